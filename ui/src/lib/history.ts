// A claim's audit history as readable lines: who did what, when, and which values
// changed ("Status: In review → Verdict proposed"). Pure; the JSON comes from core.

import type { HistoryEntry } from './bindings';
import { ATTRIBUTION_CHECK_LABELS, STATUS_LABELS, VERDICT_LABELS, labelOf } from './format';

export interface HistoryChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface HistoryLine {
  actor: string;
  action: string;
  /** "proposed a verdict" */
  verb: string;
  at: string;
  changes: HistoryChange[];
  /** Free text that came with the step: a rationale, a comment, a reason, an evidence title. */
  note: string | null;
  noteLabel: string | null;
}

const VERBS: Record<string, string> = {
  assign: 'assigned the claim',
  unassign: 'unassigned the claim',
  propose: 'proposed a verdict',
  approve: 'approved the verdict',
  request_changes: 'requested changes',
  dismiss: 'dismissed the claim',
  reopen: 'reopened the claim',
  edit: 'edited the claim',
  'evidence.add': 'added evidence',
  'evidence.edit': 'edited evidence',
  'evidence.remove': 'removed evidence',
  comment: 'commented',
  promote: 'made a claim of this sentence',
  add: 'made a claim of a selection',
  split: 'split the claim in two',
  merge: 'merged duplicates into this claim',
  import: 'imported the article',
};

/** Fields shown as "before → after", in this order; others follow alphabetically. */
const FIELD_ORDER = ['status', 'assignee', 'verdict', 'attribution_check', 'text', 'source', 'approved_by'];

const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  assignee: 'Assignee',
  verdict: 'Verdict',
  attribution_check: 'Attribution',
  text: 'Text',
  source: 'Source',
  approved_by: 'Approved by',
};

/** Free-text fields: shown once as a note, not as a change. */
const NOTE_FIELDS: [string, string][] = [
  ['rationale', 'Rationale'],
  ['comment', 'Comment'],
  ['reason', 'Reason'],
  ['body', 'Comment'],
];

const EMPTY: Record<string, string> = {
  assignee: 'nobody',
  source: 'unattributed',
  verdict: 'none',
  attribution_check: 'not checked',
};

const MAX = 160;

function clip(s: string): string {
  return s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Any JSON value as short readable text. */
export function formatValue(v: unknown, field = ''): string {
  if (v === null || v === undefined || v === '') return EMPTY[field] ?? '—';
  if (field === 'status' && typeof v === 'string') return labelOf(STATUS_LABELS, v);
  if (field === 'verdict' && typeof v === 'string') return labelOf(VERDICT_LABELS, v);
  if (field === 'attribution_check' && typeof v === 'string') return labelOf(ATTRIBUTION_CHECK_LABELS, v);
  if (typeof v === 'string') return clip(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? '—' : clip(v.map((x) => formatValue(x)).join(', '));
  if (isObject(v)) {
    for (const k of ['title', 'name', 'text']) if (typeof v[k] === 'string') return clip(v[k] as string);
    return clip(
      Object.entries(v)
        .map(([k, x]) => `${k}: ${formatValue(x, k)}`)
        .join(', '),
    );
  }
  return clip(String(v));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** One audit entry as a readable line. */
export function describeHistory(e: HistoryEntry): HistoryLine {
  const before = isObject(e.before) ? e.before : null;
  const after = isObject(e.after) ? e.after : null;
  let verb = VERBS[e.action] ?? e.action.replace(/[._]/g, ' ');
  let note: string | null = null;
  let noteLabel: string | null = null;
  let changes: HistoryChange[] = [];

  if (e.action.startsWith('evidence.')) {
    const ev = after ?? before;
    if (ev && typeof ev.title === 'string') {
      note = clip(ev.title);
      noteLabel = 'Evidence';
    }
  } else if (e.action === 'promote' || e.action === 'add') {
    if (after && typeof after.text === 'string') {
      note = clip(after.text);
      noteLabel = e.action === 'add' ? 'Selection' : 'Sentence';
    }
  } else if (e.action === 'split') {
    const made = isObject(after?.new_claim) ? after.new_claim : null;
    if (made && typeof made.text === 'string') {
      // The claim that was split: it keeps the first part.
      note = clip(made.text);
      noteLabel = 'New claim';
      if (typeof before?.text === 'string' && typeof after?.text === 'string' && before.text !== after.text) {
        changes = [{ field: 'text', label: FIELD_LABELS.text ?? 'Text', before: formatValue(before.text), after: formatValue(after.text) }];
      }
    } else {
      // The claim the split made.
      verb = 'made this claim by splitting another';
      if (typeof before?.text === 'string') {
        note = clip(before.text);
        noteLabel = 'Split from';
      }
    }
  } else if (e.action === 'merge') {
    if (Array.isArray(after?.merged)) {
      const texts = after.merged.map((m) => (isObject(m) && typeof m.text === 'string' ? m.text : '')).filter(Boolean);
      verb = `merged ${texts.length === 1 ? 'a duplicate' : `${texts.length} duplicates`} into this claim`;
      note = clip(texts.join(' · '));
      noteLabel = texts.length === 1 ? 'Duplicate' : 'Duplicates';
    } else {
      verb = 'merged this claim into another as a duplicate';
      const kept = isObject(after?.duplicate_of) ? after.duplicate_of : null;
      if (kept && typeof kept.text === 'string') {
        note = clip(kept.text);
        noteLabel = 'Kept claim';
      }
      if (before && after && before.status !== after.status) {
        changes = [{ field: 'status', label: 'Status', before: formatValue(before.status, 'status'), after: formatValue(after.status, 'status') }];
      }
    }
  } else {
    if (e.action === 'assign' && after && after.assignee === e.actor && before?.assignee !== e.actor) {
      verb = 'took the claim';
    }
    for (const [k, label] of NOTE_FIELDS) {
      const v = after?.[k];
      if (typeof v === 'string' && v.trim() !== '') {
        note = clip(v);
        noteLabel = label;
        break;
      }
    }
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    for (const [k] of NOTE_FIELDS) keys.delete(k);
    keys.delete('mentions');
    // The approver is the actor of the entry already.
    if (e.action === 'approve') keys.delete('approved_by');
    const ordered = [
      ...FIELD_ORDER.filter((k) => keys.has(k)),
      ...[...keys].filter((k) => !FIELD_ORDER.includes(k)).sort(),
    ];
    changes = ordered
      .filter((k) => after !== null && k in after && !sameValue(before?.[k], after[k]))
      .map((k) => ({
        field: k,
        label: FIELD_LABELS[k] ?? k.replace(/_/g, ' '),
        before: formatValue(before?.[k], k),
        after: formatValue(after?.[k], k),
      }));
  }
  if (e.action === 'comment' && after && Array.isArray(after.mentions) && after.mentions.length > 0) {
    verb = `commented, mentioning ${after.mentions.map((m) => String(m)).join(', ')}`;
  }
  return { actor: e.actor, action: e.action, verb, at: e.at, changes, note, noteLabel };
}

/** "Status: In review → Verdict proposed" */
export function changeText(c: HistoryChange): string {
  return `${c.label}: ${c.before} → ${c.after}`;
}
