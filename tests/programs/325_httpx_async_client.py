# httpx.AsyncClient: a base_url, concurrent GETs, a POST with JSON, raise_for_status, and a
# read timeout on a slow endpoint.
import asyncio

import httpx


async def main():
    timeout = httpx.Timeout(2.0)
    async with httpx.AsyncClient(base_url="https://api.example.com", timeout=timeout) as client:
        responses = await asyncio.gather(*(client.get(f"/todos/{i}") for i in range(1, 5)))
        for response in responses:
            todo = response.json()
            mark = "x" if todo["completed"] else " "
            print(f"[{mark}] {todo['title']} ({response.status_code}, {response.elapsed})")

        created = await client.post("/posts", json={"title": "hello", "userId": 1})
        print(created, created.is_success, created.json())

        missing = await client.get("/posts/5000")
        try:
            missing.raise_for_status()
        except httpx.HTTPStatusError as error:
            print(str(error).splitlines()[0])
            print("status code:", error.response.status_code)

        try:
            await client.get("https://example.com/delay/5")
        except httpx.TimeoutException as error:
            print(type(error).__name__, "is a", httpx.TransportError.__name__,
                  isinstance(error, httpx.RequestError))
    print("closed:", client.is_closed)


asyncio.run(main())
