#include "pipeline/runner/isolate.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <mutex>
#include <new>
#include <vector>

#include "extractors/ocr/ocr.h"
#include "extractors/registry.h"
#include "pipeline/base/fs.h"
#include "pipeline/base/interrupt.h"

extern char** environ;

namespace ehcp {
namespace {

// Every field of these structs is carried to and from the worker. A new field changes the size:
// add it to EncodeDocument/DecodeDocument (or to the request) and then update the size here.
#if defined(__x86_64__) && defined(__GLIBCXX__)
// Block::prompt_section/prompt_area and DocumentInfo::form_prompts/form_answered are set by the
// form reader after extraction, so a worker never has them to carry.
static_assert(sizeof(Block) == 264, "Block changed: carry the new field in isolate.cc");
static_assert(sizeof(DocumentInfo) == 272, "DocumentInfo changed: carry it in isolate.cc");
static_assert(sizeof(ExtractOptions) == 136, "ExtractOptions changed: carry it in isolate.cc");
#endif

constexpr uint32_t kRequestMagic = 0x51524845;   // "EHRQ"
constexpr uint32_t kResponseMagic = 0x53524845;  // "EHRS"
// The most a worker may send back for one document: far more than the text of any real report
// (a 300-page report is about 1 MB), and small enough to keep the main process small.
constexpr uint64_t kMaxResponseBytes = 128ull << 20;

// ---- compact binary form ----------------------------------------------------------------------

class Writer {
 public:
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void U64(uint64_t v) { Raw(&v, sizeof v); }
  void I32(int32_t v) { Raw(&v, sizeof v); }
  void F64(double v) { Raw(&v, sizeof v); }
  void Bool(bool v) { out_.push_back(v ? 1 : 0); }
  void Str(std::string_view s) {
    U64(s.size());
    out_.append(s);
  }
  std::string& out() { return out_; }

