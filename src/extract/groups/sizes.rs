//! Size figures: numbers written in figures or words, bounds ("more than 300", "up to 2,000"),
//! counts by nationality, and the counts that are not of the group (residents, the dead).

use super::*;

/// Head counts in a sentence: "about 7,500 migrants", "between 4,000 and 5,000 people",
/// "a caravan of some 2,000 Central American migrants".
pub(super) fn sizes(
    g: &Gazetteer,
    doc: &Doc,
    tokens: std::ops::Range<usize>,
    words: &[&str],
    si: usize,
) -> Vec<SizeReport> {
    let mut out = Vec::new();
    // Each colon, and the start and value of the last figure before it (read once: most
    // sentences have none).
    let colon_totals: Vec<(usize, Option<(usize, u64)>)> = (0..words.len())
        .filter(|&colon| words[colon] == ":")
        .map(|colon| {
            let mut last = None;
            let mut k = 0;
            while k < colon {
                match figure_at(doc, tokens.start, words, k) {
                    Some((value, len)) => {
                        last = Some((k, value));
                        k += len;
                    }
                    None => k += 1,
                }
            }
            (colon, last)
        })
        .collect();
    // "have asked Uruguay for refuge", "sought asylum": the sentence tells of asking for
    // protection. (Read only for a figure that could count such a few.)
    // ("asked for protection", "applied for international protection": protection asked for.)
    let asks_refuge = || {
        // Whether "for" at `k` follows a verb of asking.
        let asked_for = |k: usize| {
            k >= 1
                && words[k] == "for"
                && matches!(
                    words[k - 1],
                    "asked" | "ask" | "asking" | "applied" | "apply" | "applying"
                )
        };
        words.windows(2).enumerate().any(|(k, pair)| {
            match pair[1] {
                "asylum" | "refuge" => matches!(
                    pair[0],
                    "for" | "sought" | "seek" | "seeking" | "claimed" | "requested"
                ),
                // (Not "protection of wages", "protection for the mine".)
                "protection" if !matches!(words.get(k + 2), Some(&("of" | "for"))) => {
                    matches!(pair[0], "sought" | "seek" | "seeking" | "requested")
                        || asked_for(k)
                        || (pair[0] == "international" && k >= 1 && asked_for(k - 1))
                }
                _ => false,
            }
        })
    };
    let mut i = 0;
    while i < words.len() {
        let Some((value, len)) = figure_at(doc, tokens.start, words, i) else {
            i += 1;
            continue;
        };
        // The figures of a list of peoples make one count.
        if let Some((end, sum)) = peoples_listed_from(g, doc, tokens.start, words, i) {
            let parts_of_another = colon_totals.iter().any(|&(colon, _)| colon < i)
                || (i > 0
                    && matches!(
                        words[i - 1],
                        "including" | "incl" | "includes" | "include" | "included" | "whom"
                            | "them" | "those"
                    ))
                // ("Among them were 20 Syrians and ten Iraqis".)
                || words.first() == Some(&"among");
            if !parts_of_another {
                out.push(SizeReport {
                    values: vec![sum],
                    qualifier: None,
                    sentence: si,
                });
            }
            i = end;
            continue;
        }
        // A range: "4,000 to 5,000", "between 4,000 and 5,000", "4,000-5,000".
        let mut values = vec![value];
        let mut end = i + len;
        if end + 1 < words.len()
            && matches!(words[end], "to" | "and" | "-" | "–")
            && doc.tokens[tokens.start + end + 1].kind == TokenKind::Number
        {
            if let Some(upper) = parse_figure(words[end + 1]) {
                if upper > value {
                    values.push(upper);
                    end += 2;
                }
            }
        } else if words.get(end) == Some(&"or") {
            // "fifteen or sixteen people".
            if let Some((upper, upper_len)) =
                close_upper_bound(doc, tokens.start, words, value, end)
            {
                values.push(upper);
                end += 1 + upper_len;
            }
        }
        // "forty-five or so", "fifty or so migrants": the figure, given roughly.
        if words.get(end) == Some(&"or") && words.get(end + 1) == Some(&"so") {
            end += 2;
        }
        // "put the number of new arrivals at 236,", "put the number at around two thousand",
        // "counted closer to 300.", put the number of walkers at "some 2,000.": a tally.
        let before = i - words[..i]
            .iter()
            .rev()
            .take_while(|w| {
                matches!(
                    **w,
                    "around" | "about" | "some" | "nearly" | "roughly" | "almost" | "\"" | "“"
                )
            })
            .count();
        let cue = match before {
            b if b >= 1 && words[b - 1] == "at" => Some(b - 1),
            b if b >= 2 && words[b - 1] == "to" && matches!(words[b - 2], "closer" | "close") => {
                Some(b - 2)
            }
            // "gave a figure of 1,500.": the figure is the tally's own word.
            b if b >= 2 && words[b - 1] == "of" && words[b - 2] == "figure" => Some(b - 1),
            _ => None,
        };
        let tallied = cue.is_some_and(|c| {
            words[c.saturating_sub(8)..c].iter().any(|w| {
                matches!(
                    *w,
                    "number" | "total" | "tally" | "count" | "counted" | "figure"
                )
            })
            // (A full stop folds to nothing.)
            // ("put the number at 32: nineteen adults and ...", at "about fifty" on Wednesday.)
        }) && words
            .get(end)
            .is_none_or(|w| matches!(*w, "," | ";" | "" | ":" | "\"" | "”"));
        let counted = tallied || counts_people(g, words, end);
        // "a caravan of 2,000", "of some 2,000", "a column of more than a thousand".
        let qualified = i.checked_sub(1).map_or(0, |last| {
            g.triggers(TriggerKind::SizeQualifier)
                .longest_ending_at(|k| words[k], 0, last)
                .unwrap_or(0)
        });
        let after_caravan = i >= qualified + 2
            && words[i - qualified - 1] == "of"
            && is_strong_noun(g, words[i - qualified - 2]);
        let year_like = is_year_like(words[i], value);
        // "67 Haitians, among them 14 children", "including about 12 minors", "includes 40
        // children": a part of the group. (Read before the qualifier.)
        let before = |k: usize| {
            if i >= qualified + k {
                words[i - qualified - k]
            } else {
                ""
            }
        };
        // "Among the passengers were 19 children".
        let among_them_were = words.first() == Some(&"among")
            && matches!(before(1), "were" | "was" | "are")
            && i - qualified <= 5;
        // "put the number at 32: nineteen adults and thirteen children", "counted seventeen:
        // fifteen men from India and two Mexican men": a figure after a colon that follows a
        // figure breaks that one down.
        let total_before_colon = colon_totals
            .iter()
            .rev()
            .find(|&&(colon, _)| colon < i)
            .and_then(|&(_, total)| total);
        let a_part = total_before_colon.is_some()
            || matches!(
                before(1),
                "including" | "incl" | "includes" | "include" | "included" | "whom"
            )
            || (before(2) == "among" && matches!(before(1), "them" | "those"))
            || among_them_were;
        // "Seven people walked across a ditch from Canada", "Nine people from India walked",
        // "Six men from China came ashore on Kinmen",
        // "Seven Russian men who fled their country's mobilization":
        // a few who open the sentence and cross on their own are a group, though few. (Not
        // "Three people were taken to hospital": the verb must be one of going on foot or
        // by boat, in the first clause.)
        // (The figure opens the sentence, or the story past its dateline.)
        let opens = i == qualified || matches!(before(1), "—" | "–" | "-");
        let few_who_cross = || {
            // ("Nine asylum seekers from Ghana and Nigeria walked": an "and" between the
            // places they come from is still the first clause.)
            let joins_places = |k: usize| {
                words[k] == "and"
                    && words
                        .get(k + 1)
                        .is_some_and(|next| g.place(next).is_some() || g.demonym(next).is_some())
            };
            opens
                && value >= 3
                && counted
                && (end..words.len())
                    .take(8)
                    .take_while(|&k| !matches!(words[k], "," | ";" | "" | "and") || joins_places(k))
                    .map(|k| &words[k])
                    .any(|w| {
                        matches!(
                            *w,
                            "walked"
                                | "crossed"
                                | "waded"
                                | "trekked"
                                | "entered"
                                | "landed"
                                | "fled"
                                | "ashore"
                                | "arrived"
                                | "reached"
                                | "sailed"
                                | "swam"
                        )
                    })
        };
        // "three stowaways": people who travel hidden are a group however few. So are those
        // "aboard" a boat: "a smaller boat with nine Bangladeshis aboard", "said nine men had
        // been aboard", "seven people were on board".
        let hidden_travellers = || {
            let after = &words[end..words.len().min(end + 4)];
            counted
                && value >= 2
                && (after
                    .iter()
                    .take(3)
                    .any(|w| g.is_trigger(TriggerKind::HiddenTravellerNoun, w))
                    || tells_aboard(after))
        };
        // "Later on Tuesday, police found nine Cuban men on Elbow Cay": a few foreigners found
        // or rescued, in a sentence that opens on other people than the story's group, are a
        // group however few.
        let few_foreigners_found = || {
            counted
                && value >= 3
                && other_group_at(g, words) == Some(0)
                && i > qualified
                && matches!(
                    before(1),
                    "found"
                        | "rescued"
                        | "intercepted"
                        | "spotted"
                        | "discovered"
                        | "caught"
                        | "detained"
                        | "stopped"
                        | "apprehended"
                )
                && words[end..].iter().take(2).any(|w| g.demonym(w).is_some())
        };
        // "A second group, seven Mexicans, was stopped": a figure set off after a group's
        // noun counts that group however few.
        let apposed_to_group = || {
            counted
                && before(1) == ","
                && (matches!(before(2), "group" | "boat" | "party" | "family")
                    || is_strong_noun(g, before(2)))
        };
        // "call up men aged 18 to 35", "children under the age of 12": an age, not a count.
        let an_age = matches!(before(1), "aged" | "ages" | "age")
            || (before(1) == "of" && matches!(before(2), "age" | "ages"));
        // "Eight players from Cuba's under-20 team walked out ... and have asked Uruguay for
        // refuge": a few of any calling, who open the sentence and ask for protection.
        let few_who_ask_refuge = value >= 2
            && opens
            && plural_noun_after_figure(g, words, end).is_some()
            && asks_refuge();
        if (counted || after_caravan || few_who_ask_refuge)
            && (value >= 10
                || few_who_ask_refuge
                || few_who_cross()
                || hidden_travellers()
                || few_foreigners_found()
                || apposed_to_group())
            && !year_like
            && !an_age
            && !a_part
            && !is_rate(g, words, end)
            && !is_breakdown(doc, tokens.start, words, i, end)
            && !counts_a_period(words, i, end)
            && !counts_residents(g, words, end)
            && !counts_population(g, &words[..i - qualified])
            && !counts_the_dead(words, end)
            && !the_dead_counted(&words[..i - qualified])
        {
            let qualifier = qualifier(g, words, i);
            out.push(SizeReport {
                values,
                qualifier,
                sentence: si,
            });
        }
        // The parts count people, so the figure they break down does, said bare or not.
        if let Some((start, total)) = total_before_colon.filter(|&(_, total)| {
            counted && total >= 10 && !out.iter().any(|r| r.values.contains(&total))
        }) {
            out.push(SizeReport {
                values: vec![total],
                qualifier: qualifier(g, words, start),
                sentence: si,
            });
        }
        i = end;
    }
    out
}

