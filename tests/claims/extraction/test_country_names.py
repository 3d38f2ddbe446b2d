"""Speaker names that mean a body only in one country's stories (`the health ministry`)."""

import pytest

from claims.extraction import SpeakerGazetteer, article_country, extract_statements
from claims.pipeline import extract

RECORDS = [
    {"name": "Ministry of Health (Indonesia)", "kind": "organisation", "aliases": ["Kemenkes"],
     "country": "ID", "local_aliases": ["Health Ministry"]},
    {"name": "World Health Organization", "kind": "organisation", "aliases": ["WHO"]},
]


def test_a_local_name_resolves_only_in_its_country():
    gaz = SpeakerGazetteer.from_records(RECORDS)
    assert gaz.lookup("the health ministry") is None
    assert gaz.for_country("ID").lookup("the health ministry") == ("Ministry of Health (Indonesia)", "organisation")
    assert gaz.for_country("MY").lookup("the health ministry") is None
    assert gaz.for_country(None) is gaz
    assert gaz.for_country("id") is gaz.for_country("ID")  # built once


def test_a_local_name_never_overrides_a_name_known_everywhere():
    records = [*RECORDS, {"name": "Other", "kind": "organisation", "country": "ID", "local_aliases": ["WHO"]}]
    assert SpeakerGazetteer.from_records(records).for_country("ID").lookup("WHO")[0] == "World Health Organization"


@pytest.mark.parametrize(("dateline", "outlet_country", "expected"), [
    ("JAKARTA", None, "ID"),
    ("Palangka Raya", None, "ID"),
    ("Agam, West Sumatra", None, "ID"),
    ("Banda Aceh", "GB", "ID"),
    ("SEOUL", "ID", None),  # an Indonesian outlet's story from Seoul is not from Indonesia
    ("Kuala Lumpur", None, None),
    (None, "ID", "ID"),
    (None, None, None),
])
def test_the_country_comes_from_the_dateline_else_the_outlet(dateline, outlet_country, expected):
    assert article_country(dateline, outlet_country) == expected


BODY = ("A fire on a passenger ferry killed five people on Sunday, the transportation ministry said. "
        "The health ministry said 40 people were treated for burns.")


def test_an_english_story_from_indonesia_names_the_indonesian_ministries():
    found = {st.speaker for st in extract_statements(BODY, "en", country="ID")}
    assert found == {"Ministry of Transportation (Indonesia)", "Ministry of Health (Indonesia)"}


def test_the_same_words_from_elsewhere_name_no_indonesian_body():
    found = {st.speaker for st in extract_statements(BODY, "en", country="MY")}
    assert not any("Indonesia" in (s or "") for s in found)


def test_the_pipeline_reads_the_country_off_the_dateline():
    page = "Ferry fire kills five\n\nJAKARTA (Reuters) - " + BODY + "\n"
    speakers = {st.speaker for st in extract(page, filename="reuters-ferry.txt").statements}
    assert "Ministry of Health (Indonesia)" in speakers
    elsewhere = page.replace("JAKARTA", "KUALA LUMPUR")
    assert not any("Indonesia" in (st.speaker or "") for st in extract(elsewhere, filename="r.txt").statements)


def test_the_country_s_body_is_the_home_country_s():
    body = "The death toll rose to 11, the country's disaster mitigation agency said."
    assert extract_statements(body, "en", country="ID")[0].speaker == "National Disaster Management Agency (Indonesia)"
    assert "Indonesia" not in (extract_statements(body, "en")[0].speaker or "")
