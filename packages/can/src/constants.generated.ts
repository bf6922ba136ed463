// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_CAN: FamilyNumber<'AF_CAN'> = c.family<'AF_CAN'>('AF_CAN');
export const PF_CAN: FamilyNumber<'AF_CAN'> = c.family<'AF_CAN'>('PF_CAN');
export const CAN_RAW: number = c.linux('CAN_RAW');
export const CAN_BCM: number = c.linux('CAN_BCM');
export const CAN_TP16: number | undefined = c.optional('CAN_TP16');
export const CAN_TP20: number | undefined = c.optional('CAN_TP20');
export const CAN_MCNET: number | undefined = c.optional('CAN_MCNET');
export const CAN_ISOTP: number | undefined = c.optional('CAN_ISOTP');
export const CAN_J1939: number | undefined = c.optional('CAN_J1939');
export const CAN_NPROTO: number | undefined = c.optional('CAN_NPROTO');
export const SOL_CAN_BASE: number = c.linux('SOL_CAN_BASE');
export const SOL_CAN_RAW: number = c.linux('SOL_CAN_RAW');
export const SOL_CAN_ISOTP: number | undefined = c.optional('SOL_CAN_ISOTP');
export const SOL_CAN_J1939: number | undefined = c.optional('SOL_CAN_J1939');
export const CAN_EFF_FLAG: number = c.linux('CAN_EFF_FLAG');
export const CAN_RTR_FLAG: number = c.linux('CAN_RTR_FLAG');
export const CAN_ERR_FLAG: number = c.linux('CAN_ERR_FLAG');
export const CAN_SFF_MASK: number = c.linux('CAN_SFF_MASK');
export const CAN_EFF_MASK: number = c.linux('CAN_EFF_MASK');
export const CAN_ERR_MASK: number = c.linux('CAN_ERR_MASK');
export const CAN_SFF_ID_BITS: number | undefined = c.optional('CAN_SFF_ID_BITS');
export const CAN_EFF_ID_BITS: number | undefined = c.optional('CAN_EFF_ID_BITS');
export const CAN_INV_FILTER: number = c.linux('CAN_INV_FILTER');
export const CAN_RAW_FILTER_MAX: number = c.linux('CAN_RAW_FILTER_MAX');
export const CAN_MAX_DLC: number = c.linux('CAN_MAX_DLC');
export const CAN_MAX_RAW_DLC: number | undefined = c.optional('CAN_MAX_RAW_DLC');
export const CAN_MAX_DLEN: number = c.linux('CAN_MAX_DLEN');
export const CANFD_MAX_DLC: number = c.linux('CANFD_MAX_DLC');
export const CANFD_MAX_DLEN: number = c.linux('CANFD_MAX_DLEN');
export const CANXL_MIN_DLC: number | undefined = c.optional('CANXL_MIN_DLC');
export const CANXL_MAX_DLC: number | undefined = c.optional('CANXL_MAX_DLC');
export const CANXL_MAX_DLC_MASK: number | undefined = c.optional('CANXL_MAX_DLC_MASK');
export const CANXL_MIN_DLEN: number | undefined = c.optional('CANXL_MIN_DLEN');
export const CANXL_MAX_DLEN: number | undefined = c.optional('CANXL_MAX_DLEN');
export const CAN_MTU: number = c.linux('CAN_MTU');
export const CANFD_MTU: number = c.linux('CANFD_MTU');
export const CANXL_MTU: number | undefined = c.optional('CANXL_MTU');
export const CANXL_HDR_SIZE: number | undefined = c.optional('CANXL_HDR_SIZE');
export const CANXL_MIN_MTU: number | undefined = c.optional('CANXL_MIN_MTU');
export const CANXL_MAX_MTU: number | undefined = c.optional('CANXL_MAX_MTU');
export const CANFD_BRS: number = c.linux('CANFD_BRS');
export const CANFD_ESI: number = c.linux('CANFD_ESI');
export const CANFD_FDF: number | undefined = c.optional('CANFD_FDF');
export const CANXL_XLF: number | undefined = c.optional('CANXL_XLF');
export const CANXL_SEC: number | undefined = c.optional('CANXL_SEC');
export const CANXL_PRIO_MASK: number | undefined = c.optional('CANXL_PRIO_MASK');
export const CANXL_PRIO_BITS: number | undefined = c.optional('CANXL_PRIO_BITS');
export const CAN_RAW_FILTER: number = c.linux('CAN_RAW_FILTER');
export const CAN_RAW_ERR_FILTER: number = c.linux('CAN_RAW_ERR_FILTER');
export const CAN_RAW_LOOPBACK: number = c.linux('CAN_RAW_LOOPBACK');
export const CAN_RAW_RECV_OWN_MSGS: number = c.linux('CAN_RAW_RECV_OWN_MSGS');
export const CAN_RAW_FD_FRAMES: number = c.linux('CAN_RAW_FD_FRAMES');
export const CAN_RAW_JOIN_FILTERS: number = c.linux('CAN_RAW_JOIN_FILTERS');
export const CAN_RAW_XL_FRAMES: number | undefined = c.optional('CAN_RAW_XL_FRAMES');
export const SCM_CAN_RAW_ERRQUEUE: number | undefined = c.optional('SCM_CAN_RAW_ERRQUEUE');
export const TX_SETUP: number = c.linux('TX_SETUP');
export const TX_DELETE: number = c.linux('TX_DELETE');
export const TX_READ: number = c.linux('TX_READ');
export const TX_SEND: number = c.linux('TX_SEND');
export const RX_SETUP: number = c.linux('RX_SETUP');
export const RX_DELETE: number = c.linux('RX_DELETE');
export const RX_READ: number = c.linux('RX_READ');
export const TX_STATUS: number = c.linux('TX_STATUS');
export const TX_EXPIRED: number = c.linux('TX_EXPIRED');
export const RX_STATUS: number = c.linux('RX_STATUS');
export const RX_TIMEOUT: number = c.linux('RX_TIMEOUT');
export const RX_CHANGED: number = c.linux('RX_CHANGED');
export const SETTIMER: number = c.linux('SETTIMER');
export const STARTTIMER: number = c.linux('STARTTIMER');
export const TX_COUNTEVT: number = c.linux('TX_COUNTEVT');
export const TX_ANNOUNCE: number = c.linux('TX_ANNOUNCE');
export const TX_CP_CAN_ID: number = c.linux('TX_CP_CAN_ID');
export const RX_FILTER_ID: number = c.linux('RX_FILTER_ID');
export const RX_CHECK_DLC: number = c.linux('RX_CHECK_DLC');
export const RX_NO_AUTOTIMER: number = c.linux('RX_NO_AUTOTIMER');
export const RX_ANNOUNCE_RESUME: number = c.linux('RX_ANNOUNCE_RESUME');
export const TX_RESET_MULTI_IDX: number = c.linux('TX_RESET_MULTI_IDX');
export const RX_RTR_FRAME: number = c.linux('RX_RTR_FRAME');
export const CAN_FD_FRAME: number | undefined = c.optional('CAN_FD_FRAME');
export const CAN_ISOTP_OPTS: number | undefined = c.optional('CAN_ISOTP_OPTS');
export const CAN_ISOTP_RECV_FC: number | undefined = c.optional('CAN_ISOTP_RECV_FC');
export const CAN_ISOTP_TX_STMIN: number | undefined = c.optional('CAN_ISOTP_TX_STMIN');
export const CAN_ISOTP_RX_STMIN: number | undefined = c.optional('CAN_ISOTP_RX_STMIN');
export const CAN_ISOTP_LL_OPTS: number | undefined = c.optional('CAN_ISOTP_LL_OPTS');
export const CAN_ISOTP_LISTEN_MODE: number | undefined = c.optional('CAN_ISOTP_LISTEN_MODE');
export const CAN_ISOTP_EXTEND_ADDR: number | undefined = c.optional('CAN_ISOTP_EXTEND_ADDR');
export const CAN_ISOTP_TX_PADDING: number | undefined = c.optional('CAN_ISOTP_TX_PADDING');
export const CAN_ISOTP_RX_PADDING: number | undefined = c.optional('CAN_ISOTP_RX_PADDING');
export const CAN_ISOTP_CHK_PAD_LEN: number | undefined = c.optional('CAN_ISOTP_CHK_PAD_LEN');
export const CAN_ISOTP_CHK_PAD_DATA: number | undefined = c.optional('CAN_ISOTP_CHK_PAD_DATA');
export const CAN_ISOTP_HALF_DUPLEX: number | undefined = c.optional('CAN_ISOTP_HALF_DUPLEX');
export const CAN_ISOTP_FORCE_TXSTMIN: number | undefined = c.optional('CAN_ISOTP_FORCE_TXSTMIN');
export const CAN_ISOTP_FORCE_RXSTMIN: number | undefined = c.optional('CAN_ISOTP_FORCE_RXSTMIN');
export const CAN_ISOTP_RX_EXT_ADDR: number | undefined = c.optional('CAN_ISOTP_RX_EXT_ADDR');
export const CAN_ISOTP_WAIT_TX_DONE: number | undefined = c.optional('CAN_ISOTP_WAIT_TX_DONE');
export const CAN_ISOTP_SF_BROADCAST: number | undefined = c.optional('CAN_ISOTP_SF_BROADCAST');
export const CAN_ISOTP_CF_BROADCAST: number | undefined = c.optional('CAN_ISOTP_CF_BROADCAST');
export const CAN_ISOTP_DYN_FC_PARMS: number | undefined = c.optional('CAN_ISOTP_DYN_FC_PARMS');
export const CAN_ISOTP_DEFAULT_FLAGS: number | undefined = c.optional('CAN_ISOTP_DEFAULT_FLAGS');
export const CAN_ISOTP_DEFAULT_EXT_ADDRESS: number | undefined = c.optional('CAN_ISOTP_DEFAULT_EXT_ADDRESS');
export const CAN_ISOTP_DEFAULT_PAD_CONTENT: number | undefined = c.optional('CAN_ISOTP_DEFAULT_PAD_CONTENT');
export const CAN_ISOTP_DEFAULT_FRAME_TXTIME: number | undefined = c.optional('CAN_ISOTP_DEFAULT_FRAME_TXTIME');
export const CAN_ISOTP_DEFAULT_RECV_BS: number | undefined = c.optional('CAN_ISOTP_DEFAULT_RECV_BS');
export const CAN_ISOTP_DEFAULT_RECV_STMIN: number | undefined = c.optional('CAN_ISOTP_DEFAULT_RECV_STMIN');
export const CAN_ISOTP_DEFAULT_RECV_WFTMAX: number | undefined = c.optional('CAN_ISOTP_DEFAULT_RECV_WFTMAX');
export const CAN_ISOTP_DEFAULT_LL_MTU: number | undefined = c.optional('CAN_ISOTP_DEFAULT_LL_MTU');
export const CAN_ISOTP_DEFAULT_LL_TX_DL: number | undefined = c.optional('CAN_ISOTP_DEFAULT_LL_TX_DL');
export const CAN_ISOTP_DEFAULT_LL_TX_FLAGS: number | undefined = c.optional('CAN_ISOTP_DEFAULT_LL_TX_FLAGS');
export const CAN_ISOTP_FRAME_TXTIME_ZERO: number | undefined = c.optional('CAN_ISOTP_FRAME_TXTIME_ZERO');
export const J1939_MAX_UNICAST_ADDR: number | undefined = c.optional('J1939_MAX_UNICAST_ADDR');
export const J1939_IDLE_ADDR: number | undefined = c.optional('J1939_IDLE_ADDR');
export const J1939_NO_ADDR: number | undefined = c.optional('J1939_NO_ADDR');
export const J1939_NO_NAME: number | undefined = c.optional('J1939_NO_NAME');
export const J1939_PGN_REQUEST: number | undefined = c.optional('J1939_PGN_REQUEST');
export const J1939_PGN_ADDRESS_CLAIMED: number | undefined = c.optional('J1939_PGN_ADDRESS_CLAIMED');
export const J1939_PGN_ADDRESS_COMMANDED: number | undefined = c.optional('J1939_PGN_ADDRESS_COMMANDED');
export const J1939_PGN_PDU1_MAX: number | undefined = c.optional('J1939_PGN_PDU1_MAX');
export const J1939_PGN_MAX: number | undefined = c.optional('J1939_PGN_MAX');
export const J1939_NO_PGN: number | undefined = c.optional('J1939_NO_PGN');
export const J1939_FILTER_MAX: number | undefined = c.optional('J1939_FILTER_MAX');
export const SO_J1939_FILTER: number | undefined = c.optional('SO_J1939_FILTER');
export const SO_J1939_PROMISC: number | undefined = c.optional('SO_J1939_PROMISC');
export const SO_J1939_SEND_PRIO: number | undefined = c.optional('SO_J1939_SEND_PRIO');
export const SO_J1939_ERRQUEUE: number | undefined = c.optional('SO_J1939_ERRQUEUE');
export const SCM_J1939_DEST_ADDR: number | undefined = c.optional('SCM_J1939_DEST_ADDR');
export const SCM_J1939_DEST_NAME: number | undefined = c.optional('SCM_J1939_DEST_NAME');
export const SCM_J1939_PRIO: number | undefined = c.optional('SCM_J1939_PRIO');
export const SCM_J1939_ERRQUEUE: number | undefined = c.optional('SCM_J1939_ERRQUEUE');
export const J1939_NLA_PAD: number | undefined = c.optional('J1939_NLA_PAD');
export const J1939_NLA_BYTES_ACKED: number | undefined = c.optional('J1939_NLA_BYTES_ACKED');
export const J1939_NLA_TOTAL_SIZE: number | undefined = c.optional('J1939_NLA_TOTAL_SIZE');
export const J1939_NLA_PGN: number | undefined = c.optional('J1939_NLA_PGN');
export const J1939_NLA_SRC_NAME: number | undefined = c.optional('J1939_NLA_SRC_NAME');
export const J1939_NLA_DEST_NAME: number | undefined = c.optional('J1939_NLA_DEST_NAME');
export const J1939_NLA_SRC_ADDR: number | undefined = c.optional('J1939_NLA_SRC_ADDR');
export const J1939_NLA_DEST_ADDR: number | undefined = c.optional('J1939_NLA_DEST_ADDR');
export const J1939_EE_INFO_NONE: number | undefined = c.optional('J1939_EE_INFO_NONE');
export const J1939_EE_INFO_TX_ABORT: number | undefined = c.optional('J1939_EE_INFO_TX_ABORT');
export const J1939_EE_INFO_RX_RTS: number | undefined = c.optional('J1939_EE_INFO_RX_RTS');
export const J1939_EE_INFO_RX_DPO: number | undefined = c.optional('J1939_EE_INFO_RX_DPO');
export const J1939_EE_INFO_RX_ABORT: number | undefined = c.optional('J1939_EE_INFO_RX_ABORT');
export const CAN_ERR_DLC: number = c.linux('CAN_ERR_DLC');
export const CAN_ERR_TX_TIMEOUT: number | undefined = c.optional('CAN_ERR_TX_TIMEOUT');
export const CAN_ERR_LOSTARB: number | undefined = c.optional('CAN_ERR_LOSTARB');
export const CAN_ERR_CRTL: number | undefined = c.optional('CAN_ERR_CRTL');
export const CAN_ERR_PROT: number | undefined = c.optional('CAN_ERR_PROT');
export const CAN_ERR_TRX: number | undefined = c.optional('CAN_ERR_TRX');
export const CAN_ERR_ACK: number | undefined = c.optional('CAN_ERR_ACK');
export const CAN_ERR_BUSOFF: number | undefined = c.optional('CAN_ERR_BUSOFF');
export const CAN_ERR_BUSERROR: number | undefined = c.optional('CAN_ERR_BUSERROR');
export const CAN_ERR_RESTARTED: number | undefined = c.optional('CAN_ERR_RESTARTED');
export const CAN_ERR_CNT: number | undefined = c.optional('CAN_ERR_CNT');
export const CAN_ERR_LOSTARB_UNSPEC: number | undefined = c.optional('CAN_ERR_LOSTARB_UNSPEC');
export const CAN_ERR_CRTL_UNSPEC: number | undefined = c.optional('CAN_ERR_CRTL_UNSPEC');
export const CAN_ERR_CRTL_RX_OVERFLOW: number | undefined = c.optional('CAN_ERR_CRTL_RX_OVERFLOW');
export const CAN_ERR_CRTL_TX_OVERFLOW: number | undefined = c.optional('CAN_ERR_CRTL_TX_OVERFLOW');
export const CAN_ERR_CRTL_RX_WARNING: number | undefined = c.optional('CAN_ERR_CRTL_RX_WARNING');
export const CAN_ERR_CRTL_TX_WARNING: number | undefined = c.optional('CAN_ERR_CRTL_TX_WARNING');
export const CAN_ERR_CRTL_RX_PASSIVE: number | undefined = c.optional('CAN_ERR_CRTL_RX_PASSIVE');
export const CAN_ERR_CRTL_TX_PASSIVE: number | undefined = c.optional('CAN_ERR_CRTL_TX_PASSIVE');
export const CAN_ERR_CRTL_ACTIVE: number | undefined = c.optional('CAN_ERR_CRTL_ACTIVE');
export const CAN_ERR_PROT_UNSPEC: number | undefined = c.optional('CAN_ERR_PROT_UNSPEC');
export const CAN_ERR_PROT_BIT: number | undefined = c.optional('CAN_ERR_PROT_BIT');
export const CAN_ERR_PROT_FORM: number | undefined = c.optional('CAN_ERR_PROT_FORM');
export const CAN_ERR_PROT_STUFF: number | undefined = c.optional('CAN_ERR_PROT_STUFF');
export const CAN_ERR_PROT_BIT0: number | undefined = c.optional('CAN_ERR_PROT_BIT0');
export const CAN_ERR_PROT_BIT1: number | undefined = c.optional('CAN_ERR_PROT_BIT1');
export const CAN_ERR_PROT_OVERLOAD: number | undefined = c.optional('CAN_ERR_PROT_OVERLOAD');
export const CAN_ERR_PROT_ACTIVE: number | undefined = c.optional('CAN_ERR_PROT_ACTIVE');
export const CAN_ERR_PROT_TX: number | undefined = c.optional('CAN_ERR_PROT_TX');
export const CAN_ERR_PROT_LOC_UNSPEC: number | undefined = c.optional('CAN_ERR_PROT_LOC_UNSPEC');
export const CAN_ERR_PROT_LOC_SOF: number | undefined = c.optional('CAN_ERR_PROT_LOC_SOF');
export const CAN_ERR_PROT_LOC_ID28_21: number | undefined = c.optional('CAN_ERR_PROT_LOC_ID28_21');
export const CAN_ERR_PROT_LOC_ID20_18: number | undefined = c.optional('CAN_ERR_PROT_LOC_ID20_18');
export const CAN_ERR_PROT_LOC_SRTR: number | undefined = c.optional('CAN_ERR_PROT_LOC_SRTR');
export const CAN_ERR_PROT_LOC_IDE: number | undefined = c.optional('CAN_ERR_PROT_LOC_IDE');
export const CAN_ERR_PROT_LOC_ID17_13: number | undefined = c.optional('CAN_ERR_PROT_LOC_ID17_13');
export const CAN_ERR_PROT_LOC_ID12_05: number | undefined = c.optional('CAN_ERR_PROT_LOC_ID12_05');
export const CAN_ERR_PROT_LOC_ID04_00: number | undefined = c.optional('CAN_ERR_PROT_LOC_ID04_00');
export const CAN_ERR_PROT_LOC_RTR: number | undefined = c.optional('CAN_ERR_PROT_LOC_RTR');
export const CAN_ERR_PROT_LOC_RES1: number | undefined = c.optional('CAN_ERR_PROT_LOC_RES1');
export const CAN_ERR_PROT_LOC_RES0: number | undefined = c.optional('CAN_ERR_PROT_LOC_RES0');
export const CAN_ERR_PROT_LOC_DLC: number | undefined = c.optional('CAN_ERR_PROT_LOC_DLC');
export const CAN_ERR_PROT_LOC_DATA: number | undefined = c.optional('CAN_ERR_PROT_LOC_DATA');
export const CAN_ERR_PROT_LOC_CRC_SEQ: number | undefined = c.optional('CAN_ERR_PROT_LOC_CRC_SEQ');
export const CAN_ERR_PROT_LOC_CRC_DEL: number | undefined = c.optional('CAN_ERR_PROT_LOC_CRC_DEL');
export const CAN_ERR_PROT_LOC_ACK: number | undefined = c.optional('CAN_ERR_PROT_LOC_ACK');
export const CAN_ERR_PROT_LOC_ACK_DEL: number | undefined = c.optional('CAN_ERR_PROT_LOC_ACK_DEL');
export const CAN_ERR_PROT_LOC_EOF: number | undefined = c.optional('CAN_ERR_PROT_LOC_EOF');
export const CAN_ERR_PROT_LOC_INTERM: number | undefined = c.optional('CAN_ERR_PROT_LOC_INTERM');
export const CAN_ERR_TRX_UNSPEC: number | undefined = c.optional('CAN_ERR_TRX_UNSPEC');
export const CAN_ERR_TRX_CANH_NO_WIRE: number | undefined = c.optional('CAN_ERR_TRX_CANH_NO_WIRE');
export const CAN_ERR_TRX_CANH_SHORT_TO_BAT: number | undefined = c.optional('CAN_ERR_TRX_CANH_SHORT_TO_BAT');
export const CAN_ERR_TRX_CANH_SHORT_TO_VCC: number | undefined = c.optional('CAN_ERR_TRX_CANH_SHORT_TO_VCC');
export const CAN_ERR_TRX_CANH_SHORT_TO_GND: number | undefined = c.optional('CAN_ERR_TRX_CANH_SHORT_TO_GND');
export const CAN_ERR_TRX_CANL_NO_WIRE: number | undefined = c.optional('CAN_ERR_TRX_CANL_NO_WIRE');
export const CAN_ERR_TRX_CANL_SHORT_TO_BAT: number | undefined = c.optional('CAN_ERR_TRX_CANL_SHORT_TO_BAT');
export const CAN_ERR_TRX_CANL_SHORT_TO_VCC: number | undefined = c.optional('CAN_ERR_TRX_CANL_SHORT_TO_VCC');
export const CAN_ERR_TRX_CANL_SHORT_TO_GND: number | undefined = c.optional('CAN_ERR_TRX_CANL_SHORT_TO_GND');
export const CAN_ERR_TRX_CANL_SHORT_TO_CANH: number | undefined = c.optional('CAN_ERR_TRX_CANL_SHORT_TO_CANH');
export const CAN_ERROR_WARNING_THRESHOLD: number | undefined = c.optional('CAN_ERROR_WARNING_THRESHOLD');
export const CAN_ERROR_PASSIVE_THRESHOLD: number | undefined = c.optional('CAN_ERROR_PASSIVE_THRESHOLD');
export const CAN_BUS_OFF_THRESHOLD: number | undefined = c.optional('CAN_BUS_OFF_THRESHOLD');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_CAN', 'PF_CAN'],
  CAN_PROTO: ['CAN_RAW', 'CAN_BCM', 'CAN_TP16', 'CAN_TP20', 'CAN_MCNET', 'CAN_ISOTP', 'CAN_J1939', 'CAN_NPROTO'],
  SOL: ['SOL_CAN_BASE', 'SOL_CAN_RAW', 'SOL_CAN_ISOTP', 'SOL_CAN_J1939'],
  CAN_ID: [
    'CAN_EFF_FLAG', 'CAN_RTR_FLAG', 'CAN_ERR_FLAG', 'CAN_SFF_MASK', 'CAN_EFF_MASK', 'CAN_ERR_MASK', 'CAN_SFF_ID_BITS',
    'CAN_EFF_ID_BITS', 'CAN_INV_FILTER', 'CAN_RAW_FILTER_MAX',
  ],
  CAN_LEN: [
    'CAN_MAX_DLC', 'CAN_MAX_RAW_DLC', 'CAN_MAX_DLEN', 'CANFD_MAX_DLC', 'CANFD_MAX_DLEN', 'CANXL_MIN_DLC',
    'CANXL_MAX_DLC', 'CANXL_MAX_DLC_MASK', 'CANXL_MIN_DLEN', 'CANXL_MAX_DLEN', 'CAN_MTU', 'CANFD_MTU', 'CANXL_MTU',
    'CANXL_HDR_SIZE', 'CANXL_MIN_MTU', 'CANXL_MAX_MTU',
  ],
  CANFD: ['CANFD_BRS', 'CANFD_ESI', 'CANFD_FDF'],
  CANXL: ['CANXL_XLF', 'CANXL_SEC', 'CANXL_PRIO_MASK', 'CANXL_PRIO_BITS'],
  CAN_RAW_OPT: [
    'CAN_RAW_FILTER', 'CAN_RAW_ERR_FILTER', 'CAN_RAW_LOOPBACK', 'CAN_RAW_RECV_OWN_MSGS', 'CAN_RAW_FD_FRAMES',
    'CAN_RAW_JOIN_FILTERS', 'CAN_RAW_XL_FRAMES', 'SCM_CAN_RAW_ERRQUEUE',
  ],
  BCM_OP: [
    'TX_SETUP', 'TX_DELETE', 'TX_READ', 'TX_SEND', 'RX_SETUP', 'RX_DELETE', 'RX_READ', 'TX_STATUS', 'TX_EXPIRED',
    'RX_STATUS', 'RX_TIMEOUT', 'RX_CHANGED',
  ],
  BCM_FLAG: [
    'SETTIMER', 'STARTTIMER', 'TX_COUNTEVT', 'TX_ANNOUNCE', 'TX_CP_CAN_ID', 'RX_FILTER_ID', 'RX_CHECK_DLC',
    'RX_NO_AUTOTIMER', 'RX_ANNOUNCE_RESUME', 'TX_RESET_MULTI_IDX', 'RX_RTR_FRAME', 'CAN_FD_FRAME',
  ],
  CAN_ISOTP_OPT: [
    'CAN_ISOTP_OPTS', 'CAN_ISOTP_RECV_FC', 'CAN_ISOTP_TX_STMIN', 'CAN_ISOTP_RX_STMIN', 'CAN_ISOTP_LL_OPTS',
  ],
  CAN_ISOTP_FLAG: [
    'CAN_ISOTP_LISTEN_MODE', 'CAN_ISOTP_EXTEND_ADDR', 'CAN_ISOTP_TX_PADDING', 'CAN_ISOTP_RX_PADDING',
    'CAN_ISOTP_CHK_PAD_LEN', 'CAN_ISOTP_CHK_PAD_DATA', 'CAN_ISOTP_HALF_DUPLEX', 'CAN_ISOTP_FORCE_TXSTMIN',
    'CAN_ISOTP_FORCE_RXSTMIN', 'CAN_ISOTP_RX_EXT_ADDR', 'CAN_ISOTP_WAIT_TX_DONE', 'CAN_ISOTP_SF_BROADCAST',
    'CAN_ISOTP_CF_BROADCAST', 'CAN_ISOTP_DYN_FC_PARMS',
  ],
  CAN_ISOTP_DEFAULT: [
    'CAN_ISOTP_DEFAULT_FLAGS', 'CAN_ISOTP_DEFAULT_EXT_ADDRESS', 'CAN_ISOTP_DEFAULT_PAD_CONTENT',
    'CAN_ISOTP_DEFAULT_FRAME_TXTIME', 'CAN_ISOTP_DEFAULT_RECV_BS', 'CAN_ISOTP_DEFAULT_RECV_STMIN',
    'CAN_ISOTP_DEFAULT_RECV_WFTMAX', 'CAN_ISOTP_DEFAULT_LL_MTU', 'CAN_ISOTP_DEFAULT_LL_TX_DL',
    'CAN_ISOTP_DEFAULT_LL_TX_FLAGS', 'CAN_ISOTP_FRAME_TXTIME_ZERO',
  ],
  J1939: [
    'J1939_MAX_UNICAST_ADDR', 'J1939_IDLE_ADDR', 'J1939_NO_ADDR', 'J1939_NO_NAME', 'J1939_PGN_REQUEST',
    'J1939_PGN_ADDRESS_CLAIMED', 'J1939_PGN_ADDRESS_COMMANDED', 'J1939_PGN_PDU1_MAX', 'J1939_PGN_MAX', 'J1939_NO_PGN',
    'J1939_FILTER_MAX',
  ],
  SO_J1939: ['SO_J1939_FILTER', 'SO_J1939_PROMISC', 'SO_J1939_SEND_PRIO', 'SO_J1939_ERRQUEUE'],
  SCM_J1939: ['SCM_J1939_DEST_ADDR', 'SCM_J1939_DEST_NAME', 'SCM_J1939_PRIO', 'SCM_J1939_ERRQUEUE'],
  J1939_NLA: [
    'J1939_NLA_PAD', 'J1939_NLA_BYTES_ACKED', 'J1939_NLA_TOTAL_SIZE', 'J1939_NLA_PGN', 'J1939_NLA_SRC_NAME',
    'J1939_NLA_DEST_NAME', 'J1939_NLA_SRC_ADDR', 'J1939_NLA_DEST_ADDR',
  ],
  J1939_EE_INFO: [
    'J1939_EE_INFO_NONE', 'J1939_EE_INFO_TX_ABORT', 'J1939_EE_INFO_RX_RTS', 'J1939_EE_INFO_RX_DPO',
    'J1939_EE_INFO_RX_ABORT',
  ],
  CAN_ERR: [
    'CAN_ERR_DLC', 'CAN_ERR_TX_TIMEOUT', 'CAN_ERR_LOSTARB', 'CAN_ERR_CRTL', 'CAN_ERR_PROT', 'CAN_ERR_TRX',
    'CAN_ERR_ACK', 'CAN_ERR_BUSOFF', 'CAN_ERR_BUSERROR', 'CAN_ERR_RESTARTED', 'CAN_ERR_CNT', 'CAN_ERR_LOSTARB_UNSPEC',
    'CAN_ERR_CRTL_UNSPEC', 'CAN_ERR_CRTL_RX_OVERFLOW', 'CAN_ERR_CRTL_TX_OVERFLOW', 'CAN_ERR_CRTL_RX_WARNING',
    'CAN_ERR_CRTL_TX_WARNING', 'CAN_ERR_CRTL_RX_PASSIVE', 'CAN_ERR_CRTL_TX_PASSIVE', 'CAN_ERR_CRTL_ACTIVE',
    'CAN_ERR_PROT_UNSPEC', 'CAN_ERR_PROT_BIT', 'CAN_ERR_PROT_FORM', 'CAN_ERR_PROT_STUFF', 'CAN_ERR_PROT_BIT0',
    'CAN_ERR_PROT_BIT1', 'CAN_ERR_PROT_OVERLOAD', 'CAN_ERR_PROT_ACTIVE', 'CAN_ERR_PROT_TX', 'CAN_ERR_PROT_LOC_UNSPEC',
    'CAN_ERR_PROT_LOC_SOF', 'CAN_ERR_PROT_LOC_ID28_21', 'CAN_ERR_PROT_LOC_ID20_18', 'CAN_ERR_PROT_LOC_SRTR',
    'CAN_ERR_PROT_LOC_IDE', 'CAN_ERR_PROT_LOC_ID17_13', 'CAN_ERR_PROT_LOC_ID12_05', 'CAN_ERR_PROT_LOC_ID04_00',
    'CAN_ERR_PROT_LOC_RTR', 'CAN_ERR_PROT_LOC_RES1', 'CAN_ERR_PROT_LOC_RES0', 'CAN_ERR_PROT_LOC_DLC',
    'CAN_ERR_PROT_LOC_DATA', 'CAN_ERR_PROT_LOC_CRC_SEQ', 'CAN_ERR_PROT_LOC_CRC_DEL', 'CAN_ERR_PROT_LOC_ACK',
    'CAN_ERR_PROT_LOC_ACK_DEL', 'CAN_ERR_PROT_LOC_EOF', 'CAN_ERR_PROT_LOC_INTERM', 'CAN_ERR_TRX_UNSPEC',
    'CAN_ERR_TRX_CANH_NO_WIRE', 'CAN_ERR_TRX_CANH_SHORT_TO_BAT', 'CAN_ERR_TRX_CANH_SHORT_TO_VCC',
    'CAN_ERR_TRX_CANH_SHORT_TO_GND', 'CAN_ERR_TRX_CANL_NO_WIRE', 'CAN_ERR_TRX_CANL_SHORT_TO_BAT',
    'CAN_ERR_TRX_CANL_SHORT_TO_VCC', 'CAN_ERR_TRX_CANL_SHORT_TO_GND', 'CAN_ERR_TRX_CANL_SHORT_TO_CANH',
    'CAN_ERROR_WARNING_THRESHOLD', 'CAN_ERROR_PASSIVE_THRESHOLD', 'CAN_BUS_OFF_THRESHOLD',
  ],
} as const;
