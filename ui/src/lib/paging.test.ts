import { describe, expect, it } from 'vitest';
import { PagedRows, type Page } from './paging';

interface Row {
  id: string;
  n: number;
}

/** A fake backend of `total` rows that records the pages asked for. */
function backend(total: number) {
  const asked: [number, number][] = [];
  let pending: (() => void)[] = [];
  let hold = false;
  const fetch = (offset: number, limit: number): Promise<Page<Row>> => {
    asked.push([offset, limit]);
    const page = {
      items: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: `r${offset + i}`, n: offset + i })),
      total,
    };
    if (!hold) return Promise.resolve(page);
    return new Promise((res) => pending.push(() => res(page)));
  };
  return {
    fetch,
    asked,
    hold: () => (hold = true),
    release: () => {
      const p = pending;
      pending = [];
      hold = false;
      for (const f of p) f();
    },
  };
}

describe('PagedRows', () => {
  it('fetches only the pages the visible rows need, once', async () => {
    const b = backend(100_000);
    let changes = 0;
    const rows = new PagedRows<Row>(b.fetch, () => changes++, 200);
    await rows.ensure(0, 40);
    expect(b.asked).toEqual([[0, 200]]);
    expect(rows.total).toBe(100_000);
    expect(rows.get(0)?.id).toBe('r0');
    expect(rows.get(199)?.id).toBe('r199');
    expect(rows.get(200)).toBeUndefined();
    await rows.ensure(150, 260);
    expect(b.asked).toEqual([
      [0, 200],
      [200, 200],
    ]);
    // Jump far down: only that page.
    await rows.ensure(73_900, 73_950);
    expect(b.asked[2]).toEqual([73_800, 200]);
    expect(rows.get(73_901)?.n).toBe(73_901);
    expect(changes).toBeGreaterThan(0);
  });

  it('does not ask twice for a page on its way', async () => {
    const b = backend(1000);
    const rows = new PagedRows<Row>(b.fetch, () => {}, 200);
    b.hold();
    const one = rows.ensure(0, 10);
    const two = rows.ensure(5, 30);
    expect(rows.loading).toBe(true);
    b.release();
    await Promise.all([one, two]);
    expect(b.asked).toEqual([[0, 200]]);
    expect(rows.loading).toBe(false);
  });

  it('stops at the end of the list', async () => {
    const b = backend(250);
    const rows = new PagedRows<Row>(b.fetch, () => {}, 200);
    await rows.ensure(0, 10);
    expect(rows.missing(0, 10_000)).toEqual([1]);
    await rows.ensure(0, 10_000);
    expect(rows.get(249)?.id).toBe('r249');
    expect(rows.missing(0, 10_000)).toEqual([]);
  });

  it('drops answers that arrive after a reset', async () => {
    const b = backend(1000);
    const rows = new PagedRows<Row>(b.fetch, () => {}, 200);
    b.hold();
    const late = rows.ensure(0, 10);
    rows.reset();
    b.release();
    await late;
    expect(rows.get(0)).toBeUndefined();
    expect(rows.total).toBeNull();
  });

  it('replaces a changed row and finds rows by id', async () => {
    const b = backend(500);
    const rows = new PagedRows<Row>(b.fetch, () => {}, 200);
    await rows.ensure(0, 300);
    expect(rows.indexOf('r250')).toBe(250);
    expect(rows.replace({ id: 'r250', n: -1 })).toBe(true);
    expect(rows.get(250)?.n).toBe(-1);
    expect(rows.replace({ id: 'nope', n: 0 })).toBe(false);
    expect(rows.indexOf('nope')).toBe(-1);
  });

  it('refreshes quietly: old rows stay until the new ones are in', async () => {
    let total = 300;
    const fetch = (offset: number, limit: number) =>
      Promise.resolve({
        items: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: `v${total}-${offset + i}`, n: offset + i })),
        total,
      });
    const rows = new PagedRows<Row>(fetch, () => {}, 200);
    await rows.ensure(0, 299);
    total = 150;
    const refreshing = rows.refresh(0, 40);
    expect(rows.get(0)?.id).toBe('v300-0');
    await refreshing;
    expect(rows.get(0)?.id).toBe('v150-0');
    expect(rows.total).toBe(150);
    expect(rows.get(200)).toBeUndefined();
  });

  it('keeps the error of a failed page', async () => {
    const rows = new PagedRows<Row>(() => Promise.reject({ code: 'db_io', message: 'disk' }), () => {}, 200);
    await rows.ensure(0, 10);
    expect(rows.error).toEqual({ code: 'db_io', message: 'disk' });
    expect(rows.loading).toBe(false);
  });
});
