// The Linux Bluetooth socket ABI that @sock/bluetooth needs, carried here so
// that the package builds and runs without libbluetooth or BlueZ's headers
// (the kernel exports no uapi header for AF_BLUETOOTH). Values and layouts
// are the kernel's (include/net/bluetooth/{bluetooth,hci_sock,l2cap,rfcomm,
// sco}.h); test/constants.test.ts checks them against CPython and, where
// /usr/include/bluetooth exists, against BlueZ's headers. Every name is
// guarded so that a header defining it first wins.
#ifndef SOCK_BLUETOOTH_ABI_H_
#define SOCK_BLUETOOTH_ABI_H_

#if defined(__linux__)

#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#define SOCK_BLUETOOTH_ABI 1

#ifndef AF_BLUETOOTH
#define AF_BLUETOOTH 31
#endif
#ifndef PF_BLUETOOTH
#define PF_BLUETOOTH AF_BLUETOOTH
#endif

// Protocols of socket(AF_BLUETOOTH, type, proto).
#ifndef BTPROTO_L2CAP
#define BTPROTO_L2CAP 0
#define BTPROTO_HCI 1
#define BTPROTO_SCO 2
#define BTPROTO_RFCOMM 3
#define BTPROTO_BNEP 4
#define BTPROTO_CMTP 5
#define BTPROTO_HIDP 6
#define BTPROTO_AVDTP 7
#endif
#ifndef BTPROTO_ISO
#define BTPROTO_ISO 8
#endif

// Option levels.
#ifndef SOL_HCI
#define SOL_HCI 0
#endif
#ifndef SOL_L2CAP
#define SOL_L2CAP 6
#endif
#ifndef SOL_SCO
#define SOL_SCO 17
#endif
#ifndef SOL_RFCOMM
#define SOL_RFCOMM 18
#endif
#ifndef SOL_BLUETOOTH
#define SOL_BLUETOOTH 274
#endif

// Address types of sockaddr_l2.l2_bdaddr_type.
#ifndef BDADDR_BREDR
#define BDADDR_BREDR 0x00
#define BDADDR_LE_PUBLIC 0x01
#define BDADDR_LE_RANDOM 0x02
#endif

// Options of level SOL_BLUETOOTH and their values.
#ifndef BT_SECURITY
#define BT_SECURITY 4
#define BT_SECURITY_SDP 0
#define BT_SECURITY_LOW 1
#define BT_SECURITY_MEDIUM 2
#define BT_SECURITY_HIGH 3
#endif
#ifndef BT_SECURITY_FIPS
#define BT_SECURITY_FIPS 4
#endif
#ifndef BT_DEFER_SETUP
#define BT_DEFER_SETUP 7
#endif
#ifndef BT_FLUSHABLE
#define BT_FLUSHABLE 8
#define BT_FLUSHABLE_OFF 0
#define BT_FLUSHABLE_ON 1
#endif
#ifndef BT_POWER
#define BT_POWER 9
#define BT_POWER_FORCE_ACTIVE_OFF 0
#define BT_POWER_FORCE_ACTIVE_ON 1
#endif
#ifndef BT_CHANNEL_POLICY
#define BT_CHANNEL_POLICY 10
#define BT_CHANNEL_POLICY_BREDR_ONLY 0
#define BT_CHANNEL_POLICY_BREDR_PREFERRED 1
#define BT_CHANNEL_POLICY_AMP_PREFERRED 2
#endif
#ifndef BT_VOICE
#define BT_VOICE 11
#define BT_VOICE_TRANSPARENT 0x0003
#define BT_VOICE_CVSD_16BIT 0x0060
#endif
#ifndef BT_VOICE_TRANSPARENT_16BIT
#define BT_VOICE_TRANSPARENT_16BIT 0x0063
#endif
#ifndef BT_SNDMTU
#define BT_SNDMTU 12
#define BT_RCVMTU 13
#endif
#ifndef BT_PHY
#define BT_PHY 14
#define BT_PHY_BR_1M_1SLOT 0x00000001
#define BT_PHY_BR_1M_3SLOT 0x00000002
#define BT_PHY_BR_1M_5SLOT 0x00000004
#define BT_PHY_EDR_2M_1SLOT 0x00000008
#define BT_PHY_EDR_2M_3SLOT 0x00000010
#define BT_PHY_EDR_2M_5SLOT 0x00000020
#define BT_PHY_EDR_3M_1SLOT 0x00000040
#define BT_PHY_EDR_3M_3SLOT 0x00000080
#define BT_PHY_EDR_3M_5SLOT 0x00000100
#define BT_PHY_LE_1M_TX 0x00000200
#define BT_PHY_LE_1M_RX 0x00000400
#define BT_PHY_LE_2M_TX 0x00000800
#define BT_PHY_LE_2M_RX 0x00001000
#define BT_PHY_LE_CODED_TX 0x00002000
#define BT_PHY_LE_CODED_RX 0x00004000
#endif
#ifndef BT_MODE
#define BT_MODE 15
#define BT_MODE_BASIC 0x00
#define BT_MODE_ERTM 0x01
#define BT_MODE_STREAMING 0x02
#define BT_MODE_LE_FLOWCTL 0x03
#define BT_MODE_EXT_FLOWCTL 0x04
#endif
#ifndef BT_PKT_STATUS
#define BT_PKT_STATUS 16
#endif
#ifndef BT_SCM_PKT_STATUS
#define BT_SCM_PKT_STATUS 0x03
#endif
#ifndef BT_ISO_QOS
#define BT_ISO_QOS 17
#endif
#ifndef BT_CODEC
#define BT_CODEC 19
#endif

