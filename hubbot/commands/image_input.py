"""Safe image input for /edit and /ask-image (a helper module, not a command).

- `fetch_url` downloads an attachment for the adapters: only from the platform's own hosts,
  with timeouts, and a size cap enforced while the bytes stream in.
- `fetch_attachment` gets an `Attachment`'s bytes under the configured cap.
- `decode_image` accepts PNG, JPEG, WebP and GIF (first frame) recognised by content, never by
  file name; refuses too many pixels from the header, before anything is decompressed
  (decompression bombs); applies the EXIF orientation; drops all metadata; returns RGB. Given
  `max_pixels` it returns at most that many, decoding at reduced size where the format allows
  (JPEG `draft`: 1/2, 1/4, 1/8 scale inside the decoder) and box-reducing before any copy.
- `decode` / `load_attachment` run it in a thread, at most `limits.max_concurrent_decodes` at
  once per process: a decode can take hundreds of MiB however small the file, so the number
  in flight bounds the memory, not the per-user job limit (decodes happen before any job).
Every refusal is a `UserError` with a catalogue key, rendered in the user's language.
"""

from __future__ import annotations

import asyncio
import io
import ipaddress
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from hubbot.commands.base import Attachment
from hubbot.errors import Refused, UserError
from hubbot.policy.moderation import refuse_flagged_upload

if TYPE_CHECKING:
    from PIL import Image as PILImage

    from hubbot.app import App
    from hubbot.config import LimitsSection

# Format name (as Pillow reports it) -> how to recognise it from the first bytes.
_MAGIC: tuple[tuple[str, bytes, int], ...] = (
    ("PNG", b"\x89PNG\r\n\x1a\n", 0),
    ("JPEG", b"\xff\xd8\xff", 0),
    ("GIF", b"GIF87a", 0),
    ("GIF", b"GIF89a", 0),
    ("WEBP", b"WEBP", 8),  # after "RIFF" and the chunk size
)
ORIENTATION_TAG = 0x0112
EXIF_TRANSPOSE = {2: 0, 3: 3, 4: 1, 5: 5, 6: 4, 7: 6, 8: 2}  # orientation -> Image.Transpose value
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 3
CHUNK = 64 * 1024


@dataclass(frozen=True)
class SafeImage:
    image: PILImage.Image  # RGB, upright, no metadata
    source_format: str  # PNG | JPEG | WEBP | GIF
    animated: bool  # only the first frame is used

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height

    def png(self) -> bytes:
        out = io.BytesIO()
        self.image.save(out, format="PNG")
        return out.getvalue()


def sniff_format(data: bytes) -> str | None:
    """PNG/JPEG/WEBP/GIF from the leading bytes, or None."""
    for name, magic, offset in _MAGIC:
        if data[offset:offset + len(magic)] == magic and (name != "WEBP" or data[:4] == b"RIFF"):
            return name
    return None


def decode_image(data: bytes, limits: LimitsSection, max_pixels: int | None = None) -> SafeImage:
    """Decode untrusted bytes into a clean RGB image (of at most `max_pixels`, same aspect
    ratio, when given), or raise a UserError saying why not. Blocking: call it in a thread."""
    from PIL import Image

    if not data:
        raise UserError("image_input.empty")
    if len(data) > limits.max_image_bytes:
        raise Refused("image_input.too_large", limit=_megabytes(limits.max_image_bytes))
    expected = sniff_format(data)
    if expected is None:
        raise UserError("image_input.unsupported")
    with warnings.catch_warnings():
        # Pillow warns (and past twice its own limit, raises) about huge images; ours is stricter.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            opened = Image.open(io.BytesIO(data), formats=[expected])
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise Refused("image_input.too_many_pixels", limit=_megapixels(limits.max_image_pixels)) from None
        except (OSError, SyntaxError, ValueError, EOFError):
            raise UserError("image_input.broken") from None
        with opened:
            _check_dimensions(opened.size, limits)
            # is_animated looks for a second frame only; n_frames would walk through all of them.
            animated = bool(getattr(opened, "is_animated", False))
            try:
                opened.seek(0)
                if max_pixels and expected == "JPEG":
                    # The decoder itself scales by 1/2..1/8, to no less than the requested size.
                    opened.draft("RGB", fit_within(*opened.size, max_pixels, multiple=1))
                opened.load()
                orientation = opened.getexif().get(ORIENTATION_TAG, 1)
                rgb = _to_rgb(opened)
                if max_pixels:
                    rgb = _shrunk(rgb, max_pixels)
                rgb = _upright(rgb, orientation)
                _check_dimensions(rgb.size, limits)
                # A fresh image from the pixels alone: no EXIF, ICC, XMP, text chunks or comments.
                clean = Image.new("RGB", rgb.size)
                clean.paste(rgb)
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise Refused("image_input.too_many_pixels",
                              limit=_megapixels(limits.max_image_pixels)) from None
            except (OSError, SyntaxError, ValueError, EOFError, IndexError, MemoryError):
                raise UserError("image_input.broken") from None
    return SafeImage(clean, expected, animated)


