//! Incremental cross-article resolution: after a few articles are added, replaced or removed,
//! only what they can change is read and decided again, with the rules of [`super::cross`],
//! so the resolution graph ends as a full pass would leave it (a test holds them equal).
//!
//! - People: a person's decision depends only on the people who share a surname with it. The
//!   surnames of the changed people, before and after, name the blocks to decide again, and
//!   the person index in the resolution graph lists a block's people without reading articles.
//! - Meetings and caravans: clusters are the connected parts of a "same report" relation that
//!   depends on the two reports only. Changing some reports can only split their own clusters,
//!   or join them to clusters that hold a report the same as a changed one. So the clusters of
//!   the changed reports are rebuilt from their block mates, and a cluster they meet joins
//!   whole. A meeting whose participant now resolves to another person counts as changed.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNodeRef, NamedOrBlankNode, Quad, Term, TermRef,
};
use oxigraph::store::Store;

use super::cross::{
    decide, keep_min, report_article, same_group, same_meeting, statements, storage, Blocks,
    Clusters, Decision, Group, Link, Meeting, People, Person, GROUP_RULE, MEETING_RULE,
};
use super::names::PersonKey;
use crate::date::Date;
use crate::gazetteer::{fold, Gazetteer};
use crate::query::QueryError;
use crate::rdf::vocab::{class, external, prop, GAZETTEER_GRAPH, RESOLUTION_GRAPH};

/// Quads to take out of the resolution graph and to put in, written together at the end.
#[derive(Default)]
struct Changes {
    remove: Vec<Quad>,
    add: Vec<Quad>,
}

/// Resolves the `pending` work (see [`crate::store::pending_resolution`]) against the store and
/// clears it, in one transaction.
pub(super) fn update(store: &Store, g: &Gazetteer, pending: &[Quad]) -> Result<(), QueryError> {
    let view = View { store };
    // The people, meetings and groups of added articles, and those of removed ones.
    let mut seeds = BTreeSet::new();
    for q in pending {
        let Term::NamedNode(object) = &q.object else {
            continue;
        };
        if q.predicate.as_str() == prop::PENDING_ARTICLE {
            for t in view.quads(
                None,
                Some(external::RDF_TYPE),
                None,
                Some(GraphNameRef::NamedNode(object.as_ref())),
            )? {
                let typed = matches!(&t.object, Term::NamedNode(c)
                    if crate::rdf::vocab::RESOLVED_CLASSES.contains(&c.as_str()));
                if let (true, NamedOrBlankNode::NamedNode(n)) = (typed, &t.subject) {
                    seeds.insert(n.as_str().to_string());
                }
            }
        } else {
            seeds.insert(object.as_str().to_string());
        }
    }
    let (mut people, mut meetings, mut groups) =
        (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for node in seeds {
        match view.kind(&node)? {
            Some(Kind::Person) => people.insert(node),
            Some(Kind::Meeting) => meetings.insert(node),
            Some(Kind::Group) => groups.insert(node),
            None => false,
        };
    }
    let mut changes = Changes::default();
    let (overlay, moved) = resolve_people(&view, g, &people, &mut changes)?;
    let canon = Canon {
        view: &view,
        overlay,
    };
    // Meetings whose participants now resolve elsewhere are compared again too.
    for person in &moved {
        meetings.extend(view.subjects(prop::PARTICIPANT, term(person), None)?);
    }
    let mut meeting_blocks: HashMap<String, BTreeSet<String>> = HashMap::new();
    recluster(
        &view,
        &meetings,
        (class::MEETING, MEETING_RULE),
        &mut |node| meeting(&view, &canon, node),
        &mut |m| {
            // Block mates: the meetings with two or more of the same participants.
            let mut shared: BTreeMap<String, usize> = BTreeMap::new();
            for x in &m.participants {
                if !meeting_blocks.contains_key(x) {
                    let block = canon.meetings_with(x)?;
                    meeting_blocks.insert(x.clone(), block);
                }
                for other in &meeting_blocks[x] {
                    *shared.entry(other.clone()).or_default() += 1;
                }
            }
            Ok(shared
                .into_iter()
                .filter(|(_, n)| *n >= 2)
                .map(|(m, _)| m)
                .collect())
        },
        same_meeting,
        &mut changes,
    )?;
    let mut published = HashMap::new();
    let mut towns: HashMap<String, bool> = HashMap::new();
    // The index entries of changed reports, written at the end, are looked up here meanwhile.
    let mut new_blocks: HashMap<String, Vec<String>> = HashMap::new();
    for node in &groups {
        changes
            .remove
            .extend(view.statements_about(node, &[prop::BLOCK_KEY])?);
        if let Some(gr) = group(&view, &mut towns, &mut published, node)? {
            changes.add.extend(gr.index_quads(node));
            for key in gr.block_keys() {
                new_blocks.entry(key).or_default().push(node.clone());
            }
        }
    }
    recluster(
        &view,
        &groups,
        (class::MIGRANT_GROUP, GROUP_RULE),
        &mut |node| group(&view, &mut towns, &mut published, node),
        &mut |gr| {
            // Block mates: the groups at one of the same towns in the same fortnight.
            let mut mates = BTreeSet::new();
            for key in gr.block_keys() {
                mates.extend(view.block(&key)?);
                mates.extend(new_blocks.get(&key).into_iter().flatten().cloned());
            }
            Ok(mates)
        },
        same_group,
        &mut changes,
    )?;
    let mut tx = store.start_transaction().map_err(storage)?;
    for q in changes.remove.iter().chain(pending) {
        tx.remove(q);
    }
    tx.extend(&changes.add);
    tx.commit().map_err(storage)
}

/// The places a caravan report can share with another: where it left from, is, or passed.
const PLACE_PROPERTIES: [&str; 3] = [prop::DEPARTED_FROM, prop::AT_PLACE, prop::PASSED_THROUGH];

enum Kind {
    Person,
    Meeting,
    Group,
}

/// Reads of the store by pattern, with its errors as query errors.
struct View<'a> {
    store: &'a Store,
}

