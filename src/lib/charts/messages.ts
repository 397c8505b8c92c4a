import { bilingual } from '$lib/i18n/locale.svelte';

/** Texts of the chart wrapper. */
export const MESSAGES = bilingual(
	{ png: 'Download this chart as a PNG image' },
	{ png: '将此图表下载为 PNG 图片' }
);
