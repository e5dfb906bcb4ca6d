//! Where asyncio's own coroutines are in CPython 3.12's source. Looplab's asyncio is written
//! in Python of its own (`library/*.py`, shown in tracebacks as `<asyncio.tasks>` and so on),
//! but a task's repr names the file and line of its coroutine (`coro=<sleep() running at
//! .../asyncio/tasks.py:665>`): for a task made straight from `asyncio.sleep(1)` or a queue's
//! `get()`, CPython points into its own library, and so does Looplab, through this table.

/// Where a Linux distribution installs CPython 3.12's standard library.
pub const STDLIB: &str = "/usr/lib/python3.12/";

/// One coroutine function of Looplab's asyncio and its counterpart in CPython 3.12.1.
struct Place {
    /// The part of Looplab's asyncio that defines it (`<asyncio.tasks>`).
    part: &'static str,
    /// Its qualified name in that part.
    qualname: &'static str,
    /// CPython's file, under [`STDLIB`].
    file: &'static str,
    /// The line of CPython's `async def`.
    defined: u32,
    /// Each `await` of Looplab's function (its line in `library/`) and the line of the same
    /// `await` in CPython's: a suspended coroutine is "running at" one of them.
    awaits: &'static [(u32, u32)],
}

const PLACES: &[Place] = &[
    place("tasks", "sleep", "tasks.py", 653, &[(25, 656), (31, 665)]),
    place(
        "tasks",
        "ensure_future.<locals>._wrap_awaitable",
        "tasks.py",
        683,
        &[(48, 684)],
    ),
    place("tasks", "wait", "tasks.py", 435, &[(210, 464)]),
    place(
        "tasks",
        "wait_for",
        "tasks.py",
        472,
        &[(267, 513), (272, 519), (273, 520)],
    ),
    place("tasks", "_wait", "tasks.py", 522, &[(234, 550)]),
    place("tasks", "_cancel_and_wait", "tasks.py", 566, &[(256, 578)]),
    place(
        "tasks",
        "as_completed.<locals>._wait_for_one",
        "tasks.py",
        626,
        &[(301, 627)],
    ),
    place(
        "locks",
        "_ContextManagerMixin.__aenter__",
        "locks.py",
        13,
        &[(17, 14)],
    ),
    place(
        "locks",
        "_ContextManagerMixin.__aexit__",
        "locks.py",
        19,
        &[],
    ),
    place("locks", "Lock.acquire", "locks.py", 92, &[(69, 113)]),
    place("locks", "Event.wait", "locks.py", 199, &[(133, 212)]),
    place(
        "locks",
        "Condition.wait",
        "locks.py",
        247,
        &[(168, 266), (178, 276)],
    ),
    place(
        "locks",
        "Condition.wait_for",
        "locks.py",
        284,
        &[(188, 293)],
    ),
    place("locks", "Semaphore.acquire", "locks.py", 363, &[(240, 386)]),
    place(
        "locks",
        "Barrier.__aenter__",
        "locks.py",
        472,
        &[(307, 475)],
    ),
    place("locks", "Barrier.__aexit__", "locks.py", 477, &[]),
    place(
        "locks",
        "Barrier.wait",
        "locks.py",
        480,
        &[(313, 487), (314, 488), (319, 494), (321, 496)],
    ),
    place("locks", "Barrier._block", "locks.py", 503, &[(328, 509)]),
    place("locks", "Barrier._release", "locks.py", 519, &[]),
    place("locks", "Barrier._wait", "locks.py", 527, &[(337, 533)]),
    place("locks", "Barrier.reset", "locks.py", 546, &[(348, 552)]),
    place("locks", "Barrier.abort", "locks.py", 561, &[(357, 567)]),
    place("queues", "Queue.put", "queues.py", 110, &[(142, 120)]),
    place("queues", "Queue.get", "queues.py", 149, &[(170, 158)]),
    place("queues", "Queue.join", "queues.py", 206, &[(201, 215)]),
    place(
        "taskgroups",
        "TaskGroup.__aenter__",
        "taskgroups.py",
        54,
        &[],
    ),
    place(
        "taskgroups",
        "TaskGroup.__aexit__",
        "taskgroups.py",
        68,
        &[(69, 110)],
    ),
    place("timeouts", "Timeout.__aenter__", "timeouts.py", 85, &[]),
    place("timeouts", "Timeout.__aexit__", "timeouts.py", 97, &[]),
    place("threads", "to_thread", "threads.py", 12, &[(15, 25)]),
    place(
        "runners",
        "BaseEventLoop.shutdown_asyncgens",
        "base_events.py",
        559,
        &[(22, 571)],
    ),
    place(
        "runners",
        "BaseEventLoop.shutdown_default_executor",
        "base_events.py",
        584,
        &[(33, 598)],
    ),
];

