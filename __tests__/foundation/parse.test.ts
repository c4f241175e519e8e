import { describe, it, expect } from '@jest/globals';
import { parseYamlFile, splitDocuments, type ParsedFile } from '../../src/core/parse.js';
import { lineOf } from './support.js';

const parse = (text: string, path = 'dir/file.yaml'): ParsedFile => parseYamlFile({ path, text });
const values = (p: ParsedFile) => p.documents.map((d) => d.value);
const starts = (p: ParsedFile) => p.documents.map((d) => d.startLine);
const where = (p: ParsedFile) => p.findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`);

describe('splitDocuments', () => {
  it('cuts at column-0 `---` and `...` and records where each document starts', () => {
    const text = 'a: 1\n---\nb: |\n  ---\n  x\n...\n---\nc\n';
    expect(splitDocuments(text)).toEqual([
      { text: 'a: 1\n', startLine: 1, followedBySeparator: true, explicitStart: false },
      { text: '---\nb: |\n  ---\n  x\n', startLine: 2, followedBySeparator: false, explicitStart: true },
      { text: '---\nc\n', startLine: 7, followedBySeparator: false, explicitStart: true },
    ]);
  });

  it('returns nothing for an empty stream and one explicit segment for a lone marker', () => {
    expect(splitDocuments('')).toEqual([]);
    expect(splitDocuments('---')).toEqual([{ text: '---', startLine: 1, followedBySeparator: false, explicitStart: true }]);
  });

  it('does not treat `---x`, `----` or an indented `---` as a separator', () => {
    for (const text of ['a: 1\n---x: 2\n', 'a: 1\n----\n', 'a: |\n  ---\n']) {
      expect(splitDocuments(text)).toHaveLength(1);
    }
  });

  it('accepts a marker followed by content, a space or a tab on the same line', () => {
    expect(splitDocuments('--- {a: 1}\n---\t\n--- [1]\n').map((s) => s.startLine)).toEqual([1, 2, 3]);
  });

  it('keeps CRLF line endings countable', () => {
    expect(splitDocuments('a: 1\r\n---\r\nb: 2\r\n').map((s) => s.startLine)).toEqual([1, 2]);
  });
});

describe('parseYamlFile: documents', () => {
  it('parses every document of a multi-document file, numbering them and keeping their start lines', () => {
    const text = 'apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\n---\n# comment\napiVersion: v1\nkind: C\n';
    const p = parse(text);
    expect(values(p)).toEqual([
      { apiVersion: 'v1', kind: 'A' },
      { apiVersion: 'v1', kind: 'B' },
      { apiVersion: 'v1', kind: 'C' },
    ]);
    expect(p.documents.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(starts(p)).toEqual([1, 3, 6]);
    expect(p.documents.every((d) => d.file === 'dir/file.yaml')).toBe(true);
    expect(p.findings).toEqual([]);
    expect(p.documents[1].text).toBe('---\napiVersion: v1\nkind: B\n');
  });

  it('keeps `---` inside a block scalar (column > 0) as content', () => {
    const p = parse('data:\n  script: |\n    echo one\n    ---\n    echo two\nnext: 1\n');
    expect(values(p)).toEqual([{ data: { script: 'echo one\n---\necho two\n' }, next: 1 }]);
    expect(p.findings).toEqual([]);
  });

  it('ends a document at `...`; what follows starts a new document', () => {
    const p = parse('a: 1\n...\nb: 2\n...\n# trailing comment\n');
    expect(values(p)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(starts(p)).toEqual([1, 3]);
    expect(p.findings).toEqual([]);
  });

  it('ignores a byte-order mark without shifting lines or columns', () => {
    const p = parse('\uFEFFa: 1\nb: 2\n');
    expect(values(p)).toEqual([{ a: 1, b: 2 }]);
    expect(where(parse('\uFEFFa: b: c\n'))).toEqual(where(parse('a: b: c\n')));
    expect(where(parse('\uFEFFa: b: c\n'))).toEqual(['yaml/syntax error 1:5']);
  });

  it('reads directives and a leading comment before the first `---` as part of the stream, not a document', () => {
    expect(starts(parse('%YAML 1.2\n---\na: 1\n'))).toEqual([2]);
    const p = parse('# header\n---\na: 1\n');
    expect(starts(p)).toEqual([2]);
    expect(p.findings).toEqual([]);
  });

  it('reports an empty document between two separators as a note at the first separator', () => {
    const text = 'a: 1\n---\n\n# nothing here\n---\nb: 1\n';
    const p = parse(text);
    expect(values(p)).toEqual([{ a: 1 }, { b: 1 }]);
    expect(p.findings).toHaveLength(1);
    expect(p.findings[0]).toMatchObject({ ruleId: 'yaml/empty-document', severity: 'note', file: 'dir/file.yaml', line: 2, column: 1 });
    expect(p.findings[0].hint).not.toBe('');
  });

  it('does not report a trailing `---`, a comment-only file or an empty file', () => {
    for (const text of ['a: 1\n---\n', '# only a comment\n', '', '\n\n', '---\n']) {
      const p = parse(text);
      expect(p.findings).toEqual([]);
    }
    expect(values(parse('a: 1\n---\n'))).toEqual([{ a: 1 }]);
  });

  it('drops a document that is only null (`~`) without a finding', () => {
    const p = parse('~\n---\na: 1\n');
    expect(values(p)).toEqual([{ a: 1 }]);
    expect(starts(p)).toEqual([2]);
    expect(p.findings).toEqual([]);
  });

  it('keeps lists and scalars as documents (classification decides what they are)', () => {
    expect(values(parse('- 1\n- 2\n---\nplain\n'))).toEqual([[1, 2], 'plain']);
  });

  it('uses the YAML 1.2 core schema: timestamps stay strings, hex/exp numbers are numbers, ~ is null', () => {
    expect(values(parse('a: 2024-01-01\nc: 0x10\nd: 1e3\ne: ~\nf: "8080"\ng: 8080\n'))).toEqual([
      { a: '2024-01-01', c: 16, d: 1000, e: null, f: '8080', g: 8080 },
    ]);
  });

  it('applies merge keys (`<<`), single and list form, with explicit keys winning', () => {
    const p = parse('base: &b {x: 1, y: 1}\nother: &o {z: 3}\none:\n  <<: *b\n  y: 2\nmany:\n  <<: [*b, *o]\n  x: 9\n');
    expect(p.findings).toEqual([]);
    expect(values(p)[0]).toEqual({
      base: { x: 1, y: 1 },
      other: { z: 3 },
      one: { x: 1, y: 2 },
      many: { x: 9, y: 1, z: 3 },
    });
  });

  it('resolves ordinary anchors and aliases', () => {
    expect(values(parse('a: &x hello\nb: *x\nc: [*x, *x]\n'))).toEqual([{ a: 'hello', b: 'hello', c: ['hello', 'hello'] }]);
  });
});

describe('parseYamlFile: errors with exact positions', () => {
  const cases: { name: string; text: string; ruleId: string; line: number; column: number }[] = [
    { name: 'two mappings on one line', text: 'a: 1\nb: c: d\n', ruleId: 'yaml/syntax', line: 2, column: 5 },
    { name: 'over-indented entry', text: 'a:\n  b: 1\n   c: 2\n', ruleId: 'yaml/syntax', line: 3, column: 5 },
    { name: 'unclosed flow sequence before the next key', text: 'a: [1, 2\nb: 3\n', ruleId: 'yaml/syntax', line: 2, column: 1 },
    { name: 'unknown alias', text: 'a: 1\nb: *nowhere\n', ruleId: 'yaml/syntax', line: 2, column: 12 },
    { name: 'unknown local tag', text: 'a: !custom 1\n', ruleId: 'yaml/syntax', line: 1, column: 13 },
    { name: 'duplicate top-level key (at the second key)', text: 'a: 1\nb: 2\na: 3\n', ruleId: 'yaml/duplicate-key', line: 3, column: 1 },
    { name: 'duplicate nested key', text: 'spec:\n  owner: x\n  owner: y\n', ruleId: 'yaml/duplicate-key', line: 3, column: 3 },
    { name: 'duplicate key in a flow map', text: 'a: {x: 1, x: 2}\n', ruleId: 'yaml/duplicate-key', line: 1, column: 11 },
    { name: 'tab before a nested key', text: 'a:\n\tb: 1\n', ruleId: 'yaml/tab-indentation', line: 2, column: 1 },
    { name: 'tab before a list item', text: 'a:\n  - x\n\t- y\n', ruleId: 'yaml/tab-indentation', line: 3, column: 1 },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.ruleId} at ${c.line}:${c.column}`, () => {
      const p = parse(c.text);
      expect(p.documents).toEqual([]);
      expect(p.findings).toHaveLength(1);
      const f = p.findings[0];
      expect(f).toMatchObject({ ruleId: c.ruleId, severity: 'error', file: 'dir/file.yaml', line: c.line, column: c.column });
      expect(f.message).toMatch(/^YAML error: /);
      expect(f.hint.length).toBeGreaterThan(0);
    });
  }

  it('names duplicate keys and tabs in the message', () => {
    expect(parse('a: 1\na: 2\n').findings[0].message).toContain('duplicated mapping key');
    expect(parse('a:\n\tb: 1\n').findings[0].message).toContain('tab');
  });

  it('offsets positions by where the document starts in the file', () => {
    const text = 'kind: A\n---\nkind: B\nspec:\n  a: 1\n  a: 2\n';
    const p = parse(text);
    expect(where(p)).toEqual([`yaml/duplicate-key error ${lineOf(text, '  a: 2')}:3`]);
    expect(values(p)).toEqual([{ kind: 'A' }]);
  });

  it('reports an unterminated quoted scalar at the end of its document, never past the file', () => {
    const text = 'key: "unterminated\nnext: 1\n';
    const [f] = parse(text).findings;
    expect(f.ruleId).toBe('yaml/syntax');
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(text.split('\n').length);
  });
});

