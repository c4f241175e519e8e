/**
 * Runs a built action bundle the way the GitHub Actions runner does: `node dist/<job>/index.js` as a
 * subprocess in the workspace, with INPUT_* variables, the event payload file, the default GITHUB_*
 * variables and fresh environment files. Returns what the runner would see: exit code, workflow
 * commands (annotations, masks, groups), outputs, summary, state and exported env.
 *
 *   const run = await runAction({
 *     job: 'validate',
 *     workspace: repo.dir,
 *     inputs: { path: '.', 'fail-on': 'error' },
 *     event: pullRequestEvent({ ... }),
 *     apiUrl: standin.url, token: standin.token,
 *   });
 *   expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'bad.yaml' }));
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunnerEvent } from './event-payloads.js';
import { parseCommandLog, parseEnvFile, type CommandLog } from './workflow-commands.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunActionOptions {
  /** Runs `dist/<job>/index.js` of this project... */
  job?: string;
  /** ...or this bundle file. */
  bundle?: string;
  /** The checkout (GITHUB_WORKSPACE and the working directory). */
  workspace: string;
  /** Action inputs by their action.yml name, e.g. `{ 'fail-on': 'warning' }`. */
  inputs?: Record<string, string>;
  event: RunnerEvent;
  /** GITHUB_REPOSITORY (default: the event payload's repository). */
  repository?: string;
  /** GITHUB_API_URL (default https://api.github.com — give a stand-in's url to talk to it). */
  apiUrl?: string;
  /** Passed as the `token` input unless `inputs.token` is set. */
  token?: string;
  /** Extra environment variables (applied last). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActionRun extends CommandLog {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  /** The environment the bundle ran with (its temp paths are removed when the run ends). */
  environment: Record<string, string>;
}

/** `INPUT_<NAME>`: upper-cased, spaces become `_`, hyphens kept (as the runner does). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function bundlePath(options: RunActionOptions): string {
  const bundle = options.bundle ?? (options.job ? join(PROJECT_ROOT, 'dist', options.job, 'index.js') : undefined);
  if (!bundle) throw new Error('runAction needs `job` or `bundle`');
  if (!existsSync(bundle)) throw new Error(`bundle ${bundle} does not exist: run \`npm run build\` first`);
  return bundle;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const bundle = bundlePath(options);
  const temp = await mkdtemp(join(tmpdir(), 'runner-'));
  try {
    const files = {
      GITHUB_EVENT_PATH: join(temp, 'event.json'),
      GITHUB_OUTPUT: join(temp, 'files', 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'files', 'step_summary'),
      GITHUB_STATE: join(temp, 'files', 'state'),
      GITHUB_ENV: join(temp, 'files', 'env'),
      GITHUB_PATH: join(temp, 'files', 'path'),
    };
    await mkdir(join(temp, 'files'));
    await mkdir(join(temp, 'runner-temp'));
    await mkdir(join(temp, 'home'));
    await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(options.event.payload, null, 2));
    for (const file of [files.GITHUB_OUTPUT, files.GITHUB_STEP_SUMMARY, files.GITHUB_STATE, files.GITHUB_ENV, files.GITHUB_PATH]) {
      await writeFile(file, '');
    }
    const repository = options.repository ?? String(options.event.payload.repository?.full_name ?? 'acme/gitops');
    const apiUrl = options.apiUrl ?? 'https://api.github.com';
    const ref = options.event.ref;
    const inputs = { ...(options.token !== undefined ? { token: options.token } : {}), ...options.inputs };
    const environment: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: join(temp, 'home'),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'test-runner',
      RUNNER_TEMP: join(temp, 'runner-temp'),
      RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
      GITHUB_SHA: options.event.sha,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\//, ''),
      GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_HEAD_REF: options.event.headRef ?? '',
      GITHUB_BASE_REF: options.event.baseRef ?? '',
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKFLOW: 'test',
      GITHUB_JOB: options.job ?? 'job',
      GITHUB_ACTION: '__run',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      ...files,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
      ...options.env,
    };
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [bundle], { cwd: options.workspace, env: environment, timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => done({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err }));
    });
    const read = (file: string) => readFile(file, 'utf8');
    return {
      exitCode, stdout, stderr,
      ...parseCommandLog(stdout),
      outputs: parseEnvFile(await read(files.GITHUB_OUTPUT)),
      summary: await read(files.GITHUB_STEP_SUMMARY),
      state: parseEnvFile(await read(files.GITHUB_STATE)),
      exportedEnv: parseEnvFile(await read(files.GITHUB_ENV)),
      environment,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
