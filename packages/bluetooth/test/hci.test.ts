import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '@sock/core/testing';
import {
  decodeHciDevInfo, decodeHciFilter, decodeHciPacket, encodeHciAcl, encodeHciCommand, encodeHciEvent, encodeHciFilter, EVT_CMD_COMPLETE,
  EVT_CMD_STATUS, EVT_LE_META_EVENT, HCI_ACLDATA_PKT, HCI_COMMAND_PKT, HCI_EVENT_PKT, HCI_VENDOR_PKT, hciFilter, hciFilterAllEvents,
  hciFilterClearEvent, hciFilterClearPacketType, hciFilterSetEvent, hciFilterSetPacketType, hciFilterTestEvent, hciFilterTestPacketType, hciOpcode,
  OCF_READ_BD_ADDR, OGF_INFO_PARAM,
} from '@sock/bluetooth';

describe('struct hci_filter', () => {
  it("sets bits as BlueZ's helpers do (the vendor packet type is bit 0) and packs 16 bytes: type_mask, event_mask[2], opcode", () => {
    const f = hciFilter({ packetTypes: [HCI_EVENT_PKT], events: [EVT_CMD_COMPLETE, EVT_LE_META_EVENT], opcode: 0x1009 });
    expect(f).toEqual({ typeMask: 1 << 4, eventMask: (1n << 0x0en) | (1n << 0x3en), opcode: 0x1009 });
    const b = encodeHciFilter(f);
    expect(b.length).toBe(16);
    expect(b.readUInt32LE(0)).toBe(0x10);
    expect(b.readUInt32LE(4)).toBe(1 << 0x0e);
    expect(b.readUInt32LE(8)).toBe(1 << (0x3e - 32));
    expect(b.readUInt16LE(12)).toBe(0x1009);
    expect(decodeHciFilter(b)).toEqual(f);
    hciFilterSetPacketType(f, HCI_VENDOR_PKT);
    expect(f.typeMask & 1).toBe(1);
    expect(hciFilterTestPacketType(f, HCI_EVENT_PKT)).toBe(true);
    hciFilterClearPacketType(f, HCI_EVENT_PKT);
    expect(hciFilterTestPacketType(f, HCI_EVENT_PKT)).toBe(false);
    hciFilterSetEvent(f, EVT_CMD_STATUS);
    expect(hciFilterTestEvent(f, EVT_CMD_STATUS)).toBe(true);
    hciFilterClearEvent(f, EVT_CMD_STATUS);
    expect(hciFilterTestEvent(f, EVT_CMD_STATUS)).toBe(false);
    hciFilterAllEvents(f);
    expect(f.eventMask).toBe((1n << 64n) - 1n);
    expect(hciFilter({ events: 'all' }).eventMask).toBe((1n << 64n) - 1n);
  });

  it('refuses bad filters with coded errors', () => {
    expect(thrown(() => encodeHciFilter({ typeMask: -1, eventMask: 0n, opcode: 0 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeHciFilter({ typeMask: 0, eventMask: 1 as never, opcode: 0 }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => encodeHciFilter({ typeMask: 0, eventMask: 1n << 64n, opcode: 0 }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => decodeHciFilter(new Uint8Array(13)))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => hciFilter({ packetTypes: 4 as never }))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(thrown(() => hciFilterSetEvent(null as never, 1))).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
  });
});

describe('HCI packets', () => {
  it('Read_BD_ADDR: opcode 0x1009, a 4-byte command; its Command Complete decodes to status and return parameters', () => {
    const op = hciOpcode(OGF_INFO_PARAM, OCF_READ_BD_ADDR);
    expect(op).toBe(0x1009);
    expect([...encodeHciCommand(op)]).toEqual([HCI_COMMAND_PKT, 0x09, 0x10, 0]);
    const ev = encodeHciEvent(EVT_CMD_COMPLETE, Buffer.from([1, 0x09, 0x10, 0, 0x00, 0x00, 0x00, 0x00, 0xaa, 0x00]));
    const got = decodeHciPacket(ev);
    expect(got).toMatchObject({ type: 'event', event: EVT_CMD_COMPLETE, ncmd: 1, opcode: 0x1009, status: 0 });
    expect(got.type === 'event' && [...got.returnParams!]).toEqual([0, 0, 0, 0, 0, 0xaa, 0]);
    expect(decodeHciPacket(encodeHciEvent(EVT_CMD_STATUS, Buffer.from([0x0c, 1, 0x05, 0x04])))).toMatchObject({ status: 0x0c, ncmd: 1, opcode: 0x0405 });
    expect(decodeHciPacket(encodeHciEvent(EVT_LE_META_EVENT, Buffer.from([0x02, 0])))).toMatchObject({ subevent: 2 });
  });

  it('ACL data: 12-bit handle, pb and bc flags, 16-bit length', () => {
    const b = encodeHciAcl({ handle: 0x0abc, pb: 2, bc: 1, data: Buffer.from('hey') });
    expect(b[0]).toBe(HCI_ACLDATA_PKT);
    expect(b.readUInt16LE(1)).toBe(0x0abc | (2 << 12) | (1 << 14));
    expect(decodeHciPacket(b)).toEqual({ type: 'acl', handle: 0xabc, pb: 2, bc: 1, data: Buffer.from('hey') });
    expect(thrown(() => encodeHciAcl({ handle: 0x1000, data: Buffer.alloc(0) }))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
  });

  it('checks every length: a header that disagrees with the bytes is a RangeError, never a short read', () => {
    expect(thrown(() => decodeHciPacket(new Uint8Array(0)))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => decodeHciPacket(Uint8Array.from([HCI_EVENT_PKT, 0x0e, 5, 1])))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => decodeHciPacket(Uint8Array.from([HCI_EVENT_PKT, 0x0e, 0, 1])))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => decodeHciPacket(Uint8Array.from([HCI_ACLDATA_PKT, 0, 0, 9, 0])))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeHciCommand(0x1009, Buffer.alloc(256)))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => encodeHciCommand(0x10000))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
    expect(thrown(() => decodeHciDevInfo(new Uint8Array(91)))).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
  });

  it('round-trips and never crashes on random bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 255 }), (op, params) => {
        expect(decodeHciPacket(encodeHciCommand(op, params))).toMatchObject({ type: 'command', opcode: op, params: Buffer.from(params) });
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          decodeHciPacket(bytes);
        } catch (err) {
          expect((err as { code?: string }).code).toBe('ERR_OUT_OF_RANGE');
        }
      }),
    );
  });

  it('decodes struct hci_dev_info (92 bytes)', () => {
    const b = Buffer.alloc(92);
    b.writeUInt16LE(1, 0);
    b.write('hci1', 2, 'latin1');
    Buffer.from([0x01, 0x00, 0x01, 0x01, 0xaa, 0x00]).copy(b, 10);
    b.writeUInt32LE(0b101, 16);
    b.writeUInt16LE(1021, 44);
    b.writeUInt32LE(7, 52 + 12);
    expect(decodeHciDevInfo(b)).toMatchObject({ devId: 1, name: 'hci1', bdaddr: '00:AA:01:01:00:01', up: true, aclMtu: 1021, stat: { evtRx: 7 } });
  });
});
