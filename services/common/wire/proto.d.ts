import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace postcopy. */
export namespace postcopy {

    /**
     * Properties of an Envelope.
     * @deprecated Use postcopy.Envelope.$Properties instead.
     */
    interface IEnvelope extends postcopy.Envelope.$Properties {
    }

    /** Represents an Envelope. */
    class Envelope {

        /**
         * Constructs a new Envelope.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Envelope.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Envelope version. */
        version: number;

        /** Envelope migrationId. */
        migrationId: string;

        /** Envelope seq. */
        seq: number;

        /** Envelope hello. */
        hello?: (postcopy.Hello.$Properties|null);

        /** Envelope challenge. */
        challenge?: (postcopy.Challenge.$Properties|null);

        /** Envelope proof. */
        proof?: (postcopy.Proof.$Properties|null);

        /** Envelope welcome. */
        welcome?: (postcopy.Welcome.$Properties|null);

        /** Envelope setup. */
        setup?: (postcopy.Setup.$Properties|null);

        /** Envelope setupAck. */
        setupAck?: (postcopy.SetupAck.$Properties|null);

        /** Envelope switchover. */
        switchover?: (postcopy.Switchover.$Properties|null);

        /** Envelope switchoverAck. */
        switchoverAck?: (postcopy.SwitchoverAck.$Properties|null);

        /** Envelope pages. */
        pages?: (postcopy.PageBatch.$Properties|null);

        /** Envelope pageRequest. */
        pageRequest?: (postcopy.PageRequest.$Properties|null);

        /** Envelope pageRefused. */
        pageRefused?: (postcopy.PageRefused.$Properties|null);

        /** Envelope complete. */
        complete?: (postcopy.Complete.$Properties|null);

        /** Envelope completeAck. */
        completeAck?: (postcopy.CompleteAck.$Properties|null);

        /** Envelope abort. */
        abort?: (postcopy.Abort.$Properties|null);

        /** Envelope resume. */
        resume?: (postcopy.Resume.$Properties|null);

        /** Envelope resumeAck. */
        resumeAck?: (postcopy.ResumeAck.$Properties|null);

        /** Envelope body. */
        body?: ("hello"|"challenge"|"proof"|"welcome"|"setup"|"setupAck"|"switchover"|"switchoverAck"|"pages"|"pageRequest"|"pageRefused"|"complete"|"completeAck"|"abort"|"resume"|"resumeAck");

        /**
         * Creates a new Envelope instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Envelope instance
         */
        static create(properties: postcopy.Envelope.$Shape): postcopy.Envelope & postcopy.Envelope.$Shape;
        static create(properties?: postcopy.Envelope.$Properties): postcopy.Envelope;

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link postcopy.Envelope.verify|verify} messages.
         * @param m Envelope message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Envelope & postcopy.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Envelope & postcopy.Envelope.$Shape;

        /**
         * Gets the type url for Envelope
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Envelope {

        /** Properties of an Envelope. */
        interface $Properties {

            /** Envelope version */
            version?: (number|null);

            /** Envelope migrationId */
            migrationId?: (string|null);

            /** Envelope seq */
            seq?: (number|null);

            /** Envelope hello */
            hello?: (postcopy.Hello.$Properties|null);

            /** Envelope challenge */
            challenge?: (postcopy.Challenge.$Properties|null);

            /** Envelope proof */
            proof?: (postcopy.Proof.$Properties|null);

            /** Envelope welcome */
            welcome?: (postcopy.Welcome.$Properties|null);

            /** Envelope setup */
            setup?: (postcopy.Setup.$Properties|null);

            /** Envelope setupAck */
            setupAck?: (postcopy.SetupAck.$Properties|null);

            /** Envelope switchover */
            switchover?: (postcopy.Switchover.$Properties|null);

            /** Envelope switchoverAck */
            switchoverAck?: (postcopy.SwitchoverAck.$Properties|null);

            /** Envelope pages */
            pages?: (postcopy.PageBatch.$Properties|null);

            /** Envelope pageRequest */
            pageRequest?: (postcopy.PageRequest.$Properties|null);

            /** Envelope pageRefused */
            pageRefused?: (postcopy.PageRefused.$Properties|null);

            /** Envelope complete */
            complete?: (postcopy.Complete.$Properties|null);

            /** Envelope completeAck */
            completeAck?: (postcopy.CompleteAck.$Properties|null);

