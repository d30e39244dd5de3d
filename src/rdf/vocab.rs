//! The newsgraph vocabulary: every class and property the extractor writes.
//!
//! Each constant matches a term declared in `ontology/newsgraph.ttl`; a test reads the
//! ontology and fails if the code writes a term that is not declared there.

/// Namespace of the newsgraph ontology.
pub const NS: &str = "https://w3id.org/newsgraph/ns#";
/// Base of the resource IRIs the extractor mints (articles, people, places, ...).
pub const ID: &str = "https://w3id.org/newsgraph/id/";
/// The named graph holding cross-article resolution: recomputed from the article graphs after
/// every change, so it depends on the set of articles, never on the order they came in.
pub const RESOLUTION_GRAPH: &str = "https://w3id.org/newsgraph/id/resolution";
/// The named graph of reference facts about gazetteer places (type, label, coordinates, codes,
/// links to Wikidata and GeoNames) and about the extraction rules (label, confidence): general
/// knowledge, written once for the whole store rather than repeated in every article that names
/// the place or uses the rule, and kept when articles are removed.
pub const GAZETTEER_GRAPH: &str = "https://w3id.org/newsgraph/id/gazetteer";
/// The named graph of counts that `stats` reads instead of scanning the store (see
/// [`crate::summary`]): derived from the article graphs and kept up to date by every write.
pub const SUMMARY_GRAPH: &str = "https://w3id.org/newsgraph/id/summary";

/// The classes whose nodes cross-article resolution links: people, meetings and migrant groups.
pub const RESOLVED_CLASSES: &[&str] = &[class::PERSON, class::MEETING, class::MIGRANT_GROUP];

