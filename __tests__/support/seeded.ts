/** A seeded pseudo-random generator (a linear congruential one), so that a failing mutation test can be replayed. */
export function seeded(seed: number) {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
  return { next, pick: <T>(xs: readonly T[]) => xs[next(xs.length)] };
}
