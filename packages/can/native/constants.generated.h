// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<linux/can.h>)
#include <linux/can.h>
#endif
#if __has_include(<linux/can/raw.h>)
#include <linux/can/raw.h>
#endif
#if __has_include(<linux/can/bcm.h>)
#include <linux/can/bcm.h>
#endif
#if __has_include(<linux/can/isotp.h>)
#include <linux/can/isotp.h>
#endif
#if __has_include(<linux/can/j1939.h>)
#include <linux/can/j1939.h>
#endif
#if __has_include(<linux/can/error.h>)
#include <linux/can/error.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_CAN
  s.Add("AF_CAN", AF_CAN);
#endif
#ifdef PF_CAN
  s.Add("PF_CAN", PF_CAN);
#endif
  s.Group("CAN_PROTO");
#ifdef CAN_RAW
  s.Add("CAN_RAW", CAN_RAW);
#endif
#ifdef CAN_BCM
  s.Add("CAN_BCM", CAN_BCM);
#endif
#ifdef CAN_TP16
  s.Add("CAN_TP16", CAN_TP16);
#endif
#ifdef CAN_TP20
  s.Add("CAN_TP20", CAN_TP20);
#endif
#ifdef CAN_MCNET
  s.Add("CAN_MCNET", CAN_MCNET);
#endif
#ifdef CAN_ISOTP
  s.Add("CAN_ISOTP", CAN_ISOTP);
#endif
#ifdef CAN_J1939
  s.Add("CAN_J1939", CAN_J1939);
#endif
#ifdef CAN_NPROTO
  s.Add("CAN_NPROTO", CAN_NPROTO);
#endif
  s.Group("SOL");
#ifdef SOL_CAN_BASE
  s.Add("SOL_CAN_BASE", SOL_CAN_BASE);
#endif
#ifdef SOL_CAN_RAW
  s.Add("SOL_CAN_RAW", SOL_CAN_RAW);
#endif
#ifdef SOL_CAN_ISOTP
  s.Add("SOL_CAN_ISOTP", SOL_CAN_ISOTP);
#endif
#ifdef SOL_CAN_J1939
  s.Add("SOL_CAN_J1939", SOL_CAN_J1939);
#endif
  s.Group("CAN_ID");
#ifdef CAN_EFF_FLAG
  s.Add("CAN_EFF_FLAG", CAN_EFF_FLAG);
#endif
#ifdef CAN_RTR_FLAG
  s.Add("CAN_RTR_FLAG", CAN_RTR_FLAG);
#endif
#ifdef CAN_ERR_FLAG
  s.Add("CAN_ERR_FLAG", CAN_ERR_FLAG);
#endif
#ifdef CAN_SFF_MASK
  s.Add("CAN_SFF_MASK", CAN_SFF_MASK);
#endif
#ifdef CAN_EFF_MASK
  s.Add("CAN_EFF_MASK", CAN_EFF_MASK);
#endif
#ifdef CAN_ERR_MASK
  s.Add("CAN_ERR_MASK", CAN_ERR_MASK);
#endif
#ifdef CAN_SFF_ID_BITS
  s.Add("CAN_SFF_ID_BITS", CAN_SFF_ID_BITS);
#endif
#ifdef CAN_EFF_ID_BITS
  s.Add("CAN_EFF_ID_BITS", CAN_EFF_ID_BITS);
#endif
#ifdef CAN_INV_FILTER
  s.Add("CAN_INV_FILTER", CAN_INV_FILTER);
#endif
#ifdef CAN_RAW_FILTER_MAX
  s.Add("CAN_RAW_FILTER_MAX", CAN_RAW_FILTER_MAX);
#endif
  s.Group("CAN_LEN");
#ifdef CAN_MAX_DLC
  s.Add("CAN_MAX_DLC", CAN_MAX_DLC);
#endif
#ifdef CAN_MAX_RAW_DLC
  s.Add("CAN_MAX_RAW_DLC", CAN_MAX_RAW_DLC);
#endif
#ifdef CAN_MAX_DLEN
  s.Add("CAN_MAX_DLEN", CAN_MAX_DLEN);
#endif
#ifdef CANFD_MAX_DLC
  s.Add("CANFD_MAX_DLC", CANFD_MAX_DLC);
#endif
#ifdef CANFD_MAX_DLEN
  s.Add("CANFD_MAX_DLEN", CANFD_MAX_DLEN);
#endif
#ifdef CANXL_MIN_DLC
  s.Add("CANXL_MIN_DLC", CANXL_MIN_DLC);
#endif
#ifdef CANXL_MAX_DLC
  s.Add("CANXL_MAX_DLC", CANXL_MAX_DLC);
#endif
#ifdef CANXL_MAX_DLC_MASK
  s.Add("CANXL_MAX_DLC_MASK", CANXL_MAX_DLC_MASK);
#endif
#ifdef CANXL_MIN_DLEN
  s.Add("CANXL_MIN_DLEN", CANXL_MIN_DLEN);
#endif
#ifdef CANXL_MAX_DLEN
  s.Add("CANXL_MAX_DLEN", CANXL_MAX_DLEN);
#endif
#ifdef CAN_MTU
  s.Add("CAN_MTU", CAN_MTU);
#endif
#ifdef CANFD_MTU
  s.Add("CANFD_MTU", CANFD_MTU);
#endif
#ifdef CANXL_MTU
  s.Add("CANXL_MTU", CANXL_MTU);
#endif
#ifdef CANXL_HDR_SIZE
  s.Add("CANXL_HDR_SIZE", CANXL_HDR_SIZE);
#endif
#ifdef CANXL_MIN_MTU
  s.Add("CANXL_MIN_MTU", CANXL_MIN_MTU);
