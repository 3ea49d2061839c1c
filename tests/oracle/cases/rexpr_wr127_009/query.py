from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, k BIGINT, s STRING, b BOOLEAN, j INT, n DECIMAL(5,3), dt DATE, m DECIMAL(18,6), ts TIMESTAMP, i INT").load(INPUT)
result = df.groupBy(expr("year(ts) AS k1")).agg(F.avg(F.when(col("i").cast("boolean"), col("m")).otherwise(F.when((col("id") <= lit(1000).cast("bigint")), col("m")).otherwise(col("m")))).alias("a1"), expr("max(CAST(k AS INT)) AS a5"), expr("round(covar_samp(2.0D, (3 * i)), 4)").alias("a2"), expr("max_by(nullif(CAST(m AS STRING), ''), json_array_length(s)) AS a3"), expr("datediff(max(dt), min(dt)) AS a4"))
OUTPUT_MODE = "complete"
