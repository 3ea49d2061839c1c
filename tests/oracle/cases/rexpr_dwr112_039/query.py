from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(forall(split(t, ' '), x -> x = 'Hello') OR (j IS NULL))").groupBy(F.expr("(i & 3)").cast("int").alias("k1")).agg(expr("sum(CASE WHEN regexp_like(s, '[0-9]+') THEN i ELSE 0 END) AS a1"), expr("round(avg((- m)), 3) AS a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
