import { expect, test } from '@playwright/test';
import {
	allowForPages,
	chooseFiles,
	collectErrors,
	fixture,
	settled,
	expectChinesePage
} from './helpers';

/** The customer-value pages and the data page, with texts that must follow the language. */
const PAGES = [
	{ path: '/', nav: '概览', title: '谁在贡献收入', texts: ['最有价值的客户', '价值等级'] },
	{
		path: '/rfm/',
		nav: 'RFM 客户分群',
		title: '按最近购买、购买频次和消费金额划分客户',
		texts: ['各分群的运营建议', '冠军客户', '分群规则']
	},
	{
		path: '/pareto/',
		nav: '帕累托与利润',
		title: '谁带来收入，谁在亏钱',
		texts: ['ABC 分类', '按客户排名的收入']
	},
	{
		path: '/tiers/',
		nav: '会员等级与 A1–C6',
		title: '价值等级与 A1–C6 客户矩阵',
		texts: ['按消费金额划分的价值等级', '建议策略', '类别如何划分']
	},
	{ path: '/data/', nav: '数据与质量', title: '你的数据', texts: ['读取行数', '各列的空值'] }
];

test('the value pages and the data page switch to Chinese and stay Chinese after a reload', async ({
	page
}) => {
	allowForPages(PAGES.length + 2);
	const errors = collectErrors(page);
	await page.goto('/');
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who makes the money');

	await page.getByTestId('language').selectOption('zh-CN');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const nav = page.getByRole('navigation', { name: '主导航' });
	await expect(nav).toContainText('演示数据');

	for (const { path, nav: link, title, texts } of PAGES) {
		await nav.getByRole('link', { name: link, exact: true }).click();
		await expectChinesePage(page, { path, title, texts });
	}

	// The choice is remembered: a reload (which loads the data again) comes back in Chinese.
	await page.reload();
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('你的数据');
	await expect(page.getByTestId('language')).toHaveValue('zh-CN');

	// What ingest says about a file comes in Chinese too; the file name stays as it is.
	await chooseFiles(page, fixture('bad/empty.csv'));
	await expect(page.getByTestId('ingest-error')).toHaveText(
		'empty.csv: 文件是空的：应包含表头行和数据行'
	);

	// And back: English texts return unchanged.
	await page.getByTestId('language').selectOption('en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');
	await expect(page.getByTestId('ingest-error')).toHaveText(
		'empty.csv: the file is empty: expected a header row and data rows'
	);
	await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Data & quality');

	expect(errors.pageErrors).toEqual([]);
});
