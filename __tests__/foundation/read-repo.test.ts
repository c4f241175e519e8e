import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globToRegExp, matchesAny } from '../../src/core/glob.js';
import { DEFAULT_MAX_BYTES, decodeSource, isYamlPath, listRepository, readRepository, readSourceBytes, readSources, sourceText } from '../../src/shell/read-repo.js';
import { brief, removeDir, tempDir } from './support.js';

describe('globToRegExp / matchesAny', () => {
  const table: { pattern: string; yes: string[]; no: string[] }[] = [
    { pattern: '*.tmpl.yaml', yes: ['a.tmpl.yaml', 'deep/er/b.tmpl.yaml'], no: ['a.yaml', 'a.tmpl.yaml.bak/x'] },
    { pattern: 'charts/', yes: ['charts/a.yaml', 'x/charts/b/c.yaml', 'charts'], no: ['charts.yaml', 'mycharts/a.yaml'] },
    { pattern: 'charts/**', yes: ['charts/a.yaml', 'charts/x/y/z.yaml'], no: ['x/charts/a.yaml', 'charts.yaml'] },
    { pattern: '/top.yaml', yes: ['top.yaml'], no: ['sub/top.yaml'] },
    { pattern: 'a/*/c.yaml', yes: ['a/b/c.yaml'], no: ['a/b/x/c.yaml', 'a/c.yaml', 'z/a/b/c.yaml'] },
    { pattern: '**/secret?.yaml', yes: ['secret1.yaml', 'a/b/secretX.yaml'], no: ['secret12.yaml', 'a/secret/.yaml'] },
    { pattern: 'a/**/c.yaml', yes: ['a/c.yaml', 'a/b/c.yaml', 'a/b/d/c.yaml'], no: ['b/a/c.yaml'] },
    { pattern: './flux', yes: ['flux', 'flux/x.yaml'], no: ['x/flux/y.yaml', 'fluxy/x.yaml'] },
    { pattern: 'file(1).yaml', yes: ['file(1).yaml'], no: ['file1.yaml'] },
    { pattern: 'a+b.yaml', yes: ['a+b.yaml'], no: ['aab.yaml', 'ab.yaml'] },
  ];
  for (const { pattern, yes, no } of table) {
    it(`"${pattern}"`, () => {
      const re = globToRegExp(pattern);
      for (const p of yes) expect([p, re.test(p)]).toEqual([p, true]);
      for (const p of no) expect([p, re.test(p)]).toEqual([p, false]);
    });
  }

  it('matchesAny is true when any pattern matches', () => {
    const patterns = ['x/', '*.bak'].map(globToRegExp);
    expect(matchesAny('x/a.yaml', patterns)).toBe(true);
    expect(matchesAny('a.bak', patterns)).toBe(true);
    expect(matchesAny('a.yaml', patterns)).toBe(false);
    expect(matchesAny('a.yaml', [])).toBe(false);
  });
});

describe('decodeSource', () => {
  it('returns the text of valid UTF-8 (multi-byte characters included)', () => {
    expect(decodeSource('a.yaml', Buffer.from('name: café ✓ 😀\n'))).toEqual({ path: 'a.yaml', text: 'name: café ✓ 😀\n' });
  });

  it('reports NUL bytes as a binary file', () => {
    expect(decodeSource('x.yaml', Buffer.from([0x61, 0x3a, 0x20, 0x31, 0x0a, 0x00, 0x01]))).toMatchObject({ ruleId: 'file/binary', severity: 'error', file: 'x.yaml', line: 1 });
  });

  const invalid: { name: string; bytes: number[]; line: number }[] = [
    { name: 'a lone 0xff on line 2', bytes: [...Buffer.from('a: 1\nb: '), 0xff, 0x0a], line: 2 },
    { name: 'after multi-byte characters on line 3', bytes: [...Buffer.from('a: é\nb: ✓\nc: '), 0xc3, 0x28, 0x0a], line: 3 },
    { name: 'an overlong encoding on line 1', bytes: [0x61, 0x3a, 0x20, 0xc0, 0x80], line: 1 },
    { name: 'a UTF-16 surrogate encoded in UTF-8 on line 4', bytes: [...Buffer.from('\n\n\nx: '), 0xed, 0xa0, 0x80], line: 4 },
    { name: 'a truncated sequence at the end of line 2', bytes: [...Buffer.from('a: 1\nb: '), 0xe2, 0x9c], line: 2 },
    { name: 'a Latin-1 é on line 5', bytes: [...Buffer.from('a\nb\nc\nd\nname: caf'), 0xe9, 0x0a, ...Buffer.from('next: 1\n')], line: 5 },
  ];
  for (const c of invalid) {
    it(`reports invalid UTF-8 at the right line: ${c.name}`, () => {
      expect(decodeSource('enc.yaml', Buffer.from(c.bytes))).toMatchObject({ ruleId: 'file/encoding', severity: 'error', file: 'enc.yaml', line: c.line, column: 1 });
    });
  }
});

