// Resolver constants from <netdb.h>: EAI_* (getaddrinfo errors), AI_* (its
// flags) and NI_* (getnameinfo flags and buffer sizes).
#include "constants.h"

namespace sockinet {

void AddNetdbConstants(ConstantSink& sink) {
#ifdef EAI_ADDRFAMILY
  sink.Add("EAI_ADDRFAMILY", EAI_ADDRFAMILY);
#endif
#ifdef EAI_AGAIN
  sink.Add("EAI_AGAIN", EAI_AGAIN);
#endif
#ifdef EAI_BADFLAGS
  sink.Add("EAI_BADFLAGS", EAI_BADFLAGS);
#endif
#ifdef EAI_FAIL
  sink.Add("EAI_FAIL", EAI_FAIL);
#endif
#ifdef EAI_FAMILY
  sink.Add("EAI_FAMILY", EAI_FAMILY);
#endif
#ifdef EAI_MEMORY
  sink.Add("EAI_MEMORY", EAI_MEMORY);
#endif
#ifdef EAI_NODATA
  sink.Add("EAI_NODATA", EAI_NODATA);
#endif
#ifdef EAI_NONAME
  sink.Add("EAI_NONAME", EAI_NONAME);
#endif
#ifdef EAI_OVERFLOW
  sink.Add("EAI_OVERFLOW", EAI_OVERFLOW);
#endif
#ifdef EAI_SERVICE
  sink.Add("EAI_SERVICE", EAI_SERVICE);
#endif
#ifdef EAI_SOCKTYPE
  sink.Add("EAI_SOCKTYPE", EAI_SOCKTYPE);
#endif
#ifdef EAI_SYSTEM
  sink.Add("EAI_SYSTEM", EAI_SYSTEM);
#endif
#ifdef EAI_BADHINTS
  sink.Add("EAI_BADHINTS", EAI_BADHINTS);
#endif
#ifdef EAI_PROTOCOL
  sink.Add("EAI_PROTOCOL", EAI_PROTOCOL);
#endif
#ifdef EAI_MAX
  sink.Add("EAI_MAX", EAI_MAX);
#endif
#ifdef EAI_INPROGRESS
  sink.Add("EAI_INPROGRESS", EAI_INPROGRESS);
#endif
#ifdef EAI_CANCELED
  sink.Add("EAI_CANCELED", EAI_CANCELED);
#endif
#ifdef EAI_NOTCANCELED
  sink.Add("EAI_NOTCANCELED", EAI_NOTCANCELED);
#endif
#ifdef EAI_ALLDONE
  sink.Add("EAI_ALLDONE", EAI_ALLDONE);
#endif
#ifdef EAI_INTR
  sink.Add("EAI_INTR", EAI_INTR);
#endif
#ifdef EAI_IDN_ENCODE
  sink.Add("EAI_IDN_ENCODE", EAI_IDN_ENCODE);
#endif

#ifdef AI_PASSIVE
  sink.Add("AI_PASSIVE", AI_PASSIVE);
#endif
#ifdef AI_CANONNAME
  sink.Add("AI_CANONNAME", AI_CANONNAME);
#endif
#ifdef AI_NUMERICHOST
  sink.Add("AI_NUMERICHOST", AI_NUMERICHOST);
#endif
#ifdef AI_NUMERICSERV
  sink.Add("AI_NUMERICSERV", AI_NUMERICSERV);
#endif
#ifdef AI_V4MAPPED
  sink.Add("AI_V4MAPPED", AI_V4MAPPED);
#endif
#ifdef AI_ALL
  sink.Add("AI_ALL", AI_ALL);
#endif
#ifdef AI_ADDRCONFIG
  sink.Add("AI_ADDRCONFIG", AI_ADDRCONFIG);
#endif
#ifdef AI_IDN
  sink.Add("AI_IDN", AI_IDN);
#endif
#ifdef AI_CANONIDN
  sink.Add("AI_CANONIDN", AI_CANONIDN);
#endif
#ifdef AI_V4MAPPED_CFG
  sink.Add("AI_V4MAPPED_CFG", AI_V4MAPPED_CFG);
#endif
#ifdef AI_DEFAULT
  sink.Add("AI_DEFAULT", AI_DEFAULT);
#endif
#ifdef AI_MASK
  sink.Add("AI_MASK", AI_MASK);
#endif
#ifdef AI_UNUSABLE
  sink.Add("AI_UNUSABLE", AI_UNUSABLE);
#endif

#ifdef NI_NUMERICHOST
  sink.Add("NI_NUMERICHOST", NI_NUMERICHOST);
#endif
#ifdef NI_NUMERICSERV
  sink.Add("NI_NUMERICSERV", NI_NUMERICSERV);
#endif
#ifdef NI_NOFQDN
  sink.Add("NI_NOFQDN", NI_NOFQDN);
#endif
#ifdef NI_NAMEREQD
  sink.Add("NI_NAMEREQD", NI_NAMEREQD);
#endif
#ifdef NI_DGRAM
  sink.Add("NI_DGRAM", NI_DGRAM);
#endif
#ifdef NI_NUMERICSCOPE
  sink.Add("NI_NUMERICSCOPE", NI_NUMERICSCOPE);
#endif
#ifdef NI_IDN
  sink.Add("NI_IDN", NI_IDN);
#endif
#ifdef NI_MAXHOST
  sink.Add("NI_MAXHOST", NI_MAXHOST);
#endif
#ifdef NI_MAXSERV
  sink.Add("NI_MAXSERV", NI_MAXSERV);
#endif
}

}  // namespace sockinet
