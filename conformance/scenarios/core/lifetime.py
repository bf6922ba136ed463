"""§7.8 ResourceWarning for an unclosed socket (t:1809) and §7.9 the context manager (t:6407)."""
import gc
import socket
import warnings


def run(h):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        h.check("inside with: open", s.fileno() >= 0)
    h.check("after with: closed", s.fileno())
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s2:
        s2.close()
    h.check("explicit close inside with, then exit", s2.fileno())

    def boom():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s3:
            h.check("before the exception: open", s3.fileno() >= 0)
            raise KeyError("boom")
    h.step("an exception leaves the with block", boom)

    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        s4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        fd = s4.fileno()
        target = h.fd_target(fd)
        del s4
        gc.collect()
    resource = [x for x in w if issubclass(x.category, ResourceWarning)]
    h.check("ResourceWarning for an unclosed socket", len(resource) == 1 and "unclosed" in str(resource[0].message))
    h.check("the collected socket's fd was closed", h.fd_target(fd) != target)