// L2CAP: options of level SOL_L2CAP, link-mode bits, channel modes, fixed channels.
#ifndef L2CAP_OPTIONS
#define L2CAP_OPTIONS 0x01
#define L2CAP_CONNINFO 0x02
#define L2CAP_LM 0x03
#define L2CAP_LM_MASTER 0x0001
#define L2CAP_LM_AUTH 0x0002
#define L2CAP_LM_ENCRYPT 0x0004
#define L2CAP_LM_TRUSTED 0x0008
#define L2CAP_LM_RELIABLE 0x0010
#define L2CAP_LM_SECURE 0x0020
#define L2CAP_LM_FIPS 0x0040
#endif
#ifndef L2CAP_MODE_BASIC
#define L2CAP_MODE_BASIC 0x00
#define L2CAP_MODE_RETRANS 0x01
#define L2CAP_MODE_FLOWCTL 0x02
#define L2CAP_MODE_ERTM 0x03
#define L2CAP_MODE_STREAMING 0x04
#endif
#ifndef L2CAP_DEFAULT_MTU
#define L2CAP_DEFAULT_MTU 672
#endif
#ifndef L2CAP_CID_SIGNALING
#define L2CAP_CID_SIGNALING 0x0001
#define L2CAP_CID_CONN_LESS 0x0002
#define L2CAP_CID_ATT 0x0004
#define L2CAP_CID_LE_SIGNALING 0x0005
#define L2CAP_CID_SMP 0x0006
#define L2CAP_CID_SMP_BREDR 0x0007
#define L2CAP_CID_DYN_START 0x0040
#endif

// RFCOMM: options of level SOL_RFCOMM and link-mode bits.
#ifndef RFCOMM_CONNINFO
#define RFCOMM_CONNINFO 0x02
#define RFCOMM_LM 0x03
#define RFCOMM_LM_MASTER 0x0001
#define RFCOMM_LM_AUTH 0x0002
#define RFCOMM_LM_ENCRYPT 0x0004
#define RFCOMM_LM_TRUSTED 0x0008
#define RFCOMM_LM_RELIABLE 0x0010
#define RFCOMM_LM_SECURE 0x0020
#define RFCOMM_LM_FIPS 0x0040
#endif

// SCO: options of level SOL_SCO.
#ifndef SCO_OPTIONS
#define SCO_OPTIONS 0x01
#define SCO_CONNINFO 0x02
#endif

