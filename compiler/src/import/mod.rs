//! Ways in from documents people already have: an existing Statement of
//! Applicability becomes `.aims` text. Importers read tables and write text; they
//! never guess what a row means when it is unclear, and report what they did not
//! understand so that a person can finish the job.

pub mod soa;
pub mod table;
