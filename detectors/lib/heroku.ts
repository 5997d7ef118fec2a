// The Heroku CLI keeps its token in ~/.netrc under `machine api.heroku.com` (`heroku login`: global scope,
// one year; https://devcenter.heroku.com/articles/authentication).
import type { MatchInput } from '../../src/detect/define.js';
import { before } from './context.js';

export function herokuCliToken(input: MatchInput): boolean {
  return /(^|\/)[._]netrc$/.test(input.path) && before(input, /machine\s+api\.heroku\.com\s[^]{0,120}$/, 200);
}
