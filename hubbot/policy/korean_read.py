"""Korean typed in disguise, read back: romanised Korean and English words code-switched into it.

Romanised Korean ("neo naeil jukeul geoya", "hwa-yeom-byeong") is spelled as it sounds
(Revised Romanization), so a consonant between two vowels may end one syllable or begin the next
(반에 and 바네 are both "bane"): a word is read both ways, as two readings of the text, and a few
sound-spelled stems whose letters the sound changed are read back from a short table
("eomneun" -> 없는, "kkeut" -> 끝). A word is read only when every letter falls into a syllable,
so English words ("gonna", "expose") mostly stay as they are.

A Korean word named as a word and talked about ("짱깨라는 말 원래 무슨 뜻이야?") is blanked out as
a mention before any of this (words_named).

English words typed into a Korean sentence ("남친 커피에 p0ison 타려고", "trans 애들은") are read as
the Korean words they stand for, so the Korean rules see them.
"""

from __future__ import annotations

import re
from functools import cache

from hubbot.policy.normalise import (
    DOUBLE_QUOTED,
    HANGUL_SYLLABLES,
    LEET,
    MASK,
    QUOTED,
    blanked,
    quotations_masked,
)

# Revised Romanization: initials, vowels (longest first) and finals.
INITIALS = {"kk": "ㄲ", "tt": "ㄸ", "pp": "ㅃ", "ss": "ㅆ", "jj": "ㅉ", "ch": "ㅊ", "g": "ㄱ", "k": "ㅋ",
            "n": "ㄴ", "d": "ㄷ", "t": "ㅌ", "r": "ㄹ", "l": "ㄹ", "m": "ㅁ", "b": "ㅂ", "p": "ㅍ",
            "s": "ㅅ", "j": "ㅈ", "h": "ㅎ"}
VOWELS = {"yae": "ㅒ", "wae": "ㅙ", "ae": "ㅐ", "ya": "ㅑ", "yeo": "ㅕ", "eo": "ㅓ", "ye": "ㅖ", "wa": "ㅘ",
          "oe": "ㅚ", "yo": "ㅛ", "wo": "ㅝ", "we": "ㅞ", "wi": "ㅟ", "yu": "ㅠ", "eu": "ㅡ", "ui": "ㅢ",
          "a": "ㅏ", "e": "ㅔ", "o": "ㅗ", "u": "ㅜ", "i": "ㅣ"}
FINALS = {"ng": "ㅇ", "k": "ㄱ", "g": "ㄱ", "n": "ㄴ", "l": "ㄹ", "r": "ㄹ", "m": "ㅁ", "p": "ㅂ", "b": "ㅂ",
          "t": "ㅅ", "d": "ㄷ", "s": "ㅅ", "ss": "ㅆ"}
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
# Stems whose spelling the sound changed (assimilation, a final before a vowel), as words begin.
SOUNDED = {"eomneun": "없는", "eopseo": "없어", "eopda": "없다", "eopneun": "없는", "isseo": "있어",
           "itda": "있다", "inneun": "있는", "isseumyeon": "있으면", "gateun": "같은", "gachi": "같이",
           "kkeut": "끝", "kimchi": "김치", "myeot": "몇", "sipeo": "싶어", "sipda": "싶다", "sipeun": "싶은",
           "jugeul": "죽을", "jugyeo": "죽여", "jugil": "죽일", "jugeo": "죽어", "jjigeun": "찍은",
           "jjigeo": "찍어", "jukgo": "죽고", "jungneun": "죽는", "manneun": "맞는", "chajaga": "찾아가"}
# Plural and particle endings a stem's sound hides ("saramdeureun" -> 사람들은).
SOUNDED_ENDS = {"deureun": "들은", "deuri": "들이", "deureul": "들을", "deurege": "들에게",
                "deurida": "들이다",
                "deuriya": "들이야", "deurirang": "들이랑", "deureseo": "들에서"}
DOUBLES = ("kk", "tt", "pp", "jj", "ss")
BINDS = frozenset("nlrmgb")  # consonants read as ending a stem before a vowel ending (반에, 들은, 찍은)
ROMAN_WORD = re.compile(r"(?<![a-z])[a-z]{2,}(?![a-z])")
ROMAN_SHARE = 0.7  # of an all-Latin message's words that must read as romanised Korean


