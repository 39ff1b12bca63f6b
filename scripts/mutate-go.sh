#!/usr/bin/env bash
# Mutation testing of the Go code (npm run mutate:go): go-gremlins over the engine's packages
# and goscan, one package at a time, each mutant tested by that package's own tests. Not part
# of npm test (it runs the tests once per mutant). Efficacy = killed / (killed + lived).
#
#   scripts/mutate-go.sh                      # every package below
#   scripts/mutate-go.sh engine/internal/registry
#
# gremlins is built once into the tools folder (like buildx); reports go to reports/mutation/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${PE_TOOLS_DIR:-$HOME/.cache/policy-engine-build/tools}"
gremlins="$tools/gremlins"
if [ ! -x "$gremlins" ]; then
  mkdir -p "$tools"
  (cd "$(mktemp -d)" && GOBIN="$tools" GOFLAGS=-mod=mod go install github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0)
fi
mkdir -p "$root/reports/mutation"
if [ "$#" -gt 0 ]; then
  packages=("$@")
else
  packages=(engine/internal/registry engine/internal/metrics engine/internal/memlimit
    engine/internal/buildinfo engine/internal/cli engine/internal/server goscan)
fi
summary=()
for pkg in "${packages[@]}"; do
  name="${pkg//\//-}"
  report="$root/reports/mutation/go-$name.json"
  echo "==> $pkg"
  # gremlins runs from the module root, with the package as its path.
  module="$root/$pkg"
  while [ ! -f "$module/go.mod" ]; do module="$(dirname "$module")"; done
  rel="$(realpath --relative-to="$module" "$root/$pkg")"
  # -count=1: with `go test -cover` already in Go's test cache, gremlins would time a
  # near-zero baseline and report every mutant as timed out.
  (cd "$module" && GOFLAGS="${GOFLAGS:+$GOFLAGS }-count=1" "$gremlins" unleash --workers 1 --timeout-coefficient 3 --output "$report" "./$rel") || true
  if [ -f "$report" ]; then
    summary+=("$(node -e '
      const r = require(process.argv[1]);
      const k = r.mutants_killed ?? 0, l = r.mutants_lived ?? 0;
      const e = k + l ? (100 * k / (k + l)).toFixed(1) : "n/a";
      console.log(`${process.argv[2]}: ${k} killed, ${l} lived, efficacy ${e}%`)' "$report" "$pkg")")
  fi
done
echo
printf '%s\n' "${summary[@]}"
