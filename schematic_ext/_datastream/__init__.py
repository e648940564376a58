"""Local flag evaluation: one WebSocket per client streams flags, companies and users into a snapshot
that `schematic_ext._rules` evaluates in process (README: "Local evaluation").

`protocol` reads and writes the frames, `merge` applies partial updates, `store` holds the snapshot,
`connection` keeps the socket on a background thread, and `checks` answers flag checks from it.
"""

from __future__ import annotations
