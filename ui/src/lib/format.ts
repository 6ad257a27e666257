// Pure presentation helpers: labels, dates, numbers, colours. No DOM, no state.

import type {
  Article,
  ArticleSummary,
  AttributionKind,
  ClaimStatus,
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

/** The date an article is listed under: its publication date, else the import day. */
export function listDate(a: Pick<ArticleSummary, 'published_at' | 'imported_at'>): string {
  return formatDate(a.published_at ?? a.imported_at);
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
  else parts.push({ label: 'Imported', value: formatDate(a.imported_at) });
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
