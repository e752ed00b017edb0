# Building a C++ Calc add-in with the LibreOffice SDK (facts: shared/notes/calc-addin.md).
# Used by calc_addin/ and by the benchmark's minimal add-in (bench/calc/minimal/).
#
#   llmcost_uno_sdk            INTERFACE target: SDK headers (SYSTEM), defines, UNO libraries.
#   llmcost_uno_types(IDL <idl> RDB <rdb> INCLUDE_DIR <dir> [TYPES <uno types...>] HEADERS <h...>)
#       custom commands: unoidl-write <idl> -> <rdb>, then cppumaker -> C++ headers in <dir>
#       (HEADERS, relative to <dir>, are the declared outputs; without TYPES every type is made,
#       with TYPES those and the types they depend on).
#   llmcost_oxt(OXT <file> LIBRARY <target> FILES <rdb> <components> DESCRIPTION <xml> MANIFEST <xml>)
#       custom command zipping the extension; add a target that DEPENDS on <file>.
include_guard(GLOBAL)

set(LLMCOST_LO_PROGRAM /usr/lib/libreoffice/program CACHE PATH "LibreOffice program directory")
set(LLMCOST_LO_SDK /usr/lib/libreoffice/sdk CACHE PATH "LibreOffice SDK directory")
find_program(LLMCOST_UNOIDL_WRITE unoidl-write PATHS ${LLMCOST_LO_SDK}/bin NO_DEFAULT_PATH REQUIRED)
find_program(LLMCOST_CPPUMAKER cppumaker PATHS ${LLMCOST_LO_SDK}/bin NO_DEFAULT_PATH REQUIRED)
find_program(LLMCOST_ZIP zip REQUIRED)
set(LLMCOST_UNO_RDBS ${LLMCOST_LO_PROGRAM}/types.rdb ${LLMCOST_LO_PROGRAM}/types/offapi.rdb)

if(NOT TARGET llmcost_uno_sdk)
  add_library(llmcost_uno_sdk INTERFACE)
  target_include_directories(llmcost_uno_sdk SYSTEM INTERFACE /usr/include/libreoffice)
  target_compile_definitions(llmcost_uno_sdk INTERFACE LINUX UNX GCC CPPU_ENV=gcc3)
  target_link_libraries(llmcost_uno_sdk INTERFACE
    ${LLMCOST_LO_SDK}/lib/libuno_cppuhelpergcc3.so
    ${LLMCOST_LO_SDK}/lib/libuno_cppu.so
    ${LLMCOST_LO_SDK}/lib/libuno_sal.so)
  # The UNO libraries need their neighbours in program/ (at link time and when a test runs).
  target_link_options(llmcost_uno_sdk INTERFACE -Wl,-rpath,${LLMCOST_LO_PROGRAM})
endif()

function(llmcost_uno_types)
  cmake_parse_arguments(U "" "IDL;RDB;INCLUDE_DIR" "TYPES;HEADERS" ${ARGN})
  get_filename_component(rdb_dir ${U_RDB} DIRECTORY)
  add_custom_command(OUTPUT ${U_RDB}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${rdb_dir}
    COMMAND ${LLMCOST_UNOIDL_WRITE} ${LLMCOST_UNO_RDBS} ${U_IDL} ${U_RDB}
    DEPENDS ${U_IDL}
    COMMENT "unoidl-write ${U_RDB}"
    VERBATIM)
  list(TRANSFORM U_TYPES PREPEND "-T" OUTPUT_VARIABLE type_flags)
  list(TRANSFORM U_HEADERS PREPEND "${U_INCLUDE_DIR}/" OUTPUT_VARIABLE headers)
  add_custom_command(OUTPUT ${headers}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${U_INCLUDE_DIR}
    COMMAND ${LLMCOST_CPPUMAKER} -Gc -O${U_INCLUDE_DIR} ${type_flags} ${LLMCOST_UNO_RDBS} ${U_RDB}
    DEPENDS ${U_RDB}
    COMMENT "cppumaker ${U_INCLUDE_DIR}"
    VERBATIM)
endfunction()

function(llmcost_oxt)
  cmake_parse_arguments(X "" "OXT;LIBRARY;DESCRIPTION;MANIFEST" "FILES" ${ARGN})
  get_filename_component(name ${X_OXT} NAME_WE)
  set(stage ${CMAKE_CURRENT_BINARY_DIR}/${name}-oxt)
  add_custom_command(OUTPUT ${X_OXT}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${stage} ${X_OXT}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${stage}/META-INF
    COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:${X_LIBRARY}> ${X_FILES} ${stage}
    COMMAND ${CMAKE_COMMAND} -E copy ${X_DESCRIPTION} ${stage}/description.xml
    COMMAND ${CMAKE_COMMAND} -E copy ${X_MANIFEST} ${stage}/META-INF/manifest.xml
    COMMAND ${CMAKE_COMMAND} -E chdir ${stage} ${LLMCOST_ZIP} -q -r -X ${X_OXT} .
    DEPENDS ${X_LIBRARY} ${X_FILES} ${X_DESCRIPTION} ${X_MANIFEST}
    COMMENT "zip ${X_OXT}"
    VERBATIM)
endfunction()

# A UNO component library: hidden symbols but its constructor, static libraries' symbols kept inside.
function(llmcost_uno_component target)
  set_target_properties(${target} PROPERTIES PREFIX "" CXX_VISIBILITY_PRESET hidden
                                             VISIBILITY_INLINES_HIDDEN ON)
  target_link_options(${target} PRIVATE -Wl,--no-undefined -Wl,--exclude-libs,ALL)
endfunction()
