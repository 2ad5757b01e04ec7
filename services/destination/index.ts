// Incoming migrations: the destination side of postcopyd.
export { IncomingMigration, type IncomingHost } from './migration.js'
export { Watchdog, FAULT_CLASSES, flagNames, type FaultClass, type Diagnosis, type Verdict, type FaultRecord } from './watchdog.js'
export { FaultHandler } from './fault-handler.js'
export { PageInstaller, type PageOrigin } from './page-installer.js'
