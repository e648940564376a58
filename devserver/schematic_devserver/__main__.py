"""``schematic-devserver`` / ``python -m schematic_devserver``: run the devserver in the foreground."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence

from schematic_devserver.server import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The command line of schematic-devserver."""
    parser = argparse.ArgumentParser(
        prog="schematic-devserver",
        description="Local, spec-validated, SQLite-backed Schematic API for development and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8787, help="port to listen on (default: 8787; 0 picks a free one)"
    )
    parser.add_argument("--db", default="devserver.db", help="SQLite database file (default: ./devserver.db)")
    parser.add_argument("--seed", help="YAML or JSON seed file applied at start (idempotent)")
    parser.add_argument("--secret-key", default=DEFAULT_SECRET_KEY, help="secret API key (sk_…)")
    parser.add_argument("--publishable-key", default=DEFAULT_PUBLISHABLE_KEY, help="publishable key (pk_…)")
    parser.add_argument("--hmac-secret", help="HMAC secret that signs user ids for session mints")
    parser.add_argument(
        "--require-signed-user-id",
        action="store_true",
        help="refuse session mints whose user_id is unsigned, forged or stale (needs --hmac-secret)",
    )
    parser.add_argument("--session-ttl", type=float, default=3600, help="session token lifetime in seconds")
    parser.add_argument(
        "--no-validate-responses",
        action="store_true",
        help="skip validating responses against openapi.yaml (requests are always validated)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Start the devserver and serve until SIGINT/SIGTERM."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.require_signed_user_id and not args.hmac_secret:
        print("schematic-devserver: --require-signed-user-id needs --hmac-secret", file=sys.stderr)
        return 2
    server = DevServer(
        db_path=args.db,
        seed=args.seed,
        secret_key=args.secret_key,
        publishable_key=args.publishable_key,
        hmac_secret=args.hmac_secret,
        require_signed_user_id=args.require_signed_user_id,
        session_ttl=args.session_ttl,
        host=args.host,
        port=args.port,
        validate_responses=not args.no_validate_responses,
    )
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    server.start()
    logging.getLogger("devserver").info("serving on %s (database %s)", server.url, server.db_path)
    try:
        stop.wait()
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
