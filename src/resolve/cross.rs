//! Resolution across articles. Each article graph names people by their full-name key, so
//! "Antony Blinken" in two articles is one node already; this pass links what keys alone cannot:
//! a surname alone ("Blinken") or a shorter name ("Laurentino Cortizo") to the one fuller name
//! it fits in the store, reports of the same meeting, and reports of the same caravan. It
//! writes `ng:canonical` links with their rule into one resolution graph, whose content depends
//! on the set of articles and never on their order. Work is blocked by surname, participant
//! pair and town, never all pairs.
//!
//! [`recompute`] reads the whole store; after a few articles change, [`resolve`] hands the
//! work to [`super::incremental`], which reads only the blocks they touch and writes the same
//! graph (tested against a full pass). The person index in the resolution graph (name, block
//! and title keys) is what lets it find a block without reading every article.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use oxigraph::store::Store;
use rayon::prelude::*;

use super::names::PersonKey;
use crate::date::Date;
use crate::gazetteer::{fold, Gazetteer};
use crate::query::{for_each_row, select_count, select_values, QueryError};
use crate::rdf::vocab::{class, external, prop, GAZETTEER_GRAPH, NS, RESOLUTION_GRAPH};

/// Past this many people a name could be, it says too little to pick one.
const MAX_CANDIDATES: usize = 32;

/// The rules that link a person node to a fuller one.
const PERSON_RULES: [&str; 3] = ["surname-only", "shorter-name", "name-and-title"];
pub(super) const MEETING_RULE: &str = "same-participants-place-date";
pub(super) const GROUP_RULE: &str = "same-towns-within-two-weeks";

/// The format of the index a full pass writes (people; since 2, caravan reports too; since
/// 3, reports kept apart from a cluster that holds another report of their article); an
/// incremental pass needs this one.
const INDEX_VERSION: &str = "3";

/// A store with at least this many times as many articles as are waiting is resolved
/// incrementally; with fewer, reading the whole store once is cheaper.
const INCREMENTAL_RATIO: usize = 20;

/// What the resolution graph holds (people indexed, links by kind) after a pass, and how the
/// pass went.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CrossSummary {
    pub people: usize,
    pub people_linked: usize,
    pub people_ambiguous: usize,
    pub meetings_merged: usize,
    pub groups_merged: usize,
    /// Meeting and group reports that matched a cluster holding another report of their
    /// article, and so were left out of it (`ng:keptApartFrom`).
    pub reports_kept_apart: usize,
    /// Whether the pass read only the blocks the changed articles touch.
    pub incremental: bool,
    pub elapsed: std::time::Duration,
}

/// A decided link from a node to its canonical node.
pub(super) struct Link {
    pub node: String,
    pub canonical: String,
    pub rule: &'static str,
}

/// Runs cross-article resolution if articles changed since it last ran, over the blocks they
/// touch when the store is large next to the change, else over the whole store. A store with
/// articles and no complete index gets a whole pass even with nothing pending: a pass or a
/// first ingest stopped before its end leaves it so. `None` when nothing was waiting.
pub fn resolve(store: &Store, g: &Gazetteer) -> Result<Option<CrossSummary>, QueryError> {
    let started = std::time::Instant::now();
    let pending = crate::store::pending_resolution(store).map_err(storage)?;
    let indexed = store.contains(&index_version()).map_err(storage)?;
    if pending.is_empty() && (indexed || !holds_articles(store)?) {
        return Ok(None);
    }
    let articles = article_count(store)?;
    // A removed article leaves its people, meetings and groups pending: some eight of them.
    let nodes = pending
        .iter()
        .filter(|q| q.predicate.as_str() == prop::PENDING_NODE)
        .count();
    let changed = pending.len() - nodes + nodes.div_ceil(8);
    if indexed && changed.saturating_mul(INCREMENTAL_RATIO) <= articles {
        super::incremental::update(store, g, &pending)?;
        Ok(Some(CrossSummary {
            incremental: true,
            elapsed: started.elapsed(),
            ..summarize(store)?
        }))
    } else {
        let summary = recompute_pending(store, g, &pending)?;
        Ok(Some(CrossSummary {
            elapsed: started.elapsed(),
            ..summary
        }))
    }
}

/// What resolution knows of a person node: the key of its fullest name and its titles, folded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Person {
    pub key: PersonKey,
    pub titles: BTreeSet<String>,
}

impl Person {
    /// Keeps the fuller of the two keys (more name parts; the smaller key on a tie, so the
    /// choice does not depend on the order labels are read in).
    pub fn add_key(&mut self, key: PersonKey) {
        let parts = |k: &PersonKey| k.surnames.len() + usize::from(k.given.is_some());
        if (parts(&key), std::cmp::Reverse(&key)) > (parts(&self.key), std::cmp::Reverse(&self.key))
        {
            self.key = key;
        }
    }

    /// Folds one more label's key into what is known of a node: the first key makes the
    /// person, later ones keep the fuller (see [`Person::add_key`]).
    pub fn add_label(slot: &mut Option<Person>, key: PersonKey) {
        match slot {
            Some(person) => person.add_key(key),
            None => {
                *slot = Some(Person {
                    key,
                    titles: BTreeSet::new(),
                })
            }
        }
    }

    /// The index quads of a person node in the resolution graph.
    pub fn index_quads(&self, node: &str) -> Vec<Quad> {
        let subject = NamedNode::new_unchecked(node);
        let quad = |p: &str, o: &str| {
            Quad::new(
                subject.clone(),
                NamedNode::new_unchecked(p),
                Literal::new_simple_literal(o),
                resolution_graph(),
            )
        };
        let mut quads = vec![quad(prop::NAME_KEY, &self.key.name_key())];
        quads.extend(self.key.surnames.iter().map(|s| quad(prop::BLOCK_KEY, s)));
        quads.extend(self.titles.iter().map(|t| quad(prop::TITLE_KEY, t)));
        quads
    }

    /// A person node as the index holds it; `None` when the index has no name key for it.
    pub fn from_index(quads: &[Quad]) -> Option<Person> {
        let mut key = None;
        let mut titles = BTreeSet::new();
        for q in quads {
            let Term::Literal(value) = &q.object else {
                continue;
            };
            match q.predicate.as_str() {
                prop::NAME_KEY => key = Some(PersonKey::from_name_key(value.value())?),
                prop::TITLE_KEY => {
                    titles.insert(value.value().to_string());
                }
                _ => {}
            }
        }
        Some(Person { key: key?, titles })
    }
}

pub(super) type People = BTreeMap<String, Person>;

