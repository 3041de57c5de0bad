use super::*;

fn id(text: &str) -> Id {
    text.parse().unwrap()
}

#[test]
fn progress_survives_a_save_and_a_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".progress");
    let mut progress = Progress::default();
    progress.hints.insert(id("2.1"), 2);
    let run = Run { passed: true, fingerprint: fingerprint(b"fn main() {}") };
    progress.runs.insert(id("1.10"), run);
    progress.save(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let loaded = Progress::load(&path);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(text, format!("{HEADER}\n2.1 hints 2\n1.10 passed {:016x}\n", run.fingerprint));
    assert_eq!(loaded, progress);
    assert_eq!(loaded.hints_shown(id("2.1")), 2);
    assert_eq!(loaded.hints_shown(id("1.1")), 0);
    assert_eq!(loaded.runs.get(&id("1.10")), Some(&run));
}

#[test]
fn unreadable_lines_are_skipped_and_a_missing_file_is_no_progress() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".progress");
    std::fs::write(&path, "1.1 hints two\nx.y hints 1\n1.2 failed zz\n1.3 hints 1\n").unwrap();
    let loaded = Progress::load(&path);
    std::fs::remove_file(&path).unwrap();
    let mut expected = Progress::default();
    expected.hints.insert(id("1.3"), 1);
    assert_eq!(loaded, expected);
    assert_eq!(Progress::load(&path), Progress::default());
}

#[test]
fn the_fingerprint_is_fnv1a() {
    // Published FNV-1a 64 test vectors.
    assert_eq!(fingerprint(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fingerprint(b"a"), 0xaf63_dc4c_8601_ec8c);
}
