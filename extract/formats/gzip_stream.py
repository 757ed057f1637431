"""Capped, streaming gunzip: a bomb is stopped at the cap, never inflated whole."""

from __future__ import annotations

import zlib
from typing import BinaryIO

from extract.formats import Rejected

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024


def gunzip_capped(stream: BinaryIO, cap: int) -> bytes:
    """All gzip members of `stream` decompressed, at most `cap` bytes.

    Raises Rejected("decompression_bomb") as soon as the output passes the cap and
    Rejected("truncated_gzip") when the stream ends inside a member or is corrupt.
    """
    out = bytearray()
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    in_member = False
    read_in = 0
    try:
        for chunk in iter(lambda: stream.read(_CHUNK), b""):
            read_in += len(chunk)
            pending = chunk
            while pending:
                if not in_member and not pending.strip(b"\x00"):
                    pending = b""  # zero padding after the last member, as gzip(1) allows
                    break
                in_member = True
                # max_length keeps each step bounded: at most cap + 1 bytes ever exist.
                out += inflater.decompress(pending, cap + 1 - len(out))
                if len(out) > cap:
                    raise Rejected(
                        "decompression_bomb",
                        f"expands past the cap of {cap} bytes after reading {read_in} compressed bytes",
                    )
                if inflater.eof:
                    pending = inflater.unused_data
                    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    in_member = False
                else:
                    pending = inflater.unconsumed_tail
    except zlib.error as e:
        raise Rejected("truncated_gzip", f"corrupt gzip data after {read_in} compressed bytes: {e}") from None
    if in_member:
        raise Rejected("truncated_gzip", f"gzip stream ends inside a member after {read_in} compressed bytes")
    return bytes(out)
