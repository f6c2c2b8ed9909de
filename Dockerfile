# syntax=docker/dockerfile:1
#
# The site's image: gunicorn serving config.wsgi with the production settings,
# static files collected and served by WhiteNoise, translations compiled.
# The same image runs the web server, the task worker, the scheduler and the
# one-shot migration (see docker-compose.yml and docs/deployment.md).
#
#   docker build -t imagomol-site .
#   docker run --env-file .env -p 8000:8000 imagomol-site

ARG PYTHON_IMAGE=python:3.11-slim

# --- builder: a virtualenv with the pinned requirements, then the code with
# its translations compiled and its static files collected. Compilers and
# gettext stay here; the final image gets only the results.
FROM ${PYTHON_IMAGE} AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential \
        gettext \
        libpq-dev \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

COPY requirements.txt /tmp/requirements.txt
RUN pip install --upgrade pip \
    && pip install -r /tmp/requirements.txt

WORKDIR /app
COPY . /app

# Production settings refuse to load without these; the values exist only for
# these two commands (neither touches the database) and are not kept.
RUN DJANGO_SETTINGS_MODULE=config.settings.production \
    SECRET_KEY=build-only-not-a-secret-build-only-not-a-secret-0000 \
    ALLOWED_HOSTS=localhost \
    BASE_URL=http://localhost \
    sh -c 'python manage.py compile_translations -v0 \
        && python manage.py collectstatic --noinput -v0' \
    && find /app -name '__pycache__' -prune -exec rm -rf {} +

# --- final: the runtime only, as an unprivileged user.
FROM ${PYTHON_IMAGE} AS final

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH="/opt/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    MEDIA_ROOT=/app/media

RUN groupadd --system --gid 1000 app \
    && useradd --system --uid 1000 --gid app --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin app

COPY --from=builder /opt/venv /opt/venv
# The code belongs to root and is read-only for the app; only media is
# writable (mount a volume there, or use object storage).
COPY --from=builder /app /app
RUN mkdir -p /app/media && chown app:app /app/media

WORKDIR /app
USER app

EXPOSE 8000

# No HEALTHCHECK here: the worker and the scheduler run this image too and
# serve nothing. docker-compose.yml checks the web service's /healthz.
# --no-control-socket: gunicorn 27's runtime control socket is not used, and
# the app user's home (/app) is read-only.
CMD ["gunicorn", "config.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-", "--no-control-socket"]