/// Figures that count people without naming them, after a verb of counting or saying: "Frontex
/// counted 39.", "the group numbered about 60,", "Carabineros said 38 had left Los Andes",
/// "police said some 40 were detained". They never make a group story by themselves.
pub(super) fn bare_counts(
    g: &Gazetteer,
    doc: &Doc,
    tokens: std::ops::Range<usize>,
    words: &[&str],
    si: usize,
) -> Vec<SizeReport> {
    let mut out = Vec::new();
    for (i, verb) in words.iter().enumerate() {
        // "brought all 11 of them back to the harbour": everyone carried, counted.
        if g.is_trigger(TriggerKind::CarryVerb, verb) && words.get(i + 1) == Some(&"all") {
            if let Some((value, len)) = figure_at(doc, tokens.start, words, i + 2) {
                let end = i + 2 + len;
                if words.get(end..end + 2) == Some(&["of", "them"][..]) && value >= 2 {
                    out.push(SizeReport {
                        values: vec![value],
                        qualifier: None,
                        sentence: si,
                    });
                }
            }
        }
        // "there were \"forty, maybe more\" aboard", "there were 40 on board": everyone the
        // boat carried, counted by a witness.
        if *verb == "there" && matches!(words.get(i + 1), Some(&("were" | "was"))) {
            let mut at = i + 2;
            if words.get(at).is_some_and(|w| matches!(*w, "\"" | "“")) {
                at += 1;
            }
            if let Some((at, value, len)) = figure_past_qualifier(g, doc, tokens.start, words, at) {
                let end = at + len;
                let aboard = tells_aboard(&words[end..words.len().min(end + 6)]);
                if aboard && value >= 2 && !is_year_like(words[at], value) {
                    out.push(SizeReport {
                        values: vec![value],
                        qualifier: qualifier(g, words, at),
                        sentence: si,
                    });
                }
            }
            continue;
        }
        let counts = matches!(
            *verb,
            "counted" | "tallied" | "numbered" | "registered" | "recorded" | "totaled" | "totalled"
        );
        let says = matches!(
            *verb,
            "said" | "says" | "reported" | "estimated" | "believed"
        );
        if !counts && !says {
            continue;
        }
        let mut at = i + 1;
        if says && words.get(at) == Some(&"that") {
            at += 1;
        }
        // (Counted "fifteen or sixteen": a witness's words.)
        if counts && words.get(at).is_some_and(|w| matches!(*w, "\"" | "“")) {
            at += 1;
        }
        let Some((at, value, len)) = figure_past_qualifier(g, doc, tokens.start, words, at) else {
            continue;
        };
        let mut values = vec![value];
        let mut end = at + len;
        if let Some((upper, upper_len)) = close_upper_bound(doc, tokens.start, words, value, end) {
            values.push(upper);
            end += 1 + upper_len;
        }
        if counts && words.get(end).is_some_and(|w| matches!(*w, "\"" | "”")) {
            end += 1;
        }
        let next = words.get(end).copied().unwrap_or_default();
        // (A full stop folds to nothing.) "counted 15 jumping from the boat": those counted
        // doing something.
        // So does "registered 287 of them": those counted out of the group told of.
        let clause_ends = matches!(next, "" | "," | ";")
            || (counts && next.len() > 4 && next.ends_with("ing"))
            || (counts && next == "of" && words.get(end + 1) == Some(&"them"));
        let moved = || {
            let verb_at = match next {
                "had" | "have" | "were" => match words.get(end + 1) {
                    Some(&"been") => end + 2,
                    _ => end + 1,
                },
                _ => end,
            };
            words
                .get(verb_at)
                .is_some_and(|w| g.is_trigger(TriggerKind::GroupMovement, w))
        };
        if ((counts && clause_ends) || moved())
            && value >= 10
            && !is_year_like(words[at], value)
            && !counts_a_period(words, at, end)
        {
            out.push(SizeReport {
                values,
                qualifier: qualifier(g, words, at),
                sentence: si,
            });
        }
    }
    out
}

