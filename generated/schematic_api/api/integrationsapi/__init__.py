"""The `integrationsapi` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.assume_stripe_installed_response import AssumeStripeInstalledResponse
    from ...models.company_matching_criteria import CompanyMatchingCriteria
    from ...models.get_integration_webhook_url_response import GetIntegrationWebhookUrlResponse
    from ...models.install_integration_response import InstallIntegrationResponse
    from ...models.install_stripe_response import InstallStripeResponse
    from ...models.integration_state import IntegrationState
    from ...models.integration_type import IntegrationType
    from ...models.list_integrations_response import ListIntegrationsResponse
    from ...models.load_sample_data_set_response import LoadSampleDataSetResponse
    from ...models.run_integration_response import RunIntegrationResponse
    from ...models.start_data_import_response import StartDataImportResponse
    from ...models.uninstall_integration_response import UninstallIntegrationResponse


class IntegrationsapiResource:
    """Operations tagged `integrationsapi`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def assume_stripe_installed(
        self,
        *,
        type_: IntegrationType,
        company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
        company_matching_field: str | None | Unset = UNSET,
        config: Mapping[str, Any] | Unset = UNSET,
        is_sandbox: bool | None | Unset = UNSET,
        live_mode: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AssumeStripeInstalledResponse:
        """Assume stripe installed.

        `POST /integrations/stripe/v2/assume-installed`

        Args:
            type_ (IntegrationType)
            company_matching_criteria (CompanyMatchingCriteria | None, optional)
            company_matching_field (str | None, optional)
            config (Mapping[str, Any], optional)
            is_sandbox (bool | None, optional)
            live_mode (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            AssumeStripeInstalledResponse: the response envelope; `.data` is IntegrationInstallResponseData.
        """
        from . import assume_stripe_installed as _operation

        return self._requester.request(
            _operation.build_request(
                type_=type_,
                company_matching_criteria=company_matching_criteria,
                company_matching_field=company_matching_field,
                config=config,
                is_sandbox=is_sandbox,
                live_mode=live_mode,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_integration_webhook_url(
        self,
        *,
        type_: str,
        request_options: RequestOptions | None = None,
    ) -> GetIntegrationWebhookUrlResponse:
        """Get integration webhook url.

        `GET /integrations/{type}/webhook-url`

        Args:
            type_ (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetIntegrationWebhookUrlResponse: the response envelope; `.data` is IntegrationWebhookUrlResponseData.
        """
        from . import get_integration_webhook_url as _operation

        return self._requester.request(
            _operation.build_request(
                type_=type_,
            ),
            _operation.parse_response,
            request_options,
        )

    def install_integration(
        self,
        *,
        type_: IntegrationType,
        company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
        company_matching_field: str | None | Unset = UNSET,
        config: Mapping[str, Any] | Unset = UNSET,
        is_sandbox: bool | None | Unset = UNSET,
        live_mode: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InstallIntegrationResponse:
        """Install integration.

        `POST /integrations/install`

        Args:
            type_ (IntegrationType)
            company_matching_criteria (CompanyMatchingCriteria | None, optional)
            company_matching_field (str | None, optional)
            config (Mapping[str, Any], optional)
            is_sandbox (bool | None, optional)
            live_mode (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            InstallIntegrationResponse: the response envelope; `.data` is IntegrationInstallResponseData.
        """
        from . import install_integration as _operation

        return self._requester.request(
            _operation.build_request(
                type_=type_,
                company_matching_criteria=company_matching_criteria,
                company_matching_field=company_matching_field,
                config=config,
                is_sandbox=is_sandbox,
                live_mode=live_mode,
            ),
            _operation.parse_response,
            request_options,
        )

    def install_stripe(
        self,
        *,
        type_: IntegrationType,
        company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
        company_matching_field: str | None | Unset = UNSET,
        config: Mapping[str, Any] | Unset = UNSET,
        is_sandbox: bool | None | Unset = UNSET,
        live_mode: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InstallStripeResponse:
        """Install stripe.

        `POST /integrations/stripe/v2/install`

        Args:
            type_ (IntegrationType)
            company_matching_criteria (CompanyMatchingCriteria | None, optional)
            company_matching_field (str | None, optional)
            config (Mapping[str, Any], optional)
            is_sandbox (bool | None, optional)
            live_mode (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            InstallStripeResponse: the response envelope; `.data` is IntegrationInstallResponseData.
        """
        from . import install_stripe as _operation

        return self._requester.request(
            _operation.build_request(
                type_=type_,
                company_matching_criteria=company_matching_criteria,
                company_matching_field=company_matching_field,
                config=config,
                is_sandbox=is_sandbox,
                live_mode=live_mode,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_integrations(
        self,
        *,
        billing_only: bool | Unset = UNSET,
        exclude_ids: Sequence[str] | Unset = UNSET,
        id: str | Unset = UNSET,
        state: IntegrationState | Unset = UNSET,
        type_: IntegrationType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListIntegrationsResponse:
        """List integrations.

        `GET /integrations`

        Args:
            billing_only (bool, optional)
            exclude_ids (Sequence[str], optional)
            id (str, optional)
            state (IntegrationState, optional)
            type_ (IntegrationType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListIntegrationsResponse: the response envelope; `.data` is list[IntegrationsListResponseData].
        """
        from . import list_integrations as _operation

        return self._requester.request(
            _operation.build_request(
                billing_only=billing_only,
                exclude_ids=exclude_ids,
                id=id,
                state=state,
                type_=type_,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def load_sample_data_set(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoadSampleDataSetResponse:
        """Load sample data set.

        `GET /integrations/stripe/dataset-sample-v2`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            LoadSampleDataSetResponse: the response envelope; `.data` is IntegrationsDataSetResponseData.
        """
        from . import load_sample_data_set as _operation

        return self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    def run_integration(
        self,
        *,
        integration_id: str,
        request_options: RequestOptions | None = None,
    ) -> RunIntegrationResponse:
        """Run integration.

        `GET /integration/start/{integration_id}`

        Args:
            integration_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            RunIntegrationResponse: the response envelope; `.data` is IntegrationsResponseData.
        """
        from . import run_integration as _operation

        return self._requester.request(
            _operation.build_request(
                integration_id=integration_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def start_data_import(
        self,
        *,
        integration_id: str,
        company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
        company_matching_field: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StartDataImportResponse:
        """Start data import.

        `POST /integrations/start-data-import`

        Args:
            integration_id (str)
            company_matching_criteria (CompanyMatchingCriteria | None, optional)
            company_matching_field (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            StartDataImportResponse: the response envelope; `.data` is IntegrationsResponseData.
        """
        from . import start_data_import as _operation

        return self._requester.request(
            _operation.build_request(
                integration_id=integration_id,
                company_matching_criteria=company_matching_criteria,
                company_matching_field=company_matching_field,
            ),
            _operation.parse_response,
            request_options,
        )

    def uninstall_integration(
        self,
        *,
        integration_id: str,
        request_options: RequestOptions | None = None,
    ) -> UninstallIntegrationResponse:
        """Uninstall integration.

        `DELETE /integrations/uninstall/{integration_id}`

        Args:
            integration_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UninstallIntegrationResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import uninstall_integration as _operation

        return self._requester.request(
            _operation.build_request(
                integration_id=integration_id,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncIntegrationsapiResource:
    """Operations tagged `integrationsapi` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def assume_stripe_installed(
        self,
        *,
        type_: IntegrationType,
        company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
        company_matching_field: str | None | Unset = UNSET,
        config: Mapping[str, Any] | Unset = UNSET,
        is_sandbox: bool | None | Unset = UNSET,
        live_mode: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AssumeStripeInstalledResponse:
        """Assume stripe installed.

        `POST /integrations/stripe/v2/assume-installed`

        Args:
            type_ (IntegrationType)
            company_matching_criteria (CompanyMatchingCriteria | None, optional)
            company_matching_field (str | None, optional)
            config (Mapping[str, Any], optional)
            is_sandbox (bool | None, optional)
            live_mode (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            AssumeStripeInstalledResponse: the response envelope; `.data` is IntegrationInstallResponseData.
        """
        from . import assume_stripe_installed as _operation

        return await self._requester.request(
            _operation.build_request(
                type_=type_,
                company_matching_criteria=company_matching_criteria,
                company_matching_field=company_matching_field,
                config=config,
                is_sandbox=is_sandbox,
                live_mode=live_mode,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_integration_webhook_url(
        self,
        *,
        type_: str,
        request_options: RequestOptions | None = None,
    ) -> GetIntegrationWebhookUrlResponse:
        """Get integration webhook url.

        `GET /integrations/{type}/webhook-url`

        Args:
            type_ (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetIntegrationWebhookUrlResponse: the response envelope; `.data` is IntegrationWebhookUrlResponseData.
        """
        from . import get_integration_webhook_url as _operation

        return await self._requester.request(
            _operation.build_request(
                type_=type_,
            ),
            _operation.parse_response,
            request_options,
        )

    async def install_integration(
        self,
        *,
        type_: IntegrationType,
        company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
        company_matching_field: str | None | Unset = UNSET,
        config: Mapping[str, Any] | Unset = UNSET,
        is_sandbox: bool | None | Unset = UNSET,
        live_mode: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InstallIntegrationResponse:
        """Install integration.

        `POST /integrations/install`

        Args:
            type_ (IntegrationType)
            company_matching_criteria (CompanyMatchingCriteria | None, optional)
            company_matching_field (str | None, optional)
            config (Mapping[str, Any], optional)
            is_sandbox (bool | None, optional)
            live_mode (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            InstallIntegrationResponse: the response envelope; `.data` is IntegrationInstallResponseData.
        """
        from . import install_integration as _operation

        return await self._requester.request(
            _operation.build_request(
                type_=type_,
                company_matching_criteria=company_matching_criteria,
                company_matching_field=company_matching_field,
                config=config,
                is_sandbox=is_sandbox,
                live_mode=live_mode,
            ),
            _operation.parse_response,
            request_options,
        )

    async def install_stripe(
        self,
        *,
        type_: IntegrationType,
        company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
        company_matching_field: str | None | Unset = UNSET,
        config: Mapping[str, Any] | Unset = UNSET,
        is_sandbox: bool | None | Unset = UNSET,
        live_mode: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> InstallStripeResponse:
        """Install stripe.

        `POST /integrations/stripe/v2/install`

        Args:
            type_ (IntegrationType)
            company_matching_criteria (CompanyMatchingCriteria | None, optional)
            company_matching_field (str | None, optional)
            config (Mapping[str, Any], optional)
            is_sandbox (bool | None, optional)
            live_mode (bool | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            InstallStripeResponse: the response envelope; `.data` is IntegrationInstallResponseData.
        """
        from . import install_stripe as _operation

        return await self._requester.request(
            _operation.build_request(
                type_=type_,
                company_matching_criteria=company_matching_criteria,
                company_matching_field=company_matching_field,
                config=config,
                is_sandbox=is_sandbox,
                live_mode=live_mode,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_integrations(
        self,
        *,
        billing_only: bool | Unset = UNSET,
        exclude_ids: Sequence[str] | Unset = UNSET,
        id: str | Unset = UNSET,
        state: IntegrationState | Unset = UNSET,
        type_: IntegrationType | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListIntegrationsResponse:
        """List integrations.

        `GET /integrations`

        Args:
            billing_only (bool, optional)
            exclude_ids (Sequence[str], optional)
            id (str, optional)
            state (IntegrationState, optional)
            type_ (IntegrationType, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListIntegrationsResponse: the response envelope; `.data` is list[IntegrationsListResponseData].
        """
        from . import list_integrations as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_only=billing_only,
                exclude_ids=exclude_ids,
                id=id,
                state=state,
                type_=type_,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def load_sample_data_set(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoadSampleDataSetResponse:
        """Load sample data set.

        `GET /integrations/stripe/dataset-sample-v2`

        Args:
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            LoadSampleDataSetResponse: the response envelope; `.data` is IntegrationsDataSetResponseData.
        """
        from . import load_sample_data_set as _operation

        return await self._requester.request(
            _operation.build_request(),
            _operation.parse_response,
            request_options,
        )

    async def run_integration(
        self,
        *,
        integration_id: str,
        request_options: RequestOptions | None = None,
    ) -> RunIntegrationResponse:
        """Run integration.

        `GET /integration/start/{integration_id}`

        Args:
            integration_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            RunIntegrationResponse: the response envelope; `.data` is IntegrationsResponseData.
        """
        from . import run_integration as _operation

        return await self._requester.request(
            _operation.build_request(
                integration_id=integration_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def start_data_import(
        self,
        *,
        integration_id: str,
        company_matching_criteria: CompanyMatchingCriteria | None | Unset = UNSET,
        company_matching_field: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> StartDataImportResponse:
        """Start data import.

        `POST /integrations/start-data-import`

        Args:
            integration_id (str)
            company_matching_criteria (CompanyMatchingCriteria | None, optional)
            company_matching_field (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            StartDataImportResponse: the response envelope; `.data` is IntegrationsResponseData.
        """
        from . import start_data_import as _operation

        return await self._requester.request(
            _operation.build_request(
                integration_id=integration_id,
                company_matching_criteria=company_matching_criteria,
                company_matching_field=company_matching_field,
            ),
            _operation.parse_response,
            request_options,
        )

    async def uninstall_integration(
        self,
        *,
        integration_id: str,
        request_options: RequestOptions | None = None,
    ) -> UninstallIntegrationResponse:
        """Uninstall integration.

        `DELETE /integrations/uninstall/{integration_id}`

        Args:
            integration_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UninstallIntegrationResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import uninstall_integration as _operation

        return await self._requester.request(
            _operation.build_request(
                integration_id=integration_id,
            ),
            _operation.parse_response,
            request_options,
        )
