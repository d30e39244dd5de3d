//! Capitalised runs of tokens, and how a run is cut into segments: known titles, places,
//! organisations and the unknown words between them.

use super::*;

/// The longest capitalised run considered as one name.
pub(super) const MAX_RUN_TOKENS: usize = 12;

/// Where a body's name that goes on past `end` with a list of capitalised fields (", Migration
/// and Asylum") ends, when a short name in brackets right after it has the initials of all of
/// its capitalised words.
pub(super) fn listed_fields_end(
    doc: &Doc,
    start: usize,
    end: usize,
    limit: usize,
) -> Option<usize> {
    let mut j = end;
    let mut joined = false;
    while j + 1 < limit && !joined {
        match doc.token_text(j) {
            "," => {}
            "and" | "&" => joined = true,
            _ => break,
        }
        if !is_cap(doc, j + 1) {
            return None;
        }
        j += 1;
        while j < limit && is_cap(doc, j) {
            j += 1;
        }
    }
    let bracketed = joined
        && j + 2 < limit
        && doc.token_text(j) == "("
        && doc.token_text(j + 2) == ")"
        && is_acronym(doc.token_text(j + 1));
    if !bracketed {
        return None;
    }
    let initials: String = (start..j)
        .filter(|&t| is_cap(doc, t) && doc.folded(t) != "the")
        .filter_map(|t| doc.token_text(t).chars().next())
        .collect();
    (initials == doc.token_text(j + 1)).then_some(j)
}

