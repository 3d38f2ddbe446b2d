"""Migration 0013 brings match keys stored before it in line with claim_key's reading of denials
(stance "deny" is a negation), of 12-hour and wire clock times, of ranges and of the figure a
count moved from."""

import pytest
from django.utils import timezone
from claims.matching import claim_key
from tests.factories import ArticleFactory

from .migration_steps import migrate, migrate_to_latest, model_at

BEFORE = ("claims", "0012_claim_cluster_speaker_idx")
AFTER = ("claims", "0013_reread_denials_times_and_ranges")


def _claim_then(text: str, language: str, **fields):
    """A claim stored with the model of BEFORE."""
    return model_at(BEFORE, "Claim").objects.create(
        article_id=ArticleFactory().pk, text=text, normalised_text=text.lower(), start=0, end=len(text),
        kind="indirect", language=language, seen_at=timezone.now(), cluster_id=model_at(BEFORE, "ClaimCluster").objects.create().pk,
        **fields)


@pytest.mark.django_db(transaction=True)
def test_the_migration_negates_stored_denials_and_empties_keys_it_would_read_otherwise():
    try:
        migrate(BEFORE)
        stored_before = {  # as the code before stored them: the denial not negated
            "denied": ("adanya kebocoran dari sistem BPS", "id", "deny"),
            "time": ("erupted at 10:47 pm (1447 GMT)", "en", "assert"),
            "range": ("tumbuh 4,7-5,5 persen", "id", "assert"),
            "previous": ("189 people rescued, up from 182", "en", "assert"),
            "plain": ("harga beras naik 5 persen", "id", "assert"),
            "negated denial": ("Korea Utara tidak mengirim peluru", "id", "deny"),
        }
        claims = {}
        for name, (text, language, stance) in stored_before.items():
            key = claim_key(text, language=language).to_dict()
            claims[name] = _claim_then(text, language, stance=stance, match_key=key)
        migrate(AFTER)
        Claim = model_at(AFTER, "Claim")
        after = {name: Claim.objects.get(pk=c.pk).match_key for name, c in claims.items()}
        denied = claim_key("adanya kebocoran dari sistem BPS", language="id", stance="deny").to_dict()
        assert after["denied"] == denied and after["denied"]["negated"]
        assert after["time"] == after["range"] == after["previous"] == {}
        assert after["plain"] == claim_key("harga beras naik 5 persen", language="id").to_dict()
        assert after["negated denial"]["negated_words"] == ["mengirim"]  # the text's own reading
    finally:
        migrate_to_latest()


def _rereads(before, after, emptied: list[str], kept: list[str]) -> None:
    """Indonesian claims stored at `before` with the keys of today's claim_key; after `after`,
    the keys of `emptied` are empty and those of `kept` as they were."""
    try:
        migrate(before)
        Claim = model_at(before, "Claim")
        rows = {}
        for text in emptied + kept:
            rows[text] = Claim.objects.create(
                article_id=ArticleFactory().pk, text=text, normalised_text=text.lower(), start=0, end=len(text),
                kind="indirect", language="id", seen_at=timezone.now(),
                cluster_id=model_at(before, "ClaimCluster").objects.create().pk,
                match_key=claim_key(text, language="id").to_dict())
        migrate(after)
        Claim = model_at(after, "Claim")
        for text in emptied:
            assert Claim.objects.get(pk=rows[text].pk).match_key == {}, text
        for text in kept:
            assert Claim.objects.get(pk=rows[text].pk).match_key == claim_key(text, language="id").to_dict(), text
    finally:
        migrate_to_latest()


@pytest.mark.django_db(transaction=True)
def test_the_next_migration_empties_keys_that_write_sunday_before_a_time_or_a_set_phrase():
    _rereads(AFTER, ("claims", "0014_reread_sunday_and_set_phrases"),
             emptied=["hingga Minggu pukul 12.00 Wita, 4.870 warga mengungsi", "passengers could rebook at no extra cost",
                      "inflasi 2,5% tahun ini"],
             kept=["dua minggu ke depan stok cukup"])


