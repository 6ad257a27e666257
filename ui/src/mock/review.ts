// The review workflow of the stand-in backend (previews and tests only): reviewers,
// the claims queue, claim detail, workflow steps with core's rules and refusals,
// evidence, comments with mentions, search with byte-range highlights, sources,
// sentences and promotion. Deliberately simple; the real rules live in Rust.

import type {
  ApiError,
  AttributionCheck,
  Claim,
  ClaimAction,
  ClaimDetail,
  ClaimLink,
  ClaimPage,
  ClaimQuery,
  ClaimRef,
  Comment,
  Evidence,
  EvidenceInput,
  FieldError,
  HistoryEntry,
  MergeResult,
  Reviewer,
  ReviewerInput,
  Role,
  SavedAttachment,
  SearchHit,
  SentenceAnalysis,
  SourceRef,
  SourceSummary,
  SplitResult,
} from '../lib/bindings';
import { apiError, newId, type FixtureSentence, type MockRow } from './backend';
import { byteIndexMap, sliceBytes, utf8Length as bytes } from '../lib/highlight';

interface Extra {
  rationale: string | null;
  attribution_check: AttributionCheck | null;
  proposed_by: string | null;
  proposed_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  dismiss_reason: string | null;
  evidence: Evidence[];
  comments: Comment[];
  history: HistoryEntry[];
  mentioned: Set<string>;
  /** The claim this one was split from, or merged into. */
  split_from: string | null;
  duplicate_of: string | null;
}

interface Options {
  reviewers: 'desk' | 'none';
  extraClaims: number;
  sourceOf: (a: NonNullable<FixtureSentence['attribution']>) => SourceRef;
}

const RANK: Record<Role, number> = { reviewer: 0, editor: 1, admin: 2 };
const KINDS = ['document', 'web_page', 'official_record', 'dataset', 'interview', 'media', 'expert'];
const STANCES = ['supports', 'refutes', 'context', 'mixed'];
const RELIABILITIES = ['high', 'medium', 'low'];
const now = () => new Date().toISOString();

function refuse(rule: string, message: string): ApiError {
  return { code: 'refused', message, rule };
}

function initials(name: string): string {
  const w = name.trim().split(/\s+/);
  return ((w[0]?.[0] ?? '') + (w.length > 1 ? (w[w.length - 1]?.[0] ?? '') : (w[0]?.[1] ?? ''))).toUpperCase();
}

export class MockReview {
  #rows: () => MockRow[];
  #opts: Options;
  #reviewers: Reviewer[] = [];
  #extra = new Map<string, Extra>();
  #synthetic: Claim[] = [];

  constructor(rows: () => MockRow[], opts: Options) {
    this.#rows = rows;
    this.#opts = opts;
    if (opts.reviewers === 'desk') {
      const at = '2026-11-02T09:00:00Z';
      for (const [name, role, email] of [
        ['Ada Admin', 'admin', 'ada@newsroom.example'],
        ['Eve Editor', 'editor', 'eve@newsroom.example'],
        ['Ana Lima', 'reviewer', null],
      ] as const) {
        this.#reviewers.push({ id: newId('rev'), name, initials: initials(name), email, role, active: true, created_at: at });
      }
    }
    this.#synthesize(opts.extraClaims);
  }

