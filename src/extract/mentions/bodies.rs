//! Government bodies written in lower case or named by a country ("the Mexican government",
//! "the local council", "the prefecture") and the person they belong to.

use super::*;

/// "ŞEMDİNLİ, Turkey — ... the gendarmerie said": a force named bare by its generic name, in
/// lower case, is the known one of that name of the country the story is filed from, or of the
/// state that holds the territory it is filed from ("SAINT-PHILIPPE, Réunion": France's).
pub(super) fn story_country_bodies(g: &Gazetteer, doc: &Doc, out: &mut Vec<Mention>) {
    const GENERIC_NAMES: [&[&str]; 2] = [&["gendarmerie"], &["coast", "guard"]];
    let known_country = |m: &Mention| match m.kind {
        MentionKind::KnownPlace(p) => g.country_of(p),
        _ => None,
    };
    // ("BAŞKALE, Turkey (AP)": the place written after the dateline's town decides, as the
    // gazetteer may not know the town, or know only a namesake abroad.)
    let Some(country) = crate::extract::dateline_mention(doc, out).and_then(|i| {
        crate::extract::written_after_dateline(doc, out, i)
            .and_then(|j| known_country(&out[j]))
            .or_else(|| known_country(&out[i]))
    }) else {
        return;
    };
    let country = g.holder(country).unwrap_or(country);
    let mut found = Vec::new();
    for t in 1..doc.tokens.len() {
        for name in GENERIC_NAMES {
            let span = t..t + name.len();
            let written = span.end <= doc.tokens.len()
                && doc.folded(t - 1) == "the"
                && span.clone().all(|u| !is_cap(doc, u))
                && span
                    .clone()
                    .zip(name.iter())
                    .all(|(u, w)| doc.folded(u) == *w);
            let read = || {
                out.iter()
                    .any(|m| m.tokens.start < span.end && span.start < m.tokens.end)
            };
            if !written || read() {
                continue;
            }
            if let Some(body) = g.org_of_country(country, &name.join(" ")) {
                found.push((span, body));
            }
        }
    }
    for (span, body) in found {
        let si = doc.sentence_of(span.start);
        push(
            out,
            doc,
            si,
            span,
            MentionKind::Org(Some(body)),
            "story-country-body",
            0.6,
        );
    }
}

/// "The Ras al-Ain local council said", "the chair of the Augšdaugava municipal council": a
/// town's or district's council, named by the place and its kind in lower case, is a body.
/// (Not "Kufra's council": a place's possessive may name its council or only its people's.
/// Nor a village council, which may be a gathering of elders as much as a body.)
pub(super) fn local_councils(doc: &Doc, si: usize, sentence: Range<usize>, out: &mut Vec<Mention>) {
    for head in sentence.start + 3..sentence.end {
        if is_cap(doc, head)
            || doc.folded(head) != "council"
            || is_cap(doc, head - 1)
            || !matches!(
                doc.folded(head - 1),
                "local" | "municipal" | "city" | "town" | "district" | "county"
            )
        {
            continue;
        }
        let Some(start) = capitalised_run_start(doc, sentence.start.max(head - 5), head - 1) else {
            continue;
        };
        // ("The Ras al-Ain local council" opening a sentence.)
        let start = start + usize::from(doc.folded(start) == "the");
        if start > sentence.start && start < head - 1 && doc.folded(start - 1) == "the" {
            push(
                out,
                doc,
                si,
                start..head + 1,
                MentionKind::Org(None),
                "local-council",
                0.6,
            );
        }
    }
}

