"""Turns Python values and exceptions into the JSON shapes both drivers emit.

The shapes (lib/node/normalise.mjs writes the same ones):
  None -> null; bool, str, float as JSON; int -> number, or {"$int": "..."}
  beyond 2**53-1; bytes-likes -> {"$bytes": hex}; tuples and lists -> arrays;
  dicts -> objects; a socket -> {"$socket": [family, type, proto]};
  an exception -> {"$error": {cls, os, errno, strerror, msg, code}}.
"""
import array
import enum
import math
import socket

SAFE = 2**53 - 1


def value(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, enum.Enum) and isinstance(v, int):
        return value(int(v))
    if isinstance(v, int):
        return v if -SAFE <= v <= SAFE else {"$int": str(v)}
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return {"$float": repr(v)}
        return v
    if isinstance(v, (bytes, bytearray)):
        return {"$bytes": bytes(v).hex()}
    if isinstance(v, (memoryview, array.array)):
        return {"$bytes": bytes(v).hex()}
    if isinstance(v, (list, tuple)):
        return [value(x) for x in v]
    if isinstance(v, dict):
        return {str(k): value(x) for k, x in sorted(v.items())}
    if isinstance(v, socket.socket):
        return {"$socket": [int(v.family), int(v.type), v.proto]}
    if isinstance(v, BaseException):
        return {"$error": error(v)}
    return {"$repr": type(v).__name__}


def error(e):
    out = {"cls": type(e).__name__, "os": isinstance(e, OSError)}
    if isinstance(e, OSError):
        out["errno"] = e.errno
        out["strerror"] = e.strerror
        if e.errno is None:
            out["msg"] = str(e.args[0]) if len(e.args) == 1 else str(e)
    else:
        out["msg"] = str(e)
    if isinstance(e, BaseExceptionGroup):
        out["errors"] = [error(x) for x in e.exceptions]
    return out
