//! Streaks and stats from the history, as of a given `today` (never the clock).
//!
//! Streaks are meant to be fair (see ANCHORS.md): a day streak counts days with a completed
//! session, a week streak counts ISO weeks (Monday first) that reach the weekly target, and
//! pauses (ill, injured, holiday) freeze both instead of breaking them.

use crate::settings::WEEKLY_TARGET;
use chrono::{Datelike, NaiveDate, TimeDelta};
use std::collections::BTreeMap;

/// How many of the most recent sessions with a pain score [`Stats::recent_pain`] keeps.
pub const RECENT_PAIN: usize = 10;

/// The weekly target when neither the command line, a program nor the settings give one.
pub const DEFAULT_WEEKLY_TARGET: u32 = 3;

/// A session as the streaks see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub program_id: String,
    /// The session's date in the UTC offset recorded with it.
    pub date: NaiveDate,
    pub completed: bool,
    pub active_seconds: u32,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub effort: Option<u8>,
    /// The program level the session was done at.
    pub level: u32,
}

/// Days on which streaks are frozen (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paused {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A current and a longest run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streak {
    pub current: u32,
    pub longest: u32,
}

/// Sessions, completions, time and pain in one ISO week, one month or one day.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Period {
    /// The first day: the Monday of an ISO week, the 1st of a month, or the day itself.
    pub start: NaiveDate,
    /// `2026-W53`, `2026-11` or `2026-11-25`.
    pub label: String,
    pub sessions: u32,
    pub completed: u32,
    pub active_seconds: u64,
    /// Averages over the sessions that have the score.
    pub pain_before: Option<f64>,
    pub pain_after: Option<f64>,
    pub effort: Option<f64>,
}

impl Period {
    /// Active time in whole minutes (rounded).
    pub fn minutes(&self) -> u64 {
        minutes(self.active_seconds)
    }
}

/// One session's pain scores, for the trend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PainPoint {
    pub date: NaiveDate,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// Everything computed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stats {
    /// Sessions on or before `today`, whatever their status.
    pub sessions: u32,
    pub completed: u32,
    pub day_streak: Streak,
    pub week_streak: Streak,
    pub weekly_target: u32,
    /// Completed sessions in today's ISO week.
    pub this_week: u32,
    /// Active time of all sessions.
    pub active_seconds: u64,
    /// `completed / sessions`, 0 when there are none.
    pub completion_rate: f64,
    /// ISO weeks that have sessions, oldest first.
    pub weeks: Vec<Period>,
    /// Months that have sessions, oldest first.
    pub months: Vec<Period>,
    /// Days that have sessions, oldest first (the calendar heatmap).
    pub days: Vec<Period>,
    /// Pain scores of the last [`RECENT_PAIN`] sessions that have one, oldest first.
    pub recent_pain: Vec<PainPoint>,
    /// The last date each program was completed.
    pub last_done: BTreeMap<String, NaiveDate>,
    /// Whether `today` falls in a pause.
    pub paused_today: bool,
}

impl Stats {
    /// Active time in whole minutes (rounded).
    pub fn minutes(&self) -> u64 {
        minutes(self.active_seconds)
    }
}

fn minutes(seconds: u64) -> u64 {
    (seconds + 30) / 60
}

/// The weekly target: the explicit one, else the one recorded with the most recent session
/// that has one, else the user's setting; always in [`WEEKLY_TARGET`].
pub fn weekly_target(explicit: Option<u32>, recorded: Option<u32>, setting: u32) -> u32 {
    let (low, high) = WEEKLY_TARGET.into_inner();
    explicit.or(recorded).unwrap_or(setting).clamp(low, high)
}

/// The ISO week of `date` as `2026-W53` (the ISO year, which differs from the calendar year
/// around New Year).
pub fn week_label(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{:04}-W{:02}", week.year(), week.week())
}

/// The Monday of `date`'s ISO week.
pub fn monday(date: NaiveDate) -> NaiveDate {
    add_days(date, -i64::from(date.weekday().num_days_from_monday()))
}

