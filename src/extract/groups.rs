//! Migrant groups and caravans: sentences that speak of a caravan (or of "the migrants",
//! "the group") give its size figures, origins, where it is, came from and heads, and the
//! people who organise it or travel in it. All such mentions in one article are one group,
//! unless the article brings in a second one ("a second group of 210", "A second bus, with
//! 38 people aboard"): then each sentence tells of the first, the second or both.

use crate::date::month_number;
use crate::extract::mentions::possessive_after;
use crate::extract::{
    is_compass_point, went_under_own_steam, EntityRef, Evidence, Extraction, Group, Mention, Role,
    SizeReport,
};
use crate::gazetteer::{fold, Gazetteer, PlaceKind, TriggerKind};
use crate::resolve::place_entity;
use crate::text::{Doc, TokenKind};

mod members;
mod route;
mod sizes;
mod two;

use members::*;
use route::*;
use sizes::*;
use two::*;

pub(crate) use sizes::small_number;

/// A noun that names a travelling group by itself (`group_noun` in `data/triggers.tsv`).
fn is_strong_noun(g: &Gazetteer, word: &str) -> bool {
    g.is_trigger(TriggerKind::GroupNoun, word)
}

/// Words that, before "group" or "migrants", make them the group of the story ("a boat
/// carrying migrants").
const GROUP_DETERMINERS: &[&str] = &[
    "the", "this", "these", "that", "huge", "large", "migrant", "whole", "carrying",
];

/// Whether the words after "carrying" name migrants: "migrants", "refugees", "asylum
/// seekers", a people ("Haitians") or peoples listed before "migrants" ("Ethiopian and Somali
/// migrants").
fn carries_migrants(g: &Gazetteer, carried: &[&str]) -> bool {
    carried.first().is_some_and(|w| is_people_demonym(g, w))
        || carried
            .iter()
            .take(8)
            .position(|w| matches!(*w, "migrants" | "refugees" | "asylum"))
            .is_some_and(|end| end == 0 || peoples_listed_before(g, &carried[..end]) == Some(0))
}

/// What the group extractor reads of an article, handed on whole.
#[derive(Clone, Copy)]
struct Reading<'a> {
    g: &'a Gazetteer,
    doc: &'a Doc,
    mentions: &'a [Mention],
    refs: &'a [Option<EntityRef>],
    /// Every token folded, listed once.
    folded: &'a [&'a str],
}

