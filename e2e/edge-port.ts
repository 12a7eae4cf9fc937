// The port the edge tests run Varnish on; the e2e server purges it (playwright.config.ts).
export const edgePort = Number(process.env.E2E_EDGE_PORT || Number(process.env.E2E_PORT || 3100) + 1000);
