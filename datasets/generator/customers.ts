/** Customers: identity, organisation (branch, rep, channel), value propensity, churn and planted roles. */

import { dayOf, SNAPSHOT_DAY } from './calendar';
import { CATEGORY_WEIGHTS } from './catalogue';
import { stream, WeightedTable, type Rng } from './prng';

export const CUSTOMER_COUNT = 6000;

export const BRANCHES = [
	{ branch: 'Shanghai', region: 'East', weight: 24 },
	{ branch: 'Beijing', region: 'North', weight: 20 },
	{ branch: 'Guangzhou', region: 'South', weight: 15 },
	{ branch: 'Shenzhen', region: 'South', weight: 15 },
	{ branch: 'Chengdu', region: 'West', weight: 13 },
	{ branch: 'Hangzhou', region: 'East', weight: 13 }
] as const;

export const REPS: Record<string, string[]> = {
	Shanghai: ['Li Na', 'David Chen'],
	Beijing: ['Zhang Wei', 'Emily Wang'],
	Guangzhou: ['Chen Jie', 'Michael Liu'],
	Shenzhen: ['Huang Min', 'Sarah Zhou'],
	Chengdu: ['Yang Fan', 'Kevin Wu'],
	Hangzhou: ['Zhao Lei', 'Grace Xu']
};

export const SEED_BRANCH = 'Shanghai';
export const SEED_REP = 'Li Na';

export const CHANNELS = ['Store', 'Online', 'Referral', 'Events', 'Partner'] as const;
const CHANNEL_WEIGHTS = [35, 25, 15, 12, 13];
export const HIGH_CHURN_CHANNEL = 'Online';
const CHURN_PROBABILITY = { high: 0.44, other: 0.21 };

export const CHURN_REASONS = [
	'Price',
	'Service',
	'Moved',
	'Competitor',
	'Product quality',
	'Unknown'
];
const REASON_WEIGHTS = { high: [62, 9, 6, 10, 6, 7], other: [14, 22, 20, 16, 14, 14] };

export const MEMBERSHIPS = ['Standard', 'Silver', 'Gold', 'Platinum'] as const;
const MEMBER_DISCOUNT: Record<string, number> = {
	Standard: 0,
	Silver: 0.02,
	Gold: 0.05,
	Platinum: 0.08
};

/** Planted near the seed-segment definition; see README "Seed segment". */
export type SeedRole =
	| 'seed'
	| 'onlyPurifier'
	| 'onlyPropolis'
	| 'bothCampaign'
	| 'bothEarly'
	| 'bothOtherRep'
	| 'bothOtherBranch';

export interface Customer {
	id: string;
	name: string;
	region: string;
	branch: string;
	rep: string;
	channel: string;
	membership: string;
	birthday: number;
	signupDay: number;
	/** Signed up but never bought anything. */
	never: boolean;
	churned: boolean;
	churnDay: number | null;
	churnReason: string;
	/** Purchase window [start, end): no transaction on or after the churn date. */
	start: number;
	end: number;
	/** Expected invoices per (seasonally average) year. */
	rate: number;
	/** Multiplier on units per line. */
	bulk: number;
	discount: number;
	dealHunter: boolean;
	returnProb: number;
	categories: WeightedTable<string>;
	printerBuyer: boolean;
	seedRole: SeedRole | null;
}

const words = (list: string) => list.split(' ');
const SURNAMES = words('王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗');
const GIVEN = words(
	'伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 桂英 建华 晓明 婷 雪 浩然 子涵 欣怡 梓轩 宇 佳 俊杰 思远'
);
const FIRST_NAMES = words(
	'James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Susan Richard Jessica Joseph Sarah Thomas Karen Daniel Emma Oliver Sophie Lucas Chloe Henry Grace Jack Olivia Ethan Mia Kevin Amy Tony Vivian Eric Cindy'
);
const LAST_NAMES = words(
	'Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clark Lewis Walker Hall Young King Wright Scott Green Baker Adams Wang Li Zhang Liu Chen Huang Lin Wong Ho Lam'
);

