"""The Slack adapter: a slack-bolt AsyncApp in HTTP mode (`/slack/events`) or Socket Mode.

Slash commands come from the one spec source (`hubbot.commands.discovery.specs()`); each is
acknowledged at once, then answered in the channel: a placeholder message is posted and
updated while tokens stream (at most once per `edit_interval_s`), long answers continue in
its thread, images are uploaded with files_upload_v2, buttons carry their action ids. An
@mention or a DM starts or continues a conversation (a thread is a conversation).

- `app.py`      — the bolt app: slash commands and buttons -> requests; shutdown
- `mentions.py` — @mentions and DMs -> routed requests (a thread is a conversation)
- `requests.py` — Slack payloads -> `Request` parts (user, access facts, image files, "/name args")
- `replies.py`  — reply events -> Slack messages (mrkdwn, streamed updates, threads, files, buttons);
  the text is laid out by the shared reply model (`hubbot.bot.render`)
- `serve.py`    — `run(app)`: token checks, HTTP or Socket Mode, until SIGTERM/SIGINT
- `socket.py`   — the Socket Mode client (fresh URL per attempt, quiet back-off)

`hubbot run slack` calls `run(app)`.
"""

from hubbot.bot.slack.app import HubbotSlack
from hubbot.bot.slack.serve import run

__all__ = ["HubbotSlack", "run"]
