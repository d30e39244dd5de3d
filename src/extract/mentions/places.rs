//! Passes over the whole article that revise the places the first pass typed: towns named
//! short or again, places listed together, nicknames, camps, hyphenated pairs.

use super::*;

/// Whether token `t`, right after a place's name, says the place is the town: "from Kunduz
/// city", in lower case ("Quebec City" is a name of its own).
pub(crate) fn is_town_word_after(doc: &Doc, t: usize) -> bool {
    doc.token_text(t) == "city"
}

/// "ending at Ciudad Juárez ... Juárez is far": a town's name after the word for a town that
/// opens the full name of a town the article names is that town, not a namesake elsewhere.
/// (Not "Laredo" beside "Nuevo Laredo": twin towns.)
pub(super) fn towns_named_short(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let town = |m: &Mention| match m.kind {
        MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::City => Some(p),
        _ => None,
    };
    // Each full name's words after its town word, and the town.
    let in_full: Vec<(String, usize)> = mentions
        .iter()
        .filter(|m| {
            m.tokens.len() >= 2 && g.is_trigger(TriggerKind::CityHead, doc.folded(m.tokens.start))
        })
        .filter_map(|m| {
            Some((
                key(doc, m.tokens.start + 1..m.tokens.end).into_owned(),
                town(m)?,
            ))
        })
        .collect();
    if in_full.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let Some(p) = town(m) else {
            continue;
        };
        let short = key(doc, m.tokens.clone());
        if let Some(&(_, q)) = in_full.iter().find(|(rest, q)| *q != p && *rest == short) {
            m.kind = MentionKind::KnownPlace(q);
        }
    }
}

/// "El Naranjo belongs to the municipality of La Libertad", after "reached El Naranjo": a name
/// left unread where it opens a sentence is the place the article names so elsewhere. (Not a
/// word of someone's name: "Morales said", where Morales is a town too.)
pub(super) fn places_named_elsewhere(doc: &Doc, mentions: &mut [Mention]) {
    let places: Vec<(String, MentionKind)> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::KnownPlace(_)))
        .map(|m| (doc.folded_words(m.tokens.clone()).join(" "), m.kind.clone()))
        .collect();
    if places.is_empty() {
        return;
    }
    let name_words: Vec<&str> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.rule != UNRESOLVED_NAME)
        .flat_map(|m| m.tokens.clone().map(|t| doc.folded(t)))
        .collect();
    for m in mentions.iter_mut() {
        let opens_sentence = m.tokens.start == doc.sentences[m.sentence].tokens.start;
        if m.rule != UNRESOLVED_NAME
            || (m.tokens.len() == 1 && !opens_sentence)
            || m.tokens
                .clone()
                .any(|t| name_words.contains(&doc.folded(t)))
        {
            continue;
        }
        let words = doc.folded_words(m.tokens.clone()).join(" ");
        if let Some((_, kind)) = places.iter().find(|(name, _)| *name == words) {
            m.kind = kind.clone();
            m.rule = "place-named-elsewhere";
            m.confidence = 0.7;
        }
    }
}

/// The rule of a known town read as such by the words before it ("the city of Chihuahua").
pub(super) const TOWN_OF_KNOWN: &str = "town-of-known";

/// The rule of a capitalised name no rule read: a person only if later text says so.
pub(super) const UNRESOLVED_NAME: &str = "unresolved-name";

pub(super) const PLACE_NAMED_AGAIN: &str = "place-named-again";

/// The rule of a town the gazetteer lacks whose name it knows for a place in another country
/// ("GRACIAS A DIOS, Guatemala"): resolution must not take it for that place.
pub(crate) const UNKNOWN_TOWN_OF_A_KNOWN_NAME: &str = "dateline-town-abroad";

/// The rule of a region the gazetteer knows only by its namesake town ("Idlib province"):
/// resolution must not take it for the town.
pub(crate) const UNKNOWN_REGION_OF_A_KNOWN_TOWN: &str = "region-named-by-head";

