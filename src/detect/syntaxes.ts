// Every file syntax an agent meets, so one positive example runs as .env, shell, JSON, YAML, TOML and
// source-code string literals alike (gitleaks' sample generator does the same).

export interface Rendered {
  syntax: string;
  path: string;
  text: string;
}

export function renderAll(variable: string, secret: string): Rendered[] {
  const lower = variable.toLowerCase();
  return [
    { syntax: 'dotenv', path: '.env', text: `# settings\n${variable}=${secret}\n` },
    { syntax: 'dotenv-quoted', path: '.env.local', text: `${variable}="${secret}"\n` },
    { syntax: 'shell', path: 'deploy.sh', text: `#!/bin/sh\nexport ${variable}='${secret}'\n` },
    { syntax: 'json', path: 'config.json', text: `{\n  "env": {\n    "${variable}": "${secret}"\n  }\n}\n` },
    { syntax: 'yaml', path: 'config.yml', text: `env:\n  ${variable}: ${secret}\n` },
    { syntax: 'yaml-quoted', path: 'values.yaml', text: `${lower}: "${secret}"\n` },
    { syntax: 'toml', path: 'config.toml', text: `[secrets]\n${lower} = "${secret}"\n` },
    { syntax: 'javascript', path: 'config.js', text: `const ${camel(variable)} = '${secret}';\n` },
    { syntax: 'python', path: 'settings.py', text: `${variable} = "${secret}"\n` },
  ];
}

function camel(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
