import { rename, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes the report next to its destination and renames it into place, so a failed run never leaves
 * a half-written report behind (rename is atomic within a file system).
 */
export async function writeOutput(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, content, "utf8");
  await rename(temporary, path);
}
