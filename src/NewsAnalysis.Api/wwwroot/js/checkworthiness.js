// How the page reads a claim's check-worthiness score. The server says from which score its classifier
// calls a claim check-worthy (GET api/claims/check-worthiness): 0.50 for the lexical model, 0.57 with
// the sentence encoder. app.js loads it once, before the first view is drawn.

import { api } from './api.js';

/** The score from which a claim is check-worthy; null until loaded, or when the server does not score claims. */
export let checkWorthyThreshold = null;

/** Asks the server for its threshold; a failure leaves it unknown, and the page then marks no claim check-worthy. */
export async function loadCheckWorthiness() {
  try {
    const model = await api.getCheckWorthinessModel();
    checkWorthyThreshold = model.scored ? model.threshold : null;
  } catch {
    checkWorthyThreshold = null;
  }
}

/** Whether a claim's score reaches the server's threshold. */
export function isCheckWorthy(claim) {
  return checkWorthyThreshold !== null && typeof claim.checkWorthiness === 'number' && claim.checkWorthiness >= checkWorthyThreshold;
}

/** The threshold as a whole percentage, for labels. */
export function thresholdPercent() {
  return Math.round(checkWorthyThreshold * 100);
}
