import type { MatrixParams } from '$lib/analyses/tiers/matrix';
import type { Attractiveness } from '$lib/analyses/tiers/strategies';
import { DEFAULT_TIERS, type TierSpec } from '$lib/analyses/tiers/tiers';

/** One editable tier: its share of customers in percent; the last tier takes the rest. */
export interface TierDraft {
	name: string;
	percent: number;
}

/** The matrix settings as the inputs hold them (percent, not fractions). */
export interface MatrixDraft {
	months: number;
	growthPercent: number;
	declinePercent: number;
	/** Empty: rate A/B/C by value. */
	column: string;
	classes: Record<string, Attractiveness>;
}

export const DEFAULT_TIER_DRAFTS: TierDraft[] = DEFAULT_TIERS.map((t) => ({
	name: t.name,
	percent: t.share * 100
}));

export const DEFAULT_MATRIX_DRAFT: MatrixDraft = {
	months: 6,
	growthPercent: 50,
	declinePercent: 30,
	column: '',
	classes: {}
};

/** What is wrong with the inputs; the page's messages say it in words. */
export type DraftProblem = 'tierSize' | 'tiersOver' | 'months' | 'growth' | 'decline';

/** Tier specs from the inputs, or the problem to show instead. */
export function tierSpecs(drafts: readonly TierDraft[]): TierSpec[] | DraftProblem {
	const sizes = drafts.slice(0, -1).map((t) => Number(t.percent));
	if (sizes.some((p) => !Number.isFinite(p) || p < 0)) return 'tierSize';
	if (sizes.reduce((s, p) => s + p, 0) > 100) return 'tiersOver';
	return drafts.map((t, i) => ({
		name: t.name.trim() || `Tier ${i + 1}`,
		share: (sizes[i] ?? 0) / 100
	}));
}

/** Matrix parameters from the inputs, or the problem to show instead. */
export function matrixParams(d: MatrixDraft): MatrixParams | DraftProblem {
	if (!Number.isInteger(d.months) || d.months < 1 || d.months > 24) return 'months';
	if (!(d.growthPercent >= 0)) return 'growth';
	if (!(d.declinePercent >= 0 && d.declinePercent <= 100)) return 'decline';
	return {
		months: d.months,
		growth: d.growthPercent / 100,
		decline: -d.declinePercent / 100,
		attribute: d.column ? { column: d.column, classes: d.classes } : undefined
	};
}
