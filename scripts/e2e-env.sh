#!/usr/bin/env bash
# The real-component environment for the end-to-end suite (see shared TESTING.md):
# Docker Engine, a plain and an htpasswd OCI registry, a BuildKit daemon and a docker buildx
# `remote` builder pointing at it. Everything listens on loopback or on unix sockets inside
# one state directory, each daemon with a PID file and a log, and is stopped by PID.
#
#   scripts/e2e-env.sh install        install packages / build tools that are missing
#   scripts/e2e-env.sh up             start everything, write $STATE/env
#   scripts/e2e-env.sh down           stop everything started by `up`
#   scripts/e2e-env.sh run -- CMD...  install, up, run CMD with the env, always down;
#                                     exits with CMD's status
#   scripts/e2e-env.sh status         show what is running
#
# Environment: PE_E2E_STATE (default /tmp/pe-e2e), PE_TOOLS_DIR
# (default ~/.cache/policy-engine-build/tools), PE_E2E_KEEP_DATA=1 keeps registry data on up.
set -euo pipefail

STATE="${PE_E2E_STATE:-/tmp/pe-e2e}"
TOOLS="${PE_TOOLS_DIR:-$HOME/.cache/policy-engine-build/tools}"
BUILDKIT_VERSION=v0.32.2
BUILDX_VERSION=v0.36.1
COSIGN_VERSION=v2.6.5
ORAS_VERSION=v1.3.6
BUILDER=pe-e2e
REGISTRY_USER=pe-user
# Daemons get this long to answer before we call the start a failure.
START_TIMEOUT=60

log() { printf '[e2e-env] %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

# ---------------------------------------------------------------------------------------------
# install

install_packages() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  [ -x /usr/bin/docker ] || missing+=(docker.io)
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  command -v runc >/dev/null || missing+=(runc)
  command -v curl >/dev/null || missing+=(curl)
  if [ "${#missing[@]}" -eq 0 ]; then
    log "packages: docker.io, docker-registry, apache2-utils, runc already installed"
    return
  fi
  log "packages: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # The packages would start their own services (a registry on *:5000, dockerd on
  # /var/run/docker.sock); we run private loopback instances instead. A policy-rc.d that
  # answers 101 ("action forbidden") keeps invoke-rc.d/deb-systemd-invoke from starting them.
  local policy_rc=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy_rc=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' >"$policy_rc"
    chmod +x "$policy_rc"
  fi
  local status=0
  timeout 600 apt-get update || status=$?
  if [ "$status" -eq 0 ]; then
    timeout 1200 apt-get install -y --no-install-recommends docker.io docker-registry apache2-utils runc curl || status=$?
  fi
  [ -z "$policy_rc" ] || rm -f "$policy_rc"
  [ "$status" -eq 0 ] || die "apt-get failed (status $status) installing ${missing[*]}"
  # Where systemd runs, stop anything a package started anyway.
  if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    systemctl stop docker-registry docker docker.socket 2>/dev/null || true
  fi
}

# `go install` refuses buildkit (its go.mod has exclude directives), so build inside the
# downloaded module instead. Slow (minutes on 2 cores): only done when the binary is missing.
install_buildkit() {
  if [ -x "$TOOLS/buildkitd" ] && [ -x "$TOOLS/buildctl" ]; then
    log "buildkit: $TOOLS/buildkitd present"
    return
  fi
  command -v go >/dev/null || die "Go is needed to build buildkitd/buildctl"
  log "buildkit: building buildkitd and buildctl $BUILDKIT_VERSION (takes minutes)"
  local json dir ldflags="-X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION"
  json="$(cd "$(mktemp -d)" && GOFLAGS=-mod=mod timeout 900 go mod download -json "github.com/moby/buildkit@$BUILDKIT_VERSION")"
  dir="$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' | head -n 1)"
  [ -d "$dir" ] || die "go mod download gave no module directory for buildkit: $json"
  mkdir -p "$TOOLS"
  (cd "$dir" && CGO_ENABLED=0 GOFLAGS=-mod=mod timeout 1800 go build -ldflags "$ldflags" -o "$TOOLS/buildkitd.tmp" ./cmd/buildkitd)
  (cd "$dir" && CGO_ENABLED=0 GOFLAGS=-mod=mod timeout 1800 go build -ldflags "$ldflags" -o "$TOOLS/buildctl.tmp" ./cmd/buildctl)
  mv "$TOOLS/buildkitd.tmp" "$TOOLS/buildkitd"
  mv "$TOOLS/buildctl.tmp" "$TOOLS/buildctl"
}

