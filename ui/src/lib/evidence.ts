// The evidence form: its fields, their element ids, and how the backend's field
// errors (from `validate_evidence` or a refused save) map onto them. Pure.

import type { Evidence, EvidenceInput, FieldError } from './bindings';

export const EVIDENCE_FIELDS = [
  'kind',
  'url',
  'title',
  'publisher',
  'published_at',
  'accessed_at',
  'excerpt',
  'stance',
  'reliability',
  'notes',
  'files',
] as const;

export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export interface EvidenceForm {
  kind: string;
  url: string;
  title: string;
  publisher: string;
  published_at: string;
  accessed_at: string;
  excerpt: string;
  stance: string;
  reliability: string;
  notes: string;
  /** New attachments: absolute paths from the file picker. */
  files: string[];
}

const ID_NAMES: Partial<Record<EvidenceField, string>> = {
  published_at: 'published',
  accessed_at: 'accessed',
};

/** The element id of a form field: "url" -> "evidence-url", "published_at" -> "evidence-published". */
export function fieldId(field: EvidenceField): string {
  return `evidence-${ID_NAMES[field] ?? field}`;
}

/** The id of the message under a field: "evidence-url-error". */
export function errorId(field: EvidenceField): string {
  return `${fieldId(field)}-error`;
}

export function isEvidenceField(f: string | undefined | null): f is EvidenceField {
  return !!f && (EVIDENCE_FIELDS as readonly string[]).includes(f);
}

export function emptyEvidenceForm(today: string): EvidenceForm {
  return {
    kind: 'web_page',
    url: '',
    title: '',
    publisher: '',
    published_at: '',
    accessed_at: today,
    excerpt: '',
    stance: '',
    reliability: 'medium',
    notes: '',
    files: [],
  };
}

export function formFromEvidence(e: Evidence): EvidenceForm {
  return {
    kind: e.kind,
    url: e.url ?? '',
    title: e.title,
    publisher: e.publisher ?? '',
    published_at: e.published_at ?? '',
    accessed_at: e.accessed_at ?? '',
    excerpt: e.excerpt ?? '',
    stance: e.stance,
    reliability: e.reliability,
    notes: e.notes ?? '',
    files: [],
  };
}

const blank = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** The payload for `validate_evidence`, `add_evidence` and `update_evidence`. */
export function toEvidenceInput(f: EvidenceForm): EvidenceInput {
  return {
    kind: f.kind,
    url: f.url.trim(),
    title: f.title.trim(),
    publisher: blank(f.publisher),
    published_at: blank(f.published_at),
    accessed_at: blank(f.accessed_at),
    excerpt: blank(f.excerpt),
    stance: f.stance,
    reliability: f.reliability,
    notes: blank(f.notes),
    files: [...f.files],
  };
}

export type EvidenceErrors = Partial<Record<EvidenceField, string>> & { form?: string };

/**
 * The first message for each field; messages for fields the form does not have are
 * collected under `form` (shown above the fields), so none is lost.
 */
export function errorsByField(errors: readonly FieldError[]): EvidenceErrors {
  const out: EvidenceErrors = {};
  const other: string[] = [];
  for (const e of errors) {
    if (isEvidenceField(e.field)) {
      if (!out[e.field]) out[e.field] = e.message;
    } else {
      other.push(e.message);
    }
  }
  if (other.length) out.form = other.join(' ');
  return out;
}

/**
 * What to show while the user types: messages for the fields they have touched,
 * or for every field once they have tried to save.
 */
export function visibleErrors(all: EvidenceErrors, touched: ReadonlySet<string>, submitted: boolean): EvidenceErrors {
  if (submitted) return all;
  const out: EvidenceErrors = {};
  for (const f of EVIDENCE_FIELDS) if (touched.has(f) && all[f]) out[f] = all[f];
  return out;
}

/** The first field (in form order) with a message, to move the focus to. */
export function firstErrorField(errors: EvidenceErrors): EvidenceField | null {
  return EVIDENCE_FIELDS.find((f) => errors[f]) ?? null;
}

/** Has the form changed from how it started? */
export function isDirty(a: EvidenceForm, b: EvidenceForm): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
