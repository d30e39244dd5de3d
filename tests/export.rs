//! `newsgraph export`, proved by real consumers: GraphViz's `dot` renders every DOT file,
//! Python rdflib parses every RDF file back and finds it isomorphic with the store, serde_json
//! reads the GeoJSON, xml.etree the GraphML. An N-Quads export loaded into an empty store
//! exports again byte for byte, and a small diagram is kept as a golden file.
//!
//! `dot` (Debian package graphviz) and rdflib are required; CI installs them. When missing,
//! the tests fail with the install command rather than pass silently.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

const INSTALL_DOT: &str = "install GraphViz with `apt-get install graphviz` (CI does this)";
const INSTALL_PY: &str = "install rdflib with `python3 -m pip install rdflib` (CI does this)";

/// Renders a DOT file with the real `dot -Tsvg`, failing on any warning or error.
fn render_dot(file: &Path) -> String {
    let o = run_tool(
        Command::new("dot").arg("-Tsvg").arg(file),
        &format!("dot -Tsvg {}", file.display()),
        INSTALL_DOT,
    );
    assert!(
        stderr(&o).trim().is_empty(),
        "dot warned about {}:\n{}",
        file.display(),
        stderr(&o)
    );
    let svg = stdout(&o);
    assert!(svg.contains("<svg"), "no SVG from {}", file.display());
    svg
}

/// Runs `newsgraph export ARGS` on `store`, asserting exit 0; returns stderr.
fn export_ok(store: &Path, dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["--store", s(store), "export"];
    all.extend_from_slice(args);
    let o = newsgraph(&all, dir);
    assert_code(&o, 0, &format!("export {args:?}"));
    stderr(&o)
}

fn example(name: &str) -> PathBuf {
    examples_dir().join(name)
}

#[test]
fn every_diagram_renders_with_graphviz_and_shows_names_not_iris() {
    let (dir, store) = examples_store();
    let d = dir.path();
    let honduras = example("03-honduras-call-with-whitcomb.txt");
    let cases: &[(&str, &[&str])] = &[
        ("all.dot", &[]),
        ("focus.dot", &["--focus", "Daniel Whitcomb", "--depth", "2"]),
        ("articles.dot", &["--cluster", "article"]),
        ("countries.dot", &["--cluster", "country"]),
        ("meetings.dot", &["--types", "meeting,person,city"]),
        ("mentioned.dot", &["--min-mentions", "2"]),
        ("one.dot", &["--graph", s(&honduras)]),
    ];
    for (file, args) in cases {
        let path = d.join(file);
        let mut a = vec!["-o", s(&path)];
        a.extend_from_slice(args);
        let note = export_ok(&store, d, &a);
        assert!(note.contains("entities"), "{note}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("https://") && !text.contains("ngid:"),
            "{file} shows IRIs:\n{text}"
        );
        assert!(text.contains("Legend"), "{file} has no legend");
        render_dot(&path);
    }
    let focus = std::fs::read_to_string(d.join("focus.dot")).unwrap();
    assert!(focus.contains("met at") && focus.contains("Meeting, 2024-02-22"));
    let whole = std::fs::read_to_string(d.join("all.dot")).unwrap();
    assert!(
        whole.contains("about 3,500"),
        "sizes are folded into group nodes"
    );
    let meetings = std::fs::read_to_string(d.join("meetings.dot")).unwrap();
    assert!(
        !meetings.contains("shape=tab"),
        "--types kept organisations"
    );
    // The triple-level picture and a CONSTRUCT result render too.
    let raw = d.join("raw.dot");
    export_ok(
        &store,
        d,
        &["-o", s(&raw), "--raw", "--graph", s(&honduras)],
    );
    assert!(std::fs::read_to_string(&raw)
        .unwrap()
        .contains("ng:participant"));
    render_dot(&raw);
    let o = newsgraph(
        &[
            "--store",
            s(&store),
            "query",
            "--format",
            "dot",
            "CONSTRUCT { ?m ?p ?o } WHERE { ?m a <https://w3id.org/newsgraph/ns#Meeting> ; ?p ?o }",
        ],
        d,
    );
    assert_code(&o, 0, "query --format dot");
    let construct = d.join("construct.dot");
    std::fs::write(&construct, &o.stdout).unwrap();
    assert!(render_dot(&construct).contains("ng:participant"));
}

