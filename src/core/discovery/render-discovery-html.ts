/** `aware discover --format html` and the web download: a self-contained HTML report. */
export { renderDiscoveryHtml } from "./discovery-content.ts";
