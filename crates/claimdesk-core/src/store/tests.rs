//! Opening, migrating and refusing database files.

use super::*;
use crate::ErrorCode;

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    (dir, path)
}

#[test]
fn a_new_file_gets_the_latest_schema_with_wal_and_foreign_keys() {
    let (_d, path) = temp_db();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let mode: String = store.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = store.conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 1);
    drop(store);
    // Re-opening is a no-op.
    assert_eq!(Store::open(&path).unwrap().schema_version().unwrap(), LATEST_VERSION);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let (_d, path) = temp_db();
    let junk = b"this is a text file, not a database\n".repeat(100);
    std::fs::write(&path, &junk).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code, ErrorCode::DbCorrupt);
    assert_eq!(std::fs::read(&path).unwrap(), junk);
    assert!(!path.with_extension("db-wal").exists());
}

#[test]
fn a_damaged_sqlite_file_is_refused_and_left_untouched() {
    let (_d, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let mut bytes = std::fs::read(&path).unwrap();
    for b in bytes.iter_mut().skip(100).take(4000) {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code, ErrorCode::DbCorrupt, "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_database_from_a_newer_version_is_refused_unchanged() {
    let (_d, path) = temp_db();
    drop(Store::open(&path).unwrap());
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code, ErrorCode::DbTooNew);
    assert!(err.message.contains("newer Claimdesk"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_failing_upgrade_rolls_back_everything() {
    let (_d, path) = temp_db();
    let v1 = [MIGRATIONS[0]];
    let store = Store::open_with(&path, &v1).unwrap();
    store.conn.execute("INSERT INTO settings (key, value) VALUES ('org', 'Desk')", []).unwrap();
    drop(store);
    let broken = [
        MIGRATIONS[0],
        Migration { version: 2, name: "0002_ok.sql", sql: "CREATE TABLE extra (x INTEGER);" },
        Migration { version: 3, name: "0003_bad.sql", sql: "ALTER TABLE no_such_table ADD COLUMN y;" },
    ];
    let err = Store::open_with(&path, &broken).err().unwrap();
    assert!(err.message.contains("migration 3"), "{}", err.message);
    let store = Store::open_with(&path, &v1).unwrap();
    assert_eq!(store.schema_version().unwrap(), 1);
    let extra: i64 =
        store.conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'extra'", [], |r| r.get(0)).unwrap();
    assert_eq!(extra, 0, "migration 2 must have rolled back with 3");
    let org: String = store.conn.query_row("SELECT value FROM settings", [], |r| r.get(0)).unwrap();
    assert_eq!(org, "Desk");
}

#[test]
fn an_edited_shipped_migration_is_detected() {
    let (_d, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let mut edited = MIGRATIONS.to_vec();
    edited[0] = Migration { version: 1, name: "0001_init.sql", sql: "CREATE TABLE other (x);" };
    let err = Store::open_with(&path, &edited).err().unwrap();
    assert_eq!(err.code, ErrorCode::DbMigrationEdited);
}

#[test]
fn every_migration_file_is_embedded_in_order() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    files.sort();
    let embedded: Vec<&str> = MIGRATIONS.iter().map(|m| m.name).collect();
    assert_eq!(files, embedded);
    for (i, m) in MIGRATIONS.iter().enumerate() {
        assert_eq!(m.version, i as i64 + 1);
        assert!(m.name.starts_with(&format!("{:04}_", m.version)));
    }
    assert_eq!(LATEST_VERSION, MIGRATIONS.len() as i64);
}

#[test]
fn the_audit_history_is_append_only() {
    let store = Store::open_in_memory().unwrap();
    store
        .conn
        .execute(
            "INSERT INTO audit (id, at, actor, entity, entity_id, action) VALUES ('a', 't', 'x', 'claim', 'c', 'edit')",
            [],
        )
        .unwrap();
    let upd = store.conn.execute("UPDATE audit SET actor = 'y'", []).unwrap_err();
    assert!(upd.to_string().contains("append-only"));
    let del = store.conn.execute("DELETE FROM audit", []).unwrap_err();
    assert!(del.to_string().contains("append-only"));
}

#[test]
fn a_database_at_every_older_version_upgrades_and_keeps_its_rows() {
    for old in 1..LATEST_VERSION {
        let (_d, path) = temp_db();
        let store = Store::open_with(&path, &MIGRATIONS[..old as usize]).unwrap();
        assert_eq!(store.schema_version().unwrap(), old);
        store
            .conn
            .execute_batch(
                "INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES ('a1', 'T', 'Body.', 'h1', '2017-01-01T00:00:00Z');
                 INSERT INTO claims (id, article_id, text, span_start, span_end, attribution_type, created_at, updated_at)
                 VALUES ('c1', 'a1', 'Body.', 0, 5, 'unattributed', '2017-01-01T00:00:00Z', '2017-01-01T00:00:00Z');",
            )
            .unwrap();
        drop(store);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
        let (text, version): (String, i64) = store
            .conn
            .query_row("SELECT text, version FROM claims WHERE id = 'c1'", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!((text.as_str(), version), ("Body.", 1));
        let applied: i64 = store.conn.query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0)).unwrap();
        assert_eq!(applied, LATEST_VERSION);
    }
}

#[test]
fn rebuilding_the_claims_table_keeps_its_children_search_and_rules() {
    // Migration 7 drops and recreates claims and sentences; with foreign keys on that
    // drop would cascade into evidence and comments.
    let (_d, path) = temp_db();
    let store = Store::open_with(&path, &MIGRATIONS[..6]).unwrap();
    store
        .conn
        .execute_batch(
            "INSERT INTO reviewers (id, name, initials, role, created_at) VALUES ('r1', 'Ana', 'AN', 'editor', '2017-01-01T00:00:00Z');
             INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES ('a1', 'T', 'Tanks crossed the border.', 'h1', '2017-01-01T00:00:00Z');
             INSERT INTO claims (id, article_id, text, span_start, span_end, attribution_type, status, verdict, created_at, updated_at)
             VALUES ('c1', 'a1', 'Tanks crossed the border.', 0, 25, 'unattributed', 'verified', 'mostly_true', '2017-01-01T00:00:00Z', '2017-01-01T00:00:00Z');
             INSERT INTO claims_fts (rowid, text) SELECT rowid, text FROM claims;
             INSERT INTO sentences (article_id, idx, span_start, span_end, score, checkworthy, attribution_type)
             VALUES ('a1', 0, 0, 25, 0.6, 1, 'unattributed');
             INSERT INTO evidence (id, claim_id, kind, title, stance, reliability, created_at, updated_at)
             VALUES ('e1', 'c1', 'web', 'Satellite images', 'supports', 'high', '2017-01-01T00:00:00Z', '2017-01-01T00:00:00Z');
             INSERT INTO comments (id, claim_id, author_id, body, created_at) VALUES ('k1', 'c1', 'r1', 'Seen @Ana', '2017-01-01T00:00:00Z');
             INSERT INTO mentions (comment_id, reviewer_id, claim_id) VALUES ('k1', 'r1', 'c1');",
        )
        .unwrap();
    drop(store);
    let store = Store::open_with(&path, &MIGRATIONS[..7]).unwrap();
    let count = |sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM evidence WHERE claim_id = 'c1'"), 1);
    assert_eq!(count("SELECT count(*) FROM comments WHERE claim_id = 'c1'"), 1);
    assert_eq!(count("SELECT count(*) FROM mentions WHERE claim_id = 'c1'"), 1);
    assert_eq!(count("SELECT count(*) FROM sentences WHERE article_id = 'a1'"), 1);
    assert_eq!(count("SELECT count(*) FROM claims WHERE status = 'verified' AND verdict = 'mostly_true'"), 1);
    assert_eq!(count("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'border'"), 1);
    let fk: i64 = count("PRAGMA foreign_keys");
    assert_eq!(fk, 1, "foreign keys are back on after the upgrade");
    // The FTS triggers came back: editing the text moves the index with it.
    store.conn.execute("UPDATE claims SET text = 'Tanks crossed the river.' WHERE id = 'c1'", []).unwrap();
    assert_eq!(count("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'river'"), 1);
    assert_eq!(count("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'border'"), 0);
    // The rules hold, spelled without IN lists; deleting a claim still cascades.
    for bad in [
        "UPDATE claims SET status = 'done' WHERE id = 'c1'",
        "UPDATE claims SET verdict = 'pants_on_fire' WHERE id = 'c1'",
        "UPDATE claims SET attribution_type = 'rumour' WHERE id = 'c1'",
        "UPDATE claims SET attribution_check = 'maybe' WHERE id = 'c1'",
        "UPDATE sentences SET attribution_type = 'rumour' WHERE article_id = 'a1'",
    ] {
        let e = store.conn.execute(bad, []).unwrap_err().to_string();
        assert!(e.contains("CHECK constraint failed"), "{bad}: {e}");
    }
    let schema: String =
        count_text(&store, "SELECT group_concat(sql, ' ') FROM sqlite_schema WHERE name IN ('claims', 'sentences')");
    assert!(!schema.contains("IN ('"), "an IN-list check builds a b-tree per row: {schema}");
    store.conn.execute("DELETE FROM claims WHERE id = 'c1'", []).unwrap();
    assert_eq!(count("SELECT count(*) FROM evidence"), 0);
}

fn count_text(store: &Store, sql: &str) -> String {
    store.conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn an_upgrade_that_would_leave_a_dangling_reference_is_refused() {
    let (_d, path) = temp_db();
    let store = Store::open_with(&path, &MIGRATIONS[..6]).unwrap();
    store
        .conn
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO claims (id, article_id, text, span_start, span_end, attribution_type, created_at, updated_at)
             VALUES ('c1', 'missing', 'Orphan.', 0, 7, 'unattributed', '2017-01-01T00:00:00Z', '2017-01-01T00:00:00Z');",
        )
        .unwrap();
    drop(store);
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code, ErrorCode::DbCorrupt);
    assert!(err.message.contains("claims"), "{}", err.message);
    let store = Store::open_with(&path, &MIGRATIONS[..6]).unwrap();
    assert_eq!(store.schema_version().unwrap(), 6, "nothing was applied");
}

#[test]
fn the_import_source_cache_stores_what_the_plain_upsert_stores() {
    // The same sequence of mentions: a new alias, a repeat, a role learned later.
    let calls: [(&str, &str, Option<&str>, &str); 5] = [
        ("Vladimir Putin", "person", None, "Putin"),
        ("Vladimir Putin", "person", None, "Putin"),
        ("Vladimir Putin", "person", Some("Russian President"), "Russian President Vladimir Putin"),
        ("Kremlin", "government", None, "the Kremlin"),
        ("Vladimir Putin", "person", Some("President"), "Vladimir Putin"),
    ];
    let read = |store: &Store| -> Vec<(String, String, Option<String>, String)> {
        let mut stmt = store.conn.prepare("SELECT name, kind, role, aliases FROM sources ORDER BY name").unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap().map(|r| r.unwrap()).collect()
    };
    let mut plain = Store::open_in_memory().unwrap();
    plain
        .write(|tx| {
            for (name, kind, role, mention) in calls {
                claims::upsert_source(tx, name, kind, role, mention)?;
            }
            Ok(())
        })
        .unwrap();
    let mut cached = Store::open_in_memory().unwrap();
    let mut cache = claims::SourceCache::default();
    let ids = cached
        .write(|tx| {
            calls
                .iter()
                .map(|(name, kind, role, mention)| {
                    claims::upsert_source_cached(tx, &mut cache, name, kind, *role, mention)
                })
                .collect::<crate::error::Result<Vec<String>>>()
        })
        .unwrap();
    assert_eq!(read(&plain), read(&cached));
    assert_eq!(ids[0], ids[4], "one source per entity");
    assert_eq!(read(&cached)[1].2.as_deref(), Some("Russian President"), "the first role learned stays");
}

#[test]
fn sentence_rows_become_one_analysis_per_article() {
    // Migration 9 folds the sentences table into articles.analysis, in index order,
    // keeping every field; an article without sentence rows gets an empty list.
    let (_d, path) = temp_db();
    let store = Store::open_with(&path, &MIGRATIONS[..8]).unwrap();
    store
        .conn
        .execute_batch(
            r#"INSERT INTO sources (id, name, kind) VALUES ('s1', 'Vladimir Putin', 'person');
             INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES ('a1', 'T', 'Tanks crossed. Putin said "no".', 'h1', '2017-01-01T00:00:00Z');
             INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES ('a2', 'U', 'Nothing.', 'h2', '2017-01-01T00:00:00Z');
             INSERT INTO sentences (article_id, idx, span_start, span_end, score, checkworthy, reasons, source_id, mention, cue, attribution_type, reported_by)
             VALUES ('a1', 1, 15, 31, 0.25, 0, '["states a number"]', 's1', 'Putin', 'said', 'direct', 'Interfax');
             INSERT INTO sentences (article_id, idx, span_start, span_end, score, checkworthy, reasons, attribution_type)
             VALUES ('a1', 0, 0, 14, 0.75, 1, 'entity', 'unattributed');"#,
        )
        .unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let stored = |id: &str| -> String {
        store.conn.query_row("SELECT analysis FROM articles WHERE id = ?1", [id], |r| r.get(0)).unwrap()
    };
    let a1 = stored("a1");
    let sentences = analysis::decode("a1", &a1).unwrap();
    assert_eq!(sentences.len(), 2);
    let (first, second) = (&sentences[0], &sentences[1]);
    assert_eq!((first.index, first.start, first.end, first.score, first.checkworthy), (0, 0, 14, 0.75, true));
    assert_eq!((first.reasons.as_ref(), first.source_id.as_deref()), ("entity", None));
    assert_eq!((second.index, second.start, second.end, second.score, second.checkworthy), (1, 15, 31, 0.25, false));
    assert_eq!(second.reasons, r#"["states a number"]"#);
    assert_eq!(second.source_id.as_deref(), Some("s1"));
    assert_eq!((second.mention.as_deref(), second.cue.as_deref()), (Some("Putin"), Some("said")));
    assert_eq!(second.attribution, crate::model::AttributionKind::Direct);
    assert_eq!(second.reported_by.as_deref(), Some("Interfax"));
    assert_eq!(stored("a2"), "[]");
    let tables: i64 =
        store.conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'sentences'", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 0, "the per-sentence table is gone");
}

#[test]
fn new_databases_get_large_pages_and_old_ones_keep_theirs() {
    let page_size = |store: &Store| -> i64 { store.conn.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap() };
    let (_d, path) = temp_db();
    assert_eq!(page_size(&Store::open(&path).unwrap()), PAGE_SIZE as i64);
    assert_eq!(page_size(&Store::open(&path).unwrap()), PAGE_SIZE as i64, "and keeps them when opened again");

    // A database made with SQLite's default 4 KiB pages (every earlier version) opens,
    // migrates and stays as it is.
    let (_d2, old) = temp_db();
    let c = rusqlite::Connection::open(&old).unwrap();
    c.execute_batch("PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE t (x); DROP TABLE t;").unwrap();
    drop(c);
    let store = Store::open(&old).unwrap();
    assert_eq!(page_size(&store), 4096);
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    // The log is checkpointed after the same number of bytes whatever the page size.
    let checkpoint =
        |store: &Store| -> i64 { store.conn.query_row("PRAGMA wal_autocheckpoint", [], |r| r.get(0)).unwrap() };
    assert_eq!(checkpoint(&store), (DEFAULT_CHECKPOINT_BYTES / 4096) as i64);
    assert_eq!(checkpoint(&Store::open(&path).unwrap()), (DEFAULT_CHECKPOINT_BYTES / PAGE_SIZE) as i64);
}