install_buildx() {
  if [ -x "$TOOLS/buildx" ]; then
    log "buildx: $TOOLS/buildx present"
    return
  fi
  command -v go >/dev/null || die "Go is needed to build buildx"
  log "buildx: building $BUILDX_VERSION (takes minutes)"
  local gobin
  gobin="$(mktemp -d)"
  CGO_ENABLED=0 GOBIN="$gobin" timeout 1800 go install "github.com/docker/buildx/cmd/buildx@$BUILDX_VERSION"
  mkdir -p "$TOOLS"
  mv "$gobin/buildx" "$TOOLS/buildx"
}

# install_go_tool NAME PACKAGE@VERSION: `go install` once into $TOOLS (cosign, oras: the SBOM and
# signature clients of the supply-chain tests), skipped when present.
install_go_tool() {
  local name="$1" pkg="$2"
  if [ -x "$TOOLS/$name" ]; then
    log "$name: $TOOLS/$name present"
    return
  fi
  command -v go >/dev/null || die "Go is needed to build $name"
  log "$name: building $pkg (takes minutes)"
  local gobin
  gobin="$(mktemp -d)"
  CGO_ENABLED=0 GOBIN="$gobin" GOFLAGS=-mod=mod timeout 1800 go install "$pkg"
  mkdir -p "$TOOLS"
  mv "$gobin/$name" "$TOOLS/$name"
}

cmd_install() {
  # One install at a time: .ci/run starts one in the background while lint and the unit and Go
  # tests run, and the `run` of npm test's e2e part waits for it here instead of building the
  # same tools twice.
  mkdir -p "$TOOLS"
  exec 9>"$TOOLS/.install.lock"
  flock 9
  install_packages
  install_buildkit
  install_buildx
  install_go_tool cosign "github.com/sigstore/cosign/v2/cmd/cosign@$COSIGN_VERSION"
  install_go_tool oras "oras.land/oras/cmd/oras@$ORAS_VERSION"
  flock -u 9
}

# ---------------------------------------------------------------------------------------------
# helpers for up/down

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port="$1"
  while port_in_use "$port"; do port=$((port + 1)); done
  printf '%s\n' "$port"
}

# start NAME CMD...: runs a daemon in its own session, output to $STATE/NAME.log, PID to
# $STATE/NAME.pid. `setsid` here is not a process-group leader, so it execs and $! is the daemon.
start() {
  local name="$1"
  shift
  log "starting $name: $*"
  setsid "$@" >"$STATE/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE/$name.pid"
}

