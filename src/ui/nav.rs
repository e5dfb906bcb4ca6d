//! The header's links between pages.

use yew::prelude::*;
use yew_router::prelude::*;

use super::Route;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    /// The page shown now; its link is marked `aria-current="page"`.
    pub current: Route,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A link to a page of the app. A plain click changes page without reloading; a click with a
/// modifier key is left to the browser (open in a new tab, and so on).
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let to = props.to.clone();
    let onclick = {
        let to = to.clone();
        Callback::from(move |event: MouseEvent| {
            let modified =
                event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
            if let (false, Some(navigator)) = (modified, &navigator) {
                event.prevent_default();
                navigator.push(&to);
            }
        })
    };
    let is_current = props.current.section() == props.to;
    html! {
        <a
            href={to.href()}
            class={props.class.clone()}
            aria-current={is_current.then_some("page")}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}

/// The site navigation: one link per section.
#[component]
pub fn SectionNav(props: &CurrentRouteProps) -> Html {
    html! {
        <nav class="site-nav" aria-label="Sections">
            <ul>
                { for Route::SECTIONS.iter().map(|section| html! {
                    <li key={section.title()}>
                        <NavLink to={section.clone()} current={props.current.clone()}>{ section.title() }</NavLink>
                    </li>
                }) }
            </ul>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct CurrentRouteProps {
    pub current: Route,
}
