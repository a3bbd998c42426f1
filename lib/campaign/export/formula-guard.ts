/**
 * A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets ("CSV injection",
 * OWASP): `=HYPERLINK(...)` in a name column would fire when the marketer opens the export.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes `'` so spreadsheets show the text instead of running it. Numbers get no exception: `-5` becomes `'-5`,
 * like `+44 20 7946 0000`. Every cell here is text from the marketer's own file, never a computed number, and a
 * "looks numeric, let it through" test is where guards get bypassed (`-1+1`, `-2+3+cmd|...`). One rule, applied to
 * every cell, is easier to trust than a clever one.
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Undoes `guardFormula` when a file is read back, so an exported list (ours, or any tool following OWASP) re-imports
 * as the same values: `'-jane@x.example` is the address `-jane@x.example`. Spreadsheets never write a leading `'`
 * into CSV on their own (typing `'+44` stores `+44`), so a `'` before one of these characters is a guard.
 */
export function unguardFormula(cell: string): string {
  return cell.charCodeAt(0) === 39 && FORMULA_START.test(cell.slice(1, 2)) ? cell.slice(1) : cell;
}
