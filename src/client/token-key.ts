/** Where the sign-in token lives in localStorage; read by the client and by the layout's first script. */
export const TOKEN_KEY = "mjpro.token";
