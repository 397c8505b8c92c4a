import { demoSuite } from '$tests/helpers/segments-demo-suite';

demoSuite('native');
