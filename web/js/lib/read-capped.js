// @ts-check
// Reading a stream with a size limit: stops (and cancels the stream) as soon as more than
// `maxBytes` has come, so an endless or hostile stream (a "deflate bomb" in a shared link, a
// sync server's answer) cannot fill the memory.

/**
 * The stream's chunks, or null once it has sent more than `maxBytes`.
 * @param {ReadableStream<Uint8Array<ArrayBuffer>>} stream @param {number} maxBytes
 * @returns {Promise<Uint8Array<ArrayBuffer>[] | null>}
 */
export async function readCapped(stream, maxBytes) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
}
