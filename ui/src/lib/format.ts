// Pure presentation helpers: labels, dates, numbers, colours. No DOM, no state.

import type {
  Article,
  ArticleSummary,
  AttributionCheck,
  AttributionKind,
  ClaimStatus,
  Role,
  Verdict,
  ImportProgress,
  ImportReport,
  Rejection,
  SourceRef,
} from './bindings';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 article", "2 articles". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : pluralForm}`;
}

/**
 * A publication date as written by the backend ("2017-11-21", maybe with a time)
 * shown as "21 Nov 2017". Anything unparseable is shown as given.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value.trim());
  if (!m) return value;
  const year = m[1];
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return value;
  if (!m[3]) return `${month} ${year}`;
  return `${Number(m[3])} ${month} ${year}`;
}

/**
 * The date an article is listed under: its publication date when known, otherwise
 * the import day, said as such ("imported 8 Dec 2017") so it is never taken for
 * the publication date.
 */
export function listDate(a: Pick<ArticleSummary, 'published_at' | 'imported_at'>): {
  text: string;
  published: boolean;
} {
  if (a.published_at) return { text: formatDate(a.published_at), published: true };
  return { text: a.imported_at ? `imported ${formatDate(a.imported_at)}` : '', published: false };
}

/** "Moscow/Beirut · Reuters" from whatever of place and outlet is known. */
export function placeAndOutlet(a: Pick<ArticleSummary, 'place' | 'outlet'>): string {
  return [a.place, a.outlet].filter((x): x is string => !!x && x.trim() !== '').join(' · ');
}

/** The pieces of the meta line above an article: place, outlet, date, origin. */
export function articleMeta(a: Article): { label: string; value: string }[] {
  const parts: { label: string; value: string }[] = [];
  if (a.place) parts.push({ label: 'Place', value: a.place });
  if (a.outlet) parts.push({ label: 'Outlet', value: a.outlet });
  if (a.published_at) parts.push({ label: 'Published', value: formatDate(a.published_at) });
  else parts.push({ label: 'Imported', value: `imported ${formatDate(a.imported_at)}` });
  if (a.origin) parts.push({ label: 'Origin', value: a.origin });
  return parts;
}

export const ATTRIBUTION_LABELS: Record<AttributionKind, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  continuation: 'Continued quote',
  unattributed: 'Unattributed',
};

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  new: 'New',
  in_review: 'In review',
  proposed: 'Verdict proposed',
  verified: 'Verified',
  dismissed: 'Dismissed',
};

const KIND_LABELS: Record<string, string> = {
  person: 'Person',
  organization: 'Organisation',
  government: 'Government',
  anonymous: 'Anonymous',
  document: 'Document',
  media: 'Media',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? (kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : 'Unknown');
}

/** Shown where a claim has no attributed source. */
export const OWN_ASSERTION = "Outlet's own assertion";

export function sourceName(source: SourceRef | null): string {
  return source ? source.name : OWN_ASSERTION;
}

/** A 0..1 score as a whole percentage, clamped. */
export function scorePercent(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.round(Math.min(Math.max(score, 0), 1) * 100);
}

/** Number of distinct highlight colours for sources (see app.css --src-N). */
export const SOURCE_COLOURS = 8;

/**
 * Stable colour slot for a source: FNV-1a hash of its id modulo the palette size,
 * or "none" for a claim the outlet asserts itself.
 */
export function sourceColour(sourceId: string | null | undefined): number | 'none' {
  if (!sourceId) return 'none';
  let h = 0x811c9dc5;
  for (let i = 0; i < sourceId.length; i++) {
    h ^= sourceId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SOURCE_COLOURS;
}

/** "980 B", "12.4 KB", "3.1 MB". */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '';
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** Share of an import done, 0..1, or null while the total is unknown. */
export function progressFraction(p: ImportProgress | null): number | null {
  if (!p || !(p.bytes_total > 0)) return null;
  return Math.min(Math.max(p.bytes_done / p.bytes_total, 0), 1);
}

export interface ReportSummary {
  articles: number;
  claims: number;
  headline: string;
  tone: 'success' | 'warning' | 'error';
}

/** The headline of the panel shown after an import. */
export function summarizeReport(r: ImportReport): ReportSummary {
  const articles = r.imported.length;
  const claims = r.imported.reduce((sum, a) => sum + a.claims, 0);
  const what = `${plural(articles, 'article')} (${plural(claims, 'claim')})`;
  let headline: string;
  if (r.cancelled) headline = articles > 0 ? `Import cancelled after ${what}` : 'Import cancelled';
  else if (articles > 0) headline = `Imported ${what}`;
  else if (r.duplicates.length > 0 && r.rejected.length === 0) headline = 'Nothing new to import';
  else headline = 'Nothing was imported';
  const tone = r.rejected.length > 0 ? (articles > 0 ? 'warning' : 'error') : articles > 0 ? 'success' : 'warning';
  return { articles, claims, headline, tone };
}

/** Where a rejected input came from: "archive.csv, row 12". */
export function rejectionPlace(r: Rejection): string {
  return r.row === null || r.row === undefined ? r.origin : `${r.origin}, row ${r.row}`;
}

/** Last path component, for long file paths in tight places. */
export function baseName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const i = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return i >= 0 ? trimmed.slice(i + 1) : trimmed;
}

