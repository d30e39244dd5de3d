//! Two groups in one article: which sentences tell of the first, the second or both
//! ("a second group of 210", "A second bus, with 38 people aboard").

use super::*;

/// Which of two groups a sentence tells of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Share {
    First,
    Second,
    Both,
}

/// An article that tells of two groups: "About 450 Venezuelans walked into Brazil ... while a
/// second group of 210 was flown to Curitiba", "A second bus, with thirty-eight people
/// aboard, reached Denver"; or people counted apart from the story's group ("Earlier on
/// Thursday, about 150 Cubans arrived", "The figure does not include some 3,000 people",
/// "Traffic also ran the other way. Some 80 Venezuelans ..."). Each sentence belongs to the
/// first, the second or both; the sentence that brings the second in is cut where it does.
pub(super) struct TwoGroups {
    /// The sentence and token where the second group comes in.
    anchor: (usize, usize),
    /// By sentence.
    shares: Vec<Share>,
    /// The group sentences, and those that name one of the groups or both ("The first group
    /// had set out from ...", "Both had left ...") whatever else they say.
    sentences: Vec<usize>,
}

impl TwoGroups {
    /// `sentence_sizes` are the figures read in each sentence.
    pub(super) fn find(
        r: Reading,
        group_sentences: &[usize],
        sentence_sizes: &[Vec<SizeReport>],
    ) -> Option<Self> {
        let Reading { g, doc, folded, .. } = r;
        // ("A second, smaller group arrived Tuesday night." names no group the first pass
        // knows: "group" after "smaller". The figures come in the sentences after it.)
        // (Not in the headline: "Another caravan sets out" heads a story of that one.)
        let (anchor_sentence, anchor) = doc
            .sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.paragraph > 0)
            .find_map(|(si, s)| {
                let tokens = s.tokens.clone();
                let words = &folded[tokens.clone()];
                // "Traffic on the bridge also ran the other way. Some 80 Venezuelans ...":
                // people going the other way, told of here or in the sentence before.
                let the_other_way = |si: usize| {
                    let words = &folded[doc.sentences[si].tokens.clone()];
                    g.triggers(TriggerKind::OtherWayCue).any_in(words)
                };
                let turned = || {
                    the_other_way(si)
                        || (si > 0
                            && doc.sentences[si - 1].paragraph == s.paragraph
                            && the_other_way(si - 1))
                };
                // (A cheap test first: the other group needs a count after the story's first
                // group sentence, and most sentences have neither.)
                let may_count = || {
                    group_sentences.binary_search(&si).is_ok()
                        || tokens
                            .clone()
                            .any(|t| doc.tokens[t].kind == TokenKind::Number)
                };
                second_group_at(g, words)
                    .or_else(|| {
                        let after_first = group_sentences.first().is_some_and(|&f| f < si);
                        if !(after_first && may_count()) {
                            return None;
                        }
                        other_group_at(g, words)
                            .or_else(|| turned().then_some(0))
                            .filter(|&i| {
                                let counted = tokens.start + i..tokens.end;
                                !sizes(g, doc, counted.clone(), &folded[counted], si).is_empty()
                            })
                    })
                    .map(|i| (si, tokens.start + i))
            })?;
        // The figures each group is given where it comes in: a later sentence that repeats
        // one ("The 210 passengers on the flight ...") tells of that group.
        let anchor_tokens = doc.sentences[anchor_sentence].tokens.clone();
        let split_sizes = |tokens: std::ops::Range<usize>| {
            let words = &folded[tokens.clone()];
            sizes(g, doc, tokens, words, anchor_sentence)
        };
        let values = |reports: &[SizeReport]| -> Vec<u64> {
            reports
                .iter()
                .flat_map(|report| report.values.clone())
                .collect()
        };
        let mut second_values = values(&split_sizes(anchor..anchor_tokens.end));
        // The second group needs a figure of its own, told where it comes in, in the next
        // sentence, or where it is named again ("... another caravan is expected next month,
        // and 500 could join it" tells none).
        // (Not in a relative clause about them: "with \"about forty\" people aboard, who
        // walked inland before anyone could speak to them".)
        let hypothetical = |words: &[&str]| {
            let relative = words
                .windows(2)
                .position(|w| w[0] == "," && matches!(w[1], "who" | "which" | "where"))
                .unwrap_or(words.len());
            // (Not the month: "has been living in the buffer zone since May".)
            let month_may = |k: usize| {
                k > 0
                    && matches!(
                        words[k - 1],
                        "since"
                            | "in"
                            | "until"
                            | "till"
                            | "from"
                            | "through"
                            | "last"
                            | "early"
                            | "late"
                            | "mid"
                            | "before"
                            | "after"
                    )
            };
            words[..relative].iter().enumerate().any(|(k, w)| {
                matches!(*w, "could" | "would" | "might" | "expected")
                    || (*w == "may" && !month_may(k))
            })
        };
        let mut own_figure =
            !second_values.is_empty() && !hypothetical(&folded[anchor..anchor_tokens.end]);
        let mut first_values = values(&split_sizes(anchor_tokens.start..anchor));
        for reports in &sentence_sizes[..anchor_sentence] {
            first_values.extend(values(reports));
        }
        // "... after soldiers found a second group on the rocky islet of Farmakonisi": a later
        // paragraph that opens on where the second group was found ("On Farmakonisi, soldiers
        // found 38 Syrians") tells of it.
        let mentions_of = |si: usize| {
            r.mentions.partition_point(|m| m.sentence < si)
                ..r.mentions.partition_point(|m| m.sentence <= si)
        };
        let place_of = |i: usize| match r.refs[i] {
            Some(EntityRef::Place(p)) => Some(p),
            _ => None,
        };
        // (Up to the clause's end: not "..., Greece's coast guard said".)
        let clause_end = (anchor..anchor_tokens.end)
            .find(|&t| matches!(doc.token_text(t), "," | ";" | "—" | "–"))
            .unwrap_or(anchor_tokens.end);
        let second_places: Vec<usize> = mentions_of(anchor_sentence)
            .filter(|&i| (anchor..clause_end).contains(&r.mentions[i].tokens.start))
            .filter_map(place_of)
            .collect();
        let opens_on_second_place = |si: usize| {
            let start = doc.sentences[si].tokens.start;
            mentions_of(si).any(|i| {
                r.mentions[i].tokens.start <= start + 2
                    && place_of(i).is_some_and(|p| second_places.contains(&p))
            })
        };
        let mut shares = vec![Share::First; doc.sentences.len()];
        let mut sentences = group_sentences.to_vec();
        let mut second_paragraph = None;
        // A paragraph that opens on the second group by name ("The second boat, a skiff,
        // reached Xlendi"): the figures later in it are that group's own.
        let mut named_second_paragraph = None;
        for (si, s) in doc.sentences.iter().enumerate().skip(anchor_sentence) {
            let words = &folded[s.tokens.clone()];
            let reported = values(&sentence_sizes[si]);
            let opens_paragraph = si == 0 || doc.sentences[si - 1].paragraph != s.paragraph;
            let (both, first, second) = (
                tells_of_both(g, words),
                names_the_first(g, words),
                second_group_at(g, words).is_some()
                    || (si > anchor_sentence && opens_paragraph && opens_on_second_place(si)),
            );
            if both || first || second {
                sentences.push(si);
            }
            let share = if si == anchor_sentence {
                Share::Second
            } else if both {
                Share::Both
            } else if first || reported.iter().any(|v| first_values.contains(v)) {
                Share::First
            } else if second
                || reported.iter().any(|v| second_values.contains(v))
                // "One of them, ...": the paragraph after goes on with the same people.
                // So does a quotation that opens the next paragraph, when the one before ends
                // on the second group alone: one of them speaking.
                || (opens_paragraph
                    && s.paragraph.checked_sub(1).is_some_and(|p| second_paragraph == Some(p))
                    && (opens_on_them(words)
                        || (words.first().is_some_and(|w| matches!(*w, "\"" | "“"))
                            && shares[si - 1] == Share::Second)))
                || (!opens_paragraph && second_paragraph == Some(s.paragraph))
            {
                Share::Second
            } else {
                Share::First
            };
            if share == Share::Second {
                // The sentence that brings the second group in, or opens a paragraph on it,
                // takes the rest of its paragraph; one that comes back to it mid-paragraph
                // takes only itself.
                if opens_paragraph || si == anchor_sentence {
                    second_paragraph = Some(s.paragraph);
                }
                if opens_paragraph && second {
                    named_second_paragraph = Some(s.paragraph);
                }
                let new: Vec<u64> = reported
                    .iter()
                    .copied()
                    .filter(|v| !first_values.contains(v))
                    .collect();
                let next_to_anchor = si == anchor_sentence + 1
                    && doc.sentences[anchor_sentence].paragraph == s.paragraph;
                let in_named_paragraph = named_second_paragraph == Some(s.paragraph);
                if !new.is_empty()
                    && (next_to_anchor || second || in_named_paragraph)
                    && !hypothetical(words)
                {
                    own_figure = true;
                }
                second_values.extend(new);
            } else if share == Share::First {
                first_values.extend(reported.iter().filter(|v| !second_values.contains(v)));
            }
            shares[si] = share;
        }
        // A second group with no figure of its own is likelier the first told again ("the
        // second flight this week").
        if !own_figure {
            return None;
        }
        sentences.sort_unstable();
        sentences.dedup();
        Some(TwoGroups {
            anchor: (anchor_sentence, anchor),
            shares,
            sentences,
        })
    }

    /// Which group a token tells of: the sentence's, or, in the sentence that brings the
    /// second group in, the one on its side of the cut.
    fn share_at(&self, si: usize, token: usize) -> Share {
        let (anchor_sentence, anchor) = self.anchor;
        if si != anchor_sentence {
            self.shares[si]
        } else if token >= anchor {
            Share::Second
        } else {
            Share::First
        }
    }

    /// One of the two groups, built from its parts of the article. `sentence_sizes` are the
    /// figures read in each whole sentence.
    pub(super) fn group(
        &self,
        r: Reading,
        ex: &mut Extraction,
        sentence_sizes: &[Vec<SizeReport>],
        which: Share,
        dateline: Option<(usize, usize)>,
    ) -> Group {
        let (anchor_sentence, anchor) = self.anchor;
        let mut parts = Vec::new();
        for &si in &self.sentences {
            let tokens = r.doc.sentences[si].tokens.clone();
            let part = if si == anchor_sentence {
                match which {
                    Share::First => tokens.start..anchor,
                    _ => anchor..tokens.end,
                }
            } else if self.shares[si] == which || self.shares[si] == Share::Both {
                tokens
            } else {
                continue;
            };
            if !part.is_empty() {
                parts.push((si, part));
            }
        }
        let sizes = parts
            .iter()
            .flat_map(|(si, tokens)| {
                if *si == anchor_sentence {
                    sizes(r.g, r.doc, tokens.clone(), &r.folded[tokens.clone()], *si)
                } else {
                    sentence_sizes[*si].clone()
                }
            })
            .collect();
        // A person belongs to the group told of where the text first names them.
        let mut first_told = vec![None; ex.people.len()];
        for (m, reference) in r.mentions.iter().zip(r.refs) {
            if let Some(EntityRef::Person(p)) = reference {
                first_told[*p].get_or_insert((m.sentence, m.tokens.start));
            }
        }
        let has_person = |p: usize| match first_told[p] {
            Some((si, t)) => {
                let share = self.share_at(si, t);
                share == which || share == Share::Both
            }
            None => which == Share::First,
        };
        // The lede tells of the first.
        let dateline_told =
            dateline.filter(|&(i, _)| which == Share::First && lede_tells_of_group(r, i));
        build_group(r, ex, &parts, sizes, dateline, dateline_told, has_person)
    }
}

