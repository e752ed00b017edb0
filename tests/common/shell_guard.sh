# Sourced by the tests that load llmcost.so into the real sqlite3 shell, with $shell and $sanitize
# set: exits 77 (CTest's SKIP_RETURN_CODE, never a pass) when the test cannot run here.
case "${sanitize^^}" in ON | 1 | TRUE | YES)
  echo "skipped: a sanitized llmcost.so cannot load into the plain sqlite3 shell"
  exit 77 ;;
esac
if [ -z "$shell" ] || [ ! -x "$shell" ]; then
  echo "skipped: no sqlite3 shell"
  exit 77
fi
