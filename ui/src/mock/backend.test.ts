// The preview's stand-in backend serves real extractor output: check that the UI's
// byte-offset handling puts every stored claim exactly on its sentence.
import { describe, expect, it } from 'vitest';
import { segments, sliceBytes } from '../lib/highlight';
import { splitPoints } from '../lib/split';
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

describe('review workflow of the stand-in', () => {
  const b = new MockBackend(() => undefined, { messyImports: false, tick: 0, extraClaims: 1000 });
  const people = b.review.listReviewers();
  const id = (name: string) => people.find((p) => p.name === name)?.id ?? '';
  const ana = id('Ana Lima');
  const eve = id('Eve Editor');
  const ada = id('Ada Admin');
  const first = b.listArticles(null, 0).items[0];
  const claim = first ? b.getArticle(first.id).claims[0] : undefined;
  const evidence = {
    kind: 'web_page',
    url: 'https://example.org/a',
    title: 'A source',
    publisher: null,
    published_at: null,
    accessed_at: null,
    excerpt: null,
    stance: 'supports',
    reliability: 'high',
    notes: null,
    files: [],
  };

  it('pages and filters the claims table, including synthetic claims', () => {
    const q = { article_id: null, status: null, assignee: null, unassigned: false, source_id: null, verdict: null, queue: null, updated_from: null, updated_to: null, sort: 'updated' as const, limit: 200, offset: 0 };
    const page = b.review.listClaims(q);
    expect(page.items).toHaveLength(200);
    expect(page.total).toBeGreaterThan(1000);
    const verified = b.review.listClaims({ ...q, status: 'verified', limit: null });
    expect(verified.items.every((c) => c.status === 'verified')).toBe(true);
  });

  it('follows the rules: take, evidence, propose, no approving your own, approve', () => {
    expect(claim).toBeDefined();
    if (!claim) return;
    const take = b.review.claimAction(claim.id, { type: 'assign', to: ana }, claim.version, ana);
    expect(take.status).toBe('in_review');
    expect(() => b.review.claimAction(claim.id, { type: 'propose', verdict: 'true', rationale: 'r', attribution_check: null }, null, ana)).toThrow(
      expect.objectContaining({ code: 'refused', rule: 'propose.needs_evidence' }),
    );
    expect(b.review.validateEvidence({ ...evidence, url: 'kremlin dot ru' })[0]?.field).toBe('url');
    b.review.addEvidence(claim.id, evidence, ana);
    const proposed = b.review.claimAction(claim.id, { type: 'propose', verdict: 'true', rationale: 'Both said so.', attribution_check: null }, null, ana);
    expect(proposed.status).toBe('proposed');
    expect(() => b.review.claimAction(claim.id, { type: 'approve' }, 1, eve)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => b.review.claimAction(claim.id, { type: 'approve' }, null, ana)).toThrow(expect.objectContaining({ rule: 'approve.needs_editor' }));
    const verified = b.review.claimAction(claim.id, { type: 'approve' }, null, eve);
    expect(verified.status).toBe('verified');
    const d = b.review.claimDetail(claim.id);
    expect(d.history.map((h) => `${h.actor}:${h.action}`)).toEqual(['Ana Lima:assign', 'Ana Lima:evidence.add', 'Ana Lima:propose', 'Eve Editor:approve']);
    expect(d.approved_by).toBe('Eve Editor');
  });

  it('puts mentioned claims in the reviewer queue and searches with byte ranges', () => {
    const other = first ? b.getArticle(first.id).claims[1] : undefined;
    if (!other) return;
    b.review.addComment(other.id, 'Could you look, @Ada Admin?', eve);
    const mine = b.review.listClaims({ article_id: null, status: null, assignee: null, unassigned: false, source_id: null, verdict: null, queue: { type: 'mine', reviewer: ada }, updated_from: null, updated_to: null, sort: 'updated', limit: null, offset: 0 });
    expect(mine.items.map((c) => c.id)).toContain(other.id);
    const hits = b.review.search('Putin', 10);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      for (const [s, e] of h.highlights) expect(sliceBytes(h.snippet, s, e).toLowerCase()).toBe('putin');
    }
  });

  it('lists sentences and promotes one the extractor skipped', () => {
    if (!first) return;
    const plain = b.review.articleSentences(first.id).find((s) => s.claim_id === null);
    expect(plain).toBeDefined();
    if (!plain) return;
    const c = b.review.promoteSentence(first.id, plain.index, ada);
    expect(c.text).toBe(plain.text);
    expect(b.review.articleSentences(first.id).find((s) => s.index === plain.index)?.claim_id).toBe(c.id);
    expect(b.review.articleSources(first.id).length).toBeGreaterThan(0);
  });

  it('splits, merges and makes claims of selections with the rules of core', () => {
    const d = new MockBackend(() => undefined, { messyImports: false, tick: 0 });
    const p = d.review.listReviewers();
    const who = (n: string) => p.find((r) => r.name === n)?.id ?? '';
    const art = d.listArticles(null, 0).items[0];
    if (!art) return;
    const { article, claims } = d.getArticle(art.id);
    const [a, b2, c] = claims;
    if (!a || !b2 || !c) return;
    const at = splitPoints(a.text)[1] as number;
    expect(() => d.review.splitClaim(a.id, at, null, who('Ana Lima'))).toThrow(expect.objectContaining({ rule: 'split.not_assignee' }));
    expect(() => d.review.splitClaim(a.id, 0, null, who('Eve Editor'))).toThrow(expect.objectContaining({ field: 'at' }));
    const split = d.review.splitClaim(a.id, at, a.version, who('Eve Editor'));
    expect(sliceBytes(article.body, split.original.start, split.original.end)).toBe(split.original.text);
    expect(sliceBytes(article.body, split.created.start, split.created.end)).toBe(split.created.text);
    expect(d.review.claimDetail(split.created.id).split_from?.id).toBe(a.id);

    const m = d.review.mergeClaims({ id: b2.id, version: null }, [{ id: c.id, version: null }], who('Eve Editor'));
    expect(m.dismissed[0]?.status).toBe('dismissed');
    expect(d.review.claimDetail(c.id).dismiss_reason).toBe(`duplicate of claim ${b2.id}`);
    expect(d.review.claimDetail(b2.id).duplicates.map((l) => l.id)).toEqual([c.id]);
    expect(() => d.review.mergeClaims({ id: b2.id, version: null }, [{ id: c.id, version: null }], who('Eve Editor'))).toThrow(
      expect.objectContaining({ rule: 'merge.locked' }),
    );

    const sentence = d.review.articleSentences(art.id).find((s) => s.claim_id === null && s.text.includes(' '));
    if (!sentence) return;
    const added = d.review.claimFromSelection(art.id, sentence.start, sentence.end, who('Ana Lima'));
    expect(added.text).toBe(sentence.text);
    expect(() => d.review.claimFromSelection(art.id, sentence.start, sentence.end, who('Ana Lima'))).toThrow(
      expect.objectContaining({ field: 'range', message: expect.stringContaining('overlaps') }),
    );
    expect(() => d.review.claimFromSelection(art.id, 0, 0, who('Ana Lima'))).toThrow(expect.objectContaining({ message: expect.stringContaining('empty') }));
  });
});
