# @to_string makes echo, lists and to_string() show the canonical text; the class name is the type.
import socket { IPAddress }
var list = [IPAddress('::0001'), IPAddress('10.0.0.1')]
echo list                            # expect: [::1, 10.0.0.1]
echo typeof(list[0])                 # expect: IPAddress
echo to_string(list[1])              # expect: 10.0.0.1
echo 'peer ' + list[0].to_string()   # expect: peer ::1
echo instance_of(list[0], IPAddress) # expect: true
