import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Hover a grid of points over every chart of the page so tooltips render, and click its centre. */
export async function hoverCharts(page: Page): Promise<void> {
	const charts = page.locator('main [role="img"]');
	for (let i = 0; i < (await charts.count()); i++) {
		const chart = charts.nth(i);
		if (!(await chart.isVisible())) continue;
		await chart.scrollIntoViewIfNeeded();
		const box = await chart.boundingBox();
		if (!box || box.width < 50 || box.height < 50) continue;
		for (const fx of [0.15, 0.35, 0.5, 0.65, 0.85])
			for (const fy of [0.25, 0.5, 0.75])
				await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	}
	await expect(page.locator('[data-busy="0"]')).toHaveCount(1);
}

/** One file a page offered for download. */
export interface Downloaded {
	page: string;
	name: string;
	text: string;
}

/** Click every visible, enabled "Download …" button of the page and read what each one saved. */
export async function downloadAll(page: Page): Promise<Downloaded[]> {
	const out: Downloaded[] = [];
	const buttons = page.getByRole('button', { name: /^Download/ });
	for (let i = 0; i < (await buttons.count()); i++) {
		const button = buttons.nth(i);
		if (!(await button.isVisible()) || (await button.isDisabled())) continue;
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		out.push({
			page: new URL(page.url()).pathname,
			name: download.suggestedFilename(),
			text: await readFile(await download.path(), 'utf8')
		});
	}
	return out;
}

/**
 * Where the page has a SQL console (a text area with a Run button), run a query over the data.
 * Returns how many consoles ran, so a caller can tell whether there was one.
 */
export async function runSqlConsoles(page: Page, sql: string): Promise<number> {
	const editors = page.locator('main textarea');
	const run = page.getByRole('button', { name: /^Run/ });
	if (!(await editors.count()) || !(await run.count())) return 0;
	await editors.first().fill(sql);
	await run.first().click();
	await expect(page.locator('[data-busy="0"]')).toHaveCount(1);
	return 1;
}
