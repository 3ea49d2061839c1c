df = spark.readStream.format("json").schema("k STRING, v INT").load(INPUT)
static = spark.createDataFrame([("a", 10), ("b", 60), ("c", None)], "k STRING, w INT")
static.createOrReplaceTempView("sub_not_in_exists_stream_static")
df.createOrReplaceTempView("sub_not_in_exists_stream_events")
# NOT IN over a subquery with a NULL, IN, EXISTS and NOT EXISTS in a streaming select list (NULLs on both sides).
result = spark.sql("""SELECT k, v,
  v NOT IN (SELECT w FROM sub_not_in_exists_stream_static) AS v_not_in_w,
  k NOT IN (SELECT k FROM sub_not_in_exists_stream_static) AS k_not_in,
  v IN (SELECT w FROM sub_not_in_exists_stream_static) AS v_in_w,
  EXISTS (SELECT 1 FROM sub_not_in_exists_stream_static WHERE w > 50) AS big,
  NOT EXISTS (SELECT 1 FROM sub_not_in_exists_stream_static WHERE w > 500) AS none_huge
FROM sub_not_in_exists_stream_events WHERE NOT (k IN (SELECT k FROM sub_not_in_exists_stream_static WHERE w IS NULL)) OR v > 50""")
OUTPUT_MODE = "append"
