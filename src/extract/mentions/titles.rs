//! Titles written in lower case or before several names ("the foreign ministers of X and Y",
//! "respectively"), and the person each title is given to.

use super::*;

/// Titles written in lower case before or after a name: "Mexico's foreign minister, Marcelo
/// Ebrard", "Marcelo Ebrard, Mexico's foreign minister", "El Paso mayor Oscar Leeser".
pub(super) fn lowercase_titles(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    let mut i = sentence.start;
    let mut keys = PrefixKeys::default();
    while i < sentence.end {
        // A title starts at a word written in lower case, never at the punctuation before it
        // ("... mayor Oscar Leeser": the title is "mayor"); or after "the", capitalised as
        // some papers write it ("the Governor of Sonora, Alfonso Durazo"); or at the start of
        // the sentence, which capitalises it ("Opposition leader Peter Dutton said").
        let after_the = i > sentence.start && doc.folded(i - 1) == "the";
        if doc.tokens[i].kind == TokenKind::Punct
            || (is_cap(doc, i) && !after_the && i != sentence.start)
        {
            i += 1;
            continue;
        }
        let mut matched = longest_title(g, doc, &mut keys, i, sentence.end.min(i + 4))
            .or_else(|| leads_a_country(g, doc, i, &sentence).then_some(i..i + 1));
        // "the head of the National Migration Institute": an office named by the body it heads.
        let head_of_body = matched
            .is_none()
            .then(|| head_of_body(g, doc, i, &sentence))
            .flatten();
        if let Some((affiliated, range)) = &head_of_body {
            matched = Some(range.clone());
            // A body in lower case no run reads: named here ("the head of the province's
            // refugees and repatriation department").
            let body_start = i + 2 + usize::from(doc.folded(i + 2) == "the");
            // (Not an office or a council: "the head of the institute's office in Chiapas"
            // names the institute's post, no body of its own.)
            if affiliated.is_none()
                && !is_cap(doc, body_start)
                && lower_case_body_end(g, doc, body_start, &sentence).is_some()
            {
                push(
                    out,
                    doc,
                    si,
                    body_start..range.end,
                    MentionKind::Org(None),
                    "lower-case-body",
                    0.6,
                );
            }
        }
        // "The agent, Derek Paquin": a word of an office named in the sentences before ("the
        // patrol agent in charge of the Richford station"), which alone is no title.
        let office_told_before = (matched.is_none()
            && after_the
            && i == sentence.start + 1
            && i + 1 < sentence.end
            && doc.token_text(i + 1) == ",")
            .then(|| office_with_word_before(g, doc, i, &sentence))
            .flatten();
        if office_told_before.is_some() {
            matched = Some(i..i + 1);
        }
        if matched.is_none() {
            if let Some((name, body, affiliation)) = heads_body(g, doc, i, &sentence) {
                push(
                    out,
                    doc,
                    si,
                    name,
                    MentionKind::Person {
                        title: Some(format!("head of {}", doc.span_text(body.clone()))),
                        affiliation,
                    },
                    "heads-body",
                    0.8,
                );
                i = body.end;
                continue;
            }
        }
        let Some(title) = matched else {
            i += 1;
            continue;
        };
        // (Capitalised, only as an office of a place or before a name in apposition: not "the
        // General Directorate of Migration", "the Justice Human Rights Network".)
        // ("Opposition leader Peter Dutton said": a title in lower case whose first word the
        // sentence's start capitalises.)
        let opens_sentence_in_lower_case =
            i == sentence.start && title.len() > 1 && !is_cap(doc, title.end - 1);
        if is_cap(doc, i)
            && !opens_sentence_in_lower_case
            && (title.end >= sentence.end || !matches!(doc.token_text(title.end), "of" | ","))
        {
            // (A lower-case title may start inside: "the U.S. ambassador in Panama, X".)
            i += 1;
            continue;
        }
        // "X, the sheriff's office said", "X, the governor's spokesman": the office written
        // possessive is not X's. "Shelter director X": a shelter's staff hold no public office.
        if possessive_after(doc, title.end - 1)
            || (title.start > sentence.start && doc.folded(title.start - 1) == "shelter")
        {
            i = title.end;
            continue;
        }
        if let Some((name, title_start, mut affiliation)) = title_holder(g, doc, &title, &sentence)
        {
            // "the boat's captain, X": the master of a vessel holds no office, nor does "the
            // captain, X" of no body or place ("the captain of the port of Olhão" does).
            let masters_a_vessel = possessor_end(doc, title.start, &sentence)
                .is_some_and(|e| g.is_trigger(TriggerKind::Vehicle, doc.folded(e - 1)))
                || (title.len() == 1
                    && doc.token_text(title.start) == "captain"
                    && affiliation.is_empty()
                    && possessor_end(doc, title.start, &sentence).is_none()
                    && !(title.end + 2 < sentence.end
                        && doc.folded(title.end) == "of"
                        && doc.folded(
                            title.end + 1 + usize::from(doc.folded(title.end + 1) == "the"),
                        ) == "port"));
            if masters_a_vessel {
                push(out, doc, si, name, untitled_person(), "vessel-master", 0.7);
                i = title.end;
                continue;
            }
            if serves_a_civil_body(g, doc, title.end, &sentence) {
                push(out, doc, si, name, untitled_person(), "civil-post", 0.7);
                i = title.end;
                continue;
            }
            if let Some((Some(affiliated), _)) = head_of_body {
                affiliation.push(affiliated);
            }
            // "X, first secretary at the Indian embassy in Tbilisi", "a consul at the Mexican
            // consulate": the country whose post it is.
            if affiliation.is_empty()
                && title.end + 1 < sentence.end
                && matches!(doc.folded(title.end), "at" | "of" | "for" | "in")
            {
                let start = title.end + 1 + usize::from(doc.folded(title.end + 1) == "the");
                if let Some((country, _)) = demonym_post(g, doc, start, &sentence) {
                    affiliation.push(Affiliation::Place(country));
                } else if let Some(country) = countrys_body_at(g, doc, start, &sentence) {
                    affiliation.push(Affiliation::Place(country));
                }
            }
            // "the government's delegate in Melilla, X": an office held in a town or region
            // serves the country the place is in, which need not be the one the story is told
            // from. (Not an envoy's: "the ambassador in Kabul" serves another.)
            if affiliation.is_empty()
                && title.end + 1 < sentence.end
                && doc.folded(title.end) == "in"
                && is_cap(doc, title.end + 1)
                && g.title(&key(doc, title.clone()))
                    .is_some_and(|o| matches!(g.titles[o].kind.as_str(), "local" | "agency"))
            {
                // (A name whose places all lie in one country: "the subdelegate in Granada" may
                // be in Spain or Nicaragua, as the story tells.)
                let country = (1..=3).rev().find_map(|len| {
                    let end = title.end + 1 + len;
                    if end > sentence.end || !(title.end + 1..end).all(|t| is_cap(doc, t)) {
                        return None;
                    }
                    let name = key(doc, title.end + 1..end);
                    // ("EMERSON, Man. — ... a municipal councillor in Emerson": not the town of
                    // the dateline, which may be none of the gazetteer's of that name.)
                    let lede = doc.sentences.iter().find(|s| s.paragraph == 1)?;
                    if lede.tokens.start + len <= lede.tokens.end
                        && key(doc, lede.tokens.start..lede.tokens.start + len) == name
                    {
                        return None;
                    }
                    let places = g.places_named(&name);
                    let country = g.country_of(*places.first()?)?;
                    places
                        .iter()
                        .all(|&p| g.country_of(p) == Some(country))
                        .then_some(country)
                });
                if let Some(country) = country.filter(|&c| g.places[c].kind == PlaceKind::Country) {
                    affiliation.push(Affiliation::Place(country));
                }
            }
            // "A, Poland's interior minister, B, Lithuania's, and C, Latvia's": the office
            // is A's, and B's and C's in their countries, the title left out.
            let elided = (name.start > title.end)
                .then(|| elided_title_holders(g, doc, name.end, &sentence))
                .filter(|holders| !holders.is_empty());
            // (The comma before the office and its owner: ", Poland's interior minister".)
            let holder_before = elided.as_ref().and_then(|_| {
                let comma = (title_start.saturating_sub(5).max(sentence.start + 1)..title_start)
                    .rev()
                    .find(|&k| doc.token_text(k) == ",")?;
                name_end_span(g, doc, comma, &sentence)
            });
            if let (Some(holders), Some(before)) = (elided, holder_before) {
                let office = doc.span_text(title.clone()).to_string();
                push(
                    out,
                    doc,
                    si,
                    before,
                    MentionKind::Person {
                        title: Some(office_text(doc, title_start..title.end)),
                        affiliation,
                    },
                    "lowercase-title",
                    0.8,
                );
                for (holder, country) in [(name, holders[0].1)]
                    .into_iter()
                    .chain(holders.windows(2).map(|w| (w[0].0.clone(), w[1].1)))
                {
                    push(
                        out,
                        doc,
                        si,
                        holder,
                        MentionKind::Person {
                            title: Some(office.clone()),
                            affiliation: vec![Affiliation::Place(country)],
                        },
                        "elided-title",
                        0.7,
                    );
                }
                i = title.end;
                continue;
            }
            push(
                out,
                doc,
                si,
                name,
                MentionKind::Person {
                    title: Some(
                        office_told_before
                            .clone()
                            .unwrap_or_else(|| office_text(doc, title_start..title.end)),
                    ),
                    affiliation,
                },
                "lowercase-title",
                0.8,
            );
        }
        i = title.end;
    }
}

