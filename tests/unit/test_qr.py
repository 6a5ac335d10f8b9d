"""QR codes Deck draws read back as what they say, by a real reader (zbar's zbarimg)."""
import shutil
import subprocess

import pytest

from deck.core.qr import encode


@pytest.mark.skipif(not shutil.which("zbarimg"), reason="needs zbarimg (apt: zbar-tools); CI installs it")
@pytest.mark.parametrize("text", ["http://127.0.0.1:52742/#pair=012345", "http://192.168.178.20:52742/#pair=999999",
                                  "ÇOK İYİ", "x" * 106])
def test_what_a_reader_reads_is_what_was_encoded(text, tmp_path):
    modules, scale, quiet = encode(text), 4, 4
    side = (len(modules) + 2 * quiet) * scale
    pixels = bytearray(b"\xff" * side * side)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                for y in range((r + quiet) * scale, (r + quiet + 1) * scale):
                    pixels[y * side + (c + quiet) * scale:y * side + (c + quiet + 1) * scale] = b"\x00" * scale
    image = tmp_path / "code.pgm"
    image.write_bytes(b"P5 %d %d 255\n" % (side, side) + bytes(pixels))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, timeout=30)
    assert read.stdout.decode("utf-8").rstrip("\n") == text


def test_a_text_too_long_is_refused_in_words():
    with pytest.raises(ValueError, match="too long"):
        encode("x" * 107)
