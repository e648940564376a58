"""A local Schematic API: spec-validated, SQLite-backed, with fault injection (``pip install schematic-ext[devserver]``).

Run it with ``schematic-devserver`` (or ``python -m schematic_devserver``), or in-process::

    from schematic_devserver import DevServer

    with DevServer(seed="seed.yaml") as srv:
        ...  # point the SDK at srv.url with DEFAULT_SECRET_KEY

See devserver/README.md for the seed format and the control interface.
"""

from schematic_devserver.server import DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, DevServer

__all__ = ["DEFAULT_PUBLISHABLE_KEY", "DEFAULT_SECRET_KEY", "DevServer"]
