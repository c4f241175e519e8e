import { describe, it, expect } from '@jest/globals';
import { parseCli, UsageError, USAGE, type CliArgs } from '../../src/cli/args.js';
import { defaultWorkerCount } from '../../src/shell/part-workers.js';

const run = (argv: string[], env: NodeJS.ProcessEnv = {}): CliArgs => {
  const parsed = parseCli(argv, env);
  if (parsed.kind !== 'run') throw new Error(`expected a run, got ${parsed.kind}`);
  return parsed.args;
};

describe('parseCli', () => {
  it('fills every field with its default', () => {
    expect(run(['validate'])).toEqual({
      command: 'validate', dir: '.', format: 'text', sarif: undefined, openchoreoVersion: 'auto', ignore: [], base: undefined,
      context: [], scope: 'all', failOn: 'error', color: true,
    });
  });

  it('reads every option', () => {
    const args = run([
      'policy', 'repo', '--format', 'json', '--sarif', 'out.sarif', '--openchoreo-version', 'v1.1', '--ignore', 'a/**', '--ignore=b/',
      '--base', 'origin/main', '--context', '../platform', '--context', '../other', '--scope', 'changed', '--fail-on', 'warning', '--no-color',
    ]);
    expect(args).toEqual({
      command: 'policy', dir: 'repo', format: 'json', sarif: 'out.sarif', openchoreoVersion: '1.1', ignore: ['a/**', 'b/'], base: 'origin/main',
      context: ['../platform', '../other'], scope: 'changed', failOn: 'warning', color: false,
    });
  });

  it('reads the worker thread count', () => {
    expect(run(['validate', 'repo', '--threads', '0']).threads).toBe(0);
    expect(run(['policy', 'repo', '--threads', '3']).threads).toBe(3);
    expect(run(['validate', 'repo']).threads).toBeUndefined();
  });

  it('reads the validation cache directory for validate', () => {
    expect(run(['validate', 'repo', '--cache', '.cache/ocg']).cache).toBe('.cache/ocg');
    expect(run(['validate', 'repo']).cache).toBeUndefined();
  });

  it('accepts options before the positionals', () => {
    expect(run(['--format', 'sarif', 'validate', 'dir']).format).toBe('sarif');
    expect(run(['--format', 'sarif', 'validate', 'dir']).dir).toBe('dir');
  });

  it('accepts every release choice and every fail-on level', () => {
    for (const v of ['auto', '0.12', '1.0', '1.1', '1.2', 'v1.2']) expect(run(['validate', '--openchoreo-version', v]).openchoreoVersion).toBe(v.replace(/^v/, ''));
    for (const f of ['error', 'warning', 'note', 'never']) expect(run(['validate', '--fail-on', f]).failOn).toBe(f);
  });

  it('turns colour off for NO_COLOR and TERM=dumb', () => {
    expect(run(['validate'], { NO_COLOR: '1' }).color).toBe(false);
    expect(run(['validate'], { TERM: 'dumb' }).color).toBe(false);
    expect(run(['validate'], { TERM: 'xterm' }).color).toBe(true);
  });

  it('--help / -h and --version win over everything else', () => {
    expect(parseCli(['--help'])).toEqual({ kind: 'help' });
    expect(parseCli(['validate', '-h'])).toEqual({ kind: 'help' });
    expect(parseCli(['--version'])).toEqual({ kind: 'version' });
    expect(parseCli(['--version', 'bogus-command'])).toEqual({ kind: 'version' });
  });

  const usageErrors: { argv: string[]; message: RegExp }[] = [
    { argv: [], message: /^Missing command\.$/ },
    { argv: ['lint'], message: /^Unknown command "lint": use validate or policy\.$/ },
    { argv: ['validate', 'a', 'b'], message: /^Unexpected argument "b"/ },
    { argv: ['validate', '--format', 'xml'], message: /^--format must be one of text, json, sarif; got "xml"\.$/ },
    { argv: ['validate', '--openchoreo-version', '2.0'], message: /^--openchoreo-version must be one of auto, 0\.12, 1\.0, 1\.1, 1\.2; got "2\.0"\.$/ },
    { argv: ['validate', '--scope', 'some'], message: /^--scope must be one of all, changed; got "some"\.$/ },
    { argv: ['validate', '--scope', 'changed'], message: /^--scope changed needs --base REF/ },
    { argv: ['validate', '--fail-on', 'fatal'], message: /^--fail-on must be one of error, warning, note, never; got "fatal"\.$/ },
    { argv: ['validate', '--unknown'], message: /--unknown/ },
    { argv: ['validate', '--format'], message: /--format/ },
    { argv: ['validate', '--no-color=yes'], message: /no-color/ },
    { argv: ['policy', '--cache', 'dir'], message: /^--cache applies to the validate command only\.$/ },
    { argv: ['validate', '--cache='], message: /^--cache needs a directory\.$/ },
    { argv: ['validate', '--threads', 'many'], message: /^--threads must be a whole number from 0 to 16; got "many"\.$/ },
    { argv: ['validate', '--threads=-1'], message: /^--threads must be a whole number from 0 to 16/ },
    { argv: ['validate', '--threads', '17'], message: /^--threads must be a whole number from 0 to 16; got "17"\.$/ },
    { argv: ['validate', '--threads', '1.5'], message: /^--threads must be a whole number/ },
  ];
  for (const c of usageErrors) {
    it(`usage error: ${JSON.stringify(c.argv)}`, () => {
      let caught: unknown;
      try {
        parseCli(c.argv);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(UsageError);
      expect((caught as Error).message).toMatch(c.message);
    });
  }

  it('documents every option in USAGE', () => {
    for (const option of ['--format', '--sarif', '--openchoreo-version', '--ignore', '--base', '--context', '--scope', '--fail-on', '--no-color', '--help', '--version']) {
      expect(USAGE).toContain(option);
    }
    expect(USAGE).toMatch(/Exit codes: 0 .* 1 .* 2 /);
  });
});

describe('default worker threads', () => {
  it('none on one or two CPUs (measured: no faster there), then one per CPU beyond the first, up to 3', () => {
    expect([1, 2, 3, 4, 6, 64].map((cpus) => defaultWorkerCount(cpus))).toEqual([0, 0, 2, 3, 3, 3]);
  });
});
