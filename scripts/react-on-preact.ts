/**
 * The renderer is written against React's API and runs on Preact's implementation of it (preact/compat): the
 * same components, hooks and server renderer, for about a sixth of React DOM's weight on the first screen. Every
 * import of React, the page's and its libraries' (react-i18next), goes to Preact.
 */
export const REACT_ON_PREACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];
