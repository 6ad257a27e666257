import { describe, expect, it } from 'vitest';
import type { Article, ImportReport } from './bindings';
import {
  articleMeta,
  baseName,
  formatBytes,
  formatDate,
  conflictText,
  formatDateTime,
  initialsOf,
  kindLabel,
  labelOf,
  listDate,
  relativeTime,
  STANCE_LABELS,
  todayIso,
  verdictLabel,
  verdictTone,
  placeAndOutlet,
  plural,
  progressFraction,
  rejectionPlace,
  scorePercent,
  SOURCE_COLOURS,
  sourceColour,
  sourceName,
  summarizeReport,
} from './format';

const report = (r: Partial<ImportReport>): ImportReport => ({
  imported: [],
  duplicates: [],
  rejected: [],
  cancelled: false,
  ...r,
});

describe('labels and numbers', () => {
  it('pluralises', () => {
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(1234, 'claim')).toBe('1,234 claims');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('formats ISO dates and keeps anything else', () => {
    expect(formatDate('2017-11-21')).toBe('21 Nov 2017');
    expect(formatDate('2017-12-08T09:30:00.000Z')).toBe('8 Dec 2017');
    expect(formatDate('2017-03')).toBe('Mar 2017');
    expect(formatDate('2017-13-01')).toBe('2017-13-01');
    expect(formatDate('last Tuesday')).toBe('last Tuesday');
    expect(formatDate(null)).toBe('');
  });

  it('joins place and outlet', () => {
    expect(placeAndOutlet({ place: 'Moscow/Beirut', outlet: 'Reuters' })).toBe('Moscow/Beirut · Reuters');
    expect(placeAndOutlet({ place: null, outlet: 'Reuters' })).toBe('Reuters');
    expect(placeAndOutlet({ place: ' ', outlet: null })).toBe('');
  });

  it('builds the article meta line', () => {
    const a: Article = {
      id: 'a',
      title: 't',
      outlet: 'Reuters',
      url: null,
      place: 'Kyiv',
      published_at: null,
      subject: null,
      body: '',
      body_start: 0,
      origin: 'pasted',
      imported_at: '2017-12-11T09:30:00.000Z',
    };
    expect(articleMeta(a)).toEqual([
      { label: 'Place', value: 'Kyiv' },
      { label: 'Outlet', value: 'Reuters' },
      { label: 'Imported', value: 'imported 11 Dec 2017' },
      { label: 'Origin', value: 'pasted' },
    ]);
  });

  it('clamps scores to whole percentages', () => {
    expect(scorePercent(0.75)).toBe(75);
    expect(scorePercent(0.955)).toBe(96);
    expect(scorePercent(1.7)).toBe(100);
    expect(scorePercent(-1)).toBe(0);
    expect(scorePercent(Number.NaN)).toBe(0);
  });

  it('formats byte sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3_400_000)).toBe('3.2 MB');
    expect(formatBytes(-1)).toBe('');
  });

  it('labels source kinds and missing sources', () => {
    expect(kindLabel('organization')).toBe('Organisation');
    expect(kindLabel('robot')).toBe('Robot');
    expect(sourceName(null)).toBe("Outlet's own assertion");
    expect(sourceName({ id: 's', name: 'Vladimir Putin', kind: 'person', role: 'Russian President' })).toBe(
      'Vladimir Putin',
    );
  });

  it('takes the last path component', () => {
    expect(baseName('/home/desk/inbox/archive.csv')).toBe('archive.csv');
    expect(baseName('C:\\Users\\desk\\inbox\\')).toBe('inbox');
    expect(baseName('pasted')).toBe('pasted');
  });
});

describe('sourceColour', () => {
  it('is stable and within the palette', () => {
    const ids = ['src-vladimir-putin', 'src-kremlin', 'src-white-house', '0192f0c1-7a2b-7c3d-9e4f-000000000001'];
    for (const id of ids) {
      const c = sourceColour(id);
      expect(c).toBe(sourceColour(id));
      expect(typeof c).toBe('number');
      expect(c as number).toBeGreaterThanOrEqual(0);
      expect(c as number).toBeLessThan(SOURCE_COLOURS);
    }
  });

  it('gives unattributed claims the neutral colour', () => {
    expect(sourceColour(null)).toBe('none');
    expect(sourceColour(undefined)).toBe('none');
    expect(sourceColour('')).toBe('none');
  });

  it('spreads sources over the palette', () => {
    const used = new Set(Array.from({ length: 64 }, (_, i) => sourceColour(`source-${i}`)));
    expect(used.size).toBeGreaterThanOrEqual(SOURCE_COLOURS - 1);
  });
});