/// Finds the groups of a document: one (repeated mentions of a caravan are one group), or two
/// when the article brings in a second group with a figure of its own.
pub fn find_groups(
    g: &Gazetteer,
    doc: &Doc,
    mentions: &[Mention],
    refs: &[Option<EntityRef>],
    ex: &mut Extraction,
) -> Vec<Group> {
    let mut group_sentences = Vec::new();
    // The figures read in each sentence (none outside group sentences).
    let mut sentence_sizes = vec![Vec::new(); doc.sentences.len()];
    let mut strong = false;
    // Every sentence is read: its words are sliced from the document's, listed once.
    let folded = doc.folded_words(0..doc.tokens.len());
    // The noun of a calling the group was first counted by ("Eight players from Cuba's
    // team"), which names it again with "the" ("The players left their rooms").
    let mut counted_by: Option<&str> = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        let words = &folded[s.tokens.clone()];
        let mut sizes = sizes(g, doc, s.tokens.clone(), words, si);
        // (Read only when the tests before it in a group sentence's chain fail.)
        let counted_before = counted_by;
        // (Men or women, so counted, are the group only as the subject: "The men first came
        // ashore", "police said the men had", not "the consul visited the men".)
        // Where the sentence's own words start, past a dateline.
        let opening = crate::extract::after_dateline(doc, s);
        let named_by_its_noun = || {
            counted_before.is_some_and(|noun| {
                let as_subject =
                    |k: usize| k == opening || (k > 0 && matches!(words[k - 1], "said" | "that"));
                words.windows(2).enumerate().any(|(k, pair)| {
                    pair == ["the", noun] && (!matches!(noun, "men" | "women") || as_subject(k))
                })
            })
        };
        if counted_by.is_none() {
            if let Some(&first) = sizes.first().and_then(|r| r.values.first()) {
                counted_by = (0..words.len())
                    .find_map(|k| {
                        figure_at(doc, s.tokens.start, words, k)
                            .filter(|&(value, _)| value == first)
                            .map(|(_, len)| {
                                plural_noun_after_figure(g, words, k + len)
                                    .or(words.get(k + len).copied())
                                    .unwrap_or("")
                            })
                    })
                    .filter(|noun| {
                        (is_plural_common_noun(noun)
                            && !g.triggers(TriggerKind::GroupCountNoun).any_in(&[noun]))
                            || matches!(*noun, "men" | "women")
                    });
            }
        }
        let has_strong = words.iter().any(|w| is_strong_noun(g, w));
        // "a rubber dinghy carrying a single Afghan family": a boat's family, a group.
        let carried_family = words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "family" | "families")
                && i >= 2
                && g.demonym(words[i - 1]).is_some()
                && words[i.saturating_sub(5)..i - 1].contains(&"carrying")
        });
        // "A wooden boat carrying Ethiopian and Somali migrants drifted for nine days": in the
        // lede, a craft carrying migrants is the story's group, counted or not.
        let craft_carrying_them = s.paragraph <= 1
            && (2..words.len()).any(|k| {
                words[k] == "carrying"
                    && is_vehicle(g, words[k - 1])
                    && words[k.saturating_sub(4)..k - 1]
                        .iter()
                        .any(|w| matches!(*w, "a" | "an"))
                    && carries_migrants(g, &words[k + 1..])
            });
        let group_word = carried_family
            || words.iter().enumerate().any(|(i, w)| {
                // "LAWNGTLAI, India (AP) — Refugees from Myanmar's Chin State who ...": a lede
                // that opens on them, with no figure, tells of the group.
                // So does "Villagers from Myanmar's Kayin State who fled airstrikes crossed
                // ...": those of any count noun, from somewhere, on the move.
                let lede_opens_on_them = i == opening
                    && i > 0
                    && s.paragraph <= 1
                    && ((matches!(*w, "migrants" | "refugees" | "asylum")
                        && words.get(i + 1) != Some(&"'"))
                        || (words.get(i + 1) == Some(&"from")
                            && g.is_trigger(TriggerKind::GroupCountNoun, w)
                            && words[i..]
                                .iter()
                                .any(|x| g.is_trigger(TriggerKind::GroupMovement, x))));
                // "A wooden sloop carrying Haitians struck a reef", "a boat carrying Congolese
                // families".
                // ("Two wooden boats carrying people from Papua": people a craft carries, at
                // the story's opening; later, "Boats carrying people from South Asia have
                // landed ... several times" is as often background.)
                let carried_people = i > 0
                    && words[i - 1] == "carrying"
                    && (is_people_demonym(g, w)
                        || (*w == "people"
                            && i > 1
                            && s.paragraph <= 2
                            && (g.is_trigger(TriggerKind::Boat, words[i - 2])
                                || g.is_trigger(TriggerKind::Vehicle, words[i - 2]))));
                // "Two groups of migrants who reached this village", "a group of Cubans".
                let group_of_people = matches!(*w, "group" | "groups")
                    && words.get(i + 1) == Some(&"of")
                    && (g.triggers(TriggerKind::GroupCountNoun).at(words, i + 2)
                        || is_plural_demonym_at(g, words, i + 2));
                // "The ABF said the men had flown to Jakarta": the men of a story that counted
                // them, named again.
                // So are "the men, from Pakistan and Bangladesh, had left".
                let the_men = *w == "men"
                    && i > 0
                    && words[i - 1] == "the"
                    && match words.get(i + 1) {
                        // ("The men said a smuggler had driven them from Tabriz".)
                        Some(&("had" | "were" | "have" | "are" | "said" | "told")) => true,
                        Some(&",") => words.get(i + 2) == Some(&"from"),
                        _ => false,
                    };
                // "The passengers were Senegalese, Gambians and Malians": who they were.
                let passengers_were = *w == "passengers"
                    && i > 0
                    && words[i - 1] == "the"
                    && matches!(words.get(i + 1), Some(&("were" | "are")))
                    && words
                        .get(i + 2)
                        .is_some_and(|next| g.demonym(next).is_some());
                carried_people
                    || lede_opens_on_them
                    || group_of_people
                    || passengers_were
                    || the_men
                    || matches!(
                        *w,
                        "group"
                        | "migrants"
                        | "refugees"
                        | "asylum"
                        | "marchers"
                        | "walkers"
                        | "travelers"
                        | "travellers"
                        | "crowd"
                        // "The deportees had been held for months in Sandakan".
                        | "deportees"
                        | "returnees"
                        | "survivors"
                        | "stowaways"
                    ) && i > 0
                        && (GROUP_DETERMINERS.contains(&words[i - 1])
                    // "a boat carrying Haitian migrants", "the Cuban migrants", "a sloop
                    // crowded with Haitian migrants", "a yacht carrying Afghan, Iranian and
                    // Iraqi migrants".
                    || peoples_listed_before(g, &words[..i]).is_some_and(|first| {
                        first > 0
                            && (GROUP_DETERMINERS.contains(&words[first - 1])
                                || words[first - 1] == "with")
                    }))
            });
        // (Read only where it can change something: most sentences are neither.)
        // ("SYRYM, Kazakhstan (AP) — Russian men fleeing the call-up lined up ...": or a
        // people's men, women or families that open the lede, a crowd uncounted. Not the
        // headline's, whose present tense tells the way gone as if it were the end.)
        let crowd = ((s.paragraph <= 2 || !group_word) && is_crowd_of_people(g, words))
            || (s.paragraph == 1 && opens_on_a_people(g, &words[opening..]));
        let has_group = group_word || crowd;
        // "Several hundred asylum seekers crossed ...": a crowd counted in words, which the
        // story opens with, is a group too, figure or not. (Later in a story, "thousands of
        // migrants" is as often background.)
        if has_strong
            || carried_family
            || craft_carrying_them
            || !sizes.is_empty()
            || (crowd && s.paragraph <= 2)
        {
            strong = true;
        }
        // A figure with no people noun ("said 38 had left", "counted 39.") counts a group
        // only in a story that has one: it never makes a story a group story by itself.
        if sizes.is_empty() {
            sizes = bare_counts(g, doc, s.tokens.clone(), words, si);
        }
        // "\"The Czech Republic, all of us,\" said X": one of the group speaking for all (or
        // "\"Santo Domingo. All of us.\"", a name alone before it, over two sentences).
        let name_alone = || {
            words.len() <= 5
                && !words
                    .iter()
                    .any(|w| g.is_trigger(TriggerKind::FunctionWord, w))
        };
        // ("Asked where they were going, X said: \"Germany. All of us.\"": or a name alone
        // that a colon opens at the sentence's end.)
        let name_alone_after_colon = || {
            words.iter().rposition(|w| *w == ":").is_some_and(|colon| {
                let after = &words[colon + 1..];
                let named: Vec<&&str> = after.iter().filter(|w| !w.is_empty()).collect();
                !named.is_empty()
                    && named.len() <= 3
                    && !named
                        .iter()
                        .any(|w| g.is_trigger(TriggerKind::FunctionWord, w))
            })
        };
        let all_of_us = || {
            (0..words.len()).any(|k| all_of_us_len(&words[k..]).is_some())
                || ((name_alone() || name_alone_after_colon()) && next_opens_on_all_of_us(doc, si))
        };
        // ("Most are from Guinea, Mali and Cameroon", "\"Malaysia, all of us\"": where a share
        // of them is from, or one speaking for all, follows it a few sentences further on.)
        let share_from = matches!(words, ["most" | "many" | "all", "are" | "were", "from", ..]);
        let follows_group = group_sentences.last().is_some_and(|&last| {
            let near = si - last <= 3;
            si - last <= 5
                && (all_of_us()
                    || ((near || share_from) && describes_members(g, past_opening_quote(words)))
                    || (near
                        && (route_told_backwards(words)
                            || tells_their_journey(words)
                            || is_stop_fragment(doc, si))))
        }) || says_who_migrants_are(g, words);
        // "all nine wanted to go on to Germany", "The eleven were still in Stranraer": the
        // group named again by a figure the story gave it (not a part of it or others beside
        // it: "three of the 14", "Besides the 49, three men").
        let counted_again = || {
            (1..words.len()).any(|k| {
                matches!(words[k - 1], "all" | "the")
                    && (k < 2 || !matches!(words[k - 2], "of" | "besides" | "except" | "beyond"))
                    && figure_at(doc, s.tokens.start, words, k).is_some_and(|(value, len)| {
                        names_no_noun(g, words.get(k + len).copied().unwrap_or(""))
                            && sentence_sizes[..si]
                                .iter()
                                .flatten()
                                .any(|r: &SizeReport| r.values.contains(&value))
                    })
            })
        };
        let right_after_group = group_sentences.last().is_some_and(|&last| si == last + 1);
        let subject_within = if right_after_group { 16 } else { 8 };
        let body = &words[opening..];
        // "The group had met at the terminal. By the time it reached Choloma, ...": "it" right
        // after a group sentence, moving, is the group.
        let it_moves = || {
            right_after_group
                && body
                    .windows(2)
                    .any(|w| w[0] == "it" && g.is_trigger(TriggerKind::GroupMovement, w[1]))
        };
        // "Residents had by then taken them to the community centre in Port Nelson": right
        // after a group sentence, those carried somewhere are the group. (Not "The sea route
        // was meant to take them around the checkpoints": a way meant, not taken.)
        let carried_on = || {
            right_after_group
                && body
                    .windows(2)
                    .any(|w| takes_them(g, w[0], w[1]) && !matches!(w[0], "take" | "takes"))
        };
        // "The navy stopped a canoe heading for Spain's Canary Islands": in the lede, the boat
        // or vehicle that carries the group, on its way, tells the group's way.
        let vehicle_on_its_way = || {
            s.paragraph <= 1
                && words
                    .windows(2)
                    .any(|w| is_vehicle(g, w[0]) && matches!(w[1], "heading" | "headed" | "bound"))
        };
        // "met X in Oaxaca City to discuss buses for the caravan": officials meeting about the
        // group, where the group is not.
        let topic_only = sizes.is_empty() && (has_strong || has_group) && only_a_topic(g, words);
        // "tens of thousands of Ethiopians travel south each year through Kenya, Tanzania and
        // Malawi", "Uruguay has received thousands of Cuban migrants since 2022, many of whom flew
        // to Guyana", "In 2017, hundreds of asylum seekers walked into Manitoba near Emerson",
        // past the lede: how many go a way every year, have over years or did in a year gone,
        // or in months from one to another ("between November and January"), is background.
        let yearly = || {
            s.paragraph > 2
                && (words.windows(3).any(|w| {
                    (matches!(w[0], "each" | "every") && matches!(w[1], "year" | "month"))
                        || (w[0] == "since" && names_a_year(w[1]))
                        || w == ["in", "recent", "years"]
                }) || words.windows(5).any(|w| {
                    // "Thousands ... have tried to reach it in the past two years": over
                    // years gone. (Not "had flown to Antigua over the past two months", "had
                    // crossed from Algeria in the past year": the group's own way.)
                    matches!(w[0], "in" | "over" | "during")
                        && w[1] == "the"
                        && matches!(w[2], "past" | "last")
                        && w[3..]
                            .iter()
                            .any(|u| matches!(*u, "years" | "decade" | "decades"))
                }) || words.windows(4).any(|w| {
                    // "More than 1,500 Rohingya landed in Aceh between November and January":
                    // how many came over months.
                    w[0] == "between"
                        && month_number(w[1]).is_some()
                        && w[2] == "and"
                        && month_number(w[3]).is_some()
                }))
                || (words.first() == Some(&"in") && words.get(1).is_some_and(|w| names_a_year(w)))
        };
        // "Most people who leave the Horn of Africa for South Africa travel overland through
        // Kenya", "Most boats that reach Australia set out from Indonesia": what most do, told
        // in the present past the lede, is background.
        // So is "Most boats from Somalia head for Yemen's southern coast": what most from a
        // place do.
        let present = |verb: &str| {
            !verb.ends_with("ed")
                && !matches!(
                    verb,
                    "had" | "were" | "was" | "have" | "came" | "made" | "took" | "left"
                )
        };
        let habitual = || {
            let plural = |noun: &str| noun.ends_with('s') || noun == "people";
            s.paragraph > 1
                && match body {
                    ["most", noun, "who" | "that", verb, ..] => plural(noun) && present(verb),
                    ["most", noun, "from", place @ ..] => {
                        let place_start = s.tokens.start + opening + 3;
                        let place_len = (0..place.len())
                            .take_while(|&k| doc.is_capitalised(place_start + k))
                            .count();
                        plural(noun)
                            && place_len > 0
                            && place.get(place_len).is_some_and(|verb| present(verb))
                    }
                    _ => false,
                }
        };
        if !topic_only
            && !habitual()
            && (has_strong
                || has_group
                || !sizes.is_empty()
                || moves_on(g, body, subject_within)
                || follows_group
                || it_moves()
                || carried_on()
                || counted_again()
                || named_by_its_noun()
                || vehicle_on_its_way())
            && !yearly()
        {
            group_sentences.push(si);
            sentence_sizes[si] = sizes;
        }
    }
    if !strong {
        return vec![];
    }
    let r = Reading {
        g,
        doc,
        mentions,
        refs,
        folded: &folded,
    };
    // "EL PASO, Texas — About 500 migrants slept ...": a story that opens on the group is
    // told from where the group is.
    let dateline = crate::extract::dateline_mention(doc, mentions).and_then(|i| match refs[i] {
        Some(EntityRef::Place(p)) => Some((i, p)),
        _ => None,
    });
    if let Some(two) = TwoGroups::find(r, &group_sentences, &sentence_sizes) {
        let first = two.group(r, ex, &sentence_sizes, Share::First, dateline);
        let second = two.group(r, ex, &sentence_sizes, Share::Second, dateline);
        return vec![first, second];
    }
    let parts: Vec<(usize, std::ops::Range<usize>)> = group_sentences
        .iter()
        .map(|&si| (si, doc.sentences[si].tokens.clone()))
        .collect();
    let sizes = sentence_sizes.into_iter().flatten().collect();
    // A story of one group whose lede tells of it opens where the group is.
    let dateline_told = dateline.filter(|&(i, _)| lede_tells_of_group(r, i));
    vec![build_group(
        r,
        ex,
        &parts,
        sizes,
        dateline,
        dateline_told,
        |_| true,
    )]
}

