//! The entity view: one typed graph (petgraph) of the people, officials, organisations,
//! places, meetings and migrant groups in the store, with the relations between them in words.
//!
//! Every diagram-like sink (DOT, GraphML, GeoJSON) draws this one view, so the filters
//! (`--graph`, `--focus/--depth`, `--types`, `--min-mentions`) mean the same in all of them.
//! Literals that a reader wants to see (titles, dates, sizes) are folded into the nodes here.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use oxigraph::model::{GraphName, NamedNode, Quad, Term};
use oxigraph::store::{StorageError, Store};
use petgraph::stable_graph::{NodeIndex, StableGraph};
use petgraph::visit::EdgeRef;

use super::ExportError;
use crate::rdf::build::span_of;
use crate::rdf::vocab::{class, external, prop};

/// What an entity is, as drawn: the most specific class it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Official,
    Person,
    Organization,
    Meeting,
    Group,
    Country,
    State,
    City,
    WorldRegion,
    Landmark,
    Place,
}

impl Kind {
    /// Every kind, in legend order.
    pub const ALL: [Kind; 11] = [
        Kind::Official,
        Kind::Person,
        Kind::Organization,
        Kind::Meeting,
        Kind::Group,
        Kind::Country,
        Kind::State,
        Kind::City,
        Kind::WorldRegion,
        Kind::Landmark,
        Kind::Place,
    ];

    /// The kind in words, for legends and properties.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Official => "Official",
            Kind::Person => "Person",
            Kind::Organization => "Organization",
            Kind::Meeting => "Meeting",
            Kind::Group => "Migrant group",
            Kind::Country => "Country",
            Kind::State => "State",
            Kind::City => "City",
            Kind::WorldRegion => "World region",
            Kind::Landmark => "Landmark",
            Kind::Place => "Place",
        }
    }

    /// Whether the kind is a place.
    pub fn is_place(self) -> bool {
        matches!(
            self,
            Kind::Country
                | Kind::State
                | Kind::City
                | Kind::WorldRegion
                | Kind::Landmark
                | Kind::Place
        )
    }

    fn of(types: &BTreeSet<&str>) -> Option<Kind> {
        let has = |c: &str| types.contains(c);
        Some(if has(class::OFFICIAL) {
            Kind::Official
        } else if has(class::PERSON) {
            Kind::Person
        } else if has(class::ORGANIZATION) {
            Kind::Organization
        } else if has(class::MEETING) {
            Kind::Meeting
        } else if has(class::MIGRANT_GROUP) {
            Kind::Group
        } else if has(class::COUNTRY) {
            Kind::Country
        } else if has(class::STATE) {
            Kind::State
        } else if has(class::CITY) {
            Kind::City
        } else if has(class::WORLD_REGION) {
            Kind::WorldRegion
        } else if has(class::LANDMARK) {
            Kind::Landmark
        } else if has(class::PLACE) {
            Kind::Place
        } else {
            return None;
        })
    }
}

/// The kinds `--types` selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EntityType {
    /// People, officials included.
    Person,
    Official,
    #[value(alias = "org", alias = "organisation")]
    Organization,
    /// Every place: countries, states, cities, regions, landmarks.
    Place,
    Country,
    State,
    City,
    Region,
    Landmark,
    Meeting,
    /// Migrant groups and caravans.
    Group,
}

impl EntityType {
    fn selects(self, kind: Kind) -> bool {
        match self {
            EntityType::Person => matches!(kind, Kind::Person | Kind::Official),
            EntityType::Official => kind == Kind::Official,
            EntityType::Organization => kind == Kind::Organization,
            EntityType::Place => kind.is_place(),
            EntityType::Country => kind == Kind::Country,
            EntityType::State => kind == Kind::State,
            EntityType::City => kind == Kind::City,
            EntityType::Region => kind == Kind::WorldRegion,
            EntityType::Landmark => kind == Kind::Landmark,
            EntityType::Meeting => kind == Kind::Meeting,
            EntityType::Group => kind == Kind::Group,
        }
    }
}

/// A relation between two entities, drawn as an edge labelled in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    MetAt,
    HeldIn,
    OrganisedBy,
    Includes,
    From,
    LeftFrom,
    PassedThrough,
    IsAt,
    HeadsToward,
    Serves,
    MemberOf,
    CitizenOf,
    BasedIn,
    In,
}

