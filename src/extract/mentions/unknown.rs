//! Typing a run no gazetteer knows: a person, a place, an organisation or nothing, by its
//! shape and the words around it.

use super::*;

pub(super) fn unknown(
    g: &Gazetteer,
    doc: &Doc,
    si: usize,
    sentence: &Range<usize>,
    r: Range<usize>,
    out: &mut Vec<Mention>,
) {
    let text = doc.span_text(r.clone());
    if !is_cap(doc, r.start) {
        return;
    }
    if r.len() == 1 && (is_acronym(text) || short_form_given_in_brackets(doc, r.start)) {
        // ("(CDO)" after "the chief district officer": an office's acronym, no body's.)
        let an_office = if doc.is_bracketed(&r) {
            title_spelled_out_before(g, doc, r.start).is_some()
        } else {
            title_of_acronym(g, doc, r.start).is_some()
        };
        if !an_office {
            push(out, doc, si, r, MentionKind::Org(None), "acronym", 0.5);
        }
        return;
    }
    // "said in English", "a prayer in Arabic": a language names no one and nowhere.
    if r.len() == 1 && g.is_trigger(TriggerKind::Language, doc.folded(r.start)) {
        return;
    }
    // "Dustin Hale, 29, of Island Pond, with smuggling": the town a person named with an age
    // is from, as the wires write it.
    let hometown = r.start >= sentence.start + 4
        && r.len() <= 3
        && doc.folded(r.start - 1) == "of"
        && doc.token_text(r.start - 2) == ","
        && doc.tokens[r.start - 3].kind == TokenKind::Number
        && doc.token_text(r.start - 4) == ","
        && (r.end >= sentence.end || matches!(doc.token_text(r.end), "," | "." | ";"));
    if hometown {
        let town = MentionKind::NewPlace(PlaceKind::City);
        push(out, doc, si, r, town, "hometown-after-age", 0.6);
        return;
    }
    // "who would give only her first name, Rosalía": someone named by a first name alone
    // ("who gave his first name as Shahadat": or after "as").
    // ("who gave only one of his names, Thura": or by one name of several. "who gave only
    // his English name, Kevin": or by a name given.)
    let name_given = |name: usize| {
        matches!(doc.folded(name - 1), "first" | "one")
            || (matches!(doc.folded(name), "names" | "name")
                && (name.saturating_sub(6).max(sentence.start)..name)
                    .any(|t| matches!(doc.folded(t), "gave" | "give" | "gives" | "giving")))
    };
    if r.len() == 1
        && r.start >= sentence.start + 3
        && (doc.token_text(r.start - 1) == "," || doc.folded(r.start - 1) == "as")
        && matches!(doc.folded(r.start - 2), "name" | "names")
        && name_given(r.start - 2)
    {
        let person = MentionKind::Person {
            title: None,
            affiliation: Vec::new(),
        };
        push(out, doc, si, r, person, "first-name-only", 0.7);
        return;
    }
    // "Sophea, who gave only one name, said": the same told after the name.
    let told_after = r.len() == 1
        && r.end + 4 < sentence.end
        && doc.token_text(r.end) == ","
        && doc.folded(r.end + 1) == "who"
        && (r.end + 2..sentence.end.min(r.end + 9))
            .take_while(|&t| doc.token_text(t) != ",")
            .any(|t| matches!(doc.folded(t), "name" | "names") && name_given(t));
    if told_after && !is_date_word(doc, r.start) && !is_acronym(text) {
        push(out, doc, si, r, untitled_person(), "first-name-only", 0.7);
        return;
    }
    // "said Abdiweli, 22, from the Bay region", "Aminata, 29, who carried twin girls": one
    // name given an age is a person known by a first name. So is a name of a list set out
    // with dashes: "Fikru Lemma — 31 — Kembata zone".
    let set_out_with_dashes = r.end < sentence.end && matches!(doc.token_text(r.end), "—" | "–");
    if (r.len() == 1 || (set_out_with_dashes && r.len() <= 4))
        && age_follows(doc, r.end, sentence)
        && !is_date_word(doc, r.start)
        && !is_acronym(text)
    {
        push(out, doc, si, r, untitled_person(), "first-name-aged", 0.7);
        return;
    }
    // "said one of the women, Rima, who carried a toddler", "one of them, Ousmane,": one of
    // those told of, named in apposition. (Not "one of the organisers, X": only these.)
    let one_of_those = r.start > sentence.start
        && doc.token_text(r.start - 1) == ","
        && one_of_the_group_before(doc, sentence.start, r.start - 1);
    if r.len() <= 3 && one_of_those && !is_date_word(doc, r.start) && !is_acronym(text) {
        push(
            out,
            doc,
            si,
            r,
            untitled_person(),
            "one-of-those-named",
            0.7,
        );
        return;
    }
    // "an older man among them whom they all called Chacha", "a former farmer whom everyone in
    // the camp calls Abu Khaled": a name someone goes by.
    if r.len() <= 3 && called_by_all(doc, sentence.start, r.start) {
        let person = MentionKind::Person {
            title: None,
            affiliation: Vec::new(),
        };
        push(out, doc, si, r, person, "called-by-all", 0.7);
        return;
    }
    if r.len() <= 3
        && (named_as_someone(g, doc, sentence, r.start) || pseudonym_before(doc, sentence, r.start))
    {
        let person = MentionKind::Person {
            title: None,
            affiliation: Vec::new(),
        };
        push(out, doc, si, r, person, "known-as", 0.7);
        return;
    }
    // "on Friday, the Dominican Foreign Ministry said": a day or a month names nobody, unless
    // it is a surname of someone named before ("Gov. Javier May Rodríguez ... May said").
    if r.clone().all(|i| is_date_word(doc, i)) && !in_a_name_told_before(doc, &r, out) {
        return;
    }
    let before = prev_word(doc, r.start, sentence).unwrap_or_default();
    let before2 = if r.start >= sentence.start + 2 {
        doc.folded(r.start - 2)
    } else {
        Default::default()
    };
    let after = if r.end < sentence.end {
        doc.folded(r.end)
    } else {
        Default::default()
    };
    // "the town of X", "the state of X", "X state", "Nepal's Chitwan district".
    if before == "of" && g.is_trigger(TriggerKind::CityContext, before2) {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(place_with_a_town(before2)),
            "town-of",
            0.8,
        );
        return;
    }
    // "the Indonesian island of Karimun": an island the gazetteer lacks is a landmark.
    let island_of =
        before == "of" && matches!(before2, "island" | "islet") && !is_cap(doc, r.start - 2);
    // "on the north coast of Espiritu Santo": a shore belongs to a place, here one the
    // gazetteer lacks, an island or a stretch of land. ("the eastern shore of Great Exuma":
    // not a word of a known place's name.)
    let shore = shore_of(doc, r.start, sentence)
        && r.len() <= 3
        && !(r.end < sentence.end && is_cap(doc, r.end));
    // (Not "the largest island of Sanma province", whose name the province has.)
    if (island_of || shore) && !g.is_trigger(TriggerKind::RegionHead, after) {
        let rule = if island_of { "island-of" } else { "coast-of" };
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::Landmark),
            rule,
            0.7,
        );
        return;
    }
    // "the Home Affairs department said": a body's field before "department" names a body,
    // not a region as "the Cortés department" is.
    if after == "department" && g.is_trigger(TriggerKind::BodyField, doc.folded(r.end - 1)) {
        push(
            out,
            doc,
            si,
            r.start..r.end + 1,
            MentionKind::Org(None),
            "field-department",
            0.7,
        );
        return;
    }
    // (Not "the Catholic parish", "the Indigenous region of Guna Yala".)
    // "the regional governor for Lasithi": a governor's charge is a region.
    if (before == "of" && g.is_trigger(TriggerKind::StateContext, before2))
        || (matches!(before, "of" | "for") && before2 == "governor")
        // "the district administrator of Eráti", "the district commissioner for
        // Innsbruck-Land": so is the charge of a division's officer.
        || (matches!(before, "of" | "for")
            && r.start >= sentence.start + 3
            && doc.folded(r.start - 3) != "state"
            && g.is_trigger(TriggerKind::StateContext, doc.folded(r.start - 3))
            && g.title(before2).is_some())
        || (g.is_trigger(TriggerKind::StateContext, after)
            && !(r.len() == 1 && g.is_trigger(TriggerKind::FaithOrAncestry, doc.folded(r.start))))
        // "the Hadiya zone in southern Ethiopia": a zone that lies in a place is a division of
        // it (not "the Schengen zone", "a free trade zone").
        || (after == "zone"
            && before == "the"
            && r.end + 1 < sentence.end
            && matches!(doc.folded(r.end + 1), "in" | "of"))
        // "the Hadiya and Kembata zones", "in Kunduz and Takhar provinces": names listed
        // before a plural head, or after one: "the districts of Kapilvastu and Rupandehi".
        || listed_before_plural_region_head(g, doc, &r, sentence)
        || listed_after_plural_region_head(g, doc, &r, sentence)
    {
        // "Gambella region's Nuer zone": a zone is named with its head, since the word alone
        // may be a people's ("a Nuer militia").
        let r = if after == "zone" && !is_cap(doc, r.end) {
            r.start..r.end + 1
        } else {
            r
        };
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::State),
            "state-of",
            0.8,
        );
        return;
    }
    if g.is_trigger(TriggerKind::CityContext, before) && !matches!(before, "capital") {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-name",
            0.6,
        );
        return;
    }
    // "X, Chiapas", "Clair, New Brunswick": an unknown town before a known state.
    if r.len() <= 3
        && place_after_comma(g, doc, r.end, sentence, |p| {
            g.places[p].kind == PlaceKind::State
        })
        && place_context(g, doc, r.clone(), sentence)
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-comma-state",
            0.7,
        );
        return;
    }
    // "comes from Kindia, in western Guinea", "had left Kuwarat, west of Tripoli": an unknown
    // town set, after a comma, in or beside a known place.
    if r.len() <= 3
        && set_in_known_place(g, doc, r.end, sentence)
        && place_context(g, doc, r.clone(), sentence)
        && !in_a_name_told_before(doc, &r, out)
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-comma-in",
            0.7,
        );
        return;
    }
    // "had left from near Sandrapur in Bangladesh": an unknown name where a place stands, set in
    // a known country or state.
    let in_known_region = || {
        let t = r.end + 1;
        r.end < sentence.end
            && doc.folded(r.end) == "in"
            && t < sentence.end
            && is_cap(doc, t)
            && (1..=3).take_while(|&n| t + n <= sentence.end).any(|n| {
                g.place_named_as(&key(doc, t..t + n), &[PlaceKind::Country, PlaceKind::State])
                    .is_some()
            })
    };
    // So is "crossed into South Sudan at Renk": where the way into a known country passes. So
    // is "crossed into Austria from Hungary at Hegyeshalom", "came from Hungary at X": where the
    // way out of one passes.
    let entered_at = || {
        let known_region_before = |end: usize| {
            capitalised_run_start(doc, sentence.start, end).filter(|&start| {
                start > sentence.start
                    && g.place_named_as(
                        &key(doc, start..end),
                        &[PlaceKind::Country, PlaceKind::State],
                    )
                    .is_some()
            })
        };
        before == "at"
            && known_region_before(r.start - 1).is_some_and(|start| {
                let cue = doc.folded(start - 1);
                matches!(cue, "into" | "entered" | "enter" | "entering")
                    || (cue == "from"
                        && start >= sentence.start + 2
                        && (matches!(
                            doc.folded(start - 2),
                            "crossed" | "came" | "entered" | "arrived"
                        ) || known_region_before(start - 1)
                            .is_some_and(|first| doc.folded(first - 1) == "into")))
            })
    };
    if r.len() <= 2
        && matches!(before, "near" | "from" | "at" | "around")
        // ("fighting around Nasir in South Sudan": no one is around, a given name or not.)
        && (matches!(before, "near" | "around") || !g.is_given_name(doc.folded(r.start)))
        && !r.clone().any(|i| is_date_word(doc, i))
        && !in_a_name_told_before(doc, &r, out)
        && !written_after_a_given_name(g, doc, doc.folded(r.start))
        && (in_known_region() || entered_at())
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-in-region",
            0.6,
        );
        return;
    }
    // "at the crossing between Nimule and Elegu": the two ends of a way.
    if r.len() <= 3 && ends_of_a_way(g, doc, &r, sentence) && !in_a_name_told_before(doc, &r, out) {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "end-of-a-way",
            0.6,
        );
        return;
    }
    let words = r.len();
    if words > 5 || text.chars().any(|c| c.is_ascii_digit()) {
        return;
    }
    // Person by cue word before: "organizer Luis García", "activist Irineo Mujica".
    if g.is_trigger(TriggerKind::PersonCue, before)
        || (g.title(before).is_some() && !is_cap(doc, r.start - 1))
    {
        push(out, doc, si, r, untitled_person(), "cue-name", 0.7);
        return;
    }
    // "with his cousin, Chaltu Dinsa, who ...", "a broker in Moyale, Guyo Jattani,": a relative
    // or a role set before a name of two or three words, in apposition.
    if before == ","
        && (2..=3).contains(&words)
        && cue_in_apposition(g, doc, sentence.start, r.start - 1)
    {
        push(out, doc, si, r, untitled_person(), "cue-in-apposition", 0.7);
        return;
    }
    // "reached Vega A, a platform operated by ...", "landed on Korsa, a small island off ...":
    // an apposition whose noun is a landmark's.
    if after == ","
        && apposition_noun(doc, r.end, sentence, &["a", "an"], |t| {
            matches!(
                doc.folded(t),
                "platform" | "rig" | "island" | "islet" | "atoll" | "reef" | "sandbank"
            )
        })
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::Landmark),
            "appositive-landmark",
            0.6,
        );
        return;
    }
    if after == "," && town_in_apposition(g, doc, r.end, sentence) {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "appositive-town",
            0.6,
        );
        return;
    }
    // Appositive after: "X, a Venezuelan migrant", "X, 34, from Honduras", "X, a
    // 33-year-old bricklayer", "X, a former baseball coach". Not a name where a place is
    // expected: "a trader from Trou-du-Nord, who carried her two-year-old son", "the beach at
    // Blue Hills, the Turks and Caicos Islands Regiment said".
    let where_a_place_stands = LOCATIVES.contains(&before) && !g.is_given_name(doc.folded(r.start))
        || names_where(g, doc, &r, sentence);
    if after == "," && !where_a_place_stands && person_in_apposition(g, doc, &r, sentence, words) {
        push(out, doc, si, r, untitled_person(), "appositive-name", 0.7);
        return;
    }
    // Speaker: "X said", "said X", and "another member of the group, X, said": a name set
    // off by commas before the verb.
    let set_off_speaker = before == ","
        && after == ","
        && r.end + 1 < sentence.end
        && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(r.end + 1));
    // "A farmer who watched them come ashore below his melon field, Saidali Qodirov, put the
    // number at forty": the name set off after the person the sentence opens by describing.
    let named_after_description = before == ","
        && after == ","
        && r.start >= sentence.start + 4
        && matches!(doc.folded(sentence.start), "a" | "an" | "the")
        && (sentence.start + 1..sentence.start + 4).any(|t| names_someone(g, doc.folded(t)))
        && !(sentence.start + 1..r.start - 1).any(|t| doc.token_text(t) == ",");
    // "Feysal Yabarow, at 52 the oldest in the group, said": a name opening the sentence, an
    // apposition without a comma inside, then the verb.
    let speaks_after_apposition = r.start == sentence.start
        && after == ","
        && (r.end + 2..sentence.end.min(r.end + 14))
            .find(|&t| doc.token_text(t) == ",")
            .is_some_and(|t| {
                t + 1 < sentence.end && g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t + 1))
            });
    let speech_after = g.is_trigger(TriggerKind::SpeechVerb, after)
        || set_off_speaker
        || named_after_description
        || speaks_after_apposition;
    let speech_before =
        g.is_trigger(TriggerKind::SpeechVerb, before) && r.start > sentence.start + 1;
    // "A volunteer who brought them water, Nesrine, said", "His wife, Rohima, said": one word
    // set off before the verb is a person's name after a described person when it is a given
    // name, or after someone's relative (not "The woman, Rosalía, said", a first name alone).
    let one_word_name = || {
        let noun_before = r.start >= sentence.start + 3 && {
            let noun = doc.folded(r.start - 2);
            names_someone(g, noun) && matches!(doc.folded(r.start - 3), "his" | "her" | "their")
        };
        (named_after_description && g.is_given_name(doc.folded(r.start)))
            || (set_off_speaker && noun_before)
    };
    if (speech_after || speech_before)
        && (words >= 2 || one_word_name())
        && !is_org_head(g, doc, r.end - 1)
        && !is_unit_head(g, doc, r.end - 1)
    {
        push(out, doc, si, r, untitled_person(), "speaker-name", 0.6);
        return;
    }
    // "rested in Bajo Chiquito", "spoke from Lajas Blancas": a name of two or three words, not
    // starting with a given name, where a place is expected, names a place the gazetteer lacks.
    let locative = names_a_place_after(g, before);
    // Not "criticism from López Obrador" (a surname the article writes after a given name
    // elsewhere), nor "in Arriaga Monday".
    // (Not "at City Hall": a building, no town.)
    let building = matches!(doc.folded(r.end - 1), "hall" | "house" | "building");
    if locative
        && (2..=3).contains(&words)
        && !building
        && !g.is_given_name(doc.folded(r.start))
        && !r.clone().any(|i| is_date_word(doc, i))
        && !written_after_a_given_name(g, doc, doc.folded(r.start))
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "locative-name",
            0.5,
        );
        return;
    }
    // "a migrant center in Corredores, just inside Costa Rica", "the beach at Fnideq", "a
    // trader from Ouanaminthe": one unknown word after "in", "near", "at" or "from" that ends
    // a clause names a town. (A word that modifies a noun after it, as in "in Facebook posts",
    // does not end one; nor does the end of a name that runs on through "in", as in "the
    // Alliance for Development in Democracy"; nor a body an apposition calls one, as in "staff
    // from Ofpra, France's asylum office".)
    // "moved to the hospital in Kittsee with signs of hypothermia": after a building's "in"
    // the clause may go on.
    // ("had left a beach near Minyeh for Cyprus": or a way on to a known place.)
    let way_on_to_a_place = || {
        r.end + 1 < sentence.end
            && matches!(doc.folded(r.end), "for" | "to" | "toward" | "towards")
            && is_cap(doc, r.end + 1)
            && g.place(doc.folded(r.end + 1)).is_some()
    };
    // ("worked as a mechanic in Jahra until his papers ran out": a clause of time after it.)
    let after_building = before == "in" && g.is_trigger(TriggerKind::FacilityNoun, before2);
    let clause_ends = r.end >= sentence.end
        || doc.tokens[r.end].kind == TokenKind::Punct
        || time_phrase_at(doc, r.end, sentence.end)
        || matches!(doc.folded(r.end), "until" | "till" | "before" | "because")
        || after_building
        || way_on_to_a_place();
    // ("the Foreigners' Registration Centre in Pabradė": a building's name ends before "in".)
    // (Not after a place's name: "from Croatia near Metlika"; but "the envoy of Brazil at
    // Inamparo's request" is someone's.)
    // ("Fishermen in Sayhut, farther west": not past a common noun the sentence's start
    // capitalises.)
    let opening_common_noun = r.start == sentence.start + 2
        && !g.is_given_name(doc.folded(sentence.start))
        && g.known_name(doc.folded(sentence.start)).is_none()
        && !is_acronym(doc.token_text(sentence.start));
    let name_runs_on = r.start >= sentence.start + 2
        && is_cap(doc, r.start - 2)
        && !opening_common_noun
        && !after_building
        && (possessive_after(doc, r.end - 1)
            || !out.iter().any(|m| {
                m.tokens.end + 1 == r.start
                    && matches!(
                        m.kind,
                        MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
                    )
            }));
    let word = doc.folded(r.start);
    // (The apposition right after the name: not "near Minyeh for Cyprus, the army said", nor
    // "joined them in Dirkou, the army said", where the body is who tells it.)
    let called_a_body = || {
        let window = r.end + 1..sentence.end.min(r.end + 6);
        r.end + 1 < sentence.end
            && doc.token_text(r.end) == ","
            && doc.folded(r.end + 1) != "where"
            && window
                .clone()
                .any(|t| g.is_trigger(TriggerKind::OrgHead, doc.folded(t)))
            // ("in Shehyni, Poland's Border Guard said": the verb a few words past a
            // possessive.)
            && !(window.start..sentence.end.min(r.end + 9))
                .any(|t| g.is_trigger(TriggerKind::SpeechVerb, doc.folded(t)))
    };
    // "stopped in Dirkou to buy fuel": a purpose after the place ends its clause too.
    let purpose_after = r.end + 1 < sentence.end
        && doc.folded(r.end) == "to"
        && doc.tokens[r.end + 1].kind == TokenKind::Word
        && !is_cap(doc, r.end + 1);
    // "taken to Dirkou, where the agency runs a centre": a place the clause after says things
    // happen in.
    // (Not the short name of a place named in full before: "the Bardarash camp ... tents
    // to Bardarash, where".)
    let where_after = before == "to"
        && r.end + 1 < sentence.end
        && doc.token_text(r.end) == ","
        && doc.folded(r.end + 1) == "where"
        && !out
            .iter()
            .any(|m| m.tokens.len() > 1 && doc.folded(m.tokens.start) == doc.folded(r.start));
    // ("at the hospital in nearby Soverato": past a word for how near the place is.)
    let locative_before = if matches!(before, "nearby" | "neighbouring" | "neighboring") {
        before2
    } else {
        before
    };
    if words == 1
        && (matches!(locative_before, "in" | "near" | "at" | "from") || where_after)
        // ("A lifeboat from nearby Walmer met the boat": how near says a place, whatever
        // follows.)
        && (clause_ends || purpose_after || locative_before != before)
        && !called_a_body()
        && !name_runs_on
        && !g.is_given_name(word)
        && !is_date_word(doc, r.start)
        && !is_acronym(text)
        && !g.is_trigger(TriggerKind::OrgHead, word)
        && !g.is_trigger(TriggerKind::FunctionWord, word)
        && !written_after_a_given_name(g, doc, word)
        // ("a statement from Tunji-Ojo's office", after "Olubunmi Tunji-Ojo": a surname.)
        && !out.iter().any(|m| {
            matches!(m.kind, MentionKind::Person { .. })
                && m.rule != UNRESOLVED_NAME
                && m.text.split_whitespace().last() == Some(text)
        })
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "locative-town",
            0.4,
        );
        return;
    }
    // "took the train from Turin to Oulx": a name after a route's "to" from a place is a town.
    let from_place_to = before == "to"
        && r.len() <= 3
        && !g.is_given_name(word)
        && out.iter().any(|m| {
            matches!(
                m.kind,
                MentionKind::KnownPlace(_) | MentionKind::NewPlace(_)
            ) && m.tokens.end + 1 == r.start
                && m.tokens.start > sentence.start
                && doc.folded(m.tokens.start - 1) == "from"
        });
    if from_place_to {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-after-from-to",
            0.5,
        );
        return;
    }
    // Whether nothing about the name itself says it is no town's: no body set off after it, no
    // given name, date or acronym, no body's head, no surname of someone named.
    let may_be_a_town = |out: &[Mention]| {
        !called_a_body()
            && !g.is_given_name(word)
            && !is_date_word(doc, r.start)
            && !is_acronym(text)
            && !g.is_trigger(TriggerKind::OrgHead, doc.folded(r.end - 1))
            && !written_after_a_given_name(g, doc, word)
            && !in_a_name_told_before(doc, &r, out)
    };
    // "the beaches around Protaras and Ayia Napa": a name joined by "and" to a town named after
    // a locative, ending the clause, is another town.
    let listed_after_a_town = before == "and"
        && r.len() <= 3
        && clause_ends
        && out.iter().any(|m| {
            let town = match m.kind {
                MentionKind::KnownPlace(p) => g.places[p].kind == PlaceKind::City,
                MentionKind::NewPlace(kind) => kind == PlaceKind::City,
                _ => false,
            };
            town && m.tokens.end + 1 == r.start
                && m.tokens.start > sentence.start
                // (Not "between": "talks between Tripoli and Haftar" are two sides'.)
                && matches!(
                    doc.folded(m.tokens.start - 1),
                    "in" | "near" | "around" | "at" | "from"
                )
        });
    if listed_after_a_town && may_be_a_town(out) {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-listed-after-a-town",
            0.5,
        );
        return;
    }
    // "three of its ports, Kirkenes, Båtsfjord and Tromsø": a name that opens a list of two or
    // more known towns, and nothing else, is another town.
    if r.len() <= 2
        && r.end < sentence.end
        && doc.token_text(r.end) == ","
        && known_towns_listed_after(g, doc, r.end, sentence, out) >= 2
        && may_be_a_town(out)
    {
        let town = MentionKind::NewPlace(PlaceKind::City);
        push(out, doc, si, r, town, "town-listed-before-towns", 0.5);
        return;
    }
    // "they were driven east to Mbalaveni", "had flown to Ndola": a name that ends the clause
    // after a verb of carrying or travelling and its "to" is a town.
    if carried_to(g, doc, &r, sentence)
        && words <= 2
        && (clause_ends
            || matches!(
                after,
                "and" | "on" | "in" | "by" | "when" | "after" | "where"
            ))
        && may_be_a_town(out)
    {
        push(
            out,
            doc,
            si,
            r,
            MentionKind::NewPlace(PlaceKind::City),
            "town-carried-to",
            0.5,
        );
        return;
    }
    // Otherwise a candidate for a later match against known people (surname-only references).
    push(out, doc, si, r, untitled_person(), UNRESOLVED_NAME, 0.0);
}

