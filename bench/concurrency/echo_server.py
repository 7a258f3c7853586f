"""Echo server for bench/concurrency, with Python's asyncio streams: a task
per connection echoes what it reads until the peer closes.
Usage: python3 echo_server.py PORT"""
import asyncio
import sys


async def serve(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    writer.close()


async def main():
    server = await asyncio.start_server(serve, '127.0.0.1', int(sys.argv[1]), backlog=4096)
    async with server:
        await server.serve_forever()

asyncio.run(main())
