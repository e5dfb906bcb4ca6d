//! The header's links between pages.

use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use super::{Route, query};

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    /// The page shown now; its link is marked `aria-current="page"`.
    pub current: Route,
    #[prop_or_default]
    pub class: Classes,
    /// A query after the path (see [`super::query`]): what the page opened should show.
    #[prop_or_default]
    pub query: AttrValue,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    pub children: Html,
}

/// A link to a page of the app. A plain click changes page without reloading; a click with a
/// modifier key is left to the browser (open in a new tab, and so on).
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let to = props.to.clone();
    let onclick = {
        let (to, query) = (to.clone(), props.query.clone());
        Callback::from(move |event: MouseEvent| {
            let modified =
                event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
            if let (false, Some(navigator)) = (modified, &navigator) {
                event.prevent_default();
                match query.as_str() {
                    "" => navigator.push(&to),
                    query => {
                        let Ok(()) = navigator.push_with_query(&to, Raw(query));
                    }
                }
                // A new page opens at its top, as a followed link does; the browser's Back
                // (not a link) keeps restoring where the learner was.
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        })
    };
    let is_current = props.current.section() == props.to;
    html! {
        <a
            href={query::href(&to.href(), &props.query)}
            data-testid={props.testid.clone()}
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
