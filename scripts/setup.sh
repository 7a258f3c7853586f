#!/usr/bin/env bash
# Installs what Sabre needs to build and test on Debian/Ubuntu (compilers,
# libraries, test peers), then builds it. Run as root (or with sudo at hand);
# re-runs skip apt when every package is already installed.
set -euo pipefail

# iproute2, util-linux and mount: the silent-resolver test runs its child
# in namespaces of its own (unshare, mount --bind, ip link). libclang-rt-dev:
# clang's sanitizer and libFuzzer runtimes, for the fuzz targets.
packages=(ninja-build gcc clang libclang-rt-dev libpcre2-dev libssl-dev libidn2-dev libcriterion-dev
          libedit-dev python3 curl socat openssl lua5.4 lua-socket nodejs ca-certificates cmark-gfm
          iproute2 util-linux mount)
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

missing=()
for pkg in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]})); then
    sudo=()
    if ((EUID != 0)) && command -v sudo >/dev/null; then sudo=(sudo); fi
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
fi

ninja -C "$root"
