// Isolation of untrusted documents. Each document is read by a worker process (the same
// program run as `ehcp _extract-worker`) under limits on address space, processor time and
// open files, with no core dumps, no file writes and (where the kernel allows it) no network.
// The worker sends the extracted Document back over a pipe in a compact binary form. A worker
// that dies, is killed for memory or time, or sends back something unreadable costs its
// document only: the caller gets a plain message naming the file and goes on.
//
// Why fork+exec (posix_spawn) and not a bare fork: the parent runs several threads (cases,
// documents and OCR pages in parallel), and a forked child of a threaded process may only call
// async-signal-safe functions: any lock another thread held at the fork (malloc arenas,
// Poppler's and Tesseract's globals, iostreams) stays locked in the child for ever. exec gives
// the worker a fresh process with none of the parent's memory or locks, so the address-space
// limit counts the document's memory only. posix_spawn uses vfork semantics, so starting a
// worker does not copy the parent's pages.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "extractors/extractor.h"
#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace ehcp {

// The compact binary form of a Document (every field of DocumentInfo and Block). Decoding
// checks every length and enum value: bytes from a worker are not trusted either.
std::string EncodeDocument(const Document& doc);
StatusOr<Document> DecodeDocument(std::string_view bytes);

// Processor seconds allowed to one document: `ocr_seconds_per_page` for each of `max_pages`,
// plus 30 s to open the file (at the defaults, 60 s x 300 pages).
double WorkerCpuSeconds(const ExtractOptions& options);

// Worker processes for the documents of one case (or of one audit): a worker is reused for the
// next document as long as it is healthy, and never shared with another pool. Thread-safe: up to
// as many workers run at once as threads call Extract at once.
class ExtractWorkers {
 public:
  // Workers run options.worker_program; when that is empty, Extract reads in this process.
  explicit ExtractWorkers(const ExtractOptions& options);
  ~ExtractWorkers();  // ends the idle workers
  ExtractWorkers(const ExtractWorkers&) = delete;
  ExtractWorkers& operator=(const ExtractWorkers&) = delete;

  // What ExtractBytes(bytes, name, options) returns, read in a worker. When the worker fails,
  // a message naming the file: "'x.pdf' could not be read: it needs more than 2048 MB of
  // memory" (kLimitExceeded), "... it took more than N seconds of processor time",
  // "... the reader stopped unexpectedly" (kCorrupt), or "... the run was stopped" when a stop
  // was asked for (StopRequested) while it was being read.
  StatusOr<Document> Extract(std::string_view bytes, const std::string& name,
                             const ExtractOptions& options);

  // Workers started so far (for tests and --stats).
  int started() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads the whole file in a worker as ExtractFile would (`ehcp extract`).
StatusOr<Document> ExtractFileIsolated(const std::string& path, const ExtractOptions& options);

// The body of `ehcp _extract-worker --max-mb N`: sets its limits, then reads requests from
// standard input and writes answers to standard output until standard input closes.
int ExtractWorkerMain(uint64_t max_bytes);

}  // namespace ehcp
