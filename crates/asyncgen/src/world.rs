//! What a generated program declares at module level and every coroutine may use: the
//! synchronisation primitives, the async generators, and the coroutines `c0`, `c1`, ...

use crate::code::Code;
use crate::rng::Rng;

/// The primitives of one program, by kind; each is a module-level variable `kindN`.
#[derive(Default)]
pub struct World {
    pub locks: usize,
    pub semaphores: usize,
    pub events: usize,
    pub conditions: usize,
    /// Each queue's maximum size (0: unbounded).
    pub queues: Vec<usize>,
    pub barriers: usize,
    pub agens: usize,
    pub coroutines: usize,
    /// Whether this program may use features known to be rough edges (handlers that raise,
    /// swallowed cancellations, waits without timeouts); about one program in four.
    pub hostile: bool,
}

impl World {
    pub fn choose(rng: &mut Rng) -> World {
        World {
            locks: rng.between(0, 2),
            semaphores: rng.between(0, 1),
            events: rng.between(0, 2),
            conditions: rng.between(0, 1),
            queues: (0..rng.between(0, 2))
                .map(|_| if rng.chance(25) { rng.between(1, 2) } else { 0 })
                .collect(),
            barriers: if rng.chance(30) { 1 } else { 0 },
            agens: rng.between(0, 2),
            coroutines: rng.between(2, 4),
            hostile: rng.chance(25),
        }
    }

    /// `import`s, the helpers every program shares, and the primitives.
    pub fn write_prelude(&self, rng: &mut Rng, code: &mut Code) {
        for line in PRELUDE.lines() {
            code.line(line);
        }
        code.blank();
        for n in 0..self.locks {
            code.line(format!("lock{n} = asyncio.Lock()"));
        }
        for n in 0..self.semaphores {
            let kind = rng.pick(&["Semaphore", "BoundedSemaphore"]);
            code.line(format!("sem{n} = asyncio.{kind}({})", rng.between(1, 2)));
        }
        for n in 0..self.events {
            code.line(format!("event{n} = asyncio.Event()"));
        }
        for n in 0..self.conditions {
            code.line(format!("cond{n} = asyncio.Condition()"));
        }
        for (n, &size) in self.queues.iter().enumerate() {
            let kind = rng.pick(&["Queue", "Queue", "PriorityQueue", "LifoQueue"]);
            let size = if size > 0 {
                format!("maxsize={size}")
            } else {
                String::new()
            };
            code.line(format!("queue{n} = asyncio.{kind}({size})"));
        }
        for n in 0..self.barriers {
            code.line(format!(
                "barrier{n} = asyncio.Barrier({})",
                rng.between(2, 3)
            ));
        }
        code.blank();
    }

    /// Async generators `agenN(name, n)`: yield up to `n` items, some sleeping between them,
    /// some saying when they are closed (finalization is part of what is compared).
    pub fn write_agens(&self, rng: &mut Rng, code: &mut Code) {
        for n in 0..self.agens {
            code.blank();
            code.open(format!("async def agen{n}(name, n):"));
            let finally = rng.chance(50);
            if finally {
                code.open("try:");
            }
            code.open("for i in range(n):");
            if rng.chance(70) {
                code.line(format!("await asyncio.sleep({})", rng.pick(DELAYS)));
            }
            code.line("yield f\"{name}:{i}\"");
            code.close();
            if finally {
                code.close();
                code.open("finally:");
                code.line(format!("log(name, \"agen{n} closed\")"));
                code.close();
            }
            code.close();
        }
    }
}

/// Sleep lengths: zero and equal delays are the interesting ones for ordering.
pub const DELAYS: &[&str] = &["0", "0", "0.1", "0.1", "0.2", "0.5", "1", "1", "2"];
/// Timeouts, some below and some above the delays.
pub const TIMEOUTS: &[&str] = &["0", "0.1", "0.15", "0.5", "1", "1.5", "3"];

const PRELUDE: &str = r#"import asyncio
import time

state = {"n": 0}


def now():
    return round(asyncio.get_running_loop().time(), 3)


def log(*parts):
    print(now(), *parts)


def blocking(label, seconds):
    time.sleep(seconds)
    return f"{label} slept {seconds}"


def callback(label):
    log("callback", label)


def bad_callback(label):
    raise ValueError(label)"#;
