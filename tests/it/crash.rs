//! The crash report's text, checked natively with a real panic. (The banner itself is checked in
//! the browser: tests/browser.rs and e2e/.)

use std::cell::RefCell;
use std::rc::Rc;

use looplab::ui::crash::describe;

use crate::panics;

#[test]
fn the_report_names_the_message_and_where_it_panicked() {
    let reports = Rc::new(RefCell::new(Vec::new()));
    let sink = reports.clone();
    let line = line!() + 4;
    panics::captured(
        move |info| sink.borrow_mut().push(describe(info)),
        || {
            let _ = std::panic::catch_unwind(|| panic!("lost the loop after {} steps", 42));
            let _ = std::panic::catch_unwind(|| std::panic::panic_any(7_u8));
        },
    );

    let reports = reports.borrow();
    assert_eq!(
        reports[0],
        format!("lost the loop after 42 steps (at tests/it/crash.rs:{line}:49)")
    );
    assert!(
        reports[1].starts_with("a panic without a message (at tests/it/crash.rs:"),
        "{}",
        reports[1]
    );
}

/// Runs `program` in a `looplab run` child process, as a user would: a native stack overflow
/// aborts the whole process (losing everything the program printed), which no test thread
/// could survive.
fn run_in_child(name: &str, program: &str) -> std::process::Output {
    let path = std::env::temp_dir().join(format!("looplab-crash-{}-{name}.py", std::process::id()));
    std::fs::write(&path, program).expect("a writable temporary file");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_looplab"))
        .arg("run")
        .arg(&path)
        .output()
        .expect("the looplab binary runs");
    let _ = std::fs::remove_file(&path);
    output
}

fn assert_prints(name: &str, program: &str, expected: &str) {
    let output = run_in_child(name, program);
    assert_eq!(
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).as_ref()
        ),
        (Some(0), expected),
        "{name}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Builds a 200,000-deep structure with `step` (which makes `x` from the previous `x`), then
/// frees it: CPython frees such chains without recursing as deep as they go.
fn deep_free_program(setup: &str, step: &str) -> String {
    format!(
        "{setup}\nx = None\nfor i in range(200000):\n    {step}\nprint('built')\nx = None\nprint('freed')\n"
    )
}

#[test]
fn freeing_a_deep_structure_does_not_overflow_the_stack() {
    let cases = [
        ("list", "", "x = [x]"),
        ("tuple", "", "x = (x,)"),
        ("dict", "", "x = {'next': x}"),
        ("frozenset", "", "x = frozenset([x])"),
        (
            "instances",
            "class Node:\n    def __init__(self, next):\n        self.next = next",
            "x = Node(x)",
        ),
        (
            "slots",
            "class Node:\n    __slots__ = ('next',)\n    def __init__(self, next):\n        self.next = next",
            "x = Node(x)",
        ),
        (
            "closures",
            "def wrap(inner):\n    def f():\n        return inner\n    return f",
            "x = wrap(x)",
        ),
        (
            "generators",
            "def gen(inner):\n    yield inner",
            "x = gen(x)",
        ),
        (
            "cause",
            "",
            "e = ValueError(i)\n    e.__cause__ = x\n    x = e",
        ),
        (
            "context",
            "",
            "try:\n        raise ValueError(i)\n    except ValueError as e:\n        e.__context__ = x\n        x = e",
        ),
    ];
    for (name, setup, step) in cases {
        assert_prints(name, &deep_free_program(setup, step), "built\nfreed\n");
    }
}

#[test]
fn cancelling_tasks_that_await_each_other_is_a_recursion_error() {
    // Each task's cancel() cancels the task it awaits, round the cycle: CPython stops that
    // at its C recursion limit; the program's output so far survives.
    let program = "import asyncio\n\ntasks = {}\n\nasync def a():\n    await asyncio.sleep(0)\n    print('a awaits b')\n    await tasks['b']\n\nasync def b():\n    await asyncio.sleep(0)\n    print('b awaits a')\n    await tasks['a']\n\nasync def main():\n    tasks['a'] = asyncio.create_task(a())\n    tasks['b'] = asyncio.create_task(b())\n    await asyncio.sleep(1)\n    print('cancel A')\n    tasks['a'].cancel()\n\nasyncio.run(main())\n";
    let output = run_in_child("cancel_cycle", program);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).as_ref()
        ),
        (Some(1), "a awaits b\nb awaits a\ncancel A\n"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(
            "RecursionError: maximum recursion depth exceeded while calling a Python object\n"
        ),
        "{stderr}"
    );
}

/// A run stopped by a limit drops, unfinalized, the generators it left suspended: nothing is
/// queued again as the thread ends (each drop used to queue a new heir without end, and the
/// process died of a stack overflow after printing the limit's message).
#[test]
fn a_suspended_generator_left_by_a_limit_is_dropped_quietly() {
    let program = "def gen():\n    try:\n        yield 1\n    finally:\n        print('closed')\n\ng = gen()\nnext(g)\nprint('before the limit')\nx = 'a' * (2 ** 31)\n";
    let output = run_in_child("limit-leaves-generator", program);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).as_ref()
        ),
        (Some(4), "before the limit\n"),
        "{stderr}"
    );
    assert!(stderr.contains("LooplabLimitError"), "{stderr}");
}