/// Families of relations, coloured alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    /// Who met where.
    Meeting,
    /// Where groups come from, are and go.
    Movement,
    /// Who leads or belongs to what, who serves whom.
    Affiliation,
    /// Which place lies in which.
    Geography,
}

impl Relation {
    /// The relation in words.
    pub fn words(self) -> &'static str {
        match self {
            Relation::MetAt => "met at",
            Relation::HeldIn => "held in",
            Relation::OrganisedBy => "organised by",
            Relation::Includes => "includes",
            Relation::From => "from",
            Relation::LeftFrom => "left",
            Relation::PassedThrough => "passed through",
            Relation::IsAt => "is at",
            Relation::HeadsToward => "heads toward",
            Relation::Serves => "serves",
            Relation::MemberOf => "member of",
            Relation::CitizenOf => "citizen of",
            Relation::BasedIn => "based in",
            Relation::In => "in",
        }
    }

    /// The family the relation belongs to.
    pub fn family(self) -> Family {
        match self {
            Relation::MetAt | Relation::HeldIn => Family::Meeting,
            Relation::From
            | Relation::LeftFrom
            | Relation::PassedThrough
            | Relation::IsAt
            | Relation::HeadsToward => Family::Movement,
            Relation::OrganisedBy
            | Relation::Includes
            | Relation::Serves
            | Relation::MemberOf
            | Relation::CitizenOf
            | Relation::BasedIn => Family::Affiliation,
            Relation::In => Family::Geography,
        }
    }

    /// The relation a property stands for, and whether the edge runs from object to subject
    /// (a person "met at" a meeting reads better than a meeting "has participant" a person).
    fn of(predicate: &str) -> Option<(Relation, bool)> {
        Some(match predicate {
            prop::PARTICIPANT => (Relation::MetAt, true),
            prop::LOCATION => (Relation::HeldIn, false),
            prop::ORGANIZER => (Relation::OrganisedBy, false),
            prop::MEMBER => (Relation::Includes, false),
            prop::ORIGIN => (Relation::From, false),
            prop::DEPARTED_FROM => (Relation::LeftFrom, false),
            prop::PASSED_THROUGH => (Relation::PassedThrough, false),
            prop::AT_PLACE => (Relation::IsAt, false),
            prop::DESTINATION => (Relation::HeadsToward, false),
            prop::AFFILIATION => (Relation::Serves, false),
            prop::MEMBER_OF => (Relation::MemberOf, false),
            prop::NATIONALITY => (Relation::CitizenOf, false),
            prop::COUNTRY => (Relation::BasedIn, false),
            prop::CONTAINED_IN => (Relation::In, false),
            _ => return None,
        })
    }
}

/// A stop of a group's route, in the order the text gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Stop {
    pub name: String,
    pub lon: f64,
    pub lat: f64,
}

/// One node of the view.
#[derive(Clone, Debug)]
pub struct Entity {
    pub iri: String,
    pub kind: Kind,
    /// The name to show (never an IRI).
    pub label: String,
    /// Literals folded into the node: titles, role, date, status, topic, sizes.
    pub details: Vec<String>,
    /// Sentences that name it (`ng:evidence`), over all articles shown.
    pub mentions: usize,
    /// The articles (graph names) that hold the entity.
    pub articles: BTreeSet<String>,
    /// WGS84 (longitude, latitude), for places the gazetteer locates.
    pub coordinates: Option<(f64, f64)>,
    /// For migrant groups: the located towns and landmarks of the route, in text order.
    pub route: Vec<Stop>,
    /// The country the entity lies in or serves, for clustering by country.
    pub country: Option<String>,
}

/// The entity graph and what the sinks need besides it.
#[derive(Debug, Default)]
pub struct View {
    pub graph: StableGraph<Entity, Relation>,
    /// Headline (or IRI tail) of each article, by article IRI.
    pub headlines: BTreeMap<String, String>,
}

/// Which part of the store the view shows.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only this article graph.
    pub graph: Option<NamedNode>,
    /// Only entities within `depth` relations of the entity with this name or IRI.
    pub focus: Option<String>,
    pub depth: usize,
    /// Only entities of these kinds (all when empty).
    pub types: Vec<EntityType>,
    /// Only entities named in at least this many sentences.
    pub min_mentions: usize,
}