def _syllable(initial: str, vowel: str, final: str = "") -> str:
    return chr(0xAC00 + (_CHO.index(initial) * 21 + _JUNG.index(vowel)) * 28 + _JONG.index(final or " "))


@cache
def romanised_word(word: str, bind_final: bool, ng_final: bool = False) -> str | None:
    """A romanised word as Hangul, or None when a letter is left over. `bind_final`: a single
    consonant between vowels ends the syllable before it (반에) rather than beginning the next (바네)."""
    for stem, hangul in SOUNDED.items():
        if word.startswith(stem):
            if len(word) == len(stem):
                return hangul
            rest = romanised_word(word[len(stem):], bind_final, ng_final)
            return None if rest is None else hangul + rest
    for end, hangul in SOUNDED_ENDS.items():
        if word.endswith(end) and len(word) > len(end):
            stem = romanised_word(word[:-len(end)], bind_final, ng_final)
            return None if stem is None else stem + hangul
    out, i = [], 0
    while i < len(word):
        initial = "ㅇ"
        for key in sorted(INITIALS, key=len, reverse=True):
            if word.startswith(key, i):
                initial, i = INITIALS[key], i + len(key)
                break
        vowel = next((v for v in sorted(VOWELS, key=len, reverse=True) if word.startswith(v, i)), None)
        if vowel is None:
            return None
        i += len(vowel)
        final = ""
        for key in sorted(FINALS, key=len, reverse=True):
            if not word.startswith(key, i):
                continue
            after = word[i + len(key):]
            if len(key) == 1 and word.startswith(DOUBLES, i) and after[1:2] and any(
                    after[1:].startswith(v) for v in VOWELS):
                break  # "saekki": a doubled consonant begins the next syllable (새끼, not 색키)
            vowel_next = any(after.startswith(v) for v in VOWELS)
            if key == "ng" and vowel_next and not ng_final:  # 번개 (beon-gae), or else 통에 (tong-e)
                final, i = "ㄴ", i + 1
            elif not after or not vowel_next or key == "ng" or (bind_final and key in BINDS):
                final, i = FINALS[key], i + len(key)
            break
        out.append(_syllable(initial, VOWELS[vowel], final))
    return "".join(out)


def romanised_readings(text: str, whole: bool) -> list[str]:
    """The text with its romanised Korean words read as Hangul, both ways of splitting syllables.
    `whole`: the message is all Latin letters, so most of its words must read as Korean."""
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text)  # "hwa-yeom-byeong"
    words = ROMAN_WORD.findall(text)
    if not words:
        return []
    out = []
    for bind, ng_final in ((False, False), (False, True), (True, True)):
        read = {w: romanised_word(w, bind, ng_final) for w in words}
        mostly = len(words) >= 3 and sum(v is not None for v in read.values()) >= ROMAN_SHARE * len(words)
        if (whole and not mostly) or not any(read.values()):
            return []
        # Where most words are not romanised Korean only longer ones are read: "ok", "lol" stay.
        shown = {w: h for w, h in read.items() if h is not None and (mostly or len(w) >= 4)}
        out.append(ROMAN_WORD.sub(lambda m, shown=shown: shown.get(m.group(0), m.group(0)), text))
    return list(dict.fromkeys(out))


# English words code-switched into Korean, read as the Korean word the rules know.
SWITCHED = {"poison": "독약", "poisons": "독약", "expose": "폭로", "kill": "죽이", "bomb": "폭탄",
            "gun": "총", "knife": "칼", "rape": "강간", "nudes": "누드", "nude": "누드",
            "trans": "트랜스젠더", "transgender": "트랜스젠더", "gay": "게이", "gays": "게이",
            "mental illness": "정신병",
            "illness": "병", "disease": "병", "vermin": "해충", "subhuman": "인간 이하", "sexy": "섹시한",
            "porn": "포르노", "edit": "편집", "photoshop": "보정", "retouch": "보정", "bikini": "비키니"}
SWITCHED_WORD = re.compile(r"(?<![a-z])(?:mental illness|[a-z0-9@$!]+)(?![a-z])")
# An English word with a romanised 하다 ending glued on ("sexy-han", "sexyhage"): read as the word.
SWITCHED_HADA = re.compile(r"^([a-z]+?)(?:han|hage|hae|haji|hada)$")


