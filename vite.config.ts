import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	// `npm run demo` takes the next free port when 4173 is busy and prints the URL; the e2e server
	// passes --strictPort itself so it never tests another server by mistake.
	preview: { port: 4173 },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'datasets/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		env: { TZ: 'UTC' }
	}
});