#endif
#ifdef CANXL_MAX_MTU
  s.Add("CANXL_MAX_MTU", CANXL_MAX_MTU);
#endif
  s.Group("CANFD");
#ifdef CANFD_BRS
  s.Add("CANFD_BRS", CANFD_BRS);
#endif
#ifdef CANFD_ESI
  s.Add("CANFD_ESI", CANFD_ESI);
#endif
#ifdef CANFD_FDF
  s.Add("CANFD_FDF", CANFD_FDF);
#endif
  s.Group("CANXL");
#ifdef CANXL_XLF
  s.Add("CANXL_XLF", CANXL_XLF);
#endif
#ifdef CANXL_SEC
  s.Add("CANXL_SEC", CANXL_SEC);
#endif
#ifdef CANXL_PRIO_MASK
  s.Add("CANXL_PRIO_MASK", CANXL_PRIO_MASK);
#endif
#ifdef CANXL_PRIO_BITS
  s.Add("CANXL_PRIO_BITS", CANXL_PRIO_BITS);
#endif
  s.Group("BCM_FLAG");
#ifdef SETTIMER
  s.Add("SETTIMER", SETTIMER);
#endif
#ifdef STARTTIMER
  s.Add("STARTTIMER", STARTTIMER);
#endif
#ifdef TX_COUNTEVT
  s.Add("TX_COUNTEVT", TX_COUNTEVT);
#endif
#ifdef TX_ANNOUNCE
  s.Add("TX_ANNOUNCE", TX_ANNOUNCE);
#endif
#ifdef TX_CP_CAN_ID
  s.Add("TX_CP_CAN_ID", TX_CP_CAN_ID);
#endif
#ifdef RX_FILTER_ID
  s.Add("RX_FILTER_ID", RX_FILTER_ID);
#endif
#ifdef RX_CHECK_DLC
  s.Add("RX_CHECK_DLC", RX_CHECK_DLC);
#endif
#ifdef RX_NO_AUTOTIMER
  s.Add("RX_NO_AUTOTIMER", RX_NO_AUTOTIMER);
#endif
#ifdef RX_ANNOUNCE_RESUME
  s.Add("RX_ANNOUNCE_RESUME", RX_ANNOUNCE_RESUME);
#endif
#ifdef TX_RESET_MULTI_IDX
  s.Add("TX_RESET_MULTI_IDX", TX_RESET_MULTI_IDX);
#endif
#ifdef RX_RTR_FRAME
  s.Add("RX_RTR_FRAME", RX_RTR_FRAME);
#endif
#ifdef CAN_FD_FRAME
  s.Add("CAN_FD_FRAME", CAN_FD_FRAME);
#endif
  s.Group("CAN_ISOTP_OPT");
#ifdef CAN_ISOTP_OPTS
  s.Add("CAN_ISOTP_OPTS", CAN_ISOTP_OPTS);
#endif
#ifdef CAN_ISOTP_RECV_FC
  s.Add("CAN_ISOTP_RECV_FC", CAN_ISOTP_RECV_FC);
#endif
#ifdef CAN_ISOTP_TX_STMIN
  s.Add("CAN_ISOTP_TX_STMIN", CAN_ISOTP_TX_STMIN);
#endif
#ifdef CAN_ISOTP_RX_STMIN
  s.Add("CAN_ISOTP_RX_STMIN", CAN_ISOTP_RX_STMIN);
#endif
#ifdef CAN_ISOTP_LL_OPTS
  s.Add("CAN_ISOTP_LL_OPTS", CAN_ISOTP_LL_OPTS);
#endif
  s.Group("CAN_ISOTP_FLAG");
#ifdef CAN_ISOTP_LISTEN_MODE
  s.Add("CAN_ISOTP_LISTEN_MODE", CAN_ISOTP_LISTEN_MODE);
#endif
#ifdef CAN_ISOTP_EXTEND_ADDR
  s.Add("CAN_ISOTP_EXTEND_ADDR", CAN_ISOTP_EXTEND_ADDR);
#endif
#ifdef CAN_ISOTP_TX_PADDING
  s.Add("CAN_ISOTP_TX_PADDING", CAN_ISOTP_TX_PADDING);
#endif
#ifdef CAN_ISOTP_RX_PADDING
  s.Add("CAN_ISOTP_RX_PADDING", CAN_ISOTP_RX_PADDING);
#endif
#ifdef CAN_ISOTP_CHK_PAD_LEN
  s.Add("CAN_ISOTP_CHK_PAD_LEN", CAN_ISOTP_CHK_PAD_LEN);
#endif
#ifdef CAN_ISOTP_CHK_PAD_DATA
  s.Add("CAN_ISOTP_CHK_PAD_DATA", CAN_ISOTP_CHK_PAD_DATA);
#endif
#ifdef CAN_ISOTP_HALF_DUPLEX
  s.Add("CAN_ISOTP_HALF_DUPLEX", CAN_ISOTP_HALF_DUPLEX);
#endif
#ifdef CAN_ISOTP_FORCE_TXSTMIN
  s.Add("CAN_ISOTP_FORCE_TXSTMIN", CAN_ISOTP_FORCE_TXSTMIN);
#endif
#ifdef CAN_ISOTP_FORCE_RXSTMIN
  s.Add("CAN_ISOTP_FORCE_RXSTMIN", CAN_ISOTP_FORCE_RXSTMIN);
#endif
#ifdef CAN_ISOTP_RX_EXT_ADDR
  s.Add("CAN_ISOTP_RX_EXT_ADDR", CAN_ISOTP_RX_EXT_ADDR);
#endif
#ifdef CAN_ISOTP_WAIT_TX_DONE
  s.Add("CAN_ISOTP_WAIT_TX_DONE", CAN_ISOTP_WAIT_TX_DONE);
