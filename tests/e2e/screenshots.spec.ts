import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	allowForPages,
	chooseFiles,
	fixture,
	mappingForm,
	navPaths,
	waitForData,
	waitForQueries
} from './helpers';

/** Full-page PNGs for reviewers; kept outside Playwright's outputDir, which is wiped per run. */
const DIR = join(process.cwd(), 'test-results', 'screenshots');

function slug(path: string): string {
	return path.replace(/^\/|\/$/g, '').replace(/[^\w-]+/g, '-') || 'overview';
}

/** Screenshot once two shots in a row are identical (charts have finished animating). */
async function stableScreenshot(page: Page, name: string): Promise<string> {
	let previous: Buffer | null = null;
	let shot: Buffer = Buffer.alloc(0);
	for (let i = 0; i < 15; i++) {
		shot = await page.screenshot({ fullPage: true, animations: 'disabled' });
		if (previous?.equals(shot)) break;
		previous = shot;
	}
	const file = join(DIR, `${name}.png`);
	writeFileSync(file, shot);
	return file;
}

test('screenshot every nav page without page errors', async ({ page }, testInfo) => {
	mkdirSync(DIR, { recursive: true });
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
	await page.setViewportSize({ width: 1440, height: 900 });

	await page.goto('/');
	await waitForData(page);
	const paths = await navPaths(page);
	expect(paths.length).toBeGreaterThan(1);
	allowForPages(paths.length + 1);

	for (const path of paths) {
		await test.step(path, async () => {
			const errorsBefore = pageErrors.length;
			await page
				.getByRole('navigation', { name: 'Main' })
				.locator(`a[href="${path}"]`)
				.first()
				.click();
			await expect(page).toHaveURL((url) => url.pathname === path);
			await waitForData(page);
			const heading = page.locator('main h1').first();
			await expect(heading).toBeVisible();
			await expect(heading, 'not an error page').not.toHaveText(/^\s*\d{3}\s*$/);
			await waitForQueries(page);
			for (const canvas of await page.locator('main canvas').all())
				await expect(canvas).toBeVisible();
			const file = await stableScreenshot(page, slug(path));
			await testInfo.attach(slug(path), { path: file, contentType: 'image/png' });
			expect(pageErrors.slice(errorsBefore), `page errors on ${path}`).toEqual([]);
		});
	}

	await test.step('mapping form', async () => {
		// Client-side, so the loaded demo stays and DuckDB doesn't start again.
		await page
			.getByRole('navigation', { name: 'Main' })
			.locator('a[href="/data/"]')
			.first()
			.click();
		await expect(page).toHaveURL((url) => url.pathname === '/data/');
		await waitForData(page);
		await chooseFiles(page, fixture('gbk-chinese-headers.csv'));
		const form = mappingForm(page, 'gbk-chinese-headers.csv');
		await expect(form).toBeVisible();
		await form.getByText('First rows of the file').click();
		await stableScreenshot(page, 'data-mapping-form');
	});

	expect(pageErrors).toEqual([]);
});
