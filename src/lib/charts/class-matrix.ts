import type { MatrixCell } from '../analyses/tiers/matrix';
import { ATTRACTIVENESS_NAMES, STAGE_NAMES, STAGES } from '../analyses/tiers/strategies';
import type { Bilingual } from '../i18n/bilingual';
import type { ChartOption } from './echarts';
import { AXIS_LABEL, compact } from './theme';

const ROWS = ['C', 'B', 'A'] as const;
const LIGHT = '#f8fafc';
const DARK = '#1e40af';

/** The matrix's words; `lang` picks the class, stage and strategy names the analysis holds. */
interface ClassMatrixText {
	lang: keyof Bilingual;
	customers: string;
	cell: (customers: string, revenue: string, previous: string) => string;
}

/**
 * The 18-class matrix as a heatmap: attractiveness rows (A at the top) × stage columns 1–6; each
 * cell is coloured by customers and labelled with its class, customers and last-period revenue.
 */
export function classMatrixOption(
	cells: readonly MatrixCell[],
	text: ClassMatrixText
): ChartOption {
	const { lang } = text;
	const max = Math.max(1, ...cells.map((c) => c.customers));
	return {
		grid: { left: 110, right: 12, top: 8, bottom: 40 },
		tooltip: {
			renderMode: 'richText',
			formatter: (p: { data: { cell: MatrixCell } }) => {
				const c = p.data.cell;
				return [
					`${c.class} · ${ATTRACTIVENESS_NAMES[c.attractiveness][lang]} · ${STAGE_NAMES[c.stage][lang]}`,
					text.cell(
						c.customers.toLocaleString('en'),
						compact(c.revenue),
						compact(c.previous_revenue)
					),
					c.strategy[lang]
				].join('\n');
			}
		},
		xAxis: {
			type: 'category',
			data: STAGES.map((s) => `${s} ${STAGE_NAMES[s][lang]}`),
			axisLabel: { ...AXIS_LABEL, fontSize: 12 },
			axisTick: { show: false },
			splitArea: { show: false }
		},
		yAxis: {
			type: 'category',
			data: ROWS.map((a) => `${a} ${ATTRACTIVENESS_NAMES[a][lang]}`),
			axisLabel: { ...AXIS_LABEL, fontSize: 12 },
			axisTick: { show: false }
		},
		visualMap: { show: false, min: 0, max, dimension: 2, inRange: { color: [LIGHT, DARK] } },
		series: [
			{
				name: text.customers,
				type: 'heatmap',
				itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
				label: {
					show: true,
					formatter: (p: { data: { cell: MatrixCell } }) =>
						`{c|${p.data.cell.class}}\n{v|${p.data.cell.customers.toLocaleString('en')}}\n{s|${compact(p.data.cell.revenue)}}`,
					rich: {
						c: { fontSize: 11, fontWeight: 700, lineHeight: 15 },
						v: { fontSize: 14, fontWeight: 600, lineHeight: 18 },
						s: { fontSize: 10, lineHeight: 13 }
					}
				},
				data: cells.map((cell) => ({
					value: [cell.stage - 1, ROWS.indexOf(cell.attractiveness), cell.customers],
					name: cell.class,
					cell,
					label: { color: cell.customers > max * 0.55 ? '#ffffff' : '#0f172a' }
				}))
			}
		]
	};
}
