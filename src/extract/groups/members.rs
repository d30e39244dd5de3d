//! Who the migrants are: nationalities and origins ("Hondurans", "from Venezuela"), named
//! members and their homes, crews, and peoples listed in a breakdown.

use super::*;

/// "Most of them are Hondurans", "Most were Venezuelans", "Most of those inside are from
/// Venezuela", "the people in the camps came from Colombia", "families from Ecuador joined the
/// line": a sentence that says who the members of a group just spoken of are.
pub(super) fn describes_members(g: &Gazetteer, words: &[&str]) -> bool {
    // "The passengers were mostly Nigerians, Ghanaians and Senegalese".
    let those_counted_are = words.len() > 3
        && words[0] == "the"
        && g.is_trigger(TriggerKind::GroupCountNoun, words[1])
        && matches!(words[2], "were" | "are")
        && (is_people_demonym(g, words[3])
            || matches!(words[3], "mostly" | "mainly" | "largely" | "all")
                && words.get(4).is_some_and(|w| is_people_demonym(g, w)));
    // "The men, Syrians and Afghans, had spent weeks ...": who they are, in apposition.
    let those_counted_apposed = words.len() > 3
        && words[0] == "the"
        && g.is_trigger(TriggerKind::GroupCountNoun, words[1])
        && words[2] == ","
        && is_plural_demonym(g, words[3]);
    let share = words.len() > 2
        && matches!(
            words[0],
            "most" | "many" | "all" | "some" | "half" | "nearly" | "almost"
        );
    // "Most of them are ...", "Most were Venezuelans", "Most had lived for years in Santiago".
    let share_of = share
        && (words[1..3].contains(&"of") || matches!(words[1], "are" | "were" | "had" | "have"));
    // "Smaller numbers of Venezuelans were also among the arrivals", "Among them were ...".
    // "A few Colombian families travel with them", "... joined them at the station".
    let among = words.windows(2).any(|pair| {
        matches!(pair, ["numbers", "of"])
            || matches!(pair, ["among", "them" | "the" | "those"])
            // "Venezuelans made up the largest share".
            || matches!(pair, ["made" | "make" | "makes", "up"])
            || matches!(pair, ["joined", "them"])
    }) || words.windows(3).any(|w| {
        matches!(
            w[0],
            "travel"
                | "travels"
                | "travelled"
                | "traveled"
                | "traveling"
                | "travelling"
                | "walk"
                | "walked"
                | "walking"
                | "came"
        ) && w[1] == "with"
            && w[2] == "them"
    });
    // "Six of the eight are Indian nationals and two are Mexicans", "three were Somalis",
    // "nine of them, all Mexican men": who some of those counted are.
    let people_of = |k: usize| {
        is_plural_demonym(g, words[k])
            || (g.demonym(words[k]).is_some()
                && words.get(k + 1).is_some_and(|w| {
                    matches!(
                        *w,
                        "nationals" | "citizens" | "men" | "women" | "children" | "families"
                    )
                }))
    };
    let counted_are = || {
        (1..words.len().saturating_sub(1)).any(|i| {
            let before = words[i - 1];
            matches!(words[i], "are" | "were")
                // ("The officers said most were Ethiopians".)
                && (matches!(before, "them" | "most" | "many" | "some" | "half")
                    || before.bytes().all(|b| b.is_ascii_digit())
                    || small_number(before).is_some()
                    || number_in_words(words, i - 1).is_some())
                && people_of(i + 1)
        }) || words
            .windows(5)
            .enumerate()
            .any(|(i, w)| matches!(w[..4], ["of", "them", ",", "all"]) && people_of(i + 4))
    };
    // "they had been identified as Algerian nationals".
    let identified_as = words.windows(3).any(|w| {
        matches!(w[0], "identified" | "registered") && w[1] == "as" && g.demonym(w[2]).is_some()
    });
    share_of
        || among
        || those_counted_are
        || those_counted_apposed
        || identified_as
        || counted_are()
        || (1..words.len()).any(|i| {
            words[i] == "from"
                // (Not "X, who came from Cali": one person's home.)
                && ((matches!(
                    words[i - 1],
                    "came" | "come" | "hail" | "families" | "migrants"
                ) && (i < 2 || words[i - 2] != "who"))
                    || is_from_copula([1, 2, 3].map(|k| if i >= k { words[i - k] } else { "" }))
                    // "All but two were Algerians, most of them from Boumerdès".
                    || (i >= 2 && words[i - 1] == "them" && words[i - 2] == "of"))
        })
}

