import { compileSuite } from '$tests/helpers/segments-compile-suite';

compileSuite('native', { nodes: 60, lists: 20, binds: 25 });
