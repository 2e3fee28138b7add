// `ehcp serve`: the caseworker's desk, a web page on this computer (127.0.0.1 only) to create
// cases, draft them, review a draft beside its sources and audit the work folder.
//
// The work folder (WORKDIR):
//   WORKDIR/cases/<case-id>/   the advice files of each case (uploaded or copied in)
//   WORKDIR/out/<case-id>/     what `ehcp draft WORKDIR/cases -o WORKDIR/out` writes, plus
//                              decisions.json (the page's decisions) and .pages/ (rendered pages)
//   WORKDIR/audit/             audit.html and audit.xlsx, as `ehcp audit` writes them
//
// Every request needs the access token printed at start (as ?token= once, then a cookie);
// requests naming another host or origin, and posts without the page's own header, are refused.
#pragma once

#include <functional>
#include <string>

#include "pipeline/base/status.h"
#include "pipeline/runner/runner.h"

namespace ehcp::serve {

struct ServeOptions {
  std::string workdir;
  std::string host = "127.0.0.1";  // where to listen; the container recipe may choose 0.0.0.0
  int port = 0;                    // 0: any free port
  RunOptions run;                  // how cases are drafted (out_dir is set from workdir)
  std::string token;               // empty: a fresh random token
  uint64_t max_upload_bytes = 200ull << 20;  // one upload (all its files)
  int max_upload_files = 40;
  // Called once the server listens, with the address to open (including the token).
  std::function<void(const std::string& url)> on_listen;
};

// A fresh random token (32 bytes from the kernel's random source, as hex).
std::string RandomToken();

// A file or case name made safe for the work folder: its last path part, letters, digits, '.',
// '-', '_' and spaces kept (others become '-'), no leading dot, at most 100 bytes. Empty when
// nothing is left.
std::string SafeName(std::string_view name);

// Runs the desk until SIGINT or SIGTERM. Errors: the work folder cannot be made, or the port is
// taken.
Status Serve(const ServeOptions& options);

}  // namespace ehcp::serve
