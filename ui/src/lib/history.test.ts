import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from './bindings';
import { changeText, describeHistory, formatValue } from './history';

const entry = (e: Partial<HistoryEntry>): HistoryEntry => ({
  at: '2026-11-25T18:46:00Z',
  actor: 'Ana Lima',
  action: 'assign',
  before: null,
  after: null,
  ...e,
});

describe('describeHistory', () => {
  it('describes both sides of a split', () => {
    const before = { status: 'new', assignee: null, text: 'A took B, the last town.', start: 0, end: 24 };
    const kept = describeHistory(
      entry({ action: 'split', before, after: { ...before, text: 'A took B,', end: 9, new_claim: { id: 'c2', text: 'the last town.' } } }),
    );
    expect(kept.verb).toBe('split the claim in two');
    expect([kept.noteLabel, kept.note]).toEqual(['New claim', 'the last town.']);
    expect(kept.changes.map(changeText)).toEqual(['Text: A took B, the last town. → A took B,']);
    const made = describeHistory(
      entry({ action: 'split', before, after: { ...before, text: 'the last town.', start: 10, split_from: { id: 'c1', text: 'A took B,' } } }),
    );
    expect(made.verb).toBe('made this claim by splitting another');
    expect([made.noteLabel, made.note, made.changes]).toEqual(['Split from', 'A took B, the last town.', []]);
  });

  it('describes both sides of a merge', () => {
    const survivor = describeHistory(
      entry({
        action: 'merge',
        before: { status: 'in_review', assignee: 'Ana Lima' },
        after: { status: 'in_review', assignee: 'Ana Lima', merged: [{ id: 'd1', text: 'Dup one' }, { id: 'd2', text: 'Dup two' }] },
      }),
    );
    expect(survivor.verb).toBe('merged 2 duplicates into this claim');
    expect([survivor.noteLabel, survivor.note, survivor.changes]).toEqual(['Duplicates', 'Dup one · Dup two', []]);
    const gone = describeHistory(
      entry({
        action: 'merge',
        before: { status: 'new', assignee: null },
        after: { status: 'dismissed', assignee: null, reason: 'duplicate of claim k', duplicate_of: { id: 'k', text: 'Kept' }, evidence_moved: ['e1'], comments_moved: 1 },
      }),
    );
    expect(gone.verb).toBe('merged this claim into another as a duplicate');
    expect([gone.noteLabel, gone.note]).toEqual(['Kept claim', 'Kept']);
    expect(gone.changes.map(changeText)).toEqual(['Status: New → Dismissed']);
  });

  it('describes a claim made of a selection', () => {
    const l = describeHistory(entry({ action: 'add', after: { text: 'would close', start: 3, end: 14, sentences: [2] } }));
    expect([l.verb, l.noteLabel, l.note]).toEqual(['made a claim of a selection', 'Selection', 'would close']);
  });

  it('shows status changes readably: "Status: In review → Verdict proposed"', () => {
    const l = describeHistory(
      entry({
        action: 'propose',
        before: { status: 'in_review', assignee: 'Ana Lima', verdict: null },
        after: { status: 'proposed', assignee: 'Ana Lima', verdict: 'true', rationale: 'Both armies said so.', attribution_check: null },
      }),
    );
    expect(l.verb).toBe('proposed a verdict');
    expect(l.changes.map(changeText)).toEqual(['Status: In review → Verdict proposed', 'Verdict: none → True']);
    expect(l.note).toBe('Both armies said so.');
    expect(l.noteLabel).toBe('Rationale');
  });

  it('says "took the claim" when someone assigns it to themselves', () => {
    const l = describeHistory(
      entry({ before: { status: 'new', assignee: null, verdict: null }, after: { status: 'in_review', assignee: 'Ana Lima' } }),
    );
    expect(l.verb).toBe('took the claim');
    expect(l.changes.map(changeText)).toEqual(['Status: New → In review', 'Assignee: nobody → Ana Lima']);
    const other = describeHistory(
      entry({ actor: 'Eve Editor', before: { status: 'new', assignee: null }, after: { status: 'in_review', assignee: 'Ana Lima' } }),
    );
    expect(other.verb).toBe('assigned the claim');
  });

  it('leaves out the approver (the actor) and unchanged fields', () => {
    const l = describeHistory(
      entry({
        actor: 'Eve Editor',
        action: 'approve',
        before: { status: 'proposed', assignee: 'Ana Lima', verdict: 'true' },
        after: { status: 'verified', assignee: 'Ana Lima', approved_by: 'Eve Editor' },
      }),
    );
    expect(l.verb).toBe('approved the verdict');
    expect(l.changes.map(changeText)).toEqual(['Status: Verdict proposed → Verified']);
  });

  it('names the evidence, the comment and its mentions', () => {
    const ev = describeHistory(entry({ action: 'evidence.add', after: { id: 'e1', title: 'Kremlin readout <b>', stance: 'supports' } }));
    expect(ev).toMatchObject({ verb: 'added evidence', note: 'Kremlin readout <b>', noteLabel: 'Evidence', changes: [] });
    const gone = describeHistory(entry({ action: 'evidence.remove', before: { title: 'Old' }, after: null }));
    expect(gone).toMatchObject({ verb: 'removed evidence', note: 'Old' });
    const c = describeHistory(entry({ action: 'comment', after: { body: 'Look @Eve Editor', mentions: ['Eve Editor'] } }));
    expect(c.verb).toBe('commented, mentioning Eve Editor');
    expect(c.note).toBe('Look @Eve Editor');
    expect(c.changes).toEqual([]);
  });

  it('shows edits of text and source', () => {
    const l = describeHistory(
      entry({
        action: 'edit',
        before: { status: 'in_review', assignee: 'Ana Lima', verdict: null, text: 'Old words', source: null },
        after: { status: 'in_review', assignee: 'Ana Lima', text: 'New words', source: 'Kremlin' },
      }),
    );
    expect(l.changes.map(changeText)).toEqual(['Text: Old words → New words', 'Source: unattributed → Kremlin']);
  });

  it('copes with unknown actions and shapes', () => {
    const l = describeHistory(entry({ action: 'something.else', before: 'x', after: [1, 2] }));
    expect(l.verb).toBe('something else');
    expect(l.changes).toEqual([]);
  });
});

describe('formatValue', () => {
  it('renders JSON values as short text', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(null, 'assignee')).toBe('nobody');
    expect(formatValue('mostly_false', 'verdict')).toBe('Mostly false');
    expect(formatValue(3)).toBe('3');
    expect(formatValue(true)).toBe('true');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue({ name: 'Kremlin', kind: 'government' })).toBe('Kremlin');
    expect(formatValue({ a: 1, status: 'new' })).toBe('a: 1, status: New');
    expect(formatValue('x'.repeat(500)).length).toBe(160);
  });
});