describe('listRepository / readRepository on a real directory tree', () => {
  let root: string;
  let outside: string;

  beforeAll(() => {
    root = tempDir('foundation-read-');
    outside = tempDir('foundation-outside-');
    const write = (rel: string, content: string | Buffer) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), content);
    };
    write('b/z.yaml', 'kind: Z\n');
    write('b/a.yml', 'kind: A\n');
    write('a-b.yaml', 'kind: AB\n');
    write('a/x.yaml', 'kind: X\n');
    write('UPPER.YAML', 'kind: Upper\n');
    write('readme.md', '# not yaml\n');
    write('yaml.txt', 'kind: NotYaml\n');
    write('.git/config.yaml', 'kind: Git\n');
    write('node_modules/pkg/p.yaml', 'kind: Module\n');
    write('deep/node_modules/q.yaml', 'kind: NestedModule\n');
    write('charts/c.yaml', 'kind: Chart\n');
    write('templates/t.tmpl.yaml', 'kind: Template\n');
    write('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    write('latin1.yaml', Buffer.concat([Buffer.from('a: 1\nb: 2\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    write('big.yaml', '');
    truncateSync(path.join(root, 'big.yaml'), DEFAULT_MAX_BYTES + 1);
    writeFileSync(path.join(outside, 'secret.yaml'), 'kind: Outside\n');
    symlinkSync(path.join(root, 'b', 'z.yaml'), path.join(root, 'inside-link.yaml'));
    symlinkSync('b/a.yml', path.join(root, 'relative-inside-link.yaml'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'outside-link.yaml'));
    symlinkSync('../../../../../../../../etc/hostname', path.join(root, 'escape.yaml'));
    symlinkSync('does-not-exist.yaml', path.join(root, 'dangling.yaml'));
    symlinkSync(outside, path.join(root, 'outside-dir'));
    symlinkSync(path.join(root, 'b'), path.join(root, 'inside-dir'));
  });

  afterAll(() => {
    removeDir(root);
    removeDir(outside);
  });

  it('lists YAML files only, skipping .git and node_modules at any depth, without following any link', () => {
    const listing = listRepository(root, { include: isYamlPath });
    expect(listing.paths).toEqual(['a/x.yaml', 'a-b.yaml', 'b/a.yml', 'b/z.yaml', 'big.yaml', 'binary.yaml', 'charts/c.yaml', 'latin1.yaml', 'templates/t.tmpl.yaml', 'UPPER.YAML'].sort(bySegments));
    expect(listing.paths.some((p) => p.includes('node_modules') || p.startsWith('.git'))).toBe(false);
    expect(listing.paths).not.toContain('inside-link.yaml');
    expect(listing.paths.some((p) => p.startsWith('outside-dir') || p.startsWith('inside-dir'))).toBe(false);
  });

  it('orders paths folder by folder, by name (deterministic whatever order the file system returns)', () => {
    const { paths } = listRepository(root, { include: isYamlPath });
    expect([...paths].sort(bySegments)).toEqual(paths);
    expect(listRepository(root, { include: isYamlPath }).paths).toEqual(paths);
  });

  it('warns about links pointing outside the repository or nowhere, never about links inside it', () => {
    const { findings } = listRepository(root, { include: isYamlPath });
    expect(findings.map(brief)).toEqual([
      'file/symlink-outside warning dangling.yaml:1:1',
      'file/symlink-outside warning escape.yaml:1:1',
      'file/symlink-outside warning outside-link.yaml:1:1',
    ]);
    for (const f of findings) expect(f.message).toMatch(/not followed/);
  });

  it('honours ignore globs, for folders and for file patterns, and ignores blank patterns', () => {
    const { paths, findings } = listRepository(root, { include: isYamlPath, ignore: ['charts/', '**/*.tmpl.yaml', '  ', 'outside-link.yaml'] });
    expect(paths).not.toContain('charts/c.yaml');
    expect(paths).not.toContain('templates/t.tmpl.yaml');
    expect(paths).toContain('b/z.yaml');
    expect(findings.map((f) => f.file)).toEqual(['dangling.yaml', 'escape.yaml']);
  });

  it('reads files, turning binary, invalid UTF-8 and oversize files into findings with the right line', async () => {
    const result = await readRepository(root, { include: isYamlPath });
    expect(result.files.map((f) => f.path)).toEqual(['a/x.yaml', 'a-b.yaml', 'b/a.yml', 'b/z.yaml', 'charts/c.yaml', 'templates/t.tmpl.yaml', 'UPPER.YAML'].sort(bySegments));
    expect(result.files.find((f) => f.path === 'b/z.yaml')?.text).toBe('kind: Z\n');
    expect(result.findings.map(brief)).toEqual([
      'file/symlink-outside warning dangling.yaml:1:1',
      'file/symlink-outside warning escape.yaml:1:1',
      'file/symlink-outside warning outside-link.yaml:1:1',
      'file/too-large error big.yaml:1:1',
      'file/binary error binary.yaml:1:1',
      'file/encoding error latin1.yaml:3:1',
    ]);
    expect(result.findings.find((f) => f.ruleId === 'file/too-large')?.message).toMatch(/over the 8 MiB limit/);
  });

  it('applies a smaller size limit when given one', () => {
    const read = readSources(root, ['b/z.yaml', 'a-b.yaml'], 8); // 8 and 9 bytes: the limit is inclusive
    expect(read.files.map((f) => f.path)).toEqual(['b/z.yaml']);
    expect(read.findings.map(brief)).toEqual(['file/too-large error a-b.yaml:1:1']);
  });

  it('refuses a root that is not a directory', () => {
    expect(() => listRepository(path.join(root, 'b', 'z.yaml'), { include: isYamlPath })).toThrow(/not a directory/);
  });
});

