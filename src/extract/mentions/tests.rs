//! Unit tests of mention finding: the mentions found in short texts, and the helpers alone.

use super::*;

fn kinds(text: &str) -> Vec<(String, String)> {
    let g = Gazetteer::builtin();
    let doc = Doc::new(text, g.cleaner());
    find_mentions(&g, &doc)
        .into_iter()
        .map(|m| (m.text, format!("{:?}", m.kind)))
        .collect()
}

/// The texts of the mentions whose kind, as `kinds` writes it, starts with `kind`.
fn texts_of_kind(text: &str, kind: &str) -> Vec<String> {
    kinds(text)
        .into_iter()
        .filter(|(_, k)| k.starts_with(kind))
        .map(|(t, _)| t)
        .collect()
}

#[test]
fn a_body_s_name_listing_its_fields_is_whole_where_its_short_name_has_all_their_initials() {
    let text = "Notes\n\nThe Agency for Integration, Migration and Asylum (AIMA) said so.";
    assert!(texts_of_kind(text, "Org")
        .contains(&"Agency for Integration, Migration and Asylum".to_string()));
    // Not where the initials are another body's.
    let text = "Notes\n\nThe Agency for Integration, Migration and Asylum (UNHCR) said so.";
    assert!(!texts_of_kind(text, "Org")
        .contains(&"Agency for Integration, Migration and Asylum".to_string()));
}

#[test]
fn a_body_named_after_the_hotline_or_group_is_one_again_when_named_alone() {
    let text = "Notes\n\nIn a recording the hotline, Alarm Phone, posted online, a man \
                    speaks. Alarm Phone said the line was poor.";
    assert_eq!(texts_of_kind(text, "Org"), ["Alarm Phone", "Alarm Phone"]);
    // Not one of the group, after a preposition.
    let text = "Notes\n\nAn Ethiopian in the group, Dawit Bekele, said he paid.";
    assert!(texts_of_kind(text, "Org").is_empty());
    assert!(texts_of_kind(text, "Person").contains(&"Dawit Bekele".to_string()));
    // Nor a name that owns what follows it.
    let text = "Notes\n\nHe spoke about the group, Skerrit's office said.";
    assert!(texts_of_kind(text, "Org").is_empty());
}

#[test]
fn a_capitalised_compound_adjective_before_a_landmark_s_head_names_no_landmark() {
    let text = "Notes\n\nDominica is an English-speaking island of 70,000 people.";
    assert_none_of_kind(text, "NewPlace");
    // A compound between a name and the head is part of the landmark's name.
    let text = "Notes\n\nThey reached the Chirundu one-stop border post on Monday.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Chirundu one-stop border post"]
    );
    // Nor does a name after a determiner: it qualifies the head.
    for text in [
        "Notes\n\nThey unloaded cod in this Arctic port on Monday.",
        "Notes\n\nThey landed on an Aegean island on Monday.",
    ] {
        assert_none_of_kind(text, "NewPlace");
    }
}

#[test]
fn a_place_written_in_two_languages_with_a_slash_is_one_name_but_not_two_known_ones() {
    let text = "Notes\n\nThey waited in Brennero/Brenner on Monday.";
    assert!(texts_of_kind(text, "NewPlace").contains(&"Brennero/Brenner".to_string()));
    let text = "Notes\n\nThey waited on the U.S./Mexico border on Monday.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["U.S.", "Mexico"]);
}

#[test]
fn the_charge_of_a_division_s_officer_is_a_division() {
    for text in [
        "Notes\n\nThe district administrator of Barnow-Land walked the beach.",
        "Notes\n\nThe district commissioner for Barnow-Land walked the beach.",
    ] {
        assert_eq!(
            kinds(text)
                .into_iter()
                .filter(|(t, _)| t == "Barnow-Land")
                .map(|(_, k)| k)
                .collect::<Vec<_>>(),
            ["NewPlace(State)"],
            "{text}"
        );
    }
}

#[test]
fn an_unknown_word_before_a_large_city_s_name_is_a_person_s_name_an_apposition_tells() {
    // (Safi is a Moroccan port of some 300,000.)
    let text = "Notes\n\nNoorullah Safi, the ministry's head of reception, said so.";
    assert!(texts_of_kind(text, "Person").contains(&"Noorullah Safi".to_string()));
    assert!(texts_of_kind(text, "KnownPlace").is_empty());
    // Without one, the city is the city.
    let text = "Notes\n\nThey sailed from Safi on Monday.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Safi"]);
}

#[test]
fn a_place_named_again_where_nothing_says_so_is_still_the_place() {
    let text = "Landings\n\nVELMO, Northern Mariana Islands (AP) — Men who set out from \
                    Saipan came ashore here. Delegate Ana Ruiz will meet Gov. Arnold Palacios on \
                    Saipan next week.";
    assert_eq!(
        texts_of_kind(text, "KnownPlace"),
        ["Northern Mariana Islands", "Saipan", "Saipan"]
    );
    // Not a name the article never read as a place, nor someone's surname.
    let text = "Landings\n\nThey set out from Saipan. Gov. Arnold Saipan met them. Saipan \
                    said so.";
    let last = kinds(text).into_iter().rfind(|(t, _)| t == "Saipan");
    assert!(last.is_some_and(|(_, kind)| !kind.starts_with("KnownPlace")));
    let text = "Landings\n\nDelegate Ana Ruiz will meet Gov. Arnold Palacios on Saipan.";
    assert!(!texts_of_kind(text, "KnownPlace").contains(&"Saipan".to_string()));
}

#[test]
fn a_place_s_name_in_another_s_nickname_names_no_place() {
    for text in [
        "Notes\n\nThey flew to Tromsø, the city that calls itself the Paris of the North.",
        "Notes\n\nThey flew to Beirut, once called the Paris of the Middle East.",
    ] {
        let places: Vec<String> = kinds(text)
            .into_iter()
            .filter(|(_, k)| k.contains("Place"))
            .map(|(t, _)| t)
            .collect();
        assert!(
            !places.iter().any(|p| p == "Paris" || p == "Middle East"),
            "{text}: {places:?}"
        );
        assert!(places.len() == 1, "{text}: {places:?}");
    }
    // Paris itself is still Paris.
    let text = "Notes\n\nThey flew to the Paris of their dreams, then to Lyon.";
    assert!(texts_of_kind(text, "KnownPlace").contains(&"Paris".to_string()));
}

#[test]
fn a_name_that_opens_a_list_of_known_towns_is_a_town() {
    for (text, town) in [
        (
            "Ports\n\nThe boats may use three ports, Velmoskar, Tromsø and Bergen, to refuel.",
            "Velmoskar",
        ),
        // A town the story named before counts as known; so does a serial comma.
        (
            "Ports\n\nVELMOFJORD, Norway (AP) — Trawlers came in.\n\n\
                 They may use three ports, Kastrovik, Velmofjord, and Tromsø.",
            "Kastrovik",
        ),
    ] {
        assert!(
            texts_of_kind(text, "NewPlace(City)").contains(&town.to_string()),
            "{text}"
        );
    }
    // Not a list that holds something else or does not close, nor a given name.
    for text in [
        "Ports\n\nThe boats may use three ports, Velmoskar, Tromsø and the Red Cross base.",
        "Ports\n\nThe boats may use three ports, Velmoskar, Tromsø, Bergen.",
        "Ports\n\nThey thanked Maria, Tromsø and Bergen for the help.",
    ] {
        let towns = texts_of_kind(text, "NewPlace(City)");
        assert!(
            !towns.iter().any(|t| t == "Velmoskar" || t == "Maria"),
            "{text}: {towns:?}"
        );
    }
}

#[test]
fn names_listed_after_a_plural_head_of_regions_are_regions() {
    let text = "Notes\n\nMost come from the nearby districts of Kapilvastu, Nawalparasi \
                    and Rupandehi.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(State)"),
        ["Kapilvastu", "Nawalparasi", "Rupandehi"]
    );
    // Not names listed after a head of towns.
    let text = "Notes\n\nMost come from the towns of Kapilvastu and Rupandehi.";
    assert_none_of_kind(text, "NewPlace(State)");
}

#[test]
fn a_places_local_council_in_lower_case_is_a_body() {
    let text = "Notes\n\nThe Ras al-Ain local council said 412 had crossed.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Ras al-Ain local council"]
    );
    let text = "Notes\n\nShe met the chair of the Augšdaugava municipal council.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Augšdaugava municipal council"]
    );
    // Not a place's possessive, nor a council of no place.
    assert_none_of_kind("Notes\n\nKufra's municipal council said so.", "Org");
    assert_none_of_kind("Notes\n\nThe local council said so.", "Org");
}

#[test]
fn a_name_before_land_is_a_region_not_the_town_of_the_name() {
    let text = "Notes\n\nThe boat drifted along the coast of Arnhem Land for a week.";
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Arnhem Land"]);
    assert_none_of_kind(text, "KnownPlace");
}

#[test]
fn a_body_s_field_before_department_in_lower_case_names_a_body() {
    let text = "Notes\n\nThe men were flown out, the Home Affairs department said.";
    assert_eq!(texts_of_kind(text, "Org"), ["Home Affairs department"]);
    assert_none_of_kind(text, "NewPlace");
    // A name that is no field is still a region's.
    let text = "Notes\n\nThe boats left from the Vantabelo department.";
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Vantabelo"]);
}

/// The affiliations the people mentioned in `text` are read with, in order.
fn affiliations_read(g: &Gazetteer, text: &str) -> Vec<Affiliation> {
    let doc = Doc::new(text, g.cleaner());
    find_mentions(g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::Person { affiliation, .. } => Some(affiliation),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The names of the places that the officials of `text` serve.
fn places_served<'g>(g: &'g Gazetteer, text: &str) -> Vec<&'g str> {
    affiliations_read(g, text)
        .into_iter()
        .filter_map(|a| match a {
            Affiliation::Place(p) => Some(g.places[p].name.as_str()),
            Affiliation::Org(_) => None,
        })
        .collect()
}

/// Fails, listing every mention, when `text` has a mention of a kind starting with `kind`.
fn assert_none_of_kind(text: &str, kind: &str) {
    assert!(texts_of_kind(text, kind).is_empty(), "{:?}", kinds(text));
}

/// The gazetteer place the first mention written `name` is read as.
fn place_read<'g>(
    g: &'g Gazetteer,
    text: &str,
    name: &str,
) -> Option<&'g crate::gazetteer::PlaceEntry> {
    let doc = Doc::new(text, g.cleaner());
    find_mentions(g, &doc)
        .into_iter()
        .find_map(|m| match m.kind {
            MentionKind::KnownPlace(p) if m.text == name => Some(&g.places[p]),
            _ => None,
        })
}

/// The gazetteer place a text reads `name` as, which it must know.
fn known_place<'g>(g: &'g Gazetteer, text: &str, name: &str) -> &'g crate::gazetteer::PlaceEntry {
    place_read(g, text, name).unwrap_or_else(|| panic!("{name} is a known place"))
}

#[test]
fn a_name_both_a_region_and_its_capital_is_the_region_where_the_words_say_so() {
    let g = Gazetteer::builtin();
    let kind_of = |text: &str, name: &str| place_read(&g, text, name).map(|p| p.kind);
    // Alone, the capital...
    let text = "X\n\nThe group took buses from Tarija to the border.";
    assert_eq!(kind_of(text, "Tarija"), Some(PlaceKind::City));
    // ...after an office, the region...
    let text = "X\n\nThe governor of Tarija, Ana Quispe, spoke on Monday.";
    assert_eq!(kind_of(text, "Tarija"), Some(PlaceKind::State));
    let text = "X\n\nThe prefect of Tumbes spoke on Monday.";
    assert_eq!(kind_of(text, "Tumbes"), Some(PlaceKind::State));
    // ...and listed with regions, the region.
    let text = "X\n\nMost came from Cortés, Yoro and Olancho, the poorest departments.";
    assert_eq!(kind_of(text, "Yoro"), Some(PlaceKind::State));
    let text = "X\n\nMost came from Yoro and Olancho.";
    assert_eq!(kind_of(text, "Yoro"), Some(PlaceKind::State));
    // (A city named like a region of its own country, beside another region of it.)
    let text = "X\n\nThe sector covers northern New York, Vermont and New Hampshire.";
    assert_eq!(kind_of(text, "New York"), Some(PlaceKind::State));
    let text = "X\n\nThey were bused to New York and Chicago.";
    assert_eq!(kind_of(text, "New York"), Some(PlaceKind::City));
    // Told a city, the city, though the region is read elsewhere...
    let kinds_of = |text: &str, name: &str| -> Vec<PlaceKind> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::KnownPlace(p) if m.text == name => Some(g.places[p].kind),
                _ => None,
            })
            .collect()
    };
    let text = "X\n\nThey crossed Loja province and rested in the city of Loja.";
    assert_eq!(kinds_of(text, "Loja"), [PlaceKind::State, PlaceKind::City]);
    // ...and in apposition to "capital".
    let text = "X\n\nSalta Gov. Ana Quispe will meet him in the provincial capital, Salta.";
    assert_eq!(kinds_of(text, "Salta"), [PlaceKind::State, PlaceKind::City]);
    // (A city's own full name there leaves the bare name to the state.)
    let text = "X\n\nThey met in the state capital, Oaxaca de Juárez, then left Oaxaca.";
    assert_eq!(kind_of(text, "Oaxaca"), Some(PlaceKind::State));
}

#[test]
fn a_town_name_run_on_by_de_is_a_longer_town_but_a_person_s_name_stays_a_person_s() {
    let new_towns = |text: &str| texts_of_kind(text, "NewPlace(City)");
    assert_eq!(
        new_towns("X\n\nThe boat reached the port of San Sebastián de la Gomera on Tuesday."),
        ["San Sebastián de la Gomera"]
    );
    // With no word around it to tell a place, still a town, not a name of no one.
    assert_eq!(
        new_towns("X\n\nThe migrants will be taken by boat to El Real de Santa María."),
        ["El Real de Santa María"]
    );
    for person in [
        "X\n\nBaja California Gov. Marina del Pilar Ávila Olmeda spoke on Tuesday.",
        "X\n\nThe consul, Juan Camilo Restrepo de la Cruz, spoke on Tuesday.",
    ] {
        assert_none_of_kind(person, "NewPlace");
        assert!(
            !texts_of_kind(person, "Person").is_empty(),
            "{:?}",
            kinds(person)
        );
    }
}

#[test]
fn lagoons_and_reefs_are_landmarks_and_ranks_of_police_and_navy_are_titles() {
    assert_eq!(
        texts_of_kind(
            "X\n\nThe boat landed on the Caratasca Lagoon after it hit Hogsty Reef.",
            "NewPlace(Landmark)"
        ),
        ["Caratasca Lagoon", "Hogsty Reef"]
    );
    let title_of = |text: &str, name: &str| {
        kinds(text)
            .into_iter()
            .find(|(t, _)| t == name)
            .map(|(_, k)| k)
            .unwrap_or_default()
    };
    let text = "X\n\nAna Pérez, the naval commander in the Mosquitia region, said so.";
    assert!(
        title_of(text, "Ana Pérez").contains("title: Some(\"commander\")"),
        "{:?}",
        kinds(text)
    );
    let text = "X\n\nLuis Mora, an assistant commissioner of the police, said so.";
    assert!(
        title_of(text, "Luis Mora").contains("title: Some(\"assistant commissioner\")"),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn a_sea_named_bare_is_a_place_unless_it_tells_which_shore_or_crossing() {
    assert_eq!(
        texts_of_kind(
            "X\n\nThe dinghy drifted in the Aegean before the boat crossed the Atlantic.",
            "KnownPlace"
        ),
        ["Aegean", "Atlantic"]
    );
    for text in [
        "X\n\nPolice stopped 2,000 people on the Aegean coast.",
        "X\n\nThe route is shorter than the Atlantic crossing.",
        "X\n\nSmuggling grew along the Pacific coast.",
    ] {
        assert_none_of_kind(text, "KnownPlace");
    }
    // Nor is it a small town of the story's country ("Pacific", Missouri).
    let g = Gazetteer::builtin();
    let text = "X\n\nHONOLULU (AP) - The U.S. Coast Guard said the boat crossed the Pacific.";
    assert_eq!(known_place(&g, text, "Pacific").name, "Pacific Ocean");
    // Written with its head word, the sea is named whatever follows.
    assert_eq!(
        texts_of_kind(
            "X\n\nThey made the Aegean Sea crossing at night.",
            "KnownPlace"
        ),
        ["Aegean Sea"]
    );
}

#[test]
fn a_world_region_before_a_word_for_a_shore_names_no_place() {
    assert_none_of_kind(
        "X\n\nThe boat sailed up the Caribbean coast from Bilwi.",
        "KnownPlace",
    );
    assert_eq!(
        texts_of_kind("X\n\nThe boat sailed across the Caribbean.", "KnownPlace"),
        ["Caribbean"]
    );
    // Nor an ocean's name before a word for land.
    assert_none_of_kind(
        "X\n\nIt was the first landing on the French Indian Ocean island this year.",
        "NewPlace",
    );
    assert_eq!(
        texts_of_kind(
            "X\n\nThe boat drifted in the Indian Ocean for days.",
            "NewPlace"
        ),
        ["Indian Ocean"]
    );
}

#[test]
fn uruguay_s_departments_are_regions_but_its_capital_is_the_city() {
    let g = Gazetteer::builtin();
    let text = "X\n\nBELLA UNION, Uruguay (EFE) — The town lies in the department of \
                    Artigas. Buses left for Montevideo.";
    assert_eq!(known_place(&g, text, "Artigas").kind, PlaceKind::State);
    assert_eq!(known_place(&g, text, "Montevideo").kind, PlaceKind::City);
}

#[test]
fn a_region_read_by_its_head_is_the_one_of_the_story_s_country() {
    let g = Gazetteer::builtin();
    let country = |text: &str| known_place(&g, text, "Sucre").country.clone();
    let text = "X\n\nGÜIRIA, Venezuela (AP) — A worker in this town in the state of Sucre \
                    counted them.";
    assert_eq!(country(text).as_deref(), Some("VE"));
    let text = "X\n\nSINCELEJO, Colombia (AP) — Police in the department of Sucre counted them.";
    assert_eq!(country(text).as_deref(), Some("CO"));
}

#[test]
fn a_body_s_name_joined_by_and_opens_on_the_country_before_its_field() {
    let text = "Notes.\n\nThe beach is run by the U.S. Fish and Wildlife Service, which said so.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["U.S. Fish and Wildlife Service"],
        "{:?}",
        kinds(text)
    );
}

#[test]
fn sea_rescue_and_police_bodies_of_other_routes_are_known_by_their_own_names() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Boat\n\nSalvamento Marítimo counted 16 and the Guardia Civil 18. In Jamaica, the \
             Passport, Immigration and Citizenship Agency interviews them.",
        g.cleaner(),
    );
    let bodies: Vec<(String, Option<String>)> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::Org(Some(o)) => Some((g.orgs[o].name.clone(), g.orgs[o].country.clone())),
            _ => None,
        })
        .collect();
    for (name, country) in [
        ("Salvamento Marítimo", "ES"),
        ("Guardia Civil", "ES"),
        ("Passport, Immigration and Citizenship Agency", "JM"),
    ] {
        assert!(
            bodies.contains(&(name.to_string(), Some(country.to_string()))),
            "{bodies:?}"
        );
    }
}

#[test]
fn an_office_s_holder_is_named_past_an_apposition_telling_what_its_place_is() {
    let found = titled(
        "Beach\n\nThe mayor of Ses Salines, the municipality that includes the village of \
             Colonia de Sant Jordi, Joana Mesquida, met the police chief on Wednesday.",
    );
    assert!(
        found
            .iter()
            .any(|(name, title, _)| name == "Joana Mesquida" && title == "mayor"),
        "{found:?}"
    );
    // Or what the office is, as someone's representative.
    let found = titled(
        "Island\n\nThe delegate of Kerkennah, the central government's representative on \
             the islands, Adel Karray, said so.",
    );
    assert!(
        found
            .iter()
            .any(|(name, title, _)| name == "Adel Karray" && title == "delegate"),
        "{found:?}"
    );
    // Or what its body is.
    let found = titled(
        "Talks\n\nThe minister held a call with the executive director of Frontex, the EU \
             border agency, Hans Leijtens, on Monday.",
    );
    assert!(
        found.iter().any(|(name, _, _)| name == "Hans Leijtens"),
        "{found:?}"
    );
    // Without a comma after it, the name after the apposition is not set off as a holder.
    let found = titled(
        "Beach\n\nThe mayor of Ses Salines, the town next to Colonia de Sant Jordi, Joana \
             Mesquida and her deputy said.",
    );
    assert!(
        found.iter().all(|(name, _, _)| name != "Joana Mesquida"),
        "{found:?}"
    );
}

#[test]
fn an_office_serves_the_land_its_government_or_force_is_named_by() {
    for (text, name) in [
        (
            "Talks\n\nHe spoke with Osama Hammad, the prime minister of the administration \
                 based in eastern Libya, on Tuesday.",
            "Osama Hammad",
        ),
        (
            "Talks\n\nKhalifa Haftar, the commander whose Libyan National Army controls the \
                 east, is expected in Cairo.",
            "Khalifa Haftar",
        ),
        (
            "Talks\n\nHe was to meet the interior minister of the Tripoli-based government, \
                 Emad Trabelsi.",
            "Emad Trabelsi",
        ),
    ] {
        let found = titled(text);
        assert!(
            found
                .iter()
                .any(|(n, _, places)| n == name && places == &["Libya"]),
            "{found:?}"
        );
    }
    // "The governor, X": the governor the story named a sentence before.
    let found = titled(
        "Talks\n\nThe governor of Matrouh said buses would come. The governor, Ana Ruiz, \
             met the convoy with a consul from Benghazi.",
    );
    assert!(
        found
            .iter()
            .any(|(n, _, places)| n == "Ana Ruiz" && places == &["Matrouh"]),
        "{found:?}"
    );
    // So is the one written with the place's possessive.
    let found = titled(
        "Talks\n\nChaman's deputy commissioner met the consul on Wednesday. The deputy \
             commissioner, Ana Ruiz, said the crossing would stay open.",
    );
    assert!(
        found
            .iter()
            .any(|(n, _, places)| n == "Ana Ruiz" && places == &["Chaman"]),
        "{found:?}"
    );
    // Past a word that qualifies the office.
    let found = titled(
        "Talks\n\nThe minister and Cameroon's honorary consul in Lagos walked the hall. The \
             consul, Ana Ruiz, said most would stay.",
    );
    assert!(
        found
            .iter()
            .any(|(n, _, places)| n == "Ana Ruiz" && places == &["Cameroon"]),
        "{found:?}"
    );
    // And the one written with a body's possessive serves the body.
    let g = Gazetteer::builtin();
    let read = affiliations_read(
        &g,
        "Talks\n\nUNHCR's representative in Rwanda toured the camp. The representative, \
             Ana Ruiz, said the agency would help.",
    );
    assert_eq!(read, [Affiliation::Org(g.org("unhcr").expect("UNHCR"))]);
    // Not past the apposition's end.
    let found =
        titled("Talks\n\nHe met Ana Ruiz, the minister of the administration, in eastern Libya.");
    assert!(
        found.iter().all(|(_, _, places)| places.is_empty()),
        "{found:?}"
    );
}

#[test]
fn a_rank_in_apposition_serves_the_country_of_the_role_written_before_it() {
    for (text, country) in [
        (
            "Talks\n\nHe spoke with the leader of Mali's military government, Colonel \
                 Assimi Goita, on Monday.",
            "Mali",
        ),
        (
            "Talks\n\nHe spoke with Niger's leader, General Abdourahamane Tiani.",
            "Niger",
        ),
    ] {
        let found = titled(text);
        assert!(
            found.iter().any(|(_, _, places)| places == &[country]),
            "{found:?}"
        );
    }
    // A role of no country leaves the rank's country to the article.
    let found = titled("Talks\n\nHe spoke with the leader of the group, Colonel Ana Ruiz.");
    assert!(
        found.iter().all(|(_, _, places)| places.is_empty()),
        "{found:?}"
    );
}

#[test]
fn a_minister_s_or_commissioner_s_fields_may_be_listed_by_commas_before_the_name() {
    assert_eq!(
        titled(
            "Camp\n\nMinister for Relief, Disaster Preparedness and Refugees Hilary Onek \
                 visited on Wednesday."
        ),
        [one(
            "Hilary Onek",
            "Minister for Relief, Disaster Preparedness and Refugees",
            &[]
        )]
    );
    let found = titled(
        "Talks\n\nHe met the European Commissioner for Internal Affairs and Migration, \
             Magnus Brunner, on Wednesday.",
    );
    assert!(
        matches!(found.as_slice(), [(name, title, places)]
                if name == "Magnus Brunner"
                    && title == "Commissioner for Internal Affairs and Migration"
                    && places.iter().any(|p| p == "European Union")),
        "{found:?}"
    );
    // A comma with no "and" after it ends the field.
    assert_eq!(
        titled("Talks\n\nThe Minister of Interior, Ana Ruiz, spoke."),
        [one("Ana Ruiz", "Minister of Interior", &[])]
    );
}

/// Offices of aid agencies, of Canada's rural municipalities and of India's autonomous
/// district councils, in apposition.
#[test]
fn a_child_protection_officer_a_reeve_and_a_chief_executive_member_are_offices() {
    let found = titled(
        "Talks\n\nAna Ruiz, a child protection officer for UNICEF in Quito, said so. The \
             reeve of Hanover, Tom Kroeker, agreed. So did the chief executive member of the \
             Mara Autonomous District Council, K. Beihrawng.",
    );
    assert_eq!(
        names_and_titles(&found),
        [
            ("Ana Ruiz", "child protection officer"),
            ("Tom Kroeker", "reeve"),
            ("K. Beihrawng", "chief executive member")
        ]
    );
}

/// An expert's remit follows "on", as an envoy's may.
#[test]
fn a_rapporteur_on_a_remit_is_an_office() {
    let found = titled(
        "Talks\n\nThe U.N. special rapporteur on the human rights of migrants, Ana Ruiz, \
             said so.",
    );
    assert!(
        found.iter().any(|(name, title, places)| name == "Ana Ruiz"
            && title == "U.N. special rapporteur"
            && places.iter().any(|p| p == "United Nations")),
        "{found:?}"
    );
}

#[test]
fn a_possessive_before_a_word_for_a_bay_or_a_well_is_one_place_s_name() {
    let text = "Boat\n\nThey were taken to Abraham's Bay, the island's main settlement.";
    assert_eq!(texts_of_kind(text, "NewPlace"), ["Abraham's Bay"]);
    // A known place owns what follows it.
    let text = "Boat\n\nThey were taken to Mexico's Bay of Campeche.";
    assert!(
        !texts_of_kind(text, "NewPlace").contains(&"Mexico's Bay".to_string()),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn an_office_in_apposition_may_be_the_first_or_second_of_its_kind() {
    let found = titled(
        "Talks\n\nThe fighting spread after Riek Machar, the first vice president, was \
             placed under arrest.",
    );
    assert!(
        matches!(found.as_slice(), [(name, title, _)]
                if name == "Riek Machar" && title == "vice president"),
        "{found:?}"
    );
}

#[test]
fn two_offices_then_their_holders_respectively_hold_them_in_order() {
    let found = titled(
        "Beach\n\nThe mayor of Nijar and the central government's subdelegate in \
             Almeria, Esperanza Marin and Joaquin Robles respectively, visited the beach.",
    );
    assert_eq!(
        names_and_titles(&found),
        [
            ("Esperanza Marin", "mayor"),
            ("Joaquin Robles", "subdelegate")
        ]
    );
}

#[test]
fn a_country_s_leader_holds_its_office_but_a_caravan_s_leader_holds_none() {
    assert_eq!(
        titled("Talks\n\nThe king will receive Syria's new leader, Ahmed al-Sharaa."),
        [one("Ahmed al-Sharaa", "leader", &["Syria"])]
    );
    assert_eq!(
        titled("Talks\n\nChinese leader Xi Jinping spoke on Tuesday."),
        [one("Xi Jinping", "Chinese leader", &["China"])]
    );
    assert!(titled("Road\n\nThe caravan leader, Luis Lopez, said they would go on.").is_empty());
    assert!(titled("Road\n\nThe community leader Ana Ruiz said so.").is_empty());
}

#[test]
fn an_administration_of_the_moment_is_told_by_its_seat_unless_inside_a_title() {
    assert_eq!(
        texts_of_kind(
            "Notes.\n\nThe new administration in Damascus has said it welcomes them.",
            "Org"
        ),
        ["new administration in Damascus"]
    );
    assert_none_of_kind(
        "Notes.\n\nHe met Ana Ruiz, the head of the new administration in Damascus.",
        "Org",
    );
    // A government told by its seat, with or without a word for its level.
    for (text, body) in [
        (
            "Notes.\n\nThe camps, which the government in Baghdad wants emptied, are full.",
            "government in Baghdad",
        ),
        (
            "Notes.\n\nThey asked the federal government in Baghdad for help.",
            "federal government in Baghdad",
        ),
    ] {
        assert_eq!(texts_of_kind(text, "Org"), [body], "{text}");
    }
    // Not inside an office's name.
    assert_none_of_kind(
        "Notes.\n\nThe subdelegate of the government in Almería said so.",
        "Org",
    );
}

#[test]
fn a_small_town_s_name_before_crossing_is_the_crossing_and_one_a_region_includes_is_a_town() {
    let text = "Notes.\n\nThey crossed back through the Islam Qala crossing on Monday.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Islam Qala crossing"]
    );
    // So is South Asia's "checkpost".
    let text = "Notes.\n\nThey were handed back at the Akhaura checkpost on Sunday.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Akhaura checkpost"]
    );
    // And before "border post", with a hyphenated word qualifying it.
    let text = "Notes.\n\nThey were stopped at the Chirundu one-stop border post.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Chirundu one-stop border post"]
    );
    // A city's name before "crossing" stays the city's.
    let text = "Notes.\n\nThey waited at the Nogales crossing on Monday.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Nogales"]);
    // A small town stands where a place must: after "which includes", after "toward".
    let text = "Notes.\n\nThe prefect of Assoungha department, which includes Adré, spoke. \
                    They walked toward Mocha.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Adré", "Mocha"]);
}

