import { bilingual, type Bilingual } from '../../i18n/bilingual';

const EN = {
	value: 'Customer value (Pareto, tiers, RFM monetary, CLV spend)',
	valueReady: (lines: number) =>
		`${lines.toLocaleString('en')} purchase lines carry a customer id and an amount`,
	valueMissing: 'needs purchases (not only returns) with customer ids',
	valueNoAmounts: 'the file has no amounts: add an amount column, or a unit price column',
	customers: 'Customers over time (RFM recency and frequency, cohorts, CLV purchases)',
	customersReady: (lines: number) =>
		`${lines.toLocaleString('en')} purchase lines carry a customer id`,
	profit: 'Profit curve',
	profitReady: 'a cost column was mapped',
	profitMissing: 'needs a cost or margin column',
	churn: 'Churn',
	churnFlag: 'the customers file has a churn flag',
	churnInferred: 'churn is inferred from purchase gaps',
	churnMissing: 'needs a churn flag or transactions',
	reasons: 'Churn reasons',
	reasonsReady: (customers: number) => `${customers.toLocaleString('en')} customers have a reason`,
	reasonsMissing: 'needs a churn reason column',
	baskets: 'Baskets',
	basketsReady: (baskets: number) =>
		`${baskets.toLocaleString('en')} baskets (invoices or customer-days) hold a sold product`,
	basketsMissing:
		'needs sold product lines (not returns, not zero-price) with an invoice or a customer id',
	sequences: 'Purchase sequences',
	sequencesReady: (customers: number) =>
		`${customers.toLocaleString('en')} customers bought products on two or more days`,
	sequencesMissing: 'needs customers (with ids) who bought products on two or more days',
	actions: 'Contact-based action lists',
	actionsReady: (activities: number) => `${activities.toLocaleString('en')} activities loaded`,
	actionsMissing: 'needs an activities file'
};

const CAPABILITY_TEXTS = bilingual(EN, {
	value: '客户价值（帕累托、价值等级、RFM 消费金额、CLV 消费）',
	valueReady: (lines) => `${lines.toLocaleString('zh-CN')} 条购买明细带有客户编号和金额`,
	valueMissing: '需要带客户编号的购买记录（不能只有退货）',
	valueNoAmounts: '文件中没有金额：请添加金额列或单价列',
	customers: '客户随时间的变化（RFM 最近购买与频次、同期群、CLV 购买次数）',
	customersReady: (lines) => `${lines.toLocaleString('zh-CN')} 条购买明细带有客户编号`,
	profit: '利润曲线',
	profitReady: '已映射成本列',
	profitMissing: '需要成本列或毛利列',
	churn: '流失',
	churnFlag: '客户文件中有流失标记',
	churnInferred: '根据购买间隔推断流失',
	churnMissing: '需要流失标记或交易记录',
	reasons: '流失原因',
	reasonsReady: (customers) => `${customers.toLocaleString('zh-CN')} 位客户有流失原因`,
	reasonsMissing: '需要流失原因列',
	baskets: '购物篮',
	basketsReady: (baskets) =>
		`${baskets.toLocaleString('zh-CN')} 个购物篮（发票或客户日）含已售商品`,
	basketsMissing: '需要带发票或客户编号的已售商品明细（不含退货和零价明细）',
	sequences: '购买顺序',
	sequencesReady: (customers) =>
		`${customers.toLocaleString('zh-CN')} 位客户在两个或更多日子购买了商品`,
	sequencesMissing: '需要在两个或更多日子购买商品的客户（带客户编号）',
	actions: '基于跟进记录的行动清单',
	actionsReady: (activities) => `已加载 ${activities.toLocaleString('zh-CN')} 条跟进记录`,
	actionsMissing: '需要跟进记录文件'
});

/** One capability text in both languages, written once for both. */
export function capabilityText(say: (m: typeof EN) => string): Bilingual {
	return { en: say(CAPABILITY_TEXTS.en), zh: say(CAPABILITY_TEXTS.zh) };
}
