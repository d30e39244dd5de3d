//! The store's summary: the counts `stats` prints, kept in the store so that it reads a few
//! quads instead of scanning every article graph (seconds at 100,000 articles).
//!
//! The summary graph ([`SUMMARY_GRAPH`]) holds the number of quads in article graphs, the
//! number of distinct entities of each counted class, and, for every entity that can appear in
//! several articles, how many articles mention it. A write records what the article graphs it
//! adds and removes contribute ([`Tally`]) and applies the difference when it ends. Its version
//! marker is removed before the first change and written back last: a write that stopped
//! half-way, or a SPARQL update, leaves counts that say they are out of date, and the next
//! write (or `newsgraph optimize`) rebuilds them from the article graphs.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term,
    TermRef,
};
use oxigraph::store::{StorageError, Store};

use crate::query::{for_each_row, select_count, select_values};
use crate::rdf::vocab::{
    class, external, prop, GAZETTEER_GRAPH, ID, RESOLUTION_GRAPH, SUMMARY_GRAPH,
};
use crate::rdf::{pack, unpack};
use crate::store::StoreError;

/// The classes whose entities the summary counts, in the order `stats` prints them.
pub const COUNTED_CLASSES: [&str; 6] = [
    class::PERSON,
    class::OFFICIAL,
    class::ORGANIZATION,
    class::PLACE,
    class::MEETING,
    class::MIGRANT_GROUP,
];

/// The format of the summary; another value (or none) means it must be rebuilt.
const VERSION: &str = "1";

/// Updates and removals are written this many at a time: one transaction holds them all in
/// memory.
const WRITE_CHUNK: usize = 10_000;

fn summary_node() -> NamedNode {
    NamedNode::new_unchecked(SUMMARY_GRAPH)
}

fn summary_graph() -> GraphName {
    GraphName::NamedNode(summary_node())
}

/// The quad that says the summary is up to date.
fn marker() -> Quad {
    Quad::new(
        summary_node(),
        NamedNode::new_unchecked(prop::INDEX_VERSION),
        Literal::new_simple_literal(VERSION),
        summary_graph(),
    )
}

fn count_quad(subject: NamedNode, property: &str, n: u64) -> Quad {
    Quad::new(
        subject,
        NamedNode::new_unchecked(property),
        Literal::from(n as i64),
        summary_graph(),
    )
}

/// Whether the summary says what the article graphs hold.
pub fn is_current(store: &Store) -> Result<bool, StorageError> {
    store.contains(&marker())
}

/// Marks the summary out of date: before a change that no [`Tally`] follows (a SPARQL update,
/// a merge).
pub fn invalidate(store: &Store) -> Result<(), StorageError> {
    store.remove(&marker()).map(|_| ())
}

/// The named graphs that are not an article's; any other is (a merged dump may bring graphs
/// newsgraph did not name).
const NOT_ARTICLE_GRAPHS: [&str; 3] = [GAZETTEER_GRAPH, RESOLUTION_GRAPH, SUMMARY_GRAPH];

/// Whether `graph` counts as an article's graph (see [`NOT_ARTICLE_GRAPHS`]).
fn is_article_graph(graph: &GraphName) -> bool {
    matches!(graph, GraphName::NamedNode(n) if !NOT_ARTICLE_GRAPHS.contains(&n.as_str()))
}

/// Whether `iri` is an article or a node of that article alone (its meetings, groups, size
/// reports): such nodes are in one article graph and are counted without being listed.
pub fn is_article_own(iri: &str) -> bool {
    iri.strip_prefix(ID)
        .is_some_and(|rest| rest.starts_with("article/"))
}

