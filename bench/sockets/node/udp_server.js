// UDP echo server: sends every datagram back to its sender.
// Usage: node udp_server.js PORT
'use strict';
const dgram = require('dgram');

const sock = dgram.createSocket('udp4');
sock.on('message', (data, from) => sock.send(data, from.port, from.address));
sock.bind(Number(process.argv[2]), '127.0.0.1');
