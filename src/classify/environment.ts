// Temporary: environments moved to src/context/environment.ts (detection context, below detect,
// resolve and classify). Only the pipeline files being rewritten still import them from here
// (src/audit/index.ts); delete this file once they import from src/context.
export * from '../context/environment.js';
