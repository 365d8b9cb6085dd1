"""Follow-up actions and referrals written into decisions.

Actions: '<X> tager (videre) initiativ', '<X> følger op', '<X> foranlediger …'. The responsible
party is the subject before the verb, from the start of the clause ('…, og konstitueret
fællesforvaltningsdirektør foranlediger …' → 'konstitueret fællesforvaltningsdirektør'; '…, at
økonomichefen følger op' → 'økonomichefen'); after an adverbial the verb comes first and the
subject before its particle ('Herefter følger kommunaldirektøren op').
A passive 'der tages videre initiativ', 'der følges op' is an action with no one responsible.
Other tasks in the present tense ('Økonomichefen udarbejder et notat', 'HR vender tilbage med
…') are actions when their subject can answer for them: a person, a title, a unit.

Referrals: a sentence that says the case 'behandles' (endelig, igen), 'genoptages',
'forelægges', 'fremlægges', 'præsenteres', 'drøftes', 'tages op', 'udsættes' ('blev udsat'),
'sættes på dagsordenen', 'forventes behandlet', 'vil blive forelagt', 'indstilles til
godkendelse i', that a body 'behandler' or 'drøfter' it (its subject), that the discussion
'fortsættes', that the board 'vender tilbage' to it, or that a status is given or a
follow-up made 'på direktionsmødet', with dates; or that it 'oversendes', 'fremsendes', 'sendes videre',
'sendes til', 'går videre til' ('blev sendt videre til', 'er oversendt') or is recommended
'over for' a body named before the date. Each date is paired with the body named last before
it ('på møde i ØK d. 6. december og i KB d. 13. december'); a date with no body named returns
to the meeting's own body, one after a committee not known ('i fagudvalget d. 6. december')
goes nowhere. With no day written, the body's next meeting ('genoptages på næste møde', and
each body named after the verb: 'Sagen forelægges ØK og KB'), a month ('drøftes igen i
marts'), a period ('i foråret', 'fra november til januar') or a time from the meeting ('om
14 dage'), stored with that precision.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from itertools import islice, pairwise
from typing import Literal, TypedDict

from .danish import (
    BODIES,
    BODY_CODES,
    BODY_WORDS,
    MONTH_NAMES_DA,
    MONTH_RE,
    TITLE_ENDINGS,
    committee_code,
)
from .dates import find_dates
from .deadlines import due_date, party_clause
from .people import find_people
from .periods import find_period, find_relative, month_only_re
from .records import Action, Referral
from .text import before_a_capital, lowered, sentence_around, sentences

_ACTION_RE = re.compile(
    r"\b(?P<verb>tager\s+(?:videre\s+)?initiativ|tages\s+(?:videre\s+)?initiativ|"
    r"følger\s+op|følges\s+op|foranlediger|sørger\s+for)\b",
    re.IGNORECASE,
)
# The verb first, its subject before the particle: 'Herefter følger kommunaldirektøren op'.
_SUBJECT = r"[^\s,.;:]+(?:\s+[^\s,.;:]+){0,5}?"
_INVERTED_RE = re.compile(
    "|".join(
        rf"\b(?P<verb{i}>{verb})\s+(?P<subject{i}>{_SUBJECT})\s+(?P<particle{i}>{particle})\b"
        for i, (verb, particle) in enumerate(
            (("tager", r"(?:videre\s+)?initiativ"), ("følger", "op"), ("sørger", "for"))
        )
    ),
    re.IGNORECASE,
)
# What may open a sentence before the verb: an adverb of time or order, or a phrase opened by
# a preposition ('Som opfølgning', 'På den baggrund', 'I forhold til budgettet').
_ADVERBIAL_RE = re.compile(
    r"(?:herefter|derefter|efterfølgende|fremadrettet|samtidig|desuden|endvidere|dernæst|"
    r"derudover|endelig|hertil|nu|så|snarest|umiddelbart|(?:som|på|i|efter|med|ud fra|til|"
    r"inden|før|frem mod|forud for)\s.*)$",
    re.IGNORECASE,
)
# The agent of a passive: 'følges op af økonomichefen (i marts)', also after what is
# followed up: 'følges op på punktet af velfærdsdirektøren' (then one who can answer for it:
# not 'på baggrund af henvendelsen').
_AGENT_RE = re.compile(
    r"\b(?:følges\s+op|tages\s+(?:videre\s+)?initiativ)(?P<what>\s+på\s+(?:\w+\s+){0,2}?\w+)?"
    r"\s+af\s+(?!hensyn\b)(?P<agent>[^,.;:()]+)",
    re.IGNORECASE,
)
_AGENT_END_RE = re.compile(
    r"\s+(?:i|på|med|til|fra|inden|senest|snarest|hurtigst|efter|før|ved|frem|over|når|så)\b.*",
    re.IGNORECASE,
)
# A subject in a clause opened by 'at' (', at økonomichefen følger op'): without the 'at';
# an entry of a list without its number ('Der blev aftalt: 1) HR følger op').
_SUBORDINATE_RE = re.compile(
    r"^(?:(?:at|så|idet|hvis|når)\s+|\(?(?:\d{1,2}[.)]|[a-zæøå]\))\s+)", re.IGNORECASE
)
# The verb shares its subject with a verb before it: '<X> deltog under punktet og følger op'.
_COORDINATED_RE = re.compile(r"\s+og$", re.IGNORECASE)
# A subject of one word: a noun in the definite form ('Økonomichefen', 'sekretariatet') or a
# code in capitals ('HR').
_ONE_WORD_SUBJECT_RE = re.compile(r"^(?:\w+(?:en|et|erne)|[A-ZÆØÅ]{2,})$")
_CLAUSE_START_RE = re.compile(r".*(?:[,;:]\s+(?:og|men|hvor)?\s*|\bog\s+(?=der\b))", re.IGNORECASE)
_REFERRAL_RE = re.compile(
    r"\b(?:behandles|genbehandles|genoptages|genoptager|forelægges|fremlægges|præsenteres"
    r"|drøftes|tages\s+op|udsættes|udskydes|sættes\s+på\s+igen"
    # a treatment to come by the noun, as a form's field has it ('Videre behandling: ØK d. 6.
    # december', 'Næste behandling i direktionen d. 4. januar')
    r"|(?:videre|næste|ny|fornyet|endelig)\s+behandling"
    # a discussion or a case continued, not any work ('Arbejdet fortsættes frem mod marts')
    r"|(?:drøftelse|behandling|punkt|dialog)\w*\s+(?:[\w,]+\s+){0,6}?fortsættes"
    r"|fortsættes\s+(?:\w+\s+)?(?:drøftelse|behandling|dialog)\w*"
    r"|sættes\s+på(?:\s+\w+)?\s+dagsorden(?:en)?|vender\s+tilbage|kommer\s+(?:op\s+)?igen"
    r"|(?:forventes|planlægges|påregnes)\s+(?:at\s+blive\s+)?(?:behandlet|drøftet|forelagt|fremlagt)"
    r"|(?P<sent>(?:over|videre|frem)sendes|sendes\s+(?:videre|til)|går\s+videre\s+til))\b",
    re.IGNORECASE,
)
# Rarer forms, tried on the lower-cased sentence only when it holds their words and the
# common ones did not match: in the past or the future ('Punktet blev udsat til næste møde',
# 'vil blive forelagt KB', 'blev sendt videre til ØK'), a decision of one word and where to
# ('Udsat til næste møde'), a recommendation 'over for' a body…
_TENSE_RE = re.compile(
    r"\b(?:(?:blev|er|bliver)\s+(?:udsat|udskudt)|^(?:udsat|udskudt)"
    r"|vil\s+blive\s+(?:behandlet|drøftet|forelagt|fremlagt|genoptaget)"
    # put on the agenda, recommended for a decision: 'er sat på dagsordenen til ØK's møde',
    # 'indstilles til godkendelse i ØK', 'indstiller sagen til godkendelse i KB'
    r"|(?:er|bliver|blev)\s+sat\s+på(?:\s+\w+)?\s+dagsorden(?:en)?"
    r"|indstille[rs]\s+(?:\w+\s+){0,3}?til\s+(?:endelig\s+)?(?:godkendelse|vedtagelse|beslutning)"
    # Forms that say when, never where to by the bodies after them ('Direktionen drøfter
    # ØK's forslag' is no referral to ØK): the future in the active voice ('vil drøfte sagen
    # igen'), a status asked for or to be given ('Direktionen ønsker en status i foråret',
    # 'Der gives en status til direktionen ultimo januar')
    r"|(?P<timed>vil\s+(?:\w+\s+)?(?:behandle|drøfte|genoptage|genbehandle)"
    r"|(?:ønsker|får|gives|afgives)\s+(?:en\s+|ny\s+|fornyet\s+|endnu\s+en\s+)*status)"
    r"|(?P<sent>(?:blev|er)\s+(?:sendt\s+(?:videre\s+)?til|oversendt)"
    # the participle alone, its auxiliary left out: 'Godkendt og sendt videre til ØK'
    r"|(?:^|\bog\s+)(?:sendt\s+videre\s+til|oversendt\s+til)"
    # a committee's recommendation to the body that decides: 'anbefales over for ØK og KB'
    r"|anbefale[rs]\s+(?:[\w,]+\s+){0,4}?over\s*for))\b"
    # a body the subject of a treatment to come, at the sentence's start: 'ØK behandler sagen
    # d. 6. december', 'Direktionen drøfter punktet igen i januar', 'Herefter behandler KB
    # sagen' (the subject checked to name a body: _active_subject); timed too
    r"|^(?:\(?(?:\d{1,2}[.)]|[a-zæøå]\))\s+)?"
    r"(?:(?:herefter|derefter|efterfølgende|dernæst|så)\s+(?:behandler|genbehandler|drøfter)\s+"
    r"(?P<subject_after>[\w-]+(?:\s+og\s+[\w-]+)?)"
    r"|(?P<subject>[\w-]+(?:\s+og\s+[\w-]+)?)\s+"
    r"(?:igen\s+)?(?:behandler|genbehandler|drøfter|genoptager))\b"
)
_TENSE_WORDS = (
    *("udsat", "udskudt", "vil ", "sendt", "anbefale", "behandler", "drøfter", "sat på"),
    *("indstille", "en status", "ny status", "ønsker status", "får status", "gives status"),
)
# Of those, the words of forms that say when only: asked for only where the text says a time.
_TIMED_WORDS = frozenset(("behandler", "drøfter", "en status", "ny status", "ønsker status"))
_TIMED_WORDS |= {"får status", "gives status"}
# What a time is said with, if any ('d. 6. december', 'i januar', 'på næste møde', 'i
# foråret', 'om 14 dage'): looked for before the sentences of a text whose only referral
# words are the timed forms'.
_TIME_WORDS = (
    *MONTH_NAMES_DA,
    *("næste", "kommende", "uge", "kvartal", "halvår", "året", " år", "forår", "sommer"),
    *("efterår", "jul", "nytår", "primo", "medio", "ultimo", "om "),
)
_DIGIT_RE = re.compile("[0-9]")
# … and a status given or a follow-up at a meeting ('… med en status på direktionsmødet d.
# 15. marts', 'Der følges op på sagen på mødet d. 4. januar'; not 'på mødet med KL'), tried
# where its first word stands.
_AT_A_MEETING_RE = re.compile(
    r"(?:status|følge[rs]\s+op)\s+(?:\S+\s+){0,6}?på\s+(?:d?et\s+)?(?:næste\s+|kommende\s+)?"
    r"\w*møde\w*\b(?!\s+med\b)"
)
_AT_A_MEETING_WORDS = ("status", "følge")
# Words the two patterns cannot match without: looked for first, as plain substrings of the
# lower-cased text, because a case-insensitive pattern scans a text many times slower.
_ACTION_WORDS = ("initiativ", "følger", "følges", "foranlediger", "sørger")
# Other tasks a decision gives someone, tried where none of those verbs is: a verb in the
# present ('Økonomichefen udarbejder et notat', 'HR vender tilbage med en tidsplan') whose
# subject can answer for it: a person, a title or a unit. Not a passive ('Der udarbejdes
# materiale'), nor a thing ('Planen sikrer …'), nor the past ('udarbejdede').
_TASK_RE = re.compile(
    r"\b(?P<verb>udarbejder|vender\s+tilbage|melder\s+tilbage|orienterer|indkalder|"
    r"koordinerer|undersøger|forbereder|afklarer|fremsender|udsender|arbejder\s+videre|"
    r"sikrer|igangsætter|tilretter|inviterer|kontakter|indhenter|reviderer|opdaterer|"
    r"tager\s+kontakt|fremlægger|giver\s+(?:en\s+)?status|kommer\s+med"
    r"|sender\s+(?:\S+\s+){0,3}?(?:ud|rundt|videre|til))\b"
    # … or to come, or asked of someone: 'Økonomichefen skal udarbejde et notat', 'HR vil
    # følge op', 'HR-chefen blev bedt om at udarbejde …'; 'Direktionen bad HR om at …',
    # 'beder økonomichefen udarbejde …', 'anmoder HR om at …', 'pålagde HR at …' ask HR (the
    # words between)
    r"|(?:\b(?:skal|vil)|\bbedt\s+om\s+at"
    r"|\b(?:bad|beder|anmoder|anmodede|pålægger|pålagde)\s+(?P<asked>[^,.;:]{1,80}?)"
    r"(?:\s+om)?(?:\s+at)?)\s+"
    r"(?:\S+\s+)??(?P<infinitive>udarbejde|vende\s+tilbage|melde\s+tilbage|orientere|"
    r"indkalde|koordinere|undersøge|forberede|afklare|fremsende|udsende|arbejde\s+videre|"
    r"sikre|igangsætte|tilrette|invitere|kontakte|indhente|revidere|opdatere|tage\s+kontakt|"
    r"fremlægge|give\s+(?:en\s+)?status|følge\s+op|tage\s+(?:videre\s+)?initiativ|sørge\s+for"
    r"|komme\s+med"
    r"|foranledige)\b"
    # … or put in charge: 'Økonomichefen har ansvaret for …', 'HR er tovholder på …'
    r"|\b(?P<charge>har\s+ansvaret\s+for|er\s+ansvarlig\s+for|er\s+tovholder)\b"
)
# (Each word costs a search of every decision: the verbs of tasks most often written.)
_TASK_WORDS = (
    "skal ",
    "vil ",
    " om at ",
    "ansvar",
    "tovholder",
    "arbejder",
    "tilbage",
    "orienterer",
    "indkalder",
    "koordinerer",
    "undersøger",
    "forbereder",
    "afklarer",
    "sender",
    "sikrer",
    "igangsætter",
    "tilretter",
    "inviterer",
    "kontakter",
    "indhenter",
    "reviderer",
    "opdaterer",
    "kontakt",
    "fremlægger",
    "giver",
    *("beder ", "anmod", "pålæg", "pålagde", "kommer med"),
)
# What can answer for a task: a title ('økonomichefen', 'konstitueret velfærdsdirektør'), a
# unit ('Kommunaldirektørens sekretariat') or a code in capitals ('HR'), as the subject's
# last word.
_RESPONSIBLE_ENDINGS = tuple(
    ending + inflection
    for ending in (
        *TITLE_ENDINGS,
        "sekretariat",
        "afdeling",
        "forvaltning",
        "administration",
        "stab",
        "team",
        "enhed",
        "direktion",
        "ledelse",
    )
    for inflection in ("", "en", "et", "e", "ne", "er", "erne")
)
_REFERRAL_WORDS = (
    "behandles",  # behandles, genbehandles
    *(f"{word} behandling" for word in ("videre", "næste", "ny", "fornyet", "endelig")),
    "sættes",  # sættes på dagsordenen, udsættes, fortsættes
    "præsenteres",
    "går videre",
    "vender",
    "forventes",  # forventes (at blive) behandlet: the participle only after these
    "planlægges",
    "påregnes",
    "genoptage",  # genoptages, genoptager
    "udskydes",
    "forelægges",
    "fremlægges",
    "drøftes",
    "sendes",
    "tages",
    "kommer",  # kommer (op) igen
)
# Where a text names a body, found with str.find rather than a pattern: re tries a pattern at
# every character (about 60 ns each), str's search skips through a text many times faster.
# Codes count only in capitals, as words of their own ('ØK', not 'dir' or 'KBH').
_CODES = sorted(BODY_CODES, key=len, reverse=True)
# A committee's code not known, ending in its 'udvalg' ('SOU', 'KFU', 'HMU'): a body where
# bodies are named, after a preposition, 'og' or a comma, or opening the sentence ('Sagen
# behandles i SOU d. 15. marts', 'forelægges ØK, SOU og KB'), or right after the verb that
# puts a case before one ('Strategien forelægges BFU'). Not 'EU', nor a university.
_UNKNOWN_CODE_RE = re.compile(
    r"(?:^|(?<![\w-])(?:i|på|til|for|hos|og|,|forelægges|fremlægges|forelagt|fremlagt)\s+)"
    r"(?P<code>[A-ZÆØÅ]{1,4}U)(?:s|'s|’s)?(?![\w-])"
)
_NOT_COMMITTEES = frozenset(("EU", "AU", "KU", "SU", "DTU", "SDU", "AMU"))
# Another organisation's or council's code after a preposition ('i KKR', 'på KL's møde', 'i
# MED'): a sentence that names no body of the municipality but that treats the case there.
# Not a unit of the administration ('efter drøftelse i HR').
_ANOTHER_RE = re.compile(
    r"(?<![\w-])(?:i|på|til|for|hos)\s+(?P<code>[A-ZÆØÅ]{2,5})(?:s|'s|’s)?(?![\w-])"
)
_UNITS = frozenset(("HR", "IT", "PR", "IKT"))


def _at_another(sentence: str) -> bool:
    """Does the sentence say the case is treated by an organisation whose code no list knows?
    Asked only of a referral's sentence that names no body (few)."""
    return any(m["code"] not in _UNITS for m in _ANOTHER_RE.finditer(sentence))