/// Whether some of `quads` (an entity's quads of one predicate in every graph) is in an
/// article graph.
fn any_in_article_graph(
    quads: impl Iterator<Item = Result<Quad, StorageError>>,
) -> Result<bool, StorageError> {
    for q in quads {
        if is_article_graph(&q?.graph_name) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether `iri` names a place (gazetteer places and the article's own alike).
fn is_place(iri: &str) -> bool {
    iri.strip_prefix(ID)
        .is_some_and(|rest| rest.starts_with("place/"))
}

/// The counted class a quad of an article graph puts its subject in: its `rdf:type`, or
/// `ng:Place` for a place's rule. (A gazetteer place's types are reference facts, in the
/// gazetteer graph; an article that names it holds its names and rules.)
fn counted_class(q: &Quad) -> Option<usize> {
    match (q.predicate.as_str(), &q.subject, &q.object) {
        (external::RDF_TYPE, _, Term::NamedNode(c)) => class_index(c.as_str()),
        (prop::RULE, NamedOrBlankNode::NamedNode(s), _) if is_place(s.as_str()) => {
            class_index(class::PLACE)
        }
        _ => None,
    }
}

/// Whether some article graph puts `entity` in `class` (see [`counted_class`]). `quads` reads
/// the entity's quads of a predicate (and object, if given) in every graph, from a store or a
/// transaction.
pub fn in_class_in_an_article<Q>(
    entity: NamedNodeRef<'_>,
    class: NamedNodeRef<'_>,
    quads: impl Fn(NamedNodeRef<'_>, Option<TermRef<'_>>) -> Q,
) -> Result<bool, StorageError>
where
    Q: Iterator<Item = Result<Quad, StorageError>>,
{
    if any_in_article_graph(quads(
        NamedNodeRef::new_unchecked(external::RDF_TYPE),
        Some(class.into()),
    ))? {
        return Ok(true);
    }
    if class.as_str() == class::PLACE && is_place(entity.as_str()) {
        return any_in_article_graph(quads(NamedNodeRef::new_unchecked(prop::RULE), None));
    }
    Ok(false)
}

/// [`in_class_in_an_article`], asked of `store`.
pub fn in_class_in_a_stored_article(
    store: &Store,
    entity: NamedNodeRef<'_>,
    class: NamedNodeRef<'_>,
) -> Result<bool, StorageError> {
    in_class_in_an_article(entity, class, |p, o| {
        store.quads_for_pattern(Some(entity.into()), Some(p), o, None)
    })
}

/// What the summary held when a write began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// The store was empty: every count started at zero.
    Empty,
    /// The summary was up to date: the write's difference applies to it.
    Current,
    /// The summary was out of date: the write rebuilds it at its end.
    Stale,
}

/// One entity's part in a write: articles that mention it added minus removed, and, one bit
/// a counted class, which classes the write touched, which of them some article graph gave it
/// before the write, and which the write removed from some graph.
#[derive(Debug, Default)]
struct Seen {
    mentions: i32,
    touched: u8,
    before: u8,
    removed: u8,
}

/// What a write does to the summary, recorded as it adds and removes article graphs and applied
/// by [`Tally::finish`].
#[derive(Debug, Default)]
pub struct Tally {
    start: Option<Start>,
    /// Entities that can be in several articles, by IRI ([`pack`]ed).
    entities: HashMap<Box<str>, Seen>,
    /// Article-own nodes of each counted class, added minus removed.
    own: [i64; COUNTED_CLASSES.len()],
    quads: i64,
}

fn class_index(iri: &str) -> Option<usize> {
    COUNTED_CLASSES.iter().position(|c| *c == iri)
}

impl Tally {
    /// To be called before the write's first change to the store: notes what the summary was,
    /// and marks it out of date until [`Tally::finish`].
    pub fn begin(&mut self, store: &Store) -> Result<(), StorageError> {
        if self.start.is_some() {
            return Ok(());
        }
        self.start = Some(if store.is_empty()? {
            Start::Empty
        } else if is_current(store)? {
            invalidate(store)?;
            Start::Current
        } else {
            Start::Stale
        });
        Ok(())
    }

    fn tracking(&self) -> bool {
        matches!(self.start, Some(Start::Empty | Start::Current))
    }

    /// An article graph about to be written (its quads, each once, as `build_article` makes
    /// them; others are ignored). `in_class_before` says whether some article graph puts an
    /// entity in a class before this write ([`in_class_in_an_article`]): it is asked once an
    /// entity and class, the first time the write meets them.
    pub fn add(
        &mut self,
        article: &NamedNode,
        quads: &[Quad],
        mut in_class_before: impl FnMut(
            NamedNodeRef<'_>,
            NamedNodeRef<'_>,
        ) -> Result<bool, StorageError>,
    ) -> Result<(), StorageError> {
        if !self.tracking() {
            return Ok(());
        }
        let empty = self.start == Some(Start::Empty);
        // An entity found by several rules has a quad for each: it is one mention of it.
        let mut mentioned = std::collections::HashSet::new();
        for q in quads.iter().filter(|q| in_graph(q, article)) {
            self.quads += 1;
            let NamedOrBlankNode::NamedNode(subject) = &q.subject else {
                continue;
            };
            if let Some(i) = counted_class(q) {
                if is_article_own(subject.as_str()) {
                    self.own[i] += 1;
                } else {
                    let seen = self.seen(subject);
                    if seen.touched & (1 << i) == 0 {
                        seen.touched |= 1 << i;
                        let class = NamedNodeRef::new_unchecked(COUNTED_CLASSES[i]);
                        if !empty && in_class_before(subject.as_ref(), class)? {
                            seen.before |= 1 << i;
                        }
                    }
                }
            }
            if q.predicate.as_str() == prop::RULE
                && !is_article_own(subject.as_str())
                && mentioned.insert(subject)
            {
                self.seen(subject).mentions += 1;
            }
        }
        Ok(())
    }

    /// An article graph about to be removed (its quads, read from the store).
    pub fn remove(&mut self, article: &NamedNode, quads: &[Quad]) {
        if !self.tracking() {
            return;
        }
        let mut mentioned = std::collections::HashSet::new();
        for q in quads.iter().filter(|q| in_graph(q, article)) {
            self.quads -= 1;
            let NamedOrBlankNode::NamedNode(subject) = &q.subject else {
                continue;
            };
            if let Some(i) = counted_class(q) {
                if is_article_own(subject.as_str()) {
                    self.own[i] -= 1;
                } else {
                    let seen = self.seen(subject);
                    if seen.touched & (1 << i) == 0 {
                        // The graph being removed puts it in the class.
                        seen.touched |= 1 << i;
                        seen.before |= 1 << i;
                    }
                    seen.removed |= 1 << i;
                }
            }
            if q.predicate.as_str() == prop::RULE
                && !is_article_own(subject.as_str())
                && mentioned.insert(subject)
            {
                self.seen(subject).mentions -= 1;
            }
        }
    }

    fn seen(&mut self, entity: &NamedNode) -> &mut Seen {
        self.entities.entry(pack(entity.as_str())).or_default()
    }

    /// Brings the summary up to date once the write's changes are all stored, and says how
    /// long it took when it had to count everything again. A write that changed nothing
    /// still rebuilds a summary left out of date (by a run killed after its last article,
    /// say), so that rerunning it repairs the store.
    pub fn finish(self, store: &Store) -> Result<Option<Duration>, StoreError> {
        let stale = match self.start {
            None => !(is_current(store)? || store.is_empty()?),
            Some(Start::Stale) => true,
            Some(start) => {
                let empty = start == Start::Empty;
                // False when a count would go below zero: the summary was wrong before.
                !self.apply(store, empty)?
            }
        };
        if !stale {
            return Ok(None);
        }
        let started = Instant::now();
        rebuild(store)?;
        Ok(Some(started.elapsed()))
    }

    /// Writes the new counts; false when one would go below zero.
    fn apply(self, store: &Store, empty: bool) -> Result<bool, StoreError> {
        let (old, old_quads) = if empty {
            (Counts::default(), Vec::new())
        } else {
            read_counts(store)?
        };
        let quads = old.quads as i64 + self.quads;
        let mut classes: [i64; COUNTED_CLASSES.len()] =
            std::array::from_fn(|i| old.classes[i] as i64 + self.own[i]);
        for (key, seen) in &self.entities {
            for (i, class) in COUNTED_CLASSES.iter().enumerate() {
                let bit = 1 << i;
                if seen.touched & bit == 0 {
                    continue;
                }
                let after = seen.removed & bit == 0
                    || in_class_in_a_stored_article(
                        store,
                        NamedNodeRef::new_unchecked(&unpack(key)),
                        NamedNodeRef::new_unchecked(class),
                    )?;
                classes[i] += i64::from(after) - i64::from(seen.before & bit != 0);
            }
        }
        if quads < 0 || classes.iter().any(|n| *n < 0) {
            return Ok(false);
        }
        let totals = Counts {
            quads: quads as u64,
            classes: classes.map(|n| n as u64),
        };
        if empty {
            if self.entities.values().any(|seen| seen.mentions < 0) {
                return Ok(false);
            }
            // Streamed to the bulk loader: at 100,000 articles there are 600,000 entities.
            let counts = self
                .entities
                .into_iter()
                .filter(|(_, seen)| seen.mentions > 0)
                .map(|(key, seen)| {
                    count_quad(
                        NamedNode::new_unchecked(unpack(&key)),
                        prop::ARTICLE_COUNT,
                        seen.mentions as u64,
                    )
                });
            bulk_load(store, counts.chain(totals.to_quads()))?;
            return Ok(true);
        }
        let mut removals = old_quads;
        let mut inserts = totals.to_quads();
        let article_count = NamedNodeRef::new_unchecked(prop::ARTICLE_COUNT);
        for (key, seen) in self.entities {
            if seen.mentions == 0 {
                continue;
            }
            let entity = NamedNode::new_unchecked(unpack(&key));
            let before = read_count(store, entity.as_ref(), article_count)?;
            let now = before.as_ref().map_or(0, |(n, _)| *n) + i64::from(seen.mentions);
            if now < 0 {
                return Ok(false);
            }
            removals.extend(before.map(|(_, q)| q));
            if now > 0 {
                inserts.push(count_quad(entity, prop::ARTICLE_COUNT, now as u64));
            }
        }
        write(store, removals, inserts)?;
        Ok(true)
    }
}

fn in_graph(q: &Quad, article: &NamedNode) -> bool {
    matches!(&q.graph_name, GraphName::NamedNode(g) if g == article)
}

/// A count the summary states about `subject`, and the quad that states it.
fn read_count(
    store: &Store,
    subject: NamedNodeRef<'_>,
    property: NamedNodeRef<'_>,
) -> Result<Option<(i64, Quad)>, StorageError> {
    let graph = NamedNodeRef::new_unchecked(SUMMARY_GRAPH);
    for q in store.quads_for_pattern(
        Some(subject.into()),
        Some(property),
        None,
        Some(GraphNameRef::NamedNode(graph)),
    ) {
        let q = q?;
        if let Term::Literal(l) = &q.object {
            if let Ok(n) = l.value().parse() {
                return Ok(Some((n, q)));
            }
        }
    }
    Ok(None)
}

/// The counts the summary holds as read from the store, with the quads that state them (to
/// replace).
fn read_counts(store: &Store) -> Result<(Counts, Vec<Quad>), StorageError> {
    let mut counts = Counts::default();
    let mut quads = Vec::new();
    if let Some((n, q)) = read_count(
        store,
        summary_node().as_ref(),
        NamedNodeRef::new_unchecked(prop::QUAD_COUNT),
    )? {
        counts.quads = n.max(0) as u64;
        quads.push(q);
    }
    for (i, class) in COUNTED_CLASSES.iter().enumerate() {
        if let Some((n, q)) = read_count(
            store,
            NamedNodeRef::new_unchecked(class),
            NamedNodeRef::new_unchecked(prop::ENTITY_COUNT),
        )? {
            counts.classes[i] = n.max(0) as u64;
            quads.push(q);
        }
    }
    Ok((counts, quads))
}

fn remove(store: &Store, quads: &[Quad]) -> Result<(), StorageError> {
    for chunk in quads.chunks(WRITE_CHUNK) {
        let mut tx = store.start_transaction()?;
        for q in chunk {
            tx.remove(q);
        }
        tx.commit()?;
    }
    Ok(())
}

/// Writes a whole summary, with its marker, into a store that holds none of it: all at once.
fn bulk_load(store: &Store, quads: impl IntoIterator<Item = Quad>) -> Result<(), StorageError> {
    let mut loader = store
        .bulk_loader()
        .with_num_threads(1)
        .with_max_memory_size_in_megabytes(50);
    loader.load_quads(quads.into_iter().chain([marker()]))?;
    loader.commit()
}

/// Removes, then inserts, then marks the summary up to date, the marker last so that a write
/// cut short leaves the summary out of date.
fn write(store: &Store, removals: Vec<Quad>, inserts: Vec<Quad>) -> Result<(), StorageError> {
    remove(store, &removals)?;
    for chunk in inserts.chunks(WRITE_CHUNK) {
        let mut tx = store.start_transaction()?;
        tx.extend(chunk);
        tx.commit()?;
    }
    store.insert(&marker()).map(|_| ())
}

/// The store-wide counts: quads in article graphs and entities of each counted class.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub quads: u64,
    /// Entities per counted class, in the order of [`COUNTED_CLASSES`].
    pub classes: [u64; COUNTED_CLASSES.len()],
}

impl Counts {
    /// The summary quads that state these counts.
    fn to_quads(&self) -> Vec<Quad> {
        let mut quads = vec![count_quad(summary_node(), prop::QUAD_COUNT, self.quads)];
        for (class, n) in COUNTED_CLASSES.iter().zip(self.classes) {
            quads.push(count_quad(
                NamedNode::new_unchecked(*class),
                prop::ENTITY_COUNT,
                n,
            ));
        }
        quads
    }
}

fn count(store: &Store, query: &str) -> Result<u64, StoreError> {
    select_count(store, query).map_err(|e| StoreError::Summary(e.to_string()))
}

/// The quads in article graphs and the entities per class, counted from the store.
pub fn count_from_articles(store: &Store) -> Result<Counts, StoreError> {
    let not_article = NOT_ARTICLE_GRAPHS
        .map(|g| format!("?a != <{g}>"))
        .join(" && ");
    let quads = count(
        store,
        &format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?a {{ ?s ?p ?o }} FILTER({not_article}) }}"
        ),
    )?;
    let mut classes = [0; COUNTED_CLASSES.len()];
    for (n, class) in classes.iter_mut().zip(COUNTED_CLASSES) {
        // As `counted_class` says: a place is also in the articles that hold its rules.
        let rules_of_places = if class == class::PLACE {
            format!(
                " UNION {{ GRAPH ?a {{ ?e <{}> ?r }} FILTER(STRSTARTS(STR(?e), \"{ID}place/\")) }}",
                prop::RULE
            )
        } else {
            String::new()
        };
        *n = count(
            store,
            &format!(
                "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {{ GRAPH ?a {{ ?e a <{class}> }} }}{rules_of_places} FILTER({not_article}) }}"
            ),
        )?;
    }
    Ok(Counts { quads, classes })
}

