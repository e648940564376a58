"""Errors raised by the generated layer itself (API failures are raised by the requester)."""


class ResponseParseError(ValueError):
    """A 2xx response whose body does not match the schema the spec promises."""