function personName(rng: Rng): string {
	if (rng.chance(0.5)) return rng.pick(SURNAMES) + rng.pick(GIVEN);
	return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

function signupDay(rng: Rng): number {
	const year = rng.weighted([2022, 2023, 2024], [45, 30, 25]);
	const last = year === 2024 ? dayOf(2024, 12, 20) : dayOf(year, 12, 31);
	return rng.int(dayOf(year, 1, 1), last);
}

function categoryTable(rng: Rng): WeightedTable<string> {
	const names = Object.keys(CATEGORY_WEIGHTS);
	const youngFamily = rng.chance(0.3);
	const smallBusiness = rng.chance(0.1);
	const weights = names.map((name) => {
		let w = CATEGORY_WEIGHTS[name] * rng.lognormal(0, 0.7);
		if (name === 'Baby') w *= youngFamily ? 4 : 0.3;
		if (name === 'Office') w *= smallBusiness ? 4 : 0.6;
		return w;
	});
	return new WeightedTable(names, weights);
}

function draftCustomer(rng: Rng): Customer {
	const home = rng.weighted(
		BRANCHES,
		BRANCHES.map((b) => b.weight)
	);
	const channel = rng.weighted(CHANNELS, CHANNEL_WEIGHTS);
	const signup = signupDay(rng);
	const never = rng.chance(signup >= dayOf(2024, 7, 1) ? 0.08 : 0.025);
	const start = Math.max(signup, 0);
	const high = channel === HIGH_CHURN_CHANNEL;
	const churned =
		!never &&
		SNAPSHOT_DAY - start >= 90 &&
		rng.chance(high ? CHURN_PROBABILITY.high : CHURN_PROBABILITY.other);
	const churnDay = churned
		? start + 45 + Math.floor(rng.next() * (SNAPSHOT_DAY - start - 45))
		: null;
	const dealHunter = rng.chance(channel === 'Partner' ? 0.16 : 0.07);
	return {
		id: '',
		name: personName(rng),
		region: home.region,
		branch: home.branch,
		rep: rng.pick(REPS[home.branch]),
		channel,
		membership: 'Standard',
		birthday: rng.int(dayOf(1950, 1, 1), dayOf(2004, 12, 31)),
		signupDay: signup,
		never,
		churned,
		churnDay,
		churnReason: churned
			? rng.weighted(CHURN_REASONS, high ? REASON_WEIGHTS.high : REASON_WEIGHTS.other)
			: '',
		start,
		end: churnDay ?? SNAPSHOT_DAY,
		// Heavy-tailed propensity is what concentrates revenue in the top 20%.
		// Bargain hunters shop often, which is what makes their losses visible.
		rate: Math.min(200, rng.lognormal(Math.log(2.6), 1.45) * (dealHunter ? 2.2 : 1)),
		bulk: Math.min(4, rng.lognormal(0, 0.35)),
		discount: dealHunter ? rng.uniform(0.4, 0.6) : 0,
		dealHunter,
		returnProb: rng.chance(0.05) ? rng.uniform(0.2, 0.4) : 0.012,
		categories: categoryTable(rng),
		printerBuyer: false,
		seedRole: null
	};
}

/** Membership follows value (with noise): top 5% Platinum, next 15% Gold, next 30% Silver. */
function assignMemberships(rng: Rng, customers: Customer[]): void {
	const scored = customers.map((c) => ({
		c,
		score: c.never ? -99 : Math.log(c.rate * c.bulk) + rng.normal(0, 0.6)
	}));
	scored.sort((a, b) => b.score - a.score);
	scored.forEach(({ c }, i) => {
		const q = i / scored.length;
		c.membership = q < 0.05 ? 'Platinum' : q < 0.2 ? 'Gold' : q < 0.5 ? 'Silver' : 'Standard';
		c.discount = Math.min(0.65, c.discount + MEMBER_DISCOUNT[c.membership]);
	});
}

function assignPlantedRoles(rng: Rng, customers: Customer[]): void {
	const eligible = (c: Customer) =>
		!c.never && !c.churned && c.signupDay <= dayOf(2024, 9, 1) && c.seedRole === null;
	const take = (filter: (c: Customer) => boolean, role: SeedRole, count: number) => {
		const pool = rng.shuffle(customers.filter((c) => eligible(c) && filter(c)));
		for (const c of pool.slice(0, count)) c.seedRole = role;
	};
	const liNa = (c: Customer) => c.branch === SEED_BRANCH && c.rep === SEED_REP;
	take(liNa, 'seed', 14);
	take(liNa, 'onlyPurifier', 5);
	take(liNa, 'onlyPropolis', 5);
	take(liNa, 'bothCampaign', 6);
	take(liNa, 'bothEarly', 5);
	take((c) => c.branch === SEED_BRANCH && c.rep !== SEED_REP, 'bothOtherRep', 5);
	take((c) => c.branch === 'Beijing', 'bothOtherBranch', 4);

	const longWindow = rng.shuffle(customers.filter((c) => !c.never && c.end - c.start >= 200));
	for (const c of longWindow.slice(0, Math.round(longWindow.length * 0.035))) c.printerBuyer = true;
}

export function buildCustomers(): Customer[] {
	const rng = stream('customers');
	const customers = Array.from({ length: CUSTOMER_COUNT }, () => draftCustomer(rng));
	// IDs follow signup order, as a CRM would issue them.
	const ordered = customers
		.map((c, i) => ({ c, i }))
		.sort((a, b) => a.c.signupDay - b.c.signupDay || a.i - b.i)
		.map(({ c }) => c);
	ordered.forEach((c, i) => (c.id = `C${String(i + 1).padStart(5, '0')}`));
	assignMemberships(rng, ordered);
	assignPlantedRoles(rng, ordered);
	return ordered;
}
