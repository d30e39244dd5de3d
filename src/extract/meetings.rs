//! Meetings: a sentence with a meeting word ("met", "talks", "visit", "call", "summit") and two
//! or more named people is a meeting between them; its place, date, status and purpose come
//! from the same sentence. Reports of the same meeting in one article become one meeting.

use crate::date::{month_number, weekday_number, Date};
use crate::extract::{
    evidence_of, EntityRef, Extraction, Meeting, MeetingStatus, Mention, MentionKind, Role,
};
use crate::gazetteer::{Gazetteer, PlaceKind, TriggerKind};
use crate::text::{Doc, TokenKind};

/// Finds the meetings of a document.
pub fn find_meetings(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    ex: &Extraction,
    published: Option<Date>,
) -> Vec<Meeting> {
    let mut meetings: Vec<Meeting> = Vec::new();
    // The day each meeting was told to be on (see `day_told`), beside it.
    let mut days_told: Vec<Option<(Date, DayTold)>> = Vec::new();
    // The sentence that first told each meeting (its evidence names only the people in it).
    let mut sentences_told: Vec<usize> = Vec::new();
    let dateline = crate::extract::dateline_mention(doc, mentions).and_then(|i| match refs[i] {
        Some(EntityRef::Place(p)) => Some(p),
        _ => None,
    });
    let by_sentence = crate::extract::mentions_by_sentence(mentions, doc.sentences.len());
    let people_in = |mentions_of: std::ops::Range<usize>| {
        let mut people: Vec<usize> = Vec::new();
        for i in mentions_of {
            if let Some(EntityRef::Person(p)) = refs[i] {
                if !people.contains(&p) && !named_aside(doc, &mentions[i]) {
                    people.push(p);
                }
            }
        }
        people
    };
    // "The two officials met", "the two leaders", "both men": the subject is two people named
    // before.
    let refers_to_two = |si: usize| {
        let tokens = doc.sentences[si].tokens.clone();
        let word = |t: usize| if t < tokens.end { doc.folded(t) } else { "" };
        // ("They agreed to meet again": the pronoun opening the sentence, before a verb of
        // agreeing or a future, for what the two of a meeting just told will do.)
        let they_agreed = word(tokens.start) == "they"
            && matches!(
                word(tokens.start + 1),
                "agreed" | "will" | "would" | "plan" | "planned" | "hope" | "intend"
            );
        // ("They met again at the post on Wednesday": the two of a meeting just told, at
        // another.)
        let they_met_again = word(tokens.start) == "they"
            && matches!(word(tokens.start + 1), "met" | "meet")
            && word(tokens.start + 2) == "again";
        // ("A meeting between the two in London", "A meeting of the two in Van": the two,
        // further in.)
        let between_the_two = (tokens.start + 1..tokens.end.min(tokens.start + 5)).any(|t| {
            (word(t) == "between" || (word(t) == "of" && word(t - 1) == "meeting"))
                && word(t + 1) == "the"
                && word(t + 2) == "two"
        });
        // ("It was their first conversation since the two men met in Damascus": the two,
        // meeting, anywhere in the sentence.)
        let the_two_met = (tokens.start..tokens.end.saturating_sub(3)).any(|t| {
            word(t) == "the"
                && word(t + 1) == "two"
                && (word(t + 2) == "met" || word(t + 3) == "met")
        });
        // ("It was their first conversation since they met in Dakar": "they", told as met
        // before, in a clause of time.)
        let since_they_met = (tokens.start + 1..tokens.end.saturating_sub(2)).any(|t| {
            matches!(word(t - 1), "since" | "when")
                && word(t) == "they"
                && (word(t + 1) == "met"
                    || (matches!(word(t + 1), "last" | "first") && word(t + 2) == "met"))
        });
        they_agreed
            || they_met_again
            || since_they_met
            || between_the_two
            || the_two_met
            || (tokens.start..tokens.end.min(tokens.start + 3)).any(|t| {
                let (first, second) = (word(t), word(t + 1));
                // (Not "The two countries' boundary commission met": no two people.)
                (first == "the"
                    && second == "two"
                    && !matches!(
                        word(t + 2),
                        "countries" | "nations" | "governments" | "states"
                    ))
                    || (first == "both"
                        && matches!(
                            second,
                            "men"
                                | "women"
                                | "leaders"
                                | "officials"
                                | "are"
                                | "were"
                                | "will"
                                | "have"
                                | "had"
                                | "agreed"
                        ))
            })
    };
    // "The CS said the two would meet at the border post": in a sentence that names no one,
    // the two who are to meet.
    let the_two_will_meet = |si: usize| {
        let tokens = doc.sentences[si].tokens.clone();
        (tokens.start..tokens.end.saturating_sub(3)).any(|t| {
            doc.folded(t) == "the"
                && doc.folded(t + 1) == "two"
                && matches!(doc.folded(t + 2), "would" | "will")
                && doc.folded(t + 3) == "meet"
        })
    };
    // Whether someone holds an office named by its noun ("governor"): a word of a title is the
    // noun, or its abbreviation ("Gov.").
    let holds_office = |p: usize, office: &str| {
        ex.people[p].titles.iter().any(|t| {
            crate::gazetteer::fold(t).split(' ').any(|w| {
                let w = w.trim_end_matches('.');
                w.len() >= 3 && office.starts_with(w)
            })
        })
    };
    // The one holder of `office` other than `except` named in the two sentences before
    // sentence `si`, or else anywhere before it.
    let one_holder_before = |office: &str, except: usize, si: usize| -> Option<usize> {
        let holders_in = |sentences: std::ops::Range<usize>| -> Vec<usize> {
            people_in(sentences)
                .into_iter()
                .filter(|&p| p != except && holds_office(p, office))
                .collect()
        };
        let mut holders =
            holders_in(by_sentence[si.saturating_sub(2)].start..by_sentence[si - 1].end);
        if holders.is_empty() {
            holders = holders_in(by_sentence[0].start..by_sentence[si - 1].end);
        }
        match holders[..] {
            [holder] => Some(holder),
            _ => None,
        }
    };
    // "The two governors agreed to meet again", after a meeting of the two governors and a
    // third official: the two of the last meeting, by their office when it had more.
    let the_two_of = |si: usize, last: &Meeting| -> Option<Vec<usize>> {
        if last.participants.len() == 2 {
            return Some(last.participants.clone());
        }
        // The "two" that opens the sentence ("The two governors").
        let tokens = doc.sentences[si].tokens.clone();
        let at = (tokens.start..tokens.end.saturating_sub(2).min(tokens.start + 3))
            .find(|&t| doc.folded(t) == "two")?;
        let office = doc.folded(at + 1).strip_suffix('s')?;
        let holders: Vec<usize> = last
            .participants
            .iter()
            .copied()
            .filter(|&p| holds_office(p, office))
            .collect();
        (holders.len() == 2).then_some(holders)
    };
    // "The Border Force's commander walked the beach with X. The commander, Y, said
    // afterwards ...": the official opening a sentence right after, by the office and the name
    // in apposition, who speaks, and whose office words the sentence `told` (folded) used.
    // Each sentence's first quotation mark after its first word, found once: the sentences
    // after each one are searched for the officials it tells of by office.
    let first_quote_mark: Vec<Option<usize>> = doc
        .sentences
        .iter()
        .map(|s| {
            (s.tokens.start + 1..s.tokens.end).find(|&t| matches!(doc.token_text(t), "\"" | "”"))
        })
        .collect();
    let named_in_apposition_after = |told: &std::ops::Range<usize>, next: usize| -> Option<usize> {
        let sentence = doc.sentences.get(next)?.tokens.clone();
        // ("\"We sat down together,\" the prefect, X, said": after a quotation that opens it.)
        // (Or after the end of one the sentence before opened: "\"We are a town of 1,500
        // people. Twenty-three is a lot,\" said the mayor, X.")
        let mut start = if matches!(doc.token_text(sentence.start), "\"" | "“") {
            first_quote_mark[next]? + 1
        } else {
            let speaker_after = |t: usize| {
                t < sentence.end
                    && (doc.folded(t) == "the"
                        || g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t)))
            };
            // (The first quotation mark of the sentence, which closes the quotation.)
            first_quote_mark[next]
                .filter(|&t| doc.token_text(t - 1) == "," && speaker_after(t + 1))
                .map_or(sentence.start, |t| t + 1)
        };
        // ("\"We are neighbours,\" said the Cambodian governor, X.": the verb before them, and
        // the name closing the sentence.)
        let inverted = start > sentence.start
            && start < sentence.end
            && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(start));
        if inverted {
            start += 1;
        }
        let tokens = start..sentence.end;
        // ("The commander, Lt. Col. X, said": past the rank before the name.)
        // ("Rear Adm. X": or the first word of a rank of several; a rank, not an office:
        // "Migration Minister X said" is no holder of an office the meeting's sentence told.)
        let rank = |t: usize| {
            doc.token_text(t) == "."
                || g.title(doc.folded(t)).is_some()
                || (2..=3).any(|len| {
                    t + len <= sentence.end
                        && g.title(&crate::extract::mentions::key(doc, t..t + len))
                            .is_some_and(|o| g.titles[o].kind == "other")
                })
        };
        // (Read last: most sentences have no such apposition.)
        fn singular(w: &str) -> &str {
            w.strip_suffix('s').unwrap_or(w)
        }
        // ("The Nepali official, Y", after "the chief district officer of Nepal's Rupandehi
        // district": a demonym of a country the sentence named. "The UNHCR official, Y", after
        // "the head of the UN refugee agency's office": a known body the sentence named by
        // another of its names.)
        let body_told = |body: usize| {
            let from = mentions.partition_point(|m| m.tokens.start < told.start);
            mentions[from..]
                .iter()
                .take_while(|m| m.tokens.start < told.end)
                .any(|m| matches!(m.kind, MentionKind::Org(Some(o)) if o == body))
        };
        // (Not by a country the office is of, which the dateline names: "Indonesia's security
        // minister, Y"; nor by "chief" before the office: "chief security minister", after "the
        // island's police chief".)
        // ("The CDO, X", after "the chief district officer of Jhapa district": an acronym
        // whose initials the sentence spelled out.)
        let acronym_told = |t: usize| {
            let acronym = doc.token_text(t);
            acronym.len() >= 3
                && crate::extract::mentions::is_acronym(acronym)
                && told.clone().any(|start| {
                    (start + acronym.len()..=told.end.min(start + 2 * acronym.len())).any(|end| {
                        crate::extract::mentions::initials_spell(g, doc, start..end, acronym)
                    })
                })
        };
        // ("Her French counterpart, Y", after "the mayor of Llívia and the mayor of
        // Bourg-Madame": the holder of an office the sentence told twice, the other one.)
        let office_told_twice = || {
            told.clone().any(|t| {
                let office = doc.folded(t);
                office.len() >= 3
                    && t > told.start
                    && doc.folded(t - 1) == "the"
                    && (t + 1..told.end)
                        .any(|u| doc.folded(u) == office && doc.folded(u - 1) == "the")
            })
        };
        let office_told = |office: std::ops::Range<usize>| {
            if office.clone().any(acronym_told) {
                return true;
            }
            if office.clone().any(|t| doc.folded(t) == "counterpart") {
                return office_told_twice();
            }
            let head = office.end.checked_sub(1);
            let is_country = |w: &str| {
                g.place(w)
                    .is_some_and(|p| g.places[p].kind == PlaceKind::Country)
            };
            // (Nor by whose office it is: "The region's president, X", after "the government's
            // delegate in the Murcia region".)
            office
                .filter(|&t| Some(t) == head || doc.folded(t) != "chief")
                .filter(|&t| !crate::extract::mentions::possessive_after(doc, t))
                .map(|t| doc.folded(t))
                // (Nor by a function word: "The commander for the Cerdanya" is not told by
                // "looking for".)
                .filter(|w| {
                    w.len() >= 3 && !g.is_trigger(TriggerKind::FunctionWord, w) && !is_country(w)
                })
                .any(|w| {
                    let country = g.demonym(w);
                    told.clone().any(|t| {
                        let named = doc.folded(t);
                        singular(named) == singular(w)
                            || country.is_some_and(|c| g.place(named) == Some(c))
                            || sits_on(w, named)
                    }) || g.org(w).is_some_and(body_told)
                })
        };
        let titled = |m: usize| match refs[m] {
            Some(EntityRef::Person(p)) if !ex.people[p].titles.is_empty() => Some(p),
            _ => None,
        };
        let speech_verb =
            |t: usize| t < tokens.end && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t));
        // ("Cmdr. X, the regional commander, said", "Lt. X of the RBDF said": the name first,
        // past its rank, then the office or the body the meeting's sentence told.)
        let name_first = (!inverted)
            .then(|| {
                by_sentence[next].clone().find(|&i| {
                    let at = mentions[i].tokens.start;
                    at >= tokens.start && (tokens.start..at).all(rank)
                })
            })
            .flatten();
        if let Some(m) = name_first {
            let end = mentions[m].tokens.end;
            let word = |t: usize| if t < tokens.end { doc.folded(t) } else { "" };
            let office = if word(end) == "," && word(end + 1) == "the" {
                (end + 2..tokens.end.min(end + 8))
                    .find(|&t| doc.token_text(t) == ",")
                    .filter(|&comma| speech_verb(comma + 1))
                    .map(|comma| end + 2..comma)
            } else if word(end) == "of" {
                (end + 1..tokens.end.min(end + 6))
                    .find(|&t| speech_verb(t))
                    .map(|verb| end + 1..verb)
            } else {
                None
            };
            if let Some(office) = office {
                return titled(m).filter(|_| office_told(office));
            }
            // ("Capt. X said", after "the navy officer who commands the area": a rank alone,
            // for an officer the meeting's sentence told.)
            // ("Superintendent X said", after "the police superintendent for the island":
            // or the rank itself, told.)
            let rank_words = tokens.start..mentions[m].tokens.start;
            let ranked = !rank_words.is_empty();
            if ranked
                && speech_verb(end)
                && told.clone().any(|t| {
                    let word = doc.folded(t);
                    matches!(word, "officer" | "officers")
                        || (word.len() >= 4 && rank_words.clone().any(|r| doc.folded(r) == word))
                })
            {
                return titled(m);
            }
        }
        let comma =
            (tokens.start..tokens.end.min(tokens.start + 8)).find(|&t| doc.token_text(t) == ",")?;
        // (The titled one of mentions that start alike: "Rizal Fahmi", not the "Rizal" a
        // place's name split off.)
        let (m, p) = by_sentence[next].clone().find_map(|i| {
            let start = mentions[i].tokens.start;
            (start > comma && start <= comma + 7 && (comma + 1..start).all(rank))
                .then(|| titled(i).map(|p| (i, p)))
                .flatten()
        })?;
        // (Who speaks after it, or, once the office opens the sentence bare, does anything:
        // "The commander, X, took the patrol boat out". Not "Panama's foreign minister, X,
        // hosted ...", which tells an event of its own.)
        let bare_office = doc.folded(tokens.start) == "the"
            && (tokens.start + 1..comma).all(|t| !doc.is_capitalised(t));
        let speaks = |t: usize| {
            speech_verb(t)
                || (t < tokens.end
                    && (matches!(doc.folded(t), "declined" | "refused")
                        || (bare_office
                            && doc.tokens[t].kind == TokenKind::Word
                            && !doc.is_capitalised(t))))
        };
        // ("The Llívia mayor, X, who like many Catalans writes ..., said": or speaks past a
        // clause on who the official is.)
        let speaks_past_who = |t: usize| {
            t < tokens.end
                && doc.folded(t) == "who"
                && (t + 1..tokens.end).any(|u| doc.token_text(u) == "," && speech_verb(u + 1))
        };
        let end = mentions[m].tokens.end;
        let closes = |t: usize| t >= tokens.end || matches!(doc.token_text(t), "." | ",");
        ((if inverted {
            closes(end)
        } else {
            end < tokens.end
                && doc.token_text(end) == ","
                && (speaks(end + 1) || speaks_past_who(end + 1))
        }) && office_told(tokens.start..comma))
        .then_some(p)
    };
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let mut participants = people_in(by_sentence[si].clone());
        // "The mayor and the head of the coast guard's station met the new arrivals together
        // ... The mayor, X, said ... The station chief, Y, said": officials told by office,
        // named in the sentences right after.
        let mut told_by_office = false;
        let named_after: Vec<usize> = (si + 1..si + 7)
            .filter_map(|next| named_in_apposition_after(&sentence.tokens, next))
            .filter(|p| !participants.contains(p))
            .collect();
        if participants.len() < 2 {
            if participants.len() + named_after.len() >= 2 {
                told_by_office = !named_after.is_empty();
                participants.extend(named_after);
            }
        } else if !named_after.is_empty() {
            // "X walked the fence with Y and the mayor of Athienou. ... the mayor, Z, told
            // reporters": a third told by an office none of the named ones holds.
            let office_words = |p: usize| {
                ex.people[p]
                    .titles
                    .iter()
                    .flat_map(|t| t.split_whitespace())
                    .map(|w| w.to_lowercase())
                    .filter(|w| w.len() >= 3)
                    .collect::<Vec<_>>()
            };
            let held: Vec<String> = participants.iter().flat_map(|&p| office_words(p)).collect();
            // (The office written bare in the meeting's sentence: "the mayor", "the chair",
            // "Orestiada's mayor".)
            let told_bare = |p: usize| {
                ex.people[p].titles.iter().any(|title| {
                    // (Not an office told with what it is of: "Commissioner of Police" is
                    // not told by "the Marine Police base".)
                    if title.contains(" of ") {
                        return false;
                    }
                    let head = title.rsplit(' ').next().unwrap_or_default().to_lowercase();
                    sentence.tokens.clone().any(|t| {
                        doc.folded(t) == head
                            && ((t.saturating_sub(3)..t).any(|u| {
                                u >= sentence.tokens.start
                                    && doc.folded(u) == "the"
                                    && (u + 1..t).all(|v| doc.tokens[v].kind == TokenKind::Word)
                            }) || (t >= sentence.tokens.start + 3
                                && crate::extract::mentions::possessive_after(doc, t - 3)))
                    })
                })
            };
            for p in named_after {
                if !participants.contains(&p)
                    && told_bare(p)
                    && !office_words(p).iter().any(|w| held.contains(w))
                {
                    participants.push(p);
                }
            }
        }
        // "X and Y agreed in Tapachula on Jan. 21 to ... Governor Z, who hosted the talks,
        // also took part.": one person joining talks that no sentence just before told as a
        // meeting makes one with the people of the sentence before.
        let mut first = si;
        let told_lately = || {
            meetings
                .last()
                .is_some_and(|last| last.evidence.iter().any(|e| e.sentence + 2 >= si))
        };
        if participants.len() == 1 && si > 0 {
            let words = doc.folded_words(sentence.tokens.clone());
            let joined = || g.triggers(TriggerKind::MeetingJoined).any_in(&words);
            let joining = participants[0];
            // "Correction: ... X also took part in the meeting aboard the patrol boat on
            // Wednesday": the meeting told earlier that the words after "the meeting" name
            // (where or when it was).
            let told_of = words
                .windows(2)
                .position(|w| w[0] == "the" && matches!(w[1], "meeting" | "talks"))
                .map(|k| &words[k + 2..])
                .filter(|_| joined());
            let earlier = told_of.and_then(|after| {
                let named: Vec<&str> = after
                    .iter()
                    .copied()
                    .filter(|w| w.len() >= 4 && !g.is_trigger(TriggerKind::FunctionWord, w))
                    .collect();
                sentences_told.iter().rposition(|&told| {
                    doc.folded_words(doc.sentences[told].tokens.clone())
                        .iter()
                        .any(|w| named.contains(w))
                })
            });
            if let Some(at) = earlier {
                if !meetings[at].participants.contains(&joining) {
                    meetings[at].participants.push(joining);
                }
                continue;
            }
            let others = if told_lately() {
                // "The U.S. ambassador, X, attended as an observer": one more at the meeting
                // just told.
                if joined() {
                    let last = meetings.last_mut().expect("a meeting told lately");
                    if !last.participants.contains(&joining) {
                        last.participants.push(joining);
                    }
                    continue;
                }
                // "Both are scheduled to meet the head of the agency, X": the two of the
                // meeting just told, and X, at another.
                let last = meetings.last().expect("a meeting told lately");
                refers_to_two(si).then(|| the_two_of(si, last)).flatten()
            } else {
                let before = people_in(by_sentence[si - 1].clone());
                (before.len() >= 2 && (joined() || refers_to_two(si))).then(|| {
                    first = si - 1;
                    before
                })
            };
            if let Some(others) = others {
                participants = others;
                if !participants.contains(&joining) {
                    participants.push(joining);
                }
            }
        }
        // "The foreign minister, X, said ... He raised the matter in a call with Y": an official
        // who opened the sentence before is the "he" or "she" who opens this one.
        // ("On Tuesday she met Y": after a time, the pronoun still opens the clause.)
        // ("His office said on Thursday that he would meet Y": or after a report by the
        // person's own office.)
        let opening_pronoun = (participants.len() == 1 && si > 0 && first == si)
            .then(|| {
                let time_word = |u: usize| {
                    let w = doc.folded(u);
                    matches!(
                        w,
                        "on" | "later" | "earlier" | "then" | "yesterday" | "last" | "week"
                    ) || crate::date::weekday_number(w).is_some()
                };
                let opening =
                    sentence.tokens.start..sentence.tokens.end.min(sentence.tokens.start + 4);
                let at_opening = opening.clone().find(|&t| {
                    matches!(doc.folded(t), "he" | "she") && (opening.start..t).all(time_word)
                });
                at_opening.or_else(|| {
                    let start = sentence.tokens.start;
                    let pronoun = match doc.folded(start) {
                        "his" => "he",
                        "her" => "she",
                        _ => return None,
                    };
                    let said = (start + 2..sentence.tokens.end.min(start + 4))
                        .find(|&t| g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t)))?;
                    (said + 1..sentence.tokens.end.min(said + 6))
                        .find(|&t| doc.folded(t) == pronoun)
                        .filter(|&t| (said + 1..t).all(|u| time_word(u) || doc.folded(u) == "that"))
                })
            })
            .flatten();
        if let Some(opening_pronoun) = opening_pronoun {
            // "X met Y ... She said she had written to Z. She and W will meet": a sentence
            // before that opens on the same pronoun goes on with the same person; the one who
            // opened the sentence before those is meant.
            let pronoun = doc.folded(opening_pronoun);
            let mut named = si - 1;
            while named > 0
                && si - named < 3
                && doc.folded(doc.sentences[named].tokens.start) == pronoun
            {
                named -= 1;
            }
            let before = people_in(by_sentence[named].clone());
            if let Some(&subject) = before.first() {
                if subject != participants[0] && !ex.people[subject].titles.is_empty() {
                    participants.insert(0, subject);
                }
            }
        }
        // "Hemmingford's mayor, X, said ... Minister Y will meet her there on Monday": "him" or
        // "her" after a verb of meeting is the official who opened the sentence before.
        if participants.len() == 1 && si > 0 && first == si && opening_pronoun.is_none() {
            let tokens = sentence.tokens.clone();
            let object_pronoun = (tokens.start + 1..tokens.end).any(|t| {
                matches!(doc.folded(t), "him" | "her")
                    && matches!(
                        doc.folded(t - 1),
                        "meet"
                            | "meets"
                            | "met"
                            | "visit"
                            | "visited"
                            | "phoned"
                            | "called"
                            | "invited"
                            | "invites"
                    )
                    // (Not "met her family": a possessive.)
                    && (t + 1 >= tokens.end
                        || matches!(
                            doc.folded(t + 1),
                            "" | "," | "in" | "on" | "at" | "again" | "next" | "later" | "to"
                        ))
            });
            if object_pronoun {
                let before = people_in(by_sentence[si - 1].clone());
                if let Some(&subject) = before.first() {
                    if subject != participants[0] && !ex.people[subject].titles.is_empty() {
                        participants.push(subject);
                    }
                }
            }
        }
        // "Gov. X toured the camp with ... The governor said he had spoken by phone on Tuesday
        // with Y": the one holder of the office that opens the sentence, named in the two
        // sentences before, is its subject.
        // ("On Wednesday the mayor walked ... with Colonel Y": after a time; and the one mayor
        // of the story, named earlier.)
        if participants.len() == 1 && si > 0 && first == si && opening_pronoun.is_none() {
            let mut t = sentence.tokens.start;
            while t + 2 < sentence.tokens.end && {
                let w = doc.folded(t);
                matches!(w, "on" | "later" | "earlier" | "then")
                    || crate::date::weekday_number(w).is_some()
            } {
                t += 1;
            }
            if t + 1 < sentence.tokens.end
                && doc.folded(t) == "the"
                && g.title(doc.folded(t + 1)).is_some()
            {
                let office = doc.folded(t + 1);
                if let Some(holder) = one_holder_before(office, participants[0], si) {
                    participants.insert(0, holder);
                }
            }
        }
        // "X has asked Madrid for more boats. A meeting with Interior Minister Y, first set for
        // this week, has been postponed": a meeting "with" someone, told with no one to hold it,
        // is held by whom the sentence before opened on.
        if participants.len() == 1 && si > 0 && first == si {
            let opening = doc.folded_words(
                sentence.tokens.start..sentence.tokens.end.min(sentence.tokens.start + 4),
            );
            let meeting_with = matches!(
                opening.as_slice(),
                [
                    "a" | "the",
                    "planned" | "scheduled",
                    "meeting" | "visit" | "call",
                    "with"
                ] | ["a" | "the", "meeting" | "visit" | "call", "with", ..]
                    | ["talks" | "meetings", "with", ..]
            );
            // (Its subject: the first named there, after a title at most: "Governor X has ...")
            let previous = doc.sentences[si - 1].tokens.start;
            let opener = meeting_with
                .then(|| {
                    let first_named = by_sentence[si - 1].clone().next()?;
                    let start = mentions[first_named].tokens.start;
                    let titled_at_most =
                        start <= previous + 3 && (previous..start).all(|t| doc.is_capitalised(t));
                    match refs[first_named] {
                        Some(EntityRef::Person(p)) if titled_at_most => Some(p),
                        _ => None,
                    }
                })
                .flatten();
            if let Some(opener) = opener.filter(|&p| p != participants[0]) {
                participants.insert(0, opener);
            }
        }
        // "Cuilco's mayor met the governor of Huehuetenango, X, ... President Y will visit the
        // shelters on Saturday with the governor": the one holder of that office named in the
        // two sentences before.
        let mut with_office_holder = false;
        if participants.len() == 1 && si > 0 && first == si {
            // (Read off the tokens: most sentences naming one person have no "with the".)
            let tokens = sentence.tokens.clone();
            // ("came to Fass Boye and met the village chief": past a word that says which of
            // the office.) Where the office's noun is.
            let office_at = |t: usize| {
                if g.title(doc.folded(t + 2)).is_none()
                    && t + 3 < tokens.end
                    && g.title(doc.folded(t + 3)).is_some()
                    && !doc.is_capitalised(t + 2)
                {
                    t + 3
                } else {
                    t + 2
                }
            };
            if let Some(first_office) = (tokens.start..tokens.end.saturating_sub(2))
                // (And "X, who heads the IOM's office, and the commissioner went to the crossing
                // together".)
                .find(|&t| {
                    matches!(doc.folded(t), "with" | "meet" | "met" | "and")
                        && doc.folded(t + 1) == "the"
                })
                .map(office_at)
            {
                // "to meet the sahila and the commander": a second office joined to the first.
                let second_office = (first_office + 3 < tokens.end
                    && doc.folded(first_office + 1) == "and"
                    && doc.folded(first_office + 2) == "the")
                    .then(|| office_at(first_office + 1))
                    .filter(|&t| g.title(doc.folded(t)).is_some());
                // ("Murillo would visit Puerto Santander next week to meet the mayor": the one
                // mayor of the story, named earlier.)
                for office in std::iter::once(first_office).chain(second_office) {
                    if let Some(holder) = one_holder_before(doc.folded(office), participants[0], si)
                        .filter(|h| !participants.contains(h))
                    {
                        participants.push(holder);
                        with_office_holder = true;
                    }
                }
            }
        }
        // "... agreed on Nov. 13 in Panama City, at a meeting opened by President X. Y hosted
        // Z and W at the palace.": one person at a meeting named in the sentence before, which
        // told no other, is at the one this sentence tells.
        if participants.len() >= 2 && si > 0 && first == si && !told_lately() {
            let before = people_in(by_sentence[si - 1].clone());
            // "a meeting", not "the meeting" (one told before) nor a call.
            let named_meeting = || {
                let words = doc.folded_words(doc.sentences[si - 1].tokens.clone());
                words.windows(2).any(|w| {
                    matches!(w[0], "a" | "an") && matches!(w[1], "meeting" | "summit" | "session")
                }) && !is_call(&doc.folded_words(sentence.tokens.clone()))
            };
            if let [opener] = before[..] {
                if named_meeting() {
                    first = si - 1;
                    if !participants.contains(&opener) {
                        participants.insert(0, opener);
                    }
                }
            }
        }
        // "The two ministers will present a plan to X in Arusha, Y's office said": the two of
        // the last meeting, one of whom the sentence names, with the others it names.
        let the_two_named = (participants.len() >= 2 && refers_to_two(si))
            .then(|| meetings.last().and_then(|last| the_two_of(si, last)))
            .flatten()
            .filter(|two| two.iter().any(|p| participants.contains(p)));
        for p in the_two_named.into_iter().flatten().rev() {
            if !participants.contains(&p) {
                participants.insert(0, p);
            }
        }
        // "Biden's top Cabinet officials and their Mexican counterparts met Thursday. The US
        // officials — A, B and C — are ...": the officials listed next, by title, whoever this
        // sentence names being only their owner ("Biden's").
        if si + 1 < doc.sentences.len() && officials_listed_next(doc, si + 1) {
            let owners_only = by_sentence[si].clone().all(|i| {
                !matches!(refs[i], Some(EntityRef::Person(_)))
                    || crate::extract::mentions::possessive_after(doc, mentions[i].tokens.end - 1)
            });
            let next = people_in(by_sentence[si + 1].clone());
            if owners_only
                && next.len() >= 2
                && next.iter().all(|&p| !ex.people[p].titles.is_empty())
            {
                participants = next;
            }
        }
        // "... a meeting of three interior ministers in Morahalom. Around the table were: A,
        // ...; B, ...; and C, ...": the officials the next sentence names, as many as counted.
        // "A, B and C agreed to share drone footage. It was the first meeting of the three
        // since ...": the three (or four, five) the sentence before named, when it named as
        // many. (Read token by token, once: most sentences name no one, and need no words
        // folded.) The count, and whether "the" refers it back.
        let counted_meeting = (participants.len() <= 1)
            .then(|| {
                let tokens = sentence.tokens.clone();
                (tokens.start..tokens.end.saturating_sub(2)).find_map(|t| {
                    // ("A joint visit by the two ministers": those the sentence before named.)
                    let visit_by = doc.folded(t) == "visit" && doc.folded(t + 1) == "by";
                    if !(matches!(doc.folded(t), "meeting" | "talks" | "summit")
                        && doc.folded(t + 1) == "of"
                        || visit_by)
                    {
                        return None;
                    }
                    let small_number = crate::extract::groups::small_number;
                    if doc.folded(t + 2) == "the" {
                        (t + 3 < tokens.end)
                            .then(|| small_number(doc.folded(t + 3)))
                            .flatten()
                            .map(|n| (n, true))
                    } else {
                        small_number(doc.folded(t + 2)).map(|n| (n, false))
                    }
                })
            })
            .flatten();
        match counted_meeting {
            Some((count, false))
                if count >= 2 && participants.is_empty() && si + 1 < doc.sentences.len() =>
            {
                let next = people_in(by_sentence[si + 1].clone());
                if next.len() as u64 == count
                    && next.iter().all(|&p| !ex.people[p].titles.is_empty())
                {
                    participants = next;
                }
            }
            Some((count, true)) if count >= 2 && si > 0 => {
                let before = people_in(by_sentence[si - 1].clone());
                // (Two, named by their offices: "the two ministers", both of whom hold one.)
                let titled = count >= 3 || before.iter().all(|&p| !ex.people[p].titles.is_empty());
                if before.len() as u64 == count
                    && titled
                    && participants.iter().all(|p| before.contains(p))
                {
                    first = si - 1;
                    participants = before;
                }
            }
            _ => {}
        }
        // "The two officials met for three hours, joined by X": no one named but the one who
        // joined them, the two are the people of the sentence before.
        if participants.is_empty() && si > 0 && (refers_to_two(si) || the_two_will_meet(si)) {
            if told_lately() {
                // "X spoke by phone with Y. The two agreed to meet in Kingston": the two of the
                // meeting just told, at another (planned) one.
                let last = meetings.last().expect("a meeting told lately");
                if let Some(two) = the_two_of(si, last) {
                    participants = two;
                }
            } else {
                let before = people_in(by_sentence[si - 1].clone());
                if before.len() == 2 {
                    first = si - 1;
                    participants = before;
                } else if let Some(last) = meetings.last() {
                    // "A meeting of the two officials on cross-border crime ... has been
                    // postponed", paragraphs after their meeting: its two, when no one else
                    // was named since.
                    // (Since either of them was last named: a walk told by office names
                    // them after it.)
                    let since = (0..by_sentence[si].start)
                        .filter(|&i| {
                            matches!(refs[i], Some(EntityRef::Person(p)) if last.participants.contains(&p))
                        })
                        .map(|i| mentions[i].sentence + 1)
                        .max()
                        .unwrap_or(si);
                    let named_since = people_in(by_sentence[since].start..by_sentence[si].end);
                    if named_since.iter().all(|p| last.participants.contains(p)) {
                        if let Some(two) = the_two_of(si, last) {
                            participants = two;
                        }
                    }
                }
            }
        }
        let told_over = doc.sentences[first].tokens.start..sentence.tokens.end;
        // "The purpose of the meeting was to discuss ...": a sentence naming no one may give
        // the last meeting its topic.
        let topic_of_last = participants.is_empty()
            && meetings.last().is_some_and(|last| {
                last.topic.is_none() && si <= last.evidence.last().map_or(0, |e| e.sentence) + 2
            });
        // Most sentences name fewer than two people: no meeting to read, no words to fold.
        if participants.len() < 2 && !topic_of_last {
            continue;
        }
        let words = doc.folded_words(told_over.clone());
        // Told over two sentences, the kind is the later one's: "X and Y visited the shelter.
        // Both are to meet Z" tells a meeting.
        let own = sentence.tokens.start - told_over.start;
        // "Premier X and Gov. Y walked the line ... with Alberta's minister, Z", "Commissioner
        // X and Y walked the beach together": officials who walk a place tour it, a visit (and,
        // as below for any visit, walkers named only before it, not together, do not meet).
        let walk_verb = || (0..words.len()).find(|&v| goes_out_with(&words, v));
        let walked_together = || {
            let verb = walk_verb()?;
            let verb_token = told_over.start + verb;
            // (Or told by office before it: "The head of the post and a UNHCR officer walked
            // the line together".)
            let walkers_before = told_by_office
                || (by_sentence[first].start..by_sentence[si].end).any(|i| {
                    matches!(refs[i], Some(EntityRef::Person(_)))
                        && mentions[i].tokens.end <= verb_token
                });
            let titled = |p: &usize| !ex.people[*p].titles.is_empty();
            // "The acting mayor, X, and Daud went down to the beach together": one official
            // is enough when the text says they went as one (a local figure the gazetteer has
            // no title for).
            let said_together = words[verb + 1..words.len().min(verb + 10)].contains(&"together");
            let officials =
                participants.iter().all(titled) || said_together && participants.iter().any(titled);
            (walkers_before && officials).then_some("visit")
        };
        let Some(kind) = trigger(g, doc, sentence.tokens.start, &words[own..])
            .or_else(|| trigger(g, doc, told_over.start, &words))
            .or_else(walked_together)
        else {
            continue;
        };
        // "... but the visit was cancelled": neither held, under way nor planned. ("had been
        // due to meet on June 28, but agreed to postpone the meeting": still planned.)
        let postponed_at =
            (0..words.len()).find(|&k| g.triggers(TriggerKind::MeetingPostponed).at(&words, k));
        // The next sentence, which may tell what became of the meeting (read once).
        let next_words = doc
            .sentences
            .get(si + 1)
            .map(|next| doc.folded_words(next.tokens.clone()));
        // "X had been due to meet Y on Tuesday. The meeting was postponed to Dec. 4": put off
        // in the next sentence, still planned.
        // (Or told by whom: "Lithuania's interior ministry said the meeting had been
        // postponed to Nov. 18.")
        let postponed_next = || {
            next_words.as_deref().is_some_and(|next| {
                let opening = &next[..next.len().min(6)];
                let opens_on_it = matches!(
                    opening,
                    ["the", "meeting" | "talks" | "visit", ..] | ["it", ..]
                ) && g.triggers(TriggerKind::MeetingPostponed).any_in(opening);
                let said_of_it = || {
                    next.windows(3).enumerate().any(|(k, w)| {
                        matches!(w, ["said", "the", "meeting" | "talks" | "visit"])
                            && g.triggers(TriggerKind::MeetingPostponed)
                                .any_in(&next[k + 3..next.len().min(k + 9)])
                    })
                };
                opens_on_it || said_of_it()
            })
        };
        // "A visit by X, planned for Friday, has been postponed. X had been due to meet Y":
        // put off in the sentence before, still planned. (Not when the sentence calls it off
        // itself: "X's trip, where he was to have met Y, was called off".)
        let postponed_before = || {
            let cancelled = g.triggers(TriggerKind::MeetingCancelled);
            let put_off_before = si > 0 && {
                let before = doc.folded_words(doc.sentences[si - 1].tokens.clone());
                g.triggers(TriggerKind::MeetingPostponed).any_in(&before)
                    && !cancelled.any_in(&before)
            };
            put_off_before
                && (0..words.len()).all(|k| {
                    cancelled.longest_at(&words, k).is_none_or(|len| {
                        matches!(words[k], "had" | "was" | "were")
                            && matches!(words[k + len - 1], "meet" | "met")
                    })
                })
        };
        let postponed = postponed_at.is_some() || postponed_next();
        // "X and Y had been due to meet in Lomé on Tuesday. The talks went ahead by video link
        // instead": held after all, and by video or phone when the next sentence says so.
        let went_ahead = next_words.as_deref().and_then(|next| {
            let opens_on_it = matches!(
                next,
                ["the", "meeting" | "talks" | "visit" | "call", ..] | ["it", ..]
            );
            let held = next
                .windows(2)
                .any(|w| matches!(w, ["went", "ahead"] | ["took", "place"]));
            (opens_on_it && held).then(|| {
                is_call(next)
                    || next
                        .iter()
                        .any(|w| matches!(*w, "video" | "phone" | "telephone"))
            })
        });
        // "X was to have met Y on Monday. Neither side had said whether that meeting took
        // place": not known to be off, so still told as planned.
        let outcome_unknown = || {
            next_words.as_deref().is_some_and(|next| {
                next.iter().position(|w| *w == "whether").is_some_and(|w| {
                    next[w..].windows(2).any(|pair| {
                        matches!(
                            pair,
                            ["took", "place"]
                                | ["went", "ahead"]
                                | ["was", "held"]
                                | ["had", "happened"]
                        )
                    })
                })
            })
        };
        if !postponed
            && went_ahead.is_none()
            && g.triggers(TriggerKind::MeetingCancelled).any_in(&words)
            && !outcome_unknown()
            && !postponed_before()
        {
            continue;
        }
        let kind = if went_ahead == Some(true) {
            "call"
        } else {
            kind
        };
        // "X asked last week to meet Y in person. Y declined, ...": a request the next
        // sentence turns down.
        let requested = words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "asked" | "requested" | "sought")
                && words[i + 1..words.len().min(i + 6)]
                    .iter()
                    .any(|w| matches!(*w, "meet" | "meeting" | "talks"))
        });
        // "X has asked for talks with Y, ... but no date has been set": a request still
        // unanswered is no meeting yet.
        let unanswered = || {
            words.windows(2).any(|pair| {
                pair[0] == "no" && matches!(pair[1], "date" | "answer" | "reply" | "response")
            }) || words.contains(&"unanswered")
        };
        if requested && unanswered() {
            continue;
        }
        // "Asked whether he had also met X in Jakarta, Y said only: ...": a meeting asked
        // about is none, unless the answer tells one.
        let own_words = &words[own..];
        if own_words.len() > 2
            && own_words[0] == "asked"
            && matches!(own_words[1], "whether" | "if")
        {
            let answer = own_words
                .iter()
                .position(|w| *w == ",")
                .map_or(own_words.len(), |c| c + 1);
            let answer_start = sentence.tokens.start + answer;
            if trigger(g, doc, answer_start, &own_words[answer..]).is_none() {
                continue;
            }
        }
        if requested
            && doc.sentences.get(si + 1).is_some_and(|next| {
                let opening = next.tokens.start..next.tokens.end.min(next.tokens.start + 5);
                doc.folded_words(opening)
                    .iter()
                    .any(|w| matches!(*w, "declined" | "refused" | "rejected"))
            })
        {
            continue;
        }
        // "had tried twice to call X, but could not get through": a call that never got
        // through is no meeting.
        if words
            .windows(3)
            .any(|w| matches!(w, ["not" | "never", "get" | "got", "through"]))
        {
            continue;
        }
        // "Governor X and Mayor Y visited the shelter": who visit a place together do not
        // meet each other; a visit is a meeting with someone named after it. (Who tour a
        // place together inspect it jointly, a meeting: "X and Y toured the beach".)
        let toured = || {
            (0..words.len())
                .find(|&v| is_visit(g, words[v]) || goes_out_with(&words, v))
                .is_some_and(|v| words[v].starts_with("tour") || goes_out_with(&words, v))
        };
        // (Officials of one country who visit a place together inspect it jointly too: "The
        // mayor and the government's subdelegate visited the beach"; not the consuls of two
        // countries, each visiting their own nationals.)
        // (Nor one who serves no country, as a U.N. agency's representative beside a
        // governor: "The governor of Wadi Fira and UNHCR's representative in Chad visited the
        // crossing".)
        let officials_of_one_country = || {
            let first = &ex.people[participants[0]];
            let share_a_place = || {
                participants.iter().all(|&p| {
                    ex.people[p]
                        .affiliations
                        .iter()
                        .any(|a| first.affiliations.contains(a))
                })
            };
            // (Affiliations are the gazetteer's places.)
            let serves_none = participants
                .iter()
                .any(|&p| ex.people[p].affiliations.is_empty());
            let one_country_at_most = || {
                let mut countries = participants.iter().flat_map(|&p| {
                    ex.people[p]
                        .affiliations
                        .iter()
                        .filter_map(|&a| g.places[a].country.as_deref())
                });
                // (One country at least: two named by title alone tell none.)
                let first_country = countries.next();
                first_country.is_some() && countries.all(|c| Some(c) == first_country)
            };
            participants
                .iter()
                .all(|&p| !ex.people[p].titles.is_empty())
                && (share_a_place() || (serves_none && one_country_at_most()))
        };
        if kind == "visit"
            && participants.len() >= 2
            && !with_office_holder
            && !toured()
            && !officials_of_one_country()
        {
            let verb = words.iter().position(|w| is_visit(g, w)).or_else(walk_verb);
            // (Unless they do it "together": "will tour the camp together on Thursday".)
            let visitors_only = verb.is_some_and(|v| {
                let verb_token = told_over.start + v;
                // ("had agreed to visit the checkpoint with him": with the one named before.)
                let with_the_other = words[v + 1..words.len().min(v + 9)]
                    .windows(2)
                    .any(|w| w[0] == "with" && matches!(w[1], "him" | "her"));
                // ("A joint visit by the two ministers".)
                let together = words[v + 1..words.len().min(v + 7)].contains(&"together")
                    || (v > 0 && words[v - 1] == "joint")
                    || with_the_other
                    || acts_on_together(&words, v);
                (by_sentence[first].start..by_sentence[si].end)
                    .filter(|&i| matches!(refs[i], Some(EntityRef::Person(_))))
                    .all(|i| mentions[i].tokens.end <= verb_token)
                    && !together
            });
            if visitors_only {
                continue;
            }
        }
        let outing = kind == "visit" && walk_verb().is_some();
        let topic = topic(g, doc, told_over.clone(), &words);
        if participants.len() < 2 {
            if let (Some(t), Some(last)) = (topic, meetings.last_mut()) {
                last.topic = Some(t);
            }
            continue;
        }
        let in_sentence: Vec<usize> = (by_sentence[first].start..by_sentence[si].end).collect();
        // The people named before word `end` (an offset into `words`), in order, once each.
        let people_named_before = |end: usize| {
            let mut named: Vec<usize> = Vec::new();
            for &i in &in_sentence {
                if let Some(EntityRef::Person(p)) = refs[i] {
                    if mentions[i].tokens.start < told_over.start + end && !named.contains(&p) {
                        named.push(p);
                    }
                }
            }
            named
        };
        // "The INM delegate, X, said the mayor of A, Y, would meet the mayor of B, Z": who
        // tells of a meeting of two others is not at it (unlike "X said she had met Y").
        // (Not "X spoke with Y, the presidency said, and ...": the meeting told before
        // "said" is its own.)
        if first == si {
            if let Some(said) = words
                .iter()
                .position(|w| matches!(*w, "said" | "says"))
                .filter(|&said| trigger(g, doc, told_over.start, &words[..said]).is_none())
            {
                let told_of_self = words[said + 1..]
                    .iter()
                    .find(|w| **w != "that")
                    .is_some_and(|w| matches!(*w, "he" | "she" | "they" | "we" | "i"));
                let mut named_after: Vec<usize> = Vec::new();
                for &i in &in_sentence {
                    if let Some(EntityRef::Person(p)) = refs[i] {
                        if mentions[i].tokens.start > told_over.start + said
                            && !named_after.contains(&p)
                        {
                            named_after.push(p);
                        }
                    }
                }
                if !told_of_self && named_after.len() >= 2 {
                    participants.retain(|p| named_after.contains(p));
                }
            }
        }
        // "X spoke with Y and offered to host talks between Y and Z": talks offered are not
        // held, so Z, named only in the offer, was not at this meeting.
        if let Some(offer) = words.windows(3).position(|w| {
            matches!(w[0], "offered" | "offers" | "offer" | "proposed")
                && w[1] == "to"
                && matches!(w[2], "host" | "mediate" | "broker")
        }) {
            let named_before = people_named_before(offer);
            if named_before.len() >= 2 {
                participants.retain(|p| named_before.contains(p));
            }
        }
        // "X said he had spoken by telephone with Y on Monday, and that the two would meet in
        // London on Nov. 4": a call held, then a meeting planned, in one sentence. Each reads
        // its own words for its status, date and place.
        let body = crate::extract::after_dateline(doc, &doc.sentences[first]).min(words.len());
        // "the two governors will meet", after a call of two governors: those who spoke, named
        // by their office (which the word before "will" is, and "two" or "both" before it).
        let callers_by_office = |noun: usize| {
            let office = words[noun].strip_suffix('s').unwrap_or(words[noun]);
            noun >= 1
                && matches!(words[noun - 1], "two" | "both")
                && participants
                    .iter()
                    .filter(|&&p| holds_office(p, office))
                    .count()
                    >= 2
        };
        // Where the person named just before word `end` (its "will") starts, as an offset
        // into `words`: a caller who is the subject of what follows.
        let named_subject = |end: usize| {
            in_sentence.iter().find_map(|&i| {
                let m = &mentions[i];
                (m.tokens.end == told_over.start + end
                    && matches!(refs[i], Some(EntityRef::Person(p)) if participants.contains(&p)))
                .then(|| m.tokens.start - told_over.start)
            })
        };
        // "and that she would travel to Cozumel on Friday to meet Y": the caller's own trip
        // to meet someone, from its subject.
        let own_trip = |meet: usize| {
            (body + 2..meet)
                .rev()
                .take(8)
                .find(|&t| {
                    // ("..., his office said, and will travel to London in December to meet
                    // her": the caller's, the subject left out.)
                    // ("and that he would visit Tehran in February to meet him": a visit
                    // made to meet someone is a trip.)
                    // ("and would come to Bad Bentheim to meet her": so is one made to
                    // come to someone.)
                    (is_travel_verb(g, words[t]) || matches!(words[t], "visit" | "come"))
                        && matches!(words[t - 1], "would" | "will")
                        && matches!(words[t - 2], "he" | "she" | "they" | "and")
                })
                .map(|t| t - 2)
        };
        // So does "X and Y inspected the border post together and agreed to meet again in
        // Lusaka in June": a meeting held, then one planned.
        // (Both named before: not "The two governors agreed to meet again in Phoenix, Hobbs'
        // office said", a plan alone.)
        let meet_again = || {
            let Some(agreed) = words
                .windows(4)
                .position(|w| w[1..] == ["to", "meet", "again"] && w[0] == "agreed")
            else {
                return false;
            };
            people_named_before(agreed).len() >= 2
        };
        let then_meet = ((kind == "call" || meet_again()) && first == si)
            .then(|| {
                // Those who spoke meet ("the two would meet", "agreed to meet"), not others
                // ("agreed that the two presidents would meet").
                // So do the caller's own plans to meet or tour with someone ("and she plans to
                // tour the border with Sheriff X").
                (body + 2..words.len()).find(|&j| {
                    // "and he is due to meet Y": the caller's own plan too.
                    let own_plan = || {
                        let due = words[j - 2] == "due"
                            && j >= body + 4
                            && matches!(words[j - 3], "is" | "was" | "are" | "were");
                        let subject = if due { j - 4 } else { j - 3 };
                        j >= body + 3
                            && (due
                                || matches!(words[j - 2], "plans" | "plan" | "intends" | "expects"))
                            && matches!(words[subject], "he" | "she" | "they" | "two" | "both")
                    };
                    match words[j] {
                        "meet" => match words[j - 1] {
                            "would" | "will" => {
                                matches!(
                                    words[j - 2],
                                    "two" | "they" | "both" | "and" | "he" | "she"
                                ) || callers_by_office(j - 2)
                            }
                            "to" => {
                                matches!(
                                    words[j - 2],
                                    "agreed" | "decided" | "promised" | "arranged" | "planned"
                                ) || own_plan()
                                    || own_trip(j).is_some()
                            }
                            _ => false,
                        },
                        "tour" | "visit" => {
                            (words[j - 1] == "to" && own_plan())
                                || (matches!(words[j - 1], "will" | "would")
                                    && named_subject(j - 1).is_some())
                        }
                        _ => false,
                    }
                })
            })
            .flatten();
        // The planned part opens on its subject when a caller named there tours or visits
        // ("... held a video call on Tuesday, and Bullrich will visit Paso de los Libres with
        // Valdés"): who goes is the one named, with those the visit names.
        // (A trip's subject is a pronoun for the caller, who is still to be added.)
        let trip_from = then_meet.and_then(|j| own_trip(j).filter(|_| words[j] == "meet"));
        let planned_from = then_meet.map(|j| {
            named_subject(j - 1)
                .filter(|_| words[j] != "meet")
                .or(trip_from)
                .unwrap_or(j)
        });
        let parts: Vec<(&str, std::ops::Range<usize>)> = match (then_meet, planned_from) {
            (Some(j), Some(from)) => {
                let planned = if words[j] == "meet" {
                    "meeting"
                } else {
                    "visit"
                };
                vec![(kind, 0..from), (planned, from..words.len())]
            }
            _ => vec![(kind, 0..words.len())],
        };
        let mut evidence: Vec<crate::extract::Evidence> = in_sentence
            .iter()
            .filter(|&&i| matches!(refs[i], Some(EntityRef::Person(_))))
            .map(|&i| evidence_of(&mentions[i]))
            .map(|mut e| {
                e.rule = "meeting-sentence";
                e.confidence = 0.7;
                e
            })
            .collect();
        // "The mayor and the station chief met the new arrivals together": told by office, its
        // people named in the sentences after; the meeting's own sentence is still its source.
        if evidence.is_empty() {
            evidence.push(crate::extract::Evidence {
                sentence: si,
                rule: "meeting-sentence",
                confidence: 0.7,
            });
        }
        // "Joly and Bárcena to meet in Ottawa": a headline tells what will happen so. (In the
        // body, "flew to Ottawa to meet Paz" tells a purpose.)
        let headline = doc.sentences[first].paragraph == 0;
        // "On the sidelines, X and Y held talks": a meeting of their own, beside the one told.
        // So is "X and Y last met in June": an earlier one.
        let aside = words.contains(&"sidelines")
            || words
                .windows(2)
                .any(|w| w[0] == "last" && matches!(w[1], "met" | "spoke" | "talked"));
        let person_at = |i: usize| match refs[i] {
            Some(EntityRef::Person(p)) if participants.contains(&p) => Some(p),
            _ => None,
        };
        let offset = |i: usize| mentions[i].tokens.start - told_over.start;
        for (kind, span) in parts {
            let own_words = &words[span.clone()];
            let status = if then_meet.is_some() {
                if span.start == 0 {
                    MeetingStatus::Held
                } else {
                    MeetingStatus::Planned
                }
            } else if went_ahead.is_some() {
                MeetingStatus::Held
            } else if postponed || (headline && own_words.windows(2).any(|w| w == ["to", "meet"])) {
                MeetingStatus::Planned
            } else {
                status(g, own_words)
            };
            // Without a place in the sentence, a meeting held is where the story is filed
            // from. A call has no place: the places its sentence names are what it was about.
            let in_span: Vec<usize> = in_sentence
                .iter()
                .copied()
                .filter(|&i| {
                    let t = mentions[i].tokens.start;
                    t >= told_over.start + span.start && t < told_over.start + span.end
                })
                .collect();
            // A meeting planned "on the bridge" or "at the crossing", named nowhere, is to be
            // held where the story is filed from, as one held is.
            let at_local_spot = || {
                own_words.windows(3).any(|w| {
                    matches!(w[0], "on" | "at")
                        && w[1] == "the"
                        && matches!(w[2], "bridge" | "crossing" | "border")
                })
            };
            // "Cuba's consul in Mérida, X, will meet Vila in the city on Monday": the town
            // named last before "the city", in this sentence or the one before.
            let town_named_before = || {
                // (Not "at the town hall": the noun must end the phrase.)
                let k = (0..own_words.len().saturating_sub(2)).find(|&k| {
                    matches!(
                        own_words[k..k + 3],
                        ["in" | "at", "the", "city" | "town" | "port"]
                    ) && matches!(
                        own_words.get(k + 3).copied().unwrap_or_default(),
                        "" | "," | "on" | "next" | "this" | "last" | "to" | "and" | "with"
                    )
                })?;
                let at = told_over.start + span.start + k;
                let from = by_sentence[first.saturating_sub(1)].start;
                (from..by_sentence[si].end)
                    .rev()
                    .filter(|&i| mentions[i].tokens.end <= at)
                    .find_map(|i| match refs[i] {
                        Some(EntityRef::Place(p)) if ex.places[p].kind == PlaceKind::City => {
                            Some(p)
                        }
                        _ => None,
                    })
            };
            // "met the survivors together at the hall on Wednesday", after "taken by bus to a
            // sports hall in Espargos": the town the article put that place in before.
            // ("at the reception center", after "to the reception center in Bweyale": a word
            // may qualify the noun.)
            let facility_named_before = || {
                let is_facility = |w: &str| {
                    matches!(
                        w,
                        "hall"
                            | "camp"
                            | "centre"
                            | "center"
                            | "shelter"
                            | "stadium"
                            | "school"
                            | "church"
                            | "gym"
                            | "warehouse"
                    )
                };
                let facility_at = |n: usize| own_words.get(n).copied().filter(|&w| is_facility(w));
                let (k, noun) = (0..own_words.len().saturating_sub(2)).find_map(|k| {
                    if !matches!(own_words[k..k + 2], ["in" | "at", "the"]) {
                        return None;
                    }
                    let qualifier = own_words[k + 2].chars().all(char::is_alphabetic);
                    facility_at(k + 2)
                        .or_else(|| facility_at(k + 3).filter(|_| qualifier))
                        .map(|noun| (k, noun))
                })?;
                let at = told_over.start + span.start + k;
                mentions
                    .iter()
                    .zip(refs)
                    .rev()
                    .filter(|(m, _)| m.tokens.end <= at && m.tokens.start >= 2)
                    .find_map(|(m, r)| match r {
                        Some(EntityRef::Place(p))
                            if ex.places[*p].kind == PlaceKind::City
                                && doc.folded(m.tokens.start - 1) == "in"
                                && doc.folded(m.tokens.start - 2) == noun =>
                        {
                            Some(*p)
                        }
                        _ => None,
                    })
            };
            // "met on Wednesday in this town in the Atacama Desert": the town the story is
            // filed from, whatever else the sentence names.
            let this_town = || {
                own_words.windows(3).any(|w| {
                    matches!(
                        w,
                        ["in" | "at", "this", "town" | "city" | "village" | "port"]
                    )
                })
            };
            let location = (kind != "call")
                .then(|| {
                    dateline
                        .filter(|_| this_town())
                        .or_else(|| location(g, doc, mentions, refs, &in_span, ex))
                        .or_else(town_named_before)
                        .or_else(facility_named_before)
                        .or(dateline
                            .filter(|_| status != MeetingStatus::Planned || at_local_spot()))
                })
                .flatten();
            // (Not the date a dateline gives: "SANTO DOMINGO, March 6 (Reuters) - X met Y on
            // Tuesday" met on Tuesday.)
            // A meeting put off is dated by what follows ("postponed to March 3"), not by
            // the date it had.
            let dated_from = body.max(span.start).max(postponed_at.unwrap_or(0));
            let dated = &words[dated_from.min(span.end)..span.end];
            let date = published.and_then(|p| date_in(dated, p, status));
            // The day told, as read against any publication date when the article has none:
            // meetings told on two days are two. (Without the article's date, "on Monday" and
            // "Oct. 7" may be one day: a weekday is compared with weekdays only.)
            let day_told = match published {
                Some(_) => date.map(|d| (d, DayTold::Exact)),
                None => date_in(dated, ANY_PUBLICATION_DATE, status).map(|d| {
                    let told = if dated.iter().any(|w| month_number(w).is_some()) {
                        DayTold::Calendar
                    } else {
                        DayTold::Weekday
                    };
                    (d, told)
                }),
            };
            // "X had spoken with Y, and would meet Z in Madrid": the call is X's and Y's, the
            // meeting X's (who spoke first) and Z's; "the two would meet": both.
            // (Not whose office tells it: "..., and the two agreed to meet in Vancouver, X's
            // office said".)
            let named_in_span: Vec<usize> = in_span
                .iter()
                .filter(|&&i| {
                    !crate::extract::mentions::possessive_after(doc, mentions[i].tokens.end - 1)
                })
                .filter_map(|&i| person_at(i))
                .collect();
            let participants: Vec<usize> = match then_meet {
                // ("Faber's ministry said she had spoken with Faeser by phone": whose office
                // tells of the call held it, where only one other is named in it.)
                Some(_) if span.start == 0 && named_in_span.len() == 1 => {
                    let mut ps: Vec<usize> = Vec::new();
                    for p in in_span.iter().filter_map(|&i| person_at(i)) {
                        if !ps.contains(&p) {
                            ps.push(p);
                        }
                    }
                    ps
                }
                Some(_) if span.start == 0 => named_in_span,
                Some(j) if planned_from != Some(j) && trip_from.is_none() => named_in_span,
                // "and the two are due to meet in N'Djamena on July 23, before Grandi visits
                // the camps": those who spoke, whoever the plan names after.
                Some(j)
                    if words[j.saturating_sub(4)..j]
                        .iter()
                        .any(|w| matches!(*w, "two" | "both" | "they")) =>
                {
                    participants.clone()
                }
                Some(_) if !named_in_span.is_empty() => {
                    let first_named = in_sentence
                        .iter()
                        .filter(|&&i| offset(i) >= body)
                        .find_map(|&i| person_at(i));
                    let mut ps: Vec<usize> = first_named.into_iter().collect();
                    for p in named_in_span {
                        if !ps.contains(&p) {
                            ps.push(p);
                        }
                    }
                    ps
                }
                _ => participants.clone(),
            };
            if participants.len() < 2 {
                continue;
            }
            // "X met separately with A and with B": X met each of them, in a meeting of its own.
            // (Where the ones met apart are named from.)
            let met_apart_from = own_words
                .iter()
                .position(|w| matches!(*w, "separately" | "separate"))
                .filter(|&at| own_words[at..].contains(&"with"))
                .map(|at| told_over.start + span.start + at)
                // "X carried messages between A and B, who sat in separate rooms": a go-between
                // meets each side, the sides not each other.
                .or_else(|| {
                    own_words
                        .windows(2)
                        .position(|w| {
                            matches!(w[0], "messages" | "shuttled" | "shuttling")
                                && w[1] == "between"
                        })
                        .map(|at| told_over.start + span.start + at + 1)
                });
            let meetings_told: Vec<Vec<usize>> = match met_apart_from {
                Some(token) => {
                    let (before, after): (Vec<usize>, Vec<usize>) =
                        participants.iter().partition(|&&p| {
                            in_span.iter().any(|&i| {
                                person_at(i) == Some(p) && mentions[i].tokens.start < token
                            })
                        });
                    if before.is_empty() || after.is_empty() {
                        vec![participants]
                    } else {
                        before
                            .iter()
                            .flat_map(|&b| after.iter().map(move |&a| vec![b, a]))
                            .collect()
                    }
                }
                // "X met A and B separately": the one named first met each of the others.
                None if participants.len() >= 3 && own_words.contains(&"separately") => {
                    participants[1..]
                        .iter()
                        .map(|&other| vec![participants[0], other])
                        .collect()
                }
                None => vec![participants],
            };
            // "They met again at the post on Wednesday": another meeting of the same people.
            let met_again = own_words
                .windows(2)
                .any(|w| matches!(w, ["met" | "meet" | "talked" | "spoke", "again"]));
            for participants in meetings_told {
                let meeting = Meeting {
                    participants,
                    location,
                    date,
                    status,
                    kind: kind.to_string(),
                    topic: topic.clone(),
                    evidence: evidence.clone(),
                };
                // "Chaves was joined by ...": people added to the last meeting told, which one of them
                // was at (however far back the article told it).
                // "X and Y also took part": whoever they are.
                let joins_last = first == si
                    && (g.triggers(TriggerKind::MeetingJoined).any_in(&words)
                        || g.triggers(TriggerKind::MeetingCompanion).any_in(&words)
                            && meetings.last().is_some_and(|last| {
                                last.participants
                                    .iter()
                                    .any(|p| meeting.participants.contains(p))
                            }));
                // The same meeting told twice: most participants shared. Else the last one, joined.
                let told_again = meetings.iter().enumerate().position(|(i, m)| {
                    // Nor is a meeting planned the one held: "would speak next week" after "held a
                    // video call last month" (one under way may be the one planned).
                    let planned_and_held = matches!(
                        (m.status, meeting.status),
                        (MeetingStatus::Planned, MeetingStatus::Held)
                            | (MeetingStatus::Held, MeetingStatus::Planned)
                    );
                    // Nor is two officials' outing the meeting of more they were at: "X and Y
                    // went out on the river together last week", after a meeting of four.
                    let outing_of_fewer =
                        outing && meeting.participants.len() < m.participants.len();
                    // Nor is "A, B and C met privately with D" the meeting of A, B and C told
                    // before: a side meeting, with someone new.
                    let in_private = own_words.contains(&"privately")
                        && meeting
                            .participants
                            .iter()
                            .any(|p| !m.participants.contains(p));
                    // Nor one told on another day: "spoke by phone on Monday ... since the two
                    // men met in Damascus on April 22".
                    let other_day = matches!(
                        (days_told[i], day_told),
                        (Some((a, told_a)), Some((b, told_b))) if told_a == told_b && a != b
                    );
                    // Nor is a call the meeting held at a place: "spoke by phone on Monday ...
                    // since the two men met in Damascus". (A headline may tell a call and a
                    // meeting in one: "X and Y postpone summit; ministers talk by phone".)
                    let in_headline = m
                        .evidence
                        .first()
                        .is_some_and(|e| doc.sentences[e.sentence].paragraph == 0);
                    let call_and_met_somewhere = (m.kind == "call") != (meeting.kind == "call")
                        && (if m.kind == "call" {
                            meeting.location
                        } else {
                            m.location
                        })
                        .is_some()
                        && !in_headline;
                    if aside
                        || call_and_met_somewhere
                        || planned_and_held
                        || outing_of_fewer
                        || met_again
                        || in_private
                        || other_day
                    {
                        return false;
                    }
                    let shared = m
                        .participants
                        .iter()
                        .filter(|p| meeting.participants.contains(p))
                        .count();
                    shared >= 2 || shared == meeting.participants.len().min(m.participants.len())
                });
                let same = match told_again {
                    Some(i) => Some(i),
                    None if joins_last => meetings.len().checked_sub(1),
                    None => None,
                };
                match same {
                    Some(i) => {
                        let m = &mut meetings[i];
                        days_told[i] = days_told[i].or(day_told);
                        for p in meeting.participants {
                            if !m.participants.contains(&p) {
                                m.participants.push(p);
                            }
                        }
                        m.location = m.location.or(meeting.location);
                        m.date = m.date.or(meeting.date);
                        m.topic = m.topic.take().or(meeting.topic);
                        if meeting.status == MeetingStatus::Held {
                            m.status = MeetingStatus::Held;
                        }
                        m.evidence.extend(meeting.evidence);
                    }
                    None => {
                        meetings.push(meeting);
                        days_told.push(day_told);
                        sentences_told.push(first);
                    }
                }
            }
        }
    }
    // "X had been due to tour the centre with A and B. X pulled out on Tuesday ... A and B
    // went ahead without her": one who pulled out of a visit the others made was not at it.
    // (The visit they made, told apart right after, is the same one.)
    let word_at = |t: usize| {
        if t < doc.tokens.len() {
            doc.folded(t)
        } else {
            ""
        }
    };
    let told_over = |m: &Meeting| {
        let told = m.evidence.iter().map(|e| e.sentence);
        told.clone().min().zip(told.max())
    };
    let mut k = 0;
    while k < meetings.len() {
        let m = &mut meetings[k];
        k += 1;
        if m.participants.len() < 3 {
            continue;
        }
        let Some((first, last)) = told_over(m) else {
            continue;
        };
        let pulled_out: Vec<usize> = (first..=(last + 1).min(doc.sentences.len() - 1))
            .flat_map(|s| by_sentence[s].clone())
            .filter_map(|i| match refs[i] {
                Some(EntityRef::Person(p)) if m.participants.contains(&p) => {
                    let end = mentions[i].tokens.end;
                    let out = matches!(
                        (word_at(end), word_at(end + 1)),
                        ("pulled" | "dropped" | "backed", "out") | ("withdrew", _)
                    );
                    out.then_some(p)
                }
                _ => None,
            })
            .collect();
        if pulled_out.is_empty() || m.participants.len() < pulled_out.len() + 2 {
            continue;
        }
        m.participants.retain(|p| !pulled_out.contains(p));
        let mut went = m.participants.clone();
        went.sort_unstable();
        let made = meetings[k..].iter().position(|other| {
            let mut those = other.participants.clone();
            those.sort_unstable();
            those == went && told_over(other).is_some_and(|(from, _)| from <= last + 2)
        });
        if let Some(at) = made {
            let made = meetings.remove(k + at);
            let m = &mut meetings[k - 1];
            m.status = made.status;
            m.location = made.location.or(m.location);
            m.date = made.date.or(m.date);
            m.evidence.extend(made.evidence);
        }
    }
    // "discussed the landing by phone on Tuesday, their second call in a week": the same
    // people spoke before, on a day not told, once for each count past the first.
    let mut earlier = Vec::new();
    for m in &meetings {
        let told_before = m
            .evidence
            .iter()
            .filter_map(|e| earlier_ones_told(doc, e.sentence))
            .max()
            .unwrap_or(0);
        for _ in 0..told_before {
            earlier.push(Meeting {
                location: None,
                date: None,
                status: MeetingStatus::Held,
                topic: None,
                ..m.clone()
            });
        }
    }
    meetings.extend(earlier);
    // "A passenger reached the volunteer by phone": a meeting is one of officials; a migrant
    // talking with people of whom none holds an office is in none. (Those the article does
    // not title may still be officials: "the heads of the two agencies, X and Y, are to meet".)
    meetings.retain(|m| {
        let role = |&p: &usize| ex.people[p].role;
        m.participants.iter().any(|p| role(p) == Role::Official)
            || !m.participants.iter().any(|p| role(p) == Role::Migrant)
    });
    meetings
}

