//! The two clocks, read in one place: the monotonic [`Instant`] that session deadlines are
//! measured on, and the wall clock that gives dates, "today" and the times kept in the
//! history. `main` makes a [`SystemClock`] and hands it down in the [`crate::context::Context`];
//! everything below takes its time from there, and tests pin it with a [`ManualClock`].

use chrono::{DateTime, FixedOffset, NaiveDate};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Where time comes from.
pub trait Clock: Send + Sync {
    /// Now on the monotonic clock.
    fn instant(&self) -> Instant;

    /// Now on the wall clock: the local time, with the UTC offset of this moment.
    fn wall(&self) -> DateTime<FixedOffset>;

    /// Today's local date.
    fn today(&self) -> NaiveDate {
        self.wall().date_naive()
    }
}

impl fmt::Debug for dyn Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Clock({})", self.wall())
    }
}

/// The computer's clocks.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn instant(&self) -> Instant {
        Instant::now()
    }

    fn wall(&self) -> DateTime<FixedOffset> {
        chrono::Local::now().fixed_offset()
    }
}

/// A clock that stands still until it is moved: both clocks move together by
/// [`ManualClock::advance`], and [`ManualClock::set_wall`] jumps the wall clock alone (a new
/// day, a time zone change). Clones share one time.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<Mutex<(Instant, DateTime<FixedOffset>)>>,
}

impl ManualClock {
    /// A clock showing `wall`, its monotonic clock starting at `instant`.
    pub fn new(instant: Instant, wall: DateTime<FixedOffset>) -> Self {
        Self { now: Arc::new(Mutex::new((instant, wall))) }
    }

    /// A clock showing `wall`, its monotonic clock starting at the real one's now.
    pub fn at(wall: DateTime<FixedOffset>) -> Self {
        Self::new(Instant::now(), wall)
    }

    /// Moves both clocks on by `by`.
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(PoisonError::into_inner);
        now.0 += by;
        now.1 += chrono::Duration::from_std(by).unwrap_or(chrono::Duration::MAX);
    }

    /// Sets the wall clock, leaving the monotonic one where it is.
    pub fn set_wall(&self, wall: DateTime<FixedOffset>) {
        self.now.lock().unwrap_or_else(PoisonError::into_inner).1 = wall;
    }

    /// Sets the monotonic clock, leaving the wall clock where it is.
    pub fn set_instant(&self, instant: Instant) {
        self.now.lock().unwrap_or_else(PoisonError::into_inner).0 = instant;
    }
}

impl Clock for ManualClock {
    fn instant(&self) -> Instant {
        self.now.lock().unwrap_or_else(PoisonError::into_inner).0
    }

    fn wall(&self) -> DateTime<FixedOffset> {
        self.now.lock().unwrap_or_else(PoisonError::into_inner).1
    }
}

/// How long from `wall` until the next local midnight, as the calendar counts it (a DST
/// change that night makes it an hour off; callers check again within minutes anyway).
pub fn until_midnight(wall: DateTime<FixedOffset>) -> Duration {
    let tomorrow = wall.date_naive().succ_opt().and_then(|day| day.and_hms_opt(0, 0, 0));
    tomorrow
        .map(|midnight| midnight - wall.naive_local())
        .and_then(|left| left.to_std().ok())
        .unwrap_or(Duration::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let t0 = Instant::now();
        let clock = ManualClock::new(t0, at("2026-12-31T23:59:00+01:00"));
        assert_eq!(clock.instant(), t0);
        clock.advance(Duration::from_secs(120));
        assert_eq!(clock.instant(), t0 + Duration::from_secs(120));
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        let shared = clock.clone();
        shared.set_wall(at("2027-03-28T03:30:00+02:00"));
        assert_eq!(clock.wall(), at("2027-03-28T03:30:00+02:00"));
    }

    #[test]
    fn midnight_is_counted_on_the_local_calendar() {
        assert_eq!(until_midnight(at("2026-11-25T23:59:00+01:00")), Duration::from_secs(60));
        assert_eq!(until_midnight(at("2028-02-28T00:00:00-05:00")), Duration::from_secs(86_400));
        assert_eq!(until_midnight(at("2026-12-31T23:59:59.5+00:00")), Duration::from_millis(500));
    }
}
