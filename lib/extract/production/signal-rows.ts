import type { ProductionAspect } from '../../model/evidence';
import type { ProductionSignal } from './production-signals';

/** One phrase of the production lexicon and what it tells. */
export type SignalRow = readonly [string, ProductionSignal];

export const each = (phrases: string[], signal: ProductionSignal): SignalRow[] => phrases.map((p) => [p, signal] as const);
export const cue = (aspect: ProductionAspect, phrases: string[]) => each(phrases, { kind: 'cue', aspect });
export const verb = (aspect: ProductionAspect, phrases: string[]) => each(phrases, { kind: 'verb', aspect });
export const tech = (aspect: ProductionAspect, phrases: string[]) => each(phrases, { kind: 'tech', aspect });
