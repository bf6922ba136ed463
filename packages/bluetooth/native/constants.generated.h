// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<sock_bluetooth_abi.h>)
#include <sock_bluetooth_abi.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_BLUETOOTH
  s.Add("AF_BLUETOOTH", AF_BLUETOOTH);
#endif
#ifdef PF_BLUETOOTH
  s.Add("PF_BLUETOOTH", PF_BLUETOOTH);
#endif
  s.Group("BTPROTO");
#ifdef BTPROTO_L2CAP
  s.Add("BTPROTO_L2CAP", BTPROTO_L2CAP);
#endif
#ifdef BTPROTO_HCI
  s.Add("BTPROTO_HCI", BTPROTO_HCI);
#endif
#ifdef BTPROTO_SCO
  s.Add("BTPROTO_SCO", BTPROTO_SCO);
#endif
#ifdef BTPROTO_RFCOMM
  s.Add("BTPROTO_RFCOMM", BTPROTO_RFCOMM);
#endif
#ifdef BTPROTO_BNEP
  s.Add("BTPROTO_BNEP", BTPROTO_BNEP);
#endif
#ifdef BTPROTO_CMTP
  s.Add("BTPROTO_CMTP", BTPROTO_CMTP);
#endif
#ifdef BTPROTO_HIDP
  s.Add("BTPROTO_HIDP", BTPROTO_HIDP);
#endif
#ifdef BTPROTO_AVDTP
  s.Add("BTPROTO_AVDTP", BTPROTO_AVDTP);
#endif
#ifdef BTPROTO_ISO
  s.Add("BTPROTO_ISO", BTPROTO_ISO);
#endif
  s.Group("SOL");
#ifdef SOL_HCI
  s.Add("SOL_HCI", SOL_HCI);
#endif
#ifdef SOL_L2CAP
  s.Add("SOL_L2CAP", SOL_L2CAP);
#endif
#ifdef SOL_SCO
  s.Add("SOL_SCO", SOL_SCO);
#endif
#ifdef SOL_RFCOMM
  s.Add("SOL_RFCOMM", SOL_RFCOMM);
#endif
#ifdef SOL_BLUETOOTH
  s.Add("SOL_BLUETOOTH", SOL_BLUETOOTH);
#endif
  s.Group("BDADDR_TYPE");
#ifdef BDADDR_BREDR
  s.Add("BDADDR_BREDR", BDADDR_BREDR);
#endif
#ifdef BDADDR_LE_PUBLIC
  s.Add("BDADDR_LE_PUBLIC", BDADDR_LE_PUBLIC);
#endif
#ifdef BDADDR_LE_RANDOM
  s.Add("BDADDR_LE_RANDOM", BDADDR_LE_RANDOM);
#endif
  s.Group("BT");
#ifdef BT_SECURITY
  s.Add("BT_SECURITY", BT_SECURITY);
#endif
#ifdef BT_DEFER_SETUP
  s.Add("BT_DEFER_SETUP", BT_DEFER_SETUP);
#endif
#ifdef BT_FLUSHABLE
  s.Add("BT_FLUSHABLE", BT_FLUSHABLE);
#endif
#ifdef BT_POWER
  s.Add("BT_POWER", BT_POWER);
#endif
#ifdef BT_CHANNEL_POLICY
  s.Add("BT_CHANNEL_POLICY", BT_CHANNEL_POLICY);
#endif
#ifdef BT_VOICE
  s.Add("BT_VOICE", BT_VOICE);
#endif
#ifdef BT_SNDMTU
  s.Add("BT_SNDMTU", BT_SNDMTU);
#endif
#ifdef BT_RCVMTU
  s.Add("BT_RCVMTU", BT_RCVMTU);
#endif
#ifdef BT_PHY
  s.Add("BT_PHY", BT_PHY);
#endif
#ifdef BT_MODE
  s.Add("BT_MODE", BT_MODE);