/// "the prefecture of Mayotte", "the Réunion prefecture", "the maritime prefecture": the
/// state's office in a department, or at sea, named in lower case with the place it serves, is
/// a body. ("Okinawa Prefecture", capitalised, is a region's name; so is "in Akita
/// prefecture", after a locative.)
pub(super) fn prefectures(doc: &Doc, si: usize, sentence: Range<usize>, out: &mut Vec<Mention>) {
    for head in sentence.start + 1..sentence.end {
        if is_cap(doc, head) || doc.folded(head) != "prefecture" {
            continue;
        }
        let place_at = |found: &dyn Fn(&Range<usize>) -> bool| {
            out.iter()
                .filter(|m| {
                    matches!(
                        m.kind,
                        MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
                    )
                })
                .map(|m| m.tokens.clone())
                .find(|r| found(r))
        };
        // (A department the gazetteer does not list, "Pas-de-Calais", is read by its capitals,
        // and is a region.)
        let span = if head + 2 < sentence.end && doc.folded(head + 1) == "of" {
            place_at(&|r| r.start == head + 2)
                .or_else(|| {
                    let run = capitalised_run(doc, head + 2, sentence.end.min(head + 5));
                    if run.is_empty() {
                        return None;
                    }
                    let region = MentionKind::NewPlace(PlaceKind::State);
                    push(
                        out,
                        doc,
                        si,
                        run.clone(),
                        region,
                        "prefecture-department",
                        0.6,
                    );
                    Some(run)
                })
                .map(|r| head..r.end)
        } else {
            place_at(&|r| r.end == head)
                .or_else(|| {
                    capitalised_run_start(doc, sentence.start.max(head.saturating_sub(4)), head)
                        // ("The Réunion prefecture" opening a sentence.)
                        .map(|start| start + usize::from(doc.folded(start) == "the"))
                        .filter(|&start| start > sentence.start && start < head)
                        .map(|start| start..head)
                })
                .map(|r| r.start..head + 1)
        }
        .or_else(|| (doc.folded(head - 1) == "maritime").then(|| head - 1..head + 1));
        // "a fishing city in Akita prefecture": after a locative, a Japanese-style prefecture
        // is a region, no office.
        if let Some(span) = span.clone().filter(|span| {
            span.start > sentence.start
                && span.end == head + 1
                && LOCATIVES.contains(&doc.folded(span.start - 1))
        }) {
            out.retain(|m| !(m.tokens.start >= span.start && m.tokens.end <= span.end));
            push(
                out,
                doc,
                si,
                span,
                MentionKind::NewPlace(PlaceKind::State),
                UNKNOWN_REGION_OF_A_KNOWN_TOWN,
                0.8,
            );
            continue;
        }
        if let Some(span) = span {
            push(
                out,
                doc,
                si,
                span,
                MentionKind::Org(None),
                "prefecture",
                0.6,
            );
        }
    }
}

