# Backup Doctor fix: set the Windows guest agent services to start automatically and start them.
# Running it twice changes nothing more.
foreach ($name in 'WindowsAzureGuestAgent', 'RdAgent') {
    Set-Service -Name $name -StartupType Automatic
    Start-Service -Name $name
}
'done'
