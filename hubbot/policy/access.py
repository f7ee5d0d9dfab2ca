"""Who may use the bot, where, and which commands: the one access check that slash commands,
buttons, mentions and DMs on every platform go through.

An adapter reads the facts from its platform's event into an `Asker` and asks `refusal()`;
the answer is a catalogue key (shown privately, in the user's language) or None. The rules:

- while the bot is stopping, nothing new starts;
- a disabled command is off everywhere, its buttons included;
- deny lists win over allow lists; a non-empty allow list admits only what it names (so a
  guild allow list also shuts Discord DMs out: a DM has no guild);
- a thread counts as its parent channel too;
- config entries may be written bare ("123", "U9") or qualified with the section's own
  platform ("discord:123", "slack:U9"); the same id means the same thing on both platforms.

Roles: only Discord has them. In a Discord DM the event carries none, so the adapter looks the
member up; when it cannot tell (`roles=None`) and role lists are in force, the asker is refused
rather than let a deny_roles member through a side door.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubbot.config import AccessSection

PLATFORMS_WITH_ROLES = frozenset({"discord"})
KNOWN_PLATFORMS = frozenset({"discord", "slack", "console"})
ROLE_LISTS = ("allow_roles", "deny_roles", "admin_roles")
ID_LISTS = ("allow_guilds", "deny_guilds", "allow_channels", "deny_channels", "allow_roles",
            "deny_roles", "allow_users", "deny_users", "admin_roles")

DENIED = "access.denied"
DISABLED = "access.command_disabled"
STOPPING = "error.shutting_down"


@dataclass(frozen=True)
class Asker:
    """What the access rules look at, as the adapter read it from the event."""

    platform: str  # "discord", "slack"
    user: str  # the platform's own id ("9000…", "U9"), without the platform prefix
    scope: str | None  # guild (Discord) / workspace (Slack) id; None in a Discord DM
    channels: tuple[str, ...] = ()  # where it happened, and the channel a thread belongs to
    roles: tuple[str, ...] | None = ()  # None: not known (see the module docstring)
    command: str | None = None  # the command it would run (a button's owning command)


def refusal(rules: AccessSection, asker: Asker, *, accepting: bool = True) -> str | None:
    """The catalogue key saying why this request is refused, or None to let it run."""
    if not accepting:
        return STOPPING
    if asker.command and asker.command in rules.disabled_commands:
        return DISABLED
    if asker.roles is None and (rules.allow_roles or rules.deny_roles):
        return DENIED
    checks = (
        (rules.allow_guilds, rules.deny_guilds, {asker.scope} if asker.scope else set()),
        (rules.allow_channels, rules.deny_channels, {c for c in asker.channels if c}),
        (rules.allow_roles, rules.deny_roles, set(asker.roles or ())),
        (rules.allow_users, rules.deny_users, {asker.user}),
    )
    for allow, deny, values in checks:
        if values & ids(deny, asker.platform) or (allow and not values & ids(allow, asker.platform)):
            return DENIED
    return None


def is_admin(rules: AccessSection, admin_users: Iterable[str], asker: Asker) -> bool:
    """Admins: a user named in `[dispatcher] admin_users`, or (Discord) a holder of an admin role."""
    return (asker.user in ids(admin_users, asker.platform)
            or bool(set(asker.roles or ()) & ids(rules.admin_roles, asker.platform)))


def ids(entries: Iterable[str | int], platform: str) -> set[str]:
    """Config entries as bare ids of `platform`; another platform's qualified entries drop out."""
    out = set()
    for entry in entries:
        prefix, sep, rest = str(entry).strip().partition(":")
        if not sep:
            out.add(prefix)
        elif prefix == platform:
            out.add(rest)
    return out


def config_problems(platform: str, rules: AccessSection) -> list[str]:
    """What in a platform's access section cannot work there: checked at start-up, so a list
    that looks restrictive never silently admits everyone."""
    problems = []
    if platform not in PLATFORMS_WITH_ROLES:
        for name in ROLE_LISTS:
            if getattr(rules, name):
                problems.append(f"{name}: {platform.title()} has no roles; use allow_users/deny_users or "
                                f"channels (admins: [dispatcher] admin_users = [\"{platform}:ID\"])")
    for name in ID_LISTS:
        foreign = sorted({str(e).split(":", 1)[0] for e in getattr(rules, name)
                          if str(e).split(":", 1)[0] in KNOWN_PLATFORMS - {platform}})
        if foreign:
            problems.append(f"{name}: entries for {', '.join(foreign)} never match in [{platform}]")
    return problems


# ---- who may change a place's settings (/settings set|reset) ----------------------------------

SETTINGS_LEVELS = ("thread", "channel", "guild")
# Facts the adapters put in `UserRef.permissions`, read from the platform.
GUILD_POWERS = frozenset({"administrator", "manage_guild", "workspace_admin"})
CHANNEL_POWERS = GUILD_POWERS | {"manage_channels"}


def may_change_settings(platform: str, is_admin: bool, permissions: Iterable[str], level: str, *,
                        key: str = "") -> bool:
    """The one rule, for every surface. The console's operator and the bot's admins
    (`[dispatcher] admin_users`, Discord admin roles) may change any place; a guild's settings
    need Discord's Administrator or Manage Server, or a Slack workspace admin/owner; a channel's
    and its threads' need Manage Channels (Discord) or the same admins. The safety level is a
    content-policy choice: guild powers only, at every level."""
    if platform == "console" or is_admin:
        return True
    held = set(permissions)
    if level == "guild" or key == "safety_level":
        return bool(held & GUILD_POWERS)
    return level in SETTINGS_LEVELS and bool(held & CHANNEL_POWERS)
