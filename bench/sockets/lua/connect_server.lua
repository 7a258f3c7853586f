-- Connection server: for each connection, reads one message of SIZE bytes,
-- sends it back and closes. Usage: connect_server.lua PORT SIZE
package.path = arg[0]:match("(.*/)") .. "?.lua;" .. package.path
local common = require("common")

local size = tonumber(arg[2])
local server = common.listen_on(arg[1])
while true do
  local conn = server:accept()
  if conn then
    local message = conn:receive(size)
    if message then conn:send(message) end
    conn:close()
  end
end
