/**
 * The port to online payment gateways ({@link vn.motcua.fees.gateway.PaymentGateway}: an order's redirect and
 * the verdict on a gateway's callback or return) and its VNPAY adapter, written against VNPAY's published
 * protocol. The citizen's return page reads the verdict through the port.
 */
@NamedInterface("gateway")
package vn.motcua.fees.gateway;

import org.springframework.modulith.NamedInterface;
