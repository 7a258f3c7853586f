# Name look-ups of localhost: get_host_by_name gives the IPv4 loopback,
# get_address_info its ip and every address found, and numeric input
# passes through.
import socket { * }
echo get_host_by_name('localhost')          # expect: 127.0.0.1
echo get_host_by_name('127.0.0.1')          # expect: 127.0.0.1
var info = get_address_info('localhost')
echo info['ip']                             # expect: 127.0.0.1
echo info['family'] == AF_INET              # expect: true
echo info['port']                           # expect: 80
echo info['addresses'].contains('127.0.0.1')  # expect: true
echo typeof(info['name'])                   # expect: string
echo get_address_info('127.0.0.1', '8080')['port']  # expect: 8080
var six = get_address_info('::1', nil, AF_INET6)
echo six['ip']                              # expect: ::1
echo six['family'] == AF_INET6              # expect: true
echo IP_LOCAL                               # expect: 127.0.0.1
echo IP_ANY                                 # expect: 0.0.0.0
