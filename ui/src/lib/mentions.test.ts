import { describe, expect, it } from 'vitest';
import type { Reviewer } from './bindings';
import { insertMention, mentionAt, splitMentions, suggestReviewers } from './mentions';

const r = (name: string, active = true): Reviewer => ({
  id: name.toLowerCase().replace(/\s/g, '-'),
  name,
  initials: '',
  email: null,
  role: 'reviewer',
  active,
  created_at: '',
});
const people = [r('Ana Lima'), r('Eve Editor'), r('Ada Admin'), r('Old Timer', false)];

describe('mentionAt', () => {
  it('finds the mention being typed', () => {
    expect(mentionAt('Hi @An', 6)).toEqual({ start: 3, query: 'An' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('cc @Ana Li', 10)).toEqual({ start: 3, query: 'Ana Li' });
  });

  it('ignores e-mail addresses, line breaks and finished text', () => {
    expect(mentionAt('ana@example.org', 15)).toBeNull();
    expect(mentionAt('@Ana\nnext', 9)).toBeNull();
    expect(mentionAt('no mention', 10)).toBeNull();
    expect(mentionAt('@Ana  Lima', 10)).toBeNull();
    expect(mentionAt('@ Ana', 5)).toBeNull();
  });
});

describe('suggestReviewers', () => {
  it('suggests active reviewers by name or word start, best first', () => {
    expect(suggestReviewers(people, 'a').map((p) => p.name)).toEqual(['Ada Admin', 'Ana Lima']);
    expect(suggestReviewers(people, 'ed').map((p) => p.name)).toEqual(['Eve Editor']);
    expect(suggestReviewers(people, 'lim').map((p) => p.name)).toEqual(['Ana Lima']);
    expect(suggestReviewers(people, 'old')).toEqual([]);
    expect(suggestReviewers(people, '')).toHaveLength(3);
  });
});

describe('insertMention', () => {
  it('replaces the query with the full name and a space', () => {
    const text = 'Ask @an about it';
    const m = mentionAt(text, 7);
    expect(m).not.toBeNull();
    if (!m) return;
    expect(insertMention(text, m, 7, 'Ana Lima')).toEqual({ text: 'Ask @Ana Lima about it', caret: 14 });
    expect(insertMention('@e', { start: 0, query: 'e' }, 2, 'Eve Editor')).toEqual({ text: '@Eve Editor ', caret: 12 });
  });
});

describe('splitMentions', () => {
  it('marks mentions of known names, longest first, at word boundaries', () => {
    const names = ['Ana', 'Ana Lima', 'Eve Editor'];
    expect(splitMentions('Thanks @ana lima and @Eve Editor!', names)).toEqual([
      { text: 'Thanks ', mention: false },
      { text: '@ana lima', mention: true },
      { text: ' and ', mention: false },
      { text: '@Eve Editor', mention: true },
      { text: '!', mention: false },
    ]);
    expect(splitMentions('@Anastasia is not Ana', names)).toEqual([{ text: '@Anastasia is not Ana', mention: false }]);
    expect(splitMentions('<b>@Ana</b>', names)).toEqual([
      { text: '<b>', mention: false },
      { text: '@Ana', mention: true },
      { text: '</b>', mention: false },
    ]);
  });
});
