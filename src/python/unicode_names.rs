//! `\N{NAME}` in string literals: Unicode's character names, read from the standard library's
//! `unicodedata` module (one table for the compiler and for `unicodedata.lookup`). The table
//! is large (880 KB, 140 KB compressed), so the web app downloads it with the modules, and
//! only for a program that names a character this way.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The names, parsed once.
struct Table {
    by_name: HashMap<String, u32>,
    /// Ranges named by a prefix and the code point in hex (`CJK UNIFIED IDEOGRAPH-4E00`).
    ruled: Vec<(String, u32, u32)>,
    aliases: HashMap<String, u32>,
}

const LEADS: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const VOWELS: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const TAILS: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];
const HANGUL_FIRST: u32 = 0xAC00;
const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

impl Table {
    /// Parses the `_NAMES` string of `unicodedata.py` (see scripts/unicode-names).
    fn parse(module: &str) -> Table {
        const START: &str = "_NAMES = \"\"\"\\\n";
        let start = module
            .find(START)
            .map_or(module.len(), |at| at + START.len());
        let end = module[start..]
            .find("\"\"\"")
            .map_or(module.len(), |at| start + at);
        let mut table = Table {
            by_name: HashMap::new(),
            ruled: Vec::new(),
            aliases: HashMap::new(),
        };
        let mut code: i64 = -1;
        for line in module[start..end].lines() {
            if let Some(hex) = line.strip_prefix('@') {
                code = i64::from_str_radix(hex, 16).unwrap_or(0) - 1;
            } else if let Some(rule) = line.strip_prefix('=') {
                if let Some((prefix, span)) = rule.split_once(':')
                    && let Some((first, last)) = span.split_once('-')
                    && let (Ok(first), Ok(last)) = (
                        u32::from_str_radix(first, 16),
                        u32::from_str_radix(last, 16),
                    )
                {
                    table.ruled.push((prefix.to_string(), first, last));
                }
            } else if let Some(alias) = line.strip_prefix('~') {
                if let Some((alias, hex)) = alias.split_once(':')
                    && let Ok(value) = u32::from_str_radix(hex, 16)
                {
                    table.aliases.insert(alias.to_string(), value);
                }
            } else {
                code += 1;
                table.by_name.insert(line.to_string(), code as u32);
            }
        }
        table
    }

    /// The code point named `name`, as CPython's `unicodedata.lookup` finds it: in any case,
    /// except the names made by rule (Hangul syllables; CJK unified ideographs with 4 or 5
    /// upper-case hex digits), which must be spelled exactly.
    fn code_of(&self, name: &str) -> Option<u32> {
        if let Some(syllable) = name.strip_prefix(HANGUL_PREFIX) {
            return hangul(syllable);
        }
        let wanted = name.to_ascii_uppercase();
        if let Some(&code) = self.by_name.get(&wanted) {
            return Some(code);
        }
        for (prefix, first, last) in &self.ruled {
            let exact = prefix == CJK_PREFIX;
            let candidate = if exact { name } else { wanted.as_str() };
            let Some(digits) = candidate.strip_prefix(prefix.as_str()) else {
                continue;
            };
            let digits_ok = !digits.is_empty()
                && digits
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
                && (!exact || (4..=5).contains(&digits.len()));
            if let (true, Ok(value)) = (digits_ok, u32::from_str_radix(digits, 16))
                && (*first..=*last).contains(&value)
                && (exact || format!("{prefix}{value:X}") == wanted)
            {
                return Some(value);
            }
        }
        self.aliases.get(&wanted).copied()
    }
}

/// The syllable `HANGUL SYLLABLE <syllable>`, composed from its jamo's short names.
fn hangul(syllable: &str) -> Option<u32> {
    for (lead, l) in LEADS.iter().enumerate() {
        let Some(rest) = syllable.strip_prefix(l) else {
            continue;
        };
        for (vowel, v) in VOWELS.iter().enumerate() {
            let Some(tail_name) = rest.strip_prefix(v) else {
                continue;
            };
            if let Some(tail) = TAILS.iter().position(|t| *t == tail_name) {
                let index = (lead * VOWELS.len() + vowel) * TAILS.len() + tail;
                return Some(HANGUL_FIRST + index as u32);
            }
        }
    }
    None
}

thread_local! {
    static TABLE: RefCell<Option<Rc<Table>>> = const { RefCell::new(None) };
}

/// The character named `name`, `Ok(None)` if no character has that name, or why the names
/// could not be had (in the web app, before the worker has downloaded them).
pub fn lookup(name: &str) -> Result<Option<char>, String> {
    let table = match TABLE.with_borrow(|table| table.clone()) {
        Some(table) => table,
        None => {
            use crate::runtime::modules::stdlib;
            let module = stdlib::downloaded("unicodedata")
                .expect("unicodedata.py is one of the downloaded modules");
            let text = stdlib::text(module)?;
            let table = Rc::new(Table::parse(&text));
            TABLE.with_borrow_mut(|cached| *cached = Some(table.clone()));
            table
        }
    };
    Ok(table.code_of(name).and_then(char::from_u32))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::lookup;

    #[test]
    fn names_are_found_as_cpython_finds_them() {
        assert_eq!(lookup("BULLET"), Ok(Some('\u{2022}')));
        assert_eq!(lookup("latin small letter a"), Ok(Some('a')));
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-4E00"), Ok(Some('\u{4e00}')));
        assert_eq!(lookup("cjk unified ideograph-4e00"), Ok(None));
        assert_eq!(lookup("HANGUL SYLLABLE GAG"), Ok(Some('\u{ac01}')));
        assert_eq!(lookup("hangul syllable gag"), Ok(None));
        assert_eq!(lookup("LF"), Ok(Some('\n')));
        assert_eq!(lookup("NUSHU CHARACTER-1B170"), Ok(Some('\u{1b170}')));
        assert_eq!(lookup("NOT A NAME"), Ok(None));
    }
}
