"""Typed errors. Adapters render `UserError`s in the user's language; nothing else leaks."""

from __future__ import annotations

from typing import Any


class HubbotError(Exception):
    """Base class for errors hubbot raises on purpose."""


class ConfigError(HubbotError):
    """The configuration is unusable. The message is one line and never contains a secret."""


class UserError(HubbotError):
    """A user mistake or refusal: rendered from the message catalogue by `key` with `params`.

    `kind` classifies it for the audit log and metrics (invalid, refused, busy, quota,
    unavailable, ...).
    """

    kind = "invalid"

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def __str__(self) -> str:
        from hubbot.i18n import catalogue

        return catalogue().text(self.key, "en", **self.params)


class Refused(UserError):
    kind = "refused"


class Busy(UserError):
    kind = "busy"


class QuotaExceeded(UserError):
    kind = "quota"


class Unavailable(UserError):
    kind = "unavailable"
