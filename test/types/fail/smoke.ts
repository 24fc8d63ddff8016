// The runner's own smoke test: a string is not a number, so this line must not compile.
// expect-error: TS2322
const answer: number = "42";

export { answer };
