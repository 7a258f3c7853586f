# IPAddress parses dotted IPv4 text; echo and to_string() give it back and version is 4.
import socket { IPAddress }
var a = IPAddress('192.0.2.33')
echo a                                   # expect: 192.0.2.33
echo a.to_string()                       # expect: 192.0.2.33
echo a.version                           # expect: 4
echo IPAddress('255.255.255.255')        # expect: 255.255.255.255
echo IPAddress('0.0.0.0').version        # expect: 4
echo typeof(a.to_string())               # expect: string
IPAddress('192.0.2.256')                 # expect error: ValueError