/// Whether a new place's rule says the gazetteer's place of that name is not the one meant.
pub(crate) fn not_the_known_place(rule: &str) -> bool {
    matches!(
        rule,
        UNKNOWN_TOWN_OF_A_KNOWN_NAME | UNKNOWN_REGION_OF_A_KNOWN_TOWN
    )
}

/// "the southwestern city of Barahona ... a checkpoint near Barahona": a name the words around
/// it read as a town once is the town throughout, as one read as a region is the region.
pub(super) fn towns_read_throughout(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let towns: Vec<usize> = mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(q)
                if m.rule == TOWN_OF_KNOWN && g.places[q].kind == PlaceKind::City =>
            {
                Some(q)
            }
            _ => None,
        })
        .collect();
    if towns.is_empty() {
        return;
    }
    // (Where the words also read the name as the region somewhere, a bare name stays as read.)
    let regions_read: Vec<usize> = mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(q) if matches!(m.rule, "place-by-head" | "place-in-title") => {
                Some(q)
            }
            _ => None,
        })
        .collect();
    for m in mentions.iter_mut() {
        let MentionKind::KnownPlace(p) = m.kind else {
            continue;
        };
        if g.places[p].kind != PlaceKind::State || regions_read.contains(&p) {
            continue;
        }
        let town = g
            .places_named(&key(doc, m.tokens.clone()))
            .iter()
            .copied()
            .find(|q| towns.contains(q));
        if let Some(q) = town {
            m.kind = MentionKind::KnownPlace(q);
        }
    }
}

/// "Central and South America", "North and South Korea": the first word, joined by "and" to a
/// known place's name, names the place its own word makes of the rest of that name.
pub(super) fn coordinated_places(g: &Gazetteer, doc: &Doc, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in mentions.iter() {
        let MentionKind::KnownPlace(_) = m.kind else {
            continue;
        };
        let start = m.tokens.start;
        let sentence_start = doc.sentences[m.sentence].tokens.start;
        if m.tokens.len() < 2 || start < sentence_start + 2 || doc.folded(start - 1) != "and" {
            continue;
        }
        let first = start - 2;
        if !is_cap(doc, first) {
            continue;
        }
        let rest = m.tokens.start + 1..m.tokens.end;
        let name_key = format!("{} {}", doc.folded(first), key(doc, rest.clone()));
        if let Some(p) = g.place(&name_key) {
            let text = format!("{} {}", doc.token_text(first), doc.span_text(rest));
            found.push((first, m.sentence, p, text));
        }
    }
    for (first, sentence, p, text) in found {
        // The word was read alone before ("Central"): it is part of this place's name now.
        mentions.retain(|m| m.tokens != (first..first + 1));
        let at = mentions.partition_point(|m| m.tokens.start < first);
        mentions.insert(
            at,
            Mention {
                tokens: first..first + 1,
                sentence,
                kind: MentionKind::KnownPlace(p),
                text,
                rule: "coordinated-place",
                confidence: 0.8,
            },
        );
    }
}

