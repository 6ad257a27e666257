// Pure helpers for the Export screen: form state → ExportQuery, formats and file names,
// and the web-address check of the URL import dialog.

import type { ClaimStatus, ExportFormat, ExportQuery, PriorImportReport, Verdict } from './bindings';

export interface ExportForm {
  articleIds: string[];
  statuses: ClaimStatus[];
  verdicts: Verdict[];
  reviewers: string[];
  from: string;
  to: string;
}

export function emptyExportForm(): ExportForm {
  return { articleIds: [], statuses: ['verified'], verdicts: [], reviewers: [], from: '', to: '' };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day, or null when empty or malformed. */
export function dayOrNull(value: string): string | null {
  const v = value.trim();
  return DAY.test(v) ? v : null;
}

/** The query the backend expects; lists are de-duplicated and dates kept only when well formed. */
export function toExportQuery(form: ExportForm): ExportQuery {
  return {
    article_ids: [...new Set(form.articleIds)],
    statuses: [...new Set(form.statuses)],
    verdicts: [...new Set(form.verdicts)],
    reviewers: [...new Set(form.reviewers.map((r) => r.trim()).filter((r) => r !== ''))],
    from: dayOrNull(form.from),
    to: dayOrNull(form.to),
  };
}

/** A problem with the date range, or null. */
export function dateRangeError(form: ExportForm): string | null {
  const from = dayOrNull(form.from);
  const to = dayOrNull(form.to);
  if (from && to && from > to) return 'The “from” day is after the “to” day.';
  return null;
}

export interface FormatInfo {
  format: ExportFormat;
  label: string;
  extension: string;
  filterName: string;
}

export const EXPORT_FORMATS: readonly FormatInfo[] = [
  { format: 'html', label: 'HTML report', extension: 'html', filterName: 'HTML report' },
  { format: 'markdown', label: 'Markdown', extension: 'md', filterName: 'Markdown' },
  { format: 'json', label: 'JSON', extension: 'json', filterName: 'JSON' },
  { format: 'csv', label: 'CSV spreadsheet', extension: 'csv', filterName: 'CSV' },
  { format: 'claimreview', label: 'ClaimReview (schema.org JSON-LD)', extension: 'jsonld', filterName: 'ClaimReview JSON-LD' },
];

export function formatInfo(format: ExportFormat): FormatInfo {
  const found = EXPORT_FORMATS.find((f) => f.format === format);
  if (!found) throw new Error(`unknown export format: ${format}`);
  return found;
}

export function isExportFormat(value: string): value is ExportFormat {
  return EXPORT_FORMATS.some((f) => f.format === value);
}

/** The name the save dialog suggests. */
export function defaultFileName(format: ExportFormat): string {
  return `claimdesk-report.${formatInfo(format).extension}`;
}

/** Filters for the native save dialog. */
export function saveFilters(format: ExportFormat): { name: string; extensions: string[] }[] {
  const info = formatInfo(format);
  return [{ name: info.filterName, extensions: [info.extension] }];
}

/** A hint for export errors the user can fix in the report settings. */
export function exportErrorHint(message: string, format: ExportFormat): string | null {
  const m = message.toLowerCase();
  if (format === 'claimreview' || m.includes('organization') || m.includes('review_base_url')) {
    if (m.includes('organization') || m.includes('review_base_url') || m.includes('setting')) {
      return 'ClaimReview needs the organization and the review address: an admin can set them under “Report settings” below.';
    }
  }
  return null;
}

export const URL_MESSAGES = {
  empty: 'Enter the article’s web address.',
  scheme: 'The address must start with http:// or https://',
  invalid: 'This is not a valid web address.',
} as const;

/** Check a web address to import; `typing` forgives an unfinished "http". */
export function validateWebAddress(value: string, typing = false): string | null {
  const u = value.trim();
  if (u === '') return typing ? null : URL_MESSAGES.empty;
  const lower = u.toLowerCase();
  if (typing && ('http://'.startsWith(lower) || 'https://'.startsWith(lower))) return null;
  if (!/^https?:\/\//i.test(u)) return URL_MESSAGES.scheme;
  try {
    const parsed = new URL(u);
    if (!parsed.hostname) return URL_MESSAGES.invalid;
  } catch {
    return URL_MESSAGES.invalid;
  }
  return null;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** One line about a priors import: "3 fact-checks imported from 2 files; 1 duplicate; 1 refused." */
export function priorReportSummary(r: PriorImportReport): string {
  const parts = [`${plural(r.imported, 'fact-check', 'fact-checks')} imported from ${plural(r.files, 'file', 'files')}`];
  if (r.duplicates > 0) parts.push(`${plural(r.duplicates, 'duplicate', 'duplicates')} skipped`);
  if (r.refused.length > 0) parts.push(`${r.refused.length.toLocaleString('en-US')} refused`);
  return parts.join('; ') + '.';
}
