#!/usr/bin/env bash
# Whole-process time of one `mlat validate <file>` against ajv in node on the same file (issue 17 point 2): each
# command is started RUNS times, alternating, and the median wall time of each is printed with their ratio.
# Usage: benchmarks/cold-start.sh [file] [runs]   (from the repository root; node and tests/interop/node_modules needed)
# MLAT may name another mlat command (default: the ReadyToRun publish below, built if missing).
set -euo pipefail
file=${1:-samples/1.0/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json}
runs=${2:-7}
out=${MLAT_PUBLISH_DIR:-/tmp/mlat-r2r}
if [[ -z "${MLAT:-}" ]]; then
  if [[ ! -x "$out/mlat" ]]; then
    dotnet publish src/Mlat.Cli -c Release -r linux-x64 --self-contained false -o "$out" >/dev/null
  fi
  MLAT="$out/mlat"
fi
version=$(node -e 'const d=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(d.header.version)' "$file")

time_of() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

sdk=(); ajv=()
for _ in $(seq "$runs"); do
  sdk+=("$(time_of $MLAT validate "$file")")
  ajv+=("$(time_of node tests/interop/validate.mjs --release "schemas/$version" "$file")")
done
m_sdk=$(printf '%s\n' "${sdk[@]}" | median)
m_ajv=$(printf '%s\n' "${ajv[@]}" | median)
echo "mlat validate: ${sdk[*]} ms (median $m_sdk)"
echo "node + ajv:    ${ajv[*]} ms (median $m_ajv)"
awk -v a="$m_sdk" -v b="$m_ajv" 'BEGIN {printf "ratio mlat / ajv: %.2f\n", a / b}'
