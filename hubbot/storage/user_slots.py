"""Per-user jobs in flight, counted across every bot process through Redis.

Each running job holds a lease in a sorted set per user (`member = job id`, `score = expiry`).
Leases expire on their own, so a process that dies without releasing cannot lock a user out
for longer than one lease. The check-and-take is one Lua script, so two processes admitting the
same user at the same moment cannot both take the last slot.

When Redis is unreachable the bot keeps serving (each process still applies its own
dispatcher limit) and logs a warning: the shared limit protects capacity, it is not security.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from hubbot.errors import Busy

log = logging.getLogger(__name__)

# KEYS[1] = the user's set; ARGV = limit, lease seconds, job id. Server time, so hosts may drift.
ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[3]) then return 1 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2])))
return 1
"""


class UserSlots:
    """`async with slots.hold(user_id, job_id):` around a job; raises Busy when the user is at the limit."""

    def __init__(self, url: str, limit: int, lease_s: float, prefix: str = "hubbot:inflight:") -> None:
        self.url = url
        self.limit = limit
        self.lease_s = lease_s
        self.prefix = prefix
        self._client: Any = None
        self._acquire: Any = None

    async def start(self) -> None:
        import redis.asyncio as redis

        self._client = redis.from_url(self.url, socket_connect_timeout=2, socket_timeout=2)
        self._acquire = self._client.register_script(ACQUIRE)

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def acquire(self, user_id: str, job_id: str) -> bool:
        """Take a slot for this job; False when the user already has `limit` jobs in flight."""
        from redis.exceptions import RedisError

        if self._client is None:
            await self.start()
        try:
            taken = await self._acquire(keys=[self.prefix + user_id], args=[self.limit, self.lease_s, job_id])
        except (RedisError, OSError) as exc:
            log.warning("shared job limit skipped, Redis unavailable: %s", type(exc).__name__)
            return True
        return bool(taken)

    async def release(self, user_id: str, job_id: str) -> None:
        from redis.exceptions import RedisError

        try:
            await self._client.zrem(self.prefix + user_id, job_id)
        except (RedisError, OSError) as exc:
            log.warning("could not release a shared job slot (it expires by itself): %s", type(exc).__name__)

    async def in_flight(self, user_id: str) -> int:
        return int(await self._client.zcard(self.prefix + user_id))

    @asynccontextmanager
    async def hold(self, user_id: str, job_id: str) -> AsyncIterator[None]:
        if not await self.acquire(user_id, job_id):
            raise Busy("shared.too_many_jobs", limit=self.limit)
        try:
            yield
        finally:
            await self.release(user_id, job_id)


def user_slots_for(settings: Any) -> UserSlots | None:
    """The shared limiter when `redis_url` is set (else None: each process limits on its own)."""
    if not settings.redis_url:
        return None
    dispatcher = settings.dispatcher
    lease = dispatcher.job_timeout_s + dispatcher.shutdown_grace_s + 60
    return UserSlots(settings.redis_url.get_secret_value(), dispatcher.max_jobs_per_user, lease)