#endif
#ifdef BT_PKT_STATUS
  s.Add("BT_PKT_STATUS", BT_PKT_STATUS);
#endif
#ifdef BT_ISO_QOS
  s.Add("BT_ISO_QOS", BT_ISO_QOS);
#endif
#ifdef BT_CODEC
  s.Add("BT_CODEC", BT_CODEC);
#endif
  s.Group("BT_SECURITY_LEVEL");
#ifdef BT_SECURITY_SDP
  s.Add("BT_SECURITY_SDP", BT_SECURITY_SDP);
#endif
#ifdef BT_SECURITY_LOW
  s.Add("BT_SECURITY_LOW", BT_SECURITY_LOW);
#endif
#ifdef BT_SECURITY_MEDIUM
  s.Add("BT_SECURITY_MEDIUM", BT_SECURITY_MEDIUM);
#endif
#ifdef BT_SECURITY_HIGH
  s.Add("BT_SECURITY_HIGH", BT_SECURITY_HIGH);
#endif
#ifdef BT_SECURITY_FIPS
  s.Add("BT_SECURITY_FIPS", BT_SECURITY_FIPS);
#endif
  s.Group("BT_FLUSHABLE_VALUE");
#ifdef BT_FLUSHABLE_OFF
  s.Add("BT_FLUSHABLE_OFF", BT_FLUSHABLE_OFF);
#endif
#ifdef BT_FLUSHABLE_ON
  s.Add("BT_FLUSHABLE_ON", BT_FLUSHABLE_ON);
#endif
  s.Group("BT_POWER_VALUE");
#ifdef BT_POWER_FORCE_ACTIVE_OFF
  s.Add("BT_POWER_FORCE_ACTIVE_OFF", BT_POWER_FORCE_ACTIVE_OFF);
#endif
#ifdef BT_POWER_FORCE_ACTIVE_ON
  s.Add("BT_POWER_FORCE_ACTIVE_ON", BT_POWER_FORCE_ACTIVE_ON);
#endif
  s.Group("BT_CHANNEL_POLICY_VALUE");
#ifdef BT_CHANNEL_POLICY_BREDR_ONLY
  s.Add("BT_CHANNEL_POLICY_BREDR_ONLY", BT_CHANNEL_POLICY_BREDR_ONLY);
#endif
#ifdef BT_CHANNEL_POLICY_BREDR_PREFERRED
  s.Add("BT_CHANNEL_POLICY_BREDR_PREFERRED", BT_CHANNEL_POLICY_BREDR_PREFERRED);
#endif
#ifdef BT_CHANNEL_POLICY_AMP_PREFERRED
  s.Add("BT_CHANNEL_POLICY_AMP_PREFERRED", BT_CHANNEL_POLICY_AMP_PREFERRED);
#endif
  s.Group("BT_VOICE_SETTING");
#ifdef BT_VOICE_TRANSPARENT
  s.Add("BT_VOICE_TRANSPARENT", BT_VOICE_TRANSPARENT);
#endif
#ifdef BT_VOICE_CVSD_16BIT
  s.Add("BT_VOICE_CVSD_16BIT", BT_VOICE_CVSD_16BIT);
#endif
#ifdef BT_VOICE_TRANSPARENT_16BIT
  s.Add("BT_VOICE_TRANSPARENT_16BIT", BT_VOICE_TRANSPARENT_16BIT);
#endif
  s.Group("BT_PHY_BIT");
#ifdef BT_PHY_BR_1M_1SLOT
  s.Add("BT_PHY_BR_1M_1SLOT", BT_PHY_BR_1M_1SLOT);
#endif
#ifdef BT_PHY_BR_1M_3SLOT
  s.Add("BT_PHY_BR_1M_3SLOT", BT_PHY_BR_1M_3SLOT);
#endif
#ifdef BT_PHY_BR_1M_5SLOT
  s.Add("BT_PHY_BR_1M_5SLOT", BT_PHY_BR_1M_5SLOT);
