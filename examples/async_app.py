"""AsyncSchematic in an asyncio app (FastAPI, Starlette): flag checks and events that never block the loop."""

from __future__ import annotations

import asyncio

from _local import heading, line, local_api

from schematic_ext import AsyncSchematic

GLOBEX = {"domain": "globex.test"}


async def handle_request(client: AsyncSchematic, n: int) -> bool:
    """What a request handler does: check a flag, record usage."""
    allowed = await client.check_flag("api-access", company=GLOBEX)
    if allowed:
        await client.track("api-call", company=GLOBEX)
    return allowed


async def main() -> None:
    with local_api() as api:
        async with AsyncSchematic(api.secret_key, base_url=api.url) as client:
            heading("100 concurrent requests")
            answers = await asyncio.gather(*(handle_request(client, n) for n in range(100)))
            line("allowed", sum(answers))
            line("flag-check requests sent", api.stats()["requests"].get("checkFlag", 0))
            await client.flush_events()
            line("events delivered", client.event_stats().sent)


if __name__ == "__main__":
    asyncio.run(main())