#[test]
fn a_title_in_apposition_is_not_given_to_a_possessive_past_the_phrase_after_it() {
    let found = titled(
        "Notes\n\nOaxaca Governor Ana Tellechea Peña met Tomás Lira Vega, the head of the \
             National Migration Institute, in Oaxaca City on Monday to discuss buses for the \
             caravan, Tellechea's office said.",
    );
    let holders = names_and_titles(&found);
    assert!(
        holders.contains(&(
            "Tomás Lira Vega",
            "head of the National Migration Institute"
        )),
        "{found:?}"
    );
    assert!(
        !holders.iter().any(|&(name, _)| name == "Tellechea"),
        "{found:?}"
    );
}

#[test]
fn a_body_known_by_another_country_s_generic_name_after_a_demonym_is_a_body_of_its_own() {
    let text = "Boat\n\nThe Dutch Caribbean Coast Guard said so.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Dutch Caribbean Coast Guard"]
    );
    // The country the gazetteer gives it: the known body.
    let text = "Boat\n\nThe U.S. Coast Guard said so.";
    assert_none_of_kind(text, "Org(None)");
    // A town before it, though the gazetteer's town of the name is abroad, is the body's
    // own (Altona, Manitoba, not Hamburg's Altona).
    let text = "Boat\n\nThe commander of the Altona RCMP detachment said so.";
    assert_none_of_kind(text, "Org(None)");
}

#[test]
fn a_nation_s_society_of_a_movement_is_named_whole_as_the_movement() {
    let text = "Boat\n\nThe Egyptian Red Crescent and the Cambodian Red Cross sent water.";
    let orgs: Vec<_> = kinds(text)
        .into_iter()
        .filter(|(_, k)| k.starts_with("Org(Some"))
        .map(|(t, _)| t)
        .collect();
    assert_eq!(orgs, ["Egyptian Red Crescent", "Cambodian Red Cross"]);
    assert!(
        texts_of_kind(text, "Demonym").is_empty(),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn county_before_a_name_is_the_county_not_the_town() {
    let text = "Border\n\nDundalk is the largest town in County Louth, near the border.";
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["County Louth"]);
    // A county's office is still an office.
    let text = "Border\n\nCounty Judge Ana Ruiz said the bridge would reopen.";
    assert_none_of_kind(text, "NewPlace(State)");
}

#[test]
fn a_region_named_by_a_head_then_of_is_read_whole() {
    let g = Gazetteer::builtin();
    let text = "Route\n\nThe crossing from the Horn of Africa to Yemen is busy.";
    let read = place_read(&g, text, "Horn of Africa").map(|p| p.name.as_str());
    assert_eq!(read, Some("Horn of Africa"));
}

#[test]
fn a_small_town_after_as_far_as_is_the_town() {
    let town = |text: &str| {
        kinds(text)
            .iter()
            .any(|(t, k)| t == "Arriaga" && k.starts_with("KnownPlace"))
    };
    let text = "Truck\n\nThe driver was paid to take the load as far as Arriaga, to the west.";
    assert!(town(text), "{:?}", kinds(text));
    // Not a comparison with someone of the name.
    let text = "Truck\n\nShe worked as long as Arriaga did.";
    assert!(!town(text), "{:?}", kinds(text));
}

#[test]
fn the_two_ends_of_a_way_named_between_are_towns() {
    let text = "Border\n\nThe officials met at the crossing between Nimbara and Elgoru on \
                    Wednesday.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Nimbara", "Elgoru"]);
    // Not people talking.
    let text = "Border\n\nThe talks between Nimbara and Elgoru went on.";
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn an_unknown_town_told_by_its_distance_its_side_or_its_capital_is_a_town() {
    for (text, town) in [
        (
            "Truck\n\nThe route is Escarvana, about 60 kilometers to the north.",
            "Escarvana",
        ),
        (
            "Border\n\nThey crossed into Brazil at Inamparo last year.",
            "Inamparo",
        ),
        (
            "Border\n\nThey walked toward Atabaq, the provincial capital, on Tuesday.",
            "Atabaq",
        ),
        (
            "Border\n\nThey hid in the hills above Vatharo, the island's main town.",
            "Vatharo",
        ),
        (
            "Boat\n\nIt was towed to the harbour of Lendaro on Tuesday.",
            "Lendaro",
        ),
        (
            "Boat\n\nIt was towed to Lendaro, another village on the coast.",
            "Lendaro",
        ),
        (
            "Border\n\nThey went by minibus to Albiraa, on the other bank of the river.",
            "Albiraa",
        ),
        (
            "Boat\n\nThe boat took them to Orzalo, on the northern tip of Lanzarote.",
            "Orzalo",
        ),
        (
            "Boat\n\nFamilies had left Talaimarro, on Sri Lanka's Mannar island.",
            "Talaimarro",
        ),
        (
            "Truck\n\nIt had crossed into Austria from Hungary at Bezenyor an hour earlier.",
            "Bezenyor",
        ),
        ("Truck\n\nThey came from Hungary at Bezenyor.", "Bezenyor"),
        (
            "Border\n\nThey fled the fighting around Nasir in South Sudan's Upper Nile state.",
            "Nasir",
        ),
        (
            "Truck\n\nFive were moved to the hospital in Pamhagor with signs of hypothermia.",
            "Pamhagor",
        ),
        // Opening on a given name, but called a village.
        (
            "Border\n\nThey were taken by truck to Mae Usu, a village 20 km to the south.",
            "Mae Usu",
        ),
        // After a locative right after a country's name.
        (
            "Border\n\nThey crossed from Croatia near Velmika last week.",
            "Velmika",
        ),
        // Opening on a given name, but near it.
        (
            "Border\n\nThey crossed the border near Maria Velmo and slept.",
            "Maria Velmo",
        ),
        // Joined by "and" to a town after a locative.
        (
            "Boat\n\nThey made for the beaches around Protaras and Velmo Kato.",
            "Velmo Kato",
        ),
        // One word after "near", before the way on to a known place.
        (
            "Boat\n\nThe boat had left a beach near Minyeh for Cyprus, the army said.",
            "Minyeh",
        ),
        // Opening on a given name, but on one side of a border.
        (
            "Border\n\nThey set out on foot from Wadi Sarra, on the Sudanese side.",
            "Wadi Sarra",
        ),
    ] {
        assert_eq!(texts_of_kind(text, "NewPlace(City)"), [town], "{text}");
    }
    // Not someone's distance run, nor a person met at a border, nor someone from a town.
    for text in [
        "Race\n\nHe beat Escarvana, who ran 60 kilometers on Sunday.",
        "Border\n\nThey were led by Thandor Lhungar, a pastor from a Kuki village.",
        "Border\n\nThey met the envoy of Brazil at Inamparo's request.",
        "Truck\n\nThe envoy from Hungary at Bezenyor's request spoke.",
        "Truck\n\nThe nurse in Pamhagor with signs of hypothermia.",
        "Border\n\nThey got a call from Nasir in Kabul.",
        "Border\n\nShe stayed in Tapachula and Ortega drove on to Oaxaca.",
        "Border\n\nThey met near Maria Velmo's house.",
    ] {
        assert_none_of_kind(text, "NewPlace");
    }
}

#[test]
fn a_stretch_of_sands_is_a_landmark() {
    let text = "Boat\n\nThe boat ran onto the sand at Velmo Sands at dawn.";
    assert_eq!(texts_of_kind(text, "NewPlace(Landmark)"), ["Velmo Sands"]);
    // A river's delta, its head written small or not.
    let text = "Boat\n\nThe navy stopped it at the tip of the Velmo delta at dawn.";
    assert_eq!(texts_of_kind(text, "NewPlace(Landmark)"), ["Velmo delta"]);
}

#[test]
fn a_platform_or_an_island_the_gazetteer_lacks_is_a_landmark() {
    for (text, landmarks) in [
        (
            "Boat\n\nThey reached Vega A, a platform operated by a firm, and Korsa, a \
                 small island off the coast.",
            &["Vega A", "Korsa"][..],
        ),
        (
            "Boat\n\nThe boat had left the Indonesian island of Karamunda on Monday.",
            &["Karamunda"],
        ),
        // A shore's place, whatever given name it starts with.
        (
            "Boat\n\nThey ran aground on the north coast of Rosa Vella on Monday.",
            &["Rosa Vella"],
        ),
    ] {
        assert_eq!(
            texts_of_kind(text, "NewPlace(Landmark)"),
            landmarks,
            "{text}"
        );
    }
    // Not a person described by where she works, nor a body named after an island.
    for text in [
        "Boat\n\nThey met Vega Arce, a nurse on the island.",
        "Boat\n\nThe Prince Island of Karamunda Company said so.",
    ] {
        assert_none_of_kind(text, "NewPlace(Landmark)");
    }
    // "island of X province": the province's name, a region.
    let text = "Boat\n\nThey reached the largest island of Tamura province.";
    assert_none_of_kind(text, "NewPlace(Landmark)");
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Tamura province"]);
}

#[test]
fn a_town_s_corporation_is_a_body_not_a_place() {
    let text = "Border\n\nThey met the chairman of the Princes Town Regional Corporation.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Princes Town Regional Corporation"],
        "{:?}",
        kinds(text)
    );
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn armed_groups_are_bodies_not_states() {
    let text = "Border\n\nThey fled the Islamic State group's rule in 2014, and HTS took \
                    Damascus.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Islamic State group", "HTS"],
        "{:?}",
        kinds(text)
    );
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn operations_consortiums_presidencies_and_rangers_are_bodies() {
    for (text, body) in [
        (
            "Boat\n\nThey will be managed under Operation Sovereign Borders, the policy.",
            "Operation Sovereign Borders",
        ),
        (
            "Boat\n\nThe Italian Consortium of Solidarity runs the centre.",
            "Italian Consortium of Solidarity",
        ),
        (
            "Boat\n\nThe Presidency of Migration Management said 90 had left.",
            "Presidency of Migration Management",
        ),
        (
            "Boat\n\nThe Pakistan Rangers opened the gate.",
            "Pakistan Rangers",
        ),
    ] {
        assert!(
            texts_of_kind(text, "Org").contains(&body.to_string()),
            "{:?}",
            kinds(text)
        );
    }
    // Not a word alone in lower case.
    assert_none_of_kind("Boat\n\nThe operation ended at dawn.", "Org");
}

#[test]
fn a_title_word_before_a_body_s_field_alone_names_the_body() {
    let text = "Border\n\nThe head of General Security's post at the crossing spoke.";
    assert_eq!(texts_of_kind(text, "Org(None)"), ["General Security"]);
    assert!(
        !kinds(text)
            .iter()
            .any(|(t, k)| t.contains("Security") && k.starts_with("Person")),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn an_unknown_name_where_a_place_stands_set_in_a_known_country_is_a_town() {
    let text = "Boat\n\nThe boat had left from near Sandrapur in Bangladesh a week earlier.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Sandrapur"]);
    // Not a person met there.
    let text = "Boat\n\nThe boat had left with Sandrapur in Bangladesh a week earlier.";
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn the_head_of_a_body_written_in_lower_case_holds_an_office_of_it() {
    let text = "Border\n\nThe consul met the head of the province's refugees and \
                    repatriation department, Ebrahim Jafari, on Tuesday.";
    let found = titled(text);
    assert!(
        found.iter().any(|(name, title, _)| name == "Ebrahim Jafari"
            && title == "head of the province's refugees and repatriation department"),
        "{found:?}"
    );
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["province's refugees and repatriation department"]
    );
    // The head of a body's office is no head of the body.
    let text = "Border\n\nThe head of the migration directorate's office in Rivera, Ana \
                    Ruiz, spoke.";
    assert_none_of_kind(text, "Org");
    // "The head of the prefecture, X": the body the story named before, by its head word.
    let text = "Border\n\nThe head of the prefecture, Marko Tamberg, toured the crossing.";
    let found = titled(text);
    assert!(
        found
            .iter()
            .any(|(name, title, _)| name == "Marko Tamberg" && title == "head of the prefecture"),
        "{found:?}"
    );
    assert_none_of_kind(text, "Org");
    // "The head of the detention centre, X": who runs a centre or a prison.
    for (text, title) in [
        (
            "The head of the detention centre, Ana Ruiz, spoke.",
            "head of the detention centre",
        ),
        (
            "The head of the centre, Ana Ruiz, spoke.",
            "head of the centre",
        ),
        (
            "The head of the prison, Ana Ruiz, spoke.",
            "head of the prison",
        ),
    ] {
        let found = titled(&format!("Border\n\n{text}"));
        assert!(
            found
                .iter()
                .any(|(name, t, _)| name == "Ana Ruiz" && t == title),
            "{found:?}"
        );
    }
    // Not the head of a family.
    let found = titled("Border\n\nThe head of the family, Ana Ruiz, spoke.");
    assert!(found.is_empty(), "{found:?}");
    // The head of an office the story named before, by its last word.
    let text = "Border\n\nThe mayor and the head of the agency's Ter Apel location walked. \
                    The head of the location, Ana Ruiz, spoke.";
    let found = titled(text);
    assert!(
        found
            .iter()
            .any(|(name, t, _)| name == "Ana Ruiz" && t == "head of the location"),
        "{found:?}"
    );
    let found = titled("Border\n\nThe head of the location, Ana Ruiz, spoke.");
    assert!(found.is_empty(), "{found:?}");
    // "its" for "the": the post of the checkpoint the sentence named.
    let text = "Border\n\nThe checkpoint has been under scrutiny since the head of its \
                    immigration post, Azlan Hamid, was suspended last week.";
    let found = titled(text);
    assert!(
        found.iter().any(
            |(name, title, _)| name == "Azlan Hamid" && title == "head of its immigration post"
        ),
        "{found:?}"
    );
    // A post named by its town is in the town's country; a post named by no town, in none
    // (Post is a town in Texas).
    let found = titled("Border\n\nThe head of the Kyakhta checkpoint, Ana Ruiz, spoke.");
    assert!(
        found
            .iter()
            .any(|(name, _, of)| name == "Ana Ruiz" && of == &["Russia"]),
        "{found:?}"
    );
    let found = titled("Border\n\nThe head of the post, Ana Ruiz, spoke.");
    assert!(
        found.iter().any(|(name, title, of)| name == "Ana Ruiz"
            && title == "head of the post"
            && of.is_empty()),
        "{found:?}"
    );
}

#[test]
fn a_country_s_gendarmerie_is_a_body_of_its_own() {
    let text = "Border\n\nDjibouti's gendarmerie said 57 Ethiopians had crossed.";
    assert_eq!(texts_of_kind(text, "Org(None)"), ["Djibouti's gendarmerie"]);
    // Not any other body's noun without its field.
    assert_none_of_kind("Border\n\nDjibouti's ministry said so.", "Org");
}

#[test]
fn a_country_s_federal_or_national_police_is_a_body_and_its_border_police_none() {
    let found = kinds("Train\n\nGerman federal police took 23 people off a train.");
    assert!(
        found
            .iter()
            .any(|(t, k)| t == "German federal police" && k.starts_with("Org")),
        "{found:?}"
    );
    assert_none_of_kind("Border\n\nLibyan border police turned them back.", "Org");
}

#[test]
fn a_state_s_department_in_lower_case_is_a_body_of_its_own() {
    let text = "Border\n\nMizoram's home department said 1,000 people had crossed.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Mizoram's home department"]
    );
    // Also with the state's head word before the possessive.
    let text = "Border\n\nChiapas state's civil protection agency counted 340 people.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Chiapas state's civil protection agency"]
    );
    // So is one named after the state, after "the".
    let text = "Border\n\nThe Mizoram police directorate said 1,000 people had crossed.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Mizoram police directorate"]
    );
    // A department named by nobody's possessive is no body of its own.
    let text = "Border\n\nThe home department said 1,000 people had crossed.";
    assert_none_of_kind(text, "Org");
    // Nor is a country's overseas department, a territory.
    let text = "Boat\n\nThe boat reached Mayotte, France's overseas department, on Monday.";
    assert_none_of_kind(text, "Org");
}

#[test]
fn a_camp_named_before_its_head_is_a_body() {
    let text = "Border\n\nBuses left the Zaatari camp on Wednesday for the Nyakabande transit \
                    centre and the Nakivale settlement.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        [
            "Zaatari camp",
            "Nyakabande transit centre",
            "Nakivale settlement"
        ]
    );
    // Not a people's camp, nor a known body's.
    let text = "Border\n\nThey left the Syrian camp for the UNHCR transit centre.";
    assert_none_of_kind(text, "Org(None)");
}

#[test]
fn a_country_s_embassy_or_consulate_is_a_body_without_a_field_word() {
    let text = "Notes.\n\nThe Ethiopian embassy in Maputo said it was sending an officer.";
    assert_eq!(texts_of_kind(text, "Org(None)"), ["Ethiopian embassy"]);
    // Not the one body of its country the gazetteer knows (India's Border Security Force):
    // a post has no field to fit.
    let text = "Notes.\n\nThe Indian embassy in Tbilisi said it was sending an officer.";
    assert_eq!(texts_of_kind(text, "Org(None)"), ["Indian embassy"]);
    // A consulate's rank is part of its name, and so is the town it is in.
    let text = "Notes.\n\nVietnam's consulate general said it was checking.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Vietnam's consulate general"]
    );
    let text = "Notes.\n\nIndonesia's consulate in Tawau said it was checking.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Indonesia's consulate in Tawau"]
    );
    // So is a head of state's office.
    let text = "Notes.\n\nThe two spoke by phone, the Senegalese presidency said.";
    assert_eq!(texts_of_kind(text, "Org(None)"), ["Senegalese presidency"]);
    // Not one of no country.
    let text = "Notes.\n\nThe embassy said it was sending an officer.";
    assert_none_of_kind(text, "Org");
}

#[test]
fn the_dateline_s_town_named_again_with_a_word_in_lower_case_is_the_town() {
    let text = "Border\n\nPOIENILE DE SUB MUNTE, Romania (AP) — Police found eleven men \
                    on Monday. Poienile de sub Munte lies in Maramureș County.";
    let towns = texts_of_kind(text, "NewPlace");
    assert!(
        towns.contains(&"Poienile de sub Munte".to_string()),
        "{:?}",
        kinds(text)
    );
    let people = texts_of_kind(text, "Person");
    assert!(!people.iter().any(|p| p.contains("Munte")), "{people:?}");
}

#[test]
fn a_title_ending_in_ing_that_opens_a_sentence_is_no_participle() {
    let found = titled("Visit\n\nThe talks ended.\n\nKing Abdullah II is expected to go.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("Abdullah II", "King")
    );
}

#[test]
fn a_courtesy_title_is_no_part_of_the_holder_s_name_and_an_akim_holds_an_office() {
    let found =
        titled("Visit\n\nThe island's health delegate, Dr. Carla Semedo, met the survivors.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Carla Semedo");
    let found = titled(
        "Visit\n\nThe akim of West Kazakhstan region, Nurlan Tasbolatov, visited the \
             station.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("Nurlan Tasbolatov", "akim")
    );
}

#[test]
fn an_office_at_a_country_s_post_serves_that_country() {
    for (text, title, country) in [
        (
            "Visit\n\nRakesh Menon, first secretary at the Indian embassy in Tbilisi, \
                 visited the border.",
            "first secretary",
            "India",
        ),
        (
            "Visit\n\nAna Ruiz, a consul at the Mexican consulate, visited the border.",
            "consul",
            "Mexico",
        ),
    ] {
        let found = titled(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), &found[0].2[..]),
            (title, &[country.to_string()][..])
        );
    }
}

#[test]
fn a_ministry_named_by_a_minister_s_field_alone_is_a_body() {
    let text = "Talks\n\nThe two will meet next week, the interior ministry said.";
    assert_eq!(texts_of_kind(text, "Org(None)"), ["interior ministry"]);
    let text = "Talks\n\nHe sent a message instead, according to the host ministry.";
    assert_none_of_kind(text, "Org");
}

#[test]
fn a_day_before_a_name_at_the_start_of_a_sentence_is_no_part_of_it() {
    let text = "Talks\n\nOn Tuesday Gallardo spoke by phone with the governor.";
    let people = texts_of_kind(text, "Person");
    assert!(people.contains(&"Gallardo".to_string()), "{people:?}");
    assert!(!people.iter().any(|p| p.contains("Tuesday")), "{people:?}");
}

#[test]
fn who_said_it_after_a_comma_is_no_town_in_apposition() {
    let text = "Talks\n\nThe consul will meet Uicab, the town hall said.";
    assert_none_of_kind(text, "NewPlace");
    let text = "Talks\n\nThey reached Uicab, the town nearest the border.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Uicab"]);
}

#[test]
fn a_word_after_in_nearby_is_a_town() {
    let text = "Notes.\n\nShe was treated at the hospital in nearby Quelluco.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Quelluco"]);
    // Not a name where none is expected.
    let text = "Notes.\n\nShe was treated by nearby Quelluco.";
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn a_word_after_a_locative_before_a_spokesman_is_where_not_who() {
    for (text, place) in [
        (
            "Police found them on the edge of Khasab, a spokesman said.",
            "Khasab",
        ),
        ("The men were found in Zorbat, a spokesman said.", "Zorbat"),
        (
            "They hid in the town of Zorbat, a police spokesman said.",
            "Zorbat",
        ),
        (
            "On Zorbat, the island's councillor said they had landed.",
            "Zorbat",
        ),
    ] {
        let g = Gazetteer::builtin();
        let doc = Doc::new(&format!("Notes\n\n{text}"), g.cleaner());
        let read: Vec<_> = find_mentions(&g, &doc)
            .into_iter()
            .filter(|m| m.text == place)
            .map(|m| (m.rule, format!("{:?}", m.kind)))
            .collect();
        // (A lone unknown word is a person only until resolution finds no more of it.)
        let named_as_someone = read.iter().any(|(rule, kind)| {
            kind.starts_with("Person") && matches!(*rule, "appositive-name" | "lowercase-title")
        });
        assert!(!named_as_someone, "{read:?}");
    }
    // A given name after "in" still names the speaker.
    let text = "Notes\n\nThe men stopped in Maria Lopez, a spokeswoman said.";
    assert!(texts_of_kind(text, "Person").contains(&"Maria Lopez".to_string()));
    let text = "Notes\n\nThe men spoke to Okonjo, a spokesman, on Monday.";
    assert!(texts_of_kind(text, "Person").contains(&"Okonjo".to_string()));
}

#[test]
fn one_who_speaks_named_after_an_occupation_is_a_person() {
    for occupation in ["counsellor", "social worker", "interpreter"] {
        let text = format!(
            "Notes\n\n\"They were very frightened,\" said the {occupation}, Bimala Khadka."
        );
        assert!(
            texts_of_kind(&text, "Person").contains(&"Bimala Khadka".to_string()),
            "{occupation}: {:?}",
            kinds(&text)
        );
    }
}

#[test]
fn an_apposition_whose_noun_is_a_body_names_no_person() {
    let text = "Boat\n\nAlarm Phone, a volunteer hotline that relays calls from boats, said \
                    it had a call.";
    assert!(!texts_of_kind(text, "Person").contains(&"Alarm Phone".to_string()));
    // A body's word before the noun leaves the person.
    let text = "Boat\n\nAmina Okafor, a group leader from Lagos, said they had a call.";
    assert!(texts_of_kind(text, "Person").contains(&"Amina Okafor".to_string()));
}

#[test]
fn the_dateline_s_town_named_again_is_the_town_not_a_person() {
    let text = "Buses wait at Wadi Halfa as checks tighten\n\nWADI HALFA, Sudan (AFP) - \
                    The five buses stand in a row on the sand.";
    assert!(
        !texts_of_kind(text, "Person").contains(&"Wadi Halfa".to_string()),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn one_island_of_a_known_archipelago_names_the_archipelago() {
    let g = Gazetteer::builtin();
    let text = "Notes\n\nThe boat reached the Canary island of El Hierro.";
    let read = place_read(&g, text, "Canary").map(|p| p.name.as_str());
    assert_eq!(read, Some("Canary Islands"));
}

#[test]
fn a_saint_s_town_then_an_unknown_word_is_one_longer_town() {
    let text = "Notes.\n\nThey slept in San Pedro Tlacoxtepel on Monday.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(City)"),
        ["San Pedro Tlacoxtepel"]
    );
    // Not a word for what the place is, nor a given name that starts the next name.
    for text in [
        "Notes.\n\nAgents of the San Diego Sector said so.",
        "Notes.\n\nThey drove to San Diego County on Monday.",
    ] {
        assert!(
            texts_of_kind(text, "NewPlace(City)").is_empty(),
            "{:?}",
            kinds(text)
        );
    }
}

#[test]
fn the_u_n_before_an_office_of_its_own_names_no_body_but_is_served() {
    let text = "Notes\n\nU.N. High Commissioner for Refugees Pietro Marandi met the \
                    president on Monday.";
    assert_none_of_kind(text, "Org");
    let g = Gazetteer::builtin();
    let served: Vec<&str> = affiliations_read(&g, text)
        .into_iter()
        .filter_map(|a| match a {
            Affiliation::Org(o) => Some(g.orgs[o].name.as_str()),
            Affiliation::Place(_) => None,
        })
        .collect();
    assert_eq!(served, ["United Nations"]);
}

/// An office for a strait, a sea or an island is no office of a town that shares its
/// first word.
#[test]
fn an_office_for_a_strait_is_no_office_of_a_town_named_by_its_first_word() {
    let g = Gazetteer::builtin();
    let text = "Notes\n\nThe navy's commander for the Torres Strait, Rachel Mabo, said so.";
    let served: Vec<&str> = places_served(&g, text);
    assert!(!served.contains(&"Torres"), "{served:?}");
}

#[test]
fn a_titled_name_stays_titled_when_its_surname_speaks_later() {
    let text = "Notes\n\nU.N. High Commissioner for Refugees Pietro Marandi met the \
                    president on Monday.\n\n\"Chad is carrying this,\" Marandi told reporters.";
    let g = Gazetteer::builtin();
    let doc = Doc::new(text, g.cleaner());
    let read: Vec<(String, f32)> = find_mentions(&g, &doc)
        .into_iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }))
        .map(|m| (m.text, m.confidence))
        .collect();
    // The run that takes in the title's last word stays unread.
    assert!(
        read.iter()
            .all(|(t, c)| !t.starts_with("Refugees") || *c == 0.0),
        "{read:?}"
    );
    assert!(
        read.iter().any(|(t, c)| t == "Pietro Marandi" && *c > 0.0),
        "{read:?}"
    );
}

#[test]
fn a_name_opening_a_sentence_then_an_apposition_then_said_is_a_speaker() {
    let text = "Notes\n\nTiri Omal, at 52 the oldest in the group, said he was tired.";
    assert!(texts_of_kind(text, "Person").contains(&"Tiri Omal".to_string()));
    // Not one inside a sentence, which may be a place set in a wider one.
    let text = "Notes\n\nThey reached Uicab, a town by the river, said the mayor.";
    assert!(!texts_of_kind(text, "Person").contains(&"Uicab".to_string()));
}

#[test]
fn a_region_the_gazetteer_knows_only_by_its_town_is_a_region_after_province_of() {
    let text = "Boat\n\nShe came from the Tanzanian region of Arusha last year.";
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Arusha"]);
    // A region the gazetteer knows is that region.
    let text = "Boat\n\nShe came from the state of Oaxaca last year.";
    assert_none_of_kind(text, "NewPlace");
    // So is a known town's name before "region", "county" or "district".
    for text in [
        "Boat\n\nPolice in the Kilkis region said so.",
        "Boat\n\nPolice in Kilkis county said so.",
        "Boat\n\nPolice in the Kilkis district said so.",
    ] {
        assert_none_of_kind(text, "KnownPlace");
    }
}

#[test]
fn the_master_of_a_vessel_holds_no_office_but_a_brigadier_does() {
    let found = titled("Notes.\n\nOfficers arrested the boat's captain, Ana Ruiz, on Monday.");
    assert!(found.is_empty(), "{found:?}");
    let found = titled("Notes.\n\nThe coast guard's captain, Ana Ruiz, said so.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = titled("Notes.\n\nGreek police, led by Brig. Ana Ruiz, said so.");
    assert_eq!(found[0].1, "Brig.", "{found:?}");
    // "The captain" of no body or place is a vessel's; a port's captain holds an office.
    let found = titled("Notes.\n\nA charter captain came first, said the captain, Ana Ruiz.");
    assert!(found.is_empty(), "{found:?}");
    let found = titled("Notes.\n\nAna Ruiz, the captain of the Ocean Viking, said so.");
    assert!(found.is_empty(), "{found:?}");
    let found = titled("Notes.\n\nAna Ruiz, the captain of the port of Olhão, said so.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_firm_named_after_its_kind_is_no_town() {
    // Nor is "Edison said" or "Edison's crew" later on.
    let text = "X\n\nThey reached a platform operated by the energy company Edison. Edison \
                    said the crew was safe, and Edison's crew helped.";
    assert!(
        kinds(text).iter().all(|(t, _)| t != "Edison"),
        "{:?}",
        kinds(text)
    );
    // The town of that name is one where no firm is.
    let text = "X\n\nThe mayor of Edison said the crew was safe.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Edison"]);
}

#[test]
fn a_cay_and_straits_are_landmarks() {
    let text = "Boat\n\nThey landed on Anguilla Cay and drifted into the Florida Straits.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Anguilla Cay", "Florida Straits"]
    );
}

