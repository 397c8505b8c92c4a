import { bilingual } from '../../i18n/bilingual';
import type { Drill } from './types';

const EN = {
	rfm_segment: (segment: string) => `RFM segment: ${segment}`,
	rfm_cell: (r: number, f: number) => `RFM cell R${r} × F${f}`,
	tier: (tier: string) => `Tier: ${tier}`,
	class: (cls: string) => `A1–C6 class: ${cls}`,
	churn_reason: (reason: string) => `Churned for: ${reason}`,
	product: (name: string) => `Bought: ${name}`,
	category: (category: string) => `Bought from: ${category}`,
	cohort: (cohort: string) => `First bought in ${cohort}`,
	cohort_month: (cohort: string, month: number) =>
		`First bought in ${cohort}, bought again in month ${month}`,
	/** Tooltip: what the drill was computed over. */
	scope: 'Customers of this chart element, among those of the filters before it',
	snapshot: (day: string) => `as of ${day}`,
	pickedHere: 'picked on this page',
	notHere:
		'Not applied on this page, where it was picked: the page shows all the choices, so you can change it. Every other page applies it.',
	/** Beside a selected chart element: narrow every page to its customers, or list them. */
	filterAll: 'Filter every page to these customers',
	listThem: 'List them',
	/** The filter bar's link to the customer list. */
	list: (customers: number | null) =>
		customers === null
			? 'List these customers →'
			: `List these ${customers.toLocaleString('en')} customers →`
};

/** Chip texts of each drill kind, in both languages. */
export const DRILL_MESSAGES = bilingual(EN, {
	rfm_segment: (segment) => `RFM 分群：${segment}`,
	rfm_cell: (r, f) => `RFM 格 R${r} × F${f}`,
	tier: (tier) => `价值等级：${tier}`,
	class: (cls) => `A1–C6 类别：${cls}`,
	churn_reason: (reason) => `流失原因：${reason}`,
	product: (name) => `购买过：${name}`,
	category: (category) => `购买过品类：${category}`,
	cohort: (cohort) => `${cohort} 首次购买`,
	cohort_month: (cohort, month) => `${cohort} 首次购买、第 ${month} 个月再次购买`,
	scope: '该图表元素的客户（在其前面的筛选条件之内）',
	snapshot: (day) => `截至 ${day}`,
	pickedHere: '在本页选取',
	notHere: '在选取它的本页不生效：本页显示全部选项，方便更改。其他页面都会应用它。',
	filterAll: '所有页面只看这些客户',
	listThem: '列出客户',
	list: (customers) =>
		customers === null ? '列出这些客户 →' : `列出这 ${customers.toLocaleString('zh-CN')} 位客户 →`
});

/** The readable chip label of a drill. */
export function drillLabel(drill: Drill, m = DRILL_MESSAGES.en): string {
	switch (drill.kind) {
		case 'rfm_segment':
			return m.rfm_segment(drill.segment);
		case 'rfm_cell':
			return m.rfm_cell(drill.r, drill.f);
		case 'tier':
			return m.tier(drill.tier);
		case 'class':
			return m.class(drill.cls);
		case 'churn_reason':
			return m.churn_reason(drill.reason);
		case 'product':
			return m.product(drill.name || drill.item);
		case 'category':
			return m.category(drill.item);
		case 'cohort':
			return drill.month === undefined
				? m.cohort(drill.cohort)
				: m.cohort_month(drill.cohort, drill.month);
	}
}

/** A longer description for the chip's tooltip. */
export function drillDetails(drill: Drill, m = DRILL_MESSAGES.en): string {
	const at =
		'rfm' in drill ? drill.rfm.snapshot : 'matrix' in drill ? drill.matrix.snapshot : undefined;
	const snapshot = 'churn' in drill ? drill.churn.snapshot : at;
	return [m.scope, snapshot ? m.snapshot(snapshot) : ''].filter(Boolean).join(', ');
}
