import type { Bilingual } from '../../i18n/bilingual';

/** Attractiveness of a customer: A = most valuable third (or mapped A), C = least. */
export type Attractiveness = 'A' | 'B' | 'C';

/** Relationship stage 1–6, from last-period volume and the trend against the period before. */
export type Stage = 1 | 2 | 3 | 4 | 5 | 6;

/** One of the 18 classes, e.g. `A1`. */
export type MatrixClass = `${Attractiveness}${Stage}`;

export const STAGES: readonly Stage[] = [1, 2, 3, 4, 5, 6];

/** Short names of the stages, for column headers. */
export const STAGE_NAMES: Record<Stage, Bilingual> = {
	1: { en: 'Core', zh: '核心' },
	2: { en: 'Growing', zh: '成长' },
	3: { en: 'Steady', zh: '稳定' },
	4: { en: 'Potential', zh: '潜力' },
	5: { en: 'Occasional', zh: '零星' },
	6: { en: 'Declining', zh: '衰退' }
};

/** Short names of the attractiveness rows. */
export const ATTRACTIVENESS_NAMES: Record<Attractiveness, Bilingual> = {
	A: { en: 'High value', zh: '高价值' },
	B: { en: 'Medium value', zh: '中价值' },
	C: { en: 'Low value', zh: '低价值' }
};

/** The recommended strategy for each class. */
export const STRATEGIES: Record<MatrixClass, Bilingual> = {
	A1: {
		en: 'Build ties at every level up to top management and aim for a partnership: joint plans, a dedicated account team.',
		zh: '建立从一线到高层的全方位关系，争取成为战略合作伙伴：共同规划，配备专属客户团队。'
	},
	A2: {
		en: 'Cross-sell actively and widen the share of wallet to turn them into A1.',
		zh: '积极交叉销售，扩大钱包份额，推动其成长为A1客户。'
	},
	A3: {
		en: 'Find the needs you do not serve yet, offer bundles and reach the decision makers to grow the account.',
		zh: '挖掘尚未满足的需求，提供组合方案并接触关键决策人，提升客户份额。'
	},
	A4: {
		en: 'Win the first big deal: put senior sales time on this valuable customer while they are starting.',
		zh: '拿下第一笔大单：趁客户刚起步，投入资深销售资源。'
	},
	A5: {
		en: 'Find out where the rest of their spend goes and make a targeted offer to win it back from competitors.',
		zh: '了解其其余采购流向，针对性报价，从竞争对手手中争取份额。'
	},
	A6: {
		en: 'Recover urgently: a senior visit within weeks, find the cause of the decline and fix it.',
		zh: '紧急挽回：数周内安排高层拜访，查明下滑原因并解决。'
	},
	B1: {
		en: 'Keep them with reliable, efficient service and loyalty terms; upsell higher-margin products.',
		zh: '以可靠高效的服务和忠诚度条款留住客户，推荐高毛利产品。'
	},
	B2: {
		en: 'Support the growth with an account plan and a wider range to lift them to A.',
		zh: '制定客户计划、扩展产品范围，支持其成长，推动升级为A类。'
	},
	B3: {
		en: 'Standard account management: regular reviews and standard bundles for cross-selling.',
		zh: '标准化客户管理：定期回顾，用标准组合进行交叉销售。'
	},
	B4: {
		en: 'Follow up quickly on the new activity, qualify the potential and onboard them well.',
		zh: '快速跟进新增需求，评估潜力，做好新客户引导。'
	},
	B5: {
		en: 'Cover at low cost through inside sales and digital channels with periodic offers.',
		zh: '通过电话销售和线上渠道低成本覆盖，定期推送优惠。'
	},
	B6: {
		en: 'Let them go at the lowest cost: automated win-back offers only, no field visits.',
		zh: '以最低成本放手：仅做自动化挽回推送，不安排上门拜访。'
	},
	C1: {
		en: 'Serve efficiently at a low cost to serve; move to standard terms and review prices to lift the margin.',
		zh: '以低服务成本高效服务，转为标准条款，检视价格以提升毛利。'
	},
	C2: {
		en: 'Check the margin of the growth and steer them to profitable products on standard terms.',
		zh: '核查增长部分的毛利，引导其采购高毛利产品，采用标准条款。'
	},
	C3: {
		en: 'Automate the service: standard price list, minimum order sizes, self-service ordering.',
		zh: '服务自动化：标准价目表、最低起订量、自助下单。'
	},
	C4: {
		en: 'Qualify cheaply with automated nurturing; invest only if their value rises.',
		zh: '用自动化培育低成本评估，只有价值提升时才追加投入。'
	},
	C5: {
		en: 'Serve through self-service and digital channels only; consider a minimum order value.',
		zh: '仅通过自助和线上渠道服务，考虑设置最低订单金额。'
	},
	C6: {
		en: 'Let them go at the lowest cost: no active retention effort.',
		zh: '以最低成本放手：不做主动挽留。'
	}
};

