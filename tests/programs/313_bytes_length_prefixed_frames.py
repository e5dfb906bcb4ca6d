# Messages travel as bytes: each frame is a 2-byte big-endian length and a UTF-8 JSON body.
# A writer task packs frames into a shared buffer in chunks of uneven size, as a network
# would deliver them; a reader task reassembles whole frames from whatever has arrived.
import asyncio
import json


def pack(message):
    body = json.dumps(message).encode()
    return len(body).to_bytes(2, "big") + body


async def writer(pipe, messages):
    stream = b"".join(pack(m) for m in messages)
    chunk_sizes = [3, 7, 1, 12, 30, 5, 64]
    at = 0
    for size in chunk_sizes * 4:
        if at >= len(stream):
            break
        chunk = stream[at:at + size]
        at += len(chunk)
        await asyncio.sleep(0.05)
        await pipe.put(chunk)
        print(f"sent {len(chunk):2} bytes: {chunk[:12]!r}")
    await pipe.put(b"")


async def reader(pipe):
    buffer = bytearray()
    frames = []
    while True:
        chunk = await pipe.get()
        if not chunk:
            break
        buffer += chunk
        while len(buffer) >= 2:
            size = int.from_bytes(buffer[:2], "big")
            if len(buffer) < 2 + size:
                break
            body = bytes(buffer[2:2 + size])
            del buffer[:2 + size]
            message = json.loads(body.decode("utf-8"))
            frames.append(message)
            print(f"frame at t={asyncio.get_running_loop().time():.2f}: {message}")
    return frames, bytes(buffer)


async def main():
    messages = [{"id": 1, "text": "héllo"}, {"id": 2, "text": "world" * 3}, {"id": 3, "ok": True}]
    pipe = asyncio.Queue()
    sent = asyncio.create_task(writer(pipe, messages))
    frames, leftover = await reader(pipe)
    await sent
    print("frames equal:", frames == messages, "leftover:", leftover)
    print("hex of first frame header:", pack(messages[0])[:4].hex(" "))


asyncio.run(main())