 private:
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool U32(uint32_t& v) { return Raw(&v, sizeof v); }
  bool U64(uint64_t& v) { return Raw(&v, sizeof v); }
  bool I32(int32_t& v) { return Raw(&v, sizeof v); }
  bool F64(double& v) { return Raw(&v, sizeof v) && std::isfinite(v); }
  bool Int(int& v) {
    int32_t x;
    if (!I32(x)) return false;
    v = x;
    return true;
  }
  bool Size(size_t& v) {
    uint64_t x;
    if (!U64(x)) return false;
    v = static_cast<size_t>(x);
    return true;
  }
  bool Bool(bool& v) {
    if (pos_ >= in_.size() || static_cast<unsigned char>(in_[pos_]) > 1) return false;
    v = in_[pos_++] == 1;
    return true;
  }
  bool Str(std::string& s) {
    uint64_t n;
    if (!U64(n) || n > in_.size() - pos_) return false;
    s.assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  // An enum stored as int32, checked against its last value.
  template <typename E>
  bool Enum(E& v, E last) {
    int32_t x;
    if (!I32(x) || x < 0 || x > static_cast<int32_t>(last)) return false;
    v = static_cast<E>(x);
    return true;
  }
  // A count of items each at least `min_item_bytes` long: refuses counts the rest cannot hold.
  bool Count(size_t& n, size_t min_item_bytes) {
    uint64_t x;
    if (!U64(x) || x > (in_.size() - pos_) / std::max<size_t>(1, min_item_bytes)) return false;
    n = static_cast<size_t>(x);
    return true;
  }
  bool done() const { return pos_ == in_.size(); }
  std::string_view rest() const { return in_.substr(pos_); }

 private:
  bool Raw(void* p, size_t n) {
    if (in_.size() - pos_ < n) return false;
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  std::string_view in_;
  size_t pos_ = 0;
};

void EncodeOptional(Writer& w, const std::optional<double>& v) {
  w.Bool(v.has_value());
  if (v) w.F64(*v);
}

}  // namespace

std::string EncodeDocument(const Document& doc) {
  Writer w;
  const DocumentInfo& i = doc.info;
  w.Str(i.id);
  w.Str(i.file);
  w.Str(i.content_hash);
  w.I32(static_cast<int32_t>(i.format));
  w.I32(static_cast<int32_t>(i.kind));
  w.I32(i.pages);
  w.Str(i.title);
  w.Str(i.author);
  w.Str(i.date);
  w.U64(i.recognised_pages.size());
  for (int p : i.recognised_pages) w.I32(p);
  w.Bool(i.tagged);
  w.U64(i.diagnostics.size());
  for (const Diagnostic& d : i.diagnostics) {
    w.I32(d.page);
    w.Str(d.message);
  }
  w.U64(doc.blocks.size());
  for (const Block& b : doc.blocks) {
    w.I32(static_cast<int32_t>(b.kind));
    w.Str(b.text);
    w.I32(b.heading_level);
    w.I32(b.table);
    w.I32(b.row);
    w.I32(b.col);
    w.Str(b.label);
    w.Str(b.list_label);
    w.Bool(b.header_cell);
    w.Str(b.column_header);
    w.I32(static_cast<int32_t>(b.role));
    w.I32(static_cast<int32_t>(b.origin));
    const Provenance& p = b.prov;
    w.I32(p.page);
    w.I32(p.block);
    w.U64(p.begin);
    w.U64(p.end);
    w.Bool(p.bbox.has_value());
    if (p.bbox) {
      w.F64(p.bbox->x0);
      w.F64(p.bbox->y0);
      w.F64(p.bbox->x1);
      w.F64(p.bbox->y1);
    }
    EncodeOptional(w, p.confidence);
  }
  return std::move(w.out());
}

StatusOr<Document> DecodeDocument(std::string_view bytes) {
  Reader r(bytes);
  Document doc;
  DocumentInfo& i = doc.info;
  auto bad = [] { return Corrupt("the reader process sent back a damaged result"); };
  size_t n = 0;
  if (!r.Str(i.id) || !r.Str(i.file) || !r.Str(i.content_hash) ||
      !r.Enum(i.format, FileFormat::kUnknown) || !r.Enum(i.kind, DocKind::kOther) ||
      !r.Int(i.pages) || !r.Str(i.title) || !r.Str(i.author) || !r.Str(i.date) || !r.Count(n, 4)) {
    return bad();
  }
  i.recognised_pages.resize(n);
  for (int& p : i.recognised_pages) {
    if (!r.Int(p)) return bad();
  }
  if (!r.Bool(i.tagged) || !r.Count(n, 12)) return bad();
  i.diagnostics.resize(n);
  for (Diagnostic& d : i.diagnostics) {
    if (!r.Int(d.page) || !r.Str(d.message)) return bad();
  }
  // A block takes at least 64 bytes in this form.
  if (!r.Count(n, 64)) return bad();
  doc.blocks.resize(n);
  for (Block& b : doc.blocks) {
    Provenance& p = b.prov;
    bool has_bbox = false, has_conf = false;
    if (!r.Enum(b.kind, BlockKind::kTableCell) || !r.Str(b.text) || !r.Int(b.heading_level) ||
        !r.Int(b.table) || !r.Int(b.row) || !r.Int(b.col) || !r.Str(b.label) ||
        !r.Str(b.list_label) || !r.Bool(b.header_cell) || !r.Str(b.column_header) ||
        !r.Enum(b.role, BlockRole::kFurniture) || !r.Enum(b.origin, BlockOrigin::kTextBox) ||
        !r.Int(p.page) || !r.Int(p.block) || !r.Size(p.begin) || !r.Size(p.end) ||
        !r.Bool(has_bbox)) {
      return bad();
    }
    if (has_bbox) {
      BBox box;
      if (!r.F64(box.x0) || !r.F64(box.y0) || !r.F64(box.x1) || !r.F64(box.y1)) return bad();
      p.bbox = box;
    }
    if (!r.Bool(has_conf)) return bad();
    if (has_conf) {
      double c;
      if (!r.F64(c)) return bad();
      p.confidence = c;
    }
    if (p.begin > p.end) return bad();
  }
  if (!r.done()) return bad();
  return doc;
}

double WorkerCpuSeconds(const ExtractOptions& options) {
  return 30 + std::max(0.0, options.ocr_seconds_per_page) * std::max(1, options.max_pages);
}

namespace {

// ---- requests -------------------------------------------------------------------------------

std::string EncodeRequestHeader(const std::string& name, const ExtractOptions& o, uint64_t size) {
  Writer w;
  w.Str(name);
  w.I32(o.max_pages);
  w.U64(o.max_file_bytes);
  w.U64(o.max_zip_total_bytes);
  w.I32(o.max_zip_entries);
  w.U64(o.max_xml_bytes);
  w.I32(o.max_xml_depth);
  w.U64(o.max_image_pixels);
  w.F64(o.ocr_seconds_per_page);
  w.Bool(o.ocr);
  w.I32(o.ocr_dpi);
  w.F64(o.low_ocr_confidence);
  w.I32(o.ocr_threads);
  w.U64(size);
  Writer framed;
  framed.U32(kRequestMagic);
  framed.Str(w.out());
  return std::move(framed.out());
}

bool DecodeRequestHeader(Reader& r, std::string& name, ExtractOptions& o, uint64_t& size) {
  return r.Str(name) && r.Int(o.max_pages) && r.U64(o.max_file_bytes) &&
         r.U64(o.max_zip_total_bytes) && r.Int(o.max_zip_entries) && r.U64(o.max_xml_bytes) &&
         r.Int(o.max_xml_depth) && r.U64(o.max_image_pixels) && r.F64(o.ocr_seconds_per_page) &&
         r.Bool(o.ocr) && r.Int(o.ocr_dpi) && r.F64(o.low_ocr_confidence) && r.Int(o.ocr_threads) &&
         r.U64(size);
}

// ---- file descriptors -----------------------------------------------------------------------

bool ReadExactly(int fd, char* p, size_t n) {
  while (n > 0) {
    ssize_t got = ::read(fd, p, n);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    p += got;
    n -= static_cast<size_t>(got);
  }
  return true;
}

bool WriteAll(int fd, const char* p, size_t n, bool socket) {
  while (n > 0) {
    ssize_t put = socket ? ::send(fd, p, n, MSG_NOSIGNAL) : ::write(fd, p, n);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) return false;
    p += put;
    n -= static_cast<size_t>(put);
  }
  return true;
}

std::string MegabytesText(uint64_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

}  // namespace

// ---- the worker -------------------------------------------------------------------------------

int ExtractWorkerMain(uint64_t max_bytes) {
  // No core dumps (they would hold children's text), no ptrace by other processes, and no
  // regaining privileges.
  ::prctl(PR_SET_DUMPABLE, 0);
  ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  // Die with the parent, whatever the reason it ended.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  struct rlimit none {
    0, 0
  };
  ::setrlimit(RLIMIT_CORE, &none);
  // Nothing but the pipes and the standard streams stays open.
  for (int fd = 3; fd < 1024; ++fd) ::close(fd);
  struct rlimit files {
    128, 128
  };
  ::setrlimit(RLIMIT_NOFILE, &files);
#if !defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer reserves terabytes of address space for its shadow memory, so the limit
  // is left to the normal build (the sanitizer build is for finding bugs, not for limits).
  if (max_bytes > 0) {
    struct rlimit as {
      max_bytes, max_bytes
    };
    ::setrlimit(RLIMIT_AS, &as);
  }
#endif
  // No network: a new, empty network namespace where the kernel lets us have one (a user
  // namespace first when not privileged). There is nothing to reach from here either way.
  if (::unshare(CLONE_NEWNET) != 0) (void)::unshare(CLONE_NEWUSER | CLONE_NEWNET);

