; Inno Setup 6 (6.3 or newer) script of the maestro-desktop installer for Windows workstations.
;
; It installs the one-folder build made on Windows by `pyinstaller packaging\maestro.spec`
; (dist\maestro-desktop\: maestro-desktop.exe, the GUI, and maestro.exe, the command line,
; sharing _internal\) per machine into Program Files, with a Start-menu shortcut, a desktop
; shortcut (a task, ticked by default) and an uninstaller. Steps: packaging\README.md.
;
;   iscc packaging\windows\maestro.iss                 -> dist\maestro-desktop-<version>-setup.exe
;   iscc /DAppVersion=0.1.0 packaging\windows\maestro.iss   (version given instead of read)
;   iscc /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" packaging\windows\maestro.iss
;
; The clinical data is NOT in the program folder: each user's database, its backups\ and the
; training database live in %LOCALAPPDATA%\CHU-Rennes\maestro-desktop\ (platformdirs). Neither
; the installer nor the uninstaller ever touches that folder; an upgrade replaces the program
; files only, and the app migrates the database itself (keeping a copy first).

#define AppName "maestro-desktop"
#define AppTitle "MAESTRO-4MS injection sessions"
#define Publisher "CHU de Rennes (Rennes University Hospital)"
; Paths are relative to this file, so iscc can be run from any folder.
#define BuildDir AddBackslash(SourcePath) + "..\..\dist\maestro-desktop"
#define GuiExe "maestro-desktop.exe"
#define CliExe "maestro.exe"

#if !FileExists(BuildDir + "\" + GuiExe)
  #error dist\maestro-desktop\maestro-desktop.exe not found: run pyinstaller packaging\maestro.spec first (packaging\README.md)
#endif
#if !FileExists(BuildDir + "\" + CliExe)
  #error dist\maestro-desktop\maestro.exe not found: run pyinstaller packaging\maestro.spec first
#endif

#ifndef AppVersion
  ; The version resource that maestro.spec writes into the executable (maestro_desktop.__version__).
  #define AppVersion GetVersionNumbersString(BuildDir + "\" + GuiExe)
#endif

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{B560D94B-F64D-45BA-BF4A-A4A424566190}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher={#Publisher}
AppComments=Bedside record of the MAESTRO-4MS trial (NCT06592703)
VersionInfoVersion={#AppVersion}
; Per machine, into Program Files (64-bit), for every user of the workstation.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
SetupIconFile=maestro-desktop.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppTitle}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Asks to close a running maestro-desktop (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole library folder, so no file of an older version is ever loaded.
; Program files only: the data folder (%LOCALAPPDATA%) is elsewhere and never named here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppTitle}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "Guide and record the MAESTRO-4MS injection sessions"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; As the user who started the installer, not the administrator account: the app opens (and on
; first start offers to create) that user's database in their own %LOCALAPPDATA%.
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; No [UninstallDelete] and no [Code]: the uninstaller removes exactly what was installed above,
; and never the users' data (%LOCALAPPDATA%\CHU-Rennes\maestro-desktop\, database and backups).
