/* Socket options and the state properties. set_option/get_option convert
 * between script values and the system's option structures: booleans and
 * integers, SO_LINGER as seconds (-1 off), SO_RCVTIMEO/SO_SNDTIMEO as
 * milliseconds (the receive_timeout/send_timeout properties), multicast
 * memberships from a group address (and an interface). */
#define _GNU_SOURCE /* struct ucred, for SO_PEERCRED */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <sys/socket.h>

#include "socket_obj.h"

typedef struct {
  int level;
  int option;
} OptionKey;

static bool is_boolean_option(OptionKey k) {
  static const OptionKey booleans[] = {
      {SOL_SOCKET, SO_DEBUG},         {SOL_SOCKET, SO_ACCEPTCONN}, {SOL_SOCKET, SO_REUSEADDR},
      {SOL_SOCKET, SO_REUSEPORT},     {SOL_SOCKET, SO_KEEPALIVE},  {SOL_SOCKET, SO_DONTROUTE},
      {SOL_SOCKET, SO_BROADCAST},     {SOL_SOCKET, SO_OOBINLINE},  {SOL_SOCKET, SO_TIMESTAMP},
      {SOL_SOCKET, SO_PASSCRED},
      {IPPROTO_TCP, TCP_NODELAY},     {IPPROTO_IPV6, IPV6_V6ONLY}, {IPPROTO_IP, IP_MULTICAST_LOOP},
      {IPPROTO_IPV6, IPV6_MULTICAST_LOOP},
  };
  for (size_t i = 0; i < sizeof booleans / sizeof booleans[0]; i++)
    if (booleans[i].level == k.level && booleans[i].option == k.option) return true;
  return false;
}

static bool is_timeout_option(OptionKey k) {
  return k.level == SOL_SOCKET && (k.option == SO_RCVTIMEO || k.option == SO_SNDTIMEO);
}

/* The level and option arguments: a level comes first only when there is
 * one argument more than option and value_args need. */
static bool option_args(VM *vm, int argc, Value *args, int value_args, OptionKey *k) {
  bool with_level = argc == value_args + 2;
  int at = with_level ? 1 : 0;
  k->level = SOL_SOCKET;
  if (with_level) {
    if (!check_int_range(vm, args, 0, "level", -1, 65535)) return false;
    k->level = (int)AS_NUMBER(args[0]);
  }
  if (!check_int_range(vm, args, at, "option", -1, 65535)) return false;
  k->option = (int)AS_NUMBER(args[at]);
  return socket_check_supported(vm, k->level, "the level") &&
         socket_check_supported(vm, k->option, "the option");
}

static bool set_membership(VM *vm, SocketObj *s, OptionKey k, Value *args, int at) {
  Value *value = &args[at];
  Value group = *value, interface = NIL_VAL;
  if (IS_LIST(*value) && AS_LIST(*value)->items.count == 2) {
    group = AS_LIST(*value)->items.values[0];
    interface = AS_LIST(*value)->items.values[1];
  }
  if (!IS_STRING(group))
    return raise_arg_type(vm, args, at, "value", "a group address or [group, interface]");
  int err;
  if (k.level == IPPROTO_IP) {
    struct ip_mreq m = {.imr_interface.s_addr = htonl(INADDR_ANY)};
    if (inet_pton(AF_INET, AS_CSTRING(group), &m.imr_multiaddr) != 1 ||
        (IS_STRING(interface) && inet_pton(AF_INET, AS_CSTRING(interface), &m.imr_interface) != 1))
      return vm_raise(vm, EXC_VALUE, "%s(): not an IPv4 group/interface address",
                      native_current_name(vm));
    err = sock_set_option(s->fd, k.level, k.option, &m, sizeof m);
  } else {
    struct ipv6_mreq m = {.ipv6mr_interface = IS_NUMBER(interface) ? (unsigned)AS_NUMBER(interface) : 0};
    if (inet_pton(AF_INET6, AS_CSTRING(group), &m.ipv6mr_multiaddr) != 1)
      return vm_raise(vm, EXC_VALUE, "%s(): not an IPv6 group address", native_current_name(vm));
    err = sock_set_option(s->fd, k.level, k.option, &m, sizeof m);
  }
  return err == 0 || socket_raise_on(vm, s, err, "setsockopt", "set a multicast membership");
}

