import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '$tests/helpers/cli';

/** Real exports in the shapes users have them: a no-money member file, an Excel workbook. */
const SHARED = join(import.meta.dirname, '../../../../../shared/datasets');
const GROCERIES = join(SHARED, 'groceries/groceries.csv.gz');
const TELCO_XLSX = join(SHARED, 'telco-churn/Telco_customer_churn.xlsx');
const TELCO_CSV = join(SHARED, 'telco-churn/telco_customer_churn.csv.gz');
for (const path of [GROCERIES, TELCO_XLSX, TELCO_CSV])
	if (!existsSync(path)) console.log(`skipping a real-export run: ${path} is absent`);

const cli = runCli;

async function json(...argv: string[]) {
	const r = await cli(...argv, '--json');
	expect(r.err).toBe('');
	expect(r.code).toBe(0);
	return JSON.parse(r.out);
}

/**
 * Groceries (one basket per line) as the Kaggle "Groceries_dataset" layout:
 * Member_number,Date,itemDescription with DD-MM-YYYY dates and no money. Basket i goes to member
 * i mod 3000 on a day of its own, so each basket stays one member × day.
 */
function groceriesAsMembers(): { path: string; lines: number } {
	const baskets = gunzipSync(readFileSync(GROCERIES))
		.toString('utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => l.split(','));
	const rows: string[][] = [['Member_number', 'Date', 'itemDescription']];
	baskets.forEach((items, i) => {
		const member = i % 3000;
		const day = new Date(Date.UTC(2014, 0, 1 + Math.floor(i / 3000) * 90 + (member % 60)));
		const date = `${String(day.getUTCDate()).padStart(2, '0')}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${day.getUTCFullYear()}`;
		for (const item of items) rows.push([String(1000 + member), date, item]);
	});
	const path = join(mkdtempSync(join(tmpdir(), 'members-')), 'Groceries_dataset.csv');
	writeFileSync(path, Papa.unparse(rows, { newline: '\n' }) + '\n');
	return { path, lines: rows.length - 1 };
}

describe('real exports load the first time (issue 12)', () => {
	it.skipIf(!existsSync(GROCERIES))(
		'a Member_number,Date,itemDescription file: every row, ~3,000 members, baskets equal to arules on Groceries',
		async () => {
			const { path, lines } = groceriesAsMembers();
			const profile = await json('profile', '--transactions', path);
			expect(profile).toMatchObject({
				rows_read: lines,
				rows_loaded: lines,
				rows_rejected: 0,
				customers: 3000,
				products: 169,
				revenue: null
			});
			// arules: apriori(Groceries, parameter = list(support = 0.001, confidence = 0.5)).
			const basket = await json(
				'basket',
				'--transactions',
				path,
				'--min-support',
				'0.001',
				'--min-confidence',
				'0.5',
				'--max-len',
				'8'
			);
			expect(basket).toMatchObject({ baskets: 9835, items: 169, itemsets: 13_492, rules: 5_668 });
			const sequences = await json('sequences', '--transactions', path);
			expect(sequences.pairs.length).toBeGreaterThan(0);
			const cohorts = await json('cohorts', '--transactions', path);
			expect(cohorts.cohorts.length).toBeGreaterThan(0);
		},
		240_000
	);

	it.skipIf(!existsSync(TELCO_XLSX) || !existsSync(TELCO_CSV))(
		'churn --customers Telco_customer_churn.xlsx gives the numbers of its CSV copy',
		async () => {
			const args = ['--churn-flag', 'Churn Label', '--reason', 'Churn Reason', '--by', 'Contract'];
			const fromExcel = await json('churn', '--customers', TELCO_XLSX, ...args);
			const fromCsv = await json('churn', '--customers', TELCO_CSV, ...args);
			expect(fromExcel.customers).toBe(7_043);
			expect(fromExcel).toEqual(fromCsv);
		},
		120_000
	);
});
