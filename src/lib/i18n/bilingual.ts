/**
 * The two languages of the product, as plain values: analyses and charts use these (no Svelte);
 * the reactive choice lives in `locale.svelte.ts`.
 */
export type Locale = 'en' | 'zh-CN';

export const LOCALES: { id: Locale; label: string }[] = [
	{ id: 'en', label: 'English' },
	{ id: 'zh-CN', label: '中文' }
];

/** A text in both languages. */
export interface Bilingual<T = string> {
	en: T;
	zh: T;
}

/**
 * Messages in both languages. TypeScript holds the Chinese to exactly the English shape, so a key
 * added in one language and forgotten in the other does not compile. Use in a component:
 * `const M = $derived(pick(MESSAGES))`.
 */
export function bilingual<T>(en: T, zh: NoInfer<T>): Bilingual<T> {
	return { en, zh };
}