/// Whether the span follows "to" after a verb of carrying or travelling, a heading or a
/// word of when or how between ("driven east to", "flew to", "driven through the night to",
/// "driven by bus to"; not "went to", which may end at anyone).
pub(super) fn carried_to(
    g: &Gazetteer,
    doc: &Doc,
    r: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    if r.start < sentence.start + 2 || doc.folded(r.start - 1) != "to" {
        return false;
    }
    let word = |k: usize| {
        r.start
            .checked_sub(k)
            .filter(|&t| t >= sentence.start)
            .map_or("", |t| doc.folded(t))
    };
    let how = match [word(4), word(3), word(2)] {
        ["through" | "during" | "in", "the", "night" | "day"] => 3,
        [_, "by" | "on" | "at", _] if doc.tokens[r.start - 2].kind == TokenKind::Word => 2,
        [_, _, "overnight"] => 1,
        _ => 0,
    };
    if r.start < sentence.start + 2 + how {
        return false;
    }
    let mut verb = r.start - 2 - how;
    if crate::extract::is_compass_point(doc.folded(verb)) && verb > sentence.start {
        verb -= 1;
    }
    let v = doc.folded(verb);
    g.is_trigger(TriggerKind::CarryVerb, v)
        || (g.is_trigger(TriggerKind::TravelVerb, v)
            && !matches!(v, "go" | "goes" | "went" | "going"))
        // "They fled to Tabqa", "then drove east to Qamishli", "were moved to Xyz".
        || crate::extract::went_under_own_steam(v)
        || v == "moved"
}