alive() {
  local pid
  [ -f "$STATE/$1.pid" ] || return 1
  pid="$(cat "$STATE/$1.pid")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# wait_for NAME DESCRIPTION CMD...: polls CMD until it succeeds; fails loudly with the log tail
# if the daemon died or did not answer in time.
wait_for() {
  local name="$1" what="$2"
  shift 2
  local deadline=$(($(date +%s) + START_TIMEOUT))
  while ! "$@" >/dev/null 2>&1; do
    if ! alive "$name"; then
      tail -n 40 "$STATE/$name.log" >&2 || true
      die "$name exited while starting ($what); log: $STATE/$name.log"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      tail -n 40 "$STATE/$name.log" >&2 || true
      die "$name did not answer within ${START_TIMEOUT}s ($what); log: $STATE/$name.log"
    fi
    sleep 0.5
  done
  log "$name is up ($what)"
}

stop() {
  local name="$1" pid i
  [ -f "$STATE/$name.pid" ] || return 0
  pid="$(cat "$STATE/$name.pid")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "$name did not stop after 30s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
    fi
  fi
  rm -f "$STATE/$name.pid"
}

# The docker CLI the tests use. /usr/bin/docker (20.10, from docker.io) is what a fresh machine
# gets from apt; /usr/local/bin/docker (28.x) exists on some images. Either works with the
# buildx plugin; we take the first that does and put it first on PATH through a shim dir.
pick_docker_cli() {
  local candidate
  for candidate in /usr/bin/docker /usr/local/bin/docker; do
    [ -x "$candidate" ] || continue
    if DOCKER_CONFIG="$STATE/docker-config" timeout 30 "$candidate" buildx version >/dev/null 2>&1; then
      printf '%s\n' "$candidate"
      return
    fi
  done
  die "no docker CLI on this machine runs the buildx plugin ($STATE/docker-config/cli-plugins/docker-buildx)"
}

# True when the daemon NAME (by its PID file) is the one listening on PORT: another
# environment's registry on the same port must not pass for ours.
owns_port() {
  local name="$1" port="$2"
  command -v ss >/dev/null || return 0
  ss -ltnpH "( sport = :$port )" 2>/dev/null | grep -q "pid=$(cat "$STATE/$name.pid"),"
}

# start_registry NAME FIRST_PORT PASSWORD: starts a registry on the first free port from
# FIRST_PORT (htpasswd auth when PASSWORD is set) and sets PORT. Several environments may start
# at once (each with its own PE_E2E_STATE), so a port taken between the check and the bind is
# retried on the next one.
start_registry() {
  local name="$1" port="$2" password="$3" attempt deadline auth="" curl_auth=()
  if [ -n "$password" ]; then
    auth="$STATE/htpasswd"
    curl_auth=(-u "$REGISTRY_USER:$password")
  fi
  for attempt in 1 2 3 4 5; do
    port="$(free_port "$port")"
    write_registry_config "$STATE/$name.yml" "$port" "$STATE/$name-data" "$auth"
    start "$name" docker-registry serve "$STATE/$name.yml"
    deadline=$(($(date +%s) + START_TIMEOUT))
    while alive "$name" && [ "$(date +%s)" -lt "$deadline" ]; do
      if curl -fsS -m 5 "${curl_auth[@]}" "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && owns_port "$name" "$port"; then
        PORT="$port"
        log "$name is up on 127.0.0.1:$port"
        return
      fi
      sleep 0.3
    done
    tail -n 5 "$STATE/$name.log" >&2 || true
    stop "$name"
    log "$name did not come up on port $port (attempt $attempt); trying the next port"
    port=$((port + 1))
  done
  die "$name could not start; log: $STATE/$name.log"
}

write_registry_config() {
  local file="$1" port="$2" data="$3" auth="${4:-}"
  {
    echo "version: 0.1"
    echo "log:"
    echo "  level: info"
    echo "storage:"
    echo "  filesystem:"
    echo "    rootdirectory: $data"
    echo "  delete:"
    echo "    enabled: true"
    echo "http:"
    echo "  addr: 127.0.0.1:$port"
    echo "  secret: pe-e2e-$port"
    if [ -n "$auth" ]; then
      echo "auth:"
      echo "  htpasswd:"
      echo "    realm: pe-e2e"
      echo "    path: $auth"
    fi
  } >"$file"
}

write_buildkitd_config() {
  local snapshotter="$1"
  {
    echo "# Generated by scripts/e2e-env.sh"
    echo "[worker.oci]"
    echo "  enabled = true"
    echo "  snapshotter = \"$snapshotter\""
    echo "  binary = \"$(command -v runc)\""
    echo "[worker.containerd]"
    echo "  enabled = false"
    for port in "$REGISTRY_PORT" "$AUTH_REGISTRY_PORT"; do
      for host in 127.0.0.1 localhost; do
        echo "[registry.\"$host:$port\"]"
        echo "  http = true"
        echo "  insecure = true"
      done
    done
  } >"$STATE/buildkitd.toml"
}

buildctl_ready() { timeout 10 "$TOOLS/buildctl" --addr "unix://$STATE/buildkitd.sock" debug workers; }

# A tiny FROM-scratch build proves the snapshotter can mount (overlayfs may not work inside
# some containers/VMs; then the native snapshotter is used).
buildkit_smoke_build() {
  local ctx="$STATE/smoke"
  mkdir -p "$ctx"
  printf 'FROM scratch\nCOPY hello /hello\n' >"$ctx/Dockerfile"
  echo hello >"$ctx/hello"
  timeout 120 "$TOOLS/buildctl" --addr "unix://$STATE/buildkitd.sock" build \
    --frontend dockerfile.v0 --local context="$ctx" --local dockerfile="$ctx" \
    --output type=oci,dest="$STATE/smoke.tar" >"$STATE/smoke.log" 2>&1
}

start_buildkitd() {
  local snapshotter="$1"
  write_buildkitd_config "$snapshotter"
  start buildkitd "$TOOLS/buildkitd" --addr "unix://$STATE/buildkitd.sock" \
    --root "$STATE/buildkit-$snapshotter" --config "$STATE/buildkitd.toml"
  wait_for buildkitd "buildctl debug workers" buildctl_ready
}

# ---------------------------------------------------------------------------------------------
# up / down

cmd_up() {
  [ -x "$TOOLS/buildkitd" ] && [ -x "$TOOLS/buildx" ] || die "tools missing in $TOOLS: run '$0 install'"
  mkdir -p "$STATE"
  cmd_down_quiet
  rm -f "$STATE/env"

  local password
  password="$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"

  # Fresh registries every time: tests assert on what was (not) pushed.
  if [ "${PE_E2E_KEEP_DATA:-}" != 1 ]; then rm -rf "$STATE/registry-data" "$STATE/auth-registry-data"; fi
  mkdir -p "$STATE/registry-data" "$STATE/auth-registry-data"
  htpasswd -Bbn "$REGISTRY_USER" "$password" >"$STATE/htpasswd"
  start_registry registry 5000 ""
  REGISTRY_PORT="$PORT"
  start_registry auth-registry $((REGISTRY_PORT + 1)) "$password"
  AUTH_REGISTRY_PORT="$PORT"

  # Docker Engine: its own data/exec roots and a unix socket in the state dir; no TCP.
  mkdir -p "$STATE/docker" "$STATE/docker-exec"
  start dockerd /usr/sbin/dockerd --data-root "$STATE/docker" --exec-root "$STATE/docker-exec" \
    --pidfile "$STATE/dockerd.own.pid" --host "unix://$STATE/docker.sock" \
    --insecure-registry "127.0.0.1:$REGISTRY_PORT" --insecure-registry "127.0.0.1:$AUTH_REGISTRY_PORT"
  wait_for dockerd "docker version" \
    timeout 10 /usr/bin/docker --host "unix://$STATE/docker.sock" version

  # BuildKit: default snapshotter first, native if the smoke build cannot mount.
  start_buildkitd auto
  if ! buildkit_smoke_build; then
    log "buildkit smoke build failed with the default snapshotter; retrying with native:"
    tail -n 20 "$STATE/smoke.log" >&2 || true
    stop buildkitd
    start_buildkitd native
    buildkit_smoke_build || {
      tail -n 40 "$STATE/smoke.log" >&2
      die "buildkit cannot build even with the native snapshotter; logs: $STATE/buildkitd.log $STATE/smoke.log"
    }
  fi
  log "buildkit smoke build passed"

  # buildx as a CLI plugin in a private DOCKER_CONFIG, and a remote builder on our buildkitd.
  rm -rf "$STATE/docker-config"
  mkdir -p "$STATE/docker-config/cli-plugins" "$STATE/bin"
  ln -sf "$TOOLS/buildx" "$STATE/docker-config/cli-plugins/docker-buildx"
  local docker_cli
  docker_cli="$(pick_docker_cli)"
  ln -sf "$docker_cli" "$STATE/bin/docker"
  log "docker CLI: $docker_cli ($("$docker_cli" --version))"

  export DOCKER_HOST="unix://$STATE/docker.sock" DOCKER_CONFIG="$STATE/docker-config"
  timeout 60 "$STATE/bin/docker" buildx create --name "$BUILDER" --driver remote \
    "unix://$STATE/buildkitd.sock" --use >/dev/null
  timeout 60 "$STATE/bin/docker" buildx inspect --bootstrap "$BUILDER" >"$STATE/builder.txt" ||
    die "buildx builder $BUILDER does not answer: $(cat "$STATE/builder.txt")"
  grep -q 'linux/arm64' "$STATE/builder.txt" ||
    log "note: builder $BUILDER lists no linux/arm64 platform (fine for COPY-only builds)"

  cat >"$STATE/env" <<EOF
# Written by scripts/e2e-env.sh up: source it to talk to the e2e services.
export PE_E2E_STATE='$STATE'
export DOCKER_HOST='unix://$STATE/docker.sock'
export DOCKER_CONFIG='$STATE/docker-config'
export BUILDKIT_HOST='unix://$STATE/buildkitd.sock'
export PE_REGISTRY='127.0.0.1:$REGISTRY_PORT'
export PE_AUTH_REGISTRY='127.0.0.1:$AUTH_REGISTRY_PORT'
export PE_REGISTRY_USER='$REGISTRY_USER'
export PE_REGISTRY_PASSWORD='$password'
export PE_BUILDER='$BUILDER'
export PE_DOCKER_CLI='$docker_cli'
export PATH='$STATE/bin:$TOOLS':"\$PATH"
EOF
  log "environment ready: source $STATE/env"
}

cmd_down_quiet() {
  local name
  if [ -d "$STATE/docker-config" ] && [ -x "$STATE/bin/docker" ]; then
    DOCKER_CONFIG="$STATE/docker-config" timeout 30 "$STATE/bin/docker" buildx rm "$BUILDER" >/dev/null 2>&1 || true
  fi
  for name in buildkitd dockerd auth-registry registry; do stop "$name"; done
}

cmd_down() {
  cmd_down_quiet
  rm -f "$STATE/env"
  log "all e2e services stopped"
}

cmd_status() {
  local name
  for name in registry auth-registry dockerd buildkitd; do
    if alive "$name"; then echo "$name: running (pid $(cat "$STATE/$name.pid"))"; else echo "$name: stopped"; fi
  done
}

cmd_run() {
  [ "${1:-}" = "--" ] && shift
  [ "$#" -gt 0 ] || die "usage: $0 run -- COMMAND [ARGS...]"
  mkdir -p "$(dirname "$STATE")"
  # One environment per state dir at a time: a second `run` waits for the first.
  exec 9>"$STATE.lock"
  if ! flock -n 9; then
    log "another e2e run holds $STATE.lock: waiting (up to 45 min)"
    flock -w 2700 9 || die "timed out waiting for $STATE.lock"
  fi
  trap 'cmd_down' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  cmd_install
  cmd_up
  # shellcheck disable=SC1091
  source "$STATE/env"
  local status=0
  "$@" || status=$?
  log "command exited with status $status"
  exit "$status"
}

case "${1:-}" in
  install) cmd_install ;;
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  run)
    shift
    cmd_run "$@"
    ;;
  *)
    echo "usage: $0 install | up | down | status | run -- COMMAND [ARGS...]" >&2
    exit 2
    ;;
esac
