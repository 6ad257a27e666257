// Keyboard shortcuts: one table drives both the handler and the help overlay ("?").
// Pure: the caller passes the key event's fields and where the focus is.

export type ShortcutAction =
  | 'help'
  | 'search'
  | 'view-articles'
  | 'view-claims'
  | 'view-reviewers'
  | 'import-file'
  | 'import-folder'
  | 'paste'
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'open'
  | 'toggle-select'
  | 'bulk-assign'
  | 'bulk-merge'
  | 'claim-selection'
  | 'close';

export type ShortcutScope = 'Anywhere' | 'Article' | 'Claims list' | 'Claim detail' | 'Forms';

export interface Shortcut {
  /** Keys as shown to people, one entry per alternative: ["j", "↓"]. */
  keys: string[];
  description: string;
  scope: ShortcutScope;
  action?: ShortcutAction;
}

/** Every shortcut, as listed in the help overlay. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], description: 'Show this list of shortcuts', scope: 'Anywhere', action: 'help' },
  { keys: ['/'], description: 'Search claims, articles, evidence and comments', scope: 'Anywhere', action: 'search' },
  { keys: ['Ctrl+1'], description: 'Go to Articles', scope: 'Anywhere', action: 'view-articles' },
  { keys: ['Ctrl+2'], description: 'Go to Claims', scope: 'Anywhere', action: 'view-claims' },
  { keys: ['Ctrl+3'], description: 'Go to Reviewers (admins)', scope: 'Anywhere', action: 'view-reviewers' },
  { keys: ['Ctrl+O'], description: 'Import article files or archives', scope: 'Anywhere', action: 'import-file' },
  { keys: ['Ctrl+Shift+O'], description: 'Import a folder of articles', scope: 'Anywhere', action: 'import-folder' },
  { keys: ['Ctrl+Shift+V'], description: 'Paste the text of an article', scope: 'Anywhere', action: 'paste' },
  { keys: ['Esc'], description: 'Close the claim, dialog or search', scope: 'Anywhere', action: 'close' },
  { keys: ['j', '↓'], description: 'Next claim', scope: 'Claims list', action: 'next' },
  { keys: ['k', '↑'], description: 'Previous claim', scope: 'Claims list', action: 'prev' },
  { keys: ['Home', 'End'], description: 'First or last claim', scope: 'Claims list' },
  { keys: ['Enter'], description: 'Open the claim', scope: 'Claims list', action: 'open' },
  { keys: ['x'], description: 'Select or unselect the claim (for bulk assignment)', scope: 'Claims list', action: 'toggle-select' },
  { keys: ['a'], description: 'Assign the selected claims…', scope: 'Claims list', action: 'bulk-assign' },
  { keys: ['m'], description: 'Merge the selected claims as duplicates…', scope: 'Claims list', action: 'bulk-merge' },
  { keys: ['c'], description: 'Make a claim of the text selected in the article', scope: 'Article', action: 'claim-selection' },
  { keys: ['j', 'k'], description: 'Open the next or previous claim while one is open', scope: 'Claim detail' },
  { keys: ['@'], description: 'Mention a reviewer in a comment (↑ ↓ to pick, Enter to insert)', scope: 'Forms' },
  { keys: ['Ctrl+Enter'], description: 'Post the comment or submit the form', scope: 'Forms' },
];

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

export interface ShortcutContext {
  /** Focus is in a text field, select or editable element. */
  typing: boolean;
  /** A modal dialog or menu is open (it handles its own keys). */
  dialogOpen: boolean;
  /** Which top-level view is shown. */
  view: 'articles' | 'claims' | 'reviewers' | 'export';
  /** Whether a claim detail panel is open. */
  detailOpen: boolean;
  /** Focus is on the claims table (or nowhere in particular): arrows and Enter belong to it. */
  inList: boolean;
}

/** Is this element one where keys type text (so single-key shortcuts must not fire)? */
export function isTypingTarget(el: { tagName?: string; isContentEditable?: boolean; type?: string; getAttribute?: (n: string) => string | null } | null): boolean {
  if (!el || !el.tagName) return false;
  const tag = el.tagName.toUpperCase();
  if (el.isContentEditable) return true;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el.type ?? 'text').toLowerCase();
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  }
  const role = el.getAttribute?.('role');
  return role === 'combobox' || role === 'textbox' || role === 'searchbox';
}

/** The action a key press asks for here, or null to let it through. */
export function shortcutFor(e: KeyInput, ctx: ShortcutContext): ShortcutAction | null {
  const mod = !!(e.ctrlKey || e.metaKey);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    if (ctx.dialogOpen) return null;
    if (key === 'o') return e.shiftKey ? 'import-folder' : 'import-file';
    if (key === 'v' && e.shiftKey) return 'paste';
    if (key === '1' && !e.shiftKey) return 'view-articles';
    if (key === '2' && !e.shiftKey) return 'view-claims';
    if (key === '3' && !e.shiftKey) return 'view-reviewers';
    return null;
  }
  if (mod || e.altKey) return null;
  if (ctx.dialogOpen) return null;
  if (key === 'Escape') return ctx.detailOpen && !ctx.typing ? 'close' : null;
  if (ctx.typing) return null;
  if (e.key === '?') return 'help';
  if (e.key === '/') return 'search';
  if (ctx.view === 'articles') return key === 'c' && !e.shiftKey ? 'claim-selection' : null;
  if (ctx.view !== 'claims') return null;
  const navKey = key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End' || key === 'Enter';
  if (navKey && !ctx.inList) return null;
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return e.shiftKey && key === 'j' ? null : 'next';
    case 'k':
    case 'ArrowUp':
      return e.shiftKey && key === 'k' ? null : 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
      return 'open';
    case 'x':
      return e.shiftKey ? null : 'toggle-select';
    case 'a':
      return e.shiftKey ? null : 'bulk-assign';
    case 'm':
      return e.shiftKey ? null : 'bulk-merge';
    default:
      return null;
  }
}
