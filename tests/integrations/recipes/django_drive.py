"""Run in a fresh interpreter next to README's Django recipe: serve requests with django.test.Client,
then run the gunicorn `worker_exit` hook of the recipe, and print what happened as JSON."""

from __future__ import annotations

import json
import os
import runpy
import time

import django

os.environ["DJANGO_SETTINGS_MODULE"] = "django_settings"
django.setup()

from django.apps import apps  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

setup_test_environment()
browser = Client()
schematic = apps.get_app_config("api").schematic
started = time.monotonic()
responses = {
    "acme.test": [browser.get("/companies/acme.test/search") for _ in range(3)],
    "initech.test": [browser.get("/companies/initech.test/search")],
}
same_client = apps.get_app_config("api").schematic is schematic
queued_before_exit = schematic.event_stats().queued
seconds_before_exit = time.monotonic() - started
runpy.run_path("gunicorn.conf.py")["worker_exit"](None, None)  # what gunicorn calls as a worker exits
stats = schematic.event_stats()
print(
    json.dumps(
        {
            "responses": {
                domain: [[r.status_code, json.loads(r.content)] for r in rs]
                for domain, rs in responses.items()
            },
            "same_client": same_client,
            "queued_before_exit": queued_before_exit,
            "seconds_before_exit": seconds_before_exit,
            "after_exit": {"queued": stats.queued, "sent": stats.sent, "failed": stats.failed},
        }
    )
)
