//! Statements on tasks and the loop: spawning and cancelling in every state, the
//! combinators (gather, wait, as_completed, wait_for, timeout, shield, TaskGroup), executors,
//! callbacks, futures, async generators, and the hostile corner cases.
//!
//! Sets of tasks (`asyncio.wait`'s results) are always sorted by task name before they are
//! printed or acted on: their iteration order follows object addresses in CPython.

use crate::code::Code;
use crate::grammar::{Gen, Scope};
use crate::world::TIMEOUTS;

#[derive(Clone, Copy)]
enum Combinator {
    SpawnAndCancel,
    CancelWhileWaiting,
    Gather,
    Wait,
    AsCompleted,
    WaitFor,
    Timeout,
    Shield,
    TaskGroup,
}

#[derive(Clone, Copy)]
enum Machinery {
    Executor,
    Callback,
    Future,
    AsyncFor,
}

impl Gen {
    /// A statement on tasks; without a coroutine to call, one on the loop's machinery.
    pub fn concurrency(&mut self, code: &mut Code, scope: &Scope) {
        let mut choices = vec![
            (3, Combinator::CancelWhileWaiting),
            (2, Combinator::Timeout),
        ];
        if self.can_call(scope) {
            choices.extend([
                (5, Combinator::SpawnAndCancel),
                (4, Combinator::Gather),
                (3, Combinator::Wait),
                (2, Combinator::AsCompleted),
                (2, Combinator::WaitFor),
                (2, Combinator::Shield),
                (4, Combinator::TaskGroup),
            ]);
        }
        match self.rng.weighted(&choices) {
            Combinator::SpawnAndCancel => self.spawn_and_cancel(code, scope),
            Combinator::CancelWhileWaiting => self.cancel_while_waiting(code, scope),
            Combinator::Gather => self.gather(code, scope),
            Combinator::Wait => self.wait(code, scope),
            Combinator::AsCompleted => self.as_completed(code, scope),
            Combinator::WaitFor => self.wait_for(code, scope),
            Combinator::Timeout => self.timeout_block(code, scope),
            Combinator::Shield => self.shield(code, scope),
            Combinator::TaskGroup => self.task_group(code, scope),
        }
    }

