#!/usr/bin/env bash
# Runs the web server, the task worker and the scheduled-publishing loop
# together; Ctrl-C (or any one of them dying) stops all three.
set -euo pipefail
host="${1:-127.0.0.1}"
port="${2:-8000}"
manage=".venv/bin/python manage.py"

pids=()
stop() {
    trap - INT TERM EXIT
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop INT TERM EXIT

$manage db_worker --queue-name '*' &
pids+=($!)
(
    while true; do
        $manage publish_scheduled >/dev/null 2>&1 || echo "publish_scheduled failed" >&2
        sleep 60
    done
) &
pids+=($!)
echo "Site on http://$host:$port/ (admin: http://$host:$port/admin/). Ctrl-C stops the server, the worker and the scheduler."
$manage runserver "$host:$port" &
pids+=($!)
wait -n
