import { demoSuite } from './demo-suite';

demoSuite('wasm');
