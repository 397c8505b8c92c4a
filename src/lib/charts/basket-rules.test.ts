import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import type { Rule } from '../analyses/basket/rules';
import { ruleNetworkOption, rulesScatterOption, type RuleChartText } from './basket-rules';

const TEXT: RuleChartText = {
	support: (share, n) => `Support ${share} (${n.toLocaleString('en')} baskets)`,
	confidence: (share) => `Confidence ${share}`,
	lift: (times) => `Lift ${times}`,
	baskets: (n) => `${n.toLocaleString('en')} baskets`,
	supportAxis: 'Support (share of baskets)',
	confidenceAxis: 'Confidence',
	liftLegend: 'lift'
};

const N = 1000;
function rule(a: string[], c: string[], count: number, ante: number, cons: number): Rule {
	const confidence = count / ante;
	return {
		antecedent: a,
		consequent: c,
		antecedent_keys: a,
		consequent_keys: c,
		count,
		antecedent_count: ante,
		consequent_count: cons,
		support: count / N,
		confidence,
		lift: (count * N) / (ante * cons),
		leverage: count / N - (ante / N) * (cons / N),
		conviction: confidence === 1 ? null : (1 - cons / N) / (1 - confidence),
		zhang: null
	};
}

const RULES = [
	rule(['Beer'], ['Diapers'], 45, 100, 60),
	rule(['Diapers'], ['Beer'], 45, 60, 100),
	rule(['Pasta'], ['Tomato Sauce'], 30, 60, 70),
	rule(['Pasta', 'Cheese'], ['Tomato Sauce'], 12, 20, 70),
	rule(['Bread'], ['Milk'], 80, 300, 400)
];

it('plots support against confidence, coloured by lift, with plain tooltips', () => {
	const option = rulesScatterOption(RULES, TEXT);
	expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
	const format = (option.tooltip as { formatter: (p: { dataIndex: number }) => string }).formatter;
	expect(format({ dataIndex: 0 })).toBe(
		'Beer → Diapers\nSupport 4.5% (45 baskets)\nConfidence 45%\nLift 7.5×'
	);
	expect(matchesSvgSnapshot('basket-scatter', option)).toBe(true);
});

it('draws the strongest rules as a network of items', () => {
	const option = ruleNetworkOption(RULES, TEXT, 4);
	const series = (option.series as { data: { name: string }[]; links: unknown[] }[])[0];
	// Bread → Milk has the lowest lift and is left out; Pasta + Cheese draws two arrows.
	expect(series.data.map((d) => d.name).sort()).toEqual([
		'Beer',
		'Cheese',
		'Diapers',
		'Pasta',
		'Tomato Sauce'
	]);
	expect(series.links).toHaveLength(5);
	expect(matchesSvgSnapshot('basket-network', option)).toBe(true);
});
