"""The intent rule files (hubbot/data/moderation/intent_*.toml), each read once: the rules
(intent.RuleSet) and the readings that use their vocabularies (english_read) share one copy."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data" / "moderation"
ENGLISH, KOREAN = DATA / "intent_en.toml", DATA / "intent_ko.toml"


@cache
def rule_data(path: Path) -> dict[str, Any]:
    """The parsed rule file; shared, so read it, never change it."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


def vocabulary(path: Path, name: str) -> list[str]:
    """One of the file's `words` vocabularies ([] where it has none of that name)."""
    return list(rule_data(path)["words"].get(name, ()))