#endif
#ifdef CAN_ISOTP_SF_BROADCAST
  s.Add("CAN_ISOTP_SF_BROADCAST", CAN_ISOTP_SF_BROADCAST);
#endif
#ifdef CAN_ISOTP_CF_BROADCAST
  s.Add("CAN_ISOTP_CF_BROADCAST", CAN_ISOTP_CF_BROADCAST);
#endif
#ifdef CAN_ISOTP_DYN_FC_PARMS
  s.Add("CAN_ISOTP_DYN_FC_PARMS", CAN_ISOTP_DYN_FC_PARMS);
#endif
  s.Group("CAN_ISOTP_DEFAULT");
#ifdef CAN_ISOTP_DEFAULT_FLAGS
  s.Add("CAN_ISOTP_DEFAULT_FLAGS", CAN_ISOTP_DEFAULT_FLAGS);
#endif
#ifdef CAN_ISOTP_DEFAULT_EXT_ADDRESS
  s.Add("CAN_ISOTP_DEFAULT_EXT_ADDRESS", CAN_ISOTP_DEFAULT_EXT_ADDRESS);
#endif
#ifdef CAN_ISOTP_DEFAULT_PAD_CONTENT
  s.Add("CAN_ISOTP_DEFAULT_PAD_CONTENT", CAN_ISOTP_DEFAULT_PAD_CONTENT);
#endif
#ifdef CAN_ISOTP_DEFAULT_FRAME_TXTIME
  s.Add("CAN_ISOTP_DEFAULT_FRAME_TXTIME", CAN_ISOTP_DEFAULT_FRAME_TXTIME);
#endif
#ifdef CAN_ISOTP_DEFAULT_RECV_BS
  s.Add("CAN_ISOTP_DEFAULT_RECV_BS", CAN_ISOTP_DEFAULT_RECV_BS);
#endif
#ifdef CAN_ISOTP_DEFAULT_RECV_STMIN
  s.Add("CAN_ISOTP_DEFAULT_RECV_STMIN", CAN_ISOTP_DEFAULT_RECV_STMIN);
#endif
#ifdef CAN_ISOTP_DEFAULT_RECV_WFTMAX
  s.Add("CAN_ISOTP_DEFAULT_RECV_WFTMAX", CAN_ISOTP_DEFAULT_RECV_WFTMAX);
#endif
#ifdef CAN_ISOTP_DEFAULT_LL_MTU
  s.Add("CAN_ISOTP_DEFAULT_LL_MTU", CAN_ISOTP_DEFAULT_LL_MTU);
#endif
#ifdef CAN_ISOTP_DEFAULT_LL_TX_DL
  s.Add("CAN_ISOTP_DEFAULT_LL_TX_DL", CAN_ISOTP_DEFAULT_LL_TX_DL);
#endif
#ifdef CAN_ISOTP_DEFAULT_LL_TX_FLAGS
  s.Add("CAN_ISOTP_DEFAULT_LL_TX_FLAGS", CAN_ISOTP_DEFAULT_LL_TX_FLAGS);
#endif
#ifdef CAN_ISOTP_FRAME_TXTIME_ZERO
  s.Add("CAN_ISOTP_FRAME_TXTIME_ZERO", CAN_ISOTP_FRAME_TXTIME_ZERO);
#endif
  s.Group("J1939");
#ifdef J1939_MAX_UNICAST_ADDR
  s.Add("J1939_MAX_UNICAST_ADDR", J1939_MAX_UNICAST_ADDR);
#endif
#ifdef J1939_IDLE_ADDR
  s.Add("J1939_IDLE_ADDR", J1939_IDLE_ADDR);
#endif
#ifdef J1939_NO_ADDR
  s.Add("J1939_NO_ADDR", J1939_NO_ADDR);
#endif
#ifdef J1939_NO_NAME
  s.Add("J1939_NO_NAME", J1939_NO_NAME);
#endif
#ifdef J1939_PGN_REQUEST
  s.Add("J1939_PGN_REQUEST", J1939_PGN_REQUEST);
#endif
#ifdef J1939_PGN_ADDRESS_CLAIMED
  s.Add("J1939_PGN_ADDRESS_CLAIMED", J1939_PGN_ADDRESS_CLAIMED);
#endif
#ifdef J1939_PGN_ADDRESS_COMMANDED
  s.Add("J1939_PGN_ADDRESS_COMMANDED", J1939_PGN_ADDRESS_COMMANDED);
#endif
#ifdef J1939_PGN_PDU1_MAX
  s.Add("J1939_PGN_PDU1_MAX", J1939_PGN_PDU1_MAX);
#endif
#ifdef J1939_PGN_MAX
  s.Add("J1939_PGN_MAX", J1939_PGN_MAX);
#endif
#ifdef J1939_NO_PGN
  s.Add("J1939_NO_PGN", J1939_NO_PGN);
#endif
#ifdef J1939_FILTER_MAX
  s.Add("J1939_FILTER_MAX", J1939_FILTER_MAX);
#endif
  s.Group("CAN_ERR");
#ifdef CAN_ERR_DLC
  s.Add("CAN_ERR_DLC", CAN_ERR_DLC);
#endif
#ifdef CAN_ERR_TX_TIMEOUT
  s.Add("CAN_ERR_TX_TIMEOUT", CAN_ERR_TX_TIMEOUT);
#endif
#ifdef CAN_ERR_LOSTARB
  s.Add("CAN_ERR_LOSTARB", CAN_ERR_LOSTARB);
#endif
#ifdef CAN_ERR_CRTL
  s.Add("CAN_ERR_CRTL", CAN_ERR_CRTL);
