#!/usr/bin/env bash
# Smoke run of every benchmark: BenchmarkDotNet's dry job (one launch, one iteration), in process, at the smallest sizes.
# Proves the benchmarks still compile, set up (including the check that each baseline agrees with the rules) and run;
# exits non-zero when one fails. Not a measurement: the real runs are in docs/benchmarks.md and stay out of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANCS_BENCH_SMOKE=1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if dotnet run -c Release --project benchmarks/Lancs.Scoring.Benchmarks -- \
    --filter '*' --job dry --inProcess --artifacts "$out" > "$out/log.txt" 2>&1; then
  echo "benchmarks: smoke run passed ($(grep -o 'executed benchmarks: [0-9]*' "$out/log.txt" | tail -1))"
else
  grep -E 'rror|xception|failed' "$out/log.txt" | head -20 >&2
  echo "benchmarks: smoke run failed" >&2
  exit 1
fi
# The paired runner (docs/benchmarks.md, "Paired runs") on small sizes: it sets each benchmark up, agreement check included,
# and runs one counted pair.
for kind in register kpi complaints; do
  if ! dotnet benchmarks/Lancs.Scoring.Benchmarks/bin/Release/net10.0/Lancs.Scoring.Benchmarks.dll --paired "$kind" 2000 1 > "$out/paired.txt" 2>&1 \
      || ! grep -q 'time ratio per pair' "$out/paired.txt"; then
    cat "$out/paired.txt" >&2
    echo "benchmarks: paired run of $kind failed" >&2
    exit 1
  fi
done
echo "benchmarks: paired runs passed (register, kpi, complaints)"