/// The upper figure of a close range after the figure `value` that ends at word `end`:
/// "fifteen or sixteen", "40 or 50", "200 to 250" (no more than three times the lower one, so
/// that "two to three hundred" is no range of 2 and 300).
pub(super) fn close_upper_bound(
    doc: &Doc,
    base: usize,
    words: &[&str],
    value: u64,
    end: usize,
) -> Option<(u64, usize)> {
    if !words
        .get(end)
        .is_some_and(|w| matches!(*w, "or" | "to" | "and" | "-" | "–"))
        || end + 1 >= words.len()
    {
        return None;
    }
    figure_at(doc, base, words, end + 1).filter(|&(upper, _)| upper > value && upper <= value * 3)
}

/// Whether the figure at `at..end` counts people over a period, a statistic rather than the
/// size of a group on the move: its sentence dates a span ("crossed the jungle in 2023", "in
/// the first eight months of the year", "between January and August", "in March"), or its own
/// clause counts since a date or compares with last year ("bused 25,000 migrants since August
/// 2022"; not "42 migrants arrived, the latest of hundreds sent since last year", nor "1,108
/// people made claims, compared with 300 last year").
pub(super) fn counts_a_period(words: &[&str], at: usize, end: usize) -> bool {
    let is_year =
        |w: &str| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1990..2100).contains(&y));
    let is_month = |w: &str| month_number(w).is_some() && w != "may";
    let word = |i: usize| words.get(i).copied().unwrap_or_default();
    // (A span that dates what the figure is counted since dates no count: "the first group to
    // reach the frontier since Finland closed its crossings in December".)
    let dates_a_since = |i: usize| i > end && words[end..i].contains(&"since");
    let dated_span = (0..words.len()).any(|i| {
        let next = word(i + 1);
        if dates_a_since(i) {
            return false;
        }
        match words[i] {
            "in" | "during" | "through" | "throughout" => {
                is_year(next)
                    // "in March", not "on March 5" (a day, which dates an event).
                    || is_month(next) && !word(i + 2).starts_with(|c: char| c.is_ascii_digit())
                    // "in the first eight months", not "in the last few days".
                    // (Or "in the eight months through May".)
                    || words[i] == "in"
                        && next == "the"
                        && (matches!(word(i + 2), "first" | "past" | "last")
                            || number_in_words(words, i + 2).is_some()
                            || word(i + 2).parse::<u32>().is_ok())
                        && words[(i + 3).min(words.len())..words.len().min(i + 6)]
                            .iter()
                            .any(|w| matches!(*w, "months" | "year" | "years" | "half" | "quarter"))
            }
            // "between March and May", "between April 24 and Tuesday" (not "between Sunday
            // night and Monday afternoon", the time of one crossing).
            "between" => {
                is_month(next)
                    && (word(i + 2) == "and"
                        || (word(i + 2).starts_with(|c: char| c.is_ascii_digit())
                            && word(i + 3) == "and"))
            }
            "so" => next == "far",
            _ => false,
        }
    });
    let is_break = |w: &&str| matches!(*w, "," | ";" | ":");
    let start = words[..at].iter().rposition(is_break).map_or(0, |p| p + 1);
    let stop = words[end..]
        .iter()
        .position(is_break)
        .map_or(words.len(), |p| end + p);
    let clause = &words[start..stop];
    // "... have passed through the Isthmus this year", "... cross the bridges on an ordinary
    // day": a count over the year so far, or on any day.
    // "... since the start of the year".
    // "... since the law came into force", "... since the checks began".
    let since_the_start = clause
        .windows(3)
        .any(|w| w[0] == "since" && w[1] == "the" && matches!(w[2], "start" | "beginning"))
        || clause.windows(4).any(|w| {
            w[..2] == ["since", "the"]
                && matches!(
                    w[3],
                    "came" | "took" | "began" | "started" | "opened" | "closed" | "ended"
                )
        });
    let since_or_last_year = since_the_start
        || clause.windows(2).any(|w| {
            w == ["last", "year"]
            || w == ["this", "year"]
            // "registered 3,100 new arrivals last month".
            || (matches!(w[0], "last" | "this" | "past") && w[1] == "month")
            || (matches!(w[0], "ordinary" | "typical" | "normal" | "average" | "busy")
                && w[1] == "day")
            || (w[0] == "since" && (is_year(w[1]) || is_month(w[1]) || w[1] == "last"))
        });
    dated_span || since_or_last_year
}

