//! Rough text measures, for choosing sizes that fit a space: iced lays text out only when it
//! draws, so a screen that wants its texts as large as the space allows estimates them here.

/// The line height iced gives text, as a multiple of its size.
pub const LINE: f32 = 1.3;

/// Measures against a width (Inter averages about 0.56 em per character, digits in the
/// display face about 0.62; 0.6 is on the safe side of both).
#[derive(Debug, Clone, Copy)]
pub struct Fit {
    pub width: f32,
}

impl Fit {
    const EM_PER_CHAR: f32 = 0.6;

    /// Running text averages narrower than headings and digits.
    const PROSE_EM_PER_CHAR: f32 = 0.5;

    /// How many lines `text` takes at `size`, at most `max`.
    pub fn lines(self, text: &str, size: f32, max: u32) -> f32 {
        let wide = text.chars().count() as f32 * Self::EM_PER_CHAR * size;
        (wide / self.width.max(1.0)).ceil().clamp(1.0, max as f32)
    }

    /// How many lines a paragraph takes at `size` (wrapping wastes part of each line).
    pub fn prose_lines(self, text: &str, size: f32) -> f32 {
        let wide = text.chars().count() as f32 * Self::PROSE_EM_PER_CHAR * size;
        (wide / (self.width.max(1.0) * 0.9)).ceil().max(1.0)
    }

    /// The largest size up to `size` at which `text` fits on `lines` lines.
    pub fn size(self, text: &str, size: f32, lines: u32) -> f32 {
        let chars = text.chars().count().max(1) as f32;
        size.min(self.width * lines as f32 / (chars * Self::EM_PER_CHAR))
    }

    /// The leading sentences of the paragraph `text` that fit in `height` at `size`, with
    /// "…" when some are left out: a text cut off mid-line reads as broken, a shorter one
    /// does not. The first sentence is kept whatever its length.
    pub fn sentences_within(self, text: &str, size: f32, height: f32) -> String {
        let fits = |part: &str| self.prose_lines(part, size) * size * LINE <= height;
        if fits(text) {
            return text.to_owned();
        }
        let ends = text
            .char_indices()
            .filter(|&(at, c)| {
                matches!(c, '.' | '!' | '?') && text[at + 1..].starts_with(char::is_whitespace)
            })
            .map(|(at, _)| at + 1);
        let mut kept = None;
        for end in ends {
            let part = format!("{} …", &text[..end]);
            if kept.is_some() && !fits(&part) {
                break;
            }
            kept = Some(part);
        }
        kept.unwrap_or_else(|| text.to_owned())
    }

    /// The largest size up to `size` at which the paragraph `text` fits in `height`.
    pub fn prose_size(self, text: &str, size: f32, height: f32) -> f32 {
        // The lines a paragraph takes grow with its size: step down until it fits.
        let mut size = size;
        while size > 8.0 && self.prose_lines(text, size) * size * LINE > height {
            size *= 0.92;
        }
        size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_shrink_to_the_width_and_height() {
        let fit = Fit { width: 300.0 };
        assert!((fit.size("0:08", 200.0, 1) - 125.0).abs() < 0.01);
        assert_eq!(fit.size("0:08", 100.0, 1), 100.0);
        assert_eq!(fit.lines("Front plank", 56.0, 2), 2.0);
        let text = "Lie on your back, knees bent, feet flat. ".repeat(6);
        let size = fit.prose_size(&text, 20.0, 120.0);
        assert!(size < 20.0 && fit.prose_lines(&text, size) * size * LINE <= 120.0);
    }

    #[test]
    fn a_paragraph_too_long_keeps_its_first_whole_sentences() {
        let fit = Fit { width: 300.0 };
        let text = "March on the spot. Swing your arms loosely. Lift your knees gently to about hip height.";
        assert_eq!(fit.sentences_within(text, 16.0, 200.0), text);
        let two_lines = 2.0 * 16.0 * LINE;
        assert_eq!(
            fit.sentences_within(text, 16.0, two_lines),
            "March on the spot. Swing your arms loosely. …"
        );
        assert_eq!(fit.sentences_within(text, 16.0, 1.0), "March on the spot. …");
        // No sentence ends inside: the text stays whole (and is clipped).
        assert_eq!(
            fit.sentences_within("one long line of words", 40.0, 1.0),
            "one long line of words"
        );
        // A full stop inside a number is not the end of a sentence.
        assert_eq!(fit.sentences_within("Hold 2.5 s then stop", 40.0, 1.0), "Hold 2.5 s then stop");
    }
}
