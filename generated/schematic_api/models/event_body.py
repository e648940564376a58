"""`EventBody`: one of `EventBodyTrack`, `EventBodyFlagCheck`, `EventBodyIdentify`, `EventBodyInference` (a union of the API's schemas, not a class of its own)."""

from typing import TypeAlias

from .event_body_flag_check import EventBodyFlagCheck
from .event_body_identify import EventBodyIdentify
from .event_body_inference import EventBodyInference
from .event_body_track import EventBodyTrack

EventBody: TypeAlias = EventBodyTrack | EventBodyFlagCheck | EventBodyIdentify | EventBodyInference
