#!/usr/bin/env bash
# Rebuilds the vendored provider schemas (aws, random, kubernetes) from the published npm packages, whose
# versions and kept tokens are listed in infra/scripts/schemas/packages.json.
#   infra/scripts/vendor-schemas.sh          rewrite tests/Bluegreen.PulumiYaml/Schemas/vendored/<name>.json
#   infra/scripts/vendor-schemas.sh --check  rebuild into a temporary folder and list every difference (exit 1 if any)
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-write}
scripts=infra/scripts/schemas
vendored=tests/Bluegreen.PulumiYaml/Schemas/vendored
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$scripts"/*.mjs "$scripts/packages.json" "$work/"
npm install --silent --no-save --no-audit --no-fund --prefix "$work" typescript@5.9.3 >/dev/null
status=0
for name in random aws kubernetes; do
    spec=$(node -e 'const p = require(process.argv[1])[process.argv[2]]; console.log(`${p.npm}@${p.version}`)' "$PWD/$scripts/packages.json" "$name")
    mkdir -p "$work/$name"
    tarball=$(cd "$work/$name" && npm pack --silent "$spec")
    tar -xzf "$work/$name/$tarball" -C "$work/$name"
    node "$work/reconstruct.mjs" "$name" "$work/$name/package" "$work/packages.json" > "$work/$name.json"
    if [[ $mode == --check ]]; then
        echo "== $name.json ($spec)"
        node "$work/compare.mjs" "$vendored/$name.json" "$work/$name.json" || status=1
    else
        cp "$work/$name.json" "$vendored/$name.json"
        echo "wrote $vendored/$name.json from $spec"
    fi
done
exit "$status"
