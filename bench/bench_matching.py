"""Benchmark of claims/matching on a generated corpus of news-length claims.

    .venv/bin/python bench/bench_matching.py --sizes 10000 100000

The corpus is generated here from word lists and templates (Indonesian and English), not from
any development text. About a third of the claims are near-duplicates of an earlier claim
(dropped words, reordered clauses, changed punctuation and quotation marks, partial quotes,
number words for digits) and 4 % are "hard negatives": an earlier claim with another number.

Reported per size: key building and indexing time, online matching of one new claim (p50/p95)
with the candidate index vs brute force rapidfuzz cdist over the whole corpus in the same run
(and the ratio), recall of the blocked search vs brute force at the SUGGEST and AUTO_MATCH
levels, clustering time of the whole corpus with pairwise precision/recall against the
generated truth, and peak memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.matching import thresholds as th  # noqa: E402
from claims.matching.clustering import cluster, match_one  # noqa: E402
from claims.matching.index import DEFAULT_POSTING_BUDGET, CandidateIndex  # noqa: E402
from claims.matching.keys import claim_key  # noqa: E402
from claims.matching.scoring import MATCH, decide_pair, score_many  # noqa: E402

SYLLABLES = (
    "ba be bi bo bu ka ke ki ko ku ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su "
    "ta te ti to tu wa we wi ja ju ya yo da di du ga gi go la li lo pa pe pi po ha hu ng ran "
    "tan wan jar sur mar kan ban gar"
).split()

ID = {
    "roles": [
        "Menteri Pertahanan", "Juru bicara kepolisian", "Gubernur", "Kepala dinas kesehatan",
        "Ketua komisi anggaran", "Direktur utama", "Bupati", "Wali kota", "Anggota DPR",
        "Kepala badan penanggulangan bencana", "Menteri Keuangan", "Panglima militer",
        "Kepala badan intelijen", "Duta besar", "Ketua partai", "Kepala kejaksaan",
    ],
    "verbs": [
        "telah menyalurkan", "akan membangun", "sudah mengirimkan", "menemukan", "menyita",
        "mengalokasikan", "menargetkan", "mencatat", "melaporkan", "menerima", "menghentikan",
        "meluncurkan", "memasok", "mengevakuasi", "menangkap", "merenovasi", "membagikan",
        "menjual", "mengimpor", "mengekspor", "memusnahkan", "mendata", "memeriksa", "menanam",
        "memperbaiki", "mengangkut", "menampung", "melatih", "merekrut", "mengamankan",
    ],
    "objects": [
        "ton beras", "unit rumah", "dosis vaksin", "kilogram narkoba", "hektare lahan",
        "paket bantuan", "kasus demam berdarah", "kendaraan listrik", "sekolah baru",
        "lapangan kerja", "titik api", "pengungsi", "peluru artileri", "drone pengintai",
        "kapal nelayan", "warga terdampak", "tersangka korupsi", "jembatan gantung",
        "liter solar", "ekor sapi", "bibit pohon", "tenaga medis", "guru honorer",
        "rumah ibadah", "kilometer jalan", "ton sampah plastik", "senjata api ilegal",
        "kontainer barang", "petani kopi", "sumur bor", "ambulans", "beasiswa",
    ],
    "numbers": [
        "1 juta", "3 juta", "satu juta", "dua ribu", "500", "1.200", "tiga ratus", "40",
        "sepuluh", "250", "1,5 juta", "75", "dua puluh", "12.000", "seribu", "900",
    ],
    "times": [
        "sejak Januari", "pada Senin", "tahun ini", "hingga akhir 2025", "pekan lalu",
        "dalam tiga bulan terakhir", "pada Selasa (18/6)", "sejak awal Agustus", "bulan depan",
        "pada Kamis malam", "sepanjang 2024", "sebelum musim hujan",
    ],
    "links": [
        "untuk", "demi", "sebagai bagian dari", "meskipun ada", "setelah", "di tengah",
        "tanpa", "bersama", "menyusul", "guna mendukung", "terkait", "sesuai",
    ],
    "phrases": [
        "krisis pangan", "program nasional", "anggaran terbatas", "banjir besar",
        "angka kemiskinan", "pemerintah pusat", "kritik kelompok oposisi", "pertahanan perbatasan",
        "aturan internasional", "persetujuan parlemen", "distribusi merata",
        "lembaga swadaya masyarakat", "rencana pembangunan daerah", "kenaikan harga bahan pokok",
        "laporan audit terbaru", "tekanan investor asing", "musim kemarau panjang",
        "penyelidikan kejaksaan", "protes mahasiswa", "perjanjian kerja sama bilateral",
        "evaluasi kementerian", "permintaan warga desa", "target pertumbuhan ekonomi",
        "instruksi presiden", "keputusan pengadilan", "rekomendasi ombudsman",
    ],
    "place": ["di Kabupaten", "di Kota", "ke Provinsi", "di wilayah", "ke pelabuhan"],
}
EN = {
    "roles": [
        "The defence minister", "A police spokesperson", "The governor", "The health chief",
        "The budget committee chair", "The chief executive", "The mayor", "A lawmaker",
        "The disaster agency head", "The finance minister", "The army commander",
        "The intelligence chief", "The ambassador", "The party leader", "The prosecutor",
    ],
    "verbs": [
        "has delivered", "will build", "already shipped", "found", "seized", "allocated",
        "is targeting", "recorded", "reported", "received", "halted", "launched", "supplied",
        "evacuated", "arrested", "renovated", "handed out", "sold", "imported", "exported",
        "destroyed", "registered", "inspected", "planted", "repaired", "transported", "housed",
        "trained", "recruited", "secured",
    ],
    "objects": [
        "tonnes of rice", "housing units", "vaccine doses", "kilograms of drugs",
        "hectares of land", "aid packages", "dengue cases", "electric vehicles", "new schools",
        "jobs", "fire hotspots", "refugees", "artillery shells", "surveillance drones",
        "fishing boats", "affected residents", "corruption suspects", "suspension bridges",
        "litres of diesel", "head of cattle", "tree seedlings", "medical workers",
        "contract teachers", "places of worship", "kilometres of road", "tonnes of plastic waste",
        "illegal firearms", "shipping containers", "coffee farmers", "boreholes", "ambulances",
        "scholarships",
    ],
    "numbers": [
        "1 million", "3 million", "one million", "two thousand", "500", "1,200",
        "three hundred", "40", "ten", "250", "1.5 million", "75", "twenty", "12,000",
        "a thousand", "900",
    ],
    "times": [
        "since January", "on Monday", "this year", "by the end of 2025", "last week",
        "in the past three months", "on Tuesday", "since early August", "next month",
        "on Thursday night", "throughout 2024", "before the rainy season",
    ],
    "links": [
        "to tackle", "as part of", "despite", "after", "amid", "without", "together with",
        "following", "in support of", "in connection with", "in line with", "ahead of",
    ],
    "phrases": [
        "the food crisis", "a national programme", "a tight budget", "major floods",
        "rising poverty", "the central government", "opposition criticism", "border defences",
        "international rules", "parliamentary approval", "fairer distribution",
        "civil society groups", "the regional development plan", "soaring staple prices",
        "the latest audit report", "pressure from foreign investors", "a long dry season",
        "a prosecutors' inquiry", "student protests", "a bilateral cooperation agreement",
        "a ministry review", "requests from villagers", "the economic growth target",
        "a presidential instruction", "a court ruling", "an ombudsman recommendation",
    ],
    "place": ["in the district of", "in the city of", "to the province of", "in the region of",
              "to the port of"],
}
ALT_NUMBERS = {"id": ID["numbers"], "en": EN["numbers"]}


def pseudo_word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Generator:
    def __init__(self, seed: int, n_names: int):
        self.rng = random.Random(seed)
        self.places = [pseudo_word(self.rng, self.rng.randint(2, 3)) for _ in range(n_names)]
        self.people = [
            f"{pseudo_word(self.rng, 2)} {pseudo_word(self.rng, self.rng.randint(2, 3))}"
            for _ in range(n_names)
        ]

    def base(self) -> tuple[str, str, str]:
        """(text, language, speaker) of a new claim."""
        rng = self.rng
        lang = "id" if rng.random() < 0.6 else "en"
        w = ID if lang == "id" else EN
        speaker = rng.choice(self.people)
        place = rng.choice(self.places)
        second = rng.choice(self.places)
        parts = [
            rng.choice(w["verbs"]), rng.choice(w["numbers"]), rng.choice(w["objects"]),
            rng.choice(w["place"]), place,
        ]
        clause1 = " ".join(parts) + " " + rng.choice(w["times"])
        clause2 = f"{rng.choice(w['links'])} {rng.choice(w['phrases'])}"
        if rng.random() < 0.5:
            link = " dan " if lang == "id" else " and "
            clause2 += link + ("warga " if lang == "id" else "residents of ") + second
        text = f"{clause1}, {clause2}"
        if rng.random() < 0.5:
            text = f"{rng.choice(w['roles'])} {speaker.split()[-1]} {text}"
        return text[0].upper() + text[1:], lang, speaker

    def variant(self, text: str, lang: str) -> str:
        """A near-duplicate: 1-2 of dropped words, reordered clauses, punctuation, partial
        quote, numbers spelled the other way."""
        rng = self.rng
        ops = rng.sample(["drop", "reorder", "punct", "partial", "number"], rng.randint(1, 2))
        for op in ops:
            words = text.split()
            if op == "drop" and len(words) > 10:
                for _ in range(rng.randint(1, 2)):
                    words.pop(rng.randrange(1, len(words)))
                text = " ".join(words)
            elif op == "reorder" and ", " in text:
                a, b = text.split(", ", 1)
                text = f"{b}, {a[0].lower() + a[1:]}"
            elif op == "punct":
                text = rng.choice(['"{}"', "“{}”", "{}.", "'{}'", "{} ."]).format(
                    text.replace(", ", rng.choice([" - ", "; ", " ", ", "])))
            elif op == "partial" and len(words) >= 14:
                span = max(8, int(len(words) * rng.uniform(0.65, 0.85)))
                start = rng.randint(0, len(words) - span)
                text = " ".join(words[start:start + span])
            elif op == "number":
                swaps = ({"1 juta": "satu juta", "seribu": "1.000", "40": "empat puluh",
                          "sepuluh": "10", "tiga ratus": "300"} if lang == "id" else
                         {"1 million": "one million", "a thousand": "1,000", "40": "forty",
                          "ten": "10", "three hundred": "300"})
                for a, b in swaps.items():
                    if a in text:
                        text = text.replace(a, b, 1)
                        break
        return text

    def other_number(self, text: str, lang: str) -> str:
        """A hard negative: the same sentence with another quantity."""
        for num in sorted(ALT_NUMBERS[lang], key=len, reverse=True):
            if f" {num} " in text:
                alt = self.rng.choice([n for n in ALT_NUMBERS[lang] if n != num])
                return text.replace(f" {num} ", f" {alt} ", 1)
        return text + (" 7" if lang == "en" else " 7")


def generate(size: int, seed: int = 7):
    """`size` claims: (text, language, speaker or None, truth label)."""
    gen = Generator(seed, n_names=max(2000, size // 10))
    out: list[tuple[str, str, str | None, int]] = []
    bases: list[tuple[str, str, str]] = []
    for _ in range(size):
        r = gen.rng.random()
        if bases and r < 0.33:
            b = gen.rng.randrange(len(bases))
            text, lang, speaker = bases[b]
            out.append((gen.variant(text, lang), lang,
                        speaker if gen.rng.random() < 0.8 else None, b))
            continue
        if bases and r < 0.37:
            text, lang, speaker = bases[gen.rng.randrange(len(bases))]
            bases.append((gen.other_number(text, lang), lang, speaker))
        else:
            bases.append(gen.base())
        text, lang, speaker = bases[-1]
        out.append((text, lang, speaker, len(bases) - 1))
    return out, gen


def brute_scores(qkey, keys) -> np.ndarray:
    """The combined score of one claim against the whole corpus: scoring.score_many, i.e.
    rapidfuzz cdist over every claim (partial_ratio where it can change the decision)."""
    return score_many(qkey, keys)


def pct(values, q):
    return float(np.percentile(np.asarray(values), q)) * 1000.0


def pairwise_pr(labels, truth):
    """Pairwise precision/recall of a clustering against truth labels (contingency counts)."""
    def pairs(counter):
        return sum(c * (c - 1) // 2 for c in counter.values())
    both = pairs(Counter(zip(labels, truth, strict=True)))
    pred, gold = pairs(Counter(labels)), pairs(Counter(truth))
    return (both / pred if pred else 1.0), (both / gold if gold else 1.0)


def run(size: int, queries: int, brute_queries: int, do_cluster: bool, seed: int,
        budget: int = DEFAULT_POSTING_BUDGET) -> dict:
    t0 = time.perf_counter()
    corpus, gen = generate(size + queries, seed)
    rng = random.Random(seed + 1)
    # Queries: near-duplicates of corpus claims (most) and fresh claims, not in the index.
    query_rows = []
    query_truth = []  # generated claim a query repeats (-1: a new claim)
    for _ in range(queries):
        if rng.random() < 0.7:
            text, lang, speaker, label = corpus[rng.randrange(size)]
            query_rows.append((gen.variant(text, lang), lang, speaker))
            query_truth.append(label)
        else:
            query_rows.append(gen.base())
            query_truth.append(-1)
    corpus = corpus[:size]
    t_gen = time.perf_counter() - t0

    t0 = time.perf_counter()
    keys = [claim_key(t, language=lang, speaker=sp) for t, lang, sp, _ in corpus]
    t_keys = time.perf_counter() - t0
    t0 = time.perf_counter()
    index = CandidateIndex(budget=budget)
    for i, k in enumerate(keys):
        index.add(i, k)
    t_index = time.perf_counter() - t0
    qkeys = [claim_key(t, language=lang, speaker=sp) for t, lang, sp in query_rows]

    # Online: one new claim against the index (candidates + scoring + decisions).
    online = []
    for qk in qkeys:
        t = time.perf_counter()
        match_one(qk, index, keys.__getitem__)
        online.append(time.perf_counter() - t)

    # Brute force over the whole corpus, same scoring; recall of the blocked search against it:
    # of its 'match' decisions, of those that are true (same generated claim), of its 10 best
    # pairs at or above SUGGEST, and of all of them.
    brute = []
    found = Counter()
    total = Counter()
    truth = [label for *_x, label in corpus]
    for qk, qlabel in zip(qkeys[:brute_queries], query_truth, strict=False):
        t = time.perf_counter()
        scores = brute_scores(qk, keys)
        brute.append(time.perf_counter() - t)
        above = np.nonzero(scores >= th.SUGGEST)[0]
        top = above[np.argsort(-scores[above], kind="stable")[:10]]
        want = {
            "match": {
                j for j in np.nonzero(scores >= th.AUTO_MATCH)[0].tolist()
                if decide_pair(qk, keys[j], round(float(scores[j]), 2)) == MATCH
            },
            "true_match": set(),
            "top10": set(top.tolist()),
            "suggest": set(above.tolist()),
        }
        want["true_match"] = {j for j in want["match"] if truth[j] == qlabel}
        got = set(index.candidates(qk, 50))
        for name, w in want.items():
            found[name] += len(w & got)
            total[name] += len(w)

    result = {
        "size": size, "generate_s": t_gen, "keys_s": t_keys, "index_s": t_index,
        "online_p50_ms": pct(online, 50), "online_p95_ms": pct(online, 95),
        "brute_p50_ms": pct(brute, 50), "brute_p95_ms": pct(brute, 95),
    }
    for name in ("match", "true_match", "top10", "suggest"):
        result[f"recall_{name}"] = found[name] / total[name] if total[name] else 1.0
        result[f"brute_pairs_{name}"] = total[name]
    result["speedup_p50"] = result["brute_p50_ms"] / result["online_p50_ms"]
    if do_cluster:
        t0 = time.perf_counter()
        res = cluster(keys)
        result["cluster_s"] = time.perf_counter() - t0
        p, r = pairwise_pr(res.labels, [label for *_x, label in corpus])
        result.update(cluster_precision=p, cluster_recall=r, clusters=max(res.labels) + 1,
                      suggestions=len(res.suggestions), pairs_scored=res.pairs_scored)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    ap.add_argument("--queries", type=int, default=300, help="online queries per size")
    ap.add_argument("--brute-queries", type=int, default=100,
                    help="queries also run by brute force (recall and the ratio)")
    ap.add_argument("--no-cluster", action="store_true", help="skip clustering the corpus")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--budget", type=int, default=DEFAULT_POSTING_BUDGET,
                    help="postings read per lookup (index.query_plan)")
    args = ap.parse_args(argv)
    for size in args.sizes:
        r = run(size, args.queries, args.brute_queries, not args.no_cluster, args.seed,
                args.budget)
        print(
            f"n={r['size']:>8}  keys {r['keys_s']:.1f}s  index {r['index_s']:.1f}s  "
            f"online p50 {r['online_p50_ms']:.2f} ms p95 {r['online_p95_ms']:.2f} ms  "
            f"brute p50 {r['brute_p50_ms']:.1f} ms p95 {r['brute_p95_ms']:.1f} ms  "
            f"x{r['speedup_p50']:.0f}", flush=True)
        print("           blocked-search recall vs brute force: " + "  ".join(
            f"{name} {r[f'recall_{name}']:.4f} ({r[f'brute_pairs_{name}']} pairs)"
            for name in ("match", "true_match", "top10", "suggest")), flush=True)
        if "cluster_s" in r:
            print(
                f"           cluster {r['cluster_s']:.1f}s  pairs scored {r['pairs_scored']}  "
                f"clusters {r['clusters']}  pairwise P {r['cluster_precision']:.4f} "
                f"R {r['cluster_recall']:.4f}  suggestions {r['suggestions']}", flush=True)
        print(f"           peak RSS {r['peak_rss_mb']:.0f} MB (process so far)", flush=True)


if __name__ == "__main__":
    main()
