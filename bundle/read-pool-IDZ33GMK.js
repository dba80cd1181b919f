import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  ReadPool,
  prestartReadProcess
} from "./chunk-RVBKGXXC.js";
import "./chunk-Z4UFLIYT.js";
import "./chunk-FDXMYN4B.js";
import "./chunk-RNORCARU.js";
import "./chunk-E6AZRTMP.js";
export {
  ReadPool,
  prestartReadProcess
};
