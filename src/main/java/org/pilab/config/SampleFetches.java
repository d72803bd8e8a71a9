package org.pilab.config;

import java.util.Set;

/**
 * Names of the sample fetches and ACL keywords HAProxy 2.6.0 registers (its {@code sample_fetch_kw_list} and
 * {@code acl_kw_list} tables), so an ACL criterion or a {@code %[...]} expression naming an unknown fetch is
 * rejected as {@code haproxy -c} rejects it. The lab evaluates only a few of them.
 */
final class SampleFetches {

    private SampleFetches() {
    }

    static final Set<String> NAMES = Set.of((""
            + "always_false always_true avg_queue base base32 base32+src base_beg base_dir base_dom base_end "
            + "base_len base_reg base_sub baseq bc_dst bc_dst_port bc_err bc_err_str bc_http_major bc_src "
            + "bc_src_port be_conn be_conn_free be_id be_name be_server_timeout be_sess_rate be_tunnel_timeout bin "
            + "bool capture.req.hdr capture.req.method capture.req.uri capture.req.ver capture.res.hdr "
            + "capture.res.ver connslots cook cook_beg cook_cnt cook_dir cook_dom cook_end cook_len cook_reg "
            + "cook_sub cook_val cookie cpu_calls cpu_ns_avg cpu_ns_tot cur_server_timeout cur_tunnel_timeout date "
            + "date_us distcc_body distcc_param dst dst_conn dst_is_local dst_port env fc_dst fc_dst_is_local "
            + "fc_dst_port fc_err fc_err_str fc_fackets fc_http_major fc_lost fc_pp_authority fc_pp_unique_id "
            + "fc_rcvd_proxy fc_reordering fc_retrans fc_rtt fc_rttvar fc_sacked fc_src fc_src_is_local "
            + "fc_src_port fc_unacked fcgi.docroot fcgi.index fe_client_timeout fe_conn fe_defbe fe_id fe_name "
            + "fe_req_rate fe_sess_rate hdr hdr_beg hdr_cnt hdr_dir hdr_dom hdr_end hdr_ip hdr_len hdr_reg hdr_sub "
            + "hdr_val hostname http_auth http_auth_bearer http_auth_group http_auth_pass http_auth_type "
            + "http_auth_user http_first_req int internal.htx.data internal.htx.free internal.htx.free_data "
            + "internal.htx.has_eom internal.htx.nbblks internal.htx.size internal.htx.used internal.htx_blk.data "
            + "internal.htx_blk.hdrname internal.htx_blk.hdrval internal.htx_blk.size internal.htx_blk.start_line "
            + "internal.htx_blk.type internal.strm.is_htx ipv4 ipv6 last_rule_file last_rule_line lat_ns_avg "
            + "lat_ns_tot meth method nbproc nbsrv path path_beg path_dir path_dom path_end path_len path_reg "
            + "path_sub pathq payload payload_lv prio_class prio_offset proc query queue rand rdp_cookie "
            + "rdp_cookie_cnt rep_ssl_hello_type req.body req.body_len req.body_param req.body_size req.cook "
            + "req.cook_cnt req.cook_val req.fhdr req.fhdr_cnt req.hdr req.hdr_cnt req.hdr_ip req.hdr_names "
            + "req.hdr_val req.hdrs req.hdrs_bin req.len req.payload req.payload_lv req.proto_http req.rdp_cookie "
            + "req.rdp_cookie_cnt req.ssl_alpn req.ssl_ec_ext req.ssl_hello_type req.ssl_sni req.ssl_st_ext "
            + "req.ssl_ver req.ver req_len req_proto_http req_rdp_cookie req_rdp_cookie_cnt req_ssl_hello_type "
            + "req_ssl_sni req_ssl_ver req_ver res.body res.body_len res.body_size res.cache_hit res.cache_name "
            + "res.comp res.comp_algo res.cook res.cook_cnt res.cook_val res.fhdr res.fhdr_cnt res.hdr res.hdr_cnt "
            + "res.hdr_ip res.hdr_names res.hdr_val res.hdrs res.hdrs_bin res.len res.payload res.payload_lv "
            + "res.ssl_hello_type res.ver resp_ver sc0_bytes_in_rate sc0_bytes_out_rate sc0_clr_gpc0 sc0_clr_gpc1 "
            + "sc0_conn_cnt sc0_conn_cur sc0_conn_rate sc0_get_gpc0 sc0_get_gpc1 sc0_get_gpt0 sc0_gpc0_rate "
            + "sc0_gpc1_rate sc0_http_err_cnt sc0_http_err_rate sc0_http_fail_cnt sc0_http_fail_rate "
            + "sc0_http_req_cnt sc0_http_req_rate sc0_inc_gpc0 sc0_inc_gpc1 sc0_kbytes_in sc0_kbytes_out "
            + "sc0_sess_cnt sc0_sess_rate sc0_tracked sc0_trackers sc1_bytes_in_rate sc1_bytes_out_rate "
            + "sc1_clr_gpc sc1_clr_gpc0 sc1_clr_gpc1 sc1_conn_cnt sc1_conn_cur sc1_conn_rate sc1_get_gpc0 "
            + "sc1_get_gpc1 sc1_get_gpt0 sc1_gpc0_rate sc1_gpc1_rate sc1_http_err_cnt sc1_http_err_rate "
            + "sc1_http_fail_cnt sc1_http_fail_rate sc1_http_req_cnt sc1_http_req_rate sc1_inc_gpc0 sc1_inc_gpc1 "
            + "sc1_kbytes_in sc1_kbytes_out sc1_sess_cnt sc1_sess_rate sc1_tracked sc1_trackers sc2_bytes_in_rate "
            + "sc2_bytes_out_rate sc2_clr_gpc0 sc2_clr_gpc1 sc2_conn_cnt sc2_conn_cur sc2_conn_rate sc2_get_gpc0 "
            + "sc2_get_gpc1 sc2_get_gpt0 sc2_gpc0_rate sc2_gpc1_rate sc2_http_err_cnt sc2_http_err_rate "
            + "sc2_http_fail_cnt sc2_http_fail_rate sc2_http_req_cnt sc2_http_req_rate sc2_inc_gpc0 sc2_inc_gpc1 "
            + "sc2_kbytes_in sc2_kbytes_out sc2_sess_cnt sc2_sess_rate sc2_tracked sc2_trackers sc_bytes_in_rate "
            + "sc_bytes_out_rate sc_clr_gpc sc_clr_gpc0 sc_clr_gpc1 sc_conn_cnt sc_conn_cur sc_conn_rate "
            + "sc_get_gpc sc_get_gpc0 sc_get_gpc1 sc_get_gpt sc_get_gpt0 sc_gpc0_rate sc_gpc1_rate sc_gpc_rate "
            + "sc_http_err_cnt sc_http_err_rate sc_http_fail_cnt sc_http_fail_rate sc_http_req_cnt "
            + "sc_http_req_rate sc_inc_gpc sc_inc_gpc0 sc_inc_gpc1 sc_kbytes_in sc_kbytes_out sc_sess_cnt "
            + "sc_sess_rate sc_tracked sc_trackers scook scook_beg scook_cnt scook_dir scook_dom scook_end "
            + "scook_len scook_reg scook_sub scook_val shdr shdr_beg shdr_cnt shdr_dir shdr_dom shdr_end shdr_ip "
            + "shdr_len shdr_reg shdr_sub shdr_val so_id so_name src src_bytes_in_rate src_bytes_out_rate "
            + "src_clr_gpc src_clr_gpc0 src_clr_gpc1 src_conn_cnt src_conn_cur src_conn_rate src_get_gpc "
            + "src_get_gpc0 src_get_gpc1 src_get_gpt src_get_gpt0 src_gpc0_rate src_gpc1_rate src_gpc_rate "
            + "src_http_err_cnt src_http_err_rate src_http_fail_cnt src_http_fail_rate src_http_req_cnt "
            + "src_http_req_rate src_inc_gpc src_inc_gpc0 src_inc_gpc1 src_is_local src_kbytes_in src_kbytes_out "
            + "src_port src_sess_cnt src_sess_rate src_updt_conn_cnt srv_conn srv_conn_free srv_id srv_is_up "
            + "srv_iweight srv_name srv_queue srv_sess_rate srv_uweight srv_weight ssl_bc ssl_bc_alg_keysize "
            + "ssl_bc_alpn ssl_bc_cipher ssl_bc_client_random ssl_bc_err ssl_bc_err_str ssl_bc_is_resumed "
            + "ssl_bc_npn ssl_bc_protocol ssl_bc_server_random ssl_bc_session_id ssl_bc_session_key "
            + "ssl_bc_unique_id ssl_bc_use_keysize ssl_c_ca_err ssl_c_ca_err_depth ssl_c_chain_der ssl_c_der "
            + "ssl_c_err ssl_c_i_dn ssl_c_key_alg ssl_c_notafter ssl_c_notbefore ssl_c_s_dn ssl_c_serial "
            + "ssl_c_sha1 ssl_c_sig_alg ssl_c_used ssl_c_verify ssl_c_version ssl_f_der ssl_f_i_dn ssl_f_key_alg "
            + "ssl_f_notafter ssl_f_notbefore ssl_f_s_dn ssl_f_serial ssl_f_sha1 ssl_f_sig_alg ssl_f_version "
            + "ssl_fc ssl_fc_alg_keysize ssl_fc_alpn ssl_fc_cipher ssl_fc_cipherlist_bin ssl_fc_cipherlist_hex "
            + "ssl_fc_cipherlist_str ssl_fc_cipherlist_xxh ssl_fc_client_early_traffic_secret "
            + "ssl_fc_client_handshake_traffic_secret ssl_fc_client_random ssl_fc_client_traffic_secret_0 "
            + "ssl_fc_early_exporter_secret ssl_fc_ecformats_bin ssl_fc_eclist_bin ssl_fc_err ssl_fc_err_str "
            + "ssl_fc_exporter_secret ssl_fc_extlist_bin ssl_fc_has_crt ssl_fc_has_early ssl_fc_has_sni "
            + "ssl_fc_is_resumed ssl_fc_npn ssl_fc_protocol ssl_fc_protocol_hello_id "
            + "ssl_fc_server_handshake_traffic_secret ssl_fc_server_random ssl_fc_server_traffic_secret_0 "
            + "ssl_fc_session_id ssl_fc_session_key ssl_fc_sni ssl_fc_sni_end ssl_fc_sni_reg ssl_fc_unique_id "
            + "ssl_fc_use_keysize ssl_s_chain_der ssl_s_der ssl_s_i_dn ssl_s_key_alg ssl_s_notafter "
            + "ssl_s_notbefore ssl_s_s_dn ssl_s_serial ssl_s_sha1 ssl_s_sig_alg ssl_s_version status stopping str "
            + "table_avl table_cnt thread unique-id url url32 url32+src url_beg url_dir url_dom url_end url_ip "
            + "url_len url_param url_port url_reg url_sub urlp urlp_beg urlp_dir urlp_dom urlp_end urlp_len "
            + "urlp_reg urlp_sub urlp_val uuid var wait_end "
            ).trim().split(" "));

