// Bulk transfer server: for each connection, counts the bytes received
// until the client ends its stream, then replies with the count and a
// newline. Usage: node bulk_server.js ADDR
'use strict';
const net = require('net');
const { listenOn } = require('./common');

const server = net.createServer({ allowHalfOpen: true }, (conn) => {
  let total = 0;
  conn.on('data', (data) => { total += data.length; });
  conn.on('end', () => conn.end(`${total}\n`));
  conn.on('error', () => conn.destroy());
});
listenOn(server, process.argv[2]);
