"""Admission and ordering: who may queue, and which queued jobs run next.

This module is pure policy — no asyncio, no threads, no models — so it can be read and
tested on its own. The dispatcher asks it three things: may this job queue (`admit`),
which jobs form the next batch for a model (`take`), and where a job stands (`position`).

Ordering is start-time fair queueing per model, the smooth form of deficit round-robin:
each job gets a start tag `max(virtual time, the user's last finish tag)` and a finish tag
`start + cost`, where cost is the work it asks for (new tokens, image steps). Jobs run in
order of (priority, start tag, arrival). A user who floods the queue gets start tags far in
the future, so another user's single job — tagged at the current virtual time — runs in the
next batch, not after the flood. Idle users earn no credit: a returning user starts at the
current virtual time.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field

from hubbot.inference.jobs import Job

PRUNE_USERS_ABOVE = 1024  # finish tags kept per model before old ones are dropped


@dataclass(eq=False)
class Ticket:
    """A queued job and what the scheduler knows about it."""

    job: Job
    key: Hashable  # jobs with equal keys may share a batch
    cost: float
    priority: int
    enqueued: float  # monotonic seconds
    seq: int = 0
    start: float = 0.0

    @property
    def order(self) -> tuple[int, float, int]:
        return (-self.priority, self.start, self.seq)

    def __lt__(self, other: Ticket) -> bool:
        return self.order < other.order


@dataclass(frozen=True)
class Refusal:
    reason: str  # "queue_full" | "user_limit"
    limit: int


@dataclass
class FairQueue:
    """One model's queue, kept sorted in run order."""

    tickets: list[Ticket] = field(default_factory=list)
    vtime: float = 0.0  # start tag of the latest job taken to run
    finish: dict[str, float] = field(default_factory=dict)  # user -> finish tag of their last job

    def __len__(self) -> int:
        return len(self.tickets)

    def push(self, ticket: Ticket) -> int:
        """Tag and insert the ticket; returns its 1-based position."""
        user = ticket.job.user_id
        ticket.start = max(self.vtime, self.finish.get(user, 0.0))
        self.finish[user] = ticket.start + ticket.cost
        index = bisect.bisect_right(self.tickets, ticket)
        self.tickets.insert(index, ticket)
        return index + 1

    def remove(self, ticket: Ticket) -> bool:
        """Take a queued ticket out (cancelled, timed out); its user is no longer charged for
        it: their later tickets and their finish tag move back by its cost."""
        index = bisect.bisect_left(self.tickets, ticket)
        for i in range(index, len(self.tickets)):
            if self.tickets[i] is ticket:
                del self.tickets[i]
                self._refund(ticket)
                return True
            if ticket < self.tickets[i]:
                break
        return False

    def _refund(self, removed: Ticket) -> None:
        user = removed.job.user_id
        later = [t for t in self.tickets if t.job.user_id == user and t.start > removed.start]
        for ticket in later:
            ticket.start = max(self.vtime, ticket.start - removed.cost)
        if user in self.finish:
            self.finish[user] = max(self.vtime, self.finish[user] - removed.cost)
        if later:
            self.tickets.sort()

    def take(self, limit: int, key: Hashable | None = None) -> list[Ticket]:
        """Up to `limit` tickets in run order sharing one batch key: the first ticket's key
        (or `key`). Tickets with another key keep their place."""
        chosen: list[Ticket] = []
        kept: list[Ticket] = []
        for index, ticket in enumerate(self.tickets):
            if len(chosen) >= limit:
                kept.extend(self.tickets[index:])
                break
            if key is None:
                key = ticket.key
            (chosen if ticket.key == key else kept).append(ticket)
        self.tickets = kept
        if chosen:
            self.vtime = max(self.vtime, max(t.start for t in chosen))
            # Not past a ticket still waiting (one of another batch key, or of a lower
            # priority): a newcomer must not start behind it.
            if kept:
                self.vtime = min(self.vtime, min(t.start for t in kept))
            self._prune()
        return chosen

    def head(self) -> Ticket | None:
        return self.tickets[0] if self.tickets else None

    def count_key(self, key: Hashable, limit: int) -> int:
        """How many queued tickets share `key` (counting stops at `limit`)."""
        count = 0
        for ticket in self.tickets:
            if ticket.key == key:
                count += 1
                if count >= limit:
                    break
        return count

    def _prune(self) -> None:
        # A finish tag at or below the virtual time changes nothing: the next job of that
        # user would start at the virtual time anyway.
        if len(self.finish) > PRUNE_USERS_ABOVE:
            self.finish = {u: f for u, f in self.finish.items() if f > self.vtime}


