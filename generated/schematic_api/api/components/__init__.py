"""The `components` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.bind_catalog_response import BindCatalogResponse
    from ...models.component_entity_type import ComponentEntityType
    from ...models.component_state import ComponentState
    from ...models.count_components_response import CountComponentsResponse
    from ...models.create_component_response import CreateComponentResponse
    from ...models.delete_component_response import DeleteComponentResponse
    from ...models.get_component_response import GetComponentResponse
    from ...models.list_components_response import ListComponentsResponse
    from ...models.preview_component_data_response import PreviewComponentDataResponse
    from ...models.update_component_response import UpdateComponentResponse


class ComponentsResource:
    """Operations tagged `components`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def bind_catalog(
        self,
        *,
        component_id: str,
        catalog_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BindCatalogResponse:
        """Bind catalog.

        `PUT /components/{component_id}/catalog`

        Args:
            component_id (str)
            catalog_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            BindCatalogResponse: the response envelope; `.data` is ComponentResponseData.
        """
        from . import bind_catalog as _operation

        return self._requester.request(
            _operation.build_request(
                component_id=component_id,
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_components(
        self,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountComponentsResponse:
        """Count components.

        `GET /components/count`

        Args:
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountComponentsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_components as _operation

        return self._requester.request(
            _operation.build_request(
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def create_component(
        self,
        *,
        entity_type: ComponentEntityType,
        name: str,
        ast: Mapping[str, float] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateComponentResponse:
        """Create component.

        `POST /components`

        Args:
            entity_type (ComponentEntityType)
            name (str)
            ast (Mapping[str, float], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateComponentResponse: the response envelope; `.data` is ComponentResponseData.
        """
        from . import create_component as _operation

        return self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                name=name,
                ast=ast,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_component(
        self,
        *,
        component_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteComponentResponse:
        """Delete component.

        `DELETE /components/{component_id}`

        Args:
            component_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteComponentResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_component as _operation

        return self._requester.request(
            _operation.build_request(
                component_id=component_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def get_component(
        self,
        *,
        component_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetComponentResponse:
        """Get component.

        `GET /components/{component_id}`

        Args:
            component_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetComponentResponse: the response envelope; `.data` is ComponentResponseData.
        """
        from . import get_component as _operation

        return self._requester.request(
            _operation.build_request(
                component_id=component_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_components(
        self,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListComponentsResponse:
        """List components.

        `GET /components`

        Args:
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListComponentsResponse: the response envelope; `.data` is list[ComponentResponseData].
        """
        from . import list_components as _operation

        return self._requester.request(
            _operation.build_request(
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def preview_component_data(
        self,
        *,
        company_id: str | Unset = UNSET,
        component_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PreviewComponentDataResponse:
        """Preview component data.

        `GET /components/preview-data`

        Args:
            company_id (str, optional)
            component_id (str, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PreviewComponentDataResponse: the response envelope; `.data` is ComponentPreviewResponseData.
        """
        from . import preview_component_data as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                component_id=component_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def update_component(
        self,
        *,
        component_id: str,
        ast: Mapping[str, float] | Unset = UNSET,
        entity_type: ComponentEntityType | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        state: ComponentState | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateComponentResponse:
        """Update component.

        `PUT /components/{component_id}`

        Args:
            component_id (str)
            ast (Mapping[str, float], optional)
            entity_type (ComponentEntityType | None, optional)
            name (str | None, optional)
            state (ComponentState | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateComponentResponse: the response envelope; `.data` is ComponentResponseData.
        """
        from . import update_component as _operation

        return self._requester.request(
            _operation.build_request(
                component_id=component_id,
                ast=ast,
                entity_type=entity_type,
                name=name,
                state=state,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncComponentsResource:
    """Operations tagged `components` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def bind_catalog(
        self,
        *,
        component_id: str,
        catalog_id: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BindCatalogResponse:
        """Bind catalog.

        `PUT /components/{component_id}/catalog`

        Args:
            component_id (str)
            catalog_id (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            BindCatalogResponse: the response envelope; `.data` is ComponentResponseData.
        """
        from . import bind_catalog as _operation

        return await self._requester.request(
            _operation.build_request(
                component_id=component_id,
                catalog_id=catalog_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_components(
        self,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountComponentsResponse:
        """Count components.

        `GET /components/count`

        Args:
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountComponentsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_components as _operation

        return await self._requester.request(
            _operation.build_request(
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def create_component(
        self,
        *,
        entity_type: ComponentEntityType,
        name: str,
        ast: Mapping[str, float] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CreateComponentResponse:
        """Create component.

        `POST /components`

        Args:
            entity_type (ComponentEntityType)
            name (str)
            ast (Mapping[str, float], optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CreateComponentResponse: the response envelope; `.data` is ComponentResponseData.
        """
        from . import create_component as _operation

        return await self._requester.request(
            _operation.build_request(
                entity_type=entity_type,
                name=name,
                ast=ast,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_component(
        self,
        *,
        component_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteComponentResponse:
        """Delete component.

        `DELETE /components/{component_id}`

        Args:
            component_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteComponentResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_component as _operation

        return await self._requester.request(
            _operation.build_request(
                component_id=component_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def get_component(
        self,
        *,
        component_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetComponentResponse:
        """Get component.

        `GET /components/{component_id}`

        Args:
            component_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            GetComponentResponse: the response envelope; `.data` is ComponentResponseData.
        """
        from . import get_component as _operation

        return await self._requester.request(
            _operation.build_request(
                component_id=component_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_components(
        self,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListComponentsResponse:
        """List components.

        `GET /components`

        Args:
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListComponentsResponse: the response envelope; `.data` is list[ComponentResponseData].
        """
        from . import list_components as _operation

        return await self._requester.request(
            _operation.build_request(
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def preview_component_data(
        self,
        *,
        company_id: str | Unset = UNSET,
        component_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PreviewComponentDataResponse:
        """Preview component data.

        `GET /components/preview-data`

        Args:
            company_id (str, optional)
            component_id (str, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            PreviewComponentDataResponse: the response envelope; `.data` is ComponentPreviewResponseData.
        """
        from . import preview_component_data as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                component_id=component_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def update_component(
        self,
        *,
        component_id: str,
        ast: Mapping[str, float] | Unset = UNSET,
        entity_type: ComponentEntityType | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        state: ComponentState | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpdateComponentResponse:
        """Update component.

        `PUT /components/{component_id}`

        Args:
            component_id (str)
            ast (Mapping[str, float], optional)
            entity_type (ComponentEntityType | None, optional)
            name (str | None, optional)
            state (ComponentState | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpdateComponentResponse: the response envelope; `.data` is ComponentResponseData.
        """
        from . import update_component as _operation

        return await self._requester.request(
            _operation.build_request(
                component_id=component_id,
                ast=ast,
                entity_type=entity_type,
                name=name,
                state=state,
            ),
            _operation.parse_response,
            request_options,
        )
