// The request header proxy.ts passes WordPress's query-string address (`/?p=ID`) in to the old-address route.
export const oldAddressHeader = 'x-byline-old-address';