#endif
#ifdef BT_PHY_EDR_2M_1SLOT
  s.Add("BT_PHY_EDR_2M_1SLOT", BT_PHY_EDR_2M_1SLOT);
#endif
#ifdef BT_PHY_EDR_2M_3SLOT
  s.Add("BT_PHY_EDR_2M_3SLOT", BT_PHY_EDR_2M_3SLOT);
#endif
#ifdef BT_PHY_EDR_2M_5SLOT
  s.Add("BT_PHY_EDR_2M_5SLOT", BT_PHY_EDR_2M_5SLOT);
#endif
#ifdef BT_PHY_EDR_3M_1SLOT
  s.Add("BT_PHY_EDR_3M_1SLOT", BT_PHY_EDR_3M_1SLOT);
#endif
#ifdef BT_PHY_EDR_3M_3SLOT
  s.Add("BT_PHY_EDR_3M_3SLOT", BT_PHY_EDR_3M_3SLOT);
#endif
#ifdef BT_PHY_EDR_3M_5SLOT
  s.Add("BT_PHY_EDR_3M_5SLOT", BT_PHY_EDR_3M_5SLOT);
#endif
#ifdef BT_PHY_LE_1M_TX
  s.Add("BT_PHY_LE_1M_TX", BT_PHY_LE_1M_TX);
#endif
#ifdef BT_PHY_LE_1M_RX
  s.Add("BT_PHY_LE_1M_RX", BT_PHY_LE_1M_RX);
#endif
#ifdef BT_PHY_LE_2M_TX
  s.Add("BT_PHY_LE_2M_TX", BT_PHY_LE_2M_TX);
#endif
#ifdef BT_PHY_LE_2M_RX
  s.Add("BT_PHY_LE_2M_RX", BT_PHY_LE_2M_RX);
#endif
#ifdef BT_PHY_LE_CODED_TX
  s.Add("BT_PHY_LE_CODED_TX", BT_PHY_LE_CODED_TX);
#endif
#ifdef BT_PHY_LE_CODED_RX
  s.Add("BT_PHY_LE_CODED_RX", BT_PHY_LE_CODED_RX);
#endif
  s.Group("BT_MODE_VALUE");
#ifdef BT_MODE_BASIC
  s.Add("BT_MODE_BASIC", BT_MODE_BASIC);
#endif
#ifdef BT_MODE_ERTM
  s.Add("BT_MODE_ERTM", BT_MODE_ERTM);
#endif
#ifdef BT_MODE_STREAMING
  s.Add("BT_MODE_STREAMING", BT_MODE_STREAMING);
#endif
#ifdef BT_MODE_LE_FLOWCTL
  s.Add("BT_MODE_LE_FLOWCTL", BT_MODE_LE_FLOWCTL);
#endif
#ifdef BT_MODE_EXT_FLOWCTL
  s.Add("BT_MODE_EXT_FLOWCTL", BT_MODE_EXT_FLOWCTL);
#endif
  s.Group("BT_SCM");
#ifdef BT_SCM_PKT_STATUS
  s.Add("BT_SCM_PKT_STATUS", BT_SCM_PKT_STATUS);
#endif
  s.Group("L2CAP_OPT");
#ifdef L2CAP_OPTIONS
  s.Add("L2CAP_OPTIONS", L2CAP_OPTIONS);
#endif
#ifdef L2CAP_CONNINFO
  s.Add("L2CAP_CONNINFO", L2CAP_CONNINFO);
#endif
#ifdef L2CAP_LM
  s.Add("L2CAP_LM", L2CAP_LM);
#endif
  s.Group("L2CAP_LM");
#ifdef L2CAP_LM_MASTER
  s.Add("L2CAP_LM_MASTER", L2CAP_LM_MASTER);
#endif
#ifdef L2CAP_LM_AUTH
  s.Add("L2CAP_LM_AUTH", L2CAP_LM_AUTH);
