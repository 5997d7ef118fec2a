// The destroy primitives the guard holds for a human, as data. Each entry names the resolvers' own
// primitive where one exists (scopes/: volumeDelete, rds:DeleteDBInstance, fly:apps:delete …) and the
// source of the CLI form, or UNCONFIRMED where no primary source was read.
//
// A CLI entry matches a command whose name is `cli` and whose positional words (options skipped) contain
// `words` in order, each word a literal or a pattern; `flag` must appear among the options when given.

export interface CliPrimitive {
  id: string;
  cli: string[];
  /** Positional words in order (not necessarily adjacent); a RegExp matches one word. */
  words: Array<string | RegExp>;
  /** Any of these options must be present (e.g. terraform apply -destroy). */
  flags?: string[];
  /** The resolvers' primitive this CLI call reaches, when they list one. */
  primitive?: string;
  source: string;
}

const DELETE = /^(delete|destroy|remove|rm)$/i;

export const CLI_PRIMITIVES: CliPrimitive[] = [
  // Railway CLI: https://docs.railway.com/reference/cli-api
  { id: 'railway-volume-delete', cli: ['railway'], words: ['volume', DELETE], primitive: 'volumeDelete', source: 'https://docs.railway.com/reference/cli-api#volume' },
  { id: 'railway-environment-delete', cli: ['railway'], words: [/^(environment|env)$/, DELETE], primitive: 'environmentDelete', source: 'https://docs.railway.com/reference/cli-api#environment' },
  { id: 'railway-service-delete', cli: ['railway'], words: ['service', DELETE], primitive: 'serviceDelete', source: 'UNCONFIRMED' },
  { id: 'railway-down', cli: ['railway'], words: ['down'], primitive: 'deploymentRemove', source: 'https://docs.railway.com/reference/cli-api#down' },
  { id: 'railway-delete', cli: ['railway'], words: [/^(delete|destroy)$/], primitive: 'projectDelete', source: 'UNCONFIRMED' },
  // AWS CLI: https://docs.aws.amazon.com/cli/latest/reference/
  { id: 'aws-s3-rb', cli: ['aws'], words: ['s3', 'rb'], primitive: 's3:DeleteBucket', source: 'https://docs.aws.amazon.com/cli/latest/reference/s3/rb.html' },
  { id: 'aws-s3-rm-recursive', cli: ['aws'], words: ['s3', 'rm'], flags: ['--recursive'], primitive: 's3:DeleteObject', source: 'https://docs.aws.amazon.com/cli/latest/reference/s3/rm.html' },
  {
    id: 'aws-s3api-delete-bucket',
    cli: ['aws'],
    words: ['s3api', /^delete-(bucket|objects)$/],
    primitive: 's3:DeleteBucket',
    source: 'https://docs.aws.amazon.com/cli/latest/reference/s3api/delete-bucket.html',
  },
  {
    id: 'aws-rds-delete',
    cli: ['aws'],
    words: ['rds', /^delete-db-(instance|cluster|snapshot|cluster-snapshot|instance-automated-backup)$/],
    primitive: 'rds:DeleteDBInstance',
    source: 'https://docs.aws.amazon.com/cli/latest/reference/rds/delete-db-instance.html',
  },
  {
    id: 'aws-dynamodb-delete',
    cli: ['aws'],
    words: ['dynamodb', /^delete-(table|backup)$/],
    primitive: 'dynamodb:DeleteTable',
    source: 'https://docs.aws.amazon.com/cli/latest/reference/dynamodb/delete-table.html',
  },
  {
    id: 'aws-ec2-delete',
    cli: ['aws'],
    words: ['ec2', /^(delete-volume|delete-snapshot|terminate-instances)$/],
    primitive: 'ec2:DeleteVolume',
    source: 'https://docs.aws.amazon.com/cli/latest/reference/ec2/delete-volume.html',
  },
  {
    id: 'aws-backup-delete',
    cli: ['aws'],
    words: ['backup', /^delete-(recovery-point|backup-vault)$/],
    primitive: 'backup:DeleteRecoveryPoint',
    source: 'https://docs.aws.amazon.com/cli/latest/reference/backup/delete-recovery-point.html',
  },
  {
    id: 'aws-kms-schedule-key-deletion',
    cli: ['aws'],
    words: ['kms', 'schedule-key-deletion'],
    primitive: 'kms:ScheduleKeyDeletion',
    source: 'https://docs.aws.amazon.com/cli/latest/reference/kms/schedule-key-deletion.html',
  },
  { id: 'aws-cloudformation-delete-stack', cli: ['aws'], words: ['cloudformation', 'delete-stack'], source: 'https://docs.aws.amazon.com/cli/latest/reference/cloudformation/delete-stack.html' },
  // gcloud: every resource group's `delete` verb (https://cloud.google.com/sdk/gcloud/reference)
  { id: 'gcloud-delete', cli: ['gcloud'], words: [/^delete$/], source: 'https://cloud.google.com/sdk/gcloud/reference/projects/delete' },
  { id: 'gsutil-rb', cli: ['gsutil'], words: [/^(rb|rm)$/], source: 'https://cloud.google.com/storage/docs/gsutil/commands/rb' },
  // Infrastructure as code
  { id: 'terraform-destroy', cli: ['terraform', 'tofu', 'terragrunt'], words: ['destroy'], source: 'https://developer.hashicorp.com/terraform/cli/commands/destroy' },
  {
    id: 'terraform-apply-destroy',
    cli: ['terraform', 'tofu', 'terragrunt'],
    words: [/^(apply|plan)$/],
    flags: ['-destroy', '--destroy'],
    source: 'https://developer.hashicorp.com/terraform/cli/commands/plan#planning-modes',
  },
  { id: 'pulumi-destroy', cli: ['pulumi'], words: ['destroy'], source: 'https://www.pulumi.com/docs/iac/cli/commands/pulumi_destroy/' },
  { id: 'pulumi-stack-rm', cli: ['pulumi'], words: ['stack', 'rm'], source: 'https://www.pulumi.com/docs/iac/cli/commands/pulumi_stack_rm/' },
  // Kubernetes: deleting namespaces and volumes takes their data
  {
    id: 'kubectl-delete-storage',
    cli: ['kubectl', 'oc'],
    words: ['delete', /^(namespaces?|ns|pv|pvc|persistentvolumes?|persistentvolumeclaims?|statefulsets?|sts)(\/.*)?$/],
    source: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/',
  },
  { id: 'helm-uninstall', cli: ['helm'], words: [/^(uninstall|delete|del)$/], source: 'https://helm.sh/docs/helm/helm_uninstall/' },
  // GitHub
  { id: 'gh-repo-delete', cli: ['gh'], words: ['repo', 'delete'], primitive: 'DELETE /repos/{owner}/{repo}', source: 'https://cli.github.com/manual/gh_repo_delete' },
  { id: 'gh-release-delete', cli: ['gh'], words: ['release', 'delete'], source: 'https://cli.github.com/manual/gh_release_delete' },
  // Vercel
  { id: 'vercel-remove', cli: ['vercel', 'vc'], words: [/^(remove|rm)$/], source: 'https://vercel.com/docs/cli/remove' },
  { id: 'vercel-project-rm', cli: ['vercel', 'vc'], words: [/^(project|projects)$/, /^(remove|rm)$/], source: 'https://vercel.com/docs/cli/project' },
  // Fly.io
  { id: 'fly-destroy', cli: ['flyctl', 'fly'], words: [/^(apps|app)$/, /^(destroy|delete|remove)$/], primitive: 'fly:apps:delete', source: 'https://fly.io/docs/flyctl/apps-destroy/' },
  { id: 'fly-destroy-short', cli: ['flyctl', 'fly'], words: [/^destroy$/], primitive: 'fly:apps:delete', source: 'https://fly.io/docs/flyctl/destroy/' },
  { id: 'fly-volumes-destroy', cli: ['flyctl', 'fly'], words: [/^(volumes?|vol)$/, /^(destroy|delete|rm)$/], primitive: 'fly:volumes:delete', source: 'https://fly.io/docs/flyctl/volumes-destroy/' },
  { id: 'fly-postgres-destroy', cli: ['flyctl', 'fly'], words: [/^(postgres|pg|mpg)$/, /^(destroy|delete)$/], source: 'UNCONFIRMED' },
  // Heroku
  { id: 'heroku-apps-destroy', cli: ['heroku'], words: [/^(apps:destroy|destroy)$/], source: 'https://devcenter.heroku.com/articles/heroku-cli-commands#heroku-apps-destroy' },
  { id: 'heroku-pg-reset', cli: ['heroku'], words: [/^(pg:reset|addons:destroy|pg:backups:delete)$/], source: 'https://devcenter.heroku.com/articles/heroku-cli-commands#heroku-pg-reset-database' },
  // Supabase, Neon, DigitalOcean, Stripe
  { id: 'supabase-projects-delete', cli: ['supabase'], words: ['projects', 'delete'], source: 'https://supabase.com/docs/reference/cli/supabase-projects-delete' },
  { id: 'supabase-db-reset-linked', cli: ['supabase'], words: ['db', 'reset'], flags: ['--linked', '--db-url'], source: 'https://supabase.com/docs/reference/cli/supabase-db-reset' },
  { id: 'neonctl-delete', cli: ['neonctl', 'neon'], words: [/^(projects?|branches?|databases?|db)$/, DELETE], source: 'https://neon.com/docs/reference/cli-projects' },
  { id: 'doctl-delete', cli: ['doctl'], words: [DELETE], primitive: 'DELETE /v2/databases/{uuid}', source: 'https://docs.digitalocean.com/reference/doctl/reference/databases/delete/' },
  { id: 'stripe-delete', cli: ['stripe'], words: [/^delete$/], source: 'https://docs.stripe.com/cli/resources' },
  // Netlify, Cloudflare (wrangler), Firebase
  { id: 'netlify-sites-delete', cli: ['netlify', 'ntl'], words: ['sites:delete'], source: 'https://cli.netlify.com/commands/sites/#sitesdelete' },
  { id: 'wrangler-delete', cli: ['wrangler'], words: [/^delete$/], source: 'https://developers.cloudflare.com/workers/wrangler/commands/' },
  { id: 'firebase-delete', cli: ['firebase'], words: [/^(projects:delete|firestore:delete|database:remove|hosting:disable|functions:delete)$/], source: 'https://firebase.google.com/docs/cli' },
  // Databases and caches from their own clients
  { id: 'redis-flush', cli: ['redis-cli', 'valkey-cli', 'keydb-cli'], words: [/^(flushall|flushdb)$/i], primitive: 'FLUSHALL', source: 'https://redis.io/docs/latest/commands/flushall/' },
  { id: 'pg-dropdb', cli: ['dropdb'], words: [], source: 'https://www.postgresql.org/docs/current/app-dropdb.html' },
];

