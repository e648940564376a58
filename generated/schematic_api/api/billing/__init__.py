"""The `billing` resource: one method per operation, in a sync and an async class.

An operation's module (and the models it returns) loads on the operation's first call, so that using one
operation of a large resource does not pay for all of them; the models below are for type checkers.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...client import AsyncRequester, SyncRequester
from ...types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from ...models.billing_price_scheme import BillingPriceScheme
    from ...models.billing_price_usage_type import BillingPriceUsageType
    from ...models.billing_product_pricing import BillingProductPricing
    from ...models.billing_provider_type import BillingProviderType
    from ...models.billing_subscription_discount import BillingSubscriptionDiscount
    from ...models.billing_subscription_trial_end_setting import BillingSubscriptionTrialEndSetting
    from ...models.billing_tiers_mode import BillingTiersMode
    from ...models.count_billing_products_response import CountBillingProductsResponse
    from ...models.count_customers_response import CountCustomersResponse
    from ...models.create_billing_price_tier_request_body import CreateBillingPriceTierRequestBody
    from ...models.delete_billing_coupon_response import DeleteBillingCouponResponse
    from ...models.delete_billing_customer_response import DeleteBillingCustomerResponse
    from ...models.delete_billing_invoice_response import DeleteBillingInvoiceResponse
    from ...models.delete_billing_product_response import DeleteBillingProductResponse
    from ...models.delete_payment_method_by_external_id_response import DeletePaymentMethodByExternalIDResponse
    from ...models.delete_product_price_response import DeleteProductPriceResponse
    from ...models.invoice_status import InvoiceStatus
    from ...models.list_billing_prices_response import ListBillingPricesResponse
    from ...models.list_billing_product_prices_response import ListBillingProductPricesResponse
    from ...models.list_billing_products_response import ListBillingProductsResponse
    from ...models.list_coupons_response import ListCouponsResponse
    from ...models.list_customers_with_subscriptions_response import ListCustomersWithSubscriptionsResponse
    from ...models.list_invoices_response import ListInvoicesResponse
    from ...models.list_meters_response import ListMetersResponse
    from ...models.list_payment_methods_response import ListPaymentMethodsResponse
    from ...models.upsert_billing_coupon_response import UpsertBillingCouponResponse
    from ...models.upsert_billing_customer_response import UpsertBillingCustomerResponse
    from ...models.upsert_billing_meter_response import UpsertBillingMeterResponse
    from ...models.upsert_billing_price_response import UpsertBillingPriceResponse
    from ...models.upsert_billing_product_response import UpsertBillingProductResponse
    from ...models.upsert_billing_subscription_response import UpsertBillingSubscriptionResponse
    from ...models.upsert_invoice_response import UpsertInvoiceResponse
    from ...models.upsert_payment_method_response import UpsertPaymentMethodResponse


class BillingResource:
    """Operations tagged `billing`."""

    def __init__(self, requester: SyncRequester) -> None:
        self._requester = requester

    def count_billing_products(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        price_usage_type: BillingPriceUsageType | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        recurring_charges_only: bool | Unset = UNSET,
        with_one_time_charges: bool | Unset = UNSET,
        with_prices_only: bool | Unset = UNSET,
        with_zero_price: bool | Unset = UNSET,
        without_linked_to_plan: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingProductsResponse:
        """Count billing products.

        `GET /billing/products/count`

        Args:
            ids (Sequence[str], optional)
            is_active (bool, optional)
            name (str, optional)
            price_usage_type (BillingPriceUsageType, optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            recurring_charges_only (bool, optional)
            with_one_time_charges (bool, optional)
            with_prices_only (bool, optional)
            with_zero_price (bool, optional)
            without_linked_to_plan (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingProductsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_products as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                is_active=is_active,
                name=name,
                price_usage_type=price_usage_type,
                provider_type=provider_type,
                q=q,
                recurring_charges_only=recurring_charges_only,
                with_one_time_charges=with_one_time_charges,
                with_prices_only=with_prices_only,
                with_zero_price=with_zero_price,
                without_linked_to_plan=without_linked_to_plan,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def count_customers(
        self,
        *,
        company_ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCustomersResponse:
        """Count customers.

        `GET /billing/customers/count`

        Args:
            company_ids (Sequence[str], optional)
            name (str, optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCustomersResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_customers as _operation

        return self._requester.request(
            _operation.build_request(
                company_ids=company_ids,
                name=name,
                provider_type=provider_type,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_billing_coupon(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingCouponResponse:
        """Delete billing coupon.

        `DELETE /billing/coupons/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingCouponResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_coupon as _operation

        return self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_billing_customer(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingCustomerResponse:
        """Delete billing customer.

        `DELETE /billing/customer/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingCustomerResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_customer as _operation

        return self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_billing_invoice(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingInvoiceResponse:
        """Delete billing invoice.

        `DELETE /billing/invoices/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingInvoiceResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_invoice as _operation

        return self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_billing_product(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingProductResponse:
        """Delete billing product.

        `DELETE /billing/product/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingProductResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_product as _operation

        return self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_payment_method_by_external_id(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeletePaymentMethodByExternalIDResponse:
        """Delete payment method by external ID.

        `DELETE /billing/payment-methods/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeletePaymentMethodByExternalIDResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_payment_method_by_external_id as _operation

        return self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def delete_product_price(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteProductPriceResponse:
        """Delete product price.

        `DELETE /billing/product/prices/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteProductPriceResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_product_price as _operation

        return self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_billing_prices(
        self,
        *,
        currency: str | Unset = UNSET,
        for_initial_plan: bool | Unset = UNSET,
        for_trial_expiry_plan: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        interval: str | Unset = UNSET,
        interval_count: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        price: int | Unset = UNSET,
        product_id: str | Unset = UNSET,
        product_ids: Sequence[str] | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        tiers_mode: BillingTiersMode | Unset = UNSET,
        usage_type: BillingPriceUsageType | Unset = UNSET,
        with_meter: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingPricesResponse:
        """List billing prices.

        `GET /billing/price`

        Args:
            currency (str, optional)
            for_initial_plan (bool, optional)
            for_trial_expiry_plan (bool, optional)
            ids (Sequence[str], optional)
            interval (str, optional)
            interval_count (int, optional)
            is_active (bool, optional)
            plan_version_id (str, optional)
            price (int, optional)
            product_id (str, optional)
            product_ids (Sequence[str], optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            tiers_mode (BillingTiersMode, optional)
            usage_type (BillingPriceUsageType, optional)
            with_meter (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingPricesResponse: the response envelope; `.data` is list[BillingPriceView].
        """
        from . import list_billing_prices as _operation

        return self._requester.request(
            _operation.build_request(
                currency=currency,
                for_initial_plan=for_initial_plan,
                for_trial_expiry_plan=for_trial_expiry_plan,
                ids=ids,
                interval=interval,
                interval_count=interval_count,
                is_active=is_active,
                plan_version_id=plan_version_id,
                price=price,
                product_id=product_id,
                product_ids=product_ids,
                provider_type=provider_type,
                q=q,
                tiers_mode=tiers_mode,
                usage_type=usage_type,
                with_meter=with_meter,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_billing_product_prices(
        self,
        *,
        currency: str | Unset = UNSET,
        for_initial_plan: bool | Unset = UNSET,
        for_trial_expiry_plan: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        interval: str | Unset = UNSET,
        interval_count: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        price: int | Unset = UNSET,
        product_id: str | Unset = UNSET,
        product_ids: Sequence[str] | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        tiers_mode: BillingTiersMode | Unset = UNSET,
        usage_type: BillingPriceUsageType | Unset = UNSET,
        with_meter: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingProductPricesResponse:
        """List billing product prices.

        `GET /billing/product/prices`

        Args:
            currency (str, optional)
            for_initial_plan (bool, optional)
            for_trial_expiry_plan (bool, optional)
            ids (Sequence[str], optional)
            interval (str, optional)
            interval_count (int, optional)
            is_active (bool, optional)
            plan_version_id (str, optional)
            price (int, optional)
            product_id (str, optional)
            product_ids (Sequence[str], optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            tiers_mode (BillingTiersMode, optional)
            usage_type (BillingPriceUsageType, optional)
            with_meter (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingProductPricesResponse: the response envelope; `.data` is list[BillingPriceView].
        """
        from . import list_billing_product_prices as _operation

        return self._requester.request(
            _operation.build_request(
                currency=currency,
                for_initial_plan=for_initial_plan,
                for_trial_expiry_plan=for_trial_expiry_plan,
                ids=ids,
                interval=interval,
                interval_count=interval_count,
                is_active=is_active,
                plan_version_id=plan_version_id,
                price=price,
                product_id=product_id,
                product_ids=product_ids,
                provider_type=provider_type,
                q=q,
                tiers_mode=tiers_mode,
                usage_type=usage_type,
                with_meter=with_meter,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_billing_products(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        price_usage_type: BillingPriceUsageType | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        recurring_charges_only: bool | Unset = UNSET,
        with_one_time_charges: bool | Unset = UNSET,
        with_prices_only: bool | Unset = UNSET,
        with_zero_price: bool | Unset = UNSET,
        without_linked_to_plan: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingProductsResponse:
        """List billing products.

        `GET /billing/products`

        Args:
            ids (Sequence[str], optional)
            is_active (bool, optional)
            name (str, optional)
            price_usage_type (BillingPriceUsageType, optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            recurring_charges_only (bool, optional)
            with_one_time_charges (bool, optional)
            with_prices_only (bool, optional)
            with_zero_price (bool, optional)
            without_linked_to_plan (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingProductsResponse: the response envelope; `.data` is list[BillingProductDetailResponseData].
        """
        from . import list_billing_products as _operation

        return self._requester.request(
            _operation.build_request(
                ids=ids,
                is_active=is_active,
                name=name,
                price_usage_type=price_usage_type,
                provider_type=provider_type,
                q=q,
                recurring_charges_only=recurring_charges_only,
                with_one_time_charges=with_one_time_charges,
                with_prices_only=with_prices_only,
                with_zero_price=with_zero_price,
                without_linked_to_plan=without_linked_to_plan,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_coupons(
        self,
        *,
        is_active: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCouponsResponse:
        """List coupons.

        `GET /billing/coupons`

        Args:
            is_active (bool, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCouponsResponse: the response envelope; `.data` is list[BillingCouponResponseData].
        """
        from . import list_coupons as _operation

        return self._requester.request(
            _operation.build_request(
                is_active=is_active,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_customers_with_subscriptions(
        self,
        *,
        company_ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCustomersWithSubscriptionsResponse:
        """List customers with subscriptions.

        `GET /billing/customers`

        Args:
            company_ids (Sequence[str], optional)
            name (str, optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCustomersWithSubscriptionsResponse: the response envelope; `.data` is list[BillingCustomerWithSubscriptionsResponseData].
        """
        from . import list_customers_with_subscriptions as _operation

        return self._requester.request(
            _operation.build_request(
                company_ids=company_ids,
                name=name,
                provider_type=provider_type,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_invoices(
        self,
        *,
        company_id: str | Unset = UNSET,
        customer_external_id: str,
        subscription_external_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListInvoicesResponse:
        """List invoices.

        `GET /billing/invoices`

        Args:
            company_id (str, optional)
            customer_external_id (str)
            subscription_external_id (str)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListInvoicesResponse: the response envelope; `.data` is list[InvoiceResponseData].
        """
        from . import list_invoices as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                customer_external_id=customer_external_id,
                subscription_external_id=subscription_external_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_meters(
        self,
        *,
        display_name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListMetersResponse:
        """List meters.

        `GET /billing/meter`

        Args:
            display_name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListMetersResponse: the response envelope; `.data` is list[BillingMeterResponseData].
        """
        from . import list_meters as _operation

        return self._requester.request(
            _operation.build_request(
                display_name=display_name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def list_payment_methods(
        self,
        *,
        company_id: str | Unset = UNSET,
        customer_external_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPaymentMethodsResponse:
        """List payment methods.

        `GET /billing/payment-methods`

        Args:
            company_id (str, optional)
            customer_external_id (str)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPaymentMethodsResponse: the response envelope; `.data` is list[PaymentMethodResponseData].
        """
        from . import list_payment_methods as _operation

        return self._requester.request(
            _operation.build_request(
                company_id=company_id,
                customer_external_id=customer_external_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_billing_coupon(
        self,
        *,
        amount_off: int,
        duration: str,
        duration_in_months: int,
        external_id: str,
        max_redemptions: int,
        name: str,
        percent_off: float,
        times_redeemed: int,
        currency: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingCouponResponse:
        """Upsert billing coupon.

        `POST /billing/coupons`

        Args:
            amount_off (int)
            duration (str)
            duration_in_months (int)
            external_id (str)
            max_redemptions (int)
            name (str)
            percent_off (float)
            times_redeemed (int)
            currency (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingCouponResponse: the response envelope; `.data` is BillingCouponResponseData.
        """
        from . import upsert_billing_coupon as _operation

        return self._requester.request(
            _operation.build_request(
                amount_off=amount_off,
                duration=duration,
                duration_in_months=duration_in_months,
                external_id=external_id,
                max_redemptions=max_redemptions,
                name=name,
                percent_off=percent_off,
                times_redeemed=times_redeemed,
                currency=currency,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_billing_customer(
        self,
        *,
        email: str,
        external_id: str,
        meta: Mapping[str, str],
        name: str,
        company_id: str | None | Unset = UNSET,
        default_payment_method_id: str | None | Unset = UNSET,
        provider_type: BillingProviderType | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingCustomerResponse:
        """Upsert billing customer.

        `POST /billing/customer/upsert`

        Args:
            email (str)
            external_id (str)
            meta (Mapping[str, str])
            name (str)
            company_id (str | None, optional)
            default_payment_method_id (str | None, optional)
            provider_type (BillingProviderType | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingCustomerResponse: the response envelope; `.data` is BillingCustomerResponseData.
        """
        from . import upsert_billing_customer as _operation

        return self._requester.request(
            _operation.build_request(
                email=email,
                external_id=external_id,
                meta=meta,
                name=name,
                company_id=company_id,
                default_payment_method_id=default_payment_method_id,
                provider_type=provider_type,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_billing_meter(
        self,
        *,
        display_name: str,
        event_name: str,
        event_payload_key: str,
        external_id: str,
        provider_type: BillingProviderType | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingMeterResponse:
        """Upsert billing meter.

        `POST /billing/meter/upsert`

        Args:
            display_name (str)
            event_name (str)
            event_payload_key (str)
            external_id (str)
            provider_type (BillingProviderType | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingMeterResponse: the response envelope; `.data` is BillingMeterResponseData.
        """
        from . import upsert_billing_meter as _operation

        return self._requester.request(
            _operation.build_request(
                display_name=display_name,
                event_name=event_name,
                event_payload_key=event_payload_key,
                external_id=external_id,
                provider_type=provider_type,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_billing_price(
        self,
        *,
        billing_scheme: BillingPriceScheme,
        currency: str,
        external_account_id: str,
        interval: str,
        is_active: bool,
        price: int,
        price_external_id: str,
        price_tiers: Sequence[CreateBillingPriceTierRequestBody | Mapping[str, Any]],
        product_external_id: str,
        usage_type: BillingPriceUsageType,
        interval_count: int | None | Unset = UNSET,
        meter_id: str | None | Unset = UNSET,
        nickname: str | None | Unset = UNSET,
        package_size: int | None | Unset = UNSET,
        price_decimal: str | None | Unset = UNSET,
        provider_type: BillingProviderType | None | Unset = UNSET,
        tiers_mode: BillingTiersMode | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingPriceResponse:
        """Upsert billing price.

        `POST /billing/price/upsert`

        Args:
            billing_scheme (BillingPriceScheme)
            currency (str)
            external_account_id (str)
            interval (str)
            is_active (bool)
            price (int)
            price_external_id (str)
            price_tiers (Sequence[CreateBillingPriceTierRequestBody | Mapping[str, Any]])
            product_external_id (str)
            usage_type (BillingPriceUsageType)
            interval_count (int | None, optional)
            meter_id (str | None, optional)
            nickname (str | None, optional)
            package_size (int | None, optional)
            price_decimal (str | None, optional)
            provider_type (BillingProviderType | None, optional)
            tiers_mode (BillingTiersMode | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingPriceResponse: the response envelope; `.data` is BillingPriceResponseData.
        """
        from . import upsert_billing_price as _operation

        return self._requester.request(
            _operation.build_request(
                billing_scheme=billing_scheme,
                currency=currency,
                external_account_id=external_account_id,
                interval=interval,
                is_active=is_active,
                price=price,
                price_external_id=price_external_id,
                price_tiers=price_tiers,
                product_external_id=product_external_id,
                usage_type=usage_type,
                interval_count=interval_count,
                meter_id=meter_id,
                nickname=nickname,
                package_size=package_size,
                price_decimal=price_decimal,
                provider_type=provider_type,
                tiers_mode=tiers_mode,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_billing_product(
        self,
        *,
        external_id: str,
        price: float,
        is_active: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        provider_type: BillingProviderType | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingProductResponse:
        """Create or update a billing product.

        `POST /billing/product/upsert`

        Args:
            external_id (str)
            price (float)
            is_active (bool | None, optional)
            name (str | None, optional)
            provider_type (BillingProviderType | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingProductResponse: the response envelope; `.data` is BillingProductResponseData.
        """
        from . import upsert_billing_product as _operation

        return self._requester.request(
            _operation.build_request(
                external_id=external_id,
                price=price,
                is_active=is_active,
                name=name,
                provider_type=provider_type,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_billing_subscription(
        self,
        *,
        cancel_at_period_end: bool,
        currency: str,
        customer_external_id: str,
        discounts: Sequence[BillingSubscriptionDiscount | Mapping[str, Any]],
        expired_at: datetime.datetime,
        product_external_ids: Sequence[BillingProductPricing | Mapping[str, Any]],
        subscription_external_id: str,
        total_price: int,
        application_id: str | None | Unset = UNSET,
        cancel_at: int | None | Unset = UNSET,
        company_id: str | None | Unset = UNSET,
        default_payment_method_external_id: str | None | Unset = UNSET,
        default_payment_method_id: str | None | Unset = UNSET,
        interval: str | None | Unset = UNSET,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        period_end: int | None | Unset = UNSET,
        period_start: int | None | Unset = UNSET,
        provider_type: BillingProviderType | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        trial_end: int | None | Unset = UNSET,
        trial_end_setting: BillingSubscriptionTrialEndSetting | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingSubscriptionResponse:
        """Create or update a billing subscription.

        `POST /billing/subscription/upsert`

        Args:
            cancel_at_period_end (bool)
            currency (str)
            customer_external_id (str)
            discounts (Sequence[BillingSubscriptionDiscount | Mapping[str, Any]])
            expired_at (datetime.datetime)
            product_external_ids (Sequence[BillingProductPricing | Mapping[str, Any]])
            subscription_external_id (str)
            total_price (int)
            application_id (str | None, optional)
            cancel_at (int | None, optional)
            company_id (str | None, optional)
            default_payment_method_external_id (str | None, optional)
            default_payment_method_id (str | None, optional)
            interval (str | None, optional)
            metadata (Mapping[str, Any] | None, optional)
            period_end (int | None, optional)
            period_start (int | None, optional)
            provider_type (BillingProviderType | None, optional)
            status (str | None, optional)
            trial_end (int | None, optional)
            trial_end_setting (BillingSubscriptionTrialEndSetting | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingSubscriptionResponse: the response envelope; `.data` is BillingSubscriptionResponseData.
        """
        from . import upsert_billing_subscription as _operation

        return self._requester.request(
            _operation.build_request(
                cancel_at_period_end=cancel_at_period_end,
                currency=currency,
                customer_external_id=customer_external_id,
                discounts=discounts,
                expired_at=expired_at,
                product_external_ids=product_external_ids,
                subscription_external_id=subscription_external_id,
                total_price=total_price,
                application_id=application_id,
                cancel_at=cancel_at,
                company_id=company_id,
                default_payment_method_external_id=default_payment_method_external_id,
                default_payment_method_id=default_payment_method_id,
                interval=interval,
                metadata=metadata,
                period_end=period_end,
                period_start=period_start,
                provider_type=provider_type,
                status=status,
                trial_end=trial_end,
                trial_end_setting=trial_end_setting,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_invoice(
        self,
        *,
        amount_due: int,
        amount_paid: int,
        amount_remaining: int,
        collection_method: str,
        currency: str,
        customer_external_id: str,
        subtotal: int,
        due_date: datetime.datetime | None | Unset = UNSET,
        ending_balance: int | None | Unset = UNSET,
        external_id: str | None | Unset = UNSET,
        payment_method_external_id: str | None | Unset = UNSET,
        starting_balance: int | None | Unset = UNSET,
        status: InvoiceStatus | None | Unset = UNSET,
        subscription_external_id: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertInvoiceResponse:
        """Upsert invoice.

        `POST /billing/invoices`

        Args:
            amount_due (int)
            amount_paid (int)
            amount_remaining (int)
            collection_method (str)
            currency (str)
            customer_external_id (str)
            subtotal (int)
            due_date (datetime.datetime | None, optional)
            ending_balance (int | None, optional)
            external_id (str | None, optional)
            payment_method_external_id (str | None, optional)
            starting_balance (int | None, optional)
            status (InvoiceStatus | None, optional)
            subscription_external_id (str | None, optional)
            url (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertInvoiceResponse: the response envelope; `.data` is InvoiceResponseData.
        """
        from . import upsert_invoice as _operation

        return self._requester.request(
            _operation.build_request(
                amount_due=amount_due,
                amount_paid=amount_paid,
                amount_remaining=amount_remaining,
                collection_method=collection_method,
                currency=currency,
                customer_external_id=customer_external_id,
                subtotal=subtotal,
                due_date=due_date,
                ending_balance=ending_balance,
                external_id=external_id,
                payment_method_external_id=payment_method_external_id,
                starting_balance=starting_balance,
                status=status,
                subscription_external_id=subscription_external_id,
                url=url,
            ),
            _operation.parse_response,
            request_options,
        )

    def upsert_payment_method(
        self,
        *,
        customer_external_id: str,
        external_id: str,
        payment_method_type: str,
        account_last4: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        bank_name: str | None | Unset = UNSET,
        billing_email: str | None | Unset = UNSET,
        billing_name: str | None | Unset = UNSET,
        card_brand: str | None | Unset = UNSET,
        card_exp_month: int | None | Unset = UNSET,
        card_exp_year: int | None | Unset = UNSET,
        card_last4: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertPaymentMethodResponse:
        """Upsert payment method.

        `POST /billing/payment-methods`

        Args:
            customer_external_id (str)
            external_id (str)
            payment_method_type (str)
            account_last4 (str | None, optional)
            account_name (str | None, optional)
            bank_name (str | None, optional)
            billing_email (str | None, optional)
            billing_name (str | None, optional)
            card_brand (str | None, optional)
            card_exp_month (int | None, optional)
            card_exp_year (int | None, optional)
            card_last4 (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertPaymentMethodResponse: the response envelope; `.data` is PaymentMethodResponseData.
        """
        from . import upsert_payment_method as _operation

        return self._requester.request(
            _operation.build_request(
                customer_external_id=customer_external_id,
                external_id=external_id,
                payment_method_type=payment_method_type,
                account_last4=account_last4,
                account_name=account_name,
                bank_name=bank_name,
                billing_email=billing_email,
                billing_name=billing_name,
                card_brand=card_brand,
                card_exp_month=card_exp_month,
                card_exp_year=card_exp_year,
                card_last4=card_last4,
            ),
            _operation.parse_response,
            request_options,
        )


class AsyncBillingResource:
    """Operations tagged `billing` (asyncio)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def count_billing_products(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        price_usage_type: BillingPriceUsageType | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        recurring_charges_only: bool | Unset = UNSET,
        with_one_time_charges: bool | Unset = UNSET,
        with_prices_only: bool | Unset = UNSET,
        with_zero_price: bool | Unset = UNSET,
        without_linked_to_plan: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountBillingProductsResponse:
        """Count billing products.

        `GET /billing/products/count`

        Args:
            ids (Sequence[str], optional)
            is_active (bool, optional)
            name (str, optional)
            price_usage_type (BillingPriceUsageType, optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            recurring_charges_only (bool, optional)
            with_one_time_charges (bool, optional)
            with_prices_only (bool, optional)
            with_zero_price (bool, optional)
            without_linked_to_plan (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountBillingProductsResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_billing_products as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                is_active=is_active,
                name=name,
                price_usage_type=price_usage_type,
                provider_type=provider_type,
                q=q,
                recurring_charges_only=recurring_charges_only,
                with_one_time_charges=with_one_time_charges,
                with_prices_only=with_prices_only,
                with_zero_price=with_zero_price,
                without_linked_to_plan=without_linked_to_plan,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def count_customers(
        self,
        *,
        company_ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> CountCustomersResponse:
        """Count customers.

        `GET /billing/customers/count`

        Args:
            company_ids (Sequence[str], optional)
            name (str, optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            CountCustomersResponse: the response envelope; `.data` is CountResponse.
        """
        from . import count_customers as _operation

        return await self._requester.request(
            _operation.build_request(
                company_ids=company_ids,
                name=name,
                provider_type=provider_type,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_billing_coupon(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingCouponResponse:
        """Delete billing coupon.

        `DELETE /billing/coupons/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingCouponResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_coupon as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_billing_customer(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingCustomerResponse:
        """Delete billing customer.

        `DELETE /billing/customer/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingCustomerResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_customer as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_billing_invoice(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingInvoiceResponse:
        """Delete billing invoice.

        `DELETE /billing/invoices/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingInvoiceResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_invoice as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_billing_product(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteBillingProductResponse:
        """Delete billing product.

        `DELETE /billing/product/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteBillingProductResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_billing_product as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_payment_method_by_external_id(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeletePaymentMethodByExternalIDResponse:
        """Delete payment method by external ID.

        `DELETE /billing/payment-methods/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeletePaymentMethodByExternalIDResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_payment_method_by_external_id as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def delete_product_price(
        self,
        *,
        billing_id: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteProductPriceResponse:
        """Delete product price.

        `DELETE /billing/product/prices/{billing_id}`

        Args:
            billing_id (str)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            DeleteProductPriceResponse: the response envelope; `.data` is DeleteResponse.
        """
        from . import delete_product_price as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_id=billing_id,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_billing_prices(
        self,
        *,
        currency: str | Unset = UNSET,
        for_initial_plan: bool | Unset = UNSET,
        for_trial_expiry_plan: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        interval: str | Unset = UNSET,
        interval_count: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        price: int | Unset = UNSET,
        product_id: str | Unset = UNSET,
        product_ids: Sequence[str] | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        tiers_mode: BillingTiersMode | Unset = UNSET,
        usage_type: BillingPriceUsageType | Unset = UNSET,
        with_meter: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingPricesResponse:
        """List billing prices.

        `GET /billing/price`

        Args:
            currency (str, optional)
            for_initial_plan (bool, optional)
            for_trial_expiry_plan (bool, optional)
            ids (Sequence[str], optional)
            interval (str, optional)
            interval_count (int, optional)
            is_active (bool, optional)
            plan_version_id (str, optional)
            price (int, optional)
            product_id (str, optional)
            product_ids (Sequence[str], optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            tiers_mode (BillingTiersMode, optional)
            usage_type (BillingPriceUsageType, optional)
            with_meter (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingPricesResponse: the response envelope; `.data` is list[BillingPriceView].
        """
        from . import list_billing_prices as _operation

        return await self._requester.request(
            _operation.build_request(
                currency=currency,
                for_initial_plan=for_initial_plan,
                for_trial_expiry_plan=for_trial_expiry_plan,
                ids=ids,
                interval=interval,
                interval_count=interval_count,
                is_active=is_active,
                plan_version_id=plan_version_id,
                price=price,
                product_id=product_id,
                product_ids=product_ids,
                provider_type=provider_type,
                q=q,
                tiers_mode=tiers_mode,
                usage_type=usage_type,
                with_meter=with_meter,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_billing_product_prices(
        self,
        *,
        currency: str | Unset = UNSET,
        for_initial_plan: bool | Unset = UNSET,
        for_trial_expiry_plan: bool | Unset = UNSET,
        ids: Sequence[str] | Unset = UNSET,
        interval: str | Unset = UNSET,
        interval_count: int | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        plan_version_id: str | Unset = UNSET,
        price: int | Unset = UNSET,
        product_id: str | Unset = UNSET,
        product_ids: Sequence[str] | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        tiers_mode: BillingTiersMode | Unset = UNSET,
        usage_type: BillingPriceUsageType | Unset = UNSET,
        with_meter: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingProductPricesResponse:
        """List billing product prices.

        `GET /billing/product/prices`

        Args:
            currency (str, optional)
            for_initial_plan (bool, optional)
            for_trial_expiry_plan (bool, optional)
            ids (Sequence[str], optional)
            interval (str, optional)
            interval_count (int, optional)
            is_active (bool, optional)
            plan_version_id (str, optional)
            price (int, optional)
            product_id (str, optional)
            product_ids (Sequence[str], optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            tiers_mode (BillingTiersMode, optional)
            usage_type (BillingPriceUsageType, optional)
            with_meter (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingProductPricesResponse: the response envelope; `.data` is list[BillingPriceView].
        """
        from . import list_billing_product_prices as _operation

        return await self._requester.request(
            _operation.build_request(
                currency=currency,
                for_initial_plan=for_initial_plan,
                for_trial_expiry_plan=for_trial_expiry_plan,
                ids=ids,
                interval=interval,
                interval_count=interval_count,
                is_active=is_active,
                plan_version_id=plan_version_id,
                price=price,
                product_id=product_id,
                product_ids=product_ids,
                provider_type=provider_type,
                q=q,
                tiers_mode=tiers_mode,
                usage_type=usage_type,
                with_meter=with_meter,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_billing_products(
        self,
        *,
        ids: Sequence[str] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        price_usage_type: BillingPriceUsageType | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        recurring_charges_only: bool | Unset = UNSET,
        with_one_time_charges: bool | Unset = UNSET,
        with_prices_only: bool | Unset = UNSET,
        with_zero_price: bool | Unset = UNSET,
        without_linked_to_plan: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListBillingProductsResponse:
        """List billing products.

        `GET /billing/products`

        Args:
            ids (Sequence[str], optional)
            is_active (bool, optional)
            name (str, optional)
            price_usage_type (BillingPriceUsageType, optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            recurring_charges_only (bool, optional)
            with_one_time_charges (bool, optional)
            with_prices_only (bool, optional)
            with_zero_price (bool, optional)
            without_linked_to_plan (bool, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListBillingProductsResponse: the response envelope; `.data` is list[BillingProductDetailResponseData].
        """
        from . import list_billing_products as _operation

        return await self._requester.request(
            _operation.build_request(
                ids=ids,
                is_active=is_active,
                name=name,
                price_usage_type=price_usage_type,
                provider_type=provider_type,
                q=q,
                recurring_charges_only=recurring_charges_only,
                with_one_time_charges=with_one_time_charges,
                with_prices_only=with_prices_only,
                with_zero_price=with_zero_price,
                without_linked_to_plan=without_linked_to_plan,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_coupons(
        self,
        *,
        is_active: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCouponsResponse:
        """List coupons.

        `GET /billing/coupons`

        Args:
            is_active (bool, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCouponsResponse: the response envelope; `.data` is list[BillingCouponResponseData].
        """
        from . import list_coupons as _operation

        return await self._requester.request(
            _operation.build_request(
                is_active=is_active,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_customers_with_subscriptions(
        self,
        *,
        company_ids: Sequence[str] | Unset = UNSET,
        name: str | Unset = UNSET,
        provider_type: BillingProviderType | Unset = UNSET,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCustomersWithSubscriptionsResponse:
        """List customers with subscriptions.

        `GET /billing/customers`

        Args:
            company_ids (Sequence[str], optional)
            name (str, optional)
            provider_type (BillingProviderType, optional)
            q (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListCustomersWithSubscriptionsResponse: the response envelope; `.data` is list[BillingCustomerWithSubscriptionsResponseData].
        """
        from . import list_customers_with_subscriptions as _operation

        return await self._requester.request(
            _operation.build_request(
                company_ids=company_ids,
                name=name,
                provider_type=provider_type,
                q=q,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_invoices(
        self,
        *,
        company_id: str | Unset = UNSET,
        customer_external_id: str,
        subscription_external_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListInvoicesResponse:
        """List invoices.

        `GET /billing/invoices`

        Args:
            company_id (str, optional)
            customer_external_id (str)
            subscription_external_id (str)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListInvoicesResponse: the response envelope; `.data` is list[InvoiceResponseData].
        """
        from . import list_invoices as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                customer_external_id=customer_external_id,
                subscription_external_id=subscription_external_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_meters(
        self,
        *,
        display_name: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListMetersResponse:
        """List meters.

        `GET /billing/meter`

        Args:
            display_name (str, optional)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListMetersResponse: the response envelope; `.data` is list[BillingMeterResponseData].
        """
        from . import list_meters as _operation

        return await self._requester.request(
            _operation.build_request(
                display_name=display_name,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def list_payment_methods(
        self,
        *,
        company_id: str | Unset = UNSET,
        customer_external_id: str,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListPaymentMethodsResponse:
        """List payment methods.

        `GET /billing/payment-methods`

        Args:
            company_id (str, optional)
            customer_external_id (str)
            limit (int, optional)
            offset (int, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            ListPaymentMethodsResponse: the response envelope; `.data` is list[PaymentMethodResponseData].
        """
        from . import list_payment_methods as _operation

        return await self._requester.request(
            _operation.build_request(
                company_id=company_id,
                customer_external_id=customer_external_id,
                limit=limit,
                offset=offset,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_billing_coupon(
        self,
        *,
        amount_off: int,
        duration: str,
        duration_in_months: int,
        external_id: str,
        max_redemptions: int,
        name: str,
        percent_off: float,
        times_redeemed: int,
        currency: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingCouponResponse:
        """Upsert billing coupon.

        `POST /billing/coupons`

        Args:
            amount_off (int)
            duration (str)
            duration_in_months (int)
            external_id (str)
            max_redemptions (int)
            name (str)
            percent_off (float)
            times_redeemed (int)
            currency (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingCouponResponse: the response envelope; `.data` is BillingCouponResponseData.
        """
        from . import upsert_billing_coupon as _operation

        return await self._requester.request(
            _operation.build_request(
                amount_off=amount_off,
                duration=duration,
                duration_in_months=duration_in_months,
                external_id=external_id,
                max_redemptions=max_redemptions,
                name=name,
                percent_off=percent_off,
                times_redeemed=times_redeemed,
                currency=currency,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_billing_customer(
        self,
        *,
        email: str,
        external_id: str,
        meta: Mapping[str, str],
        name: str,
        company_id: str | None | Unset = UNSET,
        default_payment_method_id: str | None | Unset = UNSET,
        provider_type: BillingProviderType | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingCustomerResponse:
        """Upsert billing customer.

        `POST /billing/customer/upsert`

        Args:
            email (str)
            external_id (str)
            meta (Mapping[str, str])
            name (str)
            company_id (str | None, optional)
            default_payment_method_id (str | None, optional)
            provider_type (BillingProviderType | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingCustomerResponse: the response envelope; `.data` is BillingCustomerResponseData.
        """
        from . import upsert_billing_customer as _operation

        return await self._requester.request(
            _operation.build_request(
                email=email,
                external_id=external_id,
                meta=meta,
                name=name,
                company_id=company_id,
                default_payment_method_id=default_payment_method_id,
                provider_type=provider_type,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_billing_meter(
        self,
        *,
        display_name: str,
        event_name: str,
        event_payload_key: str,
        external_id: str,
        provider_type: BillingProviderType | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingMeterResponse:
        """Upsert billing meter.

        `POST /billing/meter/upsert`

        Args:
            display_name (str)
            event_name (str)
            event_payload_key (str)
            external_id (str)
            provider_type (BillingProviderType | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingMeterResponse: the response envelope; `.data` is BillingMeterResponseData.
        """
        from . import upsert_billing_meter as _operation

        return await self._requester.request(
            _operation.build_request(
                display_name=display_name,
                event_name=event_name,
                event_payload_key=event_payload_key,
                external_id=external_id,
                provider_type=provider_type,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_billing_price(
        self,
        *,
        billing_scheme: BillingPriceScheme,
        currency: str,
        external_account_id: str,
        interval: str,
        is_active: bool,
        price: int,
        price_external_id: str,
        price_tiers: Sequence[CreateBillingPriceTierRequestBody | Mapping[str, Any]],
        product_external_id: str,
        usage_type: BillingPriceUsageType,
        interval_count: int | None | Unset = UNSET,
        meter_id: str | None | Unset = UNSET,
        nickname: str | None | Unset = UNSET,
        package_size: int | None | Unset = UNSET,
        price_decimal: str | None | Unset = UNSET,
        provider_type: BillingProviderType | None | Unset = UNSET,
        tiers_mode: BillingTiersMode | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingPriceResponse:
        """Upsert billing price.

        `POST /billing/price/upsert`

        Args:
            billing_scheme (BillingPriceScheme)
            currency (str)
            external_account_id (str)
            interval (str)
            is_active (bool)
            price (int)
            price_external_id (str)
            price_tiers (Sequence[CreateBillingPriceTierRequestBody | Mapping[str, Any]])
            product_external_id (str)
            usage_type (BillingPriceUsageType)
            interval_count (int | None, optional)
            meter_id (str | None, optional)
            nickname (str | None, optional)
            package_size (int | None, optional)
            price_decimal (str | None, optional)
            provider_type (BillingProviderType | None, optional)
            tiers_mode (BillingTiersMode | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingPriceResponse: the response envelope; `.data` is BillingPriceResponseData.
        """
        from . import upsert_billing_price as _operation

        return await self._requester.request(
            _operation.build_request(
                billing_scheme=billing_scheme,
                currency=currency,
                external_account_id=external_account_id,
                interval=interval,
                is_active=is_active,
                price=price,
                price_external_id=price_external_id,
                price_tiers=price_tiers,
                product_external_id=product_external_id,
                usage_type=usage_type,
                interval_count=interval_count,
                meter_id=meter_id,
                nickname=nickname,
                package_size=package_size,
                price_decimal=price_decimal,
                provider_type=provider_type,
                tiers_mode=tiers_mode,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_billing_product(
        self,
        *,
        external_id: str,
        price: float,
        is_active: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        provider_type: BillingProviderType | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingProductResponse:
        """Create or update a billing product.

        `POST /billing/product/upsert`

        Args:
            external_id (str)
            price (float)
            is_active (bool | None, optional)
            name (str | None, optional)
            provider_type (BillingProviderType | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingProductResponse: the response envelope; `.data` is BillingProductResponseData.
        """
        from . import upsert_billing_product as _operation

        return await self._requester.request(
            _operation.build_request(
                external_id=external_id,
                price=price,
                is_active=is_active,
                name=name,
                provider_type=provider_type,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_billing_subscription(
        self,
        *,
        cancel_at_period_end: bool,
        currency: str,
        customer_external_id: str,
        discounts: Sequence[BillingSubscriptionDiscount | Mapping[str, Any]],
        expired_at: datetime.datetime,
        product_external_ids: Sequence[BillingProductPricing | Mapping[str, Any]],
        subscription_external_id: str,
        total_price: int,
        application_id: str | None | Unset = UNSET,
        cancel_at: int | None | Unset = UNSET,
        company_id: str | None | Unset = UNSET,
        default_payment_method_external_id: str | None | Unset = UNSET,
        default_payment_method_id: str | None | Unset = UNSET,
        interval: str | None | Unset = UNSET,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        period_end: int | None | Unset = UNSET,
        period_start: int | None | Unset = UNSET,
        provider_type: BillingProviderType | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        trial_end: int | None | Unset = UNSET,
        trial_end_setting: BillingSubscriptionTrialEndSetting | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertBillingSubscriptionResponse:
        """Create or update a billing subscription.

        `POST /billing/subscription/upsert`

        Args:
            cancel_at_period_end (bool)
            currency (str)
            customer_external_id (str)
            discounts (Sequence[BillingSubscriptionDiscount | Mapping[str, Any]])
            expired_at (datetime.datetime)
            product_external_ids (Sequence[BillingProductPricing | Mapping[str, Any]])
            subscription_external_id (str)
            total_price (int)
            application_id (str | None, optional)
            cancel_at (int | None, optional)
            company_id (str | None, optional)
            default_payment_method_external_id (str | None, optional)
            default_payment_method_id (str | None, optional)
            interval (str | None, optional)
            metadata (Mapping[str, Any] | None, optional)
            period_end (int | None, optional)
            period_start (int | None, optional)
            provider_type (BillingProviderType | None, optional)
            status (str | None, optional)
            trial_end (int | None, optional)
            trial_end_setting (BillingSubscriptionTrialEndSetting | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertBillingSubscriptionResponse: the response envelope; `.data` is BillingSubscriptionResponseData.
        """
        from . import upsert_billing_subscription as _operation

        return await self._requester.request(
            _operation.build_request(
                cancel_at_period_end=cancel_at_period_end,
                currency=currency,
                customer_external_id=customer_external_id,
                discounts=discounts,
                expired_at=expired_at,
                product_external_ids=product_external_ids,
                subscription_external_id=subscription_external_id,
                total_price=total_price,
                application_id=application_id,
                cancel_at=cancel_at,
                company_id=company_id,
                default_payment_method_external_id=default_payment_method_external_id,
                default_payment_method_id=default_payment_method_id,
                interval=interval,
                metadata=metadata,
                period_end=period_end,
                period_start=period_start,
                provider_type=provider_type,
                status=status,
                trial_end=trial_end,
                trial_end_setting=trial_end_setting,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_invoice(
        self,
        *,
        amount_due: int,
        amount_paid: int,
        amount_remaining: int,
        collection_method: str,
        currency: str,
        customer_external_id: str,
        subtotal: int,
        due_date: datetime.datetime | None | Unset = UNSET,
        ending_balance: int | None | Unset = UNSET,
        external_id: str | None | Unset = UNSET,
        payment_method_external_id: str | None | Unset = UNSET,
        starting_balance: int | None | Unset = UNSET,
        status: InvoiceStatus | None | Unset = UNSET,
        subscription_external_id: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertInvoiceResponse:
        """Upsert invoice.

        `POST /billing/invoices`

        Args:
            amount_due (int)
            amount_paid (int)
            amount_remaining (int)
            collection_method (str)
            currency (str)
            customer_external_id (str)
            subtotal (int)
            due_date (datetime.datetime | None, optional)
            ending_balance (int | None, optional)
            external_id (str | None, optional)
            payment_method_external_id (str | None, optional)
            starting_balance (int | None, optional)
            status (InvoiceStatus | None, optional)
            subscription_external_id (str | None, optional)
            url (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertInvoiceResponse: the response envelope; `.data` is InvoiceResponseData.
        """
        from . import upsert_invoice as _operation

        return await self._requester.request(
            _operation.build_request(
                amount_due=amount_due,
                amount_paid=amount_paid,
                amount_remaining=amount_remaining,
                collection_method=collection_method,
                currency=currency,
                customer_external_id=customer_external_id,
                subtotal=subtotal,
                due_date=due_date,
                ending_balance=ending_balance,
                external_id=external_id,
                payment_method_external_id=payment_method_external_id,
                starting_balance=starting_balance,
                status=status,
                subscription_external_id=subscription_external_id,
                url=url,
            ),
            _operation.parse_response,
            request_options,
        )

    async def upsert_payment_method(
        self,
        *,
        customer_external_id: str,
        external_id: str,
        payment_method_type: str,
        account_last4: str | None | Unset = UNSET,
        account_name: str | None | Unset = UNSET,
        bank_name: str | None | Unset = UNSET,
        billing_email: str | None | Unset = UNSET,
        billing_name: str | None | Unset = UNSET,
        card_brand: str | None | Unset = UNSET,
        card_exp_month: int | None | Unset = UNSET,
        card_exp_year: int | None | Unset = UNSET,
        card_last4: str | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> UpsertPaymentMethodResponse:
        """Upsert payment method.

        `POST /billing/payment-methods`

        Args:
            customer_external_id (str)
            external_id (str)
            payment_method_type (str)
            account_last4 (str | None, optional)
            account_name (str | None, optional)
            bank_name (str | None, optional)
            billing_email (str | None, optional)
            billing_name (str | None, optional)
            card_brand (str | None, optional)
            card_exp_month (int | None, optional)
            card_exp_year (int | None, optional)
            card_last4 (str | None, optional)
            request_options (RequestOptions, optional): per-call timeout_in_seconds, max_retries and
                additional_headers.

        Returns:
            UpsertPaymentMethodResponse: the response envelope; `.data` is PaymentMethodResponseData.
        """
        from . import upsert_payment_method as _operation

        return await self._requester.request(
            _operation.build_request(
                customer_external_id=customer_external_id,
                external_id=external_id,
                payment_method_type=payment_method_type,
                account_last4=account_last4,
                account_name=account_name,
                bank_name=bank_name,
                billing_email=billing_email,
                billing_name=billing_name,
                card_brand=card_brand,
                card_exp_month=card_exp_month,
                card_exp_year=card_exp_year,
                card_last4=card_last4,
            ),
            _operation.parse_response,
            request_options,
        )
