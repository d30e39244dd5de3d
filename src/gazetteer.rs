//! Gazetteers and trigger words: the general knowledge the extractors use, read from the
//! tab-separated files in `data/` (embedded at build time) plus, optionally, a folder of the
//! same files that a user extends without recompiling (`--data DIR` or `NEWSGRAPH_DATA`):
//! rows found there are added to the built-in ones.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

/// The kind of a known place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    Country,
    WorldRegion,
    State,
    City,
    Landmark,
}

/// A place from a gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceEntry {
    /// Stable identifier, the last part of the place's IRI ("iso/MX", "geonames/3530597").
    pub id: String,
    pub name: String,
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of the country the place is in (or is).
    pub country: Option<String>,
    /// ISO 3166-2 code of the subdivision a city is in, or of the subdivision itself.
    pub subdivision: Option<String>,
    /// For a border crossing, the ISO 3166-1 code of the country on the other side.
    pub across_border: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames: Option<String>,
    pub wikidata: Option<String>,
    /// For a territory that is no sovereign state (Puerto Rico), the ISO 3166-1 code of the
    /// state that holds it. It stays a country to the extractors (its own demonym, its own
    /// government) and is written as a region.
    pub held_by: Option<String>,
    pub population: u64,
}

impl PlaceEntry {
    /// A place that news names by its own name and no registry package puts on the map (a
    /// border post, an island): no coordinates, no identifiers, no population, in `country`.
    fn unmapped(id: String, name: &str, kind: PlaceKind, country: Option<&str>) -> Self {
        PlaceEntry {
            id,
            name: name.into(),
            kind,
            country: country.map(Into::into),
            subdivision: None,
            across_border: None,
            lat: None,
            lon: None,
            geonames: None,
            wikidata: None,
            held_by: None,
            population: 0,
        }
    }
}

/// The population under which `scripts/build_gazetteers.py` writes a town as a village.
pub const VILLAGE_POPULATION: u64 = 5_000;

/// The first part of the identifier of a place of `islands.tsv` ("island/lesbos").
const ISLAND_ID_PREFIX: &str = "island";

/// The population under which a town is small, known more for its crossing or its camp than
/// as a city (outside the Americas, `scripts/build_gazetteers.py` keeps towns from 15,000).
pub const SMALL_TOWN_POPULATION: u64 = 50_000;

/// The kind `data/organizations.tsv` gives non-governmental organisations.
pub const NGO_KIND: &str = "ngo";
/// The kind `data/organizations.tsv` gives intergovernmental bodies (UNHCR, IOM, ...).
pub const INTERNATIONAL_KIND: &str = "international";

/// A known organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgEntry {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub wikidata: Option<String>,
}

/// An office title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleEntry {
    pub title: String,
    pub kind: String,
    /// ISO code of the country the bare title implies in English-language news, if any.
    pub default_affiliation: Option<String>,
}

/// All the general knowledge, indexed by folded name.
#[derive(Debug, Default)]
pub struct Gazetteer {
    pub places: Vec<PlaceEntry>,
    place_names: HashMap<String, Vec<usize>>,
    /// Folded place names that come only from a word cut short with a full stop ("La." for
    /// Louisiana, "Del." for Delaware): without it they are common words ("La Mesilla",
    /// "Casa del Migrante"), so they name the place only where the text writes it.
    full_stop_only: HashSet<String>,
    /// The length of the longest of them.
    longest_full_stop_only: usize,
    /// Folded demonym ("venezuelans") to the place it names.
    demonyms: HashMap<String, usize>,
    pub orgs: Vec<OrgEntry>,
    org_names: HashMap<String, usize>,
    /// Folded one-word names of bodies that the data gives only as an acronym in capitals
    /// ("who" from "WHO", "kind" from "KIND"): written otherwise they are common words ("Who
    /// organised the crossing is not known").
    capitals_only_orgs: HashSet<String>,
    pub titles: Vec<TitleEntry>,
    title_names: HashMap<String, usize>,
    given_names: HashSet<String>,
    given_variants: HashMap<String, String>,
    outlets: HashSet<String>,
    /// By [`TriggerKind`], in the order of [`TriggerKind::ALL`].
    triggers: PerKind<Triggers>,
    trigger_lists: PerKind<Vec<String>>,
    by_iso: HashMap<String, usize>,
    /// A region to the id of the capital its bare name means ("Salta": the city), from the
    /// `namesake_capital` column of `subdivisions.tsv`.
    namesake_capitals: HashMap<usize, String>,
    cleaner: crate::text::Cleaner,
    /// For each first word of a name (place, demonym, organisation, title, outlet): the most
    /// words a name starting with it has. Lookups that try every span of a run longest first
    /// skip the words that start no name, which are most of them.
    name_starts: HashMap<String, usize>,
    /// The same for titles alone, asked of every word in lower case.
    title_starts: FilteredStarts,
    /// The same for organisations and places whose names go on in lower case after a
    /// capitalised start ("UN refugee agency", "U.S. Customs and Border Protection", "Turks and
    /// Caicos Islands"), which a run of capitalised words may cut short.
    lower_name_starts: FilteredStarts,
    /// Every folded name of a place, demonym, organisation, title or outlet, with what it
    /// names first (see [`Self::known_name`]): a run is cut into names by looking up each
    /// span, and one lookup a span is a fifth of one a table (built once, in `finish`).
    known_names: HashMap<String, KnownName>,
    /// Kinds named in `triggers.tsv` rows that no extractor reads, as the rows gave them, with
    /// their line numbers.
    unknown_trigger_kinds: Vec<(usize, String)>,
    /// Folded place names with a word in lower case after the first, and those words: noted
    /// in [`Self::lower_name_starts`] once the triggers are loaded, unless every such word
    /// is a name particle, which runs join anyway ("San Fernando de Monte Cristi").
    lower_case_place_names: Vec<(String, Vec<String>)>,
}

/// What a name in the gazetteer names (see [`Gazetteer::known_name`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KnownName {
    Title(usize),
    Org(usize),
    Outlet,
    Place(usize),
    Demonym(usize),
}

/// Declares [`TriggerKind`] from one list of variants and their names in `data/triggers.tsv`,
/// so that [`TriggerKind::ALL`] follows the declaration order the arrays are indexed by.
macro_rules! trigger_kinds {
    ($($kind:ident => $name:literal,)+) => {
        /// A kind of trigger phrase: the first column of `data/triggers.tsv`. The extractors
        /// ask about a kind several times a word; naming it by this enum rather than by its
        /// name keeps hashing the name out of that (it was 4% of extraction).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum TriggerKind {
            $($kind,)+
        }

        impl TriggerKind {
            pub const ALL: &[TriggerKind] = &[$(TriggerKind::$kind,)+];
            const NAMES: &[&str] = &[$($name,)+];
        }
    };
}

trigger_kinds! {
    Boat => "boat",
    BodyField => "body_field",
    Boilerplate => "boilerplate",
    CityContext => "city_context",
    CarryVerb => "carry_verb",
    CityHead => "city_head",
    CityHeadLast => "city_head_last",
    CivilOrgHead => "civil_org_head",
    ClauseVerb => "clause_verb",
    DepartureCue => "departure_cue",
    DestinationCue => "destination_cue",
    FacilityNoun => "facility_noun",
    FaithOrAncestry => "faith_or_ancestry",
    FunctionWord => "function_word",
    GivenNamePrefix => "given_name_prefix",
    GroupCountNoun => "group_count_noun",
    GroupMovement => "group_movement",
    GroupNoun => "group_noun",
    HiddenTravellerNoun => "hidden_traveller_noun",
    IslandHeadFirst => "island_head_first",
    LandmarkHead => "landmark_head",
    LandmarkHeadFirst => "landmark_head_first",
    Language => "language",
    LinkVerb => "link_verb",
    LocationCue => "location_cue",
    LowerCaseOrgHead => "lower_case_org_head",
    Meeting => "meeting",
    MeetingCancelled => "meeting_cancelled",
    MeetingCompanion => "meeting_companion",
    MeetingJoined => "meeting_joined",
    MeetingPlanned => "meeting_planned",
    MeetingPostponed => "meeting_postponed",
    MeetingTopic => "meeting_topic",
    MeetingUnderway => "meeting_underway",
    MigrantCue => "migrant_cue",
    NameParticle => "name_particle",
    NotHeadCount => "not_head_count",
    OrgCue => "org_cue",
    OrgHead => "org_head",
    OrgHeadAfter => "org_head_after",
    OrgParticle => "org_particle",
    OrganizerCue => "organizer_cue",
    OtherGroupCue => "other_group_cue",
    OtherGroupOpener => "other_group_opener",
    OtherWayCue => "other_way_cue",
    Patronymic => "patronymic",
    PersonCue => "person_cue",
    PostNoun => "post_noun",
    ProspectiveCue => "prospective_cue",
    RegionHead => "region_head",
    SecondGroupHead => "second_group_head",
    SizeQualifier => "size_qualifier",
    SpeechVerb => "speech_verb",
    SpokespersonCue => "spokesperson_cue",
    StateContext => "state_context",
    SteerVerb => "steer_verb",
    TitleModifier => "title_modifier",
    TransitCue => "transit_cue",
    TravelVerb => "travel_verb",
    TravellerCue => "traveller_cue",
    UnitHead => "unit_head",
    Vehicle => "vehicle",
    VisitVerb => "visit_verb",
}

/// One value per trigger kind, indexed by the kind. (Arrays derive `Default` only up to 32.)
#[derive(Debug)]
struct PerKind<T>([T; TriggerKind::ALL.len()]);

impl<T: Default> Default for PerKind<T> {
    fn default() -> Self {
        PerKind(std::array::from_fn(|_| T::default()))
    }
}

impl<T> std::ops::Index<TriggerKind> for PerKind<T> {
    type Output = T;
    fn index(&self, kind: TriggerKind) -> &T {
        &self.0[kind as usize]
    }
}

impl<T> std::ops::IndexMut<TriggerKind> for PerKind<T> {
    fn index_mut(&mut self, kind: TriggerKind) -> &mut T {
        &mut self.0[kind as usize]
    }
}

impl TriggerKind {
    /// The kind's name in `data/triggers.tsv`.
    pub fn name(self) -> &'static str {
        TriggerKind::NAMES[self as usize]
    }

    pub fn from_name(name: &str) -> Option<TriggerKind> {
        let i = TriggerKind::NAMES.iter().position(|n| *n == name)?;
        Some(TriggerKind::ALL[i])
    }
}

