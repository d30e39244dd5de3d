//! What the words around a span say about it: a time phrase, a place context ("in", "near",
//! a dateline), a village or a way, an apposition naming someone.

use super::*;

/// A weekday or month name ("Monday", "Sept."), which AP style writes right after a place.
pub(super) fn is_date_word(doc: &Doc, i: usize) -> bool {
    let word = doc.token_text(i);
    crate::date::weekday_number(word).is_some() || crate::date::month_number(word).is_some()
}

/// Whether a phrase of time starts at token `t`, which ends the clause before it as a comma
/// would: "from Ndiago four nights earlier", "in Tapachula on Monday", "near Sfax last week".
pub(super) fn time_phrase_at(doc: &Doc, t: usize, sentence_end: usize) -> bool {
    let word = |k: usize| if k < sentence_end { doc.folded(k) } else { "" };
    let time_unit = |w: &str| {
        matches!(
            w,
            "day"
                | "days"
                | "night"
                | "nights"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "hours"
        )
    };
    let counted = doc.tokens[t].kind == TokenKind::Number
        || crate::extract::groups::small_number(word(t)).is_some()
        || matches!(word(t), "a" | "several" | "few");
    match word(t) {
        "" => false,
        "on" | "last" | "earlier" | "overnight" | "yesterday" | "today" => true,
        _ if is_date_word(doc, t) => true,
        _ => {
            counted
                && time_unit(word(t + 1))
                && matches!(word(t + 2), "earlier" | "ago" | "before" | "later")
        }
    }
}

/// Whether `word` (folded) follows a capitalised given name somewhere in the article: a
/// surname ("Andrés Manuel López Obrador", then "López Obrador").
pub(super) fn written_after_a_given_name(g: &Gazetteer, doc: &Doc, word: &str) -> bool {
    (1..doc.tokens.len())
        .any(|i| doc.folded(i) == word && is_cap(doc, i - 1) && g.is_given_name(doc.folded(i - 1)))
}

/// Words after which a name stands where a place is expected: "in X", "from X", "reached X".
pub(super) const LOCATIVES: &[&str] = &[
    "in", "at", "from", "near", "through", "into", "toward", "towards", "reached", "around",
    "outside",
];

/// Whether the comma at token `comma` opens an apposition whose noun is a town's: "the beach
/// at Fnideq, the Moroccan town that ...", "X, the provincial capital", "X, the capital of
/// Helmand", "X, the island's main town" (over a possessive).
pub(super) fn town_in_apposition(
    g: &Gazetteer,
    doc: &Doc,
    comma: usize,
    sentence: &Range<usize>,
) -> bool {
    apposition_noun(doc, comma, sentence, &["the", "a", "an", "another"], |t| {
        matches!(
            doc.folded(t),
            "town" | "city" | "village" | "port" | "hamlet" | "municipality" | "capital"
        )
            // (Not "X, a village chief who led the column": a person of the town.)
            && !(t + 1 < sentence.end
                && (g.title(doc.folded(t + 1)).is_some()
                    || g.is_trigger(TriggerKind::PersonCue, doc.folded(t + 1))
                    || matches!(doc.folded(t + 1), "elder" | "head")))
            // (Not "to meet Uicab, the town hall said": who said it.)
            && !(t + 1..sentence.end.min(t + 3))
                .any(|s| g.is_trigger(TriggerKind::SpeechVerb, doc.folded(s)))
    })
}

/// Whether the comma at token `comma` opens an apposition that starts with one of `articles`
/// and has, in its first three words (past a possessive: "the island's main town"), a noun
/// `is_noun` takes that is not itself a possessor.
pub(super) fn apposition_noun(
    doc: &Doc,
    comma: usize,
    sentence: &Range<usize>,
    articles: &[&str],
    is_noun: impl Fn(usize) -> bool,
) -> bool {
    comma + 2 < sentence.end
        && articles.contains(&doc.folded(comma + 1))
        && (comma + 2..sentence.end)
            .filter(|&t| !(possessive_after(doc, t - 1) || possessive_after(doc, t - 2)))
            .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct)
            .take(3)
            .any(|t| is_noun(t) && !possessive_after(doc, t))
}

