/**
 * Where the values of a JSON text start, by JSON pointer (`/nodes/3`), for the first levels of
 * nesting: enough to point a finding at the line of its server or pool. The text is JSON already
 * read by the plan reader; on anything unexpected the scan stops and gives what it has.
 */
export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (SARIF's default column kind). */
  column: number;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function jsonValueOffsets(text: string, maxDepth = 2): Map<string, number> {
  const out = new Map<string, number>();
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\r\n\uFEFF'.includes(text[at])) at++;
  };
  const string = (): string => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  // An explicit stack instead of recursion: deep nesting cannot overflow it.
  type Frame = { kind: 'object' | 'array'; pointer: string; depth: number; index: number };
  const stack: Frame[] = [];
  const value = (pointer: string, depth: number): boolean => {
    space();
    if (depth <= maxDepth) out.set(pointer, at);
    const c = text[at];
    if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', pointer, depth, index: 0 });
      at++;
      return true;
    }
    if (c === '"') string();
    else while (at < text.length && !',]} \t\r\n'.includes(text[at])) at++;
    return false;
  };
  try {
    value('', 0);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      space();
      if (text[at] === '}' || text[at] === ']') {
        at++;
        stack.pop();
        continue;
      }
      if (frame.index > 0) {
        if (text[at] !== ',') return out;
        at++;
        space();
      }
      let key: string;
      if (frame.kind === 'object') {
        if (text[at] !== '"') return out;
        key = string();
        space();
        if (text[at] !== ':') return out;
        at++;
      } else key = String(frame.index);
      frame.index++;
      value(`${frame.pointer}/${escapePointer(key)}`, frame.depth + 1);
      if (at > text.length) return out;
    }
  } catch {
    return out;
  }
  return out;
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