#[test]
fn svg_and_png_are_drawn_by_dot() {
    let (dir, store) = examples_store();
    let svg = dir.path().join("caravan.svg");
    let png = dir.path().join("caravan.png");
    export_ok(&store, dir.path(), &["-o", s(&svg), "--focus", "Tapachula"]);
    export_ok(
        &store,
        dir.path(),
        &["-o", s(&png), "--types", "group,place"],
    );
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("<svg") && text.contains("Tapachula"));
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
}

#[test]
fn without_dot_the_dot_file_is_written_and_the_error_says_how_to_install() {
    let (dir, store) = examples_store();
    let empty = dir.path().join("no-tools");
    std::fs::create_dir_all(&empty).unwrap();
    let out = dir.path().join("caravan.svg");
    let o = Command::new(bin())
        .args(["--store", s(&store), "export", "-o", s(&out)])
        .env("PATH", &empty)
        .output()
        .unwrap();
    assert_code(&o, 2, "export svg without dot");
    assert!(
        stderr(&o).contains("apt-get install graphviz"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
    let dot = dir.path().join("caravan.dot");
    assert!(std::fs::read_to_string(dot).unwrap().starts_with("digraph"));
}

/// Parses `file` with rdflib as `format` and compares it, isomorphic, with the store's dump:
/// graph by graph for dataset formats, else with the union of the named graphs (or with one
/// graph when `graph` is given).
fn assert_isomorphic(file: &Path, format: &str, dump: &Path, graph: Option<&str>) {
    let script = r#"
import sys
try:
    import rdflib
    from rdflib.compare import isomorphic
except ImportError:
    sys.exit("rdflib is not installed")
path, fmt, dump, graph = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
DEFAULT = str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)
ref = rdflib.Dataset()
ref.parse(dump, format="nquads")
def graphs(ds):
    out = {}
    for g in ds.graphs():
        if len(g):
            out[str(g.identifier)] = g
    return out
def union(gs):
    u = rdflib.Graph()
    for g in gs:
        for t in g:
            u.add(t)
    return u
expected = graphs(ref)
if graph:
    # One article comes with the gazetteer graph's facts about what its graph speaks of and
    # the rules that found its entities.
    GAZETTEER = "https://w3id.org/newsgraph/id/gazetteer"
    RULE = rdflib.URIRef("https://w3id.org/newsgraph/ns#rule")
    described = set(expected[graph].subjects()) | set(expected[graph].objects(None, RULE))
    reference = rdflib.Graph()
    for t in expected.get(GAZETTEER, []):
        if t[0] in described:
            reference.add(t)
    expected = {graph: expected[graph]}
    if len(reference):
        expected[GAZETTEER] = reference
if fmt in ("nquads", "trig", "json-ld"):
    got = rdflib.Dataset()
    got.parse(path, format=fmt)
    got = graphs(got)
    if set(got) != set(expected):
        sys.exit(f"graph names differ: extra {sorted(set(got) - set(expected))[:3]}, missing {sorted(set(expected) - set(got))[:3]}")
    for name, g in expected.items():
        if not isomorphic(g, got[name]):
            sys.exit(f"graph {name} differs: {len(g)} triples in the store, {len(got[name])} in the file")
    print(sum(len(g) for g in got.values()))
else:
    got = rdflib.Graph()
    got.parse(path, format=fmt)
    want = union(g for n, g in expected.items() if n != DEFAULT)
    # One graph says with ng:mentionedIn which articles' graphs held an entity's rules.
    NG = rdflib.Namespace("https://w3id.org/newsgraph/ns#")
    for n, g in expected.items():
        if n != DEFAULT:
            for s in g.subjects(NG.rule, None):
                want.add((s, NG.mentionedIn, rdflib.URIRef(n)))
    if not isomorphic(want, got):
        sys.exit(f"not isomorphic: {len(want)} triples in the store, {len(got)} in the file")
    print(len(got))
"#;
    let o = run_tool(
        Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(file)
            .arg(format)
            .arg(dump)
            .arg(graph.unwrap_or("")),
        &format!("rdflib comparing {}", file.display()),
        INSTALL_PY,
    );
    let n: usize = stdout(&o).trim().parse().unwrap();
    assert!(n > 10, "{} holds only {n} statements", file.display());
}

fn write_dump(store: &Path, to: &Path) {
    std::fs::write(to, dump_nquads(store).join("\n") + "\n").unwrap();
}

#[test]
fn rdf_exports_parse_back_isomorphic_with_the_store() {
    let (dir, store) = examples_store();
    let d = dir.path();
    let dump = d.join("dump.nq");
    write_dump(&store, &dump);
    for (file, format) in [
        ("all.nq", "nquads"),
        ("all.trig", "trig"),
        ("all.jsonld", "json-ld"),
        ("union.ttl", "turtle"),
        ("union.nt", "nt"),
        ("union.rdf", "xml"),
    ] {
        let path = d.join(file);
        let note = export_ok(&store, d, &["-o", s(&path)]);
        if format == "turtle" {
            assert!(
                note.contains("union"),
                "no word on the merged graphs: {note}"
            );
        }
        assert_isomorphic(&path, format, &dump, None);
    }
    // One article, picked by the path it was ingested from.
    let source = example("05-caravan-reaches-oaxaca.html");
    let quoted = format!("#source> \"{}\"", s(&source));
    let line = dump_nquads(&store)
        .into_iter()
        .find(|l| l.contains(&quoted))
        .expect("the article's source in the default graph");
    let iri = line[1..line.find('>').unwrap()].to_string();
    for (file, format) in [("one.ttl", "turtle"), ("one.jsonld", "json-ld")] {
        let path = d.join(file);
        export_ok(&store, d, &["-o", s(&path), "--graph", s(&source)]);
        assert_isomorphic(&path, format, &dump, Some(&iri));
    }
    // The JSON-LD context makes keys read like the ontology.
    let jsonld: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("one.jsonld")).unwrap()).unwrap();
    assert_eq!(jsonld["@context"]["participant"], "ng:participant");
    assert!(jsonld.to_string().contains("\"label\":[\"Oaxaca\"]"));
}