fn term(iri: &str) -> TermRef<'_> {
    TermRef::NamedNode(NamedNodeRef::new_unchecked(iri))
}

fn resolution() -> GraphNameRef<'static> {
    GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(RESOLUTION_GRAPH))
}

impl View<'_> {
    fn quads(
        &self,
        subject: Option<&str>,
        predicate: Option<&str>,
        object: Option<TermRef<'_>>,
        graph: Option<GraphNameRef<'_>>,
    ) -> Result<Vec<Quad>, QueryError> {
        self.store
            .quads_for_pattern(
                subject.map(|s| NamedNodeRef::new_unchecked(s).into()),
                predicate.map(NamedNodeRef::new_unchecked),
                object,
                graph,
            )
            .map(|q| q.map_err(storage))
            .collect()
    }

    fn has_type(&self, node: &str, class: &str) -> Result<bool, QueryError> {
        Ok(!self
            .quads(
                Some(node),
                Some(external::RDF_TYPE),
                Some(term(class)),
                None,
            )?
            .is_empty())
    }

    /// What a seed is: its type in the store, or for a node no article names any more, what
    /// the resolution graph knew of it (its index entries, or the rule of a link it is part
    /// of).
    fn kind(&self, node: &str) -> Result<Option<Kind>, QueryError> {
        for q in self.quads(Some(node), Some(external::RDF_TYPE), None, None)? {
            let Term::NamedNode(c) = &q.object else {
                continue;
            };
            match c.as_str() {
                class::PERSON => return Ok(Some(Kind::Person)),
                class::MEETING => return Ok(Some(Kind::Meeting)),
                class::MIGRANT_GROUP => return Ok(Some(Kind::Group)),
                _ => {}
            }
        }
        if !self
            .quads(Some(node), Some(prop::NAME_KEY), None, Some(resolution()))?
            .is_empty()
        {
            return Ok(Some(Kind::Person));
        }
        // Only caravan reports have block keys and no name key.
        if !self
            .quads(Some(node), Some(prop::BLOCK_KEY), None, Some(resolution()))?
            .is_empty()
        {
            return Ok(Some(Kind::Group));
        }
        let mut rules = self.quads(
            Some(node),
            Some(prop::RESOLUTION_RULE),
            None,
            Some(resolution()),
        )?;
        // A report kept apart has neither, but is a seed with its article's first report,
        // which has.
        if let Some(linked) = self.linked_to(node)?.first() {
            rules.extend(self.quads(
                Some(linked),
                Some(prop::RESOLUTION_RULE),
                None,
                Some(resolution()),
            )?);
        }
        Ok(rules.iter().find_map(|q| match &q.object {
            Term::Literal(l) if l.value() == MEETING_RULE => Some(Kind::Meeting),
            Term::Literal(l) if l.value() == GROUP_RULE => Some(Kind::Group),
            _ => None,
        }))
    }

    /// The node a node is linked to in the resolution graph, if any.
    fn link(&self, node: &str) -> Result<Option<String>, QueryError> {
        self.resolution_object(node, prop::CANONICAL)
    }

    /// The node that `node` has `predicate` to in the resolution graph, if any.
    fn resolution_object(&self, node: &str, predicate: &str) -> Result<Option<String>, QueryError> {
        Ok(self
            .quads(Some(node), Some(predicate), None, Some(resolution()))?
            .into_iter()
            .find_map(|q| match q.object {
                Term::NamedNode(n) => Some(n.into_string()),
                _ => None,
            }))
    }

    /// The named subjects of the quads with `predicate` and `object` (in `graph`, or any).
    fn subjects(
        &self,
        predicate: &str,
        object: TermRef<'_>,
        graph: Option<GraphNameRef<'_>>,
    ) -> Result<Vec<String>, QueryError> {
        Ok(self
            .quads(None, Some(predicate), Some(object), graph)?
            .into_iter()
            .filter_map(|q| match q.subject {
                NamedOrBlankNode::NamedNode(n) => Some(n.into_string()),
                _ => None,
            })
            .collect())
    }

    /// The nodes linked to `node` in the resolution graph.
    fn linked_to(&self, node: &str) -> Result<Vec<String>, QueryError> {
        self.subjects(prop::CANONICAL, term(node), Some(resolution()))
    }

    /// The reports of `class` in the article of the report `node`, `node` among them.
    fn reports_of_article(&self, node: &str, class: &str) -> Result<Vec<String>, QueryError> {
        let article = NamedNodeRef::new_unchecked(report_article(node));
        self.subjects(
            external::RDF_TYPE,
            term(class),
            Some(GraphNameRef::NamedNode(article)),
        )
    }

    /// The canonical node of the cluster a report was kept apart from, if any.
    fn kept_apart_from(&self, node: &str) -> Result<Option<String>, QueryError> {
        self.resolution_object(node, prop::KEPT_APART_FROM)
    }

    /// The resolution-graph statements about a node with one of `predicates`.
    fn statements_about(&self, node: &str, predicates: &[&str]) -> Result<Vec<Quad>, QueryError> {
        let mut quads = Vec::new();
        for p in predicates {
            quads.extend(self.quads(Some(node), Some(p), None, Some(resolution()))?);
        }
        Ok(quads)
    }

    /// The nodes the index files under a block key (a surname, or a caravan's town and
    /// fortnight).
    fn block(&self, key: &str) -> Result<Vec<String>, QueryError> {
        let key = Literal::new_simple_literal(key);
        self.subjects(
            prop::BLOCK_KEY,
            TermRef::Literal(key.as_ref()),
            Some(resolution()),
        )
    }

    /// The publication date of an article, remembered in `cache`.
    fn published(
        &self,
        cache: &mut HashMap<String, Option<Date>>,
        article: &str,
    ) -> Result<Option<Date>, QueryError> {
        if let Some(d) = cache.get(article) {
            return Ok(*d);
        }
        let mut date = None;
        let graph = GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(article));
        for q in self.quads(Some(article), Some(prop::PUBLISHED), None, Some(graph))? {
            if let Term::Literal(l) = &q.object {
                keep_min(&mut date, Date::parse_iso(l.value()));
            }
        }
        cache.insert(article.to_string(), date);
        Ok(date)
    }
}

