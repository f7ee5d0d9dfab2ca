"""The curated prompts random images are drawn from (English for the model, Korean to show).

The first four are the seed service's own Text-to-Image examples.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RandomPrompt:
    en: str  # what the model gets (text encoders of common checkpoints are English-only)
    ko: str

    def shown(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


RANDOM_PROMPTS: tuple[RandomPrompt, ...] = (
    RandomPrompt("A creative composition of a frog wearing a crown sitting on a log",
                 "통나무 위에 앉아 왕관을 쓴 개구리를 창의적으로 구성한 그림"),
    RandomPrompt("A 3D rendering of a chair that's round and red",
                 "둥글고 빨간 의자의 3D 렌더링"),
    RandomPrompt("An illustration of a river winding through a meadow",
                 "초원 사이로 굽이쳐 흐르는 강의 일러스트"),
    RandomPrompt("A photograph of a person sitting on a bench facing the sunset in the style of Van Gogh",
                 "반 고흐 화풍으로 그린, 노을을 바라보며 벤치에 앉은 사람의 사진"),
    RandomPrompt("A watercolor painting of a hanok village in autumn",
                 "가을 한옥 마을을 그린 수채화"),
    RandomPrompt("A cozy bookshop on a rainy night, warm light through the windows",
                 "비 오는 밤, 창밖으로 따뜻한 불빛이 새어 나오는 아늑한 책방"),
    RandomPrompt("A cat astronaut floating above the Earth, digital art",
                 "지구 위를 떠다니는 고양이 우주비행사, 디지털 아트"),
    RandomPrompt("Cherry blossoms along a river in Seoul at dawn, soft pastel colors",
                 "새벽녘 서울 강변의 벚꽃, 부드러운 파스텔 색감"),
    RandomPrompt("A lighthouse on a rocky island during a storm, dramatic oil painting",
                 "폭풍 속 바위섬 위의 등대, 극적인 유화"),
    RandomPrompt("A bowl of bibimbap photographed from above, studio lighting",
                 "위에서 찍은 비빔밥 한 그릇, 스튜디오 조명"),
    RandomPrompt("A tiny robot watering plants in a greenhouse, isometric illustration",
                 "온실에서 식물에 물을 주는 작은 로봇, 아이소메트릭 일러스트"),
    RandomPrompt("Mount Hallasan under a starry sky, long exposure photograph",
                 "별이 가득한 하늘 아래 한라산, 장노출 사진"),
    RandomPrompt("An origami crane made of newspaper on a wooden desk",
                 "나무 책상 위에 놓인 신문지로 접은 종이학"),
    RandomPrompt("A futuristic city with floating gardens, concept art",
                 "공중 정원이 떠 있는 미래 도시, 콘셉트 아트"),
    RandomPrompt("A fox in a snowy forest, children's book illustration",
                 "눈 덮인 숲속의 여우, 동화책 삽화"),
    RandomPrompt("A steaming cup of coffee next to an open notebook, morning light",
                 "펼쳐진 공책 옆 김이 나는 커피 한 잔, 아침 햇살"),
)


def pick(seed: int) -> RandomPrompt:
    """The prompt for a random image: chosen by its seed, so the seed reproduces both."""
    return RANDOM_PROMPTS[seed % len(RANDOM_PROMPTS)]
