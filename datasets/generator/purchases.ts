/** Transactions: ordinary baskets, planted patterns (pairs, printer→toner, seed segment), guests, returns. */

import {
	dayOf,
	onlineMinute,
	seasonalDay,
	seasonalDays,
	SNAPSHOT_DAY,
	storeMinute
} from './calendar';
import {
	CATEGORY_WEIGHTS,
	FREE_SHIPPING_CENTS,
	POSTAGE,
	PRODUCT_NAMES as N,
	product,
	type Catalogue,
	type Product
} from './catalogue';
import { BRANCHES, HIGH_CHURN_CHANNEL, type Customer, type SeedRole } from './customers';
import { stream, WeightedTable, type Rng } from './prng';

export interface Line {
	product: Product;
	qty: number;
	priceCents: number;
	costCents: number;
}

export interface Invoice {
	customer: Customer | null;
	day: number;
	minute: number;
	branch: string;
	lines: Line[];
	isReturn: boolean;
	/** Assigned after all invoices exist, in chronological order. */
	number: number;
}

/** Per-invoice probability of a planted pair being added to an ordinary basket. */
export const PAIR_RATES: [string, string, number][] = [
	[N.beer, N.diapers, 0.02],
	[N.pasta, N.tomatoSauce, 0.025],
	[N.phone, N.phoneCase, 0.006]
];

export const TONER_LAG = { mean: 90, sd: 15 };
const GUEST_LINE_SHARE = 0.031;
const CHURN_SLOWDOWN_DAYS = 120;
export const SEED_WINDOW_START = dayOf(2024, 10, 1);

const BASKET_SIZES = [1, 2, 3, 4, 5, 6, 7, 8];
const BASKET_WEIGHTS = [34, 24, 16, 10, 7, 4, 3, 2];

class Shop {
	private readonly productTables = new Map<string, WeightedTable<Product>>();
	private readonly guestCategories: WeightedTable<string>;
	readonly invoices: Invoice[] = [];

	constructor(
		readonly rng: Rng,
		readonly catalogue: Catalogue
	) {
		for (const [category, list] of catalogue.byCategory) {
			this.productTables.set(
				category,
				new WeightedTable(
					list,
					list.map((p) => p.popularity)
				)
			);
		}
		const names = Object.keys(CATEGORY_WEIGHTS);
		this.guestCategories = new WeightedTable(
			names,
			names.map((n) => CATEGORY_WEIGHTS[n])
		);
	}

	line(customer: Customer | null, p: Product, qty?: number): Line {
		const rng = this.rng;
		let units = qty;
		if (units === undefined) {
			units = p.bulky ? 1 + Math.min(9, rng.geometric(0.5)) : 1 + Math.min(3, rng.geometric(0.8));
			if (p.priceCents >= 50000) units = 1;
			else if (customer) units = Math.max(1, Math.round(units * customer.bulk));
		}
		const discount = customer?.discount ?? 0;
		return {
			product: p,
			qty: units,
			priceCents: Math.round(p.priceCents * (1 - discount)),
			costCents: p.costCents
		};
	}

	ordinaryLines(customer: Customer | null, size: number): Line[] {
		const categories = customer?.categories ?? this.guestCategories;
		const chosen = new Set<Product>();
		for (let tries = 0; chosen.size < size && tries < size * 5; tries++) {
			chosen.add(this.productTables.get(categories.draw(this.rng))!.draw(this.rng));
		}
		return [...chosen].map((p) => this.line(customer, p));
	}

	addPairs(customer: Customer | null, lines: Line[], maxLines: number): void {
		for (const [a, b, rate] of PAIR_RATES) {
			if (!this.rng.chance(rate)) continue;
			for (const name of [a, b]) {
				const p = product(this.catalogue, name);
				if (lines.some((l) => l.product === p)) continue;
				if (lines.length >= maxLines) lines.splice(this.rng.int(0, lines.length - 1), 1);
				lines.push(this.line(customer, p));
			}
		}
	}

	homeOrAway(customer: Customer): string {
		if (this.rng.chance(0.94)) return customer.branch;
		return this.rng.pick(BRANCHES.filter((b) => b.branch !== customer.branch)).branch;
	}

	push(customer: Customer | null, day: number, branch: string, lines: Line[], online: boolean) {
		if (online) {
			const total = lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0);
			// Free shipping still costs the business: the POST line is kept at price 0.00.
			const postage = this.line(null, POSTAGE, 1);
			if (total >= FREE_SHIPPING_CENTS) postage.priceCents = 0;
			lines.push(postage);
		}
		this.invoices.push({
			customer,
			day,
			minute: online ? onlineMinute(this.rng) : storeMinute(this.rng),
			branch,
			lines,
			isReturn: false,
			number: 0
		});
	}

	isOnlineOrder(customer: Customer): boolean {
		return this.rng.chance(customer.channel === HIGH_CHURN_CHANNEL ? 0.75 : 0.12);
	}

	ordinaryInvoice(customer: Customer, day: number): void {
		const online = this.isOnlineOrder(customer);
		const size = this.rng.weighted(BASKET_SIZES, BASKET_WEIGHTS);
		// Keep at most 8 lines including the POST line.
		const maxLines = online ? 7 : 8;
		const lines = this.ordinaryLines(customer, Math.min(size, maxLines));
		this.addPairs(customer, lines, maxLines);
		this.push(customer, day, online ? customer.branch : this.homeOrAway(customer), lines, online);
	}

	plannedInvoice(customer: Customer, day: number, planted: Line[], extraLines: number): void {
		const lines = [...planted, ...this.ordinaryLines(customer, extraLines)].filter(
			(l, i, all) => all.findIndex((m) => m.product === l.product) === i
		);
		this.push(customer, day, customer.branch, lines, false);
	}
}

