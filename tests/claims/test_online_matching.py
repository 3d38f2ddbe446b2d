"""Claims repeated across outlets land in one cluster as they are ingested."""

import pytest

from claims.models import Claim, ClaimCluster, MatchSuggestion
from claims.pipeline import ingest

pytestmark = pytest.mark.django_db


def article(outlet: str, statement: str, extra: str = "") -> bytes:
    return (
        f"Pemerintah Tambah Anggaran Subsidi\n\n{outlet} - {extra}Menteri Keuangan Sri Mulyani mengatakan, "
        f"{statement}\n\nRapat pembahasan anggaran dijadwalkan berlangsung pekan depan di gedung parlemen.\n"
    ).encode()


CLAIM = "pemerintah akan menambah anggaran subsidi pupuk sebesar Rp 14 triliun pada tahun depan."


def test_the_same_claim_in_two_outlets_joins_one_cluster_with_an_explanation():
    first = ingest(article("Kompas.com", CLAIM), source_name="a")
    second = ingest(article("Tempo.co", CLAIM, extra="Dalam konferensi pers, "), source_name="b")
    a = first.article.claims.get(text__contains="subsidi pupuk")
    b = second.article.claims.get(text__contains="subsidi pupuk")
    assert a.cluster_id == b.cluster_id
    assert b.match_score >= 80 and b.match_explanation["decision"] == "match"
    cluster = ClaimCluster.objects.get(pk=a.cluster_id)
    assert cluster.claim_count == 2 and cluster.outlet_count == 2


def test_a_claim_that_differs_in_a_number_is_never_joined_automatically():
    ingest(article("Kompas.com", CLAIM), source_name="a")
    other = ingest(article("Tempo.co", CLAIM.replace("14 triliun", "41 triliun")), source_name="b")
    a, b = Claim.objects.filter(text__contains="subsidi pupuk").order_by("pk")
    assert a.cluster_id != b.cluster_id
    suggestion = MatchSuggestion.objects.get(claim=b)
    assert suggestion.cluster_id == a.cluster_id
    assert other.ok


def test_an_unrelated_claim_starts_its_own_cluster():
    ingest(article("Kompas.com", CLAIM), source_name="a")
    ingest(article("Tempo.co", "harga beras di pasar induk turun tiga persen dalam sepekan."), source_name="b")
    a, b = Claim.objects.order_by("pk")
    assert a.cluster_id != b.cluster_id
    assert not MatchSuggestion.objects.exists()
