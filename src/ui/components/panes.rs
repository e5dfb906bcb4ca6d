//! The parts of a screen divided into panes: a pane (a header with its title, a button that
//! folds it away, and a body that scrolls inside itself), and the line between two panes,
//! which the learner drags or moves with the arrow keys. Neither keeps any state: the page
//! says how big and whether folded, and hears what the learner asks for.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PaneProps {
    /// The pane's name in test hooks: `pane-{key}`, `pane-toggle-{key}`.
    pub key_name: AttrValue,
    pub title: AttrValue,
    #[prop_or(true)]
    pub expanded: bool,
    /// Folds or opens the pane; a pane without one always stays open.
    #[prop_or_default]
    pub on_toggle: Option<Callback<()>>,
    /// More in the header, after the title (a switch, a count).
    #[prop_or_default]
    pub actions: Html,
    #[prop_or_default]
    pub class: Classes,
    /// The flex share of the row or column the pane is in (None: as big as its content).
    #[prop_or_default]
    pub share: Option<u8>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Pane(props: &PaneProps) -> Html {
    let key = &props.key_name;
    let body_id = format!("pane-body-{key}");
    let style = match (props.expanded, props.share) {
        (true, Some(share)) => format!("flex: {share} 1 0"),
        _ => String::new(),
    };
    html! {
        <section class={classes!("pane", format!("pane-{key}"), (!props.expanded).then_some("is-collapsed"), props.class.clone())}
            aria-label={props.title.clone()} data-testid={format!("pane-{key}")} style={style}>
            <header class="pane-header">
                if let Some(on_toggle) = &props.on_toggle {
                    <button class="pane-toggle" data-testid={format!("pane-toggle-{key}")}
                        aria-expanded={props.expanded.to_string()} aria-controls={body_id.clone()}
                        title={if props.expanded { format!("Fold the {} away", props.title.to_lowercase()) }
                            else { format!("Show the {}", props.title.to_lowercase()) }}
                        onclick={on_toggle.reform(|_: MouseEvent| ())}>
                        <span class="pane-toggle-mark" aria-hidden="true">{ if props.expanded { "▾" } else { "▸" } }</span>
                        <h2>{ props.title.clone() }</h2>
                    </button>
                } else {
                    <h2>{ props.title.clone() }</h2>
                }
                { props.actions.clone() }
            </header>
            <div class="pane-body" id={body_id} hidden={!props.expanded}>
                { props.children.clone() }
            </div>
        </section>
    }
}

/// Which way the line between two panes runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    /// A vertical line between a left and a right pane: it moves sideways.
    Vertical,
    /// A horizontal line between a top and a bottom pane: it moves up and down.
    Horizontal,
}

#[derive(Properties, PartialEq, Clone)]
pub struct SplitterProps {
    pub testid: AttrValue,
    /// What it divides, for screen readers: "Resize the code and the event loop".
    pub label: AttrValue,
    pub orientation: Orientation,
    /// The first pane's share, in percent.
    pub value: u8,
    pub min: u8,
    pub max: u8,
    /// How far one arrow key moves it.
    pub step: u8,
    /// Called with the share asked for, in percent (the page keeps it within its limits).
    pub on_change: Callback<f64>,
}

/// The share a key asks for, if the key moves a splitter.
pub fn share_for_key(key: &str, props: &SplitterProps) -> Option<f64> {
    let (value, step) = (f64::from(props.value), f64::from(props.step));
    Some(match key {
        "ArrowLeft" | "ArrowUp" => value - step,
        "ArrowRight" | "ArrowDown" => value + step,
        "PageUp" => value - 2.0 * step,
        "PageDown" => value + 2.0 * step,
        "Home" => f64::from(props.min),
        "End" => f64::from(props.max),
        _ => return None,
    })
}

/// The line between two panes: a focusable separator that arrow keys move and the pointer
/// drags (measured against the element that holds both panes).
#[component]
pub fn Splitter(props: &SplitterProps) -> Html {
    let dragging = use_state_eq(|| false);
    let onkeydown = {
        let (on_change, props_keyed) = (props.on_change.clone(), props.clone());
        Callback::from(move |event: KeyboardEvent| {
            if let Some(share) = share_for_key(&event.key(), &props_keyed) {
                // The arrows also step the run, page-wide: not while they move a splitter.
                event.prevent_default();
                event.stop_propagation();
                on_change.emit(share);
            }
        })
    };
    let onpointerdown = {
        let dragging = dragging.clone();
        Callback::from(move |event: PointerEvent| {
            if let Some(element) = event.target_dyn_into::<web_sys::Element>() {
                // Keeps the drag when the pointer runs ahead of the line.
                let _ = element.set_pointer_capture(event.pointer_id());
            }
            event.prevent_default();
            dragging.set(true);
        })
    };
    let onpointermove = {
        let (dragging, on_change, orientation) =
            (dragging.clone(), props.on_change.clone(), props.orientation);
        Callback::from(move |event: PointerEvent| {
            if *dragging && let Some(share) = pointer_share(&event, orientation) {
                on_change.emit(share);
            }
        })
    };
    let onpointerup = {
        let dragging = dragging.clone();
        Callback::from(move |_: PointerEvent| dragging.set(false))
    };
    let aria_orientation = match props.orientation {
        Orientation::Vertical => "vertical",
        Orientation::Horizontal => "horizontal",
    };
    html! {
        <div class={classes!("splitter", format!("splitter-{aria_orientation}"), dragging.then_some("is-dragging"))}
            role="separator" tabindex="0" data-testid={props.testid.clone()}
            aria-label={props.label.clone()} aria-orientation={aria_orientation}
            aria-valuenow={props.value.to_string()} aria-valuemin={props.min.to_string()}
            aria-valuemax={props.max.to_string()}
            title="Drag, or focus and use the arrow keys, to resize"
            onkeydown={onkeydown} onpointerdown={onpointerdown} onpointermove={onpointermove}
            onpointerup={onpointerup.clone()} onpointercancel={onpointerup} />
    }
}

/// Where the pointer is across the element holding the splitter and its two panes, in
/// percent of its width (or height).
fn pointer_share(event: &PointerEvent, orientation: Orientation) -> Option<f64> {
    let splitter = event.target_dyn_into::<web_sys::Element>()?;
    let bounds = splitter.parent_element()?.get_bounding_client_rect();
    let (at, start, size) = match orientation {
        Orientation::Vertical => (event.client_x(), bounds.left(), bounds.width()),
        Orientation::Horizontal => (event.client_y(), bounds.top(), bounds.height()),
    };
    (size > 0.0).then(|| (f64::from(at) - start) / size * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splitter(value: u8) -> SplitterProps {
        SplitterProps {
            testid: "s".into(),
            label: "s".into(),
            orientation: Orientation::Vertical,
            value,
            min: 15,
            max: 85,
            step: 5,
            on_change: Callback::noop(),
        }
    }

    #[test]
    fn keys_move_a_splitter_by_steps_and_to_its_ends() {
        let props = splitter(50);
        assert_eq!(share_for_key("ArrowLeft", &props), Some(45.0));
        assert_eq!(share_for_key("ArrowDown", &props), Some(55.0));
        assert_eq!(share_for_key("PageUp", &props), Some(40.0));
        assert_eq!(share_for_key("Home", &props), Some(15.0));
        assert_eq!(share_for_key("End", &props), Some(85.0));
        assert_eq!(share_for_key("a", &props), None);
    }
}
