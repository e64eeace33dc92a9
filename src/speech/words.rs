//! Numbers as words, to be spoken: "tien", "tweeëntwintig", "three hundred and five".
//!
//! Up to [`MAX`], far above what a program can hold (500 reps, 3600 seconds, 50 sets). Dutch
//! writes a number as one word up to a thousand ("honderdvijfentwintig") and puts a space
//! after "duizend" (as the Taalunie advises for long numbers); the number one is "één", since
//! "een" is read as the article.

/// The largest number [`words`] spells out; larger ones are given as digits.
pub const MAX: u32 = 999_999;

/// `n` in words in `language` (`nl`, anything else is English).
pub fn words(n: u32, language: &str) -> String {
    if n > MAX {
        return n.to_string();
    }
    match language {
        "nl" => dutch(n),
        _ => english(n),
    }
}

const EN_SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 10] =
    ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn english(n: u32) -> String {
    if n >= 1000 {
        let (thousands, rest) = (n / 1000, n % 1000);
        let head = format!("{} thousand", english_below_1000(thousands));
        return match rest {
            0 => head,
            1..100 => format!("{head} and {}", english_below_1000(rest)),
            _ => format!("{head} {}", english_below_1000(rest)),
        };
    }
    english_below_1000(n)
}

fn english_below_1000(n: u32) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let tail = match rest {
        0..20 => EN_SMALL[rest as usize].to_owned(),
        _ if rest % 10 == 0 => EN_TENS[(rest / 10) as usize].to_owned(),
        _ => format!("{}-{}", EN_TENS[(rest / 10) as usize], EN_SMALL[(rest % 10) as usize]),
    };
    match (hundreds, rest) {
        (0, _) => tail,
        (h, 0) => format!("{} hundred", EN_SMALL[h as usize]),
        (h, _) => format!("{} hundred and {tail}", EN_SMALL[h as usize]),
    }
}

const NL_SMALL: [&str; 20] = [
    "nul",
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
];
const NL_TENS: [&str; 10] = [
    "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
];

fn dutch(n: u32) -> String {
    if n >= 1000 {
        let (thousands, rest) = (n / 1000, n % 1000);
        let head = match thousands {
            1 => "duizend".to_owned(),
            t => format!("{}duizend", dutch_in_compound(t)),
        };
        return if rest == 0 { head } else { format!("{head} {}", dutch_in_compound(rest)) };
    }
    dutch_below_1000(n)
}

/// The number as the first or last part of a longer one: "een" without accents there.
fn dutch_in_compound(n: u32) -> String {
    if n == 1 { "een".to_owned() } else { dutch_below_1000(n) }
}

fn dutch_below_1000(n: u32) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let tail = match rest {
        0..20 => NL_SMALL[rest as usize].to_owned(),
        _ if rest % 10 == 0 => NL_TENS[(rest / 10) as usize].to_owned(),
        _ => {
            let unit = match rest % 10 {
                1 => "een",
                u => NL_SMALL[u as usize],
            };
            // "tweeëntwintig": a diaeresis keeps "ee" + "en" from being read as one vowel.
            let and = if unit.ends_with('e') { "ën" } else { "en" };
            format!("{unit}{and}{}", NL_TENS[(rest / 10) as usize])
        }
    };
    let head = match hundreds {
        0 => return tail,
        1 => "honderd".to_owned(),
        h => format!("{}honderd", NL_SMALL[h as usize]),
    };
    match rest {
        0 => head,
        1 => format!("{head}een"),
        _ => format!("{head}{tail}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_numbers() {
        let cases = [
            (0, "zero"),
            (1, "one"),
            (12, "twelve"),
            (20, "twenty"),
            (21, "twenty-one"),
            (45, "forty-five"),
            (99, "ninety-nine"),
            (100, "one hundred"),
            (105, "one hundred and five"),
            (120, "one hundred and twenty"),
            (500, "five hundred"),
            (999, "nine hundred and ninety-nine"),
            (1000, "one thousand"),
            (1001, "one thousand and one"),
            (3600, "three thousand six hundred"),
            (14_400, "fourteen thousand four hundred"),
            (999_999, "nine hundred and ninety-nine thousand nine hundred and ninety-nine"),
        ];
        for (n, want) in cases {
            assert_eq!(words(n, "en"), want, "{n}");
        }
        assert_eq!(words(1_000_000, "en"), "1000000");
    }

    #[test]
    fn dutch_numbers() {
        let cases = [
            (0, "nul"),
            (1, "één"),
            (4, "vier"),
            (10, "tien"),
            (13, "dertien"),
            (20, "twintig"),
            (21, "eenentwintig"),
            (22, "tweeëntwintig"),
            (23, "drieëntwintig"),
            (30, "dertig"),
            (45, "vijfenveertig"),
            (88, "achtentachtig"),
            (100, "honderd"),
            (101, "honderdeen"),
            (110, "honderdtien"),
            (125, "honderdvijfentwintig"),
            (200, "tweehonderd"),
            (500, "vijfhonderd"),
            (999, "negenhonderdnegenennegentig"),
            (1000, "duizend"),
            (1001, "duizend een"),
            (1500, "duizend vijfhonderd"),
            (3600, "drieduizend zeshonderd"),
            (21_000, "eenentwintigduizend"),
        ];
        for (n, want) in cases {
            assert_eq!(words(n, "nl"), want, "{n}");
        }
    }

    #[test]
    fn every_number_in_the_program_limits_has_words() {
        for language in ["en", "nl"] {
            for n in 0..=crate::program::MAX_DURATION.max(crate::program::MAX_REPS) {
                let text = words(n, language);
                assert!(!text.is_empty() && !text.chars().any(|c| c.is_ascii_digit()), "{n}");
                assert!(!text.contains("  ") && text.trim() == text, "{n}: {text:?}");
            }
        }
    }
}
