// What a server action hands back to the form that called it. Server actions are public endpoints, so
// every one of them can be called with something that is not its form: they all answer with one sentence.
export const MALFORMED_REQUEST = 'The request was malformed; reload the page.';
