// examples/testing-with-emulator.ts is a Vitest test file of its own: importing it here registers
// its tests in this run (vitest collects test/ only).
import "../../examples/testing-with-emulator.ts";
