// UDP echo client: on a connected UDP socket, sends COUNT datagrams of
// SIZE bytes one at a time, each after the echo of the one before, and
// prints datagrams per second. Usage: node udp_client.js PORT COUNT SIZE
'use strict';
const dgram = require('dgram');
const { fail } = require('./common');

const count = Number(process.argv[3]);
const size = Number(process.argv[4]);
const message = Buffer.alloc(size, 'u');
let done = 0;
let start;

const sock = dgram.createSocket('udp4');
sock.on('message', (data) => {
  done += 1;
  if (done < count) {
    sock.send(message);
    return;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!data.equals(message)) fail('bad echo');
  sock.close();
  console.log(`dgps ${Math.floor(count / seconds)}`);
});
sock.on('error', (err) => fail(err.message));
sock.connect(Number(process.argv[2]), '127.0.0.1', () => {
  start = process.hrtime.bigint();
  sock.send(message);
});
