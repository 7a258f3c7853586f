-- Ping-pong client: on one connection (TCP_NODELAY), sends ROUNDS messages
-- of SIZE bytes, each after the echo of the one before has been read in
-- full, and prints round trips per second.
-- Usage: pingpong_client.lua PORT ROUNDS SIZE
package.path = arg[0]:match("(.*/)") .. "?.lua;" .. package.path
local socket = require("socket")
local common = require("common")
local check = common.check

local rounds, size = tonumber(arg[2]), tonumber(arg[3])
local message = string.rep("p", size)
local sock = common.connect_to(arg[1])
sock:setoption("tcp-nodelay", true)
local reply
local start = socket.gettime()
for _ = 1, rounds do
  check(sock:send(message))
  reply = check(sock:receive(size))
end
local seconds = socket.gettime() - start
if reply ~= message then error("bad echo") end
sock:close()
print(string.format("rtps %d", rounds // seconds))
