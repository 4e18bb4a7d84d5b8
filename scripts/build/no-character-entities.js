// Stands in for the `character-entities` package (the 2,125 HTML entity names, 35 KB) in the bundles (esbuild.js
// aliases it). The document model turns micromark's character references off (src/core/text/document.ts), so no
// `&name;` is ever looked up while reading a draft: the table would be dead weight.
export const characterEntities = {};
