# Backup Doctor fix: restart the Volume Shadow Copy service and the services of VSS writers that are
# not Stable, as Microsoft documents for ExtensionFailedVssWriterInBadState / ...VssServiceInBadState.
$writerServices = @{
    'System Writer' = 'CryptSvc'; 'WMI Writer' = 'Winmgmt'; 'Task Scheduler Writer' = 'Schedule'
    'BITS Writer' = 'BITS'; 'IIS Metabase Writer' = 'IISADMIN'; 'IIS Config Writer' = 'AppHostSvc'
    'SqlServerWriter' = 'SQLWriter'; 'MSSearch Service Writer' = 'WSearch'; 'WIDWriter' = 'WIDWriter'
}
if ((Get-CimInstance Win32_Service -Filter "Name='VSS'").StartMode -eq 'Disabled') { Set-Service VSS -StartupType Manual }
$current = $null
foreach ($line in (vssadmin list writers)) {
    if ($line -match "Writer name: '(.+)'") { $current = $Matches[1] }
    elseif ($current -and $line -match 'State: \[\d+\] (.+)' -and $Matches[1].Trim() -ne 'Stable') {
        if ($writerServices.ContainsKey($current)) { Restart-Service -Name $writerServices[$current] -Force }
    }
}
Restart-Service -Name VSS -Force
'done'
