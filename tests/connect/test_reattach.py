"""ReattachExecute against `runnel connect`, with a raw gRPC client (the stubs pyspark-client
ships): an ExecutePlan stream cut part-way resumes from the last response id received, as
Spark Connect's reattachable execution does; released operations and unknown ids give
Spark's INVALID_HANDLE errors; pyspark's own client (reattachable by default) still works.
"""

import uuid

import grpc
import pytest
from pyspark.sql.connect.proto import base_pb2, base_pb2_grpc, relations_pb2

from test_connect import server, spark  # noqa: F401  (fixtures)

SESSION = str(uuid.uuid4())


def stub(server):  # noqa: F811
    # pyspark-client's own limit (results come in chunks of up to 4 MB of Arrow).
    channel = grpc.insecure_channel(
        f"127.0.0.1:{server['port']}", options=[("grpc.max_receive_message_length", 128 << 20)]
    )
    return channel, base_pb2_grpc.SparkConnectServiceStub(channel)


def execute_request(op_id: str, rows: int) -> base_pb2.ExecutePlanRequest:
    plan = base_pb2.Plan(root=relations_pb2.Relation(range=relations_pb2.Range(start=0, end=rows, step=1)))
    return base_pb2.ExecutePlanRequest(
        session_id=SESSION,
        user_context=base_pb2.UserContext(user_id="test"),
        operation_id=op_id,
        plan=plan,
        request_options=[
            base_pb2.ExecutePlanRequest.RequestOption(
                reattach_options=base_pb2.ReattachOptions(reattachable=True)
            )
        ],
    )


def reattach(s, op_id: str, last=None):
    req = base_pb2.ReattachExecuteRequest(
        session_id=SESSION, user_context=base_pb2.UserContext(user_id="test"), operation_id=op_id
    )
    if last is not None:
        req.last_response_id = last
    return list(s.ReattachExecute(req))


def release(s, op_id: str, until=None):
    req = base_pb2.ReleaseExecuteRequest(
        session_id=SESSION, user_context=base_pb2.UserContext(user_id="test"), operation_id=op_id
    )
    if until is None:
        req.release_all.SetInParent()
    else:
        req.release_until.response_id = until
    s.ReleaseExecute(req)


def kinds(responses):
    return [r.WhichOneof("response_type") for r in responses]


def test_a_stream_cut_after_the_first_response_resumes_with_the_rest(server):  # noqa: F811
    channel, s = stub(server)
    op = str(uuid.uuid4())
    # 8 MB of rows: several Arrow batches, then result_complete.
    call = s.ExecutePlan(execute_request(op, 1_000_000))
    first = next(call)
    call.cancel()  # the stream breaks: the client got one response
    rest = reattach(s, op, last=first.response_id)
    assert rest, "nothing after the first response"
    assert all(r.operation_id == op for r in rest)
    assert rest[-1].WhichOneof("response_type") == "result_complete"
    assert first.response_id not in [r.response_id for r in rest]
    # The whole operation again from the start (nothing released yet): the same ids.
    again = reattach(s, op)
    assert [r.response_id for r in again] == [first.response_id] + [r.response_id for r in rest]
    rows = sum(r.arrow_batch.row_count for r in again if r.WhichOneof("response_type") == "arrow_batch")
    assert rows == 1_000_000
    release(s, op)
    channel.close()


def test_released_responses_cannot_be_replayed_and_a_released_operation_is_gone(server):  # noqa: F811
    channel, s = stub(server)
    op = str(uuid.uuid4())
    got = list(s.ExecutePlan(execute_request(op, 1)))
    assert len(got) >= 3 and kinds(got)[-1] == "result_complete", kinds(got)
    # As pyspark's client: release up to a response, then reattach after that same one.
    release(s, op, until=got[1].response_id)
    assert [r.response_id for r in reattach(s, op, last=got[1].response_id)] == [
        r.response_id for r in got[2:]
    ]
    with pytest.raises(grpc.RpcError) as e:
        reattach(s, op, last=got[0].response_id)
    assert "INVALID_CURSOR.POSITION_NOT_AVAILABLE" in e.value.details()
    with pytest.raises(grpc.RpcError) as e:
        reattach(s, op, last="no-such-response")
    assert "INVALID_CURSOR.POSITION_NOT_FOUND" in e.value.details()
    release(s, op)
    with pytest.raises(grpc.RpcError) as e:
        reattach(s, op, last=got[-1].response_id)
    assert "INVALID_HANDLE.OPERATION_NOT_FOUND" in e.value.details()
    channel.close()


def test_reattaching_to_an_unknown_operation_is_operation_not_found(server):  # noqa: F811
    channel, s = stub(server)
    with pytest.raises(grpc.RpcError) as e:
        reattach(s, str(uuid.uuid4()))
    assert "INVALID_HANDLE.OPERATION_NOT_FOUND" in e.value.details()
    channel.close()


def test_an_operation_id_used_twice_is_operation_already_exists(server):  # noqa: F811
    channel, s = stub(server)
    op = str(uuid.uuid4())
    list(s.ExecutePlan(execute_request(op, 1)))
    with pytest.raises(grpc.RpcError) as e:
        list(s.ExecutePlan(execute_request(op, 1)))
    assert "INVALID_HANDLE.OPERATION_ALREADY_EXISTS" in e.value.details()
    release(s, op)
    channel.close()


def test_pyspark_client_results_come_through_reattachable_execution(spark):  # noqa: F811
    # pyspark-client 4.2 asks for reattachable execution and releases as it reads.
    assert spark.range(50000).selectExpr("sum(id)").collect()[0][0] == sum(range(50000))
    assert len(spark.range(30000).selectExpr("id", "repeat('y', 100) AS p").collect()) == 30000


def test_an_operation_id_that_is_not_a_uuid_is_invalid_handle_format(server):  # noqa: F811
    channel, s = stub(server)
    with pytest.raises(grpc.RpcError) as e:
        list(s.ExecutePlan(execute_request("not-a-uuid", 1)))
    assert "INVALID_HANDLE.FORMAT" in e.value.details()
    with pytest.raises(grpc.RpcError) as e:
        reattach(s, "not-a-uuid")
    assert "INVALID_HANDLE.FORMAT" in e.value.details()
    channel.close()
