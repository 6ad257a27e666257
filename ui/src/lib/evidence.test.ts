import { describe, expect, it } from 'vitest';
import type { Evidence } from './bindings';
import {
  EVIDENCE_FIELDS,
  emptyEvidenceForm,
  errorId,
  errorsByField,
  fieldId,
  firstErrorField,
  formFromEvidence,
  isDirty,
  toEvidenceInput,
  visibleErrors,
} from './evidence';

describe('evidence form', () => {
  it('maps fields to the element ids the tests and labels use', () => {
    expect(fieldId('url')).toBe('evidence-url');
    expect(fieldId('published_at')).toBe('evidence-published');
    expect(fieldId('accessed_at')).toBe('evidence-accessed');
    expect(errorId('url')).toBe('evidence-url-error');
    expect(errorId('published_at')).toBe('evidence-published-error');
    expect(new Set(EVIDENCE_FIELDS.map(fieldId)).size).toBe(EVIDENCE_FIELDS.length);
  });

  it('starts with sensible defaults and today as the access date', () => {
    const f = emptyEvidenceForm('2026-11-25');
    expect(f).toMatchObject({ kind: 'web_page', accessed_at: '2026-11-25', stance: '', reliability: 'medium', files: [] });
  });

  it('sends blanks as null and trims', () => {
    const f = { ...emptyEvidenceForm('2026-11-25'), url: ' https://x.org ', title: ' T ', publisher: '  ', notes: 'n', files: ['/a.pdf'] };
    expect(toEvidenceInput(f)).toEqual({
      kind: 'web_page',
      url: 'https://x.org',
      title: 'T',
      publisher: null,
      published_at: null,
      accessed_at: '2026-11-25',
      excerpt: null,
      stance: '',
      reliability: 'medium',
      notes: 'n',
      files: ['/a.pdf'],
    });
  });

  it('round-trips stored evidence (new attachments start empty)', () => {
    const e: Evidence = {
      id: 'e1',
      claim_id: 'c1',
      kind: 'document',
      url: null,
      title: 'Report',
      publisher: 'UN',
      published_at: '2017-11-20',
      accessed_at: null,
      excerpt: 'x',
      stance: 'refutes',
      reliability: 'high',
      notes: null,
      created_by: 'Ana',
      created_at: '',
      updated_at: '',
      version: 2,
      attachments: [{ id: 'a', file_name: 'r.pdf', size: 10, sha256: 'h' }],
    };
    const f = formFromEvidence(e);
    expect(f).toMatchObject({ kind: 'document', url: '', publisher: 'UN', accessed_at: '', files: [] });
    expect(toEvidenceInput(f)).toMatchObject({ url: '', publisher: 'UN', published_at: '2017-11-20', notes: null });
    expect(isDirty(f, formFromEvidence(e))).toBe(false);
    expect(isDirty(f, { ...f, title: 'Other' })).toBe(true);
  });
});

describe('validation messages', () => {
  const errors = errorsByField([
    { field: 'url', message: 'Enter a full web address starting with http:// or https://' },
    { field: 'url', message: 'second message for the same field' },
    { field: 'title', message: 'Give the evidence a title.' },
    { field: 'published_at', message: 'Use the form YYYY-MM-DD.' },
    { field: 'claim', message: 'Something about the claim.' },
  ]);

  it('keeps the first message per field and collects the rest under "form"', () => {
    expect(errors.url).toMatch(/^Enter a full web address/);
    expect(errors.title).toBe('Give the evidence a title.');
    expect(errors.published_at).toBe('Use the form YYYY-MM-DD.');
    expect(errors.form).toBe('Something about the claim.');
  });

  it('shows only touched fields until the user tries to save', () => {
    expect(visibleErrors(errors, new Set(['url']), false)).toEqual({ url: errors.url });
    expect(visibleErrors(errors, new Set(), false)).toEqual({});
    expect(visibleErrors(errors, new Set(), true)).toBe(errors);
  });

  it('points the focus at the first field in form order', () => {
    expect(firstErrorField(errors)).toBe('url');
    expect(firstErrorField({ notes: 'x', title: 'y' })).toBe('title');
    expect(firstErrorField({})).toBeNull();
  });
});
