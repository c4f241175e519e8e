import { describe, it, expect } from '@jest/globals';
import type { Finding } from '../../src/core/finding.js';
import type { RunFacts } from '../../src/core/report/summary.js';
import { formatText } from '../../src/core/report/text.js';
import { finding, summaryOf, three } from './sample.js';

const cases: Array<{ name: string; findings: Finding[]; facts?: Partial<RunFacts>; color?: boolean; expected: string }> = [
  {
    name: 'no findings',
    findings: [],
    expected: 'OK: no problems (42 files, 120 resources, OpenChoreo v1.2.3 detected)\n',
  },
  {
    name: 'errors first, hints indented, counted files',
    findings: three,
    expected: [
      'apps/web/component.yaml:12:3 error schema/unknown-field Unknown field "replica".',
      '  hint: Did you mean "replicas"?',
      'apps/web/component.yaml:20:5 error schema/unknown-field Unknown field "port".',
      'apps/api/workload.yaml:4:1 warning refs/missing-owner Owner project "shop" not found.',
      'FAIL: 2 errors, 1 warning in 2 files (42 files, 120 resources, OpenChoreo v1.2.3 detected)',
      '',
    ].join('\n'),
  },
  {
    name: 'warnings and notes only pass; release assumed; singulars',
    findings: [finding({ severity: 'note', hint: '' }), finding({ severity: 'warning', hint: '', line: 1 })],
    facts: { files: 1, resources: 1, release: { tag: 'v1.1.6', detected: false, evidence: [] } },
    expected: [
      'apps/web/component.yaml:1:3 warning schema/unknown-field Unknown field "replica".',
      'apps/web/component.yaml:12:3 note schema/unknown-field Unknown field "replica".',
      'OK: 1 warning, 1 note in 1 file (1 file, 1 resource, OpenChoreo v1.1.6 assumed)',
      '',
    ].join('\n'),
  },
  {
    name: 'without a release',
    findings: [],
    facts: { release: undefined },
    expected: 'OK: no problems (42 files, 120 resources)\n',
  },
  {
    name: 'colour',
    findings: [finding({ hint: '' })],
    color: true,
    expected:
      'apps/web/component.yaml:12:3 \u001b[31merror\u001b[0m \u001b[2mschema/unknown-field\u001b[0m Unknown field "replica".\n' +
      '\u001b[31;1m✖\u001b[0m 1 error in 1 file (42 files, 120 resources, OpenChoreo v1.2.3 detected)\n',
  },
  {
    name: 'hostile text cannot start lines, forge commands or move the cursor',
    findings: [
      finding({
        file: '::error::x.yaml',
        message: 'bad\n::error file=a::forged\r\u001b[2J 100%',
        hint: 'line1\nline2',
      }),
    ],
    facts: { files: 1, resources: 0 },
    expected: [
      './::error::x.yaml:12:3 error schema/unknown-field bad\\n::error file=a::forged\\r\\u001b[2J 100%',
      '  hint: line1\\nline2',
      'FAIL: 1 error in 1 file (1 file, 0 resources, OpenChoreo v1.2.3 detected)',
      '',
    ].join('\n'),
  },
];

describe('formatText', () => {
  it.each(cases)('$name', ({ findings, facts, color, expected }) => {
    expect(formatText(findings, summaryOf(findings, facts), { color })).toBe(expected);
  });
});