#[test]
fn a_town_the_gazetteer_lacks_before_a_mayor_s_title_is_a_town_and_the_mayor_is_found() {
    let text = "Notes\n\nSan Quilca Mayor Tessa Quackenbush met the sheriff on Monday.";
    let found = kinds(text);
    assert!(
        found.contains(&("San Quilca".to_string(), "NewPlace(City)".to_string())),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "Tessa Quackenbush".to_string(),
            "Person { title: Some(\"Mayor\"), affiliation: [] }".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_department_of_a_field_is_a_body_and_of_a_place_a_region() {
    let found = kinds(
        "Notes\n\nThe Department of Natural and Environmental Resources said so. They \
             walked through the Department of Cortés.",
    );
    assert!(
        found.contains(&(
            "Department of Natural and Environmental Resources".to_string(),
            "Org(None)".to_string()
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "Department of Cortés".to_string(),
            "NewPlace(State)".to_string()
        )),
        "{found:?}"
    );
}

#[test]
fn a_canton_or_an_oblast_is_a_region() {
    for (text, region) in [
        ("Notes\n\nThey walked to Zenica Canton.", "Zenica Canton"),
        ("Notes\n\nThey walked to Quilca Oblast.", "Quilca Oblast"),
    ] {
        let found = kinds(text);
        assert!(
            found.contains(&(region.to_string(), "NewPlace(State)".to_string())),
            "{found:?}"
        );
    }
}

#[test]
fn a_us_state_s_name_is_the_state_s_in_a_story_from_a_country_with_a_town_of_the_name() {
    let g = Gazetteer::builtin();
    let text = "Boat\n\nBARACOA, Cuba (AP) — The boat ran aground in Cuba. \"We were going \
                    to Florida,\" a passenger said.";
    let florida = place_read(&g, text, "Florida").map(|p| (p.kind, p.country.clone()));
    assert_eq!(florida, Some((PlaceKind::State, Some("US".to_string()))));
    // Written with the country, it is the town.
    let text = "Boat\n\nThey met in Florida, Uruguay, on Monday.";
    let florida = place_read(&g, text, "Florida").map(|p| (p.kind, p.country.clone()));
    assert_eq!(florida, Some((PlaceKind::City, Some("UY".to_string()))));
}

#[test]
fn a_name_no_rule_reads_is_a_persons_when_a_later_word_of_it_speaks() {
    let g = Gazetteer::builtin();
    let text = "Walk\n\nAbout 300 migrants set off on foot on Monday. The walk is \
                    coordinated by Tobo Lerma Quiroz of a local group. \"We will keep going,\" \
                    Lerma said.";
    let doc = Doc::new(text, g.cleaner());
    let ex = crate::extract::extract(&g, &doc, None);
    let people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["Tobo Lerma Quiroz"]);
    // "coordinated by": the group's organiser.
    let organizers: Vec<&str> = ex
        .groups
        .iter()
        .flat_map(|group| group.organizers.iter())
        .map(|&p| ex.people[p].name.as_str())
        .collect();
    assert_eq!(organizers, ["Tobo Lerma Quiroz"]);
}

#[test]
fn a_units_name_is_no_persons() {
    // "Yuma" is a given name too; "X said" reads as a speaker.
    let g = Gazetteer::builtin();
    let text = "Landing\n\nThe Border Patrol's Yuma Sector gave a lower figure. The Ramey \
                    Sector said 41 people landed. Agent Ana Ruiz said so.";
    let doc = Doc::new(text, g.cleaner());
    let ex = crate::extract::extract(&g, &doc, None);
    let people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["Ana Ruiz"]);
    // Nor, when named after a town, the town: nobody in the story is there.
    let text = "Landing\n\nThe Border Patrol's El Paso Sector gave a lower figure. They \
                    walked from Janos to Lordsburg.";
    let places = texts_of_kind(text, "KnownPlace");
    assert!(!places.iter().any(|p| p.contains("Paso")), "{places:?}");
    assert!(places.contains(&"Lordsburg".to_string()), "{places:?}");
}

#[test]
fn a_rank_before_a_name_is_no_part_of_it() {
    let g = Gazetteer::builtin();
    let text = "Landing\n\nThe boat landed on Monday. Officer Ana Ruiz said all were safe, \
                    and Trooper Luis Paz said so too.";
    let doc = Doc::new(text, g.cleaner());
    let ex = crate::extract::extract(&g, &doc, None);
    let mut people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    people.sort();
    assert_eq!(people, ["Ana Ruiz", "Luis Paz"]);
    // Naval ranks as AP abbreviates them are titles, with or without their full stops; so are
    // the ranks of sergeants.
    for rank in [
        "Lt. Cmdr.",
        "Lt Cmdr",
        "Cmdr.",
        "Rear Adm.",
        "Sergeant Major",
        "Staff Sgt.",
    ] {
        let text = format!(
            "Landing\n\nThe boat landed on Monday. {rank} Ana Ruiz, a Coast Guard \
                 spokeswoman, said all were safe."
        );
        let doc = Doc::new(&text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Ana Ruiz"], "{rank}");
    }
}

#[test]
fn a_force_named_bare_is_the_known_one_of_the_country_the_story_is_filed_from() {
    let g = Gazetteer::builtin();
    let known_bodies = |text: &str| -> Vec<(String, String)> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Org(Some(o)) => Some((m.text, g.orgs[o].id.clone())),
                _ => None,
            })
            .collect()
    };
    let text = "Pass\n\nŞEMDİNLİ, Turkey (AP) — The gendarmerie stopped 14 migrants on \
                    Tuesday.";
    assert_eq!(
        known_bodies(text),
        [("gendarmerie".to_string(), "tr-gendarmerie".to_string())]
    );
    let text = "Boat\n\nCHANIA, Greece (AP) — The coast guard towed the boat in.";
    assert_eq!(
        known_bodies(text),
        [("coast guard".to_string(), "gr-coast-guard".to_string())]
    );
    // Filed from a town the gazetteer does not know, in the country written after it.
    let text = "Pass\n\nQORVELIK, Turkey (AP) — Men were found, the gendarmerie said.";
    assert_eq!(
        known_bodies(text),
        [("gendarmerie".to_string(), "tr-gendarmerie".to_string())]
    );
    // Filed from a territory: the body of the state that holds it.
    let text = "Boat\n\nSAINT-PIERRE, Réunion (AP) — Nine men landed, the gendarmerie said.";
    assert_eq!(
        known_bodies(text),
        [("gendarmerie".to_string(), "fr-gendarmerie".to_string())]
    );
    // Filed from a country with no such known body: none.
    let text = "Boat\n\nBELIZE CITY, Belize (AP) — The coast guard towed the boat in.";
    assert_eq!(known_bodies(text), []);
}

#[test]
fn a_prefecture_named_in_lower_case_with_its_place_is_a_body_and_the_place_a_region() {
    let g = Gazetteer::builtin();
    let text = "Boats\n\nThe boat carried 19 people, the prefecture of Mayotte said. The \
                    Réunion prefecture and the maritime prefecture agreed, according to the \
                    prefecture of Pas-de-Calais. Okinawa Prefecture and the prefecture said \
                    nothing.";
    let doc = Doc::new(text, g.cleaner());
    let mentions = find_mentions(&g, &doc);
    let orgs: Vec<&str> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Org(_)))
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(
        orgs,
        [
            "prefecture of Mayotte",
            "Réunion prefecture",
            "maritime prefecture",
            "prefecture of Pas-de-Calais"
        ]
    );
    let department = mentions.iter().find(|m| m.text == "Pas-de-Calais");
    assert!(
        department.is_some_and(|m| m.kind == MentionKind::NewPlace(PlaceKind::State)),
        "{department:?}"
    );
    // After a locative, a prefecture named after its town is a region, as in Japan.
    let text = "Boats\n\nA boat drifted near a fishing city in Akita prefecture.";
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Akita prefecture"]);
    assert_none_of_kind(text, "Org");
}

#[test]
fn a_body_named_in_lower_case_after_its_country_is_that_countrys() {
    let g = Gazetteer::builtin();
    let text = "Returns\n\nThe Venezuelan interior ministry said so. Mexico's foreign \
                    ministry agreed, and Peru's migration agency counted them. The Mexican \
                    ministry and the migration agency said nothing. Libya's coast guard and \
                    Dominica's coast guard stopped boats.";
    let doc = Doc::new(text, g.cleaner());
    let orgs: Vec<(String, Option<&str>)> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::Org(o) => Some((m.text, o.map(|o| g.orgs[o].id.as_str()))),
            _ => None,
        })
        .collect();
    assert_eq!(
        orgs,
        [
            ("Venezuelan interior ministry".to_string(), None),
            ("Mexico's foreign ministry".to_string(), Some("mx-sre")),
            (
                "Peru's migration agency".to_string(),
                Some("pe-migraciones")
            ),
            ("Libya's coast guard".to_string(), Some("ly-coast-guard")),
            ("Dominica's coast guard".to_string(), None),
        ]
    );
}

/// The titles and affiliations of the titled person mentions of a text, by name.
fn titled(text: &str) -> Vec<(String, String, Vec<String>)> {
    titled_with(&Gazetteer::builtin(), text)
}

/// Each holder's name and title of `titled`'s findings.
fn names_and_titles(found: &[(String, String, Vec<String>)]) -> Vec<(&str, &str)> {
    found
        .iter()
        .map(|(name, title, _)| (name.as_str(), title.as_str()))
        .collect()
}

fn titled_with(g: &Gazetteer, text: &str) -> Vec<(String, String, Vec<String>)> {
    let doc = Doc::new(text, g.cleaner());
    find_mentions(g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::Person {
                title: Some(title),
                affiliation,
            } => {
                let places = affiliation
                    .iter()
                    .map(|a| match a {
                        Affiliation::Place(p) => g.places[*p].name.clone(),
                        Affiliation::Org(o) => g.orgs[*o].name.clone(),
                    })
                    .collect();
                Some((m.text, title, places))
            }
            _ => None,
        })
        .collect()
}

fn one(name: &str, title: &str, places: &[&str]) -> (String, String, Vec<String>) {
    let places = places.iter().map(|p| p.to_string()).collect();
    (name.to_string(), title.to_string(), places)
}

#[test]
fn a_state_s_office_keeps_its_word_before_an_abbreviated_title() {
    let found = titled("X\n\nIn a video, state Sen. Dale Brannock said so.");
    assert_eq!(names_and_titles(&found), [("Dale Brannock", "state Sen.")]);
}

#[test]
fn a_viceroy_serves_the_country_his_title_names() {
    let found = titled(
        "X\n\nThe Spanish viceroy, Cmdr. Íñigo Arrizabalaga, said so. The French viceroy, \
             Cmdr. Loïc Morvan, agreed.",
    );
    // (The office before the rank, and the country it names on the rank after it.)
    for (name, office, country) in [
        ("Íñigo Arrizabalaga", "Spanish viceroy", "Spain"),
        ("Loïc Morvan", "French viceroy", "France"),
    ] {
        assert!(found.contains(&one(name, office, &[])), "{found:?}");
        assert!(found.contains(&one(name, "Cmdr.", &[country])), "{found:?}");
    }
}

#[test]
fn an_elected_office_after_a_name_is_the_office() {
    let text = "X\n\nRemzi Oral, the elected headman of a village below the pass, said so. \
                    Nurul Khandakar, the elected chairman of the union council, agreed.";
    let read: Vec<(String, String)> = titled(text)
        .into_iter()
        .map(|(name, title, _)| (name, title))
        .collect();
    assert_eq!(
        read,
        [
            ("Remzi Oral".to_string(), "headman".to_string()),
            ("Nurul Khandakar".to_string(), "chairman".to_string())
        ]
    );
}

#[test]
fn a_name_given_a_short_form_in_brackets_is_a_body_s() {
    let text = "Border\n\nThey were handed to the Royal Netherlands Marechaussee (KMar) \
                    at Oldenzaal. The KMar said so.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Royal Netherlands Marechaussee", "KMar", "KMar"]
    );
    // A news agency's mark after a dateline is none.
    assert_none_of_kind("Boat\n\nPUERTO VELMO, Costa Rica (AP) — Ten landed.", "Org");
}

#[test]
fn an_acronym_given_in_brackets_is_the_body_s_not_a_town_s() {
    let text = "X\n\nThe Immigration and Citizenship Authority (ICA) counted them. The \
                    ICA's officer in charge, Nelson Kuman, said so.";
    assert!(
        texts_of_kind(text, "KnownPlace").is_empty(),
        "{:?}",
        texts_of_kind(text, "KnownPlace")
    );
    assert_eq!(titled(text), [one("Nelson Kuman", "officer", &[])]);
    // Nor before a title: the body's official serves no town.
    let text = "X\n\nThe Bureau for Aliens and Foreign Immigrants' Affairs (BAFIA) counted \
                    them. The BAFIA official, Mehdi Shokouhi, said so.";
    assert!(
        texts_of_kind(text, "KnownPlace").is_empty(),
        "{:?}",
        texts_of_kind(text, "KnownPlace")
    );
    assert!(
        titled(text).iter().all(|t| t.2.is_empty()),
        "{:?}",
        titled(text)
    );
}

/// An office told before by a lower-case phrase names no place: "the village" is not The
/// Village, Oklahoma.
#[test]
fn an_office_told_before_in_lower_case_names_no_place() {
    let text = "X\n\nShe walked with the chair of the village's parish council. \"It was \
                    our beach,\" the chair, Maureen Ashdown, said.";
    assert_eq!(titled(text), [one("Maureen Ashdown", "chair", &[])]);
}

#[test]
fn the_head_of_a_place_s_police_holds_an_office_there() {
    let text = "X\n\nThe head of the Nicosia district police, Stelios Hadjipetrou, said so.";
    assert_eq!(
        titled(text),
        [one(
            "Stelios Hadjipetrou",
            "head of the Nicosia district police",
            &["Nicosia"]
        )]
    );
}

#[test]
fn the_secretary_general_of_a_body_written_before_the_title_serves_the_body() {
    for body in ["U.N.", "UN", "United Nations"] {
        let text = format!("X\n\nShe met {body} Secretary-General Ana Ruiz in Dhaka.");
        assert_eq!(
            titled(&text),
            [one("Ana Ruiz", "Secretary-General", &["United Nations"])],
            "{body}"
        );
    }
}

#[test]
fn a_national_body_whose_name_says_its_country_gives_its_officer_that_country() {
    let text = "X\n\nThe Kurdistan Regional Government's interior minister, Reber Ahmed, \
                    and the Mexican Foreign Ministry's spokeswoman, Ana Ruiz, spoke.";
    assert_eq!(
        titled(text),
        [
            one(
                "Reber Ahmed",
                "interior minister",
                &["Kurdistan Regional Government"]
            ),
            one("Ana Ruiz", "spokeswoman", &["Mexican Foreign Ministry"])
        ]
    );
    // A regional government named by its people's adjective is a body.
    let text = "X\n\nThe Basque government paid for the beds.";
    assert_eq!(texts_of_kind(text, "Org"), ["Basque government"]);
}

#[test]
fn a_spokeswoman_for_a_body_is_named_past_its_acronym_and_town_in_commas() {
    for text in [
        "X\n\nA spokeswoman for the U.N. refugee agency, UNHCR, in Ankara, Selin Aktas, said so.",
        "X\n\nA spokeswoman for the U.N. refugee agency, UNHCR, Selin Aktas, said so.",
        // (Nor is "U.N." a town, Un in India.)
        "X\n\nA spokeswoman for the U.N. refugee agency in Ankara, Selin Aktas, said so.",
    ] {
        let found = titled(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "Selin Aktas");
        assert!(found[0].2.contains(&"UNHCR".to_string()), "{found:?}");
        assert!(!found[0].2.contains(&"Ūn".to_string()), "{found:?}");
    }
    // Nor before a title.
    let found = titled(
        "X\n\nThe king received the U.N. High Commissioner for Refugees, \
                            Ana Ruiz, on Monday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, ["United Nations"]);
    // Nor is a crown prince a private person.
    let found = titled("X\n\nCrown Prince Hussein attended the meeting.");
    assert_eq!(found[0].1, "Crown Prince");
    // A national body after "of" tells its country.
    let text = "X\n\nA battalion commander of Border Guard Bangladesh, Lt. Col. Ferdous \
                    Kabir, came.";
    assert!(titled(text)[0].2.contains(&"Bangladesh".to_string()));
}

#[test]
fn the_head_of_a_government_named_by_its_kind_holds_an_office() {
    let text = "X\n\nThe head of the interim government, Amal Rahman, will attend. The head \
                    of the government's delegation said so.";
    assert_eq!(
        titled(text),
        [one("Amal Rahman", "head of the interim government", &[])]
    );
    // Or by its country's possessive, which the holder serves.
    let text = "X\n\nShe called the head of Bangladesh's interim government, Amal Rahman, \
                    on Tuesday.";
    assert_eq!(
        titled(text),
        [one(
            "Amal Rahman",
            "head of Bangladesh's interim government",
            &["Bangladesh"]
        )]
    );
}

#[test]
fn a_body_named_after_a_country_with_and_in_its_name_is_one_name() {
    let text = "X\n\nThe Royal Turks and Caicos Islands Police Force said 132 people landed.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Royal Turks and Caicos Islands Police Force"]
    );
    // Nor is "Turks" read alone, as the Turks of Turkey.
    assert!(texts_of_kind(text, "Demonym").is_empty());
}

#[test]
fn a_name_after_another_office_in_an_of_phrase_is_that_office_holder() {
    let text = "X\n\nMinister of Labour and Immigration Keith Lugo and Mayaguana's island \
                    administrator, Cora Vidal, toured the settlement.";
    let vidal: Vec<_> = titled(text)
        .into_iter()
        .filter(|(name, ..)| name == "Cora Vidal")
        .collect();
    assert_eq!(
        vidal,
        [one("Cora Vidal", "island administrator", &["Mayaguana"])]
    );
}

#[test]
fn a_title_left_out_after_each_country_is_the_one_named_before() {
    let text = "X\n\nIn Vilnius, Tomas Lugo, Poland's interior minister, Ana Vidal, \
                    Lithuania's, and Eva Ruiz, Latvia's, agreed to share footage.";
    let mut found = titled(text);
    found.sort();
    assert_eq!(
        found,
        [
            one("Ana Vidal", "interior minister", &["Lithuania"]),
            one("Eva Ruiz", "interior minister", &["Latvia"]),
            one("Tomas Lugo", "interior minister", &["Poland"]),
        ]
    );
}

#[test]
fn an_office_in_a_body_called_by_a_common_noun_of_civil_society_is_no_public_office() {
    for text in [
        "X\n\n\"Nobody can see them,\" said Ana Ruiz, a spokeswoman for the association.",
        "X\n\nAna Ruiz, a spokeswoman for the charity, agreed.",
        "X\n\nAna Ruiz, the director of the group, agreed.",
    ] {
        assert_eq!(titled(text), [], "{text}");
        let people = texts_of_kind(text, "Person");
        assert!(
            people.contains(&"Ana Ruiz".to_string()),
            "{text}: {people:?}"
        );
    }
    let text = "X\n\nAna Ruiz, a spokeswoman for the Interior Ministry, agreed.";
    assert_eq!(titled(text).len(), 1);
}

#[test]
fn a_place_written_in_lower_case_before_a_possessive_office_is_no_town_of_that_name() {
    let found = titled("X\n\nThe minister walked with the village's mayor, Ana Ruiz.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].2.iter().any(|p| p == "The Village"), "{found:?}");
}

#[test]
fn a_rank_of_several_words_before_a_name_in_apposition_is_no_part_of_the_name() {
    let text = "X\n\nThe commander of the navy's Third Naval Area, Vice Admiral Somchai \
                    Srisawat, met them.";
    let people = texts_of_kind(text, "Person");
    assert!(
        people.contains(&"Somchai Srisawat".to_string()),
        "{people:?}"
    );
    assert!(!people.iter().any(|p| p.starts_with("Vice")), "{people:?}");
    // So does an international body after it.
    let found =
        titled("X\n\n\"There were twenty,\" said Major Ana Ruiz, a spokeswoman for UNFICYP.");
    assert!(
        found
            .iter()
            .any(|(name, _, whom)| name == "Ana Ruiz" && whom.contains(&"UNFICYP".to_string())),
        "{found:?}"
    );
    // The office before the rank tells whom the person serves.
    let found = titled(
        "X\n\nA battalion commander of Border Guard Bangladesh, Lieutenant Colonel Ferdous \
             Kabir, was there.",
    );
    assert!(
        found.iter().any(|(name, _, places)| name == "Ferdous Kabir"
            && places.contains(&"Bangladesh".to_string())),
        "{found:?}"
    );
    // So does the body a head heads, before a title of the holder's own that is no rank.
    let found = titled(
        "X\n\nPARIS, France (AP) — Ana Ruiz came with the head of Romania's Border Police, \
             Chief Commissioner Luis Paz, on Tuesday.",
    );
    assert!(
        found
            .iter()
            .any(|(name, _, places)| name == "Luis Paz" && places == &["Romania".to_string()]),
        "{found:?}"
    );
    // A sentence that ends on the title names no one after it.
    let found = titled("X\n\nShe met the head of Romania's Border Police, Chief Commissioner");
    assert!(found.is_empty(), "{found:?}");
    // An office told before with a body whose name opens with a place's serves no town
    // of that name.
    let found = titled(
        "X\n\nThe mayor of the Torres Strait Island Regional Council flew over the reefs. \
             The mayor, Ana Ruiz, said so.",
    );
    assert!(
        found
            .iter()
            .any(|(name, _, whom)| name == "Ana Ruiz" && whom.is_empty()),
        "{found:?}"
    );
    // The agent in charge of a station is its head.
    let found = titled(
        "X\n\nThe agent in charge of the Border Patrol's station in Swanton, Ana Ruiz, \
             said so.",
    );
    assert_eq!(names_and_titles(&found), [("Ana Ruiz", "agent in charge")]);
}

#[test]
fn an_unknown_name_ending_in_a_towns_name_described_as_someone_is_a_person() {
    let text = "Notes.\n\nWualdo Mejicanos, a Honduran bricklayer, put it at sixty.";
    let people = texts_of_kind(text, "Person");
    assert!(
        people.contains(&"Wualdo Mejicanos".to_string()),
        "{people:?}"
    );
    assert_none_of_kind(text, "KnownPlace");
    // Past an age in the description.
    let text = "Notes.\n\nIt was Wualdo Mejicanos, a 61-year-old retired teacher.";
    assert!(texts_of_kind(text, "Person").contains(&"Wualdo Mejicanos".to_string()));
    // Not a town described as one.
    let text = "X\n\nThey reached Ciudad Mejicanos, a busy town, at dawn.";
    assert!(!texts_of_kind(text, "Person").contains(&"Ciudad Mejicanos".to_string()));
}

#[test]
fn a_pronoun_opening_a_quotation_starts_no_name() {
    let text = "X\n\n\"They pass at night,\" said one. \"We crossed the pass,\" said another.";
    assert_eq!(texts_of_kind(text, "NewPlace"), Vec::<String>::new());
}

#[test]
fn a_regent_and_a_chairman_are_offices() {
    // (Karimun, a regency no table lists: the office is tested, not its place. Bintan,
    // which this read before, is now an island of islands.tsv.)
    assert_eq!(
        titled("Notes.\n\nThe regent of Karimun, Hendru Wijaya, inspected the boat."),
        [one("Hendru Wijaya", "regent", &[])]
    );
    assert_eq!(
        titled("Notes.\n\nChairman Verlu Josa of the nation spoke."),
        [one("Verlu Josa", "Chairman", &[])]
    );
}

#[test]
fn a_continent_s_demonym_before_a_title_names_the_union_of_its_states() {
    assert_eq!(
        titled("X\n\nEuropean Home Affairs Commissioner Ylva Berg spoke."),
        [one(
            "Ylva Berg",
            "Home Affairs Commissioner",
            &["European Union"]
        )]
    );
    // A continent with no union known stays the continent.
    assert_eq!(
        titled("X\n\nAsian Envoy Mei Lin spoke."),
        [one("Mei Lin", "Envoy", &["Asia"])]
    );
}

#[test]
fn a_city_s_name_is_the_region_s_where_its_words_say_so_and_then_throughout() {
    let g = Gazetteer::builtin();
    let kinds_of = |text: &str| -> Vec<(String, PlaceKind)> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::KnownPlace(p) => Some((m.text, g.places[p].kind)),
                _ => None,
            })
            .collect()
    };
    // ("New York" alone is the city: see `Gazetteer::place`.)
    for text in [
        "Notes.\n\nNew York Governor Ana Ruiz spoke.",
        "Notes.\n\nHe will meet New York's immigration minister.",
        "Notes.\n\nThey took a taxi through upstate New York.",
        "Notes.\n\nTrains ran in the states of New York and Vermont.",
        "Notes.\n\nTrains ran in New York and Vermont states.",
    ] {
        assert!(
            kinds_of(text).contains(&("New York".to_string(), PlaceKind::State)),
            "{text}: {:?}",
            kinds_of(text)
        );
    }
    // Once read so, the name is the region throughout; alone, it is the city.
    let text = "Notes.\n\nNew York Governor Ana Ruiz spoke. \"New York cannot do it alone,\" \
                    she said.";
    assert_eq!(
        kinds_of(text),
        [
            ("New York".to_string(), PlaceKind::State),
            ("New York".to_string(), PlaceKind::State)
        ]
    );
    let text = "Notes.\n\nThey reached New York on Monday.";
    assert_eq!(kinds_of(text), [("New York".to_string(), PlaceKind::City)]);
    // A city named like its region, and not the capital, yields the name to the region.
    let text = "Notes.\n\nThey reached Quebec on Monday. Others stayed in Quebec City.";
    assert_eq!(
        kinds_of(text),
        [
            ("Quebec".to_string(), PlaceKind::State),
            ("Quebec City".to_string(), PlaceKind::City)
        ]
    );
}

#[test]
fn towns_a_bridge_links_are_places() {
    let text = "Notes.\n\nThe bridge links Villa del Rosario with San Antonio del Táchira, \
                    officials said.";
    assert_eq!(
        texts_of_kind(text, "KnownPlace"),
        ["Villa del Rosario", "San Antonio del Táchira"]
    );
    // Not a town met "with" when nothing links.
    let text = "Notes.\n\nThe mayor spoke with San Antonio del Táchira officials.";
    assert_none_of_kind(text, "KnownPlace");
}

#[test]
fn names_before_a_landmark_head_in_the_plural_are_landmarks() {
    let text = "Notes.\n\nThousands cross the Simón Bolívar and Francisco de Paula \
                    Santander bridges each day. Ana Ruiz and Luis Paz crossed too.";
    assert_eq!(
        texts_of_kind(text, "NewPlace"),
        ["Simón Bolívar", "Francisco de Paula Santander"]
    );
    assert!(texts_of_kind(text, "Person").contains(&"Ana Ruiz".to_string()));
}

#[test]
fn a_town_the_gazetteer_lacks_is_named_ciudad_or_told_a_town_after_its_name() {
    let text = "Notes.\n\nResidents of Ciudad Pedro Montoya said so. They crossed at Luis \
                    Moya Ruiz, the Mexican town that grew up around the bridge. Ana Ruiz \
                    Campos, the mayor, agreed.";
    assert_eq!(
        texts_of_kind(text, "NewPlace"),
        ["Ciudad Pedro Montoya", "Luis Moya Ruiz"]
    );
    // One word, told a town after it or written where a place stands, even before an
    // apposition that would tell a person.
    let text = "Notes.\n\nThey set off from the beach at Vondeq, the Moroccan town that \
                    Spaniards call Castillo. A trader from Trou-du-Sud, who carried her \
                    two-year-old son, spoke. Most waded to the beach at Windward Hills, the Turks \
                    and Caicos Islands Regiment said. Staff came from Vondra, the asylum \
                    office.";
    assert_eq!(
        texts_of_kind(text, "NewPlace"),
        ["Vondeq", "Trou-du-Sud", "Windward Hills"],
        "{:?}",
        kinds(text)
    );
    // So is one whose last word says it: "Matthew Town", "Bennett's Harbour".
    let text = "Notes.\n\nThe boat was brought ashore at Matthew Town on Sunday.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Matthew Town"]);
    let text = "Notes.\n\nMost are stopped farther south, off Bennett's Harbour.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Bennett's Harbour"]);
    // A saint's name owns the rest, though the saint's alone names a known place.
    let text = "Notes.\n\nThe boat ran aground on Saint Martin's Island on Monday.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Saint Martin's Island"]
    );
    // But a harbour the article writes after "the", even where a headline drops it, is
    // the water.
    let text = "Boat brought into Velmo Harbour\n\nIt docked in the Velmo Harbour.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Velmo Harbour", "Velmo Harbour"]
    );
    for (text, body) in [
        // ("General" is no rank before a body's head word.)
        (
            "A centre run by the General Inspectorate for Immigration.",
            "General Inspectorate for Immigration",
        ),
        // A forum of a cause, named in full.
        (
            "The Balkan Forum for Refugee Rights counted them.",
            "Balkan Forum for Refugee Rights",
        ),
        // An Australian local government, "Shire" before the place it governs.
        (
            "The president of the Shire of Carnarvon visited the station.",
            "Shire of Carnarvon",
        ),
    ] {
        assert_eq!(texts_of_kind(&format!("Notes.\n\n{text}"), "Org"), [body]);
    }
    // "the city's coordinator" is an office, not a town.
    let text = "Notes.\n\nMariana Ruiz Campos, the city's coordinator for shelters, said so.";
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn a_known_body_whose_name_holds_a_comma_is_read_whole() {
    let text = "Notes.\n\nThe case is under review by Immigration, Refugees and Citizenship \
                    Canada, he said.";
    let read = kinds(text);
    assert!(
        read.iter()
            .any(|(t, k)| t == "Immigration, Refugees and Citizenship Canada"
                && k.starts_with("Org(Some")),
        "{read:?}"
    );
}