static bool is_membership(OptionKey k) {
  return (k.level == IPPROTO_IP && (k.option == IP_ADD_MEMBERSHIP || k.option == IP_DROP_MEMBERSHIP)) ||
         (k.level == IPPROTO_IPV6 && (k.option == IPV6_JOIN_GROUP || k.option == IPV6_LEAVE_GROUP));
}

static bool is_multicast_interface(OptionKey k) {
  return k.level == IPPROTO_IP && k.option == IP_MULTICAST_IF;
}

/* IP_MULTICAST_IF names the interface by its IPv4 address, as text. */
static bool set_multicast_interface(VM *vm, SocketObj *s, Value *args, int at) {
  Value *value = &args[at];
  struct in_addr address;
  if (!IS_STRING(*value)) return raise_arg_type(vm, args, at, "value", "an IPv4 address");
  if (inet_pton(AF_INET, AS_CSTRING(*value), &address) != 1)
    return vm_raise(vm, EXC_VALUE, "%s(): '%s' is not an IPv4 address", native_current_name(vm),
                    AS_CSTRING(*value));
  int err = sock_set_option(s->fd, IPPROTO_IP, IP_MULTICAST_IF, &address, sizeof address);
  return err == 0 || socket_raise_on(vm, s, err, "setsockopt", "set IP_MULTICAST_IF");
}

static bool set_timeout(VM *vm, SocketObj *s, OptionKey k, Value *args, int at) {
  Value *value = &args[at];
  if (!check_int_range(vm, args, at, "value", 0, 1e12)) return false;
  int64_t ms = (int64_t)AS_NUMBER(*value);
  if (k.option == SO_RCVTIMEO) s->receive_timeout = ms;
  else s->send_timeout = ms;
  struct timeval tv = {(time_t)(ms / 1000), (suseconds_t)(ms % 1000) * 1000};
  int err = sock_set_option(s->fd, k.level, k.option, &tv, sizeof tv);
  return err == 0 || socket_raise_on(vm, s, err, "setsockopt", "set a timeout");
}

