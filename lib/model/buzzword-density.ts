/**
 * Buzzword density has one unit everywhere: buzzwords per 100 words, as `Screening.buzzwords.density`
 * holds it. Surfaces print it with this function and never rescale it.
 */
export function describeBuzzwordDensity(density: number): string {
  return `${density.toFixed(1)} per 100 words`;
}