/// A town's or state's name that several places share means the one in the countries and
/// states the rest of the article names: "Huixtla and Escuintla" are both in Chiapas,
/// although "Escuintla" alone reads as the Guatemalan department. The context is the places
/// whose name has one meaning, and the countries named; a country written after the name
/// ("Escuintla, Guatemala") decides alone. A country, a world region or a large city is never
/// re-read: "Los Angeles" in a story about Chiapas is still California's.
pub(super) fn places_in_context(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let is_area = |p: usize| {
        matches!(
            g.places[p].kind,
            PlaceKind::Country | PlaceKind::WorldRegion
        )
    };
    // What each place mention's name may mean, read once for both passes below.
    let meanings: Vec<&[usize]> = mentions
        .iter()
        .map(|m| match m.kind {
            MentionKind::KnownPlace(_) => g.places_named(&key(doc, m.tokens.clone())),
            _ => &[],
        })
        .collect();
    // "Quebec Premier X ... the Quebec stretch of the border": a name the words around it read
    // as a region once is the region throughout (a city named in full, "Quebec City", is
    // another name).
    // So does a list of regions: "northern New York, Vermont and New Hampshire".
    let listed_with_region = |i: usize, q: usize| {
        let region_of_its_country = |j: usize| {
            matches!(mentions[j].kind, MentionKind::KnownPlace(r)
                if g.places[r].kind == PlaceKind::State && r != q
                    && g.places[r].country == g.places[q].country)
        };
        (i > 0
            && listed_together(doc, &mentions[i - 1], &mentions[i])
            && region_of_its_country(i - 1))
            || (i + 1 < mentions.len()
                && listed_together(doc, &mentions[i], &mentions[i + 1])
                && region_of_its_country(i + 1))
    };
    let regions_read: Vec<usize> = mentions
        .iter()
        .zip(&meanings)
        .enumerate()
        .filter_map(|(i, (m, meanings))| match m.kind {
            MentionKind::KnownPlace(q)
                if g.places[q].kind == PlaceKind::State
                    && meanings.len() > 1
                    && matches!(m.rule, "place-by-head" | "place-in-title") =>
            {
                Some(q)
            }
            MentionKind::KnownPlace(p)
                if meanings.len() > 1 && g.places[p].kind == PlaceKind::City =>
            {
                meanings
                    .iter()
                    .copied()
                    .find(|&q| g.places[q].kind == PlaceKind::State && listed_with_region(i, q))
            }
            _ => None,
        })
        .collect();
    if !regions_read.is_empty() {
        for (m, meanings) in mentions.iter_mut().zip(&meanings) {
            if let MentionKind::KnownPlace(p) = m.kind {
                let region = meanings.iter().find(|q| regions_read.contains(q));
                // (Not "the city of Chihuahua": written as the town.)
                let town = g.places[p].kind == PlaceKind::City && m.rule != TOWN_OF_KNOWN;
                if let Some(&q) = region.filter(|_| town) {
                    m.kind = MentionKind::KnownPlace(q);
                }
            }
        }
    }
    let mut countries: Vec<&str> = Vec::new();
    let mut subdivisions: Vec<&str> = Vec::new();
    // Places named by a name of several words that means nothing else, or told by the word
    // after the name ("the Darién jungle").
    let named_in_full: Vec<usize> = mentions
        .iter()
        .zip(&meanings)
        .filter_map(|(m, meanings)| match m.kind {
            MentionKind::KnownPlace(p)
                if (meanings.len() == 1 && m.tokens.len() > 1) || m.rule == "place-by-head" =>
            {
                Some(p)
            }
            _ => None,
        })
        .collect();
    for (m, meanings) in mentions.iter().zip(&meanings) {
        let MentionKind::KnownPlace(p) = m.kind else {
            continue;
        };
        if is_area(p) || meanings.len() == 1 {
            // A long page names the same few countries again and again: each is kept once.
            for (context, code) in [
                (&mut countries, g.places[p].country.as_deref()),
                (&mut subdivisions, g.places[p].subdivision.as_deref()),
            ] {
                if let Some(code) = code.filter(|c| !context.contains(c)) {
                    context.push(code);
                }
            }
        }
    }
    let town_of_a_demonym = || {
        mentions.iter().any(|m| {
            matches!(m.kind, MentionKind::KnownPlace(_)) && demonym_before_town(g, doc, m).is_some()
        })
    };
    if countries.is_empty() && !town_of_a_demonym() {
        return;
    }
    // "Escuintla, Guatemala", "YUMA, Ariz.": the country, and the state if it is one, each
    // name is followed by, by the name's position.
    let written_after: HashMap<usize, (&str, Option<&str>)> = mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(q)
                if matches!(g.places[q].kind, PlaceKind::Country | PlaceKind::State) =>
            {
                let comma = m.tokens.start.checked_sub(1)?;
                let place = &g.places[q];
                let state = (place.kind == PlaceKind::State)
                    .then_some(place.subdivision.as_deref())
                    .flatten();
                (doc.token_text(comma) == ",")
                    .then_some((comma, (place.country.as_deref()?, state)))
            }
            _ => None,
        })
        .collect();
    // How well a place fits the country and state written after its name: not at all, in the
    // country (and in a state the gazetteer does not record for it), in both. (Only some
    // countries' towns carry their state.)
    // (A border crossing lies in the countries of both its sides.)
    let lies_in = |p: usize, (country, state): (&str, Option<&str>)| -> u8 {
        let place = &g.places[p];
        if place.country.as_deref() != Some(country)
            && place.across_border.as_deref() != Some(country)
        {
            0
        } else if state.is_none_or(|s| place.subdivision.as_deref() == Some(s)) {
            2
        } else {
            u8::from(place.subdivision.is_none())
        }
    };
    // A dateline names a town: "TACNA, Peru" is the city, not the region named after it.
    let dateline = crate::extract::dateline_mention(doc, mentions);
    // Towns written with their country ("Livingston, Guatemala"), as (mention index of each
    // bare mention of the same name, the town); a bare name reads as the one written so.
    let written_with_country: Vec<(usize, usize)> = {
        let settled: Vec<(std::borrow::Cow<str>, usize)> = mentions
            .iter()
            .zip(&meanings)
            .filter_map(|(m, meanings)| {
                let w = *written_after.get(&m.tokens.end)?;
                let town = meanings
                    .iter()
                    .copied()
                    .filter(|&c| g.places[c].kind == PlaceKind::City && lies_in(c, w) > 0)
                    .max_by_key(|&c| (lies_in(c, w), g.prominence(c)))?;
                Some((key(doc, m.tokens.clone()), town))
            })
            .collect();
        if settled.is_empty() {
            Vec::new()
        } else {
            mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    matches!(m.kind, MentionKind::KnownPlace(_))
                        && !written_after.contains_key(&m.tokens.end)
                })
                .filter_map(|(i, m)| {
                    let k = key(doc, m.tokens.clone());
                    settled.iter().find(|(s, _)| *s == k).map(|&(_, t)| (i, t))
                })
                .collect()
        }
    };
    // "SAINT-PHILIPPE, Réunion": a known town's name written with a country or state none of
    // its namesakes lies in is a town the gazetteer lacks, not Quebec's Saint-Philippe, also
    // in the headline before it.
    let mut town_abroad: Option<String> = dateline.and_then(|i| {
        let m = &mentions[i];
        let MentionKind::KnownPlace(p) = m.kind else {
            return None;
        };
        let &w = written_after.get(&m.tokens.end)?;
        (g.places[p].kind == PlaceKind::City && meanings[i].iter().all(|&c| lies_in(c, w) == 0))
            .then(|| key(doc, m.tokens.clone()).into_owned())
    });
    for (i, (m, meanings)) in mentions.iter_mut().zip(&meanings).enumerate() {
        let MentionKind::KnownPlace(p) = m.kind else {
            continue;
        };
        // Read by the word after it ("Darien province"): settled, but for which country's
        // region of the name: "the state of Sucre" in a story of Venezuela is Venezuela's.
        if m.rule == "place-by-head" {
            let in_story = |c: usize| {
                g.places[c]
                    .country
                    .as_deref()
                    .is_some_and(|c| countries.contains(&c))
            };
            if !in_story(p) {
                let kind = g.places[p].kind;
                if let Some(&q) = meanings
                    .iter()
                    .find(|&&q| g.places[q].kind == kind && in_story(q))
                {
                    m.kind = MentionKind::KnownPlace(q);
                }
            }
            continue;
        }
        let written = written_after
            .get(&m.tokens.end)
            .copied()
            .or_else(|| demonym_before_town(g, doc, m).map(|country| (country, None)));
        if dateline == Some(i) && g.places[p].kind != PlaceKind::City {
            let country = g.places[p].country.as_deref();
            // The town of the country or state the dateline writes after it, else of the
            // country of the name's first reading.
            let town = meanings
                .iter()
                .copied()
                .filter(|&c| {
                    g.places[c].kind == PlaceKind::City
                        && written.map_or(g.places[c].country.as_deref() == country, |w| {
                            lies_in(c, w) > 0
                        })
                })
                .max_by_key(|&c| (written.map(|w| lies_in(c, w)), g.prominence(c)));
            if let Some(town) = town {
                m.kind = MentionKind::KnownPlace(town);
                continue;
            }
            // "GRACIAS A DIOS, Guatemala": a region of another country than the one written
            // after it names a town the gazetteer lacks, throughout the story.
            if written.is_some_and(|w| meanings.iter().all(|&c| lies_in(c, w) == 0)) {
                town_abroad = Some(key(doc, m.tokens.clone()).into_owned());
            }
        }
        // (Not where the name is a country's: "COLOMBIA, Nuevo León ... came all the way from
        // Colombia".)
        if (dateline == Some(i) || g.places[p].kind != PlaceKind::Country)
            && town_abroad
                .as_deref()
                .is_some_and(|town| town == key(doc, m.tokens.clone()))
        {
            m.kind = MentionKind::NewPlace(PlaceKind::City);
            m.rule = UNKNOWN_TOWN_OF_A_KNOWN_NAME;
            continue;
        }
        // "Darién" in a story that also writes "the Darién Gap" is the Gap, not the province:
        // a landmark the article names in full wins over other readings of a short name.
        // (Not after a regional office: "the governor of Darién" governs the province.)
        let named_landmark = meanings
            .iter()
            .copied()
            .find(|&c| g.places[c].kind == PlaceKind::Landmark && named_in_full.contains(&c))
            .filter(|_| {
                !read_as_region(g, doc, m.tokens.clone(), &doc.sentences[m.sentence].tokens)
            });
        if let Some(c) = named_landmark {
            m.kind = MentionKind::KnownPlace(c);
            continue;
        }
        let fit = |p: usize| {
            let place = &g.places[p];
            let country = place.country.as_deref();
            match written {
                Some(w) => (lies_in(p, w) > 0, lies_in(p, w) == 2),
                None => (
                    place
                        .subdivision
                        .as_deref()
                        .is_some_and(|s| subdivisions.contains(&s)),
                    [country, place.across_border.as_deref()]
                        .into_iter()
                        .flatten()
                        .any(|c| countries.contains(&c)),
                ),
            }
        };
        // (A large city keeps its name, unless a country or state written after it says
        // otherwise: "KINGSTON, Ont." is not Jamaica's; nor does one its name is only an
        // alias of, "San Luis" of São Luís.)
        let own_name = || fold(&g.places[p].name) == key(doc, m.tokens.clone());
        // (Nor where a namesake at least a fifth its size lies in a country the story names
        // and it does not: "Cartagena" in a story of Spain is Spain's, not Colombia's.)
        let rival_in_story = || {
            !fit(p).1
                && meanings.iter().any(|&c| {
                    c != p
                        && g.places[c].kind == PlaceKind::City
                        && fit(c).1
                        && g.places[c].population.saturating_mul(5) >= g.places[p].population
                })
        };
        let large_city = g.places[p].kind == PlaceKind::City
            && g.places[p].population >= 500_000
            && written.is_none_or(|w| lies_in(p, w) > 0)
            && own_name()
            && !rival_in_story();
        // "We were going to Florida", in a story from Cuba: a U.S. state's name is the
        // state's, not a town's of the story's country, unless written with that country.
        let us_state = g.places[p].kind == PlaceKind::State
            && g.places[p].country.as_deref() == Some("US")
            && written.is_none()
            && own_name();
        // "across the Pacific", in a story of the United States: an ocean, a sea or a range
        // (of `features.tsv`) that no one country holds is not a small town of the story's
        // country. (A named area of `world-regions.tsv`, "Darién", may still be the province.)
        let feature_of_no_country = g.places[p].kind == PlaceKind::Landmark
            && g.places[p].country.is_none()
            && g.places[p].id.starts_with("feature/");
        if is_area(p) || large_city || us_state || feature_of_no_country {
            continue;
        }
        // ("San José, Costa Rica": a name written with its country is a town's, before a
        // province's of the name.)
        let town_written = |c: usize| written.is_some() && g.places[c].kind == PlaceKind::City;
        let best = meanings
            .iter()
            .copied()
            .filter(|&c| !is_area(c))
            .max_by_key(|&c| (fit(c), town_written(c), g.prominence(c)));
        // (A city that dwarfs the namesake in a country the story only names, with no state
        // of it named, keeps its name: "GENEVA" in a story that names the United States.)
        let dwarfs = |b: usize| {
            written.is_none()
                && fit(b) == (false, true)
                && g.places[p].kind == PlaceKind::City
                && g.places[p].population >= 100_000
                && g.places[p].population >= 5 * g.places[b].population
                && own_name()
        };
        if let Some(best) = best.filter(|&b| fit(b) > fit(p) && !dwarfs(b)) {
            m.kind = MentionKind::KnownPlace(best);
        } else if let Some(&(_, town)) = written_with_country
            .iter()
            .find(|(k, town)| *k == i && meanings.contains(town))
        {
            // "LIVINGSTON, Guatemala ... Livingston, a town of 20,000": the town the article
            // once wrote with its country, not a larger namesake elsewhere.
            m.kind = MentionKind::KnownPlace(town);
        } else if meanings.len() > 1
            && g.places[p].kind == PlaceKind::City
            && fit(p) == (false, false)
            && !own_name()
        {
            // "a beach near San Luis" in a story of Colombia: a name several towns share,
            // none in a country or state the article names, read only as another town's
            // alias, is a town of its own.
            m.kind = MentionKind::NewPlace(PlaceKind::City);
        }
    }
}

