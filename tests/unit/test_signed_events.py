"""Kick's signed deliveries: the signature checked over the raw bytes with the public key
(PKCS#1 v1.5, SHA-256), a stale timestamp refused as a possible replay, a repeated message id
dropped, and anything else refused saying why. The key pair below exists only for these tests."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json

import pytest

from deck.net.signed_events import SHA256_INFO, BadDelivery, Gate, public_key, verify
from deck.providers.kick import Kick

# a key pair for these tests only: they sign with D, Deck verifies with the PEM
N = int(
    "c8af3a2e2bbd87c83abcc7495a3344cd6286528a54319185cc5b338ac7d8eda9a0b20e50a6a8afd988da7842e0b0f219285a"
    "042b3e3103350b197c85c8bc341b3c749cdfe0d9cbb2f86ebbfc6c33612dbef20b52a92473b696398370f921389b518337d2"
    "9252b8810910f2a84d2b13cadbd2c3e8805ad3724f85d743cc78ba3329ffd276df9646e1ac98e98b65bbb8da450e9ba2966b"
    "d8089f916e34cf553cdd88ec99df9cc9aea7e7afcc0080d64f89faa43e7b671c9e1a625201c02aba8acd6cd71340fe2ce0be"
    "d4a2e4d9846c7c5895774b4816810a8463147b03e745258102904594788d18d80171626494678d2fbf1ec93258beb275a279"
    "2683dc791827"
    , 16)
D = int(
    "fecd2e07d3bc8c027d0795b16f1a0bada69be55846b5467b7d8fd839f08424ee9337310970b881efe2666cfc557454b3d791"
    "d5a5881fda3788c2b5c43ae930a1da51bf2b46d1deb2a2806c90b9e45b12266852a948a25848e7c2a82aaaeb033944ecd5fd"
    "7c063c9f22b27f8de21e00e5c13545eae4210b57358d127f5b4f0167a05f20b312a55c5d5bd6aa28a18f5db6dcf01f3fbc3e"
    "9e36f366c11347003ec7f42c73bd0182292407571757e72a4bfe9e1c782ee0ecb55107f107d45a8b35d9fd05a4e670e41a84"
    "7e41769a2db5cc80e73fb89e15aaf3f62f0b439eb8a715072beff0b005123ef305a6ae11768a9a218cc70c1b47d32282b5d3"
    "78737fbf55"
    , 16)
PEM = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyK86Liu9h8g6vMdJWjNE
zWKGUopUMZGFzFszisfY7amgsg5Qpqiv2YjaeELgsPIZKFoEKz4xAzULGXyFyLw0
Gzx0nN/g2cuy+G67/GwzYS2+8gtSqSRztpY5g3D5ITibUYM30pJSuIEJEPKoTSsT
ytvSw+iAWtNyT4XXQ8x4ujMp/9J235ZG4ayY6Ytlu7jaRQ6bopZr2AifkW40z1U8
3Yjsmd+cya6n56/MAIDWT4n6pD57ZxyeGmJSAcAquorNbNcTQP4s4L7UouTZhGx8
WJV3S0gWgQqEYxR7A+dFJYECkEWUeI0Y2AFxYmSUZ40vvx7JMli+snWieSaD3HkY
JwIDAQAB
-----END PUBLIC KEY-----
"""

NOW = dt.datetime(2025, 12, 1, tzinfo=dt.timezone.utc).timestamp()


def sign(message: bytes) -> str:
    size = (N.bit_length() + 7) // 8
    info = SHA256_INFO + hashlib.sha256(message).digest()
    em = b"\x00\x01" + b"\xff" * (size - len(info) - 3) + b"\x00" + info
    return base64.b64encode(pow(int.from_bytes(em, "big"), D, N).to_bytes(size, "big")).decode()


def delivery(message_id="01KEWZ2RKYZZFGD154K50Y3F8D", stamp="2025-12-01T00:00:10Z", body=None, signature=None,
             raw=None):
    raw = raw if raw is not None else json.dumps(body or {"follower": {"username": "ada"}}).encode()
    headers = {"Kick-Event-Message-Id": message_id, "Kick-Event-Message-Timestamp": stamp,
               "Kick-Event-Type": "channel.followed", "Kick-Event-Version": "1",
               "Kick-Event-Signature": signature or sign(f"{message_id}.{stamp}.".encode() + raw)}
    return headers, raw


@pytest.fixture
def gate():
    return Gate(public_key(PEM), Kick.events.headers, clock=lambda: NOW)


def test_the_public_key_is_read_from_its_pem():
    assert public_key(PEM) == (N, 65537)
    with pytest.raises(BadDelivery, match="cannot be read"):
        public_key("-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----")


def test_a_genuine_delivery_is_admitted_once(gate):
    headers, raw = delivery()
    first = gate.admit(headers, raw)
    assert (first.type, first.version, first.data) == ("channel.followed", "1", {"follower": {"username": "ada"}})
    assert gate.admit(headers, raw) is None  # the same message again: dropped


def test_a_changed_body_or_a_foreign_signature_is_refused(gate):
    headers, raw = delivery()
    with pytest.raises(BadDelivery, match="signature does not match"):
        gate.admit(headers, raw.replace(b"ada", b"eve"))
    other_headers, _ = delivery(message_id="01KEWZ2YC27070XWMHKFJR6C87")
    with pytest.raises(BadDelivery, match="signature does not match"):
        gate.admit({**headers, "Kick-Event-Signature": other_headers["Kick-Event-Signature"]}, raw)
    with pytest.raises(BadDelivery, match="signature does not match"):
        gate.admit({**headers, "Kick-Event-Signature": "bm90IGEgc2lnbmF0dXJl"}, raw)


def test_a_stale_delivery_is_refused_as_a_replay(gate):
    headers, raw = delivery(stamp="2025-11-30T23:50:00Z")  # ten minutes old, genuinely signed
    with pytest.raises(BadDelivery, match="stale delivery"):
        gate.admit(headers, raw)


def test_missing_headers_are_refused(gate):
    headers, raw = delivery()
    del headers["Kick-Event-Signature"]
    with pytest.raises(BadDelivery, match="without its id, timestamp or signature"):
        gate.admit(headers, raw)


def test_the_same_as_a_standard_library_would_verify():
    crypto = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.padding")
    from cryptography.hazmat.primitives import hashes, serialization

    loaded = serialization.load_pem_public_key(PEM.encode())
    message = b"01KEWZ2RKYZZFGD154K50Y3F8D.2025-12-01T00:00:10Z.{}"
    loaded.verify(base64.b64decode(sign(message)), message, crypto.PKCS1v15(), hashes.SHA256())  # raises if wrong
    assert verify(public_key(PEM), message, sign(message))


def test_a_deeply_nested_body_is_refused_and_its_id_stays_unseen(gate):
    """Correctly signed, but 100k levels deep: refused (a 400, not a 500), and the id is not
    remembered, so a readable delivery with that id is still taken."""
    headers, raw = delivery(raw=b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(BadDelivery, match="nested too deeply"):
        gate.admit(headers, raw)
    good_headers, good = delivery(body={"ok": True}, message_id=headers["Kick-Event-Message-Id"])
    assert gate.admit(good_headers, good).data == {"ok": True}
