// jest's testTimeout is not a per-project option; a browser test drives a real browser.
jest.setTimeout(120_000);
