// Turning the backend's UTF-8 byte spans into pieces of a JavaScript (UTF-16) string.

import type { Claim } from './bindings';

export interface Segment {
  text: string;
  claim: Claim | null;
}

/**
 * For every UTF-8 byte offset 0..=byteLength of `text`, the UTF-16 index of the
 * character that starts there. An offset inside a multi-byte character maps to the
 * start of the next character, so a bad span can never split a character.
 */
export function byteIndexMap(text: string): Uint32Array {
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const units = cp > 0xffff ? 2 : 1;
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    map.push(i);
    for (let b = 1; b < bytes; b++) map.push(i + units);
    i += units;
  }
  map.push(text.length);
  return Uint32Array.from(map);
}

/** Number of bytes `text` takes in UTF-8. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function clampByte(offset: number, byteLength: number): number {
  if (!Number.isFinite(offset)) return offset > 0 ? byteLength : 0;
  return Math.min(Math.max(Math.trunc(offset), 0), byteLength);
}

/** The part of `text` between two UTF-8 byte offsets (clamped to the text). */
export function sliceBytes(text: string, start: number, end: number, map = byteIndexMap(text)): string {
  const len = map.length - 1;
  const s = clampByte(start, len);
  const e = clampByte(end, len);
  if (e <= s) return '';
  return text.slice(map[s], map[e]);
}

/**
 * Split `body` from byte offset `from` to its end into ordered pieces, each either
 * plain text (`claim: null`) or the text of one claim. Claims are placed by their
 * UTF-8 byte `start`/`end`. Spans outside the text are clipped to it; a span that
 * overlaps an earlier one keeps only its part after it; a span left empty is skipped.
 * Joining every piece's text gives back `body` from `from` exactly once.
 */
export function segments(body: string, claims: readonly Claim[], from = 0): Segment[] {
  const map = byteIndexMap(body);
  const byteLength = map.length - 1;
  const startByte = clampByte(from, byteLength);
  // Work in UTF-16 indices, which makes "already emitted" a single cursor.
  let cursor = map[startByte] ?? body.length;
  const out: Segment[] = [];

  const placed = claims
    .map((claim, order) => ({
      claim,
      order,
      s: map[clampByte(claim.start, byteLength)] ?? body.length,
      e: map[clampByte(claim.end, byteLength)] ?? body.length,
    }))
    .sort((a, b) => a.s - b.s || a.e - b.e || a.order - b.order);

  for (const { claim, s, e } of placed) {
    const start = Math.max(s, cursor);
    if (e <= start) continue;
    if (start > cursor) out.push({ text: body.slice(cursor, start), claim: null });
    out.push({ text: body.slice(start, e), claim });
    cursor = e;
  }
  if (cursor < body.length) out.push({ text: body.slice(cursor), claim: null });
  return out;
}

export interface Marked {
  text: string;
  /** True for a piece the search matched. */
  hit: boolean;
}

/**
 * Split a search snippet into plain and matched pieces from UTF-8 byte ranges
 * (`[start, end)`, as the backend reports them). Ranges are clipped to the text,
 * sorted, and merged where they overlap; empty ones are dropped. Joining the
 * pieces gives back `text`. Meant to be rendered as text and <mark>, never as HTML.
 */
export function markRanges(text: string, ranges: readonly (readonly [number, number])[]): Marked[] {
  const map = byteIndexMap(text);
  const byteLength = map.length - 1;
  const spans = ranges
    .map(([s, e]) => [map[clampByte(s, byteLength)] ?? text.length, map[clampByte(e, byteLength)] ?? text.length] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Marked[] = [];
  let cursor = 0;
  for (const [s, e] of spans) {
    const start = Math.max(s, cursor);
    if (e <= start) continue;
    if (start > cursor) out.push({ text: text.slice(cursor, start), hit: false });
    const last = out[out.length - 1];
    if (last?.hit && start === cursor) last.text += text.slice(start, e);
    else out.push({ text: text.slice(start, e), hit: true });
    cursor = e;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), hit: false });
  return out;
}

/** A sentence the extractor did not make a claim of (it can be promoted). */
export interface PlainSentence {
  index: number;
  start: number;
  end: number;
}

export interface ArticlePiece {
  text: string;
  claim: Claim | null;
  /** Set on text that is one whole sentence without a claim. */
  sentence: PlainSentence | null;
}

/**
 * Like `segments`, but plain text is further split at the sentences that have no
 * claim, so each of them can be offered for promotion. Joining the pieces still
 * gives back `body` from `from` exactly once.
 */
export function articlePieces(
  body: string,
  claims: readonly Claim[],
  sentences: readonly PlainSentence[],
  from = 0,
): ArticlePiece[] {
  const map = byteIndexMap(body);
  const byteLength = map.length - 1;
  const sents = sentences
    .map((s) => ({ s, a: map[clampByte(s.start, byteLength)] ?? body.length, b: map[clampByte(s.end, byteLength)] ?? body.length }))
    .filter((x) => x.b > x.a)
    .sort((x, y) => x.a - y.a);
  const out: ArticlePiece[] = [];
  let pos = map[clampByte(from, byteLength)] ?? body.length;
  for (const seg of segments(body, claims, from)) {
    const segStart = pos;
    const segEnd = pos + seg.text.length;
    pos = segEnd;
    if (seg.claim) {
      out.push({ text: seg.text, claim: seg.claim, sentence: null });
      continue;
    }
    let cursor = segStart;
    for (const { s, a, b } of sents) {
      if (a < cursor || b > segEnd) continue;
      if (a > cursor) out.push({ text: body.slice(cursor, a), claim: null, sentence: null });
      out.push({ text: body.slice(a, b), claim: null, sentence: s });
      cursor = b;
    }
    if (cursor < segEnd) out.push({ text: body.slice(cursor, segEnd), claim: null, sentence: null });
  }
  return out;
}
