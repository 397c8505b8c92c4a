import { compileSuite } from '$tests/helpers/segments-compile-suite';

// The WASM build is slower per statement; fewer runs keep the file under 30 s.
compileSuite('wasm-node', { nodes: 30, lists: 10, binds: 12 });
