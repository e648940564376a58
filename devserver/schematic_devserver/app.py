"""The ASGI application: routing, counters, faults, auth, validation both ways, dispatch.

Request pipeline: route by openapi.yaml -> count -> injected fault (if any) -> credential
and scope -> parameters and body validated -> handler (501 for an operation without one) ->
required fields completed -> response validated. A response that breaks the contract is a
server bug: logged at ERROR, recorded in ``errors`` and answered as 500. Paths under
``/_devserver/`` are the control interface (outside the spec). WebSockets on ``/datastream``
go to the datastream (``datastream.py``) once the handshake's injected fault, if any, is applied.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, unquote

from schematic_devserver.auth import Authenticator, AuthError
from schematic_devserver.completion import Completer
from schematic_devserver.datastream import DATASTREAM_PATH, DatastreamHub, refuse_handshake
from schematic_devserver.faults import Fault, FaultInjector, Stats
from schematic_devserver.handlers import (
    CAPTURE_MAX_BATCH,
    ApiError,
    Call,
    NotImplementedByDevserver,
)
from schematic_devserver.operations import OFF_LOOP, dispatch
from schematic_devserver.spec import Operation, Spec
from schematic_devserver.store import Store
from schematic_devserver.validation import RequestInvalid, first_error, parse_parameters, response_error

__all__ = ["CONTROL_PREFIX", "DevServerApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

CONTROL_PREFIX = "/_devserver/"
_LOG = logging.getLogger("devserver")
_JSON_HEADERS = [(b"content-type", b"application/json")]


def _encode(payload: Any) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


async def _respond(
    send: Send, status: int, payload: Any, headers: list[tuple[str, str]] | None = None
) -> None:
    """Send a complete JSON response."""
    body = _encode(payload)
    raw_headers = [*_JSON_HEADERS, (b"content-length", str(len(body)).encode())]
    raw_headers.extend((name.lower().encode(), value.encode("latin-1")) for name, value in headers or [])
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


async def _read_body(receive: Receive) -> bytes:
    """Read the whole request body."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _drop_connection(send: Send) -> None:
    """Close the connection without answering (the client sees it die mid-request).

    ASGI has no message for this, so reach the transport through uvicorn's send
    callable (a bound method of its request cycle), abort it, and let uvicorn notice
    the disconnect so it does not answer on the app's behalf.
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("cannot drop the connection: the server does not expose its transport")
    transport.abort()
    for _ in range(10):
        if getattr(cycle, "disconnected", True):
            return
        await asyncio.sleep(0)


class DevServerApp:
    """ASGI 3 application serving openapi.yaml from a Store."""

    def __init__(
        self,
        *,
        spec: Spec,
        store: Store,
        auth: Authenticator,
        faults: FaultInjector,
        stats: Stats,
        validate_responses: bool = True,
        on_reset: Callable[[bool], None] | None = None,
    ) -> None:
        self.spec = spec
        self.store = store
        self.auth = auth
        self.faults = faults
        self.stats = stats
        self.validate_responses = validate_responses
        self.completer = Completer(spec.document)
        self.errors: list[str] = []
        self._on_reset = on_reset
        self.datastream = DatastreamHub(
            store=store, auth=auth, spec=spec, on_bug=self._server_bug, validate=validate_responses
        )

    def snapshot(self) -> dict[str, Any]:
        """Every counter: the request counters plus ``datastream`` (see ``DatastreamHub.stats``)."""
        return {**self.stats.snapshot(), "datastream": self.datastream.stats()}

    def reset_stats(self) -> None:
        """Zero every counter, the datastream's too."""
        self.stats.reset()
        self.datastream.reset_stats()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] == "websocket":
            await self._websocket(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        client = scope.get("client")
        if client:
            self.stats.connection((str(client[0]), int(client[1])))
        body = await _read_body(receive)
        path: str = scope["path"]
        if path.startswith(CONTROL_PREFIX):
            await self._control(scope, body, send)
            return
        raw_path = scope.get("raw_path")
        route_path = raw_path.decode("latin-1") if raw_path else path
        match = self.spec.match(scope["method"], route_path)
        if match is None:
            self.stats.add("unmatched_requests")
            await _respond(send, 404, {"error": f"no such path: {path}"})
            return
        if match.operation is None:
            self.stats.add("unmatched_requests")
            allow = ", ".join(match.allowed_methods)
            await _respond(send, 405, {"error": f"method {scope['method']} not allowed"}, [("Allow", allow)])
            return
        operation = match.operation
        self.stats.request(operation.operation_id)
        fault = self.faults.take(scope["method"], path)
        if fault is not None:
            self.stats.add("faults_triggered")
            if await self._apply_fault(fault, send):
                return
        if operation.operation_id in OFF_LOOP:
            status, payload, headers, handled = await asyncio.to_thread(
                self._handle, operation, match.path_params, scope, body
            )
        else:
            status, payload, headers, handled = self._handle(operation, match.path_params, scope, body)
        if handled:
            payload = self.completer.complete(operation, status, payload)
        if self.validate_responses and handled:
            problem = response_error(operation, status, payload)
            if problem is not None:
                status, payload, headers = 500, {"error": f"response failed validation: {problem}"}, []
                self._server_bug(f"{operation.operation_id}: {problem}")
        if fault is not None and fault.drop_after:
            await _drop_connection(send)
            return
        await _respond(send, status, payload, headers)

    async def _websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A WebSocket: the datastream on its path (after any fault injected for it), else refused with 404."""
        await receive()  # websocket.connect
        path: str = scope["path"]
        if path.rstrip("/") != DATASTREAM_PATH:
            self.stats.add("unmatched_requests")
            await refuse_handshake(scope, send, 404, {"error": f"no WebSocket at {path}"})
            return
        fault = self.faults.take("GET", path)
        if fault is not None:
            self.stats.add("faults_triggered")
            if fault.latency:
                await asyncio.sleep(fault.latency)
            if fault.drop or fault.drop_after:
                await _drop_connection(send)
                return
            if fault.status is not None:
                retry_after = fault.retry_after_header()
                headers = [("Retry-After", retry_after)] if retry_after is not None else []
                await refuse_handshake(scope, send, fault.status, {"error": "injected fault"}, headers)
                return
        await self.datastream.serve(scope, receive, send)

    async def _apply_fault(self, fault: Fault, send: Send) -> bool:
        """Apply a fault; True when it answered (or dropped) instead of the operation."""
        if fault.latency:
            await asyncio.sleep(fault.latency)
        if fault.drop:
            await _drop_connection(send)
            return True
        if fault.status is not None:
            retry_after = fault.retry_after_header()
            headers = [("Retry-After", retry_after)] if retry_after is not None else []
            await _respond(send, fault.status, {"error": "injected fault"}, headers)
            return True
        return False

    def _server_bug(self, message: str) -> None:
        """Record a server-side contract violation or crash: logged and kept for the tests."""
        _LOG.error("devserver bug: %s", message)
        self.errors.append(message)
        self.stats.add("server_errors")

    def _handle(
        self, operation: Operation, path_params: Mapping[str, str], scope: Scope, body: bytes
    ) -> tuple[int, Any, list[tuple[str, str]], bool]:
        """Authenticate, validate and dispatch; every failure becomes an error answer.

        The last item is False for the 501 of an operation the devserver does not implement:
        an answer outside the contract by design, so neither completed nor validated.
        """
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]
        }
        try:
            credential = self.auth.authorize(operation.operation_id, operation.security, headers)
            params = parse_parameters(
                operation,
                {name: unquote(value) for name, value in path_params.items()},
                parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True),
            )
            document = self._body(operation, body)
            client = scope.get("client") or ("127.0.0.1", 0)
            reply = dispatch(
                Call(
                    store=self.store,
                    auth=self.auth,
                    stats=self.stats,
                    params=params,
                    body=document,
                    credential=credential,
                    client_ip=str(client[0]),
                    user_agent=headers.get("user-agent", ""),
                ),
                operation.operation_id,
            )
        except AuthError as exc:
            if operation.operation_id == "createSession" and exc.credential_kind == "secret":
                self.stats.add("session_secret_key_refusals")
            return exc.status, {"error": str(exc)}, [], True
        except RequestInvalid as exc:
            return 400, {"error": str(exc)}, [], True
        except NotImplementedByDevserver as exc:
            self.stats.add("not_implemented")
            return exc.status, exc.payload(), [], False
        except ApiError as exc:
            return exc.status, exc.payload(), [], True
        except Exception as exc:
            _LOG.exception("unhandled error in %s", operation.operation_id)
            self._server_bug(f"{operation.operation_id}: unhandled {type(exc).__name__}: {exc}")
            return 500, {"error": f"internal error: {type(exc).__name__}"}, [], True
        return reply.status, reply.payload, reply.headers, True

    @staticmethod
    def _body(operation: Operation, raw: bytes) -> Any:
        """Parse and validate the JSON request body of an operation."""
        if operation.body_validator is None:
            return None
        if not raw.strip():
            if operation.body_required:
                raise RequestInvalid("request body: a JSON body is required")
            return None
        try:
            document = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise RequestInvalid(f"request body: invalid JSON ({exc})") from None
        if operation.operation_id == "captureEventBatch":
            events = document.get("events") if isinstance(document, dict) else None
            if isinstance(events, list) and len(events) > CAPTURE_MAX_BATCH:
                raise ApiError(400, "batch too large", max_size=CAPTURE_MAX_BATCH)
        problem = first_error(operation.body_validator, document, "request body")
        if problem is not None:
            raise RequestInvalid(problem)
        return document

    async def _control(self, scope: Scope, body: bytes, send: Send) -> None:
        """The control interface: faults, stats and reset, guarded by the secret key."""
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]
        }
        try:
            credential = self.auth.authenticate(headers)
        except AuthError as exc:
            await _respond(send, exc.status, {"error": str(exc)})
            return
        if credential.kind != "secret":
            await _respond(send, 403, {"error": "the control interface needs the secret key"})
            return
        route = (scope["method"], scope["path"].rstrip("/"))
        try:
            document = json.loads(body) if body.strip() else {}
            if not isinstance(document, dict):
                raise ValueError("expected a JSON object")
            if route == ("POST", "/_devserver/faults"):
                fault = self.faults.add(**document)
                await _respond(send, 201, fault.as_dict())
            elif route == ("DELETE", "/_devserver/faults"):
                self.faults.clear()
                await _respond(send, 200, {"cleared": True})
            elif route == ("GET", "/_devserver/faults"):
                await _respond(send, 200, [fault.as_dict() for fault in self.faults.active()])
            elif route == ("GET", "/_devserver/stats"):
                await _respond(send, 200, self.snapshot())
            elif route == ("POST", "/_devserver/datastream/disconnect"):
                await _respond(send, 200, {"closed": self.datastream.disconnect_all()})
            elif route == ("POST", "/_devserver/reset"):
                wipe = bool(document.get("data", False))
                if self._on_reset is not None:
                    self._on_reset(wipe)
                await _respond(send, 200, {"reset": True, "data": wipe})
            else:
                await _respond(
                    send, 404, {"error": f"no such control endpoint: {scope['method']} {scope['path']}"}
                )
        except (TypeError, ValueError) as exc:
            await _respond(send, 400, {"error": str(exc)})

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        """Acknowledge ASGI lifespan events (nothing to set up: the store is opened by the owner)."""
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
