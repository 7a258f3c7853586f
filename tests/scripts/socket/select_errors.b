# select() checks its arguments: lists of Sockets only, no closed socket,
# and a number for the timeout.
import socket { * }
var pair = socket_pair()
catch { select(['x']) } as e
echo e.type                     # expect: TypeError
echo e.message                  # expect: select(): every item must be a Socket or TLSSocket, got string
catch { select(pair[0]) } as e
echo e.type                     # expect: TypeError
var closed = Socket()
closed.close()
catch { select([closed], nil, nil, 0) } as e
echo e.type                     # expect: SocketException
echo e.message.index_of('closed socket') > 0  # expect: true
catch { select([pair[0]], nil, nil, 'soon') } as e
echo e.type                     # expect: TypeError
pair[0].close()
pair[1].close()
