"""§2.7 AF_BLUETOOTH addresses through CPython's getsockaddrarg: bind() on a Unix socket adopted as AF_BLUETOOTH, so a parsed address reaches the kernel, which answers EINVAL. The python3 running this file may lack AF_BLUETOOTH, so each bind runs in Debian's /usr/bin/python3 (built with it) and its result is raised here again."""
import builtins
import json
import os
import subprocess

ORACLE = "/usr/bin/python3"

CHILD = r"""
import json, socket, sys
protos = {"RFCOMM": socket.BTPROTO_RFCOMM, "L2CAP": socket.BTPROTO_L2CAP, "SCO": socket.BTPROTO_SCO, "HCI": socket.BTPROTO_HCI}
out = []
for proto, kind, addr in json.load(sys.stdin):
    if kind == "tuple":
        addr = tuple(addr)
    elif kind == "tuple-bytes":
        addr = (addr[0].encode("latin1"), *addr[1:])
    elif kind == "bytes":
        addr = addr.encode("latin1")
    u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s = socket.socket(socket.AF_BLUETOOTH, socket.SOCK_STREAM, protos[proto], fileno=u.detach())
    try:
        s.bind(addr)
        out.append(None)
    except OSError as e:
        out.append({"cls": type(e).__name__, "errno": e.errno, "strerror": e.strerror, "msg": str(e.args[0]) if e.errno is None and len(e.args) == 1 else str(e)})
    except Exception as e:
        out.append({"cls": type(e).__name__, "errno": None, "msg": str(e)})
    finally:
        s.close()
print(json.dumps(out))
"""

A = "01:23:45:67:89:AB"

# (label, protocol, kind, address): kind says how the child builds the Python value.
CASES = [
    ("RFCOMM (A, 1)", "RFCOMM", "tuple", [A, 1]),
    ("RFCOMM lower-case", "RFCOMM", "tuple", ["ab:cd:ef:01:02:03", 1]),
    ("RFCOMM 1:2:3:4:5:6", "RFCOMM", "tuple", ["1:2:3:4:5:6", 1]),
    ("RFCOMM blank before a group", "RFCOMM", "tuple", [" 1: 2:3:4:5:6", 1]),
    ("RFCOMM blank after a group", "RFCOMM", "tuple", ["1 :2:3:4:5:6", 1]),
    ("RFCOMM trailing blank", "RFCOMM", "tuple", [A + " ", 1]),
    ("RFCOMM signs and 0x", "RFCOMM", "tuple", ["+1:-0:0x2:0X:0003:ff", 1]),
    ("RFCOMM 256 in a group", "RFCOMM", "tuple", ["100:2:3:4:5:6", 1]),
    ("RFCOMM -1 in a group", "RFCOMM", "tuple", ["-1:2:3:4:5:6", 1]),
    ("RFCOMM 5 groups", "RFCOMM", "tuple", ["1:2:3:4:5", 1]),
    ("RFCOMM 7 groups", "RFCOMM", "tuple", ["1:2:3:4:5:6:7", 1]),
    ("RFCOMM dashes", "RFCOMM", "tuple", ["01-23-45-67-89-AB", 1]),
    ("RFCOMM empty", "RFCOMM", "tuple", ["", 1]),
    ("RFCOMM NUL", "RFCOMM", "tuple", [A + "\0", 1]),
    ("RFCOMM (A,)", "RFCOMM", "tuple", [A]),
    ("RFCOMM (A, 1, 2)", "RFCOMM", "tuple", [A, 1, 2]),
    ("RFCOMM channel str", "RFCOMM", "tuple", [A, "1"]),
    ("RFCOMM bytes bdaddr", "RFCOMM", "tuple-bytes", [A, 1]),
    ("L2CAP (A, 0x1001)", "L2CAP", "tuple", [A, 0x1001]),
    ("L2CAP bad bdaddr", "L2CAP", "tuple", ["nope", 0x1001]),
    ("L2CAP (A,)", "L2CAP", "tuple", [A]),
    ("L2CAP psm str", "L2CAP", "tuple", [A, "x"]),
    ("SCO str", "SCO", "str", A),
    ("SCO bytes", "SCO", "bytes", A),
    ("SCO bad", "SCO", "str", "nope"),
    ("SCO tuple", "SCO", "tuple", [A]),
    ("SCO NUL", "SCO", "str", A + "\0"),
    ("SCO bytes NUL", "SCO", "bytes", A + "\0"),
    ("HCI (0,)", "HCI", "tuple", [0]),
    ("HCI ('0',)", "HCI", "tuple", ["0"]),
]


def results():
    cases = [[proto, kind, addr] for _, proto, kind, addr in CASES]
    r = subprocess.run([ORACLE, "-c", CHILD], input=json.dumps(cases), capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    return json.loads(r.stdout)


def reraise(res):
    if res is None:
        return None
    if res["errno"] is not None:
        raise OSError(res["errno"], res["strerror"])
    if res["cls"] == "OSError":
        raise OSError(res["msg"])
    cls = getattr(builtins, res["cls"], Exception)
    if issubclass(cls, UnicodeError):
        raise ValueError(res["msg"])
    raise cls(res["msg"])


def run(h):
    if not os.path.exists(ORACLE):
        h.skip("needs Debian's /usr/bin/python3 (built with AF_BLUETOOTH)")
    got = results()
    for (label, *_), res in zip(CASES, got):
        h.step(f"bind {label}", lambda res=res: reraise(res))
