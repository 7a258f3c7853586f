// Connection server: for each connection, receives one message of SIZE
// bytes, sends it back and closes. Usage: node connect_server.js PORT SIZE
'use strict';
const net = require('net');
const { listenOn } = require('./common');

const size = Number(process.argv[3]);
const server = net.createServer((conn) => {
  const parts = [];
  let got = 0;
  conn.on('data', (data) => {
    parts.push(data);
    got += data.length;
    if (got >= size) conn.end(Buffer.concat(parts));
  });
  conn.on('error', () => conn.destroy());
});
listenOn(server, process.argv[2]);
