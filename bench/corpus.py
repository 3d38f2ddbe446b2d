"""A generated Kutip database for the dashboard and match-API benchmarks (run by hand).

    from bench.corpus import setup_django, build
    setup_django(var_dir)          # before anything imports Django models
    info = build(claims=100_000)   # reused when the database already holds that corpus

Everything is generated here from templates and word lists (Indonesian ~60 %, English ~40 %),
with pseudo-word place and person names; nothing comes from a development corpus. Shape: ~10
articles per article-day slot (10k articles for 100k claims) over 50 outlets (5 wires, ~10 %
of articles credit a wire), ~2k speakers with a skewed share of claims, clusters of varied size
(one of ~800 claims, a few hundred, tens, many pairs, mostly singletons) whose members are light
variations of one another spread over days, reviews (draft and published) on the larger
clusters, open suggestions, reconciliation runs and ingest jobs. Claims carry `match_key` and
`normalised_text`, and the candidate index (ClaimBlockKey rows and BlockKeyStat counts) is
filled in bulk with the rows `claims.matching_index.index_add` would write.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SYL = ("ba be bi bo bu da di du ga go ka ke ki ko ku la li lo ma me mi mo mu na ni no nu pa pe "
       "pi po ra re ri ro ru sa se si so su ta te ti to tu wa wi ya yo jan kar lan man ran san "
       "tar wan jo ha").split()

ID_SUBJ = ["Pemerintah daerah", "Kementerian Kesehatan", "Kepolisian", "Badan pangan", "Dinas pendidikan",
           "Pemerintah pusat", "Kami", "Tim gabungan", "Perusahaan negara", "Pemerintah provinsi",
           "Satuan tugas", "Kementerian Pertanian", "Badan penanggulangan bencana", "Kejaksaan"]
ID_VERB = ["telah menyalurkan", "akan membangun", "sudah mengirim", "menemukan", "menyita", "mengalokasikan",
           "mencatat", "menerima", "meluncurkan", "mengevakuasi", "menangkap", "memperbaiki", "membagikan",
           "mengimpor", "memusnahkan", "memeriksa", "menanam", "merekrut", "mengamankan", "menampung"]
ID_OBJ = ["ton beras", "unit rumah", "dosis vaksin", "kilogram sabu", "hektare sawah", "paket sembako",
          "kasus demam berdarah", "sekolah dasar", "lapangan kerja", "titik api", "pengungsi", "kapal nelayan",
          "warga terdampak", "tersangka korupsi", "jembatan desa", "liter solar", "ekor sapi", "bibit mangrove",
          "tenaga kesehatan", "guru honorer", "kilometer jalan", "ton sampah plastik", "senjata rakitan",
          "kontainer garam", "petani kopi", "sumur bor", "unit ambulans", "penerima beasiswa"]
ID_NUM = ["1 juta", "3 juta", "dua ribu", "500", "1.200", "tiga ratus", "40", "sepuluh", "250", "1,5 juta",
          "75", "dua puluh", "12.000", "seribu", "900", "4.500", "60", "18", "7 juta", "enam ratus"]
ID_TIME = ["sejak Januari", "pada Senin", "tahun ini", "hingga akhir 2025", "pekan lalu",
           "dalam tiga bulan terakhir", "pada Selasa (18/6)", "sejak awal Agustus", "bulan depan",
           "pada Kamis malam", "sepanjang 2024", "sebelum musim hujan", "menjelang Lebaran"]
ID_TAIL = ["untuk mengatasi krisis pangan", "sebagai bagian dari program nasional",
           "meskipun anggarannya terbatas", "setelah banjir besar melanda wilayah itu",
           "di tengah kenaikan harga bahan pokok", "guna mendukung ketahanan energi",
           "menyusul laporan warga yang resah", "tanpa bantuan dari pemerintah pusat",
           "bersama lembaga swadaya masyarakat setempat", "demi menekan angka kemiskinan ekstrem",
           "karena permintaan terus meningkat", "agar pelayanan publik tidak terganggu"]
ID_TEMPLATES = [
    "{subj} {verb} {num} {obj} di {place} {time} {tail}",
    "Sebanyak {num} {obj} di {place} {verb2} {time}, {tail}",
    "Kami tidak pernah {verb} {obj} di {place} {time}, itu tidak benar",
    "{subj} {verb} {num} {obj} untuk warga {place} dan {place2} {time} {tail}",
    "Tidak ada {obj} yang hilang di {place} {time}, semua sudah kami data dengan lengkap",
    "Di {place}, {subj_l} {verb} {num} {obj} {time} dan akan menambah lagi {tail}",
]
ID_PASSIVE = ["telah disalurkan", "sudah dibangun", "berhasil disita", "telah dievakuasi", "sudah diperiksa",
              "telah dimusnahkan", "sudah dibagikan", "telah diamankan", "sudah diperbaiki"]

EN_SUBJ = ["The ministry", "Our government", "The police", "The regional administration", "We",
           "The task force", "The state company", "The health agency", "The disaster agency", "The army"]
EN_VERB = ["has delivered", "will build", "has sent", "found", "seized", "allocated", "recorded", "received",
           "launched", "evacuated", "arrested", "repaired", "distributed", "imported", "destroyed", "inspected",
           "planted", "recruited", "secured", "sheltered"]
EN_OBJ = ["tonnes of rice", "new homes", "vaccine doses", "kilograms of methamphetamine", "hectares of paddy",
          "food parcels", "dengue cases", "primary schools", "jobs", "hotspots", "displaced families",
          "fishing boats", "affected residents", "corruption suspects", "village bridges", "litres of diesel",
          "head of cattle", "mangrove seedlings", "health workers", "contract teachers", "kilometres of road",
          "tonnes of plastic waste", "homemade firearms", "containers of salt", "coffee farmers", "ambulances"]
EN_NUM = ["1 million", "3 million", "two thousand", "500", "1,200", "three hundred", "40", "ten", "250",
          "1.5 million", "75", "twenty", "12,000", "a thousand", "900", "4,500", "60", "18", "7 million"]
EN_TIME = ["since January", "on Monday", "this year", "by the end of 2025", "last week", "in the past three months",
           "on Tuesday", "since early August", "next month", "on Thursday night", "throughout 2024",
           "before the rainy season", "ahead of the holidays"]
EN_TAIL = ["to tackle the food crisis", "as part of the national programme", "despite a tight budget",
           "after severe flooding hit the area", "amid rising prices of staple goods", "to support energy security",
           "following complaints from residents", "without help from the central government",
           "together with local charities", "to bring extreme poverty down", "because demand keeps growing",
           "so that public services are not disrupted"]
EN_TEMPLATES = [
    "{subj} {verb} {num} {obj} in {place} {time} {tail}",
    "Around {num} {obj} in {place} have been {passive} {time}, {tail}",
    "We never {verb_base} any {obj} in {place} {time}, that is simply not true",
    "{subj} {verb} {num} {obj} for people in {place} and {place2} {time} {tail}",
    "No {obj} went missing in {place} {time}, everything has been fully accounted for",
    "In {place}, {subj_l} {verb} {num} {obj} {time} and will add more {tail}",
]
EN_PASSIVE = ["delivered", "built", "seized", "evacuated", "inspected", "destroyed", "distributed", "secured",
              "repaired"]
EN_BASE = ["delivered", "built", "sent", "seized", "hid", "sold", "destroyed", "imported", "bought"]

FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Sri", "Joko", "Ani", "Hendra", "Wati", "Yusuf", "Rina",
         "Bambang", "Maria", "Ahmad", "Lina", "Eko", "Nur", "John", "Sarah", "David", "Emma", "Michael", "Grace"]
ROLES_ID = ["Menteri", "Gubernur", "Bupati", "Juru bicara", "Kepala dinas", "Anggota DPR", "Direktur", "Kapolda"]
CUES_ID = ["mengatakan", "menyatakan", "menegaskan", "membantah", "menjelaskan", "mengklaim"]
CUES_EN = ["said", "told reporters", "claimed", "insisted", "denied", "stated"]
FILLER_ID = ["Hal itu disampaikan dalam konferensi pers di kantornya.", "Wartawan menunggu sejak pagi.",
             "Acara dihadiri sejumlah pejabat daerah.", "Data lengkap akan dirilis pekan depan."]
FILLER_EN = ["The remarks were made at a press conference.", "Reporters had waited since morning.",
             "Several local officials attended the event.", "Full figures are due next week."]


def setup_django(var_dir: str | Path) -> None:
    """Point Kutip at its own var directory (database, secret key) and start Django."""
    os.environ["KUTIP_VAR_DIR"] = str(var_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    os.environ["ALLOWED_HOSTS"] = "testserver,localhost,127.0.0.1"
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()


def _word(rng: random.Random, lo: int = 2, hi: int = 4) -> str:
    return "".join(rng.choice(SYL) for _ in range(rng.randint(lo, hi)))


class TextMaker:
    """Claim sentences from the templates; places are pseudo-words, so most claims hold a rare word."""

    def __init__(self, rng: random.Random, n_places: int = 4000):
        self.rng = rng
        places = set()
        while len(places) < n_places:
            places.add(_word(rng, 2, 4).capitalize())
        self.places = sorted(places)

    def make(self, language: str, places: list[str] | None = None) -> str:
        r = self.rng
        pl = places or self.places
        if language == "id":
            subj = r.choice(ID_SUBJ)
            s = r.choice(ID_TEMPLATES).format(
                subj=subj, subj_l=subj[0].lower() + subj[1:] if subj != "Kami" else "kami", verb=r.choice(ID_VERB),
                verb2=r.choice(ID_PASSIVE), num=r.choice(ID_NUM), obj=r.choice(ID_OBJ), place=r.choice(pl),
                place2=r.choice(pl), time=r.choice(ID_TIME), tail=r.choice(ID_TAIL))
        else:
            subj = r.choice(EN_SUBJ)
            s = r.choice(EN_TEMPLATES).format(
                subj=subj, subj_l=subj if subj == "We" else subj[0].lower() + subj[1:], verb=r.choice(EN_VERB),
                verb_base=r.choice(EN_BASE), passive=r.choice(EN_PASSIVE), num=r.choice(EN_NUM),
                obj=r.choice(EN_OBJ), place=r.choice(pl), place2=r.choice(pl), time=r.choice(EN_TIME),
                tail=r.choice(EN_TAIL))
        return s[0].upper() + s[1:]

    def variant(self, text: str) -> str:
        """A near-duplicate as another outlet prints it: a dropped word, a cut tail, other punctuation."""
        r = self.rng
        words = text.split()
        op = r.random()
        if op < 0.3:
            return text  # a wire story republished as is
        if op < 0.55 and len(words) > 10:
            i = r.randrange(2, len(words) - 1)
            if not any(ch.isdigit() for ch in words[i]):
                del words[i]
            return " ".join(words)
        if op < 0.75 and "," in text:
            head, tail = text.rsplit(",", 1)
            return head if len(head.split()) >= 8 else head + " —" + tail
        if op < 0.9:
            return text.replace(",", "") + ("" if text.endswith("!") else "")
        return text[0].lower() + text[1:] if text[0].isupper() else text


def _zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1.0 / (i + 1) ** s for i in range(n)]


def cluster_sizes(n_claims: int, rng: random.Random) -> list[int]:
    """Sizes that sum to n_claims: one big cluster, a few large ones, tens, pairs, singletons."""
    scale = n_claims / 100_000
    sizes = [max(2, int(800 * scale))]
    sizes += [max(2, int(rng.randint(150, 300) * scale)) for _ in range(5)]
    sizes += [max(2, int(rng.randint(30, 80) * scale)) for _ in range(20)]
    sizes += [rng.randint(8, 15) for _ in range(int(200 * scale))]
    sizes += [rng.randint(3, 5) for _ in range(int(2000 * scale))]
    sizes += [2] * int(10_000 * scale)
    left = n_claims - sum(sizes)
    assert left > 0, "corpus too small for the cluster shape"
    sizes += [1] * left
    return sizes


def build(*, claims: int = 100_000, seed: int = 7, log=print) -> dict:
    """Fill the (empty or matching) database and return a summary with useful ids."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, transaction

    from claims.matching import claim_key
    from claims.matching.index import blocking_keys
    from claims.matching_index import index_rebuild_stats
    from claims.models import (
        Claim, ClaimBlockKey, ClaimCluster, IngestItem, IngestJob, MatchSuggestion, ReconciliationRun, Review,
        Speaker, SpeakerAlias,
    )
    from sources.models import Article, Outlet

    call_command("migrate", verbosity=0)
    User = get_user_model()
    if Claim.objects.count() == claims:
        log(f"reusing the database with {claims} claims")
        return summary()
    if Claim.objects.exists():
        raise SystemExit("the database holds another corpus; use another --var-dir")

    rng = random.Random(seed)
    t0 = time.perf_counter()
    maker = TextMaker(rng)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    n_articles = claims // 10

    # Outlets and speakers.
    outlets = []
    for i in range(50):
        name = f"{_word(rng, 2, 3).capitalize()} {rng.choice(['Post', 'Times', 'News', 'Pos', 'Harian', 'Kabar'])}"
        outlets.append(Outlet(id=i + 1, name=name, slug=f"outlet-{i + 1}", language="id" if i % 5 else "en",
                              country="ID", is_wire=i < 5, domains=[f"outlet{i + 1}.example"]))
    speakers, aliases, seen = [], [], set()
    while len(speakers) < 2000:
        name = f"{rng.choice(FIRST)} {_word(rng, 2, 4).capitalize()}"
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        sid = len(speakers) + 1
        speakers.append(Speaker(id=sid, name=name, kind="person", role=rng.choice(ROLES_ID)))
        aliases.append(SpeakerAlias(speaker_id=sid, alias=name, normalised=name.lower()))
    speaker_weights = _zipf_weights(len(speakers), 0.9)

    # Clusters: a base text per cluster, members spread over days after its start.
    sizes = cluster_sizes(claims, rng)
    rng.shuffle(sizes)
    rows = []  # (day float, cluster index, text, language, speaker id)
    for ci, size in enumerate(sizes):
        language = "id" if rng.random() < 0.6 else "en"
        base = maker.make(language)
        sid = rng.choices(range(1, len(speakers) + 1), weights=speaker_weights)[0]
        start = rng.uniform(0, 365)
        spread = 2 + (size ** 0.5) * 2
        for m in range(size):
            day = min(start + (0 if m == 0 else rng.expovariate(1 / spread)), 365.99)
            text = base if m == 0 else maker.variant(base)
            member_sid = sid if rng.random() < 0.9 else rng.randint(1, len(speakers))
            rows.append((day, ci, text, language, member_sid))
    rows.sort(key=lambda r: r[0])
    log(f"generated {len(rows)} claim texts in {len(sizes)} clusters ({time.perf_counter() - t0:.1f} s)")

    # Articles: ~10 claims each, in time order, so a day's claims fill that day's articles.
    articles, wires, claim_objs = [], [], []
    name_of = {s.id: s.name for s in speakers}
    per_article = 10
    cluster_first: dict[int, tuple] = {}
    cluster_members: dict[int, list] = {}
    claim_id = 0
    for a in range(n_articles):
        chunk = rows[a * per_article:(a + 1) * per_article] if a < n_articles - 1 else rows[a * per_article:]
        if not chunk:
            break
        aid = a + 1
        language = rng.choice([r[3] for r in chunk])
        published = now - timedelta(days=365 - chunk[0][0], minutes=rng.randint(0, 600))
        outlet = rng.randint(6, 50) if rng.random() < 0.9 else rng.randint(1, 5)
        fill = FILLER_ID if language == "id" else FILLER_EN
        title = maker.make(language)[:90]
        parts, offset, spans = [title + "\n\n"], len(title) + 2, []
        for day, ci, text, clang, sid in chunk:
            mention = name_of[sid]
            cue = rng.choice(CUES_ID if clang == "id" else CUES_EN)
            direct = rng.random() < 0.6
            lead = f'{mention} {cue}, "' if direct else f"{mention} {cue} bahwa " if clang == "id" else f"{mention} {cue} that "
            start = offset + len(lead)
            spans.append((start, text, clang, sid, mention, cue, direct, ci))
            piece = lead + text + ('."' if direct else ".") + " " + rng.choice(fill) + "\n\n"
            parts.append(piece)
            offset += len(piece)
        body = "".join(parts)
        articles.append(Article(
            id=aid, outlet_id=outlet, url=f"https://outlet{outlet}.example/{aid}", source_name=f"bench-{aid}",
            title=title, author=rng.choice(FIRST), published_at=published, language=language, body=body,
            raw=body.encode(), raw_encoding="utf-8", content_hash=hashlib.sha256(body.encode()).hexdigest(),
            extractor_version="bench"))
        if outlet > 5 and rng.random() < 0.1:
            wires.append(Article.wire_sources.through(article_id=aid, outlet_id=rng.randint(1, 5)))
        for start, text, clang, sid, mention, cue, direct, ci in spans:
            assert body[start:start + len(text)] == text
            claim_id += 1
            claim_objs.append((claim_id, aid, start, text, clang, sid, mention, cue, direct, ci, published, outlet))
            cluster_members.setdefault(ci, []).append(claim_id)
            if ci not in cluster_first:
                cluster_first[ci] = (claim_id, published)
    log(f"laid out {len(articles)} articles ({time.perf_counter() - t0:.1f} s)")

    # Match keys (the costly part: claims.matching.claim_key per claim).
    keys = []
    for cid, aid, start, text, clang, sid, *_ in claim_objs:
        keys.append(claim_key(text, language=clang, speaker=name_of[sid]))
    log(f"built {len(keys)} match keys ({time.perf_counter() - t0:.1f} s)")

    # Cluster rows with the counts the inbox sorts by.
    cluster_pk = {ci: ci + 1 for ci in range(len(sizes))}
    by_id = {c[0]: c for c in claim_objs}
    big_ci = sorted(range(len(sizes)), key=lambda ci: -sizes[ci])
    reviewed = big_ci[:600]
    published_set = set(reviewed[:400])
    cluster_rows = []
    for ci in range(len(sizes)):
        members = cluster_members.get(ci, [])
        if not members:
            continue
        outl = {by_id[m][11] for m in members}
        langs = {by_id[m][4] for m in members}
        status = "checked" if ci in published_set else "in_review" if ci in reviewed else "new"
        cluster_rows.append(ClaimCluster(
            id=cluster_pk[ci], representative_id=cluster_first[ci][0], first_seen_at=cluster_first[ci][1],
            claim_count=len(members), outlet_count=len(outl), origin_count=len(outl), language_count=len(langs),
            status=status, previously_checked=ci in published_set and rng.random() < 0.3))

    user = User.objects.filter(username="bench").first()
    with transaction.atomic():
        if user is None:
            user = User.objects.create_superuser("bench", "bench@example.com", "bench-password-1")
        Outlet.objects.bulk_create(outlets)
        Speaker.objects.bulk_create(speakers, batch_size=1000)
        SpeakerAlias.objects.bulk_create(aliases, batch_size=1000)
        Article.objects.bulk_create(articles, batch_size=500)
        Article.wire_sources.through.objects.bulk_create(wires, batch_size=1000)
        ClaimCluster.objects.bulk_create(cluster_rows, batch_size=2000)
        batch = []
        for (cid, aid, start, text, clang, sid, mention, cue, direct, ci, published, _o), key in zip(claim_objs, keys):
            first = cluster_first[ci][0] == cid
            batch.append(Claim(
                id=cid, article_id=aid, speaker_id=sid, speaker_mention=mention, text=text,
                normalised_text=key.text, kind="direct" if direct else "indirect", cue=cue,
                stance="deny" if cue in ("membantah", "denied") else "assert", start=start, end=start + len(text),
                language=clang, cluster_id=cluster_pk[ci], match_score=None if first else 90.0,
                match_explanation={} if first else {"joined": "wording"}, match_key=key.to_dict(), seen_at=published))
            if len(batch) == 5000:
                Claim.objects.bulk_create(batch)
                batch = []
        Claim.objects.bulk_create(batch)
        log(f"stored claims ({time.perf_counter() - t0:.1f} s)")
        # The candidate index: the rows index_add writes, in bulk.
        table = ClaimBlockKey._meta.db_table
        with connection.cursor() as cur:
            cur.executemany(
                f'INSERT INTO "{table}" ("key", "claim_id") VALUES (%s, %s)',
                ((k, c[0]) for c, key in zip(claim_objs, keys) for k in blocking_keys(key)))
        log(f"stored the candidate index ({time.perf_counter() - t0:.1f} s)")
        # Reviews on the larger clusters, open suggestions, runs, jobs.
        reviews = []
        for i, ci in enumerate(reviewed):
            pub = ci in published_set
            reviews.append(Review(
                cluster_id=cluster_pk[ci], verdict=rng.choice(["true", "false", "misleading", "half_true"]),
                summary="Ringkasan pemeriksaan fakta. " * 5, evidence_links=["https://example.org/evidence"],
                reviewer=user, status="published" if pub else "draft",
                published_at=now - timedelta(days=rng.randint(0, 200)) if pub else None))
        Review.objects.bulk_create(reviews)
        sugg, seen_pairs = [], set()
        targets = [cluster_pk[big_ci[0]]] * 25 + [cluster_pk[ci] for ci in rng.sample(big_ci[:5000], 3000)]
        for cl in targets:
            cid = rng.randint(1, claim_id)
            if (cid, cl) in seen_pairs:
                continue
            seen_pairs.add((cid, cl))
            sugg.append(MatchSuggestion(claim_id=cid, cluster_id=cl, score=rng.uniform(62, 79),
                                        explanation={"ratio": 70}))
        MatchSuggestion.objects.bulk_create(sugg, batch_size=1000)
        ReconciliationRun.objects.bulk_create([
            ReconciliationRun(status="succeeded", finished_at=now - timedelta(days=d), duration_seconds=400.0,
                              counts={"claims": claims, "clusters": len(cluster_rows), "merged": 12})
            for d in range(40)])
        for j in range(5):
            job = IngestJob.objects.create(created_by=user, status="done", finished_at=now)
            IngestItem.objects.bulk_create([
                IngestItem(job=job, name=f"item-{j}-{k}.txt", payload=b"x" * 2000, status="ok", article_id=k + 1,
                           statement_count=10) for k in range(20)])
    index_rebuild_stats()
    # A review with a few history records, as edits leave them.
    rev = Review.objects.filter(status="published").order_by("pk").first()
    for k in range(3):
        rev.summary = f"Revisi {k}: " + rev.summary
        rev.save()
    log(f"built the database in {time.perf_counter() - t0:.1f} s")
    return summary()


