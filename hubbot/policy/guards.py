"""The guards a request passes before its command runs, in order. `App.create` takes the list;
`STANDARD_GUARDS` is the standard one.

A guard inspects a request and raises a UserError to refuse it. Order matters: a model the user
may not see is unknown before anything else is said about the request, the content policy comes
next, and the daily quota last, so a refused request uses no quota. The image consent notice is
not a refusal: the runner adds it to the replies (policy/consent.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from hubbot.policy.moderation import moderation_guard
from hubbot.policy.quotas import quota_guard
from hubbot.policy.visibility import visibility_guard

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.commands.base import Request

Guard = Callable[["Request", "App"], Awaitable[None]]

STANDARD_GUARDS: tuple[Guard, ...] = (visibility_guard, moderation_guard, quota_guard)
