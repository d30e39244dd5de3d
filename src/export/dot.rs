//! GraphViz DOT: the entity view as a diagram a person reads (names, kinds by shape and
//! colour, relations in words, a legend), and any set of triples as a debugging diagram.
//!
//! Small views are laid out top-down by `dot` with every edge labelled; large ones switch
//! to `sfdp` without edge labels (edge colours and the legend still tell the relations), which
//! keeps hundreds of nodes readable instead of a hairball of overlapping words.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};

use oxigraph::model::{Term, Triple};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use super::view::{Entity, Family, Kind, Relation, View};

/// Above this many nodes, the diagram uses sfdp and drops edge labels.
pub const LARGE: usize = 80;

/// How to group nodes into boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Cluster {
    /// One box per article (entities found in several articles stay outside).
    Article,
    /// One box per country (places in it, people serving it, meetings held in it).
    Country,
}

struct Style {
    shape: &'static str,
    fill: &'static str,
    extra: &'static str,
}

fn style(kind: Kind) -> Style {
    let s = |shape, fill, extra| Style { shape, fill, extra };
    match kind {
        Kind::Official => s("box", "#f4a582", "rounded,filled,bold"),
        Kind::Person => s("box", "#fddbc7", "rounded,filled"),
        Kind::Organization => s("tab", "#92c5de", "filled"),
        Kind::Meeting => s("box", "#c2a5cf", "filled,diagonals"),
        Kind::Group => s("box", "#fee08b", "filled,bold"),
        Kind::Country => s("ellipse", "#5aae61", "filled"),
        Kind::State => s("ellipse", "#a6dba0", "filled"),
        Kind::City => s("ellipse", "#d9f0d3", "filled"),
        Kind::WorldRegion => s("ellipse", "#e0e0e0", "filled,dashed"),
        Kind::Landmark => s("house", "#f6e8c3", "filled"),
        Kind::Place => s("ellipse", "#f0f0f0", "filled"),
    }
}

fn family_colour(f: Family) -> (&'static str, &'static str, &'static str) {
    match f {
        Family::Meeting => ("#2166ac", "solid", "meetings"),
        Family::Movement => ("#d95f02", "solid", "movement"),
        Family::Affiliation => ("#1b7837", "solid", "people"),
        Family::Geography => ("#969696", "dashed", "geography"),
    }
}

/// Escapes text for a GraphViz HTML-like label.
fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a double-quoted DOT string.
fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn node_label(e: &Entity) -> String {
    let mut label = format!("<B>{}</B>", html(&e.label));
    for d in &e.details {
        label.push_str(&format!(
            "<BR/><FONT POINT-SIZE=\"9\">{}</FONT>",
            html(&wrap(d, 32)).replace('\n', "<BR/>")
        ));
    }
    format!("<{label}>")
}

/// Breaks a line at spaces so no part is much longer than `width` (HTML line breaks).
fn wrap(s: &str, width: usize) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for word in s.split_whitespace() {
        let last = lines.last_mut().expect("one line");
        if !last.is_empty() && last.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines.join("\n")
}

/// Writes the view as a DOT digraph.
pub fn write_view(
    view: &View,
    cluster: Option<Cluster>,
    title: &str,
    out: &mut impl Write,
) -> io::Result<()> {
    let g = &view.graph;
    let large = g.node_count() > LARGE;
    writeln!(out, "digraph newsgraph {{")?;
    let layout = if large {
        "layout=sfdp, overlap=prism, overlap_scaling=2, splines=curved, K=1.2"
    } else {
        "layout=dot, rankdir=LR, nodesep=0.25, ranksep=0.5, splines=true"
    };
    writeln!(
        out,
        "  graph [{layout}, fontname=\"Helvetica\", fontsize=12, labelloc=t, label={}, outputorder=edgesfirst, pad=0.3];",
        quoted(title)
    )?;
    writeln!(
        out,
        "  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.12,0.05\", penwidth=0.8];"
    )?;
    writeln!(
        out,
        "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.6, penwidth=0.9];"
    )?;

    let ids: HashMap<_, String> = g
        .node_indices()
        .enumerate()
        .map(|(i, n)| (n, format!("n{i}")))
        .collect();
    let node_line = |n: petgraph::stable_graph::NodeIndex| {
        let e = &g[n];
        let st = style(e.kind);
        format!(
            "{} [label={}, shape={}, style=\"{}\", fillcolor=\"{}\", tooltip={}];",
            ids[&n],
            node_label(e),
            st.shape,
            st.extra,
            st.fill,
            quoted(&format!("{} ({})", e.label, e.kind.name()))
        )
    };

    // Clusters first, then the nodes outside every cluster.
    let key = |e: &Entity| -> Option<String> {
        match cluster? {
            Cluster::Article if e.articles.len() == 1 => e.articles.first().cloned(),
            Cluster::Article => None,
            Cluster::Country => e.country.clone(),
        }
    };
    let mut boxes: BTreeMap<String, Vec<_>> = BTreeMap::new();
    let mut loose = Vec::new();
    for n in g.node_indices() {
        match key(&g[n]) {
            Some(k) => boxes.entry(k).or_default().push(n),
            None => loose.push(n),
        }
    }
    for (i, (k, nodes)) in boxes.iter().enumerate() {
        let name = match cluster {
            Some(Cluster::Article) => view.headlines.get(k).cloned().unwrap_or_default(),
            _ => k.clone(),
        };
        writeln!(out, "  subgraph cluster_{i} {{")?;
        writeln!(
            out,
            "    label={}; style=\"rounded,filled\"; fillcolor=\"#f7f7f7\"; color=\"#bdbdbd\"; fontsize=11;",
            quoted(&wrap(&name, 48))
        )?;
        for &n in nodes {
            writeln!(out, "    {}", node_line(n))?;
        }
        writeln!(out, "  }}")?;
    }
    for n in loose {
        writeln!(out, "  {}", node_line(n))?;
    }

    let mut edges: Vec<_> = g
        .edge_references()
        .map(|e| (e.source(), e.target(), *e.weight()))
        .collect();
    edges.sort();
    let mut families: BTreeMap<Family, BTreeSet<Relation>> = BTreeMap::new();
    for (a, b, r) in edges {
        let (a, b) = (&ids[&a], &ids[&b]);
        let (colour, line, _) = family_colour(r.family());
        families.entry(r.family()).or_default().insert(r);
        let label = if large {
            String::new()
        } else {
            format!("label={}, ", quoted(r.words()))
        };
        writeln!(
            out,
            "  {a} -> {b} [{label}color=\"{colour}\", fontcolor=\"{colour}\", style={line}];"
        )?;
    }
    legend(view, &families, out)?;
    writeln!(out, "}}")
}

