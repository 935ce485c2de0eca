#!/bin/sh
# Installs what Statuscope needs to build and test on Debian 12 (bookworm).
# The README's commands and .ci/run both use this one list.
set -eu

packages="
  gcc meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-dev-bin glib-networking
  libsoup-3.0-dev libjson-glib-dev
  openssl
"

if [ "$(id -u)" -ne 0 ]; then
  exec sudo "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $packages
