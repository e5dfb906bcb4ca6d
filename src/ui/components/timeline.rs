//! The timeline: one lane per task over virtual time, states told apart by pattern as well as
//! colour, markers for prints and endings, and a cursor at the current moment. A click jumps
//! to that moment. The learner zooms and pans a window of virtual time (buttons, keys, the
//! wheel); only the lanes scrolled into view are drawn, and in them only what falls in the
//! window, so a run of 10,000 tasks draws a few dozen lanes.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use super::task_colour;
use super::time::readable_time;
use super::viewport::{
    AXIS_LEFT, AXIS_RIGHT, FIRST_ROWS, PAN_STEP, TimeWindow, WindowChange, ZOOM_STEP, short_time,
    visible_rows,
};
use crate::ui::run::Run;
use crate::ui::run::lanes::{Lane, Marker, MarkerKind, Segment, SegmentKind, ShownLanes};

/// The drawing's coordinates: labels on the left, the time axis to the right.
const WIDTH: f64 = 1000.0;
const LANE: f64 = 26.0;
const AXIS: f64 = 22.0;
/// Room below the last lane.
const BOTTOM: f64 = 6.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub run: Option<RunRef>,
    /// The virtual time of the moment shown (where the cursor is).
    pub now: f64,
    /// The stretch of virtual time drawn across the axis.
    pub window: TimeWindow,
    /// Called with the virtual time that was clicked.
    pub on_seek: Callback<f64>,
    /// Called when the learner zooms or pans.
    pub on_window: Callback<WindowChange>,
    /// Whether asyncio's own tasks get lanes (off: only the program's tasks do).
    #[prop_or_default]
    pub show_internals: bool,
}

#[component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let scroller = use_node_ref();
    let lanes_drawing = use_node_ref();
    // The rows scrolled into view (in blocks: a small scroll changes nothing).
    let rows = use_state_eq(|| 0..FIRST_ROWS);
    let measure = {
        let (scroller, lanes_drawing, rows) =
            (scroller.clone(), lanes_drawing.clone(), rows.clone());
        let room = props
            .run
            .as_ref()
            .map_or(0.0, |RunRef(run)| label_room(run, props.show_internals));
        Callback::from(move |_: ()| {
            if let Some(measured) = measured_rows(&scroller, &lanes_drawing, room) {
                rows.set(measured);
            }
        })
    };
    // A new run may have a different number of lanes: measure once it is drawn.
    {
        let measure = measure.clone();
        use_effect_with(props.run.clone(), move |_| measure.emit(()));
    }
    // A resized page shows more or fewer rows in the same scroll position.
    {
        let measure = measure.clone();
        use_effect_with((), move |_| {
            let listener = resize::listen(move || measure.emit(()));
            // Leaving the page stops listening (the listener removes itself when dropped).
            move || {
                let _stopped = listener;
            }
        });
    }

    let Some(RunRef(run)) = &props.run else {
        return html! { <p class="hint">{ "Run the program to draw each task's life." }</p> };
    };
    let end_t = run.end_t;
    let window = props.window;
    let lane_count = ShownLanes::new(&run.lanes, &run.learner_lanes, props.show_internals).len();
    let height = LANE * lane_count as f64 + BOTTOM;
    let shown_rows = rows.start.min(lane_count)..rows.end.min(lane_count);
    let room = label_room(run, props.show_internals);
    let on_click = seek_on_click(window, room, props.on_seek.clone());
    let on_axis_wheel = zoom_on_wheel(window, room, props.on_window.clone(), true);
    let on_lanes_wheel = zoom_on_wheel(window, room, props.on_window.clone(), false);
    let cursor_x = window
        .contains(props.now)
        .then(|| coordinate(window.x_of(props.now)));
    // The drawing reaches left of its usual start far enough for the longest label.
    let view_box = |height: f64| {
        format!(
            "{} 0 {} {height}",
            coordinate(-room),
            coordinate(WIDTH + room)
        )
    };
    html! {
        <>
            { toolbar(window, end_t, &props.on_window) }
            <div class="timeline-scroll" data-testid="timeline-scroll" ref={scroller}
                onscroll={measure.reform(|_: Event| ())}>
                <svg class="timeline-axis" data-testid="timeline-axis" aria-hidden="true"
                    viewBox={view_box(AXIS)}
                    onclick={on_click.clone()} onwheel={on_axis_wheel}>
                    <rect class="axis-bg" x={coordinate(-room)} y="0" width={coordinate(WIDTH + room)} height={AXIS.to_string()} />
                    { for window.ticks().iter().map(|&t| tick_label(t, window)) }
                    if let Some(x) = cursor_x.clone() {
                        <line class="cursor" x1={x.clone()} x2={x} y1="14" y2={AXIS.to_string()} />
                    }
                </svg>
                <svg class="timeline" data-testid="timeline" role="list" ref={lanes_drawing}
                    aria-label={format!("Timeline of {lane_count} tasks over {} seconds of virtual time", readable_time(end_t))}
                    viewBox={view_box(height)} onclick={on_click} onwheel={on_lanes_wheel}>
                    <defs>
                        <pattern id="lane-ready" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect width="6" height="6" class="seg-ready-bg" />
                            <line x1="0" y1="0" x2="0" y2="6" class="seg-ready-line" />
                        </pattern>
                        <pattern id="lane-sleeping" width="6" height="6" patternUnits="userSpaceOnUse">
                            <rect width="6" height="6" class="seg-sleeping-bg" />
                            <circle cx="3" cy="3" r="1.1" class="seg-sleeping-dot" />
                        </pattern>
                    </defs>
                    <Lanes run={RunRef(run.clone())} window={window} rows={shown_rows} room={room}
                        show_internals={props.show_internals} />
                    if let Some(x) = cursor_x {
                        <line class="cursor" data-testid="timeline-cursor"
                            x1={x.clone()} x2={x} y1="0" y2={coordinate(height)} />
                    }
                </svg>
            </div>
            <ul class="legend" aria-label="Legend">
                <li><span class="swatch running" />{ "running" }</li>
                <li><span class="swatch ready" />{ "ready (in the queue)" }</li>
                <li><span class="swatch sleeping" />{ "sleeping (a timer: I/O)" }</li>
                <li><span class="swatch waiting" />{ "waiting (a task, future or primitive)" }</li>
                <li>{ "● print  ✓ done  ✗ failed  ⊘ cancelled" }</li>
            </ul>
        </>
    }
}

