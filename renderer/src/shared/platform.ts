// userAgentData is not in every engine yet; the user agent string names the platform everywhere.
export const IS_MAC = /Macintosh|iPhone|iPad/.test(navigator.userAgent);
