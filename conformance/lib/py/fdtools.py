"""The Python twin of lib/node/fd.mjs."""
import fcntl
import os


def is_nonblocking(fd):
    return bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_NONBLOCK)


def is_inheritable(fd):
    return os.get_inheritable(fd)
