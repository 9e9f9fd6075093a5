# Backup Doctor: read-only check of the causes of Azure VM Backup failures that only the guest can see.
# It reads services, VSS writers, the effective AppLocker policy, network adapters and the agent's
# file version; it changes nothing and downloads nothing. It prints one compact JSON document
# (guest-report.schema.json). Run Command returns only the last 4096 bytes of output: lists are capped.
$ErrorActionPreference = 'SilentlyContinue'

function Get-ServiceFact([string]$Name) {
    $s = Get-CimInstance -ClassName Win32_Service -Filter "Name='$Name'"
    if ($null -eq $s) { return [ordered]@{ name = $Name; state = 'Missing'; startType = $null; account = $null } }
    [ordered]@{ name = $Name; state = [string]$s.State; startType = [string]$s.StartMode; account = [string]$s.StartName }
}

$names = 'WindowsAzureGuestAgent', 'RdAgent', 'VSS', 'COMSysApp', 'MSDTC'
$services = @($names | ForEach-Object { Get-ServiceFact $_ })

# vssadmin prints "Writer name: 'X'" then "State: [1] Stable" and "Last error: No error" for each writer.
$writers = @()
$current = $null
foreach ($line in (vssadmin list writers)) {
    if ($line -match "Writer name: '(.+)'") { $current = [ordered]@{ name = $Matches[1]; state = $null; lastError = $null }; $writers += $current }
    elseif ($current -and $line -match 'State: \[\d+\] (.+)') { $current.state = $Matches[1].Trim() }
    elseif ($current -and $line -match 'Last error: (.+)') { $current.lastError = $Matches[1].Trim() }
}

# Deny rules of the effective AppLocker policy, with their path or publisher condition.
$rules = @()
$policy = Get-AppLockerPolicy -Effective -Xml
if ($policy) {
    foreach ($rule in ([xml]$policy).SelectNodes('//*[@Action="Deny"]')) {
        $condition = $rule.SelectSingleNode('.//FilePathCondition/@Path')
        $rules += [ordered]@{
            collection = [string]$rule.ParentNode.Type; name = [string]$rule.Name
            path = if ($condition) { [string]$condition.Value } else { $null }
        }
    }
}

$network = @(Get-CimInstance -ClassName Win32_NetworkAdapterConfiguration -Filter 'IPEnabled=True' | Select-Object -First 8 |
    ForEach-Object { [ordered]@{ name = [string]$_.Description; dhcp = [bool]$_.DHCPEnabled; source = 'Win32_NetworkAdapterConfiguration'; line = '' } })

$exe = Get-ChildItem 'C:\WindowsAzure\GuestAgent*\WindowsAzureGuestAgent.exe' | Sort-Object LastWriteTime | Select-Object -Last 1
$agentVersion = if ($exe) { [string]$exe.VersionInfo.FileVersion } else { $null }

[ordered]@{
    schemaVersion = 1; os = 'windows'
    agent = [ordered]@{ running = ((Get-ServiceFact 'WindowsAzureGuestAgent').state -eq 'Running'); process = ''; version = $agentVersion; updated = @() }
    services = $services
    vssWriters = @($writers | Select-Object -First 30)
    appLocker = [ordered]@{ denyRules = @($rules | Select-Object -First 10) }
    network = $network
} | ConvertTo-Json -Depth 5 -Compress
