"""/finetune datasets for a text-to-image base: a few instance images, validated before
anything runs.

The images come as one zip archive attachment (Discord's slash option, a Slack thread file, a
CLI zip) or as several image attachments (the console, a CLI directory). Each image passes the
same checks as every other upload (commands/image_input.py: format by content, byte and pixel
caps before decompression, metadata dropped) and the image policy; the archive itself is read
defensively: entries counted and sized from the directory before anything is unpacked, and
each entry read with a cap, so a zip bomb or a lying header costs no more than the caps.
What is stored (user data, like a text dataset) is a zip of the cleaned PNGs.
"""

from __future__ import annotations

import asyncio
import io
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hubbot.commands.base import Attachment, Request
from hubbot.commands.finetune_data import DatasetError
from hubbot.commands.image_input import decode, sniff_format
from hubbot.errors import Refused, UserError
from hubbot.i18n import t
from hubbot.inference.training_image import training_size
from hubbot.policy.moderation import refuse_flagged_upload, refuse_if_harmful

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.config import LimitsSection, ModelCard

ZIP_MAGIC = b"PK\x03\x04"
MAX_PROMPT_CHARS = 200


@dataclass(frozen=True)
class ImageDataset:
    names: list[str]
    images: list[bytes]  # clean PNGs

    def archive(self) -> bytes:
        """What is stored: the cleaned images, one PNG each."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            for number, png in enumerate(self.images, start=1):
                # A fixed date: the same images give the same bytes (a resume compares them).
                archive.writestr(zipfile.ZipInfo(f"images/{number:03d}.png", (1980, 1, 1, 0, 0, 0)), png)
        return out.getvalue()


def is_archive(attachment: Attachment) -> bool:
    kind = (attachment.content_type or "").lower()
    zipped = kind in ("application/zip", "application/x-zip-compressed")
    return attachment.filename.lower().endswith(".zip") or zipped


def archive_members(
    data: bytes, max_files: int, max_file_bytes: int, max_total: int
) -> list[tuple[str, bytes]]:
    """The files of a zip archive (folders, `__MACOSX/` and hidden files skipped), refusing too
    many, too big (as declared and as read) and encrypted ones. Blocking: run it in a thread."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DatasetError("finetune.bad_archive") from None
    with archive:
        entries = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and not info.filename.startswith("__MACOSX/")
            and not info.filename.rsplit("/", 1)[-1].startswith(".")
        ]
        if len(entries) > max_files:
            raise DatasetError("finetune.too_many_images", count=len(entries), limit=max_files)
        if sum(info.file_size for info in entries) > max_total:
            raise DatasetError("finetune.archive_too_big", limit=max_total // (1024 * 1024))
        members = []
        for info in entries:
            if info.flag_bits & 0x1:
                raise DatasetError("finetune.bad_archive")
            if info.file_size > max_file_bytes:
                raise DatasetError("finetune.image_too_big", file=info.filename, limit=max_file_bytes // 1024)
            try:
                with archive.open(info) as member:
                    body = member.read(max_file_bytes + 1)  # the header may lie about the size
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
                raise DatasetError("finetune.bad_archive") from None
            if len(body) > max_file_bytes:
                raise DatasetError("finetune.image_too_big", file=info.filename, limit=max_file_bytes // 1024)
            members.append((info.filename, body))
    return members


async def read_image_dataset(app: App, request: Request, base: ModelCard, lang: str) -> ImageDataset:
    """The instance images of a request (an archive or several images), each checked."""
    settings, limits = app.settings.finetune, app.settings.limits
    attachments = request.attachments
    if not attachments:
        raise UserError("finetune.no_images")
    if len(attachments) == 1 and is_archive(attachments[0]):
        files = await _archive_files(app, attachments[0])
    else:
        if len(attachments) > settings.max_images:
            raise DatasetError("finetune.too_many_images", count=len(attachments), limit=settings.max_images)
        files = [(a.filename, await _image_bytes(a, limits)) for a in attachments]
    if len(files) < settings.min_images:
        raise DatasetError("finetune.too_few_images", count=len(files), minimum=settings.min_images)
    width, height = training_size(base)
    names, images = [], []
    for name, data in files:
        images.append(await _clean_image(app, name, data, width * height * 4, lang))
        names.append(name)
    return ImageDataset(names, images)


def instance_prompt(app: App, request: Request, lang: str) -> str:
    """The caption every instance image is trained with ("a photo of sks dog")."""
    prompt = " ".join(str(request.options.get("instance_prompt") or "").split())
    if not prompt:
        raise UserError("finetune.need_instance_prompt")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise UserError("finetune.instance_prompt_too_long", limit=MAX_PROMPT_CHARS)
    refuse_if_harmful(app, prompt, lang)
    return prompt


async def _archive_files(app: App, attachment: Attachment) -> list[tuple[str, bytes]]:
    settings, limits = app.settings.finetune, app.settings.limits
    cap = settings.max_archive_bytes
    if attachment.size is not None and attachment.size > cap:
        raise DatasetError("finetune.archive_too_big", limit=cap // (1024 * 1024))
    data = await attachment.fetch(cap)
    if len(data) > cap:
        raise DatasetError("finetune.archive_too_big", limit=cap // (1024 * 1024))
    if not data.startswith(ZIP_MAGIC):
        raise DatasetError("finetune.bad_archive")
    return await asyncio.to_thread(archive_members, data, settings.max_images, limits.max_image_bytes, cap)


async def _image_bytes(attachment: Attachment, limits: LimitsSection) -> bytes:
    cap = limits.max_image_bytes
    if attachment.size is not None and attachment.size > cap:
        raise DatasetError("finetune.image_too_big", file=attachment.filename, limit=cap // 1024)
    data = await attachment.fetch(cap)
    if len(data) > cap:
        raise DatasetError("finetune.image_too_big", file=attachment.filename, limit=cap // 1024)
    return data


async def _clean_image(app: App, name: str, data: bytes, max_pixels: int, lang: str) -> bytes:
    """The upload checks and the image policy; every refusal names the file."""
    if sniff_format(data) is None:
        raise DatasetError("finetune.not_an_image", file=name)
    try:
        image = await decode(app, data, max_pixels=max_pixels)
        await refuse_flagged_upload(app, image.image)
    except Refused as exc:
        raise Refused("finetune.image_refused", file=name, detail=t(exc.key, lang, **exc.params)) from None
    except UserError as exc:
        raise DatasetError("finetune.bad_image", file=name, detail=t(exc.key, lang, **exc.params)) from None
    return image.png()
