#!/usr/bin/env bash
# Runs script.sql and error.sql in the real sqlite3 shell from the module's folder (they `.load
# ./llmcost`, with `.bail on`) and compares the output exactly with expected.txt and
# expected_error.txt. Usage: run_script.sh <sqlite3> <module path without .so> <dir> <SANITIZE>
set -uo pipefail
shell=$1 module=$2 dir=$3 sanitize=${4:-OFF}
# shellcheck source=/dev/null
source "$(dirname "$0")/../../common/shell_guard.sh"
cd "$(dirname "$module")" || exit 1

out=$("$shell" :memory: <"$dir/script.sql" 2>&1)
status=$?
if ! diff -u "$dir/expected.txt" <(printf '%s\n' "$out"); then
  echo "FAIL: script.sql output differs from expected.txt (exit status $status)"
  exit 1
fi
[ $status -eq 0 ] || { echo "FAIL: script.sql exited with $status"; exit 1; }

# .bail on: the first error stops the script, and the shell exits non-zero.
err=$("$shell" :memory: <"$dir/error.sql" 2>&1)
status=$?
if ! diff -u "$dir/expected_error.txt" <(printf '%s\n' "$err"); then
  echo "FAIL: error.sql output differs from expected_error.txt"
  exit 1
fi
[ $status -ne 0 ] || { echo "FAIL: error.sql exited with 0 after an error"; exit 1; }
echo "sqlite3 shell: script.sql and error.sql as expected"
