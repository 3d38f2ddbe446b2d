import json

from sources.parsing.gazetteer import DEFAULT_PATH, OutletGazetteer


def test_the_default_gazetteer_loads_the_repository_file():
    gazetteer = OutletGazetteer.default()
    assert gazetteer is OutletGazetteer.default()
    assert len(gazetteer.outlets) == len(json.loads(DEFAULT_PATH.read_text(encoding="utf-8")))


def test_it_finds_outlets_by_name_alias_slug_and_domain():
    gazetteer = OutletGazetteer.default()
    assert gazetteer.find("detikcom").name == "detikNews"
    assert gazetteer.find("KONTAN.CO.ID").name == "Kontan"
    assert gazetteer.find("https://news.detik.com/internasional/d-123").name == "detikNews"
    assert gazetteer.find("www.reuters.com").name == "Reuters"
    assert gazetteer.find("jakarta-post").name == "The Jakarta Post"
    assert gazetteer.find("Harian Tak Dikenal") is None
    assert gazetteer.find("") is None


def test_wires_are_the_news_agencies():
    names = {outlet.name for outlet in OutletGazetteer.default().wires}
    assert {"Reuters", "AP", "AFP", "Yonhap", "KCNA", "TASS", "RIA Novosti", "Antara"} <= names
    assert "detikNews" not in names and "BBC" not in names


def test_every_entry_has_the_documented_fields():
    for row in json.loads(DEFAULT_PATH.read_text(encoding="utf-8")):
        assert set(row) == {"name", "slug", "aliases", "domains", "language", "country", "is_wire"}


def test_it_loads_a_custom_file(tmp_path):
    path = tmp_path / "outlets.json"
    path.write_text(json.dumps([{"name": "Kabar Desa", "aliases": ["KabarDesa"], "domains": ["kabardesa.id"]}]))
    gazetteer = OutletGazetteer.from_file(path)
    assert gazetteer.find("kabardesa.id").name == "Kabar Desa"
    assert gazetteer.find("kabardesa").slug == "kabar-desa"
    assert gazetteer.wires == []


def test_short_capital_aliases_only_match_in_capitals():
    gazetteer = OutletGazetteer.default()
    assert [o.name for _, o, _ in gazetteer.find_in("dilaporkan AP dan ap")] == ["AP"]


def test_text_that_is_not_an_address_finds_nothing_and_raises_nothing():
    gazetteer = OutletGazetteer.default()
    for value in ("[", "]x", "kata [sumber", "//[::1", "host:99999999"):
        assert gazetteer.find(value) is None
    assert gazetteer.find("Reuters") is not None