/// Zoom and pan buttons, and the window shown, in words.
fn toolbar(window: TimeWindow, end_t: f64, on_window: &Callback<WindowChange>) -> Html {
    let change = |change: WindowChange| on_window.reform(move |_: MouseEvent| change);
    let full = window.is_full(end_t);
    html! {
        <div class="timeline-tools" role="group" aria-label="Zoom and pan the timeline">
            <button data-testid="timeline-zoom-out" title="Zoom out (-)" aria-label="Zoom out"
                disabled={full} onclick={change(WindowChange::Zoom { factor: 1.0 / ZOOM_STEP, around: None })}>
                { "−" }
            </button>
            <button data-testid="timeline-zoom-in" title="Zoom in (+)" aria-label="Zoom in"
                disabled={!window.can_zoom_in(end_t)}
                onclick={change(WindowChange::Zoom { factor: ZOOM_STEP, around: None })}>
                { "+" }
            </button>
            <button data-testid="timeline-zoom-fit" title="Show the whole run (0)"
                disabled={full} onclick={change(WindowChange::Fit)}>{ "Fit" }</button>
            <button data-testid="timeline-pan-left" title="Earlier" aria-label="Show earlier times"
                disabled={window.start <= 0.0} onclick={change(WindowChange::Pan(-PAN_STEP))}>
                { "◀" }
            </button>
            <button data-testid="timeline-pan-right" title="Later" aria-label="Show later times"
                disabled={window.end >= end_t} onclick={change(WindowChange::Pan(PAN_STEP))}>
                { "▶" }
            </button>
            <span class="timeline-window" data-testid="timeline-window" aria-live="polite">
                if full && window.end > end_t {
                    // A window wider than the run: the compare page draws a shorter run on the
                    // longer one's axis.
                    { format!("t = 0 to {} s; this run ends at {} s", short_time(window.end, window.end),
                        short_time(end_t, end_t)) }
                } else if full {
                    { format!("the whole run: t = 0 to {} s", short_time(end_t, end_t)) }
                } else {
                    { format!("t = {} to {} s of {} s", short_time(window.start, window.span()),
                        short_time(window.end, window.span()), short_time(end_t, end_t)) }
                }
            </span>
            <span class="hint timeline-how">{ "Ctrl + wheel zooms where the pointer is (the wheel alone over the axis); Shift + wheel pans." }</span>
        </div>
    }
}

