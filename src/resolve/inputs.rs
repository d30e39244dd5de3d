//! What a whole resolution pass reads of the articles (people's names and titles, meeting
//! reports, caravan reports), taken from each article's quads as ingest prepares them. A first
//! ingest into an empty store resolves from these and does not read the store back: at 100k
//! articles reading took some 40-60 s of a 107-125 s pass, as every term read back costs a
//! RocksDB lookup. Each selection mirrors a query of the store-reading pass in
//! [`super::cross`], and a test checks that both passes write the same resolution graph.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};

use super::cross::{keep_min, Group, Meeting, People, Person};
use super::names::PersonKey;
use crate::date::Date;
use crate::gazetteer::{fold, Gazetteer};
use crate::query::plain;
use crate::rdf::vocab::{class, external, prop, GAZETTEER_GRAPH};
use crate::rdf::{pack, unpack};

/// What resolution reads of one article's quads.
#[derive(Debug, Default)]
pub struct ArticleInputs {
    /// Person nodes with the keys of their labels and their folded titles.
    people: Vec<(String, Vec<PersonKey>, Vec<String>)>,
    /// Meeting reports, with their participants as the article names them.
    meetings: Vec<(String, Meeting)>,
    /// Caravan reports, with every place they left, are at or passed, towns or not.
    groups: Vec<(String, Group)>,
    /// Places typed as towns or cities.
    cities: Vec<String>,
}

/// What resolution reads of one node of an article, by its kind.
enum NodeInputs {
    Person(Vec<PersonKey>, Vec<String>),
    Meeting(Meeting),
    Group(Group),
}

impl ArticleInputs {
    /// Selects from the quads of one article (its graph, and the gazetteer facts it brings)
    /// what the store-reading pass reads of them.
    pub fn of(g: &Gazetteer, quads: &[Quad]) -> Self {
        let in_article = |q: &Quad| matches!(&q.graph_name, GraphName::NamedNode(n) if n.as_str() != GAZETTEER_GRAPH);
        let mut cities = Vec::new();
        let mut published = None;
        let mut nodes: HashMap<&str, NodeInputs> = HashMap::default();
        for q in quads {
            let NamedOrBlankNode::NamedNode(subject) = &q.subject else {
                continue;
            };
            let subject = subject.as_str();
            match (q.predicate.as_str(), &q.object) {
                (external::RDF_TYPE, Term::NamedNode(class)) => {
                    let role = match class.as_str() {
                        class::PERSON => NodeInputs::Person(Vec::new(), Vec::new()),
                        class::MEETING if in_article(q) => NodeInputs::Meeting(Meeting::default()),
                        class::MIGRANT_GROUP if in_article(q) => {
                            NodeInputs::Group(Group::default())
                        }
                        class::CITY => {
                            cities.push(subject.to_string());
                            continue;
                        }
                        _ => continue,
                    };
                    nodes.entry(subject).or_insert(role);
                }
                (prop::PUBLISHED, object) if matches!(&q.graph_name, GraphName::NamedNode(a) if a.as_str() == subject) =>
                {
                    keep_min(&mut published, Date::parse_iso(&plain(object)));
                }
                _ => {}
            }
        }
        for q in quads {
            let NamedOrBlankNode::NamedNode(subject) = &q.subject else {
                continue;
            };
            let Some(role) = nodes.get_mut(subject.as_str()) else {
                continue;
            };
            let object = &q.object;
            match (role, q.predicate.as_str()) {
                (NodeInputs::Person(keys, _), external::RDFS_LABEL) if in_article(q) => {
                    if let Term::Literal(label) = object {
                        keys.extend(PersonKey::of(g, label.value()));
                    }
                }
                (NodeInputs::Person(_, titles), prop::TITLE) => {
                    if let Term::Literal(title) = object {
                        titles.push(fold(title.value()));
                    }
                }
                (NodeInputs::Meeting(m), prop::PARTICIPANT) if in_article(q) => {
                    m.participants.insert(plain(object));
                }
                (NodeInputs::Meeting(m), prop::LOCATION) if in_article(q) => {
                    keep_min(&mut m.location, Some(plain(object)));
                }
                (NodeInputs::Meeting(m), prop::DATE) if in_article(q) => {
                    keep_min(&mut m.date, Date::parse_iso(&plain(object)));
                }
                (
                    NodeInputs::Group(gr),
                    prop::DEPARTED_FROM | prop::AT_PLACE | prop::PASSED_THROUGH,
                ) if in_article(q) => {
                    gr.towns.insert(plain(object));
                }
                _ => {}
            }
        }
        let mut inputs = ArticleInputs {
            cities,
            ..ArticleInputs::default()
        };
        for (node, role) in nodes {
            let node = node.to_string();
            match role {
                NodeInputs::Person(keys, titles) => inputs.people.push((node, keys, titles)),
                // The store-reading pass joins a meeting with its participants: a meeting
                // without any is not read.
                NodeInputs::Meeting(mut m) if !m.participants.is_empty() => {
                    m.published = published;
                    inputs.meetings.push((node, m));
                }
                NodeInputs::Meeting(_) => {}
                NodeInputs::Group(mut gr) => {
                    gr.published = published;
                    inputs.groups.push((node, gr));
                }
            }
        }
        inputs
    }
}