#endif
#ifdef CAN_ERR_PROT
  s.Add("CAN_ERR_PROT", CAN_ERR_PROT);
#endif
#ifdef CAN_ERR_TRX
  s.Add("CAN_ERR_TRX", CAN_ERR_TRX);
#endif
#ifdef CAN_ERR_ACK
  s.Add("CAN_ERR_ACK", CAN_ERR_ACK);
#endif
#ifdef CAN_ERR_BUSOFF
  s.Add("CAN_ERR_BUSOFF", CAN_ERR_BUSOFF);
#endif
#ifdef CAN_ERR_BUSERROR
  s.Add("CAN_ERR_BUSERROR", CAN_ERR_BUSERROR);
#endif
#ifdef CAN_ERR_RESTARTED
  s.Add("CAN_ERR_RESTARTED", CAN_ERR_RESTARTED);
#endif
#ifdef CAN_ERR_CNT
  s.Add("CAN_ERR_CNT", CAN_ERR_CNT);
#endif
#ifdef CAN_ERR_LOSTARB_UNSPEC
  s.Add("CAN_ERR_LOSTARB_UNSPEC", CAN_ERR_LOSTARB_UNSPEC);
#endif
#ifdef CAN_ERR_CRTL_UNSPEC
  s.Add("CAN_ERR_CRTL_UNSPEC", CAN_ERR_CRTL_UNSPEC);
#endif
#ifdef CAN_ERR_CRTL_RX_OVERFLOW
  s.Add("CAN_ERR_CRTL_RX_OVERFLOW", CAN_ERR_CRTL_RX_OVERFLOW);
#endif
#ifdef CAN_ERR_CRTL_TX_OVERFLOW
  s.Add("CAN_ERR_CRTL_TX_OVERFLOW", CAN_ERR_CRTL_TX_OVERFLOW);
#endif
#ifdef CAN_ERR_CRTL_RX_WARNING
  s.Add("CAN_ERR_CRTL_RX_WARNING", CAN_ERR_CRTL_RX_WARNING);
#endif
#ifdef CAN_ERR_CRTL_TX_WARNING
  s.Add("CAN_ERR_CRTL_TX_WARNING", CAN_ERR_CRTL_TX_WARNING);
#endif
#ifdef CAN_ERR_CRTL_RX_PASSIVE
  s.Add("CAN_ERR_CRTL_RX_PASSIVE", CAN_ERR_CRTL_RX_PASSIVE);
#endif
#ifdef CAN_ERR_CRTL_TX_PASSIVE
  s.Add("CAN_ERR_CRTL_TX_PASSIVE", CAN_ERR_CRTL_TX_PASSIVE);
#endif
#ifdef CAN_ERR_CRTL_ACTIVE
  s.Add("CAN_ERR_CRTL_ACTIVE", CAN_ERR_CRTL_ACTIVE);
#endif
#ifdef CAN_ERR_PROT_UNSPEC
  s.Add("CAN_ERR_PROT_UNSPEC", CAN_ERR_PROT_UNSPEC);
#endif
#ifdef CAN_ERR_PROT_BIT
  s.Add("CAN_ERR_PROT_BIT", CAN_ERR_PROT_BIT);
#endif
#ifdef CAN_ERR_PROT_FORM
  s.Add("CAN_ERR_PROT_FORM", CAN_ERR_PROT_FORM);
#endif
#ifdef CAN_ERR_PROT_STUFF
  s.Add("CAN_ERR_PROT_STUFF", CAN_ERR_PROT_STUFF);
#endif
#ifdef CAN_ERR_PROT_BIT0
  s.Add("CAN_ERR_PROT_BIT0", CAN_ERR_PROT_BIT0);
#endif
#ifdef CAN_ERR_PROT_BIT1
  s.Add("CAN_ERR_PROT_BIT1", CAN_ERR_PROT_BIT1);
#endif
#ifdef CAN_ERR_PROT_OVERLOAD
  s.Add("CAN_ERR_PROT_OVERLOAD", CAN_ERR_PROT_OVERLOAD);
#endif
#ifdef CAN_ERR_PROT_ACTIVE
  s.Add("CAN_ERR_PROT_ACTIVE", CAN_ERR_PROT_ACTIVE);
#endif
#ifdef CAN_ERR_PROT_TX
  s.Add("CAN_ERR_PROT_TX", CAN_ERR_PROT_TX);
#endif
#ifdef CAN_ERR_PROT_LOC_UNSPEC
  s.Add("CAN_ERR_PROT_LOC_UNSPEC", CAN_ERR_PROT_LOC_UNSPEC);
#endif
#ifdef CAN_ERR_PROT_LOC_SOF
  s.Add("CAN_ERR_PROT_LOC_SOF", CAN_ERR_PROT_LOC_SOF);
#endif
#ifdef CAN_ERR_PROT_LOC_ID28_21
  s.Add("CAN_ERR_PROT_LOC_ID28_21", CAN_ERR_PROT_LOC_ID28_21);
#endif
#ifdef CAN_ERR_PROT_LOC_ID20_18
  s.Add("CAN_ERR_PROT_LOC_ID20_18", CAN_ERR_PROT_LOC_ID20_18);
#endif
#ifdef CAN_ERR_PROT_LOC_SRTR
  s.Add("CAN_ERR_PROT_LOC_SRTR", CAN_ERR_PROT_LOC_SRTR);
#endif
#ifdef CAN_ERR_PROT_LOC_IDE
  s.Add("CAN_ERR_PROT_LOC_IDE", CAN_ERR_PROT_LOC_IDE);
#endif
#ifdef CAN_ERR_PROT_LOC_ID17_13
  s.Add("CAN_ERR_PROT_LOC_ID17_13", CAN_ERR_PROT_LOC_ID17_13);
