<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BlockedProductDialog</name>
    <message>
        <location filename="../components/BlockedProductDialog.qml" line="46"/>
        <source>DO NOT SELL</source>
        <translation>KHÔNG ĐƯỢC BÁN</translation>
    </message>
    <message>
        <location filename="../components/BlockedProductDialog.qml" line="98"/>
        <source>Do not sell</source>
        <translation>Không bán</translation>
    </message>
    <message>
        <location filename="../components/BlockedProductDialog.qml" line="106"/>
        <location filename="../components/BlockedProductDialog.qml" line="116"/>
        <source>Manager override</source>
        <translation>Quản lý cho phép bán</translation>
    </message>
</context>
<context>
    <name>CardTab</name>
    <message>
        <location filename="../screens/pay/CardTab.qml" line="27"/>
        <source>Amount charged on the card terminal</source>
        <translation>Số tiền đã quẹt trên máy thẻ</translation>
    </message>
    <message>
        <location filename="../screens/pay/CardTab.qml" line="47"/>
        <source>Approval code on the slip</source>
        <translation>Mã chuẩn chi trên phiếu</translation>
    </message>
    <message>
        <location filename="../screens/pay/CardTab.qml" line="60"/>
        <source>e.g. 123456</source>
        <translation>ví dụ 123456</translation>
    </message>
    <message>
        <location filename="../screens/pay/CardTab.qml" line="72"/>
        <source>Add card payment</source>
        <translation>Thêm thanh toán thẻ</translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <location filename="../screens/sell/CartLineDelegate.qml" line="86"/>
        <source>Lot %1</source>
        <translation>Lô %1</translation>
    </message>
    <message>
        <location filename="../screens/sell/CartLineDelegate.qml" line="88"/>
        <source>Exp. %1</source>
        <translation>HSD %1</translation>
    </message>
    <message>
        <location filename="../screens/sell/CartLineDelegate.qml" line="142"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CartTotals</name>
    <message>
        <location filename="../screens/sell/CartTotals.qml" line="35"/>
        <source>Subtotal (%1 items)</source>
        <translation>Tạm tính (%1 món)</translation>
    </message>
    <message>
        <location filename="../screens/sell/CartTotals.qml" line="41"/>
        <source>Discount</source>
        <translation>Giảm giá</translation>
    </message>
    <message>
        <location filename="../screens/sell/CartTotals.qml" line="50"/>
        <source>incl. VAT %1</source>
        <translation>gồm VAT %1</translation>
    </message>
    <message>
        <location filename="../screens/sell/CartTotals.qml" line="60"/>
        <source>TOTAL</source>
        <translation>TỔNG CỘNG</translation>
    </message>
</context>
<context>
    <name>CashTab</name>
    <message>
        <location filename="../screens/pay/CashTab.qml" line="31"/>
        <source>Customer gives</source>
        <translation>Khách đưa</translation>
    </message>
    <message>
        <location filename="../screens/pay/CashTab.qml" line="50"/>
        <source>Exact %1</source>
        <translation>Đúng %1</translation>
    </message>
    <message>
        <location filename="../screens/pay/CashTab.qml" line="58"/>
        <source>Add a note</source>
        <translation>Thêm tờ tiền</translation>
    </message>
    <message>
        <location filename="../screens/pay/CashTab.qml" line="91"/>
        <source>Other amount</source>
        <translation>Số tiền khác</translation>
    </message>
    <message>
        <location filename="../screens/pay/CashTab.qml" line="121"/>
        <source>Add cash</source>
        <translation>Thêm tiền mặt</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <location filename="../screens/sell/CategoryTile.qml" line="38"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n sản phẩm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificationBadge</name>
    <message>
        <location filename="../components/CertificationBadge.qml" line="19"/>
        <source>EXPIRING</source>
        <translation>SẮP HẾT HẠN</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="20"/>
        <source>EXPIRED</source>
        <translation>HẾT HẠN</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="21"/>
        <source>SUSPENDED</source>
        <translation>BỊ ĐÌNH CHỈ</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="22"/>
        <source>REVOKED</source>
        <translation>BỊ THU HỒI</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="23"/>
        <source>Not OCOP</source>
        <translation>Không phải OCOP</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="24"/>
        <source>FORGED STAMP</source>
        <translation>TEM GIẢ</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="25"/>
        <source>STAMP REVOKED</source>
        <translation>TEM BỊ THU HỒI</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="26"/>
        <source>WRONG STAMP</source>
        <translation>SAI TEM</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="27"/>
        <source>LOT EXPIRED</source>
        <translation>LÔ HẾT HẠN</translation>
    </message>
    <message>
        <location filename="../components/CertificationBadge.qml" line="80"/>
        <source>Manager approved</source>
        <translation>Quản lý đã duyệt</translation>
    </message>
