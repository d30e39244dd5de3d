//! Typing a capitalised run: what its segments are (title, place, body, name) and what the
//! words around it say, down to the office a title names and the place it serves.

use super::*;

/// Whether a word before a body's noun makes it a criminal or armed one, which is no
/// organisation here ("a drug-trafficking organisation", "an armed group").
pub(super) fn is_criminal(w: &str) -> bool {
    [
        "traffick",
        "criminal",
        "smuggl",
        "armed",
        "guerrilla",
        "paramilitar",
    ]
    .iter()
    .any(|stem| w.contains(stem))
}

/// Whether a body's noun (`org_cue`) stands in apposition to `run`: ", an Ecuadorian migrant
/// group based in Madrid" after it, or "a local volunteer network," before it. Between the
/// article and the noun, up to three words that are neither function words nor names'
/// capitals other than a demonym; after the noun, no more of a noun phrase ("a migrant group
/// leader", "a migrant group's coordinator" tell of a person). Not a criminal one: gangs and
/// cartels are no organisations here.
pub(super) fn org_apposition(
    g: &Gazetteer,
    doc: &Doc,
    run: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let word = |t: usize| doc.tokens[t].kind == TokenKind::Word;
    let modifier = |t: usize| {
        word(t)
            && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t))
            && (!is_cap(doc, t) || g.demonym(doc.folded(t)).is_some())
            && !is_criminal(doc.folded(t))
    };
    let is_article = |t: usize| matches!(doc.folded(t), "a" | "an");
    let noun_ends_phrase = |noun: usize| {
        noun + 1 >= sentence.end
            || (doc.tokens[noun + 1].kind == TokenKind::Punct
                && !matches!(doc.token_text(noun + 1), "'" | "’"))
            || g.is_trigger(TriggerKind::FunctionWord, doc.folded(noun + 1))
            || matches!(
                doc.folded(noun + 1),
                "based" | "founded" | "run" | "working"
            )
    };
    let cue = |t: usize| g.is_trigger(TriggerKind::OrgCue, doc.folded(t)) && !is_cap(doc, t);
    // After: ", an Ecuadorian migrant group".
    let after = run.end + 2 < sentence.end
        && doc.token_text(run.end) == ","
        && is_article(run.end + 1)
        && (run.end + 2..(run.end + 6).min(sentence.end))
            .take_while(|&t| cue(t) || modifier(t))
            .find(|&t| cue(t))
            .is_some_and(noun_ends_phrase);
    // After an acronym: ", France's sea rescue society", ", France's refugee office": a
    // country's body, told by its noun.
    let countrys_body_after = run.len() == 1
        && is_acronym(doc.token_text(run.start))
        && run.end + 1 < sentence.end
        && doc.token_text(run.end) == ","
        && countrys_body_at(g, doc, run.end + 1, sentence).is_some();
    // Before: "a local volunteer network, X", "a Deming church group, X" (a place may say
    // whose).
    let before = run.start >= sentence.start + 3
        && doc.token_text(run.start - 1) == ","
        && cue(run.start - 2)
        && {
            let mut t = run.start - 3;
            while t > sentence.start
                && t + 6 > run.start
                && (modifier(t) || (word(t) && is_cap(doc, t) && g.place(doc.folded(t)).is_some()))
                && !is_article(t)
            {
                t -= 1;
            }
            // ("In a recording the hotline, Alarm Phone, posted": "the" too, where the name
            // is no person's, and not after a preposition: "an Ethiopian in the group, Dawit
            // Bekele", "a member of the network, X".)
            is_article(t)
                || (doc.folded(t) == "the"
                    && (t == sentence.start
                        || !matches!(
                            doc.folded(t - 1),
                            "of" | "in"
                                | "from"
                                | "with"
                                | "for"
                                | "among"
                                | "to"
                                | "at"
                                | "by"
                                | "on"
                                | "within"
                                | "inside"
                        ))
                    && !g.is_given_name(doc.folded(run.start))
                    // (Nor a name that owns what follows: "about the group, Skerrit's office
                    // said".)
                    && !possessive_after(doc, run.end - 1))
        };
    after || countrys_body_after || before
}

