// The guard's shell reading and its destroy catalogue, in process: every catalogue entry has an example
// here that must match it (a new entry without one fails), and ordinary commands match nothing.
import { describe, expect, it } from 'vitest';
import { CLI_PRIMITIVES } from '../src/guard/catalogue.js';
import { destroyOf } from '../src/guard/commands.js';
import { commandsOf, MAX_DEPTH, ShellTooDeep } from '../src/guard/shell.js';

const EXAMPLES: Record<string, string> = {
  'railway-volume-delete': 'railway volume delete --volume pg-data',
  'railway-environment-delete': 'railway environment delete staging',
  'railway-service-delete': 'railway service delete api',
  'railway-down': 'railway down -y',
  'railway-delete': 'railway delete --yes',
  'aws-s3-rb': 'aws s3 rb s3://backups --force',
  'aws-s3-rm-recursive': 'aws s3 rm s3://backups --recursive',
  'aws-s3api-delete-bucket': 'aws s3api delete-bucket --bucket backups',
  'aws-rds-delete': 'aws --region eu-west-1 rds delete-db-instance --db-instance-identifier prod --skip-final-snapshot',
  'aws-dynamodb-delete': 'aws dynamodb delete-table --table-name orders',
  'aws-ec2-delete': 'aws ec2 delete-volume --volume-id vol-1',
  'aws-backup-delete': 'aws backup delete-recovery-point --backup-vault-name v --recovery-point-arn a',
  'aws-kms-schedule-key-deletion': 'aws kms schedule-key-deletion --key-id k',
  'aws-cloudformation-delete-stack': 'aws cloudformation delete-stack --stack-name prod',
  'gcloud-delete': 'gcloud sql instances delete prod-db --quiet',
  'gsutil-rb': 'gsutil rb gs://backups',
  'terraform-destroy': 'terraform destroy -auto-approve',
  'terraform-apply-destroy': 'terraform apply -destroy',
  'pulumi-destroy': 'pulumi destroy --yes',
  'pulumi-stack-rm': 'pulumi stack rm prod --force',
  'kubectl-delete-storage': 'kubectl -n prod delete pvc data-postgres-0',
  'helm-uninstall': 'helm uninstall postgres',
  'gh-repo-delete': 'gh repo delete acme/api --yes',
  'gh-release-delete': 'gh release delete v1.0.0',
  'vercel-remove': 'vercel remove my-app --yes',
  'vercel-project-rm': 'vercel project rm my-app',
  'fly-destroy': 'flyctl apps destroy my-app -y',
  'fly-destroy-short': 'fly destroy my-app',
  'fly-volumes-destroy': 'fly volumes destroy vol_123',
  'fly-postgres-destroy': 'fly postgres destroy my-db',
  'heroku-apps-destroy': 'heroku apps:destroy --app my-app --confirm my-app',
  'heroku-pg-reset': 'heroku pg:reset DATABASE_URL --app my-app',
  'supabase-projects-delete': 'supabase projects delete abcdef',
  'supabase-db-reset-linked': 'supabase db reset --linked',
  'neonctl-delete': 'neonctl projects delete p-1',
  'doctl-delete': 'doctl databases delete 1234',
  'stripe-delete': 'stripe customers delete cus_1',
  'netlify-sites-delete': 'netlify sites:delete my-site',
  'wrangler-delete': 'wrangler d1 delete prod-db',
  'firebase-delete': 'firebase firestore:delete --all-collections',
  'redis-flush': 'redis-cli -h cache FLUSHALL',
  'pg-dropdb': 'dropdb prod',
};

const idOf = (line: string) =>
  commandsOf(line)
    .map((c) => destroyOf(c, process.cwd())?.id)
    .find(Boolean);

