// The runner's own smoke test: a file that compiles.
const answer: number = 42;

export { answer };
