; Inno Setup 6 script for Deck: a per-user install (no administrator rights needed).
;   python packaging\build.py                         (makes dist\Deck\)
;   iscc packaging\windows\deck.iss                   (makes dist\Deck-<version>-setup.exe)
; The version is read from Deck.exe, whose version resource comes from deck/__init__.py.

#define AppExe "Deck.exe"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\Deck"
#define AppVersion GetVersionNumbersString(Bundle + "\" + AppExe)

[Setup]
AppId={{6B0E5E51-3C1F-4D7B-9C55-DEC0DEC0D001}
AppName=Deck
AppVersion={#AppVersion}
AppPublisher=Deck
AppComments=A control deck for live streamers
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Deck
DefaultGroupName=Deck
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Deck
SetupIconFile=..\..\resources\app\deck.ico
OutputDir=..\..\dist
OutputBaseFilename=Deck-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Deck"; Filename: "{app}\{#AppExe}"
Name: "{group}\Deck (demo, no account needed)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,Deck}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Deck"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Deck}"; Flags: nowait postinstall skipifsilent

[Code]
// Settings, profiles and logs live in %LOCALAPPDATA%\Deck (platformdirs). They are kept
// unless the user asks for them to go; keys saved in Windows Credential Manager are
// removed by Deck itself (Accounts > Forget), never by the uninstaller.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := ExpandConstant('{localappdata}\Deck');
    if DirExists(Folder) and not UninstallSilent then
      if MsgBox('Also delete your Deck settings, profiles and logs?' + #13#10 + Folder + #13#10#13#10 +
                'Choose No to keep them for a later install.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(Folder, True, True, True);
  end;
end;