def code_switched(text: str) -> str:
    """English words in a Korean message read as Korean ("p0ison" -> 독약)."""
    def read(m: re.Match[str]) -> str:
        word = m.group(0)
        word = word if word.isdigit() else word.translate(LEET)
        stem = SWITCHED_HADA.match(word)
        word = stem.group(1) if stem and stem.group(1) in SWITCHED else word
        return f" {SWITCHED[word]} " if word in SWITCHED else m.group(0)
    return SWITCHED_WORD.sub(read, text)


# A Korean word named as a word: "짱깨라는 말", "gook이란 단어", "김치녀 한남충 같은 말" (one to three
# words before 같은/이런 말); the noun stands alone (말 + a particle at most, not 말종).
WORD_NOUN = (r"(?:말|단어|표현|용어|욕|소리|비하어|멸칭|호칭|신조어|유행어)"
             r"(?:이|을|은|도|로|는|를|에|이랑|까지)?(?![가-힣])")
NAMED = re.compile(r"[^\s'\"]{1,12}?(?=(?:이)?(?:라는|란)\s*" + WORD_NOUN + ")"
                   # the word heard as what one was called: "급식충 소리 들었대요"
                   r"|(?<![^\s'\"])(?!(?:니|너|네|걔|쟤|당신|니네|너네|그|저|이)\s)[^\s'\"]{2,12}?"
                   r"(?=\s*소리(?:를|도|까지)?\s*(?:들었|듣고|들은|들어서|듣는|들을))"
                   # the word as the subject of a question about it: "틀딱이 무슨 뜻이야?", "짱깨 어원"
                   r"|(?<![^\s'\"])(?!(?:니|너|네|걔|쟤|당신|니네|너네|내|제|그|저|이)\s)[^\s'\"]{1,12}?"
                   r"(?=(?:(?:이|가|은|는)\s*무슨\s*|(?:이|가|은|는|의)?\s*)(?:뜻|의미|어원|유래)"
                   r"|(?:이|가|은|는)\s*(?:[^\s]+\s+){0,2}비하(?:하는|어|\s*표현|\s*발언))"
                   r"|(?:[^\s'\"]{1,12}\s+){0,2}[^\s'\"]{1,12}?(?=\s*(?:같은|이런|따위)\s*" + WORD_NOUN + ")"
                   # examples that close the message: "… 비하 표현으로 퍼졌는지 궁금. 맘충, 급식충 이런 거요"
                   r"|(?:[^\s'\"]{1,12}\s+){0,3}[^\s'\"]{1,12}?(?=,?\s*(?:이런|같은)\s*(?:거|것|것들)(?:요)?\s*[.?!~]*\s*$)")
# What the message asks or says about the word named: its meaning, origin, why it hurts, that it
# is not to be used, that someone used it, how it felt to hear it, its sociology.
# "넌 병신이라는 말이 딱 어울려" says none of these: a use.
ABOUT_WORD = re.compile(r"뜻|의미|어디서|유래|어원|왜|비하|차이|뉘앙스|어감"
                        r"|멸칭|혐오|차별|모욕|쓰면\s*안|쓰지\s*말|쓰지\s*마"
                        r"|들으면|듣고|듣는|들었|기분|불쾌|상처|분석|사회학|유행|나온\s*말|생긴\s*말"
                        r"|맞나|맞지|맞아요|맞는지|인가요|혼났|혼나|쓰길래|쓰더라|쓰는\s*(?:애|사람|친구)|쓰지\s*않"
                        r"|언제부터|처음\s*(?:쓴|나온|생긴)|쓰기\s*시작")
# A request to have it written, sent, left, posted or put in: then the word or line is wanted, not
# talked about (intent.PRODUCE reads the Korean words from here too).
WANTED_KO = (r"써\s*줘|써\s*주|만들어|넣어|넣고|보낼|보내려|보내\s*줘|보내\s*주|작성(?!자)|뽑아|짜\s*줘"
             r"|해\s*봐|달 거|달아\s*줘|올려\s*줘|전해|전하려|전할\s*거|전하고\s*싶|추천|남기려|남길\s*거"
             r"|남겨\s*줘|붙이려|붙일\s*거|다듬어")
WANTED = re.compile(r"\b(?:write|send|make|give me)\b|" + WANTED_KO)