    /** The ACL keywords ({@code acl_kw_list}): fetches with a built-in match, e.g. {@code path_beg}. */
    static final Set<String> ACL_KEYWORDS = Set.of((""
            + "base base_beg base_dir base_dom base_end base_len base_reg base_sub cook cook_beg cook_dir cook_dom "
            + "cook_end cook_len cook_reg cook_sub hdr hdr_beg hdr_dir hdr_dom hdr_end hdr_len hdr_reg hdr_sub "
            + "http_auth_group method path path_beg path_dir path_dom path_end path_len path_reg path_sub payload "
            + "payload_lv req.ssl_ver req_rdp_cookie req_rdp_cookie_cnt req_ssl_sni req_ssl_ver req_ver resp_ver "
            + "scook scook_beg scook_dir scook_dom scook_end scook_len scook_reg scook_sub shdr shdr_beg shdr_dir "
            + "shdr_dom shdr_end shdr_len shdr_reg shdr_sub ssl_fc_sni_end ssl_fc_sni_reg url url_beg url_dir "
            + "url_dom url_end url_len url_reg url_sub urlp urlp_beg urlp_dir urlp_dom urlp_end urlp_len urlp_reg "
            + "urlp_sub "
            ).trim().split(" "));

    static boolean aclKeyword(String name) {
        return ACL_KEYWORDS.contains(name);
    }

    static boolean known(String name) {
        return NAMES.contains(name);
    }
}