/// Whether the lede, the paragraph of the dateline's mention `dateline`, tells of the group
/// the story follows, so that the group is in the dateline's town. "SOMERTON, Ariz. (AP) — ...
/// he looked up and saw them standing at the end of the row": a lede that opens on "them"
/// before saying who they are. So does one that shows what carried them, or the people, in
/// "this" town: "The fishermen of this small port saw the long painted pirogue", "\"We were
/// thirty when we left,\" said X, standing on the jetty of this small town".
fn lede_tells_of_group(r: Reading, dateline: usize) -> bool {
    let lede = r.mentions[dateline].sentence;
    let paragraph = r.doc.sentences[lede].paragraph;
    let sentences = || {
        r.doc.sentences[lede..]
            .iter()
            .take_while(|s| s.paragraph == paragraph)
            .map(|s| &r.folded[s.tokens.clone()])
    };
    let words = || sentences().flatten().copied();
    let on_them = words().any(|w| matches!(w, "they" | "them"));
    let shows_them = || words().any(|w| matches!(w, "we" | "passengers") || is_vehicle(r.g, w));
    on_them || (shows_them() && sentences().any(|words| tells_this_town(r.g, words)))
}

/// Whether the place that ends before `end` is followed by what they did there, so that the way
/// to it was gone: "before travelling on to Montevideo, where they presented themselves at the
/// commission" (not "heading for Italy, where they hope to work").
fn done_there(folded: &[&str], end: usize) -> bool {
    let word = |t: usize| folded.get(t).copied().unwrap_or_default();
    let did = word(end + 3);
    [word(end), word(end + 1)] == [",", "where"]
        && matches!(word(end + 2), "they" | "he" | "she" | "we")
        && (did.ends_with("ed")
            || matches!(
                did,
                "were" | "was" | "spent" | "sought" | "found" | "took" | "slept" | "met"
            ))
}

