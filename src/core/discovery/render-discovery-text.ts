/** `aware discover --format table`: the discovery report for a terminal. */
export { renderDiscoveryText } from "./discovery-content.ts";
