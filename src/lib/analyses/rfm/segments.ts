/** Text in every language the product ships. */
interface Localized {
	en: string;
	zh: string;
}

/** Score range, inclusive at both ends, on the 1–5 scale. */
export type ScoreRange = [number, number];

/** One rectangle of the R×F grid assigned to a named segment. */
export interface SegmentRule {
	segment: string;
	r: ScoreRange;
	f: ScoreRange;
}

/** Rectangles that must cover every one of the 25 R×F cells exactly once. */
export type SegmentMap = SegmentRule[];

/** The widely used 10-segment map; R5 is the most recent, F5 the most frequent. */
export const DEFAULT_SEGMENT_MAP: SegmentMap = [
	{ segment: 'Hibernating', r: [1, 2], f: [1, 2] },
	{ segment: 'At Risk', r: [1, 2], f: [3, 4] },
	{ segment: "Can't Lose Them", r: [1, 2], f: [5, 5] },
	{ segment: 'About to Sleep', r: [3, 3], f: [1, 2] },
	{ segment: 'Need Attention', r: [3, 3], f: [3, 3] },
	{ segment: 'Loyal Customers', r: [3, 4], f: [4, 5] },
	{ segment: 'Promising', r: [4, 4], f: [1, 1] },
	{ segment: 'New Customers', r: [5, 5], f: [1, 1] },
	{ segment: 'Potential Loyalists', r: [4, 5], f: [2, 3] },
	{ segment: 'Champions', r: [5, 5], f: [4, 5] }
];

/** What a segment means and what to do about it. */
interface SegmentInfo {
	name: Localized;
	description: Localized;
	action: Localized;
}

export const SEGMENT_INFO: Record<string, SegmentInfo> = {
	Champions: {
		name: { en: 'Champions', zh: '冠军客户' },
		description: {
			en: 'Bought recently and buy often: your best customers.',
			zh: '最近购买且购买频繁：最好的客户。'
		},
		action: {
			en: 'Reward them, ask for referrals and reviews, offer early access.',
			zh: '给予奖励，邀请推荐和评价，提供新品抢先体验。'
		}
	},
	'Loyal Customers': {
		name: { en: 'Loyal Customers', zh: '忠诚客户' },
		description: {
			en: 'Buy often and fairly recently.',
			zh: '购买频繁，最近也有购买。'
		},
		action: {
			en: 'Upsell higher-value products and enrol them in the loyalty programme.',
			zh: '推荐更高价值的产品，邀请加入会员计划。'
		}
	},
	'Potential Loyalists': {
		name: { en: 'Potential Loyalists', zh: '潜在忠诚客户' },
		description: {
			en: 'Recent customers with a few purchases.',
			zh: '最近购买过几次的客户。'
		},
		action: {
			en: 'Offer membership and personalised recommendations to build the habit.',
			zh: '提供会员权益和个性化推荐，培养购买习惯。'
		}
	},
	'New Customers': {
		name: { en: 'New Customers', zh: '新客户' },
		description: {
			en: 'Bought very recently, for the first time or once.',
			zh: '最近刚刚首次购买。'
		},
		action: {
			en: 'Welcome them well and make the second purchase easy.',
			zh: '做好欢迎与引导，促成第二次购买。'
		}
	},
	Promising: {
		name: { en: 'Promising', zh: '有潜力客户' },
		description: {
			en: 'Bought recently but only once so far.',
			zh: '最近购买过，但目前只买过一次。'
		},
		action: {
			en: 'Build awareness with a free trial, sample or small first-repeat offer.',
			zh: '通过试用、小样或复购优惠建立认知。'
		}
	},
	'Need Attention': {
		name: { en: 'Need Attention', zh: '需要关注' },
		description: {
			en: 'Average recency and frequency; may slip without a nudge.',
			zh: '最近度和频次都处于中等，不加引导可能流失。'
		},
		action: {
			en: 'Send a limited-time offer based on what they bought before.',
			zh: '根据过往购买推送限时优惠。'
		}
	},
	'About to Sleep': {
		name: { en: 'About to Sleep', zh: '即将沉睡' },
		description: {
			en: 'Below-average recency and few purchases.',
			zh: '最近度偏低，购买次数少。'
		},
		action: {
			en: 'Reconnect with popular products and a reason to come back.',
			zh: '用热销商品和回访理由重新建立联系。'
		}
	},
	'At Risk': {
		name: { en: 'At Risk', zh: '流失风险' },
		description: {
			en: 'Bought often, but not for a long time.',
			zh: '曾经经常购买，但已经很久没有购买。'
		},
		action: {
			en: 'Personal win-back contact and a tailored offer before they are lost.',
			zh: '在流失前进行一对一挽回，并给出定制优惠。'
		}
	},
	"Can't Lose Them": {
		name: { en: "Can't Lose Them", zh: '不能失去' },
		description: {
			en: 'Among the most frequent buyers, but gone quiet.',
			zh: '曾是购买最频繁的客户，但最近沉寂。'
		},
		action: {
			en: 'Call them: find out what changed and win them back with your best offer.',
			zh: '电话联系，了解原因，用最有力的方案赢回。'
		}
	},
	Hibernating: {
		name: { en: 'Hibernating', zh: '沉睡客户' },
		description: {
			en: 'Last purchase long ago and few purchases.',
			zh: '很久没有购买，购买次数也少。'
		},
		action: {
			en: 'Low-cost reactivation only; do not overspend on this group.',
			zh: '只做低成本唤醒，不要在这类客户上投入过多。'
		}
	}
};