fn tick_label(t: f64, window: TimeWindow) -> Html {
    let x = window.x_of(t);
    html! {
        <g class="tick">
            <line x1={coordinate(x)} x2={coordinate(x)} y1="14" y2={AXIS.to_string()} />
            <text x={coordinate(x)} y="11"
                text-anchor={if x > WIDTH - 40.0 { "end" } else { "start" }}>
                { format!("{}s", readable_time(t)) }
            </text>
        </g>
    }
}

/// The x in the drawing's coordinates of a pointer event on a drawing `WIDTH` wide with
/// `room` more on its left for the labels, and the drawing's scale (pixels per unit).
fn drawing_x(event: &MouseEvent, room: f64) -> Option<(f64, f64)> {
    use web_sys::wasm_bindgen::JsCast;
    let drawing = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())?;
    let bounds = drawing.get_bounding_client_rect();
    if bounds.width() <= 0.0 {
        return None;
    }
    let scale = bounds.width() / (WIDTH + room);
    Some((
        (f64::from(event.client_x()) - bounds.left()) / scale - room,
        scale,
    ))
}

fn seek_on_click(window: TimeWindow, room: f64, on_seek: Callback<f64>) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        if let Some((x, _)) = drawing_x(&event, room) {
            on_seek.emit(window.time_at(x));
        }
    })
}

/// The wheel: with Ctrl (or a pinch, which browsers send as Ctrl + wheel) it zooms around
/// the pointer, as it does alone over the axis; sideways (or with Shift) it pans. Over the
/// lanes the plain wheel scrolls the lanes, as the page expects.
fn zoom_on_wheel(
    window: TimeWindow,
    room: f64,
    on_window: Callback<WindowChange>,
    over_axis: bool,
) -> Callback<WheelEvent> {
    Callback::from(move |event: WheelEvent| {
        // Lines and pages, as some browsers count, in pixels.
        let unit = match event.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (event.delta_x() * unit, event.delta_y() * unit);
        let Some((x, scale)) = drawing_x(&event, room) else {
            return;
        };
        let sideways = event.shift_key() || dx.abs() > dy.abs();
        let change = if sideways {
            let axis_pixels = (AXIS_RIGHT - AXIS_LEFT) * scale;
            let moved = if dx.abs() > dy.abs() { dx } else { dy };
            WindowChange::Pan(moved / axis_pixels)
        } else if event.ctrl_key() || event.meta_key() || over_axis {
            WindowChange::Zoom {
                factor: (-dy * 0.002).exp().clamp(0.5, 2.0),
                around: Some(window.time_at(x)),
            }
        } else {
            return;
        };
        event.prevent_default();
        on_window.emit(change);
    })
}

/// The rows in view: how far the lanes' drawing is scrolled up out of the scrolled area,
/// its height, and a lane's height, all in pixels. Nothing natively (no layout).
fn measured_rows(scroller: &NodeRef, lanes_drawing: &NodeRef, room: f64) -> Option<Range<usize>> {
    let scroller = scroller.cast::<web_sys::Element>()?;
    let drawing = lanes_drawing.cast::<web_sys::Element>()?;
    let area = scroller.get_bounding_client_rect();
    let lanes = drawing.get_bounding_client_rect();
    let scale = lanes.width() / (WIDTH + room);
    Some(visible_rows(
        area.top() - lanes.top(),
        f64::from(scroller.client_height()),
        LANE * scale,
    ))
}

