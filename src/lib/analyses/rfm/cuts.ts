/** The three RFM dimensions, in R, F, M order. */
export const DIMENSIONS = ['recency', 'frequency', 'monetary'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Four cut points, ascending (equal neighbours leave a score empty). Frequency and monetary:
 * score = 1 + the number of cuts ≤ value. Recency (days): score 5 when recency ≤ c1, 4 when ≤ c2,
 * 3 when ≤ c3, 2 when ≤ c4, 1 when > c4.
 */
export type Cuts = [number, number, number, number];

/** Cut points per dimension for threshold scoring. */
export type CutSet = Record<Dimension, Cuts>;

/** Starting points for threshold mode when no quintile result is at hand. */
export const DEFAULT_CUTS: CutSet = {
	recency: [30, 90, 180, 365],
	frequency: [2, 3, 5, 10],
	monetary: [100, 500, 1000, 5000]
};

/** The value range one score covers in the data; `min`/`max` are null when no customer has it. */
export interface ScoreBin {
	score: number;
	min: number | null;
	max: number | null;
	customers: number;
}

/** A message per dimension whose cuts are not four ascending finite numbers; empty when valid. */
export function cutProblems(cuts: CutSet): string[] {
	return DIMENSIONS.flatMap((dimension) => {
		const c = cuts[dimension];
		const ok =
			c.length === 4 && c.every(Number.isFinite) && c.every((v, i) => i === 0 || c[i - 1] <= v);
		return ok ? [] : [`${dimension} needs four ascending numbers, got ${c.join(', ')}`];
	});
}

/**
 * Cuts that reproduce the given bins exactly: quintile bins are value intervals (ties share a
 * score), so threshold mode can start from the quintile result and the user edits from there.
 */
export function cutsFromBins(thresholds: Record<Dimension, ScoreBin[]>): CutSet {
	return {
		recency: recencyCuts(thresholds.recency),
		frequency: ascendingCuts(thresholds.frequency),
		monetary: ascendingCuts(thresholds.monetary)
	};
}

function byScore(bins: ScoreBin[], score: number): ScoreBin | undefined {
	return bins.find((b) => b.score === score && b.customers > 0);
}

function ascendingCuts(bins: ScoreBin[]): Cuts {
	const values = bins.filter((b) => b.customers > 0).map((b) => b.max!);
	const above = values.length ? Math.max(...values) + 1 : 0;
	const cuts: number[] = [];
	for (let score = 5; score >= 2; score--)
		cuts.unshift(byScore(bins, score)?.min ?? cuts[0] ?? above);
	return cuts as Cuts;
}

function recencyCuts(bins: ScoreBin[]): Cuts {
	const values = bins.filter((b) => b.customers > 0).map((b) => b.min!);
	const below = values.length ? Math.min(...values) - 1 : 0;
	const cuts: number[] = [];
	for (let score = 5; score >= 2; score--)
		cuts.push(byScore(bins, score)?.max ?? cuts[cuts.length - 1] ?? below);
	return cuts as Cuts;
}