describe('destroy catalogue', () => {
  it('every entry has a source URL or says UNCONFIRMED, and an example here', () => {
    for (const e of CLI_PRIMITIVES) {
      expect(e.source, e.id).toMatch(/^(https:\/\/|UNCONFIRMED$)/);
      expect(EXAMPLES[e.id], `add an example command for ${e.id} to test/guard-shell.test.ts`).toBeDefined();
    }
  });

  it.each(Object.entries(EXAMPLES))('%s matches its example', (id, line) => {
    expect(idOf(line)).toBe(id);
  });

  it.each([
    ['DROP in psql -c', 'psql "$DATABASE_URL" -c "DROP TABLE users"', 'sql-drop-truncate'],
    ['TRUNCATE piped into mysql', 'echo "TRUNCATE orders;" | mysql prod', 'sql-drop-truncate'],
    ['FLUSHDB piped into redis-cli', "printf 'FLUSHDB\\n' | redis-cli", 'redis-flush'],
    ['a GraphQL mutation in curl', `curl https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { projectDelete(id: \\"p\\") }"}'`, 'graphql-projectDelete'],
    ['node -e with volumeDelete', `node -e 'fetch(u,{method:"POST",body:JSON.stringify({query:"mutation{volumeDelete(volumeId:1)}"})})'`, 'graphql-volumeDelete'],
    ['curl -X DELETE to a provider API', 'curl -X DELETE https://api.vercel.com/v9/projects/p', 'http-delete-provider-api'],
    ['httpie DELETE', 'http DELETE https://api.heroku.com/apps/a', 'http-delete-provider-api'],
    ['gh api -X DELETE', 'gh api -X DELETE repos/acme/api', 'http-delete-provider-api'],
    ['behind sudo and an env prefix', 'AWS_PROFILE=prod sudo -u ops aws s3 rb s3://b', 'aws-s3-rb'],
    ['inside sh -c inside $(…)', `echo "$(sh -c 'terraform destroy -auto-approve')"`, 'terraform-destroy'],
    ['after a line continuation', 'railway volume \\\n  delete --volume x', 'railway-volume-delete'],
  ])('%s', (_, line, id) => {
    expect(idOf(line)).toBe(id);
  });

  it.each([
    'railway up',
    'railway logs --deployment',
    'aws s3 ls s3://backups',
    'aws s3 rm s3://b/one-file.txt',
    'terraform plan',
    'kubectl delete pod web-1',
    'gh repo view acme/api',
    'grep -rn volumeDelete src/',
    'psql -c "SELECT 1"',
    'curl https://api.github.com/user',
    'git push origin main',
    'npm run build && npm test',
  ])('%s holds nothing', (line) => {
    expect(idOf(line)).toBeUndefined();
  });
});

describe('shell reading', () => {
  it('splits pipes, lists and subshells, strips env prefixes and wrappers', () => {
    const argvs = commandsOf('A=1 B="two words" nohup cat x | grep y && (cd d; ls) || true').map((c) => c.argv);
    expect(argvs).toEqual([['cat', 'x'], ['grep', 'y'], ['cd', 'd'], ['ls'], ['true']]);
    expect(commandsOf('A=1 B="two words" cat x')[0].assignments).toEqual({ A: '1', B: 'two words' });
  });

  it('recurses into sh -c, eval, $(…) and backticks', () => {
    const names = commandsOf(`bash -c "eval 'echo \\$(whoami)'"; echo \`id\``).map((c) => c.argv[0]);
    expect(names).toEqual(expect.arrayContaining(['bash', 'eval', 'echo', 'whoami', 'id']));
  });

  it('takes heredoc bodies and here-strings as stdin, and runs what is fed to a shell', () => {
    const [py] = commandsOf("python3 - <<'EOF'\nimport os\nprint(1)\nEOF\necho done");
    expect(py.argv).toEqual(['python3', '-']);
    expect(py.stdin).toEqual(['import os\nprint(1)']);
    expect(commandsOf('bash <<-EOF\n\tcat x\n\tEOF').map((c) => c.argv)).toEqual([['bash'], ['cat', 'x']]);
    expect(commandsOf("echo 'rm -rf /tmp/x' | sh").map((c) => c.argv[0])).toEqual(['echo', 'sh', 'rm']);
    expect(commandsOf('grep -c x <<< "a b"')[0].stdin).toEqual(['a b']);
  });

  it('keeps globs as words, records xargs, and runs find -exec on the roots it walks', () => {
    expect(commandsOf('cat src/*.ts')[0].argv).toEqual(['cat', 'src/*.ts']);
    expect(commandsOf('ls | xargs cat')[1]).toMatchObject({ argv: ['cat'], via: ['xargs'] });
    const inner = commandsOf('find conf scripts -name "*.sh" -exec grep -n TOKEN {} +').find((c) => c.argv[0] === 'grep');
    expect(inner).toMatchObject({ argv: ['grep', '-n', 'TOKEN', '{}'], feeds: ['conf', 'scripts'] });
  });

  it('marks code decoded at run time as hidden, and leaves ordinary evals alone', () => {
    expect(commandsOf('echo Y2F0 | base64 -d | bash').some((c) => c.hidden)).toBe(true);
    expect(commandsOf('sh -c "$(xxd -r -p <<< 636174)"').some((c) => c.hidden)).toBe(true);
    expect(commandsOf('eval "$(direnv hook bash)"').some((c) => c.hidden)).toBe(false);
  });

  it('refuses nesting past the limit rather than guess', () => {
    let line = 'cat x';
    for (let i = 0; i <= MAX_DEPTH + 1; i++) line = `sh -c ${JSON.stringify(line)}`;
    expect(() => commandsOf(line)).toThrow(ShellTooDeep);
  });
});
