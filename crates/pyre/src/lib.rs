//! CPython 3.12's regular expressions: the syntax of `re` (its parser's error messages and
//! positions included) and the matching semantics of its `sre` engine, with no VM.
//!
//! The matcher backtracks on an explicit stack, so no pattern or subject can overflow the Rust
//! stack, and it reports its work to a callback so that its caller can stop a runaway match.

use std::rc::Rc;

pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

const INF: u32 = u32::MAX;
const NONE: usize = usize::MAX;

/// What `re.compile` raises: `re.error` (with its position), `OverflowError` or `ValueError`.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    pub kind: &'static str,
    pub msg: String,
    pub pos: Option<usize>,
}

/// The Unicode character classes and case mappings (`str.isdecimal` and friends), which the
/// caller knows better than the standard library.
#[derive(Clone, Copy)]
pub struct Unicode {
    pub digit: fn(char) -> bool,
    pub alnum: fn(char) -> bool,
    pub space: fn(char) -> bool,
    pub lower: fn(char) -> char,
    pub upper: fn(char) -> char,
    /// The character a `\N{NAME}` escape names: `Ok(None)` for no such name, `Err` (a
    /// message) when the names cannot be had.
    pub named: fn(&str) -> Result<Option<char>, String>,
}

fn one(mut it: impl Iterator<Item = char>, c: char) -> char {
    match (it.next(), it.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

impl Default for Unicode {
    fn default() -> Self {
        Unicode {
            digit: |c| c.is_ascii_digit(),
            alnum: char::is_alphanumeric,
            space: char::is_whitespace,
            lower: |c| one(c.to_lowercase(), c),
            upper: |c| one(c.to_uppercase(), c),
            named: |_| Err("named characters need Unicode's name table".into()),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Cat {
    Digit,
    Word,
    Space,
}

#[derive(Clone, Debug, PartialEq)]
enum Item {
    Range(char, char),
    Cat(Cat, bool),
}

#[derive(Debug, PartialEq)]
struct CSet {
    items: Vec<Item>,
    neg: bool,
    icase: bool,
    ascii: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum At {
    Beg,
    BegLine,
    End,
    EndLine,
    BegStr,
    EndStr,
    Bound(bool),
    NonBound(bool),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
enum Node {
    Lit(char, bool),
    NotLit(char, bool),
    Set(Rc<CSet>),
    Any(bool),
    At(At),
    Group(usize, Box<Node>),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Rep(u32, u32, Kind, Box<Node>),
    Ref(usize, bool),
    Look(bool, bool, Box<Node>),
    Atomic(Box<Node>),
    Cond(usize, Box<Node>, Option<Box<Node>>),
}

type Width = (u64, u64);

impl Node {
    fn width(&self, gw: &[Option<Width>]) -> Width {
        match self {
            Node::Lit(..) | Node::NotLit(..) | Node::Set(_) | Node::Any(_) => (1, 1),
            Node::At(_) | Node::Look(..) => (0, 0),
            Node::Group(_, n) | Node::Atomic(n) => n.width(gw),
            Node::Seq(v) => v.iter().fold((0, 0), |(a, b), n| {
                let (c, d) = n.width(gw);
                (a.saturating_add(c), b.saturating_add(d))
            }),
            Node::Alt(v) => v.iter().fold((u64::MAX, 0), |(a, b), n| {
                let (c, d) = n.width(gw);
                (a.min(c), b.max(d))
            }),
            Node::Rep(min, max, _, n) => {
                let (a, b) = n.width(gw);
                let hi = if *max == INF && b > 0 {
                    u64::MAX
                } else {
                    b.saturating_mul(*max as u64)
                };
                (a.saturating_mul(*min as u64), hi)
            }
            Node::Ref(g, _) => gw.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::Cond(_, y, n) => {
                let (a, b) = y.width(gw);
                match n {
                    Some(n) => {
                        let (c, d) = n.width(gw);
                        (a.min(c), b.max(d))
                    }
                    None => (0, b),
                }
            }
        }
    }
}

// ---------------------------------------------------------------- the parser (re._parser)

#[derive(Clone, Copy, PartialEq)]
enum Tok {
    C(char),
    E(char),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::C(_) => 1,
            Tok::E(_) => 2,
        }
    }
    fn text(self) -> String {
        match self {
            Tok::C(c) => c.to_string(),
            Tok::E(c) => format!("\\{c}"),
        }
    }
}

struct Src {
    s: Vec<char>,
    index: usize,
    next: Option<Tok>,
    named: fn(&str) -> Result<Option<char>, String>,
}

type R<T> = Result<T, Error>;

fn err(msg: impl Into<String>, pos: usize) -> Error {
    Error {
        kind: "error",
        msg: msg.into(),
        pos: Some(pos),
    }
}

impl Src {
    fn advance(&mut self) -> R<()> {
        let i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            let Some(&d) = self.s.get(i + 1) else {
                return Err(err("bad escape (end of pattern)", self.s.len() - 1));
            };
            self.index = i + 2;
            self.next = Some(Tok::E(d));
        } else {
            self.index = i + 1;
            self.next = Some(Tok::C(c));
        }
        Ok(())
    }
    fn get(&mut self) -> R<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }
    fn matches(&mut self, c: char) -> R<bool> {
        if self.next == Some(Tok::C(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }
    fn next_is(&self, f: impl Fn(char) -> bool) -> Option<char> {
        match self.next {
            Some(Tok::C(c)) if f(c) => Some(c),
            _ => None,
        }
    }
    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }
    fn seek(&mut self, i: usize) -> R<()> {
        self.index = i;
        self.advance()
    }
    fn error(&self, msg: impl Into<String>, offset: usize) -> Error {
        err(msg, self.tell() - offset)
    }
    fn getwhile(&mut self, n: usize, f: fn(char) -> bool) -> R<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next_is(f) {
                Some(c) => out.push(c),
                None => break,
            }
            self.advance()?;
        }
        Ok(out)
    }
    fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut out = String::new();
        loop {
            let c = self.get()?;
            match c {
                None if out.is_empty() => return Err(self.error(format!("missing {name}"), 0)),
                None => {
                    let n = out.chars().count();
                    return Err(self.error(format!("missing {term}, unterminated name"), n));
                }
                Some(Tok::C(c)) if c == term => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }
    fn checkname(&self, name: &str, offset: usize) -> R<()> {
        let mut cs = name.chars();
        let ok = cs.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && cs.all(|c| c == '_' || c.is_alphanumeric());
        if !ok {
            let n = name.chars().count();
            return Err(self.error(
                format!("bad character in group name {}", quote(name)),
                n + offset,
            ));
        }
        Ok(())
    }
}

fn quote(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    gw: Vec<Option<Width>>,
    lookbehind: Option<usize>,
    condrefs: Vec<(usize, usize)>,
}

impl State {
    fn checkgroup(&self, g: usize) -> bool {
        g < self.gw.len() && self.gw[g].is_some()
    }
    fn checklookbehind(&self, g: usize, src: &Src) -> R<()> {
        if let Some(lb) = self.lookbehind {
            if !self.checkgroup(g) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
    fn group(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|p| p.1)
    }
}

fn category(c: char, fl: u32) -> Option<Node> {
    let cat = |cat, neg| {
        Node::Set(Rc::new(CSet {
            items: vec![Item::Cat(cat, neg)],
            neg: false,
            icase: false,
            ascii: fl & ASCII != 0,
        }))
    };
    Some(match c {
        'd' => cat(Cat::Digit, false),
        'D' => cat(Cat::Digit, true),
        's' => cat(Cat::Space, false),
        'S' => cat(Cat::Space, true),
        'w' => cat(Cat::Word, false),
        'W' => cat(Cat::Word, true),
        _ => return None,
    })
}

fn simple_escape(c: char) -> Option<char> {
    Some(match c {
        'a' => '\x07',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '\\' => '\\',
        _ => return None,
    })
}

/// `\x41`, `\u00e9`, `\U0001f600`: the code point, after the escape's letter.
fn hex_escape(src: &mut Src, c: char) -> R<Option<char>> {
    let n = match c {
        'x' => 2,
        'u' => 4,
        'U' => 8,
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, |c| c.is_ascii_hexdigit())?;
    let text = format!("\\{c}{digits}");
    if digits.len() != n {
        return Err(src.error(format!("incomplete escape {text}"), text.len()));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    match char::from_u32(v) {
        Some(ch) => Ok(Some(ch)),
        None => Err(src.error(format!("bad escape {text}"), text.len())),
    }
}

fn named_escape(src: &mut Src) -> R<char> {
    if !src.matches('{')? {
        return Err(src.error("missing {", 0));
    }
    let name = src.getuntil('}', "character name")?;
    let n = name.chars().count() + 4;
    match (src.named)(&name) {
        Ok(Some(c)) => Ok(c),
        Ok(None) => Err(src.error(format!("undefined character name '{name}'"), n)),
        Err(why) => Err(src.error(why, n)),
    }
}

fn octal(s: &str) -> u32 {
    u32::from_str_radix(s, 8).unwrap_or(0)
}

/// An escape inside a character set: a literal, or a category such as `\d`.
enum ClassAtom {
    Lit(char),
    Cat(Item),
}

fn class_escape(src: &mut Src, c: char, fl: u32) -> R<ClassAtom> {
    if c == 'b' {
        return Ok(ClassAtom::Lit('\x08'));
    }
    if let Some(ch) = simple_escape(c) {
        return Ok(ClassAtom::Lit(ch));
    }
    if let Some(Node::Set(set)) = category(c, fl) {
        return Ok(ClassAtom::Cat(set.items[0].clone()));
    }
    if let Some(ch) = hex_escape(src, c)? {
        return Ok(ClassAtom::Lit(ch));
    }
    if c == 'N' {
        return Ok(ClassAtom::Lit(named_escape(src)?));
    }
    if ('0'..='7').contains(&c) {
        let more = src.getwhile(2, |c| ('0'..='7').contains(&c))?;
        let text = format!("\\{c}{more}");
        let v = octal(&text[1..]);
        if v > 0o377 {
            let msg = format!("octal escape value {text} outside of range 0-0o377");
            return Err(src.error(msg, text.len()));
        }
        return Ok(ClassAtom::Lit(char::from_u32(v).unwrap_or('\0')));
    }
    if c.is_ascii_alphanumeric() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(ClassAtom::Lit(c))
}

fn escape(src: &mut Src, st: &State, c: char, fl: u32) -> R<Node> {
    let ascii = fl & ASCII != 0;
    match c {
        'A' => return Ok(Node::At(At::BegStr)),
        'Z' => return Ok(Node::At(At::EndStr)),
        'b' => return Ok(Node::At(At::Bound(ascii))),
        'B' => return Ok(Node::At(At::NonBound(ascii))),
        _ => {}
    }
    if let Some(node) = category(c, fl) {
        return Ok(node);
    }
    let icase = fl & IGNORECASE != 0;
    if let Some(ch) = simple_escape(c) {
        return Ok(Node::Lit(ch, icase));
    }
    if let Some(ch) = hex_escape(src, c)? {
        return Ok(Node::Lit(ch, icase));
    }
    if c == 'N' {
        return Ok(Node::Lit(named_escape(src)?, icase));
    }
    if c == '0' {
        let more = src.getwhile(2, |c| ('0'..='7').contains(&c))?;
        return Ok(Node::Lit(
            char::from_u32(octal(&more)).unwrap_or('\0'),
            icase,
        ));
    }
    if c.is_ascii_digit() {
        let mut text = format!("\\{c}");
        if let Some(d) = src.next_is(|c| c.is_ascii_digit()) {
            src.advance()?;
            text.push(d);
            let oct = |c: char| ('0'..='7').contains(&c);
            if oct(c)
                && oct(d)
                && let Some(e) = src.next_is(oct)
            {
                src.advance()?;
                text.push(e);
                let v = octal(&text[1..]);
                if v > 0o377 {
                    let msg = format!("octal escape value {text} outside of range 0-0o377");
                    return Err(src.error(msg, text.len()));
                }
                return Ok(Node::Lit(char::from_u32(v).unwrap_or('\0'), icase));
            }
        }
        let g: usize = text[1..].parse().unwrap_or(0);
        if g < st.gw.len() {
            if !st.checkgroup(g) {
                return Err(src.error("cannot refer to an open group", text.len()));
            }
            st.checklookbehind(g, src)?;
            return Ok(Node::Ref(g, icase));
        }
        return Err(src.error(format!("invalid group reference {g}"), text.len() - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(Node::Lit(c, icase))
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        'u' => UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;

/// The flags of `(?aiLmsux-imsx:...)` after its first letter: `None` for global flags.
fn parse_flags(src: &mut Src, st: &mut State, mut ch: Option<Tok>) -> R<Option<(u32, u32)>> {
    let (mut add, mut del) = (0, 0);
    let letter = |t: Option<Tok>| match t {
        Some(Tok::C(c)) => flag_of(c),
        _ => None,
    };
    let bad = |t: Option<Tok>, other: &str| match t {
        Some(Tok::C(c)) if c.is_alphabetic() => "unknown flag".to_string(),
        _ => other.to_string(),
    };
    if ch != Some(Tok::C('-')) {
        loop {
            let flag = letter(ch).unwrap_or(0);
            if ch == Some(Tok::C('L')) {
                return Err(src.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            ch = src.get()?;
            match ch {
                None => return Err(src.error("missing -, : or )", 0)),
                Some(Tok::C(')' | '-' | ':')) => break,
                t if letter(t).is_none() => {
                    return Err(src.error(bad(t, "missing -, : or )"), t.map_or(0, Tok::len)));
                }
                _ => {}
            }
        }
    }
    if ch == Some(Tok::C(')')) {
        st.flags |= add;
        return Ok(None);
    }
    if ch == Some(Tok::C('-')) {
        ch = src.get()?;
        match ch {
            None => return Err(src.error("missing flag", 0)),
            t if letter(t).is_none() => {
                return Err(src.error(bad(t, "missing flag"), t.map_or(0, Tok::len)));
            }
            _ => {}
        }
        loop {
            let flag = letter(ch).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= flag;
            ch = src.get()?;
            match ch {
                None => return Err(src.error("missing :", 0)),
                Some(Tok::C(':')) => break,
                t if letter(t).is_none() => {
                    return Err(src.error(bad(t, "missing :"), t.map_or(0, Tok::len)));
                }
                _ => {}
            }
        }
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

fn parse_sub(src: &mut Src, st: &mut State, fl: u32, nested: usize) -> R<Node> {
    let mut items = Vec::new();
    loop {
        let f = if nested == 0 { st.flags } else { fl };
        items.push(parse_seq(
            src,
            st,
            f,
            nested + 1,
            nested == 0 && items.is_empty(),
        )?);
        if !src.matches('|')? {
            break;
        }
    }
    Ok(if items.len() == 1 {
        items.pop().unwrap()
    } else {
        Node::Alt(items)
    })
}

fn is_repeat(n: &Node) -> bool {
    matches!(n, Node::Rep(..))
}

fn parse_seq(src: &mut Src, st: &mut State, mut fl: u32, nested: usize, first: bool) -> R<Node> {
    if nested > 400 {
        return Err(src.error("too many nested groups for Looplab's parser", 0));
    }
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = src.next {
        if this == Tok::C('|') || this == Tok::C(')') {
            break;
        }
        src.advance()?;
        let icase = fl & IGNORECASE != 0;
        if fl & VERBOSE != 0
            && let Tok::C(c) = this
        {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                continue;
            }
            if c == '#' {
                while !matches!(src.get()?, None | Some(Tok::C('\n'))) {}
                continue;
            }
        }
        let c = match this {
            Tok::E(c) => {
                seq.push(escape(src, st, c, fl)?);
                continue;
            }
            Tok::C(c) if !".\\[{()*+?^$|".contains(c) => {
                seq.push(Node::Lit(c, icase));
                continue;
            }
            Tok::C(c) => c,
        };
        match c {
            '[' => {
                let here = src.tell() - 1;
                let neg = src.matches('^')?;
                let mut items: Vec<Item> = Vec::new();
                let mut lits = 0;
                let unterminated =
                    |src: &Src| src.error("unterminated character set", src.tell() - here);
                loop {
                    let Some(this) = src.get()? else {
                        return Err(unterminated(src));
                    };
                    if this == Tok::C(']') && !items.is_empty() {
                        break;
                    }
                    let code1 = match this {
                        Tok::E(c) => class_escape(src, c, fl)?,
                        Tok::C(c) => ClassAtom::Lit(c),
                    };
                    if src.matches('-')? {
                        let Some(that) = src.get()? else {
                            return Err(unterminated(src));
                        };
                        if that == Tok::C(']') {
                            push_atom(&mut items, code1, &mut lits);
                            items.push(Item::Range('-', '-'));
                            lits += 1;
                            break;
                        }
                        let code2 = match that {
                            Tok::E(c) => class_escape(src, c, fl)?,
                            Tok::C(c) => ClassAtom::Lit(c),
                        };
                        let msg = format!("bad character range {}-{}", this.text(), that.text());
                        let off = this.len() + 1 + that.len();
                        match (code1, code2) {
                            (ClassAtom::Lit(lo), ClassAtom::Lit(hi)) if lo <= hi => {
                                items.push(Item::Range(lo, hi));
                                lits += 2;
                            }
                            _ => return Err(src.error(msg, off)),
                        }
                    } else {
                        push_atom(&mut items, code1, &mut lits);
                    }
                }
                match items.as_slice() {
                    [Item::Range(a, b)] if a == b && lits == 1 => {
                        let ch = *a;
                        seq.push(if neg {
                            Node::NotLit(ch, icase)
                        } else {
                            Node::Lit(ch, icase)
                        });
                    }
                    _ => seq.push(Node::Set(Rc::new(CSet {
                        items,
                        neg,
                        icase,
                        ascii: fl & ASCII != 0,
                    }))),
                }
            }
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (mut min, mut max) = match c {
                    '?' => (0, 1),
                    '*' => (0, INF),
                    '+' => (1, INF),
                    _ => (0, INF),
                };
                if c == '{' {
                    if src.next == Some(Tok::C('}')) {
                        seq.push(Node::Lit('{', icase));
                        continue;
                    }
                    let lo = src.getwhile(usize::MAX, |c| c.is_ascii_digit())?;
                    let hi = if src.matches(',')? {
                        src.getwhile(usize::MAX, |c| c.is_ascii_digit())?
                    } else {
                        lo.clone()
                    };
                    if !src.matches('}')? {
                        seq.push(Node::Lit('{', icase));
                        src.seek(here)?;
                        continue;
                    }
                    let big = |s: &str| {
                        (s.len() > 19 || s.parse::<u64>().unwrap_or(u64::MAX) >= INF as u64).then(
                            || Error {
                                kind: "OverflowError",
                                msg: "the repetition number is too large".into(),
                                pos: None,
                            },
                        )
                    };
                    if !lo.is_empty() {
                        if let Some(e) = big(&lo) {
                            return Err(e);
                        }
                        min = lo.parse().unwrap_or(0);
                    }
                    if !hi.is_empty() {
                        if let Some(e) = big(&hi) {
                            return Err(e);
                        }
                        max = hi.parse().unwrap_or(0);
                        if max < min {
                            return Err(
                                src.error("min repeat greater than max repeat", src.tell() - here)
                            );
                        }
                    }
                }
                let off = src.tell() - here + 1;
                let item = match seq.pop() {
                    None | Some(Node::At(_)) => return Err(src.error("nothing to repeat", off)),
                    Some(n) if is_repeat(&n) => return Err(src.error("multiple repeat", off)),
                    Some(n) => n,
                };
                let kind = if src.matches('?')? {
                    Kind::Lazy
                } else if src.matches('+')? {
                    Kind::Possessive
                } else {
                    Kind::Greedy
                };
                seq.push(Node::Rep(min, max, kind, Box::new(item)));
            }
            '.' => seq.push(Node::Any(fl & DOTALL != 0)),
            '^' => seq.push(Node::At(if fl & MULTILINE != 0 {
                At::BegLine
            } else {
                At::Beg
            })),
            '$' => seq.push(Node::At(if fl & MULTILINE != 0 {
                At::EndLine
            } else {
                At::End
            })),
            '(' => {
                let start = src.tell() - 1;
                let mut capture = true;
                let mut atomic = false;
                let mut name = None;
                let mut sub_fl = fl;
                let unexpected = |src: &Src| src.error("unexpected end of pattern", 0);
                let unterminated =
                    |src: &Src| src.error("missing ), unterminated subpattern", src.tell() - start);
                if src.matches('?')? {
                    let Some(ch) = src.get()? else {
                        return Err(unexpected(src));
                    };
                    match ch {
                        Tok::C('P') => {
                            if src.matches('<')? {
                                let n = src.getuntil('>', "group name")?;
                                src.checkname(&n, 1)?;
                                name = Some(n);
                            } else if src.matches('=')? {
                                let n = src.getuntil(')', "group name")?;
                                src.checkname(&n, 1)?;
                                let off = n.chars().count() + 1;
                                let Some(g) = st.group(&n) else {
                                    return Err(
                                        src.error(format!("unknown group name {}", quote(&n)), off)
                                    );
                                };
                                if !st.checkgroup(g) {
                                    return Err(src.error("cannot refer to an open group", off));
                                }
                                st.checklookbehind(g, src)?;
                                seq.push(Node::Ref(g, icase));
                                continue;
                            } else {
                                let Some(t) = src.get()? else {
                                    return Err(unexpected(src));
                                };
                                return Err(src.error(
                                    format!("unknown extension ?P{}", t.text()),
                                    t.len() + 2,
                                ));
                            }
                        }
                        Tok::C(':') => capture = false,
                        Tok::C('#') => {
                            loop {
                                if src.next.is_none() {
                                    return Err(src.error(
                                        "missing ), unterminated comment",
                                        src.tell() - start,
                                    ));
                                }
                                if src.get()? == Some(Tok::C(')')) {
                                    break;
                                }
                            }
                            continue;
                        }
                        Tok::C(k @ ('=' | '!' | '<')) => {
                            let mut kind = k;
                            let behind = k == '<';
                            let saved = st.lookbehind;
                            if behind {
                                let Some(t) = src.get()? else {
                                    return Err(unexpected(src));
                                };
                                match t {
                                    Tok::C(c @ ('=' | '!')) => kind = c,
                                    t => {
                                        return Err(src.error(
                                            format!("unknown extension ?<{}", t.text()),
                                            t.len() + 2,
                                        ));
                                    }
                                }
                                if saved.is_none() {
                                    st.lookbehind = Some(st.gw.len());
                                }
                            }
                            let p = parse_sub(src, st, fl, nested + 1)?;
                            if behind && saved.is_none() {
                                st.lookbehind = None;
                            }
                            if !src.matches(')')? {
                                return Err(unterminated(src));
                            }
                            seq.push(Node::Look(behind, kind == '!', Box::new(p)));
                            continue;
                        }
                        Tok::C('(') => {
                            let cond = src.getuntil(')', "group name")?;
                            let off = cond.chars().count() + 1;
                            let g = if cond.chars().all(|c| c.is_ascii_digit()) {
                                let g: usize = cond.parse().unwrap_or(usize::MAX);
                                if g == 0 {
                                    return Err(src.error("bad group number", off));
                                }
                                if g >= 1 << 30 {
                                    return Err(
                                        src.error(format!("invalid group reference {g}"), off)
                                    );
                                }
                                if !st.condrefs.iter().any(|r| r.0 == g) {
                                    st.condrefs.push((g, src.tell() - off));
                                }
                                g
                            } else {
                                src.checkname(&cond, 1)?;
                                match st.group(&cond) {
                                    Some(g) => g,
                                    None => {
                                        return Err(src.error(
                                            format!("unknown group name {}", quote(&cond)),
                                            off,
                                        ));
                                    }
                                }
                            };
                            st.checklookbehind(g, src)?;
                            let yes = parse_seq(src, st, fl, nested + 1, false)?;
                            let no = if src.matches('|')? {
                                let no = parse_seq(src, st, fl, nested + 1, false)?;
                                if src.next == Some(Tok::C('|')) {
                                    return Err(src.error(
                                        "conditional backref with more than two branches",
                                        0,
                                    ));
                                }
                                Some(Box::new(no))
                            } else {
                                None
                            };
                            if !src.matches(')')? {
                                return Err(unterminated(src));
                            }
                            seq.push(Node::Cond(g, Box::new(yes), no));
                            continue;
                        }
                        Tok::C('>') => {
                            capture = false;
                            atomic = true;
                        }
                        Tok::C(c) if c == '-' || flag_of(c).is_some() => {
                            match parse_flags(src, st, Some(ch))? {
                                None => {
                                    if !first || !seq.is_empty() {
                                        return Err(src.error(
                                            "global flags not at the start of the expression",
                                            src.tell() - start,
                                        ));
                                    }
                                    fl |= st.flags;
                                    continue;
                                }
                                Some((add, del)) => {
                                    capture = false;
                                    sub_fl = (fl | add) & !del;
                                }
                            }
                        }
                        t => {
                            return Err(
                                src.error(format!("unknown extension ?{}", t.text()), t.len() + 1)
                            );
                        }
                    }
                }
                let group = if capture {
                    let g = st.gw.len();
                    st.gw.push(None);
                    if let Some(n) = &name {
                        if let Some(old) = st.group(n) {
                            let msg = format!(
                                "redefinition of group name {} as group {g}; was group {old}",
                                quote(n)
                            );
                            return Err(src.error(msg, n.chars().count() + 1));
                        }
                        st.names.push((n.clone(), g));
                    }
                    Some(g)
                } else {
                    None
                };
                let p = parse_sub(src, st, sub_fl, nested + 1)?;
                if !src.matches(')')? {
                    return Err(unterminated(src));
                }
                if let Some(g) = group {
                    st.gw[g] = Some(p.width(&st.gw));
                }
                seq.push(match (group, atomic) {
                    (Some(g), _) => Node::Group(g, Box::new(p)),
                    (None, true) => Node::Atomic(Box::new(p)),
                    (None, false) => Node::Seq(vec![p]),
                });
            }
            _ => unreachable!("special character {c}"),
        }
    }
    Ok(Node::Seq(seq))
}

fn push_atom(items: &mut Vec<Item>, atom: ClassAtom, lits: &mut usize) {
    match atom {
        ClassAtom::Lit(c) => {
            items.push(Item::Range(c, c));
            *lits += 1;
        }
        ClassAtom::Cat(item) => {
            items.push(item);
            *lits += 2;
        }
    }
}

// ---------------------------------------------------------------- the compiler

#[derive(Debug)]
enum Inst {
    Lit(char),
    LitI(char),
    NotLit(char, bool),
    Any,
    AnyNl,
    Set(Rc<CSet>),
    At(At),
    Save(usize),
    Split(usize, usize),
    Jmp(usize),
    RepInit(usize),
    RepLoop {
        r: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    RepBody(usize),
    RepEnd(usize, usize),
    Star {
        min: u32,
        max: u32,
        kind: Kind,
    },
    Ref(usize, bool),
    AtomicStart,
    Cut,
    LookStart {
        behind: Option<usize>,
        neg: bool,
        end: usize,
    },
    Cond(usize, usize),
    Match,
}

struct Compiler<'a> {
    code: Vec<Inst>,
    regs: usize,
    gw: &'a [Option<Width>],
    uni: Unicode,
}

impl Compiler<'_> {
    fn pc(&self) -> usize {
        self.code.len()
    }
    fn emit(&mut self, node: &Node) -> R<()> {
        match node {
            Node::Lit(c, false) => self.code.push(Inst::Lit(*c)),
            Node::Lit(c, true) => self.code.push(Inst::LitI((self.uni.lower)(*c))),
            Node::NotLit(c, i) => self
                .code
                .push(Inst::NotLit(if *i { (self.uni.lower)(*c) } else { *c }, *i)),
            Node::Set(s) => self.code.push(Inst::Set(s.clone())),
            Node::Any(all) => self.code.push(if *all { Inst::Any } else { Inst::AnyNl }),
            Node::At(a) => self.code.push(Inst::At(*a)),
            Node::Group(g, n) => {
                self.code.push(Inst::Save(2 * g));
                self.emit(n)?;
                self.code.push(Inst::Save(2 * g + 1));
            }
            Node::Seq(v) => {
                for n in v {
                    self.emit(n)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, n) in v.iter().enumerate() {
                    let split = self.pc();
                    if i + 1 < v.len() {
                        self.code.push(Inst::Split(split + 1, 0));
                    }
                    self.emit(n)?;
                    if i + 1 < v.len() {
                        jumps.push(self.pc());
                        self.code.push(Inst::Jmp(0));
                        let next = self.pc();
                        self.code[split] = Inst::Split(split + 1, next);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.code[j] = Inst::Jmp(end);
                }
            }
            Node::Rep(min, max, kind, n) => {
                let single = matches!(
                    **n,
                    Node::Lit(..) | Node::NotLit(..) | Node::Set(_) | Node::Any(_)
                );
                if single {
                    self.code.push(Inst::Star {
                        min: *min,
                        max: *max,
                        kind: *kind,
                    });
                    return self.emit(n);
                }
                if *kind == Kind::Possessive {
                    self.code.push(Inst::AtomicStart);
                }
                let r = self.regs;
                self.regs += 1;
                self.code.push(Inst::RepInit(r));
                let lp = self.pc();
                self.code.push(Inst::Jmp(0));
                self.code.push(Inst::RepBody(r));
                self.emit(n)?;
                self.code.push(Inst::RepEnd(r, lp));
                let exit = self.pc();
                self.code[lp] = Inst::RepLoop {
                    r,
                    min: *min,
                    max: *max,
                    lazy: *kind == Kind::Lazy,
                    exit,
                };
                if *kind == Kind::Possessive {
                    self.code.push(Inst::Cut);
                }
            }
            Node::Ref(g, i) => self.code.push(Inst::Ref(*g, *i)),
            Node::Look(behind, neg, n) => {
                let behind = if *behind {
                    let (lo, hi) = n.width(self.gw);
                    if lo > u32::MAX as u64 {
                        return Err(Error {
                            kind: "error",
                            msg: "looks too much behind".into(),
                            pos: None,
                        });
                    }
                    if lo != hi {
                        let msg = "look-behind requires fixed-width pattern";
                        return Err(Error {
                            kind: "error",
                            msg: msg.into(),
                            pos: None,
                        });
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let at = self.pc();
                self.code.push(Inst::Match);
                self.emit(n)?;
                let end = self.pc();
                self.code.push(Inst::Cut);
                self.code[at] = Inst::LookStart {
                    behind,
                    neg: *neg,
                    end,
                };
            }
            Node::Atomic(n) => {
                self.code.push(Inst::AtomicStart);
                self.emit(n)?;
                self.code.push(Inst::Cut);
            }
            Node::Cond(g, yes, no) => {
                let at = self.pc();
                self.code.push(Inst::Match);
                self.emit(yes)?;
                let jmp = self.pc();
                self.code.push(Inst::Jmp(0));
                let no_pc = self.pc();
                if let Some(no) = no {
                    self.emit(no)?;
                }
                let end = self.pc();
                self.code[at] = Inst::Cond(*g, no_pc);
                self.code[jmp] = Inst::Jmp(end);
            }
        }
        Ok(())
    }
}

/// A compiled pattern.
pub struct Regex {
    code: Vec<Inst>,
    regs: usize,
    uni: Unicode,
    /// The final flags, as `Pattern.flags` shows them.
    pub flags: u32,
    /// The number of capturing groups.
    pub groups: usize,
    /// The named groups, in the order they were defined.
    pub names: Vec<(String, usize)>,
}

/// Compiles `pattern` with the `re` flags as CPython's `re.compile` does.
pub fn compile(pattern: &str, flags: u32, uni: Unicode) -> Result<Regex, Error> {
    let mut src = Src {
        s: pattern.chars().collect(),
        index: 0,
        next: None,
        named: uni.named,
    };
    src.advance()?;
    let mut st = State {
        flags,
        names: Vec::new(),
        gw: vec![None],
        lookbehind: None,
        condrefs: Vec::new(),
    };
    let node = parse_sub(&mut src, &mut st, flags, 0)?;
    let value_error = |msg: &str| Error {
        kind: "ValueError",
        msg: msg.into(),
        pos: None,
    };
    if st.flags & LOCALE != 0 {
        return Err(value_error("cannot use LOCALE flag with a str pattern"));
    }
    if st.flags & ASCII == 0 {
        st.flags |= UNICODE;
    } else if st.flags & UNICODE != 0 {
        return Err(value_error("ASCII and UNICODE flags are incompatible"));
    }
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &st.condrefs {
        if g >= st.gw.len() {
            return Err(err(format!("invalid group reference {g}"), pos));
        }
    }
    let mut uni = uni;
    if st.flags & ASCII != 0 {
        // IGNORECASE folds only ASCII letters under ASCII.
        uni.lower = |c| c.to_ascii_lowercase();
        uni.upper = |c| c.to_ascii_uppercase();
    }
    let mut c = Compiler {
        code: Vec::new(),
        regs: 0,
        gw: &st.gw,
        uni,
    };
    c.emit(&node)?;
    c.code.push(Inst::Match);
    let (code, regs) = (c.code, c.regs);
    Ok(Regex {
        code,
        regs,
        uni,
        flags: st.flags,
        groups: st.gw.len() - 1,
        names: st.names,
    })
}

// ---------------------------------------------------------------- the matcher

/// How a match must sit in the subject.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// The matcher was stopped by its caller's work callback.
#[derive(Debug, PartialEq)]
pub struct Stopped;

/// A successful match: start and end of each group (group 0 first; `usize::MAX` when a group
/// did not take part) and the `lastindex` (0 for none).
#[derive(Debug, PartialEq)]
pub struct Captures {
    pub spans: Vec<(usize, usize)>,
    pub lastindex: usize,
}

enum Bt {
    Alt(usize, usize),
    Slot(usize, usize),
    Reg(usize, usize),
    Last(usize),
    Star {
        pc: usize,
        lo: usize,
        cur: usize,
    },
    Lazy {
        pc: usize,
        pos: usize,
        count: u32,
    },
    Barrier {
        pos: usize,
        look: Option<(bool, usize)>,
    },
}

/// Work is reported to the callback in chunks of this many steps.
pub const TICK: u64 = 1 << 14;

struct Run<'a> {
    re: &'a Regex,
    s: &'a [char],
    end: usize,
    steps: u64,
    tick: &'a mut dyn FnMut(u64) -> bool,
    slots: Vec<usize>,
    regs: Vec<usize>,
    stack: Vec<Bt>,
}

impl Run<'_> {
    fn word(&self, i: usize, ascii: bool) -> bool {
        let c = self.s[i];
        c == '_'
            || if ascii {
                c.is_ascii_alphanumeric()
            } else {
                (self.re.uni.alnum)(c)
            }
    }
    fn in_set(&self, set: &CSet, c: char) -> bool {
        let test = |c: char| {
            set.items.iter().any(|item| match *item {
                Item::Range(lo, hi) => lo <= c && c <= hi,
                Item::Cat(cat, neg) => {
                    let yes = match (cat, set.ascii) {
                        (Cat::Digit, true) => c.is_ascii_digit(),
                        (Cat::Digit, false) => (self.re.uni.digit)(c),
                        (Cat::Space, true) => matches!(c, '\t'..='\r' | ' '),
                        (Cat::Space, false) => (self.re.uni.space)(c),
                        (Cat::Word, true) => c == '_' || c.is_ascii_alphanumeric(),
                        (Cat::Word, false) => c == '_' || (self.re.uni.alnum)(c),
                    };
                    yes != neg
                }
            })
        };
        let hit =
            test(c) || set.icase && (test((self.re.uni.lower)(c)) || test((self.re.uni.upper)(c)));
        hit != set.neg
    }
    /// Whether the one-character instruction at `pc` matches at `pos`.
    fn one(&self, pc: usize, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let c = self.s[pos];
        match &self.re.code[pc] {
            Inst::Lit(l) => c == *l,
            Inst::LitI(l) => (self.re.uni.lower)(c) == *l,
            Inst::NotLit(l, i) => *l != if *i { (self.re.uni.lower)(c) } else { c },
            Inst::Any => true,
            Inst::AnyNl => c != '\n',
            Inst::Set(set) => self.in_set(set, c),
            _ => false,
        }
    }
    fn at(&self, a: At, pos: usize) -> bool {
        let (s, end) = (self.s, self.end);
        match a {
            At::Beg | At::BegStr => pos == 0,
            At::BegLine => pos == 0 || s[pos - 1] == '\n',
            At::End => pos == end || pos + 1 == end && s[pos] == '\n',
            At::EndLine => pos == end || s[pos] == '\n',
            At::EndStr => pos == end,
            At::Bound(ascii) | At::NonBound(ascii) => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && self.word(pos - 1, ascii);
                let after = pos < end && self.word(pos, ascii);
                (before != after) == matches!(a, At::Bound(_))
            }
        }
    }
    fn step(&mut self) -> Result<(), Stopped> {
        self.steps += 1;
        if self.steps.is_multiple_of(TICK) && !(self.tick)(TICK) {
            return Err(Stopped);
        }
        Ok(())
    }

    /// One attempt at `start`. `reject_empty`: an empty match at `start` does not count.
    fn attempt(
        &mut self,
        start: usize,
        mode: Mode,
        reject_empty: bool,
    ) -> Result<Option<Captures>, Stopped> {
        let code = &self.re.code;
        let mut slots = std::mem::take(&mut self.slots);
        slots.clear();
        slots.resize(2 * (self.re.groups + 1), NONE);
        let mut regs = std::mem::take(&mut self.regs);
        regs.clear();
        regs.resize(2 * self.re.regs, 0);
        let mut stack = std::mem::take(&mut self.stack);
        stack.clear();
        let result = self.attempt_with(
            start,
            mode,
            reject_empty,
            code,
            &mut slots,
            &mut regs,
            &mut stack,
        );
        (self.slots, self.regs, self.stack) = (slots, regs, stack);
        result
    }

    #[allow(clippy::too_many_arguments)]
    fn attempt_with(
        &mut self,
        start: usize,
        mode: Mode,
        reject_empty: bool,
        code: &[Inst],
        slots: &mut [usize],
        regs: &mut [usize],
        stack: &mut Vec<Bt>,
    ) -> Result<Option<Captures>, Stopped> {
        let mut last = 0usize;
        let (mut pc, mut pos) = (0usize, start);
        loop {
            self.step()?;
            let mut ok = true;
            match &code[pc] {
                Inst::Lit(_)
                | Inst::LitI(_)
                | Inst::NotLit(..)
                | Inst::Any
                | Inst::AnyNl
                | Inst::Set(_) => {
                    ok = self.one(pc, pos);
                    pos += 1;
                    pc += 1;
                }
                Inst::At(a) => {
                    ok = self.at(*a, pos);
                    pc += 1;
                }
                Inst::Save(i) => {
                    stack.push(Bt::Slot(*i, slots[*i]));
                    slots[*i] = pos;
                    if i % 2 == 1 {
                        stack.push(Bt::Last(last));
                        last = i / 2;
                    }
                    pc += 1;
                }
                Inst::Split(a, b) => {
                    stack.push(Bt::Alt(*b, pos));
                    pc = *a;
                }
                Inst::Jmp(a) => pc = *a,
                Inst::RepInit(r) => {
                    stack.push(Bt::Reg(2 * r, regs[2 * r]));
                    stack.push(Bt::Reg(2 * r + 1, regs[2 * r + 1]));
                    regs[2 * r] = 0;
                    regs[2 * r + 1] = NONE;
                    pc += 1;
                }
                &Inst::RepLoop {
                    r,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let count = regs[2 * r];
                    if count < min as usize {
                        // As sre: only iterations beyond the minimum guard against empty loops.
                        pc += 2;
                    } else if (count < max as usize || max == INF) && pos != regs[2 * r + 1] {
                        if lazy {
                            stack.push(Bt::Alt(pc + 1, pos));
                            pc = exit;
                        } else {
                            stack.push(Bt::Alt(exit, pos));
                            pc += 1;
                        }
                    } else {
                        pc = exit;
                    }
                }
                Inst::RepBody(r) => {
                    stack.push(Bt::Reg(2 * r + 1, regs[2 * r + 1]));
                    regs[2 * r + 1] = pos;
                    pc += 1;
                }
                Inst::RepEnd(r, lp) => {
                    stack.push(Bt::Reg(2 * r, regs[2 * r]));
                    regs[2 * r] += 1;
                    pc = *lp;
                }
                &Inst::Star { min, max, kind } => {
                    let mut n = 0u32;
                    let want = if kind == Kind::Lazy { min } else { max };
                    while n < want && self.one(pc + 1, pos + n as usize) {
                        n += 1;
                        self.step()?;
                    }
                    if n < min {
                        ok = false;
                    } else if kind == Kind::Lazy {
                        stack.push(Bt::Lazy {
                            pc,
                            pos: pos + n as usize,
                            count: n,
                        });
                        pos += n as usize;
                        pc += 2;
                    } else {
                        if kind == Kind::Greedy && n > min {
                            stack.push(Bt::Star {
                                pc: pc + 2,
                                lo: pos + min as usize,
                                cur: pos + n as usize,
                            });
                        }
                        pos += n as usize;
                        pc += 2;
                    }
                }
                &Inst::Ref(g, icase) => {
                    let (a, b) = (slots[2 * g], slots[2 * g + 1]);
                    if a == NONE || b == NONE || b - a > self.end - pos {
                        ok = false;
                    } else {
                        let low = self.re.uni.lower;
                        ok = (0..b - a).all(|k| {
                            let (x, y) = (self.s[a + k], self.s[pos + k]);
                            x == y || icase && low(x) == low(y)
                        });
                        pos += b - a;
                        pc += 1;
                    }
                }
                Inst::AtomicStart => {
                    stack.push(Bt::Barrier { pos, look: None });
                    pc += 1;
                }
                &Inst::LookStart { behind, neg, end } => match behind {
                    Some(w) if pos < w => {
                        if neg {
                            pc = end + 1;
                        } else {
                            ok = false;
                        }
                    }
                    _ => {
                        stack.push(Bt::Barrier {
                            pos,
                            look: Some((neg, end + 1)),
                        });
                        pos -= behind.unwrap_or(0);
                        pc += 1;
                    }
                },
                Inst::Cut => {
                    let b = stack
                        .iter()
                        .rposition(|e| matches!(e, Bt::Barrier { .. }))
                        .expect("a barrier");
                    let Bt::Barrier { pos: saved, look } = stack[b] else {
                        unreachable!()
                    };
                    if let Some((true, _)) = look {
                        // The negative lookaround's body matched: it fails, undoing the body.
                        while stack.len() > b {
                            undo(stack.pop().unwrap(), slots, regs, &mut last);
                        }
                        ok = false;
                    } else {
                        let kept: Vec<Bt> = stack
                            .drain(b..)
                            .filter(|e| matches!(e, Bt::Slot(..) | Bt::Reg(..) | Bt::Last(_)))
                            .collect();
                        stack.extend(kept);
                        if look.is_some() {
                            pos = saved;
                        }
                        pc += 1;
                    }
                }
                &Inst::Cond(g, no) => {
                    pc = if slots[2 * g] != NONE && slots[2 * g + 1] != NONE {
                        pc + 1
                    } else {
                        no
                    };
                }
                Inst::Match => {
                    ok = !(mode == Mode::FullMatch && pos != self.end
                        || reject_empty && pos == start);
                    if ok {
                        slots[0] = start;
                        slots[1] = pos;
                        let spans = slots
                            .chunks(2)
                            .map(|p| {
                                if p[0] == NONE || p[1] == NONE {
                                    (NONE, NONE)
                                } else {
                                    (p[0], p[1])
                                }
                            })
                            .collect();
                        return Ok(Some(Captures {
                            spans,
                            lastindex: last,
                        }));
                    }
                }
            }
            if ok && pos <= self.end {
                continue;
            }
            // Backtrack.
            loop {
                let Some(e) = stack.pop() else {
                    return Ok(None);
                };
                self.step()?;
                match e {
                    Bt::Alt(p, q) => {
                        (pc, pos) = (p, q);
                        break;
                    }
                    Bt::Star { pc: p, lo, cur } => {
                        if cur - 1 > lo {
                            stack.push(Bt::Star {
                                pc: p,
                                lo,
                                cur: cur - 1,
                            });
                        }
                        (pc, pos) = (p, cur - 1);
                        break;
                    }
                    Bt::Lazy {
                        pc: p,
                        pos: q,
                        count,
                    } => {
                        let Inst::Star { max, .. } = code[p] else {
                            unreachable!()
                        };
                        if (count < max || max == INF) && self.one(p + 1, q) {
                            stack.push(Bt::Lazy {
                                pc: p,
                                pos: q + 1,
                                count: count + 1,
                            });
                            (pc, pos) = (p + 2, q + 1);
                            break;
                        }
                    }
                    Bt::Barrier {
                        pos: q,
                        look: Some((true, cont)),
                    } => {
                        (pc, pos) = (cont, q);
                        break;
                    }
                    e => undo(e, slots, regs, &mut last),
                }
            }
        }
    }
}

fn undo(e: Bt, slots: &mut [usize], regs: &mut [usize], last: &mut usize) {
    match e {
        Bt::Slot(i, v) => slots[i] = v,
        Bt::Reg(i, v) => regs[i] = v,
        Bt::Last(v) => *last = v,
        _ => {}
    }
}

impl Regex {
    /// Matches in `s[..end]` from `pos` (`Mode::Search` tries each later start too).
    /// `reject_empty`: an empty match at `pos` itself does not count (the rule by which
    /// `finditer`, `sub` and `split` move past an empty match). `tick` hears of the work done
    /// every [`TICK`] steps and may stop the match by answering `false`.
    pub fn exec(
        &self,
        s: &[char],
        pos: usize,
        end: usize,
        mode: Mode,
        reject_empty: bool,
        tick: &mut dyn FnMut(u64) -> bool,
    ) -> Result<Option<Captures>, Stopped> {
        let end = end.min(s.len());
        let mut run = Run {
            re: self,
            s,
            end,
            steps: 0,
            tick,
            slots: Vec::new(),
            regs: Vec::new(),
            stack: Vec::new(),
        };
        if pos > end {
            return Ok(None);
        }
        let anchored = matches!(self.code[0], Inst::At(At::Beg | At::BegStr));
        let first = match self.code[0] {
            Inst::Lit(c) => Some(c),
            _ => None,
        };
        let mut start = pos;
        loop {
            if first.is_none_or(|c| start < end && s[start] == c)
                && let Some(m) = run.attempt(start, mode, reject_empty && start == pos)?
            {
                return Ok(Some(m));
            }
            if mode != Mode::Search || start >= end || anchored {
                return Ok(None);
            }
            start += 1;
            run.step()?;
        }
    }
}

#[cfg(test)]
mod tests;