/// Types one capitalised run.
pub(super) fn classify_run(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    run: Range<usize>,
    out: &mut Vec<Mention>,
) {
    // "Mexico's Navy": a body's head word alone after its country's possessive is that
    // country's known body of that name ("Mexican Navy"); `own_by_possessive_country` then
    // takes the possessive in.
    if run.len() == 1 && is_org_head(g, doc, run.start) {
        let body = possessor_end(doc, run.start, &sentence)
            .and_then(|end| country_ending_at(g, doc, end, &sentence))
            .and_then(|(_, country)| g.org_of_country(country, doc.folded(run.start)));
        if let Some(body) = body {
            push(
                out,
                doc,
                si,
                run,
                MentionKind::Org(Some(body)),
                "org-of-possessor",
                0.8,
            );
            return;
        }
    }
    // "operated by the energy company Edison": a firm named after its kind, no town (nor a
    // body this graph holds). So is "Edison said" or "Edison's crew" later on.
    let after_firm_word = |t: usize| {
        t > 0
            && matches!(
                doc.token_text(t - 1),
                "company" | "firm" | "operator" | "carrier" | "airline" | "contractor"
            )
    };
    let speaks_or_owns = run.end < sentence.end
        && (g.is_trigger(TriggerKind::SpeechVerb, doc.folded(run.end))
            || possessive_after(doc, run.end - 1));
    let firm_told_before = || {
        (1..run.start.saturating_sub(run.len())).any(|t| {
            after_firm_word(t)
                && (0..run.len()).all(|k| doc.folded(t + k) == doc.folded(run.start + k))
                && !(t + run.len() < doc.tokens.len() && is_cap(doc, t + run.len()))
        })
    };
    if (run.start > sentence.start && after_firm_word(run.start))
        || (speaks_or_owns && firm_told_before())
    {
        return;
    }
    let mut segs = segments(g, doc, run.clone());
    // "the Royal Netherlands Marechaussee (KMar)": a name given a short form in brackets right
    // after it is a body's, whatever place its words name.
    if run.len() >= 2
        && short_form_in_brackets(g, doc, run.end, &sentence)
        && !g.is_given_name(doc.folded(run.start))
        && segs.iter().any(|(s, _)| *s == Seg::Unknown)
        && segs
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_) | Seg::Demonym(_)))
    {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::Org(None),
            "named-with-short-form",
            0.6,
        );
        return;
    }
    // "the Paso del Norte bridge", "the Mariposa port of entry", "the Pedro de Alvarado border
    // crossing": a name the gazetteer does not know whole (though it may know a town in it)
    // before a landmark's head written in lower case.
    let unknown_name = segs.iter().any(|(s, _)| *s == Seg::Unknown)
        && segs
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_)));
    // "Lake Titicaca", "Mount Tacaná": a word that opens a landmark's name. So is "Cabo San
    // Antonio", though the gazetteer knows a town called "Cabo" and one called "San Antonio"
    // (but not "Cabo Rojo", a town it knows whole).
    let opens_landmark = (unknown_name
        || (segs.len() >= 2 && segs.iter().all(|(s, _)| matches!(s, Seg::Place(_)))))
        && run.len() >= 2
        && g.is_trigger(TriggerKind::LandmarkHeadFirst, doc.folded(run.start))
        // ("CABO DE PALOS, Spain (AP) —": a dateline names a town, unless its first word
        // opens an island's name.)
        && (g.is_trigger(TriggerKind::IslandHeadFirst, doc.folded(run.start))
            || !is_dateline_town(g, doc, &run, &sentence));
    // "the Gulf of Urabá", "the Bridge of the Americas", "the Isthmus of Tehuantepec": a
    // landmark's or a region's head first.
    // ("Cabo Delgado province", "River Nile state": a region named after the landmark.)
    let division_after = division_word_at(g, doc, run.end, &sentence);
    if opens_landmark && division_after {
        push(
            out,
            doc,
            si,
            run.clone(),
            MentionKind::NewPlace(PlaceKind::State),
            UNKNOWN_REGION_OF_A_KNOWN_TOWN,
            0.8,
        );
        return;
    }
    let head_first = if opens_landmark {
        Some((PlaceKind::Landmark, "landmark-head-first"))
    } else {
        (unknown_name && run.len() >= 3 && doc.folded(run.start + 1) == "of")
            .then(|| {
                let head = doc.folded(run.start);
                if g.is_trigger(TriggerKind::LandmarkHead, head) {
                    Some((PlaceKind::Landmark, "landmark-head-first"))
                } else if g.is_trigger(TriggerKind::RegionHead, head)
                    // "the Department of Natural Resources" is a body: a head that names
                    // bodies too heads a region only before a place ("Department of Cortés").
                    && (!g.is_trigger(TriggerKind::OrgHead, head)
                        || segs.iter().any(|(s, _)| matches!(s, Seg::Place(_))))
                {
                    Some((PlaceKind::State, "region-head-first"))
                } else {
                    None
                }
            })
            .flatten()
    };
    // "a beach in North Aceh regency": a compass word before a known region, then a word for
    // a division, names a division of its own (not the region it is named after).
    let compass_division = matches!(
        doc.folded(run.start),
        "north" | "south" | "east" | "west" | "central" | "upper" | "lower"
    ) && matches!(segs.as_slice(), [(Seg::Unknown, _), (Seg::Place(_), _)])
        && run.end < sentence.end
        && g.is_trigger(TriggerKind::StateContext, doc.folded(run.end));
    // "in Aceh Besar regency": a known region, then a word the gazetteer does not know and a
    // word for a division, names a division of its own, named after the region.
    let qualified_division = matches!(segs.as_slice(), [(Seg::Place(p), _), (Seg::Unknown, rest)]
        if rest.len() == 1
            && matches!(g.places[*p].kind, PlaceKind::State)
            && !g.is_trigger(TriggerKind::LandmarkHead, doc.folded(rest.start)))
        && division_word_at(g, doc, run.end, &sentence);
    // "San Pedro Mixtepec", "Santa María Tonameca": a saint's town the gazetteer knows, then
    // a word it does not, is a longer town's name (not the saint's town and another word).
    let saint_town = matches!(
        doc.folded(run.start),
        "san" | "santa" | "santo" | "sao" | "saint"
    ) && matches!(segs.as_slice(), [(Seg::Place(_), known), (Seg::Unknown, rest)]
        if known.len() == 2 && rest.len() == 1 && continues_a_name(g, doc.folded(rest.start)));
    let head_first = head_first
        .or(compass_division.then_some((PlaceKind::State, "compass-division")))
        .or(qualified_division.then_some((PlaceKind::State, "qualified-division")))
        .or(saint_town.then_some((PlaceKind::City, "saint-town")));
    if let Some((kind, rule)) = head_first {
        push(
            out,
            doc,
            si,
            run.clone(),
            MentionKind::NewPlace(kind),
            rule,
            0.7,
        );
        return;
    }
    // "COLCHANE, Chile, May 11 (AFP) -", "PASO CANOAS, Costa Rica": a dateline's town, written
    // before its country or state, which the gazetteer does not know whole.
    if unknown_name && is_dateline_town(g, doc, &run, &sentence) {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::NewPlace(PlaceKind::City),
            "dateline-town",
            0.7,
        );
        return;
    }
    // "the Leona Vicario shelter": a body named after someone, though a town bears the name too.
    // (Asked last: most runs are neither.)
    let after_someone = || run.len() > 1 && g.is_given_name(doc.folded(run.start));
    // "the San Ysidro port of entry": the landmark bears a village's name, which alone would
    // be known.
    let village_alone = matches!(segs.as_slice(), [(Seg::Place(p), _)] if g.is_village(*p));
    // "the Islam Qala crossing": a small town's name before "crossing" names the crossing, which
    // the story is about; a city's ("the Nogales crossing") is the city's.
    let small_town_crossing = matches!(segs.as_slice(), [(Seg::Place(p), _)]
            if g.places[*p].kind == PlaceKind::City && g.places[*p].population < SMALL_TOWN_POPULATION)
        && run.end < sentence.end
        && landmark_head_after(g, doc, run.end, &sentence)
            .is_some_and(|end| matches!(doc.folded(end - 1), "crossing" | "post"));
    // ("No crossing had been detected": a determiner opening the sentence names nothing.)
    let determiner = run.len() == 1
        && matches!(
            doc.folded(run.start),
            "no" | "any" | "each" | "every" | "another" | "this" | "that"
        );
    if (unknown_name || village_alone || small_town_crossing) && !determiner {
        // "the Canary island of El Hierro": one island of a known archipelago names it.
        let archipelago = (run.end < sentence.end && doc.folded(run.end) == "island")
            .then(|| g.place(&format!("{} islands", key(doc, run.clone()))))
            .flatten();
        if let Some(islands) = archipelago {
            push(
                out,
                doc,
                si,
                run,
                MentionKind::KnownPlace(islands),
                "island-of-archipelago",
                0.7,
            );
            return;
        }
        // ("an English-speaking island": a compound in lower case after its hyphen qualifies
        // the head, naming nothing.)
        // (Not "the Chirundu one-stop border post": a compound between the name and the head.)
        let compound_adjective = || {
            run.clone().any(|t| {
                doc.token_text(t)
                    .split_once('-')
                    .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()))
            })
        };
        // ("this Arctic port", "an Aegean island": after a determiner the name qualifies a
        // head that names nothing.)
        let described = run.start > sentence.start
            && matches!(doc.folded(run.start - 1), "this" | "that" | "a" | "an");
        if let Some(end) = landmark_head_after(g, doc, run.end, &sentence)
            .filter(|_| !described && !compound_adjective())
        {
            push(
                out,
                doc,
                si,
                run.start..end,
                MentionKind::NewPlace(PlaceKind::Landmark),
                "landmark-head-after",
                0.7,
            );
            return;
        }
    }
    // "Los Planes de Gualaca", "San Sebastián de la Gomera": a town's name joined to more of
    // the name by "de" is part of a longer name, not that town. (Not after a given name or
    // opening on one: "Juan Camilo Restrepo de la Cruz", "Marina del Pilar Ávila" are people.)
    let de = |t: usize| matches!(doc.folded(t), "de" | "del");
    let town_runs_on = segs.iter().any(|(seg, r)| {
        matches!(seg, Seg::Place(p) if g.places[*p].kind == PlaceKind::City)
            && !(run.start..=r.start).any(|t| g.is_given_name(doc.folded(t)))
            && ((r.end < run.end && de(r.end)) || (r.start > run.start && de(r.start - 1)))
    });
    if town_runs_on {
        // What the words around it make of the longer name, else a town of that name.
        let read_before = out.len();
        unknown(g, doc, si, &sentence, run.clone(), out);
        if out[read_before..].iter().all(|m| m.rule == UNRESOLVED_NAME) {
            out.truncate(read_before);
            push(
                out,
                doc,
                si,
                run,
                MentionKind::NewPlace(PlaceKind::City),
                "town-name-runs-on",
                0.6,
            );
        }
        return;
    }
    // "PASO CANOAS, Costa Rica — ... at Paso Canoas": a name read as a new place before in the
    // article is that place again.
    if unknown_name {
        let named_before = out.iter().find_map(|m| match m.kind {
            MentionKind::NewPlace(kind) if same_words(doc, m.tokens.clone(), run.clone()) => {
                Some(kind)
            }
            _ => None,
        });
        if let Some(kind) = named_before {
            push(
                out,
                doc,
                si,
                run,
                MentionKind::NewPlace(kind),
                "place-named-before",
                0.6,
            );
            return;
        }
        // "the hotline, Alarm Phone, posted ... Alarm Phone said": so is a body's name.
        // (Not a short name, which stands only where it stands for a body named in full.)
        let body_named_before = out.iter().any(|m| {
            matches!(m.kind, MentionKind::Org(None))
                && m.rule != "acronym"
                && same_words(doc, m.tokens.clone(), run.clone())
        });
        if body_named_before {
            push(
                out,
                doc,
                si,
                run,
                MentionKind::Org(None),
                "body-named-before",
                0.6,
            );
            return;
        }
    }
    // Named after someone, it is not that person either.
    let after_the = run.start > sentence.start && doc.folded(run.start - 1) == "the";
    if after_the
        && run.end < sentence.end
        && !is_cap(doc, run.end)
        && g.is_trigger(TriggerKind::OrgHeadAfter, doc.folded(run.end))
        && (unknown_name || after_someone())
    {
        // "the Casa de Passagem Fronteira shelter": a name that says it is a body's already
        // is the whole name.
        let named_a_body = run.clone().any(|t| is_org_head(g, doc, t));
        push(
            out,
            doc,
            si,
            run.start..run.end + usize::from(!named_a_body),
            MentionKind::Org(None),
            "org-head-after",
            0.7,
        );
        return;
    }
    // "the Simón Bolívar and Francisco de Paula Santander bridges": names before a landmark's
    // head in the plural, each a landmark.
    // (Not a word capitalised because it opens the sentence: "Rough seas strand 70".)
    if run.start > sentence.start
        && before_plural_landmark_head(g, doc, &run, &sentence)
        && (unknown_name || after_someone())
    {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::NewPlace(PlaceKind::Landmark),
            "landmarks-head-after",
            0.7,
        );
        return;
    }
    // "Ciudad Pedro de Alvarado", "Matthew Town", "Ruiz Cortines, the Mexican town that ...":
    // a town the gazetteer lacks, named so or told so right after.
    let town_after = || {
        let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
        let mut t = run.end;
        if word(t) != "," || word(t + 1) != "the" {
            return false;
        }
        t += 2;
        if is_cap(doc, t) && g.demonym(word(t)).is_some() {
            t += 1;
        }
        // ("X, the border town", not "X, the Border Force's commander", nor "X, the
        // village's elected head".)
        (matches!(word(t), "town" | "city" | "village") || (word(t) == "border" && !is_cap(doc, t)))
            && !possessive_after(doc, t)
    };
    if run.len() >= 2
        // (Not a known name's first word: "the Puerto Rico Police Bureau"; nor a port the
        // article names as one: "the Puerto Chiapas port".)
        && ((g.is_trigger(TriggerKind::CityHead, doc.folded(run.start))
            && segs[0].0 == Seg::Unknown
            && !doc.token_text(run.end - 1).contains('-')
            && !named_as_landmark(g, doc, &run))
            || g.is_trigger(TriggerKind::CityHeadLast, doc.folded(run.end - 1))
            || town_after())
        && (unknown_name || after_someone())
    {
        // "Marsh Harbour" is a town, but "the Grand Harbour" the water: a town takes no
        // article (anywhere the article writes the name: a headline drops it).
        let the_harbour =
            matches!(doc.folded(run.end - 1), "harbour" | "harbor") && written_after_the(doc, &run);
        let (kind, rule) = if the_harbour {
            (PlaceKind::Landmark, "harbour-named")
        } else {
            (PlaceKind::City, "town-named")
        };
        push(out, doc, si, run, MentionKind::NewPlace(kind), rule, 0.7);
        return;
    }
    // "the commune of General Lagos", "the town of General Cepeda": a place named after an
    // officer's rank or a president, where only a place can stand.
    // (Read as any unknown name there is: `unknown` tells the town from the region.)
    if matches!(segs.first(), Some((Seg::Title(_), _)))
        && run.start >= sentence.start + 2
        && doc.folded(run.start - 1) == "of"
        && {
            let before2 = doc.folded(run.start - 2);
            before2 != "capital"
                && (g.is_trigger(TriggerKind::StateContext, before2)
                    || g.is_trigger(TriggerKind::CityContext, before2))
        }
    {
        unknown(g, doc, si, &sentence, run, out);
        return;
    }
    // "San Remo Mayor Ana Ruiz": a town the gazetteer lacks, named before a mayor's title;
    // the rest of the run is read as if it started with the title.
    if let [(Seg::Unknown, town), (Seg::Title(t), _), _, ..] = segs.as_slice() {
        if town.start == run.start
            && town.len() <= 3
            && town.clone().all(|k| is_cap(doc, k))
            && matches!(
                fold(&g.titles[*t].title).to_lowercase().as_str(),
                "mayor" | "municipal president"
            )
        {
            let town = town.clone();
            push(
                out,
                doc,
                si,
                town.clone(),
                MentionKind::NewPlace(PlaceKind::City),
                "town-before-mayor",
                0.7,
            );
            classify_run(g, doc, si, sentence, town.end..run.end, out);
            return;
        }
    }
    let places_in_title = absorb_office_words(g, doc, &mut segs);
    // Official: [place|demonym|org]* title+ name.
    if let Some(first_title) = segs.iter().position(|(s, _)| matches!(s, Seg::Title(_))) {
        let modifiers = &segs[..first_title];
        if modifiers
            .iter()
            .all(|(s, _)| matches!(s, Seg::Place(_) | Seg::Demonym(_) | Seg::Org(_)))
        {
            let mut last_title = first_title;
            while last_title + 1 < segs.len() && matches!(segs[last_title + 1].0, Seg::Title(_)) {
                last_title += 1;
            }
            let title_range = segs[first_title].1.start..segs[last_title].1.end;
            let name_start = title_range.end;
            let name_range = name_start..run.end;
            // "Minister García": a town's name right after a title is a surname; a country,
            // state or body is not ("Governor Texas"), nor any place after "of" or "to" ("the
            // Mayor of Tijuana said").
            let mut rest = &segs[last_title + 1..];
            // (After a title, what follows "of" or "to" is the office's field or post, never
            // its holder.)
            let after_particle = matches!(rest.first(), Some((Seg::Unknown, r))
                if matches!(doc.folded(r.start), "of" | "to"));
            let particle = after_particle && rest.len() == 2 && rest[0].1.len() == 1;
            if particle {
                rest = &rest[1..];
            }
            let name_is_place = rest.len() == 1
                && match rest[0].0 {
                    Seg::Place(p) => particle || g.places[p].kind != PlaceKind::City,
                    Seg::Org(_) | Seg::Demonym(_) => true,
                    _ => false,
                };
            // "Quebec Premier X": the province, not its capital.
            let as_region = |p: usize, r: &Range<usize>| {
                (g.places[p].kind == PlaceKind::City
                    && read_as_region(g, doc, r.clone(), &sentence))
                .then(|| g.place_named_as(&key(doc, r.clone()), &[PlaceKind::State]))
                .flatten()
                .unwrap_or(p)
            };
            let modifiers: Vec<(Seg, Range<usize>)> = modifiers
                .iter()
                .map(|(s, r)| match s {
                    Seg::Place(p) => (Seg::Place(as_region(*p, r)), r.clone()),
                    _ => (s.clone(), r.clone()),
                })
                .collect();
            // "El Paso County Judge X": the county, named after its seat; the office serves
            // the county, so the seat's country, not the seat. (Not "Texas State Senator":
            // a state before a title that starts "State" is the state.)
            let names_county = |p: usize, r: &Range<usize>| {
                g.places[p].kind == PlaceKind::City
                    && r.end == title_range.start
                    && g.is_trigger(TriggerKind::RegionHead, doc.folded(r.end))
            };
            // A county's office that only one country has ("County Sheriff") says whose it
            // is better than a seat named like a town abroad ("Imperial", also in Peru).
            let office_country = || {
                g.title(&key(doc, title_range.clone()))
                    .and_then(|t| g.title_default_countries(t).next())
            };
            let mut affiliation: Vec<Affiliation> = modifiers
                .iter()
                .filter_map(|(s, r)| match s {
                    Seg::Place(p) if names_county(*p, r) => office_country()
                        .or_else(|| g.country_of(*p))
                        .map(Affiliation::Place),
                    // "European Council President": no office serves a continent; the union
                    // of its states does, where one is known ("European Union").
                    Seg::Demonym(p) if g.places[*p].kind == PlaceKind::WorldRegion => g
                        .org(&format!("{} union", key(doc, r.clone())))
                        .map_or(Affiliation::Place(*p), Affiliation::Org)
                        .into(),
                    Seg::Place(p) | Seg::Demonym(p) => Some(Affiliation::Place(*p)),
                    Seg::Org(o) => Some(Affiliation::Org(*o)),
                    _ => None,
                })
                .collect();
            // "Mexico's President ..." : the possessive before the run.
            if modifiers.is_empty() {
                affiliation.extend(possessive_place_before(g, doc, run.start, &sentence));
            }
            // "Myanmar's military government, led by Senior General X": who leads a country's
            // body serves that country.
            if affiliation.is_empty() {
                affiliation.extend(leader_of_possessors_body(g, doc, run.start, &sentence));
            }
            for (s, _) in &segs[first_title..=last_title] {
                if let Seg::Org(o) = s {
                    affiliation.push(Affiliation::Org(*o));
                }
            }
            // The place a title runs through: served ("Governor of Sonora"), or only where the
            // office is ("Ambassador to Honduras"); a place named either way.
            for p in places_in_title {
                let kind = match p.place {
                    Some(place) => {
                        if p.served {
                            affiliation.push(Affiliation::Place(place));
                        }
                        MentionKind::KnownPlace(place)
                    }
                    None => MentionKind::NewPlace(PlaceKind::State),
                };
                push(out, doc, si, p.tokens, kind, "place-in-title", 0.8);
            }
            for (s, r) in &modifiers {
                match s {
                    Seg::Place(p) if names_county(*p, r) => push(
                        out,
                        doc,
                        si,
                        r.start..r.end + 1,
                        MentionKind::NewPlace(PlaceKind::State),
                        "place-in-title",
                        0.8,
                    ),
                    Seg::Place(p) => push(
                        out,
                        doc,
                        si,
                        r.clone(),
                        MentionKind::KnownPlace(*p),
                        "place-in-title",
                        0.8,
                    ),
                    // ("U.N. High Commissioner for Refugees X", "U.N. Secretary-General X": the
                    // U.N. before an office of its own system qualifies the office, which news
                    // does not count as naming the body; the holder still serves it.)
                    Seg::Org(o) if g.orgs[*o].id == "un" => {}
                    Seg::Org(o) => push(
                        out,
                        doc,
                        si,
                        r.clone(),
                        MentionKind::Org(Some(*o)),
                        "org-in-title",
                        0.8,
                    ),
                    _ => {}
                }
            }
            // "Justice Human Rights Network", "General Directorate of Migration": a body whose
            // name starts with a title word.
            // So is "Directorate General of Migration".
            // "Ministry of Justice and Public Security": what follows the title starts in lower
            // case, so it is no holder's name but the rest of the body's.
            let name_starts_lower = !name_range.is_empty() && !is_cap(doc, name_range.start);
            let head_at = if after_particle || name_starts_lower {
                run.clone()
            } else {
                name_range.clone()
            };
            if !name_range.is_empty()
                && head_at.clone().any(|t| is_org_head(g, doc, t))
                && matches!(segs.last(), Some((Seg::Unknown, _)))
            {
                push(
                    out,
                    doc,
                    si,
                    run.clone(),
                    MentionKind::Org(None),
                    "head-word",
                    0.7,
                );
                return;
            }
            // "the Ambassador Bridge": after "the", a title and a landmark's head alone name
            // the landmark.
            if name_range.len() == 1
                && run.start > sentence.start
                && doc.folded(run.start - 1) == "the"
                && g.is_trigger(TriggerKind::LandmarkHead, doc.folded(name_range.start))
            {
                push(
                    out,
                    doc,
                    si,
                    run.clone(),
                    MentionKind::NewPlace(PlaceKind::Landmark),
                    "title-landmark",
                    0.7,
                );
                return;
            }
            // "General Security's post": a title word before a body's field alone names the
            // body, not a person called Security.
            if !name_range.is_empty()
                && name_range.len() <= 2
                && name_range
                    .clone()
                    .all(|t| g.is_trigger(TriggerKind::BodyField, doc.folded(t)))
            {
                push(
                    out,
                    doc,
                    si,
                    run.clone(),
                    MentionKind::Org(None),
                    "title-field-body",
                    0.6,
                );
                return;
            }
            if !name_range.is_empty() && !name_is_place && !after_particle && !name_starts_lower {
                // "state Sen. Dale Brannock": the state's office, not the nation's.
                let of_a_state = title_range.start > sentence.start
                    && doc.token_text(title_range.start - 1) == "state";
                let title_start = title_range.start - usize::from(of_a_state);
                let title = doc.span_text(title_start..title_range.end).to_string();
                affiliation.extend(of_place_after(g, doc, run.end, &sentence));
                if affiliation.is_empty() {
                    affiliation.extend(role_country_before(g, doc, run.start, &sentence));
                }
                push(
                    out,
                    doc,
                    si,
                    name_range,
                    MentionKind::Person {
                        title: Some(title),
                        affiliation,
                    },
                    "title-name",
                    0.9,
                );
                return;
            }
            if !name_range.is_empty() {
                // "President of Mexico" style runs end in a place: the place still counts.
                classify_segments(g, doc, si, &sentence, &segs[last_title + 1..], out);
                return;
            }
            // A run that is a title alone, set off by commas: "Panama's Minister of Public
            // Security, Ana Ruiz,"; "Ana Ruiz, the Minister of Public Security, said".
            // (Not an office named in a possessive: "the President's office".)
            if !possessive_after(doc, run.end - 1) {
                // The title may go on past the run: "Minister of the Interior".
                let mut keys = PrefixKeys::default();
                let longest = longest_title(g, doc, &mut keys, title_range.start, sentence.end);
                let title_range =
                    title_range.start..longest.map_or(0, |t| t.end).max(title_range.end);
                if let Some((name, _, more)) = title_holder(g, doc, &title_range, &sentence) {
                    for a in more {
                        if !affiliation.contains(&a) {
                            affiliation.push(a);
                        }
                    }
                    push(
                        out,
                        doc,
                        si,
                        name,
                        MentionKind::Person {
                            title: Some(doc.span_text(title_range).to_string()),
                            affiliation,
                        },
                        "title-apposition",
                        0.8,
                    );
                }
            }
            return;
        }
    }
    // "Yordani Ruiz Castillo, 31, a welder", "Lempira Matamoros, 23,": a name given an age is a
    // person's, whatever places its words also name.
    // So is one a speech verb names, described after: "said Chikondi Banda, a former
    // security guard".
    let described_speaker = run.start > sentence.start
        && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(run.start - 1))
        && run.end + 1 < sentence.end
        && doc.token_text(run.end) == ","
        && matches!(doc.folded(run.end + 1), "a" | "an");
    let aged = (age_follows(doc, run.end, &sentence) || described_speaker)
        && (2..=5).contains(&run.len())
        && (segs.iter().any(|(s, _)| *s == Seg::Unknown)
            || (segs.len() >= 2 && segs.iter().all(|(s, _)| matches!(s, Seg::Place(_)))));
    if aged {
        unknown(g, doc, si, &sentence, run, out);
        return;
    }
    // "De León Robles said": the end of a person's name told before is that person, whatever
    // places its words name.
    if run.len() >= 2
        && segs.iter().any(|(s, _)| matches!(s, Seg::Place(_)))
        && ends_a_name_told_before(doc, &run, out)
    {
        push(out, doc, si, run, untitled_person(), "end-of-name", 0.7);
        return;
    }
    // The whole run one known thing.
    if segs.len() == 1 && segs[0].0 != Seg::Unknown {
        classify_segments(g, doc, si, &sentence, &segs, out);
        return;
    }
    // "the community of Álvaro Obregón": context makes it a place even with a given name.
    let before = prev_word(doc, run.start, &sentence).unwrap_or_default();
    let before2 = if run.start >= sentence.start + 2 {
        doc.folded(run.start - 2)
    } else {
        Default::default()
    };
    if before == "of"
        && g.is_trigger(TriggerKind::CityContext, before2)
        && segs.iter().all(|(s, _)| *s == Seg::Unknown)
    {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::NewPlace(place_with_a_town(before2)),
            "town-of",
            0.8,
        );
        return;
    }
    // "the group Caminantes del Sur", "a group called Caminantes de Cortés": a name a body's
    // noun introduces (not "the group Ana Ruiz led").
    let called = match run.start.checked_sub(1).map(|t| doc.folded(t)) {
        Some("called" | "named") => 1,
        Some("as") if run.start >= 2 && doc.folded(run.start - 2) == "known" => 2,
        _ => 0,
    };
    let noun = run.start.saturating_sub(1 + called);
    // ("the aid group Grupa Granica", "the rights network X": a word or two may say what
    // kind of body.)
    let article_before_noun = || {
        (noun.saturating_sub(3)..noun)
            .rev()
            .take_while(|&t| t > sentence.start)
            .find_map(|t| match doc.folded(t) {
                "the" | "a" | "an" => Some(true),
                w if doc.tokens[t].kind == TokenKind::Word
                    && !is_cap(doc, t)
                    && !g.is_trigger(TriggerKind::FunctionWord, w)
                    && !is_criminal(w) =>
                {
                    None
                }
                _ => Some(false),
            })
            == Some(true)
    };
    if run.len() <= 6
        && noun > sentence.start
        && !is_cap(doc, noun)
        && g.is_trigger(TriggerKind::OrgCue, doc.folded(noun))
        && article_before_noun()
        && !g.is_given_name(doc.folded(run.start))
        && segs
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_)))
    {
        push(out, doc, si, run, MentionKind::Org(None), "org-cue", 0.6);
        return;
    }
    // "Rumiñahui, an Ecuadorian migrant group based in Madrid", "a local volunteer network,
    // Manos del Zarumilla,": a name a body's noun stands in apposition to.
    if run.len() <= 6
        && segs
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_)))
        && org_apposition(g, doc, &run, &sentence)
    {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::Org(None),
            "org-apposition",
            0.6,
        );
        return;
    }
    // "Casa Fray Marcos", "Colectivo Soconusco": a name that starts with its head word, as
    // Spanish names do, is a body (unless the head is a known name's first word, as in
    // "Border Patrol", which the segments already read).
    // ("Fundación Esmeraldas Solidaria": the head word is a town's name too. Not "the Red
    // Sea", whose last word says it is a landmark.)
    if (2..=5).contains(&run.len())
        && is_org_head(g, doc, run.start)
        && !g.is_trigger(TriggerKind::LandmarkHead, doc.folded(run.end - 1))
        && (segs[0].0 == Seg::Unknown || matches!(segs[0].0, Seg::Place(_)) && segs[0].1.len() == 1)
        && segs[1..]
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_)))
    {
        push(out, doc, si, run, MentionKind::Org(None), "head-first", 0.6);
        return;
    }
    // "County Louth", "County Durham": the county, named as Ireland and Britain write it (not
    // the town of Louth).
    if (2..=3).contains(&run.len())
        && doc.token_text(run.start) == "County"
        && !segs
            .iter()
            .any(|(s, _)| matches!(s, Seg::Title(_) | Seg::Org(_)))
    {
        let kind = match segs.as_slice() {
            [_, (Seg::Place(p), _)] if g.places[*p].kind == PlaceKind::State => {
                MentionKind::KnownPlace(*p)
            }
            _ => MentionKind::NewPlace(PlaceKind::State),
        };
        push(out, doc, si, run, kind, "county-first", 0.7);
        return;
    }
    // A person by given name: "Jonás Sosa", "Luis Rey García Villagrán".
    let first = doc.folded(run.start);
    // "Ministry of Foreign Affairs", "Centre for Returned Migrants": a head word joined by a
    // particle to more capitalised words names a body.
    let joined_org = run.len() >= 3
        && run.clone().any(|t| {
            is_org_head(g, doc, t) && t + 1 < run.end && matches!(doc.folded(t + 1), "of" | "for")
        });
    // "the Dennis DeConcini Port of Entry": a landmark's head of several words ends the run.
    let landmark_head_of_words = g
        .triggers(TriggerKind::LandmarkHead)
        .longest_ending_at(|t| doc.folded(t), run.start + 1, run.end - 1)
        .is_some_and(|words| words > 1);
    // "the Finnmark Police District": a unit's head after a body's ends the body's unit's name.
    let unit_of_a_body =
        run.len() >= 3 && is_unit_head(g, doc, run.end - 1) && is_org_head(g, doc, run.end - 2);
    let last_is_head =
        is_head(g, doc, run.end - 1) || joined_org || landmark_head_of_words || unit_of_a_body;
    // "the Border Patrol's Yuma Sector": a unit's name, though "Yuma" is a given name too.
    let ends_name = !last_is_head && !is_unit_head(g, doc, run.end - 1);
    // "run by the Chol Maya": a person's name takes no article.
    let after_article = prev_word(doc, run.start, &sentence).is_some_and(|w| w == "the");
    // ("reached Vega A, a platform": no one's name ends in a letter alone, unstopped.)
    let ends_in_a_letter = doc.token_text(run.end - 1).len() == 1;
    let given_name_first = run.len() >= 2
        && g.is_given_name(first)
        && ends_name
        && !matches!(
            segs[0].0,
            Seg::Place(_) | Seg::Org(_) | Seg::Demonym(_) | Seg::Title(_)
        );
    // "Victoria Pérez": a given name that is a town's too.
    let given_name_of_a_town_first = run.len() >= 2
        && g.is_given_name(first)
        && matches!(segs[0].0, Seg::Place(_))
        && segs[0].1.len() == 1
        && ends_name
        && segs.len() >= 2;
    // "Wualdo Mejicanos, a Honduran bricklayer": a name the list does not know, whose surname
    // is a town's, described right after as someone.
    let unknown_then_town = (2..=3).contains(&run.len())
        && segs.len() == 2
        && segs[0].0 == Seg::Unknown
        && matches!(segs[1], (Seg::Place(_), ref r) if r.len() == 1)
        && described_as_someone_after(g, doc, run.end, &sentence);
    // ("from villages around Tal Kalakh, in Syria's Homs province": a name after a locative,
    // set in a known place after a comma, is a town's, whatever given name opens it.)
    // So is one called a town right after: "taken to Mae Usu, a village 20 km to the south".
    let before = prev_word(doc, run.start, &sentence).unwrap_or_default();
    let locative = LOCATIVES.contains(&before);
    let set_where = (locative && set_in_known_place(g, doc, run.end, &sentence))
        || ((locative || before == "to")
            && run.end < sentence.end
            && doc.folded(run.end) == ","
            && town_in_apposition(g, doc, run.end, &sentence));
    // "in Mae Hong Son province": a division's word in lower case after the name says whose
    // name it is. ("state" may be a verb after a plural subject, so it says nothing.)
    // "across the border near Wadi Halfa": no one is near a person, unless owned ("near
    // Ana Ruiz's house").
    let near_it = matches!(before, "near" | "outside")
        && !possessive_after(doc, run.end - 1)
        && run.end < sentence.end
        && matches!(doc.folded(run.end), "," | "and" | "." | "on" | "in" | "at");
    let region_head_after =
        division_word_at(g, doc, run.end, &sentence) && doc.folded(run.end) != "state";
    if !after_article
        && !set_where
        && !shore_of(doc, run.start, &sentence)
        && !region_head_after
        && !near_it
        && !ends_in_a_letter
        && (given_name_first || given_name_of_a_town_first || unknown_then_town)
        // (Nor where the story writes it before a landmark's head: "the checkpoint at Chong
        // Chom", "the Chong Chom checkpoint".)
        && !(locative && named_before_a_landmark_head(g, doc, &run))
    {
        push(
            out,
            doc,
            si,
            run.clone(),
            untitled_person(),
            "given-name",
            0.8,
        );
        return;
    }
    if near_it && !after_article && (given_name_first || given_name_of_a_town_first) {
        push(
            out,
            doc,
            si,
            run.clone(),
            MentionKind::NewPlace(PlaceKind::City),
            "town-near",
            0.5,
        );
        return;
    }
    // "the Border Patrol's El Paso Sector": a patrol unit named after its main town, which is
    // not where anyone in the story is.
    if run.len() >= 2
        && doc.token_text(run.end - 1) == "Sector"
        && matches!(segs.first(), Some((Seg::Place(_), r)) if r.end == run.end - 1)
    {
        return;
    }
    // A name whose last word is an organisation head: the whole run is the organisation,
    // including a demonym or place in front ("Honduran National Police").
    // The last segment may be the head word alone matching a gazetteer alias ("Airport").
    // "Federal Highway 2", "Interstate 10": a numbered road (see `runs`). So is "the A9
    // motorway": a road named by its letter and number, then its kind in lower case.
    let road = if run.len() >= 2
        && doc.tokens[run.end - 1].kind == TokenKind::Number
        && numbers_roads(doc.folded(run.end - 2))
    {
        Some(run.clone())
    } else if run.len() == 1 && run.end < sentence.end && names_a_road_by_code(doc, run.start) {
        Some(run.start..run.end + 1)
    } else {
        None
    };
    if let Some(road) = road {
        push(
            out,
            doc,
            si,
            road,
            MentionKind::NewPlace(PlaceKind::Landmark),
            "numbered-road",
            0.7,
        );
        return;
    }
    // "the Egyptian Red Crescent", "the Cambodian Red Cross": a nation's own society of a
    // movement the gazetteer knows without a country, named as written (the bare name, later,
    // is the same body).
    if let Some(((Seg::Org(o), _), before)) = segs.split_last() {
        let society = g.orgs[*o].country.is_none()
            && g.orgs[*o].kind == "ngo"
            && !before.is_empty()
            && before.iter().all(|(s, _)| matches!(s, Seg::Demonym(_)));
        if society {
            push(
                out,
                doc,
                si,
                run.clone(),
                MentionKind::Org(Some(*o)),
                "national-society",
                0.8,
            );
            return;
        }
    }
    if names_another_country_s_body(g, &segs) {
        push(
            out,
            doc,
            si,
            run.clone(),
            MentionKind::Org(None),
            "another-country-s-body",
            0.7,
        );
        return;
    }
    let last_known = matches!(segs.last(), Some((Seg::Place(_) | Seg::Org(_) | Seg::Title(_), r)) if r.len() > 1 || segs.len() == 1);
    if last_is_head && run.len() >= 2 && !last_known {
        let k = doc.folded(run.end - 1);
        // "the French Indian Ocean island", "a Pacific Ocean nation": an ocean's or a sea's
        // name before a word for land says where that land is, and names no place of its own.
        if matches!(k, "ocean" | "sea")
            && run.end < sentence.end
            && matches!(
                doc.folded(run.end),
                "island" | "islands" | "nation" | "nations" | "archipelago" | "country"
            )
        {
            return;
        }
        // "Belize's Immigration and Nationality Department": a body's name joined by "and".
        if let Some(start) = field_joined_before(g, doc, run.start, &sentence)
            .filter(|_| g.is_trigger(TriggerKind::OrgHead, k))
        {
            push(
                out,
                doc,
                si,
                start..run.end,
                MentionKind::Org(None),
                "joined-fields-body",
                0.7,
            );
            return;
        }
        let kind = if g.is_trigger(TriggerKind::LandmarkHead, k) || landmark_head_of_words {
            MentionKind::NewPlace(PlaceKind::Landmark)
        } else if g.is_trigger(TriggerKind::RegionHead, k)
            && (!g.is_trigger(TriggerKind::OrgHead, k)
                // ("the Immigration Services Department": not after a field or a body's head.)
                || (k == "department"
                    && !g.is_trigger(TriggerKind::BodyField, doc.folded(run.end - 2))
                    && !is_org_head(g, doc, run.end - 2)))
        {
            MentionKind::NewPlace(PlaceKind::State)
        } else {
            MentionKind::Org(None)
        };
        push(out, doc, si, run.clone(), kind, "head-word", 0.7);
        return;
    }
    classify_segments(g, doc, si, &sentence, &segs, out);
}

