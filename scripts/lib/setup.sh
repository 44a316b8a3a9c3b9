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

# npm packages from the lock file; reinstalled only when the lock file changed.
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
   [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  echo "setup: npm ci" >&2
  # npm 11 here writes lock files without entries for rollup's optional per-platform
  # packages (pulled in by workbox-build), which makes `npm ci` refuse the lock; then
  # install from the same lock file without rewriting it.
  (cd "$ROOT" && { npm ci --no-audit --no-fund --loglevel=error 2>/dev/null ||
    npm install --no-save --no-audit --no-fund --loglevel=error; })
fi