/** Settings the definitions text describes. */
interface DefinitionSettings {
	months: number;
	growth: number;
	decline: number;
	basis: 'profit' | 'aov' | 'attribute';
	attribute?: string;
}

/** How A/B/C and the stages 1–6 are computed, in plain words in both languages, for the page. */
export function matrixDefinitions(s: DefinitionSettings): { term: Bilingual; text: Bilingual }[] {
	const pct = (x: number) => `${x > 0 ? '+' : ''}${Math.round(x * 100)}%`;
	const basis = {
		profit: {
			en: 'lifetime profit (net revenue − cost)',
			zh: '累计利润（净收入 − 成本）'
		},
		aov: {
			en: 'average order value (net revenue ÷ invoices; the data has no cost)',
			zh: '客单价（净收入 ÷ 单据数；数据中没有成本）'
		}
	};
	const abc: Bilingual =
		s.basis === 'attribute'
			? {
					en: `from the customer attribute “${s.attribute ?? ''}”, each value mapped to A, B or C by you (unmapped and missing values count as C).`,
					zh: `按客户属性“${s.attribute ?? ''}”划分，每个取值由你指定为 A、B 或 C（未指定和缺失的值按 C 计）。`
				}
			: {
					en: `by ${basis[s.basis].en}: the staged customers are split into thirds, A = the most valuable third, C = the least.`,
					zh: `按${basis[s.basis].zh}划分：已归类的客户分成三等份，A = 价值最高的三分之一，C = 最低的三分之一。`
				};
	return [
		{
			term: { en: 'A / B / C', zh: 'A / B / C' },
			text: { en: `Attractiveness, ${abc.en}`, zh: `客户价值，${abc.zh}` }
		},
		{
			term: { en: 'Periods', zh: '对比期' },
			text: {
				en: `The last ${s.months} months before the snapshot against the ${s.months} months before that. Customers who bought in neither period are not placed in the matrix. In a seasonal business, 12-month periods compare a whole year with the year before.`,
				zh: `快照日前最近 ${s.months} 个月，对比再往前的 ${s.months} 个月。两期都没有购买的客户不放入矩阵。季节性明显的业务可用 12 个月为一期，整年对比上一年。`
			}
		},
		{
			term: { en: 'Volume', zh: '规模' },
			text: {
				en: 'High, medium or low: thirds of last-period net revenue among the customers who bought in the last period.',
				zh: '高、中、低：在本期有购买的客户中，按本期净收入分成三等份。'
			}
		},
		{
			term: { en: 'Trend', zh: '趋势' },
			text: {
				en: `Growing fast: last period ${pct(s.growth)} or more against the previous one, or new in the last period. Declining: ${pct(s.decline)} or worse, or no purchase in the last period. Otherwise stable.`,
				zh: `快速增长：本期比上期 ${pct(s.growth)} 及以上，或本期新增的客户。衰退：${pct(s.decline)} 或更差，或本期没有购买。其余为稳定。`
			}
		},
		{
			term: { en: '1–6', zh: '1–6' },
			text: {
				en: '1 Core = high volume, stable · 2 Growing = growing fast from high or medium volume · 3 Steady = medium volume, stable · 4 Potential = growing fast from low volume or new · 5 Occasional = low volume, stable · 6 Declining.',
				zh: '1 核心 = 高规模且稳定 · 2 成长 = 高或中规模且快速增长 · 3 稳定 = 中规模且稳定 · 4 潜力 = 低规模快速增长或新客户 · 5 零星 = 低规模且稳定 · 6 衰退。'
			}
		}
	];
}
