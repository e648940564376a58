"""One attribute per API tag, built on first access so that importing the SDK stays fast.

A client class mixes in `SyncResources` (or `AsyncResources`) and sets ``self._requester``.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AsyncRequester, SyncRequester

if TYPE_CHECKING:
    from .accesstokens import AccesstokensResource, AsyncAccesstokensResource
    from .capture import AsyncCaptureResource, CaptureResource
    from .companies import AsyncCompaniesResource, CompaniesResource
    from .events import AsyncEventsResource, EventsResource
    from .features import AsyncFeaturesResource, FeaturesResource
    from .session import AsyncSessionResource, SessionResource

TAGS: tuple[str, ...] = (
    "accesstokens",
    "capture",
    "companies",
    "events",
    "features",
    "session",
)


class SyncResources:
    """Mixin giving `SyncRequester` clients their resource attributes."""

    _requester: SyncRequester

    @cached_property
    def accesstokens(self) -> "AccesstokensResource":
        """Operations tagged `accesstokens`."""
        from .accesstokens import AccesstokensResource

        return AccesstokensResource(self._requester)

    @cached_property
    def capture(self) -> "CaptureResource":
        """Operations tagged `capture`."""
        from .capture import CaptureResource

        return CaptureResource(self._requester)

    @cached_property
    def companies(self) -> "CompaniesResource":
        """Operations tagged `companies`."""
        from .companies import CompaniesResource

        return CompaniesResource(self._requester)

    @cached_property
    def events(self) -> "EventsResource":
        """Operations tagged `events`."""
        from .events import EventsResource

        return EventsResource(self._requester)

    @cached_property
    def features(self) -> "FeaturesResource":
        """Operations tagged `features`."""
        from .features import FeaturesResource

        return FeaturesResource(self._requester)

    @cached_property
    def session(self) -> "SessionResource":
        """Operations tagged `session`."""
        from .session import SessionResource

        return SessionResource(self._requester)


class AsyncResources:
    """Mixin giving `AsyncRequester` clients their resource attributes."""

    _requester: AsyncRequester

    @cached_property
    def accesstokens(self) -> "AsyncAccesstokensResource":
        """Operations tagged `accesstokens`."""
        from .accesstokens import AsyncAccesstokensResource

        return AsyncAccesstokensResource(self._requester)

    @cached_property
    def capture(self) -> "AsyncCaptureResource":
        """Operations tagged `capture`."""
        from .capture import AsyncCaptureResource

        return AsyncCaptureResource(self._requester)

    @cached_property
    def companies(self) -> "AsyncCompaniesResource":
        """Operations tagged `companies`."""
        from .companies import AsyncCompaniesResource

        return AsyncCompaniesResource(self._requester)

    @cached_property
    def events(self) -> "AsyncEventsResource":
        """Operations tagged `events`."""
        from .events import AsyncEventsResource

        return AsyncEventsResource(self._requester)

    @cached_property
    def features(self) -> "AsyncFeaturesResource":
        """Operations tagged `features`."""
        from .features import AsyncFeaturesResource

        return AsyncFeaturesResource(self._requester)

    @cached_property
    def session(self) -> "AsyncSessionResource":
        """Operations tagged `session`."""
        from .session import AsyncSessionResource

        return AsyncSessionResource(self._requester)
