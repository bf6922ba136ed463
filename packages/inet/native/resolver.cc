// Name resolution: getaddrinfo(3), getnameinfo(3), gethostbyname(3) and
// gethostbyaddr(3), each as a job with a sync entry point (runs the job on the
// calling thread, blocking it as Python does) and an async one (runs it on
// libuv's threadpool through napi_async_work, the pool libuv's own
// uv_getaddrinfo uses, and resolves a promise on the caller's loop, so worker
// threads work). Jobs copy their inputs and outputs, so nothing JS owns is
// touched off the loop thread.
//
// Results: getaddrinfo gives [family, type, proto, canonname, sockaddr][];
// getnameinfo gives [host, serv]; the hostent lookups give
// [name, aliases, addrtype, addrs]. Failures give {code, errno} (EAI_* and,
// for EAI_SYSTEM, the errno) or {herrno} (h_errno), never an exception.
#include <napi.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <sock/args.h>

#include "cstring.h"
#include "headers.h"
#include "inet.h"

namespace sockinet {
namespace {

using Bytes = std::vector<uint8_t>;

Napi::Object GaiFailure(Napi::Env env, int code, int err) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("code", Napi::Number::New(env, code));
  o.Set("errno", Napi::Number::New(env, err));
  return o;
}

class AddrinfoJob {
 public:
  bool Read(const Napi::CallbackInfo& info) {
    return ReadCString(info, 0, "host", true, &host_, &hasHost_) && ReadCString(info, 1, "port", true, &port_, &hasPort_) &&
           sock::ReadInt32(info, 2, "family", &family_) && sock::ReadInt32(info, 3, "type", &type_) &&
           sock::ReadInt32(info, 4, "proto", &proto_) && sock::ReadInt32(info, 5, "flags", &flags_);
  }

  void Run() {
    addrinfo hints{};
    hints.ai_family = family_;
    hints.ai_socktype = type_;
    hints.ai_protocol = proto_;
    hints.ai_flags = flags_;
    addrinfo* res = nullptr;
    errno = 0;
    code_ = getaddrinfo(hasHost_ ? host_.c_str() : nullptr, hasPort_ ? port_.c_str() : nullptr, &hints, &res);
    err_ = errno;
    if (code_ != 0) return;
    for (addrinfo* ai = res; ai != nullptr; ai = ai->ai_next) {
      Entry e{ai->ai_family, ai->ai_socktype, ai->ai_protocol, ai->ai_canonname ? ai->ai_canonname : "", {}};
      if (ai->ai_addr != nullptr) {
        const uint8_t* p = reinterpret_cast<const uint8_t*>(ai->ai_addr);
        e.addr.assign(p, p + ai->ai_addrlen);
      }
      entries_.push_back(std::move(e));
    }
    freeaddrinfo(res);
  }

  Napi::Value Result(Napi::Env env) {
    if (code_ != 0) return GaiFailure(env, code_, err_);
    Napi::Array list = Napi::Array::New(env, entries_.size());
    for (size_t i = 0; i < entries_.size(); i++) {
      const Entry& e = entries_[i];
      Napi::Array item = Napi::Array::New(env, 5);
      item.Set(0u, Napi::Number::New(env, e.family));
      item.Set(1u, Napi::Number::New(env, e.type));
      item.Set(2u, Napi::Number::New(env, e.proto));
      item.Set(3u, Napi::String::New(env, e.canon));
      item.Set(4u, Napi::Buffer<uint8_t>::Copy(env, e.addr.data(), e.addr.size()));
      list.Set(static_cast<uint32_t>(i), item);
    }
    return list;
  }

 private:
  struct Entry {
    int family, type, proto;
    std::string canon;
    Bytes addr;
  };
  std::string host_, port_;
  bool hasHost_ = false, hasPort_ = false;
  int family_ = 0, type_ = 0, proto_ = 0, flags_ = 0;
  int code_ = 0, err_ = 0;
  std::vector<Entry> entries_;
};

class NameinfoJob {
 public:
  bool Read(const Napi::CallbackInfo& info) {
    sock::ByteView sa;
    if (!sock::ReadView(info, 0, "sockaddr", &sa) || !sock::ReadInt32(info, 1, "flags", &flags_)) return false;
    if (sa.length == 0 || sa.length > sizeof addr_) {
      sock::ThrowRangeError(info.Env(), "The sockaddr must be 1.." + std::to_string(sizeof addr_) + " bytes");
      return false;
    }
    std::memcpy(&addr_, sa.data, sa.length);
    length_ = static_cast<socklen_t>(sa.length);
    return true;
  }

  void Run() {
    errno = 0;
    code_ = getnameinfo(reinterpret_cast<sockaddr*>(&addr_), length_, host_, sizeof host_, serv_, sizeof serv_, flags_);
    err_ = errno;
  }

  Napi::Value Result(Napi::Env env) {
    if (code_ != 0) return GaiFailure(env, code_, err_);
    Napi::Array pair = Napi::Array::New(env, 2);
    pair.Set(0u, Napi::String::New(env, host_));
    pair.Set(1u, Napi::String::New(env, serv_));
    return pair;
  }

