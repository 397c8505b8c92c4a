import { defineAnalysis } from '../analysis';

export const PROFILE = defineAnalysis({
	folder: 'profile',
	nav: []
});
