/** The shared plan's link in the address bar, once the user has left the read-only view. */

/** Take the link out of the address, so that a reload opens the user's own plan, not the shared one again. */
export function forgetSharedLink() {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}