 private:
  sockaddr_storage addr_{};
  socklen_t length_ = 0;
  int flags_ = 0;
  int code_ = 0, err_ = 0;
  char host_[1025] = {};
  char serv_[32] = {};
};

// gethostbyname/gethostbyaddr return static storage; results are copied out
// under this lock (the portable form of CPython's netdb_lock).
std::mutex hostentLock;

class HostentJob {
 public:
  void Copy(const hostent* h) {
    if (h == nullptr) {
      herrno_ = h_errno;
      return;
    }
    found_ = true;
    name_ = h->h_name ? h->h_name : "";
    addrtype_ = h->h_addrtype;
    for (char** a = h->h_aliases; a != nullptr && *a != nullptr; a++) aliases_.emplace_back(*a);
    size_t len = h->h_length > 0 ? static_cast<size_t>(h->h_length) : 0;
    for (char** a = h->h_addr_list; a != nullptr && *a != nullptr; a++) {
      const uint8_t* p = reinterpret_cast<const uint8_t*>(*a);
      addrs_.emplace_back(p, p + len);
    }
  }

  Napi::Value Result(Napi::Env env) {
    if (!found_) {
      Napi::Object o = Napi::Object::New(env);
      o.Set("herrno", Napi::Number::New(env, herrno_));
      return o;
    }
    Napi::Array aliases = Napi::Array::New(env, aliases_.size());
    for (size_t i = 0; i < aliases_.size(); i++) aliases.Set(static_cast<uint32_t>(i), aliases_[i]);
    Napi::Array addrs = Napi::Array::New(env, addrs_.size());
    for (size_t i = 0; i < addrs_.size(); i++) {
      addrs.Set(static_cast<uint32_t>(i), Napi::Buffer<uint8_t>::Copy(env, addrs_[i].data(), addrs_[i].size()));
    }
    Napi::Array out = Napi::Array::New(env, 4);
    out.Set(0u, Napi::String::New(env, name_));
    out.Set(1u, aliases);
    out.Set(2u, Napi::Number::New(env, addrtype_));
    out.Set(3u, addrs);
    return out;
  }

 private:
  bool found_ = false;
  int herrno_ = 0;
  std::string name_;
  int addrtype_ = 0;
  std::vector<std::string> aliases_;
  std::vector<Bytes> addrs_;
};

/** gethostbyname(3): IPv4 only, as CPython's gethostbyname_ex. */
class HostByNameJob : public HostentJob {
 public:
  bool Read(const Napi::CallbackInfo& info) {
    bool present = false;
    return ReadCString(info, 0, "hostname", false, &name_, &present);
  }
  void Run() {
    std::lock_guard<std::mutex> hold(hostentLock);
    Copy(gethostbyname(name_.c_str()));
  }

 private:
  std::string name_;
};

/** gethostbyaddr(3) of 4 (AF_INET) or 16 (AF_INET6) address bytes. */
class HostByAddrJob : public HostentJob {
 public:
  bool Read(const Napi::CallbackInfo& info) {
    sock::ByteView addr;
    if (!sock::ReadView(info, 0, "addr", &addr) || !sock::ReadInt32(info, 1, "af", &af_)) return false;
    size_t want = af_ == AF_INET ? sizeof(in_addr) : af_ == AF_INET6 ? sizeof(in6_addr) : 0;
    if (want == 0 || addr.length != want) {
      sock::ThrowRangeError(info.Env(), "gethostbyaddr takes 4 bytes for AF_INET or 16 for AF_INET6");
      return false;
    }
    addr_.assign(addr.data, addr.data + addr.length);
    return true;
  }
  void Run() {
    std::lock_guard<std::mutex> hold(hostentLock);
    Copy(gethostbyaddr(addr_.data(), static_cast<socklen_t>(addr_.size()), af_));
  }

 private:
  Bytes addr_;
  int af_ = 0;
};

template <typename Job>
class JobWorker : public Napi::AsyncWorker {
 public:
  JobWorker(Napi::Env env, Job&& job)
      : Napi::AsyncWorker(env, "sock.inet.resolve"), deferred_(Napi::Promise::Deferred::New(env)), job_(std::move(job)) {}
  Napi::Promise Promise() const { return deferred_.Promise(); }
  void Execute() override { job_.Run(); }
  void OnOK() override { deferred_.Resolve(job_.Result(Env())); }

 private:
  Napi::Promise::Deferred deferred_;
  Job job_;
};

template <typename Job>
Napi::Value RunSync(const Napi::CallbackInfo& info) {
  Job job;
  if (!job.Read(info)) return info.Env().Undefined();
  job.Run();
  return job.Result(info.Env());
}

template <typename Job>
Napi::Value RunAsync(const Napi::CallbackInfo& info) {
  Job job;
  if (!job.Read(info)) return info.Env().Undefined();
  auto* worker = new JobWorker<Job>(info.Env(), std::move(job));
  Napi::Promise promise = worker->Promise();
  worker->Queue();
  return promise;
}

}  // namespace

void InitResolver(Napi::Env env, Napi::Object exports) {
  exports.Set("getaddrinfoSync", Napi::Function::New(env, RunSync<AddrinfoJob>, "getaddrinfoSync"));
  exports.Set("getaddrinfo", Napi::Function::New(env, RunAsync<AddrinfoJob>, "getaddrinfo"));
  exports.Set("getnameinfoSync", Napi::Function::New(env, RunSync<NameinfoJob>, "getnameinfoSync"));
  exports.Set("getnameinfo", Napi::Function::New(env, RunAsync<NameinfoJob>, "getnameinfo"));
  exports.Set("gethostbynameSync", Napi::Function::New(env, RunSync<HostByNameJob>, "gethostbynameSync"));
  exports.Set("gethostbyname", Napi::Function::New(env, RunAsync<HostByNameJob>, "gethostbyname"));
  exports.Set("gethostbyaddrSync", Napi::Function::New(env, RunSync<HostByAddrJob>, "gethostbyaddrSync"));
  exports.Set("gethostbyaddr", Napi::Function::New(env, RunAsync<HostByAddrJob>, "gethostbyaddr"));
}

}  // namespace sockinet
