//! Today's date in the local time zone, for commands run without an `as_of` date.
//!
//! `jiff::Zoned::now()` first builds jiff's time zone database, which lists every
//! file under `/usr/share/zoneinfo`: a sixth of the instructions `aims check` runs on
//! a one-file workspace, and a system call per file. A date needs only the local
//! zone's rules, so where `TZ` is not set they are read from `/etc/localtime` (the
//! file jiff itself reads for the system zone); anywhere else jiff decides as before.

use jiff::tz::TimeZone;

/// The local system time zone's file, on Unix.
const LOCALTIME: &str = "/etc/localtime";

/// Today's date where this process runs.
pub fn today() -> jiff::civil::Date {
    let now = jiff::Timestamp::now();
    match local_zone_without_database() {
        Some(zone) => now.to_zoned(zone).date(),
        None => jiff::Zoned::now().date(),
    }
}

/// The zone `/etc/localtime` describes, unless `TZ` names another one (or it cannot
/// be read).
fn local_zone_without_database() -> Option<TimeZone> {
    if cfg!(not(unix)) || std::env::var_os("TZ").is_some() {
        return None;
    }
    let data = std::fs::read(LOCALTIME).ok()?;
    TimeZone::tzif("localtime", &data).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_the_date_jiff_gives() {
        let before = jiff::Zoned::now().date();
        let ours = today();
        let after = jiff::Zoned::now().date();
        assert!(ours == before || ours == after, "{ours} not {before}");
    }
}
