import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import * as api from './api';
import { COMMANDS, toApiError } from './api';

beforeAll(() => {
  // The Tauri mocks install themselves on `window`.
  vi.stubGlobal('window', globalThis);
});

afterEach(() => clearMocks());

describe('toApiError', () => {
  it('keeps backend errors as they are', () => {
    expect(toApiError({ code: 'invalid_input', message: 'Bad URL', field: 'url' })).toEqual({
      code: 'invalid_input',
      message: 'Bad URL',
      field: 'url',
    });
    expect(toApiError({ code: 'not_found', message: 'gone' })).toEqual({ code: 'not_found', message: 'gone' });
  });

  it('normalises anything else to db_io', () => {
    expect(toApiError('command list_articles not found')).toEqual({
      code: 'db_io',
      message: 'command list_articles not found',
    });
    expect(toApiError(new TypeError('x is undefined'))).toEqual({ code: 'db_io', message: 'x is undefined' });
    expect(toApiError({ code: 'weird', message: 'm' }).code).toBe('db_io');
    expect(toApiError(null)).toEqual({ code: 'db_io', message: 'null' });
  });
});

describe('command wrappers', () => {
  it('lists every command once', () => {
    expect(new Set(COMMANDS).size).toBe(COMMANDS.length);
    expect([...COMMANDS].sort()).toEqual(
      [
        'workspace_info',
        'list_articles',
        'get_article',
        'import_paths',
        'cancel_import',
        'import_text',
        'list_reviewers',
        'add_reviewer',
        'update_reviewer',
        'list_claims',
        'claim_detail',
        'claim_action',
        'assign_claims',
        'validate_evidence',
        'add_evidence',
        'update_evidence',
        'remove_evidence',
        'add_comment',
        'search',
        'article_sources',
        'all_sources',
        'article_sentences',
        'promote_sentence',
        'import_url',
        'export_preview',
        'export_stats',
        'export_to_file',
        'open_exported',
        'get_settings',
        'set_setting',
        'import_priors',
        'list_priors',
        'prior_checks',
        'attach_prior',
        'split_claim',
        'merge_claims',
        'claim_from_selection',
        'save_attachment',
        'open_attachment',
      ].sort(),
    );
    expect(COMMANDS).toHaveLength(39);
  });

  it('sends exactly the argument names the backend expects', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'list_articles') return { items: [], total: 0 };
      if (cmd === 'cancel_import') return null;
      return { imported: [], duplicates: [], rejected: [], cancelled: false };
    });
    await api.listArticles(100, 200);
    await api.listArticles(null, 0);
    await api.importPaths(['/a.txt', '/b']);
    await api.importText({ title: null, body: 'B', url: null });
    await api.cancelImport();
    await api.getArticle('id-1').catch(() => undefined);
    await api.workspaceInfo().catch(() => undefined);
    expect(calls).toEqual([
      ['list_articles', { limit: 100, offset: 200 }],
      ['list_articles', { limit: null, offset: 0 }],
      ['import_paths', { paths: ['/a.txt', '/b'] }],
      ['import_text', { input: { title: null, body: 'B', url: null } }],
      ['cancel_import', {}],
      ['get_article', { id: 'id-1' }],
      ['workspace_info', {}],
    ]);
    for (const [cmd] of calls) expect(COMMANDS).toContain(cmd);
  });

  it('sends the review commands their snake_case arguments', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'list_claims') return { items: [], total: 0 };
      if (cmd.endsWith('s') || cmd === 'search' || cmd === 'validate_evidence' || cmd === 'assign_claims') return [];
      return null;
    });
    const input = {
      kind: 'web_page',
      url: 'https://example.org',
      title: 'T',
      publisher: null,
      published_at: null,
      accessed_at: '2026-01-02',
      excerpt: null,
      stance: 'supports',
      reliability: 'high',
      notes: null,
      files: [],
    };
    const query = {
      article_id: null,
      status: null,
      assignee: null,
      unassigned: false,
      source_id: null,
      verdict: null,
      queue: { type: 'mine' as const, reviewer: 'r1' },
      updated_from: null,
      updated_to: null,
      sort: 'updated' as const,
      limit: 200,
      offset: 400,
    };
    await api.listReviewers();
    await api.addReviewer({ name: 'Ada', initials: null, email: null, role: 'admin', active: null }, null);
    await api.updateReviewer('r2', { name: 'Ana', initials: 'AL', email: null, role: 'reviewer', active: false }, 'r1');
    await api.listClaims(query);
    await api.claimDetail('c1');
    await api.claimAction('c1', { type: 'approve' }, 3, 'r1');
    await api.assignClaims(['c1', 'c2'], 'r2', 'r1');
    await api.validateEvidence(input);
    await api.addEvidence('c1', input, 'r1');
    await api.updateEvidence('e1', input, 2, 'r1');
    await api.removeEvidence('e1', 3, 'r1');
    await api.addComment('c1', 'Hi @Ana', 'r1');
    await api.search('albu', 50);
    await api.articleSources('a1');
    await api.allSources();
    await api.articleSentences('a1');
    await api.promoteSentence('a1', 7, 'r1');
    expect(calls).toEqual([
      ['list_reviewers', {}],
      ['add_reviewer', { input: { name: 'Ada', initials: null, email: null, role: 'admin', active: null }, actor_id: null }],
      ['update_reviewer', { id: 'r2', input: { name: 'Ana', initials: 'AL', email: null, role: 'reviewer', active: false }, actor_id: 'r1' }],
      ['list_claims', { query }],
      ['claim_detail', { id: 'c1' }],
      ['claim_action', { id: 'c1', action: { type: 'approve' }, version: 3, actor_id: 'r1' }],
      ['assign_claims', { ids: ['c1', 'c2'], to: 'r2', actor_id: 'r1' }],
      ['validate_evidence', { input }],
      ['add_evidence', { claim_id: 'c1', input, actor_id: 'r1' }],
      ['update_evidence', { id: 'e1', input, version: 2, actor_id: 'r1' }],
      ['remove_evidence', { id: 'e1', version: 3, actor_id: 'r1' }],
      ['add_comment', { claim_id: 'c1', body: 'Hi @Ana', actor_id: 'r1' }],
      ['search', { query: 'albu', limit: 50 }],
      ['article_sources', { article_id: 'a1' }],
      ['all_sources', {}],
      ['article_sentences', { article_id: 'a1' }],
      ['promote_sentence', { article_id: 'a1', index: 7, actor_id: 'r1' }],
    ]);
    for (const [cmd] of calls) expect(COMMANDS).toContain(cmd);
  });

  it('sends the report, settings and prior commands their snake_case arguments', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return null;
    });
    const query = { article_ids: ['a1'], statuses: [], verdicts: [], reviewers: [], from: '2026-01-01', to: null };
    await api.importUrl('https://example.org/a');
    await api.exportPreview(query, 'html');
    await api.exportStats(query);
    await api.exportToFile(query, 'csv', '/tmp/r.csv');
    await api.openExported('/tmp/r.csv');
    await api.getSettings();
    await api.setSetting('organization', 'Desk', 'r1');
    await api.importPriors(['/p.json'], 'r1');
    await api.listPriors();
    await api.priorChecks('c1');
    await api.attachPrior('c1', 'p1', 'r1');
    expect(calls).toEqual([
      ['import_url', { url: 'https://example.org/a' }],
      ['export_preview', { query, format: 'html' }],
      ['export_stats', { query }],
      ['export_to_file', { query, format: 'csv', path: '/tmp/r.csv' }],
      ['open_exported', { path: '/tmp/r.csv' }],
      ['get_settings', {}],
      ['set_setting', { key: 'organization', value: 'Desk', actor_id: 'r1' }],
      ['import_priors', { paths: ['/p.json'], actor_id: 'r1' }],
      ['list_priors', {}],
      ['prior_checks', { claim_id: 'c1' }],
      ['attach_prior', { claim_id: 'c1', prior_id: 'p1', actor_id: 'r1' }],
    ]);
    for (const [cmd] of calls) expect(COMMANDS).toContain(cmd);
  });

  it('sends the claim tools and attachment commands their snake_case arguments', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return null;
    });
    await api.splitClaim('c1', 42, 3, 'r1');
    await api.mergeClaims({ id: 'c1', version: 2 }, [{ id: 'c2', version: 5 }], 'r1');
    await api.claimFromSelection('a1', 10, 20, 'r1');
    expect(await api.saveAttachment('att1')).toBeNull();
    await api.openAttachment('att1');
    expect(calls).toEqual([
      ['split_claim', { id: 'c1', at: 42, version: 3, actor_id: 'r1' }],
      ['merge_claims', { into: { id: 'c1', version: 2 }, duplicates: [{ id: 'c2', version: 5 }], actor_id: 'r1' }],
      ['claim_from_selection', { article_id: 'a1', start: 10, end: 20, actor_id: 'r1' }],
      ['save_attachment', { attachment_id: 'att1' }],
      ['open_attachment', { attachment_id: 'att1' }],
    ]);
    for (const [cmd] of calls) expect(COMMANDS).toContain(cmd);
  });

  it('keeps the rule of a refusal and knows the new error codes', () => {
    expect(toApiError({ code: 'refused', message: 'no', rule: 'approve.own_proposal' })).toEqual({
      code: 'refused',
      message: 'no',
      rule: 'approve.own_proposal',
    });
    expect(toApiError({ code: 'conflict', message: 'changed' }).code).toBe('conflict');
    expect(toApiError({ code: 'unauthorized', message: 'who?' }).code).toBe('unauthorized');
  });

  it('rejects with ApiError, passing the field through', async () => {
    mockIPC(() => Promise.reject({ code: 'invalid_input', message: 'empty', field: 'body' }));
    await expect(api.importText({ title: null, body: '', url: null })).rejects.toEqual({
      code: 'invalid_input',
      message: 'empty',
      field: 'body',
    });
    mockIPC(() => {
      throw new Error('boom');
    });
    await expect(api.getArticle('x')).rejects.toEqual({ code: 'db_io', message: 'boom' });
  });
});
