//! Unit tests of group extraction: the groups read from short articles, and the helpers alone.

use crate::extract::{extract, Group};
use crate::gazetteer::Gazetteer;
use crate::text::Doc;

/// The figures reported for the article's group (none without a group) and the names of
/// its origins.
fn sizes_and_origins(body: &str) -> (Vec<u64>, Vec<String>) {
    let g = Gazetteer::builtin();
    let doc = Doc::new(&format!("Border news\n\n{body}"), g.cleaner());
    let ex = extract(&g, &doc, None);
    let Some(group) = ex.groups.first() else {
        return (vec![], vec![]);
    };
    let sizes = group.sizes.iter().flat_map(|s| s.values.clone()).collect();
    let origins = group
        .origins
        .iter()
        .map(|&p| ex.places[p].name.clone())
        .collect();
    (sizes, origins)
}

/// A group's figures, origins, places (where it is, left from and heads) and people.
type GroupSummary = (Vec<u64>, Vec<String>, Vec<String>, Vec<String>);

/// The names of the places one field of an article's first group lists.
fn first_group_places(text: &str, field: fn(&Group) -> &Vec<usize>) -> Vec<String> {
    let g = Gazetteer::builtin();
    let doc = Doc::new(text, g.cleaner());
    let ex = extract(&g, &doc, None);
    let group = ex.groups.first().expect("a group");
    field(group)
        .iter()
        .map(|&p| ex.places[p].name.clone())
        .collect()
}

/// Each group of an article.
fn groups_of(body: &str) -> Vec<GroupSummary> {
    let g = Gazetteer::builtin();
    let doc = Doc::new(&format!("Border news\n\n{body}"), g.cleaner());
    let ex = extract(&g, &doc, None);
    let names =
        |v: &[usize]| -> Vec<String> { v.iter().map(|&p| ex.places[p].name.clone()).collect() };
    ex.groups
        .iter()
        .map(|group| {
            let places = [&group.at, &group.departed_from, &group.destinations]
                .into_iter()
                .flat_map(|v| names(v))
                .collect();
            let people = group
                .members
                .iter()
                .chain(&group.organizers)
                .map(|&p| ex.people[p].name.clone())
                .collect();
            (
                group.sizes.iter().flat_map(|s| s.values.clone()).collect(),
                names(&group.origins),
                places,
                people,
            )
        })
        .collect()
}

#[test]
fn a_boat_s_family_brought_back_to_the_harbour_is_a_group_counted_and_not_sent_home() {
    let g = Gazetteer::builtin();
    let read = |text: &str| -> (Vec<u64>, Vec<String>) {
        let doc = Doc::new(text, g.cleaner());
        let ex = extract(&g, &doc, None);
        let group = ex.groups.first().expect("a group");
        let sizes = group.sizes.iter().flat_map(|s| s.values.clone()).collect();
        let destinations = group
            .destinations
            .iter()
            .map(|&p| ex.places[p].name.clone())
            .collect();
        (sizes, destinations)
    };
    let (sizes, destinations) = read(
        "Border news\n\nThe coast guard stopped a dinghy carrying a single Afghan family off \
             Dikili on Wednesday and brought all 11 of them back to the harbour.\n\n\"All of \
             us, to Germany,\" said the father.",
    );
    assert_eq!(sizes, [11]);
    assert_eq!(destinations, ["Germany"]);
    // Sent back to a country, they head home.
    let (_, destinations) = read(
        "Border news\n\nPolice stopped 40 Afghan migrants on Monday and sent them back to \
             Afghanistan.",
    );
    assert_eq!(destinations, ["Afghanistan"]);
}

#[test]
fn where_they_left_is_read_past_whom_the_sentence_is_told_by() {
    let groups = groups_of(
        "Nineteen migrants in a wooden boat were found off Sokcho on Sunday.\n\n\
             A fisherman said he had seen them waving from the deck.\n\n\
             According to the Unification Ministry, the families told investigators they had \
             left from a beach near Kimchaek three nights earlier.",
    );
    assert!(groups[0].2.contains(&"Kimchaek".to_string()), "{groups:?}");
}

#[test]
fn a_night_spent_somewhere_is_no_rate_and_their_boat_s_port_is_the_group_s() {
    let groups = groups_of(
        "Sixty-three migrants who spent a night tied to an oil platform were brought into \
             the harbour on Wednesday.\n\nTheir wooden boat left Zuwara, on Libya's western \
             coast, on Sunday night.",
    );
    let (sizes, _, places, _) = &groups[0];
    assert_eq!(sizes, &[63]);
    assert!(places.contains(&"Zuwarah".to_string()), "{places:?}");
    // A figure a night is still a rate.
    assert!(groups_of("About 300 migrants a night cross the river here.").is_empty());
}

#[test]
fn a_boat_told_of_on_the_same_day_too_is_another_group() {
    for opener in ["On Tuesday, too,", "Also on Tuesday,"] {
        let groups = groups_of(&format!(
            "A navy boat intercepted a pirogue carrying 171 people off Kafountine on \
                 Tuesday.\n\n{opener} a pirogue reached Tenerife with 212 people on board."
        ));
        let sizes: Vec<&Vec<u64>> = groups.iter().map(|g| &g.0).collect();
        assert_eq!(sizes, [&vec![171], &vec![212]], "{opener}");
    }
}

#[test]
fn the_men_named_again_tell_of_the_group() {
    let (_, _, places, _) = &groups_of(
        "Fourteen men from Pakistan walked ashore near Exmouth on Monday.\n\nA fisherman \
             found them by the ramp.\n\nThe agency said the men had flown to Jakarta on tourist \
             visas.",
    )[0];
    assert!(places.contains(&"Jakarta".to_string()), "{places:?}");
}

