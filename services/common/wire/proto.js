/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const postcopy = $root.postcopy = (() => {

    /**
     * Namespace postcopy.
     * @exports postcopy
     * @namespace
     */
    const postcopy = {};

    postcopy.Envelope = (function() {

        /**
         * Properties of an Envelope.
         * @typedef {Object} postcopy.Envelope.$Properties
         * @property {number|null} [version] Envelope version
         * @property {string|null} [migrationId] Envelope migrationId
         * @property {number|null} [seq] Envelope seq
         * @property {postcopy.Hello.$Properties|null} [hello] Envelope hello
         * @property {postcopy.Challenge.$Properties|null} [challenge] Envelope challenge
         * @property {postcopy.Proof.$Properties|null} [proof] Envelope proof
         * @property {postcopy.Welcome.$Properties|null} [welcome] Envelope welcome
         * @property {postcopy.Setup.$Properties|null} [setup] Envelope setup
         * @property {postcopy.SetupAck.$Properties|null} [setupAck] Envelope setupAck
         * @property {postcopy.Switchover.$Properties|null} [switchover] Envelope switchover
         * @property {postcopy.SwitchoverAck.$Properties|null} [switchoverAck] Envelope switchoverAck
         * @property {postcopy.PageBatch.$Properties|null} [pages] Envelope pages
         * @property {postcopy.PageRequest.$Properties|null} [pageRequest] Envelope pageRequest
         * @property {postcopy.PageRefused.$Properties|null} [pageRefused] Envelope pageRefused
         * @property {postcopy.Complete.$Properties|null} [complete] Envelope complete
         * @property {postcopy.CompleteAck.$Properties|null} [completeAck] Envelope completeAck
         * @property {postcopy.Abort.$Properties|null} [abort] Envelope abort
         * @property {postcopy.Resume.$Properties|null} [resume] Envelope resume
         * @property {postcopy.ResumeAck.$Properties|null} [resumeAck] Envelope resumeAck
         * @property {"hello"|"challenge"|"proof"|"welcome"|"setup"|"setupAck"|"switchover"|"switchoverAck"|"pages"|"pageRequest"|"pageRefused"|"complete"|"completeAck"|"abort"|"resume"|"resumeAck"} [body] Envelope body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Envelope.
         * @memberof postcopy
         * @interface IEnvelope
         * @augments postcopy.Envelope.$Properties
         * @deprecated Use postcopy.Envelope.$Properties instead.
         */

        /**
         * Narrowed shape of an Envelope.
         * @typedef {{
         *   version?: number|null;
         *   migrationId?: string|null;
         *   seq?: number|null;
         *   hello?: postcopy.Hello.$Shape|null;
         *   challenge?: postcopy.Challenge.$Shape|null;
         *   proof?: postcopy.Proof.$Shape|null;
         *   welcome?: postcopy.Welcome.$Shape|null;
         *   setup?: postcopy.Setup.$Shape|null;
         *   setupAck?: postcopy.SetupAck.$Shape|null;
         *   switchover?: postcopy.Switchover.$Shape|null;
         *   switchoverAck?: postcopy.SwitchoverAck.$Shape|null;
         *   pages?: postcopy.PageBatch.$Shape|null;
         *   pageRequest?: postcopy.PageRequest.$Shape|null;
         *   pageRefused?: postcopy.PageRefused.$Shape|null;
         *   complete?: postcopy.Complete.$Shape|null;
         *   completeAck?: postcopy.CompleteAck.$Shape|null;
         *   abort?: postcopy.Abort.$Shape|null;
         *   resume?: postcopy.Resume.$Shape|null;
         *   resumeAck?: postcopy.ResumeAck.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "hello"; hello: postcopy.Hello.$Shape; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "challenge"; hello?: null; challenge: postcopy.Challenge.$Shape; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "proof"; hello?: null; challenge?: null; proof: postcopy.Proof.$Shape; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "welcome"; hello?: null; challenge?: null; proof?: null; welcome: postcopy.Welcome.$Shape; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "setup"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup: postcopy.Setup.$Shape; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "setupAck"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck: postcopy.SetupAck.$Shape; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "switchover"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover: postcopy.Switchover.$Shape; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "switchoverAck"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck: postcopy.SwitchoverAck.$Shape; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "pages"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages: postcopy.PageBatch.$Shape; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "pageRequest"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest: postcopy.PageRequest.$Shape; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "pageRefused"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused: postcopy.PageRefused.$Shape; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "complete"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete: postcopy.Complete.$Shape; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "completeAck"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck: postcopy.CompleteAck.$Shape; abort?: null; resume?: null; resumeAck?: null }|{ body?: "abort"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort: postcopy.Abort.$Shape; resume?: null; resumeAck?: null }|{ body?: "resume"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume: postcopy.Resume.$Shape; resumeAck?: null }|{ body?: "resumeAck"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck: postcopy.ResumeAck.$Shape })
         * )} postcopy.Envelope.$Shape
         */

        /**
         * Constructs a new Envelope.
         * @memberof postcopy
         * @classdesc Represents an Envelope.
         * @constructor
         * @param {postcopy.Envelope.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Envelope = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Envelope version.
         * @member {number} version
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.version = 0;

        /**
         * Envelope migrationId.
         * @member {string} migrationId
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.migrationId = "";

        /**
         * Envelope seq.
         * @member {number} seq
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Envelope hello.
         * @member {postcopy.Hello.$Properties|null|undefined} hello
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.hello = null;

        /**
         * Envelope challenge.
         * @member {postcopy.Challenge.$Properties|null|undefined} challenge
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.challenge = null;

        /**
         * Envelope proof.
         * @member {postcopy.Proof.$Properties|null|undefined} proof
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.proof = null;

        /**
         * Envelope welcome.
         * @member {postcopy.Welcome.$Properties|null|undefined} welcome
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.welcome = null;

        /**
         * Envelope setup.
         * @member {postcopy.Setup.$Properties|null|undefined} setup
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.setup = null;

        /**
         * Envelope setupAck.
         * @member {postcopy.SetupAck.$Properties|null|undefined} setupAck
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.setupAck = null;

        /**
         * Envelope switchover.
         * @member {postcopy.Switchover.$Properties|null|undefined} switchover
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.switchover = null;

        /**
         * Envelope switchoverAck.
         * @member {postcopy.SwitchoverAck.$Properties|null|undefined} switchoverAck
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.switchoverAck = null;

        /**
         * Envelope pages.
         * @member {postcopy.PageBatch.$Properties|null|undefined} pages
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.pages = null;

        /**
         * Envelope pageRequest.
         * @member {postcopy.PageRequest.$Properties|null|undefined} pageRequest
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.pageRequest = null;

        /**
         * Envelope pageRefused.
         * @member {postcopy.PageRefused.$Properties|null|undefined} pageRefused
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.pageRefused = null;

        /**
         * Envelope complete.
         * @member {postcopy.Complete.$Properties|null|undefined} complete
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.complete = null;

        /**
         * Envelope completeAck.
         * @member {postcopy.CompleteAck.$Properties|null|undefined} completeAck
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.completeAck = null;

        /**
         * Envelope abort.
         * @member {postcopy.Abort.$Properties|null|undefined} abort
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.abort = null;

        /**
         * Envelope resume.
         * @member {postcopy.Resume.$Properties|null|undefined} resume
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.resume = null;

        /**
         * Envelope resumeAck.
         * @member {postcopy.ResumeAck.$Properties|null|undefined} resumeAck
         * @memberof postcopy.Envelope
         * @instance
         */
        Envelope.prototype.resumeAck = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Envelope body.
         * @member {"hello"|"challenge"|"proof"|"welcome"|"setup"|"setupAck"|"switchover"|"switchoverAck"|"pages"|"pageRequest"|"pageRefused"|"complete"|"completeAck"|"abort"|"resume"|"resumeAck"|undefined} body
         * @memberof postcopy.Envelope
         * @instance
         */
        $Object.defineProperty(Envelope.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["hello", "challenge", "proof", "welcome", "setup", "setupAck", "switchover", "switchoverAck", "pages", "pageRequest", "pageRefused", "complete", "completeAck", "abort", "resume", "resumeAck"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Envelope instance using the specified properties.
         * @function create
         * @memberof postcopy.Envelope
         * @static
         * @param {postcopy.Envelope.$Properties=} [properties] Properties to set
         * @returns {postcopy.Envelope} Envelope instance
         * @type {{
         *   (properties: postcopy.Envelope.$Shape): postcopy.Envelope & postcopy.Envelope.$Shape;
         *   (properties?: postcopy.Envelope.$Properties): postcopy.Envelope;
         * }}
         */
        Envelope.create = function(properties) {
            return new Envelope(properties);
        };

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link postcopy.Envelope.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Envelope
         * @static
         * @param {postcopy.Envelope.$Properties} m Envelope message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
            if (m.migrationId != null && $Object.hasOwnProperty.call(m, "migrationId") && m.migrationId !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.migrationId);
            if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.seq);
            if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                $root.postcopy.Hello.encode(m.hello, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.challenge != null && $Object.hasOwnProperty.call(m, "challenge"))
                $root.postcopy.Challenge.encode(m.challenge, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.proof != null && $Object.hasOwnProperty.call(m, "proof"))
                $root.postcopy.Proof.encode(m.proof, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            if (m.welcome != null && $Object.hasOwnProperty.call(m, "welcome"))
                $root.postcopy.Welcome.encode(m.welcome, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            if (m.setup != null && $Object.hasOwnProperty.call(m, "setup"))
                $root.postcopy.Setup.encode(m.setup, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            if (m.setupAck != null && $Object.hasOwnProperty.call(m, "setupAck"))
                $root.postcopy.SetupAck.encode(m.setupAck, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
            if (m.switchover != null && $Object.hasOwnProperty.call(m, "switchover"))
                $root.postcopy.Switchover.encode(m.switchover, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
            if (m.switchoverAck != null && $Object.hasOwnProperty.call(m, "switchoverAck"))
                $root.postcopy.SwitchoverAck.encode(m.switchoverAck, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
            if (m.pages != null && $Object.hasOwnProperty.call(m, "pages"))
                $root.postcopy.PageBatch.encode(m.pages, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
            if (m.pageRequest != null && $Object.hasOwnProperty.call(m, "pageRequest"))
                $root.postcopy.PageRequest.encode(m.pageRequest, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
            if (m.pageRefused != null && $Object.hasOwnProperty.call(m, "pageRefused"))
                $root.postcopy.PageRefused.encode(m.pageRefused, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
            if (m.complete != null && $Object.hasOwnProperty.call(m, "complete"))
                $root.postcopy.Complete.encode(m.complete, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
            if (m.completeAck != null && $Object.hasOwnProperty.call(m, "completeAck"))
                $root.postcopy.CompleteAck.encode(m.completeAck, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
            if (m.abort != null && $Object.hasOwnProperty.call(m, "abort"))
                $root.postcopy.Abort.encode(m.abort, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
            if (m.resume != null && $Object.hasOwnProperty.call(m, "resume"))
                $root.postcopy.Resume.encode(m.resume, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
            if (m.resumeAck != null && $Object.hasOwnProperty.call(m, "resumeAck"))
                $root.postcopy.ResumeAck.encode(m.resumeAck, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Envelope & postcopy.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Envelope();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.migrationId = v;
                        else
                            delete m.migrationId;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.seq = v;
                        else
                            delete m.seq;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.hello = $root.postcopy.Hello.decode(r, r.size(), $undefined, q + 1, m.hello);
                        m.body = "hello";
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.challenge = $root.postcopy.Challenge.decode(r, r.size(), $undefined, q + 1, m.challenge);
                        m.body = "challenge";
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        m.proof = $root.postcopy.Proof.decode(r, r.size(), $undefined, q + 1, m.proof);
                        m.body = "proof";
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.welcome = $root.postcopy.Welcome.decode(r, r.size(), $undefined, q + 1, m.welcome);
                        m.body = "welcome";
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        m.setup = $root.postcopy.Setup.decode(r, r.size(), $undefined, q + 1, m.setup);
                        m.body = "setup";
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        m.setupAck = $root.postcopy.SetupAck.decode(r, r.size(), $undefined, q + 1, m.setupAck);
                        m.body = "setupAck";
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        m.switchover = $root.postcopy.Switchover.decode(r, r.size(), $undefined, q + 1, m.switchover);
                        m.body = "switchover";
                        continue;
                    }
                case 17: {
                        if (u !== 2)
                            break;
                        m.switchoverAck = $root.postcopy.SwitchoverAck.decode(r, r.size(), $undefined, q + 1, m.switchoverAck);
                        m.body = "switchoverAck";
                        continue;
                    }
                case 18: {
                        if (u !== 2)
                            break;
                        m.pages = $root.postcopy.PageBatch.decode(r, r.size(), $undefined, q + 1, m.pages);
                        m.body = "pages";
                        continue;
                    }
                case 19: {
                        if (u !== 2)
                            break;
                        m.pageRequest = $root.postcopy.PageRequest.decode(r, r.size(), $undefined, q + 1, m.pageRequest);
                        m.body = "pageRequest";
                        continue;
                    }
                case 20: {
                        if (u !== 2)
                            break;
                        m.pageRefused = $root.postcopy.PageRefused.decode(r, r.size(), $undefined, q + 1, m.pageRefused);
                        m.body = "pageRefused";
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        m.complete = $root.postcopy.Complete.decode(r, r.size(), $undefined, q + 1, m.complete);
                        m.body = "complete";
                        continue;
                    }
                case 22: {
                        if (u !== 2)
                            break;
                        m.completeAck = $root.postcopy.CompleteAck.decode(r, r.size(), $undefined, q + 1, m.completeAck);
                        m.body = "completeAck";
                        continue;
                    }
                case 23: {
                        if (u !== 2)
                            break;
                        m.abort = $root.postcopy.Abort.decode(r, r.size(), $undefined, q + 1, m.abort);
                        m.body = "abort";
                        continue;
                    }
                case 24: {
                        if (u !== 2)
                            break;
                        m.resume = $root.postcopy.Resume.decode(r, r.size(), $undefined, q + 1, m.resume);
                        m.body = "resume";
                        continue;
                    }
                case 25: {
                        if (u !== 2)
                            break;
                        m.resumeAck = $root.postcopy.ResumeAck.decode(r, r.size(), $undefined, q + 1, m.resumeAck);
                        m.body = "resumeAck";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Envelope
         * @function getTypeUrl
         * @memberof postcopy.Envelope
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Envelope.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Envelope";
        };

        return Envelope;
    })();

    /**
     * Channel enum.
     * @name postcopy.Channel
     * @enum {number}
     * @property {number} CHANNEL_UNSPECIFIED=0 CHANNEL_UNSPECIFIED value
     * @property {number} CHANNEL_BULK=1 CHANNEL_BULK value
     * @property {number} CHANNEL_URGENT=2 CHANNEL_URGENT value
     */
    postcopy.Channel = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CHANNEL_UNSPECIFIED"] = 0;
        values[valuesById[1] = "CHANNEL_BULK"] = 1;
        values[valuesById[2] = "CHANNEL_URGENT"] = 2;
        return values;
    })();

    postcopy.Hello = (function() {

        /**
         * Properties of a Hello.
         * @typedef {Object} postcopy.Hello.$Properties
         * @property {postcopy.Channel|null} [channel] Hello channel
         * @property {Uint8Array|null} [nonce] Hello nonce
         * @property {string|null} [node] Hello node
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Hello.
         * @memberof postcopy
         * @interface IHello
         * @augments postcopy.Hello.$Properties
         * @deprecated Use postcopy.Hello.$Properties instead.
         */

        /**
         * Shape of a Hello.
         * @typedef {postcopy.Hello.$Properties} postcopy.Hello.$Shape
         */

        /**
         * Constructs a new Hello.
         * @memberof postcopy
         * @classdesc Represents a Hello.
         * @constructor
         * @param {postcopy.Hello.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Hello = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Hello channel.
         * @member {postcopy.Channel} channel
         * @memberof postcopy.Hello
         * @instance
         */
        Hello.prototype.channel = 0;

        /**
         * Hello nonce.
         * @member {Uint8Array} nonce
         * @memberof postcopy.Hello
         * @instance
         */
        Hello.prototype.nonce = $util.newBuffer([]);

        /**
         * Hello node.
         * @member {string} node
         * @memberof postcopy.Hello
         * @instance
         */
        Hello.prototype.node = "";

        /**
         * Creates a new Hello instance using the specified properties.
         * @function create
         * @memberof postcopy.Hello
         * @static
         * @param {postcopy.Hello.$Properties=} [properties] Properties to set
         * @returns {postcopy.Hello} Hello instance
         * @type {{
         *   (properties: postcopy.Hello.$Shape): postcopy.Hello & postcopy.Hello.$Shape;
         *   (properties?: postcopy.Hello.$Properties): postcopy.Hello;
         * }}
         */
        Hello.create = function(properties) {
            return new Hello(properties);
        };

        /**
         * Encodes the specified Hello message. Does not implicitly {@link postcopy.Hello.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Hello
         * @static
         * @param {postcopy.Hello.$Properties} m Hello message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Hello.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel") && m.channel !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.channel);
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.nonce);
            if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.node);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Hello message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Hello
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Hello & postcopy.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Hello.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Hello();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.channel = v;
                        else
                            delete m.channel;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.nonce = v;
                        else
                            delete m.nonce;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.node = v;
                        else
                            delete m.node;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Hello
         * @function getTypeUrl
         * @memberof postcopy.Hello
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Hello.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Hello";
        };

        return Hello;
    })();

    postcopy.Challenge = (function() {

        /**
         * Properties of a Challenge.
         * @typedef {Object} postcopy.Challenge.$Properties
         * @property {Uint8Array|null} [nonce] Challenge nonce
         * @property {Uint8Array|null} [mac] Challenge mac
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Challenge.
         * @memberof postcopy
         * @interface IChallenge
         * @augments postcopy.Challenge.$Properties
         * @deprecated Use postcopy.Challenge.$Properties instead.
         */

        /**
         * Shape of a Challenge.
         * @typedef {postcopy.Challenge.$Properties} postcopy.Challenge.$Shape
         */

        /**
         * Constructs a new Challenge.
         * @memberof postcopy
         * @classdesc Represents a Challenge.
         * @constructor
         * @param {postcopy.Challenge.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Challenge = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Challenge nonce.
         * @member {Uint8Array} nonce
         * @memberof postcopy.Challenge
         * @instance
         */
        Challenge.prototype.nonce = $util.newBuffer([]);

        /**
         * Challenge mac.
         * @member {Uint8Array} mac
         * @memberof postcopy.Challenge
         * @instance
         */
        Challenge.prototype.mac = $util.newBuffer([]);

        /**
         * Creates a new Challenge instance using the specified properties.
         * @function create
         * @memberof postcopy.Challenge
         * @static
         * @param {postcopy.Challenge.$Properties=} [properties] Properties to set
         * @returns {postcopy.Challenge} Challenge instance
         * @type {{
         *   (properties: postcopy.Challenge.$Shape): postcopy.Challenge & postcopy.Challenge.$Shape;
         *   (properties?: postcopy.Challenge.$Properties): postcopy.Challenge;
         * }}
         */
        Challenge.create = function(properties) {
            return new Challenge(properties);
        };

        /**
         * Encodes the specified Challenge message. Does not implicitly {@link postcopy.Challenge.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Challenge
         * @static
         * @param {postcopy.Challenge.$Properties} m Challenge message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Challenge.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.nonce);
            if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.mac);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Challenge message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Challenge
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Challenge & postcopy.Challenge.$Shape} Challenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Challenge.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Challenge();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.nonce = v;
                        else
                            delete m.nonce;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.mac = v;
                        else
                            delete m.mac;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Challenge
         * @function getTypeUrl
         * @memberof postcopy.Challenge
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Challenge.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Challenge";
        };

        return Challenge;
    })();

    postcopy.Proof = (function() {

        /**
         * Properties of a Proof.
         * @typedef {Object} postcopy.Proof.$Properties
         * @property {Uint8Array|null} [mac] Proof mac
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Proof.
         * @memberof postcopy
         * @interface IProof
         * @augments postcopy.Proof.$Properties
         * @deprecated Use postcopy.Proof.$Properties instead.
         */

        /**
         * Shape of a Proof.
         * @typedef {postcopy.Proof.$Properties} postcopy.Proof.$Shape
         */

        /**
         * Constructs a new Proof.
         * @memberof postcopy
         * @classdesc Represents a Proof.
         * @constructor
         * @param {postcopy.Proof.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Proof = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Proof mac.
         * @member {Uint8Array} mac
         * @memberof postcopy.Proof
         * @instance
         */
        Proof.prototype.mac = $util.newBuffer([]);

        /**
         * Creates a new Proof instance using the specified properties.
         * @function create
         * @memberof postcopy.Proof
         * @static
         * @param {postcopy.Proof.$Properties=} [properties] Properties to set
         * @returns {postcopy.Proof} Proof instance
         * @type {{
         *   (properties: postcopy.Proof.$Shape): postcopy.Proof & postcopy.Proof.$Shape;
         *   (properties?: postcopy.Proof.$Properties): postcopy.Proof;
         * }}
         */
        Proof.create = function(properties) {
            return new Proof(properties);
        };

        /**
         * Encodes the specified Proof message. Does not implicitly {@link postcopy.Proof.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Proof
         * @static
         * @param {postcopy.Proof.$Properties} m Proof message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Proof.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.mac);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Proof message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Proof
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Proof & postcopy.Proof.$Shape} Proof
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Proof.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Proof();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.mac = v;
                        else
                            delete m.mac;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Proof
         * @function getTypeUrl
         * @memberof postcopy.Proof
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Proof.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Proof";
        };

        return Proof;
    })();

    postcopy.Welcome = (function() {

        /**
         * Properties of a Welcome.
         * @typedef {Object} postcopy.Welcome.$Properties
         * @property {string|null} [node] Welcome node
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Welcome.
         * @memberof postcopy
         * @interface IWelcome
         * @augments postcopy.Welcome.$Properties
         * @deprecated Use postcopy.Welcome.$Properties instead.
         */

        /**
         * Shape of a Welcome.
         * @typedef {postcopy.Welcome.$Properties} postcopy.Welcome.$Shape
         */

        /**
         * Constructs a new Welcome.
         * @memberof postcopy
         * @classdesc Represents a Welcome.
         * @constructor
         * @param {postcopy.Welcome.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Welcome = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Welcome node.
         * @member {string} node
         * @memberof postcopy.Welcome
         * @instance
         */
        Welcome.prototype.node = "";

        /**
         * Creates a new Welcome instance using the specified properties.
         * @function create
         * @memberof postcopy.Welcome
         * @static
         * @param {postcopy.Welcome.$Properties=} [properties] Properties to set
         * @returns {postcopy.Welcome} Welcome instance
         * @type {{
         *   (properties: postcopy.Welcome.$Shape): postcopy.Welcome & postcopy.Welcome.$Shape;
         *   (properties?: postcopy.Welcome.$Properties): postcopy.Welcome;
         * }}
         */
        Welcome.create = function(properties) {
            return new Welcome(properties);
        };

        /**
         * Encodes the specified Welcome message. Does not implicitly {@link postcopy.Welcome.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Welcome
         * @static
         * @param {postcopy.Welcome.$Properties} m Welcome message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Welcome.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.node);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Welcome message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Welcome
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Welcome & postcopy.Welcome.$Shape} Welcome
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Welcome.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Welcome();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.node = v;
                        else
                            delete m.node;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Welcome
         * @function getTypeUrl
         * @memberof postcopy.Welcome
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Welcome.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Welcome";
        };

        return Welcome;
    })();

    postcopy.Memslot = (function() {

        /**
         * Properties of a Memslot.
         * @typedef {Object} postcopy.Memslot.$Properties
         * @property {number|null} [id] Memslot id
         * @property {number|null} [base] Memslot base
         * @property {number|null} [size] Memslot size
         * @property {boolean|null} [readonly] Memslot readonly
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Memslot.
         * @memberof postcopy
         * @interface IMemslot
         * @augments postcopy.Memslot.$Properties
         * @deprecated Use postcopy.Memslot.$Properties instead.
         */

        /**
         * Shape of a Memslot.
         * @typedef {postcopy.Memslot.$Properties} postcopy.Memslot.$Shape
         */

        /**
         * Constructs a new Memslot.
         * @memberof postcopy
         * @classdesc Represents a Memslot.
         * @constructor
         * @param {postcopy.Memslot.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Memslot = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Memslot id.
         * @member {number} id
         * @memberof postcopy.Memslot
         * @instance
         */
        Memslot.prototype.id = 0;

        /**
         * Memslot base.
         * @member {number} base
         * @memberof postcopy.Memslot
         * @instance
         */
        Memslot.prototype.base = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Memslot size.
         * @member {number} size
         * @memberof postcopy.Memslot
         * @instance
         */
        Memslot.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Memslot readonly.
         * @member {boolean} readonly
         * @memberof postcopy.Memslot
         * @instance
         */
        Memslot.prototype.readonly = false;

        /**
         * Creates a new Memslot instance using the specified properties.
         * @function create
         * @memberof postcopy.Memslot
         * @static
         * @param {postcopy.Memslot.$Properties=} [properties] Properties to set
         * @returns {postcopy.Memslot} Memslot instance
         * @type {{
         *   (properties: postcopy.Memslot.$Shape): postcopy.Memslot & postcopy.Memslot.$Shape;
         *   (properties?: postcopy.Memslot.$Properties): postcopy.Memslot;
         * }}
         */
        Memslot.create = function(properties) {
            return new Memslot(properties);
        };

        /**
         * Encodes the specified Memslot message. Does not implicitly {@link postcopy.Memslot.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Memslot
         * @static
         * @param {postcopy.Memslot.$Properties} m Memslot message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Memslot.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
            if (m.base != null && $Object.hasOwnProperty.call(m, "base") && (typeof m.base === "object" ? m.base.low || m.base.high : m.base !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.base);
            if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.size);
            if (m.readonly != null && $Object.hasOwnProperty.call(m, "readonly") && m.readonly !== false)
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.readonly);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Memslot message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Memslot
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Memslot & postcopy.Memslot.$Shape} Memslot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Memslot.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Memslot();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.base = v;
                        else
                            delete m.base;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.size = v;
                        else
                            delete m.size;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.readonly = v;
                        else
                            delete m.readonly;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Memslot
         * @function getTypeUrl
         * @memberof postcopy.Memslot
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Memslot.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Memslot";
        };

        return Memslot;
    })();

    postcopy.Workload = (function() {

        /**
         * Properties of a Workload.
         * @typedef {Object} postcopy.Workload.$Properties
         * @property {string|null} [kind] Workload kind
         * @property {number|null} [writeRatio] Workload writeRatio
         * @property {number|null} [seed] Workload seed
         * @property {number|null} [steps] Workload steps
         * @property {number|null} [hotFraction] Workload hotFraction
         * @property {number|null} [hotProbability] Workload hotProbability
         * @property {number|null} [compute] Workload compute
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Workload.
         * @memberof postcopy
         * @interface IWorkload
         * @augments postcopy.Workload.$Properties
         * @deprecated Use postcopy.Workload.$Properties instead.
         */

        /**
         * Shape of a Workload.
         * @typedef {postcopy.Workload.$Properties} postcopy.Workload.$Shape
         */

        /**
         * Constructs a new Workload.
         * @memberof postcopy
         * @classdesc Represents a Workload.
         * @constructor
         * @param {postcopy.Workload.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Workload = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Workload kind.
         * @member {string} kind
         * @memberof postcopy.Workload
         * @instance
         */
        Workload.prototype.kind = "";

        /**
         * Workload writeRatio.
         * @member {number} writeRatio
         * @memberof postcopy.Workload
         * @instance
         */
        Workload.prototype.writeRatio = 0;

        /**
         * Workload seed.
         * @member {number} seed
         * @memberof postcopy.Workload
         * @instance
         */
        Workload.prototype.seed = 0;

        /**
         * Workload steps.
         * @member {number} steps
         * @memberof postcopy.Workload
         * @instance
         */
        Workload.prototype.steps = 0;

        /**
         * Workload hotFraction.
         * @member {number} hotFraction
         * @memberof postcopy.Workload
         * @instance
         */
        Workload.prototype.hotFraction = 0;

        /**
         * Workload hotProbability.
         * @member {number} hotProbability
         * @memberof postcopy.Workload
         * @instance
         */
        Workload.prototype.hotProbability = 0;

        /**
         * Workload compute.
         * @member {number} compute
         * @memberof postcopy.Workload
         * @instance
         */
        Workload.prototype.compute = 0;

        /**
         * Creates a new Workload instance using the specified properties.
         * @function create
         * @memberof postcopy.Workload
         * @static
         * @param {postcopy.Workload.$Properties=} [properties] Properties to set
         * @returns {postcopy.Workload} Workload instance
         * @type {{
         *   (properties: postcopy.Workload.$Shape): postcopy.Workload & postcopy.Workload.$Shape;
         *   (properties?: postcopy.Workload.$Properties): postcopy.Workload;
         * }}
         */
        Workload.create = function(properties) {
            return new Workload(properties);
        };

        /**
         * Encodes the specified Workload message. Does not implicitly {@link postcopy.Workload.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Workload
         * @static
         * @param {postcopy.Workload.$Properties} m Workload message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Workload.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.kind);
            if (m.writeRatio != null && $Object.hasOwnProperty.call(m, "writeRatio") && !$Object.is(m.writeRatio, 0))
                w.uint32(/* id 2, wireType 1 =*/17).double(m.writeRatio);
            if (m.seed != null && $Object.hasOwnProperty.call(m, "seed") && m.seed !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.seed);
            if (m.steps != null && $Object.hasOwnProperty.call(m, "steps") && !$Object.is(m.steps, 0))
                w.uint32(/* id 4, wireType 1 =*/33).double(m.steps);
            if (m.hotFraction != null && $Object.hasOwnProperty.call(m, "hotFraction") && !$Object.is(m.hotFraction, 0))
                w.uint32(/* id 5, wireType 1 =*/41).double(m.hotFraction);
            if (m.hotProbability != null && $Object.hasOwnProperty.call(m, "hotProbability") && !$Object.is(m.hotProbability, 0))
                w.uint32(/* id 6, wireType 1 =*/49).double(m.hotProbability);
            if (m.compute != null && $Object.hasOwnProperty.call(m, "compute") && m.compute !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.compute);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Workload message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Workload
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Workload & postcopy.Workload.$Shape} Workload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Workload.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Workload();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.kind = v;
                        else
                            delete m.kind;
                        continue;
                    }
                case 2: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.writeRatio = v;
                        else
                            delete m.writeRatio;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.seed = v;
                        else
                            delete m.seed;
                        continue;
                    }
                case 4: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.steps = v;
                        else
                            delete m.steps;
                        continue;
                    }
                case 5: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.hotFraction = v;
                        else
                            delete m.hotFraction;
                        continue;
                    }
                case 6: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.hotProbability = v;
                        else
                            delete m.hotProbability;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.compute = v;
                        else
                            delete m.compute;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Workload
         * @function getTypeUrl
         * @memberof postcopy.Workload
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Workload.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Workload";
        };

        return Workload;
    })();

    postcopy.Setup = (function() {

        /**
         * Properties of a Setup.
         * @typedef {Object} postcopy.Setup.$Properties
         * @property {string|null} [vmId] Setup vmId
         * @property {Array.<postcopy.Memslot.$Properties>|null} [memslots] Setup memslots
         * @property {number|null} [vcpus] Setup vcpus
         * @property {postcopy.Workload.$Properties|null} [workload] Setup workload
         * @property {number|null} [pageSize] Setup pageSize
         * @property {string|null} [mode] Setup mode
         * @property {string|null} [inject] Setup inject
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Setup.
         * @memberof postcopy
         * @interface ISetup
         * @augments postcopy.Setup.$Properties
         * @deprecated Use postcopy.Setup.$Properties instead.
         */

        /**
         * Shape of a Setup.
         * @typedef {postcopy.Setup.$Properties} postcopy.Setup.$Shape
         */

        /**
         * Constructs a new Setup.
         * @memberof postcopy
         * @classdesc Represents a Setup.
         * @constructor
         * @param {postcopy.Setup.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Setup = function (p) {
            this.memslots = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Setup vmId.
         * @member {string} vmId
         * @memberof postcopy.Setup
         * @instance
         */
        Setup.prototype.vmId = "";

        /**
         * Setup memslots.
         * @member {Array.<postcopy.Memslot.$Properties>} memslots
         * @memberof postcopy.Setup
         * @instance
         */
        Setup.prototype.memslots = $util.emptyArray;

        /**
         * Setup vcpus.
         * @member {number} vcpus
         * @memberof postcopy.Setup
         * @instance
         */
        Setup.prototype.vcpus = 0;

        /**
         * Setup workload.
         * @member {postcopy.Workload.$Properties|null|undefined} workload
         * @memberof postcopy.Setup
         * @instance
         */
        Setup.prototype.workload = null;

        /**
         * Setup pageSize.
         * @member {number} pageSize
         * @memberof postcopy.Setup
         * @instance
         */
        Setup.prototype.pageSize = 0;

        /**
         * Setup mode.
         * @member {string} mode
         * @memberof postcopy.Setup
         * @instance
         */
        Setup.prototype.mode = "";

        /**
         * Setup inject.
         * @member {string} inject
         * @memberof postcopy.Setup
         * @instance
         */
        Setup.prototype.inject = "";

        /**
         * Creates a new Setup instance using the specified properties.
         * @function create
         * @memberof postcopy.Setup
         * @static
         * @param {postcopy.Setup.$Properties=} [properties] Properties to set
         * @returns {postcopy.Setup} Setup instance
         * @type {{
         *   (properties: postcopy.Setup.$Shape): postcopy.Setup & postcopy.Setup.$Shape;
         *   (properties?: postcopy.Setup.$Properties): postcopy.Setup;
         * }}
         */
        Setup.create = function(properties) {
            return new Setup(properties);
        };

        /**
         * Encodes the specified Setup message. Does not implicitly {@link postcopy.Setup.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Setup
         * @static
         * @param {postcopy.Setup.$Properties} m Setup message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Setup.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.vmId != null && $Object.hasOwnProperty.call(m, "vmId") && m.vmId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.vmId);
            if (m.memslots != null && m.memslots.length) {
                for (var i = 0; i < m.memslots.length; ++i)
                    $root.postcopy.Memslot.encode(m.memslots[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.vcpus != null && $Object.hasOwnProperty.call(m, "vcpus") && m.vcpus !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.vcpus);
            if (m.workload != null && $Object.hasOwnProperty.call(m, "workload"))
                $root.postcopy.Workload.encode(m.workload, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.pageSize != null && $Object.hasOwnProperty.call(m, "pageSize") && m.pageSize !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.pageSize);
            if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.mode);
            if (m.inject != null && $Object.hasOwnProperty.call(m, "inject") && m.inject !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.inject);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Setup message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Setup
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Setup & postcopy.Setup.$Shape} Setup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Setup.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Setup();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.vmId = v;
                        else
                            delete m.vmId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.memslots && m.memslots.length))
                            m.memslots = [];
                        m.memslots.push($root.postcopy.Memslot.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.vcpus = v;
                        else
                            delete m.vcpus;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.workload = $root.postcopy.Workload.decode(r, r.size(), $undefined, q + 1, m.workload);
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.pageSize = v;
                        else
                            delete m.pageSize;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.mode = v;
                        else
                            delete m.mode;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.inject = v;
                        else
                            delete m.inject;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Setup
         * @function getTypeUrl
         * @memberof postcopy.Setup
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Setup.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Setup";
        };

        return Setup;
    })();

    postcopy.SetupAck = (function() {

        /**
         * Properties of a SetupAck.
         * @typedef {Object} postcopy.SetupAck.$Properties
         * @property {number|null} [pages] SetupAck pages
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SetupAck.
         * @memberof postcopy
         * @interface ISetupAck
         * @augments postcopy.SetupAck.$Properties
         * @deprecated Use postcopy.SetupAck.$Properties instead.
         */

        /**
         * Shape of a SetupAck.
         * @typedef {postcopy.SetupAck.$Properties} postcopy.SetupAck.$Shape
         */

        /**
         * Constructs a new SetupAck.
         * @memberof postcopy
         * @classdesc Represents a SetupAck.
         * @constructor
         * @param {postcopy.SetupAck.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SetupAck = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SetupAck pages.
         * @member {number} pages
         * @memberof postcopy.SetupAck
         * @instance
         */
        SetupAck.prototype.pages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new SetupAck instance using the specified properties.
         * @function create
         * @memberof postcopy.SetupAck
         * @static
         * @param {postcopy.SetupAck.$Properties=} [properties] Properties to set
         * @returns {postcopy.SetupAck} SetupAck instance
         * @type {{
         *   (properties: postcopy.SetupAck.$Shape): postcopy.SetupAck & postcopy.SetupAck.$Shape;
         *   (properties?: postcopy.SetupAck.$Properties): postcopy.SetupAck;
         * }}
         */
        SetupAck.create = function(properties) {
            return new SetupAck(properties);
        };

        /**
         * Encodes the specified SetupAck message. Does not implicitly {@link postcopy.SetupAck.verify|verify} messages.
         * @function encode
         * @memberof postcopy.SetupAck
         * @static
         * @param {postcopy.SetupAck.$Properties} m SetupAck message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetupAck.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pages != null && $Object.hasOwnProperty.call(m, "pages") && (typeof m.pages === "object" ? m.pages.low || m.pages.high : m.pages !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.pages);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SetupAck message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.SetupAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.SetupAck & postcopy.SetupAck.$Shape} SetupAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetupAck.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.SetupAck();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.pages = v;
                        else
                            delete m.pages;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for SetupAck
         * @function getTypeUrl
         * @memberof postcopy.SetupAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SetupAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.SetupAck";
        };

        return SetupAck;
    })();

    postcopy.VcpuState = (function() {

        /**
         * Properties of a VcpuState.
         * @typedef {Object} postcopy.VcpuState.$Properties
         * @property {number|null} [index] VcpuState index
         * @property {number|null} [step] VcpuState step
         * @property {number|null} [prng] VcpuState prng
         * @property {number|null} [acc] VcpuState acc
         * @property {number|null} [reads] VcpuState reads
         * @property {number|null} [writes] VcpuState writes
         * @property {boolean|null} [done] VcpuState done
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a VcpuState.
         * @memberof postcopy
         * @interface IVcpuState
         * @augments postcopy.VcpuState.$Properties
         * @deprecated Use postcopy.VcpuState.$Properties instead.
         */

        /**
         * Shape of a VcpuState.
         * @typedef {postcopy.VcpuState.$Properties} postcopy.VcpuState.$Shape
         */

        /**
         * Constructs a new VcpuState.
         * @memberof postcopy
         * @classdesc Represents a VcpuState.
         * @constructor
         * @param {postcopy.VcpuState.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const VcpuState = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * VcpuState index.
         * @member {number} index
         * @memberof postcopy.VcpuState
         * @instance
         */
        VcpuState.prototype.index = 0;

        /**
         * VcpuState step.
         * @member {number} step
         * @memberof postcopy.VcpuState
         * @instance
         */
        VcpuState.prototype.step = 0;

        /**
         * VcpuState prng.
         * @member {number} prng
         * @memberof postcopy.VcpuState
         * @instance
         */
        VcpuState.prototype.prng = 0;

        /**
         * VcpuState acc.
         * @member {number} acc
         * @memberof postcopy.VcpuState
         * @instance
         */
        VcpuState.prototype.acc = 0;

        /**
         * VcpuState reads.
         * @member {number} reads
         * @memberof postcopy.VcpuState
         * @instance
         */
        VcpuState.prototype.reads = 0;

        /**
         * VcpuState writes.
         * @member {number} writes
         * @memberof postcopy.VcpuState
         * @instance
         */
        VcpuState.prototype.writes = 0;

        /**
         * VcpuState done.
         * @member {boolean} done
         * @memberof postcopy.VcpuState
         * @instance
         */
        VcpuState.prototype.done = false;

        /**
         * Creates a new VcpuState instance using the specified properties.
         * @function create
         * @memberof postcopy.VcpuState
         * @static
         * @param {postcopy.VcpuState.$Properties=} [properties] Properties to set
         * @returns {postcopy.VcpuState} VcpuState instance
         * @type {{
         *   (properties: postcopy.VcpuState.$Shape): postcopy.VcpuState & postcopy.VcpuState.$Shape;
         *   (properties?: postcopy.VcpuState.$Properties): postcopy.VcpuState;
         * }}
         */
        VcpuState.create = function(properties) {
            return new VcpuState(properties);
        };

        /**
         * Encodes the specified VcpuState message. Does not implicitly {@link postcopy.VcpuState.verify|verify} messages.
         * @function encode
         * @memberof postcopy.VcpuState
         * @static
         * @param {postcopy.VcpuState.$Properties} m VcpuState message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        VcpuState.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.index);
            if (m.step != null && $Object.hasOwnProperty.call(m, "step") && !$Object.is(m.step, 0))
                w.uint32(/* id 2, wireType 1 =*/17).double(m.step);
            if (m.prng != null && $Object.hasOwnProperty.call(m, "prng") && m.prng !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.prng);
            if (m.acc != null && $Object.hasOwnProperty.call(m, "acc") && m.acc !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.acc);
            if (m.reads != null && $Object.hasOwnProperty.call(m, "reads") && !$Object.is(m.reads, 0))
                w.uint32(/* id 5, wireType 1 =*/41).double(m.reads);
            if (m.writes != null && $Object.hasOwnProperty.call(m, "writes") && !$Object.is(m.writes, 0))
                w.uint32(/* id 6, wireType 1 =*/49).double(m.writes);
            if (m.done != null && $Object.hasOwnProperty.call(m, "done") && m.done !== false)
                w.uint32(/* id 7, wireType 0 =*/56).bool(m.done);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a VcpuState message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.VcpuState
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.VcpuState & postcopy.VcpuState.$Shape} VcpuState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        VcpuState.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.VcpuState();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.index = v;
                        else
                            delete m.index;
                        continue;
                    }
                case 2: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.step = v;
                        else
                            delete m.step;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.prng = v;
                        else
                            delete m.prng;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.acc = v;
                        else
                            delete m.acc;
                        continue;
                    }
                case 5: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.reads = v;
                        else
                            delete m.reads;
                        continue;
                    }
                case 6: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.writes = v;
                        else
                            delete m.writes;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.done = v;
                        else
                            delete m.done;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for VcpuState
         * @function getTypeUrl
         * @memberof postcopy.VcpuState
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        VcpuState.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.VcpuState";
        };

        return VcpuState;
    })();

    postcopy.Switchover = (function() {

        /**
         * Properties of a Switchover.
         * @typedef {Object} postcopy.Switchover.$Properties
         * @property {Array.<postcopy.VcpuState.$Properties>|null} [vcpus] Switchover vcpus
         * @property {Uint8Array|null} [stale] Switchover stale
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Switchover.
         * @memberof postcopy
         * @interface ISwitchover
         * @augments postcopy.Switchover.$Properties
         * @deprecated Use postcopy.Switchover.$Properties instead.
         */

        /**
         * Shape of a Switchover.
         * @typedef {postcopy.Switchover.$Properties} postcopy.Switchover.$Shape
         */

        /**
         * Constructs a new Switchover.
         * @memberof postcopy
         * @classdesc Represents a Switchover.
         * @constructor
         * @param {postcopy.Switchover.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Switchover = function (p) {
            this.vcpus = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Switchover vcpus.
         * @member {Array.<postcopy.VcpuState.$Properties>} vcpus
         * @memberof postcopy.Switchover
         * @instance
         */
        Switchover.prototype.vcpus = $util.emptyArray;

        /**
         * Switchover stale.
         * @member {Uint8Array} stale
         * @memberof postcopy.Switchover
         * @instance
         */
        Switchover.prototype.stale = $util.newBuffer([]);

        /**
         * Creates a new Switchover instance using the specified properties.
         * @function create
         * @memberof postcopy.Switchover
         * @static
         * @param {postcopy.Switchover.$Properties=} [properties] Properties to set
         * @returns {postcopy.Switchover} Switchover instance
         * @type {{
         *   (properties: postcopy.Switchover.$Shape): postcopy.Switchover & postcopy.Switchover.$Shape;
         *   (properties?: postcopy.Switchover.$Properties): postcopy.Switchover;
         * }}
         */
        Switchover.create = function(properties) {
            return new Switchover(properties);
        };

        /**
         * Encodes the specified Switchover message. Does not implicitly {@link postcopy.Switchover.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Switchover
         * @static
         * @param {postcopy.Switchover.$Properties} m Switchover message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Switchover.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.vcpus != null && m.vcpus.length) {
                for (var i = 0; i < m.vcpus.length; ++i)
                    $root.postcopy.VcpuState.encode(m.vcpus[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.stale != null && $Object.hasOwnProperty.call(m, "stale") && m.stale.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.stale);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Switchover message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Switchover
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Switchover & postcopy.Switchover.$Shape} Switchover
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Switchover.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Switchover();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.vcpus && m.vcpus.length))
                            m.vcpus = [];
                        m.vcpus.push($root.postcopy.VcpuState.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.stale = v;
                        else
                            delete m.stale;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Switchover
         * @function getTypeUrl
         * @memberof postcopy.Switchover
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Switchover.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Switchover";
        };

        return Switchover;
    })();

    postcopy.SwitchoverAck = (function() {

        /**
         * Properties of a SwitchoverAck.
         * @typedef {Object} postcopy.SwitchoverAck.$Properties
         * @property {number|null} [resumedAt] SwitchoverAck resumedAt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SwitchoverAck.
         * @memberof postcopy
         * @interface ISwitchoverAck
         * @augments postcopy.SwitchoverAck.$Properties
         * @deprecated Use postcopy.SwitchoverAck.$Properties instead.
         */

        /**
         * Shape of a SwitchoverAck.
         * @typedef {postcopy.SwitchoverAck.$Properties} postcopy.SwitchoverAck.$Shape
         */

        /**
         * Constructs a new SwitchoverAck.
         * @memberof postcopy
         * @classdesc Represents a SwitchoverAck.
         * @constructor
         * @param {postcopy.SwitchoverAck.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SwitchoverAck = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SwitchoverAck resumedAt.
         * @member {number} resumedAt
         * @memberof postcopy.SwitchoverAck
         * @instance
         */
        SwitchoverAck.prototype.resumedAt = 0;

        /**
         * Creates a new SwitchoverAck instance using the specified properties.
         * @function create
         * @memberof postcopy.SwitchoverAck
         * @static
         * @param {postcopy.SwitchoverAck.$Properties=} [properties] Properties to set
         * @returns {postcopy.SwitchoverAck} SwitchoverAck instance
         * @type {{
         *   (properties: postcopy.SwitchoverAck.$Shape): postcopy.SwitchoverAck & postcopy.SwitchoverAck.$Shape;
         *   (properties?: postcopy.SwitchoverAck.$Properties): postcopy.SwitchoverAck;
         * }}
         */
        SwitchoverAck.create = function(properties) {
            return new SwitchoverAck(properties);
        };

        /**
         * Encodes the specified SwitchoverAck message. Does not implicitly {@link postcopy.SwitchoverAck.verify|verify} messages.
         * @function encode
         * @memberof postcopy.SwitchoverAck
         * @static
         * @param {postcopy.SwitchoverAck.$Properties} m SwitchoverAck message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SwitchoverAck.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.resumedAt != null && $Object.hasOwnProperty.call(m, "resumedAt") && !$Object.is(m.resumedAt, 0))
                w.uint32(/* id 1, wireType 1 =*/9).double(m.resumedAt);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SwitchoverAck message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.SwitchoverAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.SwitchoverAck & postcopy.SwitchoverAck.$Shape} SwitchoverAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SwitchoverAck.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.SwitchoverAck();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.resumedAt = v;
                        else
                            delete m.resumedAt;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for SwitchoverAck
         * @function getTypeUrl
         * @memberof postcopy.SwitchoverAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SwitchoverAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.SwitchoverAck";
        };

        return SwitchoverAck;
    })();

    /**
     * PageSource enum.
     * @name postcopy.PageSource
     * @enum {number}
     * @property {number} PAGE_SOURCE_UNSPECIFIED=0 PAGE_SOURCE_UNSPECIFIED value
     * @property {number} PAGE_SOURCE_BACKGROUND=1 PAGE_SOURCE_BACKGROUND value
     * @property {number} PAGE_SOURCE_DEMAND=2 PAGE_SOURCE_DEMAND value
     * @property {number} PAGE_SOURCE_PRECOPY=3 PAGE_SOURCE_PRECOPY value
     */
    postcopy.PageSource = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "PAGE_SOURCE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "PAGE_SOURCE_BACKGROUND"] = 1;
        values[valuesById[2] = "PAGE_SOURCE_DEMAND"] = 2;
        values[valuesById[3] = "PAGE_SOURCE_PRECOPY"] = 3;
        return values;
    })();

    postcopy.PageBatch = (function() {

        /**
         * Properties of a PageBatch.
         * @typedef {Object} postcopy.PageBatch.$Properties
         * @property {postcopy.PageSource|null} [source] PageBatch source
         * @property {Array.<number>|null} [gpas] PageBatch gpas
         * @property {Uint8Array|null} [data] PageBatch data
         * @property {Array.<number>|null} [crcs] PageBatch crcs
         * @property {Array.<number>|null} [zeroGpas] PageBatch zeroGpas
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PageBatch.
         * @memberof postcopy
         * @interface IPageBatch
         * @augments postcopy.PageBatch.$Properties
         * @deprecated Use postcopy.PageBatch.$Properties instead.
         */

        /**
         * Shape of a PageBatch.
         * @typedef {postcopy.PageBatch.$Properties} postcopy.PageBatch.$Shape
         */

        /**
         * Constructs a new PageBatch.
         * @memberof postcopy
         * @classdesc Represents a PageBatch.
         * @constructor
         * @param {postcopy.PageBatch.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PageBatch = function (p) {
            this.gpas = [];
            this.crcs = [];
            this.zeroGpas = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PageBatch source.
         * @member {postcopy.PageSource} source
         * @memberof postcopy.PageBatch
         * @instance
         */
        PageBatch.prototype.source = 0;

        /**
         * PageBatch gpas.
         * @member {Array.<number>} gpas
         * @memberof postcopy.PageBatch
         * @instance
         */
        PageBatch.prototype.gpas = $util.emptyArray;

        /**
         * PageBatch data.
         * @member {Uint8Array} data
         * @memberof postcopy.PageBatch
         * @instance
         */
        PageBatch.prototype.data = $util.newBuffer([]);

        /**
         * PageBatch crcs.
         * @member {Array.<number>} crcs
         * @memberof postcopy.PageBatch
         * @instance
         */
        PageBatch.prototype.crcs = $util.emptyArray;

        /**
         * PageBatch zeroGpas.
         * @member {Array.<number>} zeroGpas
         * @memberof postcopy.PageBatch
         * @instance
         */
        PageBatch.prototype.zeroGpas = $util.emptyArray;

        /**
         * Creates a new PageBatch instance using the specified properties.
         * @function create
         * @memberof postcopy.PageBatch
         * @static
         * @param {postcopy.PageBatch.$Properties=} [properties] Properties to set
         * @returns {postcopy.PageBatch} PageBatch instance
         * @type {{
         *   (properties: postcopy.PageBatch.$Shape): postcopy.PageBatch & postcopy.PageBatch.$Shape;
         *   (properties?: postcopy.PageBatch.$Properties): postcopy.PageBatch;
         * }}
         */
        PageBatch.create = function(properties) {
            return new PageBatch(properties);
        };

        /**
         * Encodes the specified PageBatch message. Does not implicitly {@link postcopy.PageBatch.verify|verify} messages.
         * @function encode
         * @memberof postcopy.PageBatch
         * @static
         * @param {postcopy.PageBatch.$Properties} m PageBatch message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PageBatch.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.source);
            if (m.gpas != null && m.gpas.length) {
                w.uint32(/* id 2, wireType 2 =*/18).uint64s(m.gpas);
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.data);
            if (m.crcs != null && m.crcs.length) {
                w.uint32(/* id 4, wireType 2 =*/34).uint32s(m.crcs);
            }
            if (m.zeroGpas != null && m.zeroGpas.length) {
                w.uint32(/* id 5, wireType 2 =*/42).uint64s(m.zeroGpas);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a PageBatch message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.PageBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.PageBatch & postcopy.PageBatch.$Shape} PageBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PageBatch.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.PageBatch();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.source = v;
                        else
                            delete m.source;
                        continue;
                    }
                case 2: {
                        if (u === 2) {
                            if (!(m.gpas && m.gpas.length))
                                m.gpas = [];
                            r.uint64s(m.gpas);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.gpas && m.gpas.length))
                            m.gpas = [];
                        m.gpas.push(r.uint64());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                case 4: {
                        if (u === 2) {
                            if (!(m.crcs && m.crcs.length))
                                m.crcs = [];
                            r.uint32s(m.crcs);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.crcs && m.crcs.length))
                            m.crcs = [];
                        m.crcs.push(r.uint32());
                        continue;
                    }
                case 5: {
                        if (u === 2) {
                            if (!(m.zeroGpas && m.zeroGpas.length))
                                m.zeroGpas = [];
                            r.uint64s(m.zeroGpas);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.zeroGpas && m.zeroGpas.length))
                            m.zeroGpas = [];
                        m.zeroGpas.push(r.uint64());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for PageBatch
         * @function getTypeUrl
         * @memberof postcopy.PageBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PageBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.PageBatch";
        };

        return PageBatch;
    })();

    postcopy.PageRequest = (function() {

        /**
         * Properties of a PageRequest.
         * @typedef {Object} postcopy.PageRequest.$Properties
         * @property {number|null} [gpa] PageRequest gpa
         * @property {number|null} [vcpu] PageRequest vcpu
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PageRequest.
         * @memberof postcopy
         * @interface IPageRequest
         * @augments postcopy.PageRequest.$Properties
         * @deprecated Use postcopy.PageRequest.$Properties instead.
         */

        /**
         * Shape of a PageRequest.
         * @typedef {postcopy.PageRequest.$Properties} postcopy.PageRequest.$Shape
         */

        /**
         * Constructs a new PageRequest.
         * @memberof postcopy
         * @classdesc Represents a PageRequest.
         * @constructor
         * @param {postcopy.PageRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PageRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PageRequest gpa.
         * @member {number} gpa
         * @memberof postcopy.PageRequest
         * @instance
         */
        PageRequest.prototype.gpa = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PageRequest vcpu.
         * @member {number} vcpu
         * @memberof postcopy.PageRequest
         * @instance
         */
        PageRequest.prototype.vcpu = 0;

        /**
         * Creates a new PageRequest instance using the specified properties.
         * @function create
         * @memberof postcopy.PageRequest
         * @static
         * @param {postcopy.PageRequest.$Properties=} [properties] Properties to set
         * @returns {postcopy.PageRequest} PageRequest instance
         * @type {{
         *   (properties: postcopy.PageRequest.$Shape): postcopy.PageRequest & postcopy.PageRequest.$Shape;
         *   (properties?: postcopy.PageRequest.$Properties): postcopy.PageRequest;
         * }}
         */
        PageRequest.create = function(properties) {
            return new PageRequest(properties);
        };

        /**
         * Encodes the specified PageRequest message. Does not implicitly {@link postcopy.PageRequest.verify|verify} messages.
         * @function encode
         * @memberof postcopy.PageRequest
         * @static
         * @param {postcopy.PageRequest.$Properties} m PageRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PageRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.gpa != null && $Object.hasOwnProperty.call(m, "gpa") && (typeof m.gpa === "object" ? m.gpa.low || m.gpa.high : m.gpa !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.gpa);
            if (m.vcpu != null && $Object.hasOwnProperty.call(m, "vcpu") && m.vcpu !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.vcpu);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a PageRequest message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.PageRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.PageRequest & postcopy.PageRequest.$Shape} PageRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PageRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.PageRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.gpa = v;
                        else
                            delete m.gpa;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.vcpu = v;
                        else
                            delete m.vcpu;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for PageRequest
         * @function getTypeUrl
         * @memberof postcopy.PageRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PageRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.PageRequest";
        };

        return PageRequest;
    })();

    postcopy.PageRefused = (function() {

        /**
         * Properties of a PageRefused.
         * @typedef {Object} postcopy.PageRefused.$Properties
         * @property {number|null} [gpa] PageRefused gpa
         * @property {string|null} [code] PageRefused code
         * @property {string|null} [reason] PageRefused reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PageRefused.
         * @memberof postcopy
         * @interface IPageRefused
         * @augments postcopy.PageRefused.$Properties
         * @deprecated Use postcopy.PageRefused.$Properties instead.
         */

        /**
         * Shape of a PageRefused.
         * @typedef {postcopy.PageRefused.$Properties} postcopy.PageRefused.$Shape
         */

        /**
         * Constructs a new PageRefused.
         * @memberof postcopy
         * @classdesc Represents a PageRefused.
         * @constructor
         * @param {postcopy.PageRefused.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PageRefused = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PageRefused gpa.
         * @member {number} gpa
         * @memberof postcopy.PageRefused
         * @instance
         */
        PageRefused.prototype.gpa = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PageRefused code.
         * @member {string} code
         * @memberof postcopy.PageRefused
         * @instance
         */
        PageRefused.prototype.code = "";

        /**
         * PageRefused reason.
         * @member {string} reason
         * @memberof postcopy.PageRefused
         * @instance
         */
        PageRefused.prototype.reason = "";

        /**
         * Creates a new PageRefused instance using the specified properties.
         * @function create
         * @memberof postcopy.PageRefused
         * @static
         * @param {postcopy.PageRefused.$Properties=} [properties] Properties to set
         * @returns {postcopy.PageRefused} PageRefused instance
         * @type {{
         *   (properties: postcopy.PageRefused.$Shape): postcopy.PageRefused & postcopy.PageRefused.$Shape;
         *   (properties?: postcopy.PageRefused.$Properties): postcopy.PageRefused;
         * }}
         */
        PageRefused.create = function(properties) {
            return new PageRefused(properties);
        };

        /**
         * Encodes the specified PageRefused message. Does not implicitly {@link postcopy.PageRefused.verify|verify} messages.
         * @function encode
         * @memberof postcopy.PageRefused
         * @static
         * @param {postcopy.PageRefused.$Properties} m PageRefused message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PageRefused.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.gpa != null && $Object.hasOwnProperty.call(m, "gpa") && (typeof m.gpa === "object" ? m.gpa.low || m.gpa.high : m.gpa !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.gpa);
            if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.code);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.reason);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a PageRefused message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.PageRefused
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.PageRefused & postcopy.PageRefused.$Shape} PageRefused
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PageRefused.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.PageRefused();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.gpa = v;
                        else
                            delete m.gpa;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.code = v;
                        else
                            delete m.code;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for PageRefused
         * @function getTypeUrl
         * @memberof postcopy.PageRefused
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PageRefused.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.PageRefused";
        };

        return PageRefused;
    })();

    postcopy.Complete = (function() {

        /**
         * Properties of a Complete.
         * @typedef {Object} postcopy.Complete.$Properties
         * @property {number|null} [pages] Complete pages
         * @property {string|null} [summaryJson] Complete summaryJson
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Complete.
         * @memberof postcopy
         * @interface IComplete
         * @augments postcopy.Complete.$Properties
         * @deprecated Use postcopy.Complete.$Properties instead.
         */

        /**
         * Shape of a Complete.
         * @typedef {postcopy.Complete.$Properties} postcopy.Complete.$Shape
         */

        /**
         * Constructs a new Complete.
         * @memberof postcopy
         * @classdesc Represents a Complete.
         * @constructor
         * @param {postcopy.Complete.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Complete = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Complete pages.
         * @member {number} pages
         * @memberof postcopy.Complete
         * @instance
         */
        Complete.prototype.pages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Complete summaryJson.
         * @member {string} summaryJson
         * @memberof postcopy.Complete
         * @instance
         */
        Complete.prototype.summaryJson = "";

        /**
         * Creates a new Complete instance using the specified properties.
         * @function create
         * @memberof postcopy.Complete
         * @static
         * @param {postcopy.Complete.$Properties=} [properties] Properties to set
         * @returns {postcopy.Complete} Complete instance
         * @type {{
         *   (properties: postcopy.Complete.$Shape): postcopy.Complete & postcopy.Complete.$Shape;
         *   (properties?: postcopy.Complete.$Properties): postcopy.Complete;
         * }}
         */
        Complete.create = function(properties) {
            return new Complete(properties);
        };

        /**
         * Encodes the specified Complete message. Does not implicitly {@link postcopy.Complete.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Complete
         * @static
         * @param {postcopy.Complete.$Properties} m Complete message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Complete.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pages != null && $Object.hasOwnProperty.call(m, "pages") && (typeof m.pages === "object" ? m.pages.low || m.pages.high : m.pages !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.pages);
            if (m.summaryJson != null && $Object.hasOwnProperty.call(m, "summaryJson") && m.summaryJson !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.summaryJson);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Complete message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Complete
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Complete & postcopy.Complete.$Shape} Complete
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Complete.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Complete();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.pages = v;
                        else
                            delete m.pages;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.summaryJson = v;
                        else
                            delete m.summaryJson;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Complete
         * @function getTypeUrl
         * @memberof postcopy.Complete
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Complete.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Complete";
        };

        return Complete;
    })();

    postcopy.CompleteAck = (function() {

        /**
         * Properties of a CompleteAck.
         * @typedef {Object} postcopy.CompleteAck.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CompleteAck.
         * @memberof postcopy
         * @interface ICompleteAck
         * @augments postcopy.CompleteAck.$Properties
         * @deprecated Use postcopy.CompleteAck.$Properties instead.
         */

        /**
         * Shape of a CompleteAck.
         * @typedef {postcopy.CompleteAck.$Properties} postcopy.CompleteAck.$Shape
         */

        /**
         * Constructs a new CompleteAck.
         * @memberof postcopy
         * @classdesc Represents a CompleteAck.
         * @constructor
         * @param {postcopy.CompleteAck.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CompleteAck = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new CompleteAck instance using the specified properties.
         * @function create
         * @memberof postcopy.CompleteAck
         * @static
         * @param {postcopy.CompleteAck.$Properties=} [properties] Properties to set
         * @returns {postcopy.CompleteAck} CompleteAck instance
         * @type {{
         *   (properties: postcopy.CompleteAck.$Shape): postcopy.CompleteAck & postcopy.CompleteAck.$Shape;
         *   (properties?: postcopy.CompleteAck.$Properties): postcopy.CompleteAck;
         * }}
         */
        CompleteAck.create = function(properties) {
            return new CompleteAck(properties);
        };

        /**
         * Encodes the specified CompleteAck message. Does not implicitly {@link postcopy.CompleteAck.verify|verify} messages.
         * @function encode
         * @memberof postcopy.CompleteAck
         * @static
         * @param {postcopy.CompleteAck.$Properties} m CompleteAck message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompleteAck.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CompleteAck message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.CompleteAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.CompleteAck & postcopy.CompleteAck.$Shape} CompleteAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompleteAck.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.CompleteAck();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for CompleteAck
         * @function getTypeUrl
         * @memberof postcopy.CompleteAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CompleteAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.CompleteAck";
        };

        return CompleteAck;
    })();

    postcopy.Abort = (function() {

        /**
         * Properties of an Abort.
         * @typedef {Object} postcopy.Abort.$Properties
         * @property {string|null} [code] Abort code
         * @property {string|null} [message] Abort message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Abort.
         * @memberof postcopy
         * @interface IAbort
         * @augments postcopy.Abort.$Properties
         * @deprecated Use postcopy.Abort.$Properties instead.
         */

        /**
         * Shape of an Abort.
         * @typedef {postcopy.Abort.$Properties} postcopy.Abort.$Shape
         */

        /**
         * Constructs a new Abort.
         * @memberof postcopy
         * @classdesc Represents an Abort.
         * @constructor
         * @param {postcopy.Abort.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Abort = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Abort code.
         * @member {string} code
         * @memberof postcopy.Abort
         * @instance
         */
        Abort.prototype.code = "";

        /**
         * Abort message.
         * @member {string} message
         * @memberof postcopy.Abort
         * @instance
         */
        Abort.prototype.message = "";

        /**
         * Creates a new Abort instance using the specified properties.
         * @function create
         * @memberof postcopy.Abort
         * @static
         * @param {postcopy.Abort.$Properties=} [properties] Properties to set
         * @returns {postcopy.Abort} Abort instance
         * @type {{
         *   (properties: postcopy.Abort.$Shape): postcopy.Abort & postcopy.Abort.$Shape;
         *   (properties?: postcopy.Abort.$Properties): postcopy.Abort;
         * }}
         */
        Abort.create = function(properties) {
            return new Abort(properties);
        };

        /**
         * Encodes the specified Abort message. Does not implicitly {@link postcopy.Abort.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Abort
         * @static
         * @param {postcopy.Abort.$Properties} m Abort message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Abort.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an Abort message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Abort
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Abort & postcopy.Abort.$Shape} Abort
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Abort.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Abort();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.code = v;
                        else
                            delete m.code;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Abort
         * @function getTypeUrl
         * @memberof postcopy.Abort
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Abort.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Abort";
        };

        return Abort;
    })();

    postcopy.Resume = (function() {

        /**
         * Properties of a Resume.
         * @typedef {Object} postcopy.Resume.$Properties
         * @property {number|null} [attempt] Resume attempt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Resume.
         * @memberof postcopy
         * @interface IResume
         * @augments postcopy.Resume.$Properties
         * @deprecated Use postcopy.Resume.$Properties instead.
         */

        /**
         * Shape of a Resume.
         * @typedef {postcopy.Resume.$Properties} postcopy.Resume.$Shape
         */

        /**
         * Constructs a new Resume.
         * @memberof postcopy
         * @classdesc Represents a Resume.
         * @constructor
         * @param {postcopy.Resume.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Resume = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Resume attempt.
         * @member {number} attempt
         * @memberof postcopy.Resume
         * @instance
         */
        Resume.prototype.attempt = 0;

        /**
         * Creates a new Resume instance using the specified properties.
         * @function create
         * @memberof postcopy.Resume
         * @static
         * @param {postcopy.Resume.$Properties=} [properties] Properties to set
         * @returns {postcopy.Resume} Resume instance
         * @type {{
         *   (properties: postcopy.Resume.$Shape): postcopy.Resume & postcopy.Resume.$Shape;
         *   (properties?: postcopy.Resume.$Properties): postcopy.Resume;
         * }}
         */
        Resume.create = function(properties) {
            return new Resume(properties);
        };

        /**
         * Encodes the specified Resume message. Does not implicitly {@link postcopy.Resume.verify|verify} messages.
         * @function encode
         * @memberof postcopy.Resume
         * @static
         * @param {postcopy.Resume.$Properties} m Resume message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Resume.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.attempt != null && $Object.hasOwnProperty.call(m, "attempt") && m.attempt !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.attempt);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Resume message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.Resume
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.Resume & postcopy.Resume.$Shape} Resume
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Resume.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.Resume();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.attempt = v;
                        else
                            delete m.attempt;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for Resume
         * @function getTypeUrl
         * @memberof postcopy.Resume
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Resume.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.Resume";
        };

        return Resume;
    })();

    postcopy.ResumeAck = (function() {

        /**
         * Properties of a ResumeAck.
         * @typedef {Object} postcopy.ResumeAck.$Properties
         * @property {Uint8Array|null} [received] ResumeAck received
         * @property {number|null} [pages] ResumeAck pages
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ResumeAck.
         * @memberof postcopy
         * @interface IResumeAck
         * @augments postcopy.ResumeAck.$Properties
         * @deprecated Use postcopy.ResumeAck.$Properties instead.
         */

        /**
         * Shape of a ResumeAck.
         * @typedef {postcopy.ResumeAck.$Properties} postcopy.ResumeAck.$Shape
         */

        /**
         * Constructs a new ResumeAck.
         * @memberof postcopy
         * @classdesc Represents a ResumeAck.
         * @constructor
         * @param {postcopy.ResumeAck.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ResumeAck = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ResumeAck received.
         * @member {Uint8Array} received
         * @memberof postcopy.ResumeAck
         * @instance
         */
        ResumeAck.prototype.received = $util.newBuffer([]);

        /**
         * ResumeAck pages.
         * @member {number} pages
         * @memberof postcopy.ResumeAck
         * @instance
         */
        ResumeAck.prototype.pages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ResumeAck instance using the specified properties.
         * @function create
         * @memberof postcopy.ResumeAck
         * @static
         * @param {postcopy.ResumeAck.$Properties=} [properties] Properties to set
         * @returns {postcopy.ResumeAck} ResumeAck instance
         * @type {{
         *   (properties: postcopy.ResumeAck.$Shape): postcopy.ResumeAck & postcopy.ResumeAck.$Shape;
         *   (properties?: postcopy.ResumeAck.$Properties): postcopy.ResumeAck;
         * }}
         */
        ResumeAck.create = function(properties) {
            return new ResumeAck(properties);
        };

        /**
         * Encodes the specified ResumeAck message. Does not implicitly {@link postcopy.ResumeAck.verify|verify} messages.
         * @function encode
         * @memberof postcopy.ResumeAck
         * @static
         * @param {postcopy.ResumeAck.$Properties} m ResumeAck message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResumeAck.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.received != null && $Object.hasOwnProperty.call(m, "received") && m.received.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.received);
            if (m.pages != null && $Object.hasOwnProperty.call(m, "pages") && (typeof m.pages === "object" ? m.pages.low || m.pages.high : m.pages !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.pages);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ResumeAck message from the specified reader or buffer.
         * @function decode
         * @memberof postcopy.ResumeAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {postcopy.ResumeAck & postcopy.ResumeAck.$Shape} ResumeAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResumeAck.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.postcopy.ResumeAck();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.received = v;
                        else
                            delete m.received;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.pages = v;
                        else
                            delete m.pages;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Gets the type url for ResumeAck
         * @function getTypeUrl
         * @memberof postcopy.ResumeAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ResumeAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/postcopy.ResumeAck";
        };

        return ResumeAck;
    })();

    return postcopy;
})();

export {
  $root as default
};