#endif
#ifdef L2CAP_LM_ENCRYPT
  s.Add("L2CAP_LM_ENCRYPT", L2CAP_LM_ENCRYPT);
#endif
#ifdef L2CAP_LM_TRUSTED
  s.Add("L2CAP_LM_TRUSTED", L2CAP_LM_TRUSTED);
#endif
#ifdef L2CAP_LM_RELIABLE
  s.Add("L2CAP_LM_RELIABLE", L2CAP_LM_RELIABLE);
#endif
#ifdef L2CAP_LM_SECURE
  s.Add("L2CAP_LM_SECURE", L2CAP_LM_SECURE);
#endif
#ifdef L2CAP_LM_FIPS
  s.Add("L2CAP_LM_FIPS", L2CAP_LM_FIPS);
#endif
  s.Group("L2CAP_MODE");
#ifdef L2CAP_MODE_BASIC
  s.Add("L2CAP_MODE_BASIC", L2CAP_MODE_BASIC);
#endif
#ifdef L2CAP_MODE_RETRANS
  s.Add("L2CAP_MODE_RETRANS", L2CAP_MODE_RETRANS);
#endif
#ifdef L2CAP_MODE_FLOWCTL
  s.Add("L2CAP_MODE_FLOWCTL", L2CAP_MODE_FLOWCTL);
#endif
#ifdef L2CAP_MODE_ERTM
  s.Add("L2CAP_MODE_ERTM", L2CAP_MODE_ERTM);
#endif
#ifdef L2CAP_MODE_STREAMING
  s.Add("L2CAP_MODE_STREAMING", L2CAP_MODE_STREAMING);
#endif
  s.Group("L2CAP_MISC");
#ifdef L2CAP_DEFAULT_MTU
  s.Add("L2CAP_DEFAULT_MTU", L2CAP_DEFAULT_MTU);
#endif
  s.Group("L2CAP_CID");
#ifdef L2CAP_CID_SIGNALING
  s.Add("L2CAP_CID_SIGNALING", L2CAP_CID_SIGNALING);
#endif
#ifdef L2CAP_CID_CONN_LESS
  s.Add("L2CAP_CID_CONN_LESS", L2CAP_CID_CONN_LESS);
#endif
#ifdef L2CAP_CID_ATT
  s.Add("L2CAP_CID_ATT", L2CAP_CID_ATT);
#endif
#ifdef L2CAP_CID_LE_SIGNALING
  s.Add("L2CAP_CID_LE_SIGNALING", L2CAP_CID_LE_SIGNALING);
#endif
#ifdef L2CAP_CID_SMP
  s.Add("L2CAP_CID_SMP", L2CAP_CID_SMP);
#endif
#ifdef L2CAP_CID_SMP_BREDR
  s.Add("L2CAP_CID_SMP_BREDR", L2CAP_CID_SMP_BREDR);
#endif
#ifdef L2CAP_CID_DYN_START
  s.Add("L2CAP_CID_DYN_START", L2CAP_CID_DYN_START);
#endif
  s.Group("RFCOMM_OPT");
#ifdef RFCOMM_CONNINFO
  s.Add("RFCOMM_CONNINFO", RFCOMM_CONNINFO);
#endif
#ifdef RFCOMM_LM
  s.Add("RFCOMM_LM", RFCOMM_LM);
#endif
  s.Group("RFCOMM_LM");
#ifdef RFCOMM_LM_MASTER
  s.Add("RFCOMM_LM_MASTER", RFCOMM_LM_MASTER);
#endif
#ifdef RFCOMM_LM_AUTH
  s.Add("RFCOMM_LM_AUTH", RFCOMM_LM_AUTH);
#endif
#ifdef RFCOMM_LM_ENCRYPT
  s.Add("RFCOMM_LM_ENCRYPT", RFCOMM_LM_ENCRYPT);
#endif
#ifdef RFCOMM_LM_TRUSTED
  s.Add("RFCOMM_LM_TRUSTED", RFCOMM_LM_TRUSTED);
