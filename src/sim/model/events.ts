// Event kinds. An event is (time, kind, a, b); the comments say what a and b hold.

export const EV_ARRIVAL = 1; // a client, b arrival generation
export const EV_JOB_ARRIVE = 2; // a job (after the network hop)
export const EV_SERVICE_DONE = 3; // a job
export const EV_TIMEOUT = 4; // a op, b attempt token
export const EV_RETRY = 5; // a op, b backoff token
export const EV_USER_WAKE = 6; // a client, b user
export const EV_TICK = 7; // interval boundary
export const EV_WARMUP = 8; // end of the warm-up
export const EV_FAULT_START = 9; // a fault
export const EV_FAULT_END = 10; // a fault
export const EV_RATE_CHANGE = 11; // a client, b schedule entry
export const EV_SHARED_DONE = 12; // a shared processor, b its generation
export const EV_TIMERS = 13; // a caller: the head of its timeout FIFO is due
export const EV_OCC_WRITE = 14; // a job: its conditional write reaches the store
export const EV_REPLICA_APPLY = 15; // a replica slot (store base + key · replicas + replica), b version
/** A reply reaching its caller: kind EV_REPLY + cause; a op, b attempt token. */
export const EV_REPLY = 32;