/// Whether a name written after `before` (folded) names a place: a locative word, or a cue
/// of departure or transit ("left", "through").
pub(super) fn names_a_place_after(g: &Gazetteer, before: &str) -> bool {
    LOCATIVES.contains(&before)
        || g.is_trigger(TriggerKind::DepartureCue, before)
        || g.is_trigger(TriggerKind::TransitCue, before)
}

/// Whether a title word is a region's office: "the governor of San Marcos".
pub(super) fn is_regional_office(word: &str) -> bool {
    matches!(word, "premier" | "governor" | "gov" | "prefect")
}

/// Whether a name that is a city's and a region's is written as the region's: "Quebec Premier
/// X", "Quebec's immigration minister", "upstate New York", "the states of Chihuahua and
/// Sonora".
pub(super) fn read_as_region(
    g: &Gazetteer,
    doc: &Doc,
    r: Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let word = |t: usize| {
        if (sentence.start..sentence.end).contains(&t) {
            doc.folded(t)
        } else {
            ""
        }
    };
    let possessive = possessive_after(doc, r.end - 1);
    let office_after = is_regional_office(word(r.end))
        || (possessive
            && (r.end + 2..r.end + 5)
                .any(|t| is_regional_office(word(t)) || word(t) == "minister"));
    let before = r.start.checked_sub(1).map_or("", word);
    // "in Kunduz and Nangarhar provinces": on over the names listed, to a plural head.
    let listed_before_plural_head = || {
        names_listed_up_to(doc, r.end, sentence, |w| {
            is_plural_of(g, TriggerKind::StateContext, w)
        }) == Some(true)
    };
    // "the governor of San Marcos".
    let office_before = before == "of" && r.start >= 2 && is_regional_office(word(r.start - 2));
    office_after
        || office_before
        || before == "upstate"
        || listed_after_plural_region_head(g, doc, &r, sentence)
        || listed_before_plural_head()
}

/// Whether the name `r` is one of names listed after a plural head of regions and "of": "the
/// states of X and Y", "the nearby districts of X, Y and Z".
pub(super) fn listed_after_plural_region_head(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let mut t = r.start;
    while t > sentence.start + 2 && t + 8 > r.start {
        t -= 1;
        let word = doc.folded(t);
        if word == "of" {
            return is_plural_of(g, TriggerKind::StateContext, doc.folded(t - 1));
        }
        if !(is_cap(doc, t) || matches!(word, "and" | ",")) {
            return false;
        }
    }
    false
}

/// How many known towns are listed from `comma` on (", X, Y and Z"), when the list holds nothing
/// else and closes on "and" or "or"; zero otherwise. A town is known to the gazetteer, or to the
/// story from a mention before (`told`).
pub(super) fn known_towns_listed_after(
    g: &Gazetteer,
    doc: &Doc,
    comma: usize,
    sentence: &Range<usize>,
    told: &[Mention],
) -> usize {
    let mut towns = 0;
    let mut t = comma;
    loop {
        let joiner = doc.folded(t);
        if !matches!(joiner, "," | "and" | "or") {
            return 0;
        }
        // (", and Z": the serial comma.)
        let start =
            if joiner == "," && t + 1 < sentence.end && matches!(doc.folded(t + 1), "and" | "or") {
                t + 2
            } else {
                t + 1
            };
        let end = (start..sentence.end)
            .find(|&i| !is_cap(doc, i))
            .unwrap_or(sentence.end);
        let name = key(doc, start..end);
        let town = start < end
            && (g
                .places_named(&name)
                .iter()
                .any(|&p| g.places[p].kind == PlaceKind::City)
                || told.iter().any(|m| {
                    m.kind == MentionKind::NewPlace(PlaceKind::City)
                        && key(doc, m.tokens.clone()) == name
                }));
        if !town {
            return 0;
        }
        towns += 1;
        if start > t + 1 || matches!(joiner, "and" | "or") {
            return towns;
        }
        if end >= sentence.end {
            return 0;
        }
        t = end;
    }
}

