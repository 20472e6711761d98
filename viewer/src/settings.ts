// Settings in one place: the viewer's own (a typed interface, defaults, a resolver that merges partial
// settings over them) and the sigma settings derived from them. Label density is tuned here so labels of a
// crowded graph thin out instead of piling up: one label per grid cell, big nodes first.
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { LABEL_COLOR } from './appearance.js';
import { flatten } from './programs/flatten.js';
import { NodeShapeProgram } from './programs/node-shape.js';

export interface ViewerSettings {
  /** Camera moves (centring on a search result), in ms. */
  readonly cameraMs: number;
  /** Zoom ratio the camera goes to when centring on a node (smaller is closer). */
  readonly focusRatio: number;
  /** How long "play" takes to sweep the whole date range, in ms. */
  readonly playMs: number;
  /** Search results listed. */
  readonly searchLimit: number;
  /** Labels per grid cell; sigma's default (1) crowds a dense graph. */
  readonly labelDensity: number;
  readonly labelGridCellSize: number;
  /** Nodes drawn smaller than this (px) get no label unless forced. */
  readonly labelRenderedSizeThreshold: number;
  /**
   * Above this many edges, edges and labels are left out while the camera moves: on software WebGL, 50,000
   * edges take the camera from about 13 to about 4 frames per second (bench/README.md).
   */
  readonly hideOnMoveAbove: number;
}

export const DEFAULT_SETTINGS: ViewerSettings = {
  cameraMs: 600,
  focusRatio: 0.35,
  playMs: 12_000,
  searchLimit: 10,
  labelDensity: 0.8,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 6,
  hideOnMoveAbove: 20_000,
};

export function resolveSettings(partial: Partial<ViewerSettings> = {}): ViewerSettings {
  const s = { ...DEFAULT_SETTINGS, ...partial };
  for (const [key, value] of Object.entries(s)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(`viewer settings: "${key}" must be a non-negative number, got ${String(value)}`);
    }
  }
  return s;
}

/** Program names the reducers choose from. */
export const NODE_PROGRAM = 'shape';
export const EDGE_PROGRAMS = { line: 'line', arrow: 'arrow', curve: 'curve', curvedArrow: 'curvedArrow' } as const;

// Sigma is used with plain `Attributes`: its program classes are typed that way and its generics are invariant.
// The reducers (reducers.ts) are where graph attributes get their document types back.
export function sigmaSettings(s: ViewerSettings, edges: number): Partial<Settings> {
  const big = edges > s.hideOnMoveAbove;
  return {
    defaultNodeType: NODE_PROGRAM,
    defaultEdgeType: EDGE_PROGRAMS.line,
    // Every program flattened (programs/flatten.ts): software WebGL draws instanced geometry slowly.
    nodeProgramClasses: { [NODE_PROGRAM]: flatten(NodeShapeProgram) },
    edgeProgramClasses: {
      [EDGE_PROGRAMS.line]: flatten(EdgeRectangleProgram),
      [EDGE_PROGRAMS.arrow]: createEdgeCompoundProgram([flatten(createEdgeClampedProgram()), flatten(createEdgeArrowHeadProgram())]),
      [EDGE_PROGRAMS.curve]: flatten(EdgeCurveProgram),
      [EDGE_PROGRAMS.curvedArrow]: flatten(EdgeCurvedArrowProgram),
    },
    labelDensity: s.labelDensity,
    labelGridCellSize: s.labelGridCellSize,
    labelRenderedSizeThreshold: s.labelRenderedSizeThreshold,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: LABEL_COLOR },
    zIndex: true,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 40,
  };
}
