import { readFileSync } from 'node:fs';
import type { FixtureHandler } from '../harness/types';

/** A host that exists only inside the demo profile, used to lay two screenshots side by side. */
export const COMPOSER_HOST = 'demo-composer.preflight.test';

/**
 * Serves `https://demo-composer.preflight.test/<id>` as a page showing the site screenshot with its sidebar
 * screenshot beside it, the way a rep sees them. Images are read from disk by file name only.
 */
export function sideBySideHandler(
  shots: Map<string, { page: string; sidebar: string; label: string }>,
): FixtureHandler {
  return (url) => {
    const id = decodeURIComponent(url.pathname.slice(1));
    const entry = shots.get(id);
    if (!entry) return { status: 404, contentType: 'text/plain', body: 'unknown demo shot' };
    const img = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
    const body = `<!doctype html><meta charset="utf-8"><title>${id}</title>
<style>body{margin:0;display:flex;background:#c9ced6;font:12px system-ui}figure{margin:0}
.page{border-right:1px solid #8a93a0}.label{position:fixed;left:8px;bottom:8px;background:#1b2430;color:#fff;padding:2px 8px;border-radius:4px}</style>
<figure class="page"><img src="${img(entry.page)}" alt=""></figure><figure><img src="${img(entry.sidebar)}" alt=""></figure>
<span class="label"></span><script>document.querySelector('.label').textContent=${JSON.stringify(entry.label)}</script>`;
    return { contentType: 'text/html; charset=utf-8', body };
  };
}
