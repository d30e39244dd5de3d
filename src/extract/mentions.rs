//! Mention finding: capitalised runs of tokens, cut into known phrases (places, organisations,
//! titles, demonyms, outlets) and unknown names, then typed by their shape and context.
//! Pure: reads the [`Doc`] and the [`Gazetteer`], returns [`Mention`]s.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::ops::Range;

use crate::gazetteer::{fold, Gazetteer, KnownName, PlaceKind, TriggerKind, SMALL_TOWN_POPULATION};
use crate::text::{Doc, TokenKind};

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

/// The longest capitalised run considered as one name.
const MAX_RUN_TOKENS: usize = 12;

/// Where a body's name that goes on past `end` with a list of capitalised fields (", Migration
/// and Asylum") ends, when a short name in brackets right after it has the initials of all of
/// its capitalised words.
fn listed_fields_end(doc: &Doc, start: usize, end: usize, limit: usize) -> Option<usize> {
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
fn runs(g: &Gazetteer, doc: &Doc, tokens: Range<usize>) -> Vec<Range<usize>> {
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
fn second_field(g: &Gazetteer, doc: &Doc, field: Range<usize>) -> bool {
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
fn numbers_roads(word: &str) -> bool {
    matches!(word, "highway" | "interstate" | "route")
}

/// Whether token `at` is a road's code, one or two capital letters and a number ("A9", "M1"),
/// that the word for a road follows.
fn names_a_road_by_code(doc: &Doc, at: usize) -> bool {
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
fn heads_a_field(word: &str) -> bool {
    matches!(word, "minister" | "secretary" | "commissioner")
}

/// Where "of" (or "for") and the field of a minister's or secretary's office end, when the
/// title that ends at `title_end` goes on with them: "Minister of Maritime Affairs and Insular
/// Policy", "Secretary of Agriculture", "Minister for Home Affairs" (before a holder's name,
/// which starts with a given name). The
/// field's words name nothing known: "Minister of Mexico" has no field.
fn minister_of_field(g: &Gazetteer, doc: &Doc, title_end: usize, end: usize) -> Option<usize> {
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
fn segments(g: &Gazetteer, doc: &Doc, run: Range<usize>) -> Vec<(Seg, Range<usize>)> {
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
fn written_with_full_stop(doc: &Doc, end: usize) -> bool {
    doc.token_text(end - 1).ends_with('.') || (end < doc.tokens.len() && doc.token_text(end) == ".")
}

/// The longest known title that starts at token `start` and ends by `end`.
#[inline(always)]
fn longest_title(
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
fn starts_title(g: &Gazetteer, doc: &Doc, run: Range<usize>) -> bool {
    let most = g.most_title_words_from(doc.folded(run.start));
    (1..=most.min(run.len())).any(|len| g.title(&key(doc, run.start..run.start + len)).is_some())
}

/// Whether the first two words of the run or more are a known place's name.
fn starts_place_name(g: &Gazetteer, doc: &Doc, run: &Range<usize>) -> bool {
    let most = g.most_name_words_from(doc.folded(run.start));
    (2..=most.min(run.len())).any(|len| g.place(&key(doc, run.start..run.start + len)).is_some())
}

/// Whether most words of a sentence are capitalised (a Title Case headline).
fn is_title_case(doc: &Doc, tokens: Range<usize>) -> bool {
    let words: Vec<usize> = tokens
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word && doc.token_text(t).chars().count() > 3)
        .collect();
    words.len() >= 3 && words.iter().filter(|&&t| is_cap(doc, t)).count() * 4 >= words.len() * 3
}

/// The kind of place named after "the town of", "the port of": a town; but after "the
/// capital of", the region or country whose capital it is ("the capital of Sissala East").
fn place_with_a_town(word_before_of: &str) -> PlaceKind {
    if word_before_of == "capital" {
        PlaceKind::State
    } else {
        PlaceKind::City
    }
}

/// Whether a division's word in lower case stands at `at`, after a name: "Cabo Delgado
/// province", "Mae Hong Son province".
fn division_word_at(g: &Gazetteer, doc: &Doc, at: usize, sentence: &Range<usize>) -> bool {
    at < sentence.end && !is_cap(doc, at) && g.is_trigger(TriggerKind::StateContext, doc.folded(at))
}

/// Whether the name at `start` follows "the district of", "the town of" and the like.
fn named_as_a_place_of(g: &Gazetteer, doc: &Doc, start: usize, sentence: &Range<usize>) -> bool {
    start >= sentence.start + 2
        && doc.folded(start - 1) == "of"
        && [TriggerKind::CityContext, TriggerKind::StateContext]
            .into_iter()
            .any(|kind| g.is_trigger(kind, doc.folded(start - 2)))
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

/// Whether token `t`, right after a place's name, says the place is the town: "from Kunduz
/// city", in lower case ("Quebec City" is a name of its own).
pub(crate) fn is_town_word_after(doc: &Doc, t: usize) -> bool {
    doc.token_text(t) == "city"
}

/// "ending at Ciudad Juárez ... Juárez is far": a town's name after the word for a town that
/// opens the full name of a town the article names is that town, not a namesake elsewhere.
/// (Not "Laredo" beside "Nuevo Laredo": twin towns.)
fn towns_named_short(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let town = |m: &Mention| match m.kind {
        MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::City => Some(p),
        _ => None,
    };
    // Each full name's words after its town word, and the town.
    let in_full: Vec<(String, usize)> = mentions
        .iter()
        .filter(|m| {
            m.tokens.len() >= 2 && g.is_trigger(TriggerKind::CityHead, doc.folded(m.tokens.start))
        })
        .filter_map(|m| {
            Some((
                key(doc, m.tokens.start + 1..m.tokens.end).into_owned(),
                town(m)?,
            ))
        })
        .collect();
    if in_full.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let Some(p) = town(m) else {
            continue;
        };
        let short = key(doc, m.tokens.clone());
        if let Some(&(_, q)) = in_full.iter().find(|(rest, q)| *q != p && *rest == short) {
            m.kind = MentionKind::KnownPlace(q);
        }
    }
}

/// "El Naranjo belongs to the municipality of La Libertad", after "reached El Naranjo": a name
/// left unread where it opens a sentence is the place the article names so elsewhere. (Not a
/// word of someone's name: "Morales said", where Morales is a town too.)
fn places_named_elsewhere(doc: &Doc, mentions: &mut [Mention]) {
    let places: Vec<(String, MentionKind)> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::KnownPlace(_)))
        .map(|m| (doc.folded_words(m.tokens.clone()).join(" "), m.kind.clone()))
        .collect();
    if places.is_empty() {
        return;
    }
    let name_words: Vec<&str> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.rule != UNRESOLVED_NAME)
        .flat_map(|m| m.tokens.clone().map(|t| doc.folded(t)))
        .collect();
    for m in mentions.iter_mut() {
        let opens_sentence = m.tokens.start == doc.sentences[m.sentence].tokens.start;
        if m.rule != UNRESOLVED_NAME
            || (m.tokens.len() == 1 && !opens_sentence)
            || m.tokens
                .clone()
                .any(|t| name_words.contains(&doc.folded(t)))
        {
            continue;
        }
        let words = doc.folded_words(m.tokens.clone()).join(" ");
        if let Some((_, kind)) = places.iter().find(|(name, _)| *name == words) {
            m.kind = kind.clone();
            m.rule = "place-named-elsewhere";
            m.confidence = 0.7;
        }
    }
}

/// The rule of a known town read as such by the words before it ("the city of Chihuahua").
const TOWN_OF_KNOWN: &str = "town-of-known";
/// The rule of a capitalised name no rule read: a person only if later text says so.
const UNRESOLVED_NAME: &str = "unresolved-name";
const PLACE_NAMED_AGAIN: &str = "place-named-again";

/// The rule of a town the gazetteer lacks whose name it knows for a place in another country
/// ("GRACIAS A DIOS, Guatemala"): resolution must not take it for that place.
pub(crate) const UNKNOWN_TOWN_OF_A_KNOWN_NAME: &str = "dateline-town-abroad";

/// The rule of a region the gazetteer knows only by its namesake town ("Idlib province"):
/// resolution must not take it for the town.
pub(crate) const UNKNOWN_REGION_OF_A_KNOWN_TOWN: &str = "region-named-by-head";

/// Whether a new place's rule says the gazetteer's place of that name is not the one meant.
pub(crate) fn not_the_known_place(rule: &str) -> bool {
    matches!(
        rule,
        UNKNOWN_TOWN_OF_A_KNOWN_NAME | UNKNOWN_REGION_OF_A_KNOWN_TOWN
    )
}

/// "the southwestern city of Barahona ... a checkpoint near Barahona": a name the words around
/// it read as a town once is the town throughout, as one read as a region is the region.
fn towns_read_throughout(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let towns: Vec<usize> = mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(q)
                if m.rule == TOWN_OF_KNOWN && g.places[q].kind == PlaceKind::City =>
            {
                Some(q)
            }
            _ => None,
        })
        .collect();
    if towns.is_empty() {
        return;
    }
    // (Where the words also read the name as the region somewhere, a bare name stays as read.)
    let regions_read: Vec<usize> = mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(q) if matches!(m.rule, "place-by-head" | "place-in-title") => {
                Some(q)
            }
            _ => None,
        })
        .collect();
    for m in mentions.iter_mut() {
        let MentionKind::KnownPlace(p) = m.kind else {
            continue;
        };
        if g.places[p].kind != PlaceKind::State || regions_read.contains(&p) {
            continue;
        }
        let town = g
            .places_named(&key(doc, m.tokens.clone()))
            .iter()
            .copied()
            .find(|q| towns.contains(q));
        if let Some(q) = town {
            m.kind = MentionKind::KnownPlace(q);
        }
    }
}

/// "Central and South America", "North and South Korea": the first word, joined by "and" to a
/// known place's name, names the place its own word makes of the rest of that name.
fn coordinated_places(g: &Gazetteer, doc: &Doc, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in mentions.iter() {
        let MentionKind::KnownPlace(_) = m.kind else {
            continue;
        };
        let start = m.tokens.start;
        let sentence_start = doc.sentences[m.sentence].tokens.start;
        if m.tokens.len() < 2 || start < sentence_start + 2 || doc.folded(start - 1) != "and" {
            continue;
        }
        let first = start - 2;
        if !is_cap(doc, first) {
            continue;
        }
        let rest = m.tokens.start + 1..m.tokens.end;
        let name_key = format!("{} {}", doc.folded(first), key(doc, rest.clone()));
        if let Some(p) = g.place(&name_key) {
            let text = format!("{} {}", doc.token_text(first), doc.span_text(rest));
            found.push((first, m.sentence, p, text));
        }
    }
    for (first, sentence, p, text) in found {
        // The word was read alone before ("Central"): it is part of this place's name now.
        mentions.retain(|m| m.tokens != (first..first + 1));
        let at = mentions.partition_point(|m| m.tokens.start < first);
        mentions.insert(
            at,
            Mention {
                tokens: first..first + 1,
                sentence,
                kind: MentionKind::KnownPlace(p),
                text,
                rule: "coordinated-place",
                confidence: 0.8,
            },
        );
    }
}

/// A town's or state's name that several places share means the one in the countries and
/// states the rest of the article names: "Huixtla and Escuintla" are both in Chiapas,
/// although "Escuintla" alone reads as the Guatemalan department. The context is the places
/// whose name has one meaning, and the countries named; a country written after the name
/// ("Escuintla, Guatemala") decides alone. A country, a world region or a large city is never
/// re-read: "Los Angeles" in a story about Chiapas is still California's.
fn places_in_context(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let is_area = |p: usize| {
        matches!(
            g.places[p].kind,
            PlaceKind::Country | PlaceKind::WorldRegion
        )
    };
    // What each place mention's name may mean, read once for both passes below.
    let meanings: Vec<&[usize]> = mentions
        .iter()
        .map(|m| match m.kind {
            MentionKind::KnownPlace(_) => g.places_named(&key(doc, m.tokens.clone())),
            _ => &[],
        })
        .collect();
    // "Quebec Premier X ... the Quebec stretch of the border": a name the words around it read
    // as a region once is the region throughout (a city named in full, "Quebec City", is
    // another name).
    // So does a list of regions: "northern New York, Vermont and New Hampshire".
    let listed_with_region = |i: usize, q: usize| {
        let region_of_its_country = |j: usize| {
            matches!(mentions[j].kind, MentionKind::KnownPlace(r)
                if g.places[r].kind == PlaceKind::State && r != q
                    && g.places[r].country == g.places[q].country)
        };
        (i > 0
            && listed_together(doc, &mentions[i - 1], &mentions[i])
            && region_of_its_country(i - 1))
            || (i + 1 < mentions.len()
                && listed_together(doc, &mentions[i], &mentions[i + 1])
                && region_of_its_country(i + 1))
    };
    let regions_read: Vec<usize> = mentions
        .iter()
        .zip(&meanings)
        .enumerate()
        .filter_map(|(i, (m, meanings))| match m.kind {
            MentionKind::KnownPlace(q)
                if g.places[q].kind == PlaceKind::State
                    && meanings.len() > 1
                    && matches!(m.rule, "place-by-head" | "place-in-title") =>
            {
                Some(q)
            }
            MentionKind::KnownPlace(p)
                if meanings.len() > 1 && g.places[p].kind == PlaceKind::City =>
            {
                meanings
                    .iter()
                    .copied()
                    .find(|&q| g.places[q].kind == PlaceKind::State && listed_with_region(i, q))
            }
            _ => None,
        })
        .collect();
    if !regions_read.is_empty() {
        for (m, meanings) in mentions.iter_mut().zip(&meanings) {
            if let MentionKind::KnownPlace(p) = m.kind {
                let region = meanings.iter().find(|q| regions_read.contains(q));
                // (Not "the city of Chihuahua": written as the town.)
                let town = g.places[p].kind == PlaceKind::City && m.rule != TOWN_OF_KNOWN;
                if let Some(&q) = region.filter(|_| town) {
                    m.kind = MentionKind::KnownPlace(q);
                }
            }
        }
    }
    let mut countries: Vec<&str> = Vec::new();
    let mut subdivisions: Vec<&str> = Vec::new();
    // Places named by a name of several words that means nothing else, or told by the word
    // after the name ("the Darién jungle").
    let named_in_full: Vec<usize> = mentions
        .iter()
        .zip(&meanings)
        .filter_map(|(m, meanings)| match m.kind {
            MentionKind::KnownPlace(p)
                if (meanings.len() == 1 && m.tokens.len() > 1) || m.rule == "place-by-head" =>
            {
                Some(p)
            }
            _ => None,
        })
        .collect();
    for (m, meanings) in mentions.iter().zip(&meanings) {
        let MentionKind::KnownPlace(p) = m.kind else {
            continue;
        };
        if is_area(p) || meanings.len() == 1 {
            // A long page names the same few countries again and again: each is kept once.
            for (context, code) in [
                (&mut countries, g.places[p].country.as_deref()),
                (&mut subdivisions, g.places[p].subdivision.as_deref()),
            ] {
                if let Some(code) = code.filter(|c| !context.contains(c)) {
                    context.push(code);
                }
            }
        }
    }
    let town_of_a_demonym = || {
        mentions.iter().any(|m| {
            matches!(m.kind, MentionKind::KnownPlace(_)) && demonym_before_town(g, doc, m).is_some()
        })
    };
    if countries.is_empty() && !town_of_a_demonym() {
        return;
    }
    // "Escuintla, Guatemala", "YUMA, Ariz.": the country, and the state if it is one, each
    // name is followed by, by the name's position.
    let written_after: HashMap<usize, (&str, Option<&str>)> = mentions
        .iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(q)
                if matches!(g.places[q].kind, PlaceKind::Country | PlaceKind::State) =>
            {
                let comma = m.tokens.start.checked_sub(1)?;
                let place = &g.places[q];
                let state = (place.kind == PlaceKind::State)
                    .then_some(place.subdivision.as_deref())
                    .flatten();
                (doc.token_text(comma) == ",")
                    .then_some((comma, (place.country.as_deref()?, state)))
            }
            _ => None,
        })
        .collect();
    // How well a place fits the country and state written after its name: not at all, in the
    // country (and in a state the gazetteer does not record for it), in both. (Only some
    // countries' towns carry their state.)
    // (A border crossing lies in the countries of both its sides.)
    let lies_in = |p: usize, (country, state): (&str, Option<&str>)| -> u8 {
        let place = &g.places[p];
        if place.country.as_deref() != Some(country)
            && place.across_border.as_deref() != Some(country)
        {
            0
        } else if state.is_none_or(|s| place.subdivision.as_deref() == Some(s)) {
            2
        } else {
            u8::from(place.subdivision.is_none())
        }
    };
    // A dateline names a town: "TACNA, Peru" is the city, not the region named after it.
    let dateline = crate::extract::dateline_mention(doc, mentions);
    // Towns written with their country ("Livingston, Guatemala"), as (mention index of each
    // bare mention of the same name, the town); a bare name reads as the one written so.
    let written_with_country: Vec<(usize, usize)> = {
        let settled: Vec<(std::borrow::Cow<str>, usize)> = mentions
            .iter()
            .zip(&meanings)
            .filter_map(|(m, meanings)| {
                let w = *written_after.get(&m.tokens.end)?;
                let town = meanings
                    .iter()
                    .copied()
                    .filter(|&c| g.places[c].kind == PlaceKind::City && lies_in(c, w) > 0)
                    .max_by_key(|&c| (lies_in(c, w), g.prominence(c)))?;
                Some((key(doc, m.tokens.clone()), town))
            })
            .collect();
        if settled.is_empty() {
            Vec::new()
        } else {
            mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    matches!(m.kind, MentionKind::KnownPlace(_))
                        && !written_after.contains_key(&m.tokens.end)
                })
                .filter_map(|(i, m)| {
                    let k = key(doc, m.tokens.clone());
                    settled.iter().find(|(s, _)| *s == k).map(|&(_, t)| (i, t))
                })
                .collect()
        }
    };
    // "SAINT-PHILIPPE, Réunion": a known town's name written with a country or state none of
    // its namesakes lies in is a town the gazetteer lacks, not Quebec's Saint-Philippe, also
    // in the headline before it.
    let mut town_abroad: Option<String> = dateline.and_then(|i| {
        let m = &mentions[i];
        let MentionKind::KnownPlace(p) = m.kind else {
            return None;
        };
        let &w = written_after.get(&m.tokens.end)?;
        (g.places[p].kind == PlaceKind::City && meanings[i].iter().all(|&c| lies_in(c, w) == 0))
            .then(|| key(doc, m.tokens.clone()).into_owned())
    });
    for (i, (m, meanings)) in mentions.iter_mut().zip(&meanings).enumerate() {
        let MentionKind::KnownPlace(p) = m.kind else {
            continue;
        };
        // Read by the word after it ("Darien province"): settled, but for which country's
        // region of the name: "the state of Sucre" in a story of Venezuela is Venezuela's.
        if m.rule == "place-by-head" {
            let in_story = |c: usize| {
                g.places[c]
                    .country
                    .as_deref()
                    .is_some_and(|c| countries.contains(&c))
            };
            if !in_story(p) {
                let kind = g.places[p].kind;
                if let Some(&q) = meanings
                    .iter()
                    .find(|&&q| g.places[q].kind == kind && in_story(q))
                {
                    m.kind = MentionKind::KnownPlace(q);
                }
            }
            continue;
        }
        let written = written_after
            .get(&m.tokens.end)
            .copied()
            .or_else(|| demonym_before_town(g, doc, m).map(|country| (country, None)));
        if dateline == Some(i) && g.places[p].kind != PlaceKind::City {
            let country = g.places[p].country.as_deref();
            // The town of the country or state the dateline writes after it, else of the
            // country of the name's first reading.
            let town = meanings
                .iter()
                .copied()
                .filter(|&c| {
                    g.places[c].kind == PlaceKind::City
                        && written.map_or(g.places[c].country.as_deref() == country, |w| {
                            lies_in(c, w) > 0
                        })
                })
                .max_by_key(|&c| (written.map(|w| lies_in(c, w)), g.prominence(c)));
            if let Some(town) = town {
                m.kind = MentionKind::KnownPlace(town);
                continue;
            }
            // "GRACIAS A DIOS, Guatemala": a region of another country than the one written
            // after it names a town the gazetteer lacks, throughout the story.
            if written.is_some_and(|w| meanings.iter().all(|&c| lies_in(c, w) == 0)) {
                town_abroad = Some(key(doc, m.tokens.clone()).into_owned());
            }
        }
        // (Not where the name is a country's: "COLOMBIA, Nuevo León ... came all the way from
        // Colombia".)
        if (dateline == Some(i) || g.places[p].kind != PlaceKind::Country)
            && town_abroad
                .as_deref()
                .is_some_and(|town| town == key(doc, m.tokens.clone()))
        {
            m.kind = MentionKind::NewPlace(PlaceKind::City);
            m.rule = UNKNOWN_TOWN_OF_A_KNOWN_NAME;
            continue;
        }
        // "Darién" in a story that also writes "the Darién Gap" is the Gap, not the province:
        // a landmark the article names in full wins over other readings of a short name.
        // (Not after a regional office: "the governor of Darién" governs the province.)
        let named_landmark = meanings
            .iter()
            .copied()
            .find(|&c| g.places[c].kind == PlaceKind::Landmark && named_in_full.contains(&c))
            .filter(|_| {
                !read_as_region(g, doc, m.tokens.clone(), &doc.sentences[m.sentence].tokens)
            });
        if let Some(c) = named_landmark {
            m.kind = MentionKind::KnownPlace(c);
            continue;
        }
        let fit = |p: usize| {
            let place = &g.places[p];
            let country = place.country.as_deref();
            match written {
                Some(w) => (lies_in(p, w) > 0, lies_in(p, w) == 2),
                None => (
                    place
                        .subdivision
                        .as_deref()
                        .is_some_and(|s| subdivisions.contains(&s)),
                    [country, place.across_border.as_deref()]
                        .into_iter()
                        .flatten()
                        .any(|c| countries.contains(&c)),
                ),
            }
        };
        // (A large city keeps its name, unless a country or state written after it says
        // otherwise: "KINGSTON, Ont." is not Jamaica's; nor does one its name is only an
        // alias of, "San Luis" of São Luís.)
        let own_name = || fold(&g.places[p].name) == key(doc, m.tokens.clone());
        // (Nor where a namesake at least a fifth its size lies in a country the story names
        // and it does not: "Cartagena" in a story of Spain is Spain's, not Colombia's.)
        let rival_in_story = || {
            !fit(p).1
                && meanings.iter().any(|&c| {
                    c != p
                        && g.places[c].kind == PlaceKind::City
                        && fit(c).1
                        && g.places[c].population.saturating_mul(5) >= g.places[p].population
                })
        };
        let large_city = g.places[p].kind == PlaceKind::City
            && g.places[p].population >= 500_000
            && written.is_none_or(|w| lies_in(p, w) > 0)
            && own_name()
            && !rival_in_story();
        // "We were going to Florida", in a story from Cuba: a U.S. state's name is the
        // state's, not a town's of the story's country, unless written with that country.
        let us_state = g.places[p].kind == PlaceKind::State
            && g.places[p].country.as_deref() == Some("US")
            && written.is_none()
            && own_name();
        // "across the Pacific", in a story of the United States: an ocean, a sea or a range
        // (of `features.tsv`) that no one country holds is not a small town of the story's
        // country. (A named area of `world-regions.tsv`, "Darién", may still be the province.)
        let feature_of_no_country = g.places[p].kind == PlaceKind::Landmark
            && g.places[p].country.is_none()
            && g.places[p].id.starts_with("feature/");
        if is_area(p) || large_city || us_state || feature_of_no_country {
            continue;
        }
        // ("San José, Costa Rica": a name written with its country is a town's, before a
        // province's of the name.)
        let town_written = |c: usize| written.is_some() && g.places[c].kind == PlaceKind::City;
        let best = meanings
            .iter()
            .copied()
            .filter(|&c| !is_area(c))
            .max_by_key(|&c| (fit(c), town_written(c), g.prominence(c)));
        // (A city that dwarfs the namesake in a country the story only names, with no state
        // of it named, keeps its name: "GENEVA" in a story that names the United States.)
        let dwarfs = |b: usize| {
            written.is_none()
                && fit(b) == (false, true)
                && g.places[p].kind == PlaceKind::City
                && g.places[p].population >= 100_000
                && g.places[p].population >= 5 * g.places[b].population
                && own_name()
        };
        if let Some(best) = best.filter(|&b| fit(b) > fit(p) && !dwarfs(b)) {
            m.kind = MentionKind::KnownPlace(best);
        } else if let Some(&(_, town)) = written_with_country
            .iter()
            .find(|(k, town)| *k == i && meanings.contains(town))
        {
            // "LIVINGSTON, Guatemala ... Livingston, a town of 20,000": the town the article
            // once wrote with its country, not a larger namesake elsewhere.
            m.kind = MentionKind::KnownPlace(town);
        } else if meanings.len() > 1
            && g.places[p].kind == PlaceKind::City
            && fit(p) == (false, false)
            && !own_name()
        {
            // "a beach near San Luis" in a story of Colombia: a name several towns share,
            // none in a country or state the article names, read only as another town's
            // alias, is a town of its own.
            m.kind = MentionKind::NewPlace(PlaceKind::City);
        }
    }
}

/// "Men who set out from Saipan ... will meet Gov. Arnold Palacios on Saipan": a name left
/// unresolved where it stands is the gazetteer's place the article named by it elsewhere,
/// where the words around it said it was one. (Not a word of someone's name: "Hobbs said" is
/// Katherine Hobbs, in a story that also names Hobbs, New Mexico.)
fn places_named_again(doc: &Doc, out: &mut [Mention]) {
    let places: Vec<(String, MentionKind)> = out
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::KnownPlace(_)))
        .map(|m| (key(doc, m.tokens.clone()).into_owned(), m.kind.clone()))
        .collect();
    let name_words: Vec<String> = out
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.rule != UNRESOLVED_NAME)
        .flat_map(|m| m.tokens.clone().map(|t| doc.folded(t).to_string()))
        .collect();
    // (One word: not "US-Mexico", whose parts the hyphen joins. Not in the headline, whose
    // capitals say nothing and whose verbs, "towed into Crete's Ierapetra", would make the
    // place more than the story does.)
    for m in out.iter_mut().filter(|m| {
        m.rule == UNRESOLVED_NAME
            && doc.sentences[m.sentence].paragraph > 0
            && m.tokens.len() == 1
            && doc
                .token_text(m.tokens.start)
                .chars()
                .all(char::is_alphabetic)
    }) {
        let name = key(doc, m.tokens.clone());
        if name_words.iter().any(|w| *w == name) {
            continue;
        }
        if let Some((_, kind)) = places.iter().find(|(place, _)| *place == name) {
            m.kind = kind.clone();
            m.rule = PLACE_NAMED_AGAIN;
            m.confidence = 0.5;
        }
    }
}

/// "the mainland city that likes to call itself the Paris of the North", "the Paris of the
/// Middle East": a place's name in another's nickname names no place, nor does the part of the
/// world it is set in.
fn drop_nicknames(g: &Gazetteer, doc: &Doc, out: &mut Vec<Mention>) {
    let is_place = |m: &Mention| {
        matches!(
            m.kind,
            MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
        )
    };
    let word = |t: usize| {
        if t < doc.tokens.len() {
            doc.folded(t)
        } else {
            ""
        }
    };
    let mut keep = vec![true; out.len()];
    for (i, m) in out.iter().enumerate().filter(|(_, m)| is_place(m)) {
        let (start, end) = (m.tokens.start, m.tokens.end);
        if start == 0 || doc.token_text(start - 1) != "the" || word(end) != "of" {
            continue;
        }
        let part = end + 1 + usize::from(word(end + 1) == "the");
        if matches!(word(part), "north" | "south" | "east" | "west") {
            keep[i] = false;
            continue;
        }
        let region = out.iter().position(|n| {
            n.tokens.start == part
                && matches!(n.kind, MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::WorldRegion)
        });
        if let Some(region) = region {
            keep[i] = false;
            keep[region] = false;
        }
    }
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
}

/// Whether mention `b` follows `a` in a list: in one sentence, with only "," and "and" or "or"
/// between them.
fn listed_together(doc: &Doc, a: &Mention, b: &Mention) -> bool {
    a.sentence == b.sentence
        && a.tokens.end < b.tokens.start
        && (a.tokens.end..b.tokens.start).len() <= 2
        && (a.tokens.end..b.tokens.start).all(|t| matches!(doc.folded(t), "," | "and" | "or"))
}

/// "Cortés, Yoro and Olancho", "Camagüey and Ciego de Ávila": a capital's name read as the
/// capital ([`Gazetteer::namesake_capital`]) is the region it is named after when listed with
/// regions.
fn namesakes_listed_with_regions(g: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let region_of = |m: &Mention| match m.kind {
        MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::City => g
            .places_named(&key(doc, m.tokens.clone()))
            .iter()
            .copied()
            .find(|&r| g.namesake_capital(r) == Some(p)),
        _ => None,
    };
    let is_region = |m: &Mention| matches!(m.kind, MentionKind::KnownPlace(p) if g.places[p].kind == PlaceKind::State);
    // Read once: most articles name no such capital, and the passes below change only those.
    let regions: Vec<Option<usize>> = mentions.iter().map(region_of).collect();
    if regions.iter().all(Option::is_none) {
        return;
    }
    // Twice, for a list of namesakes that one region starts: "Tumbes and Piura".
    for _ in 0..2 {
        for (i, region) in regions.iter().enumerate() {
            let Some(region) = *region else {
                continue;
            };
            let beside_region = (i > 0
                && listed_together(doc, &mentions[i - 1], &mentions[i])
                && is_region(&mentions[i - 1]))
                || (i + 1 < mentions.len()
                    && listed_together(doc, &mentions[i], &mentions[i + 1])
                    && is_region(&mentions[i + 1]));
            if beside_region {
                mentions[i].kind = MentionKind::KnownPlace(region);
            }
        }
    }
}

/// "the Colombian border town of Villa del Rosario", "the Haitian city of X": the country
/// whose demonym comes before a town's name, with a word for a town between.
fn demonym_before_town<'g>(g: &'g Gazetteer, doc: &Doc, m: &Mention) -> Option<&'g str> {
    let sentence = doc.sentences[m.sentence].tokens.clone();
    let mut town_word = false;
    for t in (sentence.start..m.tokens.start).rev().take(5) {
        let word = doc.folded(t);
        if is_cap(doc, t) {
            let country = g.demonym(word)?;
            return town_word
                .then(|| g.places[country].country.as_deref())
                .flatten();
        }
        town_word |= g.is_trigger(TriggerKind::CityContext, word);
    }
    None
}

/// Whether a word before a body's noun makes it a criminal or armed one, which is no
/// organisation here ("a drug-trafficking organisation", "an armed group").
fn is_criminal(w: &str) -> bool {
    [
        "traffick",
        "criminal",
        "smuggl",
        "armed",
        "guerrilla",
        "paramilitar",
    ]
    .iter()
    .any(|stem| w.contains(stem))
}

/// Whether a body's noun (`org_cue`) stands in apposition to `run`: ", an Ecuadorian migrant
/// group based in Madrid" after it, or "a local volunteer network," before it. Between the
/// article and the noun, up to three words that are neither function words nor names'
/// capitals other than a demonym; after the noun, no more of a noun phrase ("a migrant group
/// leader", "a migrant group's coordinator" tell of a person). Not a criminal one: gangs and
/// cartels are no organisations here.
fn org_apposition(g: &Gazetteer, doc: &Doc, run: &Range<usize>, sentence: &Range<usize>) -> bool {
    let word = |t: usize| doc.tokens[t].kind == TokenKind::Word;
    let modifier = |t: usize| {
        word(t)
            && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(t))
            && (!is_cap(doc, t) || g.demonym(doc.folded(t)).is_some())
            && !is_criminal(doc.folded(t))
    };
    let is_article = |t: usize| matches!(doc.folded(t), "a" | "an");
    let noun_ends_phrase = |noun: usize| {
        noun + 1 >= sentence.end
            || (doc.tokens[noun + 1].kind == TokenKind::Punct
                && !matches!(doc.token_text(noun + 1), "'" | "’"))
            || g.is_trigger(TriggerKind::FunctionWord, doc.folded(noun + 1))
            || matches!(
                doc.folded(noun + 1),
                "based" | "founded" | "run" | "working"
            )
    };
    let cue = |t: usize| g.is_trigger(TriggerKind::OrgCue, doc.folded(t)) && !is_cap(doc, t);
    // After: ", an Ecuadorian migrant group".
    let after = run.end + 2 < sentence.end
        && doc.token_text(run.end) == ","
        && is_article(run.end + 1)
        && (run.end + 2..(run.end + 6).min(sentence.end))
            .take_while(|&t| cue(t) || modifier(t))
            .find(|&t| cue(t))
            .is_some_and(noun_ends_phrase);
    // Before: "a local volunteer network, X", "a Deming church group, X" (a place may say
    // whose).
    let before = run.start >= sentence.start + 3
        && doc.token_text(run.start - 1) == ","
        && cue(run.start - 2)
        && {
            let mut t = run.start - 3;
            while t > sentence.start
                && t + 6 > run.start
                && (modifier(t) || (word(t) && is_cap(doc, t) && g.place(doc.folded(t)).is_some()))
                && !is_article(t)
            {
                t -= 1;
            }
            // ("In a recording the hotline, Alarm Phone, posted": "the" too, where the name
            // is no person's, and not after a preposition: "an Ethiopian in the group, Dawit
            // Bekele", "a member of the network, X".)
            is_article(t)
                || (doc.folded(t) == "the"
                    && (t == sentence.start
                        || !matches!(
                            doc.folded(t - 1),
                            "of" | "in"
                                | "from"
                                | "with"
                                | "for"
                                | "among"
                                | "to"
                                | "at"
                                | "by"
                                | "on"
                                | "within"
                                | "inside"
                        ))
                    && !g.is_given_name(doc.folded(run.start))
                    // (Nor a name that owns what follows: "about the group, Skerrit's office
                    // said".)
                    && !possessive_after(doc, run.end - 1))
        };
    after || before
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

/// Types one capitalised run.
fn classify_run(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    run: Range<usize>,
    out: &mut Vec<Mention>,
) {
    // "Mexico's Navy": a body's head word alone after its country's possessive is that
    // country's known body of that name ("Mexican Navy"); `own_by_possessive_country` then
    // takes the possessive in.
    if run.len() == 1 && is_org_head(g, doc, run.start) {
        let body = possessor_end(doc, run.start, &sentence)
            .and_then(|end| country_ending_at(g, doc, end, &sentence))
            .and_then(|(_, country)| g.org_of_country(country, doc.folded(run.start)));
        if let Some(body) = body {
            push(
                out,
                doc,
                si,
                run,
                MentionKind::Org(Some(body)),
                "org-of-possessor",
                0.8,
            );
            return;
        }
    }
    // "operated by the energy company Edison": a firm named after its kind, no town (nor a
    // body this graph holds). So is "Edison said" or "Edison's crew" later on.
    let after_firm_word = |t: usize| {
        t > 0
            && matches!(
                doc.token_text(t - 1),
                "company" | "firm" | "operator" | "carrier" | "airline" | "contractor"
            )
    };
    let speaks_or_owns = run.end < sentence.end
        && (g.is_trigger(TriggerKind::SpeechVerb, doc.folded(run.end))
            || possessive_after(doc, run.end - 1));
    let firm_told_before = || {
        (1..run.start.saturating_sub(run.len())).any(|t| {
            after_firm_word(t)
                && (0..run.len()).all(|k| doc.folded(t + k) == doc.folded(run.start + k))
                && !(t + run.len() < doc.tokens.len() && is_cap(doc, t + run.len()))
        })
    };
    if (run.start > sentence.start && after_firm_word(run.start))
        || (speaks_or_owns && firm_told_before())
    {
        return;
    }
    let mut segs = segments(g, doc, run.clone());
    // "the Royal Netherlands Marechaussee (KMar)": a name given a short form in brackets right
    // after it is a body's, whatever place its words name.
    if run.len() >= 2
        && short_form_in_brackets(g, doc, run.end, &sentence)
        && !g.is_given_name(doc.folded(run.start))
        && segs.iter().any(|(s, _)| *s == Seg::Unknown)
        && segs
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_) | Seg::Demonym(_)))
    {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::Org(None),
            "named-with-short-form",
            0.6,
        );
        return;
    }
    // "the Paso del Norte bridge", "the Mariposa port of entry", "the Pedro de Alvarado border
    // crossing": a name the gazetteer does not know whole (though it may know a town in it)
    // before a landmark's head written in lower case.
    let unknown_name = segs.iter().any(|(s, _)| *s == Seg::Unknown)
        && segs
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_)));
    // "Lake Titicaca", "Mount Tacaná": a word that opens a landmark's name. So is "Cabo San
    // Antonio", though the gazetteer knows a town called "Cabo" and one called "San Antonio"
    // (but not "Cabo Rojo", a town it knows whole).
    let opens_landmark = (unknown_name
        || (segs.len() >= 2 && segs.iter().all(|(s, _)| matches!(s, Seg::Place(_)))))
        && run.len() >= 2
        && g.is_trigger(TriggerKind::LandmarkHeadFirst, doc.folded(run.start))
        // ("CABO DE PALOS, Spain (AP) —": a dateline names a town, unless its first word
        // opens an island's name.)
        && (g.is_trigger(TriggerKind::IslandHeadFirst, doc.folded(run.start))
            || !is_dateline_town(g, doc, &run, &sentence));
    // "the Gulf of Urabá", "the Bridge of the Americas", "the Isthmus of Tehuantepec": a
    // landmark's or a region's head first.
    // ("Cabo Delgado province", "River Nile state": a region named after the landmark.)
    let division_after = division_word_at(g, doc, run.end, &sentence);
    if opens_landmark && division_after {
        push(
            out,
            doc,
            si,
            run.clone(),
            MentionKind::NewPlace(PlaceKind::State),
            UNKNOWN_REGION_OF_A_KNOWN_TOWN,
            0.8,
        );
        return;
    }
    let head_first = if opens_landmark {
        Some((PlaceKind::Landmark, "landmark-head-first"))
    } else {
        (unknown_name && run.len() >= 3 && doc.folded(run.start + 1) == "of")
            .then(|| {
                let head = doc.folded(run.start);
                if g.is_trigger(TriggerKind::LandmarkHead, head) {
                    Some((PlaceKind::Landmark, "landmark-head-first"))
                } else if g.is_trigger(TriggerKind::RegionHead, head)
                    // "the Department of Natural Resources" is a body: a head that names
                    // bodies too heads a region only before a place ("Department of Cortés").
                    && (!g.is_trigger(TriggerKind::OrgHead, head)
                        || segs.iter().any(|(s, _)| matches!(s, Seg::Place(_))))
                {
                    Some((PlaceKind::State, "region-head-first"))
                } else {
                    None
                }
            })
            .flatten()
    };
    // "a beach in North Aceh regency": a compass word before a known region, then a word for
    // a division, names a division of its own (not the region it is named after).
    let compass_division = matches!(
        doc.folded(run.start),
        "north" | "south" | "east" | "west" | "central" | "upper" | "lower"
    ) && matches!(segs.as_slice(), [(Seg::Unknown, _), (Seg::Place(_), _)])
        && run.end < sentence.end
        && g.is_trigger(TriggerKind::StateContext, doc.folded(run.end));
    // "in Aceh Besar regency": a known region, then a word the gazetteer does not know and a
    // word for a division, names a division of its own, named after the region.
    let qualified_division = matches!(segs.as_slice(), [(Seg::Place(p), _), (Seg::Unknown, rest)]
        if rest.len() == 1
            && matches!(g.places[*p].kind, PlaceKind::State)
            && !g.is_trigger(TriggerKind::LandmarkHead, doc.folded(rest.start)))
        && division_word_at(g, doc, run.end, &sentence);
    // "San Pedro Mixtepec", "Santa María Tonameca": a saint's town the gazetteer knows, then
    // a word it does not, is a longer town's name (not the saint's town and another word).
    let saint_town = matches!(
        doc.folded(run.start),
        "san" | "santa" | "santo" | "sao" | "saint"
    ) && matches!(segs.as_slice(), [(Seg::Place(_), known), (Seg::Unknown, rest)]
        if known.len() == 2 && rest.len() == 1 && continues_a_name(g, doc.folded(rest.start)));
    let head_first = head_first
        .or(compass_division.then_some((PlaceKind::State, "compass-division")))
        .or(qualified_division.then_some((PlaceKind::State, "qualified-division")))
        .or(saint_town.then_some((PlaceKind::City, "saint-town")));
    if let Some((kind, rule)) = head_first {
        push(
            out,
            doc,
            si,
            run.clone(),
            MentionKind::NewPlace(kind),
            rule,
            0.7,
        );
        return;
    }
    // "COLCHANE, Chile, May 11 (AFP) -", "PASO CANOAS, Costa Rica": a dateline's town, written
    // before its country or state, which the gazetteer does not know whole.
    if unknown_name && is_dateline_town(g, doc, &run, &sentence) {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::NewPlace(PlaceKind::City),
            "dateline-town",
            0.7,
        );
        return;
    }
    // "the Leona Vicario shelter": a body named after someone, though a town bears the name too.
    // (Asked last: most runs are neither.)
    let after_someone = || run.len() > 1 && g.is_given_name(doc.folded(run.start));
    // "the San Ysidro port of entry": the landmark bears a village's name, which alone would
    // be known.
    let village_alone = matches!(segs.as_slice(), [(Seg::Place(p), _)] if g.is_village(*p));
    // "the Islam Qala crossing": a small town's name before "crossing" names the crossing, which
    // the story is about; a city's ("the Nogales crossing") is the city's.
    let small_town_crossing = matches!(segs.as_slice(), [(Seg::Place(p), _)]
            if g.places[*p].kind == PlaceKind::City && g.places[*p].population < SMALL_TOWN_POPULATION)
        && run.end < sentence.end
        && landmark_head_after(g, doc, run.end, &sentence)
            .is_some_and(|end| matches!(doc.folded(end - 1), "crossing" | "post"));
    // ("No crossing had been detected": a determiner opening the sentence names nothing.)
    let determiner = run.len() == 1
        && matches!(
            doc.folded(run.start),
            "no" | "any" | "each" | "every" | "another" | "this" | "that"
        );
    if (unknown_name || village_alone || small_town_crossing) && !determiner {
        // "the Canary island of El Hierro": one island of a known archipelago names it.
        let archipelago = (run.end < sentence.end && doc.folded(run.end) == "island")
            .then(|| g.place(&format!("{} islands", key(doc, run.clone()))))
            .flatten();
        if let Some(islands) = archipelago {
            push(
                out,
                doc,
                si,
                run,
                MentionKind::KnownPlace(islands),
                "island-of-archipelago",
                0.7,
            );
            return;
        }
        // ("an English-speaking island": a compound in lower case after its hyphen qualifies
        // the head, naming nothing.)
        // (Not "the Chirundu one-stop border post": a compound between the name and the head.)
        let compound_adjective = || {
            run.clone().any(|t| {
                doc.token_text(t)
                    .split_once('-')
                    .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_lowercase()))
            })
        };
        // ("this Arctic port", "an Aegean island": after a determiner the name qualifies a
        // head that names nothing.)
        let described = run.start > sentence.start
            && matches!(doc.folded(run.start - 1), "this" | "that" | "a" | "an");
        if let Some(end) = landmark_head_after(g, doc, run.end, &sentence)
            .filter(|_| !described && !compound_adjective())
        {
            push(
                out,
                doc,
                si,
                run.start..end,
                MentionKind::NewPlace(PlaceKind::Landmark),
                "landmark-head-after",
                0.7,
            );
            return;
        }
    }
    // "Los Planes de Gualaca", "San Sebastián de la Gomera": a town's name joined to more of
    // the name by "de" is part of a longer name, not that town. (Not after a given name or
    // opening on one: "Juan Camilo Restrepo de la Cruz", "Marina del Pilar Ávila" are people.)
    let de = |t: usize| matches!(doc.folded(t), "de" | "del");
    let town_runs_on = segs.iter().any(|(seg, r)| {
        matches!(seg, Seg::Place(p) if g.places[*p].kind == PlaceKind::City)
            && !(run.start..=r.start).any(|t| g.is_given_name(doc.folded(t)))
            && ((r.end < run.end && de(r.end)) || (r.start > run.start && de(r.start - 1)))
    });
    if town_runs_on {
        // What the words around it make of the longer name, else a town of that name.
        let read_before = out.len();
        unknown(g, doc, si, &sentence, run.clone(), out);
        if out[read_before..].iter().all(|m| m.rule == UNRESOLVED_NAME) {
            out.truncate(read_before);
            push(
                out,
                doc,
                si,
                run,
                MentionKind::NewPlace(PlaceKind::City),
                "town-name-runs-on",
                0.6,
            );
        }
        return;
    }
    // "PASO CANOAS, Costa Rica — ... at Paso Canoas": a name read as a new place before in the
    // article is that place again.
    if unknown_name {
        let named_before = out.iter().find_map(|m| match m.kind {
            MentionKind::NewPlace(kind) if same_words(doc, m.tokens.clone(), run.clone()) => {
                Some(kind)
            }
            _ => None,
        });
        if let Some(kind) = named_before {
            push(
                out,
                doc,
                si,
                run,
                MentionKind::NewPlace(kind),
                "place-named-before",
                0.6,
            );
            return;
        }
        // "the hotline, Alarm Phone, posted ... Alarm Phone said": so is a body's name.
        // (Not a short name, which stands only where it stands for a body named in full.)
        let body_named_before = out.iter().any(|m| {
            matches!(m.kind, MentionKind::Org(None))
                && m.rule != "acronym"
                && same_words(doc, m.tokens.clone(), run.clone())
        });
        if body_named_before {
            push(
                out,
                doc,
                si,
                run,
                MentionKind::Org(None),
                "body-named-before",
                0.6,
            );
            return;
        }
    }
    // Named after someone, it is not that person either.
    let after_the = run.start > sentence.start && doc.folded(run.start - 1) == "the";
    if after_the
        && run.end < sentence.end
        && !is_cap(doc, run.end)
        && g.is_trigger(TriggerKind::OrgHeadAfter, doc.folded(run.end))
        && (unknown_name || after_someone())
    {
        // "the Casa de Passagem Fronteira shelter": a name that says it is a body's already
        // is the whole name.
        let named_a_body = run.clone().any(|t| is_org_head(g, doc, t));
        push(
            out,
            doc,
            si,
            run.start..run.end + usize::from(!named_a_body),
            MentionKind::Org(None),
            "org-head-after",
            0.7,
        );
        return;
    }
    // "the Simón Bolívar and Francisco de Paula Santander bridges": names before a landmark's
    // head in the plural, each a landmark.
    // (Not a word capitalised because it opens the sentence: "Rough seas strand 70".)
    if run.start > sentence.start
        && before_plural_landmark_head(g, doc, &run, &sentence)
        && (unknown_name || after_someone())
    {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::NewPlace(PlaceKind::Landmark),
            "landmarks-head-after",
            0.7,
        );
        return;
    }
    // "Ciudad Pedro de Alvarado", "Matthew Town", "Ruiz Cortines, the Mexican town that ...":
    // a town the gazetteer lacks, named so or told so right after.
    let town_after = || {
        let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
        let mut t = run.end;
        if word(t) != "," || word(t + 1) != "the" {
            return false;
        }
        t += 2;
        if is_cap(doc, t) && g.demonym(word(t)).is_some() {
            t += 1;
        }
        // ("X, the border town", not "X, the Border Force's commander", nor "X, the
        // village's elected head".)
        (matches!(word(t), "town" | "city" | "village") || (word(t) == "border" && !is_cap(doc, t)))
            && !possessive_after(doc, t)
    };
    if run.len() >= 2
        // (Not a known name's first word: "the Puerto Rico Police Bureau"; nor a port the
        // article names as one: "the Puerto Chiapas port".)
        && ((g.is_trigger(TriggerKind::CityHead, doc.folded(run.start))
            && segs[0].0 == Seg::Unknown
            && !doc.token_text(run.end - 1).contains('-')
            && !named_as_landmark(g, doc, &run))
            || g.is_trigger(TriggerKind::CityHeadLast, doc.folded(run.end - 1))
            || town_after())
        && (unknown_name || after_someone())
    {
        // "Marsh Harbour" is a town, but "the Grand Harbour" the water: a town takes no
        // article (anywhere the article writes the name: a headline drops it).
        let the_harbour =
            matches!(doc.folded(run.end - 1), "harbour" | "harbor") && written_after_the(doc, &run);
        let (kind, rule) = if the_harbour {
            (PlaceKind::Landmark, "harbour-named")
        } else {
            (PlaceKind::City, "town-named")
        };
        push(out, doc, si, run, MentionKind::NewPlace(kind), rule, 0.7);
        return;
    }
    // "the commune of General Lagos", "the town of General Cepeda": a place named after an
    // officer's rank or a president, where only a place can stand.
    // (Read as any unknown name there is: `unknown` tells the town from the region.)
    if matches!(segs.first(), Some((Seg::Title(_), _)))
        && run.start >= sentence.start + 2
        && doc.folded(run.start - 1) == "of"
        && {
            let before2 = doc.folded(run.start - 2);
            before2 != "capital"
                && (g.is_trigger(TriggerKind::StateContext, before2)
                    || g.is_trigger(TriggerKind::CityContext, before2))
        }
    {
        unknown(g, doc, si, &sentence, run, out);
        return;
    }
    // "San Remo Mayor Ana Ruiz": a town the gazetteer lacks, named before a mayor's title;
    // the rest of the run is read as if it started with the title.
    if let [(Seg::Unknown, town), (Seg::Title(t), _), _, ..] = segs.as_slice() {
        if town.start == run.start
            && town.len() <= 3
            && town.clone().all(|k| is_cap(doc, k))
            && matches!(
                fold(&g.titles[*t].title).to_lowercase().as_str(),
                "mayor" | "municipal president"
            )
        {
            let town = town.clone();
            push(
                out,
                doc,
                si,
                town.clone(),
                MentionKind::NewPlace(PlaceKind::City),
                "town-before-mayor",
                0.7,
            );
            classify_run(g, doc, si, sentence, town.end..run.end, out);
            return;
        }
    }
    let places_in_title = absorb_office_words(g, doc, &mut segs);
    // Official: [place|demonym|org]* title+ name.
    if let Some(first_title) = segs.iter().position(|(s, _)| matches!(s, Seg::Title(_))) {
        let modifiers = &segs[..first_title];
        if modifiers
            .iter()
            .all(|(s, _)| matches!(s, Seg::Place(_) | Seg::Demonym(_) | Seg::Org(_)))
        {
            let mut last_title = first_title;
            while last_title + 1 < segs.len() && matches!(segs[last_title + 1].0, Seg::Title(_)) {
                last_title += 1;
            }
            let title_range = segs[first_title].1.start..segs[last_title].1.end;
            let name_start = title_range.end;
            let name_range = name_start..run.end;
            // "Minister García": a town's name right after a title is a surname; a country,
            // state or body is not ("Governor Texas"), nor any place after "of" or "to" ("the
            // Mayor of Tijuana said").
            let mut rest = &segs[last_title + 1..];
            // (After a title, what follows "of" or "to" is the office's field or post, never
            // its holder.)
            let after_particle = matches!(rest.first(), Some((Seg::Unknown, r))
                if matches!(doc.folded(r.start), "of" | "to"));
            let particle = after_particle && rest.len() == 2 && rest[0].1.len() == 1;
            if particle {
                rest = &rest[1..];
            }
            let name_is_place = rest.len() == 1
                && match rest[0].0 {
                    Seg::Place(p) => particle || g.places[p].kind != PlaceKind::City,
                    Seg::Org(_) | Seg::Demonym(_) => true,
                    _ => false,
                };
            // "Quebec Premier X": the province, not its capital.
            let as_region = |p: usize, r: &Range<usize>| {
                (g.places[p].kind == PlaceKind::City
                    && read_as_region(g, doc, r.clone(), &sentence))
                .then(|| g.place_named_as(&key(doc, r.clone()), &[PlaceKind::State]))
                .flatten()
                .unwrap_or(p)
            };
            let modifiers: Vec<(Seg, Range<usize>)> = modifiers
                .iter()
                .map(|(s, r)| match s {
                    Seg::Place(p) => (Seg::Place(as_region(*p, r)), r.clone()),
                    _ => (s.clone(), r.clone()),
                })
                .collect();
            // "El Paso County Judge X": the county, named after its seat; the office serves
            // the county, so the seat's country, not the seat. (Not "Texas State Senator":
            // a state before a title that starts "State" is the state.)
            let names_county = |p: usize, r: &Range<usize>| {
                g.places[p].kind == PlaceKind::City
                    && r.end == title_range.start
                    && g.is_trigger(TriggerKind::RegionHead, doc.folded(r.end))
            };
            // A county's office that only one country has ("County Sheriff") says whose it
            // is better than a seat named like a town abroad ("Imperial", also in Peru).
            let office_country = || {
                g.title(&key(doc, title_range.clone()))
                    .and_then(|t| g.title_default_countries(t).next())
            };
            let mut affiliation: Vec<Affiliation> = modifiers
                .iter()
                .filter_map(|(s, r)| match s {
                    Seg::Place(p) if names_county(*p, r) => office_country()
                        .or_else(|| g.country_of(*p))
                        .map(Affiliation::Place),
                    // "European Council President": no office serves a continent; the union
                    // of its states does, where one is known ("European Union").
                    Seg::Demonym(p) if g.places[*p].kind == PlaceKind::WorldRegion => g
                        .org(&format!("{} union", key(doc, r.clone())))
                        .map_or(Affiliation::Place(*p), Affiliation::Org)
                        .into(),
                    Seg::Place(p) | Seg::Demonym(p) => Some(Affiliation::Place(*p)),
                    Seg::Org(o) => Some(Affiliation::Org(*o)),
                    _ => None,
                })
                .collect();
            // "Mexico's President ..." : the possessive before the run.
            if modifiers.is_empty() {
                affiliation.extend(possessive_place_before(g, doc, run.start, &sentence));
            }
            // "Myanmar's military government, led by Senior General X": who leads a country's
            // body serves that country.
            if affiliation.is_empty() {
                affiliation.extend(leader_of_possessors_body(g, doc, run.start, &sentence));
            }
            for (s, _) in &segs[first_title..=last_title] {
                if let Seg::Org(o) = s {
                    affiliation.push(Affiliation::Org(*o));
                }
            }
            // The place a title runs through: served ("Governor of Sonora"), or only where the
            // office is ("Ambassador to Honduras"); a place named either way.
            for p in places_in_title {
                let kind = match p.place {
                    Some(place) => {
                        if p.served {
                            affiliation.push(Affiliation::Place(place));
                        }
                        MentionKind::KnownPlace(place)
                    }
                    None => MentionKind::NewPlace(PlaceKind::State),
                };
                push(out, doc, si, p.tokens, kind, "place-in-title", 0.8);
            }
            for (s, r) in &modifiers {
                match s {
                    Seg::Place(p) if names_county(*p, r) => push(
                        out,
                        doc,
                        si,
                        r.start..r.end + 1,
                        MentionKind::NewPlace(PlaceKind::State),
                        "place-in-title",
                        0.8,
                    ),
                    Seg::Place(p) => push(
                        out,
                        doc,
                        si,
                        r.clone(),
                        MentionKind::KnownPlace(*p),
                        "place-in-title",
                        0.8,
                    ),
                    // ("U.N. High Commissioner for Refugees X", "U.N. Secretary-General X": the
                    // U.N. before an office of its own system qualifies the office, which news
                    // does not count as naming the body; the holder still serves it.)
                    Seg::Org(o) if g.orgs[*o].id == "un" => {}
                    Seg::Org(o) => push(
                        out,
                        doc,
                        si,
                        r.clone(),
                        MentionKind::Org(Some(*o)),
                        "org-in-title",
                        0.8,
                    ),
                    _ => {}
                }
            }
            // "Justice Human Rights Network", "General Directorate of Migration": a body whose
            // name starts with a title word.
            // So is "Directorate General of Migration".
            // "Ministry of Justice and Public Security": what follows the title starts in lower
            // case, so it is no holder's name but the rest of the body's.
            let name_starts_lower = !name_range.is_empty() && !is_cap(doc, name_range.start);
            let head_at = if after_particle || name_starts_lower {
                run.clone()
            } else {
                name_range.clone()
            };
            if !name_range.is_empty()
                && head_at.clone().any(|t| is_org_head(g, doc, t))
                && matches!(segs.last(), Some((Seg::Unknown, _)))
            {
                push(
                    out,
                    doc,
                    si,
                    run.clone(),
                    MentionKind::Org(None),
                    "head-word",
                    0.7,
                );
                return;
            }
            // "the Ambassador Bridge": after "the", a title and a landmark's head alone name
            // the landmark.
            if name_range.len() == 1
                && run.start > sentence.start
                && doc.folded(run.start - 1) == "the"
                && g.is_trigger(TriggerKind::LandmarkHead, doc.folded(name_range.start))
            {
                push(
                    out,
                    doc,
                    si,
                    run.clone(),
                    MentionKind::NewPlace(PlaceKind::Landmark),
                    "title-landmark",
                    0.7,
                );
                return;
            }
            // "General Security's post": a title word before a body's field alone names the
            // body, not a person called Security.
            if !name_range.is_empty()
                && name_range.len() <= 2
                && name_range
                    .clone()
                    .all(|t| g.is_trigger(TriggerKind::BodyField, doc.folded(t)))
            {
                push(
                    out,
                    doc,
                    si,
                    run.clone(),
                    MentionKind::Org(None),
                    "title-field-body",
                    0.6,
                );
                return;
            }
            if !name_range.is_empty() && !name_is_place && !after_particle && !name_starts_lower {
                // "state Sen. Dale Brannock": the state's office, not the nation's.
                let of_a_state = title_range.start > sentence.start
                    && doc.token_text(title_range.start - 1) == "state";
                let title_start = title_range.start - usize::from(of_a_state);
                let title = doc.span_text(title_start..title_range.end).to_string();
                affiliation.extend(of_place_after(g, doc, run.end, &sentence));
                if affiliation.is_empty() {
                    affiliation.extend(role_country_before(g, doc, run.start, &sentence));
                }
                push(
                    out,
                    doc,
                    si,
                    name_range,
                    MentionKind::Person {
                        title: Some(title),
                        affiliation,
                    },
                    "title-name",
                    0.9,
                );
                return;
            }
            if !name_range.is_empty() {
                // "President of Mexico" style runs end in a place: the place still counts.
                classify_segments(g, doc, si, &sentence, &segs[last_title + 1..], out);
                return;
            }
            // A run that is a title alone, set off by commas: "Panama's Minister of Public
            // Security, Ana Ruiz,"; "Ana Ruiz, the Minister of Public Security, said".
            // (Not an office named in a possessive: "the President's office".)
            if !possessive_after(doc, run.end - 1) {
                // The title may go on past the run: "Minister of the Interior".
                let mut keys = PrefixKeys::default();
                let longest = longest_title(g, doc, &mut keys, title_range.start, sentence.end);
                let title_range =
                    title_range.start..longest.map_or(0, |t| t.end).max(title_range.end);
                if let Some((name, _, more)) = title_holder(g, doc, &title_range, &sentence) {
                    for a in more {
                        if !affiliation.contains(&a) {
                            affiliation.push(a);
                        }
                    }
                    push(
                        out,
                        doc,
                        si,
                        name,
                        MentionKind::Person {
                            title: Some(doc.span_text(title_range).to_string()),
                            affiliation,
                        },
                        "title-apposition",
                        0.8,
                    );
                }
            }
            return;
        }
    }
    // "Yordani Ruiz Castillo, 31, a welder", "Lempira Matamoros, 23,": a name given an age is a
    // person's, whatever places its words also name.
    // So is one a speech verb names, described after: "said Chikondi Banda, a former
    // security guard".
    let described_speaker = run.start > sentence.start
        && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(run.start - 1))
        && run.end + 1 < sentence.end
        && doc.token_text(run.end) == ","
        && matches!(doc.folded(run.end + 1), "a" | "an");
    let aged = (age_follows(doc, run.end, &sentence) || described_speaker)
        && (2..=5).contains(&run.len())
        && (segs.iter().any(|(s, _)| *s == Seg::Unknown)
            || (segs.len() >= 2 && segs.iter().all(|(s, _)| matches!(s, Seg::Place(_)))));
    if aged {
        unknown(g, doc, si, &sentence, run, out);
        return;
    }
    // "De León Robles said": the end of a person's name told before is that person, whatever
    // places its words name.
    if run.len() >= 2
        && segs.iter().any(|(s, _)| matches!(s, Seg::Place(_)))
        && ends_a_name_told_before(doc, &run, out)
    {
        push(out, doc, si, run, untitled_person(), "end-of-name", 0.7);
        return;
    }
    // The whole run one known thing.
    if segs.len() == 1 && segs[0].0 != Seg::Unknown {
        classify_segments(g, doc, si, &sentence, &segs, out);
        return;
    }
    // "the community of Álvaro Obregón": context makes it a place even with a given name.
    let before = prev_word(doc, run.start, &sentence).unwrap_or_default();
    let before2 = if run.start >= sentence.start + 2 {
        doc.folded(run.start - 2)
    } else {
        Default::default()
    };
    if before == "of"
        && g.is_trigger(TriggerKind::CityContext, before2)
        && segs.iter().all(|(s, _)| *s == Seg::Unknown)
    {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::NewPlace(place_with_a_town(before2)),
            "town-of",
            0.8,
        );
        return;
    }
    // "the group Caminantes del Sur", "a group called Caminantes de Cortés": a name a body's
    // noun introduces (not "the group Ana Ruiz led").
    let called = match run.start.checked_sub(1).map(|t| doc.folded(t)) {
        Some("called" | "named") => 1,
        Some("as") if run.start >= 2 && doc.folded(run.start - 2) == "known" => 2,
        _ => 0,
    };
    let noun = run.start.saturating_sub(1 + called);
    // ("the aid group Grupa Granica", "the rights network X": a word or two may say what
    // kind of body.)
    let article_before_noun = || {
        (noun.saturating_sub(3)..noun)
            .rev()
            .take_while(|&t| t > sentence.start)
            .find_map(|t| match doc.folded(t) {
                "the" | "a" | "an" => Some(true),
                w if doc.tokens[t].kind == TokenKind::Word
                    && !is_cap(doc, t)
                    && !g.is_trigger(TriggerKind::FunctionWord, w)
                    && !is_criminal(w) =>
                {
                    None
                }
                _ => Some(false),
            })
            == Some(true)
    };
    if run.len() <= 6
        && noun > sentence.start
        && !is_cap(doc, noun)
        && g.is_trigger(TriggerKind::OrgCue, doc.folded(noun))
        && article_before_noun()
        && !g.is_given_name(doc.folded(run.start))
        && segs
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_)))
    {
        push(out, doc, si, run, MentionKind::Org(None), "org-cue", 0.6);
        return;
    }
    // "Rumiñahui, an Ecuadorian migrant group based in Madrid", "a local volunteer network,
    // Manos del Zarumilla,": a name a body's noun stands in apposition to.
    if run.len() <= 6
        && segs
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_)))
        && org_apposition(g, doc, &run, &sentence)
    {
        push(
            out,
            doc,
            si,
            run,
            MentionKind::Org(None),
            "org-apposition",
            0.6,
        );
        return;
    }
    // "Casa Fray Marcos", "Colectivo Soconusco": a name that starts with its head word, as
    // Spanish names do, is a body (unless the head is a known name's first word, as in
    // "Border Patrol", which the segments already read).
    // ("Fundación Esmeraldas Solidaria": the head word is a town's name too. Not "the Red
    // Sea", whose last word says it is a landmark.)
    if (2..=5).contains(&run.len())
        && is_org_head(g, doc, run.start)
        && !g.is_trigger(TriggerKind::LandmarkHead, doc.folded(run.end - 1))
        && (segs[0].0 == Seg::Unknown || matches!(segs[0].0, Seg::Place(_)) && segs[0].1.len() == 1)
        && segs[1..]
            .iter()
            .all(|(s, _)| matches!(s, Seg::Unknown | Seg::Place(_)))
    {
        push(out, doc, si, run, MentionKind::Org(None), "head-first", 0.6);
        return;
    }
    // "County Louth", "County Durham": the county, named as Ireland and Britain write it (not
    // the town of Louth).
    if (2..=3).contains(&run.len())
        && doc.token_text(run.start) == "County"
        && !segs
            .iter()
            .any(|(s, _)| matches!(s, Seg::Title(_) | Seg::Org(_)))
    {
        let kind = match segs.as_slice() {
            [_, (Seg::Place(p), _)] if g.places[*p].kind == PlaceKind::State => {
                MentionKind::KnownPlace(*p)
            }
            _ => MentionKind::NewPlace(PlaceKind::State),
        };
        push(out, doc, si, run, kind, "county-first", 0.7);
        return;
    }
    // A person by given name: "Jonás Sosa", "Luis Rey García Villagrán".
    let first = doc.folded(run.start);
    // "Ministry of Foreign Affairs", "Centre for Returned Migrants": a head word joined by a
    // particle to more capitalised words names a body.
    let joined_org = run.len() >= 3
        && run.clone().any(|t| {
            is_org_head(g, doc, t) && t + 1 < run.end && matches!(doc.folded(t + 1), "of" | "for")
        });
    // "the Dennis DeConcini Port of Entry": a landmark's head of several words ends the run.
    let landmark_head_of_words = g
        .triggers(TriggerKind::LandmarkHead)
        .longest_ending_at(|t| doc.folded(t), run.start + 1, run.end - 1)
        .is_some_and(|words| words > 1);
    // "the Finnmark Police District": a unit's head after a body's ends the body's unit's name.
    let unit_of_a_body =
        run.len() >= 3 && is_unit_head(g, doc, run.end - 1) && is_org_head(g, doc, run.end - 2);
    let last_is_head =
        is_head(g, doc, run.end - 1) || joined_org || landmark_head_of_words || unit_of_a_body;
    // "the Border Patrol's Yuma Sector": a unit's name, though "Yuma" is a given name too.
    let ends_name = !last_is_head && !is_unit_head(g, doc, run.end - 1);
    // "run by the Chol Maya": a person's name takes no article.
    let after_article = prev_word(doc, run.start, &sentence).is_some_and(|w| w == "the");
    // ("reached Vega A, a platform": no one's name ends in a letter alone, unstopped.)
    let ends_in_a_letter = doc.token_text(run.end - 1).len() == 1;
    let given_name_first = run.len() >= 2
        && g.is_given_name(first)
        && ends_name
        && !matches!(
            segs[0].0,
            Seg::Place(_) | Seg::Org(_) | Seg::Demonym(_) | Seg::Title(_)
        );
    // "Victoria Pérez": a given name that is a town's too.
    let given_name_of_a_town_first = run.len() >= 2
        && g.is_given_name(first)
        && matches!(segs[0].0, Seg::Place(_))
        && segs[0].1.len() == 1
        && ends_name
        && segs.len() >= 2;
    // "Wualdo Mejicanos, a Honduran bricklayer": a name the list does not know, whose surname
    // is a town's, described right after as someone.
    let unknown_then_town = (2..=3).contains(&run.len())
        && segs.len() == 2
        && segs[0].0 == Seg::Unknown
        && matches!(segs[1], (Seg::Place(_), ref r) if r.len() == 1)
        && described_as_someone_after(g, doc, run.end, &sentence);
    // ("from villages around Tal Kalakh, in Syria's Homs province": a name after a locative,
    // set in a known place after a comma, is a town's, whatever given name opens it.)
    // So is one called a town right after: "taken to Mae Usu, a village 20 km to the south".
    let before = prev_word(doc, run.start, &sentence).unwrap_or_default();
    let locative = LOCATIVES.contains(&before);
    let set_where = (locative && set_in_known_place(g, doc, run.end, &sentence))
        || ((locative || before == "to")
            && run.end < sentence.end
            && doc.folded(run.end) == ","
            && town_in_apposition(g, doc, run.end, &sentence));
    // "in Mae Hong Son province": a division's word in lower case after the name says whose
    // name it is. ("state" may be a verb after a plural subject, so it says nothing.)
    // "across the border near Wadi Halfa": no one is near a person, unless owned ("near
    // Ana Ruiz's house").
    let near_it = matches!(before, "near" | "outside")
        && !possessive_after(doc, run.end - 1)
        && run.end < sentence.end
        && matches!(doc.folded(run.end), "," | "and" | "." | "on" | "in" | "at");
    let region_head_after =
        division_word_at(g, doc, run.end, &sentence) && doc.folded(run.end) != "state";
    if !after_article
        && !set_where
        && !shore_of(doc, run.start, &sentence)
        && !region_head_after
        && !near_it
        && !ends_in_a_letter
        && (given_name_first || given_name_of_a_town_first || unknown_then_town)
        // (Nor where the story writes it before a landmark's head: "the checkpoint at Chong
        // Chom", "the Chong Chom checkpoint".)
        && !(locative && named_before_a_landmark_head(g, doc, &run))
    {
        push(
            out,
            doc,
            si,
            run.clone(),
            untitled_person(),
            "given-name",
            0.8,
        );
        return;
    }
    if near_it && !after_article && (given_name_first || given_name_of_a_town_first) {
        push(
            out,
            doc,
            si,
            run.clone(),
            MentionKind::NewPlace(PlaceKind::City),
            "town-near",
            0.5,
        );
        return;
    }
    // "the Border Patrol's El Paso Sector": a patrol unit named after its main town, which is
    // not where anyone in the story is.
    if run.len() >= 2
        && doc.token_text(run.end - 1) == "Sector"
        && matches!(segs.first(), Some((Seg::Place(_), r)) if r.end == run.end - 1)
    {
        return;
    }
    // A name whose last word is an organisation head: the whole run is the organisation,
    // including a demonym or place in front ("Honduran National Police").
    // The last segment may be the head word alone matching a gazetteer alias ("Airport").
    // "Federal Highway 2", "Interstate 10": a numbered road (see `runs`). So is "the A9
    // motorway": a road named by its letter and number, then its kind in lower case.
    let road = if run.len() >= 2
        && doc.tokens[run.end - 1].kind == TokenKind::Number
        && numbers_roads(doc.folded(run.end - 2))
    {
        Some(run.clone())
    } else if run.len() == 1 && run.end < sentence.end && names_a_road_by_code(doc, run.start) {
        Some(run.start..run.end + 1)
    } else {
        None
    };
    if let Some(road) = road {
        push(
            out,
            doc,
            si,
            road,
            MentionKind::NewPlace(PlaceKind::Landmark),
            "numbered-road",
            0.7,
        );
        return;
    }
    // "the Egyptian Red Crescent", "the Cambodian Red Cross": a nation's own society of a
    // movement the gazetteer knows without a country, named as written (the bare name, later,
    // is the same body).
    if let Some(((Seg::Org(o), _), before)) = segs.split_last() {
        let society = g.orgs[*o].country.is_none()
            && g.orgs[*o].kind == "ngo"
            && !before.is_empty()
            && before.iter().all(|(s, _)| matches!(s, Seg::Demonym(_)));
        if society {
            push(
                out,
                doc,
                si,
                run.clone(),
                MentionKind::Org(Some(*o)),
                "national-society",
                0.8,
            );
            return;
        }
    }
    if names_another_country_s_body(g, &segs) {
        push(
            out,
            doc,
            si,
            run.clone(),
            MentionKind::Org(None),
            "another-country-s-body",
            0.7,
        );
        return;
    }
    let last_known = matches!(segs.last(), Some((Seg::Place(_) | Seg::Org(_) | Seg::Title(_), r)) if r.len() > 1 || segs.len() == 1);
    if last_is_head && run.len() >= 2 && !last_known {
        let k = doc.folded(run.end - 1);
        // "the French Indian Ocean island", "a Pacific Ocean nation": an ocean's or a sea's
        // name before a word for land says where that land is, and names no place of its own.
        if matches!(k, "ocean" | "sea")
            && run.end < sentence.end
            && matches!(
                doc.folded(run.end),
                "island" | "islands" | "nation" | "nations" | "archipelago" | "country"
            )
        {
            return;
        }
        // "Belize's Immigration and Nationality Department": a body's name joined by "and".
        if let Some(start) = field_joined_before(g, doc, run.start, &sentence)
            .filter(|_| g.is_trigger(TriggerKind::OrgHead, k))
        {
            push(
                out,
                doc,
                si,
                start..run.end,
                MentionKind::Org(None),
                "joined-fields-body",
                0.7,
            );
            return;
        }
        let kind = if g.is_trigger(TriggerKind::LandmarkHead, k) || landmark_head_of_words {
            MentionKind::NewPlace(PlaceKind::Landmark)
        } else if g.is_trigger(TriggerKind::RegionHead, k)
            && (!g.is_trigger(TriggerKind::OrgHead, k)
                // ("the Immigration Services Department": not after a field or a body's head.)
                || (k == "department"
                    && !g.is_trigger(TriggerKind::BodyField, doc.folded(run.end - 2))
                    && !is_org_head(g, doc, run.end - 2)))
        {
            MentionKind::NewPlace(PlaceKind::State)
        } else {
            MentionKind::Org(None)
        };
        push(out, doc, si, run.clone(), kind, "head-word", 0.7);
        return;
    }
    classify_segments(g, doc, si, &sentence, &segs, out);
}

/// "Immigration and" before the name at `start` of "the Immigration and Nationality Department",
/// "Belize's Immigration and Nationality Department": one or two capitalised words of a field,
/// which no place or given name is, joined by "and" and opening the name after "the", a
/// possessive or the sentence's start. Where the body's name starts.
fn field_joined_before(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    if start < sentence.start + 2 || doc.folded(start - 1) != "and" {
        return None;
    }
    let field_word = |t: usize| {
        is_cap(doc, t)
            && doc.tokens[t].kind == TokenKind::Word
            && g.place(doc.folded(t)).is_none()
            && g.demonym(doc.folded(t)).is_none()
            && !g.is_given_name(doc.folded(t))
    };
    let mut field_start = start - 1;
    while field_start > sentence.start && start - 1 - field_start < 2 && field_word(field_start - 1)
    {
        field_start -= 1;
    }
    let opens_name = field_start == sentence.start
        || doc.folded(field_start - 1) == "the"
        || (field_start >= sentence.start + 3 && possessive_after(doc, field_start - 3));
    // "the U.S. Fish and Wildlife Service": a country's name before the field opens the name.
    let owner = field_start.saturating_sub(1);
    let country_opens_name = !opens_name
        && is_cap(doc, owner)
        && (owner == sentence.start || doc.folded(owner - 1) == "the")
        && (g.demonym(doc.folded(owner)).is_some()
            || g.place(doc.folded(owner))
                .is_some_and(|p| g.places[p].kind == PlaceKind::Country));
    if field_start >= start - 1 {
        return None;
    }
    if country_opens_name {
        return Some(owner);
    }
    opens_name.then_some(field_start)
}

/// "the Dutch Caribbean Coast Guard", "the Texas National Guard": a body the gazetteer knows
/// by a generic name of one country's ("Coast Guard", the United States'), after the places or
/// demonyms of another, is that other country's own body.
fn names_another_country_s_body(g: &Gazetteer, segs: &[(Seg, Range<usize>)]) -> bool {
    let Some(((Seg::Org(o), _), before)) = segs.split_last() else {
        return false;
    };
    let Some(own) = g.orgs[*o].country.as_deref().and_then(|iso| g.by_iso(iso)) else {
        return false;
    };
    let mut another = false;
    for (s, _) in before {
        let (Seg::Place(p) | Seg::Demonym(p)) = s else {
            return false;
        };
        match g.country_of(*p) {
            Some(c) if c == own => return false,
            // ("the Altona RCMP detachment": a town abroad named like the body's own is more
            // likely its namesake at home than another country's body.)
            Some(_) if matches!(s, Seg::Place(p) if g.places[*p].kind == PlaceKind::City) => {
                return false
            }
            Some(_) => another = true,
            None => {}
        }
    }
    another
}

/// Where a landmark's head written in lower case at token `at` ends: "bridge", "crossing",
/// "port of entry", "border crossing", "border post", "park".
/// Whether the article names the words of `run` anywhere before a landmark's head written in
/// lower case ("the Puerto Chiapas port").
fn named_as_landmark(g: &Gazetteer, doc: &Doc, run: &Range<usize>) -> bool {
    let words = doc.folded_words(run.clone());
    doc.sentences.iter().any(|s| {
        (s.tokens.start..s.tokens.end.saturating_sub(words.len())).any(|t| {
            doc.folded_words(t..t + words.len()) == words
                && landmark_head_after(g, doc, t + words.len(), &s.tokens).is_some()
        })
    })
}

/// Whether the article writes the words of `run` after "the" somewhere.
fn written_after_the(doc: &Doc, run: &Range<usize>) -> bool {
    let words = doc.folded_words(run.clone());
    (1..doc.tokens.len().saturating_sub(words.len() - 1))
        .any(|t| doc.folded(t - 1) == "the" && doc.folded_words(t..t + words.len()) == words)
}

fn landmark_head_after(
    g: &Gazetteer,
    doc: &Doc,
    at: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    if at >= sentence.end || is_cap(doc, at) {
        return None;
    }
    match word(at) {
        "port" if word(at + 1) == "of" && word(at + 2) == "entry" => Some(at + 3),
        "border" if matches!(word(at + 1), "crossing" | "post" | "bridge") => Some(at + 2),
        "border" => None,
        // "the Chirundu one-stop border post": a hyphenated modifier of the head.
        w if w.contains('-')
            && word(at + 1) == "border"
            && matches!(word(at + 2), "crossing" | "post") =>
        {
            Some(at + 3)
        }
        "park" => Some(at + 1),
        // "Ana Ruiz crossing the river" is someone crossing it.
        "crossing" | "pass"
            if matches!(
                word(at + 1),
                "the" | "a" | "an" | "into" | "over" | "through"
            ) =>
        {
            None
        }
        w if g.is_trigger(TriggerKind::LandmarkHead, w) => Some(at + 1),
        _ => None,
    }
}

/// Whether the words of `run` end a longer person's name among the mentions found so far.
fn ends_a_name_told_before(doc: &Doc, run: &Range<usize>, out: &[Mention]) -> bool {
    out.iter().any(|m| {
        matches!(m.kind, MentionKind::Person { .. })
            && m.tokens.len() > run.len()
            && same_words(doc, m.tokens.end - run.len()..m.tokens.end, run.clone())
    })
}

/// Whether two spans of the same length have the same folded words.
fn same_words(doc: &Doc, a: Range<usize>, b: Range<usize>) -> bool {
    a.len() == b.len() && a.zip(b).all(|(a, b)| doc.folded(a) == doc.folded(b))
}

/// Whether the words of `run` stand anywhere in the text before a landmark's head ("the Chong
/// Chom checkpoint").
fn named_before_a_landmark_head(g: &Gazetteer, doc: &Doc, run: &Range<usize>) -> bool {
    (0..doc.tokens.len().saturating_sub(run.len())).any(|t| {
        same_words(doc, t..t + run.len(), run.clone())
            && g.is_trigger(TriggerKind::LandmarkHead, doc.folded(t + run.len()))
    })
}

/// Whether the one word of `run` is a word after the first of a person's name told before.
fn in_a_name_told_before(doc: &Doc, run: &Range<usize>, out: &[Mention]) -> bool {
    // (Not "On May 3": a month before a number is the month.)
    let before_a_number = doc
        .tokens
        .get(run.end)
        .is_some_and(|t| t.kind == TokenKind::Number);
    run.len() == 1
        && !before_a_number
        && out.iter().any(|m| {
            matches!(m.kind, MentionKind::Person { .. })
                && m.tokens.start < run.start
                && (m.tokens.start + 1..m.tokens.end)
                    .any(|t| doc.folded(t) == doc.folded(run.start))
        })
}

/// Whether a folded word is the plural of a trigger word of `kind` ("bridges", "states").
fn is_plural_of(g: &Gazetteer, kind: TriggerKind, word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|w| g.is_trigger(kind, w))
}

/// From `end`, on over names listed ("and", commas, capitalised words) to a plural head that
/// `is_head` accepts: whether another name was listed on the way, or None when no such head
/// follows ("Kunduz and Nangarhar provinces").
fn names_listed_up_to(
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
    is_head: impl Fn(&str) -> bool,
) -> Option<bool> {
    let mut listed = false;
    for t in end..sentence.end.min(end + 8) {
        match doc.folded(t) {
            "and" | "," => listed = true,
            w if is_head(w) => return Some(listed),
            _ if is_cap(doc, t) => {}
            _ => return None,
        }
    }
    None
}

/// Whether the name `r` is one of names listed before a plural head of regions ("the Hadiya
/// and Kembata zones"), listed with a name before it or after it.
fn listed_before_plural_region_head(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let listed_before = r.start > sentence.start && matches!(doc.folded(r.start - 1), "and" | ",");
    names_listed_up_to(doc, r.end, sentence, |w| {
        is_plural_of(g, TriggerKind::StateContext, w) || w == "zones"
    })
    .is_some_and(|listed_after| listed_after || listed_before)
}

/// Whether a lowercase landmark head in the plural ("bridges", "crossings") follows `run`,
/// right after it or after "and" and one more capitalised name.
fn before_plural_landmark_head(
    g: &Gazetteer,
    doc: &Doc,
    run: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let plural_head = |t: usize| {
        t < sentence.end
            && !is_cap(doc, t)
            && is_plural_of(g, TriggerKind::LandmarkHead, doc.folded(t))
    };
    if plural_head(run.end) {
        return true;
    }
    if run.end + 1 >= sentence.end || doc.folded(run.end) != "and" || !is_cap(doc, run.end + 1) {
        return false;
    }
    let mut t = run.end + 1;
    while t < sentence.end && t < run.end + 8 && !plural_head(t) {
        let particle = g.is_trigger(TriggerKind::NameParticle, doc.folded(t));
        if !is_cap(doc, t) && !particle {
            return false;
        }
        t += 1;
    }
    plural_head(t)
}

/// A place a title runs through: "Governor of Sonora" (`served`), "Ambassador to Honduras";
/// or a county the gazetteer does not know, named before a county's office ("Starr County
/// Judge"), with no `place`.
struct PlaceInTitle {
    place: Option<usize>,
    tokens: Range<usize>,
    served: bool,
}

/// Unknown capitalised words right before a title, that are not a given name, belong to the
/// title: "Foreign Affairs Secretary", "Public Security Minister". A title followed by
/// "of Public Security" takes those words too when a given name follows them, and so does one
/// followed by "of" or "to" and a place; those places are returned.
fn absorb_office_words(
    g: &Gazetteer,
    doc: &Doc,
    segs: &mut Vec<(Seg, Range<usize>)>,
) -> Vec<PlaceInTitle> {
    let mut places = Vec::new();
    let mut k = 0;
    while k < segs.len() {
        if let Seg::Title(_) = segs[k].0 {
            // (Not a given name, which is someone's, unless a region's head follows it:
            // "Luna County Sheriff", "Starr County Judge" are a county's.)
            let county_end = if g.is_trigger(TriggerKind::RegionHead, doc.folded(segs[k].1.start)) {
                Some(segs[k].1.start + 1)
            } else if k > 0
                && g.is_trigger(TriggerKind::RegionHead, doc.folded(segs[k - 1].1.end - 1))
            {
                Some(segs[k - 1].1.end)
            } else {
                None
            };
            if k > 0
                && segs[k - 1].0 == Seg::Unknown
                && (county_end.is_some()
                    || !segs[k - 1]
                        .1
                        .clone()
                        .any(|i| g.is_given_name(doc.folded(i))))
            {
                let start = segs[k - 1].1.start;
                if let Some(end) = county_end.filter(|&end| end >= start + 2) {
                    places.push(PlaceInTitle {
                        place: None,
                        tokens: start..end,
                        served: false,
                    });
                }
                segs[k].1.start = start;
                segs.remove(k - 1);
                k -= 1;
            }
            // "Governor of Sonora Alfonso Durazo", "Ambassador to Honduras Ana Ruiz": the title
            // runs through the place it is of or posted to, when a name follows.
            if k + 3 < segs.len()
                && segs[k + 1].0 == Seg::Unknown
                && segs[k + 1].1.len() == 1
                && matches!(doc.folded(segs[k + 1].1.start), "of" | "to")
                && segs[k + 3].0 == Seg::Unknown
            {
                if let Seg::Place(place) = segs[k + 2].0 {
                    places.push(PlaceInTitle {
                        place: Some(place),
                        tokens: segs[k + 2].1.clone(),
                        served: doc.folded(segs[k + 1].1.start) == "of",
                    });
                    segs[k].1.end = segs[k + 2].1.end;
                    segs.drain(k + 1..k + 3);
                }
            }
            // "Minister of Public Security Mario Zamora": the title runs up to the given name.
            if k + 1 < segs.len() && segs[k + 1].0 == Seg::Unknown {
                let r = segs[k + 1].1.clone();
                if doc.folded(r.start) == "of" || (r.start > 0 && doc.folded(r.start - 1) == "of") {
                    if let Some(given) = r.clone().find(|&i| g.is_given_name(doc.folded(i))) {
                        if given > r.start {
                            segs[k].1.end = given;
                            segs[k + 1].1.start = given;
                        }
                    }
                }
            }
        }
        k += 1;
    }
    places
}

/// Places after a title in the same run: "President ... of Mexico".
fn of_place_after(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Vec<Affiliation> {
    of_place_span(g, doc, end, sentence)
        .map(|(p, _)| p)
        .or_else(|| government_s_place_after(g, doc, end, sentence))
        .map(Affiliation::Place)
        .into_iter()
        .collect()
}

/// "the prime minister of the administration based in eastern Libya", "of the government that
/// runs Somaliland": a government named by where it rules, up to the next comma.
fn government_s_place_after(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Option<usize> {
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    let is_government =
        |w: &str| matches!(w, "administration" | "government" | "regime" | "cabinet");
    // "the foreign affairs adviser in Bangladesh's interim government".
    if word(end) == "in" {
        let place = (1..=3).rev().find_map(|len| {
            let owner = end + 1..end + 1 + len;
            (owner.end < sentence.end && possessive_after(doc, owner.end - 1))
                .then(|| g.place_named_as(&key(doc, owner.clone()), &[PlaceKind::Country]))
                .flatten()
                .map(|p| (p, owner.end + 2))
        });
        if let Some((p, after)) = place {
            let governs = (after..sentence.end.min(after + 3))
                .take_while(|&t| !is_cap(doc, t) && doc.tokens[t].kind == TokenKind::Word)
                .any(|t| is_government(word(t)));
            return governs.then_some(p);
        }
        return None;
    }
    // "the interior minister of the Tripoli-based government": the country of its seat.
    if word(end) == "of" && word(end + 1) == "the" && is_government(word(end + 3)) {
        if let Some(seat) = word(end + 2).strip_suffix("-based") {
            return g.place(seat).and_then(|p| g.country_of(p));
        }
    }
    let names_a_government = word(end) == "of"
        && word(end + 1) == "the"
        && (is_government(word(end + 2)) || word(end + 2) == "authorities");
    if !names_a_government {
        return None;
    }
    (end + 3..sentence.end.min(end + 12))
        .take_while(|&t| !matches!(doc.token_text(t), "," | ";" | "." | "(" | "\""))
        .filter(|&t| is_cap(doc, t))
        .find_map(|t| {
            (1..=3)
                .rev()
                .find_map(|len| g.place(&key(doc, t..(t + len).min(sentence.end))))
        })
}

/// The known body an office belongs to, named after its title up to the next comma: "director
/// general of the International Organization for Migration", "the director of the SNM", "chief
/// of mission in Panama for the IOM".
fn body_after(g: &Gazetteer, doc: &Doc, end: usize, sentence: &Range<usize>) -> Option<usize> {
    let limit = sentence.end.min(end + 12);
    let stop = (end..limit)
        .find(|&t| matches!(doc.token_text(t), "," | ";" | "." | "said"))
        .unwrap_or(limit);
    let mut keys = PrefixKeys::default();
    (end..stop)
        .filter(|&t| matches!(doc.folded(t), "of" | "for"))
        .find_map(|t| {
            let the = t + 1 < stop && doc.folded(t + 1) == "the";
            let mut start = t + 1 + usize::from(the);
            // "executive secretary of the regional bloc IGAD": what the body is, before its name.
            if the {
                let described = (start..stop.min(start + 3))
                    .take_while(|&d| {
                        doc.tokens[d].kind == TokenKind::Word
                            && !is_cap(doc, d)
                            && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(d))
                    })
                    .count();
                if described <= 2 && start + described < stop && is_cap(doc, start + described) {
                    start += described;
                }
            }
            if start >= stop || !is_cap(doc, start) {
                return None;
            }
            let most = g.most_name_words_from(doc.folded(start));
            keys.longest_first(doc, start, stop, most)
                .find_map(|(_, k)| g.org(k))
        })
}

/// The place a name after an office ending before token `end` means: for a region's office,
/// the region the name may mean ("the governor of Darién": the province, not the Gap).
fn place_of_office(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
    name: &str,
) -> Option<usize> {
    let regional = end > sentence.start && is_regional_office(doc.folded(end - 1));
    let region = || g.place_named_as(name, &[PlaceKind::State]);
    regional.then(region).flatten().or_else(|| g.place(name))
}

/// Whether a capitalised word after a known place's name may be more of the name ("San Pedro
/// Mixtepec"): no given name or title (which start the next name) nor a word for what the place is
/// ("San Diego County", "San Diego Sector", "San Juan Bay").
fn continues_a_name(g: &Gazetteer, word: &str) -> bool {
    !g.is_given_name(word)
        && g.title(word).is_none()
        && ![
            TriggerKind::StateContext,
            TriggerKind::CityContext,
            TriggerKind::LandmarkHead,
            TriggerKind::OrgHead,
            TriggerKind::RegionHead,
            TriggerKind::UnitHead,
            TriggerKind::CityHeadLast,
            TriggerKind::FunctionWord,
        ]
        .into_iter()
        .any(|kind| g.is_trigger(kind, word))
}

/// The place of the same office written with "of" in one of the five sentences before
/// `sentence`, the nearest first: "the governor of Matrouh"; or the place or body whose
/// possessive it follows: "Chaman's deputy commissioner", "UNHCR's representative in Rwanda".
fn office_named_before(
    g: &Gazetteer,
    doc: &Doc,
    title: &Range<usize>,
    sentence: &Range<usize>,
) -> Option<Affiliation> {
    let words = doc.folded_words(title.clone());
    doc.sentences
        .iter()
        .rev()
        .skip_while(|s| s.tokens.end > sentence.start)
        .take(5)
        .find_map(|s| {
            (s.tokens.start..s.tokens.end.saturating_sub(words.len())).find_map(|t| {
                words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| doc.folded(t + k) == *w)
                    .then(|| {
                        // (Past words that qualify the office: "Cameroon's honorary consul".)
                        let owner_end = past_title_modifiers(g, doc, t, &s.tokens);
                        // ("the Afghan consul general in Quetta": whom a demonym before it
                        // says.)
                        let demonym_before = (owner_end > s.tokens.start
                            && is_cap(doc, owner_end - 1))
                        .then(|| g.demonym(doc.folded(owner_end - 1)))
                        .flatten()
                        .filter(|&p| g.places[p].kind == PlaceKind::Country);
                        demonym_before
                            .or_else(|| {
                                of_place_span(g, doc, t + words.len(), &s.tokens).map(|(p, _)| p)
                            })
                            .map(Affiliation::Place)
                            .or_else(|| {
                                possessive_place_at(g, doc, owner_end, &s.tokens)
                                    .into_iter()
                                    .next()
                            })
                    })
                    .flatten()
            })
        })
}

/// The known place in "of Mexico" at token `end`, and where the phrase ends.
fn of_place_span(
    g: &Gazetteer,
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
) -> Option<(usize, usize)> {
    // "his counterpart in Managua": a counterpart serves where he is.
    let in_after_counterpart = || {
        doc.folded(end) == "in"
            && end > sentence.start
            && matches!(doc.folded(end - 1), "counterpart" | "counterparts")
    };
    if end + 1 < sentence.end && (doc.folded(end) == "of" || in_after_counterpart()) {
        // "of the Bahamas" is a name with its article; "of the Dominican Republic" one after it.
        let after_the = (doc.folded(end + 1) == "the").then_some(end + 2);
        // (Up to four words: "of the Turks and Caicos Islands", not of the Turks.)
        // (A name, capitalised: not "of the village's parish council", The Village in
        // Oklahoma.)
        for start in std::iter::once(end + 1)
            .chain(after_the)
            .filter(|&t| is_cap(doc, t))
        {
            // ("the mayor of the Torres Strait Island Regional Council": a body's name that
            // opens with a place's, no town called Torres.)
            let run_end = capitalised_run(doc, start, sentence.end).end;
            let body_named =
                |place_end: usize| (place_end..run_end).any(|t| is_org_head(g, doc, t));
            for len in (1..=4).rev() {
                if start + len <= sentence.end && !body_named(start + len) {
                    let k = key(doc, start..start + len);
                    if let Some(p) = place_of_office(g, doc, end, sentence, &k) {
                        return Some((p, start + len));
                    }
                }
            }
        }
    }
    None
}

/// The country whose body a title after "led by" or "headed by" leads: "Myanmar's military
/// government, led by Senior General X" (the possessive up to four words before the comma).
fn leader_of_possessors_body(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<Affiliation> {
    const MOST_BODY_WORDS: usize = 4;
    if start < sentence.start + 3
        || doc.folded(start - 1) != "by"
        || !matches!(doc.folded(start - 2), "led" | "headed" | "run")
        || doc.token_text(start - 3) != ","
    {
        return None;
    }
    let comma = start - 3;
    (comma
        .saturating_sub(MOST_BODY_WORDS + 1)
        .max(sentence.start)..comma)
        .rev()
        .find_map(|t| {
            let owner_end = possessor_end(doc, t, sentence)?;
            let (_, country) = country_ending_at(g, doc, owner_end, sentence)?;
            Some(Affiliation::Place(country))
        })
}

/// "Mexico's" or "Panama's" just before a token, or before the one or two capitalised words
/// that qualify it ("Guatemala's Deputy Foreign Minister", where the title is read from
/// "Foreign").
fn possessive_place_before(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Vec<Affiliation> {
    // "Lebanon's caretaker Prime Minister": a lower-case word that qualifies the title.
    let mut start = past_title_modifiers(g, doc, start, sentence);
    // "India's external affairs ministry spokesman": the body in lower case whose title it is,
    // its field in up to three words.
    if start > sentence.start
        && !is_cap(doc, start - 1)
        && g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(start - 1))
    {
        let body_start = (start.saturating_sub(4).max(sentence.start)..start - 1)
            .rev()
            .take_while(|&t| {
                doc.tokens[t].kind == TokenKind::Word
                    && !is_cap(doc, t)
                    && !(t >= 2 && possessive_after(doc, t - 2))
            })
            .last()
            .unwrap_or(start - 1);
        if body_start > sentence.start && possessive_after(doc, body_start.saturating_sub(3)) {
            start = body_start;
        }
    }
    for skipped in 0..=2 {
        let Some(from) = start.checked_sub(skipped) else {
            break;
        };
        if from < sentence.start || !(from..start).all(|t| is_cap(doc, t)) {
            break;
        }
        let found = possessive_place_at(g, doc, from, sentence);
        if !found.is_empty() {
            return found;
        }
    }
    vec![]
}

/// The country of a role written before a titled name in apposition: "the leader of Mali's
/// military government, Colonel X", "Mali's leader, Colonel X". (A rank or an office with no
/// place says nothing of whom it serves; the role before it does.)
fn role_country_before(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Option<Affiliation> {
    let comma = start.checked_sub(1).filter(|&c| doc.token_text(c) == ",")?;
    let from = (sentence.start..comma)
        .rev()
        .take(10)
        .take_while(|&t| !matches!(doc.token_text(t), "," | ";" | "\"" | "“" | "”"))
        .last()?;
    let cue = (from..comma).find(|&t| g.is_trigger(TriggerKind::PersonCue, doc.folded(t)))?;
    // "an RCMP spokeswoman, Cpl. X": the body named right before the role word.
    if let Some(body) = (cue > from && is_cap(doc, cue - 1))
        .then(|| g.org(doc.folded(cue - 1)))
        .flatten()
    {
        return Some(Affiliation::Org(body));
    }
    // "the leader of Mali's ...": the country after "of", up to the first possessive, all of
    // it; "Mali's leader": the one before.
    let after_of = cue + 1 < comma && doc.folded(cue + 1) == "of";
    let owner_end = if after_of {
        (cue + 3..(cue + 8).min(comma + 1))
            .find_map(|after| possessor_end(doc, after, sentence))
            .filter(|&end| end > cue + 2 && end <= cue + 5)?
    } else {
        possessor_end(doc, cue, sentence).filter(|&end| end > from)?
    };
    let (owner_start, country) = country_ending_at(g, doc, owner_end, sentence)?;
    (!after_of || owner_start == cue + 2).then_some(Affiliation::Place(country))
}

/// "Mexico's" or "Panama's" just before token `start`.
fn possessive_place_at(
    g: &Gazetteer,
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
) -> Vec<Affiliation> {
    // What "its" and "the agency's" refer back to is named in this sentence or the one before,
    // which starts here.
    let told_from = || {
        let si = doc.sentence_of(sentence.start);
        si.checked_sub(1)
            .map_or(sentence.start, |before| doc.sentences[before].tokens.start)
    };
    let owner_end = possessor_end(doc, start, sentence);
    // "UNHCR said ... said X, the agency's field coordinator": "the agency" is the
    // international body named last before it.
    if start >= sentence.start + 4
        && owner_end.is_some_and(|end| {
            matches!(
                doc.folded(end - 1),
                "agency" | "organization" | "organisation"
            ) && doc.folded(end - 2) == "the"
        })
    {
        let told = told_from()..start;
        let body = told
            .clone()
            .rev()
            .filter(|&t| is_cap(doc, t))
            .find_map(|t| {
                known_body_at(g, doc, t, &told)
                    .filter(|&(o, _)| g.orgs[o].kind == crate::gazetteer::INTERNATIONAL_KIND)
            });
        if let Some((o, _)) = body {
            return vec![Affiliation::Org(o)];
        }
    }
    // "Brazil was represented by its ambassador": "its" is the country named last before it,
    // in the sentence or the one before ("Colombia has watched closely. Its foreign minister"),
    // unless a body is named after it ("... Ecuador. The Casa del Migrante is full, said its
    // director").
    if start > sentence.start && doc.folded(start - 1) == "its" {
        let from = told_from();
        for end in (from + 1..start - 1).rev() {
            // (Nor "was received at the ministry by its deputy director", a body named by its
            // noun in lower case.)
            if end >= from + 2
                && !is_cap(doc, end - 1)
                && doc.folded(end - 2) == "the"
                && g.is_trigger(TriggerKind::LowerCaseOrgHead, doc.folded(end - 1))
            {
                return vec![];
            }
            for len in (1..=3).rev() {
                if end < from + len || !is_cap(doc, end - len) {
                    continue;
                }
                let name = key(doc, end - len..end);
                if let Some(p) = g.place_named_as(&name, &[PlaceKind::Country]) {
                    return vec![Affiliation::Place(p)];
                }
                // (Nor "visited the Federal Police station ... and met its superintendent".)
                if g.org(&name).is_some() || (len == 1 && is_org_head(g, doc, end - 1)) {
                    return vec![];
                }
            }
        }
    }
    if let Some(owner_end) = owner_end {
        // ("The ICA's officer", after "(ICA)": a body's acronym, not a town.)
        let owner = owner_end - 1;
        let body_acronym = acronym_given_in_brackets(doc, owner);
        // Longest first: "El Salvador's", not Salvador in Brazil.
        for len in (1..=3).rev() {
            // (Capitalised: "the village's mayor" names no town called The Village.)
            if owner_end >= sentence.start + len && is_cap(doc, owner_end - 1) && !body_acronym {
                let from = owner_end - len;
                if let Some(p) = g.place(&key(doc, from..owner_end)) {
                    // "Ayia Napa's mayor": a name that goes on before the place the gazetteer
                    // knows (Napa, California) is another place.
                    let name_goes_on = from > sentence.start
                        && doc.tokens[from - 1].kind == TokenKind::Word
                        && is_cap(doc, from - 1)
                        && !g.is_trigger(TriggerKind::FunctionWord, doc.folded(from - 1))
                        && g.known_name(doc.folded(from - 1)).is_none();
                    if name_goes_on {
                        return vec![];
                    }
                    return vec![Affiliation::Place(p)];
                }
            }
        }
        // "the IOM's chief of mission in Yemen": an international body's office; "the
        // Taliban's spokesman", a national body's named by a name of its own. (Not "the INM's
        // delegate" nor "the National Guard's spokesman": which country's institute an acronym
        // or a head word names is the story's to say, unless the name says the country: "the
        // Kurdistan Regional Government's interior minister".)
        for len in (1..=3).rev() {
            if owner_end >= sentence.start + len {
                let owner = owner_end - len..owner_end;
                let names_its_country = |o: usize| {
                    let Some(country) = g.orgs[o].country.as_deref().and_then(|c| g.by_iso(c))
                    else {
                        return false;
                    };
                    owner.clone().any(|t| {
                        let k = key(doc, t..t + 1);
                        g.demonym(&k)
                            .or_else(|| g.place(&k))
                            .and_then(|p| g.country_of(p))
                            == Some(country)
                    })
                };
                let body = g.org(&key(doc, owner.clone())).filter(|&o| {
                    g.orgs[o].kind == crate::gazetteer::INTERNATIONAL_KIND
                        || !(is_acronym(doc.span_text(owner.clone()))
                            || owner.clone().any(|t| is_org_head(g, doc, t)))
                        || names_its_country(o)
                });
                if let Some(o) = body {
                    return vec![Affiliation::Org(o)];
                }
            }
        }
    }
    vec![]
}

/// Where the possessor ends when a possessive ends just before token `start`: "Mexico's" is
/// three tokens ("Mexico", "'", "s"), "Honduras'" two.
fn possessor_end(doc: &Doc, start: usize, sentence: &Range<usize>) -> Option<usize> {
    let apostrophe = |t: usize| matches!(doc.token_text(t), "'" | "’");
    if start >= sentence.start + 3
        && apostrophe(start - 2)
        && doc.token_text(start - 1).eq_ignore_ascii_case("s")
    {
        return Some(start - 2);
    }
    (start >= sentence.start + 2
        && apostrophe(start - 1)
        && doc.tokens[start - 1].start == doc.tokens[start - 2].end
        && doc.token_text(start - 2).ends_with(['s', 'S']))
    .then(|| start - 1)
}

/// Types the segments of a run one by one.
fn classify_segments(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: &Range<usize>,
    segs: &[(Seg, Range<usize>)],
    out: &mut Vec<Mention>,
) {
    // "Lajas Blancas", "Paso Canoas": a town's name that holds the name of a city elsewhere
    // (Lajas, Canoas) beside a word the gazetteer does not know is one unknown name: always for
    // a small city, and for a larger one where a place name is expected ("leave Paso Canoas").
    if let [(a, ra), (b, rb)] = segs {
        let city = |seg: &Seg, small: bool| {
            matches!(seg, Seg::Place(p) if g.places[*p].kind == PlaceKind::City
                && (!small || g.places[*p].population < 100_000))
        };
        let plain_word = |r: &Range<usize>| {
            r.len() == 1 && !g.is_given_name(doc.folded(r.start)) && !is_date_word(doc, r.start)
        };
        // A village's name is as weak as an unknown word there.
        let vague = |seg: &Seg| {
            matches!(seg, Seg::Unknown) || matches!(seg, Seg::Place(p) if g.is_village(*p))
        };
        let unknown_and_city = |small: bool| {
            (city(a, small) && vague(b) && plain_word(rb))
                || (vague(a) && plain_word(ra) && city(b, small))
        };
        let before = prev_word(doc, ra.start, sentence).unwrap_or_default();
        // ("Noorullah Safi, the ministry's head of reception, said": a person's name, which
        // the apposition after it tells.)
        let whole = ra.start..rb.end;
        if unknown_and_city(true)
            || (unknown_and_city(false)
                && (names_a_place_after(g, before)
                    || person_in_apposition(g, doc, &whole, sentence, whole.len())))
        {
            unknown(g, doc, si, sentence, ra.start..rb.end, out);
            return;
        }
    }
    for (seg, r) in segs {
        match seg {
            Seg::Place(p) => {
                let p = *p;
                let next = if r.end < sentence.end {
                    doc.folded(r.end)
                } else {
                    Default::default()
                };
                if matches!(next, "cartel" | "cartels" | "gang" | "gangs") {
                    continue;
                }
                // "up the Caribbean coast": a world region's name before a word for a shore
                // says which shore, and names no place of its own; so does a sea's name
                // written bare ("on Turkey's Aegean coast", "the Atlantic crossing").
                let shore = matches!(next, "coast" | "coasts" | "coastline" | "shore" | "shores");
                let sea_as_adjective = g.places[p].kind == PlaceKind::Landmark
                    && !g.is_trigger(TriggerKind::LandmarkHead, doc.folded(r.end - 1))
                    && (shore || matches!(next, "crossing" | "crossings" | "islands" | "route"));
                if (g.places[p].kind == PlaceKind::WorldRegion && shore) || sea_as_adjective {
                    continue;
                }
                // "the Darién jungle", "Darien province", "the state of Chihuahua": the word
                // after the name, or before it, tells which of its readings is meant,
                // whatever the article's countries suggest.
                let of_after = |kind: TriggerKind| {
                    r.start >= sentence.start + 2
                        && doc.folded(r.start - 1) == "of"
                        && g.is_trigger(kind, doc.folded(r.start - 2))
                };
                let region_before = of_after(TriggerKind::RegionHead);
                // "the southwestern city of Barahona", "the town of Choluteca": the town, not
                // the province named after it. (Not "the capital of Chihuahua": the state's. A
                // name read as a town already is left to the article's countries.)
                // "the Cuban town of Trinidad", "Florida, a town in Camagüey province": a town
                // named like a country or state, said to be a town before or after its name.
                let town_after = || {
                    r.end + 3 < sentence.end
                        && doc.token_text(r.end) == ","
                        && matches!(doc.folded(r.end + 1), "a" | "the")
                        && g.is_trigger(TriggerKind::CityContext, doc.folded(r.end + 2))
                        && matches!(doc.folded(r.end + 3), "in" | "on" | "near")
                };
                // "the provincial capital, Salta": the city named like its region, in
                // apposition to "capital". (A city's own name needs no such reading:
                // "Oaxaca de Juárez" leaves the bare "Oaxaca" to the state.)
                let namesake = || {
                    g.places[p].kind != PlaceKind::City
                        || g.places_named(&key(doc, r.clone()))
                            .iter()
                            .any(|&q| g.namesake_capital(q) == Some(p))
                };
                let capital_before = r.start >= sentence.start + 2
                    && doc.token_text(r.start - 1) == ","
                    && doc.folded(r.start - 2) == "capital"
                    && namesake();
                // "Sulaymaniyah, the provincial capital": the same apposition after the name.
                let capital_after = || {
                    let capital_at = |t: usize| t < sentence.end && doc.folded(t) == "capital";
                    r.end + 2 < sentence.end
                        && doc.token_text(r.end) == ","
                        && doc.folded(r.end + 1) == "the"
                        && (capital_at(r.end + 2) || capital_at(r.end + 3))
                        && namesake()
                };
                let town_written_after = r.end < sentence.end && is_town_word_after(doc, r.end);
                let town_before = (of_after(TriggerKind::CityContext)
                    && doc.folded(r.start - 2) != "capital")
                    || capital_before
                    || capital_after()
                    || town_written_after
                    || (matches!(g.places[p].kind, PlaceKind::State | PlaceKind::Country)
                        && town_after());
                let head_kind = if g.is_trigger(TriggerKind::LandmarkHead, next) {
                    Some(PlaceKind::Landmark)
                } else if town_before {
                    Some(PlaceKind::City)
                } else if g.is_trigger(TriggerKind::RegionHead, next)
                    || region_before
                    || (g.places[p].kind == PlaceKind::City
                        && read_as_region(g, doc, r.clone(), sentence))
                {
                    Some(PlaceKind::State)
                } else {
                    None
                };
                let read_by_head = if town_before {
                    // The region's namesake town: of its country, the most prominent.
                    g.places_named(&key(doc, r.clone()))
                        .iter()
                        .copied()
                        .filter(|&c| g.places[c].kind == PlaceKind::City)
                        .max_by_key(|&c| {
                            (g.places[c].country == g.places[p].country, g.prominence(c))
                        })
                } else {
                    head_kind.and_then(|kind| g.place_named_as(&key(doc, r.clone()), &[kind]))
                };
                if let Some(q) = read_by_head {
                    // (Which of the towns of the name is meant is left to the article's
                    // countries, as for any town: not settled by the word before it.)
                    let rule = if town_before {
                        TOWN_OF_KNOWN
                    } else {
                        "place-by-head"
                    };
                    push(
                        out,
                        doc,
                        si,
                        r.clone(),
                        MentionKind::KnownPlace(q),
                        rule,
                        0.9,
                    );
                    continue;
                }
                // "El Tigre island", "the Cosigüina peninsula": the land named like a town
                // (here or abroad) is not the town. "Idlib province", "the Syrian province of
                // Homs": a region the gazetteer knows only by its namesake town.
                let named_like_a_town = match next {
                    // "from Satkhira and Jessore districts": towns listed before a plural
                    // head name the regions called after them.
                    _ if region_before || listed_before_plural_region_head(g, doc, r, sentence) => {
                        Some((r.clone(), PlaceKind::State, UNKNOWN_REGION_OF_A_KNOWN_TOWN))
                    }
                    "island" | "peninsula" => Some((
                        r.start..r.end + 1,
                        PlaceKind::Landmark,
                        "land-named-like-a-town",
                    )),
                    // "the Tanga regional police commander": the region's, not the town's.
                    "regional" => {
                        Some((r.clone(), PlaceKind::State, UNKNOWN_REGION_OF_A_KNOWN_TOWN))
                    }
                    // (Named with its head, which sets it apart from the town: "Nador
                    // province" beside "the hospital in Nador".)
                    _ if next == "county"
                        || next == "municipality"
                        || g.is_trigger(TriggerKind::StateContext, next) =>
                    {
                        Some((
                            r.start..r.end + 1,
                            PlaceKind::State,
                            UNKNOWN_REGION_OF_A_KNOWN_TOWN,
                        ))
                    }
                    _ => None,
                }
                // ("the capital of Manus province": a region named after its island, too.)
                .filter(|(_, kind, _)| {
                    (g.places[p].kind == PlaceKind::City
                        || (*kind == PlaceKind::State && g.places[p].kind == PlaceKind::Landmark))
                        && !is_cap(doc, r.end)
                });
                if let Some((span, kind, rule)) = named_like_a_town {
                    push(out, doc, si, span, MentionKind::NewPlace(kind), rule, 0.8);
                    continue;
                }
                // "Caribbean and African migrants": a region name used as an adjective.
                if let Some(d) = g.demonym(&key(doc, r.clone())) {
                    let prev = prev_word(doc, r.start, sentence).unwrap_or_default();
                    // (Not a verb: "a minority that Myanmar does not recognise" names the
                    // country whose name is also its demonym.)
                    let next_is_lower_word = r.end < sentence.end
                        && !is_cap(doc, r.end)
                        && doc.tokens[r.end].kind == TokenKind::Word
                        && !g.is_trigger(TriggerKind::FunctionWord, next)
                        && !g.is_trigger(TriggerKind::ClauseVerb, next)
                        && !g.is_trigger(TriggerKind::SpeechVerb, next);
                    if !matches!(prev, "the" | "in" | "from" | "to" | "of" | "across")
                        && (next_is_lower_word || next == "," || next == "and")
                    {
                        push(
                            out,
                            doc,
                            si,
                            r.clone(),
                            MentionKind::Demonym(d),
                            "demonym",
                            0.8,
                        );
                        continue;
                    }
                }
                // A lone small city must stand where a place is expected; a village, where
                // a locative says so ("in Niltepec", not "Petro and Mulino").
                let entry = &g.places[p];
                let village = g.is_village(p);
                let expected = || {
                    if village {
                        village_context(g, doc, r.clone(), sentence, Some(p))
                    } else {
                        place_context(g, doc, r.clone(), sentence)
                    }
                };
                if entry.kind == PlaceKind::City && entry.population < 100_000 && !expected() {
                    unknown(g, doc, si, sentence, r.clone(), out);
                    continue;
                }
                push(
                    out,
                    doc,
                    si,
                    r.clone(),
                    MentionKind::KnownPlace(p),
                    "gazetteer-place",
                    0.9,
                );
            }
            Seg::Org(o) => push(
                out,
                doc,
                si,
                r.clone(),
                MentionKind::Org(Some(*o)),
                "gazetteer-org",
                0.9,
            ),
            Seg::Demonym(p) => push(
                out,
                doc,
                si,
                r.clone(),
                MentionKind::Demonym(*p),
                "demonym",
                0.9,
            ),
            Seg::Title(_) | Seg::Outlet => {}
            Seg::Unknown => unknown(g, doc, si, sentence, r.clone(), out),
        }
    }
}

/// A weekday or month name ("Monday", "Sept."), which AP style writes right after a place.
fn is_date_word(doc: &Doc, i: usize) -> bool {
    let word = doc.token_text(i);
    crate::date::weekday_number(word).is_some() || crate::date::month_number(word).is_some()
}

/// Whether a phrase of time starts at token `t`, which ends the clause before it as a comma
/// would: "from Ndiago four nights earlier", "in Tapachula on Monday", "near Sfax last week".
fn time_phrase_at(doc: &Doc, t: usize, sentence_end: usize) -> bool {
    let word = |k: usize| if k < sentence_end { doc.folded(k) } else { "" };
    let time_unit = |w: &str| {
        matches!(
            w,
            "day"
                | "days"
                | "night"
                | "nights"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "hours"
        )
    };
    let counted = doc.tokens[t].kind == TokenKind::Number
        || crate::extract::groups::small_number(word(t)).is_some()
        || matches!(word(t), "a" | "several" | "few");
    match word(t) {
        "" => false,
        "on" | "last" | "earlier" | "overnight" | "yesterday" | "today" => true,
        _ if is_date_word(doc, t) => true,
        _ => {
            counted
                && time_unit(word(t + 1))
                && matches!(word(t + 2), "earlier" | "ago" | "before" | "later")
        }
    }
}

/// Whether `word` (folded) follows a capitalised given name somewhere in the article: a
/// surname ("Andrés Manuel López Obrador", then "López Obrador").
fn written_after_a_given_name(g: &Gazetteer, doc: &Doc, word: &str) -> bool {
    (1..doc.tokens.len())
        .any(|i| doc.folded(i) == word && is_cap(doc, i - 1) && g.is_given_name(doc.folded(i - 1)))
}

/// Words after which a name stands where a place is expected: "in X", "from X", "reached X".
const LOCATIVES: &[&str] = &[
    "in", "at", "from", "near", "through", "into", "toward", "towards", "reached", "around",
    "outside",
];

/// Whether the comma at token `comma` opens an apposition whose noun is a town's: "the beach
/// at Fnideq, the Moroccan town that ...", "X, the provincial capital", "X, the capital of
/// Helmand", "X, the island's main town" (over a possessive).
fn town_in_apposition(g: &Gazetteer, doc: &Doc, comma: usize, sentence: &Range<usize>) -> bool {
    apposition_noun(doc, comma, sentence, &["the", "a", "an", "another"], |t| {
        matches!(
            doc.folded(t),
            "town" | "city" | "village" | "port" | "hamlet" | "municipality" | "capital"
        )
            // (Not "X, a village chief who led the column": a person of the town.)
            && !(t + 1 < sentence.end
                && (g.title(doc.folded(t + 1)).is_some()
                    || g.is_trigger(TriggerKind::PersonCue, doc.folded(t + 1))
                    || matches!(doc.folded(t + 1), "elder" | "head")))
            // (Not "to meet Uicab, the town hall said": who said it.)
            && !(t + 1..sentence.end.min(t + 3))
                .any(|s| g.is_trigger(TriggerKind::SpeechVerb, doc.folded(s)))
    })
}

/// Whether the comma at token `comma` opens an apposition that starts with one of `articles`
/// and has, in its first three words (past a possessive: "the island's main town"), a noun
/// `is_noun` takes that is not itself a possessor.
fn apposition_noun(
    doc: &Doc,
    comma: usize,
    sentence: &Range<usize>,
    articles: &[&str],
    is_noun: impl Fn(usize) -> bool,
) -> bool {
    comma + 2 < sentence.end
        && articles.contains(&doc.folded(comma + 1))
        && (comma + 2..sentence.end)
            .filter(|&t| !(possessive_after(doc, t - 1) || possessive_after(doc, t - 2)))
            .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct)
            .take(3)
            .any(|t| is_noun(t) && !possessive_after(doc, t))
}

/// Whether a name written after `before` (folded) names a place: a locative word, or a cue
/// of departure or transit ("left", "through").
fn names_a_place_after(g: &Gazetteer, before: &str) -> bool {
    LOCATIVES.contains(&before)
        || g.is_trigger(TriggerKind::DepartureCue, before)
        || g.is_trigger(TriggerKind::TransitCue, before)
}

/// Whether a title word is a region's office: "the governor of San Marcos".
fn is_regional_office(word: &str) -> bool {
    matches!(word, "premier" | "governor" | "gov" | "prefect")
}

/// Whether a name that is a city's and a region's is written as the region's: "Quebec Premier
/// X", "Quebec's immigration minister", "upstate New York", "the states of Chihuahua and
/// Sonora".
fn read_as_region(g: &Gazetteer, doc: &Doc, r: Range<usize>, sentence: &Range<usize>) -> bool {
    let word = |t: usize| {
        if (sentence.start..sentence.end).contains(&t) {
            doc.folded(t)
        } else {
            ""
        }
    };
    let possessive = possessive_after(doc, r.end - 1);
    let office_after = is_regional_office(word(r.end))
        || (possessive
            && (r.end + 2..r.end + 5)
                .any(|t| is_regional_office(word(t)) || word(t) == "minister"));
    let before = r.start.checked_sub(1).map_or("", word);
    // "in Kunduz and Nangarhar provinces": on over the names listed, to a plural head.
    let listed_before_plural_head = || {
        names_listed_up_to(doc, r.end, sentence, |w| {
            is_plural_of(g, TriggerKind::StateContext, w)
        }) == Some(true)
    };
    // "the governor of San Marcos".
    let office_before = before == "of" && r.start >= 2 && is_regional_office(word(r.start - 2));
    office_after
        || office_before
        || before == "upstate"
        || listed_after_plural_region_head(g, doc, &r, sentence)
        || listed_before_plural_head()
}

/// Whether the name `r` is one of names listed after a plural head of regions and "of": "the
/// states of X and Y", "the nearby districts of X, Y and Z".
fn listed_after_plural_region_head(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let mut t = r.start;
    while t > sentence.start + 2 && t + 8 > r.start {
        t -= 1;
        let word = doc.folded(t);
        if word == "of" {
            return is_plural_of(g, TriggerKind::StateContext, doc.folded(t - 1));
        }
        if !(is_cap(doc, t) || matches!(word, "and" | ",")) {
            return false;
        }
    }
    false
}

/// How many known towns are listed from `comma` on (", X, Y and Z"), when the list holds nothing
/// else and closes on "and" or "or"; zero otherwise. A town is known to the gazetteer, or to the
/// story from a mention before (`told`).
fn known_towns_listed_after(
    g: &Gazetteer,
    doc: &Doc,
    comma: usize,
    sentence: &Range<usize>,
    told: &[Mention],
) -> usize {
    let mut towns = 0;
    let mut t = comma;
    loop {
        let joiner = doc.folded(t);
        if !matches!(joiner, "," | "and" | "or") {
            return 0;
        }
        // (", and Z": the serial comma.)
        let start =
            if joiner == "," && t + 1 < sentence.end && matches!(doc.folded(t + 1), "and" | "or") {
                t + 2
            } else {
                t + 1
            };
        let end = (start..sentence.end)
            .find(|&i| !is_cap(doc, i))
            .unwrap_or(sentence.end);
        let name = key(doc, start..end);
        let town = start < end
            && (g
                .places_named(&name)
                .iter()
                .any(|&p| g.places[p].kind == PlaceKind::City)
                || told.iter().any(|m| {
                    m.kind == MentionKind::NewPlace(PlaceKind::City)
                        && key(doc, m.tokens.clone()) == name
                }));
        if !town {
            return 0;
        }
        towns += 1;
        if start > t + 1 || matches!(joiner, "and" | "or") {
            return towns;
        }
        if end >= sentence.end {
            return 0;
        }
        t = end;
    }
}

/// Whether a span stands where a place is expected: where a village's name would
/// ([`village_context`]), or after a weaker cue, enough for a town the gazetteer knows ("to",
/// "of", "between ... and", "headed for").
fn place_context(g: &Gazetteer, doc: &Doc, r: Range<usize>, sentence: &Range<usize>) -> bool {
    let before = prev_word(doc, r.start, sentence).unwrap_or_default();
    // "the bridge that links Villa del Rosario with San Antonio del Táchira".
    let links = g.triggers(TriggerKind::LinkVerb);
    let linked_with = || {
        before == "with"
            && (r.start.saturating_sub(8).max(sentence.start)..r.start)
                .any(|t| links.contains(doc.folded(t)))
    };
    // "took the load as far as Mpika".
    let as_far_as =
        || before == "as" && r.start >= sentence.start + 2 && doc.folded(r.start - 2) == "far";
    // "the province, which includes Adré".
    let included = || {
        matches!(before, "includes" | "include")
            && r.start >= sentence.start + 2
            && matches!(doc.folded(r.start - 2), "which" | "that")
    };
    let weaker_cue = || {
        matches!(
            before,
            "to" | "toward"
                | "towards"
                | "of"
                | "across"
                | "outside"
                | "reach"
                | "via"
                | "between"
                | "and"
                | "off"
        ) || as_far_as()
            || included()
            || distance_after(doc, r.end, sentence)
            || links.contains(before)
            || linked_with()
            || heading_for(g, doc, &r, sentence, before)
    };
    weaker_cue() || village_context(g, doc, r, sentence, None)
}

/// Whether a village's name stands where only a place can: after a locative or a cue of
/// departure or transit ("stopped in Niltepec", "left Capurganá"), after "to" or "the town
/// of", before a state or country ("Champlain, N.Y."), or opening a dateline. A state or
/// country after a known village must be the village's own ("Panama's Mulino, Colombia's
/// Petro" names no village in Colombia).
fn village_context(
    g: &Gazetteer,
    doc: &Doc,
    r: Range<usize>,
    sentence: &Range<usize>,
    village: Option<usize>,
) -> bool {
    let before = prev_word(doc, r.start, sentence).unwrap_or_default();
    let second_before = r
        .start
        .checked_sub(1)
        .and_then(|t| prev_word(doc, t, sentence))
        .unwrap_or_default();
    // "the boat ride to Acandí", "the outskirts of Tuzantán", "the port of Chiquilá"; not
    // "according to X", "spoke to X".
    let to_or_of = match before {
        "to" => {
            !matches!(
                second_before,
                "according" | "spoke" | "talked" | "close" | "next"
            ) && !g.is_trigger(TriggerKind::SpeechVerb, second_before)
        }
        "of" => {
            second_before == "outskirts" || g.is_trigger(TriggerKind::CityContext, second_before)
        }
        _ => false,
    };
    // ("Necoclí, on Colombia's side of the gulf", "X, in northern Chile": or where it lies.)
    let place_named_at = {
        let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
        let mut t = r.end + 1;
        if matches!(word(t), "on" | "in") {
            t += 1;
        }
        if crate::extract::is_compass_adjective(word(t)) {
            t += 1;
        }
        t
    };
    let followed_by_place = place_named_at < sentence.end
        && doc.token_text(r.end) == ","
        && g.place_named_as(
            doc.folded(place_named_at),
            &[PlaceKind::State, PlaceKind::Country],
        )
        .is_some_and(|p| village.is_none_or(|v| g.country_of(v) == g.country_of(p)));
    // "ANTIGUA GUATEMALA — ...": a dateline, which names where the story is filed.
    let dateline = r.start == sentence.start && crate::extract::opens_with_dateline(doc, sentence);
    // "toured La Quiaca", "visited Capurganá": what is visited, a known village's name.
    let visited = || g.is_trigger(TriggerKind::VisitVerb, before);
    // "from Alpine and Marfa", "through Tonalá, Arriaga or Chahuites": a later item of a list
    // whose first item stands where a place must.
    let listed_after_place = || {
        matches!(before, "and" | "or" | ",")
            && r.start >= sentence.start + 2
            && doc.is_capitalised(r.start - 2)
            && {
                let end = r.start - 1;
                let start = capitalised_run_start(doc, sentence.start, end).unwrap_or(end);
                village_context(g, doc, start..end, sentence, None)
            }
    };
    names_a_place_after(g, before)
        || to_or_of
        || followed_by_place
        || dateline
        || visited()
        || listed_after_place()
}

/// "headed for Key West", "bound for Miami Beach": a destination cue that ends in "for".
fn heading_for(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
    before: &str,
) -> bool {
    before == "for"
        && g.triggers(TriggerKind::DestinationCue).ends_at(
            |t| doc.folded(t),
            sentence.start,
            r.start - 1,
        )
}

/// Whether a span opens an article's dateline: at the start of one of its first paragraphs,
/// followed by a comma and a country or state, with the dash that ends a dateline soon after;
/// or written in capitals, followed by that dash at once and written again in the story as a
/// name ("LOS EBANOS — Some 150 ... the Los Ebanos ferry"; not an outlet's "QCOSTARICA —").
fn is_dateline_town(g: &Gazetteer, doc: &Doc, r: &Range<usize>, sentence: &Range<usize>) -> bool {
    // Up to three words besides particles: "COLÒNIA DE SANT JORDI", "SAN PEDRO DE LOS PINOS".
    let opens = r.start == sentence.start
        && r.len() <= 6
        && r.clone()
            .filter(|&t| !is_particle(g, doc, t, TriggerKind::NameParticle))
            .count()
            <= 3
        && r.end + 1 < sentence.end
        && doc.sentences[doc.sentence_of(r.start)].paragraph <= 3;
    let in_capitals = |t: usize| {
        let text = doc.token_text(t);
        text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
    };
    let written_again = || {
        (r.end..doc.tokens.len().saturating_sub(r.len())).any(|at| {
            !in_capitals(at)
                && r.clone()
                    .all(|t| doc.folded(t) == doc.folded(at + t - r.start))
        })
    };
    if opens
        && matches!(doc.token_text(r.end), "—" | "–")
        && r.clone().all(in_capitals)
        && written_again()
    {
        return true;
    }
    // ("CHARLOTTEVILLE, Tobago (AP)": or before its island.)
    opens
        && place_after_comma(g, doc, r.end, sentence, |p| {
            matches!(g.places[p].kind, PlaceKind::State | PlaceKind::Country) || g.is_island(p)
        })
        && crate::extract::opens_with_dateline(doc, sentence)
}

/// Whether a comma at `comma` is followed by a known place `is_meant` accepts, of up to three
/// words: "COLCHANE, Chile", "Clair, New Brunswick".
fn place_after_comma(
    g: &Gazetteer,
    doc: &Doc,
    comma: usize,
    sentence: &Range<usize>,
    is_meant: impl Fn(usize) -> bool,
) -> bool {
    comma < sentence.end
        && doc.token_text(comma) == ","
        && (1..=3).any(|words| {
            comma + 1 + words <= sentence.end
                && g.places_named(&key(doc, comma + 1..comma + 1 + words))
                    .iter()
                    .any(|&p| is_meant(p))
        })
}

/// Whether the words from token `end` set what comes before them in a known place: a comma,
/// then "in" and a known place (maybe after "the" and a word of direction: ", in western
/// Guinea"), or a compass point, "of" and a known place (", west of Tripoli").
fn set_in_known_place(g: &Gazetteer, doc: &Doc, end: usize, sentence: &Range<usize>) -> bool {
    const MOST_PLACE_WORDS: usize = 3;
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    if word(end) != "," {
        return false;
    }
    let compass = |w: &str| {
        matches!(
            w,
            "north"
                | "south"
                | "east"
                | "west"
                | "northwest"
                | "northeast"
                | "southwest"
                | "southeast"
        )
    };
    let mut t = end + 1;
    if distance_after(doc, end, sentence) {
        return true;
    }
    // "Albina, on the other bank of the river", "Sapoá, on the other side", "Kosti, on the
    // Sudanese side", "La Tina, on the far bank": a side of a border or river is a place's.
    let sided = |w: &str| matches!(w, "other" | "far") || g.demonym(w).is_some();
    if word(t) == "on" && word(t + 1) == "the" && sided(word(t + 2)) {
        return matches!(word(t + 3), "side" | "bank" | "shore");
    }
    if matches!(word(t), "in" | "on") {
        t += 1;
        if word(t) == "the" {
            t += 1;
        }
        let directed = crate::extract::is_compass_adjective(word(t)) || compass(word(t));
        if directed {
            t += 1;
        }
        // "on the northern tip of Lanzarote", "in the north of Chad".
        if word(t + 1) == "of"
            && matches!(
                word(t),
                "tip" | "coast" | "edge" | "shore" | "outskirts" | "side" | "bank"
            )
        {
            t += 2;
        }
        if directed && word(t) == "of" {
            t += 1;
        }
    } else if compass(word(t)) && word(t + 1) == "of" {
        t += 2;
    } else {
        return false;
    }
    t < sentence.end
        && is_cap(doc, t)
        && (1..=MOST_PLACE_WORDS)
            .take_while(|&n| t + n <= sentence.end)
            .any(|n| g.place(&key(doc, t..t + n)).is_some())
}

/// Whether the name at `start` is a shore's: "on the north coast of X", "the shores of X",
/// where no person is, whatever given name the place's name starts with.
fn shore_of(doc: &Doc, start: usize, sentence: &Range<usize>) -> bool {
    start >= sentence.start + 3
        && doc.folded(start - 1) == "of"
        && matches!(
            doc.folded(start - 2),
            "coast" | "coastline" | "shore" | "shores"
        )
        && {
            let third = doc.folded(start - 3);
            third == "the"
                || crate::extract::is_compass_adjective(third)
                || crate::extract::is_compass_point(third)
        }
}

/// Whether a comma at `end` opens a distance: "Escárcega, about 60 kilometers to the north",
/// which is told of a place.
fn distance_after(doc: &Doc, end: usize, sentence: &Range<usize>) -> bool {
    let word = |t: usize| if t < sentence.end { doc.folded(t) } else { "" };
    let mut t = end + 1;
    if matches!(
        word(t),
        "about" | "some" | "around" | "roughly" | "nearly" | "almost"
    ) {
        t += 1;
    }
    word(end) == ","
        && t + 1 < sentence.end
        && doc.tokens[t].kind == TokenKind::Number
        && matches!(
            word(t + 1),
            "kilometres" | "kilometers" | "km" | "miles" | "mi"
        )
}

/// An unknown capitalised span: a person, a place or an organisation by context, or nothing.
/// Whether the comma at `comma` closes a relative or a role that a name stands in apposition
/// to: "his cousin,", "a broker,", "a broker in Moyale,", "a teacher from the camp,". With
/// "a" or "the", a name must end the clause after it ("a farmer, X Y, who", not "a farmer, X Y
/// said" nor a list "a lawyer, a priest, Human Rights Watch and").
fn cue_in_apposition(g: &Gazetteer, doc: &Doc, start: usize, comma: usize) -> bool {
    let name_ends_clause = || {
        let name_end = (comma + 1..doc.tokens.len())
            .find(|&t| !doc.is_capitalised(t))
            .unwrap_or(doc.tokens.len());
        name_end == doc.tokens.len() || matches!(doc.token_text(name_end), "," | "." | ";" | "who")
    };
    if one_of_the_group_before(doc, start, comma) {
        return name_ends_clause();
    }
    let mut cue = comma;
    // Over a place after the role: "in Moyale", "from San Pedro Sula".
    let mut t = comma;
    while t > start && doc.is_capitalised(t - 1) && comma - t < 4 {
        t -= 1;
    }
    if t < comma && t > start && matches!(doc.folded(t - 1), "in" | "from") {
        cue = t - 1;
    }
    // ... or over a spot named in lower case: "a teacher from the camp".
    if t == comma
        && comma >= start + 4
        && doc.tokens[comma - 1].kind == TokenKind::Word
        && !doc.is_capitalised(comma - 1)
        && doc.folded(comma - 2) == "the"
        && matches!(doc.folded(comma - 3), "in" | "from" | "at")
    {
        cue = comma - 3;
    }
    if cue < start + 2 || !g.is_trigger(TriggerKind::PersonCue, doc.folded(cue - 1)) {
        return false;
    }
    match doc.folded(cue - 2) {
        "his" | "her" | "their" | "my" | "our" => true,
        "a" | "an" | "the" => name_ends_clause(),
        // "the governor's wife, Nhem Sokunthea, who chairs".
        _ if cue >= start + 4 && possessive_after(doc, cue - 4) => name_ends_clause(),
        _ => false,
    }
}

/// Whether the words before the comma at `comma` (and after `start`) say that the name after
/// it is one of the people the story follows: "said one of them, X", "An Eritrean in the
/// group, X,".
pub(crate) fn one_of_the_group_before(doc: &Doc, start: usize, comma: usize) -> bool {
    let three = comma >= start + 3
        && matches!(
            [
                doc.folded(comma - 3),
                doc.folded(comma - 2),
                doc.folded(comma - 1),
            ],
            ["one", "of", "them" | "us"] | ["in", "the", "group" | "boat" | "caravan"]
        );
    // "said one of the women, Rima,".
    three
        || (comma >= start + 4
            && matches!(
                [
                    doc.folded(comma - 4),
                    doc.folded(comma - 3),
                    doc.folded(comma - 2),
                    doc.folded(comma - 1),
                ],
                [
                    "one",
                    "of",
                    "the",
                    "women"
                        | "men"
                        | "mothers"
                        | "fathers"
                        | "passengers"
                        | "migrants"
                        | "travellers"
                        | "travelers"
                        | "survivors"
                        | "teenagers"
                ]
            ))
}

/// Whether the name at `name` is one someone goes by, after "whom they all called" or "whom
/// everyone in the camp calls" (the sentence starting at `start`).
pub(crate) fn called_by_all(doc: &Doc, start: usize, name: usize) -> bool {
    name > start + 2
        && matches!(doc.folded(name - 1), "call" | "calls" | "called")
        && (name.saturating_sub(8).max(start)..name - 1).any(|t| doc.folded(t) == "whom")
}

/// A noun for a person: a person's cue ("recruiter", "farmer") or a plain "man", "woman" ...
fn names_someone(g: &Gazetteer, word: &str) -> bool {
    g.is_trigger(TriggerKind::PersonCue, word)
        || matches!(
            word,
            "man" | "woman" | "boy" | "girl" | "person" | "teenager"
        )
}

/// "a recruiter known only as Rudi", "a Malawian named by police as Chisomo Phiri", "a man they
/// knew only as Kedir", "a woman who gave her name as Abrehet": a name given after "as" to
/// someone a person's noun (or a nationality)
/// introduces, a few words before the verb that gives it (not "a group known as ...").
/// "asked to be identified by the pseudonym Oleh", "who asked to be called Petro", "known
/// only by the name Samir": the name, at `start`, that someone goes by in the story.
pub(crate) fn pseudonym_before(doc: &Doc, sentence: &Range<usize>, start: usize) -> bool {
    if start < sentence.start + 2 {
        return false;
    }
    let word = |k: usize| doc.folded(start - k);
    matches!(word(1), "pseudonym" | "alias")
        || (word(1) == "called" && word(2) == "be")
        || (word(1) == "name"
            && word(2) == "the"
            && start >= sentence.start + 3
            && matches!(word(3), "by" | "under" | "using"))
}

fn named_as_someone(g: &Gazetteer, doc: &Doc, sentence: &Range<usize>, start: usize) -> bool {
    if start < sentence.start + 3 || doc.folded(start - 1) != "as" {
        return false;
    }
    // ("a fisherman named by several of them as X": the agent may stand between.)
    let Some(verb) = (start.saturating_sub(7).max(sentence.start)..start - 1)
        .rev()
        .take_while(|&t| doc.token_text(t) != ",")
        .find(|&t| {
            matches!(
                doc.folded(t),
                "known" | "knew" | "named" | "identified" | "introduced"
            ) || (doc.folded(t) == "name"
                // "a young Eritrean woman who gave her name as X".
                && t >= sentence.start + 2
                && matches!(doc.folded(t - 2), "gave" | "gives" | "giving"))
        })
    else {
        return false;
    };
    // ("An Iraqi man from Mosul who gave his name only as X": "his" or "her" own name is a
    // person's, however far back the noun.)
    let own_name = doc.folded(verb) == "name" && matches!(doc.folded(verb - 1), "his" | "her");
    let nouns = verb.saturating_sub(4).max(sentence.start)..verb;
    let someone = own_name
        || nouns.clone().any(|t| {
            let w = doc.folded(t);
            names_someone(g, w) || (is_cap(doc, t) && g.demonym(w).is_some())
        });
    someone
        && !nouns
            .into_iter()
            .any(|t| g.is_trigger(TriggerKind::OrgCue, doc.folded(t)))
}

/// Whether `r` is one of the two capitalised names after "between" that a way's noun opens:
/// "the crossing between Nimule and Elegu", "the road between X and Y", "beaches between X and
/// Y" (not "talks between X and Y", where people may stand).
fn ends_of_a_way(g: &Gazetteer, doc: &Doc, r: &Range<usize>, sentence: &Range<usize>) -> bool {
    let names_a_way = |between: usize| {
        between > sentence.start && doc.folded(between) == "between" && {
            let noun = doc.folded(between - 1);
            g.is_trigger(TriggerKind::LandmarkHead, noun)
                || matches!(
                    noun,
                    "route" | "frontier" | "boundary" | "corridor" | "journey" | "trip" | "ferry"
                )
                // ("launched from beaches between Tripoli and Batroun": a stretch of shore.)
                || matches!(noun, "beaches" | "coast" | "coastline" | "shore" | "stretch")
        }
    };
    // The first name: "and" and a capital follow.
    let first = r.start > sentence.start
        && names_a_way(r.start - 1)
        && r.end + 1 < sentence.end
        && doc.folded(r.end) == "and"
        && is_cap(doc, r.end + 1);
    // The second: "and" follows a first name right after "between".
    let second = r.start > sentence.start + 1
        && doc.folded(r.start - 1) == "and"
        && capitalised_run_start(doc, sentence.start, r.start - 1)
            .is_some_and(|start| start > 0 && names_a_way(start - 1));
    first || second
}

/// Whether the name at `r` (of `words` words) is a person's, told by what follows it set off
/// by a comma: "X, a Venezuelan migrant", "X, 34, from Honduras", "X Y, who is travelling
/// with two sons, said".
fn person_in_apposition(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
    words: usize,
) -> bool {
    if r.end + 2 >= sentence.end || doc.token_text(r.end) != "," {
        return false;
    }
    let next = doc.folded(r.end + 1);
    let tells_a_person = |t: usize| {
        let w = doc.folded(t);
        g.is_trigger(TriggerKind::PersonCue, w)
            || g.demonym(w).is_some()
            || w.ends_with("year-old")
            || (g.title(w).is_some() && !possessive_after(doc, t))
    };
    // Up to three words in lower case after the article: the noun may follow adjectives.
    // ("33-year-old" is three tokens.)
    let described = (r.end + 2..sentence.end.min(r.end + 5))
        .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct || doc.token_text(t) == "-")
        .any(tells_a_person);
    // (Not "X, the sheriff's office said".) "X Y, who is travelling with two sons, said":
    // a name of two words or more that opens a sentence and a relative clause on "who" (or
    // an apposition) follows, before a verb of speech, is a person's. (Within a sentence the
    // name may end a body's or a place's: "volunteers from Grupa Granica, who", "the mayor of
    // East Samos, who".) Not an apposition that names a body, by its head or an organisation
    // cue: "Puentes Nuevos, a rights group based in Tijuana, said".
    let apposition_names_a_body = || {
        (r.end + 2..sentence.end.min(r.end + 5))
            .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct)
            .any(|t| {
                (is_org_head(g, doc, t) || g.is_trigger(TriggerKind::OrgCue, doc.folded(t)))
                    && !possessive_after(doc, t)
            })
    };
    let opens_a_speech = || {
        r.start == sentence.start
            && (r.end + 2..sentence.end).any(|t| {
                doc.token_text(t - 1) == "," && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t))
            })
    };
    // "Marzuki Daud, the panglima laot of Sabang, ..., said": the same for an apposition
    // whose noun the gazetteer does not know, when it opens on an article.
    // ("Alarm Phone, a volunteer hotline that ...": the noun, not a word before it, says
    // what; not "X, a group leader".)
    let described_as_a_body = || {
        (r.end + 2..sentence.end.min(r.end + 5))
            .take_while(|&t| doc.tokens[t].kind != TokenKind::Punct)
            .any(|t| {
                let ends_noun = t + 1 >= sentence.end
                    || doc.tokens[t + 1].kind == TokenKind::Punct
                    || g.is_trigger(TriggerKind::FunctionWord, doc.folded(t + 1));
                ends_noun
                    && (is_org_head(g, doc, t) || g.is_trigger(TriggerKind::OrgCue, doc.folded(t)))
            })
    };
    matches!(next, "a" | "an" | "who" | "the") && described && !described_as_a_body()
        || doc.tokens[r.end + 1].kind == TokenKind::Number && words >= 2
        || matches!(next, "who" | "the" | "a" | "an")
            && words >= 2
            && !is_org_head(g, doc, r.end - 1)
            && !apposition_names_a_body()
            && opens_a_speech()
}

fn unknown(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: &Range<usize>,
    r: Range<usize>,
    out: &mut Vec<Mention>,
) {
    let text = doc.span_text(r.clone());
    if !is_cap(doc, r.start) {
        return;
    }
    if r.len() == 1 && (is_acronym(text) || short_form_given_in_brackets(doc, r.start)) {
        // ("(CDO)" after "the chief district officer": an office's acronym, no body's.)
        let an_office = if doc.is_bracketed(&r) {
            title_spelled_out_before(g, doc, r.start).is_some()
        } else {
            title_of_acronym(g, doc, r.start).is_some()
        };
        if !an_office {
            push(out, doc, si, r, MentionKind::Org(None), "acronym", 0.5);
        }
        return;
    }
    // "said in English", "a prayer in Arabic": a language names no one and nowhere.
    if r.len() == 1 && g.is_trigger(TriggerKind::Language, doc.folded(r.start)) {
        return;
    }
    // "Dustin Hale, 29, of Island Pond, with smuggling": the town a person named with an age
    // is from, as the wires write it.
    let hometown = r.start >= sentence.start + 4
        && r.len() <= 3
        && doc.folded(r.start - 1) == "of"
        && doc.token_text(r.start - 2) == ","
        && doc.tokens[r.start - 3].kind == TokenKind::Number
        && doc.token_text(r.start - 4) == ","
        && (r.end >= sentence.end || matches!(doc.token_text(r.end), "," | "." | ";"));
    if hometown {
        let town = MentionKind::NewPlace(PlaceKind::City);
        push(out, doc, si, r, town, "hometown-after-age", 0.6);
        return;
    }
    // "who would give only her first name, Rosalía": someone named by a first name alone.
    // ("who gave only one of his names, Thura": or by one name of several. "who gave only
    // his English name, Kevin": or by a name given.)
    let name_given = |name: usize| {
        matches!(doc.folded(name - 1), "first" | "one")
            || (matches!(doc.folded(name), "names" | "name")
                && (name.saturating_sub(6).max(sentence.start)..name)
                    .any(|t| matches!(doc.folded(t), "gave" | "give" | "gives" | "giving")))
    };
    if r.len() == 1
        && r.start >= sentence.start + 3
        && doc.token_text(r.start - 1) == ","
        && matches!(doc.folded(r.start - 2), "name" | "names")
        && name_given(r.start - 2)
    {
        let person = MentionKind::Person {
            title: None,
            affiliation: Vec::new(),
        };
        push(out, doc, si, r, person, "first-name-only", 0.7);
        return;
    }
    // "Sophea, who gave only one name, said": the same told after the name.
    let told_after = r.len() == 1
        && r.end + 4 < sentence.end
        && doc.token_text(r.end) == ","
        && doc.folded(r.end + 1) == "who"
        && (r.end + 2..sentence.end.min(r.end + 9))
            .take_while(|&t| doc.token_text(t) != ",")
            .any(|t| matches!(doc.folded(t), "name" | "names") && name_given(t));
    if told_after && !is_date_word(doc, r.start) && !is_acronym(text) {
        push(out, doc, si, r, untitled_person(), "first-name-only", 0.7);
        return;
    }
    // "said Abdiweli, 22, from the Bay region", "Aminata, 29, who carried twin girls": one
    // name given an age is a person known by a first name. So is a name of a list set out
    // with dashes: "Fikru Lemma — 31 — Kembata zone".
    let set_out_with_dashes = r.end < sentence.end && matches!(doc.token_text(r.end), "—" | "–");
    if (r.len() == 1 || (set_out_with_dashes && r.len() <= 4))
        && age_follows(doc, r.end, sentence)
        && !is_date_word(doc, r.start)
        && !is_acronym(text)
    {
        push(out, doc, si, r, untitled_person(), "first-name-aged", 0.7);
        return;
    }
    // "said one of the women, Rima, who carried a toddler", "one of them, Ousmane,": one of
    // those told of, named in apposition. (Not "one of the organisers, X": only these.)
    let one_of_those = r.start > sentence.start
        && doc.token_text(r.start - 1) == ","
        && one_of_the_group_before(doc, sentence.start, r.start - 1);
    if r.len() <= 3 && one_of_those && !is_date_word(doc, r.start) && !is_acronym(text) {
        push(
            out,
            doc,
            si,
            r,
            untitled_person(),
            "one-of-those-named",
            0.7,
        );
        return;
    }
    // "an older man among them whom they all called Chacha", "a former farmer whom everyone in
    // the camp calls Abu Khaled": a name someone goes by.
    if r.len() <= 3 && called_by_all(doc, sentence.start, r.start) {
        let person = MentionKind::Person {
            title: None,
            affiliation: Vec::new(),
        };
        push(out, doc, si, r, person, "called-by-all", 0.7);
        return;
    }
    if r.len() <= 3
        && (named_as_someone(g, doc, sentence, r.start) || pseudonym_before(doc, sentence, r.start))
    {
        let person = MentionKind::Person {
            title: None,
            affiliation: Vec::new(),
        };
        push(out, doc, si, r, person, "known-as", 0.7);
        return;
    }
    // "on Friday, the Dominican Foreign Ministry said": a day or a month names nobody, unless
    // it is a surname of someone named before ("Gov. Javier May Rodríguez ... May said").
    if r.clone().all(|i| is_date_word(doc, i)) && !in_a_name_told_before(doc, &r, out) {
        return;
    }
    let before = prev_word(doc, r.start, sentence).unwrap_or_default();
    let before2 = if r.start >= sentence.start + 2 {
        doc.folded(r.start - 2)
    } else {
        Default::default()
    };
    let after = if r.end < sentence.end {
        doc.folded(r.end)
    } else {
        Default::default()
    };
    // "the town of X", "the state of X", "X state", "Nepal's Chitwan district".
    if before == "of" && g.is_trigger(TriggerKind::CityContext, before2) {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(place_with_a_town(before2)),
            "town-of",
            0.8,
        );
        return;
    }
    // "the Indonesian island of Karimun": an island the gazetteer lacks is a landmark.
    let island_of =
        before == "of" && matches!(before2, "island" | "islet") && !is_cap(doc, r.start - 2);
    // "on the north coast of Espiritu Santo": a shore belongs to a place, here one the
    // gazetteer lacks, an island or a stretch of land. ("the eastern shore of Great Exuma":
    // not a word of a known place's name.)
    let shore = shore_of(doc, r.start, sentence)
        && r.len() <= 3
        && !(r.end < sentence.end && is_cap(doc, r.end));
    // (Not "the largest island of Sanma province", whose name the province has.)
    if (island_of || shore) && !g.is_trigger(TriggerKind::RegionHead, after) {
        let rule = if island_of { "island-of" } else { "coast-of" };
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::Landmark),
            rule,
            0.7,
        );
        return;
    }
    // "the Home Affairs department said": a body's field before "department" names a body,
    // not a region as "the Cortés department" is.
    if after == "department" && g.is_trigger(TriggerKind::BodyField, doc.folded(r.end - 1)) {
        push(
            out,
            doc,
            si,
            r.start..r.end + 1,
            MentionKind::Org(None),
            "field-department",
            0.7,
        );
        return;
    }
    // (Not "the Catholic parish", "the Indigenous region of Guna Yala".)
    // "the regional governor for Lasithi": a governor's charge is a region.
    if (before == "of" && g.is_trigger(TriggerKind::StateContext, before2))
        || (matches!(before, "of" | "for") && before2 == "governor")
        // "the district administrator of Eráti", "the district commissioner for
        // Innsbruck-Land": so is the charge of a division's officer.
        || (matches!(before, "of" | "for")
            && r.start >= sentence.start + 3
            && doc.folded(r.start - 3) != "state"
            && g.is_trigger(TriggerKind::StateContext, doc.folded(r.start - 3))
            && g.title(before2).is_some())
        || (g.is_trigger(TriggerKind::StateContext, after)
            && !(r.len() == 1 && g.is_trigger(TriggerKind::FaithOrAncestry, doc.folded(r.start))))
        // "the Hadiya zone in southern Ethiopia": a zone that lies in a place is a division of
        // it (not "the Schengen zone", "a free trade zone").
        || (after == "zone"
            && before == "the"
            && r.end + 1 < sentence.end
            && matches!(doc.folded(r.end + 1), "in" | "of"))
        // "the Hadiya and Kembata zones", "in Kunduz and Takhar provinces": names listed
        // before a plural head, or after one: "the districts of Kapilvastu and Rupandehi".
        || listed_before_plural_region_head(g, doc, &r, sentence)
        || listed_after_plural_region_head(g, doc, &r, sentence)
    {
        // "Gambella region's Nuer zone": a zone is named with its head, since the word alone
        // may be a people's ("a Nuer militia").
        let r = if after == "zone" && !is_cap(doc, r.end) {
            r.start..r.end + 1
        } else {
            r
        };
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::State),
            "state-of",
            0.8,
        );
        return;
    }
    if g.is_trigger(TriggerKind::CityContext, before) && !matches!(before, "capital") {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-name",
            0.6,
        );
        return;
    }
    // "X, Chiapas", "Clair, New Brunswick": an unknown town before a known state.
    if r.len() <= 3
        && place_after_comma(g, doc, r.end, sentence, |p| {
            g.places[p].kind == PlaceKind::State
        })
        && place_context(g, doc, r.clone(), sentence)
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-comma-state",
            0.7,
        );
        return;
    }
    // "comes from Kindia, in western Guinea", "had left Kuwarat, west of Tripoli": an unknown
    // town set, after a comma, in or beside a known place.
    if r.len() <= 3
        && set_in_known_place(g, doc, r.end, sentence)
        && place_context(g, doc, r.clone(), sentence)
        && !in_a_name_told_before(doc, &r, out)
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-comma-in",
            0.7,
        );
        return;
    }
    // "had left from near Sandrapur in Bangladesh": an unknown name where a place stands, set in
    // a known country or state.
    let in_known_region = || {
        let t = r.end + 1;
        r.end < sentence.end
            && doc.folded(r.end) == "in"
            && t < sentence.end
            && is_cap(doc, t)
            && (1..=3).take_while(|&n| t + n <= sentence.end).any(|n| {
                g.place_named_as(&key(doc, t..t + n), &[PlaceKind::Country, PlaceKind::State])
                    .is_some()
            })
    };
    // So is "crossed into South Sudan at Renk": where the way into a known country passes. So
    // is "crossed into Austria from Hungary at Hegyeshalom", "came from Hungary at X": where the
    // way out of one passes.
    let entered_at = || {
        let known_region_before = |end: usize| {
            capitalised_run_start(doc, sentence.start, end).filter(|&start| {
                start > sentence.start
                    && g.place_named_as(
                        &key(doc, start..end),
                        &[PlaceKind::Country, PlaceKind::State],
                    )
                    .is_some()
            })
        };
        before == "at"
            && known_region_before(r.start - 1).is_some_and(|start| {
                let cue = doc.folded(start - 1);
                matches!(cue, "into" | "entered" | "enter" | "entering")
                    || (cue == "from"
                        && start >= sentence.start + 2
                        && (matches!(
                            doc.folded(start - 2),
                            "crossed" | "came" | "entered" | "arrived"
                        ) || known_region_before(start - 1)
                            .is_some_and(|first| doc.folded(first - 1) == "into")))
            })
    };
    if r.len() <= 2
        && matches!(before, "near" | "from" | "at" | "around")
        // ("fighting around Nasir in South Sudan": no one is around, a given name or not.)
        && (matches!(before, "near" | "around") || !g.is_given_name(doc.folded(r.start)))
        && !r.clone().any(|i| is_date_word(doc, i))
        && !in_a_name_told_before(doc, &r, out)
        && !written_after_a_given_name(g, doc, doc.folded(r.start))
        && (in_known_region() || entered_at())
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-in-region",
            0.6,
        );
        return;
    }
    // "at the crossing between Nimule and Elegu": the two ends of a way.
    if r.len() <= 3 && ends_of_a_way(g, doc, &r, sentence) && !in_a_name_told_before(doc, &r, out) {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "end-of-a-way",
            0.6,
        );
        return;
    }
    let words = r.len();
    if words > 5 || text.chars().any(|c| c.is_ascii_digit()) {
        return;
    }
    // Person by cue word before: "organizer Luis García", "activist Irineo Mujica".
    if g.is_trigger(TriggerKind::PersonCue, before)
        || (g.title(before).is_some() && !is_cap(doc, r.start - 1))
    {
        push(out, doc, si, r, untitled_person(), "cue-name", 0.7);
        return;
    }
    // "with his cousin, Chaltu Dinsa, who ...", "a broker in Moyale, Guyo Jattani,": a relative
    // or a role set before a name of two or three words, in apposition.
    if before == ","
        && (2..=3).contains(&words)
        && cue_in_apposition(g, doc, sentence.start, r.start - 1)
    {
        push(out, doc, si, r, untitled_person(), "cue-in-apposition", 0.7);
        return;
    }
    // "reached Vega A, a platform operated by ...", "landed on Korsa, a small island off ...":
    // an apposition whose noun is a landmark's.
    if after == ","
        && apposition_noun(doc, r.end, sentence, &["a", "an"], |t| {
            matches!(
                doc.folded(t),
                "platform" | "rig" | "island" | "islet" | "atoll" | "reef" | "sandbank"
            )
        })
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::Landmark),
            "appositive-landmark",
            0.6,
        );
        return;
    }
    if after == "," && town_in_apposition(g, doc, r.end, sentence) {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "appositive-town",
            0.6,
        );
        return;
    }
    // Appositive after: "X, a Venezuelan migrant", "X, 34, from Honduras", "X, a
    // 33-year-old bricklayer", "X, a former baseball coach". Not a name where a place is
    // expected: "a trader from Trou-du-Nord, who carried her two-year-old son", "the beach at
    // Blue Hills, the Turks and Caicos Islands Regiment said".
    let where_a_place_stands = LOCATIVES.contains(&before) && !g.is_given_name(doc.folded(r.start))
        || names_where(g, doc, &r, sentence);
    if after == "," && !where_a_place_stands && person_in_apposition(g, doc, &r, sentence, words) {
        push(out, doc, si, r, untitled_person(), "appositive-name", 0.7);
        return;
    }
    // Speaker: "X said", "said X", and "another member of the group, X, said": a name set
    // off by commas before the verb.
    let set_off_speaker = before == ","
        && after == ","
        && r.end + 1 < sentence.end
        && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(r.end + 1));
    // "A farmer who watched them come ashore below his melon field, Saidali Qodirov, put the
    // number at forty": the name set off after the person the sentence opens by describing.
    let named_after_description = before == ","
        && after == ","
        && r.start >= sentence.start + 4
        && matches!(doc.folded(sentence.start), "a" | "an" | "the")
        && (sentence.start + 1..sentence.start + 4).any(|t| names_someone(g, doc.folded(t)))
        && !(sentence.start + 1..r.start - 1).any(|t| doc.token_text(t) == ",");
    // "Feysal Yabarow, at 52 the oldest in the group, said": a name opening the sentence, an
    // apposition without a comma inside, then the verb.
    let speaks_after_apposition = r.start == sentence.start
        && after == ","
        && (r.end + 2..sentence.end.min(r.end + 14))
            .find(|&t| doc.token_text(t) == ",")
            .is_some_and(|t| {
                t + 1 < sentence.end && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t + 1))
            });
    let speech_after = g.is_trigger(TriggerKind::SpeechVerb, after)
        || set_off_speaker
        || named_after_description
        || speaks_after_apposition;
    let speech_before =
        g.is_trigger(TriggerKind::SpeechVerb, before) && r.start > sentence.start + 1;
    // "A volunteer who brought them water, Nesrine, said", "His wife, Rohima, said": one word
    // set off before the verb is a person's name after a described person when it is a given
    // name, or after someone's relative (not "The woman, Rosalía, said", a first name alone).
    let one_word_name = || {
        let noun_before = r.start >= sentence.start + 3 && {
            let noun = doc.folded(r.start - 2);
            names_someone(g, noun) && matches!(doc.folded(r.start - 3), "his" | "her" | "their")
        };
        (named_after_description && g.is_given_name(doc.folded(r.start)))
            || (set_off_speaker && noun_before)
    };
    if (speech_after || speech_before)
        && (words >= 2 || one_word_name())
        && !is_org_head(g, doc, r.end - 1)
        && !is_unit_head(g, doc, r.end - 1)
    {
        push(out, doc, si, r, untitled_person(), "speaker-name", 0.6);
        return;
    }
    // "rested in Bajo Chiquito", "spoke from Lajas Blancas": a name of two or three words, not
    // starting with a given name, where a place is expected, names a place the gazetteer lacks.
    let locative = names_a_place_after(g, before);
    // Not "criticism from López Obrador" (a surname the article writes after a given name
    // elsewhere), nor "in Arriaga Monday".
    // (Not "at City Hall": a building, no town.)
    let building = matches!(doc.folded(r.end - 1), "hall" | "house" | "building");
    if locative
        && (2..=3).contains(&words)
        && !building
        && !g.is_given_name(doc.folded(r.start))
        && !r.clone().any(|i| is_date_word(doc, i))
        && !written_after_a_given_name(g, doc, doc.folded(r.start))
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "locative-name",
            0.5,
        );
        return;
    }
    // "a migrant center in Corredores, just inside Costa Rica", "the beach at Fnideq", "a
    // trader from Ouanaminthe": one unknown word after "in", "near", "at" or "from" that ends
    // a clause names a town. (A word that modifies a noun after it, as in "in Facebook posts",
    // does not end one; nor does the end of a name that runs on through "in", as in "the
    // Alliance for Development in Democracy"; nor a body an apposition calls one, as in "staff
    // from Ofpra, France's asylum office".)
    // "moved to the hospital in Kittsee with signs of hypothermia": after a building's "in"
    // the clause may go on.
    // ("had left a beach near Minyeh for Cyprus": or a way on to a known place.)
    let way_on_to_a_place = || {
        r.end + 1 < sentence.end
            && matches!(doc.folded(r.end), "for" | "to" | "toward" | "towards")
            && is_cap(doc, r.end + 1)
            && g.place(doc.folded(r.end + 1)).is_some()
    };
    // ("worked as a mechanic in Jahra until his papers ran out": a clause of time after it.)
    let after_building = before == "in" && g.is_trigger(TriggerKind::FacilityNoun, before2);
    let clause_ends = r.end >= sentence.end
        || doc.tokens[r.end].kind == TokenKind::Punct
        || time_phrase_at(doc, r.end, sentence.end)
        || matches!(doc.folded(r.end), "until" | "till" | "before" | "because")
        || after_building
        || way_on_to_a_place();
    // ("the Foreigners' Registration Centre in Pabradė": a building's name ends before "in".)
    // (Not after a place's name: "from Croatia near Metlika"; but "the envoy of Brazil at
    // Inamparo's request" is someone's.)
    // ("Fishermen in Sayhut, farther west": not past a common noun the sentence's start
    // capitalises.)
    let opening_common_noun = r.start == sentence.start + 2
        && !g.is_given_name(doc.folded(sentence.start))
        && g.known_name(doc.folded(sentence.start)).is_none()
        && !is_acronym(doc.token_text(sentence.start));
    let name_runs_on = r.start >= sentence.start + 2
        && is_cap(doc, r.start - 2)
        && !opening_common_noun
        && !after_building
        && (possessive_after(doc, r.end - 1)
            || !out.iter().any(|m| {
                m.tokens.end + 1 == r.start
                    && matches!(
                        m.kind,
                        MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
                    )
            }));
    let word = doc.folded(r.start);
    // (The apposition right after the name: not "near Minyeh for Cyprus, the army said", nor
    // "joined them in Dirkou, the army said", where the body is who tells it.)
    let called_a_body = || {
        let window = r.end + 1..sentence.end.min(r.end + 6);
        r.end + 1 < sentence.end
            && doc.token_text(r.end) == ","
            && doc.folded(r.end + 1) != "where"
            && window
                .clone()
                .any(|t| g.is_trigger(TriggerKind::OrgHead, doc.folded(t)))
            // ("in Shehyni, Poland's Border Guard said": the verb a few words past a
            // possessive.)
            && !(window.start..sentence.end.min(r.end + 9))
                .any(|t| g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t)))
    };
    // "stopped in Dirkou to buy fuel": a purpose after the place ends its clause too.
    let purpose_after = r.end + 1 < sentence.end
        && doc.folded(r.end) == "to"
        && doc.tokens[r.end + 1].kind == TokenKind::Word
        && !is_cap(doc, r.end + 1);
    // "taken to Dirkou, where the agency runs a centre": a place the clause after says things
    // happen in.
    // (Not the short name of a place named in full before: "the Bardarash camp ... tents
    // to Bardarash, where".)
    let where_after = before == "to"
        && r.end + 1 < sentence.end
        && doc.token_text(r.end) == ","
        && doc.folded(r.end + 1) == "where"
        && !out
            .iter()
            .any(|m| m.tokens.len() > 1 && doc.folded(m.tokens.start) == doc.folded(r.start));
    // ("at the hospital in nearby Soverato": past a word for how near the place is.)
    let locative_before = if matches!(before, "nearby" | "neighbouring" | "neighboring") {
        before2
    } else {
        before
    };
    if words == 1
        && (matches!(locative_before, "in" | "near" | "at" | "from") || where_after)
        // ("A lifeboat from nearby Walmer met the boat": how near says a place, whatever
        // follows.)
        && (clause_ends || purpose_after || locative_before != before)
        && !called_a_body()
        && !name_runs_on
        && !g.is_given_name(word)
        && !is_date_word(doc, r.start)
        && !is_acronym(text)
        && !g.is_trigger(TriggerKind::OrgHead, word)
        && !g.is_trigger(TriggerKind::FunctionWord, word)
        && !written_after_a_given_name(g, doc, word)
        // ("a statement from Tunji-Ojo's office", after "Olubunmi Tunji-Ojo": a surname.)
        && !out.iter().any(|m| {
            matches!(m.kind, MentionKind::Person { .. })
                && m.rule != UNRESOLVED_NAME
                && m.text.split_whitespace().last() == Some(text)
        })
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "locative-town",
            0.4,
        );
        return;
    }
    // "took the train from Turin to Oulx": a name after a route's "to" from a place is a town.
    let from_place_to = before == "to"
        && r.len() <= 3
        && !g.is_given_name(word)
        && out.iter().any(|m| {
            matches!(
                m.kind,
                MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
            ) && m.tokens.end + 1 == r.start
                && m.tokens.start > sentence.start
                && doc.folded(m.tokens.start - 1) == "from"
        });
    if from_place_to {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-after-from-to",
            0.5,
        );
        return;
    }
    // Whether nothing about the name itself says it is no town's: no body set off after it, no
    // given name, date or acronym, no body's head, no surname of someone named.
    let may_be_a_town = |out: &[Mention]| {
        !called_a_body()
            && !g.is_given_name(word)
            && !is_date_word(doc, r.start)
            && !is_acronym(text)
            && !g.is_trigger(TriggerKind::OrgHead, doc.folded(r.end - 1))
            && !written_after_a_given_name(g, doc, word)
            && !in_a_name_told_before(doc, &r, out)
    };
    // "the beaches around Protaras and Ayia Napa": a name joined by "and" to a town named after
    // a locative, ending the clause, is another town.
    let listed_after_a_town = before == "and"
        && r.len() <= 3
        && clause_ends
        && out.iter().any(|m| {
            let town = match m.kind {
                MentionKind::KnownPlace(p) => g.places[p].kind == PlaceKind::City,
                MentionKind::NewPlace(kind) => kind == PlaceKind::City,
                _ => false,
            };
            town && m.tokens.end + 1 == r.start
                && m.tokens.start > sentence.start
                // (Not "between": "talks between Tripoli and Haftar" are two sides'.)
                && matches!(
                    doc.folded(m.tokens.start - 1),
                    "in" | "near" | "around" | "at" | "from"
                )
        });
    if listed_after_a_town && may_be_a_town(out) {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-listed-after-a-town",
            0.5,
        );
        return;
    }
    // "three of its ports, Kirkenes, Båtsfjord and Tromsø": a name that opens a list of two or
    // more known towns, and nothing else, is another town.
    if r.len() <= 2
        && r.end < sentence.end
        && doc.token_text(r.end) == ","
        && known_towns_listed_after(g, doc, r.end, sentence, out) >= 2
        && may_be_a_town(out)
    {
        let town = MentionKind::NewPlace(PlaceKind::City);
        push(out, doc, si, r, town, "town-listed-before-towns", 0.5);
        return;
    }
    // "they were driven east to Mbalaveni", "had flown to Ndola": a name that ends the clause
    // after a verb of carrying or travelling and its "to" is a town.
    if carried_to(g, doc, &r, sentence)
        && words <= 2
        && (clause_ends
            || matches!(
                after,
                "and" | "on" | "in" | "by" | "when" | "after" | "where"
            ))
        && may_be_a_town(out)
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-carried-to",
            0.5,
        );
        return;
    }
    // Otherwise a candidate for a later match against known people (surname-only references).
    push(out, doc, si, r, untitled_person(), UNRESOLVED_NAME, 0.0);
}

/// Whether the span follows "to" after a verb of carrying or travelling, a heading or a
/// word of when or how between ("driven east to", "flew to", "driven through the night to",
/// "driven by bus to"; not "went to", which may end at anyone).
fn carried_to(g: &Gazetteer, doc: &Doc, r: &Range<usize>, sentence: &Range<usize>) -> bool {
    if r.start < sentence.start + 2 || doc.folded(r.start - 1) != "to" {
        return false;
    }
    let word = |k: usize| {
        r.start
            .checked_sub(k)
            .filter(|&t| t >= sentence.start)
            .map_or("", |t| doc.folded(t))
    };
    let how = match [word(4), word(3), word(2)] {
        ["through" | "during" | "in", "the", "night" | "day"] => 3,
        [_, "by" | "on" | "at", _] if doc.tokens[r.start - 2].kind == TokenKind::Word => 2,
        [_, _, "overnight"] => 1,
        _ => 0,
    };
    if r.start < sentence.start + 2 + how {
        return false;
    }
    let mut verb = r.start - 2 - how;
    if crate::extract::is_compass_point(doc.folded(verb)) && verb > sentence.start {
        verb -= 1;
    }
    let v = doc.folded(verb);
    g.is_trigger(TriggerKind::CarryVerb, v)
        || (g.is_trigger(TriggerKind::TravelVerb, v)
            && !matches!(v, "go" | "goes" | "went" | "going"))
        // "They fled to Tabqa", "then drove east to Qamishli", "were moved to Xyz".
        || crate::extract::went_under_own_steam(v)
        || v == "moved"
}

/// Titles written in lower case before or after a name: "Mexico's foreign minister, Marcelo
/// Ebrard", "Marcelo Ebrard, Mexico's foreign minister", "El Paso mayor Oscar Leeser".
fn lowercase_titles(
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
fn office_with_word_before(
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
fn elided_title_holders(
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
fn past_title_modifiers(g: &Gazetteer, doc: &Doc, start: usize, sentence: &Range<usize>) -> usize {
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
fn leads_a_country(g: &Gazetteer, doc: &Doc, at: usize, sentence: &Range<usize>) -> bool {
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
fn countrys_body_at(
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
fn serves_a_civil_body(g: &Gazetteer, doc: &Doc, end: usize, sentence: &Range<usize>) -> bool {
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
fn head_of_body(
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
fn post_end(g: &Gazetteer, doc: &Doc, start: usize, sentence: &Range<usize>) -> Option<usize> {
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
fn lower_case_body_end(
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
fn demonym_post(
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
fn through_place_of_post(doc: &Doc, mut end: usize, sentence: &Range<usize>) -> usize {
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
fn heads_body(
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
fn known_body_at(
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
fn end_of_words(doc: &Doc, min: usize, mut end: usize) -> usize {
    while end > min && doc.folded(end - 1).is_empty() {
        end -= 1;
    }
    end
}

/// Where the office ends when the body's name at `end` is followed by one of its units: "head
/// of the UN refugee agency's Americas bureau", "head of the INM office in Chiapas".
fn unit_end(doc: &Doc, end: usize, sentence: &Range<usize>) -> usize {
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
fn title_holder(
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
fn office_text(doc: &Doc, span: Range<usize>) -> String {
    doc.span_text(span).replace(['"', '“', '”'], "")
}

pub(crate) fn is_quote_mark(doc: &Doc, t: usize) -> bool {
    matches!(doc.token_text(t), "\"" | "“" | "”")
}

/// The opening quotation mark of an office in quotation marks ('the "border czar," X',
/// 'Canada's "fentanyl czar" X'): a mark up to three lower-case words before the office, closed
/// right after it or after its comma.
fn quoted_title_opening(doc: &Doc, title: &Range<usize>, sentence: &Range<usize>) -> Option<usize> {
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
fn names_where(g: &Gazetteer, doc: &Doc, name: &Range<usize>, sentence: &Range<usize>) -> bool {
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
fn name_past_place_apposition(
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

fn name_span(
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
fn name_past_own_title(
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
fn is_rank(g: &Gazetteer, title: &str) -> bool {
    g.title(title).is_some_and(|t| g.titles[t].kind == "other")
}

/// ", a Honduran bricklayer", ", a 34-year-old nurse": an apposition at token `at` whose noun,
/// within four words, is a person's.
fn described_as_someone_after(
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
fn names_no_known_place_or_org(g: &Gazetteer, doc: &Doc, r: Range<usize>) -> bool {
    let k = key(doc, r);
    g.place(&k).is_none() && g.org(&k).is_none()
}

/// A capitalised personal name ending just before `end`.
fn name_end_span(
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

/// "US-Mexico border": both countries are places; the border is a landmark. The parts may be
/// written as separate tokens ("U.S." "-" "Mexico") and as demonyms ("the Costa
/// Rican-Panamanian border", where only the border is a place).
fn hyphenated_places(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    let joined = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    for i in sentence.clone() {
        if !is_cap(doc, i) {
            continue;
        }
        let t = doc.token_text(i);
        // "Haiti's Nord-Ouest department": one place's name, not two.
        if t.contains(['-', '–']) && g.place(&fold(t)).is_some() {
            continue;
        }
        // The pair's tokens and, for a pair inside one token, its parts.
        let (span, parts): (Range<usize>, Vec<&str>) = if t.contains(['-', '–']) {
            (i..i + 1, t.split(['-', '–']).collect())
        } else if i + 2 < sentence.end
            && doc.token_text(i + 1) == "-"
            && joined(i, i + 1)
            && joined(i + 1, i + 2)
            && is_cap(doc, i + 2)
        {
            (i..i + 3, vec![t, doc.token_text(i + 2)])
        } else {
            continue;
        };
        if parts.len() < 2 {
            continue;
        }
        let places: Vec<Option<usize>> = parts.iter().map(|p| g.place(&fold(p))).collect();
        // "the Juárez-Lincoln International Bridge": a landmark's name, not two places (but
        // "the U.S.-Mexico border" is between two).
        let word_after = |k: usize| {
            if span.end + k < sentence.end {
                doc.folded(span.end + k)
            } else {
                ""
            }
        };
        let heads = g.triggers(TriggerKind::LandmarkHead);
        let names_a_landmark = word_after(0) != "border"
            && (heads.contains(word_after(0))
                || (word_after(0) == "international" && heads.contains(word_after(1))));
        // "Nathaniel Brooks-Ocampo", then "Brooks-Ocampo said": a person's surname.
        if places.iter().all(Option::is_some)
            && span.len() == 1
            && !names_a_landmark
            && !ends_a_name_told_before(doc, &span, out)
        {
            for (p, part) in places.iter().flatten().zip(&parts) {
                push(
                    out,
                    doc,
                    si,
                    span.clone(),
                    MentionKind::KnownPlace(*p),
                    "hyphenated-place",
                    0.8,
                );
                // Each place is named by its own part ("Guatemala"), not the whole token.
                if let Some(mention) = out.last_mut() {
                    mention.text = part.to_string();
                }
            }
        }
        if span.end >= sentence.end || doc.folded(span.end) != "border" {
            continue;
        }
        // "Costa Rican": a first part may end a name that starts one word before.
        let mut first = span.start;
        let names_place = |part: &str| {
            let key = fold(part);
            g.place(&key).is_some() || g.demonym(&key).is_some()
        };
        if !names_place(parts[0]) && first > sentence.start && is_cap(doc, first - 1) {
            let longer = format!("{} {}", doc.token_text(first - 1), parts[0]);
            if names_place(&longer) {
                first -= 1;
            }
        }
        let all_named = parts[1..].iter().all(|p| names_place(p))
            && (names_place(parts[0]) || first < span.start);
        if all_named {
            push(
                out,
                doc,
                si,
                first..span.end + 1,
                MentionKind::NewPlace(PlaceKind::Landmark),
                "hyphenated-border",
                0.8,
            );
        }
    }
}

/// The title a capitalised plural names ("Governors" -> "Governor", "Secretaries" ->
/// "Secretary"), when its singular is a known title.
/// Asked of many capitalised words, so a word that is no such plural costs no string.
fn singular_title(g: &Gazetteer, doc: &Doc, i: usize) -> Option<String> {
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
fn plural_titles(
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
fn distributed_titles(
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
fn capitalised_run(doc: &Doc, from: usize, end: usize) -> Range<usize> {
    from..(from..end).find(|&t| !is_cap(doc, t)).unwrap_or(end)
}

/// Where the capitalised words that end just before `end` start, going back no further than
/// `start`; `None` when the word before `end` is not capitalised.
fn capitalised_run_start(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    (start..end).rev().take_while(|&t| is_cap(doc, t)).last()
}

/// "The foreign ministers of Colombia, Brazil and Peru, Ana Ruiz, Tomas Lugo and Rosa
/// Ibarra,": after the plural title at `i` and "of", a list of countries, then a list of as
/// many names; each name holds the title for the country at its place in the list.
fn respective_lists(
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
fn respectively_titled(
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
fn push_serving(
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

/// "the Zaatari camp", "the Nyakabande transit centre", "the Nakivale settlement": a camp named
/// in lower case after its capitalised name is run as a body, by the name and the head
/// together. (Not "the Syrian camp": a people's word names none; nor "the UNHCR transit
/// centre", a known body's.)
fn named_camps(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: Range<usize>,
    out: &mut Vec<Mention>,
) {
    for head in sentence.start + 2..sentence.end {
        let word = doc.folded(head);
        let kind_before = |t: usize| matches!(doc.folded(t), "refugee" | "transit" | "reception");
        let is_head = !is_cap(doc, head)
            && (matches!(word, "camp" | "settlement")
                || (matches!(word, "centre" | "center") && kind_before(head - 1)));
        if !is_head {
            continue;
        }
        let name_end = if kind_before(head - 1) && !is_cap(doc, head - 1) {
            head - 1
        } else {
            head
        };
        let Some(start) = capitalised_run_start(doc, sentence.start, name_end) else {
            continue;
        };
        // (Nor "the UNHCR transit centre", "a BGB camp": a body's own post.)
        let one_word = name_end - start == 1;
        let is_a_people = one_word && g.demonym(doc.folded(start)).is_some();
        let a_bodys = one_word && is_acronym(doc.token_text(start))
            || g.org(&key(doc, start..name_end)).is_some();
        if start == sentence.start || name_end - start > 3 || is_a_people || a_bodys {
            continue;
        }
        push(
            out,
            doc,
            si,
            start..head + 1,
            MentionKind::Org(None),
            "named-camp",
            0.6,
        );
    }
}

/// "ŞEMDİNLİ, Turkey — ... the gendarmerie said": a force named bare by its generic name, in
/// lower case, is the known one of that name of the country the story is filed from, or of the
/// state that holds the territory it is filed from ("SAINT-PHILIPPE, Réunion": France's).
fn story_country_bodies(g: &Gazetteer, doc: &Doc, out: &mut Vec<Mention>) {
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
fn local_councils(doc: &Doc, si: usize, sentence: Range<usize>, out: &mut Vec<Mention>) {
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
fn prefectures(doc: &Doc, si: usize, sentence: Range<usize>, out: &mut Vec<Mention>) {
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
fn lower_case_bodies(
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
fn governments(
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
const GOVERNMENT_OF_THE_MOMENT: &str = "government-of-the-moment";

/// The rule of a country's body told in lower case after its possessive ("Chad's refugee
/// agency"), which resolution joins to the body's own name in apposition after it.
pub const COUNTRY_LOWER_CASE_BODY: &str = "country-lower-case-body";

/// The rule of a government named by the person who leads it. The person is named there too
/// (a possessive is a mention of its owner), unlike in "the Biden administration".
pub const PERSONS_GOVERNMENT: &str = "persons-government";

/// Where "President Xiomara Castro's government", "President Ana Ruiz's government", "Chaves'
/// government" starts, the possessive ending at `name_end`: a person's name (a given name
/// first, or a title before it, which the name takes in).
fn persons_government(
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
fn office_holder_before(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, String)> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .map(|m| (m.text, format!("{:?}", m.kind)))
            .collect()
    }

    /// The texts of the mentions whose kind, as `kinds` writes it, starts with `kind`.
    fn texts_of_kind(text: &str, kind: &str) -> Vec<String> {
        kinds(text)
            .into_iter()
            .filter(|(_, k)| k.starts_with(kind))
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn a_body_s_name_listing_its_fields_is_whole_where_its_short_name_has_all_their_initials() {
        let text = "Notes\n\nThe Agency for Integration, Migration and Asylum (AIMA) said so.";
        assert!(texts_of_kind(text, "Org")
            .contains(&"Agency for Integration, Migration and Asylum".to_string()));
        // Not where the initials are another body's.
        let text = "Notes\n\nThe Agency for Integration, Migration and Asylum (UNHCR) said so.";
        assert!(!texts_of_kind(text, "Org")
            .contains(&"Agency for Integration, Migration and Asylum".to_string()));
    }

    #[test]
    fn a_body_named_after_the_hotline_or_group_is_one_again_when_named_alone() {
        let text = "Notes\n\nIn a recording the hotline, Alarm Phone, posted online, a man \
                    speaks. Alarm Phone said the line was poor.";
        assert_eq!(texts_of_kind(text, "Org"), ["Alarm Phone", "Alarm Phone"]);
        // Not one of the group, after a preposition.
        let text = "Notes\n\nAn Ethiopian in the group, Dawit Bekele, said he paid.";
        assert!(texts_of_kind(text, "Org").is_empty());
        assert!(texts_of_kind(text, "Person").contains(&"Dawit Bekele".to_string()));
        // Nor a name that owns what follows it.
        let text = "Notes\n\nHe spoke about the group, Skerrit's office said.";
        assert!(texts_of_kind(text, "Org").is_empty());
    }

    #[test]
    fn a_capitalised_compound_adjective_before_a_landmark_s_head_names_no_landmark() {
        let text = "Notes\n\nDominica is an English-speaking island of 70,000 people.";
        assert_none_of_kind(text, "NewPlace");
        // A compound between a name and the head is part of the landmark's name.
        let text = "Notes\n\nThey reached the Chirundu one-stop border post on Monday.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Chirundu one-stop border post"]
        );
        // Nor does a name after a determiner: it qualifies the head.
        for text in [
            "Notes\n\nThey unloaded cod in this Arctic port on Monday.",
            "Notes\n\nThey landed on an Aegean island on Monday.",
        ] {
            assert_none_of_kind(text, "NewPlace");
        }
    }

    #[test]
    fn a_place_written_in_two_languages_with_a_slash_is_one_name_but_not_two_known_ones() {
        let text = "Notes\n\nThey waited in Brennero/Brenner on Monday.";
        assert!(texts_of_kind(text, "NewPlace").contains(&"Brennero/Brenner".to_string()));
        let text = "Notes\n\nThey waited on the U.S./Mexico border on Monday.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["U.S.", "Mexico"]);
    }

    #[test]
    fn the_charge_of_a_division_s_officer_is_a_division() {
        for text in [
            "Notes\n\nThe district administrator of Barnow-Land walked the beach.",
            "Notes\n\nThe district commissioner for Barnow-Land walked the beach.",
        ] {
            assert_eq!(
                kinds(text)
                    .into_iter()
                    .filter(|(t, _)| t == "Barnow-Land")
                    .map(|(_, k)| k)
                    .collect::<Vec<_>>(),
                ["NewPlace(State)"],
                "{text}"
            );
        }
    }

    #[test]
    fn an_unknown_word_before_a_large_city_s_name_is_a_person_s_name_an_apposition_tells() {
        // (Safi is a Moroccan port of some 300,000.)
        let text = "Notes\n\nNoorullah Safi, the ministry's head of reception, said so.";
        assert!(texts_of_kind(text, "Person").contains(&"Noorullah Safi".to_string()));
        assert!(texts_of_kind(text, "KnownPlace").is_empty());
        // Without one, the city is the city.
        let text = "Notes\n\nThey sailed from Safi on Monday.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Safi"]);
    }

    #[test]
    fn a_place_named_again_where_nothing_says_so_is_still_the_place() {
        let text = "Landings\n\nVELMO, Northern Mariana Islands (AP) — Men who set out from \
                    Saipan came ashore here. Delegate Ana Ruiz will meet Gov. Arnold Palacios on \
                    Saipan next week.";
        assert_eq!(
            texts_of_kind(text, "KnownPlace"),
            ["Northern Mariana Islands", "Saipan", "Saipan"]
        );
        // Not a name the article never read as a place, nor someone's surname.
        let text = "Landings\n\nThey set out from Saipan. Gov. Arnold Saipan met them. Saipan \
                    said so.";
        let last = kinds(text).into_iter().rfind(|(t, _)| t == "Saipan");
        assert!(last.is_some_and(|(_, kind)| !kind.starts_with("KnownPlace")));
        let text = "Landings\n\nDelegate Ana Ruiz will meet Gov. Arnold Palacios on Saipan.";
        assert!(!texts_of_kind(text, "KnownPlace").contains(&"Saipan".to_string()));
    }

    #[test]
    fn a_place_s_name_in_another_s_nickname_names_no_place() {
        for text in [
            "Notes\n\nThey flew to Tromsø, the city that calls itself the Paris of the North.",
            "Notes\n\nThey flew to Beirut, once called the Paris of the Middle East.",
        ] {
            let places: Vec<String> = kinds(text)
                .into_iter()
                .filter(|(_, k)| k.contains("Place"))
                .map(|(t, _)| t)
                .collect();
            assert!(
                !places.iter().any(|p| p == "Paris" || p == "Middle East"),
                "{text}: {places:?}"
            );
            assert!(places.len() == 1, "{text}: {places:?}");
        }
        // Paris itself is still Paris.
        let text = "Notes\n\nThey flew to the Paris of their dreams, then to Lyon.";
        assert!(texts_of_kind(text, "KnownPlace").contains(&"Paris".to_string()));
    }

    #[test]
    fn a_name_that_opens_a_list_of_known_towns_is_a_town() {
        for (text, town) in [
            (
                "Ports\n\nThe boats may use three ports, Velmoskar, Tromsø and Bergen, to refuel.",
                "Velmoskar",
            ),
            // A town the story named before counts as known; so does a serial comma.
            (
                "Ports\n\nVELMOFJORD, Norway (AP) — Trawlers came in.\n\n\
                 They may use three ports, Kastrovik, Velmofjord, and Tromsø.",
                "Kastrovik",
            ),
        ] {
            assert!(
                texts_of_kind(text, "NewPlace(City)").contains(&town.to_string()),
                "{text}"
            );
        }
        // Not a list that holds something else or does not close, nor a given name.
        for text in [
            "Ports\n\nThe boats may use three ports, Velmoskar, Tromsø and the Red Cross base.",
            "Ports\n\nThe boats may use three ports, Velmoskar, Tromsø, Bergen.",
            "Ports\n\nThey thanked Maria, Tromsø and Bergen for the help.",
        ] {
            let towns = texts_of_kind(text, "NewPlace(City)");
            assert!(
                !towns.iter().any(|t| t == "Velmoskar" || t == "Maria"),
                "{text}: {towns:?}"
            );
        }
    }

    #[test]
    fn names_listed_after_a_plural_head_of_regions_are_regions() {
        let text = "Notes\n\nMost come from the nearby districts of Kapilvastu, Nawalparasi \
                    and Rupandehi.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(State)"),
            ["Kapilvastu", "Nawalparasi", "Rupandehi"]
        );
        // Not names listed after a head of towns.
        let text = "Notes\n\nMost come from the towns of Kapilvastu and Rupandehi.";
        assert_none_of_kind(text, "NewPlace(State)");
    }

    #[test]
    fn a_places_local_council_in_lower_case_is_a_body() {
        let text = "Notes\n\nThe Ras al-Ain local council said 412 had crossed.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Ras al-Ain local council"]
        );
        let text = "Notes\n\nShe met the chair of the Augšdaugava municipal council.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Augšdaugava municipal council"]
        );
        // Not a place's possessive, nor a council of no place.
        assert_none_of_kind("Notes\n\nKufra's municipal council said so.", "Org");
        assert_none_of_kind("Notes\n\nThe local council said so.", "Org");
    }

    #[test]
    fn a_name_before_land_is_a_region_not_the_town_of_the_name() {
        let text = "Notes\n\nThe boat drifted along the coast of Arnhem Land for a week.";
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Arnhem Land"]);
        assert_none_of_kind(text, "KnownPlace");
    }

    #[test]
    fn a_body_s_field_before_department_in_lower_case_names_a_body() {
        let text = "Notes\n\nThe men were flown out, the Home Affairs department said.";
        assert_eq!(texts_of_kind(text, "Org"), ["Home Affairs department"]);
        assert_none_of_kind(text, "NewPlace");
        // A name that is no field is still a region's.
        let text = "Notes\n\nThe boats left from the Vantabelo department.";
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Vantabelo"]);
    }

    /// The affiliations the people mentioned in `text` are read with, in order.
    fn affiliations_read(g: &Gazetteer, text: &str) -> Vec<Affiliation> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Person { affiliation, .. } => Some(affiliation),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// The names of the places that the officials of `text` serve.
    fn places_served<'g>(g: &'g Gazetteer, text: &str) -> Vec<&'g str> {
        affiliations_read(g, text)
            .into_iter()
            .filter_map(|a| match a {
                Affiliation::Place(p) => Some(g.places[p].name.as_str()),
                Affiliation::Org(_) => None,
            })
            .collect()
    }

    /// Fails, listing every mention, when `text` has a mention of a kind starting with `kind`.
    fn assert_none_of_kind(text: &str, kind: &str) {
        assert!(texts_of_kind(text, kind).is_empty(), "{:?}", kinds(text));
    }

    /// The gazetteer place the first mention written `name` is read as.
    fn place_read<'g>(
        g: &'g Gazetteer,
        text: &str,
        name: &str,
    ) -> Option<&'g crate::gazetteer::PlaceEntry> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(g, &doc)
            .into_iter()
            .find_map(|m| match m.kind {
                MentionKind::KnownPlace(p) if m.text == name => Some(&g.places[p]),
                _ => None,
            })
    }

    /// The gazetteer place a text reads `name` as, which it must know.
    fn known_place<'g>(
        g: &'g Gazetteer,
        text: &str,
        name: &str,
    ) -> &'g crate::gazetteer::PlaceEntry {
        place_read(g, text, name).unwrap_or_else(|| panic!("{name} is a known place"))
    }

    #[test]
    fn a_name_both_a_region_and_its_capital_is_the_region_where_the_words_say_so() {
        let g = Gazetteer::builtin();
        let kind_of = |text: &str, name: &str| place_read(&g, text, name).map(|p| p.kind);
        // Alone, the capital...
        let text = "X\n\nThe group took buses from Tarija to the border.";
        assert_eq!(kind_of(text, "Tarija"), Some(PlaceKind::City));
        // ...after an office, the region...
        let text = "X\n\nThe governor of Tarija, Ana Quispe, spoke on Monday.";
        assert_eq!(kind_of(text, "Tarija"), Some(PlaceKind::State));
        let text = "X\n\nThe prefect of Tumbes spoke on Monday.";
        assert_eq!(kind_of(text, "Tumbes"), Some(PlaceKind::State));
        // ...and listed with regions, the region.
        let text = "X\n\nMost came from Cortés, Yoro and Olancho, the poorest departments.";
        assert_eq!(kind_of(text, "Yoro"), Some(PlaceKind::State));
        let text = "X\n\nMost came from Yoro and Olancho.";
        assert_eq!(kind_of(text, "Yoro"), Some(PlaceKind::State));
        // (A city named like a region of its own country, beside another region of it.)
        let text = "X\n\nThe sector covers northern New York, Vermont and New Hampshire.";
        assert_eq!(kind_of(text, "New York"), Some(PlaceKind::State));
        let text = "X\n\nThey were bused to New York and Chicago.";
        assert_eq!(kind_of(text, "New York"), Some(PlaceKind::City));
        // Told a city, the city, though the region is read elsewhere...
        let kinds_of = |text: &str, name: &str| -> Vec<PlaceKind> {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc)
                .into_iter()
                .filter_map(|m| match m.kind {
                    MentionKind::KnownPlace(p) if m.text == name => Some(g.places[p].kind),
                    _ => None,
                })
                .collect()
        };
        let text = "X\n\nThey crossed Loja province and rested in the city of Loja.";
        assert_eq!(kinds_of(text, "Loja"), [PlaceKind::State, PlaceKind::City]);
        // ...and in apposition to "capital".
        let text = "X\n\nSalta Gov. Ana Quispe will meet him in the provincial capital, Salta.";
        assert_eq!(kinds_of(text, "Salta"), [PlaceKind::State, PlaceKind::City]);
        // (A city's own full name there leaves the bare name to the state.)
        let text = "X\n\nThey met in the state capital, Oaxaca de Juárez, then left Oaxaca.";
        assert_eq!(kind_of(text, "Oaxaca"), Some(PlaceKind::State));
    }

    #[test]
    fn a_town_name_run_on_by_de_is_a_longer_town_but_a_person_s_name_stays_a_person_s() {
        let new_towns = |text: &str| texts_of_kind(text, "NewPlace(City)");
        assert_eq!(
            new_towns("X\n\nThe boat reached the port of San Sebastián de la Gomera on Tuesday."),
            ["San Sebastián de la Gomera"]
        );
        // With no word around it to tell a place, still a town, not a name of no one.
        assert_eq!(
            new_towns("X\n\nThe migrants will be taken by boat to El Real de Santa María."),
            ["El Real de Santa María"]
        );
        for person in [
            "X\n\nBaja California Gov. Marina del Pilar Ávila Olmeda spoke on Tuesday.",
            "X\n\nThe consul, Juan Camilo Restrepo de la Cruz, spoke on Tuesday.",
        ] {
            assert_none_of_kind(person, "NewPlace");
            assert!(
                !texts_of_kind(person, "Person").is_empty(),
                "{:?}",
                kinds(person)
            );
        }
    }

    #[test]
    fn lagoons_and_reefs_are_landmarks_and_ranks_of_police_and_navy_are_titles() {
        assert_eq!(
            texts_of_kind(
                "X\n\nThe boat landed on the Caratasca Lagoon after it hit Hogsty Reef.",
                "NewPlace(Landmark)"
            ),
            ["Caratasca Lagoon", "Hogsty Reef"]
        );
        let title_of = |text: &str, name: &str| {
            kinds(text)
                .into_iter()
                .find(|(t, _)| t == name)
                .map(|(_, k)| k)
                .unwrap_or_default()
        };
        let text = "X\n\nAna Pérez, the naval commander in the Mosquitia region, said so.";
        assert!(
            title_of(text, "Ana Pérez").contains("title: Some(\"commander\")"),
            "{:?}",
            kinds(text)
        );
        let text = "X\n\nLuis Mora, an assistant commissioner of the police, said so.";
        assert!(
            title_of(text, "Luis Mora").contains("title: Some(\"assistant commissioner\")"),
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn a_sea_named_bare_is_a_place_unless_it_tells_which_shore_or_crossing() {
        assert_eq!(
            texts_of_kind(
                "X\n\nThe dinghy drifted in the Aegean before the boat crossed the Atlantic.",
                "KnownPlace"
            ),
            ["Aegean", "Atlantic"]
        );
        for text in [
            "X\n\nPolice stopped 2,000 people on the Aegean coast.",
            "X\n\nThe route is shorter than the Atlantic crossing.",
            "X\n\nSmuggling grew along the Pacific coast.",
        ] {
            assert_none_of_kind(text, "KnownPlace");
        }
        // Nor is it a small town of the story's country ("Pacific", Missouri).
        let g = Gazetteer::builtin();
        let text = "X\n\nHONOLULU (AP) - The U.S. Coast Guard said the boat crossed the Pacific.";
        assert_eq!(known_place(&g, text, "Pacific").name, "Pacific Ocean");
        // Written with its head word, the sea is named whatever follows.
        assert_eq!(
            texts_of_kind(
                "X\n\nThey made the Aegean Sea crossing at night.",
                "KnownPlace"
            ),
            ["Aegean Sea"]
        );
    }

    #[test]
    fn a_world_region_before_a_word_for_a_shore_names_no_place() {
        assert_none_of_kind(
            "X\n\nThe boat sailed up the Caribbean coast from Bilwi.",
            "KnownPlace",
        );
        assert_eq!(
            texts_of_kind("X\n\nThe boat sailed across the Caribbean.", "KnownPlace"),
            ["Caribbean"]
        );
        // Nor an ocean's name before a word for land.
        assert_none_of_kind(
            "X\n\nIt was the first landing on the French Indian Ocean island this year.",
            "NewPlace",
        );
        assert_eq!(
            texts_of_kind(
                "X\n\nThe boat drifted in the Indian Ocean for days.",
                "NewPlace"
            ),
            ["Indian Ocean"]
        );
    }

    #[test]
    fn uruguay_s_departments_are_regions_but_its_capital_is_the_city() {
        let g = Gazetteer::builtin();
        let text = "X\n\nBELLA UNION, Uruguay (EFE) — The town lies in the department of \
                    Artigas. Buses left for Montevideo.";
        assert_eq!(known_place(&g, text, "Artigas").kind, PlaceKind::State);
        assert_eq!(known_place(&g, text, "Montevideo").kind, PlaceKind::City);
    }

    #[test]
    fn a_region_read_by_its_head_is_the_one_of_the_story_s_country() {
        let g = Gazetteer::builtin();
        let country = |text: &str| known_place(&g, text, "Sucre").country.clone();
        let text = "X\n\nGÜIRIA, Venezuela (AP) — A worker in this town in the state of Sucre \
                    counted them.";
        assert_eq!(country(text).as_deref(), Some("VE"));
        let text =
            "X\n\nSINCELEJO, Colombia (AP) — Police in the department of Sucre counted them.";
        assert_eq!(country(text).as_deref(), Some("CO"));
    }

    #[test]
    fn a_body_s_name_joined_by_and_opens_on_the_country_before_its_field() {
        let text =
            "Notes.\n\nThe beach is run by the U.S. Fish and Wildlife Service, which said so.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["U.S. Fish and Wildlife Service"],
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn sea_rescue_and_police_bodies_of_other_routes_are_known_by_their_own_names() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "Boat\n\nSalvamento Marítimo counted 16 and the Guardia Civil 18. In Jamaica, the \
             Passport, Immigration and Citizenship Agency interviews them.",
            g.cleaner(),
        );
        let bodies: Vec<(String, Option<String>)> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Org(Some(o)) => {
                    Some((g.orgs[o].name.clone(), g.orgs[o].country.clone()))
                }
                _ => None,
            })
            .collect();
        for (name, country) in [
            ("Salvamento Marítimo", "ES"),
            ("Guardia Civil", "ES"),
            ("Passport, Immigration and Citizenship Agency", "JM"),
        ] {
            assert!(
                bodies.contains(&(name.to_string(), Some(country.to_string()))),
                "{bodies:?}"
            );
        }
    }

    #[test]
    fn an_office_s_holder_is_named_past_an_apposition_telling_what_its_place_is() {
        let found = titled(
            "Beach\n\nThe mayor of Ses Salines, the municipality that includes the village of \
             Colonia de Sant Jordi, Joana Mesquida, met the police chief on Wednesday.",
        );
        assert!(
            found
                .iter()
                .any(|(name, title, _)| name == "Joana Mesquida" && title == "mayor"),
            "{found:?}"
        );
        // Or what the office is, as someone's representative.
        let found = titled(
            "Island\n\nThe delegate of Kerkennah, the central government's representative on \
             the islands, Adel Karray, said so.",
        );
        assert!(
            found
                .iter()
                .any(|(name, title, _)| name == "Adel Karray" && title == "delegate"),
            "{found:?}"
        );
        // Or what its body is.
        let found = titled(
            "Talks\n\nThe minister held a call with the executive director of Frontex, the EU \
             border agency, Hans Leijtens, on Monday.",
        );
        assert!(
            found.iter().any(|(name, _, _)| name == "Hans Leijtens"),
            "{found:?}"
        );
        // Without a comma after it, the name after the apposition is not set off as a holder.
        let found = titled(
            "Beach\n\nThe mayor of Ses Salines, the town next to Colonia de Sant Jordi, Joana \
             Mesquida and her deputy said.",
        );
        assert!(
            found.iter().all(|(name, _, _)| name != "Joana Mesquida"),
            "{found:?}"
        );
    }

    #[test]
    fn an_office_serves_the_land_its_government_or_force_is_named_by() {
        for (text, name) in [
            (
                "Talks\n\nHe spoke with Osama Hammad, the prime minister of the administration \
                 based in eastern Libya, on Tuesday.",
                "Osama Hammad",
            ),
            (
                "Talks\n\nKhalifa Haftar, the commander whose Libyan National Army controls the \
                 east, is expected in Cairo.",
                "Khalifa Haftar",
            ),
            (
                "Talks\n\nHe was to meet the interior minister of the Tripoli-based government, \
                 Emad Trabelsi.",
                "Emad Trabelsi",
            ),
        ] {
            let found = titled(text);
            assert!(
                found
                    .iter()
                    .any(|(n, _, places)| n == name && places == &["Libya"]),
                "{found:?}"
            );
        }
        // "The governor, X": the governor the story named a sentence before.
        let found = titled(
            "Talks\n\nThe governor of Matrouh said buses would come. The governor, Ana Ruiz, \
             met the convoy with a consul from Benghazi.",
        );
        assert!(
            found
                .iter()
                .any(|(n, _, places)| n == "Ana Ruiz" && places == &["Matrouh"]),
            "{found:?}"
        );
        // So is the one written with the place's possessive.
        let found = titled(
            "Talks\n\nChaman's deputy commissioner met the consul on Wednesday. The deputy \
             commissioner, Ana Ruiz, said the crossing would stay open.",
        );
        assert!(
            found
                .iter()
                .any(|(n, _, places)| n == "Ana Ruiz" && places == &["Chaman"]),
            "{found:?}"
        );
        // Past a word that qualifies the office.
        let found = titled(
            "Talks\n\nThe minister and Cameroon's honorary consul in Lagos walked the hall. The \
             consul, Ana Ruiz, said most would stay.",
        );
        assert!(
            found
                .iter()
                .any(|(n, _, places)| n == "Ana Ruiz" && places == &["Cameroon"]),
            "{found:?}"
        );
        // And the one written with a body's possessive serves the body.
        let g = Gazetteer::builtin();
        let read = affiliations_read(
            &g,
            "Talks\n\nUNHCR's representative in Rwanda toured the camp. The representative, \
             Ana Ruiz, said the agency would help.",
        );
        assert_eq!(read, [Affiliation::Org(g.org("unhcr").expect("UNHCR"))]);
        // Not past the apposition's end.
        let found = titled(
            "Talks\n\nHe met Ana Ruiz, the minister of the administration, in eastern Libya.",
        );
        assert!(
            found.iter().all(|(_, _, places)| places.is_empty()),
            "{found:?}"
        );
    }

    #[test]
    fn a_rank_in_apposition_serves_the_country_of_the_role_written_before_it() {
        for (text, country) in [
            (
                "Talks\n\nHe spoke with the leader of Mali's military government, Colonel \
                 Assimi Goita, on Monday.",
                "Mali",
            ),
            (
                "Talks\n\nHe spoke with Niger's leader, General Abdourahamane Tiani.",
                "Niger",
            ),
        ] {
            let found = titled(text);
            assert!(
                found.iter().any(|(_, _, places)| places == &[country]),
                "{found:?}"
            );
        }
        // A role of no country leaves the rank's country to the article.
        let found = titled("Talks\n\nHe spoke with the leader of the group, Colonel Ana Ruiz.");
        assert!(
            found.iter().all(|(_, _, places)| places.is_empty()),
            "{found:?}"
        );
    }

    #[test]
    fn a_minister_s_or_commissioner_s_fields_may_be_listed_by_commas_before_the_name() {
        assert_eq!(
            titled(
                "Camp\n\nMinister for Relief, Disaster Preparedness and Refugees Hilary Onek \
                 visited on Wednesday."
            ),
            [one(
                "Hilary Onek",
                "Minister for Relief, Disaster Preparedness and Refugees",
                &[]
            )]
        );
        let found = titled(
            "Talks\n\nHe met the European Commissioner for Internal Affairs and Migration, \
             Magnus Brunner, on Wednesday.",
        );
        assert!(
            matches!(found.as_slice(), [(name, title, places)]
                if name == "Magnus Brunner"
                    && title == "Commissioner for Internal Affairs and Migration"
                    && places.iter().any(|p| p == "European Union")),
            "{found:?}"
        );
        // A comma with no "and" after it ends the field.
        assert_eq!(
            titled("Talks\n\nThe Minister of Interior, Ana Ruiz, spoke."),
            [one("Ana Ruiz", "Minister of Interior", &[])]
        );
    }

    /// Offices of aid agencies, of Canada's rural municipalities and of India's autonomous
    /// district councils, in apposition.
    #[test]
    fn a_child_protection_officer_a_reeve_and_a_chief_executive_member_are_offices() {
        let found = titled(
            "Talks\n\nAna Ruiz, a child protection officer for UNICEF in Quito, said so. The \
             reeve of Hanover, Tom Kroeker, agreed. So did the chief executive member of the \
             Mara Autonomous District Council, K. Beihrawng.",
        );
        assert_eq!(
            names_and_titles(&found),
            [
                ("Ana Ruiz", "child protection officer"),
                ("Tom Kroeker", "reeve"),
                ("K. Beihrawng", "chief executive member")
            ]
        );
    }

    /// An expert's remit follows "on", as an envoy's may.
    #[test]
    fn a_rapporteur_on_a_remit_is_an_office() {
        let found = titled(
            "Talks\n\nThe U.N. special rapporteur on the human rights of migrants, Ana Ruiz, \
             said so.",
        );
        assert!(
            found.iter().any(|(name, title, places)| name == "Ana Ruiz"
                && title == "U.N. special rapporteur"
                && places.iter().any(|p| p == "United Nations")),
            "{found:?}"
        );
    }

    #[test]
    fn a_possessive_before_a_word_for_a_bay_or_a_well_is_one_place_s_name() {
        let text = "Boat\n\nThey were taken to Abraham's Bay, the island's main settlement.";
        assert_eq!(texts_of_kind(text, "NewPlace"), ["Abraham's Bay"]);
        // A known place owns what follows it.
        let text = "Boat\n\nThey were taken to Mexico's Bay of Campeche.";
        assert!(
            !texts_of_kind(text, "NewPlace").contains(&"Mexico's Bay".to_string()),
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn an_office_in_apposition_may_be_the_first_or_second_of_its_kind() {
        let found = titled(
            "Talks\n\nThe fighting spread after Riek Machar, the first vice president, was \
             placed under arrest.",
        );
        assert!(
            matches!(found.as_slice(), [(name, title, _)]
                if name == "Riek Machar" && title == "vice president"),
            "{found:?}"
        );
    }

    #[test]
    fn two_offices_then_their_holders_respectively_hold_them_in_order() {
        let found = titled(
            "Beach\n\nThe mayor of Nijar and the central government's subdelegate in \
             Almeria, Esperanza Marin and Joaquin Robles respectively, visited the beach.",
        );
        assert_eq!(
            names_and_titles(&found),
            [
                ("Esperanza Marin", "mayor"),
                ("Joaquin Robles", "subdelegate")
            ]
        );
    }

    #[test]
    fn a_country_s_leader_holds_its_office_but_a_caravan_s_leader_holds_none() {
        assert_eq!(
            titled("Talks\n\nThe king will receive Syria's new leader, Ahmed al-Sharaa."),
            [one("Ahmed al-Sharaa", "leader", &["Syria"])]
        );
        assert_eq!(
            titled("Talks\n\nChinese leader Xi Jinping spoke on Tuesday."),
            [one("Xi Jinping", "Chinese leader", &["China"])]
        );
        assert!(
            titled("Road\n\nThe caravan leader, Luis Lopez, said they would go on.").is_empty()
        );
        assert!(titled("Road\n\nThe community leader Ana Ruiz said so.").is_empty());
    }

    #[test]
    fn an_administration_of_the_moment_is_told_by_its_seat_unless_inside_a_title() {
        assert_eq!(
            texts_of_kind(
                "Notes.\n\nThe new administration in Damascus has said it welcomes them.",
                "Org"
            ),
            ["new administration in Damascus"]
        );
        assert_none_of_kind(
            "Notes.\n\nHe met Ana Ruiz, the head of the new administration in Damascus.",
            "Org",
        );
        // A government told by its seat, with or without a word for its level.
        for (text, body) in [
            (
                "Notes.\n\nThe camps, which the government in Baghdad wants emptied, are full.",
                "government in Baghdad",
            ),
            (
                "Notes.\n\nThey asked the federal government in Baghdad for help.",
                "federal government in Baghdad",
            ),
        ] {
            assert_eq!(texts_of_kind(text, "Org"), [body], "{text}");
        }
        // Not inside an office's name.
        assert_none_of_kind(
            "Notes.\n\nThe subdelegate of the government in Almería said so.",
            "Org",
        );
    }

    #[test]
    fn a_small_town_s_name_before_crossing_is_the_crossing_and_one_a_region_includes_is_a_town() {
        let text = "Notes.\n\nThey crossed back through the Islam Qala crossing on Monday.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Islam Qala crossing"]
        );
        // So is South Asia's "checkpost".
        let text = "Notes.\n\nThey were handed back at the Akhaura checkpost on Sunday.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Akhaura checkpost"]
        );
        // And before "border post", with a hyphenated word qualifying it.
        let text = "Notes.\n\nThey were stopped at the Chirundu one-stop border post.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Chirundu one-stop border post"]
        );
        // A city's name before "crossing" stays the city's.
        let text = "Notes.\n\nThey waited at the Nogales crossing on Monday.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Nogales"]);
        // A small town stands where a place must: after "which includes", after "toward".
        let text = "Notes.\n\nThe prefect of Assoungha department, which includes Adré, spoke. \
                    They walked toward Mocha.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Adré", "Mocha"]);
    }

    #[test]
    fn a_title_in_apposition_is_not_given_to_a_possessive_past_the_phrase_after_it() {
        let found = titled(
            "Notes\n\nOaxaca Governor Ana Tellechea Peña met Tomás Lira Vega, the head of the \
             National Migration Institute, in Oaxaca City on Monday to discuss buses for the \
             caravan, Tellechea's office said.",
        );
        let holders = names_and_titles(&found);
        assert!(
            holders.contains(&(
                "Tomás Lira Vega",
                "head of the National Migration Institute"
            )),
            "{found:?}"
        );
        assert!(
            !holders.iter().any(|&(name, _)| name == "Tellechea"),
            "{found:?}"
        );
    }

    #[test]
    fn a_body_known_by_another_country_s_generic_name_after_a_demonym_is_a_body_of_its_own() {
        let text = "Boat\n\nThe Dutch Caribbean Coast Guard said so.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Dutch Caribbean Coast Guard"]
        );
        // The country the gazetteer gives it: the known body.
        let text = "Boat\n\nThe U.S. Coast Guard said so.";
        assert_none_of_kind(text, "Org(None)");
        // A town before it, though the gazetteer's town of the name is abroad, is the body's
        // own (Altona, Manitoba, not Hamburg's Altona).
        let text = "Boat\n\nThe commander of the Altona RCMP detachment said so.";
        assert_none_of_kind(text, "Org(None)");
    }

    #[test]
    fn a_nation_s_society_of_a_movement_is_named_whole_as_the_movement() {
        let text = "Boat\n\nThe Egyptian Red Crescent and the Cambodian Red Cross sent water.";
        let orgs: Vec<_> = kinds(text)
            .into_iter()
            .filter(|(_, k)| k.starts_with("Org(Some"))
            .map(|(t, _)| t)
            .collect();
        assert_eq!(orgs, ["Egyptian Red Crescent", "Cambodian Red Cross"]);
        assert!(
            texts_of_kind(text, "Demonym").is_empty(),
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn county_before_a_name_is_the_county_not_the_town() {
        let text = "Border\n\nDundalk is the largest town in County Louth, near the border.";
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["County Louth"]);
        // A county's office is still an office.
        let text = "Border\n\nCounty Judge Ana Ruiz said the bridge would reopen.";
        assert_none_of_kind(text, "NewPlace(State)");
    }

    #[test]
    fn a_region_named_by_a_head_then_of_is_read_whole() {
        let g = Gazetteer::builtin();
        let text = "Route\n\nThe crossing from the Horn of Africa to Yemen is busy.";
        let read = place_read(&g, text, "Horn of Africa").map(|p| p.name.as_str());
        assert_eq!(read, Some("Horn of Africa"));
    }

    #[test]
    fn a_small_town_after_as_far_as_is_the_town() {
        let town = |text: &str| {
            kinds(text)
                .iter()
                .any(|(t, k)| t == "Arriaga" && k.starts_with("KnownPlace"))
        };
        let text = "Truck\n\nThe driver was paid to take the load as far as Arriaga, to the west.";
        assert!(town(text), "{:?}", kinds(text));
        // Not a comparison with someone of the name.
        let text = "Truck\n\nShe worked as long as Arriaga did.";
        assert!(!town(text), "{:?}", kinds(text));
    }

    #[test]
    fn the_two_ends_of_a_way_named_between_are_towns() {
        let text = "Border\n\nThe officials met at the crossing between Nimbara and Elgoru on \
                    Wednesday.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Nimbara", "Elgoru"]);
        // Not people talking.
        let text = "Border\n\nThe talks between Nimbara and Elgoru went on.";
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn an_unknown_town_told_by_its_distance_its_side_or_its_capital_is_a_town() {
        for (text, town) in [
            (
                "Truck\n\nThe route is Escarvana, about 60 kilometers to the north.",
                "Escarvana",
            ),
            (
                "Border\n\nThey crossed into Brazil at Inamparo last year.",
                "Inamparo",
            ),
            (
                "Border\n\nThey walked toward Atabaq, the provincial capital, on Tuesday.",
                "Atabaq",
            ),
            (
                "Border\n\nThey hid in the hills above Vatharo, the island's main town.",
                "Vatharo",
            ),
            (
                "Boat\n\nIt was towed to the harbour of Lendaro on Tuesday.",
                "Lendaro",
            ),
            (
                "Boat\n\nIt was towed to Lendaro, another village on the coast.",
                "Lendaro",
            ),
            (
                "Border\n\nThey went by minibus to Albiraa, on the other bank of the river.",
                "Albiraa",
            ),
            (
                "Boat\n\nThe boat took them to Orzalo, on the northern tip of Lanzarote.",
                "Orzalo",
            ),
            (
                "Boat\n\nFamilies had left Talaimarro, on Sri Lanka's Mannar island.",
                "Talaimarro",
            ),
            (
                "Truck\n\nIt had crossed into Austria from Hungary at Bezenyor an hour earlier.",
                "Bezenyor",
            ),
            ("Truck\n\nThey came from Hungary at Bezenyor.", "Bezenyor"),
            (
                "Border\n\nThey fled the fighting around Nasir in South Sudan's Upper Nile state.",
                "Nasir",
            ),
            (
                "Truck\n\nFive were moved to the hospital in Pamhagor with signs of hypothermia.",
                "Pamhagor",
            ),
            // Opening on a given name, but called a village.
            (
                "Border\n\nThey were taken by truck to Mae Usu, a village 20 km to the south.",
                "Mae Usu",
            ),
            // After a locative right after a country's name.
            (
                "Border\n\nThey crossed from Croatia near Velmika last week.",
                "Velmika",
            ),
            // Opening on a given name, but near it.
            (
                "Border\n\nThey crossed the border near Maria Velmo and slept.",
                "Maria Velmo",
            ),
            // Joined by "and" to a town after a locative.
            (
                "Boat\n\nThey made for the beaches around Protaras and Velmo Kato.",
                "Velmo Kato",
            ),
            // One word after "near", before the way on to a known place.
            (
                "Boat\n\nThe boat had left a beach near Minyeh for Cyprus, the army said.",
                "Minyeh",
            ),
            // Opening on a given name, but on one side of a border.
            (
                "Border\n\nThey set out on foot from Wadi Sarra, on the Sudanese side.",
                "Wadi Sarra",
            ),
        ] {
            assert_eq!(texts_of_kind(text, "NewPlace(City)"), [town], "{text}");
        }
        // Not someone's distance run, nor a person met at a border, nor someone from a town.
        for text in [
            "Race\n\nHe beat Escarvana, who ran 60 kilometers on Sunday.",
            "Border\n\nThey were led by Thandor Lhungar, a pastor from a Kuki village.",
            "Border\n\nThey met the envoy of Brazil at Inamparo's request.",
            "Truck\n\nThe envoy from Hungary at Bezenyor's request spoke.",
            "Truck\n\nThe nurse in Pamhagor with signs of hypothermia.",
            "Border\n\nThey got a call from Nasir in Kabul.",
            "Border\n\nShe stayed in Tapachula and Ortega drove on to Oaxaca.",
            "Border\n\nThey met near Maria Velmo's house.",
        ] {
            assert_none_of_kind(text, "NewPlace");
        }
    }

    #[test]
    fn a_stretch_of_sands_is_a_landmark() {
        let text = "Boat\n\nThe boat ran onto the sand at Velmo Sands at dawn.";
        assert_eq!(texts_of_kind(text, "NewPlace(Landmark)"), ["Velmo Sands"]);
        // A river's delta, its head written small or not.
        let text = "Boat\n\nThe navy stopped it at the tip of the Velmo delta at dawn.";
        assert_eq!(texts_of_kind(text, "NewPlace(Landmark)"), ["Velmo delta"]);
    }

    #[test]
    fn a_platform_or_an_island_the_gazetteer_lacks_is_a_landmark() {
        for (text, landmarks) in [
            (
                "Boat\n\nThey reached Vega A, a platform operated by a firm, and Korsa, a \
                 small island off the coast.",
                &["Vega A", "Korsa"][..],
            ),
            (
                "Boat\n\nThe boat had left the Indonesian island of Karamunda on Monday.",
                &["Karamunda"],
            ),
            // A shore's place, whatever given name it starts with.
            (
                "Boat\n\nThey ran aground on the north coast of Rosa Vella on Monday.",
                &["Rosa Vella"],
            ),
        ] {
            assert_eq!(
                texts_of_kind(text, "NewPlace(Landmark)"),
                landmarks,
                "{text}"
            );
        }
        // Not a person described by where she works, nor a body named after an island.
        for text in [
            "Boat\n\nThey met Vega Arce, a nurse on the island.",
            "Boat\n\nThe Prince Island of Karamunda Company said so.",
        ] {
            assert_none_of_kind(text, "NewPlace(Landmark)");
        }
        // "island of X province": the province's name, a region.
        let text = "Boat\n\nThey reached the largest island of Tamura province.";
        assert_none_of_kind(text, "NewPlace(Landmark)");
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Tamura province"]);
    }

    #[test]
    fn a_town_s_corporation_is_a_body_not_a_place() {
        let text = "Border\n\nThey met the chairman of the Princes Town Regional Corporation.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Princes Town Regional Corporation"],
            "{:?}",
            kinds(text)
        );
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn armed_groups_are_bodies_not_states() {
        let text = "Border\n\nThey fled the Islamic State group's rule in 2014, and HTS took \
                    Damascus.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Islamic State group", "HTS"],
            "{:?}",
            kinds(text)
        );
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn operations_consortiums_presidencies_and_rangers_are_bodies() {
        for (text, body) in [
            (
                "Boat\n\nThey will be managed under Operation Sovereign Borders, the policy.",
                "Operation Sovereign Borders",
            ),
            (
                "Boat\n\nThe Italian Consortium of Solidarity runs the centre.",
                "Italian Consortium of Solidarity",
            ),
            (
                "Boat\n\nThe Presidency of Migration Management said 90 had left.",
                "Presidency of Migration Management",
            ),
            (
                "Boat\n\nThe Pakistan Rangers opened the gate.",
                "Pakistan Rangers",
            ),
        ] {
            assert!(
                texts_of_kind(text, "Org").contains(&body.to_string()),
                "{:?}",
                kinds(text)
            );
        }
        // Not a word alone in lower case.
        assert_none_of_kind("Boat\n\nThe operation ended at dawn.", "Org");
    }

    #[test]
    fn a_title_word_before_a_body_s_field_alone_names_the_body() {
        let text = "Border\n\nThe head of General Security's post at the crossing spoke.";
        assert_eq!(texts_of_kind(text, "Org(None)"), ["General Security"]);
        assert!(
            !kinds(text)
                .iter()
                .any(|(t, k)| t.contains("Security") && k.starts_with("Person")),
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn an_unknown_name_where_a_place_stands_set_in_a_known_country_is_a_town() {
        let text = "Boat\n\nThe boat had left from near Sandrapur in Bangladesh a week earlier.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Sandrapur"]);
        // Not a person met there.
        let text = "Boat\n\nThe boat had left with Sandrapur in Bangladesh a week earlier.";
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn the_head_of_a_body_written_in_lower_case_holds_an_office_of_it() {
        let text = "Border\n\nThe consul met the head of the province's refugees and \
                    repatriation department, Ebrahim Jafari, on Tuesday.";
        let found = titled(text);
        assert!(
            found.iter().any(|(name, title, _)| name == "Ebrahim Jafari"
                && title == "head of the province's refugees and repatriation department"),
            "{found:?}"
        );
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["province's refugees and repatriation department"]
        );
        // The head of a body's office is no head of the body.
        let text = "Border\n\nThe head of the migration directorate's office in Rivera, Ana \
                    Ruiz, spoke.";
        assert_none_of_kind(text, "Org");
        // "The head of the prefecture, X": the body the story named before, by its head word.
        let text = "Border\n\nThe head of the prefecture, Marko Tamberg, toured the crossing.";
        let found = titled(text);
        assert!(
            found.iter().any(
                |(name, title, _)| name == "Marko Tamberg" && title == "head of the prefecture"
            ),
            "{found:?}"
        );
        assert_none_of_kind(text, "Org");
        // "The head of the detention centre, X": who runs a centre or a prison.
        for (text, title) in [
            (
                "The head of the detention centre, Ana Ruiz, spoke.",
                "head of the detention centre",
            ),
            (
                "The head of the centre, Ana Ruiz, spoke.",
                "head of the centre",
            ),
            (
                "The head of the prison, Ana Ruiz, spoke.",
                "head of the prison",
            ),
        ] {
            let found = titled(&format!("Border\n\n{text}"));
            assert!(
                found
                    .iter()
                    .any(|(name, t, _)| name == "Ana Ruiz" && t == title),
                "{found:?}"
            );
        }
        // Not the head of a family.
        let found = titled("Border\n\nThe head of the family, Ana Ruiz, spoke.");
        assert!(found.is_empty(), "{found:?}");
        // The head of an office the story named before, by its last word.
        let text = "Border\n\nThe mayor and the head of the agency's Ter Apel location walked. \
                    The head of the location, Ana Ruiz, spoke.";
        let found = titled(text);
        assert!(
            found
                .iter()
                .any(|(name, t, _)| name == "Ana Ruiz" && t == "head of the location"),
            "{found:?}"
        );
        let found = titled("Border\n\nThe head of the location, Ana Ruiz, spoke.");
        assert!(found.is_empty(), "{found:?}");
        // "its" for "the": the post of the checkpoint the sentence named.
        let text = "Border\n\nThe checkpoint has been under scrutiny since the head of its \
                    immigration post, Azlan Hamid, was suspended last week.";
        let found = titled(text);
        assert!(
            found
                .iter()
                .any(|(name, title, _)| name == "Azlan Hamid"
                    && title == "head of its immigration post"),
            "{found:?}"
        );
        // A post named by its town is in the town's country; a post named by no town, in none
        // (Post is a town in Texas).
        let found = titled("Border\n\nThe head of the Kyakhta checkpoint, Ana Ruiz, spoke.");
        assert!(
            found
                .iter()
                .any(|(name, _, of)| name == "Ana Ruiz" && of == &["Russia"]),
            "{found:?}"
        );
        let found = titled("Border\n\nThe head of the post, Ana Ruiz, spoke.");
        assert!(
            found.iter().any(|(name, title, of)| name == "Ana Ruiz"
                && title == "head of the post"
                && of.is_empty()),
            "{found:?}"
        );
    }

    #[test]
    fn a_country_s_gendarmerie_is_a_body_of_its_own() {
        let text = "Border\n\nDjibouti's gendarmerie said 57 Ethiopians had crossed.";
        assert_eq!(texts_of_kind(text, "Org(None)"), ["Djibouti's gendarmerie"]);
        // Not any other body's noun without its field.
        assert_none_of_kind("Border\n\nDjibouti's ministry said so.", "Org");
    }

    #[test]
    fn a_country_s_federal_or_national_police_is_a_body_and_its_border_police_none() {
        let found = kinds("Train\n\nGerman federal police took 23 people off a train.");
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "German federal police" && k.starts_with("Org")),
            "{found:?}"
        );
        assert_none_of_kind("Border\n\nLibyan border police turned them back.", "Org");
    }

    #[test]
    fn a_state_s_department_in_lower_case_is_a_body_of_its_own() {
        let text = "Border\n\nMizoram's home department said 1,000 people had crossed.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Mizoram's home department"]
        );
        // Also with the state's head word before the possessive.
        let text = "Border\n\nChiapas state's civil protection agency counted 340 people.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Chiapas state's civil protection agency"]
        );
        // So is one named after the state, after "the".
        let text = "Border\n\nThe Mizoram police directorate said 1,000 people had crossed.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Mizoram police directorate"]
        );
        // A department named by nobody's possessive is no body of its own.
        let text = "Border\n\nThe home department said 1,000 people had crossed.";
        assert_none_of_kind(text, "Org");
        // Nor is a country's overseas department, a territory.
        let text = "Boat\n\nThe boat reached Mayotte, France's overseas department, on Monday.";
        assert_none_of_kind(text, "Org");
    }

    #[test]
    fn a_camp_named_before_its_head_is_a_body() {
        let text = "Border\n\nBuses left the Zaatari camp on Wednesday for the Nyakabande transit \
                    centre and the Nakivale settlement.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            [
                "Zaatari camp",
                "Nyakabande transit centre",
                "Nakivale settlement"
            ]
        );
        // Not a people's camp, nor a known body's.
        let text = "Border\n\nThey left the Syrian camp for the UNHCR transit centre.";
        assert_none_of_kind(text, "Org(None)");
    }

    #[test]
    fn a_country_s_embassy_or_consulate_is_a_body_without_a_field_word() {
        let text = "Notes.\n\nThe Ethiopian embassy in Maputo said it was sending an officer.";
        assert_eq!(texts_of_kind(text, "Org(None)"), ["Ethiopian embassy"]);
        // Not the one body of its country the gazetteer knows (India's Border Security Force):
        // a post has no field to fit.
        let text = "Notes.\n\nThe Indian embassy in Tbilisi said it was sending an officer.";
        assert_eq!(texts_of_kind(text, "Org(None)"), ["Indian embassy"]);
        // A consulate's rank is part of its name, and so is the town it is in.
        let text = "Notes.\n\nVietnam's consulate general said it was checking.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Vietnam's consulate general"]
        );
        let text = "Notes.\n\nIndonesia's consulate in Tawau said it was checking.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Indonesia's consulate in Tawau"]
        );
        // So is a head of state's office.
        let text = "Notes.\n\nThe two spoke by phone, the Senegalese presidency said.";
        assert_eq!(texts_of_kind(text, "Org(None)"), ["Senegalese presidency"]);
        // Not one of no country.
        let text = "Notes.\n\nThe embassy said it was sending an officer.";
        assert_none_of_kind(text, "Org");
    }

    #[test]
    fn the_dateline_s_town_named_again_with_a_word_in_lower_case_is_the_town() {
        let text = "Border\n\nPOIENILE DE SUB MUNTE, Romania (AP) — Police found eleven men \
                    on Monday. Poienile de sub Munte lies in Maramureș County.";
        let towns = texts_of_kind(text, "NewPlace");
        assert!(
            towns.contains(&"Poienile de sub Munte".to_string()),
            "{:?}",
            kinds(text)
        );
        let people = texts_of_kind(text, "Person");
        assert!(!people.iter().any(|p| p.contains("Munte")), "{people:?}");
    }

    #[test]
    fn a_title_ending_in_ing_that_opens_a_sentence_is_no_participle() {
        let found = titled("Visit\n\nThe talks ended.\n\nKing Abdullah II is expected to go.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("Abdullah II", "King")
        );
    }

    #[test]
    fn a_courtesy_title_is_no_part_of_the_holder_s_name_and_an_akim_holds_an_office() {
        let found =
            titled("Visit\n\nThe island's health delegate, Dr. Carla Semedo, met the survivors.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Carla Semedo");
        let found = titled(
            "Visit\n\nThe akim of West Kazakhstan region, Nurlan Tasbolatov, visited the \
             station.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("Nurlan Tasbolatov", "akim")
        );
    }

    #[test]
    fn an_office_at_a_country_s_post_serves_that_country() {
        for (text, title, country) in [
            (
                "Visit\n\nRakesh Menon, first secretary at the Indian embassy in Tbilisi, \
                 visited the border.",
                "first secretary",
                "India",
            ),
            (
                "Visit\n\nAna Ruiz, a consul at the Mexican consulate, visited the border.",
                "consul",
                "Mexico",
            ),
        ] {
            let found = titled(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(
                (found[0].1.as_str(), &found[0].2[..]),
                (title, &[country.to_string()][..])
            );
        }
    }

    #[test]
    fn a_ministry_named_by_a_minister_s_field_alone_is_a_body() {
        let text = "Talks\n\nThe two will meet next week, the interior ministry said.";
        assert_eq!(texts_of_kind(text, "Org(None)"), ["interior ministry"]);
        let text = "Talks\n\nHe sent a message instead, according to the host ministry.";
        assert_none_of_kind(text, "Org");
    }

    #[test]
    fn a_day_before_a_name_at_the_start_of_a_sentence_is_no_part_of_it() {
        let text = "Talks\n\nOn Tuesday Gallardo spoke by phone with the governor.";
        let people = texts_of_kind(text, "Person");
        assert!(people.contains(&"Gallardo".to_string()), "{people:?}");
        assert!(!people.iter().any(|p| p.contains("Tuesday")), "{people:?}");
    }

    #[test]
    fn who_said_it_after_a_comma_is_no_town_in_apposition() {
        let text = "Talks\n\nThe consul will meet Uicab, the town hall said.";
        assert_none_of_kind(text, "NewPlace");
        let text = "Talks\n\nThey reached Uicab, the town nearest the border.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Uicab"]);
    }

    #[test]
    fn a_word_after_in_nearby_is_a_town() {
        let text = "Notes.\n\nShe was treated at the hospital in nearby Quelluco.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Quelluco"]);
        // Not a name where none is expected.
        let text = "Notes.\n\nShe was treated by nearby Quelluco.";
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn a_word_after_a_locative_before_a_spokesman_is_where_not_who() {
        for (text, place) in [
            (
                "Police found them on the edge of Khasab, a spokesman said.",
                "Khasab",
            ),
            ("The men were found in Zorbat, a spokesman said.", "Zorbat"),
            (
                "They hid in the town of Zorbat, a police spokesman said.",
                "Zorbat",
            ),
            (
                "On Zorbat, the island's councillor said they had landed.",
                "Zorbat",
            ),
        ] {
            let g = Gazetteer::builtin();
            let doc = Doc::new(&format!("Notes\n\n{text}"), g.cleaner());
            let read: Vec<_> = find_mentions(&g, &doc)
                .into_iter()
                .filter(|m| m.text == place)
                .map(|m| (m.rule, format!("{:?}", m.kind)))
                .collect();
            // (A lone unknown word is a person only until resolution finds no more of it.)
            let named_as_someone = read.iter().any(|(rule, kind)| {
                kind.starts_with("Person") && matches!(*rule, "appositive-name" | "lowercase-title")
            });
            assert!(!named_as_someone, "{read:?}");
        }
        // A given name after "in" still names the speaker.
        let text = "Notes\n\nThe men stopped in Maria Lopez, a spokeswoman said.";
        assert!(texts_of_kind(text, "Person").contains(&"Maria Lopez".to_string()));
        let text = "Notes\n\nThe men spoke to Okonjo, a spokesman, on Monday.";
        assert!(texts_of_kind(text, "Person").contains(&"Okonjo".to_string()));
    }

    #[test]
    fn one_who_speaks_named_after_an_occupation_is_a_person() {
        for occupation in ["counsellor", "social worker", "interpreter"] {
            let text = format!(
                "Notes\n\n\"They were very frightened,\" said the {occupation}, Bimala Khadka."
            );
            assert!(
                texts_of_kind(&text, "Person").contains(&"Bimala Khadka".to_string()),
                "{occupation}: {:?}",
                kinds(&text)
            );
        }
    }

    #[test]
    fn an_apposition_whose_noun_is_a_body_names_no_person() {
        let text = "Boat\n\nAlarm Phone, a volunteer hotline that relays calls from boats, said \
                    it had a call.";
        assert!(!texts_of_kind(text, "Person").contains(&"Alarm Phone".to_string()));
        // A body's word before the noun leaves the person.
        let text = "Boat\n\nAmina Okafor, a group leader from Lagos, said they had a call.";
        assert!(texts_of_kind(text, "Person").contains(&"Amina Okafor".to_string()));
    }

    #[test]
    fn the_dateline_s_town_named_again_is_the_town_not_a_person() {
        let text = "Buses wait at Wadi Halfa as checks tighten\n\nWADI HALFA, Sudan (AFP) - \
                    The five buses stand in a row on the sand.";
        assert!(
            !texts_of_kind(text, "Person").contains(&"Wadi Halfa".to_string()),
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn one_island_of_a_known_archipelago_names_the_archipelago() {
        let g = Gazetteer::builtin();
        let text = "Notes\n\nThe boat reached the Canary island of El Hierro.";
        let read = place_read(&g, text, "Canary").map(|p| p.name.as_str());
        assert_eq!(read, Some("Canary Islands"));
    }

    #[test]
    fn a_saint_s_town_then_an_unknown_word_is_one_longer_town() {
        let text = "Notes.\n\nThey slept in San Pedro Tlacoxtepel on Monday.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(City)"),
            ["San Pedro Tlacoxtepel"]
        );
        // Not a word for what the place is, nor a given name that starts the next name.
        for text in [
            "Notes.\n\nAgents of the San Diego Sector said so.",
            "Notes.\n\nThey drove to San Diego County on Monday.",
        ] {
            assert!(
                texts_of_kind(text, "NewPlace(City)").is_empty(),
                "{:?}",
                kinds(text)
            );
        }
    }

    #[test]
    fn the_u_n_before_an_office_of_its_own_names_no_body_but_is_served() {
        let text = "Notes\n\nU.N. High Commissioner for Refugees Pietro Marandi met the \
                    president on Monday.";
        assert_none_of_kind(text, "Org");
        let g = Gazetteer::builtin();
        let served: Vec<&str> = affiliations_read(&g, text)
            .into_iter()
            .filter_map(|a| match a {
                Affiliation::Org(o) => Some(g.orgs[o].name.as_str()),
                Affiliation::Place(_) => None,
            })
            .collect();
        assert_eq!(served, ["United Nations"]);
    }

    /// An office for a strait, a sea or an island is no office of a town that shares its
    /// first word.
    #[test]
    fn an_office_for_a_strait_is_no_office_of_a_town_named_by_its_first_word() {
        let g = Gazetteer::builtin();
        let text = "Notes\n\nThe navy's commander for the Torres Strait, Rachel Mabo, said so.";
        let served: Vec<&str> = places_served(&g, text);
        assert!(!served.contains(&"Torres"), "{served:?}");
    }

    #[test]
    fn a_titled_name_stays_titled_when_its_surname_speaks_later() {
        let text = "Notes\n\nU.N. High Commissioner for Refugees Pietro Marandi met the \
                    president on Monday.\n\n\"Chad is carrying this,\" Marandi told reporters.";
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let read: Vec<(String, f32)> = find_mentions(&g, &doc)
            .into_iter()
            .filter(|m| matches!(m.kind, MentionKind::Person { .. }))
            .map(|m| (m.text, m.confidence))
            .collect();
        // The run that takes in the title's last word stays unread.
        assert!(
            read.iter()
                .all(|(t, c)| !t.starts_with("Refugees") || *c == 0.0),
            "{read:?}"
        );
        assert!(
            read.iter().any(|(t, c)| t == "Pietro Marandi" && *c > 0.0),
            "{read:?}"
        );
    }

    #[test]
    fn a_name_opening_a_sentence_then_an_apposition_then_said_is_a_speaker() {
        let text = "Notes\n\nTiri Omal, at 52 the oldest in the group, said he was tired.";
        assert!(texts_of_kind(text, "Person").contains(&"Tiri Omal".to_string()));
        // Not one inside a sentence, which may be a place set in a wider one.
        let text = "Notes\n\nThey reached Uicab, a town by the river, said the mayor.";
        assert!(!texts_of_kind(text, "Person").contains(&"Uicab".to_string()));
    }

    #[test]
    fn a_region_the_gazetteer_knows_only_by_its_town_is_a_region_after_province_of() {
        let text = "Boat\n\nShe came from the Tanzanian region of Arusha last year.";
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Arusha"]);
        // A region the gazetteer knows is that region.
        let text = "Boat\n\nShe came from the state of Oaxaca last year.";
        assert_none_of_kind(text, "NewPlace");
        // So is a known town's name before "region", "county" or "district".
        for text in [
            "Boat\n\nPolice in the Kilkis region said so.",
            "Boat\n\nPolice in Kilkis county said so.",
            "Boat\n\nPolice in the Kilkis district said so.",
        ] {
            assert_none_of_kind(text, "KnownPlace");
        }
    }

    #[test]
    fn the_master_of_a_vessel_holds_no_office_but_a_brigadier_does() {
        let found = titled("Notes.\n\nOfficers arrested the boat's captain, Ana Ruiz, on Monday.");
        assert!(found.is_empty(), "{found:?}");
        let found = titled("Notes.\n\nThe coast guard's captain, Ana Ruiz, said so.");
        assert_eq!(found.len(), 1, "{found:?}");
        let found = titled("Notes.\n\nGreek police, led by Brig. Ana Ruiz, said so.");
        assert_eq!(found[0].1, "Brig.", "{found:?}");
        // "The captain" of no body or place is a vessel's; a port's captain holds an office.
        let found = titled("Notes.\n\nA charter captain came first, said the captain, Ana Ruiz.");
        assert!(found.is_empty(), "{found:?}");
        let found = titled("Notes.\n\nAna Ruiz, the captain of the Ocean Viking, said so.");
        assert!(found.is_empty(), "{found:?}");
        let found = titled("Notes.\n\nAna Ruiz, the captain of the port of Olhão, said so.");
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_firm_named_after_its_kind_is_no_town() {
        // Nor is "Edison said" or "Edison's crew" later on.
        let text = "X\n\nThey reached a platform operated by the energy company Edison. Edison \
                    said the crew was safe, and Edison's crew helped.";
        assert!(
            kinds(text).iter().all(|(t, _)| t != "Edison"),
            "{:?}",
            kinds(text)
        );
        // The town of that name is one where no firm is.
        let text = "X\n\nThe mayor of Edison said the crew was safe.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Edison"]);
    }

    #[test]
    fn a_cay_and_straits_are_landmarks() {
        let text = "Boat\n\nThey landed on Anguilla Cay and drifted into the Florida Straits.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Anguilla Cay", "Florida Straits"]
        );
    }

    #[test]
    fn a_town_the_gazetteer_lacks_before_a_mayor_s_title_is_a_town_and_the_mayor_is_found() {
        let text = "Notes\n\nSan Quilca Mayor Tessa Quackenbush met the sheriff on Monday.";
        let found = kinds(text);
        assert!(
            found.contains(&("San Quilca".to_string(), "NewPlace(City)".to_string())),
            "{found:?}"
        );
        assert!(
            found.contains(&(
                "Tessa Quackenbush".to_string(),
                "Person { title: Some(\"Mayor\"), affiliation: [] }".to_string()
            )),
            "{found:?}"
        );
    }

    #[test]
    fn a_department_of_a_field_is_a_body_and_of_a_place_a_region() {
        let found = kinds(
            "Notes\n\nThe Department of Natural and Environmental Resources said so. They \
             walked through the Department of Cortés.",
        );
        assert!(
            found.contains(&(
                "Department of Natural and Environmental Resources".to_string(),
                "Org(None)".to_string()
            )),
            "{found:?}"
        );
        assert!(
            found.contains(&(
                "Department of Cortés".to_string(),
                "NewPlace(State)".to_string()
            )),
            "{found:?}"
        );
    }

    #[test]
    fn a_canton_or_an_oblast_is_a_region() {
        for (text, region) in [
            ("Notes\n\nThey walked to Zenica Canton.", "Zenica Canton"),
            ("Notes\n\nThey walked to Quilca Oblast.", "Quilca Oblast"),
        ] {
            let found = kinds(text);
            assert!(
                found.contains(&(region.to_string(), "NewPlace(State)".to_string())),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_us_state_s_name_is_the_state_s_in_a_story_from_a_country_with_a_town_of_the_name() {
        let g = Gazetteer::builtin();
        let text = "Boat\n\nBARACOA, Cuba (AP) — The boat ran aground in Cuba. \"We were going \
                    to Florida,\" a passenger said.";
        let florida = place_read(&g, text, "Florida").map(|p| (p.kind, p.country.clone()));
        assert_eq!(florida, Some((PlaceKind::State, Some("US".to_string()))));
        // Written with the country, it is the town.
        let text = "Boat\n\nThey met in Florida, Uruguay, on Monday.";
        let florida = place_read(&g, text, "Florida").map(|p| (p.kind, p.country.clone()));
        assert_eq!(florida, Some((PlaceKind::City, Some("UY".to_string()))));
    }

    #[test]
    fn a_name_no_rule_reads_is_a_persons_when_a_later_word_of_it_speaks() {
        let g = Gazetteer::builtin();
        let text = "Walk\n\nAbout 300 migrants set off on foot on Monday. The walk is \
                    coordinated by Tobo Lerma Quiroz of a local group. \"We will keep going,\" \
                    Lerma said.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Tobo Lerma Quiroz"]);
        // "coordinated by": the group's organiser.
        let organizers: Vec<&str> = ex
            .groups
            .iter()
            .flat_map(|group| group.organizers.iter())
            .map(|&p| ex.people[p].name.as_str())
            .collect();
        assert_eq!(organizers, ["Tobo Lerma Quiroz"]);
    }

    #[test]
    fn a_units_name_is_no_persons() {
        // "Yuma" is a given name too; "X said" reads as a speaker.
        let g = Gazetteer::builtin();
        let text = "Landing\n\nThe Border Patrol's Yuma Sector gave a lower figure. The Ramey \
                    Sector said 41 people landed. Agent Ana Ruiz said so.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Ana Ruiz"]);
        // Nor, when named after a town, the town: nobody in the story is there.
        let text = "Landing\n\nThe Border Patrol's El Paso Sector gave a lower figure. They \
                    walked from Janos to Lordsburg.";
        let places = texts_of_kind(text, "KnownPlace");
        assert!(!places.iter().any(|p| p.contains("Paso")), "{places:?}");
        assert!(places.contains(&"Lordsburg".to_string()), "{places:?}");
    }

    #[test]
    fn a_rank_before_a_name_is_no_part_of_it() {
        let g = Gazetteer::builtin();
        let text = "Landing\n\nThe boat landed on Monday. Officer Ana Ruiz said all were safe, \
                    and Trooper Luis Paz said so too.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let mut people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        people.sort();
        assert_eq!(people, ["Ana Ruiz", "Luis Paz"]);
        // Naval ranks as AP abbreviates them are titles, with or without their full stops; so are
        // the ranks of sergeants.
        for rank in [
            "Lt. Cmdr.",
            "Lt Cmdr",
            "Cmdr.",
            "Rear Adm.",
            "Sergeant Major",
            "Staff Sgt.",
        ] {
            let text = format!(
                "Landing\n\nThe boat landed on Monday. {rank} Ana Ruiz, a Coast Guard \
                 spokeswoman, said all were safe."
            );
            let doc = Doc::new(&text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
            assert_eq!(people, ["Ana Ruiz"], "{rank}");
        }
    }

    #[test]
    fn a_force_named_bare_is_the_known_one_of_the_country_the_story_is_filed_from() {
        let g = Gazetteer::builtin();
        let known_bodies = |text: &str| -> Vec<(String, String)> {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc)
                .into_iter()
                .filter_map(|m| match m.kind {
                    MentionKind::Org(Some(o)) => Some((m.text, g.orgs[o].id.clone())),
                    _ => None,
                })
                .collect()
        };
        let text = "Pass\n\nŞEMDİNLİ, Turkey (AP) — The gendarmerie stopped 14 migrants on \
                    Tuesday.";
        assert_eq!(
            known_bodies(text),
            [("gendarmerie".to_string(), "tr-gendarmerie".to_string())]
        );
        let text = "Boat\n\nCHANIA, Greece (AP) — The coast guard towed the boat in.";
        assert_eq!(
            known_bodies(text),
            [("coast guard".to_string(), "gr-coast-guard".to_string())]
        );
        // Filed from a town the gazetteer does not know, in the country written after it.
        let text = "Pass\n\nQORVELIK, Turkey (AP) — Men were found, the gendarmerie said.";
        assert_eq!(
            known_bodies(text),
            [("gendarmerie".to_string(), "tr-gendarmerie".to_string())]
        );
        // Filed from a territory: the body of the state that holds it.
        let text = "Boat\n\nSAINT-PIERRE, Réunion (AP) — Nine men landed, the gendarmerie said.";
        assert_eq!(
            known_bodies(text),
            [("gendarmerie".to_string(), "fr-gendarmerie".to_string())]
        );
        // Filed from a country with no such known body: none.
        let text = "Boat\n\nBELIZE CITY, Belize (AP) — The coast guard towed the boat in.";
        assert_eq!(known_bodies(text), []);
    }

    #[test]
    fn a_prefecture_named_in_lower_case_with_its_place_is_a_body_and_the_place_a_region() {
        let g = Gazetteer::builtin();
        let text = "Boats\n\nThe boat carried 19 people, the prefecture of Mayotte said. The \
                    Réunion prefecture and the maritime prefecture agreed, according to the \
                    prefecture of Pas-de-Calais. Okinawa Prefecture and the prefecture said \
                    nothing.";
        let doc = Doc::new(text, g.cleaner());
        let mentions = find_mentions(&g, &doc);
        let orgs: Vec<&str> = mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Org(_)))
            .map(|m| m.text.as_str())
            .collect();
        assert_eq!(
            orgs,
            [
                "prefecture of Mayotte",
                "Réunion prefecture",
                "maritime prefecture",
                "prefecture of Pas-de-Calais"
            ]
        );
        let department = mentions.iter().find(|m| m.text == "Pas-de-Calais");
        assert!(
            department.is_some_and(|m| m.kind == MentionKind::NewPlace(PlaceKind::State)),
            "{department:?}"
        );
        // After a locative, a prefecture named after its town is a region, as in Japan.
        let text = "Boats\n\nA boat drifted near a fishing city in Akita prefecture.";
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Akita prefecture"]);
        assert_none_of_kind(text, "Org");
    }

    #[test]
    fn a_body_named_in_lower_case_after_its_country_is_that_countrys() {
        let g = Gazetteer::builtin();
        let text = "Returns\n\nThe Venezuelan interior ministry said so. Mexico's foreign \
                    ministry agreed, and Peru's migration agency counted them. The Mexican \
                    ministry and the migration agency said nothing. Libya's coast guard and \
                    Dominica's coast guard stopped boats.";
        let doc = Doc::new(text, g.cleaner());
        let orgs: Vec<(String, Option<&str>)> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Org(o) => Some((m.text, o.map(|o| g.orgs[o].id.as_str()))),
                _ => None,
            })
            .collect();
        assert_eq!(
            orgs,
            [
                ("Venezuelan interior ministry".to_string(), None),
                ("Mexico's foreign ministry".to_string(), Some("mx-sre")),
                (
                    "Peru's migration agency".to_string(),
                    Some("pe-migraciones")
                ),
                ("Libya's coast guard".to_string(), Some("ly-coast-guard")),
                ("Dominica's coast guard".to_string(), None),
            ]
        );
    }

    /// The titles and affiliations of the titled person mentions of a text, by name.
    fn titled(text: &str) -> Vec<(String, String, Vec<String>)> {
        titled_with(&Gazetteer::builtin(), text)
    }

    /// Each holder's name and title of `titled`'s findings.
    fn names_and_titles(found: &[(String, String, Vec<String>)]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|(name, title, _)| (name.as_str(), title.as_str()))
            .collect()
    }

    fn titled_with(g: &Gazetteer, text: &str) -> Vec<(String, String, Vec<String>)> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Person {
                    title: Some(title),
                    affiliation,
                } => {
                    let places = affiliation
                        .iter()
                        .map(|a| match a {
                            Affiliation::Place(p) => g.places[*p].name.clone(),
                            Affiliation::Org(o) => g.orgs[*o].name.clone(),
                        })
                        .collect();
                    Some((m.text, title, places))
                }
                _ => None,
            })
            .collect()
    }

    fn one(name: &str, title: &str, places: &[&str]) -> (String, String, Vec<String>) {
        let places = places.iter().map(|p| p.to_string()).collect();
        (name.to_string(), title.to_string(), places)
    }

    #[test]
    fn a_state_s_office_keeps_its_word_before_an_abbreviated_title() {
        let found = titled("X\n\nIn a video, state Sen. Dale Brannock said so.");
        assert_eq!(names_and_titles(&found), [("Dale Brannock", "state Sen.")]);
    }

    #[test]
    fn a_viceroy_serves_the_country_his_title_names() {
        let found = titled(
            "X\n\nThe Spanish viceroy, Cmdr. Íñigo Arrizabalaga, said so. The French viceroy, \
             Cmdr. Loïc Morvan, agreed.",
        );
        // (The office before the rank, and the country it names on the rank after it.)
        for (name, office, country) in [
            ("Íñigo Arrizabalaga", "Spanish viceroy", "Spain"),
            ("Loïc Morvan", "French viceroy", "France"),
        ] {
            assert!(found.contains(&one(name, office, &[])), "{found:?}");
            assert!(found.contains(&one(name, "Cmdr.", &[country])), "{found:?}");
        }
    }

    #[test]
    fn an_elected_office_after_a_name_is_the_office() {
        let text = "X\n\nRemzi Oral, the elected headman of a village below the pass, said so. \
                    Nurul Khandakar, the elected chairman of the union council, agreed.";
        let read: Vec<(String, String)> = titled(text)
            .into_iter()
            .map(|(name, title, _)| (name, title))
            .collect();
        assert_eq!(
            read,
            [
                ("Remzi Oral".to_string(), "headman".to_string()),
                ("Nurul Khandakar".to_string(), "chairman".to_string())
            ]
        );
    }

    #[test]
    fn a_name_given_a_short_form_in_brackets_is_a_body_s() {
        let text = "Border\n\nThey were handed to the Royal Netherlands Marechaussee (KMar) \
                    at Oldenzaal. The KMar said so.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Royal Netherlands Marechaussee", "KMar", "KMar"]
        );
        // A news agency's mark after a dateline is none.
        assert_none_of_kind("Boat\n\nPUERTO VELMO, Costa Rica (AP) — Ten landed.", "Org");
    }

    #[test]
    fn an_acronym_given_in_brackets_is_the_body_s_not_a_town_s() {
        let text = "X\n\nThe Immigration and Citizenship Authority (ICA) counted them. The \
                    ICA's officer in charge, Nelson Kuman, said so.";
        assert!(
            texts_of_kind(text, "KnownPlace").is_empty(),
            "{:?}",
            texts_of_kind(text, "KnownPlace")
        );
        assert_eq!(titled(text), [one("Nelson Kuman", "officer", &[])]);
        // Nor before a title: the body's official serves no town.
        let text = "X\n\nThe Bureau for Aliens and Foreign Immigrants' Affairs (BAFIA) counted \
                    them. The BAFIA official, Mehdi Shokouhi, said so.";
        assert!(
            texts_of_kind(text, "KnownPlace").is_empty(),
            "{:?}",
            texts_of_kind(text, "KnownPlace")
        );
        assert!(
            titled(text).iter().all(|t| t.2.is_empty()),
            "{:?}",
            titled(text)
        );
    }

    /// An office told before by a lower-case phrase names no place: "the village" is not The
    /// Village, Oklahoma.
    #[test]
    fn an_office_told_before_in_lower_case_names_no_place() {
        let text = "X\n\nShe walked with the chair of the village's parish council. \"It was \
                    our beach,\" the chair, Maureen Ashdown, said.";
        assert_eq!(titled(text), [one("Maureen Ashdown", "chair", &[])]);
    }

    #[test]
    fn the_head_of_a_place_s_police_holds_an_office_there() {
        let text = "X\n\nThe head of the Nicosia district police, Stelios Hadjipetrou, said so.";
        assert_eq!(
            titled(text),
            [one(
                "Stelios Hadjipetrou",
                "head of the Nicosia district police",
                &["Nicosia"]
            )]
        );
    }

    #[test]
    fn the_secretary_general_of_a_body_written_before_the_title_serves_the_body() {
        for body in ["U.N.", "UN", "United Nations"] {
            let text = format!("X\n\nShe met {body} Secretary-General Ana Ruiz in Dhaka.");
            assert_eq!(
                titled(&text),
                [one("Ana Ruiz", "Secretary-General", &["United Nations"])],
                "{body}"
            );
        }
    }

    #[test]
    fn a_national_body_whose_name_says_its_country_gives_its_officer_that_country() {
        let text = "X\n\nThe Kurdistan Regional Government's interior minister, Reber Ahmed, \
                    and the Mexican Foreign Ministry's spokeswoman, Ana Ruiz, spoke.";
        assert_eq!(
            titled(text),
            [
                one(
                    "Reber Ahmed",
                    "interior minister",
                    &["Kurdistan Regional Government"]
                ),
                one("Ana Ruiz", "spokeswoman", &["Mexican Foreign Ministry"])
            ]
        );
        // A regional government named by its people's adjective is a body.
        let text = "X\n\nThe Basque government paid for the beds.";
        assert_eq!(texts_of_kind(text, "Org"), ["Basque government"]);
    }

    #[test]
    fn a_spokeswoman_for_a_body_is_named_past_its_acronym_and_town_in_commas() {
        for text in [
            "X\n\nA spokeswoman for the U.N. refugee agency, UNHCR, in Ankara, Selin Aktas, said so.",
            "X\n\nA spokeswoman for the U.N. refugee agency, UNHCR, Selin Aktas, said so.",
            // (Nor is "U.N." a town, Un in India.)
            "X\n\nA spokeswoman for the U.N. refugee agency in Ankara, Selin Aktas, said so.",
        ] {
            let found = titled(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].0, "Selin Aktas");
            assert!(found[0].2.contains(&"UNHCR".to_string()), "{found:?}");
            assert!(!found[0].2.contains(&"Ūn".to_string()), "{found:?}");
        }
        // Nor before a title.
        let found = titled(
            "X\n\nThe king received the U.N. High Commissioner for Refugees, \
                            Ana Ruiz, on Monday.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, ["United Nations"]);
        // Nor is a crown prince a private person.
        let found = titled("X\n\nCrown Prince Hussein attended the meeting.");
        assert_eq!(found[0].1, "Crown Prince");
        // A national body after "of" tells its country.
        let text = "X\n\nA battalion commander of Border Guard Bangladesh, Lt. Col. Ferdous \
                    Kabir, came.";
        assert!(titled(text)[0].2.contains(&"Bangladesh".to_string()));
    }

    #[test]
    fn the_head_of_a_government_named_by_its_kind_holds_an_office() {
        let text = "X\n\nThe head of the interim government, Amal Rahman, will attend. The head \
                    of the government's delegation said so.";
        assert_eq!(
            titled(text),
            [one("Amal Rahman", "head of the interim government", &[])]
        );
        // Or by its country's possessive, which the holder serves.
        let text = "X\n\nShe called the head of Bangladesh's interim government, Amal Rahman, \
                    on Tuesday.";
        assert_eq!(
            titled(text),
            [one(
                "Amal Rahman",
                "head of Bangladesh's interim government",
                &["Bangladesh"]
            )]
        );
    }

    #[test]
    fn a_body_named_after_a_country_with_and_in_its_name_is_one_name() {
        let text = "X\n\nThe Royal Turks and Caicos Islands Police Force said 132 people landed.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Royal Turks and Caicos Islands Police Force"]
        );
        // Nor is "Turks" read alone, as the Turks of Turkey.
        assert!(texts_of_kind(text, "Demonym").is_empty());
    }

    #[test]
    fn a_name_after_another_office_in_an_of_phrase_is_that_office_holder() {
        let text = "X\n\nMinister of Labour and Immigration Keith Lugo and Mayaguana's island \
                    administrator, Cora Vidal, toured the settlement.";
        let vidal: Vec<_> = titled(text)
            .into_iter()
            .filter(|(name, ..)| name == "Cora Vidal")
            .collect();
        assert_eq!(
            vidal,
            [one("Cora Vidal", "island administrator", &["Mayaguana"])]
        );
    }

    #[test]
    fn a_title_left_out_after_each_country_is_the_one_named_before() {
        let text = "X\n\nIn Vilnius, Tomas Lugo, Poland's interior minister, Ana Vidal, \
                    Lithuania's, and Eva Ruiz, Latvia's, agreed to share footage.";
        let mut found = titled(text);
        found.sort();
        assert_eq!(
            found,
            [
                one("Ana Vidal", "interior minister", &["Lithuania"]),
                one("Eva Ruiz", "interior minister", &["Latvia"]),
                one("Tomas Lugo", "interior minister", &["Poland"]),
            ]
        );
    }

    #[test]
    fn an_office_in_a_body_called_by_a_common_noun_of_civil_society_is_no_public_office() {
        for text in [
            "X\n\n\"Nobody can see them,\" said Ana Ruiz, a spokeswoman for the association.",
            "X\n\nAna Ruiz, a spokeswoman for the charity, agreed.",
            "X\n\nAna Ruiz, the director of the group, agreed.",
        ] {
            assert_eq!(titled(text), [], "{text}");
            let people = texts_of_kind(text, "Person");
            assert!(
                people.contains(&"Ana Ruiz".to_string()),
                "{text}: {people:?}"
            );
        }
        let text = "X\n\nAna Ruiz, a spokeswoman for the Interior Ministry, agreed.";
        assert_eq!(titled(text).len(), 1);
    }

    #[test]
    fn a_place_written_in_lower_case_before_a_possessive_office_is_no_town_of_that_name() {
        let found = titled("X\n\nThe minister walked with the village's mayor, Ana Ruiz.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].2.iter().any(|p| p == "The Village"), "{found:?}");
    }

    #[test]
    fn a_rank_of_several_words_before_a_name_in_apposition_is_no_part_of_the_name() {
        let text = "X\n\nThe commander of the navy's Third Naval Area, Vice Admiral Somchai \
                    Srisawat, met them.";
        let people = texts_of_kind(text, "Person");
        assert!(
            people.contains(&"Somchai Srisawat".to_string()),
            "{people:?}"
        );
        assert!(!people.iter().any(|p| p.starts_with("Vice")), "{people:?}");
        // So does an international body after it.
        let found =
            titled("X\n\n\"There were twenty,\" said Major Ana Ruiz, a spokeswoman for UNFICYP.");
        assert!(
            found
                .iter()
                .any(|(name, _, whom)| name == "Ana Ruiz" && whom.contains(&"UNFICYP".to_string())),
            "{found:?}"
        );
        // The office before the rank tells whom the person serves.
        let found = titled(
            "X\n\nA battalion commander of Border Guard Bangladesh, Lieutenant Colonel Ferdous \
             Kabir, was there.",
        );
        assert!(
            found.iter().any(|(name, _, places)| name == "Ferdous Kabir"
                && places.contains(&"Bangladesh".to_string())),
            "{found:?}"
        );
        // So does the body a head heads, before a title of the holder's own that is no rank.
        let found = titled(
            "X\n\nPARIS, France (AP) — Ana Ruiz came with the head of Romania's Border Police, \
             Chief Commissioner Luis Paz, on Tuesday.",
        );
        assert!(
            found
                .iter()
                .any(|(name, _, places)| name == "Luis Paz" && places == &["Romania".to_string()]),
            "{found:?}"
        );
        // A sentence that ends on the title names no one after it.
        let found = titled("X\n\nShe met the head of Romania's Border Police, Chief Commissioner");
        assert!(found.is_empty(), "{found:?}");
        // An office told before with a body whose name opens with a place's serves no town
        // of that name.
        let found = titled(
            "X\n\nThe mayor of the Torres Strait Island Regional Council flew over the reefs. \
             The mayor, Ana Ruiz, said so.",
        );
        assert!(
            found
                .iter()
                .any(|(name, _, whom)| name == "Ana Ruiz" && whom.is_empty()),
            "{found:?}"
        );
        // The agent in charge of a station is its head.
        let found = titled(
            "X\n\nThe agent in charge of the Border Patrol's station in Swanton, Ana Ruiz, \
             said so.",
        );
        assert_eq!(names_and_titles(&found), [("Ana Ruiz", "agent in charge")]);
    }

    #[test]
    fn an_unknown_name_ending_in_a_towns_name_described_as_someone_is_a_person() {
        let text = "Notes.\n\nWualdo Mejicanos, a Honduran bricklayer, put it at sixty.";
        let people = texts_of_kind(text, "Person");
        assert!(
            people.contains(&"Wualdo Mejicanos".to_string()),
            "{people:?}"
        );
        assert_none_of_kind(text, "KnownPlace");
        // Past an age in the description.
        let text = "Notes.\n\nIt was Wualdo Mejicanos, a 61-year-old retired teacher.";
        assert!(texts_of_kind(text, "Person").contains(&"Wualdo Mejicanos".to_string()));
        // Not a town described as one.
        let text = "X\n\nThey reached Ciudad Mejicanos, a busy town, at dawn.";
        assert!(!texts_of_kind(text, "Person").contains(&"Ciudad Mejicanos".to_string()));
    }

    #[test]
    fn a_pronoun_opening_a_quotation_starts_no_name() {
        let text = "X\n\n\"They pass at night,\" said one. \"We crossed the pass,\" said another.";
        assert_eq!(texts_of_kind(text, "NewPlace"), Vec::<String>::new());
    }

    #[test]
    fn a_regent_and_a_chairman_are_offices() {
        // (Karimun, a regency no table lists: the office is tested, not its place. Bintan,
        // which this read before, is now an island of islands.tsv.)
        assert_eq!(
            titled("Notes.\n\nThe regent of Karimun, Hendru Wijaya, inspected the boat."),
            [one("Hendru Wijaya", "regent", &[])]
        );
        assert_eq!(
            titled("Notes.\n\nChairman Verlu Josa of the nation spoke."),
            [one("Verlu Josa", "Chairman", &[])]
        );
    }

    #[test]
    fn a_continent_s_demonym_before_a_title_names_the_union_of_its_states() {
        assert_eq!(
            titled("X\n\nEuropean Home Affairs Commissioner Ylva Berg spoke."),
            [one(
                "Ylva Berg",
                "Home Affairs Commissioner",
                &["European Union"]
            )]
        );
        // A continent with no union known stays the continent.
        assert_eq!(
            titled("X\n\nAsian Envoy Mei Lin spoke."),
            [one("Mei Lin", "Envoy", &["Asia"])]
        );
    }

    #[test]
    fn a_city_s_name_is_the_region_s_where_its_words_say_so_and_then_throughout() {
        let g = Gazetteer::builtin();
        let kinds_of = |text: &str| -> Vec<(String, PlaceKind)> {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc)
                .into_iter()
                .filter_map(|m| match m.kind {
                    MentionKind::KnownPlace(p) => Some((m.text, g.places[p].kind)),
                    _ => None,
                })
                .collect()
        };
        // ("New York" alone is the city: see `Gazetteer::place`.)
        for text in [
            "Notes.\n\nNew York Governor Ana Ruiz spoke.",
            "Notes.\n\nHe will meet New York's immigration minister.",
            "Notes.\n\nThey took a taxi through upstate New York.",
            "Notes.\n\nTrains ran in the states of New York and Vermont.",
            "Notes.\n\nTrains ran in New York and Vermont states.",
        ] {
            assert!(
                kinds_of(text).contains(&("New York".to_string(), PlaceKind::State)),
                "{text}: {:?}",
                kinds_of(text)
            );
        }
        // Once read so, the name is the region throughout; alone, it is the city.
        let text = "Notes.\n\nNew York Governor Ana Ruiz spoke. \"New York cannot do it alone,\" \
                    she said.";
        assert_eq!(
            kinds_of(text),
            [
                ("New York".to_string(), PlaceKind::State),
                ("New York".to_string(), PlaceKind::State)
            ]
        );
        let text = "Notes.\n\nThey reached New York on Monday.";
        assert_eq!(kinds_of(text), [("New York".to_string(), PlaceKind::City)]);
        // A city named like its region, and not the capital, yields the name to the region.
        let text = "Notes.\n\nThey reached Quebec on Monday. Others stayed in Quebec City.";
        assert_eq!(
            kinds_of(text),
            [
                ("Quebec".to_string(), PlaceKind::State),
                ("Quebec City".to_string(), PlaceKind::City)
            ]
        );
    }

    #[test]
    fn towns_a_bridge_links_are_places() {
        let text = "Notes.\n\nThe bridge links Villa del Rosario with San Antonio del Táchira, \
                    officials said.";
        assert_eq!(
            texts_of_kind(text, "KnownPlace"),
            ["Villa del Rosario", "San Antonio del Táchira"]
        );
        // Not a town met "with" when nothing links.
        let text = "Notes.\n\nThe mayor spoke with San Antonio del Táchira officials.";
        assert_none_of_kind(text, "KnownPlace");
    }

    #[test]
    fn names_before_a_landmark_head_in_the_plural_are_landmarks() {
        let text = "Notes.\n\nThousands cross the Simón Bolívar and Francisco de Paula \
                    Santander bridges each day. Ana Ruiz and Luis Paz crossed too.";
        assert_eq!(
            texts_of_kind(text, "NewPlace"),
            ["Simón Bolívar", "Francisco de Paula Santander"]
        );
        assert!(texts_of_kind(text, "Person").contains(&"Ana Ruiz".to_string()));
    }

    #[test]
    fn a_town_the_gazetteer_lacks_is_named_ciudad_or_told_a_town_after_its_name() {
        let text = "Notes.\n\nResidents of Ciudad Pedro Montoya said so. They crossed at Luis \
                    Moya Ruiz, the Mexican town that grew up around the bridge. Ana Ruiz \
                    Campos, the mayor, agreed.";
        assert_eq!(
            texts_of_kind(text, "NewPlace"),
            ["Ciudad Pedro Montoya", "Luis Moya Ruiz"]
        );
        // One word, told a town after it or written where a place stands, even before an
        // apposition that would tell a person.
        let text = "Notes.\n\nThey set off from the beach at Vondeq, the Moroccan town that \
                    Spaniards call Castillo. A trader from Trou-du-Sud, who carried her \
                    two-year-old son, spoke. Most waded to the beach at Windward Hills, the Turks \
                    and Caicos Islands Regiment said. Staff came from Vondra, the asylum \
                    office.";
        assert_eq!(
            texts_of_kind(text, "NewPlace"),
            ["Vondeq", "Trou-du-Sud", "Windward Hills"],
            "{:?}",
            kinds(text)
        );
        // So is one whose last word says it: "Matthew Town", "Bennett's Harbour".
        let text = "Notes.\n\nThe boat was brought ashore at Matthew Town on Sunday.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Matthew Town"]);
        let text = "Notes.\n\nMost are stopped farther south, off Bennett's Harbour.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Bennett's Harbour"]);
        // A saint's name owns the rest, though the saint's alone names a known place.
        let text = "Notes.\n\nThe boat ran aground on Saint Martin's Island on Monday.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Saint Martin's Island"]
        );
        // But a harbour the article writes after "the", even where a headline drops it, is
        // the water.
        let text = "Boat brought into Velmo Harbour\n\nIt docked in the Velmo Harbour.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Velmo Harbour", "Velmo Harbour"]
        );
        for (text, body) in [
            // ("General" is no rank before a body's head word.)
            (
                "A centre run by the General Inspectorate for Immigration.",
                "General Inspectorate for Immigration",
            ),
            // A forum of a cause, named in full.
            (
                "The Balkan Forum for Refugee Rights counted them.",
                "Balkan Forum for Refugee Rights",
            ),
            // An Australian local government, "Shire" before the place it governs.
            (
                "The president of the Shire of Carnarvon visited the station.",
                "Shire of Carnarvon",
            ),
        ] {
            assert_eq!(texts_of_kind(&format!("Notes.\n\n{text}"), "Org"), [body]);
        }
        // "the city's coordinator" is an office, not a town.
        let text = "Notes.\n\nMariana Ruiz Campos, the city's coordinator for shelters, said so.";
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn a_known_body_whose_name_holds_a_comma_is_read_whole() {
        let text = "Notes.\n\nThe case is under review by Immigration, Refugees and Citizenship \
                    Canada, he said.";
        let read = kinds(text);
        assert!(
            read.iter()
                .any(|(t, k)| t == "Immigration, Refugees and Citizenship Canada"
                    && k.starts_with("Org(Some")),
            "{read:?}"
        );
    }

    #[test]
    fn a_town_set_after_a_comma_in_or_beside_a_known_place_is_a_town() {
        let text = "Notes.\n\nAna Soumah, 22, who comes from Tamagueli, in western Guinea, spoke. \
                    A boat had left Kuwarat, west of Tripoli, on Monday.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(City)"),
            ["Tamagueli", "Kuwarat"]
        );
        // So is one that opens on a given name, after a locative.
        let text = "Notes.\n\nThey came from villages around Tal Kalakh, in Syria's Homs \
                    province.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Tal Kalakh"]);
        // And a town before a state of several words.
        let text = "Notes.\n\nPolice held them on the far bank in Clair, New Brunswick.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Clair"]);
        // Not a surname of someone named before.
        let text = "Notes.\n\nMinister Ana Soumah spoke on Monday. Reporters went to Soumah, in \
                    Guinea, for more.";
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn a_language_is_no_place_nor_person() {
        let text = "Notes.\n\nThe gendarme said it in English. Others prayed in Arabic.";
        assert_none_of_kind(text, "NewPlace");
        let people = texts_of_kind(text, "Person");
        assert!(
            !people.iter().any(|p| p == "English" || p == "Arabic"),
            "{people:?}"
        );
    }

    #[test]
    fn police_ranks_as_written_are_titles_and_no_part_of_the_name() {
        // An abbreviated rank keeps its full stop and starts no sentence.
        let found = titled("Notes.\n\nThe mayor walked with Insp. Ana Ruiz on Monday.");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("Ana Ruiz", "Insp.")
        );
        // A rank after the office in apposition is the holder's title, not the name's start.
        let found = titled(
            "Notes.\n\nThe regional commander of the Marine Police, Senior Superintendent Ana \
             Ruiz, said so.",
        );
        assert!(
            found.iter().any(|(name, _, _)| name == "Ana Ruiz"),
            "{found:?}"
        );
        // A Latin American rank.
        let found = titled("Notes.\n\nThe commander, Subcommissioner Ana Ruiz, said so.");
        assert!(
            found.iter().any(|(name, _, _)| name == "Ana Ruiz"),
            "{found:?}"
        );
        // Hong Kong's head of government.
        let found = titled("Notes.\n\nChief Executive Ana Ruiz asked for a report.");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("Ana Ruiz", "Chief Executive")
        );
    }

    #[test]
    fn a_body_named_before_a_role_in_apposition_is_whom_the_ranked_holder_serves() {
        let found = titled("Notes.\n\n\"Nineteen,\" said an RCMP spokeswoman, Cpl. Ana Ruiz.");
        assert_eq!(found[0].2, ["Royal Canadian Mounted Police"]);
    }

    #[test]
    fn the_agency_s_office_serves_the_international_body_named_before() {
        let found = titled(
            "Notes.\n\nUNHCR said it was sending kits. \"Shelter first,\" said Ana Ruiz, the \
             agency's field coordinator in the north.",
        );
        let ruiz = found.iter().find(|f| f.0 == "Ana Ruiz").expect("Ruiz");
        assert_eq!(ruiz.2, ["UNHCR"], "{found:?}");
        // So does the head of its office.
        let found = titled(
            "Notes.\n\nUNHCR was sending tents. \"Shelter first,\" said Ana Ruiz, head of the \
             agency's field office in Mandera.",
        );
        let ruiz = found.iter().find(|f| f.0 == "Ana Ruiz").expect("Ruiz");
        assert_eq!(ruiz.2, ["UNHCR"], "{found:?}");
        // Not a national body's.
        let found = titled(
            "Notes.\n\nThe INM said it was sending kits. \"Shelter first,\" said Ana Ruiz, the \
             agency's field coordinator in the north.",
        );
        let ruiz = found.iter().find(|f| f.0 == "Ana Ruiz");
        assert!(ruiz.is_none_or(|f| f.2.is_empty()), "{found:?}");
    }

    #[test]
    fn an_international_body_s_possessive_names_whom_an_office_serves() {
        let found = titled("Notes.\n\nAna Ruiz, the IOM's chief of mission in Yemen, said so.");
        assert_eq!(
            found[0].2,
            ["International Organization for Migration"],
            "{found:?}"
        );
        // A national institute's acronym leaves the country to the story.
        let found = titled("Notes.\n\nAna Ruiz, the INM's delegate in Choluteca, said so.");
        assert!(
            !found[0]
                .2
                .contains(&"National Migration Institute".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn the_country_after_a_titled_name_may_come_with_its_article() {
        let found = titled(
            "Notes.\n\nGov. Ana Ruiz spoke with President Luis Paz of the Dominican Republic. \
             President Rosa Lugo of the Bahamas agreed.",
        );
        assert_eq!(found[1].2, ["Dominican Republic"], "{found:?}");
        assert_eq!(found[2].2, ["Bahamas"], "{found:?}");
    }

    #[test]
    fn offices_of_other_governments_and_ranks_are_titles() {
        let found = titled(
            "Notes.\n\nBolivia's government minister, Luis Paz, said so. Brig. Gen. Ana Ruiz \
             agreed. Mexico City's head of government, Rosa Lugo, spoke.",
        );
        let titles: Vec<&str> = found.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(
            titles,
            ["government minister", "Brig. Gen.", "head of government"],
            "{found:?}"
        );
        assert_eq!(found[0].2, ["Bolivia"]);
        // An office whose owner is a common noun: "the city's coordinator".
        let found = titled("Notes.\n\nAna Ruiz, the city's coordinator for shelters, said so.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("Ana Ruiz", "coordinator")
        );
        // "ambassador to Chile, X": the country sent to is not the one served.
        let found = titled("Notes.\n\nThe mayor received Peru's ambassador to Chile, Luis Paz.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), &found[0].2[..]),
            ("Luis Paz", &["Peru".to_string()][..])
        );
        // A word in lower case before an office is no place qualifying it, even where the
        // data knows a town of that name.
        let found = titled_with(
            &with_town_named_federal(),
            "Notes.\n\nLuis Paz, the federal minister of social development, spoke.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.is_empty(), "{found:?}");
        // Nor is one after a capitalised article: "The village chief" (The Village is a town
        // in Oklahoma).
        let found = titled("Notes.\n\nThe village chief of Fass, Luis Paz, spoke.");
        assert!(
            !found[0]
                .2
                .iter()
                .any(|p| p == "The Village" || p == "United States"),
            "{found:?}"
        );
    }

    #[test]
    fn a_region_s_head_word_in_a_body_s_name_is_no_town() {
        // Canton is a town in Ohio; after a name it is the head of a canton's.
        let found =
            titled("Notes.\n\nA spokesman for the Una-Sana Canton police, Luis Paz, spoke.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].2.iter().any(|p| p == "Canton"), "{found:?}");
        // Alone, it is the town.
        let found = titled("Notes.\n\nThe mayor of Canton, Luis Paz, spoke.");
        assert!(found[0].2.iter().any(|p| p == "Canton"), "{found:?}");
    }

    #[test]
    fn a_unit_s_head_after_a_body_s_head_names_the_body_s_unit() {
        let text = "Notes\n\nThe Velmark Police District said seven men had come in.";
        assert_eq!(texts_of_kind(text, "Org"), ["Velmark Police District"]);
        // After another word, the head names no body.
        let text = "Notes\n\nThe Velmark Hills District said seven men had come in.";
        assert!(texts_of_kind(text, "Org").is_empty(), "{:?}", kinds(text));
    }

    #[test]
    fn a_title_that_ends_a_sentence_leaves_its_full_stop() {
        let found = titled("Notes.\n\n\"It sank,\" said Ana Ruiz, a Coast Guard spokeswoman.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "Coast Guard spokeswoman");
    }

    #[test]
    fn a_day_before_an_apposition_is_nobody() {
        let text = "Notes.\n\nHe meets lawmakers on Friday, the Dominican ministry said. On \
                    Wednesday, the Mexican navy said so.";
        let people = texts_of_kind(text, "Person");
        assert!(
            !people.iter().any(|p| p == "Friday" || p == "Wednesday"),
            "{people:?}"
        );
        // A surname that is a month still names its bearer.
        let text = "Notes.\n\nGov. Javier May Rodríguez spoke. May said he had called Ana Ruiz.";
        let people = texts_of_kind(text, "Person");
        assert!(people.contains(&"May".to_string()), "{people:?}");
        // But a month before a number is the month.
        let text = "Notes.\n\nGov. Javier May Rodríguez spoke. On May 3, the Mexican navy said so.";
        let people = texts_of_kind(text, "Person");
        assert!(!people.contains(&"May".to_string()), "{people:?}");
    }

    #[test]
    fn a_country_whose_name_goes_on_in_lower_case_is_read_whole() {
        let text = "Notes.\n\nThe boat was bound for the Turks and Caicos Islands. Trinidad and \
                    Tobago sent a ship. Latin America and the Caribbean are two regions here.";
        assert_eq!(
            texts_of_kind(text, "KnownPlace"),
            [
                "Turks and Caicos Islands",
                "Trinidad and Tobago",
                "Latin America",
                "Caribbean"
            ]
        );
    }

    #[test]
    fn parks_passages_islands_and_monuments_are_landmarks() {
        let text = "Notes.\n\nThey camped in Marlow Park after crossing the Windward Passage \
                    near Gull Island, beside Cedar Bluff National Monument.";
        let landmarks: Vec<String> = kinds(text)
            .into_iter()
            .filter(|(_, k)| k == "NewPlace(Landmark)")
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            landmarks,
            [
                "Marlow Park",
                "Windward Passage",
                "Gull Island",
                "Cedar Bluff National Monument"
            ]
        );
        // An island named in French is one too; a group of islands is a region.
        let text = "Notes.\n\nA fisherman from Île de la Vache sailed past the Marlow Islands.";
        let read = kinds(text);
        assert!(
            read.contains(&(
                "Île de la Vache".to_string(),
                "NewPlace(Landmark)".to_string()
            )),
            "{read:?}"
        );
        assert!(
            read.contains(&("Marlow Islands".to_string(), "NewPlace(State)".to_string())),
            "{read:?}"
        );
    }

    #[test]
    fn a_town_in_a_person_s_name_is_no_town() {
        let text = "Notes.\n\nGovernor Ana Ruiz met Kingston Paz, the federal minister of \
                    social development, in Boa Vista on Monday.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Boa Vista"]);
    }

    #[test]
    fn a_hyphenated_name_the_gazetteer_knows_whole_is_one_place() {
        let text = "Notes.\n\nThey sailed from Haiti's Nord-Ouest department, not from the \
                    US-Mexico border.";
        let places = texts_of_kind(text, "KnownPlace");
        // (A pair of places joined by a hyphen is still both.)
        assert_eq!(places, ["Haiti", "Nord-Ouest", "US", "Mexico"]);
    }

    #[test]
    fn a_first_name_common_in_latin_america_starts_a_name() {
        // From names-dataset, which the European list of nam_dict.txt lacks; without it the
        // run falls apart at "Quintana", a place's name too.
        let text = "Notes.\n\nThe group was organized by Wuilson Barrientos Quintana, a \
                    Cuban migrant from Camagüey.";
        let people = texts_of_kind(text, "Person");
        assert!(
            people.contains(&"Wuilson Barrientos Quintana".to_string()),
            "{people:?}"
        );
    }

    #[test]
    fn given_names_joined_by_a_hyphen_start_a_name() {
        let g = Gazetteer::builtin();
        assert!(g.is_given_name("jean-baptiste") && !g.is_given_name("jean-lafortune"));
        let text = "Notes.\n\nIt is run by Jean-Baptiste Lafortune, a former schoolteacher from \
                    Haiti, who said so.";
        let people = texts_of_kind(text, "Person");
        assert!(
            people.contains(&"Jean-Baptiste Lafortune".to_string()),
            "{people:?}"
        );
    }

    #[test]
    fn a_body_is_named_by_a_noun_before_it_or_a_spanish_head_first() {
        let text = "Notes.\n\nShe is a lawyer with the group Caminos del Norte. Volunteers of \
                    the Fundación Bogotá Solidaria and the Comité de Apoyo Mutuo helped.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "Caminos del Norte",
                "Fundación Bogotá Solidaria",
                "Comité de Apoyo Mutuo"
            ]
        );
        // Called, named or known as so; "Aid" ends a body's name as "Fund" does.
        let text = "Notes.\n\nHe belongs to a group called Caminos del Sur. She joined a \
                    network known as Puentes del Norte, and Ana Ruiz volunteers with Pilsen \
                    Mutual Aid.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Caminos del Sur", "Puentes del Norte", "Pilsen Mutual Aid"]
        );
        // "Force" heads a body as "Forces" does; a force in lower case is none.
        let text = "Notes.\n\nThe Grenada Defence Force and the Peruvian Air Force helped, \
                    by force.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Grenada Defence Force", "Peruvian Air Force"]
        );
        // A body's field may name two things, when the second ends in a head word.
        let text = "Notes.\n\nThe Secretariat of Labor and Social Services and the \
                    Ministry of Works and Mexico's Navy spoke.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "Secretariat of Labor and Social Services",
                "Ministry of Works",
                "Mexico's Navy"
            ]
        );
        // Or when the second names nothing known and ends the capitals; not a person.
        let text = "Notes.\n\nThe Secretariat of Foreign Affairs and International Cooperation \
                    spoke, as did the Ministry of Works and Ana Ruiz. Police answer to the \
                    Ministry of Justice and Public Security.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "Secretariat of Foreign Affairs and International Cooperation",
                "Ministry of Works",
                "Ministry of Justice and Public Security"
            ]
        );
        let people = texts_of_kind(text, "Person");
        assert!(!people.iter().any(|p| p.contains("Security")), "{people:?}");
        // A field after "for" may name two things too; a French body's particles join it.
        let text = "Notes.\n\nThe Commissariat for Refugees and Migration spoke, as did the \
                    Police aux Frontières.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "Commissariat for Refugees and Migration",
                "Police aux Frontières"
            ]
        );
        // A group's possession names no body.
        let text = "Notes.\n\nThe group Ana Ruiz led left, and the group's Luis Paz spoke.";
        assert_none_of_kind(text, "Org");
    }

    #[test]
    fn a_unit_named_by_its_head_word_qualifies_the_office_after_it() {
        assert_eq!(
            titled("Notes.\n\nRay Holt, a former San Diego Sector chief who now teaches, spoke."),
            [one("Ray Holt", "San Diego Sector chief", &[])]
        );
    }

    #[test]
    fn an_apposition_names_the_person_after_the_office_written_before_the_comma() {
        let found = titled(
            "Notes.\n\nMexican Foreign Secretary Rosa Fuentes, a former ambassador to the \
             United Nations, spoke.",
        );
        assert!(
            found.iter().all(|(name, _, _)| name == "Rosa Fuentes"),
            "{found:?}"
        );
        // A surname that is a title's word is the name's.
        assert_eq!(
            titled("Notes.\n\nAmy Pope, the director general of the agency, spoke."),
            [one("Amy Pope", "director general", &[])]
        );
    }

    #[test]
    fn an_office_written_possessive_is_not_the_one_before_the_comma() {
        let g = Gazetteer::builtin();
        let text = "Notes.\n\nThey were handed to agents of the Border Patrol's Miami Sector, the \
                    sheriff's office said. Luis Paz, the mayor, agreed.";
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let people: Vec<(&str, &[String])> = ex
            .people
            .iter()
            .map(|p| (p.name.as_str(), p.titles.as_slice()))
            .collect();
        assert_eq!(people, [("Luis Paz", &["mayor".to_string()][..])]);
    }

    #[test]
    fn a_shelter_s_director_holds_no_office() {
        assert!(titled("Notes.\n\nShelter director Ana Ruiz said it was full.").is_empty());
        assert_eq!(
            titled("Notes.\n\nMigration director Ana Ruiz said it was full."),
            [one("Ana Ruiz", "Migration director", &[])]
        );
    }

    #[test]
    fn a_given_name_after_an_article_is_no_person() {
        let g = Gazetteer::builtin();
        let people = |text: &str| -> Vec<String> {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            ex.people.into_iter().map(|p| p.name).collect()
        };
        assert!(people("Notes.\n\nThe village is run by the Maria Lenca.").is_empty());
        assert_eq!(
            people("Notes.\n\nThe village is run by Maria Lenca."),
            ["Maria Lenca"]
        );
    }

    #[test]
    fn the_head_of_a_body_named_by_an_acronym_holds_an_office() {
        assert_eq!(
            titled("Notes.\n\nThey met the head of the Veracruz DIF, Ana Ruiz, on Monday.")
                .into_iter()
                .map(|(name, title, _)| (name, title))
                .collect::<Vec<_>>(),
            [(
                "Ana Ruiz".to_string(),
                "head of the Veracruz DIF".to_string()
            )]
        );
        assert!(titled("Notes.\n\nMost head north to Tijuana. Head north, he said.").is_empty());
    }

    #[test]
    fn a_village_or_township_head_holds_an_office() {
        assert_eq!(
            titled("X\n\nThe village head, Yohanis Messakh, went down to the jetty."),
            [one("Yohanis Messakh", "village head", &[])]
        );
        assert_eq!(
            titled("X\n\nThe township head, Yohanis Messakh, went down to the jetty."),
            [one("Yohanis Messakh", "township head", &[])]
        );
    }

    #[test]
    fn an_office_is_named_by_the_acronym_the_article_gives_it() {
        let read = |text: &str| -> Vec<(String, String)> {
            titled(text)
                .into_iter()
                .map(|(name, title, _)| (name, title))
                .collect()
        };
        let office = |name: &str, title: &str| vec![(name.to_string(), title.to_string())];
        assert_eq!(
            read(
                "X\n\nThe chief district officer (CDO) of Parsa district went to the border. \
                 The CDO, Ghanashyam Upreti, said the border was open."
            ),
            office("Ghanashyam Upreti", "CDO")
        );
        assert_eq!(
            read(
                "X\n\nThe Upazila Nirbahi Officer (UNO) visited the camp. The UNO, Sabiha \
                 Mahjabeen, said there was no space."
            ),
            office("Sabiha Mahjabeen", "UNO")
        );
        // Or by its initials, the office written out before without brackets.
        assert_eq!(
            read(
                "X\n\nThe chief district officer of Jhapa district went to the bridge. The \
                 CDO, Keshav Ghimire, said the bridge was open."
            ),
            office("Keshav Ghimire", "CDO")
        );
        // Or by words that end in an office.
        assert_eq!(
            read(
                "X\n\nThe regional police commander for Velmara, known as the RPC, came. The \
                 RPC, Ezekiel Mwakalinga, said the tank had holes."
            ),
            office("Ezekiel Mwakalinga", "RPC")
        );
        // The words an office's acronym abbreviates are no body.
        let text = "X\n\nSupt. Jackson Wafula, the Officer Commanding Police Division (OCPD) in \
                    Malaba, said so. The OCPD said the driver was held.";
        assert!(texts_of_kind(text, "Org").is_empty(), "{:?}", kinds(text));
        // A body's name that holds an office is still the body's.
        for (text, body) in [
            (
                "X\n\nOfficers of the General Operations Force (GOF) found them. The GOF \
                 said so.",
                "General Operations Force",
            ),
            (
                "X\n\nThe United Nations High Commissioner for Refugees (UNHCR) said so. \
                 The UNHCR, Ana Ruiz, said more would come.",
                "United Nations High Commissioner for Refugees",
            ),
        ] {
            assert!(
                texts_of_kind(text, "Org").iter().any(|t| t == body),
                "{:?}",
                kinds(text)
            );
        }
    }

    #[test]
    fn a_rank_and_a_delegate_are_offices() {
        assert_eq!(
            titled(
                "Notes.\n\nPetty Officer Second Class Ana Ruiz spoke. Luis Paz, the INM's \
                 delegate in Oaxaca, agreed."
            ),
            [
                one("Ana Ruiz", "Petty Officer Second Class", &[]),
                one("Luis Paz", "delegate", &[])
            ]
        );
    }

    /// The built-in data with the Argentine town of Federal, which it leaves out as a common
    /// word ("the Federal Police"), as a user's data folder may add it back.
    fn with_town_named_federal() -> Gazetteer {
        assert!(Gazetteer::builtin().place("federal").is_none());
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("cities.tsv"),
            "3433956\tFederal\t\tAR\t\t-30.95619\t-58.77970\t16333\n",
        )
        .unwrap();
        let g = Gazetteer::with_extra(dir.path()).unwrap();
        assert!(g.place("federal").is_some());
        g
    }

    #[test]
    fn a_word_that_qualifies_an_office_is_no_town_named_like_it() {
        assert_eq!(
            titled_with(
                &with_town_named_federal(),
                "Notes.\n\nFederal Immigration Minister Ana Ruiz spoke in Federal."
            ),
            [one("Ana Ruiz", "Federal Immigration Minister", &[])]
        );
    }

    #[test]
    fn a_capitalised_title_set_off_by_commas_names_the_person_beside_it() {
        for text in [
            "Notes.\n\nGuatemala's Minister of the Interior, Ana Lucía Pereira, visited the camp.",
            "Notes.\n\nAna Lucía Pereira, Guatemala's Minister of the Interior, visited the camp.",
        ] {
            assert_eq!(
                titled(text),
                [one(
                    "Ana Lucía Pereira",
                    "Minister of the Interior",
                    &["Guatemala"]
                )]
            );
        }
        // A title followed by its own holder's name is not the previous name's.
        let listed = titled(
            "Notes.\n\nSecretary of State Daniel Whitcomb, Homeland Security Secretary Rosa Tello and others met.",
        );
        assert!(
            listed
                .iter()
                .all(|(name, title, _)| name != "Daniel Whitcomb" || title == "Secretary of State"),
            "{listed:?}"
        );
        // Nor is an office named in a possessive.
        let office =
            titled("Notes.\n\nLuis Ochoa, the President's spokesman, declined to comment.");
        assert!(
            !office.iter().any(|(_, title, _)| title == "President"),
            "{office:?}"
        );
    }

    #[test]
    fn a_name_with_a_landmark_or_region_head_before_of_or_after_in_lower_case_is_one() {
        let text = "Notes.\n\nThey waited at the Paso del Norte bridge, the Mariposa port of \
                    entry and the Pedro de Alvarado border crossing. Ana Ruiz crossing the river \
                    said so.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            [
                "Paso del Norte bridge",
                "Mariposa port of entry",
                "Pedro de Alvarado border crossing"
            ]
        );
        let text = "Notes.\n\nThey crossed near Lake Orvalle and camped below Mount Brennick.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Lake Orvalle", "Mount Brennick"]
        );
        // A river named after its head word, as British papers write it, and a road tunnel.
        let text = "Notes.\n\nThey crossed the River Brennick and walked the Orvalle Tunnel.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["River Brennick", "Orvalle Tunnel"]
        );
        let text = "Notes.\n\nBoats cross the Gulf of Urabá and the Mona Channel every day.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Gulf of Urabá", "Mona Channel"]
        );
        // A region's head first names a region.
        let text = "Notes.\n\nThey walked across the Isthmus of Tehuantepec.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(State)"),
            ["Isthmus of Tehuantepec"]
        );
    }

    #[test]
    fn an_app_is_named_for_no_one() {
        let text = "Notes.\n\nThey refresh the CBP One app and the Asylum Connect application.";
        let named: Vec<String> = kinds(text).into_iter().map(|(t, _)| t).collect();
        assert!(
            !named
                .iter()
                .any(|t| t.contains("CBP") || t.contains("Asylum")),
            "{named:?}"
        );
    }

    #[test]
    fn a_government_is_named_by_its_place_or_people_and_maybe_its_level() {
        let text = "Notes.\n\nThe U.S. government and the Costa Rican government spoke. \
                    Veracruz's state government, the Matamoros city government, Chile's \
                    government and the Biden administration did not. The government did.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "U.S. government",
                "Costa Rican government",
                "Veracruz's state government",
                "Matamoros city government",
                "Chile's government",
                "Biden administration"
            ]
        );
        // A surname that is also a town's name ("Castro" is one in Chile) is the person's: the
        // government is hers, not the town's.
        let text = "Notes.\n\nPresident Ana Castro's government has said so.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["President Ana Castro's government"]
        );
        assert!(texts_of_kind(text, "Person").contains(&"Ana Castro".to_string()));
        // A capital after "Administration" goes on with a body's own name.
        let text = "Notes.\n\nThe State Administration Council said so.";
        assert_eq!(texts_of_kind(text, "Org"), ["State Administration Council"]);
        // A word for the moment may stand where the level does.
        let text = "Notes.\n\nHaiti's transitional government and Peru's interim government \
                    said so.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "Haiti's transitional government",
                "Peru's interim government"
            ]
        );
        // Or two words for its standing.
        let text = "Notes.\n\nNiger's military government and Yemen's internationally \
                    recognised government said so.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "Niger's military government",
                "Yemen's internationally recognised government"
            ]
        );
        // A government of the moment is one without its country; after its country's, that
        // one; "the government" and "the new government" are none.
        let text = "Notes.\n\nThe interim government that took office said so. The new \
                    government agreed, and the government denied it.";
        assert_eq!(texts_of_kind(text, "Org"), ["interim government"]);
        let text = "Notes.\n\nBangladesh's interim government said so. The interim government \
                    agreed.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Bangladesh's interim government"]
        );
        // An office named with the word is no body; nor is a government named only in its
        // leader's title.
        let text = "Notes.\n\nBolivia's government minister, Luis Paz, said so.";
        assert_none_of_kind(text, "Org");
        let text = "Notes.\n\nShe spoke with the leader of Mali's military government, \
                    Colonel Assimi Goita.";
        assert_none_of_kind(text, "Org");
    }

    #[test]
    fn capes_islands_seas_and_straits_are_landmarks_whatever_their_first_word() {
        let text = "Notes.\n\nThe engine failed off Cap Timiris, north of Bab el-Mandeb, \
                    where the Red Sea meets the gulf. Others reached Koh Lipe and Banc d'Arguin \
                    National Park.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            [
                "Cap Timiris",
                "Red Sea",
                "Koh Lipe",
                "Banc d'Arguin National Park"
            ]
        );
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Bab el-Mandeb"]);
        assert_none_of_kind(text, "Org");
    }

    #[test]
    fn a_known_place_opened_by_a_prefix_in_lower_case_is_read_whole() {
        let text = "Notes.\n\nMost came from sub-Saharan Africa.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["sub-Saharan Africa"]);
    }

    #[test]
    fn a_countrys_service_named_by_its_field_is_its_known_body() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "Notes.\n\nThey crossed, according to Panama's migration service.",
            g.cleaner(),
        );
        let known: Vec<&str> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Org(Some(o)) => Some(g.orgs[o].id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(known, ["pa-snm"]);
    }

    #[test]
    fn the_pronoun_i_ends_a_name() {
        let text = "Notes.\n\n\"When I am in Jeddah I will call her,\" she said.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Jeddah"]);
    }

    #[test]
    fn a_head_word_alone_after_a_countrys_possessive_is_its_known_body() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "Notes.\n\nMexico's Navy found the boat. The Navy of the story was quiet.",
            g.cleaner(),
        );
        let known: Vec<(String, &str)> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Org(Some(o)) => Some((m.text, g.orgs[o].id.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(known, [("Mexico's Navy".to_string(), "mx-semar")]);
    }
    #[test]
    fn an_office_named_by_whom_it_serves_is_a_body_but_a_room_is_not() {
        let text = "Notes.\n\nThe Attorney General's Office and the Peruvian Ombudsman's Office \
                    opened inquiries. The President's office was quiet.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Attorney General's Office", "Peruvian Ombudsman's Office"]
        );
        // A county's office takes the county's name, "County" in the title or before it.
        let text = "Notes.\n\nDeputies of the Starr County Sheriff's Office and of the San Diego \
                    County Sheriff's Office searched the field.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "Starr County Sheriff's Office",
                "San Diego County Sheriff's Office"
            ]
        );
        // So does its department.
        let text = "Notes.\n\nMost ran off, the Los Angeles County Sheriff's Department said.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Los Angeles County Sheriff's Department"]
        );
    }

    #[test]
    fn a_shelter_named_after_someone_is_a_body_not_a_person_and_a_town_shelter_is_neither() {
        let text = "Notes.\n\nThey slept at the Rosa Elvira Duarte shelter and the Benito \
                    Juárez shelter, then at the Tijuana shelter, and Ana Ruiz shelters them.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Rosa Elvira Duarte shelter", "Benito Juárez shelter"]
        );
        // A name that says it is a body's already is the whole name.
        assert_eq!(
            texts_of_kind(
                "Notes.\n\nThey slept at the Casa de Acogida Frontera shelter.",
                "Org"
            ),
            ["Casa de Acogida Frontera"]
        );
        let people = texts_of_kind(text, "Person");
        assert!(people.contains(&"Ana Ruiz".to_string()), "{people:?}");
        assert!(
            !people
                .iter()
                .any(|p| p.contains("Duarte") || p.contains("Benito")),
            "{people:?}"
        );
    }

    #[test]
    fn an_office_may_be_a_unit_of_a_body_and_an_opening_phrase_holds_none() {
        assert_eq!(
            titled(
                "Notes.\n\nThe consul met the head of the INM office in Chiapas, Noemí Salas \
                 Vidal, in Comitán."
            ),
            [one(
                "Noemí Salas Vidal",
                "head of the INM office in Chiapas",
                &["National Migration Institute"]
            )]
        );
        for text in [
            "Notes.\n\nOn Monday, the mayor said the shelter was full.",
            "Notes.\n\nIn Tapachula, the governor said the shelter was full.",
        ] {
            assert!(titled(text).is_empty(), "{:?}", titled(text));
        }
    }

    #[test]
    fn an_office_may_be_told_by_its_verb() {
        assert_eq!(
            titled(
                "Notes.\n\nHe met Noemí Salas, who heads the UNHCR office in Quito, on Monday. \
                 Luis Paz, who heads Sonora's State Population Council (Coespo), spoke."
            ),
            [
                one(
                    "Noemí Salas",
                    "head of the UNHCR office in Quito",
                    &["UNHCR"]
                ),
                one(
                    "Luis Paz",
                    "head of Sonora's State Population Council",
                    &["Sonora"]
                )
            ]
        );
        // A known body's own unit, named by a plain noun after its possessive.
        assert_eq!(
            titled("Notes.\n\nJoaquim Nhantu, who heads IOM's office in Tete, spoke."),
            [one(
                "Joaquim Nhantu",
                "head of IOM's office",
                &["International Organization for Migration"]
            )]
        );
        // A body nobody knows, of no place: perhaps a group of activists.
        assert!(titled(
            "Notes.\n\nAna Ruiz, a lawyer who heads the Colectivo Frontera Sur, spoke."
        )
        .is_empty());
        assert!(
            titled("Notes.\n\nAna Ruiz, who heads Colectivo's office in Tete, spoke.").is_empty()
        );
    }

    #[test]
    fn words_that_qualify_an_office_stand_between_the_and_the_title() {
        for (office, title, places) in [
            ("the regional ombudsman for the coast", "ombudsman", &[][..]),
            ("the new interim mayor", "mayor", &[]),
            ("the port director", "director", &[]),
            ("a former director", "director", &[]),
            (
                "her Guatemalan counterpart",
                "Guatemalan counterpart",
                &["Guatemala"],
            ),
        ] {
            assert_eq!(
                titled(&format!(
                    "Notes.\n\nNoemí Salas Vidal, {office}, said the boats were full."
                )),
                [one("Noemí Salas Vidal", title, places)],
                "{office}"
            );
        }
    }

    #[test]
    fn a_county_named_before_a_county_office_is_the_place_and_its_country_is_served() {
        let text = "Notes.\n\nSan Diego County Supervisor Ana Ruiz met El Paso County Judge \
                    Luis Paz and Texas State Senator Eva Soto.";
        assert_eq!(
            titled(text),
            [
                (
                    "Ana Ruiz".to_string(),
                    "County Supervisor".to_string(),
                    vec!["United States".to_string()]
                ),
                (
                    "Luis Paz".to_string(),
                    "County Judge".to_string(),
                    vec!["United States".to_string()]
                ),
                // A state before "State Senator" is the state.
                (
                    "Eva Soto".to_string(),
                    "State Senator".to_string(),
                    vec!["Texas".to_string()]
                )
            ]
        );
        assert_eq!(
            texts_of_kind(text, "NewPlace"),
            ["San Diego County", "El Paso County"]
        );
        // A county named like a person is no part of the officer's name.
        let text = "Notes.\n\nLuna County Sheriff Luis Paz said so.";
        assert_eq!(
            titled(text),
            [(
                "Luis Paz".to_string(),
                "Luna County Sheriff".to_string(),
                vec![]
            )]
        );
        // Nor one named like a person before a title that opens on "County".
        let text = "Notes.\n\nStarr County Judge Luis Paz said so.";
        assert_eq!(
            titled(text),
            [(
                "Luis Paz".to_string(),
                "Starr County Judge".to_string(),
                vec![]
            )]
        );
        assert_eq!(texts_of_kind(text, "NewPlace"), ["Starr County"]);
        // A county office only one country has is that country's, whatever else the county's
        // name is ("Imperial" is a town in Peru too).
        assert_eq!(
            titled("Notes.\n\nImperial County Sheriff Luis Paz said so."),
            [one("Luis Paz", "County Sheriff", &["United States"])]
        );
    }

    #[test]
    fn a_small_town_is_a_place_after_a_word_of_departure_or_transit() {
        let places = |text: &str| texts_of_kind(&format!("Notes.\n\n{text}"), "KnownPlace");
        assert_eq!(places("She left Tulcán on Monday."), ["Tulcán"]);
        assert_eq!(places("They travelled via Tulcán."), ["Tulcán"]);
        // Or what is visited.
        assert_eq!(places("The minister toured Tulcán on Monday."), ["Tulcán"]);
        // Not where nothing says a place is meant.
        assert!(places("Tulcán smiled.").is_empty());
        // An unknown word after "from" or "in", then a phrase of time, as after a comma.
        let new_places = |text: &str| texts_of_kind(&format!("Notes.\n\n{text}"), "NewPlace");
        for text in [
            "The boat had left from Ndorvo four nights earlier.",
            "They were in Ndorvo on Monday.",
            "They slept in Ndorvo last week.",
        ] {
            assert_eq!(new_places(text), ["Ndorvo"], "{text}");
        }
        // But a word that qualifies a noun after it is none.
        assert!(new_places("It spread in Facebook posts.").is_empty());
    }

    #[test]
    fn a_place_is_read_by_how_it_is_written_a_full_stop_a_month_a_dateline() {
        let text = "Notes.\n\nThey crossed at La Mesilla and slept at the Casa del Migrante. \
                    Officials in Baton Rouge, La., and Dover, Del., said so. The US officials agreed.";
        let places = texts_of_kind(text, "KnownPlace");
        assert!(places.contains(&"La".to_string()), "{places:?}");
        assert!(places.contains(&"Del".to_string()), "{places:?}");
        assert_eq!(
            places.iter().filter(|p| *p == "La" || *p == "Del").count(),
            2,
            "{places:?}"
        );
        // A dateline names a town, not the region named after it.
        let g = Gazetteer::builtin();
        let text = "Notes\n\nTACNA, Peru (AP) — Hundreds of people waited.";
        let tacna = place_read(&g, text, "TACNA").map(|p| p.kind);
        assert_eq!(tacna, Some(PlaceKind::City));
        // The town of the state written after it: not another state's or country's town of
        // the name. (Argentine towns carry no state in the data: the country decides.)
        for (dateline, town, country, state) in [
            ("YUMA, Ariz.", "YUMA", "US", Some("US-AZ")),
            ("SPRINGFIELD, Mo.", "SPRINGFIELD", "US", Some("US-MO")),
            ("SPRINGFIELD, Ill.", "SPRINGFIELD", "US", Some("US-IL")),
            ("SANTA ROSA, La Pampa", "SANTA ROSA", "AR", None),
            // A Canadian province as the wires abbreviate it (Canadian towns carry none).
            ("KINGSTON, Ont.", "KINGSTON", "CA", None),
        ] {
            let text = format!("Notes\n\n{dateline} (AP) — Hundreds of people waited.");
            let place = place_read(&g, &text, town).expect("the dateline's town");
            assert_eq!(
                (
                    place.kind,
                    place.country.as_deref(),
                    place.subdivision.as_deref()
                ),
                (PlaceKind::City, Some(country), state),
                "{dateline}"
            );
        }
        // A city that dwarfs its namesake keeps its name in a story that only names the
        // namesake's country, not where a state of it is named.
        let text = "Notes\n\nGENEVA (AP) — Officials from the U.S. met.";
        let place = place_read(&g, text, "GENEVA").expect("Geneva");
        assert_eq!(place.country.as_deref(), Some("CH"));
        let text = "Notes\n\nPolice in Geneva, in Illinois, said 30 people were found.";
        let place = place_read(&g, text, "Geneva").expect("Geneva");
        assert_eq!(place.country.as_deref(), Some("US"));
        // A large city yields to a namesake a fifth its size in the story's country.
        for (dateline, country) in [("MADRID, Spain", "ES"), ("BOGOTÁ, Colombia", "CO")] {
            let text = format!("Notes\n\n{dateline} (AP) — Nineteen men reached Cartagena.");
            let place = place_read(&g, &text, "Cartagena").expect("Cartagena");
            assert_eq!(place.country.as_deref(), Some(country), "{dateline}");
        }
        // Mid-story too, a name with its country after it is a town: not the larger city of
        // the name elsewhere, nor the country's province of the name.
        let text = "Notes\n\nThe buses reached San José, Costa Rica, on Monday.";
        let place = place_read(&g, text, "San José").expect("San José");
        assert_eq!(
            (place.kind, place.country.as_deref()),
            (PlaceKind::City, Some("CR"))
        );
        // One the gazetteer knows a word of is the town, whole, and so when named again.
        let text = "Notes\n\nPASO CANOAS, Costa Rica (Reuters) - Buses left. They had waited in \
                    the streets of Paso Canoas.";
        assert_eq!(
            texts_of_kind(text, "NewPlace"),
            ["PASO CANOAS", "Paso Canoas"]
        );
        let ex = crate::extract::extract(&g, &Doc::new(text, g.cleaner()), None);
        let names: Vec<&str> = ex.places.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"Paso Canoas"), "{names:?}");
        // Named again before a landmark's head, it names the landmark.
        let text = "Notes\n\nPASO CANOAS, Costa Rica (Reuters) - Buses left from the Paso \
                    Canoas border crossing.";
        let landmarks: Vec<String> = kinds(text)
            .into_iter()
            .filter(|(_, k)| k == "NewPlace(Landmark)")
            .map(|(t, _)| t)
            .collect();
        assert_eq!(landmarks, ["Paso Canoas border crossing"]);
        // A region of another country than the one written after it is a town the gazetteer
        // lacks.
        let text = "Notes\n\nGRACIAS A DIOS, Guatemala (EFE) — Hundreds of people waited in \
                    Gracias a Dios.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(City)"),
            ["GRACIAS A DIOS", "Gracias a Dios"]
        );
        let ex = crate::extract::extract(&g, &Doc::new(text, g.cleaner()), None);
        assert!(ex
            .places
            .iter()
            .all(|p| p.known.is_none() || p.name == "Guatemala"));
        // So is a known town's name written with a territory none of its namesakes lies in.
        let text = "Boats reach Saint-Philippe\n\nSAINT-PHILIPPE, Réunion (AP) — Nine men landed \
                    in Saint-Philippe. Saint-Philippe, a town of 5,000, lies south.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(City)"),
            [
                "Saint-Philippe",
                "SAINT-PHILIPPE",
                "Saint-Philippe",
                "Saint-Philippe"
            ]
        );
        // None of them is the known namesake, however it was read.
        let ex = crate::extract::extract(&g, &Doc::new(text, g.cleaner()), None);
        assert!(ex
            .places
            .iter()
            .all(|p| p.known.is_none() || p.name == "Réunion"));
        // "the district of X", "the parish of X": a region the gazetteer lacks.
        for head in ["district", "parish"] {
            let text = format!("Notes\n\nBoats left from the {head} of Vantabelo on Monday.");
            assert_eq!(
                texts_of_kind(&text, "NewPlace(State)"),
                ["Vantabelo"],
                "{head}"
            );
        }
        // Where the name is a country's, only the dateline is the town.
        let text = "Notes\n\nCOLOMBIA, Nuevo León (AP) — They came all the way from Colombia.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["COLOMBIA"]);
        assert_eq!(
            texts_of_kind(text, "KnownPlace"),
            ["Nuevo León", "Colombia"]
        );
        // A month is no town: "in August".
        let month = texts_of_kind("Notes.\n\nThey arrived in August.", "KnownPlace");
        assert!(month.is_empty(), "{month:?}");
        // Initials are no word cut short: "U.S." is written "US" as often.
        assert!(places.iter().any(|p| p.ends_with("US")), "{places:?}");
    }

    #[test]
    fn a_lower_case_title_after_a_name_takes_the_possessive_country_and_a_name_keeps_its_particles()
    {
        for possessive in ["Honduras's", "Honduras'"] {
            assert_eq!(
                titled(&format!(
                    "Notes.\n\nTomás Rivera, {possessive} foreign minister, said the talks went on."
                )),
                [one("Tomás Rivera", "foreign minister", &["Honduras"])]
            );
        }
        assert_eq!(
            titled("Notes.\n\nShe spoke with Mexico's foreign secretary, Juan Ramón de la Vega, on Monday."),
            [one("Juan Ramón de la Vega", "foreign secretary", &["Mexico"])]
        );
        // Any portfolio: "Brazil's justice minister, X", "Alberta's public safety minister".
        assert_eq!(
            titled("Notes.\n\nBrazil's justice minister, Tomás Rivera, spoke with reporters."),
            [one("Tomás Rivera", "justice minister", &["Brazil"])]
        );
        assert_eq!(
            titled(
                "Notes.\n\nShe walked with Alberta's public safety minister, Tomás Rivera, on \
                 Monday."
            ),
            [one("Tomás Rivera", "public safety minister", &["Alberta"])]
        );
        // Two portfolios joined: "Indonesia's law and human rights minister".
        assert_eq!(
            titled(
                "Notes.\n\nShe will meet Indonesia's law and human rights minister, Tomás \
                 Rivera, in Jakarta."
            ),
            [one(
                "Tomás Rivera",
                "law and human rights minister",
                &["Indonesia"]
            )]
        );
        // A modifier of the office before the portfolio: "Syria's new intelligence chief".
        assert_eq!(
            titled("Notes.\n\nShe met Syria's new intelligence chief, Tomás Rivera, on Monday."),
            [one("Tomás Rivera", "new intelligence chief", &["Syria"])]
        );
        // An office that is also a given name: in lower case the office, capitalised before
        // a name the name.
        assert_eq!(
            titled(
                "Notes.\n\nThe village's mukhtar, Tomás Rivera, said so. Mukhtar Jama agreed, \
                 and Interior Minister Mukhtar Babayev did not."
            ),
            [
                one("Tomás Rivera", "mukhtar", &[]),
                one("Mukhtar Babayev", "Interior Minister", &[])
            ]
        );
        // An informal office in quotation marks, the comma inside or outside them.
        assert_eq!(
            titled("Notes.\n\nSpain's \"migration czar,\" Tomás Rivera, went to Ceuta."),
            [one("Tomás Rivera", "migration czar", &["Spain"])]
        );
        assert_eq!(
            titled("Notes.\n\nAna Ruiz met Tomás Rivera, Chile's \"border tsar\", on Monday."),
            [one("Tomás Rivera", "border tsar", &["Chile"])]
        );
        // A junior minister by the demonym: "the Dutch state secretary".
        assert_eq!(
            titled(
                "Notes.\n\nShe called the Dutch state secretary for kingdom relations, Ana \
                 Ruiz, on Tuesday."
            ),
            [one("Ana Ruiz", "Dutch state secretary", &["Netherlands"])]
        );
        // A body the gazetteer lacks, by its acronym: the office is its.
        assert_eq!(
            titled("Notes.\n\nAna Ruiz, the RRS director general, visited the camp."),
            [one("Ana Ruiz", "RRS director general", &[])]
        );
        // A known body told by what it is: "the regional bloc IGAD".
        assert_eq!(
            titled(
                "Notes.\n\nThe executive secretary of the regional bloc IGAD, Ana Ruiz, is due \
                 in Juba."
            ),
            [one("Ana Ruiz", "executive secretary", &["IGAD"])]
        );
        // Where an envoy is posted is not the country the envoy serves.
        assert_eq!(
            titled("Notes.\n\nHaiti's ambassador in Managua, Pierre Joseph, asked for a pause."),
            [one("Pierre Joseph", "ambassador", &["Haiti"])]
        );
        // Nor is the post an officer stands at.
        assert_eq!(
            titled("Notes.\n\n\"Some sleep,\" said a BSF commandant at the crossing, Ravi Lal."),
            [one(
                "Ravi Lal",
                "BSF commandant",
                &["Border Security Force"]
            )]
        );
    }

    #[test]
    fn a_title_may_run_through_the_place_it_is_of_or_posted_to() {
        assert_eq!(
            titled("Notes.\n\nShe met Governor of Sonora Ana Ruiz on Monday."),
            [one("Ana Ruiz", "Governor of Sonora", &["Sonora"])]
        );
        // Posted to Honduras, serving the country before the title.
        assert_eq!(
            titled("Notes.\n\nShe met U.S. Ambassador to Honduras Ana Ruiz on Monday."),
            [one("Ana Ruiz", "U.S. Ambassador to Honduras", &[])]
        );
        // Without a name after it the office names no one, and the place is a place.
        for text in [
            "Notes.\n\nThe Minister of Panama said so.",
            "Notes.\n\nThe Mayor of Tijuana said so.",
        ] {
            assert!(titled(text).is_empty(), "{:?}", kinds(text));
            assert!(
                !texts_of_kind(text, "KnownPlace").is_empty(),
                "{:?}",
                kinds(text)
            );
        }
        // Nor is what follows "of" its holder: the office's field, or a body's.
        assert!(titled("Notes.\n\nThe Minister of Health said so.").is_empty());
        let body = "Notes.\n\nRaids were ordered by the Directorate General of Migration.";
        assert!(titled(body).is_empty(), "{:?}", kinds(body));
        assert_eq!(
            texts_of_kind(body, "Org"),
            ["Directorate General of Migration"]
        );
        // A place's name inside a longer title is no place: "Secretary of Homeland Security".
        let text = "Notes.\n\nShe met Secretary of Homeland Security Ana Ruiz on Monday.";
        assert_none_of_kind(text, "KnownPlace");
    }

    #[test]
    fn a_plural_title_before_a_list_of_names_gives_each_the_title() {
        let found = titled(
            "Notes.\n\nGovernors Ana Ruiz of Sonora and Luis Vega of Chihuahua attended the talks.",
        );
        assert_eq!(
            found,
            [
                one("Ana Ruiz", "Governor", &["Sonora"]),
                one("Luis Vega", "Governor", &["Chihuahua"])
            ]
        );
        // One name is no list: "Presidents Day".
        assert!(titled("Notes.\n\nMayors Ana Ruiz spoke.").is_empty());
        // In lower case, set off by a comma, with the word before it in the title.
        let found = titled(
            "Notes.\n\nTheir foreign ministers, Ana Ruiz of Panama and Luis Vega of Peru, will meet.",
        );
        assert_eq!(
            found,
            [
                one("Ana Ruiz", "foreign minister", &["Panama"]),
                one("Luis Vega", "foreign minister", &["Peru"])
            ]
        );
        // So do two who share one post: "the co-mayors, X and Y".
        let found = titled("Notes.\n\nThe co-mayors, Ana Ruiz and Luis Vega, sent blankets.");
        assert_eq!(
            found,
            [
                one("Ana Ruiz", "co-mayor", &[]),
                one("Luis Vega", "co-mayor", &[])
            ]
        );
        // Whose they are may come before the comma: "of both towns", "of the two countries".
        let found = titled(
            "Notes.\n\nThey met the mayors of both towns, Ana Ruiz of Nogales and Luis Vega.",
        );
        assert_eq!(
            found,
            [
                one("Ana Ruiz", "mayor", &["Nogales"]),
                one("Luis Vega", "mayor", &[])
            ]
        );
        let text = "Notes.\n\nThe presidents of the two countries, Ana Ruiz and Luis Vega, spoke.";
        assert_eq!(titled(text).len(), 2, "{:?}", titled(text));
    }

    #[test]
    fn the_patrol_agent_in_charge_of_a_station_holds_an_office() {
        let found = titled(
            "Notes.\n\nAgents counted 57, said Ana Ruiz, the patrol agent in charge of the \
             Border Patrol's Fabens station.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("Ana Ruiz", "patrol agent in charge")
        );
    }

    #[test]
    fn a_plural_possessive_inside_a_name_is_part_of_it() {
        let text = "Notes.\n\nAna Ruiz spoke for the Maine Immigrants' Rights Coalition.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["Maine Immigrants' Rights Coalition"]
        );
        // Not a possessive after a name, before what is not one.
        let text = "Notes.\n\nThe Hondurans' journey ended in Tapachula.";
        assert!(texts_of_kind(text, "Org").is_empty());
        // Nor a country's plural possessive: the country is named on its own.
        let text = "Notes.\n\nThe Bahamas' Department of Immigration said so.";
        assert_eq!(
            texts_of_kind(text, "KnownPlace"),
            ["The Bahamas"],
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn a_body_whose_name_starts_with_a_title_word_is_no_person() {
        let text = "Notes.\n\nThe General Directorate of Migration said the buses were ready.";
        let people = texts_of_kind(text, "Person");
        assert!(
            !people.iter().any(|p| p.contains("Directorate")),
            "{people:?}"
        );
        assert_eq!(
            texts_of_kind(text, "Org"),
            ["General Directorate of Migration"]
        );
    }

    #[test]
    fn a_name_given_an_age_is_a_person_whatever_places_its_words_name() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "Notes.\n\nYordani Ruiz Castillo, 31, a welder from Holguín, said he flew in. \
             \"We walked,\" said Colón Matamoros, 23, a driver.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, None);
        let names: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Yordani Ruiz Castillo", "Colón Matamoros"]);
        // So is a name whose first word, opening the sentence, reads like a participle.
        let doc = Doc::new(
            "Notes.\n\nMany crossed. Darling Sequeira, 23, a nursing student, said so.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, None);
        let names: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Darling Sequeira"]);
    }

    #[test]
    fn a_name_opening_on_a_given_name_is_a_place_s_where_the_story_puts_a_landmark_head_after_it() {
        let text = "Notes\n\nThe town faces the checkpoint at Chong Chom across a road. The \
                    workers were bused to the Chong Chom checkpoint.";
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        assert!(ex.people.is_empty(), "{:?}", ex.people);
        // Without it, a person's.
        let text = "Notes\n\nThe town faces the checkpoint at Chong Chom across a road.";
        assert!(texts_of_kind(text, "Person").contains(&"Chong Chom".to_string()));
    }

    #[test]
    fn one_who_gave_only_one_name_before_or_after_it_is_a_person() {
        for text in [
            "Notes\n\nA volunteer of the Red Cross (CRC) who handed out water, who gave \
             only one name, Sophea, said so.",
            "Notes\n\nA volunteer of the Red Cross (CRC) who handed out water, Sophea, who \
             gave only one name, said so.",
        ] {
            let g = Gazetteer::builtin();
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            assert!(ex.people.iter().any(|p| p.name == "Sophea"), "{text}");
        }
    }

    #[test]
    fn one_name_given_an_age_is_a_person_known_by_a_first_name() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "Notes.\n\n\"We came here,\" said Abdiweli, 22, from Somalia. Zalindra, 15, kept \
             a diary. In March, 2024, the road was shut.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, None);
        let names: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Abdiweli", "Zalindra"]);
        // So is a name of a list set out with dashes, and one of those told of, named.
        let doc = Doc::new(
            "Notes.\n\nMen were held.\n\nThey were tired.\n\nThe police listed them.\n\n\
             Fikru Lemma — 31 — Kembata zone\n\n\
             \"We go on,\" said one of the women, Rimala, who carried a toddler.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, None);
        let names: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Fikru Lemma", "Rimala"]);
    }

    #[test]
    fn a_first_surname_alone_is_the_person_not_a_town() {
        let text = "Notes.\n\nThe security minister, Mario Zamora Cordero, spoke. Zamora said \
                    the buses left. Ana Victoria Ruiz came too. Victoria is far.";
        assert!(
            texts_of_kind(text, "KnownPlace") == ["Victoria"],
            "{:?}",
            kinds(text)
        );
        let people = texts_of_kind(text, "Person");
        assert!(people.contains(&"Zamora".to_string()), "{people:?}");
    }

    #[test]
    fn a_town_named_like_a_person_of_the_article_is_the_town_when_left_or_set_in_a_country() {
        let text = "Notes.\n\nCarlos Mérida, 31, spoke. Mérida said the river was high. He left \
                    Mérida in May. His cousin stayed in Mérida, Venezuela, and his aunt in \
                    Mérida, in the Andes.";
        assert_eq!(
            texts_of_kind(text, "KnownPlace"),
            ["Mérida", "Mérida", "Venezuela", "Mérida", "Andes"],
            "{:?}",
            kinds(text)
        );
        let people = texts_of_kind(text, "Person");
        assert!(people.contains(&"Mérida".to_string()), "{people:?}");
    }

    #[test]
    fn an_unknown_name_before_a_lower_case_region_word_is_a_region() {
        for (text, name) in [
            ("He comes from Nepal's Kalwar district.", "Kalwar"),
            ("They fled the Tamsin region in May.", "Tamsin"),
            ("She was born in the Orvalle department.", "Orvalle"),
            ("He grew up in the Brennick parish.", "Brennick"),
            ("They fled the Kelvara governorate.", "Kelvara"),
            ("The boat landed in Pidie regency.", "Pidie"),
            ("They walked from Morvobo county.", "Morvobo"),
            // Opening on a given name, but called a province.
            ("They landed in Mae Hong Son province.", "Mae Hong Son"),
            // A governor's charge is a region.
            (
                "She met the deputy governor for Kestrova, Ana Vel.",
                "Kestrova",
            ),
            ("He met the governor of Tarnava on Monday.", "Tarnava"),
            // A capital's region.
            (
                "Tumo is the capital of Sessalo East district.",
                "Sessalo East",
            ),
            ("The district administrator of Velumbo spoke.", "Velumbo"),
        ] {
            let found = kinds(&format!("Notes.\n\n{text}"));
            assert!(
                found.contains(&(name.to_string(), "NewPlace(State)".to_string())),
                "{text}: {found:?}"
            );
        }
        // A word of faith or ancestry qualifies the region word and names no place.
        for text in [
            "The Catholic parish serves two meals a day.",
            "They boarded in the Indigenous region of Guna Yala.",
        ] {
            let found = kinds(&format!("Notes.\n\n{text}"));
            assert!(
                !found.iter().any(|(_, k)| k.starts_with("NewPlace")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_compass_word_before_a_known_region_and_a_division_word_names_a_new_division() {
        let found = kinds("Notes.\n\nThe boat was pushed off a beach in North Aceh regency.");
        assert!(
            found.contains(&("North Aceh".to_string(), "NewPlace(State)".to_string())),
            "{found:?}"
        );
        // So does a known region and a word after it.
        let found = kinds("Notes.\n\nThe boat landed in Aceh Jaya regency on Monday.");
        assert!(
            found.contains(&("Aceh Jaya".to_string(), "NewPlace(State)".to_string())),
            "{found:?}"
        );
        // Without the division word, the compass word only says which part of the region.
        let found = kinds("Notes.\n\nThey walked across North Aceh for a week.");
        assert!(!found.iter().any(|(t, _)| t == "North Aceh"), "{found:?}");
    }

    #[test]
    fn a_town_opening_a_sentence_is_the_town_named_elsewhere() {
        let text = "Notes.\n\nThe group reached San Marcos on Monday. San Marcos is small.";
        let found = kinds(text);
        let towns = found
            .iter()
            .filter(|(t, k)| t == "San Marcos" && k.starts_with("KnownPlace"));
        assert_eq!(towns.count(), 2, "{found:?}");
        // Unnamed elsewhere, a name opening a sentence stays unread.
        let found = kinds("Notes.\n\nSan Marcos is small.");
        assert!(
            !found.iter().any(|(_, k)| k.starts_with("KnownPlace")),
            "{found:?}"
        );
        // A town of one word too, unless someone is named so.
        let text = "Notes.\n\nThe boat left Zarzis on Monday. Zarzis lies on the coast.";
        let found = kinds(text);
        let towns = found
            .iter()
            .filter(|(t, k)| t == "Zarzis" && k.starts_with("KnownPlace"));
        assert_eq!(towns.count(), 2, "{found:?}");
        let text = "Notes.\n\nThe boat left Zarzis on Monday with Ali Zarzis. Zarzis said so.";
        let found = kinds(text);
        let towns = found
            .iter()
            .filter(|(t, k)| t == "Zarzis" && k.starts_with("KnownPlace"));
        assert_eq!(towns.count(), 1, "{found:?}");
    }

    #[test]
    fn a_name_after_a_route_s_to_from_a_place_is_a_town() {
        let found = kinds("Notes.\n\nThey took the train from Turin to Oulvenne and then a bus.");
        assert!(
            found.contains(&("Oulvenne".to_string(), "NewPlace(City)".to_string())),
            "{found:?}"
        );
        // Not a person a letter goes to.
        let found = kinds("Notes.\n\nShe wrote from Turin to Giulia on Monday.");
        assert!(
            !found
                .iter()
                .any(|(t, k)| t == "Giulia" && k.contains("Place")),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_that_ends_a_clause_after_a_verb_of_carrying_and_its_to_is_a_town() {
        for text in [
            "Notes.\n\nFrom there they were driven east to Mbalaveni and across the border.",
            "Notes.\n\nThe men had flown to Mbalaveni on Monday.",
            "Notes.\n\nThey fled to Mbalaveni when the town fell.",
            // When or how between the verb and its "to".
            "Notes.\n\nThey were driven through the night to Mbalaveni, on the coast.",
            "Notes.\n\nThey were driven by bus to Mbalaveni.",
            "Notes.\n\nThey were driven overnight to Mbalaveni.",
        ] {
            let found = kinds(text);
            assert!(
                found.contains(&("Mbalaveni".to_string(), "NewPlace(City)".to_string())),
                "{found:?}"
            );
        }
        // Not whom one goes to, nor a body a letter is sent to.
        for (text, name) in [
            ("Notes.\n\nThe prize went to Mbalaveni.", "Mbalaveni"),
            ("Notes.\n\nThe bill was sent to Parliament.", "Parliament"),
        ] {
            let found = kinds(text);
            assert!(
                !found.iter().any(|(t, k)| t == name && k.contains("Place")),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_town_named_by_its_port_head_is_a_town() {
        let found = kinds("Notes.\n\nThe boat had left Puerto Cortés, on the coast, on Monday.");
        assert!(
            found.contains(&("Puerto Cortés".to_string(), "NewPlace(City)".to_string())),
            "{found:?}"
        );
        // Not a port the article names as one, nor a word joined to a known name.
        for text in [
            "Notes.\n\nThey reached the Puerto Chiapas port. Puerto Chiapas was calm.",
            "Notes.\n\nThe Puerto Rico-bound boat sank.",
        ] {
            let found = kinds(text);
            assert!(
                !found.iter().any(|(_, k)| k == "NewPlace(City)"),
                "{found:?}"
            );
        }
    }

    #[test]
    fn deserts_ranges_and_historical_regions_are_known_places() {
        let g = Gazetteer::builtin();
        let text = "Notes.\n\nFamilies fleeing Darfur crossed the Sahara and then the Alps.";
        let doc = Doc::new(text, g.cleaner());
        let found: Vec<(String, PlaceKind)> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::KnownPlace(p) => Some((m.text, g.places[p].kind)),
                _ => None,
            })
            .collect();
        assert_eq!(
            found,
            [
                ("Darfur".to_string(), PlaceKind::State),
                ("Sahara".to_string(), PlaceKind::Landmark),
                ("Alps".to_string(), PlaceKind::Landmark),
            ]
        );
    }

    #[test]
    fn a_department_named_by_its_field_is_a_body() {
        let found = kinds(
            "Notes.\n\nThe Health Department and the Immigration Department spoke. The \
             Immigration Services Department said so.",
        );
        let orgs: Vec<&str> = found
            .iter()
            .filter(|(_, k)| k.starts_with("Org"))
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(
            orgs,
            [
                "Health Department",
                "Immigration Department",
                "Immigration Services Department"
            ],
            "{found:?}"
        );
        // A place's name before it makes a region.
        let found = kinds("Notes.\n\nThey walked across the Olancho Department.");
        assert!(
            found
                .iter()
                .any(|(_, k)| k == "NewPlace(State)" || k.starts_with("KnownPlace")),
            "{found:?}"
        );
    }

    #[test]
    fn a_forest_or_a_gate_is_a_landmark() {
        for (text, landmark) in [
            (
                "Notes.\n\nThey crossed in the Białowieża Forest at night.",
                "Białowieża Forest",
            ),
            (
                "Notes.\n\nThe buses pulled up at the Friendship Gate on Wednesday.",
                "Friendship Gate",
            ),
        ] {
            let found = kinds(text);
            assert!(
                found.contains(&(landmark.to_string(), "NewPlace(Landmark)".to_string())),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_small_town_after_a_cue_that_ends_in_for_is_a_place() {
        let text = "Notes.\n\nThe boat was bound for Key West. They were aiming for Key West.";
        assert_eq!(
            texts_of_kind(text, "KnownPlace"),
            ["Key West", "Key West"],
            "{:?}",
            kinds(text)
        );
        // Not after any "for": "a prize for Key West" may name a person as well.
        let text = "Notes.\n\nIt was a gift for Key West.";
        assert_none_of_kind(text, "KnownPlace");
    }

    #[test]
    fn the_end_of_a_name_told_before_is_that_person_not_a_town() {
        let text = "Notes.\n\nThe march was called by Ana Lucía de León Robles, a lawyer. De León \
                    Robles said it would go on. León is far.";
        let people = texts_of_kind(text, "Person");
        assert!(people.contains(&"De León Robles".to_string()), "{people:?}");
        // Told before, not after; and a town alone is still the town.
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["León"]);
    }

    #[test]
    fn an_office_for_a_region_or_town_serves_it_and_one_for_a_country_does_not() {
        let found =
            titled("Notes.\n\nThe presidential delegate for Arica, Tomás Reyes Soto, said no.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "presidential delegate");
        assert_eq!(found[0].2, ["Arica"]);
        // An envoy for a country is sent to it by another.
        let found = titled("Notes.\n\nThe special envoy for Haiti, Dan Moore, said no.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.is_empty(), "{found:?}");
    }

    #[test]
    fn an_office_of_a_town_written_with_its_state_is_held_by_the_name_after_both() {
        let found =
            titled("Notes.\n\nThe municipal president of Naco, Sonora, Ana Ruiz Paz, said no.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Ana Ruiz Paz");
        assert!(found[0].2.contains(&"Sonora".to_string()), "{found:?}");
        // Or with what it includes.
        let found =
            titled("Notes.\n\nThe governor of Sonora, which includes Naco, Ana Ruiz Paz, said no.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Ana Ruiz Paz");
        assert!(found[0].2.contains(&"Sonora".to_string()), "{found:?}");
        assert!(!found[0].2.contains(&"Naco".to_string()), "{found:?}");
    }

    #[test]
    fn who_leads_a_countrys_body_serves_the_country() {
        let found =
            titled("Notes.\n\nPeru's military government, led by General Ana Ruiz Paz, said no.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, ["Peru"]);
    }

    #[test]
    fn a_qualified_title_opening_a_sentence_leaves_the_article_out() {
        let found = titled("Notes.\n\nThe U.S. special envoy, Dan Moore, said no.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "U.S. special envoy");
        assert_eq!(found[0].2, ["United States"]);
    }

    #[test]
    fn a_seat_of_government_where_something_happens_is_no_body() {
        for text in [
            "Ana Ruiz met Tomas Lugo at the National Palace on Wednesday.",
            "Ana Ruiz met Tomas Lugo on Parliament Hill on Wednesday.",
            "Ana Ruiz met Tomas Lugo at the Government Palace on Wednesday.",
        ] {
            let orgs = texts_of_kind(&format!("Notes.\n\n{text}"), "Org");
            assert!(orgs.is_empty(), "{text}: {orgs:?}");
        }
        // Speaking, it is the body.
        let orgs = texts_of_kind("Notes.\n\nThe National Palace said no.", "Org");
        assert_eq!(orgs, ["National Palace"]);
    }

    #[test]
    fn its_office_is_the_country_named_last_before_it() {
        let found = titled(
            "Notes.\n\nBrazil was represented by its ambassador in Quito, Helena Souza, at the \
             talks.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, ["Brazil"]);
        // Or in the sentence before.
        let found = titled(
            "Notes.\n\nColombia has watched closely. Its foreign minister, Luis Paz, said no.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, ["Colombia"]);
        // Not past a body named by its noun after the country.
        let found = titled(
            "Notes.\n\nThe ministry summoned Colombia's envoy. He was received at the ministry \
             by its director for Colombia, Luis Paz.",
        );
        assert!(
            found
                .iter()
                .all(|(name, _, places)| name != "Luis Paz" || places.is_empty()),
            "{found:?}"
        );
    }

    #[test]
    fn local_offices_abroad_are_titles() {
        for (text, title) in [
            ("Rosa Díaz Paz, the prefect of Tumbes, said no.", "prefect"),
            (
                "Dale Morin, a municipal councillor in Emerson, said no.",
                "municipal councillor",
            ),
            (
                "Ana Lins, a federal public defender, said no.",
                "federal public defender",
            ),
        ] {
            let found = titled(&format!("Notes.\n\n{text}"));
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, title, "{text}");
        }
    }

    #[test]
    fn a_camp_s_manager_a_sub_district_s_head_and_a_customary_head_hold_offices() {
        for (text, name, title) in [
            (
                "The camp manager, Idris Hamo, said no.",
                "Idris Hamo",
                "camp manager",
            ),
            (
                "The upazila nirbahi officer, Nasrin Akter, said no.",
                "Nasrin Akter",
                "upazila nirbahi officer",
            ),
            // A community's customary head, by its own name.
            ("The sahila, Olo Garcia, said no.", "Olo Garcia", "sahila"),
        ] {
            let found = titled(&format!("Notes.\n\n{text}"));
            assert_eq!(names_and_titles(&found), [(name, title)], "{text}");
        }
    }

    #[test]
    fn an_organisation_before_a_lower_case_title_qualifies_it() {
        let found = titled("Notes.\n\nRed Cross spokesperson Daniela Ruiz said the camp was full.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, ["Red Cross"]);
    }

    #[test]
    fn the_head_of_a_body_holds_an_office_named_by_the_body() {
        let known = titled(
            "Notes.\n\nBuses will run, the head of the National Migration Institute (INM), Ana \
             Ruiz, said.",
        );
        assert_eq!(known.len(), 1, "{known:?}");
        assert_eq!(
            (known[0].0.as_str(), known[0].1.as_str()),
            ("Ana Ruiz", "head of the National Migration Institute")
        );
        assert_eq!(
            known[0].2.len(),
            1,
            "the institute qualifies the office: {known:?}"
        );
        let unknown = titled(
            "Notes.\n\nRoads will close, the head of the General Directorate of Roads and Bridges \
             (DGRB), Luis Vega, said.",
        );
        assert_eq!(
            unknown,
            [one(
                "Luis Vega",
                "head of the General Directorate of Roads and Bridges",
                &[]
            )]
        );
    }

    #[test]
    fn a_district_s_office_after_a_name_is_held_and_an_opening_adjective_is_no_landmark() {
        assert_eq!(
            titled("Notes.\n\nLuis Vega, the district commissioner of Oruro, put it at 60."),
            [one("Luis Vega", "commissioner", &["Oruro"])]
        );
        assert_eq!(
            titled("Notes.\n\nAna Ruiz, the state governor, said so."),
            [one("Ana Ruiz", "governor", &[])]
        );
        assert_none_of_kind("Rough seas strand 70 people\n\nThey waited.", "NewPlace");
        // A cape the gazetteer does not know is a landmark, not a town.
        assert_eq!(
            texts_of_kind(
                "Notes.\n\nThe boat ran aground off Cape Sable.",
                "NewPlace(Landmark)"
            ),
            ["Cape Sable"]
        );
        // Even when its words are towns' names ("Cabo", "San Antonio"); a town known whole
        // stays a town.
        let text = "Notes.\n\nThey left from Cabo San Antonio and from Cabo San Lucas.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Cabo San Antonio"]
        );
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Cabo San Lucas"]);
        // A division's word after it names the region called after the cape or the river.
        let text = "Notes.\n\nThey fled Cabo Verano province and River Selke state.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(State)"),
            ["Cabo Verano", "River Selke"]
        );
        assert_none_of_kind(text, "NewPlace(Landmark)");
        assert_eq!(
            texts_of_kind(
                "Notes.\n\nThey crossed the Simón Bolívar and Santander bridges.",
                "NewPlace(Landmark)"
            ),
            ["Simón Bolívar"]
        );
    }

    #[test]
    fn a_title_and_a_landmark_s_head_after_the_name_the_landmark() {
        let text = "Notes.\n\nThey sailed from the Governor Bridge to the docks.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["Governor Bridge"]
        );
        assert_none_of_kind(text, "Person { title: Some");
        // Without "the", a person of that name.
        assert_eq!(
            texts_of_kind(
                "Notes.\n\nThen President Bridge spoke.",
                "Person { title: Some"
            ),
            ["Bridge"]
        );
        // A determiner opening the sentence is no landmark's name.
        assert_none_of_kind("Notes.\n\nNo crossing was seen, she said.", "NewPlace");
    }

    #[test]
    fn a_police_rank_after_a_known_force_is_an_office_of_the_force() {
        assert_eq!(
            titled("Notes.\n\nSolange Dufresnoy, an RCMP inspector in the region, said so."),
            [one(
                "Solange Dufresnoy",
                "RCMP inspector",
                &["Royal Canadian Mounted Police"]
            )]
        );
        assert_eq!(
            titled("Notes.\n\nChief Superintendent Rowena Hatherley said so."),
            [one("Rowena Hatherley", "Chief Superintendent", &[])]
        );
    }

    #[test]
    fn a_body_s_officer_after_a_name_makes_no_town_of_the_name() {
        let text =
            "Notes.\n\nTwenty came, said Tamsin Ashdown, the Border Force's regional commander.";
        assert_none_of_kind(text, "NewPlace");
        assert_eq!(titled(text), [one("Tamsin Ashdown", "commander", &[])]);
        // (Nor with no office after: the name is no border town's.)
        assert_none_of_kind(
            "Notes.\n\nTwenty came, said Tamsin Ashdown, the Border Force's liaison there.",
            "NewPlace",
        );
        // Nor is the holder of a village's office a village.
        assert_none_of_kind(
            "Notes.\n\nRyszard Kowalczuk, the village's elected head, said so.",
            "NewPlace",
        );
        // A border town told so after its name is one.
        assert_eq!(
            texts_of_kind(
                "Notes.\n\nThey waited in Santa Rita Norte, the border town.",
                "NewPlace"
            ),
            ["Santa Rita Norte"]
        );
    }

    #[test]
    fn a_body_s_name_joined_by_and_is_one_body_not_a_region() {
        let text = "Notes.\n\nBut Chile's Customs and Excise Department said it had counted 40.";
        assert_eq!(
            texts_of_kind(text, "Org(None)"),
            ["Chile's Customs and Excise Department"]
        );
        assert_none_of_kind(text, "NewPlace");
        // A place before "and" is no field of the body's: "Yoro and Olancho Department" is no
        // body's name.
        assert_none_of_kind(
            "Notes.\n\nThe Yoro and Olancho Department police counted 40.",
            "Org(None)",
        );
    }

    #[test]
    fn the_head_of_a_country_s_post_serves_the_country_of_its_demonym() {
        assert_eq!(
            titled(
                "Notes.\n\nLuis Vega, the head of the Chilean migration post at Colchane, met \
                 her. The head of the Peruvian consulate, Ana Ruiz, said so."
            ),
            [
                one(
                    "Luis Vega",
                    "head of the Chilean migration post at Colchane",
                    &["Chile"]
                ),
                one("Ana Ruiz", "head of the Peruvian consulate", &["Peru"]),
            ]
        );
        // A demonym before no post's noun names no office: "the head of the Chilean family".
        assert!(titled("Notes.\n\nThe head of the Chilean family, Luis Vega, said so.").is_empty());
    }

    #[test]
    fn an_office_for_a_body_named_by_its_country_serves_that_country() {
        for text in [
            "X\n\nAna Ruiz, a spokeswoman for Peru's National Migration Service, said so.",
            "X\n\nAna Ruiz, a spokeswoman for Peru's border guard service, said so.",
            "X\n\nAna Ruiz, a spokeswoman for the Peruvian Foreign Ministry, said so.",
        ] {
            assert_eq!(
                titled(text),
                [one("Ana Ruiz", "spokeswoman", &["Peru"])],
                "{text}"
            );
        }
        // A country's people are no body.
        let found = titled("X\n\nAna Ruiz, a spokeswoman for Peru's families, said so.");
        assert!(found.iter().all(|f| f.2.is_empty()), "{found:?}");
    }

    #[test]
    fn a_title_in_lower_case_that_opens_a_sentence_is_read() {
        assert_eq!(
            titled("X\n\nBoats came. Opposition leader Ana Ruiz said so."),
            [one("Ana Ruiz", "Opposition leader", &[])]
        );
        assert_eq!(
            titled("X\n\nBoats came. Interior minister Ana Ruiz said so."),
            [one("Ana Ruiz", "Interior minister", &[])]
        );
    }

    #[test]
    fn the_head_of_a_body_named_after_its_country_s_possessive_serves_the_country() {
        assert_eq!(
            titled("X\n\nThey met Ana Ruiz, the head of Britain's Border Security Command."),
            [one(
                "Ana Ruiz",
                "head of Britain's Border Security Command",
                &["United Kingdom"]
            )]
        );
        // Capitals with no body's head word name no body: no office.
        assert!(titled("X\n\nThey met Ana Ruiz, the head of Britain's Big Hill.").is_empty());
    }

    #[test]
    fn the_head_of_a_post_named_by_its_town_serves_the_town_s_country() {
        assert_eq!(
            titled("ALTANBULAG, Mongolia —\n\nThe head of the Tapachula checkpoint, Ana Ruiz, said so."),
            [one("Ana Ruiz", "head of the Tapachula checkpoint", &["Mexico"])]
        );
    }

    #[test]
    fn the_head_of_a_region_named_in_apposition_is_its_governor() {
        assert_eq!(
            titled("Notes.\n\nThe head of Buryatia, Alexei Tsydenov, said so."),
            [one("Alexei Tsydenov", "head of Buryatia", &["Buryatia"])]
        );
        // A country's head, or a region's with no name beside it, is no such title.
        assert!(titled("Notes.\n\nThe head of Mexico, Luis Vega, said so.").is_empty());
        assert!(titled("Notes.\n\nLuis Vega said the head of Buryatia was away.").is_empty());
    }

    #[test]
    fn the_head_of_an_office_or_a_council_holds_an_office() {
        assert_eq!(
            titled(
                "Notes.\n\nLuis Vega, the head of Peru's Migraciones post at La Tina, met her. \
                 The head of the institute's office in Colchane, Ana Ruiz, said so. Tomas Gil, \
                 head of the village's community council, agreed."
            ),
            [
                one(
                    "Luis Vega",
                    "head of Peru's Migraciones post at La Tina",
                    &["Peru"]
                ),
                one(
                    "Ana Ruiz",
                    "head of the institute's office in Colchane",
                    &[]
                ),
                one("Tomas Gil", "head of the village's community council", &[]),
            ]
        );
        // A known body's post serves the body.
        assert_eq!(
            titled(
                "Notes.\n\nMukhtar Dhimbu, the district commissioner, and Ayanle Hirsu, head of \
                 IOM's sub-office in the region, toured it."
            )
            .last(),
            Some(&one(
                "Ayanle Hirsu",
                "head of IOM's sub-office",
                &["International Organization for Migration"]
            ))
        );
        // An office names no body of its own.
        let found =
            kinds("Notes.\n\nThe head of the institute's office in Colchane, Ana Ruiz, spoke.");
        assert!(
            !found.iter().any(|(_, k)| k.starts_with("Org")),
            "{found:?}"
        );
        // Not someone who speaks for an office: "the office's head" is another's.
        assert!(
            titled("Notes.\n\nThe head of the office's press team, Luis Vega, spoke.").is_empty()
        );
    }

    #[test]
    fn a_short_name_means_the_landmark_the_article_names_in_full() {
        let g = Gazetteer::builtin();
        let places = |text: &str| -> Vec<String> {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc)
                .iter()
                .filter_map(|m| match m.kind {
                    MentionKind::KnownPlace(p) => Some(format!("{}: {}", m.text, g.places[p].name)),
                    _ => None,
                })
                .collect()
        };
        let found =
            places("Notes.\n\nMigrants crossed the Darien Gap into Panama. The Darien was quiet.");
        assert!(
            found.contains(&"Darien: Darién Gap".to_string()),
            "{found:?}"
        );
        // Without the landmark named, the province of a Panamanian story stays.
        let found = places("Notes.\n\nMigrants reached Darien, in Panama, on foot.");
        assert!(
            !found.iter().any(|f| f.ends_with("Darién Gap")),
            "{found:?}"
        );
        // Nor after a regional office.
        let found = places(
            "Notes.\n\nMigrants crossed the Darien Gap into Panama. The governor of Darien, \
             Ana Ruiz, met them.",
        );
        assert_eq!(
            found.last().map(String::as_str),
            Some("Darien: Darién"),
            "{found:?}"
        );
        // And the governor serves the province.
        let text = "Notes.\n\nThey met the governor of Darien, Ana Ruiz, on Monday.";
        let served: Vec<&str> = places_served(&g, text);
        assert!(
            !served.is_empty() && served.iter().all(|name| *name == "Darién"),
            "{served:?}"
        );
    }

    #[test]
    fn a_town_named_after_a_particle_ends_a_longer_name() {
        // "Frontera" is a town of its own elsewhere in Mexico.
        let text = "Notes.\n\nFarmers from the Chiapas municipality of Amatenango de la Frontera \
                    crossed on Monday.";
        let found = kinds(text);
        assert!(
            found.iter().any(|(t, _)| t == "Amatenango de la Frontera"),
            "{found:?}"
        );
        assert!(!found.iter().any(|(t, _)| t == "Frontera"), "{found:?}");
    }

    #[test]
    fn a_gendarmerie_a_constabulary_a_society_and_a_tribe_are_bodies() {
        for (text, name) in [
            (
                "Notes.\n\nOfficers of the National Gendarmerie turned them back.",
                "National Gendarmerie",
            ),
            (
                "Notes.\n\nThe Jamaica Constabulary Force and the Island Constabulary met.",
                "Island Constabulary",
            ),
            (
                "Notes.\n\nLawyers from the Legal Aid Society filed claims.",
                "Legal Aid Society",
            ),
            // A tribe's or a nation's government, and a force named by its officers.
            (
                "Notes.\n\nThe Saint Regis Mohawk Tribe said the river was patrolled.",
                "Saint Regis Mohawk Tribe",
            ),
            (
                "Notes.\n\nLand of the Tohono Nation lies along the wall.",
                "Tohono Nation",
            ),
            (
                "Notes.\n\nOfficers of the Alberta Sheriffs stopped them.",
                "Alberta Sheriffs",
            ),
        ] {
            let orgs = texts_of_kind(text, "Org");
            assert!(orgs.iter().any(|o| o == name), "{name}: {:?}", kinds(text));
        }
    }

    #[test]
    fn a_name_that_starts_with_its_head_word_is_a_body() {
        for (text, name) in [
            (
                "Notes.\n\nThey slept at Casa Fray Tomás, a shelter.",
                "Casa Fray Tomás",
            ),
            (
                "Notes.\n\nShe leads Colectivo Tierra Libre, a small group.",
                "Colectivo Tierra Libre",
            ),
        ] {
            assert_eq!(texts_of_kind(text, "Org"), [name], "{:?}", kinds(text));
        }
        // A title after the head word still makes an official: "Police Chief Ana Ruiz".
        let found = titled("Notes.\n\nPolice Chief Ana Ruiz said so.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Ana Ruiz");
    }

    #[test]
    fn a_body_named_after_an_office_is_the_body_it_belongs_to() {
        for text in [
            "Notes.\n\nThe director general of the International Organization for Migration \
             (IOM), Ana Ruiz, said flights would resume.",
            "Notes.\n\n\"We need shelters,\" said Ana Ruiz, chief of mission in Quito for the \
             International Organization for Migration.",
        ] {
            let found = titled(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].0, "Ana Ruiz");
            assert_eq!(found[0].2, ["International Organization for Migration"]);
        }
        // A body after the comma belongs to the sentence, not to the office.
        let found = titled(
            "Notes.\n\nThe mayor, Ana Ruiz, thanked the International \
                            Organization for Migration.",
        );
        assert!(found.iter().all(|f| f.2.is_empty()), "{found:?}");
    }

    #[test]
    fn a_name_a_body_s_noun_stands_in_apposition_to_is_a_body() {
        for (text, body) in [
            (
                "Notes.\n\nA spokesman for Tawantin, an Andean migrant group based in Madrid, \
                 spoke.",
                "Tawantin",
            ),
            (
                "Notes.\n\nA local volunteer network, Manos del Quilca, handed out meals.",
                "Manos del Quilca",
            ),
            (
                "Notes.\n\nVolunteers of a Tucson church group, Manos del Quilca, handed out \
                 meals.",
                "Manos del Quilca",
            ),
        ] {
            assert_eq!(texts_of_kind(text, "Org"), [body], "{text}");
        }
        // A person who leads one, or works for one, is none; nor is a cartel.
        for text in [
            "Notes.\n\nUlvar Pesk, a migrant group leader, spoke.",
            "Notes.\n\nUlvar Pesk, a migrant group's coordinator, spoke.",
            "Notes.\n\nThe trails are run by Los Tuvos, a drug-trafficking organisation.",
        ] {
            assert!(
                texts_of_kind(text, "Org").is_empty(),
                "{text}: {:?}",
                kinds(text)
            );
        }
    }

    #[test]
    fn one_unknown_word_after_a_locative_is_a_town_past_a_building_s_name_or_before_until() {
        for (text, town) in [
            (
                "Notes.\n\nHe worked as a mechanic in Jahrun until his papers ran out.",
                "Jahrun",
            ),
            (
                "Notes.\n\nThey were taken to the Foreigners' Registration Centre in Pabrava, \
                 where claims are heard.",
                "Pabrava",
            ),
            (
                "Notes.\n\nMost were launched from beaches between Tripoli and Batrava, he \
                 said.",
                "Batrava",
            ),
            // After a common noun the sentence's start capitalises.
            (
                "Notes.\n\nFishermen in Sayvat, farther west along the coast, said a boat \
                 landed.",
                "Sayvat",
            ),
            // Before a body that speaks, past its country's possessive.
            (
                "Notes.\n\nThey waited at the checkpoint in Shehavo, Poland's Border Guard said.",
                "Shehavo",
            ),
        ] {
            assert!(
                texts_of_kind(text, "NewPlace").contains(&town.to_string()),
                "{text}: {:?}",
                kinds(text)
            );
        }
        // Talks between two people name no town.
        let text = "Notes.\n\nTalks between Tripoli and Haftar, he said, went on.";
        assert!(
            texts_of_kind(text, "NewPlace").is_empty(),
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn a_town_named_short_after_its_full_name_is_that_town_but_a_twin_is_not() {
        let g = Gazetteer::builtin();
        let towns = |text: &str| -> Vec<usize> {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc)
                .into_iter()
                .filter_map(|m| match m.kind {
                    MentionKind::KnownPlace(p) => Some(p),
                    _ => None,
                })
                .collect()
        };
        // (In a story set in Chiapas, which has a Juárez of its own.)
        let found = towns(
            "Notes.\n\nThey walked from Motozintla, in Chiapas state. The line ended at Ciudad \
             Juárez. \"Juárez is far,\" she said.",
        );
        assert_eq!(found.len(), 4);
        assert_eq!(found[2], found[3], "{found:?}");
        let found = towns("Notes.\n\nThey crossed from Nuevo Laredo. Laredo is close.");
        assert_eq!(found.len(), 2);
        assert_ne!(found[0], found[1], "{found:?}");
    }

    #[test]
    fn a_number_word_opening_a_headline_and_a_hall_after_at_are_no_person_and_no_town() {
        let g = Gazetteer::builtin();
        let found = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            let ex = crate::extract::extract(&g, &doc, None);
            let people: Vec<String> = ex.people.iter().map(|p| p.name.clone()).collect();
            let places: Vec<String> = ex.places.iter().map(|p| p.name.clone()).collect();
            (people, places)
        };
        let (people, places) = found(
            "One Afghan family of eleven stopped off the coast\n\nThe mayor met the governor \
             at City Hall on Wednesday.",
        );
        assert!(people.is_empty(), "{people:?}");
        assert!(!places.contains(&"City Hall".to_string()), "{places:?}");
        // A town after "at" still is one.
        let (_, places) =
            found("Notes.\n\nThe mayor met the governor at Bajo Chiquito on Wednesday.");
        assert_eq!(places, ["Bajo Chiquito"]);
    }

    #[test]
    fn a_name_after_a_body_s_noun_and_the_words_that_say_what_kind_is_a_body() {
        for (text, body) in [
            (
                "Notes.\n\nVolunteers from the aid group Mosty Nadziei reached them first.",
                "Mosty Nadziei",
            ),
            (
                "Notes.\n\nA lawyer with the legal aid network Brama Prawa spoke.",
                "Brama Prawa",
            ),
        ] {
            assert_eq!(texts_of_kind(text, "Org"), [body], "{text}");
        }
        // Not an armed one, nor a name after "the group" that is a person's.
        for text in [
            "Notes.\n\nThe armed group Kel Tamasheq held the road.",
            "Notes.\n\nThe small group Maria Lopez led walked on.",
        ] {
            assert!(
                texts_of_kind(text, "Org").is_empty(),
                "{text}: {:?}",
                kinds(text)
            );
        }
        // A known body whose name ends in a number is read whole.
        assert_eq!(
            texts_of_kind("Notes.\n\nA coordinator for Utopia 56 spoke.", "Org"),
            ["Utopia 56"]
        );
        // France's border police by the initials of its French name.
        assert_eq!(
            texts_of_kind(
                "Notes.\n\nMost were Eritreans, according to the border police, known by its \
                 French initials, PAF.",
                "Org"
            ),
            ["PAF"]
        );
    }

    #[test]
    fn the_head_of_a_unit_of_a_body_holds_an_office_named_by_both() {
        let found = titled(
            "Notes.\n\nThe head of the UN refugee agency's Americas bureau, Ana Ruiz, took part.",
        );
        assert_eq!(
            found,
            [one(
                "Ana Ruiz",
                "head of the UN refugee agency's Americas bureau",
                &["UNHCR"]
            )]
        );
        // The body's name goes on in lower case after its capitalised start.
        for text in [
            "Notes.\n\nShe spoke for the UN refugee agency in Quito.",
            // Not the full stop after it.
            "Notes.\n\nShe spoke for the UN refugee agency.",
            // Nor the capital "The" that opens a sentence.
            "Notes.\n\nThe UN refugee agency said so.",
        ] {
            assert_eq!(texts_of_kind(text, "Org"), ["UN refugee agency"]);
        }
        // A possessive inside the name: "children's" is three tokens.
        assert_eq!(
            texts_of_kind("Notes.\n\nShe wrote to the UN children's agency.", "Org"),
            ["UN children's agency"]
        );
    }

    #[test]
    fn a_function_word_that_starts_a_place_name_stays_in_it() {
        let places = texts_of_kind(
            "Notes.\n\nThe buses stopped for fuel in New Mexico.",
            "KnownPlace",
        );
        assert_eq!(places, ["New Mexico"]);
    }

    #[test]
    fn a_title_case_headline_counts_known_names_only_but_a_first_sentence_is_body() {
        let is_person = |found: &[(String, String)], name: &str| {
            found
                .iter()
                .any(|(t, k)| t == name && k.starts_with("Person"))
        };
        // Capitalisation says nothing in a Title Case headline...
        let headline = kinds("Minister Daniel Whitcomb Meets Press In Lima\n\nThe caravan left.");
        assert!(!is_person(&headline, "Daniel Whitcomb"), "{headline:?}");
        // So is a second headline (a deck) right after the first.
        let deck = kinds(
            "Talks In Lima\n\nChile, Peru Launch Joint Mission to Tackle Migration\n\nThe caravan left.",
        );
        assert!(!deck.iter().any(|(_, k)| k.starts_with("Org")), "{deck:?}");
        // ...but a text without a headline starts with a sentence, full stop and all.
        let body = kinds("Foreign Minister Daniel Whitcomb spoke on Monday. He flew to Lima.");
        assert!(is_person(&body, "Daniel Whitcomb"), "{body:?}");
    }

    #[test]
    fn the_town_after_a_person_s_age_is_where_the_person_is_from() {
        let text = "Notes.\n\nThe complaint charges Dustin Hale, 29, of Island Pond, with \
                    smuggling.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Island Pond"]);
        // Not a body the person works for.
        let text = "Notes.\n\nJuan Pérez, 40, of Catholic Relief Services, said so.";
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn the_names_court_papers_give_the_unnamed_are_no_people() {
        let text = "Notes.\n\nIt refers to the guide only as \"John Doe 1,\" and to a woman \
                    only as \"Jane Doe.\" Dustin Hale was charged.";
        assert_eq!(people_named(text), ["Dustin Hale"]);
    }

    #[test]
    fn a_dateline_s_name_opened_by_a_cape_s_word_is_a_town_but_an_island_s_is_the_island() {
        let text = "Notes\n\nCABO DE PALOS, Spain (AP) — Nineteen men came ashore on Tuesday.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["CABO DE PALOS"]);
        let text = "Notes\n\nKOH LIPE, Thailand (AP) — Nineteen men came ashore on Tuesday.";
        assert_eq!(texts_of_kind(text, "NewPlace(Landmark)"), ["KOH LIPE"]);
        // Away from the dateline, a cape's word opens a landmark's name.
        let text = "Notes\n\nThe men came ashore near Cabo de Palos on Tuesday.";
        assert_eq!(texts_of_kind(text, "NewPlace(Landmark)"), ["Cabo de Palos"]);
    }

    #[test]
    fn a_dateline_the_lede_calls_this_island_is_the_island_throughout() {
        let text = "Notes\n\nERUB, Australia (AP) — Twelve men came ashore on this small island \
                    in the Torres Strait on Monday. Erub is home to 300 people.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            ["ERUB", "Torres Strait", "Erub"],
            "{:?}",
            kinds(text)
        );
        // Not a town on an island.
        let text = "Notes\n\nERUB, Australia (AP) — Twelve men came ashore at this island town \
                    on Monday.";
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["ERUB"]);
    }

    #[test]
    fn someone_who_gives_only_a_first_name_is_named_by_it() {
        let g = Gazetteer::builtin();
        let named = |text: &str| {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc).into_iter().any(|m| {
                m.text == "Rosalía"
                    && matches!(m.kind, MentionKind::Person { .. })
                    && m.confidence > 0.0
            })
        };
        assert!(named(
            "Notes.\n\nA woman who would give only her first name, Rosalía, said so."
        ));
        assert!(named(
            "Notes.\n\n\"Home,\" said a nurse who gave only one of her names, Rosalía."
        ));
        // Or the name she goes by, and the "Another" who opens the sentence is no one.
        let text = "Notes.\n\nAnother, who gave only her English name, Rosalía, said so.";
        assert!(named(text));
        assert_eq!(people_named(text), ["Rosalía"]);
        // A first name alone elsewhere names nobody.
        assert!(!named("Notes.\n\nThe woman, Rosalía, said so."));
        assert!(!named(
            "Notes.\n\nThey read out the names, Rosalía, said so."
        ));
        // A pseudonym names the one who goes by it.
        for text in [
            "Notes.\n\nA woman who asked to be identified by the pseudonym Rosalía said so.",
            "Notes.\n\nA woman who asked to be called Rosalía said so.",
            "Notes.\n\nA woman known only by the name Rosalía said so.",
        ] {
            assert!(named(text), "{text}");
        }
    }

    /// The people a text names (mentions read as a person with some confidence).
    fn people_named(text: &str) -> Vec<String> {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0)
            .map(|m| m.text)
            .collect()
    }

    #[test]
    fn names_the_gazetteer_lacks_listed_before_a_plural_head_are_regions() {
        let text = "Notes.\n\nMost came from the Hadiyu and Kembatu zones of southern Ethiopia.";
        assert_eq!(
            texts_of_kind(text, "NewPlace(State)"),
            ["Hadiyu", "Kembatu"]
        );
        // Not a name alone before an unrelated plural.
        let text = "Notes.\n\nThey met Kembatu officials in two provinces.";
        assert_none_of_kind(text, "NewPlace(State)");
    }

    #[test]
    fn a_place_named_after_a_person_s_word_is_a_place_after_the_district_of() {
        let text = "Notes.\n\nIt faces the Afghan district of Imam Sahib across the river.";
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Imam Sahib"]);
        assert!(people_named(text).is_empty(), "{:?}", kinds(text));
    }

    #[test]
    fn someone_known_or_named_as_a_name_is_a_person_and_a_body_so_named_is_not() {
        for (text, name) in [
            (
                "Notes.\n\nThey flew with a recruiter known only as Tarvu, who left.",
                "Tarvu",
            ),
            (
                "Notes.\n\nThey followed a man they knew only as Kedru.",
                "Kedru",
            ),
            (
                "Notes.\n\n\"We will try again,\" said a young woman who gave her name as \
                 Abrevet Tsegoi.",
                "Abrevet Tsegoi",
            ),
            (
                "Notes.\n\nThe driver, a Malawian named by police as Chisomu Phorri, was held.",
                "Chisomu Phorri",
            ),
            (
                "Notes.\n\nIt was run by a fisherman named by several of them as Pape Ndoyi.",
                "Pape Ndoyi",
            ),
            (
                "Notes.\n\nAn Iraqi man from Mosul who gave his name only as Saadu said so.",
                "Saadu",
            ),
        ] {
            assert_eq!(people_named(text), [name], "{text}");
        }
        let text = "Notes.\n\nThey joined a network known as Puentes Unidos.";
        assert!(people_named(text).is_empty(), "{:?}", kinds(text));
    }

    #[test]
    fn a_name_set_off_after_the_person_a_sentence_opens_by_describing_is_a_person() {
        let text = "Notes.\n\nA farmer who watched them land below his field, Saidalu Qodiru, put \
                    the number at forty.";
        assert_eq!(people_named(text), ["Saidalu Qodiru"]);
        // One word: a given name, or after a person's noun.
        for (text, name) in [
            (
                "Notes.\n\nA volunteer who brought them water, Nesrine, said so.",
                "Nesrine",
            ),
            (
                "Notes.\n\nHis wife, Rohimu, said two had drowned.",
                "Rohimu",
            ),
        ] {
            assert_eq!(people_named(text), [name], "{text}");
        }
        let text = "Notes.\n\nThe agency, Frontix, said so.";
        assert!(people_named(text).is_empty(), "{:?}", kinds(text));
        // Not a place so set off after a place's description.
        let text = "Notes.\n\nThe town where they landed, Puerto Limus, has no clinic.";
        assert!(people_named(text).is_empty(), "{:?}", kinds(text));
    }

    #[test]
    fn a_skipper_or_a_recruiter_in_apposition_is_a_person() {
        for text in [
            "Notes.\n\nThe skipper, Jufru Lamanu, who had collected the fares, was arrested.",
            "Notes.\n\nJufru Lamanu, a recruiter, was arrested.",
        ] {
            assert_eq!(people_named(text), ["Jufru Lamanu"], "{text}");
        }
    }

    #[test]
    fn a_place_named_like_an_officer_is_a_place_where_only_a_place_can_stand() {
        let text = "Notes.\n\nVisviri, in the commune of General Lagos, sits on the border. \
                    They slept in the town of General Quilmez.";
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["General Lagos"]);
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["General Quilmez"]);
        assert!(
            texts_of_kind(text, "Person")
                .iter()
                .all(|t| !t.contains("Lagos") && !t.contains("Quilmez")),
            "{:?}",
            kinds(text)
        );
        // Not the officer of a place.
        let text = "Notes.\n\nThey met the Governor of Sonora, Ana Ruiz.";
        assert_none_of_kind(text, "NewPlace");
    }

    #[test]
    fn the_city_of_a_name_a_region_shares_is_the_town() {
        let g = Gazetteer::builtin();
        let kind = |text: &str, name: &str| {
            place_read(&g, &format!("X\n\n{text}"), name)
                .map(|p| p.kind)
                .expect("a known place")
        };
        // Alone, the name reads as the region; "the city of" says the town.
        assert_eq!(kind("They left Chihuahua.", "Chihuahua"), PlaceKind::State);
        assert_eq!(
            kind("They were held in the city of Chihuahua.", "Chihuahua"),
            PlaceKind::City
        );
        // Not the capital of it, which names the region.
        assert_eq!(
            kind("They reached the capital of Chihuahua.", "Chihuahua"),
            PlaceKind::State
        );
        // The capital in apposition after the name says the town too.
        for text in [
            "They were driven to Chihuahua, the state capital.",
            "They were driven to Chihuahua, the capital, at night.",
        ] {
            assert_eq!(kind(text, "Chihuahua"), PlaceKind::City, "{text}");
        }
        assert_eq!(
            kind(
                "They were driven to Chihuahua, the state of the north.",
                "Chihuahua"
            ),
            PlaceKind::State
        );
        // "a town in" after the name says so too, and a town may be named like a state of
        // another country.
        assert_eq!(
            kind(
                "A welder from Florida, a town in Camagüey province, spoke.",
                "Florida"
            ),
            PlaceKind::City
        );
        assert_eq!(
            kind(
                "A welder from Florida, a state he had never seen, spoke.",
                "Florida"
            ),
            PlaceKind::State
        );
        // Read as the town once, the name is the town throughout, unless the words also read
        // it as the state somewhere.
        let kinds = |text: &str| -> Vec<PlaceKind> {
            let doc = Doc::new(&format!("X\n\n{text}"), g.cleaner());
            find_mentions(&g, &doc)
                .into_iter()
                .filter_map(|m| match m.kind {
                    MentionKind::KnownPlace(p) if m.text == "Chihuahua" => Some(g.places[p].kind),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            kinds("They were held in the city of Chihuahua. Police near Chihuahua stopped them."),
            [PlaceKind::City, PlaceKind::City]
        );
        assert_eq!(
            kinds(
                "They were held in the city of Chihuahua. Police near Chihuahua stopped them, \
                 and the state of Chihuahua sent more."
            ),
            [PlaceKind::City, PlaceKind::State, PlaceKind::State]
        );
    }

    #[test]
    fn a_town_name_places_share_means_the_one_the_article_is_about() {
        let g = Gazetteer::builtin();
        let escuintla = |text: &str| {
            place_read(&g, text, "Escuintla")
                .expect("Escuintla is a known place")
                .id
                .clone()
        };
        // Alone, the name reads as the Guatemalan city, the capital of the department named
        // after it...
        let guatemalan_city = "geonames/3595803";
        assert_eq!(
            escuintla("X\n\nThe caravan left Escuintla."),
            guatemalan_city
        );
        assert_eq!(
            escuintla("X\n\nIn Guatemala, the caravan left Escuintla."),
            guatemalan_city
        );
        // ...and beside a town of Chiapas, as the Chiapas town...
        assert_eq!(
            escuintla("X\n\nThe caravan passed through Huixtla and Escuintla."),
            "geonames/3527768"
        );
        // ...unless a country written after it says otherwise.
        assert_eq!(
            escuintla("X\n\nMigrants from Escuintla, Guatemala, reached Huixtla."),
            guatemalan_city
        );
        // (The department is read where the words say so.)
        assert_eq!(
            escuintla("X\n\nThe governor of Escuintla met them in Huixtla."),
            "iso/GT-05"
        );
        // A name only an alias of a large city abroad, which towns of other countries share,
        // none in the article's countries, is a town of its own: not São Luís in Brazil.
        let text = "X\n\nIn Colombia, they walked to a beach near San Luis at night.";
        assert!(
            kinds(text).contains(&("San Luis".to_string(), "NewPlace(City)".to_string())),
            "{:?}",
            kinds(text)
        );
        // Named as what it is, the large city keeps its name.
        let text = "X\n\nIn Colombia, they flew to São Luís at night.";
        assert_eq!(
            place_read(&g, text, "São Luís").map(|p| p.name.as_str()),
            Some("São Luís")
        );
    }

    #[test]
    fn a_border_post_is_the_crossing_in_a_story_of_either_side_and_a_town_elsewhere() {
        let g = Gazetteer::builtin();
        let read = |text: &str, name: &str| {
            let place = known_place(&g, text, name);
            (place.id.clone(), place.kind)
        };
        let crossing = |id: &str| (format!("crossing/{id}"), PlaceKind::Landmark);
        // Named with the country across the line (the post of that name is in Guatemala)
        // and a country where a town has the name: the crossing.
        assert_eq!(
            read(
                "X\n\nThe families bound for the United States left Honduras at Agua Caliente.",
                "Agua Caliente"
            ),
            crossing("agua-caliente")
        );
        assert_eq!(
            read(
                "X\n\nThe group reached Corinto on the Guatemalan border of Honduras.",
                "Corinto"
            ),
            crossing("corinto")
        );
        // A port of the same name in a story of its own country is the town.
        let (port, kind) = read("X\n\nThe ship docked at Corinto, Nicaragua.", "Corinto");
        assert_eq!(kind, PlaceKind::City, "{port}");
    }

    #[test]
    fn an_island_named_alone_is_a_feature_of_its_country_and_an_island_region_a_region() {
        let g = Gazetteer::builtin();
        let read = |text: &str, name: &str| {
            let place = known_place(&g, text, name);
            (place.id.clone(), place.kind, place.country.clone())
        };
        let island = |id: &str, country: &str| {
            (
                format!("island/{id}"),
                PlaceKind::Landmark,
                Some(country.to_string()),
            )
        };
        assert_eq!(
            read("X\n\nThe dinghy landed on Lesbos at dawn.", "Lesbos"),
            island("lesbos", "GR")
        );
        // Not the Indian city of that name: the island, a province of its own.
        assert_eq!(
            read("X\n\nThe boat had left Bali a week before.", "Bali"),
            (
                "island/bali".to_string(),
                PlaceKind::State,
                Some("ID".to_string())
            )
        );
        assert_eq!(
            read("X\n\nCoast guards brought 40 people to Crete.", "Crete"),
            (
                "island/crete".to_string(),
                PlaceKind::State,
                Some("GR".to_string())
            )
        );
    }

    #[test]
    fn an_island_of_two_countries_is_the_one_of_the_story_s_country_and_the_channel_is_a_sea() {
        let g = Gazetteer::builtin();
        let id = |text: &str, name: &str| known_place(&g, text, name).id.clone();
        assert_eq!(
            id(
                "X\n\nThe boat reached Andros, Greece's coast guard said.",
                "Andros"
            ),
            "island/andros-greece"
        );
        assert_eq!(
            id(
                "X\n\nThe sloop ran aground off Andros, in the Bahamas.",
                "Andros"
            ),
            "island/andros-bahamas"
        );
        // An island that is part of its country's name, and towns of the name elsewhere.
        let text = "X\n\nThey had lived in Trinidad and Tobago and were held on Trinidad.";
        assert_eq!(id(text, "Trinidad"), "island/trinidad");
        let text = "X\n\nThey had left Trinidad, Cuba, on Monday.";
        assert_eq!(
            known_place(&g, text, "Trinidad").country.as_deref(),
            Some("CU")
        );
        assert_eq!(
            id("X\n\nDozens crossed the Channel on Monday.", "Channel"),
            "region/english-channel"
        );
    }

    #[test]
    fn a_town_of_the_channel_shores_is_known_down_to_ten_thousand_people() {
        let g = Gazetteer::builtin();
        let country = |text: &str, name: &str| known_place(&g, text, name).country.clone();
        let text = "X\n\nThe boat left Boulogne-sur-Mer at night and landed near Dover.";
        assert_eq!(country(text, "Boulogne-sur-Mer").as_deref(), Some("FR"));
        // Not the capital of Delaware, a smaller town.
        assert_eq!(country(text, "Dover").as_deref(), Some("GB"));
    }

    #[test]
    fn an_indian_state_is_a_region_of_india_under_the_name_news_write() {
        let g = Gazetteer::builtin();
        let place = place_read(&g, "X\n\nMost came from Gujarat.", "Gujarat")
            .expect("Gujarat is a known place");
        assert_eq!(
            (place.name.as_str(), place.kind, place.country.as_deref()),
            ("Gujarat", PlaceKind::State, Some("IN"))
        );
    }

    #[test]
    fn a_hyphenated_surname_names_no_places() {
        let text = "Notes.\n\nNathan Brooks-Ocampo spoke. Brooks-Ocampo said the Mexico-Guatemala \
                    border was calm.";
        assert_eq!(texts_of_kind(text, "KnownPlace"), ["Mexico", "Guatemala"]);
    }

    #[test]
    fn a_hyphenated_pair_of_places_names_each_by_its_own_part_and_the_border_is_a_landmark() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "X\n\nThey waited at the Honduras-Nicaragua border.",
            g.cleaner(),
        );
        let found: Vec<(String, String, PlaceKind)> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::KnownPlace(p) => {
                    Some((m.text, g.places[p].id.clone(), g.places[p].kind))
                }
                MentionKind::NewPlace(kind) => Some((m.text, String::new(), kind)),
                _ => None,
            })
            .collect();
        let named = |text: &str, id: &str| found.iter().any(|(t, i, _)| t == text && i == id);
        assert!(named("Honduras", "iso/HN"), "{found:?}");
        assert!(named("Nicaragua", "iso/NI"), "{found:?}");
        assert!(
            found
                .iter()
                .any(|(t, _, k)| t == "Honduras-Nicaragua border" && *k == PlaceKind::Landmark),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|(t, _, k)| t == "Honduras-Nicaragua" && *k == PlaceKind::Country),
            "{found:?}"
        );
    }

    #[test]
    fn a_hyphenated_name_before_a_landmark_head_names_the_landmark_not_two_places() {
        for text in [
            "X\n\nThey waited at the Juárez-Lincoln bridge.",
            "X\n\nThey waited at the Juárez-Lincoln International Bridge.",
        ] {
            let known = texts_of_kind(text, "KnownPlace");
            assert!(known.is_empty(), "{known:?}");
        }
    }

    #[test]
    fn a_border_between_places_written_apart_or_as_demonyms_is_a_landmark() {
        let landmarks = |text: &str| texts_of_kind(text, "NewPlace(Landmark)");
        assert_eq!(
            landmarks("X\n\nThey waited at the U.S.-Honduras border."),
            ["U.S.-Honduras border"]
        );
        assert_eq!(
            landmarks("X\n\nThey reached the Costa Rican-Nicaraguan border."),
            ["Costa Rican-Nicaraguan border"]
        );
        // Not a border between places.
        assert!(landmarks("X\n\nThe Trump-era border rules ended.").is_empty());
    }

    #[test]
    fn a_minister_s_field_after_of_or_for_is_part_of_the_title() {
        let g = Gazetteer::builtin();
        let titled = |text: &str| -> Vec<(String, String)> {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc)
                .into_iter()
                .filter_map(|m| match m.kind {
                    MentionKind::Person { title: Some(t), .. } => Some((m.text, t)),
                    _ => None,
                })
                .collect()
        };
        let pair = |name: &str, title: &str| vec![(name.to_string(), title.to_string())];
        assert_eq!(
            titled("X\n\nMinister of National Security Wayne Ortiz flew in on Monday."),
            pair("Wayne Ortiz", "Minister of National Security")
        );
        assert_eq!(
            titled(
                "X\n\nAna Ruiz, Greece's Minister of Maritime Affairs and Insular Policy, spoke."
            ),
            pair(
                "Ana Ruiz",
                "Minister of Maritime Affairs and Insular Policy"
            )
        );
        // "for" opens a field as "of" does; "for" a known body opens its own title.
        assert_eq!(
            titled("X\n\nMinister for Home Affairs Wayne Ortiz flew in on Monday."),
            pair("Wayne Ortiz", "Minister for Home Affairs")
        );
        assert_eq!(
            titled("X\n\nThe Minister for Immigration and Citizenship, Wayne Ortiz, spoke."),
            pair("Wayne Ortiz", "Minister for Immigration and Citizenship")
        );
        assert_eq!(
            titled("X\n\nU.N. High Commissioner for Refugees Wayne Ortiz spoke."),
            pair("Wayne Ortiz", "High Commissioner for Refugees")
        );
        // A town's manager is its official.
        assert_eq!(
            titled("X\n\nMadawaska town manager Lucia Ortiz met him."),
            pair("Lucia Ortiz", "Madawaska town manager")
        );
        // The second field ends where the holder's given name starts.
        assert_eq!(
            titled("X\n\nMinister of Labour and Immigration Keith Ortiz met her."),
            pair("Keith Ortiz", "Minister of Labour and Immigration")
        );
        // A field in lower case may list its portfolios between commas; a comma before "and"
        // ends the field.
        assert_eq!(
            titled("X\n\nHe met Peru's minister of labor, employment and welfare, Ana Ruiz."),
            pair("Ana Ruiz", "minister")
        );
        assert_eq!(
            titled(
                "X\n\nHe met Peru's minister for law, human rights, prisons and justice, Ana Ruiz."
            ),
            pair("Ana Ruiz", "minister")
        );
        // An office's place that ends the text is read to its end, not past it.
        let doc = Doc::new(
            "X\n\nShe is the district commissioner for Grand Turk.",
            g.cleaner(),
        );
        assert!(find_mentions(&g, &doc)
            .iter()
            .any(|m| m.text == "Grand Turk" && matches!(m.kind, MentionKind::KnownPlace(_))));
        assert_eq!(
            titled("X\n\nHe met the governor of the state, and the mayor, Ana Ruiz."),
            pair("Ana Ruiz", "mayor")
        );
        // A place after "of" is no field: it is the country served.
        let doc = Doc::new(
            "X\n\nForeign Minister of Honduras Enrique Ortiz spoke.",
            g.cleaner(),
        );
        let served = find_mentions(&g, &doc).into_iter().any(|m| {
            m.text == "Enrique Ortiz"
                && matches!(&m.kind, MentionKind::Person { title: Some(t), affiliation }
                    if t.starts_with("Foreign Minister") && !affiliation.is_empty())
        });
        assert!(served);
        // Offices from the data: Bangladesh's head of government, a state's chief minister.
        assert_eq!(
            titled("X\n\nThey spoke with Bangladesh's chief adviser, Muhammad Ortiz, on Monday."),
            pair("Muhammad Ortiz", "chief adviser")
        );
    }

    #[test]
    fn a_country_whose_name_is_its_demonym_is_the_country_before_a_verb() {
        let demonyms = |text: &str| texts_of_kind(text, "Demonym");
        let places = |text: &str| texts_of_kind(text, "KnownPlace");
        let text = "X\n\nThey are a minority that Myanmar does not recognise.";
        assert_eq!(places(text), ["Myanmar"]);
        let text = "X\n\nOfficials said Myanmar had closed the camps.";
        assert_eq!(places(text), ["Myanmar"]);
        // Before a noun it still says whose.
        let text = "X\n\nThe camps hold Myanmar refugees.";
        assert_eq!(demonyms(text), ["Myanmar"]);
    }

    #[test]
    fn a_demonym_before_the_word_for_a_town_says_whose_town_it_is() {
        let g = Gazetteer::builtin();
        let country_of =
            |text: &str| place_read(&g, text, "Jalapa").and_then(|p| p.country.clone());
        // Jalapa alone is the Guatemalan department; the Nicaraguan town shares its name.
        let text = "X\n\nAbout 200 migrants slept in the Nicaraguan border town of Jalapa.";
        assert_eq!(country_of(text).as_deref(), Some("NI"));
        let text = "X\n\nAbout 200 migrants slept in Jalapa on Monday.";
        assert_eq!(country_of(text).as_deref(), Some("GT"));
        // A demonym that is not a town's says nothing of it.
        let text = "X\n\nThe Nicaraguan envoy slept in Jalapa on Monday.";
        assert_eq!(country_of(text).as_deref(), Some("GT"));
    }

    #[test]
    fn a_government_named_by_its_leader_is_a_body_and_the_leader_is_named() {
        let g = Gazetteer::builtin();
        let text = "Talks\n\nPresident Ana Ruiz's government agreed on Monday. Pedro Vidal's \
                    government did not, and Honduras' government said so.";
        assert_eq!(
            texts_of_kind(text, "Org"),
            [
                "President Ana Ruiz's government",
                "Pedro Vidal's government",
                "Honduras' government"
            ]
        );
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Ana Ruiz", "Pedro Vidal"]);
        // Neither a title nor a given name first: no one's government.
        for text in [
            "X\n\nThe Vidal's government fell.",
            "X\n\nZorbo Vidal's government fell.",
        ] {
            assert!(texts_of_kind(text, "Org").is_empty(), "{text}");
        }
    }

    #[test]
    fn a_village_counts_where_only_a_place_can_stand() {
        // Catazajá is a Chiapas village of the gazetteer's smallest tier.
        let village = |text: &str| {
            kinds(text)
                .iter()
                .any(|(t, k)| t == "Catazajá" && k.starts_with("KnownPlace"))
        };
        for text in [
            "X\n\nThe caravan stopped in Catazajá on Monday.",
            "X\n\nThe boat ride to Catazajá takes two hours.",
            "X\n\nThey camped on the outskirts of Catazajá overnight.",
            "X\n\nThe school was shut. Catazajá, Chiapas, was calm.",
            // Where it lies, after a comma.
            "X\n\nThe next stop is Catazajá, in southern Mexico, a long drive.",
            "X\n\nThe next stop is Catazajá, on Mexico's side of the river.",
            // A later item of a list of places.
            "X\n\nAgents came from Palenque and Catazajá on Monday.",
            "X\n\nThey walked through Palenque, Tenosique or Catazajá.",
        ] {
            assert!(village(text), "{text}: {:?}", kinds(text));
        }
        for text in [
            // A weaker cue than a town needs: two names joined, someone spoken to.
            "X\n\nRuiz and Catazajá met on Monday.",
            "X\n\nShe met Ruiz and Catazajá on Monday.",
            "X\n\nThe plan is sound, according to Catazajá.",
            // A country after the name that is not the village's.
            "X\n\nThe school was shut. Catazajá, Guatemala's envoy, was calm.",
            // A Title Case headline, where any word is capitalised.
            "Caravan Rests In Catazajá As Talks Go On\n\nMigrants rested.",
        ] {
            assert!(!village(text), "{text}: {:?}", kinds(text));
        }
        // A landmark named after the village is a place of its own.
        for (text, landmark) in [
            (
                "X\n\nThey waited at the Catazajá port of entry on Monday.",
                "Catazajá port of entry",
            ),
            (
                "X\n\nThey crossed the Catazajá River on Monday.",
                "Catazajá River",
            ),
        ] {
            assert!(
                kinds(text)
                    .iter()
                    .any(|(t, k)| t == landmark && k == "NewPlace(Landmark)"),
                "{:?}",
                kinds(text)
            );
        }
        // A longer name joined to the village's by "de" is not the village.
        for text in [
            "X\n\nThey slept in Santa Rita de Catazajá on Monday.",
            "X\n\nThey slept in Catazajá de Juárez on Monday.",
        ] {
            assert!(!village(text), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn a_name_where_a_place_is_expected_is_a_place_unless_it_starts_with_a_given_name() {
        let new_city = |text: &str, name: &str| {
            kinds(text)
                .iter()
                .any(|(t, k)| t == name && k == "NewPlace(City)")
        };
        // Two unknown words after "in".
        let text = "X\n\nMigrants slept in Ojo Seco before walking on.";
        assert!(new_city(text, "Ojo Seco"), "{:?}", kinds(text));
        // A small city's name (Lajas) inside a longer name is not that city.
        let text = "X\n\nThe minister spoke from Lajas Verdes on Friday.";
        assert!(new_city(text, "Lajas Verdes"), "{:?}", kinds(text));
        assert!(
            !kinds(text).iter().any(|(t, _)| t == "Lajas"),
            "{:?}",
            kinds(text)
        );
        // A person's name after "from" stays a name, surnames alone included...
        let text = "X\n\nThe letter came from Carlos Ruiz on Friday.";
        assert!(!new_city(text, "Carlos Ruiz"), "{:?}", kinds(text));
        let text = "X\n\nPresident Ana Sofía Villa Rojas spoke. Praise came from Villa Rojas.";
        assert!(!new_city(text, "Villa Rojas"), "{:?}", kinds(text));
        // ...and a weekday after a town's name is not part of it.
        let text = "X\n\nThe caravan arrived in Lajas Monday.";
        assert!(!new_city(text, "Lajas Monday"), "{:?}", kinds(text));
    }

    #[test]
    fn a_large_city_name_inside_a_town_name_is_the_town_where_a_place_is_expected() {
        let found = kinds("X\n\nEvery day, buses leave Vado Canoas for the north.");
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "Vado Canoas" && k == "NewPlace(City)"),
            "{found:?}"
        );
        assert!(!found.iter().any(|(t, _)| t == "Canoas"), "{found:?}");
    }

    #[test]
    fn the_word_after_a_place_name_picks_which_of_its_readings_is_meant() {
        let g = Gazetteer::builtin();
        let kind_of = |text: &str, name: &str| place_read(&g, text, name).map(|p| p.kind);
        // Panama is named, yet "jungle" says the Darién is the gap, not the province...
        let text = "X\n\nMigrants crossed the Darién jungle into Panama.";
        assert_eq!(kind_of(text, "Darién"), Some(PlaceKind::Landmark));
        // ...and so is "Darién" alone elsewhere in a story that says so once.
        let text = "Darién crossings rise\n\nMigrants crossed the Darién jungle into Panama.";
        assert_eq!(kind_of(text, "Darién"), Some(PlaceKind::Landmark));
        // ...and "province" says the reverse, after the name or before it.
        let text = "X\n\nMigrants rested in Yaviza, Darien province.";
        assert_eq!(kind_of(text, "Darien"), Some(PlaceKind::State));
        let text = "X\n\nThe governor of the Mexican state of Chihuahua spoke.";
        assert_eq!(kind_of(text, "Chihuahua"), Some(PlaceKind::State));
        // A parish is a region: "the eastern parish of Portland" is Jamaica's, not a town.
        let text = "X\n\nThey landed in the eastern parish of Portland on Monday.";
        assert_eq!(kind_of(text, "Portland"), Some(PlaceKind::State));
        let text = "X\n\nThey landed in Portland on Monday.";
        assert_eq!(kind_of(text, "Portland"), Some(PlaceKind::City));
        // A town before a name that may mean a state is a town in that state.
        let found = kinds("X\n\nThe group walked to Ojo Seco, Darien province, on Monday.");
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "Ojo Seco" && k == "NewPlace(City)"),
            "{found:?}"
        );
    }

    #[test]
    fn a_region_or_land_named_like_a_town_is_not_the_town() {
        // "province" after a name the gazetteer knows only as a town: a region of that name,
        // named with its word...
        let text = "X\n\nHe came from Arusha province with his wife.";
        assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Arusha province"]);
        // ...or only as an island.
        let island = "X\n\nPolice in Lorengau, the capital of Manus province, said so.";
        assert_eq!(texts_of_kind(island, "NewPlace(State)"), ["Manus province"]);
        let municipality = "X\n\nThe village lies in Las Cruces municipality, in Peten.";
        assert_eq!(
            texts_of_kind(municipality, "NewPlace(State)"),
            ["Las Cruces municipality"]
        );
        // ...and resolution keeps it apart from the town.
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let arusha = ex
            .places
            .iter()
            .find(|p| p.name == "Arusha province")
            .unwrap();
        assert_eq!((arusha.kind, arusha.known), (PlaceKind::State, None));
        // "regional" after the name says the region's too, and the region named with its word
        // and without it is one place.
        let doc = Doc::new(
            "X\n\nThey were stopped in Arusha region. The Arusha regional police commander \
             spoke.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, None);
        let arusha: Vec<_> = ex
            .places
            .iter()
            .filter(|p| p.name.contains("Arusha"))
            .collect();
        assert_eq!(arusha.len(), 1, "{arusha:?}");
        assert_eq!(
            (arusha[0].kind, arusha[0].names.len()),
            (PlaceKind::State, 2),
            "{arusha:?}"
        );
        // So does a territory, an oblast or a subdistrict named like its town.
        let doc = Doc::new(
            "X\n\nThey came from villages in Kasama territory.",
            g.cleaner(),
        );
        let ex = crate::extract::extract(&g, &doc, None);
        assert!(
            ex.places
                .iter()
                .any(|p| p.name == "Kasama territory" && p.kind == PlaceKind::State),
            "{:?}",
            ex.places
        );
        // Any word the triggers give for a division: "Sylhet division".
        assert_eq!(
            texts_of_kind(
                "X\n\nHe came from Sylhet division in Bangladesh.",
                "NewPlace(State)"
            ),
            ["Sylhet division"]
        );
        // Towns listed before a plural head are the regions named after them.
        assert_eq!(
            texts_of_kind(
                "X\n\nThey came from Satkhira and Jessore districts.",
                "NewPlace(State)"
            ),
            ["Satkhira", "Jessore"]
        );
        // A town alone stays the town.
        let towns = texts_of_kind("X\n\nHe came from Arusha with his wife.", "KnownPlace");
        assert!(towns.contains(&"Arusha".to_string()), "{towns:?}");
        // A region the gazetteer knows, named like its town, is that region with its word
        // ("Idlib province") and the town alone ("from Idlib").
        let g = Gazetteer::builtin();
        let kind = |text: &str| known_place(&g, text, "Idlib").kind;
        assert_eq!(kind("X\n\nHe came from Idlib province."), PlaceKind::State);
        assert_eq!(
            kind("X\n\nHe came from Idlib with his wife."),
            PlaceKind::City
        );
        // "island" or "peninsula" after a town's name: the land, not the town.
        assert_eq!(
            texts_of_kind(
                "X\n\nThey were brought to the small port on El Tigre island.",
                "NewPlace(Landmark)"
            ),
            ["El Tigre island"]
        );
        // A name the gazetteer lacks before "peninsula", or after "Golfo", is a landmark too.
        assert_eq!(
            texts_of_kind(
                "X\n\nThe boat left from the Cosigüina peninsula in Nicaragua.",
                "NewPlace(Landmark)"
            ),
            ["Cosigüina peninsula"]
        );
        assert_eq!(
            texts_of_kind(
                "X\n\nThe port stands on the Golfo Dulce, near Panama.",
                "NewPlace(Landmark)"
            ),
            ["Golfo Dulce"]
        );
    }

    #[test]
    fn a_numbered_road_is_a_landmark_named_with_its_number() {
        assert_eq!(
            texts_of_kind(
                "X\n\nThe truck was stopped on Federal Highway 2 near Caborca. They walked along \
                 Interstate 8 and Route 66.",
                "NewPlace(Landmark)"
            ),
            ["Federal Highway 2", "Interstate 8", "Route 66"]
        );
        // Or by its code, before the word for a road.
        assert_eq!(
            texts_of_kind(
                "X\n\nOfficers checked lorries on the A9 motorway and the M25.",
                "NewPlace(Landmark)"
            ),
            ["A9 motorway"]
        );
        // Not a year after a road's name.
        assert!(texts_of_kind(
            "X\n\nThe Pan-American Highway 2024 plan.",
            "NewPlace(Landmark)"
        )
        .iter()
        .all(|t| !t.contains("2024")));
    }

    #[test]
    fn a_possessive_inside_a_place_name_is_part_of_it() {
        let g = Gazetteer::builtin();
        let text = "X\n\nMost had lived in the refugee camps of Cox's Bazar for years.";
        assert_eq!(
            place_read(&g, text, "Cox's Bazar").map(|p| p.country.as_deref()),
            Some(Some("BD"))
        );
        // So is one that ends the name, in capitals or not.
        let text = "X\n\nST. JOHN'S, Antigua and Barbuda (AP) — Crowds waited.";
        assert_eq!(
            place_read(&g, text, "ST. JOHN'S").map(|p| p.country.as_deref()),
            Some(Some("AG"))
        );
        let text = "X\n\nThey were moved to a church hall in St. John's on Tuesday.";
        assert!(
            place_read(&g, text, "St. John's").is_some(),
            "{:?}",
            kinds(text)
        );
        // A possessive before a word that makes no place with it is still one.
        let found = kinds("X\n\nMexico's President spoke.");
        assert!(
            !found.iter().any(|(t, _)| t.contains("Mexico's")),
            "{found:?}"
        );
    }

    #[test]
    fn a_word_in_brackets_inside_a_known_name_is_part_of_it() {
        let g = Gazetteer::builtin();
        let text = "X\n\nThe boat reached the Cocos (Keeling) Islands on Tuesday.";
        assert_eq!(
            place_read(&g, text, "Cocos (Keeling) Islands").map(|p| p.country.as_deref()),
            Some(Some("CC"))
        );
        // Brackets after a name that makes no known name with them stay apart.
        let found = kinds("X\n\nThe Nile (Egypt) Authority met.");
        assert!(!found.iter().any(|(t, _)| t.contains('(')), "{found:?}");
    }

    #[test]
    fn one_unknown_word_ending_a_clause_after_in_is_a_town() {
        let new_places = |text: &str| texts_of_kind(text, "NewPlace");
        assert_eq!(
            new_places("X\n\nThey slept at a shelter in Ojochal, near the border."),
            ["Ojochal"]
        );
        // Not a word that modifies a noun, nor the end of a name running on through "in".
        assert!(new_places("X\n\nThey read it in Ojochal posts.").is_empty());
        assert!(
            new_places("X\n\nThey joined the Alliance for Progress in Ojochal, they said.")
                .is_empty()
        );
        // Nor the surname of someone named before.
        assert!(new_places(
            "X\n\nHe called his counterpart, Olubunmi Tunji-Ojo, by phone. A statement from \
             Tunji-Ojo's office in Abuja dated it Monday."
        )
        .is_empty());
        // A body that tells it, or a purpose, after the word ends the clause as well; so does
        // a clause of where after "to". (Not a short name for a place named in full.)
        for text in [
            "X\n\nA few Chadians joined them in Zinkaro, the army said.",
            "X\n\nThey had stopped in Zinkaro to buy fuel.",
            "X\n\nThey were taken to Zinkaro, where the agency runs a centre.",
            "X\n\nThey set out from a beach near Zinkaro, where the Arakan Army rules.",
            // How near says a place, whatever follows.
            "X\n\nA lifeboat from nearby Zinkaro met the boat offshore.",
        ] {
            assert_eq!(new_places(text), ["Zinkaro"], "{text}");
        }
        assert!(new_places(
            "X\n\nThey were taken to the Zinkaro camp. Tents went to Zinkaro, where it is cold."
        )
        .iter()
        .all(|p| p != "Zinkaro"));
    }

    #[test]
    fn a_word_joined_by_and_to_a_place_name_names_its_own_place() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("X\n\nThey came from North and South Korea.", g.cleaner());
        let mut places: Vec<(String, String)> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::KnownPlace(p) => Some((m.text, g.places[p].name.clone())),
                _ => None,
            })
            .collect();
        places.sort();
        assert_eq!(
            places,
            [
                ("North Korea".to_string(), "North Korea".to_string()),
                ("South Korea".to_string(), "South Korea".to_string())
            ]
        );
    }

    #[test]
    fn an_apposition_of_age_or_occupation_after_adjectives_names_a_person() {
        let g = Gazetteer::builtin();
        for (text, name) in [
            (
                "X\n\nBy the road, Zorbek Qintal, a 33-year-old bricklayer, said he was tired.",
                "Zorbek Qintal",
            ),
            (
                "X\n\nUlvar Pesk, a former baseball coach from the coast, said so.",
                "Ulvar Pesk",
            ),
            (
                "X\n\nUlvar Pesk, a municipal councillor in the town, said so.",
                "Ulvar Pesk",
            ),
            (
                "X\n\nZarmelda Quotopo, who is travelling with two small sons, said she had \
                 no money left.",
                "Zarmelda Quotopo",
            ),
        ] {
            let doc = Doc::new(text, g.cleaner());
            let found = find_mentions(&g, &doc).into_iter().any(|m| {
                m.text == name && matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0
            });
            assert!(found, "{text}");
        }
        // An apposition the gazetteer has no word for, between a name opening the sentence and
        // a verb of speech, describes a person; not one that names a body.
        let person_of = |text: &str, name: &str| {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc).into_iter().any(|m| {
                m.text == name && matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0
            })
        };
        assert!(person_of(
            "X\n\nThe boats came at dawn. Zorbek Qintal, the panglima laot of the island, said \
             they were tired.",
            "Zorbek Qintal"
        ));
        assert!(!person_of(
            "X\n\nThe boats came at dawn. Puentes Zorvales, a rights group based in the town, \
             said they were tired.",
            "Puentes Zorvales"
        ));
        // Where a place stands ("around X", "outside X"), an apposition is who said it.
        for before in ["around", "outside"] {
            let text = format!(
                "X\n\nPolice stepped up patrols {before} Zorvalia, a French interior ministry \
                 official said."
            );
            assert!(!person_of(&text, "Zorvalia"), "{text}");
        }
        // Within a sentence, a name before "who" may end a body's.
        let text = "X\n\nThe boats were stopped off Zorva Kintal, who handed out water, \
                    the police said.";
        let doc = Doc::new(text, g.cleaner());
        let appositive = find_mentions(&g, &doc)
            .into_iter()
            .any(|m| m.rule == "appositive-name");
        assert!(!appositive);
    }

    #[test]
    fn person_cue_words_come_from_the_data_and_a_user_can_add_some() {
        let text = "X\n\nThe caravan was blessed by hermit Qarlo Zintl on Sunday.";
        let is_person = |g: &Gazetteer| {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(g, &doc).iter().any(|m| {
                m.text == "Qarlo Zintl"
                    && matches!(m.kind, MentionKind::Person { .. })
                    && m.confidence > 0.0
            })
        };
        assert!(!is_person(&Gazetteer::builtin()));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("triggers.tsv"), "person_cue\thermit\n").unwrap();
        assert!(is_person(&Gazetteer::with_extra(dir.path()).unwrap()));
    }

    #[test]
    fn a_plural_title_over_a_list_gives_each_name_its_own_title() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "X\n\nWith her were the Ministers of Foreign Affairs, Rosa Ibarra Cano, and \
             Security, Tomas Lugo.",
            g.cleaner(),
        );
        let with_titles: Vec<(String, String)> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Person { title: Some(t), .. } => Some((m.text, t)),
                _ => None,
            })
            .collect();
        assert_eq!(
            with_titles,
            [
                (
                    "Rosa Ibarra Cano".to_string(),
                    "Minister of Foreign Affairs".to_string()
                ),
                ("Tomas Lugo".to_string(), "Minister of Security".to_string())
            ]
        );
        // A list of whom each serves, by country, after a lower-case plural.
        let text = "X\n\nThe minister hosted his counterparts from Guatemala, Rosa Ibarra Cano; \
                    Costa Rica, Tomas Lugo; and Panama, Ana Ruiz, on Monday.";
        let found = titled(text);
        assert_eq!(
            found,
            [
                one("Rosa Ibarra Cano", "counterpart", &["Guatemala"]),
                one("Tomas Lugo", "counterpart", &["Costa Rica"]),
                one("Ana Ruiz", "counterpart", &["Panama"])
            ]
        );
        // Not a list of what is no country.
        let text = "X\n\nThe minister hosted his counterparts from Quilca, Rosa Ibarra Cano; \
                    and Tumbal, Tomas Lugo, on Monday.";
        assert!(titled(text).is_empty(), "{:?}", titled(text));
        // Two lists, countries then as many names, each name at its country's place.
        let text = "X\n\nThe interior ministers of Chile, Bolivia and Peru, Rosa Ibarra Cano, \
                    Tomas Lugo and Ana Ruiz-Vela, spoke by video on Monday.";
        assert_eq!(
            titled(text),
            [
                one("Rosa Ibarra Cano", "interior minister", &["Chile"]),
                one("Tomas Lugo", "interior minister", &["Bolivia"]),
                one("Ana Ruiz-Vela", "interior minister", &["Peru"])
            ]
        );
        // Not when the names are fewer than the countries.
        let text = "X\n\nThe interior ministers of Chile, Bolivia and Peru, Rosa Ibarra Cano \
                    and Tomas Lugo, spoke by video on Monday.";
        assert!(titled(text).is_empty(), "{:?}", titled(text));
    }

    #[test]
    fn a_possessive_country_qualifies_a_title_across_a_rank_word() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "X\n\nEl Salvador's Deputy Foreign Minister Ana Ruiz arrived on Monday.",
            g.cleaner(),
        );
        let affiliation = find_mentions(&g, &doc)
            .into_iter()
            .find_map(|m| match m.kind {
                MentionKind::Person { affiliation, .. } if m.text == "Ana Ruiz" => {
                    Some(affiliation)
                }
                _ => None,
            })
            .expect("Ana Ruiz");
        let names: Vec<&str> = affiliation
            .iter()
            .map(|a| match a {
                Affiliation::Place(p) => g.places[*p].name.as_str(),
                Affiliation::Org(o) => g.orgs[*o].name.as_str(),
            })
            .collect();
        // The longest name before "'s": the country, not Salvador in Brazil.
        assert_eq!(names, ["El Salvador"]);
    }

    #[test]
    fn a_relative_in_apposition_before_a_name_makes_it_a_person() {
        let g = Gazetteer::builtin();
        let rule_of = |text: &str, name: &str| {
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc)
                .into_iter()
                .find(|m| m.text == name)
                .map(|m| m.rule)
        };
        assert_eq!(
            rule_of(
                "X\n\nHe left a week earlier with his cousin, Chaltu Dinsa, who was also there.",
                "Chaltu Dinsa"
            ),
            Some("cue-in-apposition")
        );
        // Not a name set after a place: "his home, Chaltu Dinsa" names no relative.
        assert_ne!(
            rule_of(
                "X\n\nHe left a week earlier from his home, Chaltu Dinsa, on foot.",
                "Chaltu Dinsa"
            ),
            Some("cue-in-apposition")
        );
        // A role after "a" or "the", with where the person is: the name ends its clause.
        for text in [
            "X\n\nPolice were looking for a broker in Moyale, Guyo Jattani, who arranged it.",
            "X\n\nPolice were looking for a farmer, Guyo Jattani.",
            // Where, in lower case.
            "X\n\nThey came at the urging of a teacher from the camp, Guyo Jattani, who said so.",
            // Someone's: "the governor's wife".
            "X\n\nRice came with the governor's wife, Guyo Jattani, who chairs the branch.",
        ] {
            assert_eq!(
                rule_of(text, "Guyo Jattani"),
                Some("cue-in-apposition"),
                "{text}"
            );
        }
        // Not a name that goes on a list after the role.
        assert_ne!(
            rule_of(
                "X\n\nThey called a farmer, Guyo Jattani and a priest.",
                "Guyo Jattani"
            ),
            Some("cue-in-apposition")
        );
    }

    #[test]
    fn an_administrator_holds_an_office() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "X\n\nMetema's district administrator, Molla Gebeyehu, met the consul.",
            g.cleaner(),
        );
        let titles: Vec<Option<String>> = find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Person { title, .. } if m.text == "Molla Gebeyehu" => Some(title),
                _ => None,
            })
            .collect();
        assert_eq!(titles, [Some("district administrator".to_string())]);
    }

    #[test]
    fn a_dateline_town_may_have_particles_besides_three_words() {
        for (dateline, town) in [
            ("COLÒNIA DE SANT JORDI, Spain", "COLÒNIA DE SANT JORDI"),
            ("SAN PEDRO DE LOS PINOS, Mexico", "SAN PEDRO DE LOS PINOS"),
            // Before its island rather than its country.
            ("ZINKAROVILLE, Tobago", "ZINKAROVILLE"),
        ] {
            let text = format!("Notes\n\n{dateline} (AP) — Hundreds of people waited.");
            assert_eq!(
                texts_of_kind(&text, "NewPlace(City)"),
                [town],
                "{:?}",
                kinds(&text)
            );
        }
    }

    #[test]
    fn a_zone_that_lies_in_a_place_is_a_region() {
        assert_eq!(
            texts_of_kind(
                "X\n\nMost came from the Hadiya zone in southern Ethiopia.",
                "NewPlace(State)"
            ),
            ["Hadiya zone"]
        );
        // Named with its head, though the word alone is a people's.
        assert_eq!(
            texts_of_kind(
                "X\n\nHe met the head of Gambella region's Nuer zone.",
                "NewPlace(State)"
            ),
            ["Nuer zone"]
        );
        assert_none_of_kind(
            "X\n\nThey want to stay in the Schengen zone, he said.",
            "NewPlace",
        );
    }

    #[test]
    fn a_known_place_that_goes_on_after_a_particle_starts_a_longer_name() {
        let g = Gazetteer::builtin();
        let text = "X\n\nThe boat was towed to the village of Colònia de Sant Jordi on Wednesday.";
        assert!(place_read(&g, text, "Colònia").is_none());
        assert_eq!(
            texts_of_kind(text, "NewPlace"),
            ["Colònia de Sant Jordi"],
            "{:?}",
            kinds(text)
        );
    }

    #[test]
    fn a_person_of_a_town_in_apposition_is_no_town() {
        assert_none_of_kind(
            "X\n\nHamadoun Kassambara, a village chief who led the column, counted them.",
            "NewPlace",
        );
        // (A town the gazetteer lacks: Fnideq is known since the cities abroad took their
        // transliteration variants, GeoNames's "Fnidek".)
        assert_eq!(
            texts_of_kind(
                "X\n\nThe beach at Belyounech, the Moroccan town that faces Ceuta, was empty.",
                "NewPlace(City)"
            ),
            ["Belyounech"]
        );
    }

    #[test]
    fn a_cue_word_that_starts_a_title_stays_in_the_title() {
        let title_of = |text: &str| {
            let g = Gazetteer::builtin();
            let doc = Doc::new(text, g.cleaner());
            find_mentions(&g, &doc)
                .into_iter()
                .find_map(|m| match m.kind {
                    MentionKind::Person { title, .. } if m.text == "Ana Ruiz" => Some(title),
                    _ => None,
                })
        };
        assert_eq!(
            title_of("X\n\nDeputy Foreign Minister Ana Ruiz said the caravan left."),
            Some(Some("Deputy Foreign Minister".to_string()))
        );
        assert_eq!(
            title_of("X\n\nSenator Ana Ruiz said the caravan left."),
            Some(Some("Senator".to_string()))
        );
    }

    #[test]
    fn cue_word_before_a_name_is_not_part_of_it() {
        for (text, name) in [
            (
                "X\n\nActivist Luis García Villagrán said a caravan left.",
                "Luis García Villagrán",
            ),
            (
                "X\n\nThe Rev. Tomás Vega, a priest, said a caravan left.",
                "Tomás Vega",
            ),
        ] {
            let found = kinds(text);
            assert!(
                found
                    .iter()
                    .any(|(t, k)| t == name && k.starts_with("Person")),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_body_named_with_a_title_word_is_not_a_person() {
        let found = kinds(
            "X\n\nAna Ruiz, an activist with the Justice Human Rights Network, said the caravan left.",
        );
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "Justice Human Rights Network" && k.starts_with("Org")),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|(t, k)| t.contains("Network") && k.starts_with("Person")),
            "{found:?}"
        );
    }

    #[test]
    fn a_lower_case_title_starts_at_its_first_word() {
        let found = kinds("X\n\nThe crisis ... mayor Oscar Leeser said on Monday.");
        assert!(
            found.iter().any(|(t, k)| t == "Oscar Leeser"
                && k.starts_with("Person")
                && k.contains("title: Some(\"mayor\")")),
            "{found:?}"
        );
        // After "the", a title some papers capitalise reads the same.
        let lower = titled("X\n\nThey met the governor of Sonora, Ana Ruiz, on Monday.");
        let capitalised = titled("X\n\nThey met the Governor of Sonora, Ana Ruiz, on Monday.");
        assert_eq!(lower.len(), 1, "{lower:?}");
        assert_eq!(
            capitalised,
            [(
                "Ana Ruiz".to_string(),
                "Governor".to_string(),
                lower[0].2.clone()
            )]
        );
        // A capitalised word that opens no such title leaves the lower-case one after it.
        let found = titled("X\n\nThe U.S. ambassador in Panama, Ana Ruiz, attended.");
        assert!(
            found.iter().any(|(name, _, _)| name == "Ana Ruiz"),
            "{found:?}"
        );
    }

    #[test]
    fn a_word_of_an_office_named_before_titles_the_name_after_it() {
        let text = "X\n\nThe sheriff and the patrol agent in charge of the Alder station met. \
                    The sheriff, Ana Ruiz, spoke. The agent, Tom Vale, said little.";
        let holds = |text: &str, holder: &str, office: &str| {
            let found = titled(text);
            assert!(
                found
                    .iter()
                    .any(|(name, title, _)| name == holder && title == office),
                "{found:?}"
            );
        };
        holds(text, "Tom Vale", "patrol agent in charge");
        // Britain's "council leader" is an office of its own.
        holds(
            "X\n\nThe council leader, Ann Hale, said so.",
            "Ann Hale",
            "council leader",
        );
        // With no such office before, the word titles no one.
        let found = titled("X\n\nThe sheriff met them. The agent, Tom Vale, said little.");
        assert!(
            !found.iter().any(|(name, _, _)| name == "Tom Vale"),
            "{found:?}"
        );
    }

    #[test]
    fn a_landmark_named_after_someone_ends_in_its_head_of_one_word_or_several() {
        for name in [
            "Dennis DeConcini Port of Entry",
            "Raul H. Castro Port of Entry",
        ] {
            let text = format!("Camp\n\nThey camped beside the {name} on Monday.");
            assert_eq!(
                texts_of_kind(&text, "NewPlace(Landmark)"),
                [name],
                "{:?}",
                kinds(&text)
            );
        }
    }

    #[test]
    fn landmark_by_head_word() {
        let found = kinds(
            "Leaders meet\n\nThe presidents convened at the lounge in Gelabert Airport today.",
        );
        assert!(
            found
                .iter()
                .any(|(t, k)| t == "Gelabert Airport" && k.contains("Landmark")),
            "{found:?}"
        );
    }

    #[test]
    fn a_nickname_in_quotes_is_part_of_the_name_between_given_name_and_surname() {
        let text = "Boat\n\nThe boatman, José \"Cheo\" Guaregua, said he had crossed it often. \
                    Another passenger, María “La Flaca” Pérez, agreed.";
        let people = texts_of_kind(text, "Person");
        assert!(
            people.contains(&"José \"Cheo\" Guaregua".to_string()),
            "{people:?}"
        );
        assert!(
            people.contains(&"María “La Flaca” Pérez".to_string()),
            "{people:?}"
        );
        // A quotation after a given name is no nickname, nor a quoted word not followed by a
        // surname.
        for text in [
            "X\n\nThey told Ana \"Come Back\" before she left.",
            "X\n\nThey told Ana \"Come back\" Ruiz said.",
        ] {
            let people = texts_of_kind(text, "Person");
            assert!(!people.iter().any(|p| p.contains('"')), "{people:?}");
        }
    }
}
