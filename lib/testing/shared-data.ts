import path from "node:path";

/**
 * Folder of the real public data files used by tests and benchmarks
 * (`../shared/data` beside the clone). Never copied into the repository.
 */
export function sharedDataDir(): string {
  return process.env.SHARED_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "data");
}

export function sharedDataPath(...segments: string[]): string {
  return path.join(sharedDataDir(), ...segments);
}