#[test]
fn a_town_set_after_a_comma_in_or_beside_a_known_place_is_a_town() {
    let text = "Notes.\n\nAna Soumah, 22, who comes from Tamagueli, in western Guinea, spoke. \
                    A boat had left Kuwarat, west of Tripoli, on Monday.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(City)"),
        ["Tamagueli", "Kuwarat"]
    );
    // So is one that opens on a given name, after a locative.
    let text = "Notes.\n\nThey came from villages around Tal Kalakh, in Syria's Homs \
                    province.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Tal Kalakh"]);
    // And a town before a state of several words.
    let text = "Notes.\n\nPolice held them on the far bank in Clair, New Brunswick.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Clair"]);
    // Not a surname of someone named before.
    let text = "Notes.\n\nMinister Ana Soumah spoke on Monday. Reporters went to Soumah, in \
                    Guinea, for more.";
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn a_language_is_no_place_nor_person() {
    let text = "Notes.\n\nThe gendarme said it in English. Others prayed in Arabic.";
    assert_none_of_kind(text, "NewPlace");
    let people = texts_of_kind(text, "Person");
    assert!(
        !people.iter().any(|p| p == "English" || p == "Arabic"),
        "{people:?}"
    );
}

#[test]
fn police_ranks_as_written_are_titles_and_no_part_of_the_name() {
    // An abbreviated rank keeps its full stop and starts no sentence.
    let found = titled("Notes.\n\nThe mayor walked with Insp. Ana Ruiz on Monday.");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("Ana Ruiz", "Insp.")
    );
    // A rank after the office in apposition is the holder's title, not the name's start.
    let found = titled(
        "Notes.\n\nThe regional commander of the Marine Police, Senior Superintendent Ana \
             Ruiz, said so.",
    );
    assert!(
        found.iter().any(|(name, _, _)| name == "Ana Ruiz"),
        "{found:?}"
    );
    // A Latin American rank.
    let found = titled("Notes.\n\nThe commander, Subcommissioner Ana Ruiz, said so.");
    assert!(
        found.iter().any(|(name, _, _)| name == "Ana Ruiz"),
        "{found:?}"
    );
    // Hong Kong's head of government.
    let found = titled("Notes.\n\nChief Executive Ana Ruiz asked for a report.");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("Ana Ruiz", "Chief Executive")
    );
}

#[test]
fn a_body_named_before_a_role_in_apposition_is_whom_the_ranked_holder_serves() {
    let found = titled("Notes.\n\n\"Nineteen,\" said an RCMP spokeswoman, Cpl. Ana Ruiz.");
    assert_eq!(found[0].2, ["Royal Canadian Mounted Police"]);
}

#[test]
fn the_agency_s_office_serves_the_international_body_named_before() {
    let found = titled(
        "Notes.\n\nUNHCR said it was sending kits. \"Shelter first,\" said Ana Ruiz, the \
             agency's field coordinator in the north.",
    );
    let ruiz = found.iter().find(|f| f.0 == "Ana Ruiz").expect("Ruiz");
    assert_eq!(ruiz.2, ["UNHCR"], "{found:?}");
    // So does the head of its office.
    let found = titled(
        "Notes.\n\nUNHCR was sending tents. \"Shelter first,\" said Ana Ruiz, head of the \
             agency's field office in Mandera.",
    );
    let ruiz = found.iter().find(|f| f.0 == "Ana Ruiz").expect("Ruiz");
    assert_eq!(ruiz.2, ["UNHCR"], "{found:?}");
    // Not a national body's.
    let found = titled(
        "Notes.\n\nThe INM said it was sending kits. \"Shelter first,\" said Ana Ruiz, the \
             agency's field coordinator in the north.",
    );
    let ruiz = found.iter().find(|f| f.0 == "Ana Ruiz");
    assert!(ruiz.is_none_or(|f| f.2.is_empty()), "{found:?}");
}

#[test]
fn an_international_body_s_possessive_names_whom_an_office_serves() {
    let found = titled("Notes.\n\nAna Ruiz, the IOM's chief of mission in Yemen, said so.");
    assert_eq!(
        found[0].2,
        ["International Organization for Migration"],
        "{found:?}"
    );
    // A national institute's acronym leaves the country to the story.
    let found = titled("Notes.\n\nAna Ruiz, the INM's delegate in Choluteca, said so.");
    assert!(
        !found[0]
            .2
            .contains(&"National Migration Institute".to_string()),
        "{found:?}"
    );
}

#[test]
fn the_country_after_a_titled_name_may_come_with_its_article() {
    let found = titled(
        "Notes.\n\nGov. Ana Ruiz spoke with President Luis Paz of the Dominican Republic. \
             President Rosa Lugo of the Bahamas agreed.",
    );
    assert_eq!(found[1].2, ["Dominican Republic"], "{found:?}");
    assert_eq!(found[2].2, ["Bahamas"], "{found:?}");
}

#[test]
fn offices_of_other_governments_and_ranks_are_titles() {
    let found = titled(
        "Notes.\n\nBolivia's government minister, Luis Paz, said so. Brig. Gen. Ana Ruiz \
             agreed. Mexico City's head of government, Rosa Lugo, spoke.",
    );
    let titles: Vec<&str> = found.iter().map(|(_, t, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        ["government minister", "Brig. Gen.", "head of government"],
        "{found:?}"
    );
    assert_eq!(found[0].2, ["Bolivia"]);
    // An office whose owner is a common noun: "the city's coordinator".
    let found = titled("Notes.\n\nAna Ruiz, the city's coordinator for shelters, said so.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("Ana Ruiz", "coordinator")
    );
    // "ambassador to Chile, X": the country sent to is not the one served.
    let found = titled("Notes.\n\nThe mayor received Peru's ambassador to Chile, Luis Paz.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), &found[0].2[..]),
        ("Luis Paz", &["Peru".to_string()][..])
    );
    // A word in lower case before an office is no place qualifying it, even where the
    // data knows a town of that name.
    let found = titled_with(
        &with_town_named_federal(),
        "Notes.\n\nLuis Paz, the federal minister of social development, spoke.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.is_empty(), "{found:?}");
    // Nor is one after a capitalised article: "The village chief" (The Village is a town
    // in Oklahoma).
    let found = titled("Notes.\n\nThe village chief of Fass, Luis Paz, spoke.");
    assert!(
        !found[0]
            .2
            .iter()
            .any(|p| p == "The Village" || p == "United States"),
        "{found:?}"
    );
}

#[test]
fn a_region_s_head_word_in_a_body_s_name_is_no_town() {
    // Canton is a town in Ohio; after a name it is the head of a canton's.
    let found = titled("Notes.\n\nA spokesman for the Una-Sana Canton police, Luis Paz, spoke.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].2.iter().any(|p| p == "Canton"), "{found:?}");
    // Alone, it is the town.
    let found = titled("Notes.\n\nThe mayor of Canton, Luis Paz, spoke.");
    assert!(found[0].2.iter().any(|p| p == "Canton"), "{found:?}");
}

#[test]
fn a_unit_s_head_after_a_body_s_head_names_the_body_s_unit() {
    let text = "Notes\n\nThe Velmark Police District said seven men had come in.";
    assert_eq!(texts_of_kind(text, "Org"), ["Velmark Police District"]);
    // After another word, the head names no body.
    let text = "Notes\n\nThe Velmark Hills District said seven men had come in.";
    assert!(texts_of_kind(text, "Org").is_empty(), "{:?}", kinds(text));
}

#[test]
fn a_title_that_ends_a_sentence_leaves_its_full_stop() {
    let found = titled("Notes.\n\n\"It sank,\" said Ana Ruiz, a Coast Guard spokeswoman.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Coast Guard spokeswoman");
}

#[test]
fn a_day_before_an_apposition_is_nobody() {
    let text = "Notes.\n\nHe meets lawmakers on Friday, the Dominican ministry said. On \
                    Wednesday, the Mexican navy said so.";
    let people = texts_of_kind(text, "Person");
    assert!(
        !people.iter().any(|p| p == "Friday" || p == "Wednesday"),
        "{people:?}"
    );
    // A surname that is a month still names its bearer.
    let text = "Notes.\n\nGov. Javier May Rodríguez spoke. May said he had called Ana Ruiz.";
    let people = texts_of_kind(text, "Person");
    assert!(people.contains(&"May".to_string()), "{people:?}");
    // But a month before a number is the month.
    let text = "Notes.\n\nGov. Javier May Rodríguez spoke. On May 3, the Mexican navy said so.";
    let people = texts_of_kind(text, "Person");
    assert!(!people.contains(&"May".to_string()), "{people:?}");
}

#[test]
fn a_country_whose_name_goes_on_in_lower_case_is_read_whole() {
    let text = "Notes.\n\nThe boat was bound for the Turks and Caicos Islands. Trinidad and \
                    Tobago sent a ship. Latin America and the Caribbean are two regions here.";
    assert_eq!(
        texts_of_kind(text, "KnownPlace"),
        [
            "Turks and Caicos Islands",
            "Trinidad and Tobago",
            "Latin America",
            "Caribbean"
        ]
    );
}

#[test]
fn parks_passages_islands_and_monuments_are_landmarks() {
    let text = "Notes.\n\nThey camped in Marlow Park after crossing the Windward Passage \
                    near Gull Island, beside Cedar Bluff National Monument.";
    let landmarks: Vec<String> = kinds(text)
        .into_iter()
        .filter(|(_, k)| k == "NewPlace(Landmark)")
        .map(|(t, _)| t)
        .collect();
    assert_eq!(
        landmarks,
        [
            "Marlow Park",
            "Windward Passage",
            "Gull Island",
            "Cedar Bluff National Monument"
        ]
    );
    // An island named in French is one too; a group of islands is a region.
    let text = "Notes.\n\nA fisherman from Île de la Vache sailed past the Marlow Islands.";
    let read = kinds(text);
    assert!(
        read.contains(&(
            "Île de la Vache".to_string(),
            "NewPlace(Landmark)".to_string()
        )),
        "{read:?}"
    );
    assert!(
        read.contains(&("Marlow Islands".to_string(), "NewPlace(State)".to_string())),
        "{read:?}"
    );
}

#[test]
fn a_town_in_a_person_s_name_is_no_town() {
    let text = "Notes.\n\nGovernor Ana Ruiz met Kingston Paz, the federal minister of \
                    social development, in Boa Vista on Monday.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Boa Vista"]);
}

#[test]
fn a_hyphenated_name_the_gazetteer_knows_whole_is_one_place() {
    let text = "Notes.\n\nThey sailed from Haiti's Nord-Ouest department, not from the \
                    US-Mexico border.";
    let places = texts_of_kind(text, "KnownPlace");
    // (A pair of places joined by a hyphen is still both.)
    assert_eq!(places, ["Haiti", "Nord-Ouest", "US", "Mexico"]);
}

#[test]
fn a_first_name_common_in_latin_america_starts_a_name() {
    // From names-dataset, which the European list of nam_dict.txt lacks; without it the
    // run falls apart at "Quintana", a place's name too.
    let text = "Notes.\n\nThe group was organized by Wuilson Barrientos Quintana, a \
                    Cuban migrant from Camagüey.";
    let people = texts_of_kind(text, "Person");
    assert!(
        people.contains(&"Wuilson Barrientos Quintana".to_string()),
        "{people:?}"
    );
}

#[test]
fn given_names_joined_by_a_hyphen_start_a_name() {
    let g = Gazetteer::builtin();
    assert!(g.is_given_name("jean-baptiste") && !g.is_given_name("jean-lafortune"));
    let text = "Notes.\n\nIt is run by Jean-Baptiste Lafortune, a former schoolteacher from \
                    Haiti, who said so.";
    let people = texts_of_kind(text, "Person");
    assert!(
        people.contains(&"Jean-Baptiste Lafortune".to_string()),
        "{people:?}"
    );
}

#[test]
fn a_body_is_named_by_a_noun_before_it_or_a_spanish_head_first() {
    let text = "Notes.\n\nShe is a lawyer with the group Caminos del Norte. Volunteers of \
                    the Fundación Bogotá Solidaria and the Comité de Apoyo Mutuo helped.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "Caminos del Norte",
            "Fundación Bogotá Solidaria",
            "Comité de Apoyo Mutuo"
        ]
    );
    // Called, named or known as so; "Aid" ends a body's name as "Fund" does.
    let text = "Notes.\n\nHe belongs to a group called Caminos del Sur. She joined a \
                    network known as Puentes del Norte, and Ana Ruiz volunteers with Pilsen \
                    Mutual Aid.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Caminos del Sur", "Puentes del Norte", "Pilsen Mutual Aid"]
    );
    // "Force" heads a body as "Forces" does; a force in lower case is none.
    let text = "Notes.\n\nThe Grenada Defence Force and the Peruvian Air Force helped, \
                    by force.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Grenada Defence Force", "Peruvian Air Force"]
    );
    // A body's field may name two things, when the second ends in a head word.
    let text = "Notes.\n\nThe Secretariat of Labor and Social Services and the \
                    Ministry of Works and Mexico's Navy spoke.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "Secretariat of Labor and Social Services",
            "Ministry of Works",
            "Mexico's Navy"
        ]
    );
    // Or when the second names nothing known and ends the capitals; not a person.
    let text = "Notes.\n\nThe Secretariat of Foreign Affairs and International Cooperation \
                    spoke, as did the Ministry of Works and Ana Ruiz. Police answer to the \
                    Ministry of Justice and Public Security.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "Secretariat of Foreign Affairs and International Cooperation",
            "Ministry of Works",
            "Ministry of Justice and Public Security"
        ]
    );
    let people = texts_of_kind(text, "Person");
    assert!(!people.iter().any(|p| p.contains("Security")), "{people:?}");
    // A field after "for" may name two things too; a French body's particles join it.
    let text = "Notes.\n\nThe Commissariat for Refugees and Migration spoke, as did the \
                    Police aux Frontières.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "Commissariat for Refugees and Migration",
            "Police aux Frontières"
        ]
    );
    // A group's possession names no body.
    let text = "Notes.\n\nThe group Ana Ruiz led left, and the group's Luis Paz spoke.";
    assert_none_of_kind(text, "Org");
}

#[test]
fn a_unit_named_by_its_head_word_qualifies_the_office_after_it() {
    assert_eq!(
        titled("Notes.\n\nRay Holt, a former San Diego Sector chief who now teaches, spoke."),
        [one("Ray Holt", "San Diego Sector chief", &[])]
    );
}

#[test]
fn an_apposition_names_the_person_after_the_office_written_before_the_comma() {
    let found = titled(
        "Notes.\n\nMexican Foreign Secretary Rosa Fuentes, a former ambassador to the \
             United Nations, spoke.",
    );
    assert!(
        found.iter().all(|(name, _, _)| name == "Rosa Fuentes"),
        "{found:?}"
    );
    // A surname that is a title's word is the name's.
    assert_eq!(
        titled("Notes.\n\nAmy Pope, the director general of the agency, spoke."),
        [one("Amy Pope", "director general", &[])]
    );
}

#[test]
fn an_office_written_possessive_is_not_the_one_before_the_comma() {
    let g = Gazetteer::builtin();
    let text = "Notes.\n\nThey were handed to agents of the Border Patrol's Miami Sector, the \
                    sheriff's office said. Luis Paz, the mayor, agreed.";
    let doc = Doc::new(text, g.cleaner());
    let ex = crate::extract::extract(&g, &doc, None);
    let people: Vec<(&str, &[String])> = ex
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.titles.as_slice()))
        .collect();
    assert_eq!(people, [("Luis Paz", &["mayor".to_string()][..])]);
}

#[test]
fn a_shelter_s_director_holds_no_office() {
    assert!(titled("Notes.\n\nShelter director Ana Ruiz said it was full.").is_empty());
    assert_eq!(
        titled("Notes.\n\nMigration director Ana Ruiz said it was full."),
        [one("Ana Ruiz", "Migration director", &[])]
    );
}

#[test]
fn a_given_name_after_an_article_is_no_person() {
    let g = Gazetteer::builtin();
    let people = |text: &str| -> Vec<String> {
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        ex.people.into_iter().map(|p| p.name).collect()
    };
    assert!(people("Notes.\n\nThe village is run by the Maria Lenca.").is_empty());
    assert_eq!(
        people("Notes.\n\nThe village is run by Maria Lenca."),
        ["Maria Lenca"]
    );
}

#[test]
fn the_head_of_a_body_named_by_an_acronym_holds_an_office() {
    assert_eq!(
        titled("Notes.\n\nThey met the head of the Veracruz DIF, Ana Ruiz, on Monday.")
            .into_iter()
            .map(|(name, title, _)| (name, title))
            .collect::<Vec<_>>(),
        [(
            "Ana Ruiz".to_string(),
            "head of the Veracruz DIF".to_string()
        )]
    );
    assert!(titled("Notes.\n\nMost head north to Tijuana. Head north, he said.").is_empty());
}

#[test]
fn a_village_or_township_head_holds_an_office() {
    assert_eq!(
        titled("X\n\nThe village head, Yohanis Messakh, went down to the jetty."),
        [one("Yohanis Messakh", "village head", &[])]
    );
    assert_eq!(
        titled("X\n\nThe township head, Yohanis Messakh, went down to the jetty."),
        [one("Yohanis Messakh", "township head", &[])]
    );
}

#[test]
fn an_office_is_named_by_the_acronym_the_article_gives_it() {
    let read = |text: &str| -> Vec<(String, String)> {
        titled(text)
            .into_iter()
            .map(|(name, title, _)| (name, title))
            .collect()
    };
    let office = |name: &str, title: &str| vec![(name.to_string(), title.to_string())];
    assert_eq!(
        read(
            "X\n\nThe chief district officer (CDO) of Parsa district went to the border. \
                 The CDO, Ghanashyam Upreti, said the border was open."
        ),
        office("Ghanashyam Upreti", "CDO")
    );
    assert_eq!(
        read(
            "X\n\nThe Upazila Nirbahi Officer (UNO) visited the camp. The UNO, Sabiha \
                 Mahjabeen, said there was no space."
        ),
        office("Sabiha Mahjabeen", "UNO")
    );
    // Or by its initials, the office written out before without brackets.
    assert_eq!(
        read(
            "X\n\nThe chief district officer of Jhapa district went to the bridge. The \
                 CDO, Keshav Ghimire, said the bridge was open."
        ),
        office("Keshav Ghimire", "CDO")
    );
    // Or by words that end in an office.
    assert_eq!(
        read(
            "X\n\nThe regional police commander for Velmara, known as the RPC, came. The \
                 RPC, Ezekiel Mwakalinga, said the tank had holes."
        ),
        office("Ezekiel Mwakalinga", "RPC")
    );
    // The words an office's acronym abbreviates are no body.
    let text = "X\n\nSupt. Jackson Wafula, the Officer Commanding Police Division (OCPD) in \
                    Malaba, said so. The OCPD said the driver was held.";
    assert!(texts_of_kind(text, "Org").is_empty(), "{:?}", kinds(text));
    // A body's name that holds an office is still the body's.
    for (text, body) in [
        (
            "X\n\nOfficers of the General Operations Force (GOF) found them. The GOF \
                 said so.",
            "General Operations Force",
        ),
        (
            "X\n\nThe United Nations High Commissioner for Refugees (UNHCR) said so. \
                 The UNHCR, Ana Ruiz, said more would come.",
            "United Nations High Commissioner for Refugees",
        ),
    ] {
        assert!(
            texts_of_kind(text, "Org").iter().any(|t| t == body),
            "{:?}",
            kinds(text)
        );
    }
}

#[test]
fn a_rank_and_a_delegate_are_offices() {
    assert_eq!(
        titled(
            "Notes.\n\nPetty Officer Second Class Ana Ruiz spoke. Luis Paz, the INM's \
                 delegate in Oaxaca, agreed."
        ),
        [
            one("Ana Ruiz", "Petty Officer Second Class", &[]),
            // (The INM's country is the story's to say, but the town the office is in is
            // Mexico's.)
            one("Luis Paz", "delegate", &["Mexico"])
        ]
    );
}

/// The built-in data with the Argentine town of Federal, which it leaves out as a common
/// word ("the Federal Police"), as a user's data folder may add it back.
fn with_town_named_federal() -> Gazetteer {
    assert!(Gazetteer::builtin().place("federal").is_none());
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("cities.tsv"),
        "3433956\tFederal\t\tAR\t\t-30.95619\t-58.77970\t16333\n",
    )
    .unwrap();
    let g = Gazetteer::with_extra(dir.path()).unwrap();
    assert!(g.place("federal").is_some());
    g
}

#[test]
fn a_word_that_qualifies_an_office_is_no_town_named_like_it() {
    assert_eq!(
        titled_with(
            &with_town_named_federal(),
            "Notes.\n\nFederal Immigration Minister Ana Ruiz spoke in Federal."
        ),
        [one("Ana Ruiz", "Federal Immigration Minister", &[])]
    );
}

#[test]
fn a_capitalised_title_set_off_by_commas_names_the_person_beside_it() {
    for text in [
        "Notes.\n\nGuatemala's Minister of the Interior, Ana Lucía Pereira, visited the camp.",
        "Notes.\n\nAna Lucía Pereira, Guatemala's Minister of the Interior, visited the camp.",
    ] {
        assert_eq!(
            titled(text),
            [one(
                "Ana Lucía Pereira",
                "Minister of the Interior",
                &["Guatemala"]
            )]
        );
    }
    // A title followed by its own holder's name is not the previous name's.
    let listed = titled(
            "Notes.\n\nSecretary of State Daniel Whitcomb, Homeland Security Secretary Rosa Tello and others met.",
        );
    assert!(
        listed
            .iter()
            .all(|(name, title, _)| name != "Daniel Whitcomb" || title == "Secretary of State"),
        "{listed:?}"
    );
    // Nor is an office named in a possessive.
    let office = titled("Notes.\n\nLuis Ochoa, the President's spokesman, declined to comment.");
    assert!(
        !office.iter().any(|(_, title, _)| title == "President"),
        "{office:?}"
    );
}

#[test]
fn a_name_with_a_landmark_or_region_head_before_of_or_after_in_lower_case_is_one() {
    let text = "Notes.\n\nThey waited at the Paso del Norte bridge, the Mariposa port of \
                    entry and the Pedro de Alvarado border crossing. Ana Ruiz crossing the river \
                    said so.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        [
            "Paso del Norte bridge",
            "Mariposa port of entry",
            "Pedro de Alvarado border crossing"
        ]
    );
    let text = "Notes.\n\nThey crossed near Lake Orvalle and camped below Mount Brennick.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Lake Orvalle", "Mount Brennick"]
    );
    // A river named after its head word, as British papers write it, and a road tunnel.
    let text = "Notes.\n\nThey crossed the River Brennick and walked the Orvalle Tunnel.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["River Brennick", "Orvalle Tunnel"]
    );
    let text = "Notes.\n\nBoats cross the Gulf of Urabá and the Mona Channel every day.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Gulf of Urabá", "Mona Channel"]
    );
    // A region's head first names a region.
    let text = "Notes.\n\nThey walked across the Isthmus of Tehuantepec.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(State)"),
        ["Isthmus of Tehuantepec"]
    );
}

#[test]
fn an_app_is_named_for_no_one() {
    let text = "Notes.\n\nThey refresh the CBP One app and the Asylum Connect application.";
    let named: Vec<String> = kinds(text).into_iter().map(|(t, _)| t).collect();
    assert!(
        !named
            .iter()
            .any(|t| t.contains("CBP") || t.contains("Asylum")),
        "{named:?}"
    );
}

#[test]
fn a_government_is_named_by_its_place_or_people_and_maybe_its_level() {
    let text = "Notes.\n\nThe U.S. government and the Costa Rican government spoke. \
                    Veracruz's state government, the Matamoros city government, Chile's \
                    government and the Biden administration did not. The government did.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "U.S. government",
            "Costa Rican government",
            "Veracruz's state government",
            "Matamoros city government",
            "Chile's government",
            "Biden administration"
        ]
    );
    // A surname that is also a town's name ("Castro" is one in Chile) is the person's: the
    // government is hers, not the town's.
    let text = "Notes.\n\nPresident Ana Castro's government has said so.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["President Ana Castro's government"]
    );
    assert!(texts_of_kind(text, "Person").contains(&"Ana Castro".to_string()));
    // A capital after "Administration" goes on with a body's own name.
    let text = "Notes.\n\nThe State Administration Council said so.";
    assert_eq!(texts_of_kind(text, "Org"), ["State Administration Council"]);
    // A word for the moment may stand where the level does.
    let text = "Notes.\n\nHaiti's transitional government and Peru's interim government \
                    said so.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "Haiti's transitional government",
            "Peru's interim government"
        ]
    );
    // Or two words for its standing.
    let text = "Notes.\n\nNiger's military government and Yemen's internationally \
                    recognised government said so.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "Niger's military government",
            "Yemen's internationally recognised government"
        ]
    );
    // A government of the moment is one without its country; after its country's, that
    // one; "the government" and "the new government" are none.
    let text = "Notes.\n\nThe interim government that took office said so. The new \
                    government agreed, and the government denied it.";
    assert_eq!(texts_of_kind(text, "Org"), ["interim government"]);
    let text = "Notes.\n\nBangladesh's interim government said so. The interim government \
                    agreed.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Bangladesh's interim government"]
    );
    // An office named with the word is no body; nor is a government named only in its
    // leader's title.
    let text = "Notes.\n\nBolivia's government minister, Luis Paz, said so.";
    assert_none_of_kind(text, "Org");
    let text = "Notes.\n\nShe spoke with the leader of Mali's military government, \
                    Colonel Assimi Goita.";
    assert_none_of_kind(text, "Org");
}

#[test]
fn capes_islands_seas_and_straits_are_landmarks_whatever_their_first_word() {
    let text = "Notes.\n\nThe engine failed off Cap Timiris, north of Bab el-Mandeb, \
                    where the Red Sea meets the gulf. Others reached Koh Lipe and Banc d'Arguin \
                    National Park.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        [
            "Cap Timiris",
            "Red Sea",
            "Koh Lipe",
            "Banc d'Arguin National Park"
        ]
    );
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Bab el-Mandeb"]);
    assert_none_of_kind(text, "Org");
}

#[test]
fn a_known_place_opened_by_a_prefix_in_lower_case_is_read_whole() {
    let text = "Notes.\n\nMost came from sub-Saharan Africa.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["sub-Saharan Africa"]);
}

#[test]
fn a_countrys_service_named_by_its_field_is_its_known_body() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Notes.\n\nThey crossed, according to Panama's migration service.",
        g.cleaner(),
    );
    let known: Vec<&str> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::Org(Some(o)) => Some(g.orgs[o].id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(known, ["pa-snm"]);
}

#[test]
fn the_pronoun_i_ends_a_name() {
    let text = "Notes.\n\n\"When I am in Jeddah I will call her,\" she said.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Jeddah"]);
}

#[test]
fn a_head_word_alone_after_a_countrys_possessive_is_its_known_body() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Notes.\n\nMexico's Navy found the boat. The Navy of the story was quiet.",
        g.cleaner(),
    );
    let known: Vec<(String, &str)> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::Org(Some(o)) => Some((m.text, g.orgs[o].id.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(known, [("Mexico's Navy".to_string(), "mx-semar")]);
}
#[test]
fn an_office_named_by_whom_it_serves_is_a_body_but_a_room_is_not() {
    let text = "Notes.\n\nThe Attorney General's Office and the Peruvian Ombudsman's Office \
                    opened inquiries. The President's office was quiet.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Attorney General's Office", "Peruvian Ombudsman's Office"]
    );
    // A county's office takes the county's name, "County" in the title or before it.
    let text = "Notes.\n\nDeputies of the Starr County Sheriff's Office and of the San Diego \
                    County Sheriff's Office searched the field.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "Starr County Sheriff's Office",
            "San Diego County Sheriff's Office"
        ]
    );
    // So does its department.
    let text = "Notes.\n\nMost ran off, the Los Angeles County Sheriff's Department said.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Los Angeles County Sheriff's Department"]
    );
}

#[test]
fn a_shelter_named_after_someone_is_a_body_not_a_person_and_a_town_shelter_is_neither() {
    let text = "Notes.\n\nThey slept at the Rosa Elvira Duarte shelter and the Benito \
                    Juárez shelter, then at the Tijuana shelter, and Ana Ruiz shelters them.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Rosa Elvira Duarte shelter", "Benito Juárez shelter"]
    );
    // A name that says it is a body's already is the whole name.
    assert_eq!(
        texts_of_kind(
            "Notes.\n\nThey slept at the Casa de Acogida Frontera shelter.",
            "Org"
        ),
        ["Casa de Acogida Frontera"]
    );
    let people = texts_of_kind(text, "Person");
    assert!(people.contains(&"Ana Ruiz".to_string()), "{people:?}");
    assert!(
        !people
            .iter()
            .any(|p| p.contains("Duarte") || p.contains("Benito")),
        "{people:?}"
    );
}

#[test]
fn an_office_may_be_a_unit_of_a_body_and_an_opening_phrase_holds_none() {
    assert_eq!(
        titled(
            "Notes.\n\nThe consul met the head of the INM office in Chiapas, Noemí Salas \
                 Vidal, in Comitán."
        ),
        [one(
            "Noemí Salas Vidal",
            "head of the INM office in Chiapas",
            &["National Migration Institute"]
        )]
    );
    for text in [
        "Notes.\n\nOn Monday, the mayor said the shelter was full.",
        "Notes.\n\nIn Tapachula, the governor said the shelter was full.",
    ] {
        assert!(titled(text).is_empty(), "{:?}", titled(text));
    }
}

#[test]
fn an_office_may_be_told_by_its_verb() {
    assert_eq!(
        titled(
            "Notes.\n\nHe met Noemí Salas, who heads the UNHCR office in Quito, on Monday. \
                 Luis Paz, who heads Sonora's State Population Council (Coespo), spoke."
        ),
        [
            one(
                "Noemí Salas",
                "head of the UNHCR office in Quito",
                &["UNHCR"]
            ),
            one(
                "Luis Paz",
                "head of Sonora's State Population Council",
                &["Sonora"]
            )
        ]
    );
    // A known body's own unit, named by a plain noun after its possessive.
    assert_eq!(
        titled("Notes.\n\nJoaquim Nhantu, who heads IOM's office in Tete, spoke."),
        [one(
            "Joaquim Nhantu",
            "head of IOM's office",
            &["International Organization for Migration"]
        )]
    );
    // A body nobody knows, of no place: perhaps a group of activists.
    assert!(
        titled("Notes.\n\nAna Ruiz, a lawyer who heads the Colectivo Frontera Sur, spoke.")
            .is_empty()
    );
    assert!(titled("Notes.\n\nAna Ruiz, who heads Colectivo's office in Tete, spoke.").is_empty());
}

