# Backup Doctor fix: restart the COM+ System Application and start the Distributed Transaction
# Coordinator, as Microsoft documents for ExtensionSnapshotFailedCOM / ExtensionInstallationFailedMDTC.
if ((Get-CimInstance Win32_Service -Filter "Name='COMSysApp'").StartMode -eq 'Disabled') { Set-Service COMSysApp -StartupType Manual }
if ((Get-CimInstance Win32_Service -Filter "Name='MSDTC'").StartMode -eq 'Disabled') { Set-Service MSDTC -StartupType Manual }
Restart-Service -Name COMSysApp -Force
Start-Service -Name MSDTC
'done'
