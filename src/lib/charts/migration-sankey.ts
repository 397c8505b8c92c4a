import type { MigrationFlow } from '../analyses/rfm/migration';
import type { ChartOption } from './echarts';
import { segmentColor } from './segment-colors';
import { AXIS_LABEL } from './theme';

// A Sankey must be acyclic, so the same segment appears once per side under distinct node names.
const BEFORE = 'before:';
const AFTER = 'after:';
const segmentOf = (node: string) => node.slice(node.indexOf(':') + 1);

/** The diagram's words: the two side titles, the tooltip count and segment display names. */
interface MigrationText {
	before: string;
	after: string;
	customers: (n: string) => string;
	segment: (name: string) => string;
}

/**
 * Flows from each customer's earlier segment (left) to their later segment (right), with counts;
 * nodes keep the given segment order top to bottom, unknown names last.
 */
export function migrationSankeyOption(
	flows: readonly MigrationFlow[],
	order: readonly string[],
	text: MigrationText
): ChartOption {
	const links = flows
		.filter((f) => f.customers > 0)
		.map((f) => ({ source: BEFORE + f.from, target: AFTER + f.to, value: f.customers }));
	const totals = new Map<string, number>();
	for (const l of links) {
		totals.set(l.source, (totals.get(l.source) ?? 0) + l.value);
		totals.set(l.target, (totals.get(l.target) ?? 0) + l.value);
	}
	const label = (node: string) => text.segment(segmentOf(node));
	const names = [...new Set([...order, ...flows.flatMap((f) => [f.from, f.to])])];
	const rank = (node: string) => names.indexOf(segmentOf(node));
	const nodes = [...totals.keys()]
		.sort((a, b) => rank(a) - rank(b))
		.map((name) => ({
			name,
			itemStyle: { color: segmentColor(segmentOf(name), rank(name)) }
		}));
	return {
		title: [
			{ text: text.before, left: 0, top: 0, textStyle: { ...AXIS_LABEL, fontSize: 12 } },
			{ text: text.after, right: 0, top: 0, textStyle: { ...AXIS_LABEL, fontSize: 12 } }
		],
		tooltip: {
			renderMode: 'richText',
			formatter: (p: {
				dataType: string;
				name: string;
				value: number;
				data: { source?: string; target?: string };
			}) =>
				p.dataType === 'edge'
					? `${label(p.data.source!)} → ${label(p.data.target!)}: ${text.customers(p.value.toLocaleString('en'))}`
					: `${label(p.name)}: ${text.customers(p.value.toLocaleString('en'))}`
		},
		series: [
			{
				type: 'sankey',
				top: 26,
				bottom: 8,
				left: 4,
				right: 4,
				nodeWidth: 12,
				nodeGap: 6,
				layoutIterations: 0,
				draggable: false,
				emphasis: { focus: 'adjacency' },
				lineStyle: { color: 'source', opacity: 0.35 },
				label: {
					fontSize: 11,
					color: '#0f172a',
					formatter: (p: { name: string }) =>
						`${label(p.name)} ${(totals.get(p.name) ?? 0).toLocaleString('en')}`
				},
				levels: [
					{ depth: 0, label: { position: 'right' } },
					{ depth: 1, label: { position: 'left' } }
				],
				data: nodes,
				links
			}
		]
	};
}
