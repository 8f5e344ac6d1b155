//! The names of the frameworks in scope, made ready for reading once per
//! alias set rather than once per page.
//!
//! The catalogue's aliases are normalised and joined into the written forms
//! people use (`aliases`), and two derived sets come from comparing every
//! alias with every other: the short names a sentence may refer back with
//! (`ellipsis`) and the initials the spec allows (`initials`). That comparison
//! grows with the square of the aliases, so it belongs to the workspace (a
//! salsa query derives it when the catalogue changes), not to every reading
//! of every page.

use crate::prose::Alias;
use crate::prose::aliases::{Found, PreparedAlias, find_aliases, prepare_aliases};
use crate::prose::ellipsis::{self, ShortForms};
use crate::prose::initials::{self, InitialForms};

/// Every name of the frameworks in scope, ready to find in text.
#[derive(Clone, Debug, Default)]
pub struct FrameworkNames {
    /// The aliases as given, from which everything else is derived.
    given: Vec<Alias>,
    prepared: Vec<PreparedAlias>,
    short_forms: ShortForms,
    initials: InitialForms,
}

impl FrameworkNames {
    pub fn new(aliases: &[Alias]) -> FrameworkNames {
        let prepared = prepare_aliases(aliases);
        FrameworkNames {
            given: aliases.to_vec(),
            short_forms: ShortForms::new(&prepared),
            initials: InitialForms::new(&prepared),
            prepared,
        }
    }

    /// These names and `more` (a certificate's number as a name of its
    /// framework).
    pub fn with(&self, more: impl IntoIterator<Item = Alias>) -> FrameworkNames {
        let mut aliases = self.given.clone();
        aliases.extend(more);
        FrameworkNames::new(&aliases)
    }

    /// True when no framework has a name to find.
    pub fn is_empty(&self) -> bool {
        self.prepared.is_empty()
    }

    /// The aliases in their matching forms, longest first.
    pub fn prepared(&self) -> &[PreparedAlias] {
        &self.prepared
    }

    /// The frameworks `text` names, in text order; `earlier` holds those named
    /// earlier in the block, which short names and initials may refer to.
    pub fn find(&self, text: &str, earlier: &[String]) -> Vec<Found> {
        let found = find_aliases(text, &self.prepared);
        let found = ellipsis::with_short_names(text, found, &self.short_forms, earlier);
        initials::with_initials(text, found, &self.initials, earlier)
    }
}

/// Two sets are equal when they are derived from the same aliases, so a
/// catalogue edit that leaves the aliases alone re-reads no page.
impl PartialEq for FrameworkNames {
    fn eq(&self, other: &Self) -> bool {
        self.given == other.given
    }
}

impl Eq for FrameworkNames {}
