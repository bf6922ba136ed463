// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<linux/sockios.h>)
#include <linux/sockios.h>
#endif
#if __has_include(<linux/un.h>)
#include <linux/un.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_UNIX
  s.Add("AF_UNIX", AF_UNIX);
#endif
#ifdef PF_UNIX
  s.Add("PF_UNIX", PF_UNIX);
#endif
#ifdef AF_LOCAL
  s.Add("AF_LOCAL", AF_LOCAL);
#endif
#ifdef PF_LOCAL
  s.Add("PF_LOCAL", PF_LOCAL);
#endif
#ifdef AF_FILE
  s.Add("AF_FILE", AF_FILE);
#endif
#ifdef PF_FILE
  s.Add("PF_FILE", PF_FILE);
#endif
  s.Group("SCM");
#ifdef SCM_RIGHTS
  s.Add("SCM_RIGHTS", SCM_RIGHTS);
#endif
#ifdef SCM_CREDENTIALS
  s.Add("SCM_CREDENTIALS", SCM_CREDENTIALS);
#endif
#ifdef SCM_SECURITY
  s.Add("SCM_SECURITY", SCM_SECURITY);
#endif
#ifdef SCM_PIDFD
  s.Add("SCM_PIDFD", SCM_PIDFD);
#endif
#ifdef SCM_CREDS
  s.Add("SCM_CREDS", SCM_CREDS);
#endif
#ifdef SCM_CREDS2
  s.Add("SCM_CREDS2", SCM_CREDS2);
#endif
  s.Group("SO");
#ifdef SO_PASSCRED
  s.Add("SO_PASSCRED", SO_PASSCRED);
#endif
#ifdef SO_PASSPIDFD
  s.Add("SO_PASSPIDFD", SO_PASSPIDFD);
#endif
#ifdef SO_PASSRIGHTS
  s.Add("SO_PASSRIGHTS", SO_PASSRIGHTS);
#endif
#ifdef SO_PASSSEC
  s.Add("SO_PASSSEC", SO_PASSSEC);
#endif
#ifdef SO_PEERCRED
  s.Add("SO_PEERCRED", SO_PEERCRED);
#endif
#ifdef SO_PEERGROUPS
  s.Add("SO_PEERGROUPS", SO_PEERGROUPS);
#endif
#ifdef SO_PEERPIDFD
  s.Add("SO_PEERPIDFD", SO_PEERPIDFD);
#endif
#ifdef SO_PEERSEC
  s.Add("SO_PEERSEC", SO_PEERSEC);
#endif
  s.Group("SOL");
#ifdef SOL_LOCAL
  s.Add("SOL_LOCAL", SOL_LOCAL);
#endif
  s.Group("LOCAL");
#ifdef LOCAL_CONNWAIT
  s.Add("LOCAL_CONNWAIT", LOCAL_CONNWAIT);
#endif
#ifdef LOCAL_CREDS
  s.Add("LOCAL_CREDS", LOCAL_CREDS);
#endif
#ifdef LOCAL_CREDS_PERSISTENT
  s.Add("LOCAL_CREDS_PERSISTENT", LOCAL_CREDS_PERSISTENT);
#endif
#ifdef LOCAL_OCREDS
  s.Add("LOCAL_OCREDS", LOCAL_OCREDS);
#endif
#ifdef LOCAL_PEERCRED
  s.Add("LOCAL_PEERCRED", LOCAL_PEERCRED);
#endif
#ifdef LOCAL_PEEREPID
  s.Add("LOCAL_PEEREPID", LOCAL_PEEREPID);
#endif
#ifdef LOCAL_PEEREUUID
  s.Add("LOCAL_PEEREUUID", LOCAL_PEEREUUID);
#endif
#ifdef LOCAL_PEERPID
  s.Add("LOCAL_PEERPID", LOCAL_PEERPID);
#endif
#ifdef LOCAL_PEERUUID
  s.Add("LOCAL_PEERUUID", LOCAL_PEERUUID);
#endif
#ifdef LOCAL_VENDOR
  s.Add("LOCAL_VENDOR", LOCAL_VENDOR);
#endif
  s.Group("MISC");
#ifdef UNIX_PATH_MAX
  s.Add("UNIX_PATH_MAX", UNIX_PATH_MAX);
#endif
#ifdef SIOCUNIXFILE
  s.Add("SIOCUNIXFILE", SIOCUNIXFILE);
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
