from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(id DIV nullif(i, 0))").alias("c1"), expr("ceiling(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END)").alias("c2"), F.when((col("d") == lit(2.0)), col("id")).otherwise(col("id")), expr("CAST(b AS DOUBLE)").alias("c4"))
OUTPUT_MODE = "append"
