// A static single-page app: DuckDB-WASM only exists in the browser, and no server sees the data.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
