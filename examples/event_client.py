"""The SegOps-style EventClient: a standalone, thread-safe batching client for product events."""

from __future__ import annotations

import threading

from _local import heading, line, local_api

from schematic_ext import Event, EventClient


def main() -> None:
    with local_api() as api:
        failures: list[int] = []
        heading("Eight threads tracking at once")
        with EventClient(
            api.url,
            api.secret_key,
            batch_size=50,
            on_error=lambda error, events: failures.append(len(events)),
        ) as events:

            def worker(n: int) -> None:
                for i in range(250):
                    events.track(user_id=f"user-{n}", event_type="page-viewed", payload={"page": i})

            threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            events.identify(user_id="user-0", traits={"plan": "pro"})
            events.track(Event(user_id="user-0", event_type="upgraded", payload={"from": "free"}))
            events.flush()  # blocks until delivered; raises ApiError if it could not be
            stats = events.stats()
        line("sent", stats.sent)
        line("in batches", stats.batches)
        line("failed or dropped", stats.failed + stats.dropped + sum(failures))


if __name__ == "__main__":
    main()
