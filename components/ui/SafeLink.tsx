import type { ReactNode } from 'react';

/** Renders a link only for http(s) URLs; anything else from a CRM field (javascript:, data:) becomes text. */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!href || !isWebUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
