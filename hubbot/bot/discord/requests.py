"""Discord events -> platform-neutral `Request`s: who asks, where, in which conversation,
with which attachments, and the facts the access check (`hubbot.policy.access`) needs (a DM's
roles looked up in the guilds: `member_roles`).

Conversation keys (the chat memory unit):
- a thread:                 discord:thread:<thread id>
- a DM channel:             discord:dm:<channel id>
- a reply chain elsewhere:  discord:chain:<root>, where the root is the interaction that
  started it (a /chat answer) or the first message of the chain.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord

from hubbot.commands.base import Attachment, UserRef
from hubbot.commands.discovery import get
from hubbot.policy import access

if TYPE_CHECKING:
    from hubbot.config import DiscordSection, DispatcherSection

log = logging.getLogger(__name__)
PLATFORM = "discord"
THREAD_TYPES = (discord.ChannelType.public_thread, discord.ChannelType.private_thread,
                discord.ChannelType.news_thread)


@dataclass(frozen=True)
class Place:
    """Where an event happened."""

    guild_id: int | None
    channel_id: int | None
    parent_id: int | None = None  # the channel a thread belongs to
    is_thread: bool = False
    age_restricted: bool = False  # an NSFW channel, or a thread in one

    @property
    def channel(self) -> str:
        """The channel for `Request.channel`: a thread's parent channel."""
        return str((self.parent_id if self.is_thread else self.channel_id) or "")

    @property
    def thread(self) -> str:
        return str(self.channel_id or "") if self.is_thread else ""

    @property
    def is_dm(self) -> bool:
        return self.guild_id is None

    @property
    def scope(self) -> str:
        return f"{PLATFORM}:{self.guild_id}" if self.guild_id else f"{PLATFORM}:dm"


def place_of(channel: Any, guild_id: int | None) -> Place:
    channel_id = getattr(channel, "id", None)
    is_thread = getattr(channel, "type", None) in THREAD_TYPES
    parent_id = getattr(channel, "parent_id", None) if is_thread else None
    is_nsfw = getattr(channel, "is_nsfw", None)  # a thread answers for its parent channel
    return Place(guild_id, channel_id, parent_id, is_thread, bool(is_nsfw()) if callable(is_nsfw) else False)


def user_ref(user: discord.abc.User, section: DiscordSection, dispatcher: DispatcherSection,
             channel: Any = None) -> UserRef:
    roles = role_ids(user)
    asker = access.Asker(PLATFORM, str(user.id), None, roles=roles)
    return UserRef(id=f"{PLATFORM}:{user.id}", platform=PLATFORM, display_name=user.display_name, roles=roles,
                   is_admin=access.is_admin(section, dispatcher.admin_users, asker),
                   permissions=permission_facts(user, channel))


# The member permissions `policy.access.may_change_settings` reads.
PERMISSION_FACTS = ("administrator", "manage_guild", "manage_channels")


def permission_facts(user: discord.abc.User, channel: Any = None) -> frozenset[str]:
    """What the member may do where the event happened: an interaction carries the resolved
    permissions; a message's author is worked out from the cached guild's roles (none when the
    guild is not cached, so a mention never gains what a slash command would not)."""
    permissions = getattr(user, "resolved_permissions", None)
    if permissions is None and isinstance(user, discord.Member) and channel is not None:
        try:
            permissions = channel.permissions_for(user)
        except (AttributeError, TypeError, ValueError):
            permissions = None
    if permissions is None:
        return frozenset()
    return frozenset(name for name in PERMISSION_FACTS if getattr(permissions, name, False))


def role_ids(user: discord.abc.User) -> tuple[str, ...]:
    # The raw role ids from the event payload: Member.roles only lists roles of guilds in
    # the cache, and an access rule must not depend on what happens to be cached.
    return tuple(str(role) for role in getattr(user, "_roles", ()))