/// "Men who set out from Saipan ... will meet Gov. Arnold Palacios on Saipan": a name left
/// unresolved where it stands is the gazetteer's place the article named by it elsewhere,
/// where the words around it said it was one. (Not a word of someone's name: "Hobbs said" is
/// Katherine Hobbs, in a story that also names Hobbs, New Mexico.)
pub(super) fn places_named_again(doc: &Doc, out: &mut [Mention]) {
    let places: Vec<(String, MentionKind)> = out
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::KnownPlace(_)))
        .map(|m| (key(doc, m.tokens.clone()).into_owned(), m.kind.clone()))
        .collect();
    let name_words: Vec<String> = out
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.rule != UNRESOLVED_NAME)
        .flat_map(|m| m.tokens.clone().map(|t| doc.folded(t).to_string()))
        .collect();
    // (One word: not "US-Mexico", whose parts the hyphen joins. Not in the headline, whose
    // capitals say nothing and whose verbs, "towed into Crete's Ierapetra", would make the
    // place more than the story does.)
    for m in out.iter_mut().filter(|m| {
        m.rule == UNRESOLVED_NAME
            && doc.sentences[m.sentence].paragraph > 0
            && m.tokens.len() == 1
            && doc
                .token_text(m.tokens.start)
                .chars()
                .all(char::is_alphabetic)
    }) {
        let name = key(doc, m.tokens.clone());
        if name_words.iter().any(|w| *w == name) {
            continue;
        }
        if let Some((_, kind)) = places.iter().find(|(place, _)| *place == name) {
            m.kind = kind.clone();
            m.rule = PLACE_NAMED_AGAIN;
            m.confidence = 0.5;
        }
    }
}