/** SQL clients: a DROP or TRUNCATE in a -c/-e/--command/--execute value, a heredoc or piped input. */
export const SQL_CLIENTS = new Set([
  'psql',
  'mysql',
  'mariadb',
  'sqlite3',
  'cockroach',
  'clickhouse-client',
  'clickhouse',
  'sqlcmd',
  'pgcli',
  'mycli',
  'mongosh',
  'mongo',
  'duckdb',
  'turso',
  'wrangler',
]);
// DROP TABLE/DATABASE/SCHEMA and TRUNCATE: https://www.postgresql.org/docs/current/sql-commands.html; MongoDB's dropDatabase()/drop().
export const SQL_DESTROY = /\b(drop\s+(table|database|schema|owned|index|view|materialized\s+view|keyspace)|truncate\b|dropDatabase\s*\(|\.drop\s*\(|delete\s+from\s+\w+\s*(;|$))/i;

/**
 * GraphQL mutations and HTTP calls that destroy, as they appear in a curl body, a node -e or python -c
 * script or an MCP tool's input. Railway's names are the resolver's own (scopes/railway.ts).
 */
export const GRAPHQL_DESTROY: Array<{ name: string; source: string }> = [
  { name: 'volumeDelete', source: 'railwayapp/cli src/gql/schema.json (scopes/railway.ts)' },
  { name: 'volumeInstanceBackupDelete', source: 'UNCONFIRMED' },
  { name: 'projectDelete', source: 'railwayapp/cli src/gql/schema.json (scopes/railway.ts)' },
  { name: 'environmentDelete', source: 'railwayapp/cli src/gql/schema.json (scopes/railway.ts)' },
  { name: 'serviceDelete', source: 'railwayapp/cli src/gql/schema.json (scopes/railway.ts)' },
  { name: 'deleteRepository', source: 'https://docs.github.com/en/graphql/reference/mutations' },
  { name: 'deleteProject', source: 'UNCONFIRMED' },
];
export const GRAPHQL_DESTROY_RE = new RegExp(`\\b(${GRAPHQL_DESTROY.map((g) => g.name).join('|')})\\b`);

/** Programs that send HTTP or run inline scripts: their arguments are searched for the mutations above and for DELETE. */
export const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'httpie', 'xh', 'xhs', 'node', 'python', 'python3', 'deno', 'bun', 'ruby', 'perl', 'php', 'gh']);

