// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<linux/if_xdp.h>)
#include <linux/if_xdp.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_XDP
  s.Add("AF_XDP", AF_XDP);
#endif
#ifdef PF_XDP
  s.Add("PF_XDP", PF_XDP);
#endif
  s.Group("SOL");
#ifdef SOL_XDP
  s.Add("SOL_XDP", SOL_XDP);
#endif
  s.Group("XDP_OPT");
#ifdef XDP_MMAP_OFFSETS
  s.Add("XDP_MMAP_OFFSETS", XDP_MMAP_OFFSETS);
#endif
#ifdef XDP_RX_RING
  s.Add("XDP_RX_RING", XDP_RX_RING);
#endif
#ifdef XDP_TX_RING
  s.Add("XDP_TX_RING", XDP_TX_RING);
#endif
#ifdef XDP_UMEM_REG
  s.Add("XDP_UMEM_REG", XDP_UMEM_REG);
#endif
#ifdef XDP_UMEM_FILL_RING
  s.Add("XDP_UMEM_FILL_RING", XDP_UMEM_FILL_RING);
#endif
#ifdef XDP_UMEM_COMPLETION_RING
  s.Add("XDP_UMEM_COMPLETION_RING", XDP_UMEM_COMPLETION_RING);
#endif
#ifdef XDP_STATISTICS
  s.Add("XDP_STATISTICS", XDP_STATISTICS);
#endif
#ifdef XDP_OPTIONS
  s.Add("XDP_OPTIONS", XDP_OPTIONS);
#endif
  s.Group("XDP_BIND");
#ifdef XDP_SHARED_UMEM
  s.Add("XDP_SHARED_UMEM", XDP_SHARED_UMEM);
#endif
#ifdef XDP_COPY
  s.Add("XDP_COPY", XDP_COPY);
#endif
#ifdef XDP_ZEROCOPY
  s.Add("XDP_ZEROCOPY", XDP_ZEROCOPY);
#endif
#ifdef XDP_USE_NEED_WAKEUP
  s.Add("XDP_USE_NEED_WAKEUP", XDP_USE_NEED_WAKEUP);
#endif
  s.Group("XDP_FLAGS");
#ifdef XDP_UMEM_UNALIGNED_CHUNK_FLAG
  s.Add("XDP_UMEM_UNALIGNED_CHUNK_FLAG", XDP_UMEM_UNALIGNED_CHUNK_FLAG);
#endif
#ifdef XDP_RING_NEED_WAKEUP
  s.Add("XDP_RING_NEED_WAKEUP", XDP_RING_NEED_WAKEUP);
#endif
#ifdef XDP_OPTIONS_ZEROCOPY
  s.Add("XDP_OPTIONS_ZEROCOPY", XDP_OPTIONS_ZEROCOPY);
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
