import { describe, it, expect } from '@jest/globals';
import type { Finding, Severity } from '../../src/core/finding.js';
import { escapeData, escapeProperty, formatAnnotations } from '../../src/core/report/annotations.js';
import { finding, three } from './sample.js';

describe('formatAnnotations lines', () => {
  it.each<{ name: string; findings: Finding[]; lines: string[] }>([
    { name: 'none', findings: [], lines: [] },
    {
      name: 'errors first, sorted; hint on a new line; notes are notices',
      findings: [...three, finding({ severity: 'note', line: 1, column: 1, hint: '' })],
      lines: [
        '::error file=apps/web/component.yaml,line=12,col=3,title=schema/unknown-field::Unknown field "replica".%0ADid you mean "replicas"?',
        '::error file=apps/web/component.yaml,line=20,col=5,title=schema/unknown-field::Unknown field "port".',
        '::warning file=apps/api/workload.yaml,line=4,col=1,title=refs/missing-owner::Owner project "shop" not found.',
        '::notice file=apps/web/component.yaml,line=1,col=1,title=schema/unknown-field::Unknown field "replica".',
      ],
    },
    {
      name: 'hostile text stays inside its command',
      findings: [
        finding({
          file: 'a,b:c%/x.yaml',
          ruleId: 'r::x,y',
          message: '100% bad\r\n::error file=x::forged',
          hint: '::add-mask::x',
        }),
      ],
      lines: [
        '::error file=a%2Cb%3Ac%25/x.yaml,line=12,col=3,title=r%3A%3Ax%2Cy::100%25 bad%0D%0A::error file=x::forged%0A::add-mask::x',
      ],
    },
    {
      name: 'a finding without a file has no position',
      findings: [finding({ file: '', hint: '' })],
      lines: ['::error title=schema/unknown-field::Unknown field "replica".'],
    },
  ])('$name', ({ findings, lines }) => {
    expect(formatAnnotations(findings)).toEqual({ lines, omitted: 0 });
  });
});

describe('formatAnnotations limits', () => {
  const many = (severity: Severity, n: number) =>
    Array.from({ length: n }, (_, i) => finding({ severity, line: n - i, hint: '' }));

  it.each<[string, Finding[], number | undefined, Record<string, number>, number]>([
    ['10 per severity by default', [...many('note', 12), ...many('warning', 3), ...many('error', 25)], undefined, { error: 10, warning: 3, notice: 10 }, 17],
    ['a custom limit', [...many('error', 4), ...many('warning', 4)], 2, { error: 2, warning: 2 }, 4],
    ['under the limit', many('warning', 10), undefined, { warning: 10 }, 0],
  ])('%s', (_name, findings, perSeverity, counts, omitted) => {
    const out = formatAnnotations(findings, { perSeverity });
    const seen: Record<string, number> = {};
    for (const line of out.lines) {
      const kind = line.slice(2, line.indexOf(' '));
      seen[kind] = (seen[kind] ?? 0) + 1;
    }
    expect(seen).toEqual(counts);
    expect(out.omitted).toBe(omitted);
    expect(out.lines.length + out.omitted).toBe(findings.length);
  });

  it('keeps the first errors by position', () => {
    const out = formatAnnotations(many('error', 15));
    expect(out.lines[0]).toContain('line=1,');
    expect(out.lines[9]).toContain('line=10,');
  });
});

describe('escaping', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    ['50%', '50%25', '50%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['k:v,w', 'k:v,w', 'k%3Av%2Cw'],
    ['%0A', '%250A', '%250A'],
  ])('%j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });
});
