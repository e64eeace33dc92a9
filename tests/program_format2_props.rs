//! Property tests of format 2: generated programs with holds, alternating sides, per-set
//! doses, rounds, block timing and levels, written as TOML, must plan at every level to the
//! total the contract's text gives, worked out here independently of `Plan`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber::program::{self, MAX_TOTAL_SECONDS, Plan, Size};
use proptest::prelude::*;
use std::path::Path;

/// One set's dose as written: a value per set (one value: written as a plain number).
#[derive(Debug, Clone)]
enum Dose {
    Timed(Vec<u32>),
    Paced(Vec<u32>, u32),
    Counted(Vec<u32>),
    Holds(Vec<u32>, u32),
}

/// What a level changes: one thing at a time, as a physio would.
#[derive(Debug, Clone)]
enum Change {
    Duration(u32),
    Reps(u32),
    Hold(u32),
    Sets(u32),
}

#[derive(Debug, Clone)]
struct Ex {
    dose: Dose,
    sets: Option<u32>,
    sides: &'static str,
    rest: Option<u32>,
    set_rest: Option<u32>,
    switch: Option<u32>,
    relax: Option<u32>,
    levels: Vec<Change>,
}

#[derive(Debug, Clone)]
struct Blk {
    rounds: u32,
    round_rest: Option<u32>,
    rest: Option<u32>,
    relax: Option<u32>,
    exercises: Vec<Ex>,
}

/// The program's `[defaults]`: get_ready, rest, set_rest, switch_sides, relax, round_rest.
type Defaults = [u32; 6];

fn values() -> impl Strategy<Value = Vec<u32>> {
    prop_oneof![prop::collection::vec(1u32..=40, 1..=1), prop::collection::vec(1u32..=40, 2..=4)]
}

fn few() -> impl Strategy<Value = Vec<u32>> {
    prop_oneof![prop::collection::vec(1u32..=6, 1..=1), prop::collection::vec(1u32..=6, 2..=3)]
}

fn dose() -> impl Strategy<Value = Dose> {
    prop_oneof![
        values().prop_map(Dose::Timed),
        (values(), 1u32..=5).prop_map(|(reps, pace)| Dose::Paced(reps, pace)),
        values().prop_map(Dose::Counted),
        // Few holds: a long hold series of many sets could pass the 5,000-step limit.
        (few(), 1u32..=12).prop_map(|(reps, hold)| Dose::Holds(reps, hold)),
    ]
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (1u32..=60).prop_map(Change::Duration),
        (1u32..=6).prop_map(Change::Reps),
        (1u32..=12).prop_map(Change::Hold),
        (1u32..=4).prop_map(Change::Sets),
    ]
}

fn exercise() -> impl Strategy<Value = Ex> {
    (
        dose(),
        prop::option::of(1u32..=3),
        prop::sample::select(vec!["none", "both", "left", "alternate"]),
        (prop::option::of(0u32..=30), prop::option::of(0u32..=30), prop::option::of(0u32..=8)),
        prop::option::of(0u32..=6),
        prop::collection::vec(change(), 0..4),
    )
        .prop_map(|(dose, sets, sides, (rest, set_rest, switch), relax, levels)| Ex {
            dose,
            sets,
            sides,
            rest,
            set_rest,
            switch,
            relax,
            levels,
        })
        .prop_filter_map("a valid exercise at every level", valid)
}

/// Makes the generated exercise one the contract accepts at every level (or rejects it).
fn valid(mut ex: Ex) -> Option<Ex> {
    let is_list = |values: &Vec<u32>| values.len() > 1;
    let listed = match &ex.dose {
        Dose::Timed(v) | Dose::Paced(v, _) | Dose::Counted(v) | Dose::Holds(v, _) => is_list(v),
    };
    if listed {
        ex.sets = None;
    }
    if !matches!(ex.dose, Dose::Holds(..)) {
        ex.relax = None;
    }
    if ex.sides == "alternate" && matches!(ex.dose, Dose::Timed(_)) {
        return None;
    }
    // Walk the levels: each must leave a valid exercise.
    let mut state = (ex.dose.clone(), ex.sides);
    for change in &ex.levels {
        let (dose, sides) = &mut state;
        match (change, &*dose) {
            (Change::Duration(_), _) if *sides == "alternate" => return None,
            (Change::Duration(d), _) => *dose = Dose::Timed(vec![*d]),
            (Change::Reps(r), Dose::Timed(_)) => *dose = Dose::Counted(vec![*r]),
            (Change::Reps(r), Dose::Paced(_, p)) => *dose = Dose::Paced(vec![*r], *p),
            (Change::Reps(r), Dose::Counted(_)) => *dose = Dose::Counted(vec![*r]),
            (Change::Reps(r), Dose::Holds(_, h)) => *dose = Dose::Holds(vec![*r], *h),
            (Change::Hold(_), Dose::Timed(_)) => return None,
            (Change::Hold(h), Dose::Paced(r, _) | Dose::Counted(r) | Dose::Holds(r, _)) => {
                *dose = Dose::Holds(r.clone(), *h);
            }
            (
                Change::Sets(_),
                Dose::Timed(v) | Dose::Paced(v, _) | Dose::Counted(v) | Dose::Holds(v, _),
            ) if is_list(v) => {
                return None;
            }
            (Change::Sets(_), _) => {}
        }
    }
    // `relax` goes only with holds, also at every level (a level's `duration` drops it).
    Some(ex)
}

