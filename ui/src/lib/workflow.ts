// What the UI offers on a claim, for the current reviewer. Core enforces the rules
// (and its refusals are shown as they come); this only decides which controls to
// show, mirroring those rules. Also: queue/filter state -> `ClaimQuery`, and the
// per-article progress numbers. Pure.

import type { Claim, ClaimQuery, ClaimSort, ClaimStatus, Reviewer, Role } from './bindings';
import { STATUSES, VERDICTS } from './format';

const RANK: Record<Role, number> = { reviewer: 0, editor: 1, admin: 2 };

export function atLeast(role: Role | null | undefined, min: Role): boolean {
  return !!role && RANK[role] >= RANK[min];
}

/** The same reviewer name, ignoring case. */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

export interface ClaimControls {
  take: boolean;
  assign: boolean;
  unassign: boolean;
  edit: boolean;
  propose: boolean;
  approve: boolean;
  requestChanges: boolean;
  dismiss: boolean;
  reopen: boolean;
  comment: boolean;
  /** The current reviewer proposed this verdict (so someone else must approve it). */
  ownProposal: boolean;
  mine: boolean;
}

const NONE: ClaimControls = {
  take: false,
  assign: false,
  unassign: false,
  edit: false,
  propose: false,
  approve: false,
  requestChanges: false,
  dismiss: false,
  reopen: false,
  comment: false,
  ownProposal: false,
  mine: false,
};

export function claimControls(
  claim: Pick<Claim, 'status' | 'assignee' | 'proposer'>,
  me: Pick<Reviewer, 'name' | 'role' | 'active'> | null,
): ClaimControls {
  if (!me || !me.active) return NONE;
  const editor = atLeast(me.role, 'editor');
  const mine = sameName(claim.assignee, me.name);
  const open = claim.status === 'new' || claim.status === 'in_review';
  return {
    take: open && !mine && (claim.assignee === null || editor),
    assign: open && editor,
    unassign: open && claim.assignee !== null && (editor || mine),
    edit: open && (mine || editor),
    propose: claim.status === 'in_review' && (mine || editor),
    approve: claim.status === 'proposed' && editor,
    requestChanges: claim.status === 'proposed' && editor,
    dismiss: (open || claim.status === 'proposed') && editor,
    reopen: (claim.status === 'verified' || claim.status === 'dismissed') && editor,
    comment: true,
    ownProposal: claim.status === 'proposed' && sameName(claim.proposer, me.name),
    mine,
  };
}

export type QueueTab = 'mine' | 'approval' | 'all';

export interface ClaimFilters {
  article_id: string | null;
  source_id: string | null;
  status: ClaimStatus | null;
  verdict: string | null;
  assignee: string | null;
  updated_from: string | null;
  updated_to: string | null;
  sort: ClaimSort;
}

export const NO_FILTERS: ClaimFilters = {
  article_id: null,
  source_id: null,
  status: null,
  verdict: null,
  assignee: null,
  updated_from: null,
  updated_to: null,
  sort: 'updated',
};

/**
 * The assignee filter's value for "assigned to nobody" (reviewer ids are UUIDs, so
 * it never stands for a reviewer).
 */
export const UNASSIGNED = 'unassigned';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The `list_claims` query for a queue tab and filters. Bad dates are left out. */
export function buildQuery(
  tab: QueueTab,
  reviewerId: string | null,
  f: ClaimFilters,
  limit: number | null,
  offset: number,
): ClaimQuery {
  const queue =
    tab === 'mine' && reviewerId
      ? ({ type: 'mine', reviewer: reviewerId } as const)
      : tab === 'approval' && reviewerId
        ? ({ type: 'needs_approval', reviewer: reviewerId } as const)
        : null;
  const day = (d: string | null) => (d && DAY.test(d) ? d : null);
  return {
    article_id: f.article_id,
    status: f.status && (STATUSES as readonly string[]).includes(f.status) ? f.status : null,
    assignee: f.assignee === UNASSIGNED ? null : f.assignee,
    unassigned: f.assignee === UNASSIGNED,
    source_id: f.source_id,
    verdict: f.verdict && (VERDICTS as readonly string[]).includes(f.verdict) ? f.verdict : null,
    queue,
    updated_from: day(f.updated_from),
    updated_to: day(f.updated_to),
    sort: f.sort,
    limit,
    offset,
  };
}

/** How many filters (not the sort) are set. */
export function activeFilters(f: ClaimFilters): number {
  return (['article_id', 'source_id', 'status', 'verdict', 'assignee', 'updated_from', 'updated_to'] as const).filter(
    (k) => f[k] !== null && f[k] !== '',
  ).length;
}

export interface StatusSegment {
  status: ClaimStatus;
  count: number;
  /** Where the segment starts and how wide it is, as fractions of the bar. */
  x: number;
  width: number;
}

/** Claims per status, in workflow order, as segments of a stacked bar. */
export function statusSegments(claims: readonly Pick<Claim, 'status'>[]): StatusSegment[] {
  const total = claims.length;
  let x = 0;
  return STATUSES.map((status) => {
    const count = claims.filter((c) => c.status === status).length;
    const width = total === 0 ? 0 : count / total;
    const seg = { status, count, x, width };
    x += width;
    return seg;
  });
}

/** Verdicts given so far (proposed or verified), most frequent first. */
export function verdictCounts(claims: readonly Pick<Claim, 'verdict' | 'status'>[]): { verdict: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of claims) {
    if (!c.verdict || (c.status !== 'proposed' && c.status !== 'verified')) continue;
    counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  }
  const order = (v: string) => {
    const i = (VERDICTS as readonly string[]).indexOf(v);
    return i < 0 ? VERDICTS.length : i;
  };
  return [...counts].map(([verdict, count]) => ({ verdict, count })).sort((a, b) => order(a.verdict) - order(b.verdict));
}
