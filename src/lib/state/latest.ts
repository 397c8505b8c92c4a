import type { Engine } from '../engine/engine';
import { dataset } from './dataset.svelte';

/**
 * A page's query runner in which each kind of query keeps only its latest answer, so a slow older
 * query (say, before the user changed a parameter) never overwrites a newer one. One per component.
 */
export function latestOnly() {
	const tickets = new Map<string, number>();
	return function query<T>(
		kind: string,
		work: (engine: Engine) => Promise<T>,
		set: (value: T) => void
	): void {
		const ticket = (tickets.get(kind) ?? 0) + 1;
		tickets.set(kind, ticket);
		dataset.run(work).then((value) => {
			if (value !== undefined && ticket === tickets.get(kind)) set(value);
		});
	};
}