/** Statuses in workflow order. */
export const STATUSES: readonly ClaimStatus[] = ['new', 'in_review', 'proposed', 'verified', 'dismissed'];

export const VERDICTS: readonly Verdict[] = [
  'true',
  'mostly_true',
  'mixed',
  'mostly_false',
  'false',
  'misleading',
  'unverifiable',
];

export const VERDICT_LABELS: Record<Verdict, string> = {
  true: 'True',
  mostly_true: 'Mostly true',
  mixed: 'Mixed',
  mostly_false: 'Mostly false',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

/** A verdict code as shown to people (unknown codes are shown as given). */
export function verdictLabel(v: string | null | undefined): string {
  if (!v) return '';
  return (VERDICT_LABELS as Record<string, string>)[v] ?? v;
}

/** Which way a verdict leans, for its colour. */
export function verdictTone(v: string | null | undefined): 'good' | 'bad' | 'mixed' | 'none' {
  if (v === 'true' || v === 'mostly_true') return 'good';
  if (v === 'false' || v === 'mostly_false' || v === 'misleading') return 'bad';
  if (v === 'mixed' || v === 'unverifiable') return 'mixed';
  return 'none';
}

export const ATTRIBUTION_CHECKS: readonly AttributionCheck[] = ['confirmed', 'misattributed', 'unconfirmed'];

export const ATTRIBUTION_CHECK_LABELS: Record<AttributionCheck, string> = {
  confirmed: 'Confirmed: the source said it',
  misattributed: 'Misattributed',
  unconfirmed: 'Not confirmed',
};

export const ROLES: readonly Role[] = ['reviewer', 'editor', 'admin'];

export const ROLE_LABELS: Record<Role, string> = {
  reviewer: 'Reviewer',
  editor: 'Editor',
  admin: 'Admin',
};

/** Source kinds the backend accepts for a new source. */
export const SOURCE_KINDS = ['person', 'organization', 'government', 'anonymous', 'document', 'media'] as const;

export const EVIDENCE_KINDS = [
  'document',
  'web_page',
  'official_record',
  'dataset',
  'interview',
  'media',
  'expert',
] as const;

export const EVIDENCE_KIND_LABELS: Record<string, string> = {
  document: 'Document',
  web_page: 'Web page',
  official_record: 'Official record',
  dataset: 'Dataset',
  interview: 'Interview',
  media: 'Photo, video or audio',
  expert: 'Expert',
};

export const STANCES = ['supports', 'refutes', 'context', 'mixed'] as const;

export const STANCE_LABELS: Record<string, string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Adds context',
  mixed: 'Mixed',
};

export const RELIABILITIES = ['high', 'medium', 'low'] as const;

export const RELIABILITY_LABELS: Record<string, string> = {
  high: 'High reliability',
  medium: 'Medium reliability',
  low: 'Low reliability',
};

/** A label from a table, or the code itself. */
export function labelOf(table: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return table[code] ?? code;
}

/**
 * A backend timestamp ("2026-11-25T18:18:49Z") as "25 Nov 2026, 18:18" in local time.
 * Dates without a time are shown as dates; anything unparseable as given.
 */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return formatDate(value);
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${hh}:${mm}`;
}

/** "just now", "5 min ago", "3 h ago", "yesterday", else the date. */
export function relativeTime(value: string | null | undefined, now: Date = new Date()): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const s = Math.round((now.getTime() - d.getTime()) / 1000);
  if (s < 45 && s > -60) return 'just now';
  if (s < 0) return formatDateTime(value);
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h ago`;
  if (h < 48) return 'yesterday';
  return formatDate(value);
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}

/** Up to two capital letters from a name: "Ana Lima" -> "AL". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : (words[0]?.[1] ?? '');
  return (first + last).toUpperCase();
}

/**
 * The banner text for a conflict: "This claim changed since you opened it: …",
 * without saying it twice when the backend's message already starts that way.
 */
export function conflictText(message: string): string {
  const lead = 'This claim changed since you opened it';
  const m = message.trim();
  if (m.toLowerCase().startsWith(lead.toLowerCase())) {
    const rest = m.slice(lead.length).replace(/^[\s:,;-]+/, '');
    return rest ? `${lead}: ${rest}` : `${lead}.`;
  }
  return `${lead}: ${m}`;
}
