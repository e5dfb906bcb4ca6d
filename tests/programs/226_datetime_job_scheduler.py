# A tiny cron-like scheduler: jobs run every N minutes or at a fixed time of day, the loop
# sleeps until the next due time computed with datetime and timedelta on the virtual wall
# clock, and each run is stamped with datetime.now().
import asyncio
from datetime import date, datetime, time, timedelta


class Job:
    def __init__(self, name, every=None, at=None):
        self.name, self.every, self.at = name, every, at
        self.next_run = None
        self.runs = []

    def schedule(self, now):
        if self.every is not None:
            base = self.next_run or now
            self.next_run = base + self.every
        else:
            candidate = datetime.combine(now.date(), self.at)
            if candidate <= now:
                candidate += timedelta(days=1)
            self.next_run = candidate

    def __repr__(self):
        return f"Job({self.name!r}, next={self.next_run:%a %H:%M})"


async def run_job(job):
    started = datetime.now()
    await asyncio.sleep(42.5)
    job.runs.append(started)
    print(f"  {job.name} ran {started:%H:%M:%S} -> {datetime.now().time()}")


async def scheduler(jobs, until):
    now = datetime.now()
    for job in jobs:
        job.schedule(now)
    print("plan:", sorted(jobs, key=lambda j: j.next_run))
    while True:
        job = min(jobs, key=lambda j: (j.next_run, j.name))
        if job.next_run > until:
            break
        delay = (job.next_run - datetime.now()).total_seconds()
        await asyncio.sleep(max(delay, 0))
        print(f"{datetime.now().isoformat(' ', 'minutes')} due: {job.name}")
        await run_job(job)
        job.schedule(datetime.now())


async def main():
    start = datetime.now()
    print("start", start, repr(start), date.today(), start.weekday(), start.strftime("%A"))
    jobs = [Job("backup", at=time(2, 30)), Job("poll", every=timedelta(minutes=45)),
            Job("report", at=time(0, 0)), Job("rotate", every=timedelta(hours=1, minutes=30))]
    await scheduler(jobs, until=start + timedelta(hours=4))
    for job in jobs:
        gaps = [str(b - a) for a, b in zip(job.runs, job.runs[1:])]
        print(job.name, len(job.runs), gaps)
    print("elapsed", datetime.now() - start, "ends", datetime.now().ctime())
    print(timedelta(hours=4) // timedelta(minutes=45), timedelta(hours=4) % timedelta(minutes=45))


asyncio.run(main())
