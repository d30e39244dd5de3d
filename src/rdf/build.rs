//! From an article's extraction to quads: one named graph per article (the article's IRI),
//! deterministic IRIs, and provenance down to the sentence for every entity and event.

use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

use super::vocab::{class, external, prop, GAZETTEER_GRAPH, ID};
use crate::date::Date;
use crate::extract::{Evidence, Extraction};
use crate::gazetteer::PlaceKind;
use crate::gazetteer::{fold, Gazetteer};
use crate::text::Doc;

/// The most sentences recorded as evidence for one entity in one article.
pub const MAX_EVIDENCE_PER_ENTITY: usize = 16;

/// The version written on every article graph.
pub const EXTRACTOR_VERSION: &str = concat!("newsgraph ", env!("CARGO_PKG_VERSION"));

/// What is known of an article besides its text.
#[derive(Clone, Debug)]
pub struct ArticleMeta {
    /// The article's identity: its URL when known, else "sha256:" and its content hash.
    pub identity: String,
    /// The hash of the cleaned text ([`content_hash`]), computed once by the caller.
    pub content_hash: String,
    pub url: Option<String>,
    pub headline: Option<String>,
    pub published: Option<Date>,
}

/// A lowercase ASCII slug of a name ("López Obrador" -> "lopez-obrador").
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        // Names in scripts a slug cannot hold keep a stable id from their hash.
        hex(&Sha256::digest(name.as_bytes())[..6])
    } else {
        trimmed.to_string()
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

/// The SHA-256 of a text, in hex.
pub fn content_hash(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// The IRI of an article: stable for its identity (URL or path).
pub fn article_iri(identity: &str) -> NamedNode {
    NamedNode::new_unchecked(format!(
        "{ID}article/{}",
        &hex(&Sha256::digest(identity.as_bytes()))[..20]
    ))
}

/// The IRI of the characters `start..end` of an article's cleaned text: the article IRI with an
/// RFC 5147 fragment, `#char=START,END` (the convention NIF uses for spans of text).
pub fn span_iri(article: &NamedNode, start: u64, end: u64) -> NamedNode {
    NamedNode::new_unchecked(format!("{}#char={start},{end}", article.as_str()))
}

/// The character offsets `(start, end)` of a span IRI made by [`span_iri`].
pub fn span_of(iri: &str) -> Option<(u64, u64)> {
    let (start, end) = iri.rsplit_once("#char=")?.1.split_once(',')?;
    Some((start.parse().ok()?, end.parse().ok()?))
}

/// The IRI of an extraction rule ("title-name"), described in the gazetteer graph.
pub fn rule_iri(rule: &str) -> NamedNode {
    joined_iri(&[ID, "rule/", rule])
}

fn node(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// An IRI from its parts: `concat` where `format!` cost several times as much per entity.
fn joined_iri(parts: &[&str]) -> NamedNode {
    NamedNode::new_unchecked(parts.concat())
}

struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Writer {
    fn add(&mut self, s: &NamedNode, p: &str, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            node(p),
            o.into(),
            self.graph.clone(),
        ));
    }
    fn str(&mut self, s: &NamedNode, p: &str, v: &str) {
        self.add(s, p, Literal::new_simple_literal(v));
    }
    fn int(&mut self, s: &NamedNode, p: &str, v: u64) {
        self.add(
            s,
            p,
            Literal::new_typed_literal(v.to_string(), xsd::INTEGER),
        );
    }
    fn typed(&mut self, s: &NamedNode, c: &str) {
        self.add(s, external::RDF_TYPE, node(c));
    }
}

/// Builds the quads of one article's named graph, followed by the reference facts about the
/// gazetteer places it names (in [`GAZETTEER_GRAPH`]).
/// The name to show for a gazetteer place in one article: the fullest form the article writes,
/// when none of its forms is the gazetteer's `label` (a reader of "Salvador Mazza" would not
/// know "Profesor Salvador Mazza"). A form without lower-case letters is never shown: it is an
/// abbreviation ("U.S.", "N.Y."), which the gazetteer's name spells out, or the dateline's
/// capitals ("FORT-LIBERTÉ").
fn article_label<'a>(label: &str, names: &'a [String]) -> Option<&'a str> {
    let unarticled = |n: &str| {
        let n = fold(n);
        n.strip_prefix("the ").map(str::to_string).unwrap_or(n)
    };
    let label = unarticled(label);
    if names.iter().any(|n| unarticled(n) == label) {
        return None;
    }
    let mut best: Option<&str> = None;
    let spelled_out = |n: &str| {
        let n = n
            .strip_prefix("The ")
            .or(n.strip_prefix("the "))
            .unwrap_or(n);
        // (Not "the state of San Luis Potosí": a name that says the place's kind is for
        // telling namesakes apart, not for showing.) "al-Qaryatayn" opens on its article.
        let past_article = match n.split_once('-') {
            Some((article, rest))
                if (1..=3).contains(&article.len())
                    && article.chars().all(|c| c.is_ascii_lowercase()) =>
            {
                rest
            }
            _ => n,
        };
        past_article.chars().next().is_some_and(char::is_uppercase)
            && n.chars().any(char::is_lowercase)
    };
    for n in names.iter().filter(|n| spelled_out(n)) {
        if best.is_none_or(|b| n.chars().count() > b.chars().count()) {
            best = Some(n);
        }
    }
    best
}