#endif
#ifdef RFCOMM_LM_RELIABLE
  s.Add("RFCOMM_LM_RELIABLE", RFCOMM_LM_RELIABLE);
#endif
#ifdef RFCOMM_LM_SECURE
  s.Add("RFCOMM_LM_SECURE", RFCOMM_LM_SECURE);
#endif
#ifdef RFCOMM_LM_FIPS
  s.Add("RFCOMM_LM_FIPS", RFCOMM_LM_FIPS);
#endif
  s.Group("SCO_OPT");
#ifdef SCO_OPTIONS
  s.Add("SCO_OPTIONS", SCO_OPTIONS);
#endif
#ifdef SCO_CONNINFO
  s.Add("SCO_CONNINFO", SCO_CONNINFO);
#endif
  s.Group("HCI_OPT");
#ifdef HCI_DATA_DIR
  s.Add("HCI_DATA_DIR", HCI_DATA_DIR);
#endif
#ifdef HCI_FILTER
  s.Add("HCI_FILTER", HCI_FILTER);
#endif
#ifdef HCI_TIME_STAMP
  s.Add("HCI_TIME_STAMP", HCI_TIME_STAMP);
#endif
  s.Group("HCI_CMSG");
#ifdef HCI_CMSG_DIR
  s.Add("HCI_CMSG_DIR", HCI_CMSG_DIR);
#endif
#ifdef HCI_CMSG_TSTAMP
  s.Add("HCI_CMSG_TSTAMP", HCI_CMSG_TSTAMP);
#endif
  s.Group("HCI_CHANNEL");
#ifdef HCI_CHANNEL_RAW
  s.Add("HCI_CHANNEL_RAW", HCI_CHANNEL_RAW);
#endif
#ifdef HCI_CHANNEL_USER
  s.Add("HCI_CHANNEL_USER", HCI_CHANNEL_USER);
#endif
#ifdef HCI_CHANNEL_MONITOR
  s.Add("HCI_CHANNEL_MONITOR", HCI_CHANNEL_MONITOR);
#endif
#ifdef HCI_CHANNEL_CONTROL
  s.Add("HCI_CHANNEL_CONTROL", HCI_CHANNEL_CONTROL);
#endif
#ifdef HCI_CHANNEL_LOGGING
  s.Add("HCI_CHANNEL_LOGGING", HCI_CHANNEL_LOGGING);
#endif
  s.Group("HCI_DEV");
#ifdef HCI_DEV_NONE
  s.Add("HCI_DEV_NONE", HCI_DEV_NONE);
#endif
#ifdef HCI_MAX_DEV
  s.Add("HCI_MAX_DEV", HCI_MAX_DEV);
#endif
  s.Group("HCI_PKT");
#ifdef HCI_COMMAND_PKT
  s.Add("HCI_COMMAND_PKT", HCI_COMMAND_PKT);
#endif
#ifdef HCI_ACLDATA_PKT
  s.Add("HCI_ACLDATA_PKT", HCI_ACLDATA_PKT);
#endif
#ifdef HCI_SCODATA_PKT
  s.Add("HCI_SCODATA_PKT", HCI_SCODATA_PKT);
#endif
#ifdef HCI_EVENT_PKT
  s.Add("HCI_EVENT_PKT", HCI_EVENT_PKT);
#endif
#ifdef HCI_ISODATA_PKT
  s.Add("HCI_ISODATA_PKT", HCI_ISODATA_PKT);
#endif
#ifdef HCI_DIAG_PKT
  s.Add("HCI_DIAG_PKT", HCI_DIAG_PKT);
#endif
#ifdef HCI_VENDOR_PKT
  s.Add("HCI_VENDOR_PKT", HCI_VENDOR_PKT);
#endif
  s.Group("HCI_FLT");
#ifdef HCI_FLT_TYPE_BITS
  s.Add("HCI_FLT_TYPE_BITS", HCI_FLT_TYPE_BITS);
