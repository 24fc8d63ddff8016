import { defineConfig } from "vitest/config";

// Tests live in test/ (the SDK) and emulator/test/ (the emulator package); generated copies (docs/api, .tmp) must never be collected.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "emulator/test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "dist/**", "emulator/dist/**", "docs/**", ".tmp/**"],
    testTimeout: 30_000,
    // Every emulator of the suite checks each JSON response against the spec before sending it.
    env: { KLOUDLESS_EMULATOR_STRICT: "1" },
  },
});
