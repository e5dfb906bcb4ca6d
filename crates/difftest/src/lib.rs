//! Looplab against CPython 3.12.
//!
//! [`compare`] says how a Looplab run differs from CPython's (stdout, exit status, stderr
//! without CPython's harness frames, the trace event by event); the conformance tests and
//! the differential fuzzer (this crate's `difftest` binary) both use it.

pub mod compare;
