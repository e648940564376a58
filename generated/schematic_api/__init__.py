"""Generated client layer for the Schematic API: models, request builders and resources.

Written by codegen/generate.py from openapi.yaml; do not edit. Nothing is imported eagerly here so that
importing the SDK stays fast: resources and models load on first use.
"""
