"""The SDK in one short story: a plan with an entitlement, usage that uses it up, an override, local
evaluation from a streamed snapshot, an API outage, events through faults, a signed webhook, a
publishable-key session, and a clean shutdown.

    make demo                                    # embedded devserver, temporary database
    SCHEMATIC_BASE_URL=http://127.0.0.1:8787 python examples/quickstart.py   # your own devserver
"""

from __future__ import annotations

import http.server
import logging
import queue
import secrets
import threading
import time
from typing import Any

from _local import LocalApi, heading, line, local_api, timed

from schematic_ext import Schematic, UserContext, sign_user_id
from schematic_ext.webhook_utils import WebhookSignatureError, verify_signature

ALLOCATION = 3
EVENTS = 2_000


def main() -> None:
    run = secrets.token_hex(2)  # fresh names each run, so a reused database starts from zero
    flag = f"ai-reports-{run}"
    wayne = {"id": f"wayne-{run}"}
    logging.basicConfig(format="  · %(message)s")  # the SDK logs through `logging` (logger "schematic_ext")
    with local_api() as api:
        print(f"Schematic quickstart against {api.url}")
        client = Schematic(api.secret_key, base_url=api.url, flag_check_timeout=0.5)

        heading("1. A plan with an entitlement, and a company on it")
        feature = client.features.create_feature(
            name=f"AI reports {run}",
            description="Generated reports",
            feature_type="event",
            event_subtype="report-generated",
            flag={
                "key": flag,
                "name": "AI reports",
                "description": "",
                "default_value": False,
                "flag_type": "boolean",
            },
        ).data
        line("feature (event: report-generated)", f"{feature.name}, flag {flag}")
        plan = client.plans.create_plan(name=f"Starter {run}", plan_type="plan").data
        client.entitlements.create_plan_entitlement(
            plan_id=plan.id,
            feature_id=feature.id,
            value_type="numeric",
            value_numeric=ALLOCATION,
            metric_period="current_month",
        )
        line("plan entitlement", f"{plan.name}: {ALLOCATION} reports a month")
        company = client.companies.upsert_company(keys=wayne, name="Wayne Enterprises").data
        client.plans.update_company_plans(company_id=company.id, base_plan_id=plan.id, add_on_ids=[])
        line("company on the plan", f"{company.name} ({company.id})")

        heading("2. Usage rises until the allocation is used up")
        counting = Schematic(api.secret_key, base_url=api.url, cache_providers=[])  # every check asks the API
        for report in range(1, ALLOCATION + 2):
            result = counting.check_flag_with_entitlement(flag, company=wayne)
            line(f"before report {report}", f"{'on ' if result.value else 'off'}  {_usage(result)}")
            if not result.value:
                break
            counting.track("report-generated", company=wayne, quantity=1)
            counting.flush_events()

        heading("3. An override for one company")
        override = client.entitlements.create_company_override(
            company_id=company.id,
            feature_id=feature.id,
            value_type="numeric",
            value_numeric=10,
            metric_period="current_month",
            note="Pilot customer",
        ).data
        result = counting.check_flag_with_entitlement(flag, company=wayne)
        line("override: 10 a month", f"{'on ' if result.value else 'off'}  {_usage(result)}")
        line("reason", result.reason)
        counting.close()
        client.entitlements.delete_company_override(company_override_id=override.id)

        heading("4. Local evaluation: flags and rules streamed over a WebSocket")
        local = Schematic(api.secret_key, base_url=api.url, use_datastream=True, flag_check_timeout=0.5)
        banner = _banner_flag(client, run)
        first, first_ms = timed(lambda: local.check_flag(banner, company=wayne))
        line("first check (company asked for)", f"{first}  in {first_ms:.1f} ms")
        warm_us = _median_us(lambda: local.check_flag(banner, company=wayne))
        line(
            "warm check, from the snapshot", f"{local.check_flag(banner, company=wayne)}  in {warm_us:.1f} µs"
        )
        seen_ms = _rule_change_seen(client, local, banner, wayne)
        line("rule changed through the API", f"seen by the running client after {seen_ms:.1f} ms")

        heading("5. The API goes down")
        with api.outage():
            down, down_us = timed(lambda: local.check_flag(banner, company=wayne))
            line("Wayne, from the snapshot", f"{down}  in {down_us * 1000:.0f} µs")
            unseen, unseen_ms = timed(
                lambda: local.check_flag_with_entitlement(banner, company={"id": "new"})
            )
            line("a company never seen", f"{unseen.value}  in {unseen_ms:.0f} ms  ({unseen.reason})")
        local.close()

        heading("6. Events through injected faults: nothing lost")
        before = api.stats().get("events_stored", 0)
        faults = (
            {"method": "POST", "path": "/event-batch", "status": 503, "probability": 0.3, "count": None},
            {"method": "POST", "path": "/event-batch", "drop_after": True, "probability": 0.1, "count": None},
        )
        with api.faults(*faults):
            sender = Schematic(api.secret_key, base_url=api.url, event_batch_size=50)
            start = time.perf_counter()
            for i in range(EVENTS):
                sender.track("page-viewed", company=wayne, user={"id": f"u{i}"})
            sender.flush_events()
            elapsed = time.perf_counter() - start
            stats = sender.event_stats()
            sender.close()
        stored = api.stats().get("events_stored", 0) - before
        line("30 % of batches 503, 10 % dropped", f"{EVENTS:,} tracked, {stored:,} stored in {elapsed:.1f} s")
        line("events retried / dropped / failed", f"{stats.retried} / {stats.dropped} / {stats.failed}")

        heading("7. A signed webhook, received and verified")
        _webhook(client, api, wayne)

        heading("8. A publishable key with a signed user id (a client that holds no secret)")
        signed = sign_user_id(api.hmac_secret, f"bruce-{run}")  # done by your backend
        line("backend signed", f"user_id={signed['user_id']} ts={signed['user_id_ts']}")
        mints_before = api.stats().get("mints", 0)
        with Schematic(api.publishable_key, base_url=api.url, get_user=lambda: UserContext(**signed)) as app:
            line("pk_ client, Wayne, summer banner", app.check_flag(banner, company=wayne))
            app.track("report-viewed", company=wayne)
        line("session tokens minted", api.stats().get("mints", 0) - mints_before)

        heading("9. Shutdown")
        client.track("session-ended", company=wayne)
        client.close()  # delivers what is queued, then releases connections
        stats = client.event_stats()
        line(
            "events",
            f"sent {stats.sent}, retried {stats.retried}, dropped {stats.dropped}, failed {stats.failed}",
        )
        print("\nDone.")