</context>
<context>
    <name>CertificationCard</name>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="17"/>
        <source>Active</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="18"/>
        <source>EXPIRED</source>
        <translation>HẾT HẠN</translation>
    </message>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="19"/>
        <source>REVOKED</source>
        <translation>BỊ THU HỒI</translation>
    </message>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="20"/>
        <source>SUSPENDED</source>
        <translation>BỊ ĐÌNH CHỈ</translation>
    </message>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="42"/>
        <source>Decision %1</source>
        <translation>Quyết định %1</translation>
    </message>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="76"/>
        <source>Central level</source>
        <translation>Cấp trung ương</translation>
    </message>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="77"/>
        <source>Province level</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="85"/>
        <source>Valid %1 – %2</source>
        <translation>Hiệu lực %1 – %2</translation>
    </message>
    <message>
        <location filename="../screens/manager/CertificationCard.qml" line="92"/>
        <source>Decided on %1</source>
        <translation>Ngày quyết định %1</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <location filename="../CustomerDisplay.qml" line="24"/>
        <source>Customer display</source>
        <translation>Màn hình khách hàng</translation>
    </message>
    <message>
        <location filename="../CustomerDisplay.qml" line="150"/>
        <source>Welcome</source>
        <translation>Xin chào quý khách</translation>
    </message>
    <message>
        <location filename="../CustomerDisplay.qml" line="163"/>
        <source>Thank you!</source>
        <translation>Cảm ơn quý khách!</translation>
    </message>
    <message>
        <location filename="../CustomerDisplay.qml" line="175"/>
        <source>Your change: %1</source>
        <translation>Tiền thối của quý khách: %1</translation>
    </message>
    <message>
        <location filename="../CustomerDisplay.qml" line="230"/>
        <source>Scan with your banking app</source>
        <translation>Quét bằng ứng dụng ngân hàng</translation>
    </message>
    <message>
        <location filename="../CustomerDisplay.qml" line="254"/>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <location filename="../CustomerDisplay.qml" line="254"/>
        <source>TOTAL</source>
        <translation>TỔNG CỘNG</translation>
    </message>
</context>
<context>
    <name>DocumentLineRow</name>
    <message>
        <location filename="../screens/manager/DocumentLineRow.qml" line="47"/>
        <source>Lot %1, exp. %2</source>
        <translation>Lô %1, HSD %2</translation>
    </message>
    <message>
        <location filename="../screens/manager/DocumentLineRow.qml" line="48"/>
        <source>Lot and expiry</source>
        <translation>Lô và hạn dùng</translation>
    </message>
</context>
<context>
    <name>DocumentLines</name>
    <message>
        <location filename="../screens/manager/DocumentLines.qml" line="25"/>
        <source>Search by name or code</source>
        <translation>Tìm theo tên hoặc mã</translation>
    </message>
    <message>
        <location filename="../screens/manager/DocumentLines.qml" line="84"/>
        <source>Scan the goods, or find them by name above.</source>
        <translation>Quét hàng, hoặc tìm theo tên ở ô trên.</translation>
    </message>
</context>
<context>
    <name>ExpiringLotsPane</name>
    <message>
        <location filename="../screens/manager/ExpiringLotsPane.qml" line="19"/>
        <source>Lots expiring within %1 days</source>
        <translation>Lô hàng hết hạn trong %1 ngày tới</translation>
    </message>
    <message>
        <location filename="../screens/manager/ExpiringLotsPane.qml" line="66"/>
        <source>Lot %1, expires %2</source>
        <translation>Lô %1, hết hạn %2</translation>
    </message>
    <message>
        <location filename="../screens/manager/ExpiringLotsPane.qml" line="74"/>
        <source>EXPIRED</source>
        <translation>ĐÃ HẾT HẠN</translation>
    </message>
    <message>
        <location filename="../screens/manager/ExpiringLotsPane.qml" line="74"/>
        <source>%1 days</source>
        <translation>còn %1 ngày</translation>
    </message>
    <message>
        <location filename="../screens/manager/ExpiringLotsPane.qml" line="90"/>
        <source>No lot expires soon.</source>
        <translation>Không có lô nào sắp hết hạn.</translation>
    </message>
</context>
<context>
    <name>GoodsTab</name>
    <message>
        <location filename="../screens/manager/GoodsTab.qml" line="25"/>
        <source>Receive goods</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/GoodsTab.qml" line="26"/>
        <source>Return to producer</source>
        <translation>Trả hàng NSX</translation>
    </message>
    <message>
        <location filename="../screens/manager/GoodsTab.qml" line="27"/>
        <source>Write off</source>
        <translation>Huỷ hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/GoodsTab.qml" line="28"/>
        <source>Transfer out</source>
        <translation>Chuyển kho</translation>
    </message>
    <message>
        <location filename="../screens/manager/GoodsTab.qml" line="29"/>
        <source>Transfer in</source>
        <translation>Nhận chuyển kho</translation>
    </message>
    <message>
        <location filename="../screens/manager/GoodsTab.qml" line="30"/>
        <source>Stocktake</source>
        <translation>Kiểm kê</translation>
    </message>
    <message>
        <location filename="../screens/manager/GoodsTab.qml" line="31"/>
        <source>Expiring lots</source>
        <translation>Lô sắp hết hạn</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../screens/manager/LanguageChoice.qml" line="10"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LastSaleStrip</name>
    <message>
        <location filename="../screens/sell/LastSaleStrip.qml" line="32"/>
        <source>Last sale %1</source>
        <translation>Đơn vừa bán %1</translation>
    </message>
    <message>
        <location filename="../screens/sell/LastSaleStrip.qml" line="39"/>
        <source>Change %1</source>
        <translation>Tiền thối %1</translation>
    </message>
    <message>
        <location filename="../screens/sell/LastSaleStrip.qml" line="65"/>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location filename="../screens/sell/LastSaleStrip.qml" line="73"/>
        <source>Retry print</source>
        <translation>Thử in lại</translation>
    </message>
