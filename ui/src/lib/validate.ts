// Client-side checks for the paste dialog. The backend checks the same things and
// its `invalid_input` errors are shown in the same places.

import type { TextInput } from './bindings';

export const MESSAGES = {
  bodyEmpty: 'Paste the article text first: it is empty.',
  urlScheme: 'The address must start with http:// or https://',
} as const;

export type PasteField = 'title' | 'url' | 'body';
export type FieldErrors = Partial<Record<PasteField, string>>;

export interface PasteForm {
  title: string;
  url: string;
  body: string;
}

export function validateBody(body: string): string | null {
  return body.trim() === '' ? MESSAGES.bodyEmpty : null;
}

export function validateUrl(url: string): string | null {
  const u = url.trim();
  if (u === '') return null;
  return /^https?:\/\//i.test(u) ? null : MESSAGES.urlScheme;
}

/**
 * The URL check while the user is still typing: a start of "http://" or "https://"
 * ("htt", "https:/") is not an error yet; anything else is judged as final.
 */
export function validateUrlTyping(url: string): string | null {
  const u = url.trim().toLowerCase();
  if ('http://'.startsWith(u) || 'https://'.startsWith(u)) return null;
  return validateUrl(url);
}

export function validatePaste(form: PasteForm): FieldErrors {
  const errors: FieldErrors = {};
  const body = validateBody(form.body);
  if (body) errors.body = body;
  const url = validateUrl(form.url);
  if (url) errors.url = url;
  return errors;
}

/** The payload for `import_text`: blanks become null, the body is sent as pasted. */
export function toTextInput(form: PasteForm): TextInput {
  const title = form.title.trim();
  const url = form.url.trim();
  return { title: title === '' ? null : title, url: url === '' ? null : url, body: form.body };
}

/** Map a backend error field name onto a dialog field, if it is one. */
export function pasteField(field: string | undefined): PasteField | null {
  return field === 'title' || field === 'url' || field === 'body' ? field : null;
}
