"""Two library notices that a normal start would print, and why they are dropped.

- transformers, when torchvision is absent, serves `XImageProcessor` as `XImageProcessorPil`
  and says so each time a library (diffusers imports CLIP's and SigLIP's) asks for the plain
  name. torchvision is left out on purpose — PIL does the same work for these processors, and
  PyPI's torchvision breaks beside the CPU torch this project installs — so the notice only
  asks for something that must not be installed.
- peft 0.21 reads `model.is_gradient_checkpointing`, which transformers 5 deprecates with a
  FutureWarning on every LoRA load; nothing in hubbot's code touches it.

Only these exact messages are dropped; every other warning still shows.
"""

from __future__ import annotations

import logging
import warnings

TORCHVISION_FALLBACK = "requires torchvision (not installed); falling back to"
PEFT_DEPRECATION = r"`is_gradient_checkpointing` is deprecated"


class _DropTorchvisionFallback(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return TORCHVISION_FALLBACK not in record.getMessage()


def quiet_library_notices() -> None:
    """Install both filters (idempotent)."""
    logger = logging.getLogger("transformers.utils.import_utils")
    if not any(isinstance(f, _DropTorchvisionFallback) for f in logger.filters):
        logger.addFilter(_DropTorchvisionFallback())
    warnings.filterwarnings("ignore", message=PEFT_DEPRECATION, category=FutureWarning)