/// "The surge of migrants — many of whom are Haitian — was ...": a sentence that says who
/// the migrants are tells of the group wherever it comes in the story.
/// So does one that says who most of those counted were ("Most of the passengers were
/// Dominicans", told after the landing and a description of the island).
pub(super) fn says_who_migrants_are(g: &Gazetteer, words: &[&str]) -> bool {
    let many_of_whom = words.windows(3).enumerate().any(|(i, w)| {
        matches!(w, ["most" | "many" | "some" | "all", "of", "whom"])
            && words[..i]
                .iter()
                .rev()
                .find(|w| !matches!(**w, "," | "-" | "\u{2014}" | "\u{2013}"))
                .is_some_and(|w| g.is_trigger(TriggerKind::GroupCountNoun, w))
    });
    let most_of_those_counted_were = words.windows(6).any(|w| {
        matches!(w[..3], ["most" | "many" | "all" | "half", "of", "the"])
            && g.is_trigger(TriggerKind::GroupCountNoun, w[3])
            && matches!(w[4], "were" | "are")
            && is_plural_demonym(g, w[5])
    });
    // "Most were Senegalese, with some Gambians and Guineans": a sentence that opens on who
    // most of them were.
    let most_were = matches!(
        words,
        ["most" | "many" | "all", "were" | "are", people, ..] if g.demonym(people).is_some()
    );
    many_of_whom
        || most_of_those_counted_were
        || most_were
        || (0..words.len()).any(|i| home_told_at(words, i))
}

/// "in the Sagaing region, where most of them live": words from `i` that say the place just
/// named is the members' home.
pub(super) fn home_told_at(words: &[&str], i: usize) -> bool {
    matches!(
        words.get(i..i + 6),
        Some([
            ",",
            "where",
            "most" | "many" | "all" | "some",
            "of",
            "them",
            "live" | "lived" | "come" | "came",
        ])
    )
}

/// "10,000 migrants a week", "500 people per day", "flights with 145 passengers each": a rate,
/// not a group.
pub(super) fn is_rate(g: &Gazetteer, words: &[&str], from: usize) -> bool {
    let clause = words[from..]
        .iter()
        .take(8)
        // (A full stop folds to nothing.)
        .take_while(|w| !matches!(**w, "" | ";" | ","));
    let clause: Vec<&str> = clause.copied().collect();
    // "got off the vans after a week on the road", "who spent a night tied to a platform":
    // how long, not how often.
    let lasting = |k: usize| {
        k > 0
            && matches!(
                clause[k - 1],
                "after" | "for" | "spent" | "spend" | "spending" | "within"
            )
    };
    // "who took a night train", "a day trip": the period qualifies a noun, how they went.
    let qualifies_a_trip = |k: usize| {
        clause.get(k + 2).is_some_and(|w| {
            is_vehicle(g, w)
                || matches!(
                    *w,
                    "ferry" | "trip" | "journey" | "crossing" | "march" | "walk"
                )
        })
    };
    (0..clause.len().saturating_sub(1)).any(|k| {
        matches!(clause[k], "a" | "an" | "per" | "each" | "every")
            && matches!(clause[k + 1], "day" | "week" | "month" | "year" | "night")
            && !lasting(k)
            && !qualifies_a_trip(k)
    }) || clause.iter().take(3).any(|w| *w == "each")
}

