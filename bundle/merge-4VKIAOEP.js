import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  BrokenLinksError,
  MergeConflictError,
  mergeExports
} from "./chunk-3CCTPAJN.js";
import "./chunk-VVQ26ECO.js";
import "./chunk-5KYFMQND.js";
import "./chunk-E6AZRTMP.js";
export {
  BrokenLinksError,
  MergeConflictError,
  mergeExports
};