  std::unique_ptr<OcrEngines> engines;
  for (;;) {
    // The request: magic, the header's length, the header, then the file's bytes.
    char prefix[12];
    if (!ReadExactly(0, prefix, 4)) return 0;  // the parent has no more documents
    if (!ReadExactly(0, prefix + 4, 8)) return 3;
    uint32_t magic;
    uint64_t len;
    std::memcpy(&magic, prefix, 4);
    std::memcpy(&len, prefix + 4, 8);
    if (magic != kRequestMagic || len > (1u << 20)) return 3;
    std::string head(len, '\0');
    if (!ReadExactly(0, head.data(), len)) return 3;
    Reader r(head);
    ExtractOptions options;
    std::string name;
    uint64_t size = 0;
    if (!DecodeRequestHeader(r, name, options, size) || !r.done()) return 3;
    std::string bytes;
    try {
      bytes.resize(size);
    } catch (const std::bad_alloc&) {
      return 4;
    }
    if (!ReadExactly(0, bytes.data(), size)) return 3;

    // This document's processor time, on top of what the worker has used so far.
    struct rusage used {};
    ::getrusage(RUSAGE_SELF, &used);
    double so_far = static_cast<double>(used.ru_utime.tv_sec + used.ru_stime.tv_sec) + 1;
    struct rlimit cpu {};
    ::getrlimit(RLIMIT_CPU, &cpu);
    cpu.rlim_cur = static_cast<rlim_t>(so_far + WorkerCpuSeconds(options));
    if (cpu.rlim_max != RLIM_INFINITY) cpu.rlim_cur = std::min(cpu.rlim_cur, cpu.rlim_max);
    ::setrlimit(RLIMIT_CPU, &cpu);

    options.ocr_threads = std::max(1, options.ocr_threads);
    if (options.ocr && !engines) engines = std::make_unique<OcrEngines>(options.ocr_threads);
    options.ocr_engines = engines.get();
    Status status = Status::Ok();
    std::string encoded;
    try {
      StatusOr<Document> doc = ExtractBytes(bytes, name, options);
      if (doc.ok()) {
        encoded = EncodeDocument(*doc);
      } else {
        status = doc.status();
      }
    } catch (const std::bad_alloc&) {
      status = LimitExceeded("'" + name + "' could not be read: it needs more than " +
                             MegabytesText(max_bytes) + " of memory");
      encoded.clear();
    } catch (const std::exception&) {
      status = Corrupt("'" + name + "' could not be read: the reader stopped on it");
      encoded.clear();
    }
    std::string().swap(bytes);
    Writer w;
    w.I32(static_cast<int32_t>(status.code()));
    w.Str(status.message());
    w.Str(encoded);
    Writer len_prefix;
    len_prefix.U32(kResponseMagic);
    len_prefix.U64(w.out().size());
    if (!WriteAll(1, len_prefix.out().data(), len_prefix.out().size(), false) ||
        !WriteAll(1, w.out().data(), w.out().size(), false)) {
      return 0;
    }
  }
}

// ---- the parent -------------------------------------------------------------------------------

namespace {

struct Worker {
  pid_t pid = -1;
  int to = -1;    // its standard input (a socket, so that a dead worker gives EPIPE, not SIGPIPE)
  int from = -1;  // its standard output
  int err = -1;   // its standard error
};

void CloseFds(Worker& w) {
  for (int* fd : {&w.to, &w.from, &w.err}) {
    if (*fd >= 0) ::close(*fd);
    *fd = -1;
  }
}

// Ends a worker and returns its wait status and peak memory in KB.
int Reap(Worker& w, bool kill_it, long* maxrss_kb) {
  CloseFds(w);
  if (w.pid <= 0) return 0;
  if (kill_it) ::kill(w.pid, SIGKILL);
  int status = 0;
  struct rusage ru {};
  while (::wait4(w.pid, &status, 0, &ru) < 0 && errno == EINTR) {
  }
  if (maxrss_kb) *maxrss_kb = ru.ru_maxrss;
  w.pid = -1;
  return status;
}

StatusOr<Worker> Spawn(const std::string& program, uint64_t max_bytes) {
  int in[2], out[2], err[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0) {
    return IoError(std::string("could not start a reader process: ") + std::strerror(errno));
  }
  if (::pipe2(out, O_CLOEXEC) != 0) {
    ::close(in[0]);
    ::close(in[1]);
    return IoError(std::string("could not start a reader process: ") + std::strerror(errno));
  }
  if (::pipe2(err, O_CLOEXEC) != 0) {
    for (int fd : {in[0], in[1], out[0], out[1]}) ::close(fd);
    return IoError(std::string("could not start a reader process: ") + std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[1], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  // Its own process group: Ctrl-C reaches the parent only, which then ends its workers.
  // Signals the parent handles or ignores are back to their defaults in the worker.
  sigset_t defaults, empty;
  sigemptyset(&defaults);
  for (int s : {SIGINT, SIGTERM, SIGPIPE, SIGXCPU}) sigaddset(&defaults, s);
  sigemptyset(&empty);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setsigmask(&attr, &empty);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr,
                           POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP);
  std::string mb = std::to_string(max_bytes >> 20);
  std::vector<char*> argv = {const_cast<char*>(program.c_str()),
                             const_cast<char*>("_extract-worker"), const_cast<char*>("--max-mb"),
                             mb.data(), nullptr};
  pid_t pid = -1;
  int rc = posix_spawn(&pid, program.c_str(), &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  ::close(in[1]);
  ::close(out[1]);
  ::close(err[1]);
  if (rc != 0) {
    for (int fd : {in[0], out[0], err[0]}) ::close(fd);
    return IoError("could not start a reader process ('" + program + "'): " + std::strerror(rc));
  }
  Worker w;
  w.pid = pid;
  w.to = in[0];
  w.from = out[0];
  w.err = err[0];
  return w;
}

enum class Outcome { kAnswered, kDied, kTimedOut, kStopped, kGarbage };

// Waits for the worker's answer, reading its standard error on the side (kept up to 64 KB, to
// tell why it died). Checks for a stop request every 200 ms.
Outcome ReceiveAnswer(Worker& w, double seconds, std::string& answer, std::string& errors) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::duration<double>(seconds);
  std::string buf;
  uint64_t want = 0;  // payload length once the 12-byte prefix is in
  bool out_open = true, err_open = true;
  char chunk[65536];
  while (out_open) {
    if (StopRequested()) return Outcome::kStopped;
    if (Clock::now() > deadline) return Outcome::kTimedOut;
    struct pollfd fds[2] = {{w.from, POLLIN, 0}, {err_open ? w.err : -1, POLLIN, 0}};
    int n = ::poll(fds, 2, 200);
    if (n < 0 && errno != EINTR) return Outcome::kDied;
    if (n <= 0) continue;
    if (err_open && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t got = ::read(w.err, chunk, sizeof chunk);
      if (got <= 0) {
        err_open = false;
      } else if (errors.size() < 65536) {
        errors.append(chunk, static_cast<size_t>(got));
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t got = ::read(w.from, chunk, sizeof chunk);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        out_open = false;
        break;
      }
      buf.append(chunk, static_cast<size_t>(got));
      if (want == 0 && buf.size() >= 12) {
        uint32_t magic;
        std::memcpy(&magic, buf.data(), 4);
        std::memcpy(&want, buf.data() + 4, 8);
        if (magic != kResponseMagic || want == 0 || want > kMaxResponseBytes) {
          return Outcome::kGarbage;
        }
        buf.reserve(12 + want);
      }
      if (want > 0 && buf.size() >= 12 + want) {
        if (buf.size() > 12 + want) return Outcome::kGarbage;
        answer = buf.substr(12);
        return Outcome::kAnswered;
      }
    }
  }
  return Outcome::kDied;
}

bool MentionsMemory(const std::string& errors) {
  for (const char* s : {"Out of memory", "out of memory", "bad_alloc", "Cannot allocate memory",
                        "allocation", "rss limit"}) {
    if (errors.find(s) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

struct ExtractWorkers::Impl {
  std::string program;
  uint64_t max_bytes = 0;
  std::mutex mu;
  std::vector<Worker> idle;
  int started = 0;
};

ExtractWorkers::ExtractWorkers(const ExtractOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->program = options.worker_program;
  impl_->max_bytes = options.max_worker_bytes;
}

ExtractWorkers::~ExtractWorkers() {
  for (Worker& w : impl_->idle) Reap(w, /*kill_it=*/true, nullptr);
}

int ExtractWorkers::started() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->started;
}

StatusOr<Document> ExtractWorkers::Extract(std::string_view bytes, const std::string& name,
                                           const ExtractOptions& options) {
  if (impl_->program.empty()) return ExtractBytes(bytes, name, options);
  // Refusals that need no reading are made here, without a worker.
  if (bytes.empty() || bytes.size() > options.max_file_bytes) {
    return ExtractBytes(bytes, name, options);
  }
  const std::string prefix = "'" + name + "' could not be read: ";
  if (StopRequested()) return IoError("'" + name + "' was not read: the run was stopped");
  Worker w;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    if (!impl_->idle.empty()) {
      w = impl_->idle.back();
      impl_->idle.pop_back();
    }
  }
  if (w.pid < 0) {
    StatusOr<Worker> spawned = Spawn(impl_->program, impl_->max_bytes);
    if (!spawned.ok()) return IoError(prefix + spawned.status().message());
    w = *spawned;
    std::lock_guard<std::mutex> lock(impl_->mu);
    ++impl_->started;
  }
  const double cpu = WorkerCpuSeconds(options);
  std::string header = EncodeRequestHeader(name, options, bytes.size());
  std::string answer, errors;
  Outcome outcome = Outcome::kDied;
  if (WriteAll(w.to, header.data(), header.size(), true) &&
      WriteAll(w.to, bytes.data(), bytes.size(), true)) {
    // Wall-clock time: twice the processor time allowed, and a minute more, so that a worker
    // that waits for ever (and so uses no processor time) is ended too.
    outcome = ReceiveAnswer(w, 2 * cpu + 60, answer, errors);
  }
  if (outcome == Outcome::kAnswered) {
    Reader r(answer);
    int32_t code = 0;
    std::string message, encoded;
    if (r.I32(code) && code >= 0 && code <= static_cast<int32_t>(StatusCode::kInternal) &&
        r.Str(message) && r.Str(encoded) && r.done()) {
      // A worker that ran out of memory or hit a limit may have been left with a damaged heap
      // or leaked memory: it is not given another document.
      const auto answered = static_cast<StatusCode>(code);
      if (answered == StatusCode::kLimitExceeded || answered == StatusCode::kInternal) {
        Reap(w, /*kill_it=*/true, nullptr);
      } else {
        std::lock_guard<std::mutex> lock(impl_->mu);
        impl_->idle.push_back(w);
      }
      if (code != 0) return Status(static_cast<StatusCode>(code), message);
      StatusOr<Document> doc = DecodeDocument(encoded);
      if (!doc.ok()) return Corrupt(prefix + doc.status().message());
      return doc;
    }
    outcome = Outcome::kGarbage;
  }
  long maxrss_kb = 0;
  int status = Reap(w, /*kill_it=*/true, &maxrss_kb);
  // After the kill, whatever else it wrote to standard error is lost; what came before is kept.
#if defined(__SANITIZE_ADDRESS__)
  if (!errors.empty())
    std::fprintf(stderr, "ehcp: reader process for '%s':\n%s", name.c_str(), errors.c_str());
#endif
  switch (outcome) {
    case Outcome::kStopped:
      return IoError("'" + name + "' was not read: the run was stopped");
    case Outcome::kTimedOut:
      return LimitExceeded(prefix + "it took longer than " +
                           std::to_string(static_cast<long>(2 * cpu + 60)) +
                           " seconds: raise --ocr-seconds or --max-pages if it is a long scan");
    case Outcome::kGarbage:
      return Corrupt(prefix + "the reader process sent back a damaged result");
    default:
      break;
  }
  const bool signalled = WIFSIGNALED(status);
  const int sig = signalled ? WTERMSIG(status) : 0;
  if (sig == SIGXCPU) {
    return LimitExceeded(prefix + "it needs more than " + std::to_string(static_cast<long>(cpu)) +
                         " seconds of processor time: raise --ocr-seconds or --max-pages if it is "
                         "a long scan");
  }
  const uint64_t peak = static_cast<uint64_t>(maxrss_kb) * 1024;
  // Exit 4: the worker could not even hold the file's bytes.
  const bool no_room = WIFEXITED(status) && WEXITSTATUS(status) == 4;
  if (no_room || MentionsMemory(errors) || (impl_->max_bytes > 0 && peak * 2 >= impl_->max_bytes)) {
    return LimitExceeded(prefix + "it needs more than " + MegabytesText(impl_->max_bytes) +
                         " of memory (raise --max-worker-mb if it is a real report)");
  }
  if (signalled) {
    return Corrupt(prefix + "the reader stopped unexpectedly on it (signal " + std::to_string(sig) +
                   "): it may be damaged; ask for it again or save it as PDF");
  }
  return Corrupt(prefix + "the reader stopped unexpectedly on it (exit " +
                 std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
                 "): it may be damaged; ask for it again or save it as PDF");
}

StatusOr<Document> ExtractFileIsolated(const std::string& path, const ExtractOptions& options) {
  if (options.worker_program.empty()) return ExtractFile(RealFileSystem(), path, options);
  const std::string name = BaseName(path);
  StatusOr<uint64_t> size = RealFileSystem().FileSize(path);
  // Too large: refused by its size alone, without reading it.
  if (size.ok() && *size > options.max_file_bytes)
    return ExtractFile(RealFileSystem(), path, options);
  StatusOr<std::string> bytes = RealFileSystem().ReadFile(path);
  if (!bytes.ok()) return Status(bytes.status().code(), bytes.status().message());
  ExtractWorkers workers(options);
  return workers.Extract(*bytes, name, options);
}

}  // namespace ehcp
