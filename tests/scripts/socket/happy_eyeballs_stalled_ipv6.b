# create_connection() races IPv6 and IPv4 as RFC 8305 says: ::1:PORT is
# held by a listener whose queue is full (its SYNs are dropped), and
# 127.0.0.1:PORT accepts. IPv6 goes first, IPv4 starts 250 ms later while
# IPv6 keeps trying, IPv4 wins, and the stalled attempt is closed.
import socket { * }
import os

def open_fds() { return os.list_dir('/proc/self/fd').length() }

var v4 = Socket()
v4.bind(0, '127.0.0.1')
v4.listen()
var port = v4.port
var v6 = Socket(AF_INET6)
v6.bind(port, '::1')
v6.listen(0)
var filler = create_connection('::1', port, 2000)   # fills v6's queue
var before = open_fds()

var start = microtime()
var s = create_connection(['::1', '127.0.0.1'], port, 5000)
var elapsed = (microtime() - start) / 1000
echo s.family == AF_INET                  # expect: true
echo s.peer_address().ip                  # expect: 127.0.0.1
echo elapsed >= 200 and elapsed < 1500    # expect: true
echo open_fds() - before                  # expect: 1
s.close()
echo open_fds() - before                  # expect: 0

# The milliseconds the fastest of three connections took: a host that
# stalls this process now and then lengthens some, not all three.
def fastest_of_three(hosts, options) {
  var best
  for i in 0..3 {
    var began = microtime()
    var connection = create_connection(hosts, port, 5000, options)
    var took = (microtime() - began) / 1000
    if connection.family != AF_INET raise Exception('connected over IPv6')
    connection.close()
    if best == nil or took < best best = took
  }
  return best
}

# The order is the first address's family, then alternating: IPv4 first
# here connects at once, not after the 250 ms attempt delay.
echo fastest_of_three(['127.0.0.1', '::1'], {}) < 200   # expect: true

# A shorter attempt_delay starts IPv4 sooner.
elapsed = fastest_of_three(['::1', '127.0.0.1'], {attempt_delay: 50})
echo elapsed >= 40 and elapsed < 200      # expect: true

# happy_eyeballs: false tries one address at a time: IPv6 holds the whole
# timeout, so IPv4 never starts.
catch { create_connection(['::1', '127.0.0.1'], port, 400, {happy_eyeballs: false}) } as e
echo e.type                               # expect: TimeoutError
echo e.attempts.length()                  # expect: 1
echo e.attempts[0]['address'] == Address('::1', port)   # expect: true
echo open_fds() - before                  # expect: 0

catch { create_connection('127.0.0.1', port, 100, {attempt_delay: -1}) } as e
echo e.type                               # expect: ValueError
catch { create_connection('127.0.0.1', port, 100, {happy: true}) } as e
echo e.message                            # expect: socket.create_connection(): unknown option happy (known: deadline, attempt_delay, happy_eyeballs)
catch { create_connection([], port) } as e
echo e.type                               # expect: ValueError
catch { create_connection(['::1', 5], port) } as e
echo e.type                               # expect: TypeError
filler.close()
v6.close()
v4.close()
