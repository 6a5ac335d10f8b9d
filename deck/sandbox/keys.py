"""The stand-in's own RSA key pair, made fresh each run: it signs the webhook deliveries the
way Kick does (PKCS#1 v1.5 over SHA-256) and publishes its public key in PEM, so Deck
verifies them exactly as it verifies Kick's."""
from __future__ import annotations

import base64
import hashlib
import secrets
import threading

from deck.net.signed_events import RSA_OID, SHA256_INFO

SMALL_PRIMES = [p for p in range(3, 2000, 2) if all(p % d for d in range(3, int(p ** 0.5) + 1, 2))]


def _probably_prime(n: int, rounds: int = 12) -> bool:
    if any(n % p == 0 for p in SMALL_PRIMES):
        return n in SMALL_PRIMES
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(rounds):
        x = pow(secrets.randbelow(n - 3) + 2, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int, e: int) -> int:
    while True:
        candidate = secrets.randbits(bits) | (3 << (bits - 2)) | 1  # top two bits set: n has all its bits
        if candidate % e != 1 and _probably_prime(candidate):
            return candidate


class KeyPair:
    _shared: "KeyPair | None" = None
    _lock = threading.Lock()

    @classmethod
    def shared(cls) -> "KeyPair":
        """One pair per process, made when first needed (making one takes a fraction of a second)."""
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def __init__(self, bits: int = 2048, e: int = 65537):
        p, q = _prime(bits // 2, e), _prime(bits // 2, e)
        self.n, self.e = p * q, e
        self.d = pow(e, -1, (p - 1) * (q - 1))
        self.size = (self.n.bit_length() + 7) // 8

    def sign(self, message: bytes) -> str:
        """The base64 PKCS#1 v1.5 SHA-256 signature of ``message``."""
        info = SHA256_INFO + hashlib.sha256(message).digest()
        padded = b"\x00\x01" + b"\xff" * (self.size - len(info) - 3) + b"\x00" + info
        return base64.b64encode(pow(int.from_bytes(padded, "big"), self.d, self.n).to_bytes(self.size, "big")).decode()

    def pem(self) -> str:
        """The public key as a PEM SubjectPublicKeyInfo, as Kick publishes its own."""
        rsa_key = _der(0x30, _integer(self.n) + _integer(self.e))
        info = _der(0x30, _der(0x30, _der(0x06, RSA_OID) + b"\x05\x00") + _der(0x03, b"\x00" + rsa_key))
        text = base64.b64encode(info).decode()
        lines = [text[i:i + 64] for i in range(0, len(text), 64)]
        return "\n".join(["-----BEGIN PUBLIC KEY-----", *lines, "-----END PUBLIC KEY-----"]) + "\n"


def _der(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


def _integer(value: int) -> bytes:
    return _der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))  # a leading 0 keeps it positive
