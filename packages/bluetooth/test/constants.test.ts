import { describe, expect, it } from 'vitest';
import { needs, python, pythonMissing } from '@sock/core/testing';
import * as bt from '@sock/bluetooth';
import { bluetoothFamily, bluetoothProtocolName, btOptionName, constants, hciChannelName, hciEventName, hciPacketTypeName } from '@sock/bluetooth';

// Every Bluetooth name CPython 3.14's socket module defines on Linux built with BlueZ's headers
// (Modules/socketmodule.c, the USE_BLUETOOTH block of socket_exec).
const CPYTHON_314 = [
  'AF_BLUETOOTH', 'BTPROTO_L2CAP', 'SOL_L2CAP', 'BDADDR_BREDR', 'BDADDR_LE_PUBLIC', 'BDADDR_LE_RANDOM', 'L2CAP_LM', 'L2CAP_LM_MASTER',
  'L2CAP_LM_AUTH', 'L2CAP_LM_ENCRYPT', 'L2CAP_LM_TRUSTED', 'L2CAP_LM_RELIABLE', 'L2CAP_LM_SECURE', 'BTPROTO_HCI', 'SOL_HCI', 'HCI_DEV_NONE',
  'HCI_CHANNEL_RAW', 'HCI_CHANNEL_USER', 'HCI_CHANNEL_MONITOR', 'HCI_CHANNEL_CONTROL', 'HCI_CHANNEL_LOGGING', 'HCI_FILTER', 'HCI_DATA_DIR',
  'HCI_TIME_STAMP', 'BTPROTO_RFCOMM', 'SOL_RFCOMM', 'BTPROTO_SCO', 'SOL_SCO', 'SOL_BLUETOOTH', 'BT_SECURITY', 'BT_SECURITY_SDP',
  'BT_SECURITY_LOW', 'BT_SECURITY_MEDIUM', 'BT_SECURITY_HIGH', 'BT_SECURITY_FIPS', 'BT_DEFER_SETUP', 'BT_FLUSHABLE', 'BT_FLUSHABLE_OFF',
  'BT_FLUSHABLE_ON', 'BT_POWER', 'BT_POWER_FORCE_ACTIVE_OFF', 'BT_POWER_FORCE_ACTIVE_ON', 'BT_CHANNEL_POLICY', 'BT_CHANNEL_POLICY_BREDR_ONLY',
  'BT_CHANNEL_POLICY_BREDR_PREFERRED', 'BT_VOICE', 'BT_VOICE_TRANSPARENT', 'BT_VOICE_CVSD_16BIT', 'BT_VOICE_TRANSPARENT_16BIT', 'BT_SNDMTU',
  'BT_RCVMTU', 'BT_PHY', 'BT_PHY_BR_1M_1SLOT', 'BT_PHY_BR_1M_3SLOT', 'BT_PHY_BR_1M_5SLOT', 'BT_PHY_EDR_2M_1SLOT', 'BT_PHY_EDR_2M_3SLOT',
  'BT_PHY_EDR_2M_5SLOT', 'BT_PHY_EDR_3M_1SLOT', 'BT_PHY_EDR_3M_3SLOT', 'BT_PHY_EDR_3M_5SLOT', 'BT_PHY_LE_1M_TX', 'BT_PHY_LE_1M_RX',
  'BT_PHY_LE_2M_TX', 'BT_PHY_LE_2M_RX', 'BT_PHY_LE_CODED_TX', 'BT_PHY_LE_CODED_RX', 'BT_MODE', 'BT_MODE_BASIC', 'BT_MODE_ERTM',
  'BT_MODE_STREAMING', 'BT_MODE_LE_FLOWCTL', 'BT_MODE_EXT_FLOWCTL', 'BT_PKT_STATUS', 'BT_ISO_QOS', 'BT_CODEC',
];

const py = needs(pythonMissing('socket.AF_BLUETOOTH', { families: ['AF_BLUETOOTH'] }));

