"""`hubbot serve images`: the image cards behind the OpenAI Images API on Ray Serve, for bots
whose image cards say `backend = "openai-images"` (hubbot/serving/ray_images.py)."""

from __future__ import annotations

import argparse
import importlib.util

from hubbot.cli.common import settings_from
from hubbot.errors import ConfigError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve this config's models to remote bots (Ray Serve)")
    what = p.add_subparsers(dest="serve_command", metavar="WHAT")
    what.required = True
    images = what.add_parser("images", help="text-to-image and image-edit cards, OpenAI Images API")
    # Also accepted after the subcommand; SUPPRESS keeps a `hubbot --config X serve images` value.
    images.add_argument("--config", default=argparse.SUPPRESS, help="config file")
    images.add_argument("--host", help="listen address (default: [serve.images] host)")
    images.add_argument("--port", type=int, help="listen port (default: [serve.images] port)")
    images.set_defaults(func=cmd_serve_images)


def cmd_serve_images(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    if importlib.util.find_spec("ray") is None:
        raise ConfigError("Ray Serve is not installed: pip install 'hubbot[ray]'")
    from hubbot.serving.ray_images import serve_cards, serve_forever

    serve_cards(settings)  # a config problem is one line, before Ray starts
    serve_forever(settings, host=args.host, port=args.port)
    return 0