/// "the Venezuelan interior ministry", "Peru's migration agency": a body named in lower case
/// after its country's demonym or possessive, with one or two words for its field before a
/// head (`lower_case_org_head`). It is the country's known body of that name, or the one its
/// field words fit, if any. (Not "the Mexican ministry": with no field there is no name.)
pub(super) fn lower_case_bodies(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    for head in sentence.start + 2..sentence.end {
        // ("German federal police": a country's force of the whole nation is a body too;
        // "Libyan border police" are officers of whichever force guards it.)
        let national_police =
            doc.folded(head) == "police" && matches!(doc.folded(head - 1), "federal" | "national");
        if is_cap(doc, head)
            || !(national_police || g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(head)))
        {
            continue;
        }
        // A field word is a lower-case word, not a function word, nor the "s" of "Peru's".
        let field_word = |t: usize| {
            doc.tokens[t].kind == TokenKind::Word
                && !is_cap(doc, t)
                && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t))
                && possessor_end(doc, t + 1, &sentence).is_none()
        };
        // "the Cuban embassy": a country's post abroad needs no field word; nor does its
        // gendarmerie, a force of its own ("Djibouti's gendarmerie").
        let post_abroad = g.is_trigger(TriggerKind::PostNoun, doc.folded(head))
            || doc.folded(head) == "gendarmerie";
        // "Réunion, France's overseas department": a territory, not a body.
        if doc.folded(head) == "department" && doc.folded(head - 1) == "overseas" {
            continue;
        }
        let Some(field_start) = (1..=2)
            .map(|n| head - n)
            .take_while(|&t| t > sentence.start && field_word(t))
            .last()
            .or(post_abroad.then_some(head))
        else {
            continue;
        };
        let country = match possessor_end(doc, field_start, &sentence) {
            // "Mizoram's home department": a state's body too, also written with its head
            // ("Guanajuato state's civil protection agency").
            Some(owner_end) => country_ending_at(g, doc, owner_end, &sentence)
                .or_else(|| place_ending_at(g, doc, owner_end, &sentence, &[PlaceKind::State]))
                .or_else(|| {
                    let region_head = owner_end > sentence.start
                        && matches!(doc.folded(owner_end - 1), "state" | "province");
                    region_head
                        .then(|| {
                            place_ending_at(g, doc, owner_end - 1, &sentence, &[PlaceKind::State])
                        })
                        .flatten()
                }),
            None => (1..=3)
                .rev()
                .find_map(|len| {
                    let start = field_start
                        .checked_sub(len)
                        .filter(|&s| s >= sentence.start && is_cap(doc, s))?;
                    let place = g
                        .demonym(&key(doc, start..field_start))
                        .filter(|&p| g.places[p].kind == PlaceKind::Country)?;
                    Some((start, place))
                })
                // "the Burgenland police directorate": a state's body named after the state.
                .or_else(|| {
                    place_ending_at(g, doc, field_start, &sentence, &[PlaceKind::State]).filter(
                        |&(start, _)| start > sentence.start && doc.folded(start - 1) == "the",
                    )
                }),
        };
        let Some((start, country)) = country else {
            // "the interior ministry said": a ministry named by its field alone, a field some
            // minister's title has (not "the host ministry").
            let ministry_of_a_field = field_start == head - 1
                && doc.folded(head) == "ministry"
                && doc.folded(field_start - 1) == "the"
                && g.title(&format!("{} minister", doc.folded(field_start)))
                    .is_some();
            if ministry_of_a_field {
                push(
                    out,
                    doc,
                    si,
                    field_start..head + 1,
                    MentionKind::Org(None),
                    "lower-case-body",
                    0.6,
                );
            }
            continue;
        };
        let written = fold(doc.span_text(start..head + 1));
        let field: Vec<&str> = (field_start..head).map(|t| doc.folded(t)).collect();
        // (A state's department is none of its country's bodies.)
        let of_country = g.places[country].kind == PlaceKind::Country;
        let known = g.org(&written).or_else(|| {
            of_country
                .then(|| {
                    g.org_of_country(country, &key(doc, field_start..head + 1))
                        .or_else(|| g.org_of_country_by_field(country, &field))
                })
                .flatten()
        });
        // ("Vietnam's consulate general": a consulate's rank is part of its name, and so is the
        // town it is in: "Indonesia's consulate in Tawau".)
        let consulate = doc.folded(head) == "consulate";
        let mut end =
            if consulate && head + 1 < sentence.end && doc.token_text(head + 1) == "general" {
                head + 2
            } else {
                head + 1
            };
        if consulate && end + 1 < sentence.end && doc.folded(end) == "in" {
            let town = capitalised_run(doc, end + 1, sentence.end.min(end + 4));
            if !town.is_empty() && g.place(&key(doc, town.clone())).is_some() {
                end = town.end;
            }
        }
        push(
            out,
            doc,
            si,
            start..end,
            MentionKind::Org(known),
            COUNTRY_LOWER_CASE_BODY,
            0.7,
        );
    }
}

