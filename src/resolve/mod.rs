//! Resolution within an article: mentions of the same person, organisation or place become
//! one entity. "Secretary of State Antony Blinken" ... "Blinken" is one person; "National
//! Institute of Migration (INM)" ... "INM" one organisation; places go to their gazetteer entry.

mod containment;
pub mod cross;
mod incremental;
pub mod inputs;
pub mod names;

use rustc_hash::FxHashMap as HashMap;

use crate::extract::mentions::{
    not_the_known_place, COUNTRY_LOWER_CASE_BODY, UNKNOWN_REGION_OF_A_KNOWN_TOWN,
};
use crate::extract::{
    evidence_of, Affiliation, EntityRef, Extraction, Mention, MentionKind, Org, Person, Place, Role,
};
use crate::gazetteer::{fold, Gazetteer, PlaceKind, TriggerKind, INTERNATIONAL_KIND, NGO_KIND};
use crate::text::{Doc, TokenKind};

/// The folded words of a personal name, without initials ("Michael R. Pompeo" -> michael pompeo).
pub fn name_words(name: &str) -> Vec<String> {
    words_of_folded(&fold(&without_nickname(name)))
        .map(str::to_string)
        .collect()
}

/// How many words [`name_words`] finds in a name.
fn name_word_count(name: &str) -> usize {
    words_of_folded(&fold(&without_nickname(name))).count()
}

/// A name without the nickname quoted inside it: `José "Cheo" Guaregua` is José Guaregua
/// when names are compared, whatever the nickname.
fn without_nickname(name: &str) -> std::borrow::Cow<'_, str> {
    let is_quote = |c: char| matches!(c, '"' | '“' | '”');
    let Some(open) = name.find(is_quote) else {
        return name.into();
    };
    let after_open = open + name[open..].chars().next().map_or(1, char::len_utf8);
    match name[after_open..].find(is_quote) {
        Some(len) => {
            let close = after_open + len;
            let after_close = close + name[close..].chars().next().map_or(1, char::len_utf8);
            format!("{}{}", &name[..open], name[after_close..].trim_start()).into()
        }
        None => name.into(),
    }
}

pub(crate) fn words_of_folded(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| w.chars().nth(1).is_some())
}

/// Whether `short` can be a way of writing the person whose fullest name is `full`:
/// equal, a suffix ("López Obrador"), first name plus a suffix ("Luis García Villagrán" for
/// "Luis Rey García Villagrán"), or one non-first word ("Villagrán").
pub fn name_compatible<W: PartialEq>(short: &[W], full: &[W]) -> bool {
    if short.is_empty() || full.is_empty() || short.len() > full.len() {
        return false;
    }
    if full.ends_with(short) {
        return true;
    }
    if short.len() >= 2 && short[0] == full[0] && full.ends_with(&short[1..]) {
        return true;
    }
    short.len() == 1 && full.len() >= 2 && full[1..].contains(&short[0])
}

/// "De León" for "Dora Elisa de León Cardona": a surname that opens with a particle, written
/// alone, names the person whose name holds it after the first word.
fn particle_surname_within(g: &Gazetteer, short: &[&str], full: &[&str]) -> bool {
    short.len() >= 2
        && short.len() < full.len()
        && g.is_trigger(TriggerKind::NameParticle, short[0])
        && full[1..].windows(short.len()).any(|w| w == short)
}

/// "Shammari" for "Abdul Amir al-Shammari": a surname joined to its particle by a hyphen,
/// written alone without it.
fn surname_without_its_particle(g: &Gazetteer, short: &[&str], full: &[&str]) -> bool {
    matches!(short, [only] if full.len() >= 2
        && full[1..].iter().any(|w| without_particle(g, w) == Some(*only)))
}

/// The word after a particle joined to it by a hyphen ("al-shammari" -> "shammari").
fn without_particle<'w>(g: &Gazetteer, word: &'w str) -> Option<&'w str> {
    let (particle, bare) = word.split_once('-')?;
    (g.is_trigger(TriggerKind::NameParticle, particle) && bare.chars().nth(1).is_some())
        .then_some(bare)
}

/// Folds mentions into entities; returns them with what each mention became.
pub fn resolve(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
) -> (Extraction, Vec<Option<EntityRef>>) {
    let mut ex = Extraction::default();
    let mut refs: Vec<Option<EntityRef>> = vec![None; mentions.len()];
    resolve_places(g, doc, mentions, &mut ex, &mut refs);
    containment::containment_told(g, doc, mentions, &refs, &mut ex);
    resolve_orgs(g, doc, mentions, &mut ex, &mut refs);
    resolve_people(g, doc, mentions, &mut ex, &mut refs);
    for (i, m) in mentions.iter().enumerate() {
        if let MentionKind::Demonym(p) = m.kind {
            refs[i] = Some(EntityRef::Demonym(p));
        }
    }
    (ex, refs)
}

/// Index of the article's place the gazetteer does not know, under its folded `key`, creating
/// it as `name` of `kind` the first time the key is met.
fn new_place_entity(
    ex: &mut Extraction,
    by_key: &mut HashMap<String, usize>,
    key: String,
    name: &str,
    kind: PlaceKind,
) -> usize {
    *by_key.entry(key).or_insert_with(|| {
        ex.places.push(Place {
            name: name.to_string(),
            names: vec![],
            kind,
            known: None,
            within: None,
            evidence: vec![],
        });
        ex.places.len() - 1
    })
}

/// The place an article named in full before, whose name ends on a particle and `key` ("santa
/// maria di leuca" for "leuca"): only a one-word key, and only one such place.
fn place_ending_in(by_key: &HashMap<String, usize>, key: &str) -> Option<usize> {
    if key.contains(' ') {
        return None;
    }
    let mut found = by_key.iter().filter(|(name, _)| {
        name.strip_suffix(key)
            .and_then(|rest| rest.strip_suffix(' '))
            .and_then(|rest| rest.rsplit_once(' '))
            .is_some_and(|(_, particle)| {
                matches!(particle, "di" | "de" | "del" | "da" | "do" | "della")
            })
    });
    match (found.next(), found.next()) {
        (Some((_, &idx)), None) => Some(idx),
        _ => None,
    }
}

/// The new region an article named before with its division's word or without it ("Tanga
/// region", then "the Tanga regional police"; or the other way round): only one such region.
fn region_with_or_without_its_head(
    g: &Gazetteer,
    ex: &Extraction,
    by_key: &HashMap<String, usize>,
    key: &str,
) -> Option<usize> {
    let head_after = |longer: &str, shorter: &str| {
        longer
            .strip_prefix(shorter)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|word| g.is_trigger(TriggerKind::StateContext, word))
    };
    let mut found = by_key.iter().filter(|&(name, &idx)| {
        ex.places[idx].kind == PlaceKind::State
            && ex.places[idx].known.is_none()
            && (head_after(name, key) || head_after(key, name))
    });
    match (found.next(), found.next()) {
        (Some((_, &idx)), None) => Some(idx),
        _ => None,
    }
}

/// The IRI of a gazetteer place.
pub fn place_entity_iri(g: &Gazetteer, known: usize) -> String {
    format!("{}place/{}", crate::rdf::vocab::ID, g.places[known].id)
}

/// Index of the place entity for a gazetteer entry, creating it (unnamed) when absent.
pub fn place_entity(g: &Gazetteer, ex: &mut Extraction, known: usize) -> usize {
    if let Some(i) = ex.places.iter().position(|p| p.known == Some(known)) {
        return i;
    }
    let entry = &g.places[known];
    ex.places.push(Place {
        name: entry.name.clone(),
        names: vec![],
        kind: entry.kind,
        known: Some(known),
        within: None,
        evidence: vec![],
    });
    let idx = ex.places.len() - 1;
    let container = g
        .subdivision_of(known)
        .or_else(|| g.country_of(known).filter(|&c| c != known));
    if let Some(c) = container {
        let within = place_entity(g, ex, c);
        ex.places[idx].within = Some(within);
    }
    idx
}

fn resolve_places(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    ex: &mut Extraction,
    refs: &mut [Option<EntityRef>],
) {
    let mut by_name: HashMap<String, usize> = HashMap::default();
    let mut kind_named: Vec<(usize, String)> = Vec::new();
    // "the Simón Bolívar and Francisco de Paula Santander bridges" after "the Simón Bolívar
    // International Bridge": a landmark's short name is the one the article names in full. So
    // is the name without "International" ("the Simón Bolívar bridge"), or without "border"
    // ("the Vaalimaa crossing" after "the Vaalimaa border crossing").
    let landmark_keys: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::NewPlace(PlaceKind::Landmark))
        .map(|m| fold(m.text.trim_start_matches("the ")))
        .collect();
    let without_international = |k: &str| k.replace(" international ", " ");
    let without_border = |k: &str| k.replace(" border ", " ");
    // ("the Chirundu border post" after "the Chirundu one-stop border post": without the
    // hyphenated word that qualifies the head.)
    let without_modifier = |k: &str| {
        let words: Vec<&str> = k.split(' ').collect();
        let kept: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|&(i, w)| i == 0 || !w.contains('-'))
            .map(|(_, w)| *w)
            .collect();
        kept.join(" ")
    };
    // (Not a name that ends in another head of its own: "the Oyapock River" is the river,
    // not "the Oyapock River Bridge".)
    fn last_word(k: &str) -> &str {
        k.rsplit(' ').next().unwrap_or_default()
    }
    let another_head = |key: &str, k: &str| {
        let head = last_word(key);
        head != last_word(k) && g.is_trigger(TriggerKind::LandmarkHead, head)
    };
    let full_landmark_key = |key: String| {
        landmark_keys
            .iter()
            .filter(|k| {
                k.len() > key.len()
                    && !another_head(&key, k)
                    && ((k.starts_with(&key) && k[key.len()..].starts_with(' '))
                        || without_international(k) == key
                        || without_border(k) == key
                        || without_modifier(k) == key)
            })
            .max_by_key(|k| k.len())
            .cloned()
            .unwrap_or(key)
    };
    // "crossed at Joda" after "the Joda border crossing", "handed back at Semalka" after "the
    // Semalka crossing": a name the gazetteer lacks, read alone only where people cross ("at",
    // "through", "via"), is the crossing the article names after it. Not a town the article
    // reads otherwise: "settled in al-Qaim", "the Lukeville port of entry", a dateline, "at
    // Kuusamo, a town of 15,000".
    let told_as_town = |key: &str| {
        let word = |t: usize| {
            if t < doc.tokens.len() {
                doc.folded(t)
            } else {
                ""
            }
        };
        let is_town_word = |w: &str| matches!(w, "town" | "village" | "city");
        mentions.iter().any(|m| {
            let (start, end) = (m.tokens.start, m.tokens.end);
            let crossed_there = start >= 1 && matches!(word(start - 1), "at" | "through" | "via");
            let apposed_town = matches!(word(end), "," | "is")
                && matches!(word(end + 1), "a" | "an")
                && (end + 2..end + 5).any(|t| is_town_word(word(t)));
            matches!(m.kind, MentionKind::NewPlace(_))
                && fold(m.text.trim_start_matches("the ")) == key
                && (apposed_town || !crossed_there)
        })
    };
    let crossing_named_after = |key: &str| -> Option<String> {
        landmark_keys
            .iter()
            .find(|k| {
                k.strip_prefix(key).is_some_and(|rest| {
                    matches!(
                        rest,
                        " crossing" | " border crossing" | " border post" | " border gate"
                    )
                })
            })
            .cloned()
            .filter(|_| !told_as_town(key))
    };
    // "LIVINGSTON, Guatemala ... Livingston, a town of 20,000": a name found by its shape is
    // the known place the article reads elsewhere under that name, before the gazetteer's
    // first (here New Jersey's).
    let read_as: HashMap<String, usize> = mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(p) => Some((fold(m.text.trim_start_matches("the ")), p)),
            _ => None,
        })
        .collect();
    // "the district commissioner of Kisoro" in a story that names "Kisoro district": the
    // region an office of its rank heads, not the town the region is named after.
    // (So is one listed before a plural head: "from Kanchanpur, Dadeldhura and Baitadi
    // districts", named by the town's name alone.)
    let regions_named_like_towns: HashMap<String, (String, String)> = mentions
        .iter()
        .filter(|m| m.rule == UNKNOWN_REGION_OF_A_KNOWN_TOWN)
        .map(|m| {
            let town = match m.tokens.len() {
                1 => m.text.as_str(),
                _ => doc.span_text(m.tokens.start..m.tokens.end - 1),
            };
            (fold(town), (fold(&m.text), m.text.clone()))
        })
        .collect();
    // "the resident district commissioner for Kasese", "the chief district officer (CDO) of
    // Kanchanpur": the office may be followed by its short name.
    let region_of_office = |m: &Mention| {
        let t = m.tokens.start;
        let office = match t.checked_sub(2) {
            Some(o) if doc.token_text(o) == ")" => (o.saturating_sub(4)..o)
                .rev()
                .find(|&k| doc.token_text(k) == "(")
                .and_then(|k| k.checked_sub(1)),
            o => o,
        };
        let heads_region = office.is_some_and(|o| {
            matches!(doc.folded(t - 1), "of" | "for")
                && matches!(
                    doc.folded(o),
                    "governor" | "commissioner" | "prefect" | "magistrate" | "officer"
                )
        });
        heads_region
            .then(|| regions_named_like_towns.get(&fold(&m.text)))
            .flatten()
    };
    // "EMERSON, Man. ... Emerson, a town of 700": a name the dateline told is not the known
    // place's is not it anywhere in the article, whatever rule read it.
    let towns_abroad = towns_abroad(mentions);
    let other_names = other_names_of_places(doc, mentions);
    for (i, m) in mentions.iter().enumerate() {
        // "Bhairahawa, officially Siddharthanagar": the place named before, by another name.
        // (Not two places the gazetteer knows apart.)
        if let Some(Some(EntityRef::Place(idx))) = other_names.get(&i).map(|&j| refs[j]) {
            let key = fold(m.text.trim_start_matches("the "));
            if ex.places[idx].known.is_none() || !matches!(m.kind, MentionKind::KnownPlace(_)) {
                by_name.entry(key).or_insert(idx);
                let place = &mut ex.places[idx];
                if !place.names.contains(&m.text) {
                    place.names.push(m.text.clone());
                }
                place.evidence.push(evidence_of(m));
                refs[i] = Some(EntityRef::Place(idx));
                continue;
            }
        }
        let office_region = match m.kind {
            MentionKind::KnownPlace(_) => region_of_office(m),
            _ => None,
        };
        let idx = match (&m.kind, office_region) {
            (_, Some((key, name))) => {
                new_place_entity(ex, &mut by_name, key.clone(), name, PlaceKind::State)
            }
            (MentionKind::KnownPlace(p), _) => place_entity(g, ex, *p),
            (MentionKind::NewPlace(kind), _) => {
                let mut kind = *kind;
                let name = m.text.trim_start_matches("the ").to_string();
                let mut key = fold(&name);
                if kind == PlaceKind::Landmark {
                    key = full_landmark_key(key);
                } else if let Some(crossing) = crossing_named_after(&key) {
                    key = crossing;
                    kind = PlaceKind::Landmark;
                }
                let known = (!not_the_known_place(m.rule) && !towns_abroad.contains(&key))
                    .then(|| read_as.get(&key).copied().or_else(|| g.place(&key)))
                    .flatten();
                match known {
                    Some(p) => place_entity(g, ex, p),
                    // "Leuca" after "Santa Maria di Leuca": a town the gazetteer lacks, by
                    // the name after the particle that ends its full one.
                    None => match place_ending_in(&by_name, &key).or_else(|| {
                        (kind == PlaceKind::State)
                            .then(|| region_with_or_without_its_head(g, ex, &by_name, &key))
                            .flatten()
                    }) {
                        Some(same) => same,
                        None => new_place_entity(ex, &mut by_name, key, &name, kind),
                    },
                }
            }
            _ => continue,
        };
        let place = &mut ex.places[idx];
        // "the state of San Luis Potosí" and "the city of San Luis Potosí": how the article
        // tells a state from its namesake capital is the name of each (the bare name is added
        // back below where no other place has it).
        let name = match named_with_its_kind(g, doc, m.tokens.clone(), &m.text, place.kind) {
            Some(named) => {
                kind_named.push((idx, m.text.clone()));
                named
            }
            None => m.text.clone(),
        };
        if !place.names.contains(&name) {
            place.names.push(name);
        }
        // A place found by its shape is called by the fullest name the article gives it, as
        // the text writes it rather than as a dateline shouts it ("COLCHANE", then "Colchane").
        let name = m.text.trim_start_matches("the ");
        let in_capitals = |s: &str| !s.chars().any(char::is_lowercase);
        if place.known.is_none()
            && (name.len() > place.name.len()
                || (name.len() == place.name.len()
                    && in_capitals(&place.name)
                    && !in_capitals(name)))
        {
            place.name = name.to_string();
        }
        place.evidence.push(evidence_of(m));
        refs[i] = Some(EntityRef::Place(idx));
    }
    // ("the city of Loja" and "Loja province": the bare name is neither's.)
    let bare_back: Vec<(usize, String)> = kind_named
        .iter()
        .filter(|(idx, bare)| {
            !ex.places
                .iter()
                .enumerate()
                .any(|(other, p)| other != *idx && p.names.contains(bare))
                && !kind_named
                    .iter()
                    .any(|(other, b)| other != idx && b == bare)
        })
        .cloned()
        .collect();
    for (idx, bare) in bare_back {
        if !ex.places[idx].names.contains(&bare) {
            ex.places[idx].names.push(bare);
        }
    }
    // "Mapastepec, Chiapas": an unknown town lies in the state written after it.
    for (i, m) in mentions.iter().enumerate() {
        if m.rule == "town-comma-state" {
            if let (Some(EntityRef::Place(town)), Some(next)) = (refs[i], mentions.get(i + 1)) {
                if let MentionKind::KnownPlace(state) = next.kind {
                    let s = place_entity(g, ex, state);
                    ex.places[town].within = Some(s);
                }
            }
        }
    }
}

/// The name `text` (tokens `name`) with the words that say what kind of place it is, when they
/// agree with `kind`, as written: "state of San Luis Potosí", "city of Loja" before it, "Kunduz
/// province", "Kunduz city" after it.
fn named_with_its_kind(
    g: &Gazetteer,
    doc: &Doc,
    name: std::ops::Range<usize>,
    text: &str,
    kind: PlaceKind,
) -> Option<String> {
    if name.end < doc.tokens.len() {
        let after = match kind {
            PlaceKind::State => g.is_trigger(TriggerKind::RegionHead, doc.folded(name.end)),
            PlaceKind::City => crate::extract::mentions::is_town_word_after(doc, name.end),
            _ => false,
        };
        if after {
            return Some(format!("{text} {}", doc.token_text(name.end)));
        }
    }
    let at = name.start;
    let head = at.checked_sub(2)?;
    let context = match kind {
        PlaceKind::State => TriggerKind::StateContext,
        PlaceKind::City => TriggerKind::CityContext,
        _ => return None,
    };
    // (Not "the capital of": what follows is the country whose capital it is.)
    let word = doc.folded(head);
    (doc.folded(at - 1) == "of" && word != "capital" && g.is_trigger(context, word))
        .then(|| format!("{} {text}", doc.span_text(head..at)))
}

/// Whether `acronym` spells the initials of `name`'s capitalised words ("AMLO", "Andrés Manuel
/// López Obrador"). Compared letter by letter: it is asked of every name an article has.
fn is_initials_of(acronym: &str, name: &str) -> bool {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .eq(acronym.chars())
}

fn resolve_orgs(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    ex: &mut Extraction,
    refs: &mut [Option<EntityRef>],
) {
    let mut by_key: HashMap<String, usize> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let MentionKind::Org(known) = m.kind else {
            continue;
        };
        let folded = fold(&m.text);
        if g.is_outlet(&folded) {
            continue;
        }
        let words: Vec<&str> = folded.split(' ').collect();
        let lead = leading_place(g, &words);
        // "the General Directorate of Migration (DGME)": a name the gazetteer lacks, followed
        // by the short name of a body it knows, is that body.
        let known = known.or_else(|| {
            let next = mentions[i + 1..]
                .iter()
                .find(|n| n.tokens.start >= m.tokens.end)?;
            let bracketed = next.tokens.start == m.tokens.end + 1 && doc.is_bracketed(&next.tokens);
            match next.kind {
                MentionKind::Org(Some(k)) if bracketed => Some(k),
                _ => None,
            }
        });
        let (key, country) = if let Some(k) = known {
            let key = format!("known:{k}");
            let country = g.orgs[k].country.as_deref().and_then(|c| g.by_iso(c));
            // "Defence Force marines ... the Royal Bahamas Defence Force": the name written
            // bare first is the known body later named with its country.
            let skip = leading_places_len(g, &words);
            if lead.is_some() && skip < words.len() && !by_key.contains_key(&key) {
                let bare = format!("name:{}", words[skip..].join(" "));
                bare_name_joins(&mut by_key, &mut ex.orgs, &bare, &key, country, known);
            }
            (key, country)
        } else if m.rule == "government" {
            // The place whose government it is: the longest name its first words make
            // ("costa rica's government", "the matamoros city government").
            let words: Vec<&str> = folded.split(['\'', ' ']).collect();
            let place = leading_place(g, &words).map(|(_, p)| p);
            (
                format!(
                    "government:{}",
                    place.map_or_else(|| words[0].to_string(), |p| p.to_string())
                ),
                place.and_then(|p| g.country_of(p)),
            )
        } else if m.rule == "acronym" {
            // An acronym in parentheses after a name is that organisation's short name;
            // otherwise it must match the initials of an organisation already named.
            let after_org = m.tokens.start >= 2
                && doc.token_text(m.tokens.start - 1) == "("
                && i > 0
                && refs[i - 1].is_some_and(|r| matches!(r, EntityRef::Org(_)))
                && mentions[i - 1].tokens.end == m.tokens.start - 1;
            let target = if after_org {
                match refs[i - 1] {
                    Some(EntityRef::Org(o)) => Some(o),
                    _ => None,
                }
            } else {
                let bare = m.text.replace('.', "");
                ex.orgs.iter().position(|o| {
                    o.names.iter().any(|n| {
                        is_initials_of(&bare, n) || n.chars().filter(|&c| c != '.').eq(bare.chars())
                    })
                })
            };
            let Some(o) = target else { continue };
            let org = &mut ex.orgs[o];
            if !org.names.contains(&m.text) {
                org.names.push(m.text.clone());
            }
            org.evidence.push(evidence_of(m));
            refs[i] = Some(EntityRef::Org(o));
            continue;
        } else {
            // "Honduran National Police", "Chile's Investigations Police" and "National
            // Police": strip leading demonyms and places, and keep the country they give.
            let country = lead.and_then(|(_, p)| g.country_of(p));
            let skip = leading_places_len(g, &words);
            // "Pima County Sheriff's Department": a county's body keeps the county's name.
            let skip = if is_region_head_at(g, &words, skip) {
                0
            } else {
                skip
            };
            let rest = words[skip.min(words.len() - 1)..].join(" ");
            // Peru's and Ecuador's "Interior Ministry" are two bodies.
            let bare = format!("name:{rest}");
            match country {
                Some(c) => {
                    let key = format!("{bare}@{c}");
                    // "the Interior Ministry ... Peru's Interior Ministry": the name written
                    // bare first is the body later named with its country.
                    bare_name_joins(&mut by_key, &mut ex.orgs, &bare, &key, country, None);
                    (key, country)
                }
                None => (bare, country),
            }
        };
        // "Honduras' National Migration Institute (INM)": a short name in brackets right after
        // a body names that body, though the gazetteer gives it to another country's.
        let bracketed_after = known.filter(|_| doc.is_bracketed(&m.tokens)).and_then(|_| {
            let before = mentions[..i].iter().rposition(|b| {
                b.tokens.end + 1 == m.tokens.start && matches!(b.kind, MentionKind::Org(_))
            })?;
            match refs[before] {
                Some(EntityRef::Org(o)) if ex.orgs[o].known != known => Some(o),
                _ => None,
            }
        });
        if let Some(o) = bracketed_after {
            by_key.entry(format!("name:{folded}")).or_insert(o);
        }
        // "Panama's National Guard ... the National Guard": a bare name the gazetteer gives
        // another country's body is the body the article named with its country (and so is
        // the short name the article gave it).
        let named_with_country = known
            .and_then(|_| by_key.get(&format!("name:{folded}")))
            .copied();
        let apposed = known
            .is_none()
            .then(|| body_named_in_apposition(doc, mentions, refs, i))
            .flatten();
        if let Some(o) = apposed {
            by_key.entry(key.clone()).or_insert(o);
        }
        let idx = match named_with_country.or(apposed) {
            Some(idx) => idx,
            None => *by_key.entry(key).or_insert_with(|| {
                ex.orgs.push(Org {
                    name: m.text.clone(),
                    names: vec![],
                    known,
                    country,
                    evidence: vec![],
                });
                ex.orgs.len() - 1
            }),
        };
        // "Chile's Investigations Police ... the Investigations Police": named again without
        // its country, the body is the one named with it.
        // So is "the Coast Guard" after "the Dutch Caribbean Coast Guard": every place and
        // demonym that leads the name dropped.
        if let Some((n, _)) = lead.filter(|&(n, _)| n < words.len()) {
            by_key
                .entry(format!("name:{}", words[n..].join(" ")))
                .or_insert(idx);
            let skip = leading_places_len(g, &words);
            if skip > n && skip < words.len() {
                by_key
                    .entry(format!("name:{}", words[skip..].join(" ")))
                    .or_insert(idx);
            }
        }
        let org = &mut ex.orgs[idx];
        if !org.names.contains(&m.text) {
            org.names.push(m.text.clone());
        }
        // "Chile's Carabineros" is also "Carabineros": a proper name after the country that
        // leads it is a name of the body too (not "Honduras' government").
        // (Not "County Sheriff's Department" after "Los Angeles": the county's name is whole
        // only with its head.)
        if let Some((n, _)) = lead.filter(|&(n, _)| {
            n < words.len() && m.rule != "government" && !is_region_head_at(g, &words, n)
        }) {
            let written: Vec<&str> = m.text.split(' ').collect();
            if written.len() == words.len()
                && written[n].chars().next().is_some_and(char::is_uppercase)
            {
                let bare = written[n..].join(" ");
                if !org.names.contains(&bare) {
                    org.names.push(bare);
                }
            }
        }
        // "President Javier Milei's government" is also "Javier Milei's government": the
        // title describes the person the government is named by.
        if m.rule == crate::extract::mentions::PERSONS_GOVERNMENT {
            let title_words = (1..=3.min(m.tokens.len() - 1))
                .rev()
                .find(|&n| {
                    g.title(&fold(doc.span_text(m.tokens.start..m.tokens.start + n)))
                        .is_some()
                })
                .unwrap_or(0);
            let untitled = doc.span_text(m.tokens.start + title_words..m.tokens.end);
            if title_words > 0 && !org.names.iter().any(|n| n == untitled) {
                org.names.push(untitled.to_string());
            }
        }
        // The fullest written form names the organisation.
        if m.text.len() > org.name.len() && m.rule != "acronym" {
            org.name = m.text.clone();
        }
        org.evidence.push(evidence_of(m));
        refs[i] = Some(EntityRef::Org(idx));
    }
}