impl Filter {
    /// Whether any filter other than `--graph` is set.
    pub fn narrows(&self) -> bool {
        self.focus.is_some() || !self.types.is_empty() || self.min_mentions > 0
    }
}

/// The quads the view is built from, indexed by subject.
struct Facts {
    /// subject -> (predicate, object, graph)
    by_subject: HashMap<String, Vec<(String, Term, String)>>,
}

impl Facts {
    fn read(store: &Store, graph: Option<&NamedNode>) -> Result<Facts, ExportError> {
        let mut by_subject: HashMap<String, Vec<(String, Term, String)>> = HashMap::new();
        let quads: Box<dyn Iterator<Item = Result<Quad, StorageError>>> = match graph {
            Some(g) => Box::new(crate::store::article_quads(store, g)?.into_iter().map(Ok)),
            None => Box::new(store.iter()),
        };
        for q in quads {
            let q = q?;
            let GraphName::NamedNode(g) = q.graph_name else {
                continue; // the default graph holds bookkeeping only
            };
            by_subject.entry(q.subject.to_string()).or_default().push((
                q.predicate.into_string(),
                q.object,
                g.into_string(),
            ));
        }
        Ok(Facts { by_subject })
    }

    fn of(&self, subject: &str) -> &[(String, Term, String)] {
        self.by_subject
            .get(&format!("<{subject}>"))
            .map_or(&[], Vec::as_slice)
    }

    fn literals<'a>(&'a self, subject: &str, p: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.of(subject)
            .iter()
            .filter_map(move |(q, o, _)| match o {
                Term::Literal(l) if q == p => Some(l.value()),
                _ => None,
            })
    }

    fn iris<'a>(&'a self, subject: &str, p: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.of(subject)
            .iter()
            .filter_map(move |(q, o, g)| match o {
                Term::NamedNode(n) if q == p => Some((n.as_str(), g.as_str())),
                _ => None,
            })
    }

    fn distinct_literals(&self, subject: &str, p: &str) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.literals(subject, p)
            .filter(|v| seen.insert(v.to_string()))
            .map(str::to_string)
            .collect()
    }
}

/// Builds the view of `store` under `filter`.
pub fn build(store: &Store, filter: &Filter) -> Result<View, ExportError> {
    let facts = Facts::read(store, filter.graph.as_ref())?;
    let mut view = View::default();

    // Entities, in a stable order (kind, label, IRI) so that outputs are deterministic.
    let mut entities = Vec::new();
    for (subject, list) in &facts.by_subject {
        let Some(iri) = subject.strip_prefix('<').and_then(|s| s.strip_suffix('>')) else {
            continue;
        };
        let types: BTreeSet<&str> = list
            .iter()
            .filter(|(p, _, _)| p == external::RDF_TYPE)
            .filter_map(|(_, o, _)| match o {
                Term::NamedNode(n) => Some(n.as_str()),
                _ => None,
            })
            .collect();
        if types.contains(class::ARTICLE) {
            let headline = facts
                .literals(iri, prop::HEADLINE)
                .next()
                .map(str::to_string)
                .unwrap_or_else(|| iri.rsplit('/').next().unwrap_or(iri).to_string());
            view.headlines.insert(iri.to_string(), headline);
        }
        if let Some(kind) = Kind::of(&types) {
            entities.push(entity(&facts, iri, kind));
        }
    }
    // Only article graphs count as articles (not, say, a graph of cross-article links).
    for e in &mut entities {
        e.articles.retain(|a| view.headlines.contains_key(a));
    }
    entities.sort_by(|a, b| (a.kind, &a.label, &a.iri).cmp(&(b.kind, &b.label, &b.iri)));
    let mut index = HashMap::new();
    for e in entities {
        let iri = e.iri.clone();
        index.insert(iri, view.graph.add_node(e));
    }

    // Relations between entities.
    let mut edges = BTreeSet::new();
    for (iri, &from) in &index {
        for (p, o, _) in facts.of(iri) {
            let (Some((relation, reversed)), Term::NamedNode(target)) = (Relation::of(p), o) else {
                continue;
            };
            if let Some(&to) = index.get(target.as_str()) {
                edges.insert(if reversed {
                    (to, from, relation)
                } else {
                    (from, to, relation)
                });
            }
        }
    }
    for (a, b, r) in edges {
        view.graph.add_edge(a, b, r);
    }

    assign_countries(&mut view.graph);
    narrow(&mut view.graph, filter)?;
    Ok(view)
}

