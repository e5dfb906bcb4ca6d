//! The timeline: one lane per task over virtual time, states told apart by pattern as well as
//! colour, markers for prints and endings, and a cursor at the current moment. A click jumps
//! to that moment.

use web_sys::wasm_bindgen::JsCast;
use yew::prelude::*;

use super::lanes::{Lane, MarkerKind, SegmentKind};
use std::rc::Rc;

use super::state::Run;
use crate::runtime::format::float_repr;

/// The drawing's coordinates: labels on the left, the time axis to the right.
const WIDTH: f64 = 1000.0;
const LABEL: f64 = 190.0;
const LANE: f64 = 26.0;
const AXIS: f64 = 22.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub run: Option<RunRef>,
    /// The virtual time of the moment shown (where the cursor is).
    pub now: f64,
    /// Called with the virtual time that was clicked.
    pub on_seek: Callback<f64>,
    /// Where the time axis ends, if not at the run's end: the compare page draws two runs
    /// on one scale.
    #[prop_or_default]
    pub axis_end: Option<f64>,
}

fn x_of(t: f64, end_t: f64) -> f64 {
    if end_t <= 0.0 {
        LABEL
    } else {
        LABEL + (t / end_t) * (WIDTH - LABEL - 10.0)
    }
}

#[component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let Some(RunRef(run)) = &props.run else {
        return html! { <p class="hint">{ "Run the program to draw each task's life." }</p> };
    };
    let end_t = props.axis_end.map_or(run.end_t, |end| end.max(run.end_t));
    let height = AXIS + LANE * run.lanes.len() as f64 + 6.0;
    let onclick = {
        let on_seek = props.on_seek.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(svg) = event
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let bounds = svg.get_bounding_client_rect();
            if bounds.width() <= 0.0 || end_t <= 0.0 {
                return;
            }
            let x = (f64::from(event.client_x()) - bounds.left()) * WIDTH / bounds.width();
            let t = ((x - LABEL) / (WIDTH - LABEL - 10.0) * end_t).clamp(0.0, end_t);
            on_seek.emit(t);
        })
    };
    html! {
        <>
            <div class="timeline-scroll">
            <svg class="timeline" data-testid="timeline" role="list"
                aria-label={format!("Timeline of {} tasks over {} seconds of virtual time", run.lanes.len(), float_repr(end_t))}
                viewBox={format!("0 0 {WIDTH} {height}")} onclick={onclick}>
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
                <Lanes run={RunRef(run.clone())} {end_t} />
                <line class="cursor" data-testid="timeline-cursor"
                    x1={x_of(props.now, end_t).to_string()} x2={x_of(props.now, end_t).to_string()}
                    y1="14" y2={height.to_string()} />
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
    end_t: f64,
}

/// The axis and every lane: what does not change while moving through a run.
#[component]
fn Lanes(props: &LanesProps) -> Html {
    let run = &props.run.0;
    let end_t = props.end_t;
    let height = AXIS + LANE * run.lanes.len() as f64 + 6.0;
    let ticks = axis_ticks(end_t);
    html! {
        <g class="lanes">
            { for ticks.iter().map(|&t| html! {
                <g class="tick">
                    <line x1={x_of(t, end_t).to_string()} x2={x_of(t, end_t).to_string()} y1="14" y2={height.to_string()} />
                    <text x={x_of(t, end_t).to_string()} y="11"
                        text-anchor={if x_of(t, end_t) > WIDTH - 40.0 { "end" } else { "start" }}>
                        { format!("{}s", float_repr(t)) }
                    </text>
                </g>
            }) }
            { for run.lanes.iter().enumerate().map(|(row, lane)| lane_view(lane, row, end_t)) }
        </g>
    }
}

fn lane_view(lane: &Lane, row: usize, end_t: f64) -> Html {
    let top = AXIS + row as f64 * LANE;
    let summary = lane
        .markers
        .iter()
        .find(|m| m.kind != MarkerKind::Print)
        .map(|m| match m.kind {
            MarkerKind::Done => format!("done at t={}", float_repr(m.t)),
            MarkerKind::Failed => format!("failed at t={}", float_repr(m.t)),
            MarkerKind::Cancelled => format!("cancelled at t={}", float_repr(m.t)),
            MarkerKind::Print => String::new(),
        })
        .unwrap_or_else(|| "not finished".to_string());
    html! {
        <g class="lane" data-testid="timeline-lane" role="listitem"
            aria-label={format!("{} ({}): {summary}", lane.task, lane.coro)}>
            <rect class={classes!("lane-swatch", super::task_colour(row))} x="0" y={(top + 6.0).to_string()}
                width="4" height={(LANE - 12.0).to_string()} />
            <text class="lane-label" x="8" y={(top + LANE * 0.65).to_string()}>
                { short_label(lane) }
            </text>
            { for lane.segments.iter().map(|segment| {
                let x = x_of(segment.from_t, end_t);
                // Work at one instant of virtual time still gets a visible sliver.
                let width = (x_of(segment.to_t, end_t) - x).max(3.0);
                let class = format!("seg seg-{}", segment.kind.name());
                let fill = match segment.kind {
                    SegmentKind::Ready => "url(#lane-ready)",
                    SegmentKind::Sleeping => "url(#lane-sleeping)",
                    _ => "",
                };
                html! {
                    <rect class={class} x={x.to_string()} y={(top + 5.0).to_string()}
                        width={width.to_string()} height={(LANE - 10.0).to_string()} fill={fill}>
                        <title>{ format!("{} {} from t={} to t={}{}", lane.task, segment.kind.name(),
                            float_repr(segment.from_t), float_repr(segment.to_t),
                            segment.on.as_deref().map(|on| format!(", on {on}")).unwrap_or_default()) }</title>
                    </rect>
                }
            }) }
            { for lane.markers.iter().map(|marker| {
                let x = x_of(marker.t, end_t);
                let y = top + LANE / 2.0;
                let (symbol, class) = match marker.kind {
                    MarkerKind::Print => ("●", "marker print"),
                    MarkerKind::Done => ("✓", "marker done"),
                    MarkerKind::Failed => ("✗", "marker failed"),
                    MarkerKind::Cancelled => ("⊘", "marker cancelled"),
                };
                html! {
                    <text class={class} x={x.to_string()} y={(y + 4.0).to_string()} text-anchor="middle">{ symbol }</text>
                }
            }) }
        </g>
    }
}

/// `Task-4 (shutdown_asyncgens)`: the lane's label, short enough for the label column (the
/// full name is in the lane's accessible label and in each segment's tooltip).
fn short_label(lane: &Lane) -> String {
    let coro = lane.coro.rsplit('.').next().unwrap_or(&lane.coro);
    let label = format!("{} ({coro})", lane.task);
    if label.chars().count() > 26 {
        let cut: String = label.chars().take(25).collect();
        format!("{cut}…")
    } else {
        label
    }
}

/// Up to about eight round ticks from 0 to `end`.
fn axis_ticks(end: f64) -> Vec<f64> {
    if end <= 0.0 {
        return vec![0.0];
    }
    let raw = end / 8.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw)
        .unwrap_or(magnitude * 10.0);
    (0..)
        .map(|i| i as f64 * step)
        .take_while(|&t| t <= end + step * 1e-9)
        .map(|t| (t / step).round() * step)
        .collect()
}