/// `date + days`, saturating at the ends of the calendar (hostile dates never panic).
fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_add_signed(TimeDelta::days(days)).unwrap_or(if days < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// Pauses merged into sorted, disjoint, non-adjacent runs of days, so that a run of days is
/// wholly paused exactly when one merged run contains it.
struct Pauses(Vec<Paused>);

impl Pauses {
    fn new(paused: &[Paused]) -> Self {
        let mut sorted: Vec<Paused> = paused.iter().copied().filter(|p| p.from <= p.to).collect();
        sorted.sort_by_key(|p| p.from);
        let mut merged: Vec<Paused> = Vec::with_capacity(sorted.len());
        for p in sorted {
            match merged.last_mut() {
                Some(last) if p.from <= add_days(last.to, 1) => last.to = last.to.max(p.to),
                _ => merged.push(p),
            }
        }
        Self(merged)
    }

    /// The first merged run that ends on or after `date`.
    fn first_ending_from(&self, date: NaiveDate) -> Option<&Paused> {
        let i = self.0.partition_point(|p| p.to < date);
        self.0.get(i)
    }

    fn contains(&self, date: NaiveDate) -> bool {
        self.first_ending_from(date).is_some_and(|p| p.from <= date)
    }

    /// Whether every day of `from..=to` is paused (true when the range is empty).
    fn covers(&self, from: NaiveDate, to: NaiveDate) -> bool {
        from > to || self.first_ending_from(to).is_some_and(|p| p.from <= from)
    }

    /// Whether any day of the week starting on `monday` is paused.
    fn touches_week(&self, monday: NaiveDate) -> bool {
        self.first_ending_from(monday).is_some_and(|p| p.from <= add_days(monday, 6))
    }

    /// Whether every week from the one starting on `first` to the one starting on `last`
    /// has a paused day (true when there are none). Jumps from pause to pause, so a long gap
    /// costs nothing.
    fn touches_every_week(&self, first: NaiveDate, last: NaiveDate) -> bool {
        let mut week = first;
        while week <= last {
            if !self.touches_week(week) {
                return false;
            }
            let Some(pause) = self.first_ending_from(week) else { return false };
            let next = add_days(monday(pause.to), 7);
            if next <= week {
                // The end of the calendar: nothing later can be checked.
                return true;
            }
            week = next;
        }
        true
    }
}

/// The stats of `entries` as of `today`: sessions after `today` are left out; `paused` may
/// overlap and be in any order (ranges that end before they start are ignored).
pub fn stats(entries: &[Entry], paused: &[Paused], today: NaiveDate, weekly_target: u32) -> Stats {
    let weekly_target = weekly_target.max(1);
    let pauses = Pauses::new(paused);
    let mut seen: Vec<&Entry> = entries.iter().filter(|e| e.date <= today).collect();
    // Stable: sessions of one day keep the order they were given in (their start times).
    seen.sort_by_key(|e| e.date);

    let mut stats =
        Stats { weekly_target, paused_today: pauses.contains(today), ..Stats::default() };
    let this_monday = monday(today);
    let mut weeks = Accumulator::default();
    let mut months = Accumulator::default();
    let mut days = Accumulator::default();
    let mut last_done = LastDone::default();
    for entry in &seen {
        stats.sessions += 1;
        stats.active_seconds += u64::from(entry.active_seconds);
        let week_start = monday(entry.date);
        let month_start = entry.date.with_day(1).unwrap_or(entry.date);
        weeks.add(week_start, || week_label(entry.date), entry);
        months.add(month_start, || entry.date.format("%Y-%m").to_string(), entry);
        days.add(entry.date, || entry.date.to_string(), entry);
        if entry.completed {
            stats.completed += 1;
            if week_start == this_monday {
                stats.this_week += 1;
            }
            last_done.saw(&entry.program_id, entry.date);
        }
    }
    stats.last_done = last_done.finish();
    if stats.sessions > 0 {
        stats.completion_rate = f64::from(stats.completed) / f64::from(stats.sessions);
    }
    let mut recent: Vec<PainPoint> = seen
        .iter()
        .rev()
        .filter(|e| e.pain_before.is_some() || e.pain_after.is_some())
        .take(RECENT_PAIN)
        .map(|e| PainPoint { date: e.date, before: e.pain_before, after: e.pain_after })
        .collect();
    recent.reverse();
    stats.recent_pain = recent;

    let completed: Vec<NaiveDate> = seen.iter().filter(|e| e.completed).map(|e| e.date).collect();
    stats.day_streak = day_streak(&completed, &pauses, today);
    stats.week_streak = week_streak(&completed, &pauses, today, weekly_target);
    stats.weeks = weeks.finish();
    stats.months = months.finish();
    stats.days = days.finish();
    stats
}

/// The last date of each program. Entries come in order of date, so the last seen is the
/// latest. There are usually a few programs: a short list is searched, and only a history
/// with many goes to a map.
#[derive(Default)]
struct LastDone<'a> {
    few: Vec<(&'a str, NaiveDate)>,
    many: BTreeMap<&'a str, NaiveDate>,
}

impl<'a> LastDone<'a> {
    const FEW: usize = 16;

    fn saw(&mut self, program: &'a str, date: NaiveDate) {
        if let Some((_, last)) = self.few.iter_mut().find(|(id, _)| *id == program) {
            *last = date;
        } else if self.few.len() < Self::FEW {
            self.few.push((program, date));
        } else {
            self.many.insert(program, date);
        }
    }

    fn finish(self) -> BTreeMap<String, NaiveDate> {
        let mut all: BTreeMap<String, NaiveDate> =
            self.many.into_iter().map(|(id, date)| (id.to_owned(), date)).collect();
        all.extend(self.few.into_iter().map(|(id, date)| (id.to_owned(), date)));
        all
    }
}

/// Consecutive days with a completed session; paused days are skipped (they neither break
/// nor extend the run) and today without a session yet does not break it.
fn day_streak(completed: &[NaiveDate], pauses: &Pauses, today: NaiveDate) -> Streak {
    let mut streak = Streak::default();
    let mut run = 0;
    let mut previous: Option<NaiveDate> = None;
    for &day in completed {
        if previous == Some(day) || pauses.contains(day) {
            continue;
        }
        if let Some(prev) = previous
            && !pauses.covers(add_days(prev, 1), add_days(day, -1))
        {
            run = 0;
        }
        run += 1;
        streak.longest = streak.longest.max(run);
        previous = Some(day);
    }
    if let Some(prev) = previous
        && pauses.covers(add_days(prev, 1), add_days(today, -1))
    {
        streak.current = run;
    }
    streak
}

/// Consecutive ISO weeks with at least `target` completed sessions. A wholly paused week is
/// frozen; a partly paused week counts when it meets the target and is frozen when it does
/// not; the running week only counts once it meets the target.
fn week_streak(completed: &[NaiveDate], pauses: &Pauses, today: NaiveDate, target: u32) -> Streak {
    // Dates come in order: each week's sessions are consecutive.
    let mut counts: Vec<(NaiveDate, u32)> = Vec::new();
    for &day in completed {
        let week = monday(day);
        match counts.last_mut() {
            Some((last, n)) if *last == week => *n += 1,
            _ => counts.push((week, 1)),
        }
    }
    let this_monday = monday(today);
    let mut streak = Streak::default();
    let mut run = 0;
    let mut previous: Option<NaiveDate> = None;
    for &(week, count) in &counts {
        if let Some(prev) = previous
            && !pauses.touches_every_week(add_days(prev, 7), add_days(week, -7))
        {
            run = 0;
        }
        let wholly_paused = pauses.covers(week, add_days(week, 6));
        if wholly_paused {
            // Frozen.
        } else if count >= target {
            run += 1;
            streak.longest = streak.longest.max(run);
        } else if week != this_monday && !pauses.touches_week(week) {
            run = 0;
        }
        previous = Some(week);
    }
    if let Some(prev) = previous
        && pauses.touches_every_week(add_days(prev, 7), add_days(this_monday, -7))
    {
        streak.current = run;
    }
    streak
}

/// Sums per period. Entries come in order of date, so a period's sessions are consecutive:
/// a new period starts when the first day changes.
#[derive(Default)]
struct Accumulator {
    periods: Vec<Period>,
    averages: Averages,
}

#[derive(Default)]
struct Averages {
    pain_before: (u32, u32),
    pain_after: (u32, u32),
    effort: (u32, u32),
}

fn add_score(sum: &mut (u32, u32), score: Option<u8>) {
    if let Some(score) = score {
        sum.0 += u32::from(score);
        sum.1 += 1;
    }
}

fn average((sum, count): (u32, u32)) -> Option<f64> {
    (count > 0).then(|| f64::from(sum) / f64::from(count))
}

impl Accumulator {
    fn add(&mut self, start: NaiveDate, label: impl FnOnce() -> String, entry: &Entry) {
        if self.periods.last().is_none_or(|p| p.start != start) {
            self.close();
            self.periods.push(Period { start, label: label(), ..Period::default() });
        }
        let Some(period) = self.periods.last_mut() else { return };
        period.sessions += 1;
        period.completed += u32::from(entry.completed);
        period.active_seconds += u64::from(entry.active_seconds);
        add_score(&mut self.averages.pain_before, entry.pain_before);
        add_score(&mut self.averages.pain_after, entry.pain_after);
        add_score(&mut self.averages.effort, entry.effort);
    }

    /// Turns the sums of the last period into its averages.
    fn close(&mut self) {
        let averages = std::mem::take(&mut self.averages);
        if let Some(period) = self.periods.last_mut() {
            period.pain_before = average(averages.pain_before);
            period.pain_after = average(averages.pain_after);
            period.effort = average(averages.effort);
        }
    }

    fn finish(mut self) -> Vec<Period> {
        self.close();
        self.periods
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn done(date: &str) -> Entry {
        Entry {
            program_id: "p".into(),
            date: d(date),
            completed: true,
            active_seconds: 600,
            pain_before: None,
            pain_after: None,
            effort: None,
            level: 1,
        }
    }

    fn partial(date: &str) -> Entry {
        Entry { completed: false, ..done(date) }
    }

    fn pause(from: &str, to: &str) -> Paused {
        Paused { from: d(from), to: d(to) }
    }

    fn days_of(from: &str, to: &str) -> Vec<Entry> {
        let mut out = vec![];
        let mut day = d(from);
        while day <= d(to) {
            out.push(done(&day.to_string()));
            day = day.succ_opt().unwrap();
        }
        out
    }

    fn at(entries: &[Entry], paused: &[Paused], today: &str, target: u32) -> Stats {
        stats(entries, paused, d(today), target)
    }

    #[test]
    fn nothing_gives_zeroes() {
        let s = at(&[], &[], "2026-11-25", 3);
        assert_eq!(s.sessions, 0);
        assert_eq!(s.day_streak, Streak::default());
        assert_eq!(s.week_streak, Streak::default());
        assert_eq!(s.completion_rate, 0.0);
        assert_eq!(s.weekly_target, 3);
    }

    #[test]
    fn consecutive_days_make_a_day_streak() {
        let e = days_of("2026-11-20", "2026-11-25");
        let s = at(&e, &[], "2026-11-25", 3);
        assert_eq!(s.day_streak, Streak { current: 6, longest: 6 });
    }

    #[test]
    fn today_without_a_session_keeps_yesterdays_streak() {
        let e = days_of("2026-11-20", "2026-11-24");
        assert_eq!(at(&e, &[], "2026-11-25", 3).day_streak, Streak { current: 5, longest: 5 });
        // The day after, the streak is broken.
        assert_eq!(at(&e, &[], "2026-11-26", 3).day_streak, Streak { current: 0, longest: 5 });
    }

    #[test]
    fn a_missed_day_breaks_the_day_streak() {
        let mut e = days_of("2026-11-10", "2026-11-16");
        e.extend(days_of("2026-11-18", "2026-11-20"));
        let s = at(&e, &[], "2026-11-20", 3);
        assert_eq!(s.day_streak, Streak { current: 3, longest: 7 });
    }

    #[test]
    fn several_sessions_a_day_count_as_one_day_but_all_for_the_week() {
        let e = vec![done("2026-11-23"), done("2026-11-23"), done("2026-11-23")];
        let s = at(&e, &[], "2026-11-23", 3);
        assert_eq!(s.day_streak, Streak { current: 1, longest: 1 });
        assert_eq!(s.week_streak, Streak { current: 1, longest: 1 });
        assert_eq!(s.this_week, 3);
        assert_eq!(s.days.len(), 1);
        assert_eq!(s.days[0].sessions, 3);
    }

    #[test]
    fn partial_sessions_count_as_sessions_not_for_streaks() {
        let e = vec![done("2026-11-23"), partial("2026-11-24"), done("2026-11-25")];
        let s = at(&e, &[], "2026-11-25", 3);
        assert_eq!(s.sessions, 3);
        assert_eq!(s.completed, 2);
        assert_eq!(s.day_streak, Streak { current: 1, longest: 1 });
        assert!((s.completion_rate - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.this_week, 2);
    }

    #[test]
    fn sessions_after_today_are_left_out() {
        let e = days_of("2026-11-20", "2026-11-30");
        let s = at(&e, &[], "2026-11-22", 3);
        assert_eq!(s.sessions, 3);
        assert_eq!(s.day_streak.current, 3);
    }

    #[test]
    fn paused_days_neither_break_nor_extend_the_day_streak() {
        // 10, 11, pause 12..14, 15: the streak is 3, not broken, not 6.
        let e = vec![done("2026-11-10"), done("2026-11-11"), done("2026-11-15")];
        let p = [pause("2026-11-12", "2026-11-14")];
        assert_eq!(at(&e, &p, "2026-11-15", 3).day_streak, Streak { current: 3, longest: 3 });
        // A session done on a paused day does not extend it either.
        let mut e2 = e.clone();
        e2.push(done("2026-11-13"));
        assert_eq!(at(&e2, &p, "2026-11-15", 3).day_streak, Streak { current: 3, longest: 3 });
        // Without the pause, the gap breaks it.
        assert_eq!(at(&e, &[], "2026-11-15", 3).day_streak, Streak { current: 1, longest: 2 });
    }

    #[test]
    fn an_ongoing_pause_keeps_the_current_day_streak() {
        let e = days_of("2026-11-01", "2026-11-05");
        let p = [pause("2026-11-06", "2026-11-25")];
        assert_eq!(at(&e, &p, "2026-11-25", 3).day_streak, Streak { current: 5, longest: 5 });
        assert!(at(&e, &p, "2026-11-25", 3).paused_today);
        // Pause ended on the 20th; 21..24 missed.
        let p = [pause("2026-11-06", "2026-11-20")];
        assert_eq!(at(&e, &p, "2026-11-25", 3).day_streak.current, 0);
    }

    #[test]
    fn overlapping_and_adjacent_pauses_merge() {
        let e = vec![done("2026-11-01"), done("2026-11-10")];
        let p = [
            pause("2026-11-02", "2026-11-04"),
            pause("2026-11-05", "2026-11-06"),
            pause("2026-11-03", "2026-11-09"),
            pause("2026-11-09", "2026-11-01"), // backwards: ignored
        ];
        assert_eq!(at(&e, &p, "2026-11-10", 3).day_streak, Streak { current: 2, longest: 2 });
    }

    #[test]
    fn day_streak_across_the_year_end() {
        let e = days_of("2026-12-29", "2027-01-02");
        assert_eq!(at(&e, &[], "2027-01-02", 3).day_streak, Streak { current: 5, longest: 5 });
        // A leap day.
        let e = days_of("2028-02-27", "2028-03-01");
        assert_eq!(at(&e, &[], "2028-03-01", 3).day_streak.current, 4);
    }

    #[test]
    fn weeks_meeting_the_target_make_a_week_streak() {
        // Target 2; weeks of Nov 2, 9, 16 each with two sessions.
        let e = vec![
            done("2026-11-02"),
            done("2026-11-04"),
            done("2026-11-09"),
            done("2026-11-15"), // Sunday: still the week of the 9th
            done("2026-11-16"),
            done("2026-11-17"),
        ];
        let s = at(&e, &[], "2026-11-18", 2);
        assert_eq!(s.week_streak, Streak { current: 3, longest: 3 });
        assert_eq!(s.weekly_target, 2);
    }

    #[test]
    fn the_running_week_does_not_break_and_counts_once_met() {
        let mut e = vec![done("2026-11-02"), done("2026-11-03"), done("2026-11-09")];
        // Week of the 9th runs; one of two so far: the streak is still 1.
        assert_eq!(at(&e, &[], "2026-11-11", 2).week_streak, Streak { current: 1, longest: 1 });
        e.push(done("2026-11-11"));
        assert_eq!(at(&e, &[], "2026-11-11", 2).week_streak, Streak { current: 2, longest: 2 });
        // The week of the 9th ended with one session: broken on the 16th.
        e.pop();
        assert_eq!(at(&e, &[], "2026-11-16", 2).week_streak, Streak { current: 0, longest: 1 });
        // An empty running week after a met week keeps the streak.
        let e = vec![done("2026-11-02"), done("2026-11-03")];
        assert_eq!(at(&e, &[], "2026-11-09", 2).week_streak, Streak { current: 1, longest: 1 });
    }

    #[test]
    fn sessions_count_not_days_for_the_week_target() {
        let e = vec![done("2026-11-02"), done("2026-11-02"), done("2026-11-02")];
        assert_eq!(at(&e, &[], "2026-11-08", 3).week_streak.current, 1);
    }

    #[test]
    fn an_empty_week_breaks_the_week_streak() {
        let e = vec![done("2026-11-02"), done("2026-11-16")];
        assert_eq!(at(&e, &[], "2026-11-16", 1).week_streak, Streak { current: 1, longest: 1 });
    }

    #[test]
    fn iso_week_53_and_the_year_end() {
        // 2026-W53 is 2026-12-28 .. 2027-01-03; one ISO week across the new year.
        assert_eq!(week_label(d("2026-12-28")), "2026-W53");
        assert_eq!(week_label(d("2027-01-03")), "2026-W53");
        assert_eq!(week_label(d("2027-01-04")), "2027-W01");
        assert_eq!(monday(d("2027-01-03")), d("2026-12-28"));
        let e = vec![
            done("2026-12-21"), // W52
            done("2026-12-31"), // W53
            done("2027-01-02"), // W53
            done("2027-01-04"), // 2027-W01
            done("2027-01-05"),
        ];
        let s = at(&e, &[], "2027-01-05", 2);
        assert_eq!(s.week_streak, Streak { current: 2, longest: 2 });
        let labels: Vec<_> = s.weeks.iter().map(|w| w.label.as_str()).collect();
        assert_eq!(labels, ["2026-W52", "2026-W53", "2027-W01"]);
        assert_eq!(s.weeks[1].sessions, 2);
        let months: Vec<_> = s.months.iter().map(|m| (m.label.as_str(), m.sessions)).collect();
        assert_eq!(months, [("2026-12", 2), ("2027-01", 3)]);
        // This week counts the ISO week, not the calendar year: on 2027-01-03 it is W53.
        assert_eq!(at(&e, &[], "2027-01-03", 2).this_week, 2);
    }

    #[test]
    fn a_year_starting_in_the_previous_iso_year() {
        // 2021-01-01 is in 2020-W53; 2020-12-31 too.
        assert_eq!(week_label(d("2021-01-01")), "2020-W53");
        let e = vec![done("2020-12-31"), done("2021-01-01")];
        assert_eq!(at(&e, &[], "2021-01-03", 2).week_streak.current, 1);
        assert_eq!(at(&e, &[], "2021-01-03", 2).weeks.len(), 1);
    }

    #[test]
    fn a_wholly_paused_week_is_frozen() {
        // Week of Nov 2 met, week of Nov 9 wholly paused (even with sessions), Nov 16 met.
        let e =
            vec![done("2026-11-02"), done("2026-11-10"), done("2026-11-11"), done("2026-11-16")];
        let p = [pause("2026-11-09", "2026-11-15")];
        assert_eq!(at(&e, &p, "2026-11-16", 1).week_streak, Streak { current: 2, longest: 2 });
        // Without the pause: three weeks.
        assert_eq!(at(&e, &[], "2026-11-16", 1).week_streak.current, 3);
    }

    #[test]
    fn empty_paused_weeks_do_not_break() {
        let e = vec![done("2026-10-05"), done("2026-11-16")];
        // Pauses touch every week from Oct 12 to Nov 9.
        let p = [pause("2026-10-12", "2026-10-20"), pause("2026-10-25", "2026-11-09")];
        assert_eq!(at(&e, &p, "2026-11-16", 1).week_streak, Streak { current: 2, longest: 2 });
        // One untouched week (Nov 2..8 after the second pause ends Oct 31) breaks it.
        let p = [pause("2026-10-12", "2026-10-20"), pause("2026-10-25", "2026-10-31")];
        assert_eq!(at(&e, &p, "2026-11-16", 1).week_streak, Streak { current: 1, longest: 1 });
    }

    #[test]
    fn a_partly_paused_week_counts_when_met_and_is_frozen_when_missed() {
        let base = vec![done("2026-11-02"), done("2026-11-03")];
        let p = [pause("2026-11-09", "2026-11-11")];
        // Missed (one of two) but partly paused: frozen.
        let mut e = base.clone();
        e.push(done("2026-11-13"));
        e.extend([done("2026-11-16"), done("2026-11-17")]);
        assert_eq!(at(&e, &p, "2026-11-18", 2).week_streak, Streak { current: 2, longest: 2 });
        // Without the pause the missed week breaks it.
        assert_eq!(at(&e, &[], "2026-11-18", 2).week_streak, Streak { current: 1, longest: 1 });
        // Met despite the pause: counts.
        let mut e = base;
        e.extend([done("2026-11-12"), done("2026-11-13")]);
        assert_eq!(at(&e, &p, "2026-11-13", 2).week_streak, Streak { current: 2, longest: 2 });
    }

    #[test]
    fn an_ongoing_pause_freezes_the_current_week_streak() {
        let e = vec![done("2026-11-02"), done("2026-11-03")];
        let p = [pause("2026-11-09", "2026-12-20")];
        assert_eq!(at(&e, &p, "2026-12-20", 2).week_streak, Streak { current: 1, longest: 1 });
    }

    #[test]
    fn dst_weeks_in_amsterdam() {
        // Dates come from the recorded offset (+02:00 in summer, +01:00 in winter): the week
        // that holds the switch (Sunday 2026-10-25) is one ISO week like any other.
        let e = vec![
            done("2026-10-19"),
            done("2026-10-25"), // the switch day, Sunday
            done("2026-10-26"),
            done("2026-10-27"),
        ];
        let s = at(&e, &[], "2026-10-27", 2);
        assert_eq!(s.week_streak, Streak { current: 2, longest: 2 });
        assert_eq!(week_label(d("2026-10-25")), "2026-W43");
    }

    #[test]
    fn longest_survives_later_breaks() {
        let mut e = days_of("2026-01-01", "2026-01-10");
        e.extend(days_of("2026-02-01", "2026-02-03"));
        let s = at(&e, &[], "2026-02-03", 3);
        assert_eq!(s.day_streak, Streak { current: 3, longest: 10 });
    }

    #[test]
    fn figures_per_week_month_and_program() {
        let mut a = done("2026-11-02");
        a.pain_before = Some(4);
        a.pain_after = Some(2);
        a.effort = Some(6);
        a.active_seconds = 900;
        let mut b = partial("2026-11-04");
        b.pain_before = Some(6);
        b.program_id = "q".into();
        b.active_seconds = 100;
        let mut c = done("2026-12-01");
        c.pain_after = Some(1);
        let s = at(&[a, b, c], &[], "2026-12-01", 3);
        assert_eq!(s.active_seconds, 1600);
        assert_eq!(s.minutes(), 27);
        assert_eq!(s.weeks[0].pain_before, Some(5.0));
        assert_eq!(s.weeks[0].pain_after, Some(2.0));
        assert_eq!(s.weeks[0].effort, Some(6.0));
        assert_eq!(s.weeks[0].completed, 1);
        assert_eq!(s.weeks[0].minutes(), 17);
        assert_eq!(s.months[1].label, "2026-12");
        assert_eq!(s.months[1].pain_before, None);
        assert_eq!(s.last_done.get("p"), Some(&d("2026-12-01")));
        assert_eq!(s.last_done.get("q"), None);
        assert_eq!(s.recent_pain.len(), 3);
        assert_eq!(
            s.recent_pain[2],
            PainPoint { date: d("2026-12-01"), before: None, after: Some(1) }
        );
    }

    #[test]
    fn recent_pain_keeps_the_last_ten() {
        let e: Vec<Entry> = (1..=15)
            .map(|day| Entry { pain_before: Some(day % 11), ..done(&format!("2026-11-{day:02}")) })
            .collect();
        let s = at(&e, &[], "2026-11-30", 3);
        assert_eq!(s.recent_pain.len(), RECENT_PAIN);
        assert_eq!(s.recent_pain[0].date, d("2026-11-06"));
        assert_eq!(s.recent_pain[9].date, d("2026-11-15"));
    }

    #[test]
    fn hostile_dates_do_not_panic() {
        let e = vec![done(&NaiveDate::MIN.to_string()), done(&NaiveDate::MAX.to_string())];
        let p = [Paused { from: NaiveDate::MIN, to: NaiveDate::MAX }];
        let _ = stats(&e, &p, NaiveDate::MAX, 0);
        let _ = stats(&e, &[], NaiveDate::MAX, 1);
        let _ = stats(&e, &[], NaiveDate::MIN, 1);
        let p = [Paused { from: d("2026-01-01"), to: NaiveDate::MAX }];
        let s = stats(&e, &p, NaiveDate::MAX, 1);
        assert_eq!(s.sessions, 2);
    }

    #[test]
    fn last_done_with_many_programs() {
        let e: Vec<Entry> = (0..40)
            .map(|i| Entry {
                program_id: format!("p{}", i % 20),
                ..done(&format!("2026-11-{:02}", 1 + i % 28))
            })
            .collect();
        let s = at(&e, &[], "2026-11-30", 3);
        assert_eq!(s.last_done.len(), 20);
        // p0 was done on days 1 and 21, p7 on 8 and 28, p19 on 20 and 12: the latest counts.
        assert_eq!(s.last_done["p0"], d("2026-11-21"));
        assert_eq!(s.last_done["p7"], d("2026-11-28"));
        assert_eq!(s.last_done["p19"], d("2026-11-20"));
    }

    #[test]
    fn weekly_target_order_of_precedence() {
        assert_eq!(weekly_target(Some(5), Some(2), 3), 5);
        assert_eq!(weekly_target(None, Some(2), 3), 2);
        assert_eq!(weekly_target(None, None, 4), 4);
        assert_eq!(weekly_target(None, Some(0), 4), 1);
        assert_eq!(weekly_target(Some(99), None, 4), 14);
    }
}
