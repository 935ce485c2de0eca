#!/bin/sh
# Installs what Statuscope needs to build and test on Debian 12 (bookworm).
# The README's commands and .ci/run both use this one list.
set -eu

packages="
  gcc meson ninja-build pkg-config gettext python3
  libglib2.0-dev libglib2.0-dev-bin glib-networking
  libsoup-3.0-dev libjson-glib-dev
  libgtk-4-dev libadwaita-1-dev libgtk-4-bin
  openssl desktop-file-utils appstream flatpak-builder valgrind
  clang libclang-rt-14-dev
  xvfb xauth dbus-daemon at-spi2-core adwaita-icon-theme fonts-cantarell
"

if [ "$(id -u)" -ne 0 ]; then
  exec sudo "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $packages
