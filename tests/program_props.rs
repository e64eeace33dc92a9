//! Property tests: whatever the bytes, parsing never panics, every diagnostic points inside
//! the file, and whatever is accepted plans to at most 4 hours.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber::program::Plan;
use limber::program::{self, Diagnostic, MAX_TOTAL_SECONDS};
use proptest::prelude::*;
use proptest::sample::Index;
use std::path::Path;
use std::sync::OnceLock;

/// The valid fixtures and the docs' examples: the starting points for mutations.
fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seeds = Vec::new();
        let dir = root.join("tests/fixtures/programs/valid");
        let mut files: Vec<_> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "toml")) {
            seeds.push(std::fs::read_to_string(file).unwrap());
        }
        let docs = std::fs::read_to_string(root.join("docs/program-format.md")).unwrap();
        for block in docs.split("```toml").skip(1) {
            if let Some((code, _)) = block.split_once("```")
                && (code.trim_start().starts_with("format = 1")
                    || code.trim_start().starts_with("format = 2"))
            {
                seeds.push(code.to_owned());
            }
        }
        seeds
    })
}

const EXTREMES: &[&str] = &[
    "0",
    "-1",
    "1",
    "2",
    "14",
    "15",
    "50",
    "51",
    "60",
    "61",
    "500",
    "501",
    "3600",
    "3601",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "99999999999999999999999",
    "1.5",
    "1e9",
    "nan",
    "-inf",
    "\"1h\"",
    "\"59m59s\"",
    "\"0s\"",
    "\"1m30\"",
    "true",
    "[]",
    "{}",
];

const SNIPPETS: &[&str] = &[
    "\n[[block]]\n",
    "\n[[block.exercise]]\nid = \"x\"\nname = \"X\"\nduration = 3600\nsets = 50\n",
    "\n[defaults]\n",
    "\nsides = \"both\"\n",
    "\nsets = 50\n",
    "\nreps = 500\nseconds_per_rep = 60\n",
    "\ncues = [{ at = 1, text = \"x\" }]\n",
    "\nimage = \"../x.svg\"\n",
    "\ntitle = {}\n",
    "= =",
    "\"",
    "'''",
    "[",
    "{",
    "}",
    "\u{feff}",
    "é",
    "\r\n",
    "\t",
    "\u{0}",
    "#",
    ".",
];

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    FlipByte(Index, u8),
    Number(Index, Index),
    Insert(Index, Index),
    Truncate(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::DeleteLine),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<Index>(), 1u8..=255).prop_map(|(a, m)| Mutation::FlipByte(a, m)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Number(a, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Insert(a, b)),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let mut lines: Vec<Vec<u8>> = bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
    match mutation {
        Mutation::DeleteLine(i) => {
            lines.remove(i.index(lines.len()));
        }
        Mutation::DuplicateLine(i) => {
            let at = i.index(lines.len());
            lines.insert(at, lines[at].clone());
        }
        Mutation::SwapLines(a, b) => {
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
        }
        Mutation::FlipByte(i, mask) => {
            if !bytes.is_empty() {
                let at = i.index(bytes.len());
                bytes[at] ^= mask;
            }
            return;
        }
        Mutation::Number(which, extreme) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let numbers: Vec<(usize, usize)> = digit_runs(&text);
            if !numbers.is_empty() {
                let (start, end) = numbers[which.index(numbers.len())];
                let value = EXTREMES[extreme.index(EXTREMES.len())];
                *bytes = format!("{}{value}{}", &text[..start], &text[end..]).into_bytes();
            }
            return;
        }
        Mutation::Insert(at, snippet) => {
            let at = at.index(bytes.len() + 1);
            let snippet = SNIPPETS[snippet.index(SNIPPETS.len())].as_bytes();
            bytes.splice(at..at, snippet.iter().copied());
            return;
        }
        Mutation::Truncate(at) => {
            bytes.truncate(at.index(bytes.len() + 1));
            return;
        }
    }
    *bytes = lines.join(&b'\n');
}

fn digit_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// The properties every outcome must have.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let file = Path::new("p.toml");
    match program::parse_bytes(bytes, file, None) {
        Ok(program) => {
            let plan = Plan::new(&program);
            prop_assert!(plan.total_seconds <= MAX_TOTAL_SECONDS, "total {}", plan.total_seconds);
            prop_assert!(!plan.steps.is_empty());
        }
        Err(diagnostics) => {
            prop_assert!(!diagnostics.is_empty());
            prop_assert!(diagnostics.len() <= program::MAX_DIAGNOSTICS + 1);
            let text = String::from_utf8_lossy(bytes);
            let lines: Vec<&str> = text.split('\n').collect();
            for Diagnostic { file: f, line, column, message } in &diagnostics {
                prop_assert_eq!(f.as_path(), file);
                prop_assert!(
                    *line >= 1 && *line <= lines.len(),
                    "line {} of {}",
                    line,
                    lines.len()
                );
                let width = lines[line - 1].chars().count();
                prop_assert!(
                    *column >= 1 && *column <= width + 1,
                    "column {} of {}",
                    column,
                    width
                );
                prop_assert!(!message.to_string().is_empty());
            }
            let positions: Vec<_> = diagnostics.iter().map(|d| (d.line, d.column)).collect();
            let mut sorted = positions.clone();
            sorted.sort();
            prop_assert_eq!(positions, sorted, "diagnostics are in file order");
        }
    }
    Ok(())
}

