//! Where a group is, came from, goes through and heads for: the places of movement verbs,
//! legs of the journey, rides, and destinations told as hopes.

use super::*;

/// "By noon they had passed through Huixtla", "Most said they planned to continue to Bogotá",
/// "Others came from Haiti", "Most arrived by bus from Medellín": a sentence whose subject,
/// early on, is "they" or "others", or that opens on "most", "many", "nearly all" or on the
/// people of the group ("Men, women and children", "Families") or what carries them ("The
/// buses left El Paso"), and that says where
/// someone walked, passed, came from or heads follows the group of the story (read only when
/// the article has one). ("Some" opens figures and subgroups as often: "Some 390,000 people
/// crossed", "Some men walked on to X".) One of them quoted ("\"We want to reach the United
/// States\"") follows it when "we" head somewhere: where "we walked" or "travelled" is told, the
/// places are more often the speaker's own ("..., said X, who left Dakar in October").
///
/// `subject_within` is how many words "they" may come after: eight, or more in the sentence
/// right after a group sentence ("From Nicaragua, which does not require Cubans to hold a
/// visa, they crossed Honduras").
pub(super) fn moves_on(g: &Gazetteer, words: &[&str], subject_within: usize) -> bool {
    // ("According to the Unification Ministry, the families told investigators they had left
    // from ...": the subject comes after whom the sentence is told by.)
    let words = match words {
        ["according", "to", rest @ ..] => rest
            .iter()
            .take(8)
            .position(|w| *w == ",")
            .map_or(words, |comma| &rest[comma + 1..]),
        _ => words,
    };
    // "Most", "Many", "Nearly all": a share of the group opens the sentence (or the quotation
    // that opens it: "\"Most of us want to go to Germany.\"").
    let share_first = match past_opening_quote(words) {
        [first, ..] if matches!(*first, "most" | "many") => true,
        ["several", "of", ..] => true,
        // "Men, women and children carried bundles across the river", "Families waded".
        [first, ..] if matches!(*first, "men" | "women" | "families") => true,
        [first, "all", ..] => matches!(*first, "nearly" | "almost"),
        // "The buses left El Paso", "The boat set out from Cuba", "The plane left Alexandria":
        // what carries them; "The passengers had left from Cap-Haïtien", "The people waiting
        // in Danlí had entered from Nicaragua": whom.
        // "The families had left Talaimannar", "The 11 were taken by van to the camp": those
        // just counted.
        // "Their wooden boat left Zuwara": theirs, after a word that describes it.
        ["their", first, second, ..] => {
            g.is_trigger(TriggerKind::Vehicle, first) || g.is_trigger(TriggerKind::Vehicle, second)
        }
        // (Not "The two leaders met": a figure before a noun counts those.)
        ["the", subject, next, ..] => {
            g.is_trigger(TriggerKind::Vehicle, subject)
                || matches!(*subject, "passengers" | "people" | "survivors" | "families")
                // "The men were picked up ... and driven to Broome".
                || ((is_count(subject) || matches!(*subject, "men" | "women"))
                    && matches!(
                        *next,
                        "were" | "was" | "had" | "have" | "are" | "then" | "all"
                    ))
        }
        _ => false,
    };
    let heads_somewhere = || g.triggers(TriggerKind::DestinationCue).any_in(words);
    // "The passengers said they had set out from Dellys".
    let left_somewhere = || g.triggers(TriggerKind::DepartureCue).any_in(words);
    // "said all of them were going to São Paulo", "Every one of us was going to Dallas": a
    // member speaking for the group.
    let all_of_them = || {
        words
            .windows(3)
            .any(|w| matches!(w, ["all", "of", "them" | "us"]))
            || words
                .windows(4)
                .any(|w| matches!(w, ["every", "one", "of", "them" | "us"]))
    };
    if (words.iter().take(8).any(|w| *w == "we") || all_of_them()) && heads_somewhere() {
        return true;
    }
    // "\"From Assamaka we walked, then trucks to Arlit, then Agadez, and now here\"": a way
    // told up to where the group is now is the group's.
    let up_to_here = || {
        words
            .windows(2)
            .any(|w| matches!(w, ["now", "here"] | ["are", "here"]))
    };
    if words.iter().take(8).any(|w| *w == "we")
        && up_to_here()
        && g.triggers(TriggerKind::GroupMovement).any_in(words)
    {
        return true;
    }
    // "Agents took them to the station in Deming", "a bus carried them to Chicago": where the
    // group was taken.
    if words
        .windows(3)
        .any(|w| takes_them(g, w[0], w[1]) && matches!(w[2], "to" | "back"))
    {
        return true;
    }
    // "Everyone on this boat wants to get to France".
    // "On Wednesday the Cubans were taken by bus to Chetumal": the people by their
    // nationality.
    let nationality_subject = || {
        words
            .windows(2)
            .take(subject_within)
            .any(|w| w[0] == "the" && is_plural_demonym(g, w[1]))
    };
    // "Passengers said the boat had left from near Tobruk": what carries them, told by others
    // (who may be told at length first: "X, 24, a mechanic from Kenitra, said the boat ...").
    // So are they, their way told as done: "X, 44, a schoolteacher, said the families had
    // left their village" (not "said the families would be driven to their home districts").
    let told_of_by_another = || {
        words.windows(4).take(16).any(|w| {
            w[0] == "said"
                && w[1] == "the"
                && (g.is_trigger(TriggerKind::Vehicle, w[2])
                    || ((w[2] == "families" || g.is_trigger(TriggerKind::GroupCountNoun, w[2]))
                        && w[3] == "had"))
        })
    };
    (share_first
        || words
            .iter()
            .take(subject_within)
            .any(|w| matches!(*w, "they" | "others" | "everyone" | "everybody"))
        || nationality_subject()
        || told_of_by_another())
        && (g.triggers(TriggerKind::GroupMovement).any_in(words)
            || heads_somewhere()
            || left_somewhere()
            // "they had fled fighting in the Ségou region": where they fled is home.
            || words.iter().any(|w| tells_flight(w)))
}

/// Whether the "to" after `before(1)` ends a leg the group went on its own: "had crossed the
/// Sahara from Agadez, in Niger, to Tamanrasset", "walked from Tecún Umán to Tapachula": a past
/// verb of going, then "from" and a place (its apposition may hold commas), then "to".
pub(super) fn leg_walked_from<'w>(before: impl Fn(usize) -> &'w str) -> bool {
    let Some(from) = (1..=12).find(|&k| before(k) == "from") else {
        return false;
    };
    (from + 1..=from + 5)
        .take_while(|&k| !matches!(before(k), "," | ";" | ":" | ""))
        .any(|k| {
            matches!(
                before(k),
                "crossed" | "walked" | "trekked" | "hiked" | "travelled" | "traveled" | "drove"
            )
        })
}

