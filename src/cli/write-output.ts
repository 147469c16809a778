import { rename, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes the report next to its destination and renames it into place, so a failed run never leaves
 * a half-written report behind (rename is atomic within a file system). A destination that exists and
 * is not a regular file (/dev/null, a named pipe, /dev/stdout) is written directly: renaming over a
 * device would replace it.
 */
export async function writeOutput(path: string, content: string): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await writeFile(path, content, "utf8");
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temporary, content, "utf8");
  await rename(temporary, path);
}
