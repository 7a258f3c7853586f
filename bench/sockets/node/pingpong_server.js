// Ping-pong server: for each connection (TCP_NODELAY), writes back what it
// receives, until the client closes. Usage: node pingpong_server.js PORT SIZE
'use strict';
const net = require('net');
const { listenOn } = require('./common');

const server = net.createServer((conn) => {
  conn.setNoDelay(true);
  conn.on('data', (data) => conn.write(data));
  conn.on('error', () => conn.destroy());
});
listenOn(server, process.argv[2]);
