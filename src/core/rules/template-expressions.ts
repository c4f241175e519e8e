/**
 * A tolerant reader for the `${...}` CEL expressions of OpenChoreo templates: finds the expressions in a string
 * and lists the variable paths they read (`parameters.a.b`, `environmentConfigs["x"]`, `list[0].y`). It is no
 * CEL parser: it tokenizes (so string literals and comments are never mistaken for references) and follows
 * selection chains, which also works for cel-go syntax the JS parsers reject (`a.?b`, `m[?"k"]`, `?"k": v`).
 */

/** One step of a selection chain: a field (`.x`, `.?x`, `["x"]`) or an index (`[0]`, `[expr]`). */
export type Selection =
  | { kind: 'field'; name: string }
  | { kind: 'index' };

/** A variable read: root identifier and the selections applied to it, up to a method call or the chain's end. */
export interface VariableRead {
  root: string;
  path: Selection[];
}

interface Token {
  type: 'ident' | 'string' | 'number' | 'punct';
  /** Identifier name, punctuation, number text, or a string literal's decoded value. */
  value: string;
}

/** The inner text of every complete `${...}` in text (braces inside string literals and map literals balanced). */
export function templateExpressions(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${', from);
    if (start === -1) return out;
    const end = closingBrace(text, start + 2);
    if (end === -1) return out; // unterminated: a parse error, not a reference problem
    out.push(text.slice(start + 2, end));
    from = end + 1;
  }
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = stringEnd(text, i, isRawPrefix(text, i)) - 1;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function isRawPrefix(text: string, quote: number): boolean {
  const p = text[quote - 1];
  if (p !== 'r' && p !== 'R') return false;
  const before = text[quote - 2] ?? '';
  return !/[A-Za-z0-9_]/.test(before) || ((before === 'b' || before === 'B') && !/[A-Za-z0-9_]/.test(text[quote - 3] ?? ''));
}

/** Index just past the string literal opening at `start` (text.length when unterminated). */
function stringEnd(text: string, start: number, raw: boolean): number {
  const q = text[start];
  const triple = text.startsWith(q.repeat(3), start);
  const close = triple ? q.repeat(3) : q;
  let i = start + close.length;
  while (i < text.length) {
    if (!raw && text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text.startsWith(close, i)) return i + close.length;
    if (!triple && text[i] === '\n') return i; // single-quoted strings end at a newline (a parse error anyway)
    i++;
  }
  return text.length;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", '`': '`', '?': '?', a: '\x07', b: '\b', f: '\f', v: '\v' };

function decode(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, e: string) => {
    if (/^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]{3}$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    return ESCAPES[e] ?? e;
  });
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /(?:0[xX][0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)[uU]?/y;
const TWO_CHAR = new Set(['&&', '||', '==', '!=', '<=', '>=']);

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && expr[i + 1] === '/') {
      const nl = expr.indexOf('\n', i);
      i = nl === -1 ? expr.length : nl;
      continue;
    }
    IDENT.lastIndex = i;
    const ident = IDENT.exec(expr);
    if (ident) {
      const word = ident[0];
      const quote = expr[i + word.length];
      if ((quote === '"' || quote === "'") && /^(r|R|b|B|rb|rB|Rb|RB|br|bR|Br|BR)$/.test(word)) {
        const q = i + word.length;
        const raw = /[rR]/.test(word);
        const end = stringEnd(expr, q, raw);
        tokens.push({ type: 'string', value: literalValue(expr, q, end, raw) });
        i = end;
        continue;
      }
      tokens.push({ type: 'ident', value: word });
      i += word.length;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = stringEnd(expr, i, false);
      tokens.push({ type: 'string', value: literalValue(expr, i, end, false) });
      i = end;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(expr);
    if (num) {
      tokens.push({ type: 'number', value: num[0] });
      i += num[0].length;
      continue;
    }
    const two = expr.slice(i, i + 2);
    if (TWO_CHAR.has(two)) {
      tokens.push({ type: 'punct', value: two });
      i += 2;
      continue;
    }
    tokens.push({ type: 'punct', value: c });
    i++;
  }
  return tokens;
}

function literalValue(expr: string, start: number, end: number, raw: boolean): string {
  const q = expr[start];
  const open = expr.startsWith(q.repeat(3), start) ? 3 : 1;
  const closed = expr.startsWith(q.repeat(open), end - open) && end - open >= start + open;
  return decode(expr.slice(start + open, closed ? end - open : end), raw);
}

const isPunct = (t: Token | undefined, value: string) => t?.type === 'punct' && t.value === value;

/**
 * Identifiers a macro or `cel.bind` binds inside the expression (`list.map(p, ...)`, `m.all(k, v, ...)`):
 * a root with such a name may be shadowed, so its reads are not attributed to the root variable.
 */
function boundNames(tokens: Token[]): Set<string> {
  const bound = new Set<string>();
  for (let i = 2; i < tokens.length; i++) {
    if (!isPunct(tokens[i], '(') || tokens[i - 1].type !== 'ident' || !isPunct(tokens[i - 2], '.')) continue;
    for (let k = i + 1; tokens[k]?.type === 'ident' && isPunct(tokens[k + 1], ','); k += 2) bound.add(tokens[k].value);
  }
  return bound;
}

/** Index of the `]` closing the `[` at `open` (tokens.length when unbalanced). */
function closingBracket(tokens: Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (isPunct(tokens[k], '[')) depth++;
    else if (isPunct(tokens[k], ']') && --depth === 0) return k;
  }
  return tokens.length;
}

/** Reads of the given root variables in one expression (the text inside `${...}`). */
export function variableReads(expr: string, roots: ReadonlySet<string>): VariableRead[] {
  const tokens = tokenize(expr);
  const bound = boundNames(tokens);
  const out: VariableRead[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'ident' || !roots.has(t.value) || bound.has(t.value)) continue;
    const prev = tokens[i - 1];
    if (isPunct(prev, '.') || (isPunct(prev, '?') && isPunct(tokens[i - 2], '.'))) continue; // a field, not a variable
    if (isPunct(tokens[i + 1], '(')) continue; // a function of that name
    const path: Selection[] = [];
    let j = i + 1;
    for (;;) {
      if (isPunct(tokens[j], '.')) {
        const k = isPunct(tokens[j + 1], '?') ? j + 2 : j + 1;
        if (tokens[k]?.type !== 'ident' || isPunct(tokens[k + 1], '(')) break; // method call ends the chain
        path.push({ kind: 'field', name: tokens[k].value });
        j = k + 1;
      } else if (isPunct(tokens[j], '[')) {
        const k = isPunct(tokens[j + 1], '?') ? j + 2 : j + 1;
        if (tokens[k]?.type === 'string' && isPunct(tokens[k + 1], ']')) {
          path.push({ kind: 'field', name: tokens[k].value });
          j = k + 2;
        } else {
          path.push({ kind: 'index' });
          j = closingBracket(tokens, j) + 1;
        }
      } else break;
    }
    out.push({ root: t.value, path });
  }
  return out;
}
