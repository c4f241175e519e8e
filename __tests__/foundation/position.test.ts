import { describe, it, expect } from '@jest/globals';
import { parseYamlFile, type YamlDocument } from '../../src/core/parse.js';
import type { Path } from '../../src/core/path.js';
import { PositionIndex } from '../../src/core/position.js';
import { columnOf, lineOf } from './support.js';

/** A file whose second document starts mid-file, with every node shape the locator must handle. */
const TEXT = [
  'kind: First',
  'note: the second document starts on line 3',
  '---',
  'apiVersion: v1',
  'kind: Second',
  'metadata:',
  '  name: x',
  '  labels: {a: "1", b: "2"}',
  'spec:',
  '  list:',
  '    - name: one',
  '      v: 1',
  '    - name: two',
  '    -   plain',
  '  "quoted key": 1',
  '  8080: port',
  '  empty:',
  '  anchored: &a {x: 1}',
  '  aliased: *a',
  '  nested:',
  '    deeper:',
  '      deepest: true',
  '',
].join('\n');

const docs = parseYamlFile({ path: 'f.yaml', text: TEXT }).documents;
const second = docs[1];

/** Position of `needle` on the line that contains `lineNeedle`. */
function at(lineNeedle: string, needle = lineNeedle.trim()) {
  const line = lineOf(TEXT, lineNeedle);
  return { line, column: columnOf(TEXT, line, needle) };
}

describe('PositionIndex.locate', () => {
  const index = new PositionIndex();
  const cases: { path: Path; expected: () => { line: number; column: number }; why: string }[] = [
    { path: [], expected: () => at('apiVersion: v1', 'apiVersion'), why: 'the root is where the content starts (after the `---` line)' },
    { path: ['kind'], expected: () => at('kind: Second', 'kind'), why: 'a top-level key' },
    { path: ['metadata', 'name'], expected: () => at('  name: x', 'name'), why: 'a nested key' },
    { path: ['metadata', 'labels', 'b'], expected: () => at('  labels:', 'b:'), why: 'a key inside a flow map' },
    { path: ['spec', 'list', 0], expected: () => at('- name: one', 'name'), why: 'a list item that is a map starts at its first key' },
    { path: ['spec', 'list', 1, 'name'], expected: () => at('- name: two', 'name'), why: 'a key inside a list item' },
    { path: ['spec', 'list', 2], expected: () => at('-   plain', 'plain'), why: 'a scalar list item (past extra spaces)' },
    { path: ['spec', 'quoted key'], expected: () => at('"quoted key"', '"quoted key"'), why: 'a quoted key' },
    { path: ['spec', '8080'], expected: () => at('8080: port', '8080'), why: 'a numeric key matched as text' },
    { path: ['spec', 'empty'], expected: () => at('  empty:', 'empty'), why: 'a key with a null value' },
    { path: ['spec', 'nested', 'deeper', 'deepest'], expected: () => at('deepest: true', 'deepest'), why: 'three levels down' },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.path)}: ${c.why}`, () => {
      expect(index.locate(second, c.path)).toEqual(c.expected());
    });
  }

  describe('a path that does not exist falls back to the deepest existing ancestor', () => {
    const fallbacks: { path: Path; expected: () => { line: number; column: number }; why: string }[] = [
      { path: ['spec', 'missing', 'deeper'], expected: () => at('spec:', 'spec'), why: 'missing map key under spec' },
      { path: ['spec', 'list', 9], expected: () => at('  list:', 'list'), why: 'list index past the end' },
      { path: ['spec', 'list', 'x'], expected: () => at('  list:', 'list'), why: 'a string segment on a list' },
      { path: ['spec', 'empty', 'child'], expected: () => at('  empty:', 'empty'), why: 'below a null value' },
      { path: ['spec', 'aliased', 'x'], expected: () => at('aliased:', 'aliased'), why: 'through an alias (not followed)' },
      { path: ['metadata', 'name', 'x'], expected: () => at('  name: x', 'name'), why: 'below a scalar' },
      { path: ['nothing'], expected: () => at('apiVersion: v1', 'apiVersion'), why: 'missing top-level key: the document root' },
    ];
    for (const c of fallbacks) {
      it(`${JSON.stringify(c.path)}: ${c.why}`, () => {
        expect(index.locate(second, c.path)).toEqual(c.expected());
      });
    }
  });

  it('locates in the first document independently of the second', () => {
    expect(index.locate(docs[0], ['note'])).toEqual({ line: 2, column: 1 });
    expect(index.locate(docs[0], ['kind'])).toEqual({ line: 1, column: 1 });
  });

  it('returns the same answer from its cache and from a fresh index', () => {
    const path = ['spec', 'list', 1, 'name'];
    const first = index.locate(second, path);
    expect(index.locate(second, path)).toEqual(first);
    expect(new PositionIndex().locate(second, path)).toEqual(first);
  });

  it('counts lines of a document that starts after `...` and blank lines', () => {
    const text = 'a: 1\n...\n\n\nkind: Later\nspec:\n  field: 1\n';
    const [, later] = parseYamlFile({ path: 'g.yaml', text }).documents;
    expect(new PositionIndex().locate(later, ['spec', 'field'])).toEqual({ line: lineOf(text, 'field: 1'), column: 3 });
  });

  it('handles CRLF files', () => {
    const text = 'a: 1\r\n---\r\nkind: B\r\nspec:\r\n  x: 1\r\n';
    const [, b] = parseYamlFile({ path: 'crlf.yaml', text }).documents;
    expect(new PositionIndex().locate(b, ['spec', 'x'])).toEqual({ line: 5, column: 3 });
  });

  it('falls back to the document start when the text cannot be composed', () => {
    const broken: YamlDocument = { file: 'b.yaml', index: 0, startLine: 7, text: '', value: {} };
    expect(new PositionIndex().locate(broken, ['spec', 'x'])).toEqual({ line: 7, column: 1 });
  });

  it('points at keys of merged maps where they are written, and at the `<<` owner otherwise', () => {
    const text = 'base: &b {x: 1}\nobj:\n  <<: *b\n  y: 2\n';
    const [doc] = parseYamlFile({ path: 'm.yaml', text }).documents;
    const idx = new PositionIndex();
    expect(idx.locate(doc, ['obj', 'y'])).toEqual({ line: 4, column: 3 });
    expect(idx.locate(doc, ['obj', 'x'])).toEqual({ line: 2, column: 1 });
  });
});
