import { describe, expect, it } from 'vitest';
import { CAN_EFF_FLAG, CAN_EFF_MASK, CAN_MTU, canSocket, CAN_RAW, decodeCanFrame, encodeCanFrame } from '@sock/can';
import { canUtils, rawOn, run, sleep, start } from './helpers.js';

describe.skipIf(canUtils.skip)(`interop with can-utils on vcan0${canUtils.title}`, () => {
  it("candump sees the frames @sock sends, in its own notation", async () => {
    const dump = start('candump', ['-L', '-n', '1', 'vcan0,5A5:7FF']);
    try {
      using tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
      let done = false;
      void dump.exited.then(() => (done = true));
      for (let i = 0; i < 100 && !done; i++) {
        await tx.send(encodeCanFrame({ id: 0x5a5, data: Buffer.from([0xca, 0xfe]) }));
        await sleep(100);
      }
      expect(dump.out()).toMatch(/ vcan0 5A5#CAFE\n/);
    } finally {
      dump.child.kill();
      await dump.exited;
    }
  });

  it('@sock receives what cansend sends, standard and extended ids', async () => {
    using rx = rawOn([0x5a6]);
    expect((await run('cansend', ['vcan0', '5A6#0102030405060708'])).code).toBe(0);
    expect(decodeCanFrame(await rx.recv(CAN_MTU))).toMatchObject({ id: 0x5a6, extended: false, data: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]) });
    using ext = canSocket(CAN_RAW, { ifname: 'vcan0' });
    ext.settimeout(5);
    const { setFilters } = await import('@sock/can');
    setFilters(ext, [{ id: CAN_EFF_FLAG | 0x1234567, mask: CAN_EFF_FLAG | CAN_EFF_MASK }]);
    expect((await run('cansend', ['vcan0', '01234567#R'])).code).toBe(0);
    expect(decodeCanFrame(await ext.recv(CAN_MTU))).toMatchObject({ id: 0x1234567, extended: true, rtr: true });
  });
});
