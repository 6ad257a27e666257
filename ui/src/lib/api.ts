// The one module that talks to the Rust backend. Components never call `invoke`:
// they use these typed wrappers, which always reject with an `ApiError`.

import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  ApiError,
  ArticleDetail,
  ArticlePage,
  ErrorCode,
  ImportProgress,
  ImportReport,
  TextInput,
  WorkspaceInfo,
} from './bindings';

/** Every backend command the UI uses (compared with the Rust handler list by a test). */
export const COMMANDS = [
  'workspace_info',
  'list_articles',
  'get_article',
  'import_paths',
  'cancel_import',
  'import_text',
] as const;

export type Command = (typeof COMMANDS)[number];

/** Event the backend emits while `import_paths` runs. */
export const IMPORT_PROGRESS_EVENT = 'import-progress';

/** Page size for `list_articles`. */
export const PAGE_SIZE = 100;

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'db_corrupt',
  'db_too_new',
  'db_migration_edited',
  'db_io',
  'import_unreadable',
  'import_not_regular',
  'import_too_large',
  'import_empty',
  'import_not_text',
  'import_unsupported',
  'import_nothing_found',
  'import_bad_row',
  'import_cancelled',
  'invalid_input',
  'not_found',
]);

/** Turn whatever a rejected call produced into an `ApiError`. */
export function toApiError(e: unknown): ApiError {
  if (typeof e === 'object' && e !== null && 'code' in e && 'message' in e) {
    const { code, message, field } = e as { code: unknown; message: unknown; field?: unknown };
    if (typeof code === 'string' && ERROR_CODES.has(code) && typeof message === 'string') {
      const err: ApiError = { code: code as ErrorCode, message };
      if (typeof field === 'string') err.field = field;
      return err;
    }
  }
  if (e instanceof Error) return { code: 'db_io', message: e.message };
  return { code: 'db_io', message: String(e) };
}

export function isApiError(e: unknown): e is ApiError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as ApiError).code === 'string' &&
    ERROR_CODES.has((e as ApiError).code) &&
    typeof (e as ApiError).message === 'string'
  );
}

async function call<T>(cmd: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export function workspaceInfo(): Promise<WorkspaceInfo> {
  return call<WorkspaceInfo>('workspace_info');
}

/** Articles, newest first. `limit: null` means all of them. */
export function listArticles(limit: number | null, offset: number): Promise<ArticlePage> {
  return call<ArticlePage>('list_articles', { limit, offset });
}

export function getArticle(id: string): Promise<ArticleDetail> {
  return call<ArticleDetail>('get_article', { id });
}

/** Import files, folders or archives. Long-running: see `onImportProgress`. */
export function importPaths(paths: string[]): Promise<ImportReport> {
  return call<ImportReport>('import_paths', { paths });
}

/** Ask the running import to stop; it then resolves with `cancelled: true`. */
export async function cancelImport(): Promise<void> {
  await call<null>('cancel_import');
}

/** Import pasted text. Rejects with `invalid_input` and `field` "body" or "url". */
export function importText(input: TextInput): Promise<ImportReport> {
  return call<ImportReport>('import_text', { input });
}

/** Listen for import progress; resolves to the function that stops listening. */
export function onImportProgress(handler: (p: ImportProgress) => void): Promise<UnlistenFn> {
  return listen<ImportProgress>(IMPORT_PROGRESS_EVENT, (event) => handler(event.payload));
}
