; The Windows installer of Corridor Atlas, made by NSIS's makensis (scripts/dist.sh passes the
; defines below). It installs for the user who runs it, into their own programs folder, so it
; needs no administrator: many a laptop lent for a talk has no such rights.
;
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DEXE=/path/to/corridor-atlas.exe \
;            -DNOTICES=/path/to/notices -DOUTFILE=/path/to/setup.exe installer.nsi
;
; makensis works in this file's folder: give it absolute paths.

!ifndef VERSION | VERSION4 | EXE | NOTICES | OUTFILE
  !error "pass VERSION, VERSION4, EXE, NOTICES and OUTFILE with -D (see scripts/dist.sh)"
!endif

; A 64-bit installer for a 64-bit program: it runs where the program does.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define APP "Corridor Atlas"
!define EXE_NAME "corridor-atlas.exe"
; The kind of file a route is, to Windows: its name, icon and how to open it.
!define PROGID "CorridorAtlas.Route"
!define APP_KEY "Software\Corridor Atlas"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CorridorAtlas"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

!define MUI_ICON "../../assets/icon/corridor-atlas.ico"
!define MUI_UNICON "../../assets/icon/corridor-atlas.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The installer speaks the system's language where it is one of these.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT or Apache-2.0"

; The file types the app opens: it is offered under Open with for each, and opens .geojson on a
; double-click when no other program has it. .json stays with the program that has it.
!macro ForEachType MACRO
  !insertmacro ${MACRO} ".json"
  !insertmacro ${MACRO} ".geojson"
  !insertmacro ${MACRO} ".kml"
  !insertmacro ${MACRO} ".kmz"
  !insertmacro ${MACRO} ".gpx"
  !insertmacro ${MACRO} ".csv"
!macroend

!macro OfferFor EXT
  WriteRegStr HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${EXE_NAME}\SupportedTypes" "${EXT}" ""
  WriteRegStr HKCU "${APP_KEY}\Capabilities\FileAssociations" "${EXT}" "${PROGID}"
!macroend

!macro StopOffering EXT
  DeleteRegValue HKCU "Software\Classes\${EXT}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXT}"
!macroend

Section "${APP}"
  SetOutPath "$INSTDIR"
  File "/oname=${EXE_NAME}" "${EXE}"
  SetOutPath "$INSTDIR\notices"
  File "${NOTICES}/*"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0

  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "${APP} route"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE_NAME}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${EXE_NAME}" "FriendlyAppName" "${APP}"
  WriteRegStr HKCU "Software\Classes\Applications\${EXE_NAME}\shell\open\command" "" '"$INSTDIR\${EXE_NAME}" "%1"'
  ; Settings › Default apps lists the program with the types it can take.
  WriteRegStr HKCU "${APP_KEY}\Capabilities" "ApplicationName" "${APP}"
  WriteRegStr HKCU "${APP_KEY}\Capabilities" "ApplicationDescription" "A transport corridor on a map, with what experts said about each place"
  WriteRegStr HKCU "Software\RegisteredApplications" "${APP}" "${APP_KEY}\Capabilities"
  !insertmacro ForEachType OfferFor
  ReadRegStr $0 HKCR ".geojson" ""
  ${If} $0 == ""
    WriteRegStr HKCU "Software\Classes\.geojson" "" "${PROGID}"
  ${EndIf}

  ; Apps and features: the name, version, size and the uninstaller.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Corridor Atlas"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  ; Only what the installer put there, never the whole folder: it may have been one the user
  ; chose, with their own files in it. The app's settings in the user's profile stay.
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\notices\*"
  RMDir "$INSTDIR\notices"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"

  !insertmacro ForEachType StopOffering
  ReadRegStr $0 HKCU "Software\Classes\.geojson" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.geojson" ""
    DeleteRegKey /ifempty HKCU "Software\Classes\.geojson"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${EXE_NAME}"
  DeleteRegValue HKCU "Software\RegisteredApplications" "${APP}"
  DeleteRegKey HKCU "${APP_KEY}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
SectionEnd
