/**
 * MDX to the function body the note page evaluates (`getMDXComponent` from mdx-bundler/client).
 * mdx-bundler exists to bundle what a note imports, through esbuild; a note that imports nothing
 * has nothing to bundle, so it is compiled by @mdx-js/mdx, the compiler mdx-bundler itself runs,
 * which takes about a third of the time per note. Its body is wrapped to read React's JSX runtime
 * from the same scope mdx-bundler's code does, so one evaluation serves both.
 */
import { compile, type CompileOptions } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { bundleMDX } from 'mdx-bundler';

/** Thrown by the direct compile when a note imports: mdx-bundler compiles it instead. */
class ImportsFound extends Error {}

/** `import …` or `export … from …`: what a function body cannot resolve without a bundler. */
function remarkStopAtImports() {
  return (tree: Root) => {
    for (const node of tree.children) {
      if (node.type !== 'mdxjsEsm') continue;
      const statements = node.data?.estree?.body ?? [];
      if (statements.some((statement) => statement.type === 'ImportDeclaration' || ('source' in statement && statement.source)))
        throw new ImportsFound();
    }
  };
}

/** Compiles one note's body; `mdxOptions` adds our plugins to the options it is given. */
export async function compileBody(source: string, mdxOptions: (options: CompileOptions) => CompileOptions): Promise<string> {
  try {
    const body = await compile(source, mdxOptions({ outputFormat: 'function-body', remarkPlugins: [remarkStopAtImports] }));
    return `return (function () {\n${String(body)}\n})(_jsx_runtime);`;
  } catch (error) {
    if (!(error instanceof ImportsFound)) throw error;
  }
  const { code } = await bundleMDX({
    source,
    esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    mdxOptions: (options) => mdxOptions(options as CompileOptions),
  });
  return code;
}
