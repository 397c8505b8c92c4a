import type { Locale } from '../../i18n/bilingual';
import type { Condition, Period, SegmentDefinition, SegmentNode } from './types';

/** How `bought` reads: any of the items, both of two, or all of several. */
type BoughtMatch = 'any' | 'both' | 'all';

/**
 * The words of one language. Clauses are functions because the word order differs: English puts
 * the period last ("bought … in the last 3 months"), Chinese first ("近3个月内购买过…").
 */
interface Words {
	/** Joins the children of an AND / OR group. */
	and: string;
	or: string;
	nested: (text: string) => string;
	noneOf: (parts: string[]) => string;
	everything: string;
	nobody: string;
	is: (column: string, value: string) => string;
	isOneOf: (column: string, values: string[]) => string;
	contains: (column: string, value: string) => string;
	range: (column: string, bounds: string) => string;
	between: (a: string, b: string) => string;
	atLeast: (a: string) => string;
	atMost: (a: string) => string;
	isSet: string;
	bought: (match: BoughtMatch, items: string[], category: boolean, when: string) => string;
	/** `bounds` is null when neither a minimum nor a maximum is set. */
	orders: (bounds: string | null, when: string) => string;
	spent: (bounds: string | null, when: string) => string;
	firstPurchase: (when: string) => string;
	noPurchase: (when: string) => string;
	noContact: (types: string[], when: string) => string;
	/** `campaign` is null for any campaign. */
	campaign: (campaign: string | null, attended: boolean, when: string) => string;
	anniversary: (field: 'birthday' | 'signup_date', period: 'month' | 'week') => string;
	lastDays: (n: number) => string;
	lastMonths: (n: number) => string;
	ever: string;
	columns: Record<string, string>;
}

const EN: Words = {
	and: ' and ',
	or: ' or ',
	nested: (text) => `(${text})`,
	noneOf: (parts) => `none of: ${parts.join('; ')}`,
	everything: 'every customer',
	nobody: 'no customer',
	is: (column, value) => `${column} is ${value}`,
	isOneOf: (column, values) => `${column} is one of ${values.join(', ')}`,
	contains: (column, value) => `${column} contains ${value}`,
	range: (column, bounds) => `${column} ${bounds}`,
	between: (a, b) => `between ${a} and ${b}`,
	atLeast: (a) => `at least ${a}`,
	atMost: (a) => `at most ${a}`,
	isSet: 'is filled in',
	bought: (match, items, category, when) => {
		const what = category ? 'from category ' : '';
		const verb =
			match === 'both'
				? `bought both ${what}${items.join(' and ')}`
				: match === 'all'
					? `bought all of ${what}${items.join(', ')}`
					: `bought ${what}${items.join(' or ')}`;
		return `${verb} ${when}`;
	},
	orders: (bounds, when) => `placed ${bounds ?? 'any number of'} orders ${when}`,
	spent: (bounds, when) => `spent ${bounds ?? 'any amount'} ${when}`,
	firstPurchase: (when) => `made a first purchase ${when}`,
	noPurchase: (when) => `made no purchase ${when}`,
	noContact: (types, when) =>
		`${types.length ? `had no ${types.join(' or ')}` : 'had no contact'} ${when}`,
	campaign: (campaign, attended, when) => {
		const verb =
			campaign === null
				? attended
					? 'attended a campaign'
					: 'attended no campaign'
				: attended
					? `attended campaign ${campaign}`
					: `did not attend campaign ${campaign}`;
		return `${verb} ${when}`;
	},
	anniversary: (field, period) =>
		`${field === 'birthday' ? 'has a birthday' : 'has a signup anniversary'} ${period === 'month' ? 'this month' : 'in the 7 days from the as-of date'}`,
	lastDays: (n) => (n === 1 ? 'on the last day' : `in the last ${n} days`),
	lastMonths: (n) => (n === 1 ? 'in the last month' : `in the last ${n} months`),
	ever: 'ever',
	columns: {
		owner_rep: 'owner rep',
		signup_date: 'signup date',
		churn_date: 'churn date',
		churn_reason: 'churn reason'
	}
};

