// The desk's page, style and script, compiled into the program from pipeline/serve/web/ (the
// build turns each file into bytes: cmake/embed_assets.cmake), so nothing is fetched from
// anywhere else.
#pragma once

#include <string_view>
#include <vector>

namespace ehcp::serve {

struct Asset {
  std::string_view path;  // "index.html", "app.js", "style.css"
  std::string_view content_type;
  std::string_view bytes;
};

const std::vector<Asset>& Assets();

}  // namespace ehcp::serve
