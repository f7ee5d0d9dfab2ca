"""The application object: everything a running bot shares, created once per process.

No global mutable state lives outside it. Front ends build one `App`, `await app.start()`,
hand requests to `hubbot.commands.runner.execute(request, app)`, and `await app.stop()`.
The guards every request passes (`hubbot.policy.guards`) and the commands it may run
(`hubbot.commands.discovery`) are handed to `App.create`; the standard ones by default.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hubbot.commands.base import Command
from hubbot.commands.discovery import COMMANDS
from hubbot.commands.finetune_jobs import FinetuneService
from hubbot.commands.interrupted import tell_everywhere
from hubbot.config import Settings
from hubbot.inference.backends.nudenet_images import NudeNetBackend
from hubbot.inference.dispatcher import Dispatcher
from hubbot.inference.metrics import MetricsServer
from hubbot.inference.registry import Registry
from hubbot.policy.guards import STANDARD_GUARDS, Guard
from hubbot.policy.intent import PolicyWarmUp, warm_up
from hubbot.policy.learned import default_layer
from hubbot.policy.moderation import default_checker
from hubbot.policy.moderation_model import ModelLayer
from hubbot.storage import Database, app_secrets, retention
from hubbot.storage.instances import Lease, new_instance_id
from hubbot.storage.live_memory import LiveMemory
from hubbot.storage.purge_schedule import RetentionScheduler
from hubbot.storage.user_slots import user_slots_for

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    db: Database
    registry: Registry
    dispatcher: Dispatcher
    # Checked in order before a command runs; one raises a UserError to refuse (policy/guards.py).
    guards: list[Guard] = field(default_factory=lambda: list(STANDARD_GUARDS))
    # The commands requests may name, by name (commands/discovery.py).
    commands: dict[str, Command] = field(default_factory=lambda: COMMANDS)
    # Services added by later layers (scheduler, moderation, metrics server, ...), by name.
    services: dict[str, Any] = field(default_factory=dict)
    serve: bool = False  # a long-running bot: metrics server, pinned models warmed up
    lease: Lease | None = None  # this process's instance row and heartbeat (storage.instances)
    # platform -> how to tell a user about an interrupted job (set by the front ends).
    notices: dict[str, Any] = field(default_factory=dict)
    # In-process conversation memory of users who opted out of log storage (commands.chat).
    live_memory: LiveMemory = field(default_factory=LiveMemory)
    _started: bool = False

    @classmethod
    def create(cls, settings: Settings, *, db: Database | None = None, serve: bool = False,
               guards: Iterable[Guard] = STANDARD_GUARDS) -> App:
        """`serve=True` for a long-running bot (`hubbot run`): it also starts the
        /metrics + /healthz server and the retention scheduler. One-shot CLI runs and tests leave it off.
        `guards`: what every request passes before its command runs, in order (default: the
        standard policy, `policy.guards.STANDARD_GUARDS`)."""
        registry = Registry(settings)
        db = db or Database(settings.sqlalchemy_url)
        instance_id = new_instance_id()
        app = cls(
            settings=settings,
            db=db,
            registry=registry,
            dispatcher=Dispatcher(settings, registry, db=db, instance_id=instance_id),
            guards=list(guards),
            serve=serve,
        )
        section = settings.dispatcher
        app.lease = Lease(db, instance_id, section.heartbeat_s, section.lease_s,
                          on_reaped=lambda: tell_everywhere(app))
        if serve and settings.metrics.enabled:  # /metrics and /healthz
            app.services["metrics"] = MetricsServer(settings.metrics, app.dispatcher)
        if not settings.moderation.intent_rules:
            app.services["moderation"] = dataclasses.replace(default_checker(), intents=False)
        if serve:  # Kiwi loads and the learned layer trains in the background, not on a message
            work = [warm_up] if settings.moderation.intent_rules else []
            if settings.moderation.learned:
                work.append(lambda: default_layer(settings.moderation.learned_threshold,
                                                  settings.learned_reader_path(),
                                                  settings.learned_reader_device()))
            app.services["policy_rules"] = PolicyWarmUp(*work)
        if settings.moderation.model:  # the model behind the word list (policy/moderation_model.py)
            app.services["moderation_model"] = ModelLayer.from_settings(settings.moderation, registry)
        if settings.moderation.images == "nudenet":  # images before they are posted or used
            app.services["image_moderation"] = ModelLayer(settings.moderation, NudeNetBackend(),
                                                          threshold=settings.moderation.image_threshold)
        app.services["finetune"] = FinetuneService(app)  # stored variants registered at start
        if serve:  # retention purges: hourly (configurable) and once at start-up
            app.services["retention"] = RetentionScheduler(
                db, lambda: retention.purge(db, settings.retention, settings.data_path),
                settings.retention.purge_every_minutes)
        slots = user_slots_for(settings)
        if slots is not None:  # several bot processes share one per-user job limit
            app.services["user_slots"] = slots
        return app

    async def start(self) -> None:
        if self._started:
            return
        await self.db.migrate()
        if self.settings.vote_secret is not None:
            app_secrets.use(self.db, app_secrets.VOTE_KEY, self.settings.vote_secret.get_secret_value())
        if self.lease is not None:  # before the first job row: rows always name a live instance
            await self.lease.start()
        await self.dispatcher.start()
        if self.serve and self.settings.gpu.warmup_pinned:
            await self.dispatcher.warm_up()
        for service in self.services.values():
            start = getattr(service, "start", None)
            if start is not None:
                await start()
        self._started = True

    async def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        for service in reversed(list(self.services.values())):
            stop = getattr(service, "stop", None)
            if stop is not None:
                await stop()
        await self.dispatcher.shutdown()
        if self.lease is not None:  # after the drain: until then the running jobs are ours
            await self.lease.stop()
        await self.db.close()

    async def __aenter__(self) -> App:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
