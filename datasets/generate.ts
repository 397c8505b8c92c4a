/**
 * Deterministic demo data for Customer Lens. Run `npx tsx datasets/generate.ts` (or
 * `npm run demo:data`) to rewrite datasets/demo/*.csv.gz; see datasets/README.md for what is planted.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { activityRow, buildActivities } from './generator/activities';
import { formatDate, formatDateTime } from './generator/calendar';
import { buildCatalogue } from './generator/catalogue';
import { buildCustomers, type Customer } from './generator/customers';
import { money, toCsv } from './generator/csv';
import { buildInvoices, type Invoice } from './generator/purchases';

export const TRANSACTION_HEADER = [
	'InvoiceNo',
	'CustomerID',
	'InvoiceDate',
	'StockCode',
	'Description',
	'Category',
	'Quantity',
	'UnitPrice',
	'UnitCost',
	'Branch'
];
export const CUSTOMER_HEADER = [
	'CustomerID',
	'Name',
	'Region',
	'Branch',
	'OwnerRep',
	'Channel',
	'Membership',
	'Birthday',
	'SignupDate',
	'Churned',
	'ChurnDate',
	'ChurnReason'
];
export const ACTIVITY_HEADER = ['CustomerID', 'Date', 'Type', 'Campaign'];

export const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), 'demo');
export const DEMO_FILES = {
	transactions: 'transactions.csv.gz',
	customers: 'customers.csv.gz',
	activities: 'activities.csv.gz'
} as const;

export interface DemoTexts {
	transactions: string;
	customers: string;
	activities: string;
}

function* transactionRows(invoices: Invoice[]): Generator<string[]> {
	for (const inv of invoices) {
		const invoiceNo = `${inv.isReturn ? 'C' : ''}INV${String(inv.number).padStart(7, '0')}`;
		const date = formatDateTime(inv.day, inv.minute);
		for (const l of inv.lines) {
			yield [
				invoiceNo,
				inv.customer?.id ?? '',
				date,
				l.product.code,
				l.product.description,
				l.product.category,
				String(l.qty),
				money(l.priceCents),
				money(l.costCents),
				inv.branch
			];
		}
	}
}

function customerRow(c: Customer): string[] {
	return [
		c.id,
		c.name,
		c.region,
		c.branch,
		c.rep,
		c.channel,
		c.membership,
		formatDate(c.birthday),
		formatDate(c.signupDay),
		c.churned ? 'Yes' : 'No',
		c.churnDay === null ? '' : formatDate(c.churnDay),
		c.churnReason
	];
}

export function generateDemo(): DemoTexts {
	const catalogue = buildCatalogue();
	const customers = buildCustomers();
	const invoices = buildInvoices(catalogue, customers);
	const activities = buildActivities(customers);
	return {
		transactions: toCsv(TRANSACTION_HEADER, transactionRows(invoices)),
		customers: toCsv(CUSTOMER_HEADER, customers.map(customerRow)),
		activities: toCsv(ACTIVITY_HEADER, activities.map(activityRow))
	};
}

export function gzipText(text: string): Buffer {
	return gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
}

function main(): void {
	const started = performance.now();
	const demo = generateDemo();
	mkdirSync(DEMO_DIR, { recursive: true });
	for (const key of Object.keys(DEMO_FILES) as (keyof DemoTexts)[]) {
		const gz = gzipText(demo[key]);
		writeFileSync(join(DEMO_DIR, DEMO_FILES[key]), gz);
		const rows = demo[key].split('\n').length - 2;
		console.log(`${DEMO_FILES[key]}: ${rows} rows, ${(gz.length / 1024).toFixed(0)} KiB`);
	}
	console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
