import { demoSuite } from './demo-suite';

demoSuite('native');
