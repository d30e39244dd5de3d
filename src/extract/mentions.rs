//! Mention finding: capitalised runs of tokens, cut into known phrases (places, organisations,
//! titles, demonyms, outlets) and unknown names, then typed by their shape and context.
//! Pure: reads the [`Doc`] and the [`Gazetteer`], returns [`Mention`]s.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::ops::Range;

use crate::gazetteer::{fold, Gazetteer, KnownName, PlaceKind, TriggerKind, SMALL_TOWN_POPULATION};
use crate::text::{Doc, TokenKind};

mod bodies;
mod classify;
mod context;
mod places;
mod runs;
mod titles;
mod unknown;

use bodies::*;
use classify::*;
use context::*;
use places::*;
use runs::*;
use titles::*;
use unknown::*;

pub use bodies::{COUNTRY_LOWER_CASE_BODY, PERSONS_GOVERNMENT};
pub(crate) use context::{called_by_all, one_of_the_group_before, pseudonym_before};
pub(crate) use places::{
    is_town_word_after, not_the_known_place, UNKNOWN_REGION_OF_A_KNOWN_TOWN,
    UNKNOWN_TOWN_OF_A_KNOWN_NAME,
};
pub(crate) use titles::is_quote_mark;

/// What a mention refers to.
#[derive(Clone, Debug, PartialEq)]
pub enum MentionKind {
    /// A person; `title` is the office written next to the name, `affiliation` the places
    /// (gazetteer indexes) or organisation names the title is qualified by.
    Person {
        title: Option<String>,
        affiliation: Vec<Affiliation>,
    },
    /// A place in the gazetteer.
    KnownPlace(usize),
    /// A place found from context only.
    NewPlace(PlaceKind),
    /// An organisation in the gazetteer (index) or found by its shape (`None`).
    Org(Option<usize>),
    /// A demonym ("Venezuelan", "Hondurans") naming a gazetteer place.
    Demonym(usize),
}

/// A person mention without a title written next to it.
fn untitled_person() -> MentionKind {
    MentionKind::Person {
        title: None,
        affiliation: vec![],
    }
}

/// The country, subdivision or organisation a title is qualified by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Affiliation {
    Place(usize),
    Org(usize),
}

/// A span of text that names something.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub sentence: usize,
    pub kind: MentionKind,
    /// The name as written (for people, without the title).
    pub text: String,
    /// The extraction rule that produced it.
    pub rule: &'static str,
    pub confidence: f32,
}

/// One piece of a capitalised run.
#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Title(usize),
    Place(usize),
    Org(usize),
    Demonym(usize),
    Outlet,
    Unknown,
}

/// The keys of `start..start + len` for every `len` from the longest down to 1, built as one
/// string: each is a prefix of the longest, so looking phrases up longest first costs one
/// string (reused across calls), not one per length.
struct PrefixKeys {
    text: String,
    /// Where the key of each length ends in `text`.
    ends: Vec<usize>,
}

impl Default for PrefixKeys {
    /// Room for the longest names looked up, so that building keys does not regrow them.
    fn default() -> Self {
        PrefixKeys {
            text: String::with_capacity(96),
            ends: Vec::with_capacity(MAX_RUN_TOKENS),
        }
    }
}

impl PrefixKeys {
    /// The keys of spans from `start` that end at `end` at the latest and have at most
    /// `max_words` words, longest first. Tokens that fold to nothing, such as a full stop, add
    /// no word, so spans that differ only by such tokens at their end share a key.
    #[inline(always)]
    fn longest_first(
        &mut self,
        doc: &Doc,
        start: usize,
        end: usize,
        max_words: usize,
    ) -> impl Iterator<Item = (usize, &str)> {
        self.text.clear();
        self.ends.clear();
        let mut words = 0;
        for t in start..end {
            let f = doc.folded(t);
            if !f.is_empty() {
                if words == max_words {
                    break;
                }
                words += 1;
                if !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.text.push_str(f);
            }
            self.ends.push(self.text.len());
        }
        let (text, ends) = (&self.text, &self.ends);
        (1..=ends.len())
            .rev()
            .map(move |len| (len, &text[..ends[len - 1]]))
    }
}

