import { describe, it, expect } from '@jest/globals';
import { formatSarif, relativeUri } from '../../src/core/report/sarif.js';
import { finding, summaryOf } from './sample.js';
import { catalog, odd } from './sarif-catalog.js';

// The SARIF log's shape as far as these tests read it.
interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; semanticVersion?: string; version: string; rules: Array<Record<string, any>> } };
    automationDetails: { id: string };
    results: Array<Record<string, any>>;
    properties?: Record<string, unknown>;
  }>;
}

const sarif = (findings = odd, options: Partial<Parameters<typeof formatSarif>[2]> = {}): Log =>
  JSON.parse(formatSarif(findings, summaryOf(findings), { toolVersion: '0.1.0', rules: catalog, ...options }));

describe('formatSarif', () => {
  it('has the SARIF 2.1.0 envelope, one run and the category', () => {
    const log = sarif();
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].automationDetails).toEqual({ id: 'openchoreo-validate/' });
    expect(sarif(odd, { category: 'openchoreo-policy' }).runs[0].automationDetails.id).toBe('openchoreo-policy/');
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'openchoreo-gitops', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(sarif(odd, { toolVersion: 'dev-build' }).runs[0].tool.driver.semanticVersion).toBeUndefined();
  });

  it('describes exactly the rules that appear, known or not', () => {
    const rules = sarif().runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['schema/unknown-field', 'secrets/plaintext', 'made/up']);
    for (const r of rules) {
      for (const text of [r.shortDescription.text, r.fullDescription.text, r.help.text]) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(1024);
      }
    }
    expect(rules[0]).toEqual({
      id: 'schema/unknown-field',
      name: 'SchemaUnknownField',
      shortDescription: { text: 'Unknown field' },
      fullDescription: { text: catalog[0].description },
      help: { text: catalog[0].description },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['openchoreo', 'schema'] },
    });
    expect(rules[1].properties).toEqual({ tags: ['openchoreo', 'secrets', 'security'], 'security-severity': '7.0' });
    expect(rules[2].shortDescription.text).toBe('OpenChoreo GitOps check made/up');
  });

  it('caps over-long rule texts at 1024 characters', () => {
    const long = [{ id: 'x/y', title: 't'.repeat(2000), description: 'd'.repeat(5000) }];
    const [rule] = sarif([finding({ ruleId: 'x/y' })], { rules: long }).runs[0].tool.driver.rules;
    expect(rule.shortDescription.text).toBe(`${'t'.repeat(1023)}…`);
    expect(rule.help.text.length).toBe(1024);
  });

  it('maps each finding to a result with level, text, index and a valid region', () => {
    const results = sarif().runs[0].results;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['schema/unknown-field', 0, 'error'],
      ['schema/unknown-field', 0, 'error'],
      ['schema/unknown-field', 0, 'error'],
      ['secrets/plaintext', 1, 'warning'],
      ['made/up', 2, 'note'],
    ]);
    expect(results[0].message.text).toBe('Spaces in the path.\nHint: Did you mean "replicas"?');
    expect(results[3].message.text).toBe('A token-like value in "data.key".');
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'apps/my%20app/compo%20nent.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    });
    const clamped = results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('emoji/'));
    expect(clamped?.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
  });

  it.each([
    ['apps/web/component.yaml', 'apps/web/component.yaml'],
    ['apps/my app/x.yaml', 'apps/my%20app/x.yaml'],
    ['ünï/日本.yaml', '%C3%BCn%C3%AF/%E6%97%A5%E6%9C%AC.yaml'],
    ['a#b?c%d[e]:f.yaml', 'a%23b%3Fc%25d%5Be%5D%3Af.yaml'],
    ['bad\ud800.yaml', 'bad%EF%BF%BD.yaml'],
  ])('uri of %j is %s', (file, uri) => expect(relativeUri(file)).toBe(uri));

  it('fingerprints ignore line moves but tell duplicates apart', () => {
    const hash = (list: ReturnType<typeof finding>[]) => sarif(list).runs[0].results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    const [before] = hash([finding({ line: 12 })]);
    const [after] = hash([finding({ line: 40, column: 9 })]);
    expect(before).toMatch(/^[0-9a-f]{16}:1$/);
    expect(after).toBe(before);
    expect(hash([finding({ message: 'other' })])[0]).not.toBe(before);
    expect(hash([finding({ ruleId: 'other/rule' })])[0]).not.toBe(before);
    const twins = hash([finding({ line: 1 }), finding({ line: 2 })]);
    expect(twins).toEqual([before, before.replace(/:1$/, ':2')]);
  });

  it('keeps at most maxResults results, errors first, and says so in the run properties', () => {
    const list = [finding({ severity: 'note' }), ...Array.from({ length: 4 }, (_, i) => finding({ line: i + 1 }))];
    const run = sarif(list, { maxResults: 3 }).runs[0];
    expect(run.results.map((r) => r.level)).toEqual(['error', 'error', 'error']);
    expect(run.properties).toEqual({
      truncated: true,
      omittedResults: 2,
      note: 'Only the first 3 of 5 results are included (errors first).',
    });
    expect(sarif().runs[0].properties).toBeUndefined();
  });

  it('produces the same bytes on every run', () => {
    const text = () => formatSarif(odd, summaryOf(odd), { toolVersion: '0.1.0', rules: catalog });
    expect(text()).toBe(text());
    expect(text().endsWith('}\n')).toBe(true);
  });
});
