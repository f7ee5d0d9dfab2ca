"""/finetune datasets: parse an uploaded file into training examples and validate it before
anything runs.

Formats (by file name, then by content):
- KULLM/Alpaca: JSON Lines or a JSON array of `{"instruction", "input"?, "output"}`;
- chat: JSON Lines or a JSON array of `{"messages": [{"role", "content"}, ...]}` (the last
  turn is the assistant's answer; earlier turns are its context);
- CSV with a header row `instruction,input,output` (`input` optional).

Every error names the line (JSONL/CSV: the file line; JSON array: the item number) and the
field, in the user's language. The content policy reads every text field.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hubbot.errors import Refused, UserError
from hubbot.inference.jobs import ChatMessage
from hubbot.policy.moderation import refuse_if_harmful

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.config import FinetuneSection

ROLES = ("system", "user", "assistant")


class DatasetError(UserError):
    """A dataset that cannot be used: `finetune.<reason>` with the line and field."""


@dataclass(frozen=True)
class Example:
    """One training row: the context (system/user/earlier turns) and the answer to learn."""

    line: int
    context: tuple[ChatMessage, ...]
    answer: str

    def texts(self) -> list[str]:
        return [*(m.content for m in self.context), self.answer]


def parse_dataset(data: bytes, filename: str, limits: FinetuneSection) -> list[Example]:
    """The examples in an uploaded file, or DatasetError naming what is wrong and where."""
    if len(data) > limits.max_dataset_bytes:
        raise DatasetError("finetune.too_big", limit=limits.max_dataset_bytes // 1024)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError("finetune.not_utf8", position=exc.start) from None
    if not text.strip():
        raise DatasetError("finetune.empty")
    name = filename.lower()
    if name.endswith(".csv"):
        rows = _csv_rows(text)
    elif text.lstrip().startswith("["):
        rows = _json_array_rows(text)
    else:
        rows = _jsonl_rows(text)
    if len(rows) > limits.max_rows:
        raise DatasetError("finetune.too_many_rows", rows=len(rows), limit=limits.max_rows)
    examples = [_example(line, row, limits.max_row_chars) for line, row in rows]
    if not examples:
        raise DatasetError("finetune.empty")
    return examples


def check_content(app: App, examples: list[Example], lang: str) -> None:
    """The content policy over every text of the dataset; a refusal names the line."""
    for example in examples:
        for text in example.texts():
            try:
                refuse_if_harmful(app, text, lang)
            except Refused as refused:
                raise Refused(
                    "finetune.refused_row", line=example.line, category=refused.params.get("category", "")
                ) from None


# ---- formats ------------------------------------------------------------------------------


def _jsonl_rows(text: str) -> list[tuple[int, Any]]:
    rows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            rows.append((number, json.loads(raw)))
        except json.JSONDecodeError as exc:
            raise DatasetError("finetune.bad_json", line=number, detail=exc.msg) from None
    return rows


def _json_array_rows(text: str) -> list[tuple[int, Any]]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DatasetError("finetune.bad_json", line=exc.lineno, detail=exc.msg) from None
    if not isinstance(items, list):
        raise DatasetError("finetune.bad_json", line=1, detail="not a list")
    return list(enumerate(items, start=1))


def _csv_rows(text: str) -> list[tuple[int, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    for needed in ("instruction", "output"):
        if needed not in header:
            raise DatasetError("finetune.missing_field", line=1, field=needed)
    rows = []
    try:
        for row in reader:
            cleaned = {k.strip(): v for k, v in row.items() if k is not None}
            if any((v or "").strip() for v in cleaned.values()):
                rows.append((reader.line_num, cleaned))
    except csv.Error as exc:
        raise DatasetError("finetune.bad_csv", line=reader.line_num, detail=str(exc)) from None
    return rows


# ---- rows ---------------------------------------------------------------------------------


def _example(line: int, row: Any, max_chars: int) -> Example:
    if not isinstance(row, dict):
        raise DatasetError("finetune.not_object", line=line)
    if "messages" in row:
        return _chat_example(line, row["messages"], max_chars)
    instruction = _text_field(line, row, "instruction", max_chars)
    context = _text_field(line, row, "input", max_chars, required=False)
    answer = _text_field(line, row, "output", max_chars)
    question = f"{instruction}\n\n{context}" if context else instruction
    return Example(line, (ChatMessage("user", question),), answer)


def _chat_example(line: int, messages: Any, max_chars: int) -> Example:
    if not isinstance(messages, list) or not messages:
        raise DatasetError("finetune.bad_field", line=line, field="messages")
    turns = []
    for index, message in enumerate(messages):
        field = f"messages[{index}]"
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise DatasetError("finetune.bad_role", line=line, field=f"{field}.role", roles=", ".join(ROLES))
        content = _text_field(line, message, "content", max_chars, label=f"{field}.content")
        turns.append(ChatMessage(message["role"], content))
    if turns[-1].role != "assistant":
        raise DatasetError("finetune.last_not_assistant", line=line, field=f"messages[{len(turns) - 1}].role")
    if not any(t.role == "user" for t in turns[:-1]):
        raise DatasetError("finetune.missing_field", line=line, field="messages[].role=user")
    return Example(line, tuple(turns[:-1]), turns[-1].content)


def _text_field(
    line: int, row: dict[str, Any], name: str, max_chars: int, *, required: bool = True, label: str = ""
) -> str:
    label = label or name
    value = row.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise DatasetError("finetune.missing_field", line=line, field=label)
        return ""
    if not isinstance(value, str):
        raise DatasetError("finetune.bad_field", line=line, field=label)
    if len(value) > max_chars:
        raise DatasetError("finetune.row_too_long", line=line, field=label, limit=max_chars)
    return value.strip()