const fn place(
    part: &'static str,
    qualname: &'static str,
    file: &'static str,
    defined: u32,
    awaits: &'static [(u32, u32)],
) -> Place {
    Place {
        part,
        qualname,
        file,
        defined,
        awaits,
    }
}

/// Where a coroutine shows itself in a repr: `file` and `line` as Looplab knows them (the
/// program's file, or a part of Looplab's asyncio such as `<asyncio.tasks>`), turned into
/// CPython's file and line when the coroutine is one of asyncio's own. `line` is either the
/// definition's line (`defined` true) or the line a suspended coroutine waits at.
pub fn shown_location(file: &str, qualname: &str, line: u32, defined: bool) -> (String, u32) {
    let own = || (file.to_string(), line);
    let Some(part) = file
        .strip_prefix("<asyncio.")
        .and_then(|rest| rest.strip_suffix('>'))
    else {
        return own();
    };
    let Some(place) = PLACES
        .iter()
        .find(|place| place.part == part && place.qualname == qualname)
    else {
        return own();
    };
    let cpython_line = if defined {
        Some(place.defined)
    } else {
        place
            .awaits
            .iter()
            .find(|&&(looplab, _)| looplab == line)
            .map(|&(_, cpython)| cpython)
    };
    match cpython_line {
        Some(cpython_line) => (format!("{STDLIB}asyncio/{}", place.file), cpython_line),
        None => own(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each entry names a function of Looplab's asyncio at the lines given: were the library
    /// edited, the table would silently point elsewhere.
    #[test]
    fn the_table_matches_the_library_source() {
        for place in PLACES {
            let source = super::super::library_source(&format!("<asyncio.{}>", place.part))
                .unwrap_or_else(|| panic!("no part {}", place.part));
            let lines: Vec<&str> = source.lines().collect();
            let name = place.qualname.rsplit('.').next().unwrap_or_default();
            let defines = |line: &str| line.trim_start().starts_with(&format!("async def {name}("));
            assert!(
                lines.iter().any(|line| defines(line)),
                "{}: no `async def {name}(`",
                place.qualname
            );
            for &(looplab, _) in place.awaits {
                let text = lines[looplab as usize - 1];
                assert!(
                    text.contains("await ") || text.contains("async with"),
                    "{}: line {looplab} is `{text}`",
                    place.qualname
                );
            }
        }
    }

    #[test]
    fn a_library_coroutine_is_shown_where_cpython_has_it() {
        assert_eq!(
            shown_location("<asyncio.tasks>", "sleep", 21, true),
            ("/usr/lib/python3.12/asyncio/tasks.py".to_string(), 653)
        );
        assert_eq!(
            shown_location("<asyncio.tasks>", "sleep", 31, false),
            ("/usr/lib/python3.12/asyncio/tasks.py".to_string(), 665)
        );
        assert_eq!(
            shown_location("main.py", "worker", 7, false),
            ("main.py".to_string(), 7)
        );
    }
}
