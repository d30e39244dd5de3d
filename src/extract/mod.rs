//! Extraction: from a cleaned, segmented [`Doc`] to typed entities and events with evidence.
//!
//! The stages are separate modules: [`mentions`] finds and types spans; [`crate::resolve`]
//! folds mentions of the same thing into one entity; [`meetings`] and [`groups`] read events
//! off the sentences. The result, an [`Extraction`], is plain data that `rdf` turns into quads.

pub mod groups;
pub mod meetings;
pub mod mentions;

use crate::date::Date;
use crate::gazetteer::Gazetteer;
use crate::text::Doc;

pub use crate::gazetteer::PlaceKind;
pub use mentions::{find_mentions, Affiliation, Mention, MentionKind};

/// The sentence something was found in, and by which rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub sentence: usize,
    pub rule: &'static str,
    pub confidence: f32,
}

/// The part a person plays in the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Official,
    Organizer,
    Spokesperson,
    Migrant,
    Other,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Official => "official",
            Role::Organizer => "organizer",
            Role::Spokesperson => "spokesperson",
            Role::Migrant => "migrant",
            Role::Other => "other",
        }
    }
}

/// A person of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The fullest name.
    pub name: String,
    /// Every form the text uses.
    pub names: Vec<String>,
    pub role: Role,
    pub titles: Vec<String>,
    /// Gazetteer places the person serves.
    pub affiliations: Vec<usize>,
    /// Indexes into [`Extraction::orgs`].
    pub member_of: Vec<usize>,
    /// Indexes into [`Extraction::orgs`] of the international bodies the person's office
    /// serves ("IOM spokeswoman", "UNHCR representative"): affiliations that are no country.
    pub serves: Vec<usize>,
    /// Gazetteer place of the person's nationality.
    pub nationality: Option<usize>,
    pub evidence: Vec<Evidence>,
}

/// An organisation of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Org {
    pub name: String,
    pub names: Vec<String>,
    pub known: Option<usize>,
    /// Gazetteer country.
    pub country: Option<usize>,
    pub evidence: Vec<Evidence>,
}

/// A place of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub name: String,
    pub names: Vec<String>,
    pub kind: PlaceKind,
    /// Gazetteer entry, when known.
    pub known: Option<usize>,
    /// Index into [`Extraction::places`] of the place that contains this one.
    pub within: Option<usize>,
    pub evidence: Vec<Evidence>,
}

/// The state of a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingStatus {
    Planned,
    Underway,
    Held,
}

impl MeetingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingStatus::Planned => "planned",
            MeetingStatus::Underway => "underway",
            MeetingStatus::Held => "held",
        }
    }
}

/// A meeting between named people.
#[derive(Clone, Debug, PartialEq)]
pub struct Meeting {
    /// Indexes into [`Extraction::people`].
    pub participants: Vec<usize>,
    /// Index into [`Extraction::places`].
    pub location: Option<usize>,
    pub date: Option<Date>,
    pub status: MeetingStatus,
    pub kind: String,
    pub topic: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// A figure given for a group's size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SizeReport {
    /// One figure, or both ends of a range.
    pub values: Vec<u64>,
    pub qualifier: Option<String>,
    pub sentence: usize,
}

/// A migrant group or caravan.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Group {
    pub sizes: Vec<SizeReport>,
    pub nationality_count: Option<u64>,
    /// Indexes into [`Extraction::places`].
    pub origins: Vec<usize>,
    pub at: Vec<usize>,
    pub passed_through: Vec<usize>,
    pub departed_from: Vec<usize>,
    pub destinations: Vec<usize>,
    /// Indexes into [`Extraction::people`].
    pub organizers: Vec<usize>,
    pub members: Vec<usize>,
    pub evidence: Vec<Evidence>,
}

/// What a mention was resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityRef {
    Person(usize),
    Org(usize),
    Place(usize),
    /// A demonym: the gazetteer place it names.
    Demonym(usize),
}

