import type { Engine } from '../engine/engine';
import { bilingual, type Bilingual, type Locale } from '../i18n/bilingual';
import { MIN_CUSTOMERS } from './clv/clv';
import type { CapabilityId, Profile } from './profile/profile';

/** Why an analysis has nothing to show. */
export type EmptyReason =
	'no-amounts' | 'no-customers' | 'no-baskets' | 'no-repeat-customers' | 'too-few-customers';

const EN: Record<EmptyReason, { reason: string; fix: string }> = {
	'no-amounts': {
		reason: 'The transactions file has no amounts, so there is no money to rank or sum.',
		fix: 'Add an amount column (line revenue), or a unit price column (with a quantity column).'
	},
	'no-customers': {
		reason: 'No purchase carries a customer id, so there are no customers to count.',
		fix: 'Map a customer, member or card number column to customer_id, or widen the filters.'
	},
	'no-baskets': {
		reason:
			'No basket has a sold product: every line is a return, a non-product or a zero-price line.',
		fix: 'Map a product id or product name column, and an invoice column or a customer id.'
	},
	'no-repeat-customers': {
		reason: 'No customer bought products on two different days, so nothing follows anything.',
		fix: 'Load a longer period, map a customer id, or widen the filters.'
	},
	'too-few-customers': {
		reason: `The CLV model needs at least ${MIN_CUSTOMERS} customers with purchases before the calibration end, some of them repeat purchases.`,
		fix: 'Load a longer period, move the calibration end later, or widen the filters.'
	}
};

const TEXTS = bilingual(EN, {
	'no-amounts': {
		reason: '交易文件中没有金额，无法对金额进行排名或汇总。',
		fix: '请添加金额列（明细收入），或单价列（及数量列）。'
	},
	'no-customers': {
		reason: '没有任何购买记录带有客户编号，无法统计客户。',
		fix: '请把客户编号、会员号或卡号列映射为 customer_id，或放宽筛选条件。'
	},
	'no-baskets': {
		reason: '没有包含已售商品的购物篮：所有明细都是退货、非商品或零价明细。',
		fix: '请映射商品编号或商品名称列，以及发票列或客户编号。'
	},
	'no-repeat-customers': {
		reason: '没有客户在两个不同的日子购买商品，因此不存在先后购买关系。',
		fix: '请加载更长的时间段、映射客户编号，或放宽筛选条件。'
	},
	'too-few-customers': {
		reason: `CLV 模型需要至少${MIN_CUSTOMERS}位在校准截止日前有购买的客户，其中部分有复购。`,
		fix: '请加载更长的时间段、把校准截止日后移，或放宽筛选条件。'
	}
});

/** The reason and the fix, in both languages. */
export function emptyText(reason: EmptyReason): Bilingual<{ reason: string; fix: string }> {
	return { en: TEXTS.en[reason], zh: TEXTS.zh[reason] };
}

/** One line: the reason, then the fix. */
export function emptyMessage(reason: EmptyReason, locale: Locale = 'en'): string {
	const t = TEXTS[locale === 'zh-CN' ? 'zh' : 'en'][reason];
	return `${t.reason} ${t.fix}`;
}

/** An analysis found nothing to count; the CLI exits 1 with `message`, a page shows the empty state. */
export class EmptyAnalysisError extends Error {
	constructor(readonly reason: EmptyReason) {
		super(emptyMessage(reason));
	}
}

/** SQL, true when some loaded transaction line has an amount: the dataset has money. */
export const HAS_AMOUNTS = `(SELECT count(amount) > 0 FROM transactions)`;

/** Throws `no-amounts` unless some transaction line has an amount. */
export async function requireAmounts(engine: Engine): Promise<void> {
	const [row] = (await engine.query(`SELECT ${HAS_AMOUNTS} AS has_amounts`)).rows<{
		has_amounts: boolean;
	}>();
	if (!row?.has_amounts) throw new EmptyAnalysisError('no-amounts');
}

/** Throws `no-customers` unless either table holds a customer id. */
export async function requireCustomers(engine: Engine): Promise<void> {
	const [row] = (
		await engine.query(`SELECT (SELECT count(customer_id) FROM transactions)
	+ (SELECT count(customer_id) FROM customers) AS ids`)
	).rows<{ ids: number }>();
	requireSome(row?.ids ?? 0, 'no-customers');
}

/** Throws `reason` when `count` is zero. */
export function requireSome(count: number, reason: EmptyReason): void {
	if (!(Number(count) > 0)) throw new EmptyAnalysisError(reason);
}

/** What a page's analyses need from the loaded data. */
export type Need = 'amounts' | 'customers' | 'baskets' | 'sequences';

/**
 * Why the loaded data gives a page nothing to show, from the profile's capabilities; null when it
 * is ready (or not profiled yet).
 */
export function missingFor(
	report: Pick<Profile, 'capabilities'> | null,
	need: Need
): EmptyReason | null {
	if (!report) return null;
	const ready = (id: CapabilityId) => report.capabilities.find((c) => c.id === id)?.ready ?? true;
	if (need !== 'baskets' && !ready('customers')) return 'no-customers';
	if (need === 'amounts' && !ready('value')) return 'no-amounts';
	if (need === 'baskets' && !ready('baskets')) return 'no-baskets';
	if (need === 'sequences' && !ready('sequences')) return 'no-repeat-customers';
	return null;
}
