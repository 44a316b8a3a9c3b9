# nlohmann/json: the system package natively; under Emscripten only a copy of the
# nlohmann header directory (adding /usr/include would pull glibc headers into WASM).
if(EMSCRIPTEN)
  set(_nlohmann_copy ${CMAKE_BINARY_DIR}/third_party/include)
  if(NOT EXISTS ${_nlohmann_copy}/nlohmann/json.hpp)
    file(COPY /usr/include/nlohmann DESTINATION ${_nlohmann_copy})
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE ${_nlohmann_copy})
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
endif()