    fn timeout_value(&mut self) -> &'static str {
        self.rng.pick(TIMEOUTS)
    }

    /// `tN = asyncio.create_task(...)`, named or left to the default `Task-N`.
    fn spawn(&mut self, code: &mut Code, scope: &Scope, task: &str) {
        let call = self.call(scope);
        if self.rng.chance(75) {
            code.line(format!(
                "{task} = asyncio.create_task({call}, name=f\"{{name}}.{task}\")"
            ));
        } else {
            code.line(format!("{task} = asyncio.create_task({call})"));
        }
    }

    /// Awaits a task and says how it ended.
    fn await_outcome(&mut self, code: &mut Code, task: &str) {
        code.open("try:");
        code.line(format!("log(name, \"{task} gave\", await {task})"));
        code.close();
        code.open(format!("except asyncio.CancelledError as e_{task}:"));
        code.line(format!(
            "log(name, \"{task} cancelled\", {task}.cancelled(), e_{task}.args)"
        ));
        code.close();
        code.open(format!("except Exception as e_{task}:"));
        code.line(format!(
            "log(name, \"{task} failed\", type(e_{task}).__name__)"
        ));
        code.close();
    }

    /// A task cancelled before its first step, after it, while it sleeps, after it is done,
    /// with a message, or not at all; then awaited.
    fn spawn_and_cancel(&mut self, code: &mut Code, scope: &Scope) {
        let task = format!("t{}", self.fresh());
        self.spawn(code, scope, &task);
        match self.rng.below(6) {
            0 => code.line(format!("log(name, \"cancel\", {task}.cancel())")),
            1 => {
                code.line("await asyncio.sleep(0)");
                code.line(format!("log(name, \"cancel\", {task}.cancel())"));
            }
            2 => {
                let delay = self.delay();
                code.line(format!("await asyncio.sleep({delay})"));
                code.line(format!("log(name, \"cancel\", {task}.cancel())"));
            }
            3 => {
                code.line(format!("await asyncio.wait([{task}])"));
                code.line(format!("log(name, \"cancel after done\", {task}.cancel())"));
            }
            4 => code.line(format!("{task}.cancel(\"stop {task}\")")),
            _ => {}
        }
        self.await_outcome(code, &task);
    }

    /// A task cancelled (or released) while it waits on a lock, a future or an event.
    fn cancel_while_waiting(&mut self, code: &mut Code, scope: &Scope) {
        let id = self.fresh();
        let task = format!("t{id}");
        let lock = if self.rng.chance(50) {
            let count = self.world.locks;
            scope.free(&mut self.rng, "lock", count)
        } else {
            None
        };
        let cancel = self.rng.chance(75);
        code.open(format!("async def waiter{id}():"));
        match &lock {
            Some(lock) => {
                code.open(format!("async with {lock}:"));
                code.line(format!("log(name, \"waiter{id} got {lock}\")"));
                code.close();
                code.line(format!("return \"w{id}\""));
                code.close();
                code.open(format!("async with {lock}:"));
                code.line(format!("{task} = asyncio.create_task(waiter{id}())"));
                code.line("await asyncio.sleep(0)");
                if cancel {
                    code.line(format!("log(name, \"cancel waiter\", {task}.cancel())"));
                }
                code.close();
            }
            None => {
                code.open("try:");
                code.line(format!("return await fut{id}"));
                code.close();
                code.open("finally:");
                code.line(format!(
                    "log(name, \"waiter{id} leaves\", fut{id}.cancelled())"
                ));
                code.close();
                code.close();
                code.line(format!(
                    "fut{id} = asyncio.get_running_loop().create_future()"
                ));
                code.line(format!("{task} = asyncio.create_task(waiter{id}())"));
                code.line("await asyncio.sleep(0)");
                match (cancel, self.rng.below(3)) {
                    (true, 0) => code.line(format!("fut{id}.cancel()")),
                    (true, _) => code.line(format!("log(name, \"cancel\", {task}.cancel())")),
                    (false, _) => code.line(format!("fut{id}.set_result(\"set {id}\")")),
                }
            }
        }
        self.await_outcome(code, &task);
    }

    fn gather(&mut self, code: &mut Code, scope: &Scope) {
        let id = self.fresh();
        let calls: Vec<String> = (0..self.rng.between(1, 3))
            .map(|_| self.call(scope))
            .collect();
        let return_exceptions = if self.rng.chance(50) { "True" } else { "False" };
        let guarded = return_exceptions == "False" && self.rng.chance(60);
        if guarded {
            code.open("try:");
        }
        code.line(format!(
            "r{id} = await asyncio.gather({}, return_exceptions={return_exceptions})",
            calls.join(", ")
        ));
        code.line(format!("log(name, \"gathered\", r{id})"));
        if guarded {
            code.close();
            code.open(format!("except Exception as e{id}:"));
            code.line(format!("log(name, \"gather raised\", repr(e{id}))"));
            code.close();
        }
    }

    /// Creates two or three tasks into a list `tsN`; returns its name.
    fn spawn_list(&mut self, code: &mut Code, scope: &Scope) -> String {
        let id = self.fresh();
        let tasks: Vec<String> = (0..self.rng.between(2, 3))
            .map(|n| {
                let call = self.call(scope);
                format!("asyncio.create_task({call}, name=f\"{{name}}.w{id}.{n}\")")
            })
            .collect();
        code.line(format!("ts{id} = [{}]", tasks.join(", ")));
        format!("ts{id}")
    }

    fn wait(&mut self, code: &mut Code, scope: &Scope) {
        let tasks = self.spawn_list(code, scope);
        let id = self.fresh();
        let mut arguments = tasks.clone();
        if self.rng.chance(50) {
            let timeout = self.timeout_value();
            arguments.push_str(&format!(", timeout={timeout}"));
        }
        if self.rng.chance(60) {
            let when = self
                .rng
                .pick(&["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"]);
            arguments.push_str(&format!(", return_when=asyncio.{when}"));
        }
        code.line(format!(
            "done{id}, pending{id} = await asyncio.wait({arguments})"
        ));
        code.open(format!(
            "for t in sorted(done{id}, key=asyncio.Task.get_name):"
        ));
        code.line(
            "log(name, \"done\", t.get_name(), \"cancelled\" if t.cancelled() else repr(t.exception()))",
        );
        code.close();
        code.open(format!(
            "for t in sorted(pending{id}, key=asyncio.Task.get_name):"
        ));
        code.line("log(name, \"pending\", t.get_name(), t.cancel())");
        code.close();
    }

    fn as_completed(&mut self, code: &mut Code, scope: &Scope) {
        let tasks = self.spawn_list(code, scope);
        let id = self.fresh();
        let timeout = if self.rng.chance(40) {
            format!(", timeout={}", self.timeout_value())
        } else {
            String::new()
        };
        code.open("try:");
        code.open(format!(
            "for f{id} in asyncio.as_completed({tasks}{timeout}):"
        ));
        code.open("try:");
        code.line(format!("log(name, \"completed\", await f{id})"));
        code.close();
        code.open(format!(
            "except (ValueError, KeyError, RuntimeError) as e{id}:"
        ));
        code.line(format!(
            "log(name, \"completed with\", type(e{id}).__name__)"
        ));
        code.close();
        code.close();
        code.close();
        code.open("except TimeoutError:");
        code.line("log(name, \"as_completed timed out\")");
        code.close();
    }

    fn wait_for(&mut self, code: &mut Code, scope: &Scope) {
        let id = self.fresh();
        let call = self.call(scope);
        let timeout = self.timeout_value();
        code.try_except(
            &[
                format!("r{id} = await asyncio.wait_for({call}, timeout={timeout})"),
                format!("log(name, \"in time\", r{id})"),
            ],
            "TimeoutError",
            &[format!("log(name, \"wait_for {id} timed out\")")],
        );
    }

    fn timeout_block(&mut self, code: &mut Code, scope: &Scope) {
        let id = self.fresh();
        let timeout = self.timeout_value();
        code.open("try:");
        code.open(format!("async with asyncio.timeout({timeout}) as cm{id}:"));
        self.small_block(code, &scope.deeper().deeper());
        code.close();
        code.line(format!(
            "log(name, \"timeout {id} not hit\", cm{id}.expired())"
        ));
        code.close();
        code.open("except TimeoutError:");
        code.line(format!("log(name, \"timeout {id} hit\")"));
        code.close();
    }

    fn shield(&mut self, code: &mut Code, scope: &Scope) {
        let task = format!("t{}", self.fresh());
        self.spawn(code, scope, &task);
        let timeout = self.timeout_value();
        code.open("try:");
        code.line(format!(
            "log(name, \"shielded\", await asyncio.wait_for(asyncio.shield({task}), {timeout}))"
        ));
        code.close();
        code.open("except TimeoutError:");
        code.line(format!(
            "log(name, \"shield timed out; inner done:\", {task}.done())"
        ));
        code.close();
        if self.rng.chance(50) {
            self.await_outcome(code, &task);
        }
    }

    fn task_group(&mut self, code: &mut Code, scope: &Scope) {
        let id = self.fresh();
        let handled = self.rng.chance(85);
        let star = handled && self.rng.chance(60);
        if handled {
            code.open("try:");
        }
        code.open(format!("async with asyncio.TaskGroup() as tg{id}:"));
        // One child, and the group's own body beside it: when the group aborts (a child or
        // the body fails, or the parent is cancelled) it cancels its children in the
        // iteration order of a set of tasks, which follows addresses in CPython; only a
        // single child makes that order fixed.
        let call = self.call(scope);
        code.line(format!(
            "tg{id}.create_task({call}, name=f\"{{name}}.g{id}\")"
        ));
        if self.rng.chance(60) {
            self.small_block(code, &scope.deeper().deeper());
        }
        code.close();
        code.line(format!("log(name, \"group {id} done\")"));
        if handled {
            code.close();
            if star {
                code.open(format!("except* ValueError as eg{id}:"));
                code.line(format!(
                    "log(name, \"group ValueError\", len(eg{id}.exceptions))"
                ));
                code.close();
                code.open(format!("except* Exception as eg{id}:"));
            } else {
                code.open(format!("except ExceptionGroup as eg{id}:"));
            }
            code.line(format!(
                "log(name, \"group errors\", sorted(type(e).__name__ for e in eg{id}.exceptions))"
            ));
            code.close();
        }
    }

    /// A statement on the loop's own machinery: executors, callbacks, futures, async
    /// generators.
    pub fn loop_machinery(&mut self, code: &mut Code) {
        let mut choices = vec![
            (2, Machinery::Executor),
            (3, Machinery::Callback),
            (2, Machinery::Future),
        ];
        if self.world.agens > 0 {
            choices.push((3, Machinery::AsyncFor));
        }
        match self.rng.weighted(&choices) {
            Machinery::Executor => self.executor(code),
            Machinery::Callback => self.callback(code),
            Machinery::Future => self.future(code),
            Machinery::AsyncFor => self.async_for(code),
        }
    }

    fn executor(&mut self, code: &mut Code) {
        let id = self.fresh();
        let delay = self.delay();
        let call = if self.rng.chance(50) {
            format!(
                "asyncio.get_running_loop().run_in_executor(None, blocking, f\"{{name}}.{id}\", {delay})"
            )
        } else {
            format!("asyncio.to_thread(blocking, f\"{{name}}.{id}\", {delay})")
        };
        code.line(format!("r{id} = await {call}"));
        code.line(format!("log(name, r{id})"));
    }

    fn callback(&mut self, code: &mut Code) {
        let id = self.fresh();
        let delay = self.delay();
        let label = format!("f\"{{name}}.{id}\"");
        code.line(format!("loop{id} = asyncio.get_running_loop()"));
        match self.rng.below(4) {
            0 => code.line(format!("loop{id}.call_soon(callback, {label})")),
            1 => code.line(format!("loop{id}.call_later({delay}, callback, {label})")),
            2 => code.line(format!(
                "loop{id}.call_at(loop{id}.time() + {delay}, callback, {label})"
            )),
            _ => {
                code.line(format!(
                    "h{id} = loop{id}.call_later({delay}, callback, {label})"
                ));
                code.line(format!("h{id}.cancel()"));
                code.line(format!(
                    "log(name, \"handle cancelled\", h{id}.cancelled())"
                ));
            }
        }
    }

    fn future(&mut self, code: &mut Code) {
        let id = self.fresh();
        let delay = self.delay();
        code.line(format!(
            "fut{id} = asyncio.get_running_loop().create_future()"
        ));
        if self.rng.chance(70) {
            code.line(format!(
                "asyncio.get_running_loop().call_later({delay}, fut{id}.set_result, \"value {id}\")"
            ));
            code.line(format!("log(name, \"future gave\", await fut{id})"));
        } else {
            code.line(format!(
                "asyncio.get_running_loop().call_soon(fut{id}.set_exception, ValueError(\"future {id}\"))"
            ));
            code.open("try:");
            code.line(format!("await fut{id}"));
            code.close();
            code.open(format!("except ValueError as e{id}:"));
            code.line(format!("log(name, \"future raised\", e{id})"));
            code.close();
        }
    }

    fn async_for(&mut self, code: &mut Code) {
        let id = self.fresh();
        let agen = self.rng.below(self.world.agens);
        let items = self.rng.between(1, 4);
        code.open(format!(
            "async for x{id} in agen{agen}(f\"{{name}}.{id}\", {items}):"
        ));
        code.line(format!("log(name, \"item\", x{id})"));
        if self.rng.chance(40) {
            let stop = self.rng.below(items);
            code.open(format!("if x{id}.endswith(\":{stop}\"):"));
            code.line("break");
            code.close();
        }
        code.close();
    }

    /// Rough edges: a callback that raises, a task cancelling itself, a result asked too
    /// early, busy loops of zero sleeps, `asyncio.run` inside the loop, an async generator's
    /// step as a task, an exception chained from another. (Not the task's coroutine: the
    /// oracle wraps it, so its attributes are the oracle's.)
    pub fn hostile(&mut self, code: &mut Code, scope: &Scope) {
        let id = self.fresh();
        match self.rng.below(8) {
            0 => code.line(format!(
                "asyncio.get_running_loop().call_soon(bad_callback, f\"{{name}}.{id}\")"
            )),
            1 => {
                code.line("asyncio.current_task().cancel()");
                code.open("try:");
                code.line("await asyncio.sleep(0)");
                code.close();
                code.open("except asyncio.CancelledError:");
                code.line("log(name, \"cancelled myself\", asyncio.current_task().uncancel())");
                code.close();
            }
            2 => {
                code.line(format!("t{id} = asyncio.create_task(asyncio.sleep(0.1))"));
                code.open("try:");
                code.line(format!("t{id}.result()"));
                code.close();
                code.open(format!("except asyncio.InvalidStateError as e{id}:"));
                code.line(format!("log(name, \"not ready\", e{id})"));
                code.close();
                code.line(format!(
                    "t{id}.add_done_callback(lambda t: log(\"done\", t.result()))"
                ));
            }
            3 => {
                code.open(format!("for _ in range({}):", self.rng.between(5, 40)));
                code.line("await asyncio.sleep(0)");
                code.close();
                code.line("log(name, \"tasks alive\", len(asyncio.all_tasks()))");
            }
            4 => {
                code.open("try:");
                code.line("asyncio.run(asyncio.sleep(0))");
                code.close();
                code.open(format!("except RuntimeError as e{id}:"));
                code.line(format!("log(name, \"nested run\", e{id})"));
                code.close();
            }
            5 if self.world.agens > 0 => {
                code.line(format!("g{id} = agen0(f\"{{name}}.{id}\", 2)"));
                code.line(format!("t{id} = asyncio.create_task(g{id}.__anext__())"));
                code.line(format!("log(name, \"first item\", await t{id})"));
            }
            6 => {
                code.open("try:");
                code.line(format!("raise KeyError(\"inner {id}\")"));
                code.close();
                code.open(format!("except KeyError as e{id}:"));
                self.condition(code);
                code.line(format!("raise RuntimeError(\"outer {id}\") from e{id}"));
                code.close();
                code.close();
            }
            _ => {
                code.line("log(name, \"running as\", asyncio.current_task().get_name())");
                self.small_block(code, &scope.deeper());
            }
        }
    }
}
