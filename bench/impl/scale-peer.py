"""The far ends of the scale-idle scenario's idle connections.

argv: path n. Prints READY, waits for a line on stdin, connects n Unix stream
sockets to path (blocking connects: a full backlog waits for the server to
accept), prints CONNECTED n, then holds them open, sending nothing, until
stdin reaches end of file (the measuring process exited) or 10 minutes pass.
"""
import signal
import socket
import sys

signal.alarm(600)
path, n = sys.argv[1], int(sys.argv[2])
print("READY", flush=True)
sys.stdin.readline()
held = []
for _ in range(n):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    held.append(s)
print("CONNECTED", len(held), flush=True)
sys.stdin.read()