#[test]
fn words_that_qualify_an_office_stand_between_the_and_the_title() {
    for (office, title, places) in [
        ("the regional ombudsman for the coast", "ombudsman", &[][..]),
        ("the new interim mayor", "mayor", &[]),
        ("the port director", "director", &[]),
        ("a former director", "director", &[]),
        (
            "her Guatemalan counterpart",
            "Guatemalan counterpart",
            &["Guatemala"],
        ),
    ] {
        assert_eq!(
            titled(&format!(
                "Notes.\n\nNoemí Salas Vidal, {office}, said the boats were full."
            )),
            [one("Noemí Salas Vidal", title, places)],
            "{office}"
        );
    }
}

#[test]
fn a_county_named_before_a_county_office_is_the_place_and_its_country_is_served() {
    let text = "Notes.\n\nSan Diego County Supervisor Ana Ruiz met El Paso County Judge \
                    Luis Paz and Texas State Senator Eva Soto.";
    assert_eq!(
        titled(text),
        [
            (
                "Ana Ruiz".to_string(),
                "County Supervisor".to_string(),
                vec!["United States".to_string()]
            ),
            (
                "Luis Paz".to_string(),
                "County Judge".to_string(),
                vec!["United States".to_string()]
            ),
            // A state before "State Senator" is the state.
            (
                "Eva Soto".to_string(),
                "State Senator".to_string(),
                vec!["Texas".to_string()]
            )
        ]
    );
    assert_eq!(
        texts_of_kind(text, "NewPlace"),
        ["San Diego County", "El Paso County"]
    );
    // A county named like a person is no part of the officer's name.
    let text = "Notes.\n\nLuna County Sheriff Luis Paz said so.";
    assert_eq!(
        titled(text),
        [(
            "Luis Paz".to_string(),
            "Luna County Sheriff".to_string(),
            vec![]
        )]
    );
    // Nor one named like a person before a title that opens on "County".
    let text = "Notes.\n\nStarr County Judge Luis Paz said so.";
    assert_eq!(
        titled(text),
        [(
            "Luis Paz".to_string(),
            "Starr County Judge".to_string(),
            vec![]
        )]
    );
    assert_eq!(texts_of_kind(text, "NewPlace"), ["Starr County"]);
    // A county office only one country has is that country's, whatever else the county's
    // name is ("Imperial" is a town in Peru too).
    assert_eq!(
        titled("Notes.\n\nImperial County Sheriff Luis Paz said so."),
        [one("Luis Paz", "County Sheriff", &["United States"])]
    );
}

#[test]
fn a_small_town_is_a_place_after_a_word_of_departure_or_transit() {
    let places = |text: &str| texts_of_kind(&format!("Notes.\n\n{text}"), "KnownPlace");
    assert_eq!(places("She left Tulcán on Monday."), ["Tulcán"]);
    assert_eq!(places("They travelled via Tulcán."), ["Tulcán"]);
    // Or what is visited.
    assert_eq!(places("The minister toured Tulcán on Monday."), ["Tulcán"]);
    // Not where nothing says a place is meant.
    assert!(places("Tulcán smiled.").is_empty());
    // An unknown word after "from" or "in", then a phrase of time, as after a comma.
    let new_places = |text: &str| texts_of_kind(&format!("Notes.\n\n{text}"), "NewPlace");
    for text in [
        "The boat had left from Ndorvo four nights earlier.",
        "They were in Ndorvo on Monday.",
        "They slept in Ndorvo last week.",
    ] {
        assert_eq!(new_places(text), ["Ndorvo"], "{text}");
    }
    // But a word that qualifies a noun after it is none.
    assert!(new_places("It spread in Facebook posts.").is_empty());
}

#[test]
fn a_place_is_read_by_how_it_is_written_a_full_stop_a_month_a_dateline() {
    let text = "Notes.\n\nThey crossed at La Mesilla and slept at the Casa del Migrante. \
                    Officials in Baton Rouge, La., and Dover, Del., said so. The US officials agreed.";
    let places = texts_of_kind(text, "KnownPlace");
    assert!(places.contains(&"La".to_string()), "{places:?}");
    assert!(places.contains(&"Del".to_string()), "{places:?}");
    assert_eq!(
        places.iter().filter(|p| *p == "La" || *p == "Del").count(),
        2,
        "{places:?}"
    );
    // A dateline names a town, not the region named after it.
    let g = Gazetteer::builtin();
    let text = "Notes\n\nTACNA, Peru (AP) — Hundreds of people waited.";
    let tacna = place_read(&g, text, "TACNA").map(|p| p.kind);
    assert_eq!(tacna, Some(PlaceKind::City));
    // The town of the state written after it: not another state's or country's town of
    // the name. (Argentine towns carry no state in the data: the country decides.)
    for (dateline, town, country, state) in [
        ("YUMA, Ariz.", "YUMA", "US", Some("US-AZ")),
        ("SPRINGFIELD, Mo.", "SPRINGFIELD", "US", Some("US-MO")),
        ("SPRINGFIELD, Ill.", "SPRINGFIELD", "US", Some("US-IL")),
        ("SANTA ROSA, La Pampa", "SANTA ROSA", "AR", None),
        // A Canadian province as the wires abbreviate it (Canadian towns carry none).
        ("KINGSTON, Ont.", "KINGSTON", "CA", None),
    ] {
        let text = format!("Notes\n\n{dateline} (AP) — Hundreds of people waited.");
        let place = place_read(&g, &text, town).expect("the dateline's town");
        assert_eq!(
            (
                place.kind,
                place.country.as_deref(),
                place.subdivision.as_deref()
            ),
            (PlaceKind::City, Some(country), state),
            "{dateline}"
        );
    }
    // A city that dwarfs its namesake keeps its name in a story that only names the
    // namesake's country, not where a state of it is named.
    let text = "Notes\n\nGENEVA (AP) — Officials from the U.S. met.";
    let place = place_read(&g, text, "GENEVA").expect("Geneva");
    assert_eq!(place.country.as_deref(), Some("CH"));
    let text = "Notes\n\nPolice in Geneva, in Illinois, said 30 people were found.";
    let place = place_read(&g, text, "Geneva").expect("Geneva");
    assert_eq!(place.country.as_deref(), Some("US"));
    // A large city yields to a namesake a fifth its size in the story's country.
    for (dateline, country) in [("MADRID, Spain", "ES"), ("BOGOTÁ, Colombia", "CO")] {
        let text = format!("Notes\n\n{dateline} (AP) — Nineteen men reached Cartagena.");
        let place = place_read(&g, &text, "Cartagena").expect("Cartagena");
        assert_eq!(place.country.as_deref(), Some(country), "{dateline}");
    }
    // Mid-story too, a name with its country after it is a town: not the larger city of
    // the name elsewhere, nor the country's province of the name.
    let text = "Notes\n\nThe buses reached San José, Costa Rica, on Monday.";
    let place = place_read(&g, text, "San José").expect("San José");
    assert_eq!(
        (place.kind, place.country.as_deref()),
        (PlaceKind::City, Some("CR"))
    );
    // One the gazetteer knows a word of is the town, whole, and so when named again.
    let text = "Notes\n\nPASO CANOAS, Costa Rica (Reuters) - Buses left. They had waited in \
                    the streets of Paso Canoas.";
    assert_eq!(
        texts_of_kind(text, "NewPlace"),
        ["PASO CANOAS", "Paso Canoas"]
    );
    let ex = crate::extract::extract(&g, &Doc::new(text, g.cleaner()), None);
    let names: Vec<&str> = ex.places.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Paso Canoas"), "{names:?}");
    // Named again before a landmark's head, it names the landmark.
    let text = "Notes\n\nPASO CANOAS, Costa Rica (Reuters) - Buses left from the Paso \
                    Canoas border crossing.";
    let landmarks: Vec<String> = kinds(text)
        .into_iter()
        .filter(|(_, k)| k == "NewPlace(Landmark)")
        .map(|(t, _)| t)
        .collect();
    assert_eq!(landmarks, ["Paso Canoas border crossing"]);
    // A region of another country than the one written after it is a town the gazetteer
    // lacks.
    let text = "Notes\n\nGRACIAS A DIOS, Guatemala (EFE) — Hundreds of people waited in \
                    Gracias a Dios.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(City)"),
        ["GRACIAS A DIOS", "Gracias a Dios"]
    );
    let ex = crate::extract::extract(&g, &Doc::new(text, g.cleaner()), None);
    assert!(ex
        .places
        .iter()
        .all(|p| p.known.is_none() || p.name == "Guatemala"));
    // So is a known town's name written with a territory none of its namesakes lies in.
    let text = "Boats reach Saint-Philippe\n\nSAINT-PHILIPPE, Réunion (AP) — Nine men landed \
                    in Saint-Philippe. Saint-Philippe, a town of 5,000, lies south.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(City)"),
        [
            "Saint-Philippe",
            "SAINT-PHILIPPE",
            "Saint-Philippe",
            "Saint-Philippe"
        ]
    );
    // None of them is the known namesake, however it was read.
    let ex = crate::extract::extract(&g, &Doc::new(text, g.cleaner()), None);
    assert!(ex
        .places
        .iter()
        .all(|p| p.known.is_none() || p.name == "Réunion"));
    // "the district of X", "the parish of X": a region the gazetteer lacks.
    for head in ["district", "parish"] {
        let text = format!("Notes\n\nBoats left from the {head} of Vantabelo on Monday.");
        assert_eq!(
            texts_of_kind(&text, "NewPlace(State)"),
            ["Vantabelo"],
            "{head}"
        );
    }
    // Where the name is a country's, only the dateline is the town.
    let text = "Notes\n\nCOLOMBIA, Nuevo León (AP) — They came all the way from Colombia.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["COLOMBIA"]);
    assert_eq!(
        texts_of_kind(text, "KnownPlace"),
        ["Nuevo León", "Colombia"]
    );
    // A month is no town: "in August".
    let month = texts_of_kind("Notes.\n\nThey arrived in August.", "KnownPlace");
    assert!(month.is_empty(), "{month:?}");
    // Initials are no word cut short: "U.S." is written "US" as often.
    assert!(places.iter().any(|p| p.ends_with("US")), "{places:?}");
}

#[test]
fn a_lower_case_title_after_a_name_takes_the_possessive_country_and_a_name_keeps_its_particles() {
    for possessive in ["Honduras's", "Honduras'"] {
        assert_eq!(
            titled(&format!(
                "Notes.\n\nTomás Rivera, {possessive} foreign minister, said the talks went on."
            )),
            [one("Tomás Rivera", "foreign minister", &["Honduras"])]
        );
    }
    assert_eq!(
            titled("Notes.\n\nShe spoke with Mexico's foreign secretary, Juan Ramón de la Vega, on Monday."),
            [one("Juan Ramón de la Vega", "foreign secretary", &["Mexico"])]
        );
    // Any portfolio: "Brazil's justice minister, X", "Alberta's public safety minister".
    assert_eq!(
        titled("Notes.\n\nBrazil's justice minister, Tomás Rivera, spoke with reporters."),
        [one("Tomás Rivera", "justice minister", &["Brazil"])]
    );
    assert_eq!(
        titled(
            "Notes.\n\nShe walked with Alberta's public safety minister, Tomás Rivera, on \
                 Monday."
        ),
        [one("Tomás Rivera", "public safety minister", &["Alberta"])]
    );
    // Two portfolios joined: "Indonesia's law and human rights minister".
    assert_eq!(
        titled(
            "Notes.\n\nShe will meet Indonesia's law and human rights minister, Tomás \
                 Rivera, in Jakarta."
        ),
        [one(
            "Tomás Rivera",
            "law and human rights minister",
            &["Indonesia"]
        )]
    );
    // A modifier of the office before the portfolio: "Syria's new intelligence chief".
    assert_eq!(
        titled("Notes.\n\nShe met Syria's new intelligence chief, Tomás Rivera, on Monday."),
        [one("Tomás Rivera", "new intelligence chief", &["Syria"])]
    );
    // An office that is also a given name: in lower case the office, capitalised before
    // a name the name.
    assert_eq!(
        titled(
            "Notes.\n\nThe village's mukhtar, Tomás Rivera, said so. Mukhtar Jama agreed, \
                 and Interior Minister Mukhtar Babayev did not."
        ),
        [
            one("Tomás Rivera", "mukhtar", &[]),
            one("Mukhtar Babayev", "Interior Minister", &[])
        ]
    );
    // An informal office in quotation marks, the comma inside or outside them.
    assert_eq!(
        titled("Notes.\n\nSpain's \"migration czar,\" Tomás Rivera, went to Ceuta."),
        [one("Tomás Rivera", "migration czar", &["Spain"])]
    );
    assert_eq!(
        titled("Notes.\n\nAna Ruiz met Tomás Rivera, Chile's \"border tsar\", on Monday."),
        [one("Tomás Rivera", "border tsar", &["Chile"])]
    );
    // A junior minister by the demonym: "the Dutch state secretary".
    assert_eq!(
        titled(
            "Notes.\n\nShe called the Dutch state secretary for kingdom relations, Ana \
                 Ruiz, on Tuesday."
        ),
        [one("Ana Ruiz", "Dutch state secretary", &["Netherlands"])]
    );
    // A body the gazetteer lacks, by its acronym: the office is its.
    assert_eq!(
        titled("Notes.\n\nAna Ruiz, the RRS director general, visited the camp."),
        [one("Ana Ruiz", "RRS director general", &[])]
    );
    // A known body told by what it is: "the regional bloc IGAD".
    assert_eq!(
        titled(
            "Notes.\n\nThe executive secretary of the regional bloc IGAD, Ana Ruiz, is due \
                 in Juba."
        ),
        [one("Ana Ruiz", "executive secretary", &["IGAD"])]
    );
    // Where an envoy is posted is not the country the envoy serves.
    assert_eq!(
        titled("Notes.\n\nHaiti's ambassador in Managua, Pierre Joseph, asked for a pause."),
        [one("Pierre Joseph", "ambassador", &["Haiti"])]
    );
    // Nor is the post an officer stands at.
    assert_eq!(
        titled("Notes.\n\n\"Some sleep,\" said a BSF commandant at the crossing, Ravi Lal."),
        [one(
            "Ravi Lal",
            "BSF commandant",
            &["Border Security Force"]
        )]
    );
}

#[test]
fn a_title_may_run_through_the_place_it_is_of_or_posted_to() {
    assert_eq!(
        titled("Notes.\n\nShe met Governor of Sonora Ana Ruiz on Monday."),
        [one("Ana Ruiz", "Governor of Sonora", &["Sonora"])]
    );
    // Posted to Honduras, serving the country before the title.
    assert_eq!(
        titled("Notes.\n\nShe met U.S. Ambassador to Honduras Ana Ruiz on Monday."),
        [one("Ana Ruiz", "U.S. Ambassador to Honduras", &[])]
    );
    // Without a name after it the office names no one, and the place is a place.
    for text in [
        "Notes.\n\nThe Minister of Panama said so.",
        "Notes.\n\nThe Mayor of Tijuana said so.",
    ] {
        assert!(titled(text).is_empty(), "{:?}", kinds(text));
        assert!(
            !texts_of_kind(text, "KnownPlace").is_empty(),
            "{:?}",
            kinds(text)
        );
    }
    // Nor is what follows "of" its holder: the office's field, or a body's.
    assert!(titled("Notes.\n\nThe Minister of Health said so.").is_empty());
    let body = "Notes.\n\nRaids were ordered by the Directorate General of Migration.";
    assert!(titled(body).is_empty(), "{:?}", kinds(body));
    assert_eq!(
        texts_of_kind(body, "Org"),
        ["Directorate General of Migration"]
    );
    // A place's name inside a longer title is no place: "Secretary of Homeland Security".
    let text = "Notes.\n\nShe met Secretary of Homeland Security Ana Ruiz on Monday.";
    assert_none_of_kind(text, "KnownPlace");
}

#[test]
fn a_plural_title_before_a_list_of_names_gives_each_the_title() {
    let found = titled(
        "Notes.\n\nGovernors Ana Ruiz of Sonora and Luis Vega of Chihuahua attended the talks.",
    );
    assert_eq!(
        found,
        [
            one("Ana Ruiz", "Governor", &["Sonora"]),
            one("Luis Vega", "Governor", &["Chihuahua"])
        ]
    );
    // One name is no list: "Presidents Day".
    assert!(titled("Notes.\n\nMayors Ana Ruiz spoke.").is_empty());
    // In lower case, set off by a comma, with the word before it in the title.
    let found = titled(
        "Notes.\n\nTheir foreign ministers, Ana Ruiz of Panama and Luis Vega of Peru, will meet.",
    );
    assert_eq!(
        found,
        [
            one("Ana Ruiz", "foreign minister", &["Panama"]),
            one("Luis Vega", "foreign minister", &["Peru"])
        ]
    );
    // So do two who share one post: "the co-mayors, X and Y".
    let found = titled("Notes.\n\nThe co-mayors, Ana Ruiz and Luis Vega, sent blankets.");
    assert_eq!(
        found,
        [
            one("Ana Ruiz", "co-mayor", &[]),
            one("Luis Vega", "co-mayor", &[])
        ]
    );
    // Whose they are may come before the comma: "of both towns", "of the two countries".
    let found =
        titled("Notes.\n\nThey met the mayors of both towns, Ana Ruiz of Nogales and Luis Vega.");
    assert_eq!(
        found,
        [
            one("Ana Ruiz", "mayor", &["Nogales"]),
            one("Luis Vega", "mayor", &[])
        ]
    );
    let text = "Notes.\n\nThe presidents of the two countries, Ana Ruiz and Luis Vega, spoke.";
    assert_eq!(titled(text).len(), 2, "{:?}", titled(text));
}

#[test]
fn the_patrol_agent_in_charge_of_a_station_holds_an_office() {
    let found = titled(
        "Notes.\n\nAgents counted 57, said Ana Ruiz, the patrol agent in charge of the \
             Border Patrol's Fabens station.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("Ana Ruiz", "patrol agent in charge")
    );
}

#[test]
fn a_plural_possessive_inside_a_name_is_part_of_it() {
    let text = "Notes.\n\nAna Ruiz spoke for the Maine Immigrants' Rights Coalition.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["Maine Immigrants' Rights Coalition"]
    );
    // Not a possessive after a name, before what is not one.
    let text = "Notes.\n\nThe Hondurans' journey ended in Tapachula.";
    assert!(texts_of_kind(text, "Org").is_empty());
    // Nor a country's plural possessive: the country is named on its own.
    let text = "Notes.\n\nThe Bahamas' Department of Immigration said so.";
    assert_eq!(
        texts_of_kind(text, "KnownPlace"),
        ["The Bahamas"],
        "{:?}",
        kinds(text)
    );
}

#[test]
fn a_body_whose_name_starts_with_a_title_word_is_no_person() {
    let text = "Notes.\n\nThe General Directorate of Migration said the buses were ready.";
    let people = texts_of_kind(text, "Person");
    assert!(
        !people.iter().any(|p| p.contains("Directorate")),
        "{people:?}"
    );
    assert_eq!(
        texts_of_kind(text, "Org"),
        ["General Directorate of Migration"]
    );
}

#[test]
fn a_name_given_an_age_is_a_person_whatever_places_its_words_name() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Notes.\n\nYordani Ruiz Castillo, 31, a welder from Holguín, said he flew in. \
             \"We walked,\" said Colón Matamoros, 23, a driver.",
        g.cleaner(),
    );
    let ex = crate::extract::extract(&g, &doc, None);
    let names: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Yordani Ruiz Castillo", "Colón Matamoros"]);
    // So is a name whose first word, opening the sentence, reads like a participle.
    let doc = Doc::new(
        "Notes.\n\nMany crossed. Darling Sequeira, 23, a nursing student, said so.",
        g.cleaner(),
    );
    let ex = crate::extract::extract(&g, &doc, None);
    let names: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Darling Sequeira"]);
}

#[test]
fn a_name_opening_on_a_given_name_is_a_place_s_where_the_story_puts_a_landmark_head_after_it() {
    let text = "Notes\n\nThe town faces the checkpoint at Chong Chom across a road. The \
                    workers were bused to the Chong Chom checkpoint.";
    let g = Gazetteer::builtin();
    let doc = Doc::new(text, g.cleaner());
    let ex = crate::extract::extract(&g, &doc, None);
    assert!(ex.people.is_empty(), "{:?}", ex.people);
    // Without it, a person's.
    let text = "Notes\n\nThe town faces the checkpoint at Chong Chom across a road.";
    assert!(texts_of_kind(text, "Person").contains(&"Chong Chom".to_string()));
}

#[test]
fn one_who_gave_only_one_name_before_or_after_it_is_a_person() {
    for text in [
        "Notes\n\nA volunteer of the Red Cross (CRC) who handed out water, who gave \
             only one name, Sophea, said so.",
        "Notes\n\nA volunteer of the Red Cross (CRC) who handed out water, Sophea, who \
             gave only one name, said so.",
    ] {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        assert!(ex.people.iter().any(|p| p.name == "Sophea"), "{text}");
    }
}

#[test]
fn one_name_given_an_age_is_a_person_known_by_a_first_name() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Notes.\n\n\"We came here,\" said Abdiweli, 22, from Somalia. Zalindra, 15, kept \
             a diary. In March, 2024, the road was shut.",
        g.cleaner(),
    );
    let ex = crate::extract::extract(&g, &doc, None);
    let names: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Abdiweli", "Zalindra"]);
    // So is a name of a list set out with dashes, and one of those told of, named.
    let doc = Doc::new(
        "Notes.\n\nMen were held.\n\nThey were tired.\n\nThe police listed them.\n\n\
             Fikru Lemma — 31 — Kembata zone\n\n\
             \"We go on,\" said one of the women, Rimala, who carried a toddler.",
        g.cleaner(),
    );
    let ex = crate::extract::extract(&g, &doc, None);
    let names: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Fikru Lemma", "Rimala"]);
}

#[test]
fn a_first_surname_alone_is_the_person_not_a_town() {
    let text = "Notes.\n\nThe security minister, Mario Zamora Cordero, spoke. Zamora said \
                    the buses left. Ana Victoria Ruiz came too. Victoria is far.";
    assert!(
        texts_of_kind(text, "KnownPlace") == ["Victoria"],
        "{:?}",
        kinds(text)
    );
    let people = texts_of_kind(text, "Person");
    assert!(people.contains(&"Zamora".to_string()), "{people:?}");
}

#[test]
fn a_town_named_like_a_person_of_the_article_is_the_town_when_left_or_set_in_a_country() {
    let text = "Notes.\n\nCarlos Mérida, 31, spoke. Mérida said the river was high. He left \
                    Mérida in May. His cousin stayed in Mérida, Venezuela, and his aunt in \
                    Mérida, in the Andes.";
    assert_eq!(
        texts_of_kind(text, "KnownPlace"),
        ["Mérida", "Mérida", "Venezuela", "Mérida", "Andes"],
        "{:?}",
        kinds(text)
    );
    let people = texts_of_kind(text, "Person");
    assert!(people.contains(&"Mérida".to_string()), "{people:?}");
}

