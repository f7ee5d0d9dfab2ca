"""A few hundred lines of mixed Korean/English text to train tiny tokenizers on."""

from __future__ import annotations

from collections.abc import Iterator

_SEED_LINES = [
    "닭이 먼저야, 달걀이 먼저야?",
    "특정 사회 문제를 다루는 비영리 단체를 위한 홍보 캠페인을 계획해줘.",
    "단편 소설의 제목을 브레인스토밍하는 데 도움을 줘.",
    "Tell me the best places to travel on a budget of $1000 including car hire, flights and accommodation.",
    'Write a summary of "The catcher in the rye"',
    'Write me a step-by-step guide to use "AI Model Hub"',
    "Generate a list of at least 10 keywords related to Mother nature",
    "Train a logistic regression model, predict the labels on the test set and compute the accuracy score",
    "X_train, y_train, X_test, y_test = train_test_split(X, y, test_size=0.1)",
    "#function that determines if a year is a leap year or not",
    "def is_leap_year(year):\n    if year % 4 == 0:\n        if year % 100 == 0:\n            return year % 400 == 0",
    "Generate a function to find the value for (a+b)^3 using lambda.",
    "Generate a unit test for a function that determines if a year is a leap year or not.",
    "lambda를 사용하여 (a+b)^3의 값을 찾는 함수를 작성해봐.",
    "배열을 인수로 받아 가장 큰 값을 반환하는 함수(함수 이름: findMax) 를 작성해줘.",
    "파이썬 3.11.7이 설치된 Linux 머신을 생성하기 위한 도커 스크립트를 짜줘.",
    "A creative composition of a frog wearing a crown sitting on a log",
    "A 3D rendering of a chair that's round and red",
    "An illustration of a river winding through a meadow",
    "### 질문: 안녕하세요?\n\n### 맥락: 인사\n\n### 답변: 안녕하세요! 무엇을 도와드릴까요?",
    "import unittest\nclass TestLeapYear(unittest.TestCase):\n    def test_2000(self):\n        self.assertTrue(is_leap_year(2000))",
    "```python\ndef find_max(values):\n    return max(values)\n```",
    "The quick brown fox jumps over the lazy dog. 빠른 갈색 여우가 게으른 개를 뛰어넘는다.",
    "인공지능 모델 허브는 텍스트와 이미지를 생성합니다. AI Model Hub generates text and images.",
]


def corpus_lines(repeat: int = 12) -> Iterator[str]:
    for i in range(repeat):
        for line in _SEED_LINES:
            yield line if i % 2 == 0 else line.lower()