fn entity(facts: &Facts, iri: &str, kind: Kind) -> Entity {
    // The graphs that type it or hold the rules that found it (a gazetteer place is typed in
    // the gazetteer graph only).
    let articles: BTreeSet<String> = facts
        .of(iri)
        .iter()
        .filter(|(p, _, _)| p == external::RDF_TYPE || p == prop::RULE)
        .map(|(_, _, g)| g.clone())
        .collect();
    let mentions = facts
        .iris(iri, prop::EVIDENCE)
        .map(|(m, _)| m)
        .collect::<BTreeSet<_>>()
        .len();
    let mut details = Vec::new();
    let label = match kind {
        Kind::Meeting => {
            let what = facts
                .literals(iri, prop::MEETING_KIND)
                .next()
                .unwrap_or("meeting");
            let mut head = capitalise(what);
            if let Some(d) = facts.literals(iri, prop::DATE).next() {
                head = format!("{head}, {d}");
            }
            details.extend(facts.distinct_literals(iri, prop::STATUS));
            details.extend(
                facts
                    .distinct_literals(iri, prop::TOPIC)
                    .into_iter()
                    .map(|t| clip(&t, 50)),
            );
            head
        }
        Kind::Group => {
            // In the order the article gives them (size/1, size/2, ...).
            let reports: BTreeSet<&str> = facts.iris(iri, prop::SIZE).map(|(r, _)| r).collect();
            for text in reports.into_iter().map(|r| size_text(facts, r)) {
                if !details.contains(&text) {
                    details.push(text);
                }
            }
            if let Some(n) = facts.literals(iri, prop::NATIONALITY_COUNT).next() {
                details.push(format!("{n} nationalities"));
            }
            "Migrant group".to_string()
        }
        Kind::Official | Kind::Person => {
            details.extend(
                facts
                    .distinct_literals(iri, prop::TITLE)
                    .into_iter()
                    .take(2),
            );
            details.extend(
                facts
                    .distinct_literals(iri, prop::ROLE)
                    .into_iter()
                    .filter(|r| r != "official" && r != "other"),
            );
            best_label(facts, iri)
        }
        _ => best_label(facts, iri),
    };
    let number = |p: &str| {
        facts
            .literals(iri, p)
            .next()
            .and_then(|v| v.parse::<f64>().ok())
    };
    let coordinates = number(prop::LONGITUDE).zip(number(prop::LATITUDE));
    let route = if kind == Kind::Group {
        route(facts, iri)
    } else {
        Vec::new()
    };
    Entity {
        iri: iri.to_string(),
        kind,
        label,
        details,
        mentions,
        articles,
        coordinates,
        route,
        country: None,
    }
}

/// The label most articles give (then the longest): a name, never an IRI.
fn best_label(facts: &Facts, iri: &str) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for l in facts.literals(iri, external::RDFS_LABEL) {
        *counts.entry(l).or_default() += 1;
    }
    if counts.is_empty() {
        for l in facts.literals(iri, prop::NAME) {
            *counts.entry(l).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(a.0.chars().count().cmp(&b.0.chars().count()))
                .then(b.0.cmp(a.0))
        })
        .map(|(l, _)| l.to_string())
        .unwrap_or_else(|| "(unnamed)".to_string())
}

/// A size report in words: "about 3,500", "4,000–5,000".
fn size_text(facts: &Facts, report: &str) -> String {
    let mut values: Vec<u64> = facts
        .literals(report, prop::ESTIMATE)
        .filter_map(|v| v.parse().ok())
        .collect();
    values.sort();
    let figure = values
        .iter()
        .map(|v| thousands(*v))
        .collect::<Vec<_>>()
        .join("–");
    match facts.literals(report, prop::QUALIFIER).next() {
        Some(q) => format!("{q} {figure}"),
        None => figure,
    }
}

