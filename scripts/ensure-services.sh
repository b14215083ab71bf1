#!/usr/bin/env bash
# Starts the local PostgreSQL and Redis when they are down (see docs/architecture in README), and
# installs Debian's Chromium (and a Japanese font for its screenshots) for the browser tests
# when missing and running as root. Safe to run again and again; it changes nothing when all is there.
set -euo pipefail

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

if ! pg_up; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
pg_up || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }

if ! redis_up; then
  echo "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis_up && break; sleep 1; done
fi
redis_up || { echo "Redis is not reachable on 127.0.0.1:6379" >&2; exit 1; }

# The browser tests drive Debian's Chromium (tools that download their own browser cannot work
# here); Japanese text needs a font with Japanese glyphs.
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing chromium and fonts-ipafont-gothic for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq chromium fonts-ipafont-gothic >/dev/null
  else
    echo "browser tests need Debian's chromium and fonts-ipafont-gothic: apt-get install chromium fonts-ipafont-gothic" >&2
  fi
fi
