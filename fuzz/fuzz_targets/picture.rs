//! Picture checking: any bytes, as an SVG drawing or as a raster. A picture that passes must
//! also draw (small, to keep the runs fast).
#![no_main]

use libfuzzer_sys::fuzz_target;
use limber::picture;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let svg = kind & 1 == 1;
    if picture::check(bytes, svg).is_ok() {
        let drawn = picture::decode(bytes, svg, 64 * 64);
        assert!(drawn.is_ok(), "checked but not drawn: {drawn:?}");
        let drawn = drawn.unwrap_or_else(|_| unreachable!());
        assert_eq!(drawn.pixels.len(), drawn.width as usize * drawn.height as usize * 4);
    }
});