/// "Immigration and" before the name at `start` of "the Immigration and Nationality Department",
/// "Belize's Immigration and Nationality Department": one or two capitalised words of a field,
/// which no place or given name is, joined by "and" and opening the name after "the", a
/// possessive or the sentence's start. Where the body's name starts.
pub(super) fn field_joined_before(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    if start < sentence.start + 2 || doc.folded(start - 1) != "and" {
        return None;
    }
    let field_word = |t: usize| {
        is_cap(doc, t)
            && doc.tokens[t].kind == TokenKind::Word
            && g.place(doc.folded(t)).is_none()
            && g.demonym(doc.folded(t)).is_none()
            && !g.is_given_name(doc.folded(t))
    };
    let mut field_start = start - 1;
    while field_start > sentence.start && start - 1 - field_start < 2 && field_word(field_start - 1)
    {
        field_start -= 1;
    }
    let opens_name = field_start == sentence.start
        || doc.folded(field_start - 1) == "the"
        || (field_start >= sentence.start + 3 && possessive_after(doc, field_start - 3));
    // "the U.S. Fish and Wildlife Service": a country's name before the field opens the name.
    let owner = field_start.saturating_sub(1);
    let country_opens_name = !opens_name
        && is_cap(doc, owner)
        && (owner == sentence.start || doc.folded(owner - 1) == "the")
        && (g.demonym(doc.folded(owner)).is_some()
            || g.place(doc.folded(owner))
                .is_some_and(|p| g.places[p].kind == PlaceKind::Country));
    if field_start >= start - 1 {
        return None;
    }
    if country_opens_name {
        return Some(owner);
    }
    opens_name.then_some(field_start)
}