def summary() -> dict:
    from django.db.models import Count

    from claims.models import Claim, ClaimBlockKey, ClaimCluster, Review, Speaker
    from sources.models import Article

    big = ClaimCluster.objects.order_by("-claim_count", "pk").first()
    small = ClaimCluster.objects.filter(claim_count=3).order_by("pk").first()
    busiest_speaker = (Speaker.objects.annotate(n=Count("claims")).order_by("-n").values_list("pk", "n").first())
    return {
        "claims": Claim.objects.count(),
        "clusters": ClaimCluster.objects.count(),
        "articles": Article.objects.count(),
        "speakers": Speaker.objects.count(),
        "block_keys": ClaimBlockKey.objects.count(),
        "big_cluster": (big.pk, big.claim_count),
        "small_cluster": (small.pk, small.claim_count),
        "review": Review.objects.filter(status="published").order_by("pk").values_list("pk", flat=True).first(),
        "busiest_speaker": busiest_speaker,
        "quiet_speaker": Speaker.objects.annotate(n=Count("claims")).filter(n__gte=5).order_by("n", "pk")
        .values_list("pk", "n").first(),
        "article": Article.objects.order_by("-pk").values_list("pk", flat=True).first(),
    }


if __name__ == "__main__":
    import argparse
    import tempfile

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--var-dir", default=str(Path(tempfile.gettempdir()) / "kutip-bench-100k"))
    p.add_argument("--claims", type=int, default=100_000)
    a = p.parse_args()
    setup_django(a.var_dir)
    print(build(claims=a.claims))