/// A folded key for tokens `range` of the doc.
pub(crate) fn key(doc: &Doc, range: Range<usize>) -> Cow<'_, str> {
    // One token is its folded form as it is: no string to build.
    if range.len() == 1 {
        return Cow::Borrowed(doc.folded(range.start));
    }
    let mut out = String::with_capacity(doc.span_text(range.clone()).len());
    for i in range {
        let f = doc.folded(i);
        if f.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(f);
    }
    Cow::Owned(out)
}

fn is_cap(doc: &Doc, i: usize) -> bool {
    doc.is_capitalised(i)
}

pub(crate) fn is_acronym(text: &str) -> bool {
    let letters = text.chars().filter(|c| *c != '.');
    letters
        .clone()
        .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && (2..=7).contains(&letters.count())
}

/// The person-name particles ("de", "del", ...) and organisation particles ("of", "for", ...).
fn is_particle(g: &Gazetteer, doc: &Doc, i: usize, kind: TriggerKind) -> bool {
    g.is_trigger(kind, doc.folded(i))
}

fn is_head(g: &Gazetteer, doc: &Doc, i: usize) -> bool {
    let k = doc.folded(i);
    g.is_trigger(TriggerKind::OrgHead, k)
        || g.is_trigger(TriggerKind::LandmarkHead, k)
        || g.is_trigger(TriggerKind::RegionHead, k)
        || matches!(
            k,
            "minister" | "secretary" | "director" | "commissioner" | "chief" | "head"
        )
}

fn is_org_head(g: &Gazetteer, doc: &Doc, i: usize) -> bool {
    g.is_trigger(TriggerKind::OrgHead, doc.folded(i))
}

/// Whether token `i` ends the name of a body's unit ("Yuma Sector", "Laredo Station"), which
/// is no person's name.
fn is_unit_head(g: &Gazetteer, doc: &Doc, i: usize) -> bool {
    g.is_trigger(TriggerKind::UnitHead, doc.folded(i))
}

/// Whether an age set off by commas (or dashes) starts at token `at`: ", 31," in "Ana Ruiz, 31, a nurse",
/// ", who is 61," in "Abdul Rahim, who is 61, said", or ends the sentence: ", 24." in
/// "\"...,\" said Ana Ruiz, 24.".
pub(crate) fn age_follows(doc: &Doc, at: usize, sentence: &Range<usize>) -> bool {
    // "Fikru Lemma — 31 — Kembata zone": a list set out with dashes.
    if at + 2 < sentence.end
        && matches!(doc.token_text(at), "—" | "–")
        && doc.tokens[at + 1].kind == TokenKind::Number
        && doc.token_text(at + 2) == doc.token_text(at)
    {
        return doc
            .token_text(at + 1)
            .parse::<u32>()
            .is_ok_and(|age| (10..=99).contains(&age));
    }
    if at >= sentence.end || doc.token_text(at) != "," {
        return false;
    }
    let told_in_a_clause = at + 3 < sentence.end
        && doc.folded(at + 1) == "who"
        && matches!(doc.folded(at + 2), "is" | "was");
    let number = if told_in_a_clause { at + 3 } else { at + 1 };
    number < sentence.end
        && doc.tokens[number].kind == TokenKind::Number
        && doc
            .token_text(number)
            .parse::<u32>()
            .is_ok_and(|age| (10..=99).contains(&age))
        && (number + 1 == sentence.end || matches!(doc.token_text(number + 1), "," | "."))
}

/// Whether the word at token `at` was written before, capitalised after another capitalised
/// word ("Abdul Kadir Karding"): a name, not the participle a sentence may open with.
fn written_inside_a_name_before(doc: &Doc, at: usize) -> bool {
    let word = doc.token_text(at);
    (1..at).any(|k| doc.token_text(k) == word && is_cap(doc, k - 1))
}

/// Whether a body's short form follows at `at` in brackets: "(KMar)", "(UNHCR)", two to seven
/// letters or digits, two capitals at least, the first one first; no news agency ("(AP)").
fn short_form_in_brackets(g: &Gazetteer, doc: &Doc, at: usize, sentence: &Range<usize>) -> bool {
    if at + 2 >= sentence.end || doc.token_text(at) != "(" || doc.token_text(at + 2) != ")" {
        return false;
    }
    is_short_form(doc.token_text(at + 1)) && !g.is_outlet(doc.folded(at + 1))
}

/// Whether a word may be a body's short form: two to seven letters or digits, two capitals at
/// least, the first one first ("KMar", "UNHCR").
fn is_short_form(word: &str) -> bool {
    (2..=7).contains(&word.chars().count())
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().all(char::is_alphanumeric)
}