/// A person as the articles now state it: the key of its fullest label and its titles;
/// `None` when no article names it as a person.
fn person_in_articles(
    view: &View,
    g: &Gazetteer,
    node: &str,
) -> Result<Option<Person>, QueryError> {
    if !view.has_type(node, class::PERSON)? {
        return Ok(None);
    }
    let mut person: Option<Person> = None;
    for q in view.quads(Some(node), Some(external::RDFS_LABEL), None, None)? {
        let (Term::Literal(label), false) = (&q.object, is_shared_graph(&q.graph_name)) else {
            continue;
        };
        if let Some(key) = PersonKey::of(g, label.value()) {
            Person::add_label(&mut person, key);
        }
    }
    if let Some(p) = &mut person {
        for q in view.quads(Some(node), Some(prop::TITLE), None, None)? {
            if let Term::Literal(t) = &q.object {
                p.titles.insert(fold(t.value()));
            }
        }
    }
    Ok(person)
}

fn is_shared_graph(graph: &GraphName) -> bool {
    matches!(graph, GraphName::NamedNode(n) if n.as_str() == RESOLUTION_GRAPH || n.as_str() == GAZETTEER_GRAPH)
}

fn person_in_index(view: &View, node: &str) -> Result<Option<Person>, QueryError> {
    Ok(Person::from_index(&view.statements_about(
        node,
        &[prop::NAME_KEY, prop::TITLE_KEY],
    )?))
}

