# Turns the desk's web files into a C++ table (pipeline/serve/assets.h). Run by the build:
#   cmake -DOUT=assets.cc -DFILES="a|b" -P embed_assets.cmake
string(REPLACE "|" ";" FILES "${FILES}")
set(body "")
set(table "")
set(i 0)
foreach(f ${FILES})
  get_filename_component(name ${f} NAME)
  get_filename_component(ext ${f} EXT)
  if(ext STREQUAL ".html")
    set(type "text/html; charset=utf-8")
  elseif(ext STREQUAL ".css")
    set(type "text/css; charset=utf-8")
  elseif(ext STREQUAL ".js")
    set(type "text/javascript; charset=utf-8")
  elseif(ext STREQUAL ".svg")
    set(type "image/svg+xml")
  else()
    set(type "application/octet-stream")
  endif()
  file(READ ${f} hex HEX)
  string(LENGTH "${hex}" hexlen)
  math(EXPR len "${hexlen} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(APPEND body "const char kAsset${i}[] = {${bytes} 0};\n")
  string(APPEND table "      {\"${name}\", \"${type}\", std::string_view(kAsset${i}, ${len})},\n")
  math(EXPR i "${i} + 1")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from pipeline/serve/web/ by cmake/embed_assets.cmake; do not edit.
#include \"pipeline/serve/assets.h\"

namespace ehcp::serve {
namespace {
${body}}  // namespace

const std::vector<Asset>& Assets() {
  static const std::vector<Asset> kAssets = {
${table}  };
  return kAssets;
}

}  // namespace ehcp::serve
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.tmp)
