# Build Backup Doctor for Windows and run each build's self-test.
#
#   powershell -ExecutionPolicy Bypass -File build\build-windows.ps1                 # one-file, onedir, debug
#   powershell -ExecutionPolicy Bypass -File build\build-windows.ps1 -Targets onefile
#   ... -RequireSecureStorage   # also fail when sign-in could not be remembered (Windows Credential
#                               # Manager through keyring, DPAPI for the token cache): what CI checks
#
# Results: dist\onefile\BackupDoctor.exe (what helpdesk staff get), dist\onedir\BackupDoctor\ (portable:
# put an empty file named "portable" next to BackupDoctor.exe to keep the settings there),
# dist\debug\BackupDoctor-debug\ (console). Self-test logs: dist\self-test-<target>.log.
# The same specs as on Linux (build\*.spec, build\bundle.py); PyInstaller's work folders go to
# pyinstaller-work\, never into build\.
[CmdletBinding()]
param(
    [ValidateSet("onefile", "onedir", "debug")]
    [string[]] $Targets = @("onefile", "onedir", "debug"),
    # The Python that creates .venv (3.11 or later).
    [string] $Python = "python",
    [switch] $SkipSelfTest,
    [switch] $RequireSecureStorage
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked([string] $What, [scriptblock] $Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$venvPython = Join-Path (Get-Location) ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    Invoke-Checked "creating .venv" { & $Python -m venv .venv }
}
Invoke-Checked "pip upgrade" { & $venvPython -m pip install -q --upgrade pip }
Invoke-Checked "installing the project" { & $venvPython -m pip install -q -e ".[dev,package]" }
# The bundle carries the compiled catalogs (.qm, git-ignored): build them from the .ts files.
Invoke-Checked "compiling translations" { & $venvPython scripts\translations.py build }

$version = (& $venvPython -c "import core; print(core.__version__)").Trim()
Write-Host "Backup Doctor $version"

$executables = @{
    onefile = "dist\onefile\BackupDoctor.exe"
    onedir  = "dist\onedir\BackupDoctor\BackupDoctor.exe"
    debug   = "dist\debug\BackupDoctor-debug\BackupDoctor-debug.exe"
}

foreach ($target in $Targets) {
    $started = Get-Date
    Invoke-Checked "PyInstaller ($target)" {
        & $venvPython -m PyInstaller --noconfirm --log-level WARN --workpath "pyinstaller-work\$target" `
            --distpath "dist\$target" "build\$target.spec"
    }
    $exe = $executables[$target]
    $seconds = [int]((Get-Date) - $started).TotalSeconds
    Write-Host "Built $exe in $seconds s"

    # The version resource comes from the project's version (build\bundle.py); the icon is not checked here.
    $info = (Get-Item $exe).VersionInfo
    if ($info.ProductVersion -ne $version) {
        throw "$exe has product version '$($info.ProductVersion)', expected '$version'"
    }
    Write-Host "$exe version resource: $($info.FileVersion), $($info.ProductName)"

    # --version: a console build prints it; a windowed one has no console, so only the debug build is read.
    if ($target -eq "debug") {
        $printed = (& $exe --version | Out-String).Trim()
        if ($printed -ne "backup-doctor $version") { throw "$exe --version printed '$printed'" }
    }

    if ($SkipSelfTest) { continue }
    # A windowed .exe returns at once from "& exe" and has no stdout: wait for the process, read its log.
    $log = Join-Path (Get-Location) "dist\self-test-$target.log"
    $process = Start-Process -FilePath $exe -ArgumentList @("--self-test", "--self-test-log", "`"$log`"") `
        -Wait -PassThru -NoNewWindow
    Get-Content $log | Write-Host
    if ($process.ExitCode -ne 0) { throw "$exe --self-test failed (exit code $($process.ExitCode))" }
    if ($RequireSecureStorage -and -not (Select-String -Path $log -SimpleMatch "sign-in can be remembered" -Quiet)) {
        throw "$exe could not find the Windows Credential Manager (keyring) or DPAPI (token cache)"
    }
    $size = if ($target -eq "onefile") { (Get-Item $exe).Length } else {
        (Get-ChildItem (Split-Path $exe) -Recurse -File | Measure-Object Length -Sum).Sum
    }
    Write-Host ("{0}: {1:N1} MB" -f $target, ($size / 1MB))
}