/// A run compared by identity: the lanes are drawn again only for a new run, not at every
/// step (with a thousand tasks, redrawing them each frame is what made playback slow).
#[derive(Clone)]
pub struct RunRef(pub Rc<Run>);

impl PartialEq for RunRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct LanesProps {
    run: RunRef,
    window: TimeWindow,
    /// The rows to draw (those scrolled into view).
    rows: Range<usize>,
    /// How far left of 0 the labels start (see [`label_room`]).
    room: f64,
    show_internals: bool,
}

/// The grid and the lanes in view: what does not change while stepping through a run.
#[component]
fn Lanes(props: &LanesProps) -> Html {
    let run = &props.run.0;
    let window = props.window;
    let lanes = ShownLanes::new(&run.lanes, &run.learner_lanes, props.show_internals);
    let height = LANE * lanes.len() as f64 + BOTTOM;
    html! {
        <g class="lanes">
            { for window.ticks().iter().map(|&t| {
                let x = coordinate(window.x_of(t));
                html! { <line class="grid" x1={x.clone()} x2={x} y1="0" y2={coordinate(height)} /> }
            }) }
            { for lanes.rows(props.rows.clone()).map(|(row, lane)| lane_view(lane, row, window, props.room)) }
        </g>
    }
}

fn lane_view(lane: &Lane, row: usize, window: TimeWindow, room: f64) -> Html {
    let top = row as f64 * LANE;
    let summary = lane
        .markers
        .iter()
        .find(|m| m.kind != MarkerKind::Print)
        .map(|m| match m.kind {
            MarkerKind::Done => format!("done at t={}", readable_time(m.t)),
            MarkerKind::Failed => format!("failed at t={}", readable_time(m.t)),
            MarkerKind::Cancelled => format!("cancelled at t={}", readable_time(m.t)),
            MarkerKind::Print => String::new(),
        })
        .unwrap_or_else(|| "not finished".to_string());
    // Segments and markers are in time order: skip those before the window, stop after it.
    let first_segment = lane.segments.partition_point(|s| s.to_t < window.start);
    let segments = lane.segments[first_segment..]
        .iter()
        .take_while(|s| s.from_t <= window.end);
    let first_marker = lane.markers.partition_point(|m| m.t < window.start);
    let markers = lane.markers[first_marker..]
        .iter()
        .take_while(|m| m.t <= window.end);
    html! {
        <g class="lane" data-testid="timeline-lane" role="listitem"
            aria-label={format!("{} ({}): {summary}", lane.task, lane.coro)}>
            <rect class={classes!("lane-swatch", task_colour(row))} x={coordinate(-room)} y={(top + 6.0).to_string()}
                width="4" height={(LANE - 12.0).to_string()} />
            <text class="lane-label" data-testid="lane-label" x={coordinate(LABEL_LEFT - room)} y={(top + LANE * 0.65).to_string()}>
                <title>{ format!("{} ({})", lane.task, lane.coro) }</title>
                { lane_label(lane) }
            </text>
            { for drawn_segments(segments, window).into_iter().map(|drawn| {
                let class = format!("seg seg-{}", drawn.kind.name());
                let fill = match drawn.kind {
                    SegmentKind::Ready => "url(#lane-ready)",
                    SegmentKind::Sleeping => "url(#lane-sleeping)",
                    _ => "",
                };
                let title = match drawn.stands_for {
                    StandsFor::One(segment) => format!("{} {} from t={} to t={}{}", lane.task, segment.kind.name(),
                        readable_time(segment.from_t), readable_time(segment.to_t),
                        segment.on.as_deref().map(|on| format!(", on {on}")).unwrap_or_default()),
                    StandsFor::Many { count, from_t, to_t } => format!(
                        "{} {} {count} times between t={} and t={}, too close together to draw apart: zoom in (+) to see each",
                        lane.task, drawn.kind.name(), readable_time(from_t), readable_time(to_t)),
                };
                // Stretches drawn as one say how many they are, where the bar has room: at
                // its start, in view even where the lanes scroll sideways (a phone).
                let count = match drawn.stands_for {
                    StandsFor::Many { count, .. } => count_label(count, drawn.kind, drawn.width),
                    StandsFor::One(_) => None,
                };
                html! {
                    <>
                        <rect class={class} x={coordinate(drawn.x)} y={(top + 5.0).to_string()}
                            width={coordinate(drawn.width)} height={(LANE - 10.0).to_string()} fill={fill}>
                            <title>{ title }</title>
                        </rect>
                        if let Some(count) = count {
                            <text class="seg-count" data-testid="seg-count" aria-hidden="true"
                                x={coordinate(drawn.x + 5.0)} y={(top + LANE / 2.0 + 4.0).to_string()}>{ count }</text>
                        }
                    </>
                }
            }) }
            { for drawn_markers(markers, window).map(|marker| {
                let x = window.x_of(marker.t);
                let y = top + LANE / 2.0;
                let (symbol, class) = match marker.kind {
                    MarkerKind::Print => ("●", "marker print"),
                    MarkerKind::Done => ("✓", "marker done"),
                    MarkerKind::Failed => ("✗", "marker failed"),
                    MarkerKind::Cancelled => ("⊘", "marker cancelled"),
                };
                html! {
                    <text class={class} x={coordinate(x)} y={(y + 4.0).to_string()} text-anchor="middle">{ symbol }</text>
                }
            }) }
        </g>
    }
}

