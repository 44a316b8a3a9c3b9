# Sourced by scripts/serve, scripts/test and scripts/bench: installs what is missing on
# a fresh Debian 12 machine (apt and npm from the lock file) and sets the environment.
# Nothing is downloaded that is already present.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export NODE_PATH=/usr/share/nodejs   # emcc's JS optimizer needs Debian's acorn

APT_PACKAGES=(cmake g++ make libgtest-dev nlohmann-json3-dev emscripten chromium clang libclang-rt-14-dev)
need_apt=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need_apt+=("$pkg")
done
if ((${#need_apt[@]})); then
  echo "setup: installing ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# npm packages from the lock file; reinstalled only when the lock file's content changed
# (a stamp of its hash, not its date: a checkout touches the date). A node_modules that is
# a symlink belongs to another checkout and is never reinstalled from here.
LOCK_STAMP="$ROOT/node_modules/.proximity-lock.sha256"
lock_hash="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
if [ -L "$ROOT/node_modules" ]; then
  [ "$(cat "$LOCK_STAMP" 2>/dev/null)" = "$lock_hash" ] ||
    echo "setup: node_modules is a link to another checkout; not reinstalling it from here" >&2
elif [ "$(cat "$LOCK_STAMP" 2>/dev/null)" != "$lock_hash" ]; then
  echo "setup: npm ci" >&2
  # npm 11 here writes lock files without entries for rollup's optional per-platform
  # packages (pulled in by workbox-build), which makes `npm ci` refuse the lock; then
  # install from the same lock file without rewriting it.
  (cd "$ROOT" && { npm ci --no-audit --no-fund --loglevel=error 2>/dev/null ||
    npm install --no-save --no-audit --no-fund --loglevel=error; })
  echo "$lock_hash" > "$LOCK_STAMP"
fi
