//! Fonts of the computer the app runs on, for letters the shipped fonts lack: a route of Chinese,
//! Japanese, Arabic, Hebrew or Devanagari names draws them with the system's fonts rather than
//! as empty boxes. The system's fonts are listed only when such a letter first appears, once,
//! and each letter is looked for once; the fonts found stay for the rest of the run.

use std::collections::{BTreeSet, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use epaint::text::FontData;
use skrifa::{FontRef, GlyphId, MetadataProvider, Tag};

/// Letters a face is tried on at a time when choosing between faces: enough to tell a font of
/// the script from one with a few of its letters, without trying every letter on every font.
const SAMPLE: usize = 48;

/// A face of the system's fonts taken into the app's fonts.
#[derive(Clone)]
pub struct Added {
    /// The name the font is known by in the font definitions, unique among them.
    pub name: String,
    /// The font's family, for the SVG writer's list of families.
    pub family: String,
    pub data: Arc<FontData>,
}

/// The fonts taken so far, and the letters already looked for.
#[derive(Default)]
struct Registry {
    added: Vec<Added>,
    looked_for: HashSet<char>,
    /// The system's fonts, listed at the first look.
    system: Option<fontdb::Database>,
}

static REGISTRY: Mutex<Option<Registry>> = Mutex::new(None);
/// Counts the fonts taken, so that whoever holds fonts knows when to take them afresh.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// The system's fonts taken so far, in the order they were found.
pub fn added() -> Vec<Added> {
    let registry = REGISTRY.lock().unwrap_or_else(PoisonError::into_inner);
    registry
        .as_ref()
        .map(|r| r.added.clone())
        .unwrap_or_default()
}

/// Changes whenever a font is taken.
pub fn generation() -> u64 {
    GENERATION.load(Ordering::Acquire)
}

/// Looks among the system's fonts for `letters` (which the fonts in use lack), taking the
/// fonts that draw them; returns the letters no font on the computer draws. Letters looked for
/// before are not looked for again.
pub fn find(letters: &BTreeSet<char>) -> BTreeSet<char> {
    let mut guard = REGISTRY.lock().unwrap_or_else(PoisonError::into_inner);
    let registry = guard.get_or_insert_with(Registry::default);
    let new: BTreeSet<char> = letters
        .iter()
        .copied()
        .filter(|c| !registry.looked_for.contains(c))
        .collect();
    if !new.is_empty() {
        registry.looked_for.extend(&new);
        let system = registry.system.get_or_insert_with(|| {
            let started = std::time::Instant::now();
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            log::info!(
                "listed {} system font faces in {:.0} ms",
                db.len(),
                started.elapsed().as_secs_f64() * 1000.0
            );
            db
        });
        let taken = registry.added.len();
        for face in choose_faces(system, &new) {
            let name = format!("system-{}-{}", registry.added.len(), face.family);
            log::info!(
                "drawing letters the shipped fonts lack with {}",
                face.family
            );
            registry.added.push(Added {
                name,
                family: face.family,
                data: face.data,
            });
        }
        if registry.added.len() > taken {
            GENERATION.fetch_add(1, Ordering::AcqRel);
        }
    }
    letters
        .iter()
        .copied()
        .filter(|&c| !registry.added.iter().any(|a| has_glyph(&a.data, c)))
        .collect()
}

/// Whether a font draws `c`.
pub fn has_glyph(data: &FontData, c: char) -> bool {
    FontRef::from_index((*data.font).as_ref(), data.index)
        .ok()
        .and_then(|font| font.charmap().map(c))
        .is_some_and(|gid| gid != GlyphId::NOTDEF)
}

/// A face chosen to draw some letters.
struct Chosen {
    family: String,
    data: Arc<FontData>,
}

/// The fewest faces of `db` that draw `letters`, best first: each round takes the face that
/// draws most of the letters still without one, an upright regular sans-serif among equals.
fn choose_faces(db: &fontdb::Database, letters: &BTreeSet<char>) -> Vec<Chosen> {
    let mut left: Vec<char> = letters.iter().copied().collect();
    let mut chosen = Vec::new();
    while !left.is_empty() {
        let step = left.len().div_ceil(SAMPLE);
        let sample: Vec<char> = left.iter().step_by(step.max(1)).copied().collect();
        let best = db
            .faces()
            .filter_map(|face| {
                let drawn = db.with_face_data(face.id, |data, index| {
                    let font = FontRef::from_index(data, index).ok()?;
                    outlined(&font).then(|| count_drawn(&font, &sample))
                })??;
                (drawn > 0).then(|| (drawn, preference(face), face))
            })
            .max_by_key(|(drawn, preference, _)| (*drawn, *preference));
        let Some((_, _, face)) = best else {
            break;
        };
        let Some(data) = db.with_face_data(face.id, |data, index| {
            let mut font = FontData::from_owned(data.to_vec());
            font.index = index;
            font
        }) else {
            break;
        };
        let before = left.len();
        left.retain(|&c| !has_glyph(&data, c));
        if left.len() == before {
            break;
        }
        let family = face
            .families
            .first()
            .map_or_else(|| face.post_script_name.clone(), |(name, _)| name.clone());
        chosen.push(Chosen {
            family,
            data: Arc::new(data),
        });
    }
    chosen
}

fn count_drawn(font: &FontRef<'_>, letters: &[char]) -> usize {
    let charmap = font.charmap();
    letters
        .iter()
        .filter(|&&c| charmap.map(c).is_some_and(|gid| gid != GlyphId::NOTDEF))
        .count()
}

/// Whether the face has outlines to draw, rather than coloured bitmaps only, which neither the
/// window nor the pictures draw.
fn outlined(font: &FontRef<'_>) -> bool {
    [b"glyf", b"CFF ", b"CFF2"]
        .iter()
        .any(|tag| font.table_data(Tag::new(tag)).is_some())
}

/// How well a face suits map labels among faces that draw as many letters: upright, regular
/// weight, proportional, sans-serif.
fn preference(face: &fontdb::FaceInfo) -> u32 {
    let family = face
        .families
        .first()
        .map(|(name, _)| name.to_ascii_lowercase())
        .unwrap_or_default();
    let upright = u32::from(face.style == fontdb::Style::Normal);
    let regular = u32::from(face.weight == fontdb::Weight::NORMAL);
    let proportional = u32::from(!face.monospaced);
    let sans = u32::from(family.contains("sans") && !family.contains("mono"));
    upright * 8 + regular * 4 + proportional * 2 + sans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A font list of the shipped fonts alone, so that what is found does not depend on the
    /// computer the test runs on.
    fn shipped() -> fontdb::Database {
        let mut db = fontdb::Database::new();
        db.load_fonts_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts"));
        assert!(db.len() >= 4, "{} faces", db.len());
        db
    }

    #[test]
    fn the_face_that_draws_the_letters_is_chosen() {
        let georgian: BTreeSet<char> = "თბილისი".chars().collect();
        let chosen = choose_faces(&shipped(), &georgian);
        assert_eq!(chosen.len(), 1);
        assert_eq!(chosen[0].family, "Noto Sans Georgian");
        assert!(georgian.iter().all(|&c| has_glyph(&chosen[0].data, c)));
    }

    #[test]
    fn letters_of_two_scripts_take_a_face_each_and_a_regular_one() {
        let letters: BTreeSet<char> = "Մեղրի თბილისი".chars().filter(|c| *c != ' ').collect();
        let mut families: Vec<String> = choose_faces(&shipped(), &letters)
            .into_iter()
            .map(|c| c.family)
            .collect();
        families.sort();
        assert_eq!(families, ["Noto Sans Armenian", "Noto Sans Georgian"]);
        // Latin letters are in both the regular and the bold face; the regular one is taken.
        let latin: BTreeSet<char> = "Aktau".chars().collect();
        let chosen = choose_faces(&shipped(), &latin);
        let font = FontRef::from_index((*chosen[0].data.font).as_ref(), chosen[0].data.index)
            .expect("a font");
        let weight = font.attributes().weight;
        assert_eq!(weight, skrifa::attribute::Weight::NORMAL);
    }

    #[test]
    fn letters_no_face_draws_are_left() {
        let letters: BTreeSet<char> = ['北', '京'].into_iter().collect();
        assert!(choose_faces(&shipped(), &letters).is_empty());
    }
}
