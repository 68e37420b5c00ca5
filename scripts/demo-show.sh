#!/usr/bin/env bash
# Shows the demo app answering: the HTTP headers and a JSON page of /movie through
# Apache on the demo host, and the mod_wsgi daemon processes that served it.
set -euo pipefail

port=${DEMO_PORT:-8080}
container=${DEMO_CONTAINER:-django-apache-demo}
url="http://127.0.0.1:${port}/movie?page_size=3"
headers=$(mktemp)
trap 'rm -f "$headers"' EXIT

printf '==> GET %s\n' "$url"
body=$(curl -sS --fail --retry 5 --retry-delay 1 --retry-all-errors -D "$headers" "$url")
grep -iE '^(HTTP/|Server:|Content-Type:)' "$headers"
printf '%s\n' "$body" | python3 -m json.tool
printf '\n==> Processes of the daemon process group on the demo host\n'
docker exec "$container" ps -o user:12,pid,rss,args -C apache2 | grep -E 'USER|\(wsgi:'
