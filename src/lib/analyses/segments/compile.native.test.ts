import { compileSuite } from './compile-suite';

compileSuite('native', { nodes: 60, lists: 20, binds: 25 });
