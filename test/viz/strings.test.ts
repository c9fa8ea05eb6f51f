/**
 * The page's texts (viz/client/strings.ts): every entry in both languages, with the same
 * placeholders in each, and no zh/en text or language test left in the page's other modules or
 * in the server-side pages that use the table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_STRINGS, hasLabel, labelKey, LOCALES, otherLang, parseLang, t } from '../../viz/client/strings.ts';

const VIZ = join(import.meta.dirname, '../../viz');

/** `{0}`, `{1}`, ... of a text, sorted and without repeats. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
}

/** The page's modules, and the server-side pages that take their words from the table. */
function sources(): string[] {
  const client = join(VIZ, 'client');
  const files = [...readdirSync(client).map((f) => join(client, f)), ...readdirSync(join(client, 'panels')).map((f) => join(client, 'panels', f))];
  return [...files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), join(VIZ, 'indexPage.ts'), join(VIZ, 'page.ts'), join(VIZ, 'server.ts')];
}

describe('the page texts', () => {
  const entries = Object.entries(ALL_STRINGS);

  it('has both a Chinese and an English text for every key', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [key, text] of entries) {
      expect(text.zh.trim(), `${key} (zh)`).not.toBe('');
      expect(text.en.trim(), `${key} (en)`).not.toBe('');
    }
  });

  it('fills the same placeholders in both languages', () => {
    for (const [key, text] of entries) expect(placeholders(text.zh), key).toEqual(placeholders(text.en));
  });

  it('fills placeholders, numbers formatted for the language, and refuses unknown keys', () => {
    expect(t('tickLabel', 'en', 2, 3)).toBe('year 2, month 3');
    expect(t('tickLabel', 'zh', 2, 3)).toBe('第 2 年 3 月');
    expect(t('runsValue', 'en', 1200, 1200, 0)).toBe('1,200 planned, 1,200 done, 0 failed');
    expect(hasLabel('status_complete')).toBe(true);
    expect(hasLabel('status_unknown')).toBe(false);
    expect(hasLabel('toString')).toBe(false);
    expect(() => labelKey('hash_unknown')).toThrow('no label "hash_unknown"');
  });

  it('names the locales and the other language', () => {
    expect(LOCALES.zh.html).toBe('zh-CN');
    expect(LOCALES.en.intl).toBe('en-GB');
    expect(otherLang('zh')).toBe('en');
    expect(otherLang('en')).toBe('zh');
    expect(parseLang('zh')).toBe('zh');
    expect(parseLang('fr')).toBe(null);
    expect(parseLang(null)).toBe(null);
  });

  it('is the only place with zh/en texts or language tests in the page and the viewer', () => {
    for (const file of sources()) {
      if (file.endsWith('strings.ts')) continue;
      const text = readFileSync(file, 'utf8');
      // Comparing the language to choose a text or a locale is the table's job.
      expect(text, file).not.toMatch(/=== ['"](zh|en)['"]/);
      // Chinese outside comments: plotly's own messages (plot.ts registerChinese) are plotly's
      // translation, keyed by its English, not page texts.
      if (file.endsWith('plot.ts')) continue;
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
