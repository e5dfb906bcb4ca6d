//! Unit tests of the parser on small snippets; the corpora in `tests/` check the rest.

use super::*;
use crate::python::ast::*;

fn parse_ok(text: &str) -> Module {
    let source = SourceFile::new("t.py", text);
    match parse(&source) {
        Ok(parsed) => parsed.module,
        Err(error) => panic!("{}", error.render("t.py")),
    }
}

fn parse_error(text: &str) -> String {
    let source = SourceFile::new("t.py", text);
    parse(&source).expect_err("a syntax error").render("t.py")
}

#[test]
fn statements_of_every_kind_parse() {
    let module = parse_ok(
        "import asyncio\nfrom a.b import (c as d, e,)\n\n@decorate\nasync def main(a, /, b=1, *args, c, d=2, **kw) -> int:\n    x: int = 1\n    y, *z = [1, 2, 3]\n    async with lock as held, other:\n        pass\n    async for item in stream():\n        continue\n    try:\n        await f(x, *y, k=1, **kw)\n    except* ValueError as e:\n        raise RuntimeError('bad') from e\n    finally:\n        del x, y\n    while x < 3:\n        x += 1\n    else:\n        return [i async for i in g() if i]\n\nclass C(Base, metaclass=M):\n    attr = 1\n    def m(self): return {k: v for k, v in d.items()}\n",
    );
    assert_eq!(module.body.len(), 4);
    let StmtKind::FunctionDef(def) = &module.body[2].kind else {
        panic!()
    };
    assert!(def.is_async);
    assert_eq!(def.args.posonlyargs.len(), 1);
    assert_eq!(def.args.kwonlyargs.len(), 2);
    assert_eq!(def.decorators.len(), 1);
}

#[test]
fn expressions_have_python_precedence() {
    let module = parse_ok("x = not a == b or c and -d ** 2 + e * f\n");
    let StmtKind::Assign { value, .. } = &module.body[0].kind else {
        panic!()
    };
    let ExprKind::BoolOp {
        op: BoolOp::Or,
        values,
    } = &value.kind
    else {
        panic!("{value:?}")
    };
    assert!(matches!(
        values[0].kind,
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            ..
        }
    ));
    assert!(matches!(
        values[1].kind,
        ExprKind::BoolOp {
            op: BoolOp::And,
            ..
        }
    ));
}

#[test]
fn fstrings_become_joined_strings() {
    let module = parse_ok("s = f'a{x!r:>{w}}b' 'c'\n");
    let StmtKind::Assign { value, .. } = &module.body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &value.kind else {
        panic!("{value:?}")
    };
    assert_eq!(parts.len(), 3);
    assert!(matches!(
        &parts[1].kind,
        ExprKind::FormattedValue {
            conversion: Some('r'),
            format_spec: Some(_),
            ..
        }
    ));
    assert!(matches!(&parts[2].kind, ExprKind::Constant(Constant::Str(s)) if &**s == "bc"));
}

#[test]
fn common_mistakes_get_cpythons_messages() {
    assert!(parse_error("def f()\n    pass\n").ends_with("SyntaxError: expected ':'\n"));
    assert!(
        parse_error("x = (1 2)\n")
            .ends_with("SyntaxError: invalid syntax. Perhaps you forgot a comma?\n")
    );
    assert!(parse_error("f() = 3\n").ends_with(
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
    ));
    assert!(parse_error("if x:\npass\n").ends_with(
        "IndentationError: expected an indented block after 'if' statement on line 1\n"
    ));
    assert!(parse_error("print 'hi'\n").ends_with(
        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"
    ));
    assert!(parse_error("x = (1,\n  2\ny = 3\n").ends_with("SyntaxError: '(' was never closed\n"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("x = {}1\n", "-".repeat(5000));
    assert!(parse_error(&deep).starts_with("RecursionError: maximum recursion depth exceeded"));
}
