import { expect, it } from 'vitest';
import { matchesSvgSnapshot } from '../../../tests/chart-snapshot';
import { cooccurrenceOption, type CooccurrenceText } from './basket-heatmap';

const TEXT: CooccurrenceText = {
	together: (n) => `${n.toLocaleString('en')} baskets together`,
	lift: (times) => `Lift ${times}`,
	belowChance: 'less often than chance',
	andMore: (times) => `${times} and more`
};

it('colours each pair of top items by lift', () => {
	const items = [
		{ item: 'P1', label: 'Milk', baskets: 400 },
		{ item: 'P2', label: 'Bread', baskets: 300 },
		{ item: 'P3', label: 'A very long product name for the axis', baskets: 100 }
	];
	const pairs = [
		{ x: 'P1', y: 'P2', count: 150, lift: 1.25 },
		{ x: 'P2', y: 'P1', count: 150, lift: 1.25 },
		{ x: 'P2', y: 'P3', count: 90, lift: 3 },
		{ x: 'P3', y: 'P2', count: 90, lift: 3 }
	];
	const option = cooccurrenceOption(items, pairs, TEXT);
	const data = (option.series as { data: { value: number[] }[] }[])[0].data;
	expect(data.map((d) => d.value)).toEqual([
		[0, 1, 1.25],
		[1, 0, 1.25],
		[1, 2, 3],
		[2, 1, 3]
	]);
	expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
	expect(matchesSvgSnapshot('basket-heatmap', option)).toBe(true);
});
