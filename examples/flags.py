"""Flag checks: cached answers, several flags in one request, defaults, and offline mode for tests."""

from __future__ import annotations

from _local import heading, line, local_api, timed

from schematic_ext import CheckFlagOptions, Schematic

ACME = {"domain": "acme.test"}  # from schematic_devserver/seed_example.yaml; any company works


def main() -> None:
    with local_api() as api:
        client = Schematic(api.secret_key, base_url=api.url, flag_defaults={"beta-export": True})

        heading("Cached flag checks")
        _, first = timed(lambda: client.check_flag("new-dashboard", company=ACME))
        _, again = timed(lambda: client.check_flag("new-dashboard", company=ACME))
        line("first check (asks the API)", f"{first:.2f} ms")
        line("same check again (cache hit)", f"{again * 1000:.1f} µs")

        heading("Every flag for a context, in one request")
        for result in client.check_flags(company=ACME):
            line(result.flag, f"{result.value!s:<5}  {result.reason}")

        heading("Defaults when the API has no answer")
        line("unknown flag", client.check_flag("no-such-flag", company=ACME))
        line(
            "with a per-call default",
            client.check_flag("no-such-flag", options=CheckFlagOptions(default_value=True)),
        )
        line("configured flag_defaults", client.check_flag("beta-export"))
        client.close()

        heading("Offline mode (tests, CI): no network, answers from defaults")
        with Schematic("", offline=True, flag_defaults={"new-dashboard": True}) as offline:
            result = offline.check_flag_with_entitlement("new-dashboard", company=ACME)
            line("new-dashboard", f"{result.value} ({result.reason})")


if __name__ == "__main__":
    main()
