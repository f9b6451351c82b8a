// A small seeded PRNG (mulberry32) and the helpers the seed data needs. The same seed always yields the
// same sequence, so `createPlatform({ seed })` builds identical data on every machine.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` characters from `alphabet` (default lower-case base36). */
  chars(count: number, alphabet?: string): string;
  /** A new array with the elements in a random order. */
  shuffle<T>(items: readonly T[]): T[];
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    chars: (count, alphabet = BASE36) => {
      let out = '';
      for (let i = 0; i < count; i++) out += alphabet[int(0, alphabet.length - 1)];
      return out;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
  };
}

/** Opaque, prefixed ids (`hos_k3v9x0q2`) that never repeat within one seeded store. */
export function createIdFactory(random: Random): (prefix: string) => string {
  const issued = new Set<string>();
  return (prefix) => {
    for (;;) {
      const id = `${prefix}_${random.chars(8)}`;
      if (!issued.has(id)) {
        issued.add(id);
        return id;
      }
    }
  };
}

/**
 * One 32-bit seed from several integers (e.g. seed, doctor, day, period), so a record that is generated
 * on demand gets its own stream and comes out the same whenever, and in whatever order, it is asked for.
 */
export function mixSeed(...parts: readonly number[]): number {
  let hash = 0x9e3779b9;
  for (const part of parts) {
    // Both halves of a safe integer count: seeds may exceed 32 bits.
    for (const word of [part >>> 0, Math.floor(part / 0x1_0000_0000) >>> 0]) {
      hash = Math.imul(hash ^ word, 0x85ebca6b);
      hash ^= hash >>> 13;
      hash = Math.imul(hash, 0xc2b2ae35);
      hash ^= hash >>> 16;
    }
  }
  return hash >>> 0;
}
