// The organisation's blast-radius map (org-report.html): the organisation report's risks as map data,
// files grouped by repository. Drawn by the same HTML reporter as a scan's map (src/report/html.ts).
import { RULE_BY_ID } from '../context/rules.js';
import { buildMap, type CredentialInput, type MapModel } from '../report/map.js';
import { providerName } from '../report/messages.js';
import type { OrgReport } from './report.js';

/** The map of an organisation: files grouped by repository. */
export function orgMap(report: OrgReport): MapModel {
  const inputs: CredentialInput[] = report.risks.map((risk) => {
    const s = risk.scope;
    const inferred = s.certainty === 'inferred';
    return {
      provider: risk.provider,
      issuer: providerName(risk.provider),
      tokenKind: s.resolution === 'online' ? s.tokenKind : risk.tokenKind,
      redacted: risk.redacted,
      fingerprint: risk.fingerprint,
      // The organisation report keeps the rules fired, not each one's message: the rule's own words stand in.
      rules: risk.rules.map((id) => ({ id, name: RULE_BY_ID.get(id)!.name, band: RULE_BY_ID.get(id)!.band, certainty: s.certainty, message: RULE_BY_ID.get(id)!.short })),
      scope: s,
      inferred: inferred && s.inferred.length ? `Inferred: ${s.inferred.join('; ')}.` : undefined,
      places: risk.locations.map((l) => ({ group: l.repository, path: l.path, line: l.line, column: l.column, environment: l.environment })),
      remediation: [risk.remediation],
    };
  });
  const s = report.summary;
  const subtitle = `${s.repositories.scanned} repositories scanned · ${s.secrets} credentials in ${s.findings} places · resolution ${report.resolution} · ${report.generatedAt}`;
  return buildMap(`Blast radius of the ${report.org} organisation`, subtitle, 'repository', inputs, report.revoked.length);
}
