"""The catalog through this SDK's own generated resources: every answer parses into its typed model."""

from __future__ import annotations

from schematic_devserver import DEFAULT_SECRET_KEY, DevServer

from schematic_ext import Schematic


def test_a_plan_entitlement_credit_and_override_through_the_sdk(devserver: DevServer) -> None:
    with Schematic(DEFAULT_SECRET_KEY, base_url=devserver.url, cache_providers=[]) as client:
        company = client.companies.upsert_company(keys={"domain": "acme.test"}, name="Acme").data
        flag = {"key": "ai", "name": "AI", "description": "", "default_value": False, "flag_type": "boolean"}
        feature = client.features.create_feature(
            name="AI", description="Prompts", feature_type="event", event_subtype="prompt", flag=flag
        ).data
        assert [f.key for f in feature.flags] == ["ai"]
        tokens = client.credits.create_billing_credit(name="Tokens", description="", currency="usd").data
        pro = client.plans.create_plan(name="Pro", plan_type="plan").data
        entitlement = client.entitlements.create_plan_entitlement(
            plan_id=pro.id,
            feature_id=feature.id,
            value_type="credit",
            value_credit_id=tokens.id,
            credit_consumption_rate=2.0,
        ).data
        assert (entitlement.value_type, entitlement.consumption_rate) == ("credit", 2.0)
        detail = client.plans.update_company_plans(
            company_id=company.id, add_on_ids=[], base_plan_id=pro.id
        ).data
        assert [plan.id for plan in detail.plans] == [pro.id]
        grant = client.credits.grant_billing_credits_to_company(
            company_id=company.id, credit_id=tokens.id, quantity=4, reason="purchased"
        ).data
        assert (grant.quantity, grant.quantity_remaining) == (4, 4)
        assert client.check_flag("ai", company={"domain": "acme.test"}) is True
        client.track("prompt", company={"domain": "acme.test"}, quantity=2)
        client.flush_events()
        (balance,) = client.credits.list_company_credit_balances(company_id=company.id).data
        assert (balance.credit_id, balance.remaining, balance.total) == (tokens.id, 0, 4)
        usage = client.entitlements.get_feature_usage_by_company(keys={"domain": "acme.test"}).data
        (ai,) = usage.features
        assert (ai.access, ai.credit_remaining, ai.entitlement_type) == (False, 0, "plan_entitlement")
        assert client.check_flag("ai", company={"domain": "acme.test"}) is False
        override = client.entitlements.create_company_override(
            company_id=company.id, feature_id=feature.id, value_type="unlimited"
        ).data
        assert (
            client.entitlements.get_company_override(company_override_id=override.id).data.value_type
            == "unlimited"
        )
        assert client.check_flag("ai", company={"domain": "acme.test"}) is True
        entitlements = client.companies.get_company(company_id=company.id).data.entitlements
        assert [(e.feature_key, e.value_type) for e in entitlements] == [("ai", "unlimited")]
