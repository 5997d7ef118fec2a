export { scan, type ScanOptions } from './scan.js';
export { runPipeline, type PipelineInput, type AcceptancePolicy, type PipelineEvents } from './pipeline/index.js';
export { detectText } from './detect/text.js';
export { toSarif } from './report/sarif.js';
export { toJson } from './report/json.js';
export { toText } from './report/text.js';
export { toMarkdown, capMarkdown } from './report/markdown.js';
export { RULES, rulesHelpLine } from './context/rules.js';
export type * from './types.js';