</context>
<context>
    <name>LineQuantityPopup</name>
    <message>
        <location filename="../screens/manager/LineQuantityPopup.qml" line="9"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../screens/manager/LineQuantityPopup.qml" line="58"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../screens/manager/LineQuantityPopup.qml" line="66"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LotPopup</name>
    <message>
        <location filename="../screens/manager/LotPopup.qml" line="25"/>
        <source>Lot and expiry</source>
        <translation>Lô và hạn dùng</translation>
    </message>
    <message>
        <location filename="../screens/manager/LotPopup.qml" line="37"/>
        <source>Lot number</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <location filename="../screens/manager/LotPopup.qml" line="46"/>
        <source>Expiry date (dd/mm/yyyy)</source>
        <translation>Hạn sử dụng (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../screens/manager/LotPopup.qml" line="55"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../screens/manager/LotPopup.qml" line="62"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="25"/>
        <source>OCOP till</source>
        <translation>Máy bán hàng OCOP</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="53"/>
        <source>Scanned %1, but no sale is open: sign in and open a shift first.</source>
        <translation>Đã quét %1 nhưng chưa có đơn hàng: hãy đăng nhập và mở ca trước.</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <location filename="../components/ManagerApproval.qml" line="12"/>
        <source>Manager approval</source>
        <translation>Quản lý duyệt</translation>
    </message>
    <message>
        <location filename="../components/ManagerApproval.qml" line="69"/>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../components/ManagerApproval.qml" line="74"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../components/ManagerApproval.qml" line="80"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>ManagerScreen</name>
    <message>
        <location filename="../screens/manager/ManagerScreen.qml" line="63"/>
        <source>Shift close</source>
        <translation>Kết ca</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerScreen.qml" line="64"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerScreen.qml" line="65"/>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerScreen.qml" line="65"/>
        <source>Goods in/out</source>
        <translation>Nhập/xuất kho</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerScreen.qml" line="83"/>
        <source>Back to selling</source>
        <translation>Quay lại bán hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerScreen.qml" line="83"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ManagerUnlock</name>
    <message>
        <location filename="../screens/manager/ManagerUnlock.qml" line="26"/>
        <source>Manager screens</source>
        <translation>Màn hình quản lý</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerUnlock.qml" line="34"/>
        <source>Stock, shift close and settings need a manager. Tap your name, then type your PIN.</source>
        <translation>Tồn kho, kết ca và cài đặt cần quản lý. Chạm vào tên của bạn, rồi nhập mã PIN.</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerUnlock.qml" line="58"/>
        <source>No manager is set up on this till. Add one with the ocop command.</source>
        <translation>Máy này chưa có tài khoản quản lý. Hãy thêm bằng lệnh ocop.</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerUnlock.qml" line="73"/>
        <source>PIN for %1</source>
        <translation>Mã PIN của %1</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerUnlock.qml" line="74"/>
        <source>Tap your name first</source>
        <translation>Chạm vào tên của bạn trước</translation>
    </message>
    <message>
        <location filename="../screens/manager/ManagerUnlock.qml" line="84"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>OpenShiftScreen</name>
    <message>
        <location filename="../screens/signin/OpenShiftScreen.qml" line="19"/>
        <source>Open a shift</source>
        <translation>Mở ca</translation>
    </message>
    <message>
        <location filename="../screens/signin/OpenShiftScreen.qml" line="27"/>
        <source>Count the cash in the drawer and enter it as the opening float (đồng).</source>
        <translation>Đếm tiền mặt trong két và nhập làm tiền đầu ca (đồng).</translation>
    </message>
    <message>
        <location filename="../screens/signin/OpenShiftScreen.qml" line="37"/>
        <source>Open shift</source>
        <translation>Mở ca</translation>
    </message>
</context>
<context>
    <name>PayPanel</name>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="40"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="41"/>
        <source>VietQR</source>
        <translation>VietQR</translation>
    </message>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="42"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="73"/>
        <source>Amount due</source>
        <translation>Cần thanh toán</translation>
    </message>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="87"/>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="98"/>
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="136"/>
        <source>CHANGE</source>
        <translation>TIỀN THỐI</translation>
    </message>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="161"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/pay/PayPanel.qml" line="170"/>
        <source>Complete sale</source>
        <translation>Hoàn tất bán hàng</translation>
    </message>
</context>
<context>
    <name>PaymentList</name>
    <message>
        <location filename="../screens/pay/PaymentList.qml" line="67"/>
        <source>No payment yet</source>
        <translation>Chưa có thanh toán</translation>
    </message>
</context>
<context>
    <name>PiecesPopup</name>
    <message>
        <location filename="../screens/manager/PiecesPopup.qml" line="34"/>
        <source>How many %1 notes?</source>
        <translation>Bao nhiêu tờ %1?</translation>
    </message>
    <message>
        <location filename="../screens/manager/PiecesPopup.qml" line="63"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../screens/manager/PiecesPopup.qml" line="70"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../components/PinPad.qml" line="12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrintStateChip</name>
    <message>
        <location filename="../components/PrintStateChip.qml" line="22"/>
        <source>Not printed</source>
        <translation>Chưa in được</translation>
    </message>
    <message>
        <location filename="../components/PrintStateChip.qml" line="23"/>
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <location filename="../components/PrintStateChip.qml" line="24"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
</context>
<context>
    <name>PrintStatusPanel</name>
    <message>
        <location filename="../components/PrintStatusPanel.qml" line="51"/>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location filename="../components/PrintStatusPanel.qml" line="59"/>
        <source>Retry print</source>
        <translation>Thử in lại</translation>
    </message>
</context>
<context>
    <name>PrinterRow</name>
    <message>
        <location filename="../screens/manager/PrinterRow.qml" line="61"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterRow.qml" line="62"/>
        <source>Printing</source>
        <translation>Đang in</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterRow.qml" line="63"/>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterRow.qml" line="66"/>
        <source>not accepting jobs</source>
        <translation>không nhận lệnh in</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterRow.qml" line="68"/>
        <source>paper %1 mm</source>
        <translation>giấy %1 mm</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="19"/>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="20"/>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="21"/>
        <source>80 mm, text only</source>
        <translation>80 mm, chỉ in chữ</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="22"/>
        <source>58 mm, text only</source>
        <translation>58 mm, chỉ in chữ</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="35"/>
        <source>Receipt printer</source>
        <translation>Máy in hoá đơn</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="41"/>
        <source>Now: %1, paper %2</source>
        <translation>Đang dùng: %1, giấy %2</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="42"/>
        <source>No printer chosen yet: receipts wait until one is.</source>
        <translation>Chưa chọn máy in: hoá đơn sẽ chờ cho đến khi chọn.</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="51"/>
        <source>Find printers</source>
        <translation>Tìm máy in</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="61"/>
        <source>No printers found. Check the printer&apos;s cable and power, then tap Find printers again.</source>
        <translation>Không tìm thấy máy in. Kiểm tra dây và nguồn máy in, rồi chạm Tìm máy in lần nữa.</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="62"/>
        <source>Tap Find printers to list the printers this till can use.</source>
        <translation>Chạm Tìm máy in để xem các máy in máy bán hàng này dùng được.</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="82"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="110"/>
        <source>Use this printer</source>
        <translation>Dùng máy in này</translation>
    </message>
    <message>
        <location filename="../screens/manager/PrinterSettings.qml" line="118"/>
        <source>Test print</source>
        <translation>In thử</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../components/ProblemBanner.qml" line="28"/>
        <source>The sale is saved. Fix the printer (paper, cover, power), then tap Retry print.</source>
        <translation>Đơn hàng đã được lưu. Kiểm tra máy in (giấy, nắp, nguồn) rồi chạm Thử in lại.</translation>
    </message>
    <message>
        <location filename="../components/ProblemBanner.qml" line="30"/>
        <source>Search the product by name, or set it aside and ask the manager.</source>
        <translation>Tìm sản phẩm theo tên, hoặc để riêng và hỏi quản lý.</translation>
    </message>
    <message>
        <location filename="../components/ProblemBanner.qml" line="32"/>
        <source>This product is no longer sold. Ask the manager.</source>
        <translation>Sản phẩm này đã ngừng bán. Hãy hỏi quản lý.</translation>
    </message>
    <message>
        <location filename="../components/ProblemBanner.qml" line="34"/>
        <source>Check the PIN and try again. After several wrong PINs, ask the manager.</source>
        <translation>Kiểm tra mã PIN rồi thử lại. Nếu sai nhiều lần, hãy gọi quản lý.</translation>
    </message>
    <message>
        <location filename="../components/ProblemBanner.qml" line="36"/>
        <source>Do not sell this item without the manager&apos;s approval.</source>
        <translation>Không bán sản phẩm này khi chưa có quản lý duyệt.</translation>
    </message>
    <message>
        <location filename="../components/ProblemBanner.qml" line="38"/>
        <source>Check the amounts entered, then try again.</source>
        <translation>Kiểm tra số tiền đã nhập rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../components/ProblemBanner.qml" line="40"/>
        <source>Scan again, or type the code printed under the barcode.</source>
        <translation>Quét lại, hoặc gõ dãy số in dưới mã vạch.</translation>
    </message>
    <message>
        <location filename="../components/ProblemBanner.qml" line="42"/>
        <source>Nothing was lost. Try again; if it happens again, call the technician.</source>
        <translation>Không mất dữ liệu nào. Hãy thử lại; nếu vẫn lỗi, gọi kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../components/ProblemBanner.qml" line="88"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProducerPopup</name>
    <message>
        <location filename="../screens/manager/ProducerPopup.qml" line="34"/>
        <source>Choose the producer</source>
        <translation>Chọn nhà sản xuất</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProducerPopup.qml" line="46"/>
        <source>Name or code</source>
        <translation>Tên hoặc mã</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProducerPopup.qml" line="84"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="38"/>
        <source>Tap a product to see its detail and certification.</source>
        <translation>Chạm vào sản phẩm để xem chi tiết và chứng nhận.</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="80"/>
        <source>Back to list</source>
        <translation>Về danh sách</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="129"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="130"/>
        <source>Producer</source>
        <translation>Chủ thể sản xuất</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="131"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="132"/>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="137"/>
        <source>Goods</source>
        <translation>Hàng hoá</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="138"/>
        <source>Consigned by the producer</source>
        <translation>Hàng ký gửi của chủ thể</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="138"/>
        <source>Owned by the store</source>
        <translation>Hàng của cửa hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="145"/>
        <source>Barcodes</source>
        <translation>Mã vạch</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="146"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="154"/>
        <source>Certifications</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <location filename="../screens/manager/ProductDetail.qml" line="163"/>
        <source>No OCOP certification on record for this product.</source>
        <translation>Sản phẩm này không có chứng nhận OCOP nào trong dữ liệu.</translation>
    </message>
</context>
<context>
    <name>QuantityPopup</name>
    <message>
        <location filename="../screens/sell/QuantityPopup.qml" line="28"/>
        <source>Quantity for the next scan</source>
        <translation>Số lượng cho lần quét tới</translation>
    </message>
    <message>
        <location filename="../screens/sell/QuantityPopup.qml" line="60"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../screens/sell/QuantityPopup.qml" line="68"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RefundDayList</name>
    <message>
        <location filename="../screens/refund/RefundDayList.qml" line="17"/>
        <source>Scan the QR code on the receipt, type the receipt number, or pick the sale below.</source>
        <translation>Quét mã QR trên hoá đơn, gõ số hoá đơn, hoặc chọn đơn hàng bên dưới.</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundDayList.qml" line="26"/>
        <source>Sales of %1</source>
        <translation>Đơn hàng ngày %1</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundDayList.qml" line="26"/>
        <source>Today&apos;s sales</source>
        <translation>Đơn hàng hôm nay</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundDayList.qml" line="92"/>
        <source>No sales on this day.</source>
        <translation>Không có đơn hàng nào trong ngày này.</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundDayList.qml" line="92"/>
        <source>Tap Today&apos;s sales, or type a date and tap Show day.</source>
        <translation>Chạm Đơn hàng hôm nay, hoặc gõ ngày rồi chạm Xem ngày.</translation>
    </message>
</context>
<context>
    <name>RefundDonePanel</name>
    <message>
        <location filename="../screens/refund/RefundDonePanel.qml" line="28"/>
        <source>Refund %1 done — pay back %2</source>
        <translation>Đã trả hàng %1 — hoàn lại %2</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundDonePanel.qml" line="37"/>
        <source>Transfer %1 back to the customer&apos;s account.</source>
        <translation>Chuyển khoản hoàn %1 vào tài khoản của khách.</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundDonePanel.qml" line="38"/>
        <source>Refund %1 to the customer&apos;s card on the card terminal.</source>
        <translation>Hoàn %1 vào thẻ của khách trên máy quẹt thẻ.</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundDonePanel.qml" line="39"/>
        <source>Give the customer %1 in cash from the drawer.</source>
        <translation>Đưa lại khách %1 tiền mặt từ két.</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundDonePanel.qml" line="57"/>
        <source>New sale</source>
        <translation>Đơn hàng mới</translation>
    </message>
</context>
<context>
    <name>RefundFindBar</name>
    <message>
        <location filename="../screens/refund/RefundFindBar.qml" line="23"/>
        <source>Receipt number</source>
        <translation>Số hoá đơn</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundFindBar.qml" line="30"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundFindBar.qml" line="37"/>
        <source>Today&apos;s sales</source>
        <translation>Đơn hàng hôm nay</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundFindBar.qml" line="47"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundFindBar.qml" line="53"/>
        <source>Show day</source>
        <translation>Xem ngày</translation>
    </message>
</context>
<context>
    <name>RefundLineDelegate</name>
    <message>
        <location filename="../screens/refund/RefundLineDelegate.qml" line="110"/>
        <source>Sold %1 · can return %2</source>
        <translation>Đã bán %1 · còn trả được %2</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundLineDelegate.qml" line="111"/>
        <source>Sold %1 · already refunded</source>
        <translation>Đã bán %1 · đã trả hết</translation>
    </message>
</context>
<context>
    <name>RefundSaleView</name>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="32"/>
        <source>Receipt %1</source>
        <translation>Hoá đơn %1</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="41"/>
        <source>Sold %1 · total %2</source>
        <translation>Bán lúc %1 · tổng %2</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="49"/>
        <source>All lines</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="100"/>
        <source>To give back</source>
        <translation>Số tiền hoàn lại</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="119"/>
        <source>Tap the lines that come back.</source>
        <translation>Chạm vào các dòng khách trả lại.</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="129"/>
        <source>Pay back by</source>
        <translation>Hoàn tiền bằng</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="136"/>
        <source>VietQR transfer</source>
        <translation>Chuyển khoản VietQR</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="137"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="137"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundSaleView.qml" line="152"/>
        <source>Refund %1</source>
        <translation>Trả hàng %1</translation>
    </message>
</context>
<context>
    <name>RefundScreen</name>
    <message>
        <location filename="../screens/refund/RefundScreen.qml" line="75"/>
        <source>Refund</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundScreen.qml" line="84"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundScreen.qml" line="142"/>
        <source>Approve the refund</source>
        <translation>Duyệt trả hàng</translation>
    </message>
    <message>
        <location filename="../screens/refund/RefundScreen.qml" line="143"/>
        <source>Refund %1 from receipt %2</source>
        <translation>Trả hàng %1 của hoá đơn %2</translation>
    </message>
</context>
<context>
    <name>ScannerList</name>
    <message>
        <location filename="../screens/manager/ScannerList.qml" line="10"/>
        <source>Scanners</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <location filename="../screens/manager/ScannerList.qml" line="13"/>
        <source>Keyboard-wedge scanner</source>
        <translation>Máy quét dạng bàn phím</translation>
    </message>
    <message>
        <location filename="../screens/manager/ScannerList.qml" line="17"/>
        <source>Listening</source>
        <translation>Đang nghe</translation>
    </message>
    <message>
        <location filename="../screens/manager/ScannerList.qml" line="18"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/ScannerList.qml" line="19"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../screens/manager/ScannerList.qml" line="27"/>
        <source>No scanner is connected.</source>
        <translation>Chưa có máy quét nào được kết nối.</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../screens/sell/SearchPane.qml" line="51"/>
        <source>Scan or type a product name</source>
        <translation>Quét hoặc gõ tên sản phẩm</translation>
    </message>
    <message>
        <location filename="../screens/sell/SearchPane.qml" line="86"/>
        <source>Qty ×</source>
        <translation>SL ×</translation>
    </message>
    <message>
        <location filename="../screens/sell/SearchPane.qml" line="94"/>
        <source>Next scan: quantity %1 (tap × to cancel)</source>
        <translation>Lần quét tới: số lượng %1 (chạm × để bỏ)</translation>
    </message>
    <message>
        <location filename="../screens/sell/SearchPane.qml" line="123"/>
        <source>No product matches “%1”. Press Enter to use it as a code.</source>
        <translation>Không có sản phẩm nào khớp “%1”. Nhấn Enter để dùng như mã vạch.</translation>
    </message>
    <message>
        <location filename="../screens/sell/SearchPane.qml" line="168"/>
        <source>‹ Categories</source>
        <translation>‹ Nhóm hàng</translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <location filename="../screens/sell/SellScreen.qml" line="121"/>
        <source>Scan a product, or find it on the right</source>
        <translation>Quét sản phẩm, hoặc tìm ở bên phải</translation>
    </message>
    <message>
        <location filename="../screens/sell/SellScreen.qml" line="145"/>
        <source>Void sale</source>
        <translation>Huỷ đơn</translation>
    </message>
    <message>
        <location filename="../screens/sell/SellScreen.qml" line="154"/>
        <source>Pay %1</source>
        <translation>Thanh toán %1</translation>
    </message>
</context>
<context>
    <name>ShiftCloseTab</name>
    <message>
        <location filename="../screens/manager/ShiftCloseTab.qml" line="45"/>
        <source>No shift is open on this till.</source>
        <translation>Máy này chưa mở ca.</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftCloseTab.qml" line="66"/>
        <source>Count the cash in the drawer</source>
        <translation>Đếm tiền mặt trong két</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftCloseTab.qml" line="130"/>
        <source>Print X report</source>
        <translation>In báo cáo X</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftCloseTab.qml" line="141"/>
        <source>Close shift (Z)</source>
        <translation>Kết ca (Z)</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftCloseTab.qml" line="168"/>
        <source>Close the shift</source>
        <translation>Kết ca</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftCloseTab.qml" line="169"/>
        <source>Counted %1, expected %2: variance %3.</source>
        <translation>Đếm được %1, sổ sách %2: chênh lệch %3.</translation>
    </message>
</context>
<context>
    <name>ShiftClosedPanel</name>
    <message>
        <location filename="../screens/manager/ShiftClosedPanel.qml" line="28"/>
        <source>The shift is closed</source>
        <translation>Đã kết ca</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftClosedPanel.qml" line="37"/>
        <source>Variance %1: the drawer is short.</source>
        <translation>Chênh lệch %1: két thiếu tiền.</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftClosedPanel.qml" line="38"/>
        <source>Variance %1: the drawer is over.</source>
        <translation>Chênh lệch %1: két thừa tiền.</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftClosedPanel.qml" line="39"/>
        <source>Variance %1: the drawer is exact.</source>
        <translation>Chênh lệch %1: két đủ tiền.</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftClosedPanel.qml" line="48"/>
        <source>The Z report goes to the printer: keep it with the cash.</source>
        <translation>Báo cáo Z được in ra: giữ kèm với tiền.</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftClosedPanel.qml" line="66"/>
        <source>Open the next shift</source>
        <translation>Mở ca tiếp theo</translation>
    </message>
</context>
<context>
    <name>ShiftFigures</name>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="15"/>
        <source>short</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="15"/>
        <source>over</source>
        <translation>thừa</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="15"/>
        <source>exact</source>
        <translation>đủ</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="19"/>
        <source>This shift</source>
        <translation>Ca này</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="25"/>
        <source>Sales (%1)</source>
        <translation>Bán hàng (%1)</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="26"/>
        <source>Refunds (%1)</source>
        <translation>Trả hàng (%1)</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="27"/>
        <source>Opening float</source>
        <translation>Tiền đầu ca</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="28"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="29"/>
        <source>VietQR</source>
        <translation>VietQR</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="30"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="45"/>
        <source>Expected cash</source>
        <translation>Tiền mặt theo sổ</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="60"/>
        <source>Counted</source>
        <translation>Đếm được</translation>
    </message>
    <message>
        <location filename="../screens/manager/ShiftFigures.qml" line="75"/>
        <source>Variance</source>
        <translation>Chênh lệch</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../screens/signin/SignInScreen.qml" line="24"/>
        <source>Who is at the till?</source>
        <translation>Ai đang đứng quầy?</translation>
    </message>
    <message>
        <location filename="../screens/signin/SignInScreen.qml" line="48"/>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../screens/signin/SignInScreen.qml" line="48"/>
        <source>Cashier</source>
        <translation>Thu ngân</translation>
    </message>
    <message>
        <location filename="../screens/signin/SignInScreen.qml" line="65"/>
        <source>PIN for %1</source>
        <translation>Mã PIN của %1</translation>
    </message>
    <message>
        <location filename="../screens/signin/SignInScreen.qml" line="66"/>
        <source>Tap your name, then type your PIN</source>
        <translation>Chạm vào tên của bạn, rồi nhập mã PIN</translation>
    </message>
    <message>
        <location filename="../screens/signin/SignInScreen.qml" line="75"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>StockDocumentForm</name>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="93"/>
        <source>Written off.</source>
        <translation>Đã huỷ hàng.</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="94"/>
        <source>Sent. Transfer number:</source>
        <translation>Đã chuyển đi. Số phiếu chuyển kho:</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="95"/>
        <source>Transfer received:</source>
        <translation>Đã nhận hàng chuyển kho:</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="96"/>
        <source>Recorded. Note number:</source>
        <translation>Đã ghi. Số phiếu:</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="119"/>
        <source>The producer&apos;s slip is printed from the office computer: ocop stock slip %1 --png FILE</source>
        <translation>Phiếu cho nhà sản xuất in từ máy văn phòng: ocop stock slip %1 --png TỆP</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="121"/>
        <source>The goods are in transit until the other store confirms them.</source>
        <translation>Hàng đang trên đường cho đến khi cửa hàng nhận xác nhận.</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="130"/>
        <source>New document</source>
        <translation>Phiếu mới</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="165"/>
        <source>Producer: scan a product or choose</source>
        <translation>Nhà sản xuất: quét một sản phẩm hoặc chọn</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="172"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="184"/>
        <source>Consigned</source>
        <translation>Ký gửi</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="191"/>
        <source>Bought</source>
        <translation>Mua đứt</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="208"/>
        <source>Commission %</source>
        <translation>Hoa hồng %</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="217"/>
        <source>or agreed cost ₫</source>
        <translation>hoặc giá thỏa thuận ₫</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="217"/>
        <source>Cost per unit ₫</source>
        <translation>Giá mỗi đơn vị ₫</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="234"/>
        <source>Broken/damaged</source>
        <translation>Vỡ/hỏng</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="235"/>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="235"/>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="248"/>
        <source>Or type the reason</source>
        <translation>Hoặc nhập lý do</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="255"/>
        <source>On their way here (from head office)</source>
        <translation>Đang chuyển đến đây (văn phòng báo)</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="256"/>
        <source>No transfer on its way here from head office. Type the number from the paper:</source>
        <translation>Văn phòng chưa báo phiếu nào chuyển đến. Nhập số phiếu trên giấy:</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="269"/>
        <source>%1 from %2, %3: %4</source>
        <translation>%1 từ %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="277"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="291"/>
        <source>Transfer number (on the paper)</source>
        <translation>Số phiếu chuyển kho (trên giấy)</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="297"/>
        <source>To store</source>
        <translation>Đến cửa hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="297"/>
        <source>From store (if known)</source>
        <translation>Từ cửa hàng (nếu biết)</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="327"/>
        <source>or the store&apos;s code</source>
        <translation>hoặc mã cửa hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="338"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="358"/>
        <source>Confirm with manager PIN</source>
        <translation>Xác nhận bằng PIN quản lý</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="358"/>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="376"/>
        <source>Receive goods</source>
        <translation>Nhập hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockDocumentForm.qml" line="377"/>
        <source>%1 line(s) from %2</source>
        <translation>%1 dòng hàng từ %2</translation>
    </message>
</context>
<context>
    <name>StockRow</name>
    <message>
        <location filename="../screens/manager/StockRow.qml" line="65"/>
        <source>LOW</source>
        <translation>SẮP HẾT</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="32"/>
        <source>LOW</source>
        <translation>SẮP HẾT</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="34"/>
        <location filename="../screens/manager/StockTab.qml" line="116"/>
        <source>On hand</source>
        <translation>Tồn</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="36"/>
        <location filename="../screens/manager/StockTab.qml" line="126"/>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="38"/>
        <location filename="../screens/manager/StockTab.qml" line="137"/>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="65"/>
        <source>Search by name or code</source>
        <translation>Tìm theo tên hoặc mã</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="74"/>
        <source>Low stock only</source>
        <translation>Chỉ hàng sắp hết</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="105"/>
        <source>Products: %1</source>
        <translation>Sản phẩm: %1</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="178"/>
        <source>No product is below its minimum.</source>
        <translation>Không có sản phẩm nào dưới mức tối thiểu.</translation>
    </message>
    <message>
        <location filename="../screens/manager/StockTab.qml" line="178"/>
        <source>No product matches.</source>
        <translation>Không có sản phẩm nào khớp.</translation>
    </message>
</context>
<context>
    <name>StocktakePane</name>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="21"/>
        <source>Stock adjusted: %1 product(s), difference %2.</source>
        <translation>Đã điều chỉnh tồn kho: %1 sản phẩm, chênh lệch %2.</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="44"/>
        <source>Start a stocktake</source>
        <translation>Bắt đầu kiểm kê</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="52"/>
        <source>Count the whole store, or one category. Selling may go on meanwhile.</source>
        <translation>Đếm cả cửa hàng, hoặc một nhóm hàng. Vẫn bán hàng được trong lúc đếm.</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="63"/>
        <source>Whole store</source>
        <translation>Cả cửa hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="87"/>
        <source>Counting: %1</source>
        <translation>Đang kiểm kê: %1</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="87"/>
        <source>Counting: the whole store</source>
        <translation>Đang kiểm kê: cả cửa hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="95"/>
        <source>Scan every item: each scan counts one. Weighed goods ask for their weight.</source>
        <translation>Quét từng món: mỗi lần quét đếm một. Hàng cân sẽ hỏi khối lượng.</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="109"/>
        <source>Code, if the label will not scan</source>
        <translation>Mã, nếu nhãn không quét được</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="117"/>
        <source>Count</source>
        <translation>Đếm</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="168"/>
        <source>Nothing counted yet.</source>
        <translation>Chưa đếm món nào.</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="178"/>
        <source>Finish counting: see the differences</source>
        <translation>Đếm xong: xem chênh lệch</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="190"/>
        <source>Differences (counted − books)</source>
        <translation>Chênh lệch (đếm − sổ sách)</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="220"/>
        <source>No difference: the count matches the books.</source>
        <translation>Không chênh lệch: số đếm khớp sổ sách.</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="230"/>
        <source>Total value of the differences: %1</source>
        <translation>Tổng giá trị chênh lệch: %1</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="241"/>
        <source>Back to counting</source>
        <translation>Quay lại đếm</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="248"/>
        <source>Apply with manager PIN</source>
        <translation>Điều chỉnh bằng PIN quản lý</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="265"/>
        <source>Weight counted: %1</source>
        <translation>Khối lượng đếm được: %1</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="275"/>
        <source>Apply the stocktake</source>
        <translation>Điều chỉnh theo kiểm kê</translation>
    </message>
    <message>
        <location filename="../screens/manager/StocktakePane.qml" line="276"/>
        <source>Differences worth %1 become stock adjustments.</source>
        <translation>Chênh lệch trị giá %1 sẽ được ghi điều chỉnh tồn kho.</translation>
    </message>
</context>
<context>
    <name>StoreIdentity</name>
    <message>
        <location filename="../screens/manager/StoreIdentity.qml" line="10"/>
        <source>Store and till</source>
        <translation>Cửa hàng và quầy</translation>
    </message>
    <message>
        <location filename="../screens/manager/StoreIdentity.qml" line="24"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/StoreIdentity.qml" line="25"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../screens/manager/StoreIdentity.qml" line="26"/>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <location filename="../screens/manager/StoreIdentity.qml" line="27"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../screens/manager/StoreIdentity.qml" line="28"/>
        <source>Store code</source>
        <translation>Mã cửa hàng</translation>
    </message>
    <message>
        <location filename="../screens/manager/StoreIdentity.qml" line="29"/>
        <source>Till code</source>
        <translation>Mã quầy</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="19"/>
        <source>Sync with head office</source>
        <translation>Đồng bộ với văn phòng</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="34"/>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 thay đổi đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="35"/>
        <source>Everything is sent</source>
        <translation>Đã gửi hết</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="54"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="62"/>
        <source>Last success</source>
        <translation>Lần thành công cuối</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="63"/>
        <location filename="../screens/manager/SyncPanel.qml" line="71"/>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="70"/>
        <source>Last attempt</source>
        <translation>Lần thử cuối</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="79"/>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="82"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../screens/manager/SyncPanel.qml" line="92"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../components/TopBar.qml" line="45"/>
        <source>Till %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../components/TopBar.qml" line="49"/>
        <source>Shift %1</source>
        <translation>Ca %1</translation>
    </message>
    <message>
        <location filename="../components/TopBar.qml" line="61"/>
        <source>Sell</source>
        <translation>Bán hàng</translation>
    </message>
    <message>
        <location filename="../components/TopBar.qml" line="67"/>
        <source>Refund</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <location filename="../components/TopBar.qml" line="73"/>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <location filename="../components/TopBar.qml" line="85"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
</context>
<context>
    <name>VarianceRow</name>
    <message>
        <location filename="../screens/manager/VarianceRow.qml" line="33"/>
        <source>Books %1, counted %2</source>
        <translation>Sổ sách %1, đếm %2</translation>
    </message>
</context>
<context>
    <name>VietQrTab</name>
    <message>
        <location filename="../screens/pay/VietQrTab.qml" line="19"/>
        <source>The customer scans the code with their banking app. Wait for the bank&apos;s notification before tapping Money received.</source>
        <translation>Khách quét mã bằng ứng dụng ngân hàng. Chờ thông báo tiền về của ngân hàng rồi mới chạm Đã nhận tiền.</translation>
    </message>
    <message>
        <location filename="../screens/pay/VietQrTab.qml" line="30"/>
        <source>Show QR for %1</source>
        <translation>Hiện mã QR %1</translation>
    </message>
    <message>
        <location filename="../screens/pay/VietQrTab.qml" line="66"/>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location filename="../screens/pay/VietQrTab.qml" line="80"/>
        <source>Transfer reference</source>
        <translation>Nội dung chuyển khoản</translation>
    </message>
    <message>
        <location filename="../screens/pay/VietQrTab.qml" line="98"/>
        <source>Money received</source>
        <translation>Đã nhận tiền</translation>
    </message>
    <message>
        <location filename="../screens/pay/VietQrTab.qml" line="105"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>VoidSaleDialog</name>
    <message>
        <location filename="../screens/sell/VoidSaleDialog.qml" line="27"/>
        <source>Void this sale?</source>
        <translation>Huỷ đơn hàng này?</translation>
    </message>
    <message>
        <location filename="../screens/sell/VoidSaleDialog.qml" line="35"/>
        <source>Every line is taken off and the void is recorded with its reason. Total: %1</source>
        <translation>Mọi dòng sẽ bị xoá và việc huỷ được ghi lại kèm lý do. Tổng: %1</translation>
    </message>
    <message>
        <location filename="../screens/sell/VoidSaleDialog.qml" line="43"/>
        <source>Customer changed their mind</source>
        <translation>Khách đổi ý</translation>
    </message>
    <message>
        <location filename="../screens/sell/VoidSaleDialog.qml" line="43"/>
        <source>Wrong items scanned</source>
        <translation>Quét nhầm hàng</translation>
    </message>
    <message>
        <location filename="../screens/sell/VoidSaleDialog.qml" line="44"/>
        <source>Customer could not pay</source>
        <translation>Khách không thanh toán được</translation>
    </message>
    <message>
        <location filename="../screens/sell/VoidSaleDialog.qml" line="62"/>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../screens/sell/VoidSaleDialog.qml" line="70"/>
        <source>Keep the sale</source>
        <translation>Giữ đơn hàng</translation>
    </message>
    <message>
        <location filename="../screens/sell/VoidSaleDialog.qml" line="78"/>
        <source>Void sale</source>
        <translation>Huỷ đơn</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message>
        <location filename="../screens/sell/WarningStrip.qml" line="69"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
