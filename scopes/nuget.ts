import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: NuGet credentials are recognised by their documented format; this tool does not ask NuGet yet.
export default offlineOnly({
  id: 'nuget',
  name: 'NuGet',
  because: "a nuget.org API key: it pushes and unlists the packages its scopes and glob pattern name, under its owner's account",
  remediation: 'Use a key scoped to push new versions of the one package, with a short expiry (or trusted publishing from CI), and delete this one at https://www.nuget.org/account/apikeys.',
});
