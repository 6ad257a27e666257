// An in-memory stand-in for the Rust backend, for previewing the UI in a plain
// browser (mock.html, `npm run build:mock`) and for tests. Never imported by the app
// itself: src/main.ts and everything under src/lib talk to the real backend only.
//
// The articles are real extractor output (claimdesk-extract's analysis of the
// texts in fixtures.json), turned into rows the way the importer stores them.

import type {
  ApiError,
  Article,
  ArticleDetail,
  ArticlePage,
  ArticleSummary,
  AttributionKind,
  Claim,
  ImportProgress,
  ImportReport,
  Rejection,
  SourceRef,
  TextInput,
  WorkspaceInfo,
} from '../lib/bindings';
import fixtures from './fixtures.json';
import { MockReview } from './review';

export interface FixtureSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  checkworthy: boolean;
  score: number;
  reasons: string[];
  attribution: {
    source: string;
    kind: string;
    mention: string;
    role?: string | null;
    cue: string;
    type: string;
  } | null;
}

interface Fixture {
  key: string;
  title: string;
  published_at: string | null;
  origin: string;
  url: string | null;
  body: string;
  dateline: { place: string; outlet: string | null; start: number; end: number } | null;
  sentences: FixtureSentence[];
}

const FIXTURES = fixtures as Fixture[];

/** One stored article with its claims and the extractor's sentences. */
export interface MockRow {
  article: Article;
  claims: Claim[];
  sentences: FixtureSentence[];
}

export interface MockOptions {
  /** Articles in the library at start (0 shows the welcome screen). */
  articles?: number;
  /** Make one command fail, to see the error states. */
  fail?: 'workspace' | 'list' | 'article' | 'import' | 'paste' | null;
  /** Rejections and duplicates in import reports. */
  messyImports?: boolean;
  /** Milliseconds between import progress events. */
  tick?: number;
  /** Reviewers at start: "desk" (an admin, an editor, a reviewer) or "none" (set up the desk). */
  reviewers?: 'desk' | 'none';
  /** Extra synthetic claims for the claims table (e.g. 100000, to feel its speed). */
  extraClaims?: number;
}

type Emit = (event: string, payload: unknown) => Promise<void> | void;

export function apiError(code: ApiError['code'], message: string, field?: string): ApiError {
  return field ? { code, message, field } : { code, message };
}

