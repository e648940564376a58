"""The installed version of schematic-ext."""

__version__ = "0.1.0"