@pytest.mark.django_db(transaction=True)
def test_migration_0015_empties_keys_that_write_a_numbered_thing_or_a_code_in_capitals():
    _rereads(("claims", "0014_reread_sunday_and_set_phrases"), ("claims", "0015_reread_identifiers"),
             emptied=["tidak ada api di pesawat GA 617", "KRL nomor 351 menabrak kereta barang",
                      "pegawai bekerja dari rumah (work from home/WFH) mulai Senin"],
             kept=["23 penumpang luka-luka"])


@pytest.mark.django_db(transaction=True)
def test_migration_0016_empties_keys_that_write_a_phrase_that_negates_or_does_not():
    _rereads(("claims", "0015_reread_identifiers"), ("claims", "0016_reread_negating_phrases"),
             emptied=["600,000 teachers have yet to be accommodated", "menggerus penerimaan negara bukan pajak",
                      "Belum lagi gaji guru di bawah UMR", "tidak hanya guru honorer"],
             kept=["guru honorer belum diangkat"])


@pytest.mark.django_db(transaction=True)
def test_migration_0017_empties_keys_with_a_numbering_or_a_currency_range():
    _rereads(("claims", "0016_reread_negating_phrases"), ("claims", "0017_reread_numberings_and_currency_ranges"),
             emptied=["sesuai Regulation No. 89 of 2015", "dijual Rp17.000 hingga Rp18.000 per liter",
                      "between Rp 17,000 and Rp 18,000"],
             kept=["there is no evidence", "harga Rp 15.700 per liter"])


@pytest.mark.django_db(transaction=True)
def test_migration_0018_empties_keys_that_write_a_law_by_its_abbreviation_or_a_figure_moved_from():
    _rereads(("claims", "0017_reread_numberings_and_currency_ranges"), ("claims", "0018_reread_laws_and_moved_figures"),
             emptied=["dijerat Pasal 114 UU Nomor 35 Tahun 2009", "sesuai Perpres Nomor 5",
                      "jumlah korban bertambah menjadi 17 anak dari sebelumnya 11"],
             kept=["dijerat Pasal 114 Undang-Undang Nomor 35 Tahun 2009", "uu adalah singkatan",
                   "bertambah dari 7 menjadi 12 orang"])


@pytest.mark.django_db(transaction=True)
def test_migration_0019_empties_keys_with_a_set_phrase_that_negates_nothing():
    _rereads(("claims", "0018_reread_laws_and_moved_figures"),
             ("claims", "0019_reread_set_phrases_unexpected_and_no_point"),
             emptied=["Rp 9,6 miliar dari pos belanja tidak terduga", "tidak sedikit warga mengungsi",
                      "there is no point in a 45-minute ride"],
             kept=["warga tidak terdampak banjir"])


@pytest.mark.django_db(transaction=True)
def test_migration_0020_empties_keys_with_a_figure_moved_from_previously_or_converted():
    _rereads(("claims", "0019_reread_set_phrases_unexpected_and_no_point"),
             ("claims", "0020_reread_moved_figures_and_conversions"),
             emptied=["korban jiwa bertambah dari sebelumnya delapan orang", "naik dari semula 5 persen",
                      "would rise to Rp 6,085,128 (US$383) per month", "naik 6,2 persen hingga Rp 6.085.128",
                      "magnitudo semula 6,2"],
             kept=["bertambah dari 7 menjadi 12 orang", "sebelumnya delapan orang"])


@pytest.mark.django_db(transaction=True)
def test_migration_0021_empties_keys_read_otherwise_verdicts_lists_clause_numbers_durations():
    _rereads(("claims", "0020_reread_moved_figures_and_conversions"),
             ("claims", "0021_reread_verdicts_lists_and_durations"),
             emptied=["polisi menyita 3.200 lembar uang palsu", "kabar itu palsu", "senilai Rp320 juta, satu unit printer",
                      "dijerat Pasal 36 ayat (1)", "drivers were unable to scan", "ancaman hukuman delapan tahun"],
             kept=["uang itu disita polisi"])
