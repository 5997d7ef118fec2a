// argv → options → scan → report → exit code. Nothing else lives here.
//
// Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
// 2 usage or configuration error (one line on stderr, no stack trace); 3 internal error (src/cli-crash.ts);
// 4 the --deadline passed before everything was read, and nothing at or above --fail-on was found.
import { closeSync, lstatSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from './config/index.js';
import { failPredicate } from './classify/rules.js';
import { rulesHelpLine } from './context/rules.js';
import { announcement, checkCount, checkEnvironment, checkFailOn, checkProviders, checkScanRoot, endpointNotes, parseOptions, parseSize, type Io } from './options.js';
import { ConfigError, UsageError } from './errors.js';
import { jsonReport } from './report/json.js';
import { toMarkdown } from './report/markdown.js';
import { chunked, jsonPieces } from './report/stream.js';
import { toSarif } from './report/sarif.js';
import { terminalText } from './report/format.js';
import { toText, type Paint, plain } from './report/text.js';
import { DEFAULT_LIMITS } from './pipeline/index.js';
import { scan } from './scan.js';
import { VERSION } from './version.js';

export { parseSize, type Io } from './options.js';

export const HELP = `agent-blast-radius ${VERSION}
Which credentials can an AI agent read here, what can each one do, and which could destroy
something outside the environment it sits in?

Usage:
  agent-blast-radius scan [path] [options]     scan one workspace (default: .)
  agent-blast-radius audit --org NAME [opts]   every repository of a GitHub organisation
  agent-blast-radius merge DIR… [opts]         combine the outputs of audit --shard runs
                                               (agent-blast-radius audit --help: their options)
  agent-blast-radius guard install|status|approve|uninstall|hook
                                               stop an agent's dangerous credential read or destroy
                                               call before it runs (agent-blast-radius guard --help)

Options:
  --offline                 never call a provider; verdicts from the token's shape and context
  --no-resolve P[,P…]       do not send credentials of these providers (e.g. aws,github)
  --max-resolutions N       send at most N credentials to providers; the rest stay offline
  --probe-databases         connect, read-only, to the servers named in database and cache URLs
                            (PostgreSQL, MySQL/MariaDB, Redis) and read their privilege catalogues
  --probe-clusters          ask the Kubernetes API server a kubeconfig names what its credential may
                            do (SelfSubjectReview, SelfSubjectAccessReview, SelfSubjectRulesReview)
  --format F[,F…]           text, json, sarif, markdown or html (default: text); html is the
                            blast-radius map, one self-contained file to open in a browser
  --output FILE             write the report to FILE (default: stdout)
  --output-dir DIR          write each format to DIR/agent-blast-radius.<txt|json|sarif|md|html>
                            (needed for several formats: --format sarif,html --output-dir reports)
  --home                    also read the user's credential stores (~/.aws/credentials, ~/.npmrc, …)
  --process-env             also read the environment variables the agent inherits
  --no-git-history          do not read the git history of a workspace that holds .git (read by
                            default: what git log -p shows an agent; each blob once, within 20000
                            blobs, 200MB and 30s, what is left said in the summary)
  --environment NAME        the workspace's environment (e.g. staging); a file's own name wins
  --exclude PATTERN         skip paths matching a glob (repeatable)
  --no-default-excludes     also read dependency and build folders (node_modules, dist, …)
  --max-file-size SIZE      skip larger files, counted (default: 5MB; accepts B, KB, MB)
  --max-findings-per-file N report at most N distinct credentials per file (default: 100; 0: no
                            limit); the occurrences of the others are counted in the summary
  --max-findings N          report at most N occurrences in all (default: 5000, GitHub code
                            scanning keeps 5,000 results; 0: no limit); the rest are counted
  --deadline SECONDS        stop reading after SECONDS, report what was found and count what was not
                            read; such a run exits 4 unless it found something at or above --fail-on
  --config FILE             configuration (default: .agent-blast-radius.yml in the scanned path)
  --baseline FILE           also accept the findings listed in FILE (fingerprint, reason, optional expires)
  --write-baseline FILE     write every finding not otherwise accepted to FILE as accepted, keeping the
                            entries already there; then exit 0
  --fail-on LEVEL|RULES     critical|high|medium|low or ABR001,ABR004… (default: high)
  --show-revoked            list revoked credentials (they fire no rule)
  --no-color                plain text output
  --quiet                   no spinner and no notes on stderr
  --version                 print the version
  --help                    print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or configuration error,
3 internal error (a bug: one line on stderr, no stack trace, no report), 4 the --deadline passed
before everything was read and nothing at or above --fail-on was found (incomplete, never "clean").
${rulesHelpLine()}
`;

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
};

export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  // On Node < 22 the AWS SDK warns on stderr, once per process, when its first client is made
  // (NodeVersionSupportWarning). --quiet (scan and audit) turns off that one warning with the SDK's own
  // switch (https://github.com/aws/aws-sdk-js-v3/issues/7983); Node's other warnings still print.
  if (argv.some((a) => a === '--quiet' || /^-[a-z]*q[a-z]*$/.test(a))) process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  try {
    return await main(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      // A message may quote a path, a config key or a value from the scanned tree: one visible line each.
      io.stderr(`agent-blast-radius: ${terminalText(err.message)}\n${err.hint ? `hint: ${terminalText(err.hint)}\n` : ''}`);
      return 2;
    }
    throw err;
  }
}

