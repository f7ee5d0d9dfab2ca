"""Scoring one answer: an exact answer, a regular expression, or code run against tests.

Code from a model is untrusted: it runs in a separate Python process (isolated mode, its own
empty working directory and session, memory, CPU time and file size capped) that is killed
with its whole process group when it runs past the question's time limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hubbot.evals.sets import Question

FENCE = re.compile(r"```([\w+#.-]*)[ \t]*\n(.*?)(?:```|\Z)", re.DOTALL)
PYTHON_TAGS = {"", "python", "py", "python3"}
# Stripped from both ends before an exact comparison: spaces, quotes, markdown emphasis and
# closing punctuation ("**Cold.**" is "cold").
_EDGES = " \t\n\"'`*_.,!?。:;"
MEMORY_LIMIT_BYTES = 1 << 30
OUTPUT_LIMIT_BYTES = 1 << 20


@dataclass(frozen=True)
class Score:
    correct: bool
    reason: str  # why, in a few words: "matched", "no match", "forbidden", "tests failed: ..."


def normalise(text: str) -> str:
    return " ".join(text.strip(_EDGES).casefold().split())


def score_text(question: Question, answer: str) -> Score:
    """Exact or pattern questions."""
    if question.forbid and re.search(question.forbid, answer, re.IGNORECASE):
        return Score(False, "forbidden answer")
    if question.exact:
        ok = normalise(answer) in {normalise(expected) for expected in question.exact}
        return Score(ok, "exact" if ok else "not exact")
    ok = re.search(question.pattern, answer, re.IGNORECASE) is not None
    return Score(ok, "matched" if ok else "no match")


def extract_code(answer: str) -> str:
    """The first Python (or untagged) fenced block; else the first block of any tag; else the
    whole answer (a model may answer with bare code)."""
    blocks = [(tag.lower(), body) for tag, body in FENCE.findall(answer)]
    for tag, body in blocks:
        if tag in PYTHON_TAGS:
            return body.strip("\n")
    return blocks[0][1].strip("\n") if blocks else answer.strip()


# Runs inside the child: caps, then the answer file as __main__.
_BOOTSTRAP = (
    "import resource, runpy\n"
    f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT_BYTES}, {MEMORY_LIMIT_BYTES}))\n"
    f"resource.setrlimit(resource.RLIMIT_FSIZE, ({OUTPUT_LIMIT_BYTES}, {OUTPUT_LIMIT_BYTES}))\n"
    "resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))\n"
    "runpy.run_path('answer.py', run_name='__main__')\n"
)


async def run_code(code: str, tests: str, timeout_s: float) -> Score:
    """Run `code` followed by `tests` in a fresh Python process; right when it exits 0."""
    if not code.strip():
        return Score(False, "no code in the answer")
    with tempfile.TemporaryDirectory(prefix="hubbot-eval-") as folder:
        Path(folder, "answer.py").write_text(f"{code}\n\n# ---- tests ----\n{tests}\n", encoding="utf-8")
        bootstrap = _BOOTSTRAP.replace("{cpu}", str(int(timeout_s) + 1))
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-I", "-B", "-c", bootstrap, cwd=folder,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE, start_new_session=True,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": folder, "PYTHONHASHSEED": "0"},
        )
        try:
            _, stderr = await asyncio.wait_for(process.communicate(), timeout_s)
        except TimeoutError:
            _kill_group(process.pid)
            await process.wait()
            return Score(False, f"timed out after {timeout_s:g} s")
        finally:
            if process.returncode is None:  # cancelled: leave nothing running
                _kill_group(process.pid)
    if process.returncode == 0:
        return Score(True, "tests passed")
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return Score(False, f"tests failed: {lines[-1][:120] if lines else f'exit {process.returncode}'}")


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


async def score(question: Question, answer: str) -> Score:
    if question.tests:
        return await run_code(extract_code(answer), question.tests, question.timeout_s)
    return score_text(question, answer)
