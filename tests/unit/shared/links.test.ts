import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../shared/links';

describe('which links may open in the system browser', () => {
  it.each([
    'https://www.comptia.org/certifications/a',
    'http://example.com/',
    'https://example.com:8443/path?q=1#part',
    'HTTPS://EXAMPLE.COM/',
  ])('lets %s through', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'app://studypath/index.html',
    'ftp://example.com/file',
    'mailto:someone@example.com',
    'https://user:secret@example.com/',
    'https://user@example.com/',
    '//example.com/',
    '/relative/path',
    'example.com',
    'https://',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