/// "23 Guineans, 17 Ivorians and six Malians": figures of two peoples or more, listed from the
/// figure at `first` with no total, which together count the group. Where the list ends, and
/// the sum.
pub(super) fn peoples_listed_from(
    g: &Gazetteer,
    doc: &Doc,
    base: usize,
    words: &[&str],
    first: usize,
) -> Option<(usize, u64)> {
    let people_at = |at: usize| -> Option<usize> {
        if is_people_demonym(g, words.get(at)?) {
            return Some(1);
        }
        let (_, len) = g.demonym_of_words_at(words, at)?;
        names_several(words[at + len - 1]).then_some(len)
    };
    let (mut items, mut sum, mut at, mut end) = (0, 0, first, first);
    while at < words.len() {
        let Some((value, len)) = figure_at(doc, base, words, at) else {
            break;
        };
        let Some(people_len) = people_at(at + len) else {
            break;
        };
        items += 1;
        sum += value;
        end = at + len + people_len;
        let mut next = end;
        if words.get(next) == Some(&",") {
            next += 1;
        }
        if words.get(next) == Some(&"and") {
            next += 1;
        }
        if next == end {
            break;
        }
        at = next;
    }
    (items >= 2).then_some((end, sum))
}

/// "112 men and 26 women": a figure that splits a group by sex or age is part of a count,
/// not the group's size. `at` is the figure's word, `end` the word after it.
pub(super) fn is_breakdown(doc: &Doc, base: usize, words: &[&str], at: usize, end: usize) -> bool {
    const PARTS: &[&str] = &[
        "men", "women", "children", "minors", "boys", "girls", "adults",
    ];
    let is_figure = |i: usize| {
        doc.tokens[base + i].kind == TokenKind::Number || number_in_words(words, i).is_some()
    };
    let part_then_figure = end + 2 < words.len()
        && PARTS.contains(&words[end])
        && words[end + 1] == "and"
        && is_figure(end + 2);
    let figure_part_before = at >= 3
        && words[at - 1] == "and"
        && PARTS.contains(&words[at - 2])
        && is_figure(at - 3)
        && end < words.len()
        && PARTS.contains(&words[end]);
    part_then_figure || figure_part_before
}

/// "venezuelans", "haitians": a demonym written as a plural noun, naming people.
pub(super) fn is_plural_demonym(g: &Gazetteer, word: &str) -> bool {
    names_several(word) && g.demonym(word).is_some()
}