/// The government, or country's body told in lower case, that the body of mention `i` names
/// in apposition: "Myanmar's military government, the State Administration Council (SAC),
/// began", "Chad's refugee agency, the National Commission for ... (CNARR), said": the body's
/// own name, set off by commas (and its short name in brackets), before a word that goes on
/// with the sentence.
/// (Not one of a list: "the government, the Red Cross and the U.N.", "the government, the
/// Red Cross, the U.N.".)
fn body_named_in_apposition(
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    i: usize,
) -> Option<usize> {
    let m = &mentions[i];
    let start = m.tokens.start;
    if start < 2 || doc.token_text(start - 2) != "," || doc.folded(start - 1) != "the" {
        return None;
    }
    let before = mentions[..i].iter().rposition(|b| {
        b.tokens.end + 2 == start && (b.rule == "government" || b.rule == COUNTRY_LOWER_CASE_BODY)
    })?;
    let Some(EntityRef::Org(o)) = refs[before] else {
        return None;
    };
    let mut end = m.tokens.end;
    if let Some(short) = mentions[i + 1..].iter().find(|n| n.tokens.start > end) {
        if short.tokens.start == end + 1 && doc.is_bracketed(&short.tokens) {
            end = short.tokens.end + 1;
        }
    }
    let sentence_goes_on = end + 1 < doc.tokens.len()
        && doc.token_text(end) == ","
        && doc.tokens[end + 1].kind == TokenKind::Word
        && !doc.is_capitalised(end + 1)
        && !matches!(
            doc.folded(end + 1),
            "and" | "or" | "nor" | "but" | "the" | "a" | "an"
        );
    sentence_goes_on.then_some(o)
}

/// The one country the article writes a title after, as its possessive, with no name after
/// it ("Saint Lucia's prime minister agreed"), if only one.
fn country_whose_title_told(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    title: &str,
) -> Option<usize> {
    let title = fold(title).to_lowercase();
    let title: Vec<&str> = title.split_whitespace().collect();
    // ("Morocco's interior minister, Abdelouafi Laftit": the title of the one it names.)
    let names_its_holder = |end: usize| {
        let next = if doc.tokens.get(end).is_some() && doc.token_text(end) == "," {
            end + 1
        } else {
            end
        };
        next < doc.tokens.len() && doc.is_capitalised(next)
    };
    let mut told = None;
    for m in mentions {
        let MentionKind::KnownPlace(c) = m.kind else {
            continue;
        };
        let after = m.tokens.end + 2;
        let written = g.places[c].kind == PlaceKind::Country
            && crate::extract::mentions::possessive_after(doc, m.tokens.end - 1)
            && after + title.len() <= doc.tokens.len()
            && title
                .iter()
                .enumerate()
                .all(|(k, w)| doc.folded(after + k) == *w)
            && !names_its_holder(after + title.len());
        match (written, told) {
            (true, None) => told = Some(c),
            (true, Some(other)) if other != c => return None,
            _ => {}
        }
    }
    told
}

/// The country an office of the known body `known` (of `country`) serves in this article:
/// that of the first body the article names by the same generic name with another country's
/// place or demonym before it, unless the known body itself was named first. "Coast guard
/// spokeswoman X" after "the Hellenic Coast Guard said" is the Greek body's, not the U.S. Coast
/// Guard's.
fn own_body_country(g: &Gazetteer, orgs: &[Org], known: usize, country: usize) -> usize {
    let generic = fold(&g.orgs[known].name);
    orgs.iter()
        .find_map(|org| {
            if org.known == Some(known) {
                return Some(country);
            }
            let other = org
                .country
                .or_else(|| {
                    let code = g.orgs[org.known?].country.as_deref()?;
                    g.by_iso(code)
                })
                .filter(|&c| c != country)?;
            let named_so = fold(&org.name)
                .strip_suffix(generic.as_str())
                .is_some_and(|lead| lead.ends_with(' '));
            named_so.then_some(other)
        })
        .unwrap_or(country)
}

/// A body named bare first ("the Interior Ministry") that has no country and is no known body
/// yet becomes the one later named with its country (and is then that known body, if `known`):
/// the name with the country, `key`, leads to it too.
fn bare_name_joins(
    by_key: &mut HashMap<String, usize>,
    orgs: &mut [Org],
    bare: &str,
    key: &str,
    country: Option<usize>,
    known: Option<usize>,
) {
    let Some(&o) = by_key.get(bare) else { return };
    if orgs[o].country.is_none() && orgs[o].known.is_none() {
        orgs[o].country = country;
        orgs[o].known = known;
        by_key.entry(key.to_string()).or_insert(o);
    }
}

/// Whether the `n`th word of a name is a region's head ("county" in "los angeles county
/// sheriff's department"): the places before it are then no separate place leading the name.
fn is_region_head_at(g: &Gazetteer, words: &[&str], n: usize) -> bool {
    words
        .get(n)
        .is_some_and(|w| g.is_trigger(TriggerKind::RegionHead, w))
}

/// How many of the first words of an organisation's name are places and demonyms, one after
/// another ("dutch caribbean coast guard": two).
fn leading_places_len(g: &Gazetteer, words: &[&str]) -> usize {
    let mut len = 0;
    while let Some((n, _)) = leading_place(g, &words[len..]) {
        len += n;
    }
    len
}

/// The place or demonym the first words of an organisation's name give ("honduran", "chile's",
/// "costa rica's"), longest first, and how many words name it. (Not the town a street is named
/// after: "Carmichael Road Detention Centre" is on a road, in no town called Carmichael; nor
/// one a water is: "Torres Strait Island Regional Council" is of the strait's islands, not of
/// Torres in Brazil.)
/// "Royal" before the place is part of what leads: "Royal Bahamas Defence Force" is the
/// Bahamas' "Defence Force".
fn leading_place(g: &Gazetteer, words: &[&str]) -> Option<(usize, usize)> {
    if words.len() > 2 && words[0] == "royal" {
        if let Some((n, place)) = leading_place(g, &words[1..]) {
            return Some((n + 1, place));
        }
    }
    (1..=words.len().min(3)).rev().find_map(|n| {
        if words.get(n).is_some_and(|w| {
            matches!(
                *w,
                "road"
                    | "street"
                    | "avenue"
                    | "boulevard"
                    | "highway"
                    | "lane"
                    | "drive"
                    | "strait"
                    | "straits"
                    | "river"
                    | "bay"
                    | "sea"
                    | "gulf"
                    | "lake"
                    | "channel"
                    | "lagoon"
            )
        }) {
            return None;
        }
        let name = words[..n].join(" ");
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix('\''))
            .unwrap_or(&name);
        let place = g.demonym(name).or_else(|| g.place(name))?;
        Some((n, place))
    })
}

fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Place mentions that give another name of a place mentioned just before, as (the index of
/// the other name, the index of the place's): "Bhairahawa, officially the municipality of
/// Siddharthanagar", "the tunnel, which Slovenes call the Karavanke tunnel", "Ras al-Ain ...
/// Kurds call it Serêkaniyê", "Ras al-Ain, also known as Serêkaniyê".
fn other_names_of_places(doc: &Doc, mentions: &[Mention]) -> HashMap<usize, usize> {
    let is_place = |m: &Mention| {
        matches!(
            m.kind,
            MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
        )
    };
    let mut found = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if !is_place(m) {
            continue;
        }
        let sentence = &doc.sentences[m.sentence].tokens;
        let start = m.tokens.start;
        let word = |t: usize| {
            if t >= sentence.start && t < sentence.end {
                doc.folded(t)
            } else {
                ""
            }
        };
        // The words right before the name, after an optional "the" and "municipality of".
        let mut cue_end = start;
        if word(cue_end.wrapping_sub(1)) == "the" {
            cue_end -= 1;
        }
        if word(cue_end.wrapping_sub(1)) == "of"
            && matches!(
                word(cue_end.wrapping_sub(2)),
                "municipality" | "town" | "city"
            )
        {
            cue_end -= 2;
            if word(cue_end.wrapping_sub(1)) == "the" {
                cue_end -= 1;
            }
        }
        let cue = |words: &[&str]| {
            cue_end >= sentence.start + words.len()
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| word(cue_end - words.len() + k) == *w)
        };
        // The comma that opens the aside, and so the place named right before it.
        let comma_before = |from: usize| {
            (sentence.start..from)
                .rev()
                .take(6)
                .find(|&t| doc.token_text(t) == ",")
        };
        let place_ending_at = |end: usize| {
            (0..i)
                .rev()
                .find(|&j| mentions[j].tokens.end == end && is_place(&mentions[j]))
        };
        let appositive: [&[&str]; 3] = [
            &["officially"],
            &["also", "known", "as"],
            &["known", "locally", "as"],
        ];
        let calling: [&[&str]; 2] = [&["call"], &["call", "it"]];
        let apposed = if let Some(words) = appositive.iter().find(|words| cue(words)) {
            (cue_end - words.len())
                .checked_sub(1)
                .filter(|&comma| comma >= sentence.start && doc.token_text(comma) == ",")
                .and_then(place_ending_at)
        } else if let Some(words) = calling.iter().find(|words| cue(words)) {
            // "the tunnel, which Slovenes call the Karavanke tunnel": the place before
            // ", which"; "Kurds call it Serêkaniyê": the place that opens this sentence or
            // the one before.
            let call = cue_end - words.len();
            let which = comma_before(call).filter(|&c| word(c + 1) == "which");
            match which {
                Some(comma) => place_ending_at(comma).or_else(|| {
                    // ("The tunnel, which ...": the last place named with that head word.)
                    let head = word(sentence.start + 1);
                    (comma == sentence.start + 2 && word(sentence.start) == "the")
                        .then(|| {
                            (0..i).rev().find(|&j| {
                                is_place(&mentions[j])
                                    && fold(&mentions[j].text)
                                        .rsplit(' ')
                                        .next()
                                        .is_some_and(|w| w == head)
                            })
                        })
                        .flatten()
                }),
                None if words.len() == 2 => {
                    let opens = |s: usize| {
                        let first = doc.sentences[s].tokens.start;
                        (0..i)
                            .find(|&j| mentions[j].tokens.start == first && is_place(&mentions[j]))
                    };
                    opens(m.sentence).or_else(|| m.sentence.checked_sub(1).and_then(opens))
                }
                None => None,
            }
        } else {
            None
        };
        if let Some(j) = apposed.filter(|&j| j != i) {
            found.insert(i, j);
        }
    }
    found
}

/// The folded names of towns the gazetteer lacks although it knows a namesake elsewhere
/// ("SAINT-PHILIPPE, Réunion"): in this article, no known place of the name is meant.
fn towns_abroad(mentions: &[Mention]) -> Vec<String> {
    mentions
        .iter()
        .filter(|m| {
            matches!(m.kind, MentionKind::NewPlace(_))
                && m.rule == crate::extract::mentions::UNKNOWN_TOWN_OF_A_KNOWN_NAME
        })
        .map(|m| fold(m.text.trim_start_matches("the ")))
        .collect()
}

fn resolve_people(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    ex: &mut Extraction,
    refs: &mut [Option<EntityRef>],
) {
    let towns_abroad = towns_abroad(mentions);
    // The words of each person mention's name, borrowed from its folded text: no string per
    // word.
    let folded: Vec<(usize, String)> = (0..mentions.len())
        .filter(|&i| matches!(mentions[i].kind, MentionKind::Person { .. }))
        .map(|i| (i, fold(&mentions[i].text)))
        .collect();
    // Definite mentions first, longest names first, so that short forms find their full name.
    // A first name is read as its canonical form, so that "Mike Pompeo" is the "Michael R.
    // Pompeo" named before (as cross-article resolution reads names too).
    let mut order: Vec<(usize, Vec<&str>)> = folded
        .iter()
        .map(|(i, f)| {
            let mut words: Vec<&str> = words_of_folded(f).collect();
            if words.len() >= 2 {
                words[0] = g.canonical_given(words[0]);
            }
            (*i, words)
        })
        .collect();
    order.sort_by_key(|(i, words)| {
        (
            mentions[*i].confidence == 0.0,
            std::cmp::Reverse(words.len()),
            mentions[*i].tokens.start,
        )
    });
    let mut words_of: Vec<Vec<&str>> = Vec::new();
    let mut people_with_word: HashMap<&str, Vec<usize>> = HashMap::default();
    let by_sentence = crate::extract::mentions_by_sentence(mentions, doc.sentences.len());
    for (i, words) in order {
        let m = &mentions[i];
        // A name inside an organisation or place span ("Biden administration") is not a person mention.
        // (A second office read on the same name is: "The commander, Subcommissioner X".)
        let covered = by_sentence[m.sentence]
            .clone()
            .map(|j| (j, &mentions[j]))
            .any(|(j, o)| {
                j != i
                    && refs[j].is_some()
                    && o.rule != crate::extract::mentions::PERSONS_GOVERNMENT
                    && overlaps(&o.tokens, &m.tokens)
                    && o.tokens.len() >= m.tokens.len()
                    && !(o.tokens == m.tokens && matches!(o.kind, MentionKind::Person { .. }))
            });
        if covered {
            continue;
        }
        if words.is_empty() || words.iter().all(|w| g.is_trigger(TriggerKind::OrgHead, w)) {
            continue;
        }
        // Only people sharing a word with this name can be it.
        let mut candidates: Vec<usize> = words
            .iter()
            .flat_map(|w| people_with_word.get(w).into_iter().flatten().copied())
            .filter(|&p| {
                name_compatible(&words, &words_of[p])
                    || particle_surname_within(g, &words, &words_of[p])
                    || surname_without_its_particle(g, &words, &words_of[p])
            })
            .collect();
        // "The district chief of Mae Sot, Kittipong Rattanawong ... toured the grounds with
        // Kittipong": a name written alone that no one bears after their first word is the
        // one person whose name opens with it (Thai, Indonesian or Icelandic usage, or a
        // migrant called by a first name).
        // So is "Guðrún, who like most Icelanders is known by her first name, said": a
        // relative clause tells more of one already named (where "Ana, a 31-year-old
        // nurse," brings in someone new).
        let told_more_of = || {
            m.rule == "appositive-name"
                && m.tokens.end + 1 < doc.tokens.len()
                && doc.folded(m.tokens.end + 1) == "who"
        };
        if candidates.is_empty() && words.len() == 1 && (m.confidence == 0.0 || told_more_of()) {
            let first = g.canonical_given(words[0]);
            candidates.extend(
                people_with_word
                    .get(first)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&p| words_of[p].len() >= 2 && words_of[p][0] == first),
            );
        }
        // "Johor's chief minister, Onn Hafiz Ghazi ... Onn Hafiz said": the opening words of
        // one longer name (Malay and Indonesian usage, Spanish given names).
        if candidates.is_empty() && words.len() >= 2 {
            candidates.extend(
                people_with_word
                    .get(words[0])
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&p| {
                        words_of[p].len() > words.len() && words_of[p].starts_with(&words)
                    }),
            );
        }
        candidates.sort_unstable();
        candidates.dedup();
        // "Kim also said he had spoken with the governor, Kim Jin-tae": of two who share the
        // name, not the one named in full in the same sentence.
        if candidates.len() > 1 {
            let named_here_in_full = |p: usize| {
                by_sentence[m.sentence].clone().any(|j| {
                    j != i
                        && mentions[j].tokens.len() > m.tokens.len()
                        && refs[j] == Some(EntityRef::Person(p))
                })
            };
            let others: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&p| !named_here_in_full(p))
                .collect();
            if let [other] = others[..] {
                candidates = vec![other];
            }
        }
        let idx = match candidates.as_slice() {
            [one] => *one,
            [] if m.confidence > 0.0 => {
                ex.people.push(Person {
                    name: m.text.clone(),
                    names: vec![],
                    role: Role::Other,
                    titles: vec![],
                    affiliations: vec![],
                    member_of: vec![],
                    serves: vec![],
                    nationality: None,
                    evidence: vec![],
                });
                for &w in &words {
                    people_with_word.entry(w).or_default().push(words_of.len());
                    // (And under a surname's bare form: "Shammari" for "al-Shammari".)
                    if let Some(bare) = without_particle(g, w) {
                        people_with_word
                            .entry(bare)
                            .or_default()
                            .push(words_of.len());
                    }
                }
                words_of.push(words);
                ex.people.len() - 1
            }
            // Unknown, or ambiguous between two people: keep nothing rather than guess.
            _ => continue,
        };
        let person = &mut ex.people[idx];
        let written = m.text.trim_end_matches(['\'', '’']).to_string();
        if !person.names.contains(&written) {
            person.names.push(written);
        }
        person.evidence.push(evidence_of(m));
        if let MentionKind::Person {
            title: Some(title),
            affiliation,
        } = &m.kind
        {
            if !person.titles.contains(title) {
                person.titles.push(title.clone());
            }
            for a in affiliation {
                // An office of an international body serves the body, not a country. A body
                // told only by its office ("European Council President": the European Union)
                // is kept unnamed, as the affiliation's label.
                if let Affiliation::Org(o) = a {
                    if g.orgs[*o].kind == INTERNATIONAL_KIND {
                        let body = match ex.orgs.iter().position(|org| org.known == Some(*o)) {
                            Some(body) => body,
                            None => {
                                ex.orgs.push(Org {
                                    name: g.orgs[*o].name.clone(),
                                    names: vec![],
                                    known: Some(*o),
                                    country: None,
                                    evidence: vec![],
                                });
                                ex.orgs.len() - 1
                            }
                        };
                        if !person.serves.contains(&body) {
                            person.serves.push(body);
                        }
                        continue;
                    }
                }
                let places: Vec<usize> = match a {
                    // ("RINCÓN, Puerto Rico ... Rincón Mayor X": not Mexico's Rincón.)
                    Affiliation::Place(p)
                        if towns_abroad
                            .iter()
                            .any(|town| g.places_named(town).contains(p)) =>
                    {
                        continue;
                    }
                    Affiliation::Place(p) => {
                        // "the mayor of Copacabana" in a story filed from Bolivia: the town the
                        // article reads that name as, not the largest namesake (which stays when
                        // the article reads the name both ways). So "Rincon Mayor X" in a story
                        // filed from Rincon, Georgia: the Mexican town that also goes by that
                        // name is not meant.
                        let read = || ex.places.iter().filter_map(|place| place.known);
                        let p = &read()
                            .filter(|_| !read().any(|q| q == *p))
                            .find(|&q| {
                                q != *p
                                    && (g.places[q].name == g.places[*p].name
                                        || g.places_named(&fold(&g.places[q].name)).contains(p))
                                    && g.places[q].kind == g.places[*p].kind
                            })
                            .unwrap_or(*p);
                        let mut v = vec![*p];
                        v.extend(g.country_of(*p).filter(|c| c != p));
                        v
                    }
                    Affiliation::Org(o) => g.orgs[*o]
                        .country
                        .as_deref()
                        .and_then(|c| g.by_iso(c))
                        .map(|c| own_body_country(g, &ex.orgs, *o, c))
                        .into_iter()
                        .collect(),
                };
                for p in places {
                    if !person.affiliations.contains(&p) {
                        person.affiliations.push(p);
                    }
                }
            }
        }
        refs[i] = Some(EntityRef::Person(idx));
    }
    let mut mentions_of: Vec<Vec<usize>> = vec![Vec::new(); ex.people.len()];
    for (i, r) in refs.iter().enumerate() {
        if let Some(EntityRef::Person(p)) = r {
            mentions_of[*p].push(i);
        }
    }
    // "Foreign ministers from five countries agreed ... Taking part were X of Chile, Y of
    // Ecuador and Z of Colombia": a story that opens on a national office in the plural
    // gives it to each untitled person named with a country of their own.
    if let Some(title) = plural_office_of_story(g, doc) {
        for (p, person) in ex.people.iter_mut().enumerate() {
            if !person.titles.is_empty() {
                continue;
            }
            if let Some(country) = mentions_of[p]
                .iter()
                .find_map(|&i| country_after_of(doc, mentions, refs, &ex.places, i))
            {
                person.titles.push(title.clone());
                person.affiliations.push(country);
            }
        }
    }
    for (p, person) in ex.people.iter_mut().enumerate() {
        if !person.titles.is_empty() {
            continue;
        }
        if let Some((title, country)) = mentions_of[p]
            .iter()
            .find_map(|&i| office_of_listed_country(g, doc, mentions, refs, &ex.places, i))
        {
            person.titles.push(title);
            person.affiliations.push(country);
        }
    }
    // Default affiliation of a bare title ("Secretary of State" in US news). A local office's
    // default holds where the story names that country or a place in it: "MARSABIT, Kenya —
    // ... the county commissioner", in a story that names no place in the United States,
    // serves Kenya (a county judge in a story filed from Mexico about Texas is Texan).
    // (Gathered only when such an office turns up, which most articles have none of.)
    // How often the article names each country, by a place in it or its people: counted once,
    // when someone asks.
    let times_named = std::cell::OnceCell::new();
    let times_named = || {
        times_named.get_or_init(|| {
            let mut times: HashMap<usize, usize> = HashMap::default();
            for m in mentions {
                if let MentionKind::KnownPlace(p) | MentionKind::Demonym(p) = m.kind {
                    if let Some(c) = g.country_of(p) {
                        *times.entry(c).or_default() += 1;
                    }
                }
            }
            times
        })
    };
    // The country the story is told from: "AGUA CALIENTE, Guatemala": the country written
    // after the town decides, or the country of the state written there ("SASABE, Ariz.",
    // named like a Mexican town).
    let dateline = crate::extract::dateline_mention(doc, mentions);
    let story_country = dateline.and_then(|i| dateline_country(g, doc, mentions, i));
    // Of several countries whose office it may be, the one the story is told from ("Chancellor
    // X" in a story from Austria that names Germany as where the migrants were going), else
    // the one it names most.
    let default_of = |ti: usize| {
        let mut countries = g.title_default_countries(ti).peekable();
        let first = *countries.peek()?;
        let times = times_named();
        let named = countries
            .enumerate()
            .filter(|(_, c)| times.contains_key(c))
            .max_by_key(|&(order, c)| {
                (
                    Some(c) == story_country,
                    times[&c],
                    std::cmp::Reverse(order),
                )
            })
            .map(|(_, c)| c);
        let elsewhere = g.titles[ti].kind == "local" && named.is_none();
        (!elsewhere).then_some(named.unwrap_or(first))
    };
    // ("The BAFIA official", after "(BAFIA)": a body the article names, not Bafia.)
    let bodies = &ex.orgs;
    for person in &mut ex.people {
        if person.affiliations.is_empty() {
            for t in &person.titles {
                if let Some(p) = known_titles_in(g, t).find_map(default_of) {
                    person.affiliations.push(p);
                    break;
                }
            }
        }
        // "a former San Diego Sector chief": the country of a place the title names.
        if person.affiliations.is_empty() {
            let named = person
                .titles
                .iter()
                .find_map(|t| place_in_title(g, t, bodies));
            person
                .affiliations
                .extend(named.and_then(|p| g.country_of(p)));
        }
    }
    // "On the Texas side, Gov. Greg Abbott ...": a governor with no state written by the title
    // governs the one state the sentence names before him.
    let governs = |t: &String| {
        known_titles_in(g, t).any(|ti| g.titles[ti].kind == "local")
            && fold(t)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "gov" | "governor"))
    };
    for (idx, person) in ex.people.iter_mut().enumerate() {
        if !person.affiliations.is_empty()
            || !person.serves.is_empty()
            || person.titles.is_empty()
            || !person.titles.iter().all(governs)
        {
            continue;
        }
        let mut states: Vec<usize> = Vec::new();
        for &i in &mentions_of[idx] {
            let in_sentence = by_sentence[mentions[i].sentence].clone();
            // "Governor X hosted Texas Gov. Y ... X's office": a state that opens another
            // person's title is that person's.
            let opens_anothers_title = |state: &Mention| {
                in_sentence.clone().any(|k| {
                    let title = state.tokens.end..mentions[k].tokens.start;
                    matches!(refs[k], Some(EntityRef::Person(q)) if q != idx)
                        && title.start <= title.end
                        && title.len() <= 3
                        && (title.is_empty()
                            || g.title(&fold(doc.span_text(title.clone()))).is_some())
                })
            };
            for j in in_sentence.clone() {
                if let MentionKind::KnownPlace(p) = mentions[j].kind {
                    if g.places[p].kind == PlaceKind::State
                        && mentions[j].tokens.end <= mentions[i].tokens.start
                        && !states.contains(&p)
                        && !opens_anothers_title(&mentions[j])
                    {
                        states.push(p);
                    }
                }
            }
        }
        if let [state] = states[..] {
            person.affiliations.push(state);
            person.affiliations.extend(g.country_of(state));
        }
    }
    // The body "its" stands for before each person mention, read here and for membership
    // below.
    // (A town's office is no body's: "a Red Cross centre here held thousands ... Its mayor,
    // X" is the town's mayor.)
    let local_office = |m: &Mention| match &m.kind {
        MentionKind::Person {
            title: Some(title), ..
        } => known_titles_in(g, title).any(|ti| g.titles[ti].kind == "local"),
        _ => false,
    };
    let its_bodies: Vec<Option<(usize, bool)>> = (0..mentions.len())
        .map(|i| match refs[i] {
            Some(EntityRef::Person(_)) if !local_office(&mentions[i]) => {
                body_its_stands_for(g, doc, mentions, refs, i)
            }
            _ => None,
        })
        .collect();
    // "The World Food Programme said ... Its country director, X": an office in the body
    // "its" stands for serves that body, when international, or its country.
    for (i, m) in mentions.iter().enumerate() {
        let Some(EntityRef::Person(p)) = refs[i] else {
            continue;
        };
        let titled = matches!(&m.kind, MentionKind::Person { title: Some(_), .. });
        if !titled || !ex.people[p].serves.is_empty() {
            continue;
        }
        let Some((org, false)) = its_bodies[i] else {
            continue;
        };
        let body = &ex.orgs[org];
        let person = &mut ex.people[p];
        // (The country an international body works in is not the one the office serves:
        // "its food stocks in eastern Chad ... Its country director".)
        if body
            .known
            .is_some_and(|k| g.orgs[k].kind == INTERNATIONAL_KIND)
        {
            person.affiliations.clear();
            person.serves.push(org);
        } else if let (Some(country), true) = (body.country, person.affiliations.is_empty()) {
            person.affiliations.push(country);
        }
    }
    // "Saint Lucia's prime minister agreed ... met Prime Minister Philip J. Pierre": a bare
    // title the article gave one country by its possessive serves that country.
    for person in &mut ex.people {
        if person.affiliations.is_empty() && person.serves.is_empty() {
            let told = person
                .titles
                .iter()
                .find_map(|t| country_whose_title_told(g, doc, mentions, t));
            person.affiliations.extend(told);
        }
    }
    // A bare title with no country ("President Kamala Harris") serves the country most of the
    // article's other officials serve, counted once the titles that imply a country ("Secretary
    // of State") have given theirs. Not diplomats': a consul serves the country that sent him,
    // the officials around him mostly the one he is posted to. (A foreign minister who was
    // once an ambassador is no diplomat: every title must be one.)
    let bare =
        |p: &Person| p.affiliations.is_empty() && p.serves.is_empty() && !p.titles.is_empty();
    let any_bare = ex.people.iter().any(bare);
    let diplomat = |p: &Person| every_title_of_kind(g, &p.titles, "diplomat");
    // Nor a counterpart's ("his Venezuelan counterpart"): the word says they serve the other
    // country.
    let counterpart = |p: &Person| {
        p.titles
            .iter()
            .all(|t| t.to_lowercase().contains("counterpart"))
    };
    let mut counts: HashMap<usize, usize> = HashMap::default();
    for p in ex
        .people
        .iter()
        .filter(|p| any_bare && !diplomat(p) && !counterpart(p))
    {
        // (A territory's own official, "the president of the Shire of Christmas Island",
        // counts for the state that holds it: the national officials around serve that one.)
        for &a in &p.affiliations {
            if g.places[a].kind == PlaceKind::Country {
                *counts.entry(g.holder(a).unwrap_or(a)).or_default() += 1;
            }
        }
    }
    // On a tie, the dateline's country, then the country the article names most often.
    let none_named = HashMap::default();
    let named_times: &HashMap<usize, usize> = if any_bare { times_named() } else { &none_named };
    // With no such official, the country of the dateline ("EL PASO, Texas — Mayor X ...").
    let dateline_at = dateline.filter(|_| any_bare);
    let dateline_country = story_country.filter(|_| any_bare);
    // "LUGHAYA, Somaliland": a region with a government of its own, written where the country
    // goes, is what the story's officials serve too.
    let dateline_region = dateline_at
        .and_then(|i| written_after_dateline(doc, mentions, i))
        .filter(|&r| {
            g.places[r].kind == PlaceKind::State && g.places[r].id.starts_with("feature/")
        });
    // The town a story is filed from, when the gazetteer knows it.
    let dateline_town = dateline_at.and_then(|i| match mentions[i].kind {
        MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::City => Some(p),
        _ => None,
    });
    // (A village's "mukhtar" heads it as a mayor does a town.)
    let mayor = |titles: &[String]| {
        titles.iter().any(|t| {
            let t = fold(t);
            t.contains("mayor") || t.contains("mukhtar")
        })
    };
    // One official's country, against the dateline's, is as likely a foreigner's the story
    // names ("Moncada, his counterpart in Managua", in a story from Honduras): it takes two.
    let fallback = |counts: &HashMap<usize, usize>, taken: &[usize]| {
        let dateline = dateline_country.filter(|c| !taken.contains(c));
        let most = counts
            .iter()
            .filter(|(c, _)| !taken.contains(c))
            .max_by_key(|&(&c, &n)| {
                // The dateline counts as one more official of its country: two visitors from
                // one country tie one local official there, and the local reading wins.
                let is_dateline = dateline == Some(c);
                (
                    n + usize::from(is_dateline),
                    is_dateline,
                    named_times.get(&c),
                    std::cmp::Reverse(c),
                )
            });
        // With neither, the country the article names most ("Hondurans set off from San Pedro
        // Sula ... Police spokesman X said"), named at least twice.
        let named_most = || {
            named_times
                .iter()
                .filter(|&(c, &n)| n >= 2 && !taken.contains(c))
                .max_by_key(|&(&c, &n)| (n, std::cmp::Reverse(c)))
                .map(|(&c, _)| c)
        };
        match most {
            Some((_, &n)) if n < 2 && dateline.is_some() => dateline,
            Some((&c, _)) => Some(c),
            None => dateline.or_else(named_most),
        }
    };
    let offices = if any_bare {
        one_holder_offices(g, doc, mentions, &mentions_of, &ex.people)
    } else {
        Vec::new()
    };
    let taken: Vec<Vec<usize>> = (0..ex.people.len())
        .map(|p| {
            if bare(&ex.people[p]) {
                offices_taken(g, doc, mentions, &mentions_of, &ex.people, &offices, p)
            } else {
                Vec::new()
            }
        })
        .collect();
    // Before either: the country of the people listed with this one.
    // Built only when someone needs it: most articles have no such official.
    let people_by_sentence: Vec<Vec<(std::ops::Range<usize>, usize)>> = if !any_bare {
        Vec::new()
    } else {
        by_sentence
            .iter()
            .map(|ids| {
                let mut named: Vec<_> = ids
                    .clone()
                    .filter_map(|i| match refs[i] {
                        Some(EntityRef::Person(p)) => Some((mentions[i].tokens.clone(), p)),
                        _ => None,
                    })
                    .collect();
                named.sort_by_key(|(tokens, _)| tokens.start);
                named
            })
            .collect()
    };
    let listed_with: Vec<Option<usize>> = (0..ex.people.len())
        .map(|p| {
            bare(&ex.people[p])
                .then(|| {
                    let sentences = mentions_of[p].iter().map(|&i| mentions[i].sentence);
                    companion_country(
                        g,
                        doc,
                        &people_by_sentence,
                        &ex.people,
                        p,
                        sentences.clone(),
                    )
                    .or_else(|| {
                        co_listed_country(g, doc, &people_by_sentence, &ex.people, p, sentences)
                    })
                })
                .flatten()
        })
        .collect();
    // Who says what their country will do tells it (see `country_spoken_for`), and so counts
    // for the others from the start.
    let spoken_for: Vec<Option<usize>> = (0..ex.people.len())
        .map(|p| {
            bare(&ex.people[p])
                .then(|| {
                    country_spoken_for(g, doc, mentions, refs, &by_sentence, &mentions_of[p], p)
                })
                .flatten()
                .filter(|c| !taken[p].contains(c))
        })
        .collect();
    for &c in spoken_for.iter().flatten() {
        *counts.entry(c).or_default() += 1;
    }
    // Those whose office rules a country out first: the country they are given counts for the
    // others ("Foreign Minister X and his Salvadoran counterpart" in a Guatemalan story).
    let mut ruled_out_first: Vec<usize> = (0..ex.people.len())
        .filter(|&p| bare(&ex.people[p]))
        .collect();
    ruled_out_first.sort_by_key(|&p| taken[p].is_empty());
    // "President Arévalo will travel to meet President Sheinbaum": a one-holder office given
    // to one bare-titled person is taken for another named in the same sentence and given a
    // country after (the order above: those an office rules out first, then as the article
    // names them). Only there: "President" also heads unions and companies.
    let sentences_of = |p: usize| mentions_of[p].iter().map(|&i| mentions[i].sentence);
    let share_a_sentence =
        |a: usize, b: usize| sentences_of(a).any(|s| sentences_of(b).any(|t| s == t));
    let mut given: Vec<(usize, usize, usize)> = Vec::new();
    for idx in ruled_out_first {
        let mut taken = taken[idx].clone();
        if let Some(office) = offices.get(idx).copied().flatten() {
            taken.extend(
                given
                    .iter()
                    .filter(|&&(other, o, _)| o == office && share_a_sentence(idx, other))
                    .map(|&(_, _, c)| c),
            );
        }
        let listed = listed_with[idx].filter(|c| !taken.contains(c));
        let named_before =
            head_of_state_after_country(g, doc, mentions, &mentions_of[idx], &ex.people[idx])
                .filter(|c| !taken.contains(c));
        // (Before the officials around him, who serve the country the story is filed from.)
        let fallen = fallen_leader_country(
            g,
            doc,
            mentions,
            &mentions_of[idx],
            &ex.people[idx],
            named_times,
            story_country,
        )
        .filter(|c| !taken.contains(c));
        let spoken = spoken_for[idx].filter(|c| !taken.contains(c));
        let on_the_side = side_told(g, doc, mentions, &mentions_of[idx]);
        // The office's own ministry, else the body whose office it was told as (read only
        // when no ministry is).
        let own = &mentions_of[idx];
        let titles = &ex.people[idx].titles;
        let ministry = own_ministry_country(mentions, refs, &ex.orgs, &by_sentence, own, titles)
            .filter(|c| !taken.contains(c))
            .or_else(|| {
                body_office_country(doc, mentions, refs, &ex.orgs, &by_sentence, own, titles)
                    .or_else(|| {
                        office_of_body_before(g, doc, mentions, refs, &ex.orgs, &by_sentence, own)
                    })
                    .filter(|c| !taken.contains(c))
            });
        let in_capital = in_capital_before(g, doc, mentions, &mentions_of[idx])
            .or_else(|| hosts_or_speaks_in_capital(g, doc, mentions, &mentions_of[idx]))
            .or_else(|| spokesperson_speaks_in_capital(g, doc, mentions, &mentions_of[idx]))
            .or_else(|| met_with_abroad(g, doc, mentions, &mentions_of[idx], story_country))
            .or_else(|| met_on_a_visit(g, doc, mentions, &mentions_of[idx], story_country))
            .filter(|c| !taken.contains(c));
        // "The mayor, Glen Vossberg, said the village ...", in a story filed from a town: a
        // local office with no place written serves where the story is told from, whatever
        // the country of the officials around.
        let local = every_title_of_kind(g, &ex.people[idx].titles, "local");
        // (A region's office is not the one of its country that another holds: "Balearic
        // regional President X" beside the country's own.)
        let regional = regional_office_before(doc, mentions, &mentions_of[idx]);
        // (Nor is the office of the town the story is filed from, whom its holder meets: "the
        // mayor of Anse-à-Pitres, X" met "Haiti's consul" and still serves Haiti.)
        let of_this_town = || {
            local
                && dateline_at.is_some_and(|d| office_of_town(doc, mentions, d, &mentions_of[idx]))
        };
        let local_here = dateline_country
            .filter(|c| (local && !taken.contains(c)) || regional || of_this_town())
            .map(|c| (c, dateline_town.filter(|_| mayor(&ex.people[idx].titles))));
        let country = fallen
            .or(on_the_side)
            .or(ministry)
            .or(spoken)
            .or(in_capital)
            .or(listed)
            .or(named_before)
            .or(local_here.map(|(c, _)| c))
            .or_else(|| fallback(&counts, &taken));
        if let Some((c, Some(town))) = local_here {
            if country == Some(c) {
                ex.people[idx].affiliations.push(town);
            }
        }
        if let Some(c) = country.filter(|_| !taken.is_empty() && spoken.is_none()) {
            *counts.entry(c).or_default() += 1;
        }
        if let (Some(office), Some(c)) = (offices.get(idx).copied().flatten(), country) {
            given.push((idx, office, c));
        }
        ex.people[idx].affiliations.extend(country);
        if let Some(region) =
            dateline_region.filter(|_| country.is_some() && country == dateline_country)
        {
            ex.people[idx].affiliations.push(region);
        }
    }
    // A territory is no sovereign country: its officials serve the state that holds it too
    // ("Interior Minister X" in a story from Mayotte is France's, and so is "the sub-prefect of
    // Saint-Laurent-du-Maroni"; the premier of the Turks and Caicos Islands governs a British
    // territory).
    for person in &mut ex.people {
        let holders: Vec<usize> = person
            .affiliations
            .iter()
            .filter_map(|&a| g.holder(a))
            .collect();
        for h in holders {
            if !person.affiliations.contains(&h) {
                person.affiliations.push(h);
            }
        }
    }
    for (idx, person) in ex.people.iter_mut().enumerate() {
        let mention_ids = &mentions_of[idx];
        person.role = role_of(
            g,
            doc,
            mentions,
            mention_ids,
            !person.titles.is_empty(),
            story_country,
        );
        person.nationality = mention_ids
            .iter()
            .find_map(|&i| nationality(g, doc, &mentions[i]));
        // The fullest name is the longest written form.
        if let Some(longest) = person
            .names
            .iter()
            .max_by_key(|n| (name_word_count(n), n.len()))
        {
            person.name = longest.clone();
        }
    }
    // "AMLO": capitals that spell the initials of a person's full name are that person.
    for (i, m) in mentions.iter().enumerate() {
        if refs[i].is_some() || m.rule != "acronym" || m.text.chars().count() < 3 {
            continue;
        }
        let spelled: Vec<usize> = (0..ex.people.len())
            .filter(|&p| is_initials_of(&m.text, &ex.people[p].name))
            .collect();
        if let [p] = spelled[..] {
            let person = &mut ex.people[p];
            if !person.names.contains(&m.text) {
                person.names.push(m.text.clone());
            }
            let mut e = evidence_of(m);
            e.rule = "initials";
            person.evidence.push(e);
            refs[i] = Some(EntityRef::Person(p));
        }
    }
    // Officials' organisations: "X, a spokesperson for the National Migration Institute" (twelve
    // tokens at most: "X, a spokeswoman for the Maine Immigrants' Rights Coalition").
    for (i, m) in mentions.iter().enumerate() {
        let Some(EntityRef::Person(p)) = refs[i] else {
            continue;
        };
        let sentence = &doc.sentences[m.sentence];
        let window_end = (m.tokens.end + 12).min(sentence.tokens.end);
        for (j, o) in by_sentence[m.sentence].clone().map(|j| (j, &mentions[j])) {
            if let Some(EntityRef::Org(org)) = refs[j] {
                let between = m.tokens.end..o.tokens.start;
                if o.tokens.start >= m.tokens.end
                    && o.tokens.end <= window_end
                    && doc.token_text(m.tokens.end) == ","
                    && !between
                        .clone()
                        .any(|t| matches!(doc.token_text(t), "." | ";" | "said" | "told"))
                    && !ex.people[p].member_of.contains(&org)
                {
                    ex.people[p].member_of.push(org);
                }
            }
        }
    }
    // "Volunteers from Red Atrato, a church-backed network, ... said its coordinator, X": the
    // body "its" stands for is the last one named before, in the sentence or the one before.
    // "The group's coordinator, X" says so too, and calls the body a group: a body the data
    // does not know (as a public one), so called, is a civil one.
    let mut called_civil: Vec<usize> = Vec::new();
    // (Whose role word is the body's: "the group's coordinator" organises no migrants.)
    let mut coordinates_body: Vec<usize> = Vec::new();
    for (i, its_body) in its_bodies.into_iter().enumerate() {
        let Some(EntityRef::Person(p)) = refs[i] else {
            continue;
        };
        if let Some((org, by_noun)) = its_body {
            if by_noun {
                called_civil.push(org);
                coordinates_body.push(p);
            }
            if !ex.people[p].member_of.contains(&org) {
                ex.people[p].member_of.push(org);
            }
        }
    }
    // "Irineo Mujica, director of the NGO Pueblo Sin Fronteras": an office in a
    // non-governmental organisation, with no country written beside it, is no public office.
    // So is one in a body the article itself calls a group, a network or a charity.
    let orgs = &ex.orgs;
    let civil = |o: usize| match orgs[o].known {
        Some(k) => g.orgs[k].kind == NGO_KIND,
        None => {
            called_civil.contains(&o)
                || orgs[o]
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|head| g.is_trigger(TriggerKind::CivilOrgHead, &fold(head)))
                || orgs[o]
                    .evidence
                    .iter()
                    .all(|e| matches!(e.rule, "org-apposition" | "org-cue"))
        }
    };
    let in_ngo_only = |person: &Person| {
        !person.member_of.is_empty() && person.member_of.iter().all(|&o| civil(o))
    };
    // "Red Cross spokesperson Daniela Ruiz": the same, for a title qualified by the NGO's name.
    let affiliations_of = |idx: usize| {
        mentions_of[idx]
            .iter()
            .filter_map(|&i| match &mentions[i].kind {
                MentionKind::Person { affiliation, .. } => Some(affiliation.iter()),
                _ => None,
            })
            .flatten()
    };
    for (idx, person) in ex.people.iter_mut().enumerate() {
        let country_written = affiliations_of(idx).any(|a| matches!(a, Affiliation::Place(_)));
        let titled_by_ngo = affiliations_of(idx)
            .any(|a| matches!(a, Affiliation::Org(o) if g.orgs[*o].kind == NGO_KIND));
        if person.titles.is_empty() || country_written || !(in_ngo_only(person) || titled_by_ngo) {
            continue;
        }
        person.titles.clear();
        person.affiliations.clear();
        person.role = match role_of(g, doc, mentions, &mentions_of[idx], false, story_country) {
            Role::Organizer if coordinates_body.contains(&idx) => Role::Other,
            role => role,
        };
    }
}

