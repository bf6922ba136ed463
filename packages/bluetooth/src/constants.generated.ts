// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_BLUETOOTH: FamilyNumber<'AF_BLUETOOTH'> = c.family<'AF_BLUETOOTH'>('AF_BLUETOOTH');
export const PF_BLUETOOTH: FamilyNumber<'AF_BLUETOOTH'> = c.family<'AF_BLUETOOTH'>('PF_BLUETOOTH');
export const BTPROTO_L2CAP: number = c.linux('BTPROTO_L2CAP');
export const BTPROTO_HCI: number = c.linux('BTPROTO_HCI');
export const BTPROTO_SCO: number = c.linux('BTPROTO_SCO');
export const BTPROTO_RFCOMM: number = c.linux('BTPROTO_RFCOMM');
export const BTPROTO_BNEP: number = c.linux('BTPROTO_BNEP');
export const BTPROTO_CMTP: number = c.linux('BTPROTO_CMTP');
export const BTPROTO_HIDP: number = c.linux('BTPROTO_HIDP');
export const BTPROTO_AVDTP: number = c.linux('BTPROTO_AVDTP');
export const BTPROTO_ISO: number = c.linux('BTPROTO_ISO');
export const SOL_HCI: number = c.linux('SOL_HCI');
export const SOL_L2CAP: number = c.linux('SOL_L2CAP');
export const SOL_SCO: number = c.linux('SOL_SCO');
export const SOL_RFCOMM: number = c.linux('SOL_RFCOMM');
export const SOL_BLUETOOTH: number = c.linux('SOL_BLUETOOTH');
export const BDADDR_BREDR: number = c.linux('BDADDR_BREDR');
export const BDADDR_LE_PUBLIC: number = c.linux('BDADDR_LE_PUBLIC');
export const BDADDR_LE_RANDOM: number = c.linux('BDADDR_LE_RANDOM');
export const BT_SECURITY: number = c.linux('BT_SECURITY');
export const BT_DEFER_SETUP: number = c.linux('BT_DEFER_SETUP');
export const BT_FLUSHABLE: number = c.linux('BT_FLUSHABLE');
export const BT_POWER: number = c.linux('BT_POWER');
export const BT_CHANNEL_POLICY: number = c.linux('BT_CHANNEL_POLICY');
export const BT_VOICE: number = c.linux('BT_VOICE');
export const BT_SNDMTU: number = c.linux('BT_SNDMTU');
export const BT_RCVMTU: number = c.linux('BT_RCVMTU');
export const BT_PHY: number = c.linux('BT_PHY');
export const BT_MODE: number = c.linux('BT_MODE');
export const BT_PKT_STATUS: number = c.linux('BT_PKT_STATUS');
export const BT_ISO_QOS: number = c.linux('BT_ISO_QOS');
export const BT_CODEC: number = c.linux('BT_CODEC');
export const BT_SECURITY_SDP: number = c.linux('BT_SECURITY_SDP');
export const BT_SECURITY_LOW: number = c.linux('BT_SECURITY_LOW');
export const BT_SECURITY_MEDIUM: number = c.linux('BT_SECURITY_MEDIUM');
export const BT_SECURITY_HIGH: number = c.linux('BT_SECURITY_HIGH');
export const BT_SECURITY_FIPS: number = c.linux('BT_SECURITY_FIPS');
export const BT_FLUSHABLE_OFF: number = c.linux('BT_FLUSHABLE_OFF');
export const BT_FLUSHABLE_ON: number = c.linux('BT_FLUSHABLE_ON');
export const BT_POWER_FORCE_ACTIVE_OFF: number = c.linux('BT_POWER_FORCE_ACTIVE_OFF');
export const BT_POWER_FORCE_ACTIVE_ON: number = c.linux('BT_POWER_FORCE_ACTIVE_ON');
export const BT_CHANNEL_POLICY_BREDR_ONLY: number = c.linux('BT_CHANNEL_POLICY_BREDR_ONLY');
export const BT_CHANNEL_POLICY_BREDR_PREFERRED: number = c.linux('BT_CHANNEL_POLICY_BREDR_PREFERRED');
export const BT_CHANNEL_POLICY_AMP_PREFERRED: number = c.linux('BT_CHANNEL_POLICY_AMP_PREFERRED');
export const BT_VOICE_TRANSPARENT: number = c.linux('BT_VOICE_TRANSPARENT');
export const BT_VOICE_CVSD_16BIT: number = c.linux('BT_VOICE_CVSD_16BIT');
export const BT_VOICE_TRANSPARENT_16BIT: number = c.linux('BT_VOICE_TRANSPARENT_16BIT');
export const BT_PHY_BR_1M_1SLOT: number = c.linux('BT_PHY_BR_1M_1SLOT');
export const BT_PHY_BR_1M_3SLOT: number = c.linux('BT_PHY_BR_1M_3SLOT');
export const BT_PHY_BR_1M_5SLOT: number = c.linux('BT_PHY_BR_1M_5SLOT');
export const BT_PHY_EDR_2M_1SLOT: number = c.linux('BT_PHY_EDR_2M_1SLOT');
export const BT_PHY_EDR_2M_3SLOT: number = c.linux('BT_PHY_EDR_2M_3SLOT');
export const BT_PHY_EDR_2M_5SLOT: number = c.linux('BT_PHY_EDR_2M_5SLOT');
export const BT_PHY_EDR_3M_1SLOT: number = c.linux('BT_PHY_EDR_3M_1SLOT');
export const BT_PHY_EDR_3M_3SLOT: number = c.linux('BT_PHY_EDR_3M_3SLOT');
export const BT_PHY_EDR_3M_5SLOT: number = c.linux('BT_PHY_EDR_3M_5SLOT');
export const BT_PHY_LE_1M_TX: number = c.linux('BT_PHY_LE_1M_TX');
export const BT_PHY_LE_1M_RX: number = c.linux('BT_PHY_LE_1M_RX');
export const BT_PHY_LE_2M_TX: number = c.linux('BT_PHY_LE_2M_TX');
export const BT_PHY_LE_2M_RX: number = c.linux('BT_PHY_LE_2M_RX');
export const BT_PHY_LE_CODED_TX: number = c.linux('BT_PHY_LE_CODED_TX');
export const BT_PHY_LE_CODED_RX: number = c.linux('BT_PHY_LE_CODED_RX');
export const BT_MODE_BASIC: number = c.linux('BT_MODE_BASIC');
export const BT_MODE_ERTM: number = c.linux('BT_MODE_ERTM');
export const BT_MODE_STREAMING: number = c.linux('BT_MODE_STREAMING');
export const BT_MODE_LE_FLOWCTL: number = c.linux('BT_MODE_LE_FLOWCTL');
export const BT_MODE_EXT_FLOWCTL: number = c.linux('BT_MODE_EXT_FLOWCTL');
export const BT_SCM_PKT_STATUS: number = c.linux('BT_SCM_PKT_STATUS');
export const L2CAP_OPTIONS: number = c.linux('L2CAP_OPTIONS');
export const L2CAP_CONNINFO: number = c.linux('L2CAP_CONNINFO');
export const L2CAP_LM: number = c.linux('L2CAP_LM');
export const L2CAP_LM_MASTER: number = c.linux('L2CAP_LM_MASTER');
export const L2CAP_LM_AUTH: number = c.linux('L2CAP_LM_AUTH');
export const L2CAP_LM_ENCRYPT: number = c.linux('L2CAP_LM_ENCRYPT');
export const L2CAP_LM_TRUSTED: number = c.linux('L2CAP_LM_TRUSTED');
export const L2CAP_LM_RELIABLE: number = c.linux('L2CAP_LM_RELIABLE');
export const L2CAP_LM_SECURE: number = c.linux('L2CAP_LM_SECURE');
export const L2CAP_LM_FIPS: number = c.linux('L2CAP_LM_FIPS');
export const L2CAP_MODE_BASIC: number = c.linux('L2CAP_MODE_BASIC');
export const L2CAP_MODE_RETRANS: number = c.linux('L2CAP_MODE_RETRANS');
export const L2CAP_MODE_FLOWCTL: number = c.linux('L2CAP_MODE_FLOWCTL');
export const L2CAP_MODE_ERTM: number = c.linux('L2CAP_MODE_ERTM');
export const L2CAP_MODE_STREAMING: number = c.linux('L2CAP_MODE_STREAMING');
export const L2CAP_DEFAULT_MTU: number = c.linux('L2CAP_DEFAULT_MTU');
export const L2CAP_CID_SIGNALING: number = c.linux('L2CAP_CID_SIGNALING');
export const L2CAP_CID_CONN_LESS: number = c.linux('L2CAP_CID_CONN_LESS');
export const L2CAP_CID_ATT: number = c.linux('L2CAP_CID_ATT');
export const L2CAP_CID_LE_SIGNALING: number = c.linux('L2CAP_CID_LE_SIGNALING');
export const L2CAP_CID_SMP: number = c.linux('L2CAP_CID_SMP');
export const L2CAP_CID_SMP_BREDR: number = c.linux('L2CAP_CID_SMP_BREDR');
export const L2CAP_CID_DYN_START: number = c.linux('L2CAP_CID_DYN_START');
export const RFCOMM_CONNINFO: number = c.linux('RFCOMM_CONNINFO');
export const RFCOMM_LM: number = c.linux('RFCOMM_LM');
export const RFCOMM_LM_MASTER: number = c.linux('RFCOMM_LM_MASTER');
export const RFCOMM_LM_AUTH: number = c.linux('RFCOMM_LM_AUTH');
export const RFCOMM_LM_ENCRYPT: number = c.linux('RFCOMM_LM_ENCRYPT');
export const RFCOMM_LM_TRUSTED: number = c.linux('RFCOMM_LM_TRUSTED');
export const RFCOMM_LM_RELIABLE: number = c.linux('RFCOMM_LM_RELIABLE');
export const RFCOMM_LM_SECURE: number = c.linux('RFCOMM_LM_SECURE');
export const RFCOMM_LM_FIPS: number = c.linux('RFCOMM_LM_FIPS');
export const SCO_OPTIONS: number = c.linux('SCO_OPTIONS');
export const SCO_CONNINFO: number = c.linux('SCO_CONNINFO');
export const HCI_DATA_DIR: number = c.linux('HCI_DATA_DIR');
export const HCI_FILTER: number = c.linux('HCI_FILTER');
export const HCI_TIME_STAMP: number = c.linux('HCI_TIME_STAMP');
export const HCI_CMSG_DIR: number = c.linux('HCI_CMSG_DIR');
export const HCI_CMSG_TSTAMP: number = c.linux('HCI_CMSG_TSTAMP');
export const HCI_CHANNEL_RAW: number = c.linux('HCI_CHANNEL_RAW');
export const HCI_CHANNEL_USER: number = c.linux('HCI_CHANNEL_USER');
export const HCI_CHANNEL_MONITOR: number = c.linux('HCI_CHANNEL_MONITOR');
export const HCI_CHANNEL_CONTROL: number = c.linux('HCI_CHANNEL_CONTROL');
export const HCI_CHANNEL_LOGGING: number = c.linux('HCI_CHANNEL_LOGGING');
export const HCI_DEV_NONE: number = c.linux('HCI_DEV_NONE');
export const HCI_MAX_DEV: number = c.linux('HCI_MAX_DEV');
export const HCI_COMMAND_PKT: number = c.linux('HCI_COMMAND_PKT');
export const HCI_ACLDATA_PKT: number = c.linux('HCI_ACLDATA_PKT');
export const HCI_SCODATA_PKT: number = c.linux('HCI_SCODATA_PKT');
export const HCI_EVENT_PKT: number = c.linux('HCI_EVENT_PKT');
export const HCI_ISODATA_PKT: number = c.linux('HCI_ISODATA_PKT');
export const HCI_DIAG_PKT: number = c.linux('HCI_DIAG_PKT');
export const HCI_VENDOR_PKT: number = c.linux('HCI_VENDOR_PKT');
export const HCI_FLT_TYPE_BITS: number = c.linux('HCI_FLT_TYPE_BITS');
export const HCI_FLT_EVENT_BITS: number = c.linux('HCI_FLT_EVENT_BITS');
export const HCI_FLT_OGF_BITS: number = c.linux('HCI_FLT_OGF_BITS');
export const HCI_FLT_OCF_BITS: number = c.linux('HCI_FLT_OCF_BITS');
export const HCI_UP: number = c.linux('HCI_UP');
export const HCI_INIT: number = c.linux('HCI_INIT');
export const HCI_RUNNING: number = c.linux('HCI_RUNNING');
export const HCI_PSCAN: number = c.linux('HCI_PSCAN');
export const HCI_ISCAN: number = c.linux('HCI_ISCAN');
export const HCI_AUTH: number = c.linux('HCI_AUTH');
export const HCI_ENCRYPT: number = c.linux('HCI_ENCRYPT');
export const HCI_INQUIRY: number = c.linux('HCI_INQUIRY');
export const HCI_RAW: number = c.linux('HCI_RAW');
export const SCAN_DISABLED: number = c.linux('SCAN_DISABLED');
export const SCAN_INQUIRY: number = c.linux('SCAN_INQUIRY');
export const SCAN_PAGE: number = c.linux('SCAN_PAGE');
export const OGF_LINK_CTL: number = c.linux('OGF_LINK_CTL');
export const OGF_LINK_POLICY: number = c.linux('OGF_LINK_POLICY');
export const OGF_HOST_CTL: number = c.linux('OGF_HOST_CTL');
export const OGF_INFO_PARAM: number = c.linux('OGF_INFO_PARAM');
export const OGF_STATUS_PARAM: number = c.linux('OGF_STATUS_PARAM');
export const OGF_LE_CTL: number = c.linux('OGF_LE_CTL');
export const OGF_TESTING_CMD: number = c.linux('OGF_TESTING_CMD');
export const OGF_VENDOR_CMD: number = c.linux('OGF_VENDOR_CMD');
export const OCF_INQUIRY: number = c.linux('OCF_INQUIRY');
export const OCF_RESET: number = c.linux('OCF_RESET');
export const OCF_READ_LOCAL_NAME: number = c.linux('OCF_READ_LOCAL_NAME');
export const OCF_READ_LOCAL_VERSION: number = c.linux('OCF_READ_LOCAL_VERSION');
export const OCF_READ_BD_ADDR: number = c.linux('OCF_READ_BD_ADDR');
export const EVT_INQUIRY_COMPLETE: number = c.linux('EVT_INQUIRY_COMPLETE');
export const EVT_INQUIRY_RESULT: number = c.linux('EVT_INQUIRY_RESULT');
export const EVT_CONN_COMPLETE: number = c.linux('EVT_CONN_COMPLETE');
export const EVT_CONN_REQUEST: number = c.linux('EVT_CONN_REQUEST');
export const EVT_DISCONN_COMPLETE: number = c.linux('EVT_DISCONN_COMPLETE');
export const EVT_CMD_COMPLETE: number = c.linux('EVT_CMD_COMPLETE');
export const EVT_CMD_STATUS: number = c.linux('EVT_CMD_STATUS');
export const EVT_NUM_COMP_PKTS: number = c.linux('EVT_NUM_COMP_PKTS');
export const EVT_LE_META_EVENT: number = c.linux('EVT_LE_META_EVENT');
export const HCIDEVUP: number = c.linux('HCIDEVUP');
export const HCIDEVDOWN: number = c.linux('HCIDEVDOWN');
export const HCIDEVRESET: number = c.linux('HCIDEVRESET');
export const HCIDEVRESTAT: number = c.linux('HCIDEVRESTAT');
export const HCIGETDEVLIST: number = c.linux('HCIGETDEVLIST');
export const HCIGETDEVINFO: number = c.linux('HCIGETDEVINFO');
export const HCIGETCONNLIST: number = c.linux('HCIGETCONNLIST');
export const HCIGETCONNINFO: number = c.linux('HCIGETCONNINFO');
export const HCIGETAUTHINFO: number = c.linux('HCIGETAUTHINFO');
export const HCISETRAW: number = c.linux('HCISETRAW');
export const HCISETSCAN: number = c.linux('HCISETSCAN');
export const HCISETAUTH: number = c.linux('HCISETAUTH');
export const HCISETENCRYPT: number = c.linux('HCISETENCRYPT');
export const HCISETPTYPE: number = c.linux('HCISETPTYPE');
export const HCISETLINKPOL: number = c.linux('HCISETLINKPOL');
export const HCISETLINKMODE: number = c.linux('HCISETLINKMODE');
export const HCISETACLMTU: number = c.linux('HCISETACLMTU');
export const HCISETSCOMTU: number = c.linux('HCISETSCOMTU');
export const HCIBLOCKADDR: number = c.linux('HCIBLOCKADDR');
export const HCIUNBLOCKADDR: number = c.linux('HCIUNBLOCKADDR');
export const HCIINQUIRY: number = c.linux('HCIINQUIRY');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_BLUETOOTH', 'PF_BLUETOOTH'],
  BTPROTO: [
    'BTPROTO_L2CAP', 'BTPROTO_HCI', 'BTPROTO_SCO', 'BTPROTO_RFCOMM', 'BTPROTO_BNEP', 'BTPROTO_CMTP', 'BTPROTO_HIDP',
    'BTPROTO_AVDTP', 'BTPROTO_ISO',
  ],
  SOL: ['SOL_HCI', 'SOL_L2CAP', 'SOL_SCO', 'SOL_RFCOMM', 'SOL_BLUETOOTH'],
  BDADDR_TYPE: ['BDADDR_BREDR', 'BDADDR_LE_PUBLIC', 'BDADDR_LE_RANDOM'],
  BT: [
    'BT_SECURITY', 'BT_DEFER_SETUP', 'BT_FLUSHABLE', 'BT_POWER', 'BT_CHANNEL_POLICY', 'BT_VOICE', 'BT_SNDMTU',
    'BT_RCVMTU', 'BT_PHY', 'BT_MODE', 'BT_PKT_STATUS', 'BT_ISO_QOS', 'BT_CODEC',
  ],
  BT_SECURITY_LEVEL: [
    'BT_SECURITY_SDP', 'BT_SECURITY_LOW', 'BT_SECURITY_MEDIUM', 'BT_SECURITY_HIGH', 'BT_SECURITY_FIPS',
  ],
  BT_FLUSHABLE_VALUE: ['BT_FLUSHABLE_OFF', 'BT_FLUSHABLE_ON'],
  BT_POWER_VALUE: ['BT_POWER_FORCE_ACTIVE_OFF', 'BT_POWER_FORCE_ACTIVE_ON'],
  BT_CHANNEL_POLICY_VALUE: [
    'BT_CHANNEL_POLICY_BREDR_ONLY', 'BT_CHANNEL_POLICY_BREDR_PREFERRED', 'BT_CHANNEL_POLICY_AMP_PREFERRED',
  ],
  BT_VOICE_SETTING: ['BT_VOICE_TRANSPARENT', 'BT_VOICE_CVSD_16BIT', 'BT_VOICE_TRANSPARENT_16BIT'],
  BT_PHY_BIT: [
    'BT_PHY_BR_1M_1SLOT', 'BT_PHY_BR_1M_3SLOT', 'BT_PHY_BR_1M_5SLOT', 'BT_PHY_EDR_2M_1SLOT', 'BT_PHY_EDR_2M_3SLOT',
    'BT_PHY_EDR_2M_5SLOT', 'BT_PHY_EDR_3M_1SLOT', 'BT_PHY_EDR_3M_3SLOT', 'BT_PHY_EDR_3M_5SLOT', 'BT_PHY_LE_1M_TX',
    'BT_PHY_LE_1M_RX', 'BT_PHY_LE_2M_TX', 'BT_PHY_LE_2M_RX', 'BT_PHY_LE_CODED_TX', 'BT_PHY_LE_CODED_RX',
  ],
  BT_MODE_VALUE: ['BT_MODE_BASIC', 'BT_MODE_ERTM', 'BT_MODE_STREAMING', 'BT_MODE_LE_FLOWCTL', 'BT_MODE_EXT_FLOWCTL'],
  BT_SCM: ['BT_SCM_PKT_STATUS'],
  L2CAP_OPT: ['L2CAP_OPTIONS', 'L2CAP_CONNINFO', 'L2CAP_LM'],
  L2CAP_LM: [
    'L2CAP_LM_MASTER', 'L2CAP_LM_AUTH', 'L2CAP_LM_ENCRYPT', 'L2CAP_LM_TRUSTED', 'L2CAP_LM_RELIABLE', 'L2CAP_LM_SECURE',
    'L2CAP_LM_FIPS',
  ],
  L2CAP_MODE: [
    'L2CAP_MODE_BASIC', 'L2CAP_MODE_RETRANS', 'L2CAP_MODE_FLOWCTL', 'L2CAP_MODE_ERTM', 'L2CAP_MODE_STREAMING',
  ],
  L2CAP_MISC: ['L2CAP_DEFAULT_MTU'],
  L2CAP_CID: [
    'L2CAP_CID_SIGNALING', 'L2CAP_CID_CONN_LESS', 'L2CAP_CID_ATT', 'L2CAP_CID_LE_SIGNALING', 'L2CAP_CID_SMP',
    'L2CAP_CID_SMP_BREDR', 'L2CAP_CID_DYN_START',
  ],
  RFCOMM_OPT: ['RFCOMM_CONNINFO', 'RFCOMM_LM'],
  RFCOMM_LM: [
    'RFCOMM_LM_MASTER', 'RFCOMM_LM_AUTH', 'RFCOMM_LM_ENCRYPT', 'RFCOMM_LM_TRUSTED', 'RFCOMM_LM_RELIABLE',
    'RFCOMM_LM_SECURE', 'RFCOMM_LM_FIPS',
  ],
  SCO_OPT: ['SCO_OPTIONS', 'SCO_CONNINFO'],
  HCI_OPT: ['HCI_DATA_DIR', 'HCI_FILTER', 'HCI_TIME_STAMP'],
  HCI_CMSG: ['HCI_CMSG_DIR', 'HCI_CMSG_TSTAMP'],
  HCI_CHANNEL: [
    'HCI_CHANNEL_RAW', 'HCI_CHANNEL_USER', 'HCI_CHANNEL_MONITOR', 'HCI_CHANNEL_CONTROL', 'HCI_CHANNEL_LOGGING',
  ],
  HCI_DEV: ['HCI_DEV_NONE', 'HCI_MAX_DEV'],
  HCI_PKT: [
    'HCI_COMMAND_PKT', 'HCI_ACLDATA_PKT', 'HCI_SCODATA_PKT', 'HCI_EVENT_PKT', 'HCI_ISODATA_PKT', 'HCI_DIAG_PKT',
    'HCI_VENDOR_PKT',
  ],
  HCI_FLT: ['HCI_FLT_TYPE_BITS', 'HCI_FLT_EVENT_BITS', 'HCI_FLT_OGF_BITS', 'HCI_FLT_OCF_BITS'],
  HCI_DEV_FLAG: [
    'HCI_UP', 'HCI_INIT', 'HCI_RUNNING', 'HCI_PSCAN', 'HCI_ISCAN', 'HCI_AUTH', 'HCI_ENCRYPT', 'HCI_INQUIRY', 'HCI_RAW',
  ],
  SCAN: ['SCAN_DISABLED', 'SCAN_INQUIRY', 'SCAN_PAGE'],
  OGF: [
    'OGF_LINK_CTL', 'OGF_LINK_POLICY', 'OGF_HOST_CTL', 'OGF_INFO_PARAM', 'OGF_STATUS_PARAM', 'OGF_LE_CTL',
    'OGF_TESTING_CMD', 'OGF_VENDOR_CMD',
  ],
  OCF: ['OCF_INQUIRY', 'OCF_RESET', 'OCF_READ_LOCAL_NAME', 'OCF_READ_LOCAL_VERSION', 'OCF_READ_BD_ADDR'],
  EVT: [
    'EVT_INQUIRY_COMPLETE', 'EVT_INQUIRY_RESULT', 'EVT_CONN_COMPLETE', 'EVT_CONN_REQUEST', 'EVT_DISCONN_COMPLETE',
    'EVT_CMD_COMPLETE', 'EVT_CMD_STATUS', 'EVT_NUM_COMP_PKTS', 'EVT_LE_META_EVENT',
  ],
  HCI_IOCTL: [
    'HCIDEVUP', 'HCIDEVDOWN', 'HCIDEVRESET', 'HCIDEVRESTAT', 'HCIGETDEVLIST', 'HCIGETDEVINFO', 'HCIGETCONNLIST',
    'HCIGETCONNINFO', 'HCIGETAUTHINFO', 'HCISETRAW', 'HCISETSCAN', 'HCISETAUTH', 'HCISETENCRYPT', 'HCISETPTYPE',
    'HCISETLINKPOL', 'HCISETLINKMODE', 'HCISETACLMTU', 'HCISETSCOMTU', 'HCIBLOCKADDR', 'HCIUNBLOCKADDR', 'HCIINQUIRY',
  ],
} as const;
