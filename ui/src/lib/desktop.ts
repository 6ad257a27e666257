// Desktop integration that is not a backend command: native file pickers and
// files dropped on the window.

import { open } from '@tauri-apps/plugin-dialog';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import type { UnlistenFn } from '@tauri-apps/api/event';

/** Extensions the importer understands. */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'csv', 'jsonl', 'ndjson'];

function asList(picked: string | string[] | null): string[] {
  if (picked === null) return [];
  return Array.isArray(picked) ? picked : [picked];
}

/** Ask for one or more article files or archives. Empty when the user cancels. */
export async function pickFiles(): Promise<string[]> {
  const picked = await open({
    multiple: true,
    title: 'Import articles',
    filters: [{ name: 'Articles and archives', extensions: IMPORT_EXTENSIONS }],
  });
  return asList(picked);
}

/** Ask for a folder of articles. Empty when the user cancels. */
export async function pickFolder(): Promise<string[]> {
  const picked = await open({ directory: true, title: 'Import a folder of articles' });
  return asList(picked);
}

/** Ask for files to attach to evidence (any type). Empty when the user cancels. */
export async function pickAttachments(): Promise<string[]> {
  const picked = await open({ multiple: true, title: 'Attach files to the evidence' });
  return asList(picked);
}

export type DropPhase = { kind: 'hover' } | { kind: 'leave' } | { kind: 'drop'; paths: string[] };

/** Follow files dragged over and dropped on the window. */
export async function onFileDrop(handler: (phase: DropPhase) => void): Promise<UnlistenFn> {
  return getCurrentWebview().onDragDropEvent((event) => {
    const p = event.payload;
    if (p.type === 'enter' || p.type === 'over') handler({ kind: 'hover' });
    else if (p.type === 'drop') handler({ kind: 'drop', paths: p.paths });
    else handler({ kind: 'leave' });
  });
}

/** True when running inside the Tauri webview (or a stand-in for it). */
export function hasDesktop(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}