/// Whether the word at token `at` is a short form the article gives in brackets somewhere, in
/// mixed case ("(KMar)"): an acronym's kin.
fn short_form_given_in_brackets(doc: &Doc, at: usize) -> bool {
    let word = doc.token_text(at);
    is_short_form(word) && given_in_brackets(doc, word)
}

/// Whether the word at token `at` is an acronym the article gives in brackets somewhere:
/// "(ICA)".
fn acronym_given_in_brackets(doc: &Doc, at: usize) -> bool {
    let word = doc.token_text(at);
    is_acronym(word) && given_in_brackets(doc, word)
}

/// Whether the article writes `word` alone in brackets somewhere.
fn given_in_brackets(doc: &Doc, word: &str) -> bool {
    (0..doc.tokens.len()).any(|t| doc.token_text(t) == word && doc.is_bracketed(&(t..t + 1)))
}

/// The office an acronym stands for, where the article spells it out before it in brackets:
/// "the chief district officer (CDO) of Parsa district ... The CDO, Ghanashyam Upreti, said".
/// It is the known title that opens or closes the words abbreviated ("Upazila Nirbahi
/// Officer", "Officer Commanding Police Division"); a body whose name holds an office inside
/// it ("United Nations High Commissioner for Refugees (UNHCR)") names no office.
fn title_of_acronym(g: &Gazetteer, doc: &Doc, at: usize) -> Option<usize> {
    let word = doc.token_text(at);
    if !is_acronym(word) || !word.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    (1..doc.tokens.len())
        .filter(|&t| t != at && doc.is_bracketed(&(t..t + 1)) && doc.token_text(t) == word)
        .find_map(|t| title_spelled_out_before(g, doc, t).map(|(title, _)| title))
        .or_else(|| title_initialled_before(g, doc, at, word))
}

/// "The chief district officer of Jhapa district ... The CDO, X, said": an office written out
/// before token `at`, without brackets, whose initials (past small words such as "of") spell
/// the acronym of three letters or more. ("The regional police commander for Kilimanjaro,
/// known as the RPC": or words that end in an office.)
fn title_initialled_before(g: &Gazetteer, doc: &Doc, at: usize, acronym: &str) -> Option<usize> {
    if acronym.len() < 3 || g.org(doc.folded(at)).is_some() {
        return None;
    }
    let first = acronym.chars().next()?.to_ascii_lowercase();
    (0..at)
        .filter(|&start| doc.folded(start).starts_with(first))
        .find_map(|start| {
            (2..=MAX_INITIALLED_WORDS.min(at - start)).find_map(|len| {
                let words = start..start + len;
                if !initials_spell(g, doc, words.clone(), acronym) {
                    return None;
                }
                (words.start..words.end).find_map(|from| g.title(&key(doc, from..words.end)))
            })
        })
}

/// The most words an office spelled out before its acronym may have, small words included.
const MAX_INITIALLED_WORDS: usize = 6;

/// Whether the initials of the words (past small words such as "of") spell the acronym.
pub(crate) fn initials_spell(g: &Gazetteer, doc: &Doc, words: Range<usize>, acronym: &str) -> bool {
    let mut letters = acronym.chars().map(|c| c.to_ascii_lowercase());
    words
        .filter(|&t| !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t)))
        .all(|t| {
            doc.tokens[t].kind == TokenKind::Word && doc.folded(t).chars().next() == letters.next()
        })
        && letters.next().is_none()
}

/// The office and the words that spell out the acronym in brackets at token `at`:
/// "Officer Commanding Police Division (OCPD)". See [`title_of_acronym`].
fn title_spelled_out_before(g: &Gazetteer, doc: &Doc, at: usize) -> Option<(usize, Range<usize>)> {
    let word = doc.token_text(at);
    if !is_acronym(word) || !word.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let words = spelled_out_before(g, doc, at - 1, word)?;
    if g.org(&key(doc, words.clone())).is_some() {
        return None;
    }
    let most = g.most_title_words_from(doc.folded(words.start));
    let opening = (1..=most.min(words.len())).rev().find_map(|len| {
        g.title(&key(doc, words.start..words.start + len))
            .map(|title| (title, words.start + len))
    });
    // An office that opens the words is theirs when it is all of them, when a participle goes
    // on from it ("Officer Commanding ..."), or when no body's head word ends them: not
    // "General Operations Force (GOF)".
    let title = match opening {
        Some((title, end))
            if end == words.end
                || doc.folded(end).ends_with("ing")
                || !is_org_head(g, doc, words.end - 1) =>
        {
            Some(title)
        }
        _ => (words.start + 1..words.end).find_map(|start| g.title(&key(doc, start..words.end))),
    }?;
    Some((title, words))
}

