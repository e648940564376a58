"""The SDK in one short story: companies and users, events, a flag with a trait rule and a metric rule,
usage that flips it, an API outage, a publishable-key session, and a clean shutdown.

    make demo                                    # embedded devserver, temporary database
    SCHEMATIC_BASE_URL=http://127.0.0.1:8787 python examples/quickstart.py   # your own devserver
"""

from __future__ import annotations

import logging
import secrets
import time

from _local import heading, line, local_api, timed

from schematic_ext import LocalCache, Schematic, UserContext, sign_user_id
from schematic_ext.models import EventBodyIdentifyCompany

FLAG = "ai-reports"
ALLOWANCE = 3


def main() -> None:
    run = secrets.token_hex(2)  # fresh companies each run, so usage starts at zero on a reused database
    wayne, stark = {"id": f"wayne-{run}"}, {"id": f"stark-{run}"}
    logging.basicConfig(format="  · %(message)s")  # the SDK logs through `logging` (logger "schematic_ext")
    with local_api() as api:
        print(f"Schematic quickstart against {api.url}")
        client = Schematic(api.secret_key, base_url=api.url, flag_check_timeout=0.5)

        heading("1. Companies and users")
        company = client.companies.upsert_company(
            keys=wayne, name="Wayne Enterprises", traits={"plan": "pro", "seats": 40}
        ).data
        line("upserted company", f"{company.name} ({company.id})")
        user = client.companies.upsert_user(
            keys={"email": f"bruce-{run}@wayne.test"}, name="Bruce", company=wayne, traits={"role": "owner"}
        ).data
        line("upserted user", f"{user.name} ({user.id}), member of {len(user.company_memberships)} company")

        heading("2. identify and track: queued, batched, sent in the background")
        client.identify(
            keys={"email": f"tony-{run}@stark.test"},
            name="Tony",
            company=EventBodyIdentifyCompany(keys=stark, name="Stark Industries", traits={"plan": "free"}),
            traits={"role": "owner"},
        )
        bruce = {"email": f"bruce-{run}@wayne.test"}
        _, ms = timed(lambda: client.track("dashboard-viewed", company=wayne, user=bruce))
        line("track() returned after", f"{ms * 1000:.0f} µs (nothing sent yet)")
        client.flush_events()
        line("after flush_events()", f"{client.event_stats().sent} events delivered")

        heading(f"3. A flag with a trait rule and a metric rule: {FLAG}")
        flag_id = ensure_flag(client)
        client.features.update_flag_rules(
            flag_id=flag_id,
            rules=[
                {
                    "name": f"Pro plans, up to {ALLOWANCE} reports a month",
                    "priority": 1,
                    "value": True,
                    "conditions": [
                        {
                            "condition_type": "trait",
                            "trait_id": "plan",
                            "operator": "eq",
                            "trait_value": "pro",
                            "resource_ids": [],
                        },
                        {
                            "condition_type": "metric",
                            "event_subtype": "report-generated",
                            "operator": "lt",
                            "metric_value": ALLOWANCE,
                            "metric_period": "current_month",
                            "resource_ids": [],
                        },
                    ],
                    "condition_groups": [],
                }
            ],
        )
        line("rules", f"plan = pro  AND  report-generated this month < {ALLOWANCE}")
        line("Wayne (pro plan)", client.check_flag(FLAG, company=wayne))
        line("Stark (free plan)", client.check_flag(FLAG, company=stark))

        heading("4. Usage until the metric rule flips the flag")
        counting = Schematic(api.secret_key, base_url=api.url, cache_providers=[])  # every check asks the API
        for report in range(1, ALLOWANCE + 2):
            result = counting.check_flag_with_entitlement(FLAG, company=wayne)
            ent = result.entitlement
            usage = f"usage {ent.usage}/{ent.allocation} ({ent.metric_period})" if ent else ""
            line(f"before report {report}", f"{'on ' if result.value else 'off'}  {usage}")
            if not result.value:
                break
            counting.track("report-generated", company=wayne, quantity=1)
            counting.flush_events()
        counting.close()

        heading("5. The API goes down")
        oscorp = {"id": f"oscorp-{run}"}
        client.companies.upsert_company(keys=oscorp, name="Oscorp", traits={"plan": "pro"})
        short = Schematic(api.secret_key, base_url=api.url, cache_providers=[LocalCache(1000, 200)])
        line("Oscorp (pro, no usage), API up", short.check_flag(FLAG, company=oscorp))
        time.sleep(0.3)  # the cached answer has expired; it is still remembered as the last value seen
        with api.outage():
            stale, ms1 = timed(lambda: short.check_flag_with_entitlement(FLAG, company=oscorp))
            line("Oscorp, API down", f"{stale.value}  in {ms1:.1f} ms  ({stale.reason})")
            for _ in range(3):
                short.check_flag(FLAG, company={"id": f"never-seen-{run}"})
            unseen, ms2 = timed(lambda: short.check_flag_with_entitlement(FLAG, company={"id": "new"}))
            line("a company never seen", f"{unseen.value}  in {ms2 * 1000:.0f} µs  ({unseen.reason})")
        short.close()

        heading("6. A publishable key with a signed user id (a client that holds no secret)")
        signed = sign_user_id(api.hmac_secret, f"bruce-{run}")  # done by your backend
        line("backend signed", f"user_id={signed['user_id']} ts={signed['user_id_ts']}")
        mints_before = api.stats().get("mints", 0)
        with Schematic(api.publishable_key, base_url=api.url, get_user=lambda: UserContext(**signed)) as app:
            line("pk_ client, Wayne", app.check_flag(FLAG, company=wayne))
            app.track("report-viewed", company=wayne)
        line("session tokens minted", api.stats().get("mints", 0) - mints_before)

        heading("7. Shutdown")
        client.track("session-ended", company=wayne)
        client.close()  # delivers what is queued, then releases connections
        stats = client.event_stats()
        line(
            "events",
            f"sent {stats.sent}, retried {stats.retried}, dropped {stats.dropped}, failed {stats.failed}",
        )
        print("\nDone.")


def ensure_flag(client: Schematic) -> str:
    """Create the demo flag, or reuse it when an earlier run created it on this database."""
    existing = [f for f in client.features.list_flags(q=FLAG).data if f.key == FLAG]
    if existing:
        return existing[0].id
    created = client.features.create_flag(
        key=FLAG, name="AI reports", description="Generated reports", flag_type="boolean", default_value=False
    )
    return created.data.id


if __name__ == "__main__":
    main()
