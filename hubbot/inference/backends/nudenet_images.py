"""Image moderation with NudeNet: its ONNX detector (320n.onnx) ships inside the `nudenet`
wheel and runs on onnxruntime's CPU provider, so nothing is downloaded. An image is flagged
when an exposed-nudity region scores at least the threshold; covered body parts and faces are
detected too and ignored. `classify` is blocking: the moderation layer runs it in its thread."""

from __future__ import annotations

import io
import threading
from typing import Any

from hubbot.inference.backends.moderation import Verdict

NUDITY = "nudity"  # the image class (the text policy's five classes are about words)
EXPOSED = frozenset({"FEMALE_GENITALIA_EXPOSED", "MALE_GENITALIA_EXPOSED", "FEMALE_BREAST_EXPOSED",
                     "BUTTOCKS_EXPOSED", "ANUS_EXPOSED"})


def _png(image: Any) -> bytes:
    if isinstance(image, bytes):
        return image
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class NudeNetBackend:
    is_remote = False
    model_id = "nudenet"

    def __init__(self) -> None:
        self._detector: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._detector is not None

    def load(self) -> None:
        with self._lock:
            if self._detector is None:
                from nudenet import NudeDetector

                self._detector = NudeDetector()

    def classify(self, images: list[Any], threshold: float) -> list[Verdict]:
        """PNG bytes or PIL images (encoded here, in the moderation thread, not on the loop)."""
        self.load()
        return [self._verdict(self._detector.detect(_png(image)), threshold) for image in images]

    @staticmethod
    def _verdict(detections: list[dict[str, Any]], threshold: float) -> Verdict:
        score = max((float(d["score"]) for d in detections if d["class"] in EXPOSED), default=0.0)
        return Verdict(NUDITY if score >= threshold else None, score)
