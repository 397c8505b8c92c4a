/**
 * Measures the planted structure from the CSV texts alone (plain TypeScript, no SQL), so the test and
 * the README numbers come from what an analysis would actually see.
 * Run `npx tsx datasets/generator/measure.ts` to print the numbers.
 */

import Papa from 'papaparse';
import { pathToFileURL } from 'node:url';

type Row = Record<string, string>;

export interface PairStats {
	a: string;
	b: string;
	invoicesA: number;
	invoicesB: number;
	invoicesBoth: number;
	lift: number;
	confidenceBGivenA: number;
}

export interface DemoStats {
	counts: {
		lines: number;
		saleLines: number;
		returnLines: number;
		invoices: number;
		returnInvoices: number;
		guestLines: number;
		guestLineShare: number;
		products: number;
		categories: number;
		customers: number;
		buyers: number;
		neverPurchased: number;
		signups2022: number;
		activities: number;
		activitiesByType: Record<string, number>;
		campaigns: string[];
		maxLinesPerInvoice: number;
		meanLinesPerInvoice: number;
		firstDate: string;
		lastDate: string;
	};
	revenue: {
		netRevenue: number;
		netCost: number;
		top1Share: number;
		top10Share: number;
		top20Share: number;
		bottom50Share: number;
	};
	whale: {
		lossCustomers: number;
		lossShare: number;
		lossTotal: number;
		profitTotal: number;
		/** Peak of the cumulative-profit curve (customers by profit, best first) as a share of total profit. */
		peakCumulativeProfitShare: number;
		lossShareByChannel: Record<string, number>;
		lossLeaderLines: number;
	};
	pairs: PairStats[];
	toner: {
		printerBuyers: number;
		withTonerAfter: number;
		firstLagMedian: number;
		firstLagMean: number;
		firstLagSd: number;
		repeatIntervalMedian: number;
		tonerPurchasesPerRepeater: number;
	};
	churn: {
		overallRate: number;
		byChannel: Record<string, { customers: number; churned: number; rate: number }>;
		highChannel: string;
		highRate: number;
		othersRate: number;
		ratio: number;
		highReasonShares: Record<string, number>;
		othersPriceShare: number;
		purchasesOnOrAfterChurn: number;
	};
	seasonality: {
		monthlyRevenue: Record<string, number>;
		/** Month revenue divided by that year's average month. */
		index: Record<string, number>;
	};
	seed: {
		members: string[];
		liNaBothInWindow: number;
		excludedByCampaign: number;
		liNaOnlyOne: number;
		liNaBothOnlyBeforeWindow: number;
		otherShanghaiRepBoth: number;
		otherBranchBoth: number;
	};
	integrity: {
		signupAfterFirstPurchase: number;
		returnsWithoutPriorPurchase: number;
		badInvoiceNumbers: number;
		badCustomerIds: number;
		unknownCustomerIds: number;
		inconsistentChurnFields: number;
		chineseNameShare: number;
	};
}

