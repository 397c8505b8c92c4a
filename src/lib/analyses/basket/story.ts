import type { Locale } from '../../i18n/bilingual';
import type { Rule } from './rules';

const list = (items: readonly string[], and: string, comma: string) =>
	items.length <= 2 ? items.join(and) : `${items.slice(0, -1).join(comma)}${and}${items.at(-1)}`;

/** A lift's number as sentences say it: "18", "2.4" (18 倍). */
export const liftNumber = (lift: number) =>
	lift >= 10 ? String(Math.round(lift)) : lift.toFixed(1);

/** A lift as people say it: "18×", "2.4×". */
export function times(lift: number): string {
	return `${liftNumber(lift)}×`;
}

/** A share as a whole percent, or one decimal below 10%. */
function pct(share: number): string {
	const p = share * 100;
	return `${p >= 10 ? Math.round(p) : p.toFixed(1)}%`;
}

/**
 * A rule in plain words: "Shoppers who buy Beer are 18× as likely to also buy Diapers: 45% of
 * their baskets have it, against 2.4% of all baskets." (English by default, as the CLI prints.)
 */
export function ruleSentence(rule: Rule, baskets: number, locale: Locale = 'en'): string {
	const base = pct(rule.consequent_count / baskets);
	const several = rule.consequent.length > 1;
	if (locale === 'zh-CN')
		return `购买${list(rule.antecedent, '和', '、')}的顾客同时购买${list(rule.consequent, '和', '、')}的可能性是平均水平的${liftNumber(rule.lift)}倍：他们${pct(rule.confidence)}的购物篮里有${several ? '这些商品' : '该商品'}，而全部购物篮中只有${base}。`;
	return `Shoppers who buy ${list(rule.antecedent, ' and ', ', ')} are ${times(rule.lift)} as likely to also buy ${list(rule.consequent, ' and ', ', ')}: ${pct(rule.confidence)} of their baskets have ${several ? 'them' : 'it'}, against ${base} of all baskets.`;
}

/**
 * The rules worth reading first: the given order (e.g. by lift), one direction per itemset (the
 * more confident one), at least `minLift`, at most `n`.
 */
export function headlineRules(rules: readonly Rule[], n = 5, minLift = 0): Rule[] {
	const best = new Map<string, Rule>();
	for (const r of rules.filter((x) => x.lift >= minLift)) {
		const key = [...r.antecedent_keys, ...r.consequent_keys].sort().join('\u0001');
		const seen = best.get(key);
		if (!seen || r.confidence > seen.confidence) best.set(key, r);
	}
	const chosen = new Set(best.values());
	return rules.filter((r) => chosen.has(r)).slice(0, n);
}

/** Rules at least this strong make the headline: twice as likely as chance. */
export const HEADLINE_LIFT = 2;
