"""Settings for Samverkan.

Every tunable is declared once here, read from the environment with a safe default
(see `.env.example`). SQLite under `var/` is the default database; set `DATABASE_URL`
for PostgreSQL. DEBUG is off unless `DEBUG=true`.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import get_random_string

from samverkan.release import code_version

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(environ.Env().str("SAMVERKAN_VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["localhost", "127.0.0.1", "[::1]"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, f"sqlite:///{VAR_DIR / 'samverkan.sqlite3'}"),
    CACHE_URL=(str, "locmemcache://"),
    MEDIA_ROOT=(str, str(VAR_DIR / "media")),
    STATIC_ROOT=(str, str(VAR_DIR / "static")),
    SECURE_COOKIES=(bool, False),
    PROXY_COUNT=(int, 0),
    LOGIN_FAILURE_LIMIT=(int, 10),
    LOGIN_COOLOFF_MINUTES=(int, 15),
    KOLADA_BASE_URL=(str, "https://api.kolada.se/v3"),
    KOLADA_REQUESTS_PER_SECOND=(float, 3.0),
    SCB_BASE_URL=(str, "https://statistikdatabasen.scb.se/api/v2"),
    SCB_REQUESTS_PER_SECOND=(float, 3.0),
    STATS_REFRESH_HOURS=(float, 24.0),
    HTTP_TIMEOUT_SECONDS=(float, 30.0),
    LOG_LEVEL=(str, "INFO"),
    SITE_URL=(str, "http://localhost:8000"),
    DEFAULT_FROM_EMAIL=(str, "Samverkan <noreply@localhost>"),
    INVITATION_DAYS=(int, 7),
)
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept in var/ (local runs)."""
    key = env.str("SECRET_KEY", default="")
    if key:
        return key
    if env.bool("REQUIRE_SECRET_KEY", default=False):
        raise ImproperlyConfigured("SECRET_KEY must be set in production (REQUIRE_SECRET_KEY=true).")
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(get_random_string(64))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

# No Django admin: every write goes through the services, which check permissions and record the change
# (the admin's writes did neither). The pages, the API and the management commands are the ways in.
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "axes",
    # Domain apps, one per part of the model (DESIGN §3).
    "core",
    "actors",
    "collaborations",
    "organize",
    "stats",
    "steer",
    "lead",
    "work",
    "api",
    "scale",  # tooling: data for the benchmarks
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RefuseNulMiddleware",  # before anything reads the path, a query, a form or a cookie
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "core.middleware.RequestIdMiddleware",
    "core.middleware.FreezeAfterWarmUpMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a refused login into the page saying when to try again
]
GC_FREEZE_AFTER_REQUESTS = env.int("GC_FREEZE_AFTER_REQUESTS", default=30)
GC_THRESHOLDS = tuple(env.list("GC_THRESHOLDS", cast=int, default=[20000, 1, 20]))  # after the freeze

ROOT_URLCONF = "samverkan.urls"
WSGI_APPLICATION = "samverkan.wsgi.application"

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
            "builtins": ["template_partials.templatetags.partials", "core.templatetags.tables"],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server and the task worker use the file at the same time.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)

CACHES = {"default": env.cache("CACHE_URL")}
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):  # one process's own memory (CACHE_URL=redis://… shares it)
    CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 5000)
