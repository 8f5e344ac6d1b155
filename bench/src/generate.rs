//! Generated workspaces for benchmarks: N controls, each satisfying K requirements of
//! ISO/IEC 42001 and ISO/IEC 27001 and citing one evidence record, with one risk per
//! five controls and one AI system (with its impact assessment) per fifty, spread over
//! files of about 500 lines.
//!
//! The same declarations are also written as JSON (one object per declaration), so
//! the cost of merely reading them can be measured as a floor.

use std::fmt::Write as _;
use std::path::Path;

/// What to generate.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Controls (each with one evidence record).
    pub controls: usize,
    /// Requirements each control satisfies.
    pub requirements: usize,
    /// Controls per file.
    pub per_file: usize,
}

impl Shape {
    /// About `lines` lines of source in files of about 500 lines, 3 requirements per
    /// control (a control with its evidence and a share of a risk is about 15 lines).
    pub fn lines(lines: usize) -> Shape {
        Shape {
            controls: (lines / 15).max(5),
            requirements: 3,
            per_file: 33,
        }
    }

    /// `controls` controls with `requirements` requirements each.
    pub fn controls(controls: usize, requirements: usize) -> Shape {
        Shape {
            controls,
            requirements,
            per_file: 50,
        }
    }
}

/// What was written.
#[derive(Clone, Debug, Default)]
pub struct Generated {
    /// Lines of `.aims` source.
    pub lines: usize,
    /// Bytes of `.aims` source.
    pub bytes: usize,
    /// `.aims` files.
    pub files: usize,
    /// The same declarations as a JSON array.
    pub json: String,
    /// Workspace-relative path of a generated file with a control in it.
    pub sample_file: String,
}

/// Requirement paths (`framework.id`) of the built-in ISO/IEC 42001 and 27001
/// catalogues, read from their source.
pub fn requirement_paths() -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in aims::catalog::BUILTIN_FILES {
        let framework = match *path {
            "<builtin>/iso42001.aims" => "iso42001",
            "<builtin>/iso27001.aims" => "iso27001",
            _ => continue,
        };
        for line in text.lines() {
            let mut words = line.split_whitespace();
            if let (Some("clause" | "control"), Some(id)) = (words.next(), words.next()) {
                out.push(format!("{framework}.{id}"));
            }
        }
    }
    out
}

const ROLES: [&str; 4] = ["ciso", "head_of_ml", "it_lead", "dpo"];