/// People by surname, and by surname and given name: only nodes sharing a block are compared.
/// Sorted lists searched by halving, not maps of lists: at 100k articles (600k people) the maps
/// took 150 MB, the lists 40.
pub(super) struct Blocks<'a> {
    by_surname: Vec<(&'a str, &'a String)>,
    by_given: Vec<(&'a str, &'a str, &'a String)>,
}

impl<'a> Blocks<'a> {
    pub fn of(people: &'a People) -> Self {
        let mut by_surname = Vec::new();
        let mut by_given = Vec::new();
        for (node, person) in people {
            for s in &person.key.surnames {
                by_surname.push((s.as_str(), node));
                if let Some(given) = &person.key.given {
                    by_given.push((s.as_str(), given.as_str(), node));
                }
            }
        }
        by_surname.sort_unstable();
        by_given.sort_unstable();
        Blocks {
            by_surname,
            by_given,
        }
    }

    /// The people with this surname.
    fn with_surname(&self, surname: &str) -> impl Iterator<Item = &'a String> + '_ {
        let start = self.by_surname.partition_point(|(s, _)| *s < surname);
        let end = start + self.by_surname[start..].partition_point(|(s, _)| *s == surname);
        self.by_surname[start..end].iter().map(|(_, node)| *node)
    }

    /// The people with this surname and given name.
    fn with_given(&self, surname: &str, given: &str) -> impl Iterator<Item = &'a String> + '_ {
        let start = self
            .by_given
            .partition_point(|(s, gv, _)| (*s, *gv) < (surname, given));
        let end = start
            + self.by_given[start..].partition_point(|(s, gv, _)| (*s, *gv) == (surname, given));
        self.by_given[start..end].iter().map(|(_, _, node)| *node)
    }
}

/// What resolution decides for one person node.
pub(super) enum Decision {
    /// The node is the person of one fuller node.
    Link(String, &'static str),
    /// The node could be several people; the note says which.
    KeptApart(String),
    /// Nothing fuller fits.
    Alone,
}

/// Decides a person node against its blocks, which must hold every person whose name holds
/// all of its surnames (such a person lies in each of its blocks, so one complete block is
/// enough).
pub(super) fn decide(g: &Gazetteer, people: &People, blocks: &Blocks, node: &String) -> Decision {
    let Person { key, titles } = &people[node];
    // A known given name only meets the same given name; a surname alone, or a nickname,
    // meets the whole surname block.
    let known_given = key.given.as_deref().filter(|gv| g.is_given_name(gv));
    let mut candidates: Vec<&String> = Vec::new();
    for s in &key.surnames {
        let fits = |&m: &&String| m != node && key.fits(g, &people[m].key);
        match known_given {
            Some(gv) => candidates.extend(blocks.with_given(s, gv).filter(fits)),
            None => candidates.extend(blocks.with_surname(s).filter(fits)),
        }
    }
    candidates.sort();
    candidates.dedup();
    if candidates.len() > MAX_CANDIDATES {
        return Decision::KeptApart(format!(
            "kept apart: the name fits {} people",
            candidates.len()
        ));
    }
    let maximal = |cs: &[&String]| -> Vec<String> {
        cs.iter()
            .filter(|&&c| {
                !cs.iter()
                    .any(|&o| o != c && people[c].key.fits(g, &people[o].key))
            })
            .map(|c| (*c).clone())
            .collect()
    };
    let mut best = maximal(&candidates);
    let mut rule = if key.given.is_none() {
        "surname-only"
    } else {
        "shorter-name"
    };
    if best.len() > 1 && !titles.is_empty() {
        let titled: Vec<&String> = candidates
            .iter()
            .copied()
            .filter(|c| !people[*c].titles.is_disjoint(titles))
            .collect();
        let titled_best = maximal(&titled);
        if titled_best.len() == 1 {
            best = titled_best;
            rule = "name-and-title";
        }
    }
    match best.len() {
        0 => Decision::Alone,
        1 => Decision::Link(best.remove(0), rule),
        n => Decision::KeptApart(format!(
            "kept apart: the name fits {n} people ({})",
            best.join(", ")
        )),
    }
}

/// A meeting report as resolution compares it. Where a report states several places or dates,
/// the smallest is taken, so that reading order does not matter.
#[derive(Clone, Debug, Default)]
pub(super) struct Meeting {
    /// Canonical nodes of the participants.
    pub participants: BTreeSet<String>,
    pub location: Option<String>,
    pub date: Option<Date>,
    /// The publication date of the reporting article.
    pub published: Option<Date>,
}

/// The same participants (two or more in common), place and date within a day; without
/// meeting dates, reports published within a week; reports without any date only with each
/// other (nothing tells them apart, and nothing ties them to a dated meeting). Two reports of
/// one article may look the same, but clustering keeps them apart (see [`Clusters::decide`]).
pub(super) fn same_meeting(a: &Meeting, b: &Meeting) -> bool {
    let days_apart = |x: &Date, y: &Date| (x.to_days() - y.to_days()).abs();
    a.participants.intersection(&b.participants).count() >= 2
        && (a.location.is_none() || b.location.is_none() || a.location == b.location)
        && match (&a.date, &b.date, &a.published, &b.published) {
            (Some(x), Some(y), _, _) => days_apart(x, y) <= 1,
            (_, _, Some(x), Some(y)) => days_apart(x, y) <= 7,
            (None, None, None, None) => true,
            _ => false,
        }
}

/// A caravan report as resolution compares it: the towns it left or passed, and when the
/// reporting article was published.
#[derive(Clone, Debug, Default)]
pub(super) struct Group {
    pub towns: BTreeSet<String>,
    pub published: Option<Date>,
}

impl Group {
    /// The blocks a caravan report is compared in: each of its towns in its fortnight
    /// ("TOWN-IRI FIRST-DAY"); none without a publication date, as it matches nothing.
    pub fn block_keys(&self) -> Vec<String> {
        let Some(published) = &self.published else {
            return Vec::new();
        };
        let first = Date::from_days(fortnight_start(published));
        self.towns.iter().map(|t| format!("{t} {first}")).collect()
    }

