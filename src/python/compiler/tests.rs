//! Unit tests of code generation on small programs; the corpora in `tests/` check the rest.

use super::*;

fn compile_ok(text: &str) -> Program {
    let source = SourceFile::new("t.py", text);
    match compile(&source) {
        Ok(program) => program,
        Err(error) => panic!("{}", error.render("t.py")),
    }
}

fn compile_error(text: &str) -> String {
    let source = SourceFile::new("t.py", text);
    compile(&source)
        .expect_err("a compile error")
        .render("t.py")
}

fn listing(text: &str) -> String {
    let source = SourceFile::new("t.py", text);
    let program = compile_ok(text);
    program.code.disassemble(&|span| source.line_of(span.start))
}

#[test]
fn names_use_the_instruction_their_scope_needs() {
    let text = "x = 1\ndef outer(a):\n    b = a\n    def inner():\n        return b + x\n    return inner\n";
    let out = listing(text);
    assert!(out.contains("StoreName(0) (x)"), "{out}");
    assert!(out.contains("LoadDeref(0) (b)"), "{out}");
    assert!(out.contains("LoadGlobal(0) (x)"), "{out}");
    assert!(out.contains("LoadClosure(0) (b)"), "{out}");
}

#[test]
fn try_except_finally_gets_an_exception_table() {
    let program = compile_ok(
        "def f():\n    try:\n        g()\n    except ValueError as e:\n        return e\n    finally:\n        h()\n",
    );
    let K::Code(f) = program
        .code
        .constants
        .iter()
        .find(|c| matches!(c, K::Code(_)))
        .unwrap()
    else {
        unreachable!()
    };
    assert!(f.exception_table.len() >= 3, "{:?}", f.exception_table);
    for entry in &f.exception_table {
        assert!(entry.target < f.instructions.len() as u32);
        assert!(entry.start < entry.end);
    }
}

use crate::python::bytecode::Constant as K;

#[test]
fn every_statement_compiles_with_consistent_stack_depths() {
    compile_ok(
        "import asyncio\nfrom contextlib import asynccontextmanager\n\n\
class Worker(Base):\n    count: int = 0\n    def __init__(self, name, *args, delay=1, **kw):\n        super().__init__()\n        self.__name = name\n\n\
async def main():\n    async with asyncio.timeout(1) as t, other():\n        for i in range(3):\n            if i == 1:\n                continue\n            try:\n                await asyncio.sleep(0)\n            except* ValueError as eg:\n                pass\n            else:\n                break\n    async for x in stream():\n        print(x)\n    results = [await f(x) for x in range(3) if x]\n    pairs = {k: v async for k, v in gen()}\n    a, *rest, b = [1, *results, 2]\n    total = sum(x * y for x, y in zip(a, b))\n    return f\"{total!r:>10} {a=}\"\n\n\
def gen():\n    x = yield 1\n    yield from range(x)\n    del x\n    assert x, 'message'\n    with open('f') as handle, lock:\n        return handle\n",
    );
}

#[test]
fn compile_time_errors_match_cpython() {
    assert!(compile_error("await x\n").ends_with("SyntaxError: 'await' outside function\n"));
    assert!(
        compile_error("def f():\n    await x\n")
            .ends_with("SyntaxError: 'await' outside async function\n")
    );
    assert!(compile_error("break\n").ends_with("SyntaxError: 'break' outside loop\n"));
    assert!(
        compile_error("def f():\n    return 1\nreturn 2\n")
            .ends_with("SyntaxError: 'return' outside function\n")
    );
    assert!(
        compile_error("f(a=1, a=2)\n").ends_with("SyntaxError: keyword argument repeated: a\n")
    );
    assert!(
        compile_error("async def f():\n    yield 1\n    return 2\n")
            .ends_with("SyntaxError: 'return' with value in async generator\n")
    );
    assert!(
        compile_error("match x:\n    case y:\n        pass\n    case 1:\n        pass\n")
            .ends_with("SyntaxError: name capture 'y' makes remaining patterns unreachable\n")
    );
}
