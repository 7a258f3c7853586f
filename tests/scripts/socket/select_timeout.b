# With nothing ready, select() waits for its timeout and returns three
# empty lists.
import socket { * }
var pair = socket_pair()
var start = microtime()
var r = select([pair[0], pair[1]], [], [], 150)
var elapsed = (microtime() - start) / 1000
echo r                                  # expect: [[], [], []]
echo elapsed >= 140 and elapsed < 1500  # expect: true
echo select([], [], [], 0)              # expect: [[], [], []]
pair[0].close()
pair[1].close()
