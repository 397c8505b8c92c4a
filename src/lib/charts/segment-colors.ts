import { PALETTE } from './theme';

// Colours that carry the meaning of the default segments: green is good, red is urgent, grey is asleep.
const KNOWN: Record<string, string> = {
	Champions: '#15803d',
	'Loyal Customers': '#2563eb',
	'Potential Loyalists': '#0891b2',
	'New Customers': '#7c3aed',
	Promising: '#a855f7',
	'Need Attention': '#f59e0b',
	'About to Sleep': '#d97706',
	'At Risk': '#ea580c',
	"Can't Lose Them": '#dc2626',
	Hibernating: '#94a3b8',
	'(new)': '#cbd5e1'
};

/** The colour of a segment on every RFM chart; user-named segments take palette colours in order. */
export function segmentColor(segment: string, index = 0): string {
	return KNOWN[segment] ?? PALETTE[index % PALETTE.length];
}

/** A name safe inside an ECharts rich-text label, where `{`, `}` and `|` are markup. */
export function plainLabel(text: string): string {
	return text.replace(/[{}|]/g, ' ');
}
