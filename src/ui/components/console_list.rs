//! A console's list of lines that draws only those in view: a program printing 100,000 lines
//! leaves a few dozen in the page, with blank space above and below standing for the rest,
//! so the list scrolls as if all were there. It follows the newest line while the learner is
//! at the bottom, and stays where they scrolled to when they went up to read.

use std::ops::Range;

use yew::prelude::*;

use crate::ui::components::console_line::console_line;
use crate::ui::components::time::time_view;
use crate::ui::components::timeline::RunRef;
use pycore::format::float_repr;

/// Up to this many lines, all are drawn (cheap, and the browser's find sees them all).
pub const ALWAYS_DRAWN: usize = 200;
/// Lines drawn beyond each edge of the view, so a quick scroll shows lines, not blank.
const OVERSCAN: usize = 30;
/// The height of a line if the page's style does not say (it should).
const DEFAULT_LINE_PX: f64 = 20.0;

/// Where the learner has scrolled a console to, in lines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scroll {
    /// The line at the top of the view (counted as if every line were one line high).
    pub top_line: usize,
    /// How many lines fit in the view.
    pub lines_in_view: usize,
    /// The view is at the bottom: it follows new lines.
    pub follow: bool,
}

impl Default for Scroll {
    fn default() -> Scroll {
        Scroll {
            top_line: 0,
            lines_in_view: 60,
            follow: true,
        }
    }
}

/// The lines to draw of a console of `count` lines scrolled to `scroll`.
pub fn drawn_lines(count: usize, scroll: Scroll) -> Range<usize> {
    if count <= ALWAYS_DRAWN {
        return 0..count;
    }
    let drawn = scroll.lines_in_view + 2 * OVERSCAN;
    let last_start = count.saturating_sub(drawn);
    let first = match scroll.follow {
        true => last_start,
        false => scroll.top_line.saturating_sub(OVERSCAN).min(last_start),
    };
    first..(first + drawn).min(count)
}

#[derive(Properties, PartialEq)]
pub struct ConsoleListProps {
    pub run: Option<RunRef>,
    /// How many prints have happened: the lines change only when this does.
    pub prints: usize,
    /// Whether the moment shown is the end of the run (where output no recorded print
    /// accounts for is shown too).
    #[prop_or_default]
    pub at_end: bool,
    pub testid: AttrValue,
    /// Times written exactly (the compare page lines two runs up), not rounded to read.
    #[prop_or_default]
    pub exact_times: bool,
    /// What follows the lines (the playground's stderr at the end of a run).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn ConsoleList(props: &ConsoleListProps) -> Html {
    let list = use_node_ref();
    let scroll = use_state_eq(Scroll::default);
    // The newest output is at the bottom: keep it in view as lines arrive, while the learner
    // has not scrolled up.
    {
        let (list, follow) = (list.clone(), scroll.follow);
        use_effect_with((props.prints, props.at_end), move |_| {
            if let Some(list) = list.cast::<web_sys::Element>()
                && follow
            {
                list.set_scroll_top(list.scroll_height());
            }
        });
    }
    let on_scroll = {
        let scroll = scroll.clone();
        Callback::from(move |event: Event| {
            let Some(list) = event.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let line_px = measured_line_px(&list);
            let (top, height) = (
                f64::from(list.scroll_top()),
                f64::from(list.client_height()),
            );
            scroll.set(Scroll {
                top_line: (top / line_px) as usize,
                lines_in_view: (height / line_px).ceil() as usize + 1,
                follow: top + height >= f64::from(list.scroll_height()) - line_px,
            });
        })
    };
    let Some(RunRef(run)) = &props.run else {
        return html! {
            <ol class="console" data-testid={props.testid.clone()} aria-live="polite" ref={list}>
                { props.children.clone() }
            </ol>
        };
    };
    let position = match props.at_end {
        true => run.len(),
        false => run.print_position(props.prints),
    };
    let count = run.console_len(position);
    let drawn = drawn_lines(count, *scroll);
    // A spacer is as high as the lines it stands for (`lh`: the list's line height).
    let spacer = |lines: usize| {
        (lines > 0).then(|| {
            let style = format!("height: calc({lines} * 1lh)");
            html! { <li class="console-spacer" aria-hidden="true" {style}></li> }
        })
    };
    let exact = props.exact_times;
    let time = move |t: f64| match exact {
        true => html! { { format!("t={}", float_repr(t)) } },
        false => time_view("t=", t),
    };
    // New lines are read out while the console follows them; scrolled up, the lines that
    // come into the drawing as the learner scrolls are not news.
    let live = if scroll.follow { "polite" } else { "off" };
    html! {
        <ol class="console" data-testid={props.testid.clone()} aria-live={live} ref={list}
            onscroll={on_scroll} data-lines={count.to_string()}>
            { spacer(drawn.start) }
            { for run.console_range(position, drawn.clone()).iter().map(|line| console_line(line, time(line.t))) }
            { spacer(count - drawn.end) }
            { props.children.clone() }
        </ol>
    }
}

/// The height of a console line, from the list's style (its lines are one `line-height`
/// high but for those that wrap).
fn measured_line_px(list: &web_sys::Element) -> f64 {
    web_sys::window()
        .and_then(|window| window.get_computed_style(list).ok().flatten())
        .and_then(|style| style.get_property_value("line-height").ok())
        .and_then(|value| value.trim_end_matches("px").parse::<f64>().ok())
        .filter(|px| *px > 0.0)
        .unwrap_or(DEFAULT_LINE_PX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_console_is_drawn_whole() {
        let scroll = Scroll {
            top_line: 150,
            lines_in_view: 10,
            follow: false,
        };
        assert_eq!(drawn_lines(ALWAYS_DRAWN, scroll), 0..ALWAYS_DRAWN);
        assert_eq!(drawn_lines(0, Scroll::default()), 0..0);
    }

    #[test]
    fn a_long_console_draws_the_view_and_a_margin_around_it() {
        let at = |top_line, follow| Scroll {
            top_line,
            lines_in_view: 40,
            follow,
        };
        let drawn = 40 + 2 * OVERSCAN;
        // Following: the last lines.
        assert_eq!(drawn_lines(10_000, at(0, true)), 10_000 - drawn..10_000);
        // Scrolled to the top, the middle, near the end.
        assert_eq!(drawn_lines(10_000, at(0, false)), 0..drawn);
        assert_eq!(
            drawn_lines(10_000, at(5_000, false)),
            5_000 - OVERSCAN..5_000 - OVERSCAN + drawn
        );
        assert_eq!(
            drawn_lines(10_000, at(9_990, false)),
            10_000 - drawn..10_000
        );
        // Every line in view is drawn, wherever the view is.
        for top in (0..10_000).step_by(37) {
            let range = drawn_lines(10_000, at(top, false));
            assert!(
                range.start <= top && (top + 40).min(10_000) <= range.end,
                "{top}"
            );
        }
    }
}
