"""Runs one scenario through CPython's socket module and prints its result.

  python3 driver.py pair <scenario.py> [role]   a program: run(h) (or server(h)/client(h))
  python3 driver.py data                         cases as JSON on stdin (see lib/data.mjs)

The last line of stdout is '@@RESULT@@ ' + JSON:
  {"steps": [[label, value]...], "skip": reason|null, "crash": text|null,
   "leaks": [fd...], "python": "3.11.7"}
"""
import importlib.util
import json
import os
import platform
import socket
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import Harness, Skip, format_crash  # noqa: E402


def open_fds():
    """fd -> what it points at (the twin of driver.mjs's check: sockets and files only)."""
    out = {}
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return out
    for n in names:
        try:
            out[int(n)] = os.readlink(f"/proc/self/fd/{n}")
        except OSError:
            pass
    return out


def leaked(before, after):
    return [f"{fd} ({t})" for fd, t in sorted(after.items())
            if before.get(fd) != t and (t.startswith("socket:") or (t.startswith("/") and t != "/dev/null"))]


def decode_arg(a):
    """The argument encoding of data scenarios (lib/data.mjs documents it)."""
    if isinstance(a, list):
        return tuple(decode_arg(x) for x in a)
    if not isinstance(a, dict):
        return a
    if "const" in a:
        return getattr(socket, a["const"])
    if "bytes" in a:
        return bytes.fromhex(a["bytes"])
    if "bytearray" in a:
        return bytearray.fromhex(a["bytearray"])
    if "int" in a:
        return int(a["int"])
    if "float" in a:
        return float(a["float"])
    if "list" in a:
        return [decode_arg(x) for x in a["list"]]
    if "str" in a:
        return a["str"].encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
    raise ValueError(f"unknown argument encoding {a!r}")


def run_data(h, cases):
    for case in cases:
        fn = getattr(socket, case["call"])
        args = [decode_arg(a) for a in case.get("args", [])]
        kwargs = {k: decode_arg(v) for k, v in case.get("kwargs", {}).items()}
        h.step(case["label"], lambda: fn(*args, **kwargs))


def run_pair(h, path, role):
    spec = importlib.util.spec_from_file_location("scenario", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fn = getattr(mod, role or "run")
    if os.environ.get("SOCKCONF_INTEROP") == "1":
        await_peer(h)
    fn(h)


def await_peer(h):
    """One side of an interop pairing (lib/pool.mjs): say the scenario is
    loaded, then wait for the runner's line: null lets a server start,
    anything else is a client's peer."""
    print("@@LOADED@@", flush=True)
    line = sys.stdin.readline()
    if not line:
        raise RuntimeError("released before it ran: the other side of the pairing did not start")
    value = json.loads(line)
    if value is not None:
        h.peer = value


def main():
    kind = sys.argv[1]
    role = sys.argv[3] if len(sys.argv) > 3 else None
    peer = json.loads(os.environ["SOCKCONF_PEER"]) if os.environ.get("SOCKCONF_PEER") else None
    before = open_fds()
    h = Harness(role, peer)
    out = {"steps": h.steps, "skip": None, "crash": None, "python": platform.python_version()}
    try:
        if kind == "data":
            run_data(h, json.load(sys.stdin)["cases"])
        else:
            run_pair(h, sys.argv[2], role)
    except Skip as s:
        out["skip"] = str(s)
    except BaseException as e:  # noqa: BLE001 - reported as a crash
        out["crash"] = format_crash(e)
    finally:
        h.cleanup()
    out["leaks"] = leaked(before, open_fds())
    sys.stdout.flush()
    print("@@RESULT@@ " + json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
