#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt of each shipped library (src/Mlat.Sdk, src/Mlat.Sdk.Testing; or the project folders
# given as arguments) in line with the code: adds symbols reported by RS0016 (public but not declared) and drops those
# reported by RS0017 (declared but gone). Review the diff: public surface is deliberate.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
projects=("$@")
[ ${#projects[@]} -eq 0 ] && projects=("$root/src/Mlat.Sdk" "$root/src/Mlat.Sdk.Testing")
for project in "${projects[@]}"; do
  cd "$project"
  file=PublicAPI.Unshipped.txt
  log=$(mktemp)
  for _ in 1 2 3; do
    dotnet build --no-incremental -p:TreatWarningsAsErrors=false -v q 2>&1 > "$log" || true
    # Only this project's own diagnostics (a referenced project reports into the same log).
    here="$(pwd)/"
    added=$(grep -F "$here" "$log" | grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared)" | sort -u || true)
    removed=$(grep -F "$here" "$log" | grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared)" | sort -u || true)
    [ -z "$added$removed" ] && break
    { grep -v '^#nullable' "$file" || true; printf '%s\n' "$added"; } | grep -v '^$' | grep -vxF -f <(printf '%s\n' "${removed:-__none__}") | sort -u > "$file.tmp"
    { echo '#nullable enable'; cat "$file.tmp"; } > "$file"; rm "$file.tmp"
  done
  rm -f "$log"
done
