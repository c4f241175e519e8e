import type { Finding } from '../../src/core/finding.js';
import type { RuleInfo } from '../../src/core/rule-info.js';
import { finding } from './sample.js';

export const catalog: RuleInfo[] = [
  { id: 'schema/unknown-field', title: 'Unknown field', description: 'A field the CRD schema of this kind does not define; the API server would reject it.' },
  { id: 'secrets/plaintext', title: 'Plaintext secret', description: 'A credential committed in clear text.', security: true },
  { id: 'unused/rule', title: 'Never reported', description: 'Not in any finding, so not in rules[].' },
];

/** Findings with awkward paths and text, for the validator and the unit tests. */
export const odd: Finding[] = [
  finding(),
  finding({ file: 'apps/my app/compo nent.yaml', line: 1, column: 1, message: 'Spaces in the path.' }),
  finding({ file: 'apps/ünïcödé/日本語.yaml', severity: 'warning', ruleId: 'secrets/plaintext', message: 'A token-like value in "data.key".', hint: '' }),
  finding({ file: 'weird/a#b?c%d[e]:f.yaml', severity: 'note', ruleId: 'made/up', message: 'Hostile <script>alert(1)</script> | %0A\n::error::x', hint: 'multi\nline' }),
  finding({ file: 'emoji/🚀.yaml', line: 0, column: 0, message: 'Position unknown.' }),
];
