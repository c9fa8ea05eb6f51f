/** The part of agentscript's (untyped) public API the peer benchmark uses. */
declare module 'agentscript' {
  export interface ASPatch {
    readonly x: number;
    readonly y: number;
    readonly neighbors: ASAgentArray<ASPatch>;
    readonly turtlesHere: ASAgentArray<ASTurtle>;
  }
  export interface ASTurtle {
    readonly id: number;
    x: number;
    y: number;
    readonly patch: ASPatch;
    moveTo(agent: ASPatch | ASTurtle): void;
    [key: string]: unknown;
  }
  export interface ASAgentArray<T> extends Array<T> {
    oneOf(): T;
    clone(): ASAgentArray<T>;
    shuffle(): ASAgentArray<T>;
    ask(fn: (agent: T) => void): void;
  }
  export interface ASPatches extends ASAgentArray<ASPatch> {
    patch(x: number, y: number): ASPatch;
    inRect(patch: ASPatch, dx: number, dy?: number, meToo?: boolean): ASAgentArray<ASPatch>;
    cacheRect(dx: number, dy?: number, meToo?: boolean, clear?: boolean): void;
  }
  export interface ASTurtles extends ASAgentArray<ASTurtle> {
    create(n: number, init?: (t: ASTurtle) => void): ASTurtle[];
  }
  export class Model {
    constructor(world?: { minX: number; maxX: number; minY: number; maxY: number });
    readonly patches: ASPatches;
    readonly turtles: ASTurtles;
    ticks: number;
    setup(): void;
    step(): void;
    tick(): void;
  }
  export const util: {
    randomSeed(seed?: number): void;
    shuffle<T>(array: T[]): T[];
  };
}