/// The words before token `open` (a bracket) whose initials spell `acronym`, skipping small
/// words such as "of" and "the" ("Chief of Defence Staff (CDS)").
fn spelled_out_before(
    g: &Gazetteer,
    doc: &Doc,
    open: usize,
    acronym: &str,
) -> Option<Range<usize>> {
    let mut letters = acronym
        .chars()
        .rev()
        .map(|c| c.to_ascii_lowercase())
        .peekable();
    let mut t = open;
    while letters.peek().is_some() {
        t = t.checked_sub(1)?;
        if doc.tokens[t].kind != TokenKind::Word {
            return None;
        }
        if doc.folded(t).starts_with(*letters.peek()?) {
            letters.next();
        } else if !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t)) {
            return None;
        }
    }
    Some(t..open)
}

/// Whether sentence `si` calls the place it was written from "this island": "on this small
/// island", "of this Torres Strait island" (not "this island town", "this island capital").
fn lede_calls_it_an_island(doc: &Doc, si: usize) -> bool {
    let tokens = doc.sentences[si].tokens.clone();
    tokens.clone().any(|t| {
        doc.folded(t) == "this"
            && (t + 1..tokens.end.min(t + 5))
                .find(|&u| doc.folded(u) == "island")
                .is_some_and(|island| {
                    (t + 1..island).all(|u| doc.tokens[u].kind == TokenKind::Word)
                        && (island + 1 >= tokens.end
                            || !matches!(
                                doc.folded(island + 1),
                                "town"
                                    | "capital"
                                    | "city"
                                    | "village"
                                    | "port"
                                    | "nation"
                                    | "state"
                                    | "country"
                            ))
                })
    })
}

/// Possessive "'s" right after token `i`.
pub fn possessive_after(doc: &Doc, i: usize) -> bool {
    i + 2 < doc.tokens.len() + 1
        && i + 1 < doc.tokens.len()
        && matches!(doc.token_text(i + 1), "'" | "’")
        && doc
            .tokens
            .get(i + 2)
            .is_some_and(|_| doc.token_text(i + 2).eq_ignore_ascii_case("s"))
}

/// `José "Cheo" Guaregua`, `Joaquín "El Chapo" Guzmán`: where a given name (token `at - 1`)
/// is followed by a nickname of one or two capitalised words set tight in quotes and then a
/// capitalised surname, the token after that surname (the run's new end). A quoted word
/// after a surname ("Pérez "Tico"") or a quotation after a name is no nickname.
fn quoted_nickname_after(g: &Gazetteer, doc: &Doc, at: usize, limit: usize) -> Option<usize> {
    let tight = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    if at == 0 || at >= limit || !is_quote_mark(doc, at) || !g.is_given_name(doc.folded(at - 1)) {
        return None;
    }
    let close = (at + 2..limit.min(at + 4)).find(|&t| is_quote_mark(doc, t))?;
    let nickname_is_capitalised = (at + 1..close).all(|t| is_cap(doc, t));
    let surname = close + 1;
    (nickname_is_capitalised
        && tight(at, at + 1)
        && tight(close - 1, close)
        && doc.tokens[at - 1].end < doc.tokens[at].start
        && surname < limit
        && doc.tokens[close].end < doc.tokens[surname].start
        && is_cap(doc, surname))
    .then_some(surname + 1)
}

