# Job ids with uuid, as task queues and web apps make them: uuid4() for new jobs (only what
# does not depend on the random value is printed), UUIDs parsed from strings in their usual
# spellings, their fields, comparisons and hashing (as dict keys and sorted), and the errors
# of badly formed ids.
import asyncio
import uuid

KNOWN = [
    "6f1b0c1e-8a3d-4b7e-9c2d-3e4f5a6b7c8d",
    "{01234567-89ab-cdef-0123-456789abcdef}",
    "urn:uuid:00000000-0000-4000-8000-000000000001",
    "A1B2C3D4E5F60718293A4B5C6D7E8F90",
]


async def run_job(job_id, seconds):
    await asyncio.sleep(seconds)
    return len(job_id.hex)


async def main():
    jobs = {uuid.uuid4(): n for n in range(5)}
    print(len(jobs), all(j.version == 4 for j in jobs), {len(str(j)) for j in jobs})
    print({j.variant for j in jobs}, all(str(j).count("-") == 4 for j in jobs))
    finished = await asyncio.gather(*(run_job(j, 0.1 * n) for j, n in jobs.items()))
    print(finished)

    parsed = [uuid.UUID(text) for text in KNOWN]
    for u in parsed:
        print(u, u.version, u.variant == uuid.RFC_4122, u.int % 1000, u.hex[:8], u.urn[:13])
    print(repr(parsed[0]))
    print(parsed[1].fields, parsed[1].node == 0x456789abcdef, parsed[1].time_low)
    print([str(u)[:8] for u in sorted(parsed)])
    print(uuid.UUID(int=parsed[0].int) == parsed[0], parsed[0] != parsed[1], hash(parsed[2]) == hash(uuid.UUID(KNOWN[2])))
    print(uuid.UUID(int=1, version=4), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
    print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL.version)
    for bad in ["not-a-uuid", "1234", "6f1b0c1e-8a3d-4b7e-9c2d-3e4f5a6b7c8dff"]:
        try:
            uuid.UUID(bad)
        except ValueError as e:
            print(f"{bad!r}: {e}")
    try:
        uuid.UUID(int=1 << 128)
    except ValueError as e:
        print("ValueError:", e)
    try:
        parsed[0].version = 5
    except TypeError as e:
        print("TypeError:", e)
    stamp = uuid.uuid1()
    print(stamp.version, len(stamp.hex))


asyncio.run(main())
