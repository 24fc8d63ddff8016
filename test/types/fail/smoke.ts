// expect-error: TS2322
// The runner's own smoke test: a string is not a number, so this file must not compile.
const answer: number = "42";

export { answer };
