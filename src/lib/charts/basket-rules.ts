import type { Rule } from '../analyses/basket/rules';
import { times } from '../analyses/basket/story';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, PALETTE } from './theme';

const pct = (v: number) => `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`;
const ruleName = (r: Rule) => `${r.antecedent.join(' + ')} → ${r.consequent.join(' + ')}`;
/** Lift colours from "no association" (pale) to strong (dark). */
const LIFT_COLORS = ['#dbeafe', '#60a5fa', '#1d4ed8', '#172554'];

/** The rule charts' words, in the page's language. */
export interface RuleChartText {
	support: (share: string, baskets: number) => string;
	confidence: (share: string) => string;
	lift: (times: string) => string;
	/** A product's baskets, in the network's tooltip. */
	baskets: (n: number) => string;
	supportAxis: string;
	confidenceAxis: string;
	liftLegend: string;
}

function ruleTooltip(r: Rule, text: RuleChartText): string {
	return [
		ruleName(r),
		text.support(pct(r.support), r.count),
		text.confidence(pct(r.confidence)),
		text.lift(times(r.lift))
	].join('\n');
}

/** Support (x, log) against confidence (y) of each rule, coloured by lift. */
export function rulesScatterOption(rules: readonly Rule[], text: RuleChartText): ChartOption {
	const maxLift = Math.max(2, ...rules.map((r) => r.lift));
	return {
		grid: { left: 56, right: 96, top: 16, bottom: 44 },
		tooltip: {
			renderMode: 'richText',
			formatter: (p: { dataIndex: number }) => ruleTooltip(rules[p.dataIndex], text)
		},
		visualMap: {
			type: 'continuous',
			dimension: 2,
			min: 1,
			max: Math.ceil(maxLift),
			right: 0,
			top: 'middle',
			itemHeight: 140,
			text: [text.liftLegend, ''],
			textStyle: AXIS_LABEL,
			inRange: { color: LIFT_COLORS },
			calculable: false
		},
		xAxis: {
			type: 'log',
			name: text.supportAxis,
			nameLocation: 'middle',
			nameGap: 28,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, formatter: pct },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		yAxis: {
			type: 'value',
			name: text.confidenceAxis,
			min: 0,
			max: 1,
			nameTextStyle: AXIS_LABEL,
			axisLabel: { ...AXIS_LABEL, formatter: pct },
			splitLine: { lineStyle: { color: '#eef2f7' } }
		},
		series: [
			{
				type: 'scatter',
				symbolSize: 9,
				itemStyle: { opacity: 0.85, borderColor: '#ffffff', borderWidth: 0.5 },
				data: rules.map((r) => [r.support, r.confidence, r.lift])
			}
		]
	};
}

/**
 * The strongest rules as a network: items are nodes (sized by baskets), each rule an arrow from
 * its antecedent items to its consequent items, thicker with confidence and darker with lift.
 */
export function ruleNetworkOption(
	rules: readonly Rule[],
	text: RuleChartText,
	limit = 30
): ChartOption {
	const top = [...rules].sort((a, b) => b.lift - a.lift).slice(0, limit);
	const size = new Map<string, number>();
	for (const r of top) {
		if (r.antecedent.length === 1)
			size.set(r.antecedent[0], Math.max(size.get(r.antecedent[0]) ?? 0, r.antecedent_count));
		if (r.consequent.length === 1)
			size.set(r.consequent[0], Math.max(size.get(r.consequent[0]) ?? 0, r.consequent_count));
		for (const i of [...r.antecedent, ...r.consequent]) if (!size.has(i)) size.set(i, 0);
	}
	const max = Math.max(1, ...size.values());
	const maxLift = Math.max(...top.map((r) => r.lift), 1);
	const color = (lift: number) =>
		LIFT_COLORS[Math.min(3, Math.floor((Math.log(lift) / Math.log(maxLift + 1e-9)) * 3.999))];
	return {
		tooltip: {
			renderMode: 'richText',
			formatter: (p: {
				dataType: string;
				data: { rule?: Rule; name?: string; baskets?: number };
			}) =>
				p.dataType === 'edge' && p.data.rule
					? ruleTooltip(p.data.rule, text)
					: `${p.data.name}\n${text.baskets(p.data.baskets ?? 0)}`
		},
		series: [
			{
				type: 'graph',
				layout: 'circular',
				circular: { rotateLabel: true },
				roam: true,
				top: 110,
				bottom: 110,
				left: 150,
				right: 150,
				label: {
					show: true,
					position: 'right',
					...AXIS_LABEL,
					color: '#0f172a',
					formatter: (p: { name: string }) =>
						p.name.length > 20 ? `${p.name.slice(0, 19)}…` : p.name
				},
				edgeSymbol: ['none', 'arrow'],
				edgeSymbolSize: 7,
				lineStyle: { curveness: 0.2, opacity: 0.8 },
				emphasis: { focus: 'adjacency' },
				data: [...size].map(([name, baskets]) => ({
					name,
					baskets,
					symbolSize: 8 + 22 * Math.sqrt(baskets / max),
					itemStyle: { color: PALETTE[0] }
				})),
				links: top.flatMap((r) =>
					r.antecedent.flatMap((a) =>
						r.consequent.map((c) => ({
							source: a,
							target: c,
							rule: r,
							lineStyle: { width: 1 + 4 * r.confidence, color: color(r.lift) }
						}))
					)
				)
			}
		]
	};
}
