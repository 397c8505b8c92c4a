import type { Bilingual, Locale } from './bilingual';

export { bilingual, LOCALES, type Bilingual, type Locale } from './bilingual';

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

/** The current language's side of a bilingual value (reactive where `locale` is read). */
export function pick<T>(value: Bilingual<T>): T {
	return locale.current === 'zh-CN' ? value.zh : value.en;
}