# Words, found anywhere ('på direktionsmødet', 'økonomiudvalgets møde'), longest first.
_BODY_WORDS = sorted(BODY_WORDS.items(), key=lambda item: len(item[0]), reverse=True)
# A committee by its full name, its hyphen optional: 'Miljø- og Teknikudvalget', 'miljø og
# teknikudvalget'. Found at its last word, which holds 'udvalg'.
_FULL_NAMES = {
    (first, last): code
    for name, code in BODIES.items()
    if "- og " in name
    for first, last in [name.split("- og ")]
}
_FULL_NAME_START_RE = re.compile(
    "(?:" + "|".join(first for first, _ in _FULL_NAMES) + r")-?\s*og\s+$"
)
# Any other committee, council, board or group ('fagudvalget', 'udvalgsmødet', 'Ældrerådet',
# 'styregruppen') is named as unknown: a date after one is not the meeting's own body's. Each
# is found at its word (with the words that must lead it) and read to the end of its word.
_OTHER_BODIES: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    "udvalg": ((), re.compile(r"(?:et|ets|ene|enes|smøde\w*)?")),
    "gruppe": (("styre", "arbejds", "følge", "projekt"), re.compile("(?:n|ns|rne)?")),
    "råd": ((), re.compile("(?:et|ets)?")),
    "bestyrelse": ((), re.compile("(?:n|ns|r|rne)?")),
}
# Without one of these words, or a capital for a code, a text names no body known…
_KNOWN_BODY_WORDS = (*BODY_WORDS, *(first for first, _ in _FULL_NAMES))
# … and without these, no body at all.
_ANY_BODY_WORDS = (*BODY_WORDS, *_OTHER_BODIES)


