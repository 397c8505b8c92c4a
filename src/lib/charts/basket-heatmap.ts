import type { Cooccurrence, ItemCount } from '../analyses/basket/explore';
import { times } from '../analyses/basket/story';
import type { ChartOption } from './echarts';
import { AXIS_LABEL } from './theme';

const short = (label: string) => (label.length > 22 ? `${label.slice(0, 21)}…` : label);

/** The heatmap's words, in the page's language. */
export interface CooccurrenceText {
	together: (baskets: number) => string;
	lift: (times: string) => string;
	belowChance: string;
	andMore: (times: string) => string;
}

/** Lift of every pair among the top items (both axes in basket-count order); empty pairs blank. */
export function cooccurrenceOption(
	items: readonly ItemCount[],
	pairs: readonly Cooccurrence[],
	text: CooccurrenceText
): ChartOption {
	const index = new Map(items.map((i, n) => [i.item, n]));
	const label = new Map(items.map((i) => [i.item, i.label]));
	const cells = pairs.map((p) => ({
		value: [index.get(p.x)!, index.get(p.y)!, Math.round(p.lift * 100) / 100],
		pair: p
	}));
	return {
		grid: { left: 150, right: 24, top: 8, bottom: 130 },
		tooltip: {
			renderMode: 'richText',
			formatter: (p: { data: { pair: Cooccurrence } }) => {
				const c = p.data.pair;
				return `${label.get(c.x)} + ${label.get(c.y)}\n${text.together(c.count)}\n${text.lift(times(c.lift))}`;
			}
		},
		visualMap: {
			type: 'piecewise',
			dimension: 2,
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			textStyle: AXIS_LABEL,
			pieces: [
				{ lt: 1, label: text.belowChance, color: '#fde68a' },
				{ gte: 1, lt: 2, label: '1–2×', color: '#dbeafe' },
				{ gte: 2, lt: 5, label: '2–5×', color: '#60a5fa' },
				{ gte: 5, lt: 20, label: '5–20×', color: '#1d4ed8' },
				{ gte: 20, label: text.andMore('20×'), color: '#172554' }
			]
		},
		xAxis: {
			type: 'category',
			data: items.map((i) => short(i.label)),
			axisLabel: { ...AXIS_LABEL, rotate: 45, interval: 0 },
			axisTick: { show: false },
			splitArea: { show: true }
		},
		yAxis: {
			type: 'category',
			data: items.map((i) => short(i.label)),
			inverse: true,
			axisLabel: { ...AXIS_LABEL, interval: 0 },
			axisTick: { show: false },
			splitArea: { show: true }
		},
		series: [
			{ type: 'heatmap', data: cells, itemStyle: { borderColor: '#ffffff', borderWidth: 1 } }
		]
	};
}