/// "the Dutch Caribbean Coast Guard", "the Texas National Guard": a body the gazetteer knows
/// by a generic name of one country's ("Coast Guard", the United States'), after the places or
/// demonyms of another, is that other country's own body.
pub(super) fn names_another_country_s_body(g: &Gazetteer, segs: &[(Seg, Range<usize>)]) -> bool {
    let Some(((Seg::Org(o), _), before)) = segs.split_last() else {
        return false;
    };
    let Some(own) = g.orgs[*o].country.as_deref().and_then(|iso| g.by_iso(iso)) else {
        return false;
    };
    let mut another = false;
    for (s, _) in before {
        let (Seg::Place(p) | Seg::Demonym(p)) = s else {
            return false;
        };
        match g.country_of(*p) {
            Some(c) if c == own => return false,
            // ("the Altona RCMP detachment": a town abroad named like the body's own is more
            // likely its namesake at home than another country's body.)
            Some(_) if matches!(s, Seg::Place(p) if g.places[*p].kind == PlaceKind::City) => {
                return false
            }
            Some(_) => another = true,
            None => {}
        }
    }
    another
}

/// Where a landmark's head written in lower case at token `at` ends: "bridge", "crossing",
/// "port of entry", "border crossing", "border post", "park".
/// Whether the article names the words of `run` anywhere before a landmark's head written in
/// lower case ("the Puerto Chiapas port").
pub(super) fn named_as_landmark(g: &Gazetteer, doc: &Doc, run: &Range<usize>) -> bool {
    let words = doc.folded_words(run.clone());
    doc.sentences.iter().any(|s| {
        (s.tokens.start..s.tokens.end.saturating_sub(words.len())).any(|t| {
            doc.folded_words(t..t + words.len()) == words
                && landmark_head_after(g, doc, t + words.len(), &s.tokens).is_some()
        })
    })
}

