-- Ping-pong server: for each connection (TCP_NODELAY), reads messages of
-- SIZE bytes and sends each one back, until the client closes.
-- Usage: pingpong_server.lua PORT SIZE
package.path = arg[0]:match("(.*/)") .. "?.lua;" .. package.path
local common = require("common")

local size = tonumber(arg[2])
local server = common.listen_on(arg[1])
while true do
  local conn = server:accept()
  if conn then
    conn:setoption("tcp-nodelay", true)
    while true do
      local message = conn:receive(size)
      if not message or not conn:send(message) then break end
    end
    conn:close()
  end
end
