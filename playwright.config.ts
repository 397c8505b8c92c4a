import { defineConfig } from '@playwright/test';

// Dates in the app and in the assertions are read in UTC, whatever the machine says.
process.env.TZ = 'UTC';

const CI = !!process.env.CI;
// E2E_PORT lets a developer run the suite while something else holds 4173 (e.g. a preview server
// started before the last build: sirv lists build/ at start-up and 404s the new hashed chunks).
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	outputDir: 'test-results/e2e',
	// 2 cores: one browser at a time, and DuckDB-WASM gets a core of its own.
	workers: 1,
	fullyParallel: false,
	forbidOnly: CI,
	retries: CI ? 1 : 0,
	timeout: 120_000,
	expect: { timeout: 30_000 },
	reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		timezoneId: 'UTC',
		locale: 'en-US',
		screenshot: 'only-on-failure',
		trace: CI ? 'retain-on-failure' : 'off',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !CI,
		timeout: 60_000,
		env: { TZ: 'UTC' }
	}
});