/// The office of several words, written in lower case in one of the three sentences before
/// `sentence`, that has the word at `at` but not last: "agent" of "patrol agent in charge".
pub(super) fn office_with_word_before(
    g: &Gazetteer,
    doc: &Doc,
    at: usize,
    sentence: &Range<usize>,
) -> Option<String> {
    let word = doc.folded(at);
    let mut keys = PrefixKeys::default();
    doc.sentences
        .iter()
        .rev()
        .skip_while(|s| s.tokens.end > sentence.start)
        .take(3)
        .find_map(|s| {
            (s.tokens.clone()).find_map(|t| {
                if is_cap(doc, t) || doc.tokens[t].kind == TokenKind::Punct {
                    return None;
                }
                let title = longest_title(g, doc, &mut keys, t, s.tokens.end.min(t + 4))?;
                (title.len() > 1 && (title.start..title.end - 1).any(|k| doc.folded(k) == word))
                    .then(|| office_text(doc, title))
            })
        })
}

/// After a name that ends at `end`: the countries written possessive with the title left out,
/// and the names after each ("B, Lithuania's, and C, Latvia's,": Lithuania, then C and
/// Latvia). Each entry is (the name after the country, or an empty span at the end; the
/// country).
pub(super) fn elided_title_holders(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Vec<(Range<usize>, usize)> {
    let mut holders: Vec<(Range<usize>, usize)> = Vec::new();
    let mut t = end;
    loop {
        // ", Lithuania's" then "," or "and" or the clause's end.
        if t + 3 >= sentence.end || doc.token_text(t) != "," {
            break;
        }
        let Some((country, len)) = (1..=3).rev().find_map(|len| {
            let name_end = t + 1 + len;
            (name_end < sentence.end && possessive_after(doc, name_end - 1))
                .then(|| g.place(&key(doc, t + 1..name_end)))
                .flatten()
                .filter(|&p| g.places[p].kind == PlaceKind::Country)
                .map(|p| (p, len))
        }) else {
            break;
        };
        let after = t + 1 + len + 2;
        let closes = after >= sentence.end || matches!(doc.token_text(after), "," | "and");
        if !closes {
            break;
        }
        // The next name: ", and C", "and C".
        let mut next = after;
        while next < sentence.end && matches!(doc.token_text(next), "," | "and") {
            next += 1;
        }
        match name_span(g, doc, next, sentence) {
            Some(name) if next > after => {
                t = name.end;
                holders.push((name, country));
            }
            _ => {
                holders.push((after..after, country));
                break;
            }
        }
    }
    holders
}

/// Where the lower-case words that qualify a title ending before `start` begin ("caretaker",
/// "new": `title_modifier` in `data/triggers.tsv`); `start` itself when there are none.
pub(super) fn past_title_modifiers(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> usize {
    let mut start = start;
    while start > sentence.start
        && !is_cap(doc, start - 1)
        && g.is_trigger(TriggerKind::TitleModifier, doc.folded(start - 1))
    {
        start -= 1;
    }
    start
}

/// "Syria's new leader, X", "Chinese leader X": "leader" after a country's possessive or
/// demonym names its head. (Alone it is no office: caravans and villages have leaders too.)
pub(super) fn leads_a_country(
    g: &Gazetteer,
    doc: &Doc,
    at: usize,
    sentence: &Range<usize>,
) -> bool {
    if doc.folded(at) != "leader" || is_cap(doc, at) {
        return false;
    }
    let is_country = |p: usize| g.places[p].kind == PlaceKind::Country;
    let possessive = possessive_place_before(g, doc, at, sentence)
        .iter()
        .any(|a| matches!(a, Affiliation::Place(p) if is_country(*p)));
    let demonym = || {
        let start = past_title_modifiers(g, doc, at, sentence);
        start > sentence.start
            && is_cap(doc, start - 1)
            && g.demonym(doc.folded(start - 1)).is_some_and(is_country)
    };
    possessive || demonym()
}

/// The country of a body named from token `start` by the country's possessive or demonym:
/// "(a spokesman for) Ukraine's State Border Guard Service", "the Ukrainian Foreign Ministry".
pub(super) fn countrys_body_at(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let body_within = |from: usize| {
        (from..(from + 4).min(sentence.end)).any(|t| {
            is_org_head(g, doc, t) || g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(t))
        })
    };
    let by_possessive = (start + 2..(start + 6).min(sentence.end)).find_map(|after| {
        let owner_end = possessor_end(doc, after, sentence)?;
        let (owner_start, country) = country_ending_at(g, doc, owner_end, sentence)?;
        (owner_start == start && (is_cap(doc, after) || body_within(after))).then_some(country)
    });
    by_possessive.or_else(|| {
        let country = g.demonym(doc.folded(start))?;
        (body_within(start + 1) && g.places[country].kind == PlaceKind::Country).then_some(country)
    })
}

/// "a spokeswoman for the association", "the director of the charity": an office told right
/// after token `end - 1` to be held in a body the article calls only by a common noun for a
/// body (the data's `org_cue`), which, as resolution reads "the group's coordinator", is a
/// civil one: no public office.
pub(super) fn serves_a_civil_body(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> bool {
    let word = |t: usize| (t < sentence.end).then(|| doc.folded(t));
    if !matches!(word(end), Some("for" | "of" | "at" | "with")) {
        return false;
    }
    let noun = end + 1 + usize::from(matches!(word(end + 1), Some("the" | "a" | "an" | "this")));
    word(noun).is_some_and(|w| !is_cap(doc, noun) && g.is_trigger(TriggerKind::OrgCue, w))
}

/// "head of the DGME", "head of the National Migration Institute": the tokens of the office,
/// for "head of" at token `at`, and what the office is affiliated to when that is known: the
/// body the gazetteer knows, or the country of a post named by its demonym ("head of the
/// Honduran post"). A body it does not know is a capitalised name holding an organisation's
/// head word ("Directorate") or ending in an acronym ("the Veracruz DIF").
pub(super) fn head_of_body(
    g: &Gazetteer,
    doc: &Doc,
    at: usize,
    sentence: &Range<usize>,
) -> Option<(Option<Affiliation>, Range<usize>)> {
    if doc.folded(at) != "head" || at + 2 >= sentence.end || doc.folded(at + 1) != "of" {
        return None;
    }
    // ("the head of its immigration post": "its" stands where "the" does.)
    let start = at + 2 + usize::from(matches!(doc.folded(at + 2), "the" | "its"));
    if let Some((o, end)) = known_body_at(g, doc, start, sentence) {
        // "head of IOM's sub-office in the region", "head of the UN refugee agency's Americas
        // bureau": the body's post.
        let post = possessive_after(doc, end - 1)
            .then(|| post_end(g, doc, end + 2, sentence))
            .flatten();
        let end = post.unwrap_or_else(|| unit_end(doc, end, sentence));
        return Some((Some(Affiliation::Org(o)), at..end));
    }
    if let Some((country, end)) = demonym_post(g, doc, start, sentence) {
        return Some((Some(Affiliation::Place(country)), at..end));
    }
    // "The head of Buryatia, Alexei Tsydenov,": the title of a region's governor, with a
    // name in apposition (not "the head of the family", not "head of Mexico's delegation").
    if start == at + 2 {
        let most = g.most_name_words_from(doc.folded(start));
        let mut keys = PrefixKeys::default();
        let region = keys
            .longest_first(doc, start, sentence.end, most)
            .find_map(|(len, k)| {
                let state = g.place_named_as(k, &[PlaceKind::State])?;
                Some((state, end_of_words(doc, start, start + len)))
            });
        if let Some((state, end)) = region {
            if end < sentence.end && doc.token_text(end) == "," {
                return Some((Some(Affiliation::Place(state)), at..end));
            }
        }
    }
    // The capitalised name, through the small words inside it ("of", "and", "for").
    let mut end = start;
    while end < sentence.end
        && (is_cap(doc, end)
            || (end > start
                && matches!(doc.folded(end), "of" | "and" | "for" | "the")
                && end + 1 < sentence.end
                && is_cap(doc, end + 1)))
    {
        end += 1;
    }
    // "head of Britain's Border Security Command": a body named after its owner's
    // possessive, the owner's (a country's) office.
    if end > start && end + 2 < sentence.end && possessive_after(doc, end - 1) {
        let owner = country_ending_at(g, doc, end, sentence)
            .filter(|&(owner_start, _)| owner_start == start)
            .map(|(_, country)| Affiliation::Place(country));
        let body_start = end + 2;
        let body_end = (body_start..sentence.end)
            .find(|&t| !is_cap(doc, t))
            .unwrap_or(sentence.end);
        if (body_start..body_end).any(|t| is_org_head(g, doc, t)) {
            return Some((owner, at..body_end));
        }
        // "the head of Bangladesh's interim government, X": a country's government, told in
        // lower case after its possessive, in apposition.
        let government = (body_start..sentence.end.min(body_start + 3))
            .take_while(|&t| doc.tokens[t].kind == TokenKind::Word && !is_cap(doc, t))
            .find(|&t| matches!(doc.folded(t), "government" | "administration"))
            .filter(|&t| t + 1 < sentence.end && doc.token_text(t + 1) == ",");
        if let Some(t) = government.filter(|_| owner.is_some()) {
            return Some((owner, at..t + 1));
        }
    }
    // ... or ending in an acronym ("the Veracruz DIF").
    let ends_in_acronym = end > start && is_acronym(doc.token_text(end - 1));
    if (start..end).any(|t| is_org_head(g, doc, t)) || ends_in_acronym {
        return Some((None, at..unit_end(doc, end, sentence)));
    }
    if let Some(end) = lower_case_body_end(g, doc, start, sentence) {
        return Some((None, at..end));
    }
    // "The head of the interim government, X": a government named by its kind, in apposition.
    if start == at + 3 {
        let government = (start..sentence.end.min(start + 3))
            .take_while(|&t| doc.tokens[t].kind == TokenKind::Word && !is_cap(doc, t))
            .find(|&t| doc.folded(t) == "government");
        if let Some(t) =
            government.filter(|&t| t + 1 < sentence.end && doc.token_text(t + 1) == ",")
        {
            return Some((None, at..t + 1));
        }
    }
    // "The head of the Nicosia district police, X": a place's police, in lower case.
    let place_end = capitalised_run(doc, start, sentence.end).end;
    let mut police = place_end;
    if police < sentence.end
        && matches!(
            doc.folded(police),
            "district" | "regional" | "provincial" | "local" | "border" | "city" | "state"
        )
    {
        police += 1;
    }
    if police < sentence.end && doc.folded(police) == "police" {
        let place = (place_end > start)
            .then(|| g.place(&key(doc, start..place_end)))
            .flatten()
            .map(Affiliation::Place);
        return Some((place, at..police + 1));
    }
    // "The head of the prefecture, X": a body the story has named, by its head word alone.
    // (Or by the last word of the office the story named before: "the head of the COA's Ter
    // Apel location ... The head of the location, X".)
    let named_before_by_its_head = || {
        let noun = doc.folded(start);
        (0..sentence.start.saturating_sub(2)).any(|k| {
            doc.folded(k) == "head"
                && doc.folded(k + 1) == "of"
                && (k + 2..(k + 10).min(sentence.start)).any(|t| {
                    doc.folded(t) == noun
                        && (t + 1 >= doc.tokens.len() || !doc.is_capitalised(t + 1))
                        && (k + 2..t).all(|u| {
                            doc.tokens[u].kind != TokenKind::Punct
                                || matches!(doc.token_text(u), "'" | "’")
                        })
                })
        })
    };
    let bare_head = start == at + 3
        && start < sentence.end
        && !is_cap(doc, start)
        && (start + 1 == sentence.end || doc.tokens[start + 1].kind == TokenKind::Punct)
        && !possessive_after(doc, start)
        && (g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(start))
            || named_before_by_its_head());
    if bare_head {
        return Some((None, at..start + 1));
    }
    // "The head of the detention centre, X", "the head of the centre, X": whoever runs a
    // centre or a prison, named in apposition, holds an office there.
    if start == at + 3 {
        let lower_word = |t: usize| {
            t < sentence.end
                && doc.tokens[t].kind == TokenKind::Word
                && !is_cap(doc, t)
                && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t))
        };
        let facility = (start..sentence.end.min(start + 2))
            .take_while(|&t| lower_word(t))
            .find(|&t| {
                matches!(
                    doc.folded(t),
                    "centre" | "center" | "facility" | "prison" | "jail"
                )
            });
        if let Some(t) = facility
            .filter(|&t| t + 2 < sentence.end && doc.token_text(t + 1) == "," && is_cap(doc, t + 2))
        {
            return Some((None, at..t + 1));
        }
    }
    // "head of Peru's Migraciones post": the post of the country that owns it.
    let end = post_end(g, doc, start, sentence)?;
    let owner = (start + 1..end.min(start + 4))
        .find(|&t| possessive_after(doc, t - 1))
        .and_then(|t| country_ending_at(g, doc, t, sentence))
        .filter(|&(name_start, _)| name_start == start)
        .map(|(_, country)| Affiliation::Place(country))
        // "head of the Kyakhta checkpoint": a post named by its town is in the town's country.
        // (Capitalised: not "the head of the post", Post in Texas.)
        .or_else(|| {
            if !is_cap(doc, start) {
                return None;
            }
            let most = g.most_name_words_from(doc.folded(start));
            let mut keys = PrefixKeys::default();
            let country = keys
                .longest_first(doc, start, end, most)
                .find_map(|(_, k)| {
                    let named = g.places_named(k);
                    let town = *named.first()?;
                    (named.len() == 1 && g.places[town].kind == PlaceKind::City)
                        .then(|| g.country_of(town))
                        .flatten()
                });
            country.map(Affiliation::Place)
        })
        // "head of the agency's field office in Mandera": the body "the agency" is.
        .or_else(|| {
            (start..end.min(start + 4))
                .find(|&t| possessive_after(doc, t))
                .and_then(|t| {
                    // (Past the possessive's "'" and "s".)
                    possessive_place_at(g, doc, t + 3, sentence)
                        .into_iter()
                        .next()
                })
        });
    Some((owner, at..end))
}