/// "then made their way north to Maghnia", "made their way to the border": a leg gone.
pub(super) fn made_their_way<'w>(before: impl Fn(usize) -> &'w str) -> bool {
    let at = if is_compass_point(before(1))
        || matches!(before(1), "northward" | "southward" | "inland" | "back")
    {
        2
    } else {
        1
    };
    before(at) == "way"
        && before(at + 2) == "made"
        && matches!(before(at + 1), "their" | "his" | "her" | "our")
}

/// "They fled to Tabqa", "then drove east to Qamishli": a leg gone under their own steam, told
/// in the past.
pub(super) fn went_on_their_own<'w>(before: impl Fn(usize) -> &'w str) -> bool {
    let at = if is_compass_point(before(1)) { 2 } else { 1 };
    went_under_own_steam(before(at)) || before(at) == "trekked"
}

/// A quotation's own words, past the quote mark that opens the sentence: "\"Most of us want to
/// go to Germany.\"" opens on "most" as a sentence without quotes does.
pub(super) fn past_opening_quote<'a, 'w>(words: &'a [&'w str]) -> &'a [&'w str] {
    match words {
        [open, rest @ ..] if matches!(*open, "\"" | "“") => rest,
        _ => words,
    }
}

/// Whether sentence `si` is a stop of a route read out as a list: a name with a date or a
/// "now" and no verb ("Murmansk, Jan. 9.", "Now Kirkenes."), or a bare name after such a
/// fragment ("Day 4. Minsk."). (A bare name alone is as often where they want to go:
/// "Johannesburg. Everybody in that truck, Johannesburg.")
pub(super) fn is_stop_fragment(doc: &Doc, si: usize) -> bool {
    match fragment(doc, doc.sentences[si].tokens.clone()) {
        Some(dated) => {
            dated || (si > 0 && fragment(doc, doc.sentences[si - 1].tokens.clone()) == Some(true))
        }
        None => false,
    }
}

/// Whether a sentence is a fragment of at most five words with no verb, all capitalised but
/// for numbers and "now", "then" or "and": `Some(true)` when a number or such a word dates it.
pub(super) fn fragment(doc: &Doc, sentence: std::ops::Range<usize>) -> Option<bool> {
    let mut words = sentence.filter(|&t| doc.tokens[t].kind != TokenKind::Punct);
    let first = words.next()?;
    if !doc.is_capitalised(first) {
        return None;
    }
    let (mut count, mut dated) = (1, doc.folded(first) == "now");
    for t in words {
        count += 1;
        let marker = doc.tokens[t].kind == TokenKind::Number
            || matches!(doc.folded(t), "now" | "then" | "and");
        if !(marker || doc.is_capitalised(t)) || count > 5 {
            return None;
        }
        dated |= marker;
    }
    Some(dated)
}

/// Whether a sentence tells the journey of those just spoken of: "Told in order, their journey
/// was short: an overnight bus from Yangon to Kawthaung", "Their route took them through Niger".
pub(super) fn tells_their_journey(words: &[&str]) -> bool {
    words.windows(2).any(|w| {
        w[0] == "their"
            && matches!(
                w[1],
                "journey" | "journeys" | "route" | "trip" | "trek" | "voyage" | "odyssey"
            )
    })
}

/// Whether a sentence goes back along the route just told: "Before that there was a hotel in
/// Minsk", "Before the sea there had been a week in Kupang".
pub(super) fn route_told_backwards(words: &[&str]) -> bool {
    words.first() == Some(&"before")
        && words.windows(3).take(6).any(|w| {
            w[0] == "there" && (matches!(w[1], "was" | "were") || w[1..] == ["had", "been"])
        })
}

/// Whether a sentence that tells of a meeting names the group only as what is discussed ("to
/// discuss buses for the caravan", "to discuss the group's future").
pub(super) fn only_a_topic(g: &Gazetteer, words: &[&str]) -> bool {
    let group_noun = |w: &str| {
        is_strong_noun(g, w)
            || matches!(
                w,
                "group" | "migrants" | "passengers" | "walkers" | "men" | "women" | "families"
            )
    };
    let topic_before = |i: usize| {
        words[i.saturating_sub(5)..i].iter().any(|w| {
            matches!(
                *w,
                "discuss" | "discussed" | "discussing" | "about" | "regarding"
            )
        })
    };
    g.triggers(TriggerKind::Meeting).any_in(words)
        && words
            .iter()
            .enumerate()
            .filter(|(_, w)| group_noun(w))
            .all(|(i, _)| topic_before(i))
}

/// "were from", "are mostly from", "were all from", "were ethnic Mon from": the words before
/// "from", last first, say where someone is from.
pub(super) fn is_from_copula(before: [&str; 3]) -> bool {
    let copula = |w: &str| matches!(w, "are" | "were" | "is" | "was");
    let [last, second_last, third_last] = before;
    copula(last)
        || (matches!(last, "all" | "mostly" | "mainly" | "largely") && copula(second_last))
        || (second_last == "ethnic" && copula(third_last))
}

/// The places a group sentence says the group got to, which are both where it is and where it
/// was headed.
#[derive(Default)]
pub(super) struct Reached {
    /// Brought there by a vehicle, or arrived.
    pub(super) there: Vec<usize>,
    /// Its members' own country, when they are sent or headed home.
    pub(super) home: Vec<usize>,
    /// Countries the people a vehicle carries are said to be from ("a sailboat carrying
    /// migrants from Turkey"): where they come from, or where the vehicle set out.
    pub(super) carried_from: Vec<usize>,
}

/// Whether a place is a sentence of its own, but for quotation marks, and the next sentence
/// opens on "All of us": "\"Santo Domingo. All of us.\"", where they all want to go. (So is
/// a place that opens a quotation after a colon or a comma: "he said: \"Istanbul. All of us.")
pub(super) fn place_then_all_of_us(doc: &Doc, si: usize, m: &Mention) -> bool {
    let is_quote = |t: usize| crate::extract::mentions::is_quote_mark(doc, t);
    let sentence = doc.sentences[si].tokens.clone();
    let opens_quotation = m.tokens.start >= sentence.start + 2
        && is_quote(m.tokens.start - 1)
        && matches!(doc.token_text(m.tokens.start - 2), ":" | ",");
    let alone = ((sentence.start..m.tokens.start).all(is_quote) || opens_quotation)
        && (m.tokens.end..sentence.end).all(|t| is_quote(t) || doc.token_text(t) == ".");
    alone && next_opens_on_all_of_us(doc, si)
}

/// Whether the sentence after `si` opens on "All of us" (past a quotation mark).
pub(super) fn next_opens_on_all_of_us(doc: &Doc, si: usize) -> bool {
    doc.sentences.get(si + 1).is_some_and(|next| {
        let words = doc.folded_words(next.tokens.clone());
        all_of_us_len(past_opening_quote(&words)).is_some()
    })
}

