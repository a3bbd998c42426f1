/**
 * Makes column names unique (`Name`, `Name (2)`), as rows are keyed by header and a second `Name` would
 * silently overwrite the first. `taken` holds names already used, such as the `email` column we add.
 */
export function uniqueNames(names: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    let unique = name;
    for (let n = 2; used.has(unique); n += 1) unique = `${name} (${n})`;
    used.add(unique);
    return unique;
  });
}