  /** Many claims (for the table), spread over the articles, with varied states. */
  #synthesize(n: number) {
    const rows = this.#rows();
    if (n <= 0 || rows.length === 0) return;
    const statuses = ['new', 'new', 'new', 'in_review', 'proposed', 'verified', 'dismissed'] as const;
    const verdicts = ['true', 'mostly_true', 'mixed', 'false', 'misleading'];
    const base = Date.UTC(2026, 10, 25, 12);
    for (let i = 0; i < n; i++) {
      const row = rows[i % rows.length] as MockRow;
      const model = row.claims[i % Math.max(row.claims.length, 1)];
      const status = statuses[i % statuses.length] ?? 'new';
      const who = status === 'new' ? null : (this.#reviewers[i % Math.max(this.#reviewers.length, 1)]?.name ?? null);
      this.#synthetic.push({
        ...(model ?? row.claims[0] ?? ({} as Claim)),
        id: `syn-${i}`,
        article_id: row.article.id,
        article_title: row.article.title,
        text: `${model?.text ?? 'A claim'} (#${i + 1})`,
        status,
        verdict: status === 'proposed' || status === 'verified' ? (verdicts[i % verdicts.length] ?? null) : null,
        assignee: who,
        proposer: status === 'proposed' || status === 'verified' ? who : null,
        score: ((i * 7919) % 100) / 100,
        version: 1,
        updated_at: new Date(base - i * 60_000).toISOString(),
      });
    }
  }

  #claims(): Claim[] {
    return [...this.#rows().flatMap((r) => r.claims), ...this.#synthetic];
  }

  #claim(id: string): Claim {
    const c = this.#claims().find((x) => x.id === id);
    if (!c) throw apiError('not_found', `There is no claim with id ${id}`);
    return c;
  }

  #x(id: string): Extra {
    let x = this.#extra.get(id);
    if (!x) {
      x = {
        rationale: null,
        attribution_check: null,
        proposed_by: null,
        proposed_at: null,
        approved_by: null,
        approved_at: null,
        dismiss_reason: null,
        evidence: [],
        comments: [],
        history: [],
        mentioned: new Set(),
        split_from: null,
        duplicate_of: null,
      };
      this.#extra.set(id, x);
    }
    return x;
  }

  #reviewer(nameOrId: string): Reviewer {
    const r = this.#reviewers.find((x) => x.id === nameOrId || x.name.toLowerCase() === nameOrId.toLowerCase());
    if (!r) throw apiError('not_found', `There is no reviewer called ${nameOrId}`);
    return r;
  }

  #actor(id: unknown): Reviewer {
    if (typeof id !== 'string' || !id) throw apiError('unauthorized', 'choose who is reviewing first');
    const r = this.#reviewer(id);
    if (!r.active) throw apiError('unauthorized', `${r.name} has been deactivated`);
    return r;
  }

  #touch(c: Claim, who: Reviewer, action: string, before: unknown, after: unknown) {
    this.#version++;
    c.version++;
    c.updated_at = now();
    this.#x(c.id).history.push({ at: c.updated_at, actor: who.name, action, before, after });
  }

  // ----- reviewers -----

  listReviewers(): Reviewer[] {
    return [...this.#reviewers];
  }

  #checkReviewer(input: ReviewerInput, except: string | null) {
    const name = input.name.trim();
    if (!name) throw apiError('invalid_input', "Enter the reviewer's name.", 'name');
    if (input.initials && input.initials.trim().length > 4) throw apiError('invalid_input', 'Initials are at most 4 characters.', 'initials');
    if (input.email && !/^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(input.email.trim()))
      throw apiError('invalid_input', 'Enter an email address like name@example.org.', 'email');
    if (this.#reviewers.some((r) => r.id !== except && r.name.toLowerCase() === name.toLowerCase()))
      throw apiError('invalid_input', `there is already a reviewer called ${name}`, 'name');
  }

  addReviewer(input: ReviewerInput, actorId: unknown): Reviewer {
    this.#version++;
    this.#checkReviewer(input, null);
    if (this.#reviewers.length === 0) {
      if (input.role !== 'admin') throw apiError('invalid_input', 'the first reviewer of a workspace must be an admin', 'role');
    } else if (this.#actor(actorId).role !== 'admin') {
      throw apiError('unauthorized', 'only an admin can add reviewers');
    }
    const name = input.name.trim();
    const r: Reviewer = {
      id: newId('rev'),
      name,
      initials: input.initials?.trim().toUpperCase() || initials(name),
      email: input.email?.trim() || null,
      role: input.role,
      active: true,
      created_at: now(),
    };
    this.#reviewers.push(r);
    return r;
  }

  updateReviewer(id: string, input: ReviewerInput, actorId: unknown): Reviewer {
    this.#version++;
    if (this.#actor(actorId).role !== 'admin') throw apiError('unauthorized', 'only an admin can change reviewers');
    const r = this.#reviewer(id);
    this.#checkReviewer(input, r.id);
    const active = input.active ?? r.active;
    const admins = this.#reviewers.filter((x) => x.role === 'admin' && x.active);
    if (r.role === 'admin' && r.active && (input.role !== 'admin' || !active) && admins.length === 1)
      throw apiError('invalid_input', 'the last active admin cannot be demoted or deactivated', 'role');
    Object.assign(r, {
      name: input.name.trim(),
      initials: input.initials?.trim().toUpperCase() || r.initials,
      email: input.email?.trim() || null,
      role: input.role,
      active,
    });
    return { ...r };
  }

  // ----- claims -----

  /** Sorted, filtered lists by query (without paging), until something changes. */
  #cache = new Map<string, Claim[]>();
  #cacheVersion = -1;
  #version = 0;

  listClaims(q: ClaimQuery): ClaimPage {
    if (this.#cacheVersion !== this.#version) {
      this.#cache.clear();
      this.#cacheVersion = this.#version;
    }
    const key = JSON.stringify({ ...q, limit: null, offset: 0 });
    let sorted = this.#cache.get(key);
    if (!sorted) {
      sorted = this.#filterSort(q);
      this.#cache.set(key, sorted);
    }
    const end = q.limit === null ? undefined : q.offset + q.limit;
    return { items: sorted.slice(q.offset, end).map((c) => ({ ...c })), total: sorted.length };
  }

  #filterSort(q: ClaimQuery): Claim[] {
    let list = this.#claims();
    const who = (v: string) => this.#reviewers.find((r) => r.id === v || r.name.toLowerCase() === v.toLowerCase());
    if (q.article_id) list = list.filter((c) => c.article_id === q.article_id);
    if (q.status) list = list.filter((c) => c.status === q.status);
    if (q.assignee) {
      const name = who(q.assignee)?.name;
      list = list.filter((c) => c.assignee !== null && c.assignee === name);
    }
    if (q.unassigned) list = list.filter((c) => c.assignee === null);
    if (q.source_id) list = list.filter((c) => c.source?.id === q.source_id);
    if (q.verdict) list = list.filter((c) => c.verdict === q.verdict);
    if (q.updated_from) list = list.filter((c) => c.updated_at.slice(0, 10) >= (q.updated_from ?? ''));
    if (q.updated_to) list = list.filter((c) => c.updated_at.slice(0, 10) <= (q.updated_to ?? ''));
    if (q.queue) {
      const me = who(q.queue.reviewer);
      if (q.queue.type === 'mine')
        list = list.filter((c) => (c.assignee === me?.name && c.status === 'in_review') || (me && this.#extra.get(c.id)?.mentioned.has(me.id)));
      else list = list.filter((c) => c.status === 'proposed' && !!me && RANK[me.role] >= 1 && c.proposer !== me.name);
    }
    const order = ['new', 'in_review', 'proposed', 'verified', 'dismissed'];
    const sorted = [...list];
    if (q.sort === 'updated') sorted.sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : a.id < b.id ? -1 : 1));
    else if (q.sort === 'score') sorted.sort((a, b) => b.score - a.score);
    else if (q.sort === 'status') sorted.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
    return sorted;
  }

  claimDetail(id: string): ClaimDetail {
    const claim = this.#claim(id);
    const x = this.#x(id);
    const row = this.#rows().find((r) => r.article.id === claim.article_id);
    const synthetic = id.startsWith('syn-');
    // As core: the rest of the claim's sentence and the neighbouring one, spaces kept.
    const sents = row?.sentences ?? [];
    const first = sents.find((s) => s.start <= claim.start && s.end > claim.start)?.index ?? claim.sentence_index;
    const last = [...sents].reverse().find((s) => s.start < claim.end && s.end >= claim.end)?.index ?? claim.sentence_index;
    const at = (i: number) => sents.find((s) => s.index === i);
    const from = Math.min(claim.start, (at(first - 1) ?? at(first))?.start ?? claim.start);
    const to = Math.max(claim.end, (at(last + 1) ?? at(last))?.end ?? claim.end);
    const body = row?.article.body ?? '';
    const piece = (a: number, b: number) => {
      const t = sliceBytes(body, a, b);
      return t.trim() ? t : null;
    };
    return {
      claim: { ...claim },
      article_title: claim.article_title,
      context_before: synthetic ? null : (piece(from, claim.start)?.trimStart() ?? null),
      context_after: synthetic ? null : (piece(claim.end, to)?.trimEnd() ?? null),
      rationale: x.rationale,
      attribution_check: x.attribution_check,
      proposed_by: x.proposed_by,
      proposed_at: x.proposed_at,
      approved_by: x.approved_by,
      approved_at: x.approved_at,
      dismiss_reason: x.dismiss_reason,
      evidence: x.evidence.map((e) => ({ ...e })),
      comments: [...x.comments],
      history: [...x.history],
      split_from: this.#link(x.split_from),
      duplicate_of: this.#link(x.duplicate_of),
      duplicates: [...this.#extra]
        .filter(([, other]) => other.duplicate_of === id)
        .map(([other]) => this.#link(other))
        .filter((l): l is ClaimLink => l !== null),
    };
  }

  #link(id: string | null): ClaimLink | null {
    const c = id ? this.#claims().find((x) => x.id === id) : undefined;
    return c ? { id: c.id, text: c.text, article_title: c.article_title } : null;
  }

  claimAction(id: string, action: ClaimAction, version: number | null, actorId: unknown): Claim {
    const c = this.#claim(id);
    this.#checkVersion(c, version);
    const who = this.#actor(actorId);
    const editor = RANK[who.role] >= 1;
    const mine = c.assignee === who.name;
    const open = c.status === 'new' || c.status === 'in_review';
    const x = this.#x(id);
    const before = { status: c.status, assignee: c.assignee, verdict: c.verdict };
    const after: Record<string, unknown> = {};
    switch (action.type) {
      case 'assign': {
        if (c.status === 'proposed') throw refuse('assign.proposed', 'a proposed claim cannot be reassigned; request changes first');
        if (!open) throw refuse('assign.closed', 'a closed claim cannot be assigned; reopen it first');
        const to = this.#reviewer(action.to);
        if (!to.active) throw refuse('assign.target_inactive', 'claims cannot be assigned to a deactivated reviewer');
        if (!editor && to.id !== who.id) throw refuse('assign.needs_editor', 'only an editor or admin can assign claims to someone else');
        if (!editor && c.assignee && !mine) throw refuse('assign.taken', 'this claim is already assigned to another reviewer');
        c.assignee = to.name;
        c.status = 'in_review';
        break;
      }
      case 'unassign':
        if (!open) throw refuse('unassign.not_in_review', 'only claims in review can be unassigned');
        if (!c.assignee) throw refuse('unassign.not_assigned', 'this claim is not assigned');
        if (!editor && !mine) throw refuse('unassign.not_yours', 'reviewers can only unassign themselves');
        c.assignee = null;
        c.status = 'new';
        break;
      case 'propose':
        if (c.status !== 'in_review') throw refuse('propose.not_in_review', 'only a claim in review can be proposed');
        if (!mine && !editor) throw refuse('propose.not_assignee', 'only the assigned reviewer (or an editor) can propose a verdict');
        if (!action.rationale.trim()) throw refuse('propose.needs_rationale', 'a proposal needs a rationale');
        if (x.evidence.length === 0) throw refuse('propose.needs_evidence', 'a proposal needs at least one piece of evidence');
        c.status = 'proposed';
        c.verdict = action.verdict;
        c.proposer = who.name;
        Object.assign(x, { rationale: action.rationale.trim(), attribution_check: action.attribution_check, proposed_by: who.name, proposed_at: now(), approved_by: null, approved_at: null });
        Object.assign(after, { verdict: action.verdict, rationale: action.rationale.trim(), attribution_check: action.attribution_check });
        break;
      case 'approve':
        if (c.status !== 'proposed') throw refuse('approve.not_proposed', 'only a proposed verdict can be approved');
        if (!editor) throw refuse('approve.needs_editor', 'only an editor or admin can approve a verdict');
        if (c.proposer === who.name) throw refuse('approve.own_proposal', 'a verdict must be approved by someone other than its proposer');
        c.status = 'verified';
        Object.assign(x, { approved_by: who.name, approved_at: now() });
        after.approved_by = who.name;
        break;
      case 'request_changes':
        if (c.status !== 'proposed') throw refuse('request_changes.not_proposed', 'changes can only be requested on a proposed verdict');
        if (!editor) throw refuse('request_changes.needs_editor', 'only an editor or admin can request changes');
        if (!action.comment.trim()) throw refuse('request_changes.needs_comment', 'say what needs to change in a comment');
        c.status = 'in_review';
        x.comments.push({ id: newId('com'), claim_id: id, author: who.name, body: action.comment.trim(), created_at: now(), mentions: [] });
        after.comment = action.comment.trim();
        break;
      case 'dismiss':
        if (!open && c.status !== 'proposed') throw refuse('dismiss.not_open', 'only an open claim can be dismissed');
        if (!editor) throw refuse('dismiss.needs_editor', 'only an editor or admin can dismiss a claim');
        if (!action.reason.trim()) throw refuse('dismiss.needs_reason', 'a dismissal needs a reason');
        c.status = 'dismissed';
        x.dismiss_reason = action.reason.trim();
        after.reason = action.reason.trim();
        break;
      case 'reopen':
        if (c.status !== 'verified' && c.status !== 'dismissed') throw refuse('reopen.not_closed', 'only a verified or dismissed claim can be reopened');
        if (!editor) throw refuse('reopen.needs_editor', 'only an editor or admin can reopen a claim');
        if (!action.reason.trim()) throw refuse('reopen.needs_reason', 'reopening needs a reason');
        c.status = c.assignee ? 'in_review' : 'new';
        Object.assign(x, { approved_by: null, approved_at: null, dismiss_reason: null });
        after.reason = action.reason.trim();
        break;
      case 'edit': {
        if (!open) throw refuse('edit.locked', 'a proposed or closed claim is locked; request changes or reopen it first');
        if (!mine && !editor) throw refuse('edit.not_assignee', 'only the assigned reviewer (or an editor) can change this claim');
        if (action.text !== null && !action.text.trim()) throw apiError('invalid_input', 'a claim needs text', 'text');
        const oldText = c.text;
        const oldSource = c.source?.name ?? null;
        if (action.text !== null) c.text = action.text.trim();
        const s = action.source;
        if (s?.type === 'unattributed') {
          c.source = null;
          c.attribution = 'unattributed';
        } else if (s?.type === 'existing') {
          const found = this.allSources().find((x) => x.id === s.id);
          if (!found) throw apiError('invalid_input', 'that source no longer exists', 'source');
          c.source = { id: found.id, name: found.name, kind: found.kind, role: found.role };
        } else if (s?.type === 'new') {
          if (!s.name.trim()) throw apiError('invalid_input', 'give the source a name', 'source');
          c.source = this.#opts.sourceOf({ source: s.name.trim(), kind: s.kind, mention: s.name.trim(), role: s.role, cue: '', type: 'indirect' });
        }
        this.#touch(c, who, 'edit', { ...before, text: oldText, source: oldSource }, { status: c.status, assignee: c.assignee, text: c.text, source: c.source?.name ?? null });
        return { ...c };
      }
    }
    this.#touch(c, who, action.type, before, { status: c.status, assignee: c.assignee, ...after });
    return { ...c };
  }

  // ----- split, merge, claims from a selection, attachments -----

  #editable(c: Claim, who: Reviewer, rule: 'split' | 'merge', role: 'survivor' | 'duplicate' | null = null) {
    const open = c.status === 'new' || c.status === 'in_review';
    if (!open) {
      if (rule === 'split') throw refuse('split.locked', 'a proposed or closed claim cannot be split; request changes or reopen it first');
      if (role === 'survivor')
        throw refuse('merge.survivor_locked', 'the claim to keep must be new or in review: its evidence and comments change; request changes or reopen it first');
      throw refuse('merge.locked', 'a proposed or closed claim cannot be merged away as a duplicate; request changes or reopen it first');
    }
    if (c.assignee !== who.name && RANK[who.role] < 1) {
      if (rule === 'split') throw refuse('split.not_assignee', 'only the assigned reviewer (or an editor) can split this claim');
      throw refuse('merge.not_assignee', 'only an editor, or the reviewer assigned to every claim involved, can merge claims');
    }
  }

  #checkVersion(c: Claim, version: number | null) {
    if (version !== null && version !== c.version) {
      const last = this.#x(c.id).history.at(-1);
      throw apiError(
        'conflict',
        `this claim changed since you opened it${last ? ` by ${last.actor} (${last.action})` : ''}: you read version ${version}, it is now version ${c.version}; reload to see the change, then apply yours again`,
      );
    }
  }

  splitClaim(id: string, at: number, version: number | null, actorId: unknown): SplitResult {
    this.#version++;
    const c = this.#claim(id);
    this.#checkVersion(c, version);
    const who = this.#actor(actorId);
    this.#editable(c, who, 'split');
    const len = bytes(c.text);
    if (!Number.isInteger(at) || at <= 0 || at >= len)
      throw apiError('invalid_input', `choose a split point inside the claim's text (a byte offset from 1 to ${len - 1})`, 'at');
    const map = byteIndexMap(c.text);
    if (map[at] !== undefined && bytes(c.text.slice(0, map[at])) !== at)
      throw apiError('invalid_input', 'the split point falls inside a character; move it to a word boundary', 'at');
    const rawFirst = sliceBytes(c.text, 0, at);
    const rawSecond = sliceBytes(c.text, at, len);
    const first = rawFirst.trim();
    const second = rawSecond.trim();
    if (!first || !second) throw apiError('invalid_input', 'both parts need words: move the split point away from the start or the end', 'at');
    const before = { status: c.status, assignee: c.assignee, text: c.text, start: c.start, end: c.end };
    const firstStart = c.start + bytes(rawFirst) - bytes(rawFirst.trimStart());
    const secondStart = c.start + at + bytes(rawSecond) - bytes(rawSecond.trimStart());
    const created: Claim = { ...c, id: newId('clm'), text: second, start: secondStart, end: secondStart + bytes(second), version: 1, updated_at: now() };
    Object.assign(c, { text: first, start: firstStart, end: firstStart + bytes(first) });
    const row = this.#rows().find((r) => r.article.id === c.article_id);
    if (id.startsWith('syn-')) this.#synthetic.push(created);
    else row?.claims.push(created);
    this.#touch(c, who, 'split', before, { status: c.status, assignee: c.assignee, text: first, start: c.start, end: c.end, new_claim: { id: created.id, text: second } });
    this.#x(created.id).split_from = c.id;
    this.#x(created.id).history.push({ at: created.updated_at, actor: who.name, action: 'split', before, after: { status: c.status, assignee: c.assignee, text: second, split_from: { id: c.id, text: first } } });
    return { original: { ...c }, created: { ...created } };
  }

  mergeClaims(into: ClaimRef, duplicates: ClaimRef[], actorId: unknown): MergeResult {
    this.#version++;
    if (duplicates.length === 0) throw apiError('invalid_input', 'choose at least one duplicate to merge into the claim you keep', 'duplicates');
    if (duplicates.some((d) => d.id === into.id)) throw apiError('invalid_input', 'the claim you keep cannot also be merged away', 'duplicates');
    if (new Set(duplicates.map((d) => d.id)).size !== duplicates.length) throw apiError('invalid_input', 'a claim is listed twice', 'duplicates');
    const who = this.#actor(actorId);
    const keep = this.#claim(into.id);
    this.#checkVersion(keep, into.version);
    this.#editable(keep, who, 'merge', 'survivor');
    const dups = duplicates.map((d) => {
      const c = this.#claim(d.id);
      this.#checkVersion(c, d.version);
      this.#editable(c, who, 'merge', 'duplicate');
      return c;
    });
    const target = this.#x(keep.id);
    let evidenceMoved = 0;
    let commentsMoved = 0;
    const merged: unknown[] = [];
    for (const c of dups) {
      const x = this.#x(c.id);
      const moved = x.evidence.map((e) => e.id);
      const commentCount = x.comments.length;
      for (const e of x.evidence) target.evidence.push({ ...e, claim_id: keep.id });
      for (const m of x.comments) target.comments.push({ ...m, claim_id: keep.id });
      for (const r of x.mentioned) target.mentioned.add(r);
      evidenceMoved += moved.length;
      commentsMoved += commentCount;
      merged.push({ id: c.id, text: c.text, evidence_moved: moved, comments_moved: commentCount });
      const before = { status: c.status, assignee: c.assignee };
      const reason = `duplicate of claim ${keep.id}`;
      Object.assign(x, { evidence: [], comments: [], mentioned: new Set(), dismiss_reason: reason, duplicate_of: keep.id });
      c.status = 'dismissed';
      this.#touch(c, who, 'merge', before, { status: 'dismissed', assignee: c.assignee, reason, duplicate_of: { id: keep.id, text: keep.text }, evidence_moved: moved, comments_moved: commentCount });
    }
    target.comments.sort((a, b) => a.created_at.localeCompare(b.created_at));
    this.#touch(keep, who, 'merge', { status: keep.status, assignee: keep.assignee }, { status: keep.status, assignee: keep.assignee, merged });
    return { survivor: { ...keep }, dismissed: dups.map((c) => ({ ...c })), evidence_moved: evidenceMoved, comments_moved: commentsMoved };
  }

  claimFromSelection(articleId: string, start: number, end: number, actorId: unknown): Claim {
    this.#version++;
    const who = this.#actor(actorId);
    const row = this.#rows().find((r) => r.article.id === articleId);
    if (!row) throw apiError('not_found', `no article with id ${articleId}`);
    const body = row.article.body;
    const len = bytes(body);
    if (start < 0 || end > len) throw apiError('invalid_input', `the selection ${start}..${end} is outside the article's text (0..${len})`, 'range');
    if (end <= start) throw apiError('invalid_input', 'the selection is empty; select the words of the claim', 'range');
    const covered = row.sentences.filter((s) => s.start < end && s.end > start);
    const first = covered[0];
    const last = covered[covered.length - 1];
    if (!first || !last)
      throw apiError('invalid_input', 'the selection is not part of any sentence of the article (it is the dateline or the space between paragraphs); select words of a sentence', 'range');
    let s = Math.max(start, first.start);
    let e = Math.min(end, last.end);
    const raw = sliceBytes(body, s, e);
    if (!raw.trim()) throw apiError('invalid_input', 'the selection holds only spaces; select the words of the claim', 'range');
    s += bytes(raw) - bytes(raw.trimStart());
    e -= bytes(raw) - bytes(raw.trimEnd());
    const other = row.claims.find((c) => c.start < e && c.end > s);
    if (other) throw apiError('invalid_input', `the selection overlaps the claim “${other.text.slice(0, 80)}” (${other.id}); select text outside it, or split that claim instead`, 'range');
    const one = covered.length === 1 ? first : null;
    const text = sliceBytes(body, s, e);
    const c: Claim = {
      id: newId('clm'),
      article_id: articleId,
      text,
      start: s,
      end: e,
      sentence_index: first.index,
      status: 'new',
      verdict: null,
      source: one?.attribution ? this.#opts.sourceOf(one.attribution) : null,
      mention: one?.attribution?.mention ?? null,
      cue: one?.attribution?.cue ?? null,
      attribution: (one?.attribution?.type ?? 'unattributed') as Claim['attribution'],
      score: Math.max(...covered.map((x) => x.score)),
      reasons: one?.reasons ?? [],
      assignee: null,
      version: 1,
      article_title: row.article.title,
      proposer: null,
      updated_at: now(),
    };
    row.claims.push(c);
    this.#x(c.id).history.push({ at: c.updated_at, actor: who.name, action: 'add', before: null, after: { text, start: s, end: e, sentences: covered.map((x) => x.index) } });
    return c;
  }

  #attachment(id: string) {
    for (const x of this.#extra.values())
      for (const e of x.evidence) {
        const a = e.attachments.find((v) => v.id === id);
        if (a) return a;
      }
    throw apiError('not_found', `no attachment with id ${id}`);
  }

  saveAttachment(id: string): SavedAttachment {
    const a = this.#attachment(id);
    return { path: `/home/desk/Downloads/${a.file_name}`, file_name: a.file_name, bytes: a.size };
  }

  openAttachment(id: string): null {
    const a = this.#attachment(id);
    if (/\.(sh|exe|desktop|py|bat|js)$/i.test(a.file_name) || !a.file_name.includes('.'))
      throw apiError('invalid_input', `${a.file_name} could run a program if opened; save it instead and open it yourself if you trust it`, 'attachment');
    return null;
  }

  assignClaims(ids: string[], to: string, actorId: unknown): Claim[] {
    if (ids.length === 0) throw apiError('invalid_input', 'select at least one claim', 'claims');
    // All or none: check every claim first on copies.
    const saved = ids.map((id) => ({ ...this.#claim(id) }));
    try {
      return ids.map((id) => this.claimAction(id, { type: 'assign', to }, null, actorId));
    } catch (e) {
      for (const s of saved) Object.assign(this.#claim(s.id), s);
      throw e;
    }
  }

  // ----- evidence and comments -----

  validateEvidence(input: EvidenceInput): FieldError[] {
    const out: FieldError[] = [];
    const today = new Date().toISOString().slice(0, 10);
    if (!KINDS.includes(input.kind)) out.push({ field: 'kind', message: 'Choose what kind of evidence this is.' });
    const url = input.url.trim();
    if (!url) {
      if (input.kind !== 'interview' && input.kind !== 'expert') out.push({ field: 'url', message: 'Add the address where this evidence can be found.' });
    } else if (!/^https?:\/\/[^\s/]+\.[^\s]*$/i.test(url)) {
      out.push({ field: 'url', message: 'Enter a full web address starting with http:// or https://' });
    }
    if (!input.title.trim()) out.push({ field: 'title', message: 'Give the evidence a title.' });
    for (const [field, v, what] of [
      ['published_at', input.published_at, 'publication'],
      ['accessed_at', input.accessed_at, 'access'],
    ] as const) {
      if (!v?.trim()) continue;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v.trim())) out.push({ field, message: 'Use the form YYYY-MM-DD, for example 2017-12-05.' });
      else if (v.trim() > today) out.push({ field, message: `The ${what} date cannot be in the future.` });
    }
    if (!STANCES.includes(input.stance)) out.push({ field: 'stance', message: 'Say whether it supports, refutes, adds context or is mixed.' });
    if (!RELIABILITIES.includes(input.reliability)) out.push({ field: 'reliability', message: 'Rate its reliability: high, medium or low.' });
    return out;
  }

  #evidenceStep(claimId: string, actorId: unknown): { c: Claim; who: Reviewer } {
    const c = this.#claim(claimId);
    const who = this.#actor(actorId);
    if (c.status !== 'new' && c.status !== 'in_review') throw refuse('edit.locked', 'a proposed or closed claim is locked; request changes or reopen it first');
    if (c.assignee !== who.name && RANK[who.role] < 1) throw refuse('edit.not_assignee', 'only the assigned reviewer (or an editor) can change this claim');
    return { c, who };
  }

  #store(input: EvidenceInput): Omit<Evidence, 'id' | 'claim_id' | 'created_by' | 'created_at' | 'updated_at' | 'version' | 'attachments'> {
    const first = this.validateEvidence(input)[0];
    if (first) throw apiError('invalid_input', first.message, first.field);
    return {
      kind: input.kind,
      url: input.url.trim() || null,
      title: input.title.trim(),
      publisher: input.publisher,
      published_at: input.published_at,
      accessed_at: input.accessed_at,
      excerpt: input.excerpt,
      stance: input.stance,
      reliability: input.reliability,
      notes: input.notes,
    };
  }

  #attach(files: string[]) {
    return files.map((f) => ({ id: newId('att'), file_name: f.split(/[\\/]/).pop() ?? f, size: 182_344, sha256: 'mock' }));
  }

  addEvidence(claimId: string, input: EvidenceInput, actorId: unknown): Evidence {
    this.#version++;
    const fields = this.#store(input);
    const { c, who } = this.#evidenceStep(claimId, actorId);
    const at = now();
    const e: Evidence = { ...fields, id: newId('evi'), claim_id: claimId, created_by: who.name, created_at: at, updated_at: at, version: 1, attachments: this.#attach(input.files) };
    this.#x(claimId).evidence.push(e);
    c.updated_at = at;
    this.#x(claimId).history.push({ at, actor: who.name, action: 'evidence.add', before: null, after: e });
    return e;
  }

  #findEvidence(id: string): { e: Evidence; x: Extra; claimId: string } {
    for (const [claimId, x] of this.#extra) {
      const e = x.evidence.find((v) => v.id === id);
      if (e) return { e, x, claimId };
    }
    throw apiError('not_found', `There is no evidence with id ${id}`);
  }

  updateEvidence(id: string, input: EvidenceInput, version: number, actorId: unknown): Evidence {
    this.#version++;
    const fields = this.#store(input);
    const { e, x, claimId } = this.#findEvidence(id);
    const { who } = this.#evidenceStep(claimId, actorId);
    if (e.version !== version)
      throw apiError('conflict', `this evidence changed since you opened it (you read version ${version}, it is now version ${e.version}); reload it, then apply your edit again`);
    const before = { ...e };
    Object.assign(e, fields, { version: e.version + 1, updated_at: now(), attachments: [...e.attachments, ...this.#attach(input.files)] });
    x.history.push({ at: e.updated_at, actor: who.name, action: 'evidence.edit', before, after: { ...e } });
    return { ...e };
  }

  removeEvidence(id: string, version: number, actorId: unknown): null {
    this.#version++;
    const { e, x, claimId } = this.#findEvidence(id);
    const { who } = this.#evidenceStep(claimId, actorId);
    if (e.version !== version) throw apiError('conflict', 'this evidence changed since you opened it; reload it first');
    x.evidence = x.evidence.filter((v) => v.id !== id);
    x.history.push({ at: now(), actor: who.name, action: 'evidence.remove', before: e, after: null });
    return null;
  }

  addComment(claimId: string, body: string, actorId: unknown): Comment {
    this.#version++;
    const text = body.trim();
    if (!text) throw apiError('invalid_input', 'write a comment first', 'body');
    this.#claim(claimId);
    const who = this.#actor(actorId);
    const lower = text.toLowerCase();
    const mentioned = this.#reviewers.filter((r) => r.active && lower.includes(`@${r.name.toLowerCase()}`));
    const x = this.#x(claimId);
    for (const r of mentioned) x.mentioned.add(r.id);
    const c: Comment = { id: newId('com'), claim_id: claimId, author: who.name, body: text, created_at: now(), mentions: mentioned.map((r) => r.name) };
    x.comments.push(c);
    x.history.push({ at: c.created_at, actor: who.name, action: 'comment', before: null, after: { body: text, mentions: c.mentions } });
    return c;
  }

  // ----- search, sources, sentences -----

  search(query: string, limit: number): SearchHit[] {
    const words = query
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (words.length === 0) return [];
    const hits: SearchHit[] = [];
    const consider = (kind: string, id: string, articleId: string, claimId: string | null, title: string, text: string) => {
      const lower = text.toLowerCase();
      if (!words.every((w) => lower.includes(w))) return;
      const first = lower.indexOf(words[0] ?? '');
      const start = Math.max(0, first - 60);
      const snippet = (start > 0 ? '…' : '') + text.slice(start, start + 180) + (start + 180 < text.length ? '…' : '');
      const sl = snippet.toLowerCase();
      const highlights: [number, number][] = [];
      for (const w of words) {
        let from = 0;
        for (;;) {
          const at = sl.indexOf(w, from);
          if (at < 0) break;
          highlights.push([bytes(snippet.slice(0, at)), bytes(snippet.slice(0, at + w.length))]);
          from = at + w.length;
        }
      }
      hits.push({ kind, id, article_id: articleId, claim_id: claimId, title, snippet, highlights, rank: -highlights.length });
    };
    for (const r of this.#rows()) {
      for (const c of r.claims) consider('claim', c.id, c.article_id, c.id, r.article.title, c.text);
      consider('article', r.article.id, r.article.id, null, r.article.title, r.article.body);
    }
    for (const [claimId, x] of this.#extra) {
      const c = this.#claim(claimId);
      for (const e of x.evidence) consider('evidence', e.id, c.article_id, claimId, e.title, [e.title, e.excerpt ?? ''].join(' '));
      for (const m of x.comments) consider('comment', m.id, c.article_id, claimId, c.text, m.body);
    }
    return hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
  }

  #summaries(claims: Claim[]): SourceSummary[] {
    const by = new Map<string, SourceSummary>();
    for (const c of claims) {
      if (!c.source) continue;
      const s = by.get(c.source.id) ?? { ...c.source, aliases: [], claims: 0 };
      s.claims++;
      by.set(c.source.id, s);
    }
    return [...by.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  }

  articleSources(articleId: string): SourceSummary[] {
    return this.#summaries(this.#rows().find((r) => r.article.id === articleId)?.claims ?? []);
  }

  allSources(): SourceSummary[] {
    return this.#summaries(this.#rows().flatMap((r) => r.claims));
  }

  articleSentences(articleId: string): SentenceAnalysis[] {
    const row = this.#rows().find((r) => r.article.id === articleId);
    if (!row) throw apiError('not_found', `There is no article with id ${articleId}`);
    return row.sentences.map((s) => ({
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      score: s.score,
      checkworthy: s.checkworthy,
      reasons: s.reasons,
      source: s.attribution?.source ?? null,
      source_kind: s.attribution?.kind ?? null,
      mention: s.attribution?.mention ?? null,
      cue: s.attribution?.cue ?? null,
      attribution: (s.attribution?.type ?? 'unattributed') as SentenceAnalysis['attribution'],
      claim_id: row.claims.find((c) => c.sentence_index === s.index)?.id ?? null,
    }));
  }

  promoteSentence(articleId: string, index: number, actorId: unknown): Claim {
    this.#version++;
    const who = this.#actor(actorId);
    const row = this.#rows().find((r) => r.article.id === articleId);
    const s = row?.sentences.find((x) => x.index === index);
    if (!row || !s) throw apiError('not_found', 'There is no such sentence');
    if (row.claims.some((c) => c.sentence_index === index)) throw apiError('invalid_input', 'this sentence is a claim already', 'index');
    const c: Claim = {
      id: newId('clm'),
      article_id: articleId,
      text: s.text,
      start: s.start,
      end: s.end,
      sentence_index: index,
      status: 'new',
      verdict: null,
      source: s.attribution ? this.#opts.sourceOf(s.attribution) : null,
      mention: s.attribution?.mention ?? null,
      cue: s.attribution?.cue ?? null,
      attribution: (s.attribution?.type ?? 'unattributed') as Claim['attribution'],
      score: s.score,
      reasons: s.reasons,
      assignee: null,
      version: 1,
      article_title: row.article.title,
      proposer: null,
      updated_at: now(),
    };
    row.claims.push(c);
    this.#x(c.id).history.push({ at: c.updated_at, actor: who.name, action: 'promote', before: null, after: { text: s.text, sentence: index } });
    return c;
  }

  /** Route one review command. */
  handle(cmd: string, a: Record<string, unknown>): unknown {
    switch (cmd) {
      case 'list_reviewers':
        return this.listReviewers();
      case 'add_reviewer':
        return this.addReviewer(a.input as ReviewerInput, a.actor_id);
      case 'update_reviewer':
        return this.updateReviewer(a.id as string, a.input as ReviewerInput, a.actor_id);
      case 'list_claims':
        return this.listClaims(a.query as ClaimQuery);
      case 'claim_detail':
        return this.claimDetail(a.id as string);
      case 'claim_action':
        return this.claimAction(a.id as string, a.action as ClaimAction, a.version as number | null, a.actor_id);
      case 'assign_claims':
        return this.assignClaims(a.ids as string[], a.to as string, a.actor_id);
      case 'validate_evidence':
        return this.validateEvidence(a.input as EvidenceInput);
      case 'add_evidence':
        return this.addEvidence(a.claim_id as string, a.input as EvidenceInput, a.actor_id);
      case 'update_evidence':
        return this.updateEvidence(a.id as string, a.input as EvidenceInput, a.version as number, a.actor_id);
      case 'remove_evidence':
        return this.removeEvidence(a.id as string, a.version as number, a.actor_id);
      case 'add_comment':
        return this.addComment(a.claim_id as string, a.body as string, a.actor_id);
      case 'search':
        return this.search(a.query as string, (a.limit as number | null) ?? 50);
      case 'article_sources':
        return this.articleSources(a.article_id as string);
      case 'all_sources':
        return this.allSources();
      case 'article_sentences':
        return this.articleSentences(a.article_id as string);
      case 'promote_sentence':
        return this.promoteSentence(a.article_id as string, a.index as number, a.actor_id);
      case 'split_claim':
        return this.splitClaim(a.id as string, a.at as number, a.version as number | null, a.actor_id);
      case 'merge_claims':
        return this.mergeClaims(a.into as ClaimRef, a.duplicates as ClaimRef[], a.actor_id);
      case 'claim_from_selection':
        return this.claimFromSelection(a.article_id as string, a.start as number, a.end as number, a.actor_id);
      case 'save_attachment':
        return this.saveAttachment(a.attachment_id as string);
      case 'open_attachment':
        return this.openAttachment(a.attachment_id as string);
      default:
        throw apiError('not_found', `The stand-in backend has no command "${cmd}"`);
    }
  }
}
