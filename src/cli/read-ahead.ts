// Reading the next input while the pipeline works on this one: an async iterator keeps
// `depth` calls to next() in flight, so a file read (on libuv's threads) overlaps the
// synchronous extraction instead of leaving the thread idle between articles. Items come
// out in the source's order.
export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<IteratorResult<T>>[] = [];
  try {
    for (;;) {
      while (pending.length < depth) pending.push(iterator.next());
      const result = await pending.shift()!;
      if (result.done) return;
      yield result.value;
    }
  } finally {
    await iterator.return?.();
  }
}