    /// The index quads of a caravan report in the resolution graph.
    pub fn index_quads(&self, node: &str) -> Vec<Quad> {
        self.block_keys()
            .iter()
            .map(|k| {
                Quad::new(
                    NamedNode::new_unchecked(node),
                    NamedNode::new_unchecked(prop::BLOCK_KEY),
                    Literal::new_simple_literal(k),
                    resolution_graph(),
                )
            })
            .collect()
    }
}

/// A town in common (two when both name several) and reports published in the same
/// fortnight (two weeks from a Monday, counted from 1970-01-05). A fixed fortnight, not "within
/// two weeks of each other": caravans leave the same border towns every few days, and a chain
/// of reports each within two weeks of the next would join a whole year of them into one.
/// Two groups of one article may look the same, but clustering keeps them apart (see
/// [`Clusters::decide`]).
pub(super) fn same_group(a: &Group, b: &Group) -> bool {
    let shared = a.towns.intersection(&b.towns).count();
    shared >= 1
        && (shared >= 2 || a.towns.len().min(b.towns.len()) == 1)
        && match (&a.published, &b.published) {
            (Some(x), Some(y)) => fortnight(x) == fortnight(y),
            _ => false,
        }
}

fn fortnight(d: &Date) -> i64 {
    (d.to_days() - 4).div_euclid(14)
}

/// The first day (days since 1970-01-01) of the fortnight a date lies in.
fn fortnight_start(d: &Date) -> i64 {
    fortnight(d) * 14 + 4
}

/// Keeps the smaller of two optional values.
pub(super) fn keep_min<T: Ord>(slot: &mut Option<T>, value: Option<T>) {
    if let Some(v) = value {
        if slot.as_ref().is_none_or(|s| v < *s) {
            *slot = Some(v);
        }
    }
}

/// Recomputes the resolution graph and the person index from the whole store. People, meetings
/// and caravans are each read, decided and written before the next kind is read, so memory
/// holds one kind at a time (at 100k articles the people alone are 600k nodes).
pub fn recompute(store: &Store, g: &Gazetteer) -> Result<CrossSummary, QueryError> {
    let pending = crate::store::pending_resolution(store).map_err(storage)?;
    recompute_pending(store, g, &pending)
}

/// [`recompute`], clearing the `pending` work already read (at 100k new articles, reading it
/// again took seconds).
fn recompute_pending(
    store: &Store,
    g: &Gazetteer,
    pending: &[Quad],
) -> Result<CrossSummary, QueryError> {
    let started = std::time::Instant::now();
    let mut pass = WholePass::new(ResolutionWriter::open(store)?);
    let person_canonical = pass.people(g, read_people(store, g)?)?;
    pass.meetings(read_meetings(store)?, &person_canonical)?;
    pass.groups(read_groups(store)?)?;
    pass.finish(pending, started)
}

/// [`recompute`] from what `inputs` gathered of the articles, without reading them back from
/// the store: right when the store held nothing else. `pending` is the work their writing left.
pub fn recompute_from(
    store: &Store,
    g: &Gazetteer,
    mut inputs: super::inputs::Inputs,
    pending: &[Quad],
) -> Result<CrossSummary, QueryError> {
    let started = std::time::Instant::now();
    let mut pass = WholePass::new(ResolutionWriter::empty(store));
    let person_canonical = pass.people(g, inputs.take_people())?;
    pass.meetings(inputs.take_meetings(), &person_canonical)?;
    pass.groups(inputs.into_groups())?;
    pass.finish(pending, started)
}

/// A whole pass: decides each kind from all its nodes and writes the result, counting what it
/// wrote.
struct WholePass<'a> {
    writer: ResolutionWriter<'a>,
    summary: CrossSummary,
}

impl<'a> WholePass<'a> {
    fn new(writer: ResolutionWriter<'a>) -> Self {
        WholePass {
            writer,
            summary: CrossSummary::default(),
        }
    }

    /// Decides every person node and writes the links, notes and person index; returns the
    /// canonical node of each linked node (a few hundred at 100k articles).
    fn people(
        &mut self,
        g: &Gazetteer,
        people: People,
    ) -> Result<HashMap<String, String>, QueryError> {
        let blocks = Blocks::of(&people);
        let mut links = Vec::new();
        let mut notes = Vec::new();
        // Each node is decided on its own, on every core: 5 s of one core at 100k articles.
        // Only the few hundred that are not alone are kept: all 600k would hold about 30 MB.
        let decisions: Vec<(&String, Decision)> = people
            .par_iter()
            .filter_map(|(node, _)| match decide(g, &people, &blocks, node) {
                Decision::Alone => None,
                decision => Some((node, decision)),
            })
            .collect();
        for (node, decision) in decisions {
            match decision {
                Decision::Link(canonical, rule) => links.push(Link {
                    node: node.clone(),
                    canonical,
                    rule,
                }),
                Decision::KeptApart(note) => notes.push((node.clone(), note)),
                Decision::Alone => {}
            }
        }
        drop(blocks);
        self.summary.people = people.len();
        self.summary.people_linked = links.len();
        self.summary.people_ambiguous = notes.len();
        self.writer.load(
            statements(&links, &notes).into_iter().chain(
                people
                    .iter()
                    .flat_map(|(node, person)| person.index_quads(node)),
            ),
        )?;
        Ok(links.into_iter().map(|l| (l.node, l.canonical)).collect())
    }

    /// Clusters the meeting reports, their participants taken through `person_canonical`, and
    /// writes the links.
    fn meetings(
        &mut self,
        mut meetings: BTreeMap<String, Meeting>,
        person_canonical: &HashMap<String, String>,
    ) -> Result<(), QueryError> {
        for meeting in meetings.values_mut() {
            if meeting
                .participants
                .iter()
                .any(|p| person_canonical.contains_key(p))
            {
                meeting.participants = std::mem::take(&mut meeting.participants)
                    .into_iter()
                    .map(|p| person_canonical.get(&p).cloned().unwrap_or(p))
                    .collect();
            }
        }
        let mut pair_blocks: HashMap<(&String, &String), Vec<&String>> = HashMap::new();
        for (m, meeting) in &meetings {
            let ps: Vec<&String> = meeting.participants.iter().collect();
            for i in 0..ps.len() {
                for j in i + 1..ps.len() {
                    pair_blocks.entry((ps[i], ps[j])).or_default().push(m);
                }
            }
        }
        // Candidates: reports dated within a day, published within a week, or undated alike.
        let mut candidates = Vec::new();
        for block in pair_blocks.values() {
            candidates.extend(pairs_within(block, |m| meetings[m].date, 1));
            candidates.extend(pairs_within(block, |m| meetings[m].published, 7));
            candidates.extend(undated_pairs(block, &meetings));
        }
        let decided = cluster(
            candidates,
            |a, b| same_meeting(&meetings[a], &meetings[b]),
            MEETING_RULE,
        );
        self.summary.meetings_merged = decided.links.len();
        self.summary.reports_kept_apart += decided.apart.len();
        self.writer.load(decided.statements().into_iter())
    }