/// "head of office in Beitbridge", "head of the institute's office in Chiapas", "head of
/// Peru's Migraciones post at La Tina", "head of the local council": an office or a council
/// from `start`, after up to five words of its owner and field (possessives among them), its
/// noun written in lower case, then the place it is in. Where its name ends.
pub(super) fn post_end(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    const MOST_OWNER_AND_FIELD_TOKENS: usize = 7;
    let owner_or_field = |t: usize| {
        matches!(doc.token_text(t), "'" | "’")
            || (doc.tokens[t].kind == TokenKind::Word
                && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t)))
    };
    let post = (start..sentence.end.min(start + MOST_OWNER_AND_FIELD_TOKENS))
        .take_while(|&t| owner_or_field(t))
        .find(|&t| !is_cap(doc, t) && g.is_trigger(TriggerKind::PostNoun, doc.folded(t)))
        // (Not "the office's spokesman": the office is another's.)
        .filter(|&t| !possessive_after(doc, t))?;
    Some(through_place_of_post(doc, post + 1, sentence))
}

/// "the province's refugees and repatriation department", "the state migration agency": a body
/// written in lower case from `start`, a possessive owner first if any, up to four words of its
/// field, then a body's head. Where its name ends.
pub(super) fn lower_case_body_end(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let mut field_start = start;
    if start + 3 < sentence.end && possessive_after(doc, start) {
        field_start = start + 3;
    }
    let field_word = |t: usize| {
        doc.tokens[t].kind == TokenKind::Word
            && !is_cap(doc, t)
            && (doc.folded(t) == "and" || !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t)))
    };
    (field_start + 1..sentence.end.min(field_start + 5))
        .take_while(|&t| field_word(t - 1))
        .find(|&t| {
            doc.folded(t - 1) != "and"
                && !is_cap(doc, t)
                && g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(t))
        })
        // (Not "the migration directorate's office": the body is the office, named otherwise.)
        .filter(|&head| !possessive_after(doc, head))
        .map(|head| head + 1)
}