#endif
#ifdef CAN_ERR_PROT_LOC_ID12_05
  s.Add("CAN_ERR_PROT_LOC_ID12_05", CAN_ERR_PROT_LOC_ID12_05);
#endif
#ifdef CAN_ERR_PROT_LOC_ID04_00
  s.Add("CAN_ERR_PROT_LOC_ID04_00", CAN_ERR_PROT_LOC_ID04_00);
#endif
#ifdef CAN_ERR_PROT_LOC_RTR
  s.Add("CAN_ERR_PROT_LOC_RTR", CAN_ERR_PROT_LOC_RTR);
#endif
#ifdef CAN_ERR_PROT_LOC_RES1
  s.Add("CAN_ERR_PROT_LOC_RES1", CAN_ERR_PROT_LOC_RES1);
#endif
#ifdef CAN_ERR_PROT_LOC_RES0
  s.Add("CAN_ERR_PROT_LOC_RES0", CAN_ERR_PROT_LOC_RES0);
#endif
#ifdef CAN_ERR_PROT_LOC_DLC
  s.Add("CAN_ERR_PROT_LOC_DLC", CAN_ERR_PROT_LOC_DLC);
#endif
#ifdef CAN_ERR_PROT_LOC_DATA
  s.Add("CAN_ERR_PROT_LOC_DATA", CAN_ERR_PROT_LOC_DATA);
#endif
#ifdef CAN_ERR_PROT_LOC_CRC_SEQ
  s.Add("CAN_ERR_PROT_LOC_CRC_SEQ", CAN_ERR_PROT_LOC_CRC_SEQ);
#endif
#ifdef CAN_ERR_PROT_LOC_CRC_DEL
  s.Add("CAN_ERR_PROT_LOC_CRC_DEL", CAN_ERR_PROT_LOC_CRC_DEL);
#endif
#ifdef CAN_ERR_PROT_LOC_ACK
  s.Add("CAN_ERR_PROT_LOC_ACK", CAN_ERR_PROT_LOC_ACK);
#endif
#ifdef CAN_ERR_PROT_LOC_ACK_DEL
  s.Add("CAN_ERR_PROT_LOC_ACK_DEL", CAN_ERR_PROT_LOC_ACK_DEL);
#endif
#ifdef CAN_ERR_PROT_LOC_EOF
  s.Add("CAN_ERR_PROT_LOC_EOF", CAN_ERR_PROT_LOC_EOF);
#endif
#ifdef CAN_ERR_PROT_LOC_INTERM
  s.Add("CAN_ERR_PROT_LOC_INTERM", CAN_ERR_PROT_LOC_INTERM);
#endif
#ifdef CAN_ERR_TRX_UNSPEC
  s.Add("CAN_ERR_TRX_UNSPEC", CAN_ERR_TRX_UNSPEC);
#endif
#ifdef CAN_ERR_TRX_CANH_NO_WIRE
  s.Add("CAN_ERR_TRX_CANH_NO_WIRE", CAN_ERR_TRX_CANH_NO_WIRE);
#endif
#ifdef CAN_ERR_TRX_CANH_SHORT_TO_BAT
  s.Add("CAN_ERR_TRX_CANH_SHORT_TO_BAT", CAN_ERR_TRX_CANH_SHORT_TO_BAT);
#endif
#ifdef CAN_ERR_TRX_CANH_SHORT_TO_VCC
  s.Add("CAN_ERR_TRX_CANH_SHORT_TO_VCC", CAN_ERR_TRX_CANH_SHORT_TO_VCC);
#endif
#ifdef CAN_ERR_TRX_CANH_SHORT_TO_GND
  s.Add("CAN_ERR_TRX_CANH_SHORT_TO_GND", CAN_ERR_TRX_CANH_SHORT_TO_GND);
#endif
#ifdef CAN_ERR_TRX_CANL_NO_WIRE
  s.Add("CAN_ERR_TRX_CANL_NO_WIRE", CAN_ERR_TRX_CANL_NO_WIRE);
#endif
#ifdef CAN_ERR_TRX_CANL_SHORT_TO_BAT
  s.Add("CAN_ERR_TRX_CANL_SHORT_TO_BAT", CAN_ERR_TRX_CANL_SHORT_TO_BAT);
#endif
#ifdef CAN_ERR_TRX_CANL_SHORT_TO_VCC
  s.Add("CAN_ERR_TRX_CANL_SHORT_TO_VCC", CAN_ERR_TRX_CANL_SHORT_TO_VCC);
#endif
#ifdef CAN_ERR_TRX_CANL_SHORT_TO_GND
  s.Add("CAN_ERR_TRX_CANL_SHORT_TO_GND", CAN_ERR_TRX_CANL_SHORT_TO_GND);
#endif
#ifdef CAN_ERR_TRX_CANL_SHORT_TO_CANH
  s.Add("CAN_ERR_TRX_CANL_SHORT_TO_CANH", CAN_ERR_TRX_CANL_SHORT_TO_CANH);
#endif
#ifdef CAN_ERROR_WARNING_THRESHOLD
  s.Add("CAN_ERROR_WARNING_THRESHOLD", CAN_ERROR_WARNING_THRESHOLD);
#endif
#ifdef CAN_ERROR_PASSIVE_THRESHOLD
  s.Add("CAN_ERROR_PASSIVE_THRESHOLD", CAN_ERROR_PASSIVE_THRESHOLD);
#endif
#ifdef CAN_BUS_OFF_THRESHOLD
  s.Add("CAN_BUS_OFF_THRESHOLD", CAN_BUS_OFF_THRESHOLD);
#endif
}

