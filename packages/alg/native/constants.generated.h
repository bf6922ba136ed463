// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<linux/if_alg.h>)
#include <linux/if_alg.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_ALG
  s.Add("AF_ALG", AF_ALG);
#endif
#ifdef PF_ALG
  s.Add("PF_ALG", PF_ALG);
#endif
  s.Group("SOL");
#ifdef SOL_ALG
  s.Add("SOL_ALG", SOL_ALG);
#endif
  s.Group("ALG_SET");
#ifdef ALG_SET_KEY
  s.Add("ALG_SET_KEY", ALG_SET_KEY);
#endif
#ifdef ALG_SET_IV
  s.Add("ALG_SET_IV", ALG_SET_IV);
#endif
#ifdef ALG_SET_OP
  s.Add("ALG_SET_OP", ALG_SET_OP);
#endif
#ifdef ALG_SET_AEAD_ASSOCLEN
  s.Add("ALG_SET_AEAD_ASSOCLEN", ALG_SET_AEAD_ASSOCLEN);
#endif
#ifdef ALG_SET_AEAD_AUTHSIZE
  s.Add("ALG_SET_AEAD_AUTHSIZE", ALG_SET_AEAD_AUTHSIZE);
#endif
#ifdef ALG_SET_PUBKEY
  s.Add("ALG_SET_PUBKEY", ALG_SET_PUBKEY);
#endif
#ifdef ALG_SET_DRBG_ENTROPY
  s.Add("ALG_SET_DRBG_ENTROPY", ALG_SET_DRBG_ENTROPY);
#endif
#ifdef ALG_SET_KEY_BY_KEY_SERIAL
  s.Add("ALG_SET_KEY_BY_KEY_SERIAL", ALG_SET_KEY_BY_KEY_SERIAL);
#endif
  s.Group("ALG_OP");
#ifdef ALG_OP_DECRYPT
  s.Add("ALG_OP_DECRYPT", ALG_OP_DECRYPT);
#endif
#ifdef ALG_OP_ENCRYPT
  s.Add("ALG_OP_ENCRYPT", ALG_OP_ENCRYPT);
#endif
#ifdef ALG_OP_SIGN
  s.Add("ALG_OP_SIGN", ALG_OP_SIGN);
#endif
#ifdef ALG_OP_VERIFY
  s.Add("ALG_OP_VERIFY", ALG_OP_VERIFY);
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
