//! What part of the timeline is on screen: the window of virtual time drawn across the axis
//! (zoomed and panned by the learner, following the cursor), and the rows of lanes inside
//! the scrolled area. Pure arithmetic, so it is tested natively; the timeline view only
//! measures the page and draws.

use std::ops::Range;

/// Where the time axis is in the drawing's coordinates (the labels are on its left).
pub const AXIS_LEFT: f64 = 190.0;
pub const AXIS_RIGHT: f64 = 990.0;

/// How much one press of zoom in (or out) magnifies.
pub const ZOOM_STEP: f64 = 2.0;
/// How much of the window one press of a pan button moves it by.
pub const PAN_STEP: f64 = 0.5;
/// The narrowest window, as a part of the run: beyond this no event is told apart.
const MIN_SPAN_OF_RUN: f64 = 1e-4;
/// When the cursor leaves the window, the new window puts it this far in (as a part of the
/// window), so that playback has room to move before the window turns again.
const FOLLOW_LEAD: f64 = 0.1;

/// The stretch of virtual time the axis shows, within `[0, end_t]` of the run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeWindow {
    pub start: f64,
    pub end: f64,
}

/// A change the learner asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WindowChange {
    /// Magnify by `factor` (below 1 zooms out), keeping the time `around` where it is on
    /// screen (the middle of the window if none: the buttons).
    Zoom { factor: f64, around: Option<f64> },
    /// Move by this part of the window's width (negative: to earlier times).
    Pan(f64),
    /// The whole run.
    Fit,
}

impl TimeWindow {
    /// The whole run.
    pub fn full(end_t: f64) -> TimeWindow {
        TimeWindow {
            start: 0.0,
            end: end_t.max(0.0),
        }
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    pub fn is_full(&self, end_t: f64) -> bool {
        self.start <= 0.0 && self.end >= end_t
    }

    /// Whether zooming in further would still narrow the window.
    pub fn can_zoom_in(&self, end_t: f64) -> bool {
        self.span() > min_span(end_t) * (1.0 + 1e-9)
    }

    pub fn contains(&self, t: f64) -> bool {
        self.start <= t && t <= self.end
    }

    /// The window after a change, always inside the run and no narrower than the minimum.
    pub fn changed(self, change: WindowChange, end_t: f64) -> TimeWindow {
        match change {
            WindowChange::Zoom { factor, around } => self.zoomed(
                factor,
                around.unwrap_or((self.start + self.end) / 2.0),
                end_t,
            ),
            WindowChange::Pan(part) => self.shifted(part * self.span(), end_t),
            WindowChange::Fit => TimeWindow::full(end_t),
        }
    }

    /// Magnified by `factor` around the time `around`, which stays at the same place.
    pub fn zoomed(self, factor: f64, around: f64, end_t: f64) -> TimeWindow {
        if end_t <= 0.0 || !factor.is_finite() || factor <= 0.0 {
            return TimeWindow::full(end_t);
        }
        let span = (self.span() / factor).clamp(min_span(end_t), end_t);
        let around = around.clamp(self.start, self.end);
        let place = if self.span() > 0.0 {
            (around - self.start) / self.span()
        } else {
            0.5
        };
        let start = around - place * span;
        TimeWindow {
            start,
            end: start + span,
        }
        .clamped(end_t)
    }

    /// Moved by `by` seconds, stopping at the run's ends.
    pub fn shifted(self, by: f64, end_t: f64) -> TimeWindow {
        TimeWindow {
            start: self.start + by,
            end: self.end + by,
        }
        .clamped(end_t)
    }

    /// Inside `[0, end_t]`, keeping its width (unless wider than the run).
    pub fn clamped(self, end_t: f64) -> TimeWindow {
        let span = self
            .span()
            .clamp(min_span(end_t).min(end_t), end_t.max(0.0));
        if span >= end_t {
            return TimeWindow::full(end_t);
        }
        let start = self.start.clamp(0.0, end_t - span);
        TimeWindow {
            start,
            end: start + span,
        }
    }

    /// The window that shows the time `t`: this one if it does, else one as wide that has
    /// turned the page towards `t` (leaving it a little inside the edge it entered by).
    pub fn following(self, t: f64, end_t: f64) -> TimeWindow {
        if self.contains(t) {
            return self;
        }
        let span = self.span();
        let start = if t > self.end {
            t - FOLLOW_LEAD * span
        } else {
            t - (1.0 - FOLLOW_LEAD) * span
        };
        TimeWindow {
            start,
            end: start + span,
        }
        .clamped(end_t)
    }

    /// The x of a time in the drawing (outside the axis for times outside the window).
    pub fn x_of(&self, t: f64) -> f64 {
        if self.span() <= 0.0 {
            return AXIS_LEFT;
        }
        AXIS_LEFT + (t - self.start) / self.span() * (AXIS_RIGHT - AXIS_LEFT)
    }

    /// The time at an x of the drawing, within the window (a click on the labels is its
    /// start).
    pub fn time_at(&self, x: f64) -> f64 {
        let part = ((x - AXIS_LEFT) / (AXIS_RIGHT - AXIS_LEFT)).clamp(0.0, 1.0);
        self.start + part * self.span()
    }

    /// Round times for the axis, about eight across the window, whatever its width.
    pub fn ticks(&self) -> Vec<f64> {
        let span = self.span();
        if span <= 0.0 {
            return vec![self.start];
        }
        let raw = span / 8.0;
        let magnitude = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * magnitude)
            .find(|&s| s >= raw * (1.0 - 1e-9))
            .unwrap_or(magnitude * 10.0);
        let first = (self.start / step - 1e-9).ceil() as i64;
        (first..)
            .map(|i| i as f64 * step)
            .take_while(|&t| t <= self.end + step * 1e-9)
            // Multiples of the step, without the float dust (0.30000000000000004).
            .map(|t| round_to(t, step))
            .collect()
    }
}

