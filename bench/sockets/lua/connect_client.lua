-- Connection client: COUNT times in a row, connects, sends SIZE bytes,
-- reads the echo and closes; prints connections per second.
-- Usage: connect_client.lua PORT COUNT SIZE
local socket = require("socket")

local port, count, size = tonumber(arg[1]), tonumber(arg[2]), tonumber(arg[3])
local message = string.rep("c", size)
local start = socket.gettime()
for _ = 1, count do
  local sock = assert(socket.connect("127.0.0.1", port))
  assert(sock:send(message))
  if assert(sock:receive(size)) ~= message then error("bad echo") end
  sock:close()
end
local seconds = socket.gettime() - start
print(string.format("connps %d", count // seconds))
