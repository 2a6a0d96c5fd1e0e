#!/usr/bin/env bash
# The test command of the README: builds and runs every test project, then prints one plain summary line
# "N passed, N failed, N skipped" computed from the TRX result files of this run.
#   bash tests/run.sh          the fast suite: in-process tests only (everything but Category=Slow, Process, Bench, Browser)
#   bash tests/run.sh --slow   only the slow suites: tests that run the built program as processes (CLI verbs, eval
#                              gates on the blind and own sets), kills, fuzz, configuration matrix, benchmarks, browser
#   bash tests/run.sh --all    both (what .ci/run runs); further arguments go to dotnet test
set -uo pipefail
cd "$(dirname "$0")/.."

filter="Category!=Slow&Category!=Process&Category!=Bench&Category!=Browser"
case "${1:-}" in
  --all) filter=""; shift ;;
  --slow) filter="Category=Slow|Category=Process|Category=Bench|Category=Browser"; shift ;;
  --fast) shift ;;
esac
filter_args=()
if [ -n "$filter" ]; then
  filter_args=(--filter "$filter")
fi

results="${TEST_RESULTS_DIR:-$PWD/.ci/out/test-results}"
rm -rf "$results"
mkdir -p "$results"

dotnet build XinfangBot.sln --configuration Release
status=$?
# One result file per test project (named after it), so no two runs can overwrite each other's results.
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --configuration Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "${filter_args[@]}" "$@" || status=1
done

passed=0; failed=0; skipped=0; total=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$((total + $(get total)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # Skipped tests are counted in total but not in executed (TRX's notExecuted stays 0 for them).
  skipped=$((skipped + $(get total) - $(get executed)))
done

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$total" -eq 0 ]; then
  echo "no test was executed" >&2
  exit 1
fi
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
exit 0
