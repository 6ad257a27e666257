// Picking where to split a claim and where a text selection lies, in the UTF-8 byte
// offsets core speaks. Pure: the components turn DOM positions into string indices.

import { byteIndexMap, utf8Length } from './highlight';

export interface Word {
  text: string;
  /** UTF-8 byte offset of the word's first character in the claim text. */
  at: number;
}

/** The claim text as words (runs without white space), each with its byte offset. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /\S+/gu;
  let m: RegExpExecArray | null;
  let bytes = 0;
  let last = 0;
  while ((m = re.exec(text))) {
    bytes += utf8Length(text.slice(last, m.index));
    out.push({ text: m[0], at: bytes });
    last = m.index;
  }
  return out;
}

/** Where a split may go: before every word but the first (byte offsets). */
export function splitPoints(text: string): number[] {
  return words(text)
    .slice(1)
    .map((w) => w.at);
}

/** The two parts a split at byte `at` makes, without white space at the cut (as core does). */
export function splitParts(text: string, at: number): { first: string; second: string } {
  const map = byteIndexMap(text);
  const i = map[Math.min(Math.max(Math.trunc(at), 0), map.length - 1)] ?? text.length;
  return { first: text.slice(0, i).trim(), second: text.slice(i).trim() };
}

/**
 * A sensible first split point: after the punctuation mark or joining word ("and",
 * "but", "while"…) nearest the middle, else the word nearest the middle. Null when
 * the text has a single word.
 */
export function suggestedPoint(text: string): number | null {
  const ws = words(text);
  if (ws.length < 2) return null;
  const total = utf8Length(text);
  const mid = total / 2;
  const joins = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'so']);
  let best: { at: number; d: number } | null = null;
  for (let i = 1; i < ws.length; i++) {
    const prev = ws[i - 1] as Word;
    const w = ws[i] as Word;
    const afterMark = /[,;:.!?)\u2014\u2013]$/u.test(prev.text);
    const join = joins.has(w.text.toLowerCase());
    if (!afterMark && !join) continue;
    const d = Math.abs(w.at - mid);
    if (!best || d < best.d) best = { at: w.at, d };
  }
  if (best) return best.at;
  let nearest = ws[1] as Word;
  for (const w of ws.slice(1)) if (Math.abs(w.at - mid) < Math.abs(nearest.at - mid)) nearest = w;
  return nearest.at;
}

/** UTF-8 byte offset of UTF-16 index `index` of `text` (clamped to the text). */
export function byteOffset(text: string, index: number): number {
  const i = Math.min(Math.max(Math.trunc(index), 0), text.length);
  return utf8Length(text.slice(0, i));
}

export interface Selected {
  start: number;
  end: number;
  text: string;
}

export interface SpanLike {
  start: number;
  end: number;
}

/**
 * A selection of the article body from UTF-16 index `from` to `to` (either order), as
 * core will take it: UTF-8 byte offsets with white space at the edges dropped. Null
 * when nothing but white space is selected.
 */
export function selectedRange(body: string, from: number, to: number): Selected | null {
  let a = Math.min(Math.max(Math.trunc(Math.min(from, to)), 0), body.length);
  let b = Math.min(Math.max(Math.trunc(Math.max(from, to)), 0), body.length);
  while (a < b && /\s/u.test(body[a] ?? '')) a++;
  while (b > a && /\s/u.test(body[b - 1] ?? '')) b--;
  if (b <= a) return null;
  return { start: byteOffset(body, a), end: byteOffset(body, b), text: body.slice(a, b) };
}

/**
 * Why a selection cannot become a claim, before asking core (which checks again and
 * has the last word): it lies in the dateline, or it overlaps a claim. Null when it
 * looks fine.
 */
export function selectionProblem(sel: SpanLike, bodyStart: number, claims: readonly SpanLike[]): string | null {
  if (sel.end <= bodyStart) return 'The dateline cannot be a claim';
  if (claims.some((c) => c.start < sel.end && c.end > sel.start)) return 'Overlaps a highlighted claim: split that claim instead';
  return null;
}
