import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Writable } from "node:stream";

/**
 * Writes output made of many pieces (a result per candidate) without building one giant string, to a
 * file (atomically: a temporary file renamed into place, removed on failure) or to standard output.
 */
export async function writeStreamOutput(path: string | undefined, pieces: Iterable<string>): Promise<void> {
  if (path === undefined) {
    await drain(process.stdout, pieces);
    return;
  }
  const existing = await stat(path).catch(() => undefined);
  const target =
    existing && !existing.isFile() ? path : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(target, { encoding: "utf8" });
  try {
    await drain(stream, pieces);
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    if (target !== path) await rename(target, path);
  } catch (error) {
    stream.destroy();
    if (target !== path) await rm(target, { force: true });
    throw error;
  }
}

async function drain(stream: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
  }
}
