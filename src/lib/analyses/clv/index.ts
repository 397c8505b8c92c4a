import { defineAnalysis } from '../analysis';

export const CLV = defineAnalysis({
	folder: 'clv',
	nav: [{ href: '/clv/', label: { en: 'P(alive) & lifetime value', zh: '存活概率与终身价值' } }]
});