/// A legend node: a swatch per kind present, a coloured line per relation family present
/// with the relations drawn.
fn legend(
    view: &View,
    families: &BTreeMap<Family, BTreeSet<Relation>>,
    out: &mut impl Write,
) -> io::Result<()> {
    let kinds: BTreeSet<Kind> = view.graph.node_weights().map(|e| e.kind).collect();
    if kinds.is_empty() {
        return Ok(());
    }
    let mut rows = String::new();
    for k in Kind::ALL.iter().filter(|k| kinds.contains(k)) {
        rows.push_str(&format!(
            "<TR><TD BGCOLOR=\"{}\" WIDTH=\"18\"></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            style(*k).fill,
            html(k.name())
        ));
    }
    for (f, relations) in families {
        let (colour, line, family) = family_colour(*f);
        let words = format!(
            "{family}: {}",
            relations
                .iter()
                .map(|r| r.words())
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mark = if line == "dashed" { "- - -" } else { "——" };
        rows.push_str(&format!(
            "<TR><TD><FONT COLOR=\"{colour}\">{mark}</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"{colour}\">{}</FONT></TD></TR>",
            html(&words)
        ));
    }
    writeln!(
        out,
        "  legend [shape=plain, fontsize=9, label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\" COLOR=\"#bdbdbd\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>{rows}</TABLE>>];"
    )
}

/// A term as short text: prefixed IRI, quoted literal.
fn short(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => shorten(n.as_str()),
        Term::Literal(l) => format!("\"{}\"", super::view::clip(l.value(), 40)),
        other => other.to_string(),
    }
}

fn shorten(iri: &str) -> String {
    for (p, ns) in crate::PREFIXES {
        if let Some(rest) = iri.strip_prefix(ns) {
            return format!("{p}:{rest}");
        }
    }
    iri.to_string()
}

/// Writes triples as a DOT digraph, one node per IRI or blank node and one per literal
/// occurrence: the triple-level picture, for debugging and for CONSTRUCT results.
pub fn write_triples(triples: &[Triple], out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "digraph triples {{")?;
    writeln!(
        out,
        "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, outputorder=edgesfirst];"
    )?;
    writeln!(
        out,
        "  node [fontname=\"Helvetica\", fontsize=10, shape=ellipse, style=filled, fillcolor=\"#deebf7\"];"
    )?;
    writeln!(
        out,
        "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#636363\", fontcolor=\"#636363\", arrowsize=0.6];"
    )?;
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut literal = 0usize;
    let mut lines = Vec::new();
    let mut id_of = |term: &Term, lines: &mut Vec<String>| -> String {
        if let Term::Literal(_) = term {
            literal += 1;
            let id = format!("l{literal}");
            lines.push(format!(
                "  {id} [label={}, shape=box, fillcolor=\"#fff7bc\"];",
                quoted(&short(term))
            ));
            return id;
        }
        let key = term.to_string();
        let next = ids.len();
        ids.entry(key)
            .or_insert_with(|| {
                let id = format!("r{next}");
                lines.push(format!("  {id} [label={}];", quoted(&short(term))));
                id
            })
            .clone()
    };
    for t in triples {
        let s = id_of(&Term::from(t.subject.clone()), &mut lines);
        let o = id_of(&t.object, &mut lines);
        lines.push(format!(
            "  {s} -> {o} [label={}];",
            quoted(&shorten(t.predicate.as_str()))
        ));
    }
    for l in lines {
        writeln!(out, "{l}")?;
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(html("A & <B>"), "A &amp; &lt;B&gt;");
        assert_eq!(quoted("say \"hi\"\\"), "\"say \\\"hi\\\"\\\\\"");
    }

    #[test]
    fn long_details_wrap_at_spaces() {
        assert_eq!(
            wrap("to discuss the flow of migrants", 12),
            "to discuss\nthe flow of\nmigrants"
        );
    }
}
