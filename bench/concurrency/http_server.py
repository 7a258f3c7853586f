"""HTTP/1.1 server for bench/concurrency, with Python's asyncio streams: a
task per connection reads each request (request line and headers up to the
blank line) and answers 200 with a 13-byte body; keep-alive.
Usage: python3 http_server.py PORT"""
import asyncio
import sys

BODY = b'Hello, world\n'
RESPONSE = (b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n'
            % len(BODY)) + BODY


async def serve(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b'\r\n\r\n')
            lines = head[:-4].split(b'\r\n')
            version = lines[0].split(b' ')[2]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(b':')
                headers[name.strip().lower()] = value.strip()
            writer.write(RESPONSE)
            await writer.drain()
            if headers.get(b'connection') == b'close' or version != b'HTTP/1.1':
                break
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    writer.close()


async def main():
    server = await asyncio.start_server(serve, '127.0.0.1', int(sys.argv[1]), backlog=4096)
    async with server:
        await server.serve_forever()

asyncio.run(main())
