/**
 * Building the page's elements. Text from the data (labels from scenario and experiment files)
 * only ever goes into text nodes and attribute values — never through innerHTML — so a label
 * holding markup or a script is shown as the characters it is.
 */

/** Attributes of {@link el}: `on<event>` entries add listeners; null, undefined and false are left out. */
export type Props = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** A child of {@link el}: strings and numbers become text nodes; null, undefined and false nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Creates an element; `class`, `id` and the like are attributes, children are appended. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
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
export function append<T extends Element>(node: T, children: (Child | Child[])[]): T {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces an element's children. */
export function replace<T extends Element>(node: T, ...children: (Child | Child[])[]): T {
  node.replaceChildren();
  return append(node, children);
}

/** A `<select>` with its label: options are `[value, text]` pairs. */
export interface LabelledSelect {
  /** The label and the select, to put in a panel's controls. */
  element: HTMLElement;
  select: HTMLSelectElement;
  label: HTMLLabelElement;
  setOptions(options: [value: string, text: string][], value: string): void;
}

/** A labelled `<select>`; `onChange` receives the chosen value. */
export function labelledSelect(id: string, onChange: (value: string) => void): LabelledSelect {
  const select: HTMLSelectElement = el('select', { id, onchange: () => onChange(select.value) });
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