/// The located towns and landmarks a group left, passed, is at or heads to, in the order of
/// the first sentence that names them in the group's article; within one sentence, a place
/// left comes before one passed, one the group is at, and one it heads to, and places of one
/// role go nearest the stop before first.
fn route(facts: &Facts, group: &str) -> Vec<Stop> {
    let mut stops: BTreeMap<&str, (u64, usize)> = BTreeMap::new();
    for (rank, p) in [
        prop::DEPARTED_FROM,
        prop::PASSED_THROUGH,
        prop::AT_PLACE,
        prop::DESTINATION,
    ]
    .into_iter()
    .enumerate()
    {
        for (place, graph) in facts.iris(group, p) {
            let first = facts
                .iris(place, prop::EVIDENCE)
                .filter(|(_, g)| *g == graph)
                .filter_map(|(sentence, _)| Some(span_of(sentence)?.0))
                .min()
                .unwrap_or(u64::MAX);
            let entry = stops.entry(place).or_insert((first, rank));
            *entry = (*entry).min((first, rank));
        }
    }
    let mut ordered: Vec<((u64, usize), &str)> = stops.iter().map(|(p, at)| (*at, *p)).collect();
    ordered.sort();
    let located: Vec<((u64, usize), Stop)> = ordered
        .into_iter()
        .filter_map(|(at, place)| {
            let types: BTreeSet<&str> = facts
                .iris(place, external::RDF_TYPE)
                .map(|(t, _)| t)
                .collect();
            // Countries, states and regions carry one representative point: not a stop.
            if !matches!(Kind::of(&types), Some(Kind::City | Kind::Landmark)) {
                return None;
            }
            let n = |p: &str| facts.literals(place, p).next()?.parse::<f64>().ok();
            let stop = Stop {
                name: best_label(facts, place),
                lon: n(prop::LONGITUDE)?,
                lat: n(prop::LATITUDE)?,
            };
            Some((at, stop))
        })
        .collect();
    nearest_first_within_ties(located)
}

/// Orders stops that tie on (sentence, role), such as two towns passed through in one
/// sentence, whose order the text gives but the graph does not keep: each next is the one
/// nearest the stop before, as a group on the move passes the nearer town first.
fn nearest_first_within_ties<K: PartialEq>(stops: Vec<(K, Stop)>) -> Vec<Stop> {
    let mut out: Vec<Stop> = Vec::with_capacity(stops.len());
    let mut rest = stops.into_iter().peekable();
    while let Some((key, first)) = rest.next() {
        let mut tied = vec![first];
        while let Some((_, stop)) = rest.next_if(|(k, _)| *k == key) {
            tied.push(stop);
        }
        while !tied.is_empty() {
            let next = match out.last() {
                Some(before) => {
                    let distance =
                        |s: &Stop| (s.lon - before.lon).powi(2) + (s.lat - before.lat).powi(2);
                    (0..tied.len())
                        .min_by(|&a, &b| distance(&tied[a]).total_cmp(&distance(&tied[b])))
                        .unwrap_or(0)
                }
                None => 0,
            };
            out.push(tied.remove(next));
        }
    }
    out
}

/// Sets each entity's country: a place's own or enclosing country, the country a person
/// serves or comes from, an organisation's country, a meeting's place's country.
fn assign_countries(g: &mut StableGraph<Entity, Relation>) {
    let follow = |g: &StableGraph<Entity, Relation>, n: NodeIndex, rels: &[Relation]| {
        g.edges(n)
            .filter(|e| rels.contains(e.weight()))
            .map(|e| e.target())
            .collect::<Vec<_>>()
    };
    let place_country = |g: &StableGraph<Entity, Relation>, start: NodeIndex| {
        let mut n = start;
        for _ in 0..6 {
            if g[n].kind == Kind::Country {
                return Some(g[n].label.clone());
            }
            n = *follow(g, n, &[Relation::In]).first()?;
        }
        None
    };
    let indices: Vec<NodeIndex> = g.node_indices().collect();
    for n in indices {
        let kind = g[n].kind;
        let country = if kind.is_place() {
            place_country(g, n)
        } else {
            let rels: &[Relation] = match kind {
                Kind::Official | Kind::Person => &[Relation::Serves, Relation::CitizenOf],
                Kind::Organization => &[Relation::BasedIn],
                Kind::Meeting => &[Relation::HeldIn],
                _ => &[],
            };
            rels.iter()
                .flat_map(|r| follow(g, n, &[*r]))
                .find_map(|t| place_country(g, t))
        };
        g[n].country = country;
    }
}