// Fallbacks for the enumerators, found by qualified lookup only where the headers declare none (see <sock/constants.h>).
namespace sock_generated_absent {
#ifndef CAN_RAW_FILTER
constexpr long long CAN_RAW_FILTER = ::sock::kAbsent;
#endif
#ifndef CAN_RAW_ERR_FILTER
constexpr long long CAN_RAW_ERR_FILTER = ::sock::kAbsent;
#endif
#ifndef CAN_RAW_LOOPBACK
constexpr long long CAN_RAW_LOOPBACK = ::sock::kAbsent;
#endif
#ifndef CAN_RAW_RECV_OWN_MSGS
constexpr long long CAN_RAW_RECV_OWN_MSGS = ::sock::kAbsent;
#endif
#ifndef CAN_RAW_FD_FRAMES
constexpr long long CAN_RAW_FD_FRAMES = ::sock::kAbsent;
#endif
#ifndef CAN_RAW_JOIN_FILTERS
constexpr long long CAN_RAW_JOIN_FILTERS = ::sock::kAbsent;
#endif
#ifndef CAN_RAW_XL_FRAMES
constexpr long long CAN_RAW_XL_FRAMES = ::sock::kAbsent;
#endif
#ifndef SCM_CAN_RAW_ERRQUEUE
constexpr long long SCM_CAN_RAW_ERRQUEUE = ::sock::kAbsent;
#endif
#ifndef TX_SETUP
constexpr long long TX_SETUP = ::sock::kAbsent;
#endif
#ifndef TX_DELETE
constexpr long long TX_DELETE = ::sock::kAbsent;
#endif
#ifndef TX_READ
constexpr long long TX_READ = ::sock::kAbsent;
#endif
#ifndef TX_SEND
constexpr long long TX_SEND = ::sock::kAbsent;
#endif
#ifndef RX_SETUP
constexpr long long RX_SETUP = ::sock::kAbsent;
#endif
#ifndef RX_DELETE
constexpr long long RX_DELETE = ::sock::kAbsent;
#endif
#ifndef RX_READ
constexpr long long RX_READ = ::sock::kAbsent;
#endif
#ifndef TX_STATUS
constexpr long long TX_STATUS = ::sock::kAbsent;
#endif
#ifndef TX_EXPIRED
constexpr long long TX_EXPIRED = ::sock::kAbsent;
#endif
#ifndef RX_STATUS
constexpr long long RX_STATUS = ::sock::kAbsent;
#endif
#ifndef RX_TIMEOUT
constexpr long long RX_TIMEOUT = ::sock::kAbsent;
#endif
#ifndef RX_CHANGED
constexpr long long RX_CHANGED = ::sock::kAbsent;
#endif
#ifndef SO_J1939_FILTER
constexpr long long SO_J1939_FILTER = ::sock::kAbsent;
#endif
#ifndef SO_J1939_PROMISC
constexpr long long SO_J1939_PROMISC = ::sock::kAbsent;
#endif
#ifndef SO_J1939_SEND_PRIO
constexpr long long SO_J1939_SEND_PRIO = ::sock::kAbsent;
#endif
#ifndef SO_J1939_ERRQUEUE
constexpr long long SO_J1939_ERRQUEUE = ::sock::kAbsent;
#endif
#ifndef SCM_J1939_DEST_ADDR
constexpr long long SCM_J1939_DEST_ADDR = ::sock::kAbsent;
#endif
#ifndef SCM_J1939_DEST_NAME
constexpr long long SCM_J1939_DEST_NAME = ::sock::kAbsent;
#endif
#ifndef SCM_J1939_PRIO
constexpr long long SCM_J1939_PRIO = ::sock::kAbsent;
#endif
#ifndef SCM_J1939_ERRQUEUE
constexpr long long SCM_J1939_ERRQUEUE = ::sock::kAbsent;
#endif
#ifndef J1939_NLA_PAD
constexpr long long J1939_NLA_PAD = ::sock::kAbsent;
#endif
#ifndef J1939_NLA_BYTES_ACKED
constexpr long long J1939_NLA_BYTES_ACKED = ::sock::kAbsent;
#endif
#ifndef J1939_NLA_TOTAL_SIZE
constexpr long long J1939_NLA_TOTAL_SIZE = ::sock::kAbsent;
#endif
#ifndef J1939_NLA_PGN
constexpr long long J1939_NLA_PGN = ::sock::kAbsent;
#endif
#ifndef J1939_NLA_SRC_NAME
constexpr long long J1939_NLA_SRC_NAME = ::sock::kAbsent;
#endif
#ifndef J1939_NLA_DEST_NAME
constexpr long long J1939_NLA_DEST_NAME = ::sock::kAbsent;
#endif
#ifndef J1939_NLA_SRC_ADDR
constexpr long long J1939_NLA_SRC_ADDR = ::sock::kAbsent;
#endif
#ifndef J1939_NLA_DEST_ADDR
constexpr long long J1939_NLA_DEST_ADDR = ::sock::kAbsent;
#endif
#ifndef J1939_EE_INFO_NONE
constexpr long long J1939_EE_INFO_NONE = ::sock::kAbsent;
#endif
#ifndef J1939_EE_INFO_TX_ABORT
constexpr long long J1939_EE_INFO_TX_ABORT = ::sock::kAbsent;
#endif
#ifndef J1939_EE_INFO_RX_RTS
constexpr long long J1939_EE_INFO_RX_RTS = ::sock::kAbsent;
#endif
#ifndef J1939_EE_INFO_RX_DPO
constexpr long long J1939_EE_INFO_RX_DPO = ::sock::kAbsent;
#endif
#ifndef J1939_EE_INFO_RX_ABORT
constexpr long long J1939_EE_INFO_RX_ABORT = ::sock::kAbsent;
#endif
}  // namespace sock_generated_absent
using namespace sock_generated_absent;

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  s.Group("CAN_RAW_OPT");
#ifdef CAN_RAW_FILTER
  s.Add("CAN_RAW_FILTER", CAN_RAW_FILTER);