/// Everything extracted from one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extraction {
    pub people: Vec<Person>,
    pub orgs: Vec<Org>,
    pub places: Vec<Place>,
    pub meetings: Vec<Meeting>,
    pub groups: Vec<Group>,
}

impl Extraction {
    /// The places that hold `place`, nearest first ("Tapachula": "Chiapas", then "Mexico").
    pub fn containers_of(&self, place: usize) -> impl Iterator<Item = usize> + '_ {
        // Town, state, country, region: a chain this long is a loop.
        std::iter::successors(self.places[place].within, |&c| self.places[c].within).take(8)
    }

    /// Whether `container` holds `place`, at any depth.
    pub fn lies_within(&self, place: usize, container: usize) -> bool {
        self.containers_of(place).any(|c| c == container)
    }
}

/// Runs every extractor over a document.
pub fn extract(g: &Gazetteer, doc: &Doc, published: Option<Date>) -> Extraction {
    let mentions = find_mentions(g, doc);
    let (mut ex, refs) = crate::resolve::resolve(g, doc, &mentions);
    ex.meetings = meetings::find_meetings(g, doc, &mentions, &refs, &ex, published);
    ex.groups = groups::find_groups(g, doc, &mentions, &refs, &mut ex);
    ex
}

/// For each sentence, the range of `mentions` (sorted by position) that lie in it.
pub fn mentions_by_sentence(mentions: &[Mention], sentences: usize) -> Vec<std::ops::Range<usize>> {
    (0..sentences)
        .map(|s| {
            mentions.partition_point(|m| m.sentence < s)
                ..mentions.partition_point(|m| m.sentence <= s)
        })
        .collect()
}

/// Whether the words from `at` read "'s" and a word for a place's shore or edge, with up to two
/// words between ("'s southern coast", "'s Aegean coast", "'s rugged northern border").
pub(crate) fn edge_of_place_after(doc: &Doc, at: usize, end: usize) -> bool {
    if !(at + 2 < end && mentions::possessive_after(doc, at - 1)) {
        return false;
    }
    (at + 2..end.min(at + 5))
        .take_while(|&t| doc.tokens[t].kind == crate::text::TokenKind::Word)
        .any(|t| {
            matches!(
                doc.folded(t),
                "coast" | "coastline" | "shore" | "shores" | "border" | "borders" | "tip"
            )
        })
}

/// "northern", "central", "southeastern": a word that says which part of a place.
pub(crate) fn is_compass_adjective(w: &str) -> bool {
    matches!(
        w,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
    )
}

/// "fled", "drove", "walked": a verb of going somewhere under one's own steam, told in the past,
/// whose "to" ends a leg gone ("They fled to Tabqa", "then drove east to Qamishli").
pub(crate) fn went_under_own_steam(word: &str) -> bool {
    matches!(
        word,
        "fled" | "drove" | "walked" | "sailed" | "rode" | "hitchhiked"
    )
}

/// "north", "south", "east", "west": which way, told before "to", "from" or "of".
pub(crate) fn is_compass_point(word: &str) -> bool {
    matches!(word, "north" | "south" | "east" | "west")
}

/// Whether a sentence opens with a dateline: a dash among its first tokens ("MEXICO CITY —",
/// "DANLÍ, Honduras, Aug 24 (EFE).-", where it comes a dozen tokens in).
pub(crate) fn opens_with_dateline(doc: &Doc, sentence: &std::ops::Range<usize>) -> bool {
    dateline_dashes(doc, sentence).next().is_some()
}

/// The dashes among a sentence's first tokens, where a dateline may end.
pub(crate) fn dateline_dashes<'d>(
    doc: &'d Doc,
    sentence: &std::ops::Range<usize>,
) -> impl Iterator<Item = usize> + 'd {
    // (A hyphen between words joins them: "U.S.-funded flight returns ..." has no dateline.)
    (sentence.start..(sentence.start + 14).min(sentence.end)).filter(move |&t| {
        match doc.token_text(t) {
            "—" | "–" => true,
            "-" => spaced(doc, t),
            _ => false,
        }
    })
}

