"""One bot process for tests/storage/test_instances.py, driven line by line over stdin/stdout.

    python tests/lease_worker.py HUB_CONFIG DATABASE_URL DATA_DIR NAME

Its chat-small model never finishes a job (the first stays `running`, later ones `queued`
behind it), its lease is short (5 s, renewed every 0.3 s), and
it tells users about interrupted jobs of platform "test" by printing `told <tag>`.
Prints `ready` once started, then answers:
  submit TAG   -> a job for user test:<NAME>, flushed to the jobs table  -> `submitted <job id>`
  stop         -> App.stop() and exit 0
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import Any

from fakes import FakeBackend  # this script runs from tests/, beside fakes.py

from hubbot.app import App
from hubbot.commands.interrupted import notify_interrupted
from hubbot.config import load_settings
from hubbot.inference.jobs import Job, JobKind, TextInputs

MODEL = "chat-small"


class StuckBackend(FakeBackend):
    """Runs until its jobs are cancelled (a long generation, as far as anyone can tell)."""

    def batch_key(self, job: Job) -> str:
        return "all"

    def run_batch(self, jobs: list[Job], emit: Any) -> None:
        while not all(emit.is_cancelled(job.id) for job in jobs):
            time.sleep(0.05)


async def main(config: str, database_url: str, data_dir: str, name: str) -> int:
    settings = load_settings(config, database_url=database_url, data_dir=data_dir,
                             dispatcher={"heartbeat_s": 0.3, "lease_s": 5.0, "job_timeout_s": 600})
    app = App.create(settings)
    app.registry.use_backend(MODEL, StuckBackend(app.registry.card(MODEL)))

    async def tell(reply_to: dict[str, Any], platform_user: str, text: str) -> None:
        say(f"told {reply_to.get('tag')} {platform_user}")

    await app.start()
    await notify_interrupted(app, "test", tell)
    say("ready")
    handles = []
    loop = asyncio.get_running_loop()
    while line := (await loop.run_in_executor(None, sys.stdin.readline)).split():
        if line[0] == "submit":
            job = Job(JobKind.TEXT, MODEL, TextInputs(prompt="hi"), f"test:{name}", command="chat",
                      reply_to={"platform": "test", "tag": line[1]})
            handles.append(app.dispatcher.submit(job))
            await asyncio.sleep(0.1)  # started, if the device is free (else it stays queued)
            await app.dispatcher.ledger.flush()
            say(f"submitted {job.id}")
        elif line[0] == "stop":
            break
    await app.stop()
    return 0


def say(line: str) -> None:
    print(line, flush=True)


if __name__ == "__main__":
    sys.exit(asyncio.run(main(*sys.argv[1:5])))
