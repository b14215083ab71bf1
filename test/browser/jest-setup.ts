// jest's testTimeout is not a per-project option; a browser test drives a real browser, and
// the 2-core machines are often busy with other test runs.
jest.setTimeout(300_000);
