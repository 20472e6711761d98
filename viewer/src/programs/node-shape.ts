// One WebGL node program for every node shape: each node is a quad, and the fragment shader cuts the shape
// (circle, square, diamond, triangle) out of it with a signed distance, antialiased like sigma's own circle.
// One program rather than one per shape keeps a single draw call and a single picking pass for all nodes.
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

/** Display data the node reducer adds for this program: the shape's index (appearance.ts SHAPE_INDEX). */
export interface ShapeDisplayData extends NodeDisplayData { shape?: number }

// Half-width of the quad relative to the radius: room for the triangle's corners and the antialiased rim.
const EXTENT = 1.35;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute vec2 a_corner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diff;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  // Same radius as sigma's circle program, so sizes mean the same thing for every shape.
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  vec2 diff = a_corner * radius * ${EXTENT.toFixed(2)};
  gl_Position = vec4((u_matrix * vec3(a_position + diff, 1)).xy, 0, 1);
  v_diff = diff;
  v_radius = radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diff;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

// Signed distance to an equilateral triangle of circumradius 2/sqrt(3) pointing up (after Inigo Quilez).
float triangle(vec2 p) {
  const float k = 1.7320508;
  p.x = abs(p.x) - 1.0;
  p.y = p.y + 1.0 / k;
  if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  p.x -= clamp(p.x, -2.0, 0.0);
  return -length(p) * sign(p.y);
}

void main(void) {
  vec2 p = v_diff / v_radius;
  float d;
  // Each shape is scaled to look about as heavy as the circle of the same size.
  if (v_shape < 0.5) d = length(p) - 1.0;
  else if (v_shape < 1.5) d = max(abs(p.x), abs(p.y)) - 0.86;
  else if (v_shape < 2.5) d = (abs(p.x) + abs(p.y) - 1.18) * 0.7071;
  else d = triangle(p * 0.92 + vec2(0.0, 0.1)) / 0.92;

  float border = u_correctionRatio * 2.0;
  float dist = d * v_radius + border;
  #ifdef PICKING_MODE
  gl_FragColor = dist > border ? transparent : v_color;
  #else
  float t = 0.0;
  if (dist > border) t = 1.0;
  else if (dist > 0.0) t = dist / border;
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;

export class NodeShapeProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_shape', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_corner', size: 2, type: FLOAT }],
      CONSTANT_DATA: [[-1, -1], [1, -1], [1, 1], [-1, -1], [1, 1], [-1, 1]],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: ShapeDisplayData): void {
    const array = this.array;
    let i = startIndex;
    array[i++] = data.x;
    array[i++] = data.y;
    array[i++] = data.size;
    array[i++] = data.shape ?? 0;
    array[i++] = floatColor(data.color);
    array[i++] = nodeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    const { u_sizeRatio, u_correctionRatio, u_matrix } = uniformLocations as Record<(typeof UNIFORMS)[number], WebGLUniformLocation>;
    gl.uniform1f(u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(u_matrix, false, params.matrix);
  }
}