            /** Envelope abort */
            abort?: (postcopy.Abort.$Properties|null);

            /** Envelope resume */
            resume?: (postcopy.Resume.$Properties|null);

            /** Envelope resumeAck */
            resumeAck?: (postcopy.ResumeAck.$Properties|null);

            /** Envelope body */
            body?: ("hello"|"challenge"|"proof"|"welcome"|"setup"|"setupAck"|"switchover"|"switchoverAck"|"pages"|"pageRequest"|"pageRefused"|"complete"|"completeAck"|"abort"|"resume"|"resumeAck");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Envelope. */
        type $Shape = {
          version?: number|null;
          migrationId?: string|null;
          seq?: number|null;
          hello?: postcopy.Hello.$Shape|null;
          challenge?: postcopy.Challenge.$Shape|null;
          proof?: postcopy.Proof.$Shape|null;
          welcome?: postcopy.Welcome.$Shape|null;
          setup?: postcopy.Setup.$Shape|null;
          setupAck?: postcopy.SetupAck.$Shape|null;
          switchover?: postcopy.Switchover.$Shape|null;
          switchoverAck?: postcopy.SwitchoverAck.$Shape|null;
          pages?: postcopy.PageBatch.$Shape|null;
          pageRequest?: postcopy.PageRequest.$Shape|null;
          pageRefused?: postcopy.PageRefused.$Shape|null;
          complete?: postcopy.Complete.$Shape|null;
          completeAck?: postcopy.CompleteAck.$Shape|null;
          abort?: postcopy.Abort.$Shape|null;
          resume?: postcopy.Resume.$Shape|null;
          resumeAck?: postcopy.ResumeAck.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "hello"; hello: postcopy.Hello.$Shape; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "challenge"; hello?: null; challenge: postcopy.Challenge.$Shape; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "proof"; hello?: null; challenge?: null; proof: postcopy.Proof.$Shape; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "welcome"; hello?: null; challenge?: null; proof?: null; welcome: postcopy.Welcome.$Shape; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "setup"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup: postcopy.Setup.$Shape; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "setupAck"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck: postcopy.SetupAck.$Shape; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "switchover"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover: postcopy.Switchover.$Shape; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "switchoverAck"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck: postcopy.SwitchoverAck.$Shape; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "pages"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages: postcopy.PageBatch.$Shape; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "pageRequest"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest: postcopy.PageRequest.$Shape; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "pageRefused"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused: postcopy.PageRefused.$Shape; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "complete"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete: postcopy.Complete.$Shape; completeAck?: null; abort?: null; resume?: null; resumeAck?: null }|{ body?: "completeAck"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck: postcopy.CompleteAck.$Shape; abort?: null; resume?: null; resumeAck?: null }|{ body?: "abort"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort: postcopy.Abort.$Shape; resume?: null; resumeAck?: null }|{ body?: "resume"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume: postcopy.Resume.$Shape; resumeAck?: null }|{ body?: "resumeAck"; hello?: null; challenge?: null; proof?: null; welcome?: null; setup?: null; setupAck?: null; switchover?: null; switchoverAck?: null; pages?: null; pageRequest?: null; pageRefused?: null; complete?: null; completeAck?: null; abort?: null; resume?: null; resumeAck: postcopy.ResumeAck.$Shape })
        );
    }

    /** Channel enum. */
    enum Channel {

        /** CHANNEL_UNSPECIFIED value */
        CHANNEL_UNSPECIFIED = 0,

        /** CHANNEL_BULK value */
        CHANNEL_BULK = 1,

        /** CHANNEL_URGENT value */
        CHANNEL_URGENT = 2
    }

    /**
     * Properties of a Hello.
     * @deprecated Use postcopy.Hello.$Properties instead.
     */
    interface IHello extends postcopy.Hello.$Properties {
    }

    /** Represents a Hello. */
    class Hello {

        /**
         * Constructs a new Hello.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Hello.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Hello channel. */
        channel: postcopy.Channel;

        /** Hello nonce. */
        nonce: Uint8Array;

        /** Hello node. */
        node: string;

        /**
         * Creates a new Hello instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Hello instance
         */
        static create(properties: postcopy.Hello.$Shape): postcopy.Hello & postcopy.Hello.$Shape;
        static create(properties?: postcopy.Hello.$Properties): postcopy.Hello;

        /**
         * Encodes the specified Hello message. Does not implicitly {@link postcopy.Hello.verify|verify} messages.
         * @param m Hello message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Hello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Hello message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Hello & postcopy.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Hello & postcopy.Hello.$Shape;

        /**
         * Gets the type url for Hello
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Hello {

        /** Properties of a Hello. */
        interface $Properties {

            /** Hello channel */
            channel?: (postcopy.Channel|null);

            /** Hello nonce */
            nonce?: (Uint8Array|null);

            /** Hello node */
            node?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Hello. */
        type $Shape = postcopy.Hello.$Properties;
    }

    /**
     * Properties of a Challenge.
     * @deprecated Use postcopy.Challenge.$Properties instead.
     */
    interface IChallenge extends postcopy.Challenge.$Properties {
    }

    /** Represents a Challenge. */
    class Challenge {

        /**
         * Constructs a new Challenge.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Challenge.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Challenge nonce. */
        nonce: Uint8Array;

        /** Challenge mac. */
        mac: Uint8Array;

        /**
         * Creates a new Challenge instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Challenge instance
         */
        static create(properties: postcopy.Challenge.$Shape): postcopy.Challenge & postcopy.Challenge.$Shape;
        static create(properties?: postcopy.Challenge.$Properties): postcopy.Challenge;

        /**
         * Encodes the specified Challenge message. Does not implicitly {@link postcopy.Challenge.verify|verify} messages.
         * @param m Challenge message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Challenge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Challenge message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Challenge & postcopy.Challenge.$Shape} Challenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Challenge & postcopy.Challenge.$Shape;

        /**
         * Gets the type url for Challenge
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Challenge {

        /** Properties of a Challenge. */
        interface $Properties {

            /** Challenge nonce */
            nonce?: (Uint8Array|null);

            /** Challenge mac */
            mac?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Challenge. */
        type $Shape = postcopy.Challenge.$Properties;
    }

    /**
     * Properties of a Proof.
     * @deprecated Use postcopy.Proof.$Properties instead.
     */
    interface IProof extends postcopy.Proof.$Properties {
    }

    /** Represents a Proof. */
    class Proof {

        /**
         * Constructs a new Proof.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Proof.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Proof mac. */
        mac: Uint8Array;

        /**
         * Creates a new Proof instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Proof instance
         */
        static create(properties: postcopy.Proof.$Shape): postcopy.Proof & postcopy.Proof.$Shape;
        static create(properties?: postcopy.Proof.$Properties): postcopy.Proof;

        /**
         * Encodes the specified Proof message. Does not implicitly {@link postcopy.Proof.verify|verify} messages.
         * @param m Proof message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Proof.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Proof message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Proof & postcopy.Proof.$Shape} Proof
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Proof & postcopy.Proof.$Shape;

        /**
         * Gets the type url for Proof
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Proof {

        /** Properties of a Proof. */
        interface $Properties {

            /** Proof mac */
            mac?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Proof. */
        type $Shape = postcopy.Proof.$Properties;
    }

    /**
     * Properties of a Welcome.
     * @deprecated Use postcopy.Welcome.$Properties instead.
     */
    interface IWelcome extends postcopy.Welcome.$Properties {
    }

    /** Represents a Welcome. */
    class Welcome {

        /**
         * Constructs a new Welcome.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Welcome.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Welcome node. */
        node: string;

        /**
         * Creates a new Welcome instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Welcome instance
         */
        static create(properties: postcopy.Welcome.$Shape): postcopy.Welcome & postcopy.Welcome.$Shape;
        static create(properties?: postcopy.Welcome.$Properties): postcopy.Welcome;

        /**
         * Encodes the specified Welcome message. Does not implicitly {@link postcopy.Welcome.verify|verify} messages.
         * @param m Welcome message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Welcome.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Welcome message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Welcome & postcopy.Welcome.$Shape} Welcome
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Welcome & postcopy.Welcome.$Shape;

        /**
         * Gets the type url for Welcome
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Welcome {

        /** Properties of a Welcome. */
        interface $Properties {

            /** Welcome node */
            node?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Welcome. */
        type $Shape = postcopy.Welcome.$Properties;
    }

    /**
     * Properties of a Memslot.
     * @deprecated Use postcopy.Memslot.$Properties instead.
     */
    interface IMemslot extends postcopy.Memslot.$Properties {
    }

    /** Represents a Memslot. */
    class Memslot {

        /**
         * Constructs a new Memslot.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Memslot.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Memslot id. */
        id: number;

        /** Memslot base. */
        base: number;

        /** Memslot size. */
        size: number;

        /** Memslot readonly. */
        readonly: boolean;

        /**
         * Creates a new Memslot instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Memslot instance
         */
        static create(properties: postcopy.Memslot.$Shape): postcopy.Memslot & postcopy.Memslot.$Shape;
        static create(properties?: postcopy.Memslot.$Properties): postcopy.Memslot;

        /**
         * Encodes the specified Memslot message. Does not implicitly {@link postcopy.Memslot.verify|verify} messages.
         * @param m Memslot message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Memslot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Memslot message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Memslot & postcopy.Memslot.$Shape} Memslot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Memslot & postcopy.Memslot.$Shape;

        /**
         * Gets the type url for Memslot
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Memslot {

        /** Properties of a Memslot. */
        interface $Properties {

            /** Memslot id */
            id?: (number|null);

            /** Memslot base */
            base?: (number|null);

            /** Memslot size */
            size?: (number|null);

            /** Memslot readonly */
            readonly?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Memslot. */
        type $Shape = postcopy.Memslot.$Properties;
    }

    /**
     * Properties of a Workload.
     * @deprecated Use postcopy.Workload.$Properties instead.
     */
    interface IWorkload extends postcopy.Workload.$Properties {
    }

    /** Represents a Workload. */
    class Workload {

        /**
         * Constructs a new Workload.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Workload.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Workload kind. */
        kind: string;

        /** Workload writeRatio. */
        writeRatio: number;

        /** Workload seed. */
        seed: number;

        /** Workload steps. */
        steps: number;

        /** Workload hotFraction. */
        hotFraction: number;

        /** Workload hotProbability. */
        hotProbability: number;

        /** Workload compute. */
        compute: number;

        /**
         * Creates a new Workload instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Workload instance
         */
        static create(properties: postcopy.Workload.$Shape): postcopy.Workload & postcopy.Workload.$Shape;
        static create(properties?: postcopy.Workload.$Properties): postcopy.Workload;

        /**
         * Encodes the specified Workload message. Does not implicitly {@link postcopy.Workload.verify|verify} messages.
         * @param m Workload message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Workload.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Workload message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Workload & postcopy.Workload.$Shape} Workload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Workload & postcopy.Workload.$Shape;

        /**
         * Gets the type url for Workload
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Workload {

        /** Properties of a Workload. */
        interface $Properties {

            /** Workload kind */
            kind?: (string|null);

            /** Workload writeRatio */
            writeRatio?: (number|null);

            /** Workload seed */
            seed?: (number|null);

            /** Workload steps */
            steps?: (number|null);

            /** Workload hotFraction */
            hotFraction?: (number|null);

            /** Workload hotProbability */
            hotProbability?: (number|null);

            /** Workload compute */
            compute?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Workload. */
        type $Shape = postcopy.Workload.$Properties;
    }

    /**
     * Properties of a Setup.
     * @deprecated Use postcopy.Setup.$Properties instead.
     */
    interface ISetup extends postcopy.Setup.$Properties {
    }

    /** Represents a Setup. */
    class Setup {

        /**
         * Constructs a new Setup.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Setup.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Setup vmId. */
        vmId: string;

        /** Setup memslots. */
        memslots: postcopy.Memslot.$Properties[];

        /** Setup vcpus. */
        vcpus: number;

        /** Setup workload. */
        workload?: (postcopy.Workload.$Properties|null);

        /** Setup pageSize. */
        pageSize: number;

        /** Setup mode. */
        mode: string;

        /** Setup inject. */
        inject: string;

        /**
         * Creates a new Setup instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Setup instance
         */
        static create(properties: postcopy.Setup.$Shape): postcopy.Setup & postcopy.Setup.$Shape;
        static create(properties?: postcopy.Setup.$Properties): postcopy.Setup;

        /**
         * Encodes the specified Setup message. Does not implicitly {@link postcopy.Setup.verify|verify} messages.
         * @param m Setup message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Setup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Setup message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Setup & postcopy.Setup.$Shape} Setup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Setup & postcopy.Setup.$Shape;

        /**
         * Gets the type url for Setup
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Setup {

        /** Properties of a Setup. */
        interface $Properties {

            /** Setup vmId */
            vmId?: (string|null);

            /** Setup memslots */
            memslots?: (postcopy.Memslot.$Properties[]|null);

            /** Setup vcpus */
            vcpus?: (number|null);

            /** Setup workload */
            workload?: (postcopy.Workload.$Properties|null);

            /** Setup pageSize */
            pageSize?: (number|null);

            /** Setup mode */
            mode?: (string|null);

            /** Setup inject */
            inject?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Setup. */
        type $Shape = postcopy.Setup.$Properties;
    }

    /**
     * Properties of a SetupAck.
     * @deprecated Use postcopy.SetupAck.$Properties instead.
     */
    interface ISetupAck extends postcopy.SetupAck.$Properties {
    }

    /** Represents a SetupAck. */
    class SetupAck {

        /**
         * Constructs a new SetupAck.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.SetupAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetupAck pages. */
        pages: number;

        /**
         * Creates a new SetupAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetupAck instance
         */
        static create(properties: postcopy.SetupAck.$Shape): postcopy.SetupAck & postcopy.SetupAck.$Shape;
        static create(properties?: postcopy.SetupAck.$Properties): postcopy.SetupAck;

        /**
         * Encodes the specified SetupAck message. Does not implicitly {@link postcopy.SetupAck.verify|verify} messages.
         * @param m SetupAck message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.SetupAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetupAck message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.SetupAck & postcopy.SetupAck.$Shape} SetupAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.SetupAck & postcopy.SetupAck.$Shape;

        /**
         * Gets the type url for SetupAck
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SetupAck {

        /** Properties of a SetupAck. */
        interface $Properties {

            /** SetupAck pages */
            pages?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetupAck. */
        type $Shape = postcopy.SetupAck.$Properties;
    }

    /**
     * Properties of a VcpuState.
     * @deprecated Use postcopy.VcpuState.$Properties instead.
     */
    interface IVcpuState extends postcopy.VcpuState.$Properties {
    }

    /** Represents a VcpuState. */
    class VcpuState {

        /**
         * Constructs a new VcpuState.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.VcpuState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VcpuState index. */
        index: number;

        /** VcpuState step. */
        step: number;

        /** VcpuState prng. */
        prng: number;

        /** VcpuState acc. */
        acc: number;

        /** VcpuState reads. */
        reads: number;

        /** VcpuState writes. */
        writes: number;

        /** VcpuState done. */
        done: boolean;

        /**
         * Creates a new VcpuState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VcpuState instance
         */
        static create(properties: postcopy.VcpuState.$Shape): postcopy.VcpuState & postcopy.VcpuState.$Shape;
        static create(properties?: postcopy.VcpuState.$Properties): postcopy.VcpuState;

        /**
         * Encodes the specified VcpuState message. Does not implicitly {@link postcopy.VcpuState.verify|verify} messages.
         * @param m VcpuState message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.VcpuState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VcpuState message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.VcpuState & postcopy.VcpuState.$Shape} VcpuState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.VcpuState & postcopy.VcpuState.$Shape;

        /**
         * Gets the type url for VcpuState
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace VcpuState {

        /** Properties of a VcpuState. */
        interface $Properties {

            /** VcpuState index */
            index?: (number|null);

            /** VcpuState step */
            step?: (number|null);

            /** VcpuState prng */
            prng?: (number|null);

            /** VcpuState acc */
            acc?: (number|null);

            /** VcpuState reads */
            reads?: (number|null);

            /** VcpuState writes */
            writes?: (number|null);

            /** VcpuState done */
            done?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VcpuState. */
        type $Shape = postcopy.VcpuState.$Properties;
    }

    /**
     * Properties of a Switchover.
     * @deprecated Use postcopy.Switchover.$Properties instead.
     */
    interface ISwitchover extends postcopy.Switchover.$Properties {
    }

    /** Represents a Switchover. */
    class Switchover {

        /**
         * Constructs a new Switchover.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Switchover.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Switchover vcpus. */
        vcpus: postcopy.VcpuState.$Properties[];

        /** Switchover stale. */
        stale: Uint8Array;

        /**
         * Creates a new Switchover instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Switchover instance
         */
        static create(properties: postcopy.Switchover.$Shape): postcopy.Switchover & postcopy.Switchover.$Shape;
        static create(properties?: postcopy.Switchover.$Properties): postcopy.Switchover;

        /**
         * Encodes the specified Switchover message. Does not implicitly {@link postcopy.Switchover.verify|verify} messages.
         * @param m Switchover message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Switchover.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Switchover message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Switchover & postcopy.Switchover.$Shape} Switchover
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Switchover & postcopy.Switchover.$Shape;

        /**
         * Gets the type url for Switchover
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Switchover {

        /** Properties of a Switchover. */
        interface $Properties {

            /** Switchover vcpus */
            vcpus?: (postcopy.VcpuState.$Properties[]|null);

            /** Switchover stale */
            stale?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Switchover. */
        type $Shape = postcopy.Switchover.$Properties;
    }

    /**
     * Properties of a SwitchoverAck.
     * @deprecated Use postcopy.SwitchoverAck.$Properties instead.
     */
    interface ISwitchoverAck extends postcopy.SwitchoverAck.$Properties {
    }

    /** Represents a SwitchoverAck. */
    class SwitchoverAck {

        /**
         * Constructs a new SwitchoverAck.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.SwitchoverAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SwitchoverAck resumedAt. */
        resumedAt: number;

        /**
         * Creates a new SwitchoverAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SwitchoverAck instance
         */
        static create(properties: postcopy.SwitchoverAck.$Shape): postcopy.SwitchoverAck & postcopy.SwitchoverAck.$Shape;
        static create(properties?: postcopy.SwitchoverAck.$Properties): postcopy.SwitchoverAck;

        /**
         * Encodes the specified SwitchoverAck message. Does not implicitly {@link postcopy.SwitchoverAck.verify|verify} messages.
         * @param m SwitchoverAck message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.SwitchoverAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SwitchoverAck message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.SwitchoverAck & postcopy.SwitchoverAck.$Shape} SwitchoverAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.SwitchoverAck & postcopy.SwitchoverAck.$Shape;

        /**
         * Gets the type url for SwitchoverAck
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SwitchoverAck {

        /** Properties of a SwitchoverAck. */
        interface $Properties {

            /** SwitchoverAck resumedAt */
            resumedAt?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SwitchoverAck. */
        type $Shape = postcopy.SwitchoverAck.$Properties;
    }

    /** PageSource enum. */
    enum PageSource {

        /** PAGE_SOURCE_UNSPECIFIED value */
        PAGE_SOURCE_UNSPECIFIED = 0,

        /** PAGE_SOURCE_BACKGROUND value */
        PAGE_SOURCE_BACKGROUND = 1,

        /** PAGE_SOURCE_DEMAND value */
        PAGE_SOURCE_DEMAND = 2,

        /** PAGE_SOURCE_PRECOPY value */
        PAGE_SOURCE_PRECOPY = 3
    }

    /**
     * Properties of a PageBatch.
     * @deprecated Use postcopy.PageBatch.$Properties instead.
     */
    interface IPageBatch extends postcopy.PageBatch.$Properties {
    }

    /** Represents a PageBatch. */
    class PageBatch {

        /**
         * Constructs a new PageBatch.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.PageBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PageBatch source. */
        source: postcopy.PageSource;

        /** PageBatch gpas. */
        gpas: number[];

        /** PageBatch data. */
        data: Uint8Array;

        /** PageBatch crcs. */
        crcs: number[];

        /** PageBatch zeroGpas. */
        zeroGpas: number[];

        /**
         * Creates a new PageBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PageBatch instance
         */
        static create(properties: postcopy.PageBatch.$Shape): postcopy.PageBatch & postcopy.PageBatch.$Shape;
        static create(properties?: postcopy.PageBatch.$Properties): postcopy.PageBatch;

        /**
         * Encodes the specified PageBatch message. Does not implicitly {@link postcopy.PageBatch.verify|verify} messages.
         * @param m PageBatch message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.PageBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PageBatch message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.PageBatch & postcopy.PageBatch.$Shape} PageBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.PageBatch & postcopy.PageBatch.$Shape;

        /**
         * Gets the type url for PageBatch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PageBatch {

        /** Properties of a PageBatch. */
        interface $Properties {

            /** PageBatch source */
            source?: (postcopy.PageSource|null);

            /** PageBatch gpas */
            gpas?: (number[]|null);

            /** PageBatch data */
            data?: (Uint8Array|null);

            /** PageBatch crcs */
            crcs?: (number[]|null);

            /** PageBatch zeroGpas */
            zeroGpas?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PageBatch. */
        type $Shape = postcopy.PageBatch.$Properties;
    }

    /**
     * Properties of a PageRequest.
     * @deprecated Use postcopy.PageRequest.$Properties instead.
     */
    interface IPageRequest extends postcopy.PageRequest.$Properties {
    }

    /** Represents a PageRequest. */
    class PageRequest {

        /**
         * Constructs a new PageRequest.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.PageRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PageRequest gpa. */
        gpa: number;

        /** PageRequest vcpu. */
        vcpu: number;

        /**
         * Creates a new PageRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PageRequest instance
         */
        static create(properties: postcopy.PageRequest.$Shape): postcopy.PageRequest & postcopy.PageRequest.$Shape;
        static create(properties?: postcopy.PageRequest.$Properties): postcopy.PageRequest;

        /**
         * Encodes the specified PageRequest message. Does not implicitly {@link postcopy.PageRequest.verify|verify} messages.
         * @param m PageRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.PageRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PageRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.PageRequest & postcopy.PageRequest.$Shape} PageRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.PageRequest & postcopy.PageRequest.$Shape;

        /**
         * Gets the type url for PageRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PageRequest {

        /** Properties of a PageRequest. */
        interface $Properties {

            /** PageRequest gpa */
            gpa?: (number|null);

            /** PageRequest vcpu */
            vcpu?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PageRequest. */
        type $Shape = postcopy.PageRequest.$Properties;
    }

    /**
     * Properties of a PageRefused.
     * @deprecated Use postcopy.PageRefused.$Properties instead.
     */
    interface IPageRefused extends postcopy.PageRefused.$Properties {
    }

    /** Represents a PageRefused. */
    class PageRefused {

        /**
         * Constructs a new PageRefused.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.PageRefused.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PageRefused gpa. */
        gpa: number;

        /** PageRefused code. */
        code: string;

        /** PageRefused reason. */
        reason: string;

        /**
         * Creates a new PageRefused instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PageRefused instance
         */
        static create(properties: postcopy.PageRefused.$Shape): postcopy.PageRefused & postcopy.PageRefused.$Shape;
        static create(properties?: postcopy.PageRefused.$Properties): postcopy.PageRefused;

        /**
         * Encodes the specified PageRefused message. Does not implicitly {@link postcopy.PageRefused.verify|verify} messages.
         * @param m PageRefused message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.PageRefused.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PageRefused message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.PageRefused & postcopy.PageRefused.$Shape} PageRefused
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.PageRefused & postcopy.PageRefused.$Shape;

        /**
         * Gets the type url for PageRefused
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PageRefused {

        /** Properties of a PageRefused. */
        interface $Properties {

            /** PageRefused gpa */
            gpa?: (number|null);

            /** PageRefused code */
            code?: (string|null);

            /** PageRefused reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PageRefused. */
        type $Shape = postcopy.PageRefused.$Properties;
    }

    /**
     * Properties of a Complete.
     * @deprecated Use postcopy.Complete.$Properties instead.
     */
    interface IComplete extends postcopy.Complete.$Properties {
    }

    /** Represents a Complete. */
    class Complete {

        /**
         * Constructs a new Complete.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Complete.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Complete pages. */
        pages: number;

        /** Complete summaryJson. */
        summaryJson: string;

        /**
         * Creates a new Complete instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Complete instance
         */
        static create(properties: postcopy.Complete.$Shape): postcopy.Complete & postcopy.Complete.$Shape;
        static create(properties?: postcopy.Complete.$Properties): postcopy.Complete;

        /**
         * Encodes the specified Complete message. Does not implicitly {@link postcopy.Complete.verify|verify} messages.
         * @param m Complete message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Complete.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Complete message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Complete & postcopy.Complete.$Shape} Complete
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Complete & postcopy.Complete.$Shape;

        /**
         * Gets the type url for Complete
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Complete {

        /** Properties of a Complete. */
        interface $Properties {

            /** Complete pages */
            pages?: (number|null);

            /** Complete summaryJson */
            summaryJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Complete. */
        type $Shape = postcopy.Complete.$Properties;
    }

    /**
     * Properties of a CompleteAck.
     * @deprecated Use postcopy.CompleteAck.$Properties instead.
     */
    interface ICompleteAck extends postcopy.CompleteAck.$Properties {
    }

    /** Represents a CompleteAck. */
    class CompleteAck {

        /**
         * Constructs a new CompleteAck.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.CompleteAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new CompleteAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CompleteAck instance
         */
        static create(properties: postcopy.CompleteAck.$Shape): postcopy.CompleteAck & postcopy.CompleteAck.$Shape;
        static create(properties?: postcopy.CompleteAck.$Properties): postcopy.CompleteAck;

        /**
         * Encodes the specified CompleteAck message. Does not implicitly {@link postcopy.CompleteAck.verify|verify} messages.
         * @param m CompleteAck message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.CompleteAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CompleteAck message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.CompleteAck & postcopy.CompleteAck.$Shape} CompleteAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.CompleteAck & postcopy.CompleteAck.$Shape;

        /**
         * Gets the type url for CompleteAck
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CompleteAck {

        /** Properties of a CompleteAck. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CompleteAck. */
        type $Shape = postcopy.CompleteAck.$Properties;
    }

    /**
     * Properties of an Abort.
     * @deprecated Use postcopy.Abort.$Properties instead.
     */
    interface IAbort extends postcopy.Abort.$Properties {
    }

    /** Represents an Abort. */
    class Abort {

        /**
         * Constructs a new Abort.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Abort.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Abort code. */
        code: string;

        /** Abort message. */
        message: string;

        /**
         * Creates a new Abort instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Abort instance
         */
        static create(properties: postcopy.Abort.$Shape): postcopy.Abort & postcopy.Abort.$Shape;
        static create(properties?: postcopy.Abort.$Properties): postcopy.Abort;

        /**
         * Encodes the specified Abort message. Does not implicitly {@link postcopy.Abort.verify|verify} messages.
         * @param m Abort message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Abort.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Abort message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Abort & postcopy.Abort.$Shape} Abort
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Abort & postcopy.Abort.$Shape;

        /**
         * Gets the type url for Abort
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Abort {

        /** Properties of an Abort. */
        interface $Properties {

            /** Abort code */
            code?: (string|null);

            /** Abort message */
            message?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Abort. */
        type $Shape = postcopy.Abort.$Properties;
    }

    /**
     * Properties of a Resume.
     * @deprecated Use postcopy.Resume.$Properties instead.
     */
    interface IResume extends postcopy.Resume.$Properties {
    }

    /** Represents a Resume. */
    class Resume {

        /**
         * Constructs a new Resume.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.Resume.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Resume attempt. */
        attempt: number;

        /**
         * Creates a new Resume instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Resume instance
         */
        static create(properties: postcopy.Resume.$Shape): postcopy.Resume & postcopy.Resume.$Shape;
        static create(properties?: postcopy.Resume.$Properties): postcopy.Resume;

        /**
         * Encodes the specified Resume message. Does not implicitly {@link postcopy.Resume.verify|verify} messages.
         * @param m Resume message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.Resume.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Resume message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.Resume & postcopy.Resume.$Shape} Resume
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.Resume & postcopy.Resume.$Shape;

        /**
         * Gets the type url for Resume
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Resume {

        /** Properties of a Resume. */
        interface $Properties {

            /** Resume attempt */
            attempt?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Resume. */
        type $Shape = postcopy.Resume.$Properties;
    }

    /**
     * Properties of a ResumeAck.
     * @deprecated Use postcopy.ResumeAck.$Properties instead.
     */
    interface IResumeAck extends postcopy.ResumeAck.$Properties {
    }

    /** Represents a ResumeAck. */
    class ResumeAck {

        /**
         * Constructs a new ResumeAck.
         * @param [p] Properties to set
         */
        constructor(p?: postcopy.ResumeAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ResumeAck received. */
        received: Uint8Array;

        /** ResumeAck pages. */
        pages: number;

        /**
         * Creates a new ResumeAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResumeAck instance
         */
        static create(properties: postcopy.ResumeAck.$Shape): postcopy.ResumeAck & postcopy.ResumeAck.$Shape;
        static create(properties?: postcopy.ResumeAck.$Properties): postcopy.ResumeAck;

        /**
         * Encodes the specified ResumeAck message. Does not implicitly {@link postcopy.ResumeAck.verify|verify} messages.
         * @param m ResumeAck message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: postcopy.ResumeAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResumeAck message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {postcopy.ResumeAck & postcopy.ResumeAck.$Shape} ResumeAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): postcopy.ResumeAck & postcopy.ResumeAck.$Shape;

        /**
         * Gets the type url for ResumeAck
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ResumeAck {

        /** Properties of a ResumeAck. */
        interface $Properties {

            /** ResumeAck received */
            received?: (Uint8Array|null);

            /** ResumeAck pages */
            pages?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ResumeAck. */
        type $Shape = postcopy.ResumeAck.$Properties;
    }
}
