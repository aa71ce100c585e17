#!/usr/bin/env python3
"""CPU to read one list page's body with requests: `Response.content` against larger reads.

    python bench/body_read.py [--rounds N]

`Response.content` reads in 10 KiB pieces. The API client reads an answer it decodes with
urllib3's `response.raw.read()` in one piece (`api.client.read_whole`, urllib3's errors mapped to
requests' as `iter_content` does); this measures each way on a 1000-call page (~2 MB) from the
emulator, in thread CPU time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from twiliocli.api.client import read_whole  # noqa: E402
from twiliocli.emulator.config import EmulatorConfig  # noqa: E402
from twiliocli.emulator.server import start_background  # noqa: E402

READS = {
    "Response.content (10 KiB reads)": lambda response: response.content,
    "iter_content(1 MiB)": lambda response: b"".join(response.iter_content(1 << 20)),
    "read_whole (the client's way)": read_whole,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30, help="pages read each way")
    args = parser.parse_args()
    emulator = start_background(EmulatorConfig(calls=1000))
    try:
        session = requests.Session()
        session.auth = (emulator.account_sid, emulator.auth_token)
        url = f"{emulator.url}/2010-04-01/Accounts/{emulator.account_sid}/Calls.json?PageSize=1000"
        size = len(session.get(url, timeout=30).content)
        for name, read in READS.items():
            cpu = 0.0
            for _ in range(args.rounds):
                response = session.get(url, stream=True, timeout=30)
                start = time.thread_time()
                read(response)
                cpu += time.thread_time() - start
            print(f"{name}: {cpu / args.rounds * 1000:.2f} ms CPU per {size / 1e6:.1f} MB page")
    finally:
        emulator.stop()


if __name__ == "__main__":
    main()
