#!/usr/bin/env bash
# Runs conformance.sql in the real sqlite3 shell, from tests/data, with the extension loaded and
# genai-prices' catalog loaded for the connection; passes when its last line is "verdict: agree".
# Usage: run_sql_conformance.sh <sqlite3> <module path without .so> <tests/data> <SANITIZE>
set -uo pipefail
shell=$1 module=$2 data=$3 sanitize=${4:-OFF}
# shellcheck source=/dev/null
source "$(dirname "$0")/../common/shell_guard.sh"
script=$(cd "$(dirname "$0")" && pwd)/conformance.sql
cd "$data" || exit 1
out=$("$shell" :memory: -cmd ".load $module" -cmd "SELECT llmcost_load_catalog('genai_prices_v2.json')" \
  <"$script" 2>&1)
status=$?
printf '%s\n' "$out"
[ $status -eq 0 ] || { echo "FAIL: sqlite3 exited with $status"; exit 1; }
[ "$(printf '%s\n' "$out" | tail -n 1)" = "verdict: agree" ] || { echo "FAIL: no agreement"; exit 1; }