const INDEX_PREDICATES: [&str; 3] = [prop::NAME_KEY, prop::BLOCK_KEY, prop::TITLE_KEY];
const DECISION_PREDICATES: [&str; 3] = [
    prop::CANONICAL,
    prop::RESOLUTION_RULE,
    prop::RESOLUTION_NOTE,
];

/// The links of people decided again: to their canonical node, or `None` for none.
type NewLinks = HashMap<String, Option<String>>;

/// Decides again every person who shares a surname with a changed one, and updates the index
/// of the changed ones. Returns the new links of the people decided (`None`: no link) and the
/// people who now resolve to another node than before.
fn resolve_people(
    view: &View,
    g: &Gazetteer,
    seeds: &BTreeSet<String>,
    changes: &mut Changes,
) -> Result<(NewLinks, BTreeSet<String>), QueryError> {
    let mut now: BTreeMap<&String, Option<Person>> = BTreeMap::new();
    let mut touched: BTreeSet<String> = BTreeSet::new();
    for node in seeds {
        let before = person_in_index(view, node)?;
        let after = person_in_articles(view, g, node)?;
        for p in before.iter().chain(&after) {
            touched.extend(p.key.surnames.iter().cloned());
        }
        changes
            .remove
            .extend(view.statements_about(node, &INDEX_PREDICATES)?);
        if let Some(p) = &after {
            changes.add.extend(p.index_quads(node));
        }
        now.insert(node, after);
    }
    let fact = |node: &String| -> Result<Option<Person>, QueryError> {
        match now.get(node) {
            Some(p) => Ok(p.clone()),
            None => person_in_index(view, node),
        }
    };
    // The people to decide again: all in a touched block. Their other blocks need not be
    // read: a fuller name that fits a person holds every surname of it, so it lies in each
    // of the person's blocks, the touched one too.
    let mut decided: BTreeSet<String> =
        seeds.iter().filter(|n| now[n].is_some()).cloned().collect();
    for s in &touched {
        decided.extend(view.block(s)?);
    }
    let mut people: People = BTreeMap::new();
    for node in &decided {
        if let Some(p) = fact(node)? {
            people.insert(node.clone(), p);
        }
    }
    let blocks = Blocks::of(&people);
    let mut overlay = HashMap::new();
    let mut moved = BTreeSet::new();
    let mut links = Vec::new();
    let mut notes = Vec::new();
    for node in decided.iter().chain(seeds) {
        if overlay.contains_key(node) {
            continue;
        }
        let decided_before = view.statements_about(node, &DECISION_PREDICATES)?;
        let before = decided_before.iter().find_map(|q| match &q.object {
            Term::NamedNode(c) if q.predicate.as_str() == prop::CANONICAL => {
                Some(c.as_str().to_string())
            }
            _ => None,
        });
        changes.remove.extend(decided_before);
        let after = match people.contains_key(node) {
            false => None,
            true => match decide(g, &people, &blocks, node) {
                Decision::Link(canonical, rule) => {
                    links.push(Link {
                        node: node.clone(),
                        canonical: canonical.clone(),
                        rule,
                    });
                    Some(canonical)
                }
                Decision::KeptApart(note) => {
                    notes.push((node.clone(), note));
                    None
                }
                Decision::Alone => None,
            },
        };
        if before != after && people.contains_key(node) {
            moved.insert(node.clone());
        }
        overlay.insert(node.clone(), after);
    }
    changes.add.extend(statements(&links, &notes));
    Ok((overlay, moved))
}

/// The canonical node of a person: its new link where people were decided again, else its
/// link in the store.
struct Canon<'a> {
    view: &'a View<'a>,
    overlay: NewLinks,
}

impl Canon<'_> {
    fn of(&self, person: &str) -> Result<String, QueryError> {
        let link = match self.overlay.get(person) {
            Some(link) => link.clone(),
            None => self.view.link(person)?,
        };
        Ok(link.unwrap_or_else(|| person.to_string()))
    }

    /// The meetings with a participant who resolves to `canonical`.
    fn meetings_with(&self, canonical: &str) -> Result<BTreeSet<String>, QueryError> {
        let mut people: BTreeSet<String> = self.view.linked_to(canonical)?.into_iter().collect();
        people.insert(canonical.to_string());
        people.extend(
            self.overlay
                .iter()
                .filter(|(_, link)| link.as_deref() == Some(canonical))
                .map(|(node, _)| node.clone()),
        );
        let mut meetings = BTreeSet::new();
        for p in people {
            if self.of(&p)? != canonical {
                continue;
            }
            meetings.extend(self.view.subjects(prop::PARTICIPANT, term(&p), None)?);
        }
        Ok(meetings)
    }
}