/// The trigger phrases of one kind.
#[derive(Debug, Default)]
pub struct Triggers {
    phrases: HashSet<String>,
    /// By word: whether it is a phrase alone, and the words after it of the phrases it starts.
    /// Checking a word of a sentence and the ones after costs one lookup and builds no string.
    by_first_word: HashMap<String, FirstWord>,
    /// By last word: the words before it of the phrases it ends (none for the word alone), so
    /// that reading back from a word costs one lookup and builds no string.
    by_last_word: HashMap<String, Vec<Vec<String>>>,
    /// Filters in front of the three lookups above: the extractors ask about nearly every
    /// word of a sentence, and few are or start or end a phrase of the kind.
    phrase_shapes: WordShapes,
    first_shapes: WordShapes,
    last_shapes: WordShapes,
}

/// Whether `rest`, the words of a phrase after its first, follow `words[i]`.
fn rest_follows(words: &[&str], i: usize, rest: &[String]) -> bool {
    words
        .get(i + 1..i + 1 + rest.len())
        .is_some_and(|after| after.iter().eq(rest.iter()))
}

#[derive(Debug, Default)]
struct FirstWord {
    alone: bool,
    /// The words after the first of the phrases of several words it starts.
    rests: Vec<Vec<String>>,
}

impl Triggers {
    /// Whether a folded phrase is one of these triggers.
    pub fn contains(&self, key: &str) -> bool {
        self.phrase_shapes.may_contain(key) && self.phrases.contains(key)
    }

    /// Whether one of these trigger phrases starts at `words[i]`: the word alone, the word and
    /// the next one ("to discuss"), or more ("spoke by phone").
    pub fn at(&self, words: &[&str], i: usize) -> bool {
        let Some(&word) = words.get(i) else {
            return false;
        };
        if !self.first_shapes.may_contain(word) {
            return false;
        }
        self.by_first_word
            .get(word)
            .is_some_and(|e| e.alone || e.rests.iter().any(|rest| rest_follows(words, i, rest)))
    }

    /// How many words the longest of these phrases that starts at `words[i]` has ("does not
    /// include": three).
    pub fn longest_at(&self, words: &[&str], i: usize) -> Option<usize> {
        let word = *words.get(i)?;
        if !self.first_shapes.may_contain(word) {
            return None;
        }
        let e = self.by_first_word.get(word)?;
        let longest_rest = e
            .rests
            .iter()
            .filter(|rest| rest_follows(words, i, rest))
            .map(Vec::len)
            .max();
        longest_rest.map(|n| n + 1).or(e.alone.then_some(1))
    }

    /// Whether one of these trigger phrases starts at any of `words`.
    pub fn any_in(&self, words: &[&str]) -> bool {
        (0..words.len()).any(|i| self.at(words, i))
    }

    /// Whether one of these phrases ends with the folded word `word(end)`, reading back no
    /// further than `start`: "to" alone, "headed to", or "on its way to".
    pub fn ends_at<'w>(&self, word: impl Fn(usize) -> &'w str, start: usize, end: usize) -> bool {
        self.longest_ending_at(word, start, end).is_some()
    }

    /// How many words the longest of these phrases that ends with `word(end)` has, reading
    /// back no further than `start` ("as many as", not "as").
    pub fn longest_ending_at<'w>(
        &self,
        word: impl Fn(usize) -> &'w str,
        start: usize,
        end: usize,
    ) -> Option<usize> {
        if start > end || !self.last_shapes.may_contain(word(end)) {
            return None;
        }
        let befores = self.by_last_word.get(word(end))?;
        befores
            .iter()
            .filter(|before| {
                before.len() <= end - start
                    && before
                        .iter()
                        .rev()
                        .zip((start..end).rev())
                        .all(|(w, t)| w == word(t))
            })
            .map(|before| before.len() + 1)
            .max()
    }

    fn insert(&mut self, key: String) {
        self.phrase_shapes.insert(&key);
        self.first_shapes
            .insert(key.split(' ').next().unwrap_or_default());
        let (before, last) = key.rsplit_once(' ').unwrap_or(("", &key));
        self.last_shapes.insert(last);
        let before = before
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(String::from);
        self.by_last_word
            .entry(last.to_string())
            .or_default()
            .push(before.collect());
        match key.split_once(' ') {
            None => self.by_first_word.entry(key.clone()).or_default().alone = true,
            Some((first, rest)) => {
                let entry = self.by_first_word.entry(first.into()).or_default();
                entry
                    .rests
                    .push(rest.split(' ').map(String::from).collect());
            }
        }
        self.phrases.insert(key);
    }
}

/// A filter in front of a set of words: which (first byte, length) pairs its words have. A
/// word whose pair no word has is not in the set, which two array reads tell without hashing.
#[derive(Debug, Clone)]
struct WordShapes {
    /// By first byte: bit `n` for a word of `n` bytes (bit 31 for 31 bytes or more).
    lengths: [u32; 256],
}

impl Default for WordShapes {
    fn default() -> Self {
        WordShapes { lengths: [0; 256] }
    }
}

impl WordShapes {
    fn bit(word: &str) -> Option<(usize, u32)> {
        let first = *word.as_bytes().first()?;
        Some((usize::from(first), 1 << word.len().min(31)))
    }

    fn insert(&mut self, word: &str) {
        if let Some((first, bit)) = Self::bit(word) {
            self.lengths[first] |= bit;
        }
    }

    /// False only when no word of the set has this word's first byte and length.
    fn may_contain(&self, word: &str) -> bool {
        Self::bit(word).is_none_or(|(first, bit)| self.lengths[first] & bit != 0)
    }
}

/// The words of a name after its first that are written in lower case ("and" in "Turks and
/// Caicos Islands").
fn lower_case_words(name: &str) -> impl Iterator<Item = &str> {
    name.split(' ')
        .skip(1)
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// Records a folded name's first word and length in a map of [`Gazetteer::name_starts`]' kind.
fn note_start(starts: &mut HashMap<String, usize>, key: &str) {
    let mut words = key.split(' ');
    let first = words.next().unwrap_or_default();
    let len = 1 + words.count();
    let longest = starts.entry(first.to_string()).or_default();
    *longest = (*longest).max(len);
}

/// A folded name with each possessive "'s", each comma ending a word and each bracket written
/// as the tokenizer splits them: "un children's agency" as "un children ' s agency",
/// "immigration, refugees and citizenship canada" as "immigration , refugees and citizenship
/// canada", "cocos (keeling) islands" as "cocos ( keeling ) islands".
fn as_tokens(key: &str) -> String {
    key.split(' ')
        .map(|word| {
            let (word, comma) = match word.strip_suffix(',') {
                Some(w) if !w.is_empty() => (w, " ,"),
                _ => (word, ""),
            };
            let (open, word) = match word.strip_prefix('(') {
                Some(w) if !w.is_empty() => ("( ", w),
                _ => ("", word),
            };
            let (word, close) = match word.strip_suffix(')') {
                Some(w) if !w.is_empty() => (w, " )"),
                _ => (word, ""),
            };
            match word.strip_suffix("'s") {
                Some(owner) if !owner.is_empty() => format!("{open}{owner} ' s{close}{comma}"),
                _ => format!("{open}{word}{close}{comma}"),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a folded name holds what [`as_tokens`] writes apart.
fn has_split_marks(key: &str) -> bool {
    key.contains("'s") || key.contains(',') || key.contains('(')
}

/// First words of names and the most words a name starting with each has, behind a filter of
/// their shapes: asked of most words of a text, which mostly start no such name ("the",
/// "caravan", "walked").
#[derive(Debug, Clone, Default)]
struct FilteredStarts {
    most_words: HashMap<String, usize>,
    shapes: WordShapes,
}

impl FilteredStarts {
    fn note(&mut self, key: &str) {
        note_start(&mut self.most_words, key);
        self.shapes
            .insert(key.split(' ').next().unwrap_or_default());
    }

    #[inline]
    fn most_words_from(&self, first: &str) -> usize {
        if !self.shapes.may_contain(first) {
            return 0;
        }
        self.most_words.get(first).copied().unwrap_or(0)
    }
}

macro_rules! builtin {
    ($($name:literal),*) => { &[$(($name, include_str!(concat!("../data/", $name)))),*] };
}

/// The data files compiled into the binary.
pub const BUILTIN_FILES: &[(&str, &str)] = builtin!(
    "countries.tsv",
    "subdivisions.tsv",
    "cities.tsv",
    "world-regions.tsv",
    "crossings.tsv",
    "islands.tsv",
    "features.tsv",
    "organizations.tsv",
    "titles.tsv",
    "given-names.txt",
    "given-name-variants.tsv",
    "news-outlets.txt",
    "triggers.tsv"
);

/// Folds a name for lookup: lowercase, no accents, no dots, one space between words,
/// typographic apostrophes made plain.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Whether a byte folds to itself lowercased: printable ASCII other than the full stop (which
/// folding drops) and the backtick (which becomes an apostrophe). A text of such bytes alone
/// folds to its lowercase, as most words do.
#[inline]
pub fn folds_as_lowercase(b: u8) -> bool {
    (b'!'..0x80).contains(&b) && b != b'.' && b != b'`'
}

/// [`fold`], appended to `out` (which may already hold text: spaces are only put between
/// this text's own words).
pub fn fold_into(text: &str, out: &mut String) {
    let base = out.len();
    // Most words: copied whole and lowercased in place.
    if text.bytes().all(folds_as_lowercase) {
        out.push_str(text);
        out[base..].make_ascii_lowercase();
        return;
    }
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = out.len() > base;
            continue;
        }
        if c == '.' {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            // Most of the text: no accents to strip, and no Unicode case tables to consult.
            out.push(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        match c {
            '’' | '‘' => out.push('\''),
            // The Polynesian ʻokina, a letter that English news often write as an apostrophe
            // ("Nukuʻalofa", "Nuku'alofa") or leave out where it opens a name ("ʻEua", "Eua").
            '\u{2bb}' => {
                if out.len() > base && !out.ends_with(' ') {
                    out.push('\'');
                }
            }
            '–' | '—' | '‐' => out.push('-'),
            _ => {
                // ("İ" lowercases to "i" and a combining dot, which the accent goes with:
                // "İstanbul" folds as "Istanbul" does.)
                for l in c
                    .to_lowercase()
                    .filter(|l| !('\u{300}'..='\u{36f}').contains(l))
                {
                    out.push(strip_accent(l));
                }
            }
        }
    }
}

fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ñ' | 'ń' | 'ň' => 'n',
        'ç' | 'ć' | 'č' => 'c',
        'ý' | 'ÿ' => 'y',
        // Central European and Turkish letters: "Białowieża", "Edirne'deki", "Şanlıurfa".
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ğ' => 'g',
        'ř' => 'r',
        'ď' | 'đ' => 'd',
        'ť' | 'ț' | 'ţ' => 't',
        // Baltic, Maltese and Vietnamese letters: "Liepiņš", "Birżebbuġa". (Not Maltese "ħ":
        // "Ħal Far" would read as a given name, "Hal".)
        'ņ' | 'ŋ' => 'n',
        'ļ' | 'ľ' | 'ĺ' => 'l',
        'ķ' => 'k',
        'ģ' | 'ġ' => 'g',
        'ė' | 'ẹ' | 'ể' | 'ế' | 'ề' | 'ệ' | 'ễ' => 'e',
        'į' | 'ĩ' | 'ị' => 'i',
        'ų' | 'ũ' | 'ư' | 'ụ' | 'ừ' | 'ứ' | 'ự' | 'ữ' | 'ử' => 'u',
        'ċ' => 'c',
        'ơ' | 'ọ' | 'ộ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ờ' | 'ớ' | 'ợ' | 'ở' | 'ỡ' => {
            'o'
        }
        'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => {
            'a'
        }
        _ => c,
    }
}

fn cells(line: &str) -> Vec<&str> {
    line.split('\t').map(str::trim).collect()
}

fn cell<'a>(row: &[&'a str], i: usize) -> Option<&'a str> {
    row.get(i).copied().filter(|s| !s.is_empty())
}