function customerInvoices(shop: Shop, c: Customer): void {
	const rng = shop.rng;
	const expected = (c.rate * seasonalDays(c.start, c.end)) / 365;
	const count = rng.poisson(expected);
	const days: number[] = [];
	for (let k = 0; k < count; k++) {
		const day = seasonalDay(rng, c.start, c.end);
		// Churners fade out before they leave.
		if (c.churned && day >= c.end - CHURN_SLOWDOWN_DAYS && rng.chance(0.5)) continue;
		days.push(day);
	}
	if (days.length === 0) days.push(rng.int(c.start, Math.min(c.end, c.start + 30) - 1));
	for (const day of days) shop.ordinaryInvoice(c, day);
}

function lag(rng: Rng): number {
	return Math.min(150, Math.max(40, Math.round(rng.normal(TONER_LAG.mean, TONER_LAG.sd))));
}

/** Printer buyers come back for toner about every 90 days. */
function printerAndToner(shop: Shop, c: Customer): void {
	const rng = shop.rng;
	const printer = product(shop.catalogue, N.printer);
	const toner = product(shop.catalogue, N.toner);
	const paper = product(shop.catalogue, N.paper);
	const printerDay = rng.int(c.start, c.end - 111);
	shop.plannedInvoice(
		c,
		printerDay,
		[shop.line(c, printer, 1), shop.line(c, paper)],
		rng.int(0, 2)
	);
	if (!rng.chance(0.85)) return;
	for (let day = printerDay + lag(rng); day < c.end; day += lag(rng)) {
		const lines = [shop.line(c, toner, rng.chance(0.2) ? 2 : 1)];
		if (rng.chance(0.4)) lines.push(shop.line(c, paper));
		shop.plannedInvoice(c, day, lines, rng.int(0, 1));
		if (rng.chance(0.12)) break;
	}
}

const SEED_PRODUCTS: Record<SeedRole, string[]> = {
	seed: [N.purifier, N.propolis],
	onlyPurifier: [N.purifier],
	onlyPropolis: [N.propolis],
	bothCampaign: [N.purifier, N.propolis],
	bothEarly: [N.purifier, N.propolis],
	bothOtherRep: [N.purifier, N.propolis],
	bothOtherBranch: [N.purifier, N.propolis]
};

function seedPurchases(shop: Shop, c: Customer, role: SeedRole): void {
	const rng = shop.rng;
	const [from, to] =
		role === 'bothEarly'
			? [dayOf(2024, 7, 1), SEED_WINDOW_START]
			: [SEED_WINDOW_START, SNAPSHOT_DAY];
	const lines = SEED_PRODUCTS[role].map((name) =>
		shop.line(c, product(shop.catalogue, name), name === N.propolis ? rng.int(1, 3) : 1)
	);
	if (lines.length === 2 && rng.chance(0.5)) {
		for (const l of lines) shop.plannedInvoice(c, rng.int(from, to - 1), [l], rng.int(0, 2));
	} else {
		shop.plannedInvoice(c, rng.int(from, to - 1), lines, rng.int(0, 2));
	}
}

function guestInvoices(shop: Shop, targetLines: number): void {
	const rng = shop.rng;
	let lines = 0;
	while (lines < targetLines) {
		const size = rng.weighted(BASKET_SIZES, BASKET_WEIGHTS);
		const basket = shop.ordinaryLines(null, size);
		shop.addPairs(null, basket, 8);
		const branch = rng.weighted(
			BRANCHES.map((b) => b.branch),
			BRANCHES.map((b) => b.weight)
		);
		shop.push(null, seasonalDay(rng, 0, SNAPSHOT_DAY), branch, basket, false);
		lines += basket.length;
	}
}

/** Returns are separate invoices, a few days after the sale, for goods on that sale. */
function returns(shop: Shop): Invoice[] {
	const rng = shop.rng;
	const out: Invoice[] = [];
	for (const sale of shop.invoices) {
		const c = sale.customer;
		if (!c) continue;
		const lines = sale.lines
			.filter((l) => l.product !== POSTAGE && rng.chance(c.returnProb))
			.map((l) => ({ ...l, qty: -rng.int(1, l.qty) }));
		const day = sale.day + rng.int(2, 30);
		if (lines.length === 0 || day >= c.end) continue;
		out.push({ ...sale, day, minute: storeMinute(rng), lines, isReturn: true, number: 0 });
	}
	return out;
}

export function buildInvoices(catalogue: Catalogue, customers: Customer[]): Invoice[] {
	const shop = new Shop(stream('purchases'), catalogue);
	for (const c of customers) {
		if (c.never) continue;
		customerInvoices(shop, c);
		if (c.printerBuyer) printerAndToner(shop, c);
		if (c.seedRole) seedPurchases(shop, c, c.seedRole);
	}
	const customerLines = shop.invoices.reduce((sum, inv) => sum + inv.lines.length, 0);
	guestInvoices(shop, Math.round((customerLines * GUEST_LINE_SHARE) / (1 - GUEST_LINE_SHARE)));
	const all = [...shop.invoices, ...returns(shop)];
	const order = all.map((inv, i) => ({ inv, i }));
	order.sort((a, b) => a.inv.day - b.inv.day || a.inv.minute - b.inv.minute || a.i - b.i);
	order.forEach(({ inv }, i) => (inv.number = i + 1));
	return order.map(({ inv }) => inv);
}
