import { describe, expect, it, vi } from 'vitest';
import { definePage } from '$lib/analyses/page';
import type { Engine, QueryResult } from '$lib/engine/engine';

const EMPTY: QueryResult = { columnNames: [], numRows: 0, column: () => [], rows: () => [] };
const engine = { query: async () => EMPTY } as unknown as Engine;

// The real dataset starts DuckDB-WASM in a worker; its `run` contract is all `PageRun` needs.
vi.mock('./dataset.svelte', () => ({
	dataset: {
		run: async <T>(work: (e: Engine) => Promise<T>) => {
			try {
				return await work(engine);
			} catch {
				return undefined;
			}
		}
	}
}));
const { PageRun } = await import('./page.svelte');

/** A promise and the function that settles it, to finish runs in a chosen order. */
function gate() {
	let open = () => {};
	const opened = new Promise<void>((resolve) => (open = resolve));
	return { open, opened };
}

/** A page whose headline answers at once and whose detail waits for `wait`, when given. */
const twoSections = definePage<
	{ label: string; wait?: Promise<void> },
	{ headline: string; detail: string }
>(async (section, { label, wait }) => {
	const headline = await section('headline', async (e) => {
		await e.query('SELECT ? AS headline', [label]);
		return label;
	});
	const detail = await section('detail', async (e) => {
		await e.query('SELECT ? AS detail', [label]);
		await wait;
		return `${label} detail`;
	});
	return { headline, detail };
});

describe('PageRun', () => {
	it('shows the headline before a slow section is in, each with its own SQL', async () => {
		const run = new PageRun(twoSections);
		const slow = gate();
		const done = run.run({ label: 'a', wait: slow.opened });
		await vi.waitFor(() => expect(run.data('headline')).toBe('a'));
		expect(run.sql('headline')).toBe("SELECT 'a' AS headline");
		expect(run.data('detail')).toBeUndefined();
		expect(run.loading).toBe(true);
		slow.open();
		await done;
		expect(run.data('detail')).toBe('a detail');
		expect(run.sql('detail')).toBe("SELECT 'a' AS detail");
		expect(run.loading).toBe(false);
	});

	it('never lets a slow older run overwrite a newer one', async () => {
		const run = new PageRun(twoSections);
		const slow = gate();
		const old = run.run({ label: 'old', wait: slow.opened });
		await run.run({ label: 'new' });
		slow.open();
		await old;
		expect(run.data('detail')).toBe('new detail');
		expect(run.sql('detail')).toBe("SELECT 'new' AS detail");
		expect(run.loading).toBe(false);
	});

	it('keeps what it showed when a run fails', async () => {
		const failing = definePage<{ fail: boolean }, { only: number }>(async (section, { fail }) => ({
			only: await section('only', async () => {
				if (fail) throw new Error('failed');
				return 1;
			})
		}));
		const run = new PageRun(failing);
		await run.run({ fail: false });
		await run.run({ fail: true });
		expect(run.data('only')).toBe(1);
		expect(run.loading).toBe(false);
	});
});