describe('parseYamlFile: one broken document does not lose its neighbours', () => {
  it('parses the documents before and after a syntax error, with the error inside the broken one', () => {
    const text = 'kind: First\n---\nkind: Broken\nspec: [1, 2\nother: x\n---\nkind: Third\n';
    const p = parse(text);
    expect(values(p)).toEqual([{ kind: 'First' }, { kind: 'Third' }]);
    expect(starts(p)).toEqual([1, lineOf(text, 'kind: Third') - 1]);
    expect(p.documents.map((d) => d.index)).toEqual([0, 1]);
    expect(p.findings).toHaveLength(1);
    expect(p.findings[0].ruleId).toBe('yaml/syntax');
    expect(p.findings[0].line).toBe(lineOf(text, 'other: x'));
  });

  it('keeps neighbours of a tab-indented and of a duplicate-key document, one finding each', () => {
    const text = 'a: 1\n---\nx:\n\ty: 1\n---\nb: 2\n---\nc: 1\nc: 2\n---\nd: 4\n';
    const p = parse(text);
    expect(values(p)).toEqual([{ a: 1 }, { b: 2 }, { d: 4 }]);
    expect(where(p)).toEqual([
      `yaml/tab-indentation error ${lineOf(text, '\ty: 1')}:1`,
      `yaml/duplicate-key error ${lineOf(text, 'c: 2')}:1`,
    ]);
  });

  it('does not let an anchor of one document be used from another (aliases are per document)', () => {
    const text = 'a: &x 1\n---\nb: *x\n';
    const p = parse(text);
    expect(values(p)).toEqual([{ a: 1 }]);
    expect(where(p)).toEqual(['yaml/syntax error 3:6']);
  });
});

