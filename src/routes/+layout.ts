// Every page is built ahead of time; the site needs no server.
export const prerender = true;
