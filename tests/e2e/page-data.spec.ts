import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { settled } from './helpers';

/** The demo data, as the app loads it on a first visit. */
const DEMO = ['transactions', 'customers', 'activities'].flatMap((table) => [
	`--${table}`,
	`datasets/demo/${table}.csv.gz`
]);

/** What `customer-lens page NAME --json` prints on the demo data. */
async function cliPage(name: string) {
	const { stdout } = await promisify(execFile)(
		process.execPath,
		['bin/customer-lens.js', 'page', name, ...DEMO, '--json'],
		{ maxBuffer: 256 * 1024 * 1024 }
	);
	return JSON.parse(stdout);
}

/** Formats as the app's English pages do. */
const percent = (fraction: number) =>
	new Intl.NumberFormat('en-US', {
		style: 'percent',
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(fraction);

test('the cohorts page shows the month-1 retention that `page cohorts` prints', async ({
	page
}) => {
	const cli = await cliPage('cohorts');
	const month1 = cli.cohorts.average.find((a: { month: number }) => a.month === 1);
	await page.goto('/cohorts/');
	await settled(page);
	await expect(page.getByTestId('cohort-story')).toContainText(percent(month1.retention));
});

test('the overview shows the active customers that `page overview` prints', async ({ page }) => {
	const cli = await cliPage('overview');
	const active = cli.kpis.kpis.find((k: { key: string }) => k.key === 'active_customers');
	await page.goto('/');
	await settled(page);
	await expect(page.getByTestId('overview-story')).toContainText(
		` ${active.current.toLocaleString('en-US')} customers bought`
	);
});