let idCounter = 0;
export function newId(prefix: string): string {
  idCounter++;
  return `${prefix}-${idCounter.toString(36).padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const utf8 = new TextEncoder();
const bytes = (s: string) => utf8.encode(s).length;

export class MockBackend {
  #rows: MockRow[] = [];
  #sources = new Map<string, SourceRef>();
  #cancel = false;
  #importing = false;
  #opts: Required<MockOptions>;
  #emit: Emit;
  readonly review: MockReview;

  constructor(emit: Emit, opts: MockOptions = {}) {
    this.#emit = emit;
    this.#opts = {
      articles: opts.articles ?? FIXTURES.length,
      fail: opts.fail ?? null,
      messyImports: opts.messyImports ?? true,
      tick: opts.tick ?? 350,
      reviewers: opts.reviewers ?? 'desk',
      extraClaims: opts.extraClaims ?? 0,
    };
    const n = this.#opts.articles;
    const start = Date.UTC(2017, 11, 11, 9, 30);
    for (let i = 0; i < n; i++) {
      const fx = FIXTURES[i % FIXTURES.length] as Fixture;
      const round = Math.floor(i / FIXTURES.length);
      const title = round === 0 ? fx.title : `${fx.title} (update ${round})`;
      // The first fixture is the newest, so it opens first.
      this.#add(fx, { title, importedAt: new Date(start - i * 3_600_000).toISOString() });
    }
    this.review = new MockReview(() => this.#rows, {
      reviewers: this.#opts.reviewers,
      extraClaims: this.#opts.extraClaims,
      sourceOf: (a) => this.#source(a),
    });
  }

  #source(a: NonNullable<FixtureSentence['attribution']>): SourceRef {
    const id = `src-${slug(a.source)}`;
    let s = this.#sources.get(id);
    if (!s) {
      s = { id, name: a.source, kind: a.kind, role: a.role ?? null };
      this.#sources.set(id, s);
    }
    return s;
  }

  #add(fx: Fixture, o: { title: string; importedAt: string; origin?: string; url?: string | null }): Article {
    const id = newId('art');
    const article: Article = {
      id,
      title: o.title,
      outlet: fx.dateline?.outlet ?? null,
      url: o.url === undefined ? fx.url : o.url,
      place: fx.dateline?.place ?? null,
      published_at: fx.published_at,
      subject: null,
      body: fx.body,
      body_start: fx.dateline?.end ?? 0,
      origin: o.origin ?? fx.origin,
      imported_at: o.importedAt,
    };
    const claims: Claim[] = fx.sentences
      .filter((s) => s.checkworthy)
      .map((s) => ({
        id: newId('clm'),
        article_id: id,
        text: s.text,
        start: s.start,
        end: s.end,
        sentence_index: s.index,
        status: 'new',
        verdict: null,
        source: s.attribution ? this.#source(s.attribution) : null,
        mention: s.attribution?.mention ?? null,
        cue: s.attribution?.cue ?? null,
        attribution: (s.attribution?.type ?? 'unattributed') as AttributionKind,
        score: s.score,
        reasons: s.reasons,
        assignee: null,
        version: 1,
        article_title: article.title,
        proposer: null,
        updated_at: o.importedAt,
      }));
    this.#rows.unshift({ article, claims, sentences: fx.sentences });
    this.#rows.sort((a, b) => b.article.imported_at.localeCompare(a.article.imported_at));
    return article;
  }

  #summary(r: { article: Article; claims: Claim[] }): ArticleSummary {
    const a = r.article;
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      place: a.place,
      published_at: a.published_at,
      imported_at: a.imported_at,
      claim_count: r.claims.length,
    };
  }

  workspaceInfo(): WorkspaceInfo {
    if (this.#opts.fail === 'workspace') throw apiError('db_corrupt', 'The database file is damaged: database disk image is malformed');
    return {
      version: '0.1.0',
      db_path: '/home/desk/.local/share/org.claimdesk.desktop/claimdesk.db',
      schema_version: 3,
      articles: this.#rows.length,
      claims: this.#rows.reduce((n, r) => n + r.claims.length, 0),
    };
  }

  listArticles(limit: number | null, offset: number): ArticlePage {
    if (this.#opts.fail === 'list') throw apiError('db_io', 'Could not read the articles: disk I/O error');
    const end = limit === null ? undefined : offset + limit;
    return { items: this.#rows.slice(offset, end).map((r) => this.#summary(r)), total: this.#rows.length };
  }

  getArticle(id: string): ArticleDetail {
    if (this.#opts.fail === 'article') throw apiError('db_io', 'Could not read the article: disk I/O error');
    const r = this.#rows.find((x) => x.article.id === id);
    if (!r) throw apiError('not_found', `There is no article with id ${id}`);
    return { article: r.article, claims: r.claims };
  }

  cancelImport(): null {
    if (this.#importing) this.#cancel = true;
    return null;
  }

  async importPaths(paths: string[]): Promise<ImportReport> {
    if (this.#opts.fail === 'import' || paths.some((p) => p.includes('unreadable')))
      throw apiError('import_unreadable', `${paths[0] ?? 'the file'}: permission denied`);
    this.#importing = true;
    this.#cancel = false;
    const origin = paths[0] ?? '';
    const total = 3_400_000;
    const report: ImportReport = { imported: [], duplicates: [], rejected: [], cancelled: false };
    try {
      const steps = 10;
      for (let i = 1; i <= steps; i++) {
        await new Promise((r) => setTimeout(r, this.#opts.tick));
        if (this.#cancel) {
          report.cancelled = true;
          break;
        }
        if (i % 4 === 0) {
          const fx = FIXTURES[(i / 4) % FIXTURES.length] as Fixture;
          const a = this.#add(fx, {
            title: `${fx.title} (from ${origin.split('/').pop()})`,
            importedAt: new Date().toISOString(),
            origin: `${origin} row ${i}`,
          });
          report.imported.push({ id: a.id, title: a.title, claims: this.getArticle(a.id).claims.length });
        }
        const progress: ImportProgress = {
          origin,
          bytes_done: Math.round((total * i) / steps),
          bytes_total: total,
          articles: report.imported.length,
        };
        await this.#emit('import-progress', progress);
      }
      if (this.#opts.messyImports && !report.cancelled) {
        const first = this.#rows[this.#rows.length - 1];
        if (first) report.duplicates.push({ origin: `${origin} row 2`, existing_id: first.article.id, title: first.article.title });
        const rejected: Rejection[] = [
          { origin, row: 7, code: 'import_bad_row', message: 'The "body" column is empty in this row.' },
          {
            origin: '/home/desk/inbox/scan-2017-12-01.pdf',
            row: null,
            code: 'import_unsupported',
            message: 'PDF files cannot be imported: export the text first (.txt, .md, .csv or .jsonl).',
          },
        ];
        report.rejected.push(...rejected);
      }
      return report;
    } finally {
      this.#importing = false;
      this.#cancel = false;
    }
  }

  importText(input: TextInput): ImportReport {
    if (this.#opts.fail === 'paste')
      throw apiError('invalid_input', 'No sentences could be read in this text: is it an article?', 'body');
    if (input.body.trim() === '') throw apiError('invalid_input', 'Paste the article text first: it is empty.', 'body');
    if (input.url && !/^https?:\/\//i.test(input.url.trim()))
      throw apiError('invalid_input', 'The address must start with http:// or https://', 'url');
    const same = this.#rows.find((r) => r.article.body.trim() === input.body.trim());
    if (same)
      return {
        imported: [],
        duplicates: [{ origin: 'pasted', existing_id: same.article.id, title: same.article.title }],
        rejected: [],
        cancelled: false,
      };
    const fx = analyseRoughly(input.body);
    const a = this.#add(fx, {
      title: input.title?.trim() || fx.title,
      importedAt: new Date().toISOString(),
      origin: 'pasted',
      url: input.url,
    });
    return {
      imported: [{ id: a.id, title: a.title, claims: this.getArticle(a.id).claims.length }],
      duplicates: [],
      rejected: [],
      cancelled: false,
    };
  }

  /** Route one `invoke` to its command, as Tauri does. */
  async handle(cmd: string, args: Record<string, unknown> = {}): Promise<unknown> {
    await new Promise((r) => setTimeout(r, 60));
    switch (cmd) {
      case 'workspace_info':
        return this.workspaceInfo();
      case 'list_articles':
        return this.listArticles(args.limit as number | null, args.offset as number);
      case 'get_article':
        return this.getArticle(args.id as string);
      case 'import_paths':
        return this.importPaths(args.paths as string[]);
      case 'cancel_import':
        return this.cancelImport();
      case 'import_text':
        return this.importText(args.input as TextInput);
      case 'plugin:dialog|open': {
        const o = (args.options ?? {}) as { directory?: boolean; title?: string };
        if (o.directory) return '/home/desk/inbox';
        if (o.title?.startsWith('Attach')) return ['/home/desk/evidence/mod-statement-2017-11-19.pdf'];
        return ['/home/desk/inbox/reuters-2017-12-11.csv'];
      }
      default:
        return this.review.handle(cmd, args);
    }
  }
}

/**
 * A crude stand-in for claimdesk-extract, for pasted text in the preview only:
 * sentences with a number or a reporting verb count as claims.
 */
export function analyseRoughly(body: string): Fixture {
  const m = /^([A-Z][A-Z./ -]+?) \(([^)]+)\) - /.exec(body);
  const bodyStart = m ? bytes(m[0]) : 0;
  const sentences: FixtureSentence[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  const from = m ? m[0].length : 0;
  re.lastIndex = from;
  let match: RegExpExecArray | null;
  let index = 0;
  while ((match = re.exec(body))) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const s = match.index + lead;
    const start = bytes(body.slice(0, s));
    const said = /\b(said|says|told|according to)\b/.exec(text);
    const number = /\d/.test(text);
    const score = Math.min(1, (number ? 0.45 : 0.15) + (said ? 0.25 : 0) + (text.length > 60 ? 0.1 : 0));
    const who = said ? /([A-Z][a-z]+(?: [A-Z][a-z]+)+)/.exec(text)?.[1] : undefined;
    sentences.push({
      index: index++,
      start,
      end: start + bytes(text),
      text,
      checkworthy: score >= 0.5,
      score,
      reasons: [number ? 'states a number, quantity or statistic' : 'asserts that an event or action happened'],
      attribution:
        said && who
          ? { source: who, kind: 'person', mention: who, role: null, cue: said[1] ?? 'said', type: 'indirect' }
          : null,
    });
  }
  const firstLine = body.slice(from).trim().split(/\n/)[0] ?? '';
  return {
    key: 'pasted',
    title: firstLine.length > 80 ? `${firstLine.slice(0, 77)}…` : firstLine || 'Untitled article',
    published_at: null,
    origin: 'pasted',
    url: null,
    body,
    dateline: m ? { place: m[1] ?? '', outlet: m[2] ?? null, start: 0, end: bodyStart } : null,
    sentences,
  };
}
