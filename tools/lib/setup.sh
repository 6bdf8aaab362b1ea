# Shared by tools/play and tools/test: installs what is missing, configures, builds.
# Sourced, not run. Everything here is idempotent and quick when nothing changed.

RESPECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Debian 12 packages the game needs to build and run. libspeechd-dev is speech-dispatcher's
# client library (LGPL) for text to speech; the speech daemon itself is the player's choice.
# libcurl (curl licence) posts completion records to a Learning Record Store when one is set.
RESPECT_BUILD_PACKAGES=(cmake ninja-build g++ pkg-config libsfml-dev libbox2d-dev
  libtinyxml2-dev nlohmann-json3-dev zlib1g-dev fonts-dejavu-core libspeechd-dev
  libcurl4-openssl-dev)
# Extra packages for the tests: Catch2, a virtual display, Graphviz for `respect graph`,
# the Tiled editor (every shipped map must open in it).
RESPECT_TEST_PACKAGES=(catch2 xvfb xauth graphviz tiled translate-toolkit)

respect_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the given Debian packages that are not installed yet (sudo when not root).
respect_install_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  respect_log "installing ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# respect_build BUILD_DIR [cmake options...]: configures once, then builds incrementally.
respect_build() {
  local dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    respect_log "configuring $dir"
    cmake -S "$RESPECT_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  fi
  respect_log "building $dir"
  local output
  # Quiet when it works; the compiler's whole output when it does not.
  if ! output=$(cmake --build "$dir" -- -j"$(nproc)" 2>&1); then
    printf '%s\n' "$output" >&2
    return 1
  fi
}
