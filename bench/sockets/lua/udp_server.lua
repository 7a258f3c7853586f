-- UDP echo server: sends every datagram back to its sender.
-- Usage: udp_server.lua PORT
local socket = require("socket")

local sock = socket.udp()
assert(sock:setsockname("127.0.0.1", tonumber(arg[1])))
while true do
  local data, ip, port = sock:receivefrom()
  if data then sock:sendto(data, ip, port) end
end
