#!/usr/bin/env bash
# Sets up a local Docker engine and the kiosk/* base images WITHOUT any image registry.
#
#   kiosk/debian-base:bookworm  debootstrap minbase rootfs, imported with `docker import`
#   kiosk/jre17:local           base + openjdk-17-jre-headless + curl
#   kiosk/nginx:local           base + nginx-light, serves /usr/share/nginx/html on :80
#   kiosk/redis:local           base + redis-server on 0.0.0.0:6379, protected-mode off
#   kiosk/postgresql:local      base + PostgreSQL 15 on 0.0.0.0:5432, user kiosk/kiosk, database kiosk
#
# Idempotent: an engine that already answers is reused (a second dockerd is never started) and an
# image is only built when it is missing. Derived images carry a label with a hash of their
# Dockerfile directory and of the base image id; they are rebuilt when that changes (Dockerfile
# edited, or base image removed and rebuilt). To refresh everything: docker rmi kiosk/debian-base:bookworm
#
# See /work/shared/notes/testcontainers-offline.md for the measured recipe behind this script.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DOCKERFILES_DIR="$SCRIPT_DIR/docker"
DEBIAN_MIRROR="http://deb.debian.org/debian"
DEBIAN_SUITE="bookworm"
DOCKERD_LOG="/tmp/kiosk-dockerd.log"
BUILD_LOG_DIR="/tmp/kiosk-docker-setup"
BASE_IMAGE="kiosk/debian-base:bookworm"
HASH_LABEL="dev.kiosk.setup-hash"

export DOCKER_BUILDKIT=0            # no buildx on these machines: use the legacy builder
export DEBIAN_FRONTEND=noninteractive

# ---------------------------------------------------------------------------------------------
# logging, timing and failure reporting

now_ns() { date +%s%N; }
secs_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
log() { printf '[docker-setup] %s\n' "$*"; }
die() { printf '[docker-setup] ERROR: %s\n' "$*" >&2; exit 1; }

SCRIPT_START="$(now_ns)"
CURRENT_STEP=""
STEP_START=""
TMP_ROOTFS=""

step_begin() { CURRENT_STEP="$1"; STEP_START="$(now_ns)"; log "$1 ..."; }
step_end() { log "$CURRENT_STEP: ${1:-done} ($(secs_since "$STEP_START") s)"; CURRENT_STEP=""; }

on_exit() {
  local rc=$?
  if [[ -n "$TMP_ROOTFS" && -d "$TMP_ROOTFS" ]]; then
    rm -rf --one-file-system "$TMP_ROOTFS" || true
  fi
  if [[ $rc -ne 0 ]]; then
    printf '[docker-setup] FAILED (exit %d)%s after %s s\n' "$rc" \
      "${CURRENT_STEP:+ during step: $CURRENT_STEP}" "$(secs_since "$SCRIPT_START")" >&2
  fi
}
trap on_exit EXIT

# Runs a command with its output sent to a log file; on failure shows the log's tail and dies.
run_logged() {
  local logfile="$1"; shift
  mkdir -p "$(dirname "$logfile")"
  if ! "$@" >"$logfile" 2>&1; then
    printf '[docker-setup] command failed: %s\n--- last lines of %s ---\n' "$*" "$logfile" >&2
    tail -n 40 "$logfile" >&2 || true
    die "see $logfile"
  fi
}

# ---------------------------------------------------------------------------------------------
# apt: refresh the package lists only when needed

APT_UPDATED=0
apt_update() {
  [[ $APT_UPDATED -eq 1 ]] && return 0
  log "running apt-get update"
  # Unreachable third-party sources make apt-get update exit non-zero although Debian's lists were
  # refreshed; the install that follows is the real test.
  apt-get update >"$BUILD_LOG_DIR/apt-update.log" 2>&1 \
    || log "apt-get update reported errors (ignored; see $BUILD_LOG_DIR/apt-update.log)"
  APT_UPDATED=1
}