fn list<'a>(row: &[&'a str], i: usize) -> impl Iterator<Item = &'a str> {
    cell(row, i)
        .into_iter()
        .flat_map(|s| s.split('|'))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().filter(|l| is_row(l)).map(cells)
}

/// Blank lines and `#` comments are not rows.
fn is_row(line: &str) -> bool {
    !line.trim().is_empty() && !line.starts_with('#')
}

/// Every row of a `triggers.tsv` whose kind no extractor reads (the first few, in a long list),
/// and the kinds there are.
fn unknown_kinds_message(unknown: &[(usize, String)]) -> String {
    const SHOWN: usize = 5;
    let mut rows: Vec<String> = unknown
        .iter()
        .take(SHOWN)
        .map(|(line, kind)| format!("line {line}: {kind:?}"))
        .collect();
    if unknown.len() > SHOWN {
        rows.push(format!("and {} more", unknown.len() - SHOWN));
    }
    format!(
        "unknown trigger kind ({}); the kinds are {}",
        rows.join(", "),
        TriggerKind::NAMES.join(", ")
    )
}

/// Why a data folder could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct DataError {
    pub path: String,
    pub source: std::io::Error,
}

impl Gazetteer {
    /// The built-in knowledge only.
    pub fn builtin() -> Self {
        let mut g = Self::default();
        for (name, text) in BUILTIN_FILES {
            g.load(name, text);
        }
        g.finish()
    }

    /// The built-in knowledge plus the files of the same names found in `dir`.
    pub fn with_extra(dir: &Path) -> Result<Self, DataError> {
        let mut g = Self::builtin();
        for (name, _) in BUILTIN_FILES {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    g.load(name, &text);
                    // A misspelt kind would otherwise be rows that silently do nothing.
                    if !g.unknown_trigger_kinds.is_empty() {
                        return Err(DataError {
                            path: path.display().to_string(),
                            source: std::io::Error::new(
                                std::io::ErrorKind::InvalidData,
                                unknown_kinds_message(&g.unknown_trigger_kinds),
                            ),
                        });
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => {
                    return Err(DataError {
                        path: path.display().to_string(),
                        source,
                    })
                }
            }
        }
        Ok(g.finish())
    }

    fn load(&mut self, file: &str, text: &str) {
        match file {
            "countries.tsv" => {
                for r in rows(text) {
                    let Some(iso) = cell(&r, 0) else { continue };
                    let Some(name) = cell(&r, 1) else { continue };
                    let idx = self.add_place(
                        PlaceEntry {
                            id: format!("iso/{iso}"),
                            name: name.into(),
                            kind: PlaceKind::Country,
                            country: Some(iso.into()),
                            subdivision: None,
                            across_border: None,
                            lat: cell(&r, 4).and_then(|v| v.parse().ok()),
                            lon: cell(&r, 5).and_then(|v| v.parse().ok()),
                            geonames: cell(&r, 6).map(Into::into),
                            wikidata: cell(&r, 7).map(Into::into),
                            held_by: cell(&r, 8).map(Into::into),
                            population: u64::MAX,
                        },
                        list(&r, 2),
                    );
                    self.by_iso.insert(iso.to_string(), idx);
                    for d in list(&r, 3) {
                        self.add_demonym(d, idx);
                    }
                }
            }
            "subdivisions.tsv" => {
                for r in rows(text) {
                    let (Some(code), Some(name)) = (cell(&r, 0), cell(&r, 2)) else {
                        continue;
                    };
                    let idx = self.add_place(
                        PlaceEntry {
                            id: format!("iso/{code}"),
                            name: name.into(),
                            kind: PlaceKind::State,
                            country: cell(&r, 1).map(Into::into),
                            subdivision: Some(code.into()),
                            across_border: None,
                            lat: cell(&r, 5).and_then(|v| v.parse().ok()),
                            lon: cell(&r, 6).and_then(|v| v.parse().ok()),
                            geonames: None,
                            wikidata: None,
                            held_by: None,
                            population: 0,
                        },
                        list(&r, 3),
                    );
                    self.by_iso.insert(code.to_string(), idx);
                    if let Some(capital) = cell(&r, 7) {
                        self.namesake_capitals
                            .insert(idx, format!("geonames/{capital}"));
                    }
                }
            }
            "cities.tsv" => {
                for r in rows(text) {
                    let (Some(id), Some(name)) = (cell(&r, 0), cell(&r, 1)) else {
                        continue;
                    };
                    self.add_place(
                        PlaceEntry {
                            id: format!("geonames/{id}"),
                            name: name.into(),
                            kind: PlaceKind::City,
                            country: cell(&r, 3).map(Into::into),
                            subdivision: cell(&r, 4).map(Into::into),
                            across_border: None,
                            lat: cell(&r, 5).and_then(|v| v.parse().ok()),
                            lon: cell(&r, 6).and_then(|v| v.parse().ok()),
                            geonames: Some(id.into()),
                            wikidata: None,
                            held_by: None,
                            population: cell(&r, 7).and_then(|v| v.parse().ok()).unwrap_or(0),
                        },
                        list(&r, 2),
                    );
                }
            }
            "world-regions.tsv" => {
                for r in rows(text) {
                    let (Some(id), Some(name)) = (cell(&r, 0), cell(&r, 1)) else {
                        continue;
                    };
                    // Named features ("Darién Gap", "U.S.-Mexico border") become landmarks in
                    // `finish`, once the landmark head words are loaded.
                    let idx = self.add_place(
                        PlaceEntry {
                            id: format!("region/{id}"),
                            name: name.into(),
                            kind: PlaceKind::WorldRegion,
                            country: None,
                            subdivision: None,
                            across_border: None,
                            lat: None,
                            lon: None,
                            geonames: None,
                            wikidata: cell(&r, 4).map(Into::into),
                            held_by: None,
                            population: u64::MAX / 2,
                        },
                        list(&r, 2),
                    );
                    for d in list(&r, 3) {
                        self.add_demonym(d, idx);
                    }
                }
            }
            "crossings.tsv" => {
                for r in rows(text) {
                    let (Some(id), Some(name)) = (cell(&r, 0), cell(&r, 1)) else {
                        continue;
                    };
                    // A border post named by its own name ("Agua Caliente"): a landmark in
                    // the country of the post, read before a town of the same name elsewhere.
                    let mut post = PlaceEntry::unmapped(
                        format!("crossing/{id}"),
                        name,
                        PlaceKind::Landmark,
                        cell(&r, 3),
                    );
                    post.across_border = cell(&r, 4).map(Into::into);
                    self.add_place(post, list(&r, 2));
                }
            }
            // "landed on Lesbos", "crossed the Sahara": an island, a desert or a range is a
            // feature on the map; an island that is also a region ("Crete"), a group of islands
            // ("the Canary Islands") or a region a country is known by ("Darfur") is a region.
            "islands.tsv" | "features.tsv" => {
                let prefix = if file == "islands.tsv" {
                    ISLAND_ID_PREFIX
                } else {
                    "feature"
                };
                for r in rows(text) {
                    let (Some(id), Some(name)) = (cell(&r, 0), cell(&r, 1)) else {
                        continue;
                    };
                    let kind = match cell(&r, 4) {
                        Some("region") => PlaceKind::State,
                        _ => PlaceKind::Landmark,
                    };
                    // "PERIM ISLAND, Yemen": an island is also named with its head word.
                    let with_head = (file == "islands.tsv"
                        && cell(&r, 4) == Some("island")
                        && !name.ends_with(" Island"))
                    .then(|| format!("{name} Island"));
                    self.add_place(
                        PlaceEntry::unmapped(format!("{prefix}/{id}"), name, kind, cell(&r, 3)),
                        list(&r, 2).chain(with_head.as_deref()),
                    );
                }
            }
            "organizations.tsv" => {
                for r in rows(text) {
                    let (Some(id), Some(name)) = (cell(&r, 0), cell(&r, 1)) else {
                        continue;
                    };
                    let idx = self.orgs.len();
                    self.orgs.push(OrgEntry {
                        id: id.into(),
                        name: name.into(),
                        kind: cell(&r, 3).unwrap_or("organization").into(),
                        country: cell(&r, 4).map(Into::into),
                        wikidata: cell(&r, 5).map(Into::into),
                    });
                    for n in std::iter::once(name).chain(list(&r, 2)) {
                        let key = fold(n);
                        let acronym = n.len() >= 2 && n.chars().all(|c| c.is_ascii_uppercase());
                        // (A name already indexed and not among them came in another form.)
                        if !acronym {
                            self.capitals_only_orgs.remove(&key);
                        } else if !self.org_names.contains_key(&key) {
                            self.capitals_only_orgs.insert(key.clone());
                        }
                        // "UN children's agency" is read as the tokens "children", "'", "s";
                        // "Immigration, Refugees" as "immigration", ",", "refugees".
                        let tokenised = has_split_marks(&key)
                            .then(|| as_tokens(&key))
                            .filter(|t| *t != key);
                        for key in std::iter::once(key).chain(tokenised) {
                            note_start(&mut self.name_starts, &key);
                            if lower_case_words(n).next().is_some() {
                                self.lower_name_starts.note(&key);
                            }
                            self.org_names.entry(key).or_insert(idx);
                        }
                    }
                }
            }
            "titles.tsv" => {
                for r in rows(text) {
                    let Some(title) = cell(&r, 0) else { continue };
                    let idx = self.titles.len();
                    self.titles.push(TitleEntry {
                        title: title.into(),
                        kind: cell(&r, 1).unwrap_or("other").into(),
                        default_affiliation: cell(&r, 2).map(Into::into),
                    });
                    let key = fold(title);
                    note_start(&mut self.name_starts, &key);
                    self.title_starts.note(&key);
                    self.title_names.entry(key).or_insert(idx);
                }
            }
            "given-names.txt" => {
                for l in text.lines().filter(|l| !l.starts_with('#')) {
                    let n = fold(l.trim());
                    if !n.is_empty() {
                        self.given_names.insert(n);
                    }
                }
            }
            "given-name-variants.tsv" => {
                for r in rows(text) {
                    if let (Some(v), Some(c)) = (cell(&r, 0), cell(&r, 1)) {
                        self.given_variants.insert(fold(v), fold(c));
                    }
                }
            }
            "news-outlets.txt" => {
                for l in text.lines().filter(|l| !l.starts_with('#')) {
                    let n = fold(l.trim());
                    if !n.is_empty() {
                        note_start(&mut self.name_starts, &n);
                        self.outlets.insert(n);
                    }
                }
            }
            "triggers.tsv" => {
                let numbered = text.lines().enumerate();
                for (index, line) in numbered.filter(|(_, l)| is_row(l)) {
                    let r = cells(line);
                    let (Some(kind), Some(phrase)) = (cell(&r, 0), cell(&r, 1)) else {
                        continue;
                    };
                    let Some(kind) = TriggerKind::from_name(kind) else {
                        self.unknown_trigger_kinds
                            .push((index + 1, kind.to_string()));
                        continue;
                    };
                    let key = if kind == TriggerKind::Boilerplate {
                        phrase.to_lowercase()
                    } else {
                        fold(phrase)
                    };
                    self.trigger_lists[kind].push(key.clone());
                    self.triggers[kind].insert(key);
                }
            }
            _ => {}
        }
    }