/// "the mainland city that likes to call itself the Paris of the North", "the Paris of the
/// Middle East": a place's name in another's nickname names no place, nor does the part of the
/// world it is set in.
pub(super) fn drop_nicknames(g: &Gazetteer, doc: &Doc, out: &mut Vec<Mention>) {
    let is_place = |m: &Mention| {
        matches!(
            m.kind,
            MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
        )
    };
    let word = |t: usize| {
        if t < doc.tokens.len() {
            doc.folded(t)
        } else {
            ""
        }
    };
    let mut keep = vec![true; out.len()];
    for (i, m) in out.iter().enumerate().filter(|(_, m)| is_place(m)) {
        let (start, end) = (m.tokens.start, m.tokens.end);
        if start == 0 || doc.token_text(start - 1) != "the" || word(end) != "of" {
            continue;
        }
        let part = end + 1 + usize::from(word(end + 1) == "the");
        if matches!(word(part), "north" | "south" | "east" | "west") {
            keep[i] = false;
            continue;
        }
        let region = out.iter().position(|n| {
            n.tokens.start == part
                && matches!(n.kind, MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::WorldRegion)
        });
        if let Some(region) = region {
            keep[i] = false;
            keep[region] = false;
        }
    }
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
}

/// Whether mention `b` follows `a` in a list: in one sentence, with only "," and "and" or "or"
/// between them.
pub(super) fn listed_together(doc: &Doc, a: &Mention, b: &Mention) -> bool {
    a.sentence == b.sentence
        && a.tokens.end < b.tokens.start
        && (a.tokens.end..b.tokens.start).len() <= 2
        && (a.tokens.end..b.tokens.start).all(|t| matches!(doc.folded(t), "," | "and" | "or"))
}

