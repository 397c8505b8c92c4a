import { defineAnalysis } from '../analysis';

export const RFM = defineAnalysis({
	folder: 'rfm',
	nav: [{ href: '/rfm/', label: { en: 'RFM segments', zh: 'RFM 客户分群' } }],
	drills: ['rfm_cell', 'rfm_segment']
});
