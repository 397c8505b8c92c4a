import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	allowForPages,
	chooseFiles,
	collectErrors,
	dataVersion,
	fixture,
	mappingForm,
	navPaths,
	recordRequests,
	shell,
	waitForData,
	waitForNewData,
	waitForQueries
} from './helpers';
import { downloadAll, hoverCharts, runSqlConsoles } from './actions';

const BUILD = fileURLToPath(new URL('../../build', import.meta.url));

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = ['blob:', 'data:'];

function leavesOrigin(url: string, origin: string): boolean {
	if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return false;
	try {
		return new URL(url).origin !== origin;
	} catch {
		return true;
	}
}

/** Follow a nav link client-side (no reload) and wait for the page to settle. */
async function clickNav(page: Page, path: string) {
	await page.getByRole('navigation', { name: 'Main' }).locator(`a[href="${path}"]`).first().click();
	await expect(page).toHaveURL((url) => url.pathname === path);
	await expect(page.locator('main h1').first()).toBeVisible();
	// SvelteKit's error page shows the status as the heading.
	await expect(page.locator('main h1').first()).not.toHaveText(/^\s*\d{3}\s*$/);
	await waitForData(page);
	// Let the page's queries finish, so what they fetch (and any error they throw) is seen here.
	await waitForQueries(page);
}

test('no request leaves the page origin: demo, every nav page, an upload', async ({ page }) => {
	const requests = recordRequests(page);
	const errors = collectErrors(page);
	await page.goto('/');
	await waitForData(page);
	const origin = new URL(page.url()).origin;

	const paths = await navPaths(page);
	expect(paths).toContain('/');
	expect(paths).toContain('/data/');
	allowForPages(2 * paths.length + 2);
	for (const path of paths) await clickNav(page, path);

	// A real upload through the UI (a small transactions export, so every page has data to show).
	await clickNav(page, '/data/');
	await chooseFiles(page, fixture('us-dates.csv'));
	const form = mappingForm(page, 'us-dates.csv');
	await expect(form).toBeVisible();
	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);
	await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Your data');

	// Every page again, now over the uploaded data.
	for (const path of paths) await clickNav(page, path);

	// The recorder really sees the engine's own fetches (the worker loads the .wasm), so an
	// empty list of foreign URLs means something.
	expect(requests.urls.some((url) => url.endsWith('.wasm'))).toBe(true);
	expect(requests.urls.some((url) => url.includes('transactions.csv'))).toBe(true);
	const foreign = requests.urls.filter((url) => leavesOrigin(url, origin));
	expect(foreign, 'requests that left the page origin').toEqual([]);
	expect(requests.websockets, 'WebSockets opened').toEqual([]);
	expect(errors.pageErrors).toEqual([]);
});

test('no request leaves the page origin during any action: charts, downloads, filters, SQL', async ({
	page
}) => {
	const requests = recordRequests(page);
	const errors = collectErrors(page);
	await page.goto('/');
	await waitForData(page);
	const origin = new URL(page.url()).origin;

	let downloads = 0;
	const paths = await navPaths(page);
	allowForPages(2 * paths.length + 2, 30_000);
	for (const path of paths) {
		await clickNav(page, path);
		await hoverCharts(page);
		downloads += (await downloadAll(page)).length;
		await runSqlConsoles(page, 'SELECT count(*) AS n FROM transactions');
	}
	expect(downloads, 'exports offered by the pages').toBeGreaterThan(0);

	// A global filter chosen in the filter bar: the views are rebuilt and every page re-queries.
	await clickNav(page, '/');
	const add = page.getByRole('combobox', { name: 'Add a filter' });
	await add.selectOption({ index: 1 });
	const values = page.getByRole('listbox', { name: /^Values of/ });
	await values.selectOption({ index: 0 });
	const before = await dataVersion(page);
	await page.getByRole('button', { name: 'Apply' }).click();
	await waitForNewData(page, before);
	await expect(page.getByTestId('filter-chip')).toHaveCount(1);
	for (const path of paths) await clickNav(page, path);

	const foreign = requests.urls.filter((url) => leavesOrigin(url, origin));
	expect(foreign, 'requests that left the page origin').toEqual([]);
	expect(requests.websockets, 'WebSockets opened').toEqual([]);
	expect(errors.pageErrors).toEqual([]);
});

