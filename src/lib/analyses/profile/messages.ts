import { bilingual, type Bilingual } from '../../i18n/bilingual';

const EN = {
	value: 'Customer value (RFM, Pareto, tiers)',
	valueReady: (lines: number) => `${lines.toLocaleString('en')} purchase lines carry a customer id`,
	valueMissing: 'needs purchases (not only returns) with customer ids',
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
	baskets: 'Baskets and sequences',
	basketsReady: 'lines carry a product',
	basketsMissing: 'needs a product column',
	actions: 'Contact-based action lists',
	actionsReady: (activities: number) => `${activities.toLocaleString('en')} activities loaded`,
	actionsMissing: 'needs an activities file'
};

const CAPABILITY_TEXTS = bilingual(EN, {
	value: '客户价值（RFM、帕累托、价值等级）',
	valueReady: (lines) => `${lines.toLocaleString('zh-CN')} 条购买明细带有客户编号`,
	valueMissing: '需要带客户编号的购买记录（不能只有退货）',
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
	baskets: '购物篮与购买顺序',
	basketsReady: '明细中有商品',
	basketsMissing: '需要商品列',
	actions: '基于跟进记录的行动清单',
	actionsReady: (activities) => `已加载 ${activities.toLocaleString('zh-CN')} 条跟进记录`,
	actionsMissing: '需要跟进记录文件'
});

/** One capability text in both languages, written once for both. */
export function capabilityText(say: (m: typeof EN) => string): Bilingual {
	return { en: say(CAPABILITY_TEXTS.en), zh: say(CAPABILITY_TEXTS.zh) };
}