/// Where in a sentence a second group comes in: "a second group of 210", "A second, smaller
/// group", "another caravan". Not "..., the second flight from X this week", which renames
/// the group just told of.
pub(super) fn second_group_at(g: &Gazetteer, words: &[&str]) -> Option<usize> {
    let heads = g.triggers(TriggerKind::SecondGroupHead);
    (0..words.len()).find_map(|i| {
        let start = match words[i] {
            "second" if i > 0 && matches!(words[i - 1], "a" | "the") => i - 1,
            // ("brought a different pirogue with 87 people aboard into the port")
            "different" | "separate" if i > 0 && words[i - 1] == "a" => i - 1,
            "another" => i,
            _ => return None,
        };
        // (", the second flight this week", "they boarded another bus": the group told of,
        // again or on its way. Not "A few miles to the south, a second group of 40".)
        let before = if start > 0 { words[start - 1] } else { "" };
        if (before == "," && words[start] == "the")
            || matches!(
                before,
                "boarded" | "took" | "caught" | "onto" | "board" | "take"
            )
        {
            return None;
        }
        // A comma or a word of size between: "a second, smaller group", "another large
        // caravan"; not "the second day the group".
        let mut j = i + 1;
        while j < words.len()
            && j <= i + 3
            && matches!(
                words[j],
                "," | "smaller"
                    | "larger"
                    | "small"
                    | "large"
                    | "bigger"
                    | "big"
                    | "new"
                    | "separate"
            )
        {
            j += 1;
        }
        // "a small boat ... ran onto the beach ..., and a second came ashore": the head
        // left out, before the verb that brings it in.
        let elided = || {
            words[i] == "second"
                && matches!(
                    words[j],
                    "came" | "landed" | "arrived" | "reached" | "followed" | "ran"
                )
        };
        (j < words.len() && (heads.at(words, j) || elided())).then_some(start)
    })
}

