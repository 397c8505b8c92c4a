import { defineAnalysis } from '../analysis';

export const DRILL = defineAnalysis({
	folder: 'drill',
	nav: []
});