# Every cache key carries the code version (RELEASE_ID, else the git commit, else the project's version and a
# digest of the code; `samverkan.release`): a deploy never reads the HTML or pickles the previous release cached.
# A prefix of the operator's own (CACHE_URL …?KEY_PREFIX=…, for a cache shared with other sites) is kept before it.
CODE_VERSION = code_version(BASE_DIR)
CACHES["default"]["KEY_PREFIX"] = ":".join(filter(None, [CACHES["default"].get("KEY_PREFIX", ""), CODE_VERSION]))
# How long a cached page part or computation is kept; any change moves its key long before (core.generations).
CACHE_FRAGMENT_SECONDS = env.int("CACHE_FRAGMENT_SECONDS", default=6 * 3600)
SESSION_ENGINE = env.str("SESSION_ENGINE", default="django.contrib.sessions.backends.db")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "actors.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login before any password is checked
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (django-axes), on the login form (DRF's tokens are not logins).
# After LOGIN_FAILURE_LIMIT failures within LOGIN_COOLOFF_MINUTES, logins are refused for that long, separately
# for the account (stops guessing one account's password from many addresses) and for the address (stops one
# address spraying a password over many accounts). The failures of a locked-out try are not counted, so the
# lock ends when it said; a success does not reset an address (an attacker's own account must not clear it).
# An attacker can thus lock a known account for 15 minutes at a time, but one address cannot lock many.
AXES_FAILURE_LIMIT = env("LOGIN_FAILURE_LIMIT")
AXES_COOLOFF_TIME = timedelta(minutes=env("LOGIN_COOLOFF_MINUTES"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = False
AXES_USERNAME_FORM_FIELD = "username"  # Django's login forms name the e-mail field so
AXES_USERNAME_CALLABLE = "actors.views.login_username"
AXES_LOCKOUT_CALLABLE = "actors.views.login_locked_out"
AXES_DISABLE_ACCESS_LOG = True  # only failures are kept (and only while they count); no log of every login
# A lock is released with `manage.py axes_reset_username EMAIL` (there is no admin).
AXES_CLIENT_IP_CALLABLE = "actors.views.client_address"
# PROXY_COUNT reverse proxies in front (README "Production") append to X-Forwarded-For and set
# X-Forwarded-Proto: the visitor's address is the one the outermost of them saw (without this every visitor
# would share the proxy's address, and one could lock out all), and the request was secure if it says https.
PROXY_COUNT = env("PROXY_COUNT")
if PROXY_COUNT:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Sign-in with the organization's own identity provider (OpenID Connect, mozilla-django-oidc), e.g. Entra ID;
# off unless OIDC_RP_CLIENT_ID is set, and then the secret and the provider's four endpoints must be too
# (README "Sign-in with the organization's account"). It never creates an account: the signed-in person's
# e-mail address must be that of an active account here (actors.oidc). The backend is last, after the
# password backends; axes' backend stays first, so a locked-out address cannot sign in this way either.
OIDC_RP_CLIENT_ID = env.str("OIDC_RP_CLIENT_ID", default="")
OIDC_BACKEND = "actors.oidc.OrganizationAccountBackend"
if OIDC_RP_CLIENT_ID:
    OIDC_RP_CLIENT_SECRET = env.str("OIDC_RP_CLIENT_SECRET")
    OIDC_OP_AUTHORIZATION_ENDPOINT = env.str("OIDC_OP_AUTHORIZATION_ENDPOINT")
    OIDC_OP_TOKEN_ENDPOINT = env.str("OIDC_OP_TOKEN_ENDPOINT")
    OIDC_OP_USER_ENDPOINT = env.str("OIDC_OP_USER_ENDPOINT")
    OIDC_OP_JWKS_ENDPOINT = env.str("OIDC_OP_JWKS_ENDPOINT")
    AUTHENTICATION_BACKENDS.append(OIDC_BACKEND)
OIDC_RP_SIGN_ALGO = "RS256"  # the provider signs its ID tokens with its key, published at the JWKS endpoint
OIDC_RP_SCOPES = "openid email profile"
OIDC_USE_PKCE = env.bool("OIDC_USE_PKCE", default=True)
OIDC_CREATE_USER = False  # an account comes from an invitation, never from a sign-in
OIDC_STORE_ACCESS_TOKEN = False  # nothing of the provider's tokens is kept after the sign-in
OIDC_STORE_ID_TOKEN = False
OIDC_TIMEOUT = env("HTTP_TIMEOUT_SECONDS")  # each call to the provider (token, userinfo, keys)
# E-mail (invitations, password reset): EMAIL_URL in django-environ's form, e.g.
# smtp+tls://user:password@smtp.example.se:587 (README "E-post"); in development the messages are printed on the
# console. SITE_URL is the address the links in them lead to.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SITE_URL = env("SITE_URL").rstrip("/")
INVITATION_DAYS = env("INVITATION_DAYS")  # an invitation link is valid this long (and used once)
PASSWORD_RESET_TIMEOUT = 24 * 3600  # a password reset link: one day (and used once: Django's token)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Swedish first, English second.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env("STATIC_ROOT")
Path(STATIC_ROOT).mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Production serves what `collectstatic` gathered; finders are only for development.
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_ROOT = env("MEDIA_ROOT")
MEDIA_URL = "media/"
# An upload larger than 2.5 MB is written to a temporary file while it arrives, in this directory of its own;
# a web process killed mid-upload leaves its file behind, and `manage.py clean_upload_temp` (run by every
# `manage.py worker` at start and then every TASK_RECOVERY_SECONDS) removes those untouched for
# UPLOAD_TEMP_MAX_AGE_HOURS. With web servers on several hosts, run it from cron on each (or share the directory).
FILE_UPLOAD_TEMP_DIR = env.str("UPLOAD_TEMP_DIR", default=str(VAR_DIR / "upload-tmp"))
Path(FILE_UPLOAD_TEMP_DIR).mkdir(parents=True, exist_ok=True)
UPLOAD_TEMP_MAX_AGE_HOURS = env.float("UPLOAD_TEMP_MAX_AGE_HOURS", default=2)

# SECURE_COOKIES=true: the site is served over HTTPS only (set PROXY_COUNT when a proxy ends TLS): secure
# cookies, a redirect from http, and HSTS telling browsers to use https for a year (`manage.py check --deploy`
# is clean with it; tests/core/test_headers.py).
SECURE_COOKIES = env("SECURE_COOKIES")
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SECURE_SSL_REDIRECT = SECURE_COOKIES
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=365 * 24 * 3600) if SECURE_COOKIES else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): scripts, styles, images and fonts only from this site, nothing inline
# (templates have no style=, <style>, inline <script> or on…= handlers; tests/core/test_headers.py checks them).
# Two pages allow inline styles, each with its reason: Redoc (api/urls.py: it builds its styles in the browser)
# and the browsable API (api/renderers.py: DRF's templates set style attributes). Scripts stay 'self' everywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # Swagger UI's icons are data: URLs
        "font-src": [SELF],
        "connect-src": [SELF],
        "worker-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        **({"upgrade-insecure-requests": True} if SECURE_COOKIES else {}),
    }
}
# Permissions-Policy: the product uses none of the browser's powerful features; no page (or embedded one) may.
PERMISSIONS_POLICY: dict[str, list[str]] = dict.fromkeys(
    [
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    ],
    [],
)

