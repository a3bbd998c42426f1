import { z } from 'zod';
import type { ContactReadBatcher } from './contact-read-batcher';
import type { HubSpotClient } from './http/client';
import type { HttpError, Result } from './http/result';
import { BatchReadResponse } from './payloads';

/** What every fetch step needs: the client, the portal, the lookup time and a place to report what it missed. */
export interface FetchContext {
  client: HubSpotClient;
  portalId: string;
  now: Date;
  /** Steps append here (ids, field names and error kinds only; never an email or a response body). */
  partial: string[];
  /** Coalesces concurrent single-contact reads into one batch call (see contact-read-batcher.ts). */
  contactReads?: ContactReadBatcher;
}

/** Raw JSON: the mappers parse payloads record by record themselves. */
export const AnyJson = z.unknown();

/** Short, PII-free description of a failed call, e.g. `server 500`. */
export function describeError(error: HttpError): string {
  return error.status !== undefined ? `${error.kind} ${error.status}` : error.kind;
}

/**
 * Result of an optional step: the data, or `undefined` with a partial entry saying what could not be read.
 * Callers must treat `undefined` as "unknown", never as "nothing there".
 */
export function optional<T>(ctx: FetchContext, label: string, result: Result<T>): T | undefined {
  if (result.ok) return result.data;
  ctx.partial.push(`${label}: not read (${describeError(result.error)})`);
  return undefined;
}

/** A CRM batch read in chunks of 100, merged into one envelope (or the first failure). */
export async function batchRead(
  ctx: FetchContext,
  objectType: string,
  ids: readonly string[],
  properties: readonly string[],
): Promise<Result<BatchReadResponse>> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 100) chunks.push(ids.slice(i, i + 100));
  const answers = await Promise.all(
    chunks.map((chunk) =>
      ctx.client.request({
        method: 'POST',
        path: `/crm/v3/objects/${objectType}/batch/read`,
        body: { properties, inputs: chunk.map((id) => ({ id })) },
        schema: BatchReadResponse,
      }),
    ),
  );
  const merged: BatchReadResponse = { status: 'COMPLETE', results: [], errors: [], numErrors: 0 };
  let status = 200;
  for (const answer of answers) {
    if (!answer.ok) return answer;
    status = Math.max(status, answer.status);
    merged.results.push(...answer.data.results);
    merged.errors?.push(...(answer.data.errors ?? []));
    merged.numErrors = (merged.numErrors ?? 0) + (answer.data.numErrors ?? answer.data.errors?.length ?? 0);
  }
  return { ok: true, data: merged, status };
}