# Follow-ups written as a field, as other systems' forms have them: 'Opfølgning v/
# kommunaldirektøren', 'Ansvarlig: Økonomichefen', 'Tovholder: HR', 'Videre initiativ: KD',
# 'Videre: Økonomichefen' (the what-next of a form, a colon after it: 'Videre behandling: ØK'
# is a referral). A capital opens the label: the decision's lines are joined, and a field on a
# line of its own ('Godkendt' / 'Ansvarlig: HR') is found mid-sentence ('Opfølgning på APV: …'
# is none).
_FIELD_RE = re.compile(
    r"(?<![\w-])(?P<label>V(?i:idere\s+initiativ)|V(?i:idere(?:\s+(?:forløb|proces))?)(?=\s*:)"
    r"|I(?i:nitiativ)|O(?i:pfølgning(?:sansvarlig)?)"
    r"|A(?i:nsvarlige?(?:\s+for\s+opfølgning(?:en)?)?)|A(?i:nsvar)|T(?i:ovholdere?))"
    r"\s*(?::|v/|v\.|ved\b:?)\s*"
)
# A label's first word as written, with its capital: a text without one holds no field.
FIELD_LABELS = tuple(
    case(word)
    for word in ("Opfølgning", "Ansvar", "Tovholder", "Initiativ", "Videre")
    for case in (str, str.upper)
)
# Where a field's value ends: a clause, a parenthesis, a dash, a time or place ('i marts').
_FIELD_VALUE_END_RE = re.compile(r"[,;()]|\s[–—/-]\s")
_DEADLINE = ("Frist", "FRIST")  # 'Frist: 1. marts', a field of its own
_FIELD_VALUE_WORDS = 12  # a party is at most eight words (_can_answer); a few more are read


