import { expect, test } from '@playwright/test';
import { allowForPages, collectErrors, settled, expectChinesePage } from './helpers';

/** The churn, cohort and lifetime-value pages, with texts that must follow the language. */
const PAGES = [
	{
		path: '/churn/',
		title: '谁在流失，为什么',
		texts: ['先看哪里：哪些因素与流失相关', '客户属性', '客户时长', '按Channel看流失原因']
	},
	{
		path: '/churn/when/',
		title: '客户何时流失',
		texts: ['客户能留多久', '生命周期中位数', '按自然月的流失']
	},
	{
		path: '/cohorts/',
		title: '新客户会持续购买吗？',
		texts: ['方格显示', '仍在购买的客户占比（%），按获客月份']
	},
	{
		path: '/clv/',
		title: '谁还是客户，价值几何',
		texts: ['可能仍活跃的复购客户', '高价值但可能流失', '模型可信吗？用最近几个月检验']
	}
];

test('the churn, cohort and lifetime-value pages switch to Chinese and stay Chinese after a reload', async ({
	page
}) => {
	allowForPages(PAGES.length + 2);
	const errors = collectErrors(page);
	await page.goto('/churn/');
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who leaves, and why');

	await page.getByTestId('language').selectOption('zh-CN');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	// The story and the definition form follow at once, without a new query.
	await expect(page.getByTestId('churn-story')).toContainText('名客户中已有');
	await expect(page.getByRole('form', { name: '如何界定流失' })).toBeVisible();

	for (const { path, title, texts } of PAGES) {
		// Client-side navigation through the nav, by address (its labels are another page's texts).
		await page.locator(`nav a[href="${path}"]`).first().click();
		await expectChinesePage(page, { path, title, texts });
	}

	// The choice is remembered: a reload (which loads the data again) comes back in Chinese.
	await page.reload();
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('谁还是客户，价值几何');
	await expect(page.getByTestId('language')).toHaveValue('zh-CN');
	await expect(page.getByTestId('clv-story')).toContainText('模型预计未来');

	// And back: English texts return unchanged.
	await page.getByTestId('language').selectOption('en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Who is still a customer, and what they are worth'
	);
	await expect(page.getByTestId('clv-check')).toContainText('Can the model be trusted?');

	expect(errors.pageErrors).toEqual([]);
});
