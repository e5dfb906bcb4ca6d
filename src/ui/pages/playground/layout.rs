//! How the playground's screen is divided: the share of each split (the code and the
//! console beside the loop, the code above the console, all of them above the timeline) and
//! the panes folded away. A value kept across visits as a short text; the page's effects load and save it.

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
    /// The left column's width (the code and the console) beside the event loop.
    Columns,
    /// The code's height above the console, in the left column.
    Output,
    /// The height of the panes above the timeline.
    Rows,
}

impl Split {
    pub const ALL: [Split; 3] = [Split::Columns, Split::Output, Split::Rows];

    pub fn key(self) -> &'static str {
        match self {
            Split::Columns => "columns",
            Split::Output => "output",
            Split::Rows => "rows",
        }
    }

    /// The panes on either side.
    pub fn sides(self) -> (&'static [PaneId], &'static [PaneId]) {
        match self {
            Split::Columns => (&[PaneId::Code, PaneId::Console], &[PaneId::Loop]),
            Split::Output => (&[PaneId::Code], &[PaneId::Console]),
            Split::Rows => (
                &[PaneId::Code, PaneId::Console, PaneId::Loop],
                &[PaneId::Timeline],
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
    /// The left column's share of the width, in percent.
    pub columns: u8,
    /// The code's share of the left column's height.
    pub output: u8,
    /// The share of the height above the timeline.
    pub rows: u8,
    pub collapsed: BTreeSet<PaneId>,
}

impl Default for Layout {
    fn default() -> Layout {
        Layout {
            columns: 55,
            output: 68,
            rows: 62,
            collapsed: BTreeSet::new(),
        }
    }
}

impl Layout {
    pub fn share(&self, split: Split) -> u8 {
        match split {
            Split::Columns => self.columns,
            Split::Output => self.output,
            Split::Rows => self.rows,
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
            Split::Output => next.output = share,
            Split::Rows => next.rows = share,
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
    pub fn side_folded(&self, side: &[PaneId]) -> bool {
        side.iter().all(|pane| self.is_collapsed(*pane))
    }

    /// Whether a split can be moved: something is open on both of its sides.
    pub fn movable(&self, split: Split) -> bool {
        let (before, after) = split.sides();
        !self.side_folded(before) && !self.side_folded(after)
    }

    /// `columns=55;output=68;rows=62;collapsed=code,console`: what is kept.
    pub fn to_text(&self) -> String {
        let collapsed: Vec<&str> = self.collapsed.iter().map(|pane| pane.key()).collect();
        format!(
            "columns={};output={};rows={};collapsed={}",
            self.columns,
            self.output,
            self.rows,
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
            "columns=40;output=68;rows=70;collapsed=code,console"
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
        let layout = Layout::from_text("columns=2;rows=99;output=x;collapsed=loop,nowhere");
        assert_eq!((layout.columns, layout.rows), (MIN_SHARE, MAX_SHARE));
        assert_eq!(layout.output, Layout::default().output);
        assert_eq!(layout.collapsed, BTreeSet::from([PaneId::Loop]));
    }

    #[test]
    fn toggling_folds_and_opens_and_a_split_moves_only_between_open_panes() {
        let folded = Layout::default().toggled(PaneId::Loop);
        assert!(folded.is_collapsed(PaneId::Loop));
        assert!(!folded.movable(Split::Columns));
        assert!(
            folded.movable(Split::Rows),
            "the code is still open above the timeline"
        );
        assert!(!folded.toggled(PaneId::Loop).is_collapsed(PaneId::Loop));
        let left_folded = Layout::default()
            .toggled(PaneId::Code)
            .toggled(PaneId::Console);
        assert!(!left_folded.movable(Split::Columns));
        assert!(!left_folded.movable(Split::Output));
        assert!(left_folded.movable(Split::Rows), "the loop is still open");
    }
}