/// "the Honduran post", "the Salvadoran migration post at El Poy", "the Mexican consulate in
/// Houston": a country's post or office named by the demonym at `start`, with at most two words
/// in lower case for its field before the post's noun. The country, and where the post's name
/// ends (through the place it is in).
pub(super) fn demonym_post(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<(usize, usize)> {
    let (country, end) = (1..=2).rev().find_map(|len| {
        let end = start + len;
        (end < sentence.end && (start..end).all(|t| is_cap(doc, t)))
            .then(|| g.demonym(&key(doc, start..end)))
            .flatten()
            .map(|country| (country, end))
    })?;
    let is_post_noun = |t: usize| {
        g.is_trigger(TriggerKind::PostNoun, doc.folded(t))
            || g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(t))
    };
    let field_word = |t: usize| {
        doc.tokens[t].kind == TokenKind::Word
            && !is_cap(doc, t)
            && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t))
    };
    let post = (end..sentence.end.min(end + 3))
        .take_while(|&t| field_word(t))
        .find(|&t| is_post_noun(t))?;
    Some((country, through_place_of_post(doc, post + 1, sentence)))
}

/// Where a post's name ends from token `end`, through the place it is at ("post at Colchane",
/// "office in San Luis Potosí").
pub(super) fn through_place_of_post(doc: &Doc, mut end: usize, sentence: &Range<usize>) -> usize {
    if end + 1 < sentence.end && matches!(doc.folded(end), "at" | "in") && is_cap(doc, end + 1) {
        end += 2;
        while end < sentence.end && is_cap(doc, end) {
            end += 1;
        }
    }
    end
}

/// "X, who heads the UNHCR office in Panama,", "X, who heads Chihuahua's State Population
/// Council": an office told by its verb at token `at`. The name, the tokens of the body (with
/// its unit), and what it is affiliated to: a body the gazetteer knows (whose holder resolution
/// makes no official when it is a non-governmental one), or a body of a place named in a
/// possessive before it. (An unknown body without one may be a group of activists.)
pub(super) fn heads_body(
    g: &Gazetteer,
    doc: &Doc,
    at: usize,
    sentence: &Range<usize>,
) -> Option<(Range<usize>, Range<usize>, Vec<Affiliation>)> {
    if !matches!(
        doc.folded(at),
        "heads" | "headed" | "leads" | "led" | "directs"
    ) || at < sentence.start + 3
        || doc.folded(at - 1) != "who"
        || doc.token_text(at - 2) != ","
    {
        return None;
    }
    let name = name_end_span(g, doc, at - 2, sentence)?;
    let mut start = at + 1 + usize::from(doc.folded(at + 1) == "the");
    let mut affiliation = Vec::new();
    // "who heads IOM's office in Tete": a known body's own unit, named by a plain noun.
    let mut body_before_unit = false;
    if start + 2 < sentence.end && possessive_after(doc, start) {
        let owner = doc.folded(start);
        match (g.place(owner), g.org(owner)) {
            (Some(p), _) => affiliation.push(Affiliation::Place(p)),
            (None, Some(o)) => {
                affiliation.push(Affiliation::Org(o));
                body_before_unit = true;
            }
            (None, None) => return None,
        }
        start += 3;
    }
    let unit = body_before_unit
        && start < sentence.end
        && g.is_trigger(TriggerKind::PostNoun, doc.folded(start));
    let end = match known_body_at(g, doc, start, sentence) {
        _ if unit => start + 1,
        Some((o, end)) => {
            affiliation.push(Affiliation::Org(o));
            end
        }
        None if !affiliation.is_empty() => {
            let mut end = start;
            while end < sentence.end && is_cap(doc, end) {
                end += 1;
            }
            (start..end)
                .any(|t| is_org_head(g, doc, t))
                .then_some(end)?
        }
        None => return None,
    };
    Some((name, at + 1..unit_end(doc, end, sentence), affiliation))
}

