"""What the datastream tests share: REST writes, rules to write, and waiting for the stream."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

WAIT = 15.0  # generous: a deadline for the stream to deliver, never a measure of speed


def eventually(predicate: Callable[[], Any], timeout: float = WAIT) -> Any:
    """Poll `predicate` until it returns something truthy; AssertionError at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout}s: {predicate}")
        time.sleep(0.01)


class Api:
    """The REST calls the tests make on one devserver (`ids` are chosen, keys derived from them)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def _ok(self, response: httpx.Response) -> Any:
        assert response.status_code in (200, 201), response.text
        return response.json()["data"]

    def post(self, path: str, body: dict[str, Any]) -> Any:
        return self._ok(self.client.post(path, json=body))

    def put(self, path: str, body: dict[str, Any]) -> Any:
        return self._ok(self.client.put(path, json=body))

    def company(self, company_id: str, **traits: Any) -> dict[str, str]:
        keys = {"domain": f"{company_id}.test"}
        self._ok(self.client.post("/companies", json={"id": company_id, "keys": keys, "traits": traits}))
        return keys

    def user(self, user_id: str, **traits: Any) -> dict[str, str]:
        keys = {"email": f"{user_id}@test"}
        self._ok(self.client.post("/users", json={"id": user_id, "keys": keys, "traits": traits}))
        return keys

    def flag(self, key: str, *rules: dict[str, Any], default: bool = False) -> str:
        """Create the flag with these rules; its id."""
        body = {"key": key, "name": key, "description": "", "default_value": default}
        flag_id = str(self._ok(self.client.post("/flags", json=body))["id"])
        self.rules(flag_id, *rules)
        return flag_id

    def rules(self, flag_id: str, *rules: dict[str, Any]) -> None:
        self._ok(self.client.put(f"/flags/{flag_id}/rules", json={"rules": list(rules)}))

    def delete_flag(self, flag_id: str) -> None:
        self._ok(self.client.delete(f"/flags/{flag_id}"))

    def track(self, keys: dict[str, str], event: str, quantity: int) -> None:
        body = {"event": event, "company": keys, "quantity": quantity}
        self._ok(self.client.post("/events", json={"event_type": "track", "body": body}))


def cond(condition_type: str, operator: str = "eq", **fields: Any) -> dict[str, Any]:
    return {"condition_type": condition_type, "operator": operator, "resource_ids": [], **fields}


def trait(name: str, operator: str, value: str) -> dict[str, Any]:
    return cond("trait", operator, trait_id=name, trait_value=value)


def metric(event: str, operator: str, value: int) -> dict[str, Any]:
    return cond("metric", operator, event_subtype=event, metric_value=value, metric_period="all_time")


def rule(
    *conditions: dict[str, Any], value: bool = True, name: str = "rule", priority: int = 0
) -> dict[str, Any]:
    return {
        "name": name,
        "value": value,
        "priority": priority,
        "rule_type": "standard",
        "conditions": list(conditions),
        "condition_groups": [],
    }