/// Reads origins, locations and destinations from one group sentence; returns the places the
/// group got to.
pub(super) fn read_places(
    r: Reading,
    (si, s): (usize, std::ops::Range<usize>),
    ex: &mut Extraction,
    group: &mut Group,
) -> Reached {
    let Reading {
        g,
        doc,
        mentions,
        refs,
        ..
    } = r;
    let mut reached = Reached::default();
    let word = |t: usize| doc.folded(t);
    let stop_fragment = is_stop_fragment(doc, si);
    let here = mentions.partition_point(|m| m.sentence < si)
        ..mentions.partition_point(|m| m.sentence <= si);
    let in_sentence = || {
        here.clone()
            .map(|j| (j, &mentions[j]))
            .filter(|(_, m)| m.tokens.start >= s.start && m.tokens.end <= s.end)
    };
    // "deported", "sent ... back", "flown home": people taken back to where they come from.
    // (Not "brought them back to the harbour", "back to shore": to where they set out.)
    let back_to_a_spot = |t: usize| {
        t + 2 < s.end
            && word(t + 1) == "to"
            && (matches!(word(t + 2), "shore" | "port" | "land")
                || (word(t + 2) == "the"
                    && t + 3 < s.end
                    && doc.token_text(t + 3).starts_with(char::is_lowercase)))
    };
    let sent_home = s.clone().any(|t| match word(t) {
        "deportees" | "deported" | "repatriated" | "returnees" | "home" => true,
        "back" => !back_to_a_spot(t),
        _ => false,
    });
    // "A bus carrying 42 migrants pulled into a center in Chicago": a vehicle's arrival is
    // where the group was taken; a place before the verb ("crowded into a boat at Gravelines
    // and reached Dover") is where the trip began.
    let arrival = if s.clone().any(|t| is_vehicle(g, word(t))) {
        s.clone()
            .find(|&t| matches!(word(t), "landed" | "arrived" | "reached" | "pulled"))
    } else {
        None
    };
    let arrived_by = arrival.is_some();
    // "A dinghy carrying about 40 people from Afghanistan, Syria and Eritrea reached Samos":
    // countries right after the people's noun, in a list, are where the people come from,
    // not where the boat set out.
    let people_from = |at: usize| {
        (s.start + 1..at)
            .rev()
            .take(8)
            .find(|&t| word(t) == "from")
            .is_some_and(|f| g.is_trigger(TriggerKind::GroupCountNoun, word(f - 1)))
    };
    // A place in the arrival's own clause: not "reached Dover, while a second attempt from a
    // beach near Dunkirk failed".
    let arrived_at = |at: usize| {
        arrival.is_some_and(|v| v < at && (v..at).all(|t| !matches!(word(t), "," | ";" | "while")))
    };
    // "'...,' said X, an IOM spokeswoman in Tegucigalpa": the places of a quote's attribution
    // are the speaker's. (Not "X, the ombudsman for Urabá, said about 1,800 people were
    // waiting": what is said follows.)
    let attribution = s.clone().find(|&t| {
        t > s.start
            && t + 1 < s.end
            && matches!(word(t), "said" | "says")
            && matches!(doc.token_text(t - 1), "," | "\"" | "”")
            && doc.is_capitalised(t + 1)
    });
    // "..., said X, 34, from Barinas, who said the group wanted to reach Houston": the
    // speaker goes on to tell of the whole group, and what follows is its own.
    let tells_of_group = attribution.and_then(|a| {
        (a + 2..s.end.saturating_sub(1)).find(|&t| {
            word(t - 1) == "who"
                && matches!(word(t), "said" | "says")
                && (t + 1..(t + 4).min(s.end)).any(|u| {
                    matches!(
                        word(u),
                        "group" | "everyone" | "everybody" | "all" | "they" | "we"
                    )
                })
        })
    });
    // "The two boatmen turned the boat around and sped back toward Iran": where the crew
    // heads, in the clause it opens, is not where the group does.
    let crew_heads = |at: usize| {
        let crew = (s.start..(s.start + 4).min(s.end)).any(|t| is_crew(word(t)));
        crew && (s.start..at).all(|t| !matches!(word(t), ";" | "said" | "says"))
    };
    // "They had driven through the night, the workers said, across Sa Kaeo province to ...":
    // an attribution set off by commas inside the clause, which the words read back from a
    // place step over.
    let asides: Vec<std::ops::Range<usize>> = s
        .clone()
        .filter(|&u| matches!(word(u), "said" | "says") && u + 1 < s.end && word(u + 1) == ",")
        .filter_map(|u| {
            let comma = (u.saturating_sub(5).max(s.start)..u)
                .rev()
                .find(|&c| word(c) == ",")?;
            (comma + 1..u)
                .all(|v| doc.tokens[v].kind == TokenKind::Word)
                .then_some(comma..u + 2)
        })
        .collect();
    for (i, m) in in_sentence() {
        if attribution.is_some_and(|a| m.tokens.start > a)
            && tells_of_group.is_none_or(|t| m.tokens.start <= t)
        {
            continue;
        }
        match refs[i] {
            Some(EntityRef::Demonym(p)) if demonym_is_origin(g, doc, m, &s) => {
                let e = place_entity(g, ex, p);
                push_unique(&mut group.origins, e);
                if sent_home {
                    push_unique(&mut group.destinations, e);
                    reached.home.push(e);
                }
            }
            Some(EntityRef::Place(p))
                if home_told_at(&r.folded[m.tokens.end..s.end], 0)
                    // ("the Sagaing region, where": past the kind of place.)
                    || (m.tokens.end < s.end
                        && g.is_trigger(TriggerKind::StateContext, word(m.tokens.end))
                        && home_told_at(&r.folded[m.tokens.end + 1..s.end], 0)) =>
            {
                push_unique(&mut group.origins, p);
                push_unique(&mut group.at, p);
            }
            // "The Czech Republic, all of us": where all of them want to go, said without a
            // verb. So is "Santo Domingo. All of us.", the place a sentence of its own, and
            // "All of us, to Germany".
            Some(EntityRef::Place(p))
                if (m.tokens.end + 1 < s.end
                    && word(m.tokens.end) == ","
                    && all_of_us_len(&r.folded[m.tokens.end + 1..s.end]).is_some()
                    // (Not "We are in Zambia, near Chipata, all fifty-two of us": where they
                    // are.)
                    && !(m.tokens.start > s.start
                        && matches!(word(m.tokens.start - 1), "in" | "near" | "at" | "from")))
                    || (m.tokens.start >= s.start + 5
                        && (m.tokens.start - 5..m.tokens.start)
                            .map(word)
                            .eq(["all", "of", "us", ",", "to"]))
                    || place_then_all_of_us(doc, si, m) =>
            {
                push_unique(&mut group.destinations, p);
            }
            Some(EntityRef::Place(p)) => {
                let kind = ex.places[p].kind;
                // "Tapachula, Mexico": a country or state after a town names where the town is.
                let after_town = m.tokens.start >= s.start + 2 && doc.token_text(m.tokens.start - 1) == "," && in_sentence().any(|(j, o)| {
                    o.tokens.end == m.tokens.start - 1 && matches!(refs[j], Some(EntityRef::Place(q)) if ex.places[q].kind == PlaceKind::City)
                });
                if after_town && matches!(kind, PlaceKind::Country | PlaceKind::State) {
                    push_unique(&mut group.at, p);
                    continue;
                }
                // "the road from Tapachula, in Chiapas": where the place before lies, which
                // takes that place's part (the group left Chiapas too), not a place of its own.
                let contains_place_before = m.tokens.start >= s.start + 3
                    && word(m.tokens.start - 1) == "in"
                    && word(m.tokens.start - 2) == ","
                    && in_sentence().any(|(j, o)| {
                        o.tokens.end == m.tokens.start - 2
                            && matches!(refs[j], Some(EntityRef::Place(q)) if ex.lies_within(q, p))
                    });
                if contains_place_before {
                    continue;
                }
                // "the head of UNHCR's office in Abéché": where an office is, not the group.
                // (Not "took the group to its office in Mérida", "were taken to the Institute's
                // offices in Escárcega": where the group was taken.)
                let taken_to = || {
                    (m.tokens.start.saturating_sub(9).max(s.start)..m.tokens.start - 2)
                        .any(|t| word(t) == "to")
                };
                let seat_of_office = m.tokens.start >= s.start + 3
                    && word(m.tokens.start - 1) == "in"
                    && matches!(word(m.tokens.start - 2), "office" | "offices")
                    && (word(m.tokens.start - 3) == "s" || doc.is_capitalised(m.tokens.start - 3))
                    && !taken_to();
                if seat_of_office {
                    continue;
                }
                // "from the Russian region of Buryatia": a singular region is a place's head
                // where people come from it (though not always: "a port in the semi-autonomous
                // region of Puntland").
                let from_region = |t: usize| {
                    word(t) == "region"
                        && (t.saturating_sub(3).max(s.start)..t).any(|k| word(k) == "from")
                };
                // Walk back over a list ("Central America, Cuba, Venezuela, and Haiti") to its cue.
                let mut t = m.tokens.start;
                let mut cue = None;
                let mut steps = 0;
                while t > s.start && steps < 14 {
                    t -= 1;
                    steps += 1;
                    let w = word(t);
                    let mut in_other_place = false;
                    // "the Mexican state of Chiapas", "the Haitian town of X": a demonym there
                    // says whose the place is, and the cue lies before it.
                    let mut in_demonym = false;
                    for (j, o) in in_sentence() {
                        if o.tokens.contains(&t) {
                            match refs[j] {
                                Some(EntityRef::Place(_)) => in_other_place = true,
                                Some(EntityRef::Demonym(_)) => in_demonym = true,
                                _ => {}
                            }
                        }
                    }
                    // ("Democratic Republic of Congo and Burundi": the "of" inside a place's
                    // name before is no cue.)
                    if in_demonym || in_other_place {
                        continue;
                    }
                    // "a town in Argentina's Salta province": the possessive between two places
                    // is no cue either; the cue lies before the first.
                    if w == "'" || (w == "s" && t > s.start && word(t - 1) == "'") {
                        continue;
                    }
                    // "across the frozen St. John River": a word that describes a river or a
                    // road, after "the", is none.
                    // ("on Australia's remote Gove Peninsula": after a possessive too.)
                    let describes_landmark = kind == PlaceKind::Landmark
                        && t == m.tokens.start - 1
                        && t > s.start
                        && (word(t - 1) == "the" || (word(t - 1) == "s" && word(t - 2) == "'"))
                        && doc.tokens[t].kind == TokenKind::Word
                        && !doc.is_capitalised(t);
                    // "near the Aboriginal community of Yirrkala", "the Bedouin village of X":
                    // a people's word before the kind of place says whose it is.
                    let names_whose_place = t > s.start
                        && word(t - 1) == "the"
                        && doc.is_capitalised(t)
                        && t + 1 < m.tokens.start
                        && is_place_noun(word(t + 1));
                    if describes_landmark || names_whose_place {
                        continue;
                    }
                    // "All of us, Germany.": one of them, speaking for all, names where they
                    // go.
                    if w == ","
                        && t >= s.start + 3
                        && [word(t - 3), word(t - 2), word(t - 1)] == ["all", "of", "us"]
                    {
                        cue = Some("to".into());
                        break;
                    }
                    // "we want the same thing, all of us: Europe": a wish told before a colon
                    // names where they go.
                    // "All of us wanted Samos", "We want Germany": a place wanted, with no
                    // verb of going, by those who speak for all.
                    if matches!(w, "want" | "wants" | "wanted")
                        && t + 1 == m.tokens.start
                        && t > s.start
                        && matches!(word(t - 1), "us" | "we" | "all" | "everyone" | "everybody")
                    {
                        cue = Some("to".into());
                        break;
                    }
                    if w == ":" {
                        let wished = (t.saturating_sub(10).max(s.start)..t).any(|k| {
                            matches!(word(k), "want" | "wants")
                                && g.triggers(TriggerKind::DestinationCue)
                                    .ends_at(word, s.start, k)
                        });
                        if wished {
                            cue = Some("to".into());
                        }
                        break;
                    }
                    if matches!(
                        w,
                        "," | "and"
                            | "or"
                            // "trucks to Arlit, then Agadez, then Zinder": legs of one way.
                            | "then"
                            | "such"
                            | "as"
                            | "the"
                            | "including"
                            | "diverse"
                            | "regions"
                            | "countries"
                            | "different"
                            | "mainly"
                            | "mostly"
                            | "predominantly"
                            | "other"
                            | "indigenous"
                            // ("from the nearby districts of X, Y and Z".)
                            | "nearby"
                            | "neighbouring"
                            | "neighboring"
                            | "surrounding"
                            | "of"
                    ) || is_place_noun(w)
                        || crate::extract::is_compass_adjective(w)
                        || from_region(t)
                    {
                        if w == "of"
                            && t > s.start
                            && (is_place_noun(word(t - 1))
                                || word(t - 1) == "port"
                                || from_region(t - 1))
                        {
                            continue;
                        }
                        // "70 miles east of San Diego", "the mayor of Lima said": a point to
                        // measure from, the place an official serves. (But "had left a beach
                        // south of Ensenada": an unnamed spot by a place is in it.)
                        if w == "of"
                            && t > s.start
                            && ((is_compass_point(word(t - 1))
                                && !unnamed_spot_before(g, doc, s.start, t - 1))
                                || g.title(word(t - 1)).is_some())
                        {
                            break;
                        }
                        // "came from villages in the countryside of Homs province", "fled the
                        // outskirts of Aleppo": their home.
                        if w == "of"
                            && t >= s.start + 3
                            && matches!(word(t - 1), "countryside" | "outskirts")
                            && word(t - 2) == "the"
                            // (Not "crossed from Mexico on the outskirts of Tecate": no place
                            // between.)
                            && (3..=6).any(|k| {
                                t >= s.start + k
                                    && (word(t - k) == "from" || tells_flight(word(t - k)))
                                    && (t - k + 1..t - 2).all(|u| !doc.is_capitalised(u))
                            })
                        {
                            cue = Some("home".to_string());
                            break;
                        }
                        if w == "of" {
                            cue = Some("of".to_string());
                            break;
                        }
                        continue;
                    }
                    // "on the mountain road halfway between Başkale and Yüksekova": a point
                    // between two towns is in neither.
                    if w == "between" && halfway_between(r.folded, m.tokens.start) {
                        break;
                    }
                    let departures = g.triggers(TriggerKind::DepartureCue);
                    let before = |k: usize| {
                        if asides.is_empty() {
                            return if t >= s.start + k { word(t - k) } else { "" };
                        }
                        let mut u = t;
                        for _ in 0..k {
                            if u <= s.start {
                                return "";
                            }
                            u -= 1;
                            if let Some(aside) = asides.iter().find(|a| a.contains(&u)) {
                                if aside.start <= s.start {
                                    return "";
                                }
                                u = aside.start - 1;
                            }
                        }
                        word(u)
                    };
                    // "came from a village in Punjab province", "from their villages in Karen
                    // State", "from villages around Tal Kalakh": their home, where they were.
                    // ("who fled villages around Nampala": left, in the region they come from.)
                    // So is "had left villages in Venezuela's Delta Amacuro state".
                    let home_village = matches!(
                        before(1),
                        "village"
                            | "villages"
                            | "town"
                            | "towns"
                            | "city"
                            | "hamlet"
                            | "district"
                            | "region"
                    ) && matches!(w, "in" | "around" | "near")
                        && (2..=4).any(|k| {
                            before(k) == "from"
                                || tells_flight(before(k))
                                // (Not "left this border town in southern Mexico": a town left
                                // on the way.)
                                || (matches!(before(k), "left" | "leaving")
                                    && matches!(before(1), "village" | "villages" | "hamlet"))
                        });
                    // "Most had flown in from Addis Ababa and come from Nepal": come from a
                    // place, right before it, is home, whatever trip the clause told before.
                    let come_from =
                        w == "from" && matches!(before(1), "come" | "comes" | "came" | "coming");
                    // A word back over the clause, up to eight words: "crossed the Rumichaca
                    // bridge from Tulcán into", "waded across the Rio Grande from".
                    let back_in_clause = || {
                        (1..=8)
                            .map(before)
                            .take_while(|b| !matches!(*b, "," | ";" | ":" | ""))
                    };
                    // "Hundreds cross into Honduras": a headline's present tells what happened
                    // ("to cross into", "will cross into" are still to come).
                    let crosses_now = || {
                        back_in_clause().enumerate().any(|(k, b)| {
                            matches!(b, "cross" | "crosses")
                                && !matches!(
                                    before(k + 2),
                                    "to" | "will"
                                        | "would"
                                        | "could"
                                        | "can"
                                        | "may"
                                        | "might"
                                        | "must"
                                        | "not"
                                        | "never"
                                )
                        })
                    };
                    // "crossed into Rwanda" (not "the crossing into Chile", on a way ahead).
                    let went_into = || {
                        back_in_clause().any(|b| {
                            matches!(
                                b,
                                "crossed"
                                    | "entered"
                                    | "waded"
                                    | "walked"
                                    | "came"
                                    | "emerged"
                                    | "poured"
                                    | "streamed"
                                    | "marched"
                                    | "rode"
                                    | "drove"
                                    | "swam"
                                    | "moved"
                                    | "pushed"
                                    | "travelled"
                                    | "traveled"
                                    | "trekked"
                                    | "hiked"
                                    | "slipped"
                                    | "passed"
                            )
                        })
                    };
                    // "this town on Crete's southern coast", "stranded on Mexico's northern
                    // border": the shore or edge of a place is in it. (Not "leaving
                    // Port-de-Paix, on Haiti's northern coast": where the town before lies
                    // takes that town's part.)
                    if w == "on"
                        && t + 1 == m.tokens.start
                        && (t == s.start || word(t - 1) != ",")
                        && crate::extract::edge_of_place_after(doc, m.tokens.end, s.end)
                    {
                        cue = Some("at".into());
                        break;
                    }
                    // "ran aground on Sunday on Socotra", "came ashore on Lampedusa": the island
                    // or shore a boat landed on.
                    if w == "on"
                        && t + 1 == m.tokens.start
                        && back_in_clause().take(4).any(|b| {
                            matches!(b, "aground" | "ashore" | "landed" | "stranded" | "marooned")
                        })
                    {
                        cue = Some("at".into());
                        break;
                    }
                    // "many were born in Pakistan": where they are from.
                    if w == "in" && before(1) == "born" {
                        cue = Some("origin".into());
                        break;
                    }
                    let went = w == "into" && went_into();
                    if w == "into"
                        && (went
                            || crosses_now()
                            || back_in_clause()
                                .any(|b| matches!(b, "crossing" | "carried" | "across")))
                    {
                        // "crossed into Guatemala", "crossed from Costa Rica into Panama",
                        // "emerged from the jungle on Sunday into Bajo Chiquito", "rode into
                        // Tapachula on a freight train": where the group now is, reached.
                        cue = Some(if went { "crossed into" } else { "at" }.into());
                    } else if matches!(w, "to" | "into")
                        && (rode_there(g, before)
                            // "had taken buses from Istanbul to Edirne", "across Iran to
                            // Khoy": the same, with where the ride began or what it crossed.
                            || (2..=4).any(|k| {
                                matches!(before(k), "from" | "across" | "through")
                                    && rode_there(g, |j| before(j + k))
                            })
                            || (1..=8).any(|k| {
                                // "Many had flown to Toronto", "had flown into Montreal": a leg
                                // they flew themselves, a stop on the way (not "were flown to",
                                // where they were sent).
                                carries(g, before(k))
                                    && matches!(before(k + 1), "had" | "have" | "has")
                                    && (1..k).all(|j| !matches!(before(j), "," | ";" | ":" | ""))
                            }))
                        || (w == "to"
                            && (leg_walked_from(before)
                                || made_their_way(before)
                                || went_on_their_own(before)
                                || ride_told_as_leg(g, before)
                                || further_leg(before)))
                    {
                        cue = Some("at".into());
                    } else if (w == "to"
                        // "were brought into Kos harbour": carried in, too.
                        || (w == "into" && back_in_clause().any(|b| carries(g, b))))
                        && (back_in_clause().any(|b| carries(g, b))
                            || takes_them(g, before(2), before(1))
                            // "The migrants were taken by boat to Puerto Barrios" (not "taken
                            // back", where they came from).
                            || (1..=6).any(|k| {
                                before(k) == "taken"
                                    && matches!(before(k + 1), "were" | "was" | "been")
                                    && (1..k).all(|j| {
                                        !matches!(before(j), "back" | "," | ";" | ":" | "")
                                    })
                            }))
                    {
                        // "a flight carried 38 Colombians from Panama City to Medellín", "were
                        // flown to Tapachula": a trip told as done took them there.
                        cue = Some("taken to".into());
                    } else if w == "to" && waits_for_a_ride(g, before) {
                        cue = Some("to".into());
                    } else if g
                        .triggers(TriggerKind::DestinationCue)
                        .ends_at(word, s.start, t)
                    {
                        // "before reaching the village of X", "drove the length of the
                        // country, reaching Peñas Blancas late on Wednesday": they did.
                        let reached_by_then = (w == "reaching"
                            && matches!(before(1), "before" | "after" | "upon" | ","))
                            || done_there(r.folded, m.tokens.end);
                        cue = Some(if reached_by_then { "at" } else { "to" }.into());
                    } else if !come_from
                        && (departures.ends_at(word, s.start, t)
                        || (w == "from" && t > s.start && departures.ends_at(word, s.start, t - 1))
                        // "set out five or six days earlier from Necoclí", "emerged from the
                        // Darién jungle", "had been brought from Istanbul to the coast".
                        || (w == "from"
                            && back_in_clause().any(|b| {
                                matches!(
                                    b,
                                    "set"
                                        | "emerged"
                                        | "departed"
                                        | "driven"
                                        | "brought"
                                        | "ferried"
                                        | "flown"
                                        | "bused"
                                        | "bussed"
                                        | "deported"
                                        | "expelled"
                                        | "sailed"
                                        | "sailing"
                                )
                            }))
                        // "The group had come north from Lewiston": come a way from a place.
                        // So "after walking in from Spain", "had walked up from La Jonquera".
                        || (w == "from"
                            && (is_compass_point(before(1))
                                || matches!(before(1), "up" | "in" | "over" | "down"))
                            && matches!(
                                before(2),
                                "come"
                                    | "came"
                                    | "coming"
                                    | "moved"
                                    | "walk"
                                    | "walked"
                                    | "walking"
                            ))
                        // "had reached Moscow from Istanbul", "flew in from Dakar" (not "those
                        // who arrived were from Mali").
                        || (w == "from"
                            && !is_from_copula([before(1), before(2), before(3)])
                            && back_in_clause().any(|b| {
                                matches!(
                                    b,
                                    "reached"
                                        | "arrived"
                                        | "flew"
                                        | "travelled"
                                        | "traveled"
                                        | "walked"
                                        | "trekked"
                                )
                            }))
                        // "a flight from Havana", "the bus from Eagle Pass", "a week on the
                        // road from Tapachula", "the trek from Necoclí".
                        || (w == "from"
                            && (is_vehicle(g, before(1))
                                || matches!(before(1), "road" | "journey" | "trek" | "trip"))))
                    {
                        cue = Some("left".into());
                    } else if w == "from"
                        && t > s.start
                        && (matches!(
                            word(t - 1),
                            "them"
                                | "come"
                                | "comes"
                                | "came"
                                | "coming"
                                | "originally"
                                | "natives"
                                // "The Indians, most from Punjab state", "The families,
                                // all from North Darfur".
                                | "most"
                                | "many"
                                | "all"
                        ) || is_from_copula([before(1), before(2), before(3)]))
                    {
                        // "many of them from Táchira", "who came from Haiti", "Most were from
                        // Zacatecas and Durango": where the people are from, whatever kind of
                        // place it is.
                        cue = Some("origin".into());
                    } else if w == "from" && t > s.start && tells_flight(word(t - 1)) {
                        // "had fled from Morrumbala district": home, and a place they left.
                        cue = Some("fled from".into());
                    } else if tells_flight(w) {
                        // "after fleeing Rakhine state": the place fled is home.
                        cue = Some("fled".into());
                    } else if w == "from"
                        && (t == s.start
                            || back_in_clause().any(|b| {
                                matches!(
                                    b,
                                    "crossed"
                                        | "crossing"
                                        | "entered"
                                        | "entering"
                                        | "returned"
                                        | "across"
                                        | "into"
                                )
                            }))
                    {
                        // "crossed from Costa Rica into Panama", "entered the country from
                        // Colombia", "waded across the Rio Grande from Ciudad Juárez", "From
                        // Panama, the group hopes to ...": where they left.
                        cue = Some("left".into());
                    } else if w == "from" || w == "hailing" {
                        cue = Some("from".into());
                    } else if g.is_trigger(TriggerKind::TransitCue, w)
                        // "drove ... on the Inter-American Highway", "walked along the river",
                        // "across the bridge over the Massacre River", "carried down the
                        // Tuquesa River": a road or river they went by.
                        || (matches!(w, "on" | "along" | "over" | "down" | "up")
                            && kind == PlaceKind::Landmark)
                    {
                        cue = Some("through".into());
                    } else if w == "in"
                        && (1..=3).any(|k| {
                            matches!(
                                before(k),
                                "cousin"
                                    | "cousins"
                                    | "relative"
                                    | "relatives"
                                    | "family"
                                    | "brother"
                                    | "sister"
                                    | "uncle"
                                    | "aunt"
                                    | "friend"
                                    | "friends"
                                    | "parents"
                                    | "husband"
                                    | "wife"
                            )
                        })
                    {
                        // "Everybody has a cousin in Fresno": a relative's place, not the
                        // group's.
                    } else if g.is_trigger(TriggerKind::LocationCue, w)
                        && (t.saturating_sub(8).max(s.start + 2)..t).any(|u| {
                            word(u) == "go"
                                && word(u - 1) == "to"
                                && matches!(
                                    word(u - 2),
                                    "want" | "wants" | "wanted" | "hope" | "hopes" | "hoped"
                                )
                        })
                    {
                        // "We want to go to our relatives in the camps at Kutupalong": where
                        // they wish to go, past what is there.
                        cue = Some("to".into());
                    } else if g.is_trigger(TriggerKind::LocationCue, w) || home_village {
                        // "carried them to a migrant center in Corredores": where they were
                        // taken to, not only where they are; so is "sent to temporary housing
                        // in Montreal", a carry verb before the "to". ("forced to wait in
                        // Mexico" is an infinitive: no article or name after its "to".)
                        let taken_to = (t.saturating_sub(6).max(s.start)..t).rev().find_map(|u| {
                            if doc.tokens[u].kind == TokenKind::Punct {
                                Some(false)
                            } else if word(u) == "to" {
                                // ("had paid 1,500 euros to a smuggler in Edirne": a payment
                                // is made to someone, and takes no one anywhere.)
                                let paid = (s.start..u).any(|v| {
                                    matches!(
                                        word(v),
                                        "paid" | "pay" | "paying" | "gave" | "handed" | "owed"
                                    )
                                });
                                Some(
                                    !paid
                                        && (matches!(word(u + 1), "a" | "an" | "the")
                                            || doc.is_capitalised(u + 1)
                                            || (u > s.start && carries(g, word(u - 1)))),
                                )
                            } else {
                                None
                            }
                        });
                        // "fleeing violence in Guerrero": where they come from.
                        // So is "came from a village in Punjab province", "from villages
                        // around Tal Kalakh".
                        let fleeing = (2..=4).any(|k| tells_flight(before(k)));
                        cue = Some(
                            if taken_to == Some(true) {
                                "taken to"
                            } else if fleeing {
                                "fled"
                            } else if home_village {
                                "home"
                            } else {
                                "at"
                            }
                            .into(),
                        );
                    }
                    break;
                }
                // "Murmansk, Jan. 9. Nikel, Jan. 14.": a stop of a route read out as a list.
                let Some(cue) = cue.or_else(|| stop_fragment.then(|| "at".to_string())) else {
                    continue;
                };
                // "a few hundred meters from the crossing at La Mesilla": a point measured from.
                if measured_from(doc, s.start, m.tokens.start) {
                    continue;
                }
                let is_country_like = matches!(kind, PlaceKind::Country | PlaceKind::WorldRegion);
                // "had given up on reaching the United States", "are not going to": no
                // destination.
                // "nobody in the group had wanted to stay in Latvia": nor for no one of them.
                let renounced = (s.start..m.tokens.start).rev().take(6).any(|t| {
                    matches!(word(t), "not" | "never" | "abandoned")
                        || (word(t) == "up" && word(t + 1) == "on")
                }) || (s.start..m.tokens.start)
                    .rev()
                    .take(10)
                    .any(|t| matches!(word(t), "nobody" | "none"));
                let departure_before = || {
                    (s.start..m.tokens.start)
                        .any(|t| g.is_trigger(TriggerKind::DepartureCue, word(t)))
                };
                match cue.as_str() {
                    // "they feared being sent to Rwanda": a place they fear, not their trip's.
                    _ if clause_before(doc, s.start, m.tokens.start).any(|t| {
                        matches!(
                            doc.folded(t),
                            "feared" | "fear" | "fears" | "fearing" | "afraid"
                        )
                    }) => {}
                    "to" if renounced || crew_heads(m.tokens.start) => {}
                    "to" => push_unique(&mut group.destinations, p),
                    // "will be taken to the station in Tapachula", "would later be moved to a
                    // facility in Kingston": a transfer still to come is neither where they
                    // are nor where they head.
                    _ if transfer_ahead(g, doc, s.start, m.tokens.start) => {}
                    // "carried them to a migrant center in Corredores": where they were
                    // headed, and where they then are.
                    "taken to" => {
                        push_unique(&mut group.destinations, p);
                        push_unique(&mut group.at, p);
                        reached.there.push(p);
                    }
                    "left" => push_unique(&mut group.departed_from, p),
                    // ("fleeing the fighting in Goma": a town they fled is one they left;
                    // the region and country it lies in, when the story names them, are
                    // where they come from. "fled from Morrumbala district, in Zambezia
                    // province": a region fled is home, and so are the regions it lies in; a
                    // place fled from is one they left.)
                    "fled" | "fled from" => {
                        if kind == PlaceKind::City || cue == "fled from" {
                            push_unique(&mut group.departed_from, p);
                        }
                        if kind != PlaceKind::City {
                            push_unique(&mut group.origins, p);
                        }
                        let named = |c: usize| {
                            (0..mentions.len()).any(|j| refs[j] == Some(EntityRef::Place(c)))
                        };
                        let homes: Vec<usize> = ex.containers_of(p).filter(|&c| named(c)).collect();
                        for c in homes {
                            push_unique(&mut group.origins, c);
                        }
                    }
                    "origin" => push_unique(&mut group.origins, p),
                    "home" => {
                        push_unique(&mut group.origins, p);
                        push_unique(&mut group.at, p);
                    }
                    // "departed on Christmas Eve from Tapachula", "had travelled for weeks from
                    // Mexico": a departure verb earlier in the sentence; "a bus carrying 42
                    // migrants from Eagle Pass": a vehicle's. (Not countries after the people's
                    // noun: "A boat that had left Libya ran aground ..., most of them men from
                    // Egypt".)
                    "from"
                        if (arrived_by || departure_before())
                            && !(is_country_like && people_from(m.tokens.start)) =>
                    {
                        push_unique(&mut group.departed_from, p)
                    }
                    // ("chose independence from France": no one came from there.) A region
                    // counts too after the people's noun: "Fourteen men from Buryatia".
                    "from"
                        if (is_country_like
                            || (kind == PlaceKind::State && people_from(m.tokens.start)))
                            && !(m.tokens.start >= s.start + 2
                                && matches!(
                                    word(m.tokens.start - 2),
                                    "independence" | "separation" | "away"
                                )) =>
                    {
                        // (Not after the boat is told to have set out: "A boat that had left
                        // Libya ..., most of them men from Egypt".)
                        if is_country_like
                            && people_from(m.tokens.start)
                            && !departure_before()
                            && s.clone()
                                .any(|t| is_vehicle(g, word(t)) || carries(g, word(t)))
                        {
                            reached.carried_from.push(p);
                        }
                        push_unique(&mut group.origins, p)
                    }
                    "from" => {}
                    "through" if prospective(g, doc, s.start, m.tokens.start) => {}
                    "through" => push_unique(&mut group.passed_through, p),
                    _ if prospective(g, doc, s.start, m.tokens.start) => {
                        push_unique(&mut group.destinations, p)
                    }
                    _ => {
                        if arrived_at(m.tokens.start) && kind == PlaceKind::City {
                            push_unique(&mut group.destinations, p);
                            reached.there.push(p);
                        }
                        // ("crossed into Rwanda ... \"We will stay in Rwanda\"": a goal
                        // they are in.)
                        if cue == "crossed into" {
                            reached.there.push(p);
                        }
                        push_unique(&mut group.at, p);
                    }
                }
            }
            _ => {}
        }
    }
    reached
}