/// A time with as many decimals as a window `span` wide needs to tell its ticks apart
/// (`1.25` in a window of a few seconds, not `1.2500000000000002`).
pub fn short_time(t: f64, span: f64) -> String {
    let decimals = if span > 0.0 {
        (2.0 - span.log10().floor()).clamp(1.0, 12.0) as usize
    } else {
        1
    };
    let text = format!("{t:.decimals$}");
    // Trailing zeros say nothing (but keep one decimal, as Python prints floats).
    let trimmed = text.trim_end_matches('0');
    match trimmed.strip_suffix('.') {
        Some(whole) => format!("{whole}.0"),
        None => trimmed.to_string(),
    }
}

/// The narrowest window for a run ending at `end_t`.
pub fn min_span(end_t: f64) -> f64 {
    (end_t * MIN_SPAN_OF_RUN).max(1e-9)
}

/// `t` rounded to the decimals `step` has, so ticks print as round numbers.
fn round_to(t: f64, step: f64) -> f64 {
    let decimals = (-step.log10().floor()).clamp(0.0, 15.0) as i32;
    let scale = 10f64.powi(decimals);
    (t * scale).round() / scale
}

/// Rows drawn beyond those on screen, above and below, so a scroll shows drawn lanes while
/// the next ones are drawn.
pub const ROW_MARGIN: usize = 16;
/// Rows are drawn in blocks of this many, so scrolling by a few pixels draws nothing anew.
pub const ROW_BLOCK: usize = 16;
/// Rows drawn before the page is measured (and when rendered on the server).
pub const FIRST_ROWS: usize = 64;