/// Whether a span stands where a place is expected: where a village's name would
/// ([`village_context`]), or after a weaker cue, enough for a town the gazetteer knows ("to",
/// "of", "between ... and", "headed for").
pub(super) fn place_context(
    g: &Gazetteer,
    doc: &Doc,
    r: Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let before = prev_word(doc, r.start, sentence).unwrap_or_default();
    // "the bridge that links Villa del Rosario with San Antonio del Táchira".
    let links = g.triggers(TriggerKind::LinkVerb);
    let linked_with = || {
        before == "with"
            && (r.start.saturating_sub(8).max(sentence.start)..r.start)
                .any(|t| links.contains(doc.folded(t)))
    };
    // "took the load as far as Mpika".
    let as_far_as =
        || before == "as" && r.start >= sentence.start + 2 && doc.folded(r.start - 2) == "far";
    // "the province, which includes Adré".
    let included = || {
        matches!(before, "includes" | "include")
            && r.start >= sentence.start + 2
            && matches!(doc.folded(r.start - 2), "which" | "that")
    };
    let weaker_cue = || {
        matches!(
            before,
            "to" | "toward"
                | "towards"
                | "of"
                | "across"
                | "outside"
                | "reach"
                | "via"
                | "between"
                | "and"
                | "off"
        ) || as_far_as()
            || included()
            || distance_after(doc, r.end, sentence)
            || links.contains(before)
            || linked_with()
            || heading_for(g, doc, &r, sentence, before)
    };
    weaker_cue() || village_context(g, doc, r, sentence, None)
}

/// Whether a village's name stands where only a place can: after a locative or a cue of
/// departure or transit ("stopped in Niltepec", "left Capurganá"), after "to" or "the town
/// of", before a state or country ("Champlain, N.Y."), or opening a dateline. A state or
/// country after a known village must be the village's own ("Panama's Mulino, Colombia's
/// Petro" names no village in Colombia).
pub(super) fn village_context(
    g: &Gazetteer,
    doc: &Doc,
    r: Range<usize>,
    sentence: &Range<usize>,
    village: Option<usize>,
) -> bool {
    let before = prev_word(doc, r.start, sentence).unwrap_or_default();
    let second_before = r
        .start
        .checked_sub(1)
        .and_then(|t| prev_word(doc, t, sentence))
        .unwrap_or_default();
    // "the boat ride to Acandí", "the outskirts of Tuzantán", "the port of Chiquilá"; not
    // "according to X", "spoke to X".
    let to_or_of = match before {
        "to" => {
            !matches!(
                second_before,
                "according" | "spoke" | "talked" | "close" | "next"
            ) && !g.is_trigger(TriggerKind::SpeechVerb, second_before)
        }
        "of" => {
            second_before == "outskirts" || g.is_trigger(TriggerKind::CityContext, second_before)
        }
        _ => false,
    };
    // ("Necoclí, on Colombia's side of the gulf", "X, in northern Chile": or where it lies.)
    let place_named_at = {
        let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
        let mut t = r.end + 1;
        if matches!(word(t), "on" | "in") {
            t += 1;
        }
        if crate::extract::is_compass_adjective(word(t)) {
            t += 1;
        }
        t
    };
    let followed_by_place = place_named_at < sentence.end
        && doc.token_text(r.end) == ","
        && g.place_named_as(
            doc.folded(place_named_at),
            &[PlaceKind::State, PlaceKind::Country],
        )
        .is_some_and(|p| village.is_none_or(|v| g.country_of(v) == g.country_of(p)));
    // "ANTIGUA GUATEMALA — ...": a dateline, which names where the story is filed.
    let dateline = r.start == sentence.start && crate::extract::opens_with_dateline(doc, sentence);
    // "toured La Quiaca", "visited Capurganá": what is visited, a known village's name.
    let visited = || g.is_trigger(TriggerKind::VisitVerb, before);
    // "from Alpine and Marfa", "through Tonalá, Arriaga or Chahuites": a later item of a list
    // whose first item stands where a place must.
    let listed_after_place = || {
        matches!(before, "and" | "or" | ",")
            && r.start >= sentence.start + 2
            && doc.is_capitalised(r.start - 2)
            && {
                let end = r.start - 1;
                let start = capitalised_run_start(doc, sentence.start, end).unwrap_or(end);
                village_context(g, doc, start..end, sentence, None)
            }
    };
    names_a_place_after(g, before)
        || to_or_of
        || followed_by_place
        || dateline
        || visited()
        || listed_after_place()
}