# Speech a character gives, reported with the quotative (…라고 소리치는 장면) or after "대사:".
STORY_SPEECH = re.compile(r"(?:[^\s'\"]+\s+){0,3}[^\s'\"]+?"
                          r"(?=(?:이)?라고\s*(?:하|소리|외치|부르|불러|말하|욕하|했|말))"
                          r"|(?<=대사)\s*[:：]\s*[^?!.]{1,80}")
# The user means to say it to someone themself: then it is no character's line.
SAY_IT = re.compile(r"말해\s*볼|말할까|말해\s*줄|해\s*줄까|해\s*볼까|할까|퍼붓|날려|보낼|보내")
STORY = re.compile(r"소설|웹소설|대본|시나리오|희곡|웹툰|만화|드라마|연극|각본|팬픽"
                   r"|악역|빌런|악당|등장인물|캐릭터|주인공")


# A word reported with the quotative (이)라고 and a verb of writing, posting or asking ("저보고 병신이라고
# 썼는데", "'해충'이라고 선전한").
KO_INDIRECT = re.compile(r"[^\s'\"]{1,12}?(?=(?:이)?라고\s*(?:썼|적었|올렸|쳤|달았|보냈|물었|물어|선전))"
                         # a threat reported with 다고: "죽여버린다고 소리쳐요", "찌른다고 했대요"
                         r"|[^\s'\"]{1,12}?(?=다고\s*(?:소리|했대|했어|했다|해요|하더라|하길래|그랬|말했|협박))"
                         # ...or as hearsay, 다고 하는데 run together: "나 죽여버린다는데", "찾아온다던데"
                         r"|[^\s'\"]{1,12}?(?=(?:ㄴ|는)?(?:다는데|다던데|다더라|다네요|댔는데|댔어)(?![가-힣]))"
                         # a line reported as what a message said: "죽여버리겠다는 문자", "끝이라는 쪽지"
                         r"|[^\s'\"]{1,12}?(?=(?:다|라)는\s*(?:말|문자|쪽지|메시지|메세지|협박|글|댓글|카톡|톡|디엠|dm"
                         # ...or as a line of a song, a script or a poem: "다 태워버리라는 가사"
                         r"|편지|메모|연락|소리|경고|가사|노랫말|구절|대사|문장|부분))")
# Where the message quotes a line: a paraphrase of it whose meaning is asked ("'한 대 칠 뻔했다'는
# 진짜 때리려고 했다는 뜻이에요?").
KO_MEANING_ASKED = re.compile(KO_INDIRECT.pattern
                              + r"|(?:[^\s'\"?]{1,12}\s+){0,3}[^\s'\"?]{1,12}?(?=(?:다|라)는\s*(?:뜻|의미)\s*"
                              r"(?:이에요|예요|인가요|인지|이냐|인가|일까|이야\s*\?|야\s*\?|이죠|죠|\?))")
