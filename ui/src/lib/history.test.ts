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