/// "Cortés, Yoro and Olancho", "Camagüey and Ciego de Ávila": a capital's name read as the
/// capital ([`Gazetteer::namesake_capital`]) is the region it is named after when listed with
/// regions.
pub(super) fn namesakes_listed_with_regions(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let region_of = |m: &Mention| match m.kind {
        MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::City => g
            .places_named(&key(doc, m.tokens.clone()))
            .iter()
            .copied()
            .find(|&r| g.namesake_capital(r) == Some(p)),
        _ => None,
    };
    let is_region = |m: &Mention| matches!(m.kind, MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::State);
    // Read once: most articles name no such capital, and the passes below change only those.
    let regions: Vec<Option<usize>> = mentions.iter().map(region_of).collect();
    if regions.iter().all(Option::is_none) {
        return;
    }
    // Twice, for a list of namesakes that one region starts: "Tumbes and Piura".
    for _ in 0..2 {
        for (i, region) in regions.iter().enumerate() {
            let Some(region) = *region else {
                continue;
            };
            let beside_region = (i > 0
                && listed_together(doc, &mentions[i - 1], &mentions[i])
                && is_region(&mentions[i - 1]))
                || (i + 1 < mentions.len()
                    && listed_together(doc, &mentions[i], &mentions[i + 1])
                    && is_region(&mentions[i + 1]));
            if beside_region {
                mentions[i].kind = MentionKind::KnownPlace(region);
            }
        }
    }
}

