import { describe, expect, it } from '@jest/globals';
import { parseYamlFile } from '../../src/core/parse.js';

describe('parse: edges of YAML input', () => {
  it('keeps an error at the end of the stream on the last line with content', () => {
    const [finding] = parseYamlFile({ path: 'a.yaml', text: 'key: "unterminated\nnext: 1\n\n' }).findings;
    expect([finding.ruleId, finding.line, finding.column]).toEqual(['yaml/syntax', 2, 1]);
  });

  it('keeps such an error inside its own document of a multi-document file', () => {
    const { findings, documents } = parseYamlFile({ path: 'a.yaml', text: 'a: 1\n---\nb: [1, 2\n---\nc: 3\n' });
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['yaml/syntax', 3]]);
    expect(documents.map((d) => d.value)).toEqual([{ a: 1 }, { c: 3 }]);
  });

  it('reads !!binary as its base64 text, as Kubernetes does when it turns YAML into JSON', () => {
    const { documents, findings } = parseYamlFile({ path: 's.yaml', text: 'data:\n  key: !!binary |\n    aGVs\n    bG8=\n' });
    expect(findings).toEqual([]);
    expect(documents[0].value).toEqual({ data: { key: 'aGVsbG8=' } });
  });

  it('rejects !!binary content that is not base64', () => {
    const [finding] = parseYamlFile({ path: 's.yaml', text: 'data:\n  key: !!binary "not base64!"\n' }).findings;
    expect([finding.ruleId, finding.line]).toEqual(['yaml/syntax', 2]);
  });
});
