/**
 * An async iterator whose implementation is loaded on its first `next()`: a list's paging
 * iterator is returned at once (`list.getPagingIterator()`), while the paging code stays off
 * the initial load until something is iterated.
 */

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/** Delegates to the iterator `load` resolves to, loading it once; calls keep their order. */
export class LazyAsyncIterator<T> implements AsyncIterableIterator<T> {
  #inner: AsyncIterator<T, undefined> | undefined;
  #ready: Promise<AsyncIterator<T, undefined>> | undefined;
  #closed = false;
  readonly #load: () => Promise<AsyncIterator<T, undefined>>;

  constructor(load: () => Promise<AsyncIterator<T, undefined>>) {
    this.#load = load;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The next value of the loaded iterator. */
  next(): Promise<IteratorResult<T, undefined>> {
    if (this.#inner) return this.#inner.next();
    if (this.#closed) return Promise.resolve(DONE);
    this.#ready ??= this.#load().then((inner) => {
      this.#inner = inner;
      return inner;
    });
    return this.#ready.then((inner) => inner.next());
  }

  /** Ends the iteration (a `break` out of `for await` calls it); nothing is loaded for it. */
  return(): Promise<IteratorResult<T, undefined>> {
    if (this.#inner) return this.#inner.return?.() ?? Promise.resolve(DONE);
    if (this.#ready) return this.#ready.then((inner) => inner.return?.() ?? DONE);
    this.#closed = true;
    return Promise.resolve(DONE);
  }
}
