# catch SocketException catches every socket failure class; each class is
# a SocketException and an OSError and keeps its own name.
import socket { * }
import os
# Runs action on a new Socket and closes it, whatever action raises.
def with_socket(action) {
  var s = Socket()
  try {
    action(s)
  } finally {
    s.close()
  }
}
def failures() {
  var list = []
  var probe = Socket()
  probe.bind(0, '127.0.0.1')
  var port = probe.port
  probe.close()
  list.append(@{ with_socket(@(s) { s.connect('127.0.0.1', port, 1000) }) })   # refused
  list.append(@{ with_socket(@(s) { s.connect('bad..name', 80, 1000) }) })     # resolve
  list.append(@{
    var listener = Socket()
    listener.bind(0, '127.0.0.1')
    listener.listen()
    try {
      with_socket(@(s) { s.bind(listener.port, '127.0.0.1') })
    } finally {
      listener.close()
    }
  })                                                                   # in use
  list.append(@{
    with_socket(@(listener) {
      listener.bind(0, '127.0.0.1')
      listener.listen()
      listener.receive_timeout = 50
      listener.accept()
    })
  })                                                                   # timeout
  list.append(@{
    var pair = socket_pair()
    pair[1].close()
    try {
      pair[0].send('x')
    } finally {
      pair[0].close()
    }
  })                                                                   # reset
  list.append(@{
    var s = Socket()
    s.close()
    s.send('x')
  })                                                                   # closed
  return list
}
var names = []
for f in failures() {
  try {
    f()
    names.append('none')
  } catch SocketException e {
    names.append(e.type)
  }
}
echo names  # expect: ['ConnectionRefused', 'ResolveError', 'AddressInUse', 'TimeoutError', 'ConnectionReset', 'SocketException']
var classes = [ConnectionRefused, ConnectionReset, TimeoutError, AddressInUse, ResolveError]
var all_sub = true
for c in classes {
  var e = c('m')
  if !instance_of(e, SocketException) or !instance_of(e, OSError) or !instance_of(e, Exception) all_sub = false
}
echo all_sub                    # expect: true
# a narrower clause picks its own class, the broader one the rest
var seen = []
for f in failures() {
  try {
    f()
  } catch TimeoutError e {
    seen.append('timeout')
  } catch ConnectionRefused e {
    seen.append('refused')
  } catch SocketException e {
    seen.append('other')
  }
}
echo seen   # expect: ['refused', 'other', 'other', 'timeout', 'other', 'other']
# OSError also catches them
try {
  with_socket(@(s) { s.connect('bad..name', 80, 1000) })
} catch OSError e {
  echo e.type                   # expect: ResolveError
}
