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
  libsqlite3-dev sqlite3 zsh fish
"

# Real server software that the tests start on 127.0.0.1 with their own
# configurations, to prove that Statuscope recognises the real answers.
servers="
  nginx-light apache2 libapache2-mod-php php-fpm php-cli php-mysql
  mariadb-server wordpress haproxy varnish squid lighttpd caddy trafficserver
  python3-django python3-flask node-express tomcat10 ruby-rails
"

if [ "$(id -u)" -ne 0 ]; then
  exec sudo "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive

# The servers must not start as system services on ports 80, 3128 or 3306:
# the tests start their own.  Debian asks policy-rc.d before starting one.
policy=/usr/sbin/policy-rc.d
added_policy=
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod 755 "$policy"
  added_policy=yes
fi

apt-get update -q
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $packages $servers

if [ -n "$added_policy" ]; then
  rm -f "$policy"
fi
