# MSG_PEEK combined with MSG_WAITALL never invents data: with fewer bytes
# queued than asked for, the peek returns what is there (or times out),
# never the same bytes twice; the next receive gets the data once.
import socket { * }
var pair = socket_pair()
var a = pair[0], b = pair[1]
b.receive_timeout = 200
a.send('abcdef')
echo b.receive(4, MSG_WAITALL | MSG_PEEK)   # expect: abcd
echo b.receive()                            # expect: abcdef
a.send('ab')
var r = nil
catch { r = b.receive(4, MSG_WAITALL | MSG_PEEK) } as e
echo r == 'ab' or (e != nil and e.type == 'TimeoutError')   # expect: true
echo r == 'abab'                            # expect: false
echo b.receive()                            # expect: ab
a.close()
b.close()
