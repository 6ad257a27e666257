// @mentions in comments: finding the one being typed, suggesting reviewers, inserting
// the chosen name, and marking mentions in posted comments. Pure.

import type { Reviewer } from './bindings';

export interface MentionQuery {
  /** Index of the "@". */
  start: number;
  /** What follows the "@" up to the caret. */
  query: string;
}

const MAX_QUERY = 40;

/** The mention being typed at `caret`, if any: "@" at a word start, no line break after it. */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const upto = text.slice(0, caret);
  const at = upto.lastIndexOf('@');
  if (at < 0) return null;
  const before = at === 0 ? '' : upto[at - 1];
  if (before && /[\p{L}\p{N}_]/u.test(before)) return null;
  const query = upto.slice(at + 1);
  if (query.length > MAX_QUERY || /[\n\r@]/.test(query) || /\s\s/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}

/** Active reviewers whose name (or a word of it) starts with `query`, best first. */
export function suggestReviewers(reviewers: readonly Reviewer[], query: string, limit = 6): Reviewer[] {
  const q = query.trim().toLowerCase();
  const scored = reviewers
    .filter((r) => r.active)
    .map((r) => {
      const name = r.name.toLowerCase();
      let score = -1;
      if (name.startsWith(q)) score = 0;
      else if (name.split(/\s+/).some((w) => w.startsWith(q))) score = 1;
      else if (q.length > 1 && name.includes(q)) score = 2;
      return { r, score };
    })
    .filter((x) => x.score >= 0)
    .sort((a, b) => a.score - b.score || a.r.name.localeCompare(b.r.name));
  return scored.slice(0, limit).map((x) => x.r);
}

/** Replace the mention being typed with "@Name " and say where the caret goes. */
export function insertMention(text: string, m: MentionQuery, caret: number, name: string): { text: string; caret: number } {
  const insert = `@${name} `;
  const rest = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, m.start) + insert + rest, caret: m.start + insert.length };
}

export interface CommentPiece {
  text: string;
  mention: boolean;
}

/**
 * Split a comment into text and "@Name" mentions of the given names (longest names
 * first, case-insensitive, ending at a word boundary), as the backend finds them.
 */
export function splitMentions(body: string, names: readonly string[]): CommentPiece[] {
  const lower = body.toLowerCase();
  const taken: [number, number][] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const needle = `@${name.toLowerCase()}`;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      const end = at + needle.length;
      const next = body.slice(end, end + 2);
      const boundary = next === '' || !/^[\p{L}\p{N}]/u.test(next);
      if (boundary && !taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
      from = end;
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const out: CommentPiece[] = [];
  let cursor = 0;
  for (const [s, e] of taken) {
    if (s > cursor) out.push({ text: body.slice(cursor, s), mention: false });
    out.push({ text: body.slice(s, e), mention: true });
    cursor = e;
  }
  if (cursor < body.length) out.push({ text: body.slice(cursor), mention: false });
  return out;
}