/// Whether the figure that ends at `end` counts the people of a nationality who live in a
/// country, a statistic and no group: "about 25,000 Venezuelans now live in the country",
/// "some 7 million live in Colombia", "1,000 people live here". (Not "2,000 migrants living in
/// tents", nor "96 Venezuelans who had been living in Trinidad stepped onto the dock": the past
/// perfect tells where a group came from.)
pub(super) fn counts_residents(g: &Gazetteer, words: &[&str], end: usize) -> bool {
    (end..words.len().min(end + MOST_WORDS_TO_RESIDENCE)).any(|verb| {
        let place = verb + 2;
        let past_perfect =
            words[..verb].ends_with(&["had"]) || words[..verb].ends_with(&["had", "been"]);
        !past_perfect
            && matches!(
            words[verb],
            "live" | "lives" | "living" | "lived" | "reside" | "resides" | "residing"
        ) && words.get(verb + 1) == Some(&"in")
            && (words.get(place..place + 2) == Some(&["the", "country"][..])
                || (1..=3).any(|n| {
                    words.get(place..place + n).is_some_and(|name| {
                        g.place(&name.join(" "))
                            .is_some_and(|p| g.places[p].kind == PlaceKind::Country)
                    })
                }))
            // "About 1,000 people live here year-round": a town's population. "About 58,000
            // refugees still live in camps in Tamil Nadu": those who stayed.
            || matches!(words[verb], "live" | "lives")
                && (matches!(words.get(verb + 1), Some(&"here" | &"there"))
                    || (verb > 0 && words[verb - 1] == "still"))
    })
}

