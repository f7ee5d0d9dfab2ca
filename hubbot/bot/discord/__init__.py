"""The Discord adapter: slash commands generated from the command specs, streamed replies,
attachments, buttons that survive restarts, mention/DM chats.

- `client.py`  — the bot (gateway, command sync, interactions, messages, shutdown) and `run(app)`
- `slash.py`   — `CommandSpec` -> `app_commands.Command` (types, choices, ranges, autocomplete, Korean)
- `requests.py` — Discord events -> `Request` (user, conversation, attachments) and access rules
- `replies.py` — reply events -> Discord messages (throttled edits, splitting, files, buttons)
- `surfaces.py` — where they go: an interaction (then the channel once its token expires) or a
  channel; buttons that carry their action ids

`hubbot run discord` calls `run(app)`.
"""

from hubbot.bot.discord.client import HubbotDiscord, run

__all__ = ["HubbotDiscord", "run"]
