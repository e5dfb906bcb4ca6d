//! The query a page's address may carry after its path, `#/interview?level=mid&topic=gather`:
//! what a page shows that a link should share and Back should bring back (the question bank's
//! filters, where a program in the playground came from). Key-value pairs, percent-encoded.

/// `text` with every byte but the unreserved characters of a URL percent-encoded.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(byte as char)
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

/// `text` with its percent-escapes (and `+`, a space in a form's encoding) decoded; an escape
/// that is not one stands as written, and bytes that are not UTF-8 become U+FFFD.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let escaped = (bytes[at] == b'%')
            .then(|| text.get(at + 1..at + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (bytes[at], escaped) {
            (_, Some(byte)) => {
                decoded.push(byte);
                at += 3;
            }
            (b'+', None) => {
                decoded.push(b' ');
                at += 1;
            }
            (byte, None) => {
                decoded.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// The pairs of a query (without its `?`), decoded, in order; a key without `=` has an empty
/// value.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// The value of `key` in parsed `pairs`, if it is there.
pub fn value<'p>(pairs: &'p [(String, String)], key: &str) -> Option<&'p str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, value)| value.as_str())
}

/// A query (without its `?`) of the pairs whose value is not empty: "" if none is left.
pub fn encode(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| format!("{}={}", percent_encode(key), percent_encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The `href` of `path` (as [`crate::ui::Route::href`] gives it) with `query`, if any.
pub fn href(path: &str, query: &str) -> String {
    match query {
        "" => path.to_string(),
        query => format!("{path}?{query}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_survive_the_trip_through_a_query() {
        let query = encode(&[
            ("level", "mid"),
            ("search", "gather & wait?"),
            ("topic", ""),
        ]);
        assert_eq!(query, "level=mid&search=gather%20%26%20wait%3F");
        let pairs = parse(&query);
        assert_eq!(value(&pairs, "search"), Some("gather & wait?"));
        assert_eq!(value(&pairs, "topic"), None);
        assert_eq!(percent_decode("caf%C3%A9+au%2"), "café au%2");
        assert_eq!(href("#/interview", ""), "#/interview");
        assert_eq!(
            href("#/interview", query.as_str()),
            format!("#/interview?{query}")
        );
    }
}
