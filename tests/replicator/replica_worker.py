"""An SDK process in replicator mode, for the tests: one JSON command per stdin line, one JSON answer each.

``python replica_worker.py BASE_URL REDIS_URL PREFIX HEALTH_URL``; commands ``{"op": "check", "flag": …,
"company": {…}}`` and ``{"op": "stats"}``. The client is configured as schematichq code configures it
(a RedisCache per cache slot), with the import renamed.
"""

from __future__ import annotations

import json
import logging
import sys

import attrs
import redis
from schematic_devserver import DEFAULT_SECRET_KEY

from schematic_ext import DataStreamConfig, RedisCache, Schematic


def main() -> None:
    base_url, redis_url, prefix, health_url = sys.argv[1:5]
    logging.basicConfig(level=logging.INFO, format="worker %(process)d %(levelname)s %(name)s: %(message)s")
    connection = redis.Redis.from_url(redis_url)
    settings = DataStreamConfig(
        replicator_mode=True,
        replicator_health_url=health_url,
        replicator_health_check=500,
        company_cache=RedisCache(connection, prefix=prefix),
        company_lookup_cache=RedisCache(connection, prefix=prefix),
        user_cache=RedisCache(connection, prefix=prefix),
        user_lookup_cache=RedisCache(connection, prefix=prefix),
        flag_cache=RedisCache(connection, prefix=prefix),
    )
    with Schematic(DEFAULT_SECRET_KEY, base_url=base_url, use_datastream=True, datastream=settings) as client:
        client.initialize()
        print(json.dumps({"started": True}), flush=True)
        for line in sys.stdin:
            command = json.loads(line)
            if command["op"] == "check":
                result = client.check_flag_with_entitlement(
                    command["flag"], company=command.get("company"), user=command.get("user")
                )
                answer = {"value": result.value, "reason": result.reason, "company_id": result.company_id}
            else:
                answer = attrs.asdict(client.datastream_stats())
            print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
