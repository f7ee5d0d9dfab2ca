"""Runs a command for an adapter: guards, errors rendered in the user's language, audit."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands import places
from hubbot.commands.base import Answer, Error, Image, Reply, Request, current_request
from hubbot.commands.discovery import ACTION_HANDLERS, UNMETERED_PREFIXES, command_of_action
from hubbot.commands.options import typed_options
from hubbot.commands.places import language_for
from hubbot.commands.show import remember
from hubbot.errors import UserError
from hubbot.i18n import t
from hubbot.policy.consent import with_image_consent
from hubbot.storage import audit, users

if TYPE_CHECKING:
    from hubbot.app import App

log = logging.getLogger(__name__)

# Actions audited without the user's id or place: the record of a /forget must not be the
# one thing left that names the user.
ANONYMOUS_AUDIT = frozenset({"forget-confirm"})


async def execute(request: Request, app: App) -> AsyncIterator[Reply]:
    """Run `request.command` and yield its replies. Never raises for user mistakes."""
    lang = language_for(request, app)
    command = app.commands.get(request.command)
    if command is None:
        yield Error(t("error.unknown_command", lang, command=request.command))
        return
    try:  # one typing of options for every front end (text, Discord's values, the CLI's)
        request = dataclasses.replace(request, options=typed_options(command.spec, request.options))
    except UserError as exc:
        yield Error(t(exc.key, lang, **exc.params), kind=exc.kind)
        return
    request, lang = await _in_place(request, app)
    if not places.enabled(request, app, command.spec.name):
        yield Error(t("settings.disabled_here", lang, command=command.spec.name), kind="refused")
        return
    async for reply in _guarded(request, app, lang, command.run(request, app)):
        yield reply


async def _in_place(request: Request, app: App) -> tuple[Request, str]:
    """The request with its place's settings resolved (thread > channel > guild > config), and
    the reply language they give."""
    request = dataclasses.replace(request, resolved=await places.resolve(request, app))
    return request, language_for(request, app)


async def execute_action(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    """Run a button press. `action_id` is "prefix:payload"; the prefix picks the handler."""
    request, lang = await _in_place(request, app)
    prefix = action_id.split(":", 1)[0]
    handler = ACTION_HANDLERS.get(prefix)
    if handler is None:
        yield Error(t("error.unknown_action", lang))
        return
    owner = command_of_action(action_id)
    if owner and not places.enabled(request, app, owner):
        yield Error(t("settings.disabled_here", lang, command=owner), kind="refused")
        return
    anonymous = prefix in ANONYMOUS_AUDIT
    async for reply in _guarded(request, app, lang, handler(action_id, request, app), anonymous=anonymous,
                                guard_as=metered_command(action_id)):
        yield reply


# What a refusal's audit record keeps besides its reason: the policy class, the layer that found
# it and the moderation model's score (never the text).
AUDITED_PARAMS = ("label", "layer", "score")


def metered_command(action_id: str) -> str | None:
    """The command a button press counts as for the guards (quotas above all): the command
    whose module handles the button (the mapping disabled commands use), unless the button
    starts no job. Otherwise reroll/variation would make images past the /imagine quota."""
    if action_id.split(":", 1)[0] in UNMETERED_PREFIXES:
        return None
    return command_of_action(action_id)


async def _guarded(
    request: Request, app: App, lang: str, replies: AsyncIterator[Reply], *, anonymous: bool = False,
    guard_as: str | None = None,
) -> AsyncIterator[Reply]:
    """`guard_as`: the command the guards see (a button's own command), when not request.command."""
    outcome = "ok"
    detail: dict[str, str] = {}
    token = current_request.set(request)
    try:
        await users.touch(app.db, request.user.id, request.user.platform, request.user.display_name)
        guarded = dataclasses.replace(request, command=guard_as) if guard_as else request
        for guard in app.guards:
            await guard(guarded, app)
        async for reply in with_image_consent(request, app, replies):
            if isinstance(reply, Answer | Image) and reply.job_id:  # a result /show can post again
                reply = await remember(request, app, reply, lang)
            yield reply
    except UserError as exc:
        outcome = exc.kind
        detail = {"reason": exc.key, **{k: str(exc.params[k]) for k in AUDITED_PARAMS if k in exc.params}}
        yield Error(t(exc.key, lang, **exc.params), kind=exc.kind)
    except Exception:
        outcome = "error"
        log.exception("command %s failed", request.command)
        yield Error(t("error.internal", lang), kind="error")
    finally:
        with contextlib.suppress(ValueError):  # closed from another context: nothing to undo
            current_request.reset(token)
        try:
            await audit.record(
                app.db, user_id=None if anonymous else request.user.id, command=request.command,
                outcome=outcome, platform=request.user.platform, scope="" if anonymous else request.scope,
                detail=detail, known_users_only=True,
            )
        except Exception:
            log.exception("could not write the audit record")
