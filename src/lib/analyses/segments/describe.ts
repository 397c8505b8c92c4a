import type { Condition, Period, SegmentDefinition, SegmentNode } from './types';

/** Every word the descriptions use, in one place so a translation can replace it. */
export const WORDS = {
	and: 'and',
	or: 'or',
	noneOf: 'none of',
	everything: 'every customer',
	nobody: 'no customer',
	is: 'is',
	isOneOf: 'is one of',
	contains: 'contains',
	between: (a: string, b: string) => `between ${a} and ${b}`,
	atLeast: (a: string) => `at least ${a}`,
	atMost: (a: string) => `at most ${a}`,
	isSet: 'is filled in',
	anyNumberOf: 'any number of',
	bought: 'bought',
	boughtBoth: 'bought both',
	boughtAllOf: 'bought all of',
	fromCategory: 'from category',
	product: 'product',
	lastDays: (n: number) => (n === 1 ? 'on the last day' : `in the last ${n} days`),
	lastMonths: (n: number) => (n === 1 ? 'in the last month' : `in the last ${n} months`),
	ever: 'ever',
	orders: 'placed',
	ordersUnit: 'orders',
	spent: 'spent',
	firstPurchase: 'made a first purchase',
	noPurchase: 'made no purchase',
	noContact: 'had no contact',
	noContactOfType: (types: string) => `had no ${types}`,
	attendedAny: 'attended a campaign',
	attendedNone: 'attended no campaign',
	attended: (c: string) => `attended campaign ${c}`,
	notAttended: (c: string) => `did not attend campaign ${c}`,
	birthday: 'has a birthday',
	signup: 'has a signup anniversary',
	thisMonth: 'this month',
	thisWeek: 'in the 7 days from the as-of date',
	columns: {
		owner_rep: 'owner rep',
		signup_date: 'signup date',
		churn_date: 'churn date',
		churn_reason: 'churn reason'
	} as Record<string, string>
};

const quote = (value: string) => `“${value}”`;

/** The whole definition in one sentence, e.g. for a chip's tooltip or an export's header. */
export function describeSegment(definition: SegmentDefinition): string {
	return capitalise(describeNode(definition.root));
}

/** One node in words; nested groups are put in parentheses. */
export function describeNode(node: SegmentNode): string {
	if (node.kind !== 'group') return describeCondition(node);
	const parts = node.children.map((c) =>
		c.kind === 'group' && c.children.length > 1 ? `(${describeNode(c)})` : describeNode(c)
	);
	if (node.op === 'not')
		return parts.length ? `${WORDS.noneOf}: ${parts.join('; ')}` : WORDS.everything;
	if (!parts.length) return node.op === 'and' ? WORDS.everything : WORDS.nobody;
	return parts.join(` ${node.op === 'and' ? WORDS.and : WORDS.or} `);
}

/** A column name as people say it: `owner_rep` → "owner rep". */
export function columnWords(name: string): string {
	return WORDS.columns[name] ?? name.replaceAll('_', ' ');
}

function describeCondition(c: Condition): string {
	switch (c.kind) {
		case 'attribute': {
			const name = columnWords(c.column);
			if (c.op === 'equals') return `${name} ${WORDS.is} ${quote(c.values[0] ?? '')}`;
			if (c.op === 'in') return `${name} ${WORDS.isOneOf} ${c.values.map(quote).join(', ')}`;
			if (c.op === 'contains') return `${name} ${WORDS.contains} ${quote(c.values[0] ?? '')}`;
			return `${name} ${range(c.min ?? null, c.max ?? null)}`;
		}
		case 'bought': {
			const items = c.values.map(quote);
			const what = c.field === 'category' ? `${WORDS.fromCategory} ` : '';
			const verb =
				c.match === 'all' && items.length === 2
					? `${WORDS.boughtBoth} ${what}${items.join(` ${WORDS.and} `)}`
					: c.match === 'all' && items.length > 2
						? `${WORDS.boughtAllOf} ${what}${items.join(', ')}`
						: `${WORDS.bought} ${what}${items.join(` ${WORDS.or} `)}`;
			return `${verb} ${inWindow(c.within)}`;
		}
		case 'orders': {
			const bounds =
				c.min === null && c.max === null
					? WORDS.anyNumberOf
					: range(c.min === null ? null : String(c.min), c.max === null ? null : String(c.max));
			return c.measure === 'orders'
				? `${WORDS.orders} ${bounds} ${WORDS.ordersUnit} ${inWindow(c.within)}`
				: `${WORDS.spent} ${bounds} ${inWindow(c.within)}`;
		}
		case 'first_purchase':
			return `${WORDS.firstPurchase} ${inWindow(c.within)}`;
		case 'no_purchase':
			return `${WORDS.noPurchase} ${inWindow(c.within)}`;
		case 'no_contact':
			return `${c.types.length ? WORDS.noContactOfType(c.types.join(` ${WORDS.or} `)) : WORDS.noContact} ${inWindow(c.within)}`;
		case 'campaign': {
			const verb =
				c.campaign === null
					? c.attended
						? WORDS.attendedAny
						: WORDS.attendedNone
					: c.attended
						? WORDS.attended(quote(c.campaign))
						: WORDS.notAttended(quote(c.campaign));
			return `${verb} ${inWindow(c.within)}`;
		}
		case 'anniversary':
			return `${c.field === 'birthday' ? WORDS.birthday : WORDS.signup} ${c.period === 'month' ? WORDS.thisMonth : WORDS.thisWeek}`;
	}
}

function range(min: string | null, max: string | null): string {
	if (min !== null && max !== null) return WORDS.between(min, max);
	if (min !== null) return WORDS.atLeast(min);
	if (max !== null) return WORDS.atMost(max);
	return WORDS.isSet;
}

function inWindow(within: Period | null): string {
	if (!within) return WORDS.ever;
	return within.unit === 'day' ? WORDS.lastDays(within.n) : WORDS.lastMonths(within.n);
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
