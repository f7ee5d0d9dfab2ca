"""Image subcommands: imagine, random-image, edit, ask-image, watermark check.

They run the same commands the platforms run (`commands.execute`); a local file becomes an
attachment whose fetch reads it under the configured size cap.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from hubbot.cli.common import add_user_option, run_one_shot
from hubbot.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("imagine", help="generate images from text")
    p.add_argument("text", help="the prompt")
    _generation_args(p)
    p.add_argument("--size", help="WIDTHxHEIGHT from the model card, or square | landscape | portrait")
    p.add_argument("--count", type=int, help="how many images (1-4)")
    p.add_argument("--negative", help="negative prompt")
    p.add_argument("--guidance", type=float)
    p.set_defaults(func=cmd_imagine)

    p = sub.add_parser("random-image", help="an image from a random curated prompt")
    _generation_args(p)
    p.add_argument("--size")
    p.set_defaults(func=cmd_random_image)

    p = sub.add_parser("edit", help="edit an image by an instruction")
    p.add_argument("image", type=Path)
    p.add_argument("text", help="the instruction (or the prompt, with --mode img2img)")
    _generation_args(p)
    p.add_argument("--mode", choices=["instruct", "img2img"])
    p.add_argument("--strength", type=float, help="img2img: how much to change (0.05-1)")
    p.add_argument("--image-guidance", type=float, help="instruct: how closely to keep the image")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("ask-image", help="ask a question about an image (streamed answer)")
    p.add_argument("image", type=Path)
    p.add_argument("question")
    p.add_argument("--model")
    add_user_option(p)
    p.add_argument("--conversation", help="continue this conversation id (follow-ups reuse the image)")
    p.set_defaults(func=cmd_ask_image)

    p = sub.add_parser("watermark", help="AI marks on images")
    marks = p.add_subparsers(dest="watermark_command", metavar="ACTION")
    marks.required = True
    check = marks.add_parser("check", help="look for hubbot's AI marks (exit 0: found, 1: none)")
    check.add_argument("image", type=Path)
    check.set_defaults(func=cmd_watermark_check)


def _generation_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, help="write the (first) image here")
    p.add_argument("--seed", type=int)
    p.add_argument("--steps", type=int)
    p.add_argument("--model")
    add_user_option(p)


def _present(**options: Any) -> dict[str, Any]:
    return {k: v for k, v in options.items() if v is not None}


def _attachment(path: Path) -> Any:
    from hubbot.commands.image_input import file_attachment

    if not path.is_file():
        raise UserError("error.missing_file", path=str(path))
    return file_attachment(path)


def cmd_imagine(args: argparse.Namespace) -> int:
    options = _present(prompt=args.text, seed=args.seed, steps=args.steps, size=args.size, count=args.count,
                       negative_prompt=args.negative, guidance=args.guidance, model=args.model)
    return run_one_shot(args, "imagine", options, output=args.output)


def cmd_random_image(args: argparse.Namespace) -> int:
    options = _present(seed=args.seed, steps=args.steps, size=args.size, model=args.model)
    return run_one_shot(args, "imagine", options, output=args.output)


def cmd_edit(args: argparse.Namespace) -> int:
    options = _present(instruction=args.text, seed=args.seed, steps=args.steps, model=args.model,
                       mode=args.mode, strength=args.strength, image_guidance=args.image_guidance)
    return run_one_shot(args, "edit", options, output=args.output, attachments=[_attachment(args.image)])


def cmd_ask_image(args: argparse.Namespace) -> int:
    options = _present(question=args.question, model=args.model)
    return run_one_shot(args, "ask-image", options, attachments=[_attachment(args.image)])


def cmd_watermark_check(args: argparse.Namespace) -> int:
    from hubbot.i18n import t
    from hubbot.inference import watermark

    path: Path = args.image
    if not path.is_file():
        raise UserError("error.missing_file", path=str(path))
    try:
        report = watermark.detect(path.read_bytes())
    except (OSError, SyntaxError, ValueError):
        raise UserError("image_input.unsupported") from None
    lang = "en"
    total = len(watermark.PAYLOAD_BITS)
    lines = [t("watermark.found" if report.marked else "watermark.not_found", lang, path=str(path))]
    verdict = t("watermark.yes" if report.invisible else "watermark.no", lang)
    lines.append("  " + t("watermark.invisible", lang, verdict=verdict, matched=round(report.score * total),
                          total=total))
    if report.model is not None:
        lines.append("  " + t("watermark.metadata", lang, text=report.metadata["Description"]))
    if report.ai_source_type:
        lines.append("  " + t("watermark.source_type", lang))
    print("\n".join(lines), file=sys.stdout)
    return 0 if report.marked else 1
