import { describe, expect, it } from 'vitest';
import type { ClaimStatus, Role } from './bindings';
import { mergeProblem, mergeSummary, pickSurvivor, type MergeCandidate } from './merge';

const me = (role: Role, name = 'Ana Lima') => ({ name, role, active: true });
const c = (id: string, status: ClaimStatus, assignee: string | null, evidence = 0, comments = 0, updated_at = '2026-11-01T00:00:00Z'): MergeCandidate => ({
  id,
  status,
  assignee,
  evidence,
  comments,
  updated_at,
});

describe('mergeProblem', () => {
  it('allows editors on open claims and reviewers on their own', () => {
    expect(mergeProblem(c('a', 'new', null), me('editor'))).toBeNull();
    expect(mergeProblem(c('a', 'in_review', 'Ana Lima'), me('reviewer'))).toBeNull();
    expect(mergeProblem(c('a', 'in_review', 'ana lima'), me('reviewer'))).toBeNull();
  });

  it('explains every refusal core would give', () => {
    expect(mergeProblem(c('a', 'new', null), me('reviewer'))).toMatch(/not assigned to you/);
    expect(mergeProblem(c('a', 'in_review', 'Ben'), me('reviewer'))).toMatch(/not assigned to you/);
    expect(mergeProblem(c('a', 'proposed', 'Ana Lima'), me('admin'))).toMatch(/request changes/);
    expect(mergeProblem(c('a', 'verified', null), me('admin'))).toMatch(/verified: reopen/);
    expect(mergeProblem(c('a', 'dismissed', null), me('admin'))).toMatch(/dismissed: reopen/);
    expect(mergeProblem(c('a', 'new', null), null)).toMatch(/who is reviewing/);
    expect(mergeProblem(c('a', 'new', null), { ...me('admin'), active: false })).toMatch(/who is reviewing/);
  });
});

describe('pickSurvivor', () => {
  it('keeps the mergeable claim that holds the most, in review first, then the oldest', () => {
    const claims = [c('new', 'new', null), c('rich', 'new', null, 2, 1), c('busy', 'in_review', 'Ben', 1, 1)];
    expect(pickSurvivor(claims, me('editor'))).toBe('rich');
    expect(pickSurvivor([c('a', 'new', null), c('b', 'in_review', 'Ben')], me('editor'))).toBe('b');
    expect(pickSurvivor([c('late', 'new', null, 0, 0, '2026-11-02'), c('early', 'new', null, 0, 0, '2026-11-01')], me('editor'))).toBe('early');
    // A proposed claim is not kept when another one can be.
    expect(pickSurvivor([c('p', 'proposed', 'Ben', 5), c('n', 'new', null)], me('editor'))).toBe('n');
    expect(pickSurvivor([], me('editor'))).toBeNull();
  });
});

describe('mergeSummary', () => {
  it('says what merging into the kept claim does', () => {
    const claims = [c('a', 'new', null, 1, 0), c('b', 'new', null, 1, 1), c('k', 'new', null, 9, 9)];
    expect(mergeSummary(claims, 'k')).toBe(
      'The other 2 claims are dismissed as duplicates of the kept claim. Their 2 pieces of evidence and 1 comment move to it.',
    );
    expect(mergeSummary([c('a', 'new', null, 1), c('k', 'new', null)], 'k')).toBe(
      'The other claim is dismissed as a duplicate of the kept claim. Its 1 piece of evidence moves to it.',
    );
    expect(mergeSummary([c('a', 'new', null), c('k', 'new', null, 3, 3)], 'k')).toBe(
      'The other claim is dismissed as a duplicate of the kept claim. It has no evidence or comments to move.',
    );
  });
});
