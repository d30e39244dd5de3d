//! GraphML: the entity view for Gephi, yEd and Cytoscape users. Written by hand (the format
//! is small) with every attribute declared as a `<key>` so the tools show it as a column.

use std::io::{self, Write};

use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use super::view::View;

/// Escapes text for XML content and attribute values.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

const KEYS: &[(&str, &str, &str, &str)] = &[
    ("label", "node", "label", "string"),
    ("kind", "node", "kind", "string"),
    ("details", "node", "details", "string"),
    ("mentions", "node", "mentions", "int"),
    ("articles", "node", "articles", "int"),
    ("country", "node", "country", "string"),
    ("iri", "node", "iri", "string"),
    ("latitude", "node", "latitude", "double"),
    ("longitude", "node", "longitude", "double"),
    ("relation", "edge", "relation", "string"),
];

/// Writes the view as a GraphML document: one `<node>` per entity, one `<edge>` per relation.
pub fn write_view(view: &View, out: &mut impl Write) -> io::Result<()> {
    let g = &view.graph;
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, on, name, ty) in KEYS {
        writeln!(
            out,
            r#"  <key id="{id}" for="{on}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="newsgraph" edgedefault="directed">"#)?;
    let data = |key: &str, value: &str| format!(r#"<data key="{key}">{}</data>"#, xml(value));
    for (i, n) in g.node_indices().enumerate() {
        let e = &g[n];
        let mut fields = vec![
            data("label", &e.label),
            data("kind", e.kind.name()),
            data("details", &e.details.join("; ")),
            data("mentions", &e.mentions.to_string()),
            data("articles", &e.articles.len().to_string()),
            data("country", e.country.as_deref().unwrap_or("")),
            data("iri", &e.iri),
        ];
        if let Some((lon, lat)) = e.coordinates {
            fields.push(data("latitude", &lat.to_string()));
            fields.push(data("longitude", &lon.to_string()));
        }
        writeln!(out, r#"    <node id="n{i}">{}</node>"#, fields.concat())?;
    }
    let position: std::collections::HashMap<_, _> =
        g.node_indices().enumerate().map(|(i, n)| (n, i)).collect();
    let mut edges: Vec<_> = g
        .edge_references()
        .map(|e| (e.source(), e.target(), *e.weight()))
        .collect();
    edges.sort();
    for (i, (a, b, r)) in edges.into_iter().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{i}" source="n{}" target="n{}">{}</edge>"#,
            position[&a],
            position[&b],
            data("relation", r.words())
        )?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup_and_drops_control_characters() {
        assert_eq!(
            xml("a<b & 'c' \"d\"\u{1}"),
            "a&lt;b &amp; &apos;c&apos; &quot;d&quot;"
        );
    }
}
