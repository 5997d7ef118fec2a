export { scan, detectText, type ScanOptions } from './scan.js';
export { toSarif } from './report/sarif.js';
export { toJson } from './report/json.js';
export { toText } from './report/text.js';
export { toMarkdown, capMarkdown } from './report/markdown.js';
export { RULES, rulesHelpLine } from './context/rules.js';
export type * from './types.js';
