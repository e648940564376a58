"""The `catalogs` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.catalog_config_ordered_bundle import CatalogConfigOrderedBundle
    from ...models.catalog_config_ordered_plan import CatalogConfigOrderedPlan
    from ...models.create_catalog_response import CreateCatalogResponse
    from ...models.delete_catalog_response import DeleteCatalogResponse
    from ...models.get_catalog_response import GetCatalogResponse
    from ...models.get_configuration_response import GetConfigurationResponse
    from ...models.get_credit_bundles_in_catalog_response import GetCreditBundlesInCatalogResponse
    from ...models.get_derived_features_response import GetDerivedFeaturesResponse
    from ...models.get_plans_in_catalog_response import GetPlansInCatalogResponse
    from ...models.list_catalogs_response import ListCatalogsResponse
    from ...models.update_catalog_response import UpdateCatalogResponse
    from ...models.update_configuration_response import UpdateConfigurationResponse


class CatalogsResource:
    """Operations tagged `catalogs`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def add_credit_bundle(
        self,
        *,
        catalog_id: str,
        credit_bundle_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Add credit bundle.

        `POST /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`

        Args:
            catalog_id (str)
            credit_bundle_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            None: the API answers with no content.
        """
        from . import add_credit_bundle as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                credit_bundle_id=credit_bundle_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def add_plan(
        self,
        *,
        catalog_id: str,
        plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Add plan.

        `POST /catalogs/{catalog_id}/plans/{plan_id}`

        Args:
            catalog_id (str)
            plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            None: the API answers with no content.
        """
        from . import add_plan as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                plan_id=plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_catalog(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCatalogResponse:
        """Create catalog.

        `POST /catalogs`

        Args:
            name (str)
            description (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCatalogResponse: the response envelope; `.data` is CatalogResponseData.
        """
        from . import create_catalog as _operation

        return self._requester.request(
            _operation.build_request(
                name=name,
                description=description,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_catalog(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteCatalogResponse:
        """Delete catalog.

        `DELETE /catalogs/{catalog_id}`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCatalogResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_catalog as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_catalog(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCatalogResponse:
        """Get catalog.

        `GET /catalogs/{catalog_id}`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCatalogResponse: the response envelope; `.data` is CatalogResponseData.
        """
        from . import get_catalog as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_configuration(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetConfigurationResponse:
        """Get configuration.

        `GET /catalogs/{catalog_id}/configuration`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetConfigurationResponse: the response envelope; `.data` is CatalogConfigurationResponseData.
        """
        from . import get_configuration as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_credit_bundles_in_catalog(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCreditBundlesInCatalogResponse:
        """Get credit bundles in catalog.

        `GET /catalogs/{catalog_id}/credit-bundles`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCreditBundlesInCatalogResponse: the response envelope; `.data` is CatalogCreditBundleIDsResponseData.
        """
        from . import get_credit_bundles_in_catalog as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_derived_features(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetDerivedFeaturesResponse:
        """Get derived features.

        `GET /catalogs/{catalog_id}/features`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetDerivedFeaturesResponse: the response envelope; `.data` is CatalogDerivedFeaturesResponseData.
        """
        from . import get_derived_features as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_plans_in_catalog(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetPlansInCatalogResponse:
        """Get plans in catalog.

        `GET /catalogs/{catalog_id}/plans`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlansInCatalogResponse: the response envelope; `.data` is CatalogPlanIDsResponseData.
        """
        from . import get_plans_in_catalog as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_catalogs(
        self,
        *,
        is_default: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCatalogsResponse:
        """List catalogs.

        `GET /catalogs`

        Args:
            is_default (bool, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCatalogsResponse: the response envelope; `.data` is list[CatalogResponseData].
        """
        from . import list_catalogs as _operation

        return self._requester.request(
            _operation.build_request(
                is_default=is_default,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def remove_credit_bundle(
        self,
        *,
        catalog_id: str,
        credit_bundle_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove credit bundle.

        `DELETE /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`

        Args:
            catalog_id (str)
            credit_bundle_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            None: the API answers with no content.
        """
        from . import remove_credit_bundle as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                credit_bundle_id=credit_bundle_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def remove_plan(
        self,
        *,
        catalog_id: str,
        plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove plan.

        `DELETE /catalogs/{catalog_id}/plans/{plan_id}`

        Args:
            catalog_id (str)
            plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            None: the API answers with no content.
        """
        from . import remove_plan as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                plan_id=plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_catalog(
        self,
        *,
        catalog_id: str,
        description: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCatalogResponse:
        """Update catalog.

        `PUT /catalogs/{catalog_id}`

        Args:
            catalog_id (str)
            description (str | None, optional)
            is_default (bool | None, optional)
            name (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCatalogResponse: the response envelope; `.data` is CatalogResponseData.
        """
        from . import update_catalog as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                description=description,
                is_default=is_default,
                name=name,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_configuration(
        self,
        *,
        catalog_id: str,
        custom_plan_cta_text: str | None | Unset = UNSET,
        custom_plan_cta_url: str | None | Unset = UNSET,
        custom_plan_price_text: str | None | Unset = UNSET,
        custom_plans_visible: bool | None | Unset = UNSET,
        ordered_add_ons: Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None | Unset = UNSET,
        ordered_bundles: Sequence[CatalogConfigOrderedBundle | Mapping[str, Any]] | None | Unset = UNSET,
        ordered_plans: Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None | Unset = UNSET,
        pricing_model: str | None | Unset = UNSET,
        pricing_url: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateConfigurationResponse:
        """Update configuration.

        `PUT /catalogs/{catalog_id}/configuration`

        Args:
            catalog_id (str)
            custom_plan_cta_text (str | None, optional)
            custom_plan_cta_url (str | None, optional)
            custom_plan_price_text (str | None, optional)
            custom_plans_visible (bool | None, optional)
            ordered_add_ons (Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None, optional)
            ordered_bundles (Sequence[CatalogConfigOrderedBundle | Mapping[str, Any]] | None, optional)
            ordered_plans (Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None, optional)
            pricing_model (str | None, optional)
            pricing_url (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateConfigurationResponse: the response envelope; `.data` is CatalogResponseData.
        """
        from . import update_configuration as _operation

        return self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                custom_plan_cta_text=custom_plan_cta_text,
                custom_plan_cta_url=custom_plan_cta_url,
                custom_plan_price_text=custom_plan_price_text,
                custom_plans_visible=custom_plans_visible,
                ordered_add_ons=ordered_add_ons,
                ordered_bundles=ordered_bundles,
                ordered_plans=ordered_plans,
                pricing_model=pricing_model,
                pricing_url=pricing_url,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncCatalogsResource:
    """Operations tagged `catalogs` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def add_credit_bundle(
        self,
        *,
        catalog_id: str,
        credit_bundle_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Add credit bundle.

        `POST /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`

        Args:
            catalog_id (str)
            credit_bundle_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            None: the API answers with no content.
        """
        from . import add_credit_bundle as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                credit_bundle_id=credit_bundle_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def add_plan(
        self,
        *,
        catalog_id: str,
        plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Add plan.

        `POST /catalogs/{catalog_id}/plans/{plan_id}`

        Args:
            catalog_id (str)
            plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            None: the API answers with no content.
        """
        from . import add_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                plan_id=plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_catalog(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateCatalogResponse:
        """Create catalog.

        `POST /catalogs`

        Args:
            name (str)
            description (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateCatalogResponse: the response envelope; `.data` is CatalogResponseData.
        """
        from . import create_catalog as _operation

        return await self._requester.request(
            _operation.build_request(
                name=name,
                description=description,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_catalog(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteCatalogResponse:
        """Delete catalog.

        `DELETE /catalogs/{catalog_id}`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteCatalogResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_catalog as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_catalog(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCatalogResponse:
        """Get catalog.

        `GET /catalogs/{catalog_id}`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCatalogResponse: the response envelope; `.data` is CatalogResponseData.
        """
        from . import get_catalog as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_configuration(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetConfigurationResponse:
        """Get configuration.

        `GET /catalogs/{catalog_id}/configuration`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetConfigurationResponse: the response envelope; `.data` is CatalogConfigurationResponseData.
        """
        from . import get_configuration as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_credit_bundles_in_catalog(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetCreditBundlesInCatalogResponse:
        """Get credit bundles in catalog.

        `GET /catalogs/{catalog_id}/credit-bundles`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetCreditBundlesInCatalogResponse: the response envelope; `.data` is CatalogCreditBundleIDsResponseData.
        """
        from . import get_credit_bundles_in_catalog as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_derived_features(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetDerivedFeaturesResponse:
        """Get derived features.

        `GET /catalogs/{catalog_id}/features`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetDerivedFeaturesResponse: the response envelope; `.data` is CatalogDerivedFeaturesResponseData.
        """
        from . import get_derived_features as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_plans_in_catalog(
        self,
        *,
        catalog_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetPlansInCatalogResponse:
        """Get plans in catalog.

        `GET /catalogs/{catalog_id}/plans`

        Args:
            catalog_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetPlansInCatalogResponse: the response envelope; `.data` is CatalogPlanIDsResponseData.
        """
        from . import get_plans_in_catalog as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_catalogs(
        self,
        *,
        is_default: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCatalogsResponse:
        """List catalogs.

        `GET /catalogs`

        Args:
            is_default (bool, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCatalogsResponse: the response envelope; `.data` is list[CatalogResponseData].
        """
        from . import list_catalogs as _operation

        return await self._requester.request(
            _operation.build_request(
                is_default=is_default,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def remove_credit_bundle(
        self,
        *,
        catalog_id: str,
        credit_bundle_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove credit bundle.

        `DELETE /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`

        Args:
            catalog_id (str)
            credit_bundle_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            None: the API answers with no content.
        """
        from . import remove_credit_bundle as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                credit_bundle_id=credit_bundle_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def remove_plan(
        self,
        *,
        catalog_id: str,
        plan_id: str,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove plan.

        `DELETE /catalogs/{catalog_id}/plans/{plan_id}`

        Args:
            catalog_id (str)
            plan_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            None: the API answers with no content.
        """
        from . import remove_plan as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                plan_id=plan_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_catalog(
        self,
        *,
        catalog_id: str,
        description: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateCatalogResponse:
        """Update catalog.

        `PUT /catalogs/{catalog_id}`

        Args:
            catalog_id (str)
            description (str | None, optional)
            is_default (bool | None, optional)
            name (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateCatalogResponse: the response envelope; `.data` is CatalogResponseData.
        """
        from . import update_catalog as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                description=description,
                is_default=is_default,
                name=name,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_configuration(
        self,
        *,
        catalog_id: str,
        custom_plan_cta_text: str | None | Unset = UNSET,
        custom_plan_cta_url: str | None | Unset = UNSET,
        custom_plan_price_text: str | None | Unset = UNSET,
        custom_plans_visible: bool | None | Unset = UNSET,
        ordered_add_ons: Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None | Unset = UNSET,
        ordered_bundles: Sequence[CatalogConfigOrderedBundle | Mapping[str, Any]] | None | Unset = UNSET,
        ordered_plans: Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None | Unset = UNSET,
        pricing_model: str | None | Unset = UNSET,
        pricing_url: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateConfigurationResponse:
        """Update configuration.

        `PUT /catalogs/{catalog_id}/configuration`

        Args:
            catalog_id (str)
            custom_plan_cta_text (str | None, optional)
            custom_plan_cta_url (str | None, optional)
            custom_plan_price_text (str | None, optional)
            custom_plans_visible (bool | None, optional)
            ordered_add_ons (Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None, optional)
            ordered_bundles (Sequence[CatalogConfigOrderedBundle | Mapping[str, Any]] | None, optional)
            ordered_plans (Sequence[CatalogConfigOrderedPlan | Mapping[str, Any]] | None, optional)
            pricing_model (str | None, optional)
            pricing_url (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateConfigurationResponse: the response envelope; `.data` is CatalogResponseData.
        """
        from . import update_configuration as _operation

        return await self._requester.request(
            _operation.build_request(
                catalog_id=catalog_id,
                custom_plan_cta_text=custom_plan_cta_text,
                custom_plan_cta_url=custom_plan_cta_url,
                custom_plan_price_text=custom_plan_price_text,
                custom_plans_visible=custom_plans_visible,
                ordered_add_ons=ordered_add_ons,
                ordered_bundles=ordered_bundles,
                ordered_plans=ordered_plans,
                pricing_model=pricing_model,
                pricing_url=pricing_url,
            ),
            _operation.parse_response,
            request_options,
        )
