//! Containment an article tells in words, beyond what the gazetteer knows: "Uspallata, in
//! Mendoza province", "Bella Unión lies in the department of Artigas", "Livingston, a town of
//! 20,000 people in the department of Izabal", "Puerto Lempira, the capital of the department
//! of Gracias a Dios", "Ses Salines, the municipality that includes Colònia de Sant Jordi".

use crate::extract::mentions::possessive_after;
use crate::extract::{EntityRef, Extraction, Mention};
use crate::gazetteer::{fold, Gazetteer, PlaceKind, TriggerKind};
use crate::text::Doc;
use rustc_hash::FxHashMap as HashMap;

/// The most words between the phrase that tells containment and the container's name
/// ("in the remote northern department of").
const MOST_WORDS_BEFORE_CONTAINER: usize = 5;
/// The most words of a description between "a town" and "in" ("a Garifuna town of about
/// 20,000 people in").
const MOST_DESCRIPTION_WORDS: usize = 8;

/// Sets `within` for every place the article says lies in another.
pub(super) fn containment_told(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    ex: &mut Extraction,
) {
    let place_of = |i: usize| match refs[i] {
        Some(EntityRef::Place(p)) => Some(p),
        _ => None,
    };
    // The first place named from each token, and the token after its name.
    let mut starting_at: HashMap<usize, (usize, usize)> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if let Some(p) = place_of(i) {
            starting_at
                .entry(m.tokens.start)
                .or_insert((p, m.tokens.end));
        }
    }
    let place_starting_at = |t: usize| starting_at.get(&t).copied();
    let mut told = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(place) = place_of(i) else { continue };
        let end = doc.sentences[m.sentence].tokens.end;
        let word = |t: usize| if t < end { doc.folded(t) } else { "" };
        if let Some(from) = container_phrase_end(g, doc, m.tokens.end, end, &place_starting_at) {
            told.extend(containers_told(
                g,
                doc,
                place,
                from,
                end,
                &place_starting_at,
            ));
        }
        // "Ses Salines, the municipality that includes ...", "the Northern Province, which
        // includes Mullaitivu".
        let mut t = m.tokens.end;
        // ("Tengnoupal district, which includes Moreh": past the kind of place.)
        if g.is_trigger(TriggerKind::StateContext, word(t)) && word(t + 1) == "," {
            t += 1;
        }
        if word(t) == "," {
            t += 1;
            if word(t) == "the" {
                t += 1;
                while t < end && t < m.tokens.end + 5 && !matches!(word(t), "that" | "which") {
                    t += 1;
                }
            }
            if matches!(word(t), "that" | "which") && matches!(word(t + 1), "includes" | "include")
            {
                if let Some((inner, _)) = first_place_after(g, doc, t + 2, end, &place_starting_at)
                {
                    told.push((inner, place));
                }
            }
        }
    }
    // "MOREH, India (AP) — ... The town, in India's Manipur state, is ...": the town the story
    // is filed from, called so, lies in the places told after it.
    let dateline = crate::extract::dateline_mention(doc, mentions);
    let dateline_town = dateline.and_then(place_of);
    // "DYMCHURCH, England (Reuters)": a town the gazetteer does not place lies in the country
    // or region written after it.
    if let (Some(i), Some(town)) = (dateline, dateline_town) {
        let after = crate::extract::written_after_dateline(doc, mentions, i).and_then(place_of);
        if let Some(region) = after.filter(|&r| r != town && ex.places[town].within.is_none()) {
            told.push((town, region));
        }
    }
    if let Some(town) = dateline_town {
        for s in &doc.sentences {
            let t = crate::extract::after_dateline(doc, s) + s.tokens.start;
            let end = s.tokens.end;
            let word = |t: usize| if t < end { doc.folded(t) } else { "" };
            if word(t) == "the"
                && g.is_trigger(TriggerKind::CityContext, word(t + 1))
                && word(t + 2) == ","
                && is_within(word(t + 3))
            {
                told.extend(containers_told(
                    g,
                    doc,
                    town,
                    t + 4,
                    end,
                    &place_starting_at,
                ));
            }
        }
    }
    for (inner, outer) in told {
        set_within(g, ex, inner, outer);
    }
}

