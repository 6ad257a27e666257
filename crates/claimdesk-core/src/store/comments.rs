//! Queries over `comments` and `mentions`.

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::model::Comment;

pub fn list(conn: &Connection, claim_id: &str) -> Result<Vec<Comment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.claim_id, r.name, c.body, c.created_at,
                (SELECT json_group_array(m2.name) FROM mentions m JOIN reviewers m2 ON m2.id = m.reviewer_id WHERE m.comment_id = c.id)
         FROM comments c LEFT JOIN reviewers r ON r.id = c.author_id
         WHERE c.claim_id = ?1 ORDER BY c.created_at, c.id",
    )?;
    let rows = stmt.query_map([claim_id], |r| {
        let mentions: String = r.get(5)?;
        Ok(Comment {
            id: r.get(0)?,
            claim_id: r.get(1)?,
            author: r.get(2)?,
            body: r.get(3)?,
            created_at: r.get(4)?,
            mentions: serde_json::from_str(&mentions).unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn insert(conn: &Connection, id: &str, claim_id: &str, author_id: &str, body: &str, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO comments (id, claim_id, author_id, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![id, claim_id, author_id, body, now])?;
    Ok(())
}

pub fn insert_mention(conn: &Connection, comment_id: &str, reviewer_id: &str, claim_id: &str) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO mentions (comment_id, reviewer_id, claim_id) VALUES (?1, ?2, ?3)")?
        .execute(params![comment_id, reviewer_id, claim_id])?;
    Ok(())
}

/// Reviewers named as `@Name` in `body` (longest names first, case-insensitive).
pub fn mentioned<'a>(body: &str, reviewers: &'a [crate::model::Reviewer]) -> Vec<&'a crate::model::Reviewer> {
    let lower = body.to_lowercase();
    let mut sorted: Vec<&crate::model::Reviewer> = reviewers.iter().filter(|r| r.active).collect();
    sorted.sort_by_key(|r| std::cmp::Reverse(r.name.len()));
    let mut taken = vec![false; lower.len()];
    let mut out = Vec::new();
    for r in sorted {
        let needle = format!("@{}", r.name.to_lowercase());
        let mut from = 0;
        while let Some(pos) = lower[from..].find(&needle) {
            let at = from + pos;
            let end = at + needle.len();
            let boundary = lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if boundary && !taken[at] {
                taken[at..end].iter_mut().for_each(|t| *t = true);
                if !out.iter().any(|o: &&crate::model::Reviewer| o.id == r.id) {
                    out.push(r);
                }
            }
            from = end;
        }
    }
    out
}
