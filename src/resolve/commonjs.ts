/**
 * The exports of a CommonJS package loaded with `import()`. Node gives its `module.exports` as `default`
 * (with the names it can detect beside it); a code-split chunk of the bundled CLI (scripts/build-cli.mjs)
 * gives `default` alone. Reading `default` is right in both.
 */
export function commonJs<T>(ns: T): T {
  return ((ns as { default?: T }).default ?? ns) as T;
}
