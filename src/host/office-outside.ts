/**
 * Office.js outside Office. In a plain browser (the preview, or a pane page opened directly)
 * office.js finds no host, but the logger it loads still adds, three seconds later, a hidden
 * iframe to Microsoft's telemetry proxy (telemetryservice.firstpartyapps.oaspapps.com). The
 * pages' CSP blocks it, so nothing leaves, but the browser reports the blocked frame as an
 * error. Outside Office there is nothing to log, so the frame is switched off before it loads.
 */
interface UlsEndpoint {
  proxyFrame: unknown;
  loadProxyFrame(): void;
}

export function quietOfficeOutsideOffice(): void {
  const w = window as unknown as { OSF?: { Logger?: { ulsEndpoint?: UlsEndpoint } }; Logger?: { ulsEndpoint?: UlsEndpoint } };
  for (const endpoint of [w.OSF?.Logger?.ulsEndpoint, w.Logger?.ulsEndpoint]) {
    if (endpoint && typeof endpoint.loadProxyFrame === 'function' && !endpoint.proxyFrame) endpoint.loadProxyFrame = () => undefined;
  }
}
