-- Shared by the Lua (LuaSocket) socket benchmark programs. An address
-- argument is a TCP port on 127.0.0.1, or a UNIX socket path when it
-- contains a '/'.
local socket = require("socket")
local unix = require("socket.unix")

local common = {}

local function check(value, err)
  if not value then error(err, 2) end
  return value
end
common.check = check

function common.listen_on(address)
  if address:find("/", 1, true) then
    local server = unix.stream()
    check(server:bind(address))
    check(server:listen(128))
    return server
  end
  return check(socket.bind("127.0.0.1", tonumber(address), 128))
end

function common.connect_to(address)
  if address:find("/", 1, true) then
    local sock = unix.stream()
    check(sock:connect(address))
    return sock
  end
  return check(socket.connect("127.0.0.1", tonumber(address)))
end

return common
