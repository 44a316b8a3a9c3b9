// A plan carried in a link's fragment (#plan=...), so a plan can be shared without a
// server: the fragment never leaves the browser. The plan's JSON is deflated with the
// browser's CompressionStream when there is one ("z." prefix), else sent as is ("j.");
// both are base64url. Reading gives the JSON text back; the core validates it.
import { readCapped } from './lib/read-capped.js';

const PREFIX = '#plan=';

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

class TooLarge extends Error {}

// Inflates at most `maxBytes`, then stops reading: a small link can hold a "deflate bomb"
// that would grow to gigabytes and stall the page.
async function inflateCapped(bytes, maxBytes) {
  const chunks = await readCapped(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')), maxBytes);
  if (!chunks) throw new TooLarge();
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

/** The fragment ("#plan=...") for a plan's JSON text. */
export async function planFragment(jsonText) {
  const bytes = new TextEncoder().encode(jsonText);
  if (typeof CompressionStream === 'function') {
    return `${PREFIX}z.${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
  }
  return `${PREFIX}j.${toBase64Url(bytes)}`;
}

/**
 * The JSON text in a fragment, null if the fragment holds no plan; throws if it is
 * damaged or would unpack to more than `maxBytes` (the core's file limit,
 * px.planDefaults().limits.fileBytes).
 */
export async function planFromFragment(hash, maxBytes) {
  if (!hash.startsWith(PREFIX)) return null;
  const body = hash.slice(PREFIX.length);
  const kind = body.slice(0, 2);
  let bytes;
  try {
    bytes = fromBase64Url(body.slice(2));
    if (kind === 'z.') bytes = await inflateCapped(bytes, maxBytes);
    else if (kind !== 'j.') throw new Error('unknown encoding');
    if (bytes.length > maxBytes) throw new TooLarge();
  } catch (error) {
    if (error instanceof TooLarge) {
      throw new Error(`the plan in the link is too large (over ${Math.floor(maxBytes / 1048576)} MB)`);
    }
    throw new Error('the link is damaged (was it cut short when copied?)');
  }
  return new TextDecoder().decode(bytes);
}
