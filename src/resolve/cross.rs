//! Resolution across articles. Each article graph names people by their full-name key, so
//! "Antony Blinken" in two articles is one node already; this pass links what keys alone cannot:
//! a surname alone ("Blinken") or a shorter name ("Laurentino Cortizo") to the one fuller name
//! it fits in the store, reports of the same meeting, and reports of the same caravan. It
//! writes `ng:canonical` links with their rule into one resolution graph, recomputed from the
//! whole store, so the result depends on the set of articles and never on their order.
//! Work is blocked by surname, participant pair and town, never all pairs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use oxigraph::store::Store;

use super::names::PersonKey;
use crate::date::Date;
use crate::gazetteer::{fold, Gazetteer};
use crate::query::{select_values, QueryError};
use crate::rdf::vocab::{prop, NS, RESOLUTION_GRAPH};

/// Past this many people a name could be, it says too little to pick one.
const MAX_CANDIDATES: usize = 32;

/// What a resolution pass decided.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CrossSummary {
    pub people: usize,
    pub people_linked: usize,
    pub people_ambiguous: usize,
    pub meetings_merged: usize,
    pub groups_merged: usize,
}

/// A decided link from a node to its canonical node.
struct Link {
    node: String,
    canonical: String,
    rule: &'static str,
}