/// Whether the place named at `start` is one end of "halfway (midway) between X and Y".
fn halfway_between(folded: &[&str], start: usize) -> bool {
    (start.saturating_sub(4).max(1)..start).any(|k| {
        folded[k] == "between"
            && matches!(folded[k - 1], "halfway" | "midway")
            && folded[k + 1..start]
                .iter()
                .all(|w| !matches!(*w, "," | ";" | "."))
    })
}

/// The group told of in `parts` (sentences, or the part of one from where a second group
/// comes in): its places, the people of `ex` that `has_person` keeps, and the places that
/// hold those it is in.
fn build_group(
    r: Reading,
    ex: &mut Extraction,
    parts: &[(usize, std::ops::Range<usize>)],
    sizes: Vec<SizeReport>,
    dateline: Option<(usize, usize)>,
    dateline_told: Option<(usize, usize)>,
    has_person: impl Fn(usize) -> bool,
) -> Group {
    let mut group = Group {
        sizes,
        nationality_count: parts
            .iter()
            .find_map(|(_, tokens)| nationality_count(&r.folded[tokens.clone()])),
        ..Group::default()
    };
    let told = |i: usize| {
        let m = &r.mentions[i];
        parts
            .iter()
            .any(|(si, tokens)| *si == m.sentence && tokens.contains(&m.tokens.start))
    };
    // "unloaded migrants on the ramp of this Mexican riverside village": "this town" in a
    // group sentence is where the story is filed.
    let in_this_town = || {
        parts
            .iter()
            .any(|(_, tokens)| tells_this_town(r.g, &r.folded[tokens.clone()]))
    };
    // "OSHIKANGO, Namibia (Reuters) — About 300 Angolans are camped ... outside this border
    // town": where the dateline's town lies, written after it, is where the group is too.
    // "found 29 men on the mountain road halfway between Başkale and Yüksekova": not in the
    // dateline's town, but between it and another.
    let halfway_from = |p: usize| {
        r.mentions.iter().enumerate().any(|(j, m)| {
            matches!(r.refs[j], Some(EntityRef::Place(q)) if q == p)
                && told(j)
                && halfway_between(r.folded, m.tokens.start)
        })
    };
    if let Some((i, p)) = dateline_told
        .or(dateline.filter(|&(i, _)| told(i) || in_this_town()))
        .filter(|&(_, p)| !halfway_from(p))
    {
        push_unique(&mut group.at, p);
        let region = crate::extract::written_after_dateline(r.doc, r.mentions, i).and_then(|j| {
            match r.refs[j] {
                Some(EntityRef::Place(q))
                    if matches!(ex.places[q].kind, PlaceKind::Country | PlaceKind::State) =>
                {
                    Some(q)
                }
                _ => None,
            }
        });
        if let Some(q) = region {
            push_unique(&mut group.at, q);
        }
    }
    let (mut reached, mut arrived, mut carried_from) = (Vec::new(), Vec::new(), Vec::new());
    for (si, tokens) in parts {
        let got_to = read_places(r, (*si, tokens.clone()), ex, &mut group);
        carried_from.extend(got_to.carried_from);
        arrived.extend_from_slice(&got_to.there);
        reached.extend(got_to.there.into_iter().chain(got_to.home));
        group.evidence.push(Evidence {
            sentence: *si,
            rule: "group-sentence",
            confidence: 0.7,
        });
    }
    // A group the article never places is where the story is told from.
    if let Some((_, p)) = dateline.filter(|_| group.at.is_empty()) {
        push_unique(&mut group.at, p);
    }
    for (p, person) in ex.people.iter().enumerate() {
        match person.role {
            Role::Organizer if has_person(p) => group.organizers.push(p),
            Role::Migrant if has_person(p) => group.members.push(p),
            _ => {}
        }
    }
    // Where the members it names come from are where the group comes from; so is where the
    // one who organised it does ("organised by X, a receptionist from the state of Yaracuy").
    for (i, _) in r.mentions.iter().enumerate() {
        if matches!(r.refs[i], Some(EntityRef::Person(p)) if group.members.contains(&p) || group.organizers.contains(&p))
        {
            let (homes, countries) = member_home(r, ex, i);
            for p in homes {
                push_unique(&mut group.origins, p);
            }
            for known in countries {
                let p = place_entity(r.g, ex, known);
                push_unique(&mut group.origins, p);
            }
        }
    }
    // A group in Tapachula is in Chiapas and in Mexico too, when the article names them; one
    // that left San Pedro Sula or passed through Tuzantán left Honduras or passed through
    // Chiapas.
    let named_as_place = |c: usize| {
        (0..r.mentions.len()).any(|i| {
            matches!(r.refs[i], Some(EntityRef::Place(q)) if q == c) && !names_as_modifier(r, i)
        })
    };
    let containers = |places: &[usize]| {
        let mut found = Vec::new();
        for &p in places {
            found.extend(ex.containers_of(p).filter(|&c| named_as_place(c)));
        }
        found
    };
    let (in_at, in_left, in_passed) = (
        containers(&group.at),
        containers(&group.departed_from),
        containers(&group.passed_through),
    );
    // "Most are from the province of Daraa", in a story that names Syria: Syria is where they
    // come from too.
    for c in containers(&group.origins) {
        push_unique(&mut group.origins, c);
    }
    // "A sailboat carrying migrants from Turkey ... had left from a beach near Fethiye ...
    // said X, from Afghanistan's Ghazni province": a country the people a boat carries are
    // said to be from that holds a town they left or were at, whose people the story never
    // names, and beside which they come from other countries, is where they set out, not
    // their home.
    let other_homes = |c: usize| {
        group
            .origins
            .iter()
            .any(|&o| o != c && ex.places[o].kind == PlaceKind::Country)
    };
    let peoples_named = |c: usize| {
        r.refs
            .iter()
            .any(|e| matches!(e, Some(EntityRef::Demonym(k)) if ex.places[c].known == Some(*k)))
    };
    let set_out_from: Vec<usize> = group
        .origins
        .iter()
        .copied()
        .filter(|&c| {
            carried_from.contains(&c)
                && (in_left.contains(&c) || in_at.contains(&c))
                && !peoples_named(c)
                && other_homes(c)
        })
        .collect();
    group.origins.retain(|c| !set_out_from.contains(c));
    for c in set_out_from {
        push_unique(&mut group.departed_from, c);
    }
    for c in in_at {
        push_unique(&mut group.at, c);
    }
    for (found, places) in [
        (in_left, &mut group.departed_from),
        (in_passed, &mut group.passed_through),
    ] {
        for c in found {
            if !group.at.contains(&c) {
                push_unique(places, c);
            }
        }
    }
    // "were taken to the station in Houlton ... wanted to reach New York City": a goal not yet
    // reached is where the group heads; the places it reached or was taken to are where it is.
    if group.destinations.iter().any(|p| !arrived.contains(p)) {
        group.destinations.retain(|p| !arrived.contains(p));
    }
    // A place is not both where the group is and where it heads, unless the group reached it
    // or is in a place it holds: "camped in Kasese district ... \"We will stay in Uganda\"".
    let not_a_goal = |p: &usize| !group.destinations.contains(p) || reached.contains(p);
    let where_they_are: Vec<usize> = group.at.iter().copied().filter(not_a_goal).collect();
    group
        .at
        .retain(|p| not_a_goal(p) || where_they_are.iter().any(|&q| ex.lies_within(q, *p)));
    group
        .passed_through
        .retain(|p| !group.destinations.contains(p));
    group
}