describe('import reports', () => {
  it('counts articles and claims', () => {
    const s = summarizeReport(
      report({
        imported: [
          { id: 'a', title: 'A', claims: 4 },
          { id: 'b', title: 'B', claims: 1 },
        ],
      }),
    );
    expect(s).toEqual({ articles: 2, claims: 5, headline: 'Imported 2 articles (5 claims)', tone: 'success' });
  });

  it('uses singular forms', () => {
    expect(summarizeReport(report({ imported: [{ id: 'a', title: 'A', claims: 1 }] })).headline).toBe(
      'Imported 1 article (1 claim)',
    );
  });

  it('flags rejections', () => {
    const rejected = [{ origin: 'a.csv', row: 3, code: 'import_bad_row' as const, message: 'bad' }];
    expect(summarizeReport(report({ rejected })).tone).toBe('error');
    expect(summarizeReport(report({ rejected, imported: [{ id: 'a', title: 'A', claims: 0 }] })).tone).toBe(
      'warning',
    );
  });

  it('reports duplicates-only and cancelled imports', () => {
    const dup = report({ duplicates: [{ origin: 'x.txt', existing_id: 'a', title: 'A' }] });
    expect(summarizeReport(dup).headline).toBe('Nothing new to import');
    expect(summarizeReport(report({ cancelled: true })).headline).toBe('Import cancelled');
    expect(
      summarizeReport(report({ cancelled: true, imported: [{ id: 'a', title: 'A', claims: 2 }] })).headline,
    ).toBe('Import cancelled after 1 article (2 claims)');
  });

  it('places rejections by origin and row', () => {
    expect(rejectionPlace({ origin: 'archive.csv', row: 12, code: 'import_bad_row', message: '' })).toBe(
      'archive.csv, row 12',
    );
    expect(rejectionPlace({ origin: 'scan.pdf', row: null, code: 'import_unsupported', message: '' })).toBe(
      'scan.pdf',
    );
  });

  it('computes progress, unknown totals as null', () => {
    expect(progressFraction(null)).toBeNull();
    expect(progressFraction({ origin: 'a', bytes_done: 5, bytes_total: 0, articles: 0 })).toBeNull();
    expect(progressFraction({ origin: 'a', bytes_done: 50, bytes_total: 200, articles: 1 })).toBe(0.25);
    expect(progressFraction({ origin: 'a', bytes_done: 300, bytes_total: 200, articles: 1 })).toBe(1);
  });
});

describe('review labels and dates', () => {
  it('lists an article under its publication date, or says when it was imported', () => {
    expect(listDate({ published_at: '2017-11-21', imported_at: '2026-11-25T18:00:00Z' })).toEqual({
      text: '21 Nov 2017',
      published: true,
    });
    expect(listDate({ published_at: null, imported_at: '2026-11-25T18:00:00Z' })).toEqual({
      text: 'imported 25 Nov 2026',
      published: false,
    });
  });

  it('labels verdicts and their tone', () => {
    expect(verdictLabel('mostly_false')).toBe('Mostly false');
    expect(verdictLabel('new_code')).toBe('new_code');
    expect(verdictLabel(null)).toBe('');
    expect(verdictTone('true')).toBe('good');
    expect(verdictTone('misleading')).toBe('bad');
    expect(verdictTone('unverifiable')).toBe('mixed');
    expect(verdictTone(null)).toBe('none');
    expect(labelOf(STANCE_LABELS, 'refutes')).toBe('Refutes the claim');
    expect(labelOf(STANCE_LABELS, 'odd')).toBe('odd');
  });

  it('formats timestamps and relative times', () => {
    const at = new Date(2026, 10, 25, 18, 5).toISOString();
    expect(formatDateTime(at)).toBe('25 Nov 2026, 18:05');
    expect(formatDateTime('2017-11-21')).toBe('21 Nov 2017');
    expect(formatDateTime('soon')).toBe('soon');
    const now = new Date(2026, 10, 25, 18, 5);
    const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
    expect(relativeTime(ago(10_000), now)).toBe('just now');
    expect(relativeTime(ago(5 * 60_000), now)).toBe('5 min ago');
    expect(relativeTime(ago(3 * 3_600_000), now)).toBe('3 h ago');
    expect(relativeTime(ago(30 * 3_600_000), now)).toBe('yesterday');
    expect(relativeTime(ago(10 * 86_400_000), now)).toBe('15 Nov 2026');
  });

  it('gives today as YYYY-MM-DD and initials from names', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(initialsOf('Ana Lima')).toBe('AL');
    expect(initialsOf('Eve Maria Editor')).toBe('EE');
    expect(initialsOf('ada')).toBe('AD');
    expect(initialsOf('  ')).toBe('?');
  });
});

describe('conflictText', () => {
  it('says what changed once', () => {
    expect(conflictText('this claim changed since you opened it by Ada Admin (assign at 10:00): you read version 1, it is now version 2')).toBe(
      'This claim changed since you opened it: by Ada Admin (assign at 10:00): you read version 1, it is now version 2',
    );
    expect(conflictText('this evidence changed since you opened it; reload it first')).toBe(
      'This claim changed since you opened it: this evidence changed since you opened it; reload it first',
    );
    expect(conflictText('This claim changed since you opened it')).toBe('This claim changed since you opened it.');
  });
});