/// Recomputes the resolution graph from the article graphs.
pub fn recompute(store: &Store, g: &Gazetteer) -> Result<CrossSummary, QueryError> {
    let mut summary = CrossSummary::default();
    let mut links: Vec<Link> = Vec::new();
    let mut notes: Vec<(String, String)> = Vec::new();

    // People: key each node by its fullest label; titles help tell namesakes apart.
    let rows = select_values(store, &format!(
        "SELECT DISTINCT ?p ?label ?title WHERE {{ GRAPH ?a {{ ?p a <{NS}Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label . OPTIONAL {{ ?p <{NS}title> ?title }} }} FILTER(?a != <{RESOLUTION_GRAPH}>) }}"
    ))?;
    let mut people: BTreeMap<String, (PersonKey, BTreeSet<String>)> = BTreeMap::new();
    for r in rows {
        let (Some(node), Some(label)) = (r[0].clone(), r[1].clone()) else {
            continue;
        };
        let Some(key) = PersonKey::of(g, &label) else {
            continue;
        };
        let entry = people
            .entry(node)
            .or_insert_with(|| (key.clone(), BTreeSet::new()));
        if key.surnames.len() + usize::from(key.given.is_some())
            > entry.0.surnames.len() + usize::from(entry.0.given.is_some())
        {
            entry.0 = key;
        }
        if let Some(t) = &r[2] {
            entry.1.insert(fold(t));
        }
    }
    summary.people = people.len();
    // Blocks: every surname of a node, and within it the given name; only nodes sharing a
    // block are compared.
    let mut blocks: HashMap<&str, Vec<&String>> = HashMap::new();
    let mut given_blocks: HashMap<(&str, &str), Vec<&String>> = HashMap::new();
    for (node, (key, _)) in &people {
        for s in &key.surnames {
            blocks.entry(s.as_str()).or_default().push(node);
            if let Some(given) = &key.given {
                given_blocks
                    .entry((s.as_str(), given.as_str()))
                    .or_default()
                    .push(node);
            }
        }
    }
    let mut person_canonical: HashMap<String, String> = HashMap::new();
    for node in people.keys() {
        {
            let (key, titles) = &people[node];
            // A known given name only meets the same given name; a surname alone, or a
            // nickname, meets the whole surname block.
            let known_given = key.given.as_deref().filter(|gv| g.is_given_name(gv));
            let empty: Vec<&String> = Vec::new();
            let mut candidates: Vec<&String> = key
                .surnames
                .iter()
                .flat_map(|s| match known_given {
                    Some(gv) => given_blocks
                        .get(&(s.as_str(), gv))
                        .unwrap_or(&empty)
                        .iter()
                        .copied(),
                    None => blocks[s.as_str()].iter().copied(),
                })
                .filter(|&m| m != node && key.fits(g, &people[m].0))
                .collect();
            candidates.sort();
            candidates.dedup();
            if candidates.len() > MAX_CANDIDATES {
                notes.push((
                    node.clone(),
                    format!("kept apart: the name fits {} people", candidates.len()),
                ));
                summary.people_ambiguous += 1;
                continue;
            }
            let maximal = |cs: &[&String]| -> Vec<String> {
                cs.iter()
                    .filter(|&&c| {
                        !cs.iter()
                            .any(|&o| o != c && people[c].0.fits(g, &people[o].0))
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
                    .filter(|c| !people[*c].1.is_disjoint(titles))
                    .collect();
                let titled_best = maximal(&titled);
                if titled_best.len() == 1 {
                    best = titled_best;
                    rule = "name-and-title";
                }
            }
            match best.len() {
                0 => {}
                1 => {
                    person_canonical.insert(node.clone(), best[0].clone());
                    links.push(Link {
                        node: node.clone(),
                        canonical: best[0].clone(),
                        rule,
                    });
                    summary.people_linked += 1;
                }
                n => {
                    notes.push((
                        node.clone(),
                        format!("kept apart: the name fits {n} people ({})", best.join(", ")),
                    ));
                    summary.people_ambiguous += 1;
                }
            }
        }
    }
    let canon = |p: &str| {
        person_canonical
            .get(p)
            .cloned()
            .unwrap_or_else(|| p.to_string())
    };

    // Meetings: the same participants (two or more in common), place and date within a day.
    let rows = select_values(store, &format!(
        "SELECT ?m ?p ?loc ?date ?pub WHERE {{ GRAPH ?a {{ ?m a <{NS}Meeting> ; <{NS}participant> ?p . OPTIONAL {{ ?m <{NS}location> ?loc }} OPTIONAL {{ ?m <{NS}date> ?date }} OPTIONAL {{ ?a <{NS}published> ?pub }} }} }}"
    ))?;
    // (participants, place, date, publication date of the reporting article)
    type MeetingFacts = (BTreeSet<String>, Option<String>, Option<Date>, Option<Date>);
    let mut meetings: BTreeMap<String, MeetingFacts> = BTreeMap::new();
    for r in rows {
        let (Some(m), Some(p)) = (r[0].clone(), r[1].clone()) else {
            continue;
        };
        let e = meetings.entry(m).or_default();
        e.0.insert(canon(&p));
        if e.1.is_none() {
            e.1 = r[2].clone();
        }
        if e.2.is_none() {
            e.2 = r[3].as_deref().and_then(Date::parse_iso);
        }
        if e.3.is_none() {
            e.3 = r[4].as_deref().and_then(Date::parse_iso);
        }
    }
    let mut pair_blocks: HashMap<(String, String), Vec<&String>> = HashMap::new();
    for (m, (ps, _, _, _)) in &meetings {
        let ps: Vec<&String> = ps.iter().collect();
        for i in 0..ps.len() {
            for j in i + 1..ps.len() {
                pair_blocks
                    .entry((ps[i].clone(), ps[j].clone()))
                    .or_default()
                    .push(m);
            }
        }
    }
    let same_meeting = |a: &String, b: &String| {
        let (pa, la, da, pub_a) = &meetings[a];
        let (pb, lb, db, pub_b) = &meetings[b];
        // Without a meeting date, reports published more than a week apart are other meetings.
        let days_apart = |x: &Date, y: &Date| (x.to_days() - y.to_days()).abs();
        pa.intersection(pb).count() >= 2
            && (la.is_none() || lb.is_none() || la == lb)
            && match (da, db, pub_a, pub_b) {
                (Some(x), Some(y), _, _) => days_apart(x, y) <= 1,
                (_, _, Some(x), Some(y)) => days_apart(x, y) <= 7,
                _ => true,
            }
    };
    // Candidates: reports of a meeting dated within a day, or published within a week; a
    // report without a publication date may be any of them (in small blocks only).
    let mut candidates = Vec::new();
    for block in pair_blocks.values() {
        candidates.extend(pairs_within(block, |m| meetings[m].2, 1, false));
        candidates.extend(pairs_within(block, |m| meetings[m].3, 7, true));
    }
    let meeting_links = cluster(candidates, same_meeting, "same-participants-place-date");
    summary.meetings_merged = meeting_links.len();
    links.extend(meeting_links);

    // Caravans: the same town left from or passed, reported within two weeks. (A known town's
    // type is in the gazetteer graph, not the article's.)
    let rows = select_values(store, &format!(
        "SELECT ?gr ?place ?pub WHERE {{ GRAPH ?a {{ ?gr a <{NS}MigrantGroup> . \
         {{ ?gr <{NS}departedFrom> ?place }} UNION {{ ?gr <{NS}atPlace> ?place }} UNION {{ ?gr <{NS}passedThrough> ?place }} \
         OPTIONAL {{ ?a <{NS}published> ?pub }} }} }}"
    ))?;
    // Read apart and matched here: joined in the query, the type lookup ran once per row.
    let towns: HashSet<String> = select_values(
        store,
        &format!("SELECT DISTINCT ?place WHERE {{ ?place a <{NS}City> }}"),
    )?
    .into_iter()
    .filter_map(|r| r.into_iter().next().flatten())
    .collect();
    let mut groups: BTreeMap<String, (BTreeSet<String>, Option<Date>)> = BTreeMap::new();
    for r in rows {
        let (Some(gr), Some(place)) = (r[0].clone(), r[1].clone()) else {
            continue;
        };
        if !towns.contains(&place) {
            continue;
        }
        let e = groups.entry(gr).or_default();
        e.0.insert(place);
        if e.1.is_none() {
            e.1 = r[2].as_deref().and_then(Date::parse_iso);
        }
    }
    let mut town_blocks: HashMap<&String, Vec<&String>> = HashMap::new();
    for (gr, (places, _)) in &groups {
        for p in places {
            town_blocks.entry(p).or_default().push(gr);
        }
    }
    let same_group = |a: &String, b: &String| {
        let (pa, da) = &groups[a];
        let (pb, db) = &groups[b];
        let shared = pa.intersection(pb).count();
        shared >= 1
            && (shared >= 2 || pa.len().min(pb.len()) == 1)
            && match (da, db) {
                (Some(x), Some(y)) => (x.to_days() - y.to_days()).abs() <= 14,
                _ => false,
            }
    };
    let candidates: Vec<_> = town_blocks
        .values()
        .flat_map(|block| pairs_within(block, |g| groups[g].1, 14, false))
        .collect();
    let group_links = cluster(candidates, same_group, "same-towns-within-two-weeks");
    summary.groups_merged = group_links.len();
    links.extend(group_links);

    write(store, &links, &notes)?;
    Ok(summary)
}

/// The pairs of a block whose dates lie at most `window` days apart, found by a sweep over the
/// block sorted by date, so a large block costs its size times the reports in a window, not
/// its size squared. Undated members pair with every other member when `undated_pair_all`
/// and the block is small (at most [`MAX_CANDIDATES`]); otherwise they pair with none.
fn pairs_within<'a>(
    block: &[&'a String],
    date: impl Fn(&String) -> Option<Date>,
    window: i64,
    undated_pair_all: bool,
) -> Vec<(&'a String, &'a String)> {
    let mut dated: Vec<(i64, &'a String)> = Vec::new();
    let mut undated = Vec::new();
    for &node in block {
        match date(node) {
            Some(d) => dated.push((d.to_days(), node)),
            None => undated.push(node),
        }
    }
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
    if undated_pair_all && block.len() <= MAX_CANDIDATES {
        for &a in &undated {
            pairs.extend(block.iter().filter(|&&b| b != a).map(|&b| (a, b)));
        }
    }
    pairs
}

/// Union-find over candidate pairs, giving a `rule` link from each node to its cluster's
/// canonical node: its smallest IRI, so the outcome does not depend on the order the nodes
/// were seen in.
fn cluster<'a>(
    candidates: Vec<(&'a String, &'a String)>,
    same: impl Fn(&String, &String) -> bool,
    rule: &'static str,
) -> Vec<Link> {
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    fn find(parent: &mut BTreeMap<String, String>, x: &str) -> String {
        let mut root = x.to_string();
        while let Some(p) = parent.get(&root).filter(|p| **p != root) {
            root = p.clone();
        }
        parent.insert(x.to_string(), root.clone());
        root
    }
    for (x, y) in candidates {
        if x != y && same(x, y) {
            let (a, b) = (find(&mut parent, x), find(&mut parent, y));
            if a != b {
                let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                parent.insert(hi, lo);
            }
        }
    }
    let nodes: Vec<String> = parent.keys().cloned().collect();
    nodes
        .into_iter()
        .filter_map(|n| {
            let root = find(&mut parent, &n);
            (root != n).then_some(Link {
                node: n,
                canonical: root,
                rule,
            })
        })
        .collect()
}

fn write(store: &Store, links: &[Link], notes: &[(String, String)]) -> Result<(), QueryError> {
    let graph = NamedNode::new_unchecked(RESOLUTION_GRAPH);
    let gname = GraphName::NamedNode(graph.clone());
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
            gname.clone(),
        ));
        quads.push(Quad::new(
            node,
            rule.clone(),
            Literal::new_simple_literal(l.rule),
            gname.clone(),
        ));
    }
    for (n, text) in notes {
        quads.push(Quad::new(
            NamedNode::new_unchecked(n),
            note.clone(),
            Literal::new_simple_literal(text),
            gname.clone(),
        ));
    }
    let io = |e: oxigraph::store::StorageError| QueryError::Evaluation(e.to_string());
    // Write the difference, not the whole graph again: after one article most links stay, and
    // a transaction re-inserting a large graph costs more than the resolution itself.
    let mut wanted: HashSet<Quad> = quads.into_iter().collect();
    let mut tx = store.start_transaction().map_err(io)?;
    let mut stale = Vec::new();
    for q in tx.quads_for_pattern(None, None, None, Some(graph.as_ref().into())) {
        let q = q.map_err(io)?;
        if !wanted.remove(&q) {
            stale.push(q);
        }
    }
    for q in &stale {
        tx.remove(q);
    }
    tx.extend(&wanted);
    tx.remove(&crate::store::resolution_pending());
    tx.commit().map_err(io)?;
    Ok(())
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
        let pairs = pairs_within(&block, date, 14, false);
        let as_str: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(x, y)| (x.as_str(), y.as_str()))
            .collect();
        assert_eq!(as_str, vec![("a", "b"), ("b", "c")]);
        // An undated member may be any of them, in a small block.
        let pairs = pairs_within(&block, date, 14, true);
        assert_eq!(pairs.iter().filter(|(x, _)| x.as_str() == "d").count(), 3);
    }

    #[test]
    fn a_large_block_costs_the_window_not_the_square() {
        let names: Vec<String> = (0..2000).map(|i| format!("n{i:04}")).collect();
        let block: Vec<&String> = names.iter().collect();
        // One report a day for 2000 days: each pairs with the next 7 only.
        let date = |n: &String| Some(Date::from_days(n[1..].parse::<i64>().unwrap()));
        let pairs = pairs_within(&block, date, 7, true);
        assert_eq!(pairs.len(), 2000 * 7 - (1..=7).sum::<usize>());
    }
}