function parse(argv: string[]) {
  return parseOptions(
    argv,
    {
      offline: { type: 'boolean' },
      'no-resolve': { type: 'string', multiple: true, default: [] },
      'max-resolutions': { type: 'string' },
      'probe-databases': { type: 'boolean' },
      'probe-clusters': { type: 'boolean' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      'output-dir': { type: 'string' },
      home: { type: 'boolean' },
      'process-env': { type: 'boolean' },
      'no-git-history': { type: 'boolean' },
      environment: { type: 'string' },
      exclude: { type: 'string', multiple: true, default: [] },
      'no-default-excludes': { type: 'boolean' },
      'max-file-size': { type: 'string', default: '5MB' },
      'max-findings-per-file': { type: 'string' },
      'max-findings': { type: 'string' },
      deadline: { type: 'string' },
      config: { type: 'string' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      'fail-on': { type: 'string', default: 'high' },
      'show-revoked': { type: 'boolean' },
      'no-color': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
    'run agent-blast-radius --help',
  );
}

async function main(argv: string[], io: Io): Promise<number> {
  // audit and merge take options of their own (src/cli-audit.ts).
  // The audit's Octokit and tar code load only for the commands that use them.
  if (argv[0] === 'audit') return (await import('./cli-audit.js')).auditMain(argv.slice(1), io);
  if (argv[0] === 'merge') return (await import('./cli-audit.js')).mergeMain(argv.slice(1), io);
  if (argv[0] === 'guard') {
    const [{ guardMain }, { processIo }] = await Promise.all([import('./guard/cli.js'), import('./guard/io.js')]);
    return guardMain(argv.slice(1), { ...processIo(), stdout: io.stdout, stderr: io.stderr, env: io.env });
  }
  const { values: v, positionals } = parse(argv);
  if (v.help) {
    io.stdout(HELP);
    return 0;
  }
  if (v.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, path = '.', ...extra] = positionals;
  if (!command) throw new UsageError('no command given', 'run agent-blast-radius scan [path]');
  if (command === 'audit' || command === 'merge') throw new UsageError(`${command} must come first, before its options`, `run agent-blast-radius ${command} --help`);
  if (command !== 'scan') throw new UsageError(`unknown command "${command}"`, 'run agent-blast-radius --help');
  if (extra.length) throw new UsageError(`scan takes one path, got ${positionals.length - 1}`);
  const formats = checkFormats(v.format!);
  if (v.output && v['output-dir']) throw new UsageError('--output and --output-dir cannot be used together', '--output FILE for one format, --output-dir DIR for one or several');
  if (formats.length > 1 && !v['output-dir']) throw new UsageError(`--format ${formats.join(',')}: several formats need --output-dir DIR`, `e.g. --format ${formats.join(',')} --output-dir reports`);
  const failOn = checkFailOn(v['fail-on']!);
  const declared = checkEnvironment(v.environment);
  // Before the config file inside it is looked for: a folder that cannot be read is blamed, not its config.
  const root = checkScanRoot(path);
  const maxFileSize = parseSize(v['max-file-size']!);
  const noResolve = checkProviders(v['no-resolve']!);
  const maxResolutions = checkCount('--max-resolutions', v['max-resolutions'], Infinity);
  const deadline = checkCount('--deadline', v.deadline, 0, 1);
  const limits = { perFile: checkCount('--max-findings-per-file', v['max-findings-per-file'], DEFAULT_LIMITS.perFile), total: checkCount('--max-findings', v['max-findings'], DEFAULT_LIMITS.total) };
  // The configuration and baseline modules load only when such a file is involved (most scans have none).
  const defaultConfig = join(root, '.agent-blast-radius.yml');
  const files = v.config || v.baseline || v['write-baseline'] || present(defaultConfig) ? await loadConfigModules() : undefined;
  const config: Config = !files ? {} : v.config ? files.loadConfig(resolve(v.config), true) : files.loadConfig(defaultConfig, false);
  // A config file may turn resolution off (fake example tokens), never on.
  const offline = Boolean(v.offline) || config.offline === true;
  if (!v.offline && config.offline === true && !v.quiet) io.stderr('agent-blast-radius: offline: set by the configuration file\n');

  const environment = declared ?? config.environment?.toLowerCase();
  // Accepted findings stay in the report, marked; an entry past its `expires` date fires again.
  const { accepted, expired } = files
    ? files.acceptedOn([...(config.accept ?? []), ...(v.baseline ? files.loadBaseline(resolve(v.baseline)) : [])])
    : { accepted: new Map<string, string>(), expired: [] };
  if (!v.quiet) for (const e of expired) io.stderr(`agent-blast-radius: the acceptance of ${terminalText(e.fingerprint)} expired on ${terminalText(String(e.expires))}: it is reported again\n`);

  const quiet = Boolean(v.quiet);
  // A terminal that reports zero columns (some `script` wrappers) makes ora redraw forever: no spinner there.
  const animate = io.isTTY && !io.env.CI && !quiet && (process.stderr.columns ?? 0) > 0;
  const spinner = animate ? (await import('ora')).default({ text: 'scanning…', stream: process.stderr }).start() : undefined;
  let report: Awaited<ReturnType<typeof scan>>;
  try {
    report = await scan({
      root,
      environment,
      home: Boolean(v.home),
      processEnv: Boolean(v['process-env']),
      gitHistory: !v['no-git-history'],
      walk: { excludes: [...(config.exclude ?? []), ...v.exclude!], defaultExcludes: !v['no-default-excludes'], maxFileSize },
      resolve: { offline, skip: noResolve, maxResolutions, environments: config.environments ?? {}, probeDatabases: Boolean(v['probe-databases']), probeClusters: Boolean(v['probe-clusters']) },
      accept: { accepted },
      limits,
      ...(deadline ? { deadlineMs: deadline * 1000 } : {}),
      events: {
        progress: spinner ? (n) => (spinner.text = `scanning… ${n} files read`) : undefined,
        resolving: quiet
          ? undefined
          : (plan) => {
              spinner?.stop();
              for (const note of endpointNotes(io.env)) io.stderr(`agent-blast-radius: ${note}\n`);
              io.stderr(`agent-blast-radius: ${announcement(plan)}\n`);
              spinner?.start('resolving…');
            },
      },
      env: io.env,
    });
  } finally {
    spinner?.stop();
  }
  report.summary.root = path;

  const color = io.isTTY && !v['no-color'] && !io.env.NO_COLOR && !v.output && !v['output-dir'] && formats[0] === 'text';
  // SARIF and JSON are written in pieces: one string of 80,000 results passed V8's string limit.
  const render = async (format: Format): Promise<Iterable<string>> => {
    if (format === 'sarif') return chunked(withNewline(jsonPieces(toSarif(report))));
    if (format === 'json') return chunked(withNewline(jsonPieces(jsonReport(report, v['show-revoked']))));
    if (format === 'markdown') return [toMarkdown(report, { failOn }) + '\n'];
    if (format === 'html') {
      // The map's script (dagre and the page's code) loads only for the runs that draw it.
      const [{ toHtml }, { scanMap }] = await Promise.all([import('./report/html.js'), import('./report/map.js')]);
      return [toHtml(scanMap(report))];
    }
    return [toText(report, color ? ansi : plain, v['show-revoked'])];
  };
  const write = (file: string, pieces: Iterable<string>) => {
    try {
      const fd = openSync(file, 'w');
      try {
        for (const p of pieces) writeSync(fd, p);
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      throw new UsageError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  };
  if (v['output-dir']) {
    const dir = v['output-dir'];
    try {
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new UsageError(`cannot create ${dir}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const files: string[] = [];
    for (const f of formats) {
      const file = join(dir, `agent-blast-radius.${FORMAT_EXTENSION[f]}`);
      write(file, await render(f));
      files.push(file);
    }
    if (!quiet) io.stderr(`agent-blast-radius: ${report.results.length} results written to ${files.join(', ')}\n`);
  } else if (v.output) {
    write(v.output, await render(formats[0]));
    if (!quiet) io.stderr(`agent-blast-radius: ${report.results.length} results written to ${v.output}\n`);
  } else for (const p of await render(formats[0])) io.stdout(p);

  if (v['write-baseline']) {
    const file = v['write-baseline'];
    try {
      writeFileSync(file, files!.baselineYaml(report.results, files!.loadBaselineIfAny(resolve(file))));
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      throw new UsageError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    if (!quiet) io.stderr(`agent-blast-radius: baseline written to ${file}; give each entry a real reason\n`);
    return 0;
  }
  const fails = failPredicate(failOn);
  if (report.results.some((r) => !r.accepted && fails(r))) return 1;
  // Not everything was read: never "clean".
  return report.summary.deadline ? DEADLINE_EXIT : 0;
}

/** A run stopped by --deadline that found nothing at or above --fail-on in what it read. */
export const DEADLINE_EXIT = 4;

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];
const FORMAT_EXTENSION: Record<Format, string> = { text: 'txt', json: 'json', sarif: 'sarif', markdown: 'md', html: 'html' };

/** Whether anything is at `path` (a link or a FIFO too: loadConfig refuses those with the reason). */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

async function loadConfigModules() {
  const [{ loadConfig }, { acceptedOn, baselineYaml, loadBaseline, loadBaselineIfAny }] = await Promise.all([import('./config/index.js'), import('./config/baseline.js')]);
  return { loadConfig, acceptedOn, baselineYaml, loadBaseline, loadBaselineIfAny };
}

/** `--format sarif,html`: one or several formats, each known, each once. */
function checkFormats(value: string): Format[] {
  const list = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()))];
  for (const f of list)
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be text, json, sarif, markdown or html (or a comma-separated list of them), not "${value}"`);
  return list as Format[];
}

const ansi: Paint = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
};

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}
