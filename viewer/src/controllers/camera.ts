// Camera moves: centre on a node (search, counterpart links) and fit the whole graph.
import type Sigma from 'sigma';
import type { ViewerSettings } from '../settings.js';

export interface CameraController {
  focus(node: string): void;
  fit(): void;
}

export function createCameraController(sigma: Sigma, settings: ViewerSettings): CameraController {
  const camera = sigma.getCamera();
  return {
    focus(node) {
      const d = sigma.getNodeDisplayData(node);
      if (!d) return;
      void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, settings.focusRatio) }, { duration: settings.cameraMs });
    },
    fit() {
      void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: settings.cameraMs });
    },
  };
}
