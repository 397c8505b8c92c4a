import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { allowForPages, collectErrors, settled, expectChinesePage } from './helpers';

/** The list and exploration pages, with texts that must follow the language. */
const PAGES = [
	{ path: '/actions/', nav: '行动清单', title: '本周客户工作', texts: ['本月生日', '本周新客'] },
	{ path: '/basket/', nav: '关联购买', title: '哪些商品一起卖', texts: ['全部规则', '规则强度'] },
	{
		path: '/sequences/',
		nav: '购买顺序与到期',
		title: '客户接下来会买什么，现在该联系谁',
		texts: ['最强的“先买A、再买B”组合', '推荐动作']
	},
	{ path: '/sql/', nav: 'SQL 控制台', title: 'SQL 控制台', texts: ['表和视图', '查询'] },
	{
		path: '/segments/',
		nav: '自定义分群',
		title: '自定义分群',
		texts: ['已保存的分群', '条件描述']
	}
];

test('the list pages switch to Chinese, say a segment in Chinese, and stay Chinese after a reload', async ({
	page
}) => {
	allowForPages(PAGES.length + 3);
	const errors = collectErrors(page);
	await page.goto('/segments/');
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Segment builder');

	await page.getByTestId('language').selectOption('zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('自定义分群');
	const nav = page.getByRole('navigation', { name: '主导航' });

	for (const { path, nav: link, title, texts } of PAGES) {
		await nav.getByRole('link', { name: link, exact: true }).click();
		await expectChinesePage(page, { path, title, texts });
	}

	// The seed segment in words, and its CSV with Chinese headings over the data's own values.
	await page.getByRole('button', { name: '从示例开始' }).click();
	await settled(page);
	await expect(page.getByTestId('segment-words')).toHaveText(
		'门店为“Shanghai”，且负责人为“Li Na”，且近3个月内同时购买过“Water Purifier”和“Propolis”，且近6个月内未参加任何活动'
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '下载CSV' }).click()
	]);
	const csv = await readFile(await download.path(), 'utf8');
	expect(csv).toContain('筛选：无（全部客户）');
	expect(csv).toContain('客户编号,姓名,门店,负责人,会员等级,最近一次购买,订单数,消费金额');
	expect(csv).toMatch(/\r\nC\d+,[^,\r\n]*,Shanghai,Li Na,/);

	// The choice is remembered: a reload (which loads the data again) comes back in Chinese.
	await page.reload();
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('自定义分群');
	await expect(page.getByTestId('language')).toHaveValue('zh-CN');
	await expect(page.getByTestId('segment-words')).toContainText('近3个月内同时购买过');

	// And back: the English texts return unchanged.
	await page.getByTestId('language').selectOption('en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Segment builder');
	await expect(page.getByTestId('segment-words')).toHaveText(
		'Branch is “Shanghai” and owner rep is “Li Na” and bought both “Water Purifier” and ' +
			'“Propolis” in the last 3 months and attended no campaign in the last 6 months'
	);

	expect(errors.pageErrors).toEqual([]);
});
