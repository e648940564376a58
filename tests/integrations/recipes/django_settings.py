"""The Django project's settings: README's settings.py (the recipe) plus what a project always has."""

from settings import *  # noqa: F403  (README's recipe: SCHEMATIC_API_KEY, SCHEMATIC_BASE_URL)

SECRET_KEY = "recipes-test-only"
DEBUG = False
ALLOWED_HOSTS = ["testserver"]
INSTALLED_APPS = ["api"]  # README's api/apps.py, found by Django's AppConfig discovery
ROOT_URLCONF = "django_urls"
USE_TZ = True
