-- =====================================================================================================
-- Sample data: "Trà Vinh" — two OCOP showcase stores ("điểm giới thiệu và bán sản phẩm OCOP") in the
-- former Trà Vinh province, now part of Vĩnh Long province (merged 2025-07-01, districts abolished).
--
-- Loaded by the program (`load_sample_sql`) into a freshly migrated, empty database, inside one
-- transaction. Users and opening stock go into TEMP tables (sample_users, sample_opening_stock): the
-- program hashes the PINs and records the opening stock as journal events itself.
-- Reference date for the deliberately unusual records: 2026-11-29 (see docs/sample-data.md).
--
-- WHAT IS REAL (found in public sources, listed below)
--   * The producers 1–20 exist (or existed when the articles were written), with the products, OCOP
--     star ratings and old addresses the articles give. Product sizes/pack formats are typical ones,
--     not checked against each producer's current range.
--   * One provincial decision is real together with the products in it: 1693/QĐ-UBND of 22/08/2022
--     (UBND tỉnh Trà Vinh, 28 products, 2022 round 1): 4★ giấm mật hoa dừa and mật hoa dừa lên men of
--     Trà Vinh Farm, thảm xơ dừa of Trà Bắc, yến sào Phú Hòa, gạo hữu cơ Long Hòa – Hòa Minh of
--     HTX Tiến Thành. Valid 36 months, so it lapsed on 21/08/2025; whether each was re-recognised
--     later was not verified.
--   * Star levels: 5★ (central) for Mật hoa dừa and Đường hoa dừa (Trà Vinh Farm) and Dừa sáp sợi
--     (Vicosap), recognised in the central round "2022 đợt 1", reported in 05/2023; 4★ for the Vicosap
--     candies/dried products/biscuits, Dừa sáp Hòa Tân, bánh tét ba màu and bánh tét ngót, mật hoa
--     dừa tươi Organic Sokfarm, nước khoáng Sao Biển (the "OCOP năm 2023" round), chả hoa Năm Thụy;
--     the round's list does not name the bánh tét producer: they are given to Hai Lý because Hai Lý
--     says its ba màu, bồ ngót and tứ quý bánh tét are OCOP 3–4★ (tứ quý 3★ is likewise inferred);
--     3★ for lạp xưởng Vạn Thành, chả hoa patê trứng muối, the Phú Quới teas, dầu dừa Phương Huỳnh,
--     thảm xơ dừa Út Mừng (lạp xưởng, chả hoa, thảm Út Mừng and tôm khô Tiến Hải were re-recognised
--     in the batch signed 30/12/2022; tôm khô's 3★ is assumed) and Diệp Thị Trang's miniature bamboo
--     household set (3★, 2019).
--   * Agribank's NAPAS/VietQR BIN 970405.
--
-- WHAT IS ILLUSTRATIVE (invented for the demo)
--   * Every decision number/day except 1693/QĐ-UBND above: 1317/QĐ-BNN-VPĐP (12/05/2023; only the
--     month is reported), 2563, 712, 1120, 2790, 1542/QĐ-UBND (Trà Vinh, 2023–2025), 1985 and
--     2688/QĐ-UBND (Vĩnh Long, after the merger) and 2164/QĐ-BNNMT (2026). They model re-recognitions
--     at the end of each 36-month term; the real decision for the 30/12/2022 batch and the "OCOP năm
--     2023" round were not found. The suspended and revoked certificates are fiction.
--   * Producers 21–23 (kẹo dừa Út Hiền, chả giò Bảy Liên, khô cá Ba Động) are invented, so that the
--     suspended/revoked certificates are not pinned on a real business; their addresses are invented
--     too. The name of producer 14 is invented (the Hưng Mỹ handicraft village itself is real);
--     producer 15 stands for the Ba So cốm dẹp craft village as a whole.
--   * ALL GTINs (893 + made-up company prefixes 89360101–89360123, valid check digits), PLU codes,
--     prices, phone numbers, tax codes, bank account, store addresses, stamp serials and stock
--     quantities. Prices are plausible 2025 retail prices in đồng, VAT included, informed by the
--     articles (rượu Xuân Thạnh 25–40k/500 ml in 2020, bánh tét Trà Cuôn 50–150k/đòn, dừa sáp
--     110–120k/trái, tôm khô Vinh Kim by grade).
--
-- ADDRESSES
--   province is 'Vĩnh Long'; commune is the new unit after Nghị quyết 1687/NQ-UBTVQH15 (2025), written
--   with its kind ('Xã …', 'Phường …') because several new communes share a name with an old
--   district; old_district is the abolished district ('TP Trà Vinh', 'TX Duyên Hải' for the town,
--   'Duyên Hải' would be the former huyện). The pre-2025 commune is kept in address as "(… cũ)".
--   Old → new: Phú Cần → Xã Tiểu Cần; Thạnh Phú → Xã Tam Ngãi; Hòa Tân → Xã An Phú Tân; Đức Mỹ →
--   Xã Nhị Long; Hòa Thuận (Châu Thành) → Phường Hòa Thuận; Kim Hòa → Xã Vinh Kim; Nhị Trường →
--   Xã Nhị Trường; Phường 1/3/6 (TP Trà Vinh; 2 and 6 were folded into 3 on 01/01/2025) → Phường Trà
--   Vinh; Phường 4 → Phường Long Đức; Phường 7/8 → Phường Nguyệt Hóa; Đại An (Trà Cú) → Xã Đại An;
--   Hưng Mỹ → Xã Hưng Mỹ; Mỹ Cẩm → Xã Càng Long; thị trấn Châu Thành → Xã Châu Thành; Phường 2
--   (TX Duyên Hải) → Phường Trường Long Hòa; Long Hòa (Châu Thành) unchanged. The mapping comes from a
--   public compilation of the resolution, cross-checked for TP Trà Vinh against the published plan;
--   HTX Tiến Thành's commune (Long Hòa) is inferred from its product's name. commune is NULL where
--   no address was found: Trà Bắc, Biển Xanh, Lương thực Trà Vinh, Yến sào Phú Hòa, Tiến Hải.
--
-- LOOKED FOR, NOT USED
--   * Bánh canh Bến Có (ấp Bến Có, old xã Nguyệt Hóa): a restaurant dish; no packaged product found.
--   * Rượu Xuân Thạnh: craft village and producer found, OCOP rating not → category 'dac_san'.
--   * Cốm dẹp Ba So and bánh tét Trà Cuôn are in the former Cầu Ngang district (not Trà Cú).
--   * Dừa sáp Bảo Châu (4★, 2023 round) and nước mắm rươi Phong Vinh: producer not identified.
--
-- SOURCES (public pages read for this file)
--   nongthonmoi.travinh.gov.vn – "Trà Vinh: 27 sản phẩm được công nhận sản phẩm OCOP năm 2020"
--       (QĐ 611/QĐ-UBND and 612/QĐ-UBND ngày 30/3/2021; mật hoa dừa Trà Vinh Farm tiềm năng 5 sao)
--   nongthonmoi.travinh.gov.vn – "Phê duyệt kết quả chấm điểm sản phẩm OCOP tỉnh Trà Vinh năm 2022"
--       (QĐ 1673/QĐ-UBND ngày 17/8/2022; Công ty TNHH Trà Vinh Farm, ấp Cây Hẹ, xã Phú Cần, Tiểu Cần)
--   snnptnt.travinh.gov.vn – "Trà Vinh có thêm 28 sản phẩm OCOP" (QĐ 1693/QĐ-UBND ngày 22/8/2022);
--       th389.vn and langngheviet.com.vn – "Trà Vinh công nhận thêm 28 sản phẩm OCOP năm 2022" (4★ list)
--   agrimate.vn – "Trà Vinh có thêm 104 sản phẩm OCOP năm 2022" (batch signed 30/12/2022)
--   kinhtetieudung.vn – "Thêm 22 sản phẩm được công nhận đạt OCOP 5 sao"; baotravinh.vn – "Chắp cánh
--       cho sản phẩm OCOP vươn xa" (14/08/2023); nhandan.vn – "Dừa sáp Trà Vinh vươn xa"
--   sabiotec.vn – "Đẩy mạnh xúc tiến sản phẩm dừa sáp" (Vicosap, Ấp 2 xã Thạnh Phú, 11 OCOP products);
--       dantocmiennui.vn – "Trà Vinh có nhiều sản phẩm OCOP từ đặc sản dừa sáp"
--   sabiotec.vn – "Trà Vinh có 291 sản phẩm đạt chứng nhận OCOP" (the "OCOP năm 2023" round)
--   baotravinh.vn – "Cầu Kè nâng cao chất lượng và quy trình canh tác, sản xuất sản phẩm OCOP"
--       (03/11/2022; Dừa sáp Hòa Tân 4★)
--   tptv.travinh.gov.vn – "TP.Trà Vinh trao giấy chứng nhận cho 12 sản phẩm OCOP đạt tiêu chuẩn cấp tỉnh
--       năm 2019" (Năm Thụy, Vạn Thành, Phương Huỳnh, Phú Quới and their addresses)
--   baotravinh.vn – "Thảm xơ dừa của Công ty TNHH MTV Út Mừng có thị trường xuất khẩu ổn định" (2020)
--   baotravinh.vn – "Công ty TNHH Hai Sang (Tư Nô): 03 đời giữ thương hiệu rượu Xuân Thạnh" (2020);
--       pbgdpl.travinh.gov.vn – "Làng nghề sản xuất rượu Xuân Thạnh" (QĐ 1671/QĐ-UBND ngày 18/10/2011)
--   dulichmuonphuong.net – "Bánh tét Trà Cuôn" (cơ sở Hai Lý, xã Kim Hòa; làng nghề QĐ 2085/QĐ-UBND
--       ngày 13/12/2011); vietnamplus.vn – "Bánh tét Trà Cuôn – món ăn đặc sản ở Trà Vinh"
--   baovinhlong.com.vn – "Làng cốm dẹp Ba So" (2016); sggp.org.vn – "Trăm năm hương cốm Ba So"
--   baotravinh.vn – "Bộ đồ dùng sinh hoạt nông thôn thu nhỏ: sản phẩm công nghiệp nông thôn tiêu biểu"
--       (2020); vovworld.vn – tổ hợp tác mây tre đan Diệp Thị Trang, xã Đại An
--   travinh.gov.vn – "Làng nghề tiểu thủ công nghiệp Hưng Mỹ" (QĐ 1814/QĐ-UBND ngày 29/11/2007)
--   nongthon.vietnamtourism.gov.vn – QĐ 3116/QĐ-BCT ngày 01/12/2023 (nước cốt dừa Trà Bắc, bánh tráng
--       IMEXTRAVINH, gạo Long Hiệp Hạt Ngọc Rồng, nước khoáng Sao Biển của Công ty CP Biển Xanh)
--   tienphong.vn – "Trà Vinh: Tôm khô Vinh Kim đắt hàng"
--   vietnamnews.vn – "First batch of Trà Vinh's organic OCOP coconut sugar exported to US" (2025)
--   danviet.vn – "Danh sách dự kiến 41 đơn vị hành chính cấp xã của Trà Vinh sau khi sắp xếp" (04/2025);
--       laodong.vn – Vĩnh Long công bố Nghị quyết 1687/NQ-UBTVQH15 (124 xã, phường);
--       laodong.vn – Nghị quyết 1277/NQ-UBTVQH15 (Phường 2 and 6 into Phường 3, from 01/01/2025)
--   VietQR bank lists (vietqr.io API docs; pub.dev vietqr_gen `Bank`): Agribank BIN 970405
-- =====================================================================================================

-- Stores and terminals ----------------------------------------------------------------

INSERT INTO stores (id, code, name, province, commune, old_district, address, tax_code, phone) VALUES
    (1, 'TV01', 'Điểm giới thiệu và bán sản phẩm OCOP Trà Vinh', 'Vĩnh Long', 'Phường Trà Vinh',
        'TP Trà Vinh', 'Số 18 đường Lê Lợi, khóm 1 (Phường 1 cũ)', '2100999001', '0294 3000 001'),
    (2, 'TV02', 'Điểm giới thiệu sản phẩm OCOP Ao Bà Om', 'Vĩnh Long', 'Phường Nguyệt Hóa',
        'TP Trà Vinh', 'Cổng khu di tích Ao Bà Om, khóm 4 (Phường 8 cũ)', '2100999002', '0294 3000 002');

INSERT INTO terminals (id, code, store_id, name) VALUES
    (1, 'TV01-01', 1, 'Quầy 1'),
    (2, 'TV01-02', 1, 'Quầy 2'),
    (3, 'TV02-01', 2, 'Quầy 1'),
    (4, 'TV02-02', 2, 'Quầy 2');

-- Settings (terminal.code is set by the program, never here) --------------------------

INSERT INTO settings (key, value) VALUES
    ('bank.bin', '970405'),                 -- Agribank's NAPAS/VietQR BIN
    ('bank.account', '7300201012345'),      -- illustrative
    ('bank.account_name', 'TRUNG TAM XUC TIEN THUONG MAI OCOP TRA VINH'),
    ('discount.manager_limit_bp', '1000'),  -- above 10 % needs a manager
    ('receipt.footer', 'Cảm ơn quý khách đã ủng hộ sản phẩm OCOP Trà Vinh! Hẹn gặp lại.');

-- Producers (see the header for what is real) ------------------------------------------

INSERT INTO producers (id, code, name, kind, province, commune, old_district, address, phone, tax_code) VALUES
    (1, 'SOKFARM', 'Công ty TNHH Trà Vinh Farm (Sokfarm)', 'company', 'Vĩnh Long',
        'Xã Tiểu Cần', 'Tiểu Cần', 'Ấp Cây Hẹ (xã Phú Cần cũ)', '0294 3000 101', '2100900101'),
    (2, 'VICOSAP', 'Công ty TNHH Chế biến Dừa sáp Cầu Kè (Vicosap)', 'company', 'Vĩnh Long',
        'Xã Tam Ngãi', 'Cầu Kè', 'Ấp 2 (xã Thạnh Phú cũ)', '0294 3000 102', '2100900102'),
    (3, 'HTX-DSHT', 'Hợp tác xã Dừa sáp Hòa Tân', 'cooperative', 'Vĩnh Long',
        'Xã An Phú Tân', 'Cầu Kè', 'Xã Hòa Tân cũ', '0294 3000 103', '2100900103'),
    (4, 'TRABAC', 'Công ty Cổ phần Trà Bắc', 'company', 'Vĩnh Long',
        NULL, 'TP Trà Vinh', NULL, '0294 3000 104', '2100900104'),
    (5, 'UTMUNG', 'Công ty TNHH MTV Út Mừng', 'company', 'Vĩnh Long',
        'Xã Nhị Long', 'Càng Long', 'Ấp Đại Đức (xã Đức Mỹ cũ)', '0294 3000 105', '2100900105'),
    (6, 'HAISANG', 'Công ty TNHH Hai Sang Tư Nô (rượu Xuân Thạnh)', 'company', 'Vĩnh Long',
        'Phường Hòa Thuận', 'Châu Thành', '183 Hương lộ 10, ấp Vĩnh Trường (xã Hòa Thuận cũ)',
        '0294 3000 106', '2100900106'),
    (7, 'HAILY', 'Cơ sở bánh tét Hai Lý', 'household', 'Vĩnh Long',
        'Xã Vinh Kim', 'Cầu Ngang', 'Ấp Trà Cuôn (xã Kim Hòa cũ)', '0294 3000 107', NULL),
    (8, 'VANTHANH', 'Hộ kinh doanh Thái Phúc Thành (Lạp xưởng Vạn Thành)', 'household', 'Vĩnh Long',
        'Phường Trà Vinh', 'TP Trà Vinh', 'Khóm 3 (Phường 6 cũ)', '0294 3000 108', NULL),
    (9, 'NAMTHUY', 'Hộ kinh doanh Nguyễn Thị Trúc Loan (Cơ sở Năm Thụy)', 'household', 'Vĩnh Long',
        'Phường Long Đức', 'TP Trà Vinh', 'Ấp Long Bình B (Phường 4 cũ)', '0294 3000 109', NULL),
    (10, 'PHUQUOI', 'Công ty TNHH MTV Thương mại – Sản xuất Phú Quới', 'company', 'Vĩnh Long',
        'Phường Nguyệt Hóa', 'TP Trà Vinh', 'Phường 7 cũ', '0294 3000 110', '2100900110'),
    (11, 'PHUONGHUYNH', 'Cơ sở sản xuất dầu dừa sạch Phương Huỳnh', 'household', 'Vĩnh Long',
        'Phường Trà Vinh', 'TP Trà Vinh', 'Khóm 4 (Phường 6 cũ)', '0294 3000 111', NULL),
    (12, 'BIENXANH', 'Công ty Cổ phần Biển Xanh (nước khoáng Sao Biển – Starfiwa)', 'company', 'Vĩnh Long',
        NULL, 'TX Duyên Hải', NULL, '0294 3000 112', '2100900112'),
    (13, 'DIEPTHITRANG', 'Tổ hợp tác mây tre đan Diệp Thị Trang', 'other', 'Vĩnh Long',
        'Xã Đại An', 'Trà Cú', 'Ấp Giồng Đình', '0294 3000 113', NULL),
    (14, 'HUNGMY', 'Tổ hợp tác đan lục bình – yếm dừa Hưng Mỹ', 'other', 'Vĩnh Long',
        'Xã Hưng Mỹ', 'Châu Thành', 'Làng nghề tiểu thủ công nghiệp Hưng Mỹ', '0294 3000 114', NULL),
    (15, 'COMBASO', 'Làng nghề cốm dẹp ấp Ba So', 'other', 'Vĩnh Long',
        'Xã Nhị Trường', 'Cầu Ngang', 'Ấp Ba So', '0294 3000 115', NULL),
    (16, 'TIENHAI', 'Cơ sở tôm khô Tiến Hải', 'household', 'Vĩnh Long',
        NULL, NULL, NULL, '0294 3000 116', NULL),
    (17, 'LTTV', 'Công ty Lương thực Trà Vinh (bánh tráng IMEX TRAVINH)', 'company', 'Vĩnh Long',
        NULL, 'TP Trà Vinh', NULL, '0294 3000 117', '2100900117'),
    (18, 'YENPHUHOA', 'Cơ sở Yến sào Phú Hòa – Trà Vinh', 'household', 'Vĩnh Long',
        NULL, 'TP Trà Vinh', NULL, '0294 3000 118', NULL),
    (19, 'HTX-TIENTHANH', 'Hợp tác xã Tiến Thành', 'cooperative', 'Vĩnh Long',
        'Xã Long Hòa', 'Châu Thành', NULL, '0294 3000 119', '2100900119'),
    (20, 'HTX-LONGHIEP', 'Hợp tác xã Nông nghiệp Long Hiệp', 'cooperative', 'Vĩnh Long',
        'Xã Long Hiệp', 'Trà Cú', NULL, '0294 3000 120', '2100900120'),
    (21, 'UTHIEN', 'Hộ kinh doanh kẹo dừa Út Hiền', 'household', 'Vĩnh Long',
        'Xã Càng Long', 'Càng Long', 'Ấp 2 (xã Mỹ Cẩm cũ)', '0294 3000 121', NULL),
    (22, 'BAYLIEN', 'Cơ sở chả giò Bảy Liên', 'household', 'Vĩnh Long',
        'Xã Châu Thành', 'Châu Thành', 'Khóm 1 (thị trấn Châu Thành cũ)', '0294 3000 122', NULL),
    (23, 'KHOBADONG', 'Cơ sở khô cá biển Ba Động', 'household', 'Vĩnh Long',
        'Phường Trường Long Hòa', 'TX Duyên Hải', 'Ấp Cồn Trứng', '0294 3000 123', NULL);

-- Products (price: đồng, VAT included; per kg when weighed) -----------------------------

-- Trà Vinh Farm (Sokfarm): mật hoa dừa, đường hoa dừa, giấm
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (1, 'TV-MHD-250', 'Mật hoa dừa Sokfarm 250 ml',
        'Sokfarm coconut nectar 250 ml',
        'ocop', 'thuc_pham', 1, 'chai', 95000, 'standard_reducible', 0, 0, 1),
    (2, 'TV-MHD-500', 'Mật hoa dừa Sokfarm 500 ml',
        'Sokfarm coconut nectar 500 ml',
        'ocop', 'thuc_pham', 1, 'chai', 165000, 'standard_reducible', 0, 0, 1),
    (3, 'TV-MHD-180', 'Mật hoa dừa Sokfarm 180 ml (mẫu cũ)',
        'Sokfarm coconut nectar 180 ml (old label)',
        'ocop', 'thuc_pham', 1, 'chai', 75000, 'standard_reducible', 0, 0, 0),
    (4, 'TV-DHD-250', 'Đường hoa dừa Sokfarm 250 g',
        'Sokfarm coconut sugar 250 g',
        'ocop', 'thuc_pham', 1, 'gói', 75000, 'standard_reducible', 0, 0, 1),
    (5, 'TV-DHD-500', 'Đường hoa dừa Sokfarm hũ 500 g',
        'Sokfarm coconut sugar jar 500 g',
        'ocop', 'thuc_pham', 1, 'hũ', 139000, 'standard_reducible', 0, 0, 1),
    (6, 'TV-GMH-500', 'Giấm mật hoa dừa Sokfarm 500 ml',
        'Sokfarm coconut nectar vinegar 500 ml',
        'ocop', 'thuc_pham', 1, 'chai', 85000, 'standard_reducible', 0, 0, 1),
    (7, 'TV-MLM-250', 'Mật hoa dừa lên men Sokfarm 250 ml',
        'Sokfarm fermented coconut nectar 250 ml',
        'ocop', 'do_uong', 1, 'chai', 110000, 'standard_reducible', 0, 0, 1),
    (8, 'TV-MHT-330', 'Mật hoa dừa tươi Organic Sokfarm 330 ml',
        'Sokfarm organic fresh coconut nectar 330 ml',
        'ocop', 'do_uong', 1, 'chai', 45000, 'standard_reducible', 0, 0, 1);

-- Vicosap: dừa sáp sợi, kẹo, bánh
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (9, 'TV-DSS-200', 'Dừa sáp sợi Vicosap hũ 200 g',
        'Vicosap shredded macapuno coconut 200 g jar',
        'ocop', 'thuc_pham', 2, 'hũ', 89000, 'standard_reducible', 0, 0, 1),
    (10, 'TV-KDS-NC', 'Kẹo dừa sáp Vicosap vị nguyên chất 250 g',
        'Vicosap macapuno candy, original, 250 g',
        'ocop', 'thuc_pham', 2, 'hộp', 65000, 'standard_reducible', 0, 0, 1),
    (11, 'TV-KDS-LD', 'Kẹo dừa sáp Vicosap vị lá dứa 250 g',
        'Vicosap macapuno candy, pandan, 250 g',
        'ocop', 'thuc_pham', 2, 'hộp', 65000, 'standard_reducible', 0, 0, 1),
    (12, 'TV-KDS-CC', 'Kẹo dừa sáp Vicosap vị ca cao 250 g',
        'Vicosap macapuno candy, cocoa, 250 g',
        'ocop', 'thuc_pham', 2, 'hộp', 65000, 'standard_reducible', 0, 0, 1),
    (13, 'TV-DSHCK', 'Dừa sáp hút chân không Vicosap 500 g',
        'Vicosap vacuum-packed macapuno 500 g',
        'ocop', 'thuc_pham', 2, 'gói', 120000, 'standard_reducible', 0, 0, 1),
    (14, 'TV-DSSG-50', 'Dừa sáp sấy giòn tan Vicosap 50 g',
        'Vicosap crispy dried macapuno 50 g',
        'ocop', 'thuc_pham', 2, 'gói', 55000, 'standard_reducible', 0, 0, 1),
    (15, 'TV-SCDS-30', 'Sữa chua dừa sáp sấy giòn Vicosap 30 g',
        'Vicosap freeze-dried macapuno yoghurt 30 g',
        'ocop', 'thuc_pham', 2, 'gói', 49000, 'standard_reducible', 0, 0, 1),
    (16, 'TV-KCG-200', 'Kẹo chuối gân Vicosap 200 g',
        'Vicosap banana candy 200 g',
        'ocop', 'thuc_pham', 2, 'hộp', 55000, 'standard_reducible', 0, 0, 1),
    (17, 'TV-BVC-KL', 'Bánh Vicosap dừa sáp và khoai lang 150 g',
        'Vicosap macapuno & sweet potato biscuits 150 g',
        'ocop', 'thuc_pham', 2, 'hộp', 45000, 'standard_reducible', 0, 0, 1),
    (18, 'TV-BVC-BD', 'Bánh Vicosap dừa sáp và bí đỏ 150 g',
        'Vicosap macapuno & pumpkin biscuits 150 g',
        'ocop', 'thuc_pham', 2, 'hộp', 45000, 'standard_reducible', 0, 0, 1),
    (19, 'TV-BVC-CH', 'Bánh Vicosap dừa sáp và chuối 150 g',
        'Vicosap macapuno & banana biscuits 150 g',
        'ocop', 'thuc_pham', 2, 'hộp', 45000, 'standard_reducible', 0, 0, 1);

-- HTX Dừa sáp Hòa Tân: trái tươi (5 %), cây giống (không chịu thuế)
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (20, 'TV-DS-HT1', 'Dừa sáp Hòa Tân loại 1',
        'Hòa Tân macapuno coconut, grade 1',
        'ocop', 'thuc_pham', 3, 'trái', 150000, 'reduced', 0, 1, 1),
    (21, 'TV-DS-CK', 'Dừa sáp Cầu Kè (trái thường)',
        'Cầu Kè macapuno coconut, standard',
        'dac_san', NULL, 3, 'trái', 110000, 'reduced', 0, 1, 1),
    (22, 'TV-GIONG-DS', 'Cây giống dừa sáp cấy phôi',
        'Embryo-cultured macapuno coconut seedling',
        'khac', NULL, 3, 'cây', 350000, 'exempt', 0, 1, 1);

-- Thảm xơ dừa
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (23, 'TV-TXD-TB', 'Thảm xơ dừa Trà Bắc 40×60 cm',
        'Trà Bắc coir mat 40×60 cm',
        'thu_cong', 'thu_cong_my_nghe', 4, 'cái', 65000, 'standard_reducible', 0, 0, 1),
    (24, 'TV-TXD-UM', 'Thảm xơ dừa Út Mừng 45×75 cm',
        'Út Mừng coir mat 45×75 cm',
        'thu_cong', 'thu_cong_my_nghe', 5, 'cái', 85000, 'standard_reducible', 0, 1, 1),
    (25, 'TV-TXD-UM9', 'Thảm xơ dừa trải sàn Út Mừng 90×150 cm',
        'Út Mừng coir floor rug 90×150 cm',
        'thu_cong', NULL, 5, 'cái', 260000, 'standard_reducible', 0, 1, 1);

-- Rượu Xuân Thạnh: hàng chịu thuế TTĐB, thuế GTGT giữ 10 %
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (26, 'TV-RXT-LT5', 'Rượu Xuân Thạnh Hai Sang lão tửu 29% 500 ml',
        'Xuân Thạnh rice liquor "lão tửu" 29% 500 ml',
        'dac_san', NULL, 6, 'chai', 45000, 'standard', 0, 0, 1),
    (27, 'TV-RXT-CH5', 'Rượu Xuân Thạnh Hai Sang chuối hột 500 ml',
        'Xuân Thạnh seeded-banana liquor 500 ml',
        'dac_san', NULL, 6, 'chai', 55000, 'standard', 0, 0, 1),
    (28, 'TV-RXT-QU5', 'Rượu Xuân Thạnh Hai Sang quách 500 ml',
        'Xuân Thạnh wood-apple liquor 500 ml',
        'dac_san', NULL, 6, 'chai', 55000, 'standard', 0, 0, 1),
    (29, 'TV-RXT-DE6', 'Rượu đế Xuân Thạnh Hai Sang 40% 650 ml',
        'Xuân Thạnh white rice liquor 40% 650 ml',
        'dac_san', NULL, 6, 'chai', 60000, 'standard', 0, 0, 1),
    (30, 'TV-RXT-HOP', 'Hộp quà rượu Xuân Thạnh Hai Sang (2 chai 500 ml)',
        'Xuân Thạnh liquor gift box (2 × 500 ml)',
        'dac_san', NULL, 6, 'hộp', 160000, 'standard', 0, 0, 1);

-- Bánh tét Trà Cuôn
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (31, 'TV-BT-BM', 'Bánh tét ba màu Hai Lý (Trà Cuôn) 1 kg',
        'Hai Lý three-colour bánh tét (Trà Cuôn) 1 kg',
        'ocop', 'thuc_pham', 7, 'đòn', 120000, 'standard_reducible', 0, 1, 1),
    (32, 'TV-BT-NG', 'Bánh tét lá bồ ngót Hai Lý (Trà Cuôn) 800 g',
        'Hai Lý sweet-leaf bánh tét (Trà Cuôn) 800 g',
        'ocop', 'thuc_pham', 7, 'đòn', 80000, 'standard_reducible', 0, 1, 1),
    (33, 'TV-BT-TQ', 'Bánh tét tứ quý Hai Lý (Trà Cuôn) 1,2 kg',
        'Hai Lý four-season bánh tét (Trà Cuôn) 1.2 kg',
        'ocop', 'thuc_pham', 7, 'đòn', 150000, 'standard_reducible', 0, 1, 1);

-- Lạp xưởng, chả (cân ký và đóng gói)
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (34, 'TV-LX-VT', 'Lạp xưởng Vạn Thành (cân ký)',
        'Vạn Thành Chinese sausage (by weight)',
        'ocop', 'thuc_pham', 8, 'kg', 280000, 'standard_reducible', 1, 1, 1),
    (35, 'TV-LX-VT5', 'Lạp xưởng Vạn Thành gói 500 g',
        'Vạn Thành Chinese sausage 500 g pack',
        'ocop', 'thuc_pham', 8, 'gói', 145000, 'standard_reducible', 0, 1, 1),
    (36, 'TV-CH-NT', 'Chả hoa Năm Thụy 500 g',
        'Năm Thụy flower-pattern pork roll 500 g',
        'ocop', 'thuc_pham', 9, 'đòn', 120000, 'standard_reducible', 0, 1, 1),
    (37, 'TV-CH-PT', 'Chả hoa patê trứng muối Năm Thụy 500 g',
        'Năm Thụy pork roll with pâté & salted egg 500 g',
        'ocop', 'thuc_pham', 9, 'đòn', 135000, 'standard_reducible', 0, 1, 1),
    (38, 'TV-CL-NT', 'Chả lụa Năm Thụy (cân ký)',
        'Năm Thụy pork roll (by weight)',
        'dac_san', NULL, 9, 'kg', 220000, 'standard_reducible', 1, 1, 1);

-- Trà Phú Quới
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (39, 'TV-TRA-DL', 'Trà sâm đinh lăng Phú Quới hộp 20 túi lọc',
        'Phú Quới polyscias tea, 20 bags',
        'ocop', 'do_uong', 10, 'hộp', 45000, 'standard_reducible', 0, 1, 1),
    (40, 'TV-TRA-NL', 'Trà thảo mộc nhãn lồng Phú Quới hộp 20 túi lọc',
        'Phú Quới passion-flower herbal tea, 20 bags',
        'ocop', 'do_uong', 10, 'hộp', 45000, 'standard_reducible', 0, 1, 1),
    (41, 'TV-TRA-DB', 'Trà hoa đậu biếc Phú Quới hộp 50 g',
        'Phú Quới butterfly-pea flower tea 50 g',
        'ocop', 'do_uong', 10, 'hộp', 55000, 'standard_reducible', 0, 1, 1),
    (42, 'TV-TRA-MT', 'Trà măng tây Phú Quới hộp 20 túi lọc',
        'Phú Quới asparagus tea, 20 bags',
        'ocop', 'do_uong', 10, 'hộp', 50000, 'standard_reducible', 0, 1, 1),
    (43, 'TV-TRA-TT', 'Trà tía tô Phú Quới hộp 20 túi lọc',
        'Phú Quới perilla tea, 20 bags',
        'ocop', 'do_uong', 10, 'hộp', 45000, 'standard_reducible', 0, 1, 0);

-- Dầu dừa, nước khoáng
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (44, 'TV-DD-PH250', 'Dầu dừa nguyên chất Phương Huỳnh 250 ml',
        'Phương Huỳnh virgin coconut oil 250 ml',
        'ocop', 'thuc_pham', 11, 'chai', 75000, 'standard_reducible', 0, 1, 1),
    (45, 'TV-NK-SB05', 'Nước khoáng thiên nhiên Sao Biển 500 ml',
        'Sao Biển natural mineral water 500 ml',
        'ocop', 'do_uong', 12, 'chai', 7000, 'standard_reducible', 0, 0, 1),
    (46, 'TV-NK-SB15', 'Nước khoáng thiên nhiên Sao Biển 1,5 L',
        'Sao Biển natural mineral water 1.5 L',
        'ocop', 'do_uong', 12, 'chai', 14000, 'standard_reducible', 0, 0, 1);

-- Thủ công mỹ nghệ: mây tre đan, lục bình, gáo dừa, yếm dừa
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (47, 'TV-MTD-BO', 'Bộ đồ dùng nông thôn thu nhỏ Diệp Thị Trang (12 món)',
        'Miniature rural household set, bamboo (12 pieces)',
        'thu_cong', 'thu_cong_my_nghe', 13, 'bộ', 180000, 'standard_reducible', 0, 1, 1),
    (48, 'TV-MTD-GIO', 'Giỏ tre đan Giồng Đình cỡ nhỏ',
        'Giồng Đình woven bamboo basket, small',
        'thu_cong', NULL, 13, 'cái', 45000, 'standard_reducible', 0, 1, 1),
    (49, 'TV-MTD-XN', 'Xà neng tre thu nhỏ Giồng Đình',
        'Giồng Đình miniature bamboo "xà neng" basket',
        'thu_cong', NULL, 13, 'cái', 30000, 'standard_reducible', 0, 1, 1),
    (50, 'TV-LB-GIO', 'Giỏ lục bình Hưng Mỹ cỡ vừa',
        'Hưng Mỹ water-hyacinth basket, medium',
        'thu_cong', NULL, 14, 'cái', 120000, 'standard_reducible', 0, 1, 1),
    (51, 'TV-LB-CHAU', 'Chậu hoa lục bình Hưng Mỹ',
        'Hưng Mỹ water-hyacinth flower-pot cover',
        'thu_cong', NULL, 14, 'cái', 95000, 'standard_reducible', 0, 1, 1),
    (52, 'TV-GD-CHEN', 'Bộ chén gáo dừa (4 cái)',
        'Coconut-shell bowls (set of 4)',
        'thu_cong', NULL, 14, 'bộ', 90000, 'standard_reducible', 0, 1, 1),
    (53, 'TV-YD-TRANH', 'Tranh yếm dừa trang trí 30×40 cm',
        'Coconut-spathe decorative picture 30×40 cm',
        'thu_cong', NULL, 14, 'cái', 150000, 'standard_reducible', 0, 1, 1);

-- Cốm dẹp Ba So (đặc sản Khmer)
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (54, 'TV-CD-200', 'Cốm dẹp Ba So gói 200 g',
        'Ba So flattened green rice (cốm dẹp) 200 g',
        'dac_san', NULL, 15, 'gói', 30000, 'standard_reducible', 0, 1, 1),
    (55, 'TV-CD-KG', 'Cốm dẹp Ba So (cân ký)',
        'Ba So flattened green rice (by weight)',
        'dac_san', NULL, 15, 'kg', 120000, 'standard_reducible', 1, 1, 1);

-- Tôm khô: sơ chế thông thường, 5 %
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (56, 'TV-TK-TH1', 'Tôm khô Tiến Hải loại 1 (cân ký)',
        'Tiến Hải dried shrimp, grade 1 (by weight)',
        'ocop', 'thuc_pham', 16, 'kg', 1150000, 'reduced', 1, 1, 1),
    (57, 'TV-TK-TH100', 'Tôm khô Tiến Hải hũ 100 g',
        'Tiến Hải dried shrimp 100 g jar',
        'ocop', 'thuc_pham', 16, 'hũ', 125000, 'reduced', 0, 1, 1);

-- Bánh tráng, yến sào, gạo
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (58, 'TV-BTR-IMX', 'Bánh tráng IMEX TRAVINH 500 g',
        'IMEX TRAVINH rice paper 500 g',
        'ocop', 'thuc_pham', 17, 'gói', 32000, 'standard_reducible', 0, 0, 1),
    (59, 'TV-YS-PH50', 'Yến sào tinh chế Phú Hòa hộp 50 g',
        'Phú Hòa cleaned edible bird''s nest 50 g',
        'ocop', 'thuc_pham', 18, 'hộp', 1800000, 'standard_reducible', 0, 1, 1),
    (60, 'TV-YS-NUOC', 'Nước yến sào Phú Hòa hũ 70 ml',
        'Phú Hòa bird''s nest drink 70 ml',
        'dac_san', NULL, 18, 'hũ', 35000, 'standard_reducible', 0, 1, 1),
    (61, 'TV-GAO-LHHM', 'Gạo hữu cơ Long Hòa – Hòa Minh túi 2 kg',
        'Long Hòa – Hòa Minh organic rice 2 kg',
        'ocop', 'thuc_pham', 19, 'gói', 90000, 'reduced', 0, 1, 1),
    (62, 'TV-GAO-HNR', 'Gạo Long Hiệp Hạt Ngọc Rồng túi 5 kg',
        'Long Hiệp "Hạt Ngọc Rồng" rice 5 kg',
        'dac_san', NULL, 20, 'gói', 125000, 'reduced', 0, 1, 1);

-- Chủ thể hư cấu: kẹo dừa, chả giò, khô cá
INSERT INTO products (id, sku, name_vi, name_en, category, ocop_group, producer_id, unit, price,
                      vat_class, weighed, consigned, active) VALUES
    (63, 'TV-KD-UH', 'Kẹo dừa Út Hiền gói 400 g',
        'Út Hiền coconut candy 400 g',
        'ocop', 'thuc_pham', 21, 'gói', 45000, 'standard_reducible', 0, 1, 1),
    (64, 'TV-MD-UH', 'Mứt dừa non Út Hiền hộp 300 g',
        'Út Hiền young-coconut jam 300 g',
        'dac_san', NULL, 21, 'hộp', 60000, 'standard_reducible', 0, 1, 1),
    (65, 'TV-CG-BL', 'Chả giò tôm thịt Bảy Liên 500 g (đông lạnh)',
        'Bảy Liên shrimp & pork spring rolls 500 g (frozen)',
        'ocop', 'thuc_pham', 22, 'gói', 85000, 'standard_reducible', 0, 1, 1),
    (66, 'TV-CG-KM', 'Chả giò khoai môn Bảy Liên 500 g (đông lạnh)',
        'Bảy Liên taro spring rolls 500 g (frozen)',
        'dac_san', NULL, 22, 'gói', 75000, 'standard_reducible', 0, 1, 1),
    (67, 'TV-KC-DU', 'Khô cá đù một nắng Ba Động (cân ký)',
        'Ba Động sun-dried croaker (by weight)',
        'dac_san', NULL, 23, 'kg', 260000, 'reduced', 1, 1, 1),
    (68, 'TV-KC-LOC', 'Khô cá lóc Ba Động (cân ký)',
        'Ba Động dried snakehead fish (by weight)',
        'dac_san', NULL, 23, 'kg', 420000, 'reduced', 1, 1, 1);

-- Barcodes: GTINs are invented (893 + made-up company prefix, valid check digit);
-- weighed goods carry a short in-store PLU; units > 1 is a carton GTIN-14 ------------

INSERT INTO barcodes (code, product_id, units) VALUES
    ('8936010100114', 1, 1),        -- TV-MHD-250
    ('8936010100213', 2, 1),        -- TV-MHD-500
    ('8936010100312', 3, 1),        -- TV-MHD-180
    ('8936010100411', 4, 1),        -- TV-DHD-250
    ('8936010100510', 5, 1),        -- TV-DHD-500
    ('8936010100619', 6, 1),        -- TV-GMH-500
    ('8936010100718', 7, 1),        -- TV-MLM-250
    ('8936010100817', 8, 1),        -- TV-MHT-330
    ('8936010200111', 9, 1),        -- TV-DSS-200
    ('8936010200210', 10, 1),       -- TV-KDS-NC
    ('8936010200319', 11, 1),       -- TV-KDS-LD
    ('8936010200418', 12, 1),       -- TV-KDS-CC
    ('8936010200517', 13, 1),       -- TV-DSHCK
    ('8936010200616', 14, 1),       -- TV-DSSG-50
    ('8936010200715', 15, 1),       -- TV-SCDS-30
    ('8936010200814', 16, 1),       -- TV-KCG-200
    ('8936010200913', 17, 1),       -- TV-BVC-KL
    ('8936010201019', 18, 1),       -- TV-BVC-BD
    ('8936010201118', 19, 1),       -- TV-BVC-CH
    ('8936010300118', 20, 1),       -- TV-DS-HT1
    ('8936010300217', 21, 1),       -- TV-DS-CK
    ('8936010300316', 22, 1),       -- TV-GIONG-DS
    ('8936010400115', 23, 1),       -- TV-TXD-TB
    ('8936010500112', 24, 1),       -- TV-TXD-UM
    ('8936010500211', 25, 1),       -- TV-TXD-UM9
    ('8936010600119', 26, 1),       -- TV-RXT-LT5
    ('8936010600218', 27, 1),       -- TV-RXT-CH5
    ('8936010600317', 28, 1),       -- TV-RXT-QU5
    ('8936010600416', 29, 1),       -- TV-RXT-DE6
    ('8936010600515', 30, 1),       -- TV-RXT-HOP
    ('8936010700116', 31, 1),       -- TV-BT-BM
    ('8936010700215', 32, 1),       -- TV-BT-NG
    ('8936010700314', 33, 1),       -- TV-BT-TQ
    ('1001', 34, 1),                -- PLU, TV-LX-VT
    ('8936010800113', 35, 1),       -- TV-LX-VT5
    ('8936010900110', 36, 1),       -- TV-CH-NT
    ('8936010900219', 37, 1),       -- TV-CH-PT
    ('1002', 38, 1),                -- PLU, TV-CL-NT
    ('8936011000116', 39, 1),       -- TV-TRA-DL
    ('8936011000215', 40, 1),       -- TV-TRA-NL
    ('8936011000314', 41, 1),       -- TV-TRA-DB
    ('8936011000413', 42, 1),       -- TV-TRA-MT
    ('8936011000512', 43, 1),       -- TV-TRA-TT
    ('8936011100113', 44, 1),       -- TV-DD-PH250
    ('8936011200110', 45, 1),       -- TV-NK-SB05
    ('8936011200219', 46, 1),       -- TV-NK-SB15
    ('8936011300117', 47, 1),       -- TV-MTD-BO
    ('8936011300216', 48, 1),       -- TV-MTD-GIO
    ('8936011300315', 49, 1),       -- TV-MTD-XN
    ('8936011400114', 50, 1),       -- TV-LB-GIO
    ('8936011400213', 51, 1),       -- TV-LB-CHAU
    ('8936011400312', 52, 1),       -- TV-GD-CHEN
    ('8936011400411', 53, 1),       -- TV-YD-TRANH
    ('8936011500111', 54, 1),       -- TV-CD-200
    ('1003', 55, 1),                -- PLU, TV-CD-KG
    ('1004', 56, 1),                -- PLU, TV-TK-TH1
    ('8936011600118', 57, 1),       -- TV-TK-TH100
    ('8936011700115', 58, 1),       -- TV-BTR-IMX
    ('8936011800112', 59, 1),       -- TV-YS-PH50
    ('8936011800211', 60, 1),       -- TV-YS-NUOC
    ('8936011900119', 61, 1),       -- TV-GAO-LHHM
    ('8936012000115', 62, 1),       -- TV-GAO-HNR
    ('8936012100112', 63, 1),       -- TV-KD-UH
    ('8936012100211', 64, 1),       -- TV-MD-UH
    ('8936012200119', 65, 1),       -- TV-CG-BL
    ('8936012200218', 66, 1),       -- TV-CG-KM
    ('1005', 67, 1),                -- PLU, TV-KC-DU
    ('1006', 68, 1),                -- PLU, TV-KC-LOC
    ('8936010100190', 1, 1),        -- TV-MHD-250, nhãn cũ
    ('89345122', 14, 1),            -- TV-DSSG-50, EAN-8
    ('18936011200117', 45, 24),     -- thùng 24 chai TV-NK-SB05
    ('18936011200216', 46, 12);     -- thùng 12 chai TV-NK-SB15

-- OCOP certifications -------------------------------------------------------------------
-- valid_to = valid_from + 36 months - 1 day. Reference date for the unusual cases: 2026-11-29.
-- REAL decision: 1693/QĐ-UBND of 22/08/2022 (UBND tỉnh Trà Vinh) and the products in it.
-- Every other decision number and day is ILLUSTRATIVE (see header).

INSERT INTO certifications (id, product_id, producer_id, decision_no, decision_date, level, stars,
                            valid_from, valid_to, status, status_note) VALUES
    (1, 1, 1, '1317/QĐ-BNN-VPĐP', '2023-05-12', 'central', 5, '2023-05-12', '2026-05-11',
        'expired', NULL),
    (2, 1, 1, '2164/QĐ-BNNMT', '2026-06-05', 'central', 5, '2026-06-05', '2029-06-04',
        'active', NULL),
    (3, 2, 1, '2164/QĐ-BNNMT', '2026-06-05', 'central', 5, '2026-06-05', '2029-06-04',
        'active', NULL),
    (4, 3, 1, '1317/QĐ-BNN-VPĐP', '2023-05-12', 'central', 5, '2023-05-12', '2026-05-11',
        'expired', NULL),
    (5, 4, 1, '1317/QĐ-BNN-VPĐP', '2023-05-12', 'central', 5, '2023-05-12', '2026-05-11',
        'expired', NULL),
    (6, 4, 1, '2164/QĐ-BNNMT', '2026-06-05', 'central', 5, '2026-06-05', '2029-06-04',
        'active', NULL),
    (7, 5, 1, '2164/QĐ-BNNMT', '2026-06-05', 'central', 5, '2026-06-05', '2029-06-04',
        'active', NULL),
    (8, 6, 1, '1693/QĐ-UBND', '2022-08-22', 'province', 4, '2022-08-22', '2025-08-21',
        'active', NULL),
    (9, 7, 1, '1693/QĐ-UBND', '2022-08-22', 'province', 4, '2022-08-22', '2025-08-21',
        'expired', 'Hết hiệu lực 36 tháng; đã được công nhận lại.'),
    (10, 7, 1, '1985/QĐ-UBND', '2025-09-16', 'province', 4, '2025-09-16', '2028-09-15',
        'active', NULL),
    (11, 8, 1, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (12, 9, 2, '1317/QĐ-BNN-VPĐP', '2023-05-12', 'central', 5, '2023-05-12', '2026-05-11',
        'expired', NULL),
    (13, 9, 2, '2164/QĐ-BNNMT', '2026-06-05', 'central', 5, '2026-06-05', '2029-06-04',
        'active', NULL),
    (14, 10, 2, '2790/QĐ-UBND', '2024-12-20', 'province', 4, '2024-12-20', '2027-12-19',
        'active', NULL),
    (15, 11, 2, '2790/QĐ-UBND', '2024-12-20', 'province', 4, '2024-12-20', '2027-12-19',
        'active', NULL),
    (16, 12, 2, '2790/QĐ-UBND', '2024-12-20', 'province', 4, '2024-12-20', '2027-12-19',
        'active', NULL),
    (17, 13, 2, '2790/QĐ-UBND', '2024-12-20', 'province', 4, '2024-12-20', '2027-12-19',
        'active', NULL),
    (18, 14, 2, '2790/QĐ-UBND', '2024-12-20', 'province', 4, '2024-12-20', '2027-12-19',
        'active', NULL),
    (19, 15, 2, '2790/QĐ-UBND', '2024-12-20', 'province', 4, '2024-12-20', '2027-12-19',
        'active', NULL),
    (20, 16, 2, '2790/QĐ-UBND', '2024-12-20', 'province', 4, '2024-12-20', '2027-12-19',
        'active', NULL),
    (21, 17, 2, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (22, 18, 2, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (23, 19, 2, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (24, 20, 3, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (25, 23, 4, '1693/QĐ-UBND', '2022-08-22', 'province', 4, '2022-08-22', '2025-08-21',
        'expired', 'Hết hiệu lực ngày 21/08/2025, chưa có quyết định công nhận lại.'),
    (26, 24, 5, '2688/QĐ-UBND', '2025-12-19', 'province', 3, '2025-12-19', '2028-12-18',
        'active', NULL),
    (27, 31, 7, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (28, 32, 7, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (29, 33, 7, '2688/QĐ-UBND', '2025-12-19', 'province', 3, '2025-12-19', '2028-12-18',
        'active', NULL),
    (30, 34, 8, '2688/QĐ-UBND', '2025-12-19', 'province', 3, '2025-12-19', '2028-12-18',
        'active', NULL),
    (31, 35, 8, '2688/QĐ-UBND', '2025-12-19', 'province', 3, '2025-12-19', '2028-12-18',
        'active', NULL),
    (32, 36, 9, '2688/QĐ-UBND', '2025-12-19', 'province', 4, '2025-12-19', '2028-12-18',
        'active', NULL),
    (33, 37, 9, '2688/QĐ-UBND', '2025-12-19', 'province', 3, '2025-12-19', '2028-12-18',
        'active', NULL),
    (34, 39, 10, '2563/QĐ-UBND', '2023-12-08', 'province', 3, '2023-12-08', '2026-12-07',
        'active', NULL),
    (35, 40, 10, '2563/QĐ-UBND', '2023-12-08', 'province', 3, '2023-12-08', '2026-12-07',
        'active', NULL),
    (36, 41, 10, '2790/QĐ-UBND', '2024-12-20', 'province', 3, '2024-12-20', '2027-12-19',
        'active', NULL),
    (37, 42, 10, '2790/QĐ-UBND', '2024-12-20', 'province', 3, '2024-12-20', '2027-12-19',
        'active', NULL),
    (38, 43, 10, '2563/QĐ-UBND', '2023-12-08', 'province', 3, '2023-12-08', '2026-12-07',
        'active', NULL),
    (39, 44, 11, '2688/QĐ-UBND', '2025-12-19', 'province', 3, '2025-12-19', '2028-12-18',
        'active', NULL),
    (40, 45, 12, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (41, 46, 12, '712/QĐ-UBND', '2024-03-15', 'province', 4, '2024-03-15', '2027-03-14',
        'active', NULL),
    (42, 47, 13, '2563/QĐ-UBND', '2023-12-08', 'province', 3, '2023-12-08', '2026-12-07',
        'active', NULL),
    (43, 56, 16, '2688/QĐ-UBND', '2025-12-19', 'province', 3, '2025-12-19', '2028-12-18',
        'active', NULL),
    (44, 57, 16, '2688/QĐ-UBND', '2025-12-19', 'province', 3, '2025-12-19', '2028-12-18',
        'active', NULL),
    (45, 58, 17, '1542/QĐ-UBND', '2025-06-20', 'province', 4, '2025-06-20', '2028-06-19',
        'active', NULL),
    (46, 59, 18, '1693/QĐ-UBND', '2022-08-22', 'province', 4, '2022-08-22', '2025-08-21',
        'expired', 'Hết hiệu lực 36 tháng; đã được công nhận lại.'),
    (47, 59, 18, '1985/QĐ-UBND', '2025-09-16', 'province', 4, '2025-09-16', '2028-09-15',
        'active', NULL),
    (48, 61, 19, '1693/QĐ-UBND', '2022-08-22', 'province', 4, '2022-08-22', '2025-08-21',
        'expired', 'Hết hiệu lực 36 tháng; đã được công nhận lại.'),
    (49, 61, 19, '1985/QĐ-UBND', '2025-09-16', 'province', 4, '2025-09-16', '2028-09-15',
        'active', NULL),
    (50, 63, 21, '1120/QĐ-UBND', '2024-06-14', 'province', 3, '2024-06-14', '2027-06-13',
        'suspended', 'Tạm đình chỉ sử dụng biểu trưng OCOP: bao bì in sai thứ '
            || 'hạng sao, chờ chủ thể khắc phục (dữ liệu minh họa).'),
    (51, 65, 22, '1120/QĐ-UBND', '2024-06-14', 'province', 3, '2024-06-14', '2027-06-13',
        'revoked', 'Thu hồi giấy chứng nhận OCOP: chủ thể không duy trì điều '
            || 'kiện bảo đảm an toàn thực phẩm (dữ liệu minh họa).');

-- Serial ranges of the OCOP logo stamps issued under some certifications (illustrative)

INSERT INTO stamp_ranges (certification_id, serial_from, serial_to) VALUES
    (2, 26050001, 26055000),
    (3, 26055001, 26057000),
    (6, 26057001, 26062000),
    (13, 26062001, 26064000),
    (10, 25090001, 25091500),
    (14, 24120001, 24121000),
    (14, 24125001, 24125500),
    (27, 24030001, 24030800),
    (34, 23120001, 23120300);

-- Demo users: the program hashes the PINs (Argon2id) into users, then drops this table ----

CREATE TEMP TABLE sample_users (username TEXT NOT NULL, full_name TEXT NOT NULL, role TEXT NOT NULL,
                                pin TEXT NOT NULL);
INSERT INTO sample_users (username, full_name, role, pin) VALUES
    ('thungan', 'Nguyễn Thị Thu Ngân', 'cashier', '1111'),
    ('quanly', 'Trần Minh Quân', 'manager', '9999'),
    ('thungan2', 'Thạch Thị Sa Rinh', 'cashier', '2222');      -- works at TV02

-- Opening stock: the program records it as one journal event per store, then drops this ---
-- quantity_milli: thousandths of the unit (24 bottles = 24000, 1.25 kg = 1250)

CREATE TEMP TABLE sample_opening_stock (store_code TEXT NOT NULL, sku TEXT NOT NULL,
                                        quantity_milli INTEGER NOT NULL);
INSERT INTO sample_opening_stock (store_code, sku, quantity_milli) VALUES
    ('TV01', 'TV-MHD-250', 4000),
    ('TV02', 'TV-MHD-250', 12000),
    ('TV01', 'TV-MHD-500', 12000),
    ('TV02', 'TV-MHD-500', 6000),
    ('TV01', 'TV-MHD-180', 2000),
    ('TV01', 'TV-DHD-250', 24000),
    ('TV02', 'TV-DHD-250', 12000),
    ('TV01', 'TV-DHD-500', 24000),
    ('TV02', 'TV-DHD-500', 12000),
    ('TV01', 'TV-GMH-500', 24000),
    ('TV02', 'TV-GMH-500', 12000),
    ('TV01', 'TV-MLM-250', 24000),
    ('TV02', 'TV-MLM-250', 12000),
    ('TV01', 'TV-MHT-330', 24000),
    ('TV02', 'TV-MHT-330', 12000),
    ('TV01', 'TV-DSS-200', 3000),
    ('TV02', 'TV-DSS-200', 10000),
    ('TV01', 'TV-KDS-NC', 30000),
    ('TV02', 'TV-KDS-NC', 2000),
    ('TV01', 'TV-KDS-LD', 24000),
    ('TV02', 'TV-KDS-LD', 12000),
    ('TV01', 'TV-KDS-CC', 24000),
    ('TV02', 'TV-KDS-CC', 12000),
    ('TV01', 'TV-DSHCK', 24000),
    ('TV02', 'TV-DSHCK', 12000),
    ('TV01', 'TV-DSSG-50', 24000),
    ('TV02', 'TV-DSSG-50', 12000),
    ('TV01', 'TV-SCDS-30', 24000),
    ('TV02', 'TV-SCDS-30', 12000),
    ('TV01', 'TV-KCG-200', 24000),
    ('TV02', 'TV-KCG-200', 12000),
    ('TV01', 'TV-BVC-KL', 24000),
    ('TV02', 'TV-BVC-KL', 12000),
    ('TV01', 'TV-BVC-BD', 24000),
    ('TV02', 'TV-BVC-BD', 12000),
    ('TV01', 'TV-BVC-CH', 24000),
    ('TV02', 'TV-BVC-CH', 12000),
    ('TV01', 'TV-DS-HT1', 30000),
    ('TV02', 'TV-DS-HT1', 8000),
    ('TV01', 'TV-DS-CK', 40000),
    ('TV02', 'TV-DS-CK', 20000),
    ('TV01', 'TV-GIONG-DS', 10000),
    ('TV01', 'TV-TXD-TB', 20000),
    ('TV02', 'TV-TXD-TB', 8000),
    ('TV01', 'TV-TXD-UM', 20000),
    ('TV02', 'TV-TXD-UM', 8000),
    ('TV01', 'TV-TXD-UM9', 6000),
    ('TV02', 'TV-TXD-UM9', 2000),
    ('TV01', 'TV-RXT-LT5', 36000),
    ('TV02', 'TV-RXT-LT5', 24000),
    ('TV01', 'TV-RXT-CH5', 36000),
    ('TV02', 'TV-RXT-CH5', 24000),
    ('TV01', 'TV-RXT-QU5', 24000),
    ('TV02', 'TV-RXT-QU5', 12000),
    ('TV01', 'TV-RXT-DE6', 24000),
    ('TV02', 'TV-RXT-DE6', 12000),
    ('TV01', 'TV-RXT-HOP', 10000),
    ('TV02', 'TV-RXT-HOP', 6000),
    ('TV01', 'TV-BT-BM', 2000),
    ('TV02', 'TV-BT-BM', 10000),
    ('TV01', 'TV-BT-NG', 15000),
    ('TV02', 'TV-BT-NG', 10000),
    ('TV01', 'TV-BT-TQ', 10000),
    ('TV02', 'TV-BT-TQ', 6000),
    ('TV01', 'TV-LX-VT', 12500),
    ('TV02', 'TV-LX-VT', 800),
    ('TV01', 'TV-LX-VT5', 24000),
    ('TV02', 'TV-LX-VT5', 12000),
    ('TV01', 'TV-CH-NT', 24000),
    ('TV02', 'TV-CH-NT', 12000),
    ('TV01', 'TV-CH-PT', 24000),
    ('TV02', 'TV-CH-PT', 12000),
    ('TV01', 'TV-CL-NT', 4800),
    ('TV02', 'TV-CL-NT', 3000),
    ('TV01', 'TV-TRA-DL', 24000),
    ('TV02', 'TV-TRA-DL', 12000),
    ('TV01', 'TV-TRA-NL', 24000),
    ('TV02', 'TV-TRA-NL', 12000),
    ('TV01', 'TV-TRA-DB', 24000),
    ('TV02', 'TV-TRA-DB', 12000),
    ('TV01', 'TV-TRA-MT', 24000),
    ('TV02', 'TV-TRA-MT', 12000),
    ('TV01', 'TV-DD-PH250', 24000),
    ('TV02', 'TV-DD-PH250', 12000),
    ('TV01', 'TV-NK-SB05', 18000),
    ('TV02', 'TV-NK-SB05', 120000),
    ('TV01', 'TV-NK-SB15', 60000),
    ('TV02', 'TV-NK-SB15', 36000),
    ('TV01', 'TV-MTD-BO', 8000),
    ('TV02', 'TV-MTD-BO', 4000),
    ('TV01', 'TV-MTD-GIO', 15000),
    ('TV02', 'TV-MTD-GIO', 10000),
    ('TV01', 'TV-MTD-XN', 20000),
    ('TV02', 'TV-MTD-XN', 10000),
    ('TV01', 'TV-LB-GIO', 10000),
    ('TV02', 'TV-LB-GIO', 6000),
    ('TV01', 'TV-LB-CHAU', 10000),
    ('TV02', 'TV-LB-CHAU', 4000),
    ('TV01', 'TV-GD-CHEN', 12000),
    ('TV02', 'TV-GD-CHEN', 6000),
    ('TV01', 'TV-YD-TRANH', 6000),
    ('TV02', 'TV-YD-TRANH', 3000),
    ('TV01', 'TV-CD-200', 40000),
    ('TV02', 'TV-CD-200', 3000),
    ('TV01', 'TV-CD-KG', 15000),
    ('TV02', 'TV-CD-KG', 10000),
    ('TV01', 'TV-TK-TH1', 1250),
    ('TV02', 'TV-TK-TH1', 1500),
    ('TV01', 'TV-TK-TH100', 24000),
    ('TV02', 'TV-TK-TH100', 12000),
    ('TV01', 'TV-BTR-IMX', 24000),
    ('TV02', 'TV-BTR-IMX', 12000),
    ('TV01', 'TV-YS-PH50', 5000),
    ('TV02', 'TV-YS-PH50', 2000),
    ('TV01', 'TV-YS-NUOC', 24000),
    ('TV02', 'TV-YS-NUOC', 12000),
    ('TV01', 'TV-GAO-LHHM', 20000),
    ('TV02', 'TV-GAO-LHHM', 10000),
    ('TV01', 'TV-GAO-HNR', 10000),
    ('TV01', 'TV-KD-UH', 24000),
    ('TV02', 'TV-KD-UH', 12000),
    ('TV01', 'TV-MD-UH', 24000),
    ('TV02', 'TV-MD-UH', 12000),
    ('TV01', 'TV-CG-BL', 20000),
    ('TV02', 'TV-CG-BL', 10000),
    ('TV01', 'TV-CG-KM', 20000),
    ('TV02', 'TV-CG-KM', 10000),
    ('TV01', 'TV-KC-DU', 6400),
    ('TV02', 'TV-KC-DU', 4000),
    ('TV01', 'TV-KC-LOC', 3800),
    ('TV02', 'TV-KC-LOC', 2000);

-- Low-stock thresholds (several opening levels above are deliberately below them) ---------

INSERT INTO stock_thresholds (store_id, product_id, minimum_milli) VALUES
    (1, 1, 12000),          -- TV-MHD-250
    (1, 2, 6000),           -- TV-MHD-500
    (1, 9, 10000),          -- TV-DSS-200
    (1, 31, 5000),          -- TV-BT-BM
    (1, 45, 48000),         -- TV-NK-SB05
    (1, 56, 2000),          -- TV-TK-TH1
    (1, 34, 3000),          -- TV-LX-VT
    (1, 26, 12000),         -- TV-RXT-LT5
    (1, 59, 2000),          -- TV-YS-PH50
    (1, 20, 10000),         -- TV-DS-HT1
    (2, 10, 6000),          -- TV-KDS-NC
    (2, 34, 2000),          -- TV-LX-VT
    (2, 54, 10000),         -- TV-CD-200
    (2, 1, 6000),           -- TV-MHD-250
    (2, 45, 48000),         -- TV-NK-SB05
    (2, 21, 8000);          -- TV-DS-CK