    /// Clusters the caravan reports and writes the links and their index.
    fn groups(&mut self, groups: BTreeMap<String, Group>) -> Result<(), QueryError> {
        // Every pair group_pairs gives is the same caravan by construction; checking costs
        // little now that the pairs are linear in the reports.
        let decided = cluster(
            group_pairs(&groups),
            |a, b| same_group(&groups[a], &groups[b]),
            GROUP_RULE,
        );
        self.summary.groups_merged = decided.links.len();
        self.summary.reports_kept_apart += decided.apart.len();
        self.writer.load(
            decided
                .statements()
                .into_iter()
                .chain(groups.iter().flat_map(|(node, gr)| gr.index_quads(node))),
        )
    }

    /// Clears the `pending` work and says what the resolution graph now holds: exactly what
    /// the pass wrote.
    fn finish(
        self,
        pending: &[Quad],
        started: std::time::Instant,
    ) -> Result<CrossSummary, QueryError> {
        self.writer.finish(pending)?;
        Ok(CrossSummary {
            elapsed: started.elapsed(),
            ..self.summary
        })
    }
}

/// Every person node of the store, keyed by its fullest label, with its titles.
fn read_people(store: &Store, g: &Gazetteer) -> Result<People, QueryError> {
    // Types, labels and titles are read apart, as the incremental pass reads them per node: a
    // SPARQL join of types and labels held a hash table of 100 MB at 10k articles. They are
    // read in SPARQL all the same, which turns only the selected terms back into text: that
    // lookup costs 10-25 us a term on a large store, and graph names are compared without it.
    let mut found: HashMap<String, Option<Person>> = HashMap::new();
    for_each_row(
        store,
        &format!(
            "SELECT ?p WHERE {{ GRAPH ?a {{ ?p a <{}> }} }}",
            class::PERSON
        ),
        |r| {
            if let Some(Some(node)) = r.into_iter().next() {
                found.insert(node, None);
            }
        },
    )?;
    for_each_row(store, &format!(
        "SELECT ?p ?label WHERE {{ GRAPH ?a {{ ?p <{}> ?label }} FILTER(?a != <{RESOLUTION_GRAPH}> && ?a != <{GAZETTEER_GRAPH}> && isLiteral(?label)) }}",
        external::RDFS_LABEL
    ), |r| {
        let [Some(node), Some(label)] = <[Option<String>; 2]>::try_from(r).unwrap_or_default() else {
            return;
        };
        let Some(slot) = found.get_mut(&node) else {
            return;
        };
        if let Some(key) = PersonKey::of(g, &label) {
            Person::add_label(slot, key);
        }
    })?;
    let mut people: People = found
        .into_iter()
        .filter_map(|(node, person)| Some((node, person?)))
        .collect();
    for_each_row(
        store,
        &format!(
            "SELECT ?p ?title WHERE {{ GRAPH ?a {{ ?p <{}> ?title }} FILTER(isLiteral(?title)) }}",
            prop::TITLE
        ),
        |r| {
            let [Some(node), Some(title)] = <[Option<String>; 2]>::try_from(r).unwrap_or_default()
            else {
                return;
            };
            if let Some(person) = people.get_mut(&node) {
                person.titles.insert(fold(&title));
            }
        },
    )?;
    Ok(people)
}

/// Every meeting report of the store that has participants, as the article names them.
fn read_meetings(store: &Store) -> Result<BTreeMap<String, Meeting>, QueryError> {
    let mut meetings: BTreeMap<String, Meeting> = BTreeMap::new();
    for_each_row(store, &format!(
        "SELECT ?m ?p ?loc ?date ?pub WHERE {{ GRAPH ?a {{ ?m a <{NS}Meeting> ; <{NS}participant> ?p . OPTIONAL {{ ?m <{NS}location> ?loc }} OPTIONAL {{ ?m <{NS}date> ?date }} OPTIONAL {{ ?a <{NS}published> ?pub }} }} }}"
    ), |r| {
        let [Some(m), Some(p), location, date, published] = <[Option<String>; 5]>::try_from(r).unwrap_or_default() else {
            return;
        };
        let e = meetings.entry(m).or_default();
        e.participants.insert(p);
        keep_min(&mut e.location, location);
        keep_min(&mut e.date, date.as_deref().and_then(Date::parse_iso));
        keep_min(&mut e.published, published.as_deref().and_then(Date::parse_iso));
    })?;
    Ok(meetings)
}

/// Every caravan report of the store that left, is at or passed a town.
fn read_groups(store: &Store) -> Result<BTreeMap<String, Group>, QueryError> {
    // Caravans: the same town left from or passed, reported in the same fortnight. (A known
    // town's type is in the gazetteer graph, not the article's.) Towns are read apart and
    // matched here: joined in the query, the type lookup ran once per row.
    let towns: HashSet<String> = select_values(
        store,
        &format!("SELECT DISTINCT ?place WHERE {{ ?place a <{NS}City> }}"),
    )?
    .into_iter()
    .filter_map(|r| r.into_iter().next().flatten())
    .collect();
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for_each_row(store, &format!(
        "SELECT ?gr ?place ?pub WHERE {{ GRAPH ?a {{ ?gr a <{NS}MigrantGroup> . \
         {{ ?gr <{NS}departedFrom> ?place }} UNION {{ ?gr <{NS}atPlace> ?place }} UNION {{ ?gr <{NS}passedThrough> ?place }} \
         OPTIONAL {{ ?a <{NS}published> ?pub }} }} }}"
    ), |r| {
        let [Some(gr), Some(place), published] = <[Option<String>; 3]>::try_from(r).unwrap_or_default() else {
            return;
        };
        if !towns.contains(&place) {
            return;
        }
        let e = groups.entry(gr).or_default();
        e.towns.insert(place);
        keep_min(&mut e.published, published.as_deref().and_then(Date::parse_iso));
    })?;
    Ok(groups)
}

