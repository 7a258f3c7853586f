// Bulk transfer client: writes TOTAL bytes in writes of CHUNK bytes
// (waiting for 'drain' when the socket says so), ends its stream, reads
// the server's count, checks it and prints MB/s (10^6 bytes per second,
// from the first write to the reply). Usage: node bulk_client.js ADDR TOTAL CHUNK
'use strict';
const { connectTo, fail } = require('./common');

const total = Number(process.argv[3]);
const chunkSize = Number(process.argv[4]);
let chunk = Buffer.alloc(chunkSize, 'x');
let sent = 0;
let start;
let reply = '';

const sock = connectTo(process.argv[2], () => {
  start = process.hrtime.bigint();
  pump();
});

function pump() {
  while (sent < total) {
    if (total - sent < chunkSize) chunk = chunk.subarray(0, total - sent);
    sent += chunk.length;
    if (!sock.write(chunk)) {
      sock.once('drain', pump);
      return;
    }
  }
  sock.end();
}

sock.setEncoding('latin1');
sock.on('data', (data) => { reply += data; });
sock.on('end', () => {
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (Number(reply) !== total) fail(`server counted ${reply.trim()}, sent ${total}`);
  console.log(`MBps ${(total / seconds / 1e6).toFixed(1)}`);
});
sock.on('error', (err) => fail(err.message));
