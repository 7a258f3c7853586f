# info() is the local address as {address, port, family}; {} once closed.
import socket { * }
var s = Socket()
s.bind(0, '127.0.0.1')
var i = s.info()
echo typeof(i)                  # expect: dictionary
echo i.keys()                   # expect: ['address', 'port', 'family']
echo i['address']               # expect: 127.0.0.1
echo i['port'] == s.port        # expect: true
echo i['family'] == AF_INET     # expect: true
var six = Socket(AF_INET6)
six.bind(0, '::1')
echo six.info()['address']      # expect: ::1
echo six.info()['family'] == AF_INET6  # expect: true
s.close()
six.close()
echo s.info()                   # expect: {}
