/*
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with
 * = + - @, a tab or a carriage return is run as a formula by Excel, LibreOffice
 * and Sheets. The CSV download prefixes such cells with an apostrophe, which
 * spreadsheets show as text; the bulk import removes exactly that apostrophe
 * again, so a downloaded file re-imports unchanged.
 *
 * To keep that exact, a value that already starts with apostrophes before a
 * formula character ("'=x") gets one more on the way out and loses one on the
 * way in: any text survives the round trip.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** A cell value safe to open in a spreadsheet: `'` before a leading = + - @ tab or CR. */
export function guardFormula(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** Undoes guardFormula: drops the one `'` it added, and nothing else. */
export function unguardFormula(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
