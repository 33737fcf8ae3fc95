#!/bin/bash
# The AOT cache's training run: starts Paddock as the image runs it (processed ahead of time)
# on a throwaway database, asks for what a first visitor gets (the sign-in page, its
# stylesheet, a redirect, the health probe), then stops it. On exit the JVM writes what it
# loaded, linked and profiled into the cache.
# Usage: train-aot-cache.sh <paddock.jar> <cache file>
set -euo pipefail
jar=$1
cache=$2
port=8099
cd "$(mktemp -d)"
java -Dspring.aot.enabled=true -XX:AOTCacheOutput="$cache" -jar "$jar" --server.port=$port --spring.main.banner-mode=off &
app=$!

get() {
	exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
	printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
	cat <&3 >/dev/null
	exec 3<&-
}

for _ in $(seq 1 600); do
	get /login 2>/dev/null && break
	kill -0 $app
	sleep 0.2
done
for _ in $(seq 1 50); do
	get /login
	get /css/paddock.css
	get /workspaces
	get /actuator/health/readiness
done
kill -TERM $app
wait $app || true
test -s "$cache"
rm -rf "$PWD"
