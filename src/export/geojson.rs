//! GeoJSON (RFC 7946): located places as points, and each migrant group's route through the
//! towns the text names, in the order it names them, as a line. For maps (QGIS, geojson.io,
//! Leaflet).

use std::io::{self, Write};

use serde_json::{json, Value};

use super::view::{Kind, View};

/// Writes the view's located places and group routes as a FeatureCollection.
pub fn write_view(view: &View, out: &mut impl Write) -> io::Result<()> {
    let mut features = Vec::new();
    for e in view.graph.node_weights() {
        if let (true, Some((lon, lat))) = (e.kind.is_place(), e.coordinates) {
            features.push(json!({
                "type": "Feature",
                "id": e.iri,
                "geometry": { "type": "Point", "coordinates": [lon, lat] },
                "properties": {
                    "name": e.label,
                    "type": e.kind.name(),
                    "articles": e.articles.len(),
                    "mentions": e.mentions,
                    "country": e.country,
                },
            }));
        }
    }
    for e in view.graph.node_weights() {
        // A line needs two positions; a route of one known town is drawn by its point.
        if e.kind != Kind::Group || e.route.len() < 2 {
            continue;
        }
        let article = e.articles.first();
        features.push(json!({
            "type": "Feature",
            "id": e.iri,
            "geometry": {
                "type": "LineString",
                "coordinates": e.route.iter().map(|s| json!([s.lon, s.lat])).collect::<Vec<Value>>(),
            },
            "properties": {
                "name": e.label,
                "type": e.kind.name(),
                "details": e.details,
                "route": e.route.iter().map(|s| s.name.clone()).collect::<Vec<_>>(),
                "article": article.and_then(|a| view.headlines.get(a)),
            },
        }));
    }
    let doc = json!({ "type": "FeatureCollection", "features": features });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
