from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(9,5), dt DATE, b BOOLEAN, s STRING, ts TIMESTAMP, i INT, f FLOAT, d DOUBLE, t STRING, m DECIMAL(10,2)").load(INPUT)
result = df.where("(s > 'é')").groupBy(expr("CASE WHEN (dt > DATE'2023-12-31') THEN f WHEN (s <= 'abc') THEN -1.5D WHEN b THEN f ELSE f END AS k1")).agg(expr("sum(CASE WHEN (b OR b) THEN i ELSE 0 END) AS a1"), F.max(col("f")).alias("a2"), F.max((col("i") - col("i"))).alias("a3"))
OUTPUT_MODE = "update"
