// The one Node built-in web/js/proximity.js imports (only when it runs in Node), typed
// as far as it uses it, so the type check needs no @types/node.
declare module 'node:fs/promises' {
  export function readFile(path: URL | string): Promise<Uint8Array>;
}
