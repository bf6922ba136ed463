"""The CPython CAN receiver, as a Python user writes it: a blocking
socket.socket(AF_CAN, SOCK_RAW, CAN_RAW) bound to the interface, recvmsg()
of one frame with room for SO_RXQ_OVFL's counter. Counts the data frames
of the sender's measured phase (byte 4 set) until the end frame; prints the same JSON as
bench/c/canrecv.c. argv: role can key=value..."""
import json
import resource
import socket
import struct
import sys

SO_RXQ_OVFL = getattr(socket, "SO_RXQ_OVFL", 40)
DATA_ID, END_ID = 0x100, 0x101


def main():
    opts = dict(a.split("=", 1) for a in sys.argv[3:] if "=" in a)
    s = socket.socket(socket.AF_CAN, socket.SOCK_RAW, socket.CAN_RAW)
    s.bind((opts["addr"],))
    s.setsockopt(socket.SOL_SOCKET, SO_RXQ_OVFL, 1)
    print("READY " + opts["addr"], flush=True)
    anc = socket.CMSG_SPACE(4)
    counted, max_seq, ended, ovfl, ovfl0 = 0, -1, 0, None, None
    while True:
        data, ancdata, _, _ = s.recvmsg(16, anc)
        for level, kind, value in ancdata:
            if level == socket.SOL_SOCKET and kind == SO_RXQ_OVFL:
                ovfl = struct.unpack("=I", value[:4])[0]
        can_id, _, seq, measured = struct.unpack_from("=IB3xIB", data)
        can_id &= socket.CAN_SFF_MASK
        if can_id == END_ID:
            ended = seq
            break
        if can_id != DATA_ID:
            continue
        if seq > max_seq:
            max_seq = seq
        if measured == 1:
            if ovfl0 is None:
                ovfl0 = ovfl or 0
            counted += 1
    sent = ended or max_seq + 1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    drops = (ovfl or 0) - (ovfl0 or 0)
    print(json.dumps({"counted": counted, "sent": sent, "ended": ended > 0, "ovfl": drops, "rssKb": rss}), flush=True)


main()
