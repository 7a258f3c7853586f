// Echo server for bench/concurrency, with Node's net module: echoes what it
// reads until the peer closes. Usage: node echo_server.js PORT
'use strict';
const net = require('net');
const server = net.createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('data', (data) => socket.write(data));
  socket.on('end', () => socket.end());
  socket.on('error', () => socket.destroy());
});
server.listen({ port: Number(process.argv[2]), host: '127.0.0.1', backlog: 4096 });
