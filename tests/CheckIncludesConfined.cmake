# Fails when a source outside ALLOWED (a folder under ROOT) includes the header named HEADER,
# with or without a folder in front (<libspeechd.h>, <speech-dispatcher/libspeechd.h>).
string(REPLACE "." "\\." name "${HEADER}")
file(GLOB_RECURSE sources
  "${ROOT}/engine/*.hpp" "${ROOT}/engine/*.cpp" "${ROOT}/game/*.hpp" "${ROOT}/game/*.cpp"
  "${ROOT}/tests/*.hpp" "${ROOT}/tests/*.cpp" "${ROOT}/tools/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
  if(source MATCHES "^${ROOT}/${ALLOWED}/")
    continue()
  endif()
  file(STRINGS "${source}" hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*/)?${name}[>\"]")
  if(hits)
    list(APPEND offenders "${source}")
  endif()
endforeach()
if(offenders)
  list(JOIN offenders "\n  " text)
  message(FATAL_ERROR "${HEADER} included outside ${ALLOWED}:\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "checked ${count} files: ${HEADER} only in ${ALLOWED}")
