import { describe, expect, it } from 'vitest';
import { embedJson, escapeHtml } from '../../viz/page.ts';

describe('embedJson', () => {
  it('writes no "<" at all, so no </script> or <!-- can end or confuse the data block; JSON.parse reads it back', () => {
    const value = { label: '</script><script>alert(1)</script>', comment: '<!-- x -->', separators: 'a\u2028b\u2029c', img: '<img src=x onerror=alert(1)>' };
    const text = embedJson(value);
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