describe('readSourceBytes: one read for small files, the rest by size', () => {
  let root: string;
  // Sizes around the 64 KiB of the first read; a multi-byte character and a BOM where the copy is cut.
  const KIB64 = 64 * 1024;
  const cases: [string, string][] = [
    ['empty.yaml', ''],
    ['ascii.yaml', 'kind: A\n'.repeat(1000)],
    ['just-under.yaml', 'x'.repeat(KIB64 - 1)],
    ['exact.yaml', 'y'.repeat(KIB64)],
    ['just-over.yaml', 'z'.repeat(KIB64 + 1)],
    ['split-char.yaml', `${'a'.repeat(KIB64 - 1)}é${'b'.repeat(10)}`],
    ['bom.yaml', `\ufeffkind: B\nname: ü\n`],
    ['large.yaml', `${'key: value # ümlaut\n'.repeat(20000)}`],
  ];

  beforeAll(() => {
    root = tempDir('ocg-read-bytes-');
    for (const [name, text] of cases) writeFileSync(path.join(root, name), text);
  });
  afterAll(() => removeDir(root));

  for (const own of [false, true]) {
    it(`gives every file's exact bytes and text (own buffer: ${own})`, () => {
      for (const [name, text] of cases) {
        const read = readSourceBytes(root, name, DEFAULT_MAX_BYTES, own);
        if (!('bytes' in read)) throw new Error(`${name}: ${read.message}`);
        expect([name, Buffer.from(read.bytes).equals(readFileSync(path.join(root, name)))]).toEqual([name, true]);
        expect([name, sourceText(read).text]).toEqual([name, text]);
        // A buffer of its own can be moved to another thread: it is exactly the file, not a slice of a pool.
        if (own) expect([name, read.bytes.byteOffset, read.bytes.buffer.byteLength]).toEqual([name, 0, read.bytes.byteLength]);
      }
    });
  }

  it('with a pool, files that fit the room left are views of it, one after the other; others get their own buffer', () => {
    const pool = { buffer: Buffer.alloc(KIB64 * 2), at: 0 };
    const placed: [string, number, boolean][] = [];
    for (const [name, text] of cases) {
      const before = pool.at;
      const read = readSourceBytes(root, name, DEFAULT_MAX_BYTES, true, pool);
      if (!('bytes' in read)) throw new Error(`${name}: ${read.message}`);
      expect([name, sourceText(read).text]).toEqual([name, text]);
      const inPool = read.bytes.buffer === pool.buffer.buffer;
      placed.push([name, before, inPool]);
      if (inPool) expect([name, read.bytes.byteOffset - pool.buffer.byteOffset, pool.at]).toEqual([name, before, before + read.bytes.byteLength]);
      else expect([name, read.bytes.byteOffset, read.bytes.buffer.byteLength, pool.at]).toEqual([name, 0, read.bytes.byteLength, before]);
    }
    // 8,000 bytes, then 64 KiB - 1 fit; from there on the room left (57,537 bytes) is too small for the rest
    // but the BOM file.
    expect(placed.map(([name, , inPool]) => `${name}:${inPool}`)).toEqual([
      'empty.yaml:true', 'ascii.yaml:true', 'just-under.yaml:true', 'exact.yaml:false', 'just-over.yaml:false',
      'split-char.yaml:false', 'bom.yaml:true', 'large.yaml:false',
    ]);
    const tooLarge = readSourceBytes(root, 'ascii.yaml', 100, true, pool);
    expect('ruleId' in tooLarge && tooLarge.ruleId).toBe('file/too-large');
  });

  it('reports files over the limit on either side of the first read, with their size', () => {
    const small = readSourceBytes(root, 'ascii.yaml', 100);
    const large = readSourceBytes(root, 'large.yaml', KIB64);
    expect('ruleId' in small && small.ruleId).toBe('file/too-large');
    expect('ruleId' in large && large.ruleId).toBe('file/too-large');
    expect('message' in large && large.message).toMatch(/^File is 0\.4 MiB/);
    expect('bytes' in readSourceBytes(root, 'exact.yaml', KIB64)).toBe(true);
  });
});

/** Compares repository paths folder by folder (the order a sorted walk produces). */
function bySegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}
