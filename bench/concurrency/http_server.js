// HTTP/1.1 server for bench/concurrency, with Node's http module: answers
// 200 with a 13-byte body; keep-alive. Usage: node http_server.js PORT
'use strict';
const http = require('http');
const BODY = 'Hello, world\n';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': BODY.length });
  res.end(BODY);
});
server.keepAliveTimeout = 60000;
server.listen({ port: Number(process.argv[2]), host: '127.0.0.1', backlog: 4096 });
