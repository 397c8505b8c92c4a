import { defineAnalysis } from '../analysis';

export const SEGMENTS = defineAnalysis({
	folder: 'segments',
	nav: [{ href: '/segments/', label: { en: 'Segment builder', zh: '自定义分群' } }]
});