/// The counts the summary holds, or `None` when it is out of date.
pub fn read(store: &Store) -> Result<Option<Counts>, StorageError> {
    if !is_current(store)? {
        return Ok(None);
    }
    Ok(Some(read_counts(store)?.0))
}

/// The `top` entities mentioned in the most articles, with how many, from the summary (which
/// must be current), ranked by [`rank`].
pub fn most_mentioned(store: &Store, top: usize) -> Result<Vec<(String, u64)>, StoreError> {
    let error = |e: crate::query::QueryError| StoreError::Summary(e.to_string());
    let counts = format!(
        "GRAPH <{SUMMARY_GRAPH}> {{ ?e <{}> ?n }}",
        prop::ARTICLE_COUNT
    );
    // The count the last entity shown has, read without any IRI's text; then every entity with
    // at least that count, so that ties at the cut are decided by IRI, not by storage order.
    // (A heap here, not ORDER BY ... LIMIT: Oxigraph sorts all 620,000 counts of a 100k store
    // for that, 0.7 s.)
    let mut highest = std::collections::BinaryHeap::with_capacity(top + 1);
    for_each_row(store, &format!("SELECT ?n WHERE {{ {counts} }}"), |r| {
        if let Some(n) = r[0].as_deref().and_then(|n| n.parse::<u64>().ok()) {
            highest.push(std::cmp::Reverse(n));
            if highest.len() > top {
                highest.pop();
            }
        }
    })
    .map_err(error)?;
    let cut = match highest.peek() {
        Some(std::cmp::Reverse(n)) if highest.len() == top => *n,
        _ => 0,
    };
    let rows = select_values(
        store,
        &format!("SELECT ?e ?n WHERE {{ {counts} FILTER(?n >= {cut}) }}"),
    )
    .map_err(error)?;
    let counted = rows
        .into_iter()
        .filter_map(|r| {
            let mut r = r.into_iter();
            let e = r.next()??;
            let n = r.next()??.parse().ok()?;
            Some((e, n))
        })
        .collect();
    Ok(rank(counted, top))
}