class Scheduler:
    """Per-model fair queues with bounded length and a per-user limit on unfinished jobs.

    `max_jobs_per_user` counts a user's jobs queued or running, on every model; a job over
    either limit is refused at once (never dropped later, never queued without bound).
    """

    def __init__(self, max_queue_per_model: int, max_jobs_per_user: int,
                 admin_users: list[str] | None = None, admin_priority: int = 0) -> None:
        self.max_queue_per_model = max_queue_per_model
        self.max_jobs_per_user = max_jobs_per_user
        self.admin_users = frozenset(admin_users or [])
        self.admin_priority = admin_priority
        self.queues: dict[str, FairQueue] = {}
        self.unfinished: Counter[str] = Counter()  # user -> jobs queued or running
        self._seq = itertools.count()

    def priority_of(self, job: Job) -> int:
        if job.user_id in self.admin_users:
            return max(job.priority, self.admin_priority)
        return job.priority

    def admit(self, job: Job) -> Refusal | None:
        if self.unfinished[job.user_id] >= self.max_jobs_per_user:
            return Refusal("user_limit", self.max_jobs_per_user)
        queue = self.queues.get(job.model_id)
        if queue is not None and len(queue) >= self.max_queue_per_model:
            return Refusal("queue_full", self.max_queue_per_model)
        return None

    def push(self, job: Job, key: Hashable, cost: float, now: float) -> tuple[Ticket, int]:
        """Queue an admitted job; returns its ticket and 1-based position."""
        ticket = Ticket(job, key, cost, self.priority_of(job), now, next(self._seq))
        position = self.queues.setdefault(job.model_id, FairQueue()).push(ticket)
        self.unfinished[job.user_id] += 1
        return ticket, position

    def take(self, model_id: str, limit: int) -> list[Ticket]:
        queue = self.queues.get(model_id)
        return queue.take(limit) if queue else []

    def remove(self, ticket: Ticket) -> bool:
        """Take a queued ticket out (cancelled, timed out). False when it is not queued."""
        queue = self.queues.get(ticket.job.model_id)
        return bool(queue and queue.remove(ticket))

    def finished(self, job: Job) -> None:
        """A job ended (whatever the outcome): it no longer counts against its user."""
        left = self.unfinished[job.user_id] - 1
        if left > 0:
            self.unfinished[job.user_id] = left
        else:
            self.unfinished.pop(job.user_id, None)

    def queued(self, model_id: str | None = None) -> int:
        if model_id is not None:
            queue = self.queues.get(model_id)
            return len(queue) if queue else 0
        return sum(len(q) for q in self.queues.values())

    def positions(self, model_id: str) -> Iterator[tuple[Ticket, int]]:
        queue = self.queues.get(model_id)
        for index, ticket in enumerate(queue.tickets if queue else []):
            yield ticket, index + 1


def job_cost(job: Job, generation: dict) -> float:
    """The work a job asks for, in rough token-equivalents: what fairness charges its user."""
    options = {**generation, **job.options}
    if job.kind in ("image", "image-edit"):
        return float(max(1, int(options.get("steps") or 30)) * max(1, int(options.get("count") or 1)))
    return float(max(1, int(options.get("max_new_tokens") or 256)))