#[test]
fn an_unknown_name_before_a_lower_case_region_word_is_a_region() {
    for (text, name) in [
        ("He comes from Nepal's Kalwar district.", "Kalwar"),
        ("They fled the Tamsin region in May.", "Tamsin"),
        ("She was born in the Orvalle department.", "Orvalle"),
        ("He grew up in the Brennick parish.", "Brennick"),
        ("They fled the Kelvara governorate.", "Kelvara"),
        ("The boat landed in Pidie regency.", "Pidie"),
        ("They walked from Morvobo county.", "Morvobo"),
        // Opening on a given name, but called a province.
        ("They landed in Mae Hong Son province.", "Mae Hong Son"),
        // A governor's charge is a region.
        (
            "She met the deputy governor for Kestrova, Ana Vel.",
            "Kestrova",
        ),
        ("He met the governor of Tarnava on Monday.", "Tarnava"),
        // A capital's region.
        (
            "Tumo is the capital of Sessalo East district.",
            "Sessalo East",
        ),
        ("The district administrator of Velumbo spoke.", "Velumbo"),
    ] {
        let found = kinds(&format!("Notes.\n\n{text}"));
        assert!(
            found.contains(&(name.to_string(), "NewPlace(State)".to_string())),
            "{text}: {found:?}"
        );
    }
    // A word of faith or ancestry qualifies the region word and names no place.
    for text in [
        "The Catholic parish serves two meals a day.",
        "They boarded in the Indigenous region of Guna Yala.",
    ] {
        let found = kinds(&format!("Notes.\n\n{text}"));
        assert!(
            !found.iter().any(|(_, k)| k.starts_with("NewPlace")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_compass_word_before_a_known_region_and_a_division_word_names_a_new_division() {
    let found = kinds("Notes.\n\nThe boat was pushed off a beach in North Aceh regency.");
    assert!(
        found.contains(&("North Aceh".to_string(), "NewPlace(State)".to_string())),
        "{found:?}"
    );
    // So does a known region and a word after it.
    let found = kinds("Notes.\n\nThe boat landed in Aceh Jaya regency on Monday.");
    assert!(
        found.contains(&("Aceh Jaya".to_string(), "NewPlace(State)".to_string())),
        "{found:?}"
    );
    // Without the division word, the compass word only says which part of the region.
    let found = kinds("Notes.\n\nThey walked across North Aceh for a week.");
    assert!(!found.iter().any(|(t, _)| t == "North Aceh"), "{found:?}");
}

#[test]
fn a_town_opening_a_sentence_is_the_town_named_elsewhere() {
    let text = "Notes.\n\nThe group reached San Marcos on Monday. San Marcos is small.";
    let found = kinds(text);
    let towns = found
        .iter()
        .filter(|(t, k)| t == "San Marcos" && k.starts_with("KnownPlace"));
    assert_eq!(towns.count(), 2, "{found:?}");
    // Unnamed elsewhere, a name opening a sentence stays unread.
    let found = kinds("Notes.\n\nSan Marcos is small.");
    assert!(
        !found.iter().any(|(_, k)| k.starts_with("KnownPlace")),
        "{found:?}"
    );
    // A town of one word too, unless someone is named so.
    let text = "Notes.\n\nThe boat left Zarzis on Monday. Zarzis lies on the coast.";
    let found = kinds(text);
    let towns = found
        .iter()
        .filter(|(t, k)| t == "Zarzis" && k.starts_with("KnownPlace"));
    assert_eq!(towns.count(), 2, "{found:?}");
    let text = "Notes.\n\nThe boat left Zarzis on Monday with Ali Zarzis. Zarzis said so.";
    let found = kinds(text);
    let towns = found
        .iter()
        .filter(|(t, k)| t == "Zarzis" && k.starts_with("KnownPlace"));
    assert_eq!(towns.count(), 1, "{found:?}");
}

#[test]
fn a_name_after_a_route_s_to_from_a_place_is_a_town() {
    let found = kinds("Notes.\n\nThey took the train from Turin to Oulvenne and then a bus.");
    assert!(
        found.contains(&("Oulvenne".to_string(), "NewPlace(City)".to_string())),
        "{found:?}"
    );
    // Not a person a letter goes to.
    let found = kinds("Notes.\n\nShe wrote from Turin to Giulia on Monday.");
    assert!(
        !found
            .iter()
            .any(|(t, k)| t == "Giulia" && k.contains("Place")),
        "{found:?}"
    );
}

#[test]
fn a_name_that_ends_a_clause_after_a_verb_of_carrying_and_its_to_is_a_town() {
    for text in [
        "Notes.\n\nFrom there they were driven east to Mbalaveni and across the border.",
        "Notes.\n\nThe men had flown to Mbalaveni on Monday.",
        "Notes.\n\nThey fled to Mbalaveni when the town fell.",
        // When or how between the verb and its "to".
        "Notes.\n\nThey were driven through the night to Mbalaveni, on the coast.",
        "Notes.\n\nThey were driven by bus to Mbalaveni.",
        "Notes.\n\nThey were driven overnight to Mbalaveni.",
    ] {
        let found = kinds(text);
        assert!(
            found.contains(&("Mbalaveni".to_string(), "NewPlace(City)".to_string())),
            "{found:?}"
        );
    }
    // Not whom one goes to, nor a body a letter is sent to.
    for (text, name) in [
        ("Notes.\n\nThe prize went to Mbalaveni.", "Mbalaveni"),
        ("Notes.\n\nThe bill was sent to Parliament.", "Parliament"),
    ] {
        let found = kinds(text);
        assert!(
            !found.iter().any(|(t, k)| t == name && k.contains("Place")),
            "{found:?}"
        );
    }
}

#[test]
fn a_town_named_by_its_port_head_is_a_town() {
    let found = kinds("Notes.\n\nThe boat had left Puerto Cortés, on the coast, on Monday.");
    assert!(
        found.contains(&("Puerto Cortés".to_string(), "NewPlace(City)".to_string())),
        "{found:?}"
    );
    // Not a port the article names as one, nor a word joined to a known name.
    for text in [
        "Notes.\n\nThey reached the Puerto Chiapas port. Puerto Chiapas was calm.",
        "Notes.\n\nThe Puerto Rico-bound boat sank.",
    ] {
        let found = kinds(text);
        assert!(
            !found.iter().any(|(_, k)| k == "NewPlace(City)"),
            "{found:?}"
        );
    }
}

#[test]
fn deserts_ranges_and_historical_regions_are_known_places() {
    let g = Gazetteer::builtin();
    let text = "Notes.\n\nFamilies fleeing Darfur crossed the Sahara and then the Alps.";
    let doc = Doc::new(text, g.cleaner());
    let found: Vec<(String, PlaceKind)> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(p) => Some((m.text, g.places[p].kind)),
            _ => None,
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Darfur".to_string(), PlaceKind::State),
            ("Sahara".to_string(), PlaceKind::Landmark),
            ("Alps".to_string(), PlaceKind::Landmark),
        ]
    );
}

#[test]
fn a_department_named_by_its_field_is_a_body() {
    let found = kinds(
        "Notes.\n\nThe Health Department and the Immigration Department spoke. The \
             Immigration Services Department said so.",
    );
    let orgs: Vec<&str> = found
        .iter()
        .filter(|(_, k)| k.starts_with("Org"))
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(
        orgs,
        [
            "Health Department",
            "Immigration Department",
            "Immigration Services Department"
        ],
        "{found:?}"
    );
    // A place's name before it makes a region.
    let found = kinds("Notes.\n\nThey walked across the Olancho Department.");
    assert!(
        found
            .iter()
            .any(|(_, k)| k == "NewPlace(State)" || k.starts_with("KnownPlace")),
        "{found:?}"
    );
}

#[test]
fn a_forest_or_a_gate_is_a_landmark() {
    for (text, landmark) in [
        (
            "Notes.\n\nThey crossed in the Białowieża Forest at night.",
            "Białowieża Forest",
        ),
        (
            "Notes.\n\nThe buses pulled up at the Friendship Gate on Wednesday.",
            "Friendship Gate",
        ),
    ] {
        let found = kinds(text);
        assert!(
            found.contains(&(landmark.to_string(), "NewPlace(Landmark)".to_string())),
            "{found:?}"
        );
    }
}

#[test]
fn a_small_town_after_a_cue_that_ends_in_for_is_a_place() {
    let text = "Notes.\n\nThe boat was bound for Key West. They were aiming for Key West.";
    assert_eq!(
        texts_of_kind(text, "KnownPlace"),
        ["Key West", "Key West"],
        "{:?}",
        kinds(text)
    );
    // Not after any "for": "a prize for Key West" may name a person as well.
    let text = "Notes.\n\nIt was a gift for Key West.";
    assert_none_of_kind(text, "KnownPlace");
}

#[test]
fn the_end_of_a_name_told_before_is_that_person_not_a_town() {
    let text = "Notes.\n\nThe march was called by Ana Lucía de León Robles, a lawyer. De León \
                    Robles said it would go on. León is far.";
    let people = texts_of_kind(text, "Person");
    assert!(people.contains(&"De León Robles".to_string()), "{people:?}");
    // Told before, not after; and a town alone is still the town.
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["León"]);
}

#[test]
fn an_office_for_a_region_or_town_serves_it_and_one_for_a_country_does_not() {
    let found = titled("Notes.\n\nThe presidential delegate for Arica, Tomás Reyes Soto, said no.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "presidential delegate");
    assert_eq!(found[0].2, ["Arica"]);
    // An envoy for a country is sent to it by another.
    let found = titled("Notes.\n\nThe special envoy for Haiti, Dan Moore, said no.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.is_empty(), "{found:?}");
}

#[test]
fn an_office_of_a_town_written_with_its_state_is_held_by_the_name_after_both() {
    let found = titled("Notes.\n\nThe municipal president of Naco, Sonora, Ana Ruiz Paz, said no.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Ana Ruiz Paz");
    assert!(found[0].2.contains(&"Sonora".to_string()), "{found:?}");
    // Or with what it includes.
    let found =
        titled("Notes.\n\nThe governor of Sonora, which includes Naco, Ana Ruiz Paz, said no.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Ana Ruiz Paz");
    assert!(found[0].2.contains(&"Sonora".to_string()), "{found:?}");
    assert!(!found[0].2.contains(&"Naco".to_string()), "{found:?}");
}

#[test]
fn who_leads_a_countrys_body_serves_the_country() {
    let found =
        titled("Notes.\n\nPeru's military government, led by General Ana Ruiz Paz, said no.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, ["Peru"]);
}

#[test]
fn a_qualified_title_opening_a_sentence_leaves_the_article_out() {
    let found = titled("Notes.\n\nThe U.S. special envoy, Dan Moore, said no.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "U.S. special envoy");
    assert_eq!(found[0].2, ["United States"]);
}

#[test]
fn a_seat_of_government_where_something_happens_is_no_body() {
    for text in [
        "Ana Ruiz met Tomas Lugo at the National Palace on Wednesday.",
        "Ana Ruiz met Tomas Lugo on Parliament Hill on Wednesday.",
        "Ana Ruiz met Tomas Lugo at the Government Palace on Wednesday.",
    ] {
        let orgs = texts_of_kind(&format!("Notes.\n\n{text}"), "Org");
        assert!(orgs.is_empty(), "{text}: {orgs:?}");
    }
    // Speaking, it is the body.
    let orgs = texts_of_kind("Notes.\n\nThe National Palace said no.", "Org");
    assert_eq!(orgs, ["National Palace"]);
}

#[test]
fn its_office_is_the_country_named_last_before_it() {
    let found = titled(
        "Notes.\n\nBrazil was represented by its ambassador in Quito, Helena Souza, at the \
             talks.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, ["Brazil"]);
    // Or in the sentence before.
    let found =
        titled("Notes.\n\nColombia has watched closely. Its foreign minister, Luis Paz, said no.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, ["Colombia"]);
    // Not past a body named by its noun after the country.
    let found = titled(
        "Notes.\n\nThe ministry summoned Colombia's envoy. He was received at the ministry \
             by its director for Colombia, Luis Paz.",
    );
    assert!(
        found
            .iter()
            .all(|(name, _, places)| name != "Luis Paz" || places.is_empty()),
        "{found:?}"
    );
}

#[test]
fn local_offices_abroad_are_titles() {
    for (text, title) in [
        ("Rosa Díaz Paz, the prefect of Tumbes, said no.", "prefect"),
        (
            "Dale Morin, a municipal councillor in Emerson, said no.",
            "municipal councillor",
        ),
        (
            "Ana Lins, a federal public defender, said no.",
            "federal public defender",
        ),
    ] {
        let found = titled(&format!("Notes.\n\n{text}"));
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, title, "{text}");
    }
}

#[test]
fn a_camp_s_manager_a_sub_district_s_head_and_a_customary_head_hold_offices() {
    for (text, name, title) in [
        (
            "The camp manager, Idris Hamo, said no.",
            "Idris Hamo",
            "camp manager",
        ),
        (
            "The upazila nirbahi officer, Nasrin Akter, said no.",
            "Nasrin Akter",
            "upazila nirbahi officer",
        ),
        // A community's customary head, by its own name.
        ("The sahila, Olo Garcia, said no.", "Olo Garcia", "sahila"),
    ] {
        let found = titled(&format!("Notes.\n\n{text}"));
        assert_eq!(names_and_titles(&found), [(name, title)], "{text}");
    }
}

#[test]
fn an_organisation_before_a_lower_case_title_qualifies_it() {
    let found = titled("Notes.\n\nRed Cross spokesperson Daniela Ruiz said the camp was full.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, ["Red Cross"]);
}

#[test]
fn the_head_of_a_body_holds_an_office_named_by_the_body() {
    let known = titled(
        "Notes.\n\nBuses will run, the head of the National Migration Institute (INM), Ana \
             Ruiz, said.",
    );
    assert_eq!(known.len(), 1, "{known:?}");
    assert_eq!(
        (known[0].0.as_str(), known[0].1.as_str()),
        ("Ana Ruiz", "head of the National Migration Institute")
    );
    assert_eq!(
        known[0].2.len(),
        1,
        "the institute qualifies the office: {known:?}"
    );
    let unknown = titled(
        "Notes.\n\nRoads will close, the head of the General Directorate of Roads and Bridges \
             (DGRB), Luis Vega, said.",
    );
    assert_eq!(
        unknown,
        [one(
            "Luis Vega",
            "head of the General Directorate of Roads and Bridges",
            &[]
        )]
    );
}

#[test]
fn a_district_s_office_after_a_name_is_held_and_an_opening_adjective_is_no_landmark() {
    assert_eq!(
        titled("Notes.\n\nLuis Vega, the district commissioner of Oruro, put it at 60."),
        [one("Luis Vega", "commissioner", &["Oruro"])]
    );
    assert_eq!(
        titled("Notes.\n\nAna Ruiz, the state governor, said so."),
        [one("Ana Ruiz", "governor", &[])]
    );
    assert_none_of_kind("Rough seas strand 70 people\n\nThey waited.", "NewPlace");
    // A cape the gazetteer does not know is a landmark, not a town.
    assert_eq!(
        texts_of_kind(
            "Notes.\n\nThe boat ran aground off Cape Sable.",
            "NewPlace(Landmark)"
        ),
        ["Cape Sable"]
    );
    // Even when its words are towns' names ("Cabo", "San Antonio"); a town known whole
    // stays a town.
    let text = "Notes.\n\nThey left from Cabo San Antonio and from Cabo San Lucas.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Cabo San Antonio"]
    );
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Cabo San Lucas"]);
    // A division's word after it names the region called after the cape or the river.
    let text = "Notes.\n\nThey fled Cabo Verano province and River Selke state.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(State)"),
        ["Cabo Verano", "River Selke"]
    );
    assert_none_of_kind(text, "NewPlace(Landmark)");
    assert_eq!(
        texts_of_kind(
            "Notes.\n\nThey crossed the Simón Bolívar and Santander bridges.",
            "NewPlace(Landmark)"
        ),
        ["Simón Bolívar"]
    );
}

#[test]
fn a_title_and_a_landmark_s_head_after_the_name_the_landmark() {
    let text = "Notes.\n\nThey sailed from the Governor Bridge to the docks.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Governor Bridge"]
    );
    assert_none_of_kind(text, "Person { title: Some");
    // Without "the", a person of that name.
    assert_eq!(
        texts_of_kind(
            "Notes.\n\nThen President Bridge spoke.",
            "Person { title: Some"
        ),
        ["Bridge"]
    );
    // A determiner opening the sentence is no landmark's name.
    assert_none_of_kind("Notes.\n\nNo crossing was seen, she said.", "NewPlace");
}

#[test]
fn a_police_rank_after_a_known_force_is_an_office_of_the_force() {
    assert_eq!(
        titled("Notes.\n\nSolange Dufresnoy, an RCMP inspector in the region, said so."),
        [one(
            "Solange Dufresnoy",
            "RCMP inspector",
            &["Royal Canadian Mounted Police"]
        )]
    );
    assert_eq!(
        titled("Notes.\n\nChief Superintendent Rowena Hatherley said so."),
        [one("Rowena Hatherley", "Chief Superintendent", &[])]
    );
}

#[test]
fn a_body_s_officer_after_a_name_makes_no_town_of_the_name() {
    let text = "Notes.\n\nTwenty came, said Tamsin Ashdown, the Border Force's regional commander.";
    assert_none_of_kind(text, "NewPlace");
    assert_eq!(titled(text), [one("Tamsin Ashdown", "commander", &[])]);
    // (Nor with no office after: the name is no border town's.)
    assert_none_of_kind(
        "Notes.\n\nTwenty came, said Tamsin Ashdown, the Border Force's liaison there.",
        "NewPlace",
    );
    // Nor is the holder of a village's office a village.
    assert_none_of_kind(
        "Notes.\n\nRyszard Kowalczuk, the village's elected head, said so.",
        "NewPlace",
    );
    // A border town told so after its name is one.
    assert_eq!(
        texts_of_kind(
            "Notes.\n\nThey waited in Santa Rita Norte, the border town.",
            "NewPlace"
        ),
        ["Santa Rita Norte"]
    );
}

#[test]
fn a_body_s_name_joined_by_and_is_one_body_not_a_region() {
    let text = "Notes.\n\nBut Chile's Customs and Excise Department said it had counted 40.";
    assert_eq!(
        texts_of_kind(text, "Org(None)"),
        ["Chile's Customs and Excise Department"]
    );
    assert_none_of_kind(text, "NewPlace");
    // A place before "and" is no field of the body's: "Yoro and Olancho Department" is no
    // body's name.
    assert_none_of_kind(
        "Notes.\n\nThe Yoro and Olancho Department police counted 40.",
        "Org(None)",
    );
}

#[test]
fn the_head_of_a_country_s_post_serves_the_country_of_its_demonym() {
    assert_eq!(
        titled(
            "Notes.\n\nLuis Vega, the head of the Chilean migration post at Colchane, met \
                 her. The head of the Peruvian consulate, Ana Ruiz, said so."
        ),
        [
            one(
                "Luis Vega",
                "head of the Chilean migration post at Colchane",
                &["Chile"]
            ),
            one("Ana Ruiz", "head of the Peruvian consulate", &["Peru"]),
        ]
    );
    // A demonym before no post's noun names no office: "the head of the Chilean family".
    assert!(titled("Notes.\n\nThe head of the Chilean family, Luis Vega, said so.").is_empty());
}

#[test]
fn an_office_for_a_body_named_by_its_country_serves_that_country() {
    for text in [
        "X\n\nAna Ruiz, a spokeswoman for Peru's National Migration Service, said so.",
        "X\n\nAna Ruiz, a spokeswoman for Peru's border guard service, said so.",
        "X\n\nAna Ruiz, a spokeswoman for the Peruvian Foreign Ministry, said so.",
    ] {
        assert_eq!(
            titled(text),
            [one("Ana Ruiz", "spokeswoman", &["Peru"])],
            "{text}"
        );
    }
    // A country's people are no body.
    let found = titled("X\n\nAna Ruiz, a spokeswoman for Peru's families, said so.");
    assert!(found.iter().all(|f| f.2.is_empty()), "{found:?}");
}

#[test]
fn a_title_in_lower_case_that_opens_a_sentence_is_read() {
    assert_eq!(
        titled("X\n\nBoats came. Opposition leader Ana Ruiz said so."),
        [one("Ana Ruiz", "Opposition leader", &[])]
    );
    assert_eq!(
        titled("X\n\nBoats came. Interior minister Ana Ruiz said so."),
        [one("Ana Ruiz", "Interior minister", &[])]
    );
}

#[test]
fn the_head_of_a_body_named_after_its_country_s_possessive_serves_the_country() {
    assert_eq!(
        titled("X\n\nThey met Ana Ruiz, the head of Britain's Border Security Command."),
        [one(
            "Ana Ruiz",
            "head of Britain's Border Security Command",
            &["United Kingdom"]
        )]
    );
    // Capitals with no body's head word name no body: no office.
    assert!(titled("X\n\nThey met Ana Ruiz, the head of Britain's Big Hill.").is_empty());
}

#[test]
fn the_head_of_a_post_named_by_its_town_serves_the_town_s_country() {
    assert_eq!(
        titled(
            "ALTANBULAG, Mongolia —\n\nThe head of the Tapachula checkpoint, Ana Ruiz, said so."
        ),
        [one(
            "Ana Ruiz",
            "head of the Tapachula checkpoint",
            &["Mexico"]
        )]
    );
}

#[test]
fn the_head_of_a_region_named_in_apposition_is_its_governor() {
    assert_eq!(
        titled("Notes.\n\nThe head of Buryatia, Alexei Tsydenov, said so."),
        [one("Alexei Tsydenov", "head of Buryatia", &["Buryatia"])]
    );
    // A country's head, or a region's with no name beside it, is no such title.
    assert!(titled("Notes.\n\nThe head of Mexico, Luis Vega, said so.").is_empty());
    assert!(titled("Notes.\n\nLuis Vega said the head of Buryatia was away.").is_empty());
}

#[test]
fn the_head_of_an_office_or_a_council_holds_an_office() {
    assert_eq!(
        titled(
            "Notes.\n\nLuis Vega, the head of Peru's Migraciones post at La Tina, met her. \
                 The head of the institute's office in Colchane, Ana Ruiz, said so. Tomas Gil, \
                 head of the village's community council, agreed."
        ),
        [
            one(
                "Luis Vega",
                "head of Peru's Migraciones post at La Tina",
                &["Peru"]
            ),
            one(
                "Ana Ruiz",
                "head of the institute's office in Colchane",
                &[]
            ),
            one("Tomas Gil", "head of the village's community council", &[]),
        ]
    );
    // A known body's post serves the body.
    assert_eq!(
        titled(
            "Notes.\n\nMukhtar Dhimbu, the district commissioner, and Ayanle Hirsu, head of \
                 IOM's sub-office in the region, toured it."
        )
        .last(),
        Some(&one(
            "Ayanle Hirsu",
            "head of IOM's sub-office",
            &["International Organization for Migration"]
        ))
    );
    // An office names no body of its own.
    let found = kinds("Notes.\n\nThe head of the institute's office in Colchane, Ana Ruiz, spoke.");
    assert!(
        !found.iter().any(|(_, k)| k.starts_with("Org")),
        "{found:?}"
    );
    // Not someone who speaks for an office: "the office's head" is another's.
    assert!(titled("Notes.\n\nThe head of the office's press team, Luis Vega, spoke.").is_empty());
}

#[test]
fn a_short_name_means_the_landmark_the_article_names_in_full() {
    let g = Gazetteer::builtin();
    let places = |text: &str| -> Vec<String> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .iter()
            .filter_map(|m| match m.kind {
                MentionKind::KnownPlace(p) => Some(format!("{}: {}", m.text, g.places[p].name)),
                _ => None,
            })
            .collect()
    };
    let found =
        places("Notes.\n\nMigrants crossed the Darien Gap into Panama. The Darien was quiet.");
    assert!(
        found.contains(&"Darien: Darién Gap".to_string()),
        "{found:?}"
    );
    // Without the landmark named, the province of a Panamanian story stays.
    let found = places("Notes.\n\nMigrants reached Darien, in Panama, on foot.");
    assert!(
        !found.iter().any(|f| f.ends_with("Darién Gap")),
        "{found:?}"
    );
    // Nor after a regional office.
    let found = places(
        "Notes.\n\nMigrants crossed the Darien Gap into Panama. The governor of Darien, \
             Ana Ruiz, met them.",
    );
    assert_eq!(
        found.last().map(String::as_str),
        Some("Darien: Darién"),
        "{found:?}"
    );
    // And the governor serves the province.
    let text = "Notes.\n\nThey met the governor of Darien, Ana Ruiz, on Monday.";
    let served: Vec<&str> = places_served(&g, text);
    assert!(
        !served.is_empty() && served.iter().all(|name| *name == "Darién"),
        "{served:?}"
    );
}

#[test]
fn a_town_named_after_a_particle_ends_a_longer_name() {
    // "Frontera" is a town of its own elsewhere in Mexico.
    let text = "Notes.\n\nFarmers from the Chiapas municipality of Amatenango de la Frontera \
                    crossed on Monday.";
    let found = kinds(text);
    assert!(
        found.iter().any(|(t, _)| t == "Amatenango de la Frontera"),
        "{found:?}"
    );
    assert!(!found.iter().any(|(t, _)| t == "Frontera"), "{found:?}");
}

#[test]
fn a_gendarmerie_a_constabulary_a_society_and_a_tribe_are_bodies() {
    for (text, name) in [
        (
            "Notes.\n\nOfficers of the National Gendarmerie turned them back.",
            "National Gendarmerie",
        ),
        (
            "Notes.\n\nThe Jamaica Constabulary Force and the Island Constabulary met.",
            "Island Constabulary",
        ),
        (
            "Notes.\n\nLawyers from the Legal Aid Society filed claims.",
            "Legal Aid Society",
        ),
        // A tribe's or a nation's government, and a force named by its officers.
        (
            "Notes.\n\nThe Saint Regis Mohawk Tribe said the river was patrolled.",
            "Saint Regis Mohawk Tribe",
        ),
        (
            "Notes.\n\nLand of the Tohono Nation lies along the wall.",
            "Tohono Nation",
        ),
        (
            "Notes.\n\nOfficers of the Alberta Sheriffs stopped them.",
            "Alberta Sheriffs",
        ),
    ] {
        let orgs = texts_of_kind(text, "Org");
        assert!(orgs.iter().any(|o| o == name), "{name}: {:?}", kinds(text));
    }
}

#[test]
fn a_name_that_starts_with_its_head_word_is_a_body() {
    for (text, name) in [
        (
            "Notes.\n\nThey slept at Casa Fray Tomás, a shelter.",
            "Casa Fray Tomás",
        ),
        (
            "Notes.\n\nShe leads Colectivo Tierra Libre, a small group.",
            "Colectivo Tierra Libre",
        ),
    ] {
        assert_eq!(texts_of_kind(text, "Org"), [name], "{:?}", kinds(text));
    }
    // A title after the head word still makes an official: "Police Chief Ana Ruiz".
    let found = titled("Notes.\n\nPolice Chief Ana Ruiz said so.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Ana Ruiz");
}

#[test]
fn a_body_named_after_an_office_is_the_body_it_belongs_to() {
    for text in [
        "Notes.\n\nThe director general of the International Organization for Migration \
             (IOM), Ana Ruiz, said flights would resume.",
        "Notes.\n\n\"We need shelters,\" said Ana Ruiz, chief of mission in Quito for the \
             International Organization for Migration.",
    ] {
        let found = titled(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Ana Ruiz");
        assert_eq!(found[0].2, ["International Organization for Migration"]);
    }
    // A body after the comma belongs to the sentence, not to the office.
    let found = titled(
        "Notes.\n\nThe mayor, Ana Ruiz, thanked the International \
                            Organization for Migration.",
    );
    assert!(found.iter().all(|f| f.2.is_empty()), "{found:?}");
}

#[test]
fn a_name_a_body_s_noun_stands_in_apposition_to_is_a_body() {
    for (text, body) in [
        (
            "Notes.\n\nA spokesman for Tawantin, an Andean migrant group based in Madrid, \
                 spoke.",
            "Tawantin",
        ),
        (
            "Notes.\n\nA local volunteer network, Manos del Quilca, handed out meals.",
            "Manos del Quilca",
        ),
        (
            "Notes.\n\nVolunteers of a Tucson church group, Manos del Quilca, handed out \
                 meals.",
            "Manos del Quilca",
        ),
    ] {
        assert_eq!(texts_of_kind(text, "Org"), [body], "{text}");
    }
    // A person who leads one, or works for one, is none; nor is a cartel.
    for text in [
        "Notes.\n\nUlvar Pesk, a migrant group leader, spoke.",
        "Notes.\n\nUlvar Pesk, a migrant group's coordinator, spoke.",
        "Notes.\n\nThe trails are run by Los Tuvos, a drug-trafficking organisation.",
    ] {
        assert!(
            texts_of_kind(text, "Org").is_empty(),
            "{text}: {:?}",
            kinds(text)
        );
    }
}

#[test]
fn one_unknown_word_after_a_locative_is_a_town_past_a_building_s_name_or_before_until() {
    for (text, town) in [
        (
            "Notes.\n\nHe worked as a mechanic in Jahrun until his papers ran out.",
            "Jahrun",
        ),
        (
            "Notes.\n\nThey were taken to the Foreigners' Registration Centre in Pabrava, \
                 where claims are heard.",
            "Pabrava",
        ),
        (
            "Notes.\n\nMost were launched from beaches between Tripoli and Batrava, he \
                 said.",
            "Batrava",
        ),
        // After a common noun the sentence's start capitalises.
        (
            "Notes.\n\nFishermen in Sayvat, farther west along the coast, said a boat \
                 landed.",
            "Sayvat",
        ),
        // Before a body that speaks, past its country's possessive.
        (
            "Notes.\n\nThey waited at the checkpoint in Shehavo, Poland's Border Guard said.",
            "Shehavo",
        ),
    ] {
        assert!(
            texts_of_kind(text, "NewPlace").contains(&town.to_string()),
            "{text}: {:?}",
            kinds(text)
        );
    }
    // Talks between two people name no town.
    let text = "Notes.\n\nTalks between Tripoli and Haftar, he said, went on.";
    assert!(
        texts_of_kind(text, "NewPlace").is_empty(),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn a_town_named_short_after_its_full_name_is_that_town_but_a_twin_is_not() {
    let g = Gazetteer::builtin();
    let towns = |text: &str| -> Vec<usize> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::KnownPlace(p) => Some(p),
                _ => None,
            })
            .collect()
    };
    // (In a story set in Chiapas, which has a Juárez of its own.)
    let found = towns(
        "Notes.\n\nThey walked from Motozintla, in Chiapas state. The line ended at Ciudad \
             Juárez. \"Juárez is far,\" she said.",
    );
    assert_eq!(found.len(), 4);
    assert_eq!(found[2], found[3], "{found:?}");
    let found = towns("Notes.\n\nThey crossed from Nuevo Laredo. Laredo is close.");
    assert_eq!(found.len(), 2);
    assert_ne!(found[0], found[1], "{found:?}");
}

#[test]
fn a_number_word_opening_a_headline_and_a_hall_after_at_are_no_person_and_no_town() {
    let g = Gazetteer::builtin();
    let found = |text: &str| {
        let doc = Doc::new(text, g.cleaner());
        let ex = crate::extract::extract(&g, &doc, None);
        let people: Vec<String> = ex.people.iter().map(|p| p.name.clone()).collect();
        let places: Vec<String> = ex.places.iter().map(|p| p.name.clone()).collect();
        (people, places)
    };
    let (people, places) = found(
        "One Afghan family of eleven stopped off the coast\n\nThe mayor met the governor \
             at City Hall on Wednesday.",
    );
    assert!(people.is_empty(), "{people:?}");
    assert!(!places.contains(&"City Hall".to_string()), "{places:?}");
    // A town after "at" still is one.
    let (_, places) = found("Notes.\n\nThe mayor met the governor at Bajo Chiquito on Wednesday.");
    assert_eq!(places, ["Bajo Chiquito"]);
}

#[test]
fn a_name_after_a_body_s_noun_and_the_words_that_say_what_kind_is_a_body() {
    for (text, body) in [
        (
            "Notes.\n\nVolunteers from the aid group Mosty Nadziei reached them first.",
            "Mosty Nadziei",
        ),
        (
            "Notes.\n\nA lawyer with the legal aid network Brama Prawa spoke.",
            "Brama Prawa",
        ),
    ] {
        assert_eq!(texts_of_kind(text, "Org"), [body], "{text}");
    }
    // Not an armed one, nor a name after "the group" that is a person's.
    for text in [
        "Notes.\n\nThe armed group Kel Tamasheq held the road.",
        "Notes.\n\nThe small group Maria Lopez led walked on.",
    ] {
        assert!(
            texts_of_kind(text, "Org").is_empty(),
            "{text}: {:?}",
            kinds(text)
        );
    }
    // A known body whose name ends in a number is read whole.
    assert_eq!(
        texts_of_kind("Notes.\n\nA coordinator for Utopia 56 spoke.", "Org"),
        ["Utopia 56"]
    );
    // France's border police by the initials of its French name.
    assert_eq!(
        texts_of_kind(
            "Notes.\n\nMost were Eritreans, according to the border police, known by its \
                 French initials, PAF.",
            "Org"
        ),
        ["PAF"]
    );
}

#[test]
fn the_head_of_a_unit_of_a_body_holds_an_office_named_by_both() {
    let found = titled(
        "Notes.\n\nThe head of the UN refugee agency's Americas bureau, Ana Ruiz, took part.",
    );
    assert_eq!(
        found,
        [one(
            "Ana Ruiz",
            "head of the UN refugee agency's Americas bureau",
            &["UNHCR"]
        )]
    );
    // The body's name goes on in lower case after its capitalised start.
    for text in [
        "Notes.\n\nShe spoke for the UN refugee agency in Quito.",
        // Not the full stop after it.
        "Notes.\n\nShe spoke for the UN refugee agency.",
        // Nor the capital "The" that opens a sentence.
        "Notes.\n\nThe UN refugee agency said so.",
    ] {
        assert_eq!(texts_of_kind(text, "Org"), ["UN refugee agency"]);
    }
    // A possessive inside the name: "children's" is three tokens.
    assert_eq!(
        texts_of_kind("Notes.\n\nShe wrote to the UN children's agency.", "Org"),
        ["UN children's agency"]
    );
}

#[test]
fn a_function_word_that_starts_a_place_name_stays_in_it() {
    let places = texts_of_kind(
        "Notes.\n\nThe buses stopped for fuel in New Mexico.",
        "KnownPlace",
    );
    assert_eq!(places, ["New Mexico"]);
}

#[test]
fn a_title_case_headline_counts_known_names_only_but_a_first_sentence_is_body() {
    let is_person = |found: &[(String, String)], name: &str| {
        found
            .iter()
            .any(|(t, k)| t == name && k.starts_with("Person"))
    };
    // Capitalisation says nothing in a Title Case headline...
    let headline = kinds("Minister Daniel Whitcomb Meets Press In Lima\n\nThe caravan left.");
    assert!(!is_person(&headline, "Daniel Whitcomb"), "{headline:?}");
    // So is a second headline (a deck) right after the first.
    let deck = kinds(
            "Talks In Lima\n\nChile, Peru Launch Joint Mission to Tackle Migration\n\nThe caravan left.",
        );
    assert!(!deck.iter().any(|(_, k)| k.starts_with("Org")), "{deck:?}");
    // ...but a text without a headline starts with a sentence, full stop and all.
    let body = kinds("Foreign Minister Daniel Whitcomb spoke on Monday. He flew to Lima.");
    assert!(is_person(&body, "Daniel Whitcomb"), "{body:?}");
}

