/** The input forms the helpers take: bytes, an iterable of bytes, or (async) a stream. */
import { types } from 'node:util';
import { invalidArgType, toBytes } from '@sock/core';

/** One Buffer/TypedArray/DataView, or an iterable of them (Sync and async forms). */
export type BytesInput = ArrayBufferView | Iterable<ArrayBufferView>;
/** BytesInput or an async iterable of bytes: a Readable stream without an encoding. */
export type StreamInput = BytesInput | AsyncIterable<ArrayBufferView>;

const EXPECTED = 'a Buffer, TypedArray or DataView, or an iterable of them';

function isObject(value: unknown): value is object {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && !types.isProxy(value);
}

/** The chunks of a Sync input, each as bytes; a bad chunk is ERR_INVALID_ARG_TYPE naming its index. */
export function* chunksOf(data: unknown, name = 'data'): Generator<Uint8Array> {
  if (ArrayBuffer.isView(data)) {
    yield toBytes(data, name);
    return;
  }
  if (!isObject(data) || typeof (data as Iterable<unknown>)[Symbol.iterator] !== 'function') throw invalidArgType(name, EXPECTED, data);
  let i = 0;
  for (const chunk of data as Iterable<unknown>) yield toBytes(chunk, `${name}[${i++}]`);
}

/** The chunks of an async input: what chunksOf takes, or an async iterable of bytes. */
export async function* asyncChunksOf(data: unknown, name = 'data'): AsyncGenerator<Uint8Array> {
  if (isObject(data) && typeof (data as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    let i = 0;
    for await (const chunk of data as AsyncIterable<unknown>) {
      if (typeof chunk === 'string') throw invalidArgType(`${name}[${i}]`, 'bytes (a stream without an encoding)', chunk);
      yield toBytes(chunk, `${name}[${i++}]`);
    }
    return;
  }
  yield* chunksOf(data, name);
}

/** Views of at most `size` bytes over `bytes`, so that a long input is sent in bounded pieces. */
export function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, Math.min(at + size, bytes.length));
}