/// Finds every mention of a document.
pub fn find_mentions(g: &Gazetteer, doc: &Doc) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        // A headline has no full stop; a first paragraph that ends sentences with one is body
        // text (an article read without a headline), where names are capitalised as usual. A
        // second headline (a deck, or the headline repeated by the page) comes right after.
        let headline_case = sentence.paragraph <= 2
            && sentence
                .tokens
                .clone()
                .last()
                .is_none_or(|t| doc.token_text(t) != ".")
            && is_title_case(doc, sentence.tokens.clone());
        let runs = runs(g, doc, sentence.tokens.clone());
        for run in &runs {
            let mut run = run.clone();
            // "While Secretary of State ...": a capitalised function word is not part of a name.
            // So is a role word ("Activist Luis García"), unless it starts a title ("Deputy
            // Foreign Minister", "Senator"), or an opening participle ("Accompanying President
            // ...").
            // A function word that starts a place's name stays: "New Mexico", "The Hague".
            while !run.is_empty() && {
                let w = doc.folded(run.start);
                (g.is_trigger(TriggerKind::FunctionWord, w) && !starts_place_name(g, doc, &run))
                    || (g.is_trigger(TriggerKind::PersonCue, w)
                        && run.len() > 1
                        && !starts_title(g, doc, run.clone())
                        // "the district of Imam Sahib": a place's name, whatever its words.
                        && !named_as_a_place_of(g, doc, run.start, &sentence.tokens))
                    // "On Tuesday Gallardo spoke": a day before a name (not "May Rodríguez",
                    // nor "THURSDAY ISLAND, Australia", a dateline's town).
                    || (is_date_word(doc, run.start)
                        && run.len() > 1
                        && !g.is_given_name(w)
                        && !is_dateline_town(g, doc, &run, &sentence.tokens))
                    || (run.start == sentence.tokens.start
                        && w.ends_with("ing")
                        && !g.is_given_name(w)
                        // ("King Abdullah II": a title, no participle.)
                        && !starts_title(g, doc, run.clone())
                        // "Darling Sequeira, 23, a nursing student": a name given an age.
                        && !age_follows(doc, run.end, &sentence.tokens)
                        // "Karding is to meet ...", after "Minister Abdul Kadir Karding": a
                        // name the article wrote inside a name before.
                        && !written_inside_a_name_before(doc, run.start))
            } {
                run.start += 1;
            }
            // "the CBP One app": a product's name, neither body nor person. "John Doe 1",
            // "Jane Doe": the names court papers give people they cannot name.
            if run.is_empty()
                || (run.end < sentence.tokens.end
                    && matches!(doc.folded(run.end), "app" | "application" | "website"))
                || (run.len() == 2
                    && matches!(doc.folded(run.start), "john" | "jane")
                    && doc.folded(run.start + 1) == "doe")
            {
                continue;
            }
            if headline_case {
                // A headline in Title Case: only known names count, not capitalisation; nor
                // does a village, whose name may be any capitalised word there ("In Advance").
                let segs = segments(g, doc, run.clone());
                let known: Vec<(Seg, Range<usize>)> = segs
                    .into_iter()
                    .filter(|(s, _)| {
                        *s != Seg::Unknown && !matches!(s, Seg::Place(p) if g.is_village(*p))
                    })
                    .collect();
                classify_segments(g, doc, si, &sentence.tokens, &known, &mut out);
                continue;
            }
            classify_run(g, doc, si, sentence.tokens.clone(), run, &mut out);
        }
        lowercase_titles(g, doc, si, sentence.tokens.clone(), &mut out);
        respectively_titled(g, doc, si, sentence.tokens.clone(), &mut out);
        hyphenated_places(g, doc, si, sentence.tokens.clone(), &mut out);
        governments(g, doc, si, sentence.tokens.clone(), &mut out);
        lower_case_bodies(g, doc, si, sentence.tokens.clone(), &mut out);
        named_camps(g, doc, si, sentence.tokens.clone(), &mut out);
        prefectures(doc, si, sentence.tokens.clone(), &mut out);
        local_councils(doc, si, sentence.tokens.clone(), &mut out);
        distributed_titles(g, doc, si, sentence.tokens.clone(), &mut out);
        if !headline_case {
            plural_titles(g, doc, si, sentence.tokens.clone(), &mut out);
        }
    }
    story_country_bodies(g, doc, &mut out);
    places_named_again(doc, &mut out);
    let surnames = out_people(g, &out);
    for m in out
        .iter_mut()
        .filter(|m| is_surname_of_person(g, doc, m, &surnames))
    {
        m.kind = untitled_person();
        m.rule = UNRESOLVED_NAME;
        m.confidence = 0.0;
    }
    for m in &mut out {
        own_by_possessive_country(g, doc, m);
    }
    drop_nicknames(g, doc, &mut out);
    // "WADI HALFA, Sudan (AFP) - ... wait at Wadi Halfa": the dateline's town, named again, is
    // the town (its first word may be a given name).
    if let Some(town) = crate::extract::dateline_mention(doc, &out) {
        let (town_key, town_kind) = (
            key(doc, out[town].tokens.clone()).into_owned(),
            out[town].kind.clone(),
        );
        for m in out.iter_mut().filter(|m| {
            matches!(m.kind, MentionKind::Person { title: None, .. })
                && m.tokens.len() > 1
                && key(doc, m.tokens.clone()) == town_key
        }) {
            m.kind = town_kind.clone();
            m.rule = "dateline-town-again";
            m.confidence = 0.6;
        }
        // "ERUB, Australia (AP) — ... came ashore on this small island in the eastern Torres
        // Strait": a dateline the lede calls an island names the island, a landmark, wherever
        // the story names it.
        if town_kind == MentionKind::NewPlace(PlaceKind::City)
            && lede_calls_it_an_island(doc, out[town].sentence)
        {
            for m in out.iter_mut().filter(|m| {
                m.kind == MentionKind::NewPlace(PlaceKind::City)
                    && key(doc, m.tokens.clone()) == town_key
            }) {
                m.kind = MentionKind::NewPlace(PlaceKind::Landmark);
            }
        }
        // "POIENILE DE SUB MUNTE, Romania ... Poienile de sub Munte lies in ...": a name with a
        // word in lower case, which no run reads whole.
        let town_tokens = out[town].tokens.clone();
        let n = town_tokens.len();
        if n >= 3 {
            let again: Vec<Range<usize>> = (town_tokens.end
                ..doc.tokens.len().saturating_sub(n - 1))
                .filter(|&at| {
                    is_cap(doc, at)
                        && (0..n).all(|k| doc.folded(at + k) == doc.folded(town_tokens.start + k))
                        && (at..at + n).any(|t| !is_cap(doc, t))
                })
                .map(|at| at..at + n)
                .collect();
            for r in again {
                out.retain(|m| !(m.tokens.start >= r.start && m.tokens.end <= r.end));
                let si = doc.sentence_of(r.start);
                push(
                    &mut out,
                    doc,
                    si,
                    r,
                    town_kind.clone(),
                    "dateline-town-again",
                    0.6,
                );
            }
        }
    }
    // "García Villagrán": two towns' names side by side that are a known person's surnames are
    // one name.
    out.sort_by_key(|m| (m.tokens.start, m.tokens.end));
    let is_name =
        |x: &Mention| x.rule == UNRESOLVED_NAME && matches!(x.kind, MentionKind::Person { .. });
    let mut joined: Vec<Mention> = Vec::with_capacity(out.len());
    for m in out {
        match joined.last_mut() {
            Some(last)
                if is_name(last)
                    && is_name(&m)
                    && last.tokens.end == m.tokens.start
                    && last.sentence == m.sentence =>
            {
                last.tokens.end = m.tokens.end;
                last.text = doc.span_text(last.tokens.clone()).to_string();
            }
            _ => joined.push(m),
        }
    }
    let mut out = joined;
    named_speakers_later(g, doc, &mut out);
    out.sort_by(|a, b| {
        (a.tokens.start, a.tokens.end, priority(b)).cmp(&(
            b.tokens.start,
            b.tokens.end,
            priority(a),
        ))
    });
    out.dedup_by(|dropped, kept| {
        let same = dropped.tokens == kept.tokens && same_kind(&dropped.kind, &kept.kind);
        // "a battalion commander of Border Guard Bangladesh, Lieutenant Colonel X": the rank
        // names the person, the office before it whom the person serves.
        if let (
            true,
            MentionKind::Person {
                title: office,
                affiliation: whom,
            },
            MentionKind::Person {
                title: Some(rank),
                affiliation: kept_whom,
            },
        ) = (same, &mut dropped.kind, &mut kept.kind)
        {
            // (So does a title of the holder's own after "the head of Romania's Border
            // Police," which names whom the head serves.)
            let heads_body = office.as_deref().is_some_and(|o| o.starts_with("head of "));
            // (Only the places it names and international bodies: a country's body named
            // bare may be another country's, as "Coast Guard" is.)
            let ranked = is_rank(g, &fold(rank));
            if kept_whom.is_empty() && (ranked || heads_body) {
                kept_whom.extend(whom.drain(..).filter(|a| match a {
                    Affiliation::Place(_) => true,
                    Affiliation::Org(o) => g.orgs[*o].country.is_none(),
                }));
            }
            // ("The commander, Subcommissioner X": the office is the holder's too.)
            if ranked && office.as_deref().is_some_and(|o| !is_rank(g, &fold(o))) {
                return false;
            }
        }
        same
    });
    // "met Wellington Dias, the federal minister": a town's name inside a person's is no town.
    let people: Vec<Range<usize>> = out
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0)
        .map(|m| m.tokens.clone())
        .collect();
    out.retain(|m| {
        !matches!(m.kind, MentionKind::KnownPlace(_))
            || !people.iter().any(|p| {
                p.start <= m.tokens.start && m.tokens.end <= p.end && p.len() > m.tokens.len()
            })
    });
    // "met at the National Palace", "on Parliament Hill": a seat of government named as where
    // something happens is a building, not the body it houses.
    out.retain(|m| {
        let building = matches!(m.kind, MentionKind::Org(_))
            && matches!(doc.folded(m.tokens.end - 1), "palace" | "hill");
        let word_before = |k: usize| m.tokens.start.checked_sub(k).map_or("", |t| doc.folded(t));
        let at_the = word_before(2) == "at" && word_before(1) == "the";
        !(building && (at_the || word_before(1) == "on"))
    });
    coordinated_places(g, doc, &mut out);
    places_in_context(g, doc, &mut out);
    namesakes_listed_with_regions(g, doc, &mut out);
    towns_read_throughout(g, doc, &mut out);
    towns_named_short(g, doc, &mut out);
    places_named_elsewhere(doc, &mut out);
    out
}

