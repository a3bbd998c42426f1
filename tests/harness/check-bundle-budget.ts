import { CONTENT_SCRIPT_BUDGET_GZIP, contentScriptSizes } from './bundle-sizes';

/** Fails when any content script exceeds its gzip budget; sizes are deterministic, so this may gate CI. */
const sizes = contentScriptSizes();
let over = 0;
for (const s of sizes) {
  const ok = s.gzipBytes <= CONTENT_SCRIPT_BUDGET_GZIP;
  if (!ok) over += 1;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${s.browser}/${s.script}: ${(s.gzipBytes / 1024).toFixed(1)} KB gzip (budget ${CONTENT_SCRIPT_BUDGET_GZIP / 1024} KB)`,
  );
}
if (sizes.length === 0) {
  console.error('No content scripts found in the build.');
  process.exit(1);
}
process.exit(over > 0 ? 1 : 0);
