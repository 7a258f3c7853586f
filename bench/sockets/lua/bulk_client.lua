-- Bulk transfer client: sends TOTAL bytes in sends of CHUNK bytes, ends its
-- stream, reads the server's count, checks it and prints MB/s (10^6 bytes
-- per second, from the first send to the reply).
-- Usage: bulk_client.lua ADDR TOTAL CHUNK
package.path = arg[0]:match("(.*/)") .. "?.lua;" .. package.path
local socket = require("socket")
local common = require("common")
local check = common.check

local total, chunk_size = tonumber(arg[2]), tonumber(arg[3])
local chunk = string.rep("x", chunk_size)
local sock = common.connect_to(arg[1])
local start = socket.gettime()
local sent = 0
while sent < total do
  if total - sent < chunk_size then chunk = chunk:sub(1, total - sent) end
  check(sock:send(chunk))
  sent = sent + #chunk
end
sock:shutdown("send")
local reply = check(sock:receive("*l"))
local seconds = socket.gettime() - start
sock:close()
if tonumber(reply) ~= total then
  error(string.format("server counted %s, sent %d", reply, total))
end
print(string.format("MBps %.1f", total / seconds / 1e6))
