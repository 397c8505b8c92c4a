import { SvelteMap } from 'svelte/reactivity';
import type { Engine } from '../engine/engine';
import { dataset } from './dataset.svelte';
import { recorded, type RecordedEngine } from '../analyses/recorded';

/** Runs a page's queries by kind; `set` receives the answer of only the latest run of its kind. */
export interface LatestOnly {
	<T>(kind: string, work: (engine: Engine) => Promise<T>, set: (value: T) => void): void;
	/** The SQL behind the answer of `kind` now shown (reactive), undefined before the first one. */
	sql(kind: string): string | undefined;
}

/**
 * A page's query runner in which each kind of query keeps only its latest answer, so a slow older
 * query (say, before the user changed a parameter) never overwrites a newer one. One per component.
 * The statements each run sent to the engine are kept with its answer, for "show query".
 */
export function latestOnly(): LatestOnly {
	const tickets = new Map<string, number>();
	const statements = new SvelteMap<string, string>();
	function query<T>(
		kind: string,
		work: (engine: Engine) => Promise<T>,
		set: (value: T) => void
	): void {
		const ticket = (tickets.get(kind) ?? 0) + 1;
		tickets.set(kind, ticket);
		let recording: RecordedEngine | undefined;
		dataset
			.run((engine) => work((recording = recorded(engine))))
			.then((value) => {
				if (value === undefined || ticket !== tickets.get(kind)) return;
				set(value);
				statements.set(kind, recording?.sql() ?? '');
			});
	}
	return Object.assign(query, { sql: (kind: string) => statements.get(kind) });
}
