"""The `planbundle` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.create_custom_plan_bundle_plan_request_body import CreateCustomPlanBundlePlanRequestBody
    from ...models.create_custom_plan_bundle_response import CreateCustomPlanBundleResponse
    from ...models.create_plan_bundle_response import CreatePlanBundleResponse
    from ...models.create_plan_request_body import CreatePlanRequestBody
    from ...models.plan_bundle_credit_grant_request_body import PlanBundleCreditGrantRequestBody
    from ...models.plan_bundle_entitlement_request_body import PlanBundleEntitlementRequestBody
    from ...models.update_plan_bundle_response import UpdatePlanBundleResponse
    from ...models.update_plan_request_body import UpdatePlanRequestBody
    from ...models.upsert_billing_product_request_body import UpsertBillingProductRequestBody


class PlanbundleResource:
    """Operations tagged `planbundle`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def create_custom_plan_bundle(
        self,
        *,
        billing_product: UpsertBillingProductRequestBody | Mapping[str, Any],
        entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
        plan: CreateCustomPlanBundlePlanRequestBody | Mapping[str, Any],
        credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCustomPlanBundleResponse:
        """Create custom plan bundle.

        `POST /custom-plan-bundles`

        Args:
            billing_product (UpsertBillingProductRequestBody | Mapping[str, Any])
            entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
            plan (CreateCustomPlanBundlePlanRequestBody | Mapping[str, Any])
            credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCustomPlanBundleResponse: the response envelope; `.data` is PlanBundleResponseData.
        """
        from . import create_custom_plan_bundle as _operation

        return self._requester.request(
            _operation.build_request(
                billing_product=billing_product,
                entitlements=entitlements,
                plan=plan,
                credit_grants=credit_grants,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_plan_bundle(
        self,
        *,
        entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
        plan: CreatePlanRequestBody | Mapping[str, Any],
        billing_product: UpsertBillingProductRequestBody | Mapping[str, Any] | Unset = UNSET,
        credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreatePlanBundleResponse:
        """Create plan bundle.

        `POST /plan-bundles`

        Args:
            entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
            plan (CreatePlanRequestBody | Mapping[str, Any])
            billing_product (UpsertBillingProductRequestBody | Mapping[str, Any], optional)
            credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreatePlanBundleResponse: the response envelope; `.data` is PlanBundleResponseData.
        """
        from . import create_plan_bundle as _operation

        return self._requester.request(
            _operation.build_request(
                entitlements=entitlements,
                plan=plan,
                billing_product=billing_product,
                credit_grants=credit_grants,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_plan_bundle(
        self,
        *,
        plan_id: str,
        entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
        plan: UpdatePlanRequestBody | Mapping[str, Any],
        billing_product: UpsertBillingProductRequestBody | Mapping[str, Any] | Unset = UNSET,
        credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
        plan_version_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanBundleResponse:
        """Update plan bundle.

        `PUT /plan-bundles/{plan_id}`

        Args:
            plan_id (str)
            entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
            plan (UpdatePlanRequestBody | Mapping[str, Any])
            billing_product (UpsertBillingProductRequestBody | Mapping[str, Any], optional)
            credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)
            plan_version_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanBundleResponse: the response envelope; `.data` is PlanBundleResponseData.
        """
        from . import update_plan_bundle as _operation

        return self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                entitlements=entitlements,
                plan=plan,
                billing_product=billing_product,
                credit_grants=credit_grants,
                plan_version_id=plan_version_id,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncPlanbundleResource:
    """Operations tagged `planbundle` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create_custom_plan_bundle(
        self,
        *,
        billing_product: UpsertBillingProductRequestBody | Mapping[str, Any],
        entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
        plan: CreateCustomPlanBundlePlanRequestBody | Mapping[str, Any],
        credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCustomPlanBundleResponse:
        """Create custom plan bundle.

        `POST /custom-plan-bundles`

        Args:
            billing_product (UpsertBillingProductRequestBody | Mapping[str, Any])
            entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
            plan (CreateCustomPlanBundlePlanRequestBody | Mapping[str, Any])
            credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCustomPlanBundleResponse: the response envelope; `.data` is PlanBundleResponseData.
        """
        from . import create_custom_plan_bundle as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_product=billing_product,
                entitlements=entitlements,
                plan=plan,
                credit_grants=credit_grants,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_plan_bundle(
        self,
        *,
        entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
        plan: CreatePlanRequestBody | Mapping[str, Any],
        billing_product: UpsertBillingProductRequestBody | Mapping[str, Any] | Unset = UNSET,
        credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreatePlanBundleResponse:
        """Create plan bundle.

        `POST /plan-bundles`

        Args:
            entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
            plan (CreatePlanRequestBody | Mapping[str, Any])
            billing_product (UpsertBillingProductRequestBody | Mapping[str, Any], optional)
            credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreatePlanBundleResponse: the response envelope; `.data` is PlanBundleResponseData.
        """
        from . import create_plan_bundle as _operation

        return await self._requester.request(
            _operation.build_request(
                entitlements=entitlements,
                plan=plan,
                billing_product=billing_product,
                credit_grants=credit_grants,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_plan_bundle(
        self,
        *,
        plan_id: str,
        entitlements: Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]],
        plan: UpdatePlanRequestBody | Mapping[str, Any],
        billing_product: UpsertBillingProductRequestBody | Mapping[str, Any] | Unset = UNSET,
        credit_grants: Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]] | Unset = UNSET,
        plan_version_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdatePlanBundleResponse:
        """Update plan bundle.

        `PUT /plan-bundles/{plan_id}`

        Args:
            plan_id (str)
            entitlements (Sequence[PlanBundleEntitlementRequestBody | Mapping[str, Any]])
            plan (UpdatePlanRequestBody | Mapping[str, Any])
            billing_product (UpsertBillingProductRequestBody | Mapping[str, Any], optional)
            credit_grants (Sequence[PlanBundleCreditGrantRequestBody | Mapping[str, Any]], optional)
            plan_version_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdatePlanBundleResponse: the response envelope; `.data` is PlanBundleResponseData.
        """
        from . import update_plan_bundle as _operation

        return await self._requester.request(
            _operation.build_request(
                plan_id=plan_id,
                entitlements=entitlements,
                plan=plan,
                billing_product=billing_product,
                credit_grants=credit_grants,
                plan_version_id=plan_version_id,
            ),
            _operation.parse_response,
            request_options,
        )