/// Whether an office word (folded) names a seat on the body a word told (folded): "The
/// councillor, X", after "the Regional Council's member for Minjilang"; "The lawmaker, X",
/// after "a member of the European Parliament".
fn sits_on(office: &str, body: &str) -> bool {
    ["lor", "or", "er"]
        .iter()
        .any(|suffix| body.len() >= 5 && office.strip_suffix(suffix) == Some(body))
        || (matches!(office, "lawmaker" | "legislator")
            && matches!(body, "parliament" | "congress" | "assembly" | "senate"))
}

/// How many meetings of the same people before this one sentence `si` tells of by counting
/// it: "their second call in a week" (one), "the third meeting this month" (two).
fn earlier_ones_told(doc: &Doc, si: usize) -> Option<usize> {
    let words = doc.folded_words(doc.sentences[si].tokens.clone());
    let word = |i: usize| words.get(i).copied().unwrap_or("");
    (1..words.len()).find_map(|i| {
        let count = match words[i] {
            "second" => 1,
            "third" => 2,
            "fourth" => 3,
            _ => return None,
        };
        // A span of time it falls in, or whom it was of: "in a week", "this year", "since
        // May", "of the two" (not "the second meeting in Brussels", "of the commission").
        let counted_over = match word(i + 2) {
            "this" | "since" => true,
            "in" => matches!(word(i + 3), "a" | "as" | "two" | "three" | "less" | "under"),
            "of" => word(i + 3) == "the" && matches!(word(i + 4), "two" | "pair" | "year"),
            _ => false,
        };
        // (Not one still ahead: "ahead of the second round of talks", "before the third
        // meeting".)
        let ahead = i >= 2 && matches!(word(i - 2), "before" | "of" | "for" | "until");
        (matches!(words[i - 1], "their" | "the")
            && matches!(word(i + 1), "call" | "meeting" | "conversation" | "talks")
            && counted_over
            && !ahead)
            .then_some(count)
    })
}

