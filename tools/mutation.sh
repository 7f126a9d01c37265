#!/usr/bin/env bash
# Mutation testing of the decision core (rules, OutcomePolicy, arbitration, DecisionAssembler, serialization) with
# Stryker.NET 5.1.0 (the local tool of .config/dotnet-tools.json), configured by tests/Cpor.Rules.Tests/stryker-config.json.
# Stryker runs from the test project's folder: at the root it would see the solution and want every test project.
# Not part of CI: on 2 cores a full run takes about an hour (scores and times in docs/mutation.md).
#
#   tools/mutation.sh                       # every area in stryker-config.json
#   tools/mutation.sh Arbitration           # one area: Eligibility, Arbitration, DecisionAssembler, Decisions or Serialization
#   tools/mutation.sh Decisions             # how decisions are assembled, kept and read (DecisionAssembler, DecisionTable,
#                                           # DecisionList, SessionPlan, ClaimDecision, Finding)
#   tools/mutation.sh core                  # Eligibility, Arbitration and Decisions in one run
#   tools/mutation.sh -- --since:main       # extra arguments after -- go to dotnet stryker as they are
#
# Reports (html, json, markdown) go to artifacts/mutation/<area>/reports/; the script ends with the mutation score.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

area="all"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  area="$1"
  shift
fi
[ "${1:-}" = "--" ] && shift

mutate=()
case "$area" in
  all) ;;
  core) mutate=(--mutate "**/Eligibility/**/*.cs" --mutate "**/Arbitration/**/*.cs" --mutate "**/Evaluation/DecisionAssembler.cs" --mutate "**/Evaluation/DecisionTable.cs" --mutate "**/Evaluation/DecisionList.cs" --mutate "**/Evaluation/SessionPlan.cs" --mutate "**/Evaluation/ClaimDecision.cs" --mutate "**/Domain/Finding.cs") ;;
  Eligibility) mutate=(--mutate "**/Eligibility/**/*.cs") ;;
  Arbitration) mutate=(--mutate "**/Arbitration/**/*.cs") ;;
  DecisionAssembler) mutate=(--mutate "**/Evaluation/DecisionAssembler.cs") ;;
  Decisions) mutate=(--mutate "**/Evaluation/DecisionAssembler.cs" --mutate "**/Evaluation/DecisionTable.cs" --mutate "**/Evaluation/DecisionList.cs" --mutate "**/Evaluation/SessionPlan.cs" --mutate "**/Evaluation/ClaimDecision.cs" --mutate "**/Domain/Finding.cs") ;;
  Serialization) mutate=(--mutate "**/Serialization/**/*.cs") ;;
  *) echo "unknown area '$area' (all, core, Eligibility, Arbitration, DecisionAssembler, Decisions, Serialization)" >&2; exit 64 ;;
esac

output="$PWD/artifacts/mutation/$area"
rm -rf "$output"
mkdir -p "$output"

dotnet tool restore >/dev/null

started=$(date +%s)
# nice: the run keeps both cores busy for a long time; it should not starve anything else on the machine.
set +e
(cd tests/Cpor.Rules.Tests && nice -n 19 dotnet stryker --config-file stryker-config.json --output "$output" --skip-version-check "${mutate[@]}" "$@") \
  | tee "$output/stryker.log"
status=${PIPESTATUS[0]}
set -e
elapsed=$(( $(date +%s) - started ))

report="$output/reports/mutation-report.json"
if [ -f "$report" ]; then
  # Count the mutants by status in Stryker's JSON report (mutation-testing-report-schema); Timeout counts as detected.
  count() { { grep -o "\"status\": *\"$1\"" "$report" || true; } | wc -l | tr -d ' '; }
  killed=$(count Killed); timeout=$(count Timeout); survived=$(count Survived); nocov=$(count NoCoverage)
  ignored=$(count Ignored); errors=$(count CompileError)
  valid=$((killed + timeout + survived + nocov))
  score=$(awk -v d=$((killed + timeout)) -v v="$valid" 'BEGIN { printf "%.2f", v ? 100 * d / v : 100 }')
  echo "$area: killed $killed, timeout $timeout, survived $survived, no coverage $nocov, ignored $ignored," \
    "compile errors $errors; mutation score $score% ($((elapsed / 60)) min $((elapsed % 60)) s)"
else
  echo "no report at $report" >&2
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
