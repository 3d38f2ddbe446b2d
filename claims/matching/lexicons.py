"""Word lists for claim matching, per language. Data, not logic.

Every list is written from general knowledge of Indonesian and English (no corpus text copied).
Keys are casefolded, NFKC-normalised tokens as `normalise.tokenize` produces them (English
contractions are expanded before tokenising: "didn't" -> "did not").
"""

from __future__ import annotations

# --- number words -----------------------------------------------------------------------------
# Units (0-19 and tens) add; "ratus"/"hundred" multiplies the running group; the big multipliers
# close a group. Indonesian "se-" forms (seratus, seribu, sejuta) mean "one <multiplier>".
NUMBER_UNITS: dict[str, dict[str, int]] = {
    "id": {
        "nol": 0, "kosong": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
        "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
    },
    "en": {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    },
}
# Indonesian compound tens/teens: "dua puluh" = 2 * 10, "dua belas" = 2 + 10.
NUMBER_TIMES_TEN: dict[str, set[str]] = {"id": {"puluh"}, "en": set()}
NUMBER_PLUS_TEN: dict[str, set[str]] = {"id": {"belas"}, "en": set()}
NUMBER_HUNDRED: dict[str, set[str]] = {"id": {"ratus"}, "en": {"hundred"}}
NUMBER_SCALES: dict[str, dict[str, int]] = {
    "id": {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12},
    "en": {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12},
}
# "seratus", "seribu", "sejuta": one times the scale.
NUMBER_SE_PREFIXED: dict[str, dict[str, int]] = {
    "id": {"seratus": 100, "seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9},
    "en": {},
}
# English "a million", "a hundred": the article stands for one before a scale word.
NUMBER_ARTICLE_ONE: dict[str, set[str]] = {"id": set(), "en": {"a", "an"}}
# The conjunction inside English numbers ("one hundred and five").
NUMBER_JOINERS: dict[str, set[str]] = {"id": set(), "en": {"and"}}

# --- negation ---------------------------------------------------------------------------------
# A claim and its denial share almost every word; these tokens tell them apart. Verbs of denial
# count too ("dibantah", "denied"): "X denied sending shells" is not "X sent shells"; and so do
# a fact-check's verdicts ("merupakan hoaks", "is false"): the debunk is not the hoax.
# Not `tanpa` / `without`: they negate a phrase, not the claim (`cures dengue without a hospital
# visit` asserts the cure, and its debunk `no evidence it cures dengue` must stay apart from it).
NEGATION: dict[str, frozenset[str]] = {
    "id": frozenset({
        "tidak", "tak", "bukan", "bukanlah", "belum", "jangan", "tiada", "enggak",
        "nggak", "gak", "ga", "bantah", "membantah", "dibantah", "bantahan", "menyangkal",
        "disangkal", "sangkal", "menolak", "ditolak", "mustahil", "takkan", "tidaklah",
        "hoaks", "hoax", "keliru", "palsu", "disinformasi",
    }),
    "en": frozenset({
        "not", "no", "never", "none", "nor", "neither", "nobody", "nothing", "nowhere",
        "deny", "denies", "denied", "denying", "denial", "refute", "refuted",
        "refutes", "reject", "rejected", "rejects", "dismissed", "cannot", "unlikely",
        "hoax", "false", "fake", "debunked", "baseless", "misleading", "unable",
    }),
}
# Set phrases whose negator negates nothing the claim states: `at no extra cost` (free), `no later
# than` (by), `tak lama kemudian` (shortly after). Their words are left out when negation is read.
UNNEGATING_PHRASES: tuple[tuple[str, ...], ...] = (
    ("at", "no", "cost"), ("at", "no", "extra", "cost"), ("at", "no", "additional", "cost"),
    ("at", "no", "charge"), ("at", "no", "extra", "charge"), ("no", "later", "than"), ("no", "matter"),
    ("tidak", "lama", "kemudian"), ("tak", "lama", "kemudian"), ("tidak", "lama", "setelah"),
    ("tak", "lama", "setelah"), ("tidak", "lama", "lagi"), ("tak", "lama", "lagi"),
    # `penerimaan negara bukan pajak` (non-tax revenue), `belum lagi` (not to mention), `not only ...
    # but also`, `tidak hanya` / `bukan hanya` / `tak hanya` (not only)
    ("bukan", "pajak"), ("belum", "lagi"), ("not", "only"), ("tidak", "hanya"), ("tak", "hanya"), ("bukan", "hanya"),
    # `belanja tidak terduga` (contingency spending: unexpected), `tidak sedikit` (not a few: many),
    # `there is no point in` (it is pointless)
    ("tidak", "terduga"), ("tak", "terduga"), ("tidak", "sedikit"), ("tak", "sedikit"), ("no", "point"),
)
# Phrases that negate without a negator word: `have yet to be accommodated` (belum diakomodasi).
# When negation is read each stands for `not` (its scope the next word that is no stopword).
NEGATING_PHRASES: tuple[tuple[str, ...], ...] = (("yet", "to"),)
# A verdict word used as an attribute says what a thing is, not that a claim is false: `uang
# palsu` / `fake notes` (counterfeit money), `akun palsu`, `a false alarm`. It negates when it is
# said of a claim (`berita palsu`, `false information`) or predicated (`video itu palsu`, `the claim
# is false`). English puts the attribute before its noun, Indonesian after it.
ATTRIBUTIVE_VERDICTS: dict[str, frozenset[str]] = {
    "id": frozenset({"palsu"}),
    "en": frozenset({"fake", "false"}),
}
HEAD_FINAL_ATTRIBUTES: dict[str, bool] = {"id": False, "en": True}
# Nouns of what is said or shown, which a verdict word judges: `berita palsu`, `fake video`.
DISCOURSE_NOUNS: frozenset[str] = frozenset({
    "berita", "informasi", "info", "kabar", "klaim", "tuduhan", "narasi", "pernyataan", "unggahan", "video",
    "foto", "gambar", "pesan", "isu", "dokumen", "surat", "data",
    "news", "information", "claim", "claims", "report", "reports", "allegation", "allegations", "statement",
    "statements", "narrative", "post", "posts", "video", "videos", "photo", "photos", "image", "images",
    "message", "messages", "story", "stories", "rumour", "rumours", "rumor", "rumors", "document",
    "documents", "letter", "data", "accusation", "accusations",
})
# Time zones written in capitals beside a clock time (`pukul 23.30 Wita`): no place or person.
TIME_ZONES: frozenset[str] = frozenset({"wib", "wita", "wit", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst"})
# --- dates ------------------------------------------------------------------------------------
# Weekdays and months map to language-free labels so "Selasa" and "Tuesday" compare equal.
WEEKDAYS: dict[str, str] = {
    "senin": "mon", "selasa": "tue", "rabu": "wed", "kamis": "thu", "jumat": "fri",
    "sabtu": "sat", "minggu": "sun", "ahad": "sun",
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
    "saturday": "sat", "sunday": "sun",
}
MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}
# Month words that are also ordinary words ("may", "march") or abbreviations, and "minggu"
# (Sunday, but also "week"): dates only next to a number ("3 Mei", "May 2024", "Minggu (16/6)").
AMBIGUOUS_DATE_WORDS: frozenset[str] = frozenset({
    "may", "march", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "aug", "sep", "sept",
    "okt", "oct", "nov", "des", "dec", "minggu",
})
# ... or before a time of that day: `Minggu pukul 12.00`, `Minggu malam` (a week has no night)
DAY_TIME_WORDS: frozenset[str] = frozenset({"pukul", "pagi", "siang", "sore", "malam", "dini"})
# Words after which a number from 1900 to 2100 is a year ("tahun 2023", "since 2023", "Agustus
# 2023"). Elsewhere such a number may count things ("2000 tentara", "1950 homes"), so it is read
# as a year and as a number both (claims.matching.keys).
YEAR_MARKERS: frozenset[str] = frozenset({
    "tahun", "sejak", "pada", "hingga", "sampai", "awal", "akhir", "pertengahan", "selama",
    "medio", "periode", "antara", "dari", "di", "per", "sepanjang",
    "sebelum", "sesudah", "setelah", "jelang", "menjelang",
    "year", "since", "in", "until", "till", "by", "during", "throughout", "through", "early",
    "late", "mid", "end", "of", "from", "between", "before", "after",
})
# A figure these words come before is the one a count or rate moved from (`189 people rescued, up
# from 182`, `bertambah dari 182 orang`): the claim states the other figure, so this one is left
# out of its numbers and a claim of `182 rescued` conflicts with it.
PREVIOUS_VALUE_MARKERS: frozenset[tuple[str, str]] = frozenset({
    ("up", "from"), ("down", "from"), ("rose", "from"), ("fell", "from"), ("rising", "from"),
    ("falling", "from"), ("increased", "from"), ("decreased", "from"), ("climbed", "from"),
    ("dropped", "from"), ("compared", "with"), ("compared", "to"),
    ("naik", "dari"), ("turun", "dari"), ("bertambah", "dari"), ("berkurang", "dari"),
    ("meningkat", "dari"), ("menurun", "dari"), ("melonjak", "dari"), ("dibandingkan", "dengan"),
    ("dibanding", "dengan"),
})
# The same told the other way round, the new figure first: a figure after `from` (`dari`, or
# `dari sebelumnya`) that follows `to N` (`menjadi N`) within a few words (`expanded the recall to
# five batches from three`, `rose to 12 from 7`, `bertambah menjadi 17 anak dari sebelumnya 11`).
MOVED_TO: frozenset[str] = frozenset({"to", "menjadi", "jadi"})
MOVED_FROM: frozenset[str] = frozenset({"from", "dari"})
MOVED_FROM_FILLERS: frozenset[str] = frozenset({"sebelumnya", "semula", "previously", "earlier"})
# Words that make a figure up to four words after them a first reading, not the claim's
# (`initially reported at magnitude 6.2`, `semula 6,2`), and what `initial` must qualify to do so
# (`from an initial reading of 6.2`; `an initial investment of Rp 3 billion` is the claim's figure).
INITIAL_WORDS: frozenset[str] = frozenset({"initially", "originally", "semula", "awalnya"})
READING_NOUNS: frozenset[str] = frozenset({"reading", "readings", "estimate", "estimates", "report", "reports",
                                           "figure", "figures", "count", "toll", "tally"})
# Words that make the figure after them (one or two words on) a bound or an estimate: `lebih dari
# 34 juta` and `more than 34 million` are consistent with `34,2 juta`.
APPROXIMATORS: frozenset[str] = frozenset({
    "lebih", "kurang", "sekitar", "hampir", "setidaknya", "sedikitnya", "kira", "mendekati",
    "more", "less", "over", "about", "around", "nearly", "almost", "approximately", "roughly",
    "least", "some", "under",
})
# Words between a figure and its margin (`2,5 plus minus 1 persen`; `±` and `+/-` are read as
# them): a figure with a margin is the range it spans.
MARGIN_WORDS: tuple[tuple[str, ...], ...] = (("plus", "minus"), ("plus", "or", "minus"))
# Words between the two ends of a range (`4.7 to 5.5 percent`, `4,7 hingga 5,5 persen`; a dash
# between digits is read as one too): a range is one figure, so `5.5 percent` is not inside it.
RANGE_WORDS: frozenset[str] = frozenset({"to", "hingga", "sampai"})
# ... and the word joining the ends after these (`between 4.7 and 5.5`, `antara 4,7 dan 5,5`)
RANGE_OPENERS: dict[str, str] = {"between": "and", "antara": "dan"}

# Relative day words: a claim about "yesterday" and one about "tomorrow" differ in date.
RELATIVE_DAYS: dict[str, str] = {
    "kemarin": "d-1", "besok": "d+1", "lusa": "d+2",
    "yesterday": "d-1", "today": "d0", "tomorrow": "d+1",
}

# --- units ------------------------------------------------------------------------------------
# unit token -> (dimension, canonical unit, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, str, float]] = {
    "km": ("length", "km", 1000.0), "kilometer": ("length", "km", 1000.0),
    "kilometers": ("length", "km", 1000.0), "kilometre": ("length", "km", 1000.0),
    "kilometres": ("length", "km", 1000.0),
    "m": ("length", "m", 1.0), "meter": ("length", "m", 1.0), "meters": ("length", "m", 1.0),
    "metre": ("length", "m", 1.0), "metres": ("length", "m", 1.0),
    "mil": ("length", "mile", 1609.344), "mile": ("length", "mile", 1609.344),
    "miles": ("length", "mile", 1609.344),
    "kg": ("mass", "kg", 1.0), "kilogram": ("mass", "kg", 1.0), "kilograms": ("mass", "kg", 1.0),
    "ton": ("mass", "t", 1000.0), "tons": ("mass", "t", 1000.0), "tonnes": ("mass", "t", 1000.0),
    "pound": ("mass", "lb", 0.4536), "pounds": ("mass", "lb", 0.4536),
    "lbs": ("mass", "lb", 0.4536),
    "persen": ("ratio", "pct", 1.0), "percent": ("ratio", "pct", 1.0), "pct": ("ratio", "pct", 1.0),
    "rp": ("money", "idr", 1.0), "rupiah": ("money", "idr", 1.0), "idr": ("money", "idr", 1.0),
    "dolar": ("money", "usd", 1.0), "dollar": ("money", "usd", 1.0),
    "dollars": ("money", "usd", 1.0), "usd": ("money", "usd", 1.0),
    "euro": ("money", "eur", 1.0), "euros": ("money", "eur", 1.0),
    "won": ("money", "krw", 1.0), "rubel": ("money", "rub", 1.0), "rubles": ("money", "rub", 1.0),
    "roubles": ("money", "rub", 1.0),
    # durations: `delapan tahun penjara` shares no figure with `delapan tersangka`
    "tahun": ("time", "year", 31_536_000.0), "year": ("time", "year", 31_536_000.0),
    "years": ("time", "year", 31_536_000.0), "bulan": ("time", "month", 2_592_000.0),
    "month": ("time", "month", 2_592_000.0), "months": ("time", "month", 2_592_000.0),
    "pekan": ("time", "week", 604_800.0), "minggu": ("time", "week", 604_800.0),
    "week": ("time", "week", 604_800.0), "weeks": ("time", "week", 604_800.0),
    "hari": ("time", "day", 86_400.0), "day": ("time", "day", 86_400.0), "days": ("time", "day", 86_400.0),
    "jam": ("time", "hour", 3_600.0), "hour": ("time", "hour", 3_600.0), "hours": ("time", "hour", 3_600.0),
    "menit": ("time", "minute", 60.0), "minute": ("time", "minute", 60.0), "minutes": ("time", "minute", 60.0),
}

# --- stopwords --------------------------------------------------------------------------------
# Function words and speech verbs: they carry no identity of a claim, so they are neither
# "shared rare tokens" nor blocking keys. Short on purpose: rarity does the rest.
STOPWORDS: dict[str, frozenset[str]] = {
    "id": frozenset({
        "yang", "dan", "di", "ke", "dari", "itu", "ini", "dengan", "untuk", "pada", "dalam",
        "akan", "telah", "sudah", "oleh", "atau", "juga", "ada", "adalah", "sebagai", "karena",
        "bahwa", "para", "saat", "kata", "ujar", "ucap", "tutur", "jelas", "imbuh", "menurut",
        "mengatakan", "menyatakan", "katanya", "ujarnya", "tersebut", "secara", "lebih", "dia",
        "ia", "mereka", "kami", "kita", "saya", "anda", "nya", "pun", "lah", "kah", "se", "bagi",
        "hingga", "sejak", "serta", "namun", "tetapi", "tapi", "jika", "kalau", "agar", "supaya",
        "sangat", "masih", "sedang", "bisa", "dapat", "harus", "tak", "sebuah", "seorang", "an",
        "antara", "atas", "bawah", "tentang", "terhadap", "setelah", "sebelum", "kepada", "yakni",
    }),
    "en": frozenset({
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "from", "by", "with",
        "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "being",
        "has", "have", "had", "it", "its", "as", "said", "says", "say", "told", "according",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "will", "would",
        "can", "could", "should", "may", "might", "also", "which", "who", "whom", "than", "then",
        "there", "here", "into", "about", "over", "after", "before", "s", "t", "more", "but",
        "if", "so", "such", "do", "does", "did", "up", "out", "him", "them", "us",
    }),
}


def stopwords(language: str | None) -> frozenset[str]:
    """Stopwords of a language; unknown languages get the union (claims are id or en)."""
    if language in STOPWORDS:
        return STOPWORDS[language]
    return STOPWORDS["id"] | STOPWORDS["en"]


# Negators of the word after them (`tidak naik`, `has not shipped`), as against verdicts and
# denials (`hoaks`, `denied`) and negated phrases (`no evidence that ...`, `bukan ...`), whose
# scope this simple reading cannot tell.
SCOPED_NEGATIONS: frozenset[str] = frozenset({
    "tidak", "tak", "belum", "tidaklah", "takkan", "enggak", "nggak", "gak", "not", "never", "unable",
})
# ... unless they deny that something exists (`tidak ada bukti bahwa ...`: no evidence that ...)
NEGATED_EXISTENCE: frozenset[str] = frozenset({"ada", "any"})
# Words after a negator that say how or when, not what (`tidak pernah mengirim`, `not yet
# shipped`): across languages, where the negated word is glossed to be looked for in the other
# claim, a negation of one of these has a scope that reading cannot tell.
NEGATED_ADVERBS: frozenset[str] = frozenset({
    "pernah", "lagi", "mungkin", "boleh", "mau", "ingin", "perlu", "segera", "hanya", "cuma", "terlalu",
    "begitu", "terus", "selalu", "langsung", "lantas", "benar", "sama", "pula",
    "ever", "yet", "always", "only", "just", "even", "immediately", "necessarily", "really", "longer",
    "again", "entirely", "fully", "quite",
})


def negations(language: str | None) -> frozenset[str]:
    if language in NEGATION:
        return NEGATION[language]
    return NEGATION["id"] | NEGATION["en"]

# --- names ------------------------------------------------------------------------------------
# Capitalised abbreviations of capitalised common names, read as the words they stand for by the
# name safeguard (`UU Nomor 35 Tahun 2009` / `Undang-Undang Nomor 35 Tahun 2009`: one law).
NAME_ABBREVIATIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "uu": ("undang",), "pp": ("peraturan", "pemerintah"), "perpres": ("peraturan", "presiden"),
        "perda": ("peraturan", "daerah"), "permen": ("peraturan", "menteri"),
        "perppu": ("peraturan", "pemerintah", "pengganti", "undang"),
        "kuhp": ("kitab", "undang", "hukum", "pidana"),
    },
}

# Capitalised words that name a kind of place or office, not which one ("Kabupaten Bogor",
# "Presiden Prabowo", "Governor Newsom"): two claims that share only these share no name
# (scoring.fragment_check). Applied in every language at once: a pair may cross languages.
GENERIC_NAME_WORDS: dict[str, frozenset[str]] = {
    "id": frozenset({
        "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "pulau", "jalan",
        "pelabuhan", "bandara",
        "presiden", "wakil", "menteri", "gubernur", "bupati", "wali", "walikota", "camat", "ketua",
        "kepala", "direktur", "panglima", "kapolri", "kapolda", "dpr", "dprd", "mpr", "pertahanan",
        "keuangan", "negeri", "dalam", "luar",
    }),
    "en": frozenset({
        "president", "vice", "minister", "prime", "governor", "mayor", "regent", "chief", "senator",
        "secretary", "general", "province", "city", "district", "regency", "island", "street", "port",
        "airport",
    }),
}
