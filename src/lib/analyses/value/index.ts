import { defineAnalysis } from '../analysis';

export const VALUE = defineAnalysis({
	folder: 'value',
	nav: []
});
