// Outgoing migrations: the source side of postcopyd.
export { OutgoingMigration, type OutgoingOptions } from './migration.js'
export { PushOrder } from './push.js'
export { PageServer } from './page-server.js'
