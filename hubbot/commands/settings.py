"""/settings show|set|reset: a place's settings (`hubbot.commands.places` says what each means).

Anyone may see what applies here and where each value comes from (thread, channel,
guild/workspace, config). Changing one is for the people the one rule names
(`policy.access.may_change_settings`); every change is audited with who, where, before, after.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands import places
from hubbot.commands.base import Answer, Choice, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.places import language_for
from hubbot.errors import Refused, UserError
from hubbot.i18n import t
from hubbot.policy import access
from hubbot.storage import audit
from hubbot.storage import places as store

if TYPE_CHECKING:
    from hubbot.app import App

SHOWN_CHARS = 80  # a long persona is cut in the listing
AUDITED_CHARS = 300

SPEC = CommandSpec(
    name="settings",
    name_ko="설정",
    ephemeral=True,
    description={
        "en": "See or change this place's settings (model, persona, language…)",
        "ko": "이곳의 설정 보기·바꾸기 (모델, 페르소나, 언어…)",
    },
    # `level` before `key`: free text fills choice options from its first words, so only a level
    # typed before the key is taken as one ("set persona_name Thread Rex" keeps "Thread").
    options=(
        OptionSpec(
            "action",
            "string",
            {"en": "show, set or reset", "ko": "보기, 설정, 초기화"},
            choices=(
                Choice("show", {"en": "show", "ko": "보기"}),
                Choice("set", {"en": "set", "ko": "설정"}),
                Choice("reset", {"en": "reset", "ko": "초기화"}),
            ),
            name_ko="작업",
        ),
        OptionSpec(
            "level",
            "string",
            {
                "en": "Where: thread, channel (default) or guild/workspace",
                "ko": "적용 범위: 스레드, 채널(기본), 서버/워크스페이스",
            },
            choices=tuple(
                Choice(lv, {"en": lv, "ko": ko})
                for lv, ko in (("thread", "스레드"), ("channel", "채널"), ("guild", "서버"))
            ),
            name_ko="범위",
        ),
        OptionSpec(
            "key",
            "string",
            {"en": "Which setting", "ko": "설정 항목"},
            choices=tuple(Choice(k, {"en": k, "ko": k}) for k in places.KEYS),
            name_ko="항목",
        ),
        OptionSpec(
            "value",
            "string",
            {"en": "The new value", "ko": "새 값"},
            max_length=1500,
            autocomplete=places.VALUE_AUTOCOMPLETE,
            name_ko="값",
        ),
    ),
)


class SettingsCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        action = str(request.options.get("action") or "show")
        if action == "show":
            yield Answer(await listing(request, app, lang), title=t("settings.title", lang))
            return
        level = _level(request)
        key = str(request.options.get("key") or "")
        user = request.user
        if not access.may_change_settings(user.platform, user.is_admin, user.permissions, level, key=key):
            raise Refused("settings.not_allowed", level=t(f"settings.level_{level}", lang))
        place = places.place_of(request)
        if action == "set":
            text = await _set(request, app, place, level, key, lang)
        else:
            text = await _reset(request, app, place, level, key, lang)
        yield Answer(text, title=t("settings.title", lang))


async def listing(request: Request, app: App, lang: str) -> str:
    resolved = await store.resolve(app.db, places.place_of(request), places.defaults(app.settings))
    lines = []
    for key, value in resolved.values.items():
        shown = value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…"
        source = t(f"settings.level_{resolved.sources[key]}", lang)
        lines.append(f"`{key}` = {shown or '—'}  ({source})")
    return "\n".join([*lines, "", t("settings.how_to_change", lang)])


def _level(request: Request) -> str:
    level = str(request.options.get("level") or ("thread" if request.thread else "channel"))
    place = places.place_of(request)
    if level == "guild" and (not place.scope or place.scope.endswith(":dm")):
        raise UserError("settings.no_guild")
    if place.place(level) is None:
        raise UserError("settings.no_thread" if level == "thread" else "settings.no_channel")
    return level


async def _set(request: Request, app: App, place: store.PlaceIds, level: str, key: str, lang: str) -> str:
    raw = str(request.options.get("value") or "")
    if not key:
        raise UserError("settings.which_key", keys=", ".join(places.KEYS))
    value = places.checked(app, key, raw, request.user.id, request.user.is_admin)
    before = await store.put(app.db, place, level, key, value)
    await _audit(request, app, "settings-set", level, place, {key: (before, value)})
    return t("settings.was_set", lang, key=key, value=value, level=t(f"settings.level_{level}", lang))


async def _reset(request: Request, app: App, place: store.PlaceIds, level: str, key: str, lang: str) -> str:
    keys = [key] if key else list(places.KEYS)
    removed = await store.remove(app.db, place, level, keys)
    await _audit(request, app, "settings-reset", level, place, {k: (v, None) for k, v in removed.items()})
    where = t(f"settings.level_{level}", lang)
    if not removed:
        return t("settings.nothing_to_reset", lang, level=where)
    return t("settings.was_reset", lang, keys=", ".join(f"`{k}`" for k in removed), level=where)


async def _audit(
    request: Request,
    app: App,
    command: str,
    level: str,
    place: store.PlaceIds,
    changes: dict[str, tuple[str | None, str | None]],
) -> None:
    """Who changed what: the place, and each key's value before and after (cut, never a message)."""

    def cut(value: str | None) -> str | None:
        return value if value is None or len(value) <= AUDITED_CHARS else value[:AUDITED_CHARS] + "…"

    await audit.record(
        app.db,
        user_id=request.user.id,
        command=command,
        outcome="ok",
        platform=request.user.platform,
        scope=request.scope,
        detail={
            "level": level,
            "place": place.place(level) or "",
            "scope": place.scope,
            "changes": {k: {"before": cut(b), "after": cut(a)} for k, (b, a) in changes.items()},
        },
    )


COMMAND = SettingsCommand()