/// "750 × sleeping" (in the legend's words) for a rectangle standing for 750 stretches of
/// sleep, or "×750" where that does not fit in `width` units, or nothing.
fn count_label(count: usize, kind: SegmentKind, width: f64) -> Option<String> {
    // About 6.5 units a character at the label's size, and a margin each side.
    let fits = |label: &String| width >= label.chars().count() as f64 * 6.5 + 8.0;
    [format!("{count} × {}", kind.name()), format!("×{count}")]
        .into_iter()
        .find(fits)
}

/// The markers worth drawing of `markers` (in time order): prints at the same unit of the
/// axis look as one, so one is drawn (a program printing 20,000 lines would otherwise give
/// its lane 20,000 dots to lay out); a task's end is always drawn.
pub fn drawn_markers<'a>(
    markers: impl Iterator<Item = &'a Marker>,
    window: TimeWindow,
) -> impl Iterator<Item = &'a Marker> {
    let mut last_print_unit = None;
    markers.filter(move |marker| {
        if marker.kind != MarkerKind::Print {
            return true;
        }
        let unit = window.x_of(marker.t).round() as i64;
        let new_unit = last_print_unit != Some(unit);
        last_print_unit = Some(unit);
        new_unit
    })
}

/// More segments than this in a lane's window are drawn as what shows at each unit of the
/// axis (a pixel or so): thousands of slivers narrower than a pixel look the same, and
/// would cost the page thousands of elements to lay out and paint.
const DENSE_SEGMENTS: usize = 200;

/// What one rectangle of a lane stands for.
#[derive(Debug, PartialEq)]
pub enum StandsFor<'a> {
    One(&'a Segment),
    /// Several segments too close to tell apart at this zoom: the rectangle shows the kind
    /// of the last one drawn over each unit of the axis.
    Many {
        count: usize,
        from_t: f64,
        to_t: f64,
    },
}

/// One rectangle of a lane, in the drawing's coordinates.
#[derive(Debug, PartialEq)]
pub struct DrawnSegment<'a> {
    pub x: f64,
    pub width: f64,
    pub kind: SegmentKind,
    pub stands_for: StandsFor<'a>,
}