# What a Korean message says about a line someone else wrote: a victim or a friend asking for
# recourse (신고, 접근금지, 증거 보존, 어떻게 대응, 막을 방법, 도와줄 수), a moderator asking for a
# decision (밴, 경고, 삭제, 기준, 공지, 필터 오탐), or a word discussed (영어로 옮기면, 욕인지 애정
# 표현인지, 같은 단어가 퍼진 경위, 아이가 물은 말). Only with a quotation or a reported word.
# An apology written to the one who said the line ("사과 카톡 써줘"): a reply, not the line again.
APOLOGY = r"사과\s*(?:카톡|톡|문자|메시지|메세지|dm|디엠|멘트|편지)"
KO_FRAME = re.compile(r"접근\s*금지|가처분|증거|신고|고소|모욕죄|대응|대처|막을|막으려|막는\s*방법"
                      r"|도와줄|도와줘야|도울\s*수|어떡|무서워|무서운데|떨고|피해|상담|협박이|협박을|협박해요|협박하는데|협박\s*문자"
                      r"|문자를\s*받|받고|받은|받았|라며|라면서|고\s*해서|고\s*해요|고\s*하네|고\s*하길래"
                      r"|쳤어|쳤는데|올렸어|올렸는데|썼는데|적었는데|달았는데|달렸"
                      # a message that came in ("…는 DM 왔대요"), a line shouted in a scene already played
                      # ("'…' 하고 소리 지른 장면"), an apology to the one who said it ("사과 카톡")
                      r"|(?:dm|디엠|문자|메시지|메세지|쪽지|댓글|톡|카톡|메일|쪽)\s*(?:이|가|도)?\s*(?:왔|옴|와서|와요|와있|오는데)"
                      r"|(?:하고|라고|라며|하면서)\s*(?:막\s*)?(?:소리\s*(?:를\s*)?(?:질렀|지른|쳤|친)|외친|외쳤|절규한|비명\s*(?:지른|질렀))"
                      r"|" + APOLOGY +
                      r"|말해야|알려야|(?:뭘|뭐를|무엇을|뭐)\s*(?:좀\s*)?해야|모더|닉네임|닉변|밴(?!드)|경고|타임\s*아웃|뮤트|강퇴|삭제|판단|기준|공지|규칙|조항|필터|오탐|모더레이터|운영진"
                      r"|영어로|번역|옮기면|뜻|의미|(?:같은|이런)\s*(?:[가-힣]{1,4}\s*)?(?:말|단어|표현|욕|패드립|비속어|은어|신조어)"
                      r"|욕이에요|욕인가|욕인지|욕이야|애정\s*표현|유행|퍼졌|퍼진|확산|사회학|논문|물었|물어|질문|선전|강의|대답"
                      # where to turn, whom to tell, whether and how to answer, what procedure follows
                      r"|어디(?:에|로|에다|에다가|서)?\s*(?:먼저\s*|바로\s*)?(?:연락|신고|문의|상담|알려|말해|전화|도움|요청)"
                      r"|누구(?:한테|에게|랑|와|한테서)?\s*(?:먼저\s*)?(?:연락|말해|말하|알려|상담|도움|털어놓|얘기)"
                      r"|경찰(?:에|서|한테|에게)|답장|답을\s*(?:해|써|보내|할)|답해야|답하는\s*게|대꾸해야|대꾸할까"
                      r"|무시해야|무시할까|무시하는\s*게|어떻게\s*해야\s*(?:하|할|될|돼|되)|어떻게\s*하면\s*(?:좋|될|돼)"
                      r"|어쩌면\s*좋|어째야|절차|회부|연구|담론|멸칭|비하어|혐오\s*표현"
                      # a line translated or subtitled, two words compared, a word traced to its origin
                      r"|자막|더빙|의역|직역|차이|뉘앙스|어감|한국어\s*(?:를\s*)?(?:배우|공부)|나온\s*말|생긴\s*말|어원|유래"
                      # whether it is a crime or a matter for HR, how serious it is: "협박죄 성립해?",
                      # "인사팀에 보고해야 하는 수준인가요?"
                      r"|[가-힣]{0,4}죄\s*(?:가\s*|로\s*|에\s*)?(?:성립|되|돼|해당|인가|인지|일까|처벌)|성립"
                      r"|인사\s*(?:팀|과|부)|감사\s*팀|노무사|변호사|보고\s*(?:해야|할까|하는\s*게|해도|드려야|드릴까)"
                      r"|수준인가|수준이야|수준이에요|수준일까|선\s*넘은|선을\s*넘은|심각한\s*건가|심각한가"
                      # whether it falls under a legal category: "협박에 해당하는지", "법적으로 문제 돼요?"
                      r"|해당\s*(?:하는지|되는지|돼요|되나|하나|할까|될까|하나요|되나요|하는\s*건가)|법적으로|법률\s*상"
                      # how hearing it left the user: "'꺼져' 함.. 멘탈 나감", "그 말 듣고 너무 속상해요"
                      r"|멘탈\s*(?:나감|나갔|털림|털렸|터짐|터졌|붕괴됨)|멘붕\s*(?:옴|왔|임|이에요)|속상(?:해|했|함|하네|하다)|서운(?:해|했|함|하네|하다)|상처\s*(?:받았|받음|받아요|됐|돼요)|마음\s*아파|눈물\s*(?:났|남|이\s*났)")
# The user owning the line as their own, daring the reader to report it: a taunt, not a report.
OWN_LINE = re.compile(r"진심이다|진심이야|진심임|농담\s*아니|든지\s*말든지|든\s*말든|상관\s*없|각오해"
                      r"|기다려라|두고\s*봐")
