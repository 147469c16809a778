/** `aware discover --format md`: the discovery report as Markdown. */
export { renderDiscoveryMarkdown } from "./discovery-content.ts";
