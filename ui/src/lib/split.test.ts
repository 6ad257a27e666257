import { describe, expect, it } from 'vitest';
import { utf8Length } from './highlight';
import { byteOffset, selectedRange, selectionProblem, splitParts, splitPoints, suggestedPoint, words } from './split';

const CLAIM = 'Syrian government forces and their allies at the weekend took control of Albu Kamal, the last major Syrian town held by Islamic State.';

describe('split points', () => {
  it('are the byte offsets of every word but the first', () => {
    const text = 'Café owners said 14 outlets — «all» — would close.';
    const points = splitPoints(text);
    expect(points).toHaveLength(words(text).length - 1);
    expect(points[0]).toBe(utf8Length('Café '));
    for (const p of points) expect(splitParts(text, p).first.length).toBeGreaterThan(0);
    const last = points[points.length - 1] as number;
    expect(splitParts(text, last)).toEqual({ first: 'Café owners said 14 outlets — «all» — would', second: 'close.' });
  });

  it('give no point in a one-word claim', () => {
    expect(splitPoints('Untrue.')).toEqual([]);
    expect(suggestedPoint('Untrue.')).toBeNull();
    expect(suggestedPoint('')).toBeNull();
  });

  it('suggest the cut after a comma or before a joining word near the middle', () => {
    const at = suggestedPoint(CLAIM) as number;
    expect(splitParts(CLAIM, at)).toEqual({
      first: 'Syrian government forces and their allies at the weekend took control of Albu Kamal,',
      second: 'the last major Syrian town held by Islamic State.',
    });
    const plain = 'one two three four five six';
    expect(splitParts(plain, suggestedPoint(plain) as number).second).toBe('four five six');
  });

  it('cut like core: white space at the cut belongs to neither part', () => {
    expect(splitParts('One.   Two.', 5)).toEqual({ first: 'One.', second: 'Two.' });
    expect(splitParts('Ünï x', 0)).toEqual({ first: '', second: 'Ünï x' });
  });
});

describe('selections', () => {
  const body = 'KYIV (Reuters) - Café owners said 14 outlets would close.\n\nPutin said nothing.';

  it('become trimmed UTF-8 byte ranges in either direction', () => {
    const from = body.indexOf('Café') - 1;
    const to = body.indexOf(' would');
    const sel = selectedRange(body, to, from);
    expect(sel).toEqual({ start: utf8Length(body.slice(0, from + 1)), end: utf8Length(body.slice(0, to)), text: 'Café owners said 14 outlets' });
    expect(byteOffset(body, body.length + 10)).toBe(utf8Length(body));
  });

  it('of white space only are nothing', () => {
    const gap = body.indexOf('\n\n');
    expect(selectedRange(body, gap, gap + 2)).toBeNull();
    expect(selectedRange(body, 5, 5)).toBeNull();
  });

  it('in the dateline or over a claim are flagged before asking core', () => {
    const claims = [{ start: 60, end: 80 }];
    expect(selectionProblem({ start: 0, end: 10 }, 17, claims)).toMatch(/dateline/);
    expect(selectionProblem({ start: 70, end: 90 }, 17, claims)).toMatch(/Overlaps/);
    expect(selectionProblem({ start: 20, end: 60 }, 17, claims)).toBeNull();
    expect(selectionProblem({ start: 80, end: 85 }, 17, claims)).toBeNull();
  });
});
