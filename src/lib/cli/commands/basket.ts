import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { basketAnalysis, type BasketResult } from '../../analyses/basket/analysis';
import { loadBasketText, type BasketUnit, type ItemLevel } from '../../analyses/basket/baskets';
import { RULE_MEASURES, type RuleMeasure } from '../../analyses/basket/rules';
import { ruleSentence } from '../../analyses/basket/story';
import { requireSome } from '../../analyses/empty';
import { UsageError } from '../load-files';
import {
	json,
	numberOption,
	UsageErrorForOption,
	type Command,
	type OptionValues
} from '../command';

/** The table `--baskets FILE` is loaded into. */
const BASKET_FILE_TABLE = 'basket_file';

function choice<T extends string>(values: OptionValues, name: string, allowed: readonly T[]) {
	const v = values[name];
	if (v === undefined) return undefined;
	if (typeof v !== 'string' || !allowed.includes(v as T))
		throw new UsageErrorForOption(name, allowed.join(' or '), v);
	return v as T;
}

function whole(values: OptionValues, name: string, min: number): number | undefined {
	const n = numberOption(values, name);
	if (n !== undefined && (!Number.isInteger(n) || n < min))
		throw new UsageErrorForOption(name, `a whole number ≥ ${min}`, values[name]);
	return n;
}

/** `--min-support`: below 1 a fraction of baskets, from 1 up a count of baskets. */
function support(values: OptionValues): { minSupport?: number; minCount?: number } {
	const n = numberOption(values, 'min-support');
	if (n === undefined) return {};
	if (!(n > 0))
		throw new UsageErrorForOption('min-support', 'a number above 0', values['min-support']);
	if (n < 1) return { minSupport: n };
	if (!Number.isInteger(n))
		throw new UsageErrorForOption('min-support', 'a fraction below 1 or a whole count', n);
	return { minSupport: 0, minCount: n };
}

/** Read a one-basket-per-line file (optionally gzipped) into the basket table. */
async function loadBasketsFile(engine: Parameters<Command['run']>[0], path: string) {
	const bytes = await readFile(path).catch(() => {
		throw new UsageError(`--baskets: no such file ${path}`);
	});
	const text = new TextDecoder().decode(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
	return loadBasketText(engine, text, BASKET_FILE_TABLE);
}

export const basketCommand: Command = {
	name: 'basket',
	summary: 'frequent itemsets and association rules (what sells together), exact, in SQL',
	options: {
		baskets: {
			type: 'string',
			description:
				'FILE  one basket per line, comma-separated items (arules Groceries), instead of --transactions'
		},
		basket: {
			type: 'string',
			description:
				'invoice|customer-day  what one basket is (default: invoice when there are invoice ids)'
		},
		item: { type: 'string', description: 'product|category  what one item is (default product)' },
		'min-support': {
			type: 'string',
			description: 'X  minimum support: a fraction below 1, or a basket count (default 0.005)'
		},
		'min-confidence': { type: 'string', description: 'Y  minimum confidence (default 0.1)' },
		'min-lift': { type: 'string', description: 'L  minimum lift (default 0)' },
		'max-len': { type: 'string', description: 'K  largest itemset size, 1–8 (default 3)' },
		top: { type: 'string', description: 'N  rules to list (default 20); counts cover all of them' },
		sort: { type: 'string', description: `MEASURE  ${RULE_MEASURES.join('|')} (default lift)` },
		consequents: {
			type: 'string',
			description: 'single|multi  items on the right-hand side (default single)'
		},
		'prune-redundant': {
			type: 'boolean',
			description: 'drop rules a more general rule matches in confidence'
		},
		'max-basket-size': {
			type: 'string',
			description: 'N  leave out baskets with more items (default 500)'
		}
	},
	ownInput: (values) => typeof values.baskets === 'string',
	async run(engine, values) {
		const unit = choice<BasketUnit>(values, 'basket', ['invoice', 'customer-day']);
		const item = choice<ItemLevel>(values, 'item', ['product', 'category']);
		const minConfidence = numberOption(values, 'min-confidence');
		if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1))
			throw new UsageErrorForOption('min-confidence', 'a number from 0 to 1', minConfidence);
		const minLift = numberOption(values, 'min-lift');
		if (minLift !== undefined && minLift < 0)
			throw new UsageErrorForOption('min-lift', 'a number ≥ 0', minLift);
		const maxLen = whole(values, 'max-len', 1);
		if (maxLen !== undefined && maxLen > 8)
			throw new UsageErrorForOption('max-len', 'at most 8', maxLen);
		const table = typeof values.baskets === 'string' ? BASKET_FILE_TABLE : undefined;
		if (table) await loadBasketsFile(engine, values.baskets as string);
		const result = await basketAnalysis(engine, {
			basket: unit,
			item,
			table,
			...support(values),
			minConfidence,
			minLift,
			maxLen,
			limit: whole(values, 'top', 0) ?? 20,
			sort: choice<RuleMeasure>(values, 'sort', RULE_MEASURES),
			consequents: choice(values, 'consequents', ['single', 'multi'] as const),
			pruneRedundant: values['prune-redundant'] === true,
			maxBasketSize: whole(values, 'max-basket-size', 1)
		});
		requireSome(result.baskets, 'no-baskets');
		return values.json
			? json(basketJson(result, minConfidence ?? 0.1, minLift ?? 0))
			: formatBasket(result);
	}
};

/** The documented JSON report. */
function basketJson(r: BasketResult, minConfidence: number, minLift: number) {
	return {
		basket_unit: r.basket_unit,
		item_level: r.item_level,
		baskets: r.baskets,
		oversized_baskets: r.oversized_baskets,
		non_sale_baskets: r.non_sale_baskets,
		items: r.items,
		frequent_items: r.frequent_items,
		min_support: r.min_support,
		min_count: r.min_count,
		min_confidence: minConfidence,
		min_lift: minLift,
		max_len: r.max_len,
		itemsets: r.itemsets,
		rules: r.rules,
		itemsets_by_size: r.itemsets_by_size,
		top_rules: r.top_rules.map((x) => ({
			antecedent: x.antecedent,
			consequent: x.consequent,
			support: x.support,
			confidence: x.confidence,
			lift: x.lift,
			leverage: x.leverage,
			conviction: x.conviction,
			zhang: x.zhang,
			count: x.count
		}))
	};
}

function formatBasket(r: BasketResult): string {
	const n = (x: number) => x.toLocaleString('en');
	return [
		`${n(r.baskets)} baskets (${r.basket_unit}), ${n(r.items)} ${r.item_level === 'category' ? 'categories' : 'items'}; minimum support ${(r.min_support * 100).toFixed(2)}% (${n(r.min_count)} baskets)`,
		`${n(r.itemsets)} frequent itemsets (by size ${r.itemsets_by_size.join(' / ')}), ${n(r.rules)} rules`,
		...(r.oversized_baskets
			? [`${n(r.oversized_baskets)} baskets above the size limit were left out`]
			: []),
		...(r.non_sale_baskets
			? [`${n(r.non_sale_baskets)} invoices without a priced product line were left out (no sale)`]
			: []),
		'',
		...r.top_rules.map((x, i) => `${String(i + 1).padStart(3)}. ${ruleSentence(x, r.baskets)}`),
		''
	].join('\n');
}
