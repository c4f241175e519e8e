import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/core/finding.js';
import { formatSarif } from '../../src/core/report/sarif.js';
import { finding, summaryOf } from './sample.js';
import { catalog, odd } from './sarif-catalog.js';

/**
 * Microsoft's SARIF validator, with its GitHub Advanced Security rule set, over our output. The npm package
 * resolves to a self-contained .NET executable for this platform; it is run directly (its bin.js shim goes
 * through a shell, which would split a path with spaces).
 */
const multitool: string = createRequire(import.meta.url)('@microsoft/sarif-multitool');

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

function validate(findings: Finding[]): { errors: string[]; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'sarif validate '));
  try {
    const input = join(dir, 'openchoreo.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, formatSarif(findings, summaryOf(findings), { toolVersion: '0.1.0', rules: catalog }));
    const run = spawnSync(multitool, ['validate', input, '--rule-kind', 'Sarif;Ghas', '-o', output], {
      encoding: 'utf8',
      timeout: 120_000,
      // Lets the runtime start where libicu is missing; validation does not depend on culture data.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    if (run.error || run.status !== 0) {
      throw new Error(`sarif-multitool failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stdout}\n${run.stderr}`);
    }
    const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ results?: ValidatorResult[] }> };
    const results = log.runs.flatMap((r) => r.results ?? []);
    // The validator writes only the message id and arguments; its console output has the full text.
    const show = (r: ValidatorResult) => `${r.ruleId}: ${r.message.text ?? `${r.message.id} ${JSON.stringify(r.message.arguments)}`}`;
    return {
      errors: results.filter((r) => r.level === 'error').map(show),
      warnings: results.filter((r) => (r.level ?? 'warning') === 'warning').map(show),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('SARIF output passes sarif-multitool validate --rule-kind "Sarif;Ghas"', () => {
  it.each<[string, Finding[]]>([
    ['odd paths, hostile text, unknown and security rules', odd],
    ['no findings', []],
    ['many results of one rule', Array.from({ length: 50 }, (_, i) => finding({ line: i + 1, column: (i % 7) + 1 }))],
  ])('%s', (_name, findings) => {
    const { errors, warnings } = validate(findings);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('still reports an error for a path that is not a URI (the check is live)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sarif-live-'));
    try {
      const bad = formatSarif(odd, summaryOf(odd), { toolVersion: '0.1.0', rules: catalog }).replace(
        'apps/my%20app/compo%20nent.yaml',
        'apps/my app/compo nent.yaml',
      );
      const input = join(dir, 'bad.sarif');
      const output = join(dir, 'out.sarif');
      writeFileSync(input, bad);
      spawnSync(multitool, ['validate', input, '--rule-kind', 'Sarif;Ghas', '-o', output], {
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        timeout: 120_000,
      });
      const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ results?: ValidatorResult[] }> };
      expect(log.runs[0].results?.map((r) => r.ruleId)).toContain('SARIF1002');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