/// What resolution reads of a set of articles, gathered one article at a time and held
/// compactly (see [`pack`]): at 100k articles, 600k people, 140k meeting and 120k caravan
/// reports took some 450 MB as the pass's own maps, and about a third of that here.
#[derive(Debug, Default)]
pub struct Inputs {
    people: HashMap<Box<str>, PackedPerson>,
    meetings: Vec<(Box<str>, PackedMeeting)>,
    groups: Vec<(Box<str>, PackedGroup)>,
    cities: HashSet<Box<str>>,
}

/// The name key of a person's fullest label once one gave a key (as the index writes it,
/// "given|surnames"), and its folded titles.
type PackedPerson = (Option<Box<str>>, Vec<Box<str>>);

/// The places a caravan report left, is at or passed, and its publication date.
type PackedGroup = (Vec<Box<str>>, Option<Date>);

#[derive(Debug)]
struct PackedMeeting {
    participants: Vec<Box<str>>,
    location: Option<Box<str>>,
    date: Option<Date>,
    published: Option<Date>,
}

impl Inputs {
    pub fn add(&mut self, article: ArticleInputs) {
        for (node, keys, titles) in article.people {
            let (name_key, known_titles) = self.people.entry(pack(&node)).or_default();
            let mut person = name_key
                .as_deref()
                .and_then(PersonKey::from_name_key)
                .map(|key| Person {
                    key,
                    titles: BTreeSet::new(),
                });
            for key in keys {
                Person::add_label(&mut person, key);
            }
            *name_key = person.map(|p| p.key.name_key().into_boxed_str());
            for title in titles {
                if !known_titles.iter().any(|t| **t == *title) {
                    known_titles.push(title.into_boxed_str());
                }
            }
        }
        for (node, m) in article.meetings {
            self.meetings.push((
                pack(&node),
                PackedMeeting {
                    participants: m.participants.iter().map(|p| pack(p)).collect(),
                    location: m.location.as_deref().map(pack),
                    date: m.date,
                    published: m.published,
                },
            ));
        }
        for (node, gr) in article.groups {
            self.groups.push((
                pack(&node),
                (gr.towns.iter().map(|t| pack(t)).collect(), gr.published),
            ));
        }
        self.cities.extend(article.cities.iter().map(|c| pack(c)));
    }

    /// The people (nodes with a key), as the store-reading pass reads them, taken out of the
    /// gathered inputs. The pass takes one kind at a time and drops it once decided: at 100k
    /// articles, 600k people unpacked with every report beside them peaked near 1 GB.
    pub(super) fn take_people(&mut self) -> People {
        std::mem::take(&mut self.people)
            .into_iter()
            .filter_map(|(node, (name_key, titles))| {
                let key = PersonKey::from_name_key(&name_key?)?;
                let titles = titles.into_iter().map(String::from).collect();
                Some((unpack(&node), Person { key, titles }))
            })
            .collect()
    }

    /// The meeting reports, as the store-reading pass reads them, taken out of the gathered
    /// inputs; the caravan reports stay packed.
    pub(super) fn take_meetings(&mut self) -> BTreeMap<String, Meeting> {
        let mut meetings: BTreeMap<String, Meeting> = BTreeMap::new();
        for (node, m) in std::mem::take(&mut self.meetings) {
            let e = meetings.entry(unpack(&node)).or_default();
            e.participants
                .extend(m.participants.iter().map(|p| unpack(p)));
            keep_min(&mut e.location, m.location.as_deref().map(unpack));
            keep_min(&mut e.date, m.date);
            keep_min(&mut e.published, m.published);
        }
        meetings
    }

    /// The caravan reports that left or passed a town, as the store-reading pass reads them.
    pub(super) fn into_groups(self) -> BTreeMap<String, Group> {
        let mut groups: BTreeMap<String, Group> = BTreeMap::new();
        for (node, (places, published)) in self.groups {
            let towns: Vec<String> = places
                .iter()
                .filter(|p| self.cities.contains(*p))
                .map(|p| unpack(p))
                .collect();
            if towns.is_empty() {
                continue;
            }
            let e = groups.entry(unpack(&node)).or_default();
            e.towns.extend(towns);
            keep_min(&mut e.published, published);
        }
        groups
    }
}
