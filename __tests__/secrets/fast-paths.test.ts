/**
 * The secret scan's fast paths give exactly what the plain ones give:
 * - text-scan.ts sweeps a repeated snapshot block once and reuses its results at each new offset; the
 *   results must equal sweeping the whole text (findFormats, findAssignments), and its line and search
 *   helpers must equal counting and indexOf;
 * - yaml-slices.ts reads workload entries straight from the text; the findings must equal those from fully
 *   parsed documents.
 * Checked on the reference trees, on generated releases whose repeated blocks hold planted secrets at their
 * edges, and on thousands of seeded random mutations of both.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { join, relative } from 'node:path';
import { parseYamlFile, type YamlDocument } from '../../src/core/parse.js';
import { PositionIndex } from '../../src/core/position.js';
import { findFormats } from '../../src/core/secrets/find-formats.js';
import { secretFingerprint } from '../../src/core/secrets/fingerprint.js';
import { hmacSha256 } from '../../src/core/secrets/hmac-sha256.js';
import { findAssignments } from '../../src/core/secrets/key-assignments.js';
import { isPlaceholder, valueWords } from '../../src/core/secrets/placeholder.js';
import { scanSecrets } from '../../src/core/secrets/scan-secrets.js';
import { scanText, SweptBlocks } from '../../src/core/secrets/text-scan.js';
import type { SourceFile } from '../../src/core/source.js';
import { sampleGitops, samples123, sharedReference } from '../foundation/support.js';
import { seeded } from '../support/seeded.js';
import { yamlFiles } from '../support/yaml-files.js';
import { alnum, canary, privateKeyLines } from './canaries.js';

const TYPE_SPEC = [
  '      workloadType: deployment',
  '      parameters:',
  '        openAPIV3Schema:',
  '          type: object',
  '          properties:',
  ...Array.from({ length: 24 }, (_, i) => `            field${i}:\n              type: string\n              default: value-${i}`),
  '      resources:',
  '        - id: deployment',
  '          template:',
  '            apiVersion: apps/v1',
  '            kind: Deployment',
  '            metadata:',
  '              name: ${metadata.name}',
].join('\n');

/** A ComponentRelease whose `componentType:` and `traits:` blocks are `type` and `trait`, verbatim. */
function release(name: string, type: string, trait: string, password: string): string {
  return [
    'apiVersion: openchoreo.dev/v1alpha1',
    'kind: ComponentRelease',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  owner:',
    '    projectName: shop',
    `    componentName: ${name}`,
    '  componentType:',
    '    kind: ComponentType',
    '    name: deployment/web',
    '    spec:',
    type,
    '  traits:',
    '    - kind: Trait',
    '      name: storage',
    '      spec:',
    trait,
    '  workload:',
    '    container:',
    `      image: ghcr.io/acme/${name}:1.0`,
    '      env:',
    '        - key: DB_PASSWORD',
    `          value: ${password}`,
    '',
  ].join('\n');
}

/** Secrets planted inside the repeated blocks, at their first and last lines. */
function plantedBlocks(): { type: string; trait: string } {
  const type = [
    `      description: token ${canary.github()} on the block's first content line`,
    TYPE_SPEC,
    `              annotations: { api_key: "${canary.random()}" }`,
    `              url: postgres://app:${alnum(14)}@db:5432/app`,
    '              tls: |',
    ...privateKeyLines('RSA PRIVATE KEY').map((l) => `                ${l}`),
  ].join('\n');
  const trait = [
    '        schema:',
    `          jwt: ${canary.jwt()}`,
    '          sql: |',
    // A SQL password whose keyword and value are on different lines.
    '            CREATE USER app WITH PASSWORD',
    `            '${alnum(16)}';`,
    `          aws: ${canary.awsKeyId()}`,
  ].join('\n');
  return { type, trait };
}

/** Valid releases: a third with planted blocks, CRLF line ends, a last block without its line break, a key with a value. */
function releases(): string[] {
  const plain = { type: TYPE_SPEC, trait: '        parameters:\n' + Array.from({ length: 30 }, (_, i) => `          p${i}: ${i}`).join('\n') };
  const planted = plantedBlocks();
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const blocks = i % 3 === 0 ? planted : plain;
    out.push(release(`svc-${i}`, blocks.type, blocks.trait, canary.password()));
  }
  out.push(release('crlf', planted.type, planted.trait, canary.password()).replace(/\n/g, '\r\n'));
  out.push(release('tail', plain.type, plain.trait, canary.password()).replace(/\n  workload:[\s\S]*$/, ''));
  out.push(release('inline', planted.type, planted.trait, canary.password()).replace('  traits:\n', '  traits: # none\n'));
  return out;
}