REST_FRAMEWORK = {
    # Token first: its `WWW-Authenticate` header makes a missing or invalid login a 401, not a 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer", "api.renderers.CSPBrowsableAPIRenderer"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.exceptions.json_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Samverkan API",
    "DESCRIPTION": "Collaborations in the territory: actors, parties, roles, the formal basis (agreements, "
    "adoptions, bodies, responsibilities, financing) and their history.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "api.openapi.add_error_responses"],
    "ENUM_NAME_OVERRIDES": {
        "CollaborationStatusEnum": "collaborations.choices.Status",
        "FrequencyEnum": "organize.choices.Frequency",
        "MethodEnum": "organize.choices.FinancingMethod",
        "IndicatorFrequencyEnum": "steer.choices.Frequency",
        "EvidenceMethodEnum": "steer.choices.EvidenceMethod",
        "SteerStatusEnum": "steer.choices.Status",
        "TrendEnum": "steer.choices.Trend",
        "ConflictStatusEnum": "steer.choices.ConflictStatus",
        "RoundStatusEnum": "steer.choices.RoundStatus",
        "AdoptionStatusEnum": "organize.choices.AdoptionStatus",
        "AccountInvitationStatusEnum": "actors.choices.InvitationStatus",
        "RegisterStatusEnum": "lead.choices.DecisionStatus",
        "AssignmentStatusEnum": "lead.choices.AssignmentStatus",
        "AfterProjectPlanKindEnum": "lead.choices.AfterProjectPlanKind",
        "MeetingStatusEnum": "lead.choices.MeetingStatus",
        "AttendanceStatusEnum": "lead.choices.AttendanceStatus",
        "ActivityStatusEnum": "work.choices.ActivityStatus",
        "TargetGroupKindEnum": "work.choices.TargetGroupKind",
    },
}

TASKS = {"default": {"BACKEND": env.str("TASK_BACKEND", default="django_tasks_db.DatabaseBackend")}}
# `manage.py worker` returns to the queue the tasks of killed workers (core.workers): it looks every
# TASK_RECOVERY_SECONDS; a task of a worker on another host counts as abandoned after TASK_STALE_HOURS.
TASK_RECOVERY_SECONDS = env.float("TASK_RECOVERY_SECONDS", default=30)
TASK_STALE_HOURS = env.float("TASK_STALE_HOURS", default=6)

KOLADA_BASE_URL = env("KOLADA_BASE_URL")
KOLADA_REQUESTS_PER_SECOND = env("KOLADA_REQUESTS_PER_SECOND")
SCB_BASE_URL = env("SCB_BASE_URL")
SCB_REQUESTS_PER_SECOND = env("SCB_REQUESTS_PER_SECOND")  # /config may ask for less
STATS_REFRESH_HOURS = env("STATS_REFRESH_HOURS")  # how often followed series are refreshed
HTTP_TIMEOUT_SECONDS = env("HTTP_TIMEOUT_SECONDS")
STATS_HTTP_RETRIES = env.int("STATS_HTTP_RETRIES", default=4)  # tries after the first, with backoff

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
    # django-axes tells every failed login and lock as a warning; its routine steps are not worth a line.
    "loggers": {"axes": {"level": "WARNING"}},
}

# The resolver of what a user is (organizations, collaborations, roles) for the permission gateway.
SAMVERKAN_SCOPE_RESOLVER = "collaborations.queries.resolve_scope"
# Import path of a callable returning an httpx transport for the statistics clients ("" = network).
STATS_HTTP_TRANSPORT = env.str("STATS_HTTP_TRANSPORT", default="")