/// Whether the article writes the words of `run` after "the" somewhere.
pub(super) fn written_after_the(doc: &Doc, run: &Range<usize>) -> bool {
    let words = doc.folded_words(run.clone());
    (1..doc.tokens.len().saturating_sub(words.len() - 1))
        .any(|t| doc.folded(t - 1) == "the" && doc.folded_words(t..t + words.len()) == words)
}

pub(super) fn landmark_head_after(
    g: &Gazetteer,
    doc: &Doc,
    at: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    if at >= sentence.end || is_cap(doc, at) {
        return None;
    }
    match word(at) {
        "port" if word(at + 1) == "of" && word(at + 2) == "entry" => Some(at + 3),
        "border" if matches!(word(at + 1), "crossing" | "post" | "bridge") => Some(at + 2),
        "border" => None,
        // "the Gradina road crossing": a crossing for cars or trains, as a border one.
        "road" | "rail" | "railway" if word(at + 1) == "crossing" => Some(at + 2),
        // "the Chirundu one-stop border post": a hyphenated modifier of the head.
        w if w.contains('-')
            && word(at + 1) == "border"
            && matches!(word(at + 2), "crossing" | "post") =>
        {
            Some(at + 3)
        }
        "park" => Some(at + 1),
        // "Ana Ruiz crossing the river" is someone crossing it.
        "crossing" | "pass"
            if matches!(
                word(at + 1),
                "the" | "a" | "an" | "into" | "over" | "through"
            ) =>
        {
            None
        }
        w if g.is_trigger(TriggerKind::LandmarkHead, w) => Some(at + 1),
        _ => None,
    }
}

/// Whether the words of `run` end a longer person's name among the mentions found so far.
pub(super) fn ends_a_name_told_before(doc: &Doc, run: &Range<usize>, out: &[Mention]) -> bool {
    out.iter().any(|m| {
        matches!(m.kind, MentionKind::Person { .. })
            && m.tokens.len() > run.len()
            && same_words(doc, m.tokens.end - run.len()..m.tokens.end, run.clone())
    })
}

/// Whether two spans of the same length have the same folded words.
pub(super) fn same_words(doc: &Doc, a: Range<usize>, b: Range<usize>) -> bool {
    a.len() == b.len() && a.zip(b).all(|(a, b)| doc.folded(a) == doc.folded(b))
}

/// Whether the words of `run` stand anywhere in the text before a landmark's head ("the Chong
/// Chom checkpoint").
pub(super) fn named_before_a_landmark_head(g: &Gazetteer, doc: &Doc, run: &Range<usize>) -> bool {
    (0..doc.tokens.len().saturating_sub(run.len())).any(|t| {
        same_words(doc, t..t + run.len(), run.clone())
            && g.is_trigger(TriggerKind::LandmarkHead, doc.folded(t + run.len()))
    })
}

/// Whether the one word of `run` is a word after the first of a person's name told before.
pub(super) fn in_a_name_told_before(doc: &Doc, run: &Range<usize>, out: &[Mention]) -> bool {
    // (Not "On May 3": a month before a number is the month.)
    let before_a_number = doc
        .tokens
        .get(run.end)
        .is_some_and(|t| t.kind == TokenKind::Number);
    run.len() == 1
        && !before_a_number
        && out.iter().any(|m| {
            matches!(m.kind, MentionKind::Person { .. })
                && m.tokens.start < run.start
                && (m.tokens.start + 1..m.tokens.end)
                    .any(|t| doc.folded(t) == doc.folded(run.start))
        })
}

/// Whether a folded word is the plural of a trigger word of `kind` ("bridges", "states").
pub(super) fn is_plural_of(g: &Gazetteer, kind: TriggerKind, word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|w| g.is_trigger(kind, w))
}

/// From `end`, on over names listed ("and", commas, capitalised words) to a plural head that
/// `is_head` accepts: whether another name was listed on the way, or None when no such head
/// follows ("Kunduz and Nangarhar provinces").
pub(super) fn names_listed_up_to(
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
    is_head: impl Fn(&str) -> bool,
) -> Option<bool> {
    let mut listed = false;
    for t in end..sentence.end.min(end + 8) {
        match doc.folded(t) {
            "and" | "," => listed = true,
            w if is_head(w) => return Some(listed),
            _ if is_cap(doc, t) => {}
            _ => return None,
        }
    }
    None
}

/// Whether the name `r` is one of names listed before a plural head of regions ("the Hadiya
/// and Kembata zones"), listed with a name before it or after it.
pub(super) fn listed_before_plural_region_head(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let listed_before = r.start > sentence.start && matches!(doc.folded(r.start - 1), "and" | ",");
    names_listed_up_to(doc, r.end, sentence, |w| {
        is_plural_of(g, TriggerKind::StateContext, w) || w == "zones"
    })
    .is_some_and(|listed_after| listed_after || listed_before)
}

/// Whether a lowercase landmark head in the plural ("bridges", "crossings") follows `run`,
/// right after it or after "and" and one more capitalised name.
pub(super) fn before_plural_landmark_head(
    g: &Gazetteer,
    doc: &Doc,
    run: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let plural_head = |t: usize| {
        t < sentence.end
            && !is_cap(doc, t)
            && is_plural_of(g, TriggerKind::LandmarkHead, doc.folded(t))
    };
    if plural_head(run.end) {
        return true;
    }
    if run.end + 1 >= sentence.end || doc.folded(run.end) != "and" || !is_cap(doc, run.end + 1) {
        return false;
    }
    let mut t = run.end + 1;
    while t < sentence.end && t < run.end + 8 && !plural_head(t) {
        let particle = g.is_trigger(TriggerKind::NameParticle, doc.folded(t));
        if !is_cap(doc, t) && !particle {
            return false;
        }
        t += 1;
    }
    plural_head(t)
}

/// A place a title runs through: "Governor of Sonora" (`served`), "Ambassador to Honduras";
/// or a county the gazetteer does not know, named before a county's office ("Starr County
/// Judge"), with no `place`.
pub(super) struct PlaceInTitle {
    place: Option<usize>,
    tokens: Range<usize>,
    served: bool,
}

