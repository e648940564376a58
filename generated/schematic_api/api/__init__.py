"""One attribute per API tag, built on first access so that importing the SDK stays fast.

A client class mixes in `SyncResources` (or `AsyncResources`) and sets ``self._requester``.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ..client import AsyncRequester, SyncRequester

if TYPE_CHECKING:
    from .accesstokens import AccesstokensResource, AsyncAccesstokensResource
    from .accounts import AccountsResource, AsyncAccountsResource
    from .billing import AsyncBillingResource, BillingResource
    from .capture import AsyncCaptureResource, CaptureResource
    from .catalogs import AsyncCatalogsResource, CatalogsResource
    from .checkout import AsyncCheckoutResource, CheckoutResource
    from .companies import AsyncCompaniesResource, CompaniesResource
    from .components import AsyncComponentsResource, ComponentsResource
    from .componentspublic import AsyncComponentspublicResource, ComponentspublicResource
    from .credits import AsyncCreditsResource, CreditsResource
    from .dataexports import AsyncDataexportsResource, DataexportsResource
    from .entitlements import AsyncEntitlementsResource, EntitlementsResource
    from .events import AsyncEventsResource, EventsResource
    from .features import AsyncFeaturesResource, FeaturesResource
    from .insights import AsyncInsightsResource, InsightsResource
    from .integrationsapi import AsyncIntegrationsapiResource, IntegrationsapiResource
    from .licenses import AsyncLicensesResource, LicensesResource
    from .planbundle import AsyncPlanbundleResource, PlanbundleResource
    from .plangroups import AsyncPlangroupsResource, PlangroupsResource
    from .planmigrations import AsyncPlanmigrationsResource, PlanmigrationsResource
    from .plans import AsyncPlansResource, PlansResource
    from .scheduledcheckout import AsyncScheduledcheckoutResource, ScheduledcheckoutResource
    from .session import AsyncSessionResource, SessionResource
    from .webhooks import AsyncWebhooksResource, WebhooksResource

TAGS: tuple[str, ...] = (
    "accesstokens",
    "accounts",
    "billing",
    "capture",
    "catalogs",
    "checkout",
    "companies",
    "components",
    "componentspublic",
    "credits",
    "dataexports",
    "entitlements",
    "events",
    "features",
    "insights",
    "integrationsapi",
    "licenses",
    "planbundle",
    "plangroups",
    "planmigrations",
    "plans",
    "scheduledcheckout",
    "session",
    "webhooks",
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
    def accounts(self) -> "AccountsResource":
        """Operations tagged `accounts`."""
        from .accounts import AccountsResource

        return AccountsResource(self._requester)

    @cached_property
    def billing(self) -> "BillingResource":
        """Operations tagged `billing`."""
        from .billing import BillingResource

        return BillingResource(self._requester)

    @cached_property
    def capture(self) -> "CaptureResource":
        """Operations tagged `capture`."""
        from .capture import CaptureResource

        return CaptureResource(self._requester)

    @cached_property
    def catalogs(self) -> "CatalogsResource":
        """Operations tagged `catalogs`."""
        from .catalogs import CatalogsResource

        return CatalogsResource(self._requester)

    @cached_property
    def checkout(self) -> "CheckoutResource":
        """Operations tagged `checkout`."""
        from .checkout import CheckoutResource

        return CheckoutResource(self._requester)

    @cached_property
    def companies(self) -> "CompaniesResource":
        """Operations tagged `companies`."""
        from .companies import CompaniesResource

        return CompaniesResource(self._requester)

    @cached_property
    def components(self) -> "ComponentsResource":
        """Operations tagged `components`."""
        from .components import ComponentsResource

        return ComponentsResource(self._requester)

    @cached_property
    def componentspublic(self) -> "ComponentspublicResource":
        """Operations tagged `componentspublic`."""
        from .componentspublic import ComponentspublicResource

        return ComponentspublicResource(self._requester)

    @cached_property
    def credits(self) -> "CreditsResource":
        """Operations tagged `credits`."""
        from .credits import CreditsResource

        return CreditsResource(self._requester)

    @cached_property
    def dataexports(self) -> "DataexportsResource":
        """Operations tagged `dataexports`."""
        from .dataexports import DataexportsResource

        return DataexportsResource(self._requester)

    @cached_property
    def entitlements(self) -> "EntitlementsResource":
        """Operations tagged `entitlements`."""
        from .entitlements import EntitlementsResource

        return EntitlementsResource(self._requester)

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
    def insights(self) -> "InsightsResource":
        """Operations tagged `insights`."""
        from .insights import InsightsResource

        return InsightsResource(self._requester)

    @cached_property
    def integrationsapi(self) -> "IntegrationsapiResource":
        """Operations tagged `integrationsapi`."""
        from .integrationsapi import IntegrationsapiResource

        return IntegrationsapiResource(self._requester)

    @cached_property
    def licenses(self) -> "LicensesResource":
        """Operations tagged `licenses`."""
        from .licenses import LicensesResource

        return LicensesResource(self._requester)

    @cached_property
    def planbundle(self) -> "PlanbundleResource":
        """Operations tagged `planbundle`."""
        from .planbundle import PlanbundleResource

        return PlanbundleResource(self._requester)

    @cached_property
    def plangroups(self) -> "PlangroupsResource":
        """Operations tagged `plangroups`."""
        from .plangroups import PlangroupsResource

        return PlangroupsResource(self._requester)

    @cached_property
    def planmigrations(self) -> "PlanmigrationsResource":
        """Operations tagged `planmigrations`."""
        from .planmigrations import PlanmigrationsResource

        return PlanmigrationsResource(self._requester)

    @cached_property
    def plans(self) -> "PlansResource":
        """Operations tagged `plans`."""
        from .plans import PlansResource

        return PlansResource(self._requester)

    @cached_property
    def scheduledcheckout(self) -> "ScheduledcheckoutResource":
        """Operations tagged `scheduledcheckout`."""
        from .scheduledcheckout import ScheduledcheckoutResource

        return ScheduledcheckoutResource(self._requester)

    @cached_property
    def session(self) -> "SessionResource":
        """Operations tagged `session`."""
        from .session import SessionResource

        return SessionResource(self._requester)

    @cached_property
    def webhooks(self) -> "WebhooksResource":
        """Operations tagged `webhooks`."""
        from .webhooks import WebhooksResource

        return WebhooksResource(self._requester)


class AsyncResources:
    """Mixin giving `AsyncRequester` clients their resource attributes."""

    _requester: AsyncRequester

    @cached_property
    def accesstokens(self) -> "AsyncAccesstokensResource":
        """Operations tagged `accesstokens`."""
        from .accesstokens import AsyncAccesstokensResource

        return AsyncAccesstokensResource(self._requester)

    @cached_property
    def accounts(self) -> "AsyncAccountsResource":
        """Operations tagged `accounts`."""
        from .accounts import AsyncAccountsResource

        return AsyncAccountsResource(self._requester)

    @cached_property
    def billing(self) -> "AsyncBillingResource":
        """Operations tagged `billing`."""
        from .billing import AsyncBillingResource

        return AsyncBillingResource(self._requester)

    @cached_property
    def capture(self) -> "AsyncCaptureResource":
        """Operations tagged `capture`."""
        from .capture import AsyncCaptureResource

        return AsyncCaptureResource(self._requester)

    @cached_property
    def catalogs(self) -> "AsyncCatalogsResource":
        """Operations tagged `catalogs`."""
        from .catalogs import AsyncCatalogsResource

        return AsyncCatalogsResource(self._requester)

    @cached_property
    def checkout(self) -> "AsyncCheckoutResource":
        """Operations tagged `checkout`."""
        from .checkout import AsyncCheckoutResource

        return AsyncCheckoutResource(self._requester)

    @cached_property
    def companies(self) -> "AsyncCompaniesResource":
        """Operations tagged `companies`."""
        from .companies import AsyncCompaniesResource

        return AsyncCompaniesResource(self._requester)

    @cached_property
    def components(self) -> "AsyncComponentsResource":
        """Operations tagged `components`."""
        from .components import AsyncComponentsResource

        return AsyncComponentsResource(self._requester)

    @cached_property
    def componentspublic(self) -> "AsyncComponentspublicResource":
        """Operations tagged `componentspublic`."""
        from .componentspublic import AsyncComponentspublicResource

        return AsyncComponentspublicResource(self._requester)

    @cached_property
    def credits(self) -> "AsyncCreditsResource":
        """Operations tagged `credits`."""
        from .credits import AsyncCreditsResource

        return AsyncCreditsResource(self._requester)

    @cached_property
    def dataexports(self) -> "AsyncDataexportsResource":
        """Operations tagged `dataexports`."""
        from .dataexports import AsyncDataexportsResource

        return AsyncDataexportsResource(self._requester)

    @cached_property
    def entitlements(self) -> "AsyncEntitlementsResource":
        """Operations tagged `entitlements`."""
        from .entitlements import AsyncEntitlementsResource

        return AsyncEntitlementsResource(self._requester)

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
    def insights(self) -> "AsyncInsightsResource":
        """Operations tagged `insights`."""
        from .insights import AsyncInsightsResource

        return AsyncInsightsResource(self._requester)

    @cached_property
    def integrationsapi(self) -> "AsyncIntegrationsapiResource":
        """Operations tagged `integrationsapi`."""
        from .integrationsapi import AsyncIntegrationsapiResource

        return AsyncIntegrationsapiResource(self._requester)

    @cached_property
    def licenses(self) -> "AsyncLicensesResource":
        """Operations tagged `licenses`."""
        from .licenses import AsyncLicensesResource

        return AsyncLicensesResource(self._requester)

    @cached_property
    def planbundle(self) -> "AsyncPlanbundleResource":
        """Operations tagged `planbundle`."""
        from .planbundle import AsyncPlanbundleResource

        return AsyncPlanbundleResource(self._requester)

    @cached_property
    def plangroups(self) -> "AsyncPlangroupsResource":
        """Operations tagged `plangroups`."""
        from .plangroups import AsyncPlangroupsResource

        return AsyncPlangroupsResource(self._requester)

    @cached_property
    def planmigrations(self) -> "AsyncPlanmigrationsResource":
        """Operations tagged `planmigrations`."""
        from .planmigrations import AsyncPlanmigrationsResource

        return AsyncPlanmigrationsResource(self._requester)

    @cached_property
    def plans(self) -> "AsyncPlansResource":
        """Operations tagged `plans`."""
        from .plans import AsyncPlansResource

        return AsyncPlansResource(self._requester)

    @cached_property
    def scheduledcheckout(self) -> "AsyncScheduledcheckoutResource":
        """Operations tagged `scheduledcheckout`."""
        from .scheduledcheckout import AsyncScheduledcheckoutResource

        return AsyncScheduledcheckoutResource(self._requester)

    @cached_property
    def session(self) -> "AsyncSessionResource":
        """Operations tagged `session`."""
        from .session import AsyncSessionResource

        return AsyncSessionResource(self._requester)

    @cached_property
    def webhooks(self) -> "AsyncWebhooksResource":
        """Operations tagged `webhooks`."""
        from .webhooks import AsyncWebhooksResource

        return AsyncWebhooksResource(self._requester)
