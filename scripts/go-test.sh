#!/usr/bin/env bash
# Go checks for the engine, the example policies, the engine integration test
# and the engine load tool: go.mod/go.sum tidy (go mod tidy -diff), go vet,
# gofmt (fails on any listed file) and go test -race, module by module.
#
#   scripts/go-test.sh            # everything
#   scripts/go-test.sh engine     # only the given module folders
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "$#" -gt 0 ]; then
  modules=("$@")
else
  modules=(engine goscan)
  for d in examples/policies/*/ examples/slow-policy/ examples/engine-integration/ bench/engine-load/; do
    [ -f "$d/go.mod" ] && modules+=("${d%/}")
  done
fi

failed=()
for m in "${modules[@]}"; do
  echo "==> $m"
  if ! (
    cd "$m"
    if ! go mod tidy -diff >/dev/null; then
      echo "go.mod/go.sum are not tidy; run 'go mod tidy' in $m:" >&2
      go mod tidy -diff >&2 || true
      exit 1
    fi
    go vet ./...
    unformatted="$(gofmt -l .)"
    if [ -n "$unformatted" ]; then
      echo "gofmt: these files need 'gofmt -w':" >&2
      echo "$unformatted" >&2
      exit 1
    fi
    go test -race -count=1 -json ./... | node "$root/scripts/go-test-summary.mjs"
  ); then
    failed+=("$m")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "all Go modules passed: ${modules[*]}"
