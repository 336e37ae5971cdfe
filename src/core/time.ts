/** Milliseconds in a day: publication times are epoch milliseconds, windows and gaps are counted in days. */
export const DAY_MS = 86_400_000;
