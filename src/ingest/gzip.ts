import { Readable, pipeline } from 'node:stream';
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Thrown while reading a decompressed stream whose compressed data is corrupt or cut short. */
export class CorruptGzipError extends Error {}

/**
 * Decompresses as the bytes are read, so the caller's byte cap applies to the decompressed size and a gzip
 * bomb stops at the cap. Concatenated gzip members (as in WARC.gz, one member per record) are read through.
 */
export function gunzip(chunks: AsyncIterable<Uint8Array>, encoding: 'gzip' | 'deflate' | 'br' = 'gzip'): AsyncIterable<Buffer> {
  const decompress = encoding === 'gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : createBrotliDecompress();
  // pipeline() destroys the source when the consumer stops early or the data is corrupt.
  const output = pipeline(Readable.from(chunks, { objectMode: false }), decompress, () => {});
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for await (const chunk of output) yield chunk as Buffer;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (code.startsWith('Z_') || code === 'ERR_BROTLI_DECOMPRESSION_FAILED' || /zlib|header check|end of file/i.test(String(error))) {
          throw new CorruptGzipError((error as Error).message);
        }
        throw error;
      } finally {
        output.destroy();
      }
    },
  };
}