/// Whether a word is written as a plural: "haitians", "lankans" (not "swiss").
pub(super) fn names_several(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// Whether a plural demonym of one word or more opens `words[at..]`: "Haitians", "Sri Lankans".
pub(super) fn is_plural_demonym_at(g: &Gazetteer, words: &[&str], at: usize) -> bool {
    words.get(at).is_some_and(|w| is_plural_demonym(g, w))
        || g.demonym_of_words_at(words, at)
            .is_some_and(|(_, len)| names_several(words[at + len - 1]))
}

/// A plural demonym, or one in "-ese", whose plural is the singular, where the place in the
/// sentence says it names people ("The passengers were Senegalese, Gambians and Guineans"; not
/// "the Chinese city of Wenzhou").
pub(super) fn is_people_demonym(g: &Gazetteer, word: &str) -> bool {
    is_plural_demonym(g, word) || (word.ends_with("ese") && g.demonym(word).is_some())
}

/// [`is_people_demonym`] of one word or more opening `words[at..]`: "Haitians", "Sri Lankans",
/// "Congolese", "South Sudanese".
pub(super) fn is_people_demonym_at(g: &Gazetteer, words: &[&str], at: usize) -> bool {
    words.get(at).is_some_and(|w| is_people_demonym(g, w))
        || g.demonym_of_words_at(words, at).is_some_and(|(_, len)| {
            let last = words[at + len - 1];
            names_several(last) || last.ends_with("ese")
        })
}

/// "hundreds of asylum seekers", "thousands of Haitians", "several hundred migrants", "a dozen
/// or more migrants": a crowd counted without a figure.
pub(super) fn is_crowd_of_people(g: &Gazetteer, words: &[&str]) -> bool {
    let nouns = g.triggers(TriggerKind::GroupCountNoun);
    (2..words.len()).any(|i| {
        let count_end = if i >= 4 && words[i - 2..i] == ["or", "more"] {
            i - 2
        } else {
            i
        };
        let counted = (words[count_end - 1] == "of"
            && matches!(
                words[count_end - 2],
                "dozens" | "hundreds" | "thousands" | "scores"
            ))
            || (matches!(words[count_end - 1], "dozen" | "hundred" | "thousand")
                && matches!(words[count_end - 2], "several" | "few" | "a"));
        // ("Dozens of Syrian families waded across": families, and a people's adjective
        // before the noun.) ("Hundreds of South Sudanese": a people in "-ese", whose plural is
        // the singular.)
        let crowd_noun = |k: usize| {
            k < words.len()
                && (nouns.at(words, k)
                    || is_people_demonym_at(g, words, k)
                    || words[k] == "families")
        };
        counted && (crowd_noun(i) || (g.demonym(words[i]).is_some() && crowd_noun(i + 1)))
    })
}

/// Whether words open on a people's men, women or families: "Russian men fleeing the call-up
/// lined up at the crossing", "Syrian families waded across".
pub(super) fn opens_on_a_people(g: &Gazetteer, words: &[&str]) -> bool {
    matches!(words, [people, "men" | "women" | "families", _, ..] if g.demonym(people).is_some())
}

pub(super) fn qualifier(g: &Gazetteer, words: &[&str], at: usize) -> Option<String> {
    if at >= 2 && words[at - 2] == "between" {
        return Some("between".into());
    }
    let len = g.triggers(TriggerKind::SizeQualifier).longest_ending_at(
        |k| words[k],
        0,
        at.checked_sub(1)?,
    )?;
    Some(words[at - len..at].join(" "))
}

/// "from 24 different nations", "of 20 nationalities".
pub(super) fn nationality_count(words: &[&str]) -> Option<u64> {
    for (i, w) in words.iter().enumerate() {
        // Only a figure can be a count; most words are not, and parsing them costs a copy.
        if !w.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if let Some(n) = parse_figure(w) {
            if words
                .iter()
                .skip(i + 1)
                .take(2)
                .any(|x| matches!(*x, "nationalities" | "nations" | "countries"))
            {
                return Some(n);
            }
        }
    }
    None
}

/// The places a named member is said to come from, in the words that follow the name:
/// "Keyla Banegas, 22, from the department of Yoro, in Honduras", "Deivis Rojas, a
/// 33-year-old bricklayer from Carabobo", "Jhonny Rangel, 38, who comes from Lara state",
/// "Karelys Montilla, from Venezuela's Zulia state". Not "José Díaz, 40, deported from
/// Texas": a verb other than "comes" or "is" between name and "from" says something else.
pub(super) fn member_home(r: Reading, ex: &Extraction, mention: usize) -> (Vec<usize>, Vec<usize>) {
    let m = &r.mentions[mention];
    let s = r.doc.sentences[m.sentence].tokens.clone();
    let word = |t: usize| r.folded[t];
    let mut homes = Vec::new();
    // The countries its demonyms name ("the Venezuelan state of Guárico"), as gazetteer places.
    let mut countries = Vec::new();
    if m.tokens.end + 1 >= s.end || word(m.tokens.end) != "," {
        return (homes, countries);
    }
    // Up to "from": an age, an apposition ("a 33-year-old bricklayer"), "who comes"; or up to
    // "left" said of oneself ("who left Les Cayes", "said she left the department of X").
    let mut t = m.tokens.end + 1;
    // Lower-case words are read only in an apposition ("a mother of three").
    let mut in_apposition = false;
    while !matches!(word(t), "from" | "left") {
        let w = word(t);
        // "34-year-old" is three tokens: a figure, a hyphen and "year-old".
        let is_age = r.doc.tokens[t].kind == TokenKind::Number || matches!(w, "-" | "year-old");
        let lower_word = r.doc.tokens[t].kind == TokenKind::Word && !r.doc.is_capitalised(t);
        // "Naveed, 19, a Pakistani who would give only his first name": a nationality that
        // ends the apposition says where the member comes from.
        let apposition_ends = t + 1 >= s.end || matches!(word(t + 1), "who" | "," | ".");
        if in_apposition && apposition_ends {
            if let Some(country) = r.g.demonym(w) {
                countries.push(country);
                return (homes, countries);
            }
        }
        if matches!(w, "a" | "an") {
            in_apposition = true;
        } else if !(is_age
            || matches!(
                w,
                "," | "who"
                    | "comes"
                    | "came"
                    | "is"
                    | "originally"
                    | "said"
                    | "she"
                    | "he"
                    | "had"
                    // "who said he was a construction worker from China's Fujian province".
                    | "was"
            )
            // "a Venezuelan from Lara state".
            || (in_apposition && (lower_word || r.g.demonym(w).is_some())))
        {
            return (homes, countries);
        }
        t += 1;
        if t >= s.end || t > m.tokens.end + 12 {
            return (homes, countries);
        }
    }
    // After it, the places of one phrase: "the Guatemalan department of Huehuetenango".
    let places = r.mentions.partition_point(|o| o.sentence < m.sentence)
        ..r.mentions.partition_point(|o| o.sentence <= m.sentence);
    t += 1;
    let end = (t + 10).min(s.end);
    while t < end {
        match places.clone().find(|&j| r.mentions[j].tokens.start == t) {
            Some(j) => {
                let next = r.mentions[j].tokens.end;
                match r.refs[j] {
                    // A home town is where one member comes from; the group comes from
                    // countries and regions. A region that shares its name with its capital
                    // ("from Holguín") is read as the region only when called one ("the
                    // department of Yoro", "Lara state"), as the mention says.
                    Some(EntityRef::Place(p)) => {
                        let called_region = r.mentions[j].rule == "place-by-head";
                        let also_a_town = || {
                            r.g.places_named(&fold(&r.mentions[j].text))
                                .iter()
                                .any(|&q| r.g.places[q].kind == PlaceKind::City)
                        };
                        match ex.places[p].kind {
                            PlaceKind::City | PlaceKind::Landmark => {}
                            PlaceKind::State if !called_region && also_a_town() => {}
                            _ => homes.push(p),
                        }
                    }
                    Some(EntityRef::Demonym(known)) => countries.push(known),
                    _ => break,
                }
                // "Venezuela's Zulia state": over the possessive to the region.
                t = if possessive_after(r.doc, next - 1) {
                    next + 2
                } else {
                    next
                };
            }
            // "from Coro, the capital of Venezuela's Falcón state", "from the eastern
            // province of Holguín".
            None if matches!(word(t), "the" | "of" | "in" | "," | "capital")
                || crate::extract::is_compass_adjective(word(t))
                || r.g.is_trigger(TriggerKind::RegionHead, word(t)) =>
            {
                t += 1
            }
            None => break,
        }
    }
    (homes, countries)
}

/// "Venezuelans", "Central American ... migrants", "many of whom are Haitian": a demonym that
/// says where the group's members come from (not "the Mexican government").
pub(super) fn demonym_is_origin(
    g: &Gazetteer,
    doc: &Doc,
    m: &Mention,
    s: &std::ops::Range<usize>,
) -> bool {
    let text = fold(&m.text);
    // "the pass, which the Thais call Chedi Sam Ong": a people naming a place is no one's
    // origin.
    if m.tokens.end < s.end && matches!(doc.folded(m.tokens.end), "call" | "called" | "know") {
        return false;
    }
    if text.ends_with('s') && !text.ends_with("ss") && text != "swiss" {
        return true;
    }
    // (And a later item of such a list: "most of them Somali and Eritrean".)
    let mut first = m.tokens.start;
    while first >= s.start + 2
        && matches!(doc.folded(first - 1), "and" | ",")
        && g.demonym(doc.folded(first - 2)).is_some()
    {
        first -= 2;
    }
    if first > s.start
        && matches!(
            doc.folded(first - 1),
            "are" | "were" | "them" | "mostly" | "mainly" | "predominantly"
        )
    {
        return true;
    }
    // "a boat carrying 80 Congolese", "caught nineteen Sudanese": a people in "-ese" counted
    // (not "two Dominican boatmen", nor "two Sudanese smugglers": who carried them). So is
    // any other people whose name is its own plural, when no noun follows it: "holding 34
    // Rohingya, most of them women".
    let no_noun_after = || m.tokens.end >= s.end || names_no_noun(g, doc.folded(m.tokens.end));
    if (text.ends_with("ese") || no_noun_after()) && m.tokens.start > s.start {
        let before = doc.folded(m.tokens.start - 1);
        let after = if m.tokens.end < s.end {
            doc.folded(m.tokens.end)
        } else {
            ""
        };
        let crew =
            is_crew(after) || matches!(after, "guards" | "soldiers" | "officers" | "officials");
        if is_count(before) && !crew {
            return true;
        }
    }
    // "a second Haitian sailboat with 44 people on board", "a Cuban fishing boat": the
    // people of the boat they sail in (our sets' golds agree in every such case). Not of a
    // truck or a bus: "Algerian trucks leave them" are the deporting country's (the `boat`
    // rows of `data/triggers.tsv`).
    let boat = |w: &str| g.is_trigger(TriggerKind::Boat, w);
    let word_after = |k: usize| {
        if m.tokens.end + k < s.end {
            doc.folded(m.tokens.end + k)
        } else {
            ""
        }
    };
    // (Past a word of what the boat is, not whose: "a Malaysian government boat".)
    if boat(word_after(0))
        || (matches!(word_after(0), "fishing" | "wooden" | "rubber" | "sailing")
            && boat(word_after(1)))
    {
        return true;
    }
    // "Officers said they were also Algerian".
    if m.tokens.start >= s.start + 2
        && matches!(doc.folded(m.tokens.start - 1), "also" | "all" | "both")
        && matches!(doc.folded(m.tokens.start - 2), "are" | "were")
    {
        return true;
    }
    // "with some Tajiks and a handful of Kyrgyz": a people counted roughly (a demonym whose
    // plural is the singular too).
    if m.tokens.start >= s.start + 2
        && doc.folded(m.tokens.start - 1) == "of"
        && matches!(
            doc.folded(m.tokens.start - 2),
            "handful" | "dozen" | "dozens" | "couple" | "number" | "hundreds" | "thousands"
        )
    {
        return true;
    }
    // "Nigerians, Ghanaians and Senegalese": listed after peoples in the plural, or before
    // them ("with Senegalese, Malians and a few Guineans").
    if m.tokens.start >= s.start + 2
        && matches!(doc.folded(m.tokens.start - 1), "and" | ",")
        && is_people_demonym(g, doc.folded(m.tokens.start - 2))
    {
        return true;
    }
    if m.tokens.end + 1 < s.end
        && matches!(doc.folded(m.tokens.end), "and" | ",")
        && is_people_demonym(g, doc.folded(m.tokens.end + 1))
    {
        return true;
    }
    for t in m.tokens.end..(m.tokens.end + 8).min(s.end) {
        let w = doc.folded(t);
        if g.is_trigger(TriggerKind::GroupCountNoun, w)
            || matches!(
                w,
                "nationals"
                    | "families"
                    | "family"
                    | "women"
                    | "children"
                    | "men"
                    | "caravan"
                    // "two Syrian boys travelling with an uncle": some of the group's people.
                    // (Not "a Turkish man who pushed the boat off": one man is as often the
                    // smuggler or a local.)
                    | "boys"
                    | "girls"
                    | "students"
                    | "couple"
                    // "two hundred Nepali workers with jobs in Malaysia": labour migrants
                    // (not "Mexican aid workers": a word between tells another trade).
                    | "workers"
                    | "labourers"
                    | "laborers"
            )
        {
            // ("Two Ukrainian men believed to have steered the boat": who carried them.)
            let steered = (t + 1..(t + 7).min(s.end))
                .any(|k| g.is_trigger(TriggerKind::SteerVerb, doc.folded(k)));
            return !steered;
        }
        if !(g.demonym(w).is_some() || matches!(w, "," | "and" | "or")) {
            return false;
        }
    }
    false
}

/// A word for who carries or guides a group rather than travels in it: "the boatmen", "two
/// Senegalese smugglers", "the driver".
pub(super) fn is_crew(word: &str) -> bool {
    matches!(
        word,
        "boatman"
            | "boatmen"
            | "smuggler"
            | "smugglers"
            | "trafficker"
            | "traffickers"
            | "crew"
            | "captain"
            | "captains"
            | "skipper"
            | "skippers"
            | "driver"
            | "drivers"
            | "coyote"
            | "coyotes"
    )
}