/// The containers told from token `from` for the place `inner`, as (inner, outer) pairs:
/// "Cárdenas, in Cuba's Matanzas province" (the country, then the province in it), "a village
/// inside Banc d'Arguin National Park, in the Dakhlet Nouadhibou region" (each container told
/// lies in the one told after it). Outer pairs first: a place set in a container that is itself
/// set in a known region is then placed through it.
fn containers_told(
    g: &Gazetteer,
    doc: &Doc,
    mut inner: usize,
    from: usize,
    end: usize,
    place_starting_at: &impl Fn(usize) -> Option<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let word = |t: usize| if t < end { doc.folded(t) } else { "" };
    let mut t = from;
    let mut pairs = Vec::new();
    loop {
        let mut chain = Vec::new();
        let mut next = None;
        while let Some((outer, after)) = first_place_after(g, doc, t, end, place_starting_at) {
            chain.push(outer);
            if possessive_after(doc, after - 1) {
                t = after + 2;
                continue;
            }
            if word(after) == "," && is_within(word(after + 1)) {
                next = Some(after + 2);
            }
            break;
        }
        // Outermost last: the possessor holds what follows it.
        if let Some((&nearest, rest)) = chain.split_last() {
            pairs.push((inner, nearest));
            inner = nearest;
            for &outer in rest.iter().rev() {
                pairs.push((inner, outer));
                inner = outer;
            }
        }
        match next {
            Some(after_within) => t = after_within,
            None => break,
        }
    }
    pairs.reverse();
    pairs
}

/// Where the container's name may begin after a place ending at token `t`: after ", in",
/// "lies in", "belongs to", ", a town of 20,000 people in", ", the capital of", ", on" before
/// a place's shore ("Fethiye, on Turkey's southern coast").
fn container_phrase_end(
    g: &Gazetteer,
    doc: &Doc,
    mut t: usize,
    end: usize,
    place_starting_at: &impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<usize> {
    let word = |t: usize| if t < end { doc.folded(t) } else { "" };
    // "Lubero territory, in Congo's North Kivu province": past the kind of place.
    if g.is_trigger(TriggerKind::StateContext, word(t)) && word(t + 1) == "," {
        t += 1;
    }
    let comma = word(t) == ",";
    if comma {
        t += 1;
        if word(t) == "which" {
            t += 1;
        }
        // "Corredores, just inside Costa Rica": how far in.
        if matches!(word(t), "just" | "right" | "well" | "deep") && is_within(word(t + 1)) {
            t += 1;
        }
    }
    match word(t) {
        w if comma && is_within(w) => Some(t + 1),
        "on" if comma
            && place_starting_at(t + 1)
                .is_some_and(|(_, after)| crate::extract::edge_of_place_after(doc, after, end)) =>
        {
            Some(t + 1)
        }
        "lies" | "lie" | "sits" | "is" if word(t + 1) == "in" => Some(t + 2),
        "belongs" | "belong" if word(t + 1) == "to" => Some(t + 2),
        // ", a Garifuna town of about 20,000 people in": a word for a town opens the
        // description, and nothing in it is cut off by a comma.
        "a" | "an" if comma => {
            // (Or any description of a few words: "a cluster of sand-coloured houses inside".)
            let head = (t + 1..(t + 4).min(end))
                .find(|&u| g.is_trigger(TriggerKind::CityContext, word(u)))
                .unwrap_or(t + 1);
            let into = (head + 1..(head + 1 + MOST_DESCRIPTION_WORDS).min(end))
                // (A comma inside "20,000" cuts nothing off.)
                .take_while(|&u| {
                    word(u) != "," || word(u + 1).starts_with(|c: char| c.is_ascii_digit())
                })
                .find(|&u| is_within(word(u)))?;
            Some(into + 1)
        }
        // ", the capital of", ", the main town of", ", the seat of".
        "the" if comma => {
            let head = (t + 1..(t + 4).min(end))
                .find(|&u| g.is_trigger(TriggerKind::CityContext, word(u)) || word(u) == "seat")?;
            matches!(word(head + 1), "of" | "in").then_some(head + 2)
        }
        _ => None,
    }
}

/// Whether a word says that what comes before lies in what comes after.
fn is_within(word: &str) -> bool {
    matches!(word, "in" | "inside" | "within")
}

/// The first place named from token `t`, past words that only say what kind of place it is or
/// where in it ("the remote northern department of"): the place and the token after its name.
fn first_place_after(
    g: &Gazetteer,
    doc: &Doc,
    t: usize,
    end: usize,
    place_starting_at: &impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    for u in t..(t + MOST_WORDS_BEFORE_CONTAINER + 1).min(end) {
        if let Some(found) = place_starting_at(u) {
            return Some(found);
        }
        let w = doc.folded(u);
        let filler = matches!(w, "the" | "of" | "remote")
            || g.is_trigger(TriggerKind::StateContext, w)
            || g.is_trigger(TriggerKind::CityContext, w)
            || crate::extract::is_compass_adjective(w)
            || (doc.is_capitalised(u) && g.demonym(w).is_some());
        if !filler {
            return None;
        }
    }
    None
}

/// How large a kind of place is, for telling which of two can hold the other.
fn size_rank(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Landmark => 0,
        PlaceKind::City => 1,
        PlaceKind::State => 2,
        PlaceKind::Country => 3,
        PlaceKind::WorldRegion => 4,
    }
}