#[test]
fn the_town_after_a_person_s_age_is_where_the_person_is_from() {
    let text = "Notes.\n\nThe complaint charges Dustin Hale, 29, of Island Pond, with \
                    smuggling.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["Island Pond"]);
    // Not a body the person works for.
    let text = "Notes.\n\nJuan Pérez, 40, of Catholic Relief Services, said so.";
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn the_names_court_papers_give_the_unnamed_are_no_people() {
    let text = "Notes.\n\nIt refers to the guide only as \"John Doe 1,\" and to a woman \
                    only as \"Jane Doe.\" Dustin Hale was charged.";
    assert_eq!(people_named(text), ["Dustin Hale"]);
}

#[test]
fn a_dateline_s_name_opened_by_a_cape_s_word_is_a_town_but_an_island_s_is_the_island() {
    let text = "Notes\n\nCABO DE PALOS, Spain (AP) — Nineteen men came ashore on Tuesday.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["CABO DE PALOS"]);
    let text = "Notes\n\nKOH LIPE, Thailand (AP) — Nineteen men came ashore on Tuesday.";
    assert_eq!(texts_of_kind(text, "NewPlace(Landmark)"), ["KOH LIPE"]);
    // Away from the dateline, a cape's word opens a landmark's name.
    let text = "Notes\n\nThe men came ashore near Cabo de Palos on Tuesday.";
    assert_eq!(texts_of_kind(text, "NewPlace(Landmark)"), ["Cabo de Palos"]);
}

#[test]
fn a_dateline_the_lede_calls_this_island_is_the_island_throughout() {
    let text = "Notes\n\nERUB, Australia (AP) — Twelve men came ashore on this small island \
                    in the Torres Strait on Monday. Erub is home to 300 people.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["ERUB", "Torres Strait", "Erub"],
        "{:?}",
        kinds(text)
    );
    // Not a town on an island.
    let text = "Notes\n\nERUB, Australia (AP) — Twelve men came ashore at this island town \
                    on Monday.";
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["ERUB"]);
}

#[test]
fn someone_who_gives_only_a_first_name_is_named_by_it() {
    let g = Gazetteer::builtin();
    let named = |text: &str| {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc).into_iter().any(|m| {
            m.text == "Rosalía"
                && matches!(m.kind, MentionKind::Person { .. })
                && m.confidence > 0.0
        })
    };
    assert!(named(
        "Notes.\n\nA woman who would give only her first name, Rosalía, said so."
    ));
    assert!(named(
        "Notes.\n\n\"Home,\" said a nurse who gave only one of her names, Rosalía."
    ));
    // Or the name she goes by, and the "Another" who opens the sentence is no one.
    let text = "Notes.\n\nAnother, who gave only her English name, Rosalía, said so.";
    assert!(named(text));
    assert_eq!(people_named(text), ["Rosalía"]);
    // A first name alone elsewhere names nobody.
    assert!(!named("Notes.\n\nThe woman, Rosalía, said so."));
    assert!(!named(
        "Notes.\n\nThey read out the names, Rosalía, said so."
    ));
    // A pseudonym names the one who goes by it.
    for text in [
        "Notes.\n\nA woman who asked to be identified by the pseudonym Rosalía said so.",
        "Notes.\n\nA woman who asked to be called Rosalía said so.",
        "Notes.\n\nA woman known only by the name Rosalía said so.",
    ] {
        assert!(named(text), "{text}");
    }
}

/// The people a text names (mentions read as a person with some confidence).
fn people_named(text: &str) -> Vec<String> {
    let g = Gazetteer::builtin();
    let doc = Doc::new(text, g.cleaner());
    find_mentions(&g, &doc)
        .into_iter()
        .filter(|m| matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0)
        .map(|m| m.text)
        .collect()
}

#[test]
fn names_the_gazetteer_lacks_listed_before_a_plural_head_are_regions() {
    let text = "Notes.\n\nMost came from the Hadiyu and Kembatu zones of southern Ethiopia.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(State)"),
        ["Hadiyu", "Kembatu"]
    );
    // Not a name alone before an unrelated plural.
    let text = "Notes.\n\nThey met Kembatu officials in two provinces.";
    assert_none_of_kind(text, "NewPlace(State)");
}

#[test]
fn a_place_named_after_a_person_s_word_is_a_place_after_the_district_of() {
    let text = "Notes.\n\nIt faces the Afghan district of Imam Sahib across the river.";
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Imam Sahib"]);
    assert!(people_named(text).is_empty(), "{:?}", kinds(text));
}

#[test]
fn someone_known_or_named_as_a_name_is_a_person_and_a_body_so_named_is_not() {
    for (text, name) in [
        (
            "Notes.\n\nThey flew with a recruiter known only as Tarvu, who left.",
            "Tarvu",
        ),
        (
            "Notes.\n\nThey followed a man they knew only as Kedru.",
            "Kedru",
        ),
        (
            "Notes.\n\n\"We will try again,\" said a young woman who gave her name as \
                 Abrevet Tsegoi.",
            "Abrevet Tsegoi",
        ),
        (
            "Notes.\n\nThe driver, a Malawian named by police as Chisomu Phorri, was held.",
            "Chisomu Phorri",
        ),
        (
            "Notes.\n\nIt was run by a fisherman named by several of them as Pape Ndoyi.",
            "Pape Ndoyi",
        ),
        (
            "Notes.\n\nAn Iraqi man from Mosul who gave his name only as Saadu said so.",
            "Saadu",
        ),
    ] {
        assert_eq!(people_named(text), [name], "{text}");
    }
    let text = "Notes.\n\nThey joined a network known as Puentes Unidos.";
    assert!(people_named(text).is_empty(), "{:?}", kinds(text));
}

#[test]
fn a_name_set_off_after_the_person_a_sentence_opens_by_describing_is_a_person() {
    let text = "Notes.\n\nA farmer who watched them land below his field, Saidalu Qodiru, put \
                    the number at forty.";
    assert_eq!(people_named(text), ["Saidalu Qodiru"]);
    // One word: a given name, or after a person's noun.
    for (text, name) in [
        (
            "Notes.\n\nA volunteer who brought them water, Nesrine, said so.",
            "Nesrine",
        ),
        (
            "Notes.\n\nHis wife, Rohimu, said two had drowned.",
            "Rohimu",
        ),
    ] {
        assert_eq!(people_named(text), [name], "{text}");
    }
    let text = "Notes.\n\nThe agency, Frontix, said so.";
    assert!(people_named(text).is_empty(), "{:?}", kinds(text));
    // Not a place so set off after a place's description.
    let text = "Notes.\n\nThe town where they landed, Puerto Limus, has no clinic.";
    assert!(people_named(text).is_empty(), "{:?}", kinds(text));
}

#[test]
fn a_skipper_or_a_recruiter_in_apposition_is_a_person() {
    for text in [
        "Notes.\n\nThe skipper, Jufru Lamanu, who had collected the fares, was arrested.",
        "Notes.\n\nJufru Lamanu, a recruiter, was arrested.",
    ] {
        assert_eq!(people_named(text), ["Jufru Lamanu"], "{text}");
    }
}

#[test]
fn a_place_named_like_an_officer_is_a_place_where_only_a_place_can_stand() {
    let text = "Notes.\n\nVisviri, in the commune of General Lagos, sits on the border. \
                    They slept in the town of General Quilmez.";
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["General Lagos"]);
    assert_eq!(texts_of_kind(text, "NewPlace(City)"), ["General Quilmez"]);
    assert!(
        texts_of_kind(text, "Person")
            .iter()
            .all(|t| !t.contains("Lagos") && !t.contains("Quilmez")),
        "{:?}",
        kinds(text)
    );
    // Not the officer of a place.
    let text = "Notes.\n\nThey met the Governor of Sonora, Ana Ruiz.";
    assert_none_of_kind(text, "NewPlace");
}

#[test]
fn the_city_of_a_name_a_region_shares_is_the_town() {
    let g = Gazetteer::builtin();
    let kind = |text: &str, name: &str| {
        place_read(&g, &format!("X\n\n{text}"), name)
            .map(|p| p.kind)
            .expect("a known place")
    };
    // Alone, the name reads as the region; "the city of" says the town.
    assert_eq!(kind("They left Chihuahua.", "Chihuahua"), PlaceKind::State);
    assert_eq!(
        kind("They were held in the city of Chihuahua.", "Chihuahua"),
        PlaceKind::City
    );
    // Not the capital of it, which names the region.
    assert_eq!(
        kind("They reached the capital of Chihuahua.", "Chihuahua"),
        PlaceKind::State
    );
    // The capital in apposition after the name says the town too.
    for text in [
        "They were driven to Chihuahua, the state capital.",
        "They were driven to Chihuahua, the capital, at night.",
    ] {
        assert_eq!(kind(text, "Chihuahua"), PlaceKind::City, "{text}");
    }
    assert_eq!(
        kind(
            "They were driven to Chihuahua, the state of the north.",
            "Chihuahua"
        ),
        PlaceKind::State
    );
    // "a town in" after the name says so too, and a town may be named like a state of
    // another country.
    assert_eq!(
        kind(
            "A welder from Florida, a town in Camagüey province, spoke.",
            "Florida"
        ),
        PlaceKind::City
    );
    assert_eq!(
        kind(
            "A welder from Florida, a state he had never seen, spoke.",
            "Florida"
        ),
        PlaceKind::State
    );
    // Read as the town once, the name is the town throughout, unless the words also read
    // it as the state somewhere.
    let kinds = |text: &str| -> Vec<PlaceKind> {
        let doc = Doc::new(&format!("X\n\n{text}"), g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::KnownPlace(p) if m.text == "Chihuahua" => Some(g.places[p].kind),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        kinds("They were held in the city of Chihuahua. Police near Chihuahua stopped them."),
        [PlaceKind::City, PlaceKind::City]
    );
    assert_eq!(
        kinds(
            "They were held in the city of Chihuahua. Police near Chihuahua stopped them, \
                 and the state of Chihuahua sent more."
        ),
        [PlaceKind::City, PlaceKind::State, PlaceKind::State]
    );
}

#[test]
fn a_town_name_places_share_means_the_one_the_article_is_about() {
    let g = Gazetteer::builtin();
    let escuintla = |text: &str| {
        place_read(&g, text, "Escuintla")
            .expect("Escuintla is a known place")
            .id
            .clone()
    };
    // Alone, the name reads as the Guatemalan city, the capital of the department named
    // after it...
    let guatemalan_city = "geonames/3595803";
    assert_eq!(
        escuintla("X\n\nThe caravan left Escuintla."),
        guatemalan_city
    );
    assert_eq!(
        escuintla("X\n\nIn Guatemala, the caravan left Escuintla."),
        guatemalan_city
    );
    // ...and beside a town of Chiapas, as the Chiapas town...
    assert_eq!(
        escuintla("X\n\nThe caravan passed through Huixtla and Escuintla."),
        "geonames/3527768"
    );
    // ...unless a country written after it says otherwise.
    assert_eq!(
        escuintla("X\n\nMigrants from Escuintla, Guatemala, reached Huixtla."),
        guatemalan_city
    );
    // (The department is read where the words say so.)
    assert_eq!(
        escuintla("X\n\nThe governor of Escuintla met them in Huixtla."),
        "iso/GT-05"
    );
    // A name only an alias of a large city abroad, which towns of other countries share,
    // none in the article's countries, is a town of its own: not São Luís in Brazil.
    let text = "X\n\nIn Colombia, they walked to a beach near San Luis at night.";
    assert!(
        kinds(text).contains(&("San Luis".to_string(), "NewPlace(City)".to_string())),
        "{:?}",
        kinds(text)
    );
    // Named as what it is, the large city keeps its name.
    let text = "X\n\nIn Colombia, they flew to São Luís at night.";
    assert_eq!(
        place_read(&g, text, "São Luís").map(|p| p.name.as_str()),
        Some("São Luís")
    );
}

#[test]
fn a_border_post_is_the_crossing_in_a_story_of_either_side_and_a_town_elsewhere() {
    let g = Gazetteer::builtin();
    let read = |text: &str, name: &str| {
        let place = known_place(&g, text, name);
        (place.id.clone(), place.kind)
    };
    let crossing = |id: &str| (format!("crossing/{id}"), PlaceKind::Landmark);
    // Named with the country across the line (the post of that name is in Guatemala)
    // and a country where a town has the name: the crossing.
    assert_eq!(
        read(
            "X\n\nThe families bound for the United States left Honduras at Agua Caliente.",
            "Agua Caliente"
        ),
        crossing("agua-caliente")
    );
    assert_eq!(
        read(
            "X\n\nThe group reached Corinto on the Guatemalan border of Honduras.",
            "Corinto"
        ),
        crossing("corinto")
    );
    // A port of the same name in a story of its own country is the town.
    let (port, kind) = read("X\n\nThe ship docked at Corinto, Nicaragua.", "Corinto");
    assert_eq!(kind, PlaceKind::City, "{port}");
}

#[test]
fn an_island_named_alone_is_a_feature_of_its_country_and_an_island_region_a_region() {
    let g = Gazetteer::builtin();
    let read = |text: &str, name: &str| {
        let place = known_place(&g, text, name);
        (place.id.clone(), place.kind, place.country.clone())
    };
    let island = |id: &str, country: &str| {
        (
            format!("island/{id}"),
            PlaceKind::Landmark,
            Some(country.to_string()),
        )
    };
    assert_eq!(
        read("X\n\nThe dinghy landed on Lesbos at dawn.", "Lesbos"),
        island("lesbos", "GR")
    );
    // Not the Indian city of that name: the island, a province of its own.
    assert_eq!(
        read("X\n\nThe boat had left Bali a week before.", "Bali"),
        (
            "island/bali".to_string(),
            PlaceKind::State,
            Some("ID".to_string())
        )
    );
    assert_eq!(
        read("X\n\nCoast guards brought 40 people to Crete.", "Crete"),
        (
            "island/crete".to_string(),
            PlaceKind::State,
            Some("GR".to_string())
        )
    );
}

#[test]
fn an_island_of_two_countries_is_the_one_of_the_story_s_country_and_the_channel_is_a_sea() {
    let g = Gazetteer::builtin();
    let id = |text: &str, name: &str| known_place(&g, text, name).id.clone();
    assert_eq!(
        id(
            "X\n\nThe boat reached Andros, Greece's coast guard said.",
            "Andros"
        ),
        "island/andros-greece"
    );
    assert_eq!(
        id(
            "X\n\nThe sloop ran aground off Andros, in the Bahamas.",
            "Andros"
        ),
        "island/andros-bahamas"
    );
    // An island that is part of its country's name, and towns of the name elsewhere.
    let text = "X\n\nThey had lived in Trinidad and Tobago and were held on Trinidad.";
    assert_eq!(id(text, "Trinidad"), "island/trinidad");
    let text = "X\n\nThey had left Trinidad, Cuba, on Monday.";
    assert_eq!(
        known_place(&g, text, "Trinidad").country.as_deref(),
        Some("CU")
    );
    assert_eq!(
        id("X\n\nDozens crossed the Channel on Monday.", "Channel"),
        "region/english-channel"
    );
}

#[test]
fn a_town_of_the_channel_shores_is_known_down_to_ten_thousand_people() {
    let g = Gazetteer::builtin();
    let country = |text: &str, name: &str| known_place(&g, text, name).country.clone();
    let text = "X\n\nThe boat left Boulogne-sur-Mer at night and landed near Dover.";
    assert_eq!(country(text, "Boulogne-sur-Mer").as_deref(), Some("FR"));
    // Not the capital of Delaware, a smaller town.
    assert_eq!(country(text, "Dover").as_deref(), Some("GB"));
}

#[test]
fn an_indian_state_is_a_region_of_india_under_the_name_news_write() {
    let g = Gazetteer::builtin();
    let place = place_read(&g, "X\n\nMost came from Gujarat.", "Gujarat")
        .expect("Gujarat is a known place");
    assert_eq!(
        (place.name.as_str(), place.kind, place.country.as_deref()),
        ("Gujarat", PlaceKind::State, Some("IN"))
    );
}

#[test]
fn a_hyphenated_surname_names_no_places() {
    let text = "Notes.\n\nNathan Brooks-Ocampo spoke. Brooks-Ocampo said the Mexico-Guatemala \
                    border was calm.";
    assert_eq!(texts_of_kind(text, "KnownPlace"), ["Mexico", "Guatemala"]);
}

#[test]
fn a_hyphenated_pair_of_places_names_each_by_its_own_part_and_the_border_is_a_landmark() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "X\n\nThey waited at the Honduras-Nicaragua border.",
        g.cleaner(),
    );
    let found: Vec<(String, String, PlaceKind)> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(p) => Some((m.text, g.places[p].id.clone(), g.places[p].kind)),
            MentionKind::NewPlace(kind) => Some((m.text, String::new(), kind)),
            _ => None,
        })
        .collect();
    let named = |text: &str, id: &str| found.iter().any(|(t, i, _)| t == text && i == id);
    assert!(named("Honduras", "iso/HN"), "{found:?}");
    assert!(named("Nicaragua", "iso/NI"), "{found:?}");
    assert!(
        found
            .iter()
            .any(|(t, _, k)| t == "Honduras-Nicaragua border" && *k == PlaceKind::Landmark),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(t, _, k)| t == "Honduras-Nicaragua" && *k == PlaceKind::Country),
        "{found:?}"
    );
}

#[test]
fn a_hyphenated_name_before_a_landmark_head_names_the_landmark_not_two_places() {
    for text in [
        "X\n\nThey waited at the Juárez-Lincoln bridge.",
        "X\n\nThey waited at the Juárez-Lincoln International Bridge.",
    ] {
        let known = texts_of_kind(text, "KnownPlace");
        assert!(known.is_empty(), "{known:?}");
    }
}

#[test]
fn a_border_between_places_written_apart_or_as_demonyms_is_a_landmark() {
    let landmarks = |text: &str| texts_of_kind(text, "NewPlace(Landmark)");
    assert_eq!(
        landmarks("X\n\nThey waited at the U.S.-Honduras border."),
        ["U.S.-Honduras border"]
    );
    assert_eq!(
        landmarks("X\n\nThey reached the Costa Rican-Nicaraguan border."),
        ["Costa Rican-Nicaraguan border"]
    );
    // Not a border between places.
    assert!(landmarks("X\n\nThe Trump-era border rules ended.").is_empty());
}

#[test]
fn a_minister_s_field_after_of_or_for_is_part_of_the_title() {
    let g = Gazetteer::builtin();
    let titled = |text: &str| -> Vec<(String, String)> {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Person { title: Some(t), .. } => Some((m.text, t)),
                _ => None,
            })
            .collect()
    };
    let pair = |name: &str, title: &str| vec![(name.to_string(), title.to_string())];
    assert_eq!(
        titled("X\n\nMinister of National Security Wayne Ortiz flew in on Monday."),
        pair("Wayne Ortiz", "Minister of National Security")
    );
    assert_eq!(
        titled("X\n\nAna Ruiz, Greece's Minister of Maritime Affairs and Insular Policy, spoke."),
        pair(
            "Ana Ruiz",
            "Minister of Maritime Affairs and Insular Policy"
        )
    );
    // "for" opens a field as "of" does; "for" a known body opens its own title.
    assert_eq!(
        titled("X\n\nMinister for Home Affairs Wayne Ortiz flew in on Monday."),
        pair("Wayne Ortiz", "Minister for Home Affairs")
    );
    assert_eq!(
        titled("X\n\nThe Minister for Immigration and Citizenship, Wayne Ortiz, spoke."),
        pair("Wayne Ortiz", "Minister for Immigration and Citizenship")
    );
    assert_eq!(
        titled("X\n\nU.N. High Commissioner for Refugees Wayne Ortiz spoke."),
        pair("Wayne Ortiz", "High Commissioner for Refugees")
    );
    // A town's manager is its official.
    assert_eq!(
        titled("X\n\nMadawaska town manager Lucia Ortiz met him."),
        pair("Lucia Ortiz", "Madawaska town manager")
    );
    // The second field ends where the holder's given name starts.
    assert_eq!(
        titled("X\n\nMinister of Labour and Immigration Keith Ortiz met her."),
        pair("Keith Ortiz", "Minister of Labour and Immigration")
    );
    // A field in lower case may list its portfolios between commas; a comma before "and"
    // ends the field.
    assert_eq!(
        titled("X\n\nHe met Peru's minister of labor, employment and welfare, Ana Ruiz."),
        pair("Ana Ruiz", "minister")
    );
    assert_eq!(
        titled("X\n\nHe met Peru's minister for law, human rights, prisons and justice, Ana Ruiz."),
        pair("Ana Ruiz", "minister")
    );
    // An office's place that ends the text is read to its end, not past it.
    let doc = Doc::new(
        "X\n\nShe is the district commissioner for Grand Turk.",
        g.cleaner(),
    );
    assert!(find_mentions(&g, &doc)
        .iter()
        .any(|m| m.text == "Grand Turk" && matches!(m.kind, MentionKind::KnownPlace(_))));
    assert_eq!(
        titled("X\n\nHe met the governor of the state, and the mayor, Ana Ruiz."),
        pair("Ana Ruiz", "mayor")
    );
    // A place after "of" is no field: it is the country served.
    let doc = Doc::new(
        "X\n\nForeign Minister of Honduras Enrique Ortiz spoke.",
        g.cleaner(),
    );
    let served = find_mentions(&g, &doc).into_iter().any(|m| {
        m.text == "Enrique Ortiz"
            && matches!(&m.kind, MentionKind::Person { title: Some(t), affiliation }
                    if t.starts_with("Foreign Minister") && !affiliation.is_empty())
    });
    assert!(served);
    // Offices from the data: Bangladesh's head of government, a state's chief minister.
    assert_eq!(
        titled("X\n\nThey spoke with Bangladesh's chief adviser, Muhammad Ortiz, on Monday."),
        pair("Muhammad Ortiz", "chief adviser")
    );
}

#[test]
fn a_country_whose_name_is_its_demonym_is_the_country_before_a_verb() {
    let demonyms = |text: &str| texts_of_kind(text, "Demonym");
    let places = |text: &str| texts_of_kind(text, "KnownPlace");
    let text = "X\n\nThey are a minority that Myanmar does not recognise.";
    assert_eq!(places(text), ["Myanmar"]);
    let text = "X\n\nOfficials said Myanmar had closed the camps.";
    assert_eq!(places(text), ["Myanmar"]);
    // Before a noun it still says whose.
    let text = "X\n\nThe camps hold Myanmar refugees.";
    assert_eq!(demonyms(text), ["Myanmar"]);
}

#[test]
fn a_demonym_before_the_word_for_a_town_says_whose_town_it_is() {
    let g = Gazetteer::builtin();
    let country_of = |text: &str| place_read(&g, text, "Jalapa").and_then(|p| p.country.clone());
    // Jalapa alone is the Guatemalan department; the Nicaraguan town shares its name.
    let text = "X\n\nAbout 200 migrants slept in the Nicaraguan border town of Jalapa.";
    assert_eq!(country_of(text).as_deref(), Some("NI"));
    let text = "X\n\nAbout 200 migrants slept in Jalapa on Monday.";
    assert_eq!(country_of(text).as_deref(), Some("GT"));
    // A demonym that is not a town's says nothing of it.
    let text = "X\n\nThe Nicaraguan envoy slept in Jalapa on Monday.";
    assert_eq!(country_of(text).as_deref(), Some("GT"));
}

#[test]
fn a_government_named_by_its_leader_is_a_body_and_the_leader_is_named() {
    let g = Gazetteer::builtin();
    let text = "Talks\n\nPresident Ana Ruiz's government agreed on Monday. Pedro Vidal's \
                    government did not, and Honduras' government said so.";
    assert_eq!(
        texts_of_kind(text, "Org"),
        [
            "President Ana Ruiz's government",
            "Pedro Vidal's government",
            "Honduras' government"
        ]
    );
    let doc = Doc::new(text, g.cleaner());
    let ex = crate::extract::extract(&g, &doc, None);
    let people: Vec<&str> = ex.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["Ana Ruiz", "Pedro Vidal"]);
    // Neither a title nor a given name first: no one's government.
    for text in [
        "X\n\nThe Vidal's government fell.",
        "X\n\nZorbo Vidal's government fell.",
    ] {
        assert!(texts_of_kind(text, "Org").is_empty(), "{text}");
    }
}

#[test]
fn a_village_counts_where_only_a_place_can_stand() {
    // Catazajá is a Chiapas village of the gazetteer's smallest tier.
    let village = |text: &str| {
        kinds(text)
            .iter()
            .any(|(t, k)| t == "Catazajá" && k.starts_with("KnownPlace"))
    };
    for text in [
        "X\n\nThe caravan stopped in Catazajá on Monday.",
        "X\n\nThe boat ride to Catazajá takes two hours.",
        "X\n\nThey camped on the outskirts of Catazajá overnight.",
        "X\n\nThe school was shut. Catazajá, Chiapas, was calm.",
        // Where it lies, after a comma.
        "X\n\nThe next stop is Catazajá, in southern Mexico, a long drive.",
        "X\n\nThe next stop is Catazajá, on Mexico's side of the river.",
        // A later item of a list of places.
        "X\n\nAgents came from Palenque and Catazajá on Monday.",
        "X\n\nThey walked through Palenque, Tenosique or Catazajá.",
    ] {
        assert!(village(text), "{text}: {:?}", kinds(text));
    }
    for text in [
        // A weaker cue than a town needs: two names joined, someone spoken to.
        "X\n\nRuiz and Catazajá met on Monday.",
        "X\n\nShe met Ruiz and Catazajá on Monday.",
        "X\n\nThe plan is sound, according to Catazajá.",
        // A country after the name that is not the village's.
        "X\n\nThe school was shut. Catazajá, Guatemala's envoy, was calm.",
        // A Title Case headline, where any word is capitalised.
        "Caravan Rests In Catazajá As Talks Go On\n\nMigrants rested.",
    ] {
        assert!(!village(text), "{text}: {:?}", kinds(text));
    }
    // A landmark named after the village is a place of its own.
    for (text, landmark) in [
        (
            "X\n\nThey waited at the Catazajá port of entry on Monday.",
            "Catazajá port of entry",
        ),
        (
            "X\n\nThey crossed the Catazajá River on Monday.",
            "Catazajá River",
        ),
    ] {
        assert!(
            kinds(text)
                .iter()
                .any(|(t, k)| t == landmark && k == "NewPlace(Landmark)"),
            "{:?}",
            kinds(text)
        );
    }
    // A longer name joined to the village's by "de" is not the village.
    for text in [
        "X\n\nThey slept in Santa Rita de Catazajá on Monday.",
        "X\n\nThey slept in Catazajá de Juárez on Monday.",
    ] {
        assert!(!village(text), "{text}: {:?}", kinds(text));
    }
}

#[test]
fn a_name_where_a_place_is_expected_is_a_place_unless_it_starts_with_a_given_name() {
    let new_city = |text: &str, name: &str| {
        kinds(text)
            .iter()
            .any(|(t, k)| t == name && k == "NewPlace(City)")
    };
    // Two unknown words after "in".
    let text = "X\n\nMigrants slept in Ojo Seco before walking on.";
    assert!(new_city(text, "Ojo Seco"), "{:?}", kinds(text));
    // A small city's name (Lajas) inside a longer name is not that city.
    let text = "X\n\nThe minister spoke from Lajas Verdes on Friday.";
    assert!(new_city(text, "Lajas Verdes"), "{:?}", kinds(text));
    assert!(
        !kinds(text).iter().any(|(t, _)| t == "Lajas"),
        "{:?}",
        kinds(text)
    );
    // A person's name after "from" stays a name, surnames alone included...
    let text = "X\n\nThe letter came from Carlos Ruiz on Friday.";
    assert!(!new_city(text, "Carlos Ruiz"), "{:?}", kinds(text));
    let text = "X\n\nPresident Ana Sofía Villa Rojas spoke. Praise came from Villa Rojas.";
    assert!(!new_city(text, "Villa Rojas"), "{:?}", kinds(text));
    // ...and a weekday after a town's name is not part of it.
    let text = "X\n\nThe caravan arrived in Lajas Monday.";
    assert!(!new_city(text, "Lajas Monday"), "{:?}", kinds(text));
}

#[test]
fn a_large_city_name_inside_a_town_name_is_the_town_where_a_place_is_expected() {
    let found = kinds("X\n\nEvery day, buses leave Vado Canoas for the north.");
    assert!(
        found
            .iter()
            .any(|(t, k)| t == "Vado Canoas" && k == "NewPlace(City)"),
        "{found:?}"
    );
    assert!(!found.iter().any(|(t, _)| t == "Canoas"), "{found:?}");
}

#[test]
fn the_word_after_a_place_name_picks_which_of_its_readings_is_meant() {
    let g = Gazetteer::builtin();
    let kind_of = |text: &str, name: &str| place_read(&g, text, name).map(|p| p.kind);
    // Panama is named, yet "jungle" says the Darién is the gap, not the province...
    let text = "X\n\nMigrants crossed the Darién jungle into Panama.";
    assert_eq!(kind_of(text, "Darién"), Some(PlaceKind::Landmark));
    // ...and so is "Darién" alone elsewhere in a story that says so once.
    let text = "Darién crossings rise\n\nMigrants crossed the Darién jungle into Panama.";
    assert_eq!(kind_of(text, "Darién"), Some(PlaceKind::Landmark));
    // ...and "province" says the reverse, after the name or before it.
    let text = "X\n\nMigrants rested in Yaviza, Darien province.";
    assert_eq!(kind_of(text, "Darien"), Some(PlaceKind::State));
    let text = "X\n\nThe governor of the Mexican state of Chihuahua spoke.";
    assert_eq!(kind_of(text, "Chihuahua"), Some(PlaceKind::State));
    // A parish is a region: "the eastern parish of Portland" is Jamaica's, not a town.
    let text = "X\n\nThey landed in the eastern parish of Portland on Monday.";
    assert_eq!(kind_of(text, "Portland"), Some(PlaceKind::State));
    let text = "X\n\nThey landed in Portland on Monday.";
    assert_eq!(kind_of(text, "Portland"), Some(PlaceKind::City));
    // A town before a name that may mean a state is a town in that state.
    let found = kinds("X\n\nThe group walked to Ojo Seco, Darien province, on Monday.");
    assert!(
        found
            .iter()
            .any(|(t, k)| t == "Ojo Seco" && k == "NewPlace(City)"),
        "{found:?}"
    );
}