/// The rectangles drawing `segments` (in time order, those in `window`): one per segment
/// (cut to the axis, at least 3 units wide so that work at one instant still shows), or, past
/// [`DENSE_SEGMENTS`], one per run of axis units showing the same kind, where each unit shows
/// the last segment drawn over it, as the one-per-segment drawing would (to a unit).
pub fn drawn_segments<'a>(
    segments: impl Iterator<Item = &'a Segment>,
    window: TimeWindow,
) -> Vec<DrawnSegment<'a>> {
    let extent = |segment: &Segment| {
        let x = window.x_of(segment.from_t).max(AXIS_LEFT);
        let right = window.x_of(segment.to_t).min(AXIS_RIGHT);
        (x, (right - x).max(3.0))
    };
    let segments: Vec<&Segment> = segments.collect();
    if segments.len() <= DENSE_SEGMENTS {
        return segments
            .into_iter()
            .map(|segment| {
                let (x, width) = extent(segment);
                DrawnSegment {
                    x,
                    width,
                    kind: segment.kind,
                    stands_for: StandsFor::One(segment),
                }
            })
            .collect();
    }
    // Which segment shows at the middle of each unit of the axis (and of the 3 units a
    // sliver may reach past its right end): the last one drawn over it.
    let units = (AXIS_RIGHT - AXIS_LEFT) as usize + 3;
    let mut shown: Vec<Option<usize>> = vec![None; units];
    for (index, segment) in segments.iter().enumerate() {
        let (x, width) = extent(segment);
        let first = ((x - AXIS_LEFT - 0.5).ceil().max(0.0) as usize).min(units - 1);
        let end = (x + width - AXIS_LEFT - 0.5).floor().max(0.0) as usize + 1;
        shown[first..end.clamp(first + 1, units)].fill(Some(index));
    }
    let mut drawn: Vec<DrawnSegment<'a>> = Vec::new();
    let mut unit = 0;
    while unit < units {
        let Some(index) = shown[unit] else {
            unit += 1;
            continue;
        };
        let kind = segments[index].kind;
        let start = unit;
        let (mut first, mut last) = (index, index);
        let mut count = 0;
        let mut previous = None;
        while unit < units
            && let Some(here) = shown[unit]
            && segments[here].kind == kind
        {
            if previous != Some(here) {
                count += 1;
                first = first.min(here);
                last = last.max(here);
                previous = Some(here);
            }
            unit += 1;
        }
        let stands_for = match count {
            1 => StandsFor::One(segments[index]),
            _ => StandsFor::Many {
                count,
                from_t: segments[first].from_t,
                to_t: segments[last].to_t,
            },
        };
        drawn.push(DrawnSegment {
            x: AXIS_LEFT + start as f64,
            width: (unit - start) as f64,
            kind,
            stands_for,
        });
    }
    drawn
}

/// A coordinate of the drawing, to a tenth of a unit (a thousandth of its width is finer
/// than a pixel; more digits only make the page bigger).
fn coordinate(value: f64) -> String {
    let text = format!("{value:.1}");
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => text,
    }
}

/// Where a label starts, right of the lane's colour swatch (from the drawing's left edge).
const LABEL_LEFT: f64 = 8.0;
/// The width of one character of a label (12-pixel monospace: 0.6 em, and a little more).
const CHAR_WIDTH: f64 = 7.4;
/// The space between a label and the axis.
const LABEL_GAP: f64 = 10.0;
/// The longest label drawn whole; longer names (a coroutine's long qualified name) are cut,
/// with the whole in the label's tooltip.
const MAX_LABEL_CHARS: usize = 48;
/// The label column grows in steps of this many characters, so two runs whose longest
/// labels differ by a digit (`Task-9`, `Task-11`) line their axes up on the compare page.
const LABEL_CHARS_STEP: usize = 8;

/// `Task-4 (shutdown_asyncgens)`: the lane's label (the coroutine's name without its class;
/// the whole is in the label's tooltip and the lane's accessible label), cut only past
/// [`MAX_LABEL_CHARS`].
fn lane_label(lane: &Lane) -> String {
    let coro = lane.coro.rsplit('.').next().unwrap_or(&lane.coro);
    let label = format!("{} ({coro})", lane.task);
    if label.chars().count() > MAX_LABEL_CHARS {
        let cut: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        label
    }
}

/// How much wider than [`AXIS_LEFT`] the label column must be for the run's longest label:
/// the drawing reaches this far left of 0.
/// Room for the longest label of the lanes drawn (asyncio's own tasks have the longest
/// names; with its internals hidden they take no room).
fn label_room(run: &Run, show_internals: bool) -> f64 {
    let longest = run
        .lanes
        .iter()
        .filter(|lane| show_internals || !lane.internal)
        .map(|lane| lane_label(lane).chars().count())
        .max()
        .unwrap_or(0);
    label_room_for(longest)
}

