"""Image moderation with NudeNet: its ONNX detector (320n.onnx) ships inside the `nudenet`
wheel and runs on onnxruntime's CPU provider, so nothing is downloaded. An image is flagged
when an exposed-nudity region scores at least the threshold; covered body parts and faces are
detected too and ignored. `classify` is blocking: the moderation layer runs it in its thread."""

from __future__ import annotations

import threading
from typing import Any

from hubbot.inference.backends.moderation import Verdict

NUDITY = "nudity"  # the image class (the text policy's five classes are about words)
EXPOSED = frozenset({"FEMALE_GENITALIA_EXPOSED", "MALE_GENITALIA_EXPOSED", "FEMALE_BREAST_EXPOSED",
                     "BUTTOCKS_EXPOSED", "ANUS_EXPOSED"})


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

    def classify(self, images: list[bytes], threshold: float) -> list[Verdict]:
        self.load()
        return [self._verdict(self._detector.detect(png), threshold) for png in images]

    @staticmethod
    def _verdict(detections: list[dict[str, Any]], threshold: float) -> Verdict:
        score = max((float(d["score"]) for d in detections if d["class"] in EXPOSED), default=0.0)
        return Verdict(NUDITY if score >= threshold else None, score)
