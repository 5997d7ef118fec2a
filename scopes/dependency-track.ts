import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Dependency-Track credentials are recognised by their documented format; this tool does not ask Dependency-Track yet.
export default offlineOnly({
  id: 'dependency-track',
  name: 'Dependency-Track',
  because: "a Dependency-Track API key: it carries its team's permissions, and a team with PORTFOLIO_MANAGEMENT deletes projects and their findings",
  remediation: 'Use a key of a team that has only BOM_UPLOAD (and VIEW_PORTFOLIO if needed), and delete this key under Administration > Access Management > Teams.',
});
