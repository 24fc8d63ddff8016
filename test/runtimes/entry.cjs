/**
 * The smoke scenario (smoke.js) under Node by `require("kloudless-ts")` (dist/index.cjs), as
 * entry.js runs it by `import`; same arguments, same output line.
 */
const sdk = require("kloudless-ts");

const [baseUrl, token, logLevel] = process.argv.slice(2);
import("./smoke.js")
  .then(({ smoke }) => smoke(sdk, { baseUrl, token, logLevel }))
  .then((result) => console.log(JSON.stringify({ runtime: "node", version: process.versions.node, ...result })));
