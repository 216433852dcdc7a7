#!/usr/bin/env bash
# Runs an afl++ campaign over one fuzz target of fuzz/Mlat.Sdk.Fuzz (docs/security.md, "Fuzzing").
#   eng/fuzz.sh <target> <seconds>     fuzz, then minimise the queue into tests/fuzz-corpus/<target>/
#   eng/fuzz.sh all <seconds-each>     every target in turn (one afl-fuzz at a time)
# Needs afl++ (Debian: apt-get install afl++) and the SharpFuzz.CommandLine dotnet tool (installed here, version 2.3.0).
# Work files go to $MLAT_FUZZ_OUT (default .fuzz/ in the repository); a summary line per target is appended to
# $MLAT_FUZZ_OUT/summary.tsv: target, seconds, execs_done, corpus_count (paths), saved_crashes, saved_hangs, minimised.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# afl-cmin refuses to work under /tmp, hence a folder in the repository (ignored by git).
out="${MLAT_FUZZ_OUT:-$root/.fuzz}"
targets=(strict jws-header jwe trust-list capabilities verify)
[[ $# -eq 2 ]] || { echo "usage: eng/fuzz.sh <target|all> <seconds>" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }

# afl-cmin keeps the smallest inputs that together reach every path of the queue; it needs the full path of dotnet.
minimise() {
  local target="$1" work="$out/$1"
  rm -rf "$work/min"
  AFL_SKIP_BIN_CHECK=1 MLAT_REPO="$root" afl-cmin -i "$work/findings/default/queue" -o "$work/min" -t 10000 -m none -- "$(command -v dotnet)" "$out/bin/Mlat.Sdk.Fuzz.dll" "$target" > "$work/cmin.log" 2>&1 || true
  (find "$work/min" -type f 2>/dev/null || true) | wc -l
}

build() {
  mkdir -p "$out"
  rm -rf "$out/bin" "$out/plain"
  dotnet publish "$root/fuzz/Mlat.Sdk.Fuzz" -c Release -o "$out/bin" -v q --nologo >/dev/null
  # An uninstrumented copy writes the seeds: instrumented code runs only under afl-fuzz.
  cp -r "$out/bin" "$out/plain"
  [[ -x "$out/tools/sharpfuzz" ]] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$out/tools" >/dev/null
  # Only the SDK is instrumented: coverage of the BCL and of the harness would be noise.
  "$out/tools/sharpfuzz" "$out/bin/Mlat.Sdk.dll"
}

campaign() {
  local target="$1" seconds="$2" work="$out/$1"
  rm -rf "$work"; mkdir -p "$work/in"
  MLAT_REPO="$root" dotnet "$out/plain/Mlat.Sdk.Fuzz.dll" seed "$target" "$work/in"
  if [[ -d "$root/tests/fuzz-corpus/$target" ]]; then cp "$root/tests/fuzz-corpus/$target/"* "$work/in/" 2>/dev/null || true; fi
  export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 MLAT_REPO="$root"
  # -V ends the run cleanly after the given time; timeout is the backstop. -t: one input may take 10 s under load.
  timeout $((seconds + 120)) afl-fuzz -V "$seconds" -t 10000 -m none -i "$work/in" -o "$work/findings" -- dotnet "$out/bin/Mlat.Sdk.Fuzz.dll" "$target" \
    > "$work/afl.log" 2>&1 || true
  local stats="$work/findings/default/fuzzer_stats"
  local execs paths crashes hangs
  execs=$(awk -F' : ' '/^execs_done/{print $2}' "$stats" 2>/dev/null || echo "?")
  paths=$(awk -F' : ' '/^corpus_count/{print $2}' "$stats" 2>/dev/null || echo "?")
  crashes=$(awk -F' : ' '/^saved_crashes/{print $2}' "$stats" 2>/dev/null || echo "?")
  hangs=$(awk -F' : ' '/^saved_hangs/{print $2}' "$stats" 2>/dev/null || echo "?")
  local minimised; minimised=$(minimise "$target")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$seconds" "$execs" "$paths" "$crashes" "$hangs" "$minimised" "$(date -u +%FT%TZ)" >> "$out/summary.tsv"
}

if [[ "${MLAT_FUZZ_MINIMISE_ONLY:-}" == 1 ]]; then
  # Minimise the queues of an earlier campaign again (the binaries in $out/bin are reused).
  for t in $([[ "$1" == all ]] && echo "${targets[@]}" || echo "$1"); do echo "$t $(minimise "$t")"; done
  exit 0
fi

build
if [[ "$1" == all ]]; then
  for t in "${targets[@]}"; do campaign "$t" "$2"; done
else
  campaign "$1" "$2"
fi
