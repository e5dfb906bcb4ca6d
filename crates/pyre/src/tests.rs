use super::*;

fn find(p: &str, s: &str) -> Option<Vec<Option<String>>> {
    let re = compile(p, 0, Unicode::default()).unwrap();
    let chars: Vec<char> = s.chars().collect();
    let m = re
        .exec(&chars, 0, chars.len(), Mode::Search, false, &mut |_| true)
        .unwrap()?;
    let text = |(a, b): (usize, usize)| (a != NONE).then(|| chars[a..b].iter().collect());
    Some(m.spans.into_iter().map(text).collect())
}

fn whole(p: &str, s: &str) -> Option<String> {
    find(p, s).and_then(|g| g[0].clone())
}

fn error(p: &str) -> (String, Option<usize>) {
    let e = compile(p, 0, Unicode::default()).err().expect("an error");
    (e.msg, e.pos)
}

#[test]
fn literals_classes_and_escapes() {
    assert_eq!(whole("b+", "abbbc").as_deref(), Some("bbb"));
    assert_eq!(whole(r"[a-c]+\d", "xxcab7").as_deref(), Some("cab7"));
    assert_eq!(whole(r"[^a-z ]+", "ab CD1 e").as_deref(), Some("CD1"));
    assert_eq!(whole(r"\x41\u00e9\.", "zAé.").as_deref(), Some("Aé."));
    assert_eq!(whole(r"[\]\-]+", "a-]-b").as_deref(), Some("-]-"));
    assert_eq!(whole(r"\bfoo\b", "afoo foo").as_deref(), Some("foo"));
    assert_eq!(whole("(?i)HeLLo", "say hello").as_deref(), Some("hello"));
    assert_eq!(whole("a.c", "a\nc abc").as_deref(), Some("abc"));
    assert_eq!(whole("(?s)a.c", "a\nc").as_deref(), Some("a\nc"));
    assert_eq!(whole("(?m)^b$", "a\nb\nc").as_deref(), Some("b"));
    assert_eq!(whole("a$", "a\n").as_deref(), Some("a"));
    assert_eq!(whole(r"a\Z", "a\n"), None);
    assert_eq!(whole("a{2,3}", "aaaa").as_deref(), Some("aaa"));
    assert_eq!(whole("x{,2}y", "xxxy").as_deref(), Some("xxy"));
    assert_eq!(whole("a{", "a{").as_deref(), Some("a{"));
}

#[test]
fn groups_backrefs_and_lookaround() {
    assert_eq!(
        find(r"(\w+)@(\w+)\.com", "mail bob@site.com").unwrap()[2].as_deref(),
        Some("site")
    );
    assert_eq!(
        whole(r"(?P<q>['\x22]).*?(?P=q)", r#"say "hi" 'x'"#).as_deref(),
        Some("\"hi\"")
    );
    assert_eq!(whole(r"(a)\1", "aa").as_deref(), Some("aa"));
    assert_eq!(whole(r"\w+(?=!)", "hey you!").as_deref(), Some("you"));
    assert_eq!(whole(r"\b(?!un)\w+", "undo redo").as_deref(), Some("redo"));
    assert_eq!(whole(r"(?<=\$)\d+", "cost $42").as_deref(), Some("42"));
    assert_eq!(whole(r"(?<!\$)\b\d+", "$42 17").as_deref(), Some("17"));
    assert_eq!(
        whole(r"(<)?\w+(?(1)>|$)", "<tag>").as_deref(),
        Some("<tag>")
    );
    assert_eq!(find("(a)|b", "b").unwrap()[1], None);
    assert_eq!(whole("(?:ab)+?c", "ababc").as_deref(), Some("ababc"));
    assert_eq!(whole("(a|ab)(c|bcd)(d*)", "abcd").as_deref(), Some("abcd"));
    assert_eq!(find("(a*)*b", "aab").unwrap()[1].as_deref(), Some(""));
    assert_eq!(find("(a*)+b", "aab").unwrap()[1].as_deref(), Some(""));
    // Iterations up to the minimum may be empty and still be followed by another (as sre).
    assert_eq!(find(r"(\b|\d){1,2}", "12").unwrap()[0].as_deref(), Some(""));
    assert_eq!(
        find(r"(?:(\b)|\d){2}", "12").unwrap()[0].as_deref(),
        Some("")
    );
    let re = compile(r"(\b|\d){1,2}", 0, Unicode::default()).unwrap();
    let s: Vec<char> = "12".chars().collect();
    let m = re
        .exec(&s, 0, 2, Mode::Search, true, &mut |_| true)
        .unwrap()
        .unwrap();
    assert_eq!(m.spans, vec![(0, 1), (0, 1)]);
}

#[test]
fn atomic_and_possessive() {
    assert_eq!(whole("(?>a+)b", "aaab").as_deref(), Some("aaab"));
    assert_eq!(whole("(?>a+)a", "aaaa"), None);
    assert_eq!(whole("a++a", "aaaa"), None);
    assert_eq!(whole("(?:ab)*+ab", "ababab"), None);
}

#[test]
fn errors_as_cpython() {
    assert_eq!(
        error("(abc"),
        ("missing ), unterminated subpattern".into(), Some(0))
    );
    assert_eq!(error("*a"), ("nothing to repeat".into(), Some(0)));
    assert_eq!(error("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(error("abc)"), ("unbalanced parenthesis".into(), Some(3)));
    assert_eq!(error(r"\q"), ("bad escape \\q".into(), Some(0)));
    assert_eq!(error("(?<x)"), ("unknown extension ?<x".into(), Some(1)));
    assert_eq!(error("[a-"), ("unterminated character set".into(), Some(0)));
    assert_eq!(error("[z-a]"), ("bad character range z-a".into(), Some(1)));
    assert_eq!(
        error("a{3,1}"),
        ("min repeat greater than max repeat".into(), Some(2))
    );
    assert_eq!(
        error(r"(?<=a+)b"),
        ("look-behind requires fixed-width pattern".into(), None)
    );
    assert_eq!(
        error(r"(a)\2"),
        ("invalid group reference 2".into(), Some(4))
    );
    assert_eq!(
        error("(?P<1>a)"),
        ("bad character in group name '1'".into(), Some(4))
    );
    assert_eq!(
        error("a(?i)b"),
        (
            "global flags not at the start of the expression".into(),
            Some(1)
        )
    );
}

#[test]
fn runaway_matches_stop_and_deep_inputs_do_not_overflow() {
    let re = compile("(a*)*b", 0, Unicode::default()).unwrap();
    let s: Vec<char> = "a".repeat(40).chars().collect();
    let mut budget = 50u32;
    let r = re.exec(&s, 0, s.len(), Mode::Search, false, &mut |_| {
        budget -= 1;
        budget > 0
    });
    assert_eq!(r, Err(Stopped));
    let re = compile("(?:a|b)*c", 0, Unicode::default()).unwrap();
    let s: Vec<char> = ("ab".repeat(200_000) + "c").chars().collect();
    let m = re
        .exec(&s, 0, s.len(), Mode::Match, false, &mut |_| true)
        .unwrap()
        .unwrap();
    assert_eq!(m.spans[0], (0, s.len()));
}
