/**
 * Building the page's elements. Text from the data (labels from scenario and experiment files)
 * only ever goes into text nodes and attribute values — never through innerHTML — so a label
 * holding markup or a script is shown as the characters it is.
 */

/**
 * Creates an element.
 * @param {string} tag
 * @param {Record<string, string | number | boolean | ((e: Event) => void)> | null} [props] -
 *   attributes; `on<event>` entries add listeners; `class`, `id` and the like as attributes
 * @param {...(Node | string | number | null | undefined | false)} children - strings become text nodes
 * @returns {HTMLElement}
 */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children; strings and numbers as text nodes, nothing for null, undefined and false. */
export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces an element's children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/**
 * A labelled `<select>`: options are `[value, text]` pairs; `onChange` receives the chosen value.
 * @returns {{ element: HTMLElement, select: HTMLSelectElement, setOptions: (options: [string, string][], value: string) => void }}
 */
export function labelledSelect(id, onChange) {
  const select = /** @type {HTMLSelectElement} */ (el('select', { id, onchange: () => onChange(select.value) }));
  const label = el('label', { for: id });
  const element = el('span', { class: 'control' }, label, select);
  return {
    element,
    select,
    label,
    setOptions(options, value) {
      replace(select, ...options.map(([v, text]) => el('option', { value: v }, text)));
      select.value = value;
    },
  };
}
