/** The two languages of the product; labels, messages and number/date formats follow the choice. */
export type Locale = 'en' | 'zh-CN';

export const LOCALES: { id: Locale; label: string }[] = [
	{ id: 'en', label: 'English' },
	{ id: 'zh-CN', label: '中文' }
];

const KEY = 'customer-lens:locale';

function initial(): Locale {
	if (typeof localStorage === 'undefined') return 'en';
	const saved = localStorage.getItem(KEY);
	if (saved === 'en' || saved === 'zh-CN') return saved;
	return typeof navigator !== 'undefined' && navigator.language?.startsWith('zh') ? 'zh-CN' : 'en';
}

class LocaleState {
	current = $state<Locale>(initial());

	constructor() {
		if (typeof document !== 'undefined') document.documentElement.lang = this.current;
	}

	/** Switch language and remember it in this browser. */
	set(locale: Locale) {
		this.current = locale;
		localStorage.setItem(KEY, locale);
		document.documentElement.lang = locale;
	}
}

export const locale = new LocaleState();

/** A text in both languages. */
export interface Bilingual<T = string> {
	en: T;
	zh: T;
}

/** The current language's side of a bilingual value (reactive where `locale` is read). */
export function pick<T>(value: Bilingual<T>): T {
	return locale.current === 'zh-CN' ? value.zh : value.en;
}

/**
 * A page's or component's messages in both languages. TypeScript holds the Chinese to exactly the
 * English shape, so a key added in one language and forgotten in the other does not compile.
 * Use: `const M = $derived(pick(MESSAGES))`.
 */
export function bilingual<T>(en: T, zh: NoInfer<T>): Bilingual<T> {
	return { en, zh };
}