/// Whether the clause before `end` tells of a trip still ahead ("the boats that will take
/// them across to the edge of the jungle", "had promised to leave them in Reynosa"): its
/// places are not where the group is, nor on its way; "in" or "at" one is where it is headed.
pub(super) fn prospective(g: &Gazetteer, doc: &Doc, start: usize, end: usize) -> bool {
    // "They plan to take buses through Honduras", not "a plan to bus them through Panama"
    // (the noun: whose plan it is says nothing of the group's trip).
    let they_plan = |t: usize| {
        matches!(doc.folded(t), "plan" | "plans")
            && t > start
            && matches!(
                doc.folded(t - 1),
                "they"
                    | "we"
                    | "most"
                    | "many"
                    | "some"
                    | "others"
                    | "who"
                    | "still"
                    | "group"
                    | "caravan"
                    | "migrants"
                    | "families"
            )
    };
    // "was to be handed over to the police in Iquique": a trip arranged, not yet made.
    let was_to_be = |t: usize| {
        doc.folded(t) == "be"
            && t >= start + 2
            && doc.folded(t - 1) == "to"
            && matches!(doc.folded(t - 2), "was" | "were" | "is" | "are")
    };
    clause_before(doc, start, end).any(|t| {
        g.is_trigger(TriggerKind::ProspectiveCue, doc.folded(t)) || they_plan(t) || was_to_be(t)
    })
}

