// Camera moves: centre on a node (search, counterpart links), frame a set of nodes (a focus, a path) and fit the
// whole graph.
import type Sigma from 'sigma';
import type { ViewerSettings } from '../settings.js';

export interface CameraController {
  focus(node: string): void;
  /** Frames the given nodes, as closely as a single node is centred at most. */
  frame(nodes: Iterable<string>): void;
  fit(): void;
}

/** Room around framed nodes, as a share of their extent. */
const FRAME_MARGIN = 1.3;

export function createCameraController(sigma: Sigma, settings: ViewerSettings): CameraController {
  const camera = sigma.getCamera();
  return {
    focus(node) {
      const d = sigma.getNodeDisplayData(node);
      if (!d) return;
      void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, settings.focusRatio) }, { duration: settings.cameraMs });
    },
    frame(nodes) {
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const node of nodes) {
        const d = sigma.getNodeDisplayData(node);
        if (!d) continue;
        minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
        minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
      }
      if (minX > maxX) return;
      // Display coordinates are the graph framed into [0, 1]; a ratio of 1 shows all of it.
      const ratio = Math.min(1, Math.max(settings.focusRatio, Math.max(maxX - minX, maxY - minY) * FRAME_MARGIN));
      void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: settings.cameraMs });
    },
    fit() {
      void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: settings.cameraMs });
    },
  };
}