apt_install() {
  [[ $EUID -eq 0 ]] || die "need root to install $* (run as root or install it yourself)"
  mkdir -p "$BUILD_LOG_DIR"
  local pkg
  for pkg in "$@"; do
    # No candidate (no or outdated lists): update first.
    # (output captured first: grep -q closing the pipe early would fail the pipeline under pipefail)
    local policy
    policy="$(apt-cache policy "$pkg" 2>/dev/null || true)"
    if [[ "$policy" != *"Candidate: "[!\(]* ]]; then apt_update; break; fi
  done
  if apt-get install -y "$@" >"$BUILD_LOG_DIR/apt-install.log" 2>&1; then return 0; fi
  if [[ $APT_UPDATED -eq 0 ]]; then
    log "apt-get install $* failed with the current package lists; updating them and retrying"
    apt_update
    apt-get install -y "$@" >"$BUILD_LOG_DIR/apt-install.log" 2>&1 && return 0
  fi
  tail -n 30 "$BUILD_LOG_DIR/apt-install.log" >&2 || true
  die "apt-get install $* failed (see $BUILD_LOG_DIR/apt-install.log)"
}

# ---------------------------------------------------------------------------------------------
# 1. the engine

docker_ok() { docker info >/dev/null 2>&1; }

step_begin "docker engine"
if docker_ok; then
  step_end "already running"
else
  if ! command -v dockerd >/dev/null 2>&1; then
    log "dockerd not installed: installing docker.io"
    apt_install docker.io
  fi
  command -v docker >/dev/null 2>&1 || die "the docker client is missing although dockerd is installed"
  if existing="$(pgrep -x dockerd)"; then
    # Never start a second engine: wait for the one that exists.
    log "dockerd already running (pid $(echo "$existing" | tr '\n' ' ')) but not answering yet; waiting for it"
  else
    log "starting dockerd (log: $DOCKERD_LOG)"
    # setsid: its own session, so that it survives the caller's process group.
    nohup setsid dockerd >"$DOCKERD_LOG" 2>&1 </dev/null &
    log "dockerd pid $!"
  fi
  ready=0
  for _ in $(seq 1 60); do
    if docker_ok; then ready=1; break; fi
    sleep 0.5
  done
  if [[ $ready -ne 1 ]]; then
    tail -n 20 "$DOCKERD_LOG" >&2 2>/dev/null || true
    die "docker engine not ready after 30 s (see $DOCKERD_LOG)"
  fi
  step_end "started"
fi
log "engine: $(docker version --format 'server {{.Server.Version}}, API {{.Server.APIVersion}}' 2>/dev/null || echo '?')"

# ---------------------------------------------------------------------------------------------
# 2. images

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }
image_label() { docker image inspect --format "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }
image_id() { docker image inspect --format '{{.Id}}' "$1"; }

# kiosk/debian-base:bookworm from a debootstrap minbase rootfs
step_begin "image $BASE_IMAGE"
if image_exists "$BASE_IMAGE"; then
  step_end "present"
else
  if ! command -v debootstrap >/dev/null 2>&1; then
    log "installing debootstrap"
    apt_install debootstrap
  fi
  TMP_ROOTFS="$(mktemp -d /var/tmp/kiosk-rootfs.XXXXXX)"
  log "debootstrap --variant=minbase $DEBIAN_SUITE (log: $BUILD_LOG_DIR/debootstrap.log)"
  run_logged "$BUILD_LOG_DIR/debootstrap.log" \
    debootstrap --variant=minbase "$DEBIAN_SUITE" "$TMP_ROOTFS" "$DEBIAN_MIRROR"
  # Keep the image small: downloaded packages and package lists are not needed.
  rm -rf "$TMP_ROOTFS"/var/cache/apt/archives/*.deb "$TMP_ROOTFS"/var/lib/apt/lists/* \
         "$TMP_ROOTFS"/var/cache/apt/*.bin "$TMP_ROOTFS"/var/log/bootstrap.log
  log "importing rootfs ($(du -sh --one-file-system "$TMP_ROOTFS" | cut -f1))"
  # Import under a temporary tag: docker import tags an image even when tar fails half-way.
  import_tag="kiosk/debian-base:importing-$$"
  if ! tar --numeric-owner -C "$TMP_ROOTFS" -c . \
       | docker import \
           --change 'ENV LANG=C.UTF-8' \
           --change 'CMD ["/bin/bash"]' \
           --message "debootstrap --variant=minbase $DEBIAN_SUITE" \
           - "$import_tag" >/dev/null; then
    docker rmi -f "$import_tag" >/dev/null 2>&1 || true
    die "tar | docker import of the rootfs failed"
  fi
  docker tag "$import_tag" "$BASE_IMAGE"
  docker rmi "$import_tag" >/dev/null
  rm -rf --one-file-system "$TMP_ROOTFS"
  TMP_ROOTFS=""
  step_end "built"
fi

# Derived images: built from scripts/docker/<dir>/Dockerfile when missing or out of date.
build_derived() {
  local name="$1" dir="$DOCKERFILES_DIR/$2"
  [[ -f "$dir/Dockerfile" ]] || die "missing $dir/Dockerfile"
  step_begin "image $name"
  local hash
  hash="$( { (cd "$dir" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); \
             image_id "$BASE_IMAGE"; } | sha256sum | cut -c1-16)"
  if image_exists "$name" && [[ "$(image_label "$name" "$HASH_LABEL")" == "$hash" ]]; then
    step_end "present"
    return 0
  fi
  image_exists "$name" && log "$name is out of date (Dockerfile or base image changed); rebuilding"
  run_logged "$BUILD_LOG_DIR/build-$2.log" \
    docker build --build-arg "BASE_IMAGE=$BASE_IMAGE" --label "$HASH_LABEL=$hash" -t "$name" "$dir"
  step_end "built"
}

build_derived kiosk/jre17:local jre17
build_derived kiosk/nginx:local nginx
build_derived kiosk/redis:local redis
build_derived kiosk/postgresql:local postgresql

# Old versions of rebuilt images are left untagged; remove those of ours (labelled) only.
dangling="$(docker images -q --filter dangling=true --filter "label=$HASH_LABEL" 2>/dev/null || true)"
if [[ -n "$dangling" ]]; then
  # shellcheck disable=SC2086
  docker rmi $dangling >/dev/null 2>&1 || true
fi

log "all done in $(secs_since "$SCRIPT_START") s"
docker images --filter 'reference=kiosk/*' --format '{{.Repository}}:{{.Tag}}\t{{.Size}}' | sed 's/^/  /' || true
