# A worker pool that reports its progress through logging: basicConfig with a timestamped
# format, per-module loggers in a hierarchy, the asyncio task's name in each record, and a
# failed job logged with its traceback by logger.exception.
import asyncio
import logging

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)-7s %(name)s [%(taskName)s] %(message)s",
)
log = logging.getLogger("pool")
jobs_log = logging.getLogger("pool.jobs")


def parse(payload):
    return int(payload)


async def worker(name, queue, results):
    while True:
        job_id, payload, cost = await queue.get()
        jobs_log.debug("never shown: %s", job_id)
        try:
            await asyncio.sleep(cost)
            results[job_id] = parse(payload) * 2
            jobs_log.info("job %s done by %s -> %d", job_id, name, results[job_id])
        except ValueError:
            jobs_log.exception("job %s failed", job_id)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = {}
    for job_id, payload, cost in [(1, "10", 0.5), (2, "x7", 0.25), (3, "4", 1.0),
                                  (4, "21", 0.125), (5, "3", 0.75)]:
        queue.put_nowait((job_id, payload, cost))
    log.info("queued %d jobs", queue.qsize())
    workers = [asyncio.create_task(worker(f"w{i}", queue, results), name=f"worker-{i}")
               for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log.warning("finished with %d of 5 results: %s", len(results), sorted(results.items()))
    print(log, jobs_log, jobs_log.parent is log, log.parent)
    print(jobs_log.getEffectiveLevel(), jobs_log.isEnabledFor(logging.DEBUG))


asyncio.run(main())