/// One exercise of a generated program: (dosage, sets, sides, rest, set_rest).
type Generated = ((u32, Option<u32>, bool), u32, &'static str, Option<u32>, Option<u32>);

fn generated_exercise() -> impl Strategy<Value = Generated> {
    (
        // (duration or reps, seconds_per_rep, is it reps)
        prop_oneof![
            prop_oneof![1u32..=120, 1u32..=3600].prop_map(|d| (d, None, false)),
            (1u32..=500, prop::option::of(1u32..=60)).prop_map(|(r, p)| (r, p, true)),
        ],
        prop_oneof![Just(1u32), 1u32..=5, 1u32..=50],
        prop::sample::select(vec!["none", "both", "left", "right"]),
        prop::option::of(0u32..=3600),
        prop::option::of(0u32..=3600),
    )
}

/// The contract's total, computed independently of `Plan`.
fn contract_total(defaults: [u32; 4], exercises: &[Generated]) -> u64 {
    let [get_ready, rest, set_rest, switch] = defaults.map(u64::from);
    let mut total = get_ready;
    for (i, ((amount, pace, is_reps), sets, sides, own_rest, own_set_rest)) in
        exercises.iter().enumerate()
    {
        let work = match (is_reps, pace) {
            (false, _) => u64::from(*amount),
            (true, Some(pace)) => u64::from(amount * pace),
            (true, None) => 0,
        };
        let sides = if *sides == "both" { 2 } else { 1 };
        let sets = u64::from(*sets);
        total += sets * sides * work + sets * (sides - 1) * switch;
        total += (sets - 1) * own_set_rest.map_or(set_rest, u64::from);
        if i + 1 < exercises.len() {
            total += own_rest.map_or(rest, u64::from);
        }
    }
    total
}

fn generated_source(defaults: [u32; 4], exercises: &[Generated]) -> String {
    let [get_ready, rest, set_rest, switch] = defaults;
    let mut source = format!(
        "format = 1\nid = \"gen\"\ntitle = \"Generated\"\n[defaults]\nget_ready = {get_ready}\n\
         rest = {rest}\nset_rest = {set_rest}\nswitch_sides = {switch}\n[[block]]\n"
    );
    for (i, ((amount, pace, is_reps), sets, sides, rest, set_rest)) in exercises.iter().enumerate()
    {
        source.push_str(&format!("[[block.exercise]]\nid = \"e{i}\"\nname = \"E\"\n"));
        if *is_reps {
            source.push_str(&format!("reps = {amount}\n"));
            if let Some(pace) = pace {
                source.push_str(&format!("seconds_per_rep = {pace}\n"));
            }
        } else {
            source.push_str(&format!("duration = {amount}\n"));
        }
        source.push_str(&format!("sets = {sets}\nsides = \"{sides}\"\n"));
        if let Some(rest) = rest {
            source.push_str(&format!("rest = {rest}\n"));
        }
        if let Some(set_rest) = set_rest {
            source.push_str(&format!("set_rest = {set_rest}\n"));
        }
    }
    source
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Well-formed programs with any values in range: accepted exactly when the contract's
    /// total is at most 4 hours, and then `Plan` agrees with the contract to the second.
    #[test]
    fn generated_programs_follow_the_contract_total(
        defaults in prop::array::uniform4(prop_oneof![Just(0u32), 0u32..=600]),
        exercises in prop::collection::vec(generated_exercise(), 1..8),
    ) {
        let source = generated_source(defaults, &exercises);
        let expected = contract_total(defaults, &exercises);
        match program::parse(&source, Path::new("g.toml"), None) {
            Ok(program) => {
                prop_assert!(expected <= u64::from(MAX_TOTAL_SECONDS));
                prop_assert_eq!(u64::from(Plan::new(&program).total_seconds), expected);
            }
            Err(diagnostics) => {
                prop_assert!(expected > u64::from(MAX_TOTAL_SECONDS), "{:?}", diagnostics);
                prop_assert_eq!(diagnostics.len(), 1);
                let clock = limber::program::format_clock(u32::try_from(expected).unwrap());
                let wanted = format!("the planned session takes {clock}, more than");
                prop_assert!(diagnostics[0].message.to_string().starts_with(&wanted), "{}", diagnostics[0]);
            }
        }
        check(source.as_bytes())?;
    }

    #[test]
    fn mutated_programs_never_panic(
        seed in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let seeds = seeds();
        let mut bytes = seeds[seed.index(seeds.len())].clone().into_bytes();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        check(&bytes)?;
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        check(&bytes)?;
    }

    #[test]
    fn random_toml_like_text_never_panics(
        tokens in prop::collection::vec(
            prop::sample::select(vec![
                "format = 1\n", "id = \"a\"\n", "title = \"T\"\n", "[[block]]\n",
                "[[block.exercise]]\n", "name = \"N\"\n", "duration = 3600\n", "reps = 500\n",
                "seconds_per_rep = 60\n", "sets = 50\n", "sides = \"both\"\n", "[defaults]\n",
                "rest = 3600\n", "set_rest = \"1h\"\n", "switch_sides = 3600\n", "get_ready = 3600\n",
                "cues = [{ at = 5, text = \"x\" }]\n", "kind = \"stretch\"\n", "[block]\n",
                "x = 1\n", "id = \"b\"\n", "title = { nl = \"T\" }\n", "stop_if = [\"x\"]\n",
            ]),
            0..60,
        )
    ) {
        check(tokens.concat().as_bytes())?;
    }
}

#[test]
fn the_seeds_are_valid() {
    for seed in seeds() {
        assert!(program::parse(seed, Path::new("s.toml"), None).is_ok(), "{seed}");
    }
}