/// The tokens of the clause before `end`, back to a comma or at most twelve, last first.
pub(super) fn clause_before(
    doc: &Doc,
    start: usize,
    end: usize,
) -> impl Iterator<Item = usize> + '_ {
    (start..end)
        .rev()
        .take(12)
        .take_while(|&t| !matches!(doc.folded(t), "," | ";" | ":"))
}

/// Whether the clause before `end` tells of a transfer still to come ("will be taken to the
/// station in Tapachula", "would later be moved to a facility in Kingston").
pub(super) fn transfer_ahead(g: &Gazetteer, doc: &Doc, start: usize, end: usize) -> bool {
    // ("would" alone is no trip ahead: "would be registered in Colchane" is where they are.)
    let would = || clause_before(doc, start, end).any(|t| doc.folded(t) == "would");
    (prospective(g, doc, start, end) || would())
        && clause_before(doc, start, end).any(|t| {
            let w = doc.folded(t);
            // ("a driver had promised to take them to Sfax").
            carries(g, w)
                || matches!(
                    w,
                    "taken" | "moved" | "transferred" | "relocated" | "take" | "bring" | "move"
                )
        })
}

/// Whether a distance runs up to the place at `start` ("300 meters from the crossing at",
/// "two hours from"): a unit of length or time, then "from" or "away from", at most four
/// words before the place.
pub(super) fn measured_from(doc: &Doc, sentence_start: usize, start: usize) -> bool {
    let from = start.saturating_sub(5).max(sentence_start + 1);
    (from..start).any(|t| {
        doc.folded(t) == "from"
            && matches!(
                doc.folded(t - 1),
                "meters"
                    | "metres"
                    | "kilometers"
                    | "kilometres"
                    | "km"
                    | "miles"
                    | "mile"
                    | "yards"
                    | "feet"
                    | "blocks"
                    | "hours"
                    | "minutes"
                    | "away"
            )
    })
}

