// Shared by the Node socket benchmark programs. An address argument is a
// TCP port on 127.0.0.1, or a UNIX socket path when it contains a '/'.
'use strict';
const net = require('net');

// net.Server.listen() / net.connect() arguments for an address.
function endpoint(address) {
  return address.includes('/') ? [address] : [Number(address), '127.0.0.1'];
}

function listenOn(server, address) {
  server.listen(...endpoint(address));
  return server;
}

function connectTo(address, onConnect) {
  return net.connect(...endpoint(address), onConnect);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

module.exports = { listenOn, connectTo, fail };
