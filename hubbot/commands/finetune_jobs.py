"""Training jobs for /finetune: admission (one per device, one per user), the stepwise run
through the dispatcher, progress, cancel, checkpoint on shutdown, and registration of the
result as a model card (database + registry) — all or nothing.

Not a command module: `FinetuneService` is `app.services["finetune"]`; commands/finetune.py
and the CLI start jobs through it.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hubbot.config import ModelCard, ModelInfo
from hubbot.errors import Busy, UserError
from hubbot.i18n import t
from hubbot.inference.devices import device_label
from hubbot.inference.jobs import Job, JobKind, TextInputs
from hubbot.inference.lanes import lane_device
from hubbot.inference.registry import Access
from hubbot.inference.training import Hyper, LoraRun, Row, total_steps
from hubbot.inference.training_image import ImageLoraRun
from hubbot.storage import finetune as store

if TYPE_CHECKING:
    from hubbot.app import App

log = logging.getLogger(__name__)


# ---- events a training yields ---------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    rows: int
    tokens: int
    answer_tokens: int
    total: int
    device: str
    images: int = 0  # an image variant: how many instance images (rows and tokens are 0)
    resumed_from: int = 0  # the checkpoint's step when an interrupted training goes on


@dataclass(frozen=True)
class StepDone:
    step: int
    total: int
    loss: float
    tokens_per_s: float  # images per second for an image variant
    eta_s: float


@dataclass(frozen=True)
class Trained:
    card: ModelCard
    seconds: float
    losses: list[float]


@dataclass(frozen=True)
class Stopped:
    reason: str  # cancelled | interrupted | failed
    detail: str = ""
    step: int = 0
    total: int = 0


TrainEvent = Prepared | StepDone | Trained | Stopped


@dataclass
class TrainRequest:
    """What a user asked to train."""

    user_id: str
    owner_name: str
    scope: str
    base: ModelCard
    name: str
    rows: list[Row]
    hyper: Hyper
    dataset: bytes
    filename: str
    reply_to: dict[str, Any] = field(default_factory=dict)
    images: list[bytes] = field(default_factory=list)  # an image variant's instance images (PNG)
    instance_prompt: str = ""  # ...and the caption they are trained with

    @property
    def is_image(self) -> bool:
        return self.base.task == "text-to-image"

    @property
    def examples(self) -> int:
        return len(self.images) if self.is_image else len(self.rows)

    def fingerprint(self) -> str:
        """Same base, data and settings: what a resumed training must match its checkpoint in."""
        digest = hashlib.sha256(self.dataset)
        settings = [self.base.id, self.instance_prompt, vars(self.hyper)]
        digest.update(json.dumps(settings, sort_keys=True).encode())
        return digest.hexdigest()


@dataclass(eq=False)
class Training:
    request: TrainRequest
    job: Job
    device: str
    events: asyncio.Queue[TrainEvent] = field(default_factory=asyncio.Queue)
    stop_reason: str | None = None  # "cancelled" | "interrupted" once asked to stop
    task: asyncio.Task[None] | None = None
    step: int = 0
    total: int = 0
    resume: Checkpoint | None = None

    @property
    def id(self) -> str:
        return self.job.id

    def stop(self, reason: str) -> None:
        if self.stop_reason is None:
            self.stop_reason = reason


@dataclass(frozen=True)
class Checkpoint:
    """An interrupted training's adapter and where it stood (`hubbot_state.json`)."""

    path: Path
    step: int
    total: int
    user_id: str
    fingerprint: str
    losses: list[float]
    seconds: float

    @classmethod
    def read(cls, path: Path) -> Checkpoint | None:
        try:
            state = json.loads((path / "hubbot_state.json").read_text())
            return cls(path, int(state["step"]), int(state["total"]), str(state["user_id"]),
                       str(state.get("fingerprint", "")), [float(x) for x in state.get("losses", [])],
                       float(state.get("seconds", 0.0)))
        except (OSError, ValueError, KeyError, TypeError):
            return None


