"""Kutip settings. Every value comes from the environment, with defaults that run on one machine
(SQLite, a broker that needs no server). A malformed value stops start-up with its name."""

import os
import secrets
from pathlib import Path

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(environ.Env().str("KUTIP_VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else from a git-ignored file made on first start."""
    if key := env.str("SECRET_KEY", default=""):
        return key
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def _bool(name: str, default: bool) -> bool:
    # django-environ turns any unknown word into False; a typo in DEBUG should not pass silently.
    raw = env.str(name, default=str(default)).strip().lower()
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def _positive_int(name: str, default: int) -> int:
    try:
        value = env.int(name, default=default)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number") from exc
    if value <= 0:
        raise ImproperlyConfigured(f"{name} must be positive, not {value}")
    return value


SECRET_KEY = _secret_key()
DEBUG = _bool("DEBUG", False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "simple_history",
    "sources",
    "claims",
    "integrations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "integrations.api_errors.ApiMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

try:
    DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'kutip.sqlite3'}")}
except (ImproperlyConfigured, KeyError) as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is not a database URL: {exc}") from exc
if not DATABASES["default"].get("ENGINE"):
    raise ImproperlyConfigured("DATABASE_URL is not a database URL (e.g. postgres://user@host:5432/name)")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent ingests from the web process and the worker: wait for the write lock instead of
    # failing at once, and let readers go on while one writes (WAL).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
    # Tests run on a file, not in memory, so that concurrent-ingest tests lock as production does.
    # One file per test process, so parallel test runs on one checkout do not share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = env.str("TIME_ZONE", default="Asia/Jakarta")
try:
    import zoneinfo

    zoneinfo.ZoneInfo(TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
    raise ImproperlyConfigured(f"TIME_ZONE {TIME_ZONE!r} is not a known time zone") from exc
USE_I18N = True
LANGUAGES = [("en", "English"), ("id", "Bahasa Indonesia")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

# Ingestion limits: a page larger than this is refused with a clear error, not truncated.
KUTIP_MAX_INPUT_BYTES = _positive_int("KUTIP_MAX_INPUT_BYTES", 5_000_000)
# Fetching articles by URL (sources.fetching) and sending webhooks: private, loopback and
# link-local addresses are refused unless allowed (tests and a closed newsroom network).
KUTIP_FETCH_ALLOW_PRIVATE = _bool("KUTIP_FETCH_ALLOW_PRIVATE", False)
KUTIP_WEBHOOK_ALLOW_PRIVATE = _bool("KUTIP_WEBHOOK_ALLOW_PRIVATE", False)
KUTIP_FETCH_TIMEOUT = _positive_int("KUTIP_FETCH_TIMEOUT", 10)
KUTIP_WEBHOOK_TIMEOUT = _positive_int("KUTIP_WEBHOOK_TIMEOUT", 10)

# The meaning tier (claims.meaning): claims are embedded during their ingest (else by the Celery
# task that follows it) and matched by meaning (translations, paraphrases) beside the wording
# tier. Off, nothing is embedded and matching is by wording only. KUTIP_EMBED_THREADS caps the
# embedding threads.
KUTIP_MEANING = _bool("KUTIP_MEANING", True)
# Embed an article's claims during its ingest, on a thread beside the wording tier, rather than
# in the task that follows (claims.meaning.embed_ahead): the process that ingests loads the model.
KUTIP_EMBED_AT_INGEST = _bool("KUTIP_EMBED_AT_INGEST", True)
# Claims the nightly run embeds at most (newest first): a backlog, say after switching the tier
# on over an archive, is worked off over several nights. Batched on 2 cores a claim costs ~16 ms
# on a quiet machine (~26 ms on one core, 45-60 on a busy one), and searching and filing it
# ~6 ms: 10 000 is ~4 minutes quiet, up to ~10 loaded, the time the wording part of a 1M night
# leaves under 20 minutes (docs/benchmarks.md: 11 min with 500 missed claims).
KUTIP_MEANING_NIGHTLY_LIMIT = _positive_int("KUTIP_MEANING_NIGHTLY_LIMIT", 10_000)

# Celery. The default broker keeps messages in files under var/, so one machine needs no server.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = VAR_DIR / "broker"
    for _sub in ("queue", "processed", "control"):
        (_broker_dir / _sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        # Broadcast (control) messages too, else kombu writes them under the working directory.
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
elif CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
    # Redis redelivers a task a worker took and never acknowledged (acks_late: the worker died)
    # only after the visibility timeout. It must outlast the longest such task (the nightly run
    # may take 4 h), else a task still running is delivered a second time; a sweep every 10 s
    # then finds the lost ones promptly once it has passed.
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": _positive_int("KUTIP_BROKER_VISIBILITY_TIMEOUT", 5 * 60 * 60),
        "unacked_restore_interval": 10,
        "unacked_restore_throttle": 1,
    }
# Long acks_late tasks: a worker reserves one at a time, so a dead worker holds back no others.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default=f"file://{VAR_DIR / 'results'}")
if CELERY_RESULT_BACKEND.startswith("file://"):
    (VAR_DIR / "results").mkdir(parents=True, exist_ok=True)
CELERY_TASK_ALWAYS_EAGER = _bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_TIME_LIMIT = _positive_int("CELERY_TASK_TIME_LIMIT", 30 * 60)
CELERY_TASK_SOFT_TIME_LIMIT = _positive_int("CELERY_TASK_SOFT_TIME_LIMIT", 25 * 60)
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# The nightly reconciliation, in TIME_ZONE: "MINUTE HOUR" as in cron, default 02:00.
KUTIP_RECONCILE_AT = env.str("KUTIP_RECONCILE_AT", default="0 2")
try:
    _minute, _hour = KUTIP_RECONCILE_AT.split()
    CELERY_BEAT_SCHEDULE = {
        "nightly-reconciliation": {
            "task": "claims.tasks.reconcile_task",
            "schedule": crontab(minute=_minute, hour=_hour),
        }
    }
except ValueError as exc:
    raise ImproperlyConfigured(f"KUTIP_RECONCILE_AT must be 'MINUTE HOUR', not {KUTIP_RECONCILE_AT!r}") from exc

# The REST API (/api/v1/). Token auth comes first so that a request without credentials is
# answered 401 with a WWW-Authenticate header, not 403.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "integrations.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": ["integrations.parsers.BoundedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_CLASSES": ["integrations.throttling.TokenRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"token": env.str("KUTIP_API_RATE", default="600/minute")},
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "integrations.pagination.ApiCursorPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "integrations.api_errors.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Kutip API",
    "DESCRIPTION": "Claims, clusters, speakers and fact-check reviews for newsroom tools. See docs/api.md.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "ENUM_NAME_OVERRIDES": {
        "ClaimKindEnum": "claims.models.Claim.Kind",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
        "DecisionKindEnum": "claims.models.MatchDecision.Kind",
        "ArticleStatusEnum": "sources.models.Article.Status",
        "ClusterStatusEnum": "claims.models.ClaimCluster.Status",
        "ReviewStatusEnum": "claims.models.Review.Status",
        "RunStatusEnum": "claims.models.ReconciliationRun.Status",
        "JobStatusEnum": "claims.models.IngestJob.Status",
        "JobItemStatusEnum": "claims.models.IngestItem.Status",
        "SuggestionStatusEnum": "claims.models.MatchSuggestion.Status",
        "ClaimJoinedByEnum": [("wording", "wording"), ("meaning", "meaning"), ("manual", "manual")],
        "MatchJoinedByEnum": [("wording", "wording"), ("meaning", "meaning")],
        "DeliveryStatusEnum": "integrations.models.WebhookDelivery.Status",
    },
}
# Browsers on these origins may call the API (CORS); none by default.
KUTIP_API_CORS_ORIGINS = env.list("KUTIP_API_CORS_ORIGINS", default=[])
# Largest accepted API request body; larger ones are answered 413.
KUTIP_API_MAX_BODY_BYTES = _positive_int("KUTIP_API_MAX_BODY_BYTES", 2 * KUTIP_MAX_INPUT_BYTES)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