/// Whether a landmark so named is an area that towns lie in: "Banc d'Arguin National Park",
/// "the Darién Gap", "the Paraguaná Peninsula" (not a bridge, a river or a building).
fn holds_towns(name: &str) -> bool {
    let folded = fold(name);
    matches!(
        folded.rsplit(' ').next().unwrap_or(""),
        "park"
            | "reserve"
            | "forest"
            | "sanctuary"
            | "desert"
            | "valley"
            | "peninsula"
            | "delta"
            | "gap"
            | "jungle"
    )
}

/// Records that `inner` lies in `outer`, unless that contradicts what is known: a loop, a
/// smaller place holding a larger one, or a container elsewhere than the one already known.
/// A known town the gazetteer places elsewhere is its namesake in `outer`, when there is one
/// ("Livingston, a town in the department of Izabal" is Guatemala's, not New Jersey's).
fn set_within(g: &Gazetteer, ex: &mut Extraction, inner: usize, outer: usize) {
    let (inner_kind, outer_kind) = (ex.places[inner].kind, ex.places[outer].kind);
    let area_holds_town = outer_kind == PlaceKind::Landmark
        && inner_kind == PlaceKind::City
        && holds_towns(&ex.places[outer].name);
    if inner == outer
        || ex.lies_within(outer, inner)
        || inner_kind == PlaceKind::Country
        || (size_rank(outer_kind) < size_rank(inner_kind) && !area_holds_town)
        || (outer_kind == PlaceKind::Landmark
            && inner_kind != PlaceKind::Landmark
            && !area_holds_town)
    {
        return;
    }
    match ex.places[inner].within {
        None => ex.places[inner].within = Some(outer),
        Some(old) if old == outer => {}
        // "Berlín belongs to the municipality of Tona": a nearer container inside the known one.
        Some(old) if ex.lies_within(outer, old) => ex.places[inner].within = Some(outer),
        Some(old)
            if ex.places[outer].within.is_none()
                && ex.places[outer].known.is_none()
                && size_rank(ex.places[old].kind) >= size_rank(outer_kind)
                && !ex.lies_within(old, outer) =>
        {
            ex.places[outer].within = Some(old);
            ex.places[inner].within = Some(outer);
        }
        // "Tengnoupal district, which includes Moreh" and "the town, in Manipur state": the
        // nearer container the gazetteer does not know lies in the farther one (which may lie
        // in the country it was put in: "India's Manipur state").
        Some(old)
            if ex.places[old]
                .within
                .is_none_or(|w| ex.lies_within(outer, w))
                && ex.places[old].known.is_none()
                && size_rank(ex.places[old].kind) <= size_rank(outer_kind)
                && !ex.lies_within(outer, old) =>
        {
            ex.places[old].within = Some(outer);
        }
        Some(_) => {
            let (Some(known), Some(outer_known)) = (ex.places[inner].known, ex.places[outer].known)
            else {
                return;
            };
            let namesake = g
                .places_named(&fold(&g.places[known].name))
                .iter()
                .copied()
                .find(|&c| {
                    c != known
                        && (g.subdivision_of(c) == Some(outer_known)
                            || g.country_of(c) == Some(outer_known)
                            // (The gazetteer may know the town's country and not its state.)
                            || (g.subdivision_of(c).is_none()
                                && g.country_of(c).is_some()
                                && g.country_of(c) == g.country_of(outer_known)))
                });
            if let Some(namesake) = namesake {
                if ex.places.iter().all(|p| p.known != Some(namesake)) {
                    let place = &mut ex.places[inner];
                    place.known = Some(namesake);
                    place.kind = g.places[namesake].kind;
                    place.name = g.places[namesake].name.clone();
                    place.within = Some(outer);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::Gazetteer;
    use crate::text::Doc;

    /// The name of the place that holds the place named `name`, as the article tells it.
    fn container_of(text: &str, name: &str) -> Option<String> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(&format!("Notes\n\n{text}"), g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let place = ex
            .places
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name} in {:?}", ex.places));
        place.within.map(|c| ex.places[c].name.clone())
    }

    #[test]
    fn a_place_said_to_lie_in_another_lies_in_it() {
        for (text, inner, outer) in [
            // (Opening the sentence bare, "Rivera" may be a surname: the town is said so.)
            (
                "The town of Rivera lies in the department of Artigas.",
                "Rivera",
                "Artigas",
            ),
            (
                "They left from an inlet near Cárdenas, in Cuba's Matanzas province.",
                "Cárdenas",
                "Matanzas",
            ),
            ("Matanzas province is in Cuba. Cárdenas, in Cuba's Matanzas province.", "Matanzas", "Cuba"),
            // On a place's shore, after a comma.
            (
                "The boat had left from a beach near Fethiye, on Turkey's southern coast.",
                "Fethiye",
                "Turkey",
            ),
            // Past the kind of place written after the inner one.
            (
                "They fled villages in Kessar territory, in Congo's North Kivu province.",
                "Kessar",
                "North Kivu",
            ),
            (
                "Torvena, a fishing village of 800 people in the Kessar region, has no shelter.",
                "Torvena",
                "Kessar",
            ),
            (
                "The mayor of Velmara, the municipality that includes the village of Ostrel, spoke.",
                "Ostrel",
                "Velmara",
            ),
            (
                "They were taken to Cobija, the capital of the department of Pando.",
                "Cobija",
                "Pando",
            ),
            // A park holds a village; each container told lies in the one told after it.
            (
                "They slept in Sarvelo, a cluster of stone houses inside Merrow National \
                 Park, in the Kessar region.",
                "Sarvelo",
                "Merrow National Park",
            ),
            (
                "They slept in Sarvelo, a cluster of stone houses inside Merrow National \
                 Park, in the Kessar region.",
                "Merrow National Park",
                "Kessar",
            ),
            // The dateline's town called "the town"; a district that includes it, then told
            // to lie in the state.
            (
                "VELKA, India (AP) — They come after dark. The town, in India's Manipur state, \
                 is quiet. The head of Tornal district, which includes Velka, spoke.",
                "Velka",
                "Tornal",
            ),
            (
                "VELKA, India (AP) — They come after dark. The town, in India's Manipur state, \
                 is quiet. The head of Tornal district, which includes Velka, spoke.",
                "Tornal",
                "Manipur",
            ),
            // The same of a town the gazetteer knows, in the country only: the district,
            // put in that country with the town, lies in the state told after.
            (
                "MOREH, India (AP) — They come after dark. The head of Tornal district, which \
                 includes Moreh, spoke. The town, in India's Manipur state, is quiet.",
                "Tornal",
                "Manipur",
            ),
            (
                "They were taken to the town of Velka, just inside Costa Rica.",
                "Velka",
                "Costa Rica",
            ),
            // A dateline's town the gazetteer lacks, in the country written after it.
            (
                "VELKA, England (Reuters) — A small boat ran onto the beach.",
                "VELKA",
                "England",
            ),
        ] {
            assert_eq!(container_of(text, inner).as_deref(), Some(outer), "{text}");
        }
    }

    #[test]
    fn a_town_placed_in_a_region_is_the_namesake_there() {
        let g = Gazetteer::builtin();
        // (The dateline alone would make it New Jersey's.)
        let text = "Notes\n\nCANDELARIA, Mexico (AP) — Boats land there.\n\nLivingston, a \
                    Garifuna town of about 20,000 people in the department of Izabal, can be \
                    reached only by water.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let town = ex
            .places
            .iter()
            .find(|p| p.names.iter().any(|n| n == "Livingston"))
            .unwrap_or_else(|| panic!("{:?}", ex.places));
        let known = town.known.expect("a known town");
        assert_eq!(g.country_of(known), g.by_iso("GT"), "{:?}", g.places[known]);
        assert_eq!(
            town.within.map(|c| ex.places[c].name.as_str()),
            Some("Izabal")
        );
    }

    #[test]
    fn a_place_keeps_its_known_container_when_the_text_does_not_place_it() {
        // "in a camp" names no container, and a country does not lie in a town.
        assert_eq!(
            container_of(
                "They slept in Tapachula, in a camp by the river.",
                "Tapachula"
            )
            .as_deref(),
            Some("Chiapas")
        );
        assert_eq!(
            container_of("Officials in Mexico, in Tapachula, said so.", "Mexico"),
            None
        );
    }
}