// HCI sockets: options of level SOL_HCI, control messages, channels, devices.
#ifndef HCI_DATA_DIR
#define HCI_DATA_DIR 1
#define HCI_FILTER 2
#define HCI_TIME_STAMP 3
#endif
#ifndef HCI_CMSG_DIR
#define HCI_CMSG_DIR 0x0001
#define HCI_CMSG_TSTAMP 0x0002
#endif
#ifndef HCI_DEV_NONE
#define HCI_DEV_NONE 0xffff
#endif
#ifndef HCI_CHANNEL_RAW
#define HCI_CHANNEL_RAW 0
#define HCI_CHANNEL_USER 1
#define HCI_CHANNEL_MONITOR 2
#define HCI_CHANNEL_CONTROL 3
#define HCI_CHANNEL_LOGGING 4
#endif
#ifndef HCI_MAX_DEV
#define HCI_MAX_DEV 16
#endif

// HCI packet indicators (the first byte of every packet on an HCI socket).
#ifndef HCI_COMMAND_PKT
#define HCI_COMMAND_PKT 0x01
#define HCI_ACLDATA_PKT 0x02
#define HCI_SCODATA_PKT 0x03
#define HCI_EVENT_PKT 0x04
#endif
#ifndef HCI_ISODATA_PKT
#define HCI_ISODATA_PKT 0x05
#endif
#ifndef HCI_DIAG_PKT
#define HCI_DIAG_PKT 0xf0
#endif
#ifndef HCI_VENDOR_PKT
#define HCI_VENDOR_PKT 0xff
#endif

// struct hci_filter bit ranges.
#ifndef HCI_FLT_TYPE_BITS
#define HCI_FLT_TYPE_BITS 31
#define HCI_FLT_EVENT_BITS 63
#define HCI_FLT_OGF_BITS 63
#define HCI_FLT_OCF_BITS 127
#endif

// hci_dev_info.flags bit numbers.
#ifndef HCI_UP
#define HCI_UP 0
#define HCI_INIT 1
#define HCI_RUNNING 2
#define HCI_PSCAN 3
#define HCI_ISCAN 4
#define HCI_AUTH 5
#define HCI_ENCRYPT 6
#define HCI_INQUIRY 7
#define HCI_RAW 8
#endif

// HCISETSCAN values.
#ifndef SCAN_DISABLED
#define SCAN_DISABLED 0x00
#define SCAN_INQUIRY 0x01
#define SCAN_PAGE 0x02
#endif

// HCI command groups and the commands and events the helpers name.
#ifndef OGF_LINK_CTL
#define OGF_LINK_CTL 0x01
#define OGF_LINK_POLICY 0x02
#define OGF_HOST_CTL 0x03
#define OGF_INFO_PARAM 0x04
#define OGF_STATUS_PARAM 0x05
#define OGF_TESTING_CMD 0x3e
#define OGF_LE_CTL 0x08
#define OGF_VENDOR_CMD 0x3f
#endif
#ifndef OCF_RESET
#define OCF_RESET 0x0003
#define OCF_READ_LOCAL_NAME 0x0014
#define OCF_READ_LOCAL_VERSION 0x0001
#define OCF_READ_BD_ADDR 0x0009
#define OCF_INQUIRY 0x0001
#endif
#ifndef EVT_INQUIRY_COMPLETE
#define EVT_INQUIRY_COMPLETE 0x01
#define EVT_INQUIRY_RESULT 0x02
#define EVT_CONN_COMPLETE 0x03
#define EVT_CONN_REQUEST 0x04
#define EVT_DISCONN_COMPLETE 0x05
#define EVT_CMD_COMPLETE 0x0e
#define EVT_CMD_STATUS 0x0f
#define EVT_NUM_COMP_PKTS 0x13
#define EVT_LE_META_EVENT 0x3e
#endif

// Device ioctls on an HCI socket.
#ifndef HCIDEVUP
#define HCIDEVUP _IOW('H', 201, int)
#define HCIDEVDOWN _IOW('H', 202, int)
#define HCIDEVRESET _IOW('H', 203, int)
#define HCIDEVRESTAT _IOW('H', 204, int)
#define HCIGETDEVLIST _IOR('H', 210, int)
#define HCIGETDEVINFO _IOR('H', 211, int)
#define HCIGETCONNLIST _IOR('H', 212, int)
#define HCIGETCONNINFO _IOR('H', 213, int)
#define HCIGETAUTHINFO _IOR('H', 215, int)
#define HCISETRAW _IOW('H', 220, int)
#define HCISETSCAN _IOW('H', 221, int)
#define HCISETAUTH _IOW('H', 222, int)
#define HCISETENCRYPT _IOW('H', 223, int)
#define HCISETPTYPE _IOW('H', 224, int)
#define HCISETLINKPOL _IOW('H', 225, int)
#define HCISETLINKMODE _IOW('H', 226, int)
#define HCISETACLMTU _IOW('H', 227, int)
#define HCISETSCOMTU _IOW('H', 228, int)
#define HCIBLOCKADDR _IOW('H', 230, int)
#define HCIUNBLOCKADDR _IOW('H', 231, int)
#define HCIINQUIRY _IOR('H', 240, int)
#endif