/// Whether token `t` opens "group's", "network's" or another body's noun with a possessive.
fn body_noun_possessive(g: &Gazetteer, doc: &Doc, t: usize) -> bool {
    t + 2 < doc.tokens.len()
        && !doc.is_capitalised(t)
        && g.is_trigger(TriggerKind::OrgCue, doc.folded(t))
        && matches!(doc.token_text(t + 1), "'" | "’")
        && doc.folded(t + 2) == "s"
}

/// The countries a bare-titled `person` cannot serve because their office is held by someone
/// else of the article: "Colombian President Gustavo Petro and Maduro met" (so President Maduro
/// is not Colombia's), "X and his Salvadoran counterpart, Y" (so X is not Salvadoran), and "X
/// met Bolivia's government minister, Y" (so X is not Bolivian). `offices` holds each person's
/// office with one holder a country (see [`one_holder_offices`]).
fn offices_taken(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    mentions_of: &[Vec<usize>],
    people: &[Person],
    offices: &[Option<usize>],
    person: usize,
) -> Vec<usize> {
    let in_own_sentence = |i: usize| {
        mentions_of[person]
            .iter()
            .any(|&own| mentions[own].sentence == mentions[i].sentence)
    };
    let mut taken = Vec::new();
    for other in (0..people.len()).filter(|&o| o != person) {
        let countries = &people[other].affiliations;
        let national = countries
            .iter()
            .all(|&c| g.places[c].kind == PlaceKind::Country);
        let same_office =
            offices[person].is_some() && national && offices[other] == offices[person];
        // Only where the word is written: "Chaves" is nobody's counterpart where he is "joined
        // by" his own ministers.
        let counterpart = mentions_of[other].iter().any(|&i| {
            matches!(&mentions[i].kind, MentionKind::Person { title: Some(t), .. }
                if t.to_lowercase().contains("counterpart"))
                && in_own_sentence(i)
        });
        // "The interior minister, X, met Bolivia's government minister, Y": whom one is told
        // to meet, with a country written beside the title, serves another. Not whom one
        // visits a place with: "Gov. X toured the area with U.S. Rep. Y" travel together.
        let visited_with = |from: usize, to: usize| {
            (from..to).any(|t| {
                g.is_trigger(TriggerKind::VisitVerb, doc.folded(t))
                    && (t + 1..to).any(|u| doc.folded(u) == "with")
            })
        };
        // The country itself must be written between the two: "met Los Angeles County
        // Supervisor Y" names a county of one's own country, not another country.
        // (Mentions come in text order: only those between the two are read.)
        let country_written = |c: usize, from: usize, to: usize| {
            mentions[mentions.partition_point(|w| w.tokens.start < from)..]
                .iter()
                .take_while(|w| w.tokens.start < to)
                .any(|w| {
                    w.tokens.end <= to
                        && matches!(w.kind, MentionKind::KnownPlace(p) | MentionKind::Demonym(p) if p == c)
                })
        };
        // ("spoke by phone with": a meeting phrase of several words.)
        let meeting_between = |from: usize, to: usize| {
            let words = doc.folded_words(from..to);
            let meeting = g.triggers(TriggerKind::Meeting);
            (0..words.len()).any(|i| meeting.at(&words, i))
        };
        let met_across = || {
            mentions_of[other].iter().any(|&i| {
                let m = &mentions[i];
                let MentionKind::Person { affiliation, .. } = &m.kind else {
                    return false;
                };
                // "spoke with Y, president of Haiti's council,": the title after the name.
                let sentence_end = doc.sentences[m.sentence].tokens.end;
                let apposition_end =
                    if m.tokens.end < sentence_end && doc.token_text(m.tokens.end) == "," {
                        (m.tokens.end + 1..sentence_end.min(m.tokens.end + 12))
                            .find(|&t| doc.token_text(t) == ",")
                            .unwrap_or(m.tokens.end)
                    } else {
                        m.tokens.end
                    };
                mentions_of[person].iter().any(|&own| {
                    let own = &mentions[own];
                    own.sentence == m.sentence
                        && own.tokens.end <= m.tokens.start
                        && meeting_between(own.tokens.end, m.tokens.start)
                        && !visited_with(own.tokens.end, m.tokens.start)
                        && affiliation.iter().any(|a| {
                            matches!(a, Affiliation::Place(c)
                            if g.places[*c].kind == PlaceKind::Country
                                && country_written(*c, own.tokens.end, apposition_end))
                        })
                })
            })
        };
        if same_office || counterpart || met_across() {
            taken.extend(
                countries
                    .iter()
                    .filter(|&&c| g.places[c].kind == PlaceKind::Country),
            );
        }
    }
    taken
}

/// Each person's office that has one holder a country at a time: a head of state or
/// government, or an office of several words ("Foreign Minister"). None for a former holder.
fn one_holder_offices(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    mentions_of: &[Vec<usize>],
    people: &[Person],
) -> Vec<Option<usize>> {
    let held_formerly = |p: usize| {
        mentions_of[p].iter().any(|&i| {
            let m = &mentions[i];
            let sentence_start = doc.sentences[m.sentence].tokens.start;
            // ("the late President Hage Geingob": one who held it until death.)
            (m.tokens.start.saturating_sub(3).max(sentence_start)..m.tokens.end).any(|t| {
                matches!(doc.folded(t), "former" | "ex")
                    || (doc.folded(t) == "late"
                        && t + 1 < doc.tokens.len()
                        && doc.is_capitalised(t + 1))
            })
        })
    };
    (0..people.len())
        .map(|p| {
            if held_formerly(p) {
                return None;
            }
            people[p]
                .titles
                .iter()
                .filter_map(|t| known_titles_in(g, t).next())
                .find(|&ti| {
                    let title = &g.titles[ti];
                    title.kind == "head_of_state"
                        || (title.kind == "minister" && title.title.contains(' '))
                })
        })
        .collect()
}