describe('parseYamlFile: hostile input', () => {
  /** The classic "billion laughs": 9 levels of 9 aliases to the previous level (9^9 ≈ 387 million leaves). */
  function billionLaughs(levels = 9, width = 9): string {
    const names = 'abcdefghijklmnopqrstuvwxyz';
    let text = `${names[0]}: &${names[0]} [${Array(width).fill('"lol"').join(', ')}]\n`;
    for (let i = 1; i < levels; i++) {
      text += `${names[i]}: &${names[i]} [${Array(width).fill(`*${names[i - 1]}`).join(', ')}]\n`;
    }
    return text;
  }

  it('reports a billion-laughs document as yaml/alias-expansion, quickly and with bounded memory', () => {
    const bomb = billionLaughs(10, 10);
    const text = `kind: Before\n---\n${bomb}---\nkind: After\n`;
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const p = parse(text);
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().heapUsed - heapBefore;
    expect(elapsed).toBeLessThan(1000);
    expect(grown).toBeLessThan(64 * 1024 * 1024);
    expect(values(p)).toEqual([{ kind: 'Before' }, { kind: 'After' }]);
    expect(p.findings).toHaveLength(1);
    expect(p.findings[0]).toMatchObject({ ruleId: 'yaml/alias-expansion', severity: 'error', line: 2, column: 1 });
  });

  it('also catches a bomb built from a mapping of aliases', () => {
    let text = 'l0: &l0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x}\n';
    for (let i = 1; i < 9; i++) text += `l${i}: &l${i} {a: *l${i - 1}, b: *l${i - 1}, c: *l${i - 1}, d: *l${i - 1}, e: *l${i - 1}, f: *l${i - 1}, g: *l${i - 1}, h: *l${i - 1}}\n`;
    expect(parse(text).findings.map((f) => f.ruleId)).toEqual(['yaml/alias-expansion']);
  });

  it('accepts a document that reuses an anchor a reasonable number of times', () => {
    let text = 'labels: &labels {app: web, tier: front, team: a}\nitems:\n';
    for (let i = 0; i < 200; i++) text += `  - {name: item-${i}, labels: *labels}\n`;
    const p = parse(text);
    expect(p.findings).toEqual([]);
    expect((p.documents[0].value as { items: unknown[] }).items).toHaveLength(200);
  });

  it('parses moderately deep nesting (50 levels of block maps)', () => {
    let text = '';
    for (let i = 0; i < 50; i++) text += `${'  '.repeat(i)}k${i}:\n`;
    text += `${'  '.repeat(50)}leaf: 1\n`;
    const p = parse(text);
    expect(p.findings).toEqual([]);
    let node: unknown = p.documents[0].value;
    for (let i = 0; i < 50; i++) node = (node as Record<string, unknown>)[`k${i}`];
    expect(node).toEqual({ leaf: 1 });
  });

  it('turns absurd nesting (5000 flow levels, 300 block levels) into a finding, not a stack overflow', () => {
    const flow = `x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const fp = parse(flow);
    expect(fp.documents).toEqual([]);
    expect(fp.findings.map((f) => [f.ruleId, f.line])).toEqual([['yaml/syntax', 1]]);
    let block = '';
    for (let i = 0; i < 300; i++) block += `${'  '.repeat(i)}k${i}:\n`;
    const bp = parse(`${block}${'  '.repeat(300)}v: 1\n---\nok: true\n`);
    expect(bp.findings.map((f) => f.ruleId)).toEqual(['yaml/syntax']);
    expect(bp.findings[0].line).toBeGreaterThan(1);
    expect(bp.findings[0].line).toBeLessThanOrEqual(301);
    expect(values(bp)).toEqual([{ ok: true }]);
  });

  it('never throws on arbitrary junk', () => {
    const junk = ['{{{{', ']]]]', '"', "'", '&&&', '*', '!!!', ': : :', '? ? ?', '- - -\n  - :', '%%%\n---\n', '\u0000\u0001'];
    for (const text of junk) expect(() => parse(text)).not.toThrow();
  });
});