/// A word of a visit ("visited", "toured"): a meeting with whom is visited, or with whom the
/// visit is made (`visit_verb` in `data/triggers.tsv`).
fn is_visit(g: &Gazetteer, word: &str) -> bool {
    g.is_trigger(TriggerKind::VisitVerb, word)
}

/// The kind of meeting a sentence (its folded `words`, from token `base`) tells of, if any.
fn trigger(g: &Gazetteer, doc: &Doc, base: usize, words: &[&str]) -> Option<&'static str> {
    let meeting = g.triggers(TriggerKind::Meeting);
    // "received Saiz", "will receive the UNHCR representative", "hosted his Colombian
    // counterpart": receiving or hosting is a meeting when a name or a counterpart follows;
    // not "received a meal", "will receive its citizens".
    let hosts_someone = |i: usize| {
        let next = i + 1 + usize::from(matches!(words.get(i + 1), Some(&("the" | "a" | "an"))));
        let counterpart = matches!(words.get(i + 1), Some(&("his" | "her" | "their")))
            && words[i + 2..words.len().min(i + 5)]
                .iter()
                .any(|w| matches!(*w, "counterpart" | "counterparts"));
        // (Not "hosting Honduran migrants": a demonym names no one hosted, unless a title
        // follows it: "host Turkish President X".)
        let named = |t: usize| t < words.len() && doc.is_capitalised(base + t);
        (named(next) && (g.demonym(words[next]).is_none() || named(next + 1))) || counterpart
    };
    // "was received at the dock on Wednesday by the mayor of Guiria, X", "were welcomed by
    // Governor Y", "was received at the ministry by its deputy director general": the passive
    // names the host after "by", in the same clause (not "was greeted by cheering crowds").
    let received_by = |i: usize| {
        i >= 1
            && matches!(words[i - 1], "was" | "were" | "been" | "being")
            && matches!(
                words[i],
                "received" | "welcomed" | "greeted" | "hosted" | "met"
            )
            && clause_from(words, i + 1, 9)
                .iter()
                .position(|w| *w == "by")
                .is_some_and(|by| {
                    // ("by its deputy director general, X": the body's own.)
                    let host = i
                        + 2
                        + by
                        + usize::from(matches!(words.get(i + 2 + by), Some(&("the" | "its"))));
                    host < words.len()
                        && (doc.is_capitalised(base + host) || g.title(words[host]).is_some())
                })
    };
    // "if they met at a regional summit": a meeting supposed, not told (an "if" shortly
    // before, in the same clause).
    let supposed = |i: usize| {
        words[i.saturating_sub(10)..i]
            .iter()
            .rev()
            .take_while(|w| !matches!(**w, "," | ";"))
            .any(|w| *w == "if")
    };
    // "said he would meet Bullrich in person if Argentina agreed": a meeting on a condition,
    // which the text does not say will happen ("would" shortly before, "if" or "unless" after
    // in the same sentence).
    // "the two had agreed that their foreign ministers would meet": others meet, whom the
    // possessive names by office only.
    let by_others = |i: usize| {
        i >= 3
            && matches!(words[i - 1], "would" | "will" | "to" | "should")
            && (i.saturating_sub(6)..i - 2)
                .rev()
                .take_while(|&k| !matches!(words[k], "," | ";" | "."))
                .any(|k| words[k] == "their")
    };
    let conditioned = |i: usize| {
        words[i.saturating_sub(3)..i]
            .iter()
            .any(|w| matches!(*w, "would" | "could" | "might"))
            && clause_from(words, i + 1, 14)
                .iter()
                .any(|w| matches!(*w, "if" | "unless"))
    };
    // "he would raise the matter with Prime Minister X", "present the plan to Interior
    // Secretary Y": to take a matter up with someone named is to meet them (not "..., if the
    // two met", however far the "if" comes after).
    // So is to discuss it with someone named: "had discussed the landings with Governor X".
    // (Not "raise the arrivals with Sri Lanka": a country is no one met. "Ethiopia's prime
    // minister" and "President X" are.)
    let someone_named_at = |j: usize| {
        let place_alone = |n: usize| {
            words
                .get(j..j + n)
                .is_some_and(|name| g.place(&name.join(" ")).is_some())
                && !(j + n < words.len()
                    && (doc.is_capitalised(base + j + n) || matches!(words[j + n], "'" | "’")))
        };
        doc.is_capitalised(base + j) && !(1..=3).any(place_alone)
    };
    let takes_up_with = |i: usize| {
        let raises = matches!(
            words[i],
            "raise" | "raised" | "raises" | "present" | "presented" | "presents"
        );
        let discusses = matches!(words[i], "discuss" | "discussed" | "discusses");
        // ("present a joint plan to the East African Community's secretary general, X":
        // past "the", an office's owner.)
        (raises
            && (i + 2..words.len().min(i + 9)).any(|j| {
                (matches!(words[j - 1], "with" | "to")
                    || (words[j - 1] == "the" && matches!(words[j - 2], "with" | "to")))
                    && someone_named_at(j)
            })
            // ("discussed the islands with the European Union's home affairs commissioner,
            // X": past "the", an office's owner.)
            || discusses
                && ((i + 2..words.len().min(i + 9)).any(|j| {
                    (words[j - 1] == "with" || words[j - 2..j] == ["with", "the"])
                        && someone_named_at(j)
                })
                // ("discussed the camps along the rail lines with the governor of the State of
                // Mexico, X": an office in lower case, its holder named after the comma.)
                || (i + 3..words.len().min(i + 12)).any(|j| {
                    words[j - 2..j] == ["with", "the"]
                        && g.title(words[j]).is_some()
                        && (j + 2..words.len().min(j + 10))
                            .any(|k| words[k - 1] == "," && someone_named_at(k))
                })))
            && !words[i..].contains(&"if")
    };
    // "will travel to Washington to press Secretary X in person": whom one travels to see in
    // person is met.
    let seen_in_person = |i: usize| {
        i >= 2
            && words[i - 1] == "in"
            && words[i] == "person"
            && words[..i].iter().any(|w| is_travel_verb(g, w))
            && (i.saturating_sub(6)..i - 1).any(|j| doc.is_capitalised(base + j))
    };
    // "with" within `reach` words after the verb at `i`, in its clause, and a capitalised word
    // in the `named_within` after it: the verb is done with someone named.
    let with_someone_named = |i: usize, reach: usize, named_within: usize| {
        (i + 1..words.len().min(i + 1 + reach))
            .find(|&j| words[j] == "with")
            .is_some_and(|with| {
                words[i + 1..with]
                    .iter()
                    .all(|w| !matches!(*w, "," | ";" | "."))
                    && (with + 1..words.len().min(with + 1 + named_within))
                        .any(|j| doc.is_capitalised(base + j))
            })
    };
    // "had spoken with Gov. X by phone", "had discussed the arrivals by phone on Wednesday with
    // his Cuban counterpart, Y": speaking with someone named is a call when the sentence says
    // by what (not "spoke with reporters", nor "spoke with X about the phone").
    let spoke_with_by_phone = |i: usize| {
        matches!(
            words[i],
            "spoke" | "spoken" | "speak" | "speaks" | "discussed" | "discuss" | "discusses"
        ) && with_someone_named(i, 8, 4)
            && words.windows(2).skip(i + 1).any(|w| {
                matches!(
                    w,
                    ["by", "phone" | "telephone" | "videoconference" | "video"]
                )
            })
    };
    // "spoke on Tuesday with Secretary X", "spoke with Governor Y on Monday", "had spoken with
    // Y the previous evening": one official who spoke with another on a day named did so by
    // phone, as news tell it (not "spoke with reporters", nor "spoke with X about the phone",
    // which name no day).
    let spoke_with_on_a_day = |i: usize| {
        matches!(words[i], "spoke" | "spoken")
            && with_someone_named(i, 6, 4)
            && names_a_day(clause_from(words, i + 1, 13))
    };
    // "walked among the new arrivals with the governor of Ouaddaï, X", "walked a stretch of
    // the fence with the commander for the area": a walk taken together is a meeting.
    let walked_with =
        |i: usize| matches!(words[i], "walked" | "walks" | "walk") && with_someone_named(i, 12, 8);
    // "police would meet every bus at the border": vehicles met are no one's meeting (but "X
    // and Y met the buses together" is, as an outing of the two).
    let meets_vehicles = |i: usize| {
        matches!(words[i], "meet" | "meets" | "met")
            && words[i + 1..words.len().min(i + 3)]
                .iter()
                .find(|w| !matches!(**w, "the" | "every" | "each" | "all" | "a" | "an"))
                .is_some_and(|w| g.is_trigger(TriggerKind::Vehicle, w))
            && !words[i + 1..words.len().min(i + 6)].contains(&"together")
    };
    // "talks should go through foreign ministries": talks prescribed, not held.
    let prescribed = |i: usize| {
        matches!(words[i], "talks" | "negotiations" | "dialogue")
            && matches!(
                words.get(i + 1),
                Some(&("should" | "must" | "ought" | "would" | "could" | "might"))
            )
    };
    let at = (0..words.len()).find(|&i| {
        seen_in_person(i)
            || ((spoke_with_by_phone(i) || spoke_with_on_a_day(i)) && !supposed(i))
            || (meeting.at(words, i)
                && !prescribed(i)
                && !meets_vehicles(i)
                && (!matches!(
                    words[i],
                    "receive" | "receives" | "received" | "host" | "hosting" | "hosted" | "hosts"
                ) || hosts_someone(i))
                && !supposed(i)
                && !conditioned(i)
                && !by_others(i))
            || takes_up_with(i)
            || received_by(i)
            || (walked_with(i) && !supposed(i))
    })?;
    if is_call(words) {
        return Some("call");
    }
    Some(match words[at] {
        w if is_visit(g, w) => "visit",
        // (A walk taken together tours a place.)
        "walked" | "walks" | "walk" => "visit",
        // ("paid a courtesy call on the governor": a visit in person.)
        "call" if at > 0 && words[at - 1] == "courtesy" => "visit",
        "call" | "spoke" | "spoken" | "phone" => "call",
        "summit" => "summit",
        "talks" | "talked" | "discussions" | "negotiations" | "dialogue" | "conversation"
        | "negotiating" => "talks",
        _ => "meeting",
    })
}

