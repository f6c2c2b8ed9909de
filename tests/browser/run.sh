#!/usr/bin/env bash
# The browser suite (`make test-browser`): Playwright driving the system
# Chromium, with axe-core from npm, against the real site.
#
# Unless BROWSER_BASE_URL names a running site already, it builds a fresh
# SQLite database in a temporary directory (migrate, compile_translations,
# seed_demo, collectstatic), serves it with gunicorn and the production
# settings (DEBUG off) on a free port, runs the tests and stops the server
# whatever happens. Extra arguments go to pytest (e.g. -k skip_link -x).
set -euo pipefail
cd "$(dirname "$0")/../.."

bin="${VENV_BIN:-.venv/bin}"
python="$bin/python"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ ! -x "$chromium" ]; then
    echo "run.sh: $chromium is missing: apt-get install -y chromium" >&2
    exit 2
fi

# axe-core, at the version package-lock.json pins (npm is skipped when
# node_modules already holds that version).
if [ -f package-lock.json ]; then
    wanted="$(node -p 'require("./package-lock.json").packages["node_modules/axe-core"].version')"
    present="$(node -p 'require("./node_modules/axe-core/package.json").version' 2>/dev/null || true)"
    if [ "$wanted" != "$present" ]; then
        npm ci --no-audit --no-fund --loglevel=error
    fi
else
    npm install --no-audit --no-fund --loglevel=error
fi

server_pid=""
tests_pid=""
workdir=""
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [ -n "$tests_pid" ] && kill -0 "$tests_pid" 2>/dev/null; then
        kill -TERM "$tests_pid" 2>/dev/null || true
        wait "$tests_pid" 2>/dev/null || true
    fi
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ -n "$workdir" ]; then
        if [ "$status" -ne 0 ] && [ -s "$workdir/server.log" ]; then
            echo "--- server log (last 40 lines) ---" >&2
            tail -n 40 "$workdir/server.log" >&2
        fi
        rm -rf "$workdir"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -z "${BROWSER_BASE_URL:-}" ]; then
    workdir="$(mktemp -d "${TMPDIR:-/tmp}/browser-tests.XXXXXX")"
    port="${BROWSER_PORT:-$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
    export DJANGO_SETTINGS_MODULE=tests.browser.settings
    # Only what is set here: a developer's .env must not leak into the run.
    export DJANGO_IGNORE_DOTENV=1
    unset REDIS_URL EMAIL_URL
    SECRET_KEY="$("$python" -c 'import secrets; print(secrets.token_urlsafe(50))')"
    export SECRET_KEY
    export ALLOWED_HOSTS="127.0.0.1,localhost"
    export BASE_URL="http://127.0.0.1:$port"
    export SECURE_SSL_REDIRECT=false
    export SECURE_HSTS_SECONDS=0
    export DATABASE_URL="sqlite:///$workdir/db.sqlite3"
    export MEDIA_ROOT="$workdir/media"
    # No web server in front: Django serves the uploaded images itself.
    export SERVE_MEDIA=true
    export BROWSER_STATIC_ROOT="$workdir/static"
    export LOG_LEVEL=WARNING

    echo "run.sh: building the demo site in $workdir"
    # As `make seed` does: tasks raised while building (search index,
    # references) run at once; the server itself queues them as in production.
    TASKS_BACKEND=immediate "$python" manage.py migrate --noinput -v0
    "$python" manage.py compile_translations -v0
    TASKS_BACKEND=immediate "$python" manage.py seed_demo >"$workdir/seed.log" 2>&1 || {
        cat "$workdir/seed.log" >&2
        exit 1
    }
    "$python" manage.py collectstatic --noinput -v0

    "$bin/gunicorn" config.wsgi --bind "127.0.0.1:$port" --workers 2 --no-control-socket \
        --access-logfile "$workdir/access.log" --error-logfile "$workdir/server.log" \
        --capture-output &
    server_pid=$!
    export BROWSER_BASE_URL="http://127.0.0.1:$port"
    healthy() {
        "$python" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
            "$BROWSER_BASE_URL/healthz" 2>/dev/null
    }
    for _ in $(seq 1 60); do
        if healthy; then
            break
        fi
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "run.sh: the server exited before answering /healthz" >&2
            exit 1
        fi
        sleep 0.5
    done
    healthy || {
        echo "run.sh: $BROWSER_BASE_URL/healthz did not answer within 30 s" >&2
        exit 1
    }
    echo "run.sh: serving on $BROWSER_BASE_URL (gunicorn, production settings)"
fi

# pyproject's addopts skip tests/browser in `make test`; reset them here. The
# browser tests need neither Django in the test process nor tests/conftest.py.
# pytest runs in the background so that a signal to this script stops it and
# the server at once instead of after the last test.
"$python" -m pytest tests/browser -o addopts="" --strict-markers -q \
    -p no:cacheprovider -p no:django --confcutdir=tests/browser \
    -W ignore::pytest.PytestConfigWarning -m browser "$@" </dev/null &
tests_pid=$!
wait "$tests_pid"
