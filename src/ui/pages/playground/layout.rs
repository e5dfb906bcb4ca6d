//! How the playground's screen is divided: the share of each split (code beside the loop,
//! the top row above the bottom one, the timeline beside the console) and the panes folded
//! away. A value kept across visits as a short text; the page's effects load and save it.

use std::collections::BTreeSet;

/// Where the learner's layout is kept between visits.
pub const STORAGE_KEY: &str = "looplab.playground.layout";

/// The panes that fold away (the controls never do: they are how one moves through a run).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PaneId {
    Code,
    Loop,
    Timeline,
    Console,
}

impl PaneId {
    pub const ALL: [PaneId; 4] = [
        PaneId::Code,
        PaneId::Loop,
        PaneId::Timeline,
        PaneId::Console,
    ];

    /// The name in test hooks and in the kept text.
    pub fn key(self) -> &'static str {
        match self {
            PaneId::Code => "code",
            PaneId::Loop => "loop",
            PaneId::Timeline => "timeline",
            PaneId::Console => "console",
        }
    }

    fn from_key(key: &str) -> Option<PaneId> {
        PaneId::ALL.into_iter().find(|pane| pane.key() == key)
    }
}

/// A line between two areas that the learner moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// The code's width beside the event loop.
    Columns,
    /// The top row's height above the timeline and the console.
    Rows,
    /// The timeline's width beside the console.
    Bottom,
}

impl Split {
    pub const ALL: [Split; 3] = [Split::Columns, Split::Rows, Split::Bottom];

    pub fn key(self) -> &'static str {
        match self {
            Split::Columns => "columns",
            Split::Rows => "rows",
            Split::Bottom => "bottom",
        }
    }

    /// The panes on either side (for a row split: the first pane of each row).
    pub fn sides(self) -> ([PaneId; 2], [PaneId; 2]) {
        match self {
            Split::Columns => ([PaneId::Code, PaneId::Code], [PaneId::Loop, PaneId::Loop]),
            Split::Rows => (
                [PaneId::Code, PaneId::Loop],
                [PaneId::Timeline, PaneId::Console],
            ),
            Split::Bottom => (
                [PaneId::Timeline, PaneId::Timeline],
                [PaneId::Console, PaneId::Console],
            ),
        }
    }
}

/// The narrowest share either side of a split keeps, in percent: a pane squeezed further
/// shows nothing useful (folding it is the way to hide it).
pub const MIN_SHARE: u8 = 15;
pub const MAX_SHARE: u8 = 100 - MIN_SHARE;
/// How far one arrow key moves a split, in percent (Page Up and Down move twice as far).
pub const KEY_STEP: u8 = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The code pane's share of the top row's width, in percent.
    pub columns: u8,
    /// The top row's share of the height.
    pub rows: u8,
    /// The timeline's share of the bottom row's width.
    pub bottom: u8,
    pub collapsed: BTreeSet<PaneId>,
}

impl Default for Layout {
    fn default() -> Layout {
        Layout {
            columns: 55,
            rows: 55,
            bottom: 62,
            collapsed: BTreeSet::new(),
        }
    }
}

impl Layout {
    pub fn share(&self, split: Split) -> u8 {
        match split {
            Split::Columns => self.columns,
            Split::Rows => self.rows,
            Split::Bottom => self.bottom,
        }
    }

    /// The same with a split moved to `percent` (kept within the limits).
    pub fn resized(&self, split: Split, percent: f64) -> Layout {
        let share = percent
            .round()
            .clamp(f64::from(MIN_SHARE), f64::from(MAX_SHARE)) as u8;
        let mut next = self.clone();
        match split {
            Split::Columns => next.columns = share,
            Split::Rows => next.rows = share,
            Split::Bottom => next.bottom = share,
        }
        next
    }

    /// The same with `pane` folded if it was open, opened if it was folded.
    pub fn toggled(&self, pane: PaneId) -> Layout {
        let mut next = self.clone();
        if !next.collapsed.remove(&pane) {
            next.collapsed.insert(pane);
        }
        next
    }

