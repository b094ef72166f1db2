/**
 * Text the command-line tool prints comes partly from the user's files (names, messages, paths).
 * A terminal acts on control characters, so none of them is printed raw: C0 controls, DEL, C1
 * controls (U+0080 to U+009F, CSI U+009B among them), and the characters that reorder or split
 * lines (bidirectional overrides and isolates, line and paragraph separators) become visible
 * escapes such as \x1B or \u202E. JSON output gets the same characters as JSON \u escapes.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0');
const visible = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
};

/** One piece of user text on one line: every control character escaped, newlines included. */
export function safeText(text: string): string {
  return String(text).replace(UNSAFE, visible);
}

/** A whole block of output: the same, except the newlines that end its lines. */
export function safeLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, visible);
}

/**
 * JSON text for a terminal: JSON.stringify escapes C0 controls inside strings (its only raw
 * newlines are its own layout) but leaves DEL, C1 and the reordering characters raw; as \u
 * escapes inside strings they mean exactly the same.
 */
const UNSAFE_IN_JSON = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function safeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${hex(ch.charCodeAt(0), 4).toLowerCase()}`);
}