/// Writes a workspace of this shape into `dir` (which must exist and be empty).
pub fn generate(dir: &Path, shape: Shape) -> std::io::Result<Generated> {
    let reqs = requirement_paths();
    let mut out = Generated::default();
    let mut json: Vec<serde_json::Value> = Vec::new();
    std::fs::write(
        dir.join("aims.toml"),
        "# Generated for benchmarks.\nas_of = 2026-11-28\n",
    )?;
    std::fs::create_dir_all(dir.join("spec"))?;

    let mut org = String::from(
        "/// A generated organisation.\norganisation bench \"Bench Ltd\" {\n  jurisdiction: UK\n  scope: [iso42001, iso27001]\n  risk_appetite: medium\n}\n",
    );
    json.push(
        serde_json::json!({"kind": "organisation", "name": "bench", "title": "Bench Ltd",
        "jurisdiction": "UK", "scope": ["iso42001", "iso27001"], "risk_appetite": "medium"}),
    );
    for role in ROLES {
        let _ = write!(
            org,
            "\nrole {role} \"Role {role}\" {{\n  holder: \"Person {role}\"\n}}\n"
        );
        json.push(
            serde_json::json!({"kind": "role", "name": role, "title": format!("Role {role}"),
            "holder": format!("Person {role}")}),
        );
    }
    write_file(dir, "spec/organisation.aims", &org, &mut out)?;

    let files = shape.controls.div_ceil(shape.per_file);
    for f in 0..files {
        let mut text = String::new();
        let first = f * shape.per_file;
        let last = (first + shape.per_file).min(shape.controls);
        for i in first..last {
            let owner = ROLES[i % ROLES.len()];
            let satisfies: Vec<&str> = (0..shape.requirements)
                .map(|k| reqs[(i * shape.requirements + k) % reqs.len()].as_str())
                .collect();
            let status = if i.is_multiple_of(7) {
                "in_progress"
            } else {
                "implemented"
            };
            let _ = write!(
                text,
                "/// Control number {i}.\ncontrol c{i} \"Control {i}\" {{\n  owner: {owner}\n  status: {status}\n  satisfies: [{}]\n  evidence: [e{i}]\n}}\n\n",
                satisfies.join(", ")
            );
            json.push(
                serde_json::json!({"kind": "control", "name": format!("c{i}"),
                "title": format!("Control {i}"), "owner": owner, "status": status,
                "satisfies": satisfies, "evidence": [format!("e{i}")]}),
            );
            let _ = write!(
                text,
                "evidence e{i} \"Evidence {i}\" {{\n  url: \"https://records.example/e/{i}\"\n  date: 2026-{:02}-01\n  valid_for: 12 months\n}}\n\n",
                1 + i % 11
            );
            json.push(
                serde_json::json!({"kind": "evidence", "name": format!("e{i}"),
                "title": format!("Evidence {i}"), "url": format!("https://records.example/e/{i}"),
                "date": format!("2026-{:02}-01", 1 + i % 11), "valid_for": "12 months"}),
            );
            if i.is_multiple_of(50) {
                let s = i / 50;
                let _ = write!(
                    text,
                    "system s{s} \"System {s}\" {{\n  owner: head_of_ml\n  lifecycle: production\n  purpose: \"Generated system {s}.\"\n  impact_assessment: s{s}_ia\n}}\n\nassessment s{s}_ia \"Impact assessment of system {s}\" {{\n  system: s{s}\n  date: 2026-06-01\n  review_every: 12 months\n}}\n\n"
                );
                json.push(
                    serde_json::json!({"kind": "system", "name": format!("s{s}"),
                    "title": format!("System {s}"), "owner": "head_of_ml",
                    "lifecycle": "production", "purpose": format!("Generated system {s}."),
                    "impact_assessment": format!("s{s}_ia")}),
                );
                json.push(
                    serde_json::json!({"kind": "assessment", "name": format!("s{s}_ia"),
                    "title": format!("Impact assessment of system {s}"), "system": format!("s{s}"),
                    "date": "2026-06-01", "review_every": "12 months"}),
                );
            }
            if i % 5 == 4 {
                let r = i / 5;
                let controls: Vec<String> = (i - 4..=i).map(|c| format!("c{c}")).collect();
                let _ = write!(
                    text,
                    "risk r{r} \"Risk {r}\" {{\n  system: s{}\n  owner: {owner}\n  likelihood: possible\n  impact: major\n  treatment: mitigate\n  controls: [{}]\n  residual: low\n}}\n\n",
                    i / 50,
                    controls.join(", ")
                );
                json.push(serde_json::json!({"kind": "risk", "name": format!("r{r}"),
                    "title": format!("Risk {r}"), "system": format!("s{}", i / 50),
                    "owner": owner, "likelihood": "possible", "impact": "major",
                    "treatment": "mitigate", "controls": controls, "residual": "low"}));
            }
        }
        let path = format!("spec/controls_{f:05}.aims");
        if f == files / 2 {
            out.sample_file = path.clone();
        }
        write_file(dir, &path, &text, &mut out)?;
    }
    out.json = serde_json::Value::Array(json).to_string();
    Ok(out)
}

fn write_file(dir: &Path, path: &str, text: &str, out: &mut Generated) -> std::io::Result<()> {
    std::fs::write(dir.join(path), text)?;
    out.lines += text.lines().count();
    out.bytes += text.len();
    out.files += 1;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_workspace_checks_without_errors() {
        let dir = std::env::temp_dir().join(format!("aims-bench-gen-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let generated = generate(&dir, Shape::controls(120, 3)).unwrap();
        assert_eq!(generated.files, 4);
        assert!(generated.lines > 120 * 12, "{} lines", generated.lines);
        let json: serde_json::Value = serde_json::from_str(&generated.json).unwrap();
        // organisation + 4 roles + 120 controls + 120 evidence + 24 risks + 3 systems
        // with their 3 impact assessments
        assert_eq!(
            json.as_array().unwrap().len(),
            1 + 4 + 120 + 120 + 24 + 3 + 3
        );
        let project =
            aims::workspace::Project::load(&dir, None, jiff::civil::date(2026, 11, 28)).unwrap();
        let diagnostics = project.diagnostics();
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.severity == aims::diagnostics::Severity::Error)
            .map(|d| format!("{} {}: {}", d.code.name(), d.location.file, d.message))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn generated_files_are_read_by_the_fast_parser() {
        let dir = std::env::temp_dir().join(format!("aims-bench-fast-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let generated = generate(&dir, Shape::lines(2_000)).unwrap();
        let mut read = 0;
        for entry in std::fs::read_dir(dir.join("spec")).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "aims") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let fast = aims::syntax::parse_well_formed(&text);
            let full = aims::syntax::parse_with_recovery(&text);
            assert!(
                full.errors.is_empty(),
                "{}: {:?}",
                path.display(),
                full.errors
            );
            assert_eq!(fast, Some(full), "{}", path.display());
            read += 1;
        }
        assert_eq!(read, generated.files);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
