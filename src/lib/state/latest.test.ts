import { describe, expect, it, vi } from 'vitest';
import type { Engine, QueryResult } from '../engine/engine';

const EMPTY: QueryResult = { columnNames: [], numRows: 0, column: () => [], rows: () => [] };
const engine = { query: async () => EMPTY } as unknown as Engine;

// The real dataset starts DuckDB-WASM in a worker; its `run` contract is all `latestOnly` needs.
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
const { latestOnly } = await import('./latest');

/** A promise and the function that settles it, to finish runs in a chosen order. */
function gate() {
	let open = () => {};
	const opened = new Promise<void>((resolve) => (open = resolve));
	return { open, opened };
}

describe('latestOnly', () => {
	it('keeps the answer and the SQL of the latest run of a kind only', async () => {
		const q = latestOnly();
		const answers: string[] = [];
		const slow = gate();
		q(
			'rfm',
			async (e) => {
				await e.query('SELECT ? AS old', [1]);
				await slow.opened;
				return 'old';
			},
			(v) => answers.push(v)
		);
		q(
			'rfm',
			async (e) => {
				await e.query('SELECT ? AS new', [2]);
				return 'new';
			},
			(v) => answers.push(v)
		);
		await vi.waitFor(() => expect(q.sql('rfm')).toBe('SELECT 2 AS new'));
		slow.open();
		await slow.opened;
		await new Promise((resolve) => setTimeout(resolve));
		expect(answers).toEqual(['new']);
		expect(q.sql('rfm')).toBe('SELECT 2 AS new');
	});

	it('keeps each kind apart and shows nothing for a run that failed', async () => {
		const q = latestOnly();
		q(
			'a',
			async (e) => e.query('SELECT 1'),
			() => {}
		);
		q(
			'b',
			async (e) => {
				await e.query('SELECT 2');
				throw new Error('failed');
			},
			() => {}
		);
		await vi.waitFor(() => expect(q.sql('a')).toBe('SELECT 1'));
		expect(q.sql('b')).toBeUndefined();
	});
});
