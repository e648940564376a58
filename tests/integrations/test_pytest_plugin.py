"""The pytest plugin, as an app's own test suite uses it (pytester runs those suites in-process)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def quiet_ini(pytester: pytest.Pytester) -> None:
    """The inner runs' settings, as an app would have them (and no pytest-asyncio deprecation noise)."""
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")


def test_the_plugin_is_registered_through_its_entry_point(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--fixtures")
    result.stdout.fnmatch_lines(["*schematic_client*", "*schematic_devserver*"])


def test_a_client_with_flags_set_per_test_opens_no_socket(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import socket

        import pytest


        @pytest.fixture(autouse=True)
        def no_network(monkeypatch):
            def refuse(*args, **kwargs):
                raise AssertionError("a socket was opened")
            monkeypatch.setattr(socket.socket, "connect", refuse)


        def test_flags(schematic_client):
            client = schematic_client(flags={"new-dashboard": True})
            assert client.check_flag("new-dashboard", company={"id": "acme"}) is True
            assert client.check_flag("anything-else") is False
            client.set_flag("new-dashboard", False)
            assert client.check_flag("new-dashboard") is False


        def test_another_test_gets_its_own_flags(schematic_client):
            assert schematic_client().check_flag("new-dashboard") is False
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_assertions_on_what_was_tracked_and_identified(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest


        def export_report(client, company_id):
            client.identify({"user_id": "ada"}, company={"keys": {"id": company_id}}, traits={"plan": "pro"})
            client.track("report-exported", company={"id": company_id}, quantity=2)


        def test_recorded(schematic_client):
            client = schematic_client()
            export_report(client, "acme")
            client.assert_tracked("report-exported", company={"id": "acme"}, quantity=2, times=1)
            client.assert_identified({"user_id": "ada"}, traits={"plan": "pro"})
            client.assert_not_tracked("login")


        def test_a_wrong_expectation_says_what_was_seen(schematic_client):
            client = schematic_client()
            export_report(client, "acme")
            with pytest.raises(AssertionError, match="found 0; tracked: .*report-exported"):
                client.assert_tracked("report-exported", company={"id": "globex"})


        def test_bad_input_still_fails_at_the_call_site(schematic_client):
            with pytest.raises(ValueError, match="event"):
                schematic_client().track("")
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_the_async_client_records_too(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import asyncio

        from schematic_ext.testing import RecordingAsyncSchematic


        def test_async():
            async def run():
                client = RecordingAsyncSchematic(flags={"beta": True})
                assert await client.check_flag("beta") is True
                await client.track("clicked", user={"user_id": "ada"})
                await client.aclose()
                return client

            client = asyncio.run(run())
            client.assert_tracked("clicked", user={"user_id": "ada"})
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_a_seeded_devserver_per_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        from schematic_ext import Schematic

        SEED = {"flags": [{"key": "beta", "name": "Beta", "default_value": True}]}


        @pytest.mark.schematic_seed(SEED)
        def test_marker_seed(schematic_devserver):
            with Schematic("sk_test_devserver", base_url=schematic_devserver.url) as client:
                assert client.check_flag("beta") is True
                assert client.check_flag_with_entitlement("beta").reason != "flag not found"


        def test_unseeded(schematic_devserver):
            with Schematic("sk_test_devserver", base_url=schematic_devserver.url) as client:
                assert client.check_flag_with_entitlement("beta").reason == "flag not found"
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_the_seed_fixture_can_be_overridden_in_a_conftest(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest


        @pytest.fixture
        def schematic_seed():
            return {"companies": [{"keys": {"id": "acme"}, "name": "Acme", "traits": {}}]}
        """
    )
    pytester.makepyfile(
        """
        import httpx


        def test_company(schematic_devserver):
            headers = {"X-Schematic-Api-Key": "sk_test_devserver"}
            response = httpx.get(f"{schematic_devserver.url}/companies", headers=headers)
            assert [company["name"] for company in response.json()["data"]] == ["Acme"]
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