/// Whether words name the town a story is filed from: "this Mexican riverside village", "had
/// walked up into town" (a town with no article), "were brought here on trucks".
fn tells_this_town(g: &Gazetteer, words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        // ("the small harbour of this volcanic island": an island story is filed from it.)
        (*w == "this"
            && words[k + 1..].iter().take(4).any(|w| {
                g.is_trigger(TriggerKind::CityContext, w) || matches!(*w, "island" | "islet")
            }))
            || (matches!(*w, "into" | "in" | "to") && words.get(k + 1) == Some(&"town"))
            || (*w == "here" && words.get(k + 1) != Some(&"and"))
    })
}

/// Whether mention `i` uses a country's name to qualify a noun: an initialism before one ("by
/// U.S. immigration authorities", "the U.S. Border Patrol") or a part of a hyphenated pair ("the
/// US-Mexico border"). It names officials or a border, not a place where anyone is.
fn names_as_modifier(r: Reading, i: usize) -> bool {
    let m = &r.mentions[i];
    let next = m.tokens.end;
    // The last token: a capitalised run at the start of a sentence may take in "The".
    let initialism = r
        .doc
        .token_text(next - 1)
        .chars()
        .all(|c| c.is_ascii_uppercase() || c == '.');
    let qualifies_next = || {
        next < r.doc.sentences[m.sentence].tokens.end
            && match r.doc.token_text(next) {
                // "the U.S.-Mexico border", "U.S.-bound": a compound.
                "-" | "\u{2013}" => true,
                word => {
                    word.starts_with(char::is_alphabetic)
                        && !r.g.is_trigger(TriggerKind::FunctionWord, r.folded[next])
                        && !r.g.is_trigger(TriggerKind::SpeechVerb, r.folded[next])
                }
            }
    };
    m.rule == "hyphenated-place" || (initialism && qualifies_next())
}

fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) {
        v.push(x);
    }
}

#[cfg(test)]
mod tests;