#endif
#ifdef HCI_FLT_EVENT_BITS
  s.Add("HCI_FLT_EVENT_BITS", HCI_FLT_EVENT_BITS);
#endif
#ifdef HCI_FLT_OGF_BITS
  s.Add("HCI_FLT_OGF_BITS", HCI_FLT_OGF_BITS);
#endif
#ifdef HCI_FLT_OCF_BITS
  s.Add("HCI_FLT_OCF_BITS", HCI_FLT_OCF_BITS);
#endif
  s.Group("HCI_DEV_FLAG");
#ifdef HCI_UP
  s.Add("HCI_UP", HCI_UP);
#endif
#ifdef HCI_INIT
  s.Add("HCI_INIT", HCI_INIT);
#endif
#ifdef HCI_RUNNING
  s.Add("HCI_RUNNING", HCI_RUNNING);
#endif
#ifdef HCI_PSCAN
  s.Add("HCI_PSCAN", HCI_PSCAN);
#endif
#ifdef HCI_ISCAN
  s.Add("HCI_ISCAN", HCI_ISCAN);
#endif
#ifdef HCI_AUTH
  s.Add("HCI_AUTH", HCI_AUTH);
#endif
#ifdef HCI_ENCRYPT
  s.Add("HCI_ENCRYPT", HCI_ENCRYPT);
#endif
#ifdef HCI_INQUIRY
  s.Add("HCI_INQUIRY", HCI_INQUIRY);
#endif
#ifdef HCI_RAW
  s.Add("HCI_RAW", HCI_RAW);
#endif
  s.Group("SCAN");
#ifdef SCAN_DISABLED
  s.Add("SCAN_DISABLED", SCAN_DISABLED);
#endif
#ifdef SCAN_INQUIRY
  s.Add("SCAN_INQUIRY", SCAN_INQUIRY);
#endif
#ifdef SCAN_PAGE
  s.Add("SCAN_PAGE", SCAN_PAGE);
#endif
  s.Group("OGF");
#ifdef OGF_LINK_CTL
  s.Add("OGF_LINK_CTL", OGF_LINK_CTL);
#endif
#ifdef OGF_LINK_POLICY
  s.Add("OGF_LINK_POLICY", OGF_LINK_POLICY);
#endif
#ifdef OGF_HOST_CTL
  s.Add("OGF_HOST_CTL", OGF_HOST_CTL);
#endif
#ifdef OGF_INFO_PARAM
  s.Add("OGF_INFO_PARAM", OGF_INFO_PARAM);
#endif
#ifdef OGF_STATUS_PARAM
  s.Add("OGF_STATUS_PARAM", OGF_STATUS_PARAM);
#endif
#ifdef OGF_LE_CTL
  s.Add("OGF_LE_CTL", OGF_LE_CTL);
#endif
#ifdef OGF_TESTING_CMD
  s.Add("OGF_TESTING_CMD", OGF_TESTING_CMD);
#endif
#ifdef OGF_VENDOR_CMD
  s.Add("OGF_VENDOR_CMD", OGF_VENDOR_CMD);
#endif
  s.Group("OCF");
#ifdef OCF_INQUIRY
  s.Add("OCF_INQUIRY", OCF_INQUIRY);
#endif
#ifdef OCF_RESET
  s.Add("OCF_RESET", OCF_RESET);
#endif
#ifdef OCF_READ_LOCAL_NAME
  s.Add("OCF_READ_LOCAL_NAME", OCF_READ_LOCAL_NAME);
#endif
#ifdef OCF_READ_LOCAL_VERSION
  s.Add("OCF_READ_LOCAL_VERSION", OCF_READ_LOCAL_VERSION);
#endif
#ifdef OCF_READ_BD_ADDR
  s.Add("OCF_READ_BD_ADDR", OCF_READ_BD_ADDR);
#endif
  s.Group("EVT");
#ifdef EVT_INQUIRY_COMPLETE
  s.Add("EVT_INQUIRY_COMPLETE", EVT_INQUIRY_COMPLETE);
