import type { BasketAnalysisParams } from '$lib/analyses/basket/analysis';
import type { BasketUnit, ItemLevel } from '$lib/analyses/basket/baskets';
import type { MiningParams } from '$lib/analyses/basket/mine';
import type { RuleParams } from '$lib/analyses/basket/rules';

/** Everything the user can set on the basket page; percentages as the inputs show them. */
export interface Settings {
	basket: BasketUnit;
	item: ItemLevel;
	supportPercent: number;
	confidencePercent: number;
	minLift: number;
	maxLen: number;
	multi: boolean;
	prune: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
	basket: 'invoice',
	item: 'product',
	supportPercent: 0.5,
	confidencePercent: 10,
	minLift: 1,
	maxLen: 3,
	multi: false,
	prune: false
};

const clamp = (v: number, lo: number, hi: number, fallback: number) =>
	Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback;

/** The mining part of the settings (changing it re-mines). */
export function miningParams(s: Settings): MiningParams {
	return {
		basket: s.basket,
		item: s.item,
		minSupport: clamp(s.supportPercent, 0.01, 100, 0.5) / 100,
		maxLen: Math.round(clamp(s.maxLen, 1, 6, 3))
	};
}

/** The rule part of the settings (changing it only re-derives rules). */
export function ruleParams(s: Settings): RuleParams {
	return {
		minConfidence: clamp(s.confidencePercent, 0, 100, 10) / 100,
		minLift: clamp(s.minLift, 0, 1e6, 0),
		consequents: s.multi ? 'multi' : 'single',
		pruneRedundant: s.prune,
		sort: 'lift',
		limit: 2_000
	};
}

/** Both, for one-off runs (a segment's rules). */
export function analysisParams(s: Settings): BasketAnalysisParams {
	return { ...miningParams(s), ...ruleParams(s) };
}
