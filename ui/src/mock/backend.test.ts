// The preview's stand-in backend serves real extractor output: check that the UI's
// byte-offset handling puts every stored claim exactly on its sentence.
import { describe, expect, it } from 'vitest';
import { segments, sliceBytes } from '../lib/highlight';
import { MockBackend, analyseRoughly } from './backend';

const backend = new MockBackend(() => undefined, { messyImports: false, tick: 0 });

describe('fixture articles', () => {
  const page = backend.listArticles(null, 0);

  it('are listed newest first', () => {
    expect(page.total).toBe(page.items.length);
    const dates = page.items.map((a) => a.imported_at);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  for (const summary of page.items) {
    it(`highlights every claim of "${summary.title}" on its own text`, () => {
      const { article, claims } = backend.getArticle(summary.id);
      expect(claims.length).toBe(summary.claim_count);
      for (const c of claims) expect(sliceBytes(article.body, c.start, c.end)).toBe(c.text);
      const segs = segments(article.body, claims, article.body_start);
      expect(segs.filter((s) => s.claim).map((s) => s.text)).toEqual(
        [...claims].sort((a, b) => a.start - b.start).map((c) => c.text),
      );
      const dateline = sliceBytes(article.body, 0, article.body_start);
      expect(dateline + segs.map((s) => s.text).join('')).toBe(article.body);
    });
  }

  it('includes non-ASCII text and an article without claims', () => {
    const bodies = page.items.map((a) => backend.getArticle(a.id));
    expect(bodies.some((d) => /[^\p{ASCII}]/u.test(d.article.body) && d.claims.length > 0)).toBe(true);
    expect(bodies.some((d) => d.claims.length === 0)).toBe(true);
  });
});

describe('rough analysis of pasted text', () => {
  it('produces byte spans that match its sentences', () => {
    const body = 'KYIV (Reuters) - Café owners in Lviv said 14 outlets – «all of them» – would close. Путин said nothing.';
    const fx = analyseRoughly(body);
    expect(fx.dateline?.place).toBe('KYIV');
    for (const s of fx.sentences) expect(sliceBytes(body, s.start, s.end)).toBe(s.text);
  });
});
