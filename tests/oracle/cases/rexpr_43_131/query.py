from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(CAST(CASE WHEN b THEN id WHEN b THEN id ELSE id END AS BOOLEAN) OR (m > 12.345))").groupBy(expr("dayofweek(dt) AS k1")).agg(expr("avg((m / -4)) AS a1"), F.count_if(F.when((col("b") | col("b")), col("m").isNotNull()).when(col("b"), (col("i") < col("d"))).when(col("s").endswith(" "), col("b"))).alias("a2"), F.sort_array(F.collect_set((col("i") + F.nullif(col("i"), lit(-1))))).alias("a3"))
OUTPUT_MODE = "update"
