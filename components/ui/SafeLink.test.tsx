// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isWebUrl, SafeLink } from './SafeLink';

afterEach(cleanup);

describe('SafeLink', () => {
  it.each(['https://app.hubspot.com/quotes/4455667/1042', 'http://intranet.example/page?a=1#b'])(
    'links a web URL %s in a new tab without an opener',
    (href) => {
      const { container } = render(<SafeLink href={href}>Q-1042</SafeLink>);
      const anchor = container.querySelector('a');
      expect(anchor?.getAttribute('href')).toBe(href);
      expect(anchor?.getAttribute('target')).toBe('_blank');
      expect(anchor?.getAttribute('rel')).toBe('noopener noreferrer');
      expect(anchor?.textContent).toBe('Q-1042');
    },
  );

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
    ['javascript: with leading whitespace', '  javascript:alert(1)'],
    ['javascript: with an embedded tab', 'java\tscript:alert(1)'],
    ['javascript: with an embedded newline', 'java\nscript:alert(1)'],
    ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
    ['data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['blob:', 'blob:https://example.com/uuid'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a relative path', '/settings'],
    ['an empty string', ''],
    ['no href', undefined],
  ])('renders %s as plain text, never a link', (_label, href) => {
    const { container } = render(
      <SafeLink href={href}>
        <span>Open quote</span>
      </SafeLink>,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('Open quote');
  });

  it('escapes a payload passed as link text', () => {
    const { container } = render(<SafeLink href="https://example.com/">{'<img src=x onerror=alert(1)>'}</SafeLink>);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('isWebUrl', () => {
  it('accepts only absolute http(s) URLs', () => {
    expect(isWebUrl('https://example.com')).toBe(true);
    expect(isWebUrl('HTTP://EXAMPLE.COM/')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('mailto:a@b.co')).toBe(false);
    expect(isWebUrl('example.com')).toBe(false);
  });
});