/// The pairs of a block whose dates lie at most `window` days apart, found by a sweep over the
/// block sorted by date, so a large block costs its size times the reports in a window, not
/// its size squared. Members without a date pair with none.
fn pairs_within<'a>(
    block: &[&'a String],
    date: impl Fn(&String) -> Option<Date>,
    window: i64,
) -> Vec<(&'a String, &'a String)> {
    let mut dated: Vec<(i64, &'a String)> = block
        .iter()
        .filter_map(|&node| date(node).map(|d| (d.to_days(), node)))
        .collect();
    dated.sort();
    let mut pairs = Vec::new();
    for (i, &(day, a)) in dated.iter().enumerate() {
        for &(other_day, b) in dated[i + 1..].iter() {
            if other_day - day > window {
                break;
            }
            pairs.push((a, b));
        }
    }
    pairs
}

/// Above this many towns, a caravan report's pairs of towns would outnumber the reports it
/// can share them with (a long roundup page lists hundreds of towns for one caravan).
const TOWN_PAIRS_UP_TO: usize = 32;

/// Pairs that join the caravan reports into the clusters [`same_group`] makes of them, in time
/// linear in the reports, where comparing the reports of a busy town within each fortnight
/// cost its square (at 100k articles, most of the resolution pass). In one fortnight:
/// - reports that name one town only are the same as every report that names the town, so
///   each joins the first one-town report of its town;
/// - reports that name several towns are the same when they share two, so each joins the
///   first report naming the same two towns; a report of very many towns instead counts the
///   towns each other report shares with it.
fn group_pairs(groups: &BTreeMap<String, Group>) -> Vec<(&String, &String)> {
    let mut pairs = Vec::new();
    let mut one_town: HashMap<(&String, i64), &String> = HashMap::new();
    for (node, group) in groups {
        if let (Some(published), Some(town), 1) =
            (&group.published, group.towns.first(), group.towns.len())
        {
            let first = *one_town.entry((town, fortnight(published))).or_insert(node);
            pairs.push((first, node));
        }
    }
    let mut two_towns: HashMap<(&String, &String, i64), &String> = HashMap::new();
    let mut several_by_town: HashMap<(&String, i64), Vec<&String>> = HashMap::new();
    let mut many_towns = Vec::new();
    for (node, group) in groups {
        let Some(published) = &group.published else {
            continue;
        };
        if group.towns.len() < 2 {
            continue;
        }
        let fortnight = fortnight(published);
        for town in &group.towns {
            if let Some(&first) = one_town.get(&(town, fortnight)) {
                pairs.push((first, node));
            }
            several_by_town
                .entry((town, fortnight))
                .or_default()
                .push(node);
        }
        if group.towns.len() > TOWN_PAIRS_UP_TO {
            many_towns.push((node, group, fortnight));
            continue;
        }
        let towns: Vec<&String> = group.towns.iter().collect();
        for (i, &town) in towns.iter().enumerate() {
            for &other in &towns[i + 1..] {
                let first = *two_towns.entry((town, other, fortnight)).or_insert(node);
                pairs.push((first, node));
            }
        }
    }
    for (node, group, fortnight) in many_towns {
        let mut shared: HashMap<&String, usize> = HashMap::new();
        for town in &group.towns {
            for &other in &several_by_town[&(town, fortnight)] {
                if other != node {
                    *shared.entry(other).or_default() += 1;
                }
            }
        }
        pairs.extend(
            shared
                .into_iter()
                .filter(|&(_, towns)| towns >= 2)
                .map(|(other, _)| (other, node)),
        );
    }
    pairs
}

/// Pairs that join the reports of a block with neither a meeting date nor a publication date
/// into the same clusters as comparing every two of them would, in linear time: those at one
/// place are chained, and a report without a place joins every place.
fn undated_pairs<'a>(
    block: &[&'a String],
    meetings: &BTreeMap<String, Meeting>,
) -> Vec<(&'a String, &'a String)> {
    let mut by_place: BTreeMap<Option<&String>, Vec<&'a String>> = BTreeMap::new();
    for &m in block {
        let meeting = &meetings[m];
        if meeting.date.is_none() && meeting.published.is_none() {
            by_place
                .entry(meeting.location.as_ref())
                .or_default()
                .push(m);
        }
    }
    let mut pairs: Vec<(&'a String, &'a String)> = by_place
        .values()
        .flat_map(|ms| ms.windows(2).map(|w| (w[0], w[1])))
        .collect();
    if let Some(&anywhere) = by_place.get(&None).and_then(|ms| ms.first()) {
        pairs.extend(
            by_place
                .iter()
                .filter(|(place, _)| place.is_some())
                .map(|(_, ms)| (anywhere, ms[0])),
        );
    }
    pairs
}

/// The article of a meeting or group report, whose node is `ARTICLE/meeting/N` or
/// `ARTICLE/group/N`.
pub(super) fn report_article(node: &str) -> &str {
    node.rsplitn(3, '/').nth(2).unwrap_or(node)
}

/// What clustering decided: links to canonical nodes, and reports kept apart from a cluster
/// (the report and the cluster's canonical node).
pub(super) struct Decided {
    pub links: Vec<Link>,
    pub apart: Vec<(String, String)>,
}

impl Decided {
    /// The resolution-graph quads of the decision.
    pub fn statements(&self) -> Vec<Quad> {
        let mut quads = statements(&self.links, &[]);
        let kept_apart = NamedNode::new_unchecked(prop::KEPT_APART_FROM);
        quads.extend(self.apart.iter().map(|(node, canonical)| {
            Quad::new(
                NamedNode::new_unchecked(node),
                kept_apart.clone(),
                NamedNode::new_unchecked(canonical),
                resolution_graph(),
            )
        }));
        quads
    }
}

/// Union-find whose root is always the smallest node of its set, so that a cluster's
/// canonical node does not depend on the order its links were found in.
#[derive(Default)]
pub(super) struct Clusters {
    parent: BTreeMap<String, String>,
}

impl Clusters {
    pub fn find(&mut self, x: &str) -> String {
        let mut root = x.to_string();
        while let Some(p) = self.parent.get(&root).filter(|p| **p != root) {
            root = p.clone();
        }
        self.parent.insert(x.to_string(), root.clone());
        root
    }

    pub fn join(&mut self, x: &str, y: &str) {
        let (a, b) = (self.find(x), self.find(y));
        if a != b {
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.parent.insert(hi, lo);
        }
    }

    /// A `rule` link from every report to its cluster's root, but never two reports of one
    /// article in one cluster: the article told them apart. A cluster can hold several of an
    /// article's reports, joined through the reports of other articles; the first of them (the
    /// smallest node) stays, and the others are kept apart, each alone. Deciding on whole
    /// clusters, not refusing links one by one, keeps the result independent of the order
    /// the links were found in, so a full pass and an incremental one agree. A report kept
    /// apart is noted with the cluster's root, where an incremental pass finds the whole
    /// cluster again.
    pub fn decide(mut self, rule: &'static str) -> Decided {
        let nodes: Vec<String> = self.parent.keys().cloned().collect();
        let mut members: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for node in nodes {
            members.entry(self.find(&node)).or_default().push(node);
        }
        let mut decided = Decided {
            links: Vec::new(),
            apart: Vec::new(),
        };
        for (root, nodes) in members {
            let mut articles = HashSet::new();
            let (kept, apart): (Vec<String>, Vec<String>) = nodes
                .into_iter()
                .partition(|n| articles.insert(report_article(n).to_string()));
            // One article alone: nothing to link, and nothing to find again.
            if kept.len() < 2 {
                continue;
            }
            decided
                .links
                .extend(kept.into_iter().skip(1).map(|node| Link {
                    node,
                    canonical: root.clone(),
                    rule,
                }));
            decided
                .apart
                .extend(apart.into_iter().map(|node| (node, root.clone())));
        }
        decided
    }
}

/// The clusters the candidate pairs that are the `same` make (see [`Clusters::decide`]).
fn cluster<'a>(
    candidates: Vec<(&'a String, &'a String)>,
    same: impl Fn(&String, &String) -> bool,
    rule: &'static str,
) -> Decided {
    let mut clusters = Clusters::default();
    for (x, y) in candidates {
        if x != y && same(x, y) {
            clusters.join(x, y);
        }
    }
    clusters.decide(rule)
}

