import type { Command } from '../command';
import { basketCommand } from './basket';
import { churnCommand } from './churn';
import { clvCommand } from './clv';
import { cohortsCommand } from './cohorts';
import { pageCommand } from './page';
import { paretoCommand } from './pareto';
import { profileCommand } from './profile';
import { rfmCommand } from './rfm';
import { segmentCommand } from './segment';
import { sequencesCommand } from './sequences';
import { tiersCommand } from './tiers';

/** Every CLI command; each analysis adds its own file here. */
export const COMMANDS: Command[] = [
	profileCommand,
	rfmCommand,
	paretoCommand,
	tiersCommand,
	churnCommand,
	cohortsCommand,
	clvCommand,
	segmentCommand,
	basketCommand,
	sequencesCommand,
	pageCommand
];