/// The first `top` of `(entity, articles)` pairs, most articles first and ties by IRI: the
/// same whichever way they were counted.
pub fn rank(mut counted: Vec<(String, u64)>, top: usize) -> Vec<(String, u64)> {
    counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counted.truncate(top);
    counted
}

/// Counts everything again from the article graphs and replaces the summary: after a merge, a
/// SPARQL update or a write that stopped half-way.
pub fn rebuild(store: &Store) -> Result<(), StoreError> {
    invalidate(store)?;
    let counts = recount(store)?;
    remove(store, &stored(store)?)?;
    bulk_load(store, counts)?;
    Ok(())
}

/// The quads the summary graph holds now, the marker too when it is there.
pub fn stored(store: &Store) -> Result<Vec<Quad>, StorageError> {
    store
        .quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(
                SUMMARY_GRAPH,
            ))),
        )
        .collect()
}

/// The quads an up-to-date summary holds (without its marker), counted from the article
/// graphs: what [`rebuild`] writes, and what a kept summary must equal.
pub fn recount(store: &Store) -> Result<Vec<Quad>, StoreError> {
    let mut quads = count_from_articles(store)?.to_quads();
    for_each_row(
        store,
        &format!(
            "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?a {{ ?e <{}> ?r }} }} GROUP BY ?e",
            prop::RULE
        ),
        |r| {
            let (Some(e), Some(n)) = (&r[0], &r[1]) else {
                return;
            };
            if is_article_own(e) {
                return;
            }
            if let (Ok(e), Ok(n)) = (NamedNode::new(e), n.parse::<u64>()) {
                quads.push(count_quad(e, prop::ARTICLE_COUNT, n));
            }
        },
    )
    .map_err(|e| StoreError::Summary(e.to_string()))?;
    Ok(quads)
}