def _usage(result: Any) -> str:
    ent = result.entitlement
    if ent is None or ent.allocation is None:
        return ""
    return f"usage {ent.usage}/{ent.allocation} ({ent.metric_period})"


def _banner_flag(client: Schematic, run: str) -> str:
    """A plain flag, off for everyone until a rule turns it on."""
    key = f"summer-banner-{run}"
    client.features.create_flag(
        key=key, name="Summer banner", description="", flag_type="boolean", default_value=False
    )
    return key


def _median_us(check: Any, calls: int = 2_000) -> float:
    samples = []
    for _ in range(calls):
        start = time.perf_counter_ns()
        check()
        samples.append((time.perf_counter_ns() - start) / 1000)
    return sorted(samples)[len(samples) // 2]


def _rule_change_seen(client: Schematic, local: Schematic, flag: str, company: dict[str, str]) -> float:
    """Milliseconds from sending a rule change to the running client answering with it."""
    flag_id = next(f.id for f in client.features.list_flags(q=flag).data if f.key == flag)
    rule = {"name": "Everyone", "priority": 1, "value": True, "conditions": [], "condition_groups": []}
    time.sleep(0.1)  # the devserver pushes at most once per 50 ms tick: start from a quiet one, as edits do
    start = time.perf_counter()
    client.features.update_flag_rules(flag_id=flag_id, rules=[rule])
    while not local.check_flag(flag, company=company):
        if time.perf_counter() - start > 5:
            raise RuntimeError("the rule change never reached the client")
        time.sleep(0.0005)
    return (time.perf_counter() - start) * 1000


def _webhook(client: Schematic, api: LocalApi, company: dict[str, str]) -> None:
    """Register a local receiver, change the company, and verify what arrives."""
    received: queue.Queue[tuple[bytes, str, str]] = queue.Queue()

    class Receiver(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            signature = self.headers.get("X-Schematic-Webhook-Signature", "")
            received.put((body, signature, self.headers.get("X-Schematic-Webhook-Timestamp", "")))
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/webhooks/schematic"
    webhook = client.webhooks.create_webhook(
        name="Local receiver", request_types=["company.updated"], url=url
    ).data
    line("webhook registered", f"company.updated -> {url}")
    client.companies.upsert_company(keys=company, traits={"seats": 42})
    try:
        body, signature, timestamp = received.get(timeout=10)
        verify_signature(body, signature, timestamp, webhook.secret)
        line("received and verified", f"{len(body)} bytes, signature {signature[:12]}…")
        try:
            verify_signature(body + b" ", signature, timestamp, webhook.secret)
        except WebhookSignatureError:
            line("the same body, tampered", "refused")
    finally:
        client.webhooks.delete_webhook(webhook_id=webhook.id)
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
