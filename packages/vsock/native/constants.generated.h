// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<sys/ioctl.h>)
#include <sys/ioctl.h>
#endif
#if __has_include(<linux/vm_sockets.h>)
#include <linux/vm_sockets.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_VSOCK
  s.Add("AF_VSOCK", AF_VSOCK);
#endif
#ifdef PF_VSOCK
  s.Add("PF_VSOCK", PF_VSOCK);
#endif
  s.Group("SOL");
#ifdef SOL_VSOCK
  s.Add("SOL_VSOCK", SOL_VSOCK);
#endif
  s.Group("VMADDR_CID");
#ifdef VMADDR_CID_ANY
  s.Add("VMADDR_CID_ANY", VMADDR_CID_ANY);
#endif
#ifdef VMADDR_CID_HYPERVISOR
  s.Add("VMADDR_CID_HYPERVISOR", VMADDR_CID_HYPERVISOR);
#endif
#ifdef VMADDR_CID_LOCAL
  s.Add("VMADDR_CID_LOCAL", VMADDR_CID_LOCAL);
#endif
#ifdef VMADDR_CID_RESERVED
  s.Add("VMADDR_CID_RESERVED", VMADDR_CID_RESERVED);
#endif
#ifdef VMADDR_CID_HOST
  s.Add("VMADDR_CID_HOST", VMADDR_CID_HOST);
#endif
  s.Group("VMADDR");
#ifdef VMADDR_PORT_ANY
  s.Add("VMADDR_PORT_ANY", VMADDR_PORT_ANY);
#endif
#ifdef VMADDR_FLAG_TO_HOST
  s.Add("VMADDR_FLAG_TO_HOST", VMADDR_FLAG_TO_HOST);
#endif
#ifdef VM_SOCKETS_INVALID_VERSION
  s.Add("VM_SOCKETS_INVALID_VERSION", VM_SOCKETS_INVALID_VERSION);
#endif
  s.Group("SO_VM_SOCKETS");
#ifdef SO_VM_SOCKETS_BUFFER_SIZE
  s.Add("SO_VM_SOCKETS_BUFFER_SIZE", SO_VM_SOCKETS_BUFFER_SIZE);
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MIN_SIZE
  s.Add("SO_VM_SOCKETS_BUFFER_MIN_SIZE", SO_VM_SOCKETS_BUFFER_MIN_SIZE);
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MAX_SIZE
  s.Add("SO_VM_SOCKETS_BUFFER_MAX_SIZE", SO_VM_SOCKETS_BUFFER_MAX_SIZE);
#endif
#ifdef SO_VM_SOCKETS_PEER_HOST_VM_ID
  s.Add("SO_VM_SOCKETS_PEER_HOST_VM_ID", SO_VM_SOCKETS_PEER_HOST_VM_ID);
#endif
#ifdef SO_VM_SOCKETS_TRUSTED
  s.Add("SO_VM_SOCKETS_TRUSTED", SO_VM_SOCKETS_TRUSTED);
#endif
#ifdef SO_VM_SOCKETS_CONNECT_TIMEOUT
  s.Add("SO_VM_SOCKETS_CONNECT_TIMEOUT", SO_VM_SOCKETS_CONNECT_TIMEOUT);
#endif
#ifdef SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD
  s.Add("SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD", SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD);
#endif
#ifdef SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW
  s.Add("SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW", SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW);
#endif
#ifdef SO_VM_SOCKETS_NONBLOCK_TXRX
  s.Add("SO_VM_SOCKETS_NONBLOCK_TXRX", SO_VM_SOCKETS_NONBLOCK_TXRX);
#endif
  s.Group("VSOCK");
#ifdef VSOCK_RECVERR
  s.Add("VSOCK_RECVERR", VSOCK_RECVERR);
#endif
  s.Group("IOCTL");
#ifdef IOCTL_VM_SOCKETS_GET_LOCAL_CID
  s.Add("IOCTL_VM_SOCKETS_GET_LOCAL_CID", IOCTL_VM_SOCKETS_GET_LOCAL_CID);
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