/// Whether the figure that ends at `end` counts the dead: "Eleven people had died during the
/// crossing", "12 migrants drowned", "30 were killed". They are no longer a group that travels.
pub(super) fn counts_the_dead(words: &[&str], end: usize) -> bool {
    words[end..]
        .iter()
        .take(5)
        .take_while(|w| !matches!(**w, "," | ";" | "" | "and" | "who" | "after"))
        .any(|w| {
            matches!(
                *w,
                "died" | "dead" | "drowned" | "perished" | "killed" | "bodies" | "deaths"
            )
        })
}

/// Whether the words before a figure, `before`, say it counts the dead: "the killing of 26
/// people in Pahalgam", "the deaths of 39 migrants".
pub(super) fn the_dead_counted(before: &[&str]) -> bool {
    matches!(
        before,
        [
            ..,
            "killing" | "killings" | "deaths" | "death" | "massacre" | "murder" | "murders",
            "of"
        ]
    )
}

/// Whether a figure after `before` is how many people live in a place: "a city of about
/// 120,000 people", "a French department of 320,000", "home to about 300 people".
pub(super) fn counts_population(g: &Gazetteer, before: &[&str]) -> bool {
    match before {
        [.., "home", "to"] | [.., "population", "of"] => true,
        // "The centre, which was built for about 1,500 people", "room for 300": how many a
        // place can take.
        [.., "built" | "designed" | "meant" | "room" | "space" | "beds" | "capacity", "for"]
        | [.., "capacity", "of"] => true,
        // "The ferry, which can carry about 150 passengers": how many it could take.
        [.., "can" | "could", "carry" | "hold" | "take" | "seat" | "accommodate"] => true,
        // "the reception centre, which already houses more than 1,800 people": whom a place
        // holds, not who came.
        [.., "which", "houses" | "holds" | "hosts"]
        | [.., "which", _, "houses" | "holds" | "hosts"] => true,
        // "Kiryandongo district already hosts more than 70,000 refugees".
        [.., "already", "houses" | "holds" | "hosts" | "shelters"] => true,
        // "Chora Sfakion, which has fewer than 300 people in winter": a place's people, in the
        // present tense (a boat "which had 40 people on board" carried a group).
        [.., "which", "has"] => true,
        [rest @ .., "of"] => rest.iter().rev().take(3).any(|w| {
            g.is_trigger(TriggerKind::CityContext, w)
                || g.is_trigger(TriggerKind::StateContext, w)
                || matches!(*w, "country" | "island" | "nation")
        }),
        _ => false,
    }
}

