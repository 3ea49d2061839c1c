from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.when(F.when(col("b"), (col("s") > lit("o"))).otherwise(col("b")), col("i")).when(col("b"), col("i")).when(col("b"), lit(2)).alias("k1"), expr("(0L / nullif(i, 0)) AS k2")).agg(expr("count_if((NOT (greatest(d, d, f) IN (-1.5D)))) AS a1"), expr("round(avg(i), 0) AS a2"))
OUTPUT_MODE = "complete"
