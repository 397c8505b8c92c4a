/**
 * Synthetic transaction line items in the demo's format (see datasets/README.md), for benchmarks at
 * sizes the demo does not reach. Seeded and streamed to disk; no planted structure, only realistic
 * shape: heavy-tailed customers, 1–8 line baskets, postage on online orders, ~3% guest lines, returns.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MONTH_WEIGHTS, SNAPSHOT_DAY, formatDateTime } from '../datasets/generator/calendar';
import {
	buildCatalogue,
	FREE_SHIPPING_CENTS,
	POSTAGE,
	type Product
} from '../datasets/generator/catalogue';
import { money } from '../datasets/generator/csv';
import { BRANCHES } from '../datasets/generator/customers';
import { Rng, WeightedTable } from '../datasets/generator/prng';

export const WORK_DIR = join(dirname(fileURLToPath(import.meta.url)), '.work');
const HEADER =
	'InvoiceNo,CustomerID,InvoiceDate,StockCode,Description,Category,Quantity,UnitPrice,UnitCost,Branch';
// Bump when the output changes so cached files are regenerated.
const VERSION = 2;
const SEED = 20250101;
// Sized so about rows / 20 customers actually buy (50k at 1M rows); the rest never draw a purchase.
const ROWS_PER_CUSTOMER = 16;
const SPEND_SIGMA = 1.2;
const GUEST_INVOICE_SHARE = 0.03;
const RETURN_INVOICE_SHARE = 0.02;
const ONLINE_CUSTOMER_SHARE = 0.25;
const BASKET_SIZES = [1, 2, 3, 4, 5, 6, 7, 8];
const BASKET_WEIGHTS = [34, 24, 16, 10, 7, 4, 3, 2];

interface Meta {
	version: number;
	seed: number;
	rows: number;
	customers: number;
	bytes: number;
}

function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Day for a position 0..1 through the data, following the demo's month weights (monotonic). */
function dayLookup(): (fraction: number) => number {
	const cumulative = [0];
	for (let d = 0; d < SNAPSHOT_DAY; d++) {
		const date = new Date(Date.UTC(2023, 0, 1 + d));
		const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? 1.15 : 1;
		cumulative.push(cumulative[d] + MONTH_WEIGHTS[date.getUTCMonth()] * weekend);
	}
	const total = cumulative[SNAPSHOT_DAY];
	return (fraction) => {
		const u = fraction * total;
		let lo = 0;
		let hi = SNAPSHOT_DAY - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid + 1] > u) hi = mid;
			else lo = mid + 1;
		}
		// Position inside the day maps onto opening hours 08:00–22:59, so times stay increasing.
		const within = (u - cumulative[lo]) / (cumulative[lo + 1] - cumulative[lo]);
		return lo + Math.min(within, 0.9999);
	};
}

/** Write `rows` data lines (plus header) to `path`; returns the number of distinct buying customers. */
export async function writeSynthetic(path: string, rows: number, seed = SEED): Promise<number> {
	const rng = new Rng(seed);
	const catalogue = buildCatalogue();
	const sellable = catalogue.products.filter((p) => p.popularity > 0);
	const products = new WeightedTable(
		sellable,
		sellable.map((p) => p.popularity)
	);
	const customerCount = Math.max(1, Math.round(rows / ROWS_PER_CUSTOMER));
	const customers = Array.from({ length: customerCount }, (_, i) => ({
		id: `C${String(i + 1).padStart(5, '0')}`,
		branch: rng.weighted(
			BRANCHES.map((b) => b.branch),
			BRANCHES.map((b) => b.weight)
		),
		online: rng.chance(ONLINE_CUSTOMER_SHARE)
	}));
	const buyers = new WeightedTable(
		customers,
		customers.map(() => rng.lognormal(0, SPEND_SIGMA))
	);
	const productText = new Map<Product, string>(
		[...sellable, POSTAGE].map((p) => [
			p,
			`${p.code},${csvField(p.description)},${csvField(p.category)}`
		])
	);
	const dayAt = dayLookup();

	await mkdir(dirname(path), { recursive: true });
	const out = createWriteStream(path);
	let chunk = HEADER + '\n';
	const flush = async () => {
		if (!out.write(chunk)) await once(out, 'drain');
		chunk = '';
	};
	const buying = new Set<string>();
	let written = 0;
	let invoice = 0;
	while (written < rows) {
		invoice++;
		const position = dayAt(written / rows);
		const day = Math.floor(position);
		const when = formatDateTime(day, 8 * 60 + Math.floor((position - day) * 15 * 60));
		const guest = rng.chance(GUEST_INVOICE_SHARE);
		const customer = guest ? null : buyers.draw(rng);
		if (customer) buying.add(customer.id);
		const branch = customer?.branch ?? rng.pick(BRANCHES).branch;
		const isReturn = !guest && rng.chance(RETURN_INVOICE_SHARE);
		const prefix = `${isReturn ? 'C' : ''}INV${String(invoice).padStart(7, '0')},${customer?.id ?? ''},${when},`;
		const lines = isReturn ? rng.int(1, 2) : rng.weighted(BASKET_SIZES, BASKET_WEIGHTS);
		let basketCents = 0;
		for (let i = 0; i < lines && written < rows; i++) {
			const product = products.draw(rng);
			const qty = (product.bulky ? rng.int(1, 6) : rng.int(1, 2)) * (isReturn ? -1 : 1);
			const price = Math.round(product.priceCents * (1 - rng.uniform(0, 0.15)));
			basketCents += qty * price;
			chunk += `${prefix}${productText.get(product)},${qty},${money(price)},${money(product.costCents)},${branch}\n`;
			written++;
		}
		if (customer?.online && !isReturn && written < rows) {
			const postage = basketCents >= FREE_SHIPPING_CENTS ? 0 : POSTAGE.priceCents;
			chunk += `${prefix}${productText.get(POSTAGE)},1,${money(postage)},${money(POSTAGE.costCents)},${branch}\n`;
			written++;
		}
		if (chunk.length > 1 << 20) await flush();
	}
	await flush();
	out.end();
	await once(out, 'close');
	return buying.size;
}

/** Path of the cached synthetic file with `rows` data lines, generating it when missing or stale. */
export async function syntheticFile(rows: number): Promise<string> {
	const path = join(WORK_DIR, `synthetic-${rows}.csv`);
	const metaPath = `${path}.json`;
	try {
		const meta = JSON.parse(await readFile(metaPath, 'utf8')) as Meta;
		const size = (await stat(path)).size;
		if (meta.version === VERSION && meta.seed === SEED && meta.rows === rows && meta.bytes === size)
			return path;
	} catch {
		// No usable cache: generate below.
	}
	const started = performance.now();
	const partial = `${path}.${process.pid}.partial`;
	const customers = await writeSynthetic(partial, rows);
	await rename(partial, path);
	const bytes = (await stat(path)).size;
	const meta: Meta = { version: VERSION, seed: SEED, rows, customers, bytes };
	await writeFile(metaPath, JSON.stringify(meta));
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`generated ${path}: ${rows.toLocaleString('en')} rows, ${customers.toLocaleString('en')} customers, ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s`
	);
	return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const rows = Number(process.argv[2] ?? 100_000);
	console.log(await syntheticFile(rows));
}