/// Whether token `t` has a space beside it, on either side.
fn spaced(doc: &Doc, t: usize) -> bool {
    (t > 0 && doc.tokens[t - 1].end < doc.tokens[t].start)
        || (t + 1 < doc.tokens.len() && doc.tokens[t].end < doc.tokens[t + 1].start)
}

/// "NECOCLÍ, Colombia, Sept 21 (AFP) - Families slept ...": where a sentence's own words begin,
/// after the dateline that opens a story (a dash with a space beside it, not "U.S.-Mexico").
pub(crate) fn after_dateline(doc: &Doc, s: &crate::text::Sentence) -> usize {
    if s.paragraph > 3 {
        return 0;
    }
    crate::extract::dateline_dashes(doc, &s.tokens)
        .find(|&t| spaced(doc, t))
        .map_or(0, |t| t + 1 - s.tokens.start)
}

/// The mention of the dateline place: "MEXICO CITY — ..." or "Panama City, October 6, 2023 –
/// ..." opening one of the first paragraphs after the headline.
pub fn dateline_mention(doc: &Doc, mentions: &[Mention]) -> Option<usize> {
    mentions.iter().position(|m| {
        let sentence = &doc.sentences[m.sentence];
        sentence.paragraph <= 3
            && m.tokens.start == sentence.tokens.start
            && matches!(
                m.kind,
                MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
            )
            && opens_with_dateline(doc, &sentence.tokens)
    })
}

/// The mention of the known place written after a comma right after the dateline's place,
/// mention `i`: the country or region of "AGUA CALIENTE, Guatemala", "LUGHAYA, Somaliland".
pub fn written_after_dateline(doc: &Doc, mentions: &[Mention], i: usize) -> Option<usize> {
    let next = mentions.get(i + 1)?;
    (matches!(next.kind, MentionKind::KnownPlace(_))
        && next.tokens.start == mentions[i].tokens.end + 1
        && doc.token_text(mentions[i].tokens.end) == ",")
        .then_some(i + 1)
}

/// Evidence for a mention.
pub fn evidence_of(m: &Mention) -> Evidence {
    Evidence {
        sentence: m.sentence,
        rule: m.rule,
        confidence: m.confidence,
    }
}

#[cfg(test)]
mod tests {
    use super::extract;
    use crate::gazetteer::Gazetteer;
    use crate::text::Doc;

    /// Every sentence of the example articles read as an article of its own, and cut in two at
    /// each word as a headline and a body: a name, a place or a figure may then open the
    /// document or end it, with no word on one side. None may stop the reading.
    #[test]
    fn any_piece_of_an_article_is_read_without_failing() {
        let g = Gazetteer::builtin();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");
        let mut pieces = vec![
            "Mauritanian coast guard turns back pirogue bound for the Canaries at Banc d'Arguin"
                .to_string(),
            "Wheatley said he would meet Governor Daniel Pruce on Friday to discuss a request for \
             help from the United Kingdom's coast guard."
                .to_string(),
            "On Crete's southern coast, 40 migrants land".to_string(),
        ];
        for entry in std::fs::read_dir(dir).expect("the example articles") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("an example article");
                pieces.extend(
                    text.split(['.', '\n'])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from),
                );
            }
        }
        let mut read = 0;
        for piece in &pieces {
            let words: Vec<&str> = piece.split(' ').collect();
            for cut in 0..words.len() {
                let (head, body) = words.split_at(cut);
                let text = format!("{}\n\n{}\n", head.join(" "), body.join(" "));
                let doc = Doc::new(text.trim_start(), g.cleaner());
                extract(&g, &doc, None);
                read += 1;
            }
        }
        assert!(read > 1000, "only {read} pieces read");
    }
}
