import YAML from 'yaml';
import type { Standard } from './types.js';

/** A standard written as YAML, items in table order, for a workspace's `standard.yaml`. */
export function standardYaml(standard: Standard, header: readonly string[]): string {
  const body = YAML.stringify(standard, { lineWidth: 0, defaultStringType: 'PLAIN' });
  return [...header.map((h) => `# ${h}`), body].join('\n');
}
