# Methods of futures and tasks as a program reaches them: a subclass's own method calling
# super(), a property, a method hidden by the object's own attribute and found again once
# that is deleted.
import asyncio

class Tagged(asyncio.Future):
    @property
    def tag(self):
        return "tagged"
    def result(self):
        return ("wrapped", super().result())
    def describe(self):
        return f"{self.tag}: done={self.done()}"

async def main():
    loop = asyncio.get_running_loop()
    fut = Tagged()
    print(fut.describe())
    fut.set_result(5)
    print(fut.describe(), fut.result())
    plain = loop.create_future()
    plain.done = lambda: "shadowed by the instance"
    print(plain.done())
    del plain.done
    print(plain.done())
    task = asyncio.create_task(asyncio.sleep(0, "slept"))
    print(task.done(), task.get_name())
    print(await task, task.done(), task.result())
    for method in ("done", "cancelled"):
        print(method, getattr(task, method)())
    print(type(fut).__class__, fut.__class__.__name__)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    print(loop.time(), loop.is_running())

asyncio.run(main())