/// The most words between a figure and the verb that says those counted live somewhere
/// ("25,000 Venezuelans now live in").
pub(super) const MOST_WORDS_TO_RESIDENCE: usize = 6;

/// A figure written in words, with how many words it takes: "thirty-eight", "two thousand", "a
/// thousand", "fifteen hundred", "two dozen".
pub(super) fn number_in_words(words: &[&str], at: usize) -> Option<(u64, usize)> {
    let word = *words.get(at)?;
    // "half a dozen", "half a thousand".
    if word == "half" && matches!(words.get(at + 1), Some(&("a" | "an"))) {
        return match words.get(at + 2) {
            Some(&"dozen") => Some((6, 3)),
            Some(&"hundred") => Some((50, 3)),
            Some(&"thousand") => Some((500, 3)),
            _ => None,
        };
    }
    // Asked of every word: most have a first letter and length no number word has.
    let shape = word
        .as_bytes()
        .first()
        .map_or(0, |&b| NUMBER_WORD_SHAPES[usize::from(b)]);
    if shape & (1 << word.len().min(31)) == 0 {
        return None;
    }
    let scale = |w: Option<&&str>| match w.copied() {
        Some("dozen") => Some(12),
        Some("hundred") => Some(100),
        Some("thousand") => Some(1_000),
        _ => None,
    };
    let mut value = match word {
        // "a thousand", "a dozen", never "a" alone.
        "a" | "an" => {
            scale(words.get(at + 1))?;
            1
        }
        // "forty-one" is the shortest of the compounds.
        _ if word.len() >= 9 && word.contains('-') => {
            if let Some(tens) = tens_given_roughly(word) {
                return Some((tens, 1));
            }
            number_under_a_hundred(word)?
        }
        _ => small_number(word)?,
    };
    let mut len = 1;
    let mut last_factor = 1;
    while let Some(factor) = scale(words.get(at + len)) {
        value *= factor;
        last_factor = factor;
        len += 1;
    }
    // "a hundred and twenty", "three hundred forty-three": the rest under a hundred.
    if last_factor >= 100 {
        let and = usize::from(words.get(at + len) == Some(&"and"));
        // ("a hundred and forty-odd".)
        if let Some(rest) = words
            .get(at + len + and)
            .and_then(|w| number_under_a_hundred(w).or_else(|| tens_given_roughly(w)))
        {
            value += rest;
            len += and + 1;
        }
    }
    Some((value, len))
}

/// "Sixty-something people", "forty-odd": the tens, give or take.
pub(super) fn tens_given_roughly(word: &str) -> Option<u64> {
    let (tens, unit) = word.split_once('-')?;
    if !matches!(unit, "something" | "odd" | "some") {
        return None;
    }
    small_number(tens).filter(|t| *t >= 20 && t % 10 == 0)
}

/// "twenty", "seven" or "forty-three".
pub(super) fn number_under_a_hundred(word: &str) -> Option<u64> {
    if let Some((tens, unit)) = word.split_once('-') {
        return match (small_number(tens)?, small_number(unit)?) {
            (t, u) if t >= 20 && t % 10 == 0 && (1..10).contains(&u) => Some(t + u),
            _ => None,
        };
    }
    small_number(word).filter(|n| *n < 100)
}

/// The words of a figure written in words: "a" and "an" only before "hundred" or "thousand".
pub(super) const NUMBER_WORDS: &[&str] = &[
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// By first byte, bit `n` set when a word of [`NUMBER_WORDS`] has `n` bytes; a tens word's
/// first letter also allows every length from 9 up, for compounds ("thirty-eight").
pub(super) const NUMBER_WORD_SHAPES: [u32; 256] = {
    let mut shapes = [0u32; 256];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        shapes[w[0] as usize] |= 1 << w.len();
        if w.len() >= 5 && w[w.len() - 1] == b'y' {
            shapes[w[0] as usize] |= !0 << 9;
        }
        i += 1;
    }
    shapes
};

