/** RICE (Intercom): reach × impact × confidence ÷ effort. Effort is above zero (the decider checks it). */
export function riceScore(reach: number, impact: number, confidence: number, effort: number): number {
  return (reach * impact * confidence) / effort;
}
