import { EXTENSION_PAGES, extensionPageUrl, type ExtensionPage } from '../../lib/extension-pages';

/** A link to one of Preflight's full-page tools, in a tab of its own so the page it is opened from stays put. */
export function ToolPageLink({ page, className }: { page: ExtensionPage; className?: string }) {
  return (
    <a href={extensionPageUrl(page)} target="_blank" rel="noopener" className={className} data-tool={page}>
      {EXTENSION_PAGES[page].label}
    </a>
  );
}
