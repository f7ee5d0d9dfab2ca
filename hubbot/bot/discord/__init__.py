"""The Discord adapter: slash commands generated from the command specs, streamed replies,
attachments, buttons that survive restarts, mention/DM chats.

- `serve.py`   — `run(app)`: the token checked, endpoints set, the gateway served until SIGTERM/SIGINT
- `client.py`  — the bot (command sync, interactions, buttons, shutdown)
- `mentions.py` — mention, reply and DM chats (routing, reply-chain conversations)
- `menus.py`   — message commands ("Apps" menu on a message with an image) and their option modal
- `slash.py`   — `CommandSpec` -> `app_commands.Command` (types, choices, ranges, autocomplete, Korean)
- `requests.py` — Discord events -> `Request` (user, conversation, attachments) and access rules
- `replies.py` — reply events -> Discord messages (throttled edits, splitting, files, buttons); the
  text is laid out by the shared reply model (`hubbot.bot.render`)
- `drafts.py`  — a message as it should look, and buttons that carry their action ids
- `surfaces.py` — where messages go: an interaction (then the channel once its token expires —
  the one fallback, `InteractionSurface._by_token`) or a channel

`hubbot run discord` calls `run(app)`.
"""

from hubbot.bot.discord.client import HubbotDiscord
from hubbot.bot.discord.serve import run

__all__ = ["HubbotDiscord", "run"]
