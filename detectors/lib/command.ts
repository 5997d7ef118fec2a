import { defineDetector, lineStartNear, type Detector, type Examples } from '../../src/detect/define.js';

// A password given to a command as an option (`psexec … -p PASS`, `Connect-VIServer … -Password PASS`): the
// pattern is the option and its value alone (linear); `check` wants the command earlier on the same line.

/** Values that are not the password but a way to get one: variables, prompts, interpolations, the field's own name. */
export const STAND_IN = /^[$%@]|#\{|\$\(|%\w+%|^\*+$|^(?:[a-z]+[_-]?)?(?:password|passwd|pwd|pass|pw)\d?$|^-/i;

interface CommandOption {
  id: string;
  tokenKind: string;
  keywords: string[];
  /** The command, tested on the text between the line's start and the option. */
  command: RegExp;
  /** Regex source of the option (no groups), e.g. `-p` or `-Password`; the value follows after spaces, optionally quoted. */
  option: string;
  /** The option is case-insensitive (PowerShell) or not (`-p` vs `-P` mean different things). */
  ignoreCase?: boolean;
  docs: Detector['docs'];
  examples: () => Examples;
}

export function commandOption(o: CommandOption): Detector {
  return defineDetector({
    id: o.id,
    provider: 'command-line',
    tokenKind: o.tokenKind,
    keywords: o.keywords,
    pattern: new RegExp(`(?:^|[\\s"'(])(?:${o.option})[ \\t]+["']?(?<secret>[^\\s"'\`;|&<>)]{1,128})`, o.ignoreCase ? 'gim' : 'gm'),
    check: (secret, input) => !STAND_IN.test(secret) && o.command.test(input.text.slice(lineStartNear(input.text, input.index, 600), input.index)),
    redaction: { kind: 'none' },
    docs: o.docs,
    examples: o.examples,
  });
}
