//! Virtual times as the learner reads them. The clock holds floats, and float arithmetic
//! leaves dust (`0.1 + 0.2` is `0.30000000000000004`): the page shows the time rounded to
//! what a person reads (`0.3`) and keeps the exact value, as Python would print it, in a
//! tooltip. What the program itself printed is never rounded: that is the console's text.

use yew::prelude::*;

use pycore::format::float_repr;

/// Significant digits kept: enough for any time a lesson sets (`1.25`, `0.001`, `123.456`),
/// few enough to drop the last bits a sum of floats gets wrong.
const SIGNIFICANT: usize = 6;

/// `t` rounded to six significant digits, written as Python writes a float (`0.3`, `2.0`).
pub fn readable_time(t: f64) -> String {
    if !t.is_finite() {
        return float_repr(t);
    }
    let rounded: f64 = format!("{t:.*e}", SIGNIFICANT - 1).parse().unwrap_or(t);
    // `-0.0` reads as a negative time that never happened.
    float_repr(if rounded == 0.0 { 0.0 } else { rounded })
}

/// The exact value, when the readable one hides something (else None: no tooltip needed).
pub fn exact_time(t: f64) -> Option<String> {
    let exact = float_repr(t);
    (exact != readable_time(t)).then_some(exact)
}

/// `prefix` and the readable time, with the exact value in a tooltip when it differs:
/// `t = 0.3`, titled `t = 0.30000000000000004`.
pub fn time_view(prefix: &str, t: f64) -> Html {
    let shown = format!("{prefix}{}", readable_time(t));
    match exact_time(t) {
        Some(exact) => html! {
            <span class="time" title={format!("exactly {prefix}{exact}")}>{ shown }</span>
        },
        None => html! { <span class="time">{ shown }</span> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_dust_is_rounded_away() {
        assert_eq!(readable_time(0.1 + 0.2), "0.3");
        assert_eq!(
            exact_time(0.1 + 0.2).as_deref(),
            Some("0.30000000000000004")
        );
        assert_eq!(readable_time(0.7 + 0.1 + 0.2), "1.0");
        assert_eq!(readable_time(2.9999999999999996), "3.0");
    }

    #[test]
    fn round_times_stay_as_python_prints_them() {
        for (t, text) in [
            (0.0, "0.0"),
            (2.0, "2.0"),
            (1.25, "1.25"),
            (0.001, "0.001"),
            (123.456, "123.456"),
            (1e-7, "1e-07"),
            (3600.0, "3600.0"),
        ] {
            assert_eq!(readable_time(t), text);
            assert_eq!(exact_time(t), None, "{t} needs no tooltip");
        }
        assert_eq!(readable_time(-0.0), "0.0");
    }

    #[test]
    fn long_fractions_keep_six_significant_digits() {
        assert_eq!(readable_time(1.0 / 3.0), "0.333333");
        assert_eq!(readable_time(12345.6789), "12345.7");
        assert_eq!(exact_time(1.0 / 3.0).as_deref(), Some("0.3333333333333333"));
    }

    // Rendered with the server-side renderer, which only native builds have.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_view_carries_the_exact_time_in_its_title() {
        use yew::LocalServerRenderer;
        #[component]
        fn Dusty() -> Html {
            time_view("t = ", 0.1 + 0.2)
        }
        let html = futures::executor::block_on(
            LocalServerRenderer::<Dusty>::new()
                .hydratable(false)
                .render(),
        );
        assert!(html.contains("t = 0.3<"), "{html}");
        assert!(
            html.contains(r#"title="exactly t = 0.30000000000000004""#),
            "{html}"
        );
    }
}
