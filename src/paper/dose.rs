//! The dose as a physiotherapist writes it on paper: "3 × 30 s · each side", "10 × 4 s",
//! "3 × 12 reps", "2 sets of 10 × 4 s".

use crate::i18n::I18n;
use crate::program::{Dosage, Sides};

/// "30 s", "2 min", "1 min 30 s".
pub fn seconds(i18n: &I18n, seconds: u32) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    match (m, s) {
        (0, s) => i18n.tr_args("dose-seconds", &[("seconds", s.into())]),
        (m, 0) => i18n.tr_args("dose-minutes", &[("minutes", m.into())]),
        (m, s) => {
            i18n.tr_args("dose-minutes-seconds", &[("minutes", m.into()), ("seconds", s.into())])
        }
    }
}

/// The dose of `sets` sets of `dosage` on `sides`.
pub fn dose(i18n: &I18n, dosage: Dosage, sets: u32, sides: Sides) -> String {
    let amount = match dosage {
        Dosage::Timed { seconds: s } => times(sets, seconds(i18n, s)),
        Dosage::Reps { reps, seconds_per_rep: None } => {
            times(sets, i18n.tr_args("dose-reps", &[("count", reps.into())]))
        }
        Dosage::Reps { reps, seconds_per_rep: Some(pace) } => {
            let paced = i18n
                .tr_args("paper-dose-paced", &[("count", reps.into()), ("seconds", pace.into())]);
            if sets > 1 {
                i18n.tr_args("paper-dose-sets-of", &[("sets", sets.into()), ("dose", paced.into())])
            } else {
                paced
            }
        }
    };
    let side = match sides {
        Sides::None => return amount,
        Sides::Both => i18n.tr("dose-each-side"),
        Sides::Left => i18n.tr("dose-left-only"),
        Sides::Right => i18n.tr("dose-right-only"),
    };
    format!("{amount} · {side}")
}

fn times(sets: u32, amount: String) -> String {
    if sets > 1 { format!("{sets} × {amount}") } else { amount }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doses_read_as_a_physio_writes_them() {
        let en = I18n::new("en");
        let timed = Dosage::Timed { seconds: 30 };
        assert_eq!(dose(&en, timed, 3, Sides::Both), "3 × 30 s · each side");
        assert_eq!(dose(&en, timed, 1, Sides::None), "30 s");
        let paced = Dosage::Reps { reps: 10, seconds_per_rep: Some(4) };
        assert_eq!(dose(&en, paced, 1, Sides::None), "10 × 4 s");
        assert_eq!(dose(&en, paced, 2, Sides::Left), "2 sets of 10 × 4 s · left side only");
        let reps = Dosage::Reps { reps: 12, seconds_per_rep: None };
        assert_eq!(dose(&en, reps, 3, Sides::None), "3 × 12 reps");
        assert_eq!(dose(&en, Dosage::Timed { seconds: 90 }, 1, Sides::None), "1 min 30 s");
        let nl = I18n::new("nl");
        assert_eq!(dose(&nl, timed, 3, Sides::Both), "3 × 30 s · per kant");
        assert_eq!(dose(&nl, paced, 2, Sides::None), "2 series van 10 × 4 s");
        assert_eq!(dose(&nl, reps, 3, Sides::None), "3 × 12 herhalingen");
    }
}
