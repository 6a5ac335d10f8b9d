"""QR codes (ISO/IEC 18004) for the short texts Deck shows a phone: the phone deck's address with
its pairing code. Byte mode, error correction level L, versions 1 to 5 (up to 106 bytes: one
Reed-Solomon block each), the mask with the lowest penalty. Returns the modules as rows of
booleans (True is dark), without the quiet zone."""
from __future__ import annotations

# version -> (data codewords, error-correction codewords) at level L, one block each
CAPACITY = {1: (19, 7), 2: (34, 10), 3: (55, 15), 4: (80, 20), 5: (108, 26)}
FORMAT_L = 0b01  # level L's two bits in the format information


def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log = [0] * 512, [0] * 256
    x = 1
    for i in range(255):
        exp[i], log[x] = x, i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


EXP, LOG = _gf_tables()


def _multiply(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else EXP[LOG[a] + LOG[b]]


def _ec(data: list[int], count: int) -> list[int]:
    """Reed-Solomon error-correction codewords: the remainder of data * x^count by the generator."""
    generator = [1]
    for i in range(count):
        generator = [a ^ _multiply(b, EXP[i]) for a, b in zip(generator + [0], [0] + generator)]
    remainder = list(data) + [0] * count
    for i in range(len(data)):
        factor = remainder[i]
        if factor:
            for j, g in enumerate(generator):
                remainder[i + j] ^= _multiply(g, factor)
    return remainder[len(data):]


def _codewords(text: bytes, version: int) -> list[int]:
    data_count, ec_count = CAPACITY[version]
    bits = "0100" + f"{len(text):08b}" + "".join(f"{b:08b}" for b in text)
    bits += "0" * min(4, data_count * 8 - len(bits))
    bits += "0" * (-len(bits) % 8)
    data = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    pad = (0xEC, 0x11)
    data += [pad[i % 2] for i in range(data_count - len(data))]
    return data + _ec(data, ec_count)


def _format_bits(mask: int) -> int:
    """The level and mask, with their BCH(15,5) check bits, masked as the standard says."""
    value = (FORMAT_L << 3) | mask
    remainder = value
    for _ in range(10):
        remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
    return ((value << 10) | remainder) ^ 0x5412


MASKS = (lambda r, c: (r + c) % 2 == 0, lambda r, c: r % 2 == 0, lambda r, c: c % 3 == 0,
         lambda r, c: (r + c) % 3 == 0, lambda r, c: (r // 2 + c // 3) % 2 == 0,
         lambda r, c: (r * c) % 2 + (r * c) % 3 == 0, lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
         lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0)


def _penalty(m: list[list[bool]]) -> int:
    n, score = len(m), 0
    for lines in (m, [list(col) for col in zip(*m)]):
        for line in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and line[i] == line[i - 1]:
                    run += 1
                    continue
                if run >= 5:
                    score += run - 2
                run = 1
            text = "".join("1" if v else "0" for v in line)
            score += 40 * (text.count("10111010000") + text.count("00001011101"))
    for r in range(n - 1):
        for c in range(n - 1):
            if m[r][c] == m[r][c + 1] == m[r + 1][c] == m[r + 1][c + 1]:
                score += 3
    dark = sum(map(sum, m)) * 100 // (n * n)
    return score + 10 * (abs(dark - 50) // 5)


def encode(text: str) -> list[list[bool]]:
    raw = text.encode("utf-8")
    version = next((v for v, (data, _) in CAPACITY.items() if len(raw) + 2 <= data), None)
    if version is None:
        raise ValueError(f"too long for a small QR code ({len(raw)} bytes, at most 106)")
    n = 17 + 4 * version
    grid: list[list[bool]] = [[False] * n for _ in range(n)]
    fixed = [[False] * n for _ in range(n)]

    def put(r: int, c: int, dark: bool) -> None:
        grid[r][c], fixed[r][c] = dark, True

    for top, left in ((0, 0), (0, n - 7), (n - 7, 0)):  # finders, with their separators
        for r in range(-1, 8):
            for c in range(-1, 8):
                if 0 <= top + r < n and 0 <= left + c < n:
                    ring = max(abs(r - 3), abs(c - 3))
                    put(top + r, left + c, ring != 2 and ring != 4)
    for i in range(8, n - 8):  # timing
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    if version > 1:  # the one alignment pattern of versions 2 to 5
        centre = n - 7
        for r in range(-2, 3):
            for c in range(-2, 3):
                put(centre + r, centre + c, max(abs(r), abs(c)) != 1)
    for i in range(9):  # room for the format information
        for r, c in ((8, i), (i, 8)):
            if not fixed[r][c]:
                put(r, c, False)
    for i in range(8):
        put(8, n - 1 - i, False)
        put(n - 1 - i, 8, False)
    put(n - 8, 8, True)  # the dark module

    bits = "".join(f"{w:08b}" for w in _codewords(raw, version))
    index, upward = 0, True
    col = n - 1
    while col > 0:
        if col == 6:
            col -= 1
        for step in range(n):
            r = n - 1 - step if upward else step
            for c in (col, col - 1):
                if not fixed[r][c]:
                    grid[r][c] = index < len(bits) and bits[index] == "1"
                    index += 1
        upward = not upward
        col -= 2

    def masked(mask: int) -> list[list[bool]]:
        out = [[grid[r][c] ^ (not fixed[r][c] and MASKS[mask](r, c)) for c in range(n)] for r in range(n)]
        fmt = _format_bits(mask)
        bit = [bool((fmt >> i) & 1) for i in range(15)]
        for i in range(6):  # the copy around the top-left finder
            out[i][8] = bit[i]
        out[7][8], out[8][8], out[8][7] = bit[6], bit[7], bit[8]
        for i in range(9, 15):
            out[8][14 - i] = bit[i]
        for i in range(8):  # the copy split by the other two finders
            out[8][n - 1 - i] = bit[i]
        for i in range(8, 15):
            out[n - 15 + i][8] = bit[i]
        return out

    return min((masked(m) for m in range(8)), key=_penalty)