/// Where in a sentence people other than the group of the story come in, when a head count
/// follows: a sentence that opens on "Earlier" or "In a separate case" (`other_group_opener`),
/// or a cue before the count ("The figure does not include about 3,500 people", "a week after
/// agents stopped 17 people"; `other_group_cue`), where the group comes in after the cue
/// (read from "does", the count would be a part of the group: "include 40 children"). The
/// caller checks the count.
pub(super) fn other_group_at(g: &Gazetteer, words: &[&str]) -> Option<usize> {
    // The opener may follow how long before or after: "Hours earlier, ...", "Two days
    // earlier, ...".
    let how_long = words
        .iter()
        .take(3)
        .take_while(|w| {
            matches!(
                **w,
                "a" | "an"
                    | "one"
                    | "two"
                    | "three"
                    | "few"
                    | "several"
                    | "minutes"
                    | "hour"
                    | "hours"
                    | "day"
                    | "days"
                    | "week"
                    | "weeks"
            )
        })
        .count();
    if how_long < words.len()
        && g.triggers(TriggerKind::OtherGroupOpener)
            .at(words, how_long)
    {
        return Some(0);
    }
    // "On Tuesday, too, a pirogue ...", "Also on Tuesday, ...": the same day, another event.
    let weekday = |w: &str| crate::date::weekday_number(w).is_some();
    if matches!(words, ["on", day, ",", "too", ..] | ["also", "on", day, ..] if weekday(day)) {
        return Some(0);
    }
    let cues = g.triggers(TriggerKind::OtherGroupCue);
    (0..words.len()).find_map(|i| cues.longest_at(words, i).map(|len| i + len))
}

