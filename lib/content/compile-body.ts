/**
 * MDX to the function body the note page evaluates (`getMDXComponent` from mdx-bundler/client).
 * mdx-bundler exists to bundle what a note imports, through esbuild; a note that uses no modules
 * has nothing to bundle, so it is compiled by @mdx-js/mdx, the compiler mdx-bundler itself runs,
 * which takes about a third of the time per note. Its body is wrapped to read React's JSX runtime
 * from the same scope mdx-bundler's code does, so one evaluation serves both.
 */
import { compile, type CompileOptions } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { bundleMDX } from 'mdx-bundler';

/** Thrown by the direct compile when a note uses modules: mdx-bundler compiles it instead. */
class ModulesFound extends Error {}

/**
 * What a function body cannot run without a bundler: `import …`, `export … from …`, `import(…)`
 * and `import.meta`, wherever the note writes them (statements, expressions, JSX attributes).
 */
function usesModules(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(usesModules);
  if (!value || typeof value !== 'object') return false;
  const node = value as { type?: unknown; source?: unknown };
  if (node.type === 'ImportDeclaration' || node.type === 'ImportExpression' || node.type === 'MetaProperty') return true;
  if ((node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) return true;
  return Object.entries(node).some(([key, child]) => key !== 'position' && key !== 'loc' && usesModules(child));
}

/** First of the remark plugins, so nothing is collected from a note that is then compiled again. */
function remarkStopAtModules() {
  return (tree: Root) => {
    if (usesModules(tree)) throw new ModulesFound();
  };
}

/** Compiles one note's body; `mdxOptions` adds our plugins to the options it is given. */
export async function compileBody(source: string, mdxOptions: (options: CompileOptions) => CompileOptions): Promise<string> {
  try {
    const body = await compile(source, mdxOptions({ outputFormat: 'function-body', remarkPlugins: [remarkStopAtModules] }));
    return `return (function () {\n${String(body)}\n})(_jsx_runtime);`;
  } catch (error) {
    if (!(error instanceof ModulesFound)) throw error;
  }
  const { code } = await bundleMDX({
    source,
    esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    mdxOptions: (options) => mdxOptions(options as CompileOptions),
  });
  return code;
}
