-- UDP echo client: on a connected UDP socket, sends COUNT datagrams of SIZE
-- bytes one at a time, each after the echo of the one before, and prints
-- datagrams per second. Usage: udp_client.lua PORT COUNT SIZE
local socket = require("socket")

local count, size = tonumber(arg[2]), tonumber(arg[3])
local message = string.rep("u", size)
local sock = socket.udp()
assert(sock:setpeername("127.0.0.1", tonumber(arg[1])))
local reply
local start = socket.gettime()
for _ = 1, count do
  assert(sock:send(message))
  reply = assert(sock:receive(size))
end
local seconds = socket.gettime() - start
if reply ~= message then error("bad echo") end
sock:close()
print(string.format("dgps %d", count // seconds))
