// How the page reads a claim's check-worthiness score.

/** The score from which the classifier calls a claim check-worthy (README, "Claims"). */
export const checkWorthyThreshold = 0.57;
