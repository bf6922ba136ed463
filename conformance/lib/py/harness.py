"""The object a Python scenario's run(h) receives (lib/node/harness.mjs is its twin).

A scenario records named steps; the runner compares them, label by label,
with the Node side. Everything a scenario opens through h is closed at the end.
"""
import os
import shutil
import socket
import tempfile
import traceback

from normalise import value


class Skip(Exception):
    pass


class Harness:
    def __init__(self, role=None, peer=None):
        self.steps = []
        self.labels = set()
        self.role = role
        self.peer = peer
        self._sockets = []
        self._fds = []
        self._dirs = []

    # ---- recording ----------------------------------------------------------

    def _record(self, label, result):
        if label in self.labels:
            raise RuntimeError(f"duplicate step label {label!r}")
        self.labels.add(label)
        self.steps.append([label, result])

    def step(self, label, fn):
        """Runs fn(); records its normalised value or exception. Returns the value (None on error)."""
        print("@@AT@@ " + label, flush=True)
        try:
            v = fn()
        except Skip:
            raise
        except Exception as e:  # noqa: BLE001 - the exception is the result
            self._record(label, value(e))
            return None
        self._record(label, value(v))
        return v

    def check(self, label, v):
        """Records a value computed by the scenario."""
        self._record(label, value(v))
        return v

    def skip(self, reason):
        raise Skip(reason)

    # ---- resources ----------------------------------------------------------

    def track(self, obj):
        """Closes a socket (or a list of them) at the end."""
        if isinstance(obj, (list, tuple)):
            for o in obj:
                self.track(o)
        elif isinstance(obj, socket.socket):
            self._sockets.append(obj)
        return obj

    def track_fd(self, fd):
        self._fds.append(fd)
        return fd

    def tmpdir(self):
        d = tempfile.mkdtemp(prefix="sockconf-")
        self._dirs.append(d)
        return d

    def fd_open(self, fd):
        try:
            os.fstat(fd)
            return True
        except OSError:
            return False

    def fd_target(self, fd):
        """What fd points at ('socket:[123]'), or None when closed: survives fd-number reuse."""
        try:
            return os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            return None

    def ready(self, info):
        """Interop servers: tells the runner where the client can reach them."""
        import json
        print("@@READY@@ " + json.dumps(info), flush=True)

    def cleanup(self):
        for s in self._sockets:
            try:
                s.close()
            except OSError:
                pass
        for fd in self._fds:
            try:
                os.close(fd)
            except OSError:
                pass
        for d in self._dirs:
            shutil.rmtree(d, ignore_errors=True)


def format_crash(e):
    return "".join(traceback.format_exception(e)).strip()
