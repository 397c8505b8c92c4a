import { boolean, number, oneOf, paramSet, text } from '$lib/state/url-params';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** The basket page's URL: its settings, and the product whose "also bought" list is shown. */
export const BASKET_PAGE = paramSet<Settings & { also: string }>({
	basket: {
		key: 'basket',
		codec: oneOf('invoice', 'customer-day'),
		default: DEFAULT_SETTINGS.basket
	},
	item: { key: 'item', codec: oneOf('product', 'category'), default: DEFAULT_SETTINGS.item },
	supportPercent: {
		key: 'support',
		codec: number(0.01, 100),
		default: DEFAULT_SETTINGS.supportPercent
	},
	confidencePercent: {
		key: 'confidence',
		codec: number(0, 100),
		default: DEFAULT_SETTINGS.confidencePercent
	},
	minLift: { key: 'lift', codec: number(0), default: DEFAULT_SETTINGS.minLift },
	maxLen: { key: 'maxlen', codec: number(1, 6, true), default: DEFAULT_SETTINGS.maxLen },
	multi: { key: 'multi', codec: boolean, default: DEFAULT_SETTINGS.multi },
	prune: { key: 'prune', codec: boolean, default: DEFAULT_SETTINGS.prune },
	also: { key: 'also', codec: text, default: '' }
});
