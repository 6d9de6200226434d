/**
 * Where the parts of a JSON text are, without building it: the members of its top-level
 * object and the elements of an array, as [start, end) offsets. The catalog loader parses
 * a large catalog one style at a time with these, so the whole file never exists as one
 * object tree next to the checked copy.
 *
 * The structure (braces, brackets, commas, colons, string quoting) is checked here; what
 * is inside each span is left to JSON.parse. Anything this does not accept throws
 * JsonSpanError, and callers fall back to JSON.parse of the whole text for its message.
 */

export type Span = readonly [start: number, end: number];

export class JsonSpanError extends Error {}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the string starting at `at` (its opening quote), just past its closing quote. */
function skipString(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) throw new JsonSpanError(`unterminated string at ${at}`);
    let backslashes = 0;
    for (let j = quote - 1; text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** The end of the object or array starting at `at`, just past its closing bracket. */
function skipNested(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) i = skipString(text, i) - 1;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new JsonSpanError(`unclosed value at ${at}`);
}

/** The span of the value starting at or after `at` (leading spaces skipped). */
function valueSpan(text: string, at: number): Span {
  const start = skipSpace(text, at);
  const code = text.charCodeAt(start);
  if (code === QUOTE) return [start, skipString(text, start)];
  if (code === OPEN_BRACE || code === OPEN_BRACKET) return [start, skipNested(text, start)];
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) break;
    end++;
  }
  if (end === start) throw new JsonSpanError(`value expected at ${start}`);
  return [start, end];
}

/** Walks `open … close` items separated by commas, calling `item` at each item's start; returns the end. */
function walkItems(
  text: string,
  span: Span,
  open: number,
  close: number,
  item: (at: number) => number,
): void {
  let i = skipSpace(text, span[0]);
  if (text.charCodeAt(i) !== open) throw new JsonSpanError(`expected ${String.fromCharCode(open)} at ${i}`);
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === close) {
    if (i + 1 !== span[1]) throw new JsonSpanError(`unexpected text at ${i + 1}`);
    return;
  }
  for (;;) {
    i = skipSpace(text, item(i));
    const code = text.charCodeAt(i);
    if (code === close) {
      if (i + 1 !== span[1]) throw new JsonSpanError(`unexpected text at ${i + 1}`);
      return;
    }
    if (code !== COMMA) throw new JsonSpanError(`expected , or ${String.fromCharCode(close)} at ${i}`);
    i = skipSpace(text, i + 1);
  }
}

/** The members of the top-level object of `text`: key -> span of its value. */
export function topLevelMembers(text: string): Map<string, Span> {
  const members = new Map<string, Span>();
  const whole = valueSpan(text, 0);
  if (skipSpace(text, whole[1]) !== text.length) throw new JsonSpanError(`unexpected text at ${whole[1]}`);
  walkItems(text, whole, OPEN_BRACE, CLOSE_BRACE, (at) => {
    if (text.charCodeAt(at) !== QUOTE) throw new JsonSpanError(`key expected at ${at}`);
    const keyEnd = skipString(text, at);
    const key = JSON.parse(text.slice(at, keyEnd)) as string;
    const colon = skipSpace(text, keyEnd);
    if (text.charCodeAt(colon) !== COLON) throw new JsonSpanError(`expected : at ${colon}`);
    const value = valueSpan(text, colon + 1);
    members.set(key, value);
    return value[1];
  });
  return members;
}

/** The spans of the elements of the array at `span`. */
export function arrayElements(text: string, span: Span): Span[] {
  const elements: Span[] = [];
  walkItems(text, span, OPEN_BRACKET, CLOSE_BRACKET, (at) => {
    const element = valueSpan(text, at);
    elements.push(element);
    return element[1];
  });
  return elements;
}