/// "Accompanying President Cortizo were the Ministers of ...", "Chaves was joined by ...": the
/// one country the officials a person accompanies (or is accompanied by) serve, in a sentence
/// that says so with a companion phrase (`meeting_companion` in `data/triggers.tsv`).
fn companion_country(
    g: &Gazetteer,
    doc: &Doc,
    people_by_sentence: &[Vec<(std::ops::Range<usize>, usize)>],
    people: &[Person],
    person: usize,
    sentences: impl Iterator<Item = usize>,
) -> Option<usize> {
    let companions = g.triggers(TriggerKind::MeetingCompanion);
    let mut countries: Vec<usize> = Vec::new();
    for sentence in sentences {
        let tokens = doc.sentences[sentence].tokens.clone();
        let words = doc.folded_words(tokens.clone());
        let Some(at) = (0..words.len()).find(|&i| companions.longest_at(&words, i).is_some())
        else {
            continue;
        };
        let at = tokens.start + at;
        // The one joined is the person named nearest on the other side of the words: "Briceño
        // was joined by Home Affairs Minister Kareem Musa, and Mexico's Foreign Secretary ...
        // took part" (not the foreign secretary).
        let named = &people_by_sentence[sentence];
        let Some((own, _)) = named.iter().find(|(_, p)| *p == person) else {
            continue;
        };
        let joined = if own.start > at {
            named.iter().rev().find(|(r, _)| r.end <= at)
        } else {
            named.iter().find(|(r, _)| r.start > at)
        };
        if let Some(&(_, other)) = joined.filter(|(_, other)| *other != person) {
            for &a in &people[other].affiliations {
                if g.places[a].kind == PlaceKind::Country && !countries.contains(&a) {
                    countries.push(a);
                }
            }
        }
    }
    match countries[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// The one country most of the people named in a list with `person` (in `sentences`, the
/// sentences that mention it; `people_by_sentence` holds each sentence's people in order)
/// serve ("Secretary of State
/// Antony Blinken, Homeland Security Secretary Alejandro Mayorkas, and Attorney General Merrick
/// Garland"; "Blinken, Garland and Mayorkas met ..."): names joined only by commas, "and",
/// dashes and capitalised title words, three or more. None unless two listed people at least
/// agree, or on a tie.
fn co_listed_country(
    g: &Gazetteer,
    doc: &Doc,
    people_by_sentence: &[Vec<(std::ops::Range<usize>, usize)>],
    people: &[Person],
    person: usize,
    sentences: impl Iterator<Item = usize>,
) -> Option<usize> {
    const MOST_GAP_TOKENS: usize = 6;
    let joins = |from: usize, to: usize| {
        to >= from
            && to - from <= MOST_GAP_TOKENS
            && (from..to).all(|t| {
                matches!(doc.token_text(t), "," | "—" | "–" | "and" | "of") || doc.is_capitalised(t)
            })
    };
    let mut sentences: Vec<usize> = sentences.collect();
    sentences.sort_unstable();
    sentences.dedup();
    let mut counts: HashMap<usize, usize> = HashMap::default();
    for sentence in sentences {
        let named = &people_by_sentence[sentence];
        // Split the sentence's names into lists; count the countries of this person's list.
        // Three names at least: "Biden and López Obrador" pairs counterparts as often as not.
        let mut list: Vec<usize> = Vec::new();
        let mut flush = |list: &mut Vec<usize>| {
            if list.len() >= 3 && list.contains(&person) {
                for &other in list.iter().filter(|&&o| o != person) {
                    for &a in &people[other].affiliations {
                        if g.places[a].kind == PlaceKind::Country {
                            *counts.entry(a).or_default() += 1;
                        }
                    }
                }
            }
            list.clear();
        };
        for (k, (tokens, p)) in named.iter().enumerate() {
            if k > 0 && !joins(named[k - 1].0.end, tokens.start) {
                flush(&mut list);
            }
            list.push(*p);
        }
        flush(&mut list);
    }
    // Two at least: one colleague's country is as likely a counterpart's.
    let best = counts.values().copied().max().filter(|&n| n >= 2)?;
    let mut leaders = counts.into_iter().filter(|&(_, n)| n == best);
    match (leaders.next(), leaders.next()) {
        (Some((country, _)), None) => Some(country),
        _ => None,
    }
}

/// A place a title names before the office it holds: "San Diego Sector chief", not "Vice
/// President" (Vice is a town in Peru), "Ambassador to Mexico" or "consul in Houston" (who
/// serve the country that sent them). Not a body the article names (`bodies`).
fn place_in_title(g: &Gazetteer, title: &str, bodies: &[Org]) -> Option<usize> {
    let words: Vec<String> = title.split_whitespace().map(fold).collect();
    let office_start = (0..words.len())
        .find(|&s| (s + 1..=words.len()).any(|e| g.title(&words[s..e].join(" ")).is_some()))?;
    let words = &words[..office_start];
    (0..words.len()).find_map(|s| {
        (s + 1..=words.len()).rev().find_map(|e| {
            let name = words[s..e].join(" ");
            g.place(&name).filter(|_| {
                !bodies
                    .iter()
                    .flat_map(|o| &o.names)
                    .any(|n| fold(n) == name)
            })
        })
    })
}

/// A national office the story opens on in the plural, in its headline or first sentence
/// ("Foreign ministers meeting in Lima agree ...", "Central American presidents met"): the
/// singular ("foreign minister"), when it is a head of state's or minister's title.
fn plural_office_of_story(g: &Gazetteer, doc: &Doc) -> Option<String> {
    doc.sentences
        .iter()
        .take(2)
        .find_map(|s| plural_office_in(g, doc, s.tokens.clone()))
}

/// The singular of a national office written in the plural in `tokens` ("interior ministers"
/// gives "interior minister"), when it is a head of state's or minister's title.
fn plural_office_in(g: &Gazetteer, doc: &Doc, tokens: std::ops::Range<usize>) -> Option<String> {
    let words = doc.folded_words(tokens);
    (0..words.len()).find_map(|end| {
        // (The last word alone is a title too, "minister", "president": a cheap test
        // before the phrases are built.)
        let singular = words[end]
            .strip_suffix('s')
            .filter(|w| g.title(w).is_some())?;
        (end.saturating_sub(2)..=end).find_map(|start| {
            let mut phrase = words[start..end].to_vec();
            phrase.push(singular);
            let phrase = phrase.join(" ");
            let title = &g.titles[g.title(&phrase)?];
            matches!(title.kind.as_str(), "head_of_state" | "minister").then_some(phrase)
        })
    })
}

/// "The interior ministers of Poland, Latvia and Finland will meet ... Latvia's Rihards
/// Kozlovskis and Finland's Mari Rantanen will attend": an untitled person named after the
/// possessive of a country that a sentence just before (or the same one) lists with an office
/// in the plural holds that office for that country.
fn office_of_listed_country(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    places: &[Place],
    i: usize,
) -> Option<(String, usize)> {
    let m = &mentions[i];
    // (The possessive is read from the tokens first: most people have none before them.)
    let owner_end = m
        .tokens
        .start
        .checked_sub(2)
        .filter(|&end| end >= 1 && crate::extract::mentions::possessive_after(doc, end - 1))?;
    let country_mention = mentions
        .iter()
        .position(|o| o.sentence == m.sentence && o.tokens.end == owner_end)?;
    let Some(EntityRef::Place(q)) = refs[country_mention] else {
        return None;
    };
    let country = places[q]
        .known
        .filter(|_| places[q].kind == PlaceKind::Country)?;
    let lists_it = |s: usize| {
        mentions.iter().zip(refs).any(|(o, r)| {
            o.sentence == s
                && matches!(r, Some(EntityRef::Place(p)) if places[*p].known == Some(country))
        })
    };
    // (In the person's own sentence, only an office written before the name.)
    let before = |s: usize| {
        let tokens = doc.sentences[s].tokens.clone();
        if s == m.sentence {
            tokens.start..m.tokens.start
        } else {
            tokens
        }
    };
    (m.sentence.saturating_sub(1)..=m.sentence)
        .filter(|&s| lists_it(s))
        .find_map(|s| plural_office_in(g, doc, before(s)))
        .map(|title| (title, country))
}

/// "X of Chile, Y of Ecuador and Z of Colombia": the country written right after a person's
/// mention with "of", ending its part of the list (as resolved: "Peru" alone may be a town).
fn country_after_of(
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    places: &[Place],
    i: usize,
) -> Option<usize> {
    let m = &mentions[i];
    let end = doc.sentences[m.sentence].tokens.end;
    if m.tokens.end + 1 >= end || doc.folded(m.tokens.end) != "of" {
        return None;
    }
    let j = mentions
        .iter()
        .position(|o| o.tokens.start == m.tokens.end + 1)?;
    let Some(EntityRef::Place(q)) = refs[j] else {
        return None;
    };
    let after = mentions[j].tokens.end;
    let closes = after >= end
        || matches!(doc.token_text(after), "," | "." | ";")
        || matches!(doc.folded(after), "and" | "as");
    (places[q].kind == PlaceKind::Country && closes)
        .then_some(places[q].known)
        .flatten()
}

/// The gazetteer titles a written title holds, from each word on, longest first: "U.S.
/// Ambassador to Honduras" holds "U.S. Ambassador" and "Ambassador".
fn known_titles_in<'t>(g: &'t Gazetteer, title: &'t str) -> impl Iterator<Item = usize> + 't {
    let words: Vec<&str> = title.split_whitespace().collect();
    let n = words.len();
    let spans = (0..n).flat_map(move |s| (s + 1..=n).rev().map(move |e| (s, e)));
    spans.filter_map(move |(s, e)| g.title(&fold(&words[s..e].join(" "))))
}

/// Whether each of `titles` names an office of `kind` in `titles.tsv` (so, with none, true).
fn every_title_of_kind(g: &Gazetteer, titles: &[String], kind: &str) -> bool {
    titles
        .iter()
        .all(|t| known_titles_in(g, t).any(|ti| g.titles[ti].kind == kind))
}

/// Role from the words around a person's mentions.
/// `story_country` is the country the story is filed from: someone from another one, met
/// there, came with the group.
fn role_of(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    ids: &[usize],
    has_title: bool,
    story_country: Option<usize>,
) -> Role {
    if has_title {
        return Role::Official;
    }
    let foreign_place_at = |t: usize| {
        mentions.iter().any(|m| {
            m.tokens.start == t
                && matches!(m.kind, MentionKind::KnownPlace(p)
                    if g.country_of(p).is_some() && g.country_of(p) != story_country)
        })
    };
    let mut best = Role::Other;
    for &i in ids {
        let m = &mentions[i];
        let s = &doc.sentences[m.sentence].tokens;
        // Three words back, or five past a descriptor: "called by the activist X".
        let described = m.tokens.start >= s.start + 2
            && matches!(doc.folded(m.tokens.start - 2), "the" | "a" | "an")
            && !doc.is_capitalised(m.tokens.start - 1);
        // Ten back for a name given after its description: "Another passenger, an Afghan who
        // gave his name as Jawed".
        let named_as = m.tokens.start >= s.start + 2
            && doc.folded(m.tokens.start - 1) == "as"
            && matches!(
                doc.folded(m.tokens.start - 2),
                "name" | "himself" | "herself" | "identified"
            );
        // ("the man who organised the convoy, a former farmer whom everyone in the camp calls
        // X": further back still for a name someone goes by.)
        let called_by_all = crate::extract::mentions::called_by_all(doc, s.start, m.tokens.start);
        // "A Syrian mother of three, X, said": a description that opens the sentence, before
        // the name and its comma.
        let opened_by_description = m.tokens.start >= s.start + 3
            && m.tokens.start <= s.start + 8
            && doc.token_text(m.tokens.start - 1) == ","
            && matches!(doc.folded(s.start), "a" | "an")
            && (s.start..m.tokens.start - 1).all(|t| doc.token_text(t) != ",");
        let back = if called_by_all {
            16
        } else if opened_by_description {
            m.tokens.start - s.start
        } else if named_as {
            10
        } else if described {
            5
        } else {
            3
        };
        let from = m.tokens.start.saturating_sub(back).max(s.start);
        // (Further in an appositive, which its closing comma bounds: "X, an evangelical
        // pastor from the province of Los Ríos who organized the trip".)
        let appositive = m.tokens.end < s.end && doc.token_text(m.tokens.end) == ",";
        let to = (m.tokens.end + if appositive { 16 } else { 8 }).min(s.end);
        // Stop the look-ahead at the end of the appositive. (The sentence's end bounds it
        // already: a full stop inside a sentence, as in "...", folds to nothing and is read
        // through.)
        let mut window: Vec<&str> = (from..m.tokens.start).map(|t| doc.folded(t)).collect();
        // Role words are read in lower case after the name: "who coordinates the Norwegian
        // Refugee Council's work" names a body, not a refugee.
        let mut cue_window = window.clone();
        for t in m.tokens.end..to {
            let w = doc.folded(t);
            if w == ";"
                || (t > m.tokens.end + 1
                    && w == ","
                    && m.tokens.end < s.end
                    && doc.token_text(m.tokens.end) != ",")
            {
                break;
            }
            window.push(w);
            cue_window.push(if doc.is_capitalised(t) { "" } else { w });
        }
        // ("Maxime Delattre, a coordinator for Utopia 56, a charity that helps migrants": those
        // a body or a person helps are others.)
        for k in 1..cue_window.len() {
            if matches!(
                cue_window[k - 1],
                "helps" | "help" | "helping" | "aids" | "assists" | "supports" | "serves"
            ) {
                cue_window[k] = "";
            }
        }
        let has = |kind: TriggerKind| g.triggers(kind).any_in(&cue_window);
        // "X, a Honduran mother of three": a traveller's noun after a nationality, in the
        // apposition after the name.
        let after_name = m.tokens.end < s.end && doc.folded(m.tokens.end) == ",";
        // So is "X, a Venezuelan from Lara state": a nationality as a noun, with where in
        // that country the person comes from.
        let foreign_traveller = after_name
            && (window.windows(2).any(|w| {
                g.demonym(w[0]).is_some() && g.is_trigger(TriggerKind::TravellerCue, w[1])
            }) || window.windows(3).any(|w| {
                // "a Venezuelan from Lara state", "a Honduran travelling with three
                // children", "a Haitian who travelled with his wife".
                matches!(w[0], "a" | "an")
                    && g.demonym(w[1]).is_some()
                    && (matches!(w[2], "from" | "who") || w[2].ends_with("ing"))
            }));
        // The apposition after the name, up to a clause or a verb of speech: "X, at 52 the
        // oldest in the group, said".
        let apposition: Vec<usize> = if after_name {
            (m.tokens.end + 1..to)
                .take_while(|&t| {
                    let w = doc.folded(t);
                    w != "," && !g.is_trigger(TriggerKind::SpeechVerb, w)
                })
                .collect()
        } else {
            Vec::new()
        };
        let appos = |k: usize| apposition.get(k).map_or("", |&t| doc.folded(t));
        // "the only woman without children in the group", "the oldest of the caravan".
        let in_the_group = (0..apposition.len()).any(|k| {
            matches!(appos(k), "in" | "of")
                && appos(k + 1) == "the"
                && matches!(appos(k + 2), "group" | "caravan")
                && k + 3 == apposition.len()
        });
        // "X, a teacher who was among them, said": one of those just counted.
        let among_them = (0..apposition.len())
            .any(|k| appos(k) == "among" && matches!(appos(k + 1), "them" | "those"));
        // "one of the South Sudanese students", "one of the passengers".
        let one_of_them = matches!([appos(0), appos(1), appos(2)], ["one", "of", "the"])
            && (3..6).any(|k| {
                let w = appos(k);
                g.is_trigger(TriggerKind::GroupCountNoun, w)
                    || (w.ends_with('s') && g.demonym(w).is_some())
                    || w.strip_suffix('s')
                        .is_some_and(|one| g.is_trigger(TriggerKind::TravellerCue, one))
            });
        // "a nurse from Khartoum" met in Tunisia: a trade, and a town in another country.
        let trade_from_abroad = story_country.is_some()
            && matches!(appos(0), "a" | "an")
            && (1..apposition.len().min(4)).any(|k| {
                g.is_trigger(TriggerKind::TravellerCue, appos(k))
                    && appos(k + 1) == "from"
                    && apposition.get(k + 2).is_some_and(|&t| foreign_place_at(t))
            });
        // "an Eritrean woman travelling with her brother".
        let foreign_person = matches!(appos(0), "a" | "an")
            && g.demonym(appos(1)).is_some()
            && matches!(appos(2), "woman" | "man" | "girl" | "boy" | "teenager")
            && (appos(3) == "from" || appos(3).ends_with("ing"));
        // "A young Cameroonian who gave his name only as Brice": the foreigner described
        // before "who".
        let named_only_as = m.tokens.start >= s.start + 6
            && doc.folded(m.tokens.start - 1) == "as"
            && (m.tokens.start.saturating_sub(10).max(s.start)..m.tokens.start)
                .rev()
                .find(|&t| doc.folded(t) == "who")
                .is_some_and(|who| {
                    (who + 1..m.tokens.start).any(|t| doc.folded(t) == "name")
                        && (who.saturating_sub(3).max(s.start)..who)
                            .any(|t| g.demonym(doc.folded(t)).is_some())
                });
        // "His aunt, X, who travelled with him": someone on the trip.
        // So is "X, who walked with four children": who walked or crossed with their own.
        let travelled_with = window.windows(3).any(|w| {
            let travelled = matches!(w[0], "travelled" | "traveled" | "travelling" | "traveling");
            let walked = matches!(w[0], "walked" | "crossed" | "fled");
            w[1] == "with"
                && (travelled && matches!(w[2], "him" | "her" | "them" | "us")
                    || walked
                        && (matches!(w[2], "his" | "her" | "their")
                            || crate::extract::groups::small_number(w[2]).is_some()))
        }) && window.contains(&"who")
            // "X, travelling with her two sons, said".
            || (matches!(appos(0), "travelling" | "traveling") && appos(1) == "with");
        // "Another member of the group, X, said": one of the migrants the story follows. So
        // is "Another, X," or "Another man, X,", after one of them was quoted.
        let member_of_group = {
            let back = |k: usize| {
                if m.tokens.start >= s.start + k {
                    doc.folded(m.tokens.start - k)
                } else {
                    ""
                }
            };
            // (And "An Ethiopian in the group, X,", "said one of them, X".)
            // ("A 15-year-old boy who gave only his first name, X": past an age.)
            let opens_on_someone = s.len() > 2
                && matches!(doc.folded(s.start), "another" | "a" | "an")
                && (s.start + 1..(s.start + 5).min(s.end)).any(|t| {
                    matches!(
                        doc.folded(t),
                        "man" | "woman" | "boy" | "girl" | "passenger" | "migrant" | "survivor"
                    )
                });
            matches!(
                [back(5), back(4), back(3), back(2), back(1)],
                ["member", "of", "the", "group" | "caravan", ","]
            ) || (back(1) == ","
                && crate::extract::mentions::one_of_the_group_before(
                    doc,
                    s.start,
                    m.tokens.start - 1,
                ))
                // "X, a mother of four who gave only her first name, said": a first name alone,
                // as the people the story follows give it.
                || window.windows(4).any(|w| {
                    matches!(w[0], "gave" | "give" | "gives")
                        && w[1] == "only"
                        && matches!(w[2], "her" | "his" | "a" | "their")
                        && w[3] == "first"
                })
                // "One of the men, a 31-year-old engineer who asked to be identified by the
                // pseudonym X,": one of them, by the name the story gives.
                || (crate::extract::mentions::pseudonym_before(doc, s, m.tokens.start)
                    && (opens_on_someone
                        || (s.start..m.tokens.start)
                            .find(|&t| doc.token_text(t) == ",")
                            .is_some_and(|comma| {
                                crate::extract::mentions::one_of_the_group_before(
                                    doc, s.start, comma,
                                )
                            })))
                // "Another man, who gave only his first name, X, said", "A woman who gave only
                // her first name, X, said", "A woman who gave her name only as X said".
                || (opens_on_someone && back(1) == "," && back(2) == "name")
                // "a 19-year-old from Kunduz province who gave only his first name, X,":
                // whoever opens the sentence.
                || matches!(
                    [back(6), back(5), back(4), back(3), back(2), back(1)],
                    ["gave", "only", "his" | "her", "first", "name", ","]
                )
                || (opens_on_someone
                    && back(1) == "as"
                    && (back(2) == "name" || (back(2) == "only" && back(3) == "name")))
                || (back(1) == ","
                && (back(2) == "another"
                    || (back(3) == "another"
                        && matches!(
                            back(2),
                            "man"
                                | "woman"
                                | "passenger"
                                | "migrant"
                                | "traveller"
                                | "traveler"
                                | "survivor"
                                | "walker"
                        ))))
        };
        // "X, a former security guard whom the others asked to speak for them": the group's
        // voice is one of them.
        let speaks_for_them = window.windows(3).any(|w| {
            matches!(w[0], "speak" | "speaks" | "talk" | "talks")
                && w[1] == "for"
                && matches!(w[2], "them" | "us")
        });
        // "A widow whom everyone in the convoy calls X": a name the group gives one of its own.
        let named_by_the_group = called_by_all
            && window.windows(3).any(|w| {
                matches!(w[0], "in" | "on")
                    && w[1] == "the"
                    && matches!(w[2], "group" | "caravan" | "convoy" | "boat")
            });
        // "Among the passengers were X, 26, ..., and Y, a former coach": those the sentence
        // lists among a group's people.
        let listed_among = s.len() > 4 && {
            let word = |k: usize| doc.folded(s.start + k);
            word(0) == "among"
                && word(1) == "the"
                && g.is_trigger(TriggerKind::GroupCountNoun, word(2))
                && matches!(word(3), "were" | "was")
                && m.tokens.start > s.start + 3
        };
        // "\"We are going to Malakal, all of us,\" said X": who speaks for the whole group is
        // in it.
        let speaks_for_all = m.tokens.start >= s.start + 2
            && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(m.tokens.start - 1))
            && (s.start..m.tokens.start - 1).any(|t| {
                let w = |k: usize| doc.folded(t + k);
                w(0) == "all" && w(1) == "of" && w(2) == "us"
            });
        // "X, 27, who was pushing her son", "X, 22, said he had paid a smuggler": what a
        // relative clause or the person's own words tell is no role word.
        let before_clause = window
            .iter()
            .position(|w| *w == "who" || g.is_trigger(TriggerKind::SpeechVerb, w))
            .map_or(&window[..], |k| &window[..k]);
        // "They were led across, several said, by X", "The group had been brought together in
        // Tehran by X": the agent of a leading verb further back.
        // So is the name in apposition to that agent: "The convoy was arranged by a clan
        // elder from Albu Kamal, X".
        let by = if m.tokens.start > s.start && doc.folded(m.tokens.start - 1) == "by" {
            Some(m.tokens.start - 1)
        } else if m.tokens.start > s.start + 3 && doc.token_text(m.tokens.start - 1) == "," {
            (m.tokens.start.saturating_sub(10).max(s.start)..m.tokens.start - 2)
                .rev()
                .take_while(|&t| doc.token_text(t) != ",")
                .find(|&t| doc.folded(t) == "by" && matches!(doc.folded(t + 1), "a" | "an"))
        } else {
            None
        };
        let led_by = by.is_some_and(|by| {
            (by.saturating_sub(8).max(s.start)..by).any(|t| {
                matches!(
                    doc.folded(t),
                    "led" | "guided" | "organized" | "organised" | "arranged"
                ) || (doc.folded(t) == "brought" && doc.folded(t + 1) == "together")
            })
        });
        // "X, 61, who found them when he came to open the irrigation pipes": who came upon
        // the group is no member of it.
        let found_them = window.windows(3).any(|w| {
            w[0] == "who"
                && matches!(w[1], "found" | "spotted" | "discovered" | "saw")
                && w[2] == "them"
        });
        // "X, 58, who has worked the fields around this farm town for three decades": someone
        // of the place the story is told from.
        let long_local = window.windows(3).any(|w| {
            w[0] == "who"
                && matches!(w[1], "has" | "have")
                && matches!(w[2], "lived" | "worked" | "farmed" | "fished" | "taught")
        }) && window
            .iter()
            .any(|w| matches!(*w, "this" | "here" | "decades" | "generations"));
        // "X, a fisherman who had collected about 400,000 CFA francs from each passenger": who
        // took the fares organised the trip.
        let collected_fares = window.contains(&"collected")
            && window
                .iter()
                .any(|w| matches!(*w, "money" | "fare" | "fares" | "each" | "passenger"));
        // An organiser's word; after the name, not one whose agent follows: "Jawed said the
        // group had been put together by a man in Qeshm" names another organiser.
        let organizer_cue = {
            let cues = g.triggers(TriggerKind::OrganizerCue);
            let name_at = m.tokens.start - from;
            // ("the leader of Hayat Tahrir al-Sham", not of an aid group that may organise a
            // caravan: a known body other than an NGO.)
            let leads_a_known_body = |t: usize| {
                let name = t + 2 + usize::from(t + 2 < s.end && doc.folded(t + 2) == "the");
                t + 2 < s.end
                    && doc.folded(t + 1) == "of"
                    && (1..=5).any(|len| {
                        name + len <= s.end
                            && g.org(&crate::extract::mentions::key(doc, name..name + len))
                                .is_some_and(|o| g.orgs[o].kind != NGO_KIND)
                    })
            };
            // ("Syria's new leader, X", "the Syrian leader", "HTS leader X": a country's or a
            // body's leader leads no group.)
            let countrys_leader = |t: usize| {
                let mut at = t;
                while at > s.start
                    && matches!(
                        doc.folded(at - 1),
                        "new" | "interim" | "former" | "military"
                    )
                {
                    at -= 1;
                }
                let owner = if at >= s.start + 3 && doc.folded(at - 1) == "s" {
                    at - 3
                } else if at > s.start {
                    at - 1
                } else {
                    return false;
                };
                matches!(doc.folded(t), "leader" | "leaders")
                    && (g.place(doc.folded(owner)).is_some()
                        || g.demonym(doc.folded(owner)).is_some()
                        || g.org(doc.folded(owner)).is_some()
                        || crate::extract::mentions::is_acronym(doc.token_text(owner))
                        || leads_a_known_body(t))
            };
            // ("A shepherd, X, who led the gendarmes to the hut": a guide of those who found
            // the group, not of the group; nor is X where "soldiers led the passengers to a
            // warehouse".)
            let finders = |w: &str| {
                matches!(
                    w,
                    "gendarmes"
                        | "police"
                        | "soldiers"
                        | "troops"
                        | "rescuers"
                        | "officers"
                        | "guards"
                        | "patrol"
                        | "authorities"
                        | "agents"
                )
            };
            let led_the_finders = |k: usize| {
                cue_window[k] == "led"
                    && ((cue_window.get(k + 1) == Some(&"the")
                        && cue_window.get(k + 2).is_some_and(|w| finders(w)))
                        || (k > 0 && finders(cue_window[k - 1])))
            };
            (0..name_at).any(|k| cues.at(&cue_window[..name_at], k) && !countrys_leader(from + k))
                || (name_at..cue_window.len()).any(|k| {
                    cues.longest_at(&cue_window, k).is_some_and(|len| {
                        cue_window[k + len - 1] != "by" && cue_window.get(k + len) != Some(&"by")
                    }) && !countrys_leader(m.tokens.end + k - name_at)
                        && !led_the_finders(k)
                })
        };
        let role = if has(TriggerKind::SpokespersonCue) {
            Role::Spokesperson
        } else if organizer_cue || led_by || collected_fares {
            Role::Organizer
        } else if has(TriggerKind::MigrantCue)
            || member_of_group
            || named_by_the_group
            || speaks_for_them
            || in_the_group
            || among_them
            || one_of_them
            || trade_from_abroad
            || foreign_person
            || named_only_as
            || travelled_with
            || listed_among
            || speaks_for_all
            // "Ana Ruiz, 31, a nurse": a person without a title introduced by age is, in
            // migration news, someone the reporter met on the road, unless a word such as
            // "priest", "resident" or "lawyer" says otherwise.
            // So is "Ana Ruiz, a 34-year-old from Olancho".
            // ("a motorcycle-taxi driver", "a mother of two" are on the road too.)
            || ((crate::extract::mentions::age_follows(doc, m.tokens.end, s)
                || window.contains(&"year-old")
                || foreign_traveller)
                && !long_local
                && !found_them
                && !before_clause.iter().any(|w| {
                    g.is_trigger(TriggerKind::PersonCue, w)
                        && !g.is_trigger(TriggerKind::TravellerCue, w)
                }))
        {
            Role::Migrant
        } else {
            Role::Other
        };
        if role < best {
            best = role;
        }
    }
    best
}

/// The body that "its" (or "the group's") before person mention `i` stands for: the last one
/// named before it, in the sentence or the one before (past quoted ones); and whether a noun
/// named it so.
fn body_its_stands_for(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    i: usize,
) -> Option<(usize, bool)> {
    let m = &mentions[i];
    let sentence = &doc.sentences[m.sentence];
    // ("its sector commander in Sylhet, Col. X": the post may say where, and a rank open the
    // name.)
    let its = (sentence.tokens.start..m.tokens.start)
        .rev()
        .take(8)
        .find(|&t| doc.folded(t) == "its" || body_noun_possessive(g, doc, t))?;
    let by_noun = doc.folded(its) != "its";
    // ("The Hellenic Police denied this. \"No such incident took place. ...,\" its spokeswoman,
    // X, said": back over the quoted sentences too, which name no body "its" could be.)
    let mut earliest = m.sentence.saturating_sub(1);
    let is_quote = |t: usize| matches!(doc.token_text(t), "\"" | "\u{201c}");
    // (The opening quote mark may end the sentence before.)
    let opens_quoted = |s: usize| {
        is_quote(doc.sentences[s].tokens.start)
            || (s > 0
                && doc.sentences[s - 1]
                    .tokens
                    .end
                    .checked_sub(1)
                    .is_some_and(is_quote))
    };
    while earliest > 0 && m.sentence - earliest < 3 && opens_quoted(earliest) {
        earliest -= 1;
    }
    (0..i)
        .rev()
        .take_while(|&j| mentions[j].sentence >= earliest)
        .find_map(|j| match refs[j] {
            Some(EntityRef::Org(org)) if mentions[j].tokens.end <= its => Some((org, by_noun)),
            _ => None,
        })
}

/// The most tokens between a speaker's name and the verb of speech ("X, who returned from
/// Bogotá on Monday, said ...").
const MOST_TOKENS_TO_SPEECH: usize = 12;

/// The most tokens between the verb of speech and the "that" of what was said ("said last month
/// that the flow was falling and that Panama ...").
const MOST_TOKENS_TO_CLAUSE: usize = 16;

/// "X said Panama would not let smugglers profit", "X said on Monday that Chile will ...": the
/// one country a person (mentions `own`, entity `person`) names as the subject of what they
/// said. News names a foreign official's country beside them ("Colombia's minister said ..."),
/// so a speaker given a bare title speaks so of the country they serve.
fn country_spoken_for(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    by_sentence: &[std::ops::Range<usize>],
    own: &[usize],
    person: usize,
) -> Option<usize> {
    let mut countries: Vec<usize> = Vec::new();
    for &i in own {
        let m = &mentions[i];
        let in_sentence = by_sentence[m.sentence].clone();
        let sentence_end = doc.sentences[m.sentence].tokens.end;
        // The person speaks: the first verb of speech after the name, with no one else named
        // between (then the other one speaks).
        let Some(verb) = (m.tokens.end..(m.tokens.end + MOST_TOKENS_TO_SPEECH).min(sentence_end))
            .find(|&t| g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t)))
        else {
            continue;
        };
        let someone_between = in_sentence.clone().any(|j| {
            matches!(refs[j], Some(EntityRef::Person(p)) if p != person)
                && mentions[j].tokens.start >= m.tokens.end
                && mentions[j].tokens.start < verb
        });
        if someone_between {
            continue;
        }
        // What was said opens right after the verb ("said Panama would"), after a day ("said on
        // Monday"), or after the "that" that opens it.
        let mut opens = verb + 1;
        if opens + 1 < sentence_end && doc.folded(opens) == "on" {
            opens += 2;
        }
        let that = (opens..(verb + 1 + MOST_TOKENS_TO_CLAUSE).min(sentence_end))
            .filter(|&t| doc.folded(t) == "that")
            .map(|t| t + 1);
        let starts = std::iter::once(opens).chain(that);
        for start in starts {
            let country = in_sentence.clone().find_map(|j| match mentions[j].kind {
                MentionKind::KnownPlace(c)
                    if mentions[j].tokens.start == start
                        && g.places[c].kind == PlaceKind::Country
                        && mentions[j].tokens.end < sentence_end
                        && g.is_trigger(
                            TriggerKind::ClauseVerb,
                            doc.folded(mentions[j].tokens.end),
                        )
                        && !tells_what_a_country_is_doing(
                            doc,
                            mentions[j].tokens.end,
                            sentence_end,
                        ) =>
                {
                    Some(c)
                }
                _ => None,
            });
            if let Some(c) = country.filter(|c| !countries.contains(c)) {
                countries.push(c);
            }
        }
    }
    match countries[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// "said Russia was using migrants as a tool": what a country is doing, in the progressive, is
/// what a speaker says of another country, not a commitment of their own.
/// A quotation may open on the participle: "said Belarus was \"pushing people\"".
fn tells_what_a_country_is_doing(doc: &Doc, verb: usize, sentence_end: usize) -> bool {
    let mut next = verb + 1;
    while next < sentence_end && matches!(doc.token_text(next), "\"" | "“" | "'" | "‘") {
        next += 1;
    }
    matches!(doc.folded(verb), "is" | "was")
        && next < sentence_end
        && doc.folded(next).len() > 4
        && doc.folded(next).ends_with("ing")
}

/// "X, a Venezuelan migrant" or "X from Venezuela": the person's country.
fn nationality(g: &Gazetteer, doc: &Doc, m: &Mention) -> Option<usize> {
    let s = &doc.sentences[m.sentence].tokens;
    for t in m.tokens.end..(m.tokens.end + 5).min(s.end) {
        let w = doc.folded(t);
        if let Some(p) = g.demonym(w) {
            return Some(p);
        }
        if w == "from" && t + 1 < s.end {
            if let Some(p) = g.place(doc.folded(t + 1)) {
                if g.places[p].kind == PlaceKind::Country {
                    return Some(p);
                }
            }
        }
    }
    None
}

/// Whether a person's title is written as a region's ("Balearic regional President X",
/// "the provincial governor, X"): an office of the country the story is told from, as a
/// local one is.
/// Whether a mention of a person follows "of" and the name of the town at `town` (a mention)
/// and a comma: "the mayor of Anse-à-Pitres, X".
fn office_of_town(doc: &Doc, mentions: &[Mention], town: usize, own: &[usize]) -> bool {
    let name = fold(&mentions[town].text);
    own.iter().any(|&i| {
        let start = mentions[i].tokens.start;
        mentions[..i]
            .iter()
            .rev()
            .take_while(|o| o.sentence == mentions[i].sentence)
            .any(|o| {
                o.tokens.end + 1 == start
                    && o.tokens.start >= 1
                    && doc.token_text(o.tokens.end) == ","
                    && doc.folded(o.tokens.start - 1) == "of"
                    && fold(&o.text) == name
            })
    })
}

fn regional_office_before(doc: &Doc, mentions: &[Mention], own: &[usize]) -> bool {
    own.iter().any(|&i| {
        let start = mentions[i].tokens.start;
        let sentence_start = doc.sentences[mentions[i].sentence].tokens.start;
        (start.saturating_sub(4).max(sentence_start)..start)
            .any(|t| matches!(doc.token_text(t), "regional" | "provincial"))
    })
}

/// The country whose capital opens the sentence that names a bare-titled person right after
/// it, behind the title ("In Ottawa, Public Safety Minister X said ..."): wires set officials
/// in the capital they govern from.
fn in_capital_before(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    own: &[usize],
) -> Option<usize> {
    const MOST_TITLE_WORDS: usize = 5;
    own.iter().find_map(|&i| {
        let m = &mentions[i];
        let opening = doc.sentences[m.sentence].tokens.start;
        if doc.folded(opening) != "in" {
            return None;
        }
        let place = mentions[..i]
            .iter()
            .rev()
            .take_while(|o| o.sentence == m.sentence)
            .find(|o| o.tokens.start == opening + 1)?;
        let title = place.tokens.end + 1..m.tokens.start;
        let told_before_title = doc.token_text(place.tokens.end) == ","
            && title.start <= title.end
            && title.len() <= MOST_TITLE_WORDS
            && title.clone().all(|t| doc.is_capitalised(t));
        capitals_country(g, place).filter(|_| told_before_title)
    })
}

/// The country whose capital a mention names.
fn capitals_country(g: &Gazetteer, place: &Mention) -> Option<usize> {
    match place.kind {
        MentionKind::KnownPlace(c) if g.places[c].kind == PlaceKind::City && g.is_capital(c) => {
            g.country_of(c)
        }
        _ => None,
    }
}

/// "President X is to host a summit of Sudan's neighbours in Cairo": who hosts in a capital
/// serves its country. So does who speaks there: "Interior Minister X told reporters in
/// Ankara" (near the verb: not "said the talks she held in Ankara").
fn hosts_or_speaks_in_capital(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    own: &[usize],
) -> Option<usize> {
    const MOST_WORDS_TO_PLACE: usize = 10;
    const MOST_WORDS_TO_PLACE_SPOKEN: usize = 4;
    own.iter().find_map(|&i| {
        let m = &mentions[i];
        let sentence = &doc.sentences[m.sentence].tokens;
        let (verb, most_words_to_place) = (m.tokens.end..(m.tokens.end + 3).min(sentence.end))
            .find_map(|t| match doc.folded(t) {
                "host" | "hosts" | "hosted" | "hosting" => Some((t, MOST_WORDS_TO_PLACE)),
                "told" | "said" | "says" | "speaking" => Some((t, MOST_WORDS_TO_PLACE_SPOKEN)),
                _ => None,
            })?;
        // ("X's spokesman, Y, told reporters in Moscow": past the comma that closes the name
        // in apposition.)
        let apposed = m.tokens.start > sentence.start && doc.token_text(m.tokens.start - 1) == ",";
        let auxiliaries_only = (m.tokens.end..verb).all(|t| {
            matches!(
                doc.folded(t),
                "is" | "was" | "to" | "will" | "would" | "has"
            ) || (apposed && t == m.tokens.end && doc.token_text(t) == ",")
        });
        if !auxiliaries_only {
            return None;
        }
        mentions[i + 1..]
            .iter()
            .take_while(|o| o.sentence == m.sentence)
            .filter(|o| o.tokens.start <= verb + most_words_to_place)
            .filter(|o| doc.folded(o.tokens.start - 1) == "in")
            .find_map(|o| capitals_country(g, o))
    })
}

/// "President X's spokesman, Y, told reporters in Moscow": the country of the capital a
/// spokesperson, named in apposition to the office, speaks in is the principal's too.
fn spokesperson_speaks_in_capital(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    own: &[usize],
) -> Option<usize> {
    own.iter().find_map(|&i| {
        let m = &mentions[i];
        let sentence = &doc.sentences[m.sentence].tokens;
        if !crate::extract::mentions::possessive_after(doc, m.tokens.end - 1) {
            return None;
        }
        // (Past the possessive's "'" and "s", then the office up to its comma.)
        let office = m.tokens.end + 2;
        let comma = (office..(office + 4).min(sentence.end)).find(|&t| doc.token_text(t) == ",")?;
        let title = doc.folded_words(office..comma).join(" ");
        let speaks_for = g
            .title(&title)
            .is_some_and(|t| g.titles[t].kind == "spokesperson");
        let apposed = mentions[i + 1..]
            .iter()
            .take_while(|o| o.sentence == m.sentence)
            .position(|o| o.tokens.start == comma + 1)
            .map(|k| i + 1 + k)?;
        speaks_for
            .then(|| hosts_or_speaks_in_capital(g, doc, mentions, &[apposed]))
            .flatten()
    })
}

/// "would raise labour recruitment with President X when the two meet in Ankara": the one met
/// with, in a capital abroad, serves its country (a visitor goes to the capital of whom they
/// meet).
fn met_with_abroad(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    own: &[usize],
    story_country: Option<usize>,
) -> Option<usize> {
    const MOST_WORDS_TO_PLACE: usize = 12;
    own.iter().find_map(|&i| {
        let m = &mentions[i];
        let sentence = &doc.sentences[m.sentence].tokens;
        word_before_title(doc, m, "with")?;
        let meets =
            (m.tokens.end..(m.tokens.end + MOST_WORDS_TO_PLACE).min(sentence.end)).find(|&t| {
                matches!(
                    doc.folded(t),
                    "meet" | "meets" | "met" | "meeting" | "talks"
                )
            })?;
        mentions[i + 1..]
            .iter()
            .take_while(|o| o.sentence == m.sentence)
            .filter(|o| o.tokens.start > meets && o.tokens.start <= meets + 3)
            .filter(|o| doc.folded(o.tokens.start - 1) == "in")
            .find_map(|o| capitals_country(g, o))
            .filter(|&c| Some(c) != story_country)
    })
}

/// Where `word` stands right before mention `m`, past the title the mention may not hold ("with
/// President X", "to meet Prime Minister Y").
fn word_before_title(doc: &Doc, m: &Mention, word: &str) -> Option<usize> {
    let sentence = &doc.sentences[m.sentence].tokens;
    let before = (sentence.start..m.tokens.start)
        .rev()
        .find(|&t| !doc.is_capitalised(t))?;
    (doc.folded(before) == word && m.tokens.start - before <= 4).then_some(before)
}

/// "X is to travel to Port Moresby ... to meet Prime Minister Y": the one a visitor goes to a
/// capital abroad to meet serves its country.
fn met_on_a_visit(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    own: &[usize],
    story_country: Option<usize>,
) -> Option<usize> {
    const MOST_WORDS_FROM_PLACE: usize = 14;
    own.iter().find_map(|&i| {
        let m = &mentions[i];
        let before = word_before_title(doc, m, "meet")?;
        mentions[..i]
            .iter()
            .rev()
            .take_while(|o| o.sentence == m.sentence)
            .filter(|o| o.tokens.end <= before && before - o.tokens.end <= MOST_WORDS_FROM_PLACE)
            .filter(|o| {
                o.tokens.start > 0
                    && matches!(doc.folded(o.tokens.start - 1), "to" | "visit" | "visits")
            })
            .find_map(|o| capitals_country(g, o))
            .filter(|&c| Some(c) != story_country)
    })
}

/// "Syrians have gone home from Turkey since the fall of President X" (or "the assassination
/// of"): a head of state whose fall the story tells, with no country of his own, headed the
/// country it names most other than the one it is filed from (twice at least), whose people
/// the fall set moving.
fn fallen_leader_country(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    own: &[usize],
    person: &Person,
    named_times: &HashMap<usize, usize>,
    story_country: Option<usize>,
) -> Option<usize> {
    if person.titles.is_empty() || !every_title_of_kind(g, &person.titles, "head_of_state") {
        return None;
    }
    let fell = |word: &str| {
        matches!(
            word,
            "ousted" | "toppled" | "deposed" | "overthrown" | "assassinated" | "slain"
        )
    };
    let fall = |word: &str| {
        matches!(
            word,
            "fall"
                | "downfall"
                | "ouster"
                | "overthrow"
                | "toppling"
                | "rule"
                | "collapse"
                | "assassination"
                | "killing"
                | "murder"
        )
    };
    let fallen = own.iter().any(|&i| {
        // (Past the title, when the mention does not hold it, and "former".)
        let mut t = mentions[i].tokens.start;
        while t > 0 && (g.title(doc.folded(t - 1)).is_some() || doc.folded(t - 1) == "former") {
            t -= 1;
        }
        let word = |back: usize| if t >= back { doc.folded(t - back) } else { "" };
        // "X was toppled", "X had been ousted", "X's fall".
        let end = mentions[i].tokens.end;
        let after = |ahead: usize| {
            doc.tokens
                .get(end + ahead)
                .map_or("", |_| doc.folded(end + ahead))
        };
        let told_after = match after(0) {
            "was" | "were" => fell(after(1)),
            "had" => after(1) == "been" && fell(after(2)),
            _ => crate::extract::mentions::possessive_after(doc, end - 1) && fall(after(2)),
        };
        fell(word(1)) || (word(1) == "of" && fall(word(2))) || told_after
    });
    if !fallen {
        return None;
    }
    // "Syrian families crossed ...", "3 million Syrians": the people the fall set moving,
    // named by their demonym, are the fallen leader's, wherever the story is filed from.
    let mut people_named: HashMap<usize, usize> = HashMap::default();
    for t in 0..doc.tokens.len().saturating_sub(1) {
        let word = doc.folded(t);
        let Some(country) = g
            .demonym(word)
            .filter(|&c| doc.is_capitalised(t) && g.places[c].kind == PlaceKind::Country)
        else {
            continue;
        };
        let plural = word
            .strip_suffix('s')
            .is_some_and(|one| g.demonym(one) == Some(country));
        let people_after = matches!(
            doc.folded(t + 1),
            "families" | "refugees" | "migrants" | "returnees" | "nationals" | "citizens"
        );
        if plural || people_after {
            *people_named.entry(country).or_default() += 1;
        }
    }
    let mut most_named = people_named
        .iter()
        .map(|(&c, &n)| (n, c))
        .collect::<Vec<_>>();
    most_named.sort_unstable_by(|a, b| b.cmp(a));
    match most_named[..] {
        [(n, country), ..] if most_named.get(1).is_none_or(|&(m, _)| m < n) => {
            return Some(country)
        }
        _ => {}
    }
    named_times
        .iter()
        .filter(|&(&c, &n)| {
            n >= 2 && Some(c) != story_country && g.places[c].kind == PlaceKind::Country
        })
        .max_by_key(|&(&c, &n)| (n, std::cmp::Reverse(c)))
        .map(|(&c, _)| c)
}

/// "a prison in El Salvador, a move that President X's government accepted", "to reach the
/// United States before President-elect X takes office": a head of state with no country of
/// his own, written a few words after a country, heads that one.
fn head_of_state_after_country(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    own: &[usize],
    person: &Person,
) -> Option<usize> {
    if person.titles.is_empty() || !every_title_of_kind(g, &person.titles, "head_of_state") {
        return None;
    }
    own.iter().find_map(|&i| {
        let m = &mentions[i];
        // (The mention holds the title.)
        let start = m.tokens.start;
        // "Migrants kept coming into the United States, President X said": a speaker, whose
        // country the sentence does not give.
        let speaks = (m.tokens.end..m.tokens.end + 2)
            .take_while(|&t| doc.sentence_of(t) == m.sentence)
            .any(|t| g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t)));
        if speaks {
            return None;
        }
        mentions[..i]
            .iter()
            .rev()
            .take_while(|o| o.sentence == m.sentence)
            .find_map(|o| {
                let MentionKind::KnownPlace(c) = o.kind else {
                    return None;
                };
                (g.places[c].kind == PlaceKind::Country
                    && o.tokens.end <= start
                    && start - o.tokens.end <= 6
                    && !(o.tokens.end..start)
                        .any(|t| matches!(doc.token_text(t), ";" | "\"" | "“" | "”")))
                .then_some(c)
            })
    })
}