const ZH: Words = {
	and: '，且',
	or: '，或',
	nested: (text) => `（${text}）`,
	noneOf: (parts) => `以下均不满足：${parts.join('；')}`,
	everything: '所有客户',
	nobody: '没有客户',
	is: (column, value) => `${column}为${value}`,
	isOneOf: (column, values) => `${column}为${values.join('、')}之一`,
	contains: (column, value) => `${column}包含${value}`,
	range: (column, bounds) => `${column}${bounds}`,
	between: (a, b) => `介于${a}和${b}之间`,
	atLeast: (a) => `大于等于${a}`,
	atMost: (a) => `小于等于${a}`,
	isSet: '已填写',
	bought: (match, items, category, when) => {
		const kind = category ? '品类' : '';
		if (match === 'both') return `${when}同时购买过${items.join('和')}${kind}`;
		if (match === 'all') return `${when}${items.join('、')}${kind}都购买过`;
		return `${when}购买过${items.join('或')}${kind}`;
	},
	orders: (bounds, when) => `${when}下单次数${bounds ?? '不限'}`,
	spent: (bounds, when) => `${when}消费金额${bounds ?? '不限'}`,
	firstPurchase: (when) => `${when}首次购买`,
	noPurchase: (when) => `${when}未购买`,
	noContact: (types, when) => `${when}无${types.length ? types.join('或') : '联系'}记录`,
	campaign: (campaign, attended, when) =>
		campaign === null
			? `${when}${attended ? '参加过活动' : '未参加任何活动'}`
			: `${when}${attended ? '参加过' : '未参加'}活动${campaign}`,
	anniversary: (field, period) =>
		`${period === 'month' ? '本月' : '基准日起7天内'}${field === 'birthday' ? '过生日' : '迎来注册周年'}`,
	lastDays: (n) => `近${n}天内`,
	lastMonths: (n) => `近${n}个月内`,
	ever: '',
	columns: {
		customer_id: '客户编号',
		name: '姓名',
		region: '地区',
		branch: '门店',
		owner_rep: '负责人',
		channel: '渠道',
		membership: '会员等级',
		birthday: '生日',
		signup_date: '注册日期',
		churned: '是否流失',
		churn_date: '流失日期',
		churn_reason: '流失原因'
	}
};

const WORDS: Record<Locale, Words> = { en: EN, 'zh-CN': ZH };

const quote = (value: string) => `“${value}”`;

/** The whole definition in one sentence, e.g. for a chip's tooltip or an export's header (English by default, as the CLI prints). */
export function describeSegment(definition: SegmentDefinition, locale: Locale = 'en'): string {
	return capitalise(describeNode(definition.root, locale));
}

/** One node in words; nested groups are put in parentheses. */
export function describeNode(node: SegmentNode, locale: Locale): string {
	const w = WORDS[locale];
	if (node.kind !== 'group') return describeCondition(node, w);
	const parts = node.children.map((c) =>
		c.kind === 'group' && c.children.length > 1
			? w.nested(describeNode(c, locale))
			: describeNode(c, locale)
	);
	if (node.op === 'not') return parts.length ? w.noneOf(parts) : w.everything;
	if (!parts.length) return node.op === 'and' ? w.everything : w.nobody;
	return parts.join(node.op === 'and' ? w.and : w.or);
}

/**
 * A column name as people say it: `owner_rep` → "owner rep" (负责人). Columns the user's files
 * brought along are data and keep their own name.
 */
export function columnWords(name: string, locale: Locale): string {
	return columnIn(WORDS[locale], name);
}

const columnIn = (w: Words, name: string) => w.columns[name] ?? name.replaceAll('_', ' ');

function describeCondition(c: Condition, w: Words): string {
	const when = (within: Period | null) =>
		!within ? w.ever : within.unit === 'day' ? w.lastDays(within.n) : w.lastMonths(within.n);
	const range = (min: string | null, max: string | null) =>
		min !== null && max !== null
			? w.between(min, max)
			: min !== null
				? w.atLeast(min)
				: max !== null
					? w.atMost(max)
					: null;
	switch (c.kind) {
		case 'attribute': {
			const name = columnIn(w, c.column);
			if (c.op === 'equals') return w.is(name, quote(c.values[0] ?? ''));
			if (c.op === 'in') return w.isOneOf(name, c.values.map(quote));
			if (c.op === 'contains') return w.contains(name, quote(c.values[0] ?? ''));
			return w.range(name, range(c.min ?? null, c.max ?? null) ?? w.isSet);
		}
		case 'bought': {
			const match: BoughtMatch =
				c.match === 'all' && c.values.length === 2
					? 'both'
					: c.match === 'all' && c.values.length > 2
						? 'all'
						: 'any';
			return w.bought(match, c.values.map(quote), c.field === 'category', when(c.within));
		}
		case 'orders': {
			const bounds = range(
				c.min === null ? null : String(c.min),
				c.max === null ? null : String(c.max)
			);
			return c.measure === 'orders'
				? w.orders(bounds, when(c.within))
				: w.spent(bounds, when(c.within));
		}
		case 'first_purchase':
			return w.firstPurchase(when(c.within));
		case 'no_purchase':
			return w.noPurchase(when(c.within));
		case 'no_contact':
			return w.noContact(c.types, when(c.within));
		case 'campaign':
			return w.campaign(c.campaign === null ? null : quote(c.campaign), c.attended, when(c.within));
		case 'anniversary':
			return w.anniversary(c.field, c.period);
	}
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
