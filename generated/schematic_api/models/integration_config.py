"""`IntegrationConfig`: one of `StripeIntegrationConfig`, `OrbIntegrationConfig`, `ClerkIntegrationConfig`, `WorkOSIntegrationConfig`, `MetronomeIntegrationConfig` (a union of the API's schemas, not a class of its own)."""

from typing import TypeAlias

from .clerk_integration_config import ClerkIntegrationConfig
from .metronome_integration_config import MetronomeIntegrationConfig
from .orb_integration_config import OrbIntegrationConfig
from .stripe_integration_config import StripeIntegrationConfig
from .work_os_integration_config import WorkOSIntegrationConfig

IntegrationConfig: TypeAlias = (
    StripeIntegrationConfig
    | OrbIntegrationConfig
    | ClerkIntegrationConfig
    | WorkOSIntegrationConfig
    | MetronomeIntegrationConfig
)
