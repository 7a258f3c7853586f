# Every function, property and method in the Blade socket reference, used once on real sockets over 127.0.0.1: a tour with what each returns. Run: build/sabre examples/blade_socket_reference.b
import socket { * }

# get_address_info(address [, type [, family]]): ip and name information.
var info = get_address_info('localhost')
echo 'get_address_info: ${info["ip"]} (${info["name"]}), port ${info["port"]} for http'
echo 'IP_ANY ${IP_ANY}, IP_LOCAL ${IP_LOCAL}, SOMAXCONN ${SOMAXCONN > 0}'

# A server: Socket(family, type, protocol), bind(port, host), listen(queue_length).
var server = Socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
echo 'new server: is_bound ${server.is_bound}, is_listening ${server.is_listening}, is_closed ${server.is_closed}'
server.set_option(SO_REUSEADDR, true)
echo 'bind: ${server.bind(0, IP_LOCAL)}, host ${server.host}, port chosen: ${server.port > 0}'
echo 'listen: ${server.listen()}, is_listening ${server.is_listening}'
echo 'printable: ' + to_string(server).replace(to_string(server.port), 'PORT')
echo 'get_option(SO_REUSEADDR): ${server.get_option(SO_REUSEADDR)}, SO_TYPE is SOCK_STREAM: ${server.get_option(SO_TYPE) == SOCK_STREAM}'

# A client: connect(host, port [, timeout]).
var client = Socket()
echo 'family ${client.family == AF_INET}, type ${client.type == SOCK_STREAM}, protocol ${client.protocol == IPPROTO_TCP}, id ${client.id >= 0}'
echo 'connect: ${client.connect(IP_LOCAL, server.port, 5000)}, is_connected ${client.is_connected}, is_client ${client.is_client}'

# accept(): a new socket for the connection.
var conn = server.accept()
echo 'accept: is_connected ${conn.is_connected}, same port as the client connected to: ${conn.info()["port"] == server.port}'
echo 'info(): ${conn.info()["address"]}, family AF_INET: ${conn.info()["family"] == AF_INET}'

# send(message [, flags]) returns the bytes sent; receive([length [, flags]]) what arrived.
conn.receive_timeout = 5000
client.receive_timeout = 5000
echo 'send: ${client.send("hello, server")}'
echo 'receive: ${conn.receive()}'
conn.send('0123456789')
echo 'receive(4): ${client.receive(4)}'
# read([length]): exactly length bytes (after receive() saw data).
echo 'read(6): ${client.read(6)}'

# Timeouts are in milliseconds, the same as SO_RCVTIMEO / SO_SNDTIMEO.
client.send_timeout = 1500
echo 'receive_timeout ${client.receive_timeout}, send_timeout ${client.send_timeout}, SO_RCVTIMEO ${client.get_option(SO_RCVTIMEO)}'

# set_blocking(mode): a non-blocking receive with nothing to read raises at once.
client.set_blocking(false)
echo 'is_blocking: ${client.is_blocking}'
catch { client.receive() } as e
echo 'non-blocking receive: ${e.type}, errno ${e.errno}'
client.set_blocking(true)

# shutdown([how]): SHUT_WR ends the client's stream; the server reads '' after the data.
client.send('bye')
echo 'shutdown: ${client.shutdown(SHUT_WR)}, is_shutdown ${client.is_shutdown}, reason SHUT_WR: ${client.shutdown_reason == SHUT_WR}'
echo 'server reads: ${conn.receive()}, then the end: ${conn.receive() == ""}'

# Errors raise SocketException, with the system's reason.
var unused = Socket()
unused.bind(0, IP_LOCAL)   # bound but not listening: connections to it are refused
var refused = Socket()
catch { refused.connect(IP_LOCAL, unused.port, 2000) } as e
echo 'connect to a port nobody listens on: ${e.type}, a SocketException: ${instance_of(e, SocketException)}'
refused.close()
unused.close()

# close(): is_closed becomes true; closing again does nothing.
for s in [conn, client, server] s.close()
echo 'close: is_closed ${server.is_closed}, again: ${server.close()}'
