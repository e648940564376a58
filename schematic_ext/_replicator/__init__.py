"""``schematic-replicator``: one datastream connection kept in Redis for processes in replicator mode
(README: "Replicator mode"). Needs ``pip install 'schematic-ext[redis,datastream]'``.

`settings` reads the flags and environment, `keys` is the Redis layout (shared with the readers in
`schematic_ext._datastream.replica`), `mirror` the snapshot that reports changes, `writer` converges Redis
to it, `health` serves ``GET /ready``, `service` ties them together and `cli` is the entry point.
"""

from __future__ import annotations
