//! Type: the three Inter faces the app ships, shaped with rustybuzz (the shaper krilla itself
//! uses), measured for line breaking, and turned into the glyphs krilla writes, so that what
//! is measured is exactly what is drawn.

use super::Error;
use krilla::text::{GlyphId, KrillaGlyph};

/// The faces' files, embedded once: the app's window (`gui::theme`) uses the same bytes.
/// Statics, not consts, so that every use points at the one copy.
pub static REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
pub static SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");
pub static DISPLAY: &[u8] = include_bytes!("../../assets/fonts/InterDisplay-Bold.otf");

/// One of the faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    /// Inter Regular: running text.
    Regular,
    /// Inter SemiBold: names, labels, figures.
    Semibold,
    /// Inter Display Bold: titles.
    Display,
}

impl Face {
    const ALL: [Face; 3] = [Face::Regular, Face::Semibold, Face::Display];

    fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Semibold => 1,
            Face::Display => 2,
        }
    }

    /// The font file's bytes.
    pub fn data(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR,
            Face::Semibold => SEMIBOLD,
            Face::Display => DISPLAY,
        }
    }
}

/// A run of text shaped in one face: its glyphs (advances in em) and its width in em.
#[derive(Debug, Clone)]
pub struct Shaped {
    pub glyphs: Vec<KrillaGlyph>,
    pub width_em: f32,
}

/// The faces, parsed once per document.
pub struct Fonts {
    faces: Vec<rustybuzz::Face<'static>>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fonts { Inter Regular, Inter SemiBold, Inter Display Bold }")
    }
}

impl Fonts {
    /// Parses the embedded faces.
    pub fn new() -> Result<Self, Error> {
        let faces = Face::ALL
            .iter()
            .map(|face| {
                rustybuzz::Face::from_slice(face.data(), 0)
                    .ok_or_else(|| Error::Pdf(format!("the embedded font {face:?} cannot be read")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { faces })
    }

    /// `text` shaped left to right in `face`.
    pub fn shape(&self, face: Face, text: &str) -> Shaped {
        let Some(rb) = self.faces.get(face.index()) else {
            return Shaped { glyphs: Vec::new(), width_em: 0.0 };
        };
        let units = rb.units_per_em().max(1) as f32;
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(rb, &[], buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (i, (info, position)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            // A cluster runs to the start of the next cluster (left to right, clusters rise).
            let end = infos[i + 1..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&next| next != start)
                .unwrap_or(text.len());
            let advance = position.x_advance as f32 / units;
            width += advance;
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                advance,
                position.x_offset as f32 / units,
                position.y_offset as f32 / units,
                position.y_advance as f32 / units,
                start..end.max(start),
                None,
            ));
        }
        Shaped { glyphs, width_em: width }
    }

    /// The width of `text` in points at `size`.
    pub fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        self.shape(face, text).width_em * size
    }

    /// `text` broken into lines no wider than `width` points: at spaces, keeping the text's
    /// own line breaks; a word wider than a line (a pasted link) is broken between letters.
    pub fn wrap(&self, face: Face, size: f32, text: &str, width: f32) -> Vec<String> {
        let space = self.width(face, size, " ");
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split_whitespace() {
                let mut word = word.to_owned();
                let mut word_width = self.width(face, size, &word);
                while word_width > width && word.chars().count() > 1 {
                    if !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                    }
                    let (head, tail) = self.split_to_fit(face, size, &word, width);
                    lines.push(head);
                    word = tail;
                    word_width = self.width(face, size, &word);
                }
                if line.is_empty() {
                    line = word;
                    line_width = word_width;
                } else if line_width + space + word_width <= width {
                    line.push(' ');
                    line.push_str(&word);
                    line_width += space + word_width;
                } else {
                    lines.push(std::mem::replace(&mut line, word));
                    line_width = word_width;
                }
            }
            if !line.is_empty() {
                lines.push(line);
            }
        }
        lines
    }

    /// The longest start of `word` (at least one letter) that fits in `width`, and the rest.
    fn split_to_fit(&self, face: Face, size: f32, word: &str, width: f32) -> (String, String) {
        // Ends of 1, 2, ... letters; the longest that fits, found by bisection.
        let ends: Vec<usize> = word.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
        let (mut fits, mut too_long) = (0, ends.len());
        while too_long - fits > 1 {
            let middle = (fits + too_long) / 2;
            if self.width(face, size, &word[..ends[middle]]) <= width {
                fits = middle;
            } else {
                too_long = middle;
            }
        }
        let cut = ends.get(fits).copied().unwrap_or(word.len());
        (word[..cut].to_owned(), word[cut..].to_owned())
    }

    /// `text` shortened with an ellipsis to fit `width` (table cells).
    pub fn fit(&self, face: Face, size: f32, text: &str, width: f32) -> String {
        if self.width(face, size, text) <= width {
            return text.to_owned();
        }
        // The longest start that fits with the ellipsis, by bisection: a hostile name of
        // thousands of letters costs a dozen shapings, not thousands.
        let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        if ends.is_empty() {
            return String::new();
        }
        let candidate = |count: usize| format!("{}…", text[..ends[count]].trim_end());
        let (mut fits, mut too_long) = (0, ends.len());
        while too_long - fits > 1 {
            let middle = (fits + too_long) / 2;
            if self.width(face, size, &candidate(middle)) <= width {
                fits = middle;
            } else {
                too_long = middle;
            }
        }
        candidate(fits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fit_the_width_and_keep_every_word_in_order() {
        let fonts = Fonts::new().unwrap();
        let text = "Lie on your back with your knees bent and your feet flat on the floor. \
                    Tighten your belly and lift your hips until knees, hips and shoulders line up.";
        let lines = fonts.wrap(Face::Regular, 10.0, text, 150.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(fonts.width(Face::Regular, 10.0, line) <= 150.0, "{line:?} is too wide");
        }
        assert_eq!(lines.join(" "), text.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_not_lost() {
        let fonts = Fonts::new().unwrap();
        let word = "https://example.org/".repeat(8);
        let lines = fonts.wrap(Face::Regular, 10.0, &format!("see {word} now"), 120.0);
        assert!(lines.iter().all(|l| fonts.width(Face::Regular, 10.0, l) <= 120.0));
        assert_eq!(lines.concat().replace(' ', ""), format!("see{word}now"));
    }

    #[test]
    fn line_breaks_in_the_text_are_kept_and_empty_text_has_no_lines() {
        let fonts = Fonts::new().unwrap();
        assert_eq!(fonts.wrap(Face::Regular, 10.0, "one\ntwo", 500.0), ["one", "two"]);
        assert!(fonts.wrap(Face::Regular, 10.0, "  ", 500.0).is_empty());
    }

    #[test]
    fn shaping_keeps_the_text_of_every_glyph() {
        let fonts = Fonts::new().unwrap();
        let text = "3 × 30 s · per kant – één";
        let shaped = fonts.shape(Face::Semibold, text);
        let covered: usize = shaped.glyphs.iter().map(|g| g.text_range.len()).sum();
        assert_eq!(covered, text.len());
        assert!(shaped.width_em > 5.0);
        assert_eq!(fonts.fit(Face::Regular, 10.0, text, 1000.0), text);
        let cut = fonts.fit(Face::Regular, 10.0, text, 40.0);
        assert!(cut.ends_with('…') && fonts.width(Face::Regular, 10.0, &cut) <= 40.0, "{cut}");
        let long = "x".repeat(20_000);
        assert!(fonts.fit(Face::Regular, 10.0, &long, 100.0).chars().count() < 40);
    }
}
