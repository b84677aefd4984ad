import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readTextPlan
} from "./chunk-5TEWEEGN.js";
import "./chunk-TCT7KR6Z.js";
import "./chunk-3HACCFZB.js";
import "./chunk-7HHMQBN3.js";
import "./chunk-FUKXPB52.js";
import "./chunk-CB5SUWAA.js";
export {
  readTextPlan
};
