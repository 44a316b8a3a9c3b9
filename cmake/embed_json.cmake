# embed_json(<target> <symbol> <file>): compiles <file> into <target> as
#   extern const char* const proximity::data::<symbol>;
# so the core carries its default data (rule set, exercise library) without a filesystem.
function(embed_json target symbol file)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_json_file.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/embed_json_file.cmake
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE ${out})
endfunction()