pub(super) fn resolution_graph() -> GraphName {
    GraphName::NamedNode(NamedNode::new_unchecked(RESOLUTION_GRAPH))
}

/// The quad that says the person index is complete and in the current format.
fn index_version() -> Quad {
    Quad::new(
        NamedNode::new_unchecked(RESOLUTION_GRAPH),
        NamedNode::new_unchecked(prop::INDEX_VERSION),
        Literal::new_simple_literal(INDEX_VERSION),
        resolution_graph(),
    )
}

pub(super) fn storage(e: oxigraph::store::StorageError) -> QueryError {
    QueryError::Evaluation(e.to_string())
}

/// The resolution-graph quads of links and notes.
pub(super) fn statements(links: &[Link], notes: &[(String, String)]) -> Vec<Quad> {
    let canonical = NamedNode::new_unchecked(prop::CANONICAL);
    let rule = NamedNode::new_unchecked(prop::RESOLUTION_RULE);
    let note = NamedNode::new_unchecked(prop::RESOLUTION_NOTE);
    let mut quads = Vec::new();
    for l in links {
        let node = NamedNode::new_unchecked(&l.node);
        quads.push(Quad::new(
            node.clone(),
            canonical.clone(),
            NamedNode::new_unchecked(&l.canonical),
            resolution_graph(),
        ));
        quads.push(Quad::new(
            node,
            rule.clone(),
            Literal::new_simple_literal(l.rule),
            resolution_graph(),
        ));
    }
    for (n, text) in notes {
        quads.push(Quad::new(
            NamedNode::new_unchecked(n),
            note.clone(),
            Literal::new_simple_literal(text),
            resolution_graph(),
        ));
    }
    quads
}

/// Makes the resolution graph exactly what is loaded into it, then clears the pending work,
/// writing only the difference. What is new goes through the bulk loader: a first pass over a
/// large store adds millions of index quads, which a transaction would hold in memory. The
/// index version is taken away first and put back last, with the last of the pending work. A
/// run stopped in between leaves the index unversioned, so the next run makes a whole pass
/// again (see [`resolve`]; readers see old links beside new ones meanwhile).
struct ResolutionWriter<'a> {
    store: &'a Store,
    /// Fingerprints of what the graph holds and no pass has loaded again yet. (The quads
    /// themselves would take about 500 MB at 100k articles.)
    stale: HashSet<u128>,
}

/// Removals per transaction, which Oxigraph holds in memory until it commits.
const REMOVALS_PER_TRANSACTION: usize = 10_000;

impl<'a> ResolutionWriter<'a> {
    fn open(store: &'a Store) -> Result<Self, QueryError> {
        // Only when there: after a large bulk load, any write to RocksDB's memtable waits
        // until compaction catches up (36 s after a first ingest of 100k articles).
        if store.contains(&index_version()).map_err(storage)? {
            store.remove(&index_version()).map_err(storage)?;
        }
        let mut stale = HashSet::new();
        for q in store.quads_for_pattern(None, None, None, Some(resolution_graph().as_ref())) {
            stale.insert(fingerprint(&q.map_err(storage)?));
        }
        Ok(ResolutionWriter { store, stale })
    }

    /// A writer for a store whose resolution graph holds at most the pending work of the
    /// articles in it, which [`Self::finish`] is told of: nothing to read first. (Reading it
    /// took 2.9 s right after a first ingest of 100k articles, the store's first read.)
    fn empty(store: &'a Store) -> Self {
        ResolutionWriter {
            store,
            stale: HashSet::new(),
        }
    }

    /// Writes the `wanted` quads the graph does not hold yet.
    fn load(&mut self, wanted: impl Iterator<Item = Quad>) -> Result<(), QueryError> {
        // A first pass has nothing stale: no quad needs fingerprinting then.
        let mut new = wanted
            .filter(|q| self.stale.is_empty() || !self.stale.remove(&fingerprint(q)))
            .peekable();
        if new.peek().is_some() {
            // Batches of 50k quads: the default million held about 0.5 GB at once, and even
            // 100k added 130 MB to the peak of a first pass over 100k articles.
            let mut loader = self
                .store
                .bulk_loader()
                .with_num_threads(1)
                .with_max_memory_size_in_megabytes(50);
            loader.load_quads(new).map_err(storage)?;
            loader.commit().map_err(storage)?;
        }
        Ok(())
    }

    /// Removes what was not loaded again, then the `pending` work, and marks the index
    /// complete with the last of it; with nothing to remove, through the bulk loader, which
    /// does not wait for compaction as a transaction does.
    fn finish(mut self, pending: &[Quad]) -> Result<(), QueryError> {
        if self.stale.is_empty() && pending.is_empty() {
            return self.load(std::iter::once(index_version()));
        }
        let stale: Vec<Quad> = if self.stale.is_empty() {
            Vec::new()
        } else {
            self.store
                .quads_for_pattern(None, None, None, Some(resolution_graph().as_ref()))
                .filter(|q| {
                    q.as_ref()
                        .map_or(true, |q| self.stale.contains(&fingerprint(q)))
                })
                .collect::<Result<_, _>>()
                .map_err(storage)?
        };
        let mut removals = stale
            .chunks(REMOVALS_PER_TRANSACTION)
            .chain(pending.chunks(REMOVALS_PER_TRANSACTION))
            .peekable();
        loop {
            let mut tx = self.store.start_transaction().map_err(storage)?;
            let chunk = removals.next().unwrap_or_default();
            for q in chunk {
                tx.remove(q);
            }
            let last = removals.peek().is_none();
            if last {
                tx.insert(&index_version());
            }
            tx.commit().map_err(storage)?;
            if last {
                return Ok(());
            }
        }
    }
}

