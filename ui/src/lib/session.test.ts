import { describe, expect, it } from 'vitest';
import type { Reviewer } from './bindings';
import { remember, rememberedId, resolveReviewer, reviewerField, sortReviewers, storageKey, type KeyValueStore } from './session';

const r = (id: string, name: string, role: Reviewer['role'], active = true): Reviewer => ({ id, name, initials: '', email: null, role, active, created_at: '' });

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('who is reviewing', () => {
  it('remembers the choice per workspace file', () => {
    const s = memory();
    remember(s, '/a.db', 'r1');
    remember(s, '/b.db', 'r2');
    expect(rememberedId(s, '/a.db')).toBe('r1');
    expect(rememberedId(s, '/b.db')).toBe('r2');
    expect(storageKey('/a.db')).toBe('claimdesk.reviewer:/a.db');
    remember(s, '/a.db', null);
    expect(rememberedId(s, '/a.db')).toBeNull();
  });

  it('survives storage that throws or is missing', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {},
    };
    expect(rememberedId(broken, '/a.db')).toBeNull();
    expect(() => remember(broken, '/a.db', 'x')).not.toThrow();
    expect(rememberedId(null, '/a.db')).toBeNull();
  });

  it('only resolves reviewers that exist and are active', () => {
    const list = [r('r1', 'Ana', 'reviewer'), r('r2', 'Old', 'editor', false)];
    expect(resolveReviewer(list, 'r1')?.name).toBe('Ana');
    expect(resolveReviewer(list, 'r2')).toBeNull();
    expect(resolveReviewer(list, 'gone')).toBeNull();
    expect(resolveReviewer(list, null)).toBeNull();
  });

  it('sorts active people first, admins and editors before reviewers', () => {
    const list = [r('1', 'Zoe', 'reviewer'), r('2', 'Old', 'admin', false), r('3', 'Eve', 'editor'), r('4', 'Ada', 'admin'), r('5', 'Ana', 'reviewer')];
    expect(sortReviewers(list).map((x) => x.name)).toEqual(['Ada', 'Eve', 'Ana', 'Zoe', 'Old']);
  });

  it('maps backend error fields onto the reviewer form', () => {
    expect(reviewerField('email')).toBe('email');
    expect(reviewerField('role')).toBe('role');
    expect(reviewerField('claims')).toBeNull();
    expect(reviewerField(undefined)).toBeNull();
  });
});
