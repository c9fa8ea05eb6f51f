/**
 * Lets agentscript's bundle load under Node. At import time the bundle creates a shared 1x1
 * canvas context (Color.sharedCtx1x1, used only to parse CSS colour strings) by calling
 * `new OffscreenCanvas(1, 1)` whenever there is no DOM and no Deno; Node has no OffscreenCanvas,
 * so `import 'agentscript'` throws "ReferenceError: OffscreenCanvas is not defined" before any
 * model code runs. agentscript's own headless runs (its Deno tests) supply a canvas global from a
 * canvas library first; a model without drawing or colour parsing needs none, so this installs
 * a minimal stand-in whose 2D context throws on any use, so that nothing can silently depend on
 * it. Import this module before agentscript (a static import listed first is evaluated first).
 */
class NoCanvas {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {}
  getContext(): object {
    const canvas = this;
    return new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === 'canvas') return canvas;
          if (prop === Symbol.toPrimitive || prop === 'then') return undefined;
          throw new Error(`agentscript under Node: canvas context used (${String(prop)}); the benchmark shim draws nothing`);
        },
      },
    );
  }
}

const g = globalThis as { OffscreenCanvas?: unknown };
g.OffscreenCanvas ??= NoCanvas;
