/**
 * Getting an uploaded article's text, safely: the attachment must come from Discord's CDN (the
 * configured base, so a crafted URL cannot make the bot fetch an internal address), look like text,
 * and weigh at most 1 MB — checked from the attachment's metadata before downloading, from the
 * Content-Length header, and by counting the bytes as they arrive (the download is aborted past the
 * limit). The bytes are then decoded like article files (`decodeArticle`). Every refusal is a value.
 */
import { decodeArticle } from '../engine/index.ts';
import type { Messages } from '../i18n/messages.ts';

/** Largest accepted upload: 1 MB. */
export const UPLOAD_MAX_BYTES = 1024 * 1024;

/** How long a download may take before it is given up. */
export const DOWNLOAD_TIMEOUT_MS = 15_000;

/** Why an upload was refused; each has its own message. */
export type UploadProblem =
  | { kind: 'not-text'; name: string }
  | { kind: 'too-large'; bytes: number | null }
  | { kind: 'not-from-cdn' }
  | { kind: 'download-failed'; detail: string }
  | { kind: 'empty' | 'binary' | 'not-utf8' | 'no-words' | 'no-paragraphs' | 'storage' }
  | { kind: 'unreadable'; detail: string };

/** The attachment fields the checks read (discord.js `Attachment` has them all). */
export interface AttachmentInfo {
  name: string;
  size: number;
  url: string;
  contentType: string | null;
}

/** Where and how much may be downloaded. */
export interface DownloadLimits {
  cdnUrl: string;
  maxBytes: number;
  timeoutMs?: number;
}

const TEXT_EXTENSIONS = /\.(txt|md|markdown|text)$/i;

/** Whether `url` lies below the CDN base (same scheme, host and port; path under the base path). */
export function isFromCdn(url: string, cdnUrl: string): boolean {
  const target = parseUrl(url);
  const base = parseUrl(cdnUrl);
  if (target === null || base === null || target.username !== '' || target.password !== '') return false;
  const prefix = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return target.protocol === base.protocol && target.host === base.host && target.pathname.startsWith(prefix);
}

/** The refusals decidable from the attachment's metadata alone, before any download. */
export function checkAttachment(attachment: AttachmentInfo, limits: DownloadLimits): UploadProblem | null {
  const type = attachment.contentType?.toLowerCase() ?? '';
  if (!TEXT_EXTENSIONS.test(attachment.name) && !type.startsWith('text/')) return { kind: 'not-text', name: attachment.name };
  if (attachment.size > limits.maxBytes) return { kind: 'too-large', bytes: attachment.size };
  if (!isFromCdn(attachment.url, limits.cdnUrl)) return { kind: 'not-from-cdn' };
  return null;
}

/** Download `url` (from the CDN only, no redirects), at most `maxBytes`. */
export async function downloadAttachment(url: string, limits: DownloadLimits): Promise<{ bytes: Uint8Array } | { problem: UploadProblem }> {
  if (!isFromCdn(url, limits.cdnUrl)) return { problem: { kind: 'not-from-cdn' } };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
  try {
    // A redirect could lead anywhere: the CDN serves attachments directly.
    const response = await fetch(url, { redirect: 'error', signal: controller.signal });
    if (!response.ok) return { problem: { kind: 'download-failed', detail: `HTTP ${response.status}` } };
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limits.maxBytes) return { problem: { kind: 'too-large', bytes: declared } };
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = reader === undefined ? { done: true as const, value: undefined } : await reader.read();
      if (chunk.done) break;
      total += chunk.value.byteLength;
      // Counted as it arrives: a wrong Content-Length (or none) cannot make the bot read more.
      if (total > limits.maxBytes) return { problem: { kind: 'too-large', bytes: null } };
      chunks.push(chunk.value);
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { problem: { kind: 'download-failed', detail: (error as Error).name } };
  } finally {
    clearTimeout(timer);
    // Releases the connection of a refused or unread response; a no-op after a complete read.
    controller.abort();
  }
}

/** Decode downloaded or pasted bytes as an article text, like article files are read. */
export function decodeUpload(bytes: Uint8Array, maxBytes: number): { text: string } | { problem: UploadProblem } {
  if (bytes.length > maxBytes) return { problem: { kind: 'too-large', bytes: bytes.length } };
  const decoded = decodeArticle(bytes, maxBytes);
  if ('text' in decoded) return decoded;
  // decodeArticle explains in English for logs; the user gets the localized message of the same case.
  const reason = decoded.reason;
  if (/empty/.test(reason)) return { problem: { kind: 'empty' } };
  if (/binary/.test(reason)) return { problem: { kind: 'binary' } };
  if (/UTF-8/.test(reason)) return { problem: { kind: 'not-utf8' } };
  if (/no words/.test(reason)) return { problem: { kind: 'no-words' } };
  return { problem: { kind: 'unreadable', detail: reason } };
}

/** "1.0 MB", "512 KB". */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The user-facing refusal for a problem (plain text: callers escape nothing, names are escaped here). */
export function uploadProblemText(problem: UploadProblem, m: Messages, escape: (text: string) => string): string {
  const u = m.upload;
  switch (problem.kind) {
    case 'not-text':
      return u.notText(escape(problem.name));
    case 'too-large':
      return u.tooLarge(problem.bytes === null ? null : formatSize(problem.bytes), formatSize(UPLOAD_MAX_BYTES));
    case 'not-from-cdn':
      return u.notFromCdn;
    case 'download-failed':
      return u.downloadFailed;
    case 'empty':
      return u.empty;
    case 'binary':
      return u.binary;
    case 'not-utf8':
      return u.notUtf8;
    case 'no-words':
      return u.noWords;
    case 'no-paragraphs':
      return u.noParagraphs;
    case 'storage':
      return u.storage;
    case 'unreadable':
      return u.unreadable(escape(problem.detail));
  }
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