/// Applies `--types`, `--min-mentions` and then `--focus`/`--depth` (not through countries).
fn narrow(g: &mut StableGraph<Entity, Relation>, filter: &Filter) -> Result<(), ExportError> {
    let seeds: Vec<NodeIndex> = match &filter.focus {
        Some(name) => {
            let seeds = find(g, name);
            if seeds.is_empty() {
                return Err(ExportError::NoSuchEntity {
                    name: name.clone(),
                    suggestions: suggestions(g, name),
                });
            }
            seeds
        }
        None => Vec::new(),
    };
    g.retain_nodes(|g, n| {
        seeds.contains(&n)
            || ((filter.types.is_empty() || filter.types.iter().any(|t| t.selects(g[n].kind)))
                && g[n].mentions >= filter.min_mentions)
    });
    if !seeds.is_empty() {
        let mut keep: BTreeSet<NodeIndex> = seeds.iter().copied().collect();
        let mut queue: VecDeque<(NodeIndex, usize)> = seeds.iter().map(|&s| (s, 0)).collect();
        while let Some((n, d)) = queue.pop_front() {
            // Countries and regions are reached but not walked through: everything in a
            // country is two steps from anyone who serves it, which would be a hairball.
            let hub = matches!(g[n].kind, Kind::Country | Kind::WorldRegion) && d > 0;
            if d == filter.depth || hub {
                continue;
            }
            for m in g.neighbors_undirected(n) {
                if keep.insert(m) {
                    queue.push_back((m, d + 1));
                }
            }
        }
        g.retain_nodes(|_, n| keep.contains(&n));
    }
    Ok(())
}

/// Entities whose IRI (full or prefixed) or label is `name` (case-insensitive).
fn find(g: &StableGraph<Entity, Relation>, name: &str) -> Vec<NodeIndex> {
    let wanted = name.trim().to_lowercase();
    let iri = expand(name.trim());
    g.node_indices()
        .filter(|&n| g[n].iri == iri || g[n].label.to_lowercase() == wanted)
        .collect()
}

/// A prefixed name (`ngid:person/x`) as a full IRI; anything else unchanged.
fn expand(name: &str) -> String {
    for (p, ns) in crate::PREFIXES {
        if let Some(rest) = name.strip_prefix(&format!("{p}:")) {
            return format!("{ns}{rest}");
        }
    }
    name.trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

fn suggestions(g: &StableGraph<Entity, Relation>, name: &str) -> Vec<String> {
    let words: Vec<String> = name
        .to_lowercase()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let mut out: Vec<String> = g
        .node_weights()
        .filter(|e| {
            let l = e.label.to_lowercase();
            words.iter().any(|w| l.contains(w.as_str()))
        })
        .map(|e| e.label.clone())
        .collect();
    out.sort();
    out.dedup();
    out.truncate(5);
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// At most `max` characters, an ellipsis marking the cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!(
            "{}…",
            s.chars().take(max - 1).collect::<String>().trim_end()
        )
    }
}

fn thousands(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_named_together_go_nearest_first() {
        let stop = |name: &str, lon: f64| Stop {
            name: name.into(),
            lon,
            lat: 15.0,
        };
        // Left from A; B and C passed in one sentence, listed far one first; then D.
        let stops = vec![
            (0, stop("A", 0.0)),
            (1, stop("C", 2.0)),
            (1, stop("B", 1.0)),
            (2, stop("D", 3.0)),
        ];
        let names: Vec<String> = nearest_first_within_ties(stops)
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["A", "B", "C", "D"]);
    }

    #[test]
    fn figures_read_like_the_news() {
        assert_eq!(thousands(3500), "3,500");
        assert_eq!(thousands(80000), "80,000");
        assert_eq!(thousands(150), "150");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn prefixed_names_expand() {
        assert_eq!(
            expand("ngid:person/antony-blinken"),
            "https://w3id.org/newsgraph/id/person/antony-blinken"
        );
        assert_eq!(expand("<http://x/y>"), "http://x/y");
    }
}