/// Up to `most` words from `start`, ending before a ";" or a "." that closes the clause.
fn clause_from<'a, 'w>(words: &'a [&'w str], start: usize, most: usize) -> &'a [&'w str] {
    let window = &words[start.min(words.len())..words.len().min(start + most)];
    let end = window
        .iter()
        .position(|w| matches!(*w, ";" | "."))
        .unwrap_or(window.len());
    &window[..end]
}

/// Whether words name a day: a weekday, "yesterday", "the previous evening", "last night".
fn names_a_day(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        crate::date::weekday_number(w).is_some()
            || *w == "yesterday"
            || (matches!(*w, "previous" | "last")
                && words.get(k + 1).is_some_and(|n| {
                    matches!(*n, "evening" | "night" | "morning" | "afternoon")
                        || (*w == "previous" && *n == "day")
                }))
    })
}

/// "spoke by phone", "in a phone call", "a video call", "on a video conference": the meeting
/// was a call, whatever word first said there was one ("discussed ... in a phone call"). Not
/// "agreed during the call to postpone the meeting": a call told before, in which this meeting
/// was spoken of.
fn is_call(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "phone" | "telephone" | "phoned" | "videoconference")
            || (*w == "conference" && i > 0 && words[i - 1] == "video")
            // "spoke by video on Monday", "met via video link", "discussed the crossings by
            // video" (not "joined the meeting by video", one of those met).
            || (*w == "video"
                && i > 1
                && matches!(words[i - 1], "by" | "via")
                && !words[i.saturating_sub(6)..i]
                    .iter()
                    .any(|w| matches!(*w, "joined" | "join" | "joins" | "attended" | "attend")))
            || (matches!(*w, "call" | "calls")
                && i > 0
                && matches!(words[i - 1], "a" | "the" | "video" | "phone" | "telephone")
                && !(words[i - 1] == "the" && i > 1 && words[i - 2] == "during"))
    })
}

fn status(g: &Gazetteer, words: &[&str]) -> MeetingStatus {
    if g.triggers(TriggerKind::MeetingUnderway).any_in(words) {
        MeetingStatus::Underway
    } else if g.triggers(TriggerKind::MeetingPlanned).any_in(words)
        // "met", "held", "spoke", "visited" say it happened; not "will be held". ("Spoke by phone
        // with X, who told her that Peru would accept ...": the "would" is what was said.)
        && !words.iter().enumerate().any(|(i, &w)| {
            matches!(
                w,
                "met" | "spoke" | "talked" | "phoned" | "walked" | "visited" | "toured"
            )
                // ("received the returnees together at the post ..., from where they will be
                // flown home": the meeting's own verb in the past.)
                || (matches!(
                    w,
                    "held" | "received" | "hosted" | "inspected" | "greeted" | "welcomed"
                ) && (i == 0 || words[i - 1] != "be"))
        })
    {
        MeetingStatus::Planned
    } else {
        MeetingStatus::Held
    }
}

/// The stated purpose: the words after "to discuss" up to the end of the clause.
fn topic(
    g: &Gazetteer,
    doc: &Doc,
    tokens: std::ops::Range<usize>,
    words: &[&str],
) -> Option<String> {
    let cues = g.triggers(TriggerKind::MeetingTopic);
    let at = (0..words.len()).find(|&i| cues.at(words, i))?;
    let start = tokens.start + at;
    let end = (start..tokens.end)
        .skip(2)
        .find(|&t| matches!(doc.token_text(t), "." | ";"))
        .unwrap_or(tokens.end);
    let text = doc.span_text(start..end).trim().to_string();
    (text.split_whitespace().count() >= 3).then_some(text)
}

/// Where: a place after "in" or "at" in the sentence, the most precise one.
fn location(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    in_sentence: &[usize],
    ex: &Extraction,
) -> Option<usize> {
    let mut best: Option<(u8, usize)> = None;
    for &i in in_sentence {
        let Some(EntityRef::Place(p)) = refs[i] else {
            continue;
        };
        let m = &mentions[i];
        let s = &doc.sentences[m.sentence].tokens;
        if m.tokens.start <= s.start {
            continue;
        }
        // "visit the jungle province of Darién": read the cue before "the ... province of".
        let mut start = m.tokens.start;
        if start >= s.start + 3
            && doc.folded(start - 1) == "of"
            && [TriggerKind::CityContext, TriggerKind::StateContext]
                .iter()
                .any(|&kind| g.is_trigger(kind, doc.folded(start - 2)))
        {
            start -= 2;
            let mut adjectives = 0;
            while start > s.start + 1 && adjectives < 2 && doc.folded(start - 1) != "the" {
                start -= 1;
                adjectives += 1;
            }
            if start > s.start + 1 && doc.folded(start - 1) == "the" {
                start -= 1;
            } else {
                start = m.tokens.start;
            }
        }
        if start <= s.start {
            continue;
        }
        // "at the midpoint of the Juárez-Lincoln bridge", "in the heart of the capital":
        // read the cue before "the midpoint of".
        if start >= s.start + 4 {
            let the = usize::from(doc.folded(start - 1) == "the");
            let of = start - 1 - the;
            if of >= s.start + 2
                && doc.folded(of) == "of"
                && matches!(
                    doc.folded(of - 1),
                    "midpoint" | "middle" | "center" | "centre" | "foot" | "heart" | "edge"
                )
                && doc.folded(of - 2) == "the"
            {
                start = of - 2;
            }
        }
        if start <= s.start {
            continue;
        }
        // "Cuba's consul general in Mérida, X, met ...": the seat of X's office, not where
        // the meeting is.
        let after = m.tokens.end;
        // (The person set off by commas on both sides: not "in Lima, Vidal said".)
        let office_seat = after + 1 < s.end
            && doc.token_text(after) == ","
            && in_sentence.iter().any(|&j| {
                let person = &mentions[j];
                person.tokens.start == after + 1
                    && matches!(refs[j], Some(EntityRef::Person(_)))
                    && person.tokens.end < s.end
                    && doc.token_text(person.tokens.end) == ","
            });
        // "X, UNHCR's protection officer in Aceh, held ...": the seat of X's office, in an
        // apposition after X's name.
        let appositive_seat = after < s.end
            && doc.token_text(after) == ","
            && (start.saturating_sub(8).max(s.start)..start)
                .rev()
                .find(|&k| doc.token_text(k) == ",")
                .is_some_and(|comma| {
                    // (An apposition opens on a name or an article, not "X, will meet in Y".)
                    let opens_apposition = doc.is_capitalised(comma + 1)
                        || matches!(doc.folded(comma + 1), "the" | "a" | "an");
                    opens_apposition
                        && in_sentence.iter().any(|&j| {
                            mentions[j].tokens.end == comma
                                && matches!(refs[j], Some(EntityRef::Person(_)))
                        })
                });
        // "the central government's subdelegate in Almería", "Afghanistan's consul general in
        // Quetta": the seat of an office, told by the title right before "in" (not "to meet
        // the governor in Saint-Louis on Saturday", where the one met is).
        let title_met = start >= s.start + 4
            && doc.folded(start - 3) == "the"
            && matches!(
                doc.folded(start - 4),
                "meet" | "meets" | "met" | "visit" | "visits" | "visited" | "with"
            );
        let title_seat = start >= s.start + 2
            && doc.folded(start - 1) == "in"
            && g.title(doc.folded(start - 2)).is_some()
            && !title_met;
        // "UNHCR's head of sub-office in Kakuma": the seat of the office one heads, told by
        // the title and "of" before the office's noun. ("the head of the International
        // Organization for Migration's office in Bissau": past a body's long name.)
        let headed_office_seat = start >= s.start + 4
            && doc.folded(start - 1) == "in"
            && g.is_trigger(TriggerKind::PostNoun, doc.folded(start - 2))
            && (start.saturating_sub(12).max(s.start + 1)..start - 2).any(|k| {
                doc.folded(k) == "of"
                    && (doc.folded(k - 1) == "head" || g.title(doc.folded(k - 1)).is_some())
            });
        // "X, who was in Palermo for a meeting on security, visited the quay with Y": where
        // one of them was before, in a clause set off by commas, when the meeting's own verb
        // goes somewhere else (not "X, who was in Vancouver for a conference, met Y").
        // Nor "met at the station with X, who heads the UNHCR office in Panama": the seat
        // of X's office.
        let relative_aside = (start.saturating_sub(10).max(s.start)..start)
            .rev()
            .find(|&k| doc.token_text(k) == ",")
            .filter(|&comma| matches!(doc.folded(comma + 1), "who" | "whose"))
            .is_some_and(|comma| {
                // ("The ambassador, who lives in Dakar and is also accredited here, flew to
                // the island and met the mayor": where one lives or is based.)
                let heads = matches!(
                    doc.folded(comma + 2),
                    "heads"
                        | "leads"
                        | "runs"
                        | "directs"
                        | "chairs"
                        | "manages"
                        | "lives"
                        | "resides"
                ) || (doc.folded(comma + 2) == "is"
                    && matches!(doc.folded(comma + 3), "based" | "posted" | "stationed"));
                let visits_elsewhere = (after..s.end.min(after + 10))
                    .find(|&k| doc.token_text(k) == ",")
                    .is_some_and(|closing| {
                        let verb = closing + 1;
                        verb + 1 < s.end
                            && is_visit(g, doc.folded(verb))
                            && matches!(doc.folded(verb + 1), "the" | "a")
                    });
                heads || visits_elsewhere
            });
        // "the joint coordinator whom UNHCR and the IOM appointed for the Rohingya response in
        // Indonesia met the refugees": a place in a relative clause on one of them that ends
        // where the meeting's verb begins.
        let in_subjects_clause = (after..s.end.min(after + 2)).any(|k| {
            matches!(doc.folded(k), "met" | "meet" | "meets") || is_visit(g, doc.folded(k))
        }) && (start.saturating_sub(30).max(s.start)..start)
            .rev()
            .take_while(|&k| doc.token_text(k) != ",")
            .any(|k| matches!(doc.folded(k), "who" | "whom" | "that"));
        // "will meet X or, if a budget vote keeps him in parliament in Riga, Y, in Valka": a
        // place in a condition, not where they meet.
        let in_condition = (start.saturating_sub(12).max(s.start)..start)
            .rev()
            .take_while(|&k| doc.token_text(k) != ",")
            .any(|k| matches!(doc.folded(k), "if" | "unless"));
        if office_seat
            || in_condition
            || appositive_seat
            || title_seat
            || headed_office_seat
            || relative_aside
            || in_subjects_clause
        {
            continue;
        }
        // "promised buses to take families to shelters in Hermosillo": where someone is to be
        // taken, not where the meeting is.
        let taken_there = (start.saturating_sub(8).max(s.start)..start)
            .rev()
            .take_while(|&k| doc.token_text(k) != ",")
            .any(|k| {
                doc.folded(k) == "to"
                    && matches!(
                        doc.folded(k + 1),
                        "take" | "bring" | "carry" | "move" | "transport" | "send" | "return"
                    )
            });
        if taken_there {
            continue;
        }
        // "..., his office in Bangkok said": where the source of the news is, in the clause
        // that ends the sentence, not where the meeting is.
        let told_from = (s.start..start)
            .rev()
            .take(6)
            .find(|&k| doc.token_text(k) == ",")
            .is_some_and(|comma| {
                let clause = comma + 1..s.end;
                clause.len() <= 10
                    && matches!(doc.folded(comma + 1), "his" | "her" | "their" | "the" | "a")
                    && clause.clone().all(|k| doc.token_text(k) != ",")
                    && clause
                        .clone()
                        .any(|k| g.is_trigger(TriggerKind::SpeechVerb, doc.folded(k)))
            });
        if told_from {
            continue;
        }
        let before = doc.folded(start - 1);
        let before2 = (start >= s.start + 2).then(|| doc.folded(start - 2));
        // "X told reporters in Ankara that he had run into Y at the airport in Brussels":
        // where the meeting was told, not where it was.
        let spoken_there = before == "in"
            && before2.is_some_and(|b| {
                matches!(
                    b,
                    "reporters" | "journalists" | "said" | "says" | "told" | "speaking"
                )
            });
        if spoken_there {
            continue;
        }
        // "will travel to Bogotá to meet ...", "visited Guatemala City", "held talks ... during
        // a visit to Tuxtla": where the trip goes.
        // So is "would visit the Torres Strait" (not "who was visiting the Yuma area", an
        // errand of one of them).
        // (Not "aid for families returning to Syria": a participle that qualifies a noun, not
        // one after "is" or "were".)
        let qualifies_a_noun = |b: &str| {
            b.ends_with("ing")
                && start >= s.start + 3
                && !matches!(
                    doc.folded(start - 3),
                    "is" | "are" | "was" | "were" | "be" | "been" | "am"
                )
        };
        // So is "a visit by Meloni to Tunis to meet Saied", "a trip by X to Y", "a joint
        // visit by the two ministers to the Kasumulu border post".
        let to_at = match (before, before2) {
            ("to", _) => Some(start - 1),
            ("the", Some("to")) => Some(start - 2),
            _ => None,
        };
        let visit_by_to = to_at.is_some_and(|to| {
            (to.saturating_sub(7).max(s.start + 1)..to)
                .rev()
                .take_while(|&k| doc.token_text(k) != ",")
                .any(|k| {
                    doc.folded(k) == "by"
                        && (is_visit(g, doc.folded(k - 1)) || doc.folded(k - 1) == "trip")
                })
        });
        // ("would come to Bad Bentheim to meet her": a trip too.)
        let trip_to = (before == "to"
            && before2.is_some_and(|b| {
                (is_travel_verb(g, b) || is_visit(g, b) || b == "come") && !qualifies_a_noun(b)
            }))
            || visit_by_to
            // ("invited him to Banjul to discuss the route": where the one invited is to go.)
            || (before == "to"
                && start >= s.start + 3
                && before2.is_some_and(|b| matches!(b, "him" | "her" | "them"))
                && matches!(doc.folded(start - 3), "invited" | "invites" | "invite"))
            || (before == "the"
                && before2.is_some_and(|b| {
                    (is_visit(g, b) || matches!(b, "walked" | "walk" | "walks"))
                        && !b.ends_with("ing")
                }));
        // "held a flag meeting at the zero line near Putkhali": a spot told by the town near
        // it.
        let near_a_spot = before == "near"
            && (start.saturating_sub(6).max(s.start)..start - 1)
                .rev()
                .take_while(|&k| !doc.is_capitalised(k) && doc.token_text(k) != ",")
                .any(|k| matches!(doc.folded(k), "at" | "in"));
        // "will meet Gov. Arnold Palacios on Saipan", "met on Lampedusa": "on" a place after
        // the one met or the verb (not "talks on Syria", a topic).
        let met_on = before == "on"
            && start >= s.start + 2
            && (doc.is_capitalised(start - 2)
                || before2.is_some_and(|b| matches!(b, "meet" | "meets" | "met")));
        let locative = matches!(before, "in" | "at")
            || met_on
            || near_a_spot
            || (before == "the" && before2.is_some_and(|b| b == "at" || b == "in"))
            || trip_to
            || is_visit(g, before);
        if !locative {
            continue;
        }
        // "at the Miraflores palace in Caracas": a name that only qualifies a building yields
        // to the town the building is in.
        let names_a_building = after < s.end
            && matches!(
                doc.folded(after),
                "palace" | "hotel" | "residence" | "headquarters" | "building" | "offices"
            );
        let rank = match ex.places[p].kind {
            _ if names_a_building => 1,
            PlaceKind::City | PlaceKind::Landmark => 3,
            PlaceKind::State => 2,
            _ => 1,
        };
        // "when the two meet in Ankara next month": where they meet, said so.
        let meet_in = matches!(before, "in" | "at")
            && before2.is_some_and(|b| {
                matches!(b, "meet" | "meets" | "met" | "meeting" | "talks" | "summit")
            });
        // "said in Rome that he would travel to Tunis to meet ...": where the trip goes, not
        // where the traveller spoke.
        let rank = if trip_to || meet_in { rank + 3 } else { rank };
        if best.is_none_or(|(r, _)| rank > r) {
            best = Some((rank, p));
        }
    }
    best.map(|(_, p)| p)
}

/// "since President X took office", "under President X", "a special envoy of President X",
/// "the government of President X", "asked President X's government for funds": a person
/// named to date or to place someone else, not one who takes part.
fn named_aside(doc: &Doc, m: &Mention) -> bool {
    let sentence = doc.sentences[m.sentence].tokens.start;
    let sentence_end = doc.sentences[m.sentence].tokens.end;
    // "X's government", "X' envoy": the word after the possessive.
    let after_possessive = (m.tokens.end < sentence_end
        && matches!(doc.token_text(m.tokens.end), "'" | "\u{2019}"))
    .then(|| {
        let s = m.tokens.end + 1;
        if s < sentence_end && doc.folded(s) == "s" {
            s + 1
        } else {
            s
        }
    })
    .filter(|&k| k < sentence_end)
    .map(|k| doc.folded(k));
    if matches!(
        after_possessive,
        Some(
            "government" | "administration" | "cabinet" | "envoy" | "envoys" | "emissary" | "aides"
        )
    ) {
        return true;
    }
    // Back over the title before the name ("U.S. President").
    // (A sentence may open on "Since" or "Under".)
    let mut start = m.tokens.start;
    while start > sentence
        && doc.is_capitalised(start - 1)
        && !matches!(doc.folded(start - 1), "since" | "under" | "of")
    {
        start -= 1;
    }
    let word = |k: usize| {
        if start >= sentence + k {
            doc.folded(start - k)
        } else {
            ""
        }
    };
    // "will meet X or, if a budget vote keeps him in parliament, the state secretary, Y": one
    // who comes only if the other cannot.
    let stand_in = (m.tokens.start.saturating_sub(25).max(sentence + 2)..m.tokens.start).any(|k| {
        doc.folded(k) == "if" && doc.token_text(k - 1) == "," && doc.folded(k - 2) == "or"
    });
    if stand_in {
        return true;
    }
    // ("since Petro and Maduro met in Caracas" tells a meeting.)
    let took_office = m.tokens.end < doc.sentences[m.sentence].tokens.end
        && matches!(
            doc.folded(m.tokens.end),
            "took" | "came" | "was" | "assumed" | "won" | "left" | "became"
        );
    word(1) == "under"
        || (word(1) == "since" && took_office)
        || (word(1) == "of"
            && matches!(
                word(2),
                "envoy"
                    | "envoys"
                    | "emissary"
                    | "adviser"
                    | "advisers"
                    | "advisor"
                    | "aide"
                    | "aides"
                    | "ally"
                    | "allies"
                    | "government"
                    | "administration"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "wife"
                    | "husband"
                    | "son"
                    | "daughter"
                    | "widow"
            ))
}

/// Whether the word at `v` tells officials going out on a place together, as news tell a
/// joint inspection: "walked the line", "went out on the river", "crossed the lake together",
/// "will return to the village on Friday with the regional commander".
fn goes_out_with(words: &[&str], v: usize) -> bool {
    let within = |n: usize, word: &str| words[v + 1..words.len().min(v + n)].contains(&word);
    match words[v] {
        "walked" | "walk" => true,
        // ("went down to the river to see the islet": down to a place, as out on one; so is
        // "went to the checkpoint on Wednesday to look at the minibus", to see something
        // there, or to speak with those there; and "went to Island Harbour on Wednesday with
        // the commissioner", as one returns somewhere with someone.)
        "went" | "go" | "goes" => {
            matches!(words.get(v + 1), Some(&("out" | "down")))
                || within(9, "together")
                || (words.get(v + 1) == Some(&"to")
                    && (["look", "see", "inspect", "speak", "talk"]
                        .iter()
                        .any(|w| within(12, w))
                        || within(8, "with")))
        }
        "crossed" | "sailed" | "patrolled" => within(7, "together"),
        "return" | "returned" | "returns" => within(10, "with"),
        // "X and Albanian Prime Minister Y opened a joint border station": a ceremony both
        // attend.
        "opened" | "inaugurated" | "unveiled" => true,
        // "had been due to open a health post in Aceguá together": one still to come.
        "open" | "inaugurate" | "unveil" => within(9, "together"),
        // "X and Y went aboard the boat together", "inspected the new housing together",
        // "watched the plane leave from the tarmac together": whatever officials do at a place
        // as one is a joint inspection.
        // So does "laid a wreath together at the memorial", a ceremony.
        "rode" | "stood" | "saw" | "took" | "flew" | "drove" | "laid" | "lit" | "sat" => {
            within(9, "together")
        }
        // (Not a wish for another clause: "hoped the two governments would work together".)
        w if w.len() > 4 && w.ends_with("ed") => {
            within(9, "together")
                && !words[v + 1..words.len().min(v + 9)]
                    .iter()
                    .any(|w| matches!(*w, "would" | "will" | "could" | "should" | "can" | "must"))
        }
        _ => false,
    }
}

/// "X and Y visited the beach on Tuesday and met the fishermen": the visitors go on to do
/// something more, as one, so they made the visit together. (Without it, "X and Y visited the
/// shelter" may tell two visits.)
fn acts_on_together(words: &[&str], visit: usize) -> bool {
    words[visit + 1..].windows(2).any(|pair| {
        pair[0] == "and"
            && (pair[1].ends_with("ed")
                || matches!(
                    pair[1],
                    "met" | "spoke" | "flew" | "went" | "took" | "saw" | "held" | "gave" | "heard"
                        // "... visited the church hall and said the families would stay": a
                        // word said as one.
                        | "said"
                        | "told"
                ))
    })
}

/// A verb of travelling, which "to" and a place follow (`travel_verb` in `data/triggers.tsv`).
fn is_travel_verb(g: &Gazetteer, word: &str) -> bool {
    g.is_trigger(TriggerKind::TravelVerb, word)
}

/// How far before publication a planned meeting's month and day may fall and still be this
/// year's.
const MOST_DAYS_A_PLAN_LOOKS_BACK: i64 = 60;

/// How a meeting's day was told, for comparing two: against the article's date, or, without
/// it, as a calendar date or a weekday.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DayTold {
    Exact,
    Calendar,
    Weekday,
}

/// A publication date to read the days an article tells against when it has none: only
/// whether two days told are one matters then.
const ANY_PUBLICATION_DATE: Date = Date {
    year: 2001,
    month: 1,
    day: 1,
};

/// A date written in the sentence, resolved against the publication date.
pub fn date_in(words: &[&str], published: Date, status: MeetingStatus) -> Option<Date> {
    for (i, &w) in words.iter().enumerate() {
        // "..., the ministry said on Tuesday": when someone spoke, not when they meet.
        let spoken = words[i.saturating_sub(3)..i].iter().any(|w| {
            matches!(
                *w,
                "said" | "says" | "announced" | "told" | "confirmed" | "reported" | "statement"
            )
        });
        // "on Tuesday, May 14": the calendar date written after the weekday says which one.
        let month_after =
            words
                .get(i + 1..(i + 3).min(words.len()))
                .is_some_and(|after| match after {
                    [m, ..] if month_number(m).is_some() => true,
                    [",", m] => month_number(m).is_some(),
                    _ => false,
                });
        if let Some(wd) = weekday_number(w).filter(|_| !spoken && !month_after) {
            let today = published.weekday() as i64;
            let delta = wd as i64 - today;
            // "a week on Monday": the Monday after the next one, as British news write it.
            let week_on = i >= 3 && words[i - 3..i] == ["a", "week", "on"];
            let days = if status == MeetingStatus::Planned {
                let next = if delta <= 0 { delta + 7 } else { delta };
                if week_on {
                    next + 7
                } else {
                    next
                }
            } else if delta > 0 {
                delta - 7
            } else {
                delta
            };
            return Some(published.plus_days(days));
        }
        if let Some(m) = month_number(w) {
            if let Some(day) = words.get(i + 1).and_then(|d| {
                d.trim_end_matches(|c: char| c.is_alphabetic())
                    .parse::<u32>()
                    .ok()
            }) {
                let year = words
                    .get(i + 3)
                    .and_then(|y| y.parse::<i32>().ok())
                    .filter(|y| *y > 1900)
                    .unwrap_or_else(|| {
                        // A meeting planned is still to come ("will meet on Jan. 8" in a
                        // December story: next year's; not "Sept. 26" in an October story, a
                        // date just past that a planning word may surround); one told
                        // otherwise has mostly been.
                        let long_past = Date::new(published.year, m, day)
                            .is_some_and(|d| d < published.plus_days(-MOST_DAYS_A_PLAN_LOOKS_BACK));
                        if status == MeetingStatus::Planned && long_past {
                            published.year + 1
                        } else if m > published.month + 1 {
                            published.year - 1
                        } else {
                            published.year
                        }
                    });
                return Date::new(year, m, day);
            }
        }
        match w {
            "yesterday" => return Some(published.plus_days(-1)),
            "today" => return Some(published),
            "tomorrow" => return Some(published.plus_days(1)),
            "christmas" => {
                let eve = words.get(i + 1).is_some_and(|&n| n == "eve");
                let year = if published.month == 1 {
                    published.year - 1
                } else {
                    published.year
                };
                return Date::new(year, 12, if eve { 24 } else { 25 });
            }
            _ => {}
        }
    }
    None
}

