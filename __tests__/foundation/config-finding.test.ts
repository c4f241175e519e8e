import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../../src/core/config.js';
import { CONFIG_FILE, EMPTY_CONFIG } from '../../src/core/repo-config.js';
import { compareFindings, exitCodeFor, isSeverity, sortFindings, type Finding, type Severity } from '../../src/core/finding.js';
import { VERSION } from '../../src/core/version.js';
import { brief, lineOf, repoRoot } from './support.js';

describe('parseConfig (.openchoreo-gitops.yaml)', () => {
  it('reads ignore, openchoreo-version and policy', () => {
    const { config, findings } = parseConfig('ignore:\n  - charts/**\n  - "*.tmpl.yaml"\nopenchoreo-version: "1.1"\npolicy:\n  codeowners: required\n');
    expect(findings).toEqual([]);
    expect(config).toEqual({ ignore: ['charts/**', '*.tmpl.yaml'], openchoreoVersion: '1.1', policy: { codeowners: 'required' }, file: CONFIG_FILE });
  });

  it('reads an unquoted version as the release it names (1.0 is the YAML number 1; 1.2 and 0.12 stay)', () => {
    expect(parseConfig('openchoreo-version: 1.0\n').config.openchoreoVersion).toBe('1.0');
    expect(parseConfig('openchoreo-version: 1.2\n').config.openchoreoVersion).toBe('1.2');
    expect(parseConfig('openchoreo-version: 0.12\n').config.openchoreoVersion).toBe('0.12');
    expect(parseConfig('openchoreo-version: auto\n').config.openchoreoVersion).toBe('auto');
  });

  it('an empty or comment-only file is the empty configuration', () => {
    for (const text of ['', '# nothing\n', '---\n']) {
      const { config, findings } = parseConfig(text);
      expect(findings).toEqual([]);
      expect(config).toEqual({ ...EMPTY_CONFIG, file: CONFIG_FILE });
    }
  });

  it('reports unknown keys, a bad ignore and an unsupported version at their lines, keeping the good parts', () => {
    const text = 'ignore: charts/**\nopenchoreo-version: "2.0"\nignroe:\n  - x\npolicy: {}\n';
    const { config, findings } = parseConfig(text);
    expect(findings.map(brief)).toEqual([
      `config/invalid error ${CONFIG_FILE}:${lineOf(text, 'ignroe:')}:1`,
      `config/invalid error ${CONFIG_FILE}:${lineOf(text, 'ignore: charts')}:1`,
      `config/invalid error ${CONFIG_FILE}:${lineOf(text, 'openchoreo-version')}:1`,
    ]);
    expect(findings[0].message).toBe(`Unknown key "ignroe" in ${CONFIG_FILE}.`);
    expect(findings[2].message).toBe('Unsupported openchoreo-version "2.0".');
    expect(findings[2].hint).toBe('Use one of: auto, 0.12, 1.0, 1.1, 1.2.');
    expect(config.ignore).toEqual([]);
    expect(config.openchoreoVersion).toBeUndefined();
    expect(config.policy).toEqual({});
  });

  it('an ignore list with a non-string item is rejected as a whole', () => {
    const { config, findings } = parseConfig('ignore:\n  - ok/\n  - 5\n');
    expect(findings.map((f) => f.ruleId)).toEqual(['config/invalid']);
    expect(config.ignore).toEqual([]);
  });

  it('a config that is not a mapping is reported at line 1', () => {
    const { findings } = parseConfig('- a\n- b\n');
    expect(findings.map(brief)).toEqual([`config/invalid error ${CONFIG_FILE}:1:1`]);
  });

  it('YAML errors of the config are reported with their own rule and line', () => {
    const { config, findings } = parseConfig('ignore:\n  - a\nignore:\n  - b\n', 'sub/.openchoreo-gitops.yaml');
    expect(findings.map(brief)).toEqual(['yaml/duplicate-key error sub/.openchoreo-gitops.yaml:3:1']);
    expect(config.ignore).toEqual([]);
    expect(config.file).toBe('sub/.openchoreo-gitops.yaml');
  });
});

const finding = (severity: Severity, file: string, line: number, column = 1, ruleId = 'r/x', message = 'm'): Finding => ({ ruleId, severity, file, line, column, message, hint: '' });

describe('sortFindings / compareFindings', () => {
  it('orders by severity, then file, line, column, rule and message', () => {
    const input = [
      finding('note', 'a.yaml', 1),
      finding('warning', 'b.yaml', 1),
      finding('error', 'b.yaml', 10, 1),
      finding('error', 'b.yaml', 2, 5, 'r/b'),
      finding('error', 'b.yaml', 2, 5, 'r/a', 'z'),
      finding('error', 'b.yaml', 2, 5, 'r/a', 'a'),
      finding('error', 'b.yaml', 2, 1),
      finding('error', 'a.yaml', 99),
      finding('warning', 'a.yaml', 5),
    ];
    const sorted = sortFindings(input);
    expect(sorted.map((f) => `${f.severity} ${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([
      'error a.yaml:99:1 r/x m',
      'error b.yaml:2:1 r/x m',
      'error b.yaml:2:5 r/a a',
      'error b.yaml:2:5 r/a z',
      'error b.yaml:2:5 r/b m',
      'error b.yaml:10:1 r/x m',
      'warning a.yaml:5:1 r/x m',
      'warning b.yaml:1:1 r/x m',
      'note a.yaml:1:1 r/x m',
    ]);
  });

  it('does not modify its input and is stable under reordering', () => {
    const input = [finding('note', 'a', 1), finding('error', 'b', 1), finding('warning', 'c', 1)];
    const copy = [...input];
    const once = sortFindings(input);
    expect(input).toEqual(copy);
    expect(sortFindings([...input].reverse())).toEqual(once);
  });

  it('compares files by code unit (upper case before lower case), lines numerically', () => {
    expect(compareFindings(finding('error', 'B.yaml', 1), finding('error', 'a.yaml', 1))).toBeLessThan(0);
    expect(compareFindings(finding('error', 'a', 9), finding('error', 'a', 10))).toBeLessThan(0);
    expect(compareFindings(finding('error', 'a', 1), finding('error', 'a', 1))).toBe(0);
  });
});

describe('exitCodeFor', () => {
  const table: { severities: Severity[]; failOn: Parameters<typeof exitCodeFor>[1]; code: 0 | 1 }[] = [
    { severities: [], failOn: 'error', code: 0 },
    { severities: ['warning', 'note'], failOn: 'error', code: 0 },
    { severities: ['error'], failOn: 'error', code: 1 },
    { severities: ['warning'], failOn: 'warning', code: 1 },
    { severities: ['note'], failOn: 'warning', code: 0 },
    { severities: ['error'], failOn: 'warning', code: 1 },
    { severities: ['note'], failOn: 'note', code: 1 },
    { severities: ['error', 'warning', 'note'], failOn: 'never', code: 0 },
    { severities: ['error'], failOn: undefined, code: 1 },
  ];
  for (const c of table) {
    it(`[${c.severities.join(',')}] with fail-on ${String(c.failOn)} → ${c.code}`, () => {
      expect(exitCodeFor(c.severities.map((s) => finding(s, 'f', 1)), c.failOn)).toBe(c.code);
    });
  }

  it('isSeverity accepts exactly the three severities', () => {
    expect(['error', 'warning', 'note', 'never', 'Error', ''].map(isSeverity)).toEqual([true, true, true, false, false, false]);
  });
});

describe('VERSION', () => {
  it("equals package.json's version", () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
