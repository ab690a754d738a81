/** Every API route lives under this prefix; a breaking change gets a new version. */
export const apiBase = '/api/v1';