fn block() -> impl Strategy<Value = Blk> {
    (
        1u32..=3,
        prop::option::of(0u32..=40),
        prop::option::of(0u32..=20),
        prop::option::of(0u32..=5),
        prop::collection::vec(exercise(), 1..4),
    )
        .prop_map(|(rounds, round_rest, rest, relax, exercises)| Blk {
            rounds,
            round_rest,
            rest,
            relax,
            exercises,
        })
}

/// One exercise at `level` as the contract works it out: (dose, sets, sides, relax as the
/// exercise or its levels write it).
fn at_level(ex: &Ex, level: usize) -> (Dose, u32, &'static str, Option<u32>) {
    let mut dose = ex.dose.clone();
    let mut sets_written = ex.sets;
    let mut relax = ex.relax;
    for change in ex.levels.iter().take(level - 1) {
        match change {
            Change::Duration(d) => {
                dose = Dose::Timed(vec![*d]);
                relax = None;
            }
            Change::Reps(r) => {
                dose = match dose {
                    Dose::Paced(_, p) => Dose::Paced(vec![*r], p),
                    Dose::Holds(_, h) => Dose::Holds(vec![*r], h),
                    _ => Dose::Counted(vec![*r]),
                }
            }
            Change::Hold(h) => {
                dose = match dose {
                    Dose::Paced(r, _) | Dose::Counted(r) | Dose::Holds(r, _) => Dose::Holds(r, *h),
                    timed => timed,
                }
            }
            Change::Sets(n) => sets_written = Some(*n),
        }
    }
    let values = match &dose {
        Dose::Timed(v) | Dose::Paced(v, _) | Dose::Counted(v) | Dose::Holds(v, _) => v.clone(),
    };
    let sets = if values.len() > 1 { values.len() as u32 } else { sets_written.unwrap_or(1) };
    (dose, sets, ex.sides, relax)
}

/// The contract's total at `level`, computed from its text: get ready, then each occurrence
/// (block by block, round by round, exercise by exercise), a rest between two exercises and
/// a round rest between two rounds.
fn contract_total(defaults: Defaults, blocks: &[Blk], level: usize) -> u64 {
    let [get_ready, rest, set_rest, switch, relax, round_rest] = defaults.map(u64::from);
    let mut occurrences = Vec::new();
    for block in blocks {
        for round in 1..=block.rounds {
            for ex in &block.exercises {
                occurrences.push((block, ex, round));
            }
        }
    }
    let mut total = get_ready;
    for (i, (block, ex, round)) in occurrences.iter().enumerate() {
        let (dose, sets, sides, own_relax) = at_level(ex, level);
        let value = |set: u32, values: &Vec<u32>| {
            u64::from(values.get((set - 1) as usize).or(values.last()).copied().unwrap_or(0))
        };
        let relax = own_relax.or(block.relax).map_or(relax, u64::from);
        let passes = if sides == "both" { 2 } else { 1 };
        let per_rep = if sides == "alternate" { 2 } else { 1 };
        for set in 1..=sets {
            let pass = match &dose {
                Dose::Timed(v) => value(set, v),
                Dose::Paced(v, pace) => value(set, v) * per_rep * u64::from(*pace),
                Dose::Counted(_) => 0,
                Dose::Holds(v, hold) => {
                    let holds = value(set, v) * per_rep;
                    holds * u64::from(*hold) + holds.saturating_sub(1) * relax
                }
            };
            total += passes * pass;
            if passes == 2 {
                total += ex.switch.map_or(switch, u64::from);
            }
            if set > 1 {
                total += ex.set_rest.map_or(set_rest, u64::from);
            }
        }
        if let Some((next_block, _, next_round)) = occurrences.get(i + 1) {
            let same_block = std::ptr::eq(*block, *next_block);
            if same_block && *next_round == round + 1 {
                total += block.round_rest.map_or(round_rest, u64::from);
            } else {
                total += ex.rest.or(block.rest).map_or(rest, u64::from);
            }
        }
    }
    total
}

