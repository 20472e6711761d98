// Turns an instanced sigma program into a plain one: the per-vertex constants (corners, which end of the edge)
// become ordinary attributes, and each item's data is written once per vertex. SwiftShader, the software WebGL
// Chrome falls back to without a usable GPU (and what headless tests run), draws instanced geometry one
// instance at a time, about ten microseconds each: 50,000 edges cost most of a second per frame that way, and
// several times less flattened. On a GPU the difference is a few megabytes of vertex buffer.
import { getAttributesItemsCount, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import type { InstancedProgramDefinition, ProgramDefinition } from 'sigma/rendering';

type Definition = ProgramDefinition | InstancedProgramDefinition;

/** The shape of a sigma program instance that flattening relies on. */
interface ProgramLike {
  array: Float32Array;
  getDefinition(): Definition;
  processVisibleItem(index: number, start: number, ...data: unknown[]): void;
}
type ProgramClass = new (...args: never[]) => ProgramLike;

export function flatten<T extends NodeProgramType | EdgeProgramType>(Base: T): T {
  const B = Base as unknown as ProgramClass;
  const base = (self: ProgramLike): Definition => B.prototype.getDefinition.call(self);

  class Flattened extends B {
    private layout: { itemFloats: number; constants: readonly (readonly number[])[]; scratch: Float32Array } | null = null;

    override getDefinition(): Definition {
      const def = base(this);
      if (!('CONSTANT_ATTRIBUTES' in def)) return def;
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _data, ...plain } = def;
      return { ...plain, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    override processVisibleItem(index: number, start: number, ...data: unknown[]): void {
      const def = base(this);
      if (!('CONSTANT_ATTRIBUTES' in def)) { super.processVisibleItem(index, start, ...data); return; }
      if (!this.layout) {
        const itemFloats = getAttributesItemsCount(def.ATTRIBUTES);
        this.layout = { itemFloats, constants: def.CONSTANT_DATA, scratch: new Float32Array(itemFloats) };
      }
      const { itemFloats, constants, scratch } = this.layout;
      // Let the original program write one item into a scratch buffer, then copy it to every vertex.
      const array = this.array;
      this.array = scratch;
      try {
        super.processVisibleItem(index, 0, ...data);
      } finally {
        this.array = array;
      }
      let i = start;
      for (const constant of constants) {
        array.set(scratch, i);
        i += itemFloats;
        for (const value of constant) array[i++] = value;
      }
    }
  }
  return Flattened as unknown as T;
}
