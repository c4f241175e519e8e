// The environment the bench runs every timed process in (our CLI, secretlint): the caller's, less the variables
// that make Node itself do work at start-up before either tool runs a line. NODE_EXTRA_CA_CERTS makes every
// Node process read and parse a certificate bundle (neither tool uses the network here); NODE_OPTIONS may
// preload code or set flags. Both tools get the same environment; the report says what was left out and what
// it costs a bare `node -e 0`, so the figures can be read either way.
import { spawnSync } from 'node:child_process';

const LEFT_OUT = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The timed processes' environment and the names of the variables it leaves out. */
export function childEnv() {
  const env = { ...process.env };
  const leftOut = LEFT_OUT.filter((name) => name in env);
  for (const name of leftOut) delete env[name];
  return { env, leftOut };
}

/** Start-up of a bare `node -e 0` with the caller's environment and with childEnv (median ms of `runs`). */
function startupCost(runs = 5) {
  const time = (env) => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return performance.now() - t;
  };
  const withAll = [];
  const without = [];
  const { env } = childEnv();
  for (let i = 0; i < runs; i++) {
    withAll.push(time(process.env));
    without.push(time(env));
  }
  return { withAll: Math.round(median(withAll)), without: Math.round(median(without)) };
}

/** One line for a report: what the timed processes' environment leaves out, or '' when nothing. */
export function childEnvNote() {
  const { leftOut } = childEnv();
  if (!leftOut.length) return '';
  const cost = startupCost();
  return `timed processes run without ${leftOut.join(', ')} (set here; a bare \`node -e 0\` takes ${cost.withAll} ms with, ${cost.without} ms without)`;
}
