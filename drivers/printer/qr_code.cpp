// placeholder: the QR writer arrives with the label work
