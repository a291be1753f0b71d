; Inno Setup 6 script: StratPlanner installer for Windows (64-bit).
;
; First build the bundle on Windows (PyInstaller can't cross-build):
;     py -3.11 -m venv build\venv
;     build\venv\Scripts\pip install . "pyinstaller>=6.10,<7"
;     build\venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\stratplanner.spec
; then compile this script (Inno Setup 6.3 or newer):
;     iscc packaging\windows\stratplanner.iss
; which writes dist\StratPlanner-VERSION-setup.exe. See packaging/README.md.
;
; The version is read from the bundle's stratplanner.exe (the spec stamps it from
; stratplanner.__version__); pass /DAppVersion=X.Y.Z to override.

#define AppName "StratPlanner"
#define AppExe "stratplanner.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\stratplanner"
#define IconDir AddBackslash(SourcePath) + "..\..\resources\icons\app"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "dist\stratplanner\stratplanner.exe is missing or has no version: build the bundle first"
#endif
; The ProgID of a plan file, and where its icon lies inside the bundle.
#define PlanProgId "StratPlanner.Plan"
#define PlanIcon "{app}\_internal\stratplanner\resources\icons\app\stratplanner-document.ico"

[Setup]
; AppId identifies the product to Windows' uninstaller; never change it between releases.
AppId={{6A0E3B1C-6F3D-4C41-9B8E-5B2E7C1D9A40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile={#IconDir}\stratplanner.ico
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Installs for everyone (admin) or, if the user chooses, just for them without admin
; rights; HKA below follows that choice (HKLM or HKCU).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .stratplan → StratPlanner.Plan, opened by stratplanner.exe with the document icon.
Root: HKA; Subkey: "Software\Classes\.stratplan"; ValueType: string; ValueName: ""; ValueData: "{#PlanProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.stratplan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-stratplanner"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.stratplan\OpenWithProgids"; ValueType: string; ValueName: "{#PlanProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}"; ValueType: string; ValueName: ""; ValueData: "StratPlanner plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{#PlanIcon}"
Root: HKA; Subkey: "Software\Classes\{#PlanProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".stratplan"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
