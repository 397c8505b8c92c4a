import { defineAnalysis } from '../analysis';

export const CHURN = defineAnalysis({
	folder: 'churn',
	nav: [
		{ href: '/churn/', label: { en: 'Churn: who & why', zh: '流失：谁与原因' } },
		{ href: '/churn/when/', label: { en: 'Churn: when', zh: '流失：何时' } }
	],
	drills: ['churn_reason']
});