/// "had taken buses or taxis to Champlain", "had ridden freight trains to Piedras Negras",
/// "travelled north by bus to Sonoyta": whether the words before a "to" (`before(1)` the
/// nearest) tell a ride there, a stop on the way (not "were taken back by bus to": whither is
/// told as a destination, and so is "are taken by bus to"; "taken buses east to Cornwall" is a
/// ride too).
pub(super) fn rode_there<'w>(g: &Gazetteer, before: impl Fn(usize) -> &'w str) -> bool {
    let heading = usize::from(is_compass_point(before(1)));
    if !is_vehicle(g, before(1 + heading)) {
        return false;
    }
    let mut k = 2 + heading;
    let mut by = false;
    while k <= 6 {
        let b = before(k);
        by |= b == "by";
        if !(is_vehicle(g, b)
            || matches!(
                b,
                "or" | "and" | "a" | "the" | "by" | "freight" | "north" | "south"
            ))
        {
            break;
        }
        k += 1;
    }
    matches!(before(k), "ridden" | "rode" | "travelled" | "traveled")
        || (!by && matches!(before(k), "taken" | "took" | "boarded" | "caught"))
}

/// "were waiting for buses to Oral", "queued to board the ferry to Lesbos": a ride awaited
/// goes where the group heads (one taken is a stop on the way: see `rode_there`).
pub(super) fn waits_for_a_ride<'w>(g: &Gazetteer, before: impl Fn(usize) -> &'w str) -> bool {
    if !is_vehicle(g, before(1)) {
        return false;
    }
    let article = usize::from(matches!(before(2), "the" | "a" | "an"));
    matches!(before(2 + article), "for" | "board" | "boarding")
}

