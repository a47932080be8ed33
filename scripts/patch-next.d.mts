/** Types for scripts/patch-next.mjs (plain JavaScript so that `postinstall` needs nothing installed). */
export declare const NEXT_VERSION: string;
export declare const RUNTIMES: string[];
export declare const PATCHED: string;
export declare function withoutSegmentData(text: string): string | undefined;
export declare function patchNext(root: string): { refused: boolean; messages: string[] };