/// "On the Thai side, the Sungai Kolok district chief, X, said": the side of the border a
/// sentence opens on is the country of the officials it names.
fn side_told(g: &Gazetteer, doc: &Doc, mentions: &[Mention], own: &[usize]) -> Option<usize> {
    own.iter().find_map(|&i| {
        let s = &doc.sentences[mentions[i].sentence].tokens;
        let word = |k: usize| {
            if s.start + k < s.end {
                doc.folded(s.start + k)
            } else {
                ""
            }
        };
        (word(0) == "on" && word(1) == "the" && matches!(word(3), "side" | "bank"))
            .then(|| g.demonym(word(2)))
            .flatten()
            .filter(|&c| g.places[c].kind == PlaceKind::Country)
    })
}

/// "The Dominican foreign ministry said ... Foreign Minister X said": the country of a
/// ministry named in the bare-titled minister's sentence or the one before, whose name holds
/// the field of his title ("foreign"), is the one he serves.
fn own_ministry_country(
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    orgs: &[Org],
    by_sentence: &[std::ops::Range<usize>],
    own: &[usize],
    titles: &[String],
) -> Option<usize> {
    let titles: Vec<String> = titles.iter().map(|t| fold(t).to_lowercase()).collect();
    if !titles.iter().any(|t| t.contains("minister")) {
        return None;
    }
    let fields: Vec<Vec<&str>> = titles
        .iter()
        .map(|t| {
            t.split_whitespace()
                .filter(|w| !matches!(*w, "minister" | "of" | "for" | "the" | "and" | "affairs"))
                .collect::<Vec<_>>()
        })
        .filter(|field| !field.is_empty())
        .collect();
    if fields.is_empty() {
        return None;
    }
    own.iter().find_map(|&i| {
        let s = mentions[i].sentence;
        (s.saturating_sub(1)..=s).find_map(|t| {
            by_sentence[t].clone().find_map(|j| {
                let Some(EntityRef::Org(o)) = refs[j] else {
                    return None;
                };
                let name = fold(&orgs[o].name).to_lowercase();
                let words: Vec<&str> = name.split_whitespace().collect();
                let holds_field = words.contains(&"ministry")
                    && fields
                        .iter()
                        .any(|field| field.iter().all(|w| words.contains(w)));
                holds_field.then_some(orgs[o].country).flatten()
            })
        })
    })
}

/// "X met the BSF's inspector general for the Tripura frontier ... The inspector general, Y,
/// said": the country of a body whose office, told with its possessive in the sentence before
/// the bare-titled person's, is the person's title. (Not in the person's own sentence: "X, the
/// INM's delegate", where the body may be another country's namesake the title reads better.)
fn body_office_country(
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    orgs: &[Org],
    by_sentence: &[std::ops::Range<usize>],
    own: &[usize],
    titles: &[String],
) -> Option<usize> {
    let titles: Vec<Vec<String>> = titles
        .iter()
        .map(|t| {
            fold(t)
                .to_lowercase()
                .split_whitespace()
                .map(str::to_string)
                .collect()
        })
        .collect();
    own.iter().find_map(|&i| {
        let s = mentions[i].sentence.checked_sub(1)?;
        by_sentence[s].clone().find_map(|j| {
            let Some(EntityRef::Org(o)) = refs[j] else {
                return None;
            };
            let end = mentions[j].tokens.end;
            if !crate::extract::mentions::possessive_after(doc, end - 1) {
                return None;
            }
            // (Past the possessive's "'" and "s".)
            let office = end + 2;
            let holds = titles.iter().any(|title| {
                !title.is_empty()
                    && office + title.len() <= doc.tokens.len()
                    && title
                        .iter()
                        .enumerate()
                        .all(|(n, w)| doc.folded(office + n) == w)
            });
            holds.then_some(orgs[o].country).flatten()
        })
    })
}

/// "The DGM's director, Vice Admiral X, said": the country the article gives the body whose
/// office, told with its possessive, the person's name (with any title of its own) follows
/// after a comma.
fn office_of_body_before(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    orgs: &[Org],
    by_sentence: &[std::ops::Range<usize>],
    own: &[usize],
) -> Option<usize> {
    const MOST_OFFICE_WORDS: usize = 3;
    own.iter().find_map(|&i| {
        let m = &mentions[i];
        let sentence = doc.sentences[m.sentence].tokens.clone();
        // Back past the name's own capitalised title to the comma.
        let mut comma = m.tokens.start;
        while comma > sentence.start && doc.is_capitalised(comma - 1) {
            comma -= 1;
        }
        if comma <= sentence.start || doc.token_text(comma - 1) != "," {
            return None;
        }
        let office_end = comma - 1;
        let office_start = (office_end
            .saturating_sub(MOST_OFFICE_WORDS)
            .max(sentence.start)..office_end)
            .find(|&t| {
                (t..office_end)
                    .all(|w| !doc.is_capitalised(w) && doc.tokens[w].kind == TokenKind::Word)
                    && g.title(&doc.folded_words(t..office_end).join(" "))
                        .is_some()
            })?;
        by_sentence[m.sentence].clone().find_map(|j| {
            let Some(EntityRef::Org(body)) = refs[j] else {
                return None;
            };
            let end = mentions[j].tokens.end;
            (end + 2 == office_start && crate::extract::mentions::possessive_after(doc, end - 1))
                .then_some(orgs[body].country)
                .flatten()
        })
    })
}

/// The country of the dateline's place, mention `i`: "AGUA CALIENTE, Guatemala": the country
/// written after the town decides, or the country of the state written there ("SASABE, Ariz.",
/// named like a Mexican town).
fn dateline_country(g: &Gazetteer, doc: &Doc, mentions: &[Mention], i: usize) -> Option<usize> {
    let written_after =
        written_after_dateline(doc, mentions, i).and_then(|c| match g.places[c].kind {
            PlaceKind::Country => Some(c),
            PlaceKind::State => g.country_of(c),
            _ => None,
        });
    match mentions[i].kind {
        MentionKind::KnownPlace(p) => written_after.or_else(|| g.country_of(p)),
        // A town the gazetteer lacks: "COLCHANE, Chile", or "LOS EBANOS — ... this South
        // Texas village".
        _ => written_after.or_else(|| this_town_in(g, doc, mentions)),
    }
}

/// The known place written after a comma right after the dateline's place, mention `i`.
fn written_after_dateline(doc: &Doc, mentions: &[Mention], i: usize) -> Option<usize> {
    match mentions[crate::extract::written_after_dateline(doc, mentions, i)?].kind {
        MentionKind::KnownPlace(c) => Some(c),
        _ => None,
    }
}