fn label_room_for(chars: usize) -> f64 {
    let chars = chars.div_ceil(LABEL_CHARS_STEP) * LABEL_CHARS_STEP;
    (LABEL_LEFT + chars as f64 * CHAR_WIDTH + LABEL_GAP - AXIS_LEFT).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_column_fits_the_longest_label_and_lines_up_close_runs() {
        // Short labels fit the usual column.
        assert_eq!(label_room_for(16), 0.0);
        // `Task-10 (shutdown_asyncgens)`: 28 characters end before the axis.
        let room = label_room_for(28);
        assert!(LABEL_LEFT + 28.0 * CHAR_WIDTH <= AXIS_LEFT + room - LABEL_GAP);
        // A digit more in a task's number leaves the axis where it was.
        assert_eq!(label_room_for(34), label_room_for(35));
    }

    #[test]
    fn prints_at_one_unit_of_the_axis_are_one_dot_and_a_task_s_end_always_shows() {
        let marker = |kind, t| Marker {
            kind,
            t,
            position: 0,
        };
        // 20,000 prints over 10 s, 800 units of axis: at most a dot per unit.
        let mut markers: Vec<Marker> = (0..20_000)
            .map(|n| marker(MarkerKind::Print, n as f64 / 2000.0))
            .collect();
        markers.push(marker(MarkerKind::Done, 10.0));
        let window = TimeWindow::full(10.0);
        let drawn: Vec<&Marker> = drawn_markers(markers.iter(), window).collect();
        assert!((790..=802).contains(&drawn.len()), "{} drawn", drawn.len());
        assert_eq!(drawn.last().map(|m| m.kind), Some(MarkerKind::Done));
        // Each unit that had a print still has one.
        let units = |ms: &[&Marker]| -> std::collections::BTreeSet<i64> {
            ms.iter().map(|m| window.x_of(m.t).round() as i64).collect()
        };
        let all: Vec<&Marker> = markers.iter().collect();
        assert_eq!(units(&drawn), units(&all));
        // Zoomed in, each print is its own dot.
        let zoomed = TimeWindow {
            start: 1.0,
            end: 1.05,
        };
        let near = markers.iter().filter(|m| (1.0..=1.05).contains(&m.t));
        assert_eq!(drawn_markers(near.clone(), zoomed).count(), near.count());
    }

    #[test]
    fn a_merged_bar_says_how_many_stretches_it_stands_for_where_it_has_room() {
        let sleeping = SegmentKind::Sleeping;
        assert_eq!(
            count_label(750, sleeping, 200.0).as_deref(),
            Some("750 × sleeping")
        );
        assert_eq!(count_label(750, sleeping, 50.0).as_deref(), Some("×750"));
        assert_eq!(count_label(750, sleeping, 30.0), None);
        assert_eq!(count_label(12, sleeping, 30.0).as_deref(), Some("×12"));
    }
}

/// The browser window's resize events, listened for while the timeline is shown. Natively
/// (server-side rendering) there is no window.
mod resize {
    #[cfg(target_arch = "wasm32")]
    pub struct Listener(wasm_bindgen::closure::Closure<dyn FnMut()>);

    #[cfg(target_arch = "wasm32")]
    impl Drop for Listener {
        fn drop(&mut self) {
            use wasm_bindgen::JsCast;
            if let Some(window) = web_sys::window() {
                let _ = window
                    .remove_event_listener_with_callback("resize", self.0.as_ref().unchecked_ref());
            }
        }
    }

    #[cfg(target_arch = "wasm32")]
    pub fn listen(on_resize: impl Fn() + 'static) -> Option<Listener> {
        use wasm_bindgen::JsCast;
        let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(on_resize);
        web_sys::window()?
            .add_event_listener_with_callback("resize", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Listener(closure))
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub struct Listener;

    #[cfg(not(target_arch = "wasm32"))]
    pub fn listen(_on_resize: impl Fn() + 'static) -> Option<Listener> {
        None
    }
}
