from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("TRY_CAST((d - (m - m)) AS DECIMAL(38,18)) AS c1"), ((col("m") * col("n")) - col("m")).alias("c2"), expr("CASE WHEN b THEN CASE WHEN ((k <= 1000L) = b) THEN CASE WHEN b THEN dt ELSE dt END WHEN (b AND (d = 0.1D)) THEN to_date('2024-02-29') WHEN isnan(d) THEN dt ELSE (DATE'2024-02-29' + INTERVAL -10 DAYS) END WHEN isnan((0L / nullif(i, 0))) THEN trunc(to_date('2025-03-01'), 'WEEK') END").alias("c3"), F.hash(F.when((col("n") >= expr("1.25")), F.to_date(lit("2024-02-29"))).when(col("b"), col("dt")).when((col("i") <= lit(1)), col("dt")).otherwise(col("dt")), col("d")).alias("c4"))
OUTPUT_MODE = "append"