/// Whether the "to" after `before(1)` ends a further leg of a way told from one place to
/// another just before: "had flown from Dhaka to Jakarta, then on to Kupang".
pub(super) fn further_leg<'w>(before: impl Fn(usize) -> &'w str) -> bool {
    let then = match (before(1), before(2)) {
        ("then", _) => 1,
        ("on", "then") => 2,
        _ => return false,
    };
    let leg_to = (then + 2..then + 10).find(|&k| before(k) == "to");
    before(then + 1) == ","
        && leg_to.is_some_and(|to| (to + 2..to + 6).any(|k| before(k) == "from"))
}

/// Whether the "to" after `before(1)` ends a ride told as a leg of the journey, with no verb:
/// "their journey was short: an overnight bus from Yangon to Kawthaung", "then a boat from
/// Kupang to the reef", "\"we walked, then trucks to Arlit\"".
pub(super) fn ride_told_as_leg<'w>(g: &Gazetteer, before: impl Fn(usize) -> &'w str) -> bool {
    let article = usize::from(matches!(before(2), "a" | "an"));
    (2..=4).any(|k| {
        before(k) == "from"
            && is_vehicle(g, before(k + 1))
            && (matches!(before(k + 2), "a" | "an") || matches!(before(k + 3), "a" | "an"))
    }) || (is_vehicle(g, before(1)) && before(2 + article) == "then")
}