#[test]
fn nquads_round_trip_through_an_empty_store_is_identical() {
    let (dir, store) = examples_store();
    let first = dir.path().join("first.nq");
    export_ok(&store, dir.path(), &["-o", s(&first)]);
    let copy = dir.path().join("copy");
    {
        let fresh = oxigraph::store::Store::open(&copy).unwrap();
        fresh
            .load_from_reader(
                oxigraph::io::RdfFormat::NQuads,
                std::fs::File::open(&first).unwrap(),
            )
            .unwrap();
        fresh.flush().unwrap();
    }
    let second = dir.path().join("second.nq");
    export_ok(&copy, dir.path(), &["-o", s(&second)]);
    let (a, b) = (
        std::fs::read_to_string(&first).unwrap(),
        std::fs::read_to_string(&second).unwrap(),
    );
    assert!(a.lines().count() > 1000);
    assert!(a == b, "the second export differs from the first");
    assert_eq!(dump_nquads(&store), dump_nquads(&copy));
}

#[test]
fn geojson_has_located_places_and_routes_in_text_order() {
    let (dir, store) = examples_store();
    let path = dir.path().join("map.geojson");
    export_ok(&store, dir.path(), &["-o", s(&path)]);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().unwrap();
    let position = |p: &serde_json::Value| {
        let p = p.as_array().unwrap();
        assert_eq!(p.len(), 2);
        let (lon, lat) = (p[0].as_f64().unwrap(), p[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
        (lon, lat)
    };
    let mut points = 0;
    let mut routes = Vec::new();
    for f in features {
        let g = &f["geometry"];
        match g["type"].as_str().unwrap() {
            "Point" => {
                points += 1;
                position(&g["coordinates"]);
                assert!(f["properties"]["name"].is_string());
                assert!(f["properties"]["articles"].as_u64().unwrap() >= 1);
            }
            "LineString" => {
                let coords = g["coordinates"].as_array().unwrap();
                assert!(coords.len() >= 2);
                coords.iter().for_each(|c| {
                    position(c);
                });
                routes.push(f["properties"]["route"].clone());
            }
            other => panic!("unexpected geometry {other}"),
        }
    }
    assert!(points >= 15, "only {points} points");
    let tapachula = features
        .iter()
        .find(|f| f["properties"]["name"] == "Tapachula")
        .unwrap();
    let (lon, lat) = position(&tapachula["geometry"]["coordinates"]);
    assert!((lon + 92.26).abs() < 0.1 && (lat - 14.9).abs() < 0.1);
    // "Caravan thins as it moves through Chiapas": Tapachula, Huixtla, Escuintla (the Chiapas
    // town, not the Guatemalan department of that name; named with Huixtla in one sentence,
    // and farther from Tapachula), Mapastepec.
    assert!(
        routes.contains(&serde_json::json!([
            "Tapachula",
            "Huixtla",
            "Escuintla",
            "Mapastepec"
        ])),
        "{routes:?}"
    );
}

/// Evidence is per sentence, so two stops named in one sentence tie on position: the place
/// left comes first, whatever the order of their IRIs (Huixtla's sorts after Tapachula's).
#[test]
fn a_route_within_one_sentence_runs_from_the_place_left() {
    let (dir, store) = temp_store();
    let article = dir.path().join("turn.txt");
    std::fs::write(
        &article,
        "Caravan turns back\n\nA caravan of 300 migrants departed from Huixtla on Tuesday \
         and headed toward Tapachula.\n",
    )
    .unwrap();
    ingest_ok(&store, &[&article], &[]);
    let path = dir.path().join("turn.geojson");
    export_ok(&store, dir.path(), &["-o", s(&path)]);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let routes: Vec<&serde_json::Value> = doc["features"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["geometry"]["type"] == "LineString")
        .map(|f| &f["properties"]["route"])
        .collect();
    assert_eq!(routes, [&serde_json::json!(["Huixtla", "Tapachula"])]);
}

#[test]
fn graphml_has_one_node_per_entity_of_the_view() {
    let (dir, store) = examples_store();
    let path = dir.path().join("entities.graphml");
    export_ok(&store, dir.path(), &["-o", s(&path)]);
    let nodes = {
        let st = oxigraph::store::Store::open_read_only(&store).unwrap();
        newsgraph::export::view::build(&st, &newsgraph::export::Filter::default())
            .unwrap()
            .graph
            .node_count()
    };
    let script = r#"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
graph = root.find("g:graph", ns)
nodes = graph.findall("g:node", ns)
edges = graph.findall("g:edge", ns)
ids = {n.get("id") for n in nodes}
assert all(e.get("source") in ids and e.get("target") in ids for e in edges), "dangling edge"
labels = [d.text for n in nodes for d in n.findall("g:data", ns) if d.get("key") == "label"]
assert len(labels) == len(nodes), "a node without a label"
print(len(nodes), len(edges))
"#;
    let o = run_tool(
        Command::new("python3").arg("-c").arg(script).arg(&path),
        "python3 xml.etree reading GraphML",
        "python3 is required",
    );
    let out = stdout(&o);
    let counts: Vec<usize> = out.split_whitespace().map(|n| n.parse().unwrap()).collect();
    assert_eq!(counts[0], nodes);
    assert!(nodes > 50 && counts[1] > 50, "{out}");
}

#[test]
fn small_diagram_matches_its_golden_file() {
    let (dir, store) = temp_store();
    let article = fixture("thursday-meeting.txt");
    ingest_ok(&store, &[&article], &["--published", "2024-01-12"]);
    let o = newsgraph(
        &["--store", s(&store), "export", "--format", "dot"],
        dir.path(),
    );
    assert_code(&o, 0, "export dot to stdout");
    let got = stdout(&o);
    let golden = repo().join("tests/golden/thursday-meeting.dot");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &got).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap_or_default();
    assert!(
        got == want,
        "the diagram of {} changed; review it and run `UPDATE_GOLDEN=1 cargo test --release --test export` to accept\n--- got\n{got}",
        article.display()
    );
    let file = dir.path().join("golden.dot");
    std::fs::write(&file, &got).unwrap();
    render_dot(&file);
}

#[test]
fn export_errors_say_what_to_do() {
    let (dir, store) = examples_store();
    let run = |args: &[&str]| {
        let mut all = vec!["--store", s(&store), "export"];
        all.extend_from_slice(args);
        let o = newsgraph(&all, dir.path());
        assert_code(&o, 2, &format!("export {args:?}"));
        stderr(&o)
    };
    assert!(run(&["-o", "x.txt"]).contains("--format"));
    assert!(run(&["-o", "x.nq", "--focus", "Tapachula"]).contains("--graph"));
    assert!(run(&["--focus", "Whitcom"]).contains("Daniel Whitcomb"));
    assert!(run(&["--graph", "https://example.org/none"]).contains("query articles"));
    assert!(run(&["-o", "x.geojson", "--raw"]).contains("--raw"));
}