describe('AF_BLUETOOTH constants', () => {
  it('are integers carried by the family plugin, with no libbluetooth needed', () => {
    expect(bluetoothFamily.constants).toBe(constants);
    expect(Object.keys(constants).length).toBeGreaterThan(170);
    for (const [name, value] of Object.entries(constants)) expect(Number.isInteger(value) && value >= 0, name).toBe(true);
    expect(bt.PF_BLUETOOTH).toBe(bt.AF_BLUETOOTH);
    expect(bt.AF_BLUETOOTH).toBe(31);
  });

  it('include every Bluetooth name CPython 3.14 has on Linux, exported under the same name', () => {
    for (const name of CPYTHON_314) {
      expect(constants[name], name).toBeTypeOf('number');
      expect((bt as Record<string, unknown>)[name], `export ${name}`).toBe(constants[name]);
    }
    expect(bt.BDADDR_ANY).toBe('00:00:00:00:00:00');
    expect(bt.BDADDR_LOCAL).toBe('00:00:00:FF:FF:FF');
  });

  it("have the kernel's values (include/net/bluetooth/*.h)", () => {
    const want: Record<string, number> = {
      BTPROTO_L2CAP: 0, BTPROTO_HCI: 1, BTPROTO_SCO: 2, BTPROTO_RFCOMM: 3, BTPROTO_ISO: 8, SOL_HCI: 0, SOL_L2CAP: 6, SOL_SCO: 17, SOL_RFCOMM: 18,
      SOL_BLUETOOTH: 274, BT_SECURITY: 4, BT_DEFER_SETUP: 7, BT_FLUSHABLE: 8, BT_POWER: 9, BT_CHANNEL_POLICY: 10, BT_VOICE: 11, BT_SNDMTU: 12,
      BT_RCVMTU: 13, BT_PHY: 14, BT_MODE: 15, BT_PKT_STATUS: 16, BT_ISO_QOS: 17, BT_CODEC: 19, BT_VOICE_TRANSPARENT_16BIT: 0x63,
      BT_PHY_LE_CODED_RX: 0x4000, BT_MODE_EXT_FLOWCTL: 4, HCI_DEV_NONE: 0xffff, HCI_CHANNEL_LOGGING: 4, HCI_FILTER: 2, HCI_TIME_STAMP: 3,
      L2CAP_LM: 3, L2CAP_LM_SECURE: 0x20, L2CAP_LM_FIPS: 0x40, RFCOMM_LM: 3, HCI_EVENT_PKT: 4, HCI_FLT_EVENT_BITS: 63,
      HCIDEVUP: 0x400448c9, HCIDEVDOWN: 0x400448ca, HCIGETDEVLIST: 0x800448d2, HCIGETDEVINFO: 0x800448d3, HCISETSCAN: 0x400448dd,
      EVT_CMD_COMPLETE: 0x0e, OCF_READ_BD_ADDR: 9, OGF_INFO_PARAM: 4,
    };
    for (const [name, value] of Object.entries(want)) expect(constants[name], name).toBe(value);
  });

  it(`match CPython for every Bluetooth name /usr/bin/python3 has${py.title}`, { timeout: 60_000 }, () => {
    if (py.skip) return;
    const theirs = python<Record<string, number | string>>(
      `import socket, json, sys\nnames = json.load(sys.stdin)\nprint(json.dumps({k: getattr(socket, k) for k in names if hasattr(socket, k)}))`,
      [...CPYTHON_314, 'BDADDR_ANY', 'BDADDR_LOCAL'],
      { families: ['AF_BLUETOOTH'], timeout: 30_000 },
    );
    expect(Object.keys(theirs).length).toBeGreaterThanOrEqual(8);
    for (const [name, value] of Object.entries(theirs)) expect((bt as Record<string, unknown>)[name], name).toBe(value);
  });

  it('name values back, unknown values as numbers', () => {
    expect(bluetoothProtocolName(bt.BTPROTO_RFCOMM)).toBe('BTPROTO_RFCOMM');
    expect(btOptionName(bt.BT_SECURITY)).toBe('BT_SECURITY');
    expect(hciPacketTypeName(bt.HCI_EVENT_PKT)).toBe('HCI_EVENT_PKT');
    expect(hciEventName(0x0e)).toBe('EVT_CMD_COMPLETE');
    expect(hciChannelName(bt.HCI_CHANNEL_USER)).toBe('HCI_CHANNEL_USER');
    expect(hciEventName(0x99)).toBe('153');
  });
});