def find_actions(
    text: str,
    point_index: int | None = None,
    meeting_date: date | None = None,
    meeting_body: str | None = None,
) -> list[Action]:
    """The follow-ups the text gives; with the meeting's date, each with the deadline its
    sentence gives, if any (core/deadlines.py), or the next meeting it is due at ('… følger
    op på næste møde': the meeting's own body's, or the body named, 'næste møde i ØK')."""
    out: list[Action] = []
    low = lowered(text)
    # The words the text holds: each sentence is asked for these alone.
    actions = tuple(filter(low.__contains__, _ACTION_WORDS))
    tasks = tuple(filter(low.__contains__, _TASK_WORDS))
    fields = tuple(filter(text.__contains__, FIELD_LABELS))
    if not (actions or tasks or fields):
        return out
    said = sentences(text)
    if (actions or tasks) and (_opens_a_list(text) or _may_run_on(text)):
        said = _run_on(said)  # (the whole text asked once: most decisions hold neither)
    for sentence in said:
        if fields and (field := _field(sentence, fields)):
            # Fields on lines of their own, one after another, run into one sentence: each
            # reads to the next ('Ansvarlig: HR' / 'Tovholder: Økonomichefen').
            heads = [field]
            while nxt := _field(sentence, fields, heads[-1].end()):
                heads.append(nxt)
            ends = [f.start() for f in heads[1:]] + [len(sentence)]
            given = [
                _field_action(sentence, f, point_index, meeting_date, meeting_body, end)
                for f, end in zip(heads, ends, strict=True)
            ]
            if any(given):
                # what precedes the first is a sentence of its own, its line's end lost
                out += find_actions(
                    sentence[: field.start()], point_index, meeting_date, meeting_body
                )
                for action, f, end in zip(given, heads, ends, strict=True):
                    if action is not None:
                        out.append(action)
                    else:  # a field whose value is a clause: read as a sentence
                        out += find_actions(
                            sentence[f.start() : end], point_index, meeting_date, meeting_body
                        )
                continue
        if (
            out
            and out[-1].due is None
            and out[-1].due_next is None
            and sentence.startswith(_DEADLINE)
        ):
            # 'Frist: 1. marts.' after the follow-up it is the deadline of
            out[-1] = replace(out[-1], **_deadline(sentence, meeting_date, meeting_body))
            continue
        low = lowered(sentence)
        found = None
        if actions and _holds(low, actions):
            found = _subject_first(sentence) or _verb_first(sentence)
        task = not found and bool(tasks) and _holds(low, tasks)
        if task:
            found = _task(sentence, low)
        if not found:
            continue
        verb, subject = found
        subject = _SUBORDINATE_RE.sub("", subject.strip(" ,"))
        if _COORDINATED_RE.search(subject):
            subject = _first_subject(_COORDINATED_RE.sub("", subject))
        if task and not _can_answer(subject):
            continue
        if verb.startswith(("tages", "følges")) or subject.lower() in ("", "der", "og der"):
            # passive: 'der tages videre initiativ', 'der følges op'; its agent, when named,
            # is responsible ('Sagen følges op af økonomichefen')
            agent = _AGENT_RE.search(sentence)
            subject = _AGENT_END_RE.split(agent["agent"], maxsplit=1)[0] if agent else ""
            if agent and agent["what"] and not _can_answer(subject):
                subject = ""
        # the deadline is said after the party ('… følger op inden 1. marts')
        at = sentence.find(subject) if subject else -1
        after = at + len(subject) if at >= 0 else 0
        out.append(
            Action(
                text=_after_lead_in(sentence, at),
                verb=verb.replace("tages", "tager").replace("følges", "følger"),
                responsible=subject or None,
                people=tuple(p.name for p in find_people(subject)),
                point_index=point_index,
                **_deadline(sentence[after:], meeting_date, meeting_body),
            )
        )
    return out


def _after_lead_in(sentence: str, at: int) -> str:
    """The follow-up's sentence from where it begins after a lead-in that ends in a colon
    ('Følgende blev aftalt: Økonomichefen udarbejder et notat'; a capital after a colon opens
    a sentence in Danish), not a form's field ('Opfølgning: Økonomichefen udarbejder …', as
    its other fields keep theirs); at: where its party is named, -1 for nowhere."""
    colon = sentence.rfind(": ", 0, at) if at > 0 else -1
    if colon < 0 or not sentence[colon + 2 : colon + 3].isupper():
        return sentence
    if sentence[:colon].rsplit(" ", 1)[-1].startswith(FIELD_LABELS):
        return sentence
    return sentence[colon + 2 :]


# A follow-up whose verb takes no object, a capital right after it: the next clause, its
# line's end lost ('Følgende blev aftalt:' / '- HR følger op' / '- Økonomichefen udarbejder
# et notat', a list's entries joined without periods).
_RUN_ON_RE = re.compile(r"\b(?:følger\s+op|tager\s+(?:videre\s+)?initiativ)\s+(?=[A-ZÆØÅ][a-zæøå])")


# An entry's number in running text ('… 2. Økonomichefen …', '… 3) HR …'), after white
# space or '(' (looked at by hand: a pattern that opens with a look behind is tried at every
# character, one that opens with a digit skips to the digits).
_ENTRY_RE = re.compile(r"(?P<n>\d{1,2})(?P<mark>[.)])\s+(?=[A-ZÆØÅ])")
_RUN_ON_ENDS = ("op ", "initiativ ")  # what _RUN_ON_RE's verbs end in, a capital after
_FIRST_ENTRIES = ("1. ", "1) ")  # a list in running text is numbered from 1


def _may_run_on(text: str) -> bool:
    """Does a capital follow one of _RUN_ON_ENDS in text? (The pattern, which opens with a
    word boundary, would be tried at every character of every decision.)"""
    return before_a_capital(text, _RUN_ON_ENDS)


def _opens_a_list(text: str) -> bool:
    """Does text number a list's first entry ('… aftalt: 1. HR …'), not inside a number
    ('21. Februar')?"""
    return before_a_capital(text, _FIRST_ENTRIES, own_word=True)


def _run_on(said: list[str]) -> list[str]:
    """The sentences, each split before a list's entry that follows the one numbered before
    it ('1. HR følger op 2. Økonomichefen udarbejder …') and after a follow-up that runs on
    into the next clause."""
    out: list[str] = []
    for sentence in said:
        for entry in _entries(sentence):
            while _may_run_on(entry) and (m := _RUN_ON_RE.search(entry)) and m.end() < len(entry):
                out.append(entry[: m.end()].rstrip())
                entry = entry[m.end() :]
            out.append(entry)
    return out


def _entries(sentence: str) -> list[str]:
    """The sentence split before each numbered entry that goes on from the entry before."""
    if not _opens_a_list(sentence):
        return [sentence]
    cuts, seen = [], set()
    for m in _ENTRY_RE.finditer(sentence):
        start = m.start()
        if start and sentence[start - 1] == "(":
            start -= 1
        if start and not sentence[start - 1].isspace():
            continue  # inside a word or a number ('2024.')
        n, mark = int(m["n"]), m["mark"]
        if (n - 1, mark) in seen:
            cuts.append(start)
        seen.add((n, mark))
    bounds = pairwise([0, *cuts, len(sentence)])
    return [sentence[a:b].strip() for a, b in bounds if sentence[a:b].strip()]


def follow_up_field(text: str) -> bool:
    """Is the (folded) text a follow-up field and nothing more ('Ansvarlig: Økonomichefen.',
    'Opfølgning v/ HR senest 1. marts'): a paragraph that is no point's answer, but part of
    the answer before it."""
    if not text.startswith(FIELD_LABELS) or len(sentences(text)) > 1:
        return False
    field = _FIELD_RE.match(text)
    action = _field_action(text, field, None, None, None) if field else None
    return action is not None and action.text == text