#else
  s.AddProbed("CAN_RAW_FILTER", static_cast<long long>(::CAN_RAW_FILTER));
#endif
#ifdef CAN_RAW_ERR_FILTER
  s.Add("CAN_RAW_ERR_FILTER", CAN_RAW_ERR_FILTER);
#else
  s.AddProbed("CAN_RAW_ERR_FILTER", static_cast<long long>(::CAN_RAW_ERR_FILTER));
#endif
#ifdef CAN_RAW_LOOPBACK
  s.Add("CAN_RAW_LOOPBACK", CAN_RAW_LOOPBACK);
#else
  s.AddProbed("CAN_RAW_LOOPBACK", static_cast<long long>(::CAN_RAW_LOOPBACK));
#endif
#ifdef CAN_RAW_RECV_OWN_MSGS
  s.Add("CAN_RAW_RECV_OWN_MSGS", CAN_RAW_RECV_OWN_MSGS);
#else
  s.AddProbed("CAN_RAW_RECV_OWN_MSGS", static_cast<long long>(::CAN_RAW_RECV_OWN_MSGS));
#endif
#ifdef CAN_RAW_FD_FRAMES
  s.Add("CAN_RAW_FD_FRAMES", CAN_RAW_FD_FRAMES);
#else
  s.AddProbed("CAN_RAW_FD_FRAMES", static_cast<long long>(::CAN_RAW_FD_FRAMES));
#endif
#ifdef CAN_RAW_JOIN_FILTERS
  s.Add("CAN_RAW_JOIN_FILTERS", CAN_RAW_JOIN_FILTERS);
#else
  s.AddProbed("CAN_RAW_JOIN_FILTERS", static_cast<long long>(::CAN_RAW_JOIN_FILTERS));
#endif
#ifdef CAN_RAW_XL_FRAMES
  s.Add("CAN_RAW_XL_FRAMES", CAN_RAW_XL_FRAMES);
#else
  s.AddProbed("CAN_RAW_XL_FRAMES", static_cast<long long>(::CAN_RAW_XL_FRAMES));
#endif
#ifdef SCM_CAN_RAW_ERRQUEUE
  s.Add("SCM_CAN_RAW_ERRQUEUE", SCM_CAN_RAW_ERRQUEUE);
#else
  s.AddProbed("SCM_CAN_RAW_ERRQUEUE", static_cast<long long>(::SCM_CAN_RAW_ERRQUEUE));
#endif
  s.Group("BCM_OP");
#ifdef TX_SETUP
  s.Add("TX_SETUP", TX_SETUP);
#else
  s.AddProbed("TX_SETUP", static_cast<long long>(::TX_SETUP));
#endif
#ifdef TX_DELETE
  s.Add("TX_DELETE", TX_DELETE);
#else
  s.AddProbed("TX_DELETE", static_cast<long long>(::TX_DELETE));
#endif
#ifdef TX_READ
  s.Add("TX_READ", TX_READ);
#else
  s.AddProbed("TX_READ", static_cast<long long>(::TX_READ));
#endif
#ifdef TX_SEND
  s.Add("TX_SEND", TX_SEND);
#else
  s.AddProbed("TX_SEND", static_cast<long long>(::TX_SEND));
#endif
#ifdef RX_SETUP
  s.Add("RX_SETUP", RX_SETUP);
#else
  s.AddProbed("RX_SETUP", static_cast<long long>(::RX_SETUP));
#endif
#ifdef RX_DELETE
  s.Add("RX_DELETE", RX_DELETE);
#else
  s.AddProbed("RX_DELETE", static_cast<long long>(::RX_DELETE));
#endif
#ifdef RX_READ
  s.Add("RX_READ", RX_READ);
#else
  s.AddProbed("RX_READ", static_cast<long long>(::RX_READ));
#endif
#ifdef TX_STATUS
  s.Add("TX_STATUS", TX_STATUS);
#else
  s.AddProbed("TX_STATUS", static_cast<long long>(::TX_STATUS));
#endif
#ifdef TX_EXPIRED
  s.Add("TX_EXPIRED", TX_EXPIRED);
#else
  s.AddProbed("TX_EXPIRED", static_cast<long long>(::TX_EXPIRED));
#endif
#ifdef RX_STATUS
  s.Add("RX_STATUS", RX_STATUS);
#else
  s.AddProbed("RX_STATUS", static_cast<long long>(::RX_STATUS));
#endif
#ifdef RX_TIMEOUT
  s.Add("RX_TIMEOUT", RX_TIMEOUT);
#else
  s.AddProbed("RX_TIMEOUT", static_cast<long long>(::RX_TIMEOUT));
#endif
#ifdef RX_CHANGED
  s.Add("RX_CHANGED", RX_CHANGED);
#else
  s.AddProbed("RX_CHANGED", static_cast<long long>(::RX_CHANGED));
#endif
  s.Group("SO_J1939");
#ifdef SO_J1939_FILTER
  s.Add("SO_J1939_FILTER", SO_J1939_FILTER);
#else
  s.AddProbed("SO_J1939_FILTER", static_cast<long long>(::SO_J1939_FILTER));
#endif
#ifdef SO_J1939_PROMISC
  s.Add("SO_J1939_PROMISC", SO_J1939_PROMISC);
#else
  s.AddProbed("SO_J1939_PROMISC", static_cast<long long>(::SO_J1939_PROMISC));
#endif
#ifdef SO_J1939_SEND_PRIO
  s.Add("SO_J1939_SEND_PRIO", SO_J1939_SEND_PRIO);
