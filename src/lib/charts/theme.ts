/** The palette every chart uses, so a class keeps its colour across pages. */
export const PALETTE = [
	'#2563eb',
	'#16a34a',
	'#f59e0b',
	'#dc2626',
	'#7c3aed',
	'#0891b2',
	'#db2777',
	'#65a30d'
];

export const AXIS_LABEL = { color: '#64748b', fontSize: 11 };

/**
 * Compact money/number labels for axes, in the chosen language (1.2M / 120万). It reads the
 * language when ECharts draws a label, and a page rebuilds its options when the language changes.
 */
export { compact } from '../format';