/// Whether sentence `si` opens by naming officials in a plural and listing them after a dash
/// or colon: "The US officials — Secretary of State A, ... — are ...".
fn officials_listed_next(doc: &Doc, si: usize) -> bool {
    let tokens = doc.sentences[si].tokens.clone();
    if doc.folded(tokens.start) != "the" {
        return false;
    }
    (tokens.start + 1..tokens.end.min(tokens.start + 5)).any(|t| {
        t + 1 < tokens.end
            && matches!(
                doc.folded(t),
                "officials" | "ministers" | "envoys" | "delegates"
            )
            && matches!(doc.token_text(t + 1), "—" | "–" | ":")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::fold;

    /// `read` applied to the folded words of `s` (split at spaces).
    fn on_words<T>(s: &str, read: impl Fn(&[&str]) -> T) -> T {
        let words: Vec<String> = s.split(' ').map(fold).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        read(&words)
    }

    fn date(s: &str, published: Date, status: MeetingStatus) -> Option<Date> {
        on_words(s, |words| date_in(words, published, status))
    }

    #[test]
    fn meeting_words_of_several_words_name_the_kind() {
        let g = Gazetteer::builtin();
        let kind = |s: &str| {
            let doc = Doc::new(&format!("Notes\n\n{s}"), g.cleaner());
            let sentence = doc.sentences.last().expect("a sentence").tokens.clone();
            trigger(&g, &doc, sentence.start, &doc.folded_words(sentence))
        };
        assert_eq!(kind("Whitcomb spoke by phone with Ruiz"), Some("call"));
        assert_eq!(kind("Whitcomb spoke with reporters"), None);
        assert_eq!(
            kind("Whitcomb and Ruiz held separate talks on the buses"),
            Some("meeting")
        );
        assert_eq!(kind("Whitcomb toured the camp with Ruiz"), Some("visit"));
        // Receiving or hosting someone is a meeting; receiving something is not.
        assert_eq!(kind("Whitcomb received Ruiz"), Some("meeting"));
        assert_eq!(
            kind("Whitcomb will receive the Ruiz delegation"),
            Some("meeting")
        );
        assert_eq!(kind("Whitcomb said Lima will receive its citizens"), None);
        assert_eq!(kind("Whitcomb hosted a dinner for Ruiz"), None);
        assert_eq!(kind("Ruiz said Mexico is hosting Honduran migrants"), None);
        // The passive names the host after "by".
        assert_eq!(
            kind("Whitcomb was received at the dock on Monday by the mayor, Ruiz"),
            Some("meeting")
        );
        assert_eq!(
            kind("Whitcomb was welcomed by Governor Ruiz"),
            Some("meeting")
        );
        assert_eq!(
            kind("Whitcomb was received at the ministry by its director, Ruiz"),
            Some("meeting")
        );
        assert_eq!(kind("The boat was greeted by cheering crowds"), None);
        assert_eq!(kind("Whitcomb was received at the dock. Ruiz left"), None);
        assert_eq!(
            kind("Whitcomb hosted his Chilean counterpart, Ruiz"),
            Some("meeting")
        );
        assert_eq!(
            kind("Whitcomb will host her Chilean counterpart, Ruiz, in May"),
            Some("meeting")
        );
        assert_eq!(
            kind("Whitcomb hosted his counterparts from Chile, Ruiz; and Peru, Lugo"),
            Some("meeting")
        );
        // Discussing something with someone named is meeting them; discussing it is not.
        assert!(kind("Whitcomb had discussed the landings with Governor Ruiz").is_some());
        assert_eq!(kind("Whitcomb said Ruiz had discussed the landings"), None);
        // A meeting supposed is none, the "if" up to eight words before its word.
        assert_eq!(
            kind("Whitcomb would raise it with Ruiz if they met at a regional summit"),
            None
        );
        assert_eq!(
            kind("Whitcomb would raise it with Ruiz \"if we see each other\" at a meeting"),
            None
        );
        assert_eq!(
            kind(
                "Whitcomb would raise it with Ruiz \"if we have a moment\" at the regional summit"
            ),
            None
        );
        // A meeting on a condition is none; one promised is planned.
        assert_eq!(
            kind("Ruiz said he would meet Whitcomb in person if the talks went well"),
            None
        );
        assert_eq!(
            kind("Ruiz said he would meet Whitcomb, the governor, unless the vote failed"),
            None
        );
        assert!(kind("Ruiz said he would meet Whitcomb in Lima on Monday").is_some());
        // Speaking with someone on a day named is a call; with someone about a thing is not.
        assert_eq!(
            kind("Whitcomb spoke on Tuesday with Secretary Ruiz about crossings"),
            Some("call")
        );
        assert_eq!(kind("Whitcomb spoke with Ruiz about the phone"), None);
        assert_eq!(
            kind("Whitcomb said he had spoken with President Ruiz the previous evening about it"),
            Some("call")
        );
        assert_eq!(
            kind("Whitcomb said he had spoken with President Ruiz the previous week about it"),
            None
        );
    }

    #[test]
    fn who_tells_of_two_others_meeting_is_not_at_it_nor_is_an_invitation_declined() {
        assert_eq!(
            participants_of(
                "Bridge\n\nThe delegate, Rosa Paz, said the mayor of Tumbal, Ana Ruiz, would \
                 meet the mayor of Quilca, Tomas Lugo, on Friday."
            ),
            [["Ana Ruiz", "Tomas Lugo"]]
        );
        // Who says they met is at it.
        assert_eq!(
            participants_of(
                "Bridge\n\nThe delegate, Rosa Paz, said she had met the mayor of Tumbal, Ana \
                 Ruiz, and the mayor of Quilca, Tomas Lugo, on Friday."
            ),
            [["Ana Ruiz", "Rosa Paz", "Tomas Lugo"]]
        );
        assert!(participants_of(
            "Bridge\n\nGovernor Ana Ruiz declined an invitation from Governor Tomas Lugo to \
             meet on the bridge."
        )
        .is_empty());
    }

    /// What the extractor finds in a text, with the built-in gazetteer.
    fn extracted(text: &str) -> crate::extract::Extraction {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        crate::extract::extract(&g, &doc, None)
    }

    /// The names of who take part in each meeting of a text, sorted.
    fn participants_of(text: &str) -> Vec<Vec<String>> {
        let ex = extracted(text);
        ex.meetings
            .iter()
            .map(|m| {
                let mut names: Vec<String> = m
                    .participants
                    .iter()
                    .map(|&p| ex.people[p].name.clone())
                    .collect();
                names.sort();
                names
            })
            .collect()
    }

    /// Each meeting of a text: its kind, the name of its location, and how many take part.
    fn meetings_of(text: &str) -> Vec<(String, Option<String>, usize)> {
        let ex = extracted(text);
        ex.meetings
            .iter()
            .map(|m| {
                let place = m.location.map(|p| ex.places[p].name.clone());
                (m.kind.clone(), place, m.participants.len())
            })
            .collect()
    }

    #[test]
    fn the_two_of_a_call_who_would_meet_told_by_office_alone_meet_again() {
        let text = "Border\n\nInterior Cabinet Secretary Kithure Kindiki said he had spoken by \
                    phone on Tuesday with Uganda's internal affairs minister, Kahinda Otafiire. \
                    The CS said the two would meet at the border post at Malaba on Aug. 25.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Malaba".to_string()), 2)
            ]
        );
    }

    #[test]
    fn the_two_who_will_speak_again_hold_another_call() {
        let text = "Talks\n\nThe interior minister, Ana Ruiz, discussed the arrivals by phone \
                    on Tuesday with Foreign Minister Eva Sol, the ministry said. The two will \
                    speak again next week, it said.";
        assert_eq!(meetings_of(text).len(), 2, "{:?}", meetings_of(text));
    }

    #[test]
    fn a_meeting_told_on_another_day_or_held_in_person_after_a_call_is_another_meeting() {
        // A call, then the two's earlier meeting at a place (the article undated).
        let text = "Talks\n\nJordan's interior minister, Mazen Faraya, spoke by phone on Monday \
                    with Syria's interior minister, Anas Khattab, his ministry said. It was their \
                    first conversation since the two men met in Damascus on April 22.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("talks".to_string(), Some("Damascus".to_string()), 2)
            ]
        );
        // So since "they" met, in a clause of time.
        let text = text.replace("the two men met", "they met");
        assert_eq!(
            meetings_of(&text),
            [
                ("call".to_string(), None, 2),
                ("talks".to_string(), Some("Damascus".to_string()), 2)
            ]
        );
        // "A meeting of the two", put off: another meeting than the call.
        let text = "Talks\n\nInterior Minister Ali Yerlikaya spoke by phone on Monday with \
                    Iran's interior minister, Eskandar Momeni. A meeting of the two in Van, first \
                    set for Jan. 28, has been postponed to Feb. 11.";
        assert_eq!(meetings_of(text).len(), 2, "{:?}", meetings_of(text));
        // Two days told as weekdays: two meetings; a weekday and a date of an undated article
        // may be one day.
        let text = "Talks\n\nAna Lugo met Tomas Vidal in Lima on Monday. Lugo and Vidal met \
                    again on Thursday.";
        assert_eq!(meetings_of(text).len(), 2);
        let text = "Talks\n\nAna Lugo met Tomas Vidal in Lima on Monday. Lugo and Vidal met \
                    in Lima on Oct. 7, a ministry timeline shows.";
        assert_eq!(meetings_of(text).len(), 1, "{:?}", meetings_of(text));
    }

    #[test]
    fn a_meeting_held_then_agreed_again_elsewhere_is_two_meetings() {
        let text = "Border\n\nHomeland Security Minister Ken Ngoma and Zambia's home affairs \
                    minister, Jack Mwiimbu, inspected the Mwami border post together on \
                    Wednesday and agreed to meet again in Lusaka in June.";
        let ex = extracted(text);
        let told: Vec<(MeetingStatus, Option<String>)> = ex
            .meetings
            .iter()
            .map(|m| (m.status, m.location.map(|p| ex.places[p].name.clone())))
            .collect();
        assert_eq!(
            told,
            [
                (MeetingStatus::Held, Some("Mwami border post".to_string())),
                (MeetingStatus::Planned, Some("Lusaka".to_string()))
            ]
        );
    }

    #[test]
    fn a_meeting_s_own_verb_in_the_past_tells_it_held_whatever_a_later_clause_plans() {
        let text = "ENTIKONG, Indonesia (AP) — Buses came. The head of the border post, Dedi \
                    Kurniawan, counted them.\n\nMinister Abdul Karding and Kurniawan received \
                    the returnees together at the post and watched them board buses for \
                    Pontianak, from where they will be flown home.";
        let ex = extracted(text);
        let told: Vec<(MeetingStatus, Option<String>)> = ex
            .meetings
            .iter()
            .map(|m| (m.status, m.location.map(|p| ex.places[p].name.clone())))
            .collect();
        assert_eq!(told, [(MeetingStatus::Held, Some("ENTIKONG".to_string()))]);
    }

    #[test]
    fn a_surname_two_share_is_not_the_one_named_in_full_beside_it() {
        let text = "Talks\n\nUnification Minister Kim Yung-ho came to Sokcho on Friday. Kim \
                    also said he had spoken by phone on Wednesday with the governor of Gangwon \
                    State, Kim Jin-tae, about housing.";
        assert_eq!(participants_of(text), [["Kim Jin-tae", "Kim Yung-ho"]]);
    }

    #[test]
    fn a_wish_that_governments_work_together_is_no_meeting() {
        let text = "Boats\n\nMinister Ana Lugo walked the beach with the mayor, Tomas Vidal. \
                    Lugo said she had written to Venezuela's interior minister, Luis Paz, and \
                    hoped the two governments would work together.";
        assert_eq!(participants_of(text), [["Ana Lugo", "Tomas Vidal"]]);
        // Nor is a call that never got through.
        let text = "Calls\n\nSpain's foreign minister, Ana Lugo, said she had tried twice on \
                    Monday to call Algeria's foreign minister, Tomas Vidal, but could not get \
                    through.";
        assert!(
            participants_of(text).is_empty(),
            "{:?}",
            participants_of(text)
        );
    }

    #[test]
    fn a_surname_ending_in_ing_that_opens_a_sentence_is_the_person_named_before() {
        let text = "Talks\n\nLabour Minister Abdul Kadir Karding spoke on Monday.\n\nKarding \
                    will meet the premier, Ana Lugo, in Kuching on July 28.";
        assert_eq!(participants_of(text), [["Abdul Kadir Karding", "Ana Lugo"]]);
    }

    #[test]
    fn a_go_between_meets_each_side_and_the_sides_not_each_other() {
        let text = "Talks\n\nIn Dar es Salaam on Tuesday, Tanzania's foreign minister, Ana \
                    Lugo, carried messages between Burundi's foreign minister, Tomas Vidal, and \
                    Rwanda's foreign minister, Eva Ruiz, who sat in separate rooms.";
        assert_eq!(
            participants_of(text),
            [["Ana Lugo", "Tomas Vidal"], ["Ana Lugo", "Eva Ruiz"]]
        );
        assert!(meetings_of(text)
            .iter()
            .all(|(_, place, _)| place.as_deref() == Some("Dar es Salaam")));
    }

    #[test]
    fn a_meeting_with_someone_is_held_by_whom_the_sentence_before_opened_on() {
        let text = "Boats\n\nGovernor Tomas Lugo has asked Madrid for more patrol boats. A \
                    meeting with Interior Minister Ana Vidal, first set for this week, has been \
                    postponed to Jan. 28 in Madrid, his office said.";
        assert_eq!(participants_of(text), [["Ana Vidal", "Tomas Lugo"]]);
        // Not when the sentence before opens on something else.
        let text = "Boats\n\nMadrid has sent more patrol boats, Governor Tomas Lugo said. A \
                    meeting with Interior Minister Ana Vidal has been postponed to Jan. 28.";
        assert!(
            participants_of(text).is_empty(),
            "{:?}",
            participants_of(text)
        );
    }

    #[test]
    fn one_who_pulled_out_of_a_visit_the_others_made_was_not_at_it() {
        let text = "Visit\n\nItaly's prime minister, Ana Vidal, had been due to tour the centre \
                    on Wednesday with Albanian Prime Minister Tomas Lugo and Italy's interior \
                    minister, Eva Ruiz. Vidal pulled out on Tuesday evening, her office said. \
                    Lugo and Ruiz went ahead without her and walked through the centre on \
                    Wednesday.";
        assert_eq!(participants_of(text), [["Eva Ruiz", "Tomas Lugo"]]);
    }

    #[test]
    fn where_a_meeting_is_told_is_not_where_it_was() {
        let text = "Talk\n\nInterior Minister Tomas Lugo told reporters in Ankara on Wednesday \
                    that he had run into Greece's migration minister, Ana Vidal, at the airport \
                    in Brussels on Monday, and that the two had talked for twenty minutes.";
        assert_eq!(
            meetings_of(text),
            [("talks".to_string(), Some("Brussels".to_string()), 2)]
        );
    }

    #[test]
    fn talks_offered_between_others_leave_the_call_to_those_who_spoke() {
        let text = "Talks\n\nKenya's President Tomas Lugo spoke by phone on Tuesday with \
                    Uganda's army chief, General Ana Vidal, the presidency said, and again \
                    offered to host talks between Vidal and Eva Ruiz, the rebel commander.";
        assert_eq!(participants_of(text), [["Ana Vidal", "Tomas Lugo"]]);
        // Who tells of a meeting of others after "said" is still not at it.
        let text = "Talks\n\nThe envoy, Tomas Lugo, said Ana Vidal would meet Eva Ruiz in \
                    Kampala on Friday.";
        assert_eq!(participants_of(text), [["Ana Vidal", "Eva Ruiz"]]);
    }

    #[test]
    fn a_meeting_of_the_three_is_of_the_three_the_sentence_before_named() {
        let text = "Talks\n\nIn Vilnius on Tuesday, Tomas Lugo, Poland's interior minister, \
                    Ana Vidal, Lithuania's, and Eva Ruiz, Latvia's, agreed to share footage. It \
                    was the first meeting of the three since Vidal took office.";
        assert_eq!(
            participants_of(text),
            [["Ana Vidal", "Eva Ruiz", "Tomas Lugo"]]
        );
        // Not when the sentence before named another number.
        let text = "Talks\n\nIn Vilnius on Tuesday, Tomas Lugo and Ana Vidal agreed to share \
                    footage. It was the first meeting of the three since Vidal took office.";
        assert!(
            participants_of(text).is_empty(),
            "{:?}",
            participants_of(text)
        );
    }

    #[test]
    fn a_courtesy_call_is_a_visit_where_the_caller_was() {
        let text = "Border\n\nIndonesia's consul in Vanimo, Sigit Pranowo, who was in Kiunga on \
                    Wednesday, paid a courtesy call on the governor of Western Province, Benedict \
                    Kaiwa, at the provincial office.";
        assert_eq!(
            meetings_of(text),
            [("visit".to_string(), Some("Kiunga".to_string()), 2)]
        );
    }

    #[test]
    fn where_others_are_going_is_not_where_a_meeting_is() {
        let text = "Talks\n\nOn Tuesday, King Abdullah II received the European Commissioner \
                    for the Mediterranean, Dubravka Suica, at the Husseiniya Palace in Amman, and \
                    the two discussed aid for families returning to Syria.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Amman".to_string()), 2)]
        );
    }

    #[test]
    fn a_meeting_on_an_island_is_held_there_but_talks_on_a_country_are_about_it() {
        let text = "Landings\n\nVELMO, Northern Mariana Islands (AP) — Men who set out from \
                    Saipan came ashore here. Delegate Ana Ruiz will meet Gov. Arnold Palacios on \
                    Saipan next week to discuss the landings.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Saipan".to_string()), 2)]
        );
        let text = "Talks\n\nMinister Ana Ruiz held talks on Syria with Minister Luis Paz on \
                    Tuesday.";
        assert_eq!(meetings_of(text)[0].1, None);
    }

    #[test]
    fn what_two_discussed_by_video_is_a_call_held_nowhere() {
        let text = "Crossings\n\nSOUFLI, Greece (AP) — Police found 40 people. Minister Nikos \
                    Rallis discussed the crossings by video on Tuesday with the commissioner, \
                    Ylva Berg.";
        assert_eq!(meetings_of(text), [("call".to_string(), None, 2)]);
        // One who joined a meeting by video was still at a meeting.
        let text = "Crossings\n\nSOUFLI, Greece (AP) — Minister Nikos Rallis met Ylva Berg in \
                    Soufli, and Ana Ruiz joined the meeting by video.";
        assert_ne!(meetings_of(text)[0].0, "call");
    }

    #[test]
    fn a_place_in_a_relative_clause_on_a_participant_is_not_where_they_met() {
        let place = |text: &str| meetings_of(text).first().and_then(|m| m.1.clone());
        let text = "Shed\n\nIDI RAYEUK, Indonesia (AP) — Refugees landed on Tuesday.\n\nThe \
                    regent of East Aceh and the coordinator whom UNHCR appointed last year for \
                    the response in Indonesia met the refugees together on Wednesday in a shed. \
                    The regent, Ridwan Hasballah, said they could stay. The coordinator, Ingrid \
                    Vatne, said she reports to the agency.";
        assert_eq!(place(text), Some("IDI RAYEUK".to_string()));
    }

    #[test]
    fn one_a_correction_adds_to_a_meeting_told_earlier_joins_the_one_its_words_name() {
        let text = "Islands\n\nRAS EL MA, Morocco (AP) — Migrants landed on Tuesday.\n\nThe \
                    garrison commander and the navy commander met aboard a patrol boat on \
                    Wednesday. The garrison commander, Andres Quiroga, said so. The navy \
                    commander, Hicham Zerouali, said no.\n\nInterior Minister Ana Ruiz spoke by \
                    phone with Interior Minister Omar Laftit on Monday.\n\nThe refugee council \
                    said the men should be heard.\n\nCorrection: An earlier version of this \
                    story did not say that the caid, Abdelhak Bouhouch, also took part in the \
                    meeting aboard the patrol boat on Wednesday.";
        let meetings = participants_of(text);
        assert!(
            meetings.contains(&vec![
                "Abdelhak Bouhouch".to_string(),
                "Andres Quiroga".to_string(),
                "Hicham Zerouali".to_string()
            ]),
            "{meetings:?}"
        );
    }

    #[test]
    fn a_meeting_told_by_office_has_its_sentence_as_evidence() {
        let text = "Harbor\n\nPOINT PEDRO, Sri Lanka (AP) — Nineteen people were found on a \
                    boat on Tuesday.\n\nThe divisional secretary of Point Pedro and the navy \
                    commander met the families together at the harbor on Wednesday. The \
                    divisional secretary, Sivagnanam Thevarajah, said they would go home. The \
                    commander, Priyantha Gunasekera, said the owner was sought.";
        let ex = extracted(text);
        assert_eq!(ex.meetings.len(), 1, "{:?}", ex.meetings);
        let sentences: Vec<usize> = ex.meetings[0].evidence.iter().map(|e| e.sentence).collect();
        assert!(sentences.contains(&2), "{sentences:?}");
    }

    #[test]
    fn a_place_in_a_condition_is_not_where_they_meet() {
        let place = |text: &str| meetings_of(text).last().and_then(|m| m.1.clone());
        let text = "Talks\n\nVALGA, Estonia (AP) — Nineteen migrants were found.\n\nLauri \
                    Laanemets will meet Rihards Kozlovskis or, if a budget vote keeps him in \
                    parliament in Riga, his deputy, in Valka on Oct. 28, the ministry said.";
        assert_eq!(place(text), Some("Valka".to_string()));
        // Nor is the one who comes only if the other cannot one of them.
        let text = "Talks\n\nLauri Laanemets will meet Rihards Kozlovskis or, if a vote keeps \
                    him in parliament, the state secretary, Aiga Zeltina, in Valka on Oct. 28.";
        assert_eq!(
            participants_of(text),
            [["Lauri Laanemets", "Rihards Kozlovskis"]]
        );
    }

    #[test]
    fn an_officer_named_past_a_rank_of_two_words_is_the_one_the_meeting_told() {
        let text = "Harbor\n\nPOINT PEDRO, Sri Lanka (AP) — Nineteen people were found on a \
                    boat on Tuesday.\n\nThe divisional secretary of Point Pedro and the navy \
                    commander met the families together at the harbor on Wednesday. The \
                    divisional secretary, Sivagnanam Thevarajah, said they would go home. The \
                    commander, Rear Adm. Priyantha Gunasekera, said the owner was sought.";
        let meetings = participants_of(text);
        assert_eq!(meetings.len(), 1, "{meetings:?}");
        assert_eq!(
            meetings[0],
            ["Priyantha Gunasekera", "Sivagnanam Thevarajah"],
            "{meetings:?}"
        );
        // An office of several words is no rank: "Migration Minister X said", after a
        // meeting with another minister, is not the one met.
        let text = "Talks\n\nPresident Fernando Clavijo will raise the issue with Prime \
                    Minister Pedro Sanchez at a meeting on Sept. 13. Migration Minister Elma \
                    Saiz said on Wednesday the schemes work.";
        let meetings = participants_of(text);
        assert!(
            meetings
                .iter()
                .all(|m| !m.contains(&"Elma Saiz".to_string())),
            "{meetings:?}"
        );
    }

    #[test]
    fn where_a_relative_clause_puts_a_participant_is_not_where_the_meeting_is() {
        let place = |text: &str| meetings_of(text).first().and_then(|m| m.1.clone());
        let text = "Quay\n\nInterior Minister Mario Rossi, who was in Palermo for a meeting on \
                    security, visited the quay on Wednesday with Sicily's regional president, \
                    Luca Bianchi.";
        assert_eq!(place(text), None);
        let text = "Station\n\nMinister Ana Ruiz met at the station with Sofia Lopez, who heads \
                    the UNHCR office in Panama, and later told reporters so.";
        assert_eq!(place(text), None);
        // Where the meeting's own verb goes nowhere else, it is where he was.
        let text = "Talks\n\nGov. Jay Inslee, who was in Vancouver on Monday for a trade \
                    conference, met Premier David Eby.";
        assert_eq!(place(text), Some("Vancouver".to_string()));
        // Nor where one lives.
        let text = "Talks\n\nThe ambassador to Senegal, who lives in Dakar and is also \
                    accredited here, flew to the island on Wednesday and met the mayor at the \
                    town hall. The ambassador, Ana Ruiz, said so. The mayor, Tomas Lugo, said \
                    no.";
        assert_eq!(meetings_of(text).len(), 1);
        assert_eq!(place(text), None);
    }

    #[test]
    fn one_invited_to_a_place_after_a_call_is_to_meet_there() {
        let text = "Talks\n\nPrime Minister Ana Ruiz spoke by phone on Tuesday with President \
                    Tomas Lugo. Lugo invited her to Banjul to discuss the route.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Banjul".to_string()), 2)
            ]
        );
    }

    #[test]
    fn officials_told_by_office_and_named_first_after_it_are_at_the_meeting() {
        // The name before the office in apposition.
        let text = "Coast\n\nCARNARVON, Australia (AP) — A boat landed.\n\nThe president of \
                    the shire and the regional commander of the Border Force visited the \
                    station on Wednesday. The shire president, Mara \
                    Holt, said the coast was empty. Cmdr. Jo Pitt, the regional commander, said \
                    cloud had hidden the boat.";
        assert_eq!(participants_of(text), [["Jo Pitt", "Mara Holt"]]);
        // The name before the body the office was told with.
        let text = "Island\n\nThe island's administrator and the RBDF officer who led the \
                    operation walked the beach on Wednesday. The administrator, Leo Brand, \
                    said the island had no officers. Lt. Al Munn of the RBDF said the sloop hit \
                    the reef.";
        assert_eq!(participants_of(text), [["Al Munn", "Leo Brand"]]);
        // A rank alone before the name, for an officer told in the meeting's sentence.
        let text = "Beach\n\nThe town's municipal president and the navy officer who commands \
                    the area walked the beach on Tuesday. The municipal president, Ivo Can, said \
                    boats came often. Capt. Hugo Basto said the navy would add a patrol.";
        assert_eq!(participants_of(text), [["Hugo Basto", "Ivo Can"]]);
        // Or the rank the meeting's sentence told.
        let text = "Beach\n\nThe district commissioner and the police superintendent for the \
                    island walked along the beach together on Wednesday. The district \
                    commissioner, Sharlene Tate, said the hall was full. Superintendent Kevin \
                    Malco said officers had searched the dunes.";
        assert_eq!(participants_of(text), [["Kevin Malco", "Sharlene Tate"]]);
        // Going to a place together to look at something there.
        let text = "Pass\n\nThe district governor and the gendarmerie commander went to the \
                    checkpoint on Wednesday to look at the minibus. The governor, Cem Ertan, \
                    said the valleys were old routes. The commander, Lt. Col. Ali Bulut, said \
                    snow had slowed his men.";
        assert_eq!(participants_of(text), [["Ali Bulut", "Cem Ertan"]]);
        // Going to a place with an official, or to speak with those there.
        let text = "Harbour\n\nPremier Ellis Webster went to Island Harbour on Wednesday with \
                    the commissioner of the police force. The commissioner, Kenrick Carty, said \
                    the boatman was known.";
        assert_eq!(participants_of(text), [["Ellis Webster", "Kenrick Carty"]]);
        let text = "Harbour\n\nThe premier and the police commissioner went to the harbour on \
                    Wednesday to speak with the fishermen. The premier, Ellis Webster, said \
                    little. The commissioner, Kenrick Carty, said the boatman was known.";
        assert_eq!(participants_of(text), [["Ellis Webster", "Kenrick Carty"]]);
    }

    #[test]
    fn an_official_named_after_a_meeting_by_the_initials_of_the_office_it_told_is_at_it() {
        let text = "Bridge\n\nThe chief district officer of Jhapa district and the commandant \
                    of the border force met at the middle of the bridge on Wednesday. The CDO, \
                    Keshav Ghimire, said the forces would share names. The commandant, Rajeev \
                    Sehra, said 40 women had been stopped.";
        assert_eq!(participants_of(text), [["Keshav Ghimire", "Rajeev Sehra"]]);
    }

    #[test]
    fn an_office_named_after_a_meeting_is_not_told_by_its_country_nor_by_chief() {
        for minister in [
            "Indonesia's security minister",
            "Indonesia's chief security minister",
        ] {
            let text = format!(
                "Boat\n\nPEPELA, Indonesia (AP) — The regent and the island's police chief \
                 visited the harbour on Wednesday. The regent, Yermias Foeh, said the village \
                 needed fish. The police chief, Frans Lakapu, said the men were held.\n\n\
                 {minister}, Mahfud MD, said he had spoken to Australia."
            );
            assert_eq!(
                participants_of(&text),
                [["Frans Lakapu", "Yermias Foeh"]],
                "{minister}"
            );
        }
    }

    #[test]
    fn an_office_named_after_a_meeting_is_not_told_by_whose_office_it_is() {
        let text = "Coast\n\nThe government's delegate in the Murcia region and the head of the \
                    Civil Guard's command in Cartagena walked up to the lighthouse together on \
                    Wednesday. The delegate, Mariano Egea, said the region needed beds. The \
                    commander, Lt. Col. Pilar Ródenas, said her officers had counted 41 boats.\n\n\
                    The region's president, Fernando López Miras, said Murcia was left alone.";
        assert_eq!(participants_of(text), [["Mariano Egea", "Pilar Ródenas"]]);
    }

    #[test]
    fn an_officer_named_after_a_meeting_past_three_abbreviated_ranks_is_at_it() {
        let text = "Bank\n\nThe district chief and the commander of the police company walked \
                    along the bank together on Wednesday. The district chief, Anuwat Saengchan, \
                    said the 34 were held in a hall. \"They are frightened children,\" Anuwat \
                    said. The commander, Pol. Lt. Col. Sakda Phromma, said his men had counted \
                    200 crossings.";
        assert_eq!(
            participants_of(text),
            [["Anuwat Saengchan", "Sakda Phromma"]]
        );
    }

    #[test]
    fn officials_told_by_office_and_named_right_after_as_they_speak_are_at_the_meeting() {
        let text = "Island\n\nThe mayor and the head of the coast guard station met the new \
                    arrivals together at the harbour on Tuesday. The mayor, Stavros Kallergis, \
                    said the island was full. The station chief, Eleni Marouda, said her crew \
                    was tired.";
        assert_eq!(
            participants_of(text),
            [["Eleni Marouda", "Stavros Kallergis"]]
        );
        // A name whose first word is a place's too.
        let text = "Island\n\nThe mayor and the police chief met the new arrivals together on \
                    Tuesday. The mayor, Rizal Fahmi, said the town was full. The police chief, \
                    Eleni Marouda, said her officers were tired.";
        assert_eq!(participants_of(text), [["Eleni Marouda", "Rizal Fahmi"]]);
        // An office named with a body's acronym, which is a mention of its own.
        let text = "Border\n\nThe regional commissioner and the head of UNHCR's office in the \
                    town visited the landing together on Tuesday. The regional commissioner, \
                    Salum Mwakyusa, said the region was stretched. The UNHCR official, Margit \
                    Holmberg, said 400 had arrived.";
        assert_eq!(
            participants_of(text),
            [["Margit Holmberg", "Salum Mwakyusa"]]
        );
        // A walk taken together by two told by office, one of a body named by its field.
        let text = "Border\n\nThe head of General Security's post and a UNHCR protection \
                    officer walked the line of cars together on Wednesday. The post commander, \
                    Fadi Khoury, said fines were waived. The UNHCR officer, Rana Tabbal, said \
                    the agency would help.";
        assert_eq!(participants_of(text), [["Fadi Khoury", "Rana Tabbal"]]);
        // An office named again by the demonym of the country it was told with.
        let text = "Border\n\nThe district magistrate of Maharajganj met the chief district \
                    officer of Nepal's Rupandehi district at the gate on Wednesday. The \
                    magistrate, Alok Verma, said tankers had been sent. The Nepali official, \
                    Keshav Rana, said the backlog would clear.";
        assert_eq!(participants_of(text), [["Alok Verma", "Keshav Rana"]]);
        // An office named by a known body's acronym, the body told by another of its names.
        let text = "Border\n\nThe head of the COR office in Kassala state, who toured the \
                    centre in Hamdayet on Wednesday with the head of the UN refugee agency's \
                    office in the state, said food was short. The COR official, Yassir Tahir, \
                    said the centre was full. The UNHCR official, Ingrid Dahl, said a convoy \
                    would leave.";
        assert_eq!(participants_of(text), [["Ingrid Dahl", "Yassir Tahir"]]);
        // One named in the sentence, the other by office.
        let text = "Beach\n\nThe regional commander walked the beach with Ruth Kettering on \
                    Wednesday. The commander, Dale Hanbury, said afterwards that patrols had \
                    grown.";
        assert_eq!(participants_of(text), [["Dale Hanbury", "Ruth Kettering"]]);
        // Further on, an office that opens a sentence bare may do anything.
        let text = "Island\n\nThe island's mayor and the commander of its station were meeting \
                    at the town hall on Tuesday. The commander, Eleni Marouda, took the boat \
                    out. Eight men were found. They were brought back. The ferry was late. \
                    The mayor, Stavros Kallergis, said the island was full.";
        assert_eq!(
            participants_of(text),
            [["Eleni Marouda", "Stavros Kallergis"]]
        );
        // A third, told by an office neither named one holds, named after a quotation.
        let text = "Border\n\nThe commissioner, Ana Ruiz, walked along the fence on \
                    Wednesday together with the deputy minister, Luis Paz, and the mayor of \
                    Velka.\n\n\"The fence is a line on a map,\" the mayor, Marco Tell, told \
                    reporters.";
        assert_eq!(
            participants_of(text),
            [["Ana Ruiz", "Luis Paz", "Marco Tell"]]
        );
        // Not one whose office a named one holds, nor one of an office not told bare.
        let text = "Border\n\nMinister Ana Ruiz walked along the fence on Wednesday with \
                    the mayor of Velka, Luis Paz.\n\nThe minister, Marco Tell, said the \
                    fence would stay. Velka's police chief, Eva Lund, said the road was shut.";
        assert_eq!(participants_of(text), [["Ana Ruiz", "Luis Paz"]]);
        // Nor one whose office is told with what it is of, whatever the visit's words.
        let text = "Border\n\nMinister Ana Ruiz visited the Marine Police base in Velka on \
                    Wednesday with Luis Paz. The Commissioner of Police, Marco Tell, said on \
                    Tuesday that more boats would come.";
        assert_eq!(participants_of(text), [["Ana Ruiz", "Luis Paz"]]);
        // A governor and a U.N. agency's representative, who serves no other country, who
        // visit a place together.
        let text = "Border\n\nThe governor of Wadi Fira province and UNHCR's representative \
                    in Chad, Ana Ruiz, visited the crossing on Wednesday. \"We have water for \
                    a week,\" the governor, Luis Paz, told reporters.";
        assert_eq!(participants_of(text), [["Ana Ruiz", "Luis Paz"]]);
        // Officials of one country who inspect a place together.
        let text = "Wall\n\nTAYBAD, Iran (AP) - The governor of Taybad and the head of the \
                    provincial aliens bureau inspected the new wall along the border on \
                    Wednesday. \"Every metre counts,\" the governor, Ana Ruiz, said. The bureau \
                    chief, Luis Paz, said 1,200 had returned.";
        assert_eq!(participants_of(text), [["Ana Ruiz", "Luis Paz"]]);
        // "the two are due to meet": both callers, whoever the plan names after.
        let text = "Talks\n\nUNHCR chief Ana Ruiz discussed the arrivals with Prime Minister \
                    Luis Paz by video on Tuesday, and the two are due to meet in Abéché on \
                    July 23, before Ruiz visits the camps.";
        assert_eq!(
            participants_of(text),
            [["Ana Ruiz", "Luis Paz"], ["Ana Ruiz", "Luis Paz"]]
        );
        // Named after a quotation that opens the sentence.
        let text = "Border\n\nThe prefect of Ouangolodougou said he had met his counterpart, \
                    Issouf Sawadogo, to compare lists. \"We sat down together,\" the prefect, \
                    Sékou Coulibaly, said.";
        assert_eq!(
            participants_of(text),
            [["Issouf Sawadogo", "Sékou Coulibaly"]]
        );
        // Both told by office, named after the verb that follows a quotation, or opening a
        // sentence.
        let text = "Border\n\nThe governor of Koh Kong province met his Thai counterpart at the \
                    crossing on Wednesday. \"We are neighbours,\" said the Cambodian governor, \
                    Sok Vannak. The Thai governor, Prasert Chaiyo, said the road would stay \
                    open.";
        assert_eq!(participants_of(text), [["Prasert Chaiyo", "Sok Vannak"]]);
        // Named with a rank before the name.
        let text = "Coast\n\nThe deputy governor and the coast guard commander in Mukalla \
                    inspected the beach together on Wednesday. The deputy governor, Salem \
                    Bawazir, said the province had no shelter. The commander, Col. Fahd \
                    Kathiri, said his men had no fuel.";
        assert_eq!(participants_of(text), [["Fahd Kathiri", "Salem Bawazir"]]);
        // One who sits on a body the meeting's sentence told, named by the seat.
        let text = "Beach\n\nThe regional commander and the Arnhem Regional Council's member \
                    for Minjilang walked the beach together on Wednesday. The commander, Dale \
                    Hanbury, said patrols had grown. The councillor, Ruth Kettering, said \
                    residents were worried.";
        assert_eq!(participants_of(text), [["Dale Hanbury", "Ruth Kettering"]]);
        // A member of a parliament, named as a lawmaker.
        let text = "Beach\n\nThe mayor, Dale Hanbury, walked along the beach on Wednesday with \
                    a member of the European Parliament who was visiting the island. The \
                    lawmaker, Ruth Kettering, said the union would help.";
        assert_eq!(participants_of(text), [["Dale Hanbury", "Ruth Kettering"]]);
        // A council's head, named as "the council head".
        let text = "Border\n\nThe district governor of Velka and the head of the Ras al-Ain \
                    local council met the first bus together on Wednesday. The governor, Dale \
                    Hanbury, said the returns were voluntary. The council head, Ruth Kettering, \
                    said many houses were damaged.";
        assert_eq!(participants_of(text), [["Dale Hanbury", "Ruth Kettering"]]);
        // Not one named after a verb of speech whose office the meeting did not tell.
        let text = "Border\n\nThe governor of Koh Kong province met his Thai counterpart at the \
                    crossing on Wednesday. \"We are neighbours,\" said the harbour master, \
                    Sok Vannak. The Thai governor, Prasert Chaiyo, said the road would stay \
                    open.";
        assert!(
            participants_of(text).is_empty(),
            "{:?}",
            participants_of(text)
        );
        // Not an official who does something of their own in the next sentence.
        let text = "Talks\n\nThe foreign ministers of Panama and Colombia agreed on Wednesday \
                    to share records, at a meeting opened by President Jorge Castell. Panama's \
                    foreign minister, Luis Ortega, hosted the talks at the palace.";
        assert!(
            !participants_of(text)
                .iter()
                .any(|names| names == &["Jorge Castell", "Luis Ortega"]),
            "{:?}",
            participants_of(text)
        );
    }

    #[test]
    fn a_meeting_at_the_hall_is_in_the_town_the_hall_was_put_in() {
        let text = "Survivors\n\nPALMEIRA, Cape Verde (AFP) — The survivors were taken by bus \
                    to a sports hall in Espargos.\n\nThe mayor of Sal, Ana Ruiz, and the \
                    island's health delegate, Luis Paz, met the survivors together at the hall \
                    on Wednesday.";
        let found = meetings_of(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Espargos"));
        // A word may qualify the hall's noun.
        let text = "Survivors\n\nPALMEIRA, Cape Verde (AFP) — The survivors were housed in the \
                    community center in Espargos.\n\nThe mayor of Sal, Ana Ruiz, and the \
                    island's health delegate, Luis Paz, met the survivors together at the \
                    community center on Wednesday.";
        let found = meetings_of(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Espargos"));
    }

    #[test]
    fn a_place_after_meet_in_is_where_the_meeting_is() {
        let text = "Talks\n\nPrime Minister Ana Ruiz, asked about the camp in Tbilisi on \
                    Wednesday, said she would raise the matter with President Luis Paz when the \
                    two meet in Ankara next month.";
        let found = meetings_of(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("Ankara"));
    }

    #[test]
    fn officials_who_open_a_station_or_visit_and_speak_as_one_meet() {
        let text = "Border\n\nOn Monday Prime Minister Ana Ruiz and Albanian Prime Minister Luis \
                    Paz opened a joint border station at the crossing.";
        let found = meetings_of(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, 2);
        let text = "Border\n\nThe police commander, Ana Ruiz, and the provincial administrator, \
                    Luis Paz, visited the church hall in Vanimo on Tuesday and said the families \
                    would not be sent back.";
        let found = meetings_of(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, 2);
    }

    #[test]
    fn a_walk_with_someone_named_is_a_meeting_and_the_mayor_is_the_one_named_earlier() {
        let text = "Notes\n\nThe mayor, Ana Ruiz, said the fence was cut.\n\nFarmers say the \
                    crossings never stopped. They moved higher.\n\nOn Wednesday the mayor \
                    walked a stretch of the fence outside the town with the border commander, \
                    Colonel Tomas Lugo, to look at the holes.";
        assert_eq!(meetings_of(text), [("visit".to_string(), None, 2)]);
        // Not a walk with no one named.
        let text = "Notes\n\nThe mayor, Ana Ruiz, said so. Colonel Tomas Lugo walked with \
                    the migrants.";
        assert!(meetings_of(text).is_empty());
    }

    #[test]
    fn discussing_with_an_office_s_holder_on_a_video_conference_is_a_call() {
        let text = "Notes\n\nATHENS, Greece (AP) — Greece's migration minister, Ana Ruiz, \
                    discussed the islands with the European Union's home affairs commissioner, \
                    Tomas Lugo, on a video conference on Monday.";
        assert_eq!(meetings_of(text), [("call".to_string(), None, 2)]);
        // (Not with a body itself.)
        let text = "Notes\n\nATHENS, Greece (AP) — Greece's migration minister, Ana Ruiz, \
                    discussed the islands with the European Union on Monday.";
        assert!(meetings_of(text).is_empty());
    }

    /// The office discussed with may be in lower case, its holder named after a comma.
    #[test]
    fn discussing_with_a_governor_named_after_the_office_in_a_town_is_a_meeting() {
        let text = "Notes\n\nInterior Secretary Ana Ruiz discussed the shelters along the \
                    northern rail lines with the governor of the State of Mexico, Tomas Lugo, \
                    in Toluca on Monday.";
        assert_eq!(meetings_of(text).len(), 1, "{:?}", meetings_of(text));
    }

    #[test]
    fn an_official_who_opened_the_sentence_before_is_the_he_of_a_call() {
        let text = "Notes\n\nThe foreign minister, Ana Ruiz, said the buses must stop. She \
                    raised the matter in a phone call with Tomas Lugo, the ministry said.";
        assert_eq!(meetings_of(text), [("call".to_string(), None, 2)]);
        // Not someone without an office: whom "she" means is less clear.
        let text = "Notes\n\nAna Ruiz, 23, said the buses must stop. She raised the matter in a \
                    phone call with Tomas Lugo, the ministry said.";
        assert!(meetings_of(text).is_empty());
    }

    #[test]
    fn one_who_also_took_part_in_talks_no_sentence_told_joins_the_people_just_named() {
        let text = "Notes\n\nTAPACHULA, Mexico — Ana Ruiz and Tomas Lugo agreed in Tapachula on \
                    Monday to open a corridor. Governor Rosa Paz, who hosted the talks, also took \
                    part.";
        assert_eq!(
            meetings_of(text),
            [("talks".to_string(), Some("Tapachula".to_string()), 3)]
        );
        // One joining a meeting already told joins it, and starts no other.
        let text = "Notes\n\nAna Ruiz met Tomas Lugo in Lima on Monday. Luis Paz and Eva Gil \
                    spoke later. Governor Rosa Paz also took part.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 3)]
        );
        let text = "Notes\n\nAna Ruiz met Tomas Lugo in Lima on Monday. The U.S. ambassador, \
                    Rosa Paz, attended as an observer.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 3)]
        );
        let text = "Notes\n\nAna Ruiz met Tomas Lugo in Lima on Monday. Crown Prince Hussein \
                    attended the meeting.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 3)]
        );
    }

    #[test]
    fn a_meeting_named_before_the_sentence_that_tells_it_counts_who_opened_it() {
        let text = "Notes\n\nMinisters agreed on Monday in Lima to share data, at a meeting \
                    opened by President Ana Ruiz. Foreign Minister Tomas Lugo hosted his Chilean \
                    counterpart, Eva Gil, at the palace.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 3)]
        );
        // Not when the sentence before speaks of a meeting already told, nor before a call.
        let text = "Notes\n\nAna Ruiz met Tomas Lugo in Lima on Monday. It rained. It was \
                    cold. Ruiz spoke after the meeting. Lugo met Eva Gil in Quito.";
        assert_eq!(
            meetings_of(text),
            [
                ("meeting".to_string(), Some("Lima".to_string()), 2),
                ("meeting".to_string(), Some("Quito".to_string()), 2)
            ]
        );
        let text = "Notes\n\nAna Ruiz spoke at a meeting in Lima. Tomas Lugo spoke by phone \
                    with Eva Gil.";
        assert_eq!(meetings_of(text), [("call".to_string(), None, 2)]);
    }

    #[test]
    fn the_two_who_meet_are_the_two_named_before() {
        let text = "Notes\n\nGovernor Ana Ruiz and Tomas Lugo agreed on Monday to run buses. \
                    The two met for three hours in Lima.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 2)]
        );
        let text = "Notes\n\nGovernor Ana Ruiz and the head of the National Migration \
                    Institute, Tomas Lugo, agreed on Monday to run buses. The two officials met \
                    for three hours in Lima, joined by Eva Gil.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 3)]
        );
    }

    #[test]
    fn a_meeting_of_the_two_officials_paragraphs_on_is_of_the_last_meeting_s_two() {
        let text = |between: &str| {
            format!(
                "Notes\n\nGovernor Ana Ruiz met Mayor Tomas Lugo in Lima on Monday.\n\nThe \
                 border is open. {between}Trucks wait for days.\n\nA meeting of the two \
                 officials on crime, which had been planned for Friday, has been postponed, \
                 the police said."
            )
        };
        let two = participants_of(&text(""));
        assert_eq!(two.len(), 2, "{two:?}");
        assert_eq!(two[1], ["Ana Ruiz", "Tomas Lugo"]);
        // Not when someone else was named since.
        let one = participants_of(&text("A driver, Luis Paz, said so. "));
        assert_eq!(one.len(), 1, "{one:?}");
    }

    #[test]
    fn those_of_a_meeting_just_told_meet_again_as_they_or_the_two() {
        let first = "Notes\n\nInterior Minister Ana Ruiz met Serbia's interior minister, Tomas \
                     Lugo, at the border crossing on Tuesday.";
        let again = |then: &str| meetings_of(&format!("{first} {then}"));
        let two_meetings = [
            ("meeting".to_string(), None, 2),
            ("meeting".to_string(), Some("Belgrade".to_string()), 2),
        ];
        assert_eq!(
            again("They agreed to meet again in Belgrade next month."),
            two_meetings
        );
        // "to meet again" after another thing agreed.
        assert_eq!(
            again("The two agreed to extend patrols and to meet again in Belgrade next month."),
            two_meetings
        );
        assert_eq!(
            again("A meeting between the two in Belgrade has been postponed."),
            two_meetings
        );
        assert_eq!(again("They agreed to keep talking.").len(), 1);
    }

    #[test]
    fn the_two_who_met_again_elsewhere_held_a_second_meeting() {
        let text = "Notes\n\nInterior Minister Ana Ruiz and Serbia's interior minister, Tomas \
                    Lugo, met in Belgrade on Monday. They met again at the Horgos crossing on \
                    Wednesday.";
        assert_eq!(
            meetings_of(text),
            [
                ("meeting".to_string(), Some("Belgrade".to_string()), 2),
                (
                    "meeting".to_string(),
                    Some("Horgos crossing".to_string()),
                    2
                ),
            ]
        );
    }

    #[test]
    fn the_two_of_a_meeting_who_present_a_plan_to_an_official_meet_them() {
        let text = "Notes\n\nInterior Minister Ana Ruiz and Serbia's interior minister, Tomas \
                    Lugo, met in Belgrade on Monday. Ruiz said patrols would grow. Lugo said \
                    the fence would stay. The law is strict. The two ministers will present a \
                    joint plan to the European Commission's migration chief, Eva Lind, in \
                    Brussels on June 12, Lugo's office said.";
        assert_eq!(
            participants_of(text),
            [
                vec!["Ana Ruiz", "Tomas Lugo"],
                vec!["Ana Ruiz", "Eva Lind", "Tomas Lugo"]
            ]
        );
    }

    #[test]
    fn officials_named_after_a_quotation_the_sentence_before_opened_are_at_the_visit() {
        let text = "Border\n\nThe mayor of Acegua and the head of the Cerro Largo police went \
                    to the station together on Wednesday. \"We are a town of 1,500 people. \
                    Twenty-three is a lot,\" said the mayor, Nelson Pereira. The police chief, \
                    Gaston Ferreyra, said the group would be taken to Melo.";
        assert_eq!(
            participants_of(text),
            [["Gaston Ferreyra", "Nelson Pereira"]]
        );
        // A quotation that opens further on is no opening one: "would be \"managed ...,\" the
        // policy" tells nothing of who spoke.
        let text = "Beach\n\nThe commander and the chairman walked the beach together on \
                    Wednesday. \"We look after our country,\" said the chairman, Tom Sinclair. \
                    The commander, Rachel Corbett, said the men would be \"managed under the \
                    rules,\" the policy under which boats are turned back.";
        assert_eq!(participants_of(text), [["Rachel Corbett", "Tom Sinclair"]]);
    }

    #[test]
    fn two_mayors_told_by_office_are_named_past_a_clause_on_who_one_is_and_as_her_counterpart() {
        let text = "Border\n\nThe mayor of Velka and the mayor of Rostan walked the road \
                    together on Wednesday. The Velka mayor, Ana Ruiz i Soler, who like many \
                    Catalans writes \"i\" between her surnames, said the town was calm. Her \
                    French counterpart, Tomas Lugo, said groups crossed most weeks.";
        assert_eq!(participants_of(text), [["Ana Ruiz i Soler", "Tomas Lugo"]]);
        // An office is not told by a function word of the meeting's sentence: "The commander
        // for the valley" by "looking for".
        let text = "Border\n\nThe mayor, Ana Ruiz, spoke on Monday. \"They walked into the \
                    one place nobody is looking for,\" Ruiz said.\n\nThe commander for the \
                    valley, Inspector Tomas Lugo, said the men were released.";
        assert_eq!(participants_of(text), Vec::<Vec<String>>::new());
    }

    #[test]
    fn two_due_to_open_a_post_together_plan_a_meeting_and_two_who_spoke_by_video_called() {
        let text = "Border\n\nPresident Yamandu Orsi and Brazil's president, Luiz Inacio Lula \
                    da Silva, had been due to open a health post in Acegua together on June 20.";
        assert_eq!(meetings_of(text).len(), 1, "{:?}", meetings_of(text));
        let text = "Border\n\nDirector General Ana Ruiz and her Indian counterpart, Tomas \
                    Lugo, spoke by video on Monday.";
        assert_eq!(meetings_of(text), [("call".to_string(), None, 2)]);
        // One who joins a meeting by video makes it no call.
        let text = "Border\n\nGovernor Eduardo Riedel met Mayor Ana Ruiz at city hall in \
                    Corumba on Tuesday, and Justice Minister Tomas Lugo joined the meeting by \
                    video.";
        assert_eq!(meetings_of(text)[0].0, "meeting");
    }

    #[test]
    fn a_place_visited_is_where_the_visit_is_unless_one_was_visiting_it_on_an_errand() {
        let text = "Strait\n\nHome Affairs Minister Tony Burke said he would visit the Torres \
                    Strait in October with Queensland's premier, Steven Miles.";
        assert_eq!(meetings_of(text)[0].1.as_deref(), Some("Torres Strait"));
        let text = "Jetty\n\nWEST ISLAND, Cocos (Keeling) Islands (AP) — The shire president, \
                    Ana Ruiz, and the regional commander, Eva Lind, walked the Home Island \
                    jetty together on Wednesday.";
        assert_eq!(meetings_of(text)[0].1.as_deref(), Some("Home Island"));
        let text = "Border\n\nSOMERTON, Ariz. (AP) — Mayor Ana Ruiz walked along the levee \
                    outside Somerton on Tuesday with the border czar, Tom Homan, who was \
                    visiting the Yuma area.";
        assert_eq!(meetings_of(text)[0].1.as_deref(), Some("Somerton"));
    }

    #[test]
    fn one_who_agreed_to_visit_a_place_with_him_plans_a_visit_with_the_one_named_before() {
        let text = "Talks\n\nInterior Minister Daniel Mitov met Commissioner Magnus Brunner on \
                    Wednesday. Mitov told reporters afterwards that Brunner had agreed to visit \
                    the Lesovo checkpoint with him on March 27.";
        assert_eq!(
            meetings_of(text),
            [
                ("meeting".to_string(), None, 2),
                (
                    "visit".to_string(),
                    Some("Lesovo checkpoint".to_string()),
                    2
                ),
            ]
        );
    }

    #[test]
    fn a_meeting_of_three_officials_is_of_the_three_the_next_sentence_lists() {
        let text = "Border\n\nThe walk came a day after a meeting of three interior ministers \
                    in the nearby town of Morahalom. Around the table on Tuesday were: Ana Ruiz, \
                    Hungary's interior minister; Tomas Lugo, Serbia's interior minister; and \
                    Eva Lind, Austria's interior minister.";
        assert_eq!(
            participants_of(text),
            [["Ana Ruiz", "Eva Lind", "Tomas Lugo"]]
        );
        // Not when the next sentence names another number of people.
        let text = "Border\n\nThe walk came a day after a meeting of three interior ministers. \
                    Ana Ruiz, Hungary's interior minister, and Tomas Lugo, Serbia's interior \
                    minister, were there.";
        assert!(
            participants_of(text).is_empty(),
            "{:?}",
            participants_of(text)
        );
    }

    #[test]
    fn officials_who_met_are_those_the_next_sentence_lists_after_a_dash() {
        let met = "Talks\n\nPresident Ruiz's top ministers and their Chilean counterparts met \
                   Thursday. The Peruvian officials — Foreign Minister Ana Lugo and Interior \
                   Minister Tomas Vidal — want more patrols.";
        assert_eq!(participants_of(met), [["Ana Lugo", "Tomas Vidal"]]);
        // Met later in private with someone else: another meeting.
        let text = format!("{met} Lugo and Vidal met privately on Friday with President Ruiz.");
        assert_eq!(
            participants_of(&text),
            [
                vec!["Ana Lugo", "Tomas Vidal"],
                vec!["Ana Lugo", "Ruiz", "Tomas Vidal"]
            ]
        );
        // Not when the sentence names someone who is no mere owner of the officials.
        let text = "Talks\n\nPresident Ruiz and his top ministers met Thursday. The Peruvian \
                    officials — Foreign Minister Ana Lugo and Interior Minister Tomas Vidal — \
                    want more patrols.";
        assert!(
            !participants_of(text)
                .iter()
                .any(|p| p == &["Ana Lugo", "Tomas Vidal"]),
            "{:?}",
            participants_of(text)
        );
    }

    #[test]
    fn a_meeting_at_a_spot_near_a_town_is_in_the_town() {
        let text = "Border\n\nBENAPOLE, Bangladesh (AP) — The commander, Kamrul Hasan, and a \
                    BSF commandant, Anil Thakran, held a flag meeting at the zero line near \
                    Putkhali on Wednesday.";
        assert_eq!(meetings_of(text)[0].1.as_deref(), Some("Putkhali"));
    }

    #[test]
    fn the_seat_of_an_office_is_not_where_its_holder_meets_unless_the_holder_is_met_there() {
        let text = "Beach\n\nLAS NEGRAS, Spain (AP) — The mayor of Nijar and the central \
                    government's subdelegate in Almeria, Esperanza Marin and Joaquin Robles \
                    respectively, visited the beach at Las Negras on Wednesday.";
        assert_eq!(meetings_of(text)[0].1.as_deref(), Some("Las Negras"));
        let text = "Coast\n\nDAKAR, Senegal (AP) — Prime Minister Ousmane Sonko is to meet \
                    the governor, Ana Ruiz, and the mayor, Tomas Lugo, in Saint-Louis on \
                    Saturday. Prime Minister Ousmane Sonko is to meet the governor in \
                    Saint-Louis on Saturday.";
        assert!(
            meetings_of(text)
                .iter()
                .all(|(_, place, _)| place.as_deref() == Some("Saint-Louis")),
            "{:?}",
            meetings_of(text)
        );
    }

    #[test]
    fn police_who_meet_every_bus_meet_no_one() {
        let text = "Notes\n\nInterior Minister Ana Ruiz said a second convoy was planned, and \
                    that Tomas Lugo had promised police would meet every bus at the border.";
        assert!(
            participants_of(text).is_empty(),
            "{:?}",
            participants_of(text)
        );
    }

    #[test]
    fn a_migrant_talking_with_people_who_hold_no_office_is_at_no_meeting() {
        let text = "Notes\n\n\"There were sixty,\" said Mathieu Lebrun, a volunteer. One of \
                    the passengers, Yonas Tesfaye, 23, an Eritrean, reached Lebrun by phone from \
                    the boat.";
        assert_eq!(meetings_of(text), []);
        // With an official, it is one.
        let text = "Notes\n\nOne of the passengers, Yonas Tesfaye, 23, an Eritrean, met \
                    Governor Mathieu Lebrun in Calais on Monday.";
        assert_eq!(meetings_of(text).len(), 1);
    }

    #[test]
    fn the_two_who_agree_to_meet_after_a_meeting_meet_again() {
        let text = "Notes\n\nForeign Minister Ana Ruiz spoke by phone on Monday with Tomas \
                    Lugo. The two agreed to meet in person in Lima in the coming weeks.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Lima".to_string()), 2)
            ]
        );
        // Of three, the two the sentence names by their office.
        let text = "Notes\n\nGovernor Ana Ruiz met Governor Tomas Lugo and the head of the \
                    migration office, Pedro Vidal, in Cusco on Tuesday. The two governors \
                    agreed to meet again in Lima.";
        assert_eq!(
            meetings_of(text),
            [
                ("meeting".to_string(), Some("Cusco".to_string()), 3),
                ("meeting".to_string(), Some("Lima".to_string()), 2)
            ]
        );
        // "Both" with one more named: the two of the meeting just told and that one.
        let text = "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo visited the shelter on \
                    Wednesday. Both are scheduled to meet the head of the agency, Pedro Vidal, \
                    in Lima.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 3)]
        );
    }

    #[test]
    fn a_pronoun_after_a_time_opening_the_sentence_is_the_official_named_before() {
        let text = "Notes\n\nIOM Director General Ana Ruiz visited the site with the prefect \
                    yesterday. On Tuesday she met President Tomas Lugo in Djibouti City, IOM said.";
        assert_eq!(participants_of(text), [vec!["Ana Ruiz", "Tomas Lugo"]]);
    }

    #[test]
    fn a_pronoun_after_a_report_by_the_official_s_office_is_the_official() {
        let text = "Notes\n\nMinister Ana Ruiz said she had spoken with the mayor. Her office \
                    said on Thursday that she would meet President Tomas Lugo in Jakarta.";
        assert_eq!(participants_of(text), [vec!["Ana Ruiz", "Tomas Lugo"]]);
    }

    #[test]
    fn a_meeting_that_was_to_have_been_held_stands_while_its_outcome_is_unknown() {
        let text = |after: &str| {
            format!(
                "Notes\n\nMinister Ana Ruiz was to have met President Tomas Lugo in Jakarta \
                 on Monday. {after}"
            )
        };
        assert_eq!(
            participants_of(&text(
                "Neither side has said whether the meeting took place."
            )),
            [vec!["Ana Ruiz", "Tomas Lugo"]]
        );
        assert!(participants_of(&text("Neither side said why.")).is_empty());
    }

    /// "A joint visit by the two ministers to the Kasumulu border post ... has been
    /// postponed": the two who spoke in the sentence before, at the place visited.
    #[test]
    fn a_joint_visit_by_the_two_named_before_is_theirs() {
        let text = "Notes\n\nMalawi's minister of homeland security, Ana Ruiz, said she had \
                    spoken by phone on Tuesday with Tanzania's home affairs minister, Luis Paz. \
                    A joint visit by the two ministers to the Kasumulu border post has been \
                    postponed.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                (
                    "visit".to_string(),
                    Some("Kasumulu border post".to_string()),
                    2
                )
            ]
        );
    }

    /// A meeting a reporter asks about is none, unless the answer tells one.
    #[test]
    fn a_meeting_asked_about_is_none_unless_the_answer_tells_it() {
        let text = "Notes\n\nAsked whether he had met Luis Paz in Jakarta last month, Minister \
                    Ana Ruiz said only: \"I talk to my colleagues all the time.\"";
        assert!(meetings_of(text).is_empty(), "{:?}", meetings_of(text));
        let text = "Notes\n\nAsked whether he had met Luis Paz, Minister Ana Ruiz said he met \
                    him in Jakarta last month.";
        assert_eq!(meetings_of(text).len(), 1, "{:?}", meetings_of(text));
    }

    #[test]
    fn two_who_visit_a_place_together_do_not_meet_each_other() {
        assert!(meetings_of(
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo visited the shelter on Wednesday."
        )
        .is_empty());
        // Unless they tour it, "together" or not, or go on to act as one: a joint inspection.
        for text in [
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo visited the beach on Tuesday and \
             flew over the bay.",
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo visited the beach on Tuesday and \
             talked with residents.",
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo will tour the shelter together on \
             Thursday.",
            "Notes\n\nGovernor Ana Ruiz and Navy Secretary Tomas Lugo toured the beach on \
             Monday.",
        ] {
            assert_eq!(meetings_of(text).len(), 1, "{text}");
        }
        // Officials a story gives one country inspect it jointly; consuls of two countries,
        // each visiting their own nationals, do not.
        let text = "Beach\n\nALMERIA, Spain (AP) — The mayor of Nijar, Esperanza Marin, and \
                    the provincial governor, Joaquin Robles, visited the beach on Wednesday.";
        assert_eq!(meetings_of(text).len(), 1, "{text}");
        let text = "Shelter\n\nVERACRUZ, Mexico (AP) — Guatemala's consul in Veracruz, Hugo \
                    Ajanel, and the Honduran consul, Karen Funez, visited the shelter on \
                    Wednesday.";
        assert!(meetings_of(text).is_empty(), "{text}");
        // Whom a visit is to, or made with, meets the visitor.
        for text in [
            "Notes\n\nGovernor Ana Ruiz visited Mayor Tomas Lugo in Lima on Wednesday.",
            "Notes\n\nGovernor Ana Ruiz toured the shelter with Mayor Tomas Lugo on Wednesday.",
        ] {
            assert_eq!(meetings_of(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn two_who_spoke_by_phone_or_as_counterparts_meet() {
        for text in [
            "Notes\n\nInterior Minister Ana Ruiz and Britain's home secretary, Tomas Lugo, last \
             spoke on Monday and discussed the beaches.",
            "Notes\n\nForeign Minister Ana Ruiz and Prime Minister Tomas Lugo discussed the \
             departures by phone on Tuesday.",
            "Notes\n\nForeign Minister Ana Ruiz said she had raised the route by telephone on \
             Tuesday with Prime Minister Tomas Lugo.",
            "Notes\n\nInterior Minister Ana Ruiz spent Tuesday morning at the crossing with her \
             Croatian counterpart, Tomas Lugo.",
        ] {
            let met: Vec<usize> = meetings_of(text).iter().map(|m| m.2).collect();
            assert_eq!(met, [2], "{text}");
        }
    }

    #[test]
    fn officials_who_walk_a_place_tour_it_as_one() {
        for text in [
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo walked the beach together on \
             Wednesday.",
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo walked the beach on Wednesday.",
            "Notes\n\nGovernor Ana Ruiz walked the line on Wednesday with Mayor Tomas Lugo, to \
             show a patrol that will stop smugglers.",
            // So do officials who go out on a place together, or return to it together.
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo went out on the river in a patrol \
             boat on Wednesday.",
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo crossed the lake together on a \
             patrol boat on Wednesday.",
            "Notes\n\nGovernor Ana Ruiz returned to the village on Wednesday with Mayor Tomas \
             Lugo.",
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo went down to the river on \
             Wednesday to see the islet.",
            // Or do anything there together.
            "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo went aboard the boat together at \
             the pier on Wednesday.",
            "Notes\n\nGovernor Ana Ruiz and Commodore Tomas Lugo inspected the new shelters \
             together on Wednesday.",
            // One official is enough when they went as one: the other may hold a local office
            // the gazetteer has no title for.
            "Notes\n\nTomas Lugo, the harbour elder, said the boat sank. Governor Ana Ruiz and \
             Lugo went down to the beach together on Wednesday.",
            // The other named by office only, its one holder named before.
            "Notes\n\nPeople were waiting, said the commissioner of Renk county, Tomas Lugo. \
             Ana Ruiz, who heads the IOM's office in Renk, and the commissioner went to the \
             crossing together on Wednesday.",
        ] {
            let ex = extracted(text);
            let told: Vec<(&str, MeetingStatus, usize)> = ex
                .meetings
                .iter()
                .map(|m| (m.kind.as_str(), m.status, m.participants.len()))
                .collect();
            assert_eq!(told, [("visit", MeetingStatus::Held, 2)], "{text}");
        }
        // Without "together", the official and the untitled walker do not make a visit.
        let text = "Notes\n\nTomas Lugo, the harbour elder, said the boat sank. Governor Ana \
                    Ruiz and Lugo walked the beach on Wednesday.";
        assert!(meetings_of(text).is_empty(), "{text}");
        // People with no office who walk together do not meet.
        let text = "Notes\n\nAna Ruiz, 23, and Tomas Lugo, 30, walked the beach together on \
                    Wednesday.";
        assert!(meetings_of(text).is_empty(), "{text}");
        // Nor do officials who cross a place each on their own.
        let text = "Notes\n\nGovernor Ana Ruiz and Mayor Tomas Lugo crossed the lake on \
                    Wednesday.";
        assert!(meetings_of(text).is_empty(), "{text}");
        // Two officials' outing after a meeting of more is an event of its own.
        let text = "Notes\n\nGovernor Ana Ruiz met Mayor Tomas Lugo, Chief Eva Gil and Chief \
                    Luis Paz in Lima on Monday. Gil and Paz went out on the river together last \
                    week.";
        assert_eq!(
            meetings_of(text),
            [
                ("meeting".to_string(), Some("Lima".to_string()), 4),
                ("visit".to_string(), None, 2)
            ]
        );
    }

    #[test]
    fn a_call_told_with_its_day_before_the_phone_and_a_foreign_leader_hosted_are_meetings() {
        let text = "Notes\n\nGovernor Ana Ruiz spoke on Wednesday by phone with Justice \
                    Minister Tomas Lugo.";
        assert_eq!(meetings_of(text), [("call".to_string(), None, 2)]);
        let text = "Notes\n\nPresident Ana Ruiz is due to host Chilean President Tomas Lugo in \
                    Lima in December.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 2)]
        );
        // (Hosting people named by their demonym alone is no meeting.)
        let text = "Notes\n\nPresident Ana Ruiz said Lima will host Chilean migrants, Tomas \
                    Lugo said.";
        assert!(meetings_of(text).is_empty());
    }

    #[test]
    fn a_visit_with_an_office_named_just_before_is_with_its_one_holder() {
        let text = "Notes\n\nThe mayor, Rony Ovalle, said he met the governor, Aura Recinos, on \
                    Thursday. President Ana Ruiz will visit the shelters on Saturday with the \
                    governor, the presidency said.";
        assert_eq!(
            participants_of(text),
            [
                vec!["Aura Recinos", "Rony Ovalle"],
                vec!["Ana Ruiz", "Aura Recinos"]
            ]
        );
        // Two governors named: no telling which.
        let text = "Notes\n\nGovernor Luis Paz and Governor Aura Recinos met on Thursday. \
                    President Ana Ruiz will visit the shelters on Saturday with the governor.";
        assert_eq!(participants_of(text), [vec!["Aura Recinos", "Luis Paz"]]);
        // The story's one mayor, named further back, is the one a visitor is to meet.
        let text = "Notes\n\nThe town's mayor, Rony Ovalle, said 250 people slept outside. \
                    Police counted 230. The church gave water. Minister Ana Ruiz will visit \
                    the town next week to meet the mayor.";
        assert_eq!(participants_of(text), [vec!["Ana Ruiz", "Rony Ovalle"]]);
        // Met already, and told by a word for which of the office.
        let text = "Notes\n\nThe village chief of Fass, Rony Ovalle, said 25 men left. \
                    Minister Ana Ruiz came to Fass on Wednesday and met the village chief in \
                    his courtyard.";
        assert_eq!(participants_of(text), [vec!["Ana Ruiz", "Rony Ovalle"]]);
        // Two offices joined, the second held by an officer named by rank after it.
        let text = "Notes\n\nThe mayor, Rony Ovalle, said 25 men left. The commander, \
                    Subcommissioner Luis Paz, said the boats were full. Minister Ana Ruiz will \
                    visit the island on Monday to meet the mayor and the commander.";
        assert_eq!(
            participants_of(text),
            [vec!["Ana Ruiz", "Luis Paz", "Rony Ovalle"]]
        );
    }

    #[test]
    fn one_who_met_two_others_separately_held_two_meetings() {
        let pairs = participants_of(
            "Notes\n\nGovernor Ana Ruiz met separately with Mayor Tomas Lugo and with Minister \
             Rosa Vidal in Lima on Monday.",
        );
        assert_eq!(
            pairs,
            [
                vec!["Ana Ruiz".to_string(), "Tomas Lugo".to_string()],
                vec!["Ana Ruiz".to_string(), "Rosa Vidal".to_string()],
            ]
        );
        // Calls too.
        assert_eq!(
            meetings_of(
                "Notes\n\nGovernor Ana Ruiz spoke separately by phone on Monday with Mayor Tomas \
                 Lugo and with Minister Rosa Vidal."
            ),
            [("call".to_string(), None, 2), ("call".to_string(), None, 2)]
        );
        let together = participants_of(
            "Notes\n\nGovernor Ana Ruiz met with Mayor Tomas Lugo and with Minister Rosa Vidal \
             in Lima on Monday.",
        );
        assert_eq!(together.len(), 1);
        assert_eq!(together[0].len(), 3);
        // "separately" after the two met.
        let pairs = participants_of(
            "Notes\n\nGovernor Ana Ruiz met Mayor Tomas Lugo and Minister Rosa Vidal \
             separately in Lima on Monday.",
        );
        assert_eq!(pairs.len(), 2, "{pairs:?}");
        assert!(pairs
            .iter()
            .all(|p| p.len() == 2 && p.contains(&"Ana Ruiz".to_string())));
    }

    #[test]
    fn one_named_to_date_or_to_place_another_takes_no_part() {
        for text in [
            "Notes\n\nAna Ruiz, a special envoy of President Tomas Lugo, met Pedro Vidal in Lima.",
            "Notes\n\nAna Ruiz met Pedro Vidal in Lima, the first talks since President Tomas \
             Lugo took office.",
            "Notes\n\nAna Ruiz met Pedro Vidal in Lima and asked President Tomas Lugo's \
             government for funds.",
            // "since X and Y met": they did.
            "Notes\n\nTrade has grown since Ana Ruiz and Pedro Vidal met in Lima.",
            // Nor "Since" opening the sentence.
            "Notes\n\nSince President Tomas Lugo took office, Ana Ruiz has met Pedro Vidal \
             twice in Lima.",
            // An offer that did not meet demands says nothing of the meeting.
            "Notes\n\nAna Ruiz met Pedro Vidal in Lima on Monday, though Vidal said the offer \
             did not meet his demands.",
        ] {
            assert_eq!(
                meetings_of(text),
                [("meeting".to_string(), Some("Lima".to_string()), 2)],
                "{text}"
            );
        }
        // Nor did two who have not met.
        let text = "Notes\n\nSenator Ana Ruiz has not met Governor Pedro Vidal on the issue.";
        assert_eq!(meetings_of(text), []);
    }

    #[test]
    fn a_meeting_is_where_it_is_held_not_where_an_office_or_a_building_is_named() {
        for (text, place) in [
            (
                "Notes\n\nPeru's consul in Tijuana, Ana Ruiz, met the head of the migration \
                 office, Pedro Vidal, in Lima on Monday.",
                "Lima",
            ),
            // A person who speaks after the place is no apposition of an office.
            (
                "Notes\n\nAna Ruiz met Pedro Vidal on Monday in Lima, Vidal said.",
                "Lima",
            ),
            (
                "Notes\n\nAna Ruiz met Pedro Vidal at the Miraflores palace in Lima on Monday.",
                "Lima",
            ),
            (
                "Notes\n\nAna Ruiz will meet Pedro Vidal at the midpoint of the Rio Grande.",
                "Rio Grande",
            ),
            // The seat of an office in an apposition after the name, but not a place after a
            // comma that closes one.
            (
                "Notes\n\nAna Ruiz and Pedro Vidal, UNHCR's representative in Lima, met in \
                 Tacna on Monday.",
                "Tacna",
            ),
            (
                "Notes\n\nPeru's minister, Ana Ruiz, and Chile's minister, Pedro Vidal, will \
                 meet in Tacna, Peru, on March 3.",
                "Tacna",
            ),
            // "In this town": the one the story is filed from.
            (
                "Notes\n\nIQUIQUE, Chile (AP) — Minister Ana Ruiz met Minister Pedro Vidal on \
                 Wednesday in this town in the Atacama Desert.",
                "Iquique",
            ),
        ] {
            assert_eq!(
                meetings_of(text),
                [("meeting".to_string(), Some(place.to_string()), 2)],
                "{text}"
            );
        }
        // Where someone is to be taken is not where the meeting is.
        assert_eq!(
            meetings_of(
                "Notes\n\nAna Ruiz met Pedro Vidal on Monday and offered, as promised, buses \
                 to take families to shelters in Lima."
            ),
            [("meeting".to_string(), None, 2)]
        );
    }

    #[test]
    fn a_summit_gathers_those_who_attended_and_also_took_part_but_not_a_talk_on_its_sidelines() {
        let found = meetings_of(
            "Summit ends\n\nANTIGUA GUATEMALA — Ministers agreed on Thursday to share data. \
             Foreign Minister Ana Ruiz chaired the sessions, which were attended by Foreign \
             Minister Tomas Lugo and Foreign Minister Pedro Vidal. IOM director Marta Gil and \
             UNHCR envoy Rosa Soto also took part. On the sidelines, Lugo and Vidal held talks \
             on Wednesday.",
        );
        let sizes: Vec<usize> = found.iter().map(|m| m.2).collect();
        assert_eq!(sizes, [5, 2]);
        // The dateline names the city where both were held.
        assert!(found
            .iter()
            .all(|m| m.1.as_deref() == Some("Antigua Guatemala")));
    }

    #[test]
    fn a_meeting_planned_on_the_bridge_is_where_the_story_is_filed_but_one_planned_elsewhere_is_not(
    ) {
        let planned = |where_: &str| {
            meetings_of(&format!(
                "Bridge\n\nTECUN UMAN, Guatemala (AP) — Mayor Ana Ruiz will meet Mayor Tomas \
                 Lugo {where_} on Friday."
            ))
        };
        assert_eq!(
            planned("on the bridge"),
            [("meeting".to_string(), Some("Tecún Umán".to_string()), 2)]
        );
        assert_eq!(planned("again"), [("meeting".to_string(), None, 2)]);
    }

    #[test]
    fn taking_a_matter_up_with_someone_named_is_meeting_them() {
        for text in [
            "Notes\n\nGovernor Ana Ruiz said she would raise the matter with Prime Minister \
             Tomas Lugo in Lima on Friday.",
            "Notes\n\nGovernor Ana Ruiz said she would present the plan to Interior Secretary \
             Tomas Lugo in Lima next week.",
        ] {
            assert_eq!(
                meetings_of(text),
                [("meeting".to_string(), Some("Lima".to_string()), 2)],
                "{text}"
            );
        }
        // Not if they meet, nor with no one named.
        for text in [
            "Notes\n\nGovernor Ana Ruiz said she would raise the matter with Tomas Lugo if \
             they saw each other in Lima.",
            "Notes\n\nGovernor Ana Ruiz said she would raise the matter with the minister, \
             Tomas Lugo's office said.",
            "Notes\n\nGovernor Ana Ruiz said she would raise the matter with Peru's prime \
             minister, Tomas Lugo, if the two met in Lima.",
            // A country is no one met.
            "Notes\n\nGovernor Ana Ruiz wrote to Prime Minister Tomas Lugo on Monday asking \
             him to raise the arrivals with Sri Lanka.",
        ] {
            assert!(meetings_of(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn whom_one_travels_to_see_in_person_is_met() {
        let text = "Notes\n\nMayor Ana Ruiz said she would travel to Lima next week to press \
                    Interior Minister Tomas Lugo in person for more buses.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lima".to_string()), 2)]
        );
        // Not without the trip: "in person" alone may tell how someone voted or spoke.
        let text = "Notes\n\nMayor Ana Ruiz said Interior Minister Tomas Lugo had voted in \
                    person.";
        assert!(meetings_of(text).is_empty());
    }

    #[test]
    fn a_meeting_where_two_last_met_is_an_earlier_one_of_its_own() {
        let text = "Summit\n\nPresident Ana Ruiz met President Tomas Lugo at the border post on \
                    Friday. Ruiz and Lugo last met in June in Lima.";
        assert_eq!(
            meetings_of(text),
            [
                ("meeting".to_string(), None, 2),
                ("meeting".to_string(), Some("Lima".to_string()), 2)
            ]
        );
    }

    #[test]
    fn someone_who_will_be_joined_at_the_talks_by_another_adds_them_to_the_meeting() {
        let found = meetings_of(
            "Talks\n\nMinister Ana Ruiz will travel to Lima to meet Minister Tomas Lugo. Ruiz \
             will be joined at the talks by Ambassador Pedro Vidal.",
        );
        let sizes: Vec<usize> = found.iter().map(|m| m.2).collect();
        assert_eq!(sizes, [3]);
    }

    #[test]
    fn a_visit_to_the_province_of_a_place_is_held_there() {
        let found = meetings_of(
            "Visit\n\nPresident Ana Ruiz is expected to visit the northern state of Sonora on \
             Monday with President Tomas Lugo.",
        );
        assert_eq!(
            found,
            [("visit".to_string(), Some("Sonora".to_string()), 2)]
        );
    }

    #[test]
    fn a_place_toured_is_where_the_visit_is_held() {
        let found = meetings_of(
            "MEXICO CITY (AP) — Foreign Secretary Ana Ruiz toured Tapachula on Monday with \
             President Tomas Lugo to discuss migration.",
        );
        assert_eq!(
            found,
            [("visit".to_string(), Some("Tapachula".to_string()), 2)]
        );
    }

    #[test]
    fn a_meeting_planned_is_not_the_one_held_before() {
        let found = meetings_of(
            "Mayors\n\nMayor Ana Ruiz said she would speak by telephone next week with Mayor \
             Tomas Lugo. Ruiz, Lugo and Mayor Pedro Vidal held a video call last month.",
        );
        let sizes: Vec<usize> = found.iter().map(|m| m.2).collect();
        assert_eq!(sizes, [2, 3]);
    }

    #[test]
    fn the_office_that_opens_a_sentence_is_its_one_holder_named_just_before() {
        let text = "Camp\n\nGov. Ana Ruiz toured the camp on Wednesday with Mayor Tomas Lugo. \
                    The governor said she had spoken by phone on Tuesday with Rosa Paz, the head \
                    of the migration institute.";
        assert_eq!(
            participants_of(text),
            [
                vec!["Ana Ruiz".to_string(), "Tomas Lugo".to_string()],
                vec!["Ana Ruiz".to_string(), "Rosa Paz".to_string()]
            ]
        );
        // Not an office two people named before hold.
        let text = "Camp\n\nGov. Ana Ruiz and Gov. Tomas Lugo toured the camp on Wednesday. The \
                    governor said she had spoken by phone on Tuesday with Rosa Paz, the head of \
                    the migration institute.";
        assert_eq!(
            participants_of(text),
            [vec!["Ana Ruiz".to_string(), "Tomas Lugo".to_string()]]
        );
    }

    #[test]
    fn the_city_a_meeting_is_in_is_the_town_named_just_before() {
        assert_eq!(
            meetings_of(
                "Talks\n\nCuba's consul in Mérida, Ana Ruiz, will meet Governor Tomas Lugo in \
                 the city on Monday."
            ),
            [("meeting".to_string(), Some("Mérida".to_string()), 2)]
        );
        // Not the town hall of whatever town was named.
        assert_eq!(
            meetings_of(
                "Talks\n\nThe group walked from Mérida. Mayor Ana Ruiz met Governor Tomas Lugo \
                 at the town hall on Thursday."
            ),
            [("meeting".to_string(), None, 2)]
        );
    }

    #[test]
    fn a_call_then_a_meeting_planned_in_one_sentence_are_two() {
        assert_eq!(
            meetings_of(
                "Talks\n\nPresident Ana Ruiz said she had spoken by phone with President Tomas \
                 Lugo on Monday, and that the two would meet in Tapachula on Nov. 4."
            ),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Tapachula".to_string()), 2)
            ]
        );
        // Or the caller's own plan to tour with someone else.
        assert_eq!(
            meetings_of(
                "Talks\n\nGovernor Ana Ruiz spoke by phone with Governor Tomas Lugo on Monday, \
                 her office said, and she plans to tour the border in Tapachula with Sheriff \
                 Rosa Paz on Nov. 4."
            ),
            [
                ("call".to_string(), None, 2),
                ("visit".to_string(), Some("Tapachula".to_string()), 2)
            ]
        );
        // Or the two who spoke, who plan to meet.
        assert_eq!(
            meetings_of(
                "Talks\n\nGovernor Ana Ruiz spoke by phone with Mayor Tomas Lugo on Tuesday, the \
                 mayor said, and the two plan to meet in Tapachula next week."
            ),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Tapachula".to_string()), 2)
            ]
        );
        // Or the caller's own trip to meet someone, told with a pronoun: held where it goes.
        let text = "Talks\n\nGovernor Ana Ruiz said she spoke by phone on Monday with Governor \
                    Tomas Lugo about the boats and that she would travel to Tapachula on Friday \
                    to meet Minister Rosa Paz.";
        assert_eq!(
            participants_of(text),
            [
                vec!["Ana Ruiz".to_string(), "Tomas Lugo".to_string()],
                vec!["Ana Ruiz".to_string(), "Rosa Paz".to_string()]
            ]
        );
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Tapachula".to_string()), 2)
            ]
        );
        // Or that trip told with no subject, to meet the one spoken with.
        let text = "Talks\n\nMinister Ana Ruiz spoke by phone on Tuesday with Britain's home \
                    secretary, Rosa Paz, her office said, and will travel to London in \
                    December to meet her.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("London".to_string()), 2)
            ]
        );
        // Or a trip to come and meet them, told by the caller's office.
        let text = "Talks\n\nMinister Ana Ruiz stayed away. Ruiz's ministry said she had \
                    spoken with Minister Rosa Paz by phone on Monday and would come to \
                    Tapachula to meet her next month.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Tapachula".to_string()), 2)
            ]
        );
        // Or a visit made to meet them.
        let text = "Talks\n\nMinister Ana Ruiz said she had discussed the border in a video \
                    call on Tuesday with Minister Rosa Paz, and that she would visit Tehran in \
                    February to meet her.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Tehran".to_string()), 2)
            ]
        );
        // Or the caller's own meeting, told with a pronoun.
        let text = "Talks\n\nGovernor Ana Ruiz spoke by phone on Monday with Governor Tomas \
                    Lugo, and she is due to meet Minister Rosa Paz in Tapachula next month.";
        assert_eq!(
            participants_of(text),
            [
                vec!["Ana Ruiz".to_string(), "Tomas Lugo".to_string()],
                vec!["Ana Ruiz".to_string(), "Rosa Paz".to_string()]
            ]
        );
        // Both callers' plan, told with "they".
        let text = "Talks\n\nGovernor Ana Ruiz and Governor Tomas Lugo spoke by phone last \
                    week, and they are due to meet in Tapachula next month.";
        assert_eq!(
            meetings_of(text),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Tapachula".to_string()), 2)
            ]
        );
        let text = "Talks\n\nGovernor Ana Ruiz spoke by phone on Monday with Governor Tomas \
                    Lugo, and she will meet Minister Rosa Paz in Tapachula next month.";
        assert_eq!(
            participants_of(text).len(),
            2,
            "{:?}",
            participants_of(text)
        );
        // Whom the speaker will meet is another: the call is not theirs.
        let text = "Talks\n\nPresident Ana Ruiz said she had spoken by phone with President \
                    Tomas Lugo on Monday and would meet Minister Rosa Paz in Tapachula.";
        assert_eq!(
            participants_of(text),
            [
                vec!["Ana Ruiz".to_string(), "Tomas Lugo".to_string()],
                vec!["Ana Ruiz".to_string(), "Rosa Paz".to_string()]
            ]
        );
        // Those who spoke, named by their office, meet again.
        assert_eq!(
            meetings_of(
                "Talks\n\nGov. Ana Ruiz spoke by phone on Monday with Gov. Tomas Lugo, her office \
                 said, and the two governors will meet in Tapachula on Friday."
            ),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Tapachula".to_string()), 2)
            ]
        );
        // Whose office tells it after the plan is not named in the plan.
        assert_eq!(
            meetings_of(
                "Talks\n\nGov. Ana Ruiz spoke by phone on Thursday with Premier Tomas Lugo, and \
                 the two agreed to meet in Tapachula next month, Ruiz's office said."
            ),
            [
                ("call".to_string(), None, 2),
                ("meeting".to_string(), Some("Tapachula".to_string()), 2)
            ]
        );
        // Others to meet make no second meeting of theirs.
        assert_eq!(
            meetings_of(
                "Talks\n\nPresident Ana Ruiz spoke by phone with President Tomas Lugo on \
                 Monday and agreed that the two ministers would meet in Tapachula."
            ),
            [("call".to_string(), None, 2)]
        );
    }

    #[test]
    fn a_caller_who_will_visit_with_someone_or_two_who_plan_to_meet_plan_a_meeting_of_their_own() {
        let ex = extracted(
            "Talks\n\nMinister Ana Ruiz and Minister Tomas Lugo held a video call on Tuesday, \
             and Lugo will visit Tapachula with Governor Rosa Paz on Sept. 19.",
        );
        let told: Vec<(&str, MeetingStatus, Vec<&str>)> = ex
            .meetings
            .iter()
            .map(|m| {
                let mut names: Vec<&str> = m
                    .participants
                    .iter()
                    .map(|&p| ex.people[p].name.as_str())
                    .collect();
                names.sort();
                (m.kind.as_str(), m.status, names)
            })
            .collect();
        assert_eq!(
            told,
            [
                ("call", MeetingStatus::Held, vec!["Ana Ruiz", "Tomas Lugo"]),
                (
                    "visit",
                    MeetingStatus::Planned,
                    vec!["Rosa Paz", "Tomas Lugo"]
                ),
            ]
        );
        let ex = extracted(
            "Talks\n\nMinister Ana Ruiz spoke by phone on Monday with President Tomas Lugo. The \
             two men plan to meet in Lima in April.",
        );
        let statuses: Vec<MeetingStatus> = ex.meetings.iter().map(|m| m.status).collect();
        assert_eq!(statuses, [MeetingStatus::Held, MeetingStatus::Planned]);
    }

    #[test]
    fn a_call_is_a_call_whatever_word_came_first_and_has_no_place() {
        assert_eq!(
            meetings_of(
                "Talks\n\nLIMA — President Ana Ruiz discussed shelters in Tapachula with \
                 President Tomas Lugo in a phone call on Monday."
            ),
            [("call".to_string(), None, 2)]
        );
        assert_eq!(
            meetings_of(
                "Talks\n\nLIMA — President Ana Ruiz met President Tomas Lugo in Tapachula on \
                 Monday."
            ),
            [("meeting".to_string(), Some("Tapachula".to_string()), 2)]
        );
    }

    #[test]
    fn two_who_meet_the_buses_together_meet_each_other() {
        let text = "Talks\n\nThe mayor of Gwadar and the FIA's director met the buses together \
                    at the crossing on Wednesday. The mayor, Ana Ruiz, said food was ready. The \
                    FIA director, Tomas Lugo, said checks went on.";
        assert_eq!(participants_of(text), [["Ana Ruiz", "Tomas Lugo"]]);
        // Not who meet every bus.
        let text = "Talks\n\nMayor Ana Ruiz said police under Tomas Lugo would meet every bus \
                    at the crossing.";
        assert!(participants_of(text).is_empty());
    }

    #[test]
    fn a_dinner_together_is_a_meeting_where_it_is_not_where_an_office_is() {
        let text = "Talks\n\nThe county commissioner and UNHCR's head of sub-office in Kakuma \
                    had dinner together on Tuesday at a guesthouse in Lokichoggio. The county \
                    commissioner, Ana Ruiz, said the centre was full. The UNHCR official, Tomas \
                    Lugo, said trucks would leave on Friday.";
        assert_eq!(
            meetings_of(text),
            [("meeting".to_string(), Some("Lokichoggio".to_string()), 2)]
        );
        // Past a body's long name before its office.
        let text = "Talks\n\nLOKICHOGGIO, Kenya (AP) — The county commissioner and the head of \
                    the International Organization for Migration's office in Nairobi walked \
                    through the camp together on Tuesday. The county commissioner, Ana Ruiz, \
                    said the centre was full. The IOM official, Tomas Lugo, said trucks would \
                    leave on Friday.";
        assert_eq!(
            meetings_of(text),
            [("visit".to_string(), Some("LOKICHOGGIO".to_string()), 2)]
        );
    }

    #[test]
    fn a_wreath_laid_together_is_a_meeting() {
        let text = "Memorial\n\nThe mayor of Otranto and the prefect laid a wreath together on \
                    Wednesday at the memorial in Otranto. The mayor, Ana Ruiz, said the town \
                    would remember. The prefect, Tomas Lugo, said the arrivals would be moved.";
        assert_eq!(
            meetings_of(text),
            [("visit".to_string(), Some("Otranto".to_string()), 2)]
        );
    }

    #[test]
    fn a_call_counted_as_the_second_tells_of_one_before_it() {
        let text = "Talks\n\nPresident Ana Ruiz and her counterpart, Tomas Lugo, discussed the \
                    landing by phone on Tuesday, their second call in a week, her office said.";
        assert_eq!(
            meetings_of(text),
            [("call".to_string(), None, 2), ("call".to_string(), None, 2)]
        );
        // Where the earlier ones were held is not told.
        let text = "Talks\n\nPresident Ana Ruiz met Tomas Lugo in Lagos on Tuesday, the third \
                    meeting of the two this year.";
        assert_eq!(
            meetings_of(text),
            [
                ("meeting".to_string(), Some("Lagos".to_string()), 2),
                ("meeting".to_string(), None, 2),
                ("meeting".to_string(), None, 2)
            ]
        );
        let text = "Talks\n\nPresident Ana Ruiz and her counterpart, Tomas Lugo, discussed the \
                    landing by phone on Tuesday, the second time this year that a boat came.";
        assert_eq!(meetings_of(text).len(), 1);
        // Nor a meeting still ahead, or one of a series named by where it is held.
        for text in [
            "Talks\n\nPresident Ana Ruiz met Tomas Lugo in Lagos on Tuesday, ahead of the \
             second meeting this year of the regional bloc.",
            "Talks\n\nPresident Ana Ruiz met Tomas Lugo in Lagos on Tuesday and invited him to \
             the second meeting in Brussels next month.",
        ] {
            assert_eq!(meetings_of(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_meeting_called_off_is_none_and_one_spoken_of_by_phone_is_a_call() {
        assert!(meetings_of(
            "Talks\n\nPresident Ana Ruiz was to meet Mayor Tomas Lugo on Friday, but the visit \
             was cancelled."
        )
        .is_empty());
        // Nor is a call someone did not join.
        assert!(meetings_of(
            "Talks\n\nPresident Ana Ruiz chaired a summit by video on Wednesday. President \
             Tomas Lugo did not join the call, Ruiz's office said."
        )
        .is_empty());
        // One that "had been due" is one that did not take place, after a trip called off.
        assert!(meetings_of(
            "Talks\n\nThe trip was called off. Mayor Tomas Lugo had been due to meet President Ana \
             Ruiz on Friday."
        )
        .is_empty());
        // Unless the next sentence says it went ahead: by video, it is a call with no place.
        let held = meetings_of(
            "Talks\n\nMayor Tomas Lugo and President Ana Ruiz had been due to meet in Lima on \
             Friday. The talks went ahead by video link instead, her office said.",
        );
        assert_eq!(held, [("call".to_string(), None, 2)]);
        // Unless the next sentence puts it off to another day.
        assert_eq!(
            meetings_of(
                "Talks\n\nMayor Tomas Lugo had been due to meet President Ana Ruiz on Friday. \
                 The meeting was postponed to Dec. 4."
            )
            .len(),
            1
        );
        // So does one who says so.
        assert_eq!(
            meetings_of(
                "Talks\n\nMayor Tomas Lugo had been due to meet President Ana Ruiz on Friday. \
                 Lima's interior ministry said the meeting had been postponed to Dec. 4."
            )
            .len(),
            1
        );
        // Or the sentence before it, unless this one calls it off itself.
        assert_eq!(
            meetings_of(
                "Talks\n\nA visit by Mayor Tomas Lugo, planned for Friday, has been postponed. \
                 Lugo had been due to meet President Ana Ruiz and tour the port."
            )
            .len(),
            1
        );
        assert!(meetings_of(
            "Talks\n\nA visit by Mayor Tomas Lugo has been postponed. The trip of Minister Eva \
             Pino, who was to have met President Ana Ruiz, was called off."
        )
        .is_empty());
        // Nor is one asked for and refused or left unanswered.
        for text in [
            // Turned down in the next sentence.
            "Talks\n\nGovernor Ana Ruiz asked last week to meet Mayor Tomas Lugo in person. \
             Lugo declined, saying it was too soon.",
            // Talks said to be due somewhere are not held.
            "Talks\n\nMayor Tomas Lugo said talks should go through Governor Ana Ruiz.",
            "Talks\n\nGovernor Ana Ruiz said she had asked to meet Mayor Tomas Lugo, but that \
             Lugo's office had declined.",
            "Talks\n\nMayor Ana Ruiz said she had asked to meet Minister Tomas Lugo during his \
             visit but had been told there was no time.",
            "Talks\n\nGovernor Ana Ruiz has asked for a meeting with President Tomas Lugo for \
             weeks without an answer.",
            "Talks\n\nPresident Ana Ruiz has asked for talks with Tanzanian President Tomas Lugo \
             on the border, his spokesman said, but no date has been set.",
            "Talks\n\nMayor Ana Ruiz said he had asked for a meeting with Minister Tomas Lugo \
             three weeks ago and was still waiting for an answer.",
            "Talks\n\nGovernor Ana Ruiz asked for a phone call with President Tomas Lugo but \
             had not yet received an answer.",
            "Talks\n\nPrime Minister Ana Ruiz said on Sunday that he had asked Tomas Lugo for a \
             meeting and had not received an answer.",
            "Talks\n\nMinister Ana Ruiz has asked for talks with Tomas Lugo on the pace of \
             the returns, but his office has not replied, an official said.",
            // Asked for, intended or worked towards, and not had.
            "Talks\n\nMayor Tomas Lugo has asked Gov. Ana Ruiz for a meeting about the cost \
             since the summer and has not had one, his office said.",
            "Talks\n\nMayor Ana Ruiz said she intended to raise the landings with Secretary \
             Tomas Lugo, but no meeting or call has been scheduled.",
            "Talks\n\nMayor Ana Ruiz said he would raise the demands with the agency's \
             representative, Tomas Lugo, but gave no date for any meeting.",
            "Talks\n\nOfficials have been trying to bring President Ana Ruiz and Tomas Lugo, the \
             prime minister, together at a summit next week.",
        ] {
            assert!(meetings_of(text).is_empty(), "{text}");
        }
        assert_eq!(
            meetings_of(
                "Talks\n\nPresident Ana Ruiz said she had spoken by phone with Mayor Tomas Lugo."
            ),
            [("call".to_string(), None, 2)]
        );
        // The phone may come after the one spoken with; without it, speaking is a call only
        // on a day named (see `meeting_words_of_several_words_name_the_kind`).
        assert_eq!(
            meetings_of(
                "Talks\n\nPresident Ana Ruiz said she had spoken with Mayor Tomas Lugo by phone \
                 on Monday."
            ),
            [("call".to_string(), None, 2)]
        );
        assert!(meetings_of(
            "Talks\n\nPresident Ana Ruiz said she had spoken with Mayor Tomas Lugo about it."
        )
        .is_empty());
        // So is discussing something with someone, by phone, told between the two.
        assert_eq!(
            meetings_of(
                "Talks\n\nPresident Ana Ruiz said she had discussed the arrivals by phone on \
                 Wednesday with her Cuban counterpart, Tomas Lugo."
            ),
            [("call".to_string(), None, 2)]
        );
    }

    #[test]
    fn a_meeting_of_others_named_by_their_office_is_not_one_of_those_who_agreed_it() {
        let text = "Talks\n\nPresident Ana Ruiz said she had raised the numbers on Wednesday in \
                    a phone call with President Tomas Lugo. Ruiz said the two had agreed that \
                    their foreign ministers would meet in Bogota next month.";
        assert_eq!(meetings_of(text), [("call".to_string(), None, 2)]);
    }

    #[test]
    fn a_trip_to_meet_someone_is_held_where_the_trip_goes() {
        let place = |text: &str| {
            meetings_of(text)
                .into_iter()
                .map(|(_, place, _)| place)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            place(
                "Talks\n\nPresident Ana Ruiz will travel to Tegucigalpa next week to meet \
                 President Tomas Lugo."
            ),
            [Some("Tegucigalpa".to_string())]
        );
        assert_eq!(
            place("Talks\n\nPresident Ana Ruiz visited Tegucigalpa and met President Tomas Lugo."),
            [Some("Tegucigalpa".to_string())]
        );
        // "A visit by X to Y to meet Z".
        assert_eq!(
            place(
                "Talks\n\nLIMA — President Ana Ruiz praised President Tomas Lugo. A visit by \
                 Ruiz to Tegucigalpa to meet Lugo has been postponed."
            ),
            [Some("Tegucigalpa".to_string())]
        );
        assert_eq!(
            place(
                "Talks\n\nCANDELARIA, Mexico — President Ana Ruiz held talks with President \
                 Tomas Lugo on Saturday during a visit to Tegucigalpa."
            ),
            [Some("Tegucigalpa".to_string())]
        );
        // Not where the traveller said so.
        assert_eq!(
            place(
                "Talks\n\nPresident Ana Ruiz said in Lima that she would travel to Tegucigalpa \
                 on Oct. 2 to meet President Tomas Lugo."
            ),
            [Some("Tegucigalpa".to_string())]
        );
        // Nor where the news came from; a return is a trip too.
        assert_eq!(
            place(
                "Talks\n\nPresident Ana Ruiz will return to Tegucigalpa on Saturday to meet \
                 President Tomas Lugo, her office in Lima said."
            ),
            [Some("Tegucigalpa".to_string())]
        );
        assert_eq!(
            place(
                "Talks\n\nPresident Ana Ruiz will meet President Tomas Lugo on Saturday, her \
                 office in Lima said."
            ),
            [None]
        );
    }

    #[test]
    fn people_who_join_a_participant_join_the_last_meeting() {
        let participants = |body: &str| {
            meetings_of(&format!("Talks\n\n{body}"))
                .into_iter()
                .map(|(_, _, n)| n)
                .collect::<Vec<_>>()
        };
        let told = "President Ana Ruiz met her counterpart, President Tomas Lugo, in Lima. \
                    The talks covered trade. Both spoke of migration.";
        assert_eq!(
            participants(&format!(
                "{told} President Lugo was joined by Foreign Minister Peter Kovac."
            )),
            [3]
        );
        // Without a companion phrase, a second meeting with one of them is its own.
        assert_eq!(
            participants(&format!(
                "{told} President Lugo later met Foreign Minister Peter Kovac."
            )),
            [2, 2]
        );
    }

    #[test]
    fn a_meeting_that_will_be_held_is_planned() {
        let g = Gazetteer::builtin();
        let status_of = |s: &str| on_words(s, |words| status(&g, words));
        assert_eq!(
            status_of("the summit will be held on Thursday"),
            MeetingStatus::Planned
        );
        assert_eq!(
            status_of("the summit was held on Thursday"),
            MeetingStatus::Held
        );
        assert_eq!(
            status_of("they met and will meet again"),
            MeetingStatus::Held
        );
        assert_eq!(
            status_of("Ruiz flew to Ottawa on Monday to meet Paz"),
            MeetingStatus::Held
        );
        assert_eq!(status_of("Ruiz is to meet Paz"), MeetingStatus::Planned);
        // Nor one in what a visitor said.
        assert_eq!(
            status_of("Ruiz visited the village with Paz, who said the state would pay"),
            MeetingStatus::Held
        );
        // A "would" in what was said on a call is not the call's.
        assert_eq!(
            status_of("Ruiz spoke by phone with Paz, who told her Peru would reopen the border"),
            MeetingStatus::Held
        );
        // A headline's "to meet" is what will happen.
        let text = "Ruiz and Paz to meet in Ottawa\n\nForeign Minister Ana Ruiz will see \
                    Interior Minister Luis Paz there.";
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let statuses: Vec<MeetingStatus> = ex.meetings.iter().map(|m| m.status).collect();
        assert_eq!(statuses, [MeetingStatus::Planned]);
    }

    #[test]
    fn him_or_her_after_a_verb_of_meeting_is_the_official_of_the_sentence_before() {
        let g = Gazetteer::builtin();
        let participants = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            ex.meetings
                .iter()
                .map(|m| {
                    m.participants
                        .iter()
                        .map(|&p| ex.people[p].name.clone())
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        let met = participants(
            "Town\n\nHemmingford's mayor, Mirabelle Tousignant, said residents were worried. \
             Public Safety Minister David McGuinty will meet her in Hemmingford on Monday.",
        );
        assert_eq!(met, [["David McGuinty", "Mirabelle Tousignant"]], "{met:?}");
        // Not "her" before a noun: whose it is.
        let met = participants(
            "Town\n\nHemmingford's mayor, Mirabelle Tousignant, said residents were worried. \
             Public Safety Minister David McGuinty will meet her staff on Monday.",
        );
        assert!(met.is_empty(), "{met:?}");
    }

    #[test]
    fn briefing_an_official_is_a_meeting() {
        let g = Gazetteer::builtin();
        let text = "Aid\n\nUNHCR's representative in Mauritania, Ragnhild Tveit, is due to brief \
                    President Mohamed Ould Ghazouani in Nouakchott on Sunday, her office said.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let meetings: Vec<(usize, MeetingStatus)> = ex
            .meetings
            .iter()
            .map(|m| (m.participants.len(), m.status))
            .collect();
        assert_eq!(meetings, [(2, MeetingStatus::Planned)], "{:?}", ex.meetings);
    }

    #[test]
    fn a_meeting_put_off_is_still_planned_and_one_called_off_is_none() {
        let g = Gazetteer::builtin();
        let wednesday = Date::new(2024, 6, 19).unwrap();
        let doc = Doc::new(
            "Talks\n\nForeign Minister Ana Ruiz spoke by phone on Tuesday with her Peruvian \
             counterpart, Tomas Lugo. The two ministers had been due to meet in the city of Puno \
             on June 28, but agreed during the call to postpone the meeting.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, Some(wednesday));
        let told: Vec<(&str, MeetingStatus, Option<String>, Option<Date>)> = ex
            .meetings
            .iter()
            .map(|m| {
                let place = m.location.map(|p| ex.places[p].name.clone());
                (m.kind.as_str(), m.status, place, m.date)
            })
            .collect();
        assert_eq!(
            told,
            [
                ("call", MeetingStatus::Held, None, Date::new(2024, 6, 18)),
                ("meeting", MeetingStatus::Planned, Some("Puno".into()), None),
            ]
        );
        // A meeting put off to a day is dated by that day.
        let doc = Doc::new(
            "Talks\n\nMayor Ana Ruiz and Mayor Tomas Lugo were to meet on June 20, but the \
             meeting was postponed to June 27.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, Some(wednesday));
        let dates: Vec<Option<Date>> = ex.meetings.iter().map(|m| m.date).collect();
        assert_eq!(dates, [Date::new(2024, 6, 27)]);
        // "called the meeting off", the verb's parts apart.
        assert!(meetings_of(
            "Talks\n\nMayor Ana Ruiz and Mayor Tomas Lugo had planned to meet on the bridge on \
             Wednesday, but called the meeting off."
        )
        .is_empty());
    }

    #[test]
    fn a_calendar_date_without_a_year_is_next_year_s_for_a_meeting_still_to_come() {
        let december = Date::new(2023, 12, 14).unwrap();
        assert_eq!(
            date(
                "will meet in Austin on Jan. 8",
                december,
                MeetingStatus::Planned
            ),
            Date::new(2024, 1, 8)
        );
        assert_eq!(
            date("will meet on Dec. 20", december, MeetingStatus::Planned),
            Date::new(2023, 12, 20)
        );
        // One held is this year's.
        assert_eq!(
            date("met on Jan. 8", december, MeetingStatus::Held),
            Date::new(2023, 1, 8)
        );
    }

    #[test]
    fn she_who_opened_the_sentences_before_is_the_she_of_a_meeting() {
        let text = "Notes\n\nMayor Ana Ruiz met Agent Luis Paz on Wednesday. She said she had \
                    written to Secretary Tomas Lugo. She and Mayor Rosa Vidal will meet on \
                    Friday.";
        assert_eq!(
            participants_of(text),
            [vec!["Ana Ruiz", "Luis Paz"], vec!["Ana Ruiz", "Rosa Vidal"]]
        );
    }

    #[test]
    fn resolves_weekdays_against_publication() {
        // Published Friday 2023-10-06; "met Thursday" is the day before.
        let friday = Date::new(2023, 10, 6).unwrap();
        // The date a dateline gives is when the story was filed, not when they met.
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "Talks\n\nLIMA, Oct 6 (Reuters) - President Ana Ruiz met President Tomas Lugo in \
             Quito on Thursday, her office said.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, Some(friday));
        let dates: Vec<Option<Date>> = ex.meetings.iter().map(|m| m.date).collect();
        assert_eq!(dates, [Date::new(2023, 10, 5)]);
        assert_eq!(
            date("they met Thursday", friday, MeetingStatus::Held),
            Date::new(2023, 10, 5)
        );
        assert_eq!(
            date("they will meet Thursday", friday, MeetingStatus::Planned),
            Date::new(2023, 10, 12)
        );
        // "a week on Thursday": the Thursday after the next.
        assert_eq!(
            date(
                "they will meet a week on Thursday",
                friday,
                MeetingStatus::Planned
            ),
            Date::new(2023, 10, 19)
        );
        // The day someone spoke is not the meeting's.
        assert_eq!(
            date(
                "they will meet this week , the ministry said on Wednesday , and again on Thursday",
                friday,
                MeetingStatus::Planned
            ),
            Date::new(2023, 10, 12)
        );
        assert_eq!(
            date("on October 6", friday, MeetingStatus::Held),
            Date::new(2023, 10, 6)
        );
        // A weekday with its calendar date is that date, whatever the status reads.
        for written in ["on Tuesday , Sept. 26", "on Tuesday Sept. 26"] {
            assert_eq!(
                date(written, friday, MeetingStatus::Planned),
                Date::new(2023, 9, 26),
                "{written}"
            );
        }
        assert_eq!(
            date(
                "Christmas night",
                Date::new(2023, 12, 27).unwrap(),
                MeetingStatus::Held
            ),
            Date::new(2023, 12, 25)
        );
    }
}
