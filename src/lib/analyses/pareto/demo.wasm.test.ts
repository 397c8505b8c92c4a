import { demoSuite } from '$tests/helpers/pareto-demo-suite';

demoSuite('wasm');