#endif
#ifdef EVT_INQUIRY_RESULT
  s.Add("EVT_INQUIRY_RESULT", EVT_INQUIRY_RESULT);
#endif
#ifdef EVT_CONN_COMPLETE
  s.Add("EVT_CONN_COMPLETE", EVT_CONN_COMPLETE);
#endif
#ifdef EVT_CONN_REQUEST
  s.Add("EVT_CONN_REQUEST", EVT_CONN_REQUEST);
#endif
#ifdef EVT_DISCONN_COMPLETE
  s.Add("EVT_DISCONN_COMPLETE", EVT_DISCONN_COMPLETE);
#endif
#ifdef EVT_CMD_COMPLETE
  s.Add("EVT_CMD_COMPLETE", EVT_CMD_COMPLETE);
#endif
#ifdef EVT_CMD_STATUS
  s.Add("EVT_CMD_STATUS", EVT_CMD_STATUS);
#endif
#ifdef EVT_NUM_COMP_PKTS
  s.Add("EVT_NUM_COMP_PKTS", EVT_NUM_COMP_PKTS);
#endif
#ifdef EVT_LE_META_EVENT
  s.Add("EVT_LE_META_EVENT", EVT_LE_META_EVENT);
#endif
  s.Group("HCI_IOCTL");
#ifdef HCIDEVUP
  s.Add("HCIDEVUP", HCIDEVUP);
#endif
#ifdef HCIDEVDOWN
  s.Add("HCIDEVDOWN", HCIDEVDOWN);
#endif
#ifdef HCIDEVRESET
  s.Add("HCIDEVRESET", HCIDEVRESET);
#endif
#ifdef HCIDEVRESTAT
  s.Add("HCIDEVRESTAT", HCIDEVRESTAT);
#endif
#ifdef HCIGETDEVLIST
  s.Add("HCIGETDEVLIST", HCIGETDEVLIST);
#endif
#ifdef HCIGETDEVINFO
  s.Add("HCIGETDEVINFO", HCIGETDEVINFO);
#endif
#ifdef HCIGETCONNLIST
  s.Add("HCIGETCONNLIST", HCIGETCONNLIST);
#endif
#ifdef HCIGETCONNINFO
  s.Add("HCIGETCONNINFO", HCIGETCONNINFO);
#endif
#ifdef HCIGETAUTHINFO
  s.Add("HCIGETAUTHINFO", HCIGETAUTHINFO);
#endif
#ifdef HCISETRAW
  s.Add("HCISETRAW", HCISETRAW);
#endif
#ifdef HCISETSCAN
  s.Add("HCISETSCAN", HCISETSCAN);
#endif
#ifdef HCISETAUTH
  s.Add("HCISETAUTH", HCISETAUTH);
#endif
#ifdef HCISETENCRYPT
  s.Add("HCISETENCRYPT", HCISETENCRYPT);
#endif
#ifdef HCISETPTYPE
  s.Add("HCISETPTYPE", HCISETPTYPE);
#endif
#ifdef HCISETLINKPOL
  s.Add("HCISETLINKPOL", HCISETLINKPOL);
#endif
#ifdef HCISETLINKMODE
  s.Add("HCISETLINKMODE", HCISETLINKMODE);
#endif
#ifdef HCISETACLMTU
  s.Add("HCISETACLMTU", HCISETACLMTU);
#endif
#ifdef HCISETSCOMTU
  s.Add("HCISETSCOMTU", HCISETSCOMTU);
#endif
#ifdef HCIBLOCKADDR
  s.Add("HCIBLOCKADDR", HCIBLOCKADDR);
#endif
#ifdef HCIUNBLOCKADDR
  s.Add("HCIUNBLOCKADDR", HCIUNBLOCKADDR);
#endif
#ifdef HCIINQUIRY
  s.Add("HCIINQUIRY", HCIINQUIRY);
#endif
}

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  (void)s;
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