/// A 128-bit fingerprint of a quad: two 64-bit hashes under different prefixes.
fn fingerprint(quad: &Quad) -> u128 {
    use std::hash::{Hash, Hasher};
    let half = |prefix: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        prefix.hash(&mut h);
        quad.hash(&mut h);
        h.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

/// Counts what the resolution graph holds. (Counted in SPARQL, which counts stored ids without
/// reading their text back.)
pub(super) fn summarize(store: &Store) -> Result<CrossSummary, QueryError> {
    let count = |pattern: &str| {
        select_count(
            store,
            &format!(
                "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{RESOLUTION_GRAPH}> {{ {pattern} }} }}"
            ),
        )
    };
    let mut summary = CrossSummary {
        people: count(&format!("?node <{}> ?key", prop::NAME_KEY))?,
        people_ambiguous: count(&format!("?node <{}> ?note", prop::RESOLUTION_NOTE))?,
        reports_kept_apart: count(&format!("?node <{}> ?root", prop::KEPT_APART_FROM))?,
        ..CrossSummary::default()
    };
    let rules = select_values(
        store,
        &format!(
            "SELECT ?rule (COUNT(*) AS ?n) WHERE {{ GRAPH <{RESOLUTION_GRAPH}> {{ ?node <{}> ?rule }} }} GROUP BY ?rule",
            prop::RESOLUTION_RULE
        ),
    )?;
    for r in rules {
        let n: usize = r[1].as_deref().and_then(|n| n.parse().ok()).unwrap_or(0);
        match r[0].as_deref() {
            Some(MEETING_RULE) => summary.meetings_merged += n,
            Some(GROUP_RULE) => summary.groups_merged += n,
            Some(rule) if PERSON_RULES.contains(&rule) => summary.people_linked += n,
            _ => {}
        }
    }
    Ok(summary)
}

/// Whether the store holds any article.
fn holds_articles(store: &Store) -> Result<bool, QueryError> {
    let article = oxigraph::model::NamedNodeRef::new_unchecked(class::ARTICLE);
    let rdf_type = oxigraph::model::NamedNodeRef::new_unchecked(external::RDF_TYPE);
    Ok(store
        .quads_for_pattern(None, Some(rdf_type), Some(article.into()), None)
        .next()
        .transpose()
        .map_err(storage)?
        .is_some())
}

/// How many articles the store holds (each has one ingest time in the default graph).
pub(crate) fn article_count(store: &Store) -> Result<usize, QueryError> {
    select_count(
        store,
        &format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ ?article <{}> ?at }}",
            prop::INGESTED_AT
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: &str) -> Option<Date> {
        Date::parse_iso(d)
    }

    #[test]
    fn pairs_within_keeps_only_dates_inside_the_window() {
        let names: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
        let dates = [
            day("2024-01-01"),
            day("2024-01-10"),
            day("2024-01-20"),
            None,
        ];
        let date = |n: &String| dates[names.iter().position(|x| x == n).unwrap()];
        let block: Vec<&String> = names.iter().collect();
        let pairs = pairs_within(&block, date, 14);
        let as_str: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(x, y)| (x.as_str(), y.as_str()))
            .collect();
        assert_eq!(as_str, vec![("a", "b"), ("b", "c")]);
    }

    #[test]
    fn caravan_reports_do_not_chain_past_a_fortnight() {
        let at = |town: &str, d: &str| Group {
            towns: [town.to_string()].into(),
            published: day(d),
        };
        // 2024-01-08 is a Monday that starts a fortnight.
        let (a, b, c) = (
            at("tapachula", "2024-01-08"),
            at("tapachula", "2024-01-21"),
            at("tapachula", "2024-01-22"),
        );
        assert!(same_group(&a, &b));
        assert_eq!(
            fortnight_start(&b.published.unwrap()),
            a.published.unwrap().to_days()
        );
        // A day apart, but in the next fortnight: the span of a caravan stays bounded.
        assert!(!same_group(&b, &c));
        assert!(!same_group(&a, &at("huixtla", "2024-01-08")));
        let undated = Group {
            published: None,
            ..a.clone()
        };
        assert!(!same_group(&a, &undated));
    }

    /// Pairs of nodes: (node, canonical).
    type Pairs<'a> = Vec<(&'a str, &'a str)>;

    /// The links and the reports kept apart of `decided`.
    fn decision(decided: &Decided) -> (Pairs<'_>, Pairs<'_>) {
        let mut links: Pairs = decided
            .links
            .iter()
            .map(|l| (l.node.as_str(), l.canonical.as_str()))
            .collect();
        let mut apart: Pairs = decided
            .apart
            .iter()
            .map(|(n, c)| (n.as_str(), c.as_str()))
            .collect();
        links.sort();
        apart.sort();
        (links, apart)
    }

    #[test]
    fn two_reports_of_one_article_are_never_one_cluster() {
        assert_eq!(
            report_article("https://x/article/abc/group/2"),
            "https://x/article/abc"
        );
        let [a1, a2, b1, c1] =
            ["a/meeting/1", "a/meeting/2", "b/meeting/1", "c/meeting/1"].map(String::from);
        // Alike as they are, an article's two reports stay apart, with nothing to note.
        let decided = cluster(vec![(&a1, &a2)], |_, _| true, "r");
        assert_eq!(decision(&decided), (vec![], vec![]));
        // A third article's report joins the first of them; the second is kept apart...
        let decided = cluster(vec![(&b1, &a2), (&a1, &b1)], |_, _| true, "r");
        assert_eq!(
            decision(&decided),
            (
                vec![("b/meeting/1", "a/meeting/1")],
                vec![("a/meeting/2", "a/meeting/1")]
            )
        );
        // ...whichever way the links run, and whatever else the cluster holds.
        let decided = cluster(vec![(&a2, &c1), (&b1, &a1), (&c1, &b1)], |_, _| true, "r");
        assert_eq!(
            decision(&decided),
            (
                vec![
                    ("b/meeting/1", "a/meeting/1"),
                    ("c/meeting/1", "a/meeting/1")
                ],
                vec![("a/meeting/2", "a/meeting/1")]
            )
        );
        // The note is in the resolution graph, beside the links.
        let quads = decided.statements();
        assert_eq!(
            quads
                .iter()
                .filter(|q| q.predicate.as_str() == prop::KEPT_APART_FROM)
                .map(|q| (q.subject.to_string(), q.object.to_string()))
                .collect::<Vec<_>>(),
            [("<a/meeting/2>".to_string(), "<a/meeting/1>".to_string())]
        );
        assert_eq!(quads.len(), 5);
    }

    #[test]
    fn undated_meeting_reports_cluster_as_comparing_all_pairs_would() {
        let meeting = |location: Option<&str>| Meeting {
            participants: ["x", "y"].map(String::from).into(),
            location: location.map(String::from),
            ..Meeting::default()
        };
        let names: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        let places = [Some("p"), Some("q"), Some("p"), None, Some("q")];
        let meetings: BTreeMap<String, Meeting> =
            names.iter().cloned().zip(places.map(meeting)).collect();
        let block: Vec<&String> = names.iter().collect();
        let links = cluster(
            undated_pairs(&block, &meetings),
            |x, y| same_meeting(&meetings[x], &meetings[y]),
            MEETING_RULE,
        )
        .links;
        // d has no place, so it joins p and q: one meeting, rooted at the smallest node.
        assert_eq!(links.len(), 4);
        assert!(links.iter().all(|l| l.canonical == "a"));
        // Without d, the places keep p and q apart.
        let block: Vec<&String> = names.iter().filter(|n| *n != "d").collect();
        let links = cluster(
            undated_pairs(&block, &meetings),
            |x, y| same_meeting(&meetings[x], &meetings[y]),
            MEETING_RULE,
        )
        .links;
        let pairs: Vec<(&str, &str)> = links
            .iter()
            .map(|l| (l.node.as_str(), l.canonical.as_str()))
            .collect();
        assert_eq!(pairs, [("c", "a"), ("e", "b")]);
    }

    #[test]
    fn caravan_reports_join_by_one_town_alone_or_two_together() {
        let report = |towns: &[&str]| Group {
            towns: towns.iter().map(|t| t.to_string()).collect(),
            published: day("2024-01-09"),
        };
        let links = |reports: &[(&str, &[&str])]| {
            let groups: BTreeMap<String, Group> = reports
                .iter()
                .map(|(node, towns)| (node.to_string(), report(towns)))
                .collect();
            let mut found: Vec<(String, String)> = cluster(group_pairs(&groups), |_, _| true, "r")
                .links
                .into_iter()
                .map(|l| (l.node, l.canonical))
                .collect();
            found.sort();
            found
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // One town in common is not enough when both name several...
        assert_eq!(links(&[("a", &["x", "y"]), ("b", &["x", "z"])]), []);
        // ...two are...
        assert_eq!(
            links(&[("a", &["x", "y"]), ("b", &["y", "x", "z"])]),
            [pair("b", "a")]
        );
        // ...and a report of one town joins every report of that town.
        assert_eq!(
            links(&[("a", &["x", "y"]), ("b", &["x", "z"]), ("c", &["x"])]),
            [pair("b", "a"), pair("c", "a")]
        );
        // The same holds for reports of very many towns, which count what they share.
        let names = |prefix: &str, towns: &[&str]| -> Vec<String> {
            (0..=TOWN_PAIRS_UP_TO)
                .map(|t| format!("{prefix}{t:02}"))
                .chain(towns.iter().map(|t| t.to_string()))
                .collect()
        };
        let (many, one_shared, two_shared) = (
            names("t", &[]),
            names("u", &["t00"]),
            names("u", &["t00", "t01"]),
        );
        fn strs(v: &[String]) -> Vec<&str> {
            v.iter().map(String::as_str).collect()
        }
        let (many, one_shared, two_shared) = (strs(&many), strs(&one_shared), strs(&two_shared));
        assert_eq!(
            links(&[("a", &many), ("b", &["t05", "t06"]), ("c", &["t07", "v"])]),
            [pair("b", "a")]
        );
        assert_eq!(links(&[("a", &many), ("d", &one_shared)]), []);
        assert_eq!(links(&[("a", &many), ("d", &two_shared)]), [pair("d", "a")]);
    }

    #[test]
    fn caravan_reports_cluster_as_comparing_all_pairs_would() {
        // A small pseudo-random world: few towns and fortnights, so that reports meet often.
        let mut state = 7u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        // Most reports name up to three of five towns; one in twenty names more towns than
        // TOWN_PAIRS_UP_TO, out of fifty. One article in three tells of two groups.
        let towns: Vec<String> = (0..50).map(|t| format!("t{t:02}")).collect();
        let groups: BTreeMap<String, Group> = (0..400)
            .map(|i| {
                let (count, universe) = if next(20) == 0 {
                    (TOWN_PAIRS_UP_TO as u64 + 1 + next(30), 50)
                } else {
                    (next(4), 5)
                };
                let group = Group {
                    towns: (0..count)
                        .map(|_| towns[next(universe) as usize].clone())
                        .collect(),
                    published: (next(10) > 0).then(|| Date::from_days(19_000 + next(60) as i64)),
                };
                let article = if i % 3 == 1 { i - 1 } else { i };
                (format!("a{article:03}/group/{}", 1 + i - article), group)
            })
            .collect();
        let nodes: Vec<&String> = groups.keys().collect();
        let all_pairs: Vec<(&String, &String)> = nodes
            .iter()
            .enumerate()
            .flat_map(|(i, &a)| nodes[i + 1..].iter().map(move |&b| (a, b)))
            .collect();
        let expected = cluster(all_pairs, |a, b| same_group(&groups[a], &groups[b]), "r");
        let found = cluster(group_pairs(&groups), |_, _| true, "r");
        let (expected, found) = (decision(&expected), decision(&found));
        assert!(
            expected.0.len() > 50 && expected.1.len() > 5,
            "too few merges to test: {} links, {} kept apart",
            expected.0.len(),
            expected.1.len()
        );
        assert_eq!(found, expected);
    }

    #[test]
    fn a_large_block_costs_the_window_not_the_square() {
        let names: Vec<String> = (0..2000).map(|i| format!("n{i:04}")).collect();
        let block: Vec<&String> = names.iter().collect();
        // One report a day for 2000 days: each pairs with the next 7 only.
        let date = |n: &String| Some(Date::from_days(n[1..].parse::<i64>().unwrap()));
        let pairs = pairs_within(&block, date, 7);
        assert_eq!(pairs.len(), 2000 * 7 - (1..=7).sum::<usize>());
    }
}