test('the browser enforces the CSP: a request to another origin is blocked', async ({ page }) => {
	await page.goto('/');
	await waitForData(page);
	const violation = await page.evaluate(async () => {
		const seen = new Promise<string>((resolve) =>
			document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), {
				once: true
			})
		);
		// Loopback discard port: nothing listens, and the CSP must stop it before any connection.
		const outcome = await fetch('http://127.0.0.1:9/exfiltrate', { method: 'POST', body: 'x' })
			.then(() => 'sent')
			.catch(() => 'blocked');
		return `${outcome} ${await seen}`;
	});
	expect(violation).toBe('blocked connect-src');
});

/** Every .html file under build/. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The CSP of a built page as directive → sources, from its `<meta http-equiv>` tag. */
function cspOf(html: string): Map<string, string[]> | null {
	const tag = html.match(/<meta\b[^>]*http-equiv=["']content-security-policy["'][^>]*>/i)?.[0];
	const content = tag?.match(/\bcontent="([^"]*)"/i)?.[1];
	if (!content) return null;
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name.toLowerCase(), sources])
	);
}

test('every built page carries a CSP that keeps connections on the page origin', () => {
	const files = htmlFiles(BUILD);
	expect(files.map((f) => relative(BUILD, f))).toContain('index.html');
	for (const file of files) {
		const name = relative(BUILD, file);
		const csp = cspOf(readFileSync(file, 'utf8'));
		expect(csp, `${name} has a content-security-policy meta tag`).not.toBeNull();
		if (!csp) continue;
		expect(csp.get('default-src'), `${name} default-src`).toEqual(["'self'"]);
		// connect-src governs fetch/XHR/WebSocket/beacon; absent, it falls back to default-src 'self'.
		const connect = csp.get('connect-src') ?? ["'self'"];
		for (const source of connect)
			expect(["'self'", 'blob:', 'data:'], `${name} connect-src ${source}`).toContain(source);
		// No directive may name another host or a wildcard.
		for (const [directive, sources] of csp)
			for (const source of sources)
				expect(source, `${name} ${directive}`).not.toMatch(/^(\*|https?:|wss?:|[\w-]+\.[\w.-]+)/);
		expect(csp.get('script-src') ?? [], `${name} script-src`).not.toContain("'unsafe-eval'");
		expect(csp.get('object-src'), `${name} object-src`).toEqual(["'none'"]);
	}
});

/** Cut the network, then walk the nav twice round: every page entered fresh and re-entered. */
async function walkOffline(page: Page, paths: string[]) {
	const version = await dataVersion(page);
	await page.context().setOffline(true);
	try {
		for (const path of [...paths, ...paths]) await clickNav(page, path);
		await clickNav(page, '/');
		await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
		await expect(page.locator('main [role="img"] canvas').first()).toBeVisible();
		// Still the same data: nothing was reloaded.
		await expect(shell(page)).toHaveAttribute('data-dataset-version', String(version));
	} finally {
		await page.context().setOffline(false);
	}
}

test('with the network cut after every page was seen once, client-side navigation works', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto('/');
	await waitForData(page);
	const paths = await navPaths(page);
	allowForPages(3 * paths.length + 1);
	for (const path of paths) await clickNav(page, path);
	await walkOffline(page, paths);
	expect(errors.pageErrors).toEqual([]);
});

test('with the network cut right after the first load, every nav page still opens', async ({
	page
}) => {
	// The layout preloads every page's code at start, so pages never visited still open offline.
	const errors = collectErrors(page);
	await page.goto('/');
	await waitForData(page);
	const paths = await navPaths(page);
	allowForPages(2 * paths.length + 1);
	await walkOffline(page, paths);
	expect(errors.pageErrors).toEqual([]);
});