/// "headed for Key West", "bound for Miami Beach": a destination cue that ends in "for".
pub(super) fn heading_for(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
    before: &str,
) -> bool {
    before == "for"
        && g.triggers(TriggerKind::DestinationCue).ends_at(
            |t| doc.folded(t),
            sentence.start,
            r.start - 1,
        )
}

/// Whether a span opens an article's dateline: at the start of one of its first paragraphs,
/// followed by a comma and a country or state, with the dash that ends a dateline soon after;
/// or written in capitals, followed by that dash at once and written again in the story as a
/// name ("LOS EBANOS — Some 150 ... the Los Ebanos ferry"; not an outlet's "QCOSTARICA —").
pub(super) fn is_dateline_town(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    // Up to three words besides particles: "COLÒNIA DE SANT JORDI", "SAN PEDRO DE LOS PINOS".
    let opens = r.start == sentence.start
        && r.len() <= 6
        && r.clone()
            .filter(|&t| !is_particle(g, doc, t, TriggerKind::NameParticle))
            .count()
            <= 3
        && r.end + 1 < sentence.end
        && doc.sentences[doc.sentence_of(r.start)].paragraph <= 3;
    let in_capitals = |t: usize| {
        let text = doc.token_text(t);
        text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
    };
    let written_again = || {
        (r.end..doc.tokens.len().saturating_sub(r.len())).any(|at| {
            !in_capitals(at)
                && r.clone()
                    .all(|t| doc.folded(t) == doc.folded(at + t - r.start))
        })
    };
    if opens
        && matches!(doc.token_text(r.end), "—" | "–")
        && r.clone().all(in_capitals)
        && written_again()
    {
        return true;
    }
    // ("CHARLOTTEVILLE, Tobago (AP)": or before its island.)
    opens
        && place_after_comma(g, doc, r.end, sentence, |p| {
            matches!(g.places[p].kind, PlaceKind::State | PlaceKind::Country) || g.is_island(p)
        })
        && crate::extract::opens_with_dateline(doc, sentence)
}

/// Whether a comma at `comma` is followed by a known place `is_meant` accepts, of up to three
/// words: "COLCHANE, Chile", "Clair, New Brunswick".
pub(super) fn place_after_comma(
    g: &Gazetteer,
    doc: &Doc,
    comma: usize,
    sentence: &Range<usize>,
    is_meant: impl Fn(usize) -> bool,
) -> bool {
    comma < sentence.end
        && doc.token_text(comma) == ","
        && (1..=3).any(|words| {
            comma + 1 + words <= sentence.end
                && g.places_named(&key(doc, comma + 1..comma + 1 + words))
                    .iter()
                    .any(|&p| is_meant(p))
        })
}

