/**
 * HMAC-SHA256 (RFC 2104 over FIPS 180-4 SHA-256) in plain TypeScript, for the short values the secret scan
 * fingerprints: with the key's inner and outer states computed once, a value under 56 bytes costs two
 * compressions and no call into native code, where `crypto.createHmac` makes an object and several native
 * calls per value. __tests__/secrets/fast-paths.test.ts checks it against node:crypto.
 */

/** The first `n` primes. */
function primes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}

/** The first 32 bits of the fractional part of x. */
const fraction32 = (x: number) => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0;

/** Round constants: cube roots of the first 64 primes; initial state: square roots of the first 8 (FIPS 180-4). */
const K = Uint32Array.from(primes(64), (p) => fraction32(Math.cbrt(p)));
const INITIAL = Uint32Array.from(primes(8), (p) => fraction32(Math.sqrt(p)));

/** Scratch space: the message schedule, one padded tail (two blocks at most) and a digest's bytes. */
const w = new Uint32Array(64);
const tail = new Uint8Array(128);
const digestBytes = new Uint8Array(32);

/** One SHA-256 compression of the 64-byte block at `at` of `bytes` into `state`. */
function compress(state: Uint32Array, bytes: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++) {
    const j = at + i * 4;
    w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15];
    const b = w[i - 2];
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = state[0];
  let b = state[1];
  let c = state[2];
  let d = state[3];
  let e = state[4];
  let f = state[5];
  let g = state[6];
  let h = state[7];
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] += a;
  state[1] += b;
  state[2] += c;
  state[3] += d;
  state[4] += e;
  state[5] += f;
  state[6] += g;
  state[7] += h;
}

/** Hashes `bytes` into `state`, which has taken `prefix` bytes (whole blocks) already, and pads as SHA-256 does. */
function finish(state: Uint32Array, bytes: Uint8Array, prefix: number): void {
  const whole = bytes.length - (bytes.length % 64);
  for (let at = 0; at < whole; at += 64) compress(state, bytes, at);
  const rest = bytes.length - whole;
  const end = rest < 56 ? 64 : 128;
  tail.fill(0, 0, end);
  tail.set(bytes.subarray(whole));
  tail[rest] = 0x80;
  // The length in bits, big-endian, in the last 8 bytes.
  const bits = (prefix + bytes.length) * 8;
  const high = Math.floor(bits / 2 ** 32);
  for (let i = 0; i < 4; i++) {
    tail[end - 8 + i] = high >>> (24 - i * 8);
    tail[end - 4 + i] = bits >>> (24 - i * 8);
  }
  for (let at = 0; at < end; at += 64) compress(state, tail, at);
}

/** The big-endian bytes of a state, into `out`. */
function stateBytes(state: Uint32Array, out: Uint8Array): Uint8Array {
  for (let i = 0; i < 8; i++) {
    out[i * 4] = state[i] >>> 24;
    out[i * 4 + 1] = state[i] >>> 16;
    out[i * 4 + 2] = state[i] >>> 8;
    out[i * 4 + 3] = state[i];
  }
  return out;
}

const encoder = new TextEncoder();

/** HMAC-SHA256 under `key`: a function from a message (as UTF-8) to the 32-byte digest. */
export function hmacSha256(key: Uint8Array): (message: string) => Uint8Array {
  let k = key;
  if (k.length > 64) {
    const state = INITIAL.slice();
    finish(state, k, 0);
    k = stateBytes(state, new Uint8Array(32));
  }
  const pad = (x: number) => {
    const block = new Uint8Array(64).fill(x);
    for (let i = 0; i < k.length; i++) block[i] ^= k[i];
    const state = INITIAL.slice();
    compress(state, block, 0);
    return state;
  };
  const inner = pad(0x36);
  const outer = pad(0x5c);
  const state = new Uint32Array(8);
  return (message) => {
    state.set(inner);
    finish(state, encoder.encode(message), 64);
    stateBytes(state, digestBytes);
    state.set(outer);
    finish(state, digestBytes, 64);
    return stateBytes(state, new Uint8Array(32));
  };
}