static bool set_linger(VM *vm, SocketObj *s, Value *args, int at) {
  Value *value = &args[at];
  struct linger l = {0, 0};
  if (IS_NUMBER(*value) && AS_NUMBER(*value) != -1) { /* -1 is off; other numbers must fit */
    if (!check_int_range(vm, args, at, "value", 0, 65535)) return false;
    l.l_onoff = 1;
    l.l_linger = (int)AS_NUMBER(*value);
  } else if (!(IS_NIL(*value) || *value == FALSE_VAL || IS_NUMBER(*value))) {
    return raise_arg_type(vm, args, at, "value", "seconds, or false to turn lingering off");
  }
  int err = sock_set_option(s->fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  return err == 0 || socket_raise_on(vm, s, err, "setsockopt", "set SO_LINGER");
}

/* set_option(option, value) or set_option(level, option, value) */
static bool socket_set_option(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  OptionKey k;
  if (!socket_check_open(vm, s) || !option_args(vm, argc, args, 1, &k)) return false;
  int at = argc - 1; /* the value, after the option (and the level) */
  Value *value = &args[at];
  bool ok;
  if (is_timeout_option(k)) ok = set_timeout(vm, s, k, args, at);
  else if (k.level == SOL_SOCKET && k.option == SO_LINGER) ok = set_linger(vm, s, args, at);
  else if (is_membership(k)) ok = set_membership(vm, s, k, args, at);
  else if (is_multicast_interface(k)) ok = set_multicast_interface(vm, s, args, at);
  else {
    int n;
    if (IS_BOOL(*value)) n = AS_BOOL(*value);
    else if (check_int_range(vm, args, at, "value", INT32_MIN, INT32_MAX)) n = (int)AS_NUMBER(*value);
    else return false;
    int err = sock_set_option(s->fd, k.level, k.option, &n, sizeof n);
    ok = err == 0 || socket_raise_on(vm, s, err, "setsockopt", "set option %d at level %d", k.option, k.level);
    if (ok && k.level == SOL_SOCKET && k.option == SO_REUSEADDR) s->reuse_address_chosen = true;
  }
  if (!ok) return false;
  RETURN_BOOL(true);
}

/* {pid, uid, gid} of the process at the other end of an AF_UNIX socket. */
static bool peer_credentials(VM *vm, SocketObj *s, Value *args) {
  struct ucred cred;
  socklen_t length = sizeof cred;
  int err = sock_get_option(s->fd, SOL_SOCKET, SO_PEERCRED, &cred, &length);
  if (err) return socket_raise_on(vm, s, err, "getsockopt", "get the peer's credentials (SO_PEERCRED)");
  if (cred.pid == 0) return socket_raise_on(vm, s, ENOTCONN, "getsockopt", "get the peer's credentials: there is no AF_UNIX peer");
  ObjDict *dict = new_dict(vm);
  vm_push(vm, OBJ_VAL(dict));
  dict_set_cstr(vm, dict, "pid", NUMBER_VAL(cred.pid));
  dict_set_cstr(vm, dict, "uid", NUMBER_VAL(cred.uid));
  dict_set_cstr(vm, dict, "gid", NUMBER_VAL(cred.gid));
  vm_pop(vm);
  RETURN_OBJ(dict);
}

static bool socket_peer_credentials(VM *vm, int argc, Value *args) {
  (void)argc;
  SocketObj *s = socket_self(args);
  return socket_check_open(vm, s) && peer_credentials(vm, s, args);
}

/* get_option(option) or get_option(level, option) */
static bool socket_get_option(VM *vm, int argc, Value *args) {
  SocketObj *s = socket_self(args);
  OptionKey k;
  if (!socket_check_open(vm, s) || !option_args(vm, argc, args, 0, &k)) return false;
  if (is_timeout_option(k))
    RETURN_NUMBER((double)(k.option == SO_RCVTIMEO ? s->receive_timeout : s->send_timeout));
  if (k.level == SOL_SOCKET && k.option == SO_LINGER) {
    struct linger l;
    socklen_t length = sizeof l;
    int err = sock_get_option(s->fd, SOL_SOCKET, SO_LINGER, &l, &length);
    if (err) return socket_raise_on(vm, s, err, "getsockopt", "get SO_LINGER");
    RETURN_NUMBER(l.l_onoff ? l.l_linger : -1);
  }
  if (k.level == SOL_SOCKET && k.option == SO_PEERCRED) return peer_credentials(vm, s, args);
  if (is_multicast_interface(k)) {
    struct in_addr address;
    socklen_t length = sizeof address;
    int err = sock_get_option(s->fd, IPPROTO_IP, IP_MULTICAST_IF, &address, &length);
    if (err) return socket_raise_on(vm, s, err, "getsockopt", "get IP_MULTICAST_IF");
    char text[INET_ADDRSTRLEN];
    RETURN_OBJ(copy_cstring(vm, inet_ntop(AF_INET, &address, text, sizeof text)));
  }
  int n = 0;
  socklen_t length = sizeof n;
  int err = sock_get_option(s->fd, k.level, k.option, &n, &length);
  if (err) return socket_raise_on(vm, s, err, "getsockopt", "get option %d at level %d", k.option, k.level);
  if (is_boolean_option(k)) RETURN_BOOL(n != 0);
  RETURN_NUMBER(n);
}

const SbFunction socket_option_methods[] = {
    {"set_option", socket_set_option, 2, 3,
     "set_option(option: number, value: any) -> bool\n"
     "Sets a SOL_SOCKET option, or with three arguments set_option(level, option, value) an "
     "option at any level (IPPROTO_TCP, IPPROTO_IP, IPPROTO_IPV6). Values: true/false or a "
     "number; SO_LINGER takes seconds (false turns it off); SO_RCVTIMEO/SO_SNDTIMEO take "
     "milliseconds; IP_ADD_MEMBERSHIP takes a group address or [group, interface], "
     "IP_MULTICAST_IF an interface's IPv4 address.\n"
     "Example: sock.set_option(IPPROTO_TCP, TCP_NODELAY, true)"},
    {"get_option", socket_get_option, 1, 2,
     "get_option(option: number) -> any\n"
     "The value of a SOL_SOCKET option, or get_option(level, option) at any level: a "
     "boolean for on/off options, SO_LINGER as seconds (-1 when off), timeouts in "
     "milliseconds, SO_PEERCRED as {pid, uid, gid} of an AF_UNIX peer, IP_MULTICAST_IF as "
     "an IPv4 address, a number otherwise."},
    {"peer_credentials", socket_peer_credentials, 0, 0,
     "peer_credentials() -> dictionary\n"
     "{pid, uid, gid} of the process at the other end of a connected AF_UNIX socket, as "
     "the kernel vouches for them (SO_PEERCRED)."},
    {NULL, NULL, 0, 0, NULL},
};