/// Whether the words from token `end` set what comes before them in a known place: a comma,
/// then "in" and a known place (maybe after "the" and a word of direction: ", in western
/// Guinea"), or a compass point, "of" and a known place (", west of Tripoli").
pub(super) fn set_in_known_place(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> bool {
    const MOST_PLACE_WORDS: usize = 3;
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    if word(end) != "," {
        return false;
    }
    let compass = |w: &str| {
        matches!(
            w,
            "north"
                | "south"
                | "east"
                | "west"
                | "northwest"
                | "northeast"
                | "southwest"
                | "southeast"
        )
    };
    let mut t = end + 1;
    if distance_after(doc, end, sentence) {
        return true;
    }
    // "Albina, on the other bank of the river", "Sapoá, on the other side", "Kosti, on the
    // Sudanese side", "La Tina, on the far bank": a side of a border or river is a place's.
    let sided = |w: &str| matches!(w, "other" | "far") || g.demonym(w).is_some();
    if word(t) == "on" && word(t + 1) == "the" && sided(word(t + 2)) {
        return matches!(word(t + 3), "side" | "bank" | "shore");
    }
    if matches!(word(t), "in" | "on") {
        t += 1;
        if word(t) == "the" {
            t += 1;
        }
        let directed = crate::extract::is_compass_adjective(word(t)) || compass(word(t));
        if directed {
            t += 1;
        }
        // "on the northern tip of Lanzarote", "in the north of Chad".
        if word(t + 1) == "of"
            && matches!(
                word(t),
                "tip" | "coast" | "edge" | "shore" | "outskirts" | "side" | "bank"
            )
        {
            t += 2;
        }
        if directed && word(t) == "of" {
            t += 1;
        }
    } else if compass(word(t)) && word(t + 1) == "of" {
        t += 2;
    } else {
        return false;
    }
    t < sentence.end
        && is_cap(doc, t)
        && (1..=MOST_PLACE_WORDS)
            .take_while(|&n| t + n <= sentence.end)
            .any(|n| g.place(&key(doc, t..t + n)).is_some())
}

/// Whether the name at `start` is a shore's: "on the north coast of X", "the shores of X",
/// where no person is, whatever given name the place's name starts with.
pub(super) fn shore_of(doc: &Doc, start: usize, sentence: &Range<usize>) -> bool {
    start >= sentence.start + 3
        && doc.folded(start - 1) == "of"
        && matches!(
            doc.folded(start - 2),
            "coast" | "coastline" | "shore" | "shores"
        )
        && {
            let third = doc.folded(start - 3);
            third == "the"
                || crate::extract::is_compass_adjective(third)
                || crate::extract::is_compass_point(third)
        }
}

/// Whether a comma at `end` opens a distance: "Escárcega, about 60 kilometers to the north",
/// which is told of a place.
pub(super) fn distance_after(doc: &Doc, end: usize, sentence: &Range<usize>) -> bool {
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    let mut t = end + 1;
    if matches!(
        word(t),
        "about" | "some" | "around" | "roughly" | "nearly" | "almost"
    ) {
        t += 1;
    }
    word(end) == ","
        && t + 1 < sentence.end
        && doc.tokens[t].kind == TokenKind::Number
        && matches!(
            word(t + 1),
            "kilometres" | "kilometers" | "km" | "miles" | "mi"
        )
}

/// An unknown capitalised span: a person, a place or an organisation by context, or nothing.
/// Whether the comma at `comma` closes a relative or a role that a name stands in apposition
/// to: "his cousin,", "a broker,", "a broker in Moyale,", "a teacher from the camp,". With
/// "a" or "the", a name must end the clause after it ("a farmer, X Y, who", not "a farmer, X Y
/// said" nor a list "a lawyer, a priest, Human Rights Watch and").
pub(super) fn cue_in_apposition(g: &Gazetteer, doc: &Doc, start: usize, comma: usize) -> bool {
    let name_ends_clause = || {
        let name_end = (comma + 1..doc.tokens.len())
            .find(|&t| !doc.is_capitalised(t))
            .unwrap_or(doc.tokens.len());
        name_end == doc.tokens.len() || matches!(doc.token_text(name_end), "," | "." | ";" | "who")
    };
    if one_of_the_group_before(doc, start, comma) {
        return name_ends_clause();
    }
    let mut cue = comma;
    // Over a place after the role: "in Moyale", "from San Pedro Sula".
    let mut t = comma;
    while t > start && doc.is_capitalised(t - 1) && comma - t < 4 {
        t -= 1;
    }
    if t < comma && t > start && matches!(doc.folded(t - 1), "in" | "from") {
        cue = t - 1;
    }
    // ... or over a spot named in lower case: "a teacher from the camp".
    if t == comma
        && comma >= start + 4
        && doc.tokens[comma - 1].kind == TokenKind::Word
        && !doc.is_capitalised(comma - 1)
        && doc.folded(comma - 2) == "the"
        && matches!(doc.folded(comma - 3), "in" | "from" | "at")
    {
        cue = comma - 3;
    }
    if cue < start + 2 || !g.is_trigger(TriggerKind::PersonCue, doc.folded(cue - 1)) {
        return false;
    }
    match doc.folded(cue - 2) {
        "his" | "her" | "their" | "my" | "our" => true,
        "a" | "an" | "the" => name_ends_clause(),
        // "the governor's wife, Nhem Sokunthea, who chairs".
        _ if cue >= start + 4 && possessive_after(doc, cue - 4) => name_ends_clause(),
        _ => false,
    }
}

/// Whether the words before the comma at `comma` (and after `start`) say that the name after
/// it is one of the people the story follows: "said one of them, X", "An Eritrean in the
/// group, X,".
pub(crate) fn one_of_the_group_before(doc: &Doc, start: usize, comma: usize) -> bool {
    let three = comma >= start + 3
        && matches!(
            [
                doc.folded(comma - 3),
                doc.folded(comma - 2),
                doc.folded(comma - 1),
            ],
            ["one", "of", "them" | "us"] | ["in", "the", "group" | "boat" | "caravan"]
        );
    // "said one of the women, Rima,".
    three
        || (comma >= start + 4
            && matches!(
                [
                    doc.folded(comma - 4),
                    doc.folded(comma - 3),
                    doc.folded(comma - 2),
                    doc.folded(comma - 1),
                ],
                [
                    "one",
                    "of",
                    "the",
                    "women"
                        | "men"
                        | "mothers"
                        | "fathers"
                        | "passengers"
                        | "migrants"
                        | "travellers"
                        | "travelers"
                        | "survivors"
                        | "teenagers"
                ]
            ))
}

/// Whether the name at `name` is one someone goes by, after "whom they all called" or "whom
/// everyone in the camp calls" (the sentence starting at `start`).
pub(crate) fn called_by_all(doc: &Doc, start: usize, name: usize) -> bool {
    name > start + 2
        && matches!(doc.folded(name - 1), "call" | "calls" | "called")
        && (name.saturating_sub(8).max(start)..name - 1).any(|t| doc.folded(t) == "whom")
}

/// A noun for a person: a person's cue ("recruiter", "farmer") or a plain "man", "woman" ...
pub(super) fn names_someone(g: &Gazetteer, word: &str) -> bool {
    g.is_trigger(TriggerKind::PersonCue, word)
        || matches!(
            word,
            "man" | "woman" | "boy" | "girl" | "person" | "teenager"
        )
}

/// "a recruiter known only as Rudi", "a Malawian named by police as Chisomo Phiri", "a man they
/// knew only as Kedir", "a woman who gave her name as Abrehet": a name given after "as" to
/// someone a person's noun (or a nationality)
/// introduces, a few words before the verb that gives it (not "a group known as ...").
/// "asked to be identified by the pseudonym Oleh", "who asked to be called Petro", "known
/// only by the name Samir": the name, at `start`, that someone goes by in the story.
pub(crate) fn pseudonym_before(doc: &Doc, sentence: &Range<usize>, start: usize) -> bool {
    if start < sentence.start + 2 {
        return false;
    }
    let word = |k: usize| doc.folded(start - k);
    matches!(word(1), "pseudonym" | "alias")
        || (word(1) == "called" && word(2) == "be")
        || (word(1) == "name"
            && word(2) == "the"
            && start >= sentence.start + 3
            && matches!(word(3), "by" | "under" | "using"))
}

pub(super) fn named_as_someone(
    g: &Gazetteer,
    doc: &Doc,
    sentence: &Range<usize>,
    start: usize,
) -> bool {
    if start < sentence.start + 3 || doc.folded(start - 1) != "as" {
        return false;
    }
    // ("a fisherman named by several of them as X": the agent may stand between.)
    let Some(verb) = (start.saturating_sub(7).max(sentence.start)..start - 1)
        .rev()
        .take_while(|&t| doc.token_text(t) != ",")
        .find(|&t| {
            matches!(
                doc.folded(t),
                "known" | "knew" | "named" | "identified" | "introduced"
            ) || (doc.folded(t) == "name"
                // "a young Eritrean woman who gave her name as X".
                && t >= sentence.start + 2
                && matches!(doc.folded(t - 2), "gave" | "gives" | "giving"))
        })
    else {
        return false;
    };
    // ("An Iraqi man from Mosul who gave his name only as X": "his" or "her" own name is a
    // person's, however far back the noun.)
    let own_name = doc.folded(verb) == "name" && matches!(doc.folded(verb - 1), "his" | "her");
    let nouns = verb.saturating_sub(4).max(sentence.start)..verb;
    let someone = own_name
        || nouns.clone().any(|t| {
            let w = doc.folded(t);
            names_someone(g, w) || (is_cap(doc, t) && g.demonym(w).is_some())
        });
    someone
        && !nouns
            .into_iter()
            .any(|t| g.is_trigger(TriggerKind::OrgCue, doc.folded(t)))
}

/// Whether `r` is one of the two capitalised names after "between" that a way's noun opens:
/// "the crossing between Nimule and Elegu", "the road between X and Y", "beaches between X and
/// Y" (not "talks between X and Y", where people may stand).
pub(super) fn ends_of_a_way(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let names_a_way = |between: usize| {
        between > sentence.start && doc.folded(between) == "between" && {
            let noun = doc.folded(between - 1);
            g.is_trigger(TriggerKind::LandmarkHead, noun)
                || matches!(
                    noun,
                    "route" | "frontier" | "boundary" | "corridor" | "journey" | "trip" | "ferry"
                )
                // ("launched from beaches between Tripoli and Batroun": a stretch of shore.)
                || matches!(noun, "beaches" | "coast" | "coastline" | "shore" | "stretch")
        }
    };
    // The first name: "and" and a capital follow.
    let first = r.start > sentence.start
        && names_a_way(r.start - 1)
        && r.end + 1 < sentence.end
        && doc.folded(r.end) == "and"
        && is_cap(doc, r.end + 1);
    // The second: "and" follows a first name right after "between".
    let second = r.start > sentence.start + 1
        && doc.folded(r.start - 1) == "and"
        && capitalised_run_start(doc, sentence.start, r.start - 1)
            .is_some_and(|start| start > 0 && names_a_way(start - 1));
    first || second
}

/// Whether the name at `r` (of `words` words) is a person's, told by what follows it set off
/// by a comma: "X, a Venezuelan migrant", "X, 34, from Honduras", "X Y, who is travelling
/// with two sons, said".
pub(super) fn person_in_apposition(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
    words: usize,
) -> bool {
    if r.end + 2 >= sentence.end || doc.token_text(r.end) != "," {
        return false;
    }
    let next = doc.folded(r.end + 1);
    let tells_a_person = |t: usize| {
        let w = doc.folded(t);
        g.is_trigger(TriggerKind::PersonCue, w)
            || g.demonym(w).is_some()
            || w.ends_with("year-old")
            || (g.title(w).is_some() && !possessive_after(doc, t))
    };
    // Up to three words in lower case after the article: the noun may follow adjectives.
    // ("33-year-old" is three tokens.)
    let described = (r.end + 2..sentence.end.min(r.end + 5))
        .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct || doc.token_text(t) == "-")
        .any(tells_a_person);
    // (Not "X, the sheriff's office said".) "X Y, who is travelling with two sons, said":
    // a name of two words or more that opens a sentence and a relative clause on "who" (or
    // an apposition) follows, before a verb of speech, is a person's. (Within a sentence the
    // name may end a body's or a place's: "volunteers from Grupa Granica, who", "the mayor of
    // East Samos, who".) Not an apposition that names a body, by its head or an organisation
    // cue: "Puentes Nuevos, a rights group based in Tijuana, said".
    let apposition_names_a_body = || {
        (r.end + 2..sentence.end.min(r.end + 5))
            .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct)
            .any(|t| {
                (is_org_head(g, doc, t) || g.is_trigger(TriggerKind::OrgCue, doc.folded(t)))
                    && !possessive_after(doc, t)
            })
    };
    let opens_a_speech = || {
        r.start == sentence.start
            && (r.end + 2..sentence.end).any(|t| {
                doc.token_text(t - 1) == "," && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t))
            })
    };
    // "Marzuki Daud, the panglima laot of Sabang, ..., said": the same for an apposition
    // whose noun the gazetteer does not know, when it opens on an article.
    // ("Alarm Phone, a volunteer hotline that ...": the noun, not a word before it, says
    // what; not "X, a group leader".)
    let described_as_a_body = || {
        (r.end + 2..sentence.end.min(r.end + 5))
            .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct)
            .any(|t| {
                let ends_noun = t + 1 >= sentence.end
                    || doc.tokens[t + 1].kind == TokenKind::Punct
                    || g.is_trigger(TriggerKind::FunctionWord, doc.folded(t + 1));
                ends_noun
                    && (is_org_head(g, doc, t) || g.is_trigger(TriggerKind::OrgCue, doc.folded(t)))
            })
    };
    matches!(next, "a" | "an" | "who" | "the") && described && !described_as_a_body()
        || doc.tokens[r.end + 1].kind == TokenKind::Number && words >= 2
        || matches!(next, "who" | "the" | "a" | "an")
            && words >= 2
            && !is_org_head(g, doc, r.end - 1)
            && !apposition_names_a_body()
            && opens_a_speech()
}
