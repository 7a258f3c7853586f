# A Channel keeps its values in order however many wait, and a receive costs
# the same with many values queued: each one shifted the whole list, so
# 300,000 values queued then received took many seconds.
import concurrent { Channel }
var c = Channel()
for i in 0..100 c.send(i)
var got = []
for i in 0..70 got.append(c.receive())
echo c.length()   # expect: 30
for i in 100..150 c.send(i)
while c.length() > 0 got.append(c.receive())
var in_order = got.length() == 150
for i in 0..150 if got[i] != i in_order = false
echo in_order     # expect: true
var start = microtime()
for i in 0..300000 c.send(i)
var sum = 0
for i in 0..300000 sum += c.receive()
echo sum          # expect: 44999850000
echo microtime() - start < 5000000   # expect: true
