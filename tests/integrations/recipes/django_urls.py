"""The URLconf README describes in a sentence: `path("companies/<domain>/search", views.search)`."""

from api import views
from django.urls import path

urlpatterns = [path("companies/<domain>/search", views.search)]