/// The longest name of a body the gazetteer knows that starts at token `start`: the body, and
/// where its name ends.
pub(super) fn known_body_at(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<(usize, usize)> {
    let most = g.most_name_words_from(doc.folded(start));
    let mut keys = PrefixKeys::default();
    let known = keys
        .longest_first(doc, start, sentence.end, most)
        .find_map(|(len, k)| g.org(k).map(|o| (o, end_of_words(doc, start, start + len))));
    known
}

/// `end` moved back over tokens that fold to nothing (a full stop), but not before `min`: a
/// known name's span read longest first may end with them.
pub(super) fn end_of_words(doc: &Doc, min: usize, mut end: usize) -> usize {
    while end > min && doc.folded(end - 1).is_empty() {
        end -= 1;
    }
    end
}

/// Where the office ends when the body's name at `end` is followed by one of its units: "head
/// of the UN refugee agency's Americas bureau", "head of the INM office in Chiapas".
pub(super) fn unit_end(doc: &Doc, end: usize, sentence: &Range<usize>) -> usize {
    let is_unit = |t: usize| {
        t < sentence.end
            && matches!(
                doc.folded(t),
                "bureau"
                    | "office"
                    | "division"
                    | "unit"
                    | "department"
                    | "branch"
                    | "section"
                    | "delegation"
            )
    };
    // "the INM office in Chiapas": the unit, and where it is.
    let through_unit = |t: usize| {
        let mut e = t + 1;
        if e + 1 < sentence.end && doc.folded(e) == "in" && is_cap(doc, e + 1) {
            e += 2;
            while e < sentence.end && is_cap(doc, e) {
                e += 1;
            }
        }
        e
    };
    if !possessive_after(doc, end - 1) {
        return if is_unit(end) { through_unit(end) } else { end };
    }
    let owner_end = end + 2;
    let mut t = owner_end;
    while t < sentence.end && t < owner_end + 3 && is_cap(doc, t) {
        t += 1;
    }
    if is_unit(t) {
        through_unit(t)
    } else {
        end
    }
}

/// The person a title written apart from any name belongs to, with where the title's words
/// start (qualifiers included: "El Paso mayor") and the places it says the person serves. The
/// name comes right after the title, after a comma, or after an "of ..." or "in ..." phrase
/// and a comma ("the governor of the Mexican state of Chihuahua, María Eugenia Campos";
/// "Haiti's ambassador in Managua, Pierre Joseph", where the place is the post, not
/// the country served); or before it, with a comma ("Marcelo Ebrard, Mexico's foreign
/// minister").
pub(super) fn title_holder(
    g: &Gazetteer,
    doc: &Doc,
    title: &Range<usize>,
    sentence: &Range<usize>,
) -> Option<(Range<usize>, usize, Vec<Affiliation>)> {
    // 'Canada's "fentanyl czar," X', 'the White House "border czar," X': an informal office
    // in quotation marks reads as if the marks were not there.
    let open_quote = quoted_title_opening(doc, title, sentence);
    // Where the words before the office end: before its opening mark, if it has one.
    let lead = open_quote
        .filter(|&q| q + 1 == title.start)
        .unwrap_or(title.start);
    // Qualifiers just before: "Mexico's", "Mexican", "El Paso", "Red Cross".
    let mut affiliation = possessive_place_before(g, doc, lead, sentence);
    let mut title_start = title.start;
    // "Alberta's public safety minister, X": a portfolio in lower case between the
    // possessive and the office is part of the title.
    if affiliation.is_empty() {
        for skipped in 1..=3 {
            let Some(from) = title.start.checked_sub(skipped) else {
                break;
            };
            // ("Indonesia's law and human rights minister": two portfolios joined; "Syria's
            // new intelligence chief": a modifier of the office before them.)
            let portfolio_word = |t: usize| {
                let w = doc.folded(t);
                doc.tokens[t].kind == TokenKind::Word
                    && !is_cap(doc, t)
                    && w.len() >= 3
                    && (!g.is_trigger(TriggerKind::FunctionWord, w)
                        || (w == "and" && t > from)
                        || g.is_trigger(TriggerKind::TitleModifier, w))
            };
            if from <= sentence.start {
                break;
            }
            if !(from..title.start).all(portfolio_word) {
                if doc.folded(from) == "and" {
                    continue;
                }
                break;
            }
            let owner_end = if open_quote == Some(from - 1) {
                from - 1
            } else {
                from
            };
            let found = possessive_place_at(g, doc, owner_end, sentence);
            if !found.is_empty() {
                affiliation = found;
                title_start = from;
                break;
            }
        }
    }
    if affiliation.is_empty() {
        for len in (1..=3).rev() {
            // Capitalised: "the federal minister" has no town called Federal before it, and
            // "The village chief" no town called The Village (though "Coast guard spokeswoman"
            // opening a sentence names the body).
            if lead >= sentence.start + len && is_cap(doc, lead - len) {
                let k = key(doc, lead - len..lead);
                // ("The BAFIA official", after "(BAFIA)": the body's, not Bafia's.)
                let body_acronym = len == 1 && acronym_given_in_brackets(doc, lead - 1);
                let place = g
                    .place(&k)
                    .filter(|_| !body_acronym && is_cap(doc, lead - 1));
                let qualifier = match place.or_else(|| g.demonym(&k)) {
                    Some(p) => Some(Affiliation::Place(p)),
                    None => g.org(&k).map(Affiliation::Org),
                };
                if let Some(q) = qualifier {
                    affiliation.push(q);
                    title_start = lead - len;
                    // "The U.S. special envoy" at the start of a sentence: the country's name
                    // may take the article, the title does not.
                    if doc.folded(title_start) == "the" {
                        title_start += 1;
                    }
                    break;
                }
            }
        }
    }
    // "X, the RRS director general": a body the gazetteer does not know, by its acronym.
    if title_start == title.start
        && title.start > sentence.start + 1
        && is_acronym(doc.token_text(title.start - 1))
        && doc.folded(title.start - 2) == "the"
    {
        title_start -= 1;
    }
    // "a San Diego Sector chief": a unit the gazetteer does not know, named by its head word.
    if title_start == title.start
        && title.start > sentence.start
        && is_cap(doc, title.start - 1)
        && (is_org_head(g, doc, title.start - 1) || is_unit_head(g, doc, title.start - 1))
    {
        title_start -= 1;
        while title_start > sentence.start
            && title.start - title_start < 4
            && is_cap(doc, title_start - 1)
        {
            title_start -= 1;
        }
    }
    affiliation.extend(of_place_after(g, doc, title.end, sentence));
    // "X, the commander whose Libyan National Army controls the east": the nation of the
    // force he commands.
    if affiliation.is_empty()
        && title.end + 1 < sentence.end
        && doc.folded(title.end) == "whose"
        && is_cap(doc, title.end + 1)
    {
        affiliation.extend(
            g.demonym(doc.folded(title.end + 1))
                .filter(|&p| g.places[p].kind == PlaceKind::Country)
                .map(Affiliation::Place),
        );
    }
    if let Some(body) = body_after(g, doc, title.end, sentence) {
        affiliation.push(Affiliation::Org(body));
    }
    // "The governor of Matrouh ... said buses would ... The governor, X, met the convoy": the
    // office the story named a few sentences before.
    if affiliation.is_empty()
        && title.start > sentence.start
        && doc.folded(title.start - 1) == "the"
    {
        affiliation.extend(office_named_before(g, doc, title, sentence));
    }
    let mut j = title.end;
    // "... Roads and Bridges (DGRB), Luis Vega": an acronym in brackets after the office.
    if j + 2 < sentence.end && doc.token_text(j) == "(" && doc.token_text(j + 2) == ")" {
        j += 3;
    }
    // (The closing mark, before the comma or after it.)
    let closes = |t: usize| open_quote.is_some() && t < sentence.end && is_quote_mark(doc, t);
    if closes(j) {
        j += 1;
    }
    if j < sentence.end && doc.token_text(j) == "," {
        j += 1;
    }
    if closes(j) {
        j += 1;
    }
    let mut name_after = name_span(g, doc, j, sentence)
        .or_else(|| (j > title.end).then(|| name_past_own_title(g, doc, title, j, sentence))?);
    // Whether the name after was found past an "of", "for" or "in" phrase.
    let mut past_phrase = false;
    let of = j < sentence.end && doc.folded(j) == "of";
    // "the presidential delegate for Tarapacá, X": the region or town an office is for.
    // ("the U.N. special rapporteur on the human rights of migrants, X": an expert's or an
    // envoy's remit, read as "for" is.)
    let office_for = j < sentence.end
        && (doc.folded(j) == "for"
            || (doc.folded(j) == "on"
                && matches!(
                    doc.folded(title.end - 1),
                    "rapporteur" | "envoy" | "adviser" | "advisor" | "representative"
                )));
    // "ambassador to Mexico, X": where an envoy is sent, like where an official is posted,
    // is not whom they serve.
    // ("an SSB commandant at the crossing, X": the post an officer stands at.)
    let posted_in = j < sentence.end
        && (matches!(doc.folded(j), "in" | "at")
            || (doc.folded(j) == "to"
                && matches!(
                    doc.folded(title.end - 1),
                    "ambassador" | "envoy" | "representative" | "consul"
                )));
    if name_after.is_none() && (of || office_for || posted_in) {
        let mut k = j + 1;
        let mut places = Vec::new();
        while k < sentence.end && k < j + 12 && !matches!(doc.token_text(k), "," | "." | ";") {
            if is_cap(doc, k) {
                // "for the U.N. refugee agency in Ankara": a body the gazetteer knows is no
                // place (not Un, India), though a national one tells its country ("of Border
                // Guard Bangladesh").
                if let Some((o, end)) = known_body_at(g, doc, k, sentence) {
                    let country = g.orgs[o].country.as_deref().and_then(|c| g.by_iso(c));
                    places.extend(country.map(Affiliation::Place));
                    k = end.max(k + 1);
                    continue;
                }
                // ("for the Una-Sana Canton police": a region's head word after its name is
                // no town called Canton.)
                if k > j + 1
                    && is_cap(doc, k - 1)
                    && g.is_trigger(TriggerKind::RegionHead, doc.folded(k))
                {
                    k += 1;
                    continue;
                }
                // Longest first: "of the Turks and Caicos Islands", not of the Turks.
                // (The length as read, which the sentence's end may cut short.)
                let known = (1..=4).rev().find_map(|len| {
                    let end = (k + len).min(sentence.end);
                    let name = key(doc, k..end);
                    place_of_office(g, doc, title.end, sentence, &name).map(|p| (p, end - k))
                });
                // ("commander for the Torres Strait": a strait's first word is no town
                // called Torres.)
                let names_landmark = |len: usize| {
                    k + len < sentence.end
                        && is_cap(doc, k + len)
                        && g.is_trigger(TriggerKind::LandmarkHead, doc.folded(k + len))
                };
                if let Some((p, len)) = known.filter(|&(_, len)| !names_landmark(len)) {
                    places.push(Affiliation::Place(p));
                    k += len;
                    continue;
                }
                if let Some(p) = g.demonym(doc.folded(k)) {
                    places.push(Affiliation::Place(p));
                }
            }
            k += 1;
        }
        // "Vietnam's minister of labor, invalids and social affairs, X", "minister for law, human
        // rights, immigration and corrections, X": a field in lower case that lists its
        // portfolios, the last two joined by "and" (not "the governor of Texas, and the mayor,
        // X").
        if (of || office_for) && !is_cap(doc, k - 1) {
            let mut at = k;
            for _ in 0..4 {
                if !(at + 3 < sentence.end && doc.token_text(at) == ",") {
                    break;
                }
                let Some(c) =
                    (at + 2..sentence.end.min(at + 9)).find(|&t| doc.token_text(t) == ",")
                else {
                    break;
                };
                let portfolio = (at + 1..c)
                    .all(|t| doc.tokens[t].kind == TokenKind::Word && !is_cap(doc, t))
                    && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(at + 1));
                if !portfolio {
                    break;
                }
                if (at + 2..c).any(|t| doc.folded(t) == "and") {
                    k = c;
                    break;
                }
                at = c;
            }
        }
        // "A spokeswoman for the U.N. refugee agency, UNHCR, in Ankara, X": past the body's
        // acronym and the town its office is in, each between commas.
        loop {
            if k + 2 < sentence.end
                && doc.token_text(k) == ","
                && is_acronym(doc.token_text(k + 1))
                && doc.token_text(k + 2) == ","
            {
                k += 2;
                continue;
            }
            if k + 3 < sentence.end
                && doc.token_text(k) == ","
                && doc.folded(k + 1) == "in"
                && is_cap(doc, k + 2)
            {
                let town_end = capitalised_run(doc, k + 2, sentence.end.min(k + 6)).end;
                if town_end < sentence.end && doc.token_text(town_end) == "," {
                    k = town_end;
                    continue;
                }
            }
            break;
        }
        // "The municipal president of Naco, Sonora, X": the state written after the town.
        if k + 1 < sentence.end && doc.token_text(k) == "," {
            let state = (1..=3).rev().find_map(|len| {
                let end = k + 1 + len;
                (end < sentence.end && is_cap(doc, k + 1) && doc.token_text(end) == ",")
                    .then(|| g.place(&key(doc, k + 1..end)))
                    .flatten()
                    .filter(|&p| matches!(g.places[p].kind, PlaceKind::State))
                    .map(|p| (p, end))
            });
            if let Some((p, end)) = state {
                places.push(Affiliation::Place(p));
                k = end;
            }
        }
        // "The governor of Puerto Plata province, which includes Luperón, X": past what the
        // place includes.
        if k + 2 < sentence.end
            && doc.token_text(k) == ","
            && matches!(doc.folded(k + 1), "which" | "that")
            && matches!(doc.folded(k + 2), "includes" | "include")
        {
            if let Some(comma) =
                (k + 3..sentence.end.min(k + 10)).find(|&t| doc.token_text(t) == ",")
            {
                k = comma;
            }
        }
        // "Minister of Labour and Immigration Keith Bell and Mayaguana's island administrator,
        // B": a possessive before a title in lower case, after a name the phrase holds, opens
        // another office, whose holder B is. (Not "president of La Gomera's island council,
        // B", "director of Bolivia's Directorate General of Migration, B".)
        let another_office = (j + 1..k).any(|t| {
            possessive_after(doc, t)
                && (t + 3..k).any(|u| !is_cap(doc, u) && g.title(doc.folded(u)).is_some())
                && (j + 1..t).any(|u| is_cap(doc, u) && g.is_given_name(doc.folded(u)))
        });
        if k + 1 < sentence.end && doc.token_text(k) == "," && !another_office {
            let name = name_span(g, doc, k + 1, sentence)
                .or_else(|| name_past_place_apposition(g, doc, k + 1, sentence));
            if let Some(name) = name {
                if of {
                    affiliation.extend(places);
                } else if office_for {
                    affiliation.extend(places.into_iter().filter(|a| {
                        matches!(a, Affiliation::Place(p)
                            if matches!(g.places[*p].kind, PlaceKind::State | PlaceKind::City))
                    }));
                }
                name_after = Some(name);
                past_phrase = true;
            }
        }
    }
    let mut k = title_start;
    if open_quote.is_some_and(|q| q + 1 == k) {
        k -= 1;
    }
    // "X, the regional ombudsman,": words that qualify the office, before it and before its
    // owner ("X, the Border Force's regional commander").
    let skip_modifiers = |mut k: usize| {
        while k > sentence.start && g.is_trigger(TriggerKind::TitleModifier, doc.folded(k - 1)) {
            k -= 1;
        }
        k
    };
    k = skip_modifiers(k);
    if let Some(owner_end) = possessor_end(doc, k, sentence) {
        k = owner_end;
        while k > sentence.start && is_cap(doc, k - 1) {
            k -= 1;
        }
        // "X, the city's coordinator": an owner named by a common noun after "the".
        if k == owner_end
            && k >= sentence.start + 2
            && doc.tokens[k - 1].kind == TokenKind::Word
            && doc.folded(k - 2) == "the"
        {
            k -= 1;
        }
    }
    // Then the article.
    k = skip_modifiers(k);
    while k > sentence.start
        && matches!(
            doc.folded(k - 1),
            "the" | "a" | "an" | "his" | "her" | "their"
        )
    {
        k -= 1;
    }
    let name_before = (k >= sentence.start + 2 && doc.token_text(k - 1) == ",")
        .then(|| name_end_span(g, doc, k - 1, sentence))
        .flatten()
        .filter(|r| !names_where(g, doc, r, sentence));
    // "met X, the head of the institute, in Oaxaca City on Monday ..., Jara's office said":
    // past a phrase, a possessive opens a new clause, not the title's name.
    if past_phrase
        && name_after
            .as_ref()
            .is_some_and(|n| possessive_after(doc, n.end - 1))
    {
        name_after = None;
    }
    let name = name_after.or(name_before)?;
    Some((name, title_start, affiliation))
}

