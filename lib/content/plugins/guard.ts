/**
 * Every plugin runs inside a guard. A message about the note (a VFileMessage: MDX's syntax
 * errors, a plugin's `file.fail`) passes through as it is; anything else a plugin throws is a
 * bug in the engine or a library, and it becomes a `PluginError` that names the plugin, so the
 * build reports it at the note that set it off instead of stopping on a bare stack trace.
 */
import type { Pluggable, PluggableList, Plugin, Transformer } from 'unified';

export class PluginError extends Error {
  constructor(
    /** The plugin's name, e.g. `rehype-images`. */
    readonly plugin: string,
    /** The body line the error names, when it names one. */
    readonly line: number | undefined,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PluginError';
  }
}

/** A VFileMessage, recognised by its fields: the package may be installed more than once, which defeats `instanceof`. */
function isMessage(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'reason' in error && 'fatal' in error;
}

/** `remarkCallouts` → `remark-callouts`, as the file is named. */
function pluginName(plugin: Plugin): string {
  return (plugin.name || 'anonymous plugin').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function lineOf(error: unknown): number | undefined {
  const line = (error as { line?: unknown } | null)?.line;
  return typeof line === 'number' && line > 0 ? line : undefined;
}

function asPluginError(name: string, error: unknown): unknown {
  return isMessage(error) || error instanceof PluginError ? error : new PluginError(name, lineOf(error), error);
}

function guardPlugin(plugin: Plugin): Plugin {
  const name = pluginName(plugin);
  return function guarded(this: unknown, ...options: unknown[]) {
    let transformer: Transformer | void;
    try {
      transformer = (plugin as (...args: unknown[]) => Transformer | void).apply(this, options);
    } catch (error) {
      throw asPluginError(name, error);
    }
    if (typeof transformer !== 'function') return transformer;
    const transform = transformer;
    // unified passes a callback only to a transformer that declares three parameters: keep its arity.
    if (transform.length > 2)
      return (tree, file, next) => transform(tree, file, (error, ...rest) => next(error && (asPluginError(name, error) as Error), ...rest));
    const synchronous: Transformer = (tree, file) => {
      try {
        const result = (transform as (...args: unknown[]) => unknown)(tree, file);
        return (
          result instanceof Promise ? result.catch((error: unknown) => Promise.reject(asPluginError(name, error))) : result
        ) as ReturnType<Transformer>;
      } catch (error) {
        throw asPluginError(name, error);
      }
    };
    return synchronous;
  } as Plugin;
}

function guard(pluggable: Pluggable): Pluggable {
  if (typeof pluggable === 'function') return guardPlugin(pluggable);
  if (Array.isArray(pluggable)) {
    const [plugin, ...options] = pluggable;
    return [guardPlugin(plugin as Plugin), ...options] as Pluggable;
  }
  return pluggable;
}

/** The list with each plugin guarded. */
export function guarded(list: PluggableList): PluggableList {
  return list.map(guard);
}