/// Which of two mentions of the same tokens to keep: a titled person, then the most confident.
fn priority(m: &Mention) -> (bool, u32) {
    let titled = matches!(&m.kind, MentionKind::Person { title: Some(_), .. });
    (titled, (m.confidence * 100.0) as u32)
}

fn same_kind(a: &MentionKind, b: &MentionKind) -> bool {
    match (a, b) {
        (MentionKind::KnownPlace(x), MentionKind::KnownPlace(y)) => x == y,
        (MentionKind::KnownPlace(_), _) | (_, MentionKind::KnownPlace(_)) => false,
        _ => true,
    }
}

/// The surnames of the multi-word person names found so far: the last word, and a word between
/// that is neither a given name nor a name particle ("Zamora" in "Mario Zamora Cordero", whose
/// first surname it is; an initial is dropped with the one-letter words).
fn out_people(g: &Gazetteer, out: &[Mention]) -> Vec<String> {
    let mut surnames = Vec::new();
    for m in out
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0)
    {
        let folded = fold(&m.text);
        let mut words: Vec<&str> = crate::resolve::words_of_folded(&folded).collect();
        let Some(last) = words.pop() else { continue };
        if words.is_empty() {
            continue;
        }
        surnames.extend(
            words
                .drain(1..)
                .filter(|w| !g.is_given_name(w) && !g.is_trigger(TriggerKind::NameParticle, w))
                .map(str::to_string),
        );
        surnames.push(last.to_string());
    }
    surnames
}