/// Whether an unnamed spot, a landmark's noun in lower case after "a" or "the", comes before
/// the compass word at `compass` ("a beach south of", "the desert just east of"): it lies by
/// the place named after it, unlike a town or an island of its own ("a village south of").
pub(super) fn unnamed_spot_before(g: &Gazetteer, doc: &Doc, start: usize, compass: usize) -> bool {
    let mut t = compass;
    if t > start && matches!(doc.folded(t - 1), "just" | "due" | "slightly") {
        t -= 1;
    }
    t >= start + 2
        && !doc.is_capitalised(t - 1)
        && g.is_trigger(TriggerKind::LandmarkHead, doc.folded(t - 1))
        && !matches!(
            doc.folded(t - 1),
            "island" | "cay" | "cays" | "peninsula" | "reef" | "sea" | "ocean" | "gulf"
        )
        && matches!(doc.folded(t - 2), "a" | "the")
}

/// "city", "state", "department", "border": a noun for a place, which a place's name
/// follows after "of" ("the state of Lara") or which walks back over to a cue.
pub(super) fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "city"
            | "town"
            | "municipality"
            | "community"
            | "village"
            | "state"
            | "states"
            | "province"
            | "provinces"
            | "department"
            | "departments"
            // ("the governorates of Minya and Assiut": a list's head, before the places. A
            // singular "region of" is often no such head: "a port in the semi-autonomous region
            // of Puntland".)
            | "governorates"
            | "districts"
            | "regions"
            | "border"
    )
}

/// "carried", "flown", "bused": a verb of a trip that took people somewhere
/// (`carry_verb` in `data/triggers.tsv`).
pub(super) fn carries(g: &Gazetteer, word: &str) -> bool {
    g.is_trigger(TriggerKind::CarryVerb, word)
}

/// "took them", "flew them": a verb that carries, or takes, the people just named.
pub(super) fn takes_them(g: &Gazetteer, verb: &str, object: &str) -> bool {
    object == "them"
        && (carries(g, verb) || matches!(verb, "took" | "take" | "takes" | "taken" | "transferred"))
}

/// A word for what carries a group: "a flight from Havana", "the bus pulled into Chicago".
pub(super) fn is_vehicle(g: &Gazetteer, word: &str) -> bool {
    g.is_trigger(TriggerKind::Vehicle, word)
}

/// "fleeing Rakhine state", "fled the violence in Guerrero": a word that tells where people
/// fled, which is home.
pub(super) fn tells_flight(word: &str) -> bool {
    matches!(word, "fleeing" | "fled" | "escaping")
}
