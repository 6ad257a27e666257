import { describe, expect, it } from 'vitest';
import {
  MESSAGES,
  pasteField,
  toTextInput,
  validateBody,
  validatePaste,
  validateUrl,
  validateUrlTyping,
} from './validate';

describe('paste validation', () => {
  it('requires a body with more than whitespace', () => {
    expect(validateBody('')).toBe(MESSAGES.bodyEmpty);
    expect(validateBody('  \n\t ')).toBe('Paste the article text first: it is empty.');
    expect(validateBody('Putin said so.')).toBeNull();
  });

  it('accepts an empty URL or an http(s) one', () => {
    expect(validateUrl('')).toBeNull();
    expect(validateUrl('   ')).toBeNull();
    expect(validateUrl('https://example.org/a')).toBeNull();
    expect(validateUrl('HTTP://EXAMPLE.ORG')).toBeNull();
    expect(validateUrl('ftp://example.org')).toBe('The address must start with http:// or https://');
    expect(validateUrl('example.org')).toBe(MESSAGES.urlScheme);
    expect(validateUrl('javascript:alert(1)')).toBe(MESSAGES.urlScheme);
  });

  it('does not flag a URL that is still being typed', () => {
    expect(validateUrlTyping('h')).toBeNull();
    expect(validateUrlTyping('https:/')).toBeNull();
    expect(validateUrlTyping('http')).toBeNull();
    expect(validateUrlTyping('www.example.org')).toBe(MESSAGES.urlScheme);
    expect(validateUrlTyping('httpx')).toBe(MESSAGES.urlScheme);
    // the final check is stricter
    expect(validateUrl('http')).toBe(MESSAGES.urlScheme);
  });

  it('collects field errors', () => {
    expect(validatePaste({ title: '', url: '', body: 'text' })).toEqual({});
    expect(validatePaste({ title: '', url: 'x', body: '' })).toEqual({
      body: MESSAGES.bodyEmpty,
      url: MESSAGES.urlScheme,
    });
  });

  it('builds the TextInput payload with blanks as null', () => {
    expect(toTextInput({ title: '  ', url: '', body: 'Body ' })).toEqual({ title: null, url: null, body: 'Body ' });
    expect(toTextInput({ title: ' T ', url: ' https://a.b ', body: 'B' })).toEqual({
      title: 'T',
      url: 'https://a.b',
      body: 'B',
    });
  });

  it('maps server error fields onto dialog fields', () => {
    expect(pasteField('body')).toBe('body');
    expect(pasteField('url')).toBe('url');
    expect(pasteField('paths')).toBeNull();
    expect(pasteField(undefined)).toBeNull();
  });
});