pub fn build_article(
    g: &Gazetteer,
    meta: &ArticleMeta,
    doc: &Doc,
    ex: &Extraction,
) -> (NamedNode, Vec<Quad>) {
    let article = article_iri(&meta.identity);
    let mut w = Writer {
        graph: GraphName::NamedNode(article.clone()),
        quads: Vec::new(),
    };
    let mut reference = Writer {
        graph: GraphName::NamedNode(node(GAZETTEER_GRAPH)),
        quads: Vec::new(),
    };
    let a = article.as_str().to_string();
    w.typed(&article, class::ARTICLE);
    if let Some(url) = &meta.url {
        w.add(
            &article,
            prop::URL,
            Literal::new_typed_literal(url, xsd::ANY_URI),
        );
    }
    if let Some(h) = &meta.headline {
        w.str(&article, prop::HEADLINE, h);
    }
    if let Some(d) = meta.published {
        w.add(
            &article,
            prop::PUBLISHED,
            Literal::new_typed_literal(d.to_string(), xsd::DATE),
        );
    }
    w.str(&article, prop::CONTENT_HASH, &meta.content_hash);
    w.str(&article, prop::EXTRACTOR_VERSION, EXTRACTOR_VERSION);

    // A sentence is its span of the text (RFC 5147 `#char=`, the convention NIF uses), so its
    // offsets need no quads of their own. Made once per sentence: most sentences are the
    // evidence of several entities, and formatting the IRI cost more than the quad.
    let sentence_iris: Vec<std::cell::OnceCell<NamedNode>> =
        vec![std::cell::OnceCell::new(); doc.sentences.len()];
    let sentence_iri = |s: usize| {
        sentence_iris[s]
            .get_or_init(|| {
                let sentence = &doc.sentences[s];
                span_iri(
                    &article,
                    doc.char_offset(sentence.start) as u64,
                    doc.char_offset(sentence.end) as u64,
                )
            })
            .clone()
    };
    // That an article mentions an entity needs no quad of its own: the entity has its rules in
    // the article's graph (flat exports write ng:mentionedIn from them).
    let mut rules_used: BTreeMap<&'static str, f32> = BTreeMap::new();
    let evidence = |w: &mut Writer,
                    rules_used: &mut BTreeMap<&'static str, f32>,
                    subject: &NamedNode,
                    ev: &[Evidence]| {
        // Evidence is the sentence, not the span of each mention: one quad per sentence that
        // names the subject, where a mention node cost two (the mention and its sentence)
        // and made up 45% of an article's quads. Past a few sentences, more of the same
        // entity adds nothing a reader needs; the cap keeps runaway pages bounded.
        // In text order: a person's evidence comes full names first.
        let mut ev: Vec<&Evidence> = ev.iter().collect();
        ev.sort_by_key(|e| e.sentence);
        let mut sentences: Vec<usize> = Vec::new();
        let mut kept: Vec<&Evidence> = Vec::new();
        for e in ev {
            if !sentences.contains(&e.sentence) {
                if sentences.len() == MAX_EVIDENCE_PER_ENTITY {
                    continue;
                }
                sentences.push(e.sentence);
                w.add(subject, prop::EVIDENCE, sentence_iri(e.sentence));
            }
            kept.push(e);
        }
        // Rules are stated once per entity and article, not per mention. A rule's confidence
        // is the rule's own, so it is stated once for the store, on the rule (see below):
        // a confidence on every entity in every article was 9% of the store's quads.
        let rules: std::collections::BTreeSet<&'static str> = kept.iter().map(|e| e.rule).collect();
        for rule in rules {
            w.add(subject, prop::RULE, rule_iri(rule));
        }
        for e in kept {
            let best = rules_used.entry(e.rule).or_insert(e.confidence);
            *best = best.max(e.confidence);
        }
    };

    // Places.
    let place_iris: Vec<NamedNode> = ex
        .places
        .iter()
        .map(|p| match p.known {
            Some(k) => joined_iri(&[ID, "place/", &g.places[k].id]),
            None => {
                let country = p
                    .within
                    .and_then(|w| ex.places[w].known)
                    .and_then(|k| g.places[k].country.clone())
                    .unwrap_or_else(|| "x".into());
                NamedNode::new_unchecked(format!(
                    "{ID}place/{}/{}",
                    country.to_lowercase(),
                    slug(&p.name)
                ))
            }
        })
        .collect();
    for (i, p) in ex.places.iter().enumerate() {
        let iri = &place_iris[i];
        // What the gazetteer says of a known place is the same in every article: it goes to
        // the shared gazetteer graph, its types among them; the article keeps how it named the
        // place and where, and the rules that found it (which say the article names it: 6% of
        // an article's quads were a known place's ng:Place). A place found in no sentence is
        // still typed, so that its article lists it.
        if p.known.is_none() || p.evidence.is_empty() {
            w.typed(iri, class::PLACE);
        }
        let facts = if p.known.is_some() {
            reference.typed(iri, class::PLACE);
            &mut reference
        } else {
            &mut w
        };
        let held = p.known.is_some_and(|k| g.places[k].held_by.is_some());
        facts.typed(
            iri,
            match p.kind {
                // "Puerto Rico": a territory, no sovereign country.
                PlaceKind::Country if held => class::STATE,
                PlaceKind::Country => class::COUNTRY,
                PlaceKind::State => class::STATE,
                PlaceKind::City => class::CITY,
                PlaceKind::WorldRegion => class::WORLD_REGION,
                PlaceKind::Landmark => class::LANDMARK,
            },
        );
        facts.str(iri, external::RDFS_LABEL, &p.name);
        if let Some(within) = p.within {
            facts.add(iri, prop::CONTAINED_IN, place_iris[within].clone());
        }
        for n in &p.names {
            w.str(iri, prop::NAME, n);
        }
        if let Some(shown) = p
            .known
            .and_then(|k| article_label(&g.places[k].name, &p.names))
        {
            w.str(iri, prop::ARTICLE_LABEL, shown);
        }
        if let Some(k) = p.known {
            let w = &mut reference;
            let entry = &g.places[k];
            if let (Some(lat), Some(lon)) = (entry.lat, entry.lon) {
                w.add(
                    iri,
                    prop::LATITUDE,
                    Literal::new_typed_literal(format!("{lat}"), xsd::DECIMAL),
                );
                w.add(
                    iri,
                    prop::LONGITUDE,
                    Literal::new_typed_literal(format!("{lon}"), xsd::DECIMAL),
                );
            }
            if let Some(id) = &entry.geonames {
                w.add(
                    iri,
                    external::OWL_SAME_AS,
                    NamedNode::new_unchecked(format!("https://sws.geonames.org/{id}/")),
                );
            }
            if let Some(q) = &entry.wikidata {
                w.add(
                    iri,
                    external::OWL_SAME_AS,
                    NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/{q}")),
                );
            }
            if let Some(code) = entry.id.strip_prefix("iso/") {
                w.str(iri, prop::ISO_CODE, code);
            }
        }
        if !p.evidence.is_empty() {
            evidence(&mut w, &mut rules_used, iri, &p.evidence);
        }
    }

    // Organisations.
    let org_iris: Vec<NamedNode> = ex
        .orgs
        .iter()
        .map(|o| match o.known {
            Some(k) => joined_iri(&[ID, "org/", &g.orgs[k].id]),
            None => joined_iri(&[ID, "org/", &slug(&o.name)]),
        })
        .collect();
    for (i, o) in ex.orgs.iter().enumerate() {
        let iri = &org_iris[i];
        w.typed(iri, class::ORGANIZATION);
        // A body the gazetteer knows has one label in every article (its gazetteer name, as
        // places do), whatever form an article writes first ("the U.N. refugee agency").
        let label = o.known.map_or(o.name.as_str(), |k| g.orgs[k].name.as_str());
        w.str(iri, external::RDFS_LABEL, label);
        for n in &o.names {
            w.str(iri, prop::NAME, n);
        }
        if let Some(c) = o.country {
            w.add(
                iri,
                prop::COUNTRY,
                joined_iri(&[ID, "place/", &g.places[c].id]),
            );
        }
        if let Some(q) = o.known.and_then(|k| g.orgs[k].wikidata.as_ref()) {
            w.add(
                iri,
                external::OWL_SAME_AS,
                NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/{q}")),
            );
        }
        evidence(&mut w, &mut rules_used, iri, &o.evidence);
    }

    // People: a full name is global (one node across articles, keyed by given name and
    // surnames); a lone surname stays in its article until cross-article resolution links it.
    let person_iris: Vec<NamedNode> = ex
        .people
        .iter()
        .map(|p| match crate::resolve::names::PersonKey::of(g, &p.name) {
            Some(key) if key.given.is_some() => joined_iri(&[ID, "person/", &key.slug()]),
            _ => joined_iri(&[&a, "/person/", &slug(&p.name)]),
        })
        .collect();
    for (i, p) in ex.people.iter().enumerate() {
        let iri = &person_iris[i];
        w.typed(iri, class::PERSON);
        if !p.titles.is_empty() {
            w.typed(iri, class::OFFICIAL);
        }
        w.str(iri, external::RDFS_LABEL, &p.name);
        for n in &p.names {
            w.str(iri, prop::NAME, n);
        }
        w.str(iri, prop::ROLE, p.role.as_str());
        for t in &p.titles {
            w.str(iri, prop::TITLE, t);
        }
        for &aff in &p.affiliations {
            let place = crate::resolve::place_entity_iri(g, aff);
            w.add(iri, prop::AFFILIATION, node(&place));
        }
        for &o in &p.serves {
            w.add(iri, prop::AFFILIATION, org_iris[o].clone());
        }
        for &o in &p.member_of {
            w.add(iri, prop::MEMBER_OF, org_iris[o].clone());
        }
        if let Some(n) = p.nationality {
            w.add(
                iri,
                prop::NATIONALITY,
                node(&crate::resolve::place_entity_iri(g, n)),
            );
        }
        evidence(&mut w, &mut rules_used, iri, &p.evidence);
    }
    // Labels for affiliation and nationality places the text did not otherwise name.
    let mut extra_places: Vec<usize> = ex
        .people
        .iter()
        .flat_map(|p| p.affiliations.iter().copied().chain(p.nationality))
        .collect();
    extra_places.extend(ex.orgs.iter().filter_map(|o| o.country));
    extra_places.sort();
    extra_places.dedup();
    for k in extra_places {
        if ex.places.iter().any(|p| p.known == Some(k)) {
            continue;
        }
        let iri = node(&crate::resolve::place_entity_iri(g, k));
        w.typed(&iri, class::PLACE);
        w.typed(
            &iri,
            if g.places[k].kind == PlaceKind::Country {
                class::COUNTRY
            } else {
                class::STATE
            },
        );
        w.str(&iri, external::RDFS_LABEL, &g.places[k].name);
    }

    // Meetings.
    for (i, m) in ex.meetings.iter().enumerate() {
        let iri = NamedNode::new_unchecked(format!("{a}/meeting/{}", i + 1));
        w.typed(&iri, class::MEETING);
        for &p in &m.participants {
            w.add(&iri, prop::PARTICIPANT, person_iris[p].clone());
        }
        if let Some(l) = m.location {
            w.add(&iri, prop::LOCATION, place_iris[l].clone());
        }
        if let Some(d) = m.date {
            w.add(
                &iri,
                prop::DATE,
                Literal::new_typed_literal(d.to_string(), xsd::DATE),
            );
        }
        w.str(&iri, prop::STATUS, m.status.as_str());
        w.str(&iri, prop::MEETING_KIND, &m.kind);
        if let Some(t) = &m.topic {
            w.str(&iri, prop::TOPIC, t);
        }
        evidence(&mut w, &mut rules_used, &iri, &m.evidence);
    }

    // Migrant groups.
    for (i, grp) in ex.groups.iter().enumerate() {
        let iri = NamedNode::new_unchecked(format!("{a}/group/{}", i + 1));
        w.typed(&iri, class::MIGRANT_GROUP);
        for (j, s) in grp.sizes.iter().enumerate() {
            let r = NamedNode::new_unchecked(format!("{a}/group/{}/size/{}", i + 1, j + 1));
            w.add(&iri, prop::SIZE, r.clone());
            w.typed(&r, class::SIZE_REPORT);
            for &v in &s.values {
                w.int(&r, prop::ESTIMATE, v);
            }
            if let Some(q) = &s.qualifier {
                w.str(&r, prop::QUALIFIER, q);
            }
            w.add(&r, prop::SENTENCE, sentence_iri(s.sentence));
        }
        if let Some(n) = grp.nationality_count {
            w.int(&iri, prop::NATIONALITY_COUNT, n);
        }
        for (list, p) in [
            (&grp.origins, prop::ORIGIN),
            (&grp.at, prop::AT_PLACE),
            (&grp.passed_through, prop::PASSED_THROUGH),
            (&grp.departed_from, prop::DEPARTED_FROM),
            (&grp.destinations, prop::DESTINATION),
        ] {
            for &x in list {
                w.add(&iri, p, place_iris[x].clone());
            }
        }
        for &p in &grp.organizers {
            w.add(&iri, prop::ORGANIZER, person_iris[p].clone());
        }
        for &p in &grp.members {
            w.add(&iri, prop::MEMBER, person_iris[p].clone());
        }
        evidence(&mut w, &mut rules_used, &iri, &grp.evidence);
    }

    // What a rule is and how far it is trusted is the same in every article: reference facts.
    for (rule, confidence) in rules_used {
        let iri = rule_iri(rule);
        reference.typed(&iri, class::EXTRACTION_RULE);
        reference.str(&iri, external::RDFS_LABEL, rule);
        reference.add(
            &iri,
            prop::CONFIDENCE,
            Literal::new_typed_literal(format!("{confidence:.2}"), xsd::DECIMAL),
        );
    }

    let mut quads = w.quads;
    quads.extend(reference.quads);
    // Two spellings that fold to one node ("María José" and "Maria Jose") state the same
    // facts twice; the store keeps one copy, and what counts quads (the summary) must see one
    // too.
    let mut seen = rustc_hash::FxHashSet::default();
    seen.reserve(quads.len());
    let first: Vec<bool> = quads.iter().map(|q| seen.insert(q)).collect();
    let mut first = first.into_iter();
    quads.retain(|_| first.next().unwrap_or(true));
    (article, quads)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::article::Article;
    use crate::ingest::{prepare, Prepared};

    const HEADLINE: &str = "Talks\n\n";

    /// The article of `HEADLINE` and `body`, extracted and built into quads.
    fn prepared(body: &str) -> Prepared {
        let article = Article {
            source: "test".into(),
            url: Some("https://example.org/test".into()),
            title: None,
            published: None,
            text: format!("{HEADLINE}{body}"),
        };
        prepare(&Gazetteer::builtin(), &article)
    }

    /// The sentences an entity named `name` has as evidence in an article of `HEADLINE` and
    /// `body`, as (start, end) character spans.
    fn evidence_spans(body: &str, name: &str) -> Vec<(u64, u64)> {
        let prepared = prepared(body);
        let named: Vec<&NamedOrBlankNode> = prepared
            .quads
            .iter()
            .filter(|q| {
                q.predicate.as_str() == prop::NAME
                    && matches!(&q.object, Term::Literal(l) if l.value() == name)
            })
            .map(|q| &q.subject)
            .collect();
        assert_eq!(
            named.len(),
            1,
            "{name} is not one node in:\n{}",
            prepared
                .quads
                .iter()
                .map(Quad::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
        let mut spans: Vec<(u64, u64)> = prepared
            .quads
            .iter()
            .filter(|q| &q.subject == named[0] && q.predicate.as_str() == prop::EVIDENCE)
            .map(|q| match &q.object {
                Term::NamedNode(n) => span_of(n.as_str()).expect("evidence is a span IRI"),
                other => panic!("evidence is not an IRI: {other}"),
            })
            .collect();
        spans.sort();
        spans
    }

    /// A rule's confidence is stated once for the store, on the rule: so every use of a rule,
    /// in any article, must give it the same confidence, and an article's graph must describe
    /// every rule it names. Checked over every article the project holds.
    #[test]
    fn every_rule_has_one_confidence_and_is_described() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut inputs = vec![root.join("examples/articles")];
        for set in std::fs::read_dir(root.join("eval")).unwrap() {
            inputs.push(set.unwrap().path());
        }
        let (files, _) = crate::article::expand_inputs(&inputs);
        let g = Gazetteer::builtin();
        let mut confidences: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
        let mut articles = 0;
        for f in files {
            for a in crate::article::read_input(&f, &Default::default()).articles {
                articles += 1;
                let quads = prepare(&g, &a).quads;
                let mut stated = 0;
                for q in quads
                    .iter()
                    .filter(|q| q.predicate.as_str() == prop::CONFIDENCE)
                {
                    assert_eq!(q.graph_name.to_string(), format!("<{GAZETTEER_GRAPH}>"));
                    confidences
                        .entry(q.subject.to_string())
                        .or_default()
                        .insert(q.object.to_string());
                    stated += 1;
                }
                let rules: std::collections::HashSet<&Term> = quads
                    .iter()
                    .filter(|q| q.predicate.as_str() == prop::RULE)
                    .map(|q| &q.object)
                    .collect();
                for rule in rules {
                    let Term::NamedNode(rule) = rule else {
                        panic!("a rule that is no IRI: {rule}");
                    };
                    assert!(
                        quads
                            .iter()
                            .any(|q| q.subject.to_string() == rule.to_string()
                                && q.predicate.as_str() == prop::CONFIDENCE),
                        "{rule} is not described in {}",
                        a.source
                    );
                }
                assert!(stated > 0, "no rule in {}", a.source);
            }
        }
        assert!(articles > 100, "only {articles} articles read");
        let several: Vec<_> = confidences.iter().filter(|(_, c)| c.len() > 1).collect();
        assert!(
            several.is_empty(),
            "rules with several confidences: {several:?}"
        );
    }

    /// A gazetteer place's types are reference facts: the article's graph holds its names and
    /// rules, and types only a place the gazetteer does not know.
    #[test]
    fn only_a_place_the_gazetteer_lacks_is_typed_in_the_article_graph() {
        let prepared =
            prepared("Governor Ana Ruiz spoke in Tapachula, Mexico, and in Zorvalia Town.");
        let typed_in = |place: &str, graph: &str| {
            prepared.quads.iter().any(|q| {
                q.predicate.as_str() == external::RDF_TYPE
                    && q.object.to_string() == format!("<{}>", class::PLACE)
                    && q.graph_name.to_string() == graph
                    && q.subject.to_string() == format!("<{ID}{place}>")
            })
        };
        let article = format!("<{}>", prepared.article.as_str());
        let gazetteer = format!("<{GAZETTEER_GRAPH}>");
        assert!(!typed_in("place/iso/MX", &article));
        assert!(typed_in("place/iso/MX", &gazetteer));
        let mexico_rules = prepared.quads.iter().any(|q| {
            q.predicate.as_str() == prop::RULE
                && q.subject.to_string() == format!("<{ID}place/iso/MX>")
                && q.graph_name.to_string() == article
        });
        assert!(mexico_rules, "Mexico has no rule in its article");
        assert!(typed_in("place/x/zorvalia-town", &article));
    }

    #[test]
    fn a_known_body_is_labelled_by_its_gazetteer_name_whatever_the_article_writes_first() {
        let prepared = prepared(
            "The U.N. refugee agency counted 40 people. Ana Ruiz, a UNHCR officer, said so.",
        );
        let labels: Vec<String> = prepared
            .quads
            .iter()
            .filter(|q| {
                q.subject.to_string() == format!("<{ID}org/unhcr>")
                    && q.predicate.as_str() == external::RDFS_LABEL
            })
            .map(|q| q.object.to_string())
            .collect();
        assert_eq!(labels, ["\"UNHCR\""]);
    }

    #[test]
    fn a_territory_a_state_holds_is_written_as_a_region() {
        let prepared = prepared("The boat left Cuba for Puerto Rico on Monday.");
        let classes_of = |iso: &str| -> Vec<&str> {
            let iri = format!("{ID}place/iso/{iso}");
            prepared
                .quads
                .iter()
                .filter(|q| {
                    matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if n.as_str() == iri)
                        && q.predicate.as_str() == external::RDF_TYPE
                })
                .filter_map(|q| match &q.object {
                    Term::NamedNode(n) if n.as_str() != class::PLACE => Some(n.as_str()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(classes_of("PR"), [class::STATE]);
        assert_eq!(classes_of("CU"), [class::COUNTRY]);
    }

    #[test]
    fn the_content_hash_is_sha256_in_lowercase_hex() {
        // The stored hash decides whether a re-ingested article is unchanged: its spelling
        // must not drift (FIPS 180-2's test vector).
        assert_eq!(
            content_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
    }

    #[test]
    fn evidence_is_each_sentence_that_names_the_entity_once() {
        let first = "Foreign Minister Daniel Whitcomb met reporters in Lima, where Daniel \
                     Whitcomb spoke briefly.";
        let second = "Later, Whitcomb flew home.";
        let spans = evidence_spans(&format!("{first} {second}"), "Daniel Whitcomb");
        let chars = |s: &str| s.chars().count() as u64;
        let start = chars(HEADLINE);
        // Two mentions in the first sentence give one evidence sentence, not two.
        assert_eq!(
            spans,
            [
                (start, start + chars(first)),
                (
                    start + chars(first) + 1,
                    start + chars(first) + 1 + chars(second)
                )
            ]
        );
    }

    #[test]
    fn evidence_keeps_the_first_sentences_up_to_the_cap() {
        let last = "Daniel Whitcomb left on Friday.";
        let body = std::iter::once("Foreign Minister Daniel Whitcomb arrived.".to_string())
            .chain((0..MAX_EVIDENCE_PER_ENTITY + 9).map(|i| format!("Whitcomb spoke on day {i}.")))
            .chain(std::iter::once(last.to_string()))
            .collect::<Vec<_>>()
            .join(" ");
        let spans = evidence_spans(&body, "Daniel Whitcomb");
        assert_eq!(spans.len(), MAX_EVIDENCE_PER_ENTITY);
        // The first sentences in the text, though the full name in the last comes first
        // among the person's mentions.
        assert_eq!(spans[0].0, HEADLINE.len() as u64);
        let last_start = (HEADLINE.len() + body.len() - last.len()) as u64;
        assert!(spans.iter().all(|&(_, end)| end < last_start), "{spans:?}");
    }

    #[test]
    fn article_label_is_the_fullest_form_the_article_writes_other_than_the_gazetteers() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            article_label("Fort Liberté", &names(&["FORT-LIBERTÉ", "Fort-Liberté"])),
            Some("Fort-Liberté")
        );
        assert_eq!(
            article_label(
                "Profesor Salvador Mazza",
                &names(&["Mazza", "Salvador Mazza"])
            ),
            Some("Salvador Mazza")
        );
        assert_eq!(
            article_label("San Luis Potosí", &names(&["state of San Luis Potosí"])),
            None
        );
        assert_eq!(
            article_label(
                "Zanatepec",
                &names(&["Santo Domingo Zanatepec", "town of Zanatepec"])
            ),
            Some("Santo Domingo Zanatepec")
        );
        // An abbreviation is no name to show; the gazetteer's spells it out.
        assert_eq!(
            article_label("United States", &names(&["U.S.", "US", "the U.S."])),
            None
        );
        // The article writes the gazetteer's name, in any case or accent, with or without
        // "the": nothing to add.
        assert_eq!(
            article_label("United States", &names(&["U.S.", "The United States"])),
            None
        );
        assert_eq!(
            article_label("Dajabón", &names(&["DAJABÓN", "Dajabon"])),
            None
        );
        // Only the dateline names it: the gazetteer's name reads better than capitals.
        assert_eq!(
            article_label("Fort Liberté", &names(&["FORT-LIBERTÉ"])),
            None
        );
        assert_eq!(article_label("Venezuela", &names(&[])), None);
        // A name may open on its article in lower case.
        assert_eq!(
            article_label(
                "Al Qaryatayn",
                &names(&["al-Qaryatayn", "town of al-Qaryatayn"])
            ),
            Some("al-Qaryatayn")
        );
    }
}