def checkpoint_dir(data_dir: Path, name: str) -> Path:
    return store.adapter_dir(data_dir, f".{name}.interrupted")


def resume_notice(app: App, command: str, options: dict[str, Any], user_id: str, lang: str) -> str | None:
    """After a restart: what to tell the owner of a training that left a checkpoint (how to
    resume it); None for any other interrupted job."""
    name = str(options.get("name") or "") if command == "finetune" else ""
    checkpoint = Checkpoint.read(checkpoint_dir(app.settings.data_path, name)) if name else None
    if checkpoint is None or checkpoint.user_id != user_id:
        return None
    return t("finetune.interrupted_notice", lang, name=name, step=checkpoint.step, total=checkpoint.total)


class FinetuneService:
    """`app.services["finetune"]`: registers stored variants at start, stops trainings at stop."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.trainings: dict[str, Training] = {}
        self._skipped: set[str] = set()  # stored variants that cannot be served (logged once)
        self._poller: asyncio.Task[None] | None = None

    # ---- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Register every stored variant whose adapter is on disk (variants survive restarts),
        then keep the registry in step with the database: several bot processes share it, and
        a variant trained, shared or deleted in one is seen by the others within
        `[finetune] sync_every_s` (at once by a request naming it, see `refresh`)."""
        await self.sync_registry()
        every = self.app.settings.finetune.sync_every_s
        if every > 0:
            self._poller = asyncio.create_task(self._poll(every), name="hubbot-finetune-sync")

    async def _poll(self, every: float) -> None:
        while True:
            await asyncio.sleep(every)
            try:
                await self.sync_registry()
            except Exception:  # a database hiccup: try again next round
                log.warning("could not read the stored variants", exc_info=True)

    def _register_row(self, row: Any) -> None:
        registry = self.app.registry
        if row.id in registry.access:
            registry.access[row.id] = Access(row.user_id, row.shared)
            return
        if row.id in self._skipped:
            return
        try:
            card = ModelCard.model_validate(row.card)
        except Exception:
            log.exception("stored variant %s has an unusable card; skipped", row.id)
            self._skipped.add(row.id)
            return
        if card.id in registry.cards:
            log.warning("variant %s has the id of a configured model; skipped", row.id)
        elif not card.adapter or not Path(card.adapter).is_dir():
            log.warning("variant %s: adapter %s is missing (data_dir not shared?)", row.id, card.adapter)
        else:
            registry.add_variant(card, Access(row.user_id, row.shared))
            return
        self._skipped.add(row.id)

    async def stop(self) -> None:
        """Shutdown (SIGTERM): each running training checkpoints its adapter and is recorded as
        interrupted; nothing half-trained is registered."""
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
            self._poller = None
        await self.stop_all("interrupted")

    async def stop_all(self, reason: str) -> None:
        running = list(self.trainings.values())
        for training in running:
            training.stop(reason)
        await asyncio.gather(*(t.task for t in running if t.task), return_exceptions=True)

    async def forget_user(self, user_id: str) -> None:
        """/forget: the user's trainings end first (nothing of theirs is written afterwards),
        then the registry drops variants the database no longer holds."""
        mine = [t for t in self.trainings.values() if t.request.user_id == user_id]
        for training in mine:
            training.stop("cancelled")
        await asyncio.gather(*(t.task for t in mine if t.task), return_exceptions=True)

    async def sync_registry(self) -> None:
        """The registry's variants as the database holds them: new ones registered, deleted or
        forgotten ones dropped, owners and sharing refreshed."""
        known = set(self.app.registry.access)  # before reading: one registered meanwhile stays
        rows = await store.variants(self.app.db)
        stored = {row.id for row in rows}
        for model_id in known - stored:
            self.app.registry.remove_variant(model_id)
        for row in rows:
            self._register_row(row)

    async def refresh(self, model_id: str) -> None:
        """One variant as the database holds it now (a request names it: another process may
        have trained, shared or deleted it since the last sync)."""
        registry = self.app.registry
        if model_id in registry.cards and model_id not in registry.access:
            return  # a configured model
        known = model_id in registry.access  # before reading: one registered meanwhile stays
        row = await store.get_variant(self.app.db, model_id)
        if row is not None:
            self._register_row(row)
        elif known:
            registry.remove_variant(model_id)

    # ---- admission -----------------------------------------------------------------------

    async def submit(self, request: TrainRequest) -> Training:
        """Start a training, or raise a UserError saying why not (limits, name taken)."""
        settings = self.app.settings.finetune
        if request.name in self.app.registry.cards or any(
            t.request.name == request.name for t in self.trainings.values()
        ):
            raise UserError("finetune.name_taken", name=request.name)
        if await store.get_variant(self.app.db, request.name) is not None:
            raise UserError("finetune.name_taken", name=request.name)
        checkpoint = await asyncio.to_thread(
            Checkpoint.read, checkpoint_dir(self.app.settings.data_path, request.name)
        )
        if checkpoint is not None and checkpoint.user_id != request.user_id:
            raise UserError("finetune.name_taken", name=request.name)  # someone's interrupted training
        if sum(t.request.user_id == request.user_id for t in self.trainings.values()) >= settings.per_user:
            raise Busy("finetune.busy_user")
        if await store.count_owned(self.app.db, request.user_id) >= settings.max_variants_per_user:
            raise UserError("finetune.too_many_variants", limit=settings.max_variants_per_user)
        device = await asyncio.to_thread(lane_device, request.base)
        if sum(t.device == device for t in self.trainings.values()) >= settings.per_device:
            raise Busy("finetune.busy_device")
        job = Job(
            JobKind.TRAIN,
            request.base.id,
            TextInputs(),
            request.user_id,
            command="finetune",
            reply_to=dict(request.reply_to),
            options={
                "name": request.name,
                "epochs": request.hyper.epochs,
                "rank": request.hyper.rank,
                "learning_rate": request.hyper.learning_rate,
                "max_steps": request.hyper.max_steps,
            },
        )
        training = Training(request, job, device, total=total_steps(request.examples, request.hyper))
        if checkpoint is not None and checkpoint.fingerprint == request.fingerprint():
            training.resume = checkpoint  # the same training again: go on from its step
        self.trainings[job.id] = training
        training.task = asyncio.create_task(self._run(training), name=f"hubbot-finetune-{request.name}")
        return training

    def cancel(self, training_id: str, user_id: str, *, is_admin: bool = False) -> bool:
        training = self.trainings.get(training_id)
        if training is None:
            raise UserError("finetune.not_running")
        if training.request.user_id != user_id and not is_admin:
            raise UserError("finetune.not_yours")
        training.stop("cancelled")
        return True

    # ---- the run --------------------------------------------------------------------------

    async def _run(self, training: Training) -> None:
        dispatcher, request = self.app.dispatcher, training.request
        dispatcher.ledger.new(training.job)
        dispatcher.ledger.status(training.job, "running")
        source = str(self.app.registry.source(request.base))
        resume = training.resume.path if training.resume else None
        run: LoraRun | ImageLoraRun
        if request.is_image:
            run = ImageLoraRun(request.base, source, training.device, request.hyper, resume)
            load_args: tuple[Any, ...] = (request.images, request.instance_prompt)
        else:
            run = LoraRun(request.base, source, training.device, request.hyper, resume)
            load_args = (request.rows,)
        work = self._work_dir(request.name)
        try:
            await dispatcher.run_step(request.base.id, run.load, *load_args)
            tokens, answer_tokens = run.tokens()
            training.total = run.total_steps
            training.events.put_nowait(
                Prepared(
                    len(request.rows),
                    tokens,
                    answer_tokens,
                    run.total_steps,
                    device_label(training.device),
                    images=len(request.images),
                    resumed_from=training.resume.step if training.resume else 0,
                )
            )
            losses, seconds = await self._steps(training, run)
            if training.stop_reason is not None:
                await self._stopped(training, run, work, losses, seconds)
                return
            card = await self._register(training, run, work, seconds, losses, tokens, answer_tokens)
            await self._drop_checkpoint(request.name)
            dispatcher.ledger.status(training.job, "done")
            training.events.put_nowait(Trained(card, seconds, losses))
        except Exception as exc:
            log.exception("training %s failed", request.name)
            await self._discard(request.name, work)
            dispatcher.ledger.status(training.job, "failed", f"error: {type(exc).__name__}: {exc}")
            training.events.put_nowait(
                Stopped("failed", f"{type(exc).__name__}", training.step, training.total)
            )
        finally:
            run.close()
            self.trainings.pop(training.id, None)

    async def _steps(self, training: Training, run: LoraRun | ImageLoraRun) -> tuple[list[float], float]:
        """The optimizer steps (from the checkpoint's step when resuming): the losses of the
        whole training and its time, the interrupted run's included."""
        settings = self.app.settings.finetune
        first = min(training.resume.step, run.total_steps) if training.resume else 0
        losses = list(training.resume.losses[:first]) if training.resume else []
        before = training.resume.seconds if training.resume else 0.0
        training.step = first
        started = time.perf_counter()
        tokens_seen, last_report = 0, 0.0
        for index in range(first, run.total_steps):
            if training.stop_reason is not None:
                break
            result = await self.app.dispatcher.run_step(training.request.base.id, run.step, index)
            training.step = index + 1
            losses.append(result.loss)
            tokens_seen += result.tokens
            elapsed = time.perf_counter() - started
            now = time.monotonic()
            if training.step == run.total_steps or now - last_report >= settings.progress_every_s:
                last_report = now
                per_step = elapsed / (training.step - first)
                training.events.put_nowait(
                    StepDone(
                        training.step,
                        run.total_steps,
                        result.loss,
                        tokens_seen / elapsed if elapsed > 0 else 0.0,
                        per_step * (run.total_steps - training.step),
                    )
                )
        return losses, before + time.perf_counter() - started

    def _work_dir(self, name: str) -> Path:
        return store.adapter_dir(self.app.settings.data_path, f".{name}.{uuid.uuid4().hex[:8]}.partial")

    async def _stopped(
        self, training: Training, run: LoraRun | ImageLoraRun, work: Path, losses: list[float], seconds: float
    ) -> None:
        request, reason = training.request, training.stop_reason or "cancelled"
        if reason == "interrupted":  # a restart: keep the adapter as a checkpoint, register nothing
            checkpoint = checkpoint_dir(self.app.settings.data_path, request.name)
            partial = checkpoint.with_name(checkpoint.name + ".partial")
            await asyncio.to_thread(shutil.rmtree, partial, True)
            await asyncio.to_thread(run.save, partial)
            state = {
                "step": training.step,
                "total": training.total,
                "base": request.base.id,
                "user_id": request.user_id,
                "fingerprint": request.fingerprint(),
                "losses": losses,
                "seconds": seconds,
            }
            await asyncio.to_thread((partial / "hubbot_state.json").write_text, json.dumps(state))
            await asyncio.to_thread(shutil.rmtree, checkpoint, True)
            await asyncio.to_thread(partial.rename, checkpoint)  # the old checkpoint stays until then
            self.app.dispatcher.ledger.status(
                training.job, "interrupted", f"interrupted at step {training.step}/{training.total}"
            )
            log.warning("training %s interrupted at step %d/%d; adapter checkpoint kept in %s "
                        "(not registered)", request.name, training.step, training.total, checkpoint)
        else:
            self.app.dispatcher.ledger.status(training.job, "failed", "cancelled")
            await self._drop_checkpoint(request.name)
        await self._discard(request.name, work)
        training.events.put_nowait(Stopped(reason, "", training.step, training.total))

    async def _register(
        self,
        training: Training,
        run: LoraRun | ImageLoraRun,
        work: Path,
        seconds: float,
        losses: list[float],
        tokens: int,
        answer_tokens: int,
    ) -> ModelCard:
        """Adapter to disk, then the row, then the registry; any failure undoes all three."""
        request = training.request
        data_dir = self.app.settings.data_path
        final = store.adapter_dir(data_dir, request.name)
        await self.app.dispatcher.run_step(request.base.id, run.save, work)
        await asyncio.to_thread(work.rename, final)
        card = variant_card(
            request,
            run,
            final,
            seconds,
            losses,
            tokens,
            answer_tokens,
            device_label(training.device),
            self.app.db.now().date().isoformat(),
        )
        try:
            await store.save_variant(
                self.app.db,
                card.id,
                request.user_id,
                request.base.id,
                request.scope,
                card.model_dump(mode="json"),
            )
            await store.save_dataset(
                self.app.db,
                data_dir,
                request.user_id,
                card.id,
                request.filename,
                request.dataset,
                request.examples,
                tokens,
            )
            self.app.registry.add_variant(card, Access(request.user_id, shared=False))
        except BaseException:
            self.app.registry.remove_variant(card.id)
            await store.delete_variant(self.app.db, card.id, data_dir)
            raise
        return card

    async def _discard(self, name: str, work: Path) -> None:
        await asyncio.to_thread(shutil.rmtree, work, True)

    async def _drop_checkpoint(self, name: str) -> None:
        await asyncio.to_thread(shutil.rmtree, checkpoint_dir(self.app.settings.data_path, name), True)


