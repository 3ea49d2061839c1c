from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, i INT, dt DATE, k BIGINT, t STRING, n DECIMAL(9,5), s STRING, f FLOAT, d DOUBLE, m DECIMAL(7,0)").load(INPUT)
result = df.select("id", expr("(1L + CASE WHEN isnull(ts) THEN i ELSE i END)").alias("c1"), expr("TRY_CAST(nullif(0.5D, CAST('NaN' AS DOUBLE)) AS INT)").alias("c2"), (F.length(col("s")) - F.when(lit("abc").startswith("a"), col("id")).when((col("i") == lit(-1)), col("id")).when((col("f") >= lit(2.0)), col("id")).otherwise(col("id"))).alias("c3"))
OUTPUT_MODE = "append"