/// An office as written, without the quotation marks an informal one may take
/// ('the White House "border czar"').
pub(super) fn office_text(doc: &Doc, span: Range<usize>) -> String {
    doc.span_text(span).replace(['"', '“', '”'], "")
}

pub(crate) fn is_quote_mark(doc: &Doc, t: usize) -> bool {
    matches!(doc.token_text(t), "\"" | "“" | "”")
}

/// The opening quotation mark of an office in quotation marks ('the "border czar," X',
/// 'Canada's "fentanyl czar" X'): a mark up to three lower-case words before the office, closed
/// right after it or after its comma.
pub(super) fn quoted_title_opening(
    doc: &Doc,
    title: &Range<usize>,
    sentence: &Range<usize>,
) -> Option<usize> {
    let closed = (title.end..sentence.end.min(title.end + 2))
        .take_while(|&t| is_quote_mark(doc, t) || doc.token_text(t) == ",")
        .any(|t| is_quote_mark(doc, t));
    if !closed {
        return None;
    }
    (1..=4)
        .map_while(|back| title.start.checked_sub(back))
        .take_while(|&t| t >= sentence.start)
        .find(|&t| is_quote_mark(doc, t) || is_cap(doc, t) || doc.tokens[t].kind != TokenKind::Word)
        .filter(|&t| is_quote_mark(doc, t))
}

/// "found in Zorbat, a spokesman said", "on the edge of Khasab, a spokesman said", "On Saibai,
/// the island's councillor said": a word after a locative, no given name, is where something
/// happened, not who said it.
pub(super) fn names_where(
    g: &Gazetteer,
    doc: &Doc,
    name: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    if name.start == sentence.start || g.is_given_name(doc.folded(name.start)) {
        return false;
    }
    match doc.folded(name.start - 1) {
        "in" | "near" | "outside" | "on" | "at" => true,
        "of" => {
            name.start >= sentence.start + 2 && {
                let noun = doc.folded(name.start - 2);
                matches!(noun, "outskirts" | "edge" | "centre" | "center")
                    || g.is_trigger(TriggerKind::CityContext, noun)
            }
        }
        _ => false,
    }
}

/// A capitalised personal name starting at `start`.
/// "The mayor of Ses Salines, the municipality that includes the village of X, Joana
/// Mesquida, met ...": the holder's name after an apposition that tells what the place is.
pub(super) fn name_past_place_apposition(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<Range<usize>> {
    let opens = start + 1 < sentence.end && matches!(doc.folded(start), "the" | "a" | "an");
    if !opens {
        return None;
    }
    let comma = (start + 2..sentence.end.min(start + 16)).find(|&t| doc.token_text(t) == ",")?;
    // ("the executive director of Frontex, the EU border agency, X": or a body's. "The
    // delegate of Kerkennah, the central government's representative on the islands, X": or
    // what the office is.)
    let tells_what = g.is_trigger(TriggerKind::CityContext, doc.folded(start + 1))
        || (start + 1..comma).any(|t| {
            // ("the government's representative": the title four words in at least.)
            !is_cap(doc, t)
                && t >= start + 4
                && possessive_after(doc, t - 3)
                && g.title(doc.folded(t)).is_some()
        })
        || g.is_trigger(TriggerKind::StateContext, doc.folded(start + 1))
        || (comma - 1 > start
            && !is_cap(doc, comma - 1)
            && g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(comma - 1)));
    if !tells_what {
        return None;
    }
    let name = name_span(g, doc, comma + 1, sentence)?;
    // Set off by a comma after it too, as an apposition is.
    (name.end < sentence.end && doc.token_text(name.end) == ",").then_some(name)
}

