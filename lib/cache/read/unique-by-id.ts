/** Each record once, by id (a record found through the contact and again through the company domain). */
export function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}
