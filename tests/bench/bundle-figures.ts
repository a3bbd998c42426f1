import { CONTENT_SCRIPT_BUDGET_GZIP, contentScriptSizes } from '../harness/bundle-sizes';
import { judged, type Figure } from './report';

const GROUP = 'Content-script bundle size (paid on every host page load)';

/** One figure per content script per browser build: raw and gzip bytes, gzip judged against the budget. */
export function bundleFigures(): Figure[] {
  const budgetKb = CONTENT_SCRIPT_BUDGET_GZIP / 1024;
  return contentScriptSizes().map((s) =>
    judged({
      id: `bundle.${s.browser}.${s.script}`,
      group: GROUP,
      label: `${s.browser} · ${s.script}`,
      unit: 'bytes',
      browser: s.browser,
      status: 'measured',
      values: { raw: s.bytes, gzip: s.gzipBytes },
      budget: { of: 'gzip', max: CONTENT_SCRIPT_BUDGET_GZIP, text: `gzip ≤ ${budgetKb} KB` },
      method: 'content-scripts/*.js of each build, gzip level 9 (tests/harness/bundle-sizes.ts)',
    }),
  );
}
