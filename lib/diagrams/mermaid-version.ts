/** The Mermaid version that draws the diagrams: part of every diagram's cache key and id. */
import { installedVersion } from '../build/installed-version';

export function mermaidVersion(projectRoot: string = process.cwd()): string {
  return installedVersion(projectRoot, 'mermaid', 'unknown');
}