/// The country of "this South Texas village", "this Mexican border town": the place a story
/// calls "this" town is the one it is filed from.
fn this_town_in(g: &Gazetteer, doc: &Doc, mentions: &[Mention]) -> Option<usize> {
    mentions.iter().find_map(|m| {
        let place = match m.kind {
            MentionKind::KnownPlace(p) | MentionKind::Demonym(p) => p,
            _ => return None,
        };
        let sentence = &doc.sentences[m.sentence].tokens;
        let this_before = (m.tokens.start.saturating_sub(2).max(sentence.start)..m.tokens.start)
            .any(|t| doc.folded(t) == "this");
        let town_after = (m.tokens.end..(m.tokens.end + 2).min(sentence.end))
            .any(|t| g.is_trigger(TriggerKind::CityContext, doc.folded(t)));
        let region = matches!(g.places[place].kind, PlaceKind::Country | PlaceKind::State);
        (this_before && town_after && region)
            .then(|| g.country_of(place))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        name_words(s)
    }

    /// The titles of the person named `name` in full.
    fn titles_of(text: &str, name: &str) -> Vec<String> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        ex.people
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.titles.clone())
            .unwrap_or_else(|| panic!("no {name} in {:?}", ex.people))
    }

    /// The names of the places the person of `text` whose name ends with `surname` serves.
    fn countries_of(text: &str, surname: &str) -> Vec<String> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let person = ex
            .people
            .iter()
            .find(|p| p.name.ends_with(surname))
            .unwrap_or_else(|| panic!("no {surname} in {:?}", ex.people));
        person
            .affiliations
            .iter()
            .map(|&a| g.places[a].name.clone())
            .collect()
    }

    #[test]
    fn an_island_that_is_also_a_surname_is_the_person_s_once_a_full_name_holds_it() {
        let g = Gazetteer::builtin();
        let read = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let people: Vec<String> = ex.people.iter().map(|p| p.name.clone()).collect();
            let places: Vec<String> = ex.places.iter().map(|p| p.name.clone()).collect();
            (people, places)
        };
        let (people, places) = read(
            "Boat\n\nThe coast guard took the eight men to Rhodes on Tuesday, a spokesman said.",
        );
        assert!(
            people.is_empty() && places.contains(&"Rhodes".to_string()),
            "{people:?} {places:?}"
        );
        let (people, places) = read(
            "Talks\n\nBen Rhodes, a former adviser, spoke on Monday. Rhodes said the talks \
             had gone well.",
        );
        assert!(
            people == ["Ben Rhodes"] && places.is_empty(),
            "{people:?} {places:?}"
        );
    }

    #[test]
    fn the_town_a_commissioner_heads_is_the_district_named_after_it_in_the_story() {
        let g = Gazetteer::builtin();
        let places = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let mut found: Vec<(Vec<String>, PlaceKind)> = ex
                .places
                .iter()
                .map(|p| (p.names.clone(), p.kind))
                .collect();
            found.sort_by(|a, b| a.0.cmp(&b.0));
            found
        };
        let district = |names: &[&str]| {
            (
                names.iter().map(|n| n.to_string()).collect(),
                PlaceKind::State,
            )
        };
        assert_eq!(
            places(
                "Border\n\nThey were taken to a centre in Kisoro district. The district \
                 commissioner of Kisoro, Florence Nyiramahoro, stayed away."
            ),
            [district(&["Kisoro district", "Kisoro"])]
        );
        // The office may serve the district "for" it, be followed by its short name, and the
        // district be named in a list before a plural head.
        assert_eq!(
            places(
                "Border\n\nThey were taken to a centre in Kasese district. The resident \
                 district commissioner for Kasese, Florence Nyiramahoro, stayed away."
            ),
            [district(&["Kasese district", "Kasese"])]
        );
        assert_eq!(
            places(
                "Border\n\nThey came from Kasese and Bundibugyo districts. The chief district \
                 officer (CDO) of Kasese, Florence Nyiramahoro, stayed away."
            ),
            [district(&["Bundibugyo"]), district(&["Kasese"])]
        );
        // A mayor heads the town; and with no district named, the commissioner's is the town.
        for text in [
            "Border\n\nThey were taken to a centre in Kisoro district. The mayor of Kisoro, \
             Florence Nyiramahoro, stayed away.",
            "Border\n\nThe district commissioner of Kisoro, Florence Nyiramahoro, stayed away.",
        ] {
            assert!(
                places(text)
                    .iter()
                    .any(|(names, kind)| names == &["Kisoro"] && *kind == PlaceKind::City),
                "{text}"
            );
        }
    }

    #[test]
    fn the_side_of_the_border_a_sentence_opens_on_is_the_country_of_its_officials() {
        let text = "Bridge\n\nRANTAU PANJANG, Malaysia (AP) — Police held 20 men on Monday. \
                    On the Thai side, the district chief, Kittisak Rattanapong, said his \
                    officers had not seen the men cross.";
        assert_eq!(countries_of(text, "Rattanapong"), ["Thailand"]);
    }

    #[test]
    fn an_office_a_few_countries_have_serves_the_one_the_story_names() {
        let text = "Flight\n\nERBIL, Iraq (Reuters) — A plane carrying men deported from Germany \
                    landed on Wednesday, the first since Chancellor Friedrich Merz took office.";
        assert_eq!(countries_of(text, "Merz"), ["Germany"]);
        let text = "Border\n\nThe border with Austria was quiet on Monday. Chancellor Karl \
                    Nehammer said the checks would stay.";
        assert_eq!(countries_of(text, "Nehammer"), ["Austria"]);
        let text = "Border\n\nDUNDALK (Reuters) — Taoiseach Simon Harris said there would be no \
                    border checks.";
        assert_eq!(countries_of(text, "Harris"), ["Ireland"]);
    }

    #[test]
    fn a_nuncio_serves_the_holy_see_not_the_country_he_is_sent_to() {
        let text = "Camp\n\nThe apostolic nuncio in Chad, Paolo Rossi, visited the camp.";
        assert_eq!(countries_of(text, "Rossi"), ["Vatican City"]);
    }

    #[test]
    fn a_mayor_after_a_body_named_in_the_sentence_before_is_the_town_s() {
        let g = Gazetteer::builtin();
        let text = "Camp\n\nCALAIS, France (AP) — Sangatte has long been part of the story: a \
                    Red Cross centre here held thousands of migrants. Its mayor, Ana Ruiz, said \
                    the town could not cope. The district collector, Luis Paz, and the village \
                    headman, Eva Sol, spoke.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        for name in ["Ana Ruiz", "Luis Paz", "Eva Sol"] {
            let person = ex.people.iter().find(|p| p.name == name).expect(name);
            assert_eq!(person.role, Role::Official, "{person:?}");
            assert!(person.member_of.is_empty(), "{person:?}");
        }
    }

    #[test]
    fn a_quoted_nickname_is_no_word_of_the_name() {
        assert_eq!(name_words("José \"Cheo\" Guaregua"), ["jose", "guaregua"]);
        assert_eq!(name_words("María “La Flaca” Pérez"), ["maria", "perez"]);
        assert_eq!(name_words("Ana Pérez"), ["ana", "perez"]);
    }

    #[test]
    fn a_possessive_country_before_a_qualified_title_is_the_one_served() {
        let text = "Boats\n\nNICOSIA, Cyprus (AP) — Lebanon's caretaker Prime Minister Karim \
                    Haddad said on Wednesday that the boats would be stopped.";
        assert_eq!(countries_of(text, "Haddad"), ["Lebanon"]);
    }

    #[test]
    fn its_after_a_body_named_since_the_country_is_the_body_not_the_country() {
        let text = "Stowaways\n\nSANTOS, Brazil (Reuters) — Ghana's consul, Ama Mensah, visited \
                    the Federal Police station in Santos and met its superintendent, Paulo \
                    Ribeiro Lenz.";
        assert_eq!(countries_of(text, "Lenz"), ["Brazil"]);
    }

    #[test]
    fn a_possessive_town_whose_name_goes_on_before_a_known_one_is_not_the_known_one() {
        // Napa is a town in California; "Ayia Napa" is not it.
        let text = "Boats\n\nLARNACA, Cyprus (AP) — The minister met Ayia Napa's mayor, Petros \
                    Loizou, on Wednesday.";
        let served = countries_of(text, "Loizou");
        assert!(served.contains(&"Cyprus".to_string()), "{served:?}");
        assert!(!served.iter().any(|p| p.contains("Napa")), "{served:?}");
    }

    #[test]
    fn its_post_may_say_where_before_a_ranked_name() {
        let text = "Talks\n\nDAWKI, India (AP) — The BGB was represented by its sector \
                    commander in Sylhet, Col. Arifur Biswas.";
        assert_eq!(countries_of(text, "Biswas"), ["Bangladesh"]);
    }

    #[test]
    fn one_joined_serves_the_country_of_whom_they_join_not_of_others_in_the_sentence() {
        let text = "Talks\n\nCHETUMAL, Mexico (AP) — Belize's Prime Minister Daniel Usher met \
                    the governor on Wednesday. Usher was joined by Home Affairs Minister Omar \
                    Haddad, and Mexico's Foreign Secretary Lucia Benitez took part by video.";
        assert_eq!(countries_of(text, "Haddad"), ["Belize"]);
    }

    #[test]
    fn a_state_and_its_namesake_capital_are_named_as_the_article_tells_them_apart() {
        let g = Gazetteer::builtin();
        let names_of = |text: &str, kind: PlaceKind| -> Vec<String> {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            ex.places
                .iter()
                .filter(|p| p.kind == kind && p.name == "San Luis Potosí")
                .flat_map(|p| p.names.clone())
                .collect()
        };
        // The bare name is the state's: the city is only "the city of ...".
        let text = "Buses\n\nSan Luis Potosí Gov. Ana Ruiz spoke on Monday. The delegate met \
                    them in the city of San Luis Potosí yesterday.";
        assert_eq!(names_of(text, PlaceKind::City), ["city of San Luis Potosí"]);
        assert!(names_of(text, PlaceKind::State).contains(&"San Luis Potosí".to_string()));
        // Neither written bare: the bare name, which would read as either, is neither's.
        let text = "Buses\n\nThey waited in the state of San Luis Potosí. The delegate met \
                    them in the city of San Luis Potosí, the state capital.";
        assert_eq!(
            names_of(text, PlaceKind::State),
            ["state of San Luis Potosí"]
        );
        assert_eq!(names_of(text, PlaceKind::City), ["city of San Luis Potosí"]);
        // Only one written with its kind: it keeps the bare name too.
        let text = "Buses\n\nThey waited in the state of San Luis Potosí on Monday.";
        assert_eq!(
            names_of(text, PlaceKind::State),
            ["state of San Luis Potosí", "San Luis Potosí"]
        );
    }

    #[test]
    fn a_region_and_its_namesake_town_named_with_their_kinds_after_keep_those_names() {
        let g = Gazetteer::builtin();
        let text = "Return\n\nMost of them came from Kunduz province, and one woman was from \
                    Kunduz city, she said.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let names_of = |kind: PlaceKind| -> Vec<&str> {
            ex.places
                .iter()
                .filter(|p| p.kind == kind)
                .flat_map(|p| p.names.iter().map(String::as_str))
                .collect()
        };
        assert_eq!(names_of(PlaceKind::State), ["Kunduz province"]);
        assert_eq!(names_of(PlaceKind::City), ["Kunduz city"]);
    }

    #[test]
    fn a_body_named_with_a_country_and_a_region_is_the_one_named_later_by_its_generic_name() {
        let g = Gazetteer::builtin();
        let text = "Boat\n\nThe Dutch Caribbean Coast Guard found the boat on Tuesday. The \
                    Coast Guard said all were safe.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let orgs: Vec<(&str, &Vec<String>)> = ex
            .orgs
            .iter()
            .map(|o| (o.name.as_str(), &o.names))
            .collect();
        assert_eq!(orgs.len(), 1, "{orgs:?}");
        assert_eq!(orgs[0].0, "Dutch Caribbean Coast Guard");
        assert!(ex.orgs[0].known.is_none(), "{orgs:?}");
    }

    #[test]
    fn a_crossing_named_again_without_border_is_the_one_named_in_full() {
        let g = Gazetteer::builtin();
        let text = "Border\n\nThey reached the Kestrel Point Border Crossing on Monday. Guards \
                    closed the Kestrel Point Crossing at night.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let landmarks: Vec<&Vec<String>> = ex
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Landmark)
            .map(|p| &p.names)
            .collect();
        assert_eq!(landmarks.len(), 1, "{landmarks:?}");
    }

    #[test]
    fn a_superintendent_holds_a_public_office() {
        let text = "Park tour\n\nBIG BEND, Texas (AP) — The governor toured the park with the \
                    park's superintendent, Ana Ruiz, on Wednesday.";
        assert_eq!(countries_of(text, "Ruiz"), ["United States"]);
    }

    #[test]
    fn a_mayor_with_no_town_written_serves_the_town_the_story_is_filed_from() {
        // Most officials named serve Mexico; the mayor is the dateline town's.
        let text = "Border\n\nEAGLE PASS, Texas (AP) — About 300 migrants crossed the river. \
                    The mayor, Glen Vossberg, said the town was calm. Mexican President Ana \
                    Ruiz and Mexican Foreign Secretary Tomas Lugo spoke on Monday.";
        assert_eq!(
            countries_of(text, "Vossberg"),
            ["Eagle Pass", "United States"]
        );
    }

    #[test]
    fn a_village_s_mukhtar_serves_the_village_the_story_is_filed_from() {
        let text = "Border\n\nBAALBEK, Lebanon (AP) — About 300 Syrians crossed the hills. \
                    The village's mukhtar, Ana Ruiz, said the town was calm.";
        assert_eq!(countries_of(text, "Ruiz"), ["Baalbek", "Lebanon"]);
    }

    #[test]
    fn a_regional_office_serves_the_country_the_story_is_filed_from() {
        // Spain's one "president" is given to the island council's first, and Algeria is the
        // other country whose officials are named.
        let text = "Boat\n\nFORMENTERA, Spain (Reuters) - A boat from Algeria brought 18 \
                    Algerians to the island on Wednesday.\n\nBalearic regional President Ana \
                    Ruiz toured the port on Tuesday with Luis Mora Vidal, the president of the \
                    island council.\n\nInterior Minister Tomas Lugo spoke by phone on Monday \
                    with Algeria's interior minister, Pedro Sanz.";
        assert_eq!(countries_of(text, "Ruiz"), ["Spain"]);
    }

    #[test]
    fn a_town_named_before_an_office_is_the_one_the_story_reads_by_any_of_its_names() {
        // "Rincon" names a Mexican town too (as another of its names): the story is filed from
        // Georgia's.
        let text = "Shelter opens in Rincon\n\nRINCON, Ga. (AP) — A church shelter opened in \
                    this town near Savannah on Monday.\n\nRincon Mayor Ana Vélez said she had \
                    asked the state for beds.";
        assert_eq!(countries_of(text, "Vélez"), ["Rincon", "United States"]);
        // Filed from a territory where the gazetteer knows no town of the name: none of the
        // namesakes, but the territory and the state that holds it.
        let text = "Boat lands at Rincón\n\nRINCÓN, Puerto Rico (AP) — A boat ran aground off \
                    this town on Monday.\n\nRincón Mayor Ana Vélez said she had asked for beds.";
        assert_eq!(
            countries_of(text, "Vélez"),
            ["Puerto Rico", "United States"]
        );
    }

    #[test]
    fn the_mayor_of_the_town_a_story_is_filed_from_serves_its_country_whomever_she_meets() {
        // The town is one the gazetteer lacks; meeting "Haiti's consul" would rule Haiti out.
        let text = "Deportees\n\nVORLAN-LES-BAINS, Haiti (AFP) - Dominican trucks brought 400 \
                    Haitians across the border on Wednesday.\n\nDominican President Luis \
                    Mora Vidal announced the raids. The mayor of Vorlan-les-Bains, Ana Ruiz, \
                    said more would come.\n\nRuiz met Haiti's consul in Dajabón, Pedro Sanz, \
                    on Tuesday.";
        assert_eq!(countries_of(text, "Ana Ruiz"), ["Haiti"]);
    }

    #[test]
    fn the_town_an_official_serves_is_the_one_the_article_reads_its_name_as() {
        // Copacabana is also a larger place in Brazil; the story is filed from Bolivia.
        let text = "Lake crossing\n\nCOPACABANA, Bolivia (EFE) - About 70 migrants reached \
                    Copacabana on Monday. The minister met the mayor of Copacabana, Wálter \
                    Quispe Mamani, at the town hall.";
        assert_eq!(countries_of(text, "Mamani"), ["Copacabana", "Bolivia"]);
        // Read both ways, the name keeps the gazetteer's reading for the office.
        let text = "Border\n\nDESAGUADERO, Peru (EFE) - Trucks waited in Desaguadero, Bolivia, \
                    and in Desaguadero, Peru. The mayor of Desaguadero, Germán Quispe Ticona, \
                    spoke.";
        let first = countries_of(text, "Ticona");
        assert_eq!(first, ["Desaguadero", "Bolivia"]);
    }

    /// The names each place of `text` is written by, of the places written by more than one.
    fn places_named_twice(text: &str) -> Vec<Vec<String>> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        ex.places
            .into_iter()
            .map(|p| p.names)
            .filter(|names| names.len() > 1)
            .collect()
    }

    #[test]
    fn a_place_given_another_name_in_an_aside_is_one_place() {
        let text = "Border\n\nThe men slept in Korvatha, officially the municipality of \
                    Selvanagar, on Monday.";
        assert_eq!(places_named_twice(text), [["Korvatha", "Selvanagar"]]);
        let text = "Border\n\nThey walked through the Dravik Tunnel on Monday. The tunnel, \
                    which Slovenes call the Dravka tunnel, is long.";
        assert_eq!(
            places_named_twice(text),
            [["Dravik Tunnel", "Dravka tunnel"]]
        );
        // Not any place named after an earlier one.
        let text = "Border\n\nThey came from Morocco. The tunnel, which Slovenes call the \
                    Dravka tunnel, is long.";
        assert!(places_named_twice(text).is_empty());
    }

    /// The names each person of `text` is written by.
    fn names_of_people(text: &str) -> Vec<Vec<String>> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        ex.people.into_iter().map(|p| p.names).collect()
    }

    #[test]
    fn a_surname_opening_with_a_particle_names_the_person_whose_name_holds_it() {
        let people = names_of_people(
            "Border\n\nThe agency's director, Marta Luisa de Ocampo Robles, spoke on Monday. \
             \"We are ready,\" De Ocampo said.",
        );
        assert_eq!(people.len(), 1, "{people:?}");
        assert!(people[0].iter().any(|n| n == "De Ocampo"), "{people:?}");
    }

    #[test]
    fn a_surname_written_without_its_particle_names_the_person_whose_name_holds_it() {
        let people = names_of_people(
            "Border\n\nThe agency's director, Omar Khalil al-Rawi, spoke on Monday. \
             \"We are ready,\" Rawi said.",
        );
        assert_eq!(people.len(), 1, "{people:?}");
        assert!(people[0].iter().any(|n| n == "Rawi"), "{people:?}");
    }

    /// Each person's name, titles and the countries they serve.
    fn offices(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        ex.people
            .iter()
            .map(|p| {
                let countries = p.affiliations.iter().map(|&a| g.places[a].name.clone());
                (p.name.clone(), p.titles.clone(), countries.collect())
            })
            .collect()
    }

    #[test]
    fn a_story_on_an_office_in_the_plural_gives_it_to_each_named_with_a_country() {
        let found = offices(
            "Interior ministers meet in Quito\n\nQUITO (AP) — Interior ministers from four \
             countries met in Quito on Friday.\n\nTaking part were Ana Ruiz of Chile and Tomas \
             Lugo of Peru. Ruiz spoke first.",
        );
        assert_eq!(
            found,
            [
                (
                    "Ana Ruiz".to_string(),
                    vec!["interior minister".to_string()],
                    vec!["Chile".to_string()]
                ),
                (
                    "Tomas Lugo".to_string(),
                    vec!["interior minister".to_string()],
                    vec!["Peru".to_string()]
                )
            ]
        );
        // Without the office in the plural, one named with a country holds no office.
        let found = offices(
            "Talks in Quito\n\nQUITO (AP) — Talks on migration opened in Quito on Friday.\n\n\
             Taking part were Ana Ruiz of Chile and Tomas Lugo of Peru.",
        );
        assert!(
            found.iter().all(|(_, titles, _)| titles.is_empty()),
            "{found:?}"
        );
    }

    #[test]
    fn one_named_after_a_country_listed_with_an_office_in_the_plural_holds_it_for_that_country() {
        let story = |listed: &str| {
            format!(
                "Summit\n\nWARSAW (AP) — The border was quiet on Monday.\n\nThe interior \
                 ministers of {listed} will meet in Vilnius next month. Latvia's Ruta Ozola and \
                 Finland's Aino Virtanen will attend."
            )
        };
        let found = offices(&story("Poland, Latvia and Finland"));
        for (name, country) in [("Ruta Ozola", "Latvia"), ("Aino Virtanen", "Finland")] {
            assert!(
                found.iter().any(|(n, titles, countries)| n == name
                    && titles == &["interior minister"]
                    && countries == &[country]),
                "{found:?}"
            );
        }
        // A country the office was not listed with: no office.
        let found = offices(&story("Poland and Lithuania"));
        assert!(
            found.iter().all(|(_, titles, _)| titles.is_empty()),
            "{found:?}"
        );
    }

    #[test]
    fn an_office_of_an_international_body_serves_the_body_not_a_country() {
        let g = Gazetteer::builtin();
        let text = "Flights resume\n\nHonduran Foreign Minister Tomas Lugo met the pilots. IOM \
                    spokeswoman Lucía Ramos said the flights would resume.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let ramos = ex
            .people
            .iter()
            .find(|p| p.name == "Lucía Ramos")
            .unwrap_or_else(|| panic!("no Ramos in {:?}", ex.people));
        assert!(ramos.affiliations.is_empty(), "{:?}", ramos.affiliations);
        let served: Vec<&str> = ramos
            .serves
            .iter()
            .map(|&o| ex.orgs[o].name.as_str())
            .collect();
        assert_eq!(served, ["IOM"]);
    }

    #[test]
    fn a_title_qualified_by_an_ngo_is_no_public_office() {
        let text = "Shelter full\n\nRed Cross spokesperson Daniela Ruiz said the camp was full. \
                    Foreign Minister Tomas Lugo visited it.";
        assert!(titles_of(text, "Daniela Ruiz").is_empty());
        assert_eq!(titles_of(text, "Tomas Lugo"), ["Foreign Minister"]);
    }

    #[test]
    fn an_office_in_a_body_named_as_a_civil_one_is_no_public_office() {
        let titles = |text: &str| titles_of(text, "Ana Ruiz");
        let text = "Shelters full\n\nPORTLAND, Maine (AP) — Ana Ruiz, a spokeswoman for the \
                    Maine Immigrants' Rights Coalition, said most of them ask for asylum.";
        assert!(titles(text).is_empty());
        let text = "Shelters full\n\nPORTLAND, Maine (AP) — Ana Ruiz, a spokeswoman for the \
                    Maine Immigrants' Rights Commission, said most of them ask for asylum.";
        assert_eq!(titles(text), ["spokeswoman"]);
    }

    #[test]
    fn one_of_them_named_by_a_pseudonym_or_a_first_name_alone_is_a_migrant() {
        let g = Gazetteer::builtin();
        let text = "Men cross\n\nNine men crossed the river on Tuesday. One of the men, an \
                    engineer who asked to be identified by the pseudonym Oleh, said they paid. \
                    A woman who asked to be called Mariya said so too. A lawyer, who asked to \
                    be called Ivan, said the law was clear.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Oleh"), Some(Role::Migrant));
        assert_eq!(role("Mariya"), Some(Role::Migrant));
        assert_eq!(role("Ivan"), Some(Role::Other));
        // So is one who gave only a first name, told after it.
        let text = "Families cross\n\nMore than 300 villagers walked across the border on \
                    Tuesday. Masika, a mother of four who gave only her first name, said her \
                    husband had been killed.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let masika = ex
            .people
            .iter()
            .find(|p| p.name == "Masika")
            .map(|p| p.role);
        assert_eq!(masika, Some(Role::Migrant));
    }

    #[test]
    fn a_person_introduced_by_age_is_a_migrant_unless_a_word_says_otherwise() {
        let g = Gazetteer::builtin();
        let text =
            "Caravan rests\n\nThe caravan of 900 people rested in the town. Ana Ruiz, 31, a \
                    nurse from Valencia, said she was tired. Luis Ochoa, 50, a priest who runs the \
                    shelter, said beds were short. Marta Gil, a neighbour, brought water.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Ana Ruiz"), Some(Role::Migrant));
        assert_eq!(role("Luis Ochoa"), Some(Role::Other));
        assert_eq!(role("Marta Gil"), Some(Role::Other));
        let text = "Caravan rests\n\nThe caravan of 900 people rested in the town. \"We are \
                    tired,\" said Rosa Vega, a 34-year-old from Quito. Pablo Paz, who came from \
                    Cali, slept outside. Elena Soto, a 60-year-old priest, brought water.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Rosa Vega"), Some(Role::Migrant));
        assert_eq!(role("Pablo Paz"), Some(Role::Migrant));
        assert_eq!(role("Elena Soto"), Some(Role::Other));
        // A relative clause tells what the person does, not what the person is.
        let text = "Caravan rests\n\nThe caravan of 900 people rested in the town. Nora Paz, 27, \
                    who was carrying her son, said she was tired.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Nora Paz"), Some(Role::Migrant));
        // "Another, X," and "Another man, X," after one of them: members too (not "Another
        // official, X,").
        let text = "Boat lands\n\nA boat carrying 17 Algerian men landed on Wednesday. One of \
                    the men, Nassim Bel, 22, said they were going to France. Another, Walid \
                    Ouch, said each had paid 500 euros. Another man, Omar Dib, agreed. Another \
                    resident, Ana Ruiz, disagreed.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Walid Ouch"), Some(Role::Migrant));
        assert_eq!(role("Omar Dib"), Some(Role::Migrant));
        assert_eq!(role("Ana Ruiz"), Some(Role::Other));
        // A relative who travelled with one of them is on the trip too.
        let text = "Boat lands\n\nA boat carrying 23 Cubans landed on Tuesday. Dairon Velis, 19, \
                    said he was tired. His aunt, Ana Brañas, who travelled with him, agreed.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Ana Brañas"), Some(Role::Migrant));
        // So is one who walked across with four children of her own.
        let text = "Boat lands\n\nAbout 300 refugees crossed into Uganda. \"Then we ran,\" \
                    said Eva Solano, who walked with four children and a sewing machine.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Eva Solano"), Some(Role::Migrant));
        // Nor do the person's own words: the smuggler is someone else.
        let text = "Caravan rests\n\nThe caravan of 900 people rested in the town. Nora Paz, 27, \
                    said she had paid a smuggler 2,500 dollars.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Nora Paz"), Some(Role::Migrant));
        // A trade or a family word fits someone on the road.
        let text = "Caravan rests\n\nThe caravan of 900 people rested in the town. Lino Paz, 23, \
                    a taxi driver from Tela, said he was tired. Eva Sol, 31, a mother of two, \
                    agreed. Her cousin Ciro Sol, 25, had given up.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Lino Paz"), Some(Role::Migrant));
        assert_eq!(role("Eva Sol"), Some(Role::Migrant));
        assert_eq!(role("Ciro Sol"), Some(Role::Migrant));
        // A nationality as a noun, with a home region: someone from abroad on the road.
        let text = "Caravan rests\n\nThe caravan of 900 people rested in the town. \"We are \
                    tired,\" said Rita Mora, a Venezuelan from Lara state who carried her son. \
                    Tomás Ibarra, a Mexican, sold water.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Rita Mora"), Some(Role::Migrant));
        assert_eq!(role("Tomás Ibarra"), Some(Role::Other));
        // So is one travelling, or who travelled, with family.
        let text = "Caravan rests\n\nThe caravan of 900 people rested in the town. Sara Ochoa, \
                    a Honduran travelling with three children, said she was tired. Raúl Pinto, a \
                    Haitian who travelled with his wife, agreed.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Sara Ochoa"), Some(Role::Migrant));
        assert_eq!(role("Raúl Pinto"), Some(Role::Migrant));
        // An age may end the sentence.
        let text = "Caravan rests\n\nThe caravan of 900 people rested in the town. \"We want to \
                    go on,\" said Ivo Reyes, 24.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Ivo Reyes"), Some(Role::Migrant));
    }

    #[test]
    fn an_office_in_the_body_its_stands_for_serves_that_body_or_its_country() {
        let g = Gazetteer::builtin();
        let text = "Camps\n\nABECHE, Chad (AP) — Refugees keep arriving.\n\nThe World Food \
                    Programme said its food stocks in eastern Chad would run out in April. Its \
                    country director, Mariam Tordal, said rations had been cut. The Hellenic \
                    Police denied this. \"No such thing took place. Officers respect the law,\" \
                    its spokeswoman, Teodora Lyber, said by phone.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let person = |name: &str| {
            ex.people
                .iter()
                .find(|p| p.name == name)
                .unwrap_or_else(|| panic!("no {name} in {:?}", ex.people))
        };
        let director = person("Mariam Tordal");
        assert!(director.affiliations.is_empty(), "{director:?}");
        let served: Vec<&str> = director
            .serves
            .iter()
            .map(|&o| ex.orgs[o].name.as_str())
            .collect();
        assert_eq!(served, ["World Food Programme"]);
        let spokeswoman = person("Teodora Lyber");
        assert_eq!(spokeswoman.affiliations, [g.by_iso("GR").unwrap()]);
    }

    #[test]
    fn one_of_the_group_a_trade_from_abroad_or_a_foreign_woman_is_on_the_trip() {
        let g = Gazetteer::builtin();
        let text = "Border walk\n\nDHEHIBA, Tunisia (AP) — Forty migrants walked in on Monday. \
                    Awa Kambel, a nurse from Khartoum, said they were tired. Rina Hassa, a \
                    nurse from Tataouine, brought water. Tiri Omal, at 52 the oldest in the \
                    group, said so too. Omar Ajeng, one of the Sudanese students, agreed. Seli \
                    Gebre, an Eritrean woman travelling with her brother, wept.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        for migrant in ["Awa Kambel", "Tiri Omal", "Omar Ajeng", "Seli Gebre"] {
            assert_eq!(
                role(migrant),
                Some(Role::Migrant),
                "{migrant}: {:?}",
                ex.people
            );
        }
        // A nurse from a town of the country the story is filed from is someone met there.
        assert_eq!(role("Rina Hassa"), Some(Role::Other), "{:?}", ex.people);
    }

    #[test]
    fn role_words_are_read_through_an_appositive_but_not_in_a_body_s_name() {
        let g = Gazetteer::builtin();
        let text = "Canoes arrive\n\nNinety-three migrants arrived in Tumaco. The group had \
                    walked for two days, said Tomás Caicedo, an evangelical pastor from the \
                    province of Los Ríos who organized the trip and leads the group. Eva Sol, \
                    who coordinates the Norwegian Refugee Council's work in the city, said more \
                    would come.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Tomás Caicedo"), Some(Role::Organizer));
        assert_eq!(role("Eva Sol"), Some(Role::Other));
    }

    /// The role extraction gives the person named `name` in `text`.
    fn role_in(text: &str, name: &str) -> Option<Role> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        ex.people.iter().find(|p| p.name == name).map(|p| p.role)
    }

    #[test]
    fn a_foreign_traveller_described_before_the_name_is_a_migrant() {
        let text = "Beach\n\nThe coast guard found 40 migrants on the beach on Monday. A Syrian \
                    mother of three, Hala Nasser, said she had paid 2,000 euros.";
        assert_eq!(role_in(text, "Hala Nasser"), Some(Role::Migrant));
    }

    #[test]
    fn a_coordinator_for_a_charity_that_helps_migrants_is_neither_member_nor_organiser() {
        let text = "Beach\n\nDUNKIRK, France (AP) — Police stopped 47 migrants on the beach on \
                    Wednesday.\n\nMaxime Delattre, a coordinator for Utopia 56, a charity that \
                    helps migrants on the coast, said they would be back within days.";
        let role = role_in(text, "Maxime Delattre");
        assert!(
            !matches!(role, Some(Role::Organizer | Role::Migrant)),
            "{role:?}"
        );
    }

    #[test]
    fn who_found_the_group_or_led_its_finders_is_neither_member_nor_organiser() {
        let text = "Snow\n\nGendarmes found nineteen men in a hut on Tuesday. A shepherd, Cemil \
                    Aydin, who led the gendarmes to the hut, said they were shaking.";
        assert_ne!(role_in(text, "Cemil Aydin"), Some(Role::Organizer));
        let text = "Snow\n\nGendarmes found nineteen men in a hut on Tuesday. A smuggler, Cemil \
                    Aydin, who led the men over the pass, was arrested.";
        assert_eq!(role_in(text, "Cemil Aydin"), Some(Role::Organizer));
        // Nor is one quoted as soldiers led the passengers away.
        let text = "Beach\n\nA patrol boat intercepted a pirogue carrying 171 people on \
                    Tuesday. \"All of us had paid,\" said Lamine Goudiaby, 22, a fisherman, as \
                    soldiers led the passengers to a warehouse.";
        assert_eq!(role_in(text, "Lamine Goudiaby"), Some(Role::Migrant));
        // Who found them, however old, is no member either.
        let text = "Grove\n\nThirty-eight people were found in a grove on Wednesday. \"They were \
                    very tired,\" said Kyriakos Xenos, 61, who found them when he came to open \
                    the pipes.";
        assert_eq!(role_in(text, "Kyriakos Xenos"), Some(Role::Other));
    }

    #[test]
    fn a_foreigner_who_gave_a_name_only_is_one_of_the_group() {
        let text = "Grove\n\nThirty-eight people were found in a grove on Wednesday. A young \
                    Cameroonian who gave his name only as Brice said he had studied there.";
        assert_eq!(role_in(text, "Brice"), Some(Role::Migrant));
        let text = "Grove\n\nThirty-eight Afghans were found on Wednesday. One of the Afghans, a \
                    19-year-old from Kunduz province who gave only his first name, Jamal, said \
                    they had waited.";
        assert_eq!(role_in(text, "Jamal"), Some(Role::Migrant));
    }

    #[test]
    fn a_town_the_gazetteer_lacks_is_called_by_the_last_word_of_its_full_name() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "Boat\n\nSANTA MARIA DI LEUCA, Italy (AP) — A sailboat reached the port. Fishermen \
             in Leuca saw it first.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, None);
        let leuca: Vec<&Place> = ex
            .places
            .iter()
            .filter(|p| {
                p.names
                    .iter()
                    .any(|n| n.contains("Leuca") || n.contains("LEUCA"))
            })
            .collect();
        assert_eq!(leuca.len(), 1, "{leuca:?}");
    }

    #[test]
    fn a_name_everyone_calls_someone_who_organised_the_trip_is_the_organiser_s() {
        let text = "Landing\n\nAbout 31 migrants reached the beach on Monday. Several said \
                    the trip had been arranged by an older man among them whom they all called \
                    Chacha, who collected the money. \"We are 240 souls,\" said the man who \
                    organised the convoy, a former farmer whom everyone in the camp calls Abu \
                    Khaled.";
        assert_eq!(role_in(text, "Chacha"), Some(Role::Organizer));
        assert_eq!(role_in(text, "Abu Khaled"), Some(Role::Organizer));
        // The name of who arranged the trip, in apposition to the agent; and a name the
        // group gives one of its own, who is a member.
        let text = "Convoy\n\nAbout 240 refugees left the camp on Monday. The convoy was \
                    arranged by a clan elder from the valley, Faisal Aziz, who rode in the \
                    first bus. A widow whom everyone in the convoy calls Umm Rami said she was \
                    going home.";
        assert_eq!(role_in(text, "Faisal Aziz"), Some(Role::Organizer));
        assert_eq!(role_in(text, "Umm Rami"), Some(Role::Migrant));
    }

    #[test]
    fn one_of_them_or_one_in_the_group_named_in_apposition_is_a_member() {
        let text = "Landing\n\nThirty migrants reached the island on Monday. An Ethiopian in \
                    the group, Dawit Berhane, said he had paid 4,500 euros. Another man, who \
                    gave only his first name, Faruk, said he had worked in Kuala Lumpur. \"The \
                    sea is the same sea,\" said one of them, Babacar Sowe. A woman who gave only \
                    her first name, Hawa, said she had a daughter. Ali Omar, who is 61, said he \
                    had not been home since 1998. Lina Haddo, travelling with her two sons, said \
                    she had paid. A woman who gave her name only as Ranya said she was tired. A \
                    15-year-old boy who gave only his first name, Yasir, said he was cold. \
                    \"We are tired,\" said Chikondi Banda, a former guard whom the others asked \
                    to speak for them.";
        for name in [
            "Dawit Berhane",
            "Faruk",
            "Babacar Sowe",
            "Hawa",
            "Ali Omar",
            "Lina Haddo",
            "Ranya",
            "Chikondi Banda",
            "Yasir",
        ] {
            assert_eq!(role_in(text, name), Some(Role::Migrant), "{name}");
        }
        // (Not someone the story names in apposition to a town.)
        let text = "Landing\n\nThirty migrants reached the island on Monday. The mayor of \
                    the town, Rosa Vellani, said they were tired.";
        assert_ne!(role_in(text, "Rosa Vellani"), Some(Role::Migrant));
    }

    #[test]
    fn who_tells_who_put_the_group_together_is_a_member_not_its_organiser() {
        let text = "Landing\n\nPolice found 17 migrants on the beach on Monday. Another \
                    passenger, an Afghan who gave his name as Jawed, said the group had been put \
                    together by a man in Qeshm.";
        assert_eq!(role_in(text, "Jawed"), Some(Role::Migrant));
        // The cue before the name still makes its agent the organiser.
        let text = "Landing\n\nPolice found 17 migrants on the beach. The group had been put \
                    together by Ana Gil, a fisherman.";
        assert_eq!(role_in(text, "Ana Gil"), Some(Role::Organizer));
    }

    #[test]
    fn a_country_s_leader_leads_no_group() {
        let text = "Convoy\n\nPolice counted 214 migrants at the crossing. The king will \
                    receive Syria's new leader, Ana Ruiz, in Amman. The group's leader, Luis Paz, \
                    said they would wait.";
        assert_ne!(role_in(text, "Ana Ruiz"), Some(Role::Organizer));
        assert_eq!(role_in(text, "Luis Paz"), Some(Role::Organizer));
        // Nor does the leader of a body named by its acronym.
        let text = "Convoy\n\nPolice counted 214 migrants at the crossing. HTS leader Eva \
                    Sol has not met them.";
        assert_ne!(role_in(text, "Eva Sol"), Some(Role::Organizer));
        // Nor, after the name, the leader of a known body other than an aid group.
        let text = "Convoy\n\nPolice counted 214 migrants at the crossing. The spy chief met Eva \
                    Sol, the leader of Hayat Tahrir al-Sham (HTS), last week.";
        assert_ne!(role_in(text, "Eva Sol"), Some(Role::Organizer));
        let text = "Convoy\n\nPolice counted 214 migrants at the crossing. Eva Sol, the leader \
                    of Pueblo Sin Fronteras, walked with them.";
        assert_eq!(role_in(text, "Eva Sol"), Some(Role::Organizer));
    }

    #[test]
    fn the_guide_of_those_just_told_of_organised_their_trip() {
        let g = Gazetteer::builtin();
        let text = "Crossing\n\nPolice counted 58 migrants in a plantation. Their guide, Ana \
                    Ruiz, a farmer, said she had taken no money. Luis Paz, a tourist guide, \
                    watched.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let role = |name: &str| ex.people.iter().find(|p| p.name == name).map(|p| p.role);
        assert_eq!(role("Ana Ruiz"), Some(Role::Organizer));
        assert_eq!(role("Luis Paz"), Some(Role::Other));
        // The agent of "led" further back.
        let text = "Crossing\n\nPolice counted 41 migrants in the church. They were led \
                    across, several said, by Eva Sol, a pastor from a village nearby.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let sol = ex
            .people
            .iter()
            .find(|p| p.name == "Eva Sol")
            .map(|p| p.role);
        assert_eq!(sol, Some(Role::Organizer));
        // Someone met by age who has long worked here is of the place.
        let text = "Field\n\nAgents counted 17 migrants. \"Twenty, more or less,\" said Luis \
                    Paz, 58, who has worked the fields around this farm town for three decades.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let paz = ex
            .people
            .iter()
            .find(|p| p.name == "Luis Paz")
            .map(|p| p.role);
        assert_eq!(paz, Some(Role::Other));
        // Who took the fares organised the trip.
        let text = "Pirogue\n\nThe navy counted 136 migrants. The owner of the pirogue, Ana \
                    Gil, a fisherman who had collected 400,000 CFA francs from each passenger, \
                    was detained.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let gil = ex
            .people
            .iter()
            .find(|p| p.name == "Ana Gil")
            .map(|p| p.role);
        assert_eq!(gil, Some(Role::Organizer));
    }

    #[test]
    fn a_government_named_by_a_titled_person_is_also_named_without_the_title() {
        let g = Gazetteer::builtin();
        let names = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let mut names = ex.orgs.first().expect("an organisation").names.clone();
            names.sort();
            names
        };
        assert_eq!(
            names("Talks\n\nMany say President Ana Ruiz's government seized their land."),
            ["Ana Ruiz's government", "President Ana Ruiz's government"]
        );
        // Untitled, the name is the one written.
        assert_eq!(
            names("Talks\n\nMany say Ana Ruiz's government seized their land."),
            ["Ana Ruiz's government"]
        );
    }

    #[test]
    fn a_government_is_one_organisation_per_place_it_governs() {
        let g = Gazetteer::builtin();
        let text = "Talks\n\nThe Mexican government and the Matamoros city government met. \
                    Mexico's government said so.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let mut orgs: Vec<(Vec<String>, Option<String>)> = ex
            .orgs
            .iter()
            .map(|o| {
                let mut names = o.names.clone();
                names.push(o.name.clone());
                names.sort();
                names.dedup();
                (names, o.country.map(|c| g.places[c].name.clone()))
            })
            .collect();
        orgs.sort();
        assert_eq!(
            orgs,
            [
                (
                    vec!["Matamoros city government".to_string()],
                    Some("Mexico".to_string())
                ),
                (
                    vec![
                        "Mexican government".to_string(),
                        "Mexico's government".to_string()
                    ],
                    Some("Mexico".to_string())
                ),
            ]
        );
    }

    /// Each body also keeps the name written after its country ("Mexico's National Guard" is
    /// "National Guard"), a name a reader may look it up by.
    #[test]
    fn a_body_named_with_its_countrys_possessive_is_that_countrys() {
        let g = Gazetteer::builtin();
        let text = "Police\n\nChile's Investigations Police counted 40 people. Panama's National \
                    Guard and Mexico's National Guard met. Later the National Guard and the \
                    Investigations Police spoke. The Interior Ministry agreed. Peru's Interior \
                    Ministry and Ecuador's Interior Ministry said so.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let mut orgs: Vec<(Option<&str>, Vec<String>, Option<&str>)> = ex
            .orgs
            .iter()
            .map(|o| {
                let mut names = o.names.clone();
                names.sort();
                (
                    o.known.map(|k| g.orgs[k].id.as_str()),
                    names,
                    o.country.map(|c| g.places[c].name.as_str()),
                )
            })
            .collect();
        orgs.sort();
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            orgs,
            [
                (
                    None,
                    names(&["Ecuador's Interior Ministry", "Interior Ministry"]),
                    Some("Ecuador")
                ),
                (
                    None,
                    names(&["Interior Ministry", "Peru's Interior Ministry"]),
                    Some("Peru")
                ),
                (
                    None,
                    names(&["National Guard", "Panama's National Guard"]),
                    Some("Panama")
                ),
                (
                    Some("cl-pdi"),
                    names(&["Chile's Investigations Police", "Investigations Police"]),
                    Some("Chile")
                ),
                (
                    Some("mx-guardia-nacional"),
                    names(&["Mexico's National Guard", "National Guard"]),
                    Some("Mexico")
                ),
            ]
        );
    }

    /// Every name of each organisation an extraction found, in the order found.
    #[test]
    fn a_government_and_the_name_in_apposition_to_it_are_one_body_but_not_in_a_list() {
        let g = Gazetteer::builtin();
        let names = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let mut names: Vec<Vec<String>> = ex.orgs.iter().map(|o| o.names.clone()).collect();
            names.iter_mut().for_each(|n| n.sort());
            names.sort();
            names
        };
        assert_eq!(
            names(
                "Draft\n\nNiger's military government, the Council for the Homeland (CNSP), \
                 began calling up young men. The CNSP said so."
            ),
            [vec![
                "CNSP",
                "Council for the Homeland",
                "Niger's military government"
            ]]
        );
        // So is a country's body told in lower case, before "said".
        assert_eq!(
            names(
                "Draft\n\nChad's refugee agency, the National Commission for Refugees \
                 (CNARR), said the families would be moved."
            ),
            [vec![
                "CNARR",
                "Chad's refugee agency",
                "National Commission for Refugees"
            ]]
        );
        assert_eq!(
            names(
                "Draft\n\nNiger's government, the Council for the Homeland and the Red Cross \
                 met on Monday."
            )
            .len(),
            3
        );
    }

    fn body_names(ex: &Extraction) -> Vec<Vec<&str>> {
        ex.orgs
            .iter()
            .map(|o| o.names.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn two_counties_sheriff_s_departments_are_two_bodies_each_with_its_county() {
        let g = Gazetteer::builtin();
        let text = "Boat\n\nMost ran off, the Los Angeles County Sheriff's Department said. The \
                    Pima County Sheriff's Department counted 20.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let names = body_names(&ex);
        assert_eq!(
            names,
            [
                vec!["Los Angeles County Sheriff's Department"],
                vec!["Pima County Sheriff's Department"]
            ]
        );
    }

    #[test]
    fn a_body_on_a_street_or_a_water_named_after_a_town_is_not_in_that_town() {
        let g = Gazetteer::builtin();
        let bodies = |text: &str| -> Vec<(Vec<String>, Option<String>)> {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            ex.orgs
                .iter()
                .map(|o| (o.names.clone(), o.country.map(|c| g.places[c].name.clone())))
                .collect()
        };
        // Not also "Road Detention Centre", in Carmichael, California.
        assert_eq!(
            bodies("Boat\n\nThey are held at the Carmichael Road Detention Centre in Nassau."),
            [(vec!["Carmichael Road Detention Centre".to_string()], None)]
        );
        // Nor a council of the Torres Strait's islands in Torres, Brazil.
        let text = "Boat\n\nThe Torres Strait Island Regional Council asked for a shelter.";
        assert!(
            bodies(text)
                .iter()
                .all(|(_, country)| country.as_deref() != Some("Brazil")),
            "{:?}",
            bodies(text)
        );
    }

    #[test]
    fn a_body_named_bare_before_its_known_full_name_with_royal_and_a_country_is_that_body() {
        let g = Gazetteer::builtin();
        let text = "Boat\n\nOn Tuesday, Defence Force marines brought them ashore. The Royal \
                    Bahamas Defence Force counted 117.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let names = body_names(&ex);
        assert_eq!(
            names,
            [vec!["Defence Force", "Royal Bahamas Defence Force"]]
        );
        assert!(ex.orgs[0].known.is_some());
    }

    #[test]
    fn a_known_short_name_in_brackets_after_another_countrys_body_is_that_body() {
        let g = Gazetteer::builtin();
        let text = "Returns\n\nMore people came back, said Honduras' National Migration Institute \
                    (INM). The INM counted them.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        assert_eq!(ex.orgs.len(), 1, "{:?}", ex.orgs);
        assert_eq!(
            ex.orgs[0].known.map(|k| g.orgs[k].id.as_str()),
            Some("hn-inm")
        );
        let mut names = ex.orgs[0].names.clone();
        names.sort();
        assert_eq!(
            names,
            [
                "Honduras' National Migration Institute",
                "INM",
                "National Migration Institute"
            ]
        );
    }

    #[test]
    fn a_name_before_a_known_short_name_in_brackets_is_that_body() {
        let g = Gazetteer::builtin();
        let text = "Border\n\nThe General Directorate of Migration (DGME) counted 117 people.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        assert_eq!(ex.orgs.len(), 1, "{:?}", ex.orgs);
        assert!(ex.orgs[0].known.is_some());
        assert!(ex.orgs[0]
            .names
            .contains(&"General Directorate of Migration".to_string()));
    }

    #[test]
    fn a_title_that_holds_one_with_a_country_serves_that_country() {
        let text = "Talks\n\nShe met U.S. Ambassador to Honduras Ana Ruiz on Monday.";
        assert_eq!(countries_of(text, "Ruiz"), ["United States"]);
    }

    #[test]
    fn a_bare_title_the_article_gave_a_country_by_its_possessive_serves_it() {
        let text = "Radar\n\nFORT-DE-FRANCE, Martinique (AFP) — The prefect and Saint Lucia's \
                    prime minister agreed on Thursday. The prefect flew to Castries and met \
                    Prime Minister Ana Ruiz.";
        assert_eq!(countries_of(text, "Ruiz"), ["Saint Lucia"]);
        // Not the title of someone the possessive names: that one is theirs alone.
        let text = "Fences\n\nCEUTA, Spain (AP) — Interior Minister Ana Ruiz spoke with \
                    Morocco's interior minister, Luis Mora, on Tuesday.";
        assert_eq!(countries_of(text, "Ruiz"), ["Spain"]);
    }

    #[test]
    fn an_office_serves_the_country_its_body_government_or_demonym_names() {
        let from_dhaka = |body: &str| format!("DHAKA, Bangladesh (AP) — Border talks.\n\n{body}");
        // A body in lower case after the country's possessive.
        let text = from_dhaka(
            "India's external affairs ministry spokesman, Rahul Mehrotra, said India expects it.",
        );
        assert_eq!(countries_of(&text, "Mehrotra"), ["India"]);
        // A national body named in words, in the possessive.
        let text = from_dhaka("Karim Nasiri, the Taliban's spokesman, called it cruel.");
        assert_eq!(countries_of(&text, "Nasiri"), ["Afghanistan"]);
        // (Not a body named by a head word, which many countries have.)
        let text = "ZARZIS, Tunisia (AFP) — Boat back.\n\nThe boat was towed into Zarzis, the \
                    National Guard's spokesman for the south, Walid Gharbi, told reporters.";
        assert_eq!(countries_of(text, "Gharbi"), ["Tunisia"]);
        // A government in the possessive after "in".
        let text = from_dhaka(
            "Ramesh Karki, the foreign affairs adviser in Nepal's interim government, spoke.",
        );
        assert_eq!(countries_of(&text, "Karki"), ["Nepal"]);
        // An office named a sentence before with a demonym, whatever town it sits in.
        let text = from_dhaka(
            "The Afghan consul general in Chittagong met the families on Monday. The consul \
             general, Wahid Rahimi, asked for more time.",
        );
        assert_eq!(countries_of(&text, "Rahimi"), ["Afghanistan"]);
    }

    #[test]
    fn a_bare_title_with_no_official_to_follow_serves_the_dateline_country() {
        let text = "Shelter full\n\nLAREDO, Texas (AP) — Beds ran out on Monday. Mayor Rita \
                    Obregon asked for help.";
        // (A mayor's is the town too.)
        assert_eq!(countries_of(text, "Obregon"), ["Laredo", "United States"]);
        // A foreign consul serves the country that sent him: no guide to the others'.
        let text = "Shelter full\n\nLAREDO, Texas (AP) — Beds ran out on Monday. Mayor Rita \
                    Obregon asked for help. Mexico's consul general in Laredo, Luis Paz, \
                    visited.";
        assert_eq!(countries_of(text, "Obregon"), ["Laredo", "United States"]);
        // Without a dateline, the country the article names most, if twice or more.
        let text = "Shelter full\n\nBeds ran out in Laredo on Monday. Mayor Rita Obregon asked \
                    for help.";
        assert!(countries_of(text, "Obregon").is_empty());
        let text = "Shelter full\n\nBeds ran out in Laredo on Monday. Texas sent cots. Mayor \
                    Rita Obregon asked for help.";
        assert_eq!(countries_of(text, "Obregon"), ["United States"]);
        // A headline that opens on a country joined by a hyphen to a word has no dateline.
        let text = "U.S.-funded flight lands in Panama\n\nTOCUMEN, Panama (AP) — A plane left. \
                    Security Minister Rita Obregon watched.";
        assert_eq!(countries_of(text, "Obregon"), ["Panama"]);
    }

    #[test]
    fn the_late_holder_of_an_office_holds_it_beside_the_one_who_holds_it_now() {
        let text = |late: &str| {
            format!(
                "Drought\n\nRUNDU, Namibia (AP) \u{2014} Rains failed. President Rita Obregon \
                 kept a program that the {late}President Luis Paz set up in 2019."
            )
        };
        assert_eq!(countries_of(&text("late "), "Paz"), ["Namibia"]);
        // Two who hold it now, side by side, serve two countries.
        assert!(countries_of(&text(""), "Paz").is_empty());
    }

    #[test]
    fn a_bare_minister_serves_the_country_of_the_ministry_of_his_field_named_before() {
        let story = |ministry: &str| {
            format!(
                "Boat capsizes\n\nSAN JUAN, Puerto Rico (AP) — A boat capsized, the U.S. Coast \
                 Guard said. The {ministry} said it would help. Foreign Minister Rita Obregon \
                 said networks were responsible."
            )
        };
        assert_eq!(
            countries_of(&story("Dominican foreign ministry"), "Obregon"),
            ["Dominican Republic"]
        );
        // Another field's ministry tells nothing of hers.
        assert_eq!(
            countries_of(&story("Dominican interior ministry"), "Obregon"),
            ["Puerto Rico", "United States"]
        );
    }

    #[test]
    fn an_office_of_several_countries_is_the_one_of_the_story_s_country() {
        let text = "Truck\n\nNICKELSDORF, Austria (APA) — Police found 30 people bound for \
                    Germany. Chancellor Ana Ruiz said smugglers had not gone away.";
        assert_eq!(countries_of(text, "Ruiz"), ["Austria"]);
        let text = "Truck\n\nPolice found 30 people bound for Germany. Chancellor Ana Ruiz \
                    spoke.";
        assert_eq!(countries_of(text, "Ruiz"), ["Germany"]);
    }

    #[test]
    fn an_official_of_a_territory_serves_the_state_that_holds_it_too() {
        let text = "Boats keep landing\n\nPAMANDZI, Mayotte (AFP) — Gendarmes detained 23 \
                    people. Interior Minister Rita Obregon is expected later this month.";
        assert_eq!(countries_of(text, "Obregon"), ["Mayotte", "France"]);
        // A sovereign country's officials gain no other.
        let text = "Boats keep landing\n\nMORONI, Comoros (AFP) — Police detained 23 people. \
                    Interior Minister Rita Obregon is expected later this month.";
        assert_eq!(countries_of(text, "Obregon"), ["Comoros"]);
    }

    #[test]
    fn a_local_office_s_default_country_holds_only_where_the_story_names_it() {
        let story = |dateline: &str| {
            format!(
                "Lorry stopped\n\n{dateline} (AP) — Police found 60 men in a lorry, said the \
                 county commissioner, Ana Ruiz."
            )
        };
        assert_eq!(countries_of(&story("NAIROBI, Kenya"), "Ruiz"), ["Kenya"]);
        assert_eq!(
            countries_of(&story("LAREDO, Texas"), "Ruiz"),
            ["United States"]
        );
    }

    #[test]
    fn an_office_of_a_generic_body_serves_the_country_whose_body_the_article_named_first() {
        let story = |first: &str| {
            format!(
                "Boat\n\nA boat landed, the {first} Coast Guard said. Coast guard spokeswoman \
                 Ana Ruiz said so. The Cuban Coast Guard stopped another."
            )
        };
        assert_eq!(countries_of(&story("Hellenic"), "Ruiz"), ["Greece"]);
        assert_eq!(countries_of(&story("U.S."), "Ruiz"), ["United States"]);
    }

    #[test]
    fn a_bare_head_of_state_written_just_after_a_country_heads_it() {
        let story = |sentence: &str| {
            format!(
                "Flight lands\n\nCARACAS, Venezuela (AP) — Interior Minister Rafael Soto \
                 welcomed 120 returnees. {sentence}"
            )
        };
        let text = story(
            "Last month 200 men were sent to a prison in Honduras, a move that President \
             Marta Quiroz accepted for a fee.",
        );
        assert_eq!(countries_of(&text, "Quiroz"), ["Honduras"]);
        // A speaker after a comma: the sentence says nothing of her country.
        let text = story("Flights to Honduras will go on, President Marta Quiroz said.");
        assert_eq!(countries_of(&text, "Quiroz"), ["Venezuela"]);
        // Another office is not a country's head.
        let text = story("Flights to Honduras will go on after Minister Marta Quiroz signs.");
        assert_eq!(countries_of(&text, "Quiroz"), ["Venezuela"]);
    }

    #[test]
    fn an_office_told_with_its_body_s_possessive_serves_the_body_s_country() {
        let text = "Border\n\nAKHAURA, Bangladesh (Reuters) — Guards handed 19 people back. \
                    Tripura's chief minister, Ana Ruiz, met the BSF's inspector general in \
                    Agartala on Monday. The inspector general, Luis Paz, told reporters that \
                    crossings had grown.";
        assert_eq!(countries_of(text, "Paz"), ["India"]);
        // Not an office the body's possessive did not tell.
        let text = text.replace("The inspector general", "The district commissioner");
        assert_eq!(countries_of(&text, "Paz"), ["Bangladesh"]);
        // In the person's own sentence, the name (with a rank of its own) after the office.
        let text = "Returns\n\nBELLADERE, Haiti (AP) — Agents of the General Directorate of \
                    Migration (DGM) sent 200 people back. The DGM's director, Vice Admiral Luis \
                    Paz, said the agency applied the law.";
        assert_eq!(countries_of(text, "Paz"), ["Dominican Republic"]);
        // Not a possessive that tells no office of the body.
        let text = text.replace("The DGM's director,", "In the DGM's view,");
        assert_eq!(countries_of(&text, "Paz"), ["Haiti"]);
    }

    #[test]
    fn a_head_of_state_whose_fall_the_story_tells_headed_the_country_it_names_most_after_its_own() {
        let story = |cue: &str| {
            format!(
                "Returns\n\nKILIS, Turkey (AP) — Nine buses carried Syrian families across the \
                 border on Wednesday, Governor Ali Demir said. Returns to Syria have grown since \
                 {cue} President Omar Haddad. Many Syrians plan to go back to Aleppo, in Syria."
            )
        };
        for cue in [
            "the fall of",
            "the rule of former",
            "the ouster of",
            "the assassination of",
            "assassinated",
        ] {
            assert_eq!(countries_of(&story(cue), "Haddad"), ["Syria"], "{cue}");
        }
        // Told after the name.
        let told = |after: &str| story("a visit by").replace("Haddad.", &format!("Haddad{after}."));
        for after in [" was toppled", " had been ousted", "'s fall"] {
            assert_eq!(countries_of(&told(after), "Haddad"), ["Syria"], "{after}");
        }
        assert_eq!(countries_of(&told(" was there"), "Haddad"), ["Turkey"]);
        // Not a head of state the story tells of otherwise.
        assert_eq!(countries_of(&story("a visit by"), "Haddad"), ["Turkey"]);
        // Filed from the fallen leader's country, whose people come home from another named
        // more often.
        let text = "Returns\n\nRAS AL-AIN, Syria (AP) — Minibuses carrying Syrian families \
                    who had lived in southern Turkey crossed from the Turkish side on Wednesday, \
                    the largest return since the fall of President Omar Haddad. Turkey's \
                    ministry said 3 million Syrians remain in Turkey.";
        assert_eq!(countries_of(text, "Haddad"), ["Syria"]);
    }

    #[test]
    fn an_office_in_a_body_the_article_calls_a_network_or_a_shelter_is_no_public_office() {
        let g = Gazetteer::builtin();
        let titles_of = |text: &str, surname: &str| -> Vec<String> {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            ex.people
                .iter()
                .find(|p| p.name.ends_with(surname))
                .unwrap_or_else(|| panic!("no {surname} in {:?}", ex.people))
                .titles
                .clone()
        };
        for text in [
            "Beach\n\nVolunteers from Red Quilca, a church-backed network, handed out water. \
             \"People arrive exhausted,\" said its coordinator, Luis Paz.",
            // "its" is the shelter, not the country named before it.
            "Beach\n\nAna Ruiz, 22, left Cuenca, Ecuador, in May.\n\nThe Casa del Migrante \
             is full, said its director, Luis Paz.",
        ] {
            assert!(titles_of(text, "Paz").is_empty(), "{text}");
        }
        // A public body's director holds an office.
        let text = "Beach\n\nThe National Migration Institute counted 300, said its director, \
                    Luis Paz.";
        assert_eq!(titles_of(text, "Paz"), ["director"]);
        // "The group's coordinator" coordinates the body, not the migrants.
        let text = "Beach\n\nVolunteers from the Quilca Welcome Network met the bus. The \
                    group's coordinator, Luis Paz, counted 40.";
        assert!(titles_of(text, "Paz").is_empty(), "{text}");
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let paz = ex.people.iter().find(|p| p.name.ends_with("Paz"));
        assert_eq!(paz.map(|p| p.role), Some(crate::extract::Role::Other));
        // Not a body the data knows as a public one, whatever the article calls it.
        let text = "Beach\n\nThe National Migration Institute counted 300. The group's \
                    director, Luis Paz, spoke.";
        assert_eq!(titles_of(text, "Paz"), ["director"]);
    }

    #[test]
    fn a_governor_with_no_state_governs_the_one_the_sentence_names_before_him() {
        let text = "Shelters\n\nNUEVO LAREDO, Mexico — Shelters filled on Monday. On the Texas \
                    side, Gov. Ana Ruiz sent troopers. Mayor Luis Paz asked for help.";
        assert_eq!(countries_of(text, "Ruiz"), ["Texas", "United States"]);
        // Not another office, a state named after him, nor two.
        let text = "Shelters\n\nNUEVO LAREDO, Mexico — Shelters filled on Monday. In Texas, \
                    Foreign Minister Ana Ruiz spoke.";
        assert_eq!(countries_of(text, "Ruiz"), ["Mexico"]);
        let text = "Shelters\n\nNUEVO LAREDO, Mexico — Shelters filled on Monday. Gov. Ana \
                    Ruiz sent troopers to Texas.";
        assert_eq!(countries_of(text, "Ruiz"), ["Mexico"]);
        let text = "Shelters\n\nNUEVO LAREDO, Mexico — Shelters filled on Monday. Between \
                    Texas and Arizona, Gov. Ana Ruiz sent troopers.";
        assert_eq!(countries_of(text, "Ruiz"), ["Mexico"]);
        // Nor the state that opens another governor's title, though her name comes again.
        let text = "Shelters\n\nNUEVO LAREDO, Mexico — Shelters filled on Monday. Governor Ana \
                    Ruiz hosted Texas Gov. Luis Paz for what Ruiz's office called a tour.";
        assert_eq!(countries_of(text, "Ruiz"), ["Mexico"]);
    }

    #[test]
    fn a_minister_who_was_once_an_ambassador_counts_among_the_officials() {
        let text = "Talks\n\nLAREDO, Texas (AP) — Mexico's foreign minister, Rosa Fuentes, \
                    crossed the bridge on Monday. Fuentes, a former ambassador to the United \
                    Nations, spoke first. Mexican Interior Secretary Luis Paz joined her. \
                    Economy Secretary Eva Soto said trade would go on.";
        assert_eq!(countries_of(text, "Soto"), ["Mexico"]);
    }

    #[test]
    fn a_bare_title_serves_the_country_most_officials_serve_titles_that_imply_one_included() {
        let text = "Talks\n\nMexican Foreign Secretary Rosa Ibarra flew north on Monday. She \
                    met Secretary of State Daniel Whitcomb. Later she saw Homeland Security \
                    Secretary Ellen Marsh. President Peter Kovac praised the talks.";
        assert_eq!(countries_of(text, "Kovac"), ["United States"]);
    }

    #[test]
    fn an_office_held_by_someone_else_rules_its_country_out() {
        // Colombia's president is named: President Ferro serves the other country.
        let text = "Walkers\n\nCUCUTA, Colombia (AP) — Colombian Interior Minister Ana Ruiz \
                    met Zulia Governor Luis Paz. Paz is an ally of President Hugo Ferro. \
                    Colombian President Marta Silva and Ferro met last year.";
        assert_eq!(countries_of(text, "Ferro"), ["Venezuela"]);
        // Not by a former holder of the office.
        let text = "Walkers\n\nCUCUTA, Colombia (AP) — Colombian Interior Minister Ana Ruiz \
                    met Zulia Governor Luis Paz. President Hugo Ferro spoke. Former Colombian \
                    President Marta Silva did not.";
        assert_eq!(countries_of(text, "Ferro"), ["Colombia"]);
        // "X and his Salvadoran counterpart": X is not Salvadoran; the country he is then
        // given counts for the others.
        let text = "Post\n\nGUATEMALA CITY (AP) — Salvadoran President Ana Cruz will visit. \
                    Foreign Minister Luis Paz and his Salvadoran counterpart, Eva Soto, spoke. \
                    Guatemalan President Hugo Mena agreed. The plan dates from when former \
                    president Tomas Vela was in office.";
        assert_eq!(countries_of(text, "Paz"), ["Guatemala"]);
        assert_eq!(countries_of(text, "Vela"), ["Guatemala"]);
        // "Counterpart" rules out only where it is written: not the ministers who join him.
        let text = "Talks\n\nPanamanian President Ana Cruz met her Costa Rican counterpart, \
                    Luis Paz. President Paz was joined by Foreign Minister Rita Lara.";
        assert_eq!(countries_of(text, "Lara"), ["Costa Rica"]);
    }

    #[test]
    fn a_landmark_s_short_name_is_the_one_named_in_full() {
        let g = Gazetteer::builtin();
        let text = "Bridges\n\nThousands cross the Rosa Montes and Juan Pablo Duarte bridges \
                    each day. They camped near the Rosa Montes International Bridge. Officials \
                    met on the Rosa Montes bridge.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let mut names: Vec<&str> = ex.places.iter().map(|p| p.name.as_str()).collect();
        names.sort_unstable();
        assert_eq!(
            names,
            ["Juan Pablo Duarte", "Rosa Montes International Bridge"]
        );
        // A river named in full is the river, though its bridge is named after it.
        let text = "Bridges\n\nThey waited on the bank of the Quilca River. The mayors met on \
                    the Quilca River Bridge.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let mut names: Vec<&str> = ex.places.iter().map(|p| p.name.as_str()).collect();
        names.sort_unstable();
        assert_eq!(names, ["Quilca River", "Quilca River Bridge"]);
        // So is the name without the hyphenated word that qualifies its head.
        let text = "Trucks held at Chirundu border post\n\nOfficers searched trucks at the \
                    Chirundu one-stop border post on Monday.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let names: Vec<&str> = ex.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Chirundu one-stop border post"]);
    }

    #[test]
    fn a_dateline_names_its_country_after_the_town() {
        // A town of that name is also in Honduras; the dateline says which.
        let text = "Caravan halted\n\nAGUA CALIENTE, Guatemala (AP) — The director, Ana Ruiz, \
                    said the border was shut.";
        assert_eq!(countries_of(text, "Ruiz"), ["Guatemala"]);
        // A town the gazetteer lacks, with the date after the country and a plain dash.
        let text = "Border shut\n\nQUILLAPATA, Chile, May 11 (AFP) - The interior minister, \
                    Ana Ruiz, met Peru's foreign minister on Tuesday.";
        assert_eq!(countries_of(text, "Ruiz"), ["Chile"]);
        // A state written after the town: its country, whatever country's town the name is.
        let text = "Border\n\nSASABE, Ariz. — Buses came from Altar, Mexico. Gov. Ana Ruiz \
                    toured the road. Sonora Gov. Luis Paz said police would help.";
        assert_eq!(countries_of(text, "Ruiz"), ["United States"]);
        // No country after the town: the story's "this South Texas village" gives it.
        let text = "Border\n\nQUILLAPATA — Migrants waded across near Quillapata, this South \
                    Texas village. They came from Mexico, and Mexico's consul met them. Gov. \
                    Ana Ruiz toured the river.";
        assert_eq!(countries_of(text, "Ruiz"), ["United States"]);
    }

    #[test]
    fn a_dateline_in_capitals_alone_is_a_town_when_the_story_names_it_again() {
        let g = Gazetteer::builtin();
        let places = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            ex.places.iter().map(|p| p.name.clone()).collect::<Vec<_>>()
        };
        let town =
            places("Ferry\n\nQUILLAPATA — A ferry crossed. The Quillapata ferry runs daily.");
        assert_eq!(town, ["Quillapata"]);
        // An outlet's name in the dateline's place is never written again as a name.
        let outlet = places("Talks\n\nQNEWSWIRE — The presidents met in Panama on Saturday.");
        assert_eq!(outlet, ["Panama"]);
    }

    #[test]
    fn a_bare_name_read_only_where_people_cross_is_the_crossing_named_after_it() {
        let g = Gazetteer::builtin();
        let places = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let mut found: Vec<(String, PlaceKind)> = ex
                .places
                .iter()
                .filter(|p| p.names.iter().any(|n| n.starts_with("Semalka")))
                .map(|p| (p.name.clone(), p.kind))
                .collect();
            found.sort_by(|a, b| a.0.cmp(&b.0));
            found
        };
        let crossing = "Border\n\nAbout 180 Kurds crossed the river from the Semalka crossing on \
                        Tuesday.";
        assert_eq!(
            places(&format!(
                "{crossing} They are to be handed back at Semalka."
            )),
            [("Semalka crossing".to_string(), PlaceKind::Landmark)]
        );
        // Read as a town elsewhere, it is the town.
        for town in [
            "Many had lived in the town of Semalka for years.",
            "They waited at Semalka, a village on the river.",
        ] {
            assert_eq!(
                places(&format!("{crossing} {town}")),
                [
                    ("Semalka".to_string(), PlaceKind::City),
                    ("Semalka crossing".to_string(), PlaceKind::Landmark)
                ],
                "{town}"
            );
        }
    }

    #[test]
    fn a_town_written_once_with_its_country_is_that_town_throughout() {
        // New Jersey's Livingston is the larger; the dateline says this one is Guatemala's.
        let g = Gazetteer::builtin();
        let countries = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let mut found: Vec<String> = ex
                .places
                .iter()
                .filter(|p| p.names.iter().any(|n| n == "Livingston"))
                .filter_map(|p| g.places[p.known?].country.clone())
                .collect();
            found.sort();
            found.dedup();
            found
        };
        let dateline = "Boat lands\n\nLIVINGSTON, Guatemala (AFP) - A boat with 50 migrants \
                        landed on Tuesday; some came from the United States.";
        // A bare mention, and one found by its shape (a town's name before "a town of").
        assert_eq!(
            countries(&format!("{dateline} Fishermen near Livingston saw it.")),
            ["GT"]
        );
        assert_eq!(
            countries(&format!(
                "{dateline}\n\nLivingston, a town of 20,000 people, is reached by water."
            )),
            ["GT"]
        );
    }

    #[test]
    fn a_capital_that_opens_the_sentence_gives_the_bare_title_after_it_its_country() {
        let text = "Crossings\n\nSWANTON, Vt. (AP) — Agents found 17 people. In Ottawa, Public \
                    Safety Minister Ana Ruiz said she had spoken with U.S. Homeland Security \
                    Secretary Luis Paz.";
        assert_eq!(countries_of(text, "Ruiz"), ["Canada"]);
    }

    #[test]
    fn officials_of_a_story_filed_from_a_self_governing_region_serve_it() {
        let text = "Beach\n\nLUGHAYA, Somaliland (AP) — The district commissioner of Lughaya, Ana \
                    Ruiz, put the number at about three hundred.";
        assert_eq!(countries_of(text, "Ruiz"), ["Somalia", "Somaliland"]);
        // Not a state of a country.
        let text = "Border\n\nEL PASO, Texas (AP) — The mayor, Ana Ruiz, spoke.";
        assert!(!countries_of(text, "Ruiz").contains(&"Texas".to_string()));
    }

    #[test]
    fn a_caid_serves_morocco_where_the_story_names_it() {
        let text = "Fence\n\nThe caid of the village, Driss Tahiri, said the boys had been \
                    handed back to their parents. Spain and Morocco have agreed to talk.";
        assert_eq!(countries_of(text, "Tahiri"), ["Morocco"]);
    }

    #[test]
    fn a_territory_named_in_words_of_a_people_is_the_territory_and_counts_for_its_holder() {
        let text = "Talks\n\nSANTO DOMINGO (AP) — President Ana Ruiz spoke by phone with the \
                    premier of the Turks and Caicos Islands, Luis Paz.";
        assert_eq!(
            countries_of(text, "Paz"),
            ["Turks and Caicos Islands", "United Kingdom"]
        );
        // The shire's president counts for Australia, whom the minister serves.
        let text = "Boat\n\nFLYING FISH COVE, Christmas Island (AFP) — Immigration Minister Ana \
                    Ruiz held a video call with the president of the Shire of Christmas Island, \
                    Luis Paz. Home Affairs Minister Eva Sol will travel to Jakarta to meet \
                    Indonesia's foreign minister, Rosa Lugo.";
        assert_eq!(countries_of(text, "Sol"), ["Australia"]);
    }

    #[test]
    fn who_hosts_in_a_capital_serves_its_country() {
        let text = "Summit\n\nWADI HALFA, Sudan (AFP) — Sudanese Governor Ana Ruiz spoke. \
                    President Luis Paz is to host a summit of Sudan's neighbours in Cairo next \
                    month.";
        assert_eq!(countries_of(text, "Paz"), ["Egypt"]);
        // Who speaks in a capital, though a minister of another country is named after.
        let text = "Talk\n\nAYVACIK, Turkey (Reuters) — Interior Minister Ana Ruiz told \
                    reporters in Cairo that she had run into Greece's migration minister, Luis \
                    Paz. Greece's citizen protection minister, Eva Lugo, spoke.";
        assert_eq!(countries_of(text, "Ruiz"), ["Egypt"]);
        // Not a capital named further on, as what was said.
        let text = "Talk\n\nCAIRO, Egypt (Reuters) — Greece's migration minister, Luis Paz, \
                    spoke. Interior Minister Ana Ruiz said the talks held last week in Athens \
                    went well. Egypt's governor, Eva Lugo, spoke.";
        assert_eq!(countries_of(text, "Ruiz"), ["Egypt"]);
        // A spokesman in apposition who speaks in a capital, and the principal he speaks for.
        let text = "Border\n\nVAALIMAA, Finland (AP) — Finland's interior minister, Eva Lugo, \
                    spoke. Asked about it, President Luis Paz's spokesman, Ana Ruiz, told \
                    reporters in Moscow that the closure was Helsinki's choice.";
        assert_eq!(countries_of(text, "Ruiz"), ["Russia"]);
        assert_eq!(countries_of(text, "Paz"), ["Russia"]);
    }

    #[test]
    fn who_is_met_with_in_a_capital_abroad_serves_its_country() {
        let text = "Talks\n\nTBILISI, Georgia (AP) — Prime Minister Ana Ruiz said she would \
                    raise labour recruitment with President Luis Paz when the two meet in Ankara \
                    next month.";
        assert_eq!(countries_of(text, "Paz"), ["Turkey"]);
        assert_eq!(countries_of(text, "Ruiz"), ["Georgia"]);
        // Not in the story's own capital, where the visitor comes.
        let text = text.replace("Ankara", "Tbilisi");
        assert_eq!(countries_of(&text, "Paz"), ["Georgia"]);
        // Nor only with "with": whom a visitor travels to a capital abroad to meet.
        let text = "Talks\n\nTBILISI, Georgia (AP) — Prime Minister Ana Ruiz is to travel to \
                    Ankara next week to meet President Luis Paz, her office said.";
        assert_eq!(countries_of(text, "Paz"), ["Turkey"]);
        assert_eq!(countries_of(text, "Ruiz"), ["Georgia"]);
        // A dateline's town may open on a weekday's name.
        let text = "Talks\n\nTHURSDAY ISLAND, Australia (Reuters) — Fourteen men crossed from \
                    Papua New Guinea, leaving Papua New Guinea by boat. Prime Minister Ana Ruiz \
                    spoke.";
        assert_eq!(countries_of(text, "Ruiz"), ["Australia"]);
    }

    #[test]
    fn one_foreign_official_does_not_outweigh_the_dateline() {
        let text = "Talks\n\nQUILLAPATA, Honduras (AP) - The foreign minister, Ana Ruiz, said so. \
                    She spoke on Monday with Luis Paz, her counterpart in Managua.";
        assert_eq!(countries_of(text, "Ruiz"), ["Honduras"]);
        assert!(countries_of(text, "Paz").contains(&"Nicaragua".to_string()));
        // Two do.
        let text = "Talks\n\nQUILLAPATA, Honduras (AP) - Nicaraguan Foreign Minister Luis Paz \
                    and Nicaraguan Interior Minister Eva Soto arrived. President Rosa Lugo \
                    welcomed them.";
        assert_eq!(countries_of(text, "Lugo"), ["Nicaragua"]);
        // Two visitors against one local official: the dateline breaks the tie.
        let text = "Talks\n\nQUILLAPATA, Honduras (AP) - Nicaraguan Foreign Minister Luis Paz \
                    and Nicaraguan Interior Minister Eva Soto arrived. Honduran Defence Minister \
                    Tomas Gil spoke. President Rosa Lugo welcomed them.";
        assert_eq!(countries_of(text, "Lugo"), ["Honduras"]);
    }

    #[test]
    fn one_holder_office_given_to_one_is_not_the_other_s_in_their_sentence() {
        let text = "Talks\n\nGUATEMALA CITY (AP) - President Ana Ruiz will travel to Mexico \
                    City on March 3 to meet President Eva Soto.";
        assert_eq!(countries_of(text, "Ruiz"), ["Guatemala"]);
        assert!(!countries_of(text, "Soto").contains(&"Guatemala".to_string()));
        // "President" heads unions too: apart, both may serve the dateline's country.
        let text = "Talks\n\nGUATEMALA CITY (AP) - President Ana Ruiz spoke on Monday. \
                    President Eva Soto, who leads the farmworkers' union, spoke too.";
        assert_eq!(countries_of(text, "Soto"), ["Guatemala"]);
    }

    #[test]
    fn a_place_named_before_the_office_gives_its_country() {
        let text = "Talks\n\nTIJUANA, Mexico - Mayor Rosa Lugo spoke. Ana Ruiz, a former San \
                    Diego Sector chief, said the drop might not last. Vice President Luis Paz \
                    and Ambassador to Honduras Eva Soto agreed.";
        assert_eq!(countries_of(text, "Ruiz"), ["United States"]);
        // Not a town that shares a title's word, nor the country one is posted to.
        assert_eq!(countries_of(text, "Paz"), ["Mexico"]);
        assert!(!countries_of(text, "Soto").contains(&"Honduras".to_string()));
        // Nor a town named like a body the article gives by its acronym (Bafia, Cameroon).
        let text = "Wall\n\nTAYBAD, Iran (AP) - The Bureau for Aliens and Foreign Immigrants' \
                    Affairs (BAFIA) counted them. The BAFIA official, Ana Ruiz, said so.";
        assert_eq!(countries_of(text, "Ruiz"), ["Iran"]);
    }

    #[test]
    fn whom_one_meets_named_by_country_serves_another() {
        let text = "Talks\n\nChile's foreign minister, Eva Soto, and Chilean Interior \
                    Minister Rosa Lugo spoke. The defence minister, Ana Ruiz, met Bolivia's \
                    government minister, Luis Paz, and Bolivia's foreign minister, Tomas Gil, in \
                    Arica. Paz said Bolivia would help.";
        assert_eq!(countries_of(text, "Ruiz"), ["Chile"]);
        assert_eq!(countries_of(text, "Paz"), ["Bolivia"]);
        // The country may be written in a title after the name, the meeting in several words.
        let text = "Haitian boat reaches island\n\nBIMINI, Bahamas (AP) — Defence Force \
                    officers found 97 Haitians on a sloop off the island on Tuesday, officials \
                    said.\n\nThe boat had left Port-de-Paix in northern Haiti five days \
                    earlier, the passengers said.\n\nPrime Minister Ana Ruiz spoke by phone on \
                    Wednesday with Luis Paz, president of Haiti's Transitional Presidential \
                    Council, about the boats leaving the north of Haiti, Ruiz's office said.";
        assert_eq!(countries_of(text, "Ruiz"), ["Bahamas"]);
        // A province's minister serves a province of the same country.
        let text = "Talks\n\nLACOLLE, Que. - Federal Immigration Minister Ana Ruiz is to meet \
                    Quebec's immigration minister, Luis Paz, next week.";
        assert_eq!(countries_of(text, "Ruiz"), ["Canada"]);
        // A county named beside the title is no other country.
        let text = "Talks\n\nLOS ANGELES (Reuters) - Buses arrived from Venezuela and Colombia. \
                    Mayor Ana Ruiz met Los Angeles County Supervisor Luis Paz on Wednesday.";
        assert_eq!(countries_of(text, "Ruiz"), ["Los Angeles", "United States"]);
        // Whom one tours a place with travels with one.
        let text = "Talks\n\nThe crossing at Lukeville, Arizona, closed. Gov. Ana Ruiz toured \
                    the area on Monday with U.S. Rep. Luis Paz.";
        assert_eq!(countries_of(text, "Ruiz"), ["United States"]);
    }

    #[test]
    fn an_office_of_an_international_body_serves_it_even_where_the_body_goes_unnamed() {
        let g = Gazetteer::builtin();
        let text = "Talks\n\nYEREVAN, Armenia - Prime Minister Ana Ruiz spoke by phone with \
                    European Council President Luis Paz.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let paz = ex.people.iter().find(|p| p.name == "Luis Paz").unwrap();
        let bodies: Vec<&str> = paz
            .serves
            .iter()
            .map(|&o| ex.orgs[o].name.as_str())
            .collect();
        assert_eq!(bodies, ["European Union"]);
        assert!(paz.affiliations.is_empty(), "{:?}", paz.affiliations);
        // The body is no organisation the article names.
        assert!(ex
            .orgs
            .iter()
            .all(|o| o.names.is_empty() && o.evidence.is_empty()));
    }

    #[test]
    fn a_speaker_with_a_bare_title_serves_the_country_they_say_will_act() {
        // The dateline and the other official are Colombian; what the president says of
        // Panama tells whose president he is.
        let text = "Talks\n\nNECOCLI, Colombia - Boats left on Monday.\n\nColombia's defense \
                    minister, Luis Paz, spoke. President Ana Ruiz said last month that the flow \
                    was falling and that Panama would not let smugglers profit.";
        assert_eq!(countries_of(text, "Ruiz"), ["Panama"]);
        let text = "Talks\n\nNECOCLI, Colombia - Boats left on Monday.\n\nColombia's defense \
                    minister, Luis Paz, spoke. President Ana Ruiz said on Monday Panama will \
                    act.";
        assert_eq!(countries_of(text, "Ruiz"), ["Panama"]);
        // A sentence, and the text, may end at the verb.
        let text = "Talks\n\nNECOCLI, Colombia - Boats left on Monday.\n\nPresident Ana Ruiz said";
        assert_eq!(countries_of(text, "Ruiz"), ["Colombia"]);
        // Not when someone else speaks, nor when the country is no subject.
        let text = "Talks\n\nNECOCLI, Colombia - Boats left on Monday.\n\nPresident Ana Ruiz \
                    met residents, and Luis Paz said Panama would act.";
        assert_eq!(countries_of(text, "Ruiz"), ["Colombia"]);
        let text = "Talks\n\nNECOCLI, Colombia - Boats left on Monday.\n\nPresident Ana Ruiz \
                    said Panama and Costa Rica had failed.";
        assert_eq!(countries_of(text, "Ruiz"), ["Colombia"]);
        // Nor when what the country is doing is told, as of another one.
        let text = "Talks\n\nNECOCLI, Colombia - Boats left on Monday.\n\nPresident Ana Ruiz \
                    said on Monday that Panama was using migrants as a tool.";
        assert_eq!(countries_of(text, "Ruiz"), ["Colombia"]);
        let text = "Talks\n\nNECOCLI, Colombia - Boats left on Monday.\n\nPresident Ana Ruiz \
                    said Panama was \"using migrants as a tool\".";
        assert_eq!(countries_of(text, "Ruiz"), ["Colombia"]);
        // The country the speaker serves counts for the other bare titles: with Panama's
        // director it ties the two Colombians, and the dateline decides.
        let text = "Talks\n\nPUERTO OBALDIA, Panama - Boats left on Monday.\n\nColombia's \
                    defense minister, Luis Paz, and Colombia's migration director, Tomas Gil, \
                    spoke. Panama's migration director, Rosa Lugo, agreed. Security Minister Eva \
                    Soto sent patrols. President Ana Ruiz said Panama would act.";
        assert_eq!(countries_of(text, "Soto"), ["Panama"]);
    }

    #[test]
    fn a_counterpart_does_not_count_toward_the_country_of_bare_titles() {
        // Two Venezuelans named as such, one a counterpart, against one local official and
        // the dateline: the bare-titled minister is the dateline's.
        let text = "Talks\n\nCEDROS, Trinidad and Tobago (AP) - Boats landed.\n\nPrime \
                    Minister Luis Paz spoke by phone with Venezuelan President Ana Ruiz. \
                    Trinidad and Tobago's foreign minister, Eva Soto, will meet her Venezuelan \
                    counterpart, Tomas Gil. National Security Minister Rosa Lugo spoke.";
        assert_eq!(countries_of(text, "Lugo"), ["Trinidad and Tobago"]);
    }

    #[test]
    fn an_office_in_a_non_governmental_organisation_is_no_public_office() {
        let g = Gazetteer::builtin();
        let person = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let p = ex.people.first().expect("a person").clone();
            (p.role, p.titles)
        };
        let (role, titles) =
            person("Talks\n\nAna Ruiz, director of Amnesty International, said the caravan left.");
        assert_eq!((role, titles.len()), (crate::extract::Role::Other, 0));
        // A government body's director holds office.
        let (role, titles) = person(
            "Talks\n\nAna Ruiz, director of the National Migration Institute, said the caravan left.",
        );
        assert_eq!((role, titles.len()), (crate::extract::Role::Official, 1));
    }

    #[test]
    fn an_official_accompanying_another_serves_the_same_country() {
        let text = "Talks\n\nSecretary of State Daniel Whitcomb and Homeland Security \
                    Secretary Ellen Marsh arrived on Monday. Mexican Foreign Secretary Rosa \
                    Ibarra was joined by Interior Secretary Tomas Lugo.";
        assert_eq!(countries_of(text, "Lugo"), ["Mexico"]);
    }

    #[test]
    fn a_short_form_of_a_first_name_names_the_same_person() {
        let g = Gazetteer::builtin();
        let text = "Talks\n\nSecretary of State Michael R. Whitcomb spoke on Friday. Later, \
                    Mike Whitcomb told reporters the deal was done.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let names: Vec<&Vec<String>> = ex.people.iter().map(|p| &p.names).collect();
        assert_eq!(
            names,
            [&vec![
                "Michael R. Whitcomb".to_string(),
                "Mike Whitcomb".to_string()
            ]]
        );
        assert_eq!(ex.people[0].role, crate::extract::Role::Official);
    }

    /// The names each person of `text` is known by.
    fn names(text: &str) -> Vec<Vec<String>> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        ex.people.into_iter().map(|p| p.names).collect()
    }

    #[test]
    fn a_name_written_alone_that_opens_one_person_s_name_is_that_person() {
        let found = names(
            "Visit\n\nThe district chief, Kittipong Rattanawong, said so. The governor, \
             Chaiwat Phromsuwan, toured the temple with Kittipong on Monday.",
        );
        assert!(
            found.contains(&vec![
                "Kittipong Rattanawong".to_string(),
                "Kittipong".to_string()
            ]),
            "{found:?}"
        );
        // Two people whose names open with it: neither is meant.
        let found = names(
            "Visit\n\nThe district chief, Kittipong Rattanawong, said so. His deputy, \
             Kittipong Srisuk, agreed. The governor, Chaiwat Phromsuwan, toured the temple \
             with Kittipong on Monday.",
        );
        assert!(
            found.iter().all(|n| !n.contains(&"Kittipong".to_string())),
            "{found:?}"
        );
        // Told more of in a relative clause, it is still that person; brought in by an
        // apposition, someone new.
        let found = names(
            "Visit\n\nThe justice minister, Sigrun Haraldsdottir, said so. Sigrun, who like \
             most Icelanders is known by her first name, agreed.",
        );
        assert_eq!(
            found,
            [["Sigrun Haraldsdottir".to_string(), "Sigrun".to_string()]]
        );
        let found = names(
            "Visit\n\nThe justice minister, Sigrun Haraldsdottir, said so. Sigrun, a \
             31-year-old Venezuelan nurse, said she would stay.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn the_opening_words_of_one_longer_name_are_that_person() {
        let found = names(
            "Visit\n\nThe chief minister, Onn Hafiz Ghazi, came. Onn Hafiz said so. Rohana \
             binti Salleh, 58, agreed.",
        );
        assert_eq!(
            found,
            [
                vec!["Onn Hafiz Ghazi".to_string(), "Onn Hafiz".to_string()],
                vec!["Rohana binti Salleh".to_string()]
            ]
        );
    }

    #[test]
    fn a_bare_title_in_a_list_of_three_takes_the_country_the_others_serve() {
        let text = "Talks\n\nMexican Foreign Secretary Rosa Ibarra and Interior Secretary \
                    Tomas Lugo received the visitors. Mexican Security Minister Luis Ortega \
                    and Mexican Defense Secretary Juan Soto joined them. Secretary of State \
                    Daniel Whitcomb, Homeland Security Secretary Ellen Marsh and Attorney \
                    General Peter Kovac arrived on Monday. Ibarra and Kovac spoke first.";
        // Listed with two US officials, not counted with the article's Mexican majority...
        assert_eq!(countries_of(text, "Kovac"), ["United States"]);
        // ...which a bare title that is listed with no one still takes.
        assert_eq!(countries_of(text, "Lugo"), ["Mexico"]);
    }

    #[test]
    fn initials_spell_names() {
        assert!(is_initials_of("AMLO", "Andrés Manuel López Obrador"));
        assert!(!is_initials_of(
            "INM",
            "National Migration Institute of Mexico"
        ));
        assert!(is_initials_of(
            "NMIM",
            "National Migration Institute of Mexico"
        ));
        assert!(!is_initials_of("AML", "Andrés Manuel López Obrador"));
    }

    #[test]
    fn short_forms_match_full_names() {
        assert!(name_compatible(&w("Blinken"), &w("Antony Blinken")));
        assert!(name_compatible(
            &w("López Obrador"),
            &w("Andrés Manuel López Obrador")
        ));
        assert!(name_compatible(
            &w("Luis García Villagrán"),
            &w("Luis Rey García Villagrán")
        ));
        assert!(name_compatible(
            &w("Michael Pompeo"),
            &w("Michael R. Pompeo")
        ));
        assert!(!name_compatible(&w("Antony"), &w("Antony Blinken")));
        assert!(!name_compatible(&w("Mike Pence"), &w("Mike Pompeo")));
    }
}
