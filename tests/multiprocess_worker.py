"""One bot process for tests/storage/test_multiprocess.py, driven line by line over stdin/stdout.

    python tests/multiprocess_worker.py CONFIG USER_ID

Prints `ready` once imported, then answers each command line:
  start        -> App.start() (migrations included)      -> `started`
  help N       -> N concurrent /help runs for USER_ID     -> `errors E` (Error replies seen)
  take N       -> take up to N shared job slots           -> `took K`
  release      -> give the slots back                     -> `released`
  stop         -> App.stop() and exit 0
"""

from __future__ import annotations

import asyncio
import os
import sys

from hubbot.app import App
from hubbot.bot.console import console_request
from hubbot.commands.base import Error
from hubbot.commands.runner import execute
from hubbot.config import load_settings


async def main(config: str, user_id: str) -> int:
    app = App.create(load_settings(config))
    slots = app.services["user_slots"]
    taken: list[str] = []
    loop = asyncio.get_running_loop()
    say("ready")
    while line := (await loop.run_in_executor(None, sys.stdin.readline)).split():
        command, args = line[0], line[1:]
        if command == "start":
            await app.start()
            say("started")
        elif command == "help":
            runs = await asyncio.gather(*(replies(app, user_id, i) for i in range(int(args[0]))))
            say(f"errors {sum(isinstance(r, Error) for run in runs for r in run)}")
        elif command == "take":
            for i in range(int(args[0])):
                job_id = f"{os.getpid()}-{i}"
                if await slots.acquire(user_id, job_id):
                    taken.append(job_id)
            say(f"took {len(taken)}")
        elif command == "release":
            for job_id in taken:
                await slots.release(user_id, job_id)
            taken.clear()
            say("released")
        elif command == "stop":
            break
    await app.stop()
    return 0


async def replies(app: App, user_id: str, index: int) -> list:
    request = console_request("help", {}, user_id, f"mp-{os.getpid()}-{index}")
    return [reply async for reply in execute(request, app)]


def say(line: str) -> None:
    print(line, flush=True)


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1], sys.argv[2])))