/**
 * Texts (not YAML) where what spans lines crosses a block's edge: a private key that starts in the type
 * block and ends in the trait block, a SQL keyword at a gap's end with its value in the next block.
 */
function acrossEdges(): string[] {
  const key = privateKeyLines('PRIVATE KEY');
  const type = [TYPE_SPEC, ...key.slice(0, 4).map((l) => `                ${l}`)].join('\n');
  const trait = [...key.slice(4).map((l) => `                ${l}`), '          p: 1'].join('\n');
  const sql = release('sql', TYPE_SPEC, `${trait}\n        query: CREATE USER app WITH PASSWORD`, 'x').replace('\n  workload:', `\n'${alnum(16)}'\n  workload:`);
  return [release('edge', type, trait, canary.password()), release('edge2', type, trait, canary.password()), sql, sql];
}

function referenceTexts(): string[] {
  const dirs = [sampleGitops, samples123];
  return dirs.flatMap((d) => yamlFiles(d)).map((f) => readFileSync(f, 'utf8'));
}

/** What the fast text scan must equal: the sweeps over the whole text. */
function plainScan(text: string) {
  return { formats: findFormats(text), assignments: findAssignments(text) };
}

function countLines(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Differences between the fast scan (with the blocks seen so far) and the plain one, for one text. */
function textDifferences(text: string, blocks: SweptBlocks, rnd: ReturnType<typeof seeded>): string[] {
  const out: string[] = [];
  const fast = scanText(text, blocks);
  const { formats, assignments } = plainScan(text);
  if (JSON.stringify(fast.formats) !== JSON.stringify(formats)) out.push(`formats: ${JSON.stringify(fast.formats)} != ${JSON.stringify(formats)}`);
  if (JSON.stringify(fast.assignments) !== JSON.stringify(assignments)) out.push(`assignments: ${JSON.stringify(fast.assignments)} != ${JSON.stringify(assignments)}`);
  for (let k = 0; k < 6; k++) {
    const offset = rnd.next(text.length + 1);
    if (fast.lineOf(offset) !== countLines(text, offset)) out.push(`lineOf(${offset})`);
    const from = rnd.next(text.length + 1);
    const needle = rnd.pick(['-----BEGIN ', "'", 'kind:', 'Generator', 'workload:', '---', 'openchoreo-gitops:allow-secret', text.slice(offset, offset + 1 + rnd.next(12)).split(/\r?\n/)[0]]);
    if (needle && fast.find(needle, from) !== text.indexOf(needle, from)) out.push(`find(${JSON.stringify(needle)}, ${from})`);
  }
  return out;
}

describe('text scan with repeated blocks swept once', () => {
  it('finds exactly what sweeping each whole text finds, also at and across block edges', () => {
    const blocks = new SweptBlocks();
    const rnd = seeded(7);
    const texts = [...releases(), ...releases(), ...acrossEdges(), ...referenceTexts()];
    const diffs = texts.flatMap((t, i) => textDifferences(t, blocks, rnd).map((d) => `text ${i}: ${d}`));
    expect(diffs).toEqual([]);
    // Scanning the generated releases twice keeps each repeated block once (two type and two trait blocks).
    const fresh = new SweptBlocks();
    for (const t of [...releases(), ...releases()]) scanText(t, fresh);
    expect(fresh.size).toBe(4);
    // The planted blocks do yield findings (so this compares something): in every planted release.
    const planted = releases()[0];
    const found = scanText(planted, blocks).formats.map((f) => f.ruleId);
    expect(found).toEqual(expect.arrayContaining(['secrets/github-token', 'secrets/private-key', 'secrets/jwt', 'secrets/sql-password', 'secrets/aws-access-key-id', 'secrets/connection-string-password']));
  });

  it('never disagrees with the plain sweeps on thousands of random mutations', () => {
    const rnd = seeded(20261124);
    const base = [...releases(), ...acrossEdges(), ...referenceTexts().filter((t) => t.includes('componentType'))];
    const snippets = [
      '\n', '\r\n', ' ', "'", '"', ':', '=', '#', '- ', '  ', '@', '~', 'J', '_', '-',
      'componentType:\n', '  traits:\n', '    componentType:\n', 'PASSWORD ', "PASSWORD\n'x1y2z3w4v5u6t7s8'", 'IDENTIFIED BY ',
      '-----BEGIN PRIVATE KEY-----', '-----END PRIVATE KEY-----', 'ghp_', canary.github(), canary.jwt(), canary.awsKeyId(),
      `api_token: ${alnum(24)}`, 'Password=', 'Server=db;', 'postgres://u:', '@host/', 'Key=', 'AccountKey=', 'SG.', 'hvs.',
    ];
    const blocks = new SweptBlocks();
    const failures: string[] = [];
    for (let i = 0; i < 2500 && failures.length < 5; i++) {
      let text = rnd.pick(base);
      for (let e = 1 + rnd.next(3); e > 0; e--) {
        const at = rnd.next(text.length + 1);
        const cut = rnd.next(4) === 0 ? rnd.next(8) : 0;
        text = text.slice(0, at) + rnd.pick(snippets) + text.slice(at + cut);
      }
      for (const d of textDifferences(text, blocks, rnd)) failures.push(`mutation ${i}: ${d}\n${text}`);
    }
    expect(failures).toEqual([]);
  });
});

/**
 * Findings of the scan that reads workload entries from the text, and of the one given parsed documents; only
 * for files js-yaml reads without error (of a broken file, the text reader still reports the entries it can
 * read, while a parse gives no documents: both are right for a file that never reaches the cluster).
 */
function bothWays(files: SourceFile[]) {
  const valid = files.filter((f) => !parseYamlFile(f).findings.some((x) => x.severity === 'error'));
  const parsed = new Map<string, YamlDocument[]>(valid.map((f) => [f.path, parseYamlFile(f).documents]));
  const positions = new PositionIndex();
  return { valid: valid.length, sliced: scanSecrets({ files: valid, positions }).findings, parsed: scanSecrets({ files: valid, parsed, positions }).findings };
}

describe('workload entries read from the text', () => {
  it('give the findings parsed documents give, on the reference trees and the generated releases', () => {
    const root = sharedReference;
    const files: SourceFile[] = [
      ...yamlFiles(root).map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') })),
      ...releases().map((text, i) => ({ path: `releases/r${i}.yaml`, text })),
    ];
    const { valid, sliced, parsed } = bothWays(files);
    expect(bothWays(files.filter((f) => f.path.startsWith('releases/'))).valid).toBe(releases().length);
    expect(valid).toBeGreaterThan(250);
    expect(sliced).toEqual(parsed);
    expect(sliced.filter((f) => f.ruleId === 'secrets/workload-env-literal').length).toBeGreaterThanOrEqual(15);
  });

  it('give the findings parsed documents give on thousands of random mutations of workload entries', () => {
    const rnd = seeded(99);
    const token = canary.github();
    const lines = [
      '        - key: API_TOKEN', `          value: ${alnum(20)}`, `          value: "${alnum(12)}\\u0041"`, `          value: '${alnum(12)}''x'`,
      `          value: ${token}`, `          value: "\\x67hp_${alnum(36)}"`, '          value: é-unicode', '          value: a\u00a0', '          value: a\u2028b',
      '          value:\tx', '          value: a\rb', '          value: |', '            block', '          value: >-', '          value: &anchor x',
      '          value: *anchor', '          value: !!str x', '        - {key: FOO_SECRET, value: plain}', '        - key: K', '          valueFrom: {}',
      '        # comment', '', '    containers:', '      app:', '        env:', '      files:', '        - key: id_rsa', '          value: x',
      '          key: DB_PASSWORD', '  value: top', `        - key: "QUOTED_PASSWORD"`, "        - 'key': 'SINGLE_PASSWORD'", '       value: misindented',
    ];
    const failures: string[] = [];
    let compared = 0;
    for (let i = 0; i < 1500 && failures.length < 3; i++) {
      const text = rnd.pick(releases()).split('\n');
      const at = text.findIndex((l) => l.includes('env:')) + 1 + rnd.next(3);
      for (let e = 1 + rnd.next(3); e > 0; e--) text.splice(at + rnd.next(3), rnd.next(2), rnd.pick(lines));
      const file = { path: 'r.yaml', text: text.join('\n') };
      const { valid, sliced, parsed } = bothWays([file]);
      compared += valid;
      if (JSON.stringify(sliced) !== JSON.stringify(parsed)) failures.push(`mutation ${i}:\n${file.text}\n${JSON.stringify(sliced)}\n${JSON.stringify(parsed)}`);
    }
    expect(failures).toEqual([]);
    // Enough mutated files stay valid YAML for this to test the text reader.
    expect(compared).toBeGreaterThan(300);
  });
});

describe('hostile kinds', () => {
  it('reads a kind named like an object property (toString, constructor, __proto__) as an unknown kind', () => {
    const files = ['toString', 'constructor', '__proto__', 'hasOwnProperty'].map((kind, i) => ({
      path: `k${i}.yaml`,
      text: `apiVersion: openchoreo.dev/v1alpha1\nkind: ${kind}\nmetadata:\n  name: x\nspec:\n  container:\n    env:\n      - key: DB_PASSWORD\n        value: ${alnum(12)}\n`,
    }));
    expect(scanSecrets({ files }).findings.filter((f) => f.ruleId === 'secrets/workload-env-literal')).toEqual([]);
  });
});

describe('value words and fingerprints', () => {
  it('split values into words exactly as the regex rule does, in and out of ASCII', () => {
    const byRegex = (v: string) => v.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
    const rnd = seeded(5);
    const alphabet = ['a', 'B', 'c', 'D', '1', '_', '-', '.', ' ', '@', 'é', 'ß', '\u212A', 'İ', 'ǅ', '\u00a0'];
    for (let i = 0; i < 5000; i++) {
      const v = Array.from({ length: rnd.next(14) }, () => rnd.pick(alphabet)).join('');
      expect(valueWords(v)).toEqual(byRegex(v));
    }
    for (const v of ['myPassword', 'SMTP_PASSWORD', 'csdXLijio5lpWNcr', 'aB3dE5fG7h', 'K\u212Aey']) expect(valueWords(v)).toEqual(byRegex(v));
    expect(isPlaceholder('your-api-key')).toBe(true);
    expect(isPlaceholder('csdXLijio5lpWNcr')).toBe(false);
  });

  it('are the HMAC-SHA256 of the value under the project key, 16 hex digits', () => {
    const rnd = seeded(11);
    const chars = ['a', 'Z', '0', ' ', 'é', '€', '😀', '\n'];
    // Every length around the block edges (55, 56, 64, 119, 120 bytes …), in and out of ASCII.
    const values = ['', 'a', canary.password(), 'é-ünïcode', ...Array.from({ length: 400 }, (_, i) => Array.from({ length: i % 140 }, () => rnd.pick(chars)).join(''))];
    for (const value of values) {
      expect(secretFingerprint(value)).toBe(createHmac('sha256', 'openchoreo-gitops-action/secret-fingerprint/v1').update(value, 'utf8').digest('hex').slice(0, 16));
    }
  });

  it('computes HMAC-SHA256 as node:crypto does, with keys and messages of any length', () => {
    const rnd = seeded(13);
    for (let i = 0; i < 300; i++) {
      const key = Uint8Array.from({ length: rnd.next(150) }, () => rnd.next(256));
      const message = Array.from({ length: rnd.next(300) }, () => String.fromCharCode(32 + rnd.next(400))).join('');
      expect(Buffer.from(hmacSha256(key)(message)).toString('hex')).toBe(createHmac('sha256', key).update(message, 'utf8').digest('hex'));
    }
    // ASCII messages of every length from 0 to past 256 (the block edges and the ASCII copy's limit), and each
    // with one non-ASCII character at its end.
    const mac = hmacSha256(Uint8Array.from([1, 2, 3]));
    for (let n = 0; n <= 300; n++) {
      const ascii = Array.from({ length: n }, () => String.fromCharCode(rnd.next(128))).join('');
      for (const message of [ascii, `${ascii}é`]) {
        expect([n, Buffer.from(mac(message)).toString('hex')]).toEqual([n, createHmac('sha256', Uint8Array.from([1, 2, 3])).update(message, 'utf8').digest('hex')]);
      }
    }
  });
});