#[test]
fn a_few_foreigners_found_later_are_a_second_group() {
    let groups = groups_of(
        "More than a hundred Haitian migrants waded ashore near Marsh Harbour on Tuesday. \
             The defence force counted 112 people.\n\nLater on Tuesday, police found nine \
             Cuban men on Elbow Cay. They had left from near Cárdenas.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[1].0, [9]);
    assert!(groups[1].1.contains(&"Cuba".to_string()), "{groups:?}");
    // Found without a sentence that opens on others, a few are no group of their own.
    let groups = groups_of(
        "More than a hundred Haitian migrants waded ashore near Marsh Harbour on Tuesday. \
             The defence force counted 112 people.\n\nThe commander took a boat out and found \
             eight Cuban men on Elbow Cay.",
    );
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert!(!groups[0].0.contains(&8), "{groups:?}");
    // Caught or detained as well as found.
    let groups = groups_of(
        "Officers handed 117 Indonesian workers to their own officials on Wednesday.\n\n\
             Separately, police caught nine Indonesians on a jungle path near the border on \
             Tuesday.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[1].0, [9]);
}

#[test]
fn the_group_named_again_by_its_figure_is_the_group_but_a_part_of_it_is_not() {
    let text = "Nine men crossed the river on Tuesday, police said.\n\nYoung men have \
                    been barred from leaving the country. Most who leave try the mountains.\n\n\
                    A pastor said all nine wanted to go on to Germany.";
    let (_, _, places, _) = &groups_of(text)[0];
    assert!(places.contains(&"Germany".to_string()), "{places:?}");
    let text = "Police found 14 migrants near the river on Tuesday.\n\nYoung men have \
                    been barred from leaving the country. Most who leave try the mountains.\n\n\
                    Besides the 14, three men from Assam were held apart.";
    let (_, origins, _, _) = &groups_of(text)[0];
    assert!(origins.is_empty(), "{origins:?}");
}

#[test]
fn passengers_who_set_out_somewhere_and_everyone_heading_somewhere_are_the_group() {
    let groups = groups_of(
        "A boat brought 18 people to Formentera on Wednesday.\n\nThe passengers said \
             they had set out from Mostaganem and paid 4,000 euros each.\n\nAll but two were \
             Algerians, most of them from Oran; the other two were Moroccans.\n\n\
             \"Everyone on this boat wants to get to France,\" said one of them.",
    );
    let (_, origins, places, _) = &groups[0];
    assert!(places.contains(&"Mostaganem".to_string()), "{groups:?}");
    assert!(places.contains(&"France".to_string()), "{groups:?}");
    for origin in ["Oran", "Morocco"] {
        assert!(origins.contains(&origin.to_string()), "{groups:?}");
    }
}

#[test]
fn peoples_listed_before_plural_ones_demonyms_before_boys_and_where_they_fled_are_origins() {
    let (_, origins) = sizes_and_origins(
        "A boat carrying 57 migrants reached the port on Monday. Most of the passengers \
             were Gambians, with Senegalese, Malians, a few Guineans and two Syrian boys \
             travelling with an uncle. They said a Turkish man who pushed the boat off \
             stayed behind. Several of the Malians said they had fled fighting in the Ségou \
             region.",
    );
    for origin in ["Gambia", "Senegal", "Mali", "Guinea", "Syria", "Ségou"] {
        assert!(
            origins.contains(&origin.to_string()),
            "{origin}: {origins:?}"
        );
    }
    assert!(!origins.contains(&"Turkey".to_string()), "{origins:?}");
}

#[test]
fn groups_of_migrants_and_the_pirogue_that_set_out_are_the_group() {
    // "Two groups of migrants who reached this village": the village is where they are.
    let groups = groups_of(
        "LA TORVENA, Guatemala (AP) — Two groups of migrants who reached this river \
             village joined forces on Tuesday.\n\nAbout 40 people, most of them Hondurans, \
             arrived on Monday on a bus from Flores, the capital of Petén.",
    );
    assert!(
        groups[0].2.contains(&"LA TORVENA".to_string()),
        "{groups:?}"
    );
    // And so in the country written after the town.
    assert!(groups[0].2.contains(&"Guatemala".to_string()), "{groups:?}");
    // "walked up into town": a town with no article is the dateline's.
    let groups = groups_of(
        "LA TORVENA, Italy (AP) — The first to see them was the baker.\n\nThe police put \
             the number at 57. They had come ashore before dawn after four days at sea from \
             Tobruk, and had walked up into town in the dark. The group later reached \
             Pozzallo by bus.",
    );
    assert!(
        groups[0].2.contains(&"LA TORVENA".to_string()),
        "{groups:?}"
    );
    // "here": the dateline's town.
    let groups = groups_of(
        "LA TORVENA, Sudan (AFP) — The IOM counted some 1,100 people at the port. They \
             crossed at the Joda border crossing, about 50 km to the north, and were brought \
             here on trucks.",
    );
    assert!(
        groups[0].2.contains(&"LA TORVENA".to_string()),
        "{groups:?}"
    );
    // What carries them, setting out somewhere, some words before the place.
    let groups = groups_of(
        "A wooden pirogue carrying 163 people was brought ashore on Tuesday.\n\nThe \
             pirogue had set out four nights earlier from Saint-Louis, close to the border.",
    );
    assert!(
        groups[0].2.contains(&"Saint-Louis".to_string()),
        "{groups:?}"
    );
}

#[test]
fn an_unnamed_spot_by_a_place_puts_the_group_there_but_a_distance_does_not() {
    let places_of = |body: &str| groups_of(body)[0].2.clone();
    let left_from_beach = places_of(
        "A boat carrying 30 migrants landed on Thursday. The boat had left a beach south \
             of Ensenada on Wednesday night, passengers said.",
    );
    assert!(
        left_from_beach.contains(&"Ensenada".to_string()),
        "{left_from_beach:?}"
    );
    let measured = places_of(
        "A boat carrying 30 migrants landed on Thursday. It was stopped 70 miles south of \
             Ensenada.",
    );
    assert!(!measured.contains(&"Ensenada".to_string()), "{measured:?}");
}

#[test]
fn a_hundred_and_tens_given_roughly_is_a_figure() {
    let groups = groups_of(
        "A convoy brought 143 refugees to the settlement on Tuesday. A driver said he had \
             carried \"a hundred and forty-odd\" people over three days.",
    );
    assert_eq!(
        groups.first().map(|g| g.0.clone()),
        Some(vec![143, 140]),
        "{groups:?}"
    );
}

#[test]
fn the_countryside_or_outskirts_they_came_from_is_an_origin() {
    for (text, origin) in [
        (
            "About 300 Syrians crossed the river on Tuesday. Most of the group came from \
                 villages in the countryside of Homs province, they said.",
            "Homs",
        ),
        (
            "About 300 Syrians crossed the river on Tuesday. Most had fled the outskirts of \
                 Aleppo, they said.",
            "Aleppo",
        ),
    ] {
        let (_, origins) = sizes_and_origins(text);
        assert!(origins.contains(&origin.to_string()), "{origins:?}");
    }
    // Not a place crossed from, named before the outskirts.
    let (_, origins) = sizes_and_origins(
        "About 300 migrants reached the camp on Tuesday. Many had crossed from Mexico on the \
             outskirts of Tecate.",
    );
    assert!(!origins.contains(&"Tecate".to_string()), "{origins:?}");
}

#[test]
fn a_witness_counting_a_close_range_gives_both_figures() {
    let groups = groups_of(
        "A boat carrying 17 Algerian men landed on Wednesday. A lifeguard said he had \
             counted \"fifteen or sixteen\" jumping from the boat.",
    );
    assert_eq!(
        groups.first().map(|g| g.0.clone()),
        Some(vec![17, 15, 16]),
        "{groups:?}"
    );
    // Not a range that runs to another order of magnitude.
    let groups =
        groups_of("Between two and three hundred migrants waited at the bridge on Monday.");
    assert_eq!(
        groups.first().map(|g| g.0.clone()),
        Some(vec![300]),
        "{groups:?}"
    );
    // A figure given roughly, "or so", is still a tally.
    let groups = groups_of(
        "The coast guard counted 49 people on the boat. A cafe owner put the number at \
             \"forty-five or so\".",
    );
    assert_eq!(
        groups.first().map(|g| g.0.clone()),
        Some(vec![49, 45]),
        "{groups:?}"
    );
}

#[test]
fn the_people_named_by_their_nationality_are_the_group_where_they_are_taken() {
    let groups = groups_of(
        "A boat carrying 23 Cubans landed at Xcalak on Tuesday.\n\nOn Wednesday the Cubans \
             were taken by bus to Chetumal, the state capital.",
    );
    assert!(groups[0].2.contains(&"Chetumal".to_string()), "{groups:?}");
}

#[test]
fn a_figure_counts_people_across_adjectives_of_age_and_sex() {
    let groups = groups_of(
        "A small boat carrying 17 young Algerian men ran onto the sand at Es Trenc on \
             Wednesday.",
    );
    assert_eq!(
        groups.first().map(|g| g.0.clone()),
        Some(vec![17]),
        "{groups:?}"
    );
}

#[test]
fn an_age_range_is_no_count() {
    let groups = groups_of(
        "Thirty-four young men and women from Myanmar waded across the river on Tuesday, \
             fleeing a conscription law.\n\nThe law allows the army to call up men aged 18 to 35 \
             and women aged 18 to 27, and children under the age of 12 stay home.",
    );
    assert_eq!(
        groups.first().map(|g| g.0.clone()),
        Some(vec![34]),
        "{groups:?}"
    );
}

#[test]
fn a_figure_counts_would_be_migrant_workers_and_citizens() {
    for (text, figure) in [
        (
            "A patrol boat stopped a speedboat carrying 27 Indonesian would-be migrant \
                 workers in the strait on Tuesday.",
            27,
        ),
        (
            "A small boat carrying 11 Chinese citizens came ashore on Monday.",
            11,
        ),
        // One word of what kind between their nationality and the noun that counts them.
        (
            "Twenty-three Vietnamese technical trainees walked off a farm on Sunday.",
            23,
        ),
        (
            "Twenty-three Nepali farm workers walked off a farm on Sunday.",
            23,
        ),
        // People displaced, counted by their nationality.
        (
            "More than 400 displaced Iraqis left the camp on Wednesday.",
            400,
        ),
    ] {
        let groups = groups_of(text);
        assert_eq!(
            groups.first().map(|g| g.0.clone()),
            Some(vec![figure]),
            "{text}: {groups:?}"
        );
    }
    assert!(groups_of("Twenty-three Vietnamese technical schools closed on Sunday.").is_empty());
}

#[test]
fn a_figure_counts_returning_workers_and_the_speaker_s_own_group() {
    for text in [
        "The labour department recorded 76 returning workers at the crossing on Wednesday.",
        "The ministry said 76 deported workers had been on board the ferry.",
        "A woman on the truck said they were \"about seventy-six of us\" when they left.",
    ] {
        let groups = groups_of(text);
        assert_eq!(
            groups.first().map(|g| g.0.clone()),
            Some(vec![76]),
            "{text}"
        );
    }
    // A few of us are no group's count.
    assert!(groups_of("\"Two of us stayed behind,\" he said.").is_empty());
    // An "-ese" people with no noun after it.
    let groups = groups_of("Border guards caught nineteen Sudanese, among them four women.");
    assert_eq!(groups.first().map(|g| g.0.clone()), Some(vec![19]));
    assert!(groups_of("The port serves 19 Chinese companies and their staff.").is_empty());
}

#[test]
fn a_paragraph_that_opens_on_the_second_boat_gives_it_its_figures() {
    let groups = groups_of(
        "Soldiers brought 51 migrants ashore on Tuesday after their boat lost its engine, \
             and a second, smaller boat reached Gozo.\n\nThe first boat had left Zuwara on \
             Saturday.\n\nThe second boat, a skiff, reached Xlendi before dawn. Police \
             reported \"a dozen\" Sudanese men on board.",
    );
    let sizes: Vec<Vec<u64>> = groups.iter().map(|g| g.0.clone()).collect();
    assert_eq!(sizes, [vec![51], vec![12]], "{groups:?}");
}

#[test]
fn every_people_of_a_list_after_most_of_them_is_an_origin() {
    let (_, origins) = sizes_and_origins(
        "Police found seventeen asylum seekers in a minibus, most of them Somali, Sudanese \
             and Eritrean, who said they had been driven across the border.",
    );
    assert_eq!(origins, ["Somalia", "Sudan", "Eritrea"]);
}

#[test]
fn the_places_after_the_governorates_of_are_where_the_people_come_from() {
    let (_, origins) = sizes_and_origins(
        "Libyan authorities deported 214 Egyptians on Wednesday. Most come from the \
             governorates of Minya and Assiut, in Upper Egypt.",
    );
    assert!(
        origins.contains(&"Minya".to_string()) && origins.contains(&"Asyut".to_string()),
        "{origins:?}"
    );
}

#[test]
fn the_region_of_the_village_a_member_came_from_is_an_origin() {
    let text = "Raid\n\nPolice found 27 migrants hiding in a house on Tuesday. One of \
                    them, Usman Bhatti, 26, said he came from a village in Punjab province.";
    let origins = first_group_places(text, |group| &group.origins);
    assert!(origins.contains(&"Punjab".to_string()), "{origins:?}");
    // So is the region they fled.
    let text = "Boat\n\nA boat carrying 112 refugees who had lived in camps for years \
                    after fleeing Rakhine state reached Koh Lipe on Tuesday.";
    let origins = first_group_places(text, |group| &group.origins);
    assert!(origins.contains(&"Rakhine".to_string()), "{origins:?}");
}

#[test]
fn the_boats_a_camp_waits_for_go_where_it_goes() {
    let text = "Camp cleared\n\nPolice cleared a camp of about 400 migrants waiting for \
                    boats to Italy on Tuesday.";
    assert_eq!(
        first_group_places(text, |group| &group.destinations),
        ["Italy"]
    );
}

#[test]
fn a_lede_opening_on_refugees_and_the_refugees_named_later_tell_of_the_group() {
    let (_, origins) = sizes_and_origins(
        "MAE SOT, Thailand (AP) — Refugees from Sudan's Darfur region have sheltered for a \
             week in a temple here.\n\nVolunteers said 230 people were staying there.",
    );
    assert_eq!(origins, ["Sudan", "Darfur"]);
    let (_, origins) = sizes_and_origins(
        "PECS, Hungary (AP) — Police found 40 people in a truck near Pécs on Monday.\n\nThe \
             driver was arrested. He is due in court on Friday.\n\nThe police chief said \
             smuggling had risen. He gave no figures.\n\nA priest brought blankets. He said \
             the night was cold.\n\nThe refugees had come from Eritrea, a volunteer said.",
    );
    assert_eq!(origins, ["Eritrea"]);
}

#[test]
fn where_they_walked_in_from_is_left_and_a_spot_above_or_below_a_place_is_there() {
    let text = "Men found\n\nPolice found 23 men on a path a few hundred metres above the \
                    village of Valdemorra on Tuesday, after walking in from Spain. They had \
                    walked up from Girona.";
    let origins = first_group_places(text, |group| &group.origins);
    assert!(origins.is_empty(), "{origins:?}");
    let left = first_group_places(text, |group| &group.departed_from);
    assert!(left.iter().any(|p| p == "Spain"), "{left:?}");
    assert!(left.iter().any(|p| p == "Girona"), "{left:?}");
    let at = first_group_places(text, |group| &group.at);
    assert!(at.iter().any(|p| p == "Valdemorra"), "{at:?}");
    // So is a country they walked from over the mountains.
    let text = "Mosque\n\nThirty-seven Afghan men who walked over the mountains from Iran \
                    slept in a mosque on Wednesday.";
    let left = first_group_places(text, |group| &group.departed_from);
    assert_eq!(left, ["Iran"]);
    // "The men said" tells of them too.
    let text = "Mosque\n\nThirty-seven Afghan men slept in a mosque on Wednesday. The men \
                    said a smuggler had driven them from Tabriz to the border.";
    let left = first_group_places(text, |group| &group.departed_from);
    assert_eq!(left, ["Tabriz"]);
    let text = "Wall\n\nAbout 90 migrants climbed the wall below Mount Tallan on Monday.";
    let at = first_group_places(text, |group| &group.at);
    assert_eq!(at, ["Mount Tallan"]);
}

#[test]
fn villages_fled_or_left_lie_in_the_region_they_come_from() {
    let text = "Camp\n\nSome 300 refugees reached the camp on Monday. Most are herders who \
                    fled villages around Nampala, in Mali's Ségou region, last month.";
    let left = first_group_places(text, |group| &group.departed_from);
    assert_eq!(left, ["Nampala"]);
    let origins = first_group_places(text, |group| &group.origins);
    assert!(origins.iter().any(|p| p == "Ségou"), "{origins:?}");
    // So are villages they left; not a town left on the way.
    let (_, origins) = sizes_and_origins(
        "Some 70 people reached Mabaruma on Monday. The families said they had left \
             villages in Venezuela's Delta Amacuro state four days earlier.",
    );
    assert!(origins.iter().any(|p| p == "Delta Amacuro"), "{origins:?}");
    let (_, origins) = sizes_and_origins(
        "About 1,500 migrants left this border town in southern Mexico on Saturday.",
    );
    assert!(origins.is_empty(), "{origins:?}");
}

#[test]
fn workers_of_a_people_come_from_its_country_and_the_districts_they_name() {
    let (_, origins) = sizes_and_origins(
        "More than two hundred Nepali workers with jobs in Malaysia slept at the airport \
             on Wednesday. Most come from the nearby districts of Kapilvastu and Rupandehi.",
    );
    let mut origins = origins;
    origins.sort();
    assert_eq!(origins, ["Kapilvastu", "Nepal", "Rupandehi"]);
    // Not workers of another trade, told between.
    let (_, origins) = sizes_and_origins(
        "About 200 migrants slept at the airport on Wednesday. Two Mexican aid workers \
             brought water.",
    );
    assert!(origins.is_empty(), "{origins:?}");
}

#[test]
fn where_they_were_born_is_where_they_come_from() {
    let (_, origins) = sizes_and_origins(
        "Police held 120 Afghans at a centre outside Quetta on Monday. Many of them were \
             born in Iran.",
    );
    assert!(origins.iter().any(|p| p == "Iran"), "{origins:?}");
}

#[test]
fn those_taken_somewhere_right_after_the_group_is_told_are_the_group() {
    let text = "Boat\n\nThe navy counted 84 Haitians on the beach on Tuesday morning. \
                    Residents had by then taken them to the school in Port Nelson.";
    let at = first_group_places(text, |group| &group.at);
    assert!(at.iter().any(|p| p == "Port Nelson"), "{at:?}");
    // A way they were meant to take is not one taken.
    let text = "Boat\n\nThe navy counted 84 Haitians on the beach on Tuesday morning. The \
                    sea route was meant to take them around the checkpoints of Chiapas.";
    let at = first_group_places(text, |group| &group.at);
    assert!(!at.iter().any(|p| p == "Chiapas"), "{at:?}");
}

#[test]
fn how_many_came_between_two_months_is_background() {
    let text = "Boat lands\n\nCHANIA, Greece (AP) — The coast guard brought 52 migrants \
                    into Chania harbour on Monday.\n\nThe driver was arrested. He is due in \
                    court on Friday.\n\nMore than 3,000 people landed on Gavdos between June \
                    and August, and residents said the migrants should be moved to Athens.";
    let at = first_group_places(text, |group| &group.at);
    assert!(!at.iter().any(|p| p == "Gavdos"), "{at:?}");
    assert!(at.iter().any(|p| p == "Chaniá"), "{at:?}");
}

#[test]
fn where_nobody_wanted_to_stay_is_no_destination() {
    let g = Gazetteer::builtin();
    let text = "Border news\n\nGuards found 14 migrants near Robezniki on Tuesday.\n\nMarwa \
                    Sultu, 31, said nobody in the group had wanted to stay in Latvia.";
    let doc = Doc::new(text, g.cleaner());
    let ex = extract(&g, &doc, None);
    assert!(ex.groups[0].destinations.is_empty(), "{:?}", ex.groups[0]);
}

#[test]
fn a_member_quoted_saying_they_all_want_a_country_gives_the_destination() {
    for (quote, country) in [
        ("\"We want Germany, all of us,\" she said.", "Germany"),
        ("\"All of us want Italy,\" he said.", "Italy"),
        (
            "\"We want the same thing, all of us: Spain,\" he said.",
            "Spain",
        ),
        (
            "\"Spain. All of us. There is work there,\" he said.",
            "Spain",
        ),
        (
            "Asked where the group was going, he said: \"Spain. All of us.\"",
            "Spain",
        ),
    ] {
        let text = format!(
            "Border news\n\nA boat carrying 40 migrants from Libya landed on Lampedusa on \
                 Monday.\n\nAna Diallo, 22, a migrant, said the group did not plan to stay. \
                 {quote}"
        );
        assert_eq!(
            first_group_places(&text, |group| &group.destinations),
            [country],
            "{quote}"
        );
    }
}

#[test]
fn figures_broken_down_after_a_colon_tallied_in_quotes_or_of_the_dead() {
    let lede = "Forty migrants waited at the station on Monday. ";
    for (told, sizes) in [
        // The parts after a colon are not groups; the figure they break down is one.
        (
            "The police put the number at 32: nineteen adults and thirteen children.",
            vec![40, 32],
        ),
        (
            "Fourteen Algerians came off the first boat: thirteen young men and a boy.",
            vec![40, 14],
        ),
        (
            "Agents counted seventeen: fifteen men from India and two Mexican men.",
            vec![40, 17],
        ),
        (
            "The ministry put the number at \"about fifty\" on Tuesday.",
            vec![40, 50],
        ),
        (
            "The coast guard counted 27 survivors, among them six children.",
            vec![40, 27],
        ),
        (
            "Karimov is one of about 140 labour migrants at the station.",
            vec![40, 140],
        ),
        (
            "Eleven people had died during the crossing, survivors said.",
            vec![40],
        ),
        (
            "Visas were cancelled after the killing of 26 people in Pahalgam.",
            vec![40],
        ),
        // "PNG" is Papua New Guinea: residents of a country, no group.
        (
            "Around 10,000 people from the Indonesian side live in PNG.",
            vec![40],
        ),
    ] {
        let (found, _) = sizes_and_origins(&format!("{lede}{told}"));
        assert_eq!(found, sizes, "{told}");
    }
}

#[test]
fn people_brought_into_a_harbour_are_there() {
    let text = "Boat\n\nForty-one people were brought into Kos harbour before dawn on \
                    Wednesday after a patrol found their boat.";
    let at = first_group_places(text, |group| &group.at);
    assert!(at.contains(&"Kos".to_string()), "{at:?}");
}

#[test]
fn a_few_set_off_after_a_second_group_s_noun_are_that_group() {
    let groups = groups_of(
        "Border Patrol agents found 11 Indian nationals near Rouses Point on Wednesday. A \
             second group, seven Mexicans, was stopped a few hours later in Mooers.",
    );
    let sizes: Vec<&Vec<u64>> = groups.iter().map(|g| &g.0).collect();
    assert_eq!(sizes, [&vec![11], &vec![7]], "{groups:?}");
}

#[test]
fn going_home_to_a_province_of_a_country_named_heads_there_and_comes_from_both() {
    let text = "Convoy\n\nJABER, Jordan (AP) — There were 214 people aboard the buses going \
                    to Syria. Most are from the province of Daraa.\n\n\"We are going home, to \
                    Daraa,\" said one man.";
    let heads = first_group_places(text, |group| &group.destinations);
    assert!(heads.contains(&"Daraa".to_string()), "{heads:?}");
    let origins = first_group_places(text, |group| &group.origins);
    assert!(origins.contains(&"Syria".to_string()), "{origins:?}");
}

#[test]
fn a_handful_of_a_people_are_among_the_origins() {
    let (_, origins) = sizes_and_origins(
        "About 140 migrants, most of them from Uzbekistan, with a handful of Kyrgyz, slept \
             at the station.",
    );
    assert_eq!(origins, ["Uzbekistan", "Kyrgyzstan"]);
    let (_, origins) = sizes_and_origins(
        "Carabinieri counted 19 people on the beach. Officers said the migrants were also \
             Algerian.",
    );
    assert_eq!(origins, ["Algeria"]);
}

#[test]
fn the_people_of_the_boat_they_sail_in_are_an_origin_not_of_a_truck_or_whose_boat() {
    let (_, origins) = sizes_and_origins(
        "A Coast Guard cutter stopped a Haitian sailboat with 44 people on board.",
    );
    assert_eq!(origins, ["Haiti"]);
    let (_, origins) =
        sizes_and_origins("A Malaysian government boat brought 64 Indonesians to the jetty.");
    assert_eq!(origins, ["Indonesia"]);
    let (_, origins) = sizes_and_origins(
        "About 650 migrants reached the village after Algerian trucks left them at the border.",
    );
    assert!(origins.is_empty(), "{origins:?}");
    // Nor the people of those who steered it.
    let (_, origins) = sizes_and_origins(
        "A sailboat landed 58 people on the beach on Tuesday. Two Ukrainian men believed \
             to have steered the boat were arrested and are not counted among the passengers.",
    );
    assert!(origins.is_empty(), "{origins:?}");
}

#[test]
fn a_demonym_in_ese_listed_among_peoples_names_people() {
    let (_, origins) = sizes_and_origins(
        "A pirogue carrying 112 people reached the port on Monday.\n\nThe passengers \
             were Senegalese, Gambians and Guineans.",
    );
    assert_eq!(origins, ["Senegal", "Gambia", "Guinea"]);
    // Not a city's nationality: "the Chinese city of Wenzhou" tells of no group.
    let (_, origins) = sizes_and_origins(
        "A boat carrying 38 people, most of them from Ecuador, landed on Monday.\n\n\
             Villagers ran to the beach.\n\nA teacher from the Chinese city of Wenzhou said \
             he had flown to Quito.",
    );
    assert_eq!(origins, ["Ecuador"]);
}

#[test]
fn a_second_group_counted_by_a_demonym_before_an_irregular_past_is_a_group() {
    let groups = groups_of(
        "Some 830 South Sudanese who crossed into Uganda at Elegu were registered on \
             Wednesday. A second, smaller group of about 70 South Sudanese came down the Nile \
             by boat and landed at Dzaipi on Tuesday. Peter Lado Wani, a teacher who was \
             among them, said they had not decided.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[1].0, [70]);
    assert_eq!(groups[1].3, ["Peter Lado Wani"]);
}

#[test]
fn the_peoples_in_apposition_to_those_counted_are_their_origins_and_a_friend_is_one_of_them() {
    let groups = groups_of(
        "Police caught 21 men near the village on Wednesday. The men, Syrians and Afghans, \
             had spent weeks near the border. His friend Ahmad, 19, said an officer had \
             filmed them.",
    );
    assert_eq!(groups[0].1, ["Syria", "Afghanistan"], "{groups:?}");
    assert_eq!(groups[0].3, ["Ahmad"], "{groups:?}");
}

#[test]
fn those_identified_by_nationality_come_from_it_and_one_of_the_seven_is_the_second_group_s() {
    let groups = groups_of(
        "Twenty-nine people were rescued from a boat on Wednesday. By the afternoon they \
             had been identified as Algerian nationals, police said.\n\nHours later, a second \
             boat ran onto the beach at Calahonda and the men aboard ran off. A witness counted \
             eleven. Officers caught seven of them by nightfall.\n\nOne of the seven, a \
             19-year-old who gave his name as Bilal, spoke to reporters.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[0].1, ["Algeria"], "{groups:?}");
    assert_eq!(groups[1].3, ["Bilal"], "{groups:?}");
}

#[test]
fn a_people_whose_name_is_its_own_plural_counted_with_no_noun_after_is_the_origin() {
    let groups = groups_of(
        "Border guards were holding 34 Rohingya, most of them women and children, who \
             landed on Wednesday.",
    );
    assert_eq!(groups[0].1, ["Myanmar"], "{groups:?}");
    // Not the people of those who carried them.
    let groups = groups_of(
        "Border guards were holding 34 migrants and two Rohingya boatmen who landed on \
             Wednesday.",
    );
    assert!(groups[0].1.is_empty(), "{groups:?}");
}

#[test]
fn who_some_of_those_counted_are_gives_origins() {
    let lede = "Agents found 40 migrants in a truck near the town on Monday. ";
    for (told, origins) in [
        (
            "Six of the 40 are Indian nationals and two are Mexicans, agents said.",
            vec!["India", "Mexico"],
        ),
        (
            "Agents caught nine of them, all Mexican men, and the rest got away.",
            vec!["Mexico"],
        ),
        (
            "Fifteen of the passengers were children, and three were Somalis.",
            vec!["Somalia"],
        ),
        (
            "Twenty-two of them are Chinese nationals, according to the police.",
            vec!["China"],
        ),
        (
            "But the officers, and an aid worker, said most were Ethiopians.",
            vec!["Ethiopia"],
        ),
    ] {
        let (sizes, found) = sizes_and_origins(&format!("{lede}{told}"));
        assert_eq!(sizes, [40], "{told}");
        assert_eq!(found, origins, "{told}");
    }
}

#[test]
fn who_most_of_those_counted_were_gives_origins_however_late_it_is_told() {
    let groups = groups_of(
        "Thirty-seven people from a wooden boat waded ashore at Flamenco Beach on Tuesday.\n\n\
             A man said he saw them. He called the police.\n\nThe island, a municipality of \
             about 1,800 people, lies off the coast. Most of the passengers were Dominicans, \
             the Border Patrol said.",
    );
    assert_eq!(groups[0].1, ["Dominican Republic"], "{groups:?}");
    // Or told in a sentence that opens on who most were.
    let groups = groups_of(
        "Thirty-seven people from a wooden boat waded ashore at Flamenco Beach on Tuesday.\n\n\
             A man said he saw them. He called the police. \"They were cold,\" he said. \"We \
             gave them water.\"\n\nMost were Dominicans, with some Haitians.",
    );
    assert_eq!(groups[0].1, ["Dominican Republic", "Haiti"], "{groups:?}");
}

#[test]
fn a_member_saying_where_all_of_them_go_gives_the_destination() {
    let groups = groups_of(
        "Forty-seven migrants reached Cáceres on Thursday.\n\nJean Dorcilien, a Haitian \
             who travelled with his wife, said all of them were going to Cuiabá.",
    );
    assert!(groups[0].2.contains(&"Cuiabá".to_string()), "{groups:?}");
}

#[test]
fn where_they_want_to_go_past_who_is_there_is_the_destination() {
    let text = "Border news\n\nThirty-four Rohingya landed on the mud flats of Shah Porir \
                    Dwip on Wednesday.\n\n\"We want to go to our relatives in the camps at \
                    Kutupalong,\" one man said.";
    let heads = first_group_places(text, |group| &group.destinations);
    assert_eq!(heads, ["Kutupalong"]);
}

#[test]
fn a_member_saying_all_of_us_before_a_country_gives_the_destination() {
    let destinations = first_group_places(
        "Border news\n\nBorder guards found 23 migrants in a forest near the fence on \
             Monday.\n\n\"All of us, Germany. Nobody stays here,\" said one of them, Dawit \
             Alemu.",
        |group| &group.destinations,
    );
    assert_eq!(destinations, ["Germany"]);
}

#[test]
fn a_country_quoted_alone_after_a_colon_then_all_of_us_is_where_they_go() {
    let destinations = first_group_places(
        "Island news\n\nThirty-seven migrants came ashore on Oinousses on Tuesday.\n\nAsked \
             where they were going, a man who gave only his first name, Nasir, said: \
             \"Germany. All of us.\" He had left Kabul in May.",
        |group| &group.destinations,
    );
    assert_eq!(destinations, ["Germany"]);
}

#[test]
fn the_men_taken_somewhere_after_the_group_is_told_are_the_group() {
    let groups = groups_of(
        "Thirty-one men who had spent nine days at sea came ashore on the Dampier \
             Peninsula this week. Residents found them resting in the shade. The men were \
             picked up by officers on Tuesday and driven to Broome, about 120 kilometres to \
             the south.",
    );
    assert!(groups[0].2.contains(&"Broome".to_string()), "{groups:?}");
}

#[test]
fn officials_meeting_about_the_group_do_not_place_it() {
    let groups = groups_of(
        "About 2,000 migrants rested in Zanatepec on Thursday.\n\nThe governor met the \
             commissioner in Oaxaca City on Monday to discuss buses for the caravan.",
    );
    assert_eq!(groups[0].2, ["Santo Domingo Zanatepec"]);
    // (A meeting with the group is where it is.)
    let groups = groups_of(
        "About 2,000 migrants rested in Zanatepec on Thursday.\n\nThe bishop met the \
             caravan in Juchitán on Friday.",
    );
    assert!(
        groups[0].2.contains(&"Juchitán de Zaragoza".to_string()),
        "{groups:?}"
    );
    // Where the men themselves met is a place of theirs.
    let groups = groups_of(
        "About 2,000 migrants rested in Zanatepec on Thursday.\n\nThe men had met in \
             Juchitán a week before.",
    );
    assert!(
        groups[0].2.contains(&"Juchitán de Zaragoza".to_string()),
        "{groups:?}"
    );
}

#[test]
fn a_boat_carrying_people_of_a_nationality_tells_of_the_group() {
    let (_, origins) = sizes_and_origins(
        "A wooden sloop carrying Haitians fleeing gang violence struck a reef off Morant \
             Bay on Tuesday.\n\nThe Coast Guard counted 62 people on Wednesday.",
    );
    assert_eq!(origins, ["Haiti"]);
    let (_, origins) = sizes_and_origins(
        "A wooden sloop crowded with Haitian migrants ran onto a reef on Tuesday.\n\nThe \
             police counted 117 people on the beach.",
    );
    assert_eq!(origins, ["Haiti"]);
    // A people in "-ese", whose plural is the singular, counted or before a noun.
    let (_, origins) = sizes_and_origins(
        "A wooden boat carrying 80 Congolese crossed the lake overnight, fishermen said.",
    );
    assert_eq!(origins, ["Democratic Republic of the Congo"]);
    let (_, origins) = sizes_and_origins(
        "A wooden boat carrying 24 Haitians and two Senegalese boatmen crossed overnight.",
    );
    assert_eq!(origins, ["Haiti"]);
    let (_, origins) = sizes_and_origins(
        "A wooden boat carrying Sudanese families crossed the lake overnight.\n\nThe \
             police counted 83 people on the beach.",
    );
    assert_eq!(origins, ["Sudan"]);
}

#[test]
fn a_transfer_still_to_come_is_neither_where_the_group_is_nor_where_it_heads() {
    let places = |body: &str| groups_of(body)[0].2.clone();
    // Nor is one they fear.
    let found = places(
        "About thirty Somalis walked across the bridge from Strabane on Wednesday.\n\n\
             Several said they had left because they feared being sent to Rwanda.",
    );
    assert!(!found.contains(&"Rwanda".to_string()), "{found:?}");
    let found = places(
        "A boat carrying 41 migrants ran aground at Puerto Arista on Saturday.\n\nThe \
             migrants are held in a naval post and will be taken to the National Migration \
             Institute's station in Tapachula.",
    );
    assert_eq!(found, ["Puerto Arista"]);
    let found = places(
        "A sloop carrying 64 Haitians struck a reef off Morant Bay on Tuesday.\n\n\
             Officials said the migrants would later be moved to a facility in Kingston.",
    );
    assert_eq!(found, ["Morant Bay"]);
    // A ride promised, not given.
    let found = places(
        "Sixty-three Sudanese were found walking near Ben Gardane on Wednesday.\n\nHawa, \
             19, said a driver had promised to take them to Sfax and had never come.",
    );
    assert!(!found.contains(&"Sfax".to_string()), "{found:?}");
    // ("would" with no transfer is no trip ahead.)
    let found = places(
        "About 150 Venezuelans crossed into Chile on foot overnight.\n\nThe delegate said \
             the group would be registered by police in Colchane.",
    );
    assert!(found.contains(&"Colchane".to_string()), "{found:?}");
}

#[test]
fn a_second_group_brought_in_mid_sentence_is_a_group_of_its_own() {
    let groups = groups_of(
        "About 300 Guatemalans walked into Tapachula on Monday, while a second group of \
             120 Cubans left Tenosique by bus. The first group had set out from Ciudad \
             Hidalgo.\n\n\
             The walkers slept in a park. The 120 Cubans reached Villahermosa at night.\n\n\
             The second group waited at the bus station. Its members said they would walk to \
             Palenque.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    let (sizes, origins, places, _) = &groups[0];
    assert_eq!(
        (sizes, origins),
        (&vec![300], &vec!["Guatemala".to_string()])
    );
    assert!(places.contains(&"Tapachula".to_string()), "{places:?}");
    assert!(!places.contains(&"Villahermosa".to_string()), "{places:?}");
    assert!(places.contains(&"Ciudad Hidalgo".to_string()), "{places:?}");
    let (sizes, origins, places, _) = &groups[1];
    assert_eq!(
        (sizes, origins),
        (&vec![120, 120], &vec!["Cuba".to_string()])
    );
    assert!(places.contains(&"Villahermosa".to_string()), "{places:?}");
    assert!(places.contains(&"Palenque".to_string()), "{places:?}");
    assert!(!places.contains(&"Tapachula".to_string()), "{places:?}");
}

/// Villagers who cross a border are a group, counted and placed like migrants.
#[test]
fn villagers_who_cross_a_border_are_a_group() {
    let (sizes, origins) = sizes_and_origins(
        "About 600 villagers from Myanmar crossed the Moei River into \
             Thailand on Tuesday night after airstrikes.",
    );
    assert_eq!((sizes, origins), (vec![600], vec!["Myanmar".to_string()]));
}

/// Countries after the people's noun are where they come from, even after the boat is told
/// to have left somewhere, and though a town in one is where they set out.
#[test]
fn countries_after_the_people_s_noun_are_origins_after_the_boat_left() {
    let (_, origins) = sizes_and_origins(
        "A boat that had left Libya ran aground off Kasos on Tuesday, and the coast guard \
             helped 53 people ashore, most of them men from Egypt and Bangladesh. One said \
             they had flown from Dhaka.",
    );
    assert_eq!(origins, ["Egypt", "Bangladesh"]);
}

/// What most do, told in the present past the lede, is background; what most of them did
/// is the group's.
#[test]
fn what_most_people_who_go_a_way_do_is_background() {
    let places = |told: &str| {
        groups_of(&format!(
            "Forty men came ashore at Saibai on Tuesday, police said.\n\n{told}"
        ))[0]
            .2
            .clone()
    };
    let indonesia = "Indonesia".to_string();
    assert!(
        !places("Most boats that reach Australia set out from Indonesia.").contains(&indonesia)
    );
    assert!(!places("Most people who go by sea set out from Indonesia.").contains(&indonesia));
    assert!(places("Most men who crossed said they set out from Indonesia.").contains(&indonesia));
}

/// A lede that opens on villagers from somewhere, on the move, tells of the group a later
/// figure counts: where they are from is its origin. (Not villagers who only speak.)
#[test]
fn a_lede_opening_on_villagers_from_somewhere_who_cross_tells_of_the_group() {
    let counted = "\n\nThe army said it had counted 341 people at the school on Monday.";
    let (sizes, origins) = sizes_and_origins(&format!(
        "UMPHANG, Thailand (AP) \u{2014} Villagers from Myanmar's Kayin State who fled \
             airstrikes crossed the Moei River into Thailand over the weekend.{counted}"
    ));
    assert_eq!(sizes, vec![341]);
    assert!(origins.contains(&"Kayin State".to_string()), "{origins:?}");
    let (_, origins) = sizes_and_origins(&format!(
        "UMPHANG, Thailand (AP) \u{2014} Villagers from Myanmar's Kayin State said on \
             Sunday that the airstrikes had stopped.{counted}"
    ));
    assert!(origins.is_empty(), "{origins:?}");
}

/// "a small boat ... ran onto the beach ..., and a second came ashore": the boat left
/// unsaid. (Not "a second time", nor a second that comes with no verb of arrival.)
#[test]
fn a_second_whose_head_is_left_out_brings_in_a_second_group() {
    let groups = groups_of(
        "A small boat carrying 58 people ran onto the beach at Dymchurch on Wednesday, \
             and a second came ashore with 43 people an hour later at Greatstone.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(
        (&groups[0].0, &groups[0].2),
        (&vec![58], &vec!["Dymchurch".into()])
    );
    assert_eq!(
        (&groups[1].0, &groups[1].2),
        (&vec![43], &vec!["Greatstone".into()])
    );
    let groups = groups_of(
        "A boat carrying 58 people ran onto the beach at Dymchurch on Wednesday, and a \
             second time at Greatstone with 43 people.",
    );
    assert_eq!(groups.len(), 1, "{groups:?}");
}

/// A second group whose figure is told with how long it has stayed "since May" has a figure
/// of its own: the month is no "may" that makes it a guess.
#[test]
fn a_second_group_there_since_may_has_its_own_figure() {
    let text = "Twenty-six asylum seekers who crossed from the north on Sunday have camped \
                    outside the town since then, police said.\n\nA second group of about 30 \
                    migrants has been living in the buffer zone near Nicosia since May.";
    let groups = groups_of(text);
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[1].0, vec![30]);
    let guessed = text.replace("has been living", "may be living");
    assert_eq!(groups_of(&guessed).len(), 1);
}

#[test]
fn a_different_boat_brings_in_a_second_group() {
    let groups = groups_of(
        "Families waited for news of a pirogue that left with about 150 people aboard.\n\n\
             On Monday, rescuers brought a different pirogue with 87 people aboard into the port \
             of Arguineguín.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[1].0, vec![87], "{groups:?}");
}

#[test]
fn a_second_group_s_figure_stands_whatever_a_relative_clause_after_it_supposes() {
    let groups = groups_of(
        "The coast guard towed a boat carrying 94 people into the harbor on Tuesday.\n\n\
             Fishermen said a second boat had landed on a beach with \"about forty\" people \
             aboard, who walked inland before anyone could speak to them.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[1].0, vec![40], "{groups:?}");
    // A figure told as a supposition is none.
    let groups = groups_of(
        "The coast guard towed a boat carrying 94 people into the harbor on Tuesday.\n\n\
             A second boat is expected next month, and 40 people could be aboard.",
    );
    assert_eq!(groups.len(), 1, "{groups:?}");
}

#[test]
fn the_second_group_takes_its_paragraph_and_the_people_it_goes_on_about() {
    let groups = groups_of(
        "Two boats reached Florida overnight.\n\n\
             The first boat, with 14 Haitians aboard, ran aground off Miami. Marie Joseph, \
             34, said they had been at sea for a week.\n\n\
             The second group, 22 Cubans, came ashore at Key West on Monday. Osmany Rivera, \
             41, said the motor had failed.\n\n\
             One of them, Yusniel Pérez, 30, said it was his third attempt.\n\n\
             Both groups were handed to the Border Patrol.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[0].0, [14]);
    assert_eq!(groups[0].3, ["Marie Joseph"]);
    assert_eq!(groups[1].0, [22]);
    assert_eq!(groups[1].1, ["Cuba"]);
    assert_eq!(groups[1].3, ["Osmany Rivera", "Yusniel Pérez"]);
}

#[test]
fn a_bare_figure_after_counting_or_saying_counts_the_group_the_story_has() {
    let (sizes, _) = sizes_and_origins(
        "About 35 Venezuelan migrants were found near the pass on Tuesday. Police said 38 \
             had left Los Andes on Sunday. Frontex counted 39. Officials said 12 had died.",
    );
    assert_eq!(sizes, [35, 38, 39]);
    // Without a group, a bare figure makes none.
    let (sizes, _) = sizes_and_origins("The agency counted 39. Police said 38 had left.");
    assert!(sizes.is_empty(), "{sizes:?}");
}

#[test]
fn dozens_and_walkers_are_counted_and_a_boat_carrying_migrants_is_the_group() {
    let (sizes, _) = sizes_and_origins(
        "Nearly two dozen Venezuelan migrants walked into the village. The Red Cross \
             counted 22 walkers, among them five children.",
    );
    assert_eq!(sizes, [24, 22]);
    let (sizes, _) =
        sizes_and_origins("Half a dozen Sri Lankan migrants reached the island on Sunday.");
    assert_eq!(sizes, [6]);
    let groups = groups_of(
        "A small boat carrying migrants from Mexico ran onto the beach at dawn. Agents \
             detained 17 people.\n\n\
             The panga had left Ensenada on Wednesday night.",
    );
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].1, ["Mexico"]);
    assert!(groups[0].2.contains(&"Ensenada".to_string()), "{groups:?}");
    // A demonym between: "carrying Haitian migrants".
    let (_, origins) = sizes_and_origins(
        "A sailboat carrying Haitian migrants ran aground on Monday. Officials said 132 \
             people had been on board.",
    );
    assert_eq!(origins, ["Haiti"]);
}

#[test]
fn a_river_they_were_carried_down_and_the_peoples_that_made_up_the_group() {
    let groups = groups_of(
        "Canoes carried about 300 migrants down the Quilca River to the village. Most had \
             walked for days. Venezuelans made up the largest share, with Ecuadorians.",
    );
    assert_eq!(groups.len(), 1, "{groups:?}");
    let (_, origins, _, _) = &groups[0];
    assert_eq!(origins, &["Venezuela", "Ecuador"]);
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Border news\n\nCanoes carried about 300 migrants down the Quilca River.",
        g.cleaner(),
    );
    let ex = extract(&g, &doc, None);
    let passed: Vec<&str> = ex.groups[0]
        .passed_through
        .iter()
        .map(|&p| ex.places[p].name.as_str())
        .collect();
    assert_eq!(passed, ["Quilca River"]);
}

#[test]
fn arrivals_are_counted_but_not_those_of_last_month() {
    let (sizes, _) = sizes_and_origins(
        "The agency registered 287 arrivals by nightfall on Wednesday. It registered 3,100 \
             new arrivals last month.",
    );
    assert_eq!(sizes, [287]);
    // Nor those counted between two days.
    let (sizes, _) = sizes_and_origins(
        "The agency registered 287 arrivals by nightfall on Wednesday. More than 780 \
             people left between April 24 and Tuesday.",
    );
    assert_eq!(sizes, [287]);
    // (The hours of one crossing date no period.)
    let (sizes, _) = sizes_and_origins(
        "Some 1,800 migrants crossed the river between Sunday night and Monday afternoon.",
    );
    assert_eq!(sizes, [1800]);
}

#[test]
fn children_travelling_alone_are_a_group_and_those_among_a_group_a_part_of_it() {
    let (sizes, _) = sizes_and_origins("Soldiers found 73 children travelling alone in a trailer.");
    assert_eq!(sizes, [73]);
    for (text, size) in [
        (
            "A sloop carrying 67 Haitians, among them 14 children, ran aground.",
            67,
        ),
        (
            "A boat with 40 migrants, including 12 minors, landed at dawn.",
            40,
        ),
    ] {
        assert_eq!(sizes_and_origins(text).0, [size], "{text}");
    }
}

#[test]
fn a_second_group_may_come_in_before_its_figure() {
    let groups = groups_of(
        "Some 350 migrants slept in the plaza of Nuevo Laredo this week.\n\n\
             A second, smaller group arrived on Tuesday night. Forty Haitians got off two vans \
             after a week on the road.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!((&groups[0].0, &groups[1].0), (&vec![350], &vec![40]));
    assert_eq!(groups[1].1, ["Haiti"]);
}

#[test]
fn people_counted_at_another_time_or_apart_are_a_group_of_their_own() {
    for (text, second) in [
        (
            "A flight carrying 180 Haitians landed in Managua on Thursday night.\n\n\
                 Earlier on Thursday, about 150 Cubans arrived on a flight from Havana.",
            150,
        ),
        (
            "About 9,000 migrants are waiting in Ciudad Juárez, the mayor said.\n\n\
                 The figure does not include some 3,000 foreigners travelling in a caravan.",
            3000,
        ),
        (
            "About 500 migrants crossed the bridge into Ipiales on Monday.\n\n\
                 Cars on the bridge also moved the other way. Some 70 Venezuelans who had left \
                 Quito boarded buses north.",
            70,
        ),
        (
            "About 500 migrants crossed the bridge into Ipiales on Monday.\n\n\
                 Some 70 Venezuelans headed the other way, to Quito.",
            70,
        ),
        (
            "Police found 11 asylum seekers in a field near Emerson.\n\n\
                 It came a week after agents stopped 17 Indian nationals near the lake.",
            17,
        ),
        (
            "About 50 people left the beach at Le Havre in a dinghy on Friday.\n\n\
                 Further west, some 30 migrants were stopped on the sand at Dieppe.",
            30,
        ),
        (
            "A boat carrying 231 people reached La Restinga late on Monday, the rescue \
                 service said.\n\n\
                 The Red Cross said it had attended 227 people, among them 19 women.\n\n\
                 Hours earlier, a rubber boat with 48 people, most of them Moroccans, was \
                 intercepted off Lanzarote.",
            48,
        ),
    ] {
        let groups = groups_of(text);
        assert_eq!(groups.len(), 2, "{text}: {groups:?}");
        assert_eq!(groups[1].0, [second], "{text}: {groups:?}");
    }
    // Not a count before the cue, nor "earlier" inside a sentence, nor the story's own
    // group told first after the cue.
    for text in [
        "Earlier on Thursday, about 150 Cubans arrived in Managua on a flight.\n\n\
             They said they would go on to Tijuana.",
        "About 400 asylum seekers camped in Tijuana.\n\n\
             Between 300 and 400 were still there on Wednesday, a week after the rules changed.",
        "About 400 asylum seekers camped in Tijuana.\n\n\
             Officials said earlier that 150 Cubans had joined them.",
    ] {
        assert_eq!(groups_of(text).len(), 1, "{text}");
    }
}

#[test]
fn a_region_after_a_country_s_possessive_is_where_the_group_is_too() {
    let [at, ..] = places_of_group(
        "Crossing\n\nAbout 60 Venezuelans crossed the river and were stopped in Aguas \
             Blancas, a town in Argentina's Salta province.",
    );
    assert!(at.contains(&"Salta".to_string()), "{at:?}");
}

#[test]
fn a_country_a_boat_s_people_are_said_to_be_from_that_holds_where_they_left_is_no_home() {
    let text = "DIAKOFTI, Greece (AP) — A sailboat carrying migrants from Turkey broke \
                    apart outside Diakofti, and islanders hauled 40 survivors out of the \
                    surf.\n\nThe boat had left from a beach near Fethiye, on Turkey's southern \
                    coast, said Naqibullah Hotaki, 27, from Afghanistan's Ghazni province.";
    let (_, origins) = sizes_and_origins(text);
    assert!(!origins.contains(&"Turkey".to_string()), "{origins:?}");
    assert!(origins.contains(&"Afghanistan".to_string()), "{origins:?}");
    // Where they are said to be from holds no town they left: it is their home.
    let text = "A sailboat carrying 40 migrants from Turkey broke apart outside Diakofti, \
                    said Naqibullah Hotaki, 27, from Afghanistan's Ghazni province.";
    let (_, origins) = sizes_and_origins(text);
    assert!(origins.contains(&"Turkey".to_string()), "{origins:?}");
}

#[test]
fn the_shore_of_a_place_a_group_is_on_is_in_that_place_but_not_a_town_s_apposition() {
    let at = |body: &str| places_of_group(body)[0].clone();
    let on_the_coast = at(
        "Boat\n\nIERAPETRA, Greece (AP) — A boat with 187 people was towed into \
             the port of this town on Crete's southern coast on Wednesday.",
    );
    assert!(
        on_the_coast.contains(&"Crete".to_string()),
        "{on_the_coast:?}"
    );
    let at_the_border =
        at("Border\n\nAbout 40 migrants were stranded on Mexico's northern border.");
    assert!(
        at_the_border.contains(&"Mexico".to_string()),
        "{at_the_border:?}"
    );
    let town_told = at(
        "Sloop\n\nBIMINI, Bahamas (AP) — A sloop carrying 97 Haitians ran aground, \
             six days after leaving Port-de-Paix, on Haiti's northern coast.",
    );
    assert!(!town_told.contains(&"Haiti".to_string()), "{town_told:?}");
    // Opening the headline, with no word before it.
    let headline = at(
        "On Crete's southern coast, 40 migrants land\n\nCHANIA, Greece (AP) \
             — Forty migrants landed on Tuesday.",
    );
    assert!(headline.contains(&"Crete".to_string()), "{headline:?}");
}

#[test]
fn where_a_group_sat_beside_a_road_is_where_it_is() {
    let [at, ..] = places_of_group(
        "Desert walk\n\nAgents picked up 47 migrants who had sat down beside Interstate 8 \
             to wait for them.",
    );
    assert_eq!(at, ["Interstate 8"]);
}

#[test]
fn it_moving_right_after_a_group_sentence_is_the_group() {
    let [at, ..] = places_of_group(
        "Border news\n\nAbout 500 Hondurans left San Pedro Sula on Wednesday. The group \
             had met at the bus terminal. By the time it reached Choloma at midday, dozens had \
             given up.",
    );
    assert!(at.contains(&"Choloma".to_string()), "{at:?}");
    // Not the storm of a sentence further on.
    let [at, ..] = places_of_group(
        "Border news\n\nAbout 500 Hondurans left San Pedro Sula on Wednesday. The mayor \
             spoke about the budget. When it reached Choloma, the storm weakened.",
    );
    assert!(!at.contains(&"Choloma".to_string()), "{at:?}");
}

#[test]
fn a_second_group_placed_nowhere_is_where_the_story_is_filed() {
    let groups = groups_of(
        "NUEVO LAREDO, Mexico — Some 350 migrants slept in a plaza this week.\n\n\
             A second, smaller group arrived on Tuesday night. Forty Haitians got off two vans \
             outside the shelter.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert!(
        groups[1].2.contains(&"Nuevo Laredo".to_string()),
        "{groups:?}"
    );
}

#[test]
fn the_road_from_a_town_is_where_they_left_and_its_state_went_with_it() {
    let [at, _, left, _] = places_of_group(
        "Border news\n\nAbout 300 migrants reached Nuevo Laredo on Tuesday after a week on \
             the road from Tapachula, in Chiapas.",
    );
    assert_eq!(left, ["Chiapas", "Tapachula"]);
    assert_eq!(at, ["Nuevo Laredo"]);
}

#[test]
fn an_attribution_between_commas_does_not_cut_the_way_gone_from_its_verb() {
    let [at, passed, _, _] = places_of_group(
        "Workers home\n\nPOIPET, Cambodia (AFP) — Seventy-eight Cambodian workers reached \
             the crossing at Poipet on Wednesday. They had driven through the night, the \
             workers said, across Sa Kaeo province to the Thai border town of Aranyaprathet.",
    );
    assert!(
        [&at, &passed]
            .iter()
            .any(|v| v.contains(&"Aranyaprathet".to_string())),
        "{at:?} {passed:?}"
    );
    // Still to come, it is no leg gone.
    let [at, passed, _, _] = places_of_group(
        "Workers home\n\nPOIPET, Cambodia (AFP) — Seventy-eight Cambodian workers reached \
             the crossing at Poipet on Wednesday. They plan to drive through the night, the \
             workers said, across Sa Kaeo province to the Thai border town of Aranyaprathet.",
    );
    assert!(
        ![&at, &passed]
            .iter()
            .any(|v| v.contains(&"Aranyaprathet".to_string())),
        "{at:?} {passed:?}"
    );
}

#[test]
fn a_town_fled_is_one_left_and_its_named_country_where_they_come_from() {
    let [_, _, left, origins] = places_of_group(
        "Border\n\nRUBAVU, Rwanda (Reuters) — More than 1,200 people fleeing the fighting in \
             Goma crossed into Rwanda on Wednesday. Congo has cut ties with Rwanda.",
    );
    assert!(left.contains(&"Goma".to_string()), "{left:?}");
    assert_eq!(origins, ["Democratic Republic of the Congo"]);
    // A region fled from is home and a place left, and so is the region it lies in.
    let [_, _, left, mut origins] = places_of_group(
        "Border\n\nNSANJE, Malawi (AP) — More than 2,400 Mozambicans have crossed into \
             Malawi this week.\n\nMost of the refugees said they had fled from Morrumbala \
             district, in Mozambique's Zambezia province, where police clashed with protesters.",
    );
    origins.sort();
    assert_eq!(origins, ["Morrumbala district", "Mozambique", "Zambezia"]);
    assert!(
        left.contains(&"Morrumbala district".to_string()),
        "{left:?}"
    );
}

#[test]
fn a_second_group_needs_its_own_figure_told_in_the_story() {
    for text in [
        // In the headline, "another caravan" is the story's.
        "About 3,000 migrants left Tapachula on Monday, heading for Mexico City.",
        // "The second day" brings in no group.
        "Some 300 migrants left Tapachula on Monday. On the second day the group of 300 \
             migrants reached Huixtla.",
        // The figure is the first group's, told before.
        "A charter flight carrying 130 deportees landed in San Pedro Sula on Tuesday. It \
             was the second flight this week from Texas. The 130 passengers were given food.",
        // Only a figure that may come.
        "A caravan of 2,000 migrants left Tapachula on Monday. Another caravan is expected \
             next month, and organisers said 500 people could join it.",
        // The same people, on another bus.
        "Some 45 migrants left Arriaga on Monday. In Juchitan they boarded another bus. \
             About 20 migrants got off in Oaxaca.",
    ] {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            &format!("Another caravan of 3,000 migrants sets out\n\n{text}"),
            g.cleaner(),
        );
        let ex = extract(&g, &doc, None);
        assert_eq!(ex.groups.len(), 1, "{text}");
    }
}

#[test]
fn a_count_in_a_day_is_a_rate_and_one_a_group_includes_a_part() {
    let (sizes, _) = sizes_and_origins(
        "The caravan of 200 migrants includes 40 children. Police detained 1,200 migrants \
             in a day last month.",
    );
    assert_eq!(sizes, [200]);
}

#[test]
fn both_groups_take_what_both_did() {
    let groups = groups_of(
        "A bus carrying 40 migrants pulled into Chicago on Thursday. A second bus, with \
             35 people aboard, reached Denver later. Both had left Eagle Pass on Tuesday.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    for (_, _, places, _) in &groups {
        assert!(places.contains(&"Eagle Pass".to_string()), "{places:?}");
    }
    assert!(!groups[0].2.contains(&"Denver".to_string()));
    assert!(!groups[1].2.contains(&"Chicago".to_string()));
}

#[test]
fn a_second_flight_that_renames_the_first_or_has_no_figure_is_no_second_group() {
    // After a comma, "the second flight" is the one just told of.
    let groups = groups_of(
        "A charter flight landed in San Pedro Sula on Tuesday, the second flight of 130 \
             deportees from Texas this week.",
    );
    assert_eq!(groups.len(), 1, "{groups:?}");
    // A second caravan with no figure of its own is the background of the first.
    let groups = groups_of(
        "A caravan of 2,000 migrants left Tapachula on Monday. Another caravan is \
             expected to form next month.",
    );
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].0, [2000]);
    // After a comma that ends an opening phrase, "a second group" is one.
    let groups = groups_of(
        "About 250 migrants camped outside Boulevard on Monday.\n\nA few miles to the \
             south, a second group of 40 men was found near Tecate.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
}

#[test]
fn countries_after_the_people_a_boat_carries_are_where_they_come_from() {
    let (_, origins) = sizes_and_origins(
        "A dinghy carrying about 40 people from Afghanistan, Syria and Eritrea reached \
             Samos on Wednesday.",
    );
    assert_eq!(origins, ["Afghanistan", "Syria", "Eritrea"]);
    // A people named for the country they fled (countries.tsv).
    let (_, origins) = sizes_and_origins(
        "A wooden boat carrying 196 Rohingya refugees landed on Langkawi on Sunday.",
    );
    assert_eq!(origins, ["Myanmar"]);
    // A town there is where the vehicle set out.
    let [_, _, left, _] = places_of_group(
        "Bus arrives\n\nA bus carrying 42 migrants from Laredo pulled into Denver.",
    );
    assert_eq!(left, ["Laredo"]);
}

#[test]
fn a_crowd_counted_in_words_that_opens_the_story_is_a_group() {
    let (_, origins) =
        sizes_and_origins("Several hundred Haitians crossed into Canada on foot on Friday.");
    assert_eq!(origins, ["Haiti"]);
    let (_, origins) = sizes_and_origins(
        "Each morning a boat unloaded a dozen or more Cubans on the ramp at Tulum.",
    );
    assert_eq!(origins, ["Cuba"]);
    // Later in a story it is background.
    let g = Gazetteer::builtin();
    let text = "Border news\n\nThe mayor spoke.\n\nThe council met.\n\nBuses ran late.\n\n\
                    Thousands of Haitians have crossed this year.";
    let ex = extract(&g, &Doc::new(text, g.cleaner()), None);
    assert!(ex.groups.is_empty());
}

#[test]
fn a_sentence_that_opens_after_a_dateline_opens_on_its_own_words() {
    let groups = groups_of(
        "PALENQUE, Mexico, May 2 (AFP) - Families slept in the plaza of this small town on \
             Wednesday. About 300 people had camped in Tenosique the week before.",
    );
    assert!(groups[0].2.contains(&"Palenque".to_string()), "{groups:?}");
    // A hyphen inside a word is no dateline's dash.
    let groups = groups_of(
        "Most U.S.-bound travellers crossed at Eagle Pass on Monday. About 300 people had \
             camped in Piedras Negras the week before.",
    );
    assert!(
        groups[0].2.contains(&"Eagle Pass".to_string()),
        "{groups:?}"
    );
}

#[test]
fn a_vehicle_added_in_a_data_file_is_read_as_one() {
    let text = "Border news\n\nAbout 400 asylum seekers reached Canada on Friday. Most had \
                    taken ferries to Plattsburgh and walked on.";
    let [at, ..] = places_of_group(text);
    assert!(!at.contains(&"Plattsburgh".to_string()), "{at:?}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("triggers.tsv"), "vehicle\tferries\n").unwrap();
    let g = Gazetteer::with_extra(dir.path()).unwrap();
    let [at, ..] = places_of_group_read_with(&g, text);
    assert!(at.contains(&"Plattsburgh".to_string()), "{at:?}");
}

#[test]
fn how_many_people_live_in_a_place_is_no_group_size() {
    for population in [
        "Uruguaiana, a city of about 120,000 people, lies across the river",
        "Mayotte, a French department of about 320,000 people, receives boats",
        "The village, home to about 300 people, has no bus",
        "Residents of Chora Sfakion, which has fewer than 300 people in winter, gave bread",
    ] {
        let (sizes, _) = sizes_and_origins(&format!(
            "About 87 migrants crossed the bridge. {population}."
        ));
        assert_eq!(sizes, [87], "{population}");
    }
    // A caravan of so many is its size.
    let (sizes, _) = sizes_and_origins("A caravan of about 300 migrants crossed the bridge.");
    assert_eq!(sizes, [300]);
}

#[test]
fn the_crowd_is_the_group_and_where_they_were_deported_from_is_where_they_left() {
    let [at, _, departed, _] = places_of_group(
        "Border news\n\nBuses carrying Haitians deported from Santo Domingo unloaded their \
             passengers at the border on Monday, and the crowd walked across a stream into \
             Ouanaminthe.\n\nOfficials said 612 people were deported on Monday.",
    );
    assert!(at.contains(&"Ouanaminthe".to_string()), "{at:?}");
    assert_eq!(departed, ["Santo Domingo"]);
}

#[test]
fn where_they_sailed_from_or_took_boats_from_is_where_they_left() {
    let [_, _, departed, _] = places_of_group(
        "Border news\n\nAbout 200 migrants came ashore in Jaqué on Tuesday after sailing \
             through the night from Juradó. Many had taken boats from Buenaventura, several \
             said.",
    );
    assert_eq!(departed, ["Buenaventura", "Juradó"]);
}

#[test]
fn countries_listed_after_one_with_of_in_its_name_and_independence_from_one() {
    let (_, origins) = sizes_and_origins(
        "About 19 migrants reached the island. Most of them were from the Democratic Republic \
             of Congo and Burundi. The migrants said the islands chose independence from France.",
    );
    assert_eq!(origins, ["Democratic Republic of the Congo", "Burundi"]);
}

#[test]
fn a_leg_they_flew_or_rode_themselves_is_a_stop_and_not_where_they_head() {
    for flown in ["flown to", "flown into"] {
        let body = format!(
            "About 400 asylum seekers reached Canada on Friday. Many had {flown} Toronto \
                 and taken buses east to Cornwall."
        );
        let [at, ..] = places_of_group(&format!("Border news\n\n{body}"));
        assert_eq!(at, ["Canada", "Cornwall", "Toronto"], "{flown}");
        let (_, headed) = route(&body);
        assert!(headed.is_empty(), "{flown}: {headed:?}");
    }
    // A ride told with where it began.
    let body = "About 40 migrants crossed the Evros on Monday. Many had taken buses from \
                    Istanbul to Edirne and walked on. The group paid 1,500 euros to a smuggler in \
                    Edirne.";
    let [at, ..] = places_of_group(&format!("Border news\n\n{body}"));
    assert!(at.contains(&"Edirne".to_string()), "{at:?}");
    let (_, headed) = route(body);
    assert!(headed.is_empty(), "{headed:?}");
    // Where they were flown is where they were sent.
    let (_, headed) =
        route("About 400 asylum seekers reached Canada on Friday. They were flown to Toronto.");
    assert_eq!(headed, ["Toronto"]);
    // A further leg after the comma, "then on to".
    for then in ["then to", "then on to"] {
        let body = format!(
            "Police found 27 men in a boat on Monday. One of them said the group had flown \
                 from Dhaka to Jakarta, {then} Kupang."
        );
        let [at, ..] = places_of_group(&format!("Border news\n\n{body}"));
        assert!(at.contains(&"Kupang".to_string()), "{then}: {at:?}");
    }
}

#[test]
fn a_goal_not_yet_reached_is_where_they_head_and_not_where_they_were_taken() {
    let (_, headed) = route(
        "About 23 migrants crossed into Maine on Tuesday. They were taken to the station in \
             Houlton for processing. The group wanted to reach New York City.",
    );
    assert_eq!(headed, ["New York City"]);
    // So is where they were taken by boat.
    let (_, headed) = route(
        "About 46 migrants landed near Livingston on Tuesday. The migrants were taken by \
             boat to Puerto Barrios. They hoped to head for the United States.",
    );
    assert_eq!(headed, ["United States"]);
    let [at, ..] = places_of_group(
        "Boat lands\n\nAbout 46 migrants landed near Livingston on Tuesday. The migrants \
             were taken by boat to Puerto Barrios.",
    );
    assert!(at.contains(&"Puerto Barrios".to_string()), "{at:?}");
    // With no goal told, where they were taken is where they were headed.
    let (_, headed) = route(
        "About 23 migrants crossed into Maine on Tuesday. They were taken to the station in \
             Houlton for processing.",
    );
    assert_eq!(headed, ["Houlton"]);
    // Going home is a goal too, and where they were brought on the way is not.
    let (_, headed) = route(
        "About 150 Venezuelans heading home crossed into Guabito on Wednesday. From there \
             they plan to take boats toward Colombia.",
    );
    assert!(headed.contains(&"Venezuela".to_string()), "{headed:?}");
    assert!(!headed.contains(&"Guabito".to_string()), "{headed:?}");
}

#[test]
fn a_speaker_who_goes_on_to_tell_of_the_group_tells_where_it_heads() {
    let headed = |report: &str| {
        let (_, headed) = route(&format!(
            "About 400 migrants waded the river on Friday. \"We went in together,\" said \
                 Deiby Escalona, 34, from Caracas, who said {report} to reach Houston."
        ));
        headed
    };
    assert_eq!(headed("the group wanted"), ["Houston"]);
    assert_eq!(headed("everyone hoped"), ["Houston"]);
    // What the speaker says of herself is still hers.
    assert!(headed("she hoped").is_empty());
}

#[test]
fn who_took_buses_to_a_town_were_there_on_their_way() {
    let at = |body: &str| {
        let [at, ..] = places_of_group(&format!("Border news\n\n{body}"));
        at
    };
    let body = "About 400 asylum seekers reached Canada on Friday. Most had taken buses or \
                    taxis to Plattsburgh and walked on.";
    assert!(at(body).contains(&"Plattsburgh".to_string()));
    let (_, headed) = route(body);
    assert!(headed.is_empty(), "{headed:?}");
    for ride in [
        "had ridden freight trains to",
        "had travelled north by bus to",
    ] {
        let found = at(&format!(
            "About 400 asylum seekers reached Canada on Friday. Most {ride} Plattsburgh and \
                 walked on."
        ));
        assert!(
            found.contains(&"Plattsburgh".to_string()),
            "{ride}: {found:?}"
        );
    }
    // Whither they were taken is no stop of theirs.
    for taken in ["were taken back by bus to", "are taken by bus to"] {
        let found = at(&format!(
            "About 400 asylum seekers reached Canada on Friday. Most {taken} Plattsburgh."
        ));
        assert!(
            !found.contains(&"Plattsburgh".to_string()),
            "{taken}: {found:?}"
        );
    }
}

#[test]
fn the_plane_that_carries_them_tells_where_they_left() {
    let groups = groups_of(
        "A flight with 120 deportees landed in San Pedro Sula on Friday. The plane, run for \
             the immigration agency, left Alexandria, Louisiana, early in the morning.",
    );
    assert!(
        groups[0].2.contains(&"Alexandria".to_string()),
        "{groups:?}"
    );
}

#[test]
fn where_they_crossed_a_river_from_is_where_they_left() {
    let groups = groups_of(
        "About 60 children were found in a trailer in Acayucan. They had crossed the \
             Suchiate River from Guatemala on rafts.",
    );
    assert!(groups[0].2.contains(&"Guatemala".to_string()), "{groups:?}");
    // So is where they walked into a country from; where they travelled into, they are.
    let [at, _, left, _] = places_of_group(
        "Border news\n\nNinety-four migrants walked into Chile from the Bolivian village of \
             Charaña. Most had travelled overland from Peru into Bolivia.",
    );
    assert_eq!(
        (at, left),
        (
            vec!["Bolivia".to_string(), "Chile".to_string()],
            vec!["Charaña".to_string(), "Peru".to_string()]
        )
    );
}

#[test]
fn the_travellers_are_the_group() {
    let groups = groups_of(
        "About 90 people asked for refuge at the airport on Friday. It rained all day. \
             The travelers, most of them from Nepal, had waited two days in Doha.",
    );
    assert!(groups[0].2.contains(&"Doha".to_string()), "{groups:?}");
}

#[test]
fn a_road_or_river_they_went_by_is_passed_and_a_town_across_it_reached() {
    let passed = |body: &str| {
        let [_, passed, ..] = places_of_group(&format!("Border news\n\n{body}"));
        passed
    };
    for way in ["on", "along"] {
        let found = passed(&format!(
            "Buses carried about 700 migrants north {way} the Inter-American Highway on \
                 Wednesday."
        ));
        assert_eq!(found, ["Inter-American Highway"], "{way}");
    }
    assert_eq!(
        passed("About 300 migrants walked across the bridge over the Suchiate River."),
        ["Suchiate River"]
    );
    // Across a river into a town: they are there.
    let [at, ..] = places_of_group(
        "Border news\n\nAbout 300 migrants carried bundles over the bridge across the \
             Suchiate River into the Guatemalan town of Tecún Umán.",
    );
    assert!(at.contains(&"Tecún Umán".to_string()), "{at:?}");
    // "on" before a town is no road.
    assert!(passed("About 700 migrants waited on Tapachula's main square.").is_empty());
}

#[test]
fn they_who_were_intercepted_somewhere_are_the_group_there() {
    let groups = groups_of(
        "Agents stopped a group of about 300 migrants who had left Tapachula on Sunday. \
             Most were Venezuelans. They were intercepted at Huixtla, in Chiapas, and put on \
             buses.",
    );
    assert!(groups[0].2.contains(&"Huixtla".to_string()), "{groups:?}");
}

#[test]
fn the_marchers_are_the_group() {
    let (_, origins) = sizes_and_origins(
        "A caravan of 900 left at dawn. The marchers, mostly Hondurans and Guatemalans, \
             walked north.",
    );
    assert_eq!(origins, ["Honduras", "Guatemala"]);
}

#[test]
fn a_column_of_people_is_a_group_by_its_noun_alone() {
    // "Roughly a thousand" counts nobody by itself: the noun before it does.
    let (sizes, _) = sizes_and_origins(
        "A column of roughly a thousand set out on foot at dawn from the border town.",
    );
    assert_eq!(sizes, [1000]);
}

#[test]
fn a_they_sentence_that_moves_follows_the_group_of_an_article_that_has_one() {
    let g = Gazetteer::builtin();
    let places = |body: &str| {
        let doc = Doc::new(&format!("Border news\n\n{body}"), g.cleaner());
        let ex = extract(&g, &doc, None);
        ex.groups
            .first()
            .map(|group| {
                let names = |v: &[usize]| -> Vec<String> {
                    v.iter().map(|&p| ex.places[p].name.clone()).collect()
                };
                (names(&group.passed_through), names(&group.destinations))
            })
            .unwrap_or_default()
    };
    let (through, to) = places(
        "About 2,000 migrants left the shelter at dawn. By noon they had passed through \
             Huixtla. Most said they planned to continue to Oaxaca.",
    );
    assert_eq!(through, ["Huixtla"]);
    assert_eq!(to, ["Oaxaca"]);
    let (_, to) = places(
        "About 2,000 migrants left the shelter at dawn. They said they were going to Puebla.",
    );
    assert_eq!(to, ["Puebla"]);
    let (_, to) = places("About 20 Cubans put to sea on a raft. They were aiming for Key West.");
    assert_eq!(to, ["Key West"]);
    let (_, to) = places(
        "About 120 migrants waited at the border. They say they are going back to Peru, \
             and the marchers would walk to Lima.",
    );
    assert_eq!(to, ["Peru", "Lima"]);
    let [_, _, departed, _] = places_of_group(
        "Border news\n\nAbout 2,000 migrants waited on the beach. Most arrived by bus from \
             Oaxaca. Some men arrived by bus from Puebla.",
    );
    assert_eq!(departed, ["Oaxaca"]);
    let [_, _, departed, _] = places_of_group(
        "Border news\n\nAbout 2,000 migrants waited on the beach. Most had travelled north \
             from Oaxaca, and want to go on.",
    );
    assert_eq!(departed, ["Oaxaca"]);
    // Landing and being driven are moves too.
    let [at, _, departed, _] = places_of_group(
        "Border news\n\nAbout 450 migrants crossed into Honduras. Most had landed in \
             Managua on flights from Havana and were driven north to Somotillo.",
    );
    assert_eq!(
        (at, departed),
        (
            vec![
                "Honduras".to_string(),
                "Managua".to_string(),
                "Somotillo".to_string()
            ],
            vec!["Havana".to_string()]
        )
    );
    let [_, through, departed, _] = places_of_group(
        "Border news\n\nAbout 300 migrants waited in El Paso. Nearly all had waded across \
             the Rio Grande from Ciudad Juárez.",
    );
    assert_eq!(
        (through, departed),
        (
            vec!["Rio Grande".to_string()],
            vec!["Ciudad Juárez".to_string()]
        )
    );
    let [_, _, departed, _] = places_of_group(
        "Border news\n\nAbout 300 migrants crossed into Canada. Most had come by bus from \
             Buffalo.",
    );
    assert_eq!(departed, ["Buffalo"]);
    let [_, _, departed, _] = places_of_group(
        "Border news\n\nAbout 300 migrants crossed into Mexico. Many had walked from \
             Santa Elena and Flores, in Guatemala.",
    );
    // (Guatemala holds the towns they left, so they left it too.)
    assert_eq!(departed, ["Flores", "Guatemala", "Santa Elena"]);
    let [_, through, ..] = places_of_group(
        "Border news\n\nAbout 300 migrants were deported on Monday. The mayor spoke. Men, \
             women and children carried bundles across the Massacre River.",
    );
    assert_eq!(through, ["Massacre River"]);
    // What carries them: "The buses left X".
    let [_, _, departed, _] = places_of_group(
        "Border news\n\nBuses dropped off about 300 migrants in Chicago. The mayor spoke. \
             The buses left Laredo on Monday.",
    );
    assert_eq!(departed, ["Laredo"]);
    let [_, _, departed, _] = places_of_group(
        "Boat\n\nA fishing boat carrying 102 refugees drifted ashore. The mayor spoke. The \
             trawler had left from Cox's Bazar in January.",
    );
    assert_eq!(departed, ["Cox’s Bāzār"]);
    // Whom it carries: "The passengers had left from X".
    let [_, _, departed, _] = places_of_group(
        "Boat\n\nThe navy stopped a boat carrying 60 Haitians. The mayor spoke. The \
             passengers had left from Jérémie two days earlier.",
    );
    assert_eq!(departed, ["Jérémie"]);
    // What carries them, told by others: "Passengers said the boat had left X".
    let [_, _, departed, _] = places_of_group(
        "Boat\n\nThe navy stopped a boat carrying 60 Haitians. The mayor spoke. Passengers \
             said the boat had left from Jérémie two days earlier.",
    );
    assert_eq!(departed, ["Jérémie"]);
    let [_, through, ..] = places_of_group(
        "Border news\n\nAbout 300 migrants waited in Danlí. The mayor spoke. The people \
             waiting there had walked through Trojes.",
    );
    assert_eq!(through, ["Trojes"]);
    // The places of a quote's attribution are the speaker's; what is said follows "said".
    let [at, ..] = places_of_group(
        "Border news\n\nAbout 300 migrants crossed into Mexico. \"The people we see here \
             have travelled for days,\" said Ana Ruiz, a spokeswoman in Lima.",
    );
    assert_eq!(at, ["Mexico"]);
    let [at, ..] = places_of_group(
        "Border news\n\nAna Ruiz, a local official, said about 300 migrants were waiting \
             in Tumbes.",
    );
    assert_eq!(at, ["Tumbes"]);
    // Nor where an office is.
    let [at, ..] = places_of_group(
        "Border news\n\nThe head of UNHCR's office in Abeche, Ana Ruiz, counted about 300 \
             migrants in Adré.",
    );
    assert_eq!(at, ["Adré"]);
    // Nor is the place an official's title names.
    let [at, ..] = places_of_group(
        "Border news\n\nAna Ruiz, the mayor of Lima, said about 300 migrants were waiting \
             in Tumbes.",
    );
    assert_eq!(at, ["Tumbes"]);
    // A boat stopped "off" a coast town is there.
    let [at, ..] = places_of_group(
        "Boat\n\nThe navy stopped a boat carrying 60 Haitians about 20 miles off Key West.",
    );
    assert_eq!(at, ["Key West"]);
    // Where they stayed or were held, too.
    let [at, ..] = places_of_group(
        "Border news\n\nAbout 300 migrants crossed into Mexico. The mayor spoke. Many \
             had spent the night in Huixtla.",
    );
    assert_eq!(at, ["Huixtla", "Mexico"]);
    // Right after a group sentence, "they" may come later in the sentence.
    let late_they = "From Nicaragua, which lets Cubans in without a visa, they crossed \
                         Honduras by bus.";
    let (through, _) = places(&format!(
        "About 40 Cubans arrived in Tijuana on Sunday. {late_they}"
    ));
    assert_eq!(through, ["Honduras"]);
    let (through, _) = places(&format!(
        "About 40 Cubans arrived in Tijuana on Sunday. The mayor spoke. {late_they}"
    ));
    assert!(through.is_empty(), "{through:?}");
    // No group, nothing to follow.
    assert_eq!(
        places("By noon they had passed through Huixtla."),
        (vec![], vec![])
    );
}

#[test]
fn a_plural_demonym_after_a_figure_counts_people() {
    let (sizes, origins) =
        sizes_and_origins("Guards sent more than 1,100 Haitians back across the river on Monday.");
    assert_eq!(sizes, [1100]);
    assert_eq!(origins, ["Haiti"]);
}

#[test]
fn the_country_of_villages_people_came_from_is_an_origin_past_a_compass_word() {
    let (_, origins) = sizes_and_origins(
        "About 150 people from villages in eastern Burkina Faso crossed into Togo.",
    );
    assert_eq!(origins, ["Burkina Faso"]);
}

#[test]
fn figures_of_peoples_listed_with_no_total_count_the_group_together() {
    let (sizes, origins) = sizes_and_origins(
        "A boat reached the island on Wednesday. The coast guard said those on board were \
             23 Guineans, 17 Ivorians and six Malians.",
    );
    assert_eq!(sizes, [46]);
    assert_eq!(origins, ["Guinea", "Ivory Coast", "Mali"]);
    // With a total, the list breaks it down; after "among them", it is a part.
    let (sizes, _) = sizes_and_origins(
        "The coast guard found 52 migrants: 23 Guineans, 17 Ivorians and 12 Malians.",
    );
    assert_eq!(sizes, [52]);
    let (sizes, _) = sizes_and_origins(
        "The coast guard found 52 migrants on the boat. Among them were 23 Guineans and \
             17 Ivorians.",
    );
    assert_eq!(sizes, [52]);
}

#[test]
fn a_demonym_of_several_words_after_a_figure_counts_people() {
    for (text, size, origin) in [
        (
            "Thirty Sri Lankan men reached the island on Tuesday.",
            30,
            "Sri Lanka",
        ),
        (
            "Police said 44 Sri Lankans landed near the port.",
            44,
            "Sri Lanka",
        ),
        (
            "Twelve South Sudanese were rescued off the coast.",
            12,
            "South Sudan",
        ),
        (
            "Hundreds of Sri Lankans reached the island on Tuesday.",
            0,
            "Sri Lanka",
        ),
    ] {
        let (sizes, origins) = sizes_and_origins(text);
        assert_eq!(sizes, if size == 0 { vec![] } else { vec![size] }, "{text}");
        assert_eq!(origins, [origin], "{text}");
    }
    // A demonym that qualifies a noun other than people's counts nobody.
    let (sizes, _) = sizes_and_origins("Thirty South African companies opened offices.");
    assert!(sizes.is_empty());
}

#[test]
fn a_tally_is_a_size_and_others_who_came_from_somewhere_are_origins() {
    let (sizes, origins) = sizes_and_origins(
        "About 900 migrants reached the park. Officials put the number of new arrivals at \
             1,147, most of them Hondurans. Others came from Haiti and Ecuador.",
    );
    assert_eq!(sizes, [900, 1147]);
    assert_eq!(origins, ["Honduras", "Haiti", "Ecuador"]);
    // "families from X" joining it, told just after.
    let (_, origins) = sizes_and_origins(
        "About 400 migrants waited at the bridge. Overnight, the line grew as families from \
             Peru and Bolivia joined it.",
    );
    assert_eq!(origins, ["Peru", "Bolivia"]);
}

#[test]
fn the_peoples_those_counted_were_are_their_origins() {
    let (_, origins) = sizes_and_origins(
        "About 250 migrants left the city on Tuesday night. Staff counted 268 at the \
             station. The passengers were mostly Nigerians, Ghanaians and Senegalese, with a few \
             Malians.",
    );
    assert_eq!(origins, ["Nigeria", "Ghana", "Senegal", "Mali"]);
}

#[test]
fn who_the_members_are_may_be_told_three_sentences_after_the_group() {
    let (_, origins) = sizes_and_origins(
        "About 150 migrants slept under the bridge. The mayor said \"nearly 200\" were \
             there. Volunteers bring breakfast. Most of the people at the camp are Sudanese and \
             Eritreans.",
    );
    assert_eq!(origins, ["Sudan", "Eritrea"]);
    let (_, origins) = sizes_and_origins(
        "About 150 migrants slept under the bridge. The mayor said \"nearly 200\" were \
             there. Volunteers bring breakfast. A doctor comes twice a week. Most of the people \
             at the camp are Sudanese and Eritreans.",
    );
    assert!(origins.is_empty(), "{origins:?}");
    // Not one person's home: "X, who came from Cali".
    let (_, origins) = sizes_and_origins(
        "About 600 migrants waited in three camps. Ana Ruiz, who came from Cali, Colombia, \
             with her husband, climbed the wall.",
    );
    assert!(!origins.contains(&"Cali".to_string()), "{origins:?}");
}

#[test]
fn the_families_and_the_eleven_are_those_just_counted_but_the_two_leaders_are_not() {
    let text = "Arrivals\n\nPolice brought eleven people ashore at Dhanushkodi. The families \
                    had left Jaffna by boat late on Monday. The 11 were then taken by van to the \
                    camp at Mandapam. The two leaders met in Colombo.";
    let departed = first_group_places(text, |group| &group.departed_from);
    assert_eq!(departed, ["Jaffna"]);
    let at = first_group_places(text, |group| &group.at);
    assert!(at.contains(&"Mandapam".to_string()), "{at:?}");
    assert!(!at.contains(&"Colombo".to_string()), "{at:?}");
}

#[test]
fn a_second_group_counted_by_trade_takes_the_quotation_that_follows_it() {
    let groups = groups_of(
        "More than a thousand migrants were waiting at the port of Renk on Wednesday.\n\n\
             A second, smaller group crossed at Joda on Monday. Twenty-three Sudanese doctors \
             and nurses came over the border together.\n\n\
             \"We are going to Juba, all of us,\" said Ana Ruiz, a paediatrician.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(groups[1].0, [23]);
    assert_eq!(groups[1].3, ["Ana Ruiz"]);
    assert!(groups[0].3.is_empty(), "{groups:?}");
}

#[test]
fn people_found_the_same_night_elsewhere_are_another_group() {
    let groups = groups_of(
        "Gendarmes detained thirty-four Afghans near Kapikoy on Tuesday night.\n\n\
             The same night, gendarmes outside Ozalp found nineteen Pakistani men in a truck.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!((&groups[0].0, &groups[1].0), (&vec![34], &vec![19]));
}

#[test]
fn the_region_where_most_of_them_live_is_their_home() {
    let text = "Draft\n\nSoldiers counted 41 migrants who had crossed into Moreh. The men \
                    say recruiters were seen in the Sagaing region, where most of them live.";
    let origins = first_group_places(text, |group| &group.origins);
    assert!(origins.contains(&"Sagaing".to_string()), "{origins:?}");
}

#[test]
fn those_registered_of_the_group_count_but_a_centre_s_capacity_does_not() {
    let (sizes, _) = sizes_and_origins(
        "About 300 refugees crossed into Uganda. The staff registered 287 of them. The \
             centre, which was built for about 1,500 people, is full.",
    );
    assert_eq!(sizes, [300, 287]);
    // Nor do what a ferry can carry, whom a district already hosts, or those who still
    // live in the camps the group left.
    let (sizes, _) = sizes_and_origins(
        "Thirty-eight refugees came home on the ferry on Wednesday. The ferry, which can \
             carry about 150 passengers, sails four times a week. The district already hosts \
             more than 70,000 refugees. About 58,000 refugees still live in camps in India.",
    );
    assert_eq!(sizes, [38]);
}

#[test]
fn a_story_opening_on_them_opens_where_they_are_and_a_cousin_s_town_is_not_theirs() {
    let text = "Field\n\nSOMERTON, Ariz. (AP) — A farmhand looked up and saw them standing \
                    at the end of the row.\n\nAgents counted seventeen migrants, fifteen men \
                    from India. The Indians, most from Punjab state, had flown to Mexico City. \
                    \"We were going to California, all of us. Everybody has a cousin in \
                    Fresno,\" one said.";
    let at = first_group_places(text, |group| &group.at);
    assert!(at.contains(&"Somerton".to_string()), "{at:?}");
    assert!(!at.contains(&"Fresno".to_string()), "{at:?}");
    let origins = first_group_places(text, |group| &group.origins);
    assert!(origins.contains(&"Punjab".to_string()), "{origins:?}");
    // So are all of them from a region.
    let text = "Border\n\nADRE, Chad (AP) — About 300 Sudanese crossed into Chad.\n\nThe \
                    families, all from North Darfur, said they had walked for days.";
    let origins = first_group_places(text, |group| &group.origins);
    assert!(origins.contains(&"North Darfur".to_string()), "{origins:?}");
}

#[test]
fn a_people_s_men_that_open_the_lede_past_its_dateline_are_the_group() {
    let text = "Border\n\nNARVA, Estonia (AP) — Russian men fleeing the call-up lined up at \
                    the crossing on Tuesday.\n\nGuards said 137 men had crossed on foot.";
    assert_eq!(first_group_places(text, |group| &group.origins), ["Russia"]);
}

#[test]
fn a_place_said_for_all_of_us_is_where_the_group_heads() {
    for quote in [
        "\"The Czech Republic, all of us. There is work there,\" said one man.",
        "\"We still want Poland, all of us,\" one man said.",
    ] {
        let text = format!("Border\n\nPolice found 12 migrants in a forest on Monday.\n\n{quote}");
        let heads = first_group_places(&text, |group| &group.destinations);
        assert_eq!(heads.len(), 1, "{quote}: {heads:?}");
        assert!(
            ["Czech Republic", "Poland"].contains(&heads[0].as_str()),
            "{heads:?}"
        );
    }
    // A few sentences after the group was last told.
    let text = "Border\n\nPolice found 12 migrants in a forest on Monday. A farmer saw them. \
                    \"They were cold,\" he said. Villagers brought soup. \"Poland, all of us,\" \
                    one man said.";
    assert_eq!(
        first_group_places(text, |group| &group.destinations),
        ["Poland"]
    );
}

#[test]
fn a_few_aboard_a_boat_stopped_last_tuesday_are_another_group() {
    let groups = groups_of(
        "KHASAB, Oman (Reuters) — Police found seventeen migrants hiding among date palms \
             on Monday.\n\nLast Tuesday a coast guard patrol stopped a smaller boat with nine \
             Bangladeshis aboard.",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!((&groups[0].0[..], &groups[1].0[..]), (&[17][..], &[9][..]));
    assert_eq!(groups[1].1, ["Bangladesh"]);
    // A few said to have been aboard, or on board, count the story's group.
    for aboard in ["had been aboard", "were on board"] {
        let groups = groups_of(&format!(
            "VELMO, Northern Mariana Islands (AP) — Chinese men who set out in a small \
                 fishing boat to reach Guam came ashore on this island on Tuesday.\n\nThe \
                 Coast Guard said nine men {aboard}."
        ));
        assert_eq!(groups.len(), 1, "{aboard}: {groups:?}");
        assert_eq!(groups[0].0, [9], "{aboard}");
    }
}

#[test]
fn where_the_crew_heads_is_not_the_group_s_destination() {
    let text = "Landing\n\nPolice found 17 migrants on the beach on Monday. \"We were \
                    going to Dubai,\" one said.\n\nThe two boatmen sped back toward Iran; \
                    police said they were not counted among the passengers.";
    let heads = first_group_places(text, |group| &group.destinations);
    assert_eq!(heads, ["Dubai"]);
    let text = text.replace("The two boatmen", "The passengers");
    let heads = first_group_places(&text, |group| &group.destinations);
    assert_eq!(heads, ["Dubai", "Iran"]);
}

#[test]
fn the_deportees_or_the_survivors_are_the_group() {
    let text = "Ferry\n\nThe department counted 247 deportees on Wednesday.\n\nThe \
                    ferry was late.\n\nThe deportees had been held for months at a depot in \
                    Sandakan.";
    let at = first_group_places(text, |group| &group.at);
    assert!(at.contains(&"Sandakan".to_string()), "{at:?}");
    // Not passengers, whom news count in every flight's background.
    let text = "Flights\n\nA plane carrying 211 migrants landed in Tapachula on Monday.\n\n\
                    The ferry was late.\n\nDozens of flights had landed in Managua since \
                    August carrying passengers from Dakar.";
    let at = first_group_places(text, |group| &group.at);
    assert!(!at.contains(&"Managua".to_string()), "{at:?}");
    let text = text.replace("passengers", "deportees");
    let at = first_group_places(&text, |group| &group.at);
    assert!(at.contains(&"Managua".to_string()), "{at:?}");
}

#[test]
fn a_lede_that_shows_the_boat_or_the_people_in_this_town_places_the_group_there() {
    for lede in [
        "The fishermen of this small port saw the long painted pirogue before dawn on \
             Monday and towed it in.",
        "\"We were thirty when we left,\" said a woman standing on the jetty of this small \
             town.",
        "A wooden boat ran into the small harbour of this volcanic island on Monday.",
    ] {
        let text = format!(
            "Boat\n\nPALMEIRA, Cape Verde (AFP) — {lede}\n\nAboard were 112 people, the \
                 coast guard said. They were taken by bus to a sports hall in Espargos."
        );
        // (The gazetteer's Palmeira lies in Brazil: this one is a town it lacks, named as
        // the dateline writes it.)
        let at = first_group_places(&text, |group| &group.at);
        assert!(at.contains(&"PALMEIRA".to_string()), "{lede}: {at:?}");
    }
    // Not a lede of the town alone.
    let text = "Boat\n\nPALMEIRA, Cape Verde (AFP) — The fishermen of this small port \
                    mended their nets on Monday.\n\nAboard a pirogue were 112 people, the coast \
                    guard said. They were taken by bus to a sports hall in Espargos.";
    let at = first_group_places(text, |group| &group.at);
    assert!(!at.contains(&"PALMEIRA".to_string()), "{at:?}");
}

#[test]
fn tens_give_or_take_and_ethnic_peoples_from_a_place_are_read() {
    let (sizes, origins) = sizes_and_origins(
        "\"Sixty-something people, all young,\" she said. Police counted fifty-eight, near \
             the pass the Thais call Chedi Sam Ong. Most were ethnic Mon from Mon State.",
    );
    assert_eq!(sizes, [60, 58]);
    assert_eq!(origins, ["Mon State"]);
}

#[test]
fn a_tally_may_be_approximate_and_written_in_words() {
    let (sizes, _) = sizes_and_origins(
        "About 600 migrants registered in the town, while the mayor put the number closer to \
             a thousand. Officials put the number of marchers at around two thousand. Staff at \
             the shelter counted closer to 300.",
    );
    assert_eq!(sizes, [600, 1000, 2000, 300]);
    // A tally quoted, and a tally's figure.
    let (sizes, _) = sizes_and_origins(
        "About 600 migrants walked north. Their leader put the number of walkers at \"some \
             2,000.\" The state government gave a figure of 1,500.",
    );
    assert_eq!(sizes, [600, 2000, 1500]);
}

#[test]
fn counts_over_a_period_and_per_vehicle_are_not_a_group_size() {
    let (sizes, _) = sizes_and_origins(
        "Nearly thirty-eight asylum seekers left the shelter. Some 520,000 people crossed the \
             jungle in 2023. More than 90,000 migrants were detected in the first six months of \
             the year. Texas has bused 25,000 migrants since August 2022. Buses with 45 \
             passengers each left on Monday. Officials counted 1,108 people at the crossing, \
             compared with about 300 people last year. A bus with 42 migrants arrived, the \
             latest of hundreds sent since last year. About 35,000 people cross the two \
             bridges into the city on an ordinary day. More than 100,000 people have walked \
             through the isthmus this year. About 25,000 Venezuelans now live in the country, \
             and some 7,000 Haitians live in Chile. About 2,000 migrants were living in tents. \
             Agents stopped 1,342 people between ports of entry in the eight months through \
             May. About 1,000 people live here year-round. Ninety-six Venezuelans who had \
             been living in Trinidad and Tobago stepped onto the dock at Guiria.",
    );
    assert_eq!(sizes, [38, 1108, 42, 2000, 96]);
}

#[test]
fn a_figure_quoted_counts_the_people_after_the_quotation() {
    for text in [
        "A port worker counted \"nearly a hundred\" migrants coming down the gangway.",
        "A port worker counted “nearly a hundred” migrants coming down the gangway.",
    ] {
        assert_eq!(sizes_and_origins(text).0, [100], "{text}");
    }
}

#[test]
fn a_people_s_word_or_a_possessive_before_a_place_keeps_the_cue() {
    // (Australia is read as where the peninsula lies, not a place of the group's own.)
    let [at, through, ..] = places_of_group(
        "Landing\n\nSeventeen migrants came ashore on a beach near the Aboriginal community \
             of Yirrkala on Australia's remote Gove Peninsula on Tuesday.",
    );
    assert_eq!(at, ["Yirrkala"]);
    assert_eq!(through, ["Gove Peninsula"]);
}

#[test]
fn a_boat_pushed_off_or_put_to_sea_from_a_place_left_it() {
    for verb in ["pushed off", "put to sea", "set sail"] {
        let [at, through, left, _] = places_of_group(&format!(
            "Landing\n\nForty migrants reached the Algarve on Tuesday. The men said they \
                 had {verb} from a beach near Tangier, on Morocco's coast, on Sunday night."
        ));
        assert_eq!(
            at,
            ["Algarve", "Morocco", "Tangier"],
            "{verb}: {through:?} {left:?}"
        );
    }
}

#[test]
fn the_men_set_off_by_where_they_come_from_are_the_group() {
    let text = "Seventeen men came ashore on Tuesday. The Border Force said the men, from \
                    Pakistan and Bangladesh, had left eight days earlier.";
    assert_eq!(sizes_and_origins(text).1, ["Pakistan", "Bangladesh"]);
}

#[test]
fn who_the_passengers_were_tells_the_group_s_origins_however_late() {
    let text = "Fishermen found a pirogue carrying 68 migrants on Tuesday. The sea was rough. \
                    The wind was strong. The night was cold. The port was quiet. The passengers \
                    were Gambians and Malians, police said.";
    assert_eq!(sizes_and_origins(text).1, ["Gambia", "Mali"]);
    // Not passengers who are not told by their people.
    let text = "Fishermen found a pirogue carrying 68 migrants on Tuesday. The sea was rough. \
                    The wind was strong. The night was cold. The port was quiet. The passengers \
                    were tired, said a man from Mali.";
    assert!(sizes_and_origins(text).1.is_empty());
}

#[test]
fn a_few_who_open_the_story_crossing_on_their_own_are_a_group() {
    let sizes = |text: &str| sizes_and_origins(text).0;
    assert_eq!(
        sizes("POINT ROBERTS, Wash. (AP) — Seven people walked across a ditch from Canada."),
        [7]
    );
    assert_eq!(
        sizes("Nine people from India walked across the fields into Portal."),
        [9]
    );
    // Or who come ashore or arrive by boat.
    assert_eq!(
        sizes("Six men from China came ashore on a beach on Kinmen on Thursday."),
        [6]
    );
    assert_eq!(sizes("Seven migrants arrived on Lampedusa overnight."), [7]);
    // So are a few who fled their country.
    assert_eq!(
        sizes("SEOUL (AP) — Seven Russian men who fled their country's mobilization waited."),
        [7]
    );
    // Not taken somewhere, nor named after the sentence's first words, nor two alone.
    assert!(sizes("Three people were taken to hospital after the crash.").is_empty());
    assert!(sizes("Police said seven people walked across the ditch.").is_empty());
    assert!(sizes("Two men crossed the river at night.").is_empty());
}

#[test]
fn a_vehicle_s_start_is_where_the_group_left_and_a_point_measured_from_is_nowhere() {
    let [at, _, left, _] = places_of_group(
        "Bus arrives\n\nA bus carrying 42 migrants from Laredo pulled into a shelter in \
             Denver. About 600 migrants waited in camps 70 miles east of Tucson.",
    );
    assert_eq!(left, ["Laredo"]);
    assert_eq!(at, ["Denver"]);
    let [at, ..] = places_of_group(
        "Column leaves\n\nA column of 900 migrants set out from Tapachula, a few hundred \
             meters from the crossing at Huixtla.",
    );
    assert!(at.is_empty(), "{at:?}");
}

#[test]
fn a_rate_and_a_split_by_sex_are_not_a_group_size() {
    let (sizes, _) = sizes_and_origins(
        "The caravan of 900 people rested. The government vowed to return 5,000 migrants a week. \
             Of those flown home, 40 men and 12 women were minors' parents.",
    );
    assert_eq!(sizes, [900]);
    // A period that qualifies how they went is no rate.
    let (sizes, origins) = sizes_and_origins(
        "Some 130 Venezuelans who took a night train across Bolivia walked into Brazil.",
    );
    assert_eq!((sizes, origins), (vec![130], vec!["Venezuela".to_string()]));
}

#[test]
fn figures_in_words_take_the_rest_after_a_hundred() {
    let read = |text: &str| {
        let words: Vec<&str> = text.split(' ').collect();
        super::number_in_words(&words, 0)
    };
    assert_eq!(read("a hundred and twenty people"), Some((120, 4)));
    assert_eq!(
        read("three hundred and forty-three migrants"),
        Some((343, 4))
    );
    assert_eq!(read("two thousand five people"), Some((2005, 3)));
    assert_eq!(read("a hundred and migrants"), Some((100, 2)));
    assert_eq!(read("twenty and five"), Some((20, 1)));
    let (sizes, _) = sizes_and_origins(
        "Fishermen said the boat carried \"more than a hundred and twenty\" people when it \
             left Senegal.",
    );
    assert_eq!(sizes, [120]);
}

#[test]
fn where_we_came_to_is_where_the_group_heads() {
    for quote in [
        "All of us came to Hong Kong to work.",
        "We came to Hong Kong to work.",
    ] {
        let destinations = first_group_places(
            &format!(
                "Border news\n\nPolice stopped a speedboat carrying 19 people from \
                     Vietnam on Tuesday.\n\n\"{quote}\" said one of them."
            ),
            |group| &group.destinations,
        );
        assert_eq!(destinations, ["Hong Kong"], "{quote}");
    }
}

#[test]
fn dozens_of_a_people_s_families_mark_a_group_sentence() {
    let crossed = first_group_places(
        "Border news\n\nDozens of Syrian families waded across the Orontes River into \
             Qasr on Tuesday night. The mayor counted 64 people.",
        |group| &group.passed_through,
    );
    assert_eq!(crossed, ["Orontes River"]);
    // So do hundreds of a people in "-ese", of one word or more.
    let crossed = first_group_places(
        "Border news\n\nHundreds of Lebanese waded across the Orontes River into Qasr on \
             Tuesday night. The mayor counted 64 people.",
        |group| &group.passed_through,
    );
    assert_eq!(crossed, ["Orontes River"]);
    let crossed = first_group_places(
        "Border news\n\nHundreds of South Sudanese waded across the Orontes River into Qasr on \
             Tuesday night. The mayor counted 64 people.",
        |group| &group.passed_through,
    );
    assert_eq!(crossed, ["Orontes River"]);
}

#[test]
fn hundreds_of_migrants_mark_a_group_sentence_and_them_from_marks_origins() {
    let (_, origins) = sizes_and_origins(
        "About 400 migrants, many of them from the states of Táchira and Mérida, reached the \
             bridge. Hundreds of asylum seekers, most of them Cubans, waited nearby.",
    );
    assert_eq!(origins, ["Táchira", "Mérida", "Cuba"]);
    // A demonym before "family" says where some members come from.
    let (_, origins) = sizes_and_origins(
        "About 40 migrants reached the island. Most of them were Ecuadorians, along with a \
             Chinese family.",
    );
    assert_eq!(origins, ["Ecuador", "China"]);
    // So do families who travel with the group or join it.
    for joining in [
        "A few Colombian families travel with them.",
        "A handful of Colombian families who had lived in Santa Cruz joined them there.",
    ] {
        let (_, origins) = sizes_and_origins(&format!(
            "About 130 Venezuelans walked into Brazil on Tuesday. {joining}"
        ));
        assert_eq!(origins, ["Venezuela", "Colombia"], "{joining}");
    }
}

#[test]
fn migrants_many_of_whom_are_a_nationality_are_the_group_later_in_the_story() {
    let story = |aside: &str| {
        sizes_and_origins(&format!(
            "About 9,000 migrants camped under the bridge in Del Rio. Officials said more \
                 shelters were needed. The mayor asked for help. {aside}"
        ))
        .1
    };
    assert_eq!(
        story("The surge of migrants — many of whom are Haitian — began in May."),
        ["Haiti"]
    );
    // Said of others than migrants, it tells nothing of the group.
    assert!(story("The officials, many of whom are Mexican, left.").is_empty());
}

#[test]
fn most_were_from_a_region_names_origins() {
    let (_, origins) = sizes_and_origins(
        "About 300 Ecuadoreans were flown back to Guayaquil on Monday. Most were from \
             Azuay and Cañar, officials said.",
    );
    assert_eq!(origins, ["Ecuador", "Azuay", "Cañar"]);
    // Come from, after a flight told in the same clause.
    let (_, origins) = sizes_and_origins(
        "Police found 61 migrants at the airport. Most had flown in from Addis Ababa and \
             come from Nepal and Ghana, officials said.",
    );
    assert_eq!(origins, ["Nepal", "Ghana"]);
    // A few sentences on.
    let (_, origins) = sizes_and_origins(
        "Soldiers found 47 migrants in the oasis on Tuesday. A farmer saw them. \"They were \
             hungry,\" he said. His neighbors brought tea. The nights are cold. Most are from \
             Guinea and Mali, the ministry said.",
    );
    assert_eq!(origins, ["Guinea", "Mali"]);
    let (_, origins) = sizes_and_origins(
        "Coast guards found 19 Cubans on a raft near Marathon. They said they were all \
             from Camagüey province.",
    );
    assert_eq!(origins, ["Cuba", "Camagüey"]);
    // Those counted among the group, in the sentence after it.
    let (_, origins) = sizes_and_origins(
        "About 400 Haitians crossed the river on Monday. Smaller numbers of Chileans and \
             Peruvians were also among the arrivals.",
    );
    assert_eq!(origins, ["Haiti", "Chile", "Peru"]);
}

/// The names of the places the article's first group left and heads to.
fn route(body: &str) -> (Vec<String>, Vec<String>) {
    let g = Gazetteer::builtin();
    let doc = Doc::new(&format!("Caravan news\n\n{body}"), g.cleaner());
    let ex = extract(&g, &doc, None);
    let group = ex.groups.first().expect("a group");
    let names = |places: &[usize]| places.iter().map(|&p| ex.places[p].name.clone()).collect();
    (names(&group.departed_from), names(&group.destinations))
}

/// A place those who speak for all want, with no verb of going, is where they head.
#[test]
fn a_place_all_of_them_want_is_where_they_head() {
    let (_, to) = route(
        "AYVALIK, Turkey (AP) — The coast guard stopped a dinghy carrying 38 Syrian \
             migrants off the coast on Friday.\n\n\"All of us wanted Lesbos,\" one of them \
             said.",
    );
    assert_eq!(to, ["Lesbos"]);
}

#[test]
fn route_cues_of_several_words_are_read() {
    let (left, to) =
        route("A caravan of 2,000 migrants left Tapachula on Monday on its way to Mexico City.");
    assert_eq!(
        (left, to),
        (vec!["Tapachula".into()], vec!["Mexico City".into()])
    );
    let (left, _) = route("A caravan of 2,000 migrants set out from Tapachula on Monday.");
    assert_eq!(left, ["Tapachula"]);
    // Where they reached a place from; not where those who arrived are from.
    let (left, _) = route(
        "About 40 migrants crossed on Monday. Most of them had reached Moscow from Istanbul.",
    );
    assert_eq!(left, ["Istanbul"]);
    let (left, _) = route("About 40 migrants arrived. Those who arrived were from Kenya.");
    assert!(left.is_empty(), "{left:?}");
    let (left, _) = route("About 40 migrants crossed. The group had come north from Lewiston.");
    assert_eq!(left, ["Lewiston"]);
    // A word between the verb and its "to" or "for".
    let (_, to) = route("About 900 migrants rested in Juchitán before heading on to Palenque.");
    assert_eq!(to, ["Palenque"]);
    let (_, to) = route("About 900 migrants rested in Juchitán and will head next for Puebla.");
    assert_eq!(to, ["Puebla"]);
    let (_, to) = route("About 900 migrants rested in Maicao. They plan to travel on to Puebla.");
    assert_eq!(to, ["Puebla"]);
}

/// The names of every place the article's group is at, passed through, left from and comes
/// from, sorted.
fn places_of_group(text: &str) -> [Vec<String>; 4] {
    places_of_group_read_with(&Gazetteer::builtin(), text)
}

fn places_of_group_read_with(g: &Gazetteer, text: &str) -> [Vec<String>; 4] {
    let doc = Doc::new(text, g.cleaner());
    let ex = extract(g, &doc, None);
    let group = ex.groups.first().expect("a group");
    let names = |places: &[usize]| {
        let mut v: Vec<String> = places.iter().map(|&p| ex.places[p].name.clone()).collect();
        v.sort();
        v
    };
    [
        names(&group.at),
        names(&group.passed_through),
        names(&group.departed_from),
        names(&group.origins),
    ]
}

/// Where one of them says the families had been is the group's, told of them by their noun
/// (but not where they will be driven).
#[test]
fn the_families_way_told_by_one_of_them_is_the_group_s() {
    let lede = "School\n\nTRIPOLI, Lebanon (AP) — Sixty Syrians who fled the fighting are \
                    sleeping in a school in Tripoli.\n\nThe Red Cross brought blankets. A \
                    teacher said the rooms were cold.\n\nOmar Haddad, 52, a farmer, said the \
                    families ";
    let places = |rest: &str| -> Vec<String> {
        places_of_group(&format!("{lede}{rest}"))
            .into_iter()
            .flatten()
            .collect()
    };
    let left = places("had left their village near Latakia last month.");
    assert!(left.iter().any(|p| p == "Latakia"), "{left:?}");
    let driven = places("would be driven to their home districts near Latakia.");
    assert!(!driven.iter().any(|p| p == "Latakia"), "{driven:?}");
}

/// A way told as done, by what they did at its end, reached its end: no destination.
#[test]
fn a_way_followed_by_what_they_did_there_was_gone() {
    let lede = "Hotel\n\nRIVERA, Uruguay (AP) — Six Cuban migrants who crossed from Brazil \
                    were found at a hotel, officials said on Friday.\n\nThe migrants took a bus \
                    to Tacuarembó, before travelling on to Durazno, ";
    let [at, ..] = places_of_group(&format!(
        "{lede}where they asked for asylum at the police station."
    ));
    assert!(at.contains(&"Durazno".to_string()), "{at:?}");
    let [at, ..] = places_of_group(&format!("{lede}where they hope to find work."));
    assert!(!at.contains(&"Durazno".to_string()), "{at:?}");
}

/// A group found "halfway between" the dateline's town and another is in neither; a ride
/// "across" a country "to" a town passes through both.
#[test]
fn halfway_between_two_towns_is_in_neither_and_a_ride_across_a_country_reaches_its_town() {
    let text = "Road\n\nKARS, Turkey (AP) — Soldiers found 14 Afghan men on the highway \
                    halfway between Kars and Ardahan on Friday, the governor's office said.\n\n\
                    One of them, Naveed Sultani, 19, said the group had taken buses across Iran \
                    to Tabriz before walking over the hills.";
    let places: Vec<String> = places_of_group(text).into_iter().flatten().collect();
    assert!(places.contains(&"Tabriz".to_string()), "{places:?}");
    assert!(
        !places.iter().any(|p| p == "Kars" || p == "Ardahan"),
        "{places:?}"
    );
}

/// Where the boat left from, told by one of them after a long apposition, is where the
/// group left from.
#[test]
fn the_boat_told_of_after_a_long_apposition_left_from_where_the_group_did() {
    let text = "Boat\n\nBARBATE, Spain (AP) — Police found 31 Moroccan men on the beach on \
                    Tuesday.\n\n\"They were soaked and barefoot,\" a neighbour said.\n\n\
                    Anouar Bekkali, 24, a mechanic from Kenitra, said the boat had left from a \
                    beach near Larache.";
    let places = places_of_group(text);
    assert!(
        places.iter().flatten().any(|p| p == "Larache"),
        "{places:?}"
    );
}

/// A way one of them tells, leg after leg, up to where the group is now, is the group's.
#[test]
fn a_way_told_up_to_here_is_the_group_s() {
    let lede = "Wait\n\nMARADI, Niger — More than a hundred Nigerians expelled from Algeria \
                    wait at a transit site in Maradi, officials said.\n\nHabibu Garkuwa, 34, \
                    said he was tired. ";
    let passed = |quote: &str| {
        let [at, passed, ..] = places_of_group(&format!("{lede}{quote}"));
        let mut both: Vec<String> = at.into_iter().chain(passed).collect();
        both.sort();
        both.dedup();
        both
    };
    for quote in [
        "\"We walked, then trucks to Arlit, then Zinder, and now here,\" he said.",
        "\"We walked, then a bus to Arlit, then Zinder, and now we are here,\" he said.",
    ] {
        let both = passed(quote);
        assert!(
            ["Arlit", "Zinder"]
                .iter()
                .all(|p| both.iter().any(|b| b == p)),
            "{quote}: {both:?}"
        );
    }
    // Told by whom, legs after "then" are the group's too.
    let both = passed("The group walked from Agadez, then trucks to Arlit, then Zinder.");
    assert!(both.iter().any(|b| b == "Zinder"), "{both:?}");
    // Not where the speaker went alone.
    let both = passed("\"We walked, then trucks to Arlit, then Zinder,\" he said.");
    assert!(!both.iter().any(|b| b == "Zinder"), "{both:?}");
}

/// A country the group crossed into, or that holds the town it is in, is where it is even
/// when its members say they will stay there; a goal across the border is not.
#[test]
fn a_goal_the_group_is_already_in_is_where_it_is() {
    let g = Gazetteer::builtin();
    for (text, country) in [
        (
            "Crossing\n\nMore than 1,200 people fleeing the fighting in Goma crossed into \
                 Rwanda on Wednesday. \"We will stay in Rwanda until Goma is calm,\" one said.",
            "Rwanda",
        ),
        (
            "Border town\n\nAbout 300 Congolese were camped in Kasese, Uganda, on Monday. \
                 \"We will stay in Uganda until it is calm,\" one said.",
            "Uganda",
        ),
    ] {
        let doc = Doc::new(text, g.cleaner());
        let ex = extract(&g, &doc, None);
        let group = &ex.groups[0];
        let named = |places: &[usize]| places.iter().any(|&p| ex.places[p].name == country);
        assert!(named(&group.at) && named(&group.destinations), "{group:?}");
    }
    let [at, ..] = places_of_group(
        "Shelters\n\nAbout 500 migrants reached Ciudad Juárez on Tuesday. Most planned to \
             cross into El Paso and ask for asylum in the United States.",
    );
    assert_eq!(at, ["Ciudad Juárez"]);
}

#[test]
fn a_leg_gone_from_one_place_to_another_reaches_both() {
    let text = "Hills\n\nPolice found 42 migrants in the hills on Sunday. Most had crossed \
                    the Sahara from Agadez, in Niger, to Tamanrasset, then made their way north \
                    to Maghnia.";
    let [at, _, left, _] = places_of_group(text);
    assert_eq!(
        (at, left),
        (
            vec!["Maghnia".into(), "Tamanrasset".into()],
            vec!["Agadez".into(), "Niger".into()]
        )
    );
}

#[test]
fn the_villages_they_came_from_are_home_and_where_they_were() {
    let text = "Hills\n\nAbout 600 people crossed into Thailand on Wednesday. The families \
                    had walked for two days from their villages in Karen State.";
    let [at, _, _, origins] = places_of_group(text);
    assert!(at.contains(&"Kayin".to_string()), "{at:?}");
    assert!(origins.contains(&"Kayin".to_string()), "{origins:?}");
    let text = "Hills\n\nAbout 87 people crossed into Lebanon on Saturday, most of them \
                    from villages around Tal Kalakh, in Syria.";
    let [.., origins] = places_of_group(text);
    assert!(origins.contains(&"Tal Kalakh".to_string()), "{origins:?}");
}

#[test]
fn a_word_that_describes_a_river_leaves_its_cue() {
    let text = "River\n\nNineteen Haitians walked across the frozen St. John River into \
                    Canada on Tuesday.";
    let [at, passed, ..] = places_of_group(text);
    assert!(
        [at, passed]
            .concat()
            .contains(&"St. John River".to_string()),
        "{:?}",
        places_of_group(text)
    );
}

#[test]
fn a_paragraph_that_opens_where_the_second_group_was_found_tells_of_it() {
    let body = "A dinghy carrying 52 people was towed into Lakki on Tuesday, hours after \
                    soldiers found a second group on the islet of Farmakonisi, police said.\n\n\
                    Most of those aboard the dinghy were from Afghanistan.\n\n\
                    On Farmakonisi, soldiers found 38 Syrians on Monday evening.";
    let groups = groups_of(body);
    let sizes: Vec<&Vec<u64>> = groups.iter().map(|g| &g.0).collect();
    assert_eq!(sizes, [&vec![52], &vec![38]]);
    assert!(
        groups[1].2.contains(&"Farmakonisi".to_string()),
        "{groups:?}"
    );
}

#[test]
fn a_share_of_the_group_that_opens_a_quotation_tells_where_it_goes() {
    let text = "Boat\n\nA boat carrying 70 migrants reached the port on Monday. \"We had \
                    no water,\" one said. \"Most of us want to go to Germany.\"";
    let g = Gazetteer::builtin();
    let doc = Doc::new(text, g.cleaner());
    let ex = extract(&g, &doc, None);
    let destinations: Vec<&str> = ex.groups[0]
        .destinations
        .iter()
        .map(|&p| ex.places[p].name.as_str())
        .collect();
    assert_eq!(destinations, ["Germany"]);
}

#[test]
fn a_leg_they_fled_or_drove_is_a_stop_not_a_destination() {
    let text = "Kurds\n\nAbout 180 Syrian Kurds crossed into Iraq on Tuesday. They fled to \
                    Tabqa when fighters took the town, and then drove east to Qamishli.";
    let [at, passed, ..] = places_of_group(text);
    let stops = [at, passed].concat();
    assert!(
        stops.contains(&"Tabqa".to_string()) && stops.contains(&"Qamishli".to_string()),
        "{stops:?}"
    );
}

#[test]
fn a_ride_awaited_goes_where_they_head_and_one_taken_is_a_stop() {
    let text = |ride: &str| {
        format!(
            "Border\n\nSYRYM, Kazakhstan (AP) — About 137 men crossed on foot and {ride} \
                 to Oral, the regional capital."
        )
    };
    for awaited in ["were waiting for buses", "waited to board the bus"] {
        let heads = first_group_places(&text(awaited), |group| &group.destinations);
        assert_eq!(heads, ["Oral"], "{awaited}");
    }
    let heads = first_group_places(&text("took buses"), |group| &group.destinations);
    assert!(heads.is_empty(), "{heads:?}");
}

#[test]
fn a_route_read_out_as_dated_stops_is_the_group_s() {
    let text = "Arctic\n\nTwenty-seven asylum seekers crossed the border on Monday. One \
                    read out the route. \"Moscow, Jan. 5. Murmansk, Jan. 9. Now Oslo.\" \
                    Day 4. Minsk.";
    let [at, passed, ..] = places_of_group(text);
    let mut places = [at, passed].concat();
    places.sort();
    assert_eq!(places, ["Minsk", "Moscow", "Murmansk", "Oslo"]);
    // A bare name said alone is no stop.
    let text = "Truck\n\nThirty migrants were found in a truck on Monday. \"Johannesburg. \
                    Everybody in that truck,\" said one.";
    let [at, passed, ..] = places_of_group(text);
    assert!(at.is_empty() && passed.is_empty(), "{at:?} {passed:?}");
}

#[test]
fn their_journey_after_the_group_is_the_group_s() {
    let text = "Ranong\n\nSeventeen young men from Myanmar were found on a beach on \
                    Thursday. Told in order, their journey was short: a bus from Yangon to \
                    Kawthaung, then a boat to the Thai shore.";
    // (A ride told with no verb is a leg: Kawthaung is a stop, no destination.)
    let [at, passed, left, _] = places_of_group(text);
    let stops = [at, passed].concat();
    assert!(
        left == ["Yangon"] && stops.contains(&"Kawthoung".to_string()),
        "{left:?} {stops:?}"
    );
    let g = Gazetteer::builtin();
    let doc = Doc::new(text, g.cleaner());
    assert!(extract(&g, &doc, None).groups[0].destinations.is_empty());
}

#[test]
fn a_route_told_backwards_after_the_group_is_the_group_s() {
    let text = "Fence\n\nTwenty-one migrants crossed the fence on Monday. Before that \
                    there was a hotel in Minsk. Before the sea there had been a week in \
                    Kupang.";
    let [at, passed, ..] = places_of_group(text);
    let mut places = [at, passed].concat();
    places.sort();
    assert_eq!(places, ["Kupang", "Minsk"]);
    // Not a town told of long after the group.
    let text = "Fence\n\nTwenty-one migrants crossed the fence on Monday. The mayor \
                    spoke. The school was shut. The council met. Before that there was a \
                    hotel in Minsk.";
    let [at, passed, ..] = places_of_group(text);
    assert!(at.is_empty() && passed.is_empty(), "{at:?} {passed:?}");
}

#[test]
fn a_part_told_with_among_whom_a_place_holds_and_a_count_since_the_year_began_are_no_sizes() {
    let body = "A boat carrying 71 people ran onto the rocks on Wednesday. Among the \
                    passengers were 19 children. They were taken to a centre, which already \
                    houses more than 1,800 people. More than 2,000 people have come by sea \
                    since the start of the year.";
    assert_eq!(sizes_and_origins(body).0, [71]);
}

#[test]
fn a_people_whose_plural_is_its_name_is_counted_and_further_out_opens_another_group() {
    let body = "Police counted 17 migrants at the port on Tuesday. Further out, the navy \
                    said a wooden boat carrying 66 Rohingya had been spotted at sea.";
    let sizes: Vec<Vec<u64>> = groups_of(body).into_iter().map(|g| g.0).collect();
    assert_eq!(sizes, [vec![17], vec![66]]);
    // A count since an event began is a tally, no group.
    let body = "Police counted 17 migrants at the port on Tuesday. Officials say they have \
                    caught more than 300 people crossing since the law came into force.";
    let sizes: Vec<Vec<u64>> = groups_of(body).into_iter().map(|g| g.0).collect();
    assert_eq!(sizes, [vec![17]]);
}

#[test]
fn a_region_after_the_people_s_noun_and_from_is_their_origin() {
    let body = "Fourteen men from Buryatia drove into Mongolia on Tuesday.";
    assert_eq!(
        sizes_and_origins(body),
        (vec![14], vec!["Buryatia".to_string()])
    );
    // Named as a region "of" a country's demonym, after "from".
    let body = "Fourteen men from the Russian region of Buryatia drove into Mongolia.";
    assert_eq!(sizes_and_origins(body).1, ["Buryatia"]);
    // A region where a port lies is not where the people come from.
    let body = "Fourteen men sailed from a port in the region of Puntland to Yemen.";
    assert!(sizes_and_origins(body).1.is_empty());
}

#[test]
fn a_figure_before_a_people_named_by_ethnicity_is_a_size() {
    let body = "About 180 Syrian Kurds crossed the Tigris into Iraq on Tuesday.";
    assert_eq!(
        sizes_and_origins(body),
        (vec![180], vec!["Syria".to_string()])
    );
}

#[test]
fn a_month_that_dates_what_a_group_is_the_first_since_is_no_period_counted() {
    let body = "Twenty-seven asylum seekers rode bicycles across the border on Monday, the \
                    first group to arrive since Finland closed its crossings in December.";
    assert_eq!(sizes_and_origins(body).0, [27]);
    // A count over a month is still a period's.
    let body = "Some 2,700 asylum seekers crossed the border in December.";
    assert!(sizes_and_origins(body).0.is_empty());
}

#[test]
fn a_figure_strong_before_a_group_noun_is_its_size() {
    let body = "Police found a 23-strong group of Syrians in a park on Wednesday.";
    assert_eq!(sizes_and_origins(body).0, [23]);
    // (Not a force counted so.)
    let body = "A 300-strong police force guarded the park on Wednesday.";
    assert!(sizes_and_origins(body).0.is_empty());
}

#[test]
fn a_few_stowaways_are_a_group_where_a_few_others_are_not() {
    let body = "The port authority reported three stowaways who sailed from Lagos.";
    assert_eq!(sizes_and_origins(body).0, [3]);
    let body = "The port authority reported three passengers who sailed from Lagos.";
    assert!(sizes_and_origins(body).0.is_empty());
}

#[test]
fn a_launch_or_a_skiff_is_a_vehicle_the_group_left_in() {
    let [at, passed, left, _] = places_of_group(
        "Landing\n\nThirty-eight migrants came ashore near Salina Cruz on Tuesday. The \
             launch had left Ocós, a small port in Guatemala, on Friday night.",
    );
    let all = [at, passed, left].concat();
    assert!(all.contains(&"Ocós".to_string()), "{all:?}");
}

#[test]
fn where_they_gathered_is_where_the_group_was() {
    let [at, ..] = places_of_group(
        "Crossing\n\nAbout 60 migrants waded across the river on Tuesday. Agents counted 57. \
             They had gathered on the other bank near Guadalupe, a small town in Chihuahua state.",
    );
    assert!(at.contains(&"Guadalupe".to_string()), "{at:?}");
}

#[test]
fn the_sentence_after_a_group_sentence_may_say_who_its_members_are() {
    let [_, _, _, origins] = places_of_group(
        "Shelter full\n\nAbout 400 migrants slept at the shelter. Most of those inside are \
             from Peru and Chile, with a few Bolivians.",
    );
    assert_eq!(origins, ["Bolivia", "Chile", "Peru"]);
    let [_, _, _, origins] = places_of_group(
        "Shelter full\n\nAbout 400 migrants slept at the shelter. Most were Peruvians.",
    );
    assert_eq!(origins, ["Peru"]);
    // Not when other sentences come between.
    let [_, _, _, origins] = places_of_group(
        "Shelter full\n\nAbout 400 migrants slept at the shelter. The mayor spoke. The \
             governor spoke. Then the bishop spoke. Most of those present were from Peru.",
    );
    assert!(origins.is_empty(), "{origins:?}");
}

#[test]
fn members_set_off_by_commas_or_foreign_travellers_and_who_called_the_group() {
    let groups = groups_of(
        "About 500 migrants left Tapachula on Monday. Another member of the group, \
             Yulexi Ochoa, said they had spent their savings. A member of the council, Ana \
             Ruiz, said so too. Rosa Funes, a Honduran mother of three, slept outside. Luis \
             Paz, a Mexican lawyer, did not.",
    );
    assert_eq!(groups[0].3, ["Yulexi Ochoa", "Rosa Funes"]);
    // Those listed "among the passengers".
    let groups = groups_of(
        "About 30 migrants reached Key West by boat. Among the passengers were Dayana \
             Soler and Oriel Vega, a former baseball coach. Among the officials was Ana Ruiz.",
    );
    assert_eq!(groups[0].3, ["Dayana Soler", "Oriel Vega"]);
    // Who called or put a group together organised it.
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Border news\n\nAbout 500 migrants left Tapachula in a caravan called by the \
             activist Ana Ruiz. The group had been put together by Luis Paz, a nurse.",
        g.cleaner(),
    );
    let ex = extract(&g, &doc, None);
    let organizers: Vec<&str> = ex.groups[0]
        .organizers
        .iter()
        .map(|&p| ex.people[p].name.as_str())
        .collect();
    assert_eq!(organizers, ["Ana Ruiz", "Luis Paz"]);
}

#[test]
fn most_of_them_told_of_after_the_group_are_its_members() {
    let [at, ..] = places_of_group(
        "Walkers cross\n\nAbout 40 migrants crossed the pass on Monday. Most had lived \
             for years in Santiago.",
    );
    assert!(at.contains(&"Santiago".to_string()), "{at:?}");
}

#[test]
fn where_a_named_member_comes_from_is_an_origin_of_the_group() {
    let [_, _, _, origins] = places_of_group(
        "Walking north\n\nAbout 900 migrants left Tapachula on Monday. \"We are tired,\" \
             said Rosa Funes, a 34-year-old from Olancho who carried her son. Ana Ruiz, 22, \
             from the department of Yoro, in Honduras, pushed a stroller. Luis Paz, 31, who \
             comes from Lara state, walked ahead. Eva Sol, 20, a nurse from Venezuela's Zulia \
             state, said she was robbed. Juan Gil, 19, from Choloma, in the department of \
             Cortés, joined them. Rui Mas, 30, from Holguín, the province's capital, too. \
             Eva Paz, 41, a nurse from the eastern province of Camagüey, came last.",
    );
    assert_eq!(
        origins,
        [
            "Camagüey",
            "Cortés",
            "Honduras",
            "Lara",
            "Olancho",
            "Venezuela",
            "Yoro",
            "Zulia"
        ]
    );
    // Or who said what they were, further on.
    let [_, _, _, origins] = places_of_group(
        "Landing\n\nTwelve men landed on a beach on Tuesday. Geng Jian, 35, who said he \
             was a construction worker from China's Fujian province, spoke to the ranger.",
    );
    assert_eq!(origins, ["China", "Fujian"]);
    // A verb between the name and "from" tells of something else.
    let [_, _, _, origins] = places_of_group(
        "Walking north\n\nAbout 900 migrants left Tapachula on Monday. Luis Paz, 31, \
             deported from Texas, walked ahead. Eva Sol said she travelled from Guatemala.",
    );
    assert!(origins.is_empty(), "{origins:?}");
    // Where a member left, said of herself; a region whose capital her town is; and the
    // home of the one who organised the trip.
    let [_, _, _, origins] = places_of_group(
        "Walking north\n\nAbout 900 migrants left Tapachula on Monday. Rosa Funes, 41, \
             said she left the department of Yoro in Honduras. Luis Paz, 31, a mechanic from \
             Maracaibo, the capital of Venezuela's Zulia state, walked ahead. The trip was \
             organised by Eva Sol, 39, a former nurse from Valencia, in the state of Carabobo.",
    );
    assert_eq!(
        origins,
        ["Carabobo", "Honduras", "Venezuela", "Yoro", "Zulia"]
    );
    // A demonym before the region names its country, which the group comes from too.
    let [_, _, _, origins] = places_of_group(
        "Walking north\n\nAbout 900 migrants left Tapachula on Monday. Rosa Funes, 41, \
             who left the Venezuelan state of Guárico, walked ahead.",
    );
    assert_eq!(origins, ["Guárico", "Venezuela"]);
    // A nationality that ends the apposition, with no home after it.
    let [_, _, _, origins] = places_of_group(
        "Snow\n\nGendarmes found nineteen Afghans in a hut on Tuesday. Naveed, 19, a \
             Pakistani who gave only his first name, said they had walked two nights.",
    );
    assert_eq!(origins, ["Afghanistan", "Pakistan"]);
    // A nationality as a noun in the apposition.
    let [_, _, _, origins] = places_of_group(
        "Walking north\n\nAbout 900 migrants left Tapachula on Monday. \"We are tired,\" \
             said Rosa Funes, a Honduran from Olancho who carried her son.",
    );
    assert_eq!(origins, ["Olancho"]);
}

#[test]
fn a_story_that_opens_on_the_group_is_told_from_where_it_is() {
    let [at, ..] = places_of_group(
        "Shelter full\n\nLAREDO, Texas (AP) — About 400 migrants slept on cots on Monday.",
    );
    assert_eq!(at, ["Laredo", "Texas"]);
    // A story that never says where its group is: where it is told from.
    let [at, ..] = places_of_group(
        "Shelter full\n\nLAREDO, Texas (AP) — Beds ran out on Monday. The shelter's director \
             said about 400 migrants slept on cots.",
    );
    assert_eq!(at, ["Laredo", "Texas"]);
    // One it places is where the article says.
    let [at, ..] = places_of_group(
        "Shelter full\n\nLAREDO, Texas (AP) — Beds ran out on Monday. About 400 migrants \
             slept on cots in Tapachula.",
    );
    assert_eq!(at, ["Tapachula"]);
    // ...and "this town" in a group sentence is where it is told from.
    let [at, ..] = places_of_group(
        "Shelter full\n\nLAREDO, Texas (AP) — Beds ran out on Monday. About 400 migrants \
             slept in Tapachula last week. Then the group reached this border city by bus.",
    );
    assert_eq!(at, ["Laredo", "Tapachula", "Texas"]);
}

#[test]
fn crossing_into_a_place_a_flight_from_one_and_fleeing_one_are_read() {
    let [at, _, left, origins] = places_of_group(
        "Border news\n\nAbout 900 migrants crossed into Guatemala on Monday. A flight from \
             Havana brought 150 migrants. Most of the 900 migrants are fleeing violence in \
             Guerrero.",
    );
    assert_eq!(at, ["Guatemala"]);
    assert_eq!(left, ["Havana"]);
    assert_eq!(origins, ["Guerrero"]);
    // Crossing from a country, or a sentence that opens on "From", says where they left.
    let [at, _, left, origins] = places_of_group(
        "Border news\n\nSome 120 Venezuelan migrants crossed from Costa Rica into Panama. \
             From Colombia, the group hopes to go on.",
    );
    assert_eq!(at, ["Panama"]);
    assert_eq!(left, ["Colombia", "Costa Rica"]);
    assert_eq!(origins, ["Venezuela"]);
    // A departure verb earlier makes a country after "from" where they left; a destination
    // given up is none.
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Border news\n\nAbout 180 migrants had travelled for weeks from Mexico. They had \
             given up on reaching the United States and are heading to Venezuela.",
        g.cleaner(),
    );
    let ex = extract(&g, &doc, None);
    let group = &ex.groups[0];
    let names =
        |v: &[usize]| -> Vec<String> { v.iter().map(|&p| ex.places[p].name.clone()).collect() };
    assert_eq!(names(&group.departed_from), ["Mexico"]);
    assert!(group.origins.is_empty());
    assert_eq!(names(&group.destinations), ["Venezuela"]);
}

#[test]
fn into_after_a_crossing_verb_back_in_its_clause_is_where_the_group_is() {
    let [at, ..] = places_of_group(
        "Border news\n\nAbout 60 migrants crossed the old Suchiate bridge from Guatemala \
             into Tapachula on Monday.",
    );
    assert_eq!(at, ["Tapachula"]);
    let [at, ..] = places_of_group(
        "Border news\n\nAbout 700 migrants rode into Tapachula on a freight train on Monday.",
    );
    assert_eq!(at, ["Tapachula"]);
    // A headline's present tense tells what happened; "to cross into" is still to come.
    let g = Gazetteer::builtin();
    for (text, crossed) in [
        (
            "Hundreds of migrants cross into Honduras\n\nAbout 450 waited on Tuesday.",
            true,
        ),
        (
            "Border news\n\nAbout 450 migrants waited on Tuesday to cross into Honduras.",
            false,
        ),
    ] {
        let doc = Doc::new(text, g.cleaner());
        let ex = extract(&g, &doc, None);
        let group = ex.groups.first().expect("a group");
        assert_eq!(group.at.len(), usize::from(crossed), "{text}");
        assert_eq!(group.destinations.len(), usize::from(!crossed), "{text}");
    }
    // Out of a jungle into a village; set out days earlier from a town.
    let [at, _, left, _] = places_of_group(
        "Border news\n\nAbout 900 migrants emerged from the Darién jungle on Sunday into \
             Panama. The group set out five days earlier from Turbo.",
    );
    assert_eq!(
        (at, left),
        (
            vec!["Panama".to_string()],
            vec!["Darién Gap".to_string(), "Turbo".to_string()]
        )
    );
    // Brought from a town by others, told by one of them.
    let [_, _, left, _] = places_of_group(
        "Boat\n\nThe coast guard said 26 migrants had been on the dinghy.\n\nHodan Ali, \
             21, said the group had been brought from Istanbul to the coast in a minibus.",
    );
    assert_eq!(left, ["Istanbul"]);
    // Not past a comma: "into" there is where they head.
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Border news\n\nAbout 60 migrants crossed, hoping to go into Mexico.",
        g.cleaner(),
    );
    let ex = extract(&g, &doc, None);
    let group = ex.groups.first().expect("a group");
    assert!(group.at.is_empty());
    assert_eq!(group.destinations.len(), 1);
}

#[test]
fn where_a_group_walked_across_from_or_through_a_country_s_state_is_its_own() {
    let left = "Border news\n\nAbout 90 migrants left Ciudad Hidalgo on Monday.";
    // "across" back in the clause: the place after "from" is where they left.
    let [_, _, departed, _] = places_of_group(&format!(
        "{left} On Tuesday the group walked across the Rodolfo Robles bridge from Tecún Umán."
    ));
    assert_eq!(departed, ["Ciudad Hidalgo", "Tecún Umán"]);
    // A demonym between the cue and the place says whose the place is.
    let [_, through, ..] = places_of_group(&format!(
        "{left} The group then passed through the Mexican state of Oaxaca."
    ));
    assert_eq!(through, ["Oaxaca"]);
    // "The walkers" are the group of the story.
    let [at, ..] = places_of_group(&format!(
        "{left} By Saturday the walkers had reached Huixtla."
    ));
    assert_eq!(at, ["Huixtla"]);
}

#[test]
fn the_places_the_article_names_around_where_a_group_left_or_passed_are_left_or_passed() {
    let [_, through, departed, _] = places_of_group(
        "Border news\n\nOfficials in Guatemala and Chiapas were ready. About 300 migrants \
             left Tecún Umán on Monday and walked through Tapachula.",
    );
    assert_eq!(departed, ["Guatemala", "Tecún Umán"]);
    assert_eq!(through, ["Chiapas", "Tapachula"]);
}

#[test]
fn where_a_group_set_out_for_or_seeks_asylum_is_its_destination() {
    let g = Gazetteer::builtin();
    let destinations = |text: &str| -> Vec<String> {
        let doc = Doc::new(text, g.cleaner());
        let ex = extract(&g, &doc, None);
        let group = ex.groups.first().expect("a group");
        group
            .destinations
            .iter()
            .map(|&p| ex.places[p].name.clone())
            .collect()
    };
    assert_eq!(
        destinations(
            "Boat lands\n\nA group of 19 Cuban migrants came ashore. They had set out for Florida."
        ),
        ["Florida"]
    );
    // The boat that carries them, on its way, in the lede.
    assert_eq!(
        destinations(
            "Canoe stopped\n\nThe navy stopped a canoe heading for the Canary Islands on \
                 Wednesday.\n\n\"There were 150 people on board,\" a spokesman said."
        ),
        ["Canary Islands"]
    );
    // A member speaking for every one of them; where they were driven is no goal beside it.
    assert_eq!(
        destinations(
            "Found\n\nAgents found 38 migrants hours after the group waded across the river \
                 from Ojinaga. Ana Ruiz said the group had gathered in Juárez and had been driven \
                 east along the river to Ojinaga on Tuesday. \"Every one of us was \
                 going to Dallas,\" said Ana Ruiz, 31."
        ),
        ["Dallas"]
    );
    assert_eq!(
        destinations(
            "Camp grows\n\nSome 2,500 migrants wait in the camp. All of them hope to request \
                 asylum in Canada."
        ),
        ["Canada"]
    );
    // Where they said they would go on to, stay, or (one of them quoted) want to reach.
    let arrived = "Walkers arrive\n\nAbout 300 migrants from Honduras arrived in Tapachula \
                       on Monday after a week on foot.\n\n";
    for (then, expected) in [
        (
            "Several told volunteers they wanted to continue on to Oaxaca or Puebla.",
            &["Oaxaca", "Puebla"][..],
        ),
        ("Most said they intended to stay in Mexico.", &["Mexico"]),
        ("Most said they meant to stay in Mexico.", &["Mexico"]),
        (
            "One of them said the group would stay in Mexico until it is calm.",
            &["Mexico"],
        ),
        (
            "\"We will stay in Mexico until it is calm,\" one said.",
            &["Mexico"],
        ),
        ("\"We want to live in Mexico,\" one said.", &["Mexico"]),
        (
            "\"We want to reach the United States,\" said Rosa Elena Díaz, 30.",
            &["United States"],
        ),
        // Where the way they are on leads, or what they call their goal.
        (
            "They hoped to find a ride to Oaxaca, on the way to the United States.",
            &["United States"],
        ),
        (
            "Most had crossed from Guatemala by bus. Their goal is Monterrey, and the jobs \
                 they hope to find there.",
            &["Monterrey"],
        ),
    ] {
        let mut found = destinations(&format!("{arrived}{then}"));
        found.sort();
        assert_eq!(found, expected, "{then}");
    }
    // What "we" did on the way gives the group no place: it is often the speaker's own.
    let doc = Doc::new(
        &format!("{arrived}\"We walked for days,\" said Rosa Elena Díaz, who left Choluteca."),
        g.cleaner(),
    );
    let ex = extract(&g, &doc, None);
    let group = ex.groups.first().expect("a group");
    let places = [
        &group.at,
        &group.departed_from,
        &group.passed_through,
        &group.origins,
    ];
    assert!(places
        .iter()
        .flat_map(|ps| ps.iter())
        .all(|&p| ex.places[p].name != "Choluteca"));
}

#[test]
fn the_places_of_a_trip_still_ahead_are_not_where_the_group_is() {
    let boats = "A group of 40 Cubans waited on Tuesday in Turbo for the boats that will \
                     take them to the edge of the Darién jungle.";
    let [at, through, ..] = places_of_group(&format!("Boats wait\n\n{boats}"));
    assert_eq!((at, through), (vec!["Turbo".to_string()], vec![]));
    // Where they hope to go is still their destination.
    let hope = "Some 60 Venezuelans rested in Managua. Most hope to continue through \
                    Honduras and to reach Mexico City.";
    let [at, through, ..] = places_of_group(&format!("Bus station\n\n{hope}"));
    assert_eq!((at, through), (vec!["Managua".to_string()], vec![]));
    assert_eq!(route(hope).1, ["Mexico City"]);
    let [at, ..] = places_of_group(
        "Caravan\n\nAbout 900 migrants rested in Tapachula on Monday. They expected to \
             reach the border at Ciudad Hidalgo by Wednesday.",
    );
    assert_eq!(at, ["Tapachula"]);
    // What they plan or intend is ahead; a plan of someone else's says nothing of it.
    for (text, through) in [
        (
            "Some 40 Venezuelans rested in Tecún Umán. They plan to take buses on through \
              Honduras.",
            false,
        ),
        (
            "Some 40 Venezuelans rested in Tecún Umán. They intend to go on through Honduras.",
            false,
        ),
        (
            "Some 40 Venezuelans rested in Tecún Umán. They walked on through Honduras.",
            true,
        ),
    ] {
        let [at, passed, ..] = places_of_group(&format!("Rafts\n\n{text}"));
        assert_eq!(at, ["Tecún Umán"], "{text}");
        assert_eq!(passed == ["Honduras"], through, "{text}");
    }
    // Where they are to be left is where they were headed.
    let trailer = "Police found 30 Guatemalans in a trailer in Veracruz. The children said \
                       they had been loaded into the trailer in Tapachula, and that the driver \
                       had promised to leave them in Reynosa.";
    let [at, ..] = places_of_group(&format!("Trailer found\n\n{trailer}"));
    assert_eq!(at, ["Tapachula", "Veracruz"]);
    assert_eq!(route(trailer).1, ["Reynosa"]);
    // Nor is where they were to be handed over.
    let [at, ..] = places_of_group(
        "Walkers\n\nPolice found 43 Venezuelans in Huara. The group was to be handed over \
             to the police in Iquique on Thursday.",
    );
    assert_eq!(at, ["Huara"]);
    // Nor where the group plans to cross.
    let [at, ..] = places_of_group(
        "Walkers\n\nSixty Haitians spent the night in Ocotal. The group plans to cross \
             into Honduras at Las Manos.",
    );
    assert_eq!(at, ["Ocotal"]);
}

#[test]
fn a_group_brought_somewhere_is_there_and_was_headed_there() {
    let g = Gazetteer::builtin();
    let at_and_to = |text: &str| {
        let doc = Doc::new(text, g.cleaner());
        let ex = extract(&g, &doc, None);
        let group = ex.groups.first().expect("a group");
        let names = |places: &[usize]| -> Vec<String> {
            places.iter().map(|&p| ex.places[p].name.clone()).collect()
        };
        (names(&group.at), names(&group.destinations))
    };
    // Deported: headed home, and there when the article names it there.
    let (at, to) = at_and_to(
        "Flight lands\n\nA charter flight carrying 120 Guatemalan deportees landed on \
             Tuesday.",
    );
    assert_eq!((at, to), (vec![], vec!["Guatemala".to_string()]));
    let (at, to) = at_and_to(
        "Flight lands\n\nA charter flight carrying 120 Guatemalan deportees landed in \
             Guatemala on Tuesday.",
    );
    assert_eq!(
        (at, to),
        (vec!["Guatemala".to_string()], vec!["Guatemala".to_string()])
    );
    // Brought by bus to a city.
    let (at, to) = at_and_to(
        "Bus arrives\n\nA bus carrying 42 migrants pulled into a shelter in Denver on \
             Thursday.",
    );
    assert_eq!(
        (at, to),
        (vec!["Denver".to_string()], vec!["Denver".to_string()])
    );
    // Where the boat set out, before the arrival, is where the trip began; a place in
    // another clause after it is no arrival either.
    let (_, to) = at_and_to(
        "Boat lands\n\nAbout 50 people boarded a boat at Le Havre and reached the coast near \
             Folkestone on Friday, while a second attempt from a beach near Dieppe failed.",
    );
    assert_eq!(to, ["Folkestone"]);
    // Walking into a city is being there, not heading there.
    let (at, to) = at_and_to("Caravan\n\nAbout 900 migrants rested in Tapachula on Monday.");
    assert_eq!((at, to), (vec!["Tapachula".to_string()], vec![]));
    // Taken there by others, named as "them" in the next sentence.
    for took in ["took them to the station in", "later took them to"] {
        let (at, to) = at_and_to(&format!(
            "Walkers found\n\nAgents found 86 migrants near the border on Monday. Agents \
                 {took} Deming for processing."
        ));
        assert_eq!(
            (at, to),
            (vec!["Deming".to_string()], vec!["Deming".to_string()]),
            "{took}"
        );
    }
}

#[test]
fn a_group_is_in_the_places_the_article_names_that_contain_where_it_is() {
    let g = Gazetteer::builtin();
    let at = |body: &str| {
        let doc = Doc::new(&format!("Caravan news\n\n{body}"), g.cleaner());
        let ex = extract(&g, &doc, None);
        let group = ex.groups.first().expect("a group");
        let mut names: Vec<String> = group
            .at
            .iter()
            .map(|&p| ex.places[p].name.clone())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
            at("A caravan of 2,000 migrants rested in Tapachula. Chiapas and Mexico say more will come."),
            ["Chiapas", "Mexico", "Tapachula"]
        );
    // Containers the article does not name are not added.
    assert_eq!(
        at("A caravan of 2,000 migrants rested in Tapachula on Monday."),
        ["Tapachula"]
    );
    // "U.S." before a noun names the country's officials, not where anyone is.
    let in_texas = "About 300 migrants waited in Del Rio, Texas, on Sunday.";
    for aside in [
        "They wanted to be processed by U.S. immigration authorities.",
        "The U.S. Border Patrol counted them.",
        "Others were held at the U.S.-Mexico border.",
        "Others were held at the US-Mexico border.",
    ] {
        assert_eq!(at(&format!("{in_texas} {aside}")), ["Del Rio", "Texas"]);
    }
    assert_eq!(
        at(&format!(
            "{in_texas} They had crossed into the U.S. on foot."
        )),
        ["Del Rio", "Texas", "United States"]
    );
}

#[test]
fn a_place_after_to_a_facility_in_is_where_the_group_is_taken() {
    let (_, to) = route("Buses carried 300 migrants from Panama to a shelter in Tapachula.");
    assert_eq!(to, ["Tapachula"]);
    // Sent there: the verb before "to" says a place follows, whatever words come between.
    let (_, to) = route("About 300 migrants were sent to temporary housing in Tapachula.");
    assert_eq!(to, ["Tapachula"]);
    // Where they were taken is where they then are.
    let [at, ..] = places_of_group(
        "Border news\n\nBuses carried 300 migrants from Panama to a shelter in Tapachula.",
    );
    assert_eq!(at, ["Tapachula"]);
    let [at, _, left, _] = places_of_group(
        "Border news\n\nAbout 300 migrants driven north from Escuintla in vans were flown \
             to Tapachula on Monday.",
    );
    assert_eq!(
        (at, left),
        (vec!["Tapachula".into()], vec!["Escuintla".into()])
    );
    let (_, to) = route("About 300 migrants were flown to Tapachula on Monday.");
    assert_eq!(to, ["Tapachula"]);
    let [at, ..] = places_of_group(
        "Border news\n\nOn Tuesday, a flight carried 38 Colombians from Panama City to \
             Medellín.",
    );
    assert_eq!(at, ["Medellín"]);
    // Reaching it, told as done.
    let [at, ..] = places_of_group(
        "Border news\n\nAbout 900 migrants walked for five days before reaching the \
             Indigenous village of Ojo Seco.",
    );
    assert_eq!(at, ["Ojo Seco"]);
    let [at, ..] = places_of_group(
        "Border news\n\nBuses carried about 700 migrants north on Wednesday, reaching \
             Tapachula late at night.",
    );
    assert_eq!(at, ["Tapachula"]);
    let (_, to) = route("A group of 300 migrants was sent back to Guatemala on Friday.");
    assert_eq!(to, ["Guatemala"]);
    // An infinitive's "to" takes no one anywhere.
    let (_, to) = route("A caravan of 300 migrants was forced to wait in Tapachula.");
    assert!(to.is_empty(), "{to:?}");
}

#[test]
fn the_longest_size_qualifier_is_kept() {
    let g = Gazetteer::builtin();
    let doc = Doc::new(
        "Caravan news\n\nAs many as 3,000 migrants joined the caravan in Tapachula.",
        g.cleaner(),
    );
    let ex = extract(&g, &doc, None);
    let size = &ex.groups.first().expect("a group").sizes[0];
    assert_eq!(
        (size.values.as_slice(), size.qualifier.as_deref()),
        (&[3000][..], Some("as many as"))
    );
}

/// The peoples listed before "migrants" that a boat carries are the group's origins.
#[test]
fn a_list_of_peoples_before_the_migrants_a_boat_carries_are_origins() {
    let (_, origins) = sizes_and_origins(
        "CROTONE, Italy (AP) — A fishing boat carrying Pakistani, Egyptian and Syrian \
             migrants ran aground near Crotone before dawn on Friday.\n\nThe coast guard \
             said it had counted 71 passengers.",
    );
    assert_eq!(origins, ["Pakistan", "Egypt", "Syria"]);
}

/// A few who walk across on their own are a group, however many places they come from.
#[test]
fn a_few_from_two_countries_who_walk_across_are_a_group() {
    let (sizes, origins) = sizes_and_origins(
        "LACOLLE, Canada (AP) — Seven asylum seekers from Eritrea and Sudan walked across \
             frozen fields into Quebec before dawn on Sunday.\n\nPolice said they were taken \
             to a station nearby.",
    );
    assert_eq!(sizes, [7]);
    assert_eq!(origins, ["Eritrea", "Sudan"]);
}

#[test]
fn women_stopped_on_their_way_across_a_border_are_a_group_counted() {
    let (sizes, _) = sizes_and_origins(
        "DHARAN, Nepal (AP) — Police stopped 17 young women at the bridge on Tuesday as \
             they were about to walk across into India.",
    );
    assert_eq!(sizes, [17]);
    // And boys or girls who travel alone.
    let (sizes, origins) = sizes_and_origins(
        "SUBOTICA, Serbia (AP) — Police found 12 Syrian boys hiding in a barn on Monday \
             night, a few kilometres from the border with Hungary.",
    );
    assert_eq!(
        (sizes.as_slice(), origins.as_slice()),
        (&[12][..], &["Syria".to_string()][..])
    );
}

#[test]
fn people_a_craft_carries_at_the_story_s_opening_are_the_group_s() {
    let (sizes, origins) = sizes_and_origins(
        "LORENGAU, Papua New Guinea (AP) — Two wooden boats carrying people from \
             Indonesia's Papua province came ashore this week, police said.\n\nTogether the \
             two boats carried 61 people, police said.",
    );
    assert_eq!(
        (sizes, origins),
        (vec![61], vec!["Indonesia".into(), "Papua".into()])
    );
    // Later in a story, such boats are background.
    let (_, origins) = sizes_and_origins(
        "DARWIN, Australia (AP) — A boat carrying 12 migrants landed on Monday.\n\n\
             Police met it.\n\nBoats carrying people from South Asia have landed here \
             several times in the past two years.",
    );
    assert!(origins.is_empty(), "{origins:?}");
}

#[test]
fn a_few_of_any_calling_who_ask_for_refuge_are_a_group_named_again_by_their_noun() {
    let groups = groups_of(
        "CARMELO, Uruguay (AP) — Eight players from Cuba's volleyball team walked out of \
             their hotel on Monday and have asked Uruguay for refuge.\n\nThe players took a \
             taxi to the bus terminal in Colonia del Sacramento on Tuesday.",
    );
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].0, [8]);
    assert!(
        groups[0].2.iter().any(|p| p == "Colonia del Sacramento"),
        "{:?}",
        groups[0].2
    );
    // Men so counted are named again as the subject, not as whom officials visit.
    let text = |visit: &str| {
        format!(
            "LUGANVILLE, Vanuatu (AP) — A trawler carrying Sri Lankan men was towed in on \
                 Wednesday. Police counted 37 men on board.\n\nThe men first came ashore near \
                 Port Olry.\n\n{visit}"
        )
    };
    let groups = groups_of(&text("The consul in Honiara visited the men."));
    assert_eq!(groups.len(), 1);
    assert!(
        groups[0].2.iter().any(|p| p == "Port Olry"),
        "{:?}",
        groups[0].2
    );
    assert!(
        !groups[0].2.iter().any(|p| p == "Honiara"),
        "{:?}",
        groups[0].2
    );
    // Not without asking for refuge.
    assert!(groups_of(
        "CARMELO, Uruguay (AP) — Eight players from Cuba's volleyball team walked out of \
             their hotel on Monday."
    )
    .is_empty());
    // Counted with their people and calling, asking for protection.
    for asked in [
        "asked for protection",
        "applied for international protection",
    ] {
        let groups = groups_of(&format!(
            "VELMOBYEN, Norway (AP) — Nine Ukrainian coal miners who had worked at a Russian \
                 mine drove across the island on Tuesday and {asked} in this town."
        ));
        assert_eq!(groups.len(), 1, "{asked}");
        assert_eq!(groups[0].0, [9], "{asked}");
    }
    // Not protection asked for someone else.
    assert!(groups_of(
        "VELMOBYEN, Norway (AP) — Nine Ukrainian coal miners who had worked at a Russian \
             mine said the union asked for protection of wages."
    )
    .is_empty());
}

#[test]
fn all_of_us_counted_names_where_they_head_but_not_where_they_are() {
    let (_, headed) = route(
        "MOYALE, Kenya (AP) — Police found 62 Ethiopians in a lorry on Monday.\n\n\"South \
             Africa. All sixty-two of us, South Africa,\" said Tamirat, 22.",
    );
    assert_eq!(headed, ["South Africa"]);
    let (_, headed) = route(
        "LUSAKA, Zambia (AP) — Police found 52 Ethiopians in a container on Monday.\n\n\
             \"We are in Zambia, near Chipata, all fifty-two of us,\" Temesgen said.",
    );
    assert!(headed.is_empty(), "{headed:?}");
}

#[test]
fn how_many_go_a_way_each_year_past_the_lede_is_background() {
    let [at, ..] = places_of_group(
        "Lorry\n\nMOYALE, Kenya (AP) — Police found 62 Ethiopians in a lorry on Monday.\n\n\
             The driver was held.\n\nThe men were fed.\n\nThe IOM says tens of thousands of \
             Ethiopians travel south each year through Tanzania, Malawi and Mozambique.",
    );
    assert!(!at.iter().any(|p| p == "Malawi"), "{at:?}");
    // Or have gone over the years since one.
    let [at, ..] = places_of_group(
        "Lorry\n\nMOYALE, Kenya (AP) — Police found 62 Ethiopians in a lorry on Monday.\n\n\
             The driver was held.\n\nThe men were fed.\n\nIn 2019, hundreds of Ethiopian \
             migrants walked through Malawi.",
    );
    assert!(!at.iter().any(|p| p == "Malawi"), "{at:?}");
    for since in ["since 2019", "in recent years"] {
        let [at, ..] = places_of_group(&format!(
            "Lorry\n\nMOYALE, Kenya (AP) — Police found 62 Ethiopians in a lorry on \
                 Monday.\n\nThe driver was held.\n\nThe men were fed.\n\nKenya has seen \
                 thousands of Ethiopian migrants {since}, many of whom walked through Malawi."
        ));
        assert!(!at.iter().any(|p| p == "Malawi"), "{since}: {at:?}");
    }
}

#[test]
fn a_craft_carrying_migrants_in_the_lede_is_the_group_uncounted_and_counted_aboard() {
    let text = "Border news\n\nA fishing boat carrying Eritrean and Sudanese migrants drifted for \
                a week and ran aground on Saturday on Lampedusa, officials said. A diver who \
                reached the boat said there were \"thirty, maybe more\" aboard.";
    let groups = groups_of(&text["Border news\n\n".len()..]);
    assert_eq!(groups.len(), 1, "{groups:?}");
    let (sizes, origins, places, _) = &groups[0];
    assert_eq!(sizes, &[30]);
    assert_eq!(origins, &["Eritrea", "Sudan"]);
    // Ran aground on an island: where the group is.
    assert_eq!(first_group_places(text, |group| &group.at), ["Lampedusa"]);
    assert_eq!(places, &["Lampedusa"]);
    // Boats carrying migrants past the lede, or in the plural, tell no group by themselves.
    for background in [
        "The coast guard said boats carrying Eritrean migrants often drift for days.",
        "Officials said a boat carrying migrants had sunk there in 2019.\n\nThe mayor spoke.",
    ] {
        let later = format!("The mayor of Lampedusa spoke on Monday.\n\n{background}");
        assert!(groups_of(&later).is_empty(), "{later}");
    }
}

#[test]
fn where_most_boats_from_a_place_head_is_background() {
    let groups = groups_of(
        "A fishing boat carrying 30 migrants ran aground on Lampedusa, officials said.\n\n\
         Most boats from Libya head for Sicily, and the few that reach Malta are pushed there \
         by the wind.",
    );
    assert_eq!(groups.len(), 1, "{groups:?}");
    let (sizes, _, places, _) = &groups[0];
    assert_eq!(sizes, &[30]);
    assert_eq!(places, &["Lampedusa"]);
}

/// A witness's count reads past the end of no sentence: an article may stop on "there were".
#[test]
fn an_article_that_ends_on_there_were_is_read() {
    let groups = groups_of("A boat carrying 30 migrants landed on Lampedusa, and there were");
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].0, [30]);
}

#[test]
fn how_many_tried_a_way_over_the_past_years_is_background() {
    let origins = first_group_places(
        "Island news\n\nFOMBONI, Comoros (AP) — A boat carrying Somali migrants came ashore on \
             Monday near Nioumachoua, the gendarmerie said.\n\nThe gendarmerie put the number \
             at \"about forty.\"\n\nThousands of people from East Africa have tried to reach \
             Mayotte by way of the Comoros in the past two years, most of them from Anjouan.",
        |group| &group.origins,
    );
    assert_eq!(origins, ["Somalia"]);
}

#[test]
fn where_most_of_them_went_over_the_past_months_is_their_way() {
    let places = first_group_places(
        "Island news\n\nPolice found 40 migrants on a beach on Tuesday.\n\nMost of the \
             passengers had flown from Cap-Haitien to Antigua over the past two months, they \
             said.",
        |group| &group.at,
    );
    assert!(places.contains(&"Antigua".to_string()), "{places:?}");
}