def asker(user: UserRef, place: Place, command: str | None,
          roles: tuple[str, ...] | None) -> access.Asker:
    """The facts the access check needs; a thread counts as its parent channel too."""
    channels = tuple(str(c) for c in (place.channel_id, place.parent_id) if c)
    return access.Asker(PLATFORM, user.id.removeprefix(f"{PLATFORM}:"),
                        str(place.guild_id) if place.guild_id else None, channels, roles, command)


def thread_key(channel_id: int) -> str:
    return f"{PLATFORM}:thread:{channel_id}"


def dm_key(channel_id: int) -> str:
    return f"{PLATFORM}:dm:{channel_id}"


def chain_key(root_id: int) -> str:
    return f"{PLATFORM}:chain:{root_id}"


def place_key(place: Place) -> str | None:
    """The conversation a place is by itself (threads and DMs), or None (a reply chain)."""
    if place.is_thread and place.channel_id:
        return thread_key(place.channel_id)
    if place.is_dm and place.channel_id:
        return dm_key(place.channel_id)
    return None


def message_root(message: discord.Message | None) -> str | None:
    """The chain a bot message belongs to when it answered an interaction (a /chat)."""
    metadata = getattr(message, "interaction_metadata", None)
    return chain_key(metadata.id) if metadata is not None else None


def image_attachments(message: discord.Message | None) -> list[discord.Attachment]:
    if message is None:
        return []
    return [a for a in message.attachments if (a.content_type or "").startswith("image/")
            or a.filename.lower().rsplit(".", 1)[-1] in {"png", "jpg", "jpeg", "webp", "gif"}]


def wrap_attachment(attachment: discord.Attachment, size_limit: int | None, hosts: list[str]) -> Attachment:
    """A `commands.base.Attachment` whose fetch downloads with the safe-image rules: only
    from the allowed hosts, capped by the command's limit and the payload's size limit."""
    url = attachment.url

    async def fetch(max_bytes: int) -> bytes:
        from hubbot.commands.image_input import fetch_url

        cap = min(max_bytes, size_limit) if size_limit else max_bytes
        return await fetch_url(url, max_bytes=cap, allowed_hosts=hosts)

    return Attachment(attachment.filename, attachment.content_type, attachment.size, fetch)


def reply_to(place: Place, **ids: int | None) -> dict[str, Any]:
    """Where to find the user again after a restart (no tokens: they expire)."""
    where: dict[str, Any] = {"platform": PLATFORM, "guild_id": place.guild_id, "channel_id": place.channel_id}
    where.update({k: v for k, v in ids.items() if v is not None})
    return where


async def member_roles(guilds: Sequence[discord.Guild], section: DiscordSection,
                       user: UserRef) -> tuple[str, ...] | None:
    """A DM carries no roles. Without a look-up, deny_roles would not hold in DMs (a muted
    member could DM the bot), and refusing every DM whenever a role list exists would shut
    out everyone else. So the member is looked up in each guild that owns a configured
    role (a REST call; no privileged intent needed). Not a member there: no roles from it.
    Any other failure returns None, which the access check refuses when role lists are in
    force (fail closed)."""
    wanted = access.ids([*section.allow_roles, *section.deny_roles], PLATFORM)
    if not wanted:
        return ()
    roles: list[str] = []
    for guild in guilds:
        if not any(guild.get_role(int(r)) for r in wanted if r.isdigit()):
            continue
        try:
            member = await guild.fetch_member(int(user.id.removeprefix(f"{PLATFORM}:")))
        except discord.NotFound:
            continue
        except discord.HTTPException:
            log.warning("could not read %s's roles in guild %s", user.id, guild.id, exc_info=True)
            return None
        roles += role_ids(member)
    return tuple(roles)


def is_private(command: str | None) -> bool:
    """The command answers only its asker (its spec is ephemeral)."""
    found = get(command) if command else None
    return bool(found and found.spec.ephemeral)
