import { z } from 'zod';

/**
 * The parts of the Lists v3 answers Preflight reads (shapes and sources in fetch-lists.ts). Loose on purpose:
 * unknown keys are ignored, and one list or membership that does not parse is skipped, not fatal.
 */
export const ListSearchResponse = z.object({
  lists: z.array(z.unknown()),
  hasMore: z.boolean().optional(),
  offset: z.number().optional(),
  total: z.number().optional(),
});
export type ListSearchResponse = z.infer<typeof ListSearchResponse>;

export const ListRecord = z.object({
  listId: z.union([z.string(), z.number()]).transform(String),
  name: z.string(),
  objectTypeId: z.string().optional(),
  processingType: z.string().optional(),
  /** Property values come as strings (`hs_list_size: "1234"`); absent while a list is processing. */
  additionalProperties: z.record(z.string(), z.string().nullable()).optional(),
});

export const MembershipsResponse = z.object({
  results: z.array(z.unknown()),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
  total: z.number().optional(),
});
export type MembershipsResponse = z.infer<typeof MembershipsResponse>;

export const Membership = z.object({ recordId: z.union([z.string(), z.number()]).transform(String) });
