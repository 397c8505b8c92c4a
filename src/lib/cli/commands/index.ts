import type { Command } from '../command';
import { profileCommand } from './profile';

/** Every CLI command; each analysis adds its own file here. */
export const COMMANDS: Command[] = [profileCommand];
