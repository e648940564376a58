"""``schematic-replicator``: read the settings, set up logging, run until SIGTERM or SIGINT."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from .settings import SettingsError, parse_settings

__all__ = ["main"]

LOGGER = "schematic_replicator"
EXIT_BAD_SETTINGS = 2
EXIT_MISSING_EXTRA = 3


def main(argv: Sequence[str] | None = None) -> int:
    """Run the replicator; 0 after a clean shutdown, 2 for bad settings, 3 without the needed extras."""
    try:
        settings = parse_settings(sys.argv[1:] if argv is None else argv, os.environ)
    except SettingsError as exc:
        print(f"schematic-replicator: {exc}", file=sys.stderr)
        return EXIT_BAD_SETTINGS
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per listing request is noise at INFO
    logger = logging.getLogger(LOGGER)
    try:
        import redis  # noqa: F401 - checked here so a missing extra is one clear line
        import websockets  # noqa: F401
    except ImportError as exc:
        logger.error("%s: pip install 'schematic-ext[redis,datastream]'", exc)
        return EXIT_MISSING_EXTRA
    from .service import Replicator

    try:
        replicator = Replicator(settings, logger)
    except OSError as exc:  # the health port is taken, say
        logger.error("cannot start: %s", exc)
        return 1

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        logger.info("schematic-replicator: %s received", signal.Signals(signum).name)
        replicator.stop()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    replicator.run()
    return 0