/// "the Colombian border town of Villa del Rosario", "the Haitian city of X": the country
/// whose demonym comes before a town's name, with a word for a town between.
pub(super) fn demonym_before_town<'g>(g: &'g Gazetteer, doc: &Doc, m: &Mention) -> Option<&'g str> {
    let sentence = doc.sentences[m.sentence].tokens.clone();
    let mut town_word = false;
    for t in (sentence.start..m.tokens.start).rev().take(5) {
        let word = doc.folded(t);
        if is_cap(doc, t) {
            let country = g.demonym(word)?;
            return town_word
                .then(|| g.places[country].country.as_deref())
                .flatten();
        }
        town_word |= g.is_trigger(TriggerKind::CityContext, word);
    }
    None
}

/// "US-Mexico border": both countries are places; the border is a landmark. The parts may be
/// written as separate tokens ("U.S." "-" "Mexico") and as demonyms ("the Costa
/// Rican-Panamanian border", where only the border is a place).
pub(super) fn hyphenated_places(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    let joined = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    for i in sentence.clone() {
        if !is_cap(doc, i) {
            continue;
        }
        let t = doc.token_text(i);
        // "Haiti's Nord-Ouest department": one place's name, not two.
        if t.contains(['-', '–']) && g.place(&fold(t)).is_some() {
            continue;
        }
        // The pair's tokens and, for a pair inside one token, its parts.
        let (span, parts): (Range<usize>, Vec<&str>) = if t.contains(['-', '–']) {
            (i..i + 1, t.split(['-', '–']).collect())
        } else if i + 2 < sentence.end
            && doc.token_text(i + 1) == "-"
            && joined(i, i + 1)
            && joined(i + 1, i + 2)
            && is_cap(doc, i + 2)
        {
            (i..i + 3, vec![t, doc.token_text(i + 2)])
        } else {
            continue;
        };
        if parts.len() < 2 {
            continue;
        }
        let places: Vec<Option<usize>> = parts.iter().map(|p| g.place(&fold(p))).collect();
        // "the Juárez-Lincoln International Bridge": a landmark's name, not two places (but
        // "the U.S.-Mexico border" is between two).
        let word_after = |k: usize| {
            if span.end + k < sentence.end {
                doc.folded(span.end + k)
            } else {
                ""
            }
        };
        let heads = g.triggers(TriggerKind::LandmarkHead);
        let names_a_landmark = word_after(0) != "border"
            && (heads.contains(word_after(0))
                || (word_after(0) == "international" && heads.contains(word_after(1))));
        // "Nathaniel Brooks-Ocampo", then "Brooks-Ocampo said": a person's surname.
        if places.iter().all(Option::is_some)
            && span.len() == 1
            && !names_a_landmark
            && !ends_a_name_told_before(doc, &span, out)
        {
            for (p, part) in places.iter().flatten().zip(&parts) {
                push(
                    out,
                    doc,
                    si,
                    span.clone(),
                    MentionKind::KnownPlace(*p),
                    "hyphenated-place",
                    0.8,
                );
                // Each place is named by its own part ("Guatemala"), not the whole token.
                if let Some(mention) = out.last_mut() {
                    mention.text = part.to_string();
                }
            }
        }
        if span.end >= sentence.end || doc.folded(span.end) != "border" {
            continue;
        }
        // "Costa Rican": a first part may end a name that starts one word before.
        let mut first = span.start;
        let names_place = |part: &str| {
            let key = fold(part);
            g.place(&key).is_some() || g.demonym(&key).is_some()
        };
        if !names_place(parts[0]) && first > sentence.start && is_cap(doc, first - 1) {
            let longer = format!("{} {}", doc.token_text(first - 1), parts[0]);
            if names_place(&longer) {
                first -= 1;
            }
        }
        let all_named = parts[1..].iter().all(|p| names_place(p))
            && (names_place(parts[0]) || first < span.start);
        if all_named {
            push(
                out,
                doc,
                si,
                first..span.end + 1,
                MentionKind::NewPlace(PlaceKind::Landmark),
                "hyphenated-border",
                0.8,
            );
        }
    }
}