    fn add_demonym(&mut self, demonym: &str, place: usize) {
        let key = fold(demonym);
        note_start(&mut self.name_starts, &key);
        self.demonyms.entry(key).or_insert(place);
    }

    fn add_place<'a>(
        &mut self,
        entry: PlaceEntry,
        aliases: impl Iterator<Item = &'a str>,
    ) -> usize {
        let idx = self.places.len();
        // A word cut short with one full stop ("La."), not initials ("U.S.", often written "US").
        // (So is "R.I.", which written "Ri" is a Korean surname.)
        let abbreviated = |a: &str| {
            a.ends_with('.')
                && (a.matches('.').count() == 1
                    || a.split_terminator('.')
                        .all(|part| part.chars().count() == 1))
        };
        let mut written: Vec<&str> = aliases.collect();
        written.push(&entry.name);
        // (Not a world region's: "Latin America and the Caribbean" is two places to a reader.)
        if entry.kind != PlaceKind::WorldRegion {
            for name in &written {
                let lower_words: Vec<String> = lower_case_words(name).map(fold).collect();
                if !lower_words.is_empty() {
                    self.lower_case_place_names.push((fold(name), lower_words));
                }
            }
        }
        // The entry's own name, last, is never one cut short.
        let last = written.len() - 1;
        let mut keys: Vec<(String, bool)> = (written.iter().enumerate())
            .map(|(i, n)| (fold(n), i < last && abbreviated(n)))
            .collect();
        // A name of two capitalised words is also written joined by a hyphen ("Guajará Mirim"
        // in GeoNames is "Guajará-Mirim" in the news). (Not an alias's: "Grande Riviere" for
        // Grande Rivière du Nord would take a Canadian village's name.)
        if let Some(n) = written.last() {
            if let Some((a, b)) = n.split_once(' ') {
                let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
                if capitalised(a) && capitalised(b) && !b.contains(' ') {
                    keys.push((fold(&format!("{a}-{b}")), false));
                }
            }
        }
        // "Cox's Bazar" is read as the tokens "cox", "'", "s", "bazar"; "Cocos (Keeling)
        // Islands" with its brackets apart.
        let tokenised: Vec<(String, bool)> = (keys.iter())
            .filter(|(key, _)| has_split_marks(key))
            .map(|(key, abbreviated)| (as_tokens(key), *abbreviated))
            .collect();
        keys.extend(tokenised);
        self.places.push(entry);
        keys.sort();
        keys.dedup_by(|b, a| a.0 == b.0);
        for (key, abbreviated) in keys {
            if key.is_empty() {
                continue;
            }
            if !abbreviated {
                self.full_stop_only.remove(&key);
            } else if !self.place_names.contains_key(&key) {
                self.longest_full_stop_only = self.longest_full_stop_only.max(key.len());
                self.full_stop_only.insert(key.clone());
            }
            note_start(&mut self.name_starts, &key);
            self.place_names.entry(key).or_default().push(idx);
        }
        idx
    }

    /// The best place for a folded name read alone: the most [`prominent`](Self::prominence),
    /// except that a city named like a region of its country yields to the region ("Quebec",
    /// "Chihuahua": the city is written "Quebec City", "the city of Chihuahua"), unless it is
    /// its country's capital ("Santo Domingo", "Washington") or has a name of its own that
    /// sets it apart ("New York City", whose "New York" is an alias); and that a region whose
    /// bare name means its capital ("Salta", "Tarija") yields to the capital.
    pub fn place(&self, key: &str) -> Option<usize> {
        let candidates = self.place_names.get(key)?;
        let best = candidates
            .iter()
            .copied()
            .max_by_key(|&i| self.prominence(i))?;
        let city = &self.places[best];
        if city.kind == PlaceKind::State {
            return Some(self.namesake_capital(best).unwrap_or(best));
        }
        if city.kind != PlaceKind::City {
            return Some(best);
        }
        // (Most names have no such region: the name and the capital are tested only then.)
        let namesake_region = candidates.iter().copied().find(|&i| {
            self.places[i].kind == PlaceKind::State && self.places[i].country == city.country
        });
        match namesake_region {
            Some(region)
                if !self.is_capital(best)
                    && fold(&city.name).to_lowercase() == key
                    && self.namesake_capital(region) != Some(best) =>
            {
                Some(region)
            }
            _ => Some(best),
        }
    }

    /// The capital a region's bare name means, where `subdivisions.tsv` gives one ("Salta"
    /// province: the city of Salta).
    pub fn namesake_capital(&self, region: usize) -> Option<usize> {
        let id = self.namesake_capitals.get(&region)?;
        let name = fold(&self.places[region].name).to_lowercase();
        self.places_named(&name)
            .iter()
            .copied()
            .find(|&p| self.places[p].id == *id)
    }

    /// Whether a city is its country's capital: `countries.tsv` gives a country the
    /// coordinates of its capital.
    pub fn is_capital(&self, city: usize) -> bool {
        let p = &self.places[city];
        let country = p.country.as_deref().and_then(|c| self.by_iso(c));
        country.is_some_and(|c| {
            let c = &self.places[c];
            p.lat.is_some() && (c.lat, c.lon) == (p.lat, p.lon)
        })
    }

    /// Whether a folded one-word name names a body only when written in capitals (see
    /// [`Self::capitals_only_orgs`]).
    pub fn org_needs_capitals(&self, key: &str) -> bool {
        self.capitals_only_orgs.contains(key)
    }

    /// Whether a folded place name is an abbreviation that names the place only when written
    /// with its full stop (see [`Self::full_stop_only`]).
    pub fn needs_full_stop(&self, key: &str) -> bool {
        // Words cut short are short ("calif"): most names are not looked up.
        key.len() <= self.longest_full_stop_only && self.full_stop_only.contains(key)
    }

    /// Every place a folded name may mean ("escuintla": a Guatemalan department, its capital
    /// and a town in Chiapas).
    pub fn places_named(&self, key: &str) -> &[usize] {
        self.place_names.get(key).map_or(&[], Vec::as_slice)
    }

    /// The first place a folded name may mean that is of one of `kinds` ("darien" as a state:
    /// the Panamanian province, although the name alone reads as the Darién Gap).
    pub fn place_named_as(&self, key: &str, kinds: &[PlaceKind]) -> Option<usize> {
        self.places_named(key)
            .iter()
            .copied()
            .find(|&p| kinds.contains(&self.places[p].kind))
    }

    /// How likely a place is meant when its name is read without context: a country before a
    /// world region before a large city before a state before a smaller city, then the more
    /// populous.
    pub fn prominence(&self, place: usize) -> impl Ord {
        let p = &self.places[place];
        let rank = match p.kind {
            PlaceKind::Country => 6,
            PlaceKind::WorldRegion | PlaceKind::Landmark => 5,
            PlaceKind::City if p.population >= 500_000 => 4,
            PlaceKind::State => 3,
            PlaceKind::City => 2,
        };
        (rank, p.population, std::cmp::Reverse(place))
    }

    /// The place a folded demonym names ("venezuelan" -> Venezuela).
    pub fn demonym(&self, key: &str) -> Option<usize> {
        self.demonyms.get(key).copied()
    }

    /// The country or subdivision with an ISO code.
    pub fn by_iso(&self, code: &str) -> Option<usize> {
        self.by_iso.get(code).copied()
    }

    /// The state that holds a territory ("Réunion": France), if the place is one.
    pub fn holder(&self, place: usize) -> Option<usize> {
        self.by_iso(self.places[place].held_by.as_deref()?)
    }

    /// The countries a bare title serves by default, most likely first: "Chancellor" is
    /// Germany's or Austria's.
    pub fn title_default_countries(&self, title: usize) -> impl Iterator<Item = usize> + '_ {
        self.titles[title]
            .default_affiliation
            .as_deref()
            .into_iter()
            .flat_map(|codes| codes.split('|'))
            .filter_map(|code| self.by_iso(code))
    }

    pub fn org(&self, key: &str) -> Option<usize> {
        self.org_names.get(key).copied()
    }

    /// The one known body of a country that a description in lower case fits ("Peru's
    /// migration agency" is Migraciones): each of its folded `field` words, cut to its first
    /// five letters, is in one of the body's names ("Superintendencia Nacional de
    /// Migraciones"). With several such bodies, the public ones (a country's body named by
    /// what it does is no NGO: "Mexico's migration agency" is not a migrants' shelter); still
    /// several, none. No field fits none: "the Indian embassy" is no body of India's.
    pub fn org_of_country_by_field(&self, country: usize, field: &[&str]) -> Option<usize> {
        if field.is_empty() {
            return None;
        }
        let code = self.places[country].country.as_deref()?;
        let stems: Vec<&str> = field.iter().map(|w| w.get(..5).unwrap_or(w)).collect();
        let mut fits: Vec<usize> = self
            .org_names
            .iter()
            .filter(|&(name, &o)| {
                self.orgs[o].country.as_deref() == Some(code)
                    && stems.iter().all(|s| name.contains(s))
            })
            .map(|(_, &o)| o)
            .collect();
        fits.sort_unstable();
        fits.dedup();
        if fits.len() > 1 {
            fits.retain(|&o| self.orgs[o].kind != NGO_KIND);
        }
        match fits[..] {
            [o] => Some(o),
            _ => None,
        }
    }

    /// The known body of a country named in a possessive before the folded name `body`
    /// ("Chile's Investigations Police", "Mexico's Foreign Ministry"): the body of that
    /// country whose name is `body` alone, with one of the country's demonyms before it
    /// ("Mexican Foreign Ministry"), or with "of" and the country's name after it
    /// ("Investigations Police of Chile").
    pub fn org_of_country(&self, country: usize, body: &str) -> Option<usize> {
        let code = self.places[country].country.as_deref()?;
        let names_country =
            |k: &str| self.demonym(k) == Some(country) || self.places_named(k).contains(&country);
        let mut found: Vec<(&str, usize)> = self
            .org_names
            .iter()
            .filter(|&(_, &o)| self.orgs[o].country.as_deref() == Some(code))
            .filter(|&(name, _)| {
                name == body
                    || name
                        .strip_suffix(body)
                        .and_then(|n| n.strip_suffix(' '))
                        .is_some_and(names_country)
                    || name
                        .strip_prefix(body)
                        .and_then(|n| n.strip_prefix(" of "))
                        .map(|n| n.strip_prefix("the ").unwrap_or(n))
                        .is_some_and(names_country)
            })
            .map(|(name, &o)| (name.as_str(), o))
            .collect();
        // The names are in a hash map: the shortest name (then the first in the file) decides
        // when two bodies fit, whatever the map's order.
        found.sort_unstable_by_key(|&(name, o)| (name.len(), o));
        found.first().map(|&(_, o)| o)
    }

    /// The demonym of two or more words that opens `words[at..]` (folded words), and how many
    /// words it takes: "sri lankan men" -> (Sri Lanka, 2).
    pub fn demonym_of_words_at(&self, words: &[&str], at: usize) -> Option<(usize, usize)> {
        let most = self
            .most_name_words_from(words.get(at)?)
            .min(words.len() - at);
        (2..=most).rev().find_map(|len| {
            let place = self.demonym(&words[at..at + len].join(" "))?;
            Some((place, len))
        })
    }

    /// The most words a name (place, demonym, organisation, title or outlet) starting with a
    /// folded word has; 0 when no name starts with it.
    pub fn most_name_words_from(&self, first: &str) -> usize {
        self.name_starts.get(first).copied().unwrap_or(0)
    }

    /// [`Self::most_name_words_from`] for the organisations and places whose names go on in
    /// lower case.
    pub fn most_lower_name_words_from(&self, first: &str) -> usize {
        self.lower_name_starts.most_words_from(first)
    }

    /// [`Self::most_name_words_from`] for titles alone.
    #[inline]
    pub fn most_title_words_from(&self, first: &str) -> usize {
        self.title_starts.most_words_from(first)
    }

    pub fn title(&self, key: &str) -> Option<usize> {
        self.title_names.get(key).copied()
    }

    /// Whether a folded word is a given name, or given names joined by hyphens ("jean-pierre").
    pub fn is_given_name(&self, key: &str) -> bool {
        // ("al-Burhan" is a surname, though "Al" and "Burhan" are given names: a particle
        // opens it.)
        self.given_names.contains(key)
            || (key.contains('-')
                && !key
                    .split('-')
                    .next()
                    .is_some_and(|first| self.is_trigger(TriggerKind::NameParticle, first))
                && key.split('-').all(|part| self.given_names.contains(part)))
    }

    /// The canonical form of a folded given name ("mike" -> "michael"), or the name itself.
    pub fn canonical_given<'a>(&'a self, key: &'a str) -> &'a str {
        self.given_variants.get(key).map_or(key, String::as_str)
    }

    pub fn is_outlet(&self, key: &str) -> bool {
        self.outlets.contains(key)
    }

    /// The trigger phrases of a kind (see `data/triggers.tsv`).
    pub fn triggers(&self, kind: TriggerKind) -> &Triggers {
        &self.triggers[kind]
    }

    /// Whether a folded phrase is a trigger of a kind (see `data/triggers.tsv`).
    pub fn is_trigger(&self, kind: TriggerKind, key: &str) -> bool {
        self.triggers(kind).contains(key)
    }

    /// The phrases of a trigger kind, in file order.
    pub fn trigger_list(&self, kind: TriggerKind) -> &[String] {
        &self.trigger_lists[kind]
    }

    /// The cleaner configured from this knowledge (built once, after loading).
    pub fn cleaner(&self) -> &crate::text::Cleaner {
        &self.cleaner
    }

    fn finish(mut self) -> Self {
        for (key, lower_words) in std::mem::take(&mut self.lower_case_place_names) {
            if !lower_words
                .iter()
                .all(|w| self.is_trigger(TriggerKind::NameParticle, w))
            {
                self.lower_name_starts.note(&key);
            }
        }
        // A "region" one of whose names ends in a landmark head word is a feature on the map,
        // not an area of countries: a gap, a border, a river ("Rio Grande River").
        let mut features: Vec<usize> = (self.place_names.iter())
            .filter(|(key, _)| {
                let last_word = key.rsplit([' ', '-']).next().unwrap_or_default();
                self.is_trigger(TriggerKind::LandmarkHead, last_word)
            })
            .flat_map(|(_, places)| places.iter().copied())
            .filter(|&i| self.places[i].kind == PlaceKind::WorldRegion)
            .collect();
        features.sort_unstable();
        features.dedup();
        for i in features {
            self.places[i].kind = PlaceKind::Landmark;
        }
        self.cleaner = crate::text::Cleaner::new(
            self.trigger_list(TriggerKind::Boilerplate),
            self.outlets.clone(),
        );
        self.known_names = self.index_known_names();
        self
    }

    /// [`Self::known_names`], from the tables as they are once loaded.
    fn index_known_names(&self) -> HashMap<String, KnownName> {
        let keys = (self.title_names.keys())
            .chain(self.org_names.keys())
            .chain(&self.outlets)
            .chain(self.place_names.keys())
            .chain(self.demonyms.keys());
        let mut index = HashMap::default();
        for key in keys {
            if index.contains_key(key.as_str()) {
                continue;
            }
            let known = if let Some(t) = self.title(key) {
                KnownName::Title(t)
            } else if let Some(o) = self.org(key) {
                KnownName::Org(o)
            } else if self.is_outlet(key) {
                KnownName::Outlet
            } else if let Some(p) = self.place(key) {
                KnownName::Place(p)
            } else if let Some(d) = self.demonym(key) {
                KnownName::Demonym(d)
            } else {
                continue;
            };
            index.insert(key.clone(), known);
        }
        index
    }

    /// What a folded name names, read alone: a title before an organisation before a news
    /// outlet before a place (the most [`prominent`](Self::prominence)) before a demonym.
    pub fn known_name(&self, key: &str) -> Option<KnownName> {
        self.known_names.get(key).copied()
    }

    /// The country that contains a place (itself for a country).
    pub fn country_of(&self, place: usize) -> Option<usize> {
        let p = &self.places[place];
        match p.kind {
            PlaceKind::Country => Some(place),
            _ => p.country.as_deref().and_then(|c| self.by_iso(c)),
        }
    }

    /// Whether a place is one of `islands.tsv`'s, whatever kind it is read as ("Tobago" a
    /// feature, "Sicily" a region).
    pub fn is_island(&self, place: usize) -> bool {
        self.places[place]
            .id
            .strip_prefix(ISLAND_ID_PREFIX)
            .is_some_and(|rest| rest.starts_with('/'))
    }

    /// Whether a place is a village: a town of the smallest tier, under
    /// [`VILLAGE_POPULATION`] people, which the extractor reads only where a place must stand
    /// (its name is more often a surname or a word than a larger town's is).
    pub fn is_village(&self, place: usize) -> bool {
        let p = &self.places[place];
        p.kind == PlaceKind::City && p.population < VILLAGE_POPULATION
    }

    /// The subdivision a city lies in, when the gazetteer knows it.
    pub fn subdivision_of(&self, place: usize) -> Option<usize> {
        let p = &self.places[place];
        match p.kind {
            PlaceKind::City => p.subdivision.as_deref().and_then(|c| self.by_iso(c)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kind no code reads makes its rows in `data/triggers.tsv` do nothing, silently: the
    /// `group_noun` rows were so for several sessions after a speed change.
    /// `scripts/build_gazetteers.py` keeps a village (a town of under 5,000 people) only under a
    /// name that nothing larger and no given name has: the extractor reads a village's name
    /// after a locative alone, and would otherwise take the state or the person for it.
    #[test]
    fn a_village_has_a_name_of_its_own() {
        let g = Gazetteer::builtin();
        let villages: Vec<&PlaceEntry> = (0..g.places.len())
            .filter(|&p| g.is_village(p))
            .map(|p| &g.places[p])
            .collect();
        assert!(villages.len() > 5_000, "{} villages", villages.len());
        for v in villages {
            let key = fold(&v.name);
            assert!(!g.is_given_name(&key), "{}", v.name);
            for &p in g.places_named(&key) {
                let other = &g.places[p];
                assert!(
                    g.is_village(p),
                    "{} ({:?}) shares its name with {} ({:?}, {})",
                    v.name,
                    v.country,
                    other.name,
                    other.kind,
                    other.population
                );
            }
        }
    }

    #[test]
    fn a_state_that_no_longer_exists_is_a_country_without_a_demonym() {
        let g = Gazetteer::builtin();
        for (name, code) in [
            ("Soviet Union", "SUHH"),
            ("USSR", "SUHH"),
            ("Yugoslavia", "YUCS"),
            ("Czechoslovakia", "CSHH"),
            ("East Germany", "DDDE"),
        ] {
            let p = g.place(&fold(name)).expect(name);
            assert_eq!(
                (g.places[p].kind, g.places[p].country.as_deref()),
                (PlaceKind::Country, Some(code)),
                "{name}"
            );
        }
        // "Soviet-era" tells when, not where.
        assert_eq!(g.demonym("soviet"), None);
    }

    #[test]
    fn ceuta_is_also_called_by_its_arabic_name() {
        let g = Gazetteer::builtin();
        let sebta = g.place("sebta").expect("Sebta");
        assert_eq!(g.places[sebta].name, "Ceuta");
    }

    #[test]
    fn names_are_keyed_as_the_tokenizer_splits_them() {
        assert_eq!(as_tokens("cox's bazar"), "cox ' s bazar");
        assert_eq!(as_tokens("immigration, refugees"), "immigration , refugees");
        assert_eq!(
            as_tokens("cocos (keeling) islands"),
            "cocos ( keeling ) islands"
        );
        assert_eq!(as_tokens("(x's), y"), "( x ' s ) , y");
        assert!(!has_split_marks("mexico city"));
    }

    /// A short name romanised with another vowel is the same city: under the letter budget of
    /// `scripts/build_gazetteers.py` a four-letter name could differ in no letter at all.
    #[test]
    fn a_short_name_spelt_with_another_vowel_is_the_same_city() {
        let g = Gazetteer::builtin();
        for (variant, name) in [("Khoy", "Khūy"), ("Hums", "Homs"), ("Kholm", "Khulm")] {
            let p = g.place(&fold(variant)).expect(variant);
            assert_eq!(g.places[p].name, name);
            assert_eq!(g.places[p].kind, PlaceKind::City, "{variant}");
        }
    }

    /// A territory that is no sovereign state is held by a state (and written as a region);
    /// the constituent countries of the Kingdom of the Netherlands are called countries.
    #[test]
    fn territories_are_regions_but_constituent_countries_are_countries() {
        let g = Gazetteer::builtin();
        let held_by = |name: &str| {
            let p = g.place(&fold(name)).expect(name);
            assert_eq!(g.places[p].kind, PlaceKind::Country, "{name}");
            g.places[p].held_by.clone()
        };
        assert_eq!(held_by("Puerto Rico").as_deref(), Some("US"));
        assert_eq!(held_by("Turks and Caicos Islands").as_deref(), Some("GB"));
        assert_eq!(held_by("Curaçao"), None);
        assert_eq!(held_by("Aruba"), None);
    }

    /// Where small boats land in England and leave from in France: "the Kent coast", "south
    /// of Boulogne".
    #[test]
    fn the_channel_coasts_are_named_as_news_name_them() {
        let g = Gazetteer::builtin();
        let kent = g.place_named_as("kent", &[PlaceKind::State]).expect("Kent");
        assert_eq!(g.places[kent].id, "iso/GB-KEN");
        assert!(g
            .places_named("boulogne")
            .iter()
            .any(|&p| g.places[p].name == "Boulogne-sur-Mer"));
    }

    /// Ports and border towns of the routes outside the Americas are smaller than the
    /// 200,000 people a city abroad once needed; a group landing at one was read as a person.
    #[test]
    fn a_port_town_abroad_is_a_city() {
        let g = Gazetteer::builtin();
        for (name, country) in [("nouadhibou", "MR"), ("zarzis", "TN"), ("tobruk", "LY")] {
            let places = g.places_named(name);
            assert!(
                places.iter().any(|&p| g.places[p].kind == PlaceKind::City
                    && g.places[p].country.as_deref() == Some(country)),
                "{name}"
            );
        }
    }

    /// An initialism with full stops names its place only so written: "R.I." is Rhode Island,
    /// "Ri" a surname. One also written without them stays a name ("U.S.", "US").
    #[test]
    fn an_initialism_names_its_place_only_with_its_full_stops() {
        let g = Gazetteer::builtin();
        assert!(g.needs_full_stop("ri"));
        assert!(!g.needs_full_stop("us"));
    }

    /// The Persian ezafe is written "-e" or "-i", before a hyphen or a space: each spelling
    /// names the one city.
    #[test]
    fn a_name_with_an_ezafe_is_found_however_it_is_written() {
        let g = Gazetteer::builtin();
        let city = g.place("mazar-e sharif").expect("Mazar-e Sharif");
        for name in ["mazar-i-sharif", "mazar-i sharif", "mazar-e-sharif"] {
            assert_eq!(g.place(name), Some(city), "{name}");
        }
    }

    /// A capital is a place however small it is or however frequent its name ("Bern",
    /// "Valletta"), and a town that GeoNames names in many languages is known by its own name
    /// ("Calais"), though the word-frequency filter keeps other towns of its size out; such a
    /// city keeps its name when it is also a given name ("Basel"), as does a town that names
    /// its time zone ("Darwin"). Spanish towns whose names are common Spanish surnames stay out.
    #[test]
    fn a_capital_or_a_town_known_abroad_is_a_city_but_a_surname_town_is_not() {
        let g = Gazetteer::builtin();
        let city_in = |name: &str, country: &str| {
            g.places_named(name).iter().any(|&p| {
                g.places[p].kind == PlaceKind::City
                    && g.places[p].country.as_deref() == Some(country)
            })
        };
        for (name, country) in [
            ("bern", "CH"),
            ("valletta", "MT"),
            ("banjul", "GM"),
            ("calais", "FR"),
            ("dunkirk", "FR"),
            // Named like people, but cities of 100,000 or more known abroad.
            ("basel", "CH"),
            ("breda", "NL"),
            ("kandy", "LK"),
            // Named like a person and frequent in text, but giving its name to a time zone.
            ("darwin", "AU"),
        ] {
            assert!(city_in(name, country), "{name}");
        }
        // (Not a village that names one: Knox, Indiana.)
        for (name, country) in [
            ("caceres", "ES"),
            ("burgos", "ES"),
            ("male", "MV"),
            ("knox", "US"),
        ] {
            assert!(!city_in(name, country), "{name}");
        }
        // Nor is a town named like a known body's acronym: "U.N." is no Ūn in India.
        for (name, country) in [("un", "IN"), ("oas", "PH")] {
            assert!(!city_in(name, country), "{name}");
        }
    }

    /// Tonga's capital, written with the ʻokina, is the one GeoNames writes with a quotation mark.
    #[test]
    fn a_name_written_with_the_okina_is_found() {
        let g = Gazetteer::builtin();
        let place = g.place(&fold("Nukuʻalofa")).map(|p| &g.places[p]);
        assert!(
            place.is_some_and(|p| p.kind == PlaceKind::City && p.country.as_deref() == Some("TO")),
            "{place:?}"
        );
    }

    /// A territory is found by the French spelling news use, and a local office by its own
    /// word ("alkalo", the Gambia's village head).
    #[test]
    fn saint_pierre_and_miquelon_and_the_alkalo_are_known() {
        let g = Gazetteer::builtin();
        let place = g.place("saint-pierre and miquelon").map(|p| &g.places[p]);
        assert!(place.is_some_and(|p| p.id == "iso/PM"), "{place:?}");
        assert!(g.title("alkalo").is_some());
    }

    /// A feature named without a head word of its own ("lanes of the Great Lakes").
    #[test]
    fn the_great_lakes_are_a_landmark() {
        let g = Gazetteer::builtin();
        let place = g.place("great lakes").map(|p| &g.places[p]);
        assert!(
            place.is_some_and(|p| p.kind == PlaceKind::Landmark),
            "{place:?}"
        );
    }

    /// English news write a Spanish region's "y" as "and".
    #[test]
    fn a_region_named_with_y_is_found_with_and() {
        let g = Gazetteer::builtin();
        for name in ["arica y parinacota", "arica and parinacota"] {
            let place = g.place(name).map(|p| &g.places[p]);
            assert!(
                place.is_some_and(
                    |p| p.kind == PlaceKind::State && p.country.as_deref() == Some("CL")
                ),
                "{name}"
            );
        }
    }

    #[test]
    fn every_trigger_kind_is_read_by_some_code() {
        let code_before_tests =
            |source: &'static str| source.split("#[cfg(test)]").next().unwrap_or_default();
        let readers = [
            code_before_tests(include_str!("gazetteer.rs")),
            code_before_tests(include_str!("extract/mentions.rs")),
            include_str!("extract/mentions/bodies.rs"),
            include_str!("extract/mentions/classify.rs"),
            include_str!("extract/mentions/context.rs"),
            include_str!("extract/mentions/places.rs"),
            include_str!("extract/mentions/runs.rs"),
            include_str!("extract/mentions/titles.rs"),
            include_str!("extract/mentions/unknown.rs"),
            code_before_tests(include_str!("extract/meetings.rs")),
            code_before_tests(include_str!("extract/groups.rs")),
            include_str!("extract/groups/members.rs"),
            include_str!("extract/groups/route.rs"),
            include_str!("extract/groups/sizes.rs"),
            include_str!("extract/groups/two.rs"),
            code_before_tests(include_str!("resolve/mod.rs")),
            code_before_tests(include_str!("resolve/names.rs")),
        ];
        for kind in TriggerKind::ALL {
            let used = format!("TriggerKind::{kind:?}");
            assert!(
                readers.iter().any(|code| code.contains(&used)),
                "no extractor reads trigger kind {} ({used})",
                kind.name()
            );
        }
    }

    #[test]
    fn a_city_is_named_without_its_honorific_title_and_found_by_both() {
        let g = Gazetteer::builtin();
        for (official, common) in [
            ("heroica matamoros", "Matamoros"),
            (
                "heroica ciudad de juchitan de zaragoza",
                "Juchitán de Zaragoza",
            ),
        ] {
            let place = g.place(official).expect(official);
            assert_eq!(g.places[place].name, common);
            assert!(g
                .places_named(&fold(common).to_lowercase())
                .contains(&place));
        }
    }

    #[test]
    fn trigger_phrases_start_at_a_word() {
        let mut g = Gazetteer::default();
        g.load(
            "triggers.tsv",
            "meeting\tmet\nmeeting_topic\tto discuss\nmeeting_topic\tin order to discuss\n",
        );
        let words = ["they", "met", "to", "discuss", "visas"];
        let meeting = g.triggers(TriggerKind::Meeting);
        assert!(meeting.at(&words, 1));
        assert!(!meeting.at(&words, 0));
        let topic = g.triggers(TriggerKind::MeetingTopic);
        assert!(topic.at(&words, 2));
        assert!(!topic.at(&words, 3));
        assert!(!topic.at(&["to"], 0));
        assert!(topic.contains("in order to discuss"));
        assert!(topic.at(&["in", "order", "to", "discuss", "visas"], 0));
        assert!(!topic.at(&["in", "order", "to"], 0));
        assert!(topic.any_in(&words));
        assert!(!topic.any_in(&["they", "met", "to"]));
        // A kind without rows finds nothing.
        assert!(!g.triggers(TriggerKind::SpeechVerb).at(&words, 1));
        // The longest phrase that starts at a word, counted in words.
        assert_eq!(topic.longest_at(&words, 2), Some(2));
        assert_eq!(topic.longest_at(&words, 3), None);
        assert_eq!(
            topic.longest_at(&["in", "order", "to", "discuss", "visas"], 0),
            Some(4)
        );
        g.load("triggers.tsv", "meeting\tmet with\n");
        let meeting = g.triggers(TriggerKind::Meeting);
        assert_eq!(
            meeting.longest_at(&["they", "met", "with", "her"], 1),
            Some(2)
        );
        assert_eq!(meeting.longest_at(&words, 1), Some(1));
        assert_eq!(meeting.longest_at(&words, 0), None);
    }

    #[test]
    fn every_builtin_trigger_phrase_can_be_found_in_a_sentence() {
        // A row the matchers cannot find is dead data: rows of three words or more were.
        let g = Gazetteer::builtin();
        let mut phrases = 0;
        for triggers in &g.triggers.0 {
            for phrase in &triggers.phrases {
                let words: Vec<&str> = ["said"]
                    .into_iter()
                    .chain(phrase.split(' '))
                    .chain(["today"])
                    .collect();
                let last = words.len() - 2;
                assert!(
                    triggers.at(&words, 1),
                    "{phrase:?} is not found where it starts"
                );
                assert!(
                    triggers.ends_at(|i| words[i], 0, last),
                    "{phrase:?} is not found where it ends"
                );
                phrases += 1;
            }
        }
        assert!(phrases > 100, "only {phrases} trigger phrases");
    }

    #[test]
    fn every_trigger_kind_has_builtin_phrases_and_no_builtin_row_names_another() {
        let g = Gazetteer::builtin();
        assert_eq!(g.unknown_trigger_kinds, Vec::new());
        for (index, &kind) in TriggerKind::ALL.iter().enumerate() {
            // The arrays indexed by kind rely on it.
            assert_eq!(kind as usize, index, "{kind:?} out of place in ALL");
            assert_eq!(TriggerKind::from_name(kind.name()), Some(kind));
            assert!(
                !g.trigger_list(kind).is_empty(),
                "no built-in phrase for {}",
                kind.name()
            );
        }
    }

    #[test]
    fn a_named_feature_among_the_world_regions_is_a_landmark_and_an_area_is_not() {
        let g = Gazetteer::builtin();
        let kind = |name: &str| g.places[g.place(&fold(name)).unwrap()].kind;
        assert_eq!(kind("U.S.-Mexico border"), PlaceKind::Landmark);
        assert_eq!(kind("Darién Gap"), PlaceKind::Landmark);
        // By another of its names: "Rio Grande River".
        assert_eq!(kind("Rio Grande"), PlaceKind::Landmark);
        // A mountain range, and the countries along it.
        assert_eq!(kind("Andes"), PlaceKind::Landmark);
        assert_eq!(kind("Andean region"), PlaceKind::WorldRegion);
        assert_eq!(kind("Central America"), PlaceKind::WorldRegion);
        assert_eq!(kind("Horn of Africa"), PlaceKind::WorldRegion);
    }

    #[test]
    fn regions_on_the_routes_and_islands_that_are_provinces_are_regions_of_their_country() {
        let g = Gazetteer::builtin();
        for (name, country) in [
            ("West Timor", "ID"),
            ("Fezzan", "LY"),
            ("Bali", "ID"),
            ("Sicily", "IT"),
            // An archipelago, "the X Islands", is a region, even where its bare name is listed.
            ("Kerkennah Islands", "TN"),
            ("Kerkennah", "TN"),
            ("Penghu", "TW"),
        ] {
            let p = g.place(&fold(name)).expect(name);
            assert_eq!(g.places[p].kind, PlaceKind::State, "{name}");
            assert_eq!(g.places[p].country.as_deref(), Some(country), "{name}");
        }
    }

    #[test]
    fn the_islands_of_the_sea_route_east_of_bali_are_islands_of_indonesia() {
        let g = Gazetteer::builtin();
        for name in ["Flores", "Komodo Island", "Alor", "Madura"] {
            let p = g.place(&fold(name)).expect(name);
            assert!(g.is_island(p), "{name}");
            assert_eq!(g.places[p].country.as_deref(), Some("ID"), "{name}");
        }
    }

    #[test]
    fn an_island_is_also_named_with_its_head_word_and_the_channel_islands_are_guernsey_s() {
        let g = Gazetteer::builtin();
        assert_eq!(g.place("perim island"), g.place("perim"));
        assert!(g.place("perim").is_some_and(|p| g.is_island(p)));
        // A group of islands takes no "Island" after it.
        assert_eq!(g.place("hanish islands island"), None);
        for name in ["Alderney", "Sark", "Herm"] {
            let p = g.place(&fold(name)).expect(name);
            assert!(g.is_island(p), "{name}");
            assert_eq!(g.places[p].country.as_deref(), Some("GG"), "{name}");
        }
    }

    #[test]
    fn a_city_news_names_short_is_named_short_and_found_by_its_official_name() {
        let g = Gazetteer::builtin();
        for (official, short) in [
            ("Xalapa de Enríquez", "Xalapa"),
            ("Pachuca de Soto", "Pachuca"),
            ("Ciudad Choluteca", "Choluteca"),
        ] {
            let city = g
                .place_named_as(&fold(official), &[PlaceKind::City])
                .unwrap_or_else(|| panic!("{official} unknown"));
            assert_eq!(g.places[city].name, short);
        }
    }

    #[test]
    fn the_migration_authorities_and_police_of_the_andean_route_are_known_bodies() {
        let g = Gazetteer::builtin();
        for (name, country) in [
            ("Migraciones", "PE"),
            ("Carabineros", "CL"),
            ("Policía de Investigaciones", "CL"),
            ("Global Affairs Canada", "CA"),
            ("Operação Acolhida", "BR"),
            // And bodies of the Mediterranean routes, by acronym too.
            ("FTDES", "TN"),
            ("Channel and North Sea Maritime Prefecture", "FR"),
        ] {
            let body = g
                .org(&fold(name))
                .unwrap_or_else(|| panic!("{name} unknown"));
            assert_eq!(g.orgs[body].country.as_deref(), Some(country), "{name}");
        }
        // Uganda's refugee authority, an office several governments have: of no one country.
        let opm = g.org("opm").expect("OPM");
        assert_eq!(g.orgs[opm].name, "Office of the Prime Minister");
        assert_eq!(g.orgs[opm].country, None);
    }

    #[test]
    fn a_data_folder_with_an_unknown_trigger_kind_is_refused_with_the_kinds_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("triggers.tsv"),
            "# mine\nmeetng\tconvened\n\nmeeting\tsat down with\nmeting\thuddled\n",
        )
        .unwrap();
        let err = Gazetteer::with_extra(dir.path()).unwrap_err().to_string();
        assert!(err.contains("triggers.tsv"), "{err}");
        assert!(
            err.contains("unknown trigger kind (line 2: \"meetng\", line 5: \"meting\")"),
            "{err}"
        );
        assert!(
            err.contains(
                "meeting, meeting_cancelled, meeting_companion, meeting_joined, meeting_planned"
            ),
            "{err}"
        );
        let many: String = (0..7).map(|i| format!("kind{i}\tphrase\n")).collect();
        std::fs::write(dir.path().join("triggers.tsv"), many).unwrap();
        let err = Gazetteer::with_extra(dir.path()).unwrap_err().to_string();
        assert!(err.contains("line 5: \"kind4\", and 2 more)"), "{err}");
        std::fs::write(dir.path().join("triggers.tsv"), "meeting\tconvened\n").unwrap();
        let g = Gazetteer::with_extra(dir.path()).unwrap();
        assert!(g.is_trigger(TriggerKind::Meeting, "convened"));
    }

    #[test]
    fn a_name_in_several_tables_names_what_the_first_of_them_holds() {
        let mut g = Gazetteer::default();
        g.load("countries.tsv", "GT\tGuatemala\t\tGuatemalan|Guatemalans\n");
        g.load(
            "organizations.tsv",
            "guatemala-fc\tGuatemala\t\tngo\tGT\t\n",
        );
        g.load("titles.tsv", "Guatemalan\tother\t\n");
        g.load("news-outlets.txt", "Guatemalans\n");
        let g = g.finish();
        let guatemala = g.place("guatemala").expect("the country");
        assert_eq!(g.known_name("guatemala"), Some(KnownName::Org(0)));
        assert_eq!(g.known_name("guatemalan"), Some(KnownName::Title(0)));
        assert_eq!(g.known_name("guatemalans"), Some(KnownName::Outlet));
        assert_eq!(g.known_name("guatemala city"), None);
        assert_eq!(g.demonym("guatemalans"), Some(guatemala));
        // The built-in tables: every name answers as the tables read one by one do.
        let g = Gazetteer::builtin();
        assert!(g.known_names.len() > 20_000, "{}", g.known_names.len());
        for key in g.place_names.keys().chain(g.demonyms.keys()) {
            let expected = g
                .title(key)
                .map(KnownName::Title)
                .or_else(|| g.org(key).map(KnownName::Org))
                .or_else(|| g.is_outlet(key).then_some(KnownName::Outlet))
                .or_else(|| g.place(key).map(KnownName::Place))
                .or_else(|| g.demonym(key).map(KnownName::Demonym));
            assert_eq!(g.known_name(key), expected, "{key}");
        }
    }

    #[test]
    fn trigger_phrases_of_any_length_end_at_a_word() {
        let mut g = Gazetteer::default();
        g.load(
            "triggers.tsv",
            "destination_cue\ttoward\ndestination_cue\theaded to\ndestination_cue\ton its way to\n",
        );
        let cues = g.triggers(TriggerKind::DestinationCue);
        let words = [
            "caravan", "on", "its", "way", "to", "headed", "to", "toward",
        ];
        let word = |i: usize| words[i];
        assert!(cues.ends_at(word, 0, 7), "one word");
        assert!(cues.ends_at(word, 0, 6), "two words");
        assert!(cues.ends_at(word, 0, 4), "four words");
        // Not past the start given (the sentence's first word), and not a phrase's middle.
        assert!(!cues.ends_at(word, 2, 4));
        assert!(!cues.ends_at(word, 0, 3));
        assert!(!g.triggers(TriggerKind::TransitCue).ends_at(word, 0, 7));
        // The longest phrase wins: "on its way to", though "to" alone were a cue too.
        g.load("triggers.tsv", "destination_cue\tto\n");
        let cues = g.triggers(TriggerKind::DestinationCue);
        assert_eq!(cues.longest_ending_at(word, 0, 4), Some(4));
        assert_eq!(cues.longest_ending_at(word, 4, 4), Some(1));
    }

    #[test]
    fn a_city_named_like_a_region_of_its_country_yields_to_it_unless_it_is_the_capital() {
        let g = Gazetteer::builtin();
        let kind_and_id = |key: &str| {
            let p = &g.places[g.place(key).expect(key)];
            (p.kind, p.id.clone())
        };
        assert_eq!(
            kind_and_id("quebec"),
            (PlaceKind::State, "iso/CA-QC".into())
        );
        assert_eq!(
            kind_and_id("chihuahua"),
            (PlaceKind::State, "iso/MX-CHH".into())
        );
        // A capital, and a city whose own name sets it apart, keep the name.
        for city in ["santo domingo", "washington", "new york"] {
            assert_eq!(kind_and_id(city).0, PlaceKind::City, "{city}");
        }
        let santo_domingo = g.place("santo domingo").unwrap();
        assert!(g.is_capital(santo_domingo));
        assert!(!g.is_capital(g.place("tijuana").unwrap()));
    }

    #[test]
    fn a_region_whose_bare_name_means_its_capital_yields_to_the_capital() {
        let mut g = Gazetteer::builtin();
        let read = |g: &Gazetteer, key: &str| {
            let p = &g.places[g.place(key).expect(key)];
            (p.kind, p.country.clone().unwrap_or_default())
        };
        // Salta (520,000 people) and Tarija (160,000): the cities, larger or smaller than
        // the rank a region has alone...
        assert_eq!(read(&g, "salta"), (PlaceKind::City, "AR".into()));
        assert_eq!(read(&g, "tarija"), (PlaceKind::City, "BO".into()));
        assert_eq!(read(&g, "sao paulo"), (PlaceKind::City, "BR".into()));
        // So are Uruguay's ("buses from Rivera"), an autonomous city ("Melilla") and a town
        // GeoNames spells otherwise than its province ("Tamanrasset", Tamanghasset).
        assert_eq!(read(&g, "rivera"), (PlaceKind::City, "UY".into()));
        assert_eq!(read(&g, "melilla"), (PlaceKind::City, "ES".into()));
        // So is a territory that is one city ("fly from Delhi").
        assert_eq!(read(&g, "delhi"), (PlaceKind::City, "IN".into()));
        assert_eq!(read(&g, "tamanrasset"), (PlaceKind::City, "DZ".into()));
        let salta = g.by_iso("AR-A").unwrap();
        assert_eq!(g.namesake_capital(salta), g.place("salta"));
        // ...but not a Cuban province's, nor a state's, nor a region whose namesake town is
        // not its seat (Lambayeque's is Chiclayo, Paraná's Curitiba).
        assert_eq!(read(&g, "camaguey"), (PlaceKind::State, "CU".into()));
        assert_eq!(read(&g, "chihuahua"), (PlaceKind::State, "MX".into()));
        assert_eq!(read(&g, "lambayeque"), (PlaceKind::State, "PE".into()));
        assert_eq!(read(&g, "parana"), (PlaceKind::State, "BR".into()));
        // Nor an Afghan province, named bare as home ("from Herat"); the capital stays the city.
        assert_eq!(read(&g, "herat"), (PlaceKind::State, "AF".into()));
        assert_eq!(read(&g, "kabul"), (PlaceKind::City, "AF".into()));
        // The column is data: a user's files may give a region its capital, or not.
        g.load(
            "cities.tsv",
            "9999001\tQuilca\t\tCU\t\t\t\t60000\n9999002\tYaray\t\tCU\t\t\t\t60000\n",
        );
        g.load(
            "subdivisions.tsv",
            "CU-91\tCU\tQuilca\t\tprovince\t\t\t9999001\nCU-92\tCU\tYaray\t\tprovince\t\t\t\n",
        );
        assert_eq!(read(&g, "quilca"), (PlaceKind::City, "CU".into()));
        assert_eq!(read(&g, "yaray"), (PlaceKind::State, "CU".into()));
    }

    #[test]
    fn regions_of_the_countries_added_later_are_read_with_their_country() {
        let g = Gazetteer::builtin();
        let read = |key: &str| {
            let p = &g.places[g.place(key).expect(key)];
            (p.kind, p.country.clone().unwrap_or_default())
        };
        for (key, country) in [
            ("sistan and baluchestan", "IR"),
            ("razavi khorasan", "IR"),
            ("west kazakhstan", "KZ"),
            ("tashkent region", "UZ"),
            ("musandam", "OM"),
            ("maramures", "RO"),
            ("tawi-tawi", "PH"),
            ("sulu", "PH"),
            ("north kivu", "CD"),
            ("south kivu", "CD"),
            ("bavaria", "DE"),
            ("chechnya", "RU"),
            ("buryatia", "RU"),
            ("chukotka", "RU"),
        ] {
            assert_eq!(read(key), (PlaceKind::State, country.into()), "{key}");
        }
        // (Not Russia's oblasts, named after their capitals: "Murmansk" is the city.)
        assert_eq!(read("murmansk"), (PlaceKind::City, "RU".into()));
        // A bare name that is the region's seat too means the town ("in Mafraq", "shelling in
        // Kharkiv"), and a town GeoNames spells otherwise is found by the region's spelling.
        for (key, country) in [
            ("mafraq", "JO"),
            ("kharkiv", "UA"),
            ("samarkand", "UZ"),
            ("vinnytsia", "UA"),
        ] {
            assert_eq!(read(key), (PlaceKind::City, country.into()), "{key}");
        }
        let kharkiv = g.by_iso("UA-63").unwrap();
        assert_eq!(g.namesake_capital(kharkiv), g.place("kharkiv"));
    }

    #[test]
    fn name_starts_give_the_words_of_the_longest_name() {
        let g = Gazetteer::builtin();
        assert!(g.most_name_words_from("mexico") >= 2, "mexico city");
        assert!(
            g.most_title_words_from("secretary") >= 3,
            "secretary of state"
        );
        assert_eq!(g.most_title_words_from("mexico"), 0);
        // The filter in front of the lookup lets every title word through, and most others not.
        for word in g.title_starts.most_words.keys() {
            assert!(g.most_title_words_from(word) >= 1, "{word}");
        }
        let words = [
            "the", "caravan", "walked", "north", "along", "highway", "of", "a",
        ];
        let passed = words
            .iter()
            .filter(|w| g.title_starts.shapes.may_contain(w));
        assert!(passed.count() < words.len() / 2);
        assert_eq!(g.most_name_words_from("caravan"), 0);
        assert_eq!(g.most_name_words_from(""), 0);
    }

    #[test]
    fn the_data_readme_lists_every_trigger_kind() {
        let words: HashSet<&str> = include_str!("../data/README.md")
            .split(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .collect();
        let missing: Vec<&str> = TriggerKind::NAMES
            .iter()
            .copied()
            .filter(|name| !words.contains(name))
            .collect();
        assert!(missing.is_empty(), "data/README.md lacks {missing:?}");
    }

    #[test]
    fn folds_names() {
        assert_eq!(
            fold("  Andrés  Manuel López’s U.S. "),
            "andres manuel lopez's us"
        );
        assert_eq!(
            fold("Białowieża, Şanlıurfa, Herāt"),
            "bialowieza, sanliurfa, herat"
        );
        assert_eq!(fold("İstanbul, İZMİR"), "istanbul, izmir");
        assert_eq!(
            fold("Liepiņš, Birżebbuġa, Šiaulių, Quảng Ngãi"),
            "liepins, birzebbuga, siauliu, quang ngai"
        );
        // ...so that a bare "Istanbul" is the city the region is named after.
        let g = Gazetteer::builtin();
        let istanbul = g.place("istanbul").map(|p| g.places[p].kind);
        assert_eq!(istanbul, Some(PlaceKind::City));
    }

    #[test]
    fn builtin_knows_the_basics() {
        let g = Gazetteer::builtin();
        let bosnia = g.place("bosnia").map(|p| g.places[p].id.as_str());
        assert_eq!(bosnia, Some("iso/BA"));
        let mx = g.place("mexico").expect("Mexico");
        assert_eq!(g.places[mx].kind, PlaceKind::Country);
        let us = g.place("us").expect("U.S.");
        assert_eq!(g.places[us].country.as_deref(), Some("US"));
        assert_eq!(
            g.demonym("venezuelans").map(|i| g.places[i].name.as_str()),
            Some("Venezuela")
        );
        let chiapas = g.place("chiapas").expect("Chiapas");
        assert_eq!(g.places[chiapas].kind, PlaceKind::State);
        // A name of two words is also found joined by a hyphen.
        let mirim = g.place("guajara-mirim").expect("Guajará-Mirim");
        assert_eq!(g.places[mirim].name, "Guajará Mirim");
        // The nations of the United Kingdom and England's two-tier counties, and no borough.
        let wales = g.place("wales").expect("Wales");
        assert_eq!(g.places[wales].country.as_deref(), Some("GB"));
        assert!(g.place("cymru").is_some() && g.place("gloucestershire").is_some());
        assert!(g.place("tower hamlets").is_none());
        assert!(g.title("secretary of state").is_some());
        assert!(g.is_given_name("antony"));
        // A hyphenated name of given names is one; one a particle opens is a surname.
        assert!(g.is_given_name("jean-pierre") && g.is_given_name("burhan"));
        assert!(!g.is_given_name("al-burhan"));
        // Greek names in Latin letters, but no surname the name data mixes in, and no number
        // word read as a given name once folded ("Onė").
        assert!(g.is_given_name("giorgos") && g.is_given_name("sotiris"));
        assert!(!g.is_given_name("papadopoulos") && !g.is_given_name("one"));
        assert!(g.is_trigger(TriggerKind::Meeting, "met"));
        assert!(g.org("national migration institute").is_some());
        // Bodies of every continent, not only the Americas'.
        for body in [
            "east african community",
            "ecowas",
            "asean",
            "rapid support forces",
        ] {
            assert!(g.org(body).is_some(), "{body}");
        }
    }

    #[test]
    fn a_countrys_body_is_found_by_its_name_without_the_country() {
        let g = Gazetteer::builtin();
        let country = |name: &str| g.place_named_as(name, &[PlaceKind::Country]).expect(name);
        let id = |o: Option<usize>| o.map(|o| g.orgs[o].id.as_str());
        // The demonym before the name, "of" and the country after it, or the name alone.
        assert_eq!(
            id(g.org_of_country(country("mexico"), "foreign ministry")),
            Some("mx-sre")
        );
        assert_eq!(
            id(g.org_of_country(country("chile"), "investigations police")),
            Some("cl-pdi")
        );
        assert_eq!(
            id(g.org_of_country(country("mexico"), "national guard")),
            Some("mx-guardia-nacional")
        );
        // Another country's body of that name is not it.
        assert_eq!(
            id(g.org_of_country(country("panama"), "national guard")),
            None
        );
        assert_eq!(
            id(g.org_of_country(country("peru"), "foreign ministry")),
            None
        );
        // A description fits the one body whose names hold its field words.
        let by_field = |c: &str, field: &[&str]| id(g.org_of_country_by_field(country(c), field));
        assert_eq!(by_field("peru", &["migration"]), Some("pe-migraciones"));
        // Not a shelter whose name holds "migrant".
        assert_eq!(by_field("mexico", &["migration"]), Some("mx-inm"));
        assert_eq!(by_field("peru", &["foreign"]), None);
        assert_eq!(by_field("venezuela", &["interior"]), None);
    }

    #[test]
    fn extra_data_extends_without_recompiling() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("world-regions.tsv"),
            "#id\tname\naltiplano\tAltiplano\t\t\t\t\n",
        )
        .unwrap();
        let g = Gazetteer::with_extra(dir.path()).unwrap();
        assert!(g.place("altiplano").is_some());
    }
}