/// A meeting report as [`same_meeting`] compares it, as a full pass reads it; `None` when no
/// article states it as a meeting with participants.
fn meeting(view: &View, canon: &Canon, node: &str) -> Result<Option<Meeting>, QueryError> {
    let mut m = Meeting::default();
    let mut typed = false;
    let mut articles = BTreeSet::new();
    for q in view.quads(Some(node), None, None, None)? {
        match (q.predicate.as_str(), &q.object) {
            (external::RDF_TYPE, Term::NamedNode(c)) if c.as_str() == class::MEETING => {
                typed = true;
            }
            (prop::PARTICIPANT, Term::NamedNode(p)) => {
                m.participants.insert(canon.of(p.as_str())?);
            }
            (prop::LOCATION, Term::NamedNode(place)) => {
                keep_min(&mut m.location, Some(place.as_str().to_string()));
            }
            (prop::DATE, Term::Literal(d)) => keep_min(&mut m.date, Date::parse_iso(d.value())),
            _ => continue,
        }
        if let GraphName::NamedNode(a) = q.graph_name {
            articles.insert(a.into_string());
        }
    }
    if !typed || m.participants.is_empty() {
        return Ok(None);
    }
    let mut cache = HashMap::new();
    for a in &articles {
        keep_min(&mut m.published, view.published(&mut cache, a)?);
    }
    Ok(Some(m))
}

/// A caravan report as [`same_group`] compares it; `None` when no article states it as a group
/// at a known town.
fn group(
    view: &View,
    towns: &mut HashMap<String, bool>,
    published: &mut HashMap<String, Option<Date>>,
    node: &str,
) -> Result<Option<Group>, QueryError> {
    let mut gr = Group::default();
    let mut typed = false;
    let mut articles = BTreeSet::new();
    for q in view.quads(Some(node), None, None, None)? {
        match (q.predicate.as_str(), &q.object) {
            (external::RDF_TYPE, Term::NamedNode(c)) if c.as_str() == class::MIGRANT_GROUP => {
                typed = true;
            }
            (p, Term::NamedNode(place)) if PLACE_PROPERTIES.contains(&p) => {
                let place = place.as_str();
                if !towns.contains_key(place) {
                    towns.insert(place.to_string(), view.has_type(place, class::CITY)?);
                }
                if towns[place] {
                    gr.towns.insert(place.to_string());
                }
            }
            _ => continue,
        }
        if let GraphName::NamedNode(a) = q.graph_name {
            articles.insert(a.into_string());
        }
    }
    if !typed || gr.towns.is_empty() {
        return Ok(None);
    }
    for a in &articles {
        keep_min(&mut gr.published, view.published(published, a)?);
    }
    Ok(Some(gr))
}