/// "the Mexican government", "Mexico's government", "the U.S. government", "the Costa Rican
/// government", "the Matamoros city government", "Acre's state government", "the Biden
/// administration"; and offices named by whom they serve: "the Ombudsman's Office", "the
/// Sheriff's Department".
pub(super) fn governments(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    for i in sentence.start + 1..sentence.end {
        let w = doc.folded(i);
        // (And "the Los Angeles County Sheriff's Department".)
        if w == "office" || w == "department" {
            if let Some(start) = office_holder_before(g, doc, i, &sentence) {
                push(
                    out,
                    doc,
                    si,
                    start..i + 1,
                    MentionKind::Org(None),
                    "office",
                    0.8,
                );
            }
            continue;
        }
        if w != "government" && w != "administration" {
            continue;
        }
        // "Bolivia's government minister": an office, whose holder serves that country.
        if i + 1 < sentence.end && g.title(&key(doc, i..i + 2)).is_some() {
            continue;
        }
        // Words for the level, the moment or the standing may come between the name and the
        // noun: "Niger's military government", "Yemen's internationally recognised
        // government", "Afghanistan's de facto government".
        let describes_government = |t: usize| {
            matches!(
                doc.folded(t),
                "city"
                    | "state"
                    | "federal"
                    | "national"
                    | "central"
                    | "provincial"
                    | "municipal"
                    | "regional"
                    | "new"
                    | "transitional"
                    | "interim"
                    | "caretaker"
                    | "military"
                    | "civilian"
                    | "elected"
                    | "recognised"
                    | "recognized"
                    | "internationally"
                    | "de"
                    | "facto"
            )
        };
        let level_words = (1..=2)
            .take_while(|&k| i > sentence.start + k && describes_government(i - k))
            .count();
        let level = level_words > 0;
        let end = i - level_words;
        let owner_end = possessor_end(doc, end, &sentence);
        let possessive = owner_end.is_some();
        let name_end = owner_end.unwrap_or(end);
        let named = (1..=3)
            .rev()
            .filter(|&len| name_end >= sentence.start + len)
            .find(|&len| {
                let k = key(doc, name_end - len..name_end);
                // "President Xiomara Castro's government": a surname that is also a town's
                // name, after a given name or a title, is the person's.
                let persons = name_end - len > sentence.start && {
                    let before = doc.folded(name_end - len - 1);
                    is_cap(doc, name_end - len - 1)
                        && !g.is_trigger(TriggerKind::FunctionWord, before)
                        && (g.is_given_name(before) || g.title(before).is_some())
                };
                is_cap(doc, name_end - len)
                    && doc.folded(name_end - len) != "the"
                    && !persons
                    && (g.place(&k).is_some() || (!possessive && g.demonym(&k).is_some()))
            });
        // "the leader of Mali's military government, Colonel X": a government named only in
        // its leader's title is the title's.
        let in_leaders_title = |len: usize| {
            let start = name_end - len;
            start >= sentence.start + 2
                && doc.folded(start - 1) == "of"
                && matches!(doc.folded(start - 2), "leader" | "head" | "chief")
        };
        if let Some(len) = named.filter(|&len| !in_leaders_title(len)) {
            push(
                out,
                doc,
                si,
                name_end - len..i + 1,
                MentionKind::Org(None),
                "government",
                0.8,
            );
            continue;
        }
        // (Named by "the" and a word of its level or moment alone, no owner before them.)
        let told_bare =
            level && !possessive && end > sentence.start && doc.folded(end - 1) == "the";
        // "the interim government that took office this month": a government of the moment,
        // which the story has no need to name with its country, is a body of its own (not
        // "the government", "the new government").
        let of_the_moment = told_bare
            && matches!(
                doc.folded(end),
                "interim" | "transitional" | "caretaker" | "military"
            );
        // "the new administration in Damascus": one of the moment told by its seat (not in
        // a title, "the head of the new administration in Damascus", which is the title's).
        // So is "the government in Baghdad", "the federal government in Baghdad": the one
        // that sits there.
        let told_by_seat = if w == "administration" {
            told_bare
        } else {
            !possessive && end > sentence.start && doc.folded(end - 1) == "the"
        };
        let seat_end = (told_by_seat
            && !(end >= sentence.start + 3
                && doc.folded(end - 2) == "of"
                && (matches!(doc.folded(end - 3), "leader" | "head" | "chief")
                    || g.title(doc.folded(end - 3)).is_some()))
            && i + 2 < sentence.end
            && doc.folded(i + 1) == "in")
            .then(|| {
                (1..=3).rev().map(|len| i + 2 + len).find(|&e| {
                    e <= sentence.end
                        && (i + 2..e).all(|t| is_cap(doc, t))
                        && g.place(&key(doc, i + 2..e)).is_some()
                })
            })
            .flatten();
        if let Some(seat_end) = seat_end {
            push(
                out,
                doc,
                si,
                end..seat_end,
                MentionKind::Org(None),
                GOVERNMENT_OF_THE_MOMENT,
                0.7,
            );
            continue;
        }
        // (After "Bangladesh's interim government", it is that one, already found.)
        let named_before = || {
            let text = doc.span_text(end..i + 1);
            out.iter().any(|m| {
                matches!(m.kind, MentionKind::Org(_))
                    && m.text.len() > text.len()
                    && m.text.ends_with(text)
            })
        };
        if of_the_moment && !named_before() {
            push(
                out,
                doc,
                si,
                end..i + 1,
                MentionKind::Org(None),
                GOVERNMENT_OF_THE_MOMENT,
                0.7,
            );
            continue;
        }
        if let Some(start) = (w == "government" && possessive && !level)
            .then(|| persons_government(g, doc, name_end, &sentence))
            .flatten()
        {
            push(
                out,
                doc,
                si,
                start..i + 1,
                MentionKind::Org(None),
                PERSONS_GOVERNMENT,
                0.7,
            );
            continue;
        }
        let prev = i - 1;
        let prev_text = doc.token_text(prev);
        // (Not "the State Administration Council": a capital after the noun goes on with
        // a body's own name.)
        if w == "administration"
            && is_cap(doc, prev)
            && !(i + 1 < sentence.end && is_cap(doc, i + 1))
            && !g.is_given_name(&fold(prev_text))
            && g.place(&fold(prev_text)).is_none()
            && g.demonym(&fold(prev_text)).is_none()
            && g.title(&fold(prev_text)).is_none()
        {
            // "the Biden administration": the org, not a person mention.
            push(
                out,
                doc,
                si,
                prev..i + 1,
                MentionKind::Org(None),
                "administration",
                0.8,
            );
        }
    }
}

