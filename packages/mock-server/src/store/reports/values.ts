// Realistic values for seeded results. Each person has their own level for every item (a steady offset
// inside the band, so their trend lines look like one person's), each test adds a little noise, and now
// and then a value falls outside the band. People with diabetes (糖尿病) see glucose and HbA1c climb over
// the two years; a few people get one critical value.
import type { Random } from '../../random';
import { mixSeed, createRandom } from '../../random';
import { hashText } from '../payments/personal-accounts';
import type { QualitativeItem, ReferenceBand } from './lab-catalogue';

/** How a person's seeded history looks. */
export type HealthProfile = 'healthy' | 'diabetic' | 'critical';

/** A value that is noticeably out of the band happens this often per numeric result. */
const OUT_OF_BAND_RATE = 0.08;

/** Where the person's own level sits in the band, -0.6 (low side) to 0.6 (high side), for good. */
export function personalOffset(seed: number, personKey: number, code: string): number {
  return createRandom(mixSeed(seed, personKey, hashText(code))).next() * 1.2 - 0.6;
}

/** The typical middle and half-width of a band (open bands get a plausible one). */
function spread(band: ReferenceBand): { middle: number; half: number } {
  if (band.low !== undefined && band.high !== undefined) {
    return { middle: (band.low + band.high) / 2, half: (band.high - band.low) / 2 };
  }
  if (band.high !== undefined) return { middle: band.high * 0.75, half: band.high * 0.2 };
  const low = band.low ?? 1;
  return { middle: low * 1.3, half: low * 0.25 };
}

export function drawNumeric(random: Random, band: ReferenceBand, offset: number): number {
  const { middle, half } = spread(band);
  let value = middle + half * (offset + (random.next() - 0.5) * 0.5);
  if (random.chance(OUT_OF_BAND_RATE)) {
    const outward = half * (0.1 + random.next() * 0.4);
    value =
      random.chance(0.6) && band.high !== undefined ? band.high + outward : (band.low ?? middle) - outward;
  }
  // Out-of-band draws reach at most half a band-width beyond it: never a critical value by chance, never
  // below zero.
  return Math.max(value, half * 0.05);
}

/**
 * Glucose or HbA1c of a person with diabetes, `progress` from 0 (two years ago) to 1 (now): from just
 * above the band to clearly high.
 */
export function diabeticValue(random: Random, code: 'GLU' | 'HBA1C', progress: number): number {
  const [start, end] = code === 'GLU' ? [6.6, 10.2] : [6.3, 8.6];
  return start + (end - start) * progress + (random.next() - 0.5) * (code === 'GLU' ? 0.8 : 0.3);
}

/** The critical values the seed hands out: potassium far below or glucose far above. */
export const CRITICAL_VALUES = { K: 2.6, GLU: 25.1 } as const;

export function drawQualitative(random: Random, item: QualitativeItem, diabetic: boolean): string {
  if (diabetic && item.code === 'GLU-U') return random.pick(item.abnormal.slice(1, 3));
  if (random.chance(0.9)) return item.normal;
  return random.pick(item.abnormal.slice(0, 2));
}