// Struct layouts (names prefixed so that they never meet BlueZ's).
namespace sockbt {

struct __attribute__((packed)) bdaddr_t {
  uint8_t b[6];
};

struct sockaddr_l2 {
  sa_family_t l2_family;
  uint16_t l2_psm;  // little-endian
  bdaddr_t l2_bdaddr;
  uint16_t l2_cid;  // little-endian
  uint8_t l2_bdaddr_type;
};

struct sockaddr_rc {
  sa_family_t rc_family;
  bdaddr_t rc_bdaddr;
  uint8_t rc_channel;
};

struct sockaddr_hci {
  sa_family_t hci_family;
  unsigned short hci_dev;
  unsigned short hci_channel;
};

struct sockaddr_sco {
  sa_family_t sco_family;
  bdaddr_t sco_bdaddr;
};

struct bt_security {
  uint8_t level;
  uint8_t key_size;
};

struct bt_power {
  uint8_t force_active;
};

struct bt_voice {
  uint16_t setting;
};

struct l2cap_options {
  uint16_t omtu;
  uint16_t imtu;
  uint16_t flush_to;
  uint8_t mode;
  uint8_t fcs;
  uint8_t max_tx;
  uint16_t txwin_size;
};

struct l2cap_conninfo {
  uint16_t hci_handle;
  uint8_t dev_class[3];
};

struct sco_options {
  uint16_t mtu;
};

struct hci_filter {
  uint32_t type_mask;
  uint32_t event_mask[2];
  uint16_t opcode;
};

struct hci_dev_req {
  uint16_t dev_id;
  uint32_t dev_opt;
};

struct hci_dev_list_req {
  uint16_t dev_num;
  hci_dev_req dev_req[1];  // dev_num of them in the kernel's view (a flexible array)
};

struct hci_dev_stats {
  uint32_t err_rx;
  uint32_t err_tx;
  uint32_t cmd_tx;
  uint32_t evt_rx;
  uint32_t acl_tx;
  uint32_t acl_rx;
  uint32_t sco_tx;
  uint32_t sco_rx;
  uint32_t byte_rx;
  uint32_t byte_tx;
};

struct hci_dev_info {
  uint16_t dev_id;
  char name[8];
  bdaddr_t bdaddr;
  uint32_t flags;
  uint8_t type;
  uint8_t features[8];
  uint32_t pkt_type;
  uint32_t link_policy;
  uint32_t link_mode;
  uint16_t acl_mtu;
  uint16_t acl_pkts;
  uint16_t sco_mtu;
  uint16_t sco_pkts;
  hci_dev_stats stat;
};

// The kernel's sizes: a layout that differs here would misread its answers.
static_assert(sizeof(bdaddr_t) == 6, "bdaddr_t");
static_assert(sizeof(sockaddr_l2) == 14, "struct sockaddr_l2");
static_assert(sizeof(sockaddr_rc) == 10, "struct sockaddr_rc");
static_assert(sizeof(sockaddr_hci) == 6, "struct sockaddr_hci");
static_assert(sizeof(sockaddr_sco) == 8, "struct sockaddr_sco");
static_assert(sizeof(l2cap_options) == 12, "struct l2cap_options");
static_assert(sizeof(l2cap_conninfo) == 6, "struct l2cap_conninfo");
static_assert(sizeof(hci_filter) == 16, "struct hci_filter");
static_assert(sizeof(hci_dev_req) == 8, "struct hci_dev_req");
static_assert(sizeof(hci_dev_info) == 92, "struct hci_dev_info");

}  // namespace sockbt

#endif  // __linux__

#endif  // SOCK_BLUETOOTH_ABI_H_
