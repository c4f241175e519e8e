// Paired comparison of two commands, for deciding whether a change makes something faster on a noisy machine:
//
//   node scripts/bench/compare.mjs 61 "node /tmp/before/cli/index.js policy .bench/repo --checks secrets --format json" \
//                                     "node dist/cli/index.js policy .bench/repo --checks secrets --format json"
//
// Runs A and B alternately (A first on even pairs, B first on odd ones), N pairs, each timed as the secret bench
// times its tools (secrets.mjs `timed`: through pipes, in the environment of child-env.mjs). Prints the medians
// of wall and CPU time (user + system, all threads, from /usr/bin/time when present), the median and mean of the
// paired differences B - A, and in how many pairs B was faster. On this project's 2-vCPU VM, 21-run medians moved
// by ±50 ms between identical builds; a change counts as a gain only when it wins clearly more than half of
// 60 or so pairs.
import { timed } from './secrets.mjs';

const [count, ...commands] = process.argv.slice(2);
const n = Number(count);
if (!Number.isInteger(n) || n < 1 || commands.length !== 2) {
  console.error('usage: node scripts/bench/compare.mjs PAIRS "command A" "command B"');
  process.exit(2);
}

function run(command) {
  const [cmd, ...args] = command.split(' ').filter(Boolean);
  const r = timed(cmd, args, process.cwd());
  return { ms: r.ms, cpuMs: r.cpuMs ?? NaN };
}

const wall = [[], []];
const cpu = [[], []];
for (let i = 0; i < n; i++) {
  for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
    const r = run(commands[k]);
    wall[k].push(r.ms);
    cpu[k].push(r.cpuMs);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const diff = wall[1].map((b, i) => b - wall[0][i]);
const ms = (x) => `${Math.round(x)} ms`;
console.log(`A: wall ${ms(median(wall[0]))}, CPU ${ms(median(cpu[0]))}   ${commands[0]}`);
console.log(`B: wall ${ms(median(wall[1]))}, CPU ${ms(median(cpu[1]))}   ${commands[1]}`);
console.log(`B - A per pair: median ${median(diff).toFixed(1)} ms, mean ${mean(diff).toFixed(1)} ms; B faster in ${diff.filter((d) => d < 0).length} of ${n} pairs`);