/// "the Zaatari camp", "the Nyakabande transit centre", "the Nakivale settlement": a camp named
/// in lower case after its capitalised name is run as a body, by the name and the head
/// together. (Not "the Syrian camp": a people's word names none; nor "the UNHCR transit
/// centre", a known body's.)
pub(super) fn named_camps(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    for head in sentence.start + 2..sentence.end {
        let word = doc.folded(head);
        let kind_before = |t: usize| matches!(doc.folded(t), "refugee" | "transit" | "reception");
        let is_head = !is_cap(doc, head)
            && (matches!(word, "camp" | "settlement")
                || (matches!(word, "centre" | "center") && kind_before(head - 1)));
        if !is_head {
            continue;
        }
        let name_end = if kind_before(head - 1) && !is_cap(doc, head - 1) {
            head - 1
        } else {
            head
        };
        let Some(start) = capitalised_run_start(doc, sentence.start, name_end) else {
            continue;
        };
        // (Nor "the UNHCR transit centre", "a BGB camp": a body's own post.)
        let one_word = name_end - start == 1;
        let is_a_people = one_word && g.demonym(doc.folded(start)).is_some();
        let a_bodys = one_word && is_acronym(doc.token_text(start))
            || g.org(&key(doc, start..name_end)).is_some();
        if start == sentence.start || name_end - start > 3 || is_a_people || a_bodys {
            continue;
        }
        push(
            out,
            doc,
            si,
            start..head + 1,
            MentionKind::Org(None),
            "named-camp",
            0.6,
        );
    }
}
