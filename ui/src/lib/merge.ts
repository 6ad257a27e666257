// Merging duplicate claims: which claim to keep by default, and which claims core
// would refuse to merge (shown in the dialog before anything is sent). Pure; core
// enforces the same rules and has the last word.

import type { Claim, Reviewer } from './bindings';
import { atLeast, sameName } from './workflow';

export interface MergeCandidate extends Pick<Claim, 'id' | 'status' | 'assignee' | 'updated_at'> {
  /** Evidence and comments the claim holds (they move to the claim kept). */
  evidence: number;
  comments: number;
}

/** Why `me` may not merge `claim` (kept or merged away), or null when core would allow it. */
export function mergeProblem(
  claim: Pick<Claim, 'status' | 'assignee'>,
  me: Pick<Reviewer, 'name' | 'role' | 'active'> | null,
): string | null {
  if (!me || !me.active) return 'Choose who is reviewing first.';
  if (claim.status !== 'new' && claim.status !== 'in_review') {
    return claim.status === 'proposed'
      ? 'A verdict is proposed: request changes first.'
      : `It is ${claim.status === 'verified' ? 'verified' : 'dismissed'}: reopen it first.`;
  }
  if (!atLeast(me.role, 'editor') && !sameName(claim.assignee, me.name)) return 'It is not assigned to you (an editor can merge it).';
  return null;
}

/**
 * The claim to keep by default: one that can be merged, with the most evidence and
 * comments (the least moves), in review before new, then the longest-standing.
 */
export function pickSurvivor(claims: readonly MergeCandidate[], me: Pick<Reviewer, 'name' | 'role' | 'active'> | null): string | null {
  const ok = claims.filter((c) => mergeProblem(c, me) === null);
  const ranked = [...(ok.length > 0 ? ok : claims)].sort(
    (a, b) =>
      b.evidence + b.comments - (a.evidence + a.comments) ||
      Number(b.status === 'in_review') - Number(a.status === 'in_review') ||
      a.updated_at.localeCompare(b.updated_at),
  );
  return ranked[0]?.id ?? null;
}

/**
 * What merging into `keep` does, in a sentence: "The other claim is dismissed as a
 * duplicate of the kept claim. Its 2 pieces of evidence and 1 comment move to it."
 */
export function mergeSummary(claims: readonly MergeCandidate[], keep: string | null): string {
  const others = claims.filter((c) => c.id !== keep);
  const n = others.length;
  const e = others.reduce((k, c) => k + c.evidence, 0);
  const m = others.reduce((k, c) => k + c.comments, 0);
  const head = n === 1 ? 'The other claim is dismissed as a duplicate of the kept claim.' : `The other ${n} claims are dismissed as duplicates of the kept claim.`;
  if (e === 0 && m === 0) return `${head} ${n === 1 ? 'It has' : 'They have'} no evidence or comments to move.`;
  const parts = [];
  if (e > 0) parts.push(`${e} ${e === 1 ? 'piece' : 'pieces'} of evidence`);
  if (m > 0) parts.push(`${m} ${m === 1 ? 'comment' : 'comments'}`);
  const verb = e + m === 1 ? 'moves' : 'move';
  return `${head} ${n === 1 ? 'Its' : 'Their'} ${parts.join(' and ')} ${verb} to it.`;
}
