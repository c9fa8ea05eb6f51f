import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveInside } from '../../base/safePath.ts';

let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'ronghe-safepath-'));
  root = join(base, 'results');
  outside = join(base, 'private');
  mkdirSync(join(root, 'exp'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'exp', 'arms.csv'), 'a\n');
  writeFileSync(join(outside, 'secret.csv'), 'secret\n');
  symlinkSync(join(outside, 'secret.csv'), join(root, 'exp', 'leak.csv'));
  symlinkSync(outside, join(root, 'door'));
  symlinkSync(join(root, 'exp', 'arms.csv'), join(root, 'exp', 'alias.csv'));
});

describe('resolveInside', () => {
  it('resolves a file inside the root, and a link that stays inside', () => {
    expect(resolveInside(root, '/exp/arms.csv')).toMatchObject({ ok: true, segments: ['exp', 'arms.csv'] });
    expect(resolveInside(root, '/exp/alias.csv')).toMatchObject({ ok: true });
    expect(resolveInside(root, '/%65xp/arms.csv')).toMatchObject({ ok: true });
  });

  it.each([
    '/../private/secret.csv',
    '/exp/../../private/secret.csv',
    '/%2e%2e/private/secret.csv',
    '/%2E%2E%2Fprivate%2Fsecret.csv',
    '/exp/..%2f..%2fprivate/secret.csv',
    '/exp/.%2e/.%2e/private/secret.csv',
    '/exp/..%5c..%5cprivate%5csecret.csv',
    '/exp//arms.csv',
    '/./exp/arms.csv',
    '/exp/arms.csv%00.png',
  ])('refuses %s', (path) => {
    expect(resolveInside(root, path)).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses links that lead out of the root (a file and a folder)', () => {
    expect(resolveInside(root, '/exp/leak.csv')).toMatchObject({ ok: false, status: 403 });
    expect(resolveInside(root, '/door/secret.csv')).toMatchObject({ ok: false, status: 403 });
  });

  it('answers 400 for malformed encoding, 404 for nothing there; a double-encoded dot is only a strange name', () => {
    expect(resolveInside(root, '/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(resolveInside(root, '/exp/none.csv')).toMatchObject({ ok: false, status: 404 });
    expect(resolveInside(root, '/%252e%252e/private/secret.csv')).toMatchObject({ ok: false, status: 404 });
  });
});
