// The port of the second e2e server, the one serving the imported WordPress fixture (playwright.config.ts).
export const wordpressPort = Number(process.env.E2E_WORDPRESS_PORT || Number(process.env.E2E_PORT || 3100) + 100);
