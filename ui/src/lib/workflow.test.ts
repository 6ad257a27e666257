import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, Role } from './bindings';
import { NO_FILTERS, UNASSIGNED, activeFilters, atLeast, buildQuery, claimControls, statusSegments, verdictCounts } from './workflow';

const me = (role: Role, name = 'Ana Lima') => ({ name, role, active: true });
const c = (status: ClaimStatus, assignee: string | null = null, proposer: string | null = null) => ({ status, assignee, proposer });

describe('claimControls', () => {
  it('lets a reviewer take an unassigned claim, then work it', () => {
    expect(claimControls(c('new'), me('reviewer'))).toMatchObject({ take: true, assign: false, edit: false, propose: false });
    const mine = claimControls(c('in_review', 'Ana Lima'), me('reviewer'));
    expect(mine).toMatchObject({ take: false, unassign: true, edit: true, propose: true, mine: true, approve: false, dismiss: false });
  });

  it("keeps reviewers off other people's claims", () => {
    expect(claimControls(c('in_review', 'Eve Editor'), me('reviewer'))).toMatchObject({ take: false, edit: false, propose: false, unassign: false });
  });

  it('gives editors assignment, approval, dismissal and reopening', () => {
    const e = me('editor', 'Eve Editor');
    expect(claimControls(c('in_review', 'Ana Lima'), e)).toMatchObject({ take: true, assign: true, unassign: true, edit: true, propose: true, dismiss: true });
    expect(claimControls(c('proposed', 'Ana Lima', 'Ana Lima'), e)).toMatchObject({ approve: true, requestChanges: true, dismiss: true, edit: false, ownProposal: false });
    expect(claimControls(c('verified', 'Ana Lima', 'Ana Lima'), e)).toMatchObject({ reopen: true, approve: false, dismiss: false, edit: false });
    expect(claimControls(c('dismissed'), me('admin'))).toMatchObject({ reopen: true });
  });

  it('flags your own proposal (core refuses its approval)', () => {
    expect(claimControls(c('proposed', 'Eve Editor', 'eve editor'), me('editor', 'Eve Editor')).ownProposal).toBe(true);
  });

  it('offers nothing without an active reviewer', () => {
    expect(Object.values(claimControls(c('new'), null)).some(Boolean)).toBe(false);
    expect(claimControls(c('new'), { ...me('admin'), active: false }).take).toBe(false);
  });

  it('ranks roles', () => {
    expect(atLeast('admin', 'editor')).toBe(true);
    expect(atLeast('reviewer', 'editor')).toBe(false);
    expect(atLeast(null, 'reviewer')).toBe(false);
  });
});

describe('buildQuery', () => {
  it('turns a queue tab and filters into a ClaimQuery', () => {
    expect(buildQuery('mine', 'r1', NO_FILTERS, 200, 400)).toEqual({
      article_id: null,
      status: null,
      assignee: null,
      unassigned: false,
      source_id: null,
      verdict: null,
      queue: { type: 'mine', reviewer: 'r1' },
      updated_from: null,
      updated_to: null,
      sort: 'updated',
      limit: 200,
      offset: 400,
    });
    expect(buildQuery('approval', 'r1', NO_FILTERS, 1, 0).queue).toEqual({ type: 'needs_approval', reviewer: 'r1' });
    expect(buildQuery('all', 'r1', NO_FILTERS, null, 0).queue).toBeNull();
    expect(buildQuery('mine', null, NO_FILTERS, 1, 0).queue).toBeNull();
  });

  it('asks for unassigned claims when the assignee filter is "Unassigned"', () => {
    const q = buildQuery('all', 'r1', { ...NO_FILTERS, assignee: UNASSIGNED, status: 'new' }, 50, 0);
    expect(q).toMatchObject({ assignee: null, unassigned: true, status: 'new' });
    expect(buildQuery('all', 'r1', { ...NO_FILTERS, assignee: 'r2' }, 50, 0)).toMatchObject({ assignee: 'r2', unassigned: false });
    expect(activeFilters({ ...NO_FILTERS, assignee: UNASSIGNED })).toBe(1);
  });

  it('drops malformed dates and unknown codes', () => {
    const f = { ...NO_FILTERS, updated_from: '2026-11-01', updated_to: '1 Nov', status: 'bogus' as never, verdict: 'true', sort: 'score' as const };
    const q = buildQuery('all', null, f, 10, 0);
    expect(q).toMatchObject({ updated_from: '2026-11-01', updated_to: null, status: null, verdict: 'true', sort: 'score' });
    expect(activeFilters(f)).toBe(4);
    expect(activeFilters(NO_FILTERS)).toBe(0);
  });
});

describe('article progress', () => {
  const claims = [
    { status: 'new', verdict: null },
    { status: 'new', verdict: null },
    { status: 'in_review', verdict: 'false' },
    { status: 'proposed', verdict: 'false' },
    { status: 'verified', verdict: 'true' },
    { status: 'verified', verdict: 'false' },
    { status: 'dismissed', verdict: null },
    { status: 'verified', verdict: 'something_new' },
  ] as Pick<Claim, 'status' | 'verdict'>[];

  it('stacks the statuses in workflow order', () => {
    const s = statusSegments(claims);
    expect(s.map((x) => [x.status, x.count])).toEqual([
      ['new', 2],
      ['in_review', 1],
      ['proposed', 1],
      ['verified', 3],
      ['dismissed', 1],
    ]);
    expect(s[0]).toMatchObject({ x: 0, width: 0.25 });
    expect(s[4]?.x).toBeCloseTo(0.875);
    expect(s.reduce((w, x) => w + x.width, 0)).toBeCloseTo(1);
    expect(statusSegments([]).every((x) => x.width === 0)).toBe(true);
  });

  it('counts verdicts of proposed and verified claims in scale order', () => {
    expect(verdictCounts(claims)).toEqual([
      { verdict: 'true', count: 1 },
      { verdict: 'false', count: 2 },
      { verdict: 'something_new', count: 1 },
    ]);
  });
});
