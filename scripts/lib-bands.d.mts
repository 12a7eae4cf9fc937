// Types of scripts/lib-bands.mjs (plain JavaScript, so eslint.config.mjs can load it without a build).
export type Band = { band: string; why: string; folders: readonly string[] };
export type AllowedClimb = { from: string; to: string; why: string };
export declare const BANDS: readonly Band[];
export declare const ALLOWED_CLIMBS: readonly AllowedClimb[];
export declare const ORDER: readonly string[];
export declare function bandOf(folder: string): string | undefined;
export declare function mayImport(from: string, to: string): boolean;
export declare function forbiddenFor(from: string): string[];
export declare function climbMessage(from: string, to: string): string;
