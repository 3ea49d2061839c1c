df = spark.readStream.format("json").schema("k STRING").load(INPUT)
static = spark.createDataFrame([("a", 10), ("b", 60), ("c", None)], "k STRING, w INT")
static.createOrReplaceTempView("sub_not_in_exists_batch_static")
spark.createDataFrame([("a", 1), ("z", 2), (None, 3), ("c", None), ("b", 60)], "k STRING, v INT").createOrReplaceTempView("sub_not_in_exists_batch_events")
# NOT IN over a subquery with a NULL, NOT (x IN ...), IN, EXISTS, NOT EXISTS in a batch select list and WHERE (NULLs on both sides).
out = spark.sql("""SELECT k AS ek, v,
  v NOT IN (SELECT w FROM sub_not_in_exists_batch_static) AS v_not_in_w,
  NOT (k IN (SELECT k FROM sub_not_in_exists_batch_static)) AS k_not_in,
  v IN (SELECT w FROM sub_not_in_exists_batch_static) AS v_in_w,
  EXISTS (SELECT 1 FROM sub_not_in_exists_batch_static s WHERE s.w > e.v) AS bigger,
  NOT EXISTS (SELECT 1 FROM sub_not_in_exists_batch_static WHERE w > 500) AS none_huge
FROM sub_not_in_exists_batch_events e WHERE NOT (k IN (SELECT k FROM sub_not_in_exists_batch_static WHERE w IS NULL)) OR v > 50""")
result = df.crossJoin(out)
OUTPUT_MODE = "append"