/// "The first boat carried 19 people", "the size of the first caravan".
pub(super) fn names_the_first(g: &Gazetteer, words: &[&str]) -> bool {
    let heads = g.triggers(TriggerKind::SecondGroupHead);
    words.windows(2).any(|w| w[0] == "first" && heads.at(w, 1))
}

/// "Both groups had set out for Florida", "Both had left Eagle Pass on Tuesday".
pub(super) fn tells_of_both(g: &Gazetteer, words: &[&str]) -> bool {
    let heads = g.triggers(TriggerKind::SecondGroupHead);
    (words.len() > 1
        && words[0] == "both"
        && matches!(words[1], "had" | "have" | "were" | "are" | "left" | "of"))
        || words.windows(2).any(|w| w[0] == "both" && heads.at(w, 1))
}

/// "One of them, ...", "They said ...", "Among them was ...": a sentence that goes on about
/// the people just spoken of.
pub(super) fn opens_on_them(words: &[&str]) -> bool {
    // ("One of the seven, a 19-year-old": of those just counted.)
    matches!(words.first(), Some(&"they"))
        || (words.len() > 2
            && matches!(
                words[0],
                "one" | "some" | "many" | "most" | "several" | "all" | "among"
            )
            && (words[1] == "them"
                || (words[1] == "of" && words[2] == "them")
                || (words.len() > 3
                    && words[1] == "of"
                    && words[2] == "the"
                    && is_count(words[3]))))
}
