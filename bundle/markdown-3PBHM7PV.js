import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  MARKDOWN_ATTRS,
  MARKDOWN_TAGS,
  renderMarkdown
} from "./chunk-HMBQDE6S.js";
import "./chunk-EEQHA2N2.js";
import "./chunk-E6AZRTMP.js";
export {
  MARKDOWN_ATTRS,
  MARKDOWN_TAGS,
  renderMarkdown
};
