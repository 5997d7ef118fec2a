// Files that hand a credential to an agent directly: MCP servers' env blocks, agent settings.
// Shared context, a layer below detect, resolve, classify and report: it imports none of them.
const AGENT_CONFIG = [
  /(^|\/)\.cursor\/(?:mcp|settings)\.json$/,
  /(^|\/)\.mcp\.json$/,
  /(^|\/)mcp\.json$/,
  /(^|\/)\.vscode\/mcp\.json$/,
  /(^|\/)\.claude\/settings(?:\.[a-z]+)*\.json$/,
  /(^|\/)\.claude\.json$/,
  /(^|\/)claude_desktop_config\.json$/,
  /(^|\/)\.continue\//,
  /(^|\/)\.windsurf\//,
  /(^|\/)\.codeium\//,
  /(^|\/)mcp_config\.json$/,
  /(^|\/)cline_mcp_settings\.json$/,
  /(^|\/)\.roo\/mcp\.json$/,
  /(^|\/)\.amazonq\/(?:mcp|default)\.json$/,
  /(^|\/)\.gemini\/settings\.json$/,
  /(^|\/)\.codex\/config\.toml$/,
  /(^|\/)\.aider\.conf\.yml$/,
  /(^|\/)\.zed\/settings\.json$/,
];

export function isAgentConfig(path: string): boolean {
  return AGENT_CONFIG.some((re) => re.test(path));
}
