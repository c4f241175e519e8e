import { parseArgs } from 'node:util';
import type { FailOn } from '../core/finding.js';
import { RELEASE_CHOICES } from '../core/release-names.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../core/report/formats.js';

/** `--openchoreo-version` choices (from the release names only: the parser runs at every start). */
export const VERSION_CHOICES = RELEASE_CHOICES;

export const COMMANDS = ['validate', 'policy'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const satisfies readonly FailOn[];
/** The policy command's checks, each of which `--checks` can pick. */
export const POLICY_CHECKS = ['codeowners', 'ownership', 'approvals', 'secrets'] as const;
export type PolicyCheck = (typeof POLICY_CHECKS)[number];

/** The command line, checked: every field has its final value. */
export interface CliArgs {
  command: CommandName;
  dir: string;
  format: FormatName;
  sarif: string | undefined;
  openchoreoVersion: string;
  ignore: string[];
  base: string | undefined;
  context: string[];
  scope: 'all' | 'changed';
  failOn: FailOn;
  color: boolean;
  /** policy: the checks to run (`--checks`); undefined runs them all. */
  checks?: PolicyCheck[];
  /** validate: directory of the validation cache (`--cache`). */
  cache?: string;
  /** Worker threads besides the main one (`--threads`); undefined: as many as pay on this machine. */
  threads?: number;
}

/** The most worker threads `--threads` accepts. */
export const MAX_THREADS = 16;

export type ParsedCli = { kind: 'run'; args: CliArgs } | { kind: 'help' } | { kind: 'version' };

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: openchoreo-gitops <command> [dir] [options]

Commands:
  validate   judge every OpenChoreo manifest as the API server and controllers would
  policy     check CODEOWNERS and ownership, and find plaintext secrets

Options:
  --format text|json|sarif      output on stdout (default: text)
  --sarif PATH                  also write a SARIF 2.1.0 file
  --openchoreo-version V        ${VERSION_CHOICES.join('|')} (default: auto)
  --ignore GLOB                 skip paths matching GLOB (repeatable)
  --base REF                    git revision the change is judged against (immutability, changed scope)
  --context DIR                 read-only repository that resolves references (repeatable)
  --scope all|changed           report on everything, or only on what changed since --base (default: all)
  --fail-on error|warning|note|never   exit 1 when a finding of this severity or worse exists (default: error)
  --checks LIST                 policy: run only these checks, comma-separated from
                                ${POLICY_CHECKS.join(',')} (default: all)
  --cache DIR                   validate: keep each file's result in DIR and re-judge only files
                                whose content changed since (default: no cache)
  --threads N                   worker threads that judge files besides the main one for large
                                repositories, 0 to ${MAX_THREADS}; with 0 one thread still reads files ahead
                                (default: one per CPU beyond the first, up to 3; 0 on 2 CPUs)
  --no-color                    plain text output
  -h, --help                    show this help
  --version                     show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or environment error.`;

/** `--checks a,b`: known names, deduplicated, in the canonical order. */
export function parseChecks(value: string, option = '--checks'): PolicyCheck[] {
  const names = value.split(',').map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) throw new UsageError(`${option} needs at least one of ${POLICY_CHECKS.join(', ')}.`);
  for (const n of names) {
    if (!(POLICY_CHECKS as readonly string[]).includes(n)) throw new UsageError(`${option} takes ${POLICY_CHECKS.join(', ')}; got "${n}".`);
  }
  return POLICY_CHECKS.filter((c) => names.includes(c));
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
  }
  return value as T;
}

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv = {}): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        sarif: { type: 'string' },
        'openchoreo-version': { type: 'string', default: 'auto' },
        ignore: { type: 'string', multiple: true, default: [] },
        base: { type: 'string' },
        context: { type: 'string', multiple: true, default: [] },
        scope: { type: 'string', default: 'all' },
        'fail-on': { type: 'string', default: 'error' },
        checks: { type: 'string' },
        cache: { type: 'string' },
        threads: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, dir, ...extra] = positionals;
  if (!command) throw new UsageError('Missing command.');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`Unknown command "${command}": use ${COMMANDS.join(' or ')}.`);
  const cmd = command as CommandName;
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}": give one directory.`);
  if (!isFormatName(values.format)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')}; got "${values.format}".`);
  const version = values['openchoreo-version'].replace(/^v/, '');
  if (!(VERSION_CHOICES as readonly string[]).includes(version)) {
    throw new UsageError(`--openchoreo-version must be one of ${VERSION_CHOICES.join(', ')}; got "${values['openchoreo-version']}".`);
  }
  const scope = oneOf('scope', values.scope, ['all', 'changed'] as const);
  if (scope === 'changed' && !values.base) throw new UsageError('--scope changed needs --base REF (the revision the change is compared with).');
  if (values.checks !== undefined && cmd !== 'policy') throw new UsageError('--checks applies to the policy command only.');
  const checks = values.checks === undefined ? undefined : parseChecks(values.checks);
  if (values.cache !== undefined && cmd !== 'validate') throw new UsageError('--cache applies to the validate command only.');
  if (values.cache === '') throw new UsageError('--cache needs a directory.');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(/^\d+$/.test(values.threads ?? '') && threads <= MAX_THREADS)) {
    throw new UsageError(`--threads must be a whole number from 0 to ${MAX_THREADS}; got "${values.threads}".`);
  }
  return {
    kind: 'run',
    args: {
      command: cmd,
      dir: dir ?? '.',
      format: values.format,
      sarif: values.sarif,
      openchoreoVersion: version,
      ignore: values.ignore,
      base: values.base,
      context: values.context,
      scope,
      failOn: oneOf('fail-on', values['fail-on'], FAIL_ON),
      color: !values['no-color'] && !env.NO_COLOR && env.TERM !== 'dumb',
      ...(checks ? { checks } : {}),
      ...(values.cache ? { cache: values.cache } : {}),
      ...(threads !== undefined ? { threads } : {}),
    },
  };
}