def _field(sentence: str, labels: tuple[str, ...], start: int = 0) -> re.Match[str] | None:
    """The first field in the sentence from start on (see _FIELD_RE), tried where the labels
    its text holds stand: the pattern, tried at every character, would cost a decision
    more."""
    first = None
    for label in labels:
        at = sentence.find(label, start)
        while at >= 0 and (first is None or at < first.start()):
            if m := _FIELD_RE.match(sentence, at):
                first = m
                break
            at = sentence.find(label, at + 1)
    return first


def _field_action(
    sentence: str,
    field: re.Match[str],
    point_index: int | None,
    meeting_date: date | None,
    meeting_body: str | None,
    stop: int | None = None,
) -> Action | None:
    """The follow-up a field gives ('Ansvarlig: Økonomichefen'), when its value opens with a
    party that can answer for it: the most words that can, ended by the value's end or by a
    capital (the next line's first word: 'Ansvarlig: HR Sagen genoptages …'). Not when a
    verb follows ('Opfølgning: Økonomichefen udarbejder et notat' is a task, read as one).
    stop: where the field's words end (the next field), else at the sentence's end."""
    stop = len(sentence) if stop is None else stop
    value = sentence[field.end() : stop].rstrip(".")
    cut = _FIELD_VALUE_END_RE.search(value)
    value = value[: cut.start()] if cut else value
    value = _AGENT_END_RE.split(value, maxsplit=1)[0]
    # (a word more than a party may have: whether the words go on)
    words = list(islice(re.finditer(r"\S+", value), _FIELD_VALUE_WORDS + 1))
    for k in range(min(len(words), _FIELD_VALUE_WORDS), 0, -1):
        if k < len(words) and not words[k][0][:1].isupper():
            continue
        party = value[: words[k - 1].end()]
        if _can_answer(party, named_last=True):
            break
    else:
        return None
    # the next line's words (after a capital) are not the field's, but for its deadline
    # ('Ansvarlig: HR' / 'Frist: 1. marts')
    end = after = field.end() + words[k - 1].end()
    if k == len(words) or words[k][0].startswith(_DEADLINE):
        end = stop
    return Action(
        text=sentence[field.start() : end].rstrip(),
        verb="tager videre initiativ" if "initiativ" in field["label"].lower() else "følger op",
        responsible=party,
        people=tuple(p.name for p in find_people(party)),
        point_index=point_index,
        **_deadline(sentence[after:end], meeting_date, meeting_body),
    )


def _subject_first(sentence: str) -> tuple[str, str] | None:
    """'… , og økonomichefen følger op': the verb, and the clause before it as subject."""
    m = _ACTION_RE.search(sentence)
    if not m:
        return None
    return " ".join(m["verb"].lower().split()), _from_clause_start(sentence[: m.start()])


_ASKED_AUXILIARY_RE = re.compile(r"\s*\b(?:blev|er|var|bliver)\s*$")


def _task(sentence: str, low: str) -> tuple[str, str] | None:
    """'…, og HR udarbejder et oplæg': the verb and the clause before it; after an adverbial
    the verb comes first and its subject after it ('Herefter udarbejder økonomichefen …')."""
    m = _TASK_RE.search(low)
    if not m:
        return None
    if m["charge"]:  # as a form's 'Ansvarlig: …' field reads
        verb = "følger op"
    elif m["infinitive"]:  # in the present, as the other tasks: 'udarbejde' → 'udarbejder'
        first, *rest = m["infinitive"].split()
        verb = " ".join([first + "r", *rest])
        if m["asked"]:
            return verb, sentence[m.start("asked") : m.end("asked")]
    else:
        words = m["verb"].split()
        # 'sender materialet ud': the verb and its particle, not what is sent
        verb = " ".join(words if words[0] != "sender" else (words[0], words[-1]))
    before = _from_clause_start(sentence[: m.start()])
    if low.startswith("bedt", m.start()):  # 'HR-chefen blev bedt om at …': HR-chefen
        before = _ASKED_AUXILIARY_RE.sub("", before)
    if before.strip() and _ADVERBIAL_RE.match(before.strip()):
        return verb, _first_subject(sentence[m.end() :].strip())
    return verb, before


def _can_answer(subject: str, *, named_last: bool = False) -> bool:
    """Whether the subject can answer for a task: a person named, or a title, a unit or a
    code as its last word; not a thing ('Planen'), nor a clause (at most eight words).
    named_last: a person counts only as the subject's last words (a field's value, which
    the next line's words may follow: 'økonomichef Jens Hansen Sagen genoptages')."""
    words = subject.split()
    if not words or len(words) > 8:
        return False
    last = words[-1].strip(",.()")
    if (last.isupper() and len(last) >= 2) or last.lower().endswith(_RESPONSIBLE_ENDINGS):
        return True
    people = find_people(subject)
    if named_last:
        return any(subject.rstrip(",.()").endswith(p.name) for p in people)
    return bool(people)


def _from_clause_start(text: str) -> str:
    """The text from the start of its last clause: '…, og økonomichefen' → 'økonomichefen'."""
    clause = _CLAUSE_START_RE.match(text)
    return text[clause.end() :] if clause else text


def _first_subject(clause: str) -> str:
    """The subject of the clause's first verb: a person with their title at its start
    ('Budget- og analysechef Anne Marie Jensen deltog …'), else its first word when that can
    be a subject alone ('Økonomichefen udarbejder et notat'); the clause when neither."""
    people = find_people(clause)
    if people:
        end = clause.find(people[0].name)
        title = people[0].title or ""
        before = clause[:end].strip()
        # the title alone before the name, 'konstitueret' allowed
        if (
            end >= 0
            and before.lower().endswith(title.lower())
            and len(before.split()) <= len(title.split()) + 1
        ):
            return clause[: end + len(people[0].name)]
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    return first if _ONE_WORD_SUBJECT_RE.match(first) else clause


def _verb_first(sentence: str) -> tuple[str, str] | None:
    """'Herefter følger kommunaldirektøren op', 'Som opfølgning tager HR videre initiativ':
    after an adverbial the verb comes first and the subject sits before its particle."""
    m = _INVERTED_RE.search(sentence)
    if not m:
        return None
    before = _from_clause_start(sentence[: m.start()])
    if not _ADVERBIAL_RE.match(before.strip()):
        return None  # 'Økonomichefen følger sagen op': 'sagen' is the object
    i = m.lastgroup[-1] if m.lastgroup else "0"  # which verb matched: its groups end in i
    return " ".join(f"{m['verb' + i]} {m['particle' + i]}".lower().split()), m["subject" + i]