/// Rebuilds the clusters of the `seeds` (reports of `class`, linked by `rule`): every member
/// of a seed's cluster, the reports kept apart from it included, is compared with its block
/// mates, and a cluster met on the way joins whole. A report met alone may be alike only to
/// reports of its own article, which no pass notes, so those are compared too. Whole clusters
/// are then decided as a full pass decides them ([`Clusters::decide`]).
fn recluster<F>(
    view: &View,
    seeds: &BTreeSet<String>,
    (class, rule): (&str, &'static str),
    facts: &mut dyn FnMut(&str) -> Result<Option<F>, QueryError>,
    mates: &mut dyn FnMut(&F) -> Result<BTreeSet<String>, QueryError>,
    same: fn(&F, &F) -> bool,
    changes: &mut Changes,
) -> Result<(), QueryError> {
    let cluster_of = |node: &str| -> Result<BTreeSet<String>, QueryError> {
        let root = match view.link(node)? {
            Some(root) => root,
            None => view
                .kept_apart_from(node)?
                .unwrap_or_else(|| node.to_string()),
        };
        let mut members: BTreeSet<String> = view.linked_to(&root)?.into_iter().collect();
        members.extend(view.subjects(prop::KEPT_APART_FROM, term(&root), Some(resolution()))?);
        members.insert(root);
        members.insert(node.to_string());
        Ok(members)
    };
    let mut rebuilt = BTreeSet::new();
    for s in seeds {
        rebuilt.extend(cluster_of(s)?);
    }
    let mut known: HashMap<String, Option<Rc<F>>> = HashMap::new();
    let mut fact = |node: &str| -> Result<Option<Rc<F>>, QueryError> {
        if let Some(f) = known.get(node) {
            return Ok(f.clone());
        }
        let f = facts(node)?.map(Rc::new);
        known.insert(node.to_string(), f.clone());
        Ok(f)
    };
    let mut clusters = Clusters::default();
    let mut joined: BTreeSet<String> = BTreeSet::new();
    let mut to_compare: Vec<String> = rebuilt.iter().cloned().collect();
    while let Some(node) = to_compare.pop() {
        let node = &node;
        let Some(report) = fact(node)? else {
            continue;
        };
        for other in mates(&report)? {
            if other == *node {
                continue;
            }
            let Some(other_report) = fact(&other)? else {
                continue;
            };
            if !same(&report, &other_report) {
                continue;
            }
            clusters.join(node, &other);
            if !rebuilt.contains(&other) && !joined.contains(&other) {
                let members = cluster_of(&other)?;
                if members.len() == 1 {
                    for sibling in view.reports_of_article(&other, class)? {
                        if rebuilt.insert(sibling.clone()) {
                            to_compare.push(sibling);
                        }
                    }
                }
                for member in members {
                    clusters.join(&member, &other);
                    joined.insert(member);
                }
            }
        }
    }
    for node in rebuilt.iter().chain(&joined) {
        changes.remove.extend(view.statements_about(
            node,
            &[
                prop::CANONICAL,
                prop::RESOLUTION_RULE,
                prop::KEPT_APART_FROM,
            ],
        )?);
    }
    changes.add.extend(clusters.decide(rule).statements());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::resolve::cross::{recompute, recompute_from, resolve, summarize, CrossSummary};
    use crate::resolve::inputs::{ArticleInputs, Inputs};

    /// xorshift64: the same op sequence on every machine.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    // Namesakes (two Garcías, a Rodríguez pair), full and short names, titles that tell them
    // apart, meetings, and caravans through shared towns.
    const PEOPLE: [(&str, &str, &str); 8] = [
        ("Secretary of State", "Antony", "Blinken"),
        ("Foreign Minister", "Alicia", "Bárcena"),
        ("Foreign Minister", "Marcela", "García Pérez"),
        ("activist", "Luis", "García Villagrán"),
        ("Governor", "Juan", "Rodríguez"),
        ("Security Secretary", "Rosa Icela", "Rodríguez"),
        ("President", "Laurentino", "Cortizo Cohen"),
        ("Homeland Security Secretary", "Alejandro", "Mayorkas"),
    ];
    const TOWNS: [&str; 4] = ["Tapachula", "Huixtla", "Arriaga", "Tijuana"];
    const CITIES: [&str; 3] = ["Washington", "Mexico City", "Panama City"];

    fn article(rng: &mut Rng, url: usize, version: usize) -> Article {
        let day = 1 + rng.below(40);
        let (month, day) = if day > 30 { (4, day - 30) } else { (3, day) };
        let mut paragraphs = Vec::new();
        for _ in 0..2 + rng.below(3) {
            let (t1, g1, s1) = PEOPLE[rng.below(PEOPLE.len())];
            let (t2, g2, s2) = PEOPLE[rng.below(PEOPLE.len())];
            let last = s1.rsplit(' ').next().unwrap_or(s1);
            paragraphs.push(match rng.below(6) {
                0 | 1 => format!(
                    "{t1} {g1} {s1} met {t2} {g2} {s2} in {} on March {}, 2024 to discuss migration.",
                    CITIES[rng.below(CITIES.len())],
                    1 + rng.below(20)
                ),
                2 => format!(
                    "{} {last} said the talks with {g2} {s2} would continue.",
                    if rng.below(2) == 0 { t1 } else { "Mayor" }
                ),
                3 => format!(
                    "A caravan of about {} migrants left {} and passed through {} this week.",
                    (1 + rng.below(8)) * 1000,
                    TOWNS[rng.below(TOWNS.len())],
                    // A state is a place a caravan passes, but not a town that joins reports.
                    [TOWNS[rng.below(TOWNS.len())], "Chiapas"][rng.below(2)]
                ),
                // A second group in the article, which may match another article's first.
                4 => format!(
                    "Another group of about {} migrants left {} this week.",
                    (1 + rng.below(8)) * 100,
                    TOWNS[rng.below(TOWNS.len())],
                ),
                _ => format!("{g1} {last} spoke to reporters after the meeting."),
            });
        }
        Article {
            source: format!("https://example.org/news/{url}"),
            url: Some(format!("https://example.org/news/{url}")),
            title: Some(format!("Report {url} (version {version})")),
            published: (rng.below(10) > 0)
                .then(|| Date::new(2024, month as u32, day as u32))
                .flatten(),
            text: format!("Report {url}\n\n{}", paragraphs.join("\n\n")),
        }
    }

    /// Writes an article as ingest does; returns what resolution reads of it.
    fn write(store: &Store, g: &Gazetteer, a: &Article) -> ArticleInputs {
        let p = crate::ingest::prepare(g, a);
        let pending = [crate::store::pending_article(&p.article)];
        let mut tally = crate::summary::Tally::default();
        crate::store::write_article(
            store,
            &p.article,
            &p.hash,
            &p.quads,
            &pending,
            Some(&p.source),
            &mut tally,
        )
        .unwrap();
        tally.finish(store).unwrap();
        p.resolution_inputs
    }

    /// Removes an article as `newsgraph remove` does.
    fn remove(store: &Store, article: &oxigraph::model::NamedNode) {
        let mut tally = crate::summary::Tally::default();
        crate::store::remove_article(store, article, &mut tally).unwrap();
        tally.finish(store).unwrap();
    }

    fn resolution_graph_text(store: &Store) -> BTreeSet<String> {
        store
            .quads_for_pattern(None, None, None, Some(resolution()))
            .map(|q| q.unwrap().to_string())
            .collect()
    }

    #[test]
    fn a_pass_from_gathered_inputs_equals_a_pass_reading_the_store() {
        let g = Gazetteer::builtin();
        let mut kinds_seen: BTreeSet<&str> = BTreeSet::new();
        for seed in [7_u64, 1_234_567, 99, 4_242] {
            let mut rng = Rng(seed);
            let articles: Vec<Article> = (0..40).map(|url| article(&mut rng, url, 0)).collect();
            let (read, gathered) = (Store::new().unwrap(), Store::new().unwrap());
            let mut inputs = Inputs::default();
            let mut pending = Vec::new();
            for a in &articles {
                write(&read, &g, a);
                inputs.add(write(&gathered, &g, a));
                pending.push(crate::store::pending_article(&crate::rdf::article_iri(
                    a.url.as_deref().unwrap(),
                )));
            }
            let from_store = recompute(&read, &g).unwrap();
            let from_inputs = recompute_from(&gathered, &g, inputs, &pending).unwrap();
            assert!(!crate::store::is_resolution_pending(&gathered).unwrap());
            let expected = resolution_graph_text(&read);
            assert_eq!(
                resolution_graph_text(&gathered)
                    .symmetric_difference(&expected)
                    .collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "seed {seed}: the pass from gathered inputs (left) differs from the store's"
            );
            // Both passes count what they wrote, and that is what the graph holds.
            let counted = summarize(&read).unwrap();
            for summary in [from_store, from_inputs] {
                assert_eq!(
                    CrossSummary {
                        elapsed: Default::default(),
                        ..summary
                    },
                    counted
                );
            }
            for kind in [
                MEETING_RULE,
                GROUP_RULE,
                "shorter-name",
                "kept apart",
                prop::KEPT_APART_FROM,
            ] {
                if expected.iter().any(|q| q.contains(kind)) {
                    kinds_seen.insert(kind);
                }
            }
        }
        // The articles must exercise each kind of decision, or equality proves little.
        assert_eq!(kinds_seen.len(), 5, "decisions seen: {kinds_seen:?}");
    }

    #[test]
    fn a_store_with_articles_and_no_index_is_resolved_with_nothing_pending() {
        // What a first ingest stopped before its pass leaves: articles, no pending work
        // (gathered ingests list none), no index.
        let g = Gazetteer::builtin();
        let mut rng = Rng(5);
        let (stopped, expected) = (Store::new().unwrap(), Store::new().unwrap());
        for a in (0..12).map(|url| article(&mut rng, url, 0)) {
            write(&stopped, &g, &a);
            write(&expected, &g, &a);
        }
        for q in crate::store::pending_resolution(&stopped).unwrap() {
            stopped.remove(&q).unwrap();
        }
        assert!(resolve(&stopped, &g).unwrap().is_some(), "no pass ran");
        recompute(&expected, &g).unwrap();
        assert_eq!(
            resolution_graph_text(&stopped),
            resolution_graph_text(&expected)
        );
        assert!(
            resolve(&stopped, &g).unwrap().is_none(),
            "a complete index needs no second pass"
        );
        assert!(resolve(&Store::new().unwrap(), &g).unwrap().is_none());
    }

    #[test]
    fn a_whole_pass_over_a_resolved_store_removes_what_became_stale() {
        let g = Gazetteer::builtin();
        let mut rng = Rng(2_024);
        let articles: Vec<Article> = (0..16).map(|url| article(&mut rng, url, 0)).collect();
        let store = Store::new().unwrap();
        for a in &articles {
            write(&store, &g, a);
        }
        recompute(&store, &g).unwrap();
        let before = resolution_graph_text(&store);
        // Remove half the articles and replace two, with no pass in between.
        for url in 0..8 {
            let iri = crate::rdf::article_iri(&format!("https://example.org/news/{url}"));
            remove(&store, &iri);
        }
        let replacements: Vec<Article> = (8..10).map(|url| article(&mut rng, url, 1)).collect();
        for a in &replacements {
            write(&store, &g, a);
        }
        recompute(&store, &g).unwrap();
        assert!(!crate::store::is_resolution_pending(&store).unwrap());
        let after = resolution_graph_text(&store);

        let fresh = Store::new().unwrap();
        for a in replacements.iter().chain(&articles[10..]) {
            write(&fresh, &g, a);
        }
        recompute(&fresh, &g).unwrap();
        let expected = resolution_graph_text(&fresh);
        assert_ne!(before, expected, "the change must make some quads stale");
        assert_eq!(
            after.symmetric_difference(&expected).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "a pass over the changed store (left) differs from one over a fresh store"
        );
    }

    #[test]
    fn each_change_resolved_incrementally_equals_a_full_pass() {
        let g = Gazetteer::builtin();
        let mut kinds_seen: BTreeSet<String> = BTreeSet::new();
        for seed in [7_u64, 1_234_567, 99, 4_242, 31_337] {
            let mut rng = Rng(seed);
            let store = Store::new().unwrap();
            let mut present: Vec<usize> = Vec::new();
            for url in 0..12 {
                write(&store, &g, &article(&mut rng, url, 0));
                present.push(url);
            }
            recompute(&store, &g).unwrap();
            let mut next_url = 12;
            for step in 0..40 {
                let what = match rng.below(3) {
                    0 => {
                        write(&store, &g, &article(&mut rng, next_url, 0));
                        present.push(next_url);
                        next_url += 1;
                        "add"
                    }
                    1 if present.len() > 4 => {
                        let url = present.swap_remove(rng.below(present.len()));
                        let iri =
                            crate::rdf::article_iri(&format!("https://example.org/news/{url}"));
                        remove(&store, &iri);
                        "remove"
                    }
                    _ => {
                        let url = present[rng.below(present.len())];
                        write(&store, &g, &article(&mut rng, url, step + 1));
                        "replace"
                    }
                };
                // Every write also keeps the summary `stats` reads.
                assert_eq!(
                    crate::summary::differences_from_recount(&store).unwrap(),
                    Vec::<String>::new(),
                    "seed {seed}, step {step} ({what}): the kept summary (-) and a recount (+)"
                );
                let pending = crate::store::pending_resolution(&store).unwrap();
                update(&store, &g, &pending).unwrap();
                assert!(!crate::store::is_resolution_pending(&store).unwrap());
                let incremental = resolution_graph_text(&store);
                recompute(&store, &g).unwrap();
                let full = resolution_graph_text(&store);
                assert_eq!(
                    incremental.symmetric_difference(&full).collect::<Vec<_>>(),
                    Vec::<&String>::new(),
                    "seed {seed}, step {step} ({what}): incremental (left) and full pass differ"
                );
                for q in &full {
                    for kind in [
                        MEETING_RULE,
                        GROUP_RULE,
                        "surname-only",
                        "shorter-name",
                        "kept apart",
                        prop::KEPT_APART_FROM,
                    ] {
                        if q.contains(kind) {
                            kinds_seen.insert(kind.to_string());
                        }
                    }
                }
            }
        }
        // The corpus must exercise every kind of decision, or equality proves little.
        assert_eq!(kinds_seen.len(), 6, "decisions seen: {kinds_seen:?}");
    }
}
