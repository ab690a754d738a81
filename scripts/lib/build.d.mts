/** Types of build.mjs, for tests that build the CLI before spawning it. */
export declare const root: string;
export declare function needsInstall(): boolean;
export declare function install(): void;
export declare function isStale(name: 'server' | 'web'): boolean;
export declare function build(
  name: 'server' | 'web',
  options?: { force?: boolean; quiet?: boolean },
): void;
