"""Write `indexer/data/first_names.txt`, the first names that tell a person's gender, from nomquamgender's data.

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg && unzip -o -q /tmp/nqg/*.whl -d /tmp/nqg
    .venv/bin/python tools/first_names.py /tmp/nqg/nomquamgender/name_data.json

nomquamgender (MIT licence, Ian Van Buskirk, https://github.com/ianvanbuskirk/nomquamgender) gives each name the
share of women among the people it was counted for, over dozens of sources. A name is kept when it was counted at
least 5,000 times and at least 98 in 100 of them were of one gender: the article's own "Mr", "Ms" and pronouns
decide for everyone else. (Measured with `bench/attribution_diff.py`: looser cut-offs, 1,000 counts at 97 in 100
or 200 at 95, made one gold quotation wrong for about three they made right; this one, one for about six.)
"""
from __future__ import annotations

import json
import pathlib
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "indexer" / "data" / "first_names.txt"
MIN_COUNT, MIN_SHARE = 5000, 0.98
HEADER = """\
# First names and the gender they tell (m or f), one per line; written by tools/first_names.py from nomquamgender
# 0.1.4's name_data.json, whose licence follows.
#
# Copyright (c) 2022 Ian Van Buskirk
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
# rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
# permit persons to whom the Software is furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all copies or substantial portions of
# the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
# THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
# TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
"""


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = json.loads(pathlib.Path(sys.argv[1]).read_text())
    lines = []
    for name, (_, count, women, *_) in sorted(data.items()):
        if name.isalpha() and count >= MIN_COUNT and max(women, 1 - women) >= MIN_SHARE:
            lines.append(f"{name} {'f' if women >= MIN_SHARE else 'm'}\n")
    OUT.write_text(HEADER + "".join(lines))
    print(f"{len(lines)} names written to {OUT}")


if __name__ == "__main__":
    main()