/** Description and action for any segment name; a user-defined segment gets a neutral text. */
export function segmentInfo(segment: string): SegmentInfo {
	return (
		SEGMENT_INFO[segment] ?? {
			name: { en: segment, zh: segment },
			description: { en: 'A segment defined on this page.', zh: '在本页自定义的分群。' },
			action: { en: 'Decide the action for this group.', zh: '请为该分群确定行动。' }
		}
	);
}

/** What is wrong with a single rule: no name, or a score range outside 1–5 or reversed. */
type RuleIssue = 'unnamed' | 'range';

/** A cell of the grid covered by no rule (`gap`) or several (`overlap`), or a malformed rule. */
type MapProblem =
	| { kind: 'gap' | 'overlap'; r: number; f: number; segments: string[] }
	| { kind: 'rule'; index: number; issue: RuleIssue };

const SCORES = [1, 2, 3, 4, 5];

function validRange([min, max]: ScoreRange): boolean {
	return Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max <= 5 && min <= max;
}

/** Every problem that keeps the map from being an exact partition of the 5×5 grid; empty when valid. */
export function validateSegmentMap(map: SegmentMap): MapProblem[] {
	const problems: MapProblem[] = [];
	map.forEach((rule, index) => {
		if (!rule.segment.trim()) problems.push({ kind: 'rule', index, issue: 'unnamed' });
		if (!validRange(rule.r) || !validRange(rule.f))
			problems.push({ kind: 'rule', index, issue: 'range' });
	});
	for (const r of SCORES)
		for (const f of SCORES) {
			const segments = map.filter((rule) => covers(rule, r, f)).map((rule) => rule.segment);
			if (segments.length !== 1)
				problems.push({ kind: segments.length ? 'overlap' : 'gap', r, f, segments });
		}
	return problems;
}

function covers(rule: SegmentRule, r: number, f: number): boolean {
	return rule.r[0] <= r && r <= rule.r[1] && rule.f[0] <= f && f <= rule.f[1];
}

/** The 25 cells with their segment, R ascending then F; throws unless the map is a partition. */
export function cellSegments(map: SegmentMap): { r: number; f: number; segment: string }[] {
	const problems = validateSegmentMap(map);
	if (problems.length) throw new Error(`Invalid segment map: ${describeProblem(problems[0])}`);
	return SCORES.flatMap((r) =>
		SCORES.map((f) => ({ r, f, segment: map.find((rule) => covers(rule, r, f))!.segment }))
	);
}

/** The segment names in map order, each once. */
export function segmentNames(map: SegmentMap): string[] {
	return [...new Set(map.map((rule) => rule.segment))];
}

interface ProblemText {
	unnamed: (rule: number) => string;
	range: (rule: number) => string;
	gap: (cell: string) => string;
	overlap: (cell: string, segments: string[]) => string;
}

const PROBLEM_TEXT: Record<keyof Localized, ProblemText> = {
	en: {
		unnamed: (rule) => `rule ${rule} has no name`,
		range: (rule) => `rule ${rule} needs ranges within 1–5, low to high`,
		gap: (cell) => `cell ${cell} belongs to no segment`,
		overlap: (cell, segments) => `cell ${cell} is in ${segments.join(' and ')}`
	},
	zh: {
		unnamed: (rule) => `第 ${rule} 条规则没有名称`,
		range: (rule) => `第 ${rule} 条规则的评分范围须在 1–5 之间、由低到高`,
		gap: (cell) => `格子 ${cell} 不属于任何分群`,
		overlap: (cell, segments) => `格子 ${cell} 同时属于${segments.join('和')}`
	}
};

/** Describes problems in English or Chinese, one line each; `name` gives segments' display names. */
export function problemDescriber(
	lang: keyof Localized,
	name: (segment: string) => string = (segment) => segment
): (problem: MapProblem) => string {
	const text = PROBLEM_TEXT[lang];
	return (problem) => {
		if (problem.kind === 'rule') return text[problem.issue](problem.index + 1);
		const cell = `R${problem.r}×F${problem.f}`;
		return problem.kind === 'gap' ? text.gap(cell) : text.overlap(cell, problem.segments.map(name));
	};
}

/** One line a person can act on. */
export const describeProblem = problemDescriber('en');