/// "Blinken, Garland, and Mayorkas met": a one-word city named like a person of the article
/// is that person, unless it is left ("who left Valencia") or set in a wider place ("Valencia,
/// in central Venezuela", "Valencia, Spain").
fn is_surname_of_person(g: &Gazetteer, doc: &Doc, m: &Mention, surnames: &[String]) -> bool {
    let t = m.tokens.start;
    if m.tokens.len() != 1
        || m.rule != "gazetteer-place"
        || !surnames.iter().any(|s| s == doc.folded(t))
    {
        return false;
    }
    let sentence = &doc.sentences[m.sentence].tokens;
    let left = t > sentence.start && g.is_trigger(TriggerKind::DepartureCue, doc.folded(t - 1));
    let set_in_place = t + 2 < sentence.end
        && doc.token_text(t + 1) == ","
        && (doc.folded(t + 2) == "in"
            || g.place_named_as(doc.folded(t + 2), &[PlaceKind::State, PlaceKind::Country])
                .is_some());
    !left && !set_in_place
}

fn push(
    out: &mut Vec<Mention>,
    doc: &Doc,
    sentence: usize,
    tokens: Range<usize>,
    kind: MentionKind,
    rule: &'static str,
    confidence: f32,
) {
    let text = doc
        .span_text(tokens.clone())
        .trim_end_matches(',')
        .to_string();
    out.push(Mention {
        tokens,
        sentence,
        kind,
        text,
        rule,
        confidence,
    });
}