def variant_card(
    request: TrainRequest,
    run: LoraRun | ImageLoraRun,
    adapter: Path,
    seconds: float,
    losses: list[float],
    tokens: int,
    answer_tokens: int,
    hardware: str,
    created: str,
) -> ModelCard:
    """The variant's card: the base's serving settings, and true facts about the training."""
    base, hyper, sizes = request.base, request.hyper, run.sizes
    if request.is_image:
        dataset = f"{len(request.images)} images, instance prompt “{request.instance_prompt}”"
        adapted = f"UNet LoRA over {base.id} ({', '.join(sizes.target_modules)})"
    else:
        dataset = f"{len(request.rows)} rows, {tokens} tokens ({answer_tokens} answer tokens)"
        adapted = f"LoRA over {base.id} ({', '.join(sizes.target_modules)})"
    info = ModelInfo(
        modality=base.info.modality or ("Text to Image" if request.is_image else "Text to Text"),
        training_hardware=hardware,
        training_time=f"{seconds:.1f} s ({run.total_steps} steps)",
        parameters=(
            f"{sizes.base_parameters / 1e6:.1f}M base + {sizes.trainable_parameters / 1e6:.2f}M "
            f"trainable (LoRA)"
        ),
        license=base.info.license,
        origin=f"{adapted}, trained with /finetune",
        description=f"Fine-tuned from {base.display_name} by {request.owner_name}.",
        owner=request.owner_name,
        created=created,
        dataset=dataset,
        training=(
            f"{hyper.epochs} epochs, rank {hyper.rank}, learning rate {hyper.learning_rate:g}, "
            f"batch {hyper.batch_size}, {run.total_steps} steps, final loss {losses[-1]:.3f}"
            if losses
            else ""
        ),
    )
    return base.model_copy(
        update={
            "id": request.name,
            "display_name": f"{request.name} (fine-tuned {base.display_name})",
            "adapter": str(adapter),
            "base_model": base.id,
            "pinned": False,
            "info": info,
        }
    )