#else
  s.AddProbed("SO_J1939_SEND_PRIO", static_cast<long long>(::SO_J1939_SEND_PRIO));
#endif
#ifdef SO_J1939_ERRQUEUE
  s.Add("SO_J1939_ERRQUEUE", SO_J1939_ERRQUEUE);
#else
  s.AddProbed("SO_J1939_ERRQUEUE", static_cast<long long>(::SO_J1939_ERRQUEUE));
#endif
  s.Group("SCM_J1939");
#ifdef SCM_J1939_DEST_ADDR
  s.Add("SCM_J1939_DEST_ADDR", SCM_J1939_DEST_ADDR);
#else
  s.AddProbed("SCM_J1939_DEST_ADDR", static_cast<long long>(::SCM_J1939_DEST_ADDR));
#endif
#ifdef SCM_J1939_DEST_NAME
  s.Add("SCM_J1939_DEST_NAME", SCM_J1939_DEST_NAME);
#else
  s.AddProbed("SCM_J1939_DEST_NAME", static_cast<long long>(::SCM_J1939_DEST_NAME));
#endif
#ifdef SCM_J1939_PRIO
  s.Add("SCM_J1939_PRIO", SCM_J1939_PRIO);
#else
  s.AddProbed("SCM_J1939_PRIO", static_cast<long long>(::SCM_J1939_PRIO));
#endif
#ifdef SCM_J1939_ERRQUEUE
  s.Add("SCM_J1939_ERRQUEUE", SCM_J1939_ERRQUEUE);
#else
  s.AddProbed("SCM_J1939_ERRQUEUE", static_cast<long long>(::SCM_J1939_ERRQUEUE));
#endif
  s.Group("J1939_NLA");
#ifdef J1939_NLA_PAD
  s.Add("J1939_NLA_PAD", J1939_NLA_PAD);
#else
  s.AddProbed("J1939_NLA_PAD", static_cast<long long>(::J1939_NLA_PAD));
#endif
#ifdef J1939_NLA_BYTES_ACKED
  s.Add("J1939_NLA_BYTES_ACKED", J1939_NLA_BYTES_ACKED);
#else
  s.AddProbed("J1939_NLA_BYTES_ACKED", static_cast<long long>(::J1939_NLA_BYTES_ACKED));
#endif
#ifdef J1939_NLA_TOTAL_SIZE
  s.Add("J1939_NLA_TOTAL_SIZE", J1939_NLA_TOTAL_SIZE);
#else
  s.AddProbed("J1939_NLA_TOTAL_SIZE", static_cast<long long>(::J1939_NLA_TOTAL_SIZE));
#endif
#ifdef J1939_NLA_PGN
  s.Add("J1939_NLA_PGN", J1939_NLA_PGN);
#else
  s.AddProbed("J1939_NLA_PGN", static_cast<long long>(::J1939_NLA_PGN));
#endif
#ifdef J1939_NLA_SRC_NAME
  s.Add("J1939_NLA_SRC_NAME", J1939_NLA_SRC_NAME);
#else
  s.AddProbed("J1939_NLA_SRC_NAME", static_cast<long long>(::J1939_NLA_SRC_NAME));
#endif
#ifdef J1939_NLA_DEST_NAME
  s.Add("J1939_NLA_DEST_NAME", J1939_NLA_DEST_NAME);
#else
  s.AddProbed("J1939_NLA_DEST_NAME", static_cast<long long>(::J1939_NLA_DEST_NAME));
#endif
#ifdef J1939_NLA_SRC_ADDR
  s.Add("J1939_NLA_SRC_ADDR", J1939_NLA_SRC_ADDR);
#else
  s.AddProbed("J1939_NLA_SRC_ADDR", static_cast<long long>(::J1939_NLA_SRC_ADDR));
#endif
#ifdef J1939_NLA_DEST_ADDR
  s.Add("J1939_NLA_DEST_ADDR", J1939_NLA_DEST_ADDR);
#else
  s.AddProbed("J1939_NLA_DEST_ADDR", static_cast<long long>(::J1939_NLA_DEST_ADDR));
#endif
  s.Group("J1939_EE_INFO");
#ifdef J1939_EE_INFO_NONE
  s.Add("J1939_EE_INFO_NONE", J1939_EE_INFO_NONE);
#else
  s.AddProbed("J1939_EE_INFO_NONE", static_cast<long long>(::J1939_EE_INFO_NONE));
#endif
#ifdef J1939_EE_INFO_TX_ABORT
  s.Add("J1939_EE_INFO_TX_ABORT", J1939_EE_INFO_TX_ABORT);
#else
  s.AddProbed("J1939_EE_INFO_TX_ABORT", static_cast<long long>(::J1939_EE_INFO_TX_ABORT));
#endif
#ifdef J1939_EE_INFO_RX_RTS
  s.Add("J1939_EE_INFO_RX_RTS", J1939_EE_INFO_RX_RTS);
#else
  s.AddProbed("J1939_EE_INFO_RX_RTS", static_cast<long long>(::J1939_EE_INFO_RX_RTS));
#endif
#ifdef J1939_EE_INFO_RX_DPO
  s.Add("J1939_EE_INFO_RX_DPO", J1939_EE_INFO_RX_DPO);
#else
  s.AddProbed("J1939_EE_INFO_RX_DPO", static_cast<long long>(::J1939_EE_INFO_RX_DPO));
#endif
#ifdef J1939_EE_INFO_RX_ABORT
  s.Add("J1939_EE_INFO_RX_ABORT", J1939_EE_INFO_RX_ABORT);
#else
  s.AddProbed("J1939_EE_INFO_RX_ABORT", static_cast<long long>(::J1939_EE_INFO_RX_ABORT));
#endif
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