/// Whether the summary is up to date and says exactly what a recount says; the quads that
/// differ otherwise (kept ones marked `-`, recounted ones `+`).
pub fn differences_from_recount(store: &Store) -> Result<Vec<String>, StoreError> {
    if !is_current(store)? {
        return Ok(vec!["the summary is marked out of date".into()]);
    }
    let marker = marker();
    let kept: std::collections::BTreeSet<String> = stored(store)?
        .into_iter()
        .filter(|q| *q != marker)
        .map(|q| q.to_string())
        .collect();
    let recounted: std::collections::BTreeSet<String> =
        recount(store)?.into_iter().map(|q| q.to_string()).collect();
    Ok(kept
        .difference(&recounted)
        .map(|q| format!("- {q}"))
        .chain(recounted.difference(&kept).map(|q| format!("+ {q}")))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quad(s: &str, p: &str, o: Term, g: &str) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(s),
            NamedNode::new_unchecked(p),
            o,
            GraphName::NamedNode(NamedNode::new_unchecked(g)),
        )
    }

    fn typed(s: &str, c: &str, g: &str) -> Quad {
        quad(s, external::RDF_TYPE, NamedNode::new_unchecked(c).into(), g)
    }

    #[test]
    fn own_nodes_are_told_apart_from_shared_ones() {
        assert!(is_article_own(&format!("{ID}article/0123/meeting/1")));
        assert!(!is_article_own(&format!("{ID}person/ana-lopez")));
        assert!(!is_article_own("https://example.org/article/1"));
    }

    #[test]
    fn a_tally_counts_only_the_article_graph_and_asks_once_an_entity_and_class() {
        let article = NamedNode::new_unchecked(format!("{ID}article/0001"));
        let person = format!("{ID}person/ana-lopez");
        let meeting = format!("{ID}article/0001/meeting/1");
        let quads = vec![
            typed(&person, class::PERSON, article.as_str()),
            typed(&meeting, class::MEETING, article.as_str()),
            // Found by two rules: still one mention.
            quad(
                &person,
                prop::RULE,
                NamedNode::new_unchecked(format!("{ID}rule/title-name")).into(),
                article.as_str(),
            ),
            quad(
                &person,
                prop::RULE,
                NamedNode::new_unchecked(format!("{ID}rule/given-name")).into(),
                article.as_str(),
            ),
            typed(&person, class::PERSON, GAZETTEER_GRAPH),
        ];
        let mut tally = Tally {
            start: Some(Start::Current),
            ..Tally::default()
        };
        let mut asked = 0;
        tally
            .add(&article, &quads, |_, _| {
                asked += 1;
                Ok(true)
            })
            .unwrap();
        tally
            .add(&article, &quads, |_, _| {
                asked += 1;
                Ok(true)
            })
            .unwrap();
        assert_eq!(asked, 1, "asked again about a class already seen");
        assert_eq!(tally.quads, 8, "counted a quad outside the article graph");
        assert_eq!(tally.own[class_index(class::MEETING).unwrap()], 2);
        let seen = &tally.entities[&pack(&person)];
        assert_eq!(seen.mentions, 2);
        assert_eq!(seen.before, 1 << class_index(class::PERSON).unwrap());
        tally.remove(&article, &quads);
        assert_eq!(tally.quads, 4);
        assert_eq!(tally.entities[&pack(&person)].mentions, 1);
        assert_ne!(tally.entities[&pack(&person)].removed, 0);
    }

    #[test]
    fn a_write_into_an_empty_store_asks_nothing() {
        let article = NamedNode::new_unchecked(format!("{ID}article/0001"));
        let quads = vec![typed(
            &format!("{ID}place/iso/MX"),
            class::PLACE,
            article.as_str(),
        )];
        let mut tally = Tally {
            start: Some(Start::Empty),
            ..Tally::default()
        };
        tally
            .add(&article, &quads, |_, _| panic!("asked the store"))
            .unwrap();
        assert_eq!(
            tally.entities[&pack(&format!("{ID}place/iso/MX"))].before,
            0
        );
    }

    /// A gazetteer place's types are in the gazetteer graph: the article that names it holds its
    /// rules, and those put it among the article's places (a person's rules do not).
    #[test]
    fn a_place_found_by_a_rule_is_counted_as_a_place_without_a_type() {
        let article = NamedNode::new_unchecked(format!("{ID}article/0001"));
        let place = format!("{ID}place/iso/MX");
        let person = format!("{ID}person/ana-lopez");
        let rule = || NamedNode::new_unchecked(format!("{ID}rule/gazetteer-place")).into();
        let quads = vec![
            quad(&place, prop::RULE, rule(), article.as_str()),
            quad(&person, prop::RULE, rule(), article.as_str()),
        ];
        let mut tally = Tally {
            start: Some(Start::Current),
            ..Tally::default()
        };
        let mut asked = Vec::new();
        tally
            .add(&article, &quads, |entity, class| {
                asked.push((entity.as_str().to_string(), class.as_str().to_string()));
                Ok(false)
            })
            .unwrap();
        assert_eq!(asked, [(place.clone(), class::PLACE.to_string())]);
        let place_bit = 1 << class_index(class::PLACE).unwrap();
        assert_eq!(tally.entities[&pack(&place)].touched, place_bit);
        assert_eq!(tally.entities[&pack(&person)].touched, 0);
        tally.remove(&article, &quads);
        assert_eq!(tally.entities[&pack(&place)].removed, place_bit);
    }
}
