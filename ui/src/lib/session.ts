// Who is reviewing at this machine: the chosen profile is remembered in
// localStorage, per workspace database. Pure apart from the storage it is given.

import type { Reviewer } from './bindings';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'claimdesk.reviewer';

export function storageKey(dbPath: string | null | undefined): string {
  return dbPath ? `${PREFIX}:${dbPath}` : PREFIX;
}

export function rememberedId(store: KeyValueStore | null, dbPath: string | null | undefined): string | null {
  try {
    return store?.getItem(storageKey(dbPath)) ?? null;
  } catch {
    return null;
  }
}

export function remember(store: KeyValueStore | null, dbPath: string | null | undefined, id: string | null): void {
  try {
    if (!store) return;
    if (id) store.setItem(storageKey(dbPath), id);
    else store.removeItem(storageKey(dbPath));
  } catch {
    /* storage may be unavailable: the picker simply shows again next time */
  }
}

/** The remembered reviewer if it still exists and is active. */
export function resolveReviewer(reviewers: readonly Reviewer[], id: string | null): Reviewer | null {
  if (!id) return null;
  return reviewers.find((r) => r.id === id && r.active) ?? null;
}

/** Active reviewers first (admins, editors, reviewers), then by name. */
export function sortReviewers(reviewers: readonly Reviewer[]): Reviewer[] {
  const rank = { admin: 0, editor: 1, reviewer: 2 } as const;
  return [...reviewers].sort(
    (a, b) => Number(b.active) - Number(a.active) || rank[a.role] - rank[b.role] || a.name.localeCompare(b.name),
  );
}

export type ReviewerField = 'name' | 'initials' | 'email' | 'role';

/** A backend error field that belongs to the reviewer form, else null. */
export function reviewerField(field: string | undefined): ReviewerField | null {
  return field === 'name' || field === 'initials' || field === 'email' || field === 'role' ? field : null;
}