/// Finds the capitalised runs of a sentence: capitalised words joined by name particles, and
/// by organisation particles when the run so far names a body ("Center for Human Dignity").
pub(super) fn runs(g: &Gazetteer, doc: &Doc, tokens: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = tokens.start;
    while i < tokens.end {
        if !is_cap(doc, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        let mut has_head = is_org_head(g, doc, i);
        loop {
            // No name is longer; a page of capitalised words is cut into bounded runs.
            if end - start >= MAX_RUN_TOKENS {
                break;
            }
            // "the Maine Immigrants' Rights Coalition": a plural possessive inside a name (not
            // a place's: "The Bahamas' Department of Immigration").
            let names_a_place =
                |from: usize| from < end && !g.places_named(&key(doc, from..end)).is_empty();
            if end + 1 < tokens.end
                && matches!(doc.token_text(end), "'" | "’")
                && doc.tokens[end].start == doc.tokens[end - 1].end
                && doc.folded(end - 1).ends_with('s')
                && is_cap(doc, end + 1)
                && doc.tokens[end + 1].start > doc.tokens[end].end
                && !(names_a_place(start) || doc.folded(start) == "the" && names_a_place(start + 1))
            {
                end += 2;
                continue;
            }
            // "Cox's Bazar": a place whose name has a possessive in it. So is one the gazetteer
            // lacks whose last word names a kind of settlement or shore: "Pirate's Well",
            // "Abraham's Bay" (not "Mexico's Bay": a known place owns the one after it).
            let settlement_tail = |t: usize| {
                matches!(
                    doc.folded(t),
                    "well" | "bay" | "point" | "harbour" | "harbor" | "creek" | "cove" | "landing"
                )
            };
            // "Saint Martin's Island", "St Mary's Bay": a saint's name owns the rest of a
            // place's name, though the saint's alone may name a known place.
            let saint_owns = || matches!(doc.folded(start), "saint" | "st" | "sainte" | "ste");
            if end + 2 < tokens.end
                && possessive_after(doc, end - 1)
                && is_cap(doc, end + 2)
                && (!g.places_named(&key(doc, end - 1..end + 3)).is_empty()
                    || (saint_owns() && end > start + 1)
                    || (end == start + 1
                        && settlement_tail(end + 2)
                        && g.place(doc.folded(start)).is_none()
                        && g.demonym(doc.folded(start)).is_none()
                        && g.org(doc.folded(start)).is_none()))
            {
                end += 3;
                continue;
            }
            // "St. John's", "St. George's": a known place whose name ends in a possessive.
            if possessive_after(doc, end - 1)
                && !g.places_named(&key(doc, start..end + 2)).is_empty()
            {
                end += 2;
                continue;
            }
            // "Cocos (Keeling) Islands", "Shire of Cocos (Keeling) Islands": a known name with
            // a word in brackets inside it.
            if end + 3 < tokens.end
                && doc.token_text(end) == "("
                && is_cap(doc, end + 1)
                && doc.token_text(end + 2) == ")"
                && is_cap(doc, end + 3)
            {
                let name = key(doc, start..end + 4);
                if !g.places_named(&name).is_empty() || g.org(&name).is_some() {
                    end += 4;
                    continue;
                }
            }
            // "Agency for Integration, Migration and Asylum (AIMA)": a body's name that lists
            // its fields, told whole by the short name after it.
            if has_head && end < tokens.end && doc.token_text(end) == "," {
                if let Some(list_end) = listed_fields_end(doc, start, end, tokens.end) {
                    end = list_end;
                    continue;
                }
            }
            // "Brennero/Brenner": a place written in two languages, joined by a slash with no
            // space. (Not "the U.S./Mexico border": two names known apart.)
            let unknown_before = || {
                let before = key(doc, start..end);
                g.places_named(&before).is_empty()
                    && g.org(&before).is_none()
                    && g.demonym(&before).is_none()
            };
            if end + 1 < tokens.end
                && doc.token_text(end) == "/"
                && doc.tokens[end].start == doc.tokens[end - 1].end
                && doc.tokens[end + 1].start == doc.tokens[end].end
                && is_cap(doc, end + 1)
                && unknown_before()
            {
                end += 2;
                continue;
            }
            // "Utopia 56": a known body's name that ends in a number.
            if end < tokens.end
                && doc.tokens[end].kind == TokenKind::Number
                && g.org(&key(doc, start..end + 1)).is_some()
            {
                end += 1;
                continue;
            }
            // `José "Cheo" Guaregua`: a nickname in quotes between a given name and a surname.
            if let Some(after) = quoted_nickname_after(g, doc, end, tokens.end) {
                end = after;
                continue;
            }
            // (Not the pronoun: "When I am in Jeddah I will call her".)
            if end < tokens.end
                && is_cap(doc, end)
                && !possessive_after(doc, end - 1)
                && doc.token_text(end) != "I"
            {
                has_head |= is_org_head(g, doc, end);
                end += 1;
                continue;
            }
            // Particles inside names: "Arévalo de León", "Pueblos sin Fronteras",
            // "National Institute of Migration", and "of" or "for" after a title: "Minister of
            // Security", "High Commissioner for Refugees".
            if end < tokens.end && !possessive_after(doc, end - 1) {
                let title_head = || {
                    (is_head(g, doc, end - 1) || g.title(doc.folded(end - 1)).is_some())
                        && !is_org_head(g, doc, end - 1)
                };
                let envoy = || {
                    matches!(
                        doc.folded(end - 1),
                        "ambassador" | "envoy" | "representative" | "delegate"
                    )
                };
                let mut j = end;
                while j < tokens.end && j < end + 2 && !is_cap(doc, j) {
                    let w = doc.folded(j);
                    let p = is_particle(g, doc, j, TriggerKind::NameParticle)
                        || (has_head && is_particle(g, doc, j, TriggerKind::OrgParticle))
                        || (j == end && matches!(w, "of" | "for") && title_head())
                        || (j == end && w == "to" && envoy());
                    if !p {
                        break;
                    }
                    j += 1;
                }
                if j > end && j < tokens.end && is_cap(doc, j) {
                    end = j;
                    continue;
                }
            }
            // "the Royal Turks and Caicos Islands Police Force", "Trinidad and Tobago Police
            // Service": a known place's name with "and" in it, inside a longer name.
            if end + 1 < tokens.end && doc.folded(end) == "and" && is_cap(doc, end + 1) {
                let caps_end = capitalised_run(doc, end + 1, tokens.end).end;
                // (Most runs before "and" start no name of three words or more: asked first.)
                let across = (start..end).find_map(|from| {
                    let most = g.most_name_words_from(doc.folded(from));
                    (end + 2..=caps_end.min(from + most))
                        .rev()
                        .find(|&to| g.place(&key(doc, from..to)).is_some())
                });
                if let Some(to) = across {
                    end = to;
                    continue;
                }
            }
            // "Department of Health and Human Services", "Commissariat for Refugees and
            // Migration": a body's field may name two things, when what follows "and" ends in a
            // head word of its own. (Not "the Department of Homeland Security and Mexico's
            // foreign ministry".)
            // So may a minister's: "Minister of Maritime Affairs and Insular Policy".
            let minister_of = || {
                (start + 1..end).any(|t| {
                    matches!(doc.folded(t), "of" | "for") && heads_a_field(doc.folded(t - 1))
                })
            };
            // "Minister for Relief, Disaster Preparedness and Refugees X": a minister's fields
            // listed by commas, up to the "and" before the last.
            if minister_of() && end + 1 < tokens.end && doc.token_text(end) == "," {
                let caps_end = capitalised_run(doc, end + 1, tokens.end).end;
                let and_follows = caps_end + 1 < tokens.end
                    && doc.folded(caps_end) == "and"
                    && is_cap(doc, caps_end + 1);
                if caps_end > end + 1 && and_follows && second_field(g, doc, end + 1..caps_end) {
                    end = caps_end;
                    continue;
                }
            }
            if (has_head || minister_of())
                && end + 1 < tokens.end
                && doc.folded(end) == "and"
                && (start..end).any(|t| matches!(doc.folded(t), "of" | "for"))
            {
                let caps_end = (end + 1..tokens.end)
                    .find(|&t| !is_cap(doc, t))
                    .unwrap_or(tokens.end);
                if caps_end > end + 1 && is_org_head(g, doc, caps_end - 1) {
                    end = caps_end;
                    continue;
                }
                // "Ministry of Justice and Public Security", "Department of Emergency and
                // Military Affairs": a second field that names nothing known and ends the
                // capitals, before lower case or punctuation.
                if caps_end > end + 1 && second_field(g, doc, end + 1..caps_end) {
                    end = caps_end;
                    continue;
                }
                // "Minister of Labour and Immigration Keith Bell": a minister's second field
                // ends where the holder's name starts, with a given name.
                let field_end = (end + 1..caps_end)
                    .find(|&t| g.is_given_name(doc.folded(t)))
                    .filter(|_| minister_of());
                if let Some(field_end) = field_end {
                    if field_end > end + 1 && second_field(g, doc, end + 1..field_end) {
                        end = caps_end;
                        continue;
                    }
                }
            }
            break;
        }
        // "UN refugee agency", "the Turks and Caicos Islands": a known body's or place's name
        // that goes on in lower case, or past a comma ("Immigration, Refugees and Citizenship
        // Canada"). (A sentence's capital "The" is no part of it.)
        let lower_next = end < tokens.end
            && ((doc.tokens[end].kind == TokenKind::Word && !is_cap(doc, end))
                || (doc.token_text(end) == "," && end + 1 < tokens.end && is_cap(doc, end + 1)));
        let name_start = if end - start > 1 && doc.token_text(start) == "The" {
            start + 1
        } else {
            start
        };
        let most = if lower_next {
            g.most_lower_name_words_from(doc.folded(name_start))
        } else {
            0
        };
        if most > end - name_start {
            let mut keys = PrefixKeys::default();
            let longer = keys
                .longest_first(doc, name_start, tokens.end, most)
                .find(|&(len, k)| {
                    g.org(k).is_some() || g.place(k).is_some() || len <= end - name_start
                })
                .map(|(len, _)| len);
            if let Some(len) = longer.filter(|&len| len > end - name_start) {
                end = end_of_words(doc, end, name_start + len);
            }
        }
        // "Federal Highway 2", "Interstate 10", "Route 66": a road's number is its name's end.
        if end < tokens.end
            && doc.tokens[end].kind == TokenKind::Number
            && numbers_roads(doc.folded(end - 1))
            // (Three digits at most: "Highway 2024 plan" names a year.)
            && doc.token_text(end).len() <= 3
            && doc.token_text(end).bytes().all(|b| b.is_ascii_digit())
        {
            end += 1;
        }
        // "sub-Saharan Africa": a known place's name opened by a prefix in lower case.
        let prefixed = start > tokens.start && {
            let prev = doc.token_text(start - 1);
            prev.rsplit_once('-').is_some_and(|(prefix, rest)| {
                !prefix.is_empty() && rest.starts_with(char::is_uppercase)
            }) && !is_cap(doc, start - 1)
                && g.place(&key(doc, start - 1..end)).is_some()
        };
        out.push(start - usize::from(prefixed)..end);
        i = end;
    }
    out
}

/// Whether the capitalised words `field`, after "and" in a body's name, are a second field of
/// its remit: at most three words (the capitals end after them), none a known place, body,
/// title, demonym or given name, and not possessive.
pub(super) fn second_field(g: &Gazetteer, doc: &Doc, field: Range<usize>) -> bool {
    const MOST_FIELD_WORDS: usize = 3;
    let whole = || {
        let k = key(doc, field.clone());
        g.org(&k).is_none() && g.place(&k).is_none()
    };
    field.len() <= MOST_FIELD_WORDS
        && doc.token_text(field.start) != "The"
        && !possessive_after(doc, field.end - 1)
        && field.clone().all(|t| {
            let w = doc.folded(t);
            doc.tokens[t].kind == TokenKind::Word
                && g.place(w).is_none()
                && g.org(w).is_none()
                && g.title(w).is_none()
                && g.demonym(w).is_none()
                && !g.is_given_name(w)
        })
        && whole()
}

/// Whether a word before a number names a road by it: "Federal Highway 2", "Interstate 10",
/// "Route 66".
pub(super) fn numbers_roads(word: &str) -> bool {
    matches!(word, "highway" | "interstate" | "route")
}

/// Whether token `at` is a road's code, one or two capital letters and a number ("A9", "M1"),
/// that the word for a road follows.
pub(super) fn names_a_road_by_code(doc: &Doc, at: usize) -> bool {
    let code = doc.token_text(at);
    let letters = code.chars().take_while(char::is_ascii_uppercase).count();
    let digits = code.len() - letters;
    (1..=2).contains(&letters)
        && (1..=3).contains(&digits)
        && code[letters..].chars().all(|c| c.is_ascii_digit())
        && matches!(
            doc.tokens.get(at + 1).map(|_| doc.folded(at + 1)),
            Some("motorway" | "highway" | "expressway" | "autobahn" | "freeway")
        )
}

/// Whether an office's title word takes a field after "of": "Minister of ...", "Secretary of
/// ...".
pub(super) fn heads_a_field(word: &str) -> bool {
    matches!(word, "minister" | "secretary" | "commissioner")
}

/// Where "of" (or "for") and the field of a minister's or secretary's office end, when the
/// title that ends at `title_end` goes on with them: "Minister of Maritime Affairs and Insular
/// Policy", "Secretary of Agriculture", "Minister for Home Affairs" (before a holder's name,
/// which starts with a given name). The
/// field's words name nothing known: "Minister of Mexico" has no field.
pub(super) fn minister_of_field(
    g: &Gazetteer,
    doc: &Doc,
    title_end: usize,
    end: usize,
) -> Option<usize> {
    if title_end + 1 >= end
        || !heads_a_field(doc.folded(title_end - 1))
        || !matches!(doc.folded(title_end), "of" | "for")
    {
        return None;
    }
    let field_word = |t: usize| {
        let w = doc.folded(t);
        t < end
            && is_cap(doc, t)
            && doc.tokens[t].kind == TokenKind::Word
            && g.place(w).is_none()
            && g.org(w).is_none()
            && g.title(w).is_none()
            && g.demonym(w).is_none()
            && !g.is_given_name(w)
    };
    let mut t = title_end + 1;
    let mut field_end = None;
    // "Minister for Relief, Disaster Preparedness and Refugees": fields listed by commas, up
    // to the "and" that ends the list (without one, the comma ends the title).
    let mut before_unfinished_list = None;
    loop {
        if field_word(t) {
            t += 1;
            field_end = Some(t);
        } else if field_end.is_some() && t < end && doc.folded(t) == "and" && field_word(t + 1) {
            t += 1;
            before_unfinished_list = None;
        } else if field_end.is_some() && t < end && doc.token_text(t) == "," && field_word(t + 1) {
            before_unfinished_list = before_unfinished_list.or(field_end);
            t += 1;
        } else {
            return before_unfinished_list.or(field_end);
        }
    }
}

/// Cuts a run into known phrases (longest first) and unknown tokens.
pub(super) fn segments(g: &Gazetteer, doc: &Doc, run: Range<usize>) -> Vec<(Seg, Range<usize>)> {
    let mut out: Vec<(Seg, Range<usize>)> = Vec::with_capacity(run.len());
    let mut pos = run.start;
    let mut keys = PrefixKeys::default();
    while pos < run.end {
        let mut found = None;
        // "The CDO, Ghanashyam Upreti, said": an office by the acronym the article gave it (not
        // where it is given: "the chief district officer (CDO)").
        if !doc.is_bracketed(&(pos..pos + 1)) {
            if let Some(t) = title_of_acronym(g, doc, pos) {
                out.push((Seg::Title(t), pos..pos + 1));
                pos += 1;
                continue;
            }
        }
        // "the Officer Commanding Police Division (OCPD)": the words an office's acronym
        // abbreviates are that office, whatever body they seem to name.
        if pos == run.start
            && run.end + 2 < doc.tokens.len()
            && doc.is_bracketed(&(run.end + 1..run.end + 2))
        {
            if let Some((t, words)) = title_spelled_out_before(g, doc, run.end + 1) {
                if words.start == pos {
                    out.push((Seg::Title(t), words));
                    pos = run.end;
                    continue;
                }
            }
        }
        let max_words = g.most_name_words_from(doc.folded(pos));
        for (mut len, k) in keys.longest_first(doc, pos, run.end, max_words) {
            if let Some(known) = g.known_name(k) {
                // "La Mesilla", "Casa del Migrante": no Louisiana or Delaware without the ".";
                // "in August": no town in California.
                // "Federal Immigration Minister": a word that qualifies an office is no town
                // named like it.
                // "Amatenango de la Frontera": a place named after a particle inside the run
                // is the end of a longer name, not a town of its own.
                if matches!(known, KnownName::Place(_))
                    && matches!(out.last(), Some((Seg::Unknown, _)))
                    && is_particle(g, doc, pos - 1, TriggerKind::NameParticle)
                {
                    continue;
                }
                // "Colònia de Sant Jordi" (not Colonia, Uruguay): a place whose name goes on
                // after a particle with words that name nothing known is the start of a
                // longer name.
                let end = pos + len;
                if matches!(known, KnownName::Place(_))
                    && end + 1 < run.end
                    && is_particle(g, doc, end, TriggerKind::NameParticle)
                    && (end + 2..=run.end).all(|e| g.known_name(&key(doc, end + 1..e)).is_none())
                {
                    break;
                }
                // ("The ICA's officer", after "Immigration and Citizenship Authority (ICA)": an
                // acronym the article gives in brackets is the body's, not a town's, Ica.)
                if matches!(known, KnownName::Place(_))
                    && len == 1
                    && ((g.needs_full_stop(k) && !written_with_full_stop(doc, pos + 1))
                        || is_date_word(doc, pos)
                        || (g.is_trigger(TriggerKind::TitleModifier, k)
                            && (pos + 1..run.end.min(pos + 4))
                                .any(|t| starts_title(g, doc, t..run.end)))
                        || acronym_given_in_brackets(doc, pos))
                {
                    continue;
                }
                // ("Who organised the crossing": not the WHO.)
                if matches!(known, KnownName::Org(_))
                    && len == 1
                    && g.org_needs_capitals(k)
                    && doc.token_text(pos).chars().any(|c| c.is_lowercase())
                {
                    continue;
                }
                if let KnownName::Title(t) = known {
                    // "Mukhtar Jama", "Interior Minister Mukhtar Babayev": an office that is
                    // also a given name, capitalised before a name, is the name's. (Not an
                    // abbreviation's: "Sen. Lisa Murkowski".)
                    if len == 1
                        && pos + 1 < run.end
                        && is_cap(doc, pos + 1)
                        && g.is_given_name(k)
                        && !g.titles[t].title.ends_with('.')
                    {
                        continue;
                    }
                    len = minister_of_field(g, doc, pos + len, run.end).unwrap_or(pos + len) - pos;
                }
                let seg = match known {
                    KnownName::Title(t) => Seg::Title(t),
                    KnownName::Org(o) => Seg::Org(o),
                    KnownName::Outlet => Seg::Outlet,
                    KnownName::Place(p) => Seg::Place(p),
                    KnownName::Demonym(d) => Seg::Demonym(d),
                };
                found = Some((seg, pos..pos + len));
                break;
            }
        }
        match found {
            Some((seg, r)) => {
                pos = r.end;
                out.push((seg, r));
            }
            None => {
                match out.last_mut() {
                    Some((Seg::Unknown, r)) => r.end = pos + 1,
                    _ => out.push((Seg::Unknown, pos..pos + 1)),
                }
                pos += 1;
            }
        }
    }
    out
}

/// Whether the token before `end` ends with a full stop, or one follows it ("Calif.", "La .").
pub(super) fn written_with_full_stop(doc: &Doc, end: usize) -> bool {
    doc.token_text(end - 1).ends_with('.') || (end < doc.tokens.len() && doc.token_text(end) == ".")
}

/// The longest known title that starts at token `start` and ends by `end`.
#[inline(always)]
pub(super) fn longest_title(
    g: &Gazetteer,
    doc: &Doc,
    keys: &mut PrefixKeys,
    start: usize,
    end: usize,
) -> Option<Range<usize>> {
    // Asked of every word in lower case; most start no title.
    let most = g.most_title_words_from(doc.folded(start));
    if most == 0 {
        return None;
    }
    let found = keys
        .longest_first(doc, start, end, most)
        .find(|(_, k)| g.title(k).is_some())
        .map(|(len, _)| start..end_of_words(doc, start, start + len));
    found
}

/// Whether a title starts the run: "Deputy Foreign Minister ...", "Senator ...".
pub(super) fn starts_title(g: &Gazetteer, doc: &Doc, run: Range<usize>) -> bool {
    let most = g.most_title_words_from(doc.folded(run.start));
    (1..=most.min(run.len())).any(|len| g.title(&key(doc, run.start..run.start + len)).is_some())
}

/// Whether the first two words of the run or more are a known place's name.
pub(super) fn starts_place_name(g: &Gazetteer, doc: &Doc, run: &Range<usize>) -> bool {
    let most = g.most_name_words_from(doc.folded(run.start));
    (2..=most.min(run.len())).any(|len| g.place(&key(doc, run.start..run.start + len)).is_some())
}

/// Whether most words of a sentence are capitalised (a Title Case headline).
pub(super) fn is_title_case(doc: &Doc, tokens: Range<usize>) -> bool {
    let words: Vec<usize> = tokens
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word && doc.token_text(t).chars().count() > 3)
        .collect();
    words.len() >= 3 && words.iter().filter(|&&t| is_cap(doc, t)).count() * 4 >= words.len() * 3
}

/// The kind of place named after "the town of", "the port of": a town; but after "the
/// capital of", the region or country whose capital it is ("the capital of Sissala East").
pub(super) fn place_with_a_town(word_before_of: &str) -> PlaceKind {
    if word_before_of == "capital" {
        PlaceKind::State
    } else {
        PlaceKind::City
    }
}

/// Whether a division's word in lower case stands at `at`, after a name: "Cabo Delgado
/// province", "Mae Hong Son province".
pub(super) fn division_word_at(
    g: &Gazetteer,
    doc: &Doc,
    at: usize,
    sentence: &Range<usize>,
) -> bool {
    at < sentence.end && !is_cap(doc, at) && g.is_trigger(TriggerKind::StateContext, doc.folded(at))
}

/// Whether the name at `start` follows "the district of", "the town of" and the like.
pub(super) fn named_as_a_place_of(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> bool {
    start >= sentence.start + 2
        && doc.folded(start - 1) == "of"
        && [TriggerKind::CityContext, TriggerKind::StateContext]
            .into_iter()
            .any(|kind| g.is_trigger(kind, doc.folded(start - 2)))
}