macro_rules! terms {
    ($( $(#[$doc:meta])* $name:ident = $local:literal; )*) => {
        $( $(#[$doc])* pub const $name: &str = concat!("https://w3id.org/newsgraph/ns#", $local); )*
        /// Every term of this module, for the ontology conformance test.
        pub const ALL: &[&str] = &[$($name),*];
    };
}

pub mod class {
    //! Classes (`rdf:type` objects).
    terms! {
        /// A news article as ingested; the name of its own named graph.
        ARTICLE = "Article";
        /// A sentence of an article, the unit of provenance.
        SENTENCE = "Sentence";
        /// A real person named in an article.
        PERSON = "Person";
        /// A person holding a public office or government post.
        OFFICIAL = "Official";
        /// A government body, agency, NGO or international body.
        ORGANIZATION = "Organization";
        /// A geographic place.
        PLACE = "Place";
        /// A sovereign country.
        COUNTRY = "Country";
        /// A first-level subdivision: state, province, department.
        STATE = "State";
        /// A region larger than or across countries ("Central America").
        WORLD_REGION = "WorldRegion";
        /// A city, town, municipality or village.
        CITY = "City";
        /// A river, bridge, border crossing, border or other named landmark.
        LANDMARK = "Landmark";
        /// A meeting, talk, visit, call or summit between named people.
        MEETING = "Meeting";
        /// A group of migrants or a caravan.
        MIGRANT_GROUP = "MigrantGroup";
        /// One figure an article gives for the size of a group.
        SIZE_REPORT = "SizeReport";
        /// An extraction rule: what found an entity in an article, and how far it is trusted.
        EXTRACTION_RULE = "ExtractionRule";
    }
}

pub mod prop {
    //! Properties.
    terms! {
        /// A name of the subject as written in the text (one value per form).
        NAME = "name";
        /// How an article names a gazetteer place when it never writes the gazetteer's label
        /// ("Salvador Mazza" for "Profesor Salvador Mazza").
        ARTICLE_LABEL = "articleLabel";
        /// The part a person plays in the story: official, organizer, migrant, spokesperson or other.
        ROLE = "role";
        /// A title or office as the text writes it ("Secretary of State").
        TITLE = "title";
        /// The country or body a person serves.
        AFFILIATION = "affiliation";
        /// The organisation a person belongs to or speaks for.
        MEMBER_OF = "memberOf";
        /// The country a person is from.
        NATIONALITY = "nationality";
        /// The country an organisation belongs to.
        COUNTRY = "country";
        /// A place that contains the subject place.
        CONTAINED_IN = "containedIn";
        /// WGS84 latitude in decimal degrees.
        LATITUDE = "latitude";
        /// WGS84 longitude in decimal degrees.
        LONGITUDE = "longitude";
        /// A participant of a meeting.
        PARTICIPANT = "participant";
        /// Where a meeting takes place.
        LOCATION = "location";
        /// The calendar date of a meeting.
        DATE = "date";
        /// The state of a meeting: planned, underway or held.
        STATUS = "status";
        /// The kind of meeting: meeting, talks, visit, call, summit.
        MEETING_KIND = "meetingKind";
        /// The stated purpose or topic of a meeting.
        TOPIC = "topic";
        /// A size report of a group.
        SIZE = "size";
        /// The figure of a size report (or a bound of a range).
        ESTIMATE = "estimate";
        /// The words qualifying a figure ("about", "more than", "between").
        QUALIFIER = "qualifier";
        /// How many nationalities a group holds.
        NATIONALITY_COUNT = "nationalityCount";
        /// A country or region the members of a group come from.
        ORIGIN = "origin";
        /// A place a group is at.
        AT_PLACE = "atPlace";
        /// A place a group passed through.
        PASSED_THROUGH = "passedThrough";
        /// A place a group departed from.
        DEPARTED_FROM = "departedFrom";
        /// Where a group heads.
        DESTINATION = "destination";
        /// A named person who organises or leads a group.
        ORGANIZER = "organizer";
        /// A named member of a group.
        MEMBER = "member";
        /// An article that mentions the subject.
        MENTIONED_IN = "mentionedIn";
        /// A sentence that supports the subject (a span IRI, `ARTICLE#char=START,END`).
        EVIDENCE = "evidence";
        /// The sentence a fact lies in (a size report's).
        SENTENCE = "sentence";
        /// An extraction rule that found the subject in the article (an `ng:ExtractionRule`).
        RULE = "rule";
        /// How far an extraction rule is trusted: between 0 and 1, the share of what it finds
        /// that its author judged right.
        CONFIDENCE = "confidence";
        /// The canonical URL of an article.
        URL = "url";
        /// The headline of an article.
        HEADLINE = "headline";
        /// The publication date of an article.
        PUBLISHED = "published";
        /// SHA-256 of the cleaned article text.
        CONTENT_HASH = "contentHash";
        /// Version of the extractor that wrote the graph.
        EXTRACTOR_VERSION = "extractorVersion";
        /// When the article was ingested (kept in the default graph).
        INGESTED_AT = "ingestedAt";
        /// The file or stream the article was read from (kept in the default graph).
        SOURCE = "source";
        /// ISO 3166 code of a country or subdivision.
        ISO_CODE = "isoCode";
        /// The node that stands for the same real-world thing across articles (kept in the
        /// resolution graph; absent when the node is its own canonical node).
        CANONICAL = "canonical";
        /// Why a node was resolved to its canonical node ("surname-only", "shorter-name", ...).
        RESOLUTION_RULE = "resolutionRule";
        /// Why a node was left unresolved although it might be one of several others.
        RESOLUTION_NOTE = "resolutionNote";
        /// In the resolution graph: a meeting or group report left out of a cluster, to the
        /// cluster's canonical node, because another report of its article is in it.
        KEPT_APART_FROM = "keptApartFrom";
        /// On the resolution graph, in the default graph: an article added or replaced since
        /// cross-article resolution last ran (a run that stopped in between left it to do).
        PENDING_ARTICLE = "pendingArticle";
        /// On the resolution graph, in the default graph: a person, meeting or group of an
        /// article removed or replaced since cross-article resolution last ran.
        PENDING_NODE = "pendingNode";
        /// In the resolution graph: the name key a person node is resolved by, its given name
        /// and its surnames ("antony|blinken", "|blinken" for a surname alone).
        NAME_KEY = "nameKey";
        /// In the resolution graph: a surname whose block a person node is compared in.
        BLOCK_KEY = "blockKey";
        /// In the resolution graph: a title, folded, that a person node holds in some article.
        TITLE_KEY = "titleKey";
        /// On the resolution graph, in it: the version of the person index (name, block and
        /// title keys) that the last full resolution pass wrote. On the summary graph, in it:
        /// the version of its counts, present only while they are up to date.
        INDEX_VERSION = "indexVersion";
        /// In the summary graph, on the summary graph: how many quads the article graphs hold.
        QUAD_COUNT = "quadCount";
        /// In the summary graph, on a class: how many distinct entities some article types so.
        ENTITY_COUNT = "entityCount";
        /// In the summary graph, on an entity: how many articles mention it.
        ARTICLE_COUNT = "articleCount";
    }
}

pub mod external {
    //! Terms reused from W3C vocabularies; `ontology/newsgraph.ttl` declares them too.
    /// `rdf:type`.
    pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    /// `rdfs:label`: the fullest name of an entity, for display.
    pub const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
    /// `owl:sameAs`: the entity's item in Wikidata or GeoNames.
    pub const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
    /// Every reused term, for the ontology conformance test.
    pub const ALL: &[&str] = &[RDF_TYPE, RDFS_LABEL, OWL_SAME_AS];
}