fn list(values: &[u32]) -> String {
    if values.len() == 1 {
        values[0].to_string()
    } else {
        format!("[{}]", values.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))
    }
}

fn source(defaults: Defaults, blocks: &[Blk]) -> String {
    let [get_ready, rest, set_rest, switch, relax, round_rest] = defaults;
    let mut out = format!(
        "format = 2\nid = \"gen\"\ntitle = \"Generated\"\n[defaults]\nget_ready = {get_ready}\n\
         rest = {rest}\nset_rest = {set_rest}\nswitch_sides = {switch}\nrelax = {relax}\n\
         round_rest = {round_rest}\n"
    );
    let mut n = 0;
    for block in blocks {
        out.push_str(&format!("[[block]]\nrounds = {}\n", block.rounds));
        if let Some(round_rest) = block.round_rest {
            out.push_str(&format!("round_rest = {round_rest}\n"));
        }
        if block.rest.is_some() || block.relax.is_some() {
            out.push_str("[block.defaults]\n");
            if let Some(rest) = block.rest {
                out.push_str(&format!("rest = {rest}\n"));
            }
            if let Some(relax) = block.relax {
                out.push_str(&format!("relax = {relax}\n"));
            }
        }
        for ex in &block.exercises {
            n += 1;
            out.push_str(&format!("[[block.exercise]]\nid = \"e{n}\"\nname = \"E{n}\"\n"));
            match &ex.dose {
                Dose::Timed(v) => out.push_str(&format!("duration = {}\n", list(v))),
                Dose::Paced(v, pace) => {
                    out.push_str(&format!("reps = {}\nseconds_per_rep = {pace}\n", list(v)))
                }
                Dose::Counted(v) => out.push_str(&format!("reps = {}\n", list(v))),
                Dose::Holds(v, hold) => {
                    out.push_str(&format!("reps = {}\nhold = {hold}\n", list(v)))
                }
            }
            if let Some(sets) = ex.sets {
                out.push_str(&format!("sets = {sets}\n"));
            }
            out.push_str(&format!("sides = \"{}\"\n", ex.sides));
            for (key, value) in [
                ("rest", ex.rest),
                ("set_rest", ex.set_rest),
                ("switch_sides", ex.switch),
                ("relax", ex.relax),
            ] {
                if let Some(value) = value {
                    out.push_str(&format!("{key} = {value}\n"));
                }
            }
            for change in &ex.levels {
                out.push_str("[[block.exercise.level]]\n");
                out.push_str(&match change {
                    Change::Duration(d) => format!("duration = {d}\n"),
                    Change::Reps(r) => format!("reps = {r}\n"),
                    Change::Hold(h) => format!("hold = {h}\n"),
                    Change::Sets(s) => format!("sets = {s}\n"),
                });
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Accepted exactly when every level fits the limits, and then planned at every level to
    /// the contract's total.
    #[test]
    fn generated_format_2_programs_follow_the_contract_total_at_every_level(
        defaults in prop::array::uniform6(0u32..=30),
        blocks in prop::collection::vec(block(), 1..4),
    ) {
        let text = source(defaults, &blocks);
        let levels = blocks
            .iter()
            .flat_map(|b| &b.exercises)
            .map(|e| e.levels.len() + 1)
            .max()
            .unwrap_or(1);
        let totals: Vec<u64> = (1..=levels).map(|l| contract_total(defaults, &blocks, l)).collect();
        match program::parse(&text, Path::new("g.toml"), None) {
            Ok(program) => {
                prop_assert_eq!(program.levels() as usize, levels);
                for (level, expected) in totals.iter().enumerate() {
                    let plan = Plan::at_level(&program, level as u32 + 1);
                    prop_assert_eq!(u64::from(plan.total_seconds), *expected, "level {}\n{}", level + 1, text);
                    prop_assert_eq!(plan.level as usize, level + 1);
                    // What the checker measures is the plan's length, without the plan.
                    let size = Size { total_seconds: plan.total_seconds, steps: plan.steps.len() };
                    prop_assert_eq!(Plan::size_at_level(&program, level as u32 + 1), size);
                }
                // What the writer makes of it plans the same.
                let written = program::to_toml(&program);
                let again = program::parse(&written, Path::new("w.toml"), None);
                prop_assert!(again.is_ok(), "{written}\n{again:?}");
                prop_assert_eq!(again.unwrap(), program);
            }
            Err(problems) => {
                let too_long = totals.iter().any(|t| *t > u64::from(MAX_TOTAL_SECONDS));
                prop_assert!(too_long, "{text}\n{problems:#?}");
            }
        }
    }
}