pub(super) fn name_span(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<Range<usize>> {
    // Particles inside a name may follow each other: "Juan Ramón de la Vega".
    let particles_then_cap = |from: usize| {
        let to = (from..sentence.end)
            .find(|&t| !is_particle(g, doc, t, TriggerKind::NameParticle))
            .unwrap_or(sentence.end);
        (to > from && to < sentence.end && is_cap(doc, to)).then_some(to)
    };
    // "the commander of the navy's Third Naval Area, Vice Admiral Thanakorn Srisawat": a rank
    // before the name is no part of it. (Another office ends the search: "the governor,
    // Minister ...".)
    let rank = (start < sentence.end)
        .then(|| longest_title(g, doc, &mut PrefixKeys::default(), start, sentence.end))
        .flatten();
    let start = match rank {
        Some(rank) if is_rank(g, &key(doc, rank.clone())) => rank.end,
        _ => start,
    };
    // Nor is a courtesy title: "the island's health delegate, Dr. Carla Semedo".
    let start = if start + 1 < sentence.end
        && matches!(
            doc.folded(start),
            "dr" | "mr" | "mrs" | "ms" | "prof" | "dra" | "sr" | "sra"
        )
        && is_cap(doc, start + 1)
    {
        start + 1
    } else {
        start
    };
    let mut end = start;
    while end < sentence.end {
        if is_cap(doc, end) {
            end += 1;
            if possessive_after(doc, end - 1) {
                break;
            }
        } else if let Some(cap) = (end > start).then(|| particles_then_cap(end)).flatten() {
            end = cap;
        } else {
            break;
        }
    }
    let r = start..end;
    (!r.is_empty()
        && r.len() <= 5
        && names_no_known_place_or_org(g, doc, r.clone())
        && g.title(doc.folded(start)).is_none())
    .then_some(r)
}

/// "the head of Romania's Border Police, Chief Commissioner X": the holder of a body's head
/// named with a title of their own before the name, which starts at token `start`.
pub(super) fn name_past_own_title(
    g: &Gazetteer,
    doc: &Doc,
    office: &Range<usize>,
    start: usize,
    sentence: &Range<usize>,
) -> Option<Range<usize>> {
    if doc.folded(office.start) != "head" {
        return None;
    }
    // ("Chief Commissioner": titles the data may know one word at a time.)
    let mut name_start = start;
    // (Up to the sentence's end: "..., the head of the council, Mayor" may close it.)
    while let Some(t) = (name_start < sentence.end)
        .then(|| longest_title(g, doc, &mut PrefixKeys::default(), name_start, sentence.end))
        .flatten()
        .filter(|t| is_cap(doc, t.start))
    {
        name_start = t.end;
    }
    (name_start > start)
        .then(|| name_span(g, doc, name_start, sentence))
        .flatten()
}

/// Whether a folded title is a rank ("colonel", "vice admiral"), of the kind the data gives
/// titles that are no office.
pub(super) fn is_rank(g: &Gazetteer, title: &str) -> bool {
    g.title(title).is_some_and(|t| g.titles[t].kind == "other")
}

/// ", a Honduran bricklayer", ", a 34-year-old nurse": an apposition at token `at` whose noun,
/// within four words, is a person's.
pub(super) fn described_as_someone_after(
    g: &Gazetteer,
    doc: &Doc,
    at: usize,
    sentence: &Range<usize>,
) -> bool {
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    // ("X, a 61-year-old retired teacher": past an age.)
    word(at) == ","
        && matches!(word(at + 1), "a" | "an")
        && (at + 2..sentence.end.min(at + 8))
            .take_while(|&t| {
                doc.tokens[t].kind == TokenKind::Word && !is_cap(doc, t)
                    || g.demonym(word(t)).is_some()
                    || doc.tokens[t].kind == TokenKind::Number
                    || word(t) == "-"
            })
            .any(|t| g.is_trigger(TriggerKind::PersonCue, word(t)) || word(t).ends_with("year-old"))
}

/// Whether a span names neither a place nor an organisation of the gazetteer.
pub(super) fn names_no_known_place_or_org(g: &Gazetteer, doc: &Doc, r: Range<usize>) -> bool {
    let k = key(doc, r);
    g.place(&k).is_none() && g.org(&k).is_none()
}

/// A capitalised personal name ending just before `end`.
pub(super) fn name_end_span(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Option<Range<usize>> {
    let mut start = end;
    while start > sentence.start
        && (is_cap(doc, start - 1)
            || (start < end && is_particle(g, doc, start - 1, TriggerKind::NameParticle)))
    {
        start -= 1;
    }
    // "On Monday, the mayor said", "In Tapachula, the governor": a sentence's opening words
    // are no name.
    while start < end && g.is_trigger(TriggerKind::FunctionWord, doc.folded(start)) {
        start += 1;
    }
    // "Mexican Foreign Secretary Rosa Ibarra, a former ambassador,": the name is what follows
    // the office written before it. (A surname may be a title's word: "Amy Pope".)
    if let Some((_, title)) = segments(g, doc, start..end)
        .iter()
        .rev()
        .find(|(s, r)| matches!(s, Seg::Title(_)) && r.end < end)
    {
        start = title.end;
    }
    let r = start..end;
    (!r.is_empty()
        && r.len() <= 5
        && !r.clone().any(|t| is_date_word(doc, t))
        && names_no_known_place_or_org(g, doc, r.clone()))
    .then_some(r)
}

/// The title a capitalised plural names ("Governors" -> "Governor", "Secretaries" ->
/// "Secretary"), when its singular is a known title.
/// Asked of many capitalised words, so a word that is no such plural costs no string.
pub(super) fn singular_title(g: &Gazetteer, doc: &Doc, i: usize) -> Option<String> {
    let folded = doc.folded(i);
    let written = doc.token_text(i);
    let ends_with = |suffix: &str| {
        written.len() > suffix.len()
            && written.is_char_boundary(written.len() - suffix.len())
            && written[written.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if let Some(stem) = folded.strip_suffix("ies") {
        if !ends_with("ies") || g.title(&format!("{stem}y")).is_none() {
            return None;
        }
        return Some(format!("{}y", &written[..written.len() - 3]));
    }
    let stem = folded.strip_suffix('s')?;
    (ends_with("s") && g.title(stem).is_some()).then(|| written[..written.len() - 1].to_string())
}

/// "Governors Ana Ruiz of Sonora, Luis Vega of Chihuahua and María del Carmen Soto of Baja
/// California", "Presidents Ana Ruiz and Tomas Lugo": a plural title before a list of two
/// names or more gives each the title, and the place written after a name ("of Sonora") its
/// affiliation.
pub(super) fn plural_titles(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    for i in sentence.clone() {
        // Asked of every word: a plural ends with "s".
        if !doc.folded(i).ends_with('s') {
            continue;
        }
        // Written in lower case, the title is set off by a comma or not: "their foreign
        // ministers, Ana Ruiz of Panama and Luis Vega of Colombia".
        let lower = !is_cap(doc, i);
        let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
        // "the mayors of both towns, A of X and B of Y": whose they are, before the names.
        let whose = match (word(i + 1), word(i + 2), word(i + 3)) {
            ("of", "both", _) => Some(3),
            ("of", "the", "two") => Some(4),
            _ => None,
        }
        .filter(|&n| {
            lower
                && matches!(
                    word(i + n),
                    "towns" | "cities" | "countries" | "nations" | "states" | "sides"
                )
        })
        .unwrap_or(0);
        let first = i
            + 1
            + whose
            + usize::from(lower && i + whose + 1 < sentence.end && word(i + whose + 1) == ",");
        if first >= sentence.end
            || !is_cap(doc, first)
            || (lower && doc.tokens[i].kind != TokenKind::Word)
        {
            continue;
        }
        let Some(mut singular) = singular_title(g, doc, i) else {
            continue;
        };
        // "foreign ministers": the word before may be part of the title.
        if lower && i > sentence.start && !is_cap(doc, i - 1) {
            let longer = format!("{} {}", doc.token_text(i - 1), singular);
            if g.title(&fold(&longer)).is_some() {
                singular = longer;
            }
        }
        let shared = possessive_place_before(g, doc, i, &sentence);
        let mut names = Vec::new();
        let mut t = first;
        while let Some(name) = name_span(g, doc, t, &sentence) {
            t = name.end;
            let affiliation = match of_place_span(g, doc, t, &sentence) {
                Some((p, end)) => {
                    t = end;
                    vec![Affiliation::Place(p)]
                }
                None => shared.clone(),
            };
            names.push((name, affiliation));
            let comma = t < sentence.end && doc.token_text(t) == ",";
            t += usize::from(comma);
            let and = t < sentence.end && doc.folded(t) == "and";
            t += usize::from(and);
            if !comma && !and {
                break;
            }
        }
        if names.len() < 2 {
            continue;
        }
        for (name, affiliation) in names {
            push(
                out,
                doc,
                si,
                name,
                MentionKind::Person {
                    title: Some(singular.clone()),
                    affiliation,
                },
                "plural-title",
                0.8,
            );
        }
    }
}

/// "the Ministers of Foreign Affairs, Janaina Tewaney, and Security, Juan Pino": a plural
/// title over a list of what each holds and who holds it gives each name its own title. So
/// does a list of whom each serves: "his counterparts from Guatemala, Carlos Ramírez; El
/// Salvador, Ana Hill; and Panama, Luis Paz" (each a counterpart, of that country); and two
/// lists, countries then names (`respective_lists`).
pub(super) fn distributed_titles(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    let cap_run = |from: usize| capitalised_run(doc, from, sentence.end);
    for i in sentence.clone() {
        if i + 2 >= sentence.end {
            break;
        }
        let of = doc.folded(i + 1) == "of";
        let by_country = !is_cap(doc, i) && doc.folded(i + 1) == "from";
        if !(by_country || of) {
            continue;
        }
        let Some(singular) = singular_title(g, doc, i) else {
            continue;
        };
        if of {
            if let Some((names, countries)) = respective_lists(g, doc, i, &sentence) {
                // "foreign ministers": the modifier is part of the title when the two are one.
                let title = match i.checked_sub(1).filter(|&m| m >= sentence.start) {
                    Some(m)
                        if g.title(&format!("{} {}", doc.folded(m), singular.to_lowercase()))
                            .is_some() =>
                    {
                        format!("{} {singular}", doc.token_text(m))
                    }
                    _ => singular,
                };
                for (name, country) in names.into_iter().zip(countries) {
                    push_serving(out, doc, si, name, &title, country, "respective-title");
                }
                continue;
            }
            if !is_cap(doc, i) {
                continue;
            }
        }
        // Pairs of (what the office is over, who holds it): "Foreign Affairs", "Janaina Tewaney".
        let mut pairs = Vec::new();
        let mut t = i + 2;
        loop {
            if t < sentence.end && doc.folded(t) == "and" {
                t += 1;
            }
            let domain = cap_run(t);
            let comma = domain.end;
            if domain.is_empty() || comma >= sentence.end || doc.token_text(comma) != "," {
                break;
            }
            let name = cap_run(comma + 1);
            if !(2..=4).contains(&name.len()) {
                break;
            }
            t = name.end;
            pairs.push((domain, name));
            if t < sentence.end && matches!(doc.token_text(t), "," | ";") {
                t += 1;
            }
        }
        if pairs.len() < 2 {
            continue;
        }
        if by_country {
            // Each domain a country, or the list is not one of whom each serves.
            let Some(countries) = pairs
                .iter()
                .map(|(domain, _)| {
                    g.place_named_as(&key(doc, domain.clone()), &[PlaceKind::Country])
                })
                .collect::<Option<Vec<usize>>>()
            else {
                continue;
            };
            for ((_, name), country) in pairs.into_iter().zip(countries) {
                push_serving(out, doc, si, name, &singular, country, "distributed-title");
            }
            continue;
        }
        let affiliation = possessive_place_before(g, doc, i, &sentence);
        for (domain, name) in pairs {
            let title = format!("{singular} of {}", doc.span_text(domain));
            push(
                out,
                doc,
                si,
                name,
                MentionKind::Person {
                    title: Some(title),
                    affiliation: affiliation.clone(),
                },
                "distributed-title",
                0.8,
            );
        }
    }
}

/// The capitalised run from `from`: the tokens up to the first that is not capitalised, or
/// `end`.
pub(super) fn capitalised_run(doc: &Doc, from: usize, end: usize) -> Range<usize> {
    from..(from..end).find(|&t| !is_cap(doc, t)).unwrap_or(end)
}

/// Where the capitalised words that end just before `end` start, going back no further than
/// `start`; `None` when the word before `end` is not capitalised.
pub(super) fn capitalised_run_start(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    (start..end).rev().take_while(|&t| is_cap(doc, t)).last()
}

/// "The foreign ministers of Colombia, Brazil and Peru, Ana Ruiz, Tomas Lugo and Rosa
/// Ibarra,": after the plural title at `i` and "of", a list of countries, then a list of as
/// many names; each name holds the title for the country at its place in the list.
pub(super) fn respective_lists(
    g: &Gazetteer,
    doc: &Doc,
    i: usize,
    sentence: &Range<usize>,
) -> Option<(Vec<Range<usize>>, Vec<usize>)> {
    let cap_run = |from: usize| capitalised_run(doc, from, sentence.end);
    // After an item, the list goes on over ",", "and" or ", and"; `None` when it ends.
    let next_item = |t: usize| match doc.token_text(t) {
        "," if t + 1 < sentence.end && doc.folded(t + 1) == "and" => Some(t + 2),
        "," => Some(t + 1),
        _ if doc.folded(t) == "and" => Some(t + 1),
        _ => None,
    };
    let mut countries = Vec::new();
    let mut t = i + 2;
    let mut closed = false;
    while t < sentence.end {
        let run = cap_run(t);
        let Some(country) = (!run.is_empty())
            .then(|| g.place_named_as(&key(doc, run.clone()), &[PlaceKind::Country]))
            .flatten()
        else {
            break;
        };
        closed = t > i + 2 && doc.folded(t - 1) == "and";
        countries.push(country);
        match (run.end < sentence.end)
            .then(|| next_item(run.end))
            .flatten()
        {
            Some(next) => t = next,
            None => break,
        }
    }
    // The country list closed with "and", then a comma before the first name.
    if countries.len() < 2 || !closed || doc.token_text(t - 1) != "," {
        return None;
    }
    let mut names = Vec::new();
    while names.len() < countries.len() && t < sentence.end {
        let name = cap_run(t);
        if !(2..=4).contains(&name.len()) || name.end >= sentence.end {
            break;
        }
        names.push(name.clone());
        match next_item(name.end) {
            Some(next) => t = next,
            None => break,
        }
    }
    (names.len() == countries.len()).then_some((names, countries))
}

/// "The mayor of Nijar and the central government's subdelegate in Almeria, Esperanza Marin
/// and Joaquin Robles respectively, visited ...": two offices joined by "and", then their
/// holders in the same order, each the holder of the office at its place.
pub(super) fn respectively_titled(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    let Some(respectively) = sentence.clone().find(|&t| doc.folded(t) == "respectively") else {
        return;
    };
    let Some(second) = capitalised_run_start(doc, sentence.start, respectively) else {
        return;
    };
    let Some(first) = (second > sentence.start + 1 && doc.folded(second - 1) == "and")
        .then(|| capitalised_run_start(doc, sentence.start, second - 1))
        .flatten()
    else {
        return;
    };
    let comma = first - 1;
    if first <= sentence.start + 1 || doc.token_text(comma) != "," {
        return;
    }
    let mut keys = PrefixKeys::default();
    let mut offices = Vec::new();
    let mut t = sentence.start;
    while t < comma {
        match longest_title(g, doc, &mut keys, t, comma).filter(|_| !is_cap(doc, t)) {
            Some(title) => {
                t = title.end;
                offices.push(title);
            }
            None => t += 1,
        }
    }
    let joined =
        |a: &Range<usize>, b: &Range<usize>| (a.end..b.start).any(|k| doc.folded(k) == "and");
    if let [one, other] = offices.as_slice() {
        if joined(one, other) {
            for (name, title) in [(first..second - 1, one), (second..respectively, other)] {
                let affiliation = of_place_after(g, doc, title.end, &sentence);
                push(
                    out,
                    doc,
                    si,
                    name,
                    MentionKind::Person {
                        title: Some(doc.span_text(title.clone()).to_string()),
                        affiliation,
                    },
                    "respectively-titled",
                    0.7,
                );
            }
        }
    }
}

/// A person with a title, serving the country a list gave them.
pub(super) fn push_serving(
    out: &mut Vec<Mention>,
    doc: &Doc,
    si: usize,
    name: Range<usize>,
    title: &str,
    country: usize,
    rule: &'static str,
) {
    let kind = MentionKind::Person {
        title: Some(title.to_string()),
        affiliation: vec![Affiliation::Place(country)],
    };
    push(out, doc, si, name, kind, rule, 0.8);
}
