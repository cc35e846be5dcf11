"""Connecting to the central store: the address (DSN), TLS policy and plain-words errors.

libpq's default sslmode ("prefer") encrypts without checking who answers, and silently falls
back to plain text. A workstation sends clinical data, so the default here is verify-full: the
certificate must chain to a trusted CA and name the host. Anything weaker is refused unless the
settings relax it explicitly.
"""

from __future__ import annotations

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ..domain.i18n import tr, tr_table
from .errors import CentralRefused, CentralUnreachable, InsecureConnection, SyncError

SECURE_MODE = "verify-full"
CONNECT_TIMEOUT_S = 5


def parse(dsn: str) -> dict[str, str]:
    try:
        return {k: str(v) for k, v in conninfo_to_dict(dsn).items()}
    except psycopg.ProgrammingError as exc:
        raise SyncError(tr("sync", "The central server address is malformed ({problem}). Write "
                           "it as 'host=... dbname=... user=...' or "
                           "postgresql://user@host/dbname.", problem=first_line(exc))) from None


def prepare(dsn: str, *, allow_insecure: bool = False) -> str:
    """The DSN to connect with: verify-full unless relaxed, a short connect timeout."""
    params = parse(dsn)
    if not params.get("host") and not params.get("hostaddr"):
        raise SyncError(tr("sync", "The central server address names no host (host=...)."))
    mode = params.setdefault("sslmode", SECURE_MODE)
    if mode != SECURE_MODE and not allow_insecure:
        raise InsecureConnection(tr(
            "sync", "The central server address asks for sslmode={mode}. Clinical data leaves "
            "this workstation only over TLS with a verified certificate (sslmode={secure}). "
            "Remove sslmode from the address, or relax it explicitly in the settings "
            "(--insecure) on a test network only.", mode=mode, secure=SECURE_MODE))
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("application_name", "maestro-desktop")
    return make_conninfo(**params)


def without_password(dsn: str) -> str:
    params = parse(dsn)
    params.pop("password", None)
    return make_conninfo(**params)


def has_password(dsn: str) -> bool:
    return bool(parse(dsn).get("password"))


def describe(dsn: str) -> str:
    """host:port/dbname as user, for messages (never the password)."""
    p = parse(dsn)
    return tr("sync", "{address} as {user}",
              address=f"{p.get('host') or p.get('hostaddr')}:{p.get('port', '5432')}/"
                      f"{p.get('dbname', '?')}", user=p.get("user", "?"))


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


# (fragment(s) of libpq's or psycopg's message, error class, key of the plain words below);
# first match wins.
_CONNECT_ERRORS = (
    ("password authentication failed", CentralRefused, "password"),
    ("no password supplied", CentralRefused, "no_password"),
    (("could not translate host name", "failed to resolve host"), CentralUnreachable, "dns"),
    ("root certificate file", CentralRefused, "no_ca"),
    ("does not match host name", CentralRefused, "wrong_host"),
    ("certificate verify failed", CentralRefused, "unverified"),
    ("server does not support SSL", CentralRefused, "no_tls"),
    ("does not exist", CentralRefused, "unknown_login"),
    ("no pg_hba.conf entry", CentralRefused, "not_accepted"),
    ("timeout expired", CentralUnreachable, "timeout"),
    ("Connection refused", CentralUnreachable, "refused"),
)
_CONNECT_WORDS = tr_table("sync", {
    "password": "The central server refused the workstation's password for {user}. Ask the data "
                "manager to check the workstation's login.",
    "no_password": "The central server asks for a password and none is set for {user} (put it "
                   "in the workstation's .pgpass file, never in the address saved here).",
    "dns": "The central server name '{host}' is unknown on this network (DNS).",
    "no_ca": "The central server's certificate cannot be verified: no trusted CA certificate is "
             "installed on this workstation (sslrootcert).",
    "wrong_host": "The central server's certificate is not for '{host}': refused, as it may not "
                  "be the trial's server.",
    "unverified": "The central server's certificate could not be verified against the trusted "
                  "CA: refused, as it may not be the trial's server.",
    "no_tls": "The central server at {host} does not offer encryption (TLS); nothing was sent.",
    "unknown_login": "The central server does not know this login or database ({target}).",
    "not_accepted": "The central server does not accept connections from this workstation "
                    "({target}).",
    "timeout": "The central server at {host}:{port} did not answer in time. The events wait "
               "here.",
    "refused": "The central server at {host}:{port} is not answering (connection refused). The "
               "events wait here.",
})


def explain_connect(exc: psycopg.Error, conninfo: str) -> SyncError:
    p = parse(conninfo)
    text = str(exc)
    fields = {"user": p.get("user", "?"), "host": p.get("host") or p.get("hostaddr", "?"),
              "port": p.get("port", "5432"), "target": describe(conninfo)}
    for fragments, kind, key in _CONNECT_ERRORS:
        if any(f in text for f in ((fragments,) if isinstance(fragments, str) else fragments)):
            return kind(_CONNECT_WORDS[key].format(**fields))
    return CentralUnreachable(tr("sync", "Cannot reach the central server ({target}): "
                                 "{problem}.", target=describe(conninfo),
                                 problem=first_line(exc)))


def connect(conninfo: str) -> psycopg.Connection:
    """A connection or a SyncError. Autocommit: every write is in an explicit
    `conn.transaction()` block (one per batch), never in a transaction left open by a read."""
    try:
        return psycopg.connect(conninfo, autocommit=True)
    except psycopg.Error as exc:
        raise explain_connect(exc, conninfo) from None
