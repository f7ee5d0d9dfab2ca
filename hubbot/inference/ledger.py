"""The jobs table as the dispatcher keeps it: one row per job, changed as the job runs.

Writes are buffered (`storage.jobs.JobWriter`) and flushed a few times a second, so a burst of
jobs costs one transaction rather than one per event. Without a database nothing is recorded.
"""

from __future__ import annotations

from typing import Any

from hubbot.inference.jobs import Job


class JobLedger:
    def __init__(self, db: Any = None, instance_id: str | None = None) -> None:
        self.db = db
        self.instance_id = instance_id  # stamped on every row (storage.instances)
        self._writer: Any = None

    def start(self) -> None:
        if self.db is not None and self._writer is None:
            from hubbot.storage.jobs import JobWriter

            self._writer = JobWriter(self.db)
            self._writer.start()

    async def stop(self) -> None:
        """Write what is buffered and stop the timer."""
        if self._writer is not None:
            await self._writer.stop()

    def now(self) -> Any:
        return self.db.now() if self.db is not None else None

    def new(self, job: Job) -> None:
        """A job was queued (or started outside the queues, like training)."""
        if self._writer is None:
            return
        self._writer.insert({
            "id": job.id, "user_id": job.user_id, "command": (job.command or str(job.kind))[:32],
            "kind": str(job.kind), "model_id": job.model_id, "status": "queued",
            "reply_to": dict(job.reply_to), "options": json_safe(job.options), "created_at": self.now(),
            "instance_id": self.instance_id,
        })

    def change(self, job: Job, **columns: Any) -> None:
        if self._writer is not None:
            self._writer.change(job.id, job.user_id, **columns)

    def status(self, job: Job, status: str, error: str | None = None) -> None:
        """`running` stamps `started_at`; any other status `finished_at`."""
        columns: dict[str, Any] = {"status": status}
        columns["started_at" if status == "running" else "finished_at"] = self.now()
        if error:
            columns["error"] = error[:200]
        self.change(job, **columns)

    async def flush(self) -> None:
        if self._writer is not None:
            await self._writer.flush()

    async def forget_user(self, user_id: str) -> None:
        """Drop the user's rows not yet written (written after /forget, they would come back)."""
        if self._writer is not None:
            await self._writer.forget_user(user_id)


def json_safe(options: dict[str, Any]) -> dict[str, Any]:
    """The JSON-safe part of a job's options, for its row."""
    return {k: v for k, v in options.items() if isinstance(v, str | int | float | bool) or v is None}