/// "one" to "nineteen", and the tens from "twenty" to "ninety".
pub(crate) fn small_number(word: &str) -> Option<u64> {
    Some(match word {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// The figure that starts at word `at` of a sentence whose first token is `base`, with how many
/// words it takes: "2,000" or "two thousand".
pub(super) fn figure_at(doc: &Doc, base: usize, words: &[&str], at: usize) -> Option<(u64, usize)> {
    if doc.tokens[base + at].kind == TokenKind::Number {
        parse_figure(words[at]).map(|value| (value, 1))
    } else {
        number_in_words(words, at)
    }
}

/// The figure that starts at word `at`, past a size qualifier there ("counted about 40", "said
/// at least 38"): where it starts, its value and its length in words.
fn figure_past_qualifier(
    g: &Gazetteer,
    doc: &Doc,
    base: usize,
    words: &[&str],
    at: usize,
) -> Option<(usize, u64, usize)> {
    let at = at
        + g.triggers(TriggerKind::SizeQualifier)
            .longest_at(words, at)
            .unwrap_or(0);
    // (A sentence may end right there: "... and there were".)
    if at >= words.len() {
        return None;
    }
    figure_at(doc, base, words, at).map(|(value, len)| (at, value, len))
}

/// Whether the words after a figure say those counted were aboard ("aboard", "on board").
fn tells_aboard(after: &[&str]) -> bool {
    after.contains(&"aboard") || after.windows(2).any(|pair| pair == ["on", "board"])
}

/// "in 2023": a figure written like a year counts no one.
pub(super) fn is_year_like(word: &str, value: u64) -> bool {
    word.len() == 4 && !word.contains(',') && (1900..2100).contains(&value)
}

/// "2022": a word that is a year and nothing else.
pub(super) fn names_a_year(word: &str) -> bool {
    parse_figure(word).is_some_and(|value| is_year_like(word, value))
}

pub(super) fn parse_figure(word: &str) -> Option<u64> {
    word.replace(',', "").parse().ok()
}

/// Where the list of peoples' adjectives that ends `words` starts ("Afghan, Iranian and
/// Iraqi"), if it ends in one.
pub(super) fn peoples_listed_before(g: &Gazetteer, words: &[&str]) -> Option<usize> {
    let mut first = words.len().checked_sub(1)?;
    g.demonym(words[first])?;
    while first >= 2
        && matches!(words[first - 1], "," | "and")
        && g.demonym(words[first - 2]).is_some()
    {
        first -= 2;
    }
    Some(first)
}

/// Whether a folded word looks like a plural common noun ("players", "sailors"): lower-case
/// letters ending in "s", longer than "us".
pub(super) fn is_plural_common_noun(word: &str) -> bool {
    word.len() > 3 && names_several(word) && word.chars().all(|c| c.is_ascii_lowercase())
}

/// The plural noun a figure ending at `end` counts: the next word, or one after a people's name
/// and words of their calling ("Nine Ukrainian coal miners").
pub(super) fn plural_noun_after_figure<'w>(
    g: &Gazetteer,
    words: &[&'w str],
    end: usize,
) -> Option<&'w str> {
    let noun = (end..words.len().min(end + 3)).find(|&k| is_plural_common_noun(words[k]))?;
    words[end..noun]
        .iter()
        .all(|w| {
            g.demonym(w).is_some()
                || (w.chars().all(|c| c.is_ascii_lowercase())
                    && !g.is_trigger(TriggerKind::FunctionWord, w))
        })
        .then_some(words[noun])
}

/// The length of "all of us" opening `words`, or of "all sixty-two of us" with the figure.
pub(super) fn all_of_us_len(words: &[&str]) -> Option<usize> {
    if words.first() != Some(&"all") {
        return None;
    }
    let figure = words[1..]
        .iter()
        .take(3)
        .take_while(|w| **w == "-" || w.split('-').all(is_count))
        .count();
    (words.get(1 + figure..3 + figure) == Some(&["of", "us"][..])).then_some(3 + figure)
}

/// Whether a word is a count, in figures or words: "1,100", "seven".
pub(super) fn is_count(word: &str) -> bool {
    parse_figure(word).is_some() || small_number(word).is_some()
}

/// Whether the word after a demonym that follows a figure says no noun follows it, so that the
/// demonym names the people: "19 Senegalese were rescued", not "19 Chinese companies".
pub(super) fn names_no_noun(g: &Gazetteer, next: &str) -> bool {
    next.is_empty()
        || matches!(next, "," | ";" | ":" | "." | "\"" | "”")
        || g.is_trigger(TriggerKind::FunctionWord, next)
        || next.ends_with("ing")
        || next.ends_with("ed")
        || matches!(next, "who" | "had" | "have" | "among")
        || g.is_trigger(TriggerKind::ClauseVerb, next)
        // Past tenses that do not end in "-ed": "70 South Sudanese came down the Nile".
        || matches!(
            next,
            "came" | "went" | "left" | "fled" | "swam" | "ran" | "rode" | "took" | "got" | "flew"
                | "drove" | "slept" | "spent" | "began" | "were" | "are"
        )
}

/// Whether the words after a figure say it counts people: "7,500 migrants",
/// "2,000 Central American, Caribbean and African migrants".
pub(super) fn counts_people(g: &Gazetteer, words: &[&str], from: usize) -> bool {
    let nouns = g.triggers(TriggerKind::GroupCountNoun);
    // "\"About eighty of us\"": the speaker's own group, counted.
    if words.get(from) == Some(&"of") && words.get(from + 1) == Some(&"us") {
        return true;
    }
    // "a 23-strong group of Syrians", "a 40-strong caravan": the figure is the group's.
    if words.get(from..from + 2) == Some(&["-", "strong"]) {
        return words.get(from + 2).is_some_and(|&w| {
            matches!(w, "group" | "party" | "column" | "crowd" | "band")
                || is_strong_noun(g, w)
                || nouns.at(words, from + 2)
                || is_plural_demonym(g, w)
        });
    }
    let mut after_demonym_of_words = false;
    let mut k = from;
    while k < words.len().min(from + 8) {
        let w = words[k];
        // "Thirty Sri Lankan men", "40 Sri Lankans", "12 South Sudanese were rescued": a
        // demonym of several words.
        if let Some((_, len)) = g.demonym_of_words_at(words, k) {
            let last = words[k + len - 1];
            let next = words.get(k + len).copied().unwrap_or("");
            if names_several(last) || (k == from && last.ends_with("ese") && names_no_noun(g, next))
            {
                return true;
            }
            after_demonym_of_words = true;
            k += len;
            continue;
        }
        // "300 asylum seekers": a noun of several words too.
        if nouns.at(words, k) && w != "members" {
            return true;
        }
        // (A full stop folds to nothing.)
        if g.is_trigger(TriggerKind::NotHeadCount, w)
            || matches!(w, "" | ";" | "of" | "in" | "to" | "from" | "who" | "that")
        {
            return false;
        }
        // "1,100 Haitians", "240 Venezuelans": a people named by a plural demonym.
        if is_plural_demonym(g, w) {
            return true;
        }
        // "caught nineteen Sudanese, among them four women", "19 Senegalese were rescued", "66
        // Rohingya had been spotted": a people whose plural is the singular, where no noun
        // follows (not "19 Chinese companies").
        if k == from
            && g.demonym(w).is_some()
            && names_no_noun(g, words.get(k + 1).copied().unwrap_or(""))
        {
            return true;
        }
        // "Twenty-three Sudanese doctors and nurses": people by trade, after their
        // nationality.
        // "76 returning workers", "112 deported workers": so are people by trade on their way
        // home.
        let after_nationality = k > from
            && (after_demonym_of_words
                || g.demonym(words[k - 1]).is_some()
                || matches!(words[k - 1], "returning" | "deported"));
        let people_by_trade = |w: &str| {
            w.strip_suffix('s').is_some_and(|one| {
                g.is_trigger(TriggerKind::PersonCue, one)
                    || g.is_trigger(TriggerKind::TravellerCue, one)
            })
        };
        if after_nationality && people_by_trade(w) {
            return true;
        }
        // "Twenty-three Vietnamese technical trainees": one word of what kind between.
        if after_nationality
            && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
            && (nouns.at(words, k + 1)
                || words.get(k + 1).is_some_and(|&next| people_by_trade(next)))
        {
            return true;
        }
        // (A quotation may close between the figure and its noun: counted "nearly a hundred"
        // people.)
        let adjective = g.demonym(w).is_some()
            || matches!(
                w,
                "," | "and"
                    | "\""
                    | "”"
                    | "more"
                    | "other"
                    | "undocumented"
                    | "irregular"
                    | "would-be"
                    | "mostly"
                    | "central"
                    | "american"
                    | "african"
                    | "caribbean"
                    | "haitian"
                    | "new"
                    | "stranded"
                    | "foreign"
                    | "young"
                    | "adult"
                    | "unaccompanied"
                    | "male"
                    | "female"
                    // "one of about 140 labour migrants".
                    | "labour"
                    | "labor"
                    | "seasonal"
                    | "returning"
                    | "deported"
                    // "More than 400 displaced Iraqis".
                    | "displaced"
                    | "internally"
            );
        if !adjective {
            return false;
        }
        after_demonym_of_words = false;
        k += 1;
    }
    false
}