    pub fn is_collapsed(&self, pane: PaneId) -> bool {
        self.collapsed.contains(&pane)
    }

    /// Whether every pane on one side of `split` is folded (then the split has nothing to
    /// move, and the other side takes the room).
    pub fn side_folded(&self, side: [PaneId; 2]) -> bool {
        side.iter().all(|pane| self.is_collapsed(*pane))
    }

    /// Whether a split can be moved: something is open on both of its sides.
    pub fn movable(&self, split: Split) -> bool {
        let (before, after) = split.sides();
        !self.side_folded(before) && !self.side_folded(after)
    }

    /// `columns=55;rows=55;bottom=62;collapsed=code,console`: what is kept.
    pub fn to_text(&self) -> String {
        let collapsed: Vec<&str> = self.collapsed.iter().map(|pane| pane.key()).collect();
        format!(
            "columns={};rows={};bottom={};collapsed={}",
            self.columns,
            self.rows,
            self.bottom,
            collapsed.join(",")
        )
    }

    /// A kept layout; what it does not say (or says wrongly) stays as by default, so an old or
    /// damaged entry never breaks the page.
    pub fn from_text(text: &str) -> Layout {
        let mut layout = Layout::default();
        for (key, value) in text.split(';').filter_map(|part| part.split_once('=')) {
            if key == "collapsed" {
                layout.collapsed = value.split(',').filter_map(PaneId::from_key).collect();
            } else if let Some(split) = Split::ALL.into_iter().find(|split| split.key() == key)
                && let Ok(percent) = value.parse::<f64>()
            {
                layout = layout.resized(split, percent);
            }
        }
        layout
    }
}

/// What the learner does to the layout (or the page, bringing back the kept one).
pub enum LayoutAction {
    Resize(Split, f64),
    Toggle(PaneId),
    Restore(Layout),
}

impl yew::Reducible for Layout {
    type Action = LayoutAction;

    fn reduce(self: std::rc::Rc<Self>, action: LayoutAction) -> std::rc::Rc<Self> {
        std::rc::Rc::new(match action {
            LayoutAction::Resize(split, percent) => self.resized(split, percent),
            LayoutAction::Toggle(pane) => self.toggled(pane),
            LayoutAction::Restore(layout) => layout,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_layout_survives_being_kept() {
        let layout = Layout::default()
            .resized(Split::Columns, 40.4)
            .resized(Split::Rows, 70.0)
            .toggled(PaneId::Console)
            .toggled(PaneId::Code);
        assert_eq!(
            layout.to_text(),
            "columns=40;rows=70;bottom=62;collapsed=code,console"
        );
        assert_eq!(Layout::from_text(&layout.to_text()), layout);
        assert_eq!(
            Layout::from_text(&Layout::default().to_text()),
            Layout::default()
        );
    }

    #[test]
    fn damaged_or_extreme_entries_fall_back_within_limits() {
        assert_eq!(Layout::from_text("nonsense"), Layout::default());
        let layout = Layout::from_text("columns=2;rows=99;bottom=x;collapsed=loop,nowhere");
        assert_eq!((layout.columns, layout.rows), (MIN_SHARE, MAX_SHARE));
        assert_eq!(layout.bottom, Layout::default().bottom);
        assert_eq!(layout.collapsed, BTreeSet::from([PaneId::Loop]));
    }

    #[test]
    fn toggling_folds_and_opens_and_a_split_moves_only_between_open_panes() {
        let folded = Layout::default().toggled(PaneId::Loop);
        assert!(folded.is_collapsed(PaneId::Loop));
        assert!(!folded.movable(Split::Columns));
        assert!(
            folded.movable(Split::Rows),
            "the code is still open in the top row"
        );
        assert!(!folded.toggled(PaneId::Loop).is_collapsed(PaneId::Loop));
        let bottom_folded = Layout::default()
            .toggled(PaneId::Timeline)
            .toggled(PaneId::Console);
        assert!(!bottom_folded.movable(Split::Rows));
    }
}
