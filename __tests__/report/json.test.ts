import { describe, it, expect } from '@jest/globals';
import { formatJson } from '../../src/core/report/json.js';
import type { RunSummary } from '../../src/core/report/summary.js';
import { finding, summaryOf } from './sample.js';

const one = [finding({ severity: 'warning', hint: '' })];

describe('formatJson', () => {
  it('compact: exact bytes, keys in the documented order', () => {
    const summary = summaryOf(one, { kinds: { Component: 1 }, durationMs: 7 });
    expect(formatJson(one, summary)).toBe(
      '{"findings":[{"ruleId":"schema/unknown-field","severity":"warning","file":"apps/web/component.yaml",' +
        '"line":12,"column":3,"message":"Unknown field \\"replica\\".","hint":""}],' +
        '"summary":{"command":"validate","release":{"tag":"v1.2.3","detected":true,' +
        '"evidence":["apiVersion openchoreo.dev/v1alpha1 in 3 files"]},"files":42,"documents":130,"resources":120,' +
        '"kinds":{"Component":1},"errors":0,"warnings":1,"notes":0,"byRule":{"schema/unknown-field":1},' +
        '"byFile":{"apps/web/component.yaml":1},"durationMs":7}}\n',
    );
  });

  it('keeps the key order even when the summary was built in another order', () => {
    const shuffled = { byFile: {}, byRule: {}, notes: 0, warnings: 0, errors: 0, kinds: {}, resources: 0, documents: 0, files: 0, command: 'policy' } as RunSummary;
    expect(formatJson([], shuffled)).toBe(
      '{"findings":[],"summary":{"command":"policy","files":0,"documents":0,"resources":0,"kinds":{},' +
        '"errors":0,"warnings":0,"notes":0,"byRule":{},"byFile":{}}}\n',
    );
  });

  it('pretty: two-space indentation that parses back to the compact form', () => {
    const summary = summaryOf(one, { release: undefined });
    const pretty = formatJson(one, summary, { pretty: true });
    expect(pretty.startsWith('{\n  "findings": [\n    {\n      "ruleId": "schema/unknown-field",\n')).toBe(true);
    expect(pretty.endsWith('\n  }\n}\n')).toBe(true);
    expect(JSON.stringify(JSON.parse(pretty))).toBe(formatJson(one, summary).trimEnd());
  });

  it('sorts findings errors first', () => {
    const list = [finding({ severity: 'note', line: 1 }), finding({ severity: 'error', line: 9 })];
    const parsed = JSON.parse(formatJson(list, summaryOf(list)));
    expect(parsed.findings.map((f: { severity: string }) => f.severity)).toEqual(['error', 'note']);
  });
});