def _check_dimensions(size: tuple[int, int], limits: LimitsSection) -> None:
    width, height = size
    if width < 1 or height < 1:
        raise UserError("image_input.broken")
    if width * height > limits.max_image_pixels:
        raise Refused("image_input.too_many_pixels", limit=_megapixels(limits.max_image_pixels))


def _shrunk(image: PILImage.Image, max_pixels: int) -> PILImage.Image:
    """At most `max_pixels`: first an integer box reduction (cheap, and it frees the big
    buffer early), then LANCZOS for the last step."""
    from PIL import Image

    if image.width * image.height <= max_pixels:
        return image
    factor = int((image.width * image.height / max_pixels) ** 0.5)
    if factor >= 2:
        image = image.reduce(factor)
    size = fit_within(image.width, image.height, max_pixels, multiple=1)
    if image.width * image.height > max_pixels:
        image = image.resize(size, Image.Resampling.LANCZOS)
    return image


def _upright(image: PILImage.Image, orientation: int) -> PILImage.Image:
    """Apply an EXIF orientation (read before decoding: conversions drop the EXIF block)."""
    method = EXIF_TRANSPOSE.get(orientation)
    return image.transpose(method) if method is not None else image


def _to_rgb(image: PILImage.Image) -> PILImage.Image:
    """RGB; transparent areas become white (what a chat client shows them as)."""
    from PIL import Image

    if image.mode == "RGB":
        return image  # decode_image copies the pixels into a fresh image anyway
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if has_alpha:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def fit_within(width: int, height: int, max_pixels: int, multiple: int = 8) -> tuple[int, int]:
    """The largest size with the same aspect ratio, both sides multiples of `multiple`, at most
    `max_pixels` in all; an image below the budget is scaled up to it (diffusion models work
    best near their native size)."""
    scale = (max_pixels / (width * height)) ** 0.5
    new_w = max(multiple, int(width * scale) // multiple * multiple)
    new_h = max(multiple, int(height * scale) // multiple * multiple)
    while new_w * new_h > max_pixels and max(new_w, new_h) > multiple:
        if new_w >= new_h:
            new_w -= multiple
        else:
            new_h -= multiple
    return new_w, new_h


def _megabytes(count: int) -> str:
    return f"{count / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def _megapixels(count: int) -> str:
    return f"{count / 1_000_000:.1f}".rstrip("0").rstrip(".")


# ---- getting the bytes ----------------------------------------------------------------------


async def fetch_attachment(attachment: Attachment, limits: LimitsSection) -> bytes:
    """The attachment's bytes, refusing more than `limits.max_image_bytes` (before downloading
    when the platform reports the size)."""
    cap = limits.max_image_bytes
    if attachment.size is not None and attachment.size > cap:
        raise Refused("image_input.too_large", limit=_megabytes(cap))
    data = await attachment.fetch(cap)
    if len(data) > cap:
        raise Refused("image_input.too_large", limit=_megabytes(cap))
    return data


class DecodeGate:
    """At most `limit` image decodes at once (one per process, `decode_gate(app)`); `peak` is
    the most that ever ran together."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.active = 0
        self.peak = 0
        self._semaphore = asyncio.Semaphore(limit)

    async def decode(self, data: bytes, limits: LimitsSection, max_pixels: int | None) -> SafeImage:
        async with self._semaphore:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                return await asyncio.to_thread(decode_image, data, limits, max_pixels)
            finally:
                self.active -= 1


def decode_gate(app: App) -> DecodeGate:
    gate = app.services.get("image_decodes")
    if gate is None:
        gate = app.services["image_decodes"] = DecodeGate(app.settings.limits.max_concurrent_decodes)
    return gate


async def decode(app: App, data: bytes, *, max_pixels: int | None = None) -> SafeImage:
    """`decode_image` off the event loop, within the process's bound on decodes at once."""
    return await decode_gate(app).decode(data, app.settings.limits, max_pixels)


async def load_attachment(attachment: Attachment, app: App, *, max_pixels: int | None = None) -> SafeImage:
    """Fetch and decode in one step (see `decode`)."""
    data = await fetch_attachment(attachment, app.settings.limits)
    image = await decode(app, data, max_pixels=max_pixels)
    await refuse_flagged_upload(app, image.image)  # the image policy, as for generated images
    return image


def file_attachment(path: Path) -> Attachment:
    """An Attachment for a local file (console and CLI); its fetch enforces the cap too."""
    size = path.stat().st_size if path.is_file() else None

    async def fetch(max_bytes: int) -> bytes:
        def read() -> bytes:
            try:
                with path.open("rb") as handle:
                    data = handle.read(max_bytes + 1)
            except FileNotFoundError:
                raise UserError("error.missing_file", path=str(path)) from None
            except OSError:
                raise UserError("image_input.download_failed") from None
            if len(data) > max_bytes:
                raise Refused("image_input.too_large", limit=_megabytes(max_bytes))
            return data

        return await asyncio.to_thread(read)

    return Attachment(filename=path.name, content_type=None, size=size, fetch=fetch)


def host_allowed(host: str, allowed_hosts: Iterable[str]) -> bool:
    """`host` equals an allowed entry or is a subdomain of one (entries are lower-case)."""
    host = host.lower().rstrip(".")
    return any(host == entry or host.endswith("." + entry) for entry in allowed_hosts)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _checked_url(url: str, allowed: list[str]) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not host or not host_allowed(host, allowed):
        raise Refused("image_input.host_not_allowed")
    # Plain http only to this machine (local stand-ins); anything remote must be https.
    if parts.scheme != "https" and not (parts.scheme == "http" and _is_loopback(host)):
        raise Refused("image_input.host_not_allowed")
    return url


async def fetch_url(
    url: str,
    allowed_hosts: Iterable[str],
    max_bytes: int,
    headers: Mapping[str, str] | None = None,
    timeout: float = 20.0,
    session: Any = None,
) -> bytes:
    """Download `url` for an adapter. Refuses hosts outside `allowed_hosts` (also after
    redirects, which are followed by hand and drop the headers when the host changes),
    stops past `max_bytes` while streaming, and gives up after `timeout` seconds in all."""
    import aiohttp

    allowed = [entry.lower().rstrip(".") for entry in allowed_hosts]
    own_session = session is None
    if own_session:
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout, sock_connect=10))
    try:
        async with asyncio.timeout(timeout):
            checked = _checked_url(url, allowed)
            return await _download(session, checked, allowed, max_bytes, dict(headers or {}))
    except TimeoutError:
        raise UserError("image_input.download_timeout") from None
    except aiohttp.ClientError:
        raise UserError("image_input.download_failed") from None
    finally:
        if own_session:
            await session.close()


async def _download(session: Any, url: str, allowed: list[str], max_bytes: int,
                    headers: dict[str, str]) -> bytes:
    host = urlsplit(url).hostname
    for _ in range(MAX_REDIRECTS + 1):
        async with session.get(url, headers=headers, allow_redirects=False) as response:
            if response.status in REDIRECT_STATUSES and "Location" in response.headers:
                url = _checked_url(urljoin(url, response.headers["Location"]), allowed)
                if urlsplit(url).hostname != host:
                    headers = {}  # never send a platform token to another host
                continue
            if response.status != 200:
                raise UserError("image_input.download_failed")
            if response.content_length is not None and response.content_length > max_bytes:
                raise Refused("image_input.too_large", limit=_megabytes(max_bytes))
            received = bytearray()
            async for chunk in response.content.iter_chunked(CHUNK):
                received += chunk
                if len(received) > max_bytes:
                    raise Refused("image_input.too_large", limit=_megabytes(max_bytes))
            return bytes(received)
    raise UserError("image_input.download_failed")
