/**
 * Whether this browser can draw the map at all: MapLibre needs WebGL 2. Checked before the map is
 * made, so that a browser without it gets our own message in the visitor's language instead of
 * MapLibre's exception (English, with a link to a wiki on another site).
 */
export function canDrawMap(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // give the test context back at once: browsers allow only a few live contexts
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
