import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  URL_MESSAGES,
  dateRangeError,
  defaultFileName,
  emptyExportForm,
  exportErrorHint,
  isExportFormat,
  priorReportSummary,
  saveFilters,
  toExportQuery,
  validateWebAddress,
} from './export';

describe('export query', () => {
  it('defaults to verified claims of every article', () => {
    expect(toExportQuery(emptyExportForm())).toEqual({
      article_ids: [],
      statuses: ['verified'],
      verdicts: [],
      reviewers: [],
      from: null,
      to: null,
    });
  });

  it('keeps the chosen filters, de-duplicated, and only well-formed days', () => {
    const q = toExportQuery({
      articleIds: ['a1', 'a2', 'a1'],
      statuses: ['verified', 'proposed'],
      verdicts: ['false', 'false', 'mixed'],
      reviewers: [' r1 ', '', 'r2'],
      from: '2026-01-01',
      to: '2026/02/01',
    });
    expect(q).toEqual({
      article_ids: ['a1', 'a2'],
      statuses: ['verified', 'proposed'],
      verdicts: ['false', 'mixed'],
      reviewers: ['r1', 'r2'],
      from: '2026-01-01',
      to: null,
    });
  });

  it('flags a reversed date range', () => {
    expect(dateRangeError({ ...emptyExportForm(), from: '2026-03-01', to: '2026-02-01' })).toMatch(/after/);
    expect(dateRangeError({ ...emptyExportForm(), from: '2026-01-01', to: '2026-02-01' })).toBeNull();
    expect(dateRangeError({ ...emptyExportForm(), from: '2026-01-01' })).toBeNull();
  });
});

describe('formats', () => {
  it('names the saved file by format', () => {
    expect(defaultFileName('html')).toBe('claimdesk-report.html');
    expect(defaultFileName('markdown')).toBe('claimdesk-report.md');
    expect(defaultFileName('json')).toBe('claimdesk-report.json');
    expect(defaultFileName('csv')).toBe('claimdesk-report.csv');
    expect(defaultFileName('claimreview')).toBe('claimdesk-report.jsonld');
    expect(saveFilters('csv')).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
  });

  it('lists each backend format once', () => {
    expect(EXPORT_FORMATS.map((f) => f.format)).toEqual(['html', 'markdown', 'json', 'csv', 'claimreview']);
    expect(isExportFormat('csv')).toBe(true);
    expect(isExportFormat('pdf')).toBe(false);
  });

  it('hints at the report settings when ClaimReview lacks them', () => {
    expect(exportErrorHint('the organization setting is not set', 'claimreview')).toMatch(/Report settings/);
    expect(exportErrorHint('disk full', 'csv')).toBeNull();
  });
});

describe('web address', () => {
  it('accepts http and https addresses', () => {
    expect(validateWebAddress('https://example.org/a')).toBeNull();
    expect(validateWebAddress('  http://example.org ')).toBeNull();
  });

  it('refuses other schemes, junk and empty input', () => {
    expect(validateWebAddress('ftp://example.org')).toBe(URL_MESSAGES.scheme);
    expect(validateWebAddress('example.org')).toBe(URL_MESSAGES.scheme);
    expect(validateWebAddress('https://')).toBe(URL_MESSAGES.invalid);
    expect(validateWebAddress('')).toBe(URL_MESSAGES.empty);
  });

  it('forgives an unfinished scheme while typing', () => {
    expect(validateWebAddress('htt', true)).toBeNull();
    expect(validateWebAddress('https:/', true)).toBeNull();
    expect(validateWebAddress('', true)).toBeNull();
    expect(validateWebAddress('www.example.org', true)).toBe(URL_MESSAGES.scheme);
  });
});

describe('priors import summary', () => {
  it('counts what came in, what was skipped and what was refused', () => {
    expect(priorReportSummary({ files: 1, imported: 1, duplicates: 0, ignored: 0, refused: [] })).toBe(
      '1 fact-check imported from 1 file.',
    );
    expect(
      priorReportSummary({
        files: 2,
        imported: 3,
        duplicates: 1,
        ignored: 4,
        refused: [{ file: 'a.json', item: 2, pointer: '/2', message: 'a.json item 2: no rating' }],
      }),
    ).toBe('3 fact-checks imported from 2 files; 1 duplicate skipped; 1 refused.');
  });
});
