// Every detector, registered once. A new credential type is one file in this folder plus one line here.
import type { Detector } from '../src/detect/define.js';
import githubClassicPat from './github-classic-pat.js';
import githubOauthToken from './github-oauth-token.js';
import githubUserToServerToken from './github-user-to-server-token.js';
import githubInstallationToken from './github-installation-token.js';
import githubInstallationJwt from './github-installation-jwt.js';
import githubRefreshToken from './github-refresh-token.js';
import githubFineGrainedPat from './github-fine-grained-pat.js';
import railwayToken from './railway-token.js';
// -- core: more imports here --
// -- saas: imports (begin) --
// -- saas: imports (end) --

export const detectors: Detector[] = [
  githubClassicPat,
  githubOauthToken,
  githubUserToServerToken,
  githubInstallationToken,
  githubInstallationJwt,
  githubRefreshToken,
  githubFineGrainedPat,
  railwayToken,
  // -- core: more entries here --
  // -- saas: entries (begin) --
  // -- saas: entries (end) --
];