const cents = (s: string) => Math.round(parseFloat(s) * 100);
const day = (s: string) => Date.parse(s.slice(0, 10) + 'T00:00:00Z') / 86_400_000;
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function parse(text: string): Row[] {
	return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function mean(xs: number[]): number {
	return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function sd(xs: number[]): number {
	const m = mean(xs);
	return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

function shareOfTop(sortedDesc: number[], fraction: number): number {
	const total = sortedDesc.reduce((a, b) => a + b, 0);
	const k = Math.ceil(sortedDesc.length * fraction);
	return sortedDesc.slice(0, k).reduce((a, b) => a + b, 0) / total;
}

function pairStats(invoices: Map<string, Set<string>>, a: string, b: string): PairStats {
	let nA = 0;
	let nB = 0;
	let both = 0;
	for (const items of invoices.values()) {
		const hasA = items.has(a);
		const hasB = items.has(b);
		if (hasA) nA++;
		if (hasB) nB++;
		if (hasA && hasB) both++;
	}
	const n = invoices.size;
	return {
		a,
		b,
		invoicesA: nA,
		invoicesB: nB,
		invoicesBoth: both,
		lift: round((both * n) / (nA * nB), 2),
		confidenceBGivenA: round(both / nA)
	};
}

export function measureDemo(texts: {
	transactions: string;
	customers: string;
	activities: string;
}): DemoStats {
	const tx = parse(texts.transactions);
	const customers = parse(texts.customers);
	const activities = parse(texts.activities);
	const customerById = new Map(customers.map((c) => [c.CustomerID, c]));

	const sales = tx.filter((r) => r.InvoiceNo.startsWith('INV'));
	const returnRows = tx.filter((r) => r.InvoiceNo.startsWith('CINV'));
	const invoiceLines = new Map<string, number>();
	for (const r of tx) invoiceLines.set(r.InvoiceNo, (invoiceLines.get(r.InvoiceNo) ?? 0) + 1);
	const dates = tx.map((r) => r.InvoiceDate).sort();

	// Per-customer money, in cents.
	const revenue = new Map<string, number>();
	const cost = new Map<string, number>();
	let lossLeaderLines = 0;
	for (const r of tx) {
		const q = Number(r.Quantity);
		if (r.StockCode !== 'POST' && cents(r.UnitCost) > cents(r.UnitPrice) && q > 0)
			lossLeaderLines++;
		if (!r.CustomerID) continue;
		revenue.set(r.CustomerID, (revenue.get(r.CustomerID) ?? 0) + q * cents(r.UnitPrice));
		cost.set(r.CustomerID, (cost.get(r.CustomerID) ?? 0) + q * cents(r.UnitCost));
	}
	const buyers = [...revenue.keys()];
	const revenueDesc = buyers.map((id) => revenue.get(id)!).sort((a, b) => b - a);
	const profit = buyers.map((id) => revenue.get(id)! - cost.get(id)!);
	const profitDesc = [...profit].sort((a, b) => b - a);
	const profitTotal = profit.reduce((a, b) => a + b, 0);
	let running = 0;
	let peak = 0;
	for (const p of profitDesc) {
		running += p;
		peak = Math.max(peak, running);
	}
	const lossIds = buyers.filter((id) => revenue.get(id)! < cost.get(id)!);
	const channelBuyers = new Map<string, { n: number; loss: number }>();
	for (const id of buyers) {
		const ch = customerById.get(id)!.Channel;
		const e = channelBuyers.get(ch) ?? { n: 0, loss: 0 };
		e.n++;
		if (revenue.get(id)! < cost.get(id)!) e.loss++;
		channelBuyers.set(ch, e);
	}

	// Sales invoices as item sets, for pairs.
	const baskets = new Map<string, Set<string>>();
	for (const r of sales) {
		let set = baskets.get(r.InvoiceNo);
		if (!set) baskets.set(r.InvoiceNo, (set = new Set()));
		set.add(r.Description);
	}

	// Printer -> toner.
	const printerDay = new Map<string, number>();
	const tonerDays = new Map<string, number[]>();
	for (const r of sales) {
		if (!r.CustomerID) continue;
		if (r.Description === 'Laser Printer' && !printerDay.has(r.CustomerID))
			printerDay.set(r.CustomerID, day(r.InvoiceDate));
		if (r.Description === 'Toner Cartridge') {
			const list = tonerDays.get(r.CustomerID) ?? [];
			list.push(day(r.InvoiceDate));
			tonerDays.set(r.CustomerID, list);
		}
	}
	const firstLags: number[] = [];
	const intervals: number[] = [];
	const tonerCounts: number[] = [];
	for (const [id, p] of printerDay) {
		const after = (tonerDays.get(id) ?? []).filter((d) => d > p).sort((a, b) => a - b);
		if (after.length === 0) continue;
		firstLags.push(after[0] - p);
		tonerCounts.push(after.length);
		for (let i = 1; i < after.length; i++) intervals.push(after[i] - after[i - 1]);
	}

	// Churn.
	const byChannel: DemoStats['churn']['byChannel'] = {};
	for (const c of customers) {
		const e = (byChannel[c.Channel] ??= { customers: 0, churned: 0, rate: 0 });
		e.customers++;
		if (c.Churned === 'Yes') e.churned++;
	}
	for (const e of Object.values(byChannel)) e.rate = round(e.churned / e.customers);
	const [highChannel] = Object.entries(byChannel).sort((a, b) => b[1].rate - a[1].rate)[0];
	const others = Object.entries(byChannel).filter(([ch]) => ch !== highChannel);
	const othersRate =
		others.reduce((a, [, e]) => a + e.churned, 0) / others.reduce((a, [, e]) => a + e.customers, 0);
	const churned = customers.filter((c) => c.Churned === 'Yes');
	const highChurned = churned.filter((c) => c.Channel === highChannel);
	const highReasonShares: Record<string, number> = {};
	for (const c of highChurned)
		highReasonShares[c.ChurnReason] = (highReasonShares[c.ChurnReason] ?? 0) + 1;
	for (const k of Object.keys(highReasonShares))
		highReasonShares[k] = round(highReasonShares[k] / highChurned.length);
	const othersChurned = churned.filter((c) => c.Channel !== highChannel);
	const purchasesOnOrAfterChurn = tx.filter((r) => {
		const c = r.CustomerID ? customerById.get(r.CustomerID) : undefined;
		return c?.Churned === 'Yes' && r.InvoiceDate.slice(0, 10) >= c.ChurnDate;
	}).length;

	// Seasonality on net revenue of all lines.
	const monthly: Record<string, number> = {};
	for (const r of tx) {
		const m = r.InvoiceDate.slice(0, 7);
		monthly[m] = (monthly[m] ?? 0) + Number(r.Quantity) * cents(r.UnitPrice);
	}
	const index: Record<string, number> = {};
	for (const year of ['2023', '2024']) {
		const months = Object.keys(monthly).filter((m) => m.startsWith(year));
		const avg = mean(months.map((m) => monthly[m]));
		for (const m of months) index[m] = round(monthly[m] / avg, 2);
	}
	const monthlyRevenue = Object.fromEntries(
		Object.entries(monthly).map(([m, v]) => [m, Math.round(v / 100)])
	);

	// Seed segment and its near misses.
	const boughtSince = (product: string, from: string, to = '9999') => {
		const ids = new Set<string>();
		for (const r of sales)
			if (r.Description === product && r.CustomerID && r.InvoiceDate >= from && r.InvoiceDate < to)
				ids.add(r.CustomerID);
		return ids;
	};
	const purifier = boughtSince('Water Purifier', '2024-10-01');
	const propolis = boughtSince('Propolis', '2024-10-01');
	const purifierQ3 = boughtSince('Water Purifier', '2024-07-01', '2024-10-01');
	const propolisQ3 = boughtSince('Propolis', '2024-07-01', '2024-10-01');
	const recentCampaign = new Set(
		activities
			.filter((a) => a.Type === 'campaign' && a.Date >= '2024-07-01')
			.map((a) => a.CustomerID)
	);
	const liNa = customers.filter((c) => c.Branch === 'Shanghai' && c.OwnerRep === 'Li Na');
	const both = (id: string) => purifier.has(id) && propolis.has(id);
	const liNaBoth = liNa.filter((c) => both(c.CustomerID));
	const members = liNaBoth
		.filter((c) => !recentCampaign.has(c.CustomerID))
		.map((c) => c.CustomerID);
	const bothElsewhere = (filter: (c: Row) => boolean) =>
		customers.filter((c) => filter(c) && both(c.CustomerID) && !recentCampaign.has(c.CustomerID))
			.length;

	// Integrity.
	const firstPurchase = new Map<string, string>();
	for (const r of sales)
		if (r.CustomerID && !firstPurchase.has(r.CustomerID))
			firstPurchase.set(r.CustomerID, r.InvoiceDate);
	const signupAfterFirstPurchase = [...firstPurchase].filter(
		([id, d]) => customerById.get(id)!.SignupDate > d.slice(0, 10)
	).length;
	const earliestBuy = new Map<string, string>();
	for (const r of sales) {
		const k = `${r.CustomerID}|${r.StockCode}`;
		if (!earliestBuy.has(k)) earliestBuy.set(k, r.InvoiceDate);
	}
	const returnsWithoutPriorPurchase = returnRows.filter((r) => {
		const first = earliestBuy.get(`${r.CustomerID}|${r.StockCode}`);
		return !r.CustomerID || !first || first > r.InvoiceDate || Number(r.Quantity) >= 0;
	}).length;

	const activitiesByType: Record<string, number> = {};
	for (const a of activities) activitiesByType[a.Type] = (activitiesByType[a.Type] ?? 0) + 1;
	const guestLines = tx.filter((r) => !r.CustomerID).length;
	const lineCounts = [...invoiceLines.values()];

	return {
		counts: {
			lines: tx.length,
			saleLines: sales.length,
			returnLines: returnRows.length,
			invoices: invoiceLines.size,
			returnInvoices: new Set(returnRows.map((r) => r.InvoiceNo)).size,
			guestLines,
			guestLineShare: round(guestLines / tx.length),
			products: new Set(tx.map((r) => r.StockCode)).size,
			categories: new Set(tx.map((r) => r.Category)).size,
			customers: customers.length,
			buyers: buyers.length,
			neverPurchased: customers.filter((c) => !revenue.has(c.CustomerID)).length,
			signups2022: customers.filter((c) => c.SignupDate < '2023').length,
			activities: activities.length,
			activitiesByType,
			campaigns: [...new Set(activities.map((a) => a.Campaign).filter(Boolean))],
			maxLinesPerInvoice: Math.max(...lineCounts),
			meanLinesPerInvoice: round(mean(lineCounts), 2),
			firstDate: dates[0],
			lastDate: dates[dates.length - 1]
		},
		revenue: {
			netRevenue: Math.round(revenueDesc.reduce((a, b) => a + b, 0) / 100),
			netCost: Math.round([...cost.values()].reduce((a, b) => a + b, 0) / 100),
			top1Share: round(shareOfTop(revenueDesc, 0.01)),
			top10Share: round(shareOfTop(revenueDesc, 0.1)),
			top20Share: round(shareOfTop(revenueDesc, 0.2)),
			bottom50Share: round(1 - shareOfTop(revenueDesc, 0.5))
		},
		whale: {
			lossCustomers: lossIds.length,
			lossShare: round(lossIds.length / buyers.length),
			lossTotal: Math.round(profit.filter((p) => p < 0).reduce((a, b) => a + b, 0) / 100),
			profitTotal: Math.round(profitTotal / 100),
			peakCumulativeProfitShare: round(peak / profitTotal),
			lossShareByChannel: Object.fromEntries(
				[...channelBuyers].map(([ch, e]) => [ch, round(e.loss / e.n)])
			),
			lossLeaderLines
		},
		pairs: [
			pairStats(baskets, 'Beer 6-pack', 'Diapers (Pack of 40)'),
			pairStats(baskets, 'Pasta 500g', 'Tomato Sauce'),
			pairStats(baskets, 'Smartphone', 'Phone Case')
		],
		toner: {
			printerBuyers: printerDay.size,
			withTonerAfter: firstLags.length,
			firstLagMedian: median(firstLags),
			firstLagMean: round(mean(firstLags), 1),
			firstLagSd: round(sd(firstLags), 1),
			repeatIntervalMedian: median(intervals),
			tonerPurchasesPerRepeater: round(mean(tonerCounts), 2)
		},
		churn: {
			overallRate: round(churned.length / customers.length),
			byChannel,
			highChannel,
			highRate: byChannel[highChannel].rate,
			othersRate: round(othersRate),
			ratio: round(byChannel[highChannel].rate / othersRate, 2),
			highReasonShares,
			othersPriceShare: round(
				othersChurned.filter((c) => c.ChurnReason === 'Price').length / othersChurned.length
			),
			purchasesOnOrAfterChurn
		},
		seasonality: { monthlyRevenue, index },
		seed: {
			members,
			liNaBothInWindow: liNaBoth.length,
			excludedByCampaign: liNaBoth.length - members.length,
			liNaOnlyOne: liNa.filter((c) => purifier.has(c.CustomerID) !== propolis.has(c.CustomerID))
				.length,
			liNaBothOnlyBeforeWindow: liNa.filter(
				(c) =>
					!both(c.CustomerID) &&
					(purifierQ3.has(c.CustomerID) || purifier.has(c.CustomerID)) &&
					(propolisQ3.has(c.CustomerID) || propolis.has(c.CustomerID))
			).length,
			otherShanghaiRepBoth: bothElsewhere((c) => c.Branch === 'Shanghai' && c.OwnerRep !== 'Li Na'),
			otherBranchBoth: bothElsewhere((c) => c.Branch !== 'Shanghai')
		},
		integrity: {
			signupAfterFirstPurchase,
			returnsWithoutPriorPurchase,
			badInvoiceNumbers: tx.filter((r) => !/^C?INV\d{7}$/.test(r.InvoiceNo)).length,
			badCustomerIds: tx.filter((r) => r.CustomerID !== '' && !/^C\d{5}$/.test(r.CustomerID))
				.length,
			unknownCustomerIds: buyers.filter((id) => !customerById.has(id)).length,
			inconsistentChurnFields: customers.filter(
				(c) => (c.Churned === 'Yes') !== (c.ChurnDate !== '' && c.ChurnReason !== '')
			).length,
			chineseNameShare: round(
				customers.filter((c) => /[\u4e00-\u9fff]/.test(c.Name)).length / customers.length
			)
		}
	};
}

async function main(): Promise<void> {
	const { generateDemo } = await import('../generate');
	console.log(JSON.stringify(measureDemo(generateDemo()), null, 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
