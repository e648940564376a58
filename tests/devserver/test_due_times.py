"""DueTimes: one loop timer for many due times, on a real event loop."""

from __future__ import annotations

import asyncio
import time

from schematic_devserver.due_times import DueTimes


def test_ids_come_due_in_order_once_and_as_last_watched() -> None:
    async def scenario() -> list[tuple[float, list[str]]]:
        fired: list[tuple[float, list[str]]] = []
        done = asyncio.Event()

        def on_due(ids: list[str]) -> None:
            fired.append((time.time(), sorted(ids)))
            if len(fired) == 2:
                done.set()

        due = DueTimes(on_due)
        due.bind(asyncio.get_running_loop())
        start = time.time()
        due.watch("a", start + 0.05)
        due.watch("b", start + 0.05)
        due.watch("c", start + 0.02)
        due.watch("c", start + 0.15)  # watched again: only the later time counts
        due.watch("d", start + 0.03)
        due.watch("d", None)  # time no longer changes it
        due.watch("e", start + 3600)
        await asyncio.wait_for(done.wait(), 5)
        assert len(due) == 1  # "e", still waiting
        due.bind(None)
        assert len(due) == 0
        return [(at - start, ids) for at, ids in fired]

    fired = asyncio.run(scenario())
    assert [ids for _, ids in fired] == [["a", "b"], ["c"]]
    assert fired[0][0] >= 0.05 and fired[1][0] >= 0.15  # never before the time (fires just after)
