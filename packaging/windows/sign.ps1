# Sign a Windows executable with Authenticode when a certificate is provided.
#   pwsh packaging/windows/sign.ps1 dist\Deck\Deck.exe
# Secrets (from the CI's secret store, never committed):
#   WINDOWS_CERT_PFX_BASE64   the code-signing certificate (.pfx), base64-encoded
#   WINDOWS_CERT_PASSWORD     its password
param([Parameter(Mandatory = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"

if (-not $env:WINDOWS_CERT_PFX_BASE64 -or -not $env:WINDOWS_CERT_PASSWORD) {
    Write-Host "Code signing skipped: WINDOWS_CERT_PFX_BASE64 and WINDOWS_CERT_PASSWORD are not set. The files stay unsigned (SmartScreen will warn)."
    exit 0
}
$pfx = Join-Path $env:RUNNER_TEMP "deck-signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
try {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" | Sort-Object FullName -Descending | Select-Object -First 1
    foreach ($file in $Files) {
        & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERT_PASSWORD /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /d "Deck" $file
        if ($LASTEXITCODE -ne 0) { throw "signtool failed for $file" }
    }
} finally {
    Remove-Item $pfx -Force
}
