// Addresses inside the page. Kept apart from the router so views can link without importing it.

/** Builds "#/path?query" from a path and parameters, leaving out empty ones. */
export function href(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && value !== '') {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/** Goes to a page; a search repeated with the same words still reloads the list. */
export function navigate(path, parameters = {}) {
  const target = href(path, parameters);
  if (location.hash === target) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = target;
  }
}