/// The rule of a government or administration of the moment, named by its standing or its
/// seat but not its country ("the interim government", "the new administration in Damascus").
pub(super) const GOVERNMENT_OF_THE_MOMENT: &str = "government-of-the-moment";

/// The rule of a country's body told in lower case after its possessive ("Chad's refugee
/// agency"), which resolution joins to the body's own name in apposition after it.
pub const COUNTRY_LOWER_CASE_BODY: &str = "country-lower-case-body";

/// The rule of a government named by the person who leads it. The person is named there too
/// (a possessive is a mention of its owner), unlike in "the Biden administration".
pub const PERSONS_GOVERNMENT: &str = "persons-government";

/// Where "President Xiomara Castro's government", "President Ana Ruiz's government", "Chaves'
/// government" starts, the possessive ending at `name_end`: a person's name (a given name
/// first, or a title before it, which the name takes in).
pub(super) fn persons_government(
    g: &Gazetteer,
    doc: &Doc,
    name_end: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let mut name_start = name_end;
    while name_start > sentence.start
        && name_end - name_start < 4
        && is_cap(doc, name_start - 1)
        && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(name_start - 1))
        && g.title(doc.folded(name_start - 1)).is_none()
    {
        name_start -= 1;
    }
    let name = key(doc, name_start..name_end);
    if name_start == name_end
        || g.place(&name).is_some()
        || g.demonym(&name).is_some()
        || g.org(&name).is_some()
    {
        return None;
    }
    let title_len = (1..=3)
        .rev()
        .filter(|&len| name_start >= sentence.start + len)
        .find(|&len| {
            is_cap(doc, name_start - len)
                && g.title(&key(doc, name_start - len..name_start)).is_some()
        });
    match title_len {
        Some(len) => Some(name_start - len),
        None => g
            .is_given_name(doc.folded(name_start))
            .then_some(name_start)
            .filter(|_| name_end - name_start >= 2),
    }
}

/// Where the title that owns the capitalised "Office" at `office` starts: "the Attorney
/// General's Office", "the Colombian Ombudsman's Office" (a demonym before the title is part of
/// the name). A lowercase "office" is a room or a post ("the President's office").
pub(super) fn office_holder_before(
    g: &Gazetteer,
    doc: &Doc,
    office: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    if !is_cap(doc, office) || office < sentence.start + 4 || !possessive_after(doc, office - 3) {
        return None;
    }
    let title_end = office - 2;
    let title_len = (1..=3)
        .rev()
        .filter(|&len| title_end >= sentence.start + len)
        .find(|&len| {
            is_cap(doc, title_end - len) && g.title(&key(doc, title_end - len..title_end)).is_some()
        })?;
    let mut start = title_end - title_len;
    // "the Monroe County Sheriff's Office", "the San Diego County Sheriff's Office": the county
    // the office serves is part of its name, with "County" in the title or before it.
    let region_head = |t: usize| g.is_trigger(TriggerKind::RegionHead, doc.folded(t));
    if region_head(start) || (start > sentence.start && region_head(start - 1)) {
        start -= usize::from(!region_head(start));
        while start > sentence.start
            && is_cap(doc, start - 1)
            && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(start - 1))
            && title_end - start < 6
        {
            start -= 1;
        }
    }
    let demonym_before = start > sentence.start
        && is_cap(doc, start - 1)
        && g.demonym(doc.folded(start - 1)).is_some();
    Some(start - usize::from(demonym_before))
}
