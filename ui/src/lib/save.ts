// The native save dialog for exported reports (`dialog:allow-save`).

import { save } from '@tauri-apps/plugin-dialog';
import type { ExportFormat } from './bindings';
import { defaultFileName, saveFilters } from './export';

/** Ask where to save a report; null when the user cancels. */
export async function pickSavePath(format: ExportFormat): Promise<string | null> {
  const path = await save({ title: 'Save report', defaultPath: defaultFileName(format), filters: saveFilters(format) });
  return path ?? null;
}