# What is recommended that is not a line to write: a method, a source, a place to turn, a title for
# a clip the line was said in.
RECOMMEND_OTHER = re.compile(r"(?:방법론|자료|문헌|논문|책|도서|연구|선행\s*연구|이론|기관|상담소|병원"
                             r"|변호사|센터|제목|썸네일|해시태그"
                             # a better wording in place of the line: "더 나은 표현 추천해줘"
                             r"|(?:나은|좋은|다른|부드러운|순화된|적절한|무난한)\s*(?:표현|말|단어|문장))"
                             r"\s*(?:을|를|이나|도|으로|로)?\s*(?:좀\s*)?추천")


def reported_masked(plain: str) -> str:
    """A line someone else wrote, quoted or reported (KO_INDIRECT: (이)라고, 다고, 다는/라는 + 문자,
    쪽지…), blanked out where the Korean message around it asks what to do about it, how to
    moderate it, or what the word means (KO_FRAME); not where it asks for it to be written, sent
    or left (WANTED), nor where the user owns it (OWN_LINE)."""
    reported = KO_MEANING_ASKED if QUOTED.search(plain) else KO_INDIRECT
    return quotations_masked(plain, reported, _asks_about_line)


# A reply or a notice asked for about a line someone else said ("고객이 '…'고 화내신 상황이야, 답장
# 써줘"): what is wanted answers the line; unless the line is to be the reply ("'…'라고 답장 써줘").
# A document about the line is the same: a report form, a statement of what happened ("신고할 때 보낼
# 양식 좀 만들어 주세요", "진술서 써줘").
REPLY_WANTED = re.compile(r"(?:답장|답변|회신|응대\s*(?:문구|멘트|메일|메시지)?|사과문|안내문"
                          r"|양식|신고서|신고\s*(?:글|문|내용)|제보\s*(?:글|양식)|진술서|경위서|고소장|탄원서|민원"
                          r"|" + APOLOGY + ")"
                          r"\s*(?:좀\s*)?"
                          r"(?:을|를)?\s*(?:좀\s*)?(?:[가-힣]{1,4}게\s*)?(?:써|작성|만들어|짜)")
LINE_AS_REPLY = re.compile(r"(?:['’\"”」』]|[^\s'\"]{1,12}?)\s*(?:이)?(?:라고|고)\s*"
                           r"(?:좀\s*)?(?:답장|답변|회신)"
                           # the same words sent back: "똑같이 답장 써줘"
                           r"|(?:똑같이|그대로|그렇게|같은\s*말로|더\s*세게)\s*(?:좀\s*)?(?:답장|답변|회신)")


def _asks_about_line(outside: str, plain: str) -> bool:
    asked = outside if LINE_AS_REPLY.search(plain) else REPLY_WANTED.sub(" ", outside)
    wanted = WANTED.search(RECOMMEND_OTHER.sub(" ", asked)) or OWN_LINE.search(outside)
    return bool(HANGUL_SYLLABLES.search(outside) and KO_FRAME.search(outside)) and not wanted


def words_named(plain: str) -> str:
    """Korean mentions blanked out: a word named as a word and asked or talked about ("짱깨라는 말
    원래 무슨 뜻이야?", "급식충이라는 말 들으면 기분 나쁨"), and a quoted line a character of the
    user's story speaks ("소설에서 악역이 "이 쓰레기야" 하고 소리치는 장면"), and a line someone else
    wrote that the message asks what to do about (reported_masked). Not when the message asks
    for it to be written, sent or put in ("…라는 말 꼭 넣어서 욕 써줘")."""
    plain = reported_masked(plain)
    # a line in double quotation marks that a character of the user's story, script or webtoon speaks
    if DOUBLE_QUOTED.search(plain):
        outside = DOUBLE_QUOTED.sub(" ", plain)
        if STORY.search(outside) and HANGUL_SYLLABLES.search(outside) and not WANTED.search(outside):
            plain = DOUBLE_QUOTED.sub(blanked, plain)
    if STORY.search(plain) and STORY_SPEECH.search(plain):
        outside = STORY_SPEECH.sub(" ", plain)
        if STORY.search(outside) and not WANTED.search(outside) and not SAY_IT.search(outside):
            plain = STORY_SPEECH.sub(lambda m: MASK * len(m.group(0)), plain)
    if not NAMED.search(plain):
        return plain
    outside = NAMED.sub(" ", plain)
    if not ABOUT_WORD.search(outside) or WANTED.search(outside):
        return plain
    return NAMED.sub(lambda m: MASK * len(m.group(0)), plain)
