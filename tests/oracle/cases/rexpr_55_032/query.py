from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((NOT (n IN (100BD))) OR (id >= 1L))").groupBy(F.greatest(col("dt"), col("dt"), col("dt")).alias("k1")).agg(expr("round(avg(d), 2) AS a1"), F.sum(F.when(F.isnan((col("d") * col("m"))), F.datediff(col("dt"), col("dt"))).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
