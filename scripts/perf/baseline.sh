#!/bin/sh
# Copy src/engine/ingest as it was at a commit into .scratch-perf/baseline (ignored by git; inside
# the checkout so that its packages resolve), with its two imports from outside the folder pointed
# back at this checkout, for scripts/perf/compare.ts:
#   sh scripts/perf/baseline.sh c5f0a6c
set -eu
commit=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$root/.scratch-perf/baseline
rm -rf "$dir" && mkdir -p "$dir"
git -C "$root" archive "$commit" src/engine/ingest | tar -x -C "$dir" --strip-components=3
sed -i "s#from '\.\./types\.ts'#from '$root/src/engine/types.ts'#; s#from '\.\./text/tinyld\.ts'#from '$root/src/engine/text/tinyld.ts'#" "$dir"/*.ts
echo "baseline of $commit in $dir"
