// Ping-pong client: on one connection (TCP_NODELAY), sends ROUNDS messages
// of SIZE bytes, each after the echo of the one before has been received
// in full, and prints round trips per second.
// Usage: node pingpong_client.js PORT ROUNDS SIZE
'use strict';
const { connectTo, fail } = require('./common');

const rounds = Number(process.argv[3]);
const size = Number(process.argv[4]);
const message = Buffer.alloc(size, 'p');
let done = 0;
let parts = [];
let got = 0;
let start;

const sock = connectTo(process.argv[2], () => {
  sock.setNoDelay(true);
  start = process.hrtime.bigint();
  sock.write(message);
});

sock.on('data', (data) => {
  parts.push(data);
  got += data.length;
  if (got < size) return;
  if (got > size) fail('echo longer than the message');
  done += 1;
  if (done < rounds) {
    parts = [];
    got = 0;
    sock.write(message);
    return;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!Buffer.concat(parts).equals(message)) fail('bad echo');
  sock.destroy();
  console.log(`rtps ${Math.floor(rounds / seconds)}`);
});
sock.on('error', (err) => fail(err.message));