def find_referrals(
    text: str, meeting_date: date, meeting_body: str | None, point_index: int | None = None
) -> list[Referral]:
    out: list[Referral] = []
    low = lowered(text)
    # The words the text holds: each sentence is asked for these alone.
    tense = tuple(filter(low.__contains__, _TENSE_WORDS))
    if tense and _TIMED_WORDS.issuperset(tense) and not _says_a_time(low):
        tense = ()
    words = (
        tuple(filter(low.__contains__, _REFERRAL_WORDS)),
        tense,
        tuple(filter(low.__contains__, _AT_A_MEETING_WORDS)) if "møde" in low else (),
    )
    if not any(words):
        return out
    for sentence in sentences(text):
        verb = _referral(sentence, *words)
        if verb is None:
            continue
        sent = verb[0]
        dates = list(find_dates(sentence, meeting_date))
        if not dates:
            out += _undated(sentence, verb, meeting_date, meeting_body, point_index)
            continue
        named = _bodies_named(sentence)
        places = [at for at, _ in named]  # in order: each date's neighbours found by bisection
        said = lowered(sentence)
        for pos, when in dates:
            before = bisect_left(places, pos)  # how many are named before the date
            after = _named_right_after(said, pos, named, places)  # 'd. 6. december i ØK'
            body = after[0] if after else named[before - 1][1] if before else meeting_body
            if not (after or before or named) and _at_another(sentence):
                continue  # 'behandles i KKR d. 5. marts': not the meeting's own body again
            if not body or (sent and not (before or after)):
                continue  # 'sendes til høring d. 3. marts': sent, but to no meeting
            kind: Literal["referral", "return", "previous"]
            if when < meeting_date:
                kind = "previous"
            elif body == meeting_body:
                if when == meeting_date:
                    continue  # 'behandles på direktionsmødet d. 30. november': this meeting
                kind = "return"
            else:
                kind = "referral"
            out.append(Referral(body, when, kind, sentence, point_index))
    return out


# A treatment the text says took place, its date a few words on: 'MTU besluttede på møde d.
# 14. november', 'Opfølgning på behandlingen i direktionen d. 23. november', 'blev godkendt i
# KB d. 13. december', 'ØK har behandlet sagen d. 6. december'. The past tense, or the noun;
# a participle after 'blev', 'er (blevet)', 'var', 'har', 'havde'.
# (The present forms are _REFERRAL_RE's.) Looked for just before the dates that precede the
# meeting, which are few: not in every text.
_EARLIER_STEMS = ("beslut", "behandl", "drøft", "godkend", "tiltråd", "vedt")
_EARLIER_WORD_RE = re.compile(
    r"(?:beslut(?:tede|ningen)|behandl(?:ede|ingen)|drøft(?:ede|elsen)|godkendte|tiltrådte"
    r"|vedtog|(?P<participle>behandlet|drøftet|godkendt|vedtaget|besluttet|tiltrådt))(?!\w)"
)
_AUXILIARY_RE = re.compile(r"(?<!\w)(?:blev|blevet|er|var|har|havde)\s+$")
_EARLIER_GAP = 6  # words at most between the verb (or noun) and the date
_EARLIER_REACH = 120  # characters before a date looked at for the verb
# A sentence's end in the words between ('… blev godkendt. Den 3. marts …').
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ])")


def earlier_treatments(
    text: str, dates: list[tuple[int, date]], meeting_date: date
) -> list[tuple[str, date, str]]:
    """The earlier treatments the text reports in the past tense or by the noun, as (body,
    date, sentence), in order: a date before the meeting's a few words after the verb, with
    no other date between, at a body its sentence names. 'Direktionen drøftede status på
    projektet, som blev sat i gang d. 3. marts' reports none (the date too far from the
    verb), nor 'Regeringen besluttede d. 5. maj' (no body of the municipality). dates:
    find_dates(text), the dates of the text and their places."""
    out: list[tuple[str, date, str]] = []
    previous = 0  # just after the date before: the verb must stand after it
    for pos, when in dates:
        if when < meeting_date:
            start = max(previous, pos - _EARLIER_REACH)
            verb = _verb_before(text[start:pos].lower())
            gap = text[start + verb : pos] if verb >= 0 else ""
            if (
                verb >= 0
                and len(gap.split()) <= _EARLIER_GAP
                and not _SENTENCE_BREAK_RE.search(gap)
            ):
                found = _at_body(text, pos, when)
                if found is not None:
                    out.append(found)
        previous = pos + 1
    return out


def _verb_before(low: str) -> int:
    """Where the last verb (or noun) of an earlier treatment in the lowered words before a
    date ends; -1 for none. Each stem found with str.find and the word read there: a
    pattern of them all would be tried at every character."""
    last = -1
    for stem in _EARLIER_STEMS:
        at = low.rfind(stem)
        while at >= 0:
            m = None if at and low[at - 1].isalpha() else _EARLIER_WORD_RE.match(low, at)
            if m and (m["participle"] is None or _AUXILIARY_RE.search(low, max(0, at - 8), at)):
                last = max(last, m.end())
                break
            at = low.rfind(stem, 0, at)
    return last


def _at_body(text: str, pos: int, when: date) -> tuple[str, date, str] | None:
    """(body, date, sentence) for the date at pos of text: the body named right after the
    date, else the last before it in its sentence; None when it names none."""
    start, sentence = sentence_around(text, pos)
    at = pos - start  # the date's place in the sentence
    named = _bodies_named(sentence)
    places = [place for place, _ in named]
    after = _named_right_after(lowered(sentence), at, named, places)
    before = bisect_left(places, at)
    body = after[0] if after else named[before - 1][1] if before else None
    return (body, when, sentence) if body else None


# A date as written, to find where it ends: '6. december 2022', '27.april', '06-12-2022'; a
# word after it is its month only when it is a month's name ('13/6 og KB': 'og' is none).
_DATE_WRITTEN_RE = re.compile(
    rf"\d{{1,4}}(?:[./-]\d{{1,4}}){{0,2}}\.?(?:\s*(?:{MONTH_RE})(?![a-zæøå])\.?)?"
    r"(?:\s+(?:19|20)\d\d)?"
)
# Between a date and the body it is of: 'd. 6. december i ØK', '… for økonomiudvalget', '…
# på ØK's møde'; not a clause of its own ('…, hvor direktionen') nor other words ('… i
# forlængelse af KB's beslutning').
_DATE_TO_BODY_RE = re.compile(r"\s*(?:(?:i|for|på|til|hos|mødet|møde|det|næste)\s+)*")


def _named_right_after(
    low: str, pos: int, named: list[tuple[int, str | None]], places: list[int]
) -> list[str | None]:
    """The body named right after the date at pos of a lower-cased sentence, when one is
    ('Sagen behandles d. 6. december i ØK'), as a list of one; else none. places: where
    named's bodies stand."""
    written = _DATE_WRITTEN_RE.match(low, pos)
    end = written.end() if written else pos
    k = bisect_left(places, end)
    if k < len(named) and _DATE_TO_BODY_RE.fullmatch(low, end, named[k][0]):
        return [named[k][1]]
    return []


def _holds(low: str, words: tuple[str, ...]) -> bool:
    """mentions() of a text lowered already (lowering it again would miss lowered()'s cache
    and push out what the other searches of the same texts need)."""
    return any(map(low.__contains__, words))


def _referral(
    sentence: str, common: tuple[str, ...], tense: tuple[str, ...], meeting: tuple[str, ...]
) -> tuple[bool, int] | None:
    """Whether sentence speaks of a later treatment (see _REFERRAL_RE): None when it does
    not, else whether the case is sent on ('sendes til ØK') rather than treated, and where
    the verb ends (-1 for a form that names no body after its verb: a status at a meeting,
    _TENSE_RE's timed forms). common,
    tense, meeting: the words of each form that its text holds."""
    low = lowered(sentence)
    if common and _holds(low, common):
        verb = _REFERRAL_RE.search(sentence)
        if verb:
            return verb["sent"] is not None, verb.end()
    if tense and _holds(low, tense):
        for verb in _TENSE_RE.finditer(low):
            if _active_subject(sentence, verb):
                timed = verb["timed"] or verb["subject"] or verb["subject_after"]
                return verb["sent"] is not None, -1 if timed else verb.end()
    if meeting and "møde" in low:
        for word in meeting:
            at = low.find(word)
            while at >= 0:
                if _AT_A_MEETING_RE.match(low, at):
                    return False, -1
                at = low.find(word, at + 1)
    return None


