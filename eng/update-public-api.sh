#!/usr/bin/env bash
# Brings src/Mlat.Sdk/PublicAPI.Unshipped.txt in line with the code: adds symbols reported by RS0016 (public but not
# declared) and drops those reported by RS0017 (declared but gone). Review the diff: public surface is deliberate.
set -euo pipefail
cd "$(dirname "$0")/../src/Mlat.Sdk"
file=PublicAPI.Unshipped.txt
log=$(mktemp)
for _ in 1 2 3; do
  dotnet build --no-incremental -p:TreatWarningsAsErrors=false -v q 2>&1 > "$log" || true
  added=$(grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared)" "$log" | sort -u || true)
  removed=$(grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared)" "$log" | sort -u || true)
  [ -z "$added$removed" ] && break
  { grep -v '^#nullable' "$file" || true; printf '%s\n' "$added"; } | grep -v '^$' | grep -vxF -f <(printf '%s\n' "${removed:-__none__}") | sort -u > "$file.tmp"
  { echo '#nullable enable'; cat "$file.tmp"; } > "$file"; rm "$file.tmp"
done
rm -f "$log"
