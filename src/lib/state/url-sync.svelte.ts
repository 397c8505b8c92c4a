import { goto } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { withParams, type ParamSet } from './url-params';

/** Edits of the same settings closer together than this are one history entry (typing). */
const TYPING_MS = 1500;

/**
 * Keep a page's editable settings and its URL in step, so a bookmark, a shared link, back and
 * forward all reproduce them. Call once during component set-up with a getter of the settings
 * (read deeply: nested edits count) and a setter. A new value in the URL (a link, back/forward)
 * resets the settings; an edit writes the URL: a history entry per discrete change, replaced
 * while the same settings keep changing (typing). Values the URL cannot hold (an emptied number
 * input) stay on the page only.
 */
export function syncWithUrl<T>(set: ParamSet<T>, get: () => T, put: (value: T) => void): void {
	let shown = '';
	let last = { keys: '', at: 0 };
	// While leaving for another page the URL is that page's: neither side may follow it.
	const path = untrack(() => page.url.pathname);
	const here = () => page.url.pathname === path;

	// `pre`: the settings are in place before the page's own effects query with them.
	$effect.pre(() => {
		if (!here()) return;
		const fromUrl = set.read(page.url.searchParams);
		const key = set.encode(fromUrl);
		if (key === shown) return;
		shown = key;
		untrack(() => put(fromUrl));
	});

	$effect(() => {
		const current = $state.snapshot(get()) as T;
		untrack(() => {
			if (!here()) return;
			const before = set.read(page.url.searchParams);
			const url = withParams(page.url, set, current);
			const after = set.read(url.searchParams);
			const key = set.encode(after);
			if (key === shown) return;
			shown = key;
			const keys = changedKeys(set, before, after);
			const now = Date.now();
			const typing = keys === last.keys && now - last.at < TYPING_MS;
			last = { keys, at: now };
			goto(url, { replaceState: typing, keepFocus: true, noScroll: true });
		});
	});
}

function changedKeys<T>(set: ParamSet<T>, a: T, b: T): string {
	return (Object.keys(set.fields) as (keyof T)[])
		.filter(
			(name) =>
				set.encode({ [name]: a[name] } as Partial<T>) !==
				set.encode({ [name]: b[name] } as Partial<T>)
		)
		.join(',');
}