def _says_a_time(low: str) -> bool:
    """Does the lower-cased text say a time at all (see _TIME_WORDS)?"""
    return _DIGIT_RE.search(low) is not None or any(map(low.__contains__, _TIME_WORDS))


def _active_subject(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a verb in the active voice has a body for its subject ('ØK behandler', not
    'Notatet behandler'); any other form of _TENSE_RE has none to check."""
    group = "subject" if verb["subject"] else "subject_after" if verb["subject_after"] else None
    if group is None:
        return True
    subject = sentence[verb.start(group) : verb.end(group)]
    named = _bodies_named(subject)
    return len(named) == 1 and named[0][0] == 0


class _Deadline(TypedDict, total=False):
    due: date | None
    due_next: str | None


def _deadline(words: str, meeting_date: date | None, meeting_body: str | None) -> _Deadline:
    """The deadline in the words after a follow-up's party: a day (core/deadlines.py), else
    a next meeting: the body's named after it ('… på næste møde i ØK', '… til førstkommende
    direktionsmøde'), or the meeting's own ('… følger op på næste møde'; '' where the document
    does not say whose meeting it is)."""
    clause = party_clause(words)
    low = lowered(clause)
    due = due_date(clause, low, meeting_date) if meeting_date else None
    if due is not None:
        return {"due": due}
    if not ("næste" in low or "kommende" in low) or not (m := _NEXT_MEETING_RE.search(low)):
        return {}
    # 'næste møde i ØK', 'næste direktionsmøde' name the body after; else the last before
    # ('til ØKs næste møde', 'vender tilbage til direktionen på næste møde')
    named = _bodies_named(clause)
    after = [body for pos, body in named if m.start() <= pos <= m.end() + 12]
    before = [body for pos, body in named if pos < m.start()]
    body = after[0] if after else before[-1] if before else meeting_body or ""
    return {} if body is None else {"due_next": body}  # None: 'i fagudvalget', not known


# 'på næste møde', 'på førstkommende direktionsmøde', 'næste gang': the body's next meeting.
_NEXT_MEETING_RE = re.compile(
    r"\b(?:næste|førstkommende|kommende)\s+(?:(?P<word>[a-zæøå]*møde)t?|gang)\b"
)
# 'igen i marts', 'primo marts', 'i løbet af marts 2023', 'udsættes til januar': a month
# without a day.
_MONTH_ONLY_RE = month_only_re("til")
_MAY_END_RANGE_RE = re.compile(r"\s*[–-]")


def _undated(
    sentence: str,
    verb: tuple[bool, int],
    meeting_date: date,
    meeting_body: str | None,
    point_index: int | None,
) -> list[Referral]:
    """A referral with no day written: to the body's next meeting ('Punktet genoptages på
    næste møde', '… behandles på næste møde i ØK'), or to a month ('drøftes igen i marts');
    with neither, to the next meeting of each body named after the verb ('Sagen forelægges
    ØK og KB')."""
    sent, verb_end = verb
    low = lowered(sentence)
    precision: Literal["day", "month", "next", "period"]
    until = None
    m = _NEXT_MEETING_RE.search(low)
    month_m = None if m else _MONTH_ONLY_RE.search(low)
    period = None
    # a month said alone; or one end of a range ('fra november til januar', 'i
    # november-december'), which is a period
    if not m and (
        month_m is None or month_m["when"] == "til" or _MAY_END_RANGE_RE.match(low, month_m.end())
    ):
        period = find_period(low, meeting_date)
        if month_m and period and not period[2] <= month_m.start() < period[3]:
            period = None
    if m:
        precision, when, at, end = "next", meeting_date, m.start(), m.end()
    elif period:
        precision, (when, until, at, end) = "period", period
    elif month_m:
        month = MONTH_NAMES_DA.index(month_m["month"]) + 1
        # without a year, the first such month from the meeting's own on
        year = (
            int(month_m["year"])
            if month_m["year"]
            else meeting_date.year + (month < meeting_date.month)
        )
        precision, when, at, end = "month", date(year, month, 1), month_m.start(), month_m.end()
    elif relative := find_relative(low, meeting_date):  # 'om 14 dage', 'om en måned'
        when, in_month, at, end = relative
        precision = "month" if in_month else "day"
    else:
        return _named_after(sentence, verb_end, meeting_date, meeting_body, point_index)
    named = _bodies_named(sentence)
    # 'næste møde i ØK', 'næste direktionsmøde' name the body after; else the last before,
    # with those it ends a list of ('behandling i ØK og KB i december': both)
    after = [body for pos, body in named if at <= pos <= end + 12]
    before = [(pos, body) for pos, body in named if pos < at]
    bodies = after[:1] or _listed_last(sentence, before) or [meeting_body]
    if sent and not (after or before):
        return []
    past = (
        precision == "month" and (when.year, when.month) < (meeting_date.year, meeting_date.month)
    ) or (until is not None and until < meeting_date)
    out = []
    for body in bodies:
        if not body:
            continue
        kind: Literal["referral", "return", "previous"] = (
            "previous" if past else "return" if body == meeting_body else "referral"
        )
        out.append(Referral(body, when, kind, sentence, point_index, precision, until))
    return out


# What parts bodies listed together: 'ØK og KB', 'ØK, KB og MTU', 'i ØK og i KB' (the first's
# name, maybe in two words, 'Miljø- og Teknikudvalget', then the words between).
_LISTED_RE = re.compile(
    r"[\w-]+(?:-\s*og\s+[\w-]+)?(?:'s|’s|s)?(?:\s*,\s*(?:og\s+)?|\s+(?:og|samt)\s+)"
    r"(?:(?:i|til|for)\s+)?"
)


def _listed_last(sentence: str, before: list[tuple[int, str | None]]) -> list[str | None]:
    """The bodies named last before a time, the last with those it ends a list of."""
    if not before:
        return []
    k = len(before) - 1
    while k and _LISTED_RE.fullmatch(sentence, before[k - 1][0], before[k][0]):
        k -= 1
    return [body for _, body in before[k:]]


# Where the bodies named after the verb end: at the next clause, unless that only adds
# another body ('forelægges ØK, og derefter KB').
_CLAUSE_END_RE = re.compile(r"[;:]|,\s+(?!(?:og|samt|derefter|herefter|efterfølgende|i|til)\b)")
# The case goes to the meeting's own body again, not there for the first time (a text
# presenting the case says 'Sagen forelægges direktionen' of the meeting it is at).
_AGAIN_RE = re.compile(r"\b(?:igen|på\s+ny|senere|atter|genoptages)\b")


def _named_after(
    sentence: str,
    verb_end: int,
    meeting_date: date,
    meeting_body: str | None,
    point_index: int | None,
) -> list[Referral]:
    """'Sagen forelægges ØK og KB', 'er oversendt til MTU': a referral to the next meeting
    of each body named after the verb in its clause; the meeting's own body only when the
    case comes back to it ('forelægges direktionen igen'). Not when the clause denies it
    ('forelægges ikke ØK'), nor to a committee not known ('behandles i fagudvalgene')."""
    if verb_end < 0:
        return []
    low = lowered(sentence)
    if sentence[verb_end:] == low[verb_end:] and not _holds(low[verb_end:], _KNOWN_BODY_WORDS):
        return []
    named = _bodies_named(sentence, verb_end)
    starts = {at for at, _ in named}
    # a list of bodies goes on after a comma ('drøftes i fagudvalgene, ØK og KB')
    end = next(
        (m.start() for m in _CLAUSE_END_RE.finditer(low, verb_end) if m.end() not in starts),
        len(low),
    )
    if " ikke " in f" {low[verb_end:end]} ":
        return []
    out: list[Referral] = []
    for at, body in named:
        if body is None or not verb_end <= at < end:
            continue  # a committee not known, or not the verb's
        if body == meeting_body:
            if not _AGAIN_RE.search(low):
                continue
            kind: Literal["referral", "return"] = "return"
        else:
            kind = "referral"
        if all(r.body != body for r in out):
            out.append(Referral(body, meeting_date, kind, sentence, point_index, "next"))
    return out


def _bodies_named(sentence: str, start: int = 0) -> list[tuple[int, str | None]]:
    """Where the sentence names a body (from start on), and its code: 'ØK' (also 'ØKs'),
    'økonomiudvalget', 'Miljø- og Teknikudvalget'; None for a committee not known
    ('fagudvalget'). Where names overlap, the one that starts first; at one place a code, a
    full name, a known word (the longest), then an unknown one ('økonomiudvalgets' is ØK)."""
    low = lowered(sentence)
    if sentence[start:] == low[start:] and not _holds(low[start:], _ANY_BODY_WORDS):
        return []
    found: list[tuple[int, int, int, str | None]] = []  # where, priority, end, code
    for code in _CODES:
        at = sentence.find(code, start)
        while at >= 0:
            end = at + len(code)
            if end < len(sentence) and sentence[end] == "s":  # 'ØKs møde'
                end += 1
            if not (at and _word_char(sentence[at - 1])) and not (
                end < len(sentence) and _word_char(sentence[end])
            ):
                found.append((at, 0, end, code))
            at = sentence.find(code, at + len(code))
    if sentence.find("U", start) >= 0:  # (a code's last letter: most sentences have none)
        # (from the word before start on: 'forelægges' may end just there)
        for m in _UNKNOWN_CODE_RE.finditer(sentence, max(0, start - 12)):
            code = m["code"]
            if m.start("code") >= start and code not in BODY_CODES and code not in _NOT_COMMITTEES:
                found.append((m.start("code"), 0, m.end(), code))
    for word, code in _BODY_WORDS:
        at = low.find(word, start)
        while at >= 0:
            found.append((at, 2, at + len(word), code))
            at = low.find(word, at + 1)
    for word, (leads, ending) in _OTHER_BODIES.items():
        at = low.find(word, start)
        bounds = (0, 0)  # of the word the last one stood in: a word may hold it many times
        while at >= 0:
            if not bounds[0] <= at < bounds[1]:
                bounds = _word_around(low, at)
            found += _other_body(low, at, word, leads, ending, start, bounds)
            at = low.find(word, at + 1)
    found = [_own_name(sentence, span) if span[3] is None else span for span in found]
    found.sort(key=lambda span: (span[0], span[1], -span[2]))
    named: list[tuple[int, str | None]] = []
    reached = -1
    for at, _, stop, body in found:
        if at >= reached:
            named.append((at, body))
            reached = stop
    return named


# The first part of a committee's name before its '- og' ('Børne- og familieudvalget').
_NAME_LEAD_RE = re.compile(r"[A-ZÆØÅ][\wæøå]*-\s*og\s+$")


def _own_name(
    sentence: str, span: tuple[int, int, int, str | None]
) -> tuple[int, int, int, str | None]:
    """A committee or council no list knows, named by its own name, capitalised within the
    sentence ('Beskæftigelsesudvalget', 'Børne- og familieudvalget', 'Ældrerådet'): with the
    code municipalities make of it ('BU', 'BFU', 'ÆR'), so that a referral goes there. Not
    'fagudvalget'; opening the sentence, where any word has its capital, a compound whose
    first part is not one of any committee's ('Fagudvalget', 'Underudvalget')."""
    at, priority, end, _ = span
    word = sentence[at:end].lower().removesuffix("s")
    kind = next((kind for kind, forms in _OWN_NAME_KINDS if word.endswith(forms)), None)
    if kind is None or word.startswith(kind):
        return span
    lead = _NAME_LEAD_RE.search(sentence, max(0, at - 30), at)
    first = lead.start() if lead else at
    if not sentence[first].isupper():
        return span
    if first == 0 and lead is None and word[: word.rfind(kind)] in _ANY_COMMITTEES_PART:
        return span
    return (first, priority, end, committee_code(sentence[first:end]))


_OWN_NAME_KINDS = (("udvalg", ("udvalg", "udvalget")), ("råd", ("råd", "rådet")))
# The first parts of a compound that name no one committee or council.
_ANY_COMMITTEES_PART = frozenset(("", "fag", "under", "del", "sags", "by", "ad hoc-", "hoved"))


_COMMITTEE_NAME_RE = re.compile(
    r"[A-ZÆØÅ][\wæøå]*-\s*og\s+[\wæøå]*(?:udvalg(?:et)?|råd(?:et)?)\b"
    r"|[A-ZÆØÅ][\wæøå]*(?:udvalg(?:et)?|råd(?:et)?)\b"
)


def committee_named(text: str, code: str) -> str | None:
    """The committee's own name in the text whose code is code ('Børne- og familieudvalget'
    for 'BFU', as a referral's sentence names it); None where it names none."""
    for m in _COMMITTEE_NAME_RE.finditer(text):
        if committee_code(m.group()) == code:
            return " ".join(m.group().split())
    return None


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _word_around(low: str, at: int) -> tuple[int, int]:
    """Where the word holding low[at] starts and ends."""
    first, end = at, at
    while first and _word_char(low[first - 1]):
        first -= 1
    while end < len(low) and _word_char(low[end]):
        end += 1
    return first, end


def _other_body(
    low: str,
    at: int,
    word: str,
    leads: tuple[str, ...],
    ending: re.Pattern[str],
    start: int,
    bounds: tuple[int, int],
) -> list[tuple[int, int, int, str | None]]:
    """The body named by the word at low[at:] (see _bodies_named), read from the start to the
    end of the word it stands in (bounds): a full name ('miljø- og teknikudvalget'), or one not
    known ('fagudvalget'); none when the word goes on otherwise ('udvalgsformand',
    'rådgivning')."""
    first, end = bounds
    if not ending.fullmatch(low, at + len(word), end):
        return []
    if leads and not any(at >= len(w) and low.startswith(w, at - len(w)) for w in leads):
        return []  # 'gruppen' alone is no body: 'styregruppen' is
    if word == "udvalg":  # a full name ends in the word that holds it
        lead_in = _FULL_NAME_START_RE.search(low, max(start, first - 24), first)
        if lead_in:
            last = low[first:end]
            for (name_first, name_last), code in _FULL_NAMES.items():
                if low.startswith(name_first, lead_in.start()) and last.startswith(name_last):
                    return [(lead_in.start(), 1, first + len(name_last), code)]
    return [(first, 3, end, None)] if first >= start else []