/// Unknown capitalised words right before a title, that are not a given name, belong to the
/// title: "Foreign Affairs Secretary", "Public Security Minister". A title followed by
/// "of Public Security" takes those words too when a given name follows them, and so does one
/// followed by "of" or "to" and a place; those places are returned.
pub(super) fn absorb_office_words(
    g: &Gazetteer,
    doc: &Doc,
    segs: &mut Vec<(Seg, Range<usize>)>,
) -> Vec<PlaceInTitle> {
    let mut places = Vec::new();
    let mut k = 0;
    while k < segs.len() {
        if let Seg::Title(_) = segs[k].0 {
            // (Not a given name, which is someone's, unless a region's head follows it:
            // "Luna County Sheriff", "Starr County Judge" are a county's.)
            let county_end = if g.is_trigger(TriggerKind::RegionHead, doc.folded(segs[k].1.start)) {
                Some(segs[k].1.start + 1)
            } else if k > 0
                && g.is_trigger(TriggerKind::RegionHead, doc.folded(segs[k - 1].1.end - 1))
            {
                Some(segs[k - 1].1.end)
            } else {
                None
            };
            if k > 0
                && segs[k - 1].0 == Seg::Unknown
                && (county_end.is_some()
                    || !segs[k - 1]
                        .1
                        .clone()
                        .any(|i| g.is_given_name(doc.folded(i))))
            {
                let start = segs[k - 1].1.start;
                if let Some(end) = county_end.filter(|&end| end >= start + 2) {
                    places.push(PlaceInTitle {
                        place: None,
                        tokens: start..end,
                        served: false,
                    });
                }
                segs[k].1.start = start;
                segs.remove(k - 1);
                k -= 1;
            }
            // "Governor of Sonora Alfonso Durazo", "Ambassador to Honduras Ana Ruiz": the title
            // runs through the place it is of or posted to, when a name follows.
            if k + 3 < segs.len()
                && segs[k + 1].0 == Seg::Unknown
                && segs[k + 1].1.len() == 1
                && matches!(doc.folded(segs[k + 1].1.start), "of" | "to")
                && segs[k + 3].0 == Seg::Unknown
            {
                if let Seg::Place(place) = segs[k + 2].0 {
                    places.push(PlaceInTitle {
                        place: Some(place),
                        tokens: segs[k + 2].1.clone(),
                        served: doc.folded(segs[k + 1].1.start) == "of",
                    });
                    segs[k].1.end = segs[k + 2].1.end;
                    segs.drain(k + 1..k + 3);
                }
            }
            // "Minister of Public Security Mario Zamora": the title runs up to the given name.
            if k + 1 < segs.len() && segs[k + 1].0 == Seg::Unknown {
                let r = segs[k + 1].1.clone();
                if doc.folded(r.start) == "of" || (r.start > 0 && doc.folded(r.start - 1) == "of") {
                    if let Some(given) = r.clone().find(|&i| g.is_given_name(doc.folded(i))) {
                        if given > r.start {
                            segs[k].1.end = given;
                            segs[k + 1].1.start = given;
                        }
                    }
                }
            }
        }
        k += 1;
    }
    places
}

/// Places after a title in the same run: "President ... of Mexico".
pub(super) fn of_place_after(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Vec<Affiliation> {
    of_place_span(g, doc, end, sentence)
        .map(|(p, _)| p)
        .or_else(|| government_s_place_after(g, doc, end, sentence))
        .map(Affiliation::Place)
        .into_iter()
        .collect()
}

/// "the prime minister of the administration based in eastern Libya", "of the government that
/// runs Somaliland": a government named by where it rules, up to the next comma.
pub(super) fn government_s_place_after(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    let is_government =
        |w: &str| matches!(w, "administration" | "government" | "regime" | "cabinet");
    // "the foreign affairs adviser in Bangladesh's interim government".
    if word(end) == "in" {
        let place = (1..=3).rev().find_map(|len| {
            let owner = end + 1..end + 1 + len;
            (owner.end < sentence.end && possessive_after(doc, owner.end - 1))
                .then(|| g.place_named_as(&key(doc, owner.clone()), &[PlaceKind::Country]))
                .flatten()
                .map(|p| (p, owner.end + 2))
        });
        if let Some((p, after)) = place {
            let governs = (after..sentence.end.min(after + 3))
                .take_while(|&t| !is_cap(doc, t) && doc.tokens[t].kind == TokenKind::Word)
                .any(|t| is_government(word(t)));
            return governs.then_some(p);
        }
        return None;
    }
    // "the interior minister of the Tripoli-based government": the country of its seat.
    if word(end) == "of" && word(end + 1) == "the" && is_government(word(end + 3)) {
        if let Some(seat) = word(end + 2).strip_suffix("-based") {
            return g.place(seat).and_then(|p| g.country_of(p));
        }
    }
    let names_a_government = word(end) == "of"
        && word(end + 1) == "the"
        && (is_government(word(end + 2)) || word(end + 2) == "authorities");
    if !names_a_government {
        return None;
    }
    (end + 3..sentence.end.min(end + 12))
        .take_while(|&t| !matches!(doc.token_text(t), "," | ";" | "." | "(" | "\""))
        .filter(|&t| is_cap(doc, t))
        .find_map(|t| {
            (1..=3)
                .rev()
                .find_map(|len| g.place(&key(doc, t..(t + len).min(sentence.end))))
        })
}

/// The known body an office belongs to, named after its title up to the next comma: "director
/// general of the International Organization for Migration", "the director of the SNM", "chief
/// of mission in Panama for the IOM".
pub(super) fn body_after(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let limit = sentence.end.min(end + 12);
    let stop = (end..limit)
        .find(|&t| matches!(doc.token_text(t), "," | ";" | "." | "said"))
        .unwrap_or(limit);
    let mut keys = PrefixKeys::default();
    (end..stop)
        .filter(|&t| matches!(doc.folded(t), "of" | "for"))
        .find_map(|t| {
            let the = t + 1 < stop && doc.folded(t + 1) == "the";
            let mut start = t + 1 + usize::from(the);
            // "executive secretary of the regional bloc IGAD": what the body is, before its name.
            if the {
                let described = (start..stop.min(start + 3))
                    .take_while(|&d| {
                        doc.tokens[d].kind == TokenKind::Word
                            && !is_cap(doc, d)
                            && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(d))
                    })
                    .count();
                if described <= 2 && start + described < stop && is_cap(doc, start + described) {
                    start += described;
                }
            }
            if start >= stop || !is_cap(doc, start) {
                return None;
            }
            let most = g.most_name_words_from(doc.folded(start));
            keys.longest_first(doc, start, stop, most)
                .find_map(|(_, k)| g.org(k))
        })
}

/// The place a name after an office ending before token `end` means: for a region's office,
/// the region the name may mean ("the governor of Darién": the province, not the Gap).
pub(super) fn place_of_office(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
    name: &str,
) -> Option<usize> {
    let regional = end > sentence.start && is_regional_office(doc.folded(end - 1));
    let region = || g.place_named_as(name, &[PlaceKind::State]);
    regional.then(region).flatten().or_else(|| g.place(name))
}

/// Whether a capitalised word after a known place's name may be more of the name ("San Pedro
/// Mixtepec"): no given name or title (which start the next name) nor a word for what the place is
/// ("San Diego County", "San Diego Sector", "San Juan Bay").
pub(super) fn continues_a_name(g: &Gazetteer, word: &str) -> bool {
    !g.is_given_name(word)
        && g.title(word).is_none()
        && ![
            TriggerKind::StateContext,
            TriggerKind::CityContext,
            TriggerKind::LandmarkHead,
            TriggerKind::OrgHead,
            TriggerKind::RegionHead,
            TriggerKind::UnitHead,
            TriggerKind::CityHeadLast,
            TriggerKind::FunctionWord,
        ]
        .into_iter()
        .any(|kind| g.is_trigger(kind, word))
}

/// The place of the same office written with "of" in one of the five sentences before
/// `sentence`, the nearest first: "the governor of Matrouh"; or the place or body whose
/// possessive it follows: "Chaman's deputy commissioner", "UNHCR's representative in Rwanda".
pub(super) fn office_named_before(
    g: &Gazetteer,
    doc: &Doc,
    title: &Range<usize>,
    sentence: &Range<usize>,
) -> Option<Affiliation> {
    let words = doc.folded_words(title.clone());
    doc.sentences
        .iter()
        .rev()
        .skip_while(|s| s.tokens.end > sentence.start)
        .take(5)
        .find_map(|s| {
            (s.tokens.start..s.tokens.end.saturating_sub(words.len())).find_map(|t| {
                words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| doc.folded(t + k) == *w)
                    .then(|| {
                        // (Past words that qualify the office: "Cameroon's honorary consul".)
                        let owner_end = past_title_modifiers(g, doc, t, &s.tokens);
                        // ("the Afghan consul general in Quetta": whom a demonym before it
                        // says.)
                        let demonym_before = (owner_end > s.tokens.start
                            && is_cap(doc, owner_end - 1))
                        .then(|| g.demonym(doc.folded(owner_end - 1)))
                        .flatten()
                        .filter(|&p| g.places[p].kind == PlaceKind::Country);
                        demonym_before
                            .or_else(|| {
                                of_place_span(g, doc, t + words.len(), &s.tokens).map(|(p, _)| p)
                            })
                            .map(Affiliation::Place)
                            .or_else(|| {
                                possessive_place_at(g, doc, owner_end, &s.tokens)
                                    .into_iter()
                                    .next()
                            })
                    })
                    .flatten()
            })
        })
}

