-- Bulk transfer server: for each connection, receives (64 KiB at a time)
-- and counts bytes until the client ends its stream, then replies with the
-- count and a newline. Usage: bulk_server.lua ADDR
package.path = arg[0]:match("(.*/)") .. "?.lua;" .. package.path
local common = require("common")

local server = common.listen_on(arg[1])
while true do
  local conn = server:accept()
  if conn then
    local total = 0
    while true do
      local data, err, partial = conn:receive(65536)
      if not data then
        total = total + #(partial or "")
        break
      end
      total = total + #data
    end
    conn:send(total .. "\n")
    conn:close()
  end
end
