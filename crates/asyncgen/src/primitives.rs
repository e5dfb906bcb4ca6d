//! Statements on the synchronisation primitives: Lock, Semaphore, Event, Condition, the
//! queues and Barrier. Waits mostly carry a timeout, so that few programs deadlock by
//! construction; hostile programs sometimes wait without one.

use crate::code::Code;
use crate::grammar::{Gen, Scope};
use crate::world::TIMEOUTS;

#[derive(Clone, Copy)]
enum Use {
    Lock,
    Semaphore,
    EventSet,
    EventWait,
    ConditionNotify,
    ConditionWait,
    QueuePut,
    QueueGet,
    Barrier,
}

impl Gen {
    fn timeout(&mut self) -> &'static str {
        self.rng.pick(TIMEOUTS)
    }

    /// A statement on one of the program's primitives, or a sleep if it has none.
    pub fn primitive(&mut self, code: &mut Code, scope: &Scope) {
        let world = &self.world;
        let mut uses = Vec::new();
        if world.locks > 0 {
            uses.push((3, Use::Lock));
        }
        if world.semaphores > 0 {
            uses.push((2, Use::Semaphore));
        }
        if world.events > 0 {
            uses.extend([(2, Use::EventSet), (2, Use::EventWait)]);
        }
        if world.conditions > 0 {
            uses.extend([(1, Use::ConditionNotify), (2, Use::ConditionWait)]);
        }
        if !world.queues.is_empty() {
            uses.extend([(2, Use::QueuePut), (2, Use::QueueGet)]);
        }
        if world.barriers > 0 {
            uses.push((1, Use::Barrier));
        }
        if uses.is_empty() {
            let delay = self.delay();
            code.line(format!("await asyncio.sleep({delay})"));
            return;
        }
        match self.rng.weighted(&uses) {
            Use::Lock => self.lock(code, scope),
            Use::Semaphore => self.semaphore(code, scope),
            Use::EventSet => self.event_set(code),
            Use::EventWait => self.event_wait(code),
            Use::ConditionNotify => self.condition_notify(code, scope),
            Use::ConditionWait => self.condition_wait(code, scope),
            Use::QueuePut => self.queue_put(code),
            Use::QueueGet => self.queue_get(code),
            Use::Barrier => self.barrier(code),
        }
    }

    fn lock(&mut self, code: &mut Code, scope: &Scope) {
        let count = self.world.locks;
        let Some(lock) = scope.free(&mut self.rng, "lock", count) else {
            return self.log_held(code);
        };
        if self.rng.chance(70) {
            code.open(format!("async with {lock}:"));
            code.line(format!("log(name, \"holds {lock}\")"));
            self.small_block(code, &scope.holding(&lock));
            code.close();
        } else {
            code.line(format!("await {lock}.acquire()"));
            code.open("try:");
            code.line(format!("log(name, \"acquired {lock}\", {lock}.locked())"));
            self.small_block(code, &scope.holding(&lock));
            code.close();
            code.open("finally:");
            code.line(format!("{lock}.release()"));
            code.close();
        }
    }

    fn semaphore(&mut self, code: &mut Code, scope: &Scope) {
        let count = self.world.semaphores;
        let Some(semaphore) = scope.free(&mut self.rng, "sem", count) else {
            return self.log_held(code);
        };
        code.open(format!("async with {semaphore}:"));
        code.line(format!(
            "log(name, \"in {semaphore}\", {semaphore}.locked())"
        ));
        self.small_block(code, &scope.holding(&semaphore));
        code.close();
    }

    /// What a statement says instead when every primitive of its kind is held already.
    fn log_held(&mut self, code: &mut Code) {
        code.line("log(name, \"already holding\")");
    }

    fn event_set(&mut self, code: &mut Code) {
        let event = self.rng.below(self.world.events);
        let action = if self.rng.chance(20) { "clear" } else { "set" };
        code.line(format!("event{event}.{action}()"));
        code.line(format!("log(name, \"event{event} {action}\")"));
    }

    fn event_wait(&mut self, code: &mut Code) {
        let event = self.rng.below(self.world.events);
        if self.world.hostile && self.rng.chance(15) {
            code.line(format!("await event{event}.wait()"));
            code.line(format!("log(name, \"event{event} seen\")"));
            return;
        }
        let timeout = self.timeout();
        code.try_except(
            &[
                format!("await asyncio.wait_for(event{event}.wait(), {timeout})"),
                format!("log(name, \"event{event} seen\")"),
            ],
            "TimeoutError",
            &[format!("log(name, \"event{event} timeout\")")],
        );
    }

    fn condition_notify(&mut self, code: &mut Code, scope: &Scope) {
        let count = self.world.conditions;
        let Some(condition) = scope.free(&mut self.rng, "cond", count) else {
            return self.log_held(code);
        };
        let notify = if self.rng.chance(50) {
            "notify_all()"
        } else {
            "notify(1)"
        };
        code.open(format!("async with {condition}:"));
        code.line("state[\"n\"] += 1");
        code.line(format!("{condition}.{notify}"));
        code.line(format!("log(name, \"{condition} {notify}\")"));
        code.close();
    }

    fn condition_wait(&mut self, code: &mut Code, scope: &Scope) {
        let count = self.world.conditions;
        let Some(condition) = scope.free(&mut self.rng, "cond", count) else {
            return self.log_held(code);
        };
        let timeout = self.timeout();
        let wait = if self.rng.chance(50) {
            let threshold = self.rng.between(1, 4);
            format!("{condition}.wait_for(lambda: state[\"n\"] >= {threshold})")
        } else {
            format!("{condition}.wait()")
        };
        code.open(format!("async with {condition}:"));
        code.try_except(
            &[
                format!("await asyncio.wait_for({wait}, {timeout})"),
                format!("log(name, \"{condition} woke\", state[\"n\"])"),
            ],
            "TimeoutError",
            &[format!(
                "log(name, \"{condition} timeout\", {condition}.locked())"
            )],
        );
        code.close();
    }

    fn queue_put(&mut self, code: &mut Code) {
        let queue = self.rng.below(self.world.queues.len());
        let bounded = self.world.queues[queue] > 0;
        let id = self.fresh();
        let priority = self.rng.below(3);
        let item = format!("({priority}, f\"{{name}}.{id}\")");
        if bounded {
            let timeout = self.timeout();
            code.try_except(
                &[format!(
                    "await asyncio.wait_for(queue{queue}.put({item}), {timeout})"
                )],
                "TimeoutError",
                &[format!("log(name, \"queue{queue} full\")")],
            );
        } else if self.rng.chance(50) {
            code.line(format!("queue{queue}.put_nowait({item})"));
        } else {
            code.line(format!("await queue{queue}.put({item})"));
        }
        code.line(format!(
            "log(name, \"queue{queue} size\", queue{queue}.qsize())"
        ));
    }

    fn queue_get(&mut self, code: &mut Code) {
        let queue = self.rng.below(self.world.queues.len());
        let id = self.fresh();
        let (get, missing) = if self.rng.chance(30) {
            (
                format!("item{id} = queue{queue}.get_nowait()"),
                "asyncio.QueueEmpty",
            )
        } else {
            let timeout = self.timeout();
            (
                format!("item{id} = await asyncio.wait_for(queue{queue}.get(), {timeout})"),
                "TimeoutError",
            )
        };
        code.try_except(
            &[
                get,
                format!("log(name, \"got item\", item{id})"),
                format!("queue{queue}.task_done()"),
            ],
            missing,
            &[format!("log(name, \"queue{queue} empty\")")],
        );
    }

    fn barrier(&mut self, code: &mut Code) {
        let id = self.fresh();
        let timeout = self.timeout();
        code.open("try:");
        code.open(format!("async with asyncio.timeout({timeout}):"));
        code.line(format!("position{id} = await barrier0.wait()"));
        code.close();
        code.line(format!("log(name, \"passed barrier0\", position{id})"));
        code.close();
        code.open("except TimeoutError:");
        code.line("log(name, \"barrier0 timeout\", barrier0.broken)");
        code.close();
        code.open("except asyncio.BrokenBarrierError:");
        code.line("log(name, \"barrier0 broken\")");
        code.close();
    }
}
