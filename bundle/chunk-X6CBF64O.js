import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);
import {
  isRunning,
  resolveInsideFolder
} from "./chunk-5KYFMQND.js";
import {
  require_inherits
} from "./chunk-ASUEK7BA.js";
import {
  ACTIONS,
  Signer,
  TokenInvalid,
  actionNames,
  verifyToken
} from "./chunk-JHF3PE6T.js";
import {
  DATASETTE_COMPAT_VERSION,
  PACKAGE_ROOT,
  VERSION
} from "./chunk-ATCLKJJX.js";
import {
  PLUGIN_API_SPECIFIER,
  QueryRunner,
  allowPluginApiImports,
  checkSqlText,
  loadPluginModules,
  setUpConnection
} from "./chunk-GN73FVAW.js";
import {
  ReadPool
} from "./chunk-RVBKGXXC.js";
import {
  DatabaseBusyError,
  QueryTimeoutError,
  ReadOnlyError,
  SqlError
} from "./chunk-Z4UFLIYT.js";
import {
  decodeRows,
  encodeParams
} from "./chunk-RNORCARU.js";
import {
  Namespace,
  PyFloat,
  bindArgs,
  escapeHtml,
  escapeString,
  escapeText,
  formatFloat,
  formatNumber,
  isFloat,
  isNumber,
  isPlainObject,
  isSafe,
  jinjaRound,
  markSafe,
  plain,
  plainArguments,
  pyArith,
  pyEq,
  pyFloat,
  pyNeg,
  pyRepr,
  pyStr,
  require_nunjucks,
  splitArgs,
  truthy
} from "./chunk-EEQHA2N2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-E6AZRTMP.js";

// node_modules/ee-first/index.js
var require_ee_first = __commonJS({
  "node_modules/ee-first/index.js"(exports2, module2) {
    "use strict";
    module2.exports = first;
    function first(stuff, done) {
      if (!Array.isArray(stuff))
        throw new TypeError("arg must be an array of [ee, events...] arrays");
      var cleanups = [];
      for (var i = 0; i < stuff.length; i++) {
        var arr = stuff[i];
        if (!Array.isArray(arr) || arr.length < 2)
          throw new TypeError("each array member must be [ee, events...]");
        var ee = arr[0];
        for (var j = 1; j < arr.length; j++) {
          var event = arr[j];
          var fn2 = listener(event, callback);
          ee.on(event, fn2);
          cleanups.push({
            ee,
            event,
            fn: fn2
          });
        }
      }
      function callback() {
        cleanup();
        done.apply(null, arguments);
      }
      function cleanup() {
        var x;
        for (var i2 = 0; i2 < cleanups.length; i2++) {
          x = cleanups[i2];
          x.ee.removeListener(x.event, x.fn);
        }
      }
      function thunk(fn3) {
        done = fn3;
      }
      thunk.cancel = cleanup;
      return thunk;
    }
    function listener(event, done) {
      return function onevent(arg1) {
        var args2 = new Array(arguments.length);
        var ee = this;
        var err = event === "error" ? arg1 : null;
        for (var i = 0; i < args2.length; i++) {
          args2[i] = arguments[i];
        }
        done(err, ee, event, args2);
      };
    }
  }
});

// node_modules/on-finished/index.js
var require_on_finished = __commonJS({
  "node_modules/on-finished/index.js"(exports2, module2) {
    "use strict";
    module2.exports = onFinished;
    module2.exports.isFinished = isFinished;
    var asyncHooks = tryRequireAsyncHooks();
    var first = require_ee_first();
    var defer = typeof setImmediate === "function" ? setImmediate : function(fn2) {
      process.nextTick(fn2.bind.apply(fn2, arguments));
    };
    function onFinished(msg, listener) {
      if (isFinished(msg) !== false) {
        defer(listener, null, msg);
        return msg;
      }
      attachListener(msg, wrap(listener));
      return msg;
    }
    function isFinished(msg) {
      var socket = msg.socket;
      var finished = writableEnded(msg);
      if (typeof finished === "boolean") {
        return Boolean(finished || socket && !socket.writable);
      }
      if (typeof msg.complete === "boolean") {
        return Boolean(msg.upgrade || !socket || !socket.readable || msg.complete && !msg.readable);
      }
      return void 0;
    }
    function attachFinishedListener(msg, callback) {
      var eeMsg;
      var eeSocket;
      var finished = false;
      function onFinish(error) {
        eeMsg.cancel();
        eeSocket.cancel();
        finished = true;
        callback(error);
      }
      eeMsg = eeSocket = first([[msg, "end", "finish"]], onFinish);
      function onSocket(socket) {
        msg.removeListener("socket", onSocket);
        if (finished) return;
        if (eeMsg !== eeSocket) return;
        eeSocket = first([[socket, "error", "close"]], onFinish);
      }
      if (msg.socket) {
        onSocket(msg.socket);
        return;
      }
      msg.on("socket", onSocket);
      if (msg.socket === void 0) {
        patchAssignSocket(msg, onSocket);
      }
    }
    function attachListener(msg, listener) {
      var attached = msg.__onFinished;
      if (!attached || !attached.queue) {
        attached = msg.__onFinished = createListener(msg);
        attachFinishedListener(msg, attached);
      }
      attached.queue.push(listener);
    }
    function createListener(msg) {
      function listener(err) {
        if (msg.__onFinished === listener) msg.__onFinished = null;
        if (!listener.queue) return;
        var queue = listener.queue;
        listener.queue = null;
        for (var i = 0; i < queue.length; i++) {
          queue[i](err, msg);
        }
      }
      listener.queue = [];
      return listener;
    }
    function patchAssignSocket(res, callback) {
      var assignSocket = res.assignSocket;
      if (typeof assignSocket !== "function") return;
      res.assignSocket = function _assignSocket(socket) {
        assignSocket.call(this, socket);
        callback(socket);
      };
    }
    function tryRequireAsyncHooks() {
      try {
        return __require("async_hooks");
      } catch (e) {
        return {};
      }
    }
    function wrap(fn2) {
      var res;
      if (asyncHooks.AsyncResource) {
        res = new asyncHooks.AsyncResource(fn2.name || "bound-anonymous-fn");
      }
      if (!res || !res.runInAsyncScope) {
        return fn2;
      }
      return res.runInAsyncScope.bind(res, fn2, null);
    }
    function writableEnded(res) {
      return typeof res.writableEnded === "boolean" ? res.writableEnded : res.finished;
    }
  }
});

// node_modules/koa-compose/index.js
var require_koa_compose = __commonJS({
  "node_modules/koa-compose/index.js"(exports2, module2) {
    "use strict";
    module2.exports = compose;
    function flatten(arr) {
      return arr.reduce((acc, next) => acc.concat(Array.isArray(next) ? flatten(next) : next), []);
    }
    function compose(middleware) {
      if (!Array.isArray(middleware)) throw new TypeError("Middleware stack must be an array!");
      middleware = flatten(middleware);
      for (const fn2 of middleware) {
        if (typeof fn2 !== "function") throw new TypeError("Middleware must be composed of functions!");
      }
      return function(context, next) {
        let index2 = -1;
        return dispatch(0);
        function dispatch(i) {
          if (i <= index2) return Promise.reject(new Error("next() called multiple times"));
          index2 = i;
          let fn2 = middleware[i];
          if (i === middleware.length) fn2 = next;
          if (!fn2) return Promise.resolve();
          try {
            return Promise.resolve(fn2(context, dispatch.bind(null, i + 1)));
          } catch (err) {
            return Promise.reject(err);
          }
        }
      };
    }
  }
});

// node_modules/statuses/codes.json
var require_codes = __commonJS({
  "node_modules/statuses/codes.json"(exports2, module2) {
    module2.exports = {
      "100": "Continue",
      "101": "Switching Protocols",
      "102": "Processing",
      "103": "Early Hints",
      "200": "OK",
      "201": "Created",
      "202": "Accepted",
      "203": "Non-Authoritative Information",
      "204": "No Content",
      "205": "Reset Content",
      "206": "Partial Content",
      "207": "Multi-Status",
      "208": "Already Reported",
      "226": "IM Used",
      "300": "Multiple Choices",
      "301": "Moved Permanently",
      "302": "Found",
      "303": "See Other",
      "304": "Not Modified",
      "305": "Use Proxy",
      "307": "Temporary Redirect",
      "308": "Permanent Redirect",
      "400": "Bad Request",
      "401": "Unauthorized",
      "402": "Payment Required",
      "403": "Forbidden",
      "404": "Not Found",
      "405": "Method Not Allowed",
      "406": "Not Acceptable",
      "407": "Proxy Authentication Required",
      "408": "Request Timeout",
      "409": "Conflict",
      "410": "Gone",
      "411": "Length Required",
      "412": "Precondition Failed",
      "413": "Payload Too Large",
      "414": "URI Too Long",
      "415": "Unsupported Media Type",
      "416": "Range Not Satisfiable",
      "417": "Expectation Failed",
      "418": "I'm a Teapot",
      "421": "Misdirected Request",
      "422": "Unprocessable Entity",
      "423": "Locked",
      "424": "Failed Dependency",
      "425": "Too Early",
      "426": "Upgrade Required",
      "428": "Precondition Required",
      "429": "Too Many Requests",
      "431": "Request Header Fields Too Large",
      "451": "Unavailable For Legal Reasons",
      "500": "Internal Server Error",
      "501": "Not Implemented",
      "502": "Bad Gateway",
      "503": "Service Unavailable",
      "504": "Gateway Timeout",
      "505": "HTTP Version Not Supported",
      "506": "Variant Also Negotiates",
      "507": "Insufficient Storage",
      "508": "Loop Detected",
      "509": "Bandwidth Limit Exceeded",
      "510": "Not Extended",
      "511": "Network Authentication Required"
    };
  }
});

// node_modules/statuses/index.js
var require_statuses = __commonJS({
  "node_modules/statuses/index.js"(exports2, module2) {
    "use strict";
    var codes = require_codes();
    module2.exports = status;
    status.message = codes;
    status.code = createMessageToStatusCodeMap(codes);
    status.codes = createStatusCodeList(codes);
    status.redirect = {
      300: true,
      301: true,
      302: true,
      303: true,
      305: true,
      307: true,
      308: true
    };
    status.empty = {
      204: true,
      205: true,
      304: true
    };
    status.retry = {
      502: true,
      503: true,
      504: true
    };
    function createMessageToStatusCodeMap(codes2) {
      var map = {};
      Object.keys(codes2).forEach(function forEachCode(code) {
        var message2 = codes2[code];
        var status2 = Number(code);
        map[message2.toLowerCase()] = status2;
      });
      return map;
    }
    function createStatusCodeList(codes2) {
      return Object.keys(codes2).map(function mapCode(code) {
        return Number(code);
      });
    }
    function getStatusCode(message2) {
      var msg = message2.toLowerCase();
      if (!Object.prototype.hasOwnProperty.call(status.code, msg)) {
        throw new Error('invalid status message: "' + message2 + '"');
      }
      return status.code[msg];
    }
    function getStatusMessage(code) {
      if (!Object.prototype.hasOwnProperty.call(status.message, code)) {
        throw new Error("invalid status code: " + code);
      }
      return status.message[code];
    }
    function status(code) {
      if (typeof code === "number") {
        return getStatusMessage(code);
      }
      if (typeof code !== "string") {
        throw new TypeError("code must be a number or string");
      }
      var n = parseInt(code, 10);
      if (!isNaN(n)) {
        return getStatusMessage(n);
      }
      return getStatusCode(code);
    }
  }
});

// node_modules/depd/index.js
var require_depd = __commonJS({
  "node_modules/depd/index.js"(exports2, module2) {
    var relative2 = __require("path").relative;
    module2.exports = depd2;
    var basePath2 = process.cwd();
    function containsNamespace2(str, namespace) {
      var vals = str.split(/[ ,]+/);
      var ns = String(namespace).toLowerCase();
      for (var i = 0; i < vals.length; i++) {
        var val = vals[i];
        if (val && (val === "*" || val.toLowerCase() === ns)) {
          return true;
        }
      }
      return false;
    }
    function convertDataDescriptorToAccessor2(obj, prop, message2) {
      var descriptor = Object.getOwnPropertyDescriptor(obj, prop);
      var value = descriptor.value;
      descriptor.get = function getter() {
        return value;
      };
      if (descriptor.writable) {
        descriptor.set = function setter(val) {
          return value = val;
        };
      }
      delete descriptor.value;
      delete descriptor.writable;
      Object.defineProperty(obj, prop, descriptor);
      return descriptor;
    }
    function createArgumentsString2(arity) {
      var str = "";
      for (var i = 0; i < arity; i++) {
        str += ", arg" + i;
      }
      return str.substr(2);
    }
    function createStackString2(stack2) {
      var str = this.name + ": " + this.namespace;
      if (this.message) {
        str += " deprecated " + this.message;
      }
      for (var i = 0; i < stack2.length; i++) {
        str += "\n    at " + stack2[i].toString();
      }
      return str;
    }
    function depd2(namespace) {
      if (!namespace) {
        throw new TypeError("argument namespace is required");
      }
      var stack2 = getStack2();
      var site2 = callSiteLocation2(stack2[1]);
      var file = site2[0];
      function deprecate2(message2) {
        log2.call(deprecate2, message2);
      }
      deprecate2._file = file;
      deprecate2._ignored = isignored2(namespace);
      deprecate2._namespace = namespace;
      deprecate2._traced = istraced2(namespace);
      deprecate2._warned = /* @__PURE__ */ Object.create(null);
      deprecate2.function = wrapfunction2;
      deprecate2.property = wrapproperty2;
      return deprecate2;
    }
    function eehaslisteners(emitter, type) {
      var count = typeof emitter.listenerCount !== "function" ? emitter.listeners(type).length : emitter.listenerCount(type);
      return count > 0;
    }
    function isignored2(namespace) {
      if (process.noDeprecation) {
        return true;
      }
      var str = process.env.NO_DEPRECATION || "";
      return containsNamespace2(str, namespace);
    }
    function istraced2(namespace) {
      if (process.traceDeprecation) {
        return true;
      }
      var str = process.env.TRACE_DEPRECATION || "";
      return containsNamespace2(str, namespace);
    }
    function log2(message2, site2) {
      var haslisteners = eehaslisteners(process, "deprecation");
      if (!haslisteners && this._ignored) {
        return;
      }
      var caller;
      var callFile;
      var callSite;
      var depSite;
      var i = 0;
      var seen = false;
      var stack2 = getStack2();
      var file = this._file;
      if (site2) {
        depSite = site2;
        callSite = callSiteLocation2(stack2[1]);
        callSite.name = depSite.name;
        file = callSite[0];
      } else {
        i = 2;
        depSite = callSiteLocation2(stack2[i]);
        callSite = depSite;
      }
      for (; i < stack2.length; i++) {
        caller = callSiteLocation2(stack2[i]);
        callFile = caller[0];
        if (callFile === file) {
          seen = true;
        } else if (callFile === this._file) {
          file = this._file;
        } else if (seen) {
          break;
        }
      }
      var key = caller ? depSite.join(":") + "__" + caller.join(":") : void 0;
      if (key !== void 0 && key in this._warned) {
        return;
      }
      this._warned[key] = true;
      var msg = message2;
      if (!msg) {
        msg = callSite === depSite || !callSite.name ? defaultMessage2(depSite) : defaultMessage2(callSite);
      }
      if (haslisteners) {
        var err = DeprecationError2(this._namespace, msg, stack2.slice(i));
        process.emit("deprecation", err);
        return;
      }
      var format = process.stderr.isTTY ? formatColor2 : formatPlain2;
      var output = format.call(this, msg, caller, stack2.slice(i));
      process.stderr.write(output + "\n", "utf8");
    }
    function callSiteLocation2(callSite) {
      var file = callSite.getFileName() || "<anonymous>";
      var line = callSite.getLineNumber();
      var colm = callSite.getColumnNumber();
      if (callSite.isEval()) {
        file = callSite.getEvalOrigin() + ", " + file;
      }
      var site2 = [file, line, colm];
      site2.callSite = callSite;
      site2.name = callSite.getFunctionName();
      return site2;
    }
    function defaultMessage2(site2) {
      var callSite = site2.callSite;
      var funcName = site2.name;
      if (!funcName) {
        funcName = "<anonymous@" + formatLocation2(site2) + ">";
      }
      var context = callSite.getThis();
      var typeName = context && callSite.getTypeName();
      if (typeName === "Object") {
        typeName = void 0;
      }
      if (typeName === "Function") {
        typeName = context.name || typeName;
      }
      return typeName && callSite.getMethodName() ? typeName + "." + funcName : funcName;
    }
    function formatPlain2(msg, caller, stack2) {
      var timestamp = (/* @__PURE__ */ new Date()).toUTCString();
      var formatted = timestamp + " " + this._namespace + " deprecated " + msg;
      if (this._traced) {
        for (var i = 0; i < stack2.length; i++) {
          formatted += "\n    at " + stack2[i].toString();
        }
        return formatted;
      }
      if (caller) {
        formatted += " at " + formatLocation2(caller);
      }
      return formatted;
    }
    function formatColor2(msg, caller, stack2) {
      var formatted = "\x1B[36;1m" + this._namespace + "\x1B[22;39m \x1B[33;1mdeprecated\x1B[22;39m \x1B[0m" + msg + "\x1B[39m";
      if (this._traced) {
        for (var i = 0; i < stack2.length; i++) {
          formatted += "\n    \x1B[36mat " + stack2[i].toString() + "\x1B[39m";
        }
        return formatted;
      }
      if (caller) {
        formatted += " \x1B[36m" + formatLocation2(caller) + "\x1B[39m";
      }
      return formatted;
    }
    function formatLocation2(callSite) {
      return relative2(basePath2, callSite[0]) + ":" + callSite[1] + ":" + callSite[2];
    }
    function getStack2() {
      var limit = Error.stackTraceLimit;
      var obj = {};
      var prep = Error.prepareStackTrace;
      Error.prepareStackTrace = prepareObjectStackTrace2;
      Error.stackTraceLimit = Math.max(10, limit);
      Error.captureStackTrace(obj);
      var stack2 = obj.stack.slice(1);
      Error.prepareStackTrace = prep;
      Error.stackTraceLimit = limit;
      return stack2;
    }
    function prepareObjectStackTrace2(obj, stack2) {
      return stack2;
    }
    function wrapfunction2(fn2, message2) {
      if (typeof fn2 !== "function") {
        throw new TypeError("argument fn must be a function");
      }
      var args2 = createArgumentsString2(fn2.length);
      var stack2 = getStack2();
      var site2 = callSiteLocation2(stack2[1]);
      site2.name = fn2.name;
      var deprecatedfn2 = new Function(
        "fn",
        "log",
        "deprecate",
        "message",
        "site",
        '"use strict"\nreturn function (' + args2 + ") {log.call(deprecate, message, site)\nreturn fn.apply(this, arguments)\n}"
      )(fn2, log2, this, message2, site2);
      return deprecatedfn2;
    }
    function wrapproperty2(obj, prop, message2) {
      if (!obj || typeof obj !== "object" && typeof obj !== "function") {
        throw new TypeError("argument obj must be object");
      }
      var descriptor = Object.getOwnPropertyDescriptor(obj, prop);
      if (!descriptor) {
        throw new TypeError("must call property on owner object");
      }
      if (!descriptor.configurable) {
        throw new TypeError("property must be configurable");
      }
      var deprecate2 = this;
      var stack2 = getStack2();
      var site2 = callSiteLocation2(stack2[1]);
      site2.name = prop;
      if ("value" in descriptor) {
        descriptor = convertDataDescriptorToAccessor2(obj, prop, message2);
      }
      var get = descriptor.get;
      var set = descriptor.set;
      if (typeof get === "function") {
        descriptor.get = function getter() {
          log2.call(deprecate2, message2, site2);
          return get.apply(this, arguments);
        };
      }
      if (typeof set === "function") {
        descriptor.set = function setter() {
          log2.call(deprecate2, message2, site2);
          return set.apply(this, arguments);
        };
      }
      Object.defineProperty(obj, prop, descriptor);
    }
    function DeprecationError2(namespace, message2, stack2) {
      var error = new Error();
      var stackString;
      Object.defineProperty(error, "constructor", {
        value: DeprecationError2
      });
      Object.defineProperty(error, "message", {
        configurable: true,
        enumerable: false,
        value: message2,
        writable: true
      });
      Object.defineProperty(error, "name", {
        enumerable: false,
        configurable: true,
        value: "DeprecationError",
        writable: true
      });
      Object.defineProperty(error, "namespace", {
        configurable: true,
        enumerable: false,
        value: namespace,
        writable: true
      });
      Object.defineProperty(error, "stack", {
        configurable: true,
        enumerable: false,
        get: function() {
          if (stackString !== void 0) {
            return stackString;
          }
          return stackString = createStackString2.call(this, stack2);
        },
        set: function setter(val) {
          stackString = val;
        }
      });
      return error;
    }
  }
});

// node_modules/setprototypeof/index.js
var require_setprototypeof = __commonJS({
  "node_modules/setprototypeof/index.js"(exports2, module2) {
    "use strict";
    module2.exports = Object.setPrototypeOf || ({ __proto__: [] } instanceof Array ? setProtoOf : mixinProperties);
    function setProtoOf(obj, proto) {
      obj.__proto__ = proto;
      return obj;
    }
    function mixinProperties(obj, proto) {
      for (var prop in proto) {
        if (!Object.prototype.hasOwnProperty.call(obj, prop)) {
          obj[prop] = proto[prop];
        }
      }
      return obj;
    }
  }
});

// node_modules/toidentifier/index.js
var require_toidentifier = __commonJS({
  "node_modules/toidentifier/index.js"(exports2, module2) {
    "use strict";
    module2.exports = toIdentifier;
    function toIdentifier(str) {
      return str.split(" ").map(function(token) {
        return token.slice(0, 1).toUpperCase() + token.slice(1);
      }).join("").replace(/[^ _0-9a-z]/gi, "");
    }
  }
});

// node_modules/http-errors/index.js
var require_http_errors = __commonJS({
  "node_modules/http-errors/index.js"(exports2, module2) {
    "use strict";
    var deprecate2 = require_depd()("http-errors");
    var setPrototypeOf = require_setprototypeof();
    var statuses = require_statuses();
    var inherits = require_inherits();
    var toIdentifier = require_toidentifier();
    module2.exports = createError;
    module2.exports.HttpError = createHttpErrorConstructor();
    module2.exports.isHttpError = createIsHttpErrorFunction(module2.exports.HttpError);
    populateConstructorExports(module2.exports, statuses.codes, module2.exports.HttpError);
    function codeClass(status) {
      return Number(String(status).charAt(0) + "00");
    }
    function createError() {
      var err;
      var msg;
      var status = 500;
      var props = {};
      for (var i = 0; i < arguments.length; i++) {
        var arg = arguments[i];
        var type = typeof arg;
        if (type === "object" && arg instanceof Error) {
          err = arg;
          status = err.status || err.statusCode || status;
        } else if (type === "number" && i === 0) {
          status = arg;
        } else if (type === "string") {
          msg = arg;
        } else if (type === "object") {
          props = arg;
        } else {
          throw new TypeError("argument #" + (i + 1) + " unsupported type " + type);
        }
      }
      if (typeof status === "number" && (status < 400 || status >= 600)) {
        deprecate2("non-error status code; use only 4xx or 5xx status codes");
      }
      if (typeof status !== "number" || !statuses.message[status] && (status < 400 || status >= 600)) {
        status = 500;
      }
      var HttpError3 = createError[status] || createError[codeClass(status)];
      if (!err) {
        err = HttpError3 ? new HttpError3(msg) : new Error(msg || statuses.message[status]);
        Error.captureStackTrace(err, createError);
      }
      if (!HttpError3 || !(err instanceof HttpError3) || err.status !== status) {
        err.expose = status < 500;
        err.status = err.statusCode = status;
      }
      for (var key in props) {
        if (key !== "status" && key !== "statusCode") {
          err[key] = props[key];
        }
      }
      return err;
    }
    function createHttpErrorConstructor() {
      function HttpError3() {
        throw new TypeError("cannot construct abstract class");
      }
      inherits(HttpError3, Error);
      return HttpError3;
    }
    function createClientErrorConstructor(HttpError3, name, code) {
      var className = toClassName(name);
      function ClientError(message2) {
        var msg = message2 != null ? message2 : statuses.message[code];
        var err = new Error(msg);
        Error.captureStackTrace(err, ClientError);
        setPrototypeOf(err, ClientError.prototype);
        Object.defineProperty(err, "message", {
          enumerable: true,
          configurable: true,
          value: msg,
          writable: true
        });
        Object.defineProperty(err, "name", {
          enumerable: false,
          configurable: true,
          value: className,
          writable: true
        });
        return err;
      }
      inherits(ClientError, HttpError3);
      nameFunc(ClientError, className);
      ClientError.prototype.status = code;
      ClientError.prototype.statusCode = code;
      ClientError.prototype.expose = true;
      return ClientError;
    }
    function createIsHttpErrorFunction(HttpError3) {
      return function isHttpError2(val) {
        if (!val || typeof val !== "object") {
          return false;
        }
        if (val instanceof HttpError3) {
          return true;
        }
        return val instanceof Error && typeof val.expose === "boolean" && typeof val.statusCode === "number" && val.status === val.statusCode;
      };
    }
    function createServerErrorConstructor(HttpError3, name, code) {
      var className = toClassName(name);
      function ServerError(message2) {
        var msg = message2 != null ? message2 : statuses.message[code];
        var err = new Error(msg);
        Error.captureStackTrace(err, ServerError);
        setPrototypeOf(err, ServerError.prototype);
        Object.defineProperty(err, "message", {
          enumerable: true,
          configurable: true,
          value: msg,
          writable: true
        });
        Object.defineProperty(err, "name", {
          enumerable: false,
          configurable: true,
          value: className,
          writable: true
        });
        return err;
      }
      inherits(ServerError, HttpError3);
      nameFunc(ServerError, className);
      ServerError.prototype.status = code;
      ServerError.prototype.statusCode = code;
      ServerError.prototype.expose = false;
      return ServerError;
    }
    function nameFunc(func, name) {
      var desc = Object.getOwnPropertyDescriptor(func, "name");
      if (desc && desc.configurable) {
        desc.value = name;
        Object.defineProperty(func, "name", desc);
      }
    }
    function populateConstructorExports(exports3, codes, HttpError3) {
      codes.forEach(function forEachCode(code) {
        var CodeError;
        var name = toIdentifier(statuses.message[code]);
        switch (codeClass(code)) {
          case 400:
            CodeError = createClientErrorConstructor(HttpError3, name, code);
            break;
          case 500:
            CodeError = createServerErrorConstructor(HttpError3, name, code);
            break;
        }
        if (CodeError) {
          exports3[code] = CodeError;
          exports3[name] = CodeError;
        }
      });
    }
    function toClassName(name) {
      return name.slice(-5) === "Error" ? name : name + "Error";
    }
  }
});

// node_modules/negotiator/lib/charset.js
var require_charset = __commonJS({
  "node_modules/negotiator/lib/charset.js"(exports2, module2) {
    "use strict";
    module2.exports = preferredCharsets;
    module2.exports.preferredCharsets = preferredCharsets;
    var simpleCharsetRegExp = /^\s*([^\s;]+)\s*(?:;(.*))?$/;
    function parseAcceptCharset(accept) {
      var accepts = accept.split(",");
      for (var i = 0, j = 0; i < accepts.length; i++) {
        var charset = parseCharset(accepts[i].trim(), i);
        if (charset) {
          accepts[j++] = charset;
        }
      }
      accepts.length = j;
      return accepts;
    }
    function parseCharset(str, i) {
      var match = simpleCharsetRegExp.exec(str);
      if (!match) return null;
      var charset = match[1];
      var q = 1;
      if (match[2]) {
        var params = match[2].split(";");
        for (var j = 0; j < params.length; j++) {
          var p = params[j].trim().split("=");
          if (p[0] === "q") {
            q = parseFloat(p[1]);
            break;
          }
        }
      }
      return {
        charset,
        q,
        i
      };
    }
    function getCharsetPriority(charset, accepted, index2) {
      var priority = { o: -1, q: 0, s: 0 };
      for (var i = 0; i < accepted.length; i++) {
        var spec = specify(charset, accepted[i], index2);
        if (spec && (priority.s - spec.s || priority.q - spec.q || priority.o - spec.o) < 0) {
          priority = spec;
        }
      }
      return priority;
    }
    function specify(charset, spec, index2) {
      var s = 0;
      if (spec.charset.toLowerCase() === charset.toLowerCase()) {
        s |= 1;
      } else if (spec.charset !== "*") {
        return null;
      }
      return {
        i: index2,
        o: spec.i,
        q: spec.q,
        s
      };
    }
    function preferredCharsets(accept, provided) {
      var accepts = parseAcceptCharset(accept === void 0 ? "*" : accept || "");
      if (!provided) {
        return accepts.filter(isQuality).sort(compareSpecs).map(getFullCharset);
      }
      var priorities = provided.map(function getPriority(type, index2) {
        return getCharsetPriority(type, accepts, index2);
      });
      return priorities.filter(isQuality).sort(compareSpecs).map(function getCharset(priority) {
        return provided[priorities.indexOf(priority)];
      });
    }
    function compareSpecs(a, b) {
      return b.q - a.q || b.s - a.s || a.o - b.o || a.i - b.i || 0;
    }
    function getFullCharset(spec) {
      return spec.charset;
    }
    function isQuality(spec) {
      return spec.q > 0;
    }
  }
});

// node_modules/negotiator/lib/encoding.js
var require_encoding = __commonJS({
  "node_modules/negotiator/lib/encoding.js"(exports2, module2) {
    "use strict";
    module2.exports = preferredEncodings;
    module2.exports.preferredEncodings = preferredEncodings;
    var simpleEncodingRegExp = /^\s*([^\s;]+)\s*(?:;(.*))?$/;
    function parseAcceptEncoding(accept) {
      var accepts = accept.split(",");
      var hasIdentity = false;
      var minQuality = 1;
      for (var i = 0, j = 0; i < accepts.length; i++) {
        var encoding = parseEncoding(accepts[i].trim(), i);
        if (encoding) {
          accepts[j++] = encoding;
          hasIdentity = hasIdentity || specify("identity", encoding);
          minQuality = Math.min(minQuality, encoding.q || 1);
        }
      }
      if (!hasIdentity) {
        accepts[j++] = {
          encoding: "identity",
          q: minQuality,
          i
        };
      }
      accepts.length = j;
      return accepts;
    }
    function parseEncoding(str, i) {
      var match = simpleEncodingRegExp.exec(str);
      if (!match) return null;
      var encoding = match[1];
      var q = 1;
      if (match[2]) {
        var params = match[2].split(";");
        for (var j = 0; j < params.length; j++) {
          var p = params[j].trim().split("=");
          if (p[0] === "q") {
            q = parseFloat(p[1]);
            break;
          }
        }
      }
      return {
        encoding,
        q,
        i
      };
    }
    function getEncodingPriority(encoding, accepted, index2) {
      var priority = { o: -1, q: 0, s: 0 };
      for (var i = 0; i < accepted.length; i++) {
        var spec = specify(encoding, accepted[i], index2);
        if (spec && (priority.s - spec.s || priority.q - spec.q || priority.o - spec.o) < 0) {
          priority = spec;
        }
      }
      return priority;
    }
    function specify(encoding, spec, index2) {
      var s = 0;
      if (spec.encoding.toLowerCase() === encoding.toLowerCase()) {
        s |= 1;
      } else if (spec.encoding !== "*") {
        return null;
      }
      return {
        i: index2,
        o: spec.i,
        q: spec.q,
        s
      };
    }
    function preferredEncodings(accept, provided) {
      var accepts = parseAcceptEncoding(accept || "");
      if (!provided) {
        return accepts.filter(isQuality).sort(compareSpecs).map(getFullEncoding);
      }
      var priorities = provided.map(function getPriority(type, index2) {
        return getEncodingPriority(type, accepts, index2);
      });
      return priorities.filter(isQuality).sort(compareSpecs).map(function getEncoding(priority) {
        return provided[priorities.indexOf(priority)];
      });
    }
    function compareSpecs(a, b) {
      return b.q - a.q || b.s - a.s || a.o - b.o || a.i - b.i || 0;
    }
    function getFullEncoding(spec) {
      return spec.encoding;
    }
    function isQuality(spec) {
      return spec.q > 0;
    }
  }
});

// node_modules/negotiator/lib/language.js
var require_language = __commonJS({
  "node_modules/negotiator/lib/language.js"(exports2, module2) {
    "use strict";
    module2.exports = preferredLanguages;
    module2.exports.preferredLanguages = preferredLanguages;
    var simpleLanguageRegExp = /^\s*([^\s\-;]+)(?:-([^\s;]+))?\s*(?:;(.*))?$/;
    function parseAcceptLanguage(accept) {
      var accepts = accept.split(",");
      for (var i = 0, j = 0; i < accepts.length; i++) {
        var language = parseLanguage(accepts[i].trim(), i);
        if (language) {
          accepts[j++] = language;
        }
      }
      accepts.length = j;
      return accepts;
    }
    function parseLanguage(str, i) {
      var match = simpleLanguageRegExp.exec(str);
      if (!match) return null;
      var prefix = match[1];
      var suffix = match[2];
      var full = prefix;
      if (suffix) full += "-" + suffix;
      var q = 1;
      if (match[3]) {
        var params = match[3].split(";");
        for (var j = 0; j < params.length; j++) {
          var p = params[j].split("=");
          if (p[0] === "q") q = parseFloat(p[1]);
        }
      }
      return {
        prefix,
        suffix,
        q,
        i,
        full
      };
    }
    function getLanguagePriority(language, accepted, index2) {
      var priority = { o: -1, q: 0, s: 0 };
      for (var i = 0; i < accepted.length; i++) {
        var spec = specify(language, accepted[i], index2);
        if (spec && (priority.s - spec.s || priority.q - spec.q || priority.o - spec.o) < 0) {
          priority = spec;
        }
      }
      return priority;
    }
    function specify(language, spec, index2) {
      var p = parseLanguage(language);
      if (!p) return null;
      var s = 0;
      if (spec.full.toLowerCase() === p.full.toLowerCase()) {
        s |= 4;
      } else if (spec.prefix.toLowerCase() === p.full.toLowerCase()) {
        s |= 2;
      } else if (spec.full.toLowerCase() === p.prefix.toLowerCase()) {
        s |= 1;
      } else if (spec.full !== "*") {
        return null;
      }
      return {
        i: index2,
        o: spec.i,
        q: spec.q,
        s
      };
    }
    function preferredLanguages(accept, provided) {
      var accepts = parseAcceptLanguage(accept === void 0 ? "*" : accept || "");
      if (!provided) {
        return accepts.filter(isQuality).sort(compareSpecs).map(getFullLanguage);
      }
      var priorities = provided.map(function getPriority(type, index2) {
        return getLanguagePriority(type, accepts, index2);
      });
      return priorities.filter(isQuality).sort(compareSpecs).map(function getLanguage(priority) {
        return provided[priorities.indexOf(priority)];
      });
    }
    function compareSpecs(a, b) {
      return b.q - a.q || b.s - a.s || a.o - b.o || a.i - b.i || 0;
    }
    function getFullLanguage(spec) {
      return spec.full;
    }
    function isQuality(spec) {
      return spec.q > 0;
    }
  }
});

// node_modules/negotiator/lib/mediaType.js
var require_mediaType = __commonJS({
  "node_modules/negotiator/lib/mediaType.js"(exports2, module2) {
    "use strict";
    module2.exports = preferredMediaTypes;
    module2.exports.preferredMediaTypes = preferredMediaTypes;
    var simpleMediaTypeRegExp = /^\s*([^\s\/;]+)\/([^;\s]+)\s*(?:;(.*))?$/;
    function parseAccept(accept) {
      var accepts = splitMediaTypes(accept);
      for (var i = 0, j = 0; i < accepts.length; i++) {
        var mediaType = parseMediaType(accepts[i].trim(), i);
        if (mediaType) {
          accepts[j++] = mediaType;
        }
      }
      accepts.length = j;
      return accepts;
    }
    function parseMediaType(str, i) {
      var match = simpleMediaTypeRegExp.exec(str);
      if (!match) return null;
      var params = /* @__PURE__ */ Object.create(null);
      var q = 1;
      var subtype = match[2];
      var type = match[1];
      if (match[3]) {
        var kvps = splitParameters(match[3]).map(splitKeyValuePair);
        for (var j = 0; j < kvps.length; j++) {
          var pair = kvps[j];
          var key = pair[0].toLowerCase();
          var val = pair[1];
          var value = val && val[0] === '"' && val[val.length - 1] === '"' ? val.substr(1, val.length - 2) : val;
          if (key === "q") {
            q = parseFloat(value);
            break;
          }
          params[key] = value;
        }
      }
      return {
        type,
        subtype,
        params,
        q,
        i
      };
    }
    function getMediaTypePriority(type, accepted, index2) {
      var priority = { o: -1, q: 0, s: 0 };
      for (var i = 0; i < accepted.length; i++) {
        var spec = specify(type, accepted[i], index2);
        if (spec && (priority.s - spec.s || priority.q - spec.q || priority.o - spec.o) < 0) {
          priority = spec;
        }
      }
      return priority;
    }
    function specify(type, spec, index2) {
      var p = parseMediaType(type);
      var s = 0;
      if (!p) {
        return null;
      }
      if (spec.type.toLowerCase() == p.type.toLowerCase()) {
        s |= 4;
      } else if (spec.type != "*") {
        return null;
      }
      if (spec.subtype.toLowerCase() == p.subtype.toLowerCase()) {
        s |= 2;
      } else if (spec.subtype != "*") {
        return null;
      }
      var keys = Object.keys(spec.params);
      if (keys.length > 0) {
        if (keys.every(function(k) {
          return spec.params[k] == "*" || (spec.params[k] || "").toLowerCase() == (p.params[k] || "").toLowerCase();
        })) {
          s |= 1;
        } else {
          return null;
        }
      }
      return {
        i: index2,
        o: spec.i,
        q: spec.q,
        s
      };
    }
    function preferredMediaTypes(accept, provided) {
      var accepts = parseAccept(accept === void 0 ? "*/*" : accept || "");
      if (!provided) {
        return accepts.filter(isQuality).sort(compareSpecs).map(getFullType);
      }
      var priorities = provided.map(function getPriority(type, index2) {
        return getMediaTypePriority(type, accepts, index2);
      });
      return priorities.filter(isQuality).sort(compareSpecs).map(function getType(priority) {
        return provided[priorities.indexOf(priority)];
      });
    }
    function compareSpecs(a, b) {
      return b.q - a.q || b.s - a.s || a.o - b.o || a.i - b.i || 0;
    }
    function getFullType(spec) {
      return spec.type + "/" + spec.subtype;
    }
    function isQuality(spec) {
      return spec.q > 0;
    }
    function quoteCount(string) {
      var count = 0;
      var index2 = 0;
      while ((index2 = string.indexOf('"', index2)) !== -1) {
        count++;
        index2++;
      }
      return count;
    }
    function splitKeyValuePair(str) {
      var index2 = str.indexOf("=");
      var key;
      var val;
      if (index2 === -1) {
        key = str;
      } else {
        key = str.substr(0, index2);
        val = str.substr(index2 + 1);
      }
      return [key, val];
    }
    function splitMediaTypes(accept) {
      var accepts = accept.split(",");
      for (var i = 1, j = 0; i < accepts.length; i++) {
        if (quoteCount(accepts[j]) % 2 == 0) {
          accepts[++j] = accepts[i];
        } else {
          accepts[j] += "," + accepts[i];
        }
      }
      accepts.length = j + 1;
      return accepts;
    }
    function splitParameters(str) {
      var parameters = str.split(";");
      for (var i = 1, j = 0; i < parameters.length; i++) {
        if (quoteCount(parameters[j]) % 2 == 0) {
          parameters[++j] = parameters[i];
        } else {
          parameters[j] += ";" + parameters[i];
        }
      }
      parameters.length = j + 1;
      for (var i = 0; i < parameters.length; i++) {
        parameters[i] = parameters[i].trim();
      }
      return parameters;
    }
  }
});

// node_modules/negotiator/index.js
var require_negotiator = __commonJS({
  "node_modules/negotiator/index.js"(exports2, module2) {
    "use strict";
    var preferredCharsets = require_charset();
    var preferredEncodings = require_encoding();
    var preferredLanguages = require_language();
    var preferredMediaTypes = require_mediaType();
    module2.exports = Negotiator;
    module2.exports.Negotiator = Negotiator;
    function Negotiator(request) {
      if (!(this instanceof Negotiator)) {
        return new Negotiator(request);
      }
      this.request = request;
    }
    Negotiator.prototype.charset = function charset(available) {
      var set = this.charsets(available);
      return set && set[0];
    };
    Negotiator.prototype.charsets = function charsets(available) {
      return preferredCharsets(this.request.headers["accept-charset"], available);
    };
    Negotiator.prototype.encoding = function encoding(available) {
      var set = this.encodings(available);
      return set && set[0];
    };
    Negotiator.prototype.encodings = function encodings(available) {
      return preferredEncodings(this.request.headers["accept-encoding"], available);
    };
    Negotiator.prototype.language = function language(available) {
      var set = this.languages(available);
      return set && set[0];
    };
    Negotiator.prototype.languages = function languages(available) {
      return preferredLanguages(this.request.headers["accept-language"], available);
    };
    Negotiator.prototype.mediaType = function mediaType(available) {
      var set = this.mediaTypes(available);
      return set && set[0];
    };
    Negotiator.prototype.mediaTypes = function mediaTypes(available) {
      return preferredMediaTypes(this.request.headers.accept, available);
    };
    Negotiator.prototype.preferredCharset = Negotiator.prototype.charset;
    Negotiator.prototype.preferredCharsets = Negotiator.prototype.charsets;
    Negotiator.prototype.preferredEncoding = Negotiator.prototype.encoding;
    Negotiator.prototype.preferredEncodings = Negotiator.prototype.encodings;
    Negotiator.prototype.preferredLanguage = Negotiator.prototype.language;
    Negotiator.prototype.preferredLanguages = Negotiator.prototype.languages;
    Negotiator.prototype.preferredMediaType = Negotiator.prototype.mediaType;
    Negotiator.prototype.preferredMediaTypes = Negotiator.prototype.mediaTypes;
  }
});

// node_modules/accepts/node_modules/mime-db/db.json
var require_db = __commonJS({
  "node_modules/accepts/node_modules/mime-db/db.json"(exports2, module2) {
    module2.exports = {
      "application/1d-interleaved-parityfec": {
        source: "iana"
      },
      "application/3gpdash-qoe-report+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/3gpp-ims+xml": {
        source: "iana",
        compressible: true
      },
      "application/3gpphal+json": {
        source: "iana",
        compressible: true
      },
      "application/3gpphalforms+json": {
        source: "iana",
        compressible: true
      },
      "application/a2l": {
        source: "iana"
      },
      "application/ace+cbor": {
        source: "iana"
      },
      "application/activemessage": {
        source: "iana"
      },
      "application/activity+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-costmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-costmapfilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-directory+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointcost+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointcostparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointprop+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointpropparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-error+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-networkmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-networkmapfilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-updatestreamcontrol+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-updatestreamparams+json": {
        source: "iana",
        compressible: true
      },
      "application/aml": {
        source: "iana"
      },
      "application/andrew-inset": {
        source: "iana",
        extensions: ["ez"]
      },
      "application/applefile": {
        source: "iana"
      },
      "application/applixware": {
        source: "apache",
        extensions: ["aw"]
      },
      "application/at+jwt": {
        source: "iana"
      },
      "application/atf": {
        source: "iana"
      },
      "application/atfx": {
        source: "iana"
      },
      "application/atom+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atom"]
      },
      "application/atomcat+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomcat"]
      },
      "application/atomdeleted+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomdeleted"]
      },
      "application/atomicmail": {
        source: "iana"
      },
      "application/atomsvc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomsvc"]
      },
      "application/atsc-dwd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dwd"]
      },
      "application/atsc-dynamic-event-message": {
        source: "iana"
      },
      "application/atsc-held+xml": {
        source: "iana",
        compressible: true,
        extensions: ["held"]
      },
      "application/atsc-rdt+json": {
        source: "iana",
        compressible: true
      },
      "application/atsc-rsat+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rsat"]
      },
      "application/atxml": {
        source: "iana"
      },
      "application/auth-policy+xml": {
        source: "iana",
        compressible: true
      },
      "application/bacnet-xdd+zip": {
        source: "iana",
        compressible: false
      },
      "application/batch-smtp": {
        source: "iana"
      },
      "application/bdoc": {
        compressible: false,
        extensions: ["bdoc"]
      },
      "application/beep+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/calendar+json": {
        source: "iana",
        compressible: true
      },
      "application/calendar+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xcs"]
      },
      "application/call-completion": {
        source: "iana"
      },
      "application/cals-1840": {
        source: "iana"
      },
      "application/captive+json": {
        source: "iana",
        compressible: true
      },
      "application/cbor": {
        source: "iana"
      },
      "application/cbor-seq": {
        source: "iana"
      },
      "application/cccex": {
        source: "iana"
      },
      "application/ccmp+xml": {
        source: "iana",
        compressible: true
      },
      "application/ccxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ccxml"]
      },
      "application/cdfx+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cdfx"]
      },
      "application/cdmi-capability": {
        source: "iana",
        extensions: ["cdmia"]
      },
      "application/cdmi-container": {
        source: "iana",
        extensions: ["cdmic"]
      },
      "application/cdmi-domain": {
        source: "iana",
        extensions: ["cdmid"]
      },
      "application/cdmi-object": {
        source: "iana",
        extensions: ["cdmio"]
      },
      "application/cdmi-queue": {
        source: "iana",
        extensions: ["cdmiq"]
      },
      "application/cdni": {
        source: "iana"
      },
      "application/cea": {
        source: "iana"
      },
      "application/cea-2018+xml": {
        source: "iana",
        compressible: true
      },
      "application/cellml+xml": {
        source: "iana",
        compressible: true
      },
      "application/cfw": {
        source: "iana"
      },
      "application/city+json": {
        source: "iana",
        compressible: true
      },
      "application/clr": {
        source: "iana"
      },
      "application/clue+xml": {
        source: "iana",
        compressible: true
      },
      "application/clue_info+xml": {
        source: "iana",
        compressible: true
      },
      "application/cms": {
        source: "iana"
      },
      "application/cnrp+xml": {
        source: "iana",
        compressible: true
      },
      "application/coap-group+json": {
        source: "iana",
        compressible: true
      },
      "application/coap-payload": {
        source: "iana"
      },
      "application/commonground": {
        source: "iana"
      },
      "application/conference-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/cose": {
        source: "iana"
      },
      "application/cose-key": {
        source: "iana"
      },
      "application/cose-key-set": {
        source: "iana"
      },
      "application/cpl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cpl"]
      },
      "application/csrattrs": {
        source: "iana"
      },
      "application/csta+xml": {
        source: "iana",
        compressible: true
      },
      "application/cstadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/csvm+json": {
        source: "iana",
        compressible: true
      },
      "application/cu-seeme": {
        source: "apache",
        extensions: ["cu"]
      },
      "application/cwt": {
        source: "iana"
      },
      "application/cybercash": {
        source: "iana"
      },
      "application/dart": {
        compressible: true
      },
      "application/dash+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpd"]
      },
      "application/dash-patch+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpp"]
      },
      "application/dashdelta": {
        source: "iana"
      },
      "application/davmount+xml": {
        source: "iana",
        compressible: true,
        extensions: ["davmount"]
      },
      "application/dca-rft": {
        source: "iana"
      },
      "application/dcd": {
        source: "iana"
      },
      "application/dec-dx": {
        source: "iana"
      },
      "application/dialog-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/dicom": {
        source: "iana"
      },
      "application/dicom+json": {
        source: "iana",
        compressible: true
      },
      "application/dicom+xml": {
        source: "iana",
        compressible: true
      },
      "application/dii": {
        source: "iana"
      },
      "application/dit": {
        source: "iana"
      },
      "application/dns": {
        source: "iana"
      },
      "application/dns+json": {
        source: "iana",
        compressible: true
      },
      "application/dns-message": {
        source: "iana"
      },
      "application/docbook+xml": {
        source: "apache",
        compressible: true,
        extensions: ["dbk"]
      },
      "application/dots+cbor": {
        source: "iana"
      },
      "application/dskpp+xml": {
        source: "iana",
        compressible: true
      },
      "application/dssc+der": {
        source: "iana",
        extensions: ["dssc"]
      },
      "application/dssc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdssc"]
      },
      "application/dvcs": {
        source: "iana"
      },
      "application/ecmascript": {
        source: "iana",
        compressible: true,
        extensions: ["es", "ecma"]
      },
      "application/edi-consent": {
        source: "iana"
      },
      "application/edi-x12": {
        source: "iana",
        compressible: false
      },
      "application/edifact": {
        source: "iana",
        compressible: false
      },
      "application/efi": {
        source: "iana"
      },
      "application/elm+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/elm+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.cap+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/emergencycalldata.comment+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.control+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.deviceinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.ecall.msd": {
        source: "iana"
      },
      "application/emergencycalldata.providerinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.serviceinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.subscriberinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.veds+xml": {
        source: "iana",
        compressible: true
      },
      "application/emma+xml": {
        source: "iana",
        compressible: true,
        extensions: ["emma"]
      },
      "application/emotionml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["emotionml"]
      },
      "application/encaprtp": {
        source: "iana"
      },
      "application/epp+xml": {
        source: "iana",
        compressible: true
      },
      "application/epub+zip": {
        source: "iana",
        compressible: false,
        extensions: ["epub"]
      },
      "application/eshop": {
        source: "iana"
      },
      "application/exi": {
        source: "iana",
        extensions: ["exi"]
      },
      "application/expect-ct-report+json": {
        source: "iana",
        compressible: true
      },
      "application/express": {
        source: "iana",
        extensions: ["exp"]
      },
      "application/fastinfoset": {
        source: "iana"
      },
      "application/fastsoap": {
        source: "iana"
      },
      "application/fdt+xml": {
        source: "iana",
        compressible: true,
        extensions: ["fdt"]
      },
      "application/fhir+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/fhir+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/fido.trusted-apps+json": {
        compressible: true
      },
      "application/fits": {
        source: "iana"
      },
      "application/flexfec": {
        source: "iana"
      },
      "application/font-sfnt": {
        source: "iana"
      },
      "application/font-tdpfr": {
        source: "iana",
        extensions: ["pfr"]
      },
      "application/font-woff": {
        source: "iana",
        compressible: false
      },
      "application/framework-attributes+xml": {
        source: "iana",
        compressible: true
      },
      "application/geo+json": {
        source: "iana",
        compressible: true,
        extensions: ["geojson"]
      },
      "application/geo+json-seq": {
        source: "iana"
      },
      "application/geopackage+sqlite3": {
        source: "iana"
      },
      "application/geoxacml+xml": {
        source: "iana",
        compressible: true
      },
      "application/gltf-buffer": {
        source: "iana"
      },
      "application/gml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["gml"]
      },
      "application/gpx+xml": {
        source: "apache",
        compressible: true,
        extensions: ["gpx"]
      },
      "application/gxf": {
        source: "apache",
        extensions: ["gxf"]
      },
      "application/gzip": {
        source: "iana",
        compressible: false,
        extensions: ["gz"]
      },
      "application/h224": {
        source: "iana"
      },
      "application/held+xml": {
        source: "iana",
        compressible: true
      },
      "application/hjson": {
        extensions: ["hjson"]
      },
      "application/http": {
        source: "iana"
      },
      "application/hyperstudio": {
        source: "iana",
        extensions: ["stk"]
      },
      "application/ibe-key-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/ibe-pkg-reply+xml": {
        source: "iana",
        compressible: true
      },
      "application/ibe-pp-data": {
        source: "iana"
      },
      "application/iges": {
        source: "iana"
      },
      "application/im-iscomposing+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/index": {
        source: "iana"
      },
      "application/index.cmd": {
        source: "iana"
      },
      "application/index.obj": {
        source: "iana"
      },
      "application/index.response": {
        source: "iana"
      },
      "application/index.vnd": {
        source: "iana"
      },
      "application/inkml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ink", "inkml"]
      },
      "application/iotp": {
        source: "iana"
      },
      "application/ipfix": {
        source: "iana",
        extensions: ["ipfix"]
      },
      "application/ipp": {
        source: "iana"
      },
      "application/isup": {
        source: "iana"
      },
      "application/its+xml": {
        source: "iana",
        compressible: true,
        extensions: ["its"]
      },
      "application/java-archive": {
        source: "apache",
        compressible: false,
        extensions: ["jar", "war", "ear"]
      },
      "application/java-serialized-object": {
        source: "apache",
        compressible: false,
        extensions: ["ser"]
      },
      "application/java-vm": {
        source: "apache",
        compressible: false,
        extensions: ["class"]
      },
      "application/javascript": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["js", "mjs"]
      },
      "application/jf2feed+json": {
        source: "iana",
        compressible: true
      },
      "application/jose": {
        source: "iana"
      },
      "application/jose+json": {
        source: "iana",
        compressible: true
      },
      "application/jrd+json": {
        source: "iana",
        compressible: true
      },
      "application/jscalendar+json": {
        source: "iana",
        compressible: true
      },
      "application/json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["json", "map"]
      },
      "application/json-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/json-seq": {
        source: "iana"
      },
      "application/json5": {
        extensions: ["json5"]
      },
      "application/jsonml+json": {
        source: "apache",
        compressible: true,
        extensions: ["jsonml"]
      },
      "application/jwk+json": {
        source: "iana",
        compressible: true
      },
      "application/jwk-set+json": {
        source: "iana",
        compressible: true
      },
      "application/jwt": {
        source: "iana"
      },
      "application/kpml-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/kpml-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/ld+json": {
        source: "iana",
        compressible: true,
        extensions: ["jsonld"]
      },
      "application/lgr+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lgr"]
      },
      "application/link-format": {
        source: "iana"
      },
      "application/load-control+xml": {
        source: "iana",
        compressible: true
      },
      "application/lost+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lostxml"]
      },
      "application/lostsync+xml": {
        source: "iana",
        compressible: true
      },
      "application/lpf+zip": {
        source: "iana",
        compressible: false
      },
      "application/lxf": {
        source: "iana"
      },
      "application/mac-binhex40": {
        source: "iana",
        extensions: ["hqx"]
      },
      "application/mac-compactpro": {
        source: "apache",
        extensions: ["cpt"]
      },
      "application/macwriteii": {
        source: "iana"
      },
      "application/mads+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mads"]
      },
      "application/manifest+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["webmanifest"]
      },
      "application/marc": {
        source: "iana",
        extensions: ["mrc"]
      },
      "application/marcxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mrcx"]
      },
      "application/mathematica": {
        source: "iana",
        extensions: ["ma", "nb", "mb"]
      },
      "application/mathml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mathml"]
      },
      "application/mathml-content+xml": {
        source: "iana",
        compressible: true
      },
      "application/mathml-presentation+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-associated-procedure-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-deregister+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-envelope+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-msk+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-msk-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-protection-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-reception-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-register+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-register-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-schedule+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-user-service-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbox": {
        source: "iana",
        extensions: ["mbox"]
      },
      "application/media-policy-dataset+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpf"]
      },
      "application/media_control+xml": {
        source: "iana",
        compressible: true
      },
      "application/mediaservercontrol+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mscml"]
      },
      "application/merge-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/metalink+xml": {
        source: "apache",
        compressible: true,
        extensions: ["metalink"]
      },
      "application/metalink4+xml": {
        source: "iana",
        compressible: true,
        extensions: ["meta4"]
      },
      "application/mets+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mets"]
      },
      "application/mf4": {
        source: "iana"
      },
      "application/mikey": {
        source: "iana"
      },
      "application/mipc": {
        source: "iana"
      },
      "application/missing-blocks+cbor-seq": {
        source: "iana"
      },
      "application/mmt-aei+xml": {
        source: "iana",
        compressible: true,
        extensions: ["maei"]
      },
      "application/mmt-usd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["musd"]
      },
      "application/mods+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mods"]
      },
      "application/moss-keys": {
        source: "iana"
      },
      "application/moss-signature": {
        source: "iana"
      },
      "application/mosskey-data": {
        source: "iana"
      },
      "application/mosskey-request": {
        source: "iana"
      },
      "application/mp21": {
        source: "iana",
        extensions: ["m21", "mp21"]
      },
      "application/mp4": {
        source: "iana",
        extensions: ["mp4s", "m4p"]
      },
      "application/mpeg4-generic": {
        source: "iana"
      },
      "application/mpeg4-iod": {
        source: "iana"
      },
      "application/mpeg4-iod-xmt": {
        source: "iana"
      },
      "application/mrb-consumer+xml": {
        source: "iana",
        compressible: true
      },
      "application/mrb-publish+xml": {
        source: "iana",
        compressible: true
      },
      "application/msc-ivr+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/msc-mixer+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/msword": {
        source: "iana",
        compressible: false,
        extensions: ["doc", "dot"]
      },
      "application/mud+json": {
        source: "iana",
        compressible: true
      },
      "application/multipart-core": {
        source: "iana"
      },
      "application/mxf": {
        source: "iana",
        extensions: ["mxf"]
      },
      "application/n-quads": {
        source: "iana",
        extensions: ["nq"]
      },
      "application/n-triples": {
        source: "iana",
        extensions: ["nt"]
      },
      "application/nasdata": {
        source: "iana"
      },
      "application/news-checkgroups": {
        source: "iana",
        charset: "US-ASCII"
      },
      "application/news-groupinfo": {
        source: "iana",
        charset: "US-ASCII"
      },
      "application/news-transmission": {
        source: "iana"
      },
      "application/nlsml+xml": {
        source: "iana",
        compressible: true
      },
      "application/node": {
        source: "iana",
        extensions: ["cjs"]
      },
      "application/nss": {
        source: "iana"
      },
      "application/oauth-authz-req+jwt": {
        source: "iana"
      },
      "application/oblivious-dns-message": {
        source: "iana"
      },
      "application/ocsp-request": {
        source: "iana"
      },
      "application/ocsp-response": {
        source: "iana"
      },
      "application/octet-stream": {
        source: "iana",
        compressible: false,
        extensions: ["bin", "dms", "lrf", "mar", "so", "dist", "distz", "pkg", "bpk", "dump", "elc", "deploy", "exe", "dll", "deb", "dmg", "iso", "img", "msi", "msp", "msm", "buffer"]
      },
      "application/oda": {
        source: "iana",
        extensions: ["oda"]
      },
      "application/odm+xml": {
        source: "iana",
        compressible: true
      },
      "application/odx": {
        source: "iana"
      },
      "application/oebps-package+xml": {
        source: "iana",
        compressible: true,
        extensions: ["opf"]
      },
      "application/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["ogx"]
      },
      "application/omdoc+xml": {
        source: "apache",
        compressible: true,
        extensions: ["omdoc"]
      },
      "application/onenote": {
        source: "apache",
        extensions: ["onetoc", "onetoc2", "onetmp", "onepkg"]
      },
      "application/opc-nodeset+xml": {
        source: "iana",
        compressible: true
      },
      "application/oscore": {
        source: "iana"
      },
      "application/oxps": {
        source: "iana",
        extensions: ["oxps"]
      },
      "application/p21": {
        source: "iana"
      },
      "application/p21+zip": {
        source: "iana",
        compressible: false
      },
      "application/p2p-overlay+xml": {
        source: "iana",
        compressible: true,
        extensions: ["relo"]
      },
      "application/parityfec": {
        source: "iana"
      },
      "application/passport": {
        source: "iana"
      },
      "application/patch-ops-error+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xer"]
      },
      "application/pdf": {
        source: "iana",
        compressible: false,
        extensions: ["pdf"]
      },
      "application/pdx": {
        source: "iana"
      },
      "application/pem-certificate-chain": {
        source: "iana"
      },
      "application/pgp-encrypted": {
        source: "iana",
        compressible: false,
        extensions: ["pgp"]
      },
      "application/pgp-keys": {
        source: "iana",
        extensions: ["asc"]
      },
      "application/pgp-signature": {
        source: "iana",
        extensions: ["asc", "sig"]
      },
      "application/pics-rules": {
        source: "apache",
        extensions: ["prf"]
      },
      "application/pidf+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/pidf-diff+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/pkcs10": {
        source: "iana",
        extensions: ["p10"]
      },
      "application/pkcs12": {
        source: "iana"
      },
      "application/pkcs7-mime": {
        source: "iana",
        extensions: ["p7m", "p7c"]
      },
      "application/pkcs7-signature": {
        source: "iana",
        extensions: ["p7s"]
      },
      "application/pkcs8": {
        source: "iana",
        extensions: ["p8"]
      },
      "application/pkcs8-encrypted": {
        source: "iana"
      },
      "application/pkix-attr-cert": {
        source: "iana",
        extensions: ["ac"]
      },
      "application/pkix-cert": {
        source: "iana",
        extensions: ["cer"]
      },
      "application/pkix-crl": {
        source: "iana",
        extensions: ["crl"]
      },
      "application/pkix-pkipath": {
        source: "iana",
        extensions: ["pkipath"]
      },
      "application/pkixcmp": {
        source: "iana",
        extensions: ["pki"]
      },
      "application/pls+xml": {
        source: "iana",
        compressible: true,
        extensions: ["pls"]
      },
      "application/poc-settings+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/postscript": {
        source: "iana",
        compressible: true,
        extensions: ["ai", "eps", "ps"]
      },
      "application/ppsp-tracker+json": {
        source: "iana",
        compressible: true
      },
      "application/problem+json": {
        source: "iana",
        compressible: true
      },
      "application/problem+xml": {
        source: "iana",
        compressible: true
      },
      "application/provenance+xml": {
        source: "iana",
        compressible: true,
        extensions: ["provx"]
      },
      "application/prs.alvestrand.titrax-sheet": {
        source: "iana"
      },
      "application/prs.cww": {
        source: "iana",
        extensions: ["cww"]
      },
      "application/prs.cyn": {
        source: "iana",
        charset: "7-BIT"
      },
      "application/prs.hpub+zip": {
        source: "iana",
        compressible: false
      },
      "application/prs.nprend": {
        source: "iana"
      },
      "application/prs.plucker": {
        source: "iana"
      },
      "application/prs.rdf-xml-crypt": {
        source: "iana"
      },
      "application/prs.xsf+xml": {
        source: "iana",
        compressible: true
      },
      "application/pskc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["pskcxml"]
      },
      "application/pvd+json": {
        source: "iana",
        compressible: true
      },
      "application/qsig": {
        source: "iana"
      },
      "application/raml+yaml": {
        compressible: true,
        extensions: ["raml"]
      },
      "application/raptorfec": {
        source: "iana"
      },
      "application/rdap+json": {
        source: "iana",
        compressible: true
      },
      "application/rdf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rdf", "owl"]
      },
      "application/reginfo+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rif"]
      },
      "application/relax-ng-compact-syntax": {
        source: "iana",
        extensions: ["rnc"]
      },
      "application/remote-printing": {
        source: "iana"
      },
      "application/reputon+json": {
        source: "iana",
        compressible: true
      },
      "application/resource-lists+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rl"]
      },
      "application/resource-lists-diff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rld"]
      },
      "application/rfc+xml": {
        source: "iana",
        compressible: true
      },
      "application/riscos": {
        source: "iana"
      },
      "application/rlmi+xml": {
        source: "iana",
        compressible: true
      },
      "application/rls-services+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rs"]
      },
      "application/route-apd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rapd"]
      },
      "application/route-s-tsid+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sls"]
      },
      "application/route-usd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rusd"]
      },
      "application/rpki-ghostbusters": {
        source: "iana",
        extensions: ["gbr"]
      },
      "application/rpki-manifest": {
        source: "iana",
        extensions: ["mft"]
      },
      "application/rpki-publication": {
        source: "iana"
      },
      "application/rpki-roa": {
        source: "iana",
        extensions: ["roa"]
      },
      "application/rpki-updown": {
        source: "iana"
      },
      "application/rsd+xml": {
        source: "apache",
        compressible: true,
        extensions: ["rsd"]
      },
      "application/rss+xml": {
        source: "apache",
        compressible: true,
        extensions: ["rss"]
      },
      "application/rtf": {
        source: "iana",
        compressible: true,
        extensions: ["rtf"]
      },
      "application/rtploopback": {
        source: "iana"
      },
      "application/rtx": {
        source: "iana"
      },
      "application/samlassertion+xml": {
        source: "iana",
        compressible: true
      },
      "application/samlmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/sarif+json": {
        source: "iana",
        compressible: true
      },
      "application/sarif-external-properties+json": {
        source: "iana",
        compressible: true
      },
      "application/sbe": {
        source: "iana"
      },
      "application/sbml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sbml"]
      },
      "application/scaip+xml": {
        source: "iana",
        compressible: true
      },
      "application/scim+json": {
        source: "iana",
        compressible: true
      },
      "application/scvp-cv-request": {
        source: "iana",
        extensions: ["scq"]
      },
      "application/scvp-cv-response": {
        source: "iana",
        extensions: ["scs"]
      },
      "application/scvp-vp-request": {
        source: "iana",
        extensions: ["spq"]
      },
      "application/scvp-vp-response": {
        source: "iana",
        extensions: ["spp"]
      },
      "application/sdp": {
        source: "iana",
        extensions: ["sdp"]
      },
      "application/secevent+jwt": {
        source: "iana"
      },
      "application/senml+cbor": {
        source: "iana"
      },
      "application/senml+json": {
        source: "iana",
        compressible: true
      },
      "application/senml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["senmlx"]
      },
      "application/senml-etch+cbor": {
        source: "iana"
      },
      "application/senml-etch+json": {
        source: "iana",
        compressible: true
      },
      "application/senml-exi": {
        source: "iana"
      },
      "application/sensml+cbor": {
        source: "iana"
      },
      "application/sensml+json": {
        source: "iana",
        compressible: true
      },
      "application/sensml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sensmlx"]
      },
      "application/sensml-exi": {
        source: "iana"
      },
      "application/sep+xml": {
        source: "iana",
        compressible: true
      },
      "application/sep-exi": {
        source: "iana"
      },
      "application/session-info": {
        source: "iana"
      },
      "application/set-payment": {
        source: "iana"
      },
      "application/set-payment-initiation": {
        source: "iana",
        extensions: ["setpay"]
      },
      "application/set-registration": {
        source: "iana"
      },
      "application/set-registration-initiation": {
        source: "iana",
        extensions: ["setreg"]
      },
      "application/sgml": {
        source: "iana"
      },
      "application/sgml-open-catalog": {
        source: "iana"
      },
      "application/shf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["shf"]
      },
      "application/sieve": {
        source: "iana",
        extensions: ["siv", "sieve"]
      },
      "application/simple-filter+xml": {
        source: "iana",
        compressible: true
      },
      "application/simple-message-summary": {
        source: "iana"
      },
      "application/simplesymbolcontainer": {
        source: "iana"
      },
      "application/sipc": {
        source: "iana"
      },
      "application/slate": {
        source: "iana"
      },
      "application/smil": {
        source: "iana"
      },
      "application/smil+xml": {
        source: "iana",
        compressible: true,
        extensions: ["smi", "smil"]
      },
      "application/smpte336m": {
        source: "iana"
      },
      "application/soap+fastinfoset": {
        source: "iana"
      },
      "application/soap+xml": {
        source: "iana",
        compressible: true
      },
      "application/sparql-query": {
        source: "iana",
        extensions: ["rq"]
      },
      "application/sparql-results+xml": {
        source: "iana",
        compressible: true,
        extensions: ["srx"]
      },
      "application/spdx+json": {
        source: "iana",
        compressible: true
      },
      "application/spirits-event+xml": {
        source: "iana",
        compressible: true
      },
      "application/sql": {
        source: "iana"
      },
      "application/srgs": {
        source: "iana",
        extensions: ["gram"]
      },
      "application/srgs+xml": {
        source: "iana",
        compressible: true,
        extensions: ["grxml"]
      },
      "application/sru+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sru"]
      },
      "application/ssdl+xml": {
        source: "apache",
        compressible: true,
        extensions: ["ssdl"]
      },
      "application/ssml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ssml"]
      },
      "application/stix+json": {
        source: "iana",
        compressible: true
      },
      "application/swid+xml": {
        source: "iana",
        compressible: true,
        extensions: ["swidtag"]
      },
      "application/tamp-apex-update": {
        source: "iana"
      },
      "application/tamp-apex-update-confirm": {
        source: "iana"
      },
      "application/tamp-community-update": {
        source: "iana"
      },
      "application/tamp-community-update-confirm": {
        source: "iana"
      },
      "application/tamp-error": {
        source: "iana"
      },
      "application/tamp-sequence-adjust": {
        source: "iana"
      },
      "application/tamp-sequence-adjust-confirm": {
        source: "iana"
      },
      "application/tamp-status-query": {
        source: "iana"
      },
      "application/tamp-status-response": {
        source: "iana"
      },
      "application/tamp-update": {
        source: "iana"
      },
      "application/tamp-update-confirm": {
        source: "iana"
      },
      "application/tar": {
        compressible: true
      },
      "application/taxii+json": {
        source: "iana",
        compressible: true
      },
      "application/td+json": {
        source: "iana",
        compressible: true
      },
      "application/tei+xml": {
        source: "iana",
        compressible: true,
        extensions: ["tei", "teicorpus"]
      },
      "application/tetra_isi": {
        source: "iana"
      },
      "application/thraud+xml": {
        source: "iana",
        compressible: true,
        extensions: ["tfi"]
      },
      "application/timestamp-query": {
        source: "iana"
      },
      "application/timestamp-reply": {
        source: "iana"
      },
      "application/timestamped-data": {
        source: "iana",
        extensions: ["tsd"]
      },
      "application/tlsrpt+gzip": {
        source: "iana"
      },
      "application/tlsrpt+json": {
        source: "iana",
        compressible: true
      },
      "application/tnauthlist": {
        source: "iana"
      },
      "application/token-introspection+jwt": {
        source: "iana"
      },
      "application/toml": {
        compressible: true,
        extensions: ["toml"]
      },
      "application/trickle-ice-sdpfrag": {
        source: "iana"
      },
      "application/trig": {
        source: "iana",
        extensions: ["trig"]
      },
      "application/ttml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ttml"]
      },
      "application/tve-trigger": {
        source: "iana"
      },
      "application/tzif": {
        source: "iana"
      },
      "application/tzif-leap": {
        source: "iana"
      },
      "application/ubjson": {
        compressible: false,
        extensions: ["ubj"]
      },
      "application/ulpfec": {
        source: "iana"
      },
      "application/urc-grpsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/urc-ressheet+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rsheet"]
      },
      "application/urc-targetdesc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["td"]
      },
      "application/urc-uisocketdesc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vcard+json": {
        source: "iana",
        compressible: true
      },
      "application/vcard+xml": {
        source: "iana",
        compressible: true
      },
      "application/vemmi": {
        source: "iana"
      },
      "application/vividence.scriptfile": {
        source: "apache"
      },
      "application/vnd.1000minds.decision-model+xml": {
        source: "iana",
        compressible: true,
        extensions: ["1km"]
      },
      "application/vnd.3gpp-prose+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3ch+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-v2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.5gnas": {
        source: "iana"
      },
      "application/vnd.3gpp.access-transfer-events+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.bsf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.gmop+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.gtpc": {
        source: "iana"
      },
      "application/vnd.3gpp.interworking-data": {
        source: "iana"
      },
      "application/vnd.3gpp.lpp": {
        source: "iana"
      },
      "application/vnd.3gpp.mc-signalling-ear": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-payload": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-signalling": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-floor-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-signed+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-ue-init-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-affiliation-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-transmission-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mid-call+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.ngap": {
        source: "iana"
      },
      "application/vnd.3gpp.pfcp": {
        source: "iana"
      },
      "application/vnd.3gpp.pic-bw-large": {
        source: "iana",
        extensions: ["plb"]
      },
      "application/vnd.3gpp.pic-bw-small": {
        source: "iana",
        extensions: ["psb"]
      },
      "application/vnd.3gpp.pic-bw-var": {
        source: "iana",
        extensions: ["pvb"]
      },
      "application/vnd.3gpp.s1ap": {
        source: "iana"
      },
      "application/vnd.3gpp.sms": {
        source: "iana"
      },
      "application/vnd.3gpp.sms+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.srvcc-ext+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.srvcc-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.state-and-event-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.ussd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp2.bcmcsinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp2.sms": {
        source: "iana"
      },
      "application/vnd.3gpp2.tcap": {
        source: "iana",
        extensions: ["tcap"]
      },
      "application/vnd.3lightssoftware.imagescal": {
        source: "iana"
      },
      "application/vnd.3m.post-it-notes": {
        source: "iana",
        extensions: ["pwn"]
      },
      "application/vnd.accpac.simply.aso": {
        source: "iana",
        extensions: ["aso"]
      },
      "application/vnd.accpac.simply.imp": {
        source: "iana",
        extensions: ["imp"]
      },
      "application/vnd.acucobol": {
        source: "iana",
        extensions: ["acu"]
      },
      "application/vnd.acucorp": {
        source: "iana",
        extensions: ["atc", "acutc"]
      },
      "application/vnd.adobe.air-application-installer-package+zip": {
        source: "apache",
        compressible: false,
        extensions: ["air"]
      },
      "application/vnd.adobe.flash.movie": {
        source: "iana"
      },
      "application/vnd.adobe.formscentral.fcdt": {
        source: "iana",
        extensions: ["fcdt"]
      },
      "application/vnd.adobe.fxp": {
        source: "iana",
        extensions: ["fxp", "fxpl"]
      },
      "application/vnd.adobe.partial-upload": {
        source: "iana"
      },
      "application/vnd.adobe.xdp+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdp"]
      },
      "application/vnd.adobe.xfdf": {
        source: "iana",
        extensions: ["xfdf"]
      },
      "application/vnd.aether.imp": {
        source: "iana"
      },
      "application/vnd.afpc.afplinedata": {
        source: "iana"
      },
      "application/vnd.afpc.afplinedata-pagedef": {
        source: "iana"
      },
      "application/vnd.afpc.cmoca-cmresource": {
        source: "iana"
      },
      "application/vnd.afpc.foca-charset": {
        source: "iana"
      },
      "application/vnd.afpc.foca-codedfont": {
        source: "iana"
      },
      "application/vnd.afpc.foca-codepage": {
        source: "iana"
      },
      "application/vnd.afpc.modca": {
        source: "iana"
      },
      "application/vnd.afpc.modca-cmtable": {
        source: "iana"
      },
      "application/vnd.afpc.modca-formdef": {
        source: "iana"
      },
      "application/vnd.afpc.modca-mediummap": {
        source: "iana"
      },
      "application/vnd.afpc.modca-objectcontainer": {
        source: "iana"
      },
      "application/vnd.afpc.modca-overlay": {
        source: "iana"
      },
      "application/vnd.afpc.modca-pagesegment": {
        source: "iana"
      },
      "application/vnd.age": {
        source: "iana",
        extensions: ["age"]
      },
      "application/vnd.ah-barcode": {
        source: "iana"
      },
      "application/vnd.ahead.space": {
        source: "iana",
        extensions: ["ahead"]
      },
      "application/vnd.airzip.filesecure.azf": {
        source: "iana",
        extensions: ["azf"]
      },
      "application/vnd.airzip.filesecure.azs": {
        source: "iana",
        extensions: ["azs"]
      },
      "application/vnd.amadeus+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.amazon.ebook": {
        source: "apache",
        extensions: ["azw"]
      },
      "application/vnd.amazon.mobi8-ebook": {
        source: "iana"
      },
      "application/vnd.americandynamics.acc": {
        source: "iana",
        extensions: ["acc"]
      },
      "application/vnd.amiga.ami": {
        source: "iana",
        extensions: ["ami"]
      },
      "application/vnd.amundsen.maze+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.android.ota": {
        source: "iana"
      },
      "application/vnd.android.package-archive": {
        source: "apache",
        compressible: false,
        extensions: ["apk"]
      },
      "application/vnd.anki": {
        source: "iana"
      },
      "application/vnd.anser-web-certificate-issue-initiation": {
        source: "iana",
        extensions: ["cii"]
      },
      "application/vnd.anser-web-funds-transfer-initiation": {
        source: "apache",
        extensions: ["fti"]
      },
      "application/vnd.antix.game-component": {
        source: "iana",
        extensions: ["atx"]
      },
      "application/vnd.apache.arrow.file": {
        source: "iana"
      },
      "application/vnd.apache.arrow.stream": {
        source: "iana"
      },
      "application/vnd.apache.thrift.binary": {
        source: "iana"
      },
      "application/vnd.apache.thrift.compact": {
        source: "iana"
      },
      "application/vnd.apache.thrift.json": {
        source: "iana"
      },
      "application/vnd.api+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.aplextor.warrp+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.apothekende.reservation+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.apple.installer+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpkg"]
      },
      "application/vnd.apple.keynote": {
        source: "iana",
        extensions: ["key"]
      },
      "application/vnd.apple.mpegurl": {
        source: "iana",
        extensions: ["m3u8"]
      },
      "application/vnd.apple.numbers": {
        source: "iana",
        extensions: ["numbers"]
      },
      "application/vnd.apple.pages": {
        source: "iana",
        extensions: ["pages"]
      },
      "application/vnd.apple.pkpass": {
        compressible: false,
        extensions: ["pkpass"]
      },
      "application/vnd.arastra.swi": {
        source: "iana"
      },
      "application/vnd.aristanetworks.swi": {
        source: "iana",
        extensions: ["swi"]
      },
      "application/vnd.artisan+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.artsquare": {
        source: "iana"
      },
      "application/vnd.astraea-software.iota": {
        source: "iana",
        extensions: ["iota"]
      },
      "application/vnd.audiograph": {
        source: "iana",
        extensions: ["aep"]
      },
      "application/vnd.autopackage": {
        source: "iana"
      },
      "application/vnd.avalon+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.avistar+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.balsamiq.bmml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["bmml"]
      },
      "application/vnd.balsamiq.bmpr": {
        source: "iana"
      },
      "application/vnd.banana-accounting": {
        source: "iana"
      },
      "application/vnd.bbf.usp.error": {
        source: "iana"
      },
      "application/vnd.bbf.usp.msg": {
        source: "iana"
      },
      "application/vnd.bbf.usp.msg+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.bekitzur-stech+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.bint.med-content": {
        source: "iana"
      },
      "application/vnd.biopax.rdf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.blink-idb-value-wrapper": {
        source: "iana"
      },
      "application/vnd.blueice.multipass": {
        source: "iana",
        extensions: ["mpm"]
      },
      "application/vnd.bluetooth.ep.oob": {
        source: "iana"
      },
      "application/vnd.bluetooth.le.oob": {
        source: "iana"
      },
      "application/vnd.bmi": {
        source: "iana",
        extensions: ["bmi"]
      },
      "application/vnd.bpf": {
        source: "iana"
      },
      "application/vnd.bpf3": {
        source: "iana"
      },
      "application/vnd.businessobjects": {
        source: "iana",
        extensions: ["rep"]
      },
      "application/vnd.byu.uapi+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cab-jscript": {
        source: "iana"
      },
      "application/vnd.canon-cpdl": {
        source: "iana"
      },
      "application/vnd.canon-lips": {
        source: "iana"
      },
      "application/vnd.capasystems-pg+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cendio.thinlinc.clientconf": {
        source: "iana"
      },
      "application/vnd.century-systems.tcp_stream": {
        source: "iana"
      },
      "application/vnd.chemdraw+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cdxml"]
      },
      "application/vnd.chess-pgn": {
        source: "iana"
      },
      "application/vnd.chipnuts.karaoke-mmd": {
        source: "iana",
        extensions: ["mmd"]
      },
      "application/vnd.ciedi": {
        source: "iana"
      },
      "application/vnd.cinderella": {
        source: "iana",
        extensions: ["cdy"]
      },
      "application/vnd.cirpack.isdn-ext": {
        source: "iana"
      },
      "application/vnd.citationstyles.style+xml": {
        source: "iana",
        compressible: true,
        extensions: ["csl"]
      },
      "application/vnd.claymore": {
        source: "iana",
        extensions: ["cla"]
      },
      "application/vnd.cloanto.rp9": {
        source: "iana",
        extensions: ["rp9"]
      },
      "application/vnd.clonk.c4group": {
        source: "iana",
        extensions: ["c4g", "c4d", "c4f", "c4p", "c4u"]
      },
      "application/vnd.cluetrust.cartomobile-config": {
        source: "iana",
        extensions: ["c11amc"]
      },
      "application/vnd.cluetrust.cartomobile-config-pkg": {
        source: "iana",
        extensions: ["c11amz"]
      },
      "application/vnd.coffeescript": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.document": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.document-template": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.presentation": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.presentation-template": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.spreadsheet": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.spreadsheet-template": {
        source: "iana"
      },
      "application/vnd.collection+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.collection.doc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.collection.next+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.comicbook+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.comicbook-rar": {
        source: "iana"
      },
      "application/vnd.commerce-battelle": {
        source: "iana"
      },
      "application/vnd.commonspace": {
        source: "iana",
        extensions: ["csp"]
      },
      "application/vnd.contact.cmsg": {
        source: "iana",
        extensions: ["cdbcmsg"]
      },
      "application/vnd.coreos.ignition+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cosmocaller": {
        source: "iana",
        extensions: ["cmc"]
      },
      "application/vnd.crick.clicker": {
        source: "iana",
        extensions: ["clkx"]
      },
      "application/vnd.crick.clicker.keyboard": {
        source: "iana",
        extensions: ["clkk"]
      },
      "application/vnd.crick.clicker.palette": {
        source: "iana",
        extensions: ["clkp"]
      },
      "application/vnd.crick.clicker.template": {
        source: "iana",
        extensions: ["clkt"]
      },
      "application/vnd.crick.clicker.wordbank": {
        source: "iana",
        extensions: ["clkw"]
      },
      "application/vnd.criticaltools.wbs+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wbs"]
      },
      "application/vnd.cryptii.pipe+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.crypto-shade-file": {
        source: "iana"
      },
      "application/vnd.cryptomator.encrypted": {
        source: "iana"
      },
      "application/vnd.cryptomator.vault": {
        source: "iana"
      },
      "application/vnd.ctc-posml": {
        source: "iana",
        extensions: ["pml"]
      },
      "application/vnd.ctct.ws+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cups-pdf": {
        source: "iana"
      },
      "application/vnd.cups-postscript": {
        source: "iana"
      },
      "application/vnd.cups-ppd": {
        source: "iana",
        extensions: ["ppd"]
      },
      "application/vnd.cups-raster": {
        source: "iana"
      },
      "application/vnd.cups-raw": {
        source: "iana"
      },
      "application/vnd.curl": {
        source: "iana"
      },
      "application/vnd.curl.car": {
        source: "apache",
        extensions: ["car"]
      },
      "application/vnd.curl.pcurl": {
        source: "apache",
        extensions: ["pcurl"]
      },
      "application/vnd.cyan.dean.root+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cybank": {
        source: "iana"
      },
      "application/vnd.cyclonedx+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cyclonedx+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.d2l.coursepackage1p0+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.d3m-dataset": {
        source: "iana"
      },
      "application/vnd.d3m-problem": {
        source: "iana"
      },
      "application/vnd.dart": {
        source: "iana",
        compressible: true,
        extensions: ["dart"]
      },
      "application/vnd.data-vision.rdz": {
        source: "iana",
        extensions: ["rdz"]
      },
      "application/vnd.datapackage+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dataresource+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dbf": {
        source: "iana",
        extensions: ["dbf"]
      },
      "application/vnd.debian.binary-package": {
        source: "iana"
      },
      "application/vnd.dece.data": {
        source: "iana",
        extensions: ["uvf", "uvvf", "uvd", "uvvd"]
      },
      "application/vnd.dece.ttml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["uvt", "uvvt"]
      },
      "application/vnd.dece.unspecified": {
        source: "iana",
        extensions: ["uvx", "uvvx"]
      },
      "application/vnd.dece.zip": {
        source: "iana",
        extensions: ["uvz", "uvvz"]
      },
      "application/vnd.denovo.fcselayout-link": {
        source: "iana",
        extensions: ["fe_launch"]
      },
      "application/vnd.desmume.movie": {
        source: "iana"
      },
      "application/vnd.dir-bi.plate-dl-nosuffix": {
        source: "iana"
      },
      "application/vnd.dm.delegation+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dna": {
        source: "iana",
        extensions: ["dna"]
      },
      "application/vnd.document+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dolby.mlp": {
        source: "apache",
        extensions: ["mlp"]
      },
      "application/vnd.dolby.mobile.1": {
        source: "iana"
      },
      "application/vnd.dolby.mobile.2": {
        source: "iana"
      },
      "application/vnd.doremir.scorecloud-binary-document": {
        source: "iana"
      },
      "application/vnd.dpgraph": {
        source: "iana",
        extensions: ["dpg"]
      },
      "application/vnd.dreamfactory": {
        source: "iana",
        extensions: ["dfac"]
      },
      "application/vnd.drive+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ds-keypoint": {
        source: "apache",
        extensions: ["kpxx"]
      },
      "application/vnd.dtg.local": {
        source: "iana"
      },
      "application/vnd.dtg.local.flash": {
        source: "iana"
      },
      "application/vnd.dtg.local.html": {
        source: "iana"
      },
      "application/vnd.dvb.ait": {
        source: "iana",
        extensions: ["ait"]
      },
      "application/vnd.dvb.dvbisl+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.dvbj": {
        source: "iana"
      },
      "application/vnd.dvb.esgcontainer": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcdftnotifaccess": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgaccess": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgaccess2": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgpdd": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcroaming": {
        source: "iana"
      },
      "application/vnd.dvb.iptv.alfec-base": {
        source: "iana"
      },
      "application/vnd.dvb.iptv.alfec-enhancement": {
        source: "iana"
      },
      "application/vnd.dvb.notif-aggregate-root+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-container+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-generic+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-msglist+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-registration-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-registration-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-init+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.pfr": {
        source: "iana"
      },
      "application/vnd.dvb.service": {
        source: "iana",
        extensions: ["svc"]
      },
      "application/vnd.dxr": {
        source: "iana"
      },
      "application/vnd.dynageo": {
        source: "iana",
        extensions: ["geo"]
      },
      "application/vnd.dzr": {
        source: "iana"
      },
      "application/vnd.easykaraoke.cdgdownload": {
        source: "iana"
      },
      "application/vnd.ecdis-update": {
        source: "iana"
      },
      "application/vnd.ecip.rlp": {
        source: "iana"
      },
      "application/vnd.eclipse.ditto+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ecowin.chart": {
        source: "iana",
        extensions: ["mag"]
      },
      "application/vnd.ecowin.filerequest": {
        source: "iana"
      },
      "application/vnd.ecowin.fileupdate": {
        source: "iana"
      },
      "application/vnd.ecowin.series": {
        source: "iana"
      },
      "application/vnd.ecowin.seriesrequest": {
        source: "iana"
      },
      "application/vnd.ecowin.seriesupdate": {
        source: "iana"
      },
      "application/vnd.efi.img": {
        source: "iana"
      },
      "application/vnd.efi.iso": {
        source: "iana"
      },
      "application/vnd.emclient.accessrequest+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.enliven": {
        source: "iana",
        extensions: ["nml"]
      },
      "application/vnd.enphase.envoy": {
        source: "iana"
      },
      "application/vnd.eprints.data+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.epson.esf": {
        source: "iana",
        extensions: ["esf"]
      },
      "application/vnd.epson.msf": {
        source: "iana",
        extensions: ["msf"]
      },
      "application/vnd.epson.quickanime": {
        source: "iana",
        extensions: ["qam"]
      },
      "application/vnd.epson.salt": {
        source: "iana",
        extensions: ["slt"]
      },
      "application/vnd.epson.ssf": {
        source: "iana",
        extensions: ["ssf"]
      },
      "application/vnd.ericsson.quickcall": {
        source: "iana"
      },
      "application/vnd.espass-espass+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.eszigno3+xml": {
        source: "iana",
        compressible: true,
        extensions: ["es3", "et3"]
      },
      "application/vnd.etsi.aoc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.asic-e+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.etsi.asic-s+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.etsi.cug+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvcommand+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvdiscovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-bc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-cod+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-npvr+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvservice+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsync+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvueprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.mcid+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.mheg5": {
        source: "iana"
      },
      "application/vnd.etsi.overload-control-policy-dataset+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.pstn+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.sci+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.simservs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.timestamp-token": {
        source: "iana"
      },
      "application/vnd.etsi.tsl+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.tsl.der": {
        source: "iana"
      },
      "application/vnd.eu.kasparian.car+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.eudora.data": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.profile": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.settings": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.theme": {
        source: "iana"
      },
      "application/vnd.exstream-empower+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.exstream-package": {
        source: "iana"
      },
      "application/vnd.ezpix-album": {
        source: "iana",
        extensions: ["ez2"]
      },
      "application/vnd.ezpix-package": {
        source: "iana",
        extensions: ["ez3"]
      },
      "application/vnd.f-secure.mobile": {
        source: "iana"
      },
      "application/vnd.familysearch.gedcom+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.fastcopy-disk-image": {
        source: "iana"
      },
      "application/vnd.fdf": {
        source: "iana",
        extensions: ["fdf"]
      },
      "application/vnd.fdsn.mseed": {
        source: "iana",
        extensions: ["mseed"]
      },
      "application/vnd.fdsn.seed": {
        source: "iana",
        extensions: ["seed", "dataless"]
      },
      "application/vnd.ffsns": {
        source: "iana"
      },
      "application/vnd.ficlab.flb+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.filmit.zfc": {
        source: "iana"
      },
      "application/vnd.fints": {
        source: "iana"
      },
      "application/vnd.firemonkeys.cloudcell": {
        source: "iana"
      },
      "application/vnd.flographit": {
        source: "iana",
        extensions: ["gph"]
      },
      "application/vnd.fluxtime.clip": {
        source: "iana",
        extensions: ["ftc"]
      },
      "application/vnd.font-fontforge-sfd": {
        source: "iana"
      },
      "application/vnd.framemaker": {
        source: "iana",
        extensions: ["fm", "frame", "maker", "book"]
      },
      "application/vnd.frogans.fnc": {
        source: "iana",
        extensions: ["fnc"]
      },
      "application/vnd.frogans.ltf": {
        source: "iana",
        extensions: ["ltf"]
      },
      "application/vnd.fsc.weblaunch": {
        source: "iana",
        extensions: ["fsc"]
      },
      "application/vnd.fujifilm.fb.docuworks": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.docuworks.binder": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.docuworks.container": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.jfi+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.fujitsu.oasys": {
        source: "iana",
        extensions: ["oas"]
      },
      "application/vnd.fujitsu.oasys2": {
        source: "iana",
        extensions: ["oa2"]
      },
      "application/vnd.fujitsu.oasys3": {
        source: "iana",
        extensions: ["oa3"]
      },
      "application/vnd.fujitsu.oasysgp": {
        source: "iana",
        extensions: ["fg5"]
      },
      "application/vnd.fujitsu.oasysprs": {
        source: "iana",
        extensions: ["bh2"]
      },
      "application/vnd.fujixerox.art-ex": {
        source: "iana"
      },
      "application/vnd.fujixerox.art4": {
        source: "iana"
      },
      "application/vnd.fujixerox.ddd": {
        source: "iana",
        extensions: ["ddd"]
      },
      "application/vnd.fujixerox.docuworks": {
        source: "iana",
        extensions: ["xdw"]
      },
      "application/vnd.fujixerox.docuworks.binder": {
        source: "iana",
        extensions: ["xbd"]
      },
      "application/vnd.fujixerox.docuworks.container": {
        source: "iana"
      },
      "application/vnd.fujixerox.hbpl": {
        source: "iana"
      },
      "application/vnd.fut-misnet": {
        source: "iana"
      },
      "application/vnd.futoin+cbor": {
        source: "iana"
      },
      "application/vnd.futoin+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.fuzzysheet": {
        source: "iana",
        extensions: ["fzs"]
      },
      "application/vnd.genomatix.tuxedo": {
        source: "iana",
        extensions: ["txd"]
      },
      "application/vnd.gentics.grd+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.geo+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.geocube+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.geogebra.file": {
        source: "iana",
        extensions: ["ggb"]
      },
      "application/vnd.geogebra.slides": {
        source: "iana"
      },
      "application/vnd.geogebra.tool": {
        source: "iana",
        extensions: ["ggt"]
      },
      "application/vnd.geometry-explorer": {
        source: "iana",
        extensions: ["gex", "gre"]
      },
      "application/vnd.geonext": {
        source: "iana",
        extensions: ["gxt"]
      },
      "application/vnd.geoplan": {
        source: "iana",
        extensions: ["g2w"]
      },
      "application/vnd.geospace": {
        source: "iana",
        extensions: ["g3w"]
      },
      "application/vnd.gerber": {
        source: "iana"
      },
      "application/vnd.globalplatform.card-content-mgt": {
        source: "iana"
      },
      "application/vnd.globalplatform.card-content-mgt-response": {
        source: "iana"
      },
      "application/vnd.gmx": {
        source: "iana",
        extensions: ["gmx"]
      },
      "application/vnd.google-apps.document": {
        compressible: false,
        extensions: ["gdoc"]
      },
      "application/vnd.google-apps.presentation": {
        compressible: false,
        extensions: ["gslides"]
      },
      "application/vnd.google-apps.spreadsheet": {
        compressible: false,
        extensions: ["gsheet"]
      },
      "application/vnd.google-earth.kml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["kml"]
      },
      "application/vnd.google-earth.kmz": {
        source: "iana",
        compressible: false,
        extensions: ["kmz"]
      },
      "application/vnd.gov.sk.e-form+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gov.sk.e-form+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.gov.sk.xmldatacontainer+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.grafeq": {
        source: "iana",
        extensions: ["gqf", "gqs"]
      },
      "application/vnd.gridmp": {
        source: "iana"
      },
      "application/vnd.groove-account": {
        source: "iana",
        extensions: ["gac"]
      },
      "application/vnd.groove-help": {
        source: "iana",
        extensions: ["ghf"]
      },
      "application/vnd.groove-identity-message": {
        source: "iana",
        extensions: ["gim"]
      },
      "application/vnd.groove-injector": {
        source: "iana",
        extensions: ["grv"]
      },
      "application/vnd.groove-tool-message": {
        source: "iana",
        extensions: ["gtm"]
      },
      "application/vnd.groove-tool-template": {
        source: "iana",
        extensions: ["tpl"]
      },
      "application/vnd.groove-vcard": {
        source: "iana",
        extensions: ["vcg"]
      },
      "application/vnd.hal+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hal+xml": {
        source: "iana",
        compressible: true,
        extensions: ["hal"]
      },
      "application/vnd.handheld-entertainment+xml": {
        source: "iana",
        compressible: true,
        extensions: ["zmm"]
      },
      "application/vnd.hbci": {
        source: "iana",
        extensions: ["hbci"]
      },
      "application/vnd.hc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hcl-bireports": {
        source: "iana"
      },
      "application/vnd.hdt": {
        source: "iana"
      },
      "application/vnd.heroku+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hhe.lesson-player": {
        source: "iana",
        extensions: ["les"]
      },
      "application/vnd.hl7cda+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.hl7v2+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.hp-hpgl": {
        source: "iana",
        extensions: ["hpgl"]
      },
      "application/vnd.hp-hpid": {
        source: "iana",
        extensions: ["hpid"]
      },
      "application/vnd.hp-hps": {
        source: "iana",
        extensions: ["hps"]
      },
      "application/vnd.hp-jlyt": {
        source: "iana",
        extensions: ["jlt"]
      },
      "application/vnd.hp-pcl": {
        source: "iana",
        extensions: ["pcl"]
      },
      "application/vnd.hp-pclxl": {
        source: "iana",
        extensions: ["pclxl"]
      },
      "application/vnd.httphone": {
        source: "iana"
      },
      "application/vnd.hydrostatix.sof-data": {
        source: "iana",
        extensions: ["sfd-hdstx"]
      },
      "application/vnd.hyper+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hyper-item+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hyperdrive+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hzn-3d-crossword": {
        source: "iana"
      },
      "application/vnd.ibm.afplinedata": {
        source: "iana"
      },
      "application/vnd.ibm.electronic-media": {
        source: "iana"
      },
      "application/vnd.ibm.minipay": {
        source: "iana",
        extensions: ["mpy"]
      },
      "application/vnd.ibm.modcap": {
        source: "iana",
        extensions: ["afp", "listafp", "list3820"]
      },
      "application/vnd.ibm.rights-management": {
        source: "iana",
        extensions: ["irm"]
      },
      "application/vnd.ibm.secure-container": {
        source: "iana",
        extensions: ["sc"]
      },
      "application/vnd.iccprofile": {
        source: "iana",
        extensions: ["icc", "icm"]
      },
      "application/vnd.ieee.1905": {
        source: "iana"
      },
      "application/vnd.igloader": {
        source: "iana",
        extensions: ["igl"]
      },
      "application/vnd.imagemeter.folder+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.imagemeter.image+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.immervision-ivp": {
        source: "iana",
        extensions: ["ivp"]
      },
      "application/vnd.immervision-ivu": {
        source: "iana",
        extensions: ["ivu"]
      },
      "application/vnd.ims.imsccv1p1": {
        source: "iana"
      },
      "application/vnd.ims.imsccv1p2": {
        source: "iana"
      },
      "application/vnd.ims.imsccv1p3": {
        source: "iana"
      },
      "application/vnd.ims.lis.v2.result+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolconsumerprofile+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolproxy+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolproxy.id+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolsettings+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolsettings.simple+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.informedcontrol.rms+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.informix-visionary": {
        source: "iana"
      },
      "application/vnd.infotech.project": {
        source: "iana"
      },
      "application/vnd.infotech.project+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.innopath.wamp.notification": {
        source: "iana"
      },
      "application/vnd.insors.igm": {
        source: "iana",
        extensions: ["igm"]
      },
      "application/vnd.intercon.formnet": {
        source: "iana",
        extensions: ["xpw", "xpx"]
      },
      "application/vnd.intergeo": {
        source: "iana",
        extensions: ["i2g"]
      },
      "application/vnd.intertrust.digibox": {
        source: "iana"
      },
      "application/vnd.intertrust.nncp": {
        source: "iana"
      },
      "application/vnd.intu.qbo": {
        source: "iana",
        extensions: ["qbo"]
      },
      "application/vnd.intu.qfx": {
        source: "iana",
        extensions: ["qfx"]
      },
      "application/vnd.iptc.g2.catalogitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.conceptitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.knowledgeitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.newsitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.newsmessage+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.packageitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.planningitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ipunplugged.rcprofile": {
        source: "iana",
        extensions: ["rcprofile"]
      },
      "application/vnd.irepository.package+xml": {
        source: "iana",
        compressible: true,
        extensions: ["irp"]
      },
      "application/vnd.is-xpr": {
        source: "iana",
        extensions: ["xpr"]
      },
      "application/vnd.isac.fcs": {
        source: "iana",
        extensions: ["fcs"]
      },
      "application/vnd.iso11783-10+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.jam": {
        source: "iana",
        extensions: ["jam"]
      },
      "application/vnd.japannet-directory-service": {
        source: "iana"
      },
      "application/vnd.japannet-jpnstore-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-payment-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-registration": {
        source: "iana"
      },
      "application/vnd.japannet-registration-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-setstore-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-verification": {
        source: "iana"
      },
      "application/vnd.japannet-verification-wakeup": {
        source: "iana"
      },
      "application/vnd.jcp.javame.midlet-rms": {
        source: "iana",
        extensions: ["rms"]
      },
      "application/vnd.jisp": {
        source: "iana",
        extensions: ["jisp"]
      },
      "application/vnd.joost.joda-archive": {
        source: "iana",
        extensions: ["joda"]
      },
      "application/vnd.jsk.isdn-ngn": {
        source: "iana"
      },
      "application/vnd.kahootz": {
        source: "iana",
        extensions: ["ktz", "ktr"]
      },
      "application/vnd.kde.karbon": {
        source: "iana",
        extensions: ["karbon"]
      },
      "application/vnd.kde.kchart": {
        source: "iana",
        extensions: ["chrt"]
      },
      "application/vnd.kde.kformula": {
        source: "iana",
        extensions: ["kfo"]
      },
      "application/vnd.kde.kivio": {
        source: "iana",
        extensions: ["flw"]
      },
      "application/vnd.kde.kontour": {
        source: "iana",
        extensions: ["kon"]
      },
      "application/vnd.kde.kpresenter": {
        source: "iana",
        extensions: ["kpr", "kpt"]
      },
      "application/vnd.kde.kspread": {
        source: "iana",
        extensions: ["ksp"]
      },
      "application/vnd.kde.kword": {
        source: "iana",
        extensions: ["kwd", "kwt"]
      },
      "application/vnd.kenameaapp": {
        source: "iana",
        extensions: ["htke"]
      },
      "application/vnd.kidspiration": {
        source: "iana",
        extensions: ["kia"]
      },
      "application/vnd.kinar": {
        source: "iana",
        extensions: ["kne", "knp"]
      },
      "application/vnd.koan": {
        source: "iana",
        extensions: ["skp", "skd", "skt", "skm"]
      },
      "application/vnd.kodak-descriptor": {
        source: "iana",
        extensions: ["sse"]
      },
      "application/vnd.las": {
        source: "iana"
      },
      "application/vnd.las.las+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.las.las+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lasxml"]
      },
      "application/vnd.laszip": {
        source: "iana"
      },
      "application/vnd.leap+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.liberty-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.llamagraphics.life-balance.desktop": {
        source: "iana",
        extensions: ["lbd"]
      },
      "application/vnd.llamagraphics.life-balance.exchange+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lbe"]
      },
      "application/vnd.logipipe.circuit+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.loom": {
        source: "iana"
      },
      "application/vnd.lotus-1-2-3": {
        source: "iana",
        extensions: ["123"]
      },
      "application/vnd.lotus-approach": {
        source: "iana",
        extensions: ["apr"]
      },
      "application/vnd.lotus-freelance": {
        source: "iana",
        extensions: ["pre"]
      },
      "application/vnd.lotus-notes": {
        source: "iana",
        extensions: ["nsf"]
      },
      "application/vnd.lotus-organizer": {
        source: "iana",
        extensions: ["org"]
      },
      "application/vnd.lotus-screencam": {
        source: "iana",
        extensions: ["scm"]
      },
      "application/vnd.lotus-wordpro": {
        source: "iana",
        extensions: ["lwp"]
      },
      "application/vnd.macports.portpkg": {
        source: "iana",
        extensions: ["portpkg"]
      },
      "application/vnd.mapbox-vector-tile": {
        source: "iana",
        extensions: ["mvt"]
      },
      "application/vnd.marlin.drm.actiontoken+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.conftoken+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.license+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.mdcf": {
        source: "iana"
      },
      "application/vnd.mason+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.maxar.archive.3tz+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.maxmind.maxmind-db": {
        source: "iana"
      },
      "application/vnd.mcd": {
        source: "iana",
        extensions: ["mcd"]
      },
      "application/vnd.medcalcdata": {
        source: "iana",
        extensions: ["mc1"]
      },
      "application/vnd.mediastation.cdkey": {
        source: "iana",
        extensions: ["cdkey"]
      },
      "application/vnd.meridian-slingshot": {
        source: "iana"
      },
      "application/vnd.mfer": {
        source: "iana",
        extensions: ["mwf"]
      },
      "application/vnd.mfmp": {
        source: "iana",
        extensions: ["mfm"]
      },
      "application/vnd.micro+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.micrografx.flo": {
        source: "iana",
        extensions: ["flo"]
      },
      "application/vnd.micrografx.igx": {
        source: "iana",
        extensions: ["igx"]
      },
      "application/vnd.microsoft.portable-executable": {
        source: "iana"
      },
      "application/vnd.microsoft.windows.thumbnail-cache": {
        source: "iana"
      },
      "application/vnd.miele+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.mif": {
        source: "iana",
        extensions: ["mif"]
      },
      "application/vnd.minisoft-hp3000-save": {
        source: "iana"
      },
      "application/vnd.mitsubishi.misty-guard.trustweb": {
        source: "iana"
      },
      "application/vnd.mobius.daf": {
        source: "iana",
        extensions: ["daf"]
      },
      "application/vnd.mobius.dis": {
        source: "iana",
        extensions: ["dis"]
      },
      "application/vnd.mobius.mbk": {
        source: "iana",
        extensions: ["mbk"]
      },
      "application/vnd.mobius.mqy": {
        source: "iana",
        extensions: ["mqy"]
      },
      "application/vnd.mobius.msl": {
        source: "iana",
        extensions: ["msl"]
      },
      "application/vnd.mobius.plc": {
        source: "iana",
        extensions: ["plc"]
      },
      "application/vnd.mobius.txf": {
        source: "iana",
        extensions: ["txf"]
      },
      "application/vnd.mophun.application": {
        source: "iana",
        extensions: ["mpn"]
      },
      "application/vnd.mophun.certificate": {
        source: "iana",
        extensions: ["mpc"]
      },
      "application/vnd.motorola.flexsuite": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.adsi": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.fis": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.gotap": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.kmr": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.ttc": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.wem": {
        source: "iana"
      },
      "application/vnd.motorola.iprm": {
        source: "iana"
      },
      "application/vnd.mozilla.xul+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xul"]
      },
      "application/vnd.ms-3mfdocument": {
        source: "iana"
      },
      "application/vnd.ms-artgalry": {
        source: "iana",
        extensions: ["cil"]
      },
      "application/vnd.ms-asf": {
        source: "iana"
      },
      "application/vnd.ms-cab-compressed": {
        source: "iana",
        extensions: ["cab"]
      },
      "application/vnd.ms-color.iccprofile": {
        source: "apache"
      },
      "application/vnd.ms-excel": {
        source: "iana",
        compressible: false,
        extensions: ["xls", "xlm", "xla", "xlc", "xlt", "xlw"]
      },
      "application/vnd.ms-excel.addin.macroenabled.12": {
        source: "iana",
        extensions: ["xlam"]
      },
      "application/vnd.ms-excel.sheet.binary.macroenabled.12": {
        source: "iana",
        extensions: ["xlsb"]
      },
      "application/vnd.ms-excel.sheet.macroenabled.12": {
        source: "iana",
        extensions: ["xlsm"]
      },
      "application/vnd.ms-excel.template.macroenabled.12": {
        source: "iana",
        extensions: ["xltm"]
      },
      "application/vnd.ms-fontobject": {
        source: "iana",
        compressible: true,
        extensions: ["eot"]
      },
      "application/vnd.ms-htmlhelp": {
        source: "iana",
        extensions: ["chm"]
      },
      "application/vnd.ms-ims": {
        source: "iana",
        extensions: ["ims"]
      },
      "application/vnd.ms-lrm": {
        source: "iana",
        extensions: ["lrm"]
      },
      "application/vnd.ms-office.activex+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-officetheme": {
        source: "iana",
        extensions: ["thmx"]
      },
      "application/vnd.ms-opentype": {
        source: "apache",
        compressible: true
      },
      "application/vnd.ms-outlook": {
        compressible: false,
        extensions: ["msg"]
      },
      "application/vnd.ms-package.obfuscated-opentype": {
        source: "apache"
      },
      "application/vnd.ms-pki.seccat": {
        source: "apache",
        extensions: ["cat"]
      },
      "application/vnd.ms-pki.stl": {
        source: "apache",
        extensions: ["stl"]
      },
      "application/vnd.ms-playready.initiator+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-powerpoint": {
        source: "iana",
        compressible: false,
        extensions: ["ppt", "pps", "pot"]
      },
      "application/vnd.ms-powerpoint.addin.macroenabled.12": {
        source: "iana",
        extensions: ["ppam"]
      },
      "application/vnd.ms-powerpoint.presentation.macroenabled.12": {
        source: "iana",
        extensions: ["pptm"]
      },
      "application/vnd.ms-powerpoint.slide.macroenabled.12": {
        source: "iana",
        extensions: ["sldm"]
      },
      "application/vnd.ms-powerpoint.slideshow.macroenabled.12": {
        source: "iana",
        extensions: ["ppsm"]
      },
      "application/vnd.ms-powerpoint.template.macroenabled.12": {
        source: "iana",
        extensions: ["potm"]
      },
      "application/vnd.ms-printdevicecapabilities+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-printing.printticket+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.ms-printschematicket+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-project": {
        source: "iana",
        extensions: ["mpp", "mpt"]
      },
      "application/vnd.ms-tnef": {
        source: "iana"
      },
      "application/vnd.ms-windows.devicepairing": {
        source: "iana"
      },
      "application/vnd.ms-windows.nwprinting.oob": {
        source: "iana"
      },
      "application/vnd.ms-windows.printerpairing": {
        source: "iana"
      },
      "application/vnd.ms-windows.wsd.oob": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.lic-chlg-req": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.lic-resp": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.meter-chlg-req": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.meter-resp": {
        source: "iana"
      },
      "application/vnd.ms-word.document.macroenabled.12": {
        source: "iana",
        extensions: ["docm"]
      },
      "application/vnd.ms-word.template.macroenabled.12": {
        source: "iana",
        extensions: ["dotm"]
      },
      "application/vnd.ms-works": {
        source: "iana",
        extensions: ["wps", "wks", "wcm", "wdb"]
      },
      "application/vnd.ms-wpl": {
        source: "iana",
        extensions: ["wpl"]
      },
      "application/vnd.ms-xpsdocument": {
        source: "iana",
        compressible: false,
        extensions: ["xps"]
      },
      "application/vnd.msa-disk-image": {
        source: "iana"
      },
      "application/vnd.mseq": {
        source: "iana",
        extensions: ["mseq"]
      },
      "application/vnd.msign": {
        source: "iana"
      },
      "application/vnd.multiad.creator": {
        source: "iana"
      },
      "application/vnd.multiad.creator.cif": {
        source: "iana"
      },
      "application/vnd.music-niff": {
        source: "iana"
      },
      "application/vnd.musician": {
        source: "iana",
        extensions: ["mus"]
      },
      "application/vnd.muvee.style": {
        source: "iana",
        extensions: ["msty"]
      },
      "application/vnd.mynfc": {
        source: "iana",
        extensions: ["taglet"]
      },
      "application/vnd.nacamar.ybrid+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ncd.control": {
        source: "iana"
      },
      "application/vnd.ncd.reference": {
        source: "iana"
      },
      "application/vnd.nearst.inv+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nebumind.line": {
        source: "iana"
      },
      "application/vnd.nervana": {
        source: "iana"
      },
      "application/vnd.netfpx": {
        source: "iana"
      },
      "application/vnd.neurolanguage.nlu": {
        source: "iana",
        extensions: ["nlu"]
      },
      "application/vnd.nimn": {
        source: "iana"
      },
      "application/vnd.nintendo.nitro.rom": {
        source: "iana"
      },
      "application/vnd.nintendo.snes.rom": {
        source: "iana"
      },
      "application/vnd.nitf": {
        source: "iana",
        extensions: ["ntf", "nitf"]
      },
      "application/vnd.noblenet-directory": {
        source: "iana",
        extensions: ["nnd"]
      },
      "application/vnd.noblenet-sealer": {
        source: "iana",
        extensions: ["nns"]
      },
      "application/vnd.noblenet-web": {
        source: "iana",
        extensions: ["nnw"]
      },
      "application/vnd.nokia.catalogs": {
        source: "iana"
      },
      "application/vnd.nokia.conml+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.conml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.iptv.config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.isds-radio-presets": {
        source: "iana"
      },
      "application/vnd.nokia.landmark+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.landmark+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.landmarkcollection+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.n-gage.ac+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ac"]
      },
      "application/vnd.nokia.n-gage.data": {
        source: "iana",
        extensions: ["ngdat"]
      },
      "application/vnd.nokia.n-gage.symbian.install": {
        source: "iana",
        extensions: ["n-gage"]
      },
      "application/vnd.nokia.ncd": {
        source: "iana"
      },
      "application/vnd.nokia.pcd+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.pcd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.radio-preset": {
        source: "iana",
        extensions: ["rpst"]
      },
      "application/vnd.nokia.radio-presets": {
        source: "iana",
        extensions: ["rpss"]
      },
      "application/vnd.novadigm.edm": {
        source: "iana",
        extensions: ["edm"]
      },
      "application/vnd.novadigm.edx": {
        source: "iana",
        extensions: ["edx"]
      },
      "application/vnd.novadigm.ext": {
        source: "iana",
        extensions: ["ext"]
      },
      "application/vnd.ntt-local.content-share": {
        source: "iana"
      },
      "application/vnd.ntt-local.file-transfer": {
        source: "iana"
      },
      "application/vnd.ntt-local.ogw_remote-access": {
        source: "iana"
      },
      "application/vnd.ntt-local.sip-ta_remote": {
        source: "iana"
      },
      "application/vnd.ntt-local.sip-ta_tcp_stream": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.chart": {
        source: "iana",
        extensions: ["odc"]
      },
      "application/vnd.oasis.opendocument.chart-template": {
        source: "iana",
        extensions: ["otc"]
      },
      "application/vnd.oasis.opendocument.database": {
        source: "iana",
        extensions: ["odb"]
      },
      "application/vnd.oasis.opendocument.formula": {
        source: "iana",
        extensions: ["odf"]
      },
      "application/vnd.oasis.opendocument.formula-template": {
        source: "iana",
        extensions: ["odft"]
      },
      "application/vnd.oasis.opendocument.graphics": {
        source: "iana",
        compressible: false,
        extensions: ["odg"]
      },
      "application/vnd.oasis.opendocument.graphics-template": {
        source: "iana",
        extensions: ["otg"]
      },
      "application/vnd.oasis.opendocument.image": {
        source: "iana",
        extensions: ["odi"]
      },
      "application/vnd.oasis.opendocument.image-template": {
        source: "iana",
        extensions: ["oti"]
      },
      "application/vnd.oasis.opendocument.presentation": {
        source: "iana",
        compressible: false,
        extensions: ["odp"]
      },
      "application/vnd.oasis.opendocument.presentation-template": {
        source: "iana",
        extensions: ["otp"]
      },
      "application/vnd.oasis.opendocument.spreadsheet": {
        source: "iana",
        compressible: false,
        extensions: ["ods"]
      },
      "application/vnd.oasis.opendocument.spreadsheet-template": {
        source: "iana",
        extensions: ["ots"]
      },
      "application/vnd.oasis.opendocument.text": {
        source: "iana",
        compressible: false,
        extensions: ["odt"]
      },
      "application/vnd.oasis.opendocument.text-master": {
        source: "iana",
        extensions: ["odm"]
      },
      "application/vnd.oasis.opendocument.text-template": {
        source: "iana",
        extensions: ["ott"]
      },
      "application/vnd.oasis.opendocument.text-web": {
        source: "iana",
        extensions: ["oth"]
      },
      "application/vnd.obn": {
        source: "iana"
      },
      "application/vnd.ocf+cbor": {
        source: "iana"
      },
      "application/vnd.oci.image.manifest.v1+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oftn.l10n+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.contentaccessdownload+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.contentaccessstreaming+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.cspg-hexbinary": {
        source: "iana"
      },
      "application/vnd.oipf.dae.svg+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.dae.xhtml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.mippvcontrolmessage+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.pae.gem": {
        source: "iana"
      },
      "application/vnd.oipf.spdiscovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.spdlist+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.ueprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.userprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.olpc-sugar": {
        source: "iana",
        extensions: ["xo"]
      },
      "application/vnd.oma-scws-config": {
        source: "iana"
      },
      "application/vnd.oma-scws-http-request": {
        source: "iana"
      },
      "application/vnd.oma-scws-http-response": {
        source: "iana"
      },
      "application/vnd.oma.bcast.associated-procedure-parameter+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.drm-trigger+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.imd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.ltkm": {
        source: "iana"
      },
      "application/vnd.oma.bcast.notification+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.provisioningtrigger": {
        source: "iana"
      },
      "application/vnd.oma.bcast.sgboot": {
        source: "iana"
      },
      "application/vnd.oma.bcast.sgdd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.sgdu": {
        source: "iana"
      },
      "application/vnd.oma.bcast.simple-symbol-container": {
        source: "iana"
      },
      "application/vnd.oma.bcast.smartcard-trigger+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.sprov+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.stkm": {
        source: "iana"
      },
      "application/vnd.oma.cab-address-book+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-feature-handler+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-pcc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-subs-invite+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-user-prefs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.dcd": {
        source: "iana"
      },
      "application/vnd.oma.dcdc": {
        source: "iana"
      },
      "application/vnd.oma.dd2+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dd2"]
      },
      "application/vnd.oma.drm.risd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.group-usage-list+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.lwm2m+cbor": {
        source: "iana"
      },
      "application/vnd.oma.lwm2m+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.lwm2m+tlv": {
        source: "iana"
      },
      "application/vnd.oma.pal+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.detailed-progress-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.final-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.groups+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.invocation-descriptor+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.optimized-progress-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.push": {
        source: "iana"
      },
      "application/vnd.oma.scidm.messages+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.xcap-directory+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.omads-email+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omads-file+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omads-folder+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omaloc-supl-init": {
        source: "iana"
      },
      "application/vnd.onepager": {
        source: "iana"
      },
      "application/vnd.onepagertamp": {
        source: "iana"
      },
      "application/vnd.onepagertamx": {
        source: "iana"
      },
      "application/vnd.onepagertat": {
        source: "iana"
      },
      "application/vnd.onepagertatp": {
        source: "iana"
      },
      "application/vnd.onepagertatx": {
        source: "iana"
      },
      "application/vnd.openblox.game+xml": {
        source: "iana",
        compressible: true,
        extensions: ["obgx"]
      },
      "application/vnd.openblox.game-binary": {
        source: "iana"
      },
      "application/vnd.openeye.oeb": {
        source: "iana"
      },
      "application/vnd.openofficeorg.extension": {
        source: "apache",
        extensions: ["oxt"]
      },
      "application/vnd.openstreetmap.data+xml": {
        source: "iana",
        compressible: true,
        extensions: ["osm"]
      },
      "application/vnd.opentimestamps.ots": {
        source: "iana"
      },
      "application/vnd.openxmlformats-officedocument.custom-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.customxmlproperties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawing+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.extended-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.commentauthors+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.handoutmaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.notesmaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
        source: "iana",
        compressible: false,
        extensions: ["pptx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presprops+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slide": {
        source: "iana",
        extensions: ["sldx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slide+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slidelayout+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slidemaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow": {
        source: "iana",
        extensions: ["ppsx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideupdateinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.tablestyles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.tags+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.template": {
        source: "iana",
        extensions: ["potx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.viewprops+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.calcchain+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcachedefinition+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcacherecords+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivottable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionheaders+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionlog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        source: "iana",
        compressible: false,
        extensions: ["xlsx"]
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.tablesinglecells+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template": {
        source: "iana",
        extensions: ["xltx"]
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.usernames+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.volatiledependencies+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.theme+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.themeoverride+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.vmldrawing": {
        source: "iana"
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
        source: "iana",
        compressible: false,
        extensions: ["docx"]
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fonttable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template": {
        source: "iana",
        extensions: ["dotx"]
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.websettings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.core-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.relationships+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oracle.resource+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.orange.indata": {
        source: "iana"
      },
      "application/vnd.osa.netdeploy": {
        source: "iana"
      },
      "application/vnd.osgeo.mapguide.package": {
        source: "iana",
        extensions: ["mgp"]
      },
      "application/vnd.osgi.bundle": {
        source: "iana"
      },
      "application/vnd.osgi.dp": {
        source: "iana",
        extensions: ["dp"]
      },
      "application/vnd.osgi.subsystem": {
        source: "iana",
        extensions: ["esa"]
      },
      "application/vnd.otps.ct-kip+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oxli.countgraph": {
        source: "iana"
      },
      "application/vnd.pagerduty+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.palm": {
        source: "iana",
        extensions: ["pdb", "pqa", "oprc"]
      },
      "application/vnd.panoply": {
        source: "iana"
      },
      "application/vnd.paos.xml": {
        source: "iana"
      },
      "application/vnd.patentdive": {
        source: "iana"
      },
      "application/vnd.patientecommsdoc": {
        source: "iana"
      },
      "application/vnd.pawaafile": {
        source: "iana",
        extensions: ["paw"]
      },
      "application/vnd.pcos": {
        source: "iana"
      },
      "application/vnd.pg.format": {
        source: "iana",
        extensions: ["str"]
      },
      "application/vnd.pg.osasli": {
        source: "iana",
        extensions: ["ei6"]
      },
      "application/vnd.piaccess.application-licence": {
        source: "iana"
      },
      "application/vnd.picsel": {
        source: "iana",
        extensions: ["efif"]
      },
      "application/vnd.pmi.widget": {
        source: "iana",
        extensions: ["wg"]
      },
      "application/vnd.poc.group-advertisement+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.pocketlearn": {
        source: "iana",
        extensions: ["plf"]
      },
      "application/vnd.powerbuilder6": {
        source: "iana",
        extensions: ["pbd"]
      },
      "application/vnd.powerbuilder6-s": {
        source: "iana"
      },
      "application/vnd.powerbuilder7": {
        source: "iana"
      },
      "application/vnd.powerbuilder7-s": {
        source: "iana"
      },
      "application/vnd.powerbuilder75": {
        source: "iana"
      },
      "application/vnd.powerbuilder75-s": {
        source: "iana"
      },
      "application/vnd.preminet": {
        source: "iana"
      },
      "application/vnd.previewsystems.box": {
        source: "iana",
        extensions: ["box"]
      },
      "application/vnd.proteus.magazine": {
        source: "iana",
        extensions: ["mgz"]
      },
      "application/vnd.psfs": {
        source: "iana"
      },
      "application/vnd.publishare-delta-tree": {
        source: "iana",
        extensions: ["qps"]
      },
      "application/vnd.pvi.ptid1": {
        source: "iana",
        extensions: ["ptid"]
      },
      "application/vnd.pwg-multiplexed": {
        source: "iana"
      },
      "application/vnd.pwg-xhtml-print+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.qualcomm.brew-app-res": {
        source: "iana"
      },
      "application/vnd.quarantainenet": {
        source: "iana"
      },
      "application/vnd.quark.quarkxpress": {
        source: "iana",
        extensions: ["qxd", "qxt", "qwd", "qwt", "qxl", "qxb"]
      },
      "application/vnd.quobject-quoxdocument": {
        source: "iana"
      },
      "application/vnd.radisys.moml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-conf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-conn+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-dialog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-stream+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-conf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-base+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-fax-detect+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-fax-sendrecv+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-group+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-speech+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-transform+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.rainstor.data": {
        source: "iana"
      },
      "application/vnd.rapid": {
        source: "iana"
      },
      "application/vnd.rar": {
        source: "iana",
        extensions: ["rar"]
      },
      "application/vnd.realvnc.bed": {
        source: "iana",
        extensions: ["bed"]
      },
      "application/vnd.recordare.musicxml": {
        source: "iana",
        extensions: ["mxl"]
      },
      "application/vnd.recordare.musicxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["musicxml"]
      },
      "application/vnd.renlearn.rlprint": {
        source: "iana"
      },
      "application/vnd.resilient.logic": {
        source: "iana"
      },
      "application/vnd.restful+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.rig.cryptonote": {
        source: "iana",
        extensions: ["cryptonote"]
      },
      "application/vnd.rim.cod": {
        source: "apache",
        extensions: ["cod"]
      },
      "application/vnd.rn-realmedia": {
        source: "apache",
        extensions: ["rm"]
      },
      "application/vnd.rn-realmedia-vbr": {
        source: "apache",
        extensions: ["rmvb"]
      },
      "application/vnd.route66.link66+xml": {
        source: "iana",
        compressible: true,
        extensions: ["link66"]
      },
      "application/vnd.rs-274x": {
        source: "iana"
      },
      "application/vnd.ruckus.download": {
        source: "iana"
      },
      "application/vnd.s3sms": {
        source: "iana"
      },
      "application/vnd.sailingtracker.track": {
        source: "iana",
        extensions: ["st"]
      },
      "application/vnd.sar": {
        source: "iana"
      },
      "application/vnd.sbm.cid": {
        source: "iana"
      },
      "application/vnd.sbm.mid2": {
        source: "iana"
      },
      "application/vnd.scribus": {
        source: "iana"
      },
      "application/vnd.sealed.3df": {
        source: "iana"
      },
      "application/vnd.sealed.csf": {
        source: "iana"
      },
      "application/vnd.sealed.doc": {
        source: "iana"
      },
      "application/vnd.sealed.eml": {
        source: "iana"
      },
      "application/vnd.sealed.mht": {
        source: "iana"
      },
      "application/vnd.sealed.net": {
        source: "iana"
      },
      "application/vnd.sealed.ppt": {
        source: "iana"
      },
      "application/vnd.sealed.tiff": {
        source: "iana"
      },
      "application/vnd.sealed.xls": {
        source: "iana"
      },
      "application/vnd.sealedmedia.softseal.html": {
        source: "iana"
      },
      "application/vnd.sealedmedia.softseal.pdf": {
        source: "iana"
      },
      "application/vnd.seemail": {
        source: "iana",
        extensions: ["see"]
      },
      "application/vnd.seis+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.sema": {
        source: "iana",
        extensions: ["sema"]
      },
      "application/vnd.semd": {
        source: "iana",
        extensions: ["semd"]
      },
      "application/vnd.semf": {
        source: "iana",
        extensions: ["semf"]
      },
      "application/vnd.shade-save-file": {
        source: "iana"
      },
      "application/vnd.shana.informed.formdata": {
        source: "iana",
        extensions: ["ifm"]
      },
      "application/vnd.shana.informed.formtemplate": {
        source: "iana",
        extensions: ["itp"]
      },
      "application/vnd.shana.informed.interchange": {
        source: "iana",
        extensions: ["iif"]
      },
      "application/vnd.shana.informed.package": {
        source: "iana",
        extensions: ["ipk"]
      },
      "application/vnd.shootproof+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.shopkick+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.shp": {
        source: "iana"
      },
      "application/vnd.shx": {
        source: "iana"
      },
      "application/vnd.sigrok.session": {
        source: "iana"
      },
      "application/vnd.simtech-mindmapper": {
        source: "iana",
        extensions: ["twd", "twds"]
      },
      "application/vnd.siren+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.smaf": {
        source: "iana",
        extensions: ["mmf"]
      },
      "application/vnd.smart.notebook": {
        source: "iana"
      },
      "application/vnd.smart.teacher": {
        source: "iana",
        extensions: ["teacher"]
      },
      "application/vnd.snesdev-page-table": {
        source: "iana"
      },
      "application/vnd.software602.filler.form+xml": {
        source: "iana",
        compressible: true,
        extensions: ["fo"]
      },
      "application/vnd.software602.filler.form-xml-zip": {
        source: "iana"
      },
      "application/vnd.solent.sdkm+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sdkm", "sdkd"]
      },
      "application/vnd.spotfire.dxp": {
        source: "iana",
        extensions: ["dxp"]
      },
      "application/vnd.spotfire.sfs": {
        source: "iana",
        extensions: ["sfs"]
      },
      "application/vnd.sqlite3": {
        source: "iana"
      },
      "application/vnd.sss-cod": {
        source: "iana"
      },
      "application/vnd.sss-dtf": {
        source: "iana"
      },
      "application/vnd.sss-ntf": {
        source: "iana"
      },
      "application/vnd.stardivision.calc": {
        source: "apache",
        extensions: ["sdc"]
      },
      "application/vnd.stardivision.draw": {
        source: "apache",
        extensions: ["sda"]
      },
      "application/vnd.stardivision.impress": {
        source: "apache",
        extensions: ["sdd"]
      },
      "application/vnd.stardivision.math": {
        source: "apache",
        extensions: ["smf"]
      },
      "application/vnd.stardivision.writer": {
        source: "apache",
        extensions: ["sdw", "vor"]
      },
      "application/vnd.stardivision.writer-global": {
        source: "apache",
        extensions: ["sgl"]
      },
      "application/vnd.stepmania.package": {
        source: "iana",
        extensions: ["smzip"]
      },
      "application/vnd.stepmania.stepchart": {
        source: "iana",
        extensions: ["sm"]
      },
      "application/vnd.street-stream": {
        source: "iana"
      },
      "application/vnd.sun.wadl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wadl"]
      },
      "application/vnd.sun.xml.calc": {
        source: "apache",
        extensions: ["sxc"]
      },
      "application/vnd.sun.xml.calc.template": {
        source: "apache",
        extensions: ["stc"]
      },
      "application/vnd.sun.xml.draw": {
        source: "apache",
        extensions: ["sxd"]
      },
      "application/vnd.sun.xml.draw.template": {
        source: "apache",
        extensions: ["std"]
      },
      "application/vnd.sun.xml.impress": {
        source: "apache",
        extensions: ["sxi"]
      },
      "application/vnd.sun.xml.impress.template": {
        source: "apache",
        extensions: ["sti"]
      },
      "application/vnd.sun.xml.math": {
        source: "apache",
        extensions: ["sxm"]
      },
      "application/vnd.sun.xml.writer": {
        source: "apache",
        extensions: ["sxw"]
      },
      "application/vnd.sun.xml.writer.global": {
        source: "apache",
        extensions: ["sxg"]
      },
      "application/vnd.sun.xml.writer.template": {
        source: "apache",
        extensions: ["stw"]
      },
      "application/vnd.sus-calendar": {
        source: "iana",
        extensions: ["sus", "susp"]
      },
      "application/vnd.svd": {
        source: "iana",
        extensions: ["svd"]
      },
      "application/vnd.swiftview-ics": {
        source: "iana"
      },
      "application/vnd.sycle+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.syft+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.symbian.install": {
        source: "apache",
        extensions: ["sis", "sisx"]
      },
      "application/vnd.syncml+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["xsm"]
      },
      "application/vnd.syncml.dm+wbxml": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["bdm"]
      },
      "application/vnd.syncml.dm+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["xdm"]
      },
      "application/vnd.syncml.dm.notification": {
        source: "iana"
      },
      "application/vnd.syncml.dmddf+wbxml": {
        source: "iana"
      },
      "application/vnd.syncml.dmddf+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["ddf"]
      },
      "application/vnd.syncml.dmtnds+wbxml": {
        source: "iana"
      },
      "application/vnd.syncml.dmtnds+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.syncml.ds.notification": {
        source: "iana"
      },
      "application/vnd.tableschema+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tao.intent-module-archive": {
        source: "iana",
        extensions: ["tao"]
      },
      "application/vnd.tcpdump.pcap": {
        source: "iana",
        extensions: ["pcap", "cap", "dmp"]
      },
      "application/vnd.think-cell.ppttc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tmd.mediaflex.api+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tml": {
        source: "iana"
      },
      "application/vnd.tmobile-livetv": {
        source: "iana",
        extensions: ["tmo"]
      },
      "application/vnd.tri.onesource": {
        source: "iana"
      },
      "application/vnd.trid.tpt": {
        source: "iana",
        extensions: ["tpt"]
      },
      "application/vnd.triscape.mxs": {
        source: "iana",
        extensions: ["mxs"]
      },
      "application/vnd.trueapp": {
        source: "iana",
        extensions: ["tra"]
      },
      "application/vnd.truedoc": {
        source: "iana"
      },
      "application/vnd.ubisoft.webplayer": {
        source: "iana"
      },
      "application/vnd.ufdl": {
        source: "iana",
        extensions: ["ufd", "ufdl"]
      },
      "application/vnd.uiq.theme": {
        source: "iana",
        extensions: ["utz"]
      },
      "application/vnd.umajin": {
        source: "iana",
        extensions: ["umj"]
      },
      "application/vnd.unity": {
        source: "iana",
        extensions: ["unityweb"]
      },
      "application/vnd.uoml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["uoml"]
      },
      "application/vnd.uplanet.alert": {
        source: "iana"
      },
      "application/vnd.uplanet.alert-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.bearer-choice": {
        source: "iana"
      },
      "application/vnd.uplanet.bearer-choice-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.cacheop": {
        source: "iana"
      },
      "application/vnd.uplanet.cacheop-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.channel": {
        source: "iana"
      },
      "application/vnd.uplanet.channel-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.list": {
        source: "iana"
      },
      "application/vnd.uplanet.list-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.listcmd": {
        source: "iana"
      },
      "application/vnd.uplanet.listcmd-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.signal": {
        source: "iana"
      },
      "application/vnd.uri-map": {
        source: "iana"
      },
      "application/vnd.valve.source.material": {
        source: "iana"
      },
      "application/vnd.vcx": {
        source: "iana",
        extensions: ["vcx"]
      },
      "application/vnd.vd-study": {
        source: "iana"
      },
      "application/vnd.vectorworks": {
        source: "iana"
      },
      "application/vnd.vel+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.verimatrix.vcas": {
        source: "iana"
      },
      "application/vnd.veritone.aion+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.veryant.thin": {
        source: "iana"
      },
      "application/vnd.ves.encrypted": {
        source: "iana"
      },
      "application/vnd.vidsoft.vidconference": {
        source: "iana"
      },
      "application/vnd.visio": {
        source: "iana",
        extensions: ["vsd", "vst", "vss", "vsw"]
      },
      "application/vnd.visionary": {
        source: "iana",
        extensions: ["vis"]
      },
      "application/vnd.vividence.scriptfile": {
        source: "iana"
      },
      "application/vnd.vsf": {
        source: "iana",
        extensions: ["vsf"]
      },
      "application/vnd.wap.sic": {
        source: "iana"
      },
      "application/vnd.wap.slc": {
        source: "iana"
      },
      "application/vnd.wap.wbxml": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["wbxml"]
      },
      "application/vnd.wap.wmlc": {
        source: "iana",
        extensions: ["wmlc"]
      },
      "application/vnd.wap.wmlscriptc": {
        source: "iana",
        extensions: ["wmlsc"]
      },
      "application/vnd.webturbo": {
        source: "iana",
        extensions: ["wtb"]
      },
      "application/vnd.wfa.dpp": {
        source: "iana"
      },
      "application/vnd.wfa.p2p": {
        source: "iana"
      },
      "application/vnd.wfa.wsc": {
        source: "iana"
      },
      "application/vnd.windows.devicepairing": {
        source: "iana"
      },
      "application/vnd.wmc": {
        source: "iana"
      },
      "application/vnd.wmf.bootstrap": {
        source: "iana"
      },
      "application/vnd.wolfram.mathematica": {
        source: "iana"
      },
      "application/vnd.wolfram.mathematica.package": {
        source: "iana"
      },
      "application/vnd.wolfram.player": {
        source: "iana",
        extensions: ["nbp"]
      },
      "application/vnd.wordperfect": {
        source: "iana",
        extensions: ["wpd"]
      },
      "application/vnd.wqd": {
        source: "iana",
        extensions: ["wqd"]
      },
      "application/vnd.wrq-hp3000-labelled": {
        source: "iana"
      },
      "application/vnd.wt.stf": {
        source: "iana",
        extensions: ["stf"]
      },
      "application/vnd.wv.csp+wbxml": {
        source: "iana"
      },
      "application/vnd.wv.csp+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.wv.ssp+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xacml+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xara": {
        source: "iana",
        extensions: ["xar"]
      },
      "application/vnd.xfdl": {
        source: "iana",
        extensions: ["xfdl"]
      },
      "application/vnd.xfdl.webform": {
        source: "iana"
      },
      "application/vnd.xmi+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xmpie.cpkg": {
        source: "iana"
      },
      "application/vnd.xmpie.dpkg": {
        source: "iana"
      },
      "application/vnd.xmpie.plan": {
        source: "iana"
      },
      "application/vnd.xmpie.ppkg": {
        source: "iana"
      },
      "application/vnd.xmpie.xlim": {
        source: "iana"
      },
      "application/vnd.yamaha.hv-dic": {
        source: "iana",
        extensions: ["hvd"]
      },
      "application/vnd.yamaha.hv-script": {
        source: "iana",
        extensions: ["hvs"]
      },
      "application/vnd.yamaha.hv-voice": {
        source: "iana",
        extensions: ["hvp"]
      },
      "application/vnd.yamaha.openscoreformat": {
        source: "iana",
        extensions: ["osf"]
      },
      "application/vnd.yamaha.openscoreformat.osfpvg+xml": {
        source: "iana",
        compressible: true,
        extensions: ["osfpvg"]
      },
      "application/vnd.yamaha.remote-setup": {
        source: "iana"
      },
      "application/vnd.yamaha.smaf-audio": {
        source: "iana",
        extensions: ["saf"]
      },
      "application/vnd.yamaha.smaf-phrase": {
        source: "iana",
        extensions: ["spf"]
      },
      "application/vnd.yamaha.through-ngn": {
        source: "iana"
      },
      "application/vnd.yamaha.tunnel-udpencap": {
        source: "iana"
      },
      "application/vnd.yaoweme": {
        source: "iana"
      },
      "application/vnd.yellowriver-custom-menu": {
        source: "iana",
        extensions: ["cmp"]
      },
      "application/vnd.youtube.yt": {
        source: "iana"
      },
      "application/vnd.zul": {
        source: "iana",
        extensions: ["zir", "zirz"]
      },
      "application/vnd.zzazz.deck+xml": {
        source: "iana",
        compressible: true,
        extensions: ["zaz"]
      },
      "application/voicexml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["vxml"]
      },
      "application/voucher-cms+json": {
        source: "iana",
        compressible: true
      },
      "application/vq-rtcpxr": {
        source: "iana"
      },
      "application/wasm": {
        source: "iana",
        compressible: true,
        extensions: ["wasm"]
      },
      "application/watcherinfo+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wif"]
      },
      "application/webpush-options+json": {
        source: "iana",
        compressible: true
      },
      "application/whoispp-query": {
        source: "iana"
      },
      "application/whoispp-response": {
        source: "iana"
      },
      "application/widget": {
        source: "iana",
        extensions: ["wgt"]
      },
      "application/winhlp": {
        source: "apache",
        extensions: ["hlp"]
      },
      "application/wita": {
        source: "iana"
      },
      "application/wordperfect5.1": {
        source: "iana"
      },
      "application/wsdl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wsdl"]
      },
      "application/wspolicy+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wspolicy"]
      },
      "application/x-7z-compressed": {
        source: "apache",
        compressible: false,
        extensions: ["7z"]
      },
      "application/x-abiword": {
        source: "apache",
        extensions: ["abw"]
      },
      "application/x-ace-compressed": {
        source: "apache",
        extensions: ["ace"]
      },
      "application/x-amf": {
        source: "apache"
      },
      "application/x-apple-diskimage": {
        source: "apache",
        extensions: ["dmg"]
      },
      "application/x-arj": {
        compressible: false,
        extensions: ["arj"]
      },
      "application/x-authorware-bin": {
        source: "apache",
        extensions: ["aab", "x32", "u32", "vox"]
      },
      "application/x-authorware-map": {
        source: "apache",
        extensions: ["aam"]
      },
      "application/x-authorware-seg": {
        source: "apache",
        extensions: ["aas"]
      },
      "application/x-bcpio": {
        source: "apache",
        extensions: ["bcpio"]
      },
      "application/x-bdoc": {
        compressible: false,
        extensions: ["bdoc"]
      },
      "application/x-bittorrent": {
        source: "apache",
        extensions: ["torrent"]
      },
      "application/x-blorb": {
        source: "apache",
        extensions: ["blb", "blorb"]
      },
      "application/x-bzip": {
        source: "apache",
        compressible: false,
        extensions: ["bz"]
      },
      "application/x-bzip2": {
        source: "apache",
        compressible: false,
        extensions: ["bz2", "boz"]
      },
      "application/x-cbr": {
        source: "apache",
        extensions: ["cbr", "cba", "cbt", "cbz", "cb7"]
      },
      "application/x-cdlink": {
        source: "apache",
        extensions: ["vcd"]
      },
      "application/x-cfs-compressed": {
        source: "apache",
        extensions: ["cfs"]
      },
      "application/x-chat": {
        source: "apache",
        extensions: ["chat"]
      },
      "application/x-chess-pgn": {
        source: "apache",
        extensions: ["pgn"]
      },
      "application/x-chrome-extension": {
        extensions: ["crx"]
      },
      "application/x-cocoa": {
        source: "nginx",
        extensions: ["cco"]
      },
      "application/x-compress": {
        source: "apache"
      },
      "application/x-conference": {
        source: "apache",
        extensions: ["nsc"]
      },
      "application/x-cpio": {
        source: "apache",
        extensions: ["cpio"]
      },
      "application/x-csh": {
        source: "apache",
        extensions: ["csh"]
      },
      "application/x-deb": {
        compressible: false
      },
      "application/x-debian-package": {
        source: "apache",
        extensions: ["deb", "udeb"]
      },
      "application/x-dgc-compressed": {
        source: "apache",
        extensions: ["dgc"]
      },
      "application/x-director": {
        source: "apache",
        extensions: ["dir", "dcr", "dxr", "cst", "cct", "cxt", "w3d", "fgd", "swa"]
      },
      "application/x-doom": {
        source: "apache",
        extensions: ["wad"]
      },
      "application/x-dtbncx+xml": {
        source: "apache",
        compressible: true,
        extensions: ["ncx"]
      },
      "application/x-dtbook+xml": {
        source: "apache",
        compressible: true,
        extensions: ["dtb"]
      },
      "application/x-dtbresource+xml": {
        source: "apache",
        compressible: true,
        extensions: ["res"]
      },
      "application/x-dvi": {
        source: "apache",
        compressible: false,
        extensions: ["dvi"]
      },
      "application/x-envoy": {
        source: "apache",
        extensions: ["evy"]
      },
      "application/x-eva": {
        source: "apache",
        extensions: ["eva"]
      },
      "application/x-font-bdf": {
        source: "apache",
        extensions: ["bdf"]
      },
      "application/x-font-dos": {
        source: "apache"
      },
      "application/x-font-framemaker": {
        source: "apache"
      },
      "application/x-font-ghostscript": {
        source: "apache",
        extensions: ["gsf"]
      },
      "application/x-font-libgrx": {
        source: "apache"
      },
      "application/x-font-linux-psf": {
        source: "apache",
        extensions: ["psf"]
      },
      "application/x-font-pcf": {
        source: "apache",
        extensions: ["pcf"]
      },
      "application/x-font-snf": {
        source: "apache",
        extensions: ["snf"]
      },
      "application/x-font-speedo": {
        source: "apache"
      },
      "application/x-font-sunos-news": {
        source: "apache"
      },
      "application/x-font-type1": {
        source: "apache",
        extensions: ["pfa", "pfb", "pfm", "afm"]
      },
      "application/x-font-vfont": {
        source: "apache"
      },
      "application/x-freearc": {
        source: "apache",
        extensions: ["arc"]
      },
      "application/x-futuresplash": {
        source: "apache",
        extensions: ["spl"]
      },
      "application/x-gca-compressed": {
        source: "apache",
        extensions: ["gca"]
      },
      "application/x-glulx": {
        source: "apache",
        extensions: ["ulx"]
      },
      "application/x-gnumeric": {
        source: "apache",
        extensions: ["gnumeric"]
      },
      "application/x-gramps-xml": {
        source: "apache",
        extensions: ["gramps"]
      },
      "application/x-gtar": {
        source: "apache",
        extensions: ["gtar"]
      },
      "application/x-gzip": {
        source: "apache"
      },
      "application/x-hdf": {
        source: "apache",
        extensions: ["hdf"]
      },
      "application/x-httpd-php": {
        compressible: true,
        extensions: ["php"]
      },
      "application/x-install-instructions": {
        source: "apache",
        extensions: ["install"]
      },
      "application/x-iso9660-image": {
        source: "apache",
        extensions: ["iso"]
      },
      "application/x-iwork-keynote-sffkey": {
        extensions: ["key"]
      },
      "application/x-iwork-numbers-sffnumbers": {
        extensions: ["numbers"]
      },
      "application/x-iwork-pages-sffpages": {
        extensions: ["pages"]
      },
      "application/x-java-archive-diff": {
        source: "nginx",
        extensions: ["jardiff"]
      },
      "application/x-java-jnlp-file": {
        source: "apache",
        compressible: false,
        extensions: ["jnlp"]
      },
      "application/x-javascript": {
        compressible: true
      },
      "application/x-keepass2": {
        extensions: ["kdbx"]
      },
      "application/x-latex": {
        source: "apache",
        compressible: false,
        extensions: ["latex"]
      },
      "application/x-lua-bytecode": {
        extensions: ["luac"]
      },
      "application/x-lzh-compressed": {
        source: "apache",
        extensions: ["lzh", "lha"]
      },
      "application/x-makeself": {
        source: "nginx",
        extensions: ["run"]
      },
      "application/x-mie": {
        source: "apache",
        extensions: ["mie"]
      },
      "application/x-mobipocket-ebook": {
        source: "apache",
        extensions: ["prc", "mobi"]
      },
      "application/x-mpegurl": {
        compressible: false
      },
      "application/x-ms-application": {
        source: "apache",
        extensions: ["application"]
      },
      "application/x-ms-shortcut": {
        source: "apache",
        extensions: ["lnk"]
      },
      "application/x-ms-wmd": {
        source: "apache",
        extensions: ["wmd"]
      },
      "application/x-ms-wmz": {
        source: "apache",
        extensions: ["wmz"]
      },
      "application/x-ms-xbap": {
        source: "apache",
        extensions: ["xbap"]
      },
      "application/x-msaccess": {
        source: "apache",
        extensions: ["mdb"]
      },
      "application/x-msbinder": {
        source: "apache",
        extensions: ["obd"]
      },
      "application/x-mscardfile": {
        source: "apache",
        extensions: ["crd"]
      },
      "application/x-msclip": {
        source: "apache",
        extensions: ["clp"]
      },
      "application/x-msdos-program": {
        extensions: ["exe"]
      },
      "application/x-msdownload": {
        source: "apache",
        extensions: ["exe", "dll", "com", "bat", "msi"]
      },
      "application/x-msmediaview": {
        source: "apache",
        extensions: ["mvb", "m13", "m14"]
      },
      "application/x-msmetafile": {
        source: "apache",
        extensions: ["wmf", "wmz", "emf", "emz"]
      },
      "application/x-msmoney": {
        source: "apache",
        extensions: ["mny"]
      },
      "application/x-mspublisher": {
        source: "apache",
        extensions: ["pub"]
      },
      "application/x-msschedule": {
        source: "apache",
        extensions: ["scd"]
      },
      "application/x-msterminal": {
        source: "apache",
        extensions: ["trm"]
      },
      "application/x-mswrite": {
        source: "apache",
        extensions: ["wri"]
      },
      "application/x-netcdf": {
        source: "apache",
        extensions: ["nc", "cdf"]
      },
      "application/x-ns-proxy-autoconfig": {
        compressible: true,
        extensions: ["pac"]
      },
      "application/x-nzb": {
        source: "apache",
        extensions: ["nzb"]
      },
      "application/x-perl": {
        source: "nginx",
        extensions: ["pl", "pm"]
      },
      "application/x-pilot": {
        source: "nginx",
        extensions: ["prc", "pdb"]
      },
      "application/x-pkcs12": {
        source: "apache",
        compressible: false,
        extensions: ["p12", "pfx"]
      },
      "application/x-pkcs7-certificates": {
        source: "apache",
        extensions: ["p7b", "spc"]
      },
      "application/x-pkcs7-certreqresp": {
        source: "apache",
        extensions: ["p7r"]
      },
      "application/x-pki-message": {
        source: "iana"
      },
      "application/x-rar-compressed": {
        source: "apache",
        compressible: false,
        extensions: ["rar"]
      },
      "application/x-redhat-package-manager": {
        source: "nginx",
        extensions: ["rpm"]
      },
      "application/x-research-info-systems": {
        source: "apache",
        extensions: ["ris"]
      },
      "application/x-sea": {
        source: "nginx",
        extensions: ["sea"]
      },
      "application/x-sh": {
        source: "apache",
        compressible: true,
        extensions: ["sh"]
      },
      "application/x-shar": {
        source: "apache",
        extensions: ["shar"]
      },
      "application/x-shockwave-flash": {
        source: "apache",
        compressible: false,
        extensions: ["swf"]
      },
      "application/x-silverlight-app": {
        source: "apache",
        extensions: ["xap"]
      },
      "application/x-sql": {
        source: "apache",
        extensions: ["sql"]
      },
      "application/x-stuffit": {
        source: "apache",
        compressible: false,
        extensions: ["sit"]
      },
      "application/x-stuffitx": {
        source: "apache",
        extensions: ["sitx"]
      },
      "application/x-subrip": {
        source: "apache",
        extensions: ["srt"]
      },
      "application/x-sv4cpio": {
        source: "apache",
        extensions: ["sv4cpio"]
      },
      "application/x-sv4crc": {
        source: "apache",
        extensions: ["sv4crc"]
      },
      "application/x-t3vm-image": {
        source: "apache",
        extensions: ["t3"]
      },
      "application/x-tads": {
        source: "apache",
        extensions: ["gam"]
      },
      "application/x-tar": {
        source: "apache",
        compressible: true,
        extensions: ["tar"]
      },
      "application/x-tcl": {
        source: "apache",
        extensions: ["tcl", "tk"]
      },
      "application/x-tex": {
        source: "apache",
        extensions: ["tex"]
      },
      "application/x-tex-tfm": {
        source: "apache",
        extensions: ["tfm"]
      },
      "application/x-texinfo": {
        source: "apache",
        extensions: ["texinfo", "texi"]
      },
      "application/x-tgif": {
        source: "apache",
        extensions: ["obj"]
      },
      "application/x-ustar": {
        source: "apache",
        extensions: ["ustar"]
      },
      "application/x-virtualbox-hdd": {
        compressible: true,
        extensions: ["hdd"]
      },
      "application/x-virtualbox-ova": {
        compressible: true,
        extensions: ["ova"]
      },
      "application/x-virtualbox-ovf": {
        compressible: true,
        extensions: ["ovf"]
      },
      "application/x-virtualbox-vbox": {
        compressible: true,
        extensions: ["vbox"]
      },
      "application/x-virtualbox-vbox-extpack": {
        compressible: false,
        extensions: ["vbox-extpack"]
      },
      "application/x-virtualbox-vdi": {
        compressible: true,
        extensions: ["vdi"]
      },
      "application/x-virtualbox-vhd": {
        compressible: true,
        extensions: ["vhd"]
      },
      "application/x-virtualbox-vmdk": {
        compressible: true,
        extensions: ["vmdk"]
      },
      "application/x-wais-source": {
        source: "apache",
        extensions: ["src"]
      },
      "application/x-web-app-manifest+json": {
        compressible: true,
        extensions: ["webapp"]
      },
      "application/x-www-form-urlencoded": {
        source: "iana",
        compressible: true
      },
      "application/x-x509-ca-cert": {
        source: "iana",
        extensions: ["der", "crt", "pem"]
      },
      "application/x-x509-ca-ra-cert": {
        source: "iana"
      },
      "application/x-x509-next-ca-cert": {
        source: "iana"
      },
      "application/x-xfig": {
        source: "apache",
        extensions: ["fig"]
      },
      "application/x-xliff+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xlf"]
      },
      "application/x-xpinstall": {
        source: "apache",
        compressible: false,
        extensions: ["xpi"]
      },
      "application/x-xz": {
        source: "apache",
        extensions: ["xz"]
      },
      "application/x-zmachine": {
        source: "apache",
        extensions: ["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8"]
      },
      "application/x400-bp": {
        source: "iana"
      },
      "application/xacml+xml": {
        source: "iana",
        compressible: true
      },
      "application/xaml+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xaml"]
      },
      "application/xcap-att+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xav"]
      },
      "application/xcap-caps+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xca"]
      },
      "application/xcap-diff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdf"]
      },
      "application/xcap-el+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xel"]
      },
      "application/xcap-error+xml": {
        source: "iana",
        compressible: true
      },
      "application/xcap-ns+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xns"]
      },
      "application/xcon-conference-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/xcon-conference-info-diff+xml": {
        source: "iana",
        compressible: true
      },
      "application/xenc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xenc"]
      },
      "application/xhtml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xhtml", "xht"]
      },
      "application/xhtml-voice+xml": {
        source: "apache",
        compressible: true
      },
      "application/xliff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xlf"]
      },
      "application/xml": {
        source: "iana",
        compressible: true,
        extensions: ["xml", "xsl", "xsd", "rng"]
      },
      "application/xml-dtd": {
        source: "iana",
        compressible: true,
        extensions: ["dtd"]
      },
      "application/xml-external-parsed-entity": {
        source: "iana"
      },
      "application/xml-patch+xml": {
        source: "iana",
        compressible: true
      },
      "application/xmpp+xml": {
        source: "iana",
        compressible: true
      },
      "application/xop+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xop"]
      },
      "application/xproc+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xpl"]
      },
      "application/xslt+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xsl", "xslt"]
      },
      "application/xspf+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xspf"]
      },
      "application/xv+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mxml", "xhvml", "xvml", "xvm"]
      },
      "application/yang": {
        source: "iana",
        extensions: ["yang"]
      },
      "application/yang-data+json": {
        source: "iana",
        compressible: true
      },
      "application/yang-data+xml": {
        source: "iana",
        compressible: true
      },
      "application/yang-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/yang-patch+xml": {
        source: "iana",
        compressible: true
      },
      "application/yin+xml": {
        source: "iana",
        compressible: true,
        extensions: ["yin"]
      },
      "application/zip": {
        source: "iana",
        compressible: false,
        extensions: ["zip"]
      },
      "application/zlib": {
        source: "iana"
      },
      "application/zstd": {
        source: "iana"
      },
      "audio/1d-interleaved-parityfec": {
        source: "iana"
      },
      "audio/32kadpcm": {
        source: "iana"
      },
      "audio/3gpp": {
        source: "iana",
        compressible: false,
        extensions: ["3gpp"]
      },
      "audio/3gpp2": {
        source: "iana"
      },
      "audio/aac": {
        source: "iana"
      },
      "audio/ac3": {
        source: "iana"
      },
      "audio/adpcm": {
        source: "apache",
        extensions: ["adp"]
      },
      "audio/amr": {
        source: "iana",
        extensions: ["amr"]
      },
      "audio/amr-wb": {
        source: "iana"
      },
      "audio/amr-wb+": {
        source: "iana"
      },
      "audio/aptx": {
        source: "iana"
      },
      "audio/asc": {
        source: "iana"
      },
      "audio/atrac-advanced-lossless": {
        source: "iana"
      },
      "audio/atrac-x": {
        source: "iana"
      },
      "audio/atrac3": {
        source: "iana"
      },
      "audio/basic": {
        source: "iana",
        compressible: false,
        extensions: ["au", "snd"]
      },
      "audio/bv16": {
        source: "iana"
      },
      "audio/bv32": {
        source: "iana"
      },
      "audio/clearmode": {
        source: "iana"
      },
      "audio/cn": {
        source: "iana"
      },
      "audio/dat12": {
        source: "iana"
      },
      "audio/dls": {
        source: "iana"
      },
      "audio/dsr-es201108": {
        source: "iana"
      },
      "audio/dsr-es202050": {
        source: "iana"
      },
      "audio/dsr-es202211": {
        source: "iana"
      },
      "audio/dsr-es202212": {
        source: "iana"
      },
      "audio/dv": {
        source: "iana"
      },
      "audio/dvi4": {
        source: "iana"
      },
      "audio/eac3": {
        source: "iana"
      },
      "audio/encaprtp": {
        source: "iana"
      },
      "audio/evrc": {
        source: "iana"
      },
      "audio/evrc-qcp": {
        source: "iana"
      },
      "audio/evrc0": {
        source: "iana"
      },
      "audio/evrc1": {
        source: "iana"
      },
      "audio/evrcb": {
        source: "iana"
      },
      "audio/evrcb0": {
        source: "iana"
      },
      "audio/evrcb1": {
        source: "iana"
      },
      "audio/evrcnw": {
        source: "iana"
      },
      "audio/evrcnw0": {
        source: "iana"
      },
      "audio/evrcnw1": {
        source: "iana"
      },
      "audio/evrcwb": {
        source: "iana"
      },
      "audio/evrcwb0": {
        source: "iana"
      },
      "audio/evrcwb1": {
        source: "iana"
      },
      "audio/evs": {
        source: "iana"
      },
      "audio/flexfec": {
        source: "iana"
      },
      "audio/fwdred": {
        source: "iana"
      },
      "audio/g711-0": {
        source: "iana"
      },
      "audio/g719": {
        source: "iana"
      },
      "audio/g722": {
        source: "iana"
      },
      "audio/g7221": {
        source: "iana"
      },
      "audio/g723": {
        source: "iana"
      },
      "audio/g726-16": {
        source: "iana"
      },
      "audio/g726-24": {
        source: "iana"
      },
      "audio/g726-32": {
        source: "iana"
      },
      "audio/g726-40": {
        source: "iana"
      },
      "audio/g728": {
        source: "iana"
      },
      "audio/g729": {
        source: "iana"
      },
      "audio/g7291": {
        source: "iana"
      },
      "audio/g729d": {
        source: "iana"
      },
      "audio/g729e": {
        source: "iana"
      },
      "audio/gsm": {
        source: "iana"
      },
      "audio/gsm-efr": {
        source: "iana"
      },
      "audio/gsm-hr-08": {
        source: "iana"
      },
      "audio/ilbc": {
        source: "iana"
      },
      "audio/ip-mr_v2.5": {
        source: "iana"
      },
      "audio/isac": {
        source: "apache"
      },
      "audio/l16": {
        source: "iana"
      },
      "audio/l20": {
        source: "iana"
      },
      "audio/l24": {
        source: "iana",
        compressible: false
      },
      "audio/l8": {
        source: "iana"
      },
      "audio/lpc": {
        source: "iana"
      },
      "audio/melp": {
        source: "iana"
      },
      "audio/melp1200": {
        source: "iana"
      },
      "audio/melp2400": {
        source: "iana"
      },
      "audio/melp600": {
        source: "iana"
      },
      "audio/mhas": {
        source: "iana"
      },
      "audio/midi": {
        source: "apache",
        extensions: ["mid", "midi", "kar", "rmi"]
      },
      "audio/mobile-xmf": {
        source: "iana",
        extensions: ["mxmf"]
      },
      "audio/mp3": {
        compressible: false,
        extensions: ["mp3"]
      },
      "audio/mp4": {
        source: "iana",
        compressible: false,
        extensions: ["m4a", "mp4a"]
      },
      "audio/mp4a-latm": {
        source: "iana"
      },
      "audio/mpa": {
        source: "iana"
      },
      "audio/mpa-robust": {
        source: "iana"
      },
      "audio/mpeg": {
        source: "iana",
        compressible: false,
        extensions: ["mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"]
      },
      "audio/mpeg4-generic": {
        source: "iana"
      },
      "audio/musepack": {
        source: "apache"
      },
      "audio/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["oga", "ogg", "spx", "opus"]
      },
      "audio/opus": {
        source: "iana"
      },
      "audio/parityfec": {
        source: "iana"
      },
      "audio/pcma": {
        source: "iana"
      },
      "audio/pcma-wb": {
        source: "iana"
      },
      "audio/pcmu": {
        source: "iana"
      },
      "audio/pcmu-wb": {
        source: "iana"
      },
      "audio/prs.sid": {
        source: "iana"
      },
      "audio/qcelp": {
        source: "iana"
      },
      "audio/raptorfec": {
        source: "iana"
      },
      "audio/red": {
        source: "iana"
      },
      "audio/rtp-enc-aescm128": {
        source: "iana"
      },
      "audio/rtp-midi": {
        source: "iana"
      },
      "audio/rtploopback": {
        source: "iana"
      },
      "audio/rtx": {
        source: "iana"
      },
      "audio/s3m": {
        source: "apache",
        extensions: ["s3m"]
      },
      "audio/scip": {
        source: "iana"
      },
      "audio/silk": {
        source: "apache",
        extensions: ["sil"]
      },
      "audio/smv": {
        source: "iana"
      },
      "audio/smv-qcp": {
        source: "iana"
      },
      "audio/smv0": {
        source: "iana"
      },
      "audio/sofa": {
        source: "iana"
      },
      "audio/sp-midi": {
        source: "iana"
      },
      "audio/speex": {
        source: "iana"
      },
      "audio/t140c": {
        source: "iana"
      },
      "audio/t38": {
        source: "iana"
      },
      "audio/telephone-event": {
        source: "iana"
      },
      "audio/tetra_acelp": {
        source: "iana"
      },
      "audio/tetra_acelp_bb": {
        source: "iana"
      },
      "audio/tone": {
        source: "iana"
      },
      "audio/tsvcis": {
        source: "iana"
      },
      "audio/uemclip": {
        source: "iana"
      },
      "audio/ulpfec": {
        source: "iana"
      },
      "audio/usac": {
        source: "iana"
      },
      "audio/vdvi": {
        source: "iana"
      },
      "audio/vmr-wb": {
        source: "iana"
      },
      "audio/vnd.3gpp.iufp": {
        source: "iana"
      },
      "audio/vnd.4sb": {
        source: "iana"
      },
      "audio/vnd.audiokoz": {
        source: "iana"
      },
      "audio/vnd.celp": {
        source: "iana"
      },
      "audio/vnd.cisco.nse": {
        source: "iana"
      },
      "audio/vnd.cmles.radio-events": {
        source: "iana"
      },
      "audio/vnd.cns.anp1": {
        source: "iana"
      },
      "audio/vnd.cns.inf1": {
        source: "iana"
      },
      "audio/vnd.dece.audio": {
        source: "iana",
        extensions: ["uva", "uvva"]
      },
      "audio/vnd.digital-winds": {
        source: "iana",
        extensions: ["eol"]
      },
      "audio/vnd.dlna.adts": {
        source: "iana"
      },
      "audio/vnd.dolby.heaac.1": {
        source: "iana"
      },
      "audio/vnd.dolby.heaac.2": {
        source: "iana"
      },
      "audio/vnd.dolby.mlp": {
        source: "iana"
      },
      "audio/vnd.dolby.mps": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2x": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2z": {
        source: "iana"
      },
      "audio/vnd.dolby.pulse.1": {
        source: "iana"
      },
      "audio/vnd.dra": {
        source: "iana",
        extensions: ["dra"]
      },
      "audio/vnd.dts": {
        source: "iana",
        extensions: ["dts"]
      },
      "audio/vnd.dts.hd": {
        source: "iana",
        extensions: ["dtshd"]
      },
      "audio/vnd.dts.uhd": {
        source: "iana"
      },
      "audio/vnd.dvb.file": {
        source: "iana"
      },
      "audio/vnd.everad.plj": {
        source: "iana"
      },
      "audio/vnd.hns.audio": {
        source: "iana"
      },
      "audio/vnd.lucent.voice": {
        source: "iana",
        extensions: ["lvp"]
      },
      "audio/vnd.ms-playready.media.pya": {
        source: "iana",
        extensions: ["pya"]
      },
      "audio/vnd.nokia.mobile-xmf": {
        source: "iana"
      },
      "audio/vnd.nortel.vbk": {
        source: "iana"
      },
      "audio/vnd.nuera.ecelp4800": {
        source: "iana",
        extensions: ["ecelp4800"]
      },
      "audio/vnd.nuera.ecelp7470": {
        source: "iana",
        extensions: ["ecelp7470"]
      },
      "audio/vnd.nuera.ecelp9600": {
        source: "iana",
        extensions: ["ecelp9600"]
      },
      "audio/vnd.octel.sbc": {
        source: "iana"
      },
      "audio/vnd.presonus.multitrack": {
        source: "iana"
      },
      "audio/vnd.qcelp": {
        source: "iana"
      },
      "audio/vnd.rhetorex.32kadpcm": {
        source: "iana"
      },
      "audio/vnd.rip": {
        source: "iana",
        extensions: ["rip"]
      },
      "audio/vnd.rn-realaudio": {
        compressible: false
      },
      "audio/vnd.sealedmedia.softseal.mpeg": {
        source: "iana"
      },
      "audio/vnd.vmx.cvsd": {
        source: "iana"
      },
      "audio/vnd.wave": {
        compressible: false
      },
      "audio/vorbis": {
        source: "iana",
        compressible: false
      },
      "audio/vorbis-config": {
        source: "iana"
      },
      "audio/wav": {
        compressible: false,
        extensions: ["wav"]
      },
      "audio/wave": {
        compressible: false,
        extensions: ["wav"]
      },
      "audio/webm": {
        source: "apache",
        compressible: false,
        extensions: ["weba"]
      },
      "audio/x-aac": {
        source: "apache",
        compressible: false,
        extensions: ["aac"]
      },
      "audio/x-aiff": {
        source: "apache",
        extensions: ["aif", "aiff", "aifc"]
      },
      "audio/x-caf": {
        source: "apache",
        compressible: false,
        extensions: ["caf"]
      },
      "audio/x-flac": {
        source: "apache",
        extensions: ["flac"]
      },
      "audio/x-m4a": {
        source: "nginx",
        extensions: ["m4a"]
      },
      "audio/x-matroska": {
        source: "apache",
        extensions: ["mka"]
      },
      "audio/x-mpegurl": {
        source: "apache",
        extensions: ["m3u"]
      },
      "audio/x-ms-wax": {
        source: "apache",
        extensions: ["wax"]
      },
      "audio/x-ms-wma": {
        source: "apache",
        extensions: ["wma"]
      },
      "audio/x-pn-realaudio": {
        source: "apache",
        extensions: ["ram", "ra"]
      },
      "audio/x-pn-realaudio-plugin": {
        source: "apache",
        extensions: ["rmp"]
      },
      "audio/x-realaudio": {
        source: "nginx",
        extensions: ["ra"]
      },
      "audio/x-tta": {
        source: "apache"
      },
      "audio/x-wav": {
        source: "apache",
        extensions: ["wav"]
      },
      "audio/xm": {
        source: "apache",
        extensions: ["xm"]
      },
      "chemical/x-cdx": {
        source: "apache",
        extensions: ["cdx"]
      },
      "chemical/x-cif": {
        source: "apache",
        extensions: ["cif"]
      },
      "chemical/x-cmdf": {
        source: "apache",
        extensions: ["cmdf"]
      },
      "chemical/x-cml": {
        source: "apache",
        extensions: ["cml"]
      },
      "chemical/x-csml": {
        source: "apache",
        extensions: ["csml"]
      },
      "chemical/x-pdb": {
        source: "apache"
      },
      "chemical/x-xyz": {
        source: "apache",
        extensions: ["xyz"]
      },
      "font/collection": {
        source: "iana",
        extensions: ["ttc"]
      },
      "font/otf": {
        source: "iana",
        compressible: true,
        extensions: ["otf"]
      },
      "font/sfnt": {
        source: "iana"
      },
      "font/ttf": {
        source: "iana",
        compressible: true,
        extensions: ["ttf"]
      },
      "font/woff": {
        source: "iana",
        extensions: ["woff"]
      },
      "font/woff2": {
        source: "iana",
        extensions: ["woff2"]
      },
      "image/aces": {
        source: "iana",
        extensions: ["exr"]
      },
      "image/apng": {
        compressible: false,
        extensions: ["apng"]
      },
      "image/avci": {
        source: "iana",
        extensions: ["avci"]
      },
      "image/avcs": {
        source: "iana",
        extensions: ["avcs"]
      },
      "image/avif": {
        source: "iana",
        compressible: false,
        extensions: ["avif"]
      },
      "image/bmp": {
        source: "iana",
        compressible: true,
        extensions: ["bmp"]
      },
      "image/cgm": {
        source: "iana",
        extensions: ["cgm"]
      },
      "image/dicom-rle": {
        source: "iana",
        extensions: ["drle"]
      },
      "image/emf": {
        source: "iana",
        extensions: ["emf"]
      },
      "image/fits": {
        source: "iana",
        extensions: ["fits"]
      },
      "image/g3fax": {
        source: "iana",
        extensions: ["g3"]
      },
      "image/gif": {
        source: "iana",
        compressible: false,
        extensions: ["gif"]
      },
      "image/heic": {
        source: "iana",
        extensions: ["heic"]
      },
      "image/heic-sequence": {
        source: "iana",
        extensions: ["heics"]
      },
      "image/heif": {
        source: "iana",
        extensions: ["heif"]
      },
      "image/heif-sequence": {
        source: "iana",
        extensions: ["heifs"]
      },
      "image/hej2k": {
        source: "iana",
        extensions: ["hej2"]
      },
      "image/hsj2": {
        source: "iana",
        extensions: ["hsj2"]
      },
      "image/ief": {
        source: "iana",
        extensions: ["ief"]
      },
      "image/jls": {
        source: "iana",
        extensions: ["jls"]
      },
      "image/jp2": {
        source: "iana",
        compressible: false,
        extensions: ["jp2", "jpg2"]
      },
      "image/jpeg": {
        source: "iana",
        compressible: false,
        extensions: ["jpeg", "jpg", "jpe"]
      },
      "image/jph": {
        source: "iana",
        extensions: ["jph"]
      },
      "image/jphc": {
        source: "iana",
        extensions: ["jhc"]
      },
      "image/jpm": {
        source: "iana",
        compressible: false,
        extensions: ["jpm"]
      },
      "image/jpx": {
        source: "iana",
        compressible: false,
        extensions: ["jpx", "jpf"]
      },
      "image/jxr": {
        source: "iana",
        extensions: ["jxr"]
      },
      "image/jxra": {
        source: "iana",
        extensions: ["jxra"]
      },
      "image/jxrs": {
        source: "iana",
        extensions: ["jxrs"]
      },
      "image/jxs": {
        source: "iana",
        extensions: ["jxs"]
      },
      "image/jxsc": {
        source: "iana",
        extensions: ["jxsc"]
      },
      "image/jxsi": {
        source: "iana",
        extensions: ["jxsi"]
      },
      "image/jxss": {
        source: "iana",
        extensions: ["jxss"]
      },
      "image/ktx": {
        source: "iana",
        extensions: ["ktx"]
      },
      "image/ktx2": {
        source: "iana",
        extensions: ["ktx2"]
      },
      "image/naplps": {
        source: "iana"
      },
      "image/pjpeg": {
        compressible: false
      },
      "image/png": {
        source: "iana",
        compressible: false,
        extensions: ["png"]
      },
      "image/prs.btif": {
        source: "iana",
        extensions: ["btif"]
      },
      "image/prs.pti": {
        source: "iana",
        extensions: ["pti"]
      },
      "image/pwg-raster": {
        source: "iana"
      },
      "image/sgi": {
        source: "apache",
        extensions: ["sgi"]
      },
      "image/svg+xml": {
        source: "iana",
        compressible: true,
        extensions: ["svg", "svgz"]
      },
      "image/t38": {
        source: "iana",
        extensions: ["t38"]
      },
      "image/tiff": {
        source: "iana",
        compressible: false,
        extensions: ["tif", "tiff"]
      },
      "image/tiff-fx": {
        source: "iana",
        extensions: ["tfx"]
      },
      "image/vnd.adobe.photoshop": {
        source: "iana",
        compressible: true,
        extensions: ["psd"]
      },
      "image/vnd.airzip.accelerator.azv": {
        source: "iana",
        extensions: ["azv"]
      },
      "image/vnd.cns.inf2": {
        source: "iana"
      },
      "image/vnd.dece.graphic": {
        source: "iana",
        extensions: ["uvi", "uvvi", "uvg", "uvvg"]
      },
      "image/vnd.djvu": {
        source: "iana",
        extensions: ["djvu", "djv"]
      },
      "image/vnd.dvb.subtitle": {
        source: "iana",
        extensions: ["sub"]
      },
      "image/vnd.dwg": {
        source: "iana",
        extensions: ["dwg"]
      },
      "image/vnd.dxf": {
        source: "iana",
        extensions: ["dxf"]
      },
      "image/vnd.fastbidsheet": {
        source: "iana",
        extensions: ["fbs"]
      },
      "image/vnd.fpx": {
        source: "iana",
        extensions: ["fpx"]
      },
      "image/vnd.fst": {
        source: "iana",
        extensions: ["fst"]
      },
      "image/vnd.fujixerox.edmics-mmr": {
        source: "iana",
        extensions: ["mmr"]
      },
      "image/vnd.fujixerox.edmics-rlc": {
        source: "iana",
        extensions: ["rlc"]
      },
      "image/vnd.globalgraphics.pgb": {
        source: "iana"
      },
      "image/vnd.microsoft.icon": {
        source: "iana",
        compressible: true,
        extensions: ["ico"]
      },
      "image/vnd.mix": {
        source: "iana"
      },
      "image/vnd.mozilla.apng": {
        source: "iana"
      },
      "image/vnd.ms-dds": {
        compressible: true,
        extensions: ["dds"]
      },
      "image/vnd.ms-modi": {
        source: "iana",
        extensions: ["mdi"]
      },
      "image/vnd.ms-photo": {
        source: "apache",
        extensions: ["wdp"]
      },
      "image/vnd.net-fpx": {
        source: "iana",
        extensions: ["npx"]
      },
      "image/vnd.pco.b16": {
        source: "iana",
        extensions: ["b16"]
      },
      "image/vnd.radiance": {
        source: "iana"
      },
      "image/vnd.sealed.png": {
        source: "iana"
      },
      "image/vnd.sealedmedia.softseal.gif": {
        source: "iana"
      },
      "image/vnd.sealedmedia.softseal.jpg": {
        source: "iana"
      },
      "image/vnd.svf": {
        source: "iana"
      },
      "image/vnd.tencent.tap": {
        source: "iana",
        extensions: ["tap"]
      },
      "image/vnd.valve.source.texture": {
        source: "iana",
        extensions: ["vtf"]
      },
      "image/vnd.wap.wbmp": {
        source: "iana",
        extensions: ["wbmp"]
      },
      "image/vnd.xiff": {
        source: "iana",
        extensions: ["xif"]
      },
      "image/vnd.zbrush.pcx": {
        source: "iana",
        extensions: ["pcx"]
      },
      "image/webp": {
        source: "apache",
        extensions: ["webp"]
      },
      "image/wmf": {
        source: "iana",
        extensions: ["wmf"]
      },
      "image/x-3ds": {
        source: "apache",
        extensions: ["3ds"]
      },
      "image/x-cmu-raster": {
        source: "apache",
        extensions: ["ras"]
      },
      "image/x-cmx": {
        source: "apache",
        extensions: ["cmx"]
      },
      "image/x-freehand": {
        source: "apache",
        extensions: ["fh", "fhc", "fh4", "fh5", "fh7"]
      },
      "image/x-icon": {
        source: "apache",
        compressible: true,
        extensions: ["ico"]
      },
      "image/x-jng": {
        source: "nginx",
        extensions: ["jng"]
      },
      "image/x-mrsid-image": {
        source: "apache",
        extensions: ["sid"]
      },
      "image/x-ms-bmp": {
        source: "nginx",
        compressible: true,
        extensions: ["bmp"]
      },
      "image/x-pcx": {
        source: "apache",
        extensions: ["pcx"]
      },
      "image/x-pict": {
        source: "apache",
        extensions: ["pic", "pct"]
      },
      "image/x-portable-anymap": {
        source: "apache",
        extensions: ["pnm"]
      },
      "image/x-portable-bitmap": {
        source: "apache",
        extensions: ["pbm"]
      },
      "image/x-portable-graymap": {
        source: "apache",
        extensions: ["pgm"]
      },
      "image/x-portable-pixmap": {
        source: "apache",
        extensions: ["ppm"]
      },
      "image/x-rgb": {
        source: "apache",
        extensions: ["rgb"]
      },
      "image/x-tga": {
        source: "apache",
        extensions: ["tga"]
      },
      "image/x-xbitmap": {
        source: "apache",
        extensions: ["xbm"]
      },
      "image/x-xcf": {
        compressible: false
      },
      "image/x-xpixmap": {
        source: "apache",
        extensions: ["xpm"]
      },
      "image/x-xwindowdump": {
        source: "apache",
        extensions: ["xwd"]
      },
      "message/cpim": {
        source: "iana"
      },
      "message/delivery-status": {
        source: "iana"
      },
      "message/disposition-notification": {
        source: "iana",
        extensions: [
          "disposition-notification"
        ]
      },
      "message/external-body": {
        source: "iana"
      },
      "message/feedback-report": {
        source: "iana"
      },
      "message/global": {
        source: "iana",
        extensions: ["u8msg"]
      },
      "message/global-delivery-status": {
        source: "iana",
        extensions: ["u8dsn"]
      },
      "message/global-disposition-notification": {
        source: "iana",
        extensions: ["u8mdn"]
      },
      "message/global-headers": {
        source: "iana",
        extensions: ["u8hdr"]
      },
      "message/http": {
        source: "iana",
        compressible: false
      },
      "message/imdn+xml": {
        source: "iana",
        compressible: true
      },
      "message/news": {
        source: "iana"
      },
      "message/partial": {
        source: "iana",
        compressible: false
      },
      "message/rfc822": {
        source: "iana",
        compressible: true,
        extensions: ["eml", "mime"]
      },
      "message/s-http": {
        source: "iana"
      },
      "message/sip": {
        source: "iana"
      },
      "message/sipfrag": {
        source: "iana"
      },
      "message/tracking-status": {
        source: "iana"
      },
      "message/vnd.si.simp": {
        source: "iana"
      },
      "message/vnd.wfa.wsc": {
        source: "iana",
        extensions: ["wsc"]
      },
      "model/3mf": {
        source: "iana",
        extensions: ["3mf"]
      },
      "model/e57": {
        source: "iana"
      },
      "model/gltf+json": {
        source: "iana",
        compressible: true,
        extensions: ["gltf"]
      },
      "model/gltf-binary": {
        source: "iana",
        compressible: true,
        extensions: ["glb"]
      },
      "model/iges": {
        source: "iana",
        compressible: false,
        extensions: ["igs", "iges"]
      },
      "model/mesh": {
        source: "iana",
        compressible: false,
        extensions: ["msh", "mesh", "silo"]
      },
      "model/mtl": {
        source: "iana",
        extensions: ["mtl"]
      },
      "model/obj": {
        source: "iana",
        extensions: ["obj"]
      },
      "model/step": {
        source: "iana"
      },
      "model/step+xml": {
        source: "iana",
        compressible: true,
        extensions: ["stpx"]
      },
      "model/step+zip": {
        source: "iana",
        compressible: false,
        extensions: ["stpz"]
      },
      "model/step-xml+zip": {
        source: "iana",
        compressible: false,
        extensions: ["stpxz"]
      },
      "model/stl": {
        source: "iana",
        extensions: ["stl"]
      },
      "model/vnd.collada+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dae"]
      },
      "model/vnd.dwf": {
        source: "iana",
        extensions: ["dwf"]
      },
      "model/vnd.flatland.3dml": {
        source: "iana"
      },
      "model/vnd.gdl": {
        source: "iana",
        extensions: ["gdl"]
      },
      "model/vnd.gs-gdl": {
        source: "apache"
      },
      "model/vnd.gs.gdl": {
        source: "iana"
      },
      "model/vnd.gtw": {
        source: "iana",
        extensions: ["gtw"]
      },
      "model/vnd.moml+xml": {
        source: "iana",
        compressible: true
      },
      "model/vnd.mts": {
        source: "iana",
        extensions: ["mts"]
      },
      "model/vnd.opengex": {
        source: "iana",
        extensions: ["ogex"]
      },
      "model/vnd.parasolid.transmit.binary": {
        source: "iana",
        extensions: ["x_b"]
      },
      "model/vnd.parasolid.transmit.text": {
        source: "iana",
        extensions: ["x_t"]
      },
      "model/vnd.pytha.pyox": {
        source: "iana"
      },
      "model/vnd.rosette.annotated-data-model": {
        source: "iana"
      },
      "model/vnd.sap.vds": {
        source: "iana",
        extensions: ["vds"]
      },
      "model/vnd.usdz+zip": {
        source: "iana",
        compressible: false,
        extensions: ["usdz"]
      },
      "model/vnd.valve.source.compiled-map": {
        source: "iana",
        extensions: ["bsp"]
      },
      "model/vnd.vtu": {
        source: "iana",
        extensions: ["vtu"]
      },
      "model/vrml": {
        source: "iana",
        compressible: false,
        extensions: ["wrl", "vrml"]
      },
      "model/x3d+binary": {
        source: "apache",
        compressible: false,
        extensions: ["x3db", "x3dbz"]
      },
      "model/x3d+fastinfoset": {
        source: "iana",
        extensions: ["x3db"]
      },
      "model/x3d+vrml": {
        source: "apache",
        compressible: false,
        extensions: ["x3dv", "x3dvz"]
      },
      "model/x3d+xml": {
        source: "iana",
        compressible: true,
        extensions: ["x3d", "x3dz"]
      },
      "model/x3d-vrml": {
        source: "iana",
        extensions: ["x3dv"]
      },
      "multipart/alternative": {
        source: "iana",
        compressible: false
      },
      "multipart/appledouble": {
        source: "iana"
      },
      "multipart/byteranges": {
        source: "iana"
      },
      "multipart/digest": {
        source: "iana"
      },
      "multipart/encrypted": {
        source: "iana",
        compressible: false
      },
      "multipart/form-data": {
        source: "iana",
        compressible: false
      },
      "multipart/header-set": {
        source: "iana"
      },
      "multipart/mixed": {
        source: "iana"
      },
      "multipart/multilingual": {
        source: "iana"
      },
      "multipart/parallel": {
        source: "iana"
      },
      "multipart/related": {
        source: "iana",
        compressible: false
      },
      "multipart/report": {
        source: "iana"
      },
      "multipart/signed": {
        source: "iana",
        compressible: false
      },
      "multipart/vnd.bint.med-plus": {
        source: "iana"
      },
      "multipart/voice-message": {
        source: "iana"
      },
      "multipart/x-mixed-replace": {
        source: "iana"
      },
      "text/1d-interleaved-parityfec": {
        source: "iana"
      },
      "text/cache-manifest": {
        source: "iana",
        compressible: true,
        extensions: ["appcache", "manifest"]
      },
      "text/calendar": {
        source: "iana",
        extensions: ["ics", "ifb"]
      },
      "text/calender": {
        compressible: true
      },
      "text/cmd": {
        compressible: true
      },
      "text/coffeescript": {
        extensions: ["coffee", "litcoffee"]
      },
      "text/cql": {
        source: "iana"
      },
      "text/cql-expression": {
        source: "iana"
      },
      "text/cql-identifier": {
        source: "iana"
      },
      "text/css": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["css"]
      },
      "text/csv": {
        source: "iana",
        compressible: true,
        extensions: ["csv"]
      },
      "text/csv-schema": {
        source: "iana"
      },
      "text/directory": {
        source: "iana"
      },
      "text/dns": {
        source: "iana"
      },
      "text/ecmascript": {
        source: "iana"
      },
      "text/encaprtp": {
        source: "iana"
      },
      "text/enriched": {
        source: "iana"
      },
      "text/fhirpath": {
        source: "iana"
      },
      "text/flexfec": {
        source: "iana"
      },
      "text/fwdred": {
        source: "iana"
      },
      "text/gff3": {
        source: "iana"
      },
      "text/grammar-ref-list": {
        source: "iana"
      },
      "text/html": {
        source: "iana",
        compressible: true,
        extensions: ["html", "htm", "shtml"]
      },
      "text/jade": {
        extensions: ["jade"]
      },
      "text/javascript": {
        source: "iana",
        compressible: true
      },
      "text/jcr-cnd": {
        source: "iana"
      },
      "text/jsx": {
        compressible: true,
        extensions: ["jsx"]
      },
      "text/less": {
        compressible: true,
        extensions: ["less"]
      },
      "text/markdown": {
        source: "iana",
        compressible: true,
        extensions: ["markdown", "md"]
      },
      "text/mathml": {
        source: "nginx",
        extensions: ["mml"]
      },
      "text/mdx": {
        compressible: true,
        extensions: ["mdx"]
      },
      "text/mizar": {
        source: "iana"
      },
      "text/n3": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["n3"]
      },
      "text/parameters": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/parityfec": {
        source: "iana"
      },
      "text/plain": {
        source: "iana",
        compressible: true,
        extensions: ["txt", "text", "conf", "def", "list", "log", "in", "ini"]
      },
      "text/provenance-notation": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/prs.fallenstein.rst": {
        source: "iana"
      },
      "text/prs.lines.tag": {
        source: "iana",
        extensions: ["dsc"]
      },
      "text/prs.prop.logic": {
        source: "iana"
      },
      "text/raptorfec": {
        source: "iana"
      },
      "text/red": {
        source: "iana"
      },
      "text/rfc822-headers": {
        source: "iana"
      },
      "text/richtext": {
        source: "iana",
        compressible: true,
        extensions: ["rtx"]
      },
      "text/rtf": {
        source: "iana",
        compressible: true,
        extensions: ["rtf"]
      },
      "text/rtp-enc-aescm128": {
        source: "iana"
      },
      "text/rtploopback": {
        source: "iana"
      },
      "text/rtx": {
        source: "iana"
      },
      "text/sgml": {
        source: "iana",
        extensions: ["sgml", "sgm"]
      },
      "text/shaclc": {
        source: "iana"
      },
      "text/shex": {
        source: "iana",
        extensions: ["shex"]
      },
      "text/slim": {
        extensions: ["slim", "slm"]
      },
      "text/spdx": {
        source: "iana",
        extensions: ["spdx"]
      },
      "text/strings": {
        source: "iana"
      },
      "text/stylus": {
        extensions: ["stylus", "styl"]
      },
      "text/t140": {
        source: "iana"
      },
      "text/tab-separated-values": {
        source: "iana",
        compressible: true,
        extensions: ["tsv"]
      },
      "text/troff": {
        source: "iana",
        extensions: ["t", "tr", "roff", "man", "me", "ms"]
      },
      "text/turtle": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["ttl"]
      },
      "text/ulpfec": {
        source: "iana"
      },
      "text/uri-list": {
        source: "iana",
        compressible: true,
        extensions: ["uri", "uris", "urls"]
      },
      "text/vcard": {
        source: "iana",
        compressible: true,
        extensions: ["vcard"]
      },
      "text/vnd.a": {
        source: "iana"
      },
      "text/vnd.abc": {
        source: "iana"
      },
      "text/vnd.ascii-art": {
        source: "iana"
      },
      "text/vnd.curl": {
        source: "iana",
        extensions: ["curl"]
      },
      "text/vnd.curl.dcurl": {
        source: "apache",
        extensions: ["dcurl"]
      },
      "text/vnd.curl.mcurl": {
        source: "apache",
        extensions: ["mcurl"]
      },
      "text/vnd.curl.scurl": {
        source: "apache",
        extensions: ["scurl"]
      },
      "text/vnd.debian.copyright": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.dmclientscript": {
        source: "iana"
      },
      "text/vnd.dvb.subtitle": {
        source: "iana",
        extensions: ["sub"]
      },
      "text/vnd.esmertec.theme-descriptor": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.familysearch.gedcom": {
        source: "iana",
        extensions: ["ged"]
      },
      "text/vnd.ficlab.flt": {
        source: "iana"
      },
      "text/vnd.fly": {
        source: "iana",
        extensions: ["fly"]
      },
      "text/vnd.fmi.flexstor": {
        source: "iana",
        extensions: ["flx"]
      },
      "text/vnd.gml": {
        source: "iana"
      },
      "text/vnd.graphviz": {
        source: "iana",
        extensions: ["gv"]
      },
      "text/vnd.hans": {
        source: "iana"
      },
      "text/vnd.hgl": {
        source: "iana"
      },
      "text/vnd.in3d.3dml": {
        source: "iana",
        extensions: ["3dml"]
      },
      "text/vnd.in3d.spot": {
        source: "iana",
        extensions: ["spot"]
      },
      "text/vnd.iptc.newsml": {
        source: "iana"
      },
      "text/vnd.iptc.nitf": {
        source: "iana"
      },
      "text/vnd.latex-z": {
        source: "iana"
      },
      "text/vnd.motorola.reflex": {
        source: "iana"
      },
      "text/vnd.ms-mediapackage": {
        source: "iana"
      },
      "text/vnd.net2phone.commcenter.command": {
        source: "iana"
      },
      "text/vnd.radisys.msml-basic-layout": {
        source: "iana"
      },
      "text/vnd.senx.warpscript": {
        source: "iana"
      },
      "text/vnd.si.uricatalogue": {
        source: "iana"
      },
      "text/vnd.sosi": {
        source: "iana"
      },
      "text/vnd.sun.j2me.app-descriptor": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["jad"]
      },
      "text/vnd.trolltech.linguist": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.wap.si": {
        source: "iana"
      },
      "text/vnd.wap.sl": {
        source: "iana"
      },
      "text/vnd.wap.wml": {
        source: "iana",
        extensions: ["wml"]
      },
      "text/vnd.wap.wmlscript": {
        source: "iana",
        extensions: ["wmls"]
      },
      "text/vtt": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["vtt"]
      },
      "text/x-asm": {
        source: "apache",
        extensions: ["s", "asm"]
      },
      "text/x-c": {
        source: "apache",
        extensions: ["c", "cc", "cxx", "cpp", "h", "hh", "dic"]
      },
      "text/x-component": {
        source: "nginx",
        extensions: ["htc"]
      },
      "text/x-fortran": {
        source: "apache",
        extensions: ["f", "for", "f77", "f90"]
      },
      "text/x-gwt-rpc": {
        compressible: true
      },
      "text/x-handlebars-template": {
        extensions: ["hbs"]
      },
      "text/x-java-source": {
        source: "apache",
        extensions: ["java"]
      },
      "text/x-jquery-tmpl": {
        compressible: true
      },
      "text/x-lua": {
        extensions: ["lua"]
      },
      "text/x-markdown": {
        compressible: true,
        extensions: ["mkd"]
      },
      "text/x-nfo": {
        source: "apache",
        extensions: ["nfo"]
      },
      "text/x-opml": {
        source: "apache",
        extensions: ["opml"]
      },
      "text/x-org": {
        compressible: true,
        extensions: ["org"]
      },
      "text/x-pascal": {
        source: "apache",
        extensions: ["p", "pas"]
      },
      "text/x-processing": {
        compressible: true,
        extensions: ["pde"]
      },
      "text/x-sass": {
        extensions: ["sass"]
      },
      "text/x-scss": {
        extensions: ["scss"]
      },
      "text/x-setext": {
        source: "apache",
        extensions: ["etx"]
      },
      "text/x-sfv": {
        source: "apache",
        extensions: ["sfv"]
      },
      "text/x-suse-ymp": {
        compressible: true,
        extensions: ["ymp"]
      },
      "text/x-uuencode": {
        source: "apache",
        extensions: ["uu"]
      },
      "text/x-vcalendar": {
        source: "apache",
        extensions: ["vcs"]
      },
      "text/x-vcard": {
        source: "apache",
        extensions: ["vcf"]
      },
      "text/xml": {
        source: "iana",
        compressible: true,
        extensions: ["xml"]
      },
      "text/xml-external-parsed-entity": {
        source: "iana"
      },
      "text/yaml": {
        compressible: true,
        extensions: ["yaml", "yml"]
      },
      "video/1d-interleaved-parityfec": {
        source: "iana"
      },
      "video/3gpp": {
        source: "iana",
        extensions: ["3gp", "3gpp"]
      },
      "video/3gpp-tt": {
        source: "iana"
      },
      "video/3gpp2": {
        source: "iana",
        extensions: ["3g2"]
      },
      "video/av1": {
        source: "iana"
      },
      "video/bmpeg": {
        source: "iana"
      },
      "video/bt656": {
        source: "iana"
      },
      "video/celb": {
        source: "iana"
      },
      "video/dv": {
        source: "iana"
      },
      "video/encaprtp": {
        source: "iana"
      },
      "video/ffv1": {
        source: "iana"
      },
      "video/flexfec": {
        source: "iana"
      },
      "video/h261": {
        source: "iana",
        extensions: ["h261"]
      },
      "video/h263": {
        source: "iana",
        extensions: ["h263"]
      },
      "video/h263-1998": {
        source: "iana"
      },
      "video/h263-2000": {
        source: "iana"
      },
      "video/h264": {
        source: "iana",
        extensions: ["h264"]
      },
      "video/h264-rcdo": {
        source: "iana"
      },
      "video/h264-svc": {
        source: "iana"
      },
      "video/h265": {
        source: "iana"
      },
      "video/iso.segment": {
        source: "iana",
        extensions: ["m4s"]
      },
      "video/jpeg": {
        source: "iana",
        extensions: ["jpgv"]
      },
      "video/jpeg2000": {
        source: "iana"
      },
      "video/jpm": {
        source: "apache",
        extensions: ["jpm", "jpgm"]
      },
      "video/jxsv": {
        source: "iana"
      },
      "video/mj2": {
        source: "iana",
        extensions: ["mj2", "mjp2"]
      },
      "video/mp1s": {
        source: "iana"
      },
      "video/mp2p": {
        source: "iana"
      },
      "video/mp2t": {
        source: "iana",
        extensions: ["ts"]
      },
      "video/mp4": {
        source: "iana",
        compressible: false,
        extensions: ["mp4", "mp4v", "mpg4"]
      },
      "video/mp4v-es": {
        source: "iana"
      },
      "video/mpeg": {
        source: "iana",
        compressible: false,
        extensions: ["mpeg", "mpg", "mpe", "m1v", "m2v"]
      },
      "video/mpeg4-generic": {
        source: "iana"
      },
      "video/mpv": {
        source: "iana"
      },
      "video/nv": {
        source: "iana"
      },
      "video/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["ogv"]
      },
      "video/parityfec": {
        source: "iana"
      },
      "video/pointer": {
        source: "iana"
      },
      "video/quicktime": {
        source: "iana",
        compressible: false,
        extensions: ["qt", "mov"]
      },
      "video/raptorfec": {
        source: "iana"
      },
      "video/raw": {
        source: "iana"
      },
      "video/rtp-enc-aescm128": {
        source: "iana"
      },
      "video/rtploopback": {
        source: "iana"
      },
      "video/rtx": {
        source: "iana"
      },
      "video/scip": {
        source: "iana"
      },
      "video/smpte291": {
        source: "iana"
      },
      "video/smpte292m": {
        source: "iana"
      },
      "video/ulpfec": {
        source: "iana"
      },
      "video/vc1": {
        source: "iana"
      },
      "video/vc2": {
        source: "iana"
      },
      "video/vnd.cctv": {
        source: "iana"
      },
      "video/vnd.dece.hd": {
        source: "iana",
        extensions: ["uvh", "uvvh"]
      },
      "video/vnd.dece.mobile": {
        source: "iana",
        extensions: ["uvm", "uvvm"]
      },
      "video/vnd.dece.mp4": {
        source: "iana"
      },
      "video/vnd.dece.pd": {
        source: "iana",
        extensions: ["uvp", "uvvp"]
      },
      "video/vnd.dece.sd": {
        source: "iana",
        extensions: ["uvs", "uvvs"]
      },
      "video/vnd.dece.video": {
        source: "iana",
        extensions: ["uvv", "uvvv"]
      },
      "video/vnd.directv.mpeg": {
        source: "iana"
      },
      "video/vnd.directv.mpeg-tts": {
        source: "iana"
      },
      "video/vnd.dlna.mpeg-tts": {
        source: "iana"
      },
      "video/vnd.dvb.file": {
        source: "iana",
        extensions: ["dvb"]
      },
      "video/vnd.fvt": {
        source: "iana",
        extensions: ["fvt"]
      },
      "video/vnd.hns.video": {
        source: "iana"
      },
      "video/vnd.iptvforum.1dparityfec-1010": {
        source: "iana"
      },
      "video/vnd.iptvforum.1dparityfec-2005": {
        source: "iana"
      },
      "video/vnd.iptvforum.2dparityfec-1010": {
        source: "iana"
      },
      "video/vnd.iptvforum.2dparityfec-2005": {
        source: "iana"
      },
      "video/vnd.iptvforum.ttsavc": {
        source: "iana"
      },
      "video/vnd.iptvforum.ttsmpeg2": {
        source: "iana"
      },
      "video/vnd.motorola.video": {
        source: "iana"
      },
      "video/vnd.motorola.videop": {
        source: "iana"
      },
      "video/vnd.mpegurl": {
        source: "iana",
        extensions: ["mxu", "m4u"]
      },
      "video/vnd.ms-playready.media.pyv": {
        source: "iana",
        extensions: ["pyv"]
      },
      "video/vnd.nokia.interleaved-multimedia": {
        source: "iana"
      },
      "video/vnd.nokia.mp4vr": {
        source: "iana"
      },
      "video/vnd.nokia.videovoip": {
        source: "iana"
      },
      "video/vnd.objectvideo": {
        source: "iana"
      },
      "video/vnd.radgamettools.bink": {
        source: "iana"
      },
      "video/vnd.radgamettools.smacker": {
        source: "iana"
      },
      "video/vnd.sealed.mpeg1": {
        source: "iana"
      },
      "video/vnd.sealed.mpeg4": {
        source: "iana"
      },
      "video/vnd.sealed.swf": {
        source: "iana"
      },
      "video/vnd.sealedmedia.softseal.mov": {
        source: "iana"
      },
      "video/vnd.uvvu.mp4": {
        source: "iana",
        extensions: ["uvu", "uvvu"]
      },
      "video/vnd.vivo": {
        source: "iana",
        extensions: ["viv"]
      },
      "video/vnd.youtube.yt": {
        source: "iana"
      },
      "video/vp8": {
        source: "iana"
      },
      "video/vp9": {
        source: "iana"
      },
      "video/webm": {
        source: "apache",
        compressible: false,
        extensions: ["webm"]
      },
      "video/x-f4v": {
        source: "apache",
        extensions: ["f4v"]
      },
      "video/x-fli": {
        source: "apache",
        extensions: ["fli"]
      },
      "video/x-flv": {
        source: "apache",
        compressible: false,
        extensions: ["flv"]
      },
      "video/x-m4v": {
        source: "apache",
        extensions: ["m4v"]
      },
      "video/x-matroska": {
        source: "apache",
        compressible: false,
        extensions: ["mkv", "mk3d", "mks"]
      },
      "video/x-mng": {
        source: "apache",
        extensions: ["mng"]
      },
      "video/x-ms-asf": {
        source: "apache",
        extensions: ["asf", "asx"]
      },
      "video/x-ms-vob": {
        source: "apache",
        extensions: ["vob"]
      },
      "video/x-ms-wm": {
        source: "apache",
        extensions: ["wm"]
      },
      "video/x-ms-wmv": {
        source: "apache",
        compressible: false,
        extensions: ["wmv"]
      },
      "video/x-ms-wmx": {
        source: "apache",
        extensions: ["wmx"]
      },
      "video/x-ms-wvx": {
        source: "apache",
        extensions: ["wvx"]
      },
      "video/x-msvideo": {
        source: "apache",
        extensions: ["avi"]
      },
      "video/x-sgi-movie": {
        source: "apache",
        extensions: ["movie"]
      },
      "video/x-smv": {
        source: "apache",
        extensions: ["smv"]
      },
      "x-conference/x-cooltalk": {
        source: "apache",
        extensions: ["ice"]
      },
      "x-shader/x-fragment": {
        compressible: true
      },
      "x-shader/x-vertex": {
        compressible: true
      }
    };
  }
});

// node_modules/accepts/node_modules/mime-db/index.js
var require_mime_db = __commonJS({
  "node_modules/accepts/node_modules/mime-db/index.js"(exports2, module2) {
    module2.exports = require_db();
  }
});

// node_modules/accepts/node_modules/mime-types/index.js
var require_mime_types = __commonJS({
  "node_modules/accepts/node_modules/mime-types/index.js"(exports2) {
    "use strict";
    var db = require_mime_db();
    var extname = __require("path").extname;
    var EXTRACT_TYPE_REGEXP = /^\s*([^;\s]*)(?:;|\s|$)/;
    var TEXT_TYPE_REGEXP = /^text\//i;
    exports2.charset = charset;
    exports2.charsets = { lookup: charset };
    exports2.contentType = contentType;
    exports2.extension = extension;
    exports2.extensions = /* @__PURE__ */ Object.create(null);
    exports2.lookup = lookup;
    exports2.types = /* @__PURE__ */ Object.create(null);
    populateMaps(exports2.extensions, exports2.types);
    function charset(type) {
      if (!type || typeof type !== "string") {
        return false;
      }
      var match = EXTRACT_TYPE_REGEXP.exec(type);
      var mime = match && db[match[1].toLowerCase()];
      if (mime && mime.charset) {
        return mime.charset;
      }
      if (match && TEXT_TYPE_REGEXP.test(match[1])) {
        return "UTF-8";
      }
      return false;
    }
    function contentType(str) {
      if (!str || typeof str !== "string") {
        return false;
      }
      var mime = str.indexOf("/") === -1 ? exports2.lookup(str) : str;
      if (!mime) {
        return false;
      }
      if (mime.indexOf("charset") === -1) {
        var charset2 = exports2.charset(mime);
        if (charset2) mime += "; charset=" + charset2.toLowerCase();
      }
      return mime;
    }
    function extension(type) {
      if (!type || typeof type !== "string") {
        return false;
      }
      var match = EXTRACT_TYPE_REGEXP.exec(type);
      var exts = match && exports2.extensions[match[1].toLowerCase()];
      if (!exts || !exts.length) {
        return false;
      }
      return exts[0];
    }
    function lookup(path9) {
      if (!path9 || typeof path9 !== "string") {
        return false;
      }
      var extension2 = extname("x." + path9).toLowerCase().substr(1);
      if (!extension2) {
        return false;
      }
      return exports2.types[extension2] || false;
    }
    function populateMaps(extensions, types) {
      var preference = ["nginx", "apache", void 0, "iana"];
      Object.keys(db).forEach(function forEachMimeType(type) {
        var mime = db[type];
        var exts = mime.extensions;
        if (!exts || !exts.length) {
          return;
        }
        extensions[type] = exts;
        for (var i = 0; i < exts.length; i++) {
          var extension2 = exts[i];
          if (types[extension2]) {
            var from = preference.indexOf(db[types[extension2]].source);
            var to = preference.indexOf(mime.source);
            if (types[extension2] !== "application/octet-stream" && (from > to || from === to && types[extension2].substr(0, 12) === "application/")) {
              continue;
            }
          }
          types[extension2] = type;
        }
      });
    }
  }
});

// node_modules/accepts/index.js
var require_accepts = __commonJS({
  "node_modules/accepts/index.js"(exports2, module2) {
    "use strict";
    var Negotiator = require_negotiator();
    var mime = require_mime_types();
    module2.exports = Accepts;
    function Accepts(req) {
      if (!(this instanceof Accepts)) {
        return new Accepts(req);
      }
      this.headers = req.headers;
      this.negotiator = new Negotiator(req);
    }
    Accepts.prototype.type = Accepts.prototype.types = function(types_) {
      var types = types_;
      if (types && !Array.isArray(types)) {
        types = new Array(arguments.length);
        for (var i = 0; i < types.length; i++) {
          types[i] = arguments[i];
        }
      }
      if (!types || types.length === 0) {
        return this.negotiator.mediaTypes();
      }
      if (!this.headers.accept) {
        return types[0];
      }
      var mimes = types.map(extToMime);
      var accepts = this.negotiator.mediaTypes(mimes.filter(validMime));
      var first = accepts[0];
      return first ? types[mimes.indexOf(first)] : false;
    };
    Accepts.prototype.encoding = Accepts.prototype.encodings = function(encodings_) {
      var encodings = encodings_;
      if (encodings && !Array.isArray(encodings)) {
        encodings = new Array(arguments.length);
        for (var i = 0; i < encodings.length; i++) {
          encodings[i] = arguments[i];
        }
      }
      if (!encodings || encodings.length === 0) {
        return this.negotiator.encodings();
      }
      return this.negotiator.encodings(encodings)[0] || false;
    };
    Accepts.prototype.charset = Accepts.prototype.charsets = function(charsets_) {
      var charsets = charsets_;
      if (charsets && !Array.isArray(charsets)) {
        charsets = new Array(arguments.length);
        for (var i = 0; i < charsets.length; i++) {
          charsets[i] = arguments[i];
        }
      }
      if (!charsets || charsets.length === 0) {
        return this.negotiator.charsets();
      }
      return this.negotiator.charsets(charsets)[0] || false;
    };
    Accepts.prototype.lang = Accepts.prototype.langs = Accepts.prototype.language = Accepts.prototype.languages = function(languages_) {
      var languages = languages_;
      if (languages && !Array.isArray(languages)) {
        languages = new Array(arguments.length);
        for (var i = 0; i < languages.length; i++) {
          languages[i] = arguments[i];
        }
      }
      if (!languages || languages.length === 0) {
        return this.negotiator.languages();
      }
      return this.negotiator.languages(languages)[0] || false;
    };
    function extToMime(type) {
      return type.indexOf("/") === -1 ? mime.lookup(type) : type;
    }
    function validMime(type) {
      return typeof type === "string";
    }
  }
});

// node_modules/koa/node_modules/content-type/index.js
var require_content_type = __commonJS({
  "node_modules/koa/node_modules/content-type/index.js"(exports2) {
    "use strict";
    var PARAM_REGEXP = /; *([!#$%&'*+.^_`|~0-9A-Za-z-]+) *= *("(?:[\u000b\u0020\u0021\u0023-\u005b\u005d-\u007e\u0080-\u00ff]|\\[\u000b\u0020-\u00ff])*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+) */g;
    var TEXT_REGEXP = /^[\u000b\u0020-\u007e\u0080-\u00ff]+$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QESC_REGEXP = /\\([\u000b\u0020-\u00ff])/g;
    var QUOTE_REGEXP = /([\\"])/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    exports2.format = format;
    exports2.parse = parse;
    function format(obj) {
      if (!obj || typeof obj !== "object") {
        throw new TypeError("argument obj is required");
      }
      var parameters = obj.parameters;
      var type = obj.type;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError("invalid type");
      }
      var string = type;
      if (parameters && typeof parameters === "object") {
        var param;
        var params = Object.keys(parameters).sort();
        for (var i = 0; i < params.length; i++) {
          param = params[i];
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError("invalid parameter name");
          }
          string += "; " + param + "=" + qstring(parameters[param]);
        }
      }
      return string;
    }
    function parse(string) {
      if (!string) {
        throw new TypeError("argument string is required");
      }
      var header = typeof string === "object" ? getcontenttype(string) : string;
      if (typeof header !== "string") {
        throw new TypeError("argument string is required to be a string");
      }
      var index2 = header.indexOf(";");
      var type = index2 !== -1 ? header.slice(0, index2).trim() : header.trim();
      if (!TYPE_REGEXP.test(type)) {
        throw new TypeError("invalid media type");
      }
      var obj = new ContentType(type.toLowerCase());
      if (index2 !== -1) {
        var key;
        var match;
        var value;
        PARAM_REGEXP.lastIndex = index2;
        while (match = PARAM_REGEXP.exec(header)) {
          if (match.index !== index2) {
            throw new TypeError("invalid parameter format");
          }
          index2 += match[0].length;
          key = match[1].toLowerCase();
          value = match[2];
          if (value.charCodeAt(0) === 34) {
            value = value.slice(1, -1);
            if (value.indexOf("\\") !== -1) {
              value = value.replace(QESC_REGEXP, "$1");
            }
          }
          obj.parameters[key] = value;
        }
        if (index2 !== header.length) {
          throw new TypeError("invalid parameter format");
        }
      }
      return obj;
    }
    function getcontenttype(obj) {
      var header;
      if (typeof obj.getHeader === "function") {
        header = obj.getHeader("content-type");
      } else if (typeof obj.headers === "object") {
        header = obj.headers && obj.headers["content-type"];
      }
      if (typeof header !== "string") {
        throw new TypeError("content-type header is missing from object");
      }
      return header;
    }
    function qstring(val) {
      var str = String(val);
      if (TOKEN_REGEXP.test(str)) {
        return str;
      }
      if (str.length > 0 && !TEXT_REGEXP.test(str)) {
        throw new TypeError("invalid parameter value");
      }
      return '"' + str.replace(QUOTE_REGEXP, "\\$1") + '"';
    }
    function ContentType(type) {
      this.parameters = /* @__PURE__ */ Object.create(null);
      this.type = type;
    }
  }
});

// node_modules/parseurl/index.js
var require_parseurl = __commonJS({
  "node_modules/parseurl/index.js"(exports2, module2) {
    "use strict";
    var url = __require("url");
    var parse = url.parse;
    var Url = url.Url;
    module2.exports = parseurl;
    module2.exports.original = originalurl;
    function parseurl(req) {
      var url2 = req.url;
      if (url2 === void 0) {
        return void 0;
      }
      var parsed = req._parsedUrl;
      if (fresh(url2, parsed)) {
        return parsed;
      }
      parsed = fastparse(url2);
      parsed._raw = url2;
      return req._parsedUrl = parsed;
    }
    function originalurl(req) {
      var url2 = req.originalUrl;
      if (typeof url2 !== "string") {
        return parseurl(req);
      }
      var parsed = req._parsedOriginalUrl;
      if (fresh(url2, parsed)) {
        return parsed;
      }
      parsed = fastparse(url2);
      parsed._raw = url2;
      return req._parsedOriginalUrl = parsed;
    }
    function fastparse(str) {
      if (typeof str !== "string" || str.charCodeAt(0) !== 47) {
        return parse(str);
      }
      var pathname = str;
      var query = null;
      var search = null;
      for (var i = 1; i < str.length; i++) {
        switch (str.charCodeAt(i)) {
          case 63:
            if (search === null) {
              pathname = str.substring(0, i);
              query = str.substring(i + 1);
              search = str.substring(i);
            }
            break;
          case 9:
          /* \t */
          case 10:
          /* \n */
          case 12:
          /* \f */
          case 13:
          /* \r */
          case 32:
          /*    */
          case 35:
          /* #  */
          case 160:
          case 65279:
            return parse(str);
        }
      }
      var url2 = Url !== void 0 ? new Url() : {};
      url2.path = str;
      url2.href = str;
      url2.pathname = pathname;
      if (search !== null) {
        url2.query = query;
        url2.search = search;
      }
      return url2;
    }
    function fresh(url2, parsedUrl) {
      return typeof parsedUrl === "object" && parsedUrl !== null && (Url === void 0 || parsedUrl instanceof Url) && parsedUrl._raw === url2;
    }
  }
});

// node_modules/koa/lib/search-params.js
var require_search_params = __commonJS({
  "node_modules/koa/lib/search-params.js"(exports2, module2) {
    var URLSearchParams2 = __require("url").URLSearchParams;
    module2.exports = {
      stringify: (obj) => {
        const searchParams = new URLSearchParams2();
        const addKey = (k, v, params) => {
          const val = typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : "";
          params.append(k, val);
        };
        for (const [key, value] of Object.entries(obj)) {
          if (Array.isArray(value)) {
            const lgth = value.length;
            for (let i = 0; i < lgth; i++) {
              addKey(key, value[i], searchParams);
            }
          } else {
            addKey(key, value, searchParams);
          }
        }
        return searchParams.toString();
      },
      parse: (str) => {
        const searchParams = new URLSearchParams2(str);
        const obj = {};
        for (const key of searchParams.keys()) {
          const values = searchParams.getAll(key);
          const value = values.length <= 1 ? values[0] : values;
          Object.defineProperty(obj, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
        return obj;
      }
    };
  }
});

// node_modules/type-is/node_modules/content-type/dist/index.js
var require_dist = __commonJS({
  "node_modules/type-is/node_modules/content-type/dist/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.format = format;
    exports2.parse = parse;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QUOTE_REGEXP = /[\\"]/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
    function format(obj) {
      const { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
      }
      let result = type;
      if (parameters) {
        for (const param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError(`Invalid parameter name: ${param}`);
          }
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      }
      return result;
    }
    function parse(header, options) {
      const stopChar = options?.comma === true ? COMMA : 65536;
      const len = header.length;
      let index2 = skipOWS(header, options?.start ?? 0, len);
      const valueStart = index2;
      index2 = skipValue(header, index2, len, stopChar);
      const valueEnd = trailingOWS(header, valueStart, index2);
      const type = header.slice(valueStart, valueEnd).toLowerCase();
      if (options?.parameters === false) {
        return { type, index: index2, parameters: new NullObject() };
      }
      return parseParameters(header, type, index2, len, stopChar);
    }
    var SP = 32;
    var HTAB = 9;
    var SEMI = 59;
    var EQ = 61;
    var DQUOTE = 34;
    var BSLASH = 92;
    var COMMA = 44;
    function parseParameters(header, type, index2, len, stopChar) {
      const parameters = new NullObject();
      parameter: while (index2 < len) {
        if (header.charCodeAt(index2) === stopChar)
          break;
        index2 = skipOWS(header, index2 + 1, len);
        const keyStart = index2;
        while (index2 < len) {
          const code = header.charCodeAt(index2);
          if (code === stopChar)
            break parameter;
          if (code === SEMI)
            continue parameter;
          if (code === EQ) {
            const keyEnd = trailingOWS(header, keyStart, index2);
            const key = header.slice(keyStart, keyEnd).toLowerCase();
            index2 = skipOWS(header, index2 + 1, len);
            if (index2 < len && header.charCodeAt(index2) === DQUOTE) {
              index2++;
              let value = "";
              while (index2 < len) {
                const code2 = header.charCodeAt(index2++);
                if (code2 === DQUOTE) {
                  index2 = skipValue(header, index2, len, stopChar);
                  if (parameters[key] === void 0)
                    parameters[key] = value;
                  break;
                }
                if (code2 === BSLASH && index2 < len) {
                  value += header[index2++];
                  continue;
                }
                value += String.fromCharCode(code2);
              }
              continue parameter;
            }
            const valueStart = index2;
            index2 = skipValue(header, index2, len, stopChar);
            if (parameters[key] === void 0) {
              const valueEnd = trailingOWS(header, valueStart, index2);
              parameters[key] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index2++;
        }
      }
      return { type, index: index2, parameters };
    }
    function skipValue(str, index2, len, stopChar) {
      while (index2 < len) {
        const code = str.charCodeAt(index2);
        if (code === SEMI || code === stopChar)
          break;
        index2++;
      }
      return index2;
    }
    function skipOWS(header, index2, len) {
      while (index2 < len) {
        const char = header.charCodeAt(index2);
        if (char !== SP && char !== HTAB)
          break;
        index2++;
      }
      return index2;
    }
    function trailingOWS(header, start, end) {
      while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str) {
      if (TOKEN_REGEXP.test(str))
        return str;
      if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str}`);
    }
  }
});

// node_modules/mime-db/db.json
var require_db2 = __commonJS({
  "node_modules/mime-db/db.json"(exports2, module2) {
    module2.exports = {
      "application/1d-interleaved-parityfec": {
        source: "iana"
      },
      "application/3gpdash-qoe-report+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/3gpp-ims+xml": {
        source: "iana",
        compressible: true
      },
      "application/3gpphal+json": {
        source: "iana",
        compressible: true
      },
      "application/3gpphalforms+json": {
        source: "iana",
        compressible: true
      },
      "application/a2l": {
        source: "iana"
      },
      "application/ace+cbor": {
        source: "iana"
      },
      "application/ace+json": {
        source: "iana",
        compressible: true
      },
      "application/ace-groupcomm+cbor": {
        source: "iana"
      },
      "application/ace-trl+cbor": {
        source: "iana"
      },
      "application/activemessage": {
        source: "iana"
      },
      "application/activity+json": {
        source: "iana",
        compressible: true
      },
      "application/aif+cbor": {
        source: "iana"
      },
      "application/aif+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-cdni+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-cdnifilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-costmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-costmapfilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-directory+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointcost+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointcostparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointprop+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointpropparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-error+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-networkmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-networkmapfilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-propmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-propmapparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-tips+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-tipsparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-updatestreamcontrol+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-updatestreamparams+json": {
        source: "iana",
        compressible: true
      },
      "application/aml": {
        source: "iana"
      },
      "application/andrew-inset": {
        source: "iana",
        extensions: ["ez"]
      },
      "application/appinstaller": {
        compressible: false,
        extensions: ["appinstaller"]
      },
      "application/applefile": {
        source: "iana"
      },
      "application/applixware": {
        source: "apache",
        extensions: ["aw"]
      },
      "application/appx": {
        compressible: false,
        extensions: ["appx"]
      },
      "application/appxbundle": {
        compressible: false,
        extensions: ["appxbundle"]
      },
      "application/at+jwt": {
        source: "iana"
      },
      "application/atf": {
        source: "iana"
      },
      "application/atfx": {
        source: "iana"
      },
      "application/atom+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atom"]
      },
      "application/atomcat+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomcat"]
      },
      "application/atomdeleted+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomdeleted"]
      },
      "application/atomicmail": {
        source: "iana"
      },
      "application/atomsvc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomsvc"]
      },
      "application/atsc-dwd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dwd"]
      },
      "application/atsc-dynamic-event-message": {
        source: "iana"
      },
      "application/atsc-held+xml": {
        source: "iana",
        compressible: true,
        extensions: ["held"]
      },
      "application/atsc-rdt+json": {
        source: "iana",
        compressible: true
      },
      "application/atsc-rsat+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rsat"]
      },
      "application/atxml": {
        source: "iana"
      },
      "application/auth-policy+xml": {
        source: "iana",
        compressible: true
      },
      "application/automationml-aml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["aml"]
      },
      "application/automationml-amlx+zip": {
        source: "iana",
        compressible: false,
        extensions: ["amlx"]
      },
      "application/bacnet-xdd+zip": {
        source: "iana",
        compressible: false
      },
      "application/batch-smtp": {
        source: "iana"
      },
      "application/bdoc": {
        compressible: false,
        extensions: ["bdoc"]
      },
      "application/beep+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/bufr": {
        source: "iana"
      },
      "application/c2pa": {
        source: "iana"
      },
      "application/calendar+json": {
        source: "iana",
        compressible: true
      },
      "application/calendar+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xcs"]
      },
      "application/call-completion": {
        source: "iana"
      },
      "application/cals-1840": {
        source: "iana"
      },
      "application/captive+json": {
        source: "iana",
        compressible: true
      },
      "application/cbor": {
        source: "iana"
      },
      "application/cbor-seq": {
        source: "iana"
      },
      "application/cccex": {
        source: "iana"
      },
      "application/ccmp+xml": {
        source: "iana",
        compressible: true
      },
      "application/ccxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ccxml"]
      },
      "application/cda+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/cdfx+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cdfx"]
      },
      "application/cdmi-capability": {
        source: "iana",
        extensions: ["cdmia"]
      },
      "application/cdmi-container": {
        source: "iana",
        extensions: ["cdmic"]
      },
      "application/cdmi-domain": {
        source: "iana",
        extensions: ["cdmid"]
      },
      "application/cdmi-object": {
        source: "iana",
        extensions: ["cdmio"]
      },
      "application/cdmi-queue": {
        source: "iana",
        extensions: ["cdmiq"]
      },
      "application/cdni": {
        source: "iana"
      },
      "application/ce+cbor": {
        source: "iana"
      },
      "application/cea": {
        source: "iana"
      },
      "application/cea-2018+xml": {
        source: "iana",
        compressible: true
      },
      "application/cellml+xml": {
        source: "iana",
        compressible: true
      },
      "application/cfw": {
        source: "iana"
      },
      "application/cid-edhoc+cbor-seq": {
        source: "iana"
      },
      "application/city+json": {
        source: "iana",
        compressible: true
      },
      "application/city+json-seq": {
        source: "iana"
      },
      "application/clr": {
        source: "iana"
      },
      "application/clue+xml": {
        source: "iana",
        compressible: true
      },
      "application/clue_info+xml": {
        source: "iana",
        compressible: true
      },
      "application/cms": {
        source: "iana"
      },
      "application/cnrp+xml": {
        source: "iana",
        compressible: true
      },
      "application/coap-eap": {
        source: "iana"
      },
      "application/coap-group+json": {
        source: "iana",
        compressible: true
      },
      "application/coap-payload": {
        source: "iana"
      },
      "application/commonground": {
        source: "iana"
      },
      "application/concise-problem-details+cbor": {
        source: "iana"
      },
      "application/conference-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/cose": {
        source: "iana"
      },
      "application/cose-key": {
        source: "iana"
      },
      "application/cose-key-set": {
        source: "iana"
      },
      "application/cose-x509": {
        source: "iana"
      },
      "application/cpl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cpl"]
      },
      "application/csrattrs": {
        source: "iana"
      },
      "application/csta+xml": {
        source: "iana",
        compressible: true
      },
      "application/cstadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/csvm+json": {
        source: "iana",
        compressible: true
      },
      "application/cu-seeme": {
        source: "apache",
        extensions: ["cu"]
      },
      "application/cwl": {
        source: "iana",
        extensions: ["cwl"]
      },
      "application/cwl+json": {
        source: "iana",
        compressible: true
      },
      "application/cwl+yaml": {
        source: "iana"
      },
      "application/cwt": {
        source: "iana"
      },
      "application/cybercash": {
        source: "iana"
      },
      "application/dart": {
        compressible: true
      },
      "application/dash+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpd"]
      },
      "application/dash-patch+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpp"]
      },
      "application/dashdelta": {
        source: "iana"
      },
      "application/davmount+xml": {
        source: "iana",
        compressible: true,
        extensions: ["davmount"]
      },
      "application/dca-rft": {
        source: "iana"
      },
      "application/dcd": {
        source: "iana"
      },
      "application/dec-dx": {
        source: "iana"
      },
      "application/dialog-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/dicom": {
        source: "iana",
        extensions: ["dcm"]
      },
      "application/dicom+json": {
        source: "iana",
        compressible: true
      },
      "application/dicom+xml": {
        source: "iana",
        compressible: true
      },
      "application/dii": {
        source: "iana"
      },
      "application/dit": {
        source: "iana"
      },
      "application/dns": {
        source: "iana"
      },
      "application/dns+json": {
        source: "iana",
        compressible: true
      },
      "application/dns-message": {
        source: "iana"
      },
      "application/docbook+xml": {
        source: "apache",
        compressible: true,
        extensions: ["dbk"]
      },
      "application/dots+cbor": {
        source: "iana"
      },
      "application/dpop+jwt": {
        source: "iana"
      },
      "application/dskpp+xml": {
        source: "iana",
        compressible: true
      },
      "application/dssc+der": {
        source: "iana",
        extensions: ["dssc"]
      },
      "application/dssc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdssc"]
      },
      "application/dvcs": {
        source: "iana"
      },
      "application/eat+cwt": {
        source: "iana"
      },
      "application/eat+jwt": {
        source: "iana"
      },
      "application/eat-bun+cbor": {
        source: "iana"
      },
      "application/eat-bun+json": {
        source: "iana",
        compressible: true
      },
      "application/eat-ucs+cbor": {
        source: "iana"
      },
      "application/eat-ucs+json": {
        source: "iana",
        compressible: true
      },
      "application/ecmascript": {
        source: "apache",
        compressible: true,
        extensions: ["ecma"]
      },
      "application/edhoc+cbor-seq": {
        source: "iana"
      },
      "application/edi-consent": {
        source: "iana"
      },
      "application/edi-x12": {
        source: "iana",
        compressible: false
      },
      "application/edifact": {
        source: "iana",
        compressible: false
      },
      "application/efi": {
        source: "iana"
      },
      "application/elm+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/elm+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.cap+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/emergencycalldata.comment+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.control+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.deviceinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.ecall.msd": {
        source: "iana"
      },
      "application/emergencycalldata.legacyesn+json": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.providerinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.serviceinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.subscriberinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.veds+xml": {
        source: "iana",
        compressible: true
      },
      "application/emma+xml": {
        source: "iana",
        compressible: true,
        extensions: ["emma"]
      },
      "application/emotionml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["emotionml"]
      },
      "application/encaprtp": {
        source: "iana"
      },
      "application/entity-statement+jwt": {
        source: "iana"
      },
      "application/epp+xml": {
        source: "iana",
        compressible: true
      },
      "application/epub+zip": {
        source: "iana",
        compressible: false,
        extensions: ["epub"]
      },
      "application/eshop": {
        source: "iana"
      },
      "application/exi": {
        source: "iana",
        extensions: ["exi"]
      },
      "application/expect-ct-report+json": {
        source: "iana",
        compressible: true
      },
      "application/express": {
        source: "iana",
        extensions: ["exp"]
      },
      "application/fastinfoset": {
        source: "iana"
      },
      "application/fastsoap": {
        source: "iana"
      },
      "application/fdf": {
        source: "iana",
        extensions: ["fdf"]
      },
      "application/fdt+xml": {
        source: "iana",
        compressible: true,
        extensions: ["fdt"]
      },
      "application/fhir+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/fhir+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/fido.trusted-apps+json": {
        compressible: true
      },
      "application/fits": {
        source: "iana"
      },
      "application/flexfec": {
        source: "iana"
      },
      "application/font-sfnt": {
        source: "iana"
      },
      "application/font-tdpfr": {
        source: "iana",
        extensions: ["pfr"]
      },
      "application/font-woff": {
        source: "iana",
        compressible: false
      },
      "application/framework-attributes+xml": {
        source: "iana",
        compressible: true
      },
      "application/geo+json": {
        source: "iana",
        compressible: true,
        extensions: ["geojson"]
      },
      "application/geo+json-seq": {
        source: "iana"
      },
      "application/geopackage+sqlite3": {
        source: "iana"
      },
      "application/geopose+json": {
        source: "iana",
        compressible: true
      },
      "application/geoxacml+json": {
        source: "iana",
        compressible: true
      },
      "application/geoxacml+xml": {
        source: "iana",
        compressible: true
      },
      "application/gltf-buffer": {
        source: "iana"
      },
      "application/gml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["gml"]
      },
      "application/gnap-binding-jws": {
        source: "iana"
      },
      "application/gnap-binding-jwsd": {
        source: "iana"
      },
      "application/gnap-binding-rotation-jws": {
        source: "iana"
      },
      "application/gnap-binding-rotation-jwsd": {
        source: "iana"
      },
      "application/gpx+xml": {
        source: "apache",
        compressible: true,
        extensions: ["gpx"]
      },
      "application/grib": {
        source: "iana"
      },
      "application/gxf": {
        source: "apache",
        extensions: ["gxf"]
      },
      "application/gzip": {
        source: "iana",
        compressible: false,
        extensions: ["gz"]
      },
      "application/h224": {
        source: "iana"
      },
      "application/held+xml": {
        source: "iana",
        compressible: true
      },
      "application/hjson": {
        extensions: ["hjson"]
      },
      "application/hl7v2+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/http": {
        source: "iana"
      },
      "application/hyperstudio": {
        source: "iana",
        extensions: ["stk"]
      },
      "application/ibe-key-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/ibe-pkg-reply+xml": {
        source: "iana",
        compressible: true
      },
      "application/ibe-pp-data": {
        source: "iana"
      },
      "application/iges": {
        source: "iana"
      },
      "application/im-iscomposing+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/index": {
        source: "iana"
      },
      "application/index.cmd": {
        source: "iana"
      },
      "application/index.obj": {
        source: "iana"
      },
      "application/index.response": {
        source: "iana"
      },
      "application/index.vnd": {
        source: "iana"
      },
      "application/inkml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ink", "inkml"]
      },
      "application/iotp": {
        source: "iana"
      },
      "application/ipfix": {
        source: "iana",
        extensions: ["ipfix"]
      },
      "application/ipp": {
        source: "iana"
      },
      "application/isup": {
        source: "iana"
      },
      "application/its+xml": {
        source: "iana",
        compressible: true,
        extensions: ["its"]
      },
      "application/java-archive": {
        source: "iana",
        compressible: false,
        extensions: ["jar", "war", "ear"]
      },
      "application/java-serialized-object": {
        source: "apache",
        compressible: false,
        extensions: ["ser"]
      },
      "application/java-vm": {
        source: "apache",
        compressible: false,
        extensions: ["class"]
      },
      "application/javascript": {
        source: "apache",
        charset: "UTF-8",
        compressible: true,
        extensions: ["js"]
      },
      "application/jf2feed+json": {
        source: "iana",
        compressible: true
      },
      "application/jose": {
        source: "iana"
      },
      "application/jose+json": {
        source: "iana",
        compressible: true
      },
      "application/jrd+json": {
        source: "iana",
        compressible: true
      },
      "application/jscalendar+json": {
        source: "iana",
        compressible: true
      },
      "application/jscontact+json": {
        source: "iana",
        compressible: true
      },
      "application/json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["json", "map"]
      },
      "application/json-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/json-seq": {
        source: "iana"
      },
      "application/json5": {
        extensions: ["json5"]
      },
      "application/jsonml+json": {
        source: "apache",
        compressible: true,
        extensions: ["jsonml"]
      },
      "application/jsonpath": {
        source: "iana"
      },
      "application/jwk+json": {
        source: "iana",
        compressible: true
      },
      "application/jwk-set+json": {
        source: "iana",
        compressible: true
      },
      "application/jwk-set+jwt": {
        source: "iana"
      },
      "application/jwt": {
        source: "iana"
      },
      "application/kpml-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/kpml-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/ld+json": {
        source: "iana",
        compressible: true,
        extensions: ["jsonld"]
      },
      "application/lgr+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lgr"]
      },
      "application/link-format": {
        source: "iana"
      },
      "application/linkset": {
        source: "iana"
      },
      "application/linkset+json": {
        source: "iana",
        compressible: true
      },
      "application/load-control+xml": {
        source: "iana",
        compressible: true
      },
      "application/logout+jwt": {
        source: "iana"
      },
      "application/lost+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lostxml"]
      },
      "application/lostsync+xml": {
        source: "iana",
        compressible: true
      },
      "application/lpf+zip": {
        source: "iana",
        compressible: false
      },
      "application/lxf": {
        source: "iana"
      },
      "application/mac-binhex40": {
        source: "iana",
        extensions: ["hqx"]
      },
      "application/mac-compactpro": {
        source: "apache",
        extensions: ["cpt"]
      },
      "application/macwriteii": {
        source: "iana"
      },
      "application/mads+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mads"]
      },
      "application/manifest+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["webmanifest"]
      },
      "application/marc": {
        source: "iana",
        extensions: ["mrc"]
      },
      "application/marcxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mrcx"]
      },
      "application/mathematica": {
        source: "iana",
        extensions: ["ma", "nb", "mb"]
      },
      "application/mathml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mathml"]
      },
      "application/mathml-content+xml": {
        source: "iana",
        compressible: true
      },
      "application/mathml-presentation+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-associated-procedure-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-deregister+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-envelope+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-msk+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-msk-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-protection-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-reception-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-register+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-register-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-schedule+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-user-service-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbox": {
        source: "iana",
        extensions: ["mbox"]
      },
      "application/media-policy-dataset+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpf"]
      },
      "application/media_control+xml": {
        source: "iana",
        compressible: true
      },
      "application/mediaservercontrol+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mscml"]
      },
      "application/merge-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/metalink+xml": {
        source: "apache",
        compressible: true,
        extensions: ["metalink"]
      },
      "application/metalink4+xml": {
        source: "iana",
        compressible: true,
        extensions: ["meta4"]
      },
      "application/mets+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mets"]
      },
      "application/mf4": {
        source: "iana"
      },
      "application/mikey": {
        source: "iana"
      },
      "application/mipc": {
        source: "iana"
      },
      "application/missing-blocks+cbor-seq": {
        source: "iana"
      },
      "application/mmt-aei+xml": {
        source: "iana",
        compressible: true,
        extensions: ["maei"]
      },
      "application/mmt-usd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["musd"]
      },
      "application/mods+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mods"]
      },
      "application/moss-keys": {
        source: "iana"
      },
      "application/moss-signature": {
        source: "iana"
      },
      "application/mosskey-data": {
        source: "iana"
      },
      "application/mosskey-request": {
        source: "iana"
      },
      "application/mp21": {
        source: "iana",
        extensions: ["m21", "mp21"]
      },
      "application/mp4": {
        source: "iana",
        extensions: ["mp4", "mpg4", "mp4s", "m4p"]
      },
      "application/mpeg4-generic": {
        source: "iana"
      },
      "application/mpeg4-iod": {
        source: "iana"
      },
      "application/mpeg4-iod-xmt": {
        source: "iana"
      },
      "application/mrb-consumer+xml": {
        source: "iana",
        compressible: true
      },
      "application/mrb-publish+xml": {
        source: "iana",
        compressible: true
      },
      "application/msc-ivr+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/msc-mixer+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/msix": {
        compressible: false,
        extensions: ["msix"]
      },
      "application/msixbundle": {
        compressible: false,
        extensions: ["msixbundle"]
      },
      "application/msword": {
        source: "iana",
        compressible: false,
        extensions: ["doc", "dot"]
      },
      "application/mud+json": {
        source: "iana",
        compressible: true
      },
      "application/multipart-core": {
        source: "iana"
      },
      "application/mxf": {
        source: "iana",
        extensions: ["mxf"]
      },
      "application/n-quads": {
        source: "iana",
        extensions: ["nq"]
      },
      "application/n-triples": {
        source: "iana",
        extensions: ["nt"]
      },
      "application/nasdata": {
        source: "iana"
      },
      "application/news-checkgroups": {
        source: "iana",
        charset: "US-ASCII"
      },
      "application/news-groupinfo": {
        source: "iana",
        charset: "US-ASCII"
      },
      "application/news-transmission": {
        source: "iana"
      },
      "application/nlsml+xml": {
        source: "iana",
        compressible: true
      },
      "application/node": {
        source: "iana",
        extensions: ["cjs"]
      },
      "application/nss": {
        source: "iana"
      },
      "application/oauth-authz-req+jwt": {
        source: "iana"
      },
      "application/oblivious-dns-message": {
        source: "iana"
      },
      "application/ocsp-request": {
        source: "iana"
      },
      "application/ocsp-response": {
        source: "iana"
      },
      "application/octet-stream": {
        source: "iana",
        compressible: true,
        extensions: ["bin", "dms", "lrf", "mar", "so", "dist", "distz", "pkg", "bpk", "dump", "elc", "deploy", "exe", "dll", "deb", "dmg", "iso", "img", "msi", "msp", "msm", "buffer"]
      },
      "application/oda": {
        source: "iana",
        extensions: ["oda"]
      },
      "application/odm+xml": {
        source: "iana",
        compressible: true
      },
      "application/odx": {
        source: "iana"
      },
      "application/oebps-package+xml": {
        source: "iana",
        compressible: true,
        extensions: ["opf"]
      },
      "application/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["ogx"]
      },
      "application/ohttp-keys": {
        source: "iana"
      },
      "application/omdoc+xml": {
        source: "apache",
        compressible: true,
        extensions: ["omdoc"]
      },
      "application/onenote": {
        source: "apache",
        extensions: ["onetoc", "onetoc2", "onetmp", "onepkg", "one", "onea"]
      },
      "application/opc-nodeset+xml": {
        source: "iana",
        compressible: true
      },
      "application/oscore": {
        source: "iana"
      },
      "application/oxps": {
        source: "iana",
        extensions: ["oxps"]
      },
      "application/p21": {
        source: "iana"
      },
      "application/p21+zip": {
        source: "iana",
        compressible: false
      },
      "application/p2p-overlay+xml": {
        source: "iana",
        compressible: true,
        extensions: ["relo"]
      },
      "application/parityfec": {
        source: "iana"
      },
      "application/passport": {
        source: "iana"
      },
      "application/patch-ops-error+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xer"]
      },
      "application/pdf": {
        source: "iana",
        compressible: false,
        extensions: ["pdf"]
      },
      "application/pdx": {
        source: "iana"
      },
      "application/pem-certificate-chain": {
        source: "iana"
      },
      "application/pgp-encrypted": {
        source: "iana",
        compressible: false,
        extensions: ["pgp"]
      },
      "application/pgp-keys": {
        source: "iana",
        extensions: ["asc"]
      },
      "application/pgp-signature": {
        source: "iana",
        extensions: ["sig", "asc"]
      },
      "application/pics-rules": {
        source: "apache",
        extensions: ["prf"]
      },
      "application/pidf+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/pidf-diff+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/pkcs10": {
        source: "iana",
        extensions: ["p10"]
      },
      "application/pkcs12": {
        source: "iana"
      },
      "application/pkcs7-mime": {
        source: "iana",
        extensions: ["p7m", "p7c"]
      },
      "application/pkcs7-signature": {
        source: "iana",
        extensions: ["p7s"]
      },
      "application/pkcs8": {
        source: "iana",
        extensions: ["p8"]
      },
      "application/pkcs8-encrypted": {
        source: "iana"
      },
      "application/pkix-attr-cert": {
        source: "iana",
        extensions: ["ac"]
      },
      "application/pkix-cert": {
        source: "iana",
        extensions: ["cer"]
      },
      "application/pkix-crl": {
        source: "iana",
        extensions: ["crl"]
      },
      "application/pkix-pkipath": {
        source: "iana",
        extensions: ["pkipath"]
      },
      "application/pkixcmp": {
        source: "iana",
        extensions: ["pki"]
      },
      "application/pls+xml": {
        source: "iana",
        compressible: true,
        extensions: ["pls"]
      },
      "application/poc-settings+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/postscript": {
        source: "iana",
        compressible: true,
        extensions: ["ai", "eps", "ps"]
      },
      "application/ppsp-tracker+json": {
        source: "iana",
        compressible: true
      },
      "application/private-token-issuer-directory": {
        source: "iana"
      },
      "application/private-token-request": {
        source: "iana"
      },
      "application/private-token-response": {
        source: "iana"
      },
      "application/problem+json": {
        source: "iana",
        compressible: true
      },
      "application/problem+xml": {
        source: "iana",
        compressible: true
      },
      "application/provenance+xml": {
        source: "iana",
        compressible: true,
        extensions: ["provx"]
      },
      "application/provided-claims+jwt": {
        source: "iana"
      },
      "application/prs.alvestrand.titrax-sheet": {
        source: "iana"
      },
      "application/prs.cww": {
        source: "iana",
        extensions: ["cww"]
      },
      "application/prs.cyn": {
        source: "iana",
        charset: "7-BIT"
      },
      "application/prs.hpub+zip": {
        source: "iana",
        compressible: false
      },
      "application/prs.implied-document+xml": {
        source: "iana",
        compressible: true
      },
      "application/prs.implied-executable": {
        source: "iana"
      },
      "application/prs.implied-object+json": {
        source: "iana",
        compressible: true
      },
      "application/prs.implied-object+json-seq": {
        source: "iana"
      },
      "application/prs.implied-object+yaml": {
        source: "iana"
      },
      "application/prs.implied-structure": {
        source: "iana"
      },
      "application/prs.mayfile": {
        source: "iana"
      },
      "application/prs.nprend": {
        source: "iana"
      },
      "application/prs.plucker": {
        source: "iana"
      },
      "application/prs.rdf-xml-crypt": {
        source: "iana"
      },
      "application/prs.vcfbzip2": {
        source: "iana"
      },
      "application/prs.xsf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xsf"]
      },
      "application/pskc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["pskcxml"]
      },
      "application/pvd+json": {
        source: "iana",
        compressible: true
      },
      "application/qsig": {
        source: "iana"
      },
      "application/raml+yaml": {
        compressible: true,
        extensions: ["raml"]
      },
      "application/raptorfec": {
        source: "iana"
      },
      "application/rdap+json": {
        source: "iana",
        compressible: true
      },
      "application/rdf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rdf", "owl"]
      },
      "application/reginfo+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rif"]
      },
      "application/relax-ng-compact-syntax": {
        source: "iana",
        extensions: ["rnc"]
      },
      "application/remote-printing": {
        source: "apache"
      },
      "application/reputon+json": {
        source: "iana",
        compressible: true
      },
      "application/resolve-response+jwt": {
        source: "iana"
      },
      "application/resource-lists+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rl"]
      },
      "application/resource-lists-diff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rld"]
      },
      "application/rfc+xml": {
        source: "iana",
        compressible: true
      },
      "application/riscos": {
        source: "iana"
      },
      "application/rlmi+xml": {
        source: "iana",
        compressible: true
      },
      "application/rls-services+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rs"]
      },
      "application/route-apd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rapd"]
      },
      "application/route-s-tsid+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sls"]
      },
      "application/route-usd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rusd"]
      },
      "application/rpki-checklist": {
        source: "iana"
      },
      "application/rpki-ghostbusters": {
        source: "iana",
        extensions: ["gbr"]
      },
      "application/rpki-manifest": {
        source: "iana",
        extensions: ["mft"]
      },
      "application/rpki-publication": {
        source: "iana"
      },
      "application/rpki-roa": {
        source: "iana",
        extensions: ["roa"]
      },
      "application/rpki-signed-tal": {
        source: "iana"
      },
      "application/rpki-updown": {
        source: "iana"
      },
      "application/rsd+xml": {
        source: "apache",
        compressible: true,
        extensions: ["rsd"]
      },
      "application/rss+xml": {
        source: "apache",
        compressible: true,
        extensions: ["rss"]
      },
      "application/rtf": {
        source: "iana",
        compressible: true,
        extensions: ["rtf"]
      },
      "application/rtploopback": {
        source: "iana"
      },
      "application/rtx": {
        source: "iana"
      },
      "application/samlassertion+xml": {
        source: "iana",
        compressible: true
      },
      "application/samlmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/sarif+json": {
        source: "iana",
        compressible: true
      },
      "application/sarif-external-properties+json": {
        source: "iana",
        compressible: true
      },
      "application/sbe": {
        source: "iana"
      },
      "application/sbml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sbml"]
      },
      "application/scaip+xml": {
        source: "iana",
        compressible: true
      },
      "application/scim+json": {
        source: "iana",
        compressible: true
      },
      "application/scvp-cv-request": {
        source: "iana",
        extensions: ["scq"]
      },
      "application/scvp-cv-response": {
        source: "iana",
        extensions: ["scs"]
      },
      "application/scvp-vp-request": {
        source: "iana",
        extensions: ["spq"]
      },
      "application/scvp-vp-response": {
        source: "iana",
        extensions: ["spp"]
      },
      "application/sdp": {
        source: "iana",
        extensions: ["sdp"]
      },
      "application/secevent+jwt": {
        source: "iana"
      },
      "application/senml+cbor": {
        source: "iana"
      },
      "application/senml+json": {
        source: "iana",
        compressible: true
      },
      "application/senml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["senmlx"]
      },
      "application/senml-etch+cbor": {
        source: "iana"
      },
      "application/senml-etch+json": {
        source: "iana",
        compressible: true
      },
      "application/senml-exi": {
        source: "iana"
      },
      "application/sensml+cbor": {
        source: "iana"
      },
      "application/sensml+json": {
        source: "iana",
        compressible: true
      },
      "application/sensml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sensmlx"]
      },
      "application/sensml-exi": {
        source: "iana"
      },
      "application/sep+xml": {
        source: "iana",
        compressible: true
      },
      "application/sep-exi": {
        source: "iana"
      },
      "application/session-info": {
        source: "iana"
      },
      "application/set-payment": {
        source: "iana"
      },
      "application/set-payment-initiation": {
        source: "iana",
        extensions: ["setpay"]
      },
      "application/set-registration": {
        source: "iana"
      },
      "application/set-registration-initiation": {
        source: "iana",
        extensions: ["setreg"]
      },
      "application/sgml": {
        source: "iana"
      },
      "application/sgml-open-catalog": {
        source: "iana"
      },
      "application/shf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["shf"]
      },
      "application/sieve": {
        source: "iana",
        extensions: ["siv", "sieve"]
      },
      "application/simple-filter+xml": {
        source: "iana",
        compressible: true
      },
      "application/simple-message-summary": {
        source: "iana"
      },
      "application/simplesymbolcontainer": {
        source: "iana"
      },
      "application/sipc": {
        source: "iana"
      },
      "application/slate": {
        source: "iana"
      },
      "application/smil": {
        source: "apache"
      },
      "application/smil+xml": {
        source: "iana",
        compressible: true,
        extensions: ["smi", "smil"]
      },
      "application/smpte336m": {
        source: "iana"
      },
      "application/soap+fastinfoset": {
        source: "iana"
      },
      "application/soap+xml": {
        source: "iana",
        compressible: true
      },
      "application/sparql-query": {
        source: "iana",
        extensions: ["rq"]
      },
      "application/sparql-results+xml": {
        source: "iana",
        compressible: true,
        extensions: ["srx"]
      },
      "application/spdx+json": {
        source: "iana",
        compressible: true
      },
      "application/spirits-event+xml": {
        source: "iana",
        compressible: true
      },
      "application/sql": {
        source: "iana",
        extensions: ["sql"]
      },
      "application/srgs": {
        source: "iana",
        extensions: ["gram"]
      },
      "application/srgs+xml": {
        source: "iana",
        compressible: true,
        extensions: ["grxml"]
      },
      "application/sru+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sru"]
      },
      "application/ssdl+xml": {
        source: "apache",
        compressible: true,
        extensions: ["ssdl"]
      },
      "application/sslkeylogfile": {
        source: "iana"
      },
      "application/ssml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ssml"]
      },
      "application/st2110-41": {
        source: "iana"
      },
      "application/stix+json": {
        source: "iana",
        compressible: true
      },
      "application/stratum": {
        source: "iana"
      },
      "application/swid+cbor": {
        source: "iana"
      },
      "application/swid+xml": {
        source: "iana",
        compressible: true,
        extensions: ["swidtag"]
      },
      "application/tamp-apex-update": {
        source: "iana"
      },
      "application/tamp-apex-update-confirm": {
        source: "iana"
      },
      "application/tamp-community-update": {
        source: "iana"
      },
      "application/tamp-community-update-confirm": {
        source: "iana"
      },
      "application/tamp-error": {
        source: "iana"
      },
      "application/tamp-sequence-adjust": {
        source: "iana"
      },
      "application/tamp-sequence-adjust-confirm": {
        source: "iana"
      },
      "application/tamp-status-query": {
        source: "iana"
      },
      "application/tamp-status-response": {
        source: "iana"
      },
      "application/tamp-update": {
        source: "iana"
      },
      "application/tamp-update-confirm": {
        source: "iana"
      },
      "application/tar": {
        compressible: true
      },
      "application/taxii+json": {
        source: "iana",
        compressible: true
      },
      "application/td+json": {
        source: "iana",
        compressible: true
      },
      "application/tei+xml": {
        source: "iana",
        compressible: true,
        extensions: ["tei", "teicorpus"]
      },
      "application/tetra_isi": {
        source: "iana"
      },
      "application/thraud+xml": {
        source: "iana",
        compressible: true,
        extensions: ["tfi"]
      },
      "application/timestamp-query": {
        source: "iana"
      },
      "application/timestamp-reply": {
        source: "iana"
      },
      "application/timestamped-data": {
        source: "iana",
        extensions: ["tsd"]
      },
      "application/tlsrpt+gzip": {
        source: "iana"
      },
      "application/tlsrpt+json": {
        source: "iana",
        compressible: true
      },
      "application/tm+json": {
        source: "iana",
        compressible: true
      },
      "application/tnauthlist": {
        source: "iana"
      },
      "application/toc+cbor": {
        source: "iana"
      },
      "application/token-introspection+jwt": {
        source: "iana"
      },
      "application/toml": {
        source: "iana",
        compressible: true,
        extensions: ["toml"]
      },
      "application/trickle-ice-sdpfrag": {
        source: "iana"
      },
      "application/trig": {
        source: "iana",
        extensions: ["trig"]
      },
      "application/trust-chain+json": {
        source: "iana",
        compressible: true
      },
      "application/trust-mark+jwt": {
        source: "iana"
      },
      "application/trust-mark-delegation+jwt": {
        source: "iana"
      },
      "application/ttml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ttml"]
      },
      "application/tve-trigger": {
        source: "iana"
      },
      "application/tzif": {
        source: "iana"
      },
      "application/tzif-leap": {
        source: "iana"
      },
      "application/ubjson": {
        compressible: false,
        extensions: ["ubj"]
      },
      "application/uccs+cbor": {
        source: "iana"
      },
      "application/ujcs+json": {
        source: "iana",
        compressible: true
      },
      "application/ulpfec": {
        source: "iana"
      },
      "application/urc-grpsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/urc-ressheet+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rsheet"]
      },
      "application/urc-targetdesc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["td"]
      },
      "application/urc-uisocketdesc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vc": {
        source: "iana"
      },
      "application/vc+cose": {
        source: "iana"
      },
      "application/vc+jwt": {
        source: "iana"
      },
      "application/vcard+json": {
        source: "iana",
        compressible: true
      },
      "application/vcard+xml": {
        source: "iana",
        compressible: true
      },
      "application/vemmi": {
        source: "iana"
      },
      "application/vividence.scriptfile": {
        source: "apache"
      },
      "application/vnd.1000minds.decision-model+xml": {
        source: "iana",
        compressible: true,
        extensions: ["1km"]
      },
      "application/vnd.1ob": {
        source: "iana"
      },
      "application/vnd.3gpp-prose+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3a+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3ach+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3ch+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc8+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-v2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.5gnas": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsa2x": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsa2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsv2x": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsv2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.access-transfer-events+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.bsf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.crs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.current-location-discovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.gmop+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.gtpc": {
        source: "iana"
      },
      "application/vnd.3gpp.interworking-data": {
        source: "iana"
      },
      "application/vnd.3gpp.lpp": {
        source: "iana"
      },
      "application/vnd.3gpp.mc-signalling-ear": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-msgstore-ctrl-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-payload": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-signalling": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-floor-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-signed+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-ue-init-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-transmission-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mid-call+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.ngap": {
        source: "iana"
      },
      "application/vnd.3gpp.pfcp": {
        source: "iana"
      },
      "application/vnd.3gpp.pic-bw-large": {
        source: "iana",
        extensions: ["plb"]
      },
      "application/vnd.3gpp.pic-bw-small": {
        source: "iana",
        extensions: ["psb"]
      },
      "application/vnd.3gpp.pic-bw-var": {
        source: "iana",
        extensions: ["pvb"]
      },
      "application/vnd.3gpp.pinapp-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.s1ap": {
        source: "iana"
      },
      "application/vnd.3gpp.seal-group-doc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-network-qos-management-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-ue-config-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-unicast-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-user-profile-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.sms": {
        source: "iana"
      },
      "application/vnd.3gpp.sms+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.srvcc-ext+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.srvcc-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.state-and-event-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.ussd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.v2x": {
        source: "iana"
      },
      "application/vnd.3gpp.vae-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp2.bcmcsinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp2.sms": {
        source: "iana"
      },
      "application/vnd.3gpp2.tcap": {
        source: "iana",
        extensions: ["tcap"]
      },
      "application/vnd.3lightssoftware.imagescal": {
        source: "iana"
      },
      "application/vnd.3m.post-it-notes": {
        source: "iana",
        extensions: ["pwn"]
      },
      "application/vnd.accpac.simply.aso": {
        source: "iana",
        extensions: ["aso"]
      },
      "application/vnd.accpac.simply.imp": {
        source: "iana",
        extensions: ["imp"]
      },
      "application/vnd.acm.addressxfer+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.acm.chatbot+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.acucobol": {
        source: "iana",
        extensions: ["acu"]
      },
      "application/vnd.acucorp": {
        source: "iana",
        extensions: ["atc", "acutc"]
      },
      "application/vnd.adobe.air-application-installer-package+zip": {
        source: "apache",
        compressible: false,
        extensions: ["air"]
      },
      "application/vnd.adobe.flash.movie": {
        source: "iana"
      },
      "application/vnd.adobe.formscentral.fcdt": {
        source: "iana",
        extensions: ["fcdt"]
      },
      "application/vnd.adobe.fxp": {
        source: "iana",
        extensions: ["fxp", "fxpl"]
      },
      "application/vnd.adobe.partial-upload": {
        source: "iana"
      },
      "application/vnd.adobe.xdp+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdp"]
      },
      "application/vnd.adobe.xfdf": {
        source: "apache",
        extensions: ["xfdf"]
      },
      "application/vnd.aether.imp": {
        source: "iana"
      },
      "application/vnd.afpc.afplinedata": {
        source: "iana"
      },
      "application/vnd.afpc.afplinedata-pagedef": {
        source: "iana"
      },
      "application/vnd.afpc.cmoca-cmresource": {
        source: "iana"
      },
      "application/vnd.afpc.foca-charset": {
        source: "iana"
      },
      "application/vnd.afpc.foca-codedfont": {
        source: "iana"
      },
      "application/vnd.afpc.foca-codepage": {
        source: "iana"
      },
      "application/vnd.afpc.modca": {
        source: "iana"
      },
      "application/vnd.afpc.modca-cmtable": {
        source: "iana"
      },
      "application/vnd.afpc.modca-formdef": {
        source: "iana"
      },
      "application/vnd.afpc.modca-mediummap": {
        source: "iana"
      },
      "application/vnd.afpc.modca-objectcontainer": {
        source: "iana"
      },
      "application/vnd.afpc.modca-overlay": {
        source: "iana"
      },
      "application/vnd.afpc.modca-pagesegment": {
        source: "iana"
      },
      "application/vnd.age": {
        source: "iana",
        extensions: ["age"]
      },
      "application/vnd.ah-barcode": {
        source: "apache"
      },
      "application/vnd.ahead.space": {
        source: "iana",
        extensions: ["ahead"]
      },
      "application/vnd.airzip.filesecure.azf": {
        source: "iana",
        extensions: ["azf"]
      },
      "application/vnd.airzip.filesecure.azs": {
        source: "iana",
        extensions: ["azs"]
      },
      "application/vnd.amadeus+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.amazon.ebook": {
        source: "apache",
        extensions: ["azw"]
      },
      "application/vnd.amazon.mobi8-ebook": {
        source: "iana"
      },
      "application/vnd.americandynamics.acc": {
        source: "iana",
        extensions: ["acc"]
      },
      "application/vnd.amiga.ami": {
        source: "iana",
        extensions: ["ami"]
      },
      "application/vnd.amundsen.maze+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.android.ota": {
        source: "iana"
      },
      "application/vnd.android.package-archive": {
        source: "apache",
        compressible: false,
        extensions: ["apk"]
      },
      "application/vnd.anki": {
        source: "iana"
      },
      "application/vnd.anser-web-certificate-issue-initiation": {
        source: "iana",
        extensions: ["cii"]
      },
      "application/vnd.anser-web-funds-transfer-initiation": {
        source: "apache",
        extensions: ["fti"]
      },
      "application/vnd.antix.game-component": {
        source: "iana",
        extensions: ["atx"]
      },
      "application/vnd.apache.arrow.file": {
        source: "iana"
      },
      "application/vnd.apache.arrow.stream": {
        source: "iana"
      },
      "application/vnd.apache.parquet": {
        source: "iana"
      },
      "application/vnd.apache.thrift.binary": {
        source: "iana"
      },
      "application/vnd.apache.thrift.compact": {
        source: "iana"
      },
      "application/vnd.apache.thrift.json": {
        source: "iana"
      },
      "application/vnd.apexlang": {
        source: "iana"
      },
      "application/vnd.api+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.aplextor.warrp+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.apothekende.reservation+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.apple.installer+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpkg"]
      },
      "application/vnd.apple.keynote": {
        source: "iana",
        extensions: ["key"]
      },
      "application/vnd.apple.mpegurl": {
        source: "iana",
        extensions: ["m3u8"]
      },
      "application/vnd.apple.numbers": {
        source: "iana",
        extensions: ["numbers"]
      },
      "application/vnd.apple.pages": {
        source: "iana",
        extensions: ["pages"]
      },
      "application/vnd.apple.pkpass": {
        compressible: false,
        extensions: ["pkpass"]
      },
      "application/vnd.arastra.swi": {
        source: "apache"
      },
      "application/vnd.aristanetworks.swi": {
        source: "iana",
        extensions: ["swi"]
      },
      "application/vnd.artisan+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.artsquare": {
        source: "iana"
      },
      "application/vnd.astraea-software.iota": {
        source: "iana",
        extensions: ["iota"]
      },
      "application/vnd.audiograph": {
        source: "iana",
        extensions: ["aep"]
      },
      "application/vnd.autodesk.fbx": {
        extensions: ["fbx"]
      },
      "application/vnd.autopackage": {
        source: "iana"
      },
      "application/vnd.avalon+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.avistar+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.balsamiq.bmml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["bmml"]
      },
      "application/vnd.balsamiq.bmpr": {
        source: "iana"
      },
      "application/vnd.banana-accounting": {
        source: "iana"
      },
      "application/vnd.bbf.usp.error": {
        source: "iana"
      },
      "application/vnd.bbf.usp.msg": {
        source: "iana"
      },
      "application/vnd.bbf.usp.msg+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.bekitzur-stech+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.belightsoft.lhzd+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.belightsoft.lhzl+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.bint.med-content": {
        source: "iana"
      },
      "application/vnd.biopax.rdf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.blink-idb-value-wrapper": {
        source: "iana"
      },
      "application/vnd.blueice.multipass": {
        source: "iana",
        extensions: ["mpm"]
      },
      "application/vnd.bluetooth.ep.oob": {
        source: "iana"
      },
      "application/vnd.bluetooth.le.oob": {
        source: "iana"
      },
      "application/vnd.bmi": {
        source: "iana",
        extensions: ["bmi"]
      },
      "application/vnd.bpf": {
        source: "iana"
      },
      "application/vnd.bpf3": {
        source: "iana"
      },
      "application/vnd.businessobjects": {
        source: "iana",
        extensions: ["rep"]
      },
      "application/vnd.byu.uapi+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.bzip3": {
        source: "iana"
      },
      "application/vnd.c3voc.schedule+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cab-jscript": {
        source: "iana"
      },
      "application/vnd.canon-cpdl": {
        source: "iana"
      },
      "application/vnd.canon-lips": {
        source: "iana"
      },
      "application/vnd.capasystems-pg+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cendio.thinlinc.clientconf": {
        source: "iana"
      },
      "application/vnd.century-systems.tcp_stream": {
        source: "iana"
      },
      "application/vnd.chemdraw+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cdxml"]
      },
      "application/vnd.chess-pgn": {
        source: "iana"
      },
      "application/vnd.chipnuts.karaoke-mmd": {
        source: "iana",
        extensions: ["mmd"]
      },
      "application/vnd.ciedi": {
        source: "iana"
      },
      "application/vnd.cinderella": {
        source: "iana",
        extensions: ["cdy"]
      },
      "application/vnd.cirpack.isdn-ext": {
        source: "iana"
      },
      "application/vnd.citationstyles.style+xml": {
        source: "iana",
        compressible: true,
        extensions: ["csl"]
      },
      "application/vnd.claymore": {
        source: "iana",
        extensions: ["cla"]
      },
      "application/vnd.cloanto.rp9": {
        source: "iana",
        extensions: ["rp9"]
      },
      "application/vnd.clonk.c4group": {
        source: "iana",
        extensions: ["c4g", "c4d", "c4f", "c4p", "c4u"]
      },
      "application/vnd.cluetrust.cartomobile-config": {
        source: "iana",
        extensions: ["c11amc"]
      },
      "application/vnd.cluetrust.cartomobile-config-pkg": {
        source: "iana",
        extensions: ["c11amz"]
      },
      "application/vnd.cncf.helm.chart.content.v1.tar+gzip": {
        source: "iana"
      },
      "application/vnd.cncf.helm.chart.provenance.v1.prov": {
        source: "iana"
      },
      "application/vnd.cncf.helm.config.v1+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.coffeescript": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.document": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.document-template": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.presentation": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.presentation-template": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.spreadsheet": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.spreadsheet-template": {
        source: "iana"
      },
      "application/vnd.collection+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.collection.doc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.collection.next+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.comicbook+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.comicbook-rar": {
        source: "iana"
      },
      "application/vnd.commerce-battelle": {
        source: "iana"
      },
      "application/vnd.commonspace": {
        source: "iana",
        extensions: ["csp"]
      },
      "application/vnd.contact.cmsg": {
        source: "iana",
        extensions: ["cdbcmsg"]
      },
      "application/vnd.coreos.ignition+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cosmocaller": {
        source: "iana",
        extensions: ["cmc"]
      },
      "application/vnd.crick.clicker": {
        source: "iana",
        extensions: ["clkx"]
      },
      "application/vnd.crick.clicker.keyboard": {
        source: "iana",
        extensions: ["clkk"]
      },
      "application/vnd.crick.clicker.palette": {
        source: "iana",
        extensions: ["clkp"]
      },
      "application/vnd.crick.clicker.template": {
        source: "iana",
        extensions: ["clkt"]
      },
      "application/vnd.crick.clicker.wordbank": {
        source: "iana",
        extensions: ["clkw"]
      },
      "application/vnd.criticaltools.wbs+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wbs"]
      },
      "application/vnd.cryptii.pipe+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.crypto-shade-file": {
        source: "iana"
      },
      "application/vnd.cryptomator.encrypted": {
        source: "iana"
      },
      "application/vnd.cryptomator.vault": {
        source: "iana"
      },
      "application/vnd.ctc-posml": {
        source: "iana",
        extensions: ["pml"]
      },
      "application/vnd.ctct.ws+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cups-pdf": {
        source: "iana"
      },
      "application/vnd.cups-postscript": {
        source: "iana"
      },
      "application/vnd.cups-ppd": {
        source: "iana",
        extensions: ["ppd"]
      },
      "application/vnd.cups-raster": {
        source: "iana"
      },
      "application/vnd.cups-raw": {
        source: "iana"
      },
      "application/vnd.curl": {
        source: "iana"
      },
      "application/vnd.curl.car": {
        source: "apache",
        extensions: ["car"]
      },
      "application/vnd.curl.pcurl": {
        source: "apache",
        extensions: ["pcurl"]
      },
      "application/vnd.cyan.dean.root+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cybank": {
        source: "iana"
      },
      "application/vnd.cyclonedx+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cyclonedx+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.d2l.coursepackage1p0+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.d3m-dataset": {
        source: "iana"
      },
      "application/vnd.d3m-problem": {
        source: "iana"
      },
      "application/vnd.dart": {
        source: "iana",
        compressible: true,
        extensions: ["dart"]
      },
      "application/vnd.data-vision.rdz": {
        source: "iana",
        extensions: ["rdz"]
      },
      "application/vnd.datalog": {
        source: "iana"
      },
      "application/vnd.datapackage+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dataresource+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dbf": {
        source: "iana",
        extensions: ["dbf"]
      },
      "application/vnd.dcmp+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dcmp"]
      },
      "application/vnd.debian.binary-package": {
        source: "iana"
      },
      "application/vnd.dece.data": {
        source: "iana",
        extensions: ["uvf", "uvvf", "uvd", "uvvd"]
      },
      "application/vnd.dece.ttml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["uvt", "uvvt"]
      },
      "application/vnd.dece.unspecified": {
        source: "iana",
        extensions: ["uvx", "uvvx"]
      },
      "application/vnd.dece.zip": {
        source: "iana",
        extensions: ["uvz", "uvvz"]
      },
      "application/vnd.denovo.fcselayout-link": {
        source: "iana",
        extensions: ["fe_launch"]
      },
      "application/vnd.desmume.movie": {
        source: "iana"
      },
      "application/vnd.dir-bi.plate-dl-nosuffix": {
        source: "iana"
      },
      "application/vnd.dm.delegation+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dna": {
        source: "iana",
        extensions: ["dna"]
      },
      "application/vnd.document+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dolby.mlp": {
        source: "apache",
        extensions: ["mlp"]
      },
      "application/vnd.dolby.mobile.1": {
        source: "iana"
      },
      "application/vnd.dolby.mobile.2": {
        source: "iana"
      },
      "application/vnd.doremir.scorecloud-binary-document": {
        source: "iana"
      },
      "application/vnd.dpgraph": {
        source: "iana",
        extensions: ["dpg"]
      },
      "application/vnd.dreamfactory": {
        source: "iana",
        extensions: ["dfac"]
      },
      "application/vnd.drive+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ds-keypoint": {
        source: "apache",
        extensions: ["kpxx"]
      },
      "application/vnd.dtg.local": {
        source: "iana"
      },
      "application/vnd.dtg.local.flash": {
        source: "iana"
      },
      "application/vnd.dtg.local.html": {
        source: "iana"
      },
      "application/vnd.dvb.ait": {
        source: "iana",
        extensions: ["ait"]
      },
      "application/vnd.dvb.dvbisl+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.dvbj": {
        source: "iana"
      },
      "application/vnd.dvb.esgcontainer": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcdftnotifaccess": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgaccess": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgaccess2": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgpdd": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcroaming": {
        source: "iana"
      },
      "application/vnd.dvb.iptv.alfec-base": {
        source: "iana"
      },
      "application/vnd.dvb.iptv.alfec-enhancement": {
        source: "iana"
      },
      "application/vnd.dvb.notif-aggregate-root+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-container+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-generic+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-msglist+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-registration-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-registration-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-init+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.pfr": {
        source: "iana"
      },
      "application/vnd.dvb.service": {
        source: "iana",
        extensions: ["svc"]
      },
      "application/vnd.dxr": {
        source: "iana"
      },
      "application/vnd.dynageo": {
        source: "iana",
        extensions: ["geo"]
      },
      "application/vnd.dzr": {
        source: "iana"
      },
      "application/vnd.easykaraoke.cdgdownload": {
        source: "iana"
      },
      "application/vnd.ecdis-update": {
        source: "iana"
      },
      "application/vnd.ecip.rlp": {
        source: "iana"
      },
      "application/vnd.eclipse.ditto+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ecowin.chart": {
        source: "iana",
        extensions: ["mag"]
      },
      "application/vnd.ecowin.filerequest": {
        source: "iana"
      },
      "application/vnd.ecowin.fileupdate": {
        source: "iana"
      },
      "application/vnd.ecowin.series": {
        source: "iana"
      },
      "application/vnd.ecowin.seriesrequest": {
        source: "iana"
      },
      "application/vnd.ecowin.seriesupdate": {
        source: "iana"
      },
      "application/vnd.efi.img": {
        source: "iana"
      },
      "application/vnd.efi.iso": {
        source: "iana"
      },
      "application/vnd.eln+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.emclient.accessrequest+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.enliven": {
        source: "iana",
        extensions: ["nml"]
      },
      "application/vnd.enphase.envoy": {
        source: "iana"
      },
      "application/vnd.eprints.data+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.epson.esf": {
        source: "iana",
        extensions: ["esf"]
      },
      "application/vnd.epson.msf": {
        source: "iana",
        extensions: ["msf"]
      },
      "application/vnd.epson.quickanime": {
        source: "iana",
        extensions: ["qam"]
      },
      "application/vnd.epson.salt": {
        source: "iana",
        extensions: ["slt"]
      },
      "application/vnd.epson.ssf": {
        source: "iana",
        extensions: ["ssf"]
      },
      "application/vnd.ericsson.quickcall": {
        source: "iana"
      },
      "application/vnd.erofs": {
        source: "iana"
      },
      "application/vnd.espass-espass+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.eszigno3+xml": {
        source: "iana",
        compressible: true,
        extensions: ["es3", "et3"]
      },
      "application/vnd.etsi.aoc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.asic-e+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.etsi.asic-s+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.etsi.cug+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvcommand+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvdiscovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-bc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-cod+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-npvr+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvservice+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsync+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvueprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.mcid+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.mheg5": {
        source: "iana"
      },
      "application/vnd.etsi.overload-control-policy-dataset+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.pstn+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.sci+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.simservs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.timestamp-token": {
        source: "iana"
      },
      "application/vnd.etsi.tsl+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.tsl.der": {
        source: "iana"
      },
      "application/vnd.eu.kasparian.car+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.eudora.data": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.profile": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.settings": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.theme": {
        source: "iana"
      },
      "application/vnd.exstream-empower+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.exstream-package": {
        source: "iana"
      },
      "application/vnd.ezpix-album": {
        source: "iana",
        extensions: ["ez2"]
      },
      "application/vnd.ezpix-package": {
        source: "iana",
        extensions: ["ez3"]
      },
      "application/vnd.f-secure.mobile": {
        source: "iana"
      },
      "application/vnd.familysearch.gedcom+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.fastcopy-disk-image": {
        source: "iana"
      },
      "application/vnd.fdf": {
        source: "apache",
        extensions: ["fdf"]
      },
      "application/vnd.fdsn.mseed": {
        source: "iana",
        extensions: ["mseed"]
      },
      "application/vnd.fdsn.seed": {
        source: "iana",
        extensions: ["seed", "dataless"]
      },
      "application/vnd.fdsn.stationxml+xml": {
        source: "iana",
        charset: "XML-BASED",
        compressible: true
      },
      "application/vnd.ffsns": {
        source: "iana"
      },
      "application/vnd.ficlab.flb+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.filmit.zfc": {
        source: "iana"
      },
      "application/vnd.fints": {
        source: "iana"
      },
      "application/vnd.firemonkeys.cloudcell": {
        source: "iana"
      },
      "application/vnd.flographit": {
        source: "iana",
        extensions: ["gph"]
      },
      "application/vnd.fluxtime.clip": {
        source: "iana",
        extensions: ["ftc"]
      },
      "application/vnd.font-fontforge-sfd": {
        source: "iana"
      },
      "application/vnd.framemaker": {
        source: "iana",
        extensions: ["fm", "frame", "maker", "book"]
      },
      "application/vnd.freelog.comic": {
        source: "iana"
      },
      "application/vnd.frogans.fnc": {
        source: "apache",
        extensions: ["fnc"]
      },
      "application/vnd.frogans.ltf": {
        source: "apache",
        extensions: ["ltf"]
      },
      "application/vnd.fsc.weblaunch": {
        source: "iana",
        extensions: ["fsc"]
      },
      "application/vnd.fujifilm.fb.docuworks": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.docuworks.binder": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.docuworks.container": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.jfi+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.fujitsu.oasys": {
        source: "iana",
        extensions: ["oas"]
      },
      "application/vnd.fujitsu.oasys2": {
        source: "iana",
        extensions: ["oa2"]
      },
      "application/vnd.fujitsu.oasys3": {
        source: "iana",
        extensions: ["oa3"]
      },
      "application/vnd.fujitsu.oasysgp": {
        source: "iana",
        extensions: ["fg5"]
      },
      "application/vnd.fujitsu.oasysprs": {
        source: "iana",
        extensions: ["bh2"]
      },
      "application/vnd.fujixerox.art-ex": {
        source: "iana"
      },
      "application/vnd.fujixerox.art4": {
        source: "iana"
      },
      "application/vnd.fujixerox.ddd": {
        source: "iana",
        extensions: ["ddd"]
      },
      "application/vnd.fujixerox.docuworks": {
        source: "iana",
        extensions: ["xdw"]
      },
      "application/vnd.fujixerox.docuworks.binder": {
        source: "iana",
        extensions: ["xbd"]
      },
      "application/vnd.fujixerox.docuworks.container": {
        source: "iana"
      },
      "application/vnd.fujixerox.hbpl": {
        source: "iana"
      },
      "application/vnd.fut-misnet": {
        source: "iana"
      },
      "application/vnd.futoin+cbor": {
        source: "iana"
      },
      "application/vnd.futoin+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.fuzzysheet": {
        source: "iana",
        extensions: ["fzs"]
      },
      "application/vnd.ga4gh.passport+jwt": {
        source: "iana"
      },
      "application/vnd.genomatix.tuxedo": {
        source: "iana",
        extensions: ["txd"]
      },
      "application/vnd.genozip": {
        source: "iana"
      },
      "application/vnd.gentics.grd+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.catmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.ebuild": {
        source: "iana"
      },
      "application/vnd.gentoo.eclass": {
        source: "iana"
      },
      "application/vnd.gentoo.gpkg": {
        source: "iana"
      },
      "application/vnd.gentoo.manifest": {
        source: "iana"
      },
      "application/vnd.gentoo.pkgmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.xpak": {
        source: "iana"
      },
      "application/vnd.geo+json": {
        source: "apache",
        compressible: true
      },
      "application/vnd.geocube+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.geogebra.file": {
        source: "iana",
        extensions: ["ggb"]
      },
      "application/vnd.geogebra.pinboard": {
        source: "iana"
      },
      "application/vnd.geogebra.slides": {
        source: "iana",
        extensions: ["ggs"]
      },
      "application/vnd.geogebra.tool": {
        source: "iana",
        extensions: ["ggt"]
      },
      "application/vnd.geometry-explorer": {
        source: "iana",
        extensions: ["gex", "gre"]
      },
      "application/vnd.geonext": {
        source: "iana",
        extensions: ["gxt"]
      },
      "application/vnd.geoplan": {
        source: "iana",
        extensions: ["g2w"]
      },
      "application/vnd.geospace": {
        source: "iana",
        extensions: ["g3w"]
      },
      "application/vnd.gerber": {
        source: "iana"
      },
      "application/vnd.globalplatform.card-content-mgt": {
        source: "iana"
      },
      "application/vnd.globalplatform.card-content-mgt-response": {
        source: "iana"
      },
      "application/vnd.gmx": {
        source: "iana",
        extensions: ["gmx"]
      },
      "application/vnd.gnu.taler.exchange+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gnu.taler.merchant+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.google-apps.audio": {},
      "application/vnd.google-apps.document": {
        compressible: false,
        extensions: ["gdoc"]
      },
      "application/vnd.google-apps.drawing": {
        compressible: false,
        extensions: ["gdraw"]
      },
      "application/vnd.google-apps.drive-sdk": {
        compressible: false
      },
      "application/vnd.google-apps.file": {},
      "application/vnd.google-apps.folder": {
        compressible: false
      },
      "application/vnd.google-apps.form": {
        compressible: false,
        extensions: ["gform"]
      },
      "application/vnd.google-apps.fusiontable": {},
      "application/vnd.google-apps.jam": {
        compressible: false,
        extensions: ["gjam"]
      },
      "application/vnd.google-apps.mail-layout": {},
      "application/vnd.google-apps.map": {
        compressible: false,
        extensions: ["gmap"]
      },
      "application/vnd.google-apps.photo": {},
      "application/vnd.google-apps.presentation": {
        compressible: false,
        extensions: ["gslides"]
      },
      "application/vnd.google-apps.script": {
        compressible: false,
        extensions: ["gscript"]
      },
      "application/vnd.google-apps.shortcut": {},
      "application/vnd.google-apps.site": {
        compressible: false,
        extensions: ["gsite"]
      },
      "application/vnd.google-apps.spreadsheet": {
        compressible: false,
        extensions: ["gsheet"]
      },
      "application/vnd.google-apps.unknown": {},
      "application/vnd.google-apps.video": {},
      "application/vnd.google-earth.kml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["kml"]
      },
      "application/vnd.google-earth.kmz": {
        source: "iana",
        compressible: false,
        extensions: ["kmz"]
      },
      "application/vnd.gov.sk.e-form+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.gov.sk.e-form+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.gov.sk.xmldatacontainer+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdcf"]
      },
      "application/vnd.gpxsee.map+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.grafeq": {
        source: "iana",
        extensions: ["gqf", "gqs"]
      },
      "application/vnd.gridmp": {
        source: "iana"
      },
      "application/vnd.groove-account": {
        source: "iana",
        extensions: ["gac"]
      },
      "application/vnd.groove-help": {
        source: "iana",
        extensions: ["ghf"]
      },
      "application/vnd.groove-identity-message": {
        source: "iana",
        extensions: ["gim"]
      },
      "application/vnd.groove-injector": {
        source: "iana",
        extensions: ["grv"]
      },
      "application/vnd.groove-tool-message": {
        source: "iana",
        extensions: ["gtm"]
      },
      "application/vnd.groove-tool-template": {
        source: "iana",
        extensions: ["tpl"]
      },
      "application/vnd.groove-vcard": {
        source: "iana",
        extensions: ["vcg"]
      },
      "application/vnd.hal+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hal+xml": {
        source: "iana",
        compressible: true,
        extensions: ["hal"]
      },
      "application/vnd.handheld-entertainment+xml": {
        source: "iana",
        compressible: true,
        extensions: ["zmm"]
      },
      "application/vnd.hbci": {
        source: "iana",
        extensions: ["hbci"]
      },
      "application/vnd.hc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hcl-bireports": {
        source: "iana"
      },
      "application/vnd.hdt": {
        source: "iana"
      },
      "application/vnd.heroku+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hhe.lesson-player": {
        source: "iana",
        extensions: ["les"]
      },
      "application/vnd.hp-hpgl": {
        source: "iana",
        extensions: ["hpgl"]
      },
      "application/vnd.hp-hpid": {
        source: "iana",
        extensions: ["hpid"]
      },
      "application/vnd.hp-hps": {
        source: "iana",
        extensions: ["hps"]
      },
      "application/vnd.hp-jlyt": {
        source: "iana",
        extensions: ["jlt"]
      },
      "application/vnd.hp-pcl": {
        source: "iana",
        extensions: ["pcl"]
      },
      "application/vnd.hp-pclxl": {
        source: "iana",
        extensions: ["pclxl"]
      },
      "application/vnd.hsl": {
        source: "iana"
      },
      "application/vnd.httphone": {
        source: "iana"
      },
      "application/vnd.hydrostatix.sof-data": {
        source: "iana",
        extensions: ["sfd-hdstx"]
      },
      "application/vnd.hyper+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hyper-item+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hyperdrive+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hzn-3d-crossword": {
        source: "iana"
      },
      "application/vnd.ibm.afplinedata": {
        source: "apache"
      },
      "application/vnd.ibm.electronic-media": {
        source: "iana"
      },
      "application/vnd.ibm.minipay": {
        source: "iana",
        extensions: ["mpy"]
      },
      "application/vnd.ibm.modcap": {
        source: "apache",
        extensions: ["afp", "listafp", "list3820"]
      },
      "application/vnd.ibm.rights-management": {
        source: "iana",
        extensions: ["irm"]
      },
      "application/vnd.ibm.secure-container": {
        source: "iana",
        extensions: ["sc"]
      },
      "application/vnd.iccprofile": {
        source: "iana",
        extensions: ["icc", "icm"]
      },
      "application/vnd.ieee.1905": {
        source: "iana"
      },
      "application/vnd.igloader": {
        source: "iana",
        extensions: ["igl"]
      },
      "application/vnd.imagemeter.folder+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.imagemeter.image+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.immervision-ivp": {
        source: "iana",
        extensions: ["ivp"]
      },
      "application/vnd.immervision-ivu": {
        source: "iana",
        extensions: ["ivu"]
      },
      "application/vnd.ims.imsccv1p1": {
        source: "iana"
      },
      "application/vnd.ims.imsccv1p2": {
        source: "iana"
      },
      "application/vnd.ims.imsccv1p3": {
        source: "iana"
      },
      "application/vnd.ims.lis.v2.result+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolconsumerprofile+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolproxy+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolproxy.id+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolsettings+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolsettings.simple+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.informedcontrol.rms+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.informix-visionary": {
        source: "apache"
      },
      "application/vnd.infotech.project": {
        source: "iana"
      },
      "application/vnd.infotech.project+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.innopath.wamp.notification": {
        source: "iana"
      },
      "application/vnd.insors.igm": {
        source: "iana",
        extensions: ["igm"]
      },
      "application/vnd.intercon.formnet": {
        source: "iana",
        extensions: ["xpw", "xpx"]
      },
      "application/vnd.intergeo": {
        source: "iana",
        extensions: ["i2g"]
      },
      "application/vnd.intertrust.digibox": {
        source: "iana"
      },
      "application/vnd.intertrust.nncp": {
        source: "iana"
      },
      "application/vnd.intu.qbo": {
        source: "iana",
        extensions: ["qbo"]
      },
      "application/vnd.intu.qfx": {
        source: "iana",
        extensions: ["qfx"]
      },
      "application/vnd.ipfs.ipns-record": {
        source: "iana"
      },
      "application/vnd.ipld.car": {
        source: "iana"
      },
      "application/vnd.ipld.dag-cbor": {
        source: "iana"
      },
      "application/vnd.ipld.dag-json": {
        source: "iana"
      },
      "application/vnd.ipld.raw": {
        source: "iana"
      },
      "application/vnd.iptc.g2.catalogitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.conceptitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.knowledgeitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.newsitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.newsmessage+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.packageitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.planningitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ipunplugged.rcprofile": {
        source: "iana",
        extensions: ["rcprofile"]
      },
      "application/vnd.irepository.package+xml": {
        source: "iana",
        compressible: true,
        extensions: ["irp"]
      },
      "application/vnd.is-xpr": {
        source: "iana",
        extensions: ["xpr"]
      },
      "application/vnd.isac.fcs": {
        source: "iana",
        extensions: ["fcs"]
      },
      "application/vnd.iso11783-10+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.jam": {
        source: "iana",
        extensions: ["jam"]
      },
      "application/vnd.japannet-directory-service": {
        source: "iana"
      },
      "application/vnd.japannet-jpnstore-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-payment-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-registration": {
        source: "iana"
      },
      "application/vnd.japannet-registration-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-setstore-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-verification": {
        source: "iana"
      },
      "application/vnd.japannet-verification-wakeup": {
        source: "iana"
      },
      "application/vnd.jcp.javame.midlet-rms": {
        source: "iana",
        extensions: ["rms"]
      },
      "application/vnd.jisp": {
        source: "iana",
        extensions: ["jisp"]
      },
      "application/vnd.joost.joda-archive": {
        source: "iana",
        extensions: ["joda"]
      },
      "application/vnd.jsk.isdn-ngn": {
        source: "iana"
      },
      "application/vnd.kahootz": {
        source: "iana",
        extensions: ["ktz", "ktr"]
      },
      "application/vnd.kde.karbon": {
        source: "iana",
        extensions: ["karbon"]
      },
      "application/vnd.kde.kchart": {
        source: "iana",
        extensions: ["chrt"]
      },
      "application/vnd.kde.kformula": {
        source: "iana",
        extensions: ["kfo"]
      },
      "application/vnd.kde.kivio": {
        source: "iana",
        extensions: ["flw"]
      },
      "application/vnd.kde.kontour": {
        source: "iana",
        extensions: ["kon"]
      },
      "application/vnd.kde.kpresenter": {
        source: "iana",
        extensions: ["kpr", "kpt"]
      },
      "application/vnd.kde.kspread": {
        source: "iana",
        extensions: ["ksp"]
      },
      "application/vnd.kde.kword": {
        source: "iana",
        extensions: ["kwd", "kwt"]
      },
      "application/vnd.kdl": {
        source: "iana"
      },
      "application/vnd.kenameaapp": {
        source: "iana",
        extensions: ["htke"]
      },
      "application/vnd.keyman.kmp+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.keyman.kmx": {
        source: "iana"
      },
      "application/vnd.kidspiration": {
        source: "iana",
        extensions: ["kia"]
      },
      "application/vnd.kinar": {
        source: "iana",
        extensions: ["kne", "knp"]
      },
      "application/vnd.koan": {
        source: "iana",
        extensions: ["skp", "skd", "skt", "skm"]
      },
      "application/vnd.kodak-descriptor": {
        source: "iana",
        extensions: ["sse"]
      },
      "application/vnd.las": {
        source: "iana"
      },
      "application/vnd.las.las+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.las.las+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lasxml"]
      },
      "application/vnd.laszip": {
        source: "iana"
      },
      "application/vnd.ldev.productlicensing": {
        source: "iana"
      },
      "application/vnd.leap+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.liberty-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.llamagraphics.life-balance.desktop": {
        source: "iana",
        extensions: ["lbd"]
      },
      "application/vnd.llamagraphics.life-balance.exchange+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lbe"]
      },
      "application/vnd.logipipe.circuit+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.loom": {
        source: "iana"
      },
      "application/vnd.lotus-1-2-3": {
        source: "iana",
        extensions: ["123"]
      },
      "application/vnd.lotus-approach": {
        source: "iana",
        extensions: ["apr"]
      },
      "application/vnd.lotus-freelance": {
        source: "iana",
        extensions: ["pre"]
      },
      "application/vnd.lotus-notes": {
        source: "iana",
        extensions: ["nsf"]
      },
      "application/vnd.lotus-organizer": {
        source: "iana",
        extensions: ["org"]
      },
      "application/vnd.lotus-screencam": {
        source: "iana",
        extensions: ["scm"]
      },
      "application/vnd.lotus-wordpro": {
        source: "iana",
        extensions: ["lwp"]
      },
      "application/vnd.macports.portpkg": {
        source: "iana",
        extensions: ["portpkg"]
      },
      "application/vnd.mapbox-vector-tile": {
        source: "iana",
        extensions: ["mvt"]
      },
      "application/vnd.marlin.drm.actiontoken+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.conftoken+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.license+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.mdcf": {
        source: "iana"
      },
      "application/vnd.mason+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.maxar.archive.3tz+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.maxmind.maxmind-db": {
        source: "iana"
      },
      "application/vnd.mcd": {
        source: "iana",
        extensions: ["mcd"]
      },
      "application/vnd.mdl": {
        source: "iana"
      },
      "application/vnd.mdl-mbsdf": {
        source: "iana"
      },
      "application/vnd.medcalcdata": {
        source: "iana",
        extensions: ["mc1"]
      },
      "application/vnd.mediastation.cdkey": {
        source: "iana",
        extensions: ["cdkey"]
      },
      "application/vnd.medicalholodeck.recordxr": {
        source: "iana"
      },
      "application/vnd.meridian-slingshot": {
        source: "iana"
      },
      "application/vnd.mermaid": {
        source: "iana"
      },
      "application/vnd.mfer": {
        source: "iana",
        extensions: ["mwf"]
      },
      "application/vnd.mfmp": {
        source: "iana",
        extensions: ["mfm"]
      },
      "application/vnd.micro+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.micrografx.flo": {
        source: "iana",
        extensions: ["flo"]
      },
      "application/vnd.micrografx.igx": {
        source: "iana",
        extensions: ["igx"]
      },
      "application/vnd.microsoft.portable-executable": {
        source: "iana"
      },
      "application/vnd.microsoft.windows.thumbnail-cache": {
        source: "iana"
      },
      "application/vnd.miele+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.mif": {
        source: "iana",
        extensions: ["mif"]
      },
      "application/vnd.minisoft-hp3000-save": {
        source: "iana"
      },
      "application/vnd.mitsubishi.misty-guard.trustweb": {
        source: "iana"
      },
      "application/vnd.mobius.daf": {
        source: "iana",
        extensions: ["daf"]
      },
      "application/vnd.mobius.dis": {
        source: "iana",
        extensions: ["dis"]
      },
      "application/vnd.mobius.mbk": {
        source: "iana",
        extensions: ["mbk"]
      },
      "application/vnd.mobius.mqy": {
        source: "iana",
        extensions: ["mqy"]
      },
      "application/vnd.mobius.msl": {
        source: "iana",
        extensions: ["msl"]
      },
      "application/vnd.mobius.plc": {
        source: "iana",
        extensions: ["plc"]
      },
      "application/vnd.mobius.txf": {
        source: "iana",
        extensions: ["txf"]
      },
      "application/vnd.modl": {
        source: "iana"
      },
      "application/vnd.mophun.application": {
        source: "iana",
        extensions: ["mpn"]
      },
      "application/vnd.mophun.certificate": {
        source: "iana",
        extensions: ["mpc"]
      },
      "application/vnd.motorola.flexsuite": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.adsi": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.fis": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.gotap": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.kmr": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.ttc": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.wem": {
        source: "iana"
      },
      "application/vnd.motorola.iprm": {
        source: "iana"
      },
      "application/vnd.mozilla.xul+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xul"]
      },
      "application/vnd.ms-3mfdocument": {
        source: "iana"
      },
      "application/vnd.ms-artgalry": {
        source: "iana",
        extensions: ["cil"]
      },
      "application/vnd.ms-asf": {
        source: "iana"
      },
      "application/vnd.ms-cab-compressed": {
        source: "iana",
        extensions: ["cab"]
      },
      "application/vnd.ms-color.iccprofile": {
        source: "apache"
      },
      "application/vnd.ms-excel": {
        source: "iana",
        compressible: false,
        extensions: ["xls", "xlm", "xla", "xlc", "xlt", "xlw"]
      },
      "application/vnd.ms-excel.addin.macroenabled.12": {
        source: "iana",
        extensions: ["xlam"]
      },
      "application/vnd.ms-excel.sheet.binary.macroenabled.12": {
        source: "iana",
        extensions: ["xlsb"]
      },
      "application/vnd.ms-excel.sheet.macroenabled.12": {
        source: "iana",
        extensions: ["xlsm"]
      },
      "application/vnd.ms-excel.template.macroenabled.12": {
        source: "iana",
        extensions: ["xltm"]
      },
      "application/vnd.ms-fontobject": {
        source: "iana",
        compressible: true,
        extensions: ["eot"]
      },
      "application/vnd.ms-htmlhelp": {
        source: "iana",
        extensions: ["chm"]
      },
      "application/vnd.ms-ims": {
        source: "iana",
        extensions: ["ims"]
      },
      "application/vnd.ms-lrm": {
        source: "iana",
        extensions: ["lrm"]
      },
      "application/vnd.ms-office.activex+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-officetheme": {
        source: "iana",
        extensions: ["thmx"]
      },
      "application/vnd.ms-opentype": {
        source: "apache",
        compressible: true
      },
      "application/vnd.ms-outlook": {
        compressible: false,
        extensions: ["msg"]
      },
      "application/vnd.ms-package.obfuscated-opentype": {
        source: "apache"
      },
      "application/vnd.ms-pki.seccat": {
        source: "apache",
        extensions: ["cat"]
      },
      "application/vnd.ms-pki.stl": {
        source: "apache",
        extensions: ["stl"]
      },
      "application/vnd.ms-playready.initiator+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-powerpoint": {
        source: "iana",
        compressible: false,
        extensions: ["ppt", "pps", "pot"]
      },
      "application/vnd.ms-powerpoint.addin.macroenabled.12": {
        source: "iana",
        extensions: ["ppam"]
      },
      "application/vnd.ms-powerpoint.presentation.macroenabled.12": {
        source: "iana",
        extensions: ["pptm"]
      },
      "application/vnd.ms-powerpoint.slide.macroenabled.12": {
        source: "iana",
        extensions: ["sldm"]
      },
      "application/vnd.ms-powerpoint.slideshow.macroenabled.12": {
        source: "iana",
        extensions: ["ppsm"]
      },
      "application/vnd.ms-powerpoint.template.macroenabled.12": {
        source: "iana",
        extensions: ["potm"]
      },
      "application/vnd.ms-printdevicecapabilities+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-printing.printticket+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.ms-printschematicket+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-project": {
        source: "iana",
        extensions: ["mpp", "mpt"]
      },
      "application/vnd.ms-tnef": {
        source: "iana"
      },
      "application/vnd.ms-visio.viewer": {
        extensions: ["vdx"]
      },
      "application/vnd.ms-windows.devicepairing": {
        source: "iana"
      },
      "application/vnd.ms-windows.nwprinting.oob": {
        source: "iana"
      },
      "application/vnd.ms-windows.printerpairing": {
        source: "iana"
      },
      "application/vnd.ms-windows.wsd.oob": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.lic-chlg-req": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.lic-resp": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.meter-chlg-req": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.meter-resp": {
        source: "iana"
      },
      "application/vnd.ms-word.document.macroenabled.12": {
        source: "iana",
        extensions: ["docm"]
      },
      "application/vnd.ms-word.template.macroenabled.12": {
        source: "iana",
        extensions: ["dotm"]
      },
      "application/vnd.ms-works": {
        source: "iana",
        extensions: ["wps", "wks", "wcm", "wdb"]
      },
      "application/vnd.ms-wpl": {
        source: "iana",
        extensions: ["wpl"]
      },
      "application/vnd.ms-xpsdocument": {
        source: "iana",
        compressible: false,
        extensions: ["xps"]
      },
      "application/vnd.msa-disk-image": {
        source: "iana"
      },
      "application/vnd.mseq": {
        source: "iana",
        extensions: ["mseq"]
      },
      "application/vnd.msgpack": {
        source: "iana"
      },
      "application/vnd.msign": {
        source: "iana"
      },
      "application/vnd.multiad.creator": {
        source: "iana"
      },
      "application/vnd.multiad.creator.cif": {
        source: "iana"
      },
      "application/vnd.music-niff": {
        source: "iana"
      },
      "application/vnd.musician": {
        source: "iana",
        extensions: ["mus"]
      },
      "application/vnd.muvee.style": {
        source: "iana",
        extensions: ["msty"]
      },
      "application/vnd.mynfc": {
        source: "iana",
        extensions: ["taglet"]
      },
      "application/vnd.nacamar.ybrid+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nato.bindingdataobject+cbor": {
        source: "iana"
      },
      "application/vnd.nato.bindingdataobject+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nato.bindingdataobject+xml": {
        source: "iana",
        compressible: true,
        extensions: ["bdo"]
      },
      "application/vnd.nato.openxmlformats-package.iepd+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.ncd.control": {
        source: "iana"
      },
      "application/vnd.ncd.reference": {
        source: "iana"
      },
      "application/vnd.nearst.inv+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nebumind.line": {
        source: "iana"
      },
      "application/vnd.nervana": {
        source: "iana"
      },
      "application/vnd.netfpx": {
        source: "iana"
      },
      "application/vnd.neurolanguage.nlu": {
        source: "iana",
        extensions: ["nlu"]
      },
      "application/vnd.nimn": {
        source: "iana"
      },
      "application/vnd.nintendo.nitro.rom": {
        source: "iana"
      },
      "application/vnd.nintendo.snes.rom": {
        source: "iana"
      },
      "application/vnd.nitf": {
        source: "iana",
        extensions: ["ntf", "nitf"]
      },
      "application/vnd.noblenet-directory": {
        source: "iana",
        extensions: ["nnd"]
      },
      "application/vnd.noblenet-sealer": {
        source: "iana",
        extensions: ["nns"]
      },
      "application/vnd.noblenet-web": {
        source: "iana",
        extensions: ["nnw"]
      },
      "application/vnd.nokia.catalogs": {
        source: "iana"
      },
      "application/vnd.nokia.conml+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.conml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.iptv.config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.isds-radio-presets": {
        source: "iana"
      },
      "application/vnd.nokia.landmark+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.landmark+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.landmarkcollection+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.n-gage.ac+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ac"]
      },
      "application/vnd.nokia.n-gage.data": {
        source: "iana",
        extensions: ["ngdat"]
      },
      "application/vnd.nokia.n-gage.symbian.install": {
        source: "apache",
        extensions: ["n-gage"]
      },
      "application/vnd.nokia.ncd": {
        source: "iana"
      },
      "application/vnd.nokia.pcd+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.pcd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.radio-preset": {
        source: "iana",
        extensions: ["rpst"]
      },
      "application/vnd.nokia.radio-presets": {
        source: "iana",
        extensions: ["rpss"]
      },
      "application/vnd.novadigm.edm": {
        source: "iana",
        extensions: ["edm"]
      },
      "application/vnd.novadigm.edx": {
        source: "iana",
        extensions: ["edx"]
      },
      "application/vnd.novadigm.ext": {
        source: "iana",
        extensions: ["ext"]
      },
      "application/vnd.ntt-local.content-share": {
        source: "iana"
      },
      "application/vnd.ntt-local.file-transfer": {
        source: "iana"
      },
      "application/vnd.ntt-local.ogw_remote-access": {
        source: "iana"
      },
      "application/vnd.ntt-local.sip-ta_remote": {
        source: "iana"
      },
      "application/vnd.ntt-local.sip-ta_tcp_stream": {
        source: "iana"
      },
      "application/vnd.oai.workflows": {
        source: "iana"
      },
      "application/vnd.oai.workflows+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oai.workflows+yaml": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.base": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.chart": {
        source: "iana",
        extensions: ["odc"]
      },
      "application/vnd.oasis.opendocument.chart-template": {
        source: "iana",
        extensions: ["otc"]
      },
      "application/vnd.oasis.opendocument.database": {
        source: "apache",
        extensions: ["odb"]
      },
      "application/vnd.oasis.opendocument.formula": {
        source: "iana",
        extensions: ["odf"]
      },
      "application/vnd.oasis.opendocument.formula-template": {
        source: "iana",
        extensions: ["odft"]
      },
      "application/vnd.oasis.opendocument.graphics": {
        source: "iana",
        compressible: false,
        extensions: ["odg"]
      },
      "application/vnd.oasis.opendocument.graphics-template": {
        source: "iana",
        extensions: ["otg"]
      },
      "application/vnd.oasis.opendocument.image": {
        source: "iana",
        extensions: ["odi"]
      },
      "application/vnd.oasis.opendocument.image-template": {
        source: "iana",
        extensions: ["oti"]
      },
      "application/vnd.oasis.opendocument.presentation": {
        source: "iana",
        compressible: false,
        extensions: ["odp"]
      },
      "application/vnd.oasis.opendocument.presentation-template": {
        source: "iana",
        extensions: ["otp"]
      },
      "application/vnd.oasis.opendocument.spreadsheet": {
        source: "iana",
        compressible: false,
        extensions: ["ods"]
      },
      "application/vnd.oasis.opendocument.spreadsheet-template": {
        source: "iana",
        extensions: ["ots"]
      },
      "application/vnd.oasis.opendocument.text": {
        source: "iana",
        compressible: false,
        extensions: ["odt"]
      },
      "application/vnd.oasis.opendocument.text-master": {
        source: "iana",
        extensions: ["odm"]
      },
      "application/vnd.oasis.opendocument.text-master-template": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.text-template": {
        source: "iana",
        extensions: ["ott"]
      },
      "application/vnd.oasis.opendocument.text-web": {
        source: "iana",
        extensions: ["oth"]
      },
      "application/vnd.obn": {
        source: "iana"
      },
      "application/vnd.ocf+cbor": {
        source: "iana"
      },
      "application/vnd.oci.image.manifest.v1+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oftn.l10n+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.contentaccessdownload+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.contentaccessstreaming+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.cspg-hexbinary": {
        source: "iana"
      },
      "application/vnd.oipf.dae.svg+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.dae.xhtml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.mippvcontrolmessage+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.pae.gem": {
        source: "iana"
      },
      "application/vnd.oipf.spdiscovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.spdlist+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.ueprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.userprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.olpc-sugar": {
        source: "iana",
        extensions: ["xo"]
      },
      "application/vnd.oma-scws-config": {
        source: "iana"
      },
      "application/vnd.oma-scws-http-request": {
        source: "iana"
      },
      "application/vnd.oma-scws-http-response": {
        source: "iana"
      },
      "application/vnd.oma.bcast.associated-procedure-parameter+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.drm-trigger+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.oma.bcast.imd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.ltkm": {
        source: "iana"
      },
      "application/vnd.oma.bcast.notification+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.provisioningtrigger": {
        source: "iana"
      },
      "application/vnd.oma.bcast.sgboot": {
        source: "iana"
      },
      "application/vnd.oma.bcast.sgdd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.sgdu": {
        source: "iana"
      },
      "application/vnd.oma.bcast.simple-symbol-container": {
        source: "iana"
      },
      "application/vnd.oma.bcast.smartcard-trigger+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.oma.bcast.sprov+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.stkm": {
        source: "iana"
      },
      "application/vnd.oma.cab-address-book+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-feature-handler+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-pcc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-subs-invite+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-user-prefs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.dcd": {
        source: "iana"
      },
      "application/vnd.oma.dcdc": {
        source: "iana"
      },
      "application/vnd.oma.dd2+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dd2"]
      },
      "application/vnd.oma.drm.risd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.group-usage-list+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.lwm2m+cbor": {
        source: "iana"
      },
      "application/vnd.oma.lwm2m+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.lwm2m+tlv": {
        source: "iana"
      },
      "application/vnd.oma.pal+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.detailed-progress-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.final-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.groups+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.invocation-descriptor+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.optimized-progress-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.push": {
        source: "iana"
      },
      "application/vnd.oma.scidm.messages+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.xcap-directory+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.omads-email+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omads-file+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omads-folder+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omaloc-supl-init": {
        source: "iana"
      },
      "application/vnd.onepager": {
        source: "iana"
      },
      "application/vnd.onepagertamp": {
        source: "iana"
      },
      "application/vnd.onepagertamx": {
        source: "iana"
      },
      "application/vnd.onepagertat": {
        source: "iana"
      },
      "application/vnd.onepagertatp": {
        source: "iana"
      },
      "application/vnd.onepagertatx": {
        source: "iana"
      },
      "application/vnd.onvif.metadata": {
        source: "iana"
      },
      "application/vnd.openblox.game+xml": {
        source: "iana",
        compressible: true,
        extensions: ["obgx"]
      },
      "application/vnd.openblox.game-binary": {
        source: "iana"
      },
      "application/vnd.openeye.oeb": {
        source: "iana"
      },
      "application/vnd.openofficeorg.extension": {
        source: "apache",
        extensions: ["oxt"]
      },
      "application/vnd.openstreetmap.data+xml": {
        source: "iana",
        compressible: true,
        extensions: ["osm"]
      },
      "application/vnd.opentimestamps.ots": {
        source: "iana"
      },
      "application/vnd.openvpi.dspx+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.custom-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.customxmlproperties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawing+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.extended-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.commentauthors+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.handoutmaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.notesmaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
        source: "iana",
        compressible: false,
        extensions: ["pptx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presprops+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slide": {
        source: "iana",
        extensions: ["sldx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slide+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slidelayout+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slidemaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow": {
        source: "iana",
        extensions: ["ppsx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideupdateinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.tablestyles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.tags+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.template": {
        source: "iana",
        extensions: ["potx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.viewprops+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.calcchain+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcachedefinition+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcacherecords+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivottable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionheaders+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionlog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        source: "iana",
        compressible: false,
        extensions: ["xlsx"]
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.tablesinglecells+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template": {
        source: "iana",
        extensions: ["xltx"]
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.usernames+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.volatiledependencies+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.theme+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.themeoverride+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.vmldrawing": {
        source: "iana"
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
        source: "iana",
        compressible: false,
        extensions: ["docx"]
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fonttable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template": {
        source: "iana",
        extensions: ["dotx"]
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.websettings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.core-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.relationships+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oracle.resource+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.orange.indata": {
        source: "iana"
      },
      "application/vnd.osa.netdeploy": {
        source: "iana"
      },
      "application/vnd.osgeo.mapguide.package": {
        source: "iana",
        extensions: ["mgp"]
      },
      "application/vnd.osgi.bundle": {
        source: "iana"
      },
      "application/vnd.osgi.dp": {
        source: "iana",
        extensions: ["dp"]
      },
      "application/vnd.osgi.subsystem": {
        source: "iana",
        extensions: ["esa"]
      },
      "application/vnd.otps.ct-kip+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oxli.countgraph": {
        source: "iana"
      },
      "application/vnd.pagerduty+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.palm": {
        source: "iana",
        extensions: ["pdb", "pqa", "oprc"]
      },
      "application/vnd.panoply": {
        source: "iana"
      },
      "application/vnd.paos.xml": {
        source: "iana"
      },
      "application/vnd.patentdive": {
        source: "iana"
      },
      "application/vnd.patientecommsdoc": {
        source: "iana"
      },
      "application/vnd.pawaafile": {
        source: "iana",
        extensions: ["paw"]
      },
      "application/vnd.pcos": {
        source: "iana"
      },
      "application/vnd.pg.format": {
        source: "iana",
        extensions: ["str"]
      },
      "application/vnd.pg.osasli": {
        source: "iana",
        extensions: ["ei6"]
      },
      "application/vnd.piaccess.application-licence": {
        source: "iana"
      },
      "application/vnd.picsel": {
        source: "iana",
        extensions: ["efif"]
      },
      "application/vnd.pmi.widget": {
        source: "iana",
        extensions: ["wg"]
      },
      "application/vnd.poc.group-advertisement+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.pocketlearn": {
        source: "iana",
        extensions: ["plf"]
      },
      "application/vnd.powerbuilder6": {
        source: "iana",
        extensions: ["pbd"]
      },
      "application/vnd.powerbuilder6-s": {
        source: "iana"
      },
      "application/vnd.powerbuilder7": {
        source: "iana"
      },
      "application/vnd.powerbuilder7-s": {
        source: "iana"
      },
      "application/vnd.powerbuilder75": {
        source: "iana"
      },
      "application/vnd.powerbuilder75-s": {
        source: "iana"
      },
      "application/vnd.preminet": {
        source: "iana"
      },
      "application/vnd.previewsystems.box": {
        source: "iana",
        extensions: ["box"]
      },
      "application/vnd.procrate.brushset": {
        extensions: ["brushset"]
      },
      "application/vnd.procreate.brush": {
        extensions: ["brush"]
      },
      "application/vnd.procreate.dream": {
        extensions: ["drm"]
      },
      "application/vnd.proteus.magazine": {
        source: "iana",
        extensions: ["mgz"]
      },
      "application/vnd.psfs": {
        source: "iana"
      },
      "application/vnd.pt.mundusmundi": {
        source: "iana"
      },
      "application/vnd.publishare-delta-tree": {
        source: "iana",
        extensions: ["qps"]
      },
      "application/vnd.pvi.ptid1": {
        source: "iana",
        extensions: ["ptid"]
      },
      "application/vnd.pwg-multiplexed": {
        source: "iana"
      },
      "application/vnd.pwg-xhtml-print+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xhtm"]
      },
      "application/vnd.qualcomm.brew-app-res": {
        source: "iana"
      },
      "application/vnd.quarantainenet": {
        source: "iana"
      },
      "application/vnd.quark.quarkxpress": {
        source: "iana",
        extensions: ["qxd", "qxt", "qwd", "qwt", "qxl", "qxb"]
      },
      "application/vnd.quobject-quoxdocument": {
        source: "iana"
      },
      "application/vnd.radisys.moml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-conf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-conn+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-dialog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-stream+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-conf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-base+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-fax-detect+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-fax-sendrecv+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-group+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-speech+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-transform+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.rainstor.data": {
        source: "iana"
      },
      "application/vnd.rapid": {
        source: "iana"
      },
      "application/vnd.rar": {
        source: "iana",
        extensions: ["rar"]
      },
      "application/vnd.realvnc.bed": {
        source: "iana",
        extensions: ["bed"]
      },
      "application/vnd.recordare.musicxml": {
        source: "iana",
        extensions: ["mxl"]
      },
      "application/vnd.recordare.musicxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["musicxml"]
      },
      "application/vnd.relpipe": {
        source: "iana"
      },
      "application/vnd.renlearn.rlprint": {
        source: "iana"
      },
      "application/vnd.resilient.logic": {
        source: "iana"
      },
      "application/vnd.restful+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.rig.cryptonote": {
        source: "iana",
        extensions: ["cryptonote"]
      },
      "application/vnd.rim.cod": {
        source: "apache",
        extensions: ["cod"]
      },
      "application/vnd.rn-realmedia": {
        source: "apache",
        extensions: ["rm"]
      },
      "application/vnd.rn-realmedia-vbr": {
        source: "apache",
        extensions: ["rmvb"]
      },
      "application/vnd.route66.link66+xml": {
        source: "iana",
        compressible: true,
        extensions: ["link66"]
      },
      "application/vnd.rs-274x": {
        source: "iana"
      },
      "application/vnd.ruckus.download": {
        source: "iana"
      },
      "application/vnd.s3sms": {
        source: "iana"
      },
      "application/vnd.sailingtracker.track": {
        source: "iana",
        extensions: ["st"]
      },
      "application/vnd.sar": {
        source: "iana"
      },
      "application/vnd.sbm.cid": {
        source: "iana"
      },
      "application/vnd.sbm.mid2": {
        source: "iana"
      },
      "application/vnd.scribus": {
        source: "iana"
      },
      "application/vnd.sealed.3df": {
        source: "iana"
      },
      "application/vnd.sealed.csf": {
        source: "iana"
      },
      "application/vnd.sealed.doc": {
        source: "iana"
      },
      "application/vnd.sealed.eml": {
        source: "iana"
      },
      "application/vnd.sealed.mht": {
        source: "iana"
      },
      "application/vnd.sealed.net": {
        source: "iana"
      },
      "application/vnd.sealed.ppt": {
        source: "iana"
      },
      "application/vnd.sealed.tiff": {
        source: "iana"
      },
      "application/vnd.sealed.xls": {
        source: "iana"
      },
      "application/vnd.sealedmedia.softseal.html": {
        source: "iana"
      },
      "application/vnd.sealedmedia.softseal.pdf": {
        source: "iana"
      },
      "application/vnd.seemail": {
        source: "iana",
        extensions: ["see"]
      },
      "application/vnd.seis+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.sema": {
        source: "iana",
        extensions: ["sema"]
      },
      "application/vnd.semd": {
        source: "iana",
        extensions: ["semd"]
      },
      "application/vnd.semf": {
        source: "iana",
        extensions: ["semf"]
      },
      "application/vnd.shade-save-file": {
        source: "iana"
      },
      "application/vnd.shana.informed.formdata": {
        source: "iana",
        extensions: ["ifm"]
      },
      "application/vnd.shana.informed.formtemplate": {
        source: "iana",
        extensions: ["itp"]
      },
      "application/vnd.shana.informed.interchange": {
        source: "iana",
        extensions: ["iif"]
      },
      "application/vnd.shana.informed.package": {
        source: "iana",
        extensions: ["ipk"]
      },
      "application/vnd.shootproof+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.shopkick+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.shp": {
        source: "iana"
      },
      "application/vnd.shx": {
        source: "iana"
      },
      "application/vnd.sigrok.session": {
        source: "iana"
      },
      "application/vnd.simtech-mindmapper": {
        source: "iana",
        extensions: ["twd", "twds"]
      },
      "application/vnd.siren+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.sketchometry": {
        source: "iana"
      },
      "application/vnd.smaf": {
        source: "iana",
        extensions: ["mmf"]
      },
      "application/vnd.smart.notebook": {
        source: "iana"
      },
      "application/vnd.smart.teacher": {
        source: "iana",
        extensions: ["teacher"]
      },
      "application/vnd.smintio.portals.archive": {
        source: "iana"
      },
      "application/vnd.snesdev-page-table": {
        source: "iana"
      },
      "application/vnd.software602.filler.form+xml": {
        source: "iana",
        compressible: true,
        extensions: ["fo"]
      },
      "application/vnd.software602.filler.form-xml-zip": {
        source: "iana"
      },
      "application/vnd.solent.sdkm+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sdkm", "sdkd"]
      },
      "application/vnd.spotfire.dxp": {
        source: "iana",
        extensions: ["dxp"]
      },
      "application/vnd.spotfire.sfs": {
        source: "iana",
        extensions: ["sfs"]
      },
      "application/vnd.sqlite3": {
        source: "iana"
      },
      "application/vnd.sss-cod": {
        source: "iana"
      },
      "application/vnd.sss-dtf": {
        source: "iana"
      },
      "application/vnd.sss-ntf": {
        source: "iana"
      },
      "application/vnd.stardivision.calc": {
        source: "apache",
        extensions: ["sdc"]
      },
      "application/vnd.stardivision.draw": {
        source: "apache",
        extensions: ["sda"]
      },
      "application/vnd.stardivision.impress": {
        source: "apache",
        extensions: ["sdd"]
      },
      "application/vnd.stardivision.math": {
        source: "apache",
        extensions: ["smf"]
      },
      "application/vnd.stardivision.writer": {
        source: "apache",
        extensions: ["sdw", "vor"]
      },
      "application/vnd.stardivision.writer-global": {
        source: "apache",
        extensions: ["sgl"]
      },
      "application/vnd.stepmania.package": {
        source: "iana",
        extensions: ["smzip"]
      },
      "application/vnd.stepmania.stepchart": {
        source: "iana",
        extensions: ["sm"]
      },
      "application/vnd.street-stream": {
        source: "iana"
      },
      "application/vnd.sun.wadl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wadl"]
      },
      "application/vnd.sun.xml.calc": {
        source: "apache",
        extensions: ["sxc"]
      },
      "application/vnd.sun.xml.calc.template": {
        source: "apache",
        extensions: ["stc"]
      },
      "application/vnd.sun.xml.draw": {
        source: "apache",
        extensions: ["sxd"]
      },
      "application/vnd.sun.xml.draw.template": {
        source: "apache",
        extensions: ["std"]
      },
      "application/vnd.sun.xml.impress": {
        source: "apache",
        extensions: ["sxi"]
      },
      "application/vnd.sun.xml.impress.template": {
        source: "apache",
        extensions: ["sti"]
      },
      "application/vnd.sun.xml.math": {
        source: "apache",
        extensions: ["sxm"]
      },
      "application/vnd.sun.xml.writer": {
        source: "apache",
        extensions: ["sxw"]
      },
      "application/vnd.sun.xml.writer.global": {
        source: "apache",
        extensions: ["sxg"]
      },
      "application/vnd.sun.xml.writer.template": {
        source: "apache",
        extensions: ["stw"]
      },
      "application/vnd.sus-calendar": {
        source: "iana",
        extensions: ["sus", "susp"]
      },
      "application/vnd.svd": {
        source: "iana",
        extensions: ["svd"]
      },
      "application/vnd.swiftview-ics": {
        source: "iana"
      },
      "application/vnd.sybyl.mol2": {
        source: "iana"
      },
      "application/vnd.sycle+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.syft+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.symbian.install": {
        source: "apache",
        extensions: ["sis", "sisx"]
      },
      "application/vnd.syncml+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["xsm"]
      },
      "application/vnd.syncml.dm+wbxml": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["bdm"]
      },
      "application/vnd.syncml.dm+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["xdm"]
      },
      "application/vnd.syncml.dm.notification": {
        source: "iana"
      },
      "application/vnd.syncml.dmddf+wbxml": {
        source: "iana"
      },
      "application/vnd.syncml.dmddf+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["ddf"]
      },
      "application/vnd.syncml.dmtnds+wbxml": {
        source: "iana"
      },
      "application/vnd.syncml.dmtnds+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.syncml.ds.notification": {
        source: "iana"
      },
      "application/vnd.tableschema+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tao.intent-module-archive": {
        source: "iana",
        extensions: ["tao"]
      },
      "application/vnd.tcpdump.pcap": {
        source: "iana",
        extensions: ["pcap", "cap", "dmp"]
      },
      "application/vnd.think-cell.ppttc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tmd.mediaflex.api+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tml": {
        source: "iana"
      },
      "application/vnd.tmobile-livetv": {
        source: "iana",
        extensions: ["tmo"]
      },
      "application/vnd.tri.onesource": {
        source: "iana"
      },
      "application/vnd.trid.tpt": {
        source: "iana",
        extensions: ["tpt"]
      },
      "application/vnd.triscape.mxs": {
        source: "iana",
        extensions: ["mxs"]
      },
      "application/vnd.trueapp": {
        source: "iana",
        extensions: ["tra"]
      },
      "application/vnd.truedoc": {
        source: "iana"
      },
      "application/vnd.ubisoft.webplayer": {
        source: "iana"
      },
      "application/vnd.ufdl": {
        source: "iana",
        extensions: ["ufd", "ufdl"]
      },
      "application/vnd.uic.osdm+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.uiq.theme": {
        source: "iana",
        extensions: ["utz"]
      },
      "application/vnd.umajin": {
        source: "iana",
        extensions: ["umj"]
      },
      "application/vnd.unity": {
        source: "iana",
        extensions: ["unityweb"]
      },
      "application/vnd.uoml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["uoml", "uo"]
      },
      "application/vnd.uplanet.alert": {
        source: "iana"
      },
      "application/vnd.uplanet.alert-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.bearer-choice": {
        source: "iana"
      },
      "application/vnd.uplanet.bearer-choice-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.cacheop": {
        source: "iana"
      },
      "application/vnd.uplanet.cacheop-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.channel": {
        source: "iana"
      },
      "application/vnd.uplanet.channel-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.list": {
        source: "iana"
      },
      "application/vnd.uplanet.list-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.listcmd": {
        source: "iana"
      },
      "application/vnd.uplanet.listcmd-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.signal": {
        source: "iana"
      },
      "application/vnd.uri-map": {
        source: "iana"
      },
      "application/vnd.valve.source.material": {
        source: "iana"
      },
      "application/vnd.vcx": {
        source: "iana",
        extensions: ["vcx"]
      },
      "application/vnd.vd-study": {
        source: "iana"
      },
      "application/vnd.vectorworks": {
        source: "iana"
      },
      "application/vnd.vel+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.veraison.tsm-report+cbor": {
        source: "iana"
      },
      "application/vnd.veraison.tsm-report+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.verimatrix.vcas": {
        source: "iana"
      },
      "application/vnd.veritone.aion+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.veryant.thin": {
        source: "iana"
      },
      "application/vnd.ves.encrypted": {
        source: "iana"
      },
      "application/vnd.vidsoft.vidconference": {
        source: "iana"
      },
      "application/vnd.visio": {
        source: "iana",
        extensions: ["vsd", "vst", "vss", "vsw", "vsdx", "vtx"]
      },
      "application/vnd.visionary": {
        source: "iana",
        extensions: ["vis"]
      },
      "application/vnd.vividence.scriptfile": {
        source: "iana"
      },
      "application/vnd.vocalshaper.vsp4": {
        source: "iana"
      },
      "application/vnd.vsf": {
        source: "iana",
        extensions: ["vsf"]
      },
      "application/vnd.wap.sic": {
        source: "iana"
      },
      "application/vnd.wap.slc": {
        source: "iana"
      },
      "application/vnd.wap.wbxml": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["wbxml"]
      },
      "application/vnd.wap.wmlc": {
        source: "iana",
        extensions: ["wmlc"]
      },
      "application/vnd.wap.wmlscriptc": {
        source: "iana",
        extensions: ["wmlsc"]
      },
      "application/vnd.wasmflow.wafl": {
        source: "iana"
      },
      "application/vnd.webturbo": {
        source: "iana",
        extensions: ["wtb"]
      },
      "application/vnd.wfa.dpp": {
        source: "iana"
      },
      "application/vnd.wfa.p2p": {
        source: "iana"
      },
      "application/vnd.wfa.wsc": {
        source: "iana"
      },
      "application/vnd.windows.devicepairing": {
        source: "iana"
      },
      "application/vnd.wmc": {
        source: "iana"
      },
      "application/vnd.wmf.bootstrap": {
        source: "iana"
      },
      "application/vnd.wolfram.mathematica": {
        source: "iana"
      },
      "application/vnd.wolfram.mathematica.package": {
        source: "iana"
      },
      "application/vnd.wolfram.player": {
        source: "iana",
        extensions: ["nbp"]
      },
      "application/vnd.wordlift": {
        source: "iana"
      },
      "application/vnd.wordperfect": {
        source: "iana",
        extensions: ["wpd"]
      },
      "application/vnd.wqd": {
        source: "iana",
        extensions: ["wqd"]
      },
      "application/vnd.wrq-hp3000-labelled": {
        source: "iana"
      },
      "application/vnd.wt.stf": {
        source: "iana",
        extensions: ["stf"]
      },
      "application/vnd.wv.csp+wbxml": {
        source: "iana"
      },
      "application/vnd.wv.csp+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.wv.ssp+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xacml+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xara": {
        source: "iana",
        extensions: ["xar"]
      },
      "application/vnd.xarin.cpj": {
        source: "iana"
      },
      "application/vnd.xecrets-encrypted": {
        source: "iana"
      },
      "application/vnd.xfdl": {
        source: "iana",
        extensions: ["xfdl"]
      },
      "application/vnd.xfdl.webform": {
        source: "iana"
      },
      "application/vnd.xmi+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xmpie.cpkg": {
        source: "iana"
      },
      "application/vnd.xmpie.dpkg": {
        source: "iana"
      },
      "application/vnd.xmpie.plan": {
        source: "iana"
      },
      "application/vnd.xmpie.ppkg": {
        source: "iana"
      },
      "application/vnd.xmpie.xlim": {
        source: "iana"
      },
      "application/vnd.yamaha.hv-dic": {
        source: "iana",
        extensions: ["hvd"]
      },
      "application/vnd.yamaha.hv-script": {
        source: "iana",
        extensions: ["hvs"]
      },
      "application/vnd.yamaha.hv-voice": {
        source: "iana",
        extensions: ["hvp"]
      },
      "application/vnd.yamaha.openscoreformat": {
        source: "iana",
        extensions: ["osf"]
      },
      "application/vnd.yamaha.openscoreformat.osfpvg+xml": {
        source: "iana",
        compressible: true,
        extensions: ["osfpvg"]
      },
      "application/vnd.yamaha.remote-setup": {
        source: "iana"
      },
      "application/vnd.yamaha.smaf-audio": {
        source: "iana",
        extensions: ["saf"]
      },
      "application/vnd.yamaha.smaf-phrase": {
        source: "iana",
        extensions: ["spf"]
      },
      "application/vnd.yamaha.through-ngn": {
        source: "iana"
      },
      "application/vnd.yamaha.tunnel-udpencap": {
        source: "iana"
      },
      "application/vnd.yaoweme": {
        source: "iana"
      },
      "application/vnd.yellowriver-custom-menu": {
        source: "iana",
        extensions: ["cmp"]
      },
      "application/vnd.zul": {
        source: "iana",
        extensions: ["zir", "zirz"]
      },
      "application/vnd.zzazz.deck+xml": {
        source: "iana",
        compressible: true,
        extensions: ["zaz"]
      },
      "application/voicexml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["vxml"]
      },
      "application/voucher-cms+json": {
        source: "iana",
        compressible: true
      },
      "application/voucher-jws+json": {
        source: "iana",
        compressible: true
      },
      "application/vp": {
        source: "iana"
      },
      "application/vp+cose": {
        source: "iana"
      },
      "application/vp+jwt": {
        source: "iana"
      },
      "application/vq-rtcpxr": {
        source: "iana"
      },
      "application/wasm": {
        source: "iana",
        compressible: true,
        extensions: ["wasm"]
      },
      "application/watcherinfo+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wif"]
      },
      "application/webpush-options+json": {
        source: "iana",
        compressible: true
      },
      "application/whoispp-query": {
        source: "iana"
      },
      "application/whoispp-response": {
        source: "iana"
      },
      "application/widget": {
        source: "iana",
        extensions: ["wgt"]
      },
      "application/winhlp": {
        source: "apache",
        extensions: ["hlp"]
      },
      "application/wita": {
        source: "iana"
      },
      "application/wordperfect5.1": {
        source: "iana"
      },
      "application/wsdl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wsdl"]
      },
      "application/wspolicy+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wspolicy"]
      },
      "application/x-7z-compressed": {
        source: "apache",
        compressible: false,
        extensions: ["7z"]
      },
      "application/x-abiword": {
        source: "apache",
        extensions: ["abw"]
      },
      "application/x-ace-compressed": {
        source: "apache",
        extensions: ["ace"]
      },
      "application/x-amf": {
        source: "apache"
      },
      "application/x-apple-diskimage": {
        source: "apache",
        extensions: ["dmg"]
      },
      "application/x-arj": {
        compressible: false,
        extensions: ["arj"]
      },
      "application/x-authorware-bin": {
        source: "apache",
        extensions: ["aab", "x32", "u32", "vox"]
      },
      "application/x-authorware-map": {
        source: "apache",
        extensions: ["aam"]
      },
      "application/x-authorware-seg": {
        source: "apache",
        extensions: ["aas"]
      },
      "application/x-bcpio": {
        source: "apache",
        extensions: ["bcpio"]
      },
      "application/x-bdoc": {
        compressible: false,
        extensions: ["bdoc"]
      },
      "application/x-bittorrent": {
        source: "apache",
        extensions: ["torrent"]
      },
      "application/x-blender": {
        extensions: ["blend"]
      },
      "application/x-blorb": {
        source: "apache",
        extensions: ["blb", "blorb"]
      },
      "application/x-bzip": {
        source: "apache",
        compressible: false,
        extensions: ["bz"]
      },
      "application/x-bzip2": {
        source: "apache",
        compressible: false,
        extensions: ["bz2", "boz"]
      },
      "application/x-cbr": {
        source: "apache",
        extensions: ["cbr", "cba", "cbt", "cbz", "cb7"]
      },
      "application/x-cdlink": {
        source: "apache",
        extensions: ["vcd"]
      },
      "application/x-cfs-compressed": {
        source: "apache",
        extensions: ["cfs"]
      },
      "application/x-chat": {
        source: "apache",
        extensions: ["chat"]
      },
      "application/x-chess-pgn": {
        source: "apache",
        extensions: ["pgn"]
      },
      "application/x-chrome-extension": {
        extensions: ["crx"]
      },
      "application/x-cocoa": {
        source: "nginx",
        extensions: ["cco"]
      },
      "application/x-compress": {
        source: "apache"
      },
      "application/x-compressed": {
        extensions: ["rar"]
      },
      "application/x-conference": {
        source: "apache",
        extensions: ["nsc"]
      },
      "application/x-cpio": {
        source: "apache",
        extensions: ["cpio"]
      },
      "application/x-csh": {
        source: "apache",
        extensions: ["csh"]
      },
      "application/x-deb": {
        compressible: false
      },
      "application/x-debian-package": {
        source: "apache",
        extensions: ["deb", "udeb"]
      },
      "application/x-dgc-compressed": {
        source: "apache",
        extensions: ["dgc"]
      },
      "application/x-director": {
        source: "apache",
        extensions: ["dir", "dcr", "dxr", "cst", "cct", "cxt", "w3d", "fgd", "swa"]
      },
      "application/x-doom": {
        source: "apache",
        extensions: ["wad"]
      },
      "application/x-dtbncx+xml": {
        source: "apache",
        compressible: true,
        extensions: ["ncx"]
      },
      "application/x-dtbook+xml": {
        source: "apache",
        compressible: true,
        extensions: ["dtb"]
      },
      "application/x-dtbresource+xml": {
        source: "apache",
        compressible: true,
        extensions: ["res"]
      },
      "application/x-dvi": {
        source: "apache",
        compressible: false,
        extensions: ["dvi"]
      },
      "application/x-envoy": {
        source: "apache",
        extensions: ["evy"]
      },
      "application/x-eva": {
        source: "apache",
        extensions: ["eva"]
      },
      "application/x-font-bdf": {
        source: "apache",
        extensions: ["bdf"]
      },
      "application/x-font-dos": {
        source: "apache"
      },
      "application/x-font-framemaker": {
        source: "apache"
      },
      "application/x-font-ghostscript": {
        source: "apache",
        extensions: ["gsf"]
      },
      "application/x-font-libgrx": {
        source: "apache"
      },
      "application/x-font-linux-psf": {
        source: "apache",
        extensions: ["psf"]
      },
      "application/x-font-pcf": {
        source: "apache",
        extensions: ["pcf"]
      },
      "application/x-font-snf": {
        source: "apache",
        extensions: ["snf"]
      },
      "application/x-font-speedo": {
        source: "apache"
      },
      "application/x-font-sunos-news": {
        source: "apache"
      },
      "application/x-font-type1": {
        source: "apache",
        extensions: ["pfa", "pfb", "pfm", "afm"]
      },
      "application/x-font-vfont": {
        source: "apache"
      },
      "application/x-freearc": {
        source: "apache",
        extensions: ["arc"]
      },
      "application/x-futuresplash": {
        source: "apache",
        extensions: ["spl"]
      },
      "application/x-gca-compressed": {
        source: "apache",
        extensions: ["gca"]
      },
      "application/x-glulx": {
        source: "apache",
        extensions: ["ulx"]
      },
      "application/x-gnumeric": {
        source: "apache",
        extensions: ["gnumeric"]
      },
      "application/x-gramps-xml": {
        source: "apache",
        extensions: ["gramps"]
      },
      "application/x-gtar": {
        source: "apache",
        extensions: ["gtar"]
      },
      "application/x-gzip": {
        source: "apache"
      },
      "application/x-hdf": {
        source: "apache",
        extensions: ["hdf"]
      },
      "application/x-httpd-php": {
        compressible: true,
        extensions: ["php"]
      },
      "application/x-install-instructions": {
        source: "apache",
        extensions: ["install"]
      },
      "application/x-ipynb+json": {
        compressible: true,
        extensions: ["ipynb"]
      },
      "application/x-iso9660-image": {
        source: "apache",
        extensions: ["iso"]
      },
      "application/x-iwork-keynote-sffkey": {
        extensions: ["key"]
      },
      "application/x-iwork-numbers-sffnumbers": {
        extensions: ["numbers"]
      },
      "application/x-iwork-pages-sffpages": {
        extensions: ["pages"]
      },
      "application/x-java-archive-diff": {
        source: "nginx",
        extensions: ["jardiff"]
      },
      "application/x-java-jnlp-file": {
        source: "apache",
        compressible: false,
        extensions: ["jnlp"]
      },
      "application/x-javascript": {
        compressible: true
      },
      "application/x-keepass2": {
        extensions: ["kdbx"]
      },
      "application/x-latex": {
        source: "apache",
        compressible: false,
        extensions: ["latex"]
      },
      "application/x-lua-bytecode": {
        extensions: ["luac"]
      },
      "application/x-lzh-compressed": {
        source: "apache",
        extensions: ["lzh", "lha"]
      },
      "application/x-makeself": {
        source: "nginx",
        extensions: ["run"]
      },
      "application/x-mie": {
        source: "apache",
        extensions: ["mie"]
      },
      "application/x-mobipocket-ebook": {
        source: "apache",
        extensions: ["prc", "mobi"]
      },
      "application/x-mpegurl": {
        compressible: false
      },
      "application/x-ms-application": {
        source: "apache",
        extensions: ["application"]
      },
      "application/x-ms-shortcut": {
        source: "apache",
        extensions: ["lnk"]
      },
      "application/x-ms-wmd": {
        source: "apache",
        extensions: ["wmd"]
      },
      "application/x-ms-wmz": {
        source: "apache",
        extensions: ["wmz"]
      },
      "application/x-ms-xbap": {
        source: "apache",
        extensions: ["xbap"]
      },
      "application/x-msaccess": {
        source: "apache",
        extensions: ["mdb"]
      },
      "application/x-msbinder": {
        source: "apache",
        extensions: ["obd"]
      },
      "application/x-mscardfile": {
        source: "apache",
        extensions: ["crd"]
      },
      "application/x-msclip": {
        source: "apache",
        extensions: ["clp"]
      },
      "application/x-msdos-program": {
        extensions: ["exe"]
      },
      "application/x-msdownload": {
        source: "apache",
        extensions: ["exe", "dll", "com", "bat", "msi"]
      },
      "application/x-msmediaview": {
        source: "apache",
        extensions: ["mvb", "m13", "m14"]
      },
      "application/x-msmetafile": {
        source: "apache",
        extensions: ["wmf", "wmz", "emf", "emz"]
      },
      "application/x-msmoney": {
        source: "apache",
        extensions: ["mny"]
      },
      "application/x-mspublisher": {
        source: "apache",
        extensions: ["pub"]
      },
      "application/x-msschedule": {
        source: "apache",
        extensions: ["scd"]
      },
      "application/x-msterminal": {
        source: "apache",
        extensions: ["trm"]
      },
      "application/x-mswrite": {
        source: "apache",
        extensions: ["wri"]
      },
      "application/x-netcdf": {
        source: "apache",
        extensions: ["nc", "cdf"]
      },
      "application/x-ns-proxy-autoconfig": {
        compressible: true,
        extensions: ["pac"]
      },
      "application/x-nzb": {
        source: "apache",
        extensions: ["nzb"]
      },
      "application/x-perl": {
        source: "nginx",
        extensions: ["pl", "pm"]
      },
      "application/x-pilot": {
        source: "nginx",
        extensions: ["prc", "pdb"]
      },
      "application/x-pkcs12": {
        source: "apache",
        compressible: false,
        extensions: ["p12", "pfx"]
      },
      "application/x-pkcs7-certificates": {
        source: "apache",
        extensions: ["p7b", "spc"]
      },
      "application/x-pkcs7-certreqresp": {
        source: "apache",
        extensions: ["p7r"]
      },
      "application/x-pki-message": {
        source: "iana"
      },
      "application/x-rar-compressed": {
        source: "apache",
        compressible: false,
        extensions: ["rar"]
      },
      "application/x-redhat-package-manager": {
        source: "nginx",
        extensions: ["rpm"]
      },
      "application/x-research-info-systems": {
        source: "apache",
        extensions: ["ris"]
      },
      "application/x-sea": {
        source: "nginx",
        extensions: ["sea"]
      },
      "application/x-sh": {
        source: "apache",
        compressible: true,
        extensions: ["sh"]
      },
      "application/x-shar": {
        source: "apache",
        extensions: ["shar"]
      },
      "application/x-shockwave-flash": {
        source: "apache",
        compressible: false,
        extensions: ["swf"]
      },
      "application/x-silverlight-app": {
        source: "apache",
        extensions: ["xap"]
      },
      "application/x-sql": {
        source: "apache",
        extensions: ["sql"]
      },
      "application/x-stuffit": {
        source: "apache",
        compressible: false,
        extensions: ["sit"]
      },
      "application/x-stuffitx": {
        source: "apache",
        extensions: ["sitx"]
      },
      "application/x-subrip": {
        source: "apache",
        extensions: ["srt"]
      },
      "application/x-sv4cpio": {
        source: "apache",
        extensions: ["sv4cpio"]
      },
      "application/x-sv4crc": {
        source: "apache",
        extensions: ["sv4crc"]
      },
      "application/x-t3vm-image": {
        source: "apache",
        extensions: ["t3"]
      },
      "application/x-tads": {
        source: "apache",
        extensions: ["gam"]
      },
      "application/x-tar": {
        source: "apache",
        compressible: true,
        extensions: ["tar"]
      },
      "application/x-tcl": {
        source: "apache",
        extensions: ["tcl", "tk"]
      },
      "application/x-tex": {
        source: "apache",
        extensions: ["tex"]
      },
      "application/x-tex-tfm": {
        source: "apache",
        extensions: ["tfm"]
      },
      "application/x-texinfo": {
        source: "apache",
        extensions: ["texinfo", "texi"]
      },
      "application/x-tgif": {
        source: "apache",
        extensions: ["obj"]
      },
      "application/x-ustar": {
        source: "apache",
        extensions: ["ustar"]
      },
      "application/x-virtualbox-hdd": {
        compressible: true,
        extensions: ["hdd"]
      },
      "application/x-virtualbox-ova": {
        compressible: true,
        extensions: ["ova"]
      },
      "application/x-virtualbox-ovf": {
        compressible: true,
        extensions: ["ovf"]
      },
      "application/x-virtualbox-vbox": {
        compressible: true,
        extensions: ["vbox"]
      },
      "application/x-virtualbox-vbox-extpack": {
        compressible: false,
        extensions: ["vbox-extpack"]
      },
      "application/x-virtualbox-vdi": {
        compressible: true,
        extensions: ["vdi"]
      },
      "application/x-virtualbox-vhd": {
        compressible: true,
        extensions: ["vhd"]
      },
      "application/x-virtualbox-vmdk": {
        compressible: true,
        extensions: ["vmdk"]
      },
      "application/x-wais-source": {
        source: "apache",
        extensions: ["src"]
      },
      "application/x-web-app-manifest+json": {
        compressible: true,
        extensions: ["webapp"]
      },
      "application/x-www-form-urlencoded": {
        source: "iana",
        compressible: true
      },
      "application/x-x509-ca-cert": {
        source: "iana",
        extensions: ["der", "crt", "pem"]
      },
      "application/x-x509-ca-ra-cert": {
        source: "iana"
      },
      "application/x-x509-next-ca-cert": {
        source: "iana"
      },
      "application/x-xfig": {
        source: "apache",
        extensions: ["fig"]
      },
      "application/x-xliff+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xlf"]
      },
      "application/x-xpinstall": {
        source: "apache",
        compressible: false,
        extensions: ["xpi"]
      },
      "application/x-xz": {
        source: "apache",
        extensions: ["xz"]
      },
      "application/x-zip-compressed": {
        extensions: ["zip"]
      },
      "application/x-zmachine": {
        source: "apache",
        extensions: ["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8"]
      },
      "application/x400-bp": {
        source: "iana"
      },
      "application/xacml+xml": {
        source: "iana",
        compressible: true
      },
      "application/xaml+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xaml"]
      },
      "application/xcap-att+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xav"]
      },
      "application/xcap-caps+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xca"]
      },
      "application/xcap-diff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdf"]
      },
      "application/xcap-el+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xel"]
      },
      "application/xcap-error+xml": {
        source: "iana",
        compressible: true
      },
      "application/xcap-ns+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xns"]
      },
      "application/xcon-conference-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/xcon-conference-info-diff+xml": {
        source: "iana",
        compressible: true
      },
      "application/xenc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xenc"]
      },
      "application/xfdf": {
        source: "iana",
        extensions: ["xfdf"]
      },
      "application/xhtml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xhtml", "xht"]
      },
      "application/xhtml-voice+xml": {
        source: "apache",
        compressible: true
      },
      "application/xliff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xlf"]
      },
      "application/xml": {
        source: "iana",
        compressible: true,
        extensions: ["xml", "xsl", "xsd", "rng"]
      },
      "application/xml-dtd": {
        source: "iana",
        compressible: true,
        extensions: ["dtd"]
      },
      "application/xml-external-parsed-entity": {
        source: "iana"
      },
      "application/xml-patch+xml": {
        source: "iana",
        compressible: true
      },
      "application/xmpp+xml": {
        source: "iana",
        compressible: true
      },
      "application/xop+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xop"]
      },
      "application/xproc+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xpl"]
      },
      "application/xslt+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xsl", "xslt"]
      },
      "application/xspf+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xspf"]
      },
      "application/xv+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mxml", "xhvml", "xvml", "xvm"]
      },
      "application/yaml": {
        source: "iana"
      },
      "application/yang": {
        source: "iana",
        extensions: ["yang"]
      },
      "application/yang-data+cbor": {
        source: "iana"
      },
      "application/yang-data+json": {
        source: "iana",
        compressible: true
      },
      "application/yang-data+xml": {
        source: "iana",
        compressible: true
      },
      "application/yang-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/yang-patch+xml": {
        source: "iana",
        compressible: true
      },
      "application/yang-sid+json": {
        source: "iana",
        compressible: true
      },
      "application/yin+xml": {
        source: "iana",
        compressible: true,
        extensions: ["yin"]
      },
      "application/zip": {
        source: "iana",
        compressible: false,
        extensions: ["zip"]
      },
      "application/zip+dotlottie": {
        extensions: ["lottie"]
      },
      "application/zlib": {
        source: "iana"
      },
      "application/zstd": {
        source: "iana"
      },
      "audio/1d-interleaved-parityfec": {
        source: "iana"
      },
      "audio/32kadpcm": {
        source: "iana"
      },
      "audio/3gpp": {
        source: "iana",
        compressible: false,
        extensions: ["3gpp"]
      },
      "audio/3gpp2": {
        source: "iana"
      },
      "audio/aac": {
        source: "iana",
        extensions: ["adts", "aac"]
      },
      "audio/ac3": {
        source: "iana"
      },
      "audio/adpcm": {
        source: "apache",
        extensions: ["adp"]
      },
      "audio/amr": {
        source: "iana",
        extensions: ["amr"]
      },
      "audio/amr-wb": {
        source: "iana"
      },
      "audio/amr-wb+": {
        source: "iana"
      },
      "audio/aptx": {
        source: "iana"
      },
      "audio/asc": {
        source: "iana"
      },
      "audio/atrac-advanced-lossless": {
        source: "iana"
      },
      "audio/atrac-x": {
        source: "iana"
      },
      "audio/atrac3": {
        source: "iana"
      },
      "audio/basic": {
        source: "iana",
        compressible: false,
        extensions: ["au", "snd"]
      },
      "audio/bv16": {
        source: "iana"
      },
      "audio/bv32": {
        source: "iana"
      },
      "audio/clearmode": {
        source: "iana"
      },
      "audio/cn": {
        source: "iana"
      },
      "audio/dat12": {
        source: "iana"
      },
      "audio/dls": {
        source: "iana"
      },
      "audio/dsr-es201108": {
        source: "iana"
      },
      "audio/dsr-es202050": {
        source: "iana"
      },
      "audio/dsr-es202211": {
        source: "iana"
      },
      "audio/dsr-es202212": {
        source: "iana"
      },
      "audio/dv": {
        source: "iana"
      },
      "audio/dvi4": {
        source: "iana"
      },
      "audio/eac3": {
        source: "iana"
      },
      "audio/encaprtp": {
        source: "iana"
      },
      "audio/evrc": {
        source: "iana"
      },
      "audio/evrc-qcp": {
        source: "iana"
      },
      "audio/evrc0": {
        source: "iana"
      },
      "audio/evrc1": {
        source: "iana"
      },
      "audio/evrcb": {
        source: "iana"
      },
      "audio/evrcb0": {
        source: "iana"
      },
      "audio/evrcb1": {
        source: "iana"
      },
      "audio/evrcnw": {
        source: "iana"
      },
      "audio/evrcnw0": {
        source: "iana"
      },
      "audio/evrcnw1": {
        source: "iana"
      },
      "audio/evrcwb": {
        source: "iana"
      },
      "audio/evrcwb0": {
        source: "iana"
      },
      "audio/evrcwb1": {
        source: "iana"
      },
      "audio/evs": {
        source: "iana"
      },
      "audio/flac": {
        source: "iana"
      },
      "audio/flexfec": {
        source: "iana"
      },
      "audio/fwdred": {
        source: "iana"
      },
      "audio/g711-0": {
        source: "iana"
      },
      "audio/g719": {
        source: "iana"
      },
      "audio/g722": {
        source: "iana"
      },
      "audio/g7221": {
        source: "iana"
      },
      "audio/g723": {
        source: "iana"
      },
      "audio/g726-16": {
        source: "iana"
      },
      "audio/g726-24": {
        source: "iana"
      },
      "audio/g726-32": {
        source: "iana"
      },
      "audio/g726-40": {
        source: "iana"
      },
      "audio/g728": {
        source: "iana"
      },
      "audio/g729": {
        source: "iana"
      },
      "audio/g7291": {
        source: "iana"
      },
      "audio/g729d": {
        source: "iana"
      },
      "audio/g729e": {
        source: "iana"
      },
      "audio/gsm": {
        source: "iana"
      },
      "audio/gsm-efr": {
        source: "iana"
      },
      "audio/gsm-hr-08": {
        source: "iana"
      },
      "audio/ilbc": {
        source: "iana"
      },
      "audio/ip-mr_v2.5": {
        source: "iana"
      },
      "audio/isac": {
        source: "apache"
      },
      "audio/l16": {
        source: "iana"
      },
      "audio/l20": {
        source: "iana"
      },
      "audio/l24": {
        source: "iana",
        compressible: false
      },
      "audio/l8": {
        source: "iana"
      },
      "audio/lpc": {
        source: "iana"
      },
      "audio/matroska": {
        source: "iana"
      },
      "audio/melp": {
        source: "iana"
      },
      "audio/melp1200": {
        source: "iana"
      },
      "audio/melp2400": {
        source: "iana"
      },
      "audio/melp600": {
        source: "iana"
      },
      "audio/mhas": {
        source: "iana"
      },
      "audio/midi": {
        source: "apache",
        extensions: ["mid", "midi", "kar", "rmi"]
      },
      "audio/midi-clip": {
        source: "iana"
      },
      "audio/mobile-xmf": {
        source: "iana",
        extensions: ["mxmf"]
      },
      "audio/mp3": {
        compressible: false,
        extensions: ["mp3"]
      },
      "audio/mp4": {
        source: "iana",
        compressible: false,
        extensions: ["m4a", "mp4a", "m4b"]
      },
      "audio/mp4a-latm": {
        source: "iana"
      },
      "audio/mpa": {
        source: "iana"
      },
      "audio/mpa-robust": {
        source: "iana"
      },
      "audio/mpeg": {
        source: "iana",
        compressible: false,
        extensions: ["mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"]
      },
      "audio/mpeg4-generic": {
        source: "iana"
      },
      "audio/musepack": {
        source: "apache"
      },
      "audio/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["oga", "ogg", "spx", "opus"]
      },
      "audio/opus": {
        source: "iana"
      },
      "audio/parityfec": {
        source: "iana"
      },
      "audio/pcma": {
        source: "iana"
      },
      "audio/pcma-wb": {
        source: "iana"
      },
      "audio/pcmu": {
        source: "iana"
      },
      "audio/pcmu-wb": {
        source: "iana"
      },
      "audio/prs.sid": {
        source: "iana"
      },
      "audio/qcelp": {
        source: "iana"
      },
      "audio/raptorfec": {
        source: "iana"
      },
      "audio/red": {
        source: "iana"
      },
      "audio/rtp-enc-aescm128": {
        source: "iana"
      },
      "audio/rtp-midi": {
        source: "iana"
      },
      "audio/rtploopback": {
        source: "iana"
      },
      "audio/rtx": {
        source: "iana"
      },
      "audio/s3m": {
        source: "apache",
        extensions: ["s3m"]
      },
      "audio/scip": {
        source: "iana"
      },
      "audio/silk": {
        source: "apache",
        extensions: ["sil"]
      },
      "audio/smv": {
        source: "iana"
      },
      "audio/smv-qcp": {
        source: "iana"
      },
      "audio/smv0": {
        source: "iana"
      },
      "audio/sofa": {
        source: "iana"
      },
      "audio/sp-midi": {
        source: "iana"
      },
      "audio/speex": {
        source: "iana"
      },
      "audio/t140c": {
        source: "iana"
      },
      "audio/t38": {
        source: "iana"
      },
      "audio/telephone-event": {
        source: "iana"
      },
      "audio/tetra_acelp": {
        source: "iana"
      },
      "audio/tetra_acelp_bb": {
        source: "iana"
      },
      "audio/tone": {
        source: "iana"
      },
      "audio/tsvcis": {
        source: "iana"
      },
      "audio/uemclip": {
        source: "iana"
      },
      "audio/ulpfec": {
        source: "iana"
      },
      "audio/usac": {
        source: "iana"
      },
      "audio/vdvi": {
        source: "iana"
      },
      "audio/vmr-wb": {
        source: "iana"
      },
      "audio/vnd.3gpp.iufp": {
        source: "iana"
      },
      "audio/vnd.4sb": {
        source: "iana"
      },
      "audio/vnd.audiokoz": {
        source: "iana"
      },
      "audio/vnd.celp": {
        source: "iana"
      },
      "audio/vnd.cisco.nse": {
        source: "iana"
      },
      "audio/vnd.cmles.radio-events": {
        source: "iana"
      },
      "audio/vnd.cns.anp1": {
        source: "iana"
      },
      "audio/vnd.cns.inf1": {
        source: "iana"
      },
      "audio/vnd.dece.audio": {
        source: "iana",
        extensions: ["uva", "uvva"]
      },
      "audio/vnd.digital-winds": {
        source: "iana",
        extensions: ["eol"]
      },
      "audio/vnd.dlna.adts": {
        source: "iana"
      },
      "audio/vnd.dolby.heaac.1": {
        source: "iana"
      },
      "audio/vnd.dolby.heaac.2": {
        source: "iana"
      },
      "audio/vnd.dolby.mlp": {
        source: "iana"
      },
      "audio/vnd.dolby.mps": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2x": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2z": {
        source: "iana"
      },
      "audio/vnd.dolby.pulse.1": {
        source: "iana"
      },
      "audio/vnd.dra": {
        source: "iana",
        extensions: ["dra"]
      },
      "audio/vnd.dts": {
        source: "iana",
        extensions: ["dts"]
      },
      "audio/vnd.dts.hd": {
        source: "iana",
        extensions: ["dtshd"]
      },
      "audio/vnd.dts.uhd": {
        source: "iana"
      },
      "audio/vnd.dvb.file": {
        source: "iana"
      },
      "audio/vnd.everad.plj": {
        source: "iana"
      },
      "audio/vnd.hns.audio": {
        source: "iana"
      },
      "audio/vnd.lucent.voice": {
        source: "iana",
        extensions: ["lvp"]
      },
      "audio/vnd.ms-playready.media.pya": {
        source: "iana",
        extensions: ["pya"]
      },
      "audio/vnd.nokia.mobile-xmf": {
        source: "iana"
      },
      "audio/vnd.nortel.vbk": {
        source: "iana"
      },
      "audio/vnd.nuera.ecelp4800": {
        source: "iana",
        extensions: ["ecelp4800"]
      },
      "audio/vnd.nuera.ecelp7470": {
        source: "iana",
        extensions: ["ecelp7470"]
      },
      "audio/vnd.nuera.ecelp9600": {
        source: "iana",
        extensions: ["ecelp9600"]
      },
      "audio/vnd.octel.sbc": {
        source: "iana"
      },
      "audio/vnd.presonus.multitrack": {
        source: "iana"
      },
      "audio/vnd.qcelp": {
        source: "apache"
      },
      "audio/vnd.rhetorex.32kadpcm": {
        source: "iana"
      },
      "audio/vnd.rip": {
        source: "iana",
        extensions: ["rip"]
      },
      "audio/vnd.rn-realaudio": {
        compressible: false
      },
      "audio/vnd.sealedmedia.softseal.mpeg": {
        source: "iana"
      },
      "audio/vnd.vmx.cvsd": {
        source: "iana"
      },
      "audio/vnd.wave": {
        compressible: false
      },
      "audio/vorbis": {
        source: "iana",
        compressible: false
      },
      "audio/vorbis-config": {
        source: "iana"
      },
      "audio/wav": {
        compressible: false,
        extensions: ["wav"]
      },
      "audio/wave": {
        compressible: false,
        extensions: ["wav"]
      },
      "audio/webm": {
        source: "apache",
        compressible: false,
        extensions: ["weba"]
      },
      "audio/x-aac": {
        source: "apache",
        compressible: false,
        extensions: ["aac"]
      },
      "audio/x-aiff": {
        source: "apache",
        extensions: ["aif", "aiff", "aifc"]
      },
      "audio/x-caf": {
        source: "apache",
        compressible: false,
        extensions: ["caf"]
      },
      "audio/x-flac": {
        source: "apache",
        extensions: ["flac"]
      },
      "audio/x-m4a": {
        source: "nginx",
        extensions: ["m4a"]
      },
      "audio/x-matroska": {
        source: "apache",
        extensions: ["mka"]
      },
      "audio/x-mpegurl": {
        source: "apache",
        extensions: ["m3u"]
      },
      "audio/x-ms-wax": {
        source: "apache",
        extensions: ["wax"]
      },
      "audio/x-ms-wma": {
        source: "apache",
        extensions: ["wma"]
      },
      "audio/x-pn-realaudio": {
        source: "apache",
        extensions: ["ram", "ra"]
      },
      "audio/x-pn-realaudio-plugin": {
        source: "apache",
        extensions: ["rmp"]
      },
      "audio/x-realaudio": {
        source: "nginx",
        extensions: ["ra"]
      },
      "audio/x-tta": {
        source: "apache"
      },
      "audio/x-wav": {
        source: "apache",
        extensions: ["wav"]
      },
      "audio/xm": {
        source: "apache",
        extensions: ["xm"]
      },
      "chemical/x-cdx": {
        source: "apache",
        extensions: ["cdx"]
      },
      "chemical/x-cif": {
        source: "apache",
        extensions: ["cif"]
      },
      "chemical/x-cmdf": {
        source: "apache",
        extensions: ["cmdf"]
      },
      "chemical/x-cml": {
        source: "apache",
        extensions: ["cml"]
      },
      "chemical/x-csml": {
        source: "apache",
        extensions: ["csml"]
      },
      "chemical/x-pdb": {
        source: "apache"
      },
      "chemical/x-xyz": {
        source: "apache",
        extensions: ["xyz"]
      },
      "font/collection": {
        source: "iana",
        extensions: ["ttc"]
      },
      "font/otf": {
        source: "iana",
        compressible: true,
        extensions: ["otf"]
      },
      "font/sfnt": {
        source: "iana"
      },
      "font/ttf": {
        source: "iana",
        compressible: true,
        extensions: ["ttf"]
      },
      "font/woff": {
        source: "iana",
        extensions: ["woff"]
      },
      "font/woff2": {
        source: "iana",
        extensions: ["woff2"]
      },
      "image/aces": {
        source: "iana",
        extensions: ["exr"]
      },
      "image/apng": {
        source: "iana",
        compressible: false,
        extensions: ["apng"]
      },
      "image/avci": {
        source: "iana",
        extensions: ["avci"]
      },
      "image/avcs": {
        source: "iana",
        extensions: ["avcs"]
      },
      "image/avif": {
        source: "iana",
        compressible: false,
        extensions: ["avif"]
      },
      "image/bmp": {
        source: "iana",
        compressible: true,
        extensions: ["bmp", "dib"]
      },
      "image/cgm": {
        source: "iana",
        extensions: ["cgm"]
      },
      "image/dicom-rle": {
        source: "iana",
        extensions: ["drle"]
      },
      "image/dpx": {
        source: "iana",
        extensions: ["dpx"]
      },
      "image/emf": {
        source: "iana",
        extensions: ["emf"]
      },
      "image/fits": {
        source: "iana",
        extensions: ["fits"]
      },
      "image/g3fax": {
        source: "iana",
        extensions: ["g3"]
      },
      "image/gif": {
        source: "iana",
        compressible: false,
        extensions: ["gif"]
      },
      "image/heic": {
        source: "iana",
        extensions: ["heic"]
      },
      "image/heic-sequence": {
        source: "iana",
        extensions: ["heics"]
      },
      "image/heif": {
        source: "iana",
        extensions: ["heif"]
      },
      "image/heif-sequence": {
        source: "iana",
        extensions: ["heifs"]
      },
      "image/hej2k": {
        source: "iana",
        extensions: ["hej2"]
      },
      "image/ief": {
        source: "iana",
        extensions: ["ief"]
      },
      "image/j2c": {
        source: "iana"
      },
      "image/jaii": {
        source: "iana",
        extensions: ["jaii"]
      },
      "image/jais": {
        source: "iana",
        extensions: ["jais"]
      },
      "image/jls": {
        source: "iana",
        extensions: ["jls"]
      },
      "image/jp2": {
        source: "iana",
        compressible: false,
        extensions: ["jp2", "jpg2"]
      },
      "image/jpeg": {
        source: "iana",
        compressible: false,
        extensions: ["jpg", "jpeg", "jpe"]
      },
      "image/jph": {
        source: "iana",
        extensions: ["jph"]
      },
      "image/jphc": {
        source: "iana",
        extensions: ["jhc"]
      },
      "image/jpm": {
        source: "iana",
        compressible: false,
        extensions: ["jpm", "jpgm"]
      },
      "image/jpx": {
        source: "iana",
        compressible: false,
        extensions: ["jpx", "jpf"]
      },
      "image/jxl": {
        source: "iana",
        extensions: ["jxl"]
      },
      "image/jxr": {
        source: "iana",
        extensions: ["jxr"]
      },
      "image/jxra": {
        source: "iana",
        extensions: ["jxra"]
      },
      "image/jxrs": {
        source: "iana",
        extensions: ["jxrs"]
      },
      "image/jxs": {
        source: "iana",
        extensions: ["jxs"]
      },
      "image/jxsc": {
        source: "iana",
        extensions: ["jxsc"]
      },
      "image/jxsi": {
        source: "iana",
        extensions: ["jxsi"]
      },
      "image/jxss": {
        source: "iana",
        extensions: ["jxss"]
      },
      "image/ktx": {
        source: "iana",
        extensions: ["ktx"]
      },
      "image/ktx2": {
        source: "iana",
        extensions: ["ktx2"]
      },
      "image/naplps": {
        source: "iana"
      },
      "image/pjpeg": {
        compressible: false,
        extensions: ["jfif"]
      },
      "image/png": {
        source: "iana",
        compressible: false,
        extensions: ["png"]
      },
      "image/prs.btif": {
        source: "iana",
        extensions: ["btif", "btf"]
      },
      "image/prs.pti": {
        source: "iana",
        extensions: ["pti"]
      },
      "image/pwg-raster": {
        source: "iana"
      },
      "image/sgi": {
        source: "apache",
        extensions: ["sgi"]
      },
      "image/svg+xml": {
        source: "iana",
        compressible: true,
        extensions: ["svg", "svgz"]
      },
      "image/t38": {
        source: "iana",
        extensions: ["t38"]
      },
      "image/tiff": {
        source: "iana",
        compressible: false,
        extensions: ["tif", "tiff"]
      },
      "image/tiff-fx": {
        source: "iana",
        extensions: ["tfx"]
      },
      "image/vnd.adobe.photoshop": {
        source: "iana",
        compressible: true,
        extensions: ["psd"]
      },
      "image/vnd.airzip.accelerator.azv": {
        source: "iana",
        extensions: ["azv"]
      },
      "image/vnd.clip": {
        source: "iana"
      },
      "image/vnd.cns.inf2": {
        source: "iana"
      },
      "image/vnd.dece.graphic": {
        source: "iana",
        extensions: ["uvi", "uvvi", "uvg", "uvvg"]
      },
      "image/vnd.djvu": {
        source: "iana",
        extensions: ["djvu", "djv"]
      },
      "image/vnd.dvb.subtitle": {
        source: "iana",
        extensions: ["sub"]
      },
      "image/vnd.dwg": {
        source: "iana",
        extensions: ["dwg"]
      },
      "image/vnd.dxf": {
        source: "iana",
        extensions: ["dxf"]
      },
      "image/vnd.fastbidsheet": {
        source: "iana",
        extensions: ["fbs"]
      },
      "image/vnd.fpx": {
        source: "iana",
        extensions: ["fpx"]
      },
      "image/vnd.fst": {
        source: "iana",
        extensions: ["fst"]
      },
      "image/vnd.fujixerox.edmics-mmr": {
        source: "iana",
        extensions: ["mmr"]
      },
      "image/vnd.fujixerox.edmics-rlc": {
        source: "iana",
        extensions: ["rlc"]
      },
      "image/vnd.globalgraphics.pgb": {
        source: "iana"
      },
      "image/vnd.microsoft.icon": {
        source: "iana",
        compressible: true,
        extensions: ["ico"]
      },
      "image/vnd.mix": {
        source: "iana"
      },
      "image/vnd.mozilla.apng": {
        source: "iana"
      },
      "image/vnd.ms-dds": {
        compressible: true,
        extensions: ["dds"]
      },
      "image/vnd.ms-modi": {
        source: "iana",
        extensions: ["mdi"]
      },
      "image/vnd.ms-photo": {
        source: "apache",
        extensions: ["wdp"]
      },
      "image/vnd.net-fpx": {
        source: "iana",
        extensions: ["npx"]
      },
      "image/vnd.pco.b16": {
        source: "iana",
        extensions: ["b16"]
      },
      "image/vnd.radiance": {
        source: "iana"
      },
      "image/vnd.sealed.png": {
        source: "iana"
      },
      "image/vnd.sealedmedia.softseal.gif": {
        source: "iana"
      },
      "image/vnd.sealedmedia.softseal.jpg": {
        source: "iana"
      },
      "image/vnd.svf": {
        source: "iana"
      },
      "image/vnd.tencent.tap": {
        source: "iana",
        extensions: ["tap"]
      },
      "image/vnd.valve.source.texture": {
        source: "iana",
        extensions: ["vtf"]
      },
      "image/vnd.wap.wbmp": {
        source: "iana",
        extensions: ["wbmp"]
      },
      "image/vnd.xiff": {
        source: "iana",
        extensions: ["xif"]
      },
      "image/vnd.zbrush.pcx": {
        source: "iana",
        extensions: ["pcx"]
      },
      "image/webp": {
        source: "iana",
        extensions: ["webp"]
      },
      "image/wmf": {
        source: "iana",
        extensions: ["wmf"]
      },
      "image/x-3ds": {
        source: "apache",
        extensions: ["3ds"]
      },
      "image/x-adobe-dng": {
        extensions: ["dng"]
      },
      "image/x-cmu-raster": {
        source: "apache",
        extensions: ["ras"]
      },
      "image/x-cmx": {
        source: "apache",
        extensions: ["cmx"]
      },
      "image/x-emf": {
        source: "iana"
      },
      "image/x-freehand": {
        source: "apache",
        extensions: ["fh", "fhc", "fh4", "fh5", "fh7"]
      },
      "image/x-icon": {
        source: "apache",
        compressible: true,
        extensions: ["ico"]
      },
      "image/x-jng": {
        source: "nginx",
        extensions: ["jng"]
      },
      "image/x-mrsid-image": {
        source: "apache",
        extensions: ["sid"]
      },
      "image/x-ms-bmp": {
        source: "nginx",
        compressible: true,
        extensions: ["bmp"]
      },
      "image/x-pcx": {
        source: "apache",
        extensions: ["pcx"]
      },
      "image/x-pict": {
        source: "apache",
        extensions: ["pic", "pct"]
      },
      "image/x-portable-anymap": {
        source: "apache",
        extensions: ["pnm"]
      },
      "image/x-portable-bitmap": {
        source: "apache",
        extensions: ["pbm"]
      },
      "image/x-portable-graymap": {
        source: "apache",
        extensions: ["pgm"]
      },
      "image/x-portable-pixmap": {
        source: "apache",
        extensions: ["ppm"]
      },
      "image/x-rgb": {
        source: "apache",
        extensions: ["rgb"]
      },
      "image/x-tga": {
        source: "apache",
        extensions: ["tga"]
      },
      "image/x-wmf": {
        source: "iana"
      },
      "image/x-xbitmap": {
        source: "apache",
        extensions: ["xbm"]
      },
      "image/x-xcf": {
        compressible: false
      },
      "image/x-xpixmap": {
        source: "apache",
        extensions: ["xpm"]
      },
      "image/x-xwindowdump": {
        source: "apache",
        extensions: ["xwd"]
      },
      "message/bhttp": {
        source: "iana"
      },
      "message/cpim": {
        source: "iana"
      },
      "message/delivery-status": {
        source: "iana"
      },
      "message/disposition-notification": {
        source: "iana",
        extensions: [
          "disposition-notification"
        ]
      },
      "message/external-body": {
        source: "iana"
      },
      "message/feedback-report": {
        source: "iana"
      },
      "message/global": {
        source: "iana",
        extensions: ["u8msg"]
      },
      "message/global-delivery-status": {
        source: "iana",
        extensions: ["u8dsn"]
      },
      "message/global-disposition-notification": {
        source: "iana",
        extensions: ["u8mdn"]
      },
      "message/global-headers": {
        source: "iana",
        extensions: ["u8hdr"]
      },
      "message/http": {
        source: "iana",
        compressible: false
      },
      "message/imdn+xml": {
        source: "iana",
        compressible: true
      },
      "message/mls": {
        source: "iana"
      },
      "message/news": {
        source: "apache"
      },
      "message/ohttp-req": {
        source: "iana"
      },
      "message/ohttp-res": {
        source: "iana"
      },
      "message/partial": {
        source: "iana",
        compressible: false
      },
      "message/rfc822": {
        source: "iana",
        compressible: true,
        extensions: ["eml", "mime", "mht", "mhtml"]
      },
      "message/s-http": {
        source: "apache"
      },
      "message/sip": {
        source: "iana"
      },
      "message/sipfrag": {
        source: "iana"
      },
      "message/tracking-status": {
        source: "iana"
      },
      "message/vnd.si.simp": {
        source: "apache"
      },
      "message/vnd.wfa.wsc": {
        source: "iana",
        extensions: ["wsc"]
      },
      "model/3mf": {
        source: "iana",
        extensions: ["3mf"]
      },
      "model/e57": {
        source: "iana"
      },
      "model/gltf+json": {
        source: "iana",
        compressible: true,
        extensions: ["gltf"]
      },
      "model/gltf-binary": {
        source: "iana",
        compressible: true,
        extensions: ["glb"]
      },
      "model/iges": {
        source: "iana",
        compressible: false,
        extensions: ["igs", "iges"]
      },
      "model/jt": {
        source: "iana",
        extensions: ["jt"]
      },
      "model/mesh": {
        source: "iana",
        compressible: false,
        extensions: ["msh", "mesh", "silo"]
      },
      "model/mtl": {
        source: "iana",
        extensions: ["mtl"]
      },
      "model/obj": {
        source: "iana",
        extensions: ["obj"]
      },
      "model/prc": {
        source: "iana",
        extensions: ["prc"]
      },
      "model/step": {
        source: "iana",
        extensions: ["step", "stp", "stpnc", "p21", "210"]
      },
      "model/step+xml": {
        source: "iana",
        compressible: true,
        extensions: ["stpx"]
      },
      "model/step+zip": {
        source: "iana",
        compressible: false,
        extensions: ["stpz"]
      },
      "model/step-xml+zip": {
        source: "iana",
        compressible: false,
        extensions: ["stpxz"]
      },
      "model/stl": {
        source: "iana",
        extensions: ["stl"]
      },
      "model/u3d": {
        source: "iana",
        extensions: ["u3d"]
      },
      "model/vnd.bary": {
        source: "iana",
        extensions: ["bary"]
      },
      "model/vnd.cld": {
        source: "iana",
        extensions: ["cld"]
      },
      "model/vnd.collada+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dae"]
      },
      "model/vnd.dwf": {
        source: "iana",
        extensions: ["dwf"]
      },
      "model/vnd.flatland.3dml": {
        source: "iana"
      },
      "model/vnd.gdl": {
        source: "iana",
        extensions: ["gdl"]
      },
      "model/vnd.gs-gdl": {
        source: "apache"
      },
      "model/vnd.gs.gdl": {
        source: "iana"
      },
      "model/vnd.gtw": {
        source: "iana",
        extensions: ["gtw"]
      },
      "model/vnd.moml+xml": {
        source: "iana",
        compressible: true
      },
      "model/vnd.mts": {
        source: "iana",
        extensions: ["mts"]
      },
      "model/vnd.opengex": {
        source: "iana",
        extensions: ["ogex"]
      },
      "model/vnd.parasolid.transmit.binary": {
        source: "iana",
        extensions: ["x_b"]
      },
      "model/vnd.parasolid.transmit.text": {
        source: "iana",
        extensions: ["x_t"]
      },
      "model/vnd.pytha.pyox": {
        source: "iana",
        extensions: ["pyo", "pyox"]
      },
      "model/vnd.rosette.annotated-data-model": {
        source: "iana"
      },
      "model/vnd.sap.vds": {
        source: "iana",
        extensions: ["vds"]
      },
      "model/vnd.usda": {
        source: "iana",
        extensions: ["usda"]
      },
      "model/vnd.usdz+zip": {
        source: "iana",
        compressible: false,
        extensions: ["usdz"]
      },
      "model/vnd.valve.source.compiled-map": {
        source: "iana",
        extensions: ["bsp"]
      },
      "model/vnd.vtu": {
        source: "iana",
        extensions: ["vtu"]
      },
      "model/vrml": {
        source: "iana",
        compressible: false,
        extensions: ["wrl", "vrml"]
      },
      "model/x3d+binary": {
        source: "apache",
        compressible: false,
        extensions: ["x3db", "x3dbz"]
      },
      "model/x3d+fastinfoset": {
        source: "iana",
        extensions: ["x3db"]
      },
      "model/x3d+vrml": {
        source: "apache",
        compressible: false,
        extensions: ["x3dv", "x3dvz"]
      },
      "model/x3d+xml": {
        source: "iana",
        compressible: true,
        extensions: ["x3d", "x3dz"]
      },
      "model/x3d-vrml": {
        source: "iana",
        extensions: ["x3dv"]
      },
      "multipart/alternative": {
        source: "iana",
        compressible: false
      },
      "multipart/appledouble": {
        source: "iana"
      },
      "multipart/byteranges": {
        source: "iana"
      },
      "multipart/digest": {
        source: "iana"
      },
      "multipart/encrypted": {
        source: "iana",
        compressible: false
      },
      "multipart/form-data": {
        source: "iana",
        compressible: false
      },
      "multipart/header-set": {
        source: "iana"
      },
      "multipart/mixed": {
        source: "iana"
      },
      "multipart/multilingual": {
        source: "iana"
      },
      "multipart/parallel": {
        source: "iana"
      },
      "multipart/related": {
        source: "iana",
        compressible: false
      },
      "multipart/report": {
        source: "iana"
      },
      "multipart/signed": {
        source: "iana",
        compressible: false
      },
      "multipart/vnd.bint.med-plus": {
        source: "iana"
      },
      "multipart/voice-message": {
        source: "iana"
      },
      "multipart/x-mixed-replace": {
        source: "iana"
      },
      "text/1d-interleaved-parityfec": {
        source: "iana"
      },
      "text/cache-manifest": {
        source: "iana",
        compressible: true,
        extensions: ["appcache", "manifest"]
      },
      "text/calendar": {
        source: "iana",
        extensions: ["ics", "ifb"]
      },
      "text/calender": {
        compressible: true
      },
      "text/cmd": {
        compressible: true
      },
      "text/coffeescript": {
        extensions: ["coffee", "litcoffee"]
      },
      "text/cql": {
        source: "iana"
      },
      "text/cql-expression": {
        source: "iana"
      },
      "text/cql-identifier": {
        source: "iana"
      },
      "text/css": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["css"]
      },
      "text/csv": {
        source: "iana",
        compressible: true,
        extensions: ["csv"]
      },
      "text/csv-schema": {
        source: "iana"
      },
      "text/directory": {
        source: "iana"
      },
      "text/dns": {
        source: "iana"
      },
      "text/ecmascript": {
        source: "apache"
      },
      "text/encaprtp": {
        source: "iana"
      },
      "text/enriched": {
        source: "iana"
      },
      "text/fhirpath": {
        source: "iana"
      },
      "text/flexfec": {
        source: "iana"
      },
      "text/fwdred": {
        source: "iana"
      },
      "text/gff3": {
        source: "iana"
      },
      "text/grammar-ref-list": {
        source: "iana"
      },
      "text/hl7v2": {
        source: "iana"
      },
      "text/html": {
        source: "iana",
        compressible: true,
        extensions: ["html", "htm", "shtml"]
      },
      "text/jade": {
        extensions: ["jade"]
      },
      "text/javascript": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["js", "mjs"]
      },
      "text/jcr-cnd": {
        source: "iana"
      },
      "text/jsx": {
        compressible: true,
        extensions: ["jsx"]
      },
      "text/less": {
        compressible: true,
        extensions: ["less"]
      },
      "text/markdown": {
        source: "iana",
        compressible: true,
        extensions: ["md", "markdown"]
      },
      "text/mathml": {
        source: "nginx",
        extensions: ["mml"]
      },
      "text/mdx": {
        compressible: true,
        extensions: ["mdx"]
      },
      "text/mizar": {
        source: "iana"
      },
      "text/n3": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["n3"]
      },
      "text/parameters": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/parityfec": {
        source: "iana"
      },
      "text/plain": {
        source: "iana",
        compressible: true,
        extensions: ["txt", "text", "conf", "def", "list", "log", "in", "ini"]
      },
      "text/provenance-notation": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/prs.fallenstein.rst": {
        source: "iana"
      },
      "text/prs.lines.tag": {
        source: "iana",
        extensions: ["dsc"]
      },
      "text/prs.prop.logic": {
        source: "iana"
      },
      "text/prs.texi": {
        source: "iana"
      },
      "text/raptorfec": {
        source: "iana"
      },
      "text/red": {
        source: "iana"
      },
      "text/rfc822-headers": {
        source: "iana"
      },
      "text/richtext": {
        source: "iana",
        compressible: true,
        extensions: ["rtx"]
      },
      "text/rtf": {
        source: "iana",
        compressible: true,
        extensions: ["rtf"]
      },
      "text/rtp-enc-aescm128": {
        source: "iana"
      },
      "text/rtploopback": {
        source: "iana"
      },
      "text/rtx": {
        source: "iana"
      },
      "text/sgml": {
        source: "iana",
        extensions: ["sgml", "sgm"]
      },
      "text/shaclc": {
        source: "iana"
      },
      "text/shex": {
        source: "iana",
        extensions: ["shex"]
      },
      "text/slim": {
        extensions: ["slim", "slm"]
      },
      "text/spdx": {
        source: "iana",
        extensions: ["spdx"]
      },
      "text/strings": {
        source: "iana"
      },
      "text/stylus": {
        extensions: ["stylus", "styl"]
      },
      "text/t140": {
        source: "iana"
      },
      "text/tab-separated-values": {
        source: "iana",
        compressible: true,
        extensions: ["tsv"]
      },
      "text/troff": {
        source: "iana",
        extensions: ["t", "tr", "roff", "man", "me", "ms"]
      },
      "text/turtle": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["ttl"]
      },
      "text/ulpfec": {
        source: "iana"
      },
      "text/uri-list": {
        source: "iana",
        compressible: true,
        extensions: ["uri", "uris", "urls"]
      },
      "text/vcard": {
        source: "iana",
        compressible: true,
        extensions: ["vcard"]
      },
      "text/vnd.a": {
        source: "iana"
      },
      "text/vnd.abc": {
        source: "iana"
      },
      "text/vnd.ascii-art": {
        source: "iana"
      },
      "text/vnd.curl": {
        source: "iana",
        extensions: ["curl"]
      },
      "text/vnd.curl.dcurl": {
        source: "apache",
        extensions: ["dcurl"]
      },
      "text/vnd.curl.mcurl": {
        source: "apache",
        extensions: ["mcurl"]
      },
      "text/vnd.curl.scurl": {
        source: "apache",
        extensions: ["scurl"]
      },
      "text/vnd.debian.copyright": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.dmclientscript": {
        source: "iana"
      },
      "text/vnd.dvb.subtitle": {
        source: "iana",
        extensions: ["sub"]
      },
      "text/vnd.esmertec.theme-descriptor": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.exchangeable": {
        source: "iana"
      },
      "text/vnd.familysearch.gedcom": {
        source: "iana",
        extensions: ["ged"]
      },
      "text/vnd.ficlab.flt": {
        source: "iana"
      },
      "text/vnd.fly": {
        source: "iana",
        extensions: ["fly"]
      },
      "text/vnd.fmi.flexstor": {
        source: "iana",
        extensions: ["flx"]
      },
      "text/vnd.gml": {
        source: "iana"
      },
      "text/vnd.graphviz": {
        source: "iana",
        extensions: ["gv"]
      },
      "text/vnd.hans": {
        source: "iana"
      },
      "text/vnd.hgl": {
        source: "iana"
      },
      "text/vnd.in3d.3dml": {
        source: "iana",
        extensions: ["3dml"]
      },
      "text/vnd.in3d.spot": {
        source: "iana",
        extensions: ["spot"]
      },
      "text/vnd.iptc.newsml": {
        source: "iana"
      },
      "text/vnd.iptc.nitf": {
        source: "iana"
      },
      "text/vnd.latex-z": {
        source: "iana"
      },
      "text/vnd.motorola.reflex": {
        source: "iana"
      },
      "text/vnd.ms-mediapackage": {
        source: "iana"
      },
      "text/vnd.net2phone.commcenter.command": {
        source: "iana"
      },
      "text/vnd.radisys.msml-basic-layout": {
        source: "iana"
      },
      "text/vnd.senx.warpscript": {
        source: "iana"
      },
      "text/vnd.si.uricatalogue": {
        source: "apache"
      },
      "text/vnd.sosi": {
        source: "iana"
      },
      "text/vnd.sun.j2me.app-descriptor": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["jad"]
      },
      "text/vnd.trolltech.linguist": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.vcf": {
        source: "iana"
      },
      "text/vnd.wap.si": {
        source: "iana"
      },
      "text/vnd.wap.sl": {
        source: "iana"
      },
      "text/vnd.wap.wml": {
        source: "iana",
        extensions: ["wml"]
      },
      "text/vnd.wap.wmlscript": {
        source: "iana",
        extensions: ["wmls"]
      },
      "text/vnd.zoo.kcl": {
        source: "iana"
      },
      "text/vtt": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["vtt"]
      },
      "text/wgsl": {
        source: "iana",
        extensions: ["wgsl"]
      },
      "text/x-asm": {
        source: "apache",
        extensions: ["s", "asm"]
      },
      "text/x-c": {
        source: "apache",
        extensions: ["c", "cc", "cxx", "cpp", "h", "hh", "dic"]
      },
      "text/x-component": {
        source: "nginx",
        extensions: ["htc"]
      },
      "text/x-fortran": {
        source: "apache",
        extensions: ["f", "for", "f77", "f90"]
      },
      "text/x-gwt-rpc": {
        compressible: true
      },
      "text/x-handlebars-template": {
        extensions: ["hbs"]
      },
      "text/x-java-source": {
        source: "apache",
        extensions: ["java"]
      },
      "text/x-jquery-tmpl": {
        compressible: true
      },
      "text/x-lua": {
        extensions: ["lua"]
      },
      "text/x-markdown": {
        compressible: true,
        extensions: ["mkd"]
      },
      "text/x-nfo": {
        source: "apache",
        extensions: ["nfo"]
      },
      "text/x-opml": {
        source: "apache",
        extensions: ["opml"]
      },
      "text/x-org": {
        compressible: true,
        extensions: ["org"]
      },
      "text/x-pascal": {
        source: "apache",
        extensions: ["p", "pas"]
      },
      "text/x-processing": {
        compressible: true,
        extensions: ["pde"]
      },
      "text/x-sass": {
        extensions: ["sass"]
      },
      "text/x-scss": {
        extensions: ["scss"]
      },
      "text/x-setext": {
        source: "apache",
        extensions: ["etx"]
      },
      "text/x-sfv": {
        source: "apache",
        extensions: ["sfv"]
      },
      "text/x-suse-ymp": {
        compressible: true,
        extensions: ["ymp"]
      },
      "text/x-uuencode": {
        source: "apache",
        extensions: ["uu"]
      },
      "text/x-vcalendar": {
        source: "apache",
        extensions: ["vcs"]
      },
      "text/x-vcard": {
        source: "apache",
        extensions: ["vcf"]
      },
      "text/xml": {
        source: "iana",
        compressible: true,
        extensions: ["xml"]
      },
      "text/xml-external-parsed-entity": {
        source: "iana"
      },
      "text/yaml": {
        compressible: true,
        extensions: ["yaml", "yml"]
      },
      "video/1d-interleaved-parityfec": {
        source: "iana"
      },
      "video/3gpp": {
        source: "iana",
        extensions: ["3gp", "3gpp"]
      },
      "video/3gpp-tt": {
        source: "iana"
      },
      "video/3gpp2": {
        source: "iana",
        extensions: ["3g2"]
      },
      "video/av1": {
        source: "iana"
      },
      "video/bmpeg": {
        source: "iana"
      },
      "video/bt656": {
        source: "iana"
      },
      "video/celb": {
        source: "iana"
      },
      "video/dv": {
        source: "iana"
      },
      "video/encaprtp": {
        source: "iana"
      },
      "video/evc": {
        source: "iana"
      },
      "video/ffv1": {
        source: "iana"
      },
      "video/flexfec": {
        source: "iana"
      },
      "video/h261": {
        source: "iana",
        extensions: ["h261"]
      },
      "video/h263": {
        source: "iana",
        extensions: ["h263"]
      },
      "video/h263-1998": {
        source: "iana"
      },
      "video/h263-2000": {
        source: "iana"
      },
      "video/h264": {
        source: "iana",
        extensions: ["h264"]
      },
      "video/h264-rcdo": {
        source: "iana"
      },
      "video/h264-svc": {
        source: "iana"
      },
      "video/h265": {
        source: "iana"
      },
      "video/h266": {
        source: "iana"
      },
      "video/iso.segment": {
        source: "iana",
        extensions: ["m4s"]
      },
      "video/jpeg": {
        source: "iana",
        extensions: ["jpgv"]
      },
      "video/jpeg2000": {
        source: "iana"
      },
      "video/jpm": {
        source: "apache",
        extensions: ["jpm", "jpgm"]
      },
      "video/jxsv": {
        source: "iana"
      },
      "video/lottie+json": {
        source: "iana",
        compressible: true
      },
      "video/matroska": {
        source: "iana"
      },
      "video/matroska-3d": {
        source: "iana"
      },
      "video/mj2": {
        source: "iana",
        extensions: ["mj2", "mjp2"]
      },
      "video/mp1s": {
        source: "iana"
      },
      "video/mp2p": {
        source: "iana"
      },
      "video/mp2t": {
        source: "iana",
        extensions: ["ts", "m2t", "m2ts", "mts"]
      },
      "video/mp4": {
        source: "iana",
        compressible: false,
        extensions: ["mp4", "mp4v", "mpg4"]
      },
      "video/mp4v-es": {
        source: "iana"
      },
      "video/mpeg": {
        source: "iana",
        compressible: false,
        extensions: ["mpeg", "mpg", "mpe", "m1v", "m2v"]
      },
      "video/mpeg4-generic": {
        source: "iana"
      },
      "video/mpv": {
        source: "iana"
      },
      "video/nv": {
        source: "iana"
      },
      "video/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["ogv"]
      },
      "video/parityfec": {
        source: "iana"
      },
      "video/pointer": {
        source: "iana"
      },
      "video/quicktime": {
        source: "iana",
        compressible: false,
        extensions: ["qt", "mov"]
      },
      "video/raptorfec": {
        source: "iana"
      },
      "video/raw": {
        source: "iana"
      },
      "video/rtp-enc-aescm128": {
        source: "iana"
      },
      "video/rtploopback": {
        source: "iana"
      },
      "video/rtx": {
        source: "iana"
      },
      "video/scip": {
        source: "iana"
      },
      "video/smpte291": {
        source: "iana"
      },
      "video/smpte292m": {
        source: "iana"
      },
      "video/ulpfec": {
        source: "iana"
      },
      "video/vc1": {
        source: "iana"
      },
      "video/vc2": {
        source: "iana"
      },
      "video/vnd.cctv": {
        source: "iana"
      },
      "video/vnd.dece.hd": {
        source: "iana",
        extensions: ["uvh", "uvvh"]
      },
      "video/vnd.dece.mobile": {
        source: "iana",
        extensions: ["uvm", "uvvm"]
      },
      "video/vnd.dece.mp4": {
        source: "iana"
      },
      "video/vnd.dece.pd": {
        source: "iana",
        extensions: ["uvp", "uvvp"]
      },
      "video/vnd.dece.sd": {
        source: "iana",
        extensions: ["uvs", "uvvs"]
      },
      "video/vnd.dece.video": {
        source: "iana",
        extensions: ["uvv", "uvvv"]
      },
      "video/vnd.directv.mpeg": {
        source: "iana"
      },
      "video/vnd.directv.mpeg-tts": {
        source: "iana"
      },
      "video/vnd.dlna.mpeg-tts": {
        source: "iana"
      },
      "video/vnd.dvb.file": {
        source: "iana",
        extensions: ["dvb"]
      },
      "video/vnd.fvt": {
        source: "iana",
        extensions: ["fvt"]
      },
      "video/vnd.hns.video": {
        source: "iana"
      },
      "video/vnd.iptvforum.1dparityfec-1010": {
        source: "iana"
      },
      "video/vnd.iptvforum.1dparityfec-2005": {
        source: "iana"
      },
      "video/vnd.iptvforum.2dparityfec-1010": {
        source: "iana"
      },
      "video/vnd.iptvforum.2dparityfec-2005": {
        source: "iana"
      },
      "video/vnd.iptvforum.ttsavc": {
        source: "iana"
      },
      "video/vnd.iptvforum.ttsmpeg2": {
        source: "iana"
      },
      "video/vnd.motorola.video": {
        source: "iana"
      },
      "video/vnd.motorola.videop": {
        source: "iana"
      },
      "video/vnd.mpegurl": {
        source: "iana",
        extensions: ["mxu", "m4u"]
      },
      "video/vnd.ms-playready.media.pyv": {
        source: "iana",
        extensions: ["pyv"]
      },
      "video/vnd.nokia.interleaved-multimedia": {
        source: "iana"
      },
      "video/vnd.nokia.mp4vr": {
        source: "iana"
      },
      "video/vnd.nokia.videovoip": {
        source: "iana"
      },
      "video/vnd.objectvideo": {
        source: "iana"
      },
      "video/vnd.planar": {
        source: "iana"
      },
      "video/vnd.radgamettools.bink": {
        source: "iana"
      },
      "video/vnd.radgamettools.smacker": {
        source: "apache"
      },
      "video/vnd.sealed.mpeg1": {
        source: "iana"
      },
      "video/vnd.sealed.mpeg4": {
        source: "iana"
      },
      "video/vnd.sealed.swf": {
        source: "iana"
      },
      "video/vnd.sealedmedia.softseal.mov": {
        source: "iana"
      },
      "video/vnd.uvvu.mp4": {
        source: "iana",
        extensions: ["uvu", "uvvu"]
      },
      "video/vnd.vivo": {
        source: "iana",
        extensions: ["viv"]
      },
      "video/vnd.youtube.yt": {
        source: "iana"
      },
      "video/vp8": {
        source: "iana"
      },
      "video/vp9": {
        source: "iana"
      },
      "video/webm": {
        source: "apache",
        compressible: false,
        extensions: ["webm"]
      },
      "video/x-f4v": {
        source: "apache",
        extensions: ["f4v"]
      },
      "video/x-fli": {
        source: "apache",
        extensions: ["fli"]
      },
      "video/x-flv": {
        source: "apache",
        compressible: false,
        extensions: ["flv"]
      },
      "video/x-m4v": {
        source: "apache",
        extensions: ["m4v"]
      },
      "video/x-matroska": {
        source: "apache",
        compressible: false,
        extensions: ["mkv", "mk3d", "mks"]
      },
      "video/x-mng": {
        source: "apache",
        extensions: ["mng"]
      },
      "video/x-ms-asf": {
        source: "apache",
        extensions: ["asf", "asx"]
      },
      "video/x-ms-vob": {
        source: "apache",
        extensions: ["vob"]
      },
      "video/x-ms-wm": {
        source: "apache",
        extensions: ["wm"]
      },
      "video/x-ms-wmv": {
        source: "apache",
        compressible: false,
        extensions: ["wmv"]
      },
      "video/x-ms-wmx": {
        source: "apache",
        extensions: ["wmx"]
      },
      "video/x-ms-wvx": {
        source: "apache",
        extensions: ["wvx"]
      },
      "video/x-msvideo": {
        source: "apache",
        extensions: ["avi"]
      },
      "video/x-sgi-movie": {
        source: "apache",
        extensions: ["movie"]
      },
      "video/x-smv": {
        source: "apache",
        extensions: ["smv"]
      },
      "x-conference/x-cooltalk": {
        source: "apache",
        extensions: ["ice"]
      },
      "x-shader/x-fragment": {
        compressible: true
      },
      "x-shader/x-vertex": {
        compressible: true
      }
    };
  }
});

// node_modules/mime-db/index.js
var require_mime_db2 = __commonJS({
  "node_modules/mime-db/index.js"(exports2, module2) {
    module2.exports = require_db2();
  }
});

// node_modules/mime-types/mimeScore.js
var require_mimeScore = __commonJS({
  "node_modules/mime-types/mimeScore.js"(exports2, module2) {
    var FACET_SCORES = {
      "prs.": 100,
      "x-": 200,
      "x.": 300,
      "vnd.": 400,
      default: 900
    };
    var SOURCE_SCORES = {
      nginx: 10,
      apache: 20,
      iana: 40,
      default: 30
      // definitions added by `jshttp/mime-db` project?
    };
    var TYPE_SCORES = {
      // prefer application/xml over text/xml
      // prefer application/rtf over text/rtf
      application: 1,
      // prefer font/woff over application/font-woff
      font: 2,
      // prefer video/mp4 over audio/mp4 over application/mp4
      // See https://www.rfc-editor.org/rfc/rfc4337.html#section-2
      audio: 2,
      video: 3,
      default: 0
    };
    module2.exports = function mimeScore(mimeType, source = "default") {
      if (mimeType === "application/octet-stream") {
        return 0;
      }
      const [type, subtype] = mimeType.split("/");
      const facet = subtype.replace(/(\.|x-).*/, "$1");
      const facetScore = FACET_SCORES[facet] || FACET_SCORES.default;
      const sourceScore = SOURCE_SCORES[source] || SOURCE_SCORES.default;
      const typeScore = TYPE_SCORES[type] || TYPE_SCORES.default;
      const lengthScore = 1 - mimeType.length / 100;
      return facetScore + sourceScore + typeScore + lengthScore;
    };
  }
});

// node_modules/mime-types/index.js
var require_mime_types2 = __commonJS({
  "node_modules/mime-types/index.js"(exports2) {
    "use strict";
    var db = require_mime_db2();
    var extname = __require("path").extname;
    var mimeScore = require_mimeScore();
    var EXTRACT_TYPE_REGEXP = /^\s*([^;\s]*)(?:;|\s|$)/;
    var TEXT_TYPE_REGEXP = /^text\//i;
    exports2.charset = charset;
    exports2.charsets = { lookup: charset };
    exports2.contentType = contentType;
    exports2.extension = extension;
    exports2.extensions = /* @__PURE__ */ Object.create(null);
    exports2.lookup = lookup;
    exports2.types = /* @__PURE__ */ Object.create(null);
    exports2._extensionConflicts = [];
    populateMaps(exports2.extensions, exports2.types);
    function charset(type) {
      if (!type || typeof type !== "string") {
        return false;
      }
      var match = EXTRACT_TYPE_REGEXP.exec(type);
      var mime = match && db[match[1].toLowerCase()];
      if (mime && mime.charset) {
        return mime.charset;
      }
      if (match && TEXT_TYPE_REGEXP.test(match[1])) {
        return "UTF-8";
      }
      return false;
    }
    function contentType(str) {
      if (!str || typeof str !== "string") {
        return false;
      }
      var mime = str.indexOf("/") === -1 ? exports2.lookup(str) : str;
      if (!mime) {
        return false;
      }
      if (mime.indexOf("charset") === -1) {
        var charset2 = exports2.charset(mime);
        if (charset2) mime += "; charset=" + charset2.toLowerCase();
      }
      return mime;
    }
    function extension(type) {
      if (!type || typeof type !== "string") {
        return false;
      }
      var match = EXTRACT_TYPE_REGEXP.exec(type);
      var exts = match && exports2.extensions[match[1].toLowerCase()];
      if (!exts || !exts.length) {
        return false;
      }
      return exts[0];
    }
    function lookup(path9) {
      if (!path9 || typeof path9 !== "string") {
        return false;
      }
      var extension2 = extname("x." + path9).toLowerCase().slice(1);
      if (!extension2) {
        return false;
      }
      return exports2.types[extension2] || false;
    }
    function populateMaps(extensions, types) {
      Object.keys(db).forEach(function forEachMimeType(type) {
        var mime = db[type];
        var exts = mime.extensions;
        if (!exts || !exts.length) {
          return;
        }
        extensions[type] = exts;
        for (var i = 0; i < exts.length; i++) {
          var extension2 = exts[i];
          types[extension2] = _preferredType(extension2, types[extension2], type);
          const legacyType = _preferredTypeLegacy(
            extension2,
            types[extension2],
            type
          );
          if (legacyType !== types[extension2]) {
            exports2._extensionConflicts.push([extension2, legacyType, types[extension2]]);
          }
        }
      });
    }
    function _preferredType(ext, type0, type1) {
      var score0 = type0 ? mimeScore(type0, db[type0].source) : 0;
      var score1 = type1 ? mimeScore(type1, db[type1].source) : 0;
      return score0 > score1 ? type0 : type1;
    }
    function _preferredTypeLegacy(ext, type0, type1) {
      var SOURCE_RANK = ["nginx", "apache", void 0, "iana"];
      var score0 = type0 ? SOURCE_RANK.indexOf(db[type0].source) : 0;
      var score1 = type1 ? SOURCE_RANK.indexOf(db[type1].source) : 0;
      if (exports2.types[extension] !== "application/octet-stream" && (score0 > score1 || score0 === score1 && exports2.types[extension]?.slice(0, 12) === "application/")) {
        return type0;
      }
      return score0 > score1 ? type0 : type1;
    }
  }
});

// node_modules/media-typer/index.js
var require_media_typer = __commonJS({
  "node_modules/media-typer/index.js"(exports2) {
    "use strict";
    var SUBTYPE_NAME_REGEXP = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.-]{0,126}$/;
    var TYPE_NAME_REGEXP = /^[A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126}$/;
    var TYPE_REGEXP = /^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})\/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$/;
    exports2.format = format;
    exports2.parse = parse;
    exports2.test = test;
    function format(obj) {
      if (!obj || typeof obj !== "object") {
        throw new TypeError("argument obj is required");
      }
      var subtype = obj.subtype;
      var suffix = obj.suffix;
      var type = obj.type;
      if (!type || !TYPE_NAME_REGEXP.test(type)) {
        throw new TypeError("invalid type");
      }
      if (!subtype || !SUBTYPE_NAME_REGEXP.test(subtype)) {
        throw new TypeError("invalid subtype");
      }
      var string = type + "/" + subtype;
      if (suffix) {
        if (!TYPE_NAME_REGEXP.test(suffix)) {
          throw new TypeError("invalid suffix");
        }
        string += "+" + suffix;
      }
      return string;
    }
    function test(string) {
      if (typeof string !== "string") {
        throw new TypeError("argument string is required to be a string");
      }
      return TYPE_REGEXP.test(string.toLowerCase());
    }
    function parse(string) {
      if (typeof string !== "string") {
        throw new TypeError("argument string is required to be a string");
      }
      var match = TYPE_REGEXP.exec(string.toLowerCase());
      if (!match) {
        throw new TypeError("invalid media type");
      }
      var type = match[1];
      var subtype = match[2];
      var suffix;
      var index2 = subtype.lastIndexOf("+");
      if (index2 !== -1) {
        suffix = subtype.substr(index2 + 1);
        subtype = subtype.substr(0, index2);
      }
      return new MediaType(type, subtype, suffix);
    }
    function MediaType(type, subtype, suffix) {
      this.type = type;
      this.subtype = subtype;
      this.suffix = suffix;
    }
  }
});

// node_modules/type-is/index.js
var require_type_is = __commonJS({
  "node_modules/type-is/index.js"(exports2, module2) {
    "use strict";
    var contentType = require_dist();
    var mime = require_mime_types2();
    var typer = require_media_typer();
    module2.exports = typeofrequest;
    module2.exports.is = typeis;
    module2.exports.hasBody = hasbody;
    module2.exports.normalize = normalize;
    module2.exports.match = mimeMatch;
    function typeis(value, types_) {
      if (value && typeof value === "object") {
        value = value.headers["content-type"];
      }
      var i;
      var types = types_;
      var val = normalizeType(value);
      if (!val) {
        return false;
      }
      if (types && !Array.isArray(types)) {
        types = new Array(arguments.length - 1);
        for (i = 0; i < types.length; i++) {
          types[i] = arguments[i + 1];
        }
      }
      if (!types || !types.length) {
        return val;
      }
      var type;
      for (i = 0; i < types.length; i++) {
        if (mimeMatch(normalize(type = types[i]), val)) {
          return type[0] === "+" || type.indexOf("*") !== -1 ? val : type;
        }
      }
      return false;
    }
    function hasbody(req) {
      return req.headers["transfer-encoding"] !== void 0 || !isNaN(req.headers["content-length"]);
    }
    function typeofrequest(req, types_) {
      if (!hasbody(req)) return null;
      var types = arguments.length > 2 ? Array.prototype.slice.call(arguments, 1) : types_;
      var value = req.headers["content-type"];
      return typeis(value, types);
    }
    function normalize(type) {
      if (typeof type !== "string") {
        return false;
      }
      switch (type) {
        case "urlencoded":
          return "application/x-www-form-urlencoded";
        case "multipart":
          return "multipart/*";
      }
      if (type[0] === "+") {
        return "*/*" + type;
      }
      return type.indexOf("/") === -1 ? mime.lookup(type) : type;
    }
    function mimeMatch(expected, actual) {
      if (expected === false) {
        return false;
      }
      var actualParts = actual.split("/");
      var expectedParts = expected.split("/");
      if (actualParts.length !== 2 || expectedParts.length !== 2) {
        return false;
      }
      if (expectedParts[0] !== "*" && expectedParts[0] !== actualParts[0]) {
        return false;
      }
      if (expectedParts[1].slice(0, 2) === "*+") {
        return expectedParts[1].length <= actualParts[1].length + 1 && expectedParts[1].slice(1) === actualParts[1].slice(1 - expectedParts[1].length);
      }
      if (expectedParts[1] !== "*" && expectedParts[1] !== actualParts[1]) {
        return false;
      }
      return true;
    }
    function normalizeType(value) {
      if (!value) return null;
      var type = contentType.parse(value, { parameters: false }).type;
      return typer.test(type) ? type : null;
    }
  }
});

// node_modules/fresh/index.js
var require_fresh = __commonJS({
  "node_modules/fresh/index.js"(exports2, module2) {
    "use strict";
    var CACHE_CONTROL_NO_CACHE_REGEXP = /(?:^|,)\s*?no-cache\s*?(?:,|$)/;
    module2.exports = fresh;
    function fresh(reqHeaders, resHeaders) {
      var modifiedSince = reqHeaders["if-modified-since"];
      var noneMatch = reqHeaders["if-none-match"];
      if (!modifiedSince && !noneMatch) {
        return false;
      }
      var cacheControl = reqHeaders["cache-control"];
      if (cacheControl && CACHE_CONTROL_NO_CACHE_REGEXP.test(cacheControl)) {
        return false;
      }
      if (noneMatch && noneMatch !== "*") {
        var etag = resHeaders["etag"];
        if (!etag) {
          return false;
        }
        var etagStale = true;
        var matches = parseTokenList(noneMatch);
        for (var i = 0; i < matches.length; i++) {
          var match = matches[i];
          if (match === etag || match === "W/" + etag || "W/" + match === etag) {
            etagStale = false;
            break;
          }
        }
        if (etagStale) {
          return false;
        }
      }
      if (modifiedSince) {
        var lastModified = resHeaders["last-modified"];
        var modifiedStale = !lastModified || !(parseHttpDate(lastModified) <= parseHttpDate(modifiedSince));
        if (modifiedStale) {
          return false;
        }
      }
      return true;
    }
    function parseHttpDate(date) {
      var timestamp = date && Date.parse(date);
      return typeof timestamp === "number" ? timestamp : NaN;
    }
    function parseTokenList(str) {
      var end = 0;
      var list = [];
      var start = 0;
      for (var i = 0, len = str.length; i < len; i++) {
        switch (str.charCodeAt(i)) {
          case 32:
            if (start === end) {
              start = end = i + 1;
            }
            break;
          case 44:
            list.push(str.substring(start, end));
            start = end = i + 1;
            break;
          default:
            end = i + 1;
            break;
        }
      }
      list.push(str.substring(start, end));
      return list;
    }
  }
});

// node_modules/koa/lib/only.js
var require_only = __commonJS({
  "node_modules/koa/lib/only.js"(exports2, module2) {
    module2.exports = (obj, keys) => {
      const ret = {};
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (obj[key] == null) continue;
        ret[key] = obj[key];
      }
      return ret;
    };
  }
});

// node_modules/koa/lib/request.js
var require_request = __commonJS({
  "node_modules/koa/lib/request.js"(exports2, module2) {
    "use strict";
    var URL2 = __require("url").URL;
    var net = __require("net");
    var accepts = require_accepts();
    var contentType = require_content_type();
    var stringify = __require("url").format;
    var parse = require_parseurl();
    var sp = require_search_params();
    var typeis = require_type_is();
    var fresh = require_fresh();
    var only = require_only();
    var util = __require("util");
    var IP = /* @__PURE__ */ Symbol("context#ip");
    var HTTP_URL_PREFIX = /^https?:\/\//i;
    var INVALID_IPV6_HOST_CHARACTERS = /[/?#\\\s]/;
    module2.exports = {
      /**
       * Return request header.
       *
       * @return {Object}
       * @api public
       */
      get header() {
        return this.req.headers;
      },
      /**
       * Set request header.
       *
       * @api public
       */
      set header(val) {
        this.req.headers = val;
      },
      /**
       * Return request header, alias as request.header
       *
       * @return {Object}
       * @api public
       */
      get headers() {
        return this.req.headers;
      },
      /**
       * Set request header, alias as request.header
       *
       * @api public
       */
      set headers(val) {
        this.req.headers = val;
      },
      /**
       * Get request URL.
       *
       * @return {String}
       * @api public
       */
      get url() {
        return this.req.url;
      },
      /**
       * Set request URL.
       *
       * @api public
       */
      set url(val) {
        this.req.url = val;
      },
      /**
       * Get the origin header.
       *
       * @return {String}
       * @api public
       */
      get origin() {
        return this.req.headers.origin || null;
      },
      /**
       * Get full request URL.
       *
       * @return {String}
       * @api public
       */
      get href() {
        if (HTTP_URL_PREFIX.test(this.originalUrl)) return this.originalUrl;
        return this.protocol + "://" + this.host + this.originalUrl;
      },
      /**
       * Get request method.
       *
       * @return {String}
       * @api public
       */
      get method() {
        return this.req.method;
      },
      /**
       * Set request method.
       *
       * @param {String} val
       * @api public
       */
      set method(val) {
        this.req.method = val;
      },
      /**
       * Get request pathname.
       *
       * @return {String}
       * @api public
       */
      get path() {
        return parse(this.req).pathname;
      },
      /**
       * Set pathname, retaining the query string when present.
       *
       * @param {String} path
       * @api public
       */
      set path(path9) {
        const url = parse(this.req);
        if (url.pathname === path9) return;
        url.pathname = path9;
        url.path = null;
        this.url = stringify(url);
      },
      /**
       * Get parsed query string.
       *
       * @return {Object}
       * @api public
       */
      get query() {
        const str = this.querystring;
        const c = this._querycache = this._querycache || /* @__PURE__ */ Object.create(null);
        return c[str] || (c[str] = sp.parse(str));
      },
      /**
       * Set query string as an object.
       *
       * @param {Object} obj
       * @api public
       */
      set query(obj) {
        this.querystring = sp.stringify(obj);
      },
      /**
       * Get query string.
       *
       * @return {String}
       * @api public
       */
      get querystring() {
        if (!this.req) return "";
        return parse(this.req).query || "";
      },
      /**
       * Set query string.
       *
       * @param {String} str
       * @api public
       */
      set querystring(str) {
        const url = parse(this.req);
        if (url.search === `?${str}`) return;
        url.search = str;
        url.path = null;
        this.url = stringify(url);
      },
      /**
       * Get the search string. Same as the query string
       * except it includes the leading ?.
       *
       * @return {String}
       * @api public
       */
      get search() {
        if (!this.querystring) return "";
        return `?${this.querystring}`;
      },
      /**
       * Set the search string. Same as
       * request.querystring= but included for ubiquity.
       *
       * @param {String} str
       * @api public
       */
      set search(str) {
        this.querystring = str;
      },
      /**
       * Parse the "Host" header field host
       * and support X-Forwarded-Host when a
       * proxy is enabled.
       *
       * @return {String} hostname:port
       * @api public
       */
      get host() {
        const proxy = this.app.proxy;
        let host = proxy && this.get("X-Forwarded-Host");
        if (!host) {
          if (this.req.httpVersionMajor >= 2) host = this.get(":authority");
          if (!host) host = this.get("Host");
        }
        if (!host) return "";
        host = splitCommaSeparatedValues(host, 1)[0];
        if (host.includes("@")) {
          try {
            host = new URL2(`http://${host}`).host;
          } catch (e) {
            return "";
          }
        }
        return host;
      },
      /**
       * Parse the "Host" header field hostname
       * and support X-Forwarded-Host when a
       * proxy is enabled.
       *
       * @return {String} hostname
       * @api public
       */
      get hostname() {
        const host = this.host;
        if (!host) return "";
        const isIPv6 = host[0] === "[";
        const hasInvalidIPv6Characters = isIPv6 && INVALID_IPV6_HOST_CHARACTERS.test(host);
        if (hasInvalidIPv6Characters) return "";
        try {
          if (isIPv6) return new URL2(`http://${host}`).hostname;
          return host.split(":", 1)[0];
        } catch {
          return "";
        }
      },
      /**
       * Get WHATWG parsed URL.
       * Lazily memoized.
       *
       * @return {URL|Object}
       * @api public
       */
      get URL() {
        if (!this.memoizedURL) {
          const originalUrl = this.originalUrl || "";
          try {
            this.memoizedURL = HTTP_URL_PREFIX.test(originalUrl) ? new URL2(originalUrl) : new URL2(`${this.protocol}://${this.host}${originalUrl}`);
          } catch (err) {
            this.memoizedURL = /* @__PURE__ */ Object.create(null);
          }
        }
        return this.memoizedURL;
      },
      /**
       * Check if the request is fresh, aka
       * Last-Modified and/or the ETag
       * still match.
       *
       * @return {Boolean}
       * @api public
       */
      get fresh() {
        const method = this.method;
        const s = this.ctx.status;
        if (method !== "GET" && method !== "HEAD") return false;
        if (s >= 200 && s < 300 || s === 304) {
          return fresh(this.header, this.response.header);
        }
        return false;
      },
      /**
       * Check if the request is stale, aka
       * "Last-Modified" and / or the "ETag" for the
       * resource has changed.
       *
       * @return {Boolean}
       * @api public
       */
      get stale() {
        return !this.fresh;
      },
      /**
       * Check if the request is idempotent.
       *
       * @return {Boolean}
       * @api public
       */
      get idempotent() {
        const methods = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"];
        return !!~methods.indexOf(this.method);
      },
      /**
       * Return the request socket.
       *
       * @return {Connection}
       * @api public
       */
      get socket() {
        return this.req.socket;
      },
      /**
       * Get the charset when present or undefined.
       *
       * @return {String}
       * @api public
       */
      get charset() {
        try {
          const { parameters } = contentType.parse(this.req);
          return parameters.charset || "";
        } catch (e) {
          return "";
        }
      },
      /**
       * Return parsed Content-Length when present.
       *
       * @return {Number|void}
       * @api public
       */
      get length() {
        const len = this.get("Content-Length");
        if (len === "") return;
        const parsed = Number.parseInt(len, 10);
        return Number.isNaN(parsed) ? void 0 : parsed;
      },
      /**
       * Return the protocol string "http" or "https"
       * when requested with TLS. When the proxy setting
       * is enabled the "X-Forwarded-Proto" header
       * field will be trusted. If you're running behind
       * a reverse proxy that supplies https for you this
       * may be enabled.
       *
       * @return {String}
       * @api public
       */
      get protocol() {
        if (this.socket.encrypted) return "https";
        if (!this.app.proxy) return "http";
        const proto = this.get("X-Forwarded-Proto");
        return proto ? splitCommaSeparatedValues(proto, 1)[0].toLowerCase() : "http";
      },
      /**
       * Shorthand for:
       *
       *    this.protocol == 'https'
       *
       * @return {Boolean}
       * @api public
       */
      get secure() {
        return this.protocol === "https";
      },
      /**
       * When `app.proxy` is `true`, parse
       * the "X-Forwarded-For" ip address list.
       *
       * For example if the value was "client, proxy1, proxy2"
       * you would receive the array `["client", "proxy1", "proxy2"]`
       * where "proxy2" is the furthest down-stream.
       *
       * @return {Array}
       * @api public
       */
      get ips() {
        const proxy = this.app.proxy;
        const val = this.get(this.app.proxyIpHeader);
        let ips = proxy && val ? splitCommaSeparatedValues(val) : [];
        if (this.app.maxIpsCount > 0) {
          ips = ips.slice(-this.app.maxIpsCount);
        }
        return ips;
      },
      /**
       * Return request's remote address
       * When `app.proxy` is `true`, parse
       * the "X-Forwarded-For" ip address list and return the first one
       *
       * @return {String}
       * @api public
       */
      get ip() {
        if (!this[IP]) {
          this[IP] = this.ips[0] || this.socket.remoteAddress || "";
        }
        return this[IP];
      },
      set ip(_ip) {
        this[IP] = _ip;
      },
      /**
       * Return subdomains as an array.
       *
       * Subdomains are the dot-separated parts of the host before the main domain
       * of the app. By default, the domain of the app is assumed to be the last two
       * parts of the host. This can be changed by setting `app.subdomainOffset`.
       *
       * For example, if the domain is "tobi.ferrets.example.com":
       * If `app.subdomainOffset` is not set, this.subdomains is
       * `["ferrets", "tobi"]`.
       * If `app.subdomainOffset` is 3, this.subdomains is `["tobi"]`.
       *
       * @return {Array}
       * @api public
       */
      get subdomains() {
        const offset = this.app.subdomainOffset;
        const hostname = this.hostname;
        const isIPv6 = hostname[0] === "[";
        const ip = isIPv6 ? hostname.slice(1, -1) : hostname;
        if (net.isIP(ip)) return [];
        return hostname.split(".").reverse().slice(offset);
      },
      /**
       * Get accept object.
       * Lazily memoized.
       *
       * @return {Object}
       * @api private
       */
      get accept() {
        return this._accept || (this._accept = accepts(this.req));
      },
      /**
       * Set accept object.
       *
       * @param {Object} obj
       * @api private
       */
      set accept(obj) {
        this._accept = obj;
      },
      /**
       * Check if the given `type(s)` is acceptable, returning
       * the best match when true, otherwise `false`, in which
       * case you should respond with 406 "Not Acceptable".
       *
       * The `type` value may be a single mime type string
       * such as "application/json", the extension name
       * such as "json" or an array `["json", "html", "text/plain"]`. When a list
       * or array is given the _best_ match, if any is returned.
       *
       * Examples:
       *
       *     // Accept: text/html
       *     this.accepts('html');
       *     // => "html"
       *
       *     // Accept: text/*, application/json
       *     this.accepts('html');
       *     // => "html"
       *     this.accepts('text/html');
       *     // => "text/html"
       *     this.accepts('json', 'text');
       *     // => "json"
       *     this.accepts('application/json');
       *     // => "application/json"
       *
       *     // Accept: text/*, application/json
       *     this.accepts('image/png');
       *     this.accepts('png');
       *     // => false
       *
       *     // Accept: text/*;q=.5, application/json
       *     this.accepts(['html', 'json']);
       *     this.accepts('html', 'json');
       *     // => "json"
       *
       * @param {String|Array} type(s)...
       * @return {String|Array|false}
       * @api public
       */
      accepts(...args2) {
        return this.accept.types(...args2);
      },
      /**
       * Return accepted encodings or best fit based on `encodings`.
       *
       * Given `Accept-Encoding: gzip, deflate`
       * an array sorted by quality is returned:
       *
       *     ['gzip', 'deflate']
       *
       * @param {String|Array} encoding(s)...
       * @return {String|Array}
       * @api public
       */
      acceptsEncodings(...args2) {
        return this.accept.encodings(...args2);
      },
      /**
       * Return accepted charsets or best fit based on `charsets`.
       *
       * Given `Accept-Charset: utf-8, iso-8859-1;q=0.2, utf-7;q=0.5`
       * an array sorted by quality is returned:
       *
       *     ['utf-8', 'utf-7', 'iso-8859-1']
       *
       * @param {String|Array} charset(s)...
       * @return {String|Array}
       * @api public
       */
      acceptsCharsets(...args2) {
        return this.accept.charsets(...args2);
      },
      /**
       * Return accepted languages or best fit based on `langs`.
       *
       * Given `Accept-Language: en;q=0.8, es, pt`
       * an array sorted by quality is returned:
       *
       *     ['es', 'pt', 'en']
       *
       * @param {String|Array} lang(s)...
       * @return {Array|String}
       * @api public
       */
      acceptsLanguages(...args2) {
        return this.accept.languages(...args2);
      },
      /**
       * Check if the incoming request contains the "Content-Type"
       * header field and if it contains any of the given mime `type`s.
       * If there is no request body, `null` is returned.
       * If there is no content type, `false` is returned.
       * Otherwise, it returns the first `type` that matches.
       *
       * Examples:
       *
       *     // With Content-Type: text/html; charset=utf-8
       *     this.is('html'); // => 'html'
       *     this.is('text/html'); // => 'text/html'
       *     this.is('text/*', 'application/json'); // => 'text/html'
       *
       *     // When Content-Type is application/json
       *     this.is('json', 'urlencoded'); // => 'json'
       *     this.is('application/json'); // => 'application/json'
       *     this.is('html', 'application/*'); // => 'application/json'
       *
       *     this.is('html'); // => false
       *
       * @param {String|String[]} [type]
       * @param {String[]} [types]
       * @return {String|false|null}
       * @api public
       */
      is(type, ...types) {
        return typeis(this.req, type, ...types);
      },
      /**
       * Return the request mime type void of
       * parameters such as "charset".
       *
       * @return {String}
       * @api public
       */
      get type() {
        const type = this.get("Content-Type");
        if (!type) return "";
        return type.split(";")[0];
      },
      /**
       * Return request header.
       *
       * The `Referrer` header field is special-cased,
       * both `Referrer` and `Referer` are interchangeable.
       *
       * Examples:
       *
       *     this.get('Content-Type');
       *     // => "text/plain"
       *
       *     this.get('content-type');
       *     // => "text/plain"
       *
       *     this.get('Something');
       *     // => ''
       *
       * @param {String} field
       * @return {String}
       * @api public
       */
      get(field2) {
        const req = this.req;
        switch (field2 = field2.toLowerCase()) {
          case "referer":
          case "referrer":
            return req.headers.referrer || req.headers.referer || "";
          default:
            return req.headers[field2] || "";
        }
      },
      /**
       * Inspect implementation.
       *
       * @return {Object}
       * @api public
       */
      inspect() {
        if (!this.req) return;
        return this.toJSON();
      },
      /**
       * Return JSON representation.
       *
       * @return {Object}
       * @api public
       */
      toJSON() {
        return only(this, [
          "method",
          "url",
          "header"
        ]);
      }
    };
    if (util.inspect.custom) {
      module2.exports[util.inspect.custom] = module2.exports.inspect;
    }
    function splitCommaSeparatedValues(value, limit) {
      return value.split(",", limit).map((v) => v.trim());
    }
  }
});

// node_modules/content-disposition/index.js
var require_content_disposition = __commonJS({
  "node_modules/content-disposition/index.js"(exports2, module2) {
    "use strict";
    module2.exports = contentDisposition;
    module2.exports.parse = parse;
    var basename = __require("path").basename;
    var ENCODE_URL_ATTR_CHAR_REGEXP = /[\x00-\x20"'()*,/:;<=>?@[\\\]{}\x7f]/g;
    var HEX_ESCAPE_REGEXP = /%[0-9A-Fa-f]{2}/;
    var HEX_ESCAPE_REPLACE_REGEXP = /%([0-9A-Fa-f]{2})/g;
    var NON_LATIN1_REGEXP = /[^\x20-\x7e\xa0-\xff]/g;
    var QESC_REGEXP = /\\([\u0000-\u007f])/g;
    var QUOTE_REGEXP = /([\\"])/g;
    var PARAM_REGEXP = /;[\x09\x20]*([!#$%&'*+.0-9A-Z^_`a-z|~-]+)[\x09\x20]*=[\x09\x20]*("(?:[\x20!\x23-\x5b\x5d-\x7e\x80-\xff]|\\[\x20-\x7e])*"|[!#$%&'*+.0-9A-Z^_`a-z|~-]+)[\x09\x20]*/g;
    var TEXT_REGEXP = /^[\x20-\x7e\x80-\xff]+$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.0-9A-Z^_`a-z|~-]+$/;
    var EXT_VALUE_REGEXP = /^([A-Za-z0-9!#$%&+\-^_`{}~]+)'(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8}|)'((?:%[0-9A-Fa-f]{2}|[A-Za-z0-9!#$&+.^_`|~-])+)$/;
    var DISPOSITION_TYPE_REGEXP = /^([!#$%&'*+.0-9A-Z^_`a-z|~-]+)[\x09\x20]*(?:$|;)/;
    function contentDisposition(filename, options) {
      var opts = options || {};
      var type = opts.type || "attachment";
      var params = createparams(filename, opts.fallback);
      return format(new ContentDisposition(type, params));
    }
    function createparams(filename, fallback) {
      if (filename === void 0) {
        return;
      }
      var params = {};
      if (typeof filename !== "string") {
        throw new TypeError("filename must be a string");
      }
      if (fallback === void 0) {
        fallback = true;
      }
      if (typeof fallback !== "string" && typeof fallback !== "boolean") {
        throw new TypeError("fallback must be a string or boolean");
      }
      if (typeof fallback === "string" && NON_LATIN1_REGEXP.test(fallback)) {
        throw new TypeError("fallback must be ISO-8859-1 string");
      }
      var name = basename(filename);
      var isQuotedString = TEXT_REGEXP.test(name);
      var fallbackName = typeof fallback !== "string" ? fallback && getlatin1(name) : basename(fallback);
      var hasFallback = typeof fallbackName === "string" && fallbackName !== name;
      if (hasFallback || !isQuotedString || HEX_ESCAPE_REGEXP.test(name)) {
        params["filename*"] = name;
      }
      if (isQuotedString || hasFallback) {
        params.filename = hasFallback ? fallbackName : name;
      }
      return params;
    }
    function format(obj) {
      var parameters = obj.parameters;
      var type = obj.type;
      if (!type || typeof type !== "string" || !TOKEN_REGEXP.test(type)) {
        throw new TypeError("invalid type");
      }
      var string = String(type).toLowerCase();
      if (parameters && typeof parameters === "object") {
        var param;
        var params = Object.keys(parameters).sort();
        for (var i = 0; i < params.length; i++) {
          param = params[i];
          var val = param.slice(-1) === "*" ? ustring(parameters[param]) : qstring(parameters[param]);
          string += "; " + param + "=" + val;
        }
      }
      return string;
    }
    function decodefield(str) {
      var match = EXT_VALUE_REGEXP.exec(str);
      if (!match) {
        throw new TypeError("invalid extended field value");
      }
      var charset = match[1].toLowerCase();
      var encoded = match[2];
      var value;
      var binary = encoded.replace(HEX_ESCAPE_REPLACE_REGEXP, pdecode);
      switch (charset) {
        case "iso-8859-1":
          value = getlatin1(binary);
          break;
        case "utf-8":
        case "utf8":
          value = Buffer.from(binary, "binary").toString("utf8");
          break;
        default:
          throw new TypeError("unsupported charset in extended field");
      }
      return value;
    }
    function getlatin1(val) {
      return String(val).replace(NON_LATIN1_REGEXP, "?");
    }
    function parse(string) {
      if (!string || typeof string !== "string") {
        throw new TypeError("argument string is required");
      }
      var match = DISPOSITION_TYPE_REGEXP.exec(string);
      if (!match) {
        throw new TypeError("invalid type format");
      }
      var index2 = match[0].length;
      var type = match[1].toLowerCase();
      var key;
      var names2 = [];
      var params = {};
      var value;
      index2 = PARAM_REGEXP.lastIndex = match[0].slice(-1) === ";" ? index2 - 1 : index2;
      while (match = PARAM_REGEXP.exec(string)) {
        if (match.index !== index2) {
          throw new TypeError("invalid parameter format");
        }
        index2 += match[0].length;
        key = match[1].toLowerCase();
        value = match[2];
        if (names2.indexOf(key) !== -1) {
          throw new TypeError("invalid duplicate parameter");
        }
        names2.push(key);
        if (key.indexOf("*") + 1 === key.length) {
          key = key.slice(0, -1);
          value = decodefield(value);
          params[key] = value;
          continue;
        }
        if (typeof params[key] === "string") {
          continue;
        }
        if (value[0] === '"') {
          value = value.slice(1, -1).replace(QESC_REGEXP, "$1");
        }
        params[key] = value;
      }
      if (index2 !== -1 && index2 !== string.length) {
        throw new TypeError("invalid parameter format");
      }
      return new ContentDisposition(type, params);
    }
    function pdecode(str, hex) {
      return String.fromCharCode(parseInt(hex, 16));
    }
    function pencode(char) {
      return "%" + String(char).charCodeAt(0).toString(16).toUpperCase();
    }
    function qstring(val) {
      var str = String(val);
      return '"' + str.replace(QUOTE_REGEXP, "\\$1") + '"';
    }
    function ustring(val) {
      var str = String(val);
      var encoded = encodeURIComponent(str).replace(ENCODE_URL_ATTR_CHAR_REGEXP, pencode);
      return "UTF-8''" + encoded;
    }
    function ContentDisposition(type, parameters) {
      this.type = type;
      this.parameters = parameters;
    }
  }
});

// node_modules/escape-html/index.js
var require_escape_html = __commonJS({
  "node_modules/escape-html/index.js"(exports2, module2) {
    "use strict";
    var matchHtmlRegExp = /["'&<>]/;
    module2.exports = escapeHtml3;
    function escapeHtml3(string) {
      var str = "" + string;
      var match = matchHtmlRegExp.exec(str);
      if (!match) {
        return str;
      }
      var escape;
      var html = "";
      var index2 = 0;
      var lastIndex = 0;
      for (index2 = match.index; index2 < str.length; index2++) {
        switch (str.charCodeAt(index2)) {
          case 34:
            escape = "&quot;";
            break;
          case 38:
            escape = "&amp;";
            break;
          case 39:
            escape = "&#39;";
            break;
          case 60:
            escape = "&lt;";
            break;
          case 62:
            escape = "&gt;";
            break;
          default:
            continue;
        }
        if (lastIndex !== index2) {
          html += str.substring(lastIndex, index2);
        }
        lastIndex = index2 + 1;
        html += escape;
      }
      return lastIndex !== index2 ? html + str.substring(lastIndex, index2) : html;
    }
  }
});

// node_modules/destroy/index.js
var require_destroy = __commonJS({
  "node_modules/destroy/index.js"(exports2, module2) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var ReadStream = __require("fs").ReadStream;
    var Stream = __require("stream");
    var Zlib = __require("zlib");
    module2.exports = destroy;
    function destroy(stream, suppress) {
      if (isFsReadStream(stream)) {
        destroyReadStream(stream);
      } else if (isZlibStream(stream)) {
        destroyZlibStream(stream);
      } else if (hasDestroy(stream)) {
        stream.destroy();
      }
      if (isEventEmitter(stream) && suppress) {
        stream.removeAllListeners("error");
        stream.addListener("error", noop);
      }
      return stream;
    }
    function destroyReadStream(stream) {
      stream.destroy();
      if (typeof stream.close === "function") {
        stream.on("open", onOpenClose);
      }
    }
    function closeZlibStream(stream) {
      if (stream._hadError === true) {
        var prop = stream._binding === null ? "_binding" : "_handle";
        stream[prop] = {
          close: function() {
            this[prop] = null;
          }
        };
      }
      stream.close();
    }
    function destroyZlibStream(stream) {
      if (typeof stream.destroy === "function") {
        if (stream._binding) {
          stream.destroy();
          if (stream._processing) {
            stream._needDrain = true;
            stream.once("drain", onDrainClearBinding);
          } else {
            stream._binding.clear();
          }
        } else if (stream._destroy && stream._destroy !== Stream.Transform.prototype._destroy) {
          stream.destroy();
        } else if (stream._destroy && typeof stream.close === "function") {
          stream.destroyed = true;
          stream.close();
        } else {
          stream.destroy();
        }
      } else if (typeof stream.close === "function") {
        closeZlibStream(stream);
      }
    }
    function hasDestroy(stream) {
      return stream instanceof Stream && typeof stream.destroy === "function";
    }
    function isEventEmitter(val) {
      return val instanceof EventEmitter;
    }
    function isFsReadStream(stream) {
      return stream instanceof ReadStream;
    }
    function isZlibStream(stream) {
      return stream instanceof Zlib.Gzip || stream instanceof Zlib.Gunzip || stream instanceof Zlib.Deflate || stream instanceof Zlib.DeflateRaw || stream instanceof Zlib.Inflate || stream instanceof Zlib.InflateRaw || stream instanceof Zlib.Unzip;
    }
    function noop() {
    }
    function onDrainClearBinding() {
      this._binding.clear();
    }
    function onOpenClose() {
      if (typeof this.fd === "number") {
        this.close();
      }
    }
  }
});

// node_modules/encodeurl/index.js
var require_encodeurl = __commonJS({
  "node_modules/encodeurl/index.js"(exports2, module2) {
    "use strict";
    module2.exports = encodeUrl;
    var ENCODE_CHARS_REGEXP = /(?:[^\x21\x23-\x3B\x3D\x3F-\x5F\x61-\x7A\x7C\x7E]+|%+(?![0-9A-Fa-f]{2})){1,1024}/g;
    var SURROGATE_REGEXP = /([\uD800-\uDBFF][\uDC00-\uDFFF])|[\uD800-\uDFFF]/g;
    function encodeUrl(url) {
      return String(url).replace(SURROGATE_REGEXP, function(_, pair) {
        return pair || "\uFFFD";
      }).replace(ENCODE_CHARS_REGEXP, encodeURI);
    }
  }
});

// node_modules/vary/index.js
var require_vary = __commonJS({
  "node_modules/vary/index.js"(exports2, module2) {
    "use strict";
    module2.exports = vary;
    module2.exports.append = append;
    var FIELD_NAME_REGEXP = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
    function append(header, field2) {
      if (typeof header !== "string") {
        throw new TypeError("header argument is required");
      }
      if (!field2) {
        throw new TypeError("field argument is required");
      }
      var fields = !Array.isArray(field2) ? parse(String(field2)) : field2;
      for (var j = 0; j < fields.length; j++) {
        if (!FIELD_NAME_REGEXP.test(fields[j])) {
          throw new TypeError("field argument contains an invalid header name");
        }
      }
      if (header === "*") {
        return header;
      }
      var val = header;
      var vals = parse(header.toLowerCase());
      if (fields.indexOf("*") !== -1 || vals.indexOf("*") !== -1) {
        return "*";
      }
      for (var i = 0; i < fields.length; i++) {
        var fld = fields[i].toLowerCase();
        if (vals.indexOf(fld) === -1) {
          vals.push(fld);
          val = val ? val + ", " + fields[i] : fields[i];
        }
      }
      return val;
    }
    function parse(header) {
      var end = 0;
      var list = [];
      var start = 0;
      for (var i = 0, len = header.length; i < len; i++) {
        switch (header.charCodeAt(i)) {
          case 32:
            if (start === end) {
              start = end = i + 1;
            }
            break;
          case 44:
            list.push(header.substring(start, end));
            start = end = i + 1;
            break;
          default:
            end = i + 1;
            break;
        }
      }
      list.push(header.substring(start, end));
      return list;
    }
    function vary(res, field2) {
      if (!res || !res.getHeader || !res.setHeader) {
        throw new TypeError("res argument is required");
      }
      var val = res.getHeader("Vary") || "";
      var header = Array.isArray(val) ? val.join(", ") : String(val);
      if (val = append(header, field2)) {
        res.setHeader("Vary", val);
      }
    }
  }
});

// node_modules/koa/lib/is-stream.js
var require_is_stream = __commonJS({
  "node_modules/koa/lib/is-stream.js"(exports2, module2) {
    "use strict";
    var Stream = __require("stream");
    module2.exports = (stream) => {
      return stream instanceof Stream || stream !== null && typeof stream === "object" && !!stream.readable && typeof stream.pipe === "function" && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
    };
  }
});

// node_modules/koa/lib/response.js
var require_response = __commonJS({
  "node_modules/koa/lib/response.js"(exports2, module2) {
    "use strict";
    var assert = __require("node:assert");
    var extname = __require("node:path").extname;
    var util = __require("node:util");
    var contentDisposition = require_content_disposition();
    var onFinish = require_on_finished();
    var escape = require_escape_html();
    var typeis = require_type_is().is;
    var statuses = require_statuses();
    var destroy = require_destroy();
    var encodeUrl = require_encodeurl();
    var vary = require_vary();
    var getType = require_mime_types2().contentType;
    var isStream = require_is_stream();
    var only = require_only();
    function isSingleValueHeader(field2) {
      const name = field2.toLowerCase();
      return name === "content-type" || name === "content-length";
    }
    function normalizeHeader(field2, value) {
      const singletonArray = isSingleValueHeader(field2) && Array.isArray(value);
      if (!singletonArray) return [field2, value];
      assert(value.length === 1, `${field2} must contain exactly one value`);
      return [field2, value[0]];
    }
    module2.exports = {
      /**
       * Return the request socket.
       *
       * @return {Connection}
       * @api public
       */
      get socket() {
        return this.res.socket;
      },
      /**
       * Return response header.
       *
       * @return {Object}
       * @api public
       */
      get header() {
        const { res } = this;
        return typeof res.getHeaders === "function" ? res.getHeaders() : res._headers || {};
      },
      /**
       * Return response header, alias as response.header
       *
       * @return {Object}
       * @api public
       */
      get headers() {
        return this.header;
      },
      /**
       * Get response status code.
       *
       * @return {Number}
       * @api public
       */
      get status() {
        return this.res.statusCode;
      },
      /**
       * Set response status code.
       *
       * @param {Number} code
       * @api public
       */
      set status(code) {
        if (this.headerSent) return;
        assert(Number.isInteger(code), "status code must be a number");
        assert(code >= 100 && code <= 999, `invalid status code: ${code}`);
        this._explicitStatus = true;
        this.res.statusCode = code;
        if (this.req.httpVersionMajor < 2) this.res.statusMessage = statuses.message[code];
        if (this.body && statuses.empty[code]) this.body = null;
      },
      /**
       * Get response status message
       *
       * @return {String}
       * @api public
       */
      get message() {
        return this.res.statusMessage || statuses.message[this.status];
      },
      /**
       * Set response status message
       *
       * @param {String} msg
       * @api public
       */
      set message(msg) {
        this.res.statusMessage = msg;
      },
      /**
       * Get response body.
       *
       * @return {Mixed}
       * @api public
       */
      get body() {
        return this._body;
      },
      /**
       * Set response body.
       *
       * @param {String|Buffer|Object|Stream|ReadableStream|Blob|Response} val
       * @api public
       */
      set body(val) {
        const original = this._body;
        this._body = val;
        const cleanupPreviousStream = () => {
          if (original && isStream(original)) {
            original.once("error", () => {
            });
            if (!isStream(val)) {
              destroy(original);
            }
          }
        };
        if (val == null) {
          if (!statuses.empty[this.status]) {
            if (this.type === "application/json") {
              this._body = "null";
              return;
            }
            this.status = 204;
          }
          if (val === null) this._explicitNullBody = true;
          this.remove("Content-Type");
          this.remove("Content-Length");
          this.remove("Transfer-Encoding");
          cleanupPreviousStream();
          return;
        }
        if (!this._explicitStatus) this.status = 200;
        const setType = !this.has("Content-Type");
        if (typeof val === "string") {
          if (setType) this.type = /^\s*</.test(val) ? "html" : "text";
          this.length = Buffer.byteLength(val);
          cleanupPreviousStream();
          return;
        }
        if (Buffer.isBuffer(val)) {
          if (setType) this.type = "bin";
          this.length = val.length;
          cleanupPreviousStream();
          return;
        }
        if (isStream(val)) {
          onFinish(this.res, destroy.bind(null, val));
          if (original !== val) {
            if (original != null) this.remove("Content-Length");
            cleanupPreviousStream();
          }
          if (setType) this.type = "bin";
          return;
        }
        if (val instanceof ReadableStream) {
          if (setType) this.type = "bin";
          cleanupPreviousStream();
          return;
        }
        if (val instanceof Blob) {
          if (setType) this.type = val.type || "bin";
          this.length = val.size;
          cleanupPreviousStream();
          return;
        }
        if (val instanceof Response) {
          this.status = val.status;
          if (setType) this.type = "bin";
          const headers = val.headers;
          for (const key of headers.keys()) {
            this.set(key, headers.get(key));
          }
          cleanupPreviousStream();
          return;
        }
        this.remove("Content-Length");
        if (!this.type || !/\bjson\b/i.test(this.type)) this.type = "json";
        cleanupPreviousStream();
      },
      /**
       * Set Content-Length field to `n`.
       *
       * @param {Number} n
       * @api public
       */
      set length(n) {
        if (!this.has("Transfer-Encoding")) {
          this.set("Content-Length", n);
        }
      },
      /**
       * Return parsed response Content-Length when present.
       *
       * @return {Number}
       * @api public
       */
      get length() {
        if (this.has("Content-Length")) {
          return parseInt(this.get("Content-Length"), 10) || 0;
        }
        const { body } = this;
        if (!body || isStream(body)) return void 0;
        if (typeof body === "string") return Buffer.byteLength(body);
        if (Buffer.isBuffer(body)) return body.length;
        return Buffer.byteLength(JSON.stringify(body));
      },
      /**
       * Check if a header has been written to the socket.
       *
       * @return {Boolean}
       * @api public
       */
      get headerSent() {
        return this.res.headersSent;
      },
      /**
       * Vary on `field`.
       *
       * @param {String|String[]} field
       * @api public
       */
      vary(field2) {
        if (this.headerSent) return;
        vary(this.res, field2);
      },
      /**
       * Perform a 302 redirect to `url`.
       *
       * Examples:
       *
       *    this.redirect('/login');
       *    this.redirect('http://google.com');
       *
       * @param {String} url
       * @api public
       */
      redirect(url) {
        if (/^https?:\/\//i.test(url)) {
          url = new URL(url).toString();
        }
        this.set("Location", encodeUrl(url));
        if (!statuses.redirect[this.status]) this.status = 302;
        if (this.ctx.accepts("html")) {
          url = escape(url);
          this.type = "text/html; charset=utf-8";
          this.body = `Redirecting to ${url}.`;
          return;
        }
        this.type = "text/plain; charset=utf-8";
        this.body = `Redirecting to ${url}.`;
      },
      /**
       * Perform a special-cased "back" to provide Referrer support.
       * When Referrer is not present, `alt` or "/" is used.
       *
       * Examples:
       *
       *    ctx.back()
       *    ctx.back('/index.html')
       *
       * @param {String} [alt]
       * @api public
       */
      back(alt) {
        const referrer = this.ctx.get("Referrer");
        if (referrer) {
          const url = new URL(referrer, this.ctx.href);
          if (url.host === this.ctx.host) {
            this.redirect(referrer);
            return;
          }
        }
        this.redirect(alt || "/");
      },
      /**
       * Set Content-Disposition header to "attachment" with optional `filename`.
       *
       * @param {String} [filename]
       * @param {object} [options]
       * @param {string} [options.type=attachment]
       * @param {string|boolean} [options.fallback=true]
       * @api public
       */
      attachment(filename, options) {
        if (filename && !this.has("Content-Type")) {
          this.type = extname(filename);
        }
        this.set("Content-Disposition", contentDisposition(filename, options));
      },
      /**
       * Set Content-Type response header with `type` through `mime.lookup()`
       * when it does not contain a charset.
       *
       * Examples:
       *
       *     this.type = '.html';
       *     this.type = 'html';
       *     this.type = 'json';
       *     this.type = 'application/json';
       *     this.type = 'png';
       *
       * @param {String} type
       * @api public
       */
      set type(type) {
        type = getType(type);
        if (type) {
          this.set("Content-Type", type);
        } else {
          this.remove("Content-Type");
        }
      },
      /**
       * Set the Last-Modified date using a string or a Date.
       *
       *     this.response.lastModified = new Date();
       *     this.response.lastModified = '2013-09-13';
       *
       * @param {String|Date} val
       * @api public
       */
      set lastModified(val) {
        if (typeof val === "string") val = new Date(val);
        this.set("Last-Modified", val.toUTCString());
      },
      /**
       * Get the Last-Modified date in Date form, if it exists.
       *
       * @return {Date}
       * @api public
       */
      get lastModified() {
        const date = this.get("last-modified");
        if (date) return new Date(date);
      },
      /**
       * Set the ETag of a response.
       * This will normalize the quotes if necessary.
       *
       *     this.response.etag = 'md5hashsum';
       *     this.response.etag = '"md5hashsum"';
       *     this.response.etag = 'W/"123456789"';
       *
       * @param {String} val
       * @api public
       */
      set etag(val) {
        if (!/^(W\/)?"/.test(val)) val = `"${val}"`;
        this.set("ETag", val);
      },
      /**
       * Get the ETag of a response.
       *
       * @return {String}
       * @api public
       */
      get etag() {
        return this.get("ETag");
      },
      /**
       * Return the response mime type void of
       * parameters such as "charset".
       *
       * @return {String}
       * @api public
       */
      get type() {
        const type = this.get("Content-Type");
        if (!type) return "";
        return type.split(";", 1)[0];
      },
      /**
       * Check whether the response is one of the listed types.
       * Pretty much the same as `this.request.is()`.
       *
       * @param {String|String[]} [type]
       * @param {String[]} [types]
       * @return {String|false}
       * @api public
       */
      is(type, ...types) {
        return typeis(this.type, type, ...types);
      },
      /**
       * Return response header.
       *
       * Examples:
       *
       *     this.get('Content-Type');
       *     // => "text/plain"
       *
       *     this.get('content-type');
       *     // => "text/plain"
       *
       * @param {String} field
       * @return {any}
       * @api public
       */
      get(field2) {
        return this.res.getHeader(field2);
      },
      /**
       * Returns true if the header identified by name is currently set in the outgoing headers.
       * The header name matching is case-insensitive.
       *
       * Examples:
       *
       *     this.has('Content-Type');
       *     // => true
       *
       *     this.get('content-type');
       *     // => true
       *
       * @param {String} field
       * @return {boolean}
       * @api public
       */
      has(field2) {
        return typeof this.res.hasHeader === "function" ? this.res.hasHeader(field2) : field2.toLowerCase() in this.headers;
      },
      /**
       * Set header `field` to `val` or pass
       * an object of header fields.
       *
       * Examples:
       *
       *    this.set('Foo', ['bar', 'baz']);
       *    this.set('Accept', 'application/json');
       *    this.set({ Accept: 'text/plain', 'X-API-Key': 'tobi' });
       *
       * @param {String|{ [k: string]: any }} field
       * @param {any} [val]
       * @api public
       */
      set(field2, val) {
        if (this.headerSent || !field2) return;
        const entries = typeof field2 === "string" ? [[field2, val]] : Object.entries(field2);
        const headers = entries.map(([name, value]) => normalizeHeader(name, value));
        headers.forEach(([name, value]) => {
          this.res.setHeader(name, value);
        });
      },
      /**
       * Append additional header `field` with value `val`.
       *
       * Examples:
       *
       * ```
       * this.append('Link', ['<http://localhost/>', '<http://localhost:3000/>']);
       * this.append('Set-Cookie', 'foo=bar; Path=/; HttpOnly');
       * this.append('Warning', '199 Miscellaneous warning');
       * ```
       *
       * @param {String} field
       * @param {*} val
       * @api public
       */
      append(field2, val) {
        const prev = this.get(field2);
        if (prev) {
          val = Array.isArray(prev) ? prev.concat(val) : [prev].concat(val);
        }
        return this.set(field2, val);
      },
      /**
       * Remove header `field`.
       *
       * @param {String} field
       * @api public
       */
      remove(field2) {
        if (this.headerSent) return;
        this.res.removeHeader(field2);
      },
      /**
       * Checks if the request is writable.
       * Tests for the existence of the socket
       * as node sometimes does not set it.
       *
       * @return {Boolean}
       * @api private
       */
      get writable() {
        if (this.res.writableEnded || this.res.finished) return false;
        const socket = this.res.socket;
        if (!socket) return true;
        return socket.writable;
      },
      /**
       * Inspect implementation.
       *
       * @return {Object}
       * @api public
       */
      inspect() {
        if (!this.res) return;
        const o = this.toJSON();
        o.body = this.body;
        return o;
      },
      /**
       * Return JSON representation.
       *
       * @return {Object}
       * @api public
       */
      toJSON() {
        return only(this, [
          "status",
          "message",
          "header"
        ]);
      },
      /**
       * Flush any set headers and begin the body
       */
      flushHeaders() {
        this.res.flushHeaders();
      }
    };
    if (util.inspect.custom) {
      module2.exports[util.inspect.custom] = module2.exports.inspect;
    }
  }
});

// node_modules/http-assert/node_modules/depd/lib/compat/callsite-tostring.js
var require_callsite_tostring = __commonJS({
  "node_modules/http-assert/node_modules/depd/lib/compat/callsite-tostring.js"(exports2, module2) {
    "use strict";
    module2.exports = callSiteToString2;
    function callSiteFileLocation(callSite) {
      var fileName;
      var fileLocation = "";
      if (callSite.isNative()) {
        fileLocation = "native";
      } else if (callSite.isEval()) {
        fileName = callSite.getScriptNameOrSourceURL();
        if (!fileName) {
          fileLocation = callSite.getEvalOrigin();
        }
      } else {
        fileName = callSite.getFileName();
      }
      if (fileName) {
        fileLocation += fileName;
        var lineNumber = callSite.getLineNumber();
        if (lineNumber != null) {
          fileLocation += ":" + lineNumber;
          var columnNumber = callSite.getColumnNumber();
          if (columnNumber) {
            fileLocation += ":" + columnNumber;
          }
        }
      }
      return fileLocation || "unknown source";
    }
    function callSiteToString2(callSite) {
      var addSuffix = true;
      var fileLocation = callSiteFileLocation(callSite);
      var functionName = callSite.getFunctionName();
      var isConstructor = callSite.isConstructor();
      var isMethodCall = !(callSite.isToplevel() || isConstructor);
      var line = "";
      if (isMethodCall) {
        var methodName = callSite.getMethodName();
        var typeName = getConstructorName(callSite);
        if (functionName) {
          if (typeName && functionName.indexOf(typeName) !== 0) {
            line += typeName + ".";
          }
          line += functionName;
          if (methodName && functionName.lastIndexOf("." + methodName) !== functionName.length - methodName.length - 1) {
            line += " [as " + methodName + "]";
          }
        } else {
          line += typeName + "." + (methodName || "<anonymous>");
        }
      } else if (isConstructor) {
        line += "new " + (functionName || "<anonymous>");
      } else if (functionName) {
        line += functionName;
      } else {
        addSuffix = false;
        line += fileLocation;
      }
      if (addSuffix) {
        line += " (" + fileLocation + ")";
      }
      return line;
    }
    function getConstructorName(obj) {
      var receiver = obj.receiver;
      return receiver.constructor && receiver.constructor.name || null;
    }
  }
});

// node_modules/http-assert/node_modules/depd/lib/compat/event-listener-count.js
var require_event_listener_count = __commonJS({
  "node_modules/http-assert/node_modules/depd/lib/compat/event-listener-count.js"(exports2, module2) {
    "use strict";
    module2.exports = eventListenerCount2;
    function eventListenerCount2(emitter, type) {
      return emitter.listeners(type).length;
    }
  }
});

// node_modules/http-assert/node_modules/depd/lib/compat/index.js
var require_compat = __commonJS({
  "node_modules/http-assert/node_modules/depd/lib/compat/index.js"(exports2, module2) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    lazyProperty(module2.exports, "callSiteToString", function callSiteToString2() {
      var limit = Error.stackTraceLimit;
      var obj = {};
      var prep = Error.prepareStackTrace;
      function prepareObjectStackTrace2(obj2, stack3) {
        return stack3;
      }
      Error.prepareStackTrace = prepareObjectStackTrace2;
      Error.stackTraceLimit = 2;
      Error.captureStackTrace(obj);
      var stack2 = obj.stack.slice();
      Error.prepareStackTrace = prep;
      Error.stackTraceLimit = limit;
      return stack2[0].toString ? toString : require_callsite_tostring();
    });
    lazyProperty(module2.exports, "eventListenerCount", function eventListenerCount2() {
      return EventEmitter.listenerCount || require_event_listener_count();
    });
    function lazyProperty(obj, prop, getter) {
      function get() {
        var val = getter();
        Object.defineProperty(obj, prop, {
          configurable: true,
          enumerable: true,
          value: val
        });
        return val;
      }
      Object.defineProperty(obj, prop, {
        configurable: true,
        enumerable: true,
        get
      });
    }
    function toString(obj) {
      return obj.toString();
    }
  }
});

// node_modules/http-assert/node_modules/depd/index.js
var require_depd2 = __commonJS({
  "node_modules/http-assert/node_modules/depd/index.js"(exports, module) {
    var callSiteToString = require_compat().callSiteToString;
    var eventListenerCount = require_compat().eventListenerCount;
    var relative = __require("path").relative;
    module.exports = depd;
    var basePath = process.cwd();
    function containsNamespace(str, namespace) {
      var vals = str.split(/[ ,]+/);
      var ns = String(namespace).toLowerCase();
      for (var i = 0; i < vals.length; i++) {
        var val = vals[i];
        if (val && (val === "*" || val.toLowerCase() === ns)) {
          return true;
        }
      }
      return false;
    }
    function convertDataDescriptorToAccessor(obj, prop, message2) {
      var descriptor = Object.getOwnPropertyDescriptor(obj, prop);
      var value = descriptor.value;
      descriptor.get = function getter() {
        return value;
      };
      if (descriptor.writable) {
        descriptor.set = function setter(val) {
          return value = val;
        };
      }
      delete descriptor.value;
      delete descriptor.writable;
      Object.defineProperty(obj, prop, descriptor);
      return descriptor;
    }
    function createArgumentsString(arity) {
      var str = "";
      for (var i = 0; i < arity; i++) {
        str += ", arg" + i;
      }
      return str.substr(2);
    }
    function createStackString(stack2) {
      var str = this.name + ": " + this.namespace;
      if (this.message) {
        str += " deprecated " + this.message;
      }
      for (var i = 0; i < stack2.length; i++) {
        str += "\n    at " + callSiteToString(stack2[i]);
      }
      return str;
    }
    function depd(namespace) {
      if (!namespace) {
        throw new TypeError("argument namespace is required");
      }
      var stack2 = getStack();
      var site2 = callSiteLocation(stack2[1]);
      var file = site2[0];
      function deprecate2(message2) {
        log.call(deprecate2, message2);
      }
      deprecate2._file = file;
      deprecate2._ignored = isignored(namespace);
      deprecate2._namespace = namespace;
      deprecate2._traced = istraced(namespace);
      deprecate2._warned = /* @__PURE__ */ Object.create(null);
      deprecate2.function = wrapfunction;
      deprecate2.property = wrapproperty;
      return deprecate2;
    }
    function isignored(namespace) {
      if (process.noDeprecation) {
        return true;
      }
      var str = process.env.NO_DEPRECATION || "";
      return containsNamespace(str, namespace);
    }
    function istraced(namespace) {
      if (process.traceDeprecation) {
        return true;
      }
      var str = process.env.TRACE_DEPRECATION || "";
      return containsNamespace(str, namespace);
    }
    function log(message2, site2) {
      var haslisteners = eventListenerCount(process, "deprecation") !== 0;
      if (!haslisteners && this._ignored) {
        return;
      }
      var caller;
      var callFile;
      var callSite;
      var depSite;
      var i = 0;
      var seen = false;
      var stack2 = getStack();
      var file = this._file;
      if (site2) {
        depSite = site2;
        callSite = callSiteLocation(stack2[1]);
        callSite.name = depSite.name;
        file = callSite[0];
      } else {
        i = 2;
        depSite = callSiteLocation(stack2[i]);
        callSite = depSite;
      }
      for (; i < stack2.length; i++) {
        caller = callSiteLocation(stack2[i]);
        callFile = caller[0];
        if (callFile === file) {
          seen = true;
        } else if (callFile === this._file) {
          file = this._file;
        } else if (seen) {
          break;
        }
      }
      var key = caller ? depSite.join(":") + "__" + caller.join(":") : void 0;
      if (key !== void 0 && key in this._warned) {
        return;
      }
      this._warned[key] = true;
      var msg = message2;
      if (!msg) {
        msg = callSite === depSite || !callSite.name ? defaultMessage(depSite) : defaultMessage(callSite);
      }
      if (haslisteners) {
        var err = DeprecationError(this._namespace, msg, stack2.slice(i));
        process.emit("deprecation", err);
        return;
      }
      var format = process.stderr.isTTY ? formatColor : formatPlain;
      var output = format.call(this, msg, caller, stack2.slice(i));
      process.stderr.write(output + "\n", "utf8");
    }
    function callSiteLocation(callSite) {
      var file = callSite.getFileName() || "<anonymous>";
      var line = callSite.getLineNumber();
      var colm = callSite.getColumnNumber();
      if (callSite.isEval()) {
        file = callSite.getEvalOrigin() + ", " + file;
      }
      var site2 = [file, line, colm];
      site2.callSite = callSite;
      site2.name = callSite.getFunctionName();
      return site2;
    }
    function defaultMessage(site2) {
      var callSite = site2.callSite;
      var funcName = site2.name;
      if (!funcName) {
        funcName = "<anonymous@" + formatLocation(site2) + ">";
      }
      var context = callSite.getThis();
      var typeName = context && callSite.getTypeName();
      if (typeName === "Object") {
        typeName = void 0;
      }
      if (typeName === "Function") {
        typeName = context.name || typeName;
      }
      return typeName && callSite.getMethodName() ? typeName + "." + funcName : funcName;
    }
    function formatPlain(msg, caller, stack2) {
      var timestamp = (/* @__PURE__ */ new Date()).toUTCString();
      var formatted = timestamp + " " + this._namespace + " deprecated " + msg;
      if (this._traced) {
        for (var i = 0; i < stack2.length; i++) {
          formatted += "\n    at " + callSiteToString(stack2[i]);
        }
        return formatted;
      }
      if (caller) {
        formatted += " at " + formatLocation(caller);
      }
      return formatted;
    }
    function formatColor(msg, caller, stack2) {
      var formatted = "\x1B[36;1m" + this._namespace + "\x1B[22;39m \x1B[33;1mdeprecated\x1B[22;39m \x1B[0m" + msg + "\x1B[39m";
      if (this._traced) {
        for (var i = 0; i < stack2.length; i++) {
          formatted += "\n    \x1B[36mat " + callSiteToString(stack2[i]) + "\x1B[39m";
        }
        return formatted;
      }
      if (caller) {
        formatted += " \x1B[36m" + formatLocation(caller) + "\x1B[39m";
      }
      return formatted;
    }
    function formatLocation(callSite) {
      return relative(basePath, callSite[0]) + ":" + callSite[1] + ":" + callSite[2];
    }
    function getStack() {
      var limit = Error.stackTraceLimit;
      var obj = {};
      var prep = Error.prepareStackTrace;
      Error.prepareStackTrace = prepareObjectStackTrace;
      Error.stackTraceLimit = Math.max(10, limit);
      Error.captureStackTrace(obj);
      var stack2 = obj.stack.slice(1);
      Error.prepareStackTrace = prep;
      Error.stackTraceLimit = limit;
      return stack2;
    }
    function prepareObjectStackTrace(obj, stack2) {
      return stack2;
    }
    function wrapfunction(fn, message) {
      if (typeof fn !== "function") {
        throw new TypeError("argument fn must be a function");
      }
      var args = createArgumentsString(fn.length);
      var deprecate = this;
      var stack = getStack();
      var site = callSiteLocation(stack[1]);
      site.name = fn.name;
      var deprecatedfn = eval("(function (" + args + ') {\n"use strict"\nlog.call(deprecate, message, site)\nreturn fn.apply(this, arguments)\n})');
      return deprecatedfn;
    }
    function wrapproperty(obj, prop, message2) {
      if (!obj || typeof obj !== "object" && typeof obj !== "function") {
        throw new TypeError("argument obj must be object");
      }
      var descriptor = Object.getOwnPropertyDescriptor(obj, prop);
      if (!descriptor) {
        throw new TypeError("must call property on owner object");
      }
      if (!descriptor.configurable) {
        throw new TypeError("property must be configurable");
      }
      var deprecate2 = this;
      var stack2 = getStack();
      var site2 = callSiteLocation(stack2[1]);
      site2.name = prop;
      if ("value" in descriptor) {
        descriptor = convertDataDescriptorToAccessor(obj, prop, message2);
      }
      var get = descriptor.get;
      var set = descriptor.set;
      if (typeof get === "function") {
        descriptor.get = function getter() {
          log.call(deprecate2, message2, site2);
          return get.apply(this, arguments);
        };
      }
      if (typeof set === "function") {
        descriptor.set = function setter() {
          log.call(deprecate2, message2, site2);
          return set.apply(this, arguments);
        };
      }
      Object.defineProperty(obj, prop, descriptor);
    }
    function DeprecationError(namespace, message2, stack2) {
      var error = new Error();
      var stackString;
      Object.defineProperty(error, "constructor", {
        value: DeprecationError
      });
      Object.defineProperty(error, "message", {
        configurable: true,
        enumerable: false,
        value: message2,
        writable: true
      });
      Object.defineProperty(error, "name", {
        enumerable: false,
        configurable: true,
        value: "DeprecationError",
        writable: true
      });
      Object.defineProperty(error, "namespace", {
        configurable: true,
        enumerable: false,
        value: namespace,
        writable: true
      });
      Object.defineProperty(error, "stack", {
        configurable: true,
        enumerable: false,
        get: function() {
          if (stackString !== void 0) {
            return stackString;
          }
          return stackString = createStackString.call(this, stack2);
        },
        set: function setter(val) {
          stackString = val;
        }
      });
      return error;
    }
  }
});

// node_modules/http-assert/node_modules/statuses/codes.json
var require_codes2 = __commonJS({
  "node_modules/http-assert/node_modules/statuses/codes.json"(exports2, module2) {
    module2.exports = {
      "100": "Continue",
      "101": "Switching Protocols",
      "102": "Processing",
      "103": "Early Hints",
      "200": "OK",
      "201": "Created",
      "202": "Accepted",
      "203": "Non-Authoritative Information",
      "204": "No Content",
      "205": "Reset Content",
      "206": "Partial Content",
      "207": "Multi-Status",
      "208": "Already Reported",
      "226": "IM Used",
      "300": "Multiple Choices",
      "301": "Moved Permanently",
      "302": "Found",
      "303": "See Other",
      "304": "Not Modified",
      "305": "Use Proxy",
      "306": "(Unused)",
      "307": "Temporary Redirect",
      "308": "Permanent Redirect",
      "400": "Bad Request",
      "401": "Unauthorized",
      "402": "Payment Required",
      "403": "Forbidden",
      "404": "Not Found",
      "405": "Method Not Allowed",
      "406": "Not Acceptable",
      "407": "Proxy Authentication Required",
      "408": "Request Timeout",
      "409": "Conflict",
      "410": "Gone",
      "411": "Length Required",
      "412": "Precondition Failed",
      "413": "Payload Too Large",
      "414": "URI Too Long",
      "415": "Unsupported Media Type",
      "416": "Range Not Satisfiable",
      "417": "Expectation Failed",
      "418": "I'm a teapot",
      "421": "Misdirected Request",
      "422": "Unprocessable Entity",
      "423": "Locked",
      "424": "Failed Dependency",
      "425": "Unordered Collection",
      "426": "Upgrade Required",
      "428": "Precondition Required",
      "429": "Too Many Requests",
      "431": "Request Header Fields Too Large",
      "451": "Unavailable For Legal Reasons",
      "500": "Internal Server Error",
      "501": "Not Implemented",
      "502": "Bad Gateway",
      "503": "Service Unavailable",
      "504": "Gateway Timeout",
      "505": "HTTP Version Not Supported",
      "506": "Variant Also Negotiates",
      "507": "Insufficient Storage",
      "508": "Loop Detected",
      "509": "Bandwidth Limit Exceeded",
      "510": "Not Extended",
      "511": "Network Authentication Required"
    };
  }
});

// node_modules/http-assert/node_modules/statuses/index.js
var require_statuses2 = __commonJS({
  "node_modules/http-assert/node_modules/statuses/index.js"(exports2, module2) {
    "use strict";
    var codes = require_codes2();
    module2.exports = status;
    status.STATUS_CODES = codes;
    status.codes = populateStatusesMap(status, codes);
    status.redirect = {
      300: true,
      301: true,
      302: true,
      303: true,
      305: true,
      307: true,
      308: true
    };
    status.empty = {
      204: true,
      205: true,
      304: true
    };
    status.retry = {
      502: true,
      503: true,
      504: true
    };
    function populateStatusesMap(statuses, codes2) {
      var arr = [];
      Object.keys(codes2).forEach(function forEachCode(code) {
        var message2 = codes2[code];
        var status2 = Number(code);
        statuses[status2] = message2;
        statuses[message2] = status2;
        statuses[message2.toLowerCase()] = status2;
        arr.push(status2);
      });
      return arr;
    }
    function status(code) {
      if (typeof code === "number") {
        if (!status[code]) throw new Error("invalid status code: " + code);
        return code;
      }
      if (typeof code !== "string") {
        throw new TypeError("code must be a number or string");
      }
      var n = parseInt(code, 10);
      if (!isNaN(n)) {
        if (!status[n]) throw new Error("invalid status code: " + n);
        return n;
      }
      n = status[code.toLowerCase()];
      if (!n) throw new Error('invalid status message: "' + code + '"');
      return n;
    }
  }
});

// node_modules/http-assert/node_modules/http-errors/index.js
var require_http_errors2 = __commonJS({
  "node_modules/http-assert/node_modules/http-errors/index.js"(exports2, module2) {
    "use strict";
    var deprecate2 = require_depd2()("http-errors");
    var setPrototypeOf = require_setprototypeof();
    var statuses = require_statuses2();
    var inherits = require_inherits();
    var toIdentifier = require_toidentifier();
    module2.exports = createError;
    module2.exports.HttpError = createHttpErrorConstructor();
    module2.exports.isHttpError = createIsHttpErrorFunction(module2.exports.HttpError);
    populateConstructorExports(module2.exports, statuses.codes, module2.exports.HttpError);
    function codeClass(status) {
      return Number(String(status).charAt(0) + "00");
    }
    function createError() {
      var err;
      var msg;
      var status = 500;
      var props = {};
      for (var i = 0; i < arguments.length; i++) {
        var arg = arguments[i];
        if (arg instanceof Error) {
          err = arg;
          status = err.status || err.statusCode || status;
          continue;
        }
        switch (typeof arg) {
          case "string":
            msg = arg;
            break;
          case "number":
            status = arg;
            if (i !== 0) {
              deprecate2("non-first-argument status code; replace with createError(" + arg + ", ...)");
            }
            break;
          case "object":
            props = arg;
            break;
        }
      }
      if (typeof status === "number" && (status < 400 || status >= 600)) {
        deprecate2("non-error status code; use only 4xx or 5xx status codes");
      }
      if (typeof status !== "number" || !statuses[status] && (status < 400 || status >= 600)) {
        status = 500;
      }
      var HttpError3 = createError[status] || createError[codeClass(status)];
      if (!err) {
        err = HttpError3 ? new HttpError3(msg) : new Error(msg || statuses[status]);
        Error.captureStackTrace(err, createError);
      }
      if (!HttpError3 || !(err instanceof HttpError3) || err.status !== status) {
        err.expose = status < 500;
        err.status = err.statusCode = status;
      }
      for (var key in props) {
        if (key !== "status" && key !== "statusCode") {
          err[key] = props[key];
        }
      }
      return err;
    }
    function createHttpErrorConstructor() {
      function HttpError3() {
        throw new TypeError("cannot construct abstract class");
      }
      inherits(HttpError3, Error);
      return HttpError3;
    }
    function createClientErrorConstructor(HttpError3, name, code) {
      var className = toClassName(name);
      function ClientError(message2) {
        var msg = message2 != null ? message2 : statuses[code];
        var err = new Error(msg);
        Error.captureStackTrace(err, ClientError);
        setPrototypeOf(err, ClientError.prototype);
        Object.defineProperty(err, "message", {
          enumerable: true,
          configurable: true,
          value: msg,
          writable: true
        });
        Object.defineProperty(err, "name", {
          enumerable: false,
          configurable: true,
          value: className,
          writable: true
        });
        return err;
      }
      inherits(ClientError, HttpError3);
      nameFunc(ClientError, className);
      ClientError.prototype.status = code;
      ClientError.prototype.statusCode = code;
      ClientError.prototype.expose = true;
      return ClientError;
    }
    function createIsHttpErrorFunction(HttpError3) {
      return function isHttpError2(val) {
        if (!val || typeof val !== "object") {
          return false;
        }
        if (val instanceof HttpError3) {
          return true;
        }
        return val instanceof Error && typeof val.expose === "boolean" && typeof val.statusCode === "number" && val.status === val.statusCode;
      };
    }
    function createServerErrorConstructor(HttpError3, name, code) {
      var className = toClassName(name);
      function ServerError(message2) {
        var msg = message2 != null ? message2 : statuses[code];
        var err = new Error(msg);
        Error.captureStackTrace(err, ServerError);
        setPrototypeOf(err, ServerError.prototype);
        Object.defineProperty(err, "message", {
          enumerable: true,
          configurable: true,
          value: msg,
          writable: true
        });
        Object.defineProperty(err, "name", {
          enumerable: false,
          configurable: true,
          value: className,
          writable: true
        });
        return err;
      }
      inherits(ServerError, HttpError3);
      nameFunc(ServerError, className);
      ServerError.prototype.status = code;
      ServerError.prototype.statusCode = code;
      ServerError.prototype.expose = false;
      return ServerError;
    }
    function nameFunc(func, name) {
      var desc = Object.getOwnPropertyDescriptor(func, "name");
      if (desc && desc.configurable) {
        desc.value = name;
        Object.defineProperty(func, "name", desc);
      }
    }
    function populateConstructorExports(exports3, codes, HttpError3) {
      codes.forEach(function forEachCode(code) {
        var CodeError;
        var name = toIdentifier(statuses[code]);
        switch (codeClass(code)) {
          case 400:
            CodeError = createClientErrorConstructor(HttpError3, name, code);
            break;
          case 500:
            CodeError = createServerErrorConstructor(HttpError3, name, code);
            break;
        }
        if (CodeError) {
          exports3[code] = CodeError;
          exports3[name] = CodeError;
        }
      });
      exports3["I'mateapot"] = deprecate2.function(
        exports3.ImATeapot,
        `"I'mateapot"; use "ImATeapot" instead`
      );
    }
    function toClassName(name) {
      return name.substr(-5) !== "Error" ? name + "Error" : name;
    }
  }
});

// node_modules/deep-equal/lib/keys.js
var require_keys = __commonJS({
  "node_modules/deep-equal/lib/keys.js"(exports2, module2) {
    exports2 = module2.exports = typeof Object.keys === "function" ? Object.keys : shim;
    exports2.shim = shim;
    function shim(obj) {
      var keys = [];
      for (var key in obj) keys.push(key);
      return keys;
    }
  }
});

// node_modules/deep-equal/lib/is_arguments.js
var require_is_arguments = __commonJS({
  "node_modules/deep-equal/lib/is_arguments.js"(exports2, module2) {
    var supportsArgumentsClass = (function() {
      return Object.prototype.toString.call(arguments);
    })() == "[object Arguments]";
    exports2 = module2.exports = supportsArgumentsClass ? supported : unsupported;
    exports2.supported = supported;
    function supported(object) {
      return Object.prototype.toString.call(object) == "[object Arguments]";
    }
    exports2.unsupported = unsupported;
    function unsupported(object) {
      return object && typeof object == "object" && typeof object.length == "number" && Object.prototype.hasOwnProperty.call(object, "callee") && !Object.prototype.propertyIsEnumerable.call(object, "callee") || false;
    }
  }
});

// node_modules/deep-equal/index.js
var require_deep_equal = __commonJS({
  "node_modules/deep-equal/index.js"(exports2, module2) {
    var pSlice = Array.prototype.slice;
    var objectKeys = require_keys();
    var isArguments = require_is_arguments();
    var deepEqual = module2.exports = function(actual, expected, opts) {
      if (!opts) opts = {};
      if (actual === expected) {
        return true;
      } else if (actual instanceof Date && expected instanceof Date) {
        return actual.getTime() === expected.getTime();
      } else if (!actual || !expected || typeof actual != "object" && typeof expected != "object") {
        return opts.strict ? actual === expected : actual == expected;
      } else {
        return objEquiv(actual, expected, opts);
      }
    };
    function isUndefinedOrNull(value) {
      return value === null || value === void 0;
    }
    function isBuffer(x) {
      if (!x || typeof x !== "object" || typeof x.length !== "number") return false;
      if (typeof x.copy !== "function" || typeof x.slice !== "function") {
        return false;
      }
      if (x.length > 0 && typeof x[0] !== "number") return false;
      return true;
    }
    function objEquiv(a, b, opts) {
      var i, key;
      if (isUndefinedOrNull(a) || isUndefinedOrNull(b))
        return false;
      if (a.prototype !== b.prototype) return false;
      if (isArguments(a)) {
        if (!isArguments(b)) {
          return false;
        }
        a = pSlice.call(a);
        b = pSlice.call(b);
        return deepEqual(a, b, opts);
      }
      if (isBuffer(a)) {
        if (!isBuffer(b)) {
          return false;
        }
        if (a.length !== b.length) return false;
        for (i = 0; i < a.length; i++) {
          if (a[i] !== b[i]) return false;
        }
        return true;
      }
      try {
        var ka = objectKeys(a), kb = objectKeys(b);
      } catch (e) {
        return false;
      }
      if (ka.length != kb.length)
        return false;
      ka.sort();
      kb.sort();
      for (i = ka.length - 1; i >= 0; i--) {
        if (ka[i] != kb[i])
          return false;
      }
      for (i = ka.length - 1; i >= 0; i--) {
        key = ka[i];
        if (!deepEqual(a[key], b[key], opts)) return false;
      }
      return typeof a === typeof b;
    }
  }
});

// node_modules/http-assert/index.js
var require_http_assert = __commonJS({
  "node_modules/http-assert/index.js"(exports2, module2) {
    var createError = require_http_errors2();
    var eql = require_deep_equal();
    module2.exports = assert;
    function assert(value, status, msg, opts) {
      if (value) return;
      throw createError(status, msg, opts);
    }
    assert.fail = function(status, msg, opts) {
      assert(false, status, msg, opts);
    };
    assert.equal = function(a, b, status, msg, opts) {
      assert(a == b, status, msg, opts);
    };
    assert.notEqual = function(a, b, status, msg, opts) {
      assert(a != b, status, msg, opts);
    };
    assert.ok = function(value, status, msg, opts) {
      assert(value, status, msg, opts);
    };
    assert.strictEqual = function(a, b, status, msg, opts) {
      assert(a === b, status, msg, opts);
    };
    assert.notStrictEqual = function(a, b, status, msg, opts) {
      assert(a !== b, status, msg, opts);
    };
    assert.deepEqual = function(a, b, status, msg, opts) {
      assert(eql(a, b), status, msg, opts);
    };
    assert.notDeepEqual = function(a, b, status, msg, opts) {
      assert(!eql(a, b), status, msg, opts);
    };
  }
});

// node_modules/delegates/index.js
var require_delegates = __commonJS({
  "node_modules/delegates/index.js"(exports2, module2) {
    module2.exports = Delegator;
    function Delegator(proto, target) {
      if (!(this instanceof Delegator)) return new Delegator(proto, target);
      this.proto = proto;
      this.target = target;
      this.methods = [];
      this.getters = [];
      this.setters = [];
      this.fluents = [];
    }
    Delegator.prototype.method = function(name) {
      var proto = this.proto;
      var target = this.target;
      this.methods.push(name);
      proto[name] = function() {
        return this[target][name].apply(this[target], arguments);
      };
      return this;
    };
    Delegator.prototype.access = function(name) {
      return this.getter(name).setter(name);
    };
    Delegator.prototype.getter = function(name) {
      var proto = this.proto;
      var target = this.target;
      this.getters.push(name);
      proto.__defineGetter__(name, function() {
        return this[target][name];
      });
      return this;
    };
    Delegator.prototype.setter = function(name) {
      var proto = this.proto;
      var target = this.target;
      this.setters.push(name);
      proto.__defineSetter__(name, function(val) {
        return this[target][name] = val;
      });
      return this;
    };
    Delegator.prototype.fluent = function(name) {
      var proto = this.proto;
      var target = this.target;
      this.fluents.push(name);
      proto[name] = function(val) {
        if ("undefined" != typeof val) {
          this[target][name] = val;
          return this;
        } else {
          return this[target][name];
        }
      };
      return this;
    };
  }
});

// node_modules/tsscmp/lib/index.js
var require_lib = __commonJS({
  "node_modules/tsscmp/lib/index.js"(exports2, module2) {
    "use strict";
    var crypto = __require("crypto");
    function bufferEqual(a, b) {
      if (a.length !== b.length) {
        return false;
      }
      if (crypto.timingSafeEqual) {
        return crypto.timingSafeEqual(a, b);
      }
      for (var i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) {
          return false;
        }
      }
      return true;
    }
    function timeSafeCompare(a, b) {
      var sa = String(a);
      var sb = String(b);
      var key = crypto.pseudoRandomBytes(32);
      var ah = crypto.createHmac("sha256", key).update(sa).digest();
      var bh = crypto.createHmac("sha256", key).update(sb).digest();
      return bufferEqual(ah, bh) && a === b;
    }
    module2.exports = timeSafeCompare;
  }
});

// node_modules/keygrip/index.js
var require_keygrip = __commonJS({
  "node_modules/keygrip/index.js"(exports2, module2) {
    "use strict";
    var compare = require_lib();
    var crypto = __require("crypto");
    function Keygrip(keys, algorithm, encoding) {
      if (!algorithm) algorithm = "sha1";
      if (!encoding) encoding = "base64";
      if (!(this instanceof Keygrip)) return new Keygrip(keys, algorithm, encoding);
      if (!keys || !(0 in keys)) {
        throw new Error("Keys must be provided.");
      }
      function sign(data, key) {
        return crypto.createHmac(algorithm, key).update(data).digest(encoding).replace(/\/|\+|=/g, function(x) {
          return { "/": "_", "+": "-", "=": "" }[x];
        });
      }
      this.sign = function(data) {
        return sign(data, keys[0]);
      };
      this.verify = function(data, digest) {
        return this.index(data, digest) > -1;
      };
      this.index = function(data, digest) {
        for (var i = 0, l = keys.length; i < l; i++) {
          if (compare(digest, sign(data, keys[i]))) {
            return i;
          }
        }
        return -1;
      };
    }
    Keygrip.sign = Keygrip.verify = Keygrip.index = function() {
      throw new Error("Usage: require('keygrip')(<array-of-keys>)");
    };
    module2.exports = Keygrip;
  }
});

// node_modules/cookies/index.js
var require_cookies = __commonJS({
  "node_modules/cookies/index.js"(exports2, module2) {
    "use strict";
    var deprecate2 = require_depd()("cookies");
    var Keygrip = require_keygrip();
    var http2 = __require("http");
    var fieldContentRegExp = /^[\u0009\u0020-\u007e\u0080-\u00ff]+$/;
    var DOMAIN_VALUE_REGEXP = /^([.]?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)([.][a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
    var PATH_VALUE_REGEXP = /^[ -:=-~]*$/;
    var PRIORITY_REGEXP = /^(?:low|medium|high)$/i;
    var REGEXP_CACHE = /* @__PURE__ */ Object.create(null);
    var REGEXP_ESCAPE_CHARS_REGEXP = /[\^$\\.*+?()[\]{}|]/g;
    var RESTRICTED_NAME_CHARS_REGEXP = /[;=]/;
    var RESTRICTED_VALUE_CHARS_REGEXP = /[;]/;
    var SAME_SITE_REGEXP = /^(?:lax|none|strict)$/i;
    function Cookies(request, response, options) {
      if (!(this instanceof Cookies)) return new Cookies(request, response, options);
      this.secure = void 0;
      this.request = request;
      this.response = response;
      if (options) {
        if (Array.isArray(options)) {
          deprecate2('"keys" argument; provide using options {"keys": [...]}');
          this.keys = new Keygrip(options);
        } else if (options.constructor && options.constructor.name === "Keygrip") {
          deprecate2('"keys" argument; provide using options {"keys": keygrip}');
          this.keys = options;
        } else {
          this.keys = Array.isArray(options.keys) ? new Keygrip(options.keys) : options.keys;
          this.secure = options.secure;
        }
      }
    }
    Cookies.prototype.get = function(name, opts) {
      var sigName = name + ".sig", header, match, value, remote, data, index2, signed = opts && opts.signed !== void 0 ? opts.signed : !!this.keys;
      header = this.request.headers["cookie"];
      if (!header) return;
      match = header.match(getPattern(name));
      if (!match) return;
      value = match[1];
      if (value[0] === '"') value = value.slice(1, -1);
      if (!opts || !signed) return value;
      remote = this.get(sigName);
      if (!remote) return;
      data = name + "=" + value;
      if (!this.keys) throw new Error(".keys required for signed cookies");
      index2 = this.keys.index(data, remote);
      if (index2 < 0) {
        this.set(sigName, null, { path: "/", signed: false });
      } else {
        index2 && this.set(sigName, this.keys.sign(data), { signed: false });
        return value;
      }
    };
    Cookies.prototype.set = function(name, value, opts) {
      var res = this.response, req = this.request, headers = res.getHeader("Set-Cookie") || [], cookie = new Cookie(name, value, opts), signed = opts && opts.signed !== void 0 ? opts.signed : !!this.keys;
      var secure = this.secure === void 0 ? req.protocol === "https" || isRequestEncrypted(req) : Boolean(this.secure);
      if (typeof headers == "string") headers = [headers];
      if (!secure && opts && opts.secure) {
        throw new Error("Cannot send secure cookie over unencrypted connection");
      }
      cookie.secure = opts && opts.secure !== void 0 ? opts.secure : secure;
      if (opts && "secureProxy" in opts) {
        deprecate2('"secureProxy" option; use "secure" option, provide "secure" to constructor if needed');
        cookie.secure = opts.secureProxy;
      }
      pushCookie(headers, cookie);
      if (opts && signed) {
        if (!this.keys) throw new Error(".keys required for signed cookies");
        cookie.value = this.keys.sign(cookie.toString());
        cookie.name += ".sig";
        pushCookie(headers, cookie);
      }
      var setHeader = res.set ? http2.OutgoingMessage.prototype.setHeader : res.setHeader;
      setHeader.call(res, "Set-Cookie", headers);
      return this;
    };
    function Cookie(name, value, attrs) {
      if (!fieldContentRegExp.test(name) || RESTRICTED_NAME_CHARS_REGEXP.test(name)) {
        throw new TypeError("argument name is invalid");
      }
      if (value && (!fieldContentRegExp.test(value) || RESTRICTED_VALUE_CHARS_REGEXP.test(value))) {
        throw new TypeError("argument value is invalid");
      }
      this.name = name;
      this.value = value || "";
      for (var name in attrs) {
        this[name] = attrs[name];
      }
      if (!this.value) {
        this.expires = /* @__PURE__ */ new Date(0);
        this.maxAge = null;
      }
      if (this.path && !PATH_VALUE_REGEXP.test(this.path)) {
        throw new TypeError("option path is invalid");
      }
      if (this.domain && !DOMAIN_VALUE_REGEXP.test(this.domain)) {
        throw new TypeError("option domain is invalid");
      }
      if (typeof this.maxAge === "number" ? isNaN(this.maxAge) || !isFinite(this.maxAge) : this.maxAge) {
        throw new TypeError("option maxAge is invalid");
      }
      if (this.priority && !PRIORITY_REGEXP.test(this.priority)) {
        throw new TypeError("option priority is invalid");
      }
      if (this.sameSite && this.sameSite !== true && !SAME_SITE_REGEXP.test(this.sameSite)) {
        throw new TypeError("option sameSite is invalid");
      }
    }
    Cookie.prototype.path = "/";
    Cookie.prototype.expires = void 0;
    Cookie.prototype.domain = void 0;
    Cookie.prototype.httpOnly = true;
    Cookie.prototype.partitioned = false;
    Cookie.prototype.priority = void 0;
    Cookie.prototype.sameSite = false;
    Cookie.prototype.secure = false;
    Cookie.prototype.overwrite = false;
    Cookie.prototype.toString = function() {
      return this.name + "=" + this.value;
    };
    Cookie.prototype.toHeader = function() {
      var header = this.toString();
      if (this.maxAge) this.expires = new Date(Date.now() + this.maxAge);
      if (this.path) header += "; path=" + this.path;
      if (this.expires) header += "; expires=" + this.expires.toUTCString();
      if (this.domain) header += "; domain=" + this.domain;
      if (this.priority) header += "; priority=" + this.priority.toLowerCase();
      if (this.sameSite) header += "; samesite=" + (this.sameSite === true ? "strict" : this.sameSite.toLowerCase());
      if (this.secure) header += "; secure";
      if (this.httpOnly) header += "; httponly";
      if (this.partitioned) header += "; partitioned";
      return header;
    };
    Object.defineProperty(Cookie.prototype, "maxage", {
      configurable: true,
      enumerable: true,
      get: function() {
        return this.maxAge;
      },
      set: function(val) {
        return this.maxAge = val;
      }
    });
    deprecate2.property(Cookie.prototype, "maxage", '"maxage"; use "maxAge" instead');
    function getPattern(name) {
      if (!REGEXP_CACHE[name]) {
        REGEXP_CACHE[name] = new RegExp(
          "(?:^|;) *" + name.replace(REGEXP_ESCAPE_CHARS_REGEXP, "\\$&") + "=([^;]*)"
        );
      }
      return REGEXP_CACHE[name];
    }
    function isRequestEncrypted(req) {
      return req.socket ? req.socket.encrypted : req.connection.encrypted;
    }
    function pushCookie(headers, cookie) {
      if (cookie.overwrite) {
        for (var i = headers.length - 1; i >= 0; i--) {
          if (headers[i].indexOf(cookie.name + "=") === 0) {
            headers.splice(i, 1);
          }
        }
      }
      headers.push(cookie.toHeader());
    }
    Cookies.connect = Cookies.express = function(keys) {
      return function(req, res, next) {
        req.cookies = res.cookies = new Cookies(req, res, {
          keys
        });
        next();
      };
    };
    Cookies.Cookie = Cookie;
    module2.exports = Cookies;
  }
});

// node_modules/koa/lib/context.js
var require_context = __commonJS({
  "node_modules/koa/lib/context.js"(exports2, module2) {
    "use strict";
    var util = __require("util");
    var createError = require_http_errors();
    var httpAssert = require_http_assert();
    var delegate = require_delegates();
    var statuses = require_statuses();
    var Cookies = require_cookies();
    var COOKIES = /* @__PURE__ */ Symbol("context#cookies");
    var proto = module2.exports = {
      /**
       * util.inspect() implementation, which
       * just returns the JSON output.
       *
       * @return {Object}
       * @api public
       */
      inspect() {
        if (this === proto) return this;
        return this.toJSON();
      },
      /**
       * Return JSON representation.
       *
       * Here we explicitly invoke .toJSON() on each
       * object, as iteration will otherwise fail due
       * to the getters and cause utilities such as
       * clone() to fail.
       *
       * @return {Object}
       * @api public
       */
      toJSON() {
        return {
          request: this.request.toJSON(),
          response: this.response.toJSON(),
          app: this.app.toJSON(),
          originalUrl: this.originalUrl,
          req: "<original node req>",
          res: "<original node res>",
          socket: "<original node socket>"
        };
      },
      /**
       * Similar to .throw(), adds assertion.
       *
       *    this.assert(this.user, 401, 'Please login!');
       *
       * See: https://github.com/jshttp/http-assert
       *
       * @param {Mixed} test
       * @param {Number} status
       * @param {String} message
       * @api public
       */
      assert: httpAssert,
      /**
       * Throw an error with `status` (default 500) and
       * `msg`. Note that these are user-level
       * errors, and the message may be exposed to the client.
       *
       *    this.throw(403)
       *    this.throw(400, 'name required')
       *    this.throw('something exploded')
       *    this.throw(new Error('invalid'))
       *    this.throw(400, new Error('invalid'))
       *
       * See: https://github.com/jshttp/http-errors
       *
       * Note: `status` should only be passed as the first parameter.
       *
       * @param {String|Number|Error} err, msg or status
       * @param {String|Number|Error} [err, msg or status]
       * @param {Object} [props]
       * @api public
       */
      throw(...args2) {
        throw createError(...args2);
      },
      /**
       * Default error handling.
       *
       * @param {Error} err
       * @api private
       */
      onerror(err) {
        if (err == null) return;
        const isNativeError = Object.prototype.toString.call(err) === "[object Error]" || err instanceof Error;
        if (!isNativeError) err = new Error(util.format("non-error thrown: %j", err));
        let headerSent = false;
        if (this.headerSent || !this.writable) {
          headerSent = err.headerSent = true;
        }
        this.app.emit("error", err, this);
        if (headerSent) {
          return;
        }
        const { res } = this;
        if (typeof res.getHeaderNames === "function") {
          res.getHeaderNames().forEach((name) => res.removeHeader(name));
        } else {
          res._headers = {};
        }
        const headers = err.headers || {};
        Object.keys(headers).forEach((name) => {
          const lowerName = name.toLowerCase();
          const generatedHeader = lowerName === "content-type" || lowerName === "content-length";
          if (generatedHeader) return;
          this.set(name, headers[name]);
        });
        this.type = "text";
        let statusCode = err.status || err.statusCode;
        if (typeof statusCode !== "number" || !statuses.message[statusCode]) statusCode = 500;
        const code = statuses.message[statusCode];
        const msg = err.expose ? err.message : code;
        this.status = err.status = statusCode;
        this.length = Buffer.byteLength(msg);
        res.end(msg);
      },
      get cookies() {
        if (!this[COOKIES]) {
          this[COOKIES] = new Cookies(this.req, this.res, {
            keys: this.app.keys,
            secure: this.request.secure
          });
        }
        return this[COOKIES];
      },
      set cookies(_cookies) {
        this[COOKIES] = _cookies;
      }
    };
    if (util.inspect.custom) {
      module2.exports[util.inspect.custom] = module2.exports.inspect;
    }
    delegate(proto, "response").method("attachment").method("redirect").method("remove").method("vary").method("has").method("set").method("append").method("flushHeaders").method("back").access("status").access("message").access("body").access("length").access("type").access("lastModified").access("etag").getter("headerSent").getter("writable");
    delegate(proto, "request").method("acceptsLanguages").method("acceptsEncodings").method("acceptsCharsets").method("accepts").method("get").method("is").access("querystring").access("idempotent").access("socket").access("search").access("method").access("query").access("path").access("url").access("accept").getter("origin").getter("href").getter("subdomains").getter("protocol").getter("host").getter("hostname").getter("URL").getter("header").getter("headers").getter("secure").getter("stale").getter("fresh").getter("ips").getter("ip");
  }
});

// node_modules/koa/lib/application.js
var require_application = __commonJS({
  "node_modules/koa/lib/application.js"(exports2, module2) {
    "use strict";
    var util = __require("node:util");
    var v8 = __require("node:v8");
    var debug2 = util.debuglog("koa:application");
    var Emitter = __require("node:events");
    var Stream = __require("node:stream");
    var http2 = __require("node:http");
    var { AsyncLocalStorage } = __require("node:async_hooks");
    var onFinished = require_on_finished();
    var compose = require_koa_compose();
    var statuses = require_statuses();
    var createHttpError2 = require_http_errors();
    var request = require_request();
    var response = require_response();
    var context = require_context();
    var isStream = require_is_stream();
    var only = require_only();
    function isHttpErrorLike(err) {
      if (!err || typeof err !== "object") return false;
      if (!(err instanceof Error)) return false;
      if (typeof err.expose !== "boolean") return false;
      if (typeof err.statusCode !== "number") return false;
      const hasMatchingStatusCode = err.status === err.statusCode;
      return hasMatchingStatusCode;
    }
    Object.defineProperty(createHttpError2.HttpError, Symbol.hasInstance, {
      configurable: true,
      value(err) {
        const matchesPrototype = Function.prototype[Symbol.hasInstance].call(this, err);
        if (matchesPrototype) return true;
        if (this !== createHttpError2.HttpError) return false;
        return isHttpErrorLike(err);
      }
    });
    function getAsyncLocalStorage(options) {
      if (options.asyncLocalStorage instanceof AsyncLocalStorage) {
        return options.asyncLocalStorage;
      }
      return new AsyncLocalStorage();
    }
    module2.exports = class Application extends Emitter {
      /**
       * Initialize a new `Application`.
       *
       * @api public
       */
      /**
       *
       * @param {object} [options] Application options
       * @param {string} [options.env='development'] Environment. Defaults to `NODE_ENV` or `'development'`.
       * @param {string[]} [options.keys] Signed cookie keys
       * @param {boolean} [options.proxy] When `true`, proxy header fields will be trusted.
       * @param {number} [options.subdomainOffset] Subdomain offset, defaults to `2`
       * @param {string} [options.proxyIpHeader] Proxy IP header, defaults to `X-Forwarded-For`
       * @param {number} [options.maxIpsCount] Max IPs read from proxy IP header, defaults to `0` (means infinity)
       * @param {function} [options.compose] Function to handle middleware composition
       * @param {boolean|AsyncLocalStorage} [options.asyncLocalStorage] Pass `true` or an instance of `AsyncLocalStorage` to enable async local storage.
       *
       */
      constructor(options) {
        super();
        options = options || {};
        this.proxy = options.proxy || false;
        this.subdomainOffset = options.subdomainOffset || 2;
        this.proxyIpHeader = options.proxyIpHeader || "X-Forwarded-For";
        this.maxIpsCount = options.maxIpsCount || 0;
        this.env = options.env || process.env.NODE_ENV || "development";
        this.compose = options.compose || compose;
        if (options.keys) this.keys = options.keys;
        this.middleware = [];
        this.context = Object.create(context);
        this.request = Object.create(request);
        this.response = Object.create(response);
        if (util.inspect.custom) {
          this[util.inspect.custom] = this.inspect;
        }
        if (options.asyncLocalStorage) {
          if (v8.startupSnapshot?.isBuildingSnapshot?.()) {
            this.ctxStorage = null;
            v8.startupSnapshot.addDeserializeCallback(({ app, options: options2 }) => {
              app.ctxStorage = getAsyncLocalStorage(options2);
            }, { app: this, options });
          } else {
            this.ctxStorage = getAsyncLocalStorage(options);
          }
        }
      }
      /**
       * Shorthand for:
       *
       *    http.createServer(app.callback()).listen(...)
       *
       * @param {Mixed} ...
       * @return {import('http').Server}
       * @api public
       */
      listen(...args2) {
        debug2("listen");
        const server = http2.createServer(this.callback());
        return server.listen(...args2);
      }
      /**
       * Return JSON representation.
       * We only bother showing settings.
       *
       * @return {Object}
       * @api public
       */
      toJSON() {
        return only(this, ["subdomainOffset", "proxy", "env"]);
      }
      /**
       * Inspect implementation.
       *
       * @return {Object}
       * @api public
       */
      inspect() {
        return this.toJSON();
      }
      /**
       * Use the given middleware `fn`.
       *
       * Old-style middleware will be converted.
       *
       * @param {(context: Context) => Promise<any | void>} fn
       * @return {Application} self
       * @api public
       */
      use(fn2) {
        if (typeof fn2 !== "function") {
          throw new TypeError("middleware must be a function!");
        }
        debug2("use %s", fn2._name || fn2.name || "-");
        this.middleware.push(fn2);
        return this;
      }
      /**
       * Return a request handler callback
       * for node's native http server.
       *
       * @return {Function}
       * @api public
       */
      callback() {
        const fn2 = this.compose(this.middleware);
        if (!this.listenerCount("error")) this.on("error", this.onerror);
        const handleRequest = (req, res) => {
          const ctx = this.createContext(req, res);
          if (!this.ctxStorage) {
            return this.handleRequest(ctx, fn2);
          }
          return this.ctxStorage.run(ctx, async () => {
            return await this.handleRequest(ctx, fn2);
          });
        };
        return handleRequest;
      }
      /**
       * return current context from async local storage
       */
      get currentContext() {
        if (this.ctxStorage) return this.ctxStorage.getStore();
      }
      /**
       * Handle request in callback.
       *
       * @api private
       */
      handleRequest(ctx, fnMiddleware) {
        const res = ctx.res;
        res.statusCode = 404;
        const onerror = (err) => ctx.onerror(err);
        const handleResponse = () => respond2(ctx);
        onFinished(res, onerror);
        return fnMiddleware(ctx).then(handleResponse).catch(onerror);
      }
      /**
       * Initialize a new context.
       *
       * @api private
       */
      createContext(req, res) {
        const context2 = Object.create(this.context);
        const request2 = context2.request = Object.create(this.request);
        const response2 = context2.response = Object.create(this.response);
        context2.app = request2.app = response2.app = this;
        context2.req = request2.req = response2.req = req;
        context2.res = request2.res = response2.res = res;
        request2.ctx = response2.ctx = context2;
        request2.response = response2;
        response2.request = request2;
        context2.originalUrl = request2.originalUrl = req.url;
        context2.state = {};
        return context2;
      }
      /**
       * Default error handler.
       *
       * @param {Error} err
       * @api private
       */
      onerror(err) {
        const isNativeError = Object.prototype.toString.call(err) === "[object Error]" || err instanceof Error;
        if (!isNativeError) {
          throw new TypeError(util.format("non-error thrown: %j", err));
        }
        if (err.status === 404 || err.expose) return;
        if (this.silent) return;
        const msg = err.stack || err.toString();
        console.error(`
${msg.replace(/^/gm, "  ")}
`);
      }
      /**
       * Help TS users comply to CommonJS, ESM, bundler mismatch.
       * @see https://github.com/koajs/koa/issues/1513
       */
      static get default() {
        return Application;
      }
    };
    function respond2(ctx) {
      if (ctx.respond === false) return;
      const res = ctx.res;
      if (!ctx.writable) return res.end();
      let body = ctx.body;
      const code = ctx.status;
      if (statuses.empty[code]) {
        ctx.body = null;
        return res.end();
      }
      if (ctx.method === "HEAD") {
        if (!res.headersSent && !ctx.response.has("Content-Length")) {
          const { length } = ctx.response;
          if (Number.isInteger(length)) ctx.length = length;
        }
        return res.end();
      }
      if (body === null || body === void 0) {
        if (ctx.response._explicitNullBody) {
          ctx.response.remove("Content-Type");
          ctx.response.remove("Transfer-Encoding");
          ctx.length = 0;
          return res.end();
        }
        if (ctx.req.httpVersionMajor >= 2) {
          body = String(code);
        } else {
          body = ctx.message || String(code);
        }
        if (!res.headersSent) {
          ctx.type = "text";
          ctx.length = Buffer.byteLength(body);
        }
        return res.end(body);
      }
      if (Buffer.isBuffer(body)) return res.end(body);
      if (typeof body === "string") return res.end(body);
      let stream = null;
      if (body instanceof Blob) stream = Stream.Readable.from(body.stream());
      else if (body instanceof ReadableStream) stream = Stream.Readable.from(body);
      else if (body instanceof Response) stream = Stream.Readable.from(body?.body || "");
      else if (isStream(body)) stream = body;
      if (stream) {
        return Stream.pipeline(stream, res, (err) => {
          if (err && ctx.app.listenerCount("error")) ctx.onerror(err);
        });
      }
      body = JSON.stringify(body);
      if (!res.headersSent) {
        ctx.length = Buffer.byteLength(body);
      }
      res.end(body);
    }
    module2.exports.createHttpError = createHttpError2;
    module2.exports.HttpError = createHttpError2.HttpError;
    module2.exports.isHttpError = createHttpError2.isHttpError;
  }
});

// src/config/settings.ts
var DEFAULT_SETTINGS = Object.freeze({
  default_page_size: 100,
  max_returned_rows: 1e3,
  max_insert_rows: 100,
  max_post_body_bytes: 2 * 1024 * 1024,
  num_sql_threads: 3,
  sql_time_limit_ms: 1e3,
  default_facet_size: 30,
  facet_time_limit_ms: 200,
  facet_suggest_time_limit_ms: 50,
  allow_facet: true,
  allow_download: true,
  allow_signed_tokens: true,
  default_allow_sql: true,
  max_signed_tokens_ttl: 0,
  suggest_facets: true,
  default_cache_ttl: 5,
  cache_size_kb: 2e3,
  allow_csv_stream: true,
  max_csv_mb: 100,
  truncate_cells_html: 2048,
  force_https_urls: false,
  template_debug: false,
  trace_debug: false,
  base_url: "/"
});
function parseSetting(name, value) {
  if (!(name in DEFAULT_SETTINGS)) throw new Error(`Unknown setting "${name}"`);
  const key = name;
  const def = DEFAULT_SETTINGS[key];
  if (typeof def === "boolean") {
    if (/^(on|true|1)$/i.test(value)) return [key, true];
    if (/^(off|false|0)$/i.test(value)) return [key, false];
    throw new Error(`Setting "${name}" takes on/off, not "${value}"`);
  }
  if (typeof def === "number") {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`Setting "${name}" takes a whole number, not "${value}"`);
    return [key, n];
  }
  return [key, normaliseBaseUrl(value)];
}
function normaliseBaseUrl(value) {
  let v = value.trim() || "/";
  if (!v.startsWith("/")) v = "/" + v;
  if (!v.endsWith("/")) v += "/";
  return v;
}

// src/server/auth/actor-plugins.ts
import { randomBytes, timingSafeEqual } from "node:crypto";

// src/server/http-error.ts
var HttpError = class extends Error {
  constructor(status, message2, options = {}) {
    super(message2, { cause: options.cause });
    this.status = status;
    this.options = options;
  }
  status;
  options;
  name = "HttpError";
  get errors() {
    return this.options.errors ?? [this.message];
  }
};

// src/server/auth/actor-plugins.ts
var ACTOR_COOKIE = "ds_actor";
var ACTOR_NAMESPACE = "actor";
function tokenActorPlugin(options = {}) {
  return {
    name: "datasette-export.token-actor",
    builtIn: true,
    actorFromRequest(ctx, datasette) {
      const authorization = ctx.get("authorization");
      if (!authorization.startsWith("Bearer ")) return null;
      return verifyToken(datasette, authorization.slice("Bearer ".length), {
        now: options.now?.(),
        allowSignedTokens: datasette.settings.allow_signed_tokens,
        maxTtl: datasette.settings.max_signed_tokens_ttl
      });
    }
  };
}
function setActorCookie(datasette, ctx, actor, expireAfterSeconds) {
  const data = { a: actor };
  if (expireAfterSeconds) data.e = base62Encode(Math.floor(Date.now() / 1e3) + expireAfterSeconds);
  ctx.cookies.set(ACTOR_COOKIE, datasette.sign(data, ACTOR_NAMESPACE), {
    path: "/",
    sameSite: "lax",
    httpOnly: false,
    overwrite: true
  });
}
function actorFromCookie(datasette, value, now = Date.now() / 1e3) {
  if (!value) return null;
  let decoded;
  try {
    decoded = datasette.unsign(value, ACTOR_NAMESPACE);
  } catch {
    return null;
  }
  if (!decoded || typeof decoded !== "object" || !("a" in decoded)) return null;
  const { a, e } = decoded;
  if (typeof e === "string" && e && now > base62Decode(e)) return null;
  return a && typeof a === "object" ? a : null;
}
function cookieActorPlugin(config) {
  let rootToken = config.root ? randomBytes(32).toString("hex") : null;
  return {
    name: "datasette-export.cookie-actor",
    builtIn: true,
    rootSignInPath: () => rootToken ? `-/auth-token?token=${rootToken}` : null,
    actorFromRequest(ctx, datasette) {
      return actorFromCookie(datasette, ctx.cookies.get(ACTOR_COOKIE));
    },
    registerRoutes(datasette) {
      return [
        {
          pattern: /^\/-\/auth-token$/,
          methods: ["GET", "HEAD"],
          handler: ({ ctx }) => {
            const home = datasette.urls.instance();
            if (ctx.state.actor?.id === "root") return ctx.redirect(home);
            if (!rootToken) throw new HttpError(403, "Root token has already been used");
            const given = Buffer.from(ctx.query.token?.toString() ?? "");
            const expected = Buffer.from(rootToken);
            if (given.length !== expected.length || !timingSafeEqual(given, expected))
              throw new HttpError(403, "Invalid token");
            rootToken = null;
            setActorCookie(datasette, ctx, { id: "root" });
            ctx.redirect(home);
          }
        },
        {
          pattern: /^\/-\/logout$/,
          methods: ["POST"],
          handler: ({ ctx }) => {
            ctx.cookies.set(ACTOR_COOKIE, "", {
              path: "/",
              maxAge: 0,
              expires: /* @__PURE__ */ new Date(0),
              overwrite: true
            });
            ctx.redirect(datasette.urls.instance());
          }
        }
      ];
    }
  };
}
function rootSignInUrl(datasette, serverUrl) {
  const plugin = datasette.plugins.find((p) => p.name === "datasette-export.cookie-actor");
  const path9 = plugin?.rootSignInPath();
  return path9 ? new URL(path9, serverUrl.endsWith("/") ? serverUrl : serverUrl + "/").href : null;
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62Encode(n) {
  if (n === 0) return "0";
  let out = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out;
}
function base62Decode(s) {
  let n = 0;
  for (const c of s) {
    const i = BASE62.indexOf(c);
    if (i < 0) return 0;
    n = n * 62 + i;
  }
  return n;
}

// src/server/server.ts
import http from "node:http";
import { readFileSync as readFileSync2 } from "node:fs";
import path8 from "node:path";

// src/server/request.ts
var MultiParams = class {
  constructor(params) {
    this.params = params;
    for (const key of new Set(params.keys())) {
      if (!(key in this)) this[key] = params.get(key);
    }
  }
  params;
  get(name, fallback = null) {
    return this.params.get(name) ?? fallback;
  }
  getlist(name) {
    return this.params.getAll(name);
  }
  keys() {
    return [...new Set(this.params.keys())];
  }
  items() {
    return [...this.params.entries()];
  }
  has(name) {
    return this.params.has(name);
  }
  toString() {
    return this.params.toString();
  }
};
function templateRequest(ctx, actor, urlVars2 = {}) {
  return {
    method: ctx.method,
    path: ctx.path,
    full_path: ctx.url,
    url: ctx.href,
    query_string: ctx.querystring,
    host: ctx.host,
    scheme: ctx.protocol,
    args: new MultiParams(requestArgs(ctx)),
    cookies: requestCookies(ctx.get("cookie")),
    headers: ctx.headers,
    actor,
    url_vars: urlVars2
  };
}
function requestArgs(ctx) {
  return new URLSearchParams(ctx.querystring);
}
function requestCookies(header) {
  const cookies = {};
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    let value;
    try {
      value = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      continue;
    }
    Object.defineProperty(cookies, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return cookies;
}

// src/server/format-bytes.ts
function formatBytes(bytes) {
  let current = Number(bytes);
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let unit = units[0];
  for (unit of units) {
    if (current < 1024) break;
    current /= 1024;
  }
  return unit === "bytes" ? `${Math.trunc(current)} ${unit}` : `${current.toFixed(1)} ${unit}`;
}

// src/server/auth/csrf.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var SAFE_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
var DEFAULT_PORTS = { http: 80, https: 443 };
function crossOriginRefusal(request) {
  if (SAFE_METHODS.has(request.method)) return null;
  const header = (name) => {
    const v = request.headers[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  const authorization = header("authorization");
  if (authorization && !header("cookie") && authorization.split(/\s+/, 1)[0].toLowerCase() === "bearer")
    return null;
  const site2 = header("sec-fetch-site");
  if (site2 !== void 0) {
    return site2 === "same-origin" || site2 === "none" ? null : `Sec-Fetch-Site was '${site2}', expected 'same-origin' or 'none'`;
  }
  const origin2 = header("origin");
  if (origin2 === void 0) return null;
  const host = header("host") ?? "";
  const mine = originTuple(`${request.scheme}://${host}`);
  const theirs = originTuple(origin2);
  if (!mine || !theirs) return `Malformed Origin '${origin2}' or Host '${host}'`;
  return mine === theirs ? null : `Origin '${origin2}' does not match Host '${host}'`;
}
function originTuple(value) {
  try {
    const url = new URL(value);
    const scheme = url.protocol.replace(/:$/, "");
    const port = url.port ? Number(url.port) : DEFAULT_PORTS[scheme];
    if (!url.hostname || port === void 0) return null;
    return `${scheme}://${url.hostname.toLowerCase()}:${port}`;
  } catch {
    return null;
  }
}
function crossOriginProtection(datasette) {
  return async (ctx, next) => {
    const reason = crossOriginRefusal({
      method: ctx.method,
      headers: ctx.headers,
      scheme: datasette.settings.force_https_urls ? "https" : ctx.protocol
    });
    if (reason)
      throw new HttpError(403, `Cross-site request refused: ${reason}`, { title: "CSRF check failed" });
    await next();
  };
}
var DETERMINISTIC_CSRF_TOKEN = "datasette-export-static";
function legacyCsrfToken(ctx, deterministic = false) {
  if (deterministic) return DETERMINISTIC_CSRF_TOKEN;
  ctx.state.csrftoken ??= randomBytes2(24).toString("base64url");
  return ctx.state.csrftoken;
}

// src/server/messages.ts
var INFO = 1;
var WARNING = 2;
var ERROR = 3;
var COOKIE = "ds_messages";
var NAMESPACE = "messages";
function addMessage(datasette, ctx, message2, type = INFO) {
  const messages = pending(datasette, ctx);
  messages.push([message2, type]);
  ctx.cookies.set(COOKIE, datasette.sign(messages, NAMESPACE), COOKIE_OPTIONS);
}
function showMessages(datasette, ctx) {
  const messages = pending(datasette, ctx);
  if (!messages.length) return [];
  ctx.state.dsMessages = [];
  ctx.cookies.set(COOKIE, "", { ...COOKIE_OPTIONS, maxAge: 0, expires: /* @__PURE__ */ new Date(0) });
  return messages;
}
var COOKIE_OPTIONS = { path: "/", sameSite: "lax", httpOnly: false, overwrite: true };
function pending(datasette, ctx) {
  if (!ctx.state.dsMessages) ctx.state.dsMessages = fromCookie(datasette, ctx.cookies.get(COOKIE));
  return ctx.state.dsMessages;
}
function fromCookie(datasette, value) {
  if (!value) return [];
  let decoded;
  try {
    decoded = datasette.unsign(value, NAMESPACE);
  } catch {
    return [];
  }
  if (!Array.isArray(decoded)) return [];
  return decoded.filter(
    (m) => Array.isArray(m) && m.length === 2 && typeof m[0] === "string" && [INFO, WARNING, ERROR].includes(m[1])
  );
}

// src/server/link-urls.ts
var LINK_KEYS = ["license_url", "source_url", "about_url"];
function isLinkableUrl(url) {
  const seen = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(seen)?.[1];
  return scheme === void 0 || /^https?$/i.test(scheme);
}
function withLinkableUrls(metadata) {
  if (!metadata || typeof metadata !== "object") return metadata;
  const record = metadata;
  const refused = LINK_KEYS.filter((key) => key in record && !isLinkableUrl(String(record[key] ?? "")));
  if (!refused.length) return metadata;
  const copy = { ...record };
  for (const key of refused) delete copy[key];
  return copy;
}

// src/templates/nunjucks-nodes.ts
var import_nunjucks = __toESM(require_nunjucks(), 1);
var nj = import_nunjucks.default;
var defined = [];
function defineNode(name, fields, compile2) {
  const Compiler = nj.compiler.Compiler.prototype;
  if (!defined.length) {
    const assertType = Compiler.assertType;
    Compiler.assertType = function(node, ...types) {
      if (defined.some((t) => node instanceof t)) return;
      return assertType.call(this, node, ...types);
    };
  }
  const Node = nj.nodes.Node.extend(name, { fields });
  nj.nodes[name] = Node;
  Compiler[`compile${name}`] = compile2;
  defined.push(Node);
  return Node;
}
var RawCode = defineNode("JinjaRaw", ["code"], function(node) {
  this._emit(node.code);
});

// src/templates/jinja-loops.ts
function jinjaIter(v) {
  if (typeof v === "string") return [...v];
  if (isPlainObject(v)) return Object.keys(v);
  if (v instanceof Map) return [...v.keys()];
  if (isSafe(v)) return [...v.val];
  return v;
}
function jinjaLoopFilter(items, pairs, frame, keep) {
  if (items == null) return [];
  const seq = pairs ? items : jinjaIter(items);
  let list;
  if (Array.isArray(seq)) list = seq;
  else if (typeof seq === "string") list = [...seq];
  else if (seq && typeof seq === "object")
    list = Symbol.iterator in seq ? [...seq] : pairs ? Object.entries(seq) : [];
  else list = [];
  const scope = frame.push();
  return list.filter((item) => keep(scope, item));
}
function same(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}
var LoopState = class {
  constructor(list, depth) {
    this.list = list;
    this.depth = depth;
  }
  list;
  depth;
  // Every field jinjaLoopAt sets, declared so each loop object keeps one shape.
  index = 1;
  index0 = 0;
  revindex = 0;
  revindex0 = 0;
  first = true;
  last = false;
  length = 0;
  /** loop.changed's last arguments (`last` itself is the loop's "is this the last item"). */
  #changedArgs;
  get depth0() {
    return this.depth - 1;
  }
  get previtem() {
    return this.index0 > 0 ? this.list[this.index0 - 1] : void 0;
  }
  get nextitem() {
    return this.list[this.index0 + 1];
  }
  cycle(...args2) {
    if (!args2.length) throw new Error("TypeError: no items for cycling given");
    return args2[this.index0 % args2.length];
  }
  changed(...args2) {
    if (this.#changedArgs !== void 0 && same(args2, this.#changedArgs)) return false;
    this.#changedArgs = args2;
    return true;
  }
};
function jinjaLoop(items, depth, recurse) {
  const state = new LoopState(Array.isArray(items) ? items : [], depth);
  if (!recurse) return state;
  const loop = recurse;
  Object.defineProperty(loop, "length", { writable: true, enumerable: true, value: 0 });
  Object.defineProperty(loop, "index0", {
    enumerable: true,
    get: () => state.index0,
    set: (value) => state.index0 = value
  });
  for (const name of ["depth", "depth0", "previtem", "nextitem"])
    Object.defineProperty(loop, name, { enumerable: true, get: () => state[name] });
  loop.cycle = state.cycle.bind(state);
  loop.changed = state.changed.bind(state);
  return loop;
}
function jinjaLoopAt(loop, i, length) {
  loop.index = i + 1;
  loop.index0 = i;
  loop.revindex = length - i;
  loop.revindex0 = length - i - 1;
  loop.first = i === 0;
  loop.last = i === length - 1;
  loop.length = length;
}
function installJinjaLoops() {
  const { nodes, lexer, runtime } = nj;
  const C = nj.compiler.Compiler.prototype;
  Object.assign(runtime, { jinjaIter, jinjaLoopFilter, jinjaLoop, jinjaLoopAt });
  const Iter = defineNode("JinjaIter", ["target"], function(node, frame) {
    this._emit("runtime.jinjaIter(");
    this.compile(node.target, frame);
    this._emit(")");
  });
  const LoopFilter = defineNode("JinjaLoopFilter", ["arr", "name", "test"], function(node, frame) {
    const item = this._tmpid();
    const scope = frame.push();
    const pairs = node.name instanceof nodes.Array;
    this._emit("runtime.jinjaLoopFilter(");
    this.compile(node.arr, frame);
    this._emitLine(`, ${pairs}, frame, function(frame, ${item}) {`);
    const names2 = pairs ? node.name.children : [node.name];
    names2.forEach((name, i) => {
      const id = pairs ? this._tmpid() : item;
      if (pairs) this._emitLine(`var ${id} = ${item}[${i}];`);
      this._emitLine(`frame.set(${JSON.stringify(name.value)}, ${id});`);
      scope.set(name.value, id);
    });
    this._emit("return runtime.jinjaTruthy(");
    this.compile(node.test, scope);
    this._emit("); })");
  });
  if (!nodes.For.prototype.fields.includes("recursive"))
    nodes.For.prototype.fields = [...nodes.For.prototype.fields, "recursive"];
  const ENDS = { for: "endfor", asyncEach: "endeach", asyncAll: "endall" };
  const KINDS = { for: nodes.For, asyncEach: nodes.AsyncEach, asyncAll: nodes.AsyncAll };
  nj.parser.Parser.prototype.parseFor = function parseFor() {
    const tok = this.peekToken();
    if (!Object.hasOwn(KINDS, tok.value) || !this.skipSymbol(tok.value))
      this.fail("parseFor: expected for{Async}", tok.lineno, tok.colno);
    const node = new KINDS[tok.value](tok.lineno, tok.colno);
    node.name = this.parsePrimary();
    if (!(node.name instanceof nodes.Symbol)) this.fail("parseFor: variable name expected for loop");
    if (this.peekToken().type === lexer.TOKEN_COMMA) {
      node.name = new nodes.Array(node.name.lineno, node.name.colno, [node.name]);
      while (this.skip(lexer.TOKEN_COMMA)) node.name.addChild(this.parsePrimary());
    }
    if (!this.skipSymbol("in")) this.fail('parseFor: expected "in" keyword for loop', tok.lineno, tok.colno);
    node.arr = this.parseOr();
    if (this.skipSymbol("if"))
      node.arr = new LoopFilter(tok.lineno, tok.colno, node.arr, node.name, this.parseExpression());
    node.recursive = this.skipSymbol("recursive");
    if (node.recursive && tok.value !== "for")
      this.fail(`parseFor: ${tok.value} cannot be recursive`, tok.lineno, tok.colno);
    this.advanceAfterBlockEnd(tok.value);
    node.body = this.parseUntilBlocks(ENDS[tok.value], "else");
    if (this.skipSymbol("else")) {
      this.advanceAfterBlockEnd("else");
      node.else_ = this.parseUntilBlocks(ENDS[tok.value]);
    }
    this.advanceAfterBlockEnd();
    return node;
  };
  const iterate = (node) => {
    if (!(node.name instanceof nodes.Array) && !(node.arr instanceof Iter) && !(node.arr instanceof LoopFilter))
      node.arr = new Iter(node.arr.lineno, node.arr.colno, node.arr);
  };
  for (const name of ["compileFor", "compileAsyncEach", "compileAsyncAll"]) {
    const orig = C[name];
    C[name] = function(node, ...rest) {
      iterate(node);
      return orig.call(this, node, ...rest);
    };
  }
  const compileFor = C.compileFor;
  C.compileFor = function(node, frame) {
    if (!node.recursive) return compileFor.call(this, node, frame);
    const [fn2, items, depth, outer, sub] = [
      this._tmpid(),
      this._tmpid(),
      this._tmpid(),
      this._tmpid(),
      this._tmpid()
    ];
    const filter = node.arr instanceof LoopFilter ? node.arr : null;
    const source = filter ? filter.arr : node.arr;
    const local = new RawCode(source.lineno, source.colno, items);
    if (filter) filter.arr = local;
    else node.arr = local;
    node.jinjaDepth = depth;
    node.jinjaRecurse = `function(${sub}) { return runtime.jinjaCaptured(${fn2}(${sub}, ${depth} + 1), env.opts.autoescape); }`;
    this._emitLine(`var ${outer} = frame;`);
    this._emitLine(`var ${fn2} = function(${items}, ${depth}) {`);
    this._emitLine(`var frame = ${outer};`);
    const buffer = this._pushBuffer();
    this._emitLine("");
    this._withScopedSyntax(() => compileFor.call(this, node, frame));
    this._popBuffer();
    this._emitLine(`return ${buffer};`);
    this._emitLine("};");
    this._emit(`${this.buffer} += ${fn2}(`);
    this._compileExpression(source, frame);
    this._emitLine(", 1);");
  };
  C._emitLoopBindings = function(node, arr, i, len) {
    const recurse = node.jinjaRecurse ?? "null";
    this._emitLine(
      `if (${i} === 0) frame.set("loop", runtime.jinjaLoop(${arr}, ${node.jinjaDepth ?? 1}, ${recurse}));`
    );
    this._emitLine(`runtime.jinjaLoopAt(frame.variables.loop, ${i}, ${len});`);
  };
}

// src/templates/jinja-with.ts
function installJinjaWith() {
  const { nodes, lexer } = nj;
  const Parser = nj.parser.Parser.prototype;
  const With = defineNode("JinjaWith", ["targets", "values", "body"], function(node, frame) {
    const ids = node.values.children.map((value) => {
      const id = this._tmpid();
      this._emit(`var ${id} = `);
      this._compileExpression(value, frame);
      this._emitLine(";");
      return id;
    });
    const scope = frame.push();
    this._emitLine("frame = frame.push();");
    const bind2 = (name, id) => {
      scope.set(name, id);
      this._emitLine(`frame.set(${JSON.stringify(name)}, ${id});`);
    };
    node.targets.children.forEach((target, i) => {
      if (target instanceof nodes.Symbol) return bind2(target.value, ids[i]);
      const items = this._tmpid();
      this._emitLine(`var ${items} = runtime.jinjaUnpack(${ids[i]}, ${target.children.length});`);
      target.children.forEach((name, k) => {
        const id = this._tmpid();
        this._emitLine(`var ${id} = ${items}[${k}];`);
        bind2(name.value, id);
      });
    });
    this._withScopedSyntax(() => this.compile(node.body, scope));
    this._emitLine("frame = frame.pop();");
  });
  const symbol = function() {
    const name = this.parsePrimary();
    if (!(name instanceof nodes.Symbol))
      this.fail("parseWith: expected a variable name", name.lineno, name.colno);
    return name;
  };
  const parseStatement = Parser.parseStatement;
  Parser.parseStatement = function() {
    const tok = this.peekToken();
    if (tok?.type !== lexer.TOKEN_SYMBOL || tok.value !== "with") return parseStatement.call(this);
    this.nextToken();
    const node = new With(
      tok.lineno,
      tok.colno,
      new nodes.NodeList(tok.lineno, tok.colno),
      new nodes.NodeList(tok.lineno, tok.colno)
    );
    while (this.peekToken().type !== lexer.TOKEN_BLOCK_END) {
      if (node.values.children.length && !this.skip(lexer.TOKEN_COMMA))
        this.fail("parseWith: expected a comma between assignments", tok.lineno, tok.colno);
      let target = symbol.call(this);
      if (this.peekToken().type === lexer.TOKEN_COMMA) {
        target = new nodes.Array(target.lineno, target.colno, [target]);
        while (this.skip(lexer.TOKEN_COMMA)) target.addChild(symbol.call(this));
      }
      if (!this.skipValue(lexer.TOKEN_OPERATOR, "="))
        this.fail("parseWith: expected =", tok.lineno, tok.colno);
      node.targets.addChild(target);
      node.values.addChild(this.parseExpression());
    }
    this.advanceAfterBlockEnd(tok.value);
    node.body = this.parseUntilBlocks("endwith");
    this.advanceAfterBlockEnd();
    return node;
  };
}

// src/templates/python-format.ts
var SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/;
function group(intPart, sep) {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
function formatSpec(value, spec) {
  if (!spec) return pyStr(value);
  const m = SPEC.exec(spec);
  if (!m) throw new Error(`Invalid format specifier '${spec}'`);
  const [, fillChar, alignChar, sign = "-", , zero, widthText, sep, precText, typeChar] = m;
  const isNum = typeof value === "number" || typeof value === "bigint" || typeof value === "boolean" || value instanceof PyFloat;
  const float = isFloat(value);
  let body;
  if (isNum && typeChar !== "s") {
    let n = Number(value);
    const negative = n < 0 || Object.is(n, -0);
    n = Math.abs(n);
    const prec = precText === void 0 ? void 0 : Number(precText);
    const isInt = Number.isInteger(n);
    switch (typeChar) {
      case "d":
      case "n":
        if (float) throw new Error(`Unknown format code 'd' for object of type 'float'`);
        body = n.toFixed(0);
        break;
      case "f":
      case "F":
        body = n.toFixed(prec ?? 6);
        break;
      case "e":
      case "E":
        body = n.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
        break;
      case "%":
        body = (n * 100).toFixed(prec ?? 6) + "%";
        break;
      case "g":
      case "G":
        body = String(Number(n.toPrecision(prec || 6)));
        break;
      case "x":
      case "X":
        body = Math.trunc(n).toString(16);
        break;
      case "o":
        body = Math.trunc(n).toString(8);
        break;
      case "b":
        body = Math.trunc(n).toString(2);
        break;
      case "c":
        body = String.fromCodePoint(n);
        break;
      default:
        body = prec !== void 0 ? String(Number(n.toPrecision(prec))) : float ? formatFloat(n) : isInt ? n.toFixed(0) : String(n);
    }
    if (typeChar === "X" || typeChar === "E" || typeChar === "G" || typeChar === "F")
      body = body.toUpperCase();
    if (sep) {
      const [i, ...rest] = body.split(".");
      body = [group(i, sep), ...rest].join(".");
    }
    const signText = negative ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
    const width2 = Number(widthText ?? 0);
    if (zero && !alignChar && signText.length + body.length < width2)
      body = body.padStart(width2 - signText.length, "0");
    body = signText + body;
  } else {
    if (typeChar && typeChar !== "s")
      throw new Error(`Unknown format code '${typeChar}' for object of type 'str'`);
    body = pyStr(value);
    if (precText !== void 0) body = body.slice(0, Number(precText));
  }
  const width = Number(widthText ?? 0);
  if (body.length >= width) return body;
  const fill = fillChar ?? (zero && !alignChar ? "0" : " ");
  const align = alignChar ?? (isNum ? ">" : "<");
  const pad = width - body.length;
  if (align === "<") return body + fill.repeat(pad);
  if (align === ">") return fill.repeat(pad) + body;
  if (align === "^") return fill.repeat(Math.floor(pad / 2)) + body + fill.repeat(Math.ceil(pad / 2));
  const signLen = /^[+\- ]/.test(body) ? 1 : 0;
  return body.slice(0, signLen) + fill.repeat(pad) + body.slice(signLen);
}
function lookupField(field2, pos, kw, auto) {
  const m = /^([^.[]*)(.*)$/.exec(field2);
  const head = m[1];
  let value;
  if (head === "") value = pos[auto.n++];
  else if (/^\d+$/.test(head)) value = pos[Number(head)];
  else if (head in kw) value = kw[head];
  else throw new Error(`KeyError: '${head}' in format string`);
  const rest = m[2];
  for (const part of rest.matchAll(/\.(\w+)|\[([^\]]+)\]/g)) {
    const key = part[1] ?? (/^\d+$/.test(part[2]) ? Number(part[2]) : part[2]);
    value = value == null ? void 0 : value[key];
  }
  return value;
}
function pyFormat(template, pos, kw) {
  const auto = { n: 0 };
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c === "{" && template[i + 1] === "{") {
      out += "{";
      i += 2;
    } else if (c === "}" && template[i + 1] === "}") {
      out += "}";
      i += 2;
    } else if (c === "{") {
      const end = template.indexOf("}", i);
      if (end < 0) throw new Error("Single '{' encountered in format string");
      const inner = template.slice(i + 1, end);
      const fm = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/.exec(inner);
      if (!fm) throw new Error(`Invalid format field '{${inner}}'`);
      let value = lookupField(fm[1], pos, kw, auto);
      if (fm[2] === "r" || fm[2] === "a") value = pyRepr(value);
      else if (fm[2] === "s") value = pyStr(value);
      out += formatSpec(isSafe(value) ? value.val : value, fm[3] ?? "");
      i = end + 1;
    } else if (c === "}") {
      throw new Error("Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
function percentFormat(template, args2) {
  let n = 0;
  const named = args2.length === 1 && args2[0] && typeof args2[0] === "object" && !Array.isArray(args2[0]) ? args2[0] : null;
  return template.replace(
    /%(?:\((\w+)\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifrxXeEgG%])/g,
    (_m, name, flags, width, prec, type) => {
      if (type === "%") return "%";
      const value = name && named ? named[name] : args2[n++];
      const align = flags.includes("-") ? "<" : "";
      const zero = flags.includes("0") ? "0" : "";
      const sign = flags.includes("+") ? "+" : "";
      const t = type === "i" ? "d" : type === "r" ? "s" : type;
      const v = type === "r" ? pyRepr(value) : type === "d" || type === "i" ? Math.trunc(Number(value)) : value;
      return formatSpec(v, `${align}${sign}${zero}${width ?? ""}${prec !== void 0 ? "." + prec : ""}${t}`);
    }
  );
}

// src/templates/sql.ts
var SqlRow = class extends Array {
  // Array methods (map, slice…) should build plain arrays, not rows without columns.
  static get [Symbol.species]() {
    return Array;
  }
  #columns;
  constructor(columns, values) {
    super();
    this.#columns = columns;
    for (const v of values) this.push(v);
  }
  has(name) {
    return this.#columns.has(name);
  }
  get(name) {
    const i = this.#columns.get(name);
    return i === void 0 ? void 0 : this[i];
  }
  keys() {
    return [...this.#columns.keys()];
  }
};
var TemplateSqlError = class extends Error {
  constructor(query, database, cause) {
    super(`sql() query failed: ${cause?.message ?? String(cause)}
Query: ${query}`, { cause });
    this.query = query;
    this.database = database;
  }
  query;
  database;
  name = "TemplateSqlError";
};
function cacheKey(call2) {
  return JSON.stringify(
    [call2.database ?? null, call2.query, call2.params ?? null],
    (_k, v) => typeof v === "bigint" ? `${v}n` : Buffer.isBuffer(v) ? `buffer:${v.toString("base64")}` : v
  );
}
function normaliseParams(params) {
  if (params === void 0 || params === null) return void 0;
  if (Array.isArray(params)) return params;
  if (isPlainObject(params)) return params;
  throw new Error("sql(): params must be a dict (for :name) or a list (for ?)");
}
var SqlPasses = class {
  constructor(runner) {
    this.runner = runner;
  }
  runner;
  #cache = /* @__PURE__ */ new Map();
  #pending = /* @__PURE__ */ new Map();
  /** Queries run, for tests and logs. */
  executed = 0;
  /** The failed query the template last hit: Nunjucks wraps thrown errors, so the engine looks here. */
  failure = null;
  /** The `sql(query, params=None, database=None)` template function. */
  sql = (...args2) => {
    const a = bindArgs("sql", ["sql", "params", "database"], args2);
    if (typeof a.sql !== "string") throw new Error("sql(): the query must be a string");
    const call2 = {
      query: a.sql,
      params: normaliseParams(a.params),
      database: a.database == null ? void 0 : String(a.database)
    };
    if (!this.runner) throw new Error("sql() is not available here: this render has no database");
    const key = cacheKey(call2);
    const entry = this.#cache.get(key);
    if (entry?.error) {
      this.failure = entry.error;
      throw entry.error;
    }
    if (entry?.rows) return entry.rows;
    this.#pending.set(key, call2);
    return [];
  };
  get hasPending() {
    return this.#pending.size > 0;
  }
  /** Starts a pass: nothing recorded yet. */
  beginPass() {
    this.#pending.clear();
    this.failure = null;
  }
  /** Runs every query recorded in the last pass, concurrently; failures are kept to throw on the next pass. */
  async runPending() {
    const calls = [...this.#pending];
    this.#pending.clear();
    await Promise.all(
      calls.map(async ([key, call2]) => {
        this.executed++;
        try {
          const result = await this.runner(call2.query, call2.params, call2.database);
          const columns = new Map(result.columns.map((c, i) => [c, i]));
          this.#cache.set(key, { rows: result.rows.map((r) => new SqlRow(columns, r)) });
        } catch (err) {
          this.#cache.set(key, { error: new TemplateSqlError(call2.query, call2.database, err) });
        }
      })
    );
  }
};

// src/templates/python-methods.ts
function stripChars(s, chars, left, right) {
  const set = chars == null ? null : pyStr(chars);
  const strip = (c) => set === null ? /\s/.test(c) : set.includes(c);
  let a = 0;
  let b = s.length;
  if (left) while (a < b && strip(s[a])) a++;
  if (right) while (b > a && strip(s[b - 1])) b--;
  return s.slice(a, b);
}
function pySplit(s, args2) {
  const { sep, maxsplit } = bindArgs("split", ["sep", "maxsplit"], args2);
  const max = maxsplit == null ? -1 : Number(maxsplit);
  if (sep == null) {
    const parts = [];
    let rest = s.replace(/^\s+/, "");
    while (rest) {
      if (max >= 0 && parts.length === max) {
        parts.push(rest);
        break;
      }
      const m = /\s+/.exec(rest);
      if (!m) {
        parts.push(rest);
        break;
      }
      parts.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return parts;
  }
  const all = s.split(pyStr(sep));
  if (max < 0 || all.length <= max + 1) return all;
  return [...all.slice(0, max), all.slice(max).join(pyStr(sep))];
}
function affix(s, arg, test) {
  return Array.isArray(arg) ? arg.some((p) => test(pyStr(p))) : test(pyStr(arg));
}
var STRING_METHODS = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  casefold: (s) => s.toLowerCase(),
  strip: (s, chars) => stripChars(s, chars, true, true),
  lstrip: (s, chars) => stripChars(s, chars, true, false),
  rstrip: (s, chars) => stripChars(s, chars, false, true),
  split: (s, ...args2) => pySplit(s, args2),
  splitlines: (s) => s.split(/\r\n|\r|\n/).filter((l, i, all) => i < all.length - 1 || l !== ""),
  startswith: (s, p) => affix(s, p, (x) => s.startsWith(x)),
  endswith: (s, p) => affix(s, p, (x) => s.endsWith(x)),
  replace: (s, old, repl, count) => {
    const parts = s.split(pyStr(old));
    const n = count == null || Number(count) < 0 ? parts.length - 1 : Number(count);
    return parts.slice(0, n + 1).join(pyStr(repl)) + (n + 1 < parts.length ? pyStr(old) + parts.slice(n + 1).join(pyStr(old)) : "");
  },
  title: (s) => s.toLowerCase().replace(/(^|[^a-zA-Z0-9])([a-z])/g, (_m, a, b) => a + b.toUpperCase()),
  capitalize: (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
  swapcase: (s) => [...s].map((c) => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()).join(""),
  find: (s, sub) => s.indexOf(pyStr(sub)),
  rfind: (s, sub) => s.lastIndexOf(pyStr(sub)),
  index: (s, sub) => {
    const i = s.indexOf(pyStr(sub));
    if (i < 0) throw new Error("ValueError: substring not found");
    return i;
  },
  count: (s, sub) => s.split(pyStr(sub)).length - 1,
  join: (s, items) => Array.from(items, pyStr).join(s),
  isdigit: (s) => /^\d+$/.test(s),
  isnumeric: (s) => /^\d+$/.test(s),
  isalpha: (s) => new RegExp("^\\p{L}+$", "u").test(s),
  isalnum: (s) => /^[\p{L}\d]+$/u.test(s),
  isspace: (s) => /^\s+$/.test(s),
  islower: (s) => /[a-z]/.test(s) && s === s.toLowerCase(),
  isupper: (s) => /[A-Z]/.test(s) && s === s.toUpperCase(),
  zfill: (s, w) => /^[+-]/.test(s) ? s[0] + s.slice(1).padStart(Number(w) - 1, "0") : s.padStart(Number(w), "0"),
  ljust: (s, w, fill) => s.padEnd(Number(w), fill == null ? " " : pyStr(fill)),
  rjust: (s, w, fill) => s.padStart(Number(w), fill == null ? " " : pyStr(fill)),
  center: (s, w) => {
    const pad = Math.max(0, Number(w) - s.length);
    return " ".repeat(Math.floor(pad / 2)) + s + " ".repeat(Math.ceil(pad / 2));
  },
  partition: (s, sep) => {
    const i = s.indexOf(pyStr(sep));
    return i < 0 ? [s, "", ""] : [s.slice(0, i), pyStr(sep), s.slice(i + pyStr(sep).length)];
  },
  format: (s, ...args2) => {
    const { pos, kw } = splitArgs(args2);
    return pyFormat(s, pos, kw);
  }
};
var LIST_METHODS = {
  append: (l, x) => void l.push(x),
  extend: (l, xs) => void l.push(...Array.from(xs)),
  insert: (l, i, x) => void l.splice(Number(i), 0, x),
  pop: (l, i) => {
    if (!l.length) throw new Error("IndexError: pop from empty list");
    return i == null ? l.pop() : l.splice(Number(i) < 0 ? l.length + Number(i) : Number(i), 1)[0];
  },
  remove: (l, x) => {
    const i = l.indexOf(x);
    if (i < 0) throw new Error("ValueError: list.remove(x): x not in list");
    l.splice(i, 1);
  },
  index: (l, x) => {
    const i = l.indexOf(x);
    if (i < 0) throw new Error("ValueError: value is not in list");
    return i;
  },
  count: (l, x) => l.filter((y) => y === x).length,
  copy: (l) => [...l]
};
var DICT_METHODS = {
  items: (d) => Object.entries(d),
  keys: (d) => Object.keys(d),
  values: (d) => Object.values(d),
  get: (d, k, def) => Object.hasOwn(d, String(k)) ? d[String(k)] : def ?? null,
  pop: (d, k, def) => {
    const key = String(k);
    if (!Object.hasOwn(d, key)) {
      if (def === void 0) throw new Error(`KeyError: ${key}`);
      return def;
    }
    const v = d[key];
    delete d[key];
    return v;
  },
  setdefault: (d, k, def) => {
    const key = String(k);
    if (!Object.hasOwn(d, key)) d[key] = def ?? null;
    return d[key];
  },
  update: (d, other) => {
    const { pos, kw } = splitArgs([other]);
    Object.assign(d, pos[0] ?? {}, kw);
    return null;
  },
  copy: (d) => ({ ...d })
};
var UNDEFINED_PROTOCOL = Object.assign(/* @__PURE__ */ Object.create(null), {
  __len__: () => 0,
  __iter__: () => [],
  __str__: () => "",
  __html__: () => "",
  __bool__: () => false,
  __repr__: () => "Undefined",
  __hash__: () => 0
});
function pythonAware(fn2) {
  fn2.pythonNumbers = true;
  return fn2;
}
function bind(method, self) {
  return pythonAware((...args2) => method(self, ...args2));
}
function bindSafe(method, self) {
  return pythonAware((...args2) => {
    const escaped = args2.map((a) => typeof a === "string" ? escapeHtml(a).val : a);
    const out = method(self.val, ...escaped);
    return typeof out === "string" ? markSafe(out) : out;
  });
}
function index(len, i) {
  return i < 0 ? len + i : i;
}
function pySlice(obj, start, stop, step) {
  if (obj == null) return void 0;
  const safe = isSafe(obj);
  const seq = safe ? obj.val : typeof obj === "string" || Array.isArray(obj) ? obj : Array.from(obj);
  const len = seq.length;
  const st = step == null ? 1 : Number(step);
  if (st === 0) throw new Error("ValueError: slice step cannot be zero");
  const clamp = (v, dflt, lo, hi) => v == null ? dflt : Math.min(Math.max(index(len, Number(v)), lo), hi);
  const a = st > 0 ? clamp(start, 0, 0, len) : clamp(start, len - 1, -1, len - 1);
  const b = st > 0 ? clamp(stop, len, 0, len) : clamp(stop, -1, -1, len - 1);
  const out = [];
  for (let i = a; st > 0 ? i < b : i > b; i += st) out.push(seq[i]);
  if (typeof obj === "string" || safe) {
    const s = out.join("");
    return safe ? markSafe(s) : s;
  }
  return out;
}
function memberLookup(obj, key, stop, step) {
  if (arguments.length === 4) return pySlice(obj, key, stop, step);
  if (obj === void 0) return typeof key === "string" ? UNDEFINED_PROTOCOL[key] : void 0;
  if (obj === null) return void 0;
  if (key === "__len__") {
    const len = lenMethod(obj);
    if (len) return len;
  }
  if (typeof obj === "string") return stringMember(obj, obj, key);
  if (typeof obj === "object") {
    if (Array.isArray(obj)) {
      if (obj instanceof SqlRow) {
        if (typeof key === "string" && obj.has(key)) return obj.get(key);
        if (key === "keys") return () => obj.keys();
      }
      if (typeof key === "number") return obj[index(obj.length, key)];
      if (typeof key === "string" && Object.hasOwn(LIST_METHODS, key)) return bind(LIST_METHODS[key], obj);
    } else if (isSafe(obj)) {
      return stringMember(obj, obj.val, key);
    } else if (isPlainObject(obj)) {
      const k = String(key);
      if (Object.hasOwn(obj, k)) return obj[k];
      return Object.hasOwn(DICT_METHODS, k) ? bind(DICT_METHODS[k], obj) : void 0;
    }
  }
  const value = obj[key];
  if (typeof value === "function")
    return (...args2) => value.apply(obj, args2);
  return value;
}
function lenMethod(obj) {
  if (typeof obj === "string" || isSafe(obj) || Array.isArray(obj))
    return () => (isSafe(obj) ? obj.val : obj).length;
  if (isPlainObject(obj)) return () => Object.keys(obj).length;
  return null;
}
function stringMember(obj, s, key) {
  if (typeof key === "number") return s[index(s.length, key)];
  const method = typeof key === "string" && Object.hasOwn(STRING_METHODS, key) ? STRING_METHODS[key] : null;
  if (method) return typeof obj === "string" ? bind(method, obj) : bindSafe(method, obj);
  return void 0;
}

// src/templates/jinja-compat.ts
var installed = false;
function jinjaUnpack(v, n) {
  const items = typeof v === "string" ? [...v] : Array.isArray(v) ? v : v && typeof v === "object" && Symbol.iterator in v ? [...v] : null;
  if (!items) throw new Error(`cannot unpack non-iterable value ${pyStr(v)}`);
  if (items.length !== n) throw new Error(`ValueError: expected ${n} values to unpack, got ${items.length}`);
  return items;
}
function jinjaSetAttr(obj, key, value) {
  if (!(obj instanceof Namespace)) throw new Error("cannot assign attribute on non-namespace object");
  obj[String(key)] = value;
}
function jinjaConcat(a, b) {
  if (isSafe(a) || isSafe(b)) return markSafe(escapeHtml(a).val + escapeHtml(b).val);
  return pyStr(a) + pyStr(b);
}
function suppressValue(val, autoescape) {
  if (isSafe(val)) return val;
  return autoescape ? escapeText(val) : pyStr(val);
}
function contextClass() {
  let found = null;
  const env = new nj.Environment();
  env.addGlobal("capture", function() {
    found = this.constructor;
    return "";
  });
  env.renderString("{{ capture() }}", {});
  return found;
}
var Variables = class {
  constructor(own, base) {
    this.own = own;
    this.base = base;
  }
  own;
  base;
};
function layeredVariables(own, base) {
  return new Variables(own, base);
}
function readVariable(context, name) {
  let v = context;
  for (; v instanceof Variables; v = v.base) if (name in v.own) return v.own[name];
  return v[name];
}
function withDefaults(context, defaults) {
  return context instanceof Variables ? new Variables(context.own, withDefaults(context.base, defaults)) : new Variables(context, defaults);
}
function installContextVariables(Context) {
  Context.prototype.init = function(ctx, blocks, env) {
    this.env = env || new nj.Environment();
    this.own = /* @__PURE__ */ Object.create(null);
    this.base = ctx ?? {};
    this.merged = null;
    this.blocks = {};
    this.exported = [];
    for (const name of Object.keys(blocks ?? {})) this.addBlock(name, blocks[name]);
  };
  Object.defineProperty(Context.prototype, "ctx", {
    configurable: true,
    get() {
      if (this.merged) return this.merged;
      const chain = [this.own];
      let v = this.base;
      for (; v instanceof Variables; v = v.base) chain.unshift(v.own);
      chain.unshift(v);
      return this.merged = Object.assign({}, ...chain);
    }
  });
  Context.prototype.lookup = function(name) {
    let v = this.base;
    let value = this.own[name];
    if (value !== void 0 || name in this.own) return value;
    while (v instanceof Variables) {
      value = v.own[name];
      if (value !== void 0 || name in v.own) return value;
      v = v.base;
    }
    value = v[name];
    if (value !== void 0 || name in v) return value;
    return this.env.globals[name];
  };
  Context.prototype.setVariable = function(name, value) {
    this.own[name] = value;
    this.merged = null;
  };
  Context.prototype.getVariables = function() {
    return new Variables(this.own, this.base);
  };
  Context.prototype.getExported = function() {
    const exported = {};
    for (const name of this.exported) exported[name] = this.own[name];
    return exported;
  };
}
function installFastPaths() {
  nj.runtime.contextOrFrameLookup = function(context, frame, name) {
    let value;
    for (let f = frame; ; ) {
      value = f.variables[name];
      if (value !== void 0) return value;
      const parent = f.parent;
      if (!parent) {
        value = parent;
        break;
      }
      f = parent;
    }
    if (value === void 0) value = context.lookup(name);
    if (value !== void 0) return value;
    return name === "True" ? true : name === "False" ? false : name === "None" ? null : void 0;
  };
  const asyncWaterfall = nj.Environment.prototype.waterfall;
  nj.Environment.prototype.waterfall = function(tasks, callback, forceAsync) {
    if (forceAsync) return asyncWaterfall.call(this, tasks, callback, forceAsync);
    let done = callback ?? (() => {
    });
    if (!Array.isArray(tasks))
      return done(new Error("First argument to waterfall must be an array of functions"));
    if (!tasks.length) return done();
    let index2 = 0;
    const step = (error, ...results) => {
      if (error) {
        const report = done;
        done = () => {
        };
        report(error, ...results);
        return;
      }
      const task = tasks[index2];
      index2++;
      const next = index2 === tasks.length ? done : step;
      if (results.length === 0) task(next);
      else if (results.length === 1) task(results[0], next);
      else task(...results, next);
    };
    tasks[index2++](tasks.length === 1 ? done : step);
  };
}
function installJinjaCompat() {
  if (installed) return;
  installed = true;
  const runtime = nj.runtime;
  const { nodes, lexer } = nj;
  const Compiler = nj.compiler.Compiler;
  const Parser = nj.parser.Parser;
  nj.installJinjaCompat();
  const frameSet = runtime.Frame.prototype.set;
  runtime.Frame.prototype.set = function(name, val, resolveUp) {
    if (!resolveUp && !name.includes(".")) this.variables[name] = val;
    else frameSet.call(this, name, val, resolveUp);
  };
  installContextVariables(contextClass());
  installFastPaths();
  Object.assign(runtime, {
    memberLookup,
    suppressValue,
    jinjaTruthy: truthy,
    jinjaOr: (a, b) => truthy(a) ? a : b(),
    jinjaAnd: (a, b) => truthy(a) ? b() : a,
    jinjaUnpack,
    jinjaSetAttr,
    pyArith,
    pyEq,
    pyFloat,
    pyNeg,
    jinjaConcat,
    // A `{% set x %}…{% endset %}` block is Markup under autoescape, so printing it doesn't escape it again.
    jinjaCaptured: (s, autoescape) => autoescape ? markSafe(s) : s
  });
  runtime.Frame.prototype.push = function push() {
    return new runtime.Frame(this, true);
  };
  const Truthy = defineNode("JinjaTruthy", ["target"], function(node, frame) {
    this._emit("runtime.jinjaTruthy(");
    this.compile(node.target, frame);
    this._emit(")");
  });
  const C = Compiler.prototype;
  const arith = (op) => function(node, frame) {
    this._emit(`runtime.pyArith("${op}", `);
    this.compile(node.left, frame);
    this._emit(", ");
    this.compile(node.right, frame);
    this._emit(")");
  };
  C.compileAdd = arith("+");
  C.compileSub = arith("-");
  C.compileMul = arith("*");
  C.compileDiv = arith("/");
  C.compileFloorDiv = arith("//");
  C.compileMod = arith("%");
  C.compilePow = arith("**");
  C.compileNeg = function(node, frame) {
    this._emit("runtime.pyNeg(");
    this.compile(node.target, frame);
    this._emit(")");
  };
  C.compileCompare = function(node, frame) {
    const ops = node.ops;
    if (!ops.some((op) => op.type === "==" || op.type === "!=")) {
      this.compile(node.expr, frame);
      for (const op of ops) {
        this._emit(` ${op.type} `);
        this.compile(op.expr, frame);
      }
      return;
    }
    let left = node.expr;
    this._emit("(");
    ops.forEach((op, i) => {
      if (i > 0) this._emit(" && ");
      if (op.type === "==" || op.type === "!=") {
        this._emit(op.type === "!=" ? "!runtime.pyEq(" : "runtime.pyEq(");
        this.compile(left, frame);
        this._emit(", ");
        this.compile(op.expr, frame);
        this._emit(")");
      } else {
        this.compile(left, frame);
        this._emit(` ${op.type} `);
        this.compile(op.expr, frame);
      }
      left = op.expr;
    });
    this._emit(")");
  };
  const callWrap = runtime.callWrap;
  runtime.callWrap = function(obj, name, context, args2) {
    const fn2 = obj;
    return callWrap(obj, name, context, fn2?.pythonNumbers ? args2 : plainArguments(args2));
  };
  const wrapCond = (node) => {
    if (!(node.cond instanceof Truthy)) node.cond = new Truthy(node.cond.lineno, node.cond.colno, node.cond);
  };
  for (const name of ["compileIf", "compileIfAsync", "compileInlineIf"]) {
    const orig = C[name];
    C[name] = function(node, ...rest) {
      wrapCond(node);
      return orig.call(this, node, ...rest);
    };
  }
  C.compileNot = function(node, frame) {
    this._emit("!runtime.jinjaTruthy(");
    this.compile(node.target, frame);
    this._emit(")");
  };
  const lazyBinOp = (fn2) => function(node, frame) {
    this._emit(`runtime.${fn2}(`);
    this.compile(node.left, frame);
    this._emit(", function() { return ");
    this.compile(node.right, frame);
    this._emit("; })");
  };
  C.compileOr = lazyBinOp("jinjaOr");
  C.compileAnd = lazyBinOp("jinjaAnd");
  C.compileConcat = function(node, frame) {
    this._emit("runtime.jinjaConcat(");
    this.compile(node.left, frame);
    this._emit(", ");
    this.compile(node.right, frame);
    this._emit(")");
  };
  C.compileGroup = function(node, frame) {
    if (node.children.length > 1) this._compileAggregate(node, frame, "[", "]");
    else this._compileAggregate(node, frame, "(", ")");
  };
  const origCapture = C.compileCapture;
  C.compileCapture = function(node, frame) {
    this._emit("runtime.jinjaCaptured(");
    origCapture.call(this, node, frame);
    this._emit(", env.opts.autoescape)");
  };
  const origCompileSet = C.compileSet;
  C.compileSet = function(node, frame) {
    if (!node.value) return origCompileSet.call(this, node, frame);
    if (node.targets.length === 1) {
      const target = node.targets[0];
      if (!(target instanceof nodes.LookupVal)) return origCompileSet.call(this, node, frame);
      this._emit("runtime.jinjaSetAttr(");
      this.compile(target.target, frame);
      this._emit(", ");
      this.compile(target.val, frame);
      this._emit(", ");
      this._compileExpression(node.value, frame);
      this._emitLine(");");
      return;
    }
    const tmp = this._tmpid();
    this._emit(`var ${tmp} = runtime.jinjaUnpack(`);
    this._compileExpression(node.value, frame);
    this._emitLine(`, ${node.targets.length});`);
    node.targets.forEach((target, i) => {
      const one = new nodes.Set(node.lineno, node.colno, [target]);
      one.value = new RawCode(node.lineno, node.colno, `${tmp}[${i}]`);
      this.compileSet(one, frame);
    });
  };
  const origPrimary = Parser.prototype.parsePrimary;
  Parser.prototype.parsePrimary = function parsePrimary(noPostfix) {
    const tok = this.peekToken();
    if (tok?.type === lexer.TOKEN_FLOAT) {
      this.nextToken();
      const value2 = Number.parseFloat(tok.value);
      const node2 = new RawCode(tok.lineno, tok.colno, `runtime.pyFloat(${JSON.stringify(value2)})`);
      return noPostfix ? node2 : this.parsePostfix(node2);
    }
    if (tok?.type !== lexer.TOKEN_STRING) return origPrimary.call(this, noPostfix);
    this.nextToken();
    let value = tok.value;
    while (this.peekToken()?.type === lexer.TOKEN_STRING) value += this.nextToken().value;
    const node = new nodes.Literal(tok.lineno, tok.colno, value);
    return noPostfix ? node : this.parsePostfix(node);
  };
  const ARG_TOKENS = [
    lexer.TOKEN_INT,
    lexer.TOKEN_FLOAT,
    lexer.TOKEN_STRING,
    lexer.TOKEN_NONE,
    lexer.TOKEN_BOOLEAN,
    lexer.TOKEN_SYMBOL
  ];
  const NOT_ARGS = /* @__PURE__ */ new Set(["and", "or", "else", "if", "is", "in", "not"]);
  Parser.prototype.parseIs = function parseIs() {
    let node = this.parseCompare();
    if (!this.skipSymbol("is")) return node;
    const not = this.skipSymbol("not");
    let test = this.parseCompare();
    const next = this.peekToken();
    if (test instanceof nodes.Symbol && next && ARG_TOKENS.includes(next.type) && !NOT_ARGS.has(next.value)) {
      const arg = this.parsePrimary();
      test = new nodes.FunCall(
        test.lineno,
        test.colno,
        test,
        new nodes.NodeList(arg.lineno, arg.colno, [arg])
      );
    }
    node = new nodes.Is(node.lineno, node.colno, node, test);
    return not ? new nodes.Not(node.lineno, node.colno, node) : node;
  };
  Parser.prototype.parseSet = function parseSet() {
    const tag = this.peekToken();
    if (!this.skipSymbol("set")) this.fail("parseSet: expected set", tag.lineno, tag.colno);
    const node = new nodes.Set(tag.lineno, tag.colno, []);
    for (; ; ) {
      node.targets.push(this.parsePrimary());
      if (!this.skip(lexer.TOKEN_COMMA)) break;
    }
    if (!this.skipValue(lexer.TOKEN_OPERATOR, "=")) {
      if (!this.skip(lexer.TOKEN_BLOCK_END))
        this.fail("parseSet: expected = or block end in set tag", tag.lineno, tag.colno);
      node.body = new nodes.Capture(tag.lineno, tag.colno, this.parseUntilBlocks("endset"));
      node.value = null;
      this.advanceAfterBlockEnd();
      return node;
    }
    const first = this.parseExpression();
    if (this.skip(lexer.TOKEN_COMMA)) {
      const tuple = new nodes.Array(first.lineno, first.colno, [first]);
      while (this.peekToken().type !== lexer.TOKEN_BLOCK_END) {
        tuple.addChild(this.parseExpression());
        if (!this.skip(lexer.TOKEN_COMMA)) break;
      }
      node.value = tuple;
    } else {
      node.value = first;
    }
    this.advanceAfterBlockEnd(tag.value);
    return node;
  };
  installJinjaLoops();
  installJinjaWith();
}

// src/server/render-html.ts
async function renderHtml(input) {
  const { datasette, ctx, actor, viewName, context } = input;
  const page = {
    datasette,
    viewName,
    database: readVariable(context, "database") ?? null,
    table: readVariable(context, "table") ?? null,
    request: ctx
  };
  const [cssFromPlugins, jsFromPlugins, scripts, extraVars] = await Promise.all([
    datasette.callHook("extraCssUrls", page),
    datasette.callHook("extraJsUrls", page),
    datasette.callHook("extraBodyScript", page),
    datasette.callHook("extraTemplateVars", page)
  ]);
  const metadata = datasette.metadata;
  const extraCss = normaliseAssets(datasette, [
    ...metadata.extra_css_urls ?? [],
    ...cssFromPlugins.flat()
  ]);
  const extraJs = normaliseAssets(datasette, [
    ...metadata.extra_js_urls ?? [],
    ...jsFromPlugins.flat()
  ]);
  const bodyScripts = scripts.filter((s) => s !== null && s !== void 0 && s !== "").map(
    (s) => typeof s === "string" ? { script: s, module: false } : s
  );
  const request = templateRequest(ctx, actor, input.urlVars);
  const [crumbItems, menuLinks] = await Promise.all([
    crumbItemsFor(datasette, actor, page.database, page.table),
    datasette.callHook("menuLinks", { datasette, actor, request: ctx })
  ]);
  const chosen = datasette.templates.resolve(input.templates);
  const own = Object.assign(
    {
      request,
      urls: datasette.urls,
      actor,
      // Datasette's error pages get no crumb_items (handle_exception renders them with a bare context).
      crumb_items: viewName === "error" ? () => [] : crumbItems,
      menu_links: () => menuLinks.flatMap((links) => Array.isArray(links) ? links : []),
      static: (...args2) => {
        const { path: path9, plugin } = bindArgs("static", ["path", "plugin"], args2);
        return plugin ? datasette.urls.staticPlugins(pyStr(plugin), pyStr(path9)) : datasette.urls.static(pyStr(path9));
      },
      zip,
      select_templates: input.templates.map((t) => t === chosen ? `*${t}` : t),
      display_actor: displayActor,
      show_logout: Boolean(actor && request.cookies.ds_actor),
      body_scripts: bodyScripts,
      format_bytes: formatBytes,
      show_messages: () => showMessages(datasette, ctx),
      csrftoken: () => legacyCsrfToken(ctx, datasette.config.deterministic),
      extra_css_urls: extraCss,
      extra_js_urls: extraJs,
      base_url: datasette.settings.base_url,
      datasette_version: DATASETTE_COMPAT_VERSION,
      datasette_export_version: VERSION,
      settings: datasette.settings,
      metadata: withLinkableUrls(readVariable(context, "metadata") ?? metadata)
    },
    ...extraVars
  );
  const viewContext = input.alternateUrlJson === void 0 ? context : withDefaults(context, { alternate_url_json: input.alternateUrlJson });
  const fullContext = layeredVariables(own, viewContext);
  return datasette.templates.render(input.templates, fullContext, (sql, params, database) => {
    const db = datasette.getDatabase(database ?? [...datasette.databases.keys()][0] ?? "_memory");
    return db.execute(sql, { params, maxRows: 0 });
  });
}
var zip = (...lists) => (lists[0] ?? []).map((_, i) => lists.map((l) => l[i]));
var displayActor = (a) => a ? String(a.display ?? a.name ?? a.username ?? a.login ?? a.id) : "";
async function crumbItemsFor(datasette, actor, database, table) {
  const [instance, db, tbl] = await Promise.all([
    datasette.permissionAllowed(actor, "view-instance", null),
    database ? datasette.permissionAllowed(actor, "view-database", database) : true,
    database && table ? datasette.permissionAllowed(actor, "view-table", [database, table]) : true
  ]);
  return (...args2) => {
    const a = bindArgs("crumb_items", ["request", "database", "table"], args2);
    const items = [];
    if (instance) items.push({ href: datasette.urls.instance(), label: "home" });
    const dbName = a.database == null ? null : pyStr(a.database);
    const tableName = a.table == null ? null : pyStr(a.table);
    if (dbName && (dbName !== database || db))
      items.push({ href: datasette.urls.database(dbName), label: dbName });
    if (dbName && tableName && (tableName !== table || dbName !== database || tbl))
      items.push({ href: datasette.urls.table(dbName, tableName), label: tableName });
    return items;
  };
}
function normaliseAssets(datasette, assets) {
  return assets.map((a) => {
    const asset = typeof a === "string" ? { url: a } : a;
    return { ...asset, url: datasette.urls.path(asset.url) };
  });
}

// src/config/datasette-config.ts
import { readFile } from "node:fs/promises";

// src/config/parse-config-text.ts
async function parseConfigText(file, text) {
  if (file.endsWith(".json")) return JSON.parse(text);
  const YAML = (await import("./dist-ITWSDDGT.js")).default;
  return YAML.parse(text);
}

// src/config/config-error.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/config/datasette-config.ts
var CONFIG_FILES = ["datasette.json", "datasette.yaml", "datasette.yml"];
var ConfigFileError = class extends ConfigError {
  constructor(file, key, message2) {
    super(`${file}: ${key ? `${key}: ` : ""}${message2}`);
    this.file = file;
    this.key = key;
  }
  file;
  key;
};
var SOURCE_KEYS = [
  "title",
  "description",
  "description_html",
  "license",
  "license_url",
  "source",
  "source_url",
  "about",
  "about_url"
];
var ACCESS_KEYS = ["allow", "permissions", "plugins"];
var TOP_KEYS = /* @__PURE__ */ new Set([
  "settings",
  "databases",
  "allow_sql",
  "extra_css_urls",
  "extra_js_urls",
  ...ACCESS_KEYS,
  ...SOURCE_KEYS
]);
var DATABASE_KEYS = /* @__PURE__ */ new Set(["tables", "queries", "allow_sql", ...ACCESS_KEYS, ...SOURCE_KEYS]);
var TABLE_KEYS = /* @__PURE__ */ new Set([
  "hidden",
  "sort",
  "sort_desc",
  "size",
  "sortable_columns",
  "label_column",
  "facets",
  "facet_size",
  "fts_table",
  "fts_pk",
  "searchmode",
  "columns",
  "units",
  ...ACCESS_KEYS,
  ...SOURCE_KEYS
]);
var QUERY_KEYS = /* @__PURE__ */ new Set([
  "sql",
  "params",
  "write",
  "hide_sql",
  "fragment",
  "is_trusted",
  "on_success_message",
  "on_success_message_sql",
  "on_success_redirect",
  "on_error_message",
  "on_error_redirect",
  ...ACCESS_KEYS,
  ...SOURCE_KEYS
]);
async function readDatasetteConfig(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigFileError(file, null, `could not read it: ${error.message}`);
  }
  let parsed;
  try {
    parsed = await parseConfigText(file, text);
  } catch (error) {
    throw new ConfigFileError(
      file,
      null,
      `not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${error.message}`
    );
  }
  return checkDatasetteConfig(parsed ?? {}, file);
}
function checkDatasetteConfig(raw, file) {
  const top = mapping(raw, file, null);
  checkKeys(top, TOP_KEYS, file, "");
  const { settings: rawSettings, ...rest } = top;
  const settings = checkSettings(rawSettings, file);
  for (const key of ["extra_css_urls", "extra_js_urls"]) {
    if (rest[key] !== void 0 && !Array.isArray(rest[key]))
      throw new ConfigFileError(file, key, "must be a list of URLs or {url: \u2026} objects");
  }
  if (rest.databases !== void 0) {
    const databases = mapping(rest.databases, file, "databases");
    for (const [db, dbValue] of Object.entries(databases)) {
      const dbPath = `databases.${db}`;
      const dbConfig = mapping(dbValue ?? {}, file, dbPath);
      checkKeys(dbConfig, DATABASE_KEYS, file, dbPath + ".");
      for (const [table, tableValue] of Object.entries(
        mapping(dbConfig.tables ?? {}, file, `${dbPath}.tables`)
      ))
        checkKeys(
          mapping(tableValue ?? {}, file, `${dbPath}.tables.${table}`),
          TABLE_KEYS,
          file,
          `${dbPath}.tables.${table}.`
        );
      for (const [query, queryValue] of Object.entries(
        mapping(dbConfig.queries ?? {}, file, `${dbPath}.queries`)
      )) {
        const queryPath = `${dbPath}.queries.${query}`;
        if (typeof queryValue === "string") continue;
        const q = mapping(queryValue, file, queryPath);
        checkKeys(q, QUERY_KEYS, file, queryPath + ".");
        if (typeof q.sql !== "string")
          throw new ConfigFileError(file, `${queryPath}.sql`, "a canned query needs its SQL as a string");
      }
    }
  }
  return { settings, metadata: rest };
}
function checkSettings(raw, file) {
  if (raw === void 0 || raw === null) return {};
  const settings = mapping(raw, file, "settings");
  const out = {};
  for (const [name, value] of Object.entries(settings)) {
    const key = `settings.${name}`;
    if (!(name in DEFAULT_SETTINGS)) throw new ConfigFileError(file, key, `unknown setting "${name}"`);
    if (value === null) continue;
    const def = DEFAULT_SETTINGS[name];
    const ok = typeof def === "number" ? typeof value === "number" && Number.isInteger(value) && value >= 0 : typeof value === typeof def;
    if (!ok)
      throw new ConfigFileError(
        file,
        key,
        `expected ${typeof def === "number" ? "a whole number" : typeof def === "boolean" ? "true or false" : "a string"}, got ${JSON.stringify(value)} (in YAML and JSON, write numbers and booleans without quotes)`
      );
    out[name] = value;
  }
  return out;
}
function mapping(value, file, key) {
  if (value && typeof value === "object" && !Array.isArray(value)) return value;
  throw new ConfigFileError(
    file,
    key,
    `expected a mapping, got ${Array.isArray(value) ? "a list" : JSON.stringify(value)}`
  );
}
function checkKeys(object, allowed2, file, prefix) {
  for (const key of Object.keys(object)) {
    if (!allowed2.has(key))
      throw new ConfigFileError(
        file,
        prefix + key,
        `unknown key "${key}" (expected one of: ${[...allowed2].join(", ")})`
      );
  }
}
function mergeConfig(metadata, config) {
  return deepMerge(metadata, config);
}
var REPLACED = /* @__PURE__ */ new Set(["allow", "allow_sql"]);
function deepMerge(base, over) {
  if (!isMapping(base) || !isMapping(over)) return over === void 0 ? base : over;
  const out = { ...base };
  for (const [key, value] of Object.entries(over))
    out[key] = REPLACED.has(key) ? value : deepMerge(base[key], value);
  return out;
}
function isMapping(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function resolveSecrets(value, env, readText) {
  if (Array.isArray(value)) return value.map((v) => resolveSecrets(v, env, readText));
  if (!isMapping(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === "$env") return env[String(value.$env)] ?? null;
  if (keys.length === 1 && keys[0] === "$file") return readText(String(value.$file));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveSecrets(v, env, readText)]));
}

// src/db/registry.ts
import { rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
import BetterSqlite32 from "better-sqlite3";

// src/server/tilde.ts
var SAFE = /[A-Za-z0-9_-]/;
function tildeEncode(value) {
  let out = "";
  for (const char of value) {
    if (SAFE.test(char)) out += char;
    else if (char === " ") out += "+";
    else
      for (const byte of Buffer.from(char, "utf8"))
        out += "~" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var UNCHANGED = /^[^~+\u0080-\uffff]*$/;
function tildeDecode(value) {
  if (UNCHANGED.test(value)) return value;
  const bytes = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "~" && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === "+") bytes.push(32);
    else for (const b of Buffer.from(c, "utf8")) bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/db/database.ts
var SCHEMA_TIME_LIMIT_MS = 6e4;
var RECHECK_MS = 1e3;
var COUNT_LIMIT = 1e4;
var REMEMBERED = 500;
var SqliteDatabase = class {
  constructor(options) {
    this.options = options;
    this.name = options.name;
    this.path = options.path;
    this.isMemory = options.isMemory;
    this.immutable = options.immutable;
    this.route = tildeEncode(options.name);
  }
  options;
  name;
  path;
  isMemory;
  immutable;
  route;
  cachedSchema = null;
  counts = /* @__PURE__ */ new Map();
  remembered = /* @__PURE__ */ new Map();
  async execute(sql, opts = {}) {
    if (!opts.trusted) checkSqlText(sql);
    const request = {
      type: "query",
      db: this.name,
      sql,
      params: encodeParams(opts.params),
      maxRows: opts.maxRows ?? this.options.settings.max_returned_rows
    };
    const local = opts.bounded ? this.options.local : null;
    const response = local ? inThread(() => local.query(request), sql) : await this.options.lanes[opts.lane ?? "pages"].run(
      request,
      opts.timeLimitMs ?? this.options.settings.sql_time_limit_ms,
      opts.signal
    );
    if (!("rows" in response)) throw new Error("The read process answered a query with a schema");
    return {
      columns: response.columns,
      rows: response.tagged ? decodeRows(response.rows) : response.rows,
      truncated: response.truncated,
      ...response.floatColumns ? { floatColumns: response.floatColumns } : {},
      ...response.floatCells ? { floatCells: response.floatCells } : {}
    };
  }
  write(fn2) {
    if (!this.options.writer) {
      const why = this.isMemory && !this.path ? "it is read-only" : "it is immutable";
      return Promise.reject(new ReadOnlyError(`Database "${this.name}" cannot be written to: ${why}`));
    }
    return this.options.writer.write(fn2);
  }
  /**
   * The schema, introspected again only when SQLite's schema_version changed. Databases with a writer read
   * the version in-process, and skip even that while our writer has not written and the last read is
   * under RECHECK_MS old (unless `current`); others (`_memory`) ask a read process. Calls are not coalesced: one
   * started before a write finished could answer a later caller with the schema from before that write.
   */
  async schema(options = {}) {
    const known = this.cachedSchema;
    const writer = this.options.writer;
    if (known && this.immutable) return known.schema;
    if (known && writer) {
      const writes2 = writer.writesFinished;
      const now = Date.now();
      const recent = writes2 === known.writes && now - known.checkedAt < RECHECK_MS;
      if (recent && !options.current) return known.schema;
      const version = writer.schemaVersion();
      if (version !== null && version === known.version) {
        Object.assign(known, { checkedAt: now, writes: writes2 });
        return known.schema;
      }
    }
    const writes = writer?.writesFinished ?? 0;
    const checkedAt = Date.now();
    const request = { type: "schema", db: this.name, knownVersion: known?.version ?? null };
    const local = this.options.local;
    const response = local ? inThread(() => local.schema(request)) : await this.options.lanes.pages.run(request, SCHEMA_TIME_LIMIT_MS);
    if (!("version" in response)) throw new Error("The read process answered a schema request with rows");
    if (response.schema === null && known) {
      Object.assign(known, { checkedAt, writes });
      return known.schema;
    }
    const schema = applyMetadata(response.schema, this.options.metadata);
    this.cachedSchema = { version: response.version, schema, checkedAt, writes };
    return schema;
  }
  /**
   * `compute()`'s answer, kept while this database's content cannot have changed: for good on an immutable
   * file; else while our writer has finished no write since, and — checked once RECHECK_MS have passed —
   * no other process has committed to the file (SQLite's data_version on the writer's connection; a
   * database without a writer just recomputes then). Only answers `compute` marks `keep` are kept — not
   * one cut short by a time limit.
   */
  async remember(key, compute) {
    const writer = this.options.writer;
    const writes = writer?.writesFinished ?? 0;
    const now = Date.now();
    const kept = this.remembered.get(key);
    if (kept && kept.writes === writes) {
      let current = this.immutable || now - kept.at < RECHECK_MS;
      if (!current && writer && kept.dataVersion !== null && writer.dataVersion() === kept.dataVersion) {
        kept.at = now;
        current = true;
      }
      if (current) {
        this.remembered.delete(key);
        this.remembered.set(key, kept);
        return kept.value;
      }
    }
    const dataVersion = writer?.dataVersion() ?? null;
    const { value, keep } = await compute();
    if (keep) {
      this.remembered.delete(key);
      this.remembered.set(key, { writes, dataVersion, at: now, value });
      if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value);
    }
    return value;
  }
  async tableCount(table, limitMs) {
    const cached = this.counts.get(table);
    if (cached !== void 0) return cached;
    let count;
    try {
      const name = `"${table.replaceAll('"', '""')}"`;
      const result = await this.execute(
        `select count(*) from (select * from ${name} limit ${COUNT_LIMIT + 1})`,
        {
          timeLimitMs: limitMs ?? this.options.settings.sql_time_limit_ms,
          maxRows: 0
        }
      );
      count = Number(result.rows[0][0]);
    } catch (error) {
      if (error instanceof QueryTimeoutError) return null;
      if (error instanceof SqlError && /^no such table/.test(error.message)) return null;
      throw error;
    }
    if (this.immutable) this.counts.set(table, count);
    return count;
  }
};
function inThread(work, sql) {
  try {
    return work();
  } catch (error) {
    const e = error;
    throw e.name === "ReadOnlyError" ? new ReadOnlyError(e.message, sql) : new SqlError(e.message, sql);
  }
}
function applyMetadata(schema, metadata) {
  const tables = metadata?.tables;
  if (!tables) return schema;
  for (const table of schema.tables) {
    const meta = tables[table.name];
    if (!meta) continue;
    if (meta.hidden) table.hidden = true;
    if (meta.label_column) table.labelColumn = meta.label_column;
  }
  return schema;
}

// src/db/file-access.ts
import { accessSync, closeSync, constants, existsSync, openSync, readSync } from "node:fs";
import path from "node:path";
function isWalFile(file) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return false;
  }
  try {
    const header = Buffer.alloc(20);
    return readSync(fd, header, 0, 20, 0) === 20 && header[18] === 2 && header[19] === 2;
  } finally {
    closeSync(fd);
  }
}
function whyUnwritable(file) {
  if (!writable(file)) return `the file ${file} is read-only`;
  if (!writable(path.dirname(file)))
    return `its folder ${path.dirname(file)} is read-only (SQLite writes its journal there)`;
  return null;
}
function walHint(file) {
  if (!isWalFile(file) || writable(path.dirname(file)) || existsSync(`${file}-shm`)) return "";
  return ` (the file is in WAL mode and its folder is read-only, so SQLite cannot create ${path.basename(file)}-shm beside it; switch it back once, where it can be written: sqlite3 ${path.basename(file)} "pragma journal_mode=delete")`;
}
function writable(target) {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

// src/db/memory-files.ts
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";
var PREFIX = "datasette-export-memory-";
function makeMemoryDir(tmp = os.tmpdir()) {
  removeStaleMemoryDirs(tmp);
  return mkdtempSync(path2.join(tmp, `${PREFIX}${process.pid}-`));
}
function removeStaleMemoryDirs(tmp = os.tmpdir()) {
  const removed = [];
  let names2;
  try {
    names2 = readdirSync(tmp);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names2) {
    const pid = Number(new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    const dir = path2.join(tmp, name);
    try {
      const stat4 = statSync(dir);
      if (!stat4.isDirectory() || uid !== void 0 && stat4.uid !== uid) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
    }
  }
  return removed;
}

// src/db/writer.ts
import { setTimeout as sleep } from "node:timers/promises";
import BetterSqlite3 from "better-sqlite3";
var LOCK_WAIT_MS = 5e3;
var BACK_OFF_MS = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50];
var Writer = class {
  /**
   * Opens `path` (which must exist unless `create`) for writing, or notes why it cannot be written.
   * @param name the database name, for plugins and messages
   */
  constructor(name, path9, setup, options = {}) {
    this.name = name;
    this.lockWaitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
    const unwritable = options.create ? null : whyUnwritable(path9);
    this.conn = new BetterSqlite3(path9, { fileMustExist: !options.create, readonly: unwritable !== null });
    try {
      if (unwritable) this.refusal = `Database "${name}" cannot be written: ${unwritable}`;
      else if (this.conn.readonly)
        this.refusal = `Database "${name}" cannot be written: ${path9} is read-only`;
      else if (options.wal) this.conn.pragma("journal_mode = WAL");
      setUpConnection(this.conn, name, setup);
      this.conn.pragma("busy_timeout = 0");
      this.conn.pragma("cache_spill = OFF");
      this.inTransaction = this.conn.transaction(
        (fn2) => fn2(this.conn)
      );
      this.schemaVersionStatement = this.conn.prepare("pragma schema_version").pluck();
      this.dataVersionStatement = this.conn.prepare("pragma data_version").pluck();
      this.conn.pragma("busy_timeout = 5000");
      this.schemaVersionStatement.get();
      this.conn.pragma("busy_timeout = 0");
    } catch (error) {
      this.conn.close();
      throw new Error(`Could not open database ${path9}: ${error.message}${walHint(path9)}`, {
        cause: error
      });
    }
  }
  name;
  conn;
  /** One transaction wrapper for every write: building a new one per call showed up in profiles. */
  inTransaction;
  /** Prepared once: `conn.pragma()` prepares anew on every call, and this one runs on every request. */
  schemaVersionStatement;
  dataVersionStatement;
  /** Writes waiting for the next group. */
  queue = [];
  /** A group is under way (perhaps waiting for a lock) or about to start. */
  busy = false;
  /** Writes finished so far (committed or rolled back): a cheap "might the schema have changed?". */
  finished = 0;
  closed = false;
  idleWaiters = [];
  /** Why writes are refused, when the file cannot be written (read-only file or folder). */
  refusal = null;
  lockWaitMs;
  schemaListeners = [];
  lockListeners = [];
  /**
   * Runs `fn` on the writer connection inside a transaction, after every write asked for before it.
   * A throw rolls the whole call back. `fn` must be synchronous (better-sqlite3 refuses a Promise), and
   * may run twice when its group's transaction fails as a whole: its effects belong on the connection.
   */
  write(fn2) {
    if (this.closed) return Promise.reject(new Error(`Database "${this.name}" is closed`));
    if (this.refusal) return Promise.reject(new ReadOnlyError(this.refusal));
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + this.lockWaitMs;
      this.queue.push({ fn: fn2, resolve, reject, deadline });
      this.schedule();
    });
  }
  /**
   * Called before this writer takes or escalates its lock (BEGIN IMMEDIATE, COMMIT) and after a group
   * ended: readers in this thread that hold a read transaction end it (QueryRunner's shareReads), so
   * COMMIT never waits on them, and their next read sees what was committed.
   */
  beforeLocking(listener) {
    this.lockListeners.push(listener);
  }
  /** Called after each write that changed the schema, once it committed (the ephemeral tables' sweep). */
  onSchemaChange(listener) {
    this.schemaListeners.push(listener);
  }
  /** Starts the next group on the next turn of the event loop, so writes asked for meanwhile join it. */
  schedule() {
    if (this.busy || this.queue.length === 0) {
      if (!this.busy) for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    this.busy = true;
    setImmediate(() => {
      void this.runQueued().finally(() => {
        this.busy = false;
        this.schedule();
      });
    });
  }
  async runQueued() {
    const group2 = this.queue;
    this.queue = [];
    const watched = this.schemaListeners.length > 0;
    const before = watched ? this.schemaVersion() : null;
    try {
      if (!await this.runGroup(group2)) for (const write of group2) await this.runGroup([write]);
    } finally {
      for (const listener of this.lockListeners) listener();
    }
    if (watched && (before === null || this.schemaVersion() !== before))
      for (const listener of this.schemaListeners) listener();
  }
  /**
   * Runs `group` in one transaction, each write in a savepoint (better-sqlite3's wrapper makes one when
   * a transaction is open), and answers them after COMMIT. False, with nothing committed or answered,
   * when a group of several failed as a whole; a write alone is answered with the error instead.
   */
  async runGroup(group2) {
    const waiting = await this.withLock(group2, () => this.conn.exec("BEGIN IMMEDIATE"));
    if (waiting.length === 0) return true;
    group2 = waiting;
    const outcomes = [];
    for (const write of group2) {
      try {
        outcomes.push({ ok: true, value: this.inTransaction(write.fn) });
      } catch (error) {
        if (!this.conn.inTransaction) {
          if (group2.length > 1) return false;
          outcomes.push({ ok: false, value: error });
        } else outcomes.push({ ok: false, value: error });
      }
    }
    if (this.conn.inTransaction) {
      let committed;
      try {
        committed = await this.withLock(group2, () => this.conn.exec("COMMIT"), true);
      } catch (error) {
        if (this.conn.inTransaction) this.conn.exec("ROLLBACK");
        if (group2.length > 1) return false;
        outcomes[0] = { ok: false, value: error };
        committed = group2;
      }
      if (committed.length < group2.length) return true;
    }
    this.finished += group2.length;
    group2.forEach((write, i) => {
      const { ok, value } = outcomes[i];
      if (ok) write.resolve(value);
      else write.reject(value);
    });
    return true;
  }
  /**
   * Runs `step` (BEGIN IMMEDIATE or COMMIT) until it gets past SQLITE_BUSY, pausing on a timer between
   * tries, and returns the writes still waiting for it. Writes whose lock wait runs out are answered with
   * DatabaseBusyError; for COMMIT (`all`) the whole group is then rolled back and answered, and the rest
   * go back to the front of the queue. Other errors are thrown.
   */
  async withLock(group2, step, all = false) {
    for (let attempt = 0; ; attempt++) {
      try {
        for (const listener of this.lockListeners) listener();
        step();
        return group2;
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
      const now = Date.now();
      const expired = group2.filter((w) => w.deadline <= now);
      if (expired.length) {
        const busy = new DatabaseBusyError(
          `Database "${this.name}" is locked by another connection: the write waited ${this.lockWaitMs / 1e3} s for it and gave up`
        );
        const kept = all ? [] : group2.filter((w) => w.deadline > now);
        if (all) {
          if (this.conn.inTransaction) this.conn.exec("ROLLBACK");
          this.queue.unshift(...group2.filter((w) => w.deadline > now));
        }
        for (const write of expired) write.reject(busy);
        if (all || kept.length === 0) return [];
        group2 = kept;
      }
      await sleep(BACK_OFF_MS[Math.min(attempt, BACK_OFF_MS.length - 1)]);
    }
  }
  /** How many writes have finished: changes when this writer may have changed the file. */
  get writesFinished() {
    return this.finished;
  }
  /**
   * SQLite's schema_version, read in-process: a cheap "did the schema change?" for the schema cache.
   * Null when another connection holds a lock that keeps even readers out (no wait on the event loop).
   */
  schemaVersion() {
    return readUnlessBusy(this.schemaVersionStatement);
  }
  /**
   * SQLite's data_version on this connection: it changes when another connection — another process —
   * commits to the file, never for this writer's own commits (writesFinished counts those). Null as above.
   */
  dataVersion() {
    return readUnlessBusy(this.dataVersionStatement);
  }
  /** Waits for queued writes, then closes the connection (which checkpoints a WAL file and removes it). */
  async close() {
    if (this.closed) return;
    this.closed = true;
    if (this.busy || this.queue.length) await new Promise((resolve) => this.idleWaiters.push(resolve));
    this.conn.close();
  }
};
function isBusy(error) {
  return String(error.code ?? "").startsWith("SQLITE_BUSY");
}
function readUnlessBusy(statement) {
  try {
    return statement.get();
  } catch (error) {
    if (isBusy(error)) return null;
    throw error;
  }
}

// src/db/registry.ts
var SQL_LANE_NICENESS = 10;
var MAX_ATTACHED = 10;
async function openDatabases(config, options = {}) {
  const pluginModules = options.pluginModules ?? [];
  const setup = {
    plugins: await loadPluginModules(pluginModules),
    cacheSizeKb: config.settings.cache_size_kb
  };
  const names2 = /* @__PURE__ */ new Set();
  const uniqueName = (suggestion) => {
    let name = suggestion;
    for (let i = 2; names2.has(name); i++) name = `${suggestion}_${i}`;
    names2.add(name);
    return name;
  };
  const writers = [];
  let tempDir = null;
  const removeTempDir = () => {
    if (tempDir) rmSync2(tempDir, { recursive: true, force: true });
  };
  process.on("exit", removeTempDir);
  const entries = [];
  try {
    if (config.crossdb || config.memory || config.databases.length === 0) {
      const worker = { name: uniqueName("_memory"), kind: "empty", path: null, attach: [] };
      entries.push({ worker, isMemory: true, immutable: true, writer: null, path: null });
    }
    for (const spec of config.databases) {
      if (spec.path === null) {
        const name2 = uniqueName(spec.name || "memory");
        tempDir ??= makeMemoryDir();
        const file2 = path3.join(tempDir, `${entries.length}.db`);
        const writer2 = new Writer(name2, file2, setup, { create: true, wal: true });
        writers.push(writer2);
        entries.push({
          worker: { name: name2, kind: "file", path: file2, attach: [] },
          isMemory: true,
          immutable: spec.immutable,
          writer: writer2,
          path: null
        });
        continue;
      }
      const file = path3.resolve(spec.path);
      checkIsFile(file);
      const name = uniqueName(spec.name || path3.basename(file, path3.extname(file)));
      let writer = null;
      if (spec.immutable) checkIsDatabase(file);
      else writers.push(writer = new Writer(name, file, setup));
      entries.push({
        worker: { name, kind: "file", path: file, attach: [] },
        isMemory: false,
        immutable: spec.immutable,
        writer,
        path: file
      });
    }
  } catch (error) {
    await Promise.all(writers.map((w) => w.close()));
    removeTempDir();
    process.off("exit", removeTempDir);
    throw error;
  }
  const memory = entries.find((e) => e.worker.kind === "empty");
  if (memory && config.crossdb) {
    memory.worker.attach = entries.filter((e) => !e.isMemory).slice(0, MAX_ATTACHED).map((e) => ({ name: e.worker.name, path: e.worker.path }));
  }
  const poolOptions = {
    size: config.settings.num_sql_threads,
    databases: entries.map((e) => e.worker),
    pluginModules,
    cacheSizeKb: config.settings.cache_size_kb,
    // An export's server (deterministic) queues many pages at once: only running time counts there.
    clockFrom: config.deterministic ? "dispatch" : "arrival",
    lazy: Boolean(config.inThreadReads),
    // The same export starts its few processes itself: a launcher would cost it a Node start.
    direct: Boolean(config.inThreadReads)
  };
  const lanes = {
    pages: new ReadPool(poolOptions),
    sql: new ReadPool({ ...poolOptions, graceMs: () => 0, niceness: SQL_LANE_NICENESS })
  };
  const local = config.inThreadReads ? new QueryRunner(
    entries.map((e) => e.worker),
    setup,
    true
  ) : null;
  if (local) for (const writer of writers) writer.beforeLocking(() => local.endSharedReads());
  const databases = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const writable2 = e.immutable ? null : e.writer;
    databases.set(
      e.worker.name,
      new SqliteDatabase({
        name: e.worker.name,
        path: e.path,
        isMemory: e.isMemory,
        immutable: e.immutable,
        lanes,
        local,
        writer: writable2,
        settings: config.settings,
        metadata: config.metadata.databases?.[e.worker.name]
      })
    );
  }
  let closing = null;
  return {
    databases,
    ready: async () => {
      await Promise.all([lanes.pages.ready(), lanes.sql.ready()]);
    },
    close: () => closing ??= (async () => {
      await Promise.all([lanes.pages.close(), lanes.sql.close()]);
      local?.close();
      await Promise.all(writers.map((w) => w.close()));
      removeTempDir();
      process.off("exit", removeTempDir);
    })()
  };
}
function checkIsFile(file) {
  let isFile;
  try {
    isFile = statSync2(file).isFile();
  } catch {
    throw new Error(`Database file not found: ${file}`);
  }
  if (!isFile) throw new Error(`Not a database file: ${file}`);
}
function checkIsDatabase(file) {
  try {
    const conn = new BetterSqlite32(file, { readonly: true, fileMustExist: true });
    try {
      conn.pragma("schema_version");
    } finally {
      conn.close();
    }
  } catch (error) {
    throw new Error(`Could not open database ${file}: ${error.message}${walHint(file)}`, {
      cause: error
    });
  }
}

// src/templates/engine.ts
var import_nunjucks2 = __toESM(require_nunjucks(), 1);
import { existsSync as existsSync2, readFileSync, statSync as statSync3 } from "node:fs";
import path4 from "node:path";

// src/server/css-class.ts
import { createHash } from "node:crypto";
function toCssClass(name) {
  if (/^[a-zA-Z]+[_a-zA-Z0-9-]*$/.test(name)) return name;
  const suffix = createHash("md5").update(name, "utf8").digest("hex").slice(0, 6);
  const stripped = name.replace(/^_+/, "").replace(/^-+/, "").split(/\s+/).filter(Boolean).join("-").replace(/[^a-zA-Z0-9_-]/g, "");
  return [stripped, suffix].filter(Boolean).join("-");
}

// src/server/table/sql-names.ts
var RESERVED_WORDS = new Set(
  "abort action add after all alter analyze and as asc attach autoincrement before begin between by cascade case cast check collate column commit conflict constraint create cross current_date current_time current_timestamp database default deferrable deferred delete desc detach distinct drop each else end escape except exclusive exists explain fail for foreign from full glob group having if ignore immediate in index indexed initially inner insert instead intersect into is isnull join key left like limit match natural no not notnull null of offset on or order outer plan pragma primary query raise recursive references regexp reindex release rename replace restrict right rollback row savepoint select set table temp temporary then to transaction trigger union unique update using vacuum values view virtual when where with without".split(" ")
);
function escapeSqlite(name) {
  if (/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) && !RESERVED_WORDS.has(name.toLowerCase())) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

// src/templates/filters.ts
function quote(s, safe) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.\-~]/.test(c) || safe.includes(c) ? c : "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
function urlencode(value) {
  const forQs = (v) => quote(pyStr(v), "").replace(/%20/g, "+");
  if (typeof value === "string" || isSafe(value) || typeof value === "number")
    return quote(pyStr(value), "/");
  const pairs = isPlainObject(value) ? Object.entries(value) : Array.from(value);
  return pairs.map(([k, v]) => `${forQs(k)}=${forQs(v)}`).join("&");
}
function pyJson(v, indent, level) {
  if (v === null || v === void 0) return "null";
  if (v === true || v === false) return String(v);
  if (typeof v === "number" || v instanceof PyFloat) {
    const n = Number(plain(v));
    if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "Infinity" : "-Infinity";
    return isFloat(v) ? formatFloat(n) : String(n);
  }
  if (typeof v === "bigint") return String(v);
  if (typeof v === "string" || isSafe(v))
    return JSON.stringify(pyStr(v)).replace(
      /[\u007f-\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")
    );
  const nl = indent === null ? "" : "\n" + " ".repeat(indent * (level + 1));
  const end = indent === null ? "" : "\n" + " ".repeat(indent * level);
  const sep = indent === null ? ", " : ",";
  if (Array.isArray(v)) {
    if (!v.length) return "[]";
    return "[" + nl + v.map((x) => pyJson(x, indent, level + 1)).join(sep + nl) + end + "]";
  }
  if (typeof v === "object") {
    const keys = Object.keys(v).sort();
    if (!keys.length) return "{}";
    const obj = v;
    return "{" + nl + keys.map((k) => `${pyJson(k, indent, level + 1)}: ${pyJson(obj[k], indent, level + 1)}`).join(sep + nl) + end + "}";
  }
  throw new Error(`Object of type ${typeof v} is not JSON serializable`);
}
function tojson(value, ...args2) {
  const { indent } = bindArgs("tojson", ["indent"], args2);
  const json = pyJson(value, indent == null ? null : Number(indent), 0);
  return markSafe(json.replace(/[<>&']/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")));
}
function toInt(value, ...args2) {
  const { default: dflt = 0, base = 10 } = bindArgs("int", ["default", "base"], args2);
  if (isNumber(value)) return Math.trunc(Number(value));
  if (typeof value === "boolean") return value ? 1 : 0;
  const s = pyStr(value).trim().replace(/_/g, "");
  const n = Number(base) === 10 ? /^[+-]?\d+$/.test(s) ? Number(s) : Number.parseFloat(s) : Number.parseInt(s, Number(base));
  return Number.isFinite(n) && s !== "" ? Math.trunc(n) : Number(dflt);
}
function attrGetter(attribute) {
  const parts = pyStr(attribute).split(".").map((p) => /^\d+$/.test(p) ? Number(p) : p);
  return (v) => parts.reduce((acc, p) => memberLookup(acc, p), v);
}
function joinItems(value, ...args2) {
  const { d = "", attribute } = bindArgs("join", ["d", "attribute"], args2);
  let items = Array.from(value ?? []);
  if (attribute != null) items = items.map(attrGetter(attribute));
  if (isSafe(d) || items.some(isSafe))
    return markSafe(items.map((x) => escapeHtml(x).val).join(escapeHtml(d).val));
  return items.map(pyStr).join(pyStr(d));
}
function escapeCssString(value) {
  return value.replace(/\r\n/g, "\n").replace(/['"\n\\]/g, (c) => "\\" + c.charCodeAt(0).toString(16).toUpperCase().padStart(6, "0"));
}
function toFloat(value, ...args2) {
  const { default: dflt = pyFloat(0) } = bindArgs("float", ["default"], args2);
  if (isNumber(value) || typeof value === "boolean") return pyFloat(Number(plain(value)));
  const s = pyStr(value).trim().replace(/_/g, "").toLowerCase();
  const n = /^[+-]?(inf|infinity)$/.test(s) ? s.startsWith("-") ? -Infinity : Infinity : /^[+-]?nan$/.test(s) ? NaN : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s) ? Number(s) : null;
  return n === null ? dflt : pyFloat(n);
}
function sumItems(value, ...args2) {
  const { attribute, start = 0 } = bindArgs("sum", ["attribute", "start"], args2);
  let items = Array.from(value ?? []);
  if (attribute != null) items = items.map(attrGetter(attribute));
  return items.reduce((acc, x) => pyArith("+", acc, x), start);
}
function installFilters(env) {
  const filters = {
    to_css_class: (v) => toCssClass(pyStr(v)),
    escape_sqlite: (v) => escapeSqlite(pyStr(v)),
    quote_plus: (v) => quote(pyStr(v), "").replace(/%20/g, "+"),
    escape_css_string: (v) => escapeCssString(pyStr(v)),
    tojson,
    urlencode,
    escape: escapeHtml,
    e: escapeHtml,
    forceescape: (v) => escapeHtml(isSafe(v) ? v.val : v),
    int: toInt,
    float: toFloat,
    round: (v, ...args2) => {
      const { precision = 0, method = "common" } = bindArgs("round", ["precision", "method"], args2);
      return jinjaRound(v, precision, method);
    },
    abs: (v) => v instanceof PyFloat ? new PyFloat(Math.abs(v.value)) : Math.abs(Number(v)),
    sum: sumItems,
    string: (v) => isSafe(v) ? v : pyStr(v),
    join: joinItems,
    count: (v) => v == null ? 0 : isPlainObject(v) ? Object.keys(v).length : v.length ?? 0,
    items: (v) => v == null ? [] : Object.entries(v),
    attr: (v, name) => memberLookup(v, pyStr(name)),
    format: (v, ...args2) => percentFormat(pyStr(v), splitArgs(args2).pos),
    filesizeformat: (v) => formatBytes(Number(v)),
    unique: (v) => [...new Set(v)],
    min: (v) => [...v].reduce((a, b) => b < a ? b : a),
    max: (v) => [...v].reduce((a, b) => b > a ? b : a),
    map(v, ...args2) {
      const { pos, kw } = splitArgs(args2);
      const items = Array.from(v ?? []);
      if (kw.attribute !== void 0) return items.map((x) => attrGetter(kw.attribute)(x) ?? kw.default);
      const filter = env.getFilter(pyStr(pos[0]));
      return items.map((x) => filter.call(this, x, ...pos.slice(1)));
    }
  };
  for (const [name, fn2] of Object.entries(filters)) env.addFilter(name, fn2);
  const tests = {
    none: (v) => v === null,
    mapping: (v) => isPlainObject(v) || v instanceof Map,
    sequence: (v) => typeof v === "string" || Array.isArray(v) || isPlainObject(v),
    iterable: (v) => v != null && (typeof v === "string" || typeof v[Symbol.iterator] === "function" || isPlainObject(v)),
    boolean: (v) => typeof v === "boolean",
    true: (v) => v === true,
    false: (v) => v === false,
    integer: (v) => typeof v === "number" && Number.isInteger(v),
    float: (v) => isFloat(v),
    number: (v) => isNumber(v),
    in: (v, seq) => typeof seq === "string" ? seq.includes(pyStr(v)) : Array.isArray(seq) ? seq.includes(v) : seq != null && Object.hasOwn(seq, String(v))
  };
  for (const [name, fn2] of Object.entries(tests))
    env.addTest(name, fn2);
  env.addGlobal("namespace", (...args2) => {
    const { pos, kw } = splitArgs(args2);
    return new Namespace({ ...pos[0] ?? {}, ...kw });
  });
  env.addGlobal("dict", (...args2) => {
    const { pos, kw } = splitArgs(args2);
    return { ...pos[0] ?? {}, ...kw };
  });
  env.addGlobal("format_bytes", (v) => formatBytes(Number(v)));
}

// src/templates/markdown-template.ts
var MarkdownNotLoadedError = class extends Error {
  name = "MarkdownNotLoadedError";
  constructor() {
    super("Internal error: markdown was rendered outside a template render before loadMarkdown() finished");
  }
};
var renderer = null;
var loading = null;
function loadMarkdown() {
  return loading ??= import("./markdown-3PBHM7PV.js").then((m) => {
    renderer = m.renderMarkdown;
  });
}
var pass = null;
function markdownMissedBy(render) {
  const outer = pass;
  const mine = { missed: false };
  pass = mine;
  try {
    render();
  } finally {
    pass = outer;
  }
  return mine.missed;
}
function markdownRenderer() {
  if (renderer) return renderer;
  if (!pass) throw new MarkdownNotLoadedError();
  pass.missed = true;
  return null;
}
function asList(v) {
  if (v == null) return void 0;
  if (Array.isArray(v)) return v.map(pyStr);
  const s = pyStr(v).trim();
  if (s.startsWith("[")) return JSON.parse(s).map(pyStr);
  return s.split(/\s+/).filter(Boolean);
}
function parseExtraAttrs(v) {
  if (v == null) return void 0;
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asList(x) ?? []]));
  const out = {};
  for (const part of pyStr(v).split(/[\s;]+/).filter(Boolean)) {
    const [tag, list] = part.split(":");
    if (!tag || list === void 0) throw new Error(`extra_attrs: expected tag:attr1,attr2, got '${part}'`);
    out[tag] = list.split(",").filter(Boolean);
  }
  return out;
}
function renderMarkdownFunction(...args2) {
  const a = bindArgs("render_markdown", ["value", "extensions", "extra_tags", "extra_attrs"], args2);
  const render = markdownRenderer();
  if (!render) return markSafe("");
  return render(a.value, {
    extensions: asList(a.extensions),
    extraTags: asList(a.extra_tags),
    extraAttrs: parseExtraAttrs(a.extra_attrs)
  });
}
function dedent(text) {
  const lines = text.split("\n").map((l) => /^[ \t]+$/.test(l) ? "" : l);
  const indents = lines.filter((l) => l !== "").map((l) => /^[ \t]*/.exec(l)[0]);
  let common = indents[0] ?? "";
  for (const ind of indents) while (!ind.startsWith(common)) common = common.slice(0, -1);
  return lines.map((l) => l.slice(common.length)).join("\n");
}
var TAG_ATTRS = /* @__PURE__ */ new Set(["extensions", "extra_tags", "extra_attrs"]);
var MarkdownTag = class {
  tags = ["markdown"];
  // Attributes are `name="value"` pairs separated by spaces (not commas), as in the Jinja extension.
  parse(parser, nodes, lexer) {
    const tok = parser.nextToken();
    const attrs = {};
    while (parser.peekToken()?.type !== lexer.TOKEN_BLOCK_END) {
      const name = parser.nextToken();
      const eq = parser.nextToken();
      const value = parser.nextToken();
      if (name?.type !== lexer.TOKEN_SYMBOL || eq?.value !== "=" || value?.type !== lexer.TOKEN_STRING)
        parser.fail('markdown tag: attributes must be name="value"', tok.lineno, tok.colno);
      if (!TAG_ATTRS.has(name.value))
        parser.fail(`markdown tag: unknown attribute '${name.value}'`, tok.lineno, tok.colno);
      attrs[name.value] = value.value;
    }
    parser.advanceAfterBlockEnd(tok.value);
    const body = parser.parseUntilBlocks("endmarkdown");
    parser.advanceAfterBlockEnd();
    const args2 = new nodes.NodeList(tok.lineno, tok.colno, [
      new nodes.Literal(tok.lineno, tok.colno, JSON.stringify(attrs))
    ]);
    return new nodes.CallExtension(this, "run", args2, [body]);
  }
  run(_context, attrsJson, body) {
    const render = markdownRenderer();
    if (!render) return markSafe("");
    const attrs = JSON.parse(attrsJson);
    return render(dedent(pyStr(body())), {
      extensions: asList(attrs.extensions),
      extraTags: asList(attrs.extra_tags),
      extraAttrs: parseExtraAttrs(attrs.extra_attrs)
    });
  }
};

// src/templates/preprocess.ts
var RAW_START = /^\{%-?\s*(raw|verbatim)\s*-?%\}/;
function requote(body) {
  let out = '"';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\" && i + 1 < body.length) {
      out += c + body[i + 1];
      i++;
    } else if (c === '"') {
      out += '\\"';
    } else {
      out += c;
    }
  }
  return out + '"';
}
function scanTag(src, start, close) {
  let out = "";
  let i = start;
  while (i < src.length) {
    if (src.startsWith(close, i)) return { text: out + close, end: i + close.length };
    const c = src[i];
    if (c === '"' || c === "'") {
      const triple = c.repeat(3);
      if (src.startsWith(triple, i)) {
        const endAt = src.indexOf(triple, i + 3);
        if (endAt < 0) throw new Error(`Unterminated triple-quoted string at offset ${i}`);
        out += requote(src.slice(i + 3, endAt));
        i = endAt + 3;
        continue;
      }
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  return { text: out, end: i };
}
function preprocessTemplate(src) {
  if (!src.includes('"""') && !src.includes("'''")) return src;
  let out = "";
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf("{", i);
    if (open < 0) break;
    out += src.slice(i, open);
    const two = src.slice(open, open + 2);
    if (two === "{#") {
      const end = src.indexOf("#}", open + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += src.slice(open, stop);
      i = stop;
    } else if (two === "{%" && RAW_START.test(src.slice(open))) {
      const kind = RAW_START.exec(src.slice(open))[1];
      const endTag = new RegExp(`\\{%-?\\s*end${kind}\\s*-?%\\}`, "g");
      endTag.lastIndex = open;
      const m = endTag.exec(src);
      const stop = m ? m.index + m[0].length : src.length;
      out += src.slice(open, stop);
      i = stop;
    } else if (two === "{{" || two === "{%") {
      const tag = scanTag(src, open + 2, two === "{{" ? "}}" : "%}");
      out += two + tag.text;
      i = tag.end;
    } else {
      out += "{";
      i = open + 1;
    }
  }
  return out + src.slice(i);
}

// src/templates/engine.ts
var DATASETTE_VERSION = DATASETTE_COMPAT_VERSION;
var MAX_SQL_PASSES = 10;
var TemplateNotFoundError = class extends Error {
  constructor(names2) {
    super(`Template not found: ${names2.join(", ")}`);
    this.names = names2;
  }
  names;
  name = "TemplateNotFoundError";
};
var TemplateRenderError = class extends Error {
  constructor(template, message2, cause) {
    super(message2, { cause });
    this.template = template;
  }
  template;
  name = "TemplateRenderError";
};
var FolderLoader = class {
  constructor(dirs) {
    this.dirs = dirs;
  }
  dirs;
  cache = {};
  #found = /* @__PURE__ */ new Map();
  find(name) {
    const hit = this.#found.get(name);
    if (hit !== void 0) return hit;
    let rel = name;
    let dirs = this.dirs;
    if (name.startsWith("default:")) {
      rel = name.slice("default:".length);
      dirs = this.dirs.slice(-1);
    }
    let result = null;
    const parts = rel.split(/[\\/]/);
    if (rel && !path4.isAbsolute(rel) && !parts.includes("..")) {
      for (const dir of dirs) {
        const full = path4.resolve(dir, rel);
        if (!full.startsWith(path4.resolve(dir) + path4.sep)) continue;
        if (existsSync2(full) && statSync3(full).isFile()) {
          result = full;
          break;
        }
      }
    }
    this.#found.set(name, result);
    return result;
  }
  getSource(name) {
    const full = this.find(name);
    if (!full) return null;
    const src = readFileSync(full, "utf8").replace(/(\r\n|\r|\n)$/, "");
    return { src: preprocessTemplate(src), path: full, noCache: false };
  }
};
var NotFoundSignal = class extends Error {
};
function emptyEffects() {
  return { status: null, headers: {}, redirect: null, notFound: null };
}
function effectFunctions(effects) {
  return {
    raise_404: (...args2) => {
      effects.notFound = pyStr(bindArgs("raise_404", ["message"], args2).message ?? "");
      throw new NotFoundSignal(effects.notFound);
    },
    custom_status: (...args2) => {
      effects.status = Number(bindArgs("custom_status", ["code"], args2).code);
      return "";
    },
    custom_header: (...args2) => {
      const a = bindArgs("custom_header", ["header", "value"], args2);
      effects.headers[pyStr(a.header)] = pyStr(a.value);
      return "";
    },
    custom_redirect: (...args2) => {
      const a = bindArgs("custom_redirect", ["location", "code"], args2);
      effects.redirect = { location: pyStr(a.location), status: a.code == null ? 302 : Number(a.code) };
      return "";
    }
  };
}
function createTemplateEngine(options) {
  installJinjaCompat();
  const loader = new FolderLoader(options.dirs);
  const env = new import_nunjucks2.default.Environment(loader, {
    autoescape: options.autoescape ?? true
  });
  installFilters(env);
  env.addGlobal("render_markdown", renderMarkdownFunction);
  env.addGlobal("datasette_version", DATASETTE_VERSION);
  env.addGlobal("datasette_export_version", VERSION);
  env.addExtension("markdown", new MarkdownTag());
  const resolve = (names2) => names2.find((n) => loader.find(n) !== null) ?? null;
  const getTemplate = env.getTemplate.bind(env);
  env.getTemplate = (name, ...rest) => getTemplate(
    Array.isArray(name) ? resolve(name.map(pyStr)) ?? name.map(pyStr).join(", ") : name,
    ...rest
  );
  async function render(names2, context, runSql2) {
    const name = resolve(names2);
    if (name === null) throw new TemplateNotFoundError(names2);
    const queries = new SqlPasses(runSql2);
    for (let pass2 = 1; ; pass2++) {
      const effects = emptyEffects();
      queries.beginPass();
      let body = "";
      let error = null;
      const missedMarkdown = markdownMissedBy(() => {
        try {
          const own = Object.assign(effectFunctions(effects), { sql: queries.sql });
          body = env.render(name, layeredVariables(own, context));
        } catch (err) {
          error = err;
        }
      });
      if (missedMarkdown) {
        await loadMarkdown();
        pass2--;
        continue;
      }
      if (queries.hasPending) {
        if (pass2 >= MAX_SQL_PASSES)
          throw new TemplateRenderError(
            name,
            `${name}: sql() calls still depended on earlier results after ${MAX_SQL_PASSES} render passes`
          );
        await queries.runPending();
        continue;
      }
      if (effects.notFound !== null) return { ...effects, body: "" };
      if (error) {
        const cause = queries.failure ?? error.cause ?? error;
        throw new TemplateRenderError(name, error.message ?? String(error), cause);
      }
      return { ...effects, body };
    }
  }
  return {
    render,
    resolve,
    addGlobal: (n, value) => void env.addGlobal(n, value),
    // A plugin's filter gets plain numbers, never our PyFloat, unless it says it wants them.
    addFilter: (n, fn2) => void env.addFilter(
      n,
      fn2.pythonNumbers ? fn2 : function(...args2) {
        return fn2.apply(this, plainArguments(args2));
      }
    ),
    addExtension: (n, ext) => {
      const extension = ext;
      if (typeof extension.autoescape !== "boolean") extension.autoescape = false;
      env.addExtension(n, extension);
    }
  };
}

// src/plugins/load.ts
import { spawnSync } from "node:child_process";
import { readFile as readFile2, readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path5 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { debuglog } from "node:util";

// src/plugins/hook-names.ts
var HOOK_NAMES = [
  "prepareConnection",
  "prepareJinja2Environment",
  "extraTemplateVars",
  "extraCssUrls",
  "extraJsUrls",
  "extraBodyScript",
  "menuLinks",
  "renderCell",
  "registerOutputRenderer",
  "registerRoutes",
  "startup",
  "shutdown",
  "actorFromRequest",
  "permissionAllowed",
  "tableActions",
  "viewActions",
  "rowActions",
  "queryActions",
  "databaseActions",
  "homepageActions",
  "topHomepage",
  "topDatabase",
  "topTable",
  "topRow",
  "topQuery",
  "topStoredQuery",
  "tableExtras"
];
var PLUGIN_FIELDS = ["name", "version", "staticDir", "builtIn", "description"];
var UNSUPPORTED_DATASETTE_HOOKS = [
  "asgiWrapper",
  "cannedQueries",
  "skipCsrf",
  "forbidden",
  "handleException",
  "registerCommands",
  "registerFacetClasses",
  "registerMagicParameters",
  "registerPermissions",
  "registerActions",
  "getMetadata",
  "filtersFromRequest",
  "publishSubcommand",
  "actorsFromIds",
  "jinja2EnvironmentFromRequest",
  "trackEvent",
  "registerEvents",
  "writeWrapper",
  "registerColumnTypes",
  "jumpItemsSql",
  "permissionResourcesSql",
  "registerTokenHandler"
];
var RENAMED_DATASETTE_HOOKS = { topCannedQuery: "topStoredQuery" };
var squash = (name) => name.replace(/[_-]/g, "").toLowerCase();
function checkPropertyName(key) {
  if (HOOK_NAMES.includes(key) || PLUGIN_FIELDS.includes(key))
    return null;
  const squashed = squash(key);
  const renamed = Object.entries(RENAMED_DATASETTE_HOOKS).find(([old]) => squash(old) === squashed);
  if (renamed) return `"${key}" is Datasette's old name for "${renamed[1]}"`;
  const exact = HOOK_NAMES.find((hook) => squash(hook) === squashed);
  if (exact) return `"${key}" is not a hook name: did you mean "${exact}"?`;
  const unsupported = UNSUPPORTED_DATASETTE_HOOKS.find((hook) => squash(hook) === squashed);
  if (unsupported) return `the Datasette hook "${key}" is not supported by this server`;
  if (squashed.length >= 6) {
    const near = HOOK_NAMES.find((hook) => editDistance(squash(hook), squashed) <= 2);
    if (near) return `"${key}" is not a hook name: did you mean "${near}"?`;
  }
  return null;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length];
}

// src/plugins/load.ts
var debug = debuglog("datasette-export");
var PluginLoadError = class extends Error {
  constructor(plugin, message2, options) {
    super(message2, options);
    this.plugin = plugin;
  }
  plugin;
  name = "PluginLoadError";
};
async function loadPlugins(pluginsDir, names2, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const sources = [];
  if (pluginsDir) {
    let files;
    try {
      files = await readdir(pluginsDir);
    } catch (error) {
      throw new PluginLoadError(
        pluginsDir,
        `Could not read the plugins folder ${pluginsDir}: ${error.message}`,
        { cause: error }
      );
    }
    for (const file of files.sort()) {
      if (/\.m?js$/.test(file) && file.startsWith("_"))
        debug(
          "plugins: %s is a helper (its name starts with _), not loaded as a plugin",
          path5.join(pluginsDir, file)
        );
      else if (/\.m?js$/.test(file))
        sources.push({
          label: path5.join(pluginsDir, file),
          url: pathToFileURL(path5.join(pluginsDir, file)).href
        });
    }
  }
  for (const name of names2) sources.push({ label: name, url: await resolvePlugin(name, cwd) });
  if (names2.length || pluginsDir && sources.length && await namesPluginApi(pluginsDir))
    allowPluginApiImports();
  const plugins = [];
  const modules = [];
  const seen = /* @__PURE__ */ new Map();
  for (const { label, url } of sources) {
    let mod2;
    try {
      mod2 = await import(url);
    } catch (error) {
      throw new PluginLoadError(label, `Could not load plugin ${label}: ${importFailure(url, error)}`, {
        cause: error
      });
    }
    if (!("default" in mod2)) {
      const hooks = Object.keys(mod2).filter(
        (key) => checkPropertyName(key) !== null || HOOK_NAMES.includes(key)
      );
      if (hooks.length || !pluginsDir || !label.startsWith(pluginsDir)) {
        throw new PluginLoadError(
          label,
          `Plugin ${label} has no default export${hooks.length ? ` (it exports ${hooks.join(", ")} by name)` : ""}: write \`export default { name: "\u2026", startup() {\u2026} }\`, or name a helper module with a leading _`
        );
      }
      debug("plugins: %s has no default export: treated as a helper module, not a plugin", label);
      continue;
    }
    const exported = Array.isArray(mod2.default) ? mod2.default : [mod2.default];
    const moduleDir = path5.dirname(fileURLToPath(url));
    for (const value of exported) {
      const plugin = checkPlugin(value, label, moduleDir);
      const other = seen.get(plugin.name);
      if (other)
        throw new PluginLoadError(label, `Two plugins are named "${plugin.name}": ${other} and ${label}`);
      seen.set(plugin.name, label);
      if (plugin.staticDir) await checkStaticDir(plugin, label);
      plugins.push(plugin);
      if (plugin.prepareConnection && !modules.includes(url)) modules.push(url);
    }
  }
  return { plugins, modules };
}
function checkPlugin(value, label, moduleDir = null) {
  if (!value || typeof value !== "object") {
    throw new PluginLoadError(
      label,
      `Plugin ${label} must export an object (or an array of objects) as default, not ${describe(value)}`
    );
  }
  const plugin = value;
  if (typeof plugin.name !== "string" || plugin.name.trim() === "") {
    throw new PluginLoadError(label, `Plugin ${label} must have a "name" (a non-empty string)`);
  }
  const who = plugin.name === label ? label : `${plugin.name} (${label})`;
  const problems = [];
  for (const key of propertyNames(plugin)) {
    const problem = checkPropertyName(key);
    if (problem) problems.push(problem);
  }
  for (const hook of HOOK_NAMES) {
    const fn2 = plugin[hook];
    if (fn2 !== void 0 && typeof fn2 !== "function")
      problems.push(`its hook "${hook}" is ${describe(fn2)}, not a function`);
  }
  if (plugin.version !== void 0 && typeof plugin.version !== "string")
    problems.push(`"version" must be a string`);
  if (plugin.staticDir !== void 0 && typeof plugin.staticDir !== "string")
    problems.push(`"staticDir" must be a string`);
  if (problems.length) throw new PluginLoadError(label, `Plugin ${who} is broken: ${problems.join("; ")}`);
  if (plugin.staticDir && moduleDir && !path5.isAbsolute(plugin.staticDir)) {
    plugin.staticDir = path5.resolve(moduleDir, plugin.staticDir);
  }
  return plugin;
}
function propertyNames(object) {
  const names2 = /* @__PURE__ */ new Set();
  for (let o = object; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertyNames(o)) if (key !== "constructor") names2.add(key);
  }
  return [...names2];
}
async function checkStaticDir(plugin, label) {
  const info = await stat(plugin.staticDir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new PluginLoadError(
      label,
      `Plugin ${plugin.name} names a staticDir that is not a folder: ${plugin.staticDir}`
    );
  }
}
async function resolvePlugin(name, cwd) {
  if (name.startsWith("file:")) return name;
  if (name.startsWith(".") || path5.isAbsolute(name)) {
    const file = path5.resolve(cwd, name);
    const info = await stat(file).catch(() => null);
    if (!info) throw new PluginLoadError(name, `Plugin ${name} not found: no file or folder ${file}`);
    return pathToFileURL(info.isDirectory() ? await packageEntry(file, name) : file).href;
  }
  for (const from of [path5.join(cwd, "package.json"), fileURLToPath(import.meta.url)]) {
    const dir = packageDir(name, from);
    if (dir) return pathToFileURL(await packageEntry(dir, name)).href;
  }
  throw new PluginLoadError(
    name,
    `Plugin package ${name} is not installed (looked in ${cwd} and beside this server): run npm install ${name}`
  );
}
function packageDir(name, from) {
  const require2 = createRequire(from);
  for (const dir of require2.resolve.paths(name) ?? []) {
    const candidate = path5.join(dir, name);
    try {
      require2.resolve(path5.join(candidate, "package.json"));
      return candidate;
    } catch {
    }
  }
  return null;
}
async function packageEntry(dir, label) {
  let pkg = {};
  try {
    pkg = JSON.parse(await readFile2(path5.join(dir, "package.json"), "utf8"));
  } catch (error) {
    if (error.code !== "ENOENT") {
      throw new PluginLoadError(
        label,
        `Plugin ${label} has an unreadable package.json: ${error.message}`,
        { cause: error }
      );
    }
  }
  const entry = exportsEntry(pkg.exports) ?? (typeof pkg.module === "string" ? pkg.module : null) ?? (typeof pkg.main === "string" ? pkg.main : null) ?? "index.js";
  return path5.resolve(dir, entry);
}
function exportsEntry(exports2) {
  if (typeof exports2 === "string") return exports2;
  if (!exports2 || typeof exports2 !== "object") return null;
  const map = exports2;
  if ("." in map) return exportsEntry(map["."]);
  for (const condition of ["import", "node", "default"]) {
    const found = exportsEntry(map[condition]);
    if (found) return found;
  }
  return null;
}
async function namesPluginApi(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path5.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && await namesPluginApi(full)) return true;
    } else if (/\.[cm]?js$/.test(entry.name)) {
      if ((await readFile2(full, "utf8").catch(() => "")).includes(PLUGIN_API_SPECIFIER)) return true;
    }
  }
  return false;
}
function importFailure(url, error) {
  const message2 = error instanceof Error ? error.message : String(error);
  if (message2.includes(`'${PLUGIN_API_SPECIFIER.split("/")[0]}'`))
    return `${message2} (${PLUGIN_API_SPECIFIER} is found for modules in the plugins folder that name it, and for plugins given with --plugin)`;
  if (!(error instanceof SyntaxError) || !url.startsWith("file:")) return message2;
  const check = spawnSync(process.execPath, ["--check", fileURLToPath(url)], {
    encoding: "utf8",
    timeout: 1e4
  });
  const [where, code, caret] = (check.stderr ?? "").split("\n");
  return where && /:\d+$/.test(where) ? `${message2} at ${where}
${code}
${caret}` : message2;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value) ?? String(value)}`;
}

// src/server/static-files.ts
import { createReadStream } from "node:fs";
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
import path6 from "node:path";
var BUILT_IN_STATIC = path6.join(PACKAGE_ROOT, "static");
var BUFFERED_FILE_BYTES = 1024 * 1024;
var INTERACTION_SCRIPTS = [
  "datasette-manager.js",
  "menus.js",
  "navigation-search.js",
  "table.js",
  "column-chooser.js",
  "mobile-column-actions.js",
  "sql-editor.js"
];
var TYPES = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml",
  ".pdf": "application/pdf"
};
function contentTypeFor(file) {
  return TYPES[path6.extname(file).toLowerCase()] ?? "application/octet-stream";
}
async function serveStatic(datasette, ctx, routePath) {
  if (ctx.method !== "GET" && ctx.method !== "HEAD") return false;
  const mounts = [{ mount: "-/static", dir: BUILT_IN_STATIC }, ...datasette.config.staticMounts];
  for (const { mount, dir } of mounts) {
    const prefix = `/${mount}/`;
    if (!routePath.startsWith(prefix)) continue;
    let rel;
    try {
      rel = decodeURIComponent(routePath.slice(prefix.length));
    } catch {
      return false;
    }
    return sendFileFrom(ctx, dir, rel);
  }
  return false;
}
async function sendFileFrom(ctx, dir, rel) {
  const file = await resolveInsideFolder(dir, rel);
  if (!file) return false;
  const info = await stat2(file).catch(() => null);
  if (!info?.isFile()) return false;
  ctx.status = 200;
  ctx.type = contentTypeFor(rel);
  ctx.length = info.size;
  ctx.lastModified = info.mtime;
  ctx.set("Cache-Control", "max-age=3600");
  if (ctx.method === "HEAD") ctx.body = null;
  else ctx.body = info.size <= BUFFERED_FILE_BYTES ? await readFile3(file) : createReadStream(file);
  return true;
}

// src/plugins/static-plugins.ts
var STATIC_PLUGINS_NAME = "datasette-export.static-plugins";
function staticPluginsPlugin() {
  return {
    name: STATIC_PLUGINS_NAME,
    builtIn: true,
    registerRoutes: () => [
      {
        pattern: /^\/-\/static-plugins\/(?<plugin>[^/]+)\/(?<file>.+)$/,
        methods: ["GET", "HEAD"],
        async handler({ datasette, ctx, params }) {
          let name;
          let rel;
          try {
            name = decodeURIComponent(params.plugin);
            rel = decodeURIComponent(params.file);
          } catch {
            throw new HttpError(404, "Not found");
          }
          const dir = datasette.plugins.find((p) => p.name === name && p.staticDir)?.staticDir;
          if (!dir) throw new HttpError(404, `No static files for plugin ${name}`);
          if (!await sendFileFrom(ctx, dir, rel)) throw new HttpError(404, "Not found");
        }
      }
    ]
  };
}

// src/plugins/ephemeral/clock.ts
var systemClock = {
  now: () => Date.now(),
  setInterval(fn2, ms) {
    const handle = setInterval(fn2, ms);
    handle.unref();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle)
};

// src/plugins/ephemeral/tables.ts
function planSweep(known, present, now, ttlMs) {
  const here = new Set(present);
  return {
    seen: present.filter((t) => !known.has(t)),
    forgotten: [...known.keys()].filter((t) => !here.has(t)),
    expired: [...known].filter(([t, firstSeen]) => here.has(t) && now - firstSeen >= ttlMs).map(([t]) => t)
  };
}
function quoteIdentifier(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
var EphemeralTables = class {
  constructor(db, options) {
    this.db = db;
    this.options = options;
    this.clock = options.clock ?? systemClock;
    this.ttlMs = options.ttlSeconds * 1e3;
  }
  db;
  options;
  known = /* @__PURE__ */ new Map();
  /** Each known table's marker trigger; missing for a table that cannot carry one (virtual tables). */
  markers = /* @__PURE__ */ new Map();
  nextMarker = 1;
  clock;
  ttlMs;
  warned = /* @__PURE__ */ new Set();
  timer = null;
  /** Sweeps run one after another; the timer skips a tick while one is under way. */
  tail = Promise.resolve();
  pending = 0;
  /** Sweeps now, then every checkIntervalSeconds. Calling it again does nothing. */
  start() {
    if (this.timer !== null) return;
    this.timer = this.clock.setInterval(() => {
      if (this.pending === 0) void this.sweep().catch(() => void 0);
    }, this.options.checkIntervalSeconds * 1e3);
    void this.sweep().catch(() => void 0);
  }
  /** Stops the timer and waits for a sweep under way; no timer is left behind. */
  async stop() {
    if (this.timer !== null) this.clock.clearInterval(this.timer);
    this.timer = null;
    await this.idle();
  }
  get running() {
    return this.timer !== null;
  }
  /** Resolves when every sweep asked for so far has finished. */
  async idle() {
    while (this.pending > 0) await this.tail.catch(() => void 0);
  }
  /** When `table` expires, noticing it first if no sweep has yet; null if it is not a table of this database. */
  async expiresAt(table) {
    if (!this.known.has(table)) await this.sweep();
    const firstSeen = this.known.get(table);
    return firstSeen === void 0 ? null : firstSeen + this.ttlMs;
  }
  /** The tables being tracked and when each was first seen (ms since the epoch). */
  tracked() {
    return this.known;
  }
  /** Notices new tables, forgets vanished ones and drops the expired, after any sweep already asked for. */
  sweep() {
    this.pending++;
    const run = this.tail.then(() => this.sweepNow()).finally(() => this.pending--);
    this.tail = run.catch(() => void 0);
    return run;
  }
  async sweepNow() {
    const now = this.clock.now();
    let plan;
    let dropped = [];
    const failed = [];
    try {
      plan = await this.db.write((conn) => {
        this.forgetRecreated(conn);
        const p = planSweep(this.known, listTables(conn), now, this.ttlMs);
        this.markSeen(conn, p.seen);
        conn.pragma("defer_foreign_keys = ON");
        dropped = dropTables(conn, p.expired);
        return p;
      });
    } catch (error) {
      plan = await this.db.write((conn) => {
        this.forgetRecreated(conn);
        const p = planSweep(this.known, listTables(conn), now, this.ttlMs);
        this.markSeen(conn, p.seen);
        return p;
      }).catch((e) => {
        this.report(null, e);
        throw e;
      });
      dropped = [];
      for (const table of plan.expired) {
        try {
          dropped.push(...await this.db.write((conn) => dropTables(conn, [table])));
        } catch (e) {
          failed.push(table);
          this.report(table, e);
        }
      }
      if (plan.expired.length === 0) this.report(null, error);
    }
    for (const table of plan.seen) this.known.set(table, now);
    for (const table of [...plan.forgotten, ...dropped]) {
      this.known.delete(table);
      this.markers.delete(table);
      this.warned.delete(table);
    }
    const gone = plan.expired.filter((t) => !dropped.includes(t) && !failed.includes(t));
    for (const table of gone) {
      this.known.delete(table);
      this.markers.delete(table);
    }
    return { seen: plan.seen, dropped, forgotten: [...plan.forgotten, ...gone], failed };
  }
  /**
   * Forgets known tables whose marker is gone: they were dropped (and maybe created again) since the last
   * sweep, so the plan sees a present one as new. Runs inside the sweep's write.
   */
  forgetRecreated(conn) {
    const live = new Map(
      conn.prepare("select name, tbl_name from sqlite_temp_master where type = 'trigger'").all().map((r) => [r.name, r.tbl_name])
    );
    for (const [table, marker] of this.markers) {
      if (live.get(marker) === table) continue;
      this.markers.delete(table);
      this.known.delete(table);
    }
  }
  /**
   * Puts a marker on each newly seen table. The sweep's transaction commits them with its plan; should it
   * roll back, the tables are seen again next time. A table that takes no trigger is tracked by name.
   */
  markSeen(conn, tables) {
    for (const table of tables) {
      const marker = `datasette_export_ephemeral_${this.nextMarker++}`;
      try {
        conn.exec(
          `create temp trigger ${quoteIdentifier(marker)} after delete on main.${quoteIdentifier(table)} when 0 begin select 1; end`
        );
        this.markers.set(table, marker);
      } catch {
      }
    }
  }
  report(table, error) {
    const key = table ?? "";
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const report = this.options.onError ?? defaultReport(this.db.name);
    report(table, error);
  }
};
function defaultReport(database) {
  return (table, error) => console.warn(
    table === null ? `Ephemeral tables: could not sweep database ${database}: ${error.message}` : `Ephemeral tables: could not drop ${database}.${table} (will retry): ${error.message}`
  );
}
function listTables(conn) {
  return conn.prepare(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'"
  ).all().map((r) => r.name);
}
function dropTables(conn, tables) {
  const info = conn.prepare("select sql from sqlite_master where type = 'table' and name = ?");
  const isVirtual = (t) => /^\s*create\s+virtual\s/i.test(info.get(t)?.sql ?? "");
  const ordered = [...tables].sort((a, b) => Number(isVirtual(b)) - Number(isVirtual(a)));
  const dropped = [];
  for (const table of ordered) {
    if (!info.get(table)) continue;
    conn.exec(`DROP TABLE ${quoteIdentifier(table)}`);
    dropped.push(table);
  }
  return dropped;
}

// src/plugins/ephemeral/plugin.ts
var EPHEMERAL_PLUGIN_NAME = "datasette-export.ephemeral-tables";
var COUNTDOWN_SCRIPT = "/-/static/ephemeral-countdown.js";
var TRACKER = /* @__PURE__ */ Symbol("ephemeral tables tracker");
function ephemeralTablesPlugin(settings, options = {}) {
  let tracker = null;
  const pageExpiry = async (page) => {
    if (!tracker || page.viewName !== "table" || page.database !== settings.database || !page.table)
      return null;
    return tracker.expiresAt(page.table);
  };
  const plugin = {
    name: EPHEMERAL_PLUGIN_NAME,
    builtIn: true,
    startup(datasette) {
      const db = datasette.databases.get(settings.database);
      if (!db) throw new Error(`the ephemeral database "${settings.database}" is not served`);
      if (!db.isMemory || db.immutable) {
        throw new Error(
          `"${settings.database}" must be an in-memory, writable database for ephemeral tables, but it is ${db.path ?? "immutable"}`
        );
      }
      if (!(settings.ttlSeconds >= 0) || !(settings.checkIntervalSeconds > 0)) {
        throw new Error(
          `table_ttl must be >= 0 and check_interval > 0 (got ${settings.ttlSeconds} and ${settings.checkIntervalSeconds})`
        );
      }
      tracker = new EphemeralTables(db, { ...settings, ...options });
      plugin[TRACKER] = tracker;
      tracker.start();
    },
    async shutdown() {
      await tracker?.stop();
    },
    async extraJsUrls(page) {
      return await pageExpiry(page) === null ? [] : [COUNTDOWN_SCRIPT];
    },
    async extraBodyScript(page) {
      const expires = await pageExpiry(page);
      if (expires === null) return null;
      const iso = JSON.stringify(new Date(expires).toISOString());
      return `window.datasetteEphemeralCountdown && window.datasetteEphemeralCountdown(${iso});`;
    },
    async tableExtras({ database, table }) {
      if (!tracker || database !== settings.database) return null;
      const expires = await tracker.expiresAt(table);
      if (expires === null) return null;
      const now = (options.clock ?? { now: Date.now }).now();
      return {
        expires_at: new Date(expires).toISOString(),
        expires_in_seconds: Math.max(0, Math.ceil((expires - now) / 1e3))
      };
    }
  };
  return plugin;
}

// src/plugins/blob-renderer.ts
import { createHash as createHash2 } from "node:crypto";
function blobRendererPlugin() {
  return {
    name: "datasette-export-blob-renderer",
    builtIn: true,
    registerOutputRenderer: () => ({
      extension: "blob",
      contentType: "application/binary",
      async render({ columns, rows, table, request }) {
        const args2 = request.URL.searchParams;
        const column = args2.get("_blob_column");
        if (column === null) throw new HttpError(400, "?_blob_column= is required");
        const index2 = columns.indexOf(column);
        if (index2 === -1) throw new HttpError(400, `${column} is not a valid column`);
        const hash = args2.get("_blob_hash");
        const bytes = (value) => Buffer.isBuffer(value) ? value : Buffer.from(value == null ? "" : String(value));
        const row = hash ? rows.find((r) => sha256(bytes(r[index2])) === hash) : rows[0];
        if (!row) {
          throw new HttpError(
            400,
            hash ? "Link has expired - the requested binary content has changed or could not be found." : "Row not found"
          );
        }
        const pks = /\/([^/]+)\.blob$/.exec(request.path)?.[1];
        const filename = [
          table ? toCssClass(table) : null,
          pks && table ? pks : null,
          toCssClass(column),
          hash?.slice(0, 6)
        ].filter(Boolean).join("-");
        return {
          body: bytes(row[index2]),
          contentType: "application/binary",
          headers: {
            "X-Content-Type-Options": "nosniff",
            "Content-Disposition": `attachment; filename="${filename}.blob"`
          }
        };
      }
    })
  };
}
function sha256(value) {
  return createHash2("sha256").update(value).digest("hex");
}

// src/plugins/built-in.ts
function builtInPlugins(config) {
  const plugins = [
    staticPluginsPlugin(),
    tokenActorPlugin(),
    cookieActorPlugin(config),
    blobRendererPlugin()
  ];
  if (config.ephemeral) plugins.push(ephemeralTablesPlugin(config.ephemeral));
  return plugins;
}

// src/plugins/hook-runner.ts
var PluginHookError = class extends Error {
  constructor(plugin, hook, cause) {
    super(`Plugin ${plugin} failed in ${hook}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause
    });
    this.plugin = plugin;
    this.hook = hook;
  }
  plugin;
  hook;
  name = "PluginHookError";
};
function hookCaller(plugins) {
  const implementers = /* @__PURE__ */ new Map();
  return async (hook, args2) => {
    let list = implementers.get(hook);
    if (!list) implementers.set(hook, list = plugins.filter((p) => typeof p[hook] === "function"));
    const results = [];
    for (const plugin of list) {
      try {
        results.push(await plugin[hook].apply(plugin, args2));
      } catch (error) {
        throw new PluginHookError(plugin.name, hook, error);
      }
    }
    return results;
  };
}
function callHookSync(plugins, hook, args2) {
  const results = [];
  for (const plugin of plugins) {
    if (typeof plugin[hook] !== "function") continue;
    let result;
    try {
      result = plugin[hook].apply(plugin, args2);
    } catch (error) {
      throw new PluginHookError(plugin.name, hook, error);
    }
    if (result instanceof Promise) {
      throw new PluginHookError(plugin.name, hook, new Error(`${hook} must not be async`));
    }
    results.push(result);
  }
  return results;
}
async function callEveryHook(plugins, hook, args2) {
  let first = null;
  for (const plugin of plugins) {
    if (typeof plugin[hook] !== "function") continue;
    try {
      await plugin[hook].apply(plugin, args2);
    } catch (error) {
      first ??= new PluginHookError(plugin.name, hook, error);
    }
  }
  if (first) throw first;
}
function pluginRoutes(plugins, datasette) {
  const routes = [];
  for (const plugin of plugins) {
    const returned = callHookSync([plugin], "registerRoutes", [datasette])[0];
    if (returned === void 0 || returned === null) continue;
    if (!Array.isArray(returned))
      throw new PluginHookError(
        plugin.name,
        "registerRoutes",
        new Error("it must return an array of routes")
      );
    for (const route of returned) {
      const problem = !route || typeof route !== "object" ? "a route must be an object" : !(route.pattern instanceof RegExp || typeof route.pattern === "string") ? "a route's pattern must be a RegExp" : typeof route.handler !== "function" ? `the route ${String(route.pattern)} has no handler function` : null;
      if (problem) throw new PluginHookError(plugin.name, "registerRoutes", new Error(problem));
      let pattern;
      try {
        pattern = typeof route.pattern === "string" ? new RegExp(route.pattern) : route.pattern;
      } catch (error) {
        throw new PluginHookError(plugin.name, "registerRoutes", error);
      }
      routes.push({ ...route, pattern, handler: namedHandler(plugin.name, route.handler) });
    }
  }
  return routes;
}
function namedHandler(plugin, handler) {
  return async (context) => {
    try {
      await handler(context);
    } catch (error) {
      if (error && typeof error === "object" && "status" in error) throw error;
      throw new PluginHookError(plugin, "route handler", error);
    }
  };
}

// src/server/urls.ts
var Urls = class {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  baseUrl;
  /** A path below base_url: path("/db") → "/base/db". */
  path(path9) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(path9) || path9.startsWith("//")) return path9;
    return this.baseUrl + path9.replace(/^\//, "");
  }
  instance(format) {
    return format ? this.path(`/.${format}`) : this.path("/");
  }
  static(file) {
    return this.path(`/-/static/${file.replace(/^\//, "")}`);
  }
  staticPlugins(plugin, file) {
    return this.path(`/-/static-plugins/${plugin}/${file.replace(/^\//, "")}`);
  }
  database(database, format) {
    return this.path(`/${tildeEncode(database)}${format ? "." + format : ""}`);
  }
  table(database, table, format) {
    return this.path(`/${tildeEncode(database)}/${tildeEncode(table)}${format ? "." + format : ""}`);
  }
  query(database, query, format) {
    return this.table(database, query, format);
  }
  /** Row URL from primary-key values (or the rowid); compound keys are joined with ",". */
  row(database, table, pkValues, format) {
    return `${this.table(database, table)}/${rowPath(pkValues)}${format ? "." + format : ""}`;
  }
  databaseQuery(database, sql, format) {
    const base = this.path(`/${tildeEncode(database)}/-/query${format ? "." + format : ""}`);
    return `${base}?${new URLSearchParams({ sql }).toString()}`;
  }
  logout() {
    return this.path("/-/logout");
  }
};
function rowPath(pkValues) {
  return pkValues.map((v) => tildeEncode(String(v))).join(",");
}

// src/server/auth/restrictions.ts
function actorRestrictions(actor) {
  const r = actor?._r;
  if (r === void 0 || r === null) return null;
  return typeof r === "object" && !Array.isArray(r) ? r : {};
}
function names(list, action) {
  if (!Array.isArray(list)) return false;
  return actionNames(action).some((name) => list.includes(name));
}
function restrictionsAllow(restrictions, action, resource) {
  if (names(restrictions.a, action)) return true;
  if (!resource) return false;
  const [database, child] = Array.isArray(resource) ? resource : [resource, null];
  if (names(restrictions.d?.[database], action)) return true;
  return child !== null && names(restrictions.r?.[database]?.[child], action);
}
function restrictionsNameDatabase(restrictions, action, database) {
  if (names(restrictions.d?.[database], action)) return true;
  return Object.values(restrictions.r?.[database] ?? {}).some((list) => names(list, action));
}
function restrictionsNameChild(restrictions, action, database, child) {
  return names(restrictions.r?.[database]?.[child], action);
}

// src/server/permissions.ts
var DEFAULT_ALLOW = /* @__PURE__ */ new Set([
  "view-instance",
  "view-database",
  "view-database-download",
  "view-table",
  "view-query",
  "execute-sql"
]);
async function checkPermission(datasette, actor, action, resource) {
  const restrictions = actorRestrictions(actor);
  if (restrictions && !restrictionsAllow(restrictions, action, resource)) return false;
  let allowed2;
  for (const answer2 of await datasette.callHook("permissionAllowed", {
    actor,
    action,
    resource,
    datasette
  })) {
    if (answer2 === true || answer2 === false) {
      allowed2 = answer2;
      break;
    }
  }
  allowed2 ??= defaultPermission(datasette, actor, action, resource);
  const also = ACTIONS.get(action)?.alsoRequires;
  return allowed2 && (!also || checkPermission(datasette, actor, also, resource));
}
function actorMatchesAllow(actor, allow) {
  if (allow === true || allow === 1) return true;
  if (allow === false || allow === 0) return false;
  if (allow === void 0 || allow === null) return true;
  if (typeof allow !== "object") return false;
  if (!actor && allow.unauthenticated === true) return true;
  const who = actor ?? {};
  for (const [key, wanted] of Object.entries(allow)) {
    if (wanted === "*" && key in who) return true;
    const values = Array.isArray(wanted) ? wanted : [wanted];
    const actual = who[key];
    if (actual === void 0 || actual === null) continue;
    const actuals = Array.isArray(actual) ? actual : [actual];
    if (actuals.some((a) => values.includes(a))) return true;
  }
  return false;
}
function defaultPermission(datasette, actor, action, resource) {
  const rules = collectRules(datasette, actor, action, resource);
  const deepest = Math.max(-1, ...rules.map((r) => r.depth));
  const winners = rules.filter((r) => r.depth === deepest);
  return winners.length > 0 && winners.every((r) => r.allow);
}
function collectRules(datasette, actor, action, resource) {
  const rules = [];
  const [database, child] = Array.isArray(resource) ? resource : [resource, null];
  const metadata = datasette.metadata;
  const dbMeta = database ? metadata.databases?.[database] : void 0;
  const tableMeta = child ? dbMeta?.tables?.[child] : void 0;
  const rawQuery = child ? dbMeta?.queries?.[child] : void 0;
  const queryMeta = rawQuery && typeof rawQuery === "object" ? rawQuery : void 0;
  const add = (depth, block) => {
    if (block === void 0 || block === null) return;
    const allow = actorMatchesAllow(actor, block);
    rules.push({ depth, allow });
    return allow;
  };
  const restrictions = actorRestrictions(actor);
  const addAllowBlock = (depth, block) => {
    if (add(depth, block) === false && restrictions && depth !== 2 && database)
      rules.push(...gateDenies(restrictions, action, depth, database, child));
  };
  if (datasette.config.root && actor?.id === "root") rules.push({ depth: 0, allow: true });
  add(0, metadata.permissions?.[action]);
  add(1, dbMeta?.permissions?.[action]);
  add(2, tableMeta?.permissions?.[action]);
  add(2, queryMeta?.permissions?.[action]);
  if (action === "view-instance" || action === "view-database" || action === "view-table" || action === "view-query") {
    addAllowBlock(0, metadata.allow);
  }
  if (action === "view-database" || action === "view-table" || action === "view-query")
    addAllowBlock(1, dbMeta?.allow);
  if (action === "view-table") addAllowBlock(2, tableMeta?.allow);
  if (action === "view-query") addAllowBlock(2, queryMeta?.allow);
  if (action === "execute-sql") {
    addAllowBlock(0, metadata.allow_sql);
    addAllowBlock(1, dbMeta?.allow_sql);
    if (!datasette.settings.default_allow_sql) rules.push({ depth: 0, allow: false });
  }
  if (DEFAULT_ALLOW.has(action)) rules.push({ depth: 0, allow: true });
  return rules;
}
function gateDenies(restrictions, action, depth, database, child) {
  const kind = ACTIONS.get(action)?.resource;
  if (!kind || kind === "instance") return [];
  const denies = [];
  if (depth === 0 && restrictionsNameDatabase(restrictions, action, database))
    denies.push({ depth: 1, allow: false });
  const takesChild = kind === "table" || kind === "query";
  if (takesChild && child !== null && restrictionsNameChild(restrictions, action, database, child))
    denies.push({ depth: 2, allow: false });
  return denies;
}

// node_modules/koa/dist/koa.mjs
var import_application = __toESM(require_application(), 1);
var koa_default = import_application.default;
var HttpError2 = import_application.default.HttpError;
var createHttpError = import_application.default.createHttpError;
var isHttpError = import_application.default.isHttpError;

// src/server/json.ts
import { randomBytes as randomBytes3 } from "node:crypto";
var JsonFloat = class {
  constructor(value) {
    this.value = value;
  }
  value;
  /** Python's repr: 1.0, 1e+16. */
  get text() {
    return formatFloat(this.value);
  }
};
function toJson(value, indent) {
  const text = JSON.stringify(value, replacer, indent);
  return text.includes(TOKEN) ? text.replace(BARE_NUMBER_STRING, (_m, name) => name) : text;
}
var TOKEN = randomBytes3(8).toString("hex");
var BARE_NUMBER = `\0${TOKEN}:`;
var BARE_NUMBER_STRING = new RegExp(`"\\\\u0000${TOKEN}:(Infinity|-Infinity|NaN|-?[0-9][0-9.e+-]*)"`, "g");
function replacer(key, value) {
  const raw = key === "" ? value : this[key];
  if (Buffer.isBuffer(raw) || raw instanceof Uint8Array) {
    return { $base64: true, encoded: Buffer.from(raw).toString("base64") };
  }
  if (typeof value === "number" && !Number.isFinite(value)) return BARE_NUMBER + String(value);
  if (value instanceof JsonFloat)
    return Number.isFinite(value.value) ? BARE_NUMBER + value.text : BARE_NUMBER + String(value.value);
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : BARE_NUMBER + value.toString();
  return value;
}
function toJsonValue(value) {
  return JSON.parse(JSON.stringify(value, replacer), (_key, v) => {
    if (typeof v !== "string" || !v.startsWith(BARE_NUMBER)) return v;
    const text = v.slice(BARE_NUMBER.length);
    if (/^-?\d+$/.test(text)) return BigInt(text);
    const n = Number(text);
    return Number.isFinite(n) ? new JsonFloat(n) : n;
  });
}

// src/server/csv.ts
import { Readable } from "node:stream";
function field(value) {
  if (value === null || value === void 0) return "";
  let text;
  if (Buffer.isBuffer(value)) text = value.toString("base64");
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csvLine(values) {
  return values.map(field).join(",") + "\r\n";
}
function csvStream(source, opts = {}) {
  const { maxBytes = Infinity, header = true } = opts;
  async function* lines() {
    let written = 0;
    if (header) {
      const line = csvLine(source.columns);
      written += Buffer.byteLength(line);
      yield line;
    }
    for await (const row of source.rows) {
      const line = csvLine(row);
      written += Buffer.byteLength(line);
      if (written > maxBytes)
        throw new Error(`CSV contains more than ${Math.round(maxBytes / 1024 / 1024)} MB`);
      yield line;
    }
  }
  return Readable.from(lines());
}

// src/server/render-effects.ts
function applyRenderEffects(ctx, effects) {
  if (effects.notFound !== null) throw new HttpError(404, effects.notFound || "Not found");
  for (const [name, value] of Object.entries(effects.headers)) ctx.set(name, value);
  if (effects.status !== null) ctx.status = effects.status;
  if (effects.redirect) {
    ctx.status = effects.redirect.status;
    ctx.set("Location", effects.redirect.location);
  }
}

// src/server/respond.ts
async function respond(req, result, viewName) {
  const { ctx, datasette, format } = req;
  if (result.headers) ctx.set(result.headers);
  if (result.redirect) {
    ctx.status = result.status ?? 302;
    ctx.set("Location", result.redirect);
    return;
  }
  ctx.status = result.status ?? 200;
  if (result.raw) {
    ctx.body = result.raw.body;
    ctx.set("Content-Type", result.raw.contentType);
    return;
  }
  if (format === "json") {
    if (!result.json) throw new HttpError(404, "JSON is not available for this page");
    ctx.type = "application/json; charset=utf-8";
    ctx.body = jsonBody(await result.json());
    return;
  }
  if (format === "csv") {
    if (!result.csv) throw new HttpError(404, "CSV is not available for this page");
    const source = await result.csv();
    const download = req.args.has("_dl");
    if (download && !datasette.settings.allow_download)
      throw new HttpError(403, "CSV downloads are disabled");
    ctx.type = download ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8";
    if (download) ctx.set("content-disposition", attachment(source.filename));
    ctx.body = csvStream(source, {
      maxBytes: datasette.settings.max_csv_mb ? datasette.settings.max_csv_mb * 1024 * 1024 : Infinity,
      header: req.args.get("_header") !== "off"
    });
    return;
  }
  if (format) {
    const renderer2 = (await datasette.callHook("registerOutputRenderer", datasette)).flat().find((r) => r.extension === format);
    if (!renderer2 || !result.rows) throw new HttpError(404, `Invalid format: ${format}`);
    const data = await result.rows();
    const out = await renderer2.render({ datasette, ...data, request: ctx });
    ctx.status = out.status ?? 200;
    if (out.headers) ctx.set(out.headers);
    ctx.type = out.contentType ?? renderer2.contentType ?? "text/plain; charset=utf-8";
    ctx.body = out.body;
    return;
  }
  if (!result.html) throw new HttpError(404, "Not found");
  const { templates, context } = await result.html();
  const alternate = result.alternateJson ? absolute(ctx, result.alternateJson) : null;
  const page = await renderHtml({
    datasette,
    ctx,
    actor: req.actor,
    viewName,
    templates,
    context,
    alternateUrlJson: alternate,
    urlVars: req.params
  });
  if (alternate) ctx.append("Link", `<${alternate}>; rel="alternate"; type="application/json+datasette"`);
  ctx.type = "text/html; charset=utf-8";
  ctx.body = page.body;
  applyRenderEffects(ctx, page);
}
function attachment(filename) {
  const plain2 = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  if (plain2 === filename) return `attachment; filename="${filename}"`;
  const exact = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
  return `attachment; filename="${plain2}"; filename*=UTF-8''${exact}`;
}
function jsonBody(value) {
  return needsConversion(value, 0) ? toJson(value) : JSON.stringify(value);
}
function needsConversion(value, depth) {
  switch (typeof value) {
    case "number":
      return !Number.isFinite(value);
    case "bigint":
      return true;
    case "object": {
      if (value === null) return false;
      if (depth > 8) return true;
      if (Array.isArray(value)) {
        for (const item of value) if (needsConversion(item, depth + 1)) return true;
        return false;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return true;
      for (const key in value)
        if (needsConversion(value[key], depth + 1)) return true;
      return false;
    }
    default:
      return false;
  }
}
function absolute(ctx, url) {
  return url.startsWith("/") ? `${ctx.protocol}://${ctx.host}${url}` : url;
}

// src/server/error-page.ts
async function handleError(datasette, ctx, error) {
  const http2 = toHttpError(error);
  if (http2.status === 404 && ctx.path.includes("%")) {
    const tilde = ctx.path.replaceAll("~", "~7E").replaceAll("%", "~").replaceAll(".", "~2E");
    ctx.body = "";
    ctx.status = 302;
    ctx.set("Location", tilde + (ctx.querystring ? `?${ctx.querystring}` : ""));
    return;
  }
  if (http2.status >= 500) console.error("%s %s failed:", ctx.method, urlForLog(ctx.url), error);
  ctx.status = http2.status;
  if (http2.options.headers) ctx.set(http2.options.headers);
  const body = { ok: false, error: http2.errors.join("; "), errors: http2.errors, status: http2.status };
  if (ctx.path.endsWith(".json") || wantsJson(ctx)) {
    ctx.type = "application/json; charset=utf-8";
    ctx.body = toJson(body);
    return;
  }
  try {
    const page = await renderHtml({
      datasette,
      ctx,
      actor: ctx.state.actor ?? null,
      viewName: "error",
      templates: [`${http2.status}.html`, "error.html"],
      context: { ...body, title: http2.options.title ?? null }
    });
    ctx.type = "text/html; charset=utf-8";
    ctx.body = page.body;
  } catch (renderError) {
    console.error("The error page itself failed to render:", renderError);
    ctx.type = "text/plain; charset=utf-8";
    ctx.body = `Error ${http2.status}: ${http2.message}`;
  }
}
function toHttpError(error) {
  if (error instanceof HttpError) return error;
  if (error instanceof QueryTimeoutError)
    return new HttpError(400, error.message, { title: "SQL Interrupted", cause: error });
  if (error instanceof SqlError)
    return new HttpError(400, error.message, { title: "Invalid SQL", cause: error });
  const status = error?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new HttpError(status, error.message || "Bad request", { cause: error });
  }
  return new HttpError(500, "Internal Server Error", { cause: error });
}
function wantsJson(ctx) {
  if (ctx.state.answerJson === true) return true;
  return ctx.method === "POST" && /\/-\/[a-z-]+$/.test(ctx.path) && !ctx.is("application/x-www-form-urlencoded");
}
var SECRET_PARAM = /token|secret|password|passwd|auth|key|signature|session|csrf/i;
function urlForLog(url) {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const kept = url.slice(q + 1).split("&").map((pair) => {
    const eq = pair.indexOf("=");
    if (eq < 0) return pair;
    let name;
    try {
      name = decodeURIComponent(pair.slice(0, eq).replace(/\+/g, " "));
    } catch {
      name = pair.slice(0, eq);
    }
    return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=***` : pair;
  });
  return `${url.slice(0, q)}?${kept.join("&")}`;
}

// src/server/actor.ts
async function resolveActor(datasette, ctx) {
  let results;
  try {
    results = await datasette.callHook("actorFromRequest", ctx, datasette);
  } catch (error) {
    const cause = error instanceof TokenInvalid ? error : error.cause;
    if (!(cause instanceof TokenInvalid)) throw error;
    ctx.state.answerJson = true;
    throw new HttpError(401, cause.message, {
      headers: { "www-authenticate": 'Bearer error="invalid_token"' },
      cause
    });
  }
  for (const actor of results) {
    if (actor) return actor;
  }
  return null;
}

// src/templates/pages.ts
import { readdir as readdir2 } from "node:fs/promises";
import path7 from "node:path";
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function compile(urlPath) {
  if (!/\{\w+\}/.test(urlPath)) return null;
  let source = "";
  let last = 0;
  for (const m of urlPath.matchAll(/\{(\w+)\}/g)) {
    source += escapeRegExp(urlPath.slice(last, m.index)) + `(?<${m[1]}>[^/]+)`;
    last = m.index + m[0].length;
  }
  return new RegExp(`^${source}${escapeRegExp(urlPath.slice(last))}$`);
}
async function listHtml(dir, rel = "") {
  let entries;
  try {
    entries = await readdir2(path7.join(dir, rel), { withFileTypes: true });
  } catch (err) {
    if (err.code === "ENOENT") return [];
    throw err;
  }
  const out = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...await listHtml(dir, child));
    else if (e.isFile() && e.name.endsWith(".html")) out.push(child);
  }
  return out;
}
async function scanPages(pagesDir) {
  const routes = (await listHtml(pagesDir)).map((file) => {
    let urlPath = "/" + file.slice(0, -".html".length);
    if (urlPath === "/index") urlPath = "/";
    else if (urlPath.endsWith("/index")) urlPath = urlPath.slice(0, -"/index".length);
    return { template: `pages/${file}`, path: urlPath, pattern: compile(urlPath) };
  });
  const literal = (r) => r.path.replace(/\{\w+\}/g, "").length;
  return routes.sort(
    (a, b) => Number(a.pattern !== null) - Number(b.pattern !== null) || literal(b) - literal(a)
  );
}
function matchPage(routes, urlPath) {
  if (!urlPath.startsWith("/") || urlPath.includes("\\") || urlPath.includes("\0")) return null;
  const segments = urlPath.split("/").slice(1);
  for (const seg of segments) {
    let decoded;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      return null;
    }
    if (seg === "." || seg === ".." || decoded === "." || decoded === ".." || decoded.includes("/"))
      return null;
  }
  for (const route of routes) {
    if (route.pattern === null) {
      if (route.path === urlPath) return { template: route.template, params: {} };
      continue;
    }
    const m = route.pattern.exec(urlPath);
    if (m) return { template: route.template, params: { ...m.groups } };
  }
  return null;
}

// src/server/views/page.ts
var routesByServer = /* @__PURE__ */ new WeakMap();
async function customPage(datasette, ctx, routePath) {
  const pagesDir = datasette.config.pagesDir;
  if (!pagesDir || ctx.method !== "GET" && ctx.method !== "HEAD") return false;
  const routes = routesByServer.get(datasette) ?? scanPages(pagesDir);
  routesByServer.set(datasette, routes);
  const match = matchPage(await routes, routePath);
  if (!match) return false;
  const page = await renderHtml({
    datasette,
    ctx,
    actor: ctx.state.actor ?? null,
    viewName: "page",
    templates: [match.template],
    context: { ...match.params },
    urlVars: match.params
  });
  ctx.status = 200;
  ctx.type = "text/html; charset=utf-8";
  ctx.body = page.body;
  applyRenderEffects(ctx, page);
  return true;
}

// src/server/cors.ts
function corsHeaders() {
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers": "Authorization, Content-Type",
    "Access-Control-Expose-Headers": "Link",
    "Access-Control-Allow-Methods": "GET, POST, HEAD, OPTIONS",
    "Access-Control-Max-Age": "3600"
  };
}

// src/server/redirect-location.ts
function onSiteLocation(location) {
  const seen = location.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  if (!/^[/\\]/.test(seen)) return location;
  return seen.replace(/^[/\\]+/, "/");
}

// src/server/host-header.ts
function isValidHostHeader(host) {
  if (host === "" || host === lastValid) return true;
  if (!parsesAsHost(host)) return false;
  lastValid = host;
  return true;
}
var lastValid = "";
function parsesAsHost(host) {
  const m = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~!$&'()*+;=%-]+)(?::(\d{1,5}))?$/.exec(host);
  if (!m || m[1] !== void 0 && Number(m[1]) > 65535) return false;
  try {
    return new URL(`http://${host}/`).pathname === "/";
  } catch {
    return false;
  }
}

// src/server/app.ts
function createApp(datasette, routes, pluginRoutes2) {
  const app = new koa_default();
  app.proxy = false;
  app.silent = true;
  const baseUrl = datasette.settings.base_url;
  app.use(async (ctx, next) => {
    try {
      if (!isValidHostHeader(ctx.get("host"))) throw new HttpError(400, "Bad Request: malformed Host header");
      await next();
    } catch (error) {
      await handleError(datasette, ctx, error);
    }
    const location = ctx.response.get("Location");
    if (location) ctx.set("Location", onSiteLocation(location));
  });
  if (datasette.config.cors) {
    app.use(async (ctx, next) => {
      ctx.set(corsHeaders());
      if (ctx.method === "OPTIONS") {
        ctx.status = 200;
        ctx.body = "ok";
        return;
      }
      await next();
    });
  }
  app.use(crossOriginProtection(datasette));
  app.use(async (ctx, next) => {
    if (!ctx.path.startsWith(baseUrl) && ctx.path + "/" !== baseUrl) throw new HttpError(404, "Not found");
    ctx.state.routePath = "/" + ctx.path.slice(baseUrl.length);
    ctx.state.actor = await resolveActor(datasette, ctx);
    await next();
  });
  app.use(async (ctx, next) => {
    const path9 = ctx.state.routePath;
    if (await serveStatic(datasette, ctx, path9)) return;
    for (const route of pluginRoutes2) {
      const match = route.pattern.exec(path9);
      if (!match || route.methods && !route.methods.includes(ctx.method)) continue;
      await route.handler({ datasette, ctx, params: { ...match.groups ?? {} } });
      return;
    }
    for (const route of routes) {
      const match = route.pattern.exec(path9);
      if (!match) continue;
      const methods = route.methods ?? ["GET", "HEAD"];
      if (!methods.includes(ctx.method)) throw new HttpError(405, `Method not allowed: ${ctx.method}`);
      const params = decodeParams(match.groups ?? {});
      const req = {
        datasette,
        ctx,
        params,
        format: match.groups?.format ?? route.format ?? null,
        args: requestArgs(ctx),
        actor: ctx.state.actor ?? null
      };
      try {
        await respond(req, await route.view(req), route.name);
        return;
      } catch (error) {
        if (!(error instanceof HttpError && error.status === 404)) throw error;
        if (await customPage(datasette, ctx, path9)) return;
        throw error;
      }
    }
    if (await customPage(datasette, ctx, path9)) return;
    await next();
  });
  app.use(async (ctx) => {
    const path9 = ctx.state.routePath;
    if (path9.length > 1 && path9.endsWith("/")) {
      ctx.status = 302;
      ctx.set("Location", ctx.path.replace(/\/+$/, "") + (ctx.querystring ? `?${ctx.querystring}` : ""));
      return;
    }
    throw new HttpError(404, "Not found");
  });
  return app;
}
function decodeParams(groups) {
  const out = {};
  for (const [key, value] of Object.entries(groups)) {
    if (value === void 0) continue;
    out[key] = key === "pks" || key === "format" ? value : tildeDecode(value);
  }
  return out;
}

// src/server/views/index.ts
import { createHash as createHash3 } from "node:crypto";

// src/server/time-limits.ts
var DETERMINISTIC_TIME_LIMIT_MS = 6e5;
function ownTimeLimit(config, liveMs) {
  return config.deterministic ? DETERMINISTIC_TIME_LIMIT_MS : liveMs;
}

// src/server/page-slots.ts
function call(datasette, hook, page) {
  const callHook = datasette.callHook;
  return callHook.call(datasette, hook, page);
}
async function actionItems(datasette, hook, page) {
  const answers = await call(datasette, hook, page);
  return answers.flatMap((items) => Array.isArray(items) ? items : []);
}
async function topHtml(datasette, hook, page) {
  const answers = await call(datasette, hook, page);
  return markSafe(answers.filter((html) => html !== null && html !== void 0).join(""));
}

// src/server/views/index.ts
var UNSTABLE_API_MESSAGE = "This API is not part of Datasette's stable interface and may change at any time";
var TRUNCATE_AT = 5;
var indexView = async ({ datasette, actor, ctx }) => {
  if (!await datasette.permissionAllowed(actor, "view-instance", null))
    throw new HttpError(403, "view-instance");
  const databases = await Promise.all(
    [...datasette.databases.values()].filter((db) => db.name !== "_internal").map(async (db) => databaseSummary(datasette, db.name, actor))
  );
  const visible = databases.filter((d) => d !== null);
  const metadata = instanceMetadata(datasette);
  return {
    json: () => ({ ok: true, unstable: UNSTABLE_API_MESSAGE, databases: visible, metadata }),
    html: async () => {
      const [homepageActions, top] = await Promise.all([
        actionItems(datasette, "homepageActions", { datasette, actor, request: ctx }),
        topHtml(datasette, "topHomepage", { datasette, request: ctx })
      ]);
      return {
        templates: ["index.html"],
        context: {
          databases: visible,
          metadata,
          private: false,
          homepage_actions: homepageActions,
          top_homepage: () => top,
          noindex: false
        }
      };
    },
    alternateJson: datasette.urls.instance("json")
  };
};
async function databaseSummary(datasette, name, actor) {
  if (!await datasette.permissionAllowed(actor, "view-database", name)) return null;
  const db = datasette.getDatabase(name);
  const schema = await db.schema();
  const counts = /* @__PURE__ */ new Map();
  const limit = ownTimeLimit(datasette.config, 10);
  await Promise.all(schema.tables.map(async (t) => counts.set(t.name, await db.tableCount(t.name, limit))));
  const showCounts = [...counts.values()].every((c) => c !== null);
  const tables = [];
  for (const t of schema.tables) {
    if (!await datasette.permissionAllowed(actor, "view-table", [name, t.name])) continue;
    tables.push({
      name: t.name,
      columns: t.columns.filter((c) => !c.hidden).map((c) => c.name),
      primary_keys: t.primaryKeys,
      count: showCounts ? counts.get(t.name) ?? null : null,
      hidden: t.hidden || Boolean(datasette.metadata.databases?.[name]?.tables?.[t.name]?.hidden),
      fts_table: t.ftsTable,
      num_relationships_for_sorting: showCounts ? 0 : t.foreignKeys.incoming.length + t.foreignKeys.outgoing.length,
      private: false
    });
  }
  const views = schema.views.map((v) => ({ name: v.name, private: false }));
  const hidden = tables.filter((t) => t.hidden);
  const visible = tables.filter((t) => !t.hidden);
  const truncated = [...visible].sort(
    (a, b) => b.num_relationships_for_sorting - a.num_relationships_for_sorting || (b.count ?? 0) - (a.count ?? 0) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)
  ).slice(0, TRUNCATE_AT);
  if (truncated.length < TRUNCATE_AT) truncated.push(...views.slice(0, TRUNCATE_AT - truncated.length));
  return {
    name,
    hash: null,
    color: databaseColor(name),
    path: datasette.urls.database(name),
    tables_and_views_truncated: truncated,
    tables_and_views_more: visible.length + views.length > TRUNCATE_AT,
    tables_count: visible.length,
    table_rows_sum: visible.reduce((sum, t) => sum + (t.count ?? 0), 0),
    show_table_row_counts: showCounts,
    hidden_table_rows_sum: hidden.reduce((sum, t) => sum + (t.count ?? 0), 0),
    hidden_tables_count: hidden.length,
    views_count: views.length,
    private: false
  };
}
var colors = /* @__PURE__ */ new Map();
function databaseColor(name) {
  let color = colors.get(name);
  if (color === void 0) {
    color = createHash3("md5").update(name, "utf8").digest("hex").slice(0, 6);
    if (colors.size >= 1e3) colors.clear();
    colors.set(name, color);
  }
  return color;
}
function instanceMetadata(datasette) {
  const { databases: _d, plugins: _p, ...rest } = datasette.metadata;
  return rest;
}

// src/server/canned-queries.ts
function cannedQueries(datasette, database) {
  const queries = datasette.metadata.databases?.[database]?.queries ?? {};
  return Object.entries(queries).map(([name, q]) => {
    const query = typeof q === "string" ? { sql: q } : q;
    return { ...query, name, database, parameters: query.params ?? namedParameters(query.sql) };
  });
}
function cannedQuery(datasette, database, name) {
  return cannedQueries(datasette, database).find((q) => q.name === name) ?? null;
}
function namedParameters(sql) {
  const stripped = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  const names2 = [];
  for (const m of stripped.matchAll(/(?<![:\w]):([a-zA-Z_]\w*)/g))
    if (!names2.includes(m[1])) names2.push(m[1]);
  return names2;
}
function storedQueryToDict(q) {
  return {
    database: q.database,
    name: q.name,
    sql: q.sql,
    title: q.title ?? null,
    description: q.description ?? null,
    description_html: q.description_html ?? null,
    hide_sql: q.hide_sql ?? false,
    fragment: q.fragment ?? null,
    parameters: q.parameters,
    is_write: q.write ?? false,
    is_private: false,
    is_trusted: true,
    source: "config",
    owner_id: null,
    on_success_message: q.on_success_message ?? null,
    on_success_message_sql: q.on_success_message_sql ?? null,
    on_success_redirect: q.on_success_redirect ?? null,
    on_error_message: q.on_error_message ?? null,
    on_error_redirect: q.on_error_redirect ?? null
  };
}

// src/server/views/database.ts
import { stat as stat3 } from "node:fs/promises";
var databaseView = async ({ datasette, params, format, args: args2, actor, ctx }) => {
  const db = datasette.getDatabase(params.database);
  const name = db.name;
  if (!await datasette.permissionAllowed(actor, "view-database", name)) {
    throw new HttpError(403, "You do not have permission to view this database");
  }
  const sql = (args2.get("sql") ?? "").trim();
  if (sql) {
    const target = `${datasette.urls.database(name)}/-/query${format ? "." + format : ""}?${ctx.querystring}`;
    return { redirect: target };
  }
  if (format && format !== "json" && format !== "csv") throw new HttpError(404, `Invalid format: ${format}`);
  const schema = await db.schema();
  const dbMeta = datasette.metadata.databases?.[name] ?? {};
  const tables = await Promise.all(
    schema.tables.map(async (t) => {
      const count = await db.tableCount(t.name, ownTimeLimit(datasette.config, 100));
      return {
        name: t.name,
        columns: t.columns.filter((c) => !c.hidden).map((c) => c.name),
        primary_keys: t.primaryKeys,
        count,
        // An immutable database's count is cut at the limit too: we have no `inspect` data to say more.
        count_truncated: count === COUNT_LIMIT + 1,
        hidden: t.hidden || Boolean(dbMeta.tables?.[t.name]?.hidden),
        fts_table: t.ftsTable,
        foreign_keys: t.foreignKeys,
        private: false
      };
    })
  );
  tables.sort(
    (a, b) => Number(a.hidden) - Number(b.hidden) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
  const views = schema.views.map((v) => ({ name: v.name, private: false }));
  const queries = cannedQueries(datasette, name).map(storedQueryToDict);
  const allowExecuteSql = await datasette.permissionAllowed(actor, "execute-sql", name);
  const tableColumns = {};
  if (allowExecuteSql) {
    for (const t of schema.tables) tableColumns[t.name] = t.columns.map((c) => c.name);
    for (const v of schema.views) tableColumns[v.name] = [];
  }
  const size = db.path ? (await stat3(db.path).catch(() => null))?.size ?? 0 : 0;
  const { tables: _t, queries: _q, ...metadata } = dbMeta;
  const data = {
    ok: true,
    database: name,
    private: false,
    path: datasette.urls.database(name),
    size,
    tables,
    hidden_count: tables.filter((t) => t.hidden).length,
    views,
    queries,
    queries_more: false,
    queries_count: queries.length,
    allow_execute_sql: allowExecuteSql,
    table_columns: tableColumns,
    metadata
  };
  return {
    json: () => data,
    html: async () => {
      const [databaseActions, top] = await Promise.all([
        actionItems(datasette, "databaseActions", { datasette, actor, database: name, request: ctx }),
        topHtml(datasette, "topDatabase", { datasette, request: ctx, database: name })
      ]);
      return {
        templates: [`database-${toCssClass(name)}.html`, "database.html"],
        // Over the JSON's keys without copying them (see layeredVariables).
        context: layeredVariables(
          {
            database_color: databaseColor(name),
            attached_databases: [],
            show_hidden: args2.get("_show_hidden") ?? "",
            editable: false,
            count_limit: 100,
            allow_download: false,
            database_page_data: {},
            database_actions: () => databaseActions,
            top_database: () => top
          },
          data
        )
      };
    },
    alternateJson: datasette.urls.database(name, "json")
  };
};

// src/server/views/special.ts
import Database from "better-sqlite3";

// src/plugins/describe.ts
function describePlugins(plugins, all = false) {
  return plugins.filter((p) => all || !p.builtIn).map((p) => ({
    name: p.name,
    static: Boolean(p.staticDir),
    templates: false,
    version: p.version ?? null,
    hooks: HOOK_NAMES.filter((hook) => typeof p[hook] === "function").map(snakeCase).sort()
  })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function snakeCase(hook) {
  return hook.replace(/[A-Z]|(?<![0-9])[0-9]+/g, (c) => `_${c.toLowerCase()}`).replace("jinja_2", "jinja2");
}

// src/server/views/special.ts
function jsonDataView(filename, data) {
  return async (req) => {
    const value = await data(req);
    return {
      json: () => value && typeof value === "object" && !Array.isArray(value) ? { ok: true, ...value } : value,
      html: async () => ({
        templates: ["show_json.html"],
        context: { filename, data: value, data_json: toJson(value, 2) }
      })
    };
  };
}
function jsonDataViews() {
  const route = (name, data) => ({
    name,
    pattern: new RegExp(`^/-/${name}(?:\\.(?<format>json))?$`),
    view: jsonDataView(`${name}.json`, data)
  });
  return [
    route("versions", () => versions()),
    route("plugins", ({ datasette, args: args2 }) => describePlugins(datasette.plugins, args2.has("all"))),
    route("settings", ({ datasette }) => ({ ...datasette.settings })),
    route("config", ({ datasette }) => ({ settings: { ...datasette.settings } })),
    route("databases", ({ datasette }) => ({ databases: connectedDatabases(datasette) })),
    route("metadata", ({ datasette }) => ({
      ...instanceMetadata(datasette),
      databases: datasette.metadata.databases ?? {}
    })),
    route("actor", ({ actor }) => ({ actor }))
  ];
}
var cachedVersions = null;
function versions() {
  if (cachedVersions) return cachedVersions;
  const conn = new Database(":memory:");
  const ftsVersions = ["FTS5", "FTS4", "FTS3"].filter((fts) => {
    try {
      conn.exec(`create virtual table v${fts} using ${fts} (data)`);
      return true;
    } catch {
      return false;
    }
  });
  let json1 = true;
  try {
    conn.prepare("select json('{}')").get();
  } catch {
    json1 = false;
  }
  cachedVersions = {
    node: { version: process.versions.node, full: process.version },
    datasette: { version: DATASETTE_COMPAT_VERSION, note: `datasette-export ${VERSION}` },
    "datasette-export": { version: VERSION },
    sqlite: {
      version: conn.prepare("select sqlite_version() as v").get().v,
      fts_versions: ftsVersions,
      extensions: { json1 },
      compile_options: conn.prepare("pragma compile_options").all().map(
        (r) => r.compile_options
      )
    }
  };
  conn.close();
  return cachedVersions;
}
function connectedDatabases(datasette) {
  return [...datasette.databases.values()].map((d) => ({
    name: d.name,
    route: d.route,
    path: d.path,
    size: 0,
    is_mutable: !d.immutable,
    is_memory: d.isMemory,
    hash: null
  }));
}

// src/server/table/origin.ts
var DETERMINISTIC_ORIGIN = "http://localhost";
function requestOrigin(ctx, datasette) {
  if (datasette.config.deterministic) return DETERMINISTIC_ORIGIN;
  const origin2 = `${ctx.protocol}://${ctx.host}`;
  return datasette.settings.force_https_urls ? origin2.replace(/^http:/, "https:") : origin2;
}

// src/server/table/resolve.ts
function resolveDatabase(datasette, name) {
  const db = datasette.databases.get(name);
  if (!db) throw new HttpError(404, "Database not found");
  return db;
}
async function findTable(datasette, database, table) {
  const db = resolveDatabase(datasette, database);
  const schema = await db.schema();
  const info = schema.tables.find((t) => t.name === table) ?? null;
  const view = info ? null : schema.views.find((v) => v.name === table) ?? null;
  if (!info && !view) return null;
  return {
    db,
    database: db.name,
    table,
    schema,
    info,
    isView: !info,
    tableColumns: info ? info.columns.map((c) => c.name) : view.columns,
    pks: info?.primaryKeys ?? [],
    metadata: datasette.metadata.databases?.[db.name]?.tables?.[table] ?? {},
    viewSql: view?.sql ?? null
  };
}
function tableMetadataExtra(metadata) {
  const out = {};
  for (const key of SOURCE_KEYS) if (key in metadata) out[key] = metadata[key];
  out.columns = { ...metadata.columns ?? {} };
  return out;
}
function schemaDefinition(db, name, type) {
  return db.remember(JSON.stringify(["definition", name, type]), async () => {
    const { rows } = await db.execute("select sql from sqlite_master where name = :n and type = :t", {
      params: { n: name, t: type }
    });
    if (!rows.length) return { value: null, keep: true };
    const indexes = await db.execute(
      "select sql from sqlite_master where tbl_name = :n and type = 'index' and sql is not null",
      { params: { n: name } }
    );
    const statements2 = [rows[0][0], ...indexes.rows.map((r) => r[0])].map((sql) => `${String(sql)};`);
    return { value: statements2.join("\n"), keep: true };
  });
}

// src/server/table/filters.ts
var isDigits = (v) => /^[0-9]+$/.test(v);
function splitInValue(value) {
  if (value.startsWith("[")) {
    let parsed;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new HttpError(400, `Invalid JSON list for __in or __notin: ${value}`);
    }
    return Array.isArray(parsed) ? parsed : [parsed];
  }
  return value.split(",").map((v) => v.trim());
}
var FILTERS = [
  {
    key: "exact",
    display: "=",
    sql: (c, p) => `"${c}" = :${p}`,
    human: (c, v) => isDigits(v) ? `${c} = ${v}` : `${c} = "${v}"`
  },
  {
    key: "not",
    display: "!=",
    sql: (c, p) => `"${c}" != :${p}`,
    human: (c, v) => isDigits(v) ? `${c} != ${v}` : `${c} != "${v}"`
  },
  {
    key: "contains",
    display: "contains",
    sql: (c, p) => `"${c}" like :${p}`,
    human: (c, v) => `${c} contains "${v}"`,
    format: (v) => `%${v}%`
  },
  {
    key: "notcontains",
    display: "does not contain",
    sql: (c, p) => `"${c}" not like :${p}`,
    human: (c, v) => `${c} does not contain "${v}"`,
    format: (v) => `%${v}%`
  },
  {
    key: "endswith",
    display: "ends with",
    sql: (c, p) => `"${c}" like :${p}`,
    human: (c, v) => `${c} ends with "${v}"`,
    format: (v) => `%${v}`
  },
  {
    key: "startswith",
    display: "starts with",
    sql: (c, p) => `"${c}" like :${p}`,
    human: (c, v) => `${c} starts with "${v}"`,
    format: (v) => `${v}%`
  },
  { key: "gt", display: ">", sql: (c, p) => `"${c}" > :${p}`, human: (c, v) => `${c} > ${v}`, numeric: true },
  {
    key: "gte",
    display: "\u2265",
    sql: (c, p) => `"${c}" >= :${p}`,
    human: (c, v) => `${c} \u2265 ${v}`,
    numeric: true
  },
  { key: "lt", display: "<", sql: (c, p) => `"${c}" < :${p}`, human: (c, v) => `${c} < ${v}`, numeric: true },
  {
    key: "lte",
    display: "\u2264",
    sql: (c, p) => `"${c}" <= :${p}`,
    human: (c, v) => `${c} \u2264 ${v}`,
    numeric: true
  },
  { key: "like", display: "like", sql: (c, p) => `"${c}" like :${p}`, human: (c, v) => `${c} like "${v}"` },
  {
    key: "notlike",
    display: "not like",
    sql: (c, p) => `"${c}" not like :${p}`,
    human: (c, v) => `${c} not like "${v}"`
  },
  { key: "glob", display: "glob", sql: (c, p) => `"${c}" glob :${p}`, human: (c, v) => `${c} glob "${v}"` },
  { key: "in", display: "in", sql: () => "", human: (c, v) => `${c} in ${pyJsonDumps(splitInValue(v))}` },
  {
    key: "notin",
    display: "not in",
    sql: () => "",
    human: (c, v) => `${c} not in ${pyJsonDumps(splitInValue(v))}`
  },
  {
    key: "arraycontains",
    display: "array contains",
    sql: (c, p, t) => `:${p} in (select value from json_each([${t}].[${c}]))`,
    human: (c, v) => `${c} contains "${v}"`
  },
  {
    key: "arraynotcontains",
    display: "array does not contain",
    sql: (c, p, t) => `:${p} not in (select value from json_each([${t}].[${c}]))`,
    human: (c, v) => `${c} does not contain "${v}"`
  },
  {
    key: "date",
    display: "date",
    sql: (c, p) => `date("${c}") = :${p}`,
    human: (c, v) => `"${c}" is on date ${v}`
  },
  {
    key: "isnull",
    display: "is null",
    noArgument: true,
    sql: (c) => `"${c}" is null`,
    human: (c) => `${c} is null`
  },
  {
    key: "notnull",
    display: "is not null",
    noArgument: true,
    sql: (c) => `"${c}" is not null`,
    human: (c) => `${c} is not null`
  },
  {
    key: "isblank",
    display: "is blank",
    noArgument: true,
    sql: (c) => `("${c}" is null or "${c}" = "")`,
    human: (c) => `${c} is blank`
  },
  {
    key: "notblank",
    display: "is not blank",
    noArgument: true,
    sql: (c) => `("${c}" is not null and "${c}" != "")`,
    human: (c) => `${c} is not blank`
  }
];
var BY_KEY = new Map(FILTERS.map((f) => [f.key, f]));
function pyJsonDumps(value) {
  if (Array.isArray(value)) return `[${value.map(pyJsonDumps).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${pyJsonDumps(k)}: ${pyJsonDumps(v)}`).join(", ")}}`;
  }
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")
  );
}
var Filters = class {
  /** `pairs` are the non-special query-string pairs, sorted as Datasette sorts them. */
  constructor(pairs) {
    this.pairs = pairs;
  }
  pairs;
  /** (lookup, display, noArgument) for the filter form. */
  lookups() {
    return FILTERS.map((f) => [f.key, f.display, Boolean(f.noArgument)]);
  }
  selections() {
    return this.pairs.map(([key, value]) => {
      const i = key.lastIndexOf("__");
      return i >= 0 ? [key.slice(0, i), key.slice(i + 2), value] : [key, "exact", value];
    });
  }
  hasSelections() {
    return this.pairs.length > 0;
  }
  humanDescriptionEn(extra = []) {
    const bits = [...extra];
    for (const [column, lookup, value] of this.selections()) {
      const filter = BY_KEY.get(lookup);
      if (filter) bits.push(filter.noArgument ? filter.human(column, "") : filter.human(column, value));
    }
    const andBits = [];
    if (bits.length > 1) andBits.push(bits.slice(0, -1).join(", "));
    if (bits.length) andBits.push(bits[bits.length - 1]);
    const s = andBits.join(" and ");
    return s ? `where ${s}` : "";
  }
  /** Where clauses and their `pN` parameters; unknown lookups are ignored, as in Datasette. */
  buildWhereClauses(table) {
    const clauses = [];
    const params = {};
    let i = 0;
    for (const [column, lookup, value] of this.selections()) {
      const filter = BY_KEY.get(lookup);
      if (!filter) continue;
      if (lookup === "in" || lookup === "notin") {
        const values = splitInValue(value);
        const names2 = values.map((_, j) => `:p${i + j}`);
        clauses.push(`${escapeSqlite(column)} ${lookup === "in" ? "in" : "not in"} (${names2.join(", ")})`);
        for (const v of values) params[`p${i++}`] = v;
        continue;
      }
      if (filter.noArgument) {
        clauses.push(filter.sql(column, "", table));
        continue;
      }
      let converted = filter.format ? filter.format(value) : value;
      if (filter.numeric && isDigits(converted)) converted = parseInt(converted, 10);
      clauses.push(filter.sql(column, `p${i}`, table));
      params[`p${i++}`] = converted;
    }
    return { clauses, params };
  }
};

// src/server/table/table-query.ts
function columnsToSelect(tableColumns, pks, args2) {
  let columns = [...tableColumns];
  if (args2.has("_col")) {
    columns = [...pks];
    const cols = args2.getAll("_col");
    const bad = cols.filter((c) => !tableColumns.includes(c));
    if (bad.length) throw new HttpError(400, `_col=${bad.join(", ")} - invalid columns`);
    for (const c of cols) if (!columns.includes(c)) columns.push(c);
  }
  if (args2.has("_nocol")) {
    const nocols = args2.getAll("_nocol");
    const bad = nocols.filter((c) => !tableColumns.includes(c) || pks.includes(c));
    if (bad.length) throw new HttpError(400, `_nocol=${bad.join(", ")} - invalid columns`);
    columns = columns.filter((c) => !nocols.includes(c));
  }
  return columns;
}
function compoundKeysAfterSql(pks, start) {
  const ors = [];
  for (let n = pks.length; n > 0; n--) {
    const rest = pks.slice(0, n - 1);
    const ands = rest.map((pk, i) => `${escapeSqlite(pk)} = :p${i + start}`);
    ands.push(`${escapeSqlite(pks[n - 1])} > :p${rest.length + start}`);
    ors.push(`(${ands.join(" and ")})`);
  }
  ors.reverse();
  return `(${ors.join("\n  or\n")})`;
}
function buildTableQuery(req) {
  const { datasette, table, isView, pks, tableColumns, args: args2, metadata } = req;
  const settings = datasette.settings;
  const specifiedColumns = columnsToSelect(tableColumns, pks, args2);
  let selectSpecified = specifiedColumns.map(escapeSqlite).join(", ");
  let selectAll = tableColumns.map(escapeSqlite).join(", ");
  const useRowid = !pks.length && !isView;
  if (useRowid) {
    selectSpecified = `rowid, ${selectSpecified}`;
    selectAll = `rowid, ${selectAll}`;
  }
  const orderByPks = useRowid ? "rowid" : pks.map(escapeSqlite).join(", ");
  let orderBy = isView ? "" : orderByPks;
  const filterArgs = [];
  for (const key of new Set(args2.keys())) {
    if (key.startsWith("_") && !key.includes("__")) continue;
    for (const v of args2.getAll(key)) filterArgs.push([key, v]);
  }
  filterArgs.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  const filters = new Filters(filterArgs);
  const built = filters.buildWhereClauses(table);
  const whereClauses = built.clauses;
  const params = built.params;
  const humanExtras = [];
  const extraWheresForUi = [];
  if (args2.has("_where")) {
    for (const text of args2.getAll("_where")) {
      whereClauses.push(text);
      extraWheresForUi.push({ text, remove: text });
    }
  }
  for (const through of args2.getAll("_through")) {
    const { clause, param, value, human } = throughClause(req, through);
    whereClauses.push(clause);
    params[param] = value;
    humanExtras.push(human);
  }
  const search = searchClauses(req);
  whereClauses.push(...search.clauses);
  Object.assign(params, search.params);
  humanExtras.push(...search.human);
  const sortableColumns = new Set(metadata.sortable_columns ?? tableColumns);
  if (useRowid) sortableColumns.add("rowid");
  let sort = args2.get("_sort") || null;
  let sortDesc = args2.get("_sort_desc") || null;
  if (!sort && !sortDesc) {
    sort = metadata.sort ?? null;
    sortDesc = metadata.sort_desc ?? null;
  }
  if (sort && sortDesc) throw new HttpError(400, "Cannot use _sort and _sort_desc at the same time");
  if (sort) {
    if (!sortableColumns.has(sort)) throw new HttpError(400, `Cannot sort table by ${sort}`);
    orderBy = escapeSqlite(sort);
  }
  if (sortDesc) {
    if (!sortableColumns.has(sortDesc)) throw new HttpError(400, `Cannot sort table by ${sortDesc}`);
    orderBy = `${escapeSqlite(sortDesc)} desc`;
  }
  const fromSql = `from ${escapeSqlite(table)} ${whereClauses.length ? `where ${whereClauses.join(" and ")} ` : ""}`;
  const fromSqlParams = { ...params };
  const countSql = `select count(*) ${fromSql}`;
  const next = req.next !== void 0 ? req.next : args2.get("_next");
  let offset = "";
  if (next) {
    if (isView) {
      offset = ` offset ${pyInt(next, "_next")}`;
    } else {
      let components = next.split(",").map(tildeDecode);
      let sortValue = null;
      if ((sort || sortDesc) && components.length > 1) {
        sortValue = components[0];
        if (next.split(",")[0] === "$null") sortValue = null;
        components = components.slice(1);
      }
      const byPk = [];
      if (useRowid) {
        byPk.push(`rowid > :p${Object.keys(params).length}`);
        params[`p${Object.keys(params).length}`] = components[0];
      } else if (components.length === pks.length) {
        const start = Object.keys(params).length;
        byPk.push(compoundKeysAfterSql(pks, start));
        components.forEach((v, i) => params[`p${start + i}`] = v);
      }
      if (sort || sortDesc) {
        const column = escapeSqlite(sort || sortDesc);
        if (sortValue === null) {
          whereClauses.push(
            sortDesc ? `(${column} is null and ${byPk.join(" and ")})` : `(${column} is not null or (${column} is null and ${byPk.join(" and ")}))`
          );
        } else {
          const p = Object.keys(params).length;
          const descNull = sort ? "" : ` or ${column} is null`;
          whereClauses.push(
            `(${column} ${sort ? ">" : "<"} :p${p}${descNull} or (${column} = :p${p} and ${byPk.join(" and ")}))`
          );
          params[`p${p}`] = sortValue;
        }
        orderBy = `${orderBy}, ${orderByPks}`;
      } else {
        whereClauses.push(...byPk);
      }
    }
  }
  const where = whereClauses.length ? `where ${whereClauses.join(" and ")} ` : "";
  const order = orderBy ? `order by ${orderBy}` : "";
  const sizeArg = (req.size !== void 0 ? req.size : args2.get("_size")) || metadata.size;
  let pageSize = settings.default_page_size;
  const explicitPageSize = Boolean(sizeArg);
  if (sizeArg) {
    const raw = sizeArg === "max" ? settings.max_returned_rows : sizeArg;
    const n = typeof raw === "number" ? raw : /^\s*\+?\d+\s*$/.test(raw) ? parseInt(raw, 10) : NaN;
    if (!Number.isInteger(n) || n < 0) throw new HttpError(400, "_size must be a positive integer");
    if (n > settings.max_returned_rows)
      throw new HttpError(400, `_size must be <= ${settings.max_returned_rows}`);
    pageSize = n;
  }
  const sqlNoOrderNoLimit = `select ${selectAll} from ${escapeSqlite(table)} ${where}`;
  const sql = `select ${selectSpecified} from ${escapeSqlite(table)} ${where}${order} limit ${pageSize + 1}${offset}`;
  const timelimit = args2.get("_timelimit");
  return {
    sql,
    params,
    countSql,
    fromSql,
    fromSqlParams,
    sqlNoOrderNoLimit,
    filters,
    humanExtras,
    sort,
    sortDesc,
    sortableColumns,
    pageSize,
    explicitPageSize,
    useRowid,
    specifiedColumns,
    timeLimitMs: timelimit ? pyInt(timelimit, "_timelimit") : null,
    supportsSearch: search.supportsSearch,
    search: search.search,
    extraWheresForUi
  };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function pyInt(value, name) {
  if (!/^\s*[+-]?\d+\s*$/.test(value)) throw new HttpError(400, `${name} must be an integer`);
  return parseInt(value, 10);
}
function throughClause(req, through) {
  let data;
  try {
    data = JSON.parse(through);
  } catch {
    throw new HttpError(400, "Invalid _through - could not parse JSON");
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new HttpError(400, "Invalid _through - must be a JSON object with table, column and value");
  const throughTable = String(data.table);
  const info = req.schema.tables.find((t) => t.name === throughTable);
  const fk = info?.foreignKeys.outgoing.find((f) => f.other_table === req.table);
  if (!fk) throw new HttpError(400, "Invalid _through - could not find corresponding foreign key");
  const param = "p0";
  return {
    clause: `${escapeSqlite(fk.other_column)} in (select ${escapeSqlite(fk.column)} from ${escapeSqlite(throughTable)} where ${escapeSqlite(String(data.column))} = :${param})`,
    param,
    value: data.value,
    human: `${throughTable}.${String(data.column)} = "${String(data.value)}"`
  };
}
function searchClauses(req) {
  const { args: args2, metadata, schema } = req;
  const clauses = [];
  const params = {};
  const human = [];
  const ftsTable = args2.get("_fts_table") || metadata.fts_table || req.info?.ftsTable || null;
  const ftsPk = args2.get("_fts_pk") ?? metadata.fts_pk ?? "rowid";
  const searchArgs = /* @__PURE__ */ new Map();
  for (const key of args2.keys())
    if (key.startsWith("_search") && key !== "_searchmode") searchArgs.set(key, args2.get(key));
  let raw = metadata.searchmode === "raw";
  if (args2.get("_searchmode") === "escaped") raw = false;
  if (args2.get("_searchmode") === "raw") raw = true;
  let search = null;
  if (ftsTable && searchArgs.size) {
    if (searchArgs.has("_search")) {
      search = searchArgs.get("_search");
      clauses.push(
        `${escapeSqlite(ftsPk)} in (select rowid from ${escapeSqlite(ftsTable)} where ${escapeSqlite(ftsTable)} match ${raw ? ":search" : "escape_fts(:search)"})`
      );
      human.push(`search matches "${search}"`);
      params.search = search;
    } else {
      const ftsColumns = schema.tables.find((t) => t.name === ftsTable)?.columns.map((c) => c.name) ?? [];
      [...searchArgs].forEach(([key, text], i) => {
        const column = key.split("_search_").slice(1).join("_search_");
        if (!ftsColumns.includes(column)) throw new HttpError(400, "Cannot search by that column");
        const p = `search_${i}`;
        clauses.push(
          `rowid in (select rowid from ${escapeSqlite(ftsTable)} where ${escapeSqlite(column)} match ${raw ? `:${p}` : `escape_fts(:${p})`})`
        );
        human.push(`search column "${column}" matches "${text}"`);
        params[p] = text;
        search = text;
      });
    }
  }
  return { clauses, params, human, supportsSearch: Boolean(ftsTable), search };
}

// src/server/table/run-sql.ts
var DOUBLE_QUOTED_LITERALS = [
  [/(!?=) ""/g, "$1 ''"],
  [/ glob "\?\?\?\?-\?\?-\*"/g, " glob '????-??-*'"]
];
function runSql(db, sql, params, opts = {}) {
  const { executable, used } = prepared(sql);
  const bound = {};
  for (const [k, v] of Object.entries(params)) if (used.has(k)) bound[k] = toSqlValue(v);
  return db.execute(executable, { ...opts, params: bound }).catch((error) => {
    throw pythonBindingError(error);
  });
}
var PREPARED_LIMIT = 500;
var preparedCache = /* @__PURE__ */ new Map();
function prepared(sql) {
  let entry = preparedCache.get(sql);
  if (!entry) {
    let executable = sql;
    for (const [pattern, replacement] of DOUBLE_QUOTED_LITERALS)
      executable = executable.replace(pattern, replacement);
    const used = new Set([...executable.matchAll(/[:@$]([A-Za-z_]\w*)/g)].map((m) => m[1]));
    entry = { executable, used };
    if (preparedCache.size >= PREPARED_LIMIT) preparedCache.clear();
    preparedCache.set(sql, entry);
  }
  return entry;
}
function pythonBindingError(error) {
  const m = error instanceof SqlError && /^Missing named parameter "(\w+)"$/.exec(error.message);
  return m ? new SqlError(`You did not supply a value for binding parameter :${m[1]}.`, error.sql) : error;
}
function toSqlValue(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "bigint" || Buffer.isBuffer(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return JSON.stringify(v);
}

// src/server/table/floats.ts
var Floats = class _Floats {
  constructor(columns, cells) {
    this.columns = columns;
    this.cells = cells;
  }
  columns;
  cells;
  /** No floats at all. */
  static NONE = new _Floats(/* @__PURE__ */ new Set(), /* @__PURE__ */ new Map());
  /** The floats of a result, by row index (as the rows come back) and column name. */
  static of(result) {
    const columns = new Set((result.floatColumns ?? []).map((i) => result.columns[i]));
    const cells = /* @__PURE__ */ new Map();
    const pairs = result.floatCells ?? [];
    for (let k = 0; k < pairs.length; k += 2) {
      const row = pairs[k];
      let set = cells.get(row);
      if (!set) cells.set(row, set = /* @__PURE__ */ new Set());
      set.add(result.columns[pairs[k + 1]]);
    }
    return columns.size || cells.size ? new _Floats(columns, cells) : _Floats.NONE;
  }
  get none() {
    return this.columns.size === 0 && this.cells.size === 0;
  }
  /** Whether the number in this row (by index) and column is a float. */
  has(row, column) {
    return this.columns.has(column) || (this.cells.get(row)?.has(column) ?? false);
  }
};

// src/server/table/labels.ts
function labelKey(column, value) {
  if (typeof value === "number" || typeof value === "bigint") return `${column}\0n${Number(value)}`;
  return `${column}\0s${String(value)}`;
}
async function expandForeignKeys(datasette, actor, database, schema, table, column, values) {
  const labels = /* @__PURE__ */ new Map();
  const info = schema.tables.find((t) => t.name === table);
  const fk = info?.foreignKeys.outgoing.find((f) => f.column === column);
  if (!fk) return labels;
  const other = schema.tables.find((t) => t.name === fk.other_table);
  let otherColumn = fk.other_column;
  if (!otherColumn) {
    if (other?.primaryKeys.length !== 1) return labels;
    otherColumn = other.primaryKeys[0];
  }
  if (!await datasette.permissionAllowed(actor, "view-table", [database, fk.other_table])) return labels;
  const labelColumn = other?.labelColumn ?? null;
  if (!labelColumn) {
    for (const v of values) labels.set(labelKey(column, v), String(v));
    return labels;
  }
  const unique = [...new Map(values.map((v) => [labelKey("", v), v])).values()];
  if (!unique.length) return labels;
  const sql = `
            select ${escapeSqlite(otherColumn)}, ${escapeSqlite(labelColumn)}
            from ${escapeSqlite(fk.other_table)}
            where ${escapeSqlite(otherColumn)} in (${unique.map(() => "?").join(", ")})
        `;
  try {
    const result = await datasette.getDatabase(database).execute(sql, { params: unique, maxRows: 0 });
    for (const [id, label] of result.rows) labels.set(labelKey(column, id), label);
  } catch (error) {
    if (error.name !== "QueryTimeoutError") throw error;
  }
  return labels;
}

// src/server/table/query-string.ts
function quotePlus(value) {
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.~-]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
function unquotePlus(value) {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value.replace(/\+/g, " ");
  }
}
function parseQsl(queryString, keepBlank = false) {
  const pairs = [];
  for (const part of queryString.split("&")) {
    if (!part) continue;
    const i = part.indexOf("=");
    const key = unquotePlus(i < 0 ? part : part.slice(0, i));
    const value = i < 0 ? "" : unquotePlus(part.slice(i + 1));
    if (value === "" && !keepBlank) continue;
    pairs.push([key, value]);
  }
  return pairs;
}
function pyStr2(value) {
  if (value === null || value === void 0) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  return String(value);
}
function urlencode2(pairs) {
  return pairs.map(([k, v]) => `${quotePlus(k)}=${quotePlus(pyStr2(v))}`).join("&");
}
function withQuery(path9, pairs) {
  const qs = urlencode2(pairs);
  return qs ? `${path9}?${qs}` : path9;
}
function pathWithAddedArgs(path9, queryString, args2) {
  const remove = new Set(args2.filter(([, v]) => v === null).map(([k]) => k));
  const current = parseQsl(queryString).filter(([k]) => !remove.has(k));
  return withQuery(path9, [...current, ...args2.filter(([, v]) => v !== null)]);
}
function pathWithRemovedArgs(path9, queryString, args2) {
  const q = path9.indexOf("?");
  if (q >= 0) {
    queryString = path9.slice(q + 1);
    path9 = path9.slice(0, q);
  }
  const remove = (k, v) => args2 instanceof Set ? args2.has(k) : args2.some(([rk, rv]) => rk === k && rv === v);
  return withQuery(
    path9,
    parseQsl(queryString).filter(([k, v]) => !remove(k, v))
  );
}
function pathWithReplacedArgs(path9, queryString, args2) {
  const keys = new Set(args2.map(([k]) => k));
  const current = parseQsl(queryString).filter(([k]) => !keys.has(k));
  return withQuery(path9, [...current, ...args2.filter(([, v]) => v !== null)]);
}
function pathWithFormat(path9, queryString, format, extra = {}) {
  const qs = { ...extra };
  if (path9.includes(".")) qs._format = format;
  else path9 = `${path9}.${format}`;
  const extraPairs = Object.entries(qs).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  if (extraPairs.length) {
    const encoded = urlencode2(extraPairs);
    return queryString ? `${path9}?${queryString}&${encoded}` : `${path9}?${encoded}`;
  }
  return queryString ? `${path9}?${queryString}` : path9;
}

// src/server/table/table-data.ts
function valueAsBoolean(value) {
  const v = value.toLowerCase();
  if (["on", "true", "1"].includes(v)) return true;
  if (["off", "false", "0"].includes(v)) return false;
  return null;
}
function pathFromRowPks(row, pks, useRowid, quote2 = true) {
  const bits = useRowid ? [row.rowid] : pks.map((pk) => unwrap(row[pk]));
  return bits.map((b) => quote2 ? tildeEncode(pyValueStr(b)) : pyValueStr(b)).join(",");
}
function unwrap(value) {
  return value && typeof value === "object" && !Buffer.isBuffer(value) && "value" in value ? value.value : value;
}
function pyValueStr(value) {
  return value === null || value === void 0 ? "None" : String(value);
}
async function tablePage(req, opts) {
  const query = buildTableQuery(req);
  const { datasette } = req;
  const settings = datasette.settings;
  let maxRows = settings.max_returned_rows;
  if (query.explicitPageSize && maxRows === query.pageSize) maxRows += 1;
  if (query.pageSize + 1 <= maxRows) maxRows = 0;
  const limit = query.timeLimitMs !== null ? Math.min(query.timeLimitMs, settings.sql_time_limit_ms) : void 0;
  let result;
  try {
    result = await runSql(opts.db, query.sql, query.params, {
      maxRows,
      ...opts.signal ? { signal: opts.signal } : {},
      ...limit !== void 0 ? { timeLimitMs: limit } : {}
    });
  } catch (error) {
    if (error.name === "SqlError")
      throw new HttpError(400, error.message, { title: "Invalid SQL", cause: error });
    throw error;
  }
  const columns = result.columns;
  let rows = result.rows.map((r) => {
    const row = {};
    columns.forEach((c, i) => row[c] = r[i]);
    return row;
  });
  const expandable = req.info?.foreignKeys.outgoing ?? [];
  const all = valueAsBoolean(req.args.get("_labels") ?? "") ?? opts.defaultLabels;
  let toExpand = req.args.has("_label") ? req.args.getAll("_label") : null;
  if (toExpand === null && all) toExpand = expandable.map((fk) => fk.column);
  const expandedColumns = [];
  if (toExpand?.length) {
    const labels = /* @__PURE__ */ new Map();
    for (const fk of expandable) {
      if (!toExpand.includes(fk.column) || !columns.includes(fk.column)) continue;
      expandedColumns.push(fk.column);
      const found = await expandForeignKeys(
        datasette,
        req.actor,
        req.database,
        req.schema,
        req.table,
        fk.column,
        rows.map((r) => r[fk.column])
      );
      for (const [k, v] of found) labels.set(k, v);
    }
    if (labels.size) {
      rows = rows.map((row) => {
        const out = {};
        for (const [column, value] of Object.entries(row)) {
          const key = labelKey(column, value);
          out[column] = value !== null && labels.has(key) ? { value, label: labels.get(key) } : value;
        }
        return out;
      });
    }
  }
  let next = null;
  let nextUrl = null;
  const nextArg = req.next !== void 0 ? req.next : req.args.get("_next");
  if (query.pageSize > 0 && query.pageSize < rows.length) {
    const last = rows[rows.length - 2];
    next = req.isView ? String(parseInt(nextArg || "0", 10) + query.pageSize) : pathFromRowPks(last, req.pks, query.useRowid);
    const added = [];
    if ((query.sort || query.sortDesc) && !req.isView) {
      const sortColumn = query.sort || query.sortDesc;
      let prefix;
      if (sortColumn in last) prefix = unwrap(last[sortColumn]);
      else prefix = await lookupSortValue(opts.db, req, sortColumn, last);
      next = `${prefix === null || prefix === void 0 ? "$null" : tildeEncode(pyValueStr(prefix))},${next}`;
      added.push(["_next", next], query.sort ? ["_sort", query.sort] : ["_sort_desc", query.sortDesc]);
    } else {
      added.push(["_next", next]);
    }
    nextUrl = opts.origin + pathWithReplacedArgs(opts.path, opts.queryString, added);
  }
  return {
    query,
    columns,
    rows: rows.slice(0, query.pageSize),
    expandedColumns,
    floats: Floats.of(result),
    next,
    nextUrl,
    truncated: result.truncated
  };
}
async function lookupSortValue(db, req, column, row) {
  const where = req.pks.map((pk, i) => `[${pk}] = :pk${i}`).join(" and ");
  const params = {};
  req.pks.forEach((pk, i) => params[`pk${i}`] = unwrap(row[pk]));
  const result = await runSql(db, `select [${column}] from [${req.table}] where ${where}`, params);
  return result.rows[0]?.[0] ?? null;
}

// src/server/table/json-shape.ts
function shapedResult(shaped) {
  if (shaped.lines !== void 0)
    return { status: shaped.status, raw: { body: shaped.lines, contentType: "text/plain" } };
  return { status: shaped.status, json: () => shaped.body };
}
function errorBody(message2, status) {
  return { ok: false, error: message2, errors: [message2], status };
}
function extraNames(args2) {
  const names2 = /* @__PURE__ */ new Set();
  for (const bit of args2.getAll("_extra")) for (const part of bit.split(",")) if (part) names2.add(part);
  return names2;
}
function shapeJson(args2, input, opts) {
  const data = { ...input };
  let status = 200;
  const columns = data.columns;
  let rows = data.rows;
  if (rows && opts.floats && !opts.floats.none) rows = markFloats(rows, opts.floats);
  const jsonCols = args2.getAll("_json");
  if (jsonCols.length && rows && columns && jsonCols.some((c) => columns.includes(c))) {
    rows = rows.map((row) => {
      const out = { ...row };
      for (const c of jsonCols) {
        if (typeof out[c] !== "string") continue;
        try {
          out[c] = JSON.parse(out[c]);
        } catch {
        }
      }
      return out;
    });
  }
  if (rows && !valueAsBoolean(args2.get("_json_infinity") ?? "0")) {
    rows = rows.map((row) => {
      if (!Object.values(row).some((v) => typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v)))
        return row;
      const out = {};
      for (const [k, v] of Object.entries(row))
        out[k] = typeof v === "number" && Math.abs(v) === Infinity ? null : v;
      return out;
    });
  }
  if (rows) data.rows = rows;
  let shape = args2.get("_shape") ?? "objects";
  data.ok = true;
  if (opts.error) {
    shape = "objects";
    status = 400;
    Object.assign(data, errorBody(opts.error, 400));
  }
  if (opts.truncated !== void 0) data.truncated = opts.truncated;
  let body = data;
  if (shape === "arrayfirst") {
    body = (rows ?? []).map((r) => Object.values(r)[0]);
  } else if (shape === "objects" || shape === "object" || shape === "array") {
    if (shape === "object") {
      const pks = data.primary_keys;
      let shapeError = null;
      if (pks === void 0) shapeError = "_shape=object is only available on tables";
      else if (!pks.length) shapeError = "_shape=object not available for tables with no primary keys";
      else {
        const objects = {};
        for (const row of rows ?? []) objects[pathFromRowPks(row, pks, false)] = row;
        body = objects;
      }
      if (shapeError) {
        status = 400;
        body = errorBody(shapeError, 400);
      }
    } else if (shape === "array") {
      body = rows ?? [];
    }
  } else if (shape === "arrays") {
    if (rows?.length) data.rows = rows.map((r) => Object.values(r));
  } else {
    status = 400;
    body = errorBody(`Invalid _shape: ${shape}`, 400);
  }
  if (body === data && !extraNames(args2).has("columns")) delete data.columns;
  if (args2.get("_nl") && shape === "array" && Array.isArray(body))
    return { status, body, lines: body.map((item) => pythonJsonDumps(toJsonValue(item))).join("\n") };
  return { status, body };
}
function markFloats(rows, floats) {
  return rows.map((row, index2) => {
    let out = null;
    for (const column in row) {
      const value = row[column];
      if (!Number.isInteger(value) || !floats.has(index2, column)) continue;
      out ??= { ...row };
      out[column] = new JsonFloat(value);
    }
    return out ?? row;
  });
}
function pythonJsonDumps(value) {
  if (value instanceof JsonFloat) return value.text;
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const members = Object.entries(value).map(([k, v]) => `${asciiJsonString(k)}: ${pythonJsonDumps(v)}`);
    return `{${members.join(", ")}}`;
  }
  if (typeof value === "string") return asciiJsonString(value);
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return value.toString();
  return JSON.stringify(value ?? null);
}
function asciiJsonString(text) {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function validateExtras(requested, allowed2) {
  const unknown = [...requested].filter((n) => !allowed2.includes(n)).sort();
  if (unknown.length) throw new HttpError(400, `Unknown _extra: ${unknown.join(", ")}`);
}

// src/server/table/extras.ts
var EXTRA_DESCRIPTIONS = {
  count: "Total count of rows matching these filters",
  count_truncated: "True if the count hit Datasette's counting limit, meaning the real number of matching rows is at least the reported count.",
  count_sql: "SQL query string used to calculate the total count for the current table view, including active filters.",
  facet_results: "Results of facets calculated against this data. A dictionary with ``results`` and ``timed_out`` keys: ``results`` maps facet names to facet dictionaries with ``name``, ``type``, ``results`` and URL keys, and each facet result item includes ``value``, ``label``, ``count`` and ``toggle_url``.",
  facets_timed_out: "List of names of facet calculations that exceeded the facet time limit.",
  suggested_facets: "Suggestions for facets that might return interesting results. Each item is a dictionary with ``name`` and ``toggle_url`` keys, and may include extra keys such as ``type`` or ``label`` depending on the facet class.",
  human_description_en: "Human-readable description of the filters",
  columns: "List of column names returned by this table, row or query.",
  all_columns: "List of all column names in the table, regardless of ``_col=`` or ``_nocol=`` filtering.",
  primary_keys: "List of primary key column names for this table, or an empty list if the table has no explicit primary key.",
  column_details: "SQLite schema details for columns in this table. The dictionary maps column names to objects describing the schema for each column.",
  display_columns: "Column metadata used by the HTML table display. Each item includes ``name``, ``sortable``, ``is_pk``, ``type``, ``notnull``, ``description``, ``column_type`` and ``column_type_config`` keys.",
  render_cell: "Rendered HTML for each cell using the render_cell plugin hook",
  debug: "Extra debug information dictionary. This is intended for development only and its shape is not part of the stable template contract.",
  request: "Dictionary with request details: ``url``, ``path``, ``full_path``, ``host`` and ``args`` where ``args`` maps query string parameter names to their values.",
  query: "Details of the underlying SQL query as a dictionary with ``sql`` and ``params`` keys.",
  column_types: 'Column type assignments for this table. A dictionary mapping column names to ``{"type": type_name, "config": config}`` dictionaries.',
  set_column_type_ui: "Information needed to build an interface for assigning column types, or ``None`` if unavailable. When present it has ``path`` and ``columns`` keys; ``columns`` maps column names to ``current`` and ``options`` values.",
  metadata: "Metadata dictionary for the table, database or stored query. Table and row metadata include a ``columns`` dictionary mapping column names to descriptions; stored query metadata returns the stored query configuration.",
  extras: "List of ``?_extra=`` blocks that can be used on this page. Each item has ``name``, ``description``, ``toggle_url`` and ``selected`` keys.",
  database: "Database name",
  table: "Table name",
  database_color: "Color assigned to the database",
  renderers: "Dictionary mapping output format names such as ``json`` or plugin-provided renderer names to URLs for this data in that format.",
  custom_table_templates: "List of custom template names considered for rendering table rows, in lookup order.",
  sorted_facet_results: "Facet result dictionaries sorted for display. Each item has the same shape as an entry from ``facet_results['results']``.",
  table_definition: "SQL definition for this table",
  view_definition: "SQL definition for this view",
  is_view: "Whether this resource is a view instead of a table",
  private: "Whether this resource is private to the current actor",
  expandable_columns: "List of foreign key columns that can be expanded with labels. Each item is a ``(foreign_key, label_column)`` pair where ``foreign_key`` is the SQLite foreign key dictionary and ``label_column`` is the label column in the referenced table, or ``None``.",
  foreign_key_tables: "List of tables that link to this row using foreign keys. Each item includes the foreign key fields plus ``count`` for matching rows and ``link`` for the filtered table URL.",
  form_hidden_args: "List of ``(name, value)`` pairs for hidden form fields used by the HTML table interface to preserve current query string options."
};
var ALL = Object.keys(EXTRA_DESCRIPTIONS);
var ROW_ONLY = ["foreign_key_tables"];
var TABLE_EXTRAS = ALL.filter((n) => !ROW_ONLY.includes(n));
var ROW_EXTRAS = [
  "columns",
  "primary_keys",
  "column_details",
  "render_cell",
  "debug",
  "request",
  "query",
  "column_types",
  "metadata",
  "extras",
  "database",
  "table",
  "database_color",
  "private",
  "foreign_key_tables"
];
var QUERY_EXTRAS = [
  "columns",
  "render_cell",
  "debug",
  "request",
  "query",
  "metadata",
  "extras",
  "database",
  "database_color",
  "private"
];
var HTML_EXTRAS = [
  "suggested_facets",
  "facet_results",
  "facets_timed_out",
  "count",
  "count_sql",
  "human_description_en",
  "metadata",
  "query",
  "columns",
  "display_columns",
  "database",
  "table",
  "database_color",
  "renderers",
  "custom_table_templates",
  "sorted_facet_results",
  "table_definition",
  "view_definition",
  "is_view",
  "private",
  "primary_keys",
  "all_columns",
  "expandable_columns",
  "form_hidden_args",
  "set_column_type_ui"
];
function extrasList(scope, selected, req) {
  const { path: path9, querystring } = req.ctx;
  const origin2 = requestOrigin(req.ctx, req.datasette);
  return scope.map((name) => ({
    name,
    description: EXTRA_DESCRIPTIONS[name],
    toggle_url: origin2 + (selected.has(name) ? pathWithRemovedArgs(path9, querystring, [["_extra", name]]) : pathWithAddedArgs(path9, querystring, [["_extra", name]])),
    selected: selected.has(name)
  }));
}
function columnDetails(columns) {
  return Object.fromEntries(
    columns.map((c) => [
      c.name,
      {
        type: c.type,
        sqlite_type: sqliteAffinity(c.type),
        notnull: Boolean(c.notnull),
        default: c.default_value,
        is_pk: Boolean(c.is_pk),
        pk_position: c.is_pk,
        hidden: c.hidden
      }
    ])
  );
}
function sqliteAffinity(declared) {
  const t = declared.toUpperCase();
  if (t.includes("INT")) return "INTEGER";
  if (t.includes("CHAR") || t.includes("CLOB") || t.includes("TEXT")) return "TEXT";
  if (t.includes("BLOB") || t === "") return "BLOB";
  if (t.includes("REAL") || t.includes("FLOA") || t.includes("DOUB")) return "REAL";
  return "NUMERIC";
}
function argsDict(args2) {
  const out = {};
  for (const [k, v] of args2) (out[k] ??= []).push(v);
  return out;
}
function requestExtra(req) {
  const { ctx } = req;
  return { url: ctx.href, path: ctx.path, full_path: ctx.url, host: ctx.host, args: argsDict(req.args) };
}

// src/server/table/display.ts
function escapeHtml2(value) {
  return escapeString(String(value));
}
function truncateUrl(url, length) {
  if (!length || url.length <= length) return url;
  const i = url.lastIndexOf(".");
  const ext = i >= 0 ? url.slice(i + 1) : "";
  if (i >= 0 && ext.length >= 1 && ext.length <= 4 && !ext.includes("/"))
    return url.slice(0, i).slice(0, length - 1 - ext.length) + "\u2026." + ext;
  return url.slice(0, length - 1) + "\u2026";
}
function numberText(value, isFloat3) {
  return formatNumber(isFloat3 ? new PyFloat(value) : value);
}
function valueType(value, isFloat3) {
  if (value === null || value === void 0) return "none";
  if (typeof value === "number") return Number.isInteger(value) && !isFloat3 ? "int" : "float";
  if (typeof value === "bigint") return "int";
  if (typeof value === "string") return "str";
  if (Buffer.isBuffer(value)) return "bytes";
  return "dict";
}
function rowLabel(row, labelColumn) {
  if (!labelColumn || !(labelColumn in row)) return null;
  let value = row[labelColumn];
  if (value && typeof value === "object" && !Buffer.isBuffer(value))
    value = value.label;
  if (value === null || value === void 0 || value === "") return null;
  return String(value);
}
async function displayColumnsAndRows(input) {
  const { datasette, database, table, info, linkColumn } = input;
  const details = new Map((info?.columns ?? []).map((c) => [c.name, c]));
  const pks = info?.primaryKeys ?? [];
  const pksForDisplay = pks.length ? pks : ["rowid"];
  const labelColumn = linkColumn ? info?.labelColumn ?? null : null;
  let columns = input.columns.map((name) => {
    const d = details.get(name);
    return {
      name,
      sortable: input.sortableColumns.has(name),
      is_pk: pksForDisplay.includes(name),
      type: name === "rowid" && !d ? "integer" : d?.type ?? "",
      notnull: name === "rowid" && !d ? 0 : Number(d?.notnull ?? 0),
      description: input.columnDescriptions[name] ?? null,
      column_type: null,
      column_type_config: null
    };
  });
  const fkTables = new Map((info?.foreignKeys.outgoing ?? []).map((fk) => [fk.column, fk.other_table]));
  const baseUrl = datasette.settings.base_url;
  const hasRenderCell = datasette.plugins.some((p) => typeof p.renderCell === "function");
  const floats = input.floats ?? Floats.NONE;
  const rows = [];
  for (const [rowIndex, row] of input.rows.entries()) {
    const cells = [];
    let pkPath = null;
    let rowPath2 = null;
    let label = null;
    if (linkColumn) {
      pkPath = pathFromRowPks(row, pks, !pks.length, false);
      rowPath2 = pathFromRowPks(row, pks, !pks.length);
      label = rowLabel(row, labelColumn);
      cells.push({
        column: pks.length === 1 ? pks[0] : "Link",
        value_type: "pk",
        is_special_link_column: pks.length !== 1,
        raw: pkPath,
        value: `<a href="${datasette.urls.table(database, table)}/${rowPath2}">${escapeHtml2(pkPath)}</a>`
      });
    }
    for (const column of input.columns) {
      if (linkColumn && pks.length === 1 && column === pks[0]) continue;
      let value = row[column];
      let html = null;
      if (hasRenderCell) {
        for (const candidate of await datasette.callHook("renderCell", {
          value,
          column,
          table,
          database,
          row,
          datasette
        })) {
          if (candidate !== null && candidate !== void 0) {
            html = String(candidate);
            break;
          }
        }
      }
      if (html) {
      } else if (Buffer.isBuffer(value)) {
        const formatted = formatBytes(value.length);
        const href = `${datasette.urls.table(database, table)}/${pathFromRowPks(row, pks, !pks.length)}.blob?_blob_column=${encodeURIComponent(column)}`;
        html = `<a class="blob-download" href="${href}"${formatted.includes("bytes") ? "" : ` title="${formatted}"`}>&lt;Binary:&nbsp;${value.length.toLocaleString("en-US")}&nbsp;byte${value.length === 1 ? "" : "s"}&gt;</a>`;
      } else if (value && typeof value === "object" && "label" in value) {
        const { label: fkLabel, value: fkValue } = value;
        value = fkValue;
        const href = `${baseUrl}${tildeEncode(database)}/${tildeEncode(fkTables.get(column) ?? "")}/${tildeEncode(String(fkValue))}`;
        html = fkLabel !== fkValue ? `<a href="${href}">${escapeHtml2(fkLabel) || "-"}</a>&nbsp;<em>${escapeHtml2(fkValue)}</em>` : `<a href="${href}">${escapeHtml2(fkValue)}</a>`;
      } else if (value === "" || value === null || value === void 0) {
        html = "&nbsp;";
      } else if (typeof value === "string" && /^https?:\/\/\S+$/.test(value.trim())) {
        html = `<a href="${escapeHtml2(value.trim())}">${escapeHtml2(truncateUrl(value.trim(), input.truncateCells))}</a>`;
      } else {
        let text = typeof value === "number" ? numberText(value, floats.has(rowIndex, column)) : String(value);
        if (input.truncateCells && text.length > input.truncateCells)
          text = text.slice(0, input.truncateCells) + "\u2026";
        html = escapeHtml2(text);
      }
      cells.push({
        column,
        value: html,
        raw: value,
        value_type: valueType(value, floats.has(rowIndex, column))
      });
    }
    rows.push({ cells, pk_path: pkPath, row_path: rowPath2, row_label: label });
  }
  if (linkColumn) {
    let first;
    if (pks.length === 1) {
      columns = columns.filter((c) => c.name !== pks[0]);
      const d = details.get(pks[0]);
      first = {
        name: pks[0],
        sortable: true,
        is_pk: true,
        type: d?.type ?? "",
        notnull: Number(d?.notnull ?? 0)
      };
    } else {
      first = {
        name: "Link",
        sortable: false,
        is_pk: false,
        type: "",
        notnull: 0,
        is_special_link_column: true
      };
    }
    columns = [first, ...columns];
  }
  return { columns, rows };
}

// src/server/table/magic-parameters.ts
import { randomBytes as randomBytes4 } from "node:crypto";
var MagicKeyError = class extends Error {
  name = "MagicKeyError";
};
function keyError(key) {
  return new MagicKeyError(key === void 0 ? "" : `'${key}'`);
}
var BUILTIN_MAGIC_PARAMETERS = {
  header: (key, request) => {
    const value = request.headers[key.replaceAll("_", "-")];
    return Array.isArray(value) ? value.at(-1) ?? "" : value ?? "";
  },
  actor: (key, request) => {
    if (!request.actor) throw keyError();
    if (!Object.hasOwn(request.actor, key)) throw keyError(key);
    return request.actor[key];
  },
  cookie: (key, request) => {
    if (!Object.hasOwn(request.cookies, key)) throw keyError(key);
    return request.cookies[key];
  },
  now: (key, request) => {
    const now = (request.now ?? (() => /* @__PURE__ */ new Date()))();
    if (key === "epoch") return Math.floor(now.getTime() / 1e3);
    if (key === "date_utc") return now.toISOString().slice(0, 10);
    if (key === "datetime_utc") return `${now.toISOString().slice(0, 19)}Z`;
    throw keyError();
  },
  random: (key) => {
    const m = /^chars_(\d+)$/.exec(key);
    if (!m) throw keyError();
    const length = Number(m[1]);
    return randomBytes4(Math.ceil(length / 2)).toString("hex").slice(0, length);
  }
};
function magicParameterValues(sql, request, families = BUILTIN_MAGIC_PARAMETERS) {
  const values = {};
  for (const key of namedParameters(sql)) {
    if (!key.startsWith("_") || key.split("_").length < 3) continue;
    const rest = key.slice(1);
    const split = rest.indexOf("_");
    const prefix = rest.slice(0, split);
    const family = families[prefix];
    if (!family || !Object.hasOwn(families, prefix)) continue;
    try {
      values[key] = family(rest.slice(split + 1), request);
    } catch (error) {
      if (error instanceof MagicKeyError)
        throw new HttpError(400, `No value for :${key} in this request`, { cause: error });
      throw error;
    }
  }
  return values;
}

// src/server/write/json-parse.ts
var JsonSyntaxError = class extends Error {
  name = "JsonSyntaxError";
};
var MAX_JSON_DEPTH = 1e3;
var tooDeep = () => new JsonSyntaxError(`Nested more than ${MAX_JSON_DEPTH} levels deep`);
var PLAIN = /[^"\\\u0000-\u001f]+/y;
var NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
var ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	"
};
function parseJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJsonSlowly(text);
  }
  if (value === null || typeof value !== "object") return parseJsonSlowly(text);
  const tokens = scanTokens(text);
  const floats = /* @__PURE__ */ new WeakMap();
  let numbers = 0;
  let keys = 0;
  let exact = true;
  const visit = (node) => {
    const names2 = Array.isArray(node) ? null : Object.keys(node);
    if (names2) {
      keys += names2.length;
      if (names2.some((k) => ARRAY_INDEX.test(k))) exact = false;
    }
    const length = names2 ? names2.length : node.length;
    for (let i = 0; i < length && exact; i++) {
      const key = names2 ? names2[i] : i;
      const v = node[key];
      if (typeof v === "number") {
        const written = tokens.floatLiteral[numbers++];
        if (!Number.isInteger(v)) continue;
        if (written) {
          let set = floats.get(node);
          if (!set) floats.set(node, set = /* @__PURE__ */ new Set());
          set.add(key);
        } else if (!Number.isSafeInteger(v)) exact = false;
      } else if (v !== null && typeof v === "object") visit(v);
    }
  };
  visit(value);
  const aligned = numbers === tokens.floatLiteral.length && keys === tokens.keys;
  return exact && aligned ? { value, floats } : parseJsonSlowly(text);
}
var ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;
function scanTokens(text) {
  const floatLiteral = [];
  let keys = 0;
  let depth = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      i = end === -1 ? text.length : end + 1;
    } else if (c === 45 || c >= 48 && c <= 57) {
      let float = false;
      for (let d = text.charCodeAt(++i); ; d = text.charCodeAt(++i)) {
        if (d === 46 || d === 101 || d === 69)
          float = true;
        else if (!(d >= 48 && d <= 57 || d === 43 || d === 45)) break;
      }
      floatLiteral.push(float);
    } else {
      if (c === 58) keys++;
      else if (c === 91 || c === 123) {
        if (++depth > MAX_JSON_DEPTH) throw tooDeep();
      } else if (c === 93 || c === 125) depth--;
      i++;
    }
  }
  return { floatLiteral, keys };
}
function isEscaped(text, quote2) {
  let backslashes = 0;
  for (let j = quote2 - 1; text.charCodeAt(j) === 92; j--) backslashes++;
  return backslashes % 2 === 1;
}
function parseJsonSlowly(text) {
  const floats = /* @__PURE__ */ new WeakMap();
  let pos = 0;
  let depth = 0;
  const fail = (message2, at) => {
    const line = countNewlines(text, at) + 1;
    const column = line === 1 ? at + 1 : at - text.lastIndexOf("\n", at - 1);
    throw new JsonSyntaxError(`${message2}: line ${line} column ${column} (char ${at})`);
  };
  const skip = () => {
    let c = text.charCodeAt(pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++pos);
  };
  const mark = (container, key) => {
    let set = floats.get(container);
    if (!set) floats.set(container, set = /* @__PURE__ */ new Set());
    set.add(key);
  };
  const value = () => {
    const c = text[pos];
    if (c === '"') return [string(), false];
    if (c === "{" || c === "[") {
      if (++depth > MAX_JSON_DEPTH) throw tooDeep();
      const nested = c === "{" ? object() : array();
      depth--;
      return [nested, false];
    }
    if (c !== void 0 && !(c >= "0" && c <= "9")) {
      for (const [word, v, isFloat3] of LITERALS) {
        if (text.startsWith(word, pos)) {
          pos += word.length;
          return [v, isFloat3];
        }
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) return fail("Expecting value", pos);
    pos += m[0].length;
    if (m[1] || m[2]) return [Number(m[0]), true];
    const n = Number(m[0]);
    return [Number.isSafeInteger(n) ? n : BigInt(m[0]), false];
  };
  const string = () => {
    const start = pos++;
    let out = "";
    for (; ; ) {
      PLAIN.lastIndex = pos;
      if (PLAIN.test(text)) {
        out += text.slice(pos, PLAIN.lastIndex);
        pos = PLAIN.lastIndex;
      }
      if (pos >= text.length) fail("Unterminated string starting at", start);
      const c = text[pos];
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === "\\") {
        const e = text[pos + 1];
        if (e === void 0) fail("Unterminated string starting at", start);
        if (e === "u") {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("Invalid \\uXXXX escape", pos + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
          continue;
        }
        const decoded = ESCAPES[e];
        if (decoded === void 0) fail(`Invalid \\escape: '${e}'`, pos);
        out += decoded;
        pos += 2;
        continue;
      }
      if (c < " ") fail("Invalid control character at", pos);
      out += c;
      pos++;
    }
  };
  const object = () => {
    const out = {};
    pos++;
    skip();
    if (text[pos] === "}") {
      pos++;
      return out;
    }
    for (; ; ) {
      if (text[pos] !== '"') fail("Expecting property name enclosed in double quotes", pos);
      const key = string();
      skip();
      if (text[pos] !== ":") fail("Expecting ':' delimiter", pos);
      pos++;
      skip();
      const [v, isFloat3] = value();
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      if (isFloat3 && Number.isInteger(v)) mark(out, key);
      else floats.get(out)?.delete(key);
      skip();
      const c = text[pos];
      if (c === "}") {
        pos++;
        return out;
      }
      if (c !== ",") fail("Expecting ',' delimiter", pos);
      const comma = pos++;
      skip();
      if (text[pos] === "}") fail("Illegal trailing comma before end of object", comma);
    }
  };
  const array = () => {
    const out = [];
    pos++;
    skip();
    if (text[pos] === "]") {
      pos++;
      return out;
    }
    for (; ; ) {
      const [v, isFloat3] = value();
      if (isFloat3 && Number.isInteger(v)) mark(out, out.length);
      out.push(v);
      skip();
      const c = text[pos];
      if (c === "]") {
        pos++;
        return out;
      }
      if (c !== ",") fail("Expecting ',' delimiter", pos);
      const comma = pos++;
      skip();
      if (text[pos] === "]") fail("Illegal trailing comma before end of array", comma);
    }
  };
  skip();
  const [result] = value();
  skip();
  if (pos !== text.length) fail("Extra data", pos);
  return { value: result, floats };
}
var LITERALS = [
  ["null", null, false],
  ["true", true, false],
  ["false", false, false],
  ["NaN", NaN, true],
  ["Infinity", Infinity, true],
  ["-Infinity", -Infinity, true]
];
function countNewlines(text, end) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

// src/server/write/request-body.ts
function maxPostBodyBytes(settings) {
  return settings.max_post_body_bytes;
}
var tooLarge = (max) => new HttpError(413, `Request body exceeded maximum size of ${max} bytes`);
function readBody(ctx, maxBytes) {
  const req = ctx.req;
  if (maxBytes && ctx.get("content-length") !== "" && Number(ctx.get("content-length")) > maxBytes) {
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    let received = 0;
    let refused = false;
    req.on("data", (chunk) => {
      if (refused) return;
      received += chunk.length;
      if (maxBytes && received > maxBytes) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on("error", reject);
  });
}
async function readJson(ctx, maxBytes) {
  const body = await readBody(ctx, maxBytes);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new HttpError(400, "Invalid JSON: the body is not valid UTF-8");
  }
  try {
    return parseJson(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new HttpError(400, `Invalid JSON: ${error.message}`);
    throw error;
  }
}

// src/server/views/query-write.ts
async function writeCannedQuery(req, db, stored) {
  const { datasette, ctx, actor } = req;
  if (db.immutable) throw new HttpError(403, "Database is immutable");
  const body = (await readBody(ctx, maxPostBodyBytes(datasette.settings))).toString("utf8").trim();
  const posted = postedParameters(body);
  delete posted.csrftoken;
  const wantsJson2 = ctx.get("accept") === "application/json" || Boolean(req.args.get("_json") || posted._json);
  const params = {
    ...posted,
    ...magicParameterValues(stored.sql, {
      headers: ctx.headers,
      cookies: templateRequest(ctx, actor).cookies,
      actor
    })
  };
  let ok;
  let message2;
  let type = INFO;
  let redirect;
  try {
    const rowcount = await db.write((conn) => runStatement(conn, stored.sql, params));
    message2 = "";
    if (stored.on_success_message_sql) {
      try {
        const sql = stored.on_success_message_sql;
        const result = await runSql(db, sql, boundValues(sql, params), { maxRows: 1 });
        const first = result.rows[0]?.[0];
        if (first !== null && first !== void 0 && first !== "" && first !== 0) message2 = String(first);
      } catch (error) {
        message2 = `Error running on_success_message_sql: ${error.message}`;
        type = ERROR;
      }
    }
    if (!message2) {
      message2 = stored.on_success_message || (rowcount === -1 ? "Query executed" : `Query executed, ${rowcount} row${rowcount === 1 ? "" : "s"} affected`);
    }
    redirect = stored.on_success_redirect ?? null;
    ok = true;
  } catch (error) {
    message2 = stored.on_error_message || (error instanceof Error ? error.message : String(error));
    type = ERROR;
    redirect = stored.on_error_redirect ?? null;
    ok = false;
  }
  if (wantsJson2) {
    const answer2 = ok ? { ok: true, message: message2, redirect } : { ok: false, error: message2, errors: [message2], status: 400, redirect };
    return {
      status: ok ? 200 : 400,
      raw: { body: JSON.stringify(answer2), contentType: "application/json; charset=utf-8" }
    };
  }
  addMessage(datasette, ctx, message2, type);
  return { redirect: redirect || ctx.path };
}
function postedParameters(body) {
  const params = {};
  if (body.startsWith("{") && body.endsWith("}")) {
    let parsed;
    try {
      parsed = parseJson(body);
    } catch (error) {
      if (error instanceof JsonSyntaxError) throw new HttpError(400, `Invalid JSON: ${error.message}`);
      throw error;
    }
    const object = parsed.value;
    for (const [key, value] of Object.entries(object))
      params[key] = pythonStr(value, parsed.floats, object, key);
    return params;
  }
  for (const [key, value] of new URLSearchParams(body)) params[key] = value;
  return params;
}
function pythonStr(value, floats, container, key) {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    const text = String(value);
    return floats.get(container)?.has(key) && Number.isInteger(value) && !text.includes("e") ? `${text}.0` : text;
  }
  return pyStr(value);
}
function runStatement(conn, sql, params) {
  let statement;
  try {
    statement = conn.prepare(sql);
  } catch (error) {
    if (error instanceof RangeError && /contains no statements/.test(error.message)) return -1;
    throw pythonWording(error);
  }
  let changes;
  try {
    changes = statement.run(boundValues(sql, params)).changes;
  } catch (error) {
    throw pythonWording(error);
  }
  return /^(?:insert|update|delete|replace)/i.test(withoutLeadingComments(sql)) ? changes : -1;
}
function boundValues(sql, params) {
  const values = {};
  const stripped = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  for (const [, name] of stripped.matchAll(/[:@$]([A-Za-z_]\w*)/g)) {
    if (!Object.hasOwn(params, name)) continue;
    const value = params[name];
    if (value === null || value === void 0) values[name] = null;
    else if (typeof value === "boolean") values[name] = value ? 1n : 0n;
    else if (typeof value === "number") values[name] = Number.isInteger(value) ? BigInt(value) : value;
    else if (typeof value === "string" || typeof value === "bigint" || Buffer.isBuffer(value))
      values[name] = value;
    else values[name] = JSON.stringify(value);
  }
  return values;
}
function withoutLeadingComments(sql) {
  return sql.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, "");
}
function pythonWording(error) {
  if (!(error instanceof RangeError)) return error;
  const missing = /^Missing named parameter "(\w+)"$/.exec(error.message);
  if (missing) return new Error(`You did not supply a value for binding parameter :${missing[1]}.`);
  if (/more than one statement/.test(error.message))
    return new Error("You can only execute one statement at a time.");
  return error;
}

// src/server/client-gone.ts
var SIGNAL = /* @__PURE__ */ Symbol("client gone");
function clientGone(ctx) {
  const state = ctx.state;
  if (state[SIGNAL]) return state[SIGNAL];
  const controller = new AbortController();
  const res = ctx.res;
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return state[SIGNAL] = controller.signal;
}

// src/server/views/query.ts
var TOO_LONG = "SQL query took too long. The time limit is controlled by the sql_time_limit_ms setting.";
var queryView = async (req) => {
  const { datasette, params, format, args: args2, actor } = req;
  const db = resolveDatabase(datasette, params.database);
  const database = db.name;
  const stored = params.table ? cannedQuery(datasette, database, params.table) : null;
  if (params.table && !stored) throw new HttpError(404, "Table not found");
  if (stored) {
    if (!await datasette.permissionAllowed(actor, "view-query", [database, stored.name])) {
      throw new HttpError(403, "You do not have permission to view this query");
    }
  } else if (!await datasette.permissionAllowed(actor, "execute-sql", database)) {
    throw new HttpError(403, "execute-sql");
  }
  if (req.ctx.method === "POST") {
    if (!stored) throw new HttpError(405, "Method not allowed");
    return writeCannedQuery(req, db, stored);
  }
  const queryParams = {};
  for (const key of args2.keys()) queryParams[key] ??= args2.get(key);
  let sql = null;
  if (stored) sql = stored.sql;
  else if ("sql" in queryParams) {
    sql = queryParams.sql;
    delete queryParams.sql;
  }
  const names2 = stored?.parameters?.length ? stored.parameters : sql ? namedParameters(sql) : [];
  const namedValues = {};
  for (const name of names2) if (!name.startsWith("_")) namedValues[name] = queryParams[name] || "";
  for (const name of names2) if (!(name in queryParams) && !name.startsWith("_")) queryParams[name] = "";
  const timelimit = queryParams._timelimit ? parseInt(queryParams._timelimit, 10) : null;
  let results = null;
  let queryError = null;
  if (sql && !stored?.write) {
    try {
      const bound = stored ? {
        ...queryParams,
        ...magicParameterValues(sql, {
          headers: req.ctx.headers,
          cookies: templateRequest(req.ctx, actor).cookies,
          actor
        })
      } : queryParams;
      results = await runSql(db, sql, bound, {
        lane: "sql",
        // Datasette checks only `?sql=` text; a stored query is the site's own (prepareReadOnly still applies).
        trusted: Boolean(stored),
        signal: clientGone(req.ctx),
        ...timelimit ? { timeLimitMs: Math.min(timelimit, datasette.settings.sql_time_limit_ms) } : {}
      });
    } catch (error) {
      if (error instanceof QueryTimeoutError)
        throw new HttpError(400, TOO_LONG, { title: "SQL Interrupted", cause: error });
      if (error instanceof ReadOnlyError)
        throw new HttpError(400, error.message, { title: "Invalid SQL", cause: error });
      if (!(error instanceof SqlError)) throw error;
      queryError = error.message;
    }
  }
  const columns = results?.columns ?? [];
  const floats = results ? Floats.of(results) : Floats.NONE;
  const rows = (results?.rows ?? []).map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
  const metadata = () => {
    if (!stored) {
      const { tables: _t, queries: _q, ...rest } = datasette.metadata.databases?.[database] ?? {};
      return rest;
    }
    const { source: _s, ...dict } = storedQueryToDict(stored);
    return dict;
  };
  if (format === "csv") {
    if (!sql) throw new HttpError(400, "?sql= is required");
    if (queryError) throw new HttpError(400, queryError, { title: "Invalid SQL" });
    return {
      csv: async () => ({
        columns,
        // Numbers as Python writes them (1.0, 1e+20), as in Datasette's CSV.
        rows: (results?.rows ?? []).map(
          (r, index2) => r.map(
            (v, i) => Buffer.isBuffer(v) ? blobUrl(req, v) : typeof v === "number" ? numberText(v, floats.has(index2, columns[i])) : v
          )
        ),
        filename: `${stored?.name ?? database}.csv`
      })
    };
  }
  if (format) {
    if (!sql) throw new HttpError(400, "?sql= is required");
    const extras = extraNames(args2);
    validateExtras(extras, QUERY_EXTRAS);
    const data = { ok: true, rows, columns };
    const resolvers = {
      columns: () => columns,
      render_cell: () => rows.map(() => ({})),
      debug: () => ({ url_vars: urlVars(req) }),
      request: () => requestExtra(req),
      query: () => ({ sql, params: namedValues }),
      metadata,
      extras: () => extrasList(QUERY_EXTRAS, extras, req),
      database: () => database,
      database_color: () => databaseColor(database),
      private: () => false
    };
    for (const name of QUERY_EXTRAS) if (extras.has(name)) data[name] = resolvers[name]();
    if (format !== "json") {
      return { rows: async () => ({ columns, rows: results?.rows ?? [], database, table: null }) };
    }
    const shaped = shapeJson(args2, data, {
      error: queryError,
      truncated: results?.truncated ?? false,
      floats
    });
    return shapedResult(shaped);
  }
  const templates = [`query-${toCssClass(database)}.html`, "query.html"];
  if (stored) templates.unshift(`query-${toCssClass(database)}-${toCssClass(stored.name)}.html`);
  const allowExecuteSql = await datasette.permissionAllowed(actor, "execute-sql", database);
  const showHide = showHideControls(req, stored);
  const schema = allowExecuteSql ? await db.schema() : null;
  return {
    alternateJson: datasette.urls.path(
      pathWithFormat(req.ctx.path.slice(datasette.settings.base_url.length - 1), req.ctx.querystring, "json")
    ),
    html: async () => {
      const request = req.ctx;
      const queryName = stored?.name ?? null;
      const [queryActions, top] = await Promise.all([
        actionItems(datasette, "queryActions", {
          datasette,
          actor,
          database,
          queryName,
          request,
          sql: sql ?? "",
          params: queryParams
        }),
        stored ? topHtml(datasette, "topStoredQuery", { datasette, request, database, queryName: stored.name }) : topHtml(datasette, "topQuery", { datasette, request, database, sql: sql ?? "" })
      ]);
      return {
        templates,
        context: {
          database,
          database_color: databaseColor(database),
          query: { sql, params: queryParams },
          stored_query: stored?.name ?? null,
          canned_query: stored?.name ?? null,
          stored_query_write: Boolean(stored?.write),
          db_is_immutable: db.immutable,
          private: false,
          error: queryError,
          hide_sql: showHide.text === "show",
          show_hide_link: showHide.link,
          show_hide_text: showHide.text,
          show_hide_hidden: markSafe(showHide.hidden),
          edit_sql_url: sql && allowExecuteSql && !stored?.write && isSelect(sql) && !sql.includes(":_") ? `${datasette.urls.database(database)}/-/query?${urlencode2([["sql", sql], ...Object.entries(namedValues)])}` : null,
          // No store-a-query page here yet (Datasette's /-/queries/store).
          save_query_url: null,
          tables: schema?.tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) })) ?? [],
          table_columns: Object.fromEntries([
            ...schema?.tables.map((t) => [t.name, t.columns.map((c) => c.name)]) ?? [],
            ...schema?.views.map((v) => [v.name, []]) ?? []
          ]),
          select_templates: templates,
          query_actions: () => queryActions,
          // query.html prints top_stored_query() on a stored query's page and top_query() on others.
          top_query: () => top,
          top_stored_query: () => top,
          editable: !stored,
          to_css_class: toCssClass,
          zip: (a, b) => a.map((x, i) => [x, b[i]]),
          allow_execute_sql: allowExecuteSql,
          named_parameter_values: namedValues,
          columns,
          rows,
          truncated: results?.truncated ?? false,
          display_rows: (results?.rows ?? []).map(
            (r, index2) => r.map((v, i) => markSafe(displayValue(v, floats.has(index2, columns[i]))))
          ),
          metadata: metadata(),
          url_csv: pathWithFormat(req.ctx.path, req.ctx.querystring, "csv", { _size: "max" }),
          renderers: { json: pathWithFormat(req.ctx.path, req.ctx.querystring, "json") }
        }
      };
    }
  };
};
function urlVars(req) {
  const vars = { database: req.params.database };
  if (req.params.table) vars.table = req.params.table;
  if (req.format) vars.format = req.format;
  return vars;
}
function showHideControls(req, stored) {
  const { args: args2, ctx } = req;
  const flag = stored?.hide_sql ? "_show_sql" : "_hide_sql";
  const on = Boolean(args2.get(flag));
  return {
    link: on ? pathWithRemovedArgs(ctx.path, ctx.querystring, /* @__PURE__ */ new Set([flag])) : pathWithAddedArgs(ctx.path, ctx.querystring, [[flag, 1]]),
    text: flag === "_show_sql" === on ? "hide" : "show",
    hidden: on ? `<input type="hidden" name="${flag}" value="1">` : ""
  };
}
function isSelect(sql) {
  try {
    checkSqlText(sql);
    return true;
  } catch {
    return false;
  }
}
function blobUrl(req, _value) {
  return requestOrigin(req.ctx, req.datasette) + pathWithFormat(req.ctx.path.replace(/\.csv$/, ""), req.ctx.querystring, "blob");
}
function displayValue(value, isFloatColumn) {
  if (value === null || value === void 0 || value === "") return "&nbsp;";
  if (typeof value === "number") return numberText(value, isFloatColumn);
  if (Buffer.isBuffer(value))
    return `&lt;Binary:&nbsp;${value.length.toLocaleString("en-US")}&nbsp;byte${value.length === 1 ? "" : "s"}&gt;`;
  if (typeof value === "string" && /^https?:\/\/\S+$/.test(value.trim()))
    return `<a href="${escapeHtml2(value.trim())}">${escapeHtml2(value.trim())}</a>`;
  return escapeHtml2(value);
}

// src/server/table/facets.ts
function loadFacetConfigs(queryString, metadata) {
  const configs = /* @__PURE__ */ new Map();
  const add = (type, c) => configs.set(type, [...configs.get(type) ?? [], c]);
  for (const fc of metadata.facets ?? []) {
    if (typeof fc === "string") add("column", { source: "metadata", config: { simple: fc } });
    else {
      const [type, value] = Object.entries(fc)[0];
      add(type, {
        source: "metadata",
        config: typeof value === "string" ? { simple: value } : value
      });
    }
  }
  const grouped = /* @__PURE__ */ new Map();
  for (const [k, v] of parseQsl(queryString, true)) grouped.set(k, [...grouped.get(k) ?? [], v]);
  for (const [key, values] of grouped) {
    if (!key.startsWith("_facet")) continue;
    const type = key === "_facet" ? "column" : key.startsWith("_facet_") ? key.slice(7) : null;
    if (!type) continue;
    for (const value of new Set(values))
      add(type, { source: "request", config: requestFacetConfig(key, value) });
  }
  return configs;
}
function requestFacetConfig(key, value) {
  if (!value.startsWith("{")) return { simple: value };
  let config;
  try {
    config = JSON.parse(value);
  } catch {
    throw new HttpError(400, `Invalid JSON in ${key}: ${value}`);
  }
  const column = config?.column;
  if (typeof column !== "string" || !column)
    throw new HttpError(400, `${key} needs a "column" string: ${value}`);
  return config;
}
function facetSize(datasette, args2, database, table) {
  const max = datasette.settings.max_returned_rows;
  let size = datasette.settings.default_facet_size;
  const tableSize = table ? datasette.metadata.databases?.[database]?.tables?.[table]?.facet_size : void 0;
  let custom = args2.get("_facet_size");
  if (custom) {
    if (custom === "max") size = max;
    else if (/^\d+$/.test(custom)) size = parseInt(custom, 10);
    else custom = null;
  }
  if (tableSize && !custom) size = tableSize === "max" ? max : tableSize;
  return Math.min(size, max);
}
var SUGGEST_CONSIDER = 1e3;
function isTimeout(error) {
  return error instanceof QueryTimeoutError;
}
async function facetResults(ctx, args2) {
  const configs = loadFacetConfigs(ctx.queryString, ctx.metadata);
  const size = facetSize(ctx.datasette, args2, ctx.database, ctx.table);
  const results = {};
  const timedOut = [];
  const qsPairs = parseQsl(ctx.queryString, true);
  const has = (k, v) => qsPairs.some(([pk, pv]) => pk === k && pv === v);
  const absolute2 = (p) => ctx.origin + p;
  for (const type of ["column", "date", "array"]) {
    for (const { source, config } of configs.get(type) ?? []) {
      const column = config.column || config.simple;
      const col = escapeSqlite(column);
      const sql = type === "column" ? `select ${col} as value, count(*) as count from (
                    ${ctx.sql}
                )
                where ${col} is not null
                group by ${col} order by count desc, value limit ${size + 1}` : type === "date" ? `select date(${col}) as value, count(*) as count from (
                    ${ctx.sql}
                )
                where date(${col}) is not null
                group by date(${col}) order by count desc, value limit ${size + 1}` : `with inner as (${ctx.sql}),
                deduped_array_items as (
                    select
                        distinct j.value,
                        inner.*
                    from
                        json_each([inner].${col}) j
                        join inner
                )
                select
                    value as value,
                    count(*) as count
                from
                    deduped_array_items
                group by
                    value
                order by
                    count(*) desc, value limit ${size + 1}`;
      let rows;
      try {
        rows = (await runSql(ctx.db, sql, ctx.params, {
          timeLimitMs: ownTimeLimit(ctx.datasette.config, ctx.datasette.settings.facet_time_limit_ms),
          maxRows: 0
        })).rows;
      } catch (error) {
        if (error instanceof SqlError && !isTimeout(error))
          throw new HttpError(400, error.message, { cause: error });
        if (!isTimeout(error)) throw error;
        timedOut.push(column);
        continue;
      }
      const facetRows = rows.slice(0, size);
      const values = [];
      let toggle;
      if (type === "column") {
        toggle = pathWithRemovedArgs(ctx.path, ctx.queryString, [["_facet", column]]);
        const labels = ctx.table ? await expandForeignKeys(
          ctx.datasette,
          ctx.actor,
          ctx.database,
          ctx.schema,
          ctx.table,
          column,
          facetRows.map((r) => r[0])
        ) : /* @__PURE__ */ new Map();
        const columnQs = column.startsWith("_") ? `${column}__exact` : column;
        for (const [value, count] of facetRows) {
          const selected = has(columnQs, pyStr2(value));
          const togglePath = selected ? pathWithRemovedArgs(ctx.path, ctx.queryString, [[columnQs, pyStr2(value)]]) : pathWithAddedArgs(ctx.path, ctx.queryString, [[columnQs, value]]);
          const label = labels.has(labelKey(column, value)) ? labels.get(labelKey(column, value)) : value;
          values.push({ value, label, count, toggle_url: absolute2(togglePath), selected });
        }
      } else if (type === "date") {
        toggle = pathWithRemovedArgs(ctx.path, ctx.queryString, [["_facet_date", column]]);
        const current = new Map(parseQsl(ctx.queryString, true)).get(`${column}__date`);
        for (const [value, count] of facetRows) {
          const selected = pyStr2(current) === pyStr2(value);
          const togglePath = selected ? pathWithRemovedArgs(ctx.path, ctx.queryString, [[`${column}__date`, pyStr2(value)]]) : pathWithAddedArgs(ctx.path, ctx.queryString, [[`${column}__date`, value]]);
          values.push({ value, label: value, count, toggle_url: absolute2(togglePath), selected });
        }
      } else {
        toggle = pathWithRemovedArgs(ctx.path, ctx.queryString, [["_facet_array", column]]);
        for (const [raw, count] of facetRows) {
          const value = pyStr2(raw);
          const key2 = `${column}__arraycontains`;
          const selected = has(key2, value);
          const togglePath = selected ? pathWithRemovedArgs(ctx.path, ctx.queryString, [[key2, value]]) : pathWithAddedArgs(ctx.path, ctx.queryString, [[key2, value]]);
          values.push({ value, label: value, count, toggle_url: absolute2(togglePath), selected });
        }
      }
      const info = type === "column" ? {
        name: column,
        type,
        hideable: source !== "metadata",
        toggle_url: toggle,
        results: values,
        truncated: rows.length > size
      } : {
        name: column,
        type,
        results: values,
        hideable: source !== "metadata",
        toggle_url: toggle,
        truncated: rows.length > size
      };
      let key = column;
      for (let i = 2; key in results; i++) key = `${column}_${i}`;
      results[key] = info;
    }
  }
  return { results, timed_out: timedOut };
}
async function suggestFacets(ctx, args2) {
  const configs = loadFacetConfigs(ctx.queryString, ctx.metadata);
  const enabled = (type) => (configs.get(type) ?? []).map((c) => c.config.simple);
  const size = facetSize(ctx.datasette, args2, ctx.database, ctx.table);
  const skip = { column: enabled("column"), date: enabled("date"), array: enabled("array") };
  const key = JSON.stringify(["suggested facets", ctx.sql, ctx.params, ctx.rowCount, size, skip]);
  const found = await ctx.db.remember(key, () => findSuggestions(ctx, size, skip));
  return found.map(({ name, type }) => {
    const arg = type === "date" ? "_facet_date" : type === "array" ? "_facet_array" : "_facet";
    const toggle_url = ctx.origin + pathWithAddedArgs(ctx.path, ctx.queryString, [[arg, name]]);
    return type === "column" ? { name, toggle_url } : { name, type, toggle_url };
  });
}
async function findSuggestions(ctx, size, skip) {
  const limit = ownTimeLimit(ctx.datasette.config, ctx.datasette.settings.facet_suggest_time_limit_ms);
  let timedOut = false;
  const run = async (sql) => {
    try {
      return (await runSql(ctx.db, sql, ctx.params, { timeLimitMs: limit, maxRows: 0 })).rows;
    } catch (error) {
      if (isTimeout(error)) timedOut = true;
      else if (!(error instanceof SqlError)) throw error;
      return null;
    }
  };
  const columns = (await runSql(ctx.db, `select * from (${ctx.sql}) limit 0`, ctx.params)).columns;
  let rowCount = ctx.rowCount;
  if (rowCount === null) {
    rowCount = Number(
      (await runSql(
        ctx.db,
        `select count(*) from (select * from (${ctx.sql}) limit ${SUGGEST_CONSIDER})`,
        ctx.params
      )).rows[0][0]
    );
  }
  const isColumnFacet = async (col) => {
    const rows = await run(
      `
                with limited as (select * from (${ctx.sql}) limit ${SUGGEST_CONSIDER})
                select ${col} as value, count(*) as n from limited
                where value is not null
                group by value
                limit ${size + 1}
            `
    );
    const n = rows?.length ?? 0;
    return rows !== null && 1 < n && n < rowCount && n <= size && rows.some((r) => Number(r[1]) > 1);
  };
  const isDateFacet = async (col) => {
    const rows = await run(
      `
                select date(${col}) from (
                    select * from (${ctx.sql}) limit 100
                ) where ${col} glob "????-??-*"
            `
    );
    return rows?.some((r) => Boolean(r[0])) ?? false;
  };
  const isArrayFacet = async (col) => {
    const types = (await run(
      `
                with limited as (select * from (${ctx.sql}) limit ${SUGGEST_CONSIDER})
                select distinct json_type(${col})
                from limited
                where ${col} is not null and ${col} != ''
            `
    ))?.map((r) => r[0]);
    if (!types || !(types.length === 1 && types[0] === "array") && !(types.length === 2 && types[0] === "array" && types[1] === null))
      return false;
    const first = await run(
      `select ${col} from (${ctx.sql}) where ${col} is not null and ${col} != '' and json_array_length(${col}) > 0 limit 100`
    );
    return first !== null && first.length > 0 && first.every((r) => isJsonArrayOfStrings(r[0]));
  };
  const tests = [
    ["column", isColumnFacet],
    ["date", isDateFacet],
    ["array", isArrayFacet]
  ];
  const found = [];
  for (const [type, test] of tests) {
    for (const name of columns) {
      if (!skip[type].includes(name) && await test(escapeSqlite(name))) found.push({ name, type });
    }
  }
  return { value: found, keep: !timedOut };
}
function isJsonArrayOfStrings(value) {
  try {
    const parsed = JSON.parse(String(value));
    return Array.isArray(parsed) && parsed.every((v) => typeof v === "string");
  } catch {
    return false;
  }
}

// src/server/table/table-csv.ts
async function tableCsv(req, resolved) {
  const { datasette, args: args2 } = req;
  const stream = Boolean(args2.get("_stream"));
  if (stream) {
    if (!datasette.settings.allow_csv_stream) throw new HttpError(400, "CSV streaming is disabled");
    if (args2.get("_next")) throw new HttpError(400, "_next not allowed for CSV streaming");
  }
  const fetchPage = (next) => tablePage(
    { ...resolved, datasette, args: args2, actor: req.actor, ...next !== void 0 ? { next } : {} },
    {
      db: resolved.db,
      path: req.ctx.path,
      queryString: req.ctx.querystring,
      origin: requestOrigin(req.ctx, req.datasette),
      defaultLabels: false
    }
  );
  const first = await fetchPage();
  const expanded = new Set(first.expandedColumns);
  const headings = first.columns.flatMap((c) => expanded.has(c) ? [c, `${c}_label`] : [c]);
  const blobUrl2 = (row, column) => `${requestOrigin(req.ctx, req.datasette)}${datasette.urls.table(resolved.database, resolved.table)}/${pathFromRowPks(row, resolved.pks, !resolved.pks.length)}.blob?_blob_column=${encodeURIComponent(column)}`;
  const toCells = (page) => {
    const text = (value, index2, column) => typeof value === "number" ? numberText(value, page.floats.has(index2, column)) : value;
    return page.rows.map(
      (row, index2) => page.columns.flatMap((column) => {
        const cell = row[column];
        if (Buffer.isBuffer(cell)) return [blobUrl2(row, column)];
        if (!expanded.has(column)) return [text(cell, index2, column)];
        if (cell === null || cell === void 0) return ["", ""];
        if (typeof cell === "object" && "label" in cell) {
          const { value, label } = cell;
          return [text(value, index2, column), label];
        }
        return [text(cell, index2, column), ""];
      })
    );
  };
  async function* rows() {
    let page = first;
    for (; ; ) {
      for (const cells of toCells(page)) yield cells;
      if (!stream || !page.next) return;
      page = await fetchPage(page.next);
    }
  }
  return { columns: headings, rows: rows(), filename: `${resolved.table}.csv` };
}

// src/server/table/redirects.ts
function tableRedirect(path9, queryString, args2) {
  const params = [];
  const column = args2.get("_filter_column");
  let op = args2.get("_filter_op") || "";
  let value = args2.get("_filter_value") || "";
  if (op.includes("__")) [op, value] = splitOnce(op, value);
  if (column) params.push([`${column}__${op}`, value]);
  for (const key of ["_filter_column", "_filter_op", "_filter_value"])
    if (args2.has(key)) params.push([key, null]);
  for (const key of new Set(args2.keys())) {
    const m = /^_filter_column_(\d+)$/.exec(key);
    if (!m) continue;
    const n = m[1];
    const col = args2.get(key);
    let numberedOp = args2.get(`_filter_op_${n}`) || "exact";
    let numberedValue = args2.get(`_filter_value_${n}`) || "";
    if (numberedOp.includes("__")) [numberedOp, numberedValue] = splitOnce(numberedOp, numberedValue);
    if (col) params.push([`${col}__${numberedOp}`, numberedValue]);
    params.push([`_filter_column_${n}`, null], [`_filter_op_${n}`, null], [`_filter_value_${n}`, null]);
  }
  if (params.length) return pathWithAddedArgs(path9, queryString, params);
  if (args2.has("_sort_by_desc")) {
    return pathWithAddedArgs(path9, queryString, [
      ["_sort_desc", args2.get("_sort")],
      ["_sort_by_desc", null],
      ["_sort", null]
    ]);
  }
  return null;
}
function splitOnce(op, fallback) {
  const i = op.indexOf("__");
  return i < 0 ? [op, fallback] : [op.slice(0, i), op.slice(i + 2)];
}

// src/server/views/table.ts
var tableView = async (req) => {
  const { datasette, params, format, args: args2, actor, ctx } = req;
  const resolved = await findTable(datasette, params.database, params.table);
  if (!resolved) {
    if (cannedQuery(datasette, params.database, params.table)) return queryView(req);
    throw new HttpError(404, "Table not found");
  }
  if (ctx.method === "POST") {
    return { status: 405, raw: { body: "Method not allowed", contentType: "text/plain; charset=utf-8" } };
  }
  if (!await datasette.permissionAllowed(actor, "view-table", [resolved.database, resolved.table])) {
    throw new HttpError(403, "You do not have permission to view this table");
  }
  const redirect = tableRedirect(ctx.path, ctx.querystring, args2);
  if (redirect) return { redirect, headers: { Link: `<${redirect}>; rel=preload` } };
  if (args2.has("_where") && !await datasette.permissionAllowed(actor, "execute-sql", resolved.database)) {
    throw new HttpError(403, "_where= is not allowed");
  }
  const headers = cacheHeaders(req);
  if (format === "csv") return { headers, csv: () => tableCsv(req, resolved) };
  if (format && format !== "json") {
    const page2 = await tablePage(tableRequest(req, resolved), pageOptions(req, resolved, false));
    return {
      rows: async () => ({
        columns: page2.columns,
        rows: page2.rows.map((r) => Object.values(r)),
        database: resolved.database,
        table: resolved.table
      })
    };
  }
  const html = format === null;
  const extras = extraNames(args2);
  if (!html) validateExtras(extras, TABLE_EXTRAS);
  if ([...args2.keys()].some((k) => k === "_facet" || k.startsWith("_facet_"))) extras.add("facet_results");
  if (args2.get("_shape") === "object") extras.add("primary_keys");
  if (extras.has("count")) extras.add("count_truncated");
  if (html) for (const e of HTML_EXTRAS) extras.add(e);
  if (!datasette.settings.allow_facet && [...args2.keys()].some((k) => k.startsWith("_facet"))) {
    throw new HttpError(400, "_facet= is not allowed");
  }
  const started = performance.now();
  const page = await tablePage(tableRequest(req, resolved), pageOptions(req, resolved, html));
  const data = { ok: true, next: page.next, next_url: page.nextUrl };
  Object.assign(data, await resolveExtras(req, resolved, page, extras));
  const queryMs = req.datasette.config.deterministic ? 0 : performance.now() - started;
  data.rows = page.rows;
  for (const result2 of await datasette.callHook("tableExtras", {
    database: resolved.database,
    table: resolved.table,
    datasette
  })) {
    if (result2) Object.assign(data, result2);
  }
  if (page.nextUrl) headers.link = `<${page.nextUrl}>; rel="next"`;
  if (!html) {
    const shaped = shapeJson(args2, data, { truncated: false, floats: page.floats });
    return { headers, ...shapedResult(shaped) };
  }
  const alternateJson = datasette.urls.path(
    pathWithFormat(ctx.path.slice(datasette.settings.base_url.length - 1), ctx.querystring, "json")
  );
  const result = {
    headers,
    alternateJson,
    html: async () => ({
      templates: [`table-${toCssClass(resolved.database)}-${toCssClass(resolved.table)}.html`, "table.html"],
      context: withDefaults(await htmlContext(req, resolved, page, data), { query_ms: queryMs })
    })
  };
  return result;
};
var displays = /* @__PURE__ */ new WeakMap();
function tableDisplay(req, resolved, page) {
  let display = displays.get(page);
  if (!display) {
    display = displayColumnsAndRows({
      datasette: req.datasette,
      database: resolved.database,
      table: resolved.table,
      info: resolved.info,
      columns: page.columns,
      rows: page.rows,
      linkColumn: !resolved.isView,
      truncateCells: req.datasette.settings.truncate_cells_html,
      sortableColumns: page.query.sortableColumns,
      columnDescriptions: resolved.metadata.columns ?? {},
      floats: page.floats
    });
    displays.set(page, display);
  }
  return display;
}
function tableRequest(req, resolved) {
  return { ...resolved, datasette: req.datasette, args: req.args, actor: req.actor };
}
function pageOptions(req, resolved, defaultLabels) {
  return {
    db: resolved.db,
    path: req.ctx.path,
    queryString: req.ctx.querystring,
    origin: origin(req),
    defaultLabels,
    signal: clientGone(req.ctx)
  };
}
function origin(req) {
  const o = requestOrigin(req.ctx, req.datasette);
  return req.datasette.settings.force_https_urls ? o.replace(/^http:/, "https:") : o;
}
function cacheHeaders(req) {
  const ttlArg = req.args.get("_ttl");
  const ttl = ttlArg && /^\d+$/.test(ttlArg) ? parseInt(ttlArg, 10) : req.datasette.settings.default_cache_ttl;
  return { "Cache-Control": ttl === 0 ? "no-cache" : `max-age=${ttl}`, "Referrer-Policy": "no-referrer" };
}
async function resolveExtras(req, resolved, page, extras) {
  const { datasette, args: args2, ctx } = req;
  const { db, database, table, info } = resolved;
  const q = page.query;
  const nocount = Boolean(args2.get("_nocount")) || ["array", "object"].includes(args2.get("_shape") ?? "");
  const nofacet = Boolean(args2.get("_nofacet")) || ["array", "object"].includes(args2.get("_shape") ?? "");
  const nosuggest = Boolean(args2.get("_nosuggest"));
  let count;
  const getCount = async () => {
    if (count !== void 0) return count;
    count = null;
    if (!nocount) {
      const sql = `select count(*) from (select * ${q.fromSql} limit ${COUNT_LIMIT + 1})`;
      count = await db.remember(JSON.stringify(["count", sql, q.fromSqlParams]), async () => {
        try {
          return {
            value: Number((await runCount(req, resolved, sql, q.fromSqlParams)).rows[0][0]),
            keep: true
          };
        } catch (error) {
          if (error.name !== "QueryTimeoutError") throw error;
          return { value: null, keep: false };
        }
      });
    }
    return count;
  };
  const facetContext = async () => ({
    datasette,
    db,
    schema: resolved.schema,
    database,
    table,
    sql: q.sqlNoOrderNoLimit,
    params: q.params,
    metadata: resolved.metadata,
    path: ctx.path,
    queryString: ctx.querystring,
    origin: origin(req),
    actor: req.actor,
    rowCount: await getCount()
  });
  let facets;
  const getFacets = async () => facets ??= nofacet ? { results: {}, timed_out: [] } : await facetResults(await facetContext(), args2);
  const display = () => tableDisplay(req, resolved, page);
  const resolvers = {
    count: getCount,
    count_truncated: async () => await getCount() === COUNT_LIMIT + 1,
    count_sql: () => q.countSql,
    facet_results: getFacets,
    facets_timed_out: async () => (await getFacets()).timed_out,
    suggested_facets: async () => datasette.settings.suggest_facets && datasette.settings.allow_facet && !args2.get("_next") && !nofacet && !nosuggest ? suggestFacets(await facetContext(), args2) : [],
    human_description_en: () => {
      let text = q.filters.humanDescriptionEn(q.humanExtras);
      if (q.sort || q.sortDesc) {
        const sortedBy = `sorted by ${q.sort || q.sortDesc}${q.sortDesc ? " descending" : ""}`;
        text = [text, sortedBy].filter(Boolean).join(" ");
      }
      return text;
    },
    columns: () => page.columns,
    all_columns: () => [...resolved.tableColumns],
    primary_keys: () => resolved.pks,
    column_details: () => columnDetails(info?.columns ?? []),
    display_columns: async () => (await display()).columns,
    render_cell: () => page.rows.map(() => ({})),
    debug: () => ({
      url_vars: req.params,
      resolved: "",
      nofacet: args2.get("_nofacet"),
      nosuggest: args2.get("_nosuggest")
    }),
    request: () => requestExtra(req),
    query: () => ({ sql: q.sql, params: q.params }),
    column_types: () => ({}),
    set_column_type_ui: () => null,
    metadata: () => tableMetadataExtra(resolved.metadata),
    extras: () => extrasList(TABLE_EXTRAS, extras, req),
    database: () => database,
    table: () => table,
    database_color: () => databaseColor(database),
    renderers: () => ({
      json: pathWithFormat(
        ctx.path,
        ctx.querystring,
        "json",
        info?.foreignKeys.outgoing.length ? { _labels: "on" } : {}
      )
    }),
    custom_table_templates: () => [
      `_table-${toCssClass(database)}-${toCssClass(table)}.html`,
      `_table-table-${toCssClass(database)}-${toCssClass(table)}.html`,
      "_table.html"
    ],
    sorted_facet_results: async () => sortedFacets(Object.values((await getFacets()).results), resolved.metadata.facets),
    // The schema already says which of the two this is: only that one is read from sqlite_master.
    table_definition: () => resolved.isView ? null : schemaDefinition(db, table, "table"),
    view_definition: () => resolved.isView ? schemaDefinition(db, table, "view") : null,
    is_view: () => resolved.isView,
    private: () => false,
    expandable_columns: () => (info?.foreignKeys.outgoing ?? []).map((fk) => [
      fk,
      resolved.schema.tables.find((t) => t.name === fk.other_table)?.labelColumn ?? null
    ]),
    form_hidden_args: () => {
      const out2 = [];
      for (const key of new Set(args2.keys())) {
        if (key.startsWith("_") && !["_sort", "_sort_desc", "_search", "_next"].includes(key) && !key.includes("__")) {
          for (const v of args2.getAll(key)) out2.push([key, v]);
        }
      }
      return out2;
    }
  };
  const out = {};
  for (const name of TABLE_EXTRAS) if (extras.has(name)) out[name] = await resolvers[name]();
  return out;
}
function runCount(req, resolved, sql, params) {
  const timeLimitMs = ownTimeLimit(req.datasette.config, req.datasette.settings.sql_time_limit_ms);
  return runSql(resolved.db, sql, params, { timeLimitMs });
}
function sortedFacets(facets, configs) {
  const bySize = (list) => [...list].sort(
    (a, b) => b.results.length - a.results.length || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)
  );
  if (!configs?.length) return bySize(facets);
  const names2 = configs.map((c) => typeof c === "string" ? c : Object.values(c)[0]);
  const fromMetadata = facets.filter((f) => names2.includes(f.name)).sort((a, b) => names2.indexOf(a.name) - names2.indexOf(b.name));
  return [...fromMetadata, ...bySize(facets.filter((f) => !names2.includes(f.name)))];
}
async function htmlContext(req, resolved, page, data) {
  const { datasette, ctx, args: args2 } = req;
  const q = page.query;
  const { database, table } = resolved;
  const slots = { datasette, actor: req.actor, request: ctx, database };
  const [display, actionMenu, top] = await Promise.all([
    tableDisplay(req, resolved, page),
    resolved.isView ? actionItems(datasette, "viewActions", { ...slots, view: table }) : actionItems(datasette, "tableActions", { ...slots, table }),
    topHtml(datasette, "topTable", { datasette, request: ctx, database, table })
  ]);
  const labelsExtra = resolved.info?.foreignKeys.outgoing.length ? { _labels: "on" } : {};
  const urlCsv = pathWithFormat(ctx.path, ctx.querystring, "csv", { _size: "max", ...labelsExtra });
  let sort = q.sort;
  if (!sort && !q.sortDesc) {
    if (resolved.pks.length === 1) sort = resolved.pks[0];
    else if (q.useRowid) sort = "rowid";
  }
  return layeredVariables(
    {
      display_columns: display.columns,
      // Cells are HTML already: safe, so `{{ cell.value }}` prints them as Datasette's Markup does.
      display_rows: display.rows.map(
        (r) => Object.assign(
          r.cells.map((c) => ({ ...c, value: markSafe(String(c.value)) })),
          { pk_path: r.pk_path, row_path: r.row_path, row_label: r.row_label }
        )
      ),
      filters: q.filters,
      filter_columns: [...page.columns, ...resolved.tableColumns.filter((c) => !page.columns.includes(c))],
      supports_search: q.supportsSearch,
      search: q.search,
      extra_wheres_for_ui: q.extraWheresForUi.map((w) => ({
        text: w.text,
        remove_url: pathWithRemovedArgs(ctx.path, ctx.querystring, [["_where", w.text]])
      })),
      url_csv: urlCsv,
      url_csv_path: urlCsv.split("?")[0],
      url_csv_hidden_args: [
        ...parseQsl(ctx.querystring).filter(([k]) => !["_labels", "_facet", "_size"].includes(k)),
        ["_size", "max"]
      ],
      sort,
      sort_desc: q.sortDesc,
      is_sortable: display.columns.some((c) => c.sortable),
      allow_execute_sql: await datasette.permissionAllowed(req.actor, "execute-sql", resolved.database),
      datasette_allow_facet: datasette.settings.allow_facet ? "true" : "false",
      count_truncated: data.count === COUNT_LIMIT + 1,
      path_with_replaced_args: (_request, replaced) => pathWithReplacedArgs(ctx.path, ctx.querystring, Object.entries(replaced)),
      append_querystring: (url, qs) => `${url}${url.includes("?") ? "&" : "?"}${qs}`,
      // path_with_replaced_args starts from the request path, which already carries base_url; like Datasette's
      // PrefixedUrlString, a path that is already prefixed is not prefixed again (/repo/repo/db/t?_sort=x).
      fix_path: (p) => datasette.urls.baseUrl !== "/" && p.startsWith(datasette.urls.baseUrl) ? p : datasette.urls.path(p),
      escape_sqlite: escapeSqlite,
      // The partials _facet_results.html and _suggested_facets.html call it as a function.
      to_css_class: toCssClass,
      args_has: (name) => args2.has(name),
      table_page_data: {},
      table_insert_ui: null,
      table_alter_ui: null,
      set_column_type_ui: null,
      actions: () => actionMenu,
      top_table: () => top
    },
    data
  );
}

// src/server/views/row.ts
var rowView = async (req) => {
  const { datasette, params, format, args: args2, actor } = req;
  resolveDatabase(datasette, params.database);
  const resolved = await findTable(datasette, params.database, params.table);
  if (!resolved) throw new HttpError(404, "Table not found");
  const pkValues = params.pks.split(",").map(tildeDecode);
  const pks = resolved.pks.length ? resolved.pks : ["rowid"];
  const select = resolved.pks.length ? "*" : "rowid, *";
  const sql = `select ${select} from ${escapeSqlite(resolved.table)} where ${pks.map((pk, i) => `"${pk}"=:p${i}`).join(" AND ")}`;
  const sqlParams = {};
  pkValues.forEach((v, i) => sqlParams[`p${i}`] = v);
  if (pkValues.length !== pks.length)
    throw new HttpError(400, "URL row identifier does not match the primary key for this table");
  const started = performance.now();
  const result = await runSql(resolved.db, sql, sqlParams, { bounded: true, maxRows: 0 });
  if (!result.rows.length) throw new HttpError(404, "Row not found");
  if (!await datasette.permissionAllowed(actor, "view-table", [resolved.database, resolved.table])) {
    throw new HttpError(403, "You do not have permission to view this table");
  }
  const columns = result.columns;
  const rows = result.rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
  const headers = cacheHeaders(req);
  const floats = Floats.of(result);
  if (format === "csv") {
    const csvRows = result.rows.map(
      (r, index2) => r.map((v, i) => typeof v === "number" ? numberText(v, floats.has(index2, columns[i])) : v)
    );
    return { headers, csv: async () => ({ columns, rows: csvRows, filename: `${resolved.table}.csv` }) };
  }
  const extras = extraNames(args2);
  if (format) validateExtras(extras, ROW_EXTRAS);
  const data = {
    ok: true,
    database: resolved.database,
    table: resolved.table,
    rows,
    columns,
    primary_keys: pks,
    primary_key_values: pkValues
  };
  const fkTables = () => foreignKeyTables(req, resolved, pkValues);
  const resolvers = {
    columns: () => columns,
    primary_keys: () => pks,
    column_details: () => columnDetails(resolved.info?.columns ?? []),
    render_cell: () => rows.map(() => ({})),
    debug: () => ({
      url_vars: { ...req.params, ...format ? { format } : {} },
      resolved: { table: resolved.table, sql, params: sqlParams, pks, pk_values: pkValues }
    }),
    request: () => requestExtra(req),
    query: () => ({ sql, params: sqlParams }),
    column_types: () => ({}),
    metadata: () => tableMetadataExtra(resolved.metadata),
    extras: () => extrasList(ROW_EXTRAS, extras, req),
    database: () => resolved.database,
    table: () => resolved.table,
    database_color: () => databaseColor(resolved.database),
    private: () => false,
    foreign_key_tables: fkTables
  };
  for (const name of ROW_EXTRAS) if (extras.has(name)) data[name] = await resolvers[name]();
  data.query_ms = req.datasette.config.deterministic ? 0 : performance.now() - started;
  if (format && format !== "json") {
    return {
      rows: async () => ({ columns, rows: result.rows, database: resolved.database, table: resolved.table })
    };
  }
  if (format === "json") {
    const shaped = shapeJson(args2, data, { truncated: false, floats });
    return { headers, ...shapedResult(shaped) };
  }
  return {
    headers,
    alternateJson: datasette.urls.path(
      pathWithFormat(req.ctx.path.slice(datasette.settings.base_url.length - 1), req.ctx.querystring, "json")
    ),
    html: async () => ({
      templates: [`row-${toCssClass(resolved.database)}-${toCssClass(resolved.table)}.html`, "row.html"],
      context: await rowHtmlContext(req, resolved, data, rows, columns, pks, await fkTables(), floats)
    })
  };
};
async function rowHtmlContext(req, resolved, data, rows, columns, pks, foreignKeyTables2, floats) {
  const { datasette, ctx } = req;
  const { database, table } = resolved;
  const [rowActions, top] = await Promise.all([
    actionItems(datasette, "rowActions", {
      datasette,
      actor: req.actor,
      request: ctx,
      database,
      table,
      row: rows[0]
    }),
    topHtml(datasette, "topRow", { datasette, request: ctx, database, table, row: rows[0] })
  ]);
  const pkSet = new Set(pks);
  const ordered = [...columns.filter((c) => pkSet.has(c)), ...columns.filter((c) => !pkSet.has(c))];
  let expanded = rows.map((r) => Object.fromEntries(ordered.map((c) => [c, r[c]])));
  for (const fk of resolved.info?.foreignKeys.outgoing ?? []) {
    if (!ordered.includes(fk.column)) continue;
    const labels = await expandForeignKeys(
      datasette,
      req.actor,
      resolved.database,
      resolved.schema,
      resolved.table,
      fk.column,
      expanded.map((r) => r[fk.column])
    );
    expanded = expanded.map((r) => {
      const v = r[fk.column];
      return v !== null && labels.has(labelKey(fk.column, v)) ? { ...r, [fk.column]: { value: v, label: labels.get(labelKey(fk.column, v)) } } : r;
    });
  }
  const display = await displayColumnsAndRows({
    datasette,
    database: resolved.database,
    table: resolved.table,
    info: resolved.info,
    columns: ordered,
    rows: expanded,
    linkColumn: false,
    truncateCells: 0,
    sortableColumns: /* @__PURE__ */ new Set(),
    columnDescriptions: resolved.metadata.columns ?? {},
    floats
  });
  for (const row of display.rows)
    for (const cell of row.cells) if (pkSet.has(cell.column)) cell.value = `<strong>${cell.value}</strong>`;
  const label = resolved.isView ? null : rowLabel(expanded[0], resolved.info?.labelColumn ?? null);
  const urlCsv = pathWithFormat(req.ctx.path, req.ctx.querystring, "csv", { _size: "max" });
  const customTemplates = [
    `_table-${toCssClass(resolved.database)}-${toCssClass(resolved.table)}.html`,
    `_table-row-${toCssClass(resolved.database)}-${toCssClass(resolved.table)}.html`,
    "_table.html"
  ];
  return layeredVariables(
    {
      columns: ordered,
      foreign_key_tables: foreignKeyTables2,
      database_color: databaseColor(resolved.database),
      display_columns: display.columns,
      // Cells are HTML already: safe, so `{{ cell.value }}` prints them as Datasette's Markup does.
      display_rows: display.rows.map(
        (r) => Object.assign(
          r.cells.map((c) => ({ ...c, value: markSafe(String(c.value)) })),
          { row_label: label }
        )
      ),
      custom_table_templates: customTemplates,
      row_label: label,
      to_css_class: toCssClass,
      // Datasette 1.0a37's row page gets an empty `metadata` (its row view's template extras say so): no
      // table description, source or license on a row's page; the `metadata` JSON extra is the table's.
      metadata: {},
      renderers: { json: pathWithFormat(req.ctx.path, req.ctx.querystring, "json") },
      url_csv: urlCsv,
      url_csv_path: urlCsv.split("?")[0],
      url_csv_hidden_args: [["_size", "max"]],
      table_page_data: {},
      row_mutation_ui: null,
      private: false,
      row_actions: rowActions,
      top_row: () => top
    },
    data
  );
}
async function foreignKeyTables(req, resolved, pkValues) {
  if (pkValues.length !== 1) return [];
  const incoming = resolved.info?.foreignKeys.incoming ?? [];
  if (!incoming.length) return [];
  const sql = "select " + incoming.map(
    (fk) => `(select count(*) from ${escapeSqlite(fk.other_table)} where ${escapeSqlite(fk.other_column)}=:id)`
  ).join(", ");
  let counts;
  try {
    const timeLimitMs = ownTimeLimit(req.datasette.config, req.datasette.settings.sql_time_limit_ms);
    counts = (await runSql(resolved.db, sql, { id: pkValues[0] }, { timeLimitMs })).rows[0] ?? [];
  } catch (error) {
    if (error.name === "QueryTimeoutError") return [];
    throw error;
  }
  const byKey = /* @__PURE__ */ new Map();
  incoming.forEach((fk, i) => byKey.set(`${fk.other_table}\0${fk.other_column}`, counts[i]));
  return incoming.map((fk) => {
    let key = fk.other_column;
    if (key.startsWith("_")) key += "__exact";
    const link = `${req.datasette.urls.table(resolved.database, fk.other_table)}?${key}=${pkValues.join(",")}`;
    return { ...fk, count: byKey.get(`${fk.other_table}\0${fk.other_column}`) || 0, link };
  });
}

// src/server/write/sqlite-values.ts
var isFloat2 = (floats, container, key) => floats.get(container)?.has(key) === true;
function bindValue(value, float, floats) {
  if (value === null || value === void 0) return null;
  if (typeof value === "boolean") return value ? 1n : 0n;
  if (typeof value === "number") {
    if (Number.isNaN(value)) return null;
    return float || !Number.isInteger(value) ? value : BigInt(value);
  }
  if (typeof value === "bigint" || typeof value === "string" || Buffer.isBuffer(value)) return value;
  return pythonJson(value, floats);
}
function suggestColumnTypes(rows, floats) {
  const seen = /* @__PURE__ */ new Map();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      let kinds = seen.get(key);
      if (!kinds) seen.set(key, kinds = /* @__PURE__ */ new Set());
      kinds.add(pythonKind(value, isFloat2(floats, row, key)));
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [key, kinds] of seen) {
    if (kinds.size > 1) kinds.delete("none");
    out.set(key, typeForKinds(kinds));
  }
  return out;
}
function pythonKind(value, float) {
  if (value === null || value === void 0) return "none";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "bigint") return "int";
  if (typeof value === "number") return float || !Number.isInteger(value) ? "float" : "int";
  if (typeof value === "string") return "str";
  if (Buffer.isBuffer(value)) return "bytes";
  return "json";
}
function typeForKinds(kinds) {
  const only = (...allowed2) => [...kinds].every((k) => allowed2.includes(k));
  if (kinds.size === 1) {
    const [kind] = kinds;
    if (kind === "int" || kind === "bool") return "INTEGER";
    if (kind === "float") return "REAL";
    if (kind === "bytes") return "BLOB";
    return "TEXT";
  }
  if (only("int", "bool")) return "INTEGER";
  if (only("int", "float", "bool")) return "REAL";
  if (only("bytes", "str")) return "BLOB";
  return "TEXT";
}
function pythonJson(value, floats) {
  const dump = (v, float) => {
    if (v === null || v === void 0) return "null";
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "bigint") return v.toString();
    if (typeof v === "number")
      return float ? pythonFloat(v) : Number.isInteger(v) ? String(v) : pythonFloat(v);
    if (typeof v === "string") return JSON.stringify(v);
    if (Buffer.isBuffer(v)) return JSON.stringify(v.toString("latin1"));
    if (Array.isArray(v)) return `[${v.map((item, i) => dump(item, isFloat2(floats, v, i))).join(", ")}]`;
    const entries = Object.entries(v).map(
      ([k, item]) => `${JSON.stringify(k)}: ${dump(item, isFloat2(floats, v, k))}`
    );
    return `{${entries.join(", ")}}`;
  };
  return dump(value, false);
}
function pythonFloat(n) {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    return n.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  }
  const s = String(n);
  return Number.isInteger(n) ? `${s}.0` : s;
}

// src/server/write/sqlite-tables.ts
var WriteError = class extends Error {
  constructor(message2, status = 400) {
    super(message2);
    this.status = status;
  }
  status;
  name = "WriteError";
};
var statements = /* @__PURE__ */ new WeakMap();
var MAX_CACHED = 64;
function prepared2(conn, sql) {
  let cache = statements.get(conn);
  if (!cache) statements.set(conn, cache = /* @__PURE__ */ new Map());
  let statement = cache.get(sql);
  if (!statement) {
    statement = conn.prepare(sql);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value);
    cache.set(sql, statement);
  }
  return statement;
}
var quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;
function tableExists(conn, table) {
  return prepared2(conn, "select 1 from sqlite_master where type = 'table' and name = ?").get(table) !== void 0;
}
function tableSchema(conn, table) {
  const row = conn.prepare("select sql from sqlite_master where type = 'table' and name = ?").get(table);
  return row?.sql ?? null;
}
function columnNames(conn, table) {
  return prepared2(conn, "select name from pragma_table_info(?)").all(table).map(
    (c) => c.name
  );
}
function primaryKeys(conn, table) {
  const rows = prepared2(conn, "select name, pk from pragma_table_info(?) where pk > 0 order by pk").all(
    table
  );
  return rows.map((r) => r.name);
}
function createTableSql(conn, table, columns, pk) {
  const pks = pk === null ? [] : Array.isArray(pk) ? pk : [pk];
  const singlePk = pks.length === 1 ? pks[0] : null;
  const specs = [...columns];
  if (singlePk && !specs.some((c) => c.name === singlePk)) specs.unshift({ name: singlePk, type: "INTEGER" });
  for (const c of specs) {
    if (c.name.includes("[") || c.name.includes("]"))
      throw new WriteError("'[' and ']' cannot be used in column names");
  }
  const lines = specs.map((c) => {
    const extras = [];
    if (c.name === singlePk) extras.push("PRIMARY KEY");
    if (c.notNull) extras.push("NOT NULL");
    if (c.defaultSql !== void 0) extras.push(`DEFAULT ${c.defaultSql}`);
    if (c.references) {
      const other = c.references.column ?? singlePrimaryKey(conn, c.references.table);
      extras.push(`REFERENCES ${quoteIdent(c.references.table)}(${quoteIdent(other)})`);
    }
    return `   ${quoteIdent(c.name)} ${c.type}${extras.length ? " " + extras.join(" ") : ""}`;
  });
  const compound = pks.length > 1 ? `,
   PRIMARY KEY (${pks.map(quoteIdent).join(", ")})` : "";
  return `CREATE TABLE ${quoteIdent(table)} (
${lines.join(",\n")}${compound}
)`;
}
function singlePrimaryKey(conn, table) {
  const pks = tableExists(conn, table) ? primaryKeys(conn, table) : [];
  if (pks.length !== 1) throw new WriteError(`Could not detect single primary key for table '${table}'`);
  return pks[0];
}
function defaultSql(conn, value, isExpression) {
  const text = String(value);
  if (isExpression) {
    if (/^CURRENT_(TIME|DATE|TIMESTAMP)$/i.test(text)) return text;
    return text.endsWith(")") ? `(${text})` : text;
  }
  const bound = typeof value === "number" && Number.isInteger(value) ? BigInt(value) : value;
  return conn.prepare("select quote(?) as q").get(typeof bound === "boolean" ? Number(bound) : bound).q;
}
function addMissingColumns(conn, table, rows, floats) {
  const existing = new Set(columnNames(conn, table).map((c) => c.toLowerCase()));
  for (const [name, type] of suggestColumnTypes(rows, floats)) {
    if (existing.has(name.toLowerCase())) continue;
    conn.exec(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${quoteIdent(name)} ${type}`);
    existing.add(name.toLowerCase());
  }
}
function insertRows(conn, table, rows, floats, options = {}) {
  if (!rows.length) return;
  prepareTable(conn, table, rows, floats, options);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const sql = columns.length ? `${insertVerb(options.conflict)} INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})` : `${insertVerb(options.conflict)} INTO ${quoteIdent(table)} DEFAULT VALUES`;
  const statement = prepared2(conn, sql);
  const values = new Array(columns.length);
  for (const row of rows) {
    const marks = floats.get(row);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      values[i] = bindValue(row[c], marks?.has(c) === true, floats);
    }
    statement.run(values);
  }
}
function insertRowsReturningRowids(conn, table, rows, floats, pks, options = {}) {
  if (!rows.length) return [];
  prepareTable(conn, table, rows, floats, options);
  const rowids = [];
  for (const row of rows) {
    const columns = Object.keys(row);
    const sql = columns.length ? `${insertVerb(options.conflict)} INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})` : `${insertVerb(options.conflict)} INTO ${quoteIdent(table)} DEFAULT VALUES`;
    const result = prepared2(conn, sql).run(
      columns.map((c) => bindValue(row[c], isFloat2(floats, row, c), floats))
    );
    if (result.changes > 0) rowids.push(Number(result.lastInsertRowid));
    else {
      const existing = findRowid(
        conn,
        table,
        pks,
        pks.map((pk) => row[pk])
      );
      if (existing !== null) rowids.push(existing);
    }
  }
  return rowids;
}
function rowsByRowid(conn, table, rowids) {
  if (!rowids.length) return [];
  return conn.prepare(`select * from ${quoteIdent(table)} where rowid in (${rowids.map(() => "?").join(", ")})`).all(rowids);
}
function upsertRows(conn, table, rows, floats, pks, options = {}) {
  if (options.alter) addMissingColumns(conn, table, rows, floats);
  for (const row of rows) {
    const columns = Object.keys(row);
    const bind2 = (c) => bindValue(row[c], isFloat2(floats, row, c), floats);
    const inserted = prepared2(
      conn,
      `INSERT OR IGNORE INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`
    ).run(columns.map(bind2));
    const sets = columns.filter((c) => !pks.includes(c));
    if (inserted.changes > 0 || !sets.length) continue;
    prepared2(
      conn,
      `UPDATE ${quoteIdent(table)} SET ${sets.map((c) => `${quoteIdent(c)} = ?`).join(", ")} WHERE ${pkWhere(pks)}`
    ).run([...sets.map(bind2), ...pks.map((pk) => pkValue(row[pk]))]);
  }
}
function rowsByPks(conn, table, pks, keys) {
  if (!keys.length) return [];
  const where = keys.map(() => `(${pkWhere(pks)})`).join(" OR ");
  const select = pks.length === 1 && pks[0] === "rowid" ? "rowid, *" : "*";
  return conn.prepare(`select ${select} from ${quoteIdent(table)} where ${where}`).all(keys.flat().map(pkValue));
}
function findRowid(conn, table, pks, values) {
  if (!pks.length || values.some((v) => v === void 0 || v === null)) return null;
  const row = conn.prepare(`select rowid as r from ${quoteIdent(table)} where ${pkWhere(pks)}`).get(values.map(pkValue));
  return row ? Number(row.r) : null;
}
function updateRow(conn, table, pks, pkValues, update, floats, alter) {
  const columns = Object.keys(update);
  if (!columns.length) return;
  for (const c of columns) {
    if (c.includes("[") || c.includes("]"))
      throw new WriteError("'[' and ']' cannot be used in column names");
  }
  const sql = `update ${quoteIdent(table)} set ${columns.map((c) => `${quoteIdent(c)} = ?`).join(", ")} where ${pkWhere(pks)}`;
  const args2 = [
    ...columns.map((c) => bindValue(update[c], isFloat2(floats, update, c), floats)),
    ...pkValues.map(pkValue)
  ];
  let statement;
  try {
    statement = conn.prepare(sql);
  } catch (error) {
    if (!alter || !/ column/.test(error.message)) throw error;
    addMissingColumns(conn, table, [update], floats);
    statement = conn.prepare(sql);
  }
  statement.run(args2);
}
function deleteRow(conn, table, pks, pkValues) {
  conn.prepare(`delete from ${quoteIdent(table)} where ${pkWhere(pks)}`).run(pkValues.map(pkValue));
}
function dropTable(conn, table) {
  conn.exec(`DROP TABLE ${quoteIdent(table)}`);
}
function prepareTable(conn, table, rows, floats, options) {
  if (!tableExists(conn, table)) {
    const columns = [...suggestColumnTypes(rows, floats)].map(([name, type]) => ({ name, type }));
    conn.exec(createTableSql(conn, table, columns, options.pk ?? null));
  } else if (options.alter) {
    addMissingColumns(conn, table, rows, floats);
  }
}
function insertVerb(conflict) {
  return conflict === "ignore" ? "INSERT OR IGNORE" : conflict === "replace" ? "INSERT OR REPLACE" : "INSERT";
}
var pkWhere = (pks) => pks.map((pk) => `${quoteIdent(pk)} = ?`).join(" AND ");
function pkValue(value) {
  if (typeof value === "number" && Number.isInteger(value)) return BigInt(value);
  if (typeof value === "boolean") return value ? 1n : 0n;
  return value ?? null;
}

// src/server/write/write-view.ts
function writeError(status, errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  return new HttpError(status, list.join("; "), { errors: list });
}
function writeView(handler) {
  return async (req) => {
    req.ctx.state.answerJson = true;
    if (req.ctx.method !== "POST") throw writeError(405, "Method not allowed");
    const result = await handler(req);
    return { status: result.status, json: () => result.body };
  };
}
var ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
async function allowed(req, action, resource) {
  return req.datasette.permissionAllowed(req.actor, action, resource);
}
function databaseOr404(req) {
  const db = req.datasette.databases.get(req.params.database);
  if (!db) throw writeError(404, "Database not found");
  return db;
}
async function lookupTable(db, name) {
  const schema = await db.schema({ current: true });
  const table = schema.tables.find((t) => t.name === name);
  if (table)
    return { kind: "table", columns: table.columns.map((c) => c.name), primaryKeys: table.primaryKeys };
  return { kind: schema.views.some((v) => v.name === name) ? "view" : null, columns: [], primaryKeys: [] };
}
function requestJson(req) {
  return readJson(req.ctx, maxPostBodyBytes(req.datasette.settings));
}
async function runWrite(db, fn2) {
  try {
    return await db.write(fn2);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (error instanceof WriteError) throw writeError(error.status, error.message);
    if (error instanceof ReadOnlyError)
      throw writeError(403, db.immutable ? "Database is immutable" : error.message);
    if (error instanceof DatabaseBusyError) throw writeError(503, error.message);
    if (error.code !== void 0 && String(error.code).startsWith("SQLITE_")) {
      throw writeError(400, error.message);
    }
    throw error;
  }
}
function absoluteUrl(req, path9) {
  if (/^https?:/.test(path9)) return path9;
  const scheme = req.datasette.settings.force_https_urls ? "https" : req.ctx.protocol;
  return `${scheme}://${req.ctx.host}${path9}`;
}

// src/server/write/validate-insert.ts
var VALID_EXTRAS = /* @__PURE__ */ new Set(["return", "ignore", "replace", "alter"]);
function validateInsert(data, options) {
  const fail = (...errors2) => ({ errors: errors2 });
  if (!data || typeof data !== "object" || Array.isArray(data)) return fail("JSON must be a dictionary");
  const body = data;
  if (!("row" in body) && !("rows" in body)) return fail('JSON must have one or other of "row" or "rows"');
  let rows;
  let returnRows = Boolean(body.return);
  if ("row" in body) {
    if ("rows" in body) return fail('Cannot use "row" and "rows" at the same time');
    if (!isObject(body.row)) return fail('"row" must be a dictionary');
    rows = [body.row];
    returnRows = true;
  } else {
    rows = body.rows;
  }
  if (!Array.isArray(rows)) return fail('"rows" must be a list');
  if (!rows.every(isObject)) return fail('"rows" must be a list of dictionaries');
  if (rows.length > options.maxInsertRows)
    return fail(`Too many rows, maximum allowed is ${options.maxInsertRows}`);
  const invalid = Object.keys(body).filter((k) => k !== "row" && k !== "rows" && !VALID_EXTRAS.has(k)).sort();
  if (invalid.length) return fail(`Invalid parameter: "${invalid.join('", "')}"`);
  if (body.ignore && body.replace) return fail('Cannot use "ignore" and "replace" at the same time');
  const known = /* @__PURE__ */ new Set([...options.columns, ...options.pks]);
  const errors = [];
  rows.forEach((row, i) => {
    if (options.upsert) {
      const missing = options.pks.filter((pk) => !(pk in row));
      if (missing.length) errors.push(`Row ${i} is missing primary key column(s): "${missing.join('", "')}"`);
      const nulls = options.pks.filter((pk) => pk in row && row[pk] === null);
      if (nulls.length) errors.push(`Row ${i} has null primary key column(s): "${nulls.join('", "')}"`);
    }
    const unknown = Object.keys(row).filter((k) => !known.has(k)).sort();
    if (unknown.length && !body.alter) errors.push(`Row ${i} has invalid columns: ${unknown.join(", ")}`);
  });
  if (errors.length) return { errors };
  return {
    request: {
      rows,
      returnRows,
      ignore: Boolean(body.ignore),
      replace: Boolean(body.replace),
      alter: Boolean(body.alter)
    }
  };
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var WriteValueError = class extends Error {
  name = "WriteValueError";
};
function fitsInt64(n) {
  return n >= -(2n ** 63n) && n <= 2n ** 63n - 1n;
}
function checkIntegerRange(value, where) {
  if (typeof value === "bigint" && !fitsInt64(value))
    throw new WriteValueError(`${where}: integer ${value} is outside SQLite's 64-bit range`);
}
function decodeWriteCells(row, floats) {
  decodeCells(row, floats);
  for (const [key, value] of Object.entries(row)) checkIntegerRange(value, `Column "${key}"`);
}
function decodeCells(row, floats) {
  for (const [key, value] of Object.entries(row)) {
    if (!isObject(value)) continue;
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$raw") {
      row[key] = value.$raw;
      const marks = floats.get(row);
      if (floats.get(value)?.has("$raw")) {
        if (marks) marks.add(key);
        else floats.set(row, /* @__PURE__ */ new Set([key]));
      }
      continue;
    }
    if (keys.length === 2 && keys.includes("$base64") && keys.includes("encoded") && value.$base64 === true) {
      if (typeof value.encoded !== "string")
        throw new WriteValueError("$base64 encoded value must be a string");
      if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value.encoded)) {
        throw new WriteValueError("Invalid $base64 encoded value");
      }
      row[key] = Buffer.from(value.encoded, "base64");
    }
  }
}

// src/server/write/validate-create.ts
var CREATE_TABLE_COLUMN_TYPES = {
  text: "TEXT",
  integer: "INTEGER",
  float: "REAL",
  blob: "BLOB"
};
var DEFAULT_EXPRESSIONS = {
  current_timestamp: "CURRENT_TIMESTAMP",
  current_date: "CURRENT_DATE",
  current_time: "CURRENT_TIME",
  current_unixtime: "(CAST(strftime('%s', 'now') AS INTEGER))",
  current_unixtime_ms: "(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))"
};
var TOP_KEYS2 = /* @__PURE__ */ new Set(["table", "rows", "row", "columns", "pk", "pks", "ignore", "replace", "alter"]);
var COLUMN_KEYS = /* @__PURE__ */ new Set(["name", "type", "fk_table", "fk_column", "not_null", "default", "default_expr"]);
var TABLE_NAME = /^(?!sqlite_)[^\n]+$/;
function validateCreate(data) {
  if (!isObject(data)) return { errors: ["JSON must be an object"] };
  const invalid = Object.keys(data).filter((k) => !TOP_KEYS2.has(k)).sort();
  if (invalid.length) return { errors: [`Invalid keys: ${invalid.join(", ")}`] };
  const fieldErrors = [];
  const flags = {
    ignore: false,
    replace: false,
    alter: false
  };
  for (const key of ["ignore", "replace", "alter"]) {
    const value = data[key];
    if (value === void 0 || value === null) continue;
    const parsed = laxBoolean(value);
    if (parsed === null) fieldErrors.push(`${key}: Input should be a valid boolean`);
    else flags[key] = parsed;
  }
  let columns = null;
  if (data.columns !== void 0 && data.columns !== null) {
    if (!Array.isArray(data.columns)) fieldErrors.push("columns must be a list");
    else if (!data.columns.every(isObject)) fieldErrors.push("columns must be a list of objects");
    else {
      columns = [];
      data.columns.forEach((raw, i) => {
        const column = validateColumn(raw, i);
        if (typeof column === "string") fieldErrors.push(column);
        else columns.push(column);
      });
    }
  }
  if (fieldErrors.length) return { errors: fieldErrors };
  const fail = (message2) => ({ errors: [message2] });
  const { table, rows, row, pk, pks } = data;
  if (!table) return fail("Table is required");
  if (typeof table !== "string" || !TABLE_NAME.test(table)) return fail("Invalid table name");
  const hasRows = truthy2(rows);
  const hasRow = truthy2(row);
  if (!columns?.length && !hasRows && !hasRow) return fail("columns, rows or row is required");
  if (hasRows && hasRow) return fail("Cannot specify both rows and row");
  if (columns?.length && (hasRows || hasRow)) return fail("Cannot specify columns with rows or row");
  if (columns) {
    const seen = /* @__PURE__ */ new Set();
    const duplicates = [];
    for (const c of columns) {
      if (seen.has(c.name) && !duplicates.includes(c.name)) duplicates.push(c.name);
      seen.add(c.name);
    }
    if (duplicates.length) return fail(`Duplicate column name: ${duplicates.join(", ")}`);
  }
  if (rows !== void 0 && rows !== null) {
    if (!Array.isArray(rows)) return fail("rows must be a list");
    if (!rows.every(isObject)) return fail("rows must be a list of objects");
  }
  if (hasRow && !isObject(row)) return fail("row must be an object");
  if (pk !== void 0 && pk !== null && typeof pk !== "string") return fail("pk must be a string");
  if (truthy2(pk) && truthy2(pks)) return fail("Cannot specify both pk and pks");
  if (pks !== void 0 && pks !== null) {
    if (!Array.isArray(pks)) return fail("pks must be a list");
    if (!pks.every((p) => typeof p === "string")) return fail("pks must be a list of strings");
  }
  if (flags.ignore && flags.replace) return fail("ignore and replace are mutually exclusive");
  if ("ignore" in data || "replace" in data) {
    if (!hasRow && !hasRows) return fail("ignore and replace require row or rows");
    if (!truthy2(pk) && !truthy2(pks)) return fail("ignore and replace require pk or pks");
  }
  return {
    request: {
      table,
      columns: columns?.length ? columns : null,
      rows: hasRow ? [row] : hasRows ? rows : null,
      pk: truthy2(pk) ? pk : null,
      pks: truthy2(pks) ? pks : null,
      ...flags
    }
  };
}
function validateColumn(raw, i) {
  const where = `columns.${i}`;
  const extra = Object.keys(raw).find((k) => !COLUMN_KEYS.has(k));
  if (extra) return `${where}.${extra}: Extra inputs are not permitted`;
  for (const key of ["fk_table", "fk_column"]) {
    if (raw[key] !== void 0 && raw[key] !== null && typeof raw[key] !== "string")
      return `${where}.${key}: Input should be a valid string`;
  }
  const notNull = raw.not_null === void 0 ? false : laxBoolean(raw.not_null);
  if (notNull === null) return `${where}.not_null: Input should be a valid boolean`;
  const expr = raw.default_expr;
  if (expr !== void 0 && expr !== null && !(typeof expr === "string" && expr in DEFAULT_EXPRESSIONS)) {
    const names2 = Object.keys(DEFAULT_EXPRESSIONS).map((n) => `'${n}'`);
    return `${where}.default_expr: Input should be ${names2.slice(0, -1).join(", ")} or ${names2.at(-1)}`;
  }
  if ("default" in raw && "default_expr" in raw)
    return `${where}: Value error, default and default_expr cannot both be provided`;
  if ("default_expr" in raw && expr === null) return `${where}: Value error, default_expr cannot be null`;
  if (!raw.name || typeof raw.name !== "string") return "Column name is required";
  const type = raw.type || "text";
  if (typeof type !== "string" || !(type in CREATE_TABLE_COLUMN_TYPES))
    return `Unsupported column type: ${String(type)}`;
  if (raw.fk_column && !raw.fk_table) return `${where}: fk_column requires fk_table`;
  const literal = raw.default;
  if (literal !== void 0 && literal !== null) {
    if (!["string", "number", "bigint", "boolean"].includes(typeof literal))
      return `${where}.default: Input should be a valid string, number or boolean`;
    if (typeof literal === "bigint" && !fitsInt64(literal))
      return `${where}.default: integer ${literal} is outside SQLite's 64-bit range`;
  }
  let dflt;
  if (typeof expr === "string") dflt = { expression: DEFAULT_EXPRESSIONS[expr] };
  else if ("default" in raw && raw.default !== null) dflt = { value: raw.default };
  return {
    name: raw.name,
    type: CREATE_TABLE_COLUMN_TYPES[type],
    notNull,
    default: dflt,
    fkTable: raw.fk_table || null,
    fkColumn: raw.fk_column || null
  };
}
function truthy2(value) {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}
function laxBoolean(value) {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1) return value === 1;
  if (typeof value === "string") {
    const v = value.toLowerCase();
    if (["true", "1", "yes", "y", "on", "t"].includes(v)) return true;
    if (["false", "0", "no", "n", "off", "f"].includes(v)) return false;
  }
  return null;
}

// src/server/write/table-views.ts
async function tableOr404(db, name) {
  const table = await lookupTable(db, name);
  if (table.kind === "table") return table;
  throw writeError(404, table.kind === "view" ? `Table not found: ${name}` : "Table not found");
}
function decodeCells2(rows, floats) {
  try {
    for (const row of rows) decodeWriteCells(row, floats);
  } catch (error) {
    if (error instanceof WriteValueError) throw writeError(400, error.message);
    throw error;
  }
}
function insertView(upsert) {
  return writeView(async (req) => {
    const db = databaseOr404(req);
    const name = req.params.table;
    const table = await tableOr404(db, name);
    const resource = [db.name, name];
    if (upsert) {
      if (!(await allowed(req, "insert-row", resource) && await allowed(req, "update-row", resource))) {
        throw writeError(403, "Permission denied: need both insert-row and update-row");
      }
    } else if (!await allowed(req, "insert-row", resource)) {
      throw writeError(403, "Permission denied");
    }
    if (db.immutable) throw writeError(403, "Database is immutable");
    const { value, floats } = await requestJson(req);
    const pks = table.primaryKeys.length ? table.primaryKeys : ["rowid"];
    const checked = validateInsert(value, {
      columns: table.columns,
      pks,
      upsert,
      maxInsertRows: req.datasette.settings.max_insert_rows
    });
    if ("errors" in checked) throw writeError(400, checked.errors);
    const { rows, returnRows, ignore, replace, alter } = checked.request;
    decodeCells2(rows, floats);
    if (upsert && (ignore || replace)) throw writeError(400, "Upsert does not support ignore or replace");
    if (replace && !await allowed(req, "update-row", resource)) {
      throw writeError(403, 'Permission denied: need update-row to use "replace"');
    }
    if (alter && !await allowed(req, "alter-table", resource))
      throw writeError(403, "Permission denied for alter-table");
    const returned = await runWrite(db, (conn) => {
      if (upsert) {
        upsertRows(conn, name, rows, floats, pks, { alter });
        return returnRows ? rowsByPks(
          conn,
          name,
          pks,
          rows.map((row) => pks.map((pk) => row[pk]))
        ) : null;
      }
      const options = {
        conflict: ignore ? "ignore" : replace ? "replace" : null,
        alter
      };
      if (returnRows)
        return rowsByRowid(conn, name, insertRowsReturningRowids(conn, name, rows, floats, pks, options));
      insertRows(conn, name, rows, floats, options);
      return null;
    });
    return { status: upsert ? 200 : 201, body: returned ? { ok: true, rows: returned } : { ok: true } };
  });
}
var dropView = writeView(async (req) => {
  const db = databaseOr404(req);
  const name = req.params.table;
  await tableOr404(db, name);
  if (!await allowed(req, "drop-table", [db.name, name])) throw writeError(403, "Permission denied");
  if (db.immutable) throw writeError(403, "Database is immutable");
  let confirm = false;
  try {
    const { value } = await requestJson(req);
    confirm = isObject(value) && Boolean(value.confirm);
  } catch (error) {
    if (error.status === 413) throw error;
  }
  if (!confirm) {
    const count = await db.execute(`select count(*) from "${name.replaceAll('"', '""')}"`, { maxRows: 0 });
    return {
      status: 200,
      body: {
        ok: true,
        database: db.name,
        table: name,
        row_count: count.rows[0][0],
        message: 'Pass "confirm": true to confirm'
      }
    };
  }
  await runWrite(db, (conn) => dropTable(conn, name));
  return { status: 200, body: { ok: true } };
});
var createView = writeView(async (req) => {
  const db = databaseOr404(req);
  const database = db.name;
  if (!await allowed(req, "create-table", database)) throw writeError(403, "Permission denied");
  const { value, floats } = await requestJson(req);
  const checked = validateCreate(value);
  if ("errors" in checked) throw writeError(400, checked.errors);
  const create = checked.request;
  if (create.replace && !await allowed(req, "update-row", database))
    throw writeError(403, "Permission denied: need update-row");
  const rows = create.rows;
  if (rows) {
    if (!await allowed(req, "insert-row", database))
      throw writeError(403, "Permission denied: need insert-row");
    decodeCells2(rows, floats);
  }
  const existing = (await lookupTable(db, create.table)).kind === "table";
  let alter = false;
  if (rows) {
    if (!existing) alter = true;
    else if (create.alter) {
      if (!await allowed(req, "alter-table", database))
        throw writeError(403, "Permission denied: need alter-table");
      alter = true;
    }
  }
  if (db.immutable) throw writeError(403, "Database is immutable");
  const schema = await runWrite(db, (conn) => {
    let pk = create.pks ?? create.pk;
    if (tableExists(conn, create.table)) {
      const actual = primaryKeys(conn, create.table);
      const changed = actual.length === 1 && create.pk && create.pk !== actual[0] || actual.length > 1 && create.pks && !sameSet(create.pks, actual);
      if (changed) throw writeError(400, "pk cannot be changed for existing table");
      pk = actual.length ? actual : null;
    }
    if (rows) {
      const conflict = create.ignore ? "ignore" : create.replace ? "replace" : null;
      insertRows(conn, create.table, rows, floats, { conflict, alter, pk });
    } else {
      conn.exec(createTableSql(conn, create.table, columnSpecs(conn, create), pk));
    }
    return tableSchema(conn, create.table);
  });
  const body = {
    ok: true,
    database,
    table: create.table,
    table_url: absoluteUrl(req, req.datasette.urls.table(database, create.table)),
    table_api_url: absoluteUrl(req, req.datasette.urls.table(database, create.table, "json")),
    schema
  };
  if (rows) body.row_count = rows.length;
  return { status: 201, body };
});
function columnSpecs(conn, create) {
  return create.columns.map((c) => ({
    name: c.name,
    type: c.type,
    notNull: c.notNull,
    defaultSql: !c.default ? void 0 : "expression" in c.default ? defaultSql(conn, c.default.expression, true) : defaultSql(conn, c.default.value, false),
    references: c.fkTable ? { table: c.fkTable, column: c.fkColumn } : void 0
  }));
}
function sameSet(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

// src/server/write/row-views.ts
async function resolveRow(req, action) {
  const db = req.datasette.databases.get(req.params.database);
  if (!db) throw writeError(404, `Database not found: ${req.params.database}`);
  const name = req.params.table;
  const table = await lookupTable(db, name);
  if (table.kind !== "table") throw writeError(404, `Table not found: ${name}`);
  const pks = table.primaryKeys.length ? table.primaryKeys : ["rowid"];
  const pkValues = req.params.pks.split(",").map(tildeDecode);
  if (pkValues.length !== pks.length)
    throw writeError(400, "URL row identifier does not match the primary key for this table");
  const resolved = { db, table: name, pks, pkValues };
  const { sql, params } = rowQuery(resolved);
  if (!(await db.execute(sql, { params, maxRows: 1 })).rows.length) throw notFound(resolved);
  if (!await allowed(req, action, [db.name, name])) throw writeError(403, "Permission denied");
  if (db.immutable) throw writeError(403, "Database is immutable");
  return resolved;
}
function rowQuery(row) {
  const select = isRowid(row.pks) ? "rowid, *" : "*";
  const where = row.pks.map((pk) => `${quoteIdent(pk)} = ?`).join(" AND ");
  return { sql: `select ${select} from ${quoteIdent(row.table)} where ${where}`, params: keyValues(row) };
}
var isRowid = (pks) => pks.length === 1 && pks[0] === "rowid";
function keyValues(row) {
  return row.pkValues.map((v) => isRowid(row.pks) && /^-?\d{1,18}$/.test(v) ? BigInt(v) : v);
}
var notFound = (row) => writeError(404, `Record not found: [${row.pkValues.map(pythonRepr).join(", ")}]`);
function selectRow(conn, row) {
  const { sql, params } = rowQuery(row);
  const found = conn.prepare(sql).get(params);
  if (!found) throw notFound(row);
  return found;
}
function pythonRepr(value) {
  return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}
var updateView = writeView(async (req) => {
  const row = await resolveRow(req, "update-row");
  const { value, floats } = await requestJson(req);
  if (!isObject(value)) throw writeError(400, "JSON must be a dictionary");
  if (!isObject(value.update)) throw writeError(400, "JSON must contain an update dictionary");
  const invalid = Object.keys(value).filter((k) => !["update", "return", "alter"].includes(k));
  if (invalid.length) throw writeError(400, `Invalid keys: ${invalid.join(", ")}`);
  const update = value.update;
  try {
    decodeWriteCells(update, floats);
  } catch (error) {
    if (error instanceof WriteValueError) throw writeError(400, error.message);
    throw error;
  }
  const alter = Boolean(value.alter);
  if (alter && !await allowed(req, "alter-table", [row.db.name, row.table]))
    throw writeError(403, "Permission denied for alter-table");
  const keys = keyValues(row);
  const updated = await runWrite(row.db, (conn) => {
    selectRow(conn, row);
    updateRow(conn, row.table, row.pks, keys, update, floats, alter);
    return value.return ? selectRow(conn, row) : null;
  });
  return { status: 200, body: updated ? { ok: true, rows: [updated] } : { ok: true } };
});
var deleteView = writeView(async (req) => {
  const row = await resolveRow(req, "delete-row");
  await runWrite(row.db, (conn) => {
    selectRow(conn, row);
    deleteRow(conn, row.table, row.pks, keyValues(row));
  });
  if (req.args.get("_redirect_to_table")) {
    return { status: 200, body: { ok: true, redirect: req.datasette.urls.table(row.db.name, row.table) } };
  }
  return { status: 200, body: { ok: true } };
});

// src/server/write/routes.ts
var DB = String.raw`(?<database>[^/.]+)`;
var TABLE = String.raw`(?<table>[^/.]+)`;
var PKS = String.raw`(?<pks>[^/]+)`;
function writeRoutes() {
  const route = (name, pattern, view) => ({
    name,
    pattern: new RegExp(`^${pattern}$`),
    methods: ALL_METHODS,
    format: "json",
    view
  });
  return [
    route("table-create", `/${DB}/-/create`, createView),
    route("table-insert", `/${DB}/${TABLE}/-/insert`, insertView(false)),
    route("table-upsert", `/${DB}/${TABLE}/-/upsert`, insertView(true)),
    route("table-drop", `/${DB}/${TABLE}/-/drop`, dropView),
    route("row-delete", `/${DB}/${TABLE}/${PKS}/-/delete`, deleteView),
    route("row-update", `/${DB}/${TABLE}/${PKS}/-/update`, updateView)
  ];
}

// src/server/views/jump.ts
var LIMIT = 100;
var TYPE_ORDER = { database: 10, table: 20, view: 25, query: 30 };
var jumpView = async ({ datasette, args: args2, actor }) => {
  const q = (args2.get("q") ?? "").trim();
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (text) => {
    let at = 0;
    for (const word of words) {
      const found2 = text.toLowerCase().indexOf(word, at);
      if (found2 < 0) return false;
      at = found2 + word.length;
    }
    return true;
  };
  const items = [];
  for (const db of datasette.databases.values()) {
    if (db.name === "_internal") continue;
    if (!await datasette.permissionAllowed(actor, "view-database", db.name)) continue;
    items.push({ name: db.name, url: datasette.urls.database(db.name), type: "database", description: null });
    const schema = await db.schema();
    const dbMeta = datasette.metadata.databases?.[db.name]?.tables ?? {};
    for (const t of schema.tables) {
      if (t.hidden || dbMeta[t.name]?.hidden) continue;
      if (!await datasette.permissionAllowed(actor, "view-table", [db.name, t.name])) continue;
      const description = dbMeta[t.name]?.description ?? null;
      items.push({
        name: `${db.name}: ${t.name}`,
        url: datasette.urls.table(db.name, t.name),
        type: "table",
        description
      });
    }
    for (const v of schema.views) {
      if (!await datasette.permissionAllowed(actor, "view-table", [db.name, v.name])) continue;
      items.push({
        name: `${db.name}: ${v.name}`,
        url: datasette.urls.table(db.name, v.name),
        type: "view",
        description: null
      });
    }
    for (const query of cannedQueries(datasette, db.name)) {
      if (!await datasette.permissionAllowed(actor, "view-query", [db.name, query.name])) continue;
      items.push({
        name: `${db.name}: ${query.name}`,
        url: datasette.urls.query(db.name, query.name),
        type: "query",
        description: query.description ?? null
      });
    }
  }
  const label = (item) => item.name.slice(item.name.indexOf(": ") + 2 || 0).toLowerCase();
  const relevance = (item) => label(item) === q.toLowerCase() ? 0 : label(item).startsWith(q.toLowerCase()) ? 1 : 2;
  const found = items.filter((item) => matches(item.name)).sort(
    (a, b) => relevance(a) - relevance(b) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
  const body = { ok: true, matches: found.slice(0, LIMIT), truncated: found.length > LIMIT };
  return { raw: { body: JSON.stringify(body), contentType: "application/json; charset=utf-8" } };
};

// src/server/views/schema.ts
var FORMAT = String.raw`(?:\.(?<format>json|md))?`;
function schemaRoutes() {
  return [
    { name: "instance_schema", pattern: new RegExp(`^/-/schema${FORMAT}$`), view: instanceSchemaView },
    {
      name: "database_schema",
      pattern: new RegExp(String.raw`^/(?<database>[^/.]+)/-/schema${FORMAT}$`),
      view: databaseSchemaView
    },
    {
      name: "table_schema",
      pattern: new RegExp(String.raw`^/(?<database>[^/.]+)/(?<table>[^/.]+)/-/schema${FORMAT}$`),
      view: tableSchemaView
    }
  ];
}
var instanceSchemaView = async (req) => {
  const { datasette, actor } = req;
  const schemas = [];
  for (const name of datasette.databases.keys()) {
    if (name === "_internal" || !await datasette.permissionAllowed(actor, "view-database", name)) continue;
    schemas.push({ database: name, schema: await databaseSchemaText(datasette, name) });
  }
  const markdown = schemas.map((s) => `# Schema for ${s.database}

\`\`\`sql
${s.schema}
\`\`\``).join("\n\n");
  return answer(req, { schemas }, markdown, { schemas, is_instance: true });
};
var databaseSchemaView = async (req) => {
  const { datasette, actor, params } = req;
  const name = params.database;
  if (!await datasette.permissionAllowed(actor, "view-database", name))
    throw new HttpError(403, "view-database");
  if (!datasette.databases.has(name)) throw new HttpError(404, "Database not found");
  const schema = await databaseSchemaText(datasette, name);
  return answer(req, { database: name, schema }, markdownSection(`Schema for ${name}`, schema), {
    schemas: [{ database: name, schema }],
    is_instance: false
  });
};
var tableSchemaView = async (req) => {
  const { datasette, actor, params } = req;
  const name = params.database;
  const table = params.table;
  if (!await datasette.permissionAllowed(actor, "view-table", [name, table]))
    throw new HttpError(403, "view-table");
  if (!datasette.databases.has(name)) throw new HttpError(404, "Database not found");
  const { rows } = await datasette.getDatabase(name).execute("select sql from sqlite_master where name = ? and sql is not null", { params: [table] });
  const schema = rows[0]?.[0];
  if (typeof schema !== "string" || !schema) throw new HttpError(404, "Table not found");
  return answer(
    req,
    { database: name, table, schema },
    markdownSection(`Schema for ${name}.${table}`, schema),
    { schemas: [{ database: name, schema }], is_instance: false, table_name: table }
  );
};
async function databaseSchemaText(datasette, name) {
  const { rows } = await datasette.getDatabase(name).execute("select group_concat(sql, ';' || char(10)) from sqlite_master where sql is not null");
  const schema = rows[0]?.[0];
  return typeof schema === "string" ? schema : "";
}
function markdownSection(heading, schema) {
  return `# ${heading}

\`\`\`sql
${schema}
\`\`\`
`;
}
function answer(req, json, markdown, context) {
  if (req.format === "md") return { raw: { body: markdown, contentType: "text/markdown; charset=utf-8" } };
  return {
    json: () => ({ ok: true, ...json }),
    html: async () => ({ templates: ["schema.html"], context })
  };
}

// src/server/routes.ts
var DB2 = String.raw`(?<database>[^/.]+)`;
var FORMAT2 = String.raw`(?:\.(?<format>\w+))?`;
var TABLE2 = String.raw`(?<table>[^/.]+)`;
var PKS2 = String.raw`(?<pks>[^/]+?)`;
function builtInRoutes() {
  return [
    { name: "index", pattern: new RegExp(String.raw`^/(?:\.(?<format>json))?$`), view: indexView },
    ...jsonDataViews(),
    { name: "jump", pattern: new RegExp(String.raw`^/-/jump(?:\.(?<format>json))?$`), view: jumpView },
    { name: "database", pattern: new RegExp(`^/${DB2}${FORMAT2}$`), view: databaseView },
    ...writeRoutes(),
    ...schemaRoutes(),
    { name: "query", pattern: new RegExp(`^/${DB2}/-/query${FORMAT2}$`), view: queryView },
    {
      name: "table",
      pattern: new RegExp(`^/${DB2}/${TABLE2}${FORMAT2}$`),
      // POST runs a canned query (Datasette's QueryView.post); the table view refuses it for tables.
      methods: ["GET", "HEAD", "POST"],
      view: tableView
    },
    { name: "row", pattern: new RegExp(`^/${DB2}/(?<table>[^/]+?)/${PKS2}${FORMAT2}$`), view: rowView }
  ];
}

// src/server/server.ts
var BUILT_IN_TEMPLATES = path8.join(PACKAGE_ROOT, "templates");
async function createServer(config, extraPlugins = []) {
  const { plugins: userPlugins, modules } = await loadPlugins(config.pluginsDir, config.plugins);
  const plugins = [...builtInPlugins(config), ...extraPlugins, ...userPlugins];
  const registry = await openDatabases(config, { pluginModules: modules });
  const templates = createTemplateEngine({ dirs: [...config.templateDirs, BUILT_IN_TEMPLATES] });
  const signer = new Signer(config.secret);
  const datasette = {
    config,
    settings: config.settings,
    metadata: config.metadata,
    databases: registry.databases,
    templates,
    plugins,
    urls: new Urls(config.settings.base_url),
    getDatabase(name) {
      const db = registry.databases.get(name);
      if (!db) throw new HttpError(404, `Database not found: ${name}`);
      return db;
    },
    permissionAllowed: (actor, action, resource = null) => checkPermission(datasette, actor, action, resource),
    sign: (value, namespace) => signer.sign(value, namespace),
    unsign: (signed, namespace) => signer.unsign(signed, namespace),
    pluginConfig(name, database, table) {
      const dbMeta = database ? config.metadata.databases?.[database] : void 0;
      const fromTable = table ? dbMeta?.tables?.[table]?.plugins?.[name] : void 0;
      const fromDb = dbMeta?.plugins?.[name];
      const value = resolveSecrets(
        fromTable ?? fromDb ?? config.metadata.plugins?.[name],
        process.env,
        (file) => readFileSync2(file, "utf8")
      );
      return value && typeof value === "object" ? value : null;
    },
    callHook: (hook, ...args2) => callHook(hook, args2),
    async renderTemplate(templates2, context, options) {
      const ctx = options.request;
      const page = await renderHtml({
        datasette,
        ctx,
        actor: ctx.state.actor ?? null,
        viewName: options.viewName ?? "page",
        templates: typeof templates2 === "string" ? [templates2] : templates2,
        context: context ?? {}
      });
      if (page.notFound !== null) throw new HttpError(404, page.notFound || "Not found");
      return page.body;
    }
  };
  const callHook = hookCaller(plugins);
  let routesFromPlugins;
  try {
    callHookSync(plugins, "prepareJinja2Environment", [templates, datasette]);
    await datasette.callHook("startup", datasette);
    routesFromPlugins = pluginRoutes(plugins, datasette);
  } catch (error) {
    await callEveryHook(plugins, "shutdown", [datasette]).catch(() => void 0);
    await registry.close();
    throw error;
  }
  const app = createApp(datasette, builtInRoutes(), routesFromPlugins);
  let server = null;
  return {
    datasette,
    app,
    async listen(port = config.port, host = config.host) {
      server = http.createServer(app.callback());
      server.keepAliveTimeout = 5e3;
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve());
      });
      const address = server.address();
      const hostname = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return `http://${hostname}:${address.port}${config.settings.base_url}`;
    },
    async close() {
      if (server) {
        const s = server;
        server = null;
        s.closeAllConnections?.();
        await new Promise((resolve) => s.close(() => resolve()));
      }
      try {
        await callEveryHook(plugins, "shutdown", [datasette]);
      } finally {
        await registry.close();
      }
    }
  };
}

export {
  parseConfigText,
  ConfigError,
  DEFAULT_SETTINGS,
  parseSetting,
  normaliseBaseUrl,
  CONFIG_FILES,
  readDatasetteConfig,
  mergeConfig,
  rootSignInUrl,
  INTERACTION_SCRIPTS,
  DETERMINISTIC_ORIGIN,
  createServer
};
/*! Bundled license information:

ee-first/index.js:
  (*!
   * ee-first
   * Copyright(c) 2014 Jonathan Ong
   * MIT Licensed
   *)

on-finished/index.js:
  (*!
   * on-finished
   * Copyright(c) 2013 Jonathan Ong
   * Copyright(c) 2014 Douglas Christopher Wilson
   * MIT Licensed
   *)

statuses/index.js:
statuses/index.js:
  (*!
   * statuses
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2016 Douglas Christopher Wilson
   * MIT Licensed
   *)

depd/index.js:
  (*!
   * depd
   * Copyright(c) 2014-2018 Douglas Christopher Wilson
   * MIT Licensed
   *)

toidentifier/index.js:
  (*!
   * toidentifier
   * Copyright(c) 2016 Douglas Christopher Wilson
   * MIT Licensed
   *)

http-errors/index.js:
http-errors/index.js:
  (*!
   * http-errors
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2016 Douglas Christopher Wilson
   * MIT Licensed
   *)

negotiator/index.js:
  (*!
   * negotiator
   * Copyright(c) 2012 Federico Romero
   * Copyright(c) 2012-2014 Isaac Z. Schlueter
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

mime-db/index.js:
mime-db/index.js:
  (*!
   * mime-db
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2015-2022 Douglas Christopher Wilson
   * MIT Licensed
   *)

mime-types/index.js:
mime-types/index.js:
  (*!
   * mime-types
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

accepts/index.js:
  (*!
   * accepts
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

content-type/index.js:
content-type/dist/index.js:
  (*!
   * content-type
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

parseurl/index.js:
  (*!
   * parseurl
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2014-2017 Douglas Christopher Wilson
   * MIT Licensed
   *)

media-typer/index.js:
  (*!
   * media-typer
   * Copyright(c) 2014-2017 Douglas Christopher Wilson
   * MIT Licensed
   *)

type-is/index.js:
  (*!
   * type-is
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2014-2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

fresh/index.js:
  (*!
   * fresh
   * Copyright(c) 2012 TJ Holowaychuk
   * Copyright(c) 2016-2017 Douglas Christopher Wilson
   * MIT Licensed
   *)

content-disposition/index.js:
  (*!
   * content-disposition
   * Copyright(c) 2014-2017 Douglas Christopher Wilson
   * MIT Licensed
   *)

escape-html/index.js:
  (*!
   * escape-html
   * Copyright(c) 2012-2013 TJ Holowaychuk
   * Copyright(c) 2015 Andreas Lubbe
   * Copyright(c) 2015 Tiancheng "Timothy" Gu
   * MIT Licensed
   *)

destroy/index.js:
  (*!
   * destroy
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2015-2022 Douglas Christopher Wilson
   * MIT Licensed
   *)

encodeurl/index.js:
  (*!
   * encodeurl
   * Copyright(c) 2016 Douglas Christopher Wilson
   * MIT Licensed
   *)

vary/index.js:
  (*!
   * vary
   * Copyright(c) 2014-2017 Douglas Christopher Wilson
   * MIT Licensed
   *)

depd/lib/compat/callsite-tostring.js:
  (*!
   * depd
   * Copyright(c) 2014 Douglas Christopher Wilson
   * MIT Licensed
   *)

depd/lib/compat/event-listener-count.js:
  (*!
   * depd
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

depd/lib/compat/index.js:
  (*!
   * depd
   * Copyright(c) 2014-2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

depd/index.js:
  (*!
   * depd
   * Copyright(c) 2014-2017 Douglas Christopher Wilson
   * MIT Licensed
   *)

keygrip/index.js:
  (*!
   * keygrip
   * Copyright(c) 2011-2014 Jed Schmidt
   * MIT Licensed
   *)

cookies/index.js:
  (*!
   * cookies
   * Copyright(c) 2014 Jed Schmidt, http://jed.is/
   * Copyright(c) 2015-2016 Douglas Christopher Wilson
   * MIT Licensed
   *)
*/