/// The rows to draw when the lanes' area is scrolled `scroll_top` pixels down a viewport
/// `height` pixels high, with rows `row_height` pixels each: those on screen and a margin,
/// widened to whole blocks. The caller bounds it by the number of rows.
pub fn visible_rows(scroll_top: f64, height: f64, row_height: f64) -> Range<usize> {
    if row_height <= 0.0 || !scroll_top.is_finite() || !height.is_finite() {
        return 0..FIRST_ROWS;
    }
    let first = (scroll_top.max(0.0) / row_height).floor() as usize;
    let last = ((scroll_top.max(0.0) + height.max(0.0)) / row_height).ceil() as usize;
    let start = first.saturating_sub(ROW_MARGIN) / ROW_BLOCK * ROW_BLOCK;
    let end = (last + ROW_MARGIN).div_ceil(ROW_BLOCK) * ROW_BLOCK;
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(start: f64, end: f64) -> TimeWindow {
        TimeWindow { start, end }
    }

    #[test]
    fn zooming_keeps_the_pointed_time_in_place() {
        let w = window(0.0, 10.0);
        let zoomed = w.zoomed(2.0, 2.5, 10.0);
        assert_eq!(zoomed, window(1.25, 6.25));
        assert_eq!(w.x_of(2.5), zoomed.x_of(2.5));
        // Zooming out past the whole run is the whole run.
        assert_eq!(zoomed.zoomed(0.1, 3.0, 10.0), TimeWindow::full(10.0));
    }

    #[test]
    fn windows_stay_inside_the_run_and_no_narrower_than_the_minimum() {
        assert_eq!(window(8.0, 12.0).clamped(10.0), window(6.0, 10.0));
        assert_eq!(window(-1.0, 1.0).clamped(10.0), window(0.0, 2.0));
        let narrowest = window(0.0, 10.0).zoomed(1e9, 5.0, 10.0);
        assert!((narrowest.span() - min_span(10.0)).abs() < 1e-12);
        assert!(!narrowest.can_zoom_in(10.0));
        assert_eq!(window(0.0, 2.0).shifted(-5.0, 10.0), window(0.0, 2.0));
        assert_eq!(window(0.0, 2.0).shifted(50.0, 10.0), window(8.0, 10.0));
        // A run that takes no virtual time has one window.
        assert_eq!(window(0.0, 0.0).zoomed(2.0, 0.0, 0.0), window(0.0, 0.0));
    }

    #[test]
    fn x_and_time_map_through_the_window() {
        let w = window(2.0, 4.0);
        assert_eq!(w.x_of(2.0), AXIS_LEFT);
        assert_eq!(w.x_of(4.0), AXIS_RIGHT);
        assert_eq!(w.time_at(w.x_of(3.5)), 3.5);
        assert_eq!(
            w.time_at(0.0),
            2.0,
            "a click on the labels is the window's start"
        );
        assert_eq!(w.time_at(5000.0), 4.0);
    }

    #[test]
    fn the_window_follows_the_cursor_out_of_it() {
        let w = window(0.0, 2.0);
        assert_eq!(w.following(1.0, 10.0), w);
        let ahead = w.following(3.0, 10.0);
        assert!(ahead.contains(3.0) && ahead.span() == 2.0, "{ahead:?}");
        assert!((ahead.start - 2.8).abs() < 1e-12);
        assert_eq!(w.following(9.9, 10.0), window(8.0, 10.0));
        let behind = window(6.0, 8.0).following(1.0, 10.0);
        assert!(behind.contains(1.0) && behind.span() == 2.0, "{behind:?}");
    }

    #[test]
    fn ticks_are_round_and_adapt_to_the_window() {
        assert_eq!(window(0.0, 2.0).ticks(), [0.0, 0.5, 1.0, 1.5, 2.0]);
        assert_eq!(window(0.3, 0.5).ticks(), [0.3, 0.35, 0.4, 0.45, 0.5]);
        assert_eq!(window(0.31, 0.33).ticks(), [0.31, 0.315, 0.32, 0.325, 0.33]);
        assert_eq!(window(1.25, 6.25).ticks(), [2.0, 3.0, 4.0, 5.0, 6.0]);
        assert_eq!(window(0.0, 0.0).ticks(), [0.0]);
    }

    #[test]
    fn window_bounds_print_short() {
        assert_eq!(short_time(1.2500000000000002, 5.0), "1.25");
        assert_eq!(short_time(2.0, 5.0), "2.0");
        assert_eq!(short_time(0.3141592, 0.01), "0.3142");
    }

    #[test]
    fn rows_on_screen_with_a_margin_in_whole_blocks() {
        // 26-pixel rows, a 520-pixel viewport: rows 0..20 on screen at the top.
        assert_eq!(visible_rows(0.0, 520.0, 26.0), 0..48);
        // 2,600 pixels down: rows 100..120 on screen.
        let rows = visible_rows(2600.0, 520.0, 26.0);
        assert!(rows.start <= 100 - ROW_MARGIN && rows.end >= 120 + ROW_MARGIN);
        assert_eq!((rows.start % ROW_BLOCK, rows.end % ROW_BLOCK), (0, 0));
        assert!(rows.len() < 100);
        // A few pixels of scrolling draw the same rows.
        assert_eq!(visible_rows(2605.0, 520.0, 26.0), rows);
    }
}
