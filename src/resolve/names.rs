//! Person name keys: what identifies a person across articles. A key is the first given name
//! (short forms folded: "Mike" -> "michael") and the surnames, leaving out initials and further
//! given names: "Andrés Manuel López Obrador" -> andres + [lopez, obrador];
//! "Michael R. Pompeo" -> michael + [pompeo].

use crate::gazetteer::{Gazetteer, TriggerKind};

/// The identifying parts of a personal name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonKey {
    /// Canonical first given name; `None` for a surname alone ("Blinken").
    pub given: Option<String>,
    /// Surnames in order (at least one).
    pub surnames: Vec<String>,
}

impl PersonKey {
    /// The key as the person index writes it: "given|surname surname" ("|blinken" without a
    /// given name).
    pub fn name_key(&self) -> String {
        format!(
            "{}|{}",
            self.given.as_deref().unwrap_or(""),
            self.surnames.join(" ")
        )
    }

    /// The key that [`PersonKey::name_key`] wrote.
    pub fn from_name_key(text: &str) -> Option<Self> {
        let (given, surnames) = text.split_once('|')?;
        Some(Self {
            given: (!given.is_empty()).then(|| given.to_string()),
            surnames: surnames.split(' ').map(str::to_string).collect(),
        })
    }

    /// The key of a written name; `None` when nothing of it can identify a person.
    pub fn of(g: &Gazetteer, name: &str) -> Option<Self> {
        let words = crate::resolve::name_words(name);
        match words.as_slice() {
            [] => None,
            [only] => Some(Self {
                given: None,
                surnames: vec![only.clone()],
            }),
            [first, rest @ ..] => {
                // ("Ahmedou Ould Sidi": a given name after a patronymic word is the father's,
                // a surname. So is the last word, whatever it is: "Hassan Sheikh Mohamud" and
                // "Abdikadir Sheikh Nur" end on a forefather's given name, which tells them
                // apart.)
                // ("Abdul Wahid Paiman" and "Abdul Qadir Paiman": a given name of two words
                // is told apart by its second.)
                let (first, rest) = match rest {
                    [second, surnames @ ..]
                        if !surnames.is_empty()
                            && g.is_trigger(TriggerKind::GivenNamePrefix, first) =>
                    {
                        (format!("{first} {second}"), surnames)
                    }
                    _ => (g.canonical_given(first).to_string(), rest),
                };
                let last = rest.len() - 1;
                let surnames: Vec<String> = rest
                    .iter()
                    .enumerate()
                    .filter(|&(i, w)| {
                        i == last
                            || !g.is_given_name(w)
                            || (i > 0 && g.is_trigger(TriggerKind::Patronymic, &rest[i - 1]))
                    })
                    .map(|(_, w)| w.clone())
                    .collect();
                Some(Self {
                    given: Some(first),
                    surnames,
                })
            }
        }
    }

    /// The slug of the key, the last part of a person's IRI ("antony-blinken").
    pub fn slug(&self) -> String {
        let mut parts: Vec<&str> = self.given.iter().map(String::as_str).collect();
        parts.extend(self.surnames.iter().map(String::as_str));
        crate::rdf::slug(&parts.join(" "))
    }

    /// Whether this (shorter) key can name the same person as `fuller`: the same first given
    /// name, or none, or an unknown word, no longer, used as a nickname of a known given name; and
    /// surnames that appear in the fuller key in the same order. (Two given names neither of
    /// which the list knows are two people's: "Thanakorn Srisawat" and "Somchai Srisawat".)
    pub fn fits(&self, g: &Gazetteer, fuller: &PersonKey) -> bool {
        let given_ok = match (&self.given, &fuller.given) {
            (None, _) => true,
            // (A nickname is short: "Gordo" for Jesús, not "Karamoko" for Ibrahim.)
            (Some(a), Some(b)) => {
                a == b
                    || (!g.is_given_name(a)
                        && g.is_given_name(b)
                        && a.chars().count() <= b.chars().count())
            }
            (Some(_), None) => false,
        };
        let mut it = fuller.surnames.iter();
        given_ok && self.surnames.iter().all(|s| it.any(|f| f == s)) && self != fuller
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_initials_middle_names_and_short_forms() {
        let g = Gazetteer::builtin();
        let k = |n: &str| PersonKey::of(&g, n).unwrap();
        assert_eq!(k("Michael R. Pompeo"), k("Mike Pompeo"));
        assert_eq!(k("Antony J. Blinken"), k("Anthony Blinken"));
        assert_eq!(
            k("Andrés Manuel López Obrador"),
            k("Andres Manuel Lopez Obrador")
        );
        assert_eq!(k("Antony Blinken").slug(), "antony-blinken");
        assert!(k("Blinken").fits(&g, &k("Antony Blinken")));
        assert!(k("Laurentino Cortizo").fits(&g, &k("Laurentino Cortizo Cohen")));
        assert!(k("Luis García Villagrán").fits(&g, &k("Luis Rey García Villagrán")));
        assert!(!k("Marcelo García").fits(&g, &k("Luis García Villagrán")));
        assert!(!k("Antony Blinken").fits(&g, &k("Antony Blinken")));
        // "Abdul" begins a given name of two words, which tells two brothers apart.
        assert_ne!(k("Abdul Wahid Paiman"), k("Abdul Qadir Paiman"));
        assert_eq!(k("Abdul Wahid Paiman").slug(), "abdul-wahid-paiman");
        assert_eq!(k("Abdul Paiman").slug(), "abdul-paiman");
        // A nickname fits a given name the list knows; two unknown given names are two people.
        assert!(k("Gordo García").fits(&g, &k("Jesús García")));
        assert!(!k("Thanakorn Srisawat").fits(&g, &k("Somchai Srisawat")));
        assert!(!k("Somchai Srisawat").fits(&g, &k("Thanakorn Srisawat")));
        // An unknown given name longer than the known one is no nickname of it.
        assert!(!k("Karamoko Jean-Marie Traoré").fits(&g, &k("Ibrahim Traoré")));
        // A given name after a patronymic word is a surname: two men "Ould" are two people.
        assert_eq!(k("Ahmedou Ould Sidi").slug(), "ahmedou-ould-sidi");
        assert!(!k("Ahmedou Ould Sidi").fits(&g, &k("Mohamed Salem Ould Merzoug")));
        assert!(k("Ould Merzoug").fits(&g, &k("Mohamed Salem Ould Merzoug")));
        // The last word is a surname even when it is a given name too: a forefather's name tells
        // two men apart, and names the man alone.
        assert!(!k("Abdikadir Sheikh Nur").fits(&g, &k("Hassan Sheikh Mohamud")));
        assert!(k("Mohamud").fits(&g, &k("Hassan Sheikh Mohamud")));
    }
}
