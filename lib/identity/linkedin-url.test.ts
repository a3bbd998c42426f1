import { describe, expect, it } from 'vitest';
import { normalizeLinkedInProfileUrl } from './linkedin-url';

describe('normalizeLinkedInProfileUrl', () => {
  const canonical = 'https://www.linkedin.com/in/priya-raman-4b2a1c/';
  it.each([
    'https://www.linkedin.com/in/priya-raman-4b2a1c/',
    'https://www.linkedin.com/in/priya-raman-4b2a1c',
    'https://de.linkedin.com/in/priya-raman-4b2a1c/?trk=public_profile',
    'https://www.linkedin.com/in/Priya-Raman-4b2a1c/overlay/contact-info/',
    'http://linkedin.com/in/priya-raman-4b2a1c/details/experience/',
    '/in/priya-raman-4b2a1c/',
  ])('%s', (raw) => {
    expect(normalizeLinkedInProfileUrl(raw)).toBe(canonical);
  });

  it.each(['https://www.linkedin.com/company/northwind/', 'https://evil.com/in/priya/', 'not a url at all', ''])(
    'rejects %j',
    (raw) => {
      expect(normalizeLinkedInProfileUrl(raw)).toBeUndefined();
    },
  );
});