/** Providers' API hosts: an HTTP DELETE to one of them destroys something. */
export const PROVIDER_API_HOSTS =
  /\b(api\.github\.com|backboard\.railway\.(app|com)|api\.vercel\.com|api\.fly\.io|api\.machines\.dev|api\.heroku\.com|api\.digitalocean\.com|api\.stripe\.com|api\.supabase\.(com|io)|console\.neon\.tech|api\.neon\.tech|api\.cloudflare\.com|api\.netlify\.com|amazonaws\.com|googleapis\.com|gitlab\.com\/api|cloud\.mongodb\.com|api\.render\.com|api\.anthropic\.com|api\.openai\.com)\b/i;

/** MCP servers that front a provider: a tool of theirs whose name says it deletes is held. */
export const MCP_PROVIDER_SERVERS =
  /railway|aws|gcp|google|gcloud|github|gitlab|vercel|fly|heroku|supabase|neon|digitalocean|stripe|cloudflare|netlify|postgres|mysql|redis|mongo|render|kubernetes|k8s|terraform|pulumi|firebase|planetscale|turso|sql|db|database/i;
/** A destroy verb in a tool name (volume_delete, deleteVolume, drop_table, flushall). */
export const MCP_DESTROY_TOOL = /(delete|destroy|drop|remove|purge|flush|truncate|wipe|terminate|teardown)/i;
/** Resource nouns: a delete tool on an unknown server is held when it names one of these. */
export const MCP_RESOURCE = /(volume|project|environment|service|database|db|bucket|cluster|instance|repo|app|namespace|table|branch|backup|snapshot|stack|deployment|site|zone)/i;
