import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages.ts';
import { checkAttachment, decodeUpload, downloadAttachment, isFromCdn, UPLOAD_MAX_BYTES, uploadProblemText, type UploadProblem } from '../../src/bot/upload.ts';

const CDN = 'https://cdn.discordapp.com';

describe('isFromCdn', () => {
  it.each([
    ['https://cdn.discordapp.com/attachments/1/2/a.txt?ex=1', true],
    ['https://cdn.discordapp.com/ephemeral-attachments/1/2/a.txt', true],
    ['http://cdn.discordapp.com/attachments/1/2/a.txt', false],
    ['https://cdn.discordapp.com.evil.example/attachments/a.txt', false],
    ['https://cdn.discordapp.com@evil.example/attachments/a.txt', false],
    ['https://user:pw@cdn.discordapp.com/attachments/a.txt', false],
    ['https://cdn.discordapp.com:8443/attachments/a.txt', false],
    ['https://media.discordapp.net/attachments/1/2/a.txt', false],
    ['http://127.0.0.1/attachments/a.txt', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('GIVEN %s WHEN checked against the default CDN THEN allowed: %s', (url, ok) => {
    expect(isFromCdn(url, CDN)).toBe(ok);
  });

  it('GIVEN a CDN base with a path WHEN checked THEN only URLs below that path pass', () => {
    expect(isFromCdn('http://127.0.0.1:8080/cdn/attachments/a.txt', 'http://127.0.0.1:8080/cdn')).toBe(true);
    expect(isFromCdn('http://127.0.0.1:8080/cdnx/a.txt', 'http://127.0.0.1:8080/cdn')).toBe(false);
    expect(isFromCdn('http://127.0.0.1:8080/cdn/../admin', 'http://127.0.0.1:8080/cdn')).toBe(false);
  });
});

describe('checkAttachment', () => {
  const limits = { cdnUrl: CDN, maxBytes: UPLOAD_MAX_BYTES };
  const url = `${CDN}/attachments/1/2/a`;
  it.each<[string, Parameters<typeof checkAttachment>[0], UploadProblem | null]>([
    ['a .txt', { name: 'a.txt', size: 10, url, contentType: 'text/plain; charset=utf-8' }, null],
    ['a .md without a type', { name: 'a.MD', size: 10, url, contentType: null }, null],
    ['text/* without an extension', { name: 'article', size: 10, url, contentType: 'text/markdown' }, null],
    ['an image', { name: 'a.png', size: 10, url, contentType: 'image/png' }, { kind: 'not-text', name: 'a.png' }],
    ['a PDF named .txt.pdf', { name: 'a.txt.pdf', size: 10, url, contentType: 'application/pdf' }, { kind: 'not-text', name: 'a.txt.pdf' }],
    ['2 MB', { name: 'a.txt', size: 2 * 1024 * 1024, url, contentType: 'text/plain' }, { kind: 'too-large', bytes: 2 * 1024 * 1024 }],
    ['exactly 1 MB', { name: 'a.txt', size: UPLOAD_MAX_BYTES, url, contentType: 'text/plain' }, null],
    ['a foreign URL', { name: 'a.txt', size: 10, url: 'https://example.com/a.txt', contentType: 'text/plain' }, { kind: 'not-from-cdn' }],
  ])('GIVEN %s WHEN checked before downloading THEN %j', (_what, attachment, problem) => {
    expect(checkAttachment(attachment, limits)).toEqual(problem);
  });
});

describe('downloadAttachment', () => {
  let server: Server;
  let base = '';
  let hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      const big = Buffer.alloc(3 * 1024 * 1024, 0x61);
      switch (req.url) {
        case '/ok.txt': return void res.writeHead(200, { 'content-length': 5 }).end('hello');
        case '/declared-big.txt': return void res.writeHead(200, { 'content-length': big.length }).end(big);
        case '/chunked-big.txt': {
          res.writeHead(200);
          let sent = 0;
          const next = (): void => {
            if (sent >= big.length || res.destroyed) return void res.end();
            res.write(big.subarray(sent, sent + 65_536), () => setImmediate(next));
            sent += 65_536;
          };
          return next();
        }
        case '/redirect.txt': return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
        case '/slow.txt': return void setTimeout(() => res.end('late'), 2000);
        default: return void res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const get = (path: string, timeoutMs?: number) =>
    downloadAttachment(`${base}${path}`, { cdnUrl: base, maxBytes: UPLOAD_MAX_BYTES, ...(timeoutMs === undefined ? {} : { timeoutMs }) });

  it('GIVEN a small file WHEN downloaded THEN its bytes come back', async () => {
    expect(await get('/ok.txt')).toEqual({ bytes: Buffer.from('hello') });
  });

  it('GIVEN a Content-Length over the limit WHEN downloaded THEN it stops at the header', async () => {
    expect(await get('/declared-big.txt')).toEqual({ problem: { kind: 'too-large', bytes: 3 * 1024 * 1024 } });
  });

  it('GIVEN no Content-Length and a 3 MB body WHEN downloaded THEN counting stops it past 1 MB', async () => {
    expect(await get('/chunked-big.txt')).toEqual({ problem: { kind: 'too-large', bytes: null } });
  });

  it('GIVEN a redirect WHEN downloaded THEN it is not followed', async () => {
    hits = [];
    expect(await get('/redirect.txt')).toMatchObject({ problem: { kind: 'download-failed' } });
    expect(hits).toEqual(['/redirect.txt']);
  });

  it('GIVEN a 404 or a server too slow WHEN downloaded THEN the download failed', async () => {
    expect(await get('/missing.txt')).toEqual({ problem: { kind: 'download-failed', detail: 'HTTP 404' } });
    expect(await get('/slow.txt', 100)).toMatchObject({ problem: { kind: 'download-failed' } });
  });

  it('GIVEN a URL outside the CDN WHEN downloaded THEN no request is made', async () => {
    hits = [];
    expect(await downloadAttachment(`${base}/ok.txt`, { cdnUrl: 'https://cdn.discordapp.com', maxBytes: 10 })).toEqual({ problem: { kind: 'not-from-cdn' } });
    expect(hits).toEqual([]);
  });
});

describe('decodeUpload', () => {
  it.each<[string, Uint8Array, UploadProblem['kind'] | 'ok']>([
    ['UTF-8 text', Buffer.from('Judul\n\nIsi berita yang cukup panjang.'), 'ok'],
    ['nothing', Buffer.alloc(0), 'empty'],
    ['NUL bytes', Buffer.from([0x41, 0, 0x42]), 'binary'],
    ['Latin-1', Buffer.from('caf\xe9', 'latin1'), 'not-utf8'],
    ['digits only', Buffer.from('12345 678'), 'no-words'],
    ['over the limit', Buffer.alloc(UPLOAD_MAX_BYTES + 1, 0x61), 'too-large'],
  ])('GIVEN %s WHEN decoded THEN %s', (_what, bytes, kind) => {
    const decoded = decodeUpload(bytes, UPLOAD_MAX_BYTES);
    expect('text' in decoded ? 'ok' : decoded.problem.kind).toBe(kind);
  });

  it('GIVEN a BOM WHEN decoded THEN it is dropped', () => {
    expect(decodeUpload(Buffer.from('\uFEFFJudul berita', 'utf8'), 100)).toEqual({ text: 'Judul berita' });
  });
});

describe('uploadProblemText', () => {
  it('GIVEN every problem WHEN phrased in both locales THEN each says nothing was added, and names are escaped', () => {
    const problems: UploadProblem[] = [
      { kind: 'not-text', name: '**x**.png' }, { kind: 'too-large', bytes: 2 * 1024 * 1024 }, { kind: 'too-large', bytes: null },
      { kind: 'not-from-cdn' }, { kind: 'download-failed', detail: 'HTTP 500' }, { kind: 'empty' }, { kind: 'binary' },
      { kind: 'not-utf8' }, { kind: 'no-words' }, { kind: 'no-paragraphs' }, { kind: 'storage' }, { kind: 'unreadable', detail: 'x' },
    ];
    const escape = (s: string): string => s.replace(/\*/g, '\\*');
    for (const [locale, nothing] of [['en', /[Nn]othing was added/], ['id', /[Tt]idak ada yang ditambahkan/]] as const) {
      for (const p of problems) expect(uploadProblemText(p, messages(locale), escape)).toMatch(nothing);
    }
    expect(uploadProblemText(problems[0] as UploadProblem, messages('en'), escape)).toContain('\\*\\*x\\*\\*.png');
    expect(uploadProblemText(problems[1] as UploadProblem, messages('en'), escape)).toBe('The file is too large (2.0 MB): the limit is 1.0 MB. Nothing was added.');
  });
});