/// The known place in "of Mexico" at token `end`, and where the phrase ends.
pub(super) fn of_place_span(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Option<(usize, usize)> {
    // "his counterpart in Managua": a counterpart serves where he is.
    let in_after_counterpart = || {
        doc.folded(end) == "in"
            && end > sentence.start
            && matches!(doc.folded(end - 1), "counterpart" | "counterparts")
    };
    if end + 1 < sentence.end && (doc.folded(end) == "of" || in_after_counterpart()) {
        // "of the Bahamas" is a name with its article; "of the Dominican Republic" one after it.
        let after_the = (doc.folded(end + 1) == "the").then_some(end + 2);
        // (Up to four words: "of the Turks and Caicos Islands", not of the Turks.)
        // (A name, capitalised: not "of the village's parish council", The Village in
        // Oklahoma.)
        for start in std::iter::once(end + 1)
            .chain(after_the)
            .filter(|&t| is_cap(doc, t))
        {
            // ("the mayor of the Torres Strait Island Regional Council": a body's name that
            // opens with a place's, no town called Torres.)
            let run_end = capitalised_run(doc, start, sentence.end).end;
            let body_named =
                |place_end: usize| (place_end..run_end).any(|t| is_org_head(g, doc, t));
            for len in (1..=4).rev() {
                if start + len <= sentence.end && !body_named(start + len) {
                    let k = key(doc, start..start + len);
                    if let Some(p) = place_of_office(g, doc, end, sentence, &k) {
                        return Some((p, start + len));
                    }
                }
            }
        }
    }
    None
}

/// The country whose body a title after "led by" or "headed by" leads: "Myanmar's military
/// government, led by Senior General X" (the possessive up to four words before the comma).
pub(super) fn leader_of_possessors_body(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<Affiliation> {
    const MOST_BODY_WORDS: usize = 4;
    if start < sentence.start + 3
        || doc.folded(start - 1) != "by"
        || !matches!(doc.folded(start - 2), "led" | "headed" | "run")
        || doc.token_text(start - 3) != ","
    {
        return None;
    }
    let comma = start - 3;
    (comma
        .saturating_sub(MOST_BODY_WORDS + 1)
        .max(sentence.start)..comma)
        .rev()
        .find_map(|t| {
            let owner_end = possessor_end(doc, t, sentence)?;
            let (_, country) = country_ending_at(g, doc, owner_end, sentence)?;
            Some(Affiliation::Place(country))
        })
}

/// "Mexico's" or "Panama's" just before a token, or before the one or two capitalised words
/// that qualify it ("Guatemala's Deputy Foreign Minister", where the title is read from
/// "Foreign").
pub(super) fn possessive_place_before(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Vec<Affiliation> {
    // "Lebanon's caretaker Prime Minister": a lower-case word that qualifies the title.
    let mut start = past_title_modifiers(g, doc, start, sentence);
    // "India's external affairs ministry spokesman": the body in lower case whose title it is,
    // its field in up to three words.
    if start > sentence.start
        && !is_cap(doc, start - 1)
        && g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(start - 1))
    {
        let body_start = (start.saturating_sub(4).max(sentence.start)..start - 1)
            .rev()
            .take_while(|&t| {
                doc.tokens[t].kind == TokenKind::Word
                    && !is_cap(doc, t)
                    && !(t >= 2 && possessive_after(doc, t - 2))
            })
            .last()
            .unwrap_or(start - 1);
        if body_start > sentence.start && possessive_after(doc, body_start.saturating_sub(3)) {
            start = body_start;
        }
    }
    for skipped in 0..=2 {
        let Some(from) = start.checked_sub(skipped) else {
            break;
        };
        if from < sentence.start || !(from..start).all(|t| is_cap(doc, t)) {
            break;
        }
        let found = possessive_place_at(g, doc, from, sentence);
        if !found.is_empty() {
            return found;
        }
    }
    vec![]
}

/// The country of a role written before a titled name in apposition: "the leader of Mali's
/// military government, Colonel X", "Mali's leader, Colonel X". (A rank or an office with no
/// place says nothing of whom it serves; the role before it does.)
pub(super) fn role_country_before(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<Affiliation> {
    let comma = start.checked_sub(1).filter(|&c| doc.token_text(c) == ",")?;
    let from = (sentence.start..comma)
        .rev()
        .take(10)
        .take_while(|&t| !matches!(doc.token_text(t), "," | ";" | "\"" | "“" | "”"))
        .last()?;
    let cue = (from..comma).find(|&t| g.is_trigger(TriggerKind::PersonCue, doc.folded(t)))?;
    // "an RCMP spokeswoman, Cpl. X": the body named right before the role word.
    if let Some(body) = (cue > from && is_cap(doc, cue - 1))
        .then(|| g.org(doc.folded(cue - 1)))
        .flatten()
    {
        return Some(Affiliation::Org(body));
    }
    // "the leader of Mali's ...": the country after "of", up to the first possessive, all of
    // it; "Mali's leader": the one before.
    let after_of = cue + 1 < comma && doc.folded(cue + 1) == "of";
    let owner_end = if after_of {
        (cue + 3..(cue + 8).min(comma + 1))
            .find_map(|after| possessor_end(doc, after, sentence))
            .filter(|&end| end > cue + 2 && end <= cue + 5)?
    } else {
        possessor_end(doc, cue, sentence).filter(|&end| end > from)?
    };
    let (owner_start, country) = country_ending_at(g, doc, owner_end, sentence)?;
    (!after_of || owner_start == cue + 2).then_some(Affiliation::Place(country))
}

/// "Mexico's" or "Panama's" just before token `start`.
pub(super) fn possessive_place_at(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Vec<Affiliation> {
    // What "its" and "the agency's" refer back to is named in this sentence or the one before,
    // which starts here.
    let told_from = || {
        let si = doc.sentence_of(sentence.start);
        si.checked_sub(1)
            .map_or(sentence.start, |before| doc.sentences[before].tokens.start)
    };
    let owner_end = possessor_end(doc, start, sentence);
    // "UNHCR said ... said X, the agency's field coordinator": "the agency" is the
    // international body named last before it.
    if start >= sentence.start + 4
        && owner_end.is_some_and(|end| {
            matches!(
                doc.folded(end - 1),
                "agency" | "organization" | "organisation"
            ) && doc.folded(end - 2) == "the"
        })
    {
        let told = told_from()..start;
        let body = told
            .clone()
            .rev()
            .filter(|&t| is_cap(doc, t))
            .find_map(|t| {
                known_body_at(g, doc, t, &told)
                    .filter(|&(o, _)| g.orgs[o].kind == crate::gazetteer::INTERNATIONAL_KIND)
            });
        if let Some((o, _)) = body {
            return vec![Affiliation::Org(o)];
        }
    }
    // "Brazil was represented by its ambassador": "its" is the country named last before it,
    // in the sentence or the one before ("Colombia has watched closely. Its foreign minister"),
    // unless a body is named after it ("... Ecuador. The Casa del Migrante is full, said its
    // director").
    if start > sentence.start && doc.folded(start - 1) == "its" {
        let from = told_from();
        for end in (from + 1..start - 1).rev() {
            // (Nor "was received at the ministry by its deputy director", a body named by its
            // noun in lower case.)
            if end >= from + 2
                && !is_cap(doc, end - 1)
                && doc.folded(end - 2) == "the"
                && g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(end - 1))
            {
                return vec![];
            }
            for len in (1..=3).rev() {
                if end < from + len || !is_cap(doc, end - len) {
                    continue;
                }
                let name = key(doc, end - len..end);
                if let Some(p) = g.place_named_as(&name, &[PlaceKind::Country]) {
                    return vec![Affiliation::Place(p)];
                }
                // (Nor "visited the Federal Police station ... and met its superintendent".)
                if g.org(&name).is_some() || (len == 1 && is_org_head(g, doc, end - 1)) {
                    return vec![];
                }
            }
        }
    }
    if let Some(owner_end) = owner_end {
        // ("The ICA's officer", after "(ICA)": a body's acronym, not a town.)
        let owner = owner_end - 1;
        let body_acronym = acronym_given_in_brackets(doc, owner);
        // Longest first: "El Salvador's", not Salvador in Brazil.
        for len in (1..=3).rev() {
            // (Capitalised: "the village's mayor" names no town called The Village.)
            if owner_end >= sentence.start + len && is_cap(doc, owner_end - 1) && !body_acronym {
                let from = owner_end - len;
                if let Some(p) = g.place(&key(doc, from..owner_end)) {
                    // "Ayia Napa's mayor": a name that goes on before the place the gazetteer
                    // knows (Napa, California) is another place.
                    let name_goes_on = from > sentence.start
                        && doc.tokens[from - 1].kind == TokenKind::Word
                        && is_cap(doc, from - 1)
                        && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(from - 1))
                        && g.known_name(doc.folded(from - 1)).is_none();
                    if name_goes_on {
                        return vec![];
                    }
                    return vec![Affiliation::Place(p)];
                }
            }
        }
        // "the IOM's chief of mission in Yemen": an international body's office; "the
        // Taliban's spokesman", a national body's named by a name of its own. (Not "the INM's
        // delegate" nor "the National Guard's spokesman": which country's institute an acronym
        // or a head word names is the story's to say, unless the name says the country: "the
        // Kurdistan Regional Government's interior minister".)
        for len in (1..=3).rev() {
            if owner_end >= sentence.start + len {
                let owner = owner_end - len..owner_end;
                let names_its_country = |o: usize| {
                    let Some(country) = g.orgs[o].country.as_deref().and_then(|c| g.by_iso(c))
                    else {
                        return false;
                    };
                    owner.clone().any(|t| {
                        let k = key(doc, t..t + 1);
                        g.demonym(&k)
                            .or_else(|| g.place(&k))
                            .and_then(|p| g.country_of(p))
                            == Some(country)
                    })
                };
                let body = g.org(&key(doc, owner.clone())).filter(|&o| {
                    g.orgs[o].kind == crate::gazetteer::INTERNATIONAL_KIND
                        || !(is_acronym(doc.span_text(owner.clone()))
                            || owner.clone().any(|t| is_org_head(g, doc, t)))
                        || names_its_country(o)
                });
                if let Some(o) = body {
                    return vec![Affiliation::Org(o)];
                }
            }
        }
    }
    vec![]
}

/// Where the possessor ends when a possessive ends just before token `start`: "Mexico's" is
/// three tokens ("Mexico", "'", "s"), "Honduras'" two.
pub(super) fn possessor_end(doc: &Doc, start: usize, sentence: &Range<usize>) -> Option<usize> {
    let apostrophe = |t: usize| matches!(doc.token_text(t), "'" | "’");
    if start >= sentence.start + 3
        && apostrophe(start - 2)
        && doc.token_text(start - 1).eq_ignore_ascii_case("s")
    {
        return Some(start - 2);
    }
    (start >= sentence.start + 2
        && apostrophe(start - 1)
        && doc.tokens[start - 1].start == doc.tokens[start - 2].end
        && doc.token_text(start - 2).ends_with(['s', 'S']))
    .then(|| start - 1)
}

/// Types the segments of a run one by one.
pub(super) fn classify_segments(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: &Range<usize>,
    segs: &[(Seg, Range<usize>)],
    out: &mut Vec<Mention>,
) {
    // "Lajas Blancas", "Paso Canoas": a town's name that holds the name of a city elsewhere
    // (Lajas, Canoas) beside a word the gazetteer does not know is one unknown name: always for
    // a small city, and for a larger one where a place name is expected ("leave Paso Canoas").
    if let [(a, ra), (b, rb)] = segs {
        let city = |seg: &Seg, small: bool| {
            matches!(seg, Seg::Place(p) if g.places[*p].kind == PlaceKind::City
                && (!small || g.places[*p].population < 100_000))
        };
        let plain_word = |r: &Range<usize>| {
            r.len() == 1 && !g.is_given_name(doc.folded(r.start)) && !is_date_word(doc, r.start)
        };
        // A village's name is as weak as an unknown word there.
        let vague = |seg: &Seg| {
            matches!(seg, Seg::Unknown) || matches!(seg, Seg::Place(p) if g.is_village(*p))
        };
        let unknown_and_city = |small: bool| {
            (city(a, small) && vague(b) && plain_word(rb))
                || (vague(a) && plain_word(ra) && city(b, small))
        };
        let before = prev_word(doc, ra.start, sentence).unwrap_or_default();
        // ("Noorullah Safi, the ministry's head of reception, said": a person's name, which
        // the apposition after it tells.)
        let whole = ra.start..rb.end;
        if unknown_and_city(true)
            || (unknown_and_city(false)
                && (names_a_place_after(g, before)
                    || person_in_apposition(g, doc, &whole, sentence, whole.len())))
        {
            unknown(g, doc, si, sentence, ra.start..rb.end, out);
            return;
        }
    }
    for (seg, r) in segs {
        match seg {
            Seg::Place(p) => {
                let p = *p;
                let next = if r.end < sentence.end {
                    doc.folded(r.end)
                } else {
                    Default::default()
                };
                if matches!(next, "cartel" | "cartels" | "gang" | "gangs") {
                    continue;
                }
                // "up the Caribbean coast": a world region's name before a word for a shore
                // says which shore, and names no place of its own; so does a sea's name
                // written bare ("on Turkey's Aegean coast", "the Atlantic crossing").
                let shore = matches!(next, "coast" | "coasts" | "coastline" | "shore" | "shores");
                let sea_as_adjective = g.places[p].kind == PlaceKind::Landmark
                    && !g.is_trigger(TriggerKind::LandmarkHead, doc.folded(r.end - 1))
                    && (shore || matches!(next, "crossing" | "crossings" | "islands" | "route"));
                if (g.places[p].kind == PlaceKind::WorldRegion && shore) || sea_as_adjective {
                    continue;
                }
                // "the Darién jungle", "Darien province", "the state of Chihuahua": the word
                // after the name, or before it, tells which of its readings is meant,
                // whatever the article's countries suggest.
                let of_after = |kind: TriggerKind| {
                    r.start >= sentence.start + 2
                        && doc.folded(r.start - 1) == "of"
                        && g.is_trigger(kind, doc.folded(r.start - 2))
                };
                let region_before = of_after(TriggerKind::RegionHead);
                // "the southwestern city of Barahona", "the town of Choluteca": the town, not
                // the province named after it. (Not "the capital of Chihuahua": the state's. A
                // name read as a town already is left to the article's countries.)
                // "the Cuban town of Trinidad", "Florida, a town in Camagüey province": a town
                // named like a country or state, said to be a town before or after its name.
                let town_after = || {
                    r.end + 3 < sentence.end
                        && doc.token_text(r.end) == ","
                        && matches!(doc.folded(r.end + 1), "a" | "the")
                        && g.is_trigger(TriggerKind::CityContext, doc.folded(r.end + 2))
                        && matches!(doc.folded(r.end + 3), "in" | "on" | "near")
                };
                // "the provincial capital, Salta": the city named like its region, in
                // apposition to "capital". (A city's own name needs no such reading:
                // "Oaxaca de Juárez" leaves the bare "Oaxaca" to the state.)
                let namesake = || {
                    g.places[p].kind != PlaceKind::City
                        || g.places_named(&key(doc, r.clone()))
                            .iter()
                            .any(|&q| g.namesake_capital(q) == Some(p))
                };
                let capital_before = r.start >= sentence.start + 2
                    && doc.token_text(r.start - 1) == ","
                    && doc.folded(r.start - 2) == "capital"
                    && namesake();
                // "Sulaymaniyah, the provincial capital": the same apposition after the name.
                let capital_after = || {
                    let capital_at = |t: usize| t < sentence.end && doc.folded(t) == "capital";
                    r.end + 2 < sentence.end
                        && doc.token_text(r.end) == ","
                        && doc.folded(r.end + 1) == "the"
                        && (capital_at(r.end + 2) || capital_at(r.end + 3))
                        && namesake()
                };
                let town_written_after = r.end < sentence.end && is_town_word_after(doc, r.end);
                let town_before = (of_after(TriggerKind::CityContext)
                    && doc.folded(r.start - 2) != "capital")
                    || capital_before
                    || capital_after()
                    || town_written_after
                    || (matches!(g.places[p].kind, PlaceKind::State | PlaceKind::Country)
                        && town_after());
                let head_kind = if g.is_trigger(TriggerKind::LandmarkHead, next) {
                    Some(PlaceKind::Landmark)
                } else if town_before {
                    Some(PlaceKind::City)
                } else if g.is_trigger(TriggerKind::RegionHead, next)
                    || region_before
                    || (g.places[p].kind == PlaceKind::City
                        && read_as_region(g, doc, r.clone(), sentence))
                {
                    Some(PlaceKind::State)
                } else {
                    None
                };
                let read_by_head = if town_before {
                    // The region's namesake town: of its country, the most prominent.
                    g.places_named(&key(doc, r.clone()))
                        .iter()
                        .copied()
                        .filter(|&c| g.places[c].kind == PlaceKind::City)
                        .max_by_key(|&c| {
                            (g.places[c].country == g.places[p].country, g.prominence(c))
                        })
                } else {
                    head_kind.and_then(|kind| g.place_named_as(&key(doc, r.clone()), &[kind]))
                };
                if let Some(q) = read_by_head {
                    // (Which of the towns of the name is meant is left to the article's
                    // countries, as for any town: not settled by the word before it.)
                    let rule = if town_before {
                        TOWN_OF_KNOWN
                    } else {
                        "place-by-head"
                    };
                    push(
                        out,
                        doc,
                        si,
                        r.clone(),
                        MentionKind::KnownPlace(q),
                        rule,
                        0.9,
                    );
                    continue;
                }
                // "El Tigre island", "the Cosigüina peninsula": the land named like a town
                // (here or abroad) is not the town. "Idlib province", "the Syrian province of
                // Homs": a region the gazetteer knows only by its namesake town.
                let named_like_a_town = match next {
                    // "from Satkhira and Jessore districts": towns listed before a plural
                    // head name the regions called after them.
                    _ if region_before || listed_before_plural_region_head(g, doc, r, sentence) => {
                        Some((r.clone(), PlaceKind::State, UNKNOWN_REGION_OF_A_KNOWN_TOWN))
                    }
                    "island" | "peninsula" => Some((
                        r.start..r.end + 1,
                        PlaceKind::Landmark,
                        "land-named-like-a-town",
                    )),
                    // "the Tanga regional police commander": the region's, not the town's.
                    "regional" => {
                        Some((r.clone(), PlaceKind::State, UNKNOWN_REGION_OF_A_KNOWN_TOWN))
                    }
                    // (Named with its head, which sets it apart from the town: "Nador
                    // province" beside "the hospital in Nador".)
                    _ if next == "county"
                        || next == "municipality"
                        || g.is_trigger(TriggerKind::StateContext, next) =>
                    {
                        Some((
                            r.start..r.end + 1,
                            PlaceKind::State,
                            UNKNOWN_REGION_OF_A_KNOWN_TOWN,
                        ))
                    }
                    _ => None,
                }
                // ("the capital of Manus province": a region named after its island, too.)
                .filter(|(_, kind, _)| {
                    (g.places[p].kind == PlaceKind::City
                        || (*kind == PlaceKind::State && g.places[p].kind == PlaceKind::Landmark))
                        && !is_cap(doc, r.end)
                });
                if let Some((span, kind, rule)) = named_like_a_town {
                    push(out, doc, si, span, MentionKind::NewPlace(kind), rule, 0.8);
                    continue;
                }
                // "Caribbean and African migrants": a region name used as an adjective.
                let name = key(doc, r.clone());
                if let Some(d) = g.demonym(&name) {
                    let prev = prev_word(doc, r.start, sentence).unwrap_or_default();
                    // (Not a verb: "a minority that Myanmar does not recognise" names the
                    // country whose name is also its demonym.)
                    let next_is_lower_word = r.end < sentence.end
                        && !is_cap(doc, r.end)
                        && doc.tokens[r.end].kind == TokenKind::Word
                        && !g.is_trigger(TriggerKind::FunctionWord, next)
                        && !g.is_trigger(TriggerKind::ClauseVerb, next)
                        && !g.is_trigger(TriggerKind::SpeechVerb, next);
                    // (Nor one listed after a place that is no demonym: "where Thailand, Laos
                    // and Myanmar meet".)
                    let listed_after_a_place = matches!(prev, "and" | "or" | ",")
                        && out.last().is_some_and(|m| {
                            m.tokens.end + 1 == r.start
                                && matches!(m.kind, MentionKind::KnownPlace(_))
                                && g.demonym(&key(doc, m.tokens.clone())).is_none()
                        });
                    // (A comma or "and" after it makes an adjective of a name that is the
                    // country's own only before another people's: "Myanmar and Thai workers",
                    // not "Myanmar, across the river, was".)
                    let own_name = g.place(&name) == Some(d);
                    let listed_before_a_demonym =
                        || r.end + 1 < sentence.end && g.demonym(doc.folded(r.end + 1)).is_some();
                    let listed =
                        (next == "," || next == "and") && (!own_name || listed_before_a_demonym());
                    if !matches!(prev, "the" | "in" | "from" | "to" | "of" | "across")
                        && !listed_after_a_place
                        && (next_is_lower_word || listed)
                    {
                        push(
                            out,
                            doc,
                            si,
                            r.clone(),
                            MentionKind::Demonym(d),
                            "demonym",
                            0.8,
                        );
                        continue;
                    }
                }
                // A lone small city must stand where a place is expected; a village, where
                // a locative says so ("in Niltepec", not "Petro and Mulino").
                let entry = &g.places[p];
                let village = g.is_village(p);
                let expected = || {
                    if village {
                        village_context(g, doc, r.clone(), sentence, Some(p))
                    } else {
                        place_context(g, doc, r.clone(), sentence)
                    }
                };
                if entry.kind == PlaceKind::City && entry.population < 100_000 && !expected() {
                    unknown(g, doc, si, sentence, r.clone(), out);
                    continue;
                }
                push(
                    out,
                    doc,
                    si,
                    r.clone(),
                    MentionKind::KnownPlace(p),
                    "gazetteer-place",
                    0.9,
                );
            }
            Seg::Org(o) => push(
                out,
                doc,
                si,
                r.clone(),
                MentionKind::Org(Some(*o)),
                "gazetteer-org",
                0.9,
            ),
            Seg::Demonym(p) => push(
                out,
                doc,
                si,
                r.clone(),
                MentionKind::Demonym(*p),
                "demonym",
                0.9,
            ),
            Seg::Title(_) | Seg::Outlet => {}
            Seg::Unknown => unknown(g, doc, si, sentence, r.clone(), out),
        }
    }
}
