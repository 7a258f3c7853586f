// Connection client: COUNT times in a row, connects, sends SIZE bytes,
// receives the echo and closes; prints connections per second.
// Usage: node connect_client.js PORT COUNT SIZE
'use strict';
const net = require('net');
const { fail } = require('./common');

const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
const size = Number(process.argv[4]);
const message = Buffer.alloc(size, 'c');
let done = 0;
const start = process.hrtime.bigint();

function next() {
  if (done === count) {
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`connps ${Math.floor(count / seconds)}`);
    return;
  }
  const parts = [];
  let got = 0;
  const sock = net.connect(port, '127.0.0.1', () => sock.write(message));
  sock.on('data', (data) => {
    parts.push(data);
    got += data.length;
    if (got < size) return;
    if (!Buffer.concat(parts).equals(message)) fail('bad echo');
    sock.destroy();
    done += 1;
    next();
  });
  sock.on('error', (err) => fail(err.message));
}

next();
