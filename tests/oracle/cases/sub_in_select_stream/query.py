df = spark.readStream.format("json").schema("k STRING, v INT").load(INPUT)
static = spark.createDataFrame([("a", 10), ("b", 60), ("c", 100)], "k STRING, w INT")
static.createOrReplaceTempView("sub_in_select_stream_static")
df.createOrReplaceTempView("sub_in_select_stream_events")
# an IN subquery over a static view in a streaming select list and under OR in its WHERE.
result = spark.sql("""SELECT k, v, k IN (SELECT k FROM sub_in_select_stream_static WHERE w > 50) AS big
FROM sub_in_select_stream_events WHERE v > 2 OR k IN (SELECT k FROM sub_in_select_stream_static)""")
OUTPUT_MODE = "append"
