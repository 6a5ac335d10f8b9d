"""Signed event deliveries (webhooks): the gate every delivery passes before Deck believes it.

The service signs ``"{message id}.{timestamp}.{raw body}"`` with RSA (PKCS#1 v1.5, SHA-256)
and sends the signature base64-encoded in a header; the header names are the service's own
(:class:`Headers`, given by its provider). A delivery is accepted only when the signature
verifies over the raw bytes, its timestamp is recent, its body is JSON within Deck's one depth
limit, and its message id was not seen before (deliveries can repeat). Verification needs only
the public key, so it is done here with the standard library.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional

from deck.core.jsontext import TooDeep, loads
from deck.core.words import translate

# DER prefix of a SHA-256 DigestInfo (RFC 8017, section 9.2, note 1)
SHA256_INFO = bytes.fromhex("3031300d060960864801650304020105000420")
RSA_OID = bytes.fromhex("2a864886f70d010101")
MAX_AGE = 300.0  # seconds a delivery may be old (or early, for a clock a little ahead)


class BadDelivery(ValueError):
    """Why a delivery was refused, in words; ``forged`` when its signature does not match."""

    def __init__(self, reason: str, forged: bool = False):
        super().__init__(reason)
        self.forged = forged


def _der(data: bytes, at: int) -> tuple[int, int, int]:
    """(tag, start of content, end of content) of the DER element at ``at``."""
    tag, length = data[at], data[at + 1]
    at += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[at:at + count], "big")
        at += count
    if at + length > len(data):
        raise ValueError("truncated")
    return tag, at, at + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out, at = [], start
    while at < end:
        tag, s, e = _der(data, at)
        out.append((tag, s, e))
        at = e
    return out


def public_key(pem: str) -> tuple[int, int]:
    """(modulus, exponent) of an RSA public key in PEM (SubjectPublicKeyInfo or PKCS#1)."""
    try:
        body = "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))
        der = base64.b64decode(body, validate=True)
        tag, s, e = _der(der, 0)
        parts = _children(der, s, e)
        if len(parts) == 2 and parts[0][0] == 0x30 and parts[1][0] == 0x03:  # SubjectPublicKeyInfo
            algorithm = _children(der, parts[0][1], parts[0][2])
            if der[algorithm[0][1]:algorithm[0][2]] != RSA_OID:
                raise ValueError("not an RSA key")
            inner = der[parts[1][1] + 1:parts[1][2]]  # the bit string's content, after its unused-bits byte
            tag, s, e = _der(inner, 0)
            der, parts = inner, _children(inner, s, e)
        n, exponent = (int.from_bytes(der[s:e], "big") for _, s, e in parts[:2])
    except (ValueError, IndexError, binascii.Error) as exc:
        raise BadDelivery(translate("Events", "the public key cannot be read ({why})").format(why=exc)) from None
    return n, exponent


def verify(key: tuple[int, int], message: bytes, signature: str) -> bool:
    """Whether ``signature`` (base64) is the key's PKCS#1 v1.5 SHA-256 signature of ``message``."""
    n, e = key
    size = (n.bit_length() + 7) // 8
    try:
        s = int.from_bytes(base64.b64decode(signature, validate=True), "big")
    except (ValueError, binascii.Error):
        return False
    if s >= n:
        return False
    decoded = pow(s, e, n).to_bytes(size, "big")
    info = SHA256_INFO + hashlib.sha256(message).digest()
    expected = b"\x00\x01" + b"\xff" * (size - len(info) - 3) + b"\x00" + info
    return hmac.compare_digest(decoded, expected)


@dataclass(frozen=True)
class Delivery:
    id: str
    type: str  # e.g. chat.message.sent
    version: str
    sent: str  # the delivery's timestamp (RFC 3339)
    data: Any  # the body, parsed


@dataclass(frozen=True)
class Headers:
    """Where a service puts a delivery's id, timestamp, signature, event type and version."""

    id: str
    timestamp: str
    signature: str
    type: str
    version: str


class Gate:
    """Accepts each genuine, fresh, first delivery once."""

    def __init__(self, key: tuple[int, int], names: Headers, clock: Callable[[], float] = time.time,
                 remember: int = 10_000):
        self.key, self.names, self.clock, self.remember = key, names, clock, remember
        self.seen: OrderedDict[str, None] = OrderedDict()

    def admit(self, headers: Mapping[str, str], body: bytes) -> Optional[Delivery]:
        """The delivery, or None for a duplicate (already handled); raises BadDelivery for
        one that is not genuine, not fresh or not readable."""
        get = {k.lower(): v for k, v in headers.items()}.get
        names = self.names
        message_id, stamp, signature = (get(names.id.lower()), get(names.timestamp.lower()),
                                        get(names.signature.lower()))
        if not (message_id and stamp and signature):
            raise BadDelivery(translate("Events", "a delivery without its id, timestamp or signature"))
        if not verify(self.key, f"{message_id}.{stamp}.".encode() + body, signature):
            raise BadDelivery(translate("Events", "the signature does not match"), forged=True)
        try:
            sent = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
        except ValueError:
            raise BadDelivery(translate("Events", "the timestamp {stamp} cannot be read").format(stamp=repr(stamp))) from None
        if abs(self.clock() - sent) > MAX_AGE:
            raise BadDelivery(translate("Events", "a stale delivery (sent more than 5 minutes from now): refused as a "
                                                  "possible replay"))
        if message_id in self.seen:
            return None
        try:
            data = loads(body)
        except ValueError as exc:  # not remembered: a readable copy of it may still come
            raise BadDelivery(translate("Events", "the body is not JSON ({why})").format(why=exc) if isinstance(exc, TooDeep)
                              else translate("Events", "the body is not JSON")) from None
        self.seen[message_id] = None
        if len(self.seen) > self.remember:
            self.seen.popitem(last=False)
        return Delivery(message_id, get(names.type.lower()) or "", get(names.version.lower()) or "", stamp, data)
