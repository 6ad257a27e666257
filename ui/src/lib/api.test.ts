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
      ['cancel_import', 'get_article', 'import_paths', 'import_text', 'list_articles', 'workspace_info'].sort(),
    );
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
