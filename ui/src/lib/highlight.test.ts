import { describe, expect, it } from 'vitest';
import type { Claim } from './bindings';
import { articlePieces, byteIndexMap, markRanges, segments, sliceBytes, utf8Length } from './highlight';

function claim(id: string, start: number, end: number): Claim {
  return {
    id,
    article_id: 'a1',
    text: '',
    start,
    end,
    sentence_index: 0,
    status: 'new',
    verdict: null,
    source: null,
    mention: null,
    cue: null,
    attribution: 'unattributed',
    score: 0.5,
    reasons: [],
    assignee: null,
    version: 1,
    article_title: 'Article',
    proposer: null,
    updated_at: '2017-11-21T00:00:00.000Z',
  };
}

/** Byte span of `needle` in `haystack`, as the Rust side computes it. */
function byteSpan(haystack: string, needle: string): [number, number] {
  const i = haystack.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not found`);
  const start = utf8Length(haystack.slice(0, i));
  return [start, start + utf8Length(needle)];
}

const joined = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

describe('byteIndexMap', () => {
  it('maps ASCII one to one', () => {
    expect(Array.from(byteIndexMap('abc'))).toEqual([0, 1, 2, 3]);
  });

  it('maps multi-byte characters and surrogate pairs', () => {
    // é = 2 bytes, – = 3 bytes, 😀 = 4 bytes / 2 UTF-16 units
    const map = byteIndexMap('é–😀x');
    expect(map.length).toBe(2 + 3 + 4 + 1 + 1);
    expect(map[0]).toBe(0);
    expect(map[2]).toBe(1); // start of –
    expect(map[5]).toBe(2); // start of 😀
    expect(map[9]).toBe(4); // start of x
    expect(map[10]).toBe(5); // end
    // inside a character: snaps forward to the next character
    expect(map[1]).toBe(1);
    expect(map[6]).toBe(4);
  });
});

describe('sliceBytes', () => {
  it('slices by UTF-8 offsets', () => {
    const body = 'MOSCOW (Reuters) - Путин said';
    const [s, e] = byteSpan(body, 'Путин');
    expect(sliceBytes(body, s, e)).toBe('Путин');
    expect(sliceBytes(body, 0, utf8Length('MOSCOW (Reuters) - '))).toBe('MOSCOW (Reuters) - ');
  });

  it('clamps and tolerates reversed spans', () => {
    expect(sliceBytes('abc', -5, 99)).toBe('abc');
    expect(sliceBytes('abc', 2, 1)).toBe('');
  });
});

describe('segments', () => {
  it('returns the whole text as plain when there are no claims', () => {
    expect(segments('Nothing to check here.', [])).toEqual([{ text: 'Nothing to check here.', claim: null }]);
  });

  it('returns nothing for an empty body', () => {
    expect(segments('', [])).toEqual([]);
    expect(segments('', [claim('c1', 0, 10)])).toEqual([]);
  });

  it('places claims by byte offsets in non-ASCII text', () => {
    const body = 'Café – Путин said the café was closed. Then 😀 he left, officials said.';
    const first = 'Путин said the café was closed.';
    const second = 'Then 😀 he left, officials said.';
    const c1 = claim('c1', ...byteSpan(body, first));
    const c2 = claim('c2', ...byteSpan(body, second));
    const segs = segments(body, [c2, c1]);
    expect(segs.map((s) => [s.text, s.claim?.id ?? null])).toEqual([
      ['Café – ', null],
      [first, 'c1'],
      [' ', null],
      [second, 'c2'],
    ]);
    expect(joined(segs)).toBe(body);
  });

  it('keeps adjacent claims apart without a gap segment', () => {
    const body = 'One. Two.';
    const segs = segments(body, [claim('a', 0, 4), claim('b', 4, 9)]);
    expect(segs.map((s) => [s.text, s.claim?.id ?? null])).toEqual([
      ['One.', 'a'],
      [' Two.', 'b'],
    ]);
  });

  it('starts at `from` so the dateline is not part of the first claim', () => {
    const body = 'BEIRUT (Reuters) - Assad said it. More.';
    const from = utf8Length('BEIRUT (Reuters) - ');
    // a claim wrongly starting inside the dateline is clipped to `from`
    const segs = segments(body, [claim('c1', 0, utf8Length('BEIRUT (Reuters) - Assad said it.'))], from);
    expect(segs[0]).toEqual({ text: 'Assad said it.', claim: expect.objectContaining({ id: 'c1' }) });
    expect(joined(segs)).toBe(body.slice('BEIRUT (Reuters) - '.length));
  });

  it('clips out-of-range spans and skips empty or reversed ones', () => {
    const body = 'Short text.';
    const segs = segments(body, [
      claim('past-end', 50, 80),
      claim('negative', -10, 5),
      claim('reversed', 9, 7),
      claim('empty', 3, 3),
      claim('overflow', 6, 1000),
    ]);
    expect(segs.map((s) => [s.text, s.claim?.id ?? null])).toEqual([
      ['Short', 'negative'],
      [' ', null],
      ['text.', 'overflow'],
    ]);
    expect(joined(segs)).toBe(body);
  });

  it('never duplicates text when claims overlap', () => {
    const body = 'Alpha beta gamma delta.';
    const segs = segments(body, [claim('a', 0, 10), claim('b', 6, 16), claim('inside', 2, 4)]);
    expect(joined(segs)).toBe(body);
    expect(segs.map((s) => [s.text, s.claim?.id ?? null])).toEqual([
      ['Alpha beta', 'a'],
      [' gamma', 'b'],
      [' delta.', null],
    ]);
  });

  it('snaps offsets that fall inside a multi-byte character', () => {
    const body = 'Ж1Ж2'; // Ж is 2 bytes
    // starts inside the first Ж, ends inside the second: both snap to the next character
    const segs = segments(body, [claim('c', 1, 4)]);
    expect(joined(segs)).toBe(body);
    expect(segs.map((s) => [s.text, s.claim?.id ?? null])).toEqual([
      ['Ж', null],
      ['1Ж', 'c'],
      ['2', null],
    ]);
  });

  it('handles NaN and infinite offsets', () => {
    const body = 'abc';
    expect(joined(segments(body, [claim('x', Number.NaN, Number.POSITIVE_INFINITY)]))).toBe('abc');
  });
});

describe('markRanges (search snippets)', () => {
  const join = (ps: { text: string }[]) => ps.map((p) => p.text).join('');

  it('marks ASCII byte ranges', () => {
    const ps = markRanges('a Putin said x', [
      [2, 7],
      [13, 14],
    ]);
    expect(ps).toEqual([
      { text: 'a ', hit: false },
      { text: 'Putin', hit: true },
      { text: ' said ', hit: false },
      { text: 'x', hit: true },
    ]);
  });

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    // "…" is 3 bytes, "é" 2, "😀" 4 (2 UTF-16 units).
    const text = '…café 😀 Путин said';
    const start = utf8Length('…café 😀 ');
    const ps = markRanges(text, [[start, start + utf8Length('Путин')]]);
    expect(ps.filter((p) => p.hit).map((p) => p.text)).toEqual(['Путин']);
    expect(join(ps)).toBe(text);
    const emoji = markRanges(text, [[utf8Length('…café '), utf8Length('…café 😀')]]);
    expect(emoji.find((p) => p.hit)?.text).toBe('😀');
  });

  it('merges overlapping and touching ranges, sorts them, drops empty ones', () => {
    const ps = markRanges('abcdefgh', [
      [5, 7],
      [1, 3],
      [2, 4],
      [4, 5],
      [6, 6],
    ]);
    expect(ps).toEqual([
      { text: 'a', hit: false },
      { text: 'bcdefg', hit: true },
      { text: 'h', hit: false },
    ]);
  });

  it('clips ranges outside the text and never splits a character', () => {
    expect(markRanges('ab', [[1, 99]])).toEqual([
      { text: 'a', hit: false },
      { text: 'b', hit: true },
    ]);
    expect(markRanges('ab', [[-5, 0]])).toEqual([{ text: 'ab', hit: false }]);
    // Byte 1 is inside "é" (bytes 0..2): the range starts at the next character.
    expect(markRanges('éa', [[1, 3]])).toEqual([
      { text: 'é', hit: false },
      { text: 'a', hit: true },
    ]);
    expect(markRanges('', [[0, 3]])).toEqual([]);
  });

  it('keeps markup as text', () => {
    const ps = markRanges('<img src=x onerror=alert(1)>', [[1, 4]]);
    expect(ps.map((p) => p.text)).toEqual(['<', 'img', ' src=x onerror=alert(1)>']);
  });
});

describe('articlePieces (sentences that can be promoted)', () => {
  const body = 'KYIV (Reuters) - One claim here. A plain sentence. Another claim, said Ana. Café owners agree.';
  const at = (s: string) => utf8Length(body.slice(0, body.indexOf(s)));
  const span = (s: string) => ({ start: at(s), end: at(s) + utf8Length(s) });
  const c = (id: string, s: string) => claim(id, span(s).start, span(s).end);
  const claims = [c('c1', 'One claim here.'), c('c2', 'Another claim, said Ana.')];
  const plain = [
    { index: 1, ...span('A plain sentence.') },
    { index: 3, ...span('Café owners agree.') },
  ];
  const from = utf8Length('KYIV (Reuters) - ');

  it('splits plain text at the sentences without claims', () => {
    const ps = articlePieces(body, claims, plain, from);
    expect(ps.map((p) => p.text).join('')).toBe(body.slice('KYIV (Reuters) - '.length));
    expect(ps.filter((p) => p.sentence).map((p) => [p.sentence?.index, p.text])).toEqual([
      [1, 'A plain sentence.'],
      [3, 'Café owners agree.'],
    ]);
    expect(ps.filter((p) => p.claim).map((p) => p.claim?.id)).toEqual(['c1', 'c2']);
  });

  it('ignores sentences that overlap a claim or fall before the start', () => {
    const overlapping = [{ index: 9, start: at('here.'), end: at('A plain') + 3 }, { index: 0, start: 0, end: 4 }];
    const ps = articlePieces(body, claims, overlapping, from);
    expect(ps.some((p) => p.sentence)).toBe(false);
    expect(ps.map((p) => p.text).join('')).toBe(body.slice('KYIV (Reuters) - '.length));
  });
});
