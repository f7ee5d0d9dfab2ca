"""Safe image input: what is accepted, every kind of bad image refused with a clear message,
and attachment downloads limited to allowed hosts, a size cap and a timeout."""

from __future__ import annotations

import asyncio
import io
import struct
import time
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
import pytest_asyncio
from aiohttp import web
from PIL import Image, PngImagePlugin

from hubbot.app import App
from hubbot.commands.base import Attachment, Error, Request, UserRef
from hubbot.commands.image_input import (
    decode_image,
    fetch_attachment,
    fetch_url,
    file_attachment,
    fit_within,
    host_allowed,
    sniff_format,
)
from hubbot.commands.runner import execute
from hubbot.config import LimitsSection
from hubbot.errors import UserError
from hubbot.i18n import t

LIMITS = LimitsSection()


def encode(image: Image.Image, fmt: str, **params) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **params)
    return out.getvalue()


def noise(width: int, height: int, seed: int = 0) -> Image.Image:
    return Image.fromarray(np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8))


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height, with a few KB of zeros as its data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = zlib.compress(b"\x00" * 100_000, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def gif_claiming(width: int, height: int) -> bytes:
    """A one-frame GIF whose screen and frame claim width x height."""
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02\x02\x44\x01\x00"
    return screen + frame + b"\x3b"


def refused_key(data: bytes, limits: LimitsSection = LIMITS) -> str:
    with pytest.raises(UserError) as caught:
        decode_image(data, limits)
    return caught.value.key


# ---- decoding ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "GIF"])
def test_the_four_formats_are_accepted_by_content_and_come_out_rgb(fmt: str) -> None:
    source = noise(40, 30).convert("P") if fmt == "GIF" else noise(40, 30)
    image = decode_image(encode(source, fmt), LIMITS)
    assert image.source_format == fmt and image.image.mode == "RGB" and image.image.size == (40, 30)
    assert not image.animated


def test_a_decompression_bomb_is_refused_from_its_header_without_decoding() -> None:
    bomb = png_claiming(50_000, 50_000)  # 2.5 gigapixels: 7.5 GB once decoded
    assert len(bomb) < 1_000
    started = time.perf_counter()
    assert refused_key(bomb) == "image_input.too_many_pixels"
    assert time.perf_counter() - started < 1  # nothing was decompressed
    # A real, highly compressible image over a lowered limit: refused the same way.
    black = encode(Image.new("RGB", (2000, 1000)), "PNG")
    assert len(black) < 50_000
    assert refused_key(black, LimitsSection(max_image_pixels=1_000_000)) == "image_input.too_many_pixels"


def test_huge_dimensions_are_refused() -> None:
    assert refused_key(gif_claiming(65_535, 65_535)) == "image_input.too_many_pixels"
    assert refused_key(png_claiming(1_000_000, 100)) == "image_input.too_many_pixels"


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_a_truncated_file_is_refused_as_broken(fmt: str) -> None:
    whole = encode(noise(64, 64), fmt)
    assert refused_key(whole[: len(whole) // 2]) == "image_input.broken"


def test_a_text_file_named_png_and_other_non_images_are_refused(tmp_path: Path) -> None:
    notes = tmp_path / "holiday.png"
    notes.write_text("not a picture, just words", encoding="utf-8")
    data = asyncio.run(fetch_attachment(file_attachment(notes), LIMITS))
    assert refused_key(data) == "image_input.unsupported"
    for other in (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"PK\x03\x04" + b"\x00" * 40,
                  encode(noise(8, 8), "BMP"), encode(noise(8, 8), "TIFF"), b"\x89PNG"):
        assert refused_key(other) == "image_input.unsupported"
    assert refused_key(b"") == "image_input.empty"


def test_an_animated_gif_is_read_as_its_first_frame() -> None:
    frames = [Image.new("RGB", (20, 10), color) for color in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    image = decode_image(data, LIMITS)
    assert image.animated and image.image.size == (20, 10)
    assert image.image.getpixel((5, 5)) == (255, 0, 0)


def test_exif_orientation_is_applied_and_all_metadata_dropped() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "PhoneMaker"  # Make
    wide = Image.new("RGB", (40, 20), (10, 200, 10))
    wide.paste((200, 10, 10), (0, 0, 10, 20))  # a red band on the left
    image = decode_image(encode(wide, "JPEG", exif=exif, quality=95), LIMITS)
    assert image.image.size == (20, 40)  # upright: turned to portrait
    assert image.image.getpixel((10, 2))[0] > 150  # the left band is now at the top
    assert not image.image.info and not image.image.getexif()
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Kim Minsu")
    clean = decode_image(encode(noise(16, 16), "PNG", pnginfo=info), LIMITS).png()
    assert b"Kim Minsu" not in clean and b"PhoneMaker" not in clean


def test_transparency_becomes_white() -> None:
    clear = Image.new("RGBA", (8, 8), (255, 0, 0, 0))
    assert decode_image(encode(clear, "PNG"), LIMITS).image.getpixel((1, 1)) == (255, 255, 255)


def test_formats_are_sniffed_from_content() -> None:
    assert sniff_format(encode(noise(4, 4), "WEBP")) == "WEBP"
    assert sniff_format(b"RIFF\x00\x00\x00\x00WAVEfmt ") is None  # RIFF, but audio


async def test_the_byte_cap_applies_before_and_while_fetching(tmp_path: Path) -> None:
    limits = LimitsSection(max_image_bytes=1000)
    fetched: list[int] = []

    async def fetch(max_bytes: int) -> bytes:
        fetched.append(max_bytes)
        return b"\x89PNG" + b"0" * 5000

    with pytest.raises(UserError) as caught:
        await fetch_attachment(Attachment("big.png", "image/png", 5000, fetch), limits)
    assert caught.value.key == "image_input.too_large" and fetched == []  # refused unseen
    with pytest.raises(UserError):
        await fetch_attachment(Attachment("big.png", "image/png", None, fetch), limits)
    assert fetched == [1000]  # the adapter is told the cap
    big = tmp_path / "big.png"
    big.write_bytes(encode(noise(64, 64), "PNG"))
    with pytest.raises(UserError) as caught:
        await fetch_attachment(file_attachment(big), limits)
    assert caught.value.key == "image_input.too_large"
    assert refused_key(big.read_bytes(), limits) == "image_input.too_large"


def test_fit_within_keeps_the_aspect_ratio_on_multiples_of_8() -> None:
    cases = ((150, 100, 6144), (4000, 3000, 512 * 512), (30, 90, 6144), (512, 512, 4096))
    for width, height, budget in cases:
        w, h = fit_within(width, height, budget)
        assert w % 8 == 0 and h % 8 == 0 and w * h <= budget
        assert w / h == pytest.approx(width / height, rel=0.12)
    assert fit_within(10_000, 10, 4096) == (512, 8)  # extreme shapes stay valid sizes


# ---- refusals reach the user in their language ------------------------------------------------


@pytest_asyncio.fixture(loop_scope="function")
async def app(settings) -> AsyncIterator[App]:
    async with App.create(settings) as started:
        yield started


@pytest.mark.parametrize(("data", "key", "params"), [
    (b"hello, this is text", "image_input.unsupported", {}),
    (png_claiming(50_000, 50_000), "image_input.too_many_pixels", {"limit": "40"}),
    (encode(noise(64, 64), "PNG")[:300], "image_input.broken", {}),
])
async def test_bad_uploads_get_a_message_in_the_users_language(app: App, tmp_path: Path, data, key,
                                                               params) -> None:
    path = tmp_path / "upload.png"
    path.write_bytes(data)
    for command, options in (("edit", {"instruction": "눈이 오게 해줘"}),
                             ("ask-image", {"question": "무엇이 보이나요?"})):
        request = Request(command, options, UserRef("console:kim", "console"), "console:kim",
                          attachments=[file_attachment(path)])
        replies = [reply async for reply in execute(request, app)]
        assert len(replies) == 1 and isinstance(replies[0], Error)
        assert replies[0].text == t(key, "ko", **params)


# ---- downloads -------------------------------------------------------------------------------------


@pytest_asyncio.fixture(loop_scope="function")
async def server() -> AsyncIterator[str]:
    picture = encode(noise(16, 16), "PNG")

    async def ok(_request: web.Request) -> web.Response:
        return web.Response(body=picture, content_type="image/png")

    async def declared_big(_request: web.Request) -> web.Response:
        return web.Response(body=b"x" * 5000, content_type="image/png")

    async def streamed_big(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()  # chunked: no Content-Length to go by
        await response.prepare(request)
        for _ in range(50):
            await response.write(b"y" * 1000)
        await response.write_eof()
        return response

    async def slow(_request: web.Request) -> web.Response:
        await asyncio.sleep(3)
        return web.Response(body=picture)

    async def auth(request: web.Request) -> web.Response:
        return web.Response(body=request.headers.get("Authorization", "none").encode())

    async def redirect(request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    app = web.Application()
    app.add_routes([web.get("/ok", ok), web.get("/declared-big", declared_big),
                    web.get("/streamed-big", streamed_big), web.get("/slow", slow), web.get("/auth", auth),
                    web.get("/redirect", redirect)])
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def download_key(url: str, hosts=("127.0.0.1",), max_bytes: int = 2000, **kwargs) -> str:
    with pytest.raises(UserError) as caught:
        await fetch_url(url, hosts, max_bytes, **kwargs)
    return caught.value.key


async def test_downloads_only_from_allowed_hosts_within_the_caps(server: str) -> None:
    data = await fetch_url(f"{server}/ok", ["127.0.0.1"], 10_000)
    assert decode_image(data, LIMITS).image.size == (16, 16)
    assert await download_key(f"{server}/declared-big") == "image_input.too_large"
    assert await download_key(f"{server}/streamed-big") == "image_input.too_large"
    assert await download_key(f"{server}/missing") == "image_input.download_failed"
    started = time.perf_counter()
    assert await download_key(f"{server}/slow", timeout=0.5) == "image_input.download_timeout"
    assert time.perf_counter() - started < 2.5
    assert await download_key(f"{server}/ok", hosts=["cdn.discordapp.com"]) == "image_input.host_not_allowed"
    # Remote hosts only over https; nothing is contacted for these.
    assert await download_key("http://cdn.discordapp.com/a.png", hosts=["cdn.discordapp.com"]) == \
        "image_input.host_not_allowed"
    assert await download_key("https://evil.example/a.png", hosts=["cdn.discordapp.com"]) == \
        "image_input.host_not_allowed"


async def test_redirects_are_checked_and_never_carry_the_token_to_another_host(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    away = f"{server}/redirect?to=https://evil.example/steal"
    assert await download_key(away) == "image_input.host_not_allowed"
    headers = {"Authorization": "Bearer xoxb-secret"}
    same_host = await fetch_url(f"{server}/redirect?to=/auth", ["127.0.0.1"], 1000, headers=headers)
    assert same_host == b"Bearer xoxb-secret"
    other_host = await fetch_url(f"{server}/redirect?to=http://localhost:{port}/auth",
                                 ["127.0.0.1", "localhost"], 1000, headers=headers)
    assert other_host == b"none"


def test_host_allow_list_matches_hosts_and_their_subdomains() -> None:
    assert host_allowed("cdn.discordapp.com", ["cdn.discordapp.com"])
    assert host_allowed("files.slack.com", ["slack.com"])
    assert host_allowed("CDN.DiscordApp.com.", ["cdn.discordapp.com"])
    assert not host_allowed("evilslack.com", ["slack.com"])
    assert not host_allowed("cdn.discordapp.com.evil.example", ["cdn.discordapp.com"])