fn prev_word<'d>(doc: &'d Doc, i: usize, sentence: &Range<usize>) -> Option<&'d str> {
    (i > sentence.start).then(|| doc.folded(i - 1))
}

/// "coordinated by Eber Zárate Bautista ... 'We walk,' Zárate said": a name of two to four words
/// that no rule read is a person's when a later sentence makes one of its later words, alone, a
/// speaker.
fn named_speakers_later(g: &Gazetteer, doc: &Doc, out: &mut [Mention]) {
    let unread = |m: &Mention| {
        m.rule == UNRESOLVED_NAME
            && (2..=4).contains(&m.tokens.len())
            && matches!(m.kind, MentionKind::Person { .. })
    };
    // Most articles have no such name: the words are not read for speakers then.
    if !out.iter().any(unread) {
        return;
    }
    // The single capitalised words right before a speech verb, after no other capitalised word.
    // (A town's name too: "Zárate" is one in Argentina.)
    let speakers: Vec<usize> = (1..doc.tokens.len().saturating_sub(1))
        .filter(|&t| {
            is_cap(doc, t)
                && doc.tokens[t].kind == TokenKind::Word
                && !is_cap(doc, t - 1)
                && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t + 1))
        })
        .collect();
    if speakers.is_empty() {
        return;
    }
    // (Not a run that takes in a person another rule read: "U.N. High Commissioner for
    // Refugees Filippo Grandi" is read by its title, not as "Refugees Filippo Grandi".)
    let people_read: Vec<Range<usize>> = out
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0)
        .map(|m| m.tokens.clone())
        .collect();
    for m in out.iter_mut().filter(|m| unread(m)) {
        if people_read
            .iter()
            .any(|p| p.start < m.tokens.end && m.tokens.start < p.end)
        {
            continue;
        }
        let later_word_speaks = (m.tokens.start + 1..m.tokens.end).any(|t| {
            speakers
                .iter()
                .any(|&s| s >= m.tokens.end && doc.folded(s) == doc.folded(t))
        });
        if later_word_speaks {
            m.rule = "named-speaker-later";
            m.confidence = 0.6;
        }
    }
}

/// The country whose name ends at token `end` (the possessor of "Costa Rica's"), longest first,
/// and the token its name starts at.
fn country_ending_at(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Option<(usize, usize)> {
    place_ending_at(g, doc, end, sentence, &[PlaceKind::Country])
}

/// The place of one of `kinds` whose name ends at token `end`, longest first, and the token its
/// name starts at.
fn place_ending_at(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
    kinds: &[PlaceKind],
) -> Option<(usize, usize)> {
    (1..=3).rev().find_map(|len| {
        let start = end.checked_sub(len).filter(|&s| s >= sentence.start)?;
        let place = g.place_named_as(&key(doc, start..end), kinds)?;
        Some((start, place))
    })
}

/// "Chile's Investigations Police", "Panama's National Guard": a body named after its country's
/// possessive is that country's body. The mention takes in the possessive, and the known body
/// it names is the one of that country (the Mexican "National Guard" is not Panama's), or none.
fn own_by_possessive_country(g: &Gazetteer, doc: &Doc, m: &mut Mention) {
    let MentionKind::Org(known) = m.kind else {
        return;
    };
    // An international body's office in a country stays the body ("Mexico's UNHCR office").
    if known.is_some_and(|o| g.orgs[o].country.is_none()) {
        return;
    }
    let sentence = &doc.sentences[m.sentence].tokens;
    let Some(owner_end) = possessor_end(doc, m.tokens.start, sentence) else {
        return;
    };
    let Some((owner_start, country)) = country_ending_at(g, doc, owner_end, sentence) else {
        return;
    };
    let written = doc
        .span_text(owner_start..m.tokens.end)
        .trim_end_matches(',');
    let serves_country =
        |o: usize| g.orgs[o].country.as_deref() == g.places[country].country.as_deref();
    let body = g
        .org(&fold(written))
        .or_else(|| known.filter(|&o| serves_country(o)))
        .or_else(|| g.org_of_country(country, &fold(&m.text)));
    m.kind = MentionKind::Org(body);
    m.text = written.to_string();
    m.tokens.start = owner_start;
}

#[cfg(test)]
mod tests;