#[test]
fn a_region_or_land_named_like_a_town_is_not_the_town() {
    // "province" after a name the gazetteer knows only as a town: a region of that name,
    // named with its word...
    let text = "X\n\nHe came from Arusha province with his wife.";
    assert_eq!(texts_of_kind(text, "NewPlace(State)"), ["Arusha province"]);
    // ...or only as an island.
    let island = "X\n\nPolice in Lorengau, the capital of Manus province, said so.";
    assert_eq!(texts_of_kind(island, "NewPlace(State)"), ["Manus province"]);
    let municipality = "X\n\nThe village lies in Las Cruces municipality, in Peten.";
    assert_eq!(
        texts_of_kind(municipality, "NewPlace(State)"),
        ["Las Cruces municipality"]
    );
    // ...and resolution keeps it apart from the town.
    let g = Gazetteer::builtin();
    let doc = Doc::new(text, g.cleaner());
    let ex = crate::extract::extract(&g, &doc, None);
    let arusha = ex
        .places
        .iter()
        .find(|p| p.name == "Arusha province")
        .unwrap();
    assert_eq!((arusha.kind, arusha.known), (PlaceKind::State, None));
    // "regional" after the name says the region's too, and the region named with its word
    // and without it is one place.
    let doc = Doc::new(
        "X\n\nThey were stopped in Arusha region. The Arusha regional police commander \
             spoke.",
        g.cleaner(),
    );
    let ex = crate::extract::extract(&g, &doc, None);
    let arusha: Vec<_> = ex
        .places
        .iter()
        .filter(|p| p.name.contains("Arusha"))
        .collect();
    assert_eq!(arusha.len(), 1, "{arusha:?}");
    assert_eq!(
        (arusha[0].kind, arusha[0].names.len()),
        (PlaceKind::State, 2),
        "{arusha:?}"
    );
    // So does a territory, an oblast or a subdistrict named like its town.
    let doc = Doc::new(
        "X\n\nThey came from villages in Kasama territory.",
        g.cleaner(),
    );
    let ex = crate::extract::extract(&g, &doc, None);
    assert!(
        ex.places
            .iter()
            .any(|p| p.name == "Kasama territory" && p.kind == PlaceKind::State),
        "{:?}",
        ex.places
    );
    // Any word the triggers give for a division: "Sylhet division".
    assert_eq!(
        texts_of_kind(
            "X\n\nHe came from Sylhet division in Bangladesh.",
            "NewPlace(State)"
        ),
        ["Sylhet division"]
    );
    // Towns listed before a plural head are the regions named after them.
    assert_eq!(
        texts_of_kind(
            "X\n\nThey came from Satkhira and Jessore districts.",
            "NewPlace(State)"
        ),
        ["Satkhira", "Jessore"]
    );
    // A town alone stays the town.
    let towns = texts_of_kind("X\n\nHe came from Arusha with his wife.", "KnownPlace");
    assert!(towns.contains(&"Arusha".to_string()), "{towns:?}");
    // A region the gazetteer knows, named like its town, is that region with its word
    // ("Idlib province") and the town alone ("from Idlib").
    let g = Gazetteer::builtin();
    let kind = |text: &str| known_place(&g, text, "Idlib").kind;
    assert_eq!(kind("X\n\nHe came from Idlib province."), PlaceKind::State);
    assert_eq!(
        kind("X\n\nHe came from Idlib with his wife."),
        PlaceKind::City
    );
    // "island" or "peninsula" after a town's name: the land, not the town.
    assert_eq!(
        texts_of_kind(
            "X\n\nThey were brought to the small port on El Tigre island.",
            "NewPlace(Landmark)"
        ),
        ["El Tigre island"]
    );
    // A name the gazetteer lacks before "peninsula", or after "Golfo", is a landmark too.
    assert_eq!(
        texts_of_kind(
            "X\n\nThe boat left from the Cosigüina peninsula in Nicaragua.",
            "NewPlace(Landmark)"
        ),
        ["Cosigüina peninsula"]
    );
    assert_eq!(
        texts_of_kind(
            "X\n\nThe port stands on the Golfo Dulce, near Panama.",
            "NewPlace(Landmark)"
        ),
        ["Golfo Dulce"]
    );
}

#[test]
fn a_numbered_road_is_a_landmark_named_with_its_number() {
    assert_eq!(
        texts_of_kind(
            "X\n\nThe truck was stopped on Federal Highway 2 near Caborca. They walked along \
                 Interstate 8 and Route 66.",
            "NewPlace(Landmark)"
        ),
        ["Federal Highway 2", "Interstate 8", "Route 66"]
    );
    // Or by its code, before the word for a road.
    assert_eq!(
        texts_of_kind(
            "X\n\nOfficers checked lorries on the A9 motorway and the M25.",
            "NewPlace(Landmark)"
        ),
        ["A9 motorway"]
    );
    // Not a year after a road's name.
    assert!(texts_of_kind(
        "X\n\nThe Pan-American Highway 2024 plan.",
        "NewPlace(Landmark)"
    )
    .iter()
    .all(|t| !t.contains("2024")));
}

#[test]
fn a_possessive_inside_a_place_name_is_part_of_it() {
    let g = Gazetteer::builtin();
    let text = "X\n\nMost had lived in the refugee camps of Cox's Bazar for years.";
    assert_eq!(
        place_read(&g, text, "Cox's Bazar").map(|p| p.country.as_deref()),
        Some(Some("BD"))
    );
    // So is one that ends the name, in capitals or not.
    let text = "X\n\nST. JOHN'S, Antigua and Barbuda (AP) — Crowds waited.";
    assert_eq!(
        place_read(&g, text, "ST. JOHN'S").map(|p| p.country.as_deref()),
        Some(Some("AG"))
    );
    let text = "X\n\nThey were moved to a church hall in St. John's on Tuesday.";
    assert!(
        place_read(&g, text, "St. John's").is_some(),
        "{:?}",
        kinds(text)
    );
    // A possessive before a word that makes no place with it is still one.
    let found = kinds("X\n\nMexico's President spoke.");
    assert!(
        !found.iter().any(|(t, _)| t.contains("Mexico's")),
        "{found:?}"
    );
}

#[test]
fn a_word_in_brackets_inside_a_known_name_is_part_of_it() {
    let g = Gazetteer::builtin();
    let text = "X\n\nThe boat reached the Cocos (Keeling) Islands on Tuesday.";
    assert_eq!(
        place_read(&g, text, "Cocos (Keeling) Islands").map(|p| p.country.as_deref()),
        Some(Some("CC"))
    );
    // Brackets after a name that makes no known name with them stay apart.
    let found = kinds("X\n\nThe Nile (Egypt) Authority met.");
    assert!(!found.iter().any(|(t, _)| t.contains('(')), "{found:?}");
}

#[test]
fn one_unknown_word_ending_a_clause_after_in_is_a_town() {
    let new_places = |text: &str| texts_of_kind(text, "NewPlace");
    assert_eq!(
        new_places("X\n\nThey slept at a shelter in Ojochal, near the border."),
        ["Ojochal"]
    );
    // Not a word that modifies a noun, nor the end of a name running on through "in".
    assert!(new_places("X\n\nThey read it in Ojochal posts.").is_empty());
    assert!(
        new_places("X\n\nThey joined the Alliance for Progress in Ojochal, they said.").is_empty()
    );
    // Nor the surname of someone named before.
    assert!(new_places(
        "X\n\nHe called his counterpart, Olubunmi Tunji-Ojo, by phone. A statement from \
             Tunji-Ojo's office in Abuja dated it Monday."
    )
    .is_empty());
    // A body that tells it, or a purpose, after the word ends the clause as well; so does
    // a clause of where after "to". (Not a short name for a place named in full.)
    for text in [
        "X\n\nA few Chadians joined them in Zinkaro, the army said.",
        "X\n\nThey had stopped in Zinkaro to buy fuel.",
        "X\n\nThey were taken to Zinkaro, where the agency runs a centre.",
        "X\n\nThey set out from a beach near Zinkaro, where the Arakan Army rules.",
        // How near says a place, whatever follows.
        "X\n\nA lifeboat from nearby Zinkaro met the boat offshore.",
    ] {
        assert_eq!(new_places(text), ["Zinkaro"], "{text}");
    }
    assert!(new_places(
        "X\n\nThey were taken to the Zinkaro camp. Tents went to Zinkaro, where it is cold."
    )
    .iter()
    .all(|p| p != "Zinkaro"));
}

#[test]
fn a_word_joined_by_and_to_a_place_name_names_its_own_place() {
    let g = Gazetteer::builtin();
    let doc = Doc::new("X\n\nThey came from North and South Korea.", g.cleaner());
    let mut places: Vec<(String, String)> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::KnownPlace(p) => Some((m.text, g.places[p].name.clone())),
            _ => None,
        })
        .collect();
    places.sort();
    assert_eq!(
        places,
        [
            ("North Korea".to_string(), "North Korea".to_string()),
            ("South Korea".to_string(), "South Korea".to_string())
        ]
    );
}

#[test]
fn an_apposition_of_age_or_occupation_after_adjectives_names_a_person() {
    let g = Gazetteer::builtin();
    for (text, name) in [
        (
            "X\n\nBy the road, Zorbek Qintal, a 33-year-old bricklayer, said he was tired.",
            "Zorbek Qintal",
        ),
        (
            "X\n\nUlvar Pesk, a former baseball coach from the coast, said so.",
            "Ulvar Pesk",
        ),
        (
            "X\n\nUlvar Pesk, a municipal councillor in the town, said so.",
            "Ulvar Pesk",
        ),
        (
            "X\n\nZarmelda Quotopo, who is travelling with two small sons, said she had \
                 no money left.",
            "Zarmelda Quotopo",
        ),
    ] {
        let doc = Doc::new(text, g.cleaner());
        let found = find_mentions(&g, &doc).into_iter().any(|m| {
            m.text == name && matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0
        });
        assert!(found, "{text}");
    }
    // An apposition the gazetteer has no word for, between a name opening the sentence and
    // a verb of speech, describes a person; not one that names a body.
    let person_of = |text: &str, name: &str| {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc).into_iter().any(|m| {
            m.text == name && matches!(m.kind, MentionKind::Person { .. }) && m.confidence > 0.0
        })
    };
    assert!(person_of(
        "X\n\nThe boats came at dawn. Zorbek Qintal, the panglima laot of the island, said \
             they were tired.",
        "Zorbek Qintal"
    ));
    assert!(!person_of(
        "X\n\nThe boats came at dawn. Puentes Zorvales, a rights group based in the town, \
             said they were tired.",
        "Puentes Zorvales"
    ));
    // Where a place stands ("around X", "outside X"), an apposition is who said it.
    for before in ["around", "outside"] {
        let text = format!(
            "X\n\nPolice stepped up patrols {before} Zorvalia, a French interior ministry \
                 official said."
        );
        assert!(!person_of(&text, "Zorvalia"), "{text}");
    }
    // Within a sentence, a name before "who" may end a body's.
    let text = "X\n\nThe boats were stopped off Zorva Kintal, who handed out water, \
                    the police said.";
    let doc = Doc::new(text, g.cleaner());
    let appositive = find_mentions(&g, &doc)
        .into_iter()
        .any(|m| m.rule == "appositive-name");
    assert!(!appositive);
}

#[test]
fn person_cue_words_come_from_the_data_and_a_user_can_add_some() {
    let text = "X\n\nThe caravan was blessed by hermit Qarlo Zintl on Sunday.";
    let is_person = |g: &Gazetteer| {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(g, &doc).iter().any(|m| {
            m.text == "Qarlo Zintl"
                && matches!(m.kind, MentionKind::Person { .. })
                && m.confidence > 0.0
        })
    };
    assert!(!is_person(&Gazetteer::builtin()));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("triggers.tsv"), "person_cue\thermit\n").unwrap();
    assert!(is_person(&Gazetteer::with_extra(dir.path()).unwrap()));
}

/// A calling of public life before a name no list of given names has tells a person.
#[test]
fn a_singer_or_a_footballer_named_is_a_person() {
    for text in [
        "X\n\nThe singer Qadi Zintlar, who grew up in the town, came to the beach.",
        "X\n\nFootballer Qadi Zintlar visited the camp on Monday.",
    ] {
        assert!(
            texts_of_kind(text, "Person").contains(&"Qadi Zintlar".to_string()),
            "{text}: {:?}",
            kinds(text)
        );
    }
}

#[test]
fn a_plural_title_over_a_list_gives_each_name_its_own_title() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "X\n\nWith her were the Ministers of Foreign Affairs, Rosa Ibarra Cano, and \
             Security, Tomas Lugo.",
        g.cleaner(),
    );
    let with_titles: Vec<(String, String)> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::Person { title: Some(t), .. } => Some((m.text, t)),
            _ => None,
        })
        .collect();
    assert_eq!(
        with_titles,
        [
            (
                "Rosa Ibarra Cano".to_string(),
                "Minister of Foreign Affairs".to_string()
            ),
            ("Tomas Lugo".to_string(), "Minister of Security".to_string())
        ]
    );
    // A list of whom each serves, by country, after a lower-case plural.
    let text = "X\n\nThe minister hosted his counterparts from Guatemala, Rosa Ibarra Cano; \
                    Costa Rica, Tomas Lugo; and Panama, Ana Ruiz, on Monday.";
    let found = titled(text);
    assert_eq!(
        found,
        [
            one("Rosa Ibarra Cano", "counterpart", &["Guatemala"]),
            one("Tomas Lugo", "counterpart", &["Costa Rica"]),
            one("Ana Ruiz", "counterpart", &["Panama"])
        ]
    );
    // Not a list of what is no country.
    let text = "X\n\nThe minister hosted his counterparts from Quilca, Rosa Ibarra Cano; \
                    and Tumbal, Tomas Lugo, on Monday.";
    assert!(titled(text).is_empty(), "{:?}", titled(text));
    // Two lists, countries then as many names, each name at its country's place.
    let text = "X\n\nThe interior ministers of Chile, Bolivia and Peru, Rosa Ibarra Cano, \
                    Tomas Lugo and Ana Ruiz-Vela, spoke by video on Monday.";
    assert_eq!(
        titled(text),
        [
            one("Rosa Ibarra Cano", "interior minister", &["Chile"]),
            one("Tomas Lugo", "interior minister", &["Bolivia"]),
            one("Ana Ruiz-Vela", "interior minister", &["Peru"])
        ]
    );
    // Not when the names are fewer than the countries.
    let text = "X\n\nThe interior ministers of Chile, Bolivia and Peru, Rosa Ibarra Cano \
                    and Tomas Lugo, spoke by video on Monday.";
    assert!(titled(text).is_empty(), "{:?}", titled(text));
}

#[test]
fn a_possessive_country_qualifies_a_title_across_a_rank_word() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "X\n\nEl Salvador's Deputy Foreign Minister Ana Ruiz arrived on Monday.",
        g.cleaner(),
    );
    let affiliation = find_mentions(&g, &doc)
        .into_iter()
        .find_map(|m| match m.kind {
            MentionKind::Person { affiliation, .. } if m.text == "Ana Ruiz" => Some(affiliation),
            _ => None,
        })
        .expect("Ana Ruiz");
    let names: Vec<&str> = affiliation
        .iter()
        .map(|a| match a {
            Affiliation::Place(p) => g.places[*p].name.as_str(),
            Affiliation::Org(o) => g.orgs[*o].name.as_str(),
        })
        .collect();
    // The longest name before "'s": the country, not Salvador in Brazil.
    assert_eq!(names, ["El Salvador"]);
}

#[test]
fn a_relative_in_apposition_before_a_name_makes_it_a_person() {
    let g = Gazetteer::builtin();
    let rule_of = |text: &str, name: &str| {
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .find(|m| m.text == name)
            .map(|m| m.rule)
    };
    assert_eq!(
        rule_of(
            "X\n\nHe left a week earlier with his cousin, Chaltu Dinsa, who was also there.",
            "Chaltu Dinsa"
        ),
        Some("cue-in-apposition")
    );
    // Not a name set after a place: "his home, Chaltu Dinsa" names no relative.
    assert_ne!(
        rule_of(
            "X\n\nHe left a week earlier from his home, Chaltu Dinsa, on foot.",
            "Chaltu Dinsa"
        ),
        Some("cue-in-apposition")
    );
    // A role after "a" or "the", with where the person is: the name ends its clause.
    for text in [
        "X\n\nPolice were looking for a broker in Moyale, Guyo Jattani, who arranged it.",
        "X\n\nPolice were looking for a farmer, Guyo Jattani.",
        // Where, in lower case.
        "X\n\nThey came at the urging of a teacher from the camp, Guyo Jattani, who said so.",
        // Someone's: "the governor's wife".
        "X\n\nRice came with the governor's wife, Guyo Jattani, who chairs the branch.",
    ] {
        assert_eq!(
            rule_of(text, "Guyo Jattani"),
            Some("cue-in-apposition"),
            "{text}"
        );
    }
    // Not a name that goes on a list after the role.
    assert_ne!(
        rule_of(
            "X\n\nThey called a farmer, Guyo Jattani and a priest.",
            "Guyo Jattani"
        ),
        Some("cue-in-apposition")
    );
}

#[test]
fn an_administrator_holds_an_office() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "X\n\nMetema's district administrator, Molla Gebeyehu, met the consul.",
        g.cleaner(),
    );
    let titles: Vec<Option<String>> = find_mentions(&g, &doc)
        .into_iter()
        .filter_map(|m| match m.kind {
            MentionKind::Person { title, .. } if m.text == "Molla Gebeyehu" => Some(title),
            _ => None,
        })
        .collect();
    assert_eq!(titles, [Some("district administrator".to_string())]);
}

#[test]
fn a_dateline_town_may_have_particles_besides_three_words() {
    for (dateline, town) in [
        ("COLÒNIA DE SANT JORDI, Spain", "COLÒNIA DE SANT JORDI"),
        ("SAN PEDRO DE LOS PINOS, Mexico", "SAN PEDRO DE LOS PINOS"),
        // Before its island rather than its country.
        ("ZINKAROVILLE, Tobago", "ZINKAROVILLE"),
    ] {
        let text = format!("Notes\n\n{dateline} (AP) — Hundreds of people waited.");
        assert_eq!(
            texts_of_kind(&text, "NewPlace(City)"),
            [town],
            "{:?}",
            kinds(&text)
        );
    }
}

#[test]
fn a_zone_that_lies_in_a_place_is_a_region() {
    assert_eq!(
        texts_of_kind(
            "X\n\nMost came from the Hadiya zone in southern Ethiopia.",
            "NewPlace(State)"
        ),
        ["Hadiya zone"]
    );
    // Named with its head, though the word alone is a people's.
    assert_eq!(
        texts_of_kind(
            "X\n\nHe met the head of Gambella region's Nuer zone.",
            "NewPlace(State)"
        ),
        ["Nuer zone"]
    );
    assert_none_of_kind(
        "X\n\nThey want to stay in the Schengen zone, he said.",
        "NewPlace",
    );
}

#[test]
fn a_known_place_that_goes_on_after_a_particle_starts_a_longer_name() {
    let g = Gazetteer::builtin();
    let text = "X\n\nThe boat was towed to the village of Colònia de Sant Jordi on Wednesday.";
    assert!(place_read(&g, text, "Colònia").is_none());
    assert_eq!(
        texts_of_kind(text, "NewPlace"),
        ["Colònia de Sant Jordi"],
        "{:?}",
        kinds(text)
    );
}

#[test]
fn a_person_of_a_town_in_apposition_is_no_town() {
    assert_none_of_kind(
        "X\n\nHamadoun Kassambara, a village chief who led the column, counted them.",
        "NewPlace",
    );
    // (A town the gazetteer lacks: Fnideq is known since the cities abroad took their
    // transliteration variants, GeoNames's "Fnidek".)
    assert_eq!(
        texts_of_kind(
            "X\n\nThe beach at Belyounech, the Moroccan town that faces Ceuta, was empty.",
            "NewPlace(City)"
        ),
        ["Belyounech"]
    );
}

#[test]
fn a_cue_word_that_starts_a_title_stays_in_the_title() {
    let title_of = |text: &str| {
        let g = Gazetteer::builtin();
        let doc = Doc::new(text, g.cleaner());
        find_mentions(&g, &doc)
            .into_iter()
            .find_map(|m| match m.kind {
                MentionKind::Person { title, .. } if m.text == "Ana Ruiz" => Some(title),
                _ => None,
            })
    };
    assert_eq!(
        title_of("X\n\nDeputy Foreign Minister Ana Ruiz said the caravan left."),
        Some(Some("Deputy Foreign Minister".to_string()))
    );
    assert_eq!(
        title_of("X\n\nSenator Ana Ruiz said the caravan left."),
        Some(Some("Senator".to_string()))
    );
}

#[test]
fn cue_word_before_a_name_is_not_part_of_it() {
    for (text, name) in [
        (
            "X\n\nActivist Luis García Villagrán said a caravan left.",
            "Luis García Villagrán",
        ),
        (
            "X\n\nThe Rev. Tomás Vega, a priest, said a caravan left.",
            "Tomás Vega",
        ),
    ] {
        let found = kinds(text);
        assert!(
            found
                .iter()
                .any(|(t, k)| t == name && k.starts_with("Person")),
            "{found:?}"
        );
    }
}

#[test]
fn a_body_named_with_a_title_word_is_not_a_person() {
    let found = kinds(
        "X\n\nAna Ruiz, an activist with the Justice Human Rights Network, said the caravan left.",
    );
    assert!(
        found
            .iter()
            .any(|(t, k)| t == "Justice Human Rights Network" && k.starts_with("Org")),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(t, k)| t.contains("Network") && k.starts_with("Person")),
        "{found:?}"
    );
}

#[test]
fn a_lower_case_title_starts_at_its_first_word() {
    let found = kinds("X\n\nThe crisis ... mayor Oscar Leeser said on Monday.");
    assert!(
        found.iter().any(|(t, k)| t == "Oscar Leeser"
            && k.starts_with("Person")
            && k.contains("title: Some(\"mayor\")")),
        "{found:?}"
    );
    // After "the", a title some papers capitalise reads the same.
    let lower = titled("X\n\nThey met the governor of Sonora, Ana Ruiz, on Monday.");
    let capitalised = titled("X\n\nThey met the Governor of Sonora, Ana Ruiz, on Monday.");
    assert_eq!(lower.len(), 1, "{lower:?}");
    assert_eq!(
        capitalised,
        [(
            "Ana Ruiz".to_string(),
            "Governor".to_string(),
            lower[0].2.clone()
        )]
    );
    // A capitalised word that opens no such title leaves the lower-case one after it.
    let found = titled("X\n\nThe U.S. ambassador in Panama, Ana Ruiz, attended.");
    assert!(
        found.iter().any(|(name, _, _)| name == "Ana Ruiz"),
        "{found:?}"
    );
}

#[test]
fn a_word_of_an_office_named_before_titles_the_name_after_it() {
    let text = "X\n\nThe sheriff and the patrol agent in charge of the Alder station met. \
                    The sheriff, Ana Ruiz, spoke. The agent, Tom Vale, said little.";
    let holds = |text: &str, holder: &str, office: &str| {
        let found = titled(text);
        assert!(
            found
                .iter()
                .any(|(name, title, _)| name == holder && title == office),
            "{found:?}"
        );
    };
    holds(text, "Tom Vale", "patrol agent in charge");
    // Britain's "council leader" is an office of its own.
    holds(
        "X\n\nThe council leader, Ann Hale, said so.",
        "Ann Hale",
        "council leader",
    );
    // With no such office before, the word titles no one.
    let found = titled("X\n\nThe sheriff met them. The agent, Tom Vale, said little.");
    assert!(
        !found.iter().any(|(name, _, _)| name == "Tom Vale"),
        "{found:?}"
    );
}

#[test]
fn a_landmark_named_after_someone_ends_in_its_head_of_one_word_or_several() {
    for name in [
        "Dennis DeConcini Port of Entry",
        "Raul H. Castro Port of Entry",
    ] {
        let text = format!("Camp\n\nThey camped beside the {name} on Monday.");
        assert_eq!(
            texts_of_kind(&text, "NewPlace(Landmark)"),
            [name],
            "{:?}",
            kinds(&text)
        );
    }
}

#[test]
fn landmark_by_head_word() {
    let found =
        kinds("Leaders meet\n\nThe presidents convened at the lounge in Gelabert Airport today.");
    assert!(
        found
            .iter()
            .any(|(t, k)| t == "Gelabert Airport" && k.contains("Landmark")),
        "{found:?}"
    );
}

#[test]
fn a_nickname_in_quotes_is_part_of_the_name_between_given_name_and_surname() {
    let text = "Boat\n\nThe boatman, José \"Cheo\" Guaregua, said he had crossed it often. \
                    Another passenger, María “La Flaca” Pérez, agreed.";
    let people = texts_of_kind(text, "Person");
    assert!(
        people.contains(&"José \"Cheo\" Guaregua".to_string()),
        "{people:?}"
    );
    assert!(
        people.contains(&"María “La Flaca” Pérez".to_string()),
        "{people:?}"
    );
    // A quotation after a given name is no nickname, nor a quoted word not followed by a
    // surname.
    for text in [
        "X\n\nThey told Ana \"Come Back\" before she left.",
        "X\n\nThey told Ana \"Come back\" Ruiz said.",
    ] {
        let people = texts_of_kind(text, "Person");
        assert!(!people.iter().any(|p| p.contains('"')), "{people:?}");
    }
}

/// "Myanmar" is also Myanmar's demonym; listed after places, before a verb, it is the country.
#[test]
fn a_country_named_as_its_demonym_listed_after_places_is_the_country() {
    for text in [
        "X\n\nThailand and Myanmar signed it.",
        "X\n\nBoats cross where Thailand, Laos and Myanmar meet.",
        "X\n\nMyanmar, across the river, was a few hundred meters away.",
    ] {
        assert!(
            texts_of_kind(text, "KnownPlace").contains(&"Myanmar".to_string()),
            "{text}: {:?}",
            kinds(text)
        );
    }
    // Listed after a demonym, it is one: "Thai and Myanmar workers".
    let text = "X\n\nThai and Myanmar workers left.";
    assert!(
        texts_of_kind(text, "Demonym").contains(&"Myanmar".to_string()),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn a_stretch_of_land_named_by_its_shape_is_a_region() {
    let text = "X\n\nBoth want the larger Halaib Triangle on the coast.";
    assert!(
        kinds(text).contains(&("Halaib Triangle".to_string(), "NewPlace(State)".to_string())),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn an_acronym_a_country_s_body_stands_in_apposition_to_is_an_organisation() {
    for text in [
        "X\n\nA volunteer with the QRSM, France's sea rescue society, said sixty had landed.",
        "X\n\nThe claims go to QFPRA, France's refugee office, which sends an officer.",
    ] {
        let acronym = if text.contains("QRSM") {
            "QRSM"
        } else {
            "QFPRA"
        };
        assert_eq!(
            texts_of_kind(text, "Org"),
            [acronym],
            "{text}: {:?}",
            kinds(text)
        );
    }
}

#[test]
fn a_road_crossing_is_named_whole_as_a_border_crossing_is() {
    let text = "X\n\nThe town is a few kilometers from the Gradina road crossing.";
    assert_eq!(
        texts_of_kind(text, "NewPlace(Landmark)"),
        ["Gradina road crossing"],
        "{:?}",
        kinds(text)
    );
}

#[test]
fn one_who_gave_his_first_name_as_a_name_is_a_person() {
    let text = "X\n\nOne of the men, who gave his first name as Zintlar, called out.";
    assert!(
        texts_of_kind(text, "Person").contains(&"Zintlar".to_string()),
        "{:?}",
        kinds(text)
    );
}

#[test]
fn a_body_known_by_an_acronym_is_not_the_same_word_written_in_lower_case() {
    let text = "Notes\n\nWho organized the crossing is not known.";
    assert_none_of_kind(text, "Org");
    let text = "Notes\n\nWHO officials said the men were sick.";
    assert_eq!(texts_of_kind(text, "Org"), ["WHO"]);
}

#[test]
fn a_local_office_in_a_town_serves_the_town_s_country() {
    let places = |text: &str| {
        titled(text)
            .into_iter()
            .map(|(_, _, places)| places)
            .collect::<Vec<_>>()
    };
    let text = "RAS EL MA, Morocco (AP) — Migrants landed.\n\nA visit by the government's \
                delegate in Melilla, Sabrina Moh, was called off.";
    assert_eq!(places(text), [["Spain"]]);
    // Not where the town's name is another country's too, nor an envoy's post.
    let text = "MOTRIL, Spain (AP) — Migrants landed.\n\nThe central government's subdelegate \
                in Granada, Inmaculada Lozoya, went down to the quay.";
    assert_eq!(places(text), [Vec::<String>::new()]);
    let text = "KABUL, Afghanistan (AP) — Talks.\n\nThe ambassador in Kabul, Ana Ruiz, said so.";
    assert!(
        places(text).iter().all(|p| p.is_empty()),
        "{:?}",
        places(text)
    );
}

#[test]
fn iran_s_governors_and_sri_lanka_s_divisional_secretaries_hold_offices() {
    let found = titled("X\n\nThe farmandar of Salmas, Hamid Rezazadeh, said so.");
    assert_eq!(names_and_titles(&found), [("Hamid Rezazadeh", "farmandar")]);
    assert!(found[0].2.contains(&"Salmās".to_string()), "{found:?}");
    let found = titled("X\n\nThe divisional secretary, Sivagnanam Thevarajah, said so.");
    assert_eq!(
        names_and_titles(&found),
        [("Sivagnanam Thevarajah", "divisional secretary")]
    );
}

#[test]
fn a_local_office_in_the_dateline_s_town_is_not_read_from_the_gazetteer_s_town() {
    let text = "Border\n\nEMERSON, Man. — Eleven people were found.\n\nDale Friesen, a \
                municipal councillor in Emerson, said so.";
    assert!(
        titled(text).iter().all(|(_, _, places)| places.is_empty()),
        "{:?}",
        titled(text)
    );
}

#[test]
fn narrows_end_the_name_of_a_strait() {
    let text = "Notes\n\nSeventeen migrants crossed the Lubec Narrows from Campobello Island.";
    assert!(
        texts_of_kind(text, "NewPlace(Landmark)").contains(&"Lubec Narrows".to_string()),
        "{:?}",
        kinds(text)
    );
}
