import { describe, expect, it } from 'vitest';
import { SHORTCUTS, isTypingTarget, shortcutFor, type ShortcutContext } from './shortcuts';

const ctx = (c: Partial<ShortcutContext> = {}): ShortcutContext => ({
  typing: false,
  dialogOpen: false,
  view: 'claims',
  detailOpen: false,
  inList: true,
  ...c,
});

describe('shortcutFor', () => {
  it('maps the claims list keys', () => {
    expect(shortcutFor({ key: 'j' }, ctx())).toBe('next');
    expect(shortcutFor({ key: 'ArrowDown' }, ctx())).toBe('next');
    expect(shortcutFor({ key: 'k' }, ctx())).toBe('prev');
    expect(shortcutFor({ key: 'ArrowUp' }, ctx())).toBe('prev');
    expect(shortcutFor({ key: 'Enter' }, ctx())).toBe('open');
    expect(shortcutFor({ key: 'x' }, ctx())).toBe('toggle-select');
    expect(shortcutFor({ key: 'a' }, ctx())).toBe('bulk-assign');
    expect(shortcutFor({ key: 'm' }, ctx())).toBe('bulk-merge');
    expect(shortcutFor({ key: 'Home' }, ctx())).toBe('first');
    expect(shortcutFor({ key: 'End' }, ctx())).toBe('last');
  });

  it('makes a claim of the selected article text with "c" in the Articles view only', () => {
    expect(shortcutFor({ key: 'c' }, ctx({ view: 'articles' }))).toBe('claim-selection');
    expect(shortcutFor({ key: 'c' }, ctx({ view: 'articles', typing: true }))).toBeNull();
    expect(shortcutFor({ key: 'c', shiftKey: true }, ctx({ view: 'articles' }))).toBeNull();
    expect(shortcutFor({ key: 'c' }, ctx())).toBeNull();
    expect(shortcutFor({ key: 'j' }, ctx({ view: 'articles' }))).toBeNull();
  });

  it('works with Caps Lock but not with Shift, Alt or Ctrl on letters', () => {
    expect(shortcutFor({ key: 'J' }, ctx())).toBe('next');
    expect(shortcutFor({ key: 'X', shiftKey: true }, ctx())).toBeNull();
    expect(shortcutFor({ key: 'j', altKey: true }, ctx())).toBeNull();
    expect(shortcutFor({ key: 'a', ctrlKey: true }, ctx())).toBeNull();
  });

  it('leaves keys alone while typing or in a dialog', () => {
    for (const key of ['j', 'k', 'x', 'a', '/', '?', 'Enter']) {
      expect(shortcutFor({ key }, ctx({ typing: true }))).toBeNull();
      expect(shortcutFor({ key }, ctx({ dialogOpen: true }))).toBeNull();
    }
    expect(shortcutFor({ key: 'o', ctrlKey: true }, ctx({ dialogOpen: true }))).toBeNull();
  });

  it('gives arrows and Enter to the focused control when it is not the table', () => {
    expect(shortcutFor({ key: 'Enter' }, ctx({ inList: false }))).toBeNull();
    expect(shortcutFor({ key: 'ArrowDown' }, ctx({ inList: false }))).toBeNull();
    expect(shortcutFor({ key: 'j' }, ctx({ inList: false }))).toBe('next');
  });

  it('list keys belong to the claims view only', () => {
    expect(shortcutFor({ key: 'j' }, ctx({ view: 'articles' }))).toBeNull();
    expect(shortcutFor({ key: '/' }, ctx({ view: 'articles' }))).toBe('search');
    expect(shortcutFor({ key: '?', shiftKey: true }, ctx({ view: 'reviewers' }))).toBe('help');
  });

  it('maps the global Ctrl shortcuts (⌘ on a Mac)', () => {
    expect(shortcutFor({ key: 'o', ctrlKey: true }, ctx())).toBe('import-file');
    expect(shortcutFor({ key: 'O', ctrlKey: true, shiftKey: true }, ctx())).toBe('import-folder');
    expect(shortcutFor({ key: 'V', metaKey: true, shiftKey: true }, ctx())).toBe('paste');
    expect(shortcutFor({ key: 'v', ctrlKey: true }, ctx())).toBeNull();
    expect(shortcutFor({ key: '1', ctrlKey: true }, ctx({ typing: true }))).toBe('view-articles');
    expect(shortcutFor({ key: '2', ctrlKey: true }, ctx())).toBe('view-claims');
    expect(shortcutFor({ key: '3', metaKey: true }, ctx())).toBe('view-reviewers');
  });

  it('closes the claim with Escape unless typing', () => {
    expect(shortcutFor({ key: 'Escape' }, ctx({ detailOpen: true }))).toBe('close');
    expect(shortcutFor({ key: 'Escape' }, ctx({ detailOpen: true, typing: true }))).toBeNull();
    expect(shortcutFor({ key: 'Escape' }, ctx({ detailOpen: false }))).toBeNull();
  });

  it('lists every action it can return in the help', () => {
    const listed = new Set(SHORTCUTS.map((s) => s.action).filter(Boolean));
    for (const a of ['help', 'search', 'next', 'prev', 'open', 'toggle-select', 'bulk-assign', 'close', 'import-file', 'import-folder', 'paste', 'view-articles', 'view-claims', 'view-reviewers']) {
      expect(listed.has(a as never), a).toBe(true);
    }
    for (const s of SHORTCUTS) expect(s.keys.length).toBeGreaterThan(0);
  });
});

describe('isTypingTarget', () => {
  it('knows text fields from buttons', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON', getAttribute: () => 'combobox' })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON', getAttribute: () => null })).toBe(false);
    expect(isTypingTarget({ tagName: 'DIV', getAttribute: () => 'grid' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
