import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { extname, join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { guessColumns } from "../../core/audit/guess-columns.ts";
import { DecisionLogError } from "../../sources/decision-log-error.ts";
import { describeDecisionFile } from "../../sources/duckdb/describe-decision-file.ts";
import { fileFormatOf } from "../../sources/file-format.ts";
import type { Upload, User } from "../../store/store.ts";
import type { AppDeps } from "../app-env.ts";
import { AppError } from "../app-error.ts";

const DEFAULT_LIMIT = 2 * 1024 ** 3;

/**
 * Streams an uploaded decision log to disk (never held in memory), hashing it on the way, then reads
 * its columns and guesses the mapping. On any failure the partial file is removed: nothing
 * half-written stays behind.
 */
export async function receiveUpload(
  deps: AppDeps,
  user: User,
  filename: string,
  body: ReadableStream<Uint8Array> | null,
): Promise<Upload> {
  const safeName = filename.replace(/[/\\\0]/g, "_").slice(0, 200) || "upload.csv";
  if (!fileFormatOf(safeName)) {
    throw new DecisionLogError(
      "unsupported-format",
      { source: safeName },
      `${safeName}: unsupported file type`,
    );
  }
  if (!body) throw new AppError(400, "upload-empty", "api.upload-empty");
  const id = randomUUID();
  const dir = join(deps.dataDir, "uploads", user.organisationId);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${id}${extname(safeName).toLowerCase()}`);
  const limit = deps.maxUploadBytes ?? DEFAULT_LIMIT;
  const hash = createHash("sha256");
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > limit) {
        callback(
          new AppError(413, "upload-too-large", "api.upload-too-large", {
            limit: `${Math.round(limit / 1024 ** 2)} MiB`,
          }),
        );
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>),
      meter,
      createWriteStream(path),
    );
    if (bytes === 0) throw new AppError(400, "upload-empty", "api.upload-empty");
    const described = await describeDecisionFile(path);
    return await deps.store.createUpload({
      organisationId: user.organisationId,
      createdBy: user.id,
      filename: safeName,
      path,
      bytes,
      sha256: hash.digest("hex"),
      format: described.format,
      columns: [...described.columns],
      guess: { ...guessColumns(described.columns, described.sample) },
      createdAt: deps.now().toISOString(),
    });
  } catch (error) {
    await rm(path, { force: true });
    throw error instanceof DecisionLogError ? error.renamed(safeName) : error;
  }
}
